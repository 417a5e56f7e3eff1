"""Conflicts of interest are not answered.

What it does: reports a sheet whose conflicts_of_interest is absent or blank. An explicit
"None identified" or "Not applicable" is an answer and passes.

Why it matters: the board must know, before it discusses a paper, whether anyone presenting
or deciding has an interest to declare.

Fails:
    conflicts_of_interest: null
Passes:
    conflicts_of_interest: None identified.

Source: docs/governance-practice.md, practice 1.
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS102"
NAME = "conflicts-of-interest-unanswered"
SEVERITY = Severity.ERROR
HINT = 'State any conflicts of interest, or write "None identified".'


def check(sheet, ctx):
    if sheet.conflicts_of_interest is None:
        yield Problem("conflicts_of_interest", ctx.names.say("conflicts_of_interest", "Conflicts of interest are not answered.", lambda it: f"{it} is not answered."))
