"""What a `check` loads: only what checking that kind of file needs.

A pre-commit hook or a shared-drive script starts coversheet once per save, so start-up is
most of what its users wait for (BENCHMARKS.md). Timings belong in `make bench`; what is
asserted here is which libraries a command loads, which is what keeps start-up short:
rendering libraries, the worker pool, the bank-holiday package (a table it wrote is read
instead) and NLTK stay out of a check.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.processes  # each case starts a Python of its own to see what coversheet loads

# Top-level packages no check of one file should load.
NEVER_IN_A_CHECK = {
    "holidays",  # bank holidays come from data/bank-holidays.txt
    "docx",  # python-docx: our reader is lxml on the raw parts
    "docxtpl",
    "docxcompose",
    "jinja2",
    "multiprocessing",  # one file is checked in this process
    "concurrent",
    "nltk",  # textstat is loaded without it (see CS603)
    "numpy",
    "watchfiles",
}


def _packages_loaded_by(*args: str) -> set[str]:
    return {name.split(".")[0] for name in _modules_loaded_by(*args)}


def _modules_loaded_by(*args: str) -> set[str]:
    script = (
        "import json, sys\n"
        "from coversheet.cli import main\n"
        f"sys.argv = ['coversheet', *{list(args)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize(
    "paper",
    [EXAMPLES / "complete.yaml", EXAMPLES / "word" / "item-12-programme-summary.docx"],
    ids=["draft", "word"],
)
def test_checking_one_file_loads_only_what_checking_needs(paper: Path) -> None:
    loaded = _packages_loaded_by("check", str(paper), "--format", "json")
    assert "coversheet" in loaded and "pyphen" in loaded  # it did check, readability included
    assert not loaded & NEVER_IN_A_CHECK


def test_a_draft_check_does_not_load_the_word_reader() -> None:
    loaded = _packages_loaded_by("check", str(EXAMPLES / "complete.yaml"), "--format", "json")
    assert "lxml" not in loaded


def test_a_check_without_a_pack_table_does_not_build_the_meeting_plan() -> None:
    # The meeting plan's models are the pack's: built when coversheet.toml has a [pack] table
    # (to report its mistakes as it is read) or when a pack is built, never for a plain check.
    loaded = _modules_loaded_by("check", str(EXAMPLES / "complete.yaml"), "--format", "json")
    assert "coversheet.run.one_file" in loaded and "coversheet.config.meeting_plan" not in loaded


def _commands_built_for(*args: str) -> list[str]:
    """The commands Typer turned into Click commands (their parameters built) for one run."""
    script = (
        "import json, sys\n"
        "import typer.main\n"
        "from coversheet.cli import main\n"
        "built = []\n"
        "get_command = typer.main.get_command\n"
        "def recording(app):\n"
        "    group = get_command(app)\n"
        "    built.extend(getattr(group, 'commands', {}) or [group.name])\n"
        "    return group\n"
        "typer.main.get_command = recording\n"
        f"sys.argv = ['coversheet', *{list(args)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(built)), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_a_check_builds_the_check_command_alone() -> None:
    # Typer builds every parameter of every command it is given (one Pydantic adapter
    # each): for a check, only the check command is given to it.
    assert _commands_built_for("check", str(EXAMPLES / "complete.yaml"), "--format", "json") == ["check"]


def test_a_group_named_first_is_built_alone() -> None:
    # `coversheet profile list` builds the profile group, not the other commands as well.
    assert _commands_built_for("profile", "list") == ["profile"]


def test_help_and_mistyped_commands_still_see_every_command() -> None:
    everything = _commands_built_for("--help")
    assert {"check", "render", "pack", "template", "profile"} <= set(everything)
    assert _commands_built_for("chekc", "x.yaml") == everything
