"""A governance entry does not give its forum, date or outcome.

What it does: reports each entry of governance missing its forum, its date or its outcome.

Why it matters: "discussed somewhere, sometime" tells the board nothing about the scrutiny a
paper has had.

Fails:
    governance: [{forum: Finance Advisory Committee, date: 2020-11-13}]
Passes:
    governance: [{forum: Finance Advisory Committee, date: 2020-11-13, outcome: Approach agreed}]

A board whose form asks no outcome says so in its profile (`parts = ["forum", "date"]` on the
governance question): the part it does not ask is never reported.

Source: docs/governance-practice.md, practice 7.
"""

from coversheet.config.profile import HISTORY_PARTS, Profile
from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS401"
NAME = "incomplete-governance-entry"
SEVERITY = Severity.ERROR
HINT = "Give the forum, the date it met and what it decided."


def check(sheet, ctx):
    asked = _asked(ctx.config.profile)
    for index, entry in enumerate(sheet.governance or []):
        for key in asked:
            if getattr(entry, key) is None:
                yield Problem(f"governance.{index}.{key}", ctx.names.say(
                    "governance", f"Governance entry {index + 1} has no {key}.", lambda it: f"{it} entry {index + 1} has no {key}.",
                ))


def _asked(profile: Profile) -> tuple[str, ...]:
    """The parts of an entry the board's form asks (`Question.asked_parts`; all three by default)."""
    question = profile.question("governance")
    return question.asked_parts if question is not None else HISTORY_PARTS
