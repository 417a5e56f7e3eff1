"""What recommendations ask of the board: the verbs of an ask, by purpose, and decisions.

Shared by the rules that hold the recommendations against the purpose (CS604, CS605) and
those that apply only to papers asking for a decision (CS404, CS405).
"""

from __future__ import annotations

import re
from functools import lru_cache

from coversheet.model import PurposeCategory
from coversheet.resources import data_toml

_DECISIONS = {PurposeCategory.APPROVAL, PurposeCategory.ENDORSEMENT}
# Where an ask starts: the start of the text, after "to", "and", "or", "also", or after
# punctuation that separates asks or marks a list item ("note the report; approve the plan").
_ASK_START = r"(?:^|(?<=\bto\s)|(?<=\band\s)|(?<=\bor\s)|(?<=\balso\s)|(?<=[,;:(.•–-]\s)|(?<=^\W))"


def asks_for_decision(sheet) -> bool:
    """Does the paper's purpose include approval or endorsement?"""
    categories = set(sheet.purpose.categories or []) if sheet.purpose else set()
    return bool(categories & _DECISIONS)


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
