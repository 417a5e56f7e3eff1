"""The small public API; the CLI is a thin layer over the same functions."""

from __future__ import annotations

from pathlib import Path

from coversheet.check import CheckOptions, check_file, check_paths
from coversheet.config import BoardConfig, config_for
from coversheet.findings import Finding, Severity
from coversheet.model import CoverSheet


class DraftInvalid(Exception):
    """A draft that cannot be read, or that the model refuses; `findings` says why."""

    def __init__(self, path: Path, findings: list[Finding]):
        first = findings[0].message if findings else "invalid"
        super().__init__(f"{path}: {first}")
        self.path = path
        self.findings = findings


def load_draft(path: Path | str, config: BoardConfig | None = None) -> CoverSheet:
    """Read a draft (YAML, JSON or Word) into the model.

    Raises `DraftInvalid` when the file cannot be read or holds values the model refuses
    (unknown keys, malformed dates). Completeness is not judged here: use `check_paths`.
    """
    from coversheet.check import read_file, validate_raw
    from coversheet.errors import UnreadableFile

    path = Path(path)
    try:
        raw = read_file(path)
    except UnreadableFile as exc:
        from coversheet.rules import UNREADABLE_FILE as rule

        raise DraftInvalid(path, [rule.finding(exc.message, line=exc.line)]) from None
    sheet, findings = validate_raw(raw, config or config_for(path))
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        raise DraftInvalid(path, errors)
    return sheet


__all__ = ["CheckOptions", "DraftInvalid", "check_file", "check_paths", "load_draft"]
