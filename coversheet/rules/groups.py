"""Rule groups: the bands of rule codes, by name, for `[rules] select` and `ignore`.

A board that wants only the completeness checks says `select = ["completeness"]`; one
that does not hold authors to plain English says `ignore = ["plain-english"]`.
"""

from __future__ import annotations

# The hundreds of a rule's code -> its group. CS0xx are problems reading the file at all.
GROUPS: dict[str, str] = {
    "0": "reading",
    "1": "completeness",
    "2": "content",
    "3": "risks",
    "4": "governance",
    "5": "dates",
    "6": "plain-english",
}


def group_of(code: str) -> str:
    """The group of the rule with this code (CS301 -> risks)."""
    return GROUPS[code[2]]
