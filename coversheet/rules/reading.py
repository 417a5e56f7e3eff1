"""Reading problems as coded findings: what a reader noticed, under the rule that reports it.

Readers and the validator describe what went wrong as data (`ReadingProblem`); this is the
one place that knows which rule (CS001-CS006) each kind is reported under.
"""

from __future__ import annotations

from coversheet.config.naming import STANDARD_NAMES, Names
from coversheet.errors import UnreadableFile
from coversheet.findings import Finding
from coversheet.model.raw import Noticed, ReadingProblem
from coversheet.rules import RULES, find_rule

_RULE_OF = {kind: find_rule(kind.value) for kind in ReadingProblem}


def finding_for(noticed: Noticed, names: Names = STANDARD_NAMES) -> Finding:
    """The finding that reports what a reader or the validator noticed (in the board's words)."""
    return _RULE_OF[noticed.kind].finding(noticed.message, noticed.field, noticed.line, hint=noticed.hint, names=names)


def unreadable_finding(error: UnreadableFile) -> Finding:
    """The one finding of a file that could not be read as a cover sheet at all."""
    kind = ReadingProblem.MISSING_COVER_SHEET if error.missing_cover_sheet else ReadingProblem.UNREADABLE_FILE
    return finding_for(Noticed(kind, error.message, line=error.line, hint=error.hint))


def crash_finding(message: str) -> Finding:
    """The finding of a file the checker itself failed on (reported as unreadable)."""
    return RULES["CS001"].finding(message)
