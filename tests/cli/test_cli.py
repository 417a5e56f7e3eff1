"""The command line as a user drives it: exit codes, formats, configuration errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers.paths import EXAMPLES, ROOT
from typer.testing import CliRunner

from coversheet import __version__
from coversheet.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0, result.output
    assert __version__ in result.output


def test_complete_draft_passes_with_exit_0() -> None:
    result = run("check", EXAMPLES / "complete.yaml")
    assert result.exit_code == 0, result.output
    assert "PASS" in result.output


def test_real_sheets_fail_with_exit_1_and_name_their_defects() -> None:
    result = run("check", EXAMPLES, "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    codes = {name: {x["code"] for x in f["findings"]} for name, f in by_name.items()}
    assert codes["item-10-finance-report.yaml"] >= {"CS301"}
    assert codes["item-09-assurance-framework.yaml"] >= {"CS003", "CS108", "CS405"}
    assert codes["item-07-clinical-strategy.yaml"] >= {"CS102", "CS103", "CS404"}
    assert codes["item-12-programme-summary.yaml"] >= {"CS102", "CS106", "CS108", "CS403"}
    assert codes["item-05-phase-3-planning.yaml"] >= {"CS105", "CS106"}
    # The same papers as hand-made Word sheets: two boxes ticked is reported as such.
    assert codes["item-05-phase-3-planning.docx"] >= {"CS004", "CS106"}
    assert codes["item-12-programme-summary.docx"] >= {"CS102", "CS106", "CS108", "CS403"}
    assert report["summary"] == {"files": 8, "pass": 1, "fail": 7, "error": 0}


def test_strict_fails_on_warnings(tmp_path: Path) -> None:
    # The complete draft without its sponsor: only a warning (CS107).
    text = (EXAMPLES / "complete.yaml").read_text()
    draft = tmp_path / "paper.yaml"
    draft.write_text(re.sub(r"(?m)^sponsor:.*\n(  .*\n)*", "", text))
    plain = run("check", draft)
    strict = run("check", draft, "--strict")
    assert plain.exit_code == 0, plain.output
    assert "CS107" in plain.output
    assert strict.exit_code == 1, strict.output


def test_json_report_matches_the_contract(tmp_path: Path) -> None:
    result = run("check", EXAMPLES / "item-10-finance-report.yaml", "--format", "json")
    report = json.loads(result.output)
    finding = next(f for f in report["files"][0]["findings"] if f["code"] == "CS301")
    assert finding == {
        "code": "CS301",
        "name": "risk-without-reference",
        "severity": "error",
        "field": "risks.references",
        "line": finding["line"],
        "message": "Risks are marked Yes but no risk reference is given.",
        "hint": "Give each risk's register reference and a one-line description.",
    }
    assert isinstance(finding["line"], int)
    assert report["files"][0]["status"] == "fail"


def test_report_to_file_is_never_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    out.write_text("keep me")
    refused = run("check", EXAMPLES / "complete.yaml", "-f", "json", "-o", out)
    assert refused.exit_code == 2
    assert out.read_text() == "keep me"
    forced = run("check", EXAMPLES / "complete.yaml", "-f", "json", "-o", out, "--force")
    assert forced.exit_code == 0, forced.output
    assert json.loads(out.read_text())["summary"]["pass"] == 1


def test_missing_file_is_reported_and_other_files_still_checked(tmp_path: Path) -> None:
    result = run("check", tmp_path / "nope.yaml", EXAMPLES / "complete.yaml", "-f", "json")
    report = json.loads(result.output)
    assert result.exit_code == 1
    assert [f["status"] for f in report["files"]] == ["pass", "error"] or [f["status"] for f in report["files"]] == ["error", "pass"]


def test_unknown_format_is_a_usage_error() -> None:
    assert run("check", EXAMPLES, "--format", "xml").exit_code == 2


def test_new_draft_has_the_schema_modeline_and_checks_as_unanswered(tmp_path: Path) -> None:
    draft = tmp_path / "paper.yaml"
    result = run("new", draft)
    assert result.exit_code == 0, result.output
    first = draft.read_text().splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=file://")
    schema_file = Path(first.split("$schema=file://", 1)[1])
    assert json.loads(schema_file.read_text())["title"] == "CoverSheet"
    report = json.loads(run("check", draft, "-f", "json").output)
    fields = {f["field"] for f in report["files"][0]["findings"]}
    assert {"title", "meeting_date", "implications.equality", "risks.associated"} <= fields
    assert report["files"][0]["status"] == "fail"
    again = run("new", draft)
    assert again.exit_code == 2 and "--force" in again.output


def test_new_draft_lists_the_boards_own_implications(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text("implications = ['health_inequalities']\n")
    run("new", tmp_path / "paper.yaml")
    assert "  health_inequalities:\n    answer:" in (tmp_path / "paper.yaml").read_text()


def test_schema_command_prints_the_committed_schema() -> None:
    printed = json.loads(run("schema").output)
    committed = json.loads((ROOT / "schemas" / "coversheet.schema.json").read_text())
    assert printed == committed, "schemas/coversheet.schema.json is stale: run `make schema`"


def test_rules_lists_every_rule_and_explain_explains_one() -> None:
    listing = run("rules").output
    assert "CS301  risk-without-reference" in listing
    explained = run("explain", "risk-without-reference")
    assert explained.exit_code == 0
    for part in ("CS301", "Why it matters", "Fails:", "Passes:", "governance-practice.md", "Fix:"):
        assert part in explained.output
    assert run("explain", "cs301").output == explained.output
    unknown = run("explain", "no-such-rule")
    assert unknown.exit_code == 2 and "unknown rule" in unknown.output


def test_no_files_found_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a paper")
    result = run("check", tmp_path)
    assert result.exit_code == 2
    assert "no drafts" in result.output


@pytest.mark.parametrize(
    "command",
    [
        ("check", "{examples}/complete.yaml", "-f", "json"),
        ("extract", "{examples}/word/item-05-phase-3-planning.docx"),
        ("notice", "{examples}/item-07-clinical-strategy.yaml"),
        ("agenda", "{examples}", "-f", "md"),
    ],
    ids=lambda command: command[0],
)
def test_output_dash_is_standard_output_not_a_file_named_dash(tmp_path, command: tuple[str, ...]) -> None:
    from helpers.cli import coversheet

    arguments = [part.format(examples=EXAMPLES) for part in command]
    printed = coversheet(*arguments, cwd=tmp_path)
    dashed = coversheet(*arguments, "-o", "-", cwd=tmp_path)
    assert dashed.returncode == printed.returncode, dashed.stderr
    assert dashed.stdout == printed.stdout and dashed.stdout.strip()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["--version"], ["check", "no-such-paper.yaml"], ["chekc"]], ids=["returns", "fails", "usage"])
def test_main_puts_back_the_signal_handlers_and_the_unraisable_hook_it_installs(monkeypatch, args) -> None:
    import signal
    import sys

    from coversheet.cli import main

    def own_handler(signum, frame):  # pragma: no cover - never called
        pass

    def own_hook(unraisable):  # pragma: no cover - never called
        pass

    monkeypatch.setattr(sys, "unraisablehook", own_hook)
    previous = signal.signal(signal.SIGTERM, own_handler)
    sigint = signal.getsignal(signal.SIGINT)
    try:
        monkeypatch.setattr(sys, "argv", ["coversheet", *args])
        with pytest.raises(SystemExit):
            main()
        assert signal.getsignal(signal.SIGTERM) is own_handler
        assert signal.getsignal(signal.SIGINT) is sigint
        assert sys.unraisablehook is own_hook
    finally:
        signal.signal(signal.SIGTERM, previous)
