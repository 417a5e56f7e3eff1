"""A governance entry gives only a month, not the date the forum met.

What it does: reports each governance entry dated by month only ("Nov-2020" in a Word sheet,
2020-11 in a draft).

Why it matters: minutes are filed by meeting date; a month leaves the secretary to look it up.

Fails:
    governance: [{forum: SLE, date: 2020-11, outcome: For information}]
Passes:
    governance: [{forum: SLE, date: 2020-11-18, outcome: For information}]

Source: docs/governance-practice.md, practice 7.
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS403"
NAME = "governance-date-month-only"
SEVERITY = Severity.WARNING
HINT = "Give the day the forum met (YYYY-MM-DD)."


def check(sheet, ctx):
    for index, entry in enumerate(sheet.governance or []):
        if isinstance(entry.date, str):
            yield Problem(f"governance.{index}.date", ctx.names.say(
                "governance",
                f"Governance entry {index + 1} gives only a month ({entry.date}), not a date.",
                lambda it: f"{it} entry {index + 1} gives only a month ({entry.date}), not a date.",
            ))
