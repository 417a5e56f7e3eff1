"""People as typed on cover sheets: "Name, Role", "Name – Role", several joined by " / ".

"Emily Kruger Collier – Head of ICS PMO / Denise Wyn-Jones – PMO Programme Manager" is two
people; "Denise Wyn-Jones" keeps its hyphen, because only a dash with spaces round it (or an
en/em dash) separates a name from a role. A name with the job title on the line below it
("Jane Smith" / "Director of Finance") is one person.
"""

from __future__ import annotations

import re

# Between people: " / ", ";", " and " between two full entries is too ambiguous to split.
_BETWEEN_PEOPLE = re.compile(r"\s+/\s+|\s*;\s*|\n+")
# Between a name and a role: the first comma, en/em dash, or a spaced hyphen.
_NAME_ROLE = re.compile(r"\s*,\s*|\s*[–—]\s*|\s+-\s+")


# Words that make a line a job title, not a person's name.
_JOB_WORDS = re.compile(
    r"\b(director|officer|manager|head|chief|lead|chair(?:man|woman|person)?|secretary|consultant|nurse|"
    r"executive|deputy|associate|assistant|clinician|medical|governor|commissioner|co-?ordinator|specialist|"
    r"advis[eo]r|partner|analyst|accountant|controller|practitioner|registrar|programme|project|team|member|"
    r"president|principal|superintendent|matron|pharmacist|surgeon|physician|psychiatrist|therapist|"
    r"administrator|officer|engineer|strategist|treasurer|clerk|ceo|cfo|coo|cno|cmo)\b",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(dr|mr|mrs|ms|miss|mx|prof(?:essor)?|cllr|councillor|sir|dame)\b\.?\s", re.IGNORECASE)


def parse_people(text: str | None) -> list[dict[str, str | None]] | None:
    """[{name, role}] for each person in `text`; None when there is no text at all."""
    if text is None or not text.strip():
        return None
    people: list[dict[str, str | None]] = []
    for part in _BETWEEN_PEOPLE.split(text):
        part = part.strip(" ,.")
        if not part:
            continue
        if people and people[-1]["role"] is None and _NAME_ROLE.search(part) is None and is_job_title(part):
            people[-1]["role"] = part  # "Jane Smith" then "Director of Finance" on the next line
            continue
        people.append(parse_person(part))
    return people


def is_job_title(text: str) -> bool:
    """Whether `text` reads as a job title rather than a name ("Director of Finance")."""
    return bool(_JOB_WORDS.search(text)) and not _HONORIFIC.match(text)


def parse_person(text: str) -> dict[str, str | None]:
    name, _, role = (piece.strip() for piece in _split_once(text))
    return {"name": name or None, "role": role or None}


def _split_once(text: str) -> tuple[str, str, str]:
    match = _NAME_ROLE.search(text)
    if match is None:
        return text, "", ""
    return text[: match.start()], match.group(), text[match.end():]
