"""The titles (`w:alias`) and prompts of the controls on our sheets and forms, by field.

A word processor that is not Word may keep a control's title and drop its tag (LibreOffice
Writer 7.4 does, for text controls). Every control we write has a title naming its field, so
the title alone says which field the control holds: `tag_of_title` turns it back into the tag
(`coversheet.word.tags`' scheme) with a dictionary lookup. The form's prompts are known too:
a control still holding its prompt is unanswered, whatever its "showing placeholder" flag says.

`tools/build_templates.py` writes these titles and prompts; a test checks that every control
of the rendered sheet and of the form has a title that resolves to its own tag.
"""

from __future__ import annotations

import re
from functools import lru_cache

ANSWER_WORDS = {"Yes": "yes", "No": "no", "N/A": "n/a"}
CATEGORIES = ("approval", "endorsement", "discussion", "assurance", "information")
_PEOPLE = {"Presented By": "presented_by", "Author": "authors", "Contributor/s": "contributors"}
_QUESTIONS = {"Associated Risks": "risks.associated",
              "Are Associated Risks Detailed on the Risk Register?": "risks.on_register"}


def _titles() -> dict[str, str]:
    titles = {
        "Board": "board",
        "Organisation": "organisation",
        "Date of Meeting": "meeting_date",
        "Title of Paper": "title",
        "Executive Sponsor: name": "sponsor.name",
        "Executive Sponsor: role": "sponsor.role",
        "No other contributors": "contributors=none",
        "Agenda Item": "agenda_item",
        "Date Submitted": "submitted_on",
        "Confidential": "confidential",
        "Confidential: Yes": "confidential=yes",
        "Confidential: No": "confidential=no",
        "Reason for confidentiality": "confidential_reason",
        "Purpose of the Paper": "purpose.text",
        "Purpose categories": "purpose.categories[]",
        "Purpose category": "purpose.categories[*]",
        "Executive Summary": "executive_summary",
        "Recommendations": "recommendations[]",
        "One recommendation": "recommendations[*]",
        "Recommendation": "recommendations[*]",
        "No other forum": "governance=none",
        "Governance entries": "governance[]",
        "Governance entry": "governance[*]",
        "Meeting": "governance[*].forum",
        "Date": "governance[*].date",
        "Outcome": "governance[*].outcome",
        "Conflicts of Interest Identified": "conflicts_of_interest",
        "No associated risks": "risks.references=none",
        "Risk references": "risks.references[]",
        "Risk": "risks.references[*]",
        "Risk Reference": "risks.references[*].id",
        "Risk Description": "risks.references[*].description",
        "Other notes on risks": "risks.note",
        "End of cover sheet": "coversheet.end",
    }
    for label, path in _PEOPLE.items():
        titles.update({label: f"{path}[]", f"{label}: one person": f"{path}[*]",
                       f"{label}: name": f"{path}[*].name", f"{label}: role": f"{path}[*].role"})
    for category in CATEGORIES:
        titles[f"For {category}"] = f"purpose.categories={category}"
    for label, path in _QUESTIONS.items():
        titles.update({f"{label}: {word}": f"{path}={value}" for word, value in ANSWER_WORDS.items()})
    return titles


TITLES = _titles()
# The prefixes of our "Label: part" titles: a title with one of them and an unknown part names
# a field that does not exist (someone edited it), which is reported rather than guessed at.
_PREFIXES = {title.rsplit(": ", 1)[0] for title in TITLES if ": " in title} | {"Executive Sponsor"}
_IMPLICATION = re.compile(r"^(?P<name>[A-Za-z][A-Za-z ]*?) Impact Assessment Completed: (?P<part>.+)$")
UNKNOWN = "?"  # what `tag_of_title` returns for one of our titles naming no field

PROMPTS = frozenset({
    "Name of the board", "Name of the organisation", "Pick the date of the meeting", "Title of the paper",
    "Name", "Role", "Agenda item number", "Pick the date the paper was submitted",
    "If confidential: the exemption relied on", "What is the Board asked to do with this paper, and why?",
    "The paper in a few sentences", "The Board is asked to \u2026", "Committee or group", "Pick the date",
    "What it decided or advised", "Conflicts of interest, or \u201cNone identified\u201d",
    "Where is it, or why is there none?", "Register reference, e.g. FIN-07", "The risk in one line",
    "Anything else about the risks",
})


@lru_cache(maxsize=1024)  # a sheet repeats the same few dozen titles
def tag_of_title(title: str | None) -> str | None:
    """The tag a control titled `title` would carry; `UNKNOWN` for one of our titles that names
    no field ("Executive Sponsor: age"); None for a title that is not ours."""
    if not title:
        return None
    title = " ".join(title.split())
    tag = TITLES.get(title)
    if tag is not None:
        return tag
    implication = _IMPLICATION.match(title)
    if implication:
        name = "_".join(implication["name"].lower().split())
        part = implication["part"]
        if part == "note":
            return f"implications.{name}.note"
        return f"implications.{name}={ANSWER_WORDS[part]}" if part in ANSWER_WORDS else UNKNOWN
    if ": " in title and title.rsplit(": ", 1)[0] in _PREFIXES:
        return UNKNOWN
    return None


def implication_title(name: str) -> str:
    """"Sustainability Impact Assessment Completed" for the board's own implication `sustainability`."""
    return f"{name.replace('_', ' ').capitalize()} Impact Assessment Completed"


def is_prompt(text: str | None) -> bool:
    return text is not None and " ".join(text.split()) in PROMPTS
