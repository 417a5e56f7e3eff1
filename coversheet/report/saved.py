"""Reports coversheet saves into a drive, so that a check of the drive never takes them for papers."""

from __future__ import annotations

from pathlib import Path

# The reports `coversheet watch` keeps in the folder it watches.
WATCH_REPORTS = ("coversheet-report.html", "coversheet-report.json")
# How our JSON and SARIF reports begin.
_REPORT_OPENINGS = ('{\n  "files": [', '{\n  "$schema": "https://json.schemastore.org/sarif')


def is_saved_report(path: Path) -> bool:
    """Is `path` a report coversheet wrote (by its name, or a JSON/SARIF report by its opening)?"""
    if path.name in WATCH_REPORTS:
        return True
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as handle:
            opening = handle.read(96).decode("utf-8", "replace")
    except OSError:
        return False
    return opening.startswith(_REPORT_OPENINGS)
