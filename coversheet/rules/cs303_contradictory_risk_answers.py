"""The risk answers contradict each other.

What it does: reports risks.associated answered no or n/a while risks.on_register is yes or
risk references are given.

Why it matters: the board cannot tell whether the paper carries risk.

Fails:
    risks: {associated: no, on_register: yes}
Passes:
    risks: {associated: no, on_register: n/a, references: []}

Source: docs/governance-practice.md, practice 6.
"""

from coversheet.findings import Severity
from coversheet.model import Answer
from coversheet.rules.base import Problem

CODE = "CS303"
NAME = "contradictory-risk-answers"
SEVERITY = Severity.ERROR
HINT = "Mark risks Yes and give their references, or remove the register answer and references."


def check(sheet, ctx):
    risks = sheet.risks
    if risks is None or risks.associated not in (Answer.NO, Answer.NA):
        return
    said = risks.associated.value
    if risks.on_register is Answer.YES:
        yield Problem("risks.on_register", ctx.names.say(
            "risks", f"Risks are marked '{said}' but also 'on the risk register'.", lambda it: f"{it} is marked '{said}' but also 'on the risk register'.",
        ))
    if risks.references:
        yield Problem("risks.references", ctx.names.say(
            "risks",
            f"Risks are marked '{said}' but {len(risks.references)} risk reference(s) are given.",
            lambda it: f"{it} is marked '{said}' but {len(risks.references)} risk reference(s) are given.",
        ))
