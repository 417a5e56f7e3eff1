"""Which draft field a label on a hand-made cover sheet means.

Boards and years word the same label differently ("Date of Meeting", "Meeting date",
"Contributor/s", "Author(s)", "Are Associated Risk Detailed on the ICS Risk Register?").
Labels are matched by meaning: both the label and every known variant are normalised (case,
punctuation, brackets, "&", plurals, filler words) before an exact lookup, so a new spelling
of a known label is one line in `_VARIANTS`, not a new code path.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache


class Kind(str, Enum):
    VALUE = "value"  # label and value side by side, or the value in the rows below
    TICKS = "ticks"  # a Yes / No / N/A question answered with tick boxes
    HEADING = "heading"  # a section heading with no value of its own ("Implications")


# field -> (kind, variants). Fields are draft paths; "risks.text" is the risk description box.
_VARIANTS: dict[str, tuple[Kind, list[str]]] = {
    "board": (Kind.VALUE, ["Board", "Name of board", "Committee", "Meeting title", "Name of meeting", "Meeting name"]),
    "meeting_date": (Kind.VALUE, ["Date of meeting", "Meeting date", "Date of board meeting", "Board date", "Dated", "Date of committee", "Committee date"]),
    "title": (Kind.VALUE, ["Title of paper", "Paper title", "Title", "Title of report", "Report title", "Subject"]),
    "presented_by": (Kind.VALUE, ["Presented by", "Presenter", "Presenting officer", "To be presented by"]),
    "authors": (Kind.VALUE, ["Author", "Author/s", "Authors", "Author(s)", "Report author", "Prepared by", "Written by"]),
    "contributors": (Kind.VALUE, ["Contributor/s", "Contributors", "Contributor", "Contributor(s)", "Contributed by"]),
    "sponsor": (Kind.VALUE, ["Executive sponsor", "Sponsor", "Lead director", "Responsible director", "Executive lead", "Sponsoring director"]),
    "agenda_item": (Kind.VALUE, ["Agenda item", "Item", "Agenda item no", "Agenda item number", "Item number", "Item no", "Agenda reference"]),
    "submitted_on": (Kind.VALUE, ["Date submitted", "Date of submission", "Submitted on", "Date paper submitted"]),
    "confidential": (Kind.VALUE, ["Confidential", "Is this paper confidential", "Confidential paper", "Private and confidential"]),
    "confidential_reason": (Kind.VALUE, ["Reason for confidentiality", "Confidentiality reason", "Exemption", "Reason confidential"]),
    "purpose": (Kind.VALUE, ["Purpose of the paper", "Purpose", "Purpose of paper", "Purpose of the report", "Purpose of report"]),
    "executive_summary": (Kind.VALUE, ["Executive summary", "Summary", "Exec summary", "Summary of paper", "Executive summary of paper"]),
    "recommendations": (Kind.VALUE, ["Recommendations", "Recommendation", "Recommendation(s)", "Recommendations to the board"]),
    "governance": (
        Kind.VALUE,
        ["Governance and reporting", "Governance & reporting", "Governance", "Previous consideration", "Governance route", "Other forums"],
    ),
    "conflicts_of_interest": (
        Kind.VALUE,
        ["Conflicts of interest identified", "Conflicts of interest", "Conflict of interest", "Declarations of interest", "Conflicts of interest identified?"],
    ),
    "implications": (Kind.HEADING, ["Implications", "Impact assessments", "Implications and impact assessments"]),
    "implications.quality": (Kind.TICKS, ["Quality impact assessment completed", "Quality impact assessment", "Quality", "QIA completed", "QIA"]),
    "implications.equality": (
        Kind.TICKS,
        ["Equality impact assessment completed", "Equality impact assessment", "Equality", "Equality and diversity impact assessment", "EIA completed", "EIA", "Equality impact and risk assessment completed"],
    ),
    "implications.privacy": (
        Kind.TICKS,
        ["Privacy impact assessment completed", "Privacy impact assessment", "Privacy", "Data protection impact assessment completed", "Data protection impact assessment", "DPIA completed", "DPIA", "PIA"],
    ),
    "implications.financial": (
        Kind.TICKS,
        ["Financial impact assessment completed", "Financial impact assessment", "Financial", "Finance", "Financial implications"],
    ),
    "risks.associated": (Kind.TICKS, ["Associated risks", "Are there associated risks", "Any associated risks", "Risks", "Risk implications"]),
    "risks.on_register": (
        Kind.TICKS,
        ["Are associated risk detailed on the ICS risk register", "Are associated risks detailed on the risk register", "Are the risks on the risk register", "On the risk register", "On risk register", "Risk register"],
    ),
    "risks.text": (
        Kind.VALUE,
        ["If yes, please provide a risk description and reference number", "If yes, provide a risk description and reference number", "Risk description and reference number", "Risk description and reference", "Risk description", "Risk references", "Risk reference"],
    ),
    "risks.note": (Kind.VALUE, ["Other notes on risks", "Other notes on the risks"]),
}

# Filler that never changes what a label means.
_FILLER = {"the", "of", "a", "an", "is", "are", "this", "to", "on", "please", "ics", "system"}
_GOVERNANCE_COLUMNS = {
    "forum": ["Meeting", "Forum", "Committee", "Group", "Meeting or forum", "Name of meeting"],
    "date": ["Date", "Date of meeting", "Meeting date"],
    "outcome": ["Outcome", "Outcomes", "Decision", "Outcome or decision", "Result"],
}


_BRACKETED = re.compile(r"\([^)]*\)?")  # "(List other forums...)"
_WORD = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> str:
    """A label reduced to what it means: "Contributor/s:" and "contributors" are the same."""
    words = _WORD.findall(_BRACKETED.sub(" ", text.lower().replace("&", " and ")))
    return " ".join(_singular(word) for word in words if word not in _FILLER)


def publicity_words(confidentiality) -> dict[str, str]:
    """The board's words for a paper in public and in private, reduced as labels are: "no" for
    the public word, "yes" for the private one (the confidentiality question's answers)."""
    return {normalise(confidentiality.public): "no", normalise(confidentiality.private): "yes"}


def publicity_said(text: str, confidentiality) -> list[str]:
    """The confidentiality answers whose words `text` holds, the public one first. The word that
    holds the other is taken out before the other is looked for: "Not for Publication" holds
    "For Publication", "not confidential" holds "confidential"."""
    said = f" {normalise(text or '')} "
    public, private = normalise(confidentiality.public), normalise(confidentiality.private)
    words = [(private, "yes"), (public, "no")]
    if f" {private} " in f" {public} ":
        words.reverse()  # ("not confidential" before "confidential")
    found = []
    for word, answer in words:
        if word and f" {word} " in said:
            found.append(answer)
            said = said.replace(f" {word} ", " ", 1)
    return sorted(found, key=lambda answer: answer != "no")  # the public one first


# The printed words that ask for a mark, one table for the reader and `profile init`. A column's
# name: "Tick", "✓", "X", "Please tick (all that apply)", "Select one" (a column where the author
# marks the rows chosen); with `yes_no`, also "Y/N", "Select Y/N" (a column marked on every row,
# "PREVIOUSLY CONSIDERED BY | Y/N": not a yes / no question's own answer column). A question's own
# words: "Tick (✓) the priorities this report supports", "(tick all that apply)".
_MARK_WORDS = r"tick|mark|select|circle|[✓✔xX]"
_YES_NO_WORDS = r"y\s*/\s*n|yes\s*/\s*no|yes or no"


def _mark_column(words: str) -> re.Pattern:
    return re.compile(rf"(?:please\s+)?(?:(?:select|tick|mark|circle)\s+)?\(?\s*(?:{words})\s*\)?"
                      r"(?:\s*\(.*\))?(?:\s+(?:all\s+that\s+apply|one|box))?\s*[:?]?", re.IGNORECASE)


_MARK_COLUMN = _mark_column(_MARK_WORDS)
# (an "X" alone over a column marked on every row is the author's mark on its first row)
_MARK_OR_YES_NO_COLUMN = _mark_column(rf"tick|mark|select|circle|[✓✔]|{_YES_NO_WORDS}")
_TICKS_ASKED = re.compile(r"\btick\b|[✓✔]", re.IGNORECASE)
_ONE_ASKED = re.compile(r"\b(one|single) (box|option|only)\b|\bonly one\b|\bone box only\b"
                        r"|\b(mark|tick|select|choose|circle) one\b(?!\s+or\b)", re.IGNORECASE)


def names_a_mark_column(text: str, yes_no: bool = False) -> bool:
    """Is `text` a column's name that asks for a mark in the rows chosen ("Tick", "✓"), or with
    `yes_no` one marked Y or N on every row ("Select Y/N")?"""
    pattern = _MARK_OR_YES_NO_COLUMN if yes_no else _MARK_COLUMN
    return pattern.fullmatch(text.strip()) is not None


def asks_for_one(text: str) -> bool:
    """Do the form's words take one option only ("Report for (tick one)", "one box only")?"""
    return _ONE_ASKED.search(text) is not None


def asks_for_ticks(text: str) -> bool:
    """Do the form's words ask the author to tick ("Tick (✓) the priorities …")?"""
    return _TICKS_ASKED.search(text) is not None


_NEGATION = re.compile(r"\b(?:not|no|never|cannot)\b|n't\b", re.IGNORECASE)


def negated(text: str, word: str) -> bool:
    """Is `word` denied where `text` says it ("not for the public", "never public"): a negation
    among the three words before it that is not the word's own ("not confidential")?"""
    said, wanted = normalise(text), normalise(word)
    at = f" {said} ".find(f" {wanted} ")
    if not wanted or at < 0:
        return False
    before = said[:at].split()[-3:]
    return any(_NEGATION.fullmatch(part) for part in before)


def _singular(word: str) -> str:
    # Enough stemming for labels: "risks"/"risk", "contributors"/"contributor" ("s" in "/s" too).
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _table(variants: dict[str, list[str]]) -> dict[str, str]:
    return {normalise(variant): key for key, names in variants.items() for variant in names}


_LABELS = _table({field: names for field, (_, names) in _VARIANTS.items()})
_KINDS = {field: kind for field, (kind, _) in _VARIANTS.items()}
_COLUMNS = _table(_GOVERNANCE_COLUMNS)
_RISK_COLUMNS = _table({"id": ["Risk reference", "Reference", "Risk ID", "Risk number"],
                        "description": ["Risk description", "Description"]})
_LONGEST_LABEL = 12  # words; anything longer is content, not a label


@lru_cache(maxsize=4096)  # the same labels recur on every sheet
def field_of(text: str) -> str | None:
    """The draft field a label cell names, or None when the text is not a known label."""
    key = normalise(text)
    if not key or key.count(" ") >= _LONGEST_LABEL:
        return None
    return _LABELS.get(key) or _LABELS.get(key.removesuffix(" completed"))


def kind_of(field: str) -> Kind:
    return _KINDS[field]


@lru_cache(maxsize=1024)  # "Meeting", "Date", "Outcome" and every governance entry, per sheet
def governance_column(text: str) -> str | None:
    """"Meeting" -> "forum", "Date" -> "date", "Outcome" -> "outcome"; a short header in other
    words by the words it holds ("COMMITTEE OR GROUP" -> "forum", "Date received" -> "date",
    "Comments in para" -> "outcome"); None otherwise."""
    key = normalise(text)
    if key in _COLUMNS:
        return _COLUMNS[key]
    words = key.split()
    if not words or len(words) > 5:
        return None
    if words[-1] in _COLUMN_WORDS[0][1]:
        return "date"  # "Presentation Date", "Meeting date": a date, whatever it is the date of
    for part, named_by in _COLUMN_WORDS:
        if words[0] in named_by:  # the header's first word names it ("Final Decision-Maker" names no outcome)
            return part
    return None


_COLUMN_WORDS = (
    ("date", {"date", "dates", "when"}),
    ("outcome", {"outcome", "outcomes", "decision", "decisions", "result", "comments", "comment", "recommendation", "agreed", "said",
                 "approved"}),  # "Approved Y/N"
    ("forum", {"meeting", "committee", "group", "forum", "body", "board", "consultee", "consulted"}),
)


@lru_cache(maxsize=256)
def risk_column(text: str) -> str | None:
    """"Risk Reference" -> "id", "Risk Description" -> "description"; None otherwise."""
    return _RISK_COLUMNS.get(normalise(text))
