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

Source: governance-practice.md, rules 2 and 3 (CGI, Mapping the Gap; University of York).
"""

from __future__ import annotations

import re
from functools import lru_cache

from coversheet.findings import Severity
from coversheet.model import PurposeCategory
from coversheet.resources import data_toml
from coversheet.rules.base import Problem

CODE = "CS604"
NAME = "ask-does-not-match-purpose"
SEVERITY = Severity.WARNING
HINT = (
    'State the ask with a verb that matches the purpose ("The Board is asked to approve ..."), '
    "or correct the purpose."
)

DECISIONS = ("approval", "endorsement")
# Where an ask starts: the start of the text, after "to", "and", "or", "also", or after
# punctuation that separates asks or marks a list item ("note the report; approve the plan").
_ASK_START = r"(?:^|(?<=\bto\s)|(?<=\band\s)|(?<=\bor\s)|(?<=\balso\s)|(?<=[,;:(.•–-]\s)|(?<=^\W))"
_FOR_DECISION = re.compile(r"\bfor\s+(?:approval|endorsement|decision|ratification)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _shipped() -> dict[str, tuple[str, ...]]:
    return {category: tuple(verbs) for category, verbs in data_toml("ask_verbs.toml").items()}


def ask_verbs(config) -> dict[str, list[str]]:
    """Every category's verbs: the shipped ones and the board's own."""
    shipped = _shipped()
    own = config.ask_verbs.model_dump()
    return {category: [*shipped.get(category, ()), *own.get(category, [])] for category in own}


def _forms(verb: str, *, ing: bool) -> str:
    """A pattern for `verb` and its inflections: approve(s), ratif(y|ies), sign(s) off."""
    first, _, rest = verb.partition(" ")
    forms = {first, first + "s", first + "es"}
    if first.endswith("y"):
        forms.add(first[:-1] + "ies")
    if ing:
        forms |= {first + "ing", first[:-1] + "ing" if first.endswith("e") else first + "ing"}
        if first.endswith("y"):
            forms.add(first + "ing")
    alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    tail = r"\s+" + r"\s+".join(map(re.escape, rest.split())) if rest else ""
    return rf"(?:{alternatives}){tail}"


@lru_cache(maxsize=1024)
def _verb_pattern(verb: str, ask_start: bool, ing: bool) -> re.Pattern[str]:
    # Compiled once per verb: the rules run on every file of a drive.
    pattern = rf"\b{_forms(verb, ing=ing)}\b"
    return re.compile((_ASK_START + pattern) if ask_start else pattern, re.IGNORECASE | re.MULTILINE)


def verbs_in(text: str, verbs: list[str], *, ask_start: bool = False, ing: bool = True) -> list[str]:
    """The verbs of `verbs` that `text` uses (optionally only where an ask starts), in order."""
    found = []
    for verb in verbs:
        match = _verb_pattern(verb, ask_start, ing).search(text)
        if match:
            found.append((match.start(), verb))
    return [verb for _, verb in sorted(found)]


def check(sheet, ctx):
    categories = {c.value for c in (sheet.purpose.categories or [])} if sheet.purpose else set()
    recommendations = sheet.recommendations or []
    if not categories or not recommendations:
        return
    verbs = ask_verbs(ctx.config)
    decision_verbs = [verb for category in DECISIONS for verb in verbs[category]]
    if categories & set(DECISIONS):
        if not any(verbs_in(text, decision_verbs) or _FOR_DECISION.search(text) for text in recommendations):
            wanted = " or ".join(sorted(categories & set(DECISIONS)))
            examples = [*verbs["approval"][:3], *verbs["endorsement"][:2]]
            yield Problem(
                "recommendations",
                f"The paper is for {wanted} but no recommendation asks the board to "
                f"{', '.join(examples[:-1])} or {examples[-1]}.",
            )
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
            yield Problem("recommendations", f"The paper is for information but {'; '.join(asked)}.")
