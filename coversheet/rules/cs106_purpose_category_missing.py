"""The purpose does not say what the board is asked to do (approval, discussion, ...).

What it does: reports a sheet whose purpose.categories is absent or empty.

Why it matters: fewer than 2% of 1,277 NHS board agenda items were explicitly marked for
decision, and most had no action at all; a board that does not know whether it is deciding
cannot decide well.

Fails:
    purpose: {categories: [], text: To update the Board.}
Passes:
    purpose: {categories: [information], text: For noting.}

Source: docs/governance-practice.md, practice 2 (Chartered Governance Institute, Mapping the Gap).
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS106"
NAME = "purpose-category-missing"
SEVERITY = Severity.ERROR
HINT = "Choose one or more of approval, endorsement, discussion, assurance, information."


def check(sheet, ctx):
    categories = sheet.purpose.categories if sheet.purpose else None
    if not categories:
        state = "empty" if categories == [] else "not given"
        words = ctx.names.purposes()
        if not ctx.names.label("purpose.categories") or not words:
            yield Problem("purpose.categories", f"The purpose category (approval, endorsement, discussion, assurance, information) is {state}.")
            return
        listed = f"{', '.join(words[:-1])} or {words[-1]}" if len(words) > 1 else words[0]
        yield Problem(
            "purpose.categories",
            f"{ctx.names.called('purpose.categories', '')} is {state}: the sheet does not say whether the paper is for {listed}.",
            hint=f"Tick one or more of {', '.join(words)}.",
        )
