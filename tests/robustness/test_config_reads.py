"""A board's TOML files are read bounded: only files, only so much, never nested without end.

Each file a person or another file names (`--config`, `--plan`, `profile = "..."`,
`[pack] plan = "..."`) is refused in one line (exit 2) when it is a device, a FIFO or a
folder, too large, nested too deep, or holds a key of thousands of parts. These run as a
user runs them, in a process of their own with a memory limit: before the fix a FIFO blocked
for ever and /dev/zero or a dotted key grew to gigabytes.
"""

from __future__ import annotations

import os
import resource
from pathlib import Path

import pytest
from helpers.hostile import COMPLETE, coversheet

pytestmark = pytest.mark.processes  # each case starts coversheet (or its server) as a process of its own

_MEMORY = 2 * 1024**3  # far more than a check needs; far less than the old code took


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_MEMORY, _MEMORY))


def run(*args, cwd: Path | None = None):
    return coversheet(*args, cwd=cwd, timeout=30, preexec_fn=_limited)


def _device(path: Path) -> Path:
    path.symlink_to("/dev/zero")  # named .toml, as a profile file must be
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


SPECIAL = {"device": (_device, "it is a device, not a file"), "FIFO": (_fifo, "it is a FIFO (named pipe), not a file"),
           "folder": (_folder, "it is a folder, not a file")}


def _meeting(tmp_path: Path) -> Path:
    folder = tmp_path / "meeting"
    folder.mkdir()
    (folder / "paper.yaml").write_text(COMPLETE.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _named_by_config(tmp_path: Path, target: Path):
    return ["check", "--config", target, COMPLETE]


def _named_as_profile(tmp_path: Path, target: Path):
    folder = _meeting(tmp_path)
    (folder / "coversheet.toml").write_text(f'profile = "{target}"\n', encoding="utf-8")
    return ["check", folder]


def _named_by_plan_option(tmp_path: Path, target: Path):
    return ["pack", _meeting(tmp_path), "--plan", target, "-o", tmp_path / "pack.pdf"]


def _named_in_pack_table(tmp_path: Path, target: Path):
    folder = _meeting(tmp_path)
    (folder / "coversheet.toml").write_text(f'[pack]\nplan = "{target}"\n', encoding="utf-8")
    return ["pack", folder, "-o", tmp_path / "pack.pdf"]


NAMED_BY = {"--config": _named_by_config, "profile": _named_as_profile, "--plan": _named_by_plan_option, "[pack] plan": _named_in_pack_table}


# `--plan FOLDER` is left out: the option itself refused a folder, in its own words, already.
@pytest.mark.parametrize(
    ("named_by", "kind"),
    [(named_by, kind) for named_by in sorted(NAMED_BY) for kind in sorted(SPECIAL) if (named_by, kind) != ("--plan", "folder")],
)
def test_a_device_fifo_or_folder_named_as_configuration_is_refused_by_what_it_is(tmp_path: Path, named_by: str, kind: str) -> None:
    make, says = SPECIAL[kind]
    target = make(tmp_path / "board.toml")
    result = run(*NAMED_BY[named_by](tmp_path, target))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(target.name) in lines[0] and says in lines[0], lines[0]
    assert not (tmp_path / "pack.pdf").exists()


def _deep_arrays(depth: int) -> str:
    return "board = " + "[" * depth + "]" * depth + "\n"


def _deep_tables(depth: int) -> str:
    return "board = " + "{a = " * depth + "1" + "}" * depth + "\n"


def _dotted_key(parts: int) -> str:
    return ".".join(["a"] * parts) + " = 1\n"


BOMBS = {
    "arrays nested 5,000 deep": (_deep_arrays(5000), "nested more than 32 deep"),
    "inline tables nested 5,000 deep": (_deep_tables(5000), "nested more than 32 deep"),
    "a key of 20,000 parts": (_dotted_key(20_000), "a dotted key of more than 100 parts"),
    "a file of 2 MB": ("# " + "x" * 2 * 1024 * 1024 + "\n", "too large"),
}


@pytest.mark.parametrize("bomb", sorted(BOMBS))
@pytest.mark.parametrize("named_by", ["--config", "profile", "--plan"])
def test_a_toml_bomb_is_refused_in_one_line_before_it_is_parsed(tmp_path: Path, named_by: str, bomb: str) -> None:
    text, says = BOMBS[bomb]
    target = tmp_path / "board.toml"
    target.write_text(text, encoding="utf-8")
    result = run(*NAMED_BY[named_by](tmp_path, target))
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()], result.stderr
    assert "board.toml" in result.stderr and says in result.stderr, result.stderr


def test_brackets_dots_and_quotes_inside_strings_are_text_not_nesting(tmp_path: Path) -> None:
    # The scan must not refuse what tomllib reads: strings (of every kind) and comments.
    deep = "[" * 40 + "." * 200
    (tmp_path / "coversheet.toml").write_text(
        f'board = "{deep}\\""  # {deep}\n'
        f"[glossary]\n"
        f"ABC = '{deep}'\n"
        f'DEF = """{deep}\n{deep}"""\n'
        f"GHI = '''{deep}'''\n"
        '[rules]\nignore = ["sponsor-missing"]\n',
        encoding="utf-8",
    )
    (tmp_path / "paper.yaml").write_text(COMPLETE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("check", tmp_path / "paper.yaml")
    assert result.returncode == 0, result.stderr + result.stdout
