"""What checking produces: findings about a file, and a file's result.

Only accumulates; it never prints. Reporters in `coversheet.report` do the formatting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path, PurePath


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
    # What the author wrote for "confidential" (a draft's value as given, or the text a Word
    # sheet's answer was read from), kept with the sheet: the pack publishes a paper only on
    # a clear public word, not on whatever the reader made of the answer.
    confidential_written: object = None

    @property
    def status(self) -> Status:
        if self.unreadable:
            return Status.ERROR
        if any(f.severity is Severity.ERROR for f in self.findings):
            return Status.FAIL
        return Status.PASS

    @property
    def shown(self) -> str:
        """The path as every report shows it: undecodable bytes and control characters escaped."""
        return shown_path(self.path)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def first_error(self) -> str:
        """The first error in a few words, as the agenda's notes and the pack's messages quote it."""
        errors = [f for f in self.findings if f.severity is Severity.ERROR]
        if not errors:
            return "no details"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        return f"{errors[0].code} {errors[0].message.rstrip('.')}{more}"


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


# Characters a file name may hold that must never reach a report raw: C0/C1 controls (a
# terminal escape code can hide or overwrite the line that says FAIL), the bytes of a name
# that is not UTF-8 (surrogate escapes, which no UTF-8 writer can encode) and the
# bidirectional controls that make text read backwards (U+202E).
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def shown_path(path: PurePath | str) -> str:
    """`path` (POSIX separators) as reports show it: see `escape_unprintable`."""
    return escape_unprintable(path.as_posix() if isinstance(path, PurePath) else str(path))


def escape_unprintable(text: str) -> str:
    """`text` with control characters, undecodable bytes and direction overrides escaped.

    A byte of a non-UTF-8 name becomes `\\xe9`, a control character `\\x1b` or `\\u202e`,
    so every report can be written as UTF-8 and a name reads the same in every format.
    """
    if text.isprintable():
        return text  # the common case, and a fast one
    out = []
    for char in text:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x20 or 0x7F <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif char in _BIDI_CONTROLS or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
