"""Reporters: the only code that formats results. Chosen by name (`Format`)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from coversheet.findings import CheckRun


class Format(str, Enum):
    """The report formats, as `check --format` names them."""

    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    html = "html"
    csv = "csv"


FORMATS = tuple(format.value for format in Format)


def reporter(name: str | Format) -> Callable[..., str]:
    """`render(run: CheckRun, **options) -> str` of the format `name`.

    Each reporter is imported here, when its format is chosen, so `check --format json` never
    pays for rich; plain imports, so that import-linter sees every one of them.
    """
    chosen = Format(name)
    if chosen is Format.text:
        from coversheet.report.text import render
    elif chosen is Format.json:
        from coversheet.report.json_report import render
    elif chosen is Format.sarif:
        from coversheet.report.sarif import render
    elif chosen is Format.github:
        from coversheet.report.github import render
    elif chosen is Format.junit:
        from coversheet.report.junit import render
    elif chosen is Format.html:
        from coversheet.report.html import render
    else:
        from coversheet.report.csv_report import render
    return render


def render(run: CheckRun, name: str | Format, **options) -> str:
    return reporter(name)(run, **options)
