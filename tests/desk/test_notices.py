"""Return notices: each problem with what to do, the meeting, the deadline; a board's template."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from helpers.paths import DOCX, EXAMPLES
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.config import BoardConfig
from coversheet.desk.notices import NoticeTemplateError, notice_names, notice_text
from coversheet.findings import FileResult
from coversheet.run.one_file import check_file

runner = CliRunner()


def test_a_notice_names_each_problem_with_what_to_do_and_the_deadline() -> None:
    result = check_file(EXAMPLES / "item-12-programme-summary.yaml")
    text = notice_text(result, BoardConfig(board="ICS Board"), today=dt.date(2020, 11, 1))
    errors = [f for f in result.findings if f.severity.value == "error"]
    assert len(errors) >= 3
    for finding in errors:
        assert finding.message in text and finding.hint in text
    assert "ICS Programme Executive Summary Report" in text and "item 12" in text
    assert "ICS Board meeting on Wednesday 2 December 2020" in text
    assert "by **Wednesday 25 November 2020**, 5 working days before the meeting" in text


def test_the_deadline_skips_christmas_bank_holidays(tmp_path: Path) -> None:
    paper = tmp_path / "paper.yaml"
    paper.write_text((EXAMPLES / "item-10-finance-report.yaml").read_text().replace("2020-12-02", "2021-01-06"))
    text = notice_text(check_file(paper), BoardConfig(), today=dt.date(2020, 12, 1))
    # 6 Jan 2021 less 5 working days: 5, 4 Jan, (1 Jan bank holiday), 31, 30, 29 Dec.
    assert "by **Tuesday 29 December 2020**" in text


def test_a_late_notice_says_the_deadline_has_passed() -> None:
    text = notice_text(check_file(EXAMPLES / "item-10-finance-report.yaml"), BoardConfig(), today=dt.date(2020, 11, 30))
    assert "has passed" in text and "Chair's agreement" in text


def test_an_unreadable_paper_gets_a_notice_saying_why() -> None:
    result = check_file(DOCX / "hostile" / "renamed-doc.docx")
    text = notice_text(result, BoardConfig(), today=dt.date(2020, 11, 1))
    assert "could not open" in text and result.findings[0].message in text


def test_a_board_can_use_its_own_template(tmp_path: Path) -> None:
    template = tmp_path / "ours.md.j2"
    template.write_text("Paper {{ paper.title }} for {{ meeting.text }}:\n{% for p in problems %}* {{ p.message }} -> {{ p.hint }}\n{% endfor %}")
    result = check_file(EXAMPLES / "item-10-finance-report.yaml")
    text = notice_text(result, BoardConfig(), template)
    assert text.startswith("Paper ICS Finance Report for Wednesday 2 December 2020:\n* Risks are marked Yes")


@pytest.mark.parametrize("body", ["{% for x in %}", "{{ no_such_thing }}"])
def test_a_broken_template_is_a_usage_error(tmp_path: Path, body: str) -> None:
    template = tmp_path / "broken.md.j2"
    template.write_text(body)
    with pytest.raises(NoticeTemplateError):
        notice_text(check_file(EXAMPLES / "item-10-finance-report.yaml"), BoardConfig(), template)
    result = runner.invoke(app, ["notice", str(EXAMPLES / "item-10-finance-report.yaml"), "--template", str(template)])
    assert result.exit_code == 2, result.output


def test_cli_notice_prints_for_a_failing_paper_and_not_for_a_passing_one() -> None:
    failing = runner.invoke(app, ["notice", str(EXAMPLES / "item-07-clinical-strategy.yaml")])
    assert failing.exit_code == 1, failing.output
    assert failing.stdout.startswith("# Your paper for item 7")
    assert "Conflicts of interest are not answered." in failing.stdout
    passing = runner.invoke(app, ["notice", str(EXAMPLES / "complete.yaml")])
    assert passing.exit_code == 0 and passing.stdout == ""
    assert "no notice needed" in passing.output


def test_check_writes_one_notice_per_failing_paper(tmp_path: Path) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    for draft in EXAMPLES.glob("*.yaml"):
        shutil.copy(draft, drive)
    shutil.copy(DOCX / "hostile" / "truncated.docx", drive / "item-10-finance-report.docx")  # same stem as a draft
    notices = tmp_path / "notices"
    result = runner.invoke(app, ["check", str(drive), "--notices", str(notices), "-f", "json"])
    assert result.exit_code == 1, result.output
    written = sorted(p.name for p in notices.iterdir())
    assert written == [
        "item-05-phase-3-planning.md",
        "item-07-clinical-strategy.md",
        "item-09-assurance-framework.md",
        "item-10-finance-report-yaml.md",
        "item-10-finance-report.md",
        "item-12-programme-summary.md",
    ]  # complete.yaml passes: no notice
    assert "could not open" in (notices / "item-10-finance-report.md").read_text()
    assert "risk reference" in (notices / "item-10-finance-report-yaml.md").read_text()
    again = runner.invoke(app, ["check", str(drive), "--notices", str(notices), "-f", "json"])
    assert again.exit_code == 2 and "already exists" in again.output
    forced = runner.invoke(app, ["check", str(drive), "--notices", str(notices), "-f", "json", "--force"])
    assert forced.exit_code == 1, forced.output


def test_notice_names_never_collide() -> None:
    results = [FileResult(Path(p)) for p in ["a/x.yaml", "b/x.yaml", "x.docx", "y.yaml"]]
    names = notice_names(results)
    assert len(set(names.values())) == 4 and names[Path("y.yaml")] == "y.md"


def test_notice_names_carry_no_control_characters_and_fit_a_file_name(tmp_path: Path) -> None:
    escape, override, long = "x\x1b[2Kred.yaml", "paper\u202efdp.yaml", "p" * 250 + ".docx"
    names = notice_names([FileResult(Path(p)) for p in (escape, override, long)])
    assert names[Path(escape)] == "x_[2Kred.md" and names[Path(override)] == "paper_fdp.md"
    assert len(names[Path(long)].encode()) <= 255
    for name in names.values():
        (tmp_path / name).write_text("a notice")  # each is a file name the system takes
