"""The small public API; the CLI is a thin layer over the same functions."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from coversheet.config import BoardConfig
from coversheet.findings import CheckRun, Finding, Severity
from coversheet.model import CoverSheet
from coversheet.report.saved import is_saved_report
from coversheet.run import many
from coversheet.run.configuration import config_for
from coversheet.run.one_file import CheckOptions, check_file
from coversheet.run.reading import read_sheet


class DraftInvalid(Exception):
    """A draft that cannot be read, or that the model refuses; `findings` says why."""

    def __init__(self, path: Path, findings: list[Finding]):
        first = findings[0].message if findings else "invalid"
        super().__init__(f"{path}: {first}")
        self.path = path
        self.findings = findings


def check_paths(paths: Iterable[Path | str], options: CheckOptions | None = None) -> CheckRun:
    """Check every draft and Word cover sheet under `paths`, as `coversheet check` does.

    Reports coversheet saved into the folders searched are not taken for papers.
    """
    return many.check_paths(paths, options, skip=is_saved_report)


def load_draft(path: Path | str, config: BoardConfig | None = None) -> CoverSheet:
    """Read a draft (YAML, JSON or Word) into the model.

    Raises `DraftInvalid` when the file cannot be read or holds values the model refuses
    (unknown keys, malformed dates). Completeness is not judged here: use `check_paths`.
    """
    path = Path(path)
    reading = read_sheet(path, config or config_for(path))
    errors = [f for f in reading.findings if f.severity is Severity.ERROR]
    if reading.unreadable or errors:
        raise DraftInvalid(path, errors)
    return reading.sheet


__all__ = ["CheckOptions", "DraftInvalid", "check_file", "check_paths", "load_draft"]
