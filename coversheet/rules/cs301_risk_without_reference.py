"""Risks are marked Yes but no risk reference (id and description) is given.

What it does: reports a sheet whose risks.associated is yes and which gives no reference
with both a register id and a description; and each reference missing one of the two.

Why it matters: the board can only weigh a risk it can find on the register; "They are
detailed in this report" is not a reference.

Fails:
    risks:
      associated: yes
      references: []
      note: They are detailed in this report
Passes:
    risks:
      associated: yes
      on_register: yes
      references: [{id: FIN-07, description: Month 7 run rate puts the deficit plan at risk.}]

Source: docs/governance-practice.md, practice 6.
"""

from coversheet.findings import Severity
from coversheet.model import Answer
from coversheet.rules.base import Problem

CODE = "CS301"
NAME = "risk-without-reference"
SEVERITY = Severity.ERROR
HINT = "Give each risk's register reference and a one-line description."


def check(sheet, ctx):
    risks = sheet.risks
    if risks is None or risks.associated is not Answer.YES:
        return
    references = risks.references or []
    if not any(ref.id and ref.description for ref in references):
        yield Problem("risks.references", ctx.names.say(
            "risks", "Risks are marked Yes but no risk reference is given.", lambda it: f"{it} is marked Yes but no risk reference is given.",
        ))
        return
    for index, ref in enumerate(references):
        for key in ("id", "description"):
            if getattr(ref, key) is None:
                yield Problem(f"risks.references.{index}.{key}", ctx.names.say(
                    "risks", f"Risk reference {index + 1} has no {key}.", lambda it: f"{it}: risk reference {index + 1} has no {key}.",
                ))
