"""A governance entry does not give its forum, date or outcome.

What it does: reports each entry of governance missing its forum, its date or its outcome.

Why it matters: "discussed somewhere, sometime" tells the board nothing about the scrutiny a
paper has had.

Fails:
    governance: [{forum: Finance Advisory Committee, date: 2020-11-13}]
Passes:
    governance: [{forum: Finance Advisory Committee, date: 2020-11-13, outcome: Approach agreed}]

Source: docs/governance-practice.md, practice 7.
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS401"
NAME = "incomplete-governance-entry"
SEVERITY = Severity.ERROR
HINT = "Give the forum, the date it met and what it decided."


def check(sheet, ctx):
    for index, entry in enumerate(sheet.governance or []):
        for key in ("forum", "date", "outcome"):
            if getattr(entry, key) is None:
                yield Problem(f"governance.{index}.{key}", ctx.names.say(
                    "governance", f"Governance entry {index + 1} has no {key}.", lambda it: f"{it} entry {index + 1} has no {key}.",
                ))
