"""The text report a person reads: findings per file, then a summary.

On a terminal (colour on) it is drawn with rich: coloured severities and a boxed summary table
fitted to the window. Otherwise (a pipe, a log, a pre-commit hook, `NO_COLOR`) it is plain
text: the same lines and a summary in aligned columns that never wraps a path in two. Plain
text needs no rich, which is about 40 ms of a hook's start-up.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

from coversheet.findings import CheckRun, FileResult, Severity, Status

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_STATUS_STYLE = {Status.PASS: "green", Status.FAIL: "bold red", Status.ERROR: "bold magenta"}
_HEADINGS = ("File", "Status", "Errors", "Warnings", "First problem")

# A line of the report as (text, rich style or None) pieces: the plain report joins the
# texts, the coloured one styles them. One place says what each line holds.
Line = list[tuple[str, "str | None"]]


def render(run: CheckRun, *, color: bool | None = None, width: int | None = None, **_options) -> str:
    return _coloured(run, width) if color else _plain(run)


def _finding_lines(result: FileResult) -> Iterator[tuple[Line, bool]]:
    """The file's lines: its path, then each finding and its hint; True for lines that wrap."""
    yield [(result.shown, "bold")], False
    for finding in result.findings:
        where = f"line {finding.line}" if finding.line else (finding.place or "file")
        if finding.line and finding.field:
            where += f" {finding.field}"
        yield [
            ("  ", None),
            (f"{finding.severity.value:<7}", _STYLE[finding.severity]),
            (f" {finding.code} ", "dim"),
            (f"{where}: {finding.message}", None),
        ], True
        if finding.hint:
            yield [(f"          ↳ {finding.hint}", "dim")], True


def _rows(run: CheckRun) -> Iterator[tuple[str, Status | None, str, str, str]]:
    """The summary's rows (file, status, errors, warnings, first problem), then the totals."""
    for result in run.results:
        first = result.findings[0].message if result.findings else ""
        yield result.shown, result.status, str(result.count(Severity.ERROR)), str(result.count(Severity.WARNING)), first
    summary = run.summary()
    yield (
        f"{summary['files']} file(s): {summary['pass']} pass, {summary['fail']} fail, {summary['error']} error",
        None,
        str(sum(r.count(Severity.ERROR) for r in run.results)),
        str(sum(r.count(Severity.WARNING) for r in run.results)),
        "",
    )


def _plain(run: CheckRun) -> str:
    out: list[str] = []
    for result in run.results:
        if result.findings:
            out += ["".join(text for text, _ in line) for line, _ in _finding_lines(result)]
            out.append("")
    rows = [(file, status.value.upper() if status else "", errors, warnings, first) for file, status, errors, warnings, first in _rows(run)]
    widths = [max(len(row[i]) for row in [_HEADINGS, *rows]) for i in range(4)]

    def line(cells) -> str:
        file, status, errors, warnings, first = cells
        text = f"{file:<{widths[0]}}  {status:<{widths[1]}}  {errors:>{widths[2]}}  {warnings:>{widths[3]}}  {first}"
        return text.rstrip()

    out += ["Summary", line(_HEADINGS), *map(line, rows)]
    return "\n".join(out) + "\n"


def _coloured(run: CheckRun, width: int | None) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=width or 120, highlight=False, soft_wrap=False)
    for result in run.results:
        if not result.findings:
            continue
        for line, wraps in _finding_lines(result):
            console.print(Text.assemble(*((text, style or "") for text, style in line)), soft_wrap=wraps)
        console.print()

    table = Table(title="Summary", show_lines=False, header_style="bold")
    for heading in _HEADINGS:
        justify = "right" if heading in ("Errors", "Warnings") else "left"
        table.add_column(heading, overflow="fold", justify=justify)
    *rows, totals = _rows(run)
    for file, status, errors, warnings, first in rows:
        table.add_row(file, Text(status.value.upper(), style=_STATUS_STYLE[status]), errors, warnings, first)
    table.add_section()
    table.add_row(totals[0], "", *totals[2:])
    console.print(table)
    return buffer.getvalue()
