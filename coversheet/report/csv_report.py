"""The CSV report: one row per finding, and one row for each file with none, for a spreadsheet.

Spreadsheet-friendly means: a header row, the same columns on every row, UTF-8 with a
byte-order mark and CRLF line ends (so Excel on Windows shows "–" and "é" rightly), rows in
agenda-item order like the HTML report, and no cell that a spreadsheet would run as a
formula: text from authors' files that starts with = + - @ is prefixed with an apostrophe,
as OWASP advises against CSV injection.
"""

from __future__ import annotations

import csv
import io

from coversheet.findings import CheckRun, FileResult, Finding
from coversheet.model.agenda_items import results_in_agenda_order

COLUMNS = (
    "path",
    "agenda_item",
    "title",
    "meeting_date",
    "status",
    "severity",
    "code",
    "name",
    "field",
    "line",
    "message",
    "hint",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render(run: CheckRun, *, byte_order_mark: bool = True, **_options) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    ordered = results_in_agenda_order(run.results)
    for result in ordered:
        for finding in result.findings or [None]:
            writer.writerow([_safe(cell) for cell in _row(result, finding)])
    return ("\ufeff" if byte_order_mark else "") + buffer.getvalue()


def _row(result: FileResult, finding: Finding | None) -> list:
    paper = [result.shown, result.agenda_item, result.title, result.meeting_date, result.status.value]
    if finding is None:
        return paper + [None] * (len(COLUMNS) - len(paper))
    return paper + [
        finding.severity.value,
        finding.code,
        finding.name,
        finding.field,
        finding.line,
        finding.message,
        finding.hint,
    ]


def _safe(cell) -> str:
    if cell is None:
        return ""
    text = str(cell)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
