"""Whether the paper has associated risks (or whether they are on the register) is not answered.

What it does: reports a sheet whose risks.associated is not answered, and one whose risks are
marked yes while risks.on_register is not answered.

Why it matters: the board's risk appetite and register depend on knowing which papers carry
risk.

Fails:
    risks: {associated: null}
Passes:
    risks: {associated: no, on_register: n/a}

Source: docs/governance-practice.md, practice 6.
"""

from coversheet.findings import Severity
from coversheet.model import Answer
from coversheet.rules.base import Problem

CODE = "CS105"
NAME = "risks-unanswered"
SEVERITY = Severity.ERROR
HINT = "Answer yes, no or n/a: are there risks associated with this paper, and are they on the risk register?"


def check(sheet, ctx):
    risks = sheet.risks
    if risks is None or risks.associated is None:
        yield Problem("risks.associated", ctx.names.say(
            "risks", "Whether there are risks associated with the paper is not answered.", lambda it: f"{it} is not answered (yes, no or n/a).",
        ))
    elif risks.associated is Answer.YES and risks.on_register is None:
        yield Problem("risks.on_register", ctx.names.say(
            "risks",
            "Risks are marked Yes but whether they are on the risk register is not answered.",
            lambda it: f"{it} is marked Yes but whether the risks are on the risk register is not answered.",
        ))
