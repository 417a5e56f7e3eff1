"""What every rule is made of, and the small helpers rules share."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from coversheet.config import DEFAULT_CONFIG, BoardConfig
from coversheet.findings import Finding, Severity
from coversheet.model import CoverSheet


@dataclass(frozen=True)
class Problem:
    """One thing a rule found: where, what is wrong, and (optionally) a more specific hint."""

    field: str | None
    message: str
    hint: str | None = None


@dataclass(frozen=True)
class Submission:
    """When a paper was submitted and where that fact came from (for the late-paper rule)."""

    date: dt.date
    source: str  # "submitted_on", "the file's modification time"


@dataclass(frozen=True)
class Context:
    config: BoardConfig = field(default_factory=lambda: DEFAULT_CONFIG)
    today: dt.date = field(default_factory=dt.date.today)
    submission: Submission | None = None  # a fallback when the sheet has no submitted_on


CheckFunction = Callable[[CoverSheet, Context], Iterator[Problem]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    hint: str
    doc: str
    check: CheckFunction | None  # None: the finding is raised while reading, not by a rule

    def finding(
        self,
        message: str,
        field: str | None = None,
        line: int | None = None,
        *,
        severity: Severity | None = None,
        hint: str | None = None,
    ) -> Finding:
        """A finding of this rule: the one place findings are made."""
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            hint=hint or self.hint,
            field=field,
            line=line,
        )

    @classmethod
    def from_module(cls, module: ModuleType) -> "Rule":
        doc = inspect.cleandoc(module.__doc__ or "")
        summary, _, body = doc.partition("\n")
        return cls(
            code=module.CODE,
            name=module.NAME,
            severity=module.SEVERITY,
            summary=summary.strip(),
            hint=module.HINT,
            doc=body.strip(),
            check=getattr(module, "check", None),
        )


def walk_text(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a sheet (or part of one) with its dotted draft path."""
    if isinstance(value, CoverSheet) and not path:
        yield from _sheet_text(value)
        return
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json", exclude_none=True)
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from walk_text(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk_text(item, f"{path}.{index}" if path else str(index))


# The last sheet walked and its strings. Several rules walk the same sheet one after another;
# dumping and walking it once instead of once a rule is a fifth of the rules' time. Sheets
# are not changed once validated, so the same object has the same strings.
_last_walk: tuple[CoverSheet, tuple[tuple[str, str], ...]] | None = None


def _sheet_text(sheet: CoverSheet) -> tuple[tuple[str, str], ...]:
    global _last_walk
    last = _last_walk
    if last is not None and last[0] is sheet:
        return last[1]
    texts = tuple(walk_text(sheet.model_dump(mode="json", exclude_none=True)))
    _last_walk = (sheet, texts)
    return texts


def quote(text: str, limit: int = 40) -> str:
    """Text shortened for a message, in quotes."""
    text = " ".join(text.split())
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1].rstrip()}…'"
