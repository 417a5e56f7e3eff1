"""What checking produces: findings about a file, and a file's result.

Only accumulates; it never prints. Reporters in `coversheet.report` do the formatting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Status(str, Enum):
    PASS = "pass"  # no error-level finding
    FAIL = "fail"  # at least one error-level finding
    ERROR = "error"  # the file could not be read at all


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    hint: str | None = None
    field: str | None = None  # dotted draft path, or None for the whole file
    line: int | None = None  # 1-based line in a YAML/JSON draft; None for Word files
    # The board's words for the field under a board profile ("Board Assurance Framework (BAF)
    # risk"); None on the default sheet. Not in `to_dict`: JSON and SARIF keep the path.
    label: str | None = None

    @property
    def place(self) -> str | None:
        """Where the problem is, for a person: the path on a draft (beside its line number, in
        the draft's own keys), the board's label on a Word sheet, else the path."""
        return self.label if self.label and not self.line else self.field

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "field": self.field,
            "line": self.line,
            "message": self.message,
            "hint": self.hint,
        }


@dataclass
class FileResult:
    path: Path
    findings: list[Finding] = field(default_factory=list)
    unreadable: bool = False
    # Facts about the paper that reports show beside the findings (agenda item, title, ...).
    agenda_item: str | None = None
    title: str | None = None
    meeting_date: str | None = None
    # The sheet as read, for callers that build on it (agenda, render); kept only when asked
    # (`CheckOptions.keep_sheets`), so that checking a whole drive holds no documents.
    sheet: object | None = None

    @property
    def status(self) -> Status:
        if self.unreadable:
            return Status.ERROR
        if any(f.severity is Severity.ERROR for f in self.findings):
            return Status.FAIL
        return Status.PASS

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)


@dataclass
class CheckRun:
    """Every file's result, in the stable order the paths were sorted into."""

    results: list[FileResult] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        statuses = [r.status for r in self.results]
        return {
            "files": len(self.results),
            "pass": statuses.count(Status.PASS),
            "fail": statuses.count(Status.FAIL),
            "error": statuses.count(Status.ERROR),
        }

    def exit_code(self, strict: bool = False) -> int:
        """0 when clean at the chosen level, 1 otherwise (README: Exit codes)."""
        for result in self.results:
            if result.status is not Status.PASS:
                return 1
            if strict and any(f.severity is Severity.WARNING for f in result.findings):
                return 1
        return 0
