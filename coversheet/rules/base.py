"""What every rule is made of: the rule, what it is given (`Context`) and what it yields."""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import ModuleType

from coversheet.config import DEFAULT_CONFIG, BoardConfig
from coversheet.config.naming import STANDARD_NAMES, Names, names_for
from coversheet.findings import Finding, Severity
from coversheet.model import CoverSheet
from coversheet.rules.groups import group_of


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
    # Every string of the sheet being checked with its dotted path, walked once by
    # `run_rules` for the rules that read them all (see `rules.shared.text.texts_of`).
    texts: tuple[tuple[str, str], ...] | None = None

    @property
    def names(self) -> Names:
        """The board's words for its questions, for messages (the standard words by default)."""
        return names_for(self.config)


CheckFunction = Callable[[CoverSheet, Context], Iterator[Problem]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    group: str
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
        names: Names = STANDARD_NAMES,
    ) -> Finding:
        """A finding of this rule: the one place findings are made.

        Under a board profile (`names`) the finding carries the board's label for its field,
        and a message that opens with the field's path opens with the board's words instead.
        """
        return Finding(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=names.relabel(message, field),
            hint=hint or self.hint,
            field=field,
            line=line,
            label=names.label(field),
        )

    @classmethod
    def from_module(cls, module: ModuleType) -> "Rule":
        doc = inspect.cleandoc(module.__doc__ or "")
        summary, _, body = doc.partition("\n")
        return cls(
            code=module.CODE,
            name=module.NAME,
            group=group_of(module.CODE),
            severity=module.SEVERITY,
            summary=summary.strip(),
            hint=module.HINT,
            doc=body.strip(),
            check=getattr(module, "check", None),
        )
