"""The paper's governance history (other forums that discussed it) is not answered.

What it does: reports a sheet whose governance key is absent or null. An empty list, or
"None" on a Word sheet, says the paper has been to no other forum, and passes.

Why it matters: the board needs to know what scrutiny the paper has already had, and a blank
table cannot be told apart from a forgotten one.

Fails:
    governance:            # not answered
Passes:
    governance: []         # answered: no forum has seen it

Source: docs/governance-practice.md, practice 7 (Wirral Community NHS Trust "Report History").
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS103"
NAME = "governance-history-unanswered"
SEVERITY = Severity.WARNING
HINT = "List each forum that discussed the paper (forum, date, outcome), or give an empty list for none."


def check(sheet, ctx):
    if sheet.governance is None:
        yield Problem("governance", ctx.names.say(
            "governance",
            "The governance history (other forums that discussed this paper) is not answered.",
            lambda it: f"{it} (other forums that discussed this paper) is not answered.",
        ))
