"""People as typed on cover sheets: "Name, Role", "Name – Role", several joined by " / ".

"Emily Kruger Collier – Head of ICS PMO / Denise Wyn-Jones – PMO Programme Manager" is two
people; "Denise Wyn-Jones" keeps its hyphen, because only a dash with spaces round it (or an
en/em dash) separates a name from a role.
"""

from __future__ import annotations

import re

# Between people: " / ", ";", " and " between two full entries is too ambiguous to split.
_BETWEEN_PEOPLE = re.compile(r"\s+/\s+|\s*;\s*|\n+")
# Between a name and a role: the first comma, en/em dash, or a spaced hyphen.
_NAME_ROLE = re.compile(r"\s*,\s*|\s*[–—]\s*|\s+-\s+")


def parse_people(text: str | None) -> list[dict[str, str | None]] | None:
    """[{name, role}] for each person in `text`; None when there is no text at all."""
    if text is None or not text.strip():
        return None
    people = []
    for part in _BETWEEN_PEOPLE.split(text):
        part = part.strip(" ,.")
        if part:
            people.append(parse_person(part))
    return people


def parse_person(text: str) -> dict[str, str | None]:
    name, _, role = (piece.strip() for piece in _split_once(text))
    return {"name": name or None, "role": role or None}


def _split_once(text: str) -> tuple[str, str, str]:
    match = _NAME_ROLE.search(text)
    if match is None:
        return text, "", ""
    return text[: match.start()], match.group(), text[match.end():]
