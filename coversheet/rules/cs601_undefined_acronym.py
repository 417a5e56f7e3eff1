"""An acronym in the purpose, summary or recommendations is never spelt out.

What it does: finds acronyms (all-capitals tokens of 2-6 characters: letters, digits and `&`,
with at least two letters, such as SLE, L&SC or PCN; a plural or possessive s is allowed, as in
CCGs) in purpose.text, executive_summary and recommendations, and reports those that are
none of:
- spelt out somewhere on the sheet, as "System Leadership Executive (SLE)" or
  "SLE (System Leadership Executive)";
- the initials of the sheet's own organisation or board ("L&SC" on a sheet from the
  Lancashire and South Cumbria Integrated Care System);
- in the glossary: the common NHS and local-government acronyms shipped with coversheet
  (NHS, ICS, CCG, A&E, PCN, ...), plus the board's own `[glossary]` in coversheet.toml.
One finding per field, at the place the first such acronym appears; each acronym is named
once, in the first field that uses it. Numbers such as 21/22 and words written in capitals
for emphasis ("PLEASE NOTE") are not acronyms.

Why it matters: HFMA's 2020 review found board reports "full of jargon, acronyms"; papers are
published, and a reader who cannot expand SLE cannot follow what the board is asked to do.

Fails:
    purpose:
      text: To apprise the Board on the discussions held at SLE.
Passes:
    purpose:
      text: To apprise the Board on the discussions held at the System Leadership Executive (SLE).
Passes (with glossary = {SLE = "System Leadership Executive"}):
    purpose:
      text: To apprise the Board on the discussions held at SLE.

Source: docs/governance-practice.md, practice 4 (HFMA 2020 review of board reports).
"""

from __future__ import annotations

import re
from functools import lru_cache

from coversheet.findings import Severity
from coversheet.resources import data_toml
from coversheet.rules.base import Problem
from coversheet.rules.shared.text import texts_of

CODE = "CS601"
NAME = "undefined-acronym"
SEVERITY = Severity.WARNING
HINT = (
    'Spell each acronym out at its first use, e.g. "System Leadership Executive (SLE)", '
    "or add it to the board's [glossary]."
)

# An acronym: a capital, then capitals, digits or &, 2-6 characters with at least two
# letters, standing alone (not inside a word, a number such as 21/22, or NHSE/I's I); an
# optional plural or possessive s is not part of it.
_TOKEN = re.compile(r"(?<![\w&/])(?=(?:[0-9&]*[A-Z]){2})([A-Z][A-Z0-9&]{1,5})(?:['’]s|s)?(?![\w&])")
_CAPS_WORD = re.compile(r"^[A-Z0-9&'’]+$")
_SMALL_WORDS = {"of", "the", "for", "in", "on", "to", "at", "by"}

# Every pattern here reads author text, so each must take time linear in its length: a match
# may start only where a run of its characters starts (a lookbehind), never at each character
# inside one. (Starting anywhere in a 60,000-character word, then scanning to its end, took
# 52 s.) tests/robustness/test_linear_text.py holds every rule to this.
# A run of words in capitals ("FOR INFORMATION ONLY"), from the start of its first word.
_CAPS_RUN = re.compile(r"(?<![A-Z0-9&'’])[A-Z0-9&'’]+(?:[ \t]+[A-Z0-9&'’]+)+")
# "Words (ABC)": the acronym in brackets right after a word (its last character is enough).
_WORDS_THEN_ACRONYM = re.compile(r"(?<=[\w,'’-])\s+\(\s*([A-Z][A-Z0-9&]{1,5})(?:['’]?s)?\s*\)")
# "ABC (Words ...)": the acronym, then in brackets a word starting with its first letter.
_ACRONYM_THEN_WORDS = re.compile(r"\b([A-Z][A-Z0-9&]{1,5})(?:['’]?s)?\s+\(\s*([A-Za-z][\w'’-]*)\s+[A-Za-z]")


@lru_cache(maxsize=1)
def _shipped() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped glossary's acronyms, and the English words authors write in capitals."""
    data = data_toml("glossary.toml")
    return frozenset(data["acronyms"]), frozenset(data["capitalised_words"]["words"])


def acronyms_in(text: str) -> list[tuple[int, str]]:
    """Each acronym in `text` with its position; capitals written for emphasis left out."""
    _, capitalised = _shipped()
    shouted = iter(_shouted_spans(text, capitalised))
    span = next(shouted, None)
    found = []
    # Tokens and spans both come in text order: one sweep, not every span for every token
    # (a text of thousands of two-word capital runs made that quadratic).
    for match in _TOKEN.finditer(text):
        while span is not None and span[1] <= match.start():
            span = next(shouted, None)
        acronym = match.group(1)
        if acronym in capitalised or (span is not None and span[0] <= match.start()):
            continue
        found.append((match.start(), acronym))
    return found


def _shouted_spans(text: str, capitalised: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of words in capitals that read as a heading or emphasis ("FOR INFORMATION ONLY")."""
    spans = []
    for run in _CAPS_RUN.finditer(text):
        words = run.group().split()
        if any(w in capitalised or len(w) > 6 for w in words if _CAPS_WORD.match(w)):
            spans.append(run.span())
    return spans


def _defined_in(text: str) -> set[str]:
    """Acronyms spelt out in `text`: "Words (ABC)" or "ABC (Words ...)"."""
    defined = set()
    for match in _WORDS_THEN_ACRONYM.finditer(text):
        defined.add(match.group(1))
    for match in _ACRONYM_THEN_WORDS.finditer(text):
        if match.group(2)[0].upper() == match.group(1)[0]:
            defined.add(match.group(1))
    return defined


def _initials_of(name: str, acronym: str) -> bool:
    """Is `acronym` the initials of a run of words in `name` (L&SC: Lancashire and South Cumbria)?"""
    words = re.findall(r"[\w&]+", name)

    def match(rest: str, index: int, started: bool) -> bool:
        if not rest:
            return started
        if index >= len(words):
            return False
        word = words[index]
        if started and word.lower() in {"and", "&"}:
            return (rest[0] == "&" and match(rest[1:], index + 1, True)) or match(rest, index + 1, True)
        if started and word.lower() in _SMALL_WORDS and match(rest, index + 1, True):
            return True
        if word.isupper() and len(word) > 1 and rest.startswith(word):  # "NHS" inside a name
            return match(rest[len(word):], index + 1, True)
        return word[0].upper() == rest[0] and match(rest[1:], index + 1, True)

    return any(match(acronym, start, False) for start in range(len(words)))


def _checked_fields(sheet):
    if sheet.purpose and sheet.purpose.text:
        yield "purpose.text", [("purpose.text", sheet.purpose.text)]
    if sheet.executive_summary:
        yield "executive_summary", [("executive_summary", sheet.executive_summary)]
    if sheet.recommendations:
        yield "recommendations", [(f"recommendations.{i}", text) for i, text in enumerate(sheet.recommendations)]


def check(sheet, ctx):
    shipped, _ = _shipped()
    known = set(shipped) | set(ctx.config.glossary)
    for _, text in texts_of(sheet, ctx):
        known |= _defined_in(text)
    names = [name for name in (sheet.organisation, sheet.board) if name]
    reported: set[str] = set()
    for _, parts in _checked_fields(sheet):
        undefined: list[str] = []
        first_path = None
        for path, text in parts:
            for _, acronym in acronyms_in(text):
                if acronym in known or acronym in reported or acronym in undefined:
                    continue
                if any(_initials_of(name, acronym) for name in names):
                    continue
                undefined.append(acronym)
                first_path = first_path or path
        if undefined:
            reported.update(undefined)
            label = "Acronym" if len(undefined) == 1 else "Acronyms"
            yield Problem(first_path, f"{label} not defined: {', '.join(undefined)}.")
