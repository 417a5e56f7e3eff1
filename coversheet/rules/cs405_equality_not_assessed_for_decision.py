"""A paper asking for approval or endorsement has no equality impact assessment and no reason.

What it does: reports equality answered no or n/a, with no note, on a paper whose purpose
includes approval or endorsement.

Why it matters: under the public sector equality duty the board must consider equality before
and at the time of a decision, and record it (the "Brown principles"); a decision taken
without that is open to challenge.

Fails:
    purpose: {categories: [approval]}
    implications:
      equality: {answer: n/a}
Passes:
    implications:
      equality: {answer: n/a, note: Allocates existing funding; no change to services or access.}

Source: docs/governance-practice.md, practice 5 (public sector equality duty, Equality Act 2010 s.149).
"""

from coversheet.findings import Severity
from coversheet.model import Answer
from coversheet.rules.base import Problem
from coversheet.rules.shared.asks import asks_for_decision

CODE = "CS405"
NAME = "equality-not-assessed-for-decision"
SEVERITY = Severity.ERROR
HINT = "Complete an equality impact assessment, or record why none is needed for this decision."

def check(sheet, ctx):
    equality = sheet.implications.equality if sheet.implications else None
    if equality and equality.answer in (Answer.NO, Answer.NA) and equality.note is None and asks_for_decision(sheet):
        yield Problem(
            "implications.equality",
            ctx.names.say(
                "implications.equality",
                f"The paper asks for a decision but equality is answered '{equality.answer.value}' with no reason recorded.",
                lambda it: f"The paper asks for a decision but {it} is answered '{equality.answer.value}' with no reason recorded.",
            ),
        )
