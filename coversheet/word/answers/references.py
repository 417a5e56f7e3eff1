"""References as a board writes them ("BAF 2.1 – Elective recovery; BAF 3.2 – UEC capacity"):
each part that starts with an id, by the board's pattern for its ids or the standard one."""

from __future__ import annotations

import re

from coversheet.word.answers import values

_SEPARATORS = re.compile(r"[;\n]+")
_MARK = re.compile(r"[xX✓✔☒]")
# "Risk Number(s):", "Risk ref(s):", "Reference numbers:": the form's words before the ids it asks
_NUMBERS_LEAD = re.compile(r"^(?:risk\s+)?(?:numbers?|nos?\.?|refs?\.?|references?|ids?)(?:\s*\(s\))?\s*:\s*", re.IGNORECASE)
STANDARD_REFERENCE = re.compile(
    r"^(?:risk\s*(?:ref(?:erence)?|no\.?|number)?\s*[:#]?\s*)?"
    # "BAF 2.1", "SR3", and with the word risk: "BAF Risk 1", "Corporate risk 1094"
    # ("BSW-Q04": the register's prefix, then a letter or two before the number)
    r"(?P<id>(?:[A-Z]{1,6}(?:\s+[Rr]isk)?|(?:[A-Z][a-z]+\s+)?[Rr]isk)[-/ ]?(?:(?<=[-/])[A-Z]{1,2})?\d{1,4}(?:\.\d{1,3})*[A-Za-z]?)\b"
    r"\s*[:–—\-.)]?\s*(?P<description>.*)$"
)


_NUMBERED_RISK = re.compile(r"^(?P<id>\d{1,3}(?:\.\d{1,2})?)\s*[–—-]\s+(?P<description>\S.*)$")


def pattern_of(pattern: str | None) -> re.Pattern:
    """The board's pattern for one reference id as the start of "ID – description"."""
    if not pattern:
        return STANDARD_REFERENCE
    body = pattern.removeprefix("^").removesuffix("$")
    return re.compile(rf"^(?P<id>{body})\s*[:–—\-.)]?\s*(?P<description>.*)$")


def references(text: str | None, pattern: re.Pattern) -> tuple[list[dict] | None, str | None]:
    """(references, note): each part ("; " or a line) that starts with an id is a reference."""
    text = values.clean(text)
    if text is None:
        return None, None
    if values.says_nothing_to_report(text):
        return [], None
    found, other = [], []
    for part in _SEPARATORS.split(text):
        part = part.strip()
        if not part or _MARK.fullmatch(part):
            continue  # "X | Risk Number(s): 3021": the row's box, marked
        if (numbers := _NUMBERS_LEAD.match(part)) is not None:
            # "Risk Number(s): 3021, 3187", "Risk Number(s): BAF 1": the form's lead, then the ids
            ids = [piece.strip() for piece in re.split(r"\s*(?:,|\band\b|&)\s*", part[numbers.end():]) if piece.strip()]
            listed = [{"id": piece, "description": None} if re.fullmatch(r"\d{1,6}", piece) else _reference(piece, pattern)
                      for piece in ids]
            if listed and all(listed):
                found.extend(listed)
                continue
        reference = _reference(part, pattern)
        if reference is not None:
            found.append(reference)
        else:
            other.append(part)
    return (found or None), ("\n".join(other) or None)


def _reference(text: str, pattern: re.Pattern) -> dict | None:
    """{id, description} of a part that starts with an id by the board's pattern, else None
    (with no pattern of the board's, "4 – Recruit and Retain Staff" too: the risk's number, a
    dash, its description)."""
    match = pattern.match(text)
    if (match is None or not match.group("id")) and pattern is STANDARD_REFERENCE:
        match = _NUMBERED_RISK.match(text)
    if match is None or not match.group("id"):
        return None
    return {"id": match.group("id").strip(), "description": match.group("description").strip() or None}
