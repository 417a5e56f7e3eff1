"""Bad input a user will type: one line on stderr, the right exit code, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.cli import coversheet
from helpers.paths import EXAMPLES, HOSTILE
from typer.testing import CliRunner

from coversheet.api import check_paths
from coversheet.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["check", "--format", "xml", str(EXAMPLES)],
        ["rules", "--bogus"],
        ["agenda", str(EXAMPLES / "complete.yaml")],
        ["render", str(EXAMPLES / "complete.yaml")],
    ],
)
def test_usage_mistakes_are_one_line_and_exit_2(args: list[str]) -> None:
    result = coversheet(*args)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("coversheet")
    assert "Traceback" not in result.stderr


def test_config_that_is_not_utf8_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_bytes(b"\xff\xfeboard = 1\n")
    (tmp_path / "paper.yaml").write_text((EXAMPLES / "complete.yaml").read_text())
    result = coversheet("check", tmp_path / "paper.yaml")
    assert result.returncode == 2
    assert "coversheet.toml: not UTF-8" in result.stderr


def test_nan_is_not_a_json_value(tmp_path: Path) -> None:
    draft = tmp_path / "paper.json"
    draft.write_text('{"title": NaN}')
    finding = check_paths([draft]).results[0].findings[0]
    assert finding.code == "CS001" and "NaN is not a JSON value" in finding.message


def test_a_report_saved_into_the_drive_is_not_checked_as_a_paper(tmp_path: Path) -> None:
    (tmp_path / "paper.yaml").write_text((EXAMPLES / "complete.yaml").read_text())
    for name, fmt in [("report.json", "json"), ("report.sarif.json", "sarif")]:
        saved = runner.invoke(app, ["check", str(tmp_path), "-f", fmt, "-o", str(tmp_path / name)])
        assert saved.exit_code == 0, saved.output
    report = json.loads(runner.invoke(app, ["check", str(tmp_path), "-f", "json"]).output)
    assert [Path(f["path"]).name for f in report["files"]] == ["paper.yaml"]


def test_notice_for_a_mistyped_path_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["notice", str(tmp_path / "nosuch.yaml")])
    assert result.exit_code == 2
    assert "no such file" in result.output and "Thank you" not in result.output


def test_writing_under_a_file_says_the_file_is_not_a_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("keep")
    for args in (
        ["check", str(EXAMPLES / "complete.yaml"), "-f", "json", "-o", str(blocker / "r.json")],
        ["new", str(blocker / "n.yaml")],
        ["new", str(blocker / "n.docx"), "--docx"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, result.output
        assert f"{blocker} is a file, not a folder" in result.output
    assert blocker.read_text() == "keep"


@pytest.mark.parametrize("name", ["not-a-zip.docx", "zip-bomb.docx", "billion-laughs.docx", "truncated.docx", "password-protected.docx"])
@pytest.mark.parametrize("option", ["--template", "--paper"])
def test_render_refuses_a_bad_template_or_paper_in_one_line(tmp_path: Path, name: str, option: str) -> None:
    out = tmp_path / "out.docx"
    result = coversheet("render", EXAMPLES / "complete.yaml", "-o", out, option, HOSTILE / name)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert name in result.stderr
    assert not out.exists()


def test_render_of_several_drafts_checks_every_output_before_writing_any(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "item-10-finance-report.docx").write_text("an earlier sheet")
    drafts = [EXAMPLES / "complete.yaml", EXAMPLES / "item-10-finance-report.yaml"]
    result = runner.invoke(app, ["render", *map(str, drafts), "-o", str(out)])
    assert result.exit_code == 2 and "item-10-finance-report.docx" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["item-10-finance-report.docx"]
    assert (out / "item-10-finance-report.docx").read_text() == "an earlier sheet"


def test_render_under_a_file_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("keep")
    result = coversheet("render", EXAMPLES / "complete.yaml", "-o", blocker / "x.docx")
    assert result.returncode == 2, result.stderr
    assert "is a file, not a folder" in result.stderr and "Traceback" not in result.stderr


# Every command that reads the folder's configuration. `extract`, `render` and `new` read it
# as they go and printed a traceback where `check` gave one line.
COMMANDS_READING_THE_CONFIGURATION = [
    ["check", "{paper}"],
    ["extract", "{paper}"],
    ["extract", "{draft}"],
    ["render", "{draft}", "-o", "{folder}/out"],
    ["new", "{folder}/new.yaml"],
    ["new", "--docx", "{folder}/new.docx"],
    ["notice", "{draft}"],
    ["agenda", "{folder}", "--meeting", "2020-12-02", "-o", "{folder}/agenda.md"],
    ["pack", "{folder}", "--meeting", "2020-12-02", "-o", "{folder}/pack.pdf"],
    ["profile", "show", "{folder}"],
    ["schema", "--config", "{folder}/coversheet.toml"],
    ["template", "check", "{paper}"],
]


@pytest.mark.parametrize("args", COMMANDS_READING_THE_CONFIGURATION, ids=lambda args: " ".join(args[:2]))
def test_a_profile_that_does_not_load_is_one_line_from_every_command(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "coversheet.toml").write_text('profile = "board.toml"\n')
    # What `profile init` once wrote: a line break inside the description's string.
    (tmp_path / "board.toml").write_text('name = "board"\ndescription = "Riverside\nBoard"\n')
    draft, paper = tmp_path / "paper.yaml", tmp_path / "paper.docx"
    draft.write_text((EXAMPLES / "complete.yaml").read_text())
    paper.write_bytes((EXAMPLES / "word" / "item-05-phase-3-planning.docx").read_bytes())
    given = [arg.format(folder=tmp_path, draft=draft, paper=paper) for arg in args]
    result = coversheet(*given, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"coversheet: {tmp_path / 'board.toml'}: invalid TOML"), result.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "new.docx").exists()


def test_a_bug_met_on_the_way_is_one_line_that_says_so_and_exit_70(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug of coversheet's (most often met on a form laid out as none before it) is one line
    saying it is a bug and how to see where it happened, not a traceback."""
    from coversheet import model

    def broken(*args, **kwargs):
        raise UnboundLocalError("cannot access local variable 'first'")

    monkeypatch.setattr(model, "schema", broken)
    monkeypatch.delenv("COVERSHEET_DEBUG", raising=False)
    result = coversheet("schema")
    assert result.returncode == 70
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("coversheet: internal error (UnboundLocalError: cannot access local variable 'first')")
    assert "COVERSHEET_DEBUG=1" in lines[0]
    monkeypatch.setenv("COVERSHEET_DEBUG", "1")
    with pytest.raises(UnboundLocalError):  # where it happened, for the report
        coversheet("schema")
