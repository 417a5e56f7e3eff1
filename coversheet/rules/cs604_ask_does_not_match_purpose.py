"""The recommendations ask for something other than the paper's purpose.

What it does: reads the verbs of the recommendations against purpose.categories, and reports
(at `recommendations`)
- a paper for approval or endorsement whose recommendations never ask the board to approve,
  agree, ratify, endorse, support or the like;
- a paper for information (and not for approval or endorsement) whose recommendations ask
  for a decision: a decision verb where an ask starts ("to approve", "and support",
  "endorse ..." at the start of a recommendation).
The verbs are data: the shipped lists per category (coversheet/data/ask_verbs.toml) plus the
board's own `[ask_verbs]` in coversheet.toml. A sheet with no purpose category is left to
CS106.

Why it matters: a paper "for information" that asks the board to approve is a decision taken
without being tabled as one; a paper "for approval" that only asks the board to note leaves
the decision unmade. Fewer than 2% of NHS trust board items are explicitly marked for
decision.

Fails:
    purpose: {categories: [information]}
    recommendations: [The Board is asked to endorse and approve the allocation of growth funding.]
Passes:
    purpose: {categories: [approval]}
    recommendations: [The Board is asked to endorse and approve the allocation of growth funding.]

Source: docs/governance-practice.md, practices 2 and 3 (CGI, Mapping the Gap; University of York).
"""

from __future__ import annotations

import re

from coversheet.findings import Severity
from coversheet.model import PurposeCategory
from coversheet.rules.base import Problem
from coversheet.rules.shared.asks import ask_verbs, verbs_in

CODE = "CS604"
NAME = "ask-does-not-match-purpose"
SEVERITY = Severity.WARNING
HINT = (
    'State the ask with a verb that matches the purpose ("The Board is asked to approve ..."), '
    "or correct the purpose."
)

DECISIONS = ("approval", "endorsement")
_FOR_DECISION = re.compile(r"\bfor\s+(?:approval|endorsement|decision|ratification)\b", re.IGNORECASE)


def check(sheet, ctx):
    categories = {c.value for c in (sheet.purpose.categories or [])} if sheet.purpose else set()
    recommendations = sheet.recommendations or []
    if not categories or not recommendations:
        return
    verbs = ask_verbs(ctx.config)
    names = ctx.names
    decision_verbs = [verb for category in DECISIONS for verb in verbs[category]]
    if categories & set(DECISIONS):
        if not any(verbs_in(text, decision_verbs) or _FOR_DECISION.search(text) for text in recommendations):
            wanted = " or ".join(dict.fromkeys(names.purpose(c) for c in sorted(categories & set(DECISIONS))))
            examples = [*verbs["approval"][:3], *verbs["endorsement"][:2]]
            verbs_listed = f"{', '.join(examples[:-1])} or {examples[-1]}"
            yield Problem("recommendations", names.say(
                "recommendations",
                f"The paper is for {wanted} but no recommendation asks the board to {verbs_listed}.",
                lambda it: f"The paper is for {wanted} but nothing under {it} asks the board to {verbs_listed}.",
            ))
    elif PurposeCategory.INFORMATION.value in categories:
        asked = []
        for index, text in enumerate(recommendations, start=1):
            used = verbs_in(text, decision_verbs, ask_start=True, ing=False)
            phrase = _FOR_DECISION.search(text)
            if used:
                asked.append(f"recommendation {index} asks the board to {' and '.join(used)}")
            elif phrase:
                asked.append(f"recommendation {index} is {' '.join(phrase.group().lower().split())}")
        if asked:
            information = names.purpose(PurposeCategory.INFORMATION.value)
            yield Problem("recommendations", names.say(
                "recommendations",
                f"The paper is for information but {'; '.join(asked)}.",
                lambda it: f"The paper is for {information} but under {it} {'; '.join(asked)}.",
            ))
