"""The text report a person reads: findings per file, then a summary table."""

from __future__ import annotations

import io

from coversheet.findings import CheckRun, Severity, Status

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_STATUS_STYLE = {Status.PASS: "green", Status.FAIL: "bold red", Status.ERROR: "bold magenta"}


def render(run: CheckRun, *, color: bool | None = None, width: int | None = None, **_options) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=bool(color),
        no_color=not color,  # the command line decides: a terminal, and no NO_COLOR
        width=width or 120,
        highlight=False,
        soft_wrap=False,
    )
    for result in run.results:
        if not result.findings:
            continue
        console.print(Text(result.path.as_posix(), style="bold"))
        for finding in result.findings:
            where = f"line {finding.line}" if finding.line else (finding.field or "file")
            if finding.line and finding.field:
                where += f" {finding.field}"
            line = Text("  ")
            line.append(f"{finding.severity.value:<7}", style=_STYLE[finding.severity])
            line.append(f" {finding.code} ", style="dim")
            line.append(f"{where}: ")
            line.append(finding.message)
            console.print(line, soft_wrap=True)
            if finding.hint:
                console.print(Text(f"          ↳ {finding.hint}", style="dim"), soft_wrap=True)
        console.print()

    table = Table(title="Summary", show_lines=False, header_style="bold")
    table.add_column("File", overflow="fold")
    table.add_column("Status")
    table.add_column("Errors", justify="right")
    table.add_column("Warnings", justify="right")
    table.add_column("First problem", overflow="fold")
    for result in run.results:
        first = result.findings[0].message if result.findings else ""
        table.add_row(
            result.path.as_posix(),
            Text(result.status.value.upper(), style=_STATUS_STYLE[result.status]),
            str(result.count(Severity.ERROR)),
            str(result.count(Severity.WARNING)),
            first,
        )
    summary = run.summary()
    table.add_section()
    table.add_row(
        f"{summary['files']} file(s): {summary['pass']} pass, {summary['fail']} fail, {summary['error']} error",
        "",
        str(sum(r.count(Severity.ERROR) for r in run.results)),
        str(sum(r.count(Severity.WARNING) for r in run.results)),
        "",
    )
    console.print(table)
    return buffer.getvalue()
