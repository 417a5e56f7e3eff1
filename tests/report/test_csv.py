"""The CSV report: a row per finding plus a row per clean file, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from helpers.paths import EXAMPLES
from typer.testing import CliRunner

from coversheet.api import CheckOptions, check_paths
from coversheet.cli import app
from coversheet.findings import CheckRun, FileResult, Finding, Severity
from coversheet.report import render
from coversheet.report.csv_report import COLUMNS


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff"), "Excel needs the byte-order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_one_row_per_finding_and_one_for_each_clean_file() -> None:
    run = check_paths([EXAMPLES], CheckOptions(jobs=1))
    rows = _rows(render(run, "csv"))
    assert len(rows) == sum(len(r.findings) or 1 for r in run.results)
    clean = [row for row in rows if row["path"].endswith("complete.yaml")]
    assert len(clean) == 1 and clean[0]["status"] == "pass" and clean[0]["code"] == ""
    finance = [row for row in rows if row["path"].endswith("item-10-finance-report.yaml")]
    cs301 = next(row for row in finance if row["code"] == "CS301")
    assert cs301["severity"] == "error" and cs301["field"] == "risks.references"
    assert cs301["hint"].startswith("Give each risk's register reference")
    assert cs301["agenda_item"] == "10" and cs301["title"] == "ICS Finance Report"


def test_header_line_ends_and_agenda_order() -> None:
    run = CheckRun([FileResult(Path(f"{n}.yaml"), agenda_item=item) for n, item in [("a", "10"), ("b", "9.1"), ("c", "9")]])
    text = render(run, "csv")
    assert text.splitlines()[0] == "\ufeff" + ",".join(COLUMNS)
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    assert [row["agenda_item"] for row in _rows(text)] == ["9", "9.1", "10"]


def test_text_that_a_spreadsheet_would_run_as_a_formula_is_defused() -> None:
    finding = Finding("CS101", "x", Severity.ERROR, "=HYPERLINK(\"http://evil\")", "+1 call")
    result = FileResult(Path("paper.yaml"), [finding], title="@SUM(A1)")
    row = _rows(render(CheckRun([result]), "csv"))[0]
    assert row["message"] == "'=HYPERLINK(\"http://evil\")"
    assert row["hint"] == "'+1 call" and row["title"] == "'@SUM(A1)"


def test_cli_writes_csv_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    result = CliRunner().invoke(app, ["check", str(EXAMPLES), "--format", "csv", "-o", str(target)])
    assert result.exit_code == 1, result.output
    rows = _rows(target.read_text(encoding="utf-8"))
    assert {Path(row["path"]).name for row in rows} >= {"complete.yaml", "item-09-assurance-framework.yaml"}
