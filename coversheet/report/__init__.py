"""Reporters: the only code that formats results. Chosen by name."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from coversheet.findings import CheckRun

# name -> module; each module has `render(run: CheckRun, **options) -> str`.
# Imported on use, so `check --format json` never pays for rich.
_MODULES = {
    "text": "coversheet.report.text",
    "json": "coversheet.report.json_report",
    "sarif": "coversheet.report.sarif",
    "github": "coversheet.report.github",
    "junit": "coversheet.report.junit",
    "html": "coversheet.report.html",
    "csv": "coversheet.report.csv_report",
}
FORMATS = tuple(_MODULES)


def reporter(name: str) -> Callable[..., str]:
    return import_module(_MODULES[name]).render


def render(run: CheckRun, name: str, **options) -> str:
    return reporter(name)(run, **options)
