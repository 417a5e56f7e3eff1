"""No executive sponsor is named.

What it does: reports a sheet without a sponsor (the executive or lead director who signed
the paper off).

Why it matters: the sponsor answers to the board for the paper; boards expect sign-off before
submission.

Fails:
    sponsor: null
Passes:
    sponsor: {name: Gary Raphael, role: ICS Executive Lead for Finance}

Source: docs/governance-practice.md, practice 9 (University of York; Lambeth "report authorised by").
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS107"
NAME = "sponsor-missing"
SEVERITY = Severity.WARNING
HINT = "Name the executive sponsor who signed the paper off."


def check(sheet, ctx):
    if sheet.sponsor is None or (sheet.sponsor.name is None and sheet.sponsor.role is None):
        label = ctx.names.label("sponsor")
        hint = f"Name the '{label}' who signed the paper off." if label else None
        yield Problem("sponsor", ctx.names.say("sponsor", "No executive sponsor is named.", lambda it: f"{it} is not named."), hint=hint)
