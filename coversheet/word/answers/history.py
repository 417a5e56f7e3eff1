"""Governance history as authors write it in one box: forum, date and outcome in any order.

"Finance and Performance Committee – 24 November 2025", "Quality Governance Committee
(6 November 2025) – supported", "People Committee, 20/11/2025", "30th October 2025: Audit
Committee – noted", two entries on one line separated by ";" or one a line. The date is found
first, in any UK form (`dates.uk`); what comes before it is the forum (or, when the date
leads, what follows it), and what is left after the next separator is the outcome.
"""

from __future__ import annotations

import re

from coversheet.dates.uk import parse_uk_date
from coversheet.word.answers.values import without_bullets

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# A date inside a line of text, in the forms authors type.
_DATE_IN_TEXT = re.compile(
    rf"\b{_WEEKDAY}(?:\d{{1,2}}\s*(?:st|nd|rd|th)?\s+{_MONTHS}\.?,?\s+\d{{4}}"  # 30th October 2025
    rf"|\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})"  # 24/11/2025, 24.11.25
    rf"|\d{{4}}-\d{{1,2}}-\d{{1,2}}"  # 2025-11-24
    rf"|{_MONTHS}\.?\s+\d{{4}})\b",  # November 2025 (a month: CS403 says so)
    re.IGNORECASE,
)
_ENTRIES = re.compile(r"\s*;\s*|\s*\n+\s*")
_EDGES = " \t,;:.–—-()[]"


def holds_a_date(text: str) -> bool:
    """Does `text` give a date among its words ("Health & Wellbeing Board, 18 September 2025 – approved")?"""
    return bool(_DATE_IN_TEXT.search(text))


def dated_entry(entry: dict) -> dict:
    """A governance entry with its date as ISO: a day, or a month kept as YYYY-MM (rule CS403
    warns); a date that does not parse is kept as written, for the model to quote."""
    text = entry.get("date")
    if text:
        parsed = parse_uk_date(text)
        entry["date"] = parsed.isoformat() if parsed is not None else text  # the model quotes it
    return entry


def split_history(text: str | None) -> list[dict[str, str | None]]:
    """[{forum, date, outcome}] for each entry in `text` (the date as written; None where absent)."""
    # (each entry without the bullet typed before it: "• Audit and Risk Committee – 26/11/2026")
    lines = [line.strip() for line in _ENTRIES.split(without_bullets(text) or "") if line.strip(_EDGES)]
    return without_lead_in([_entry(line) for line in lines if not _instruction(line)])


def _instruction(line: str) -> bool:
    """"(committee or group, date and outcome)": the form's instruction in brackets, no entry."""
    return (line.startswith("(") and line.endswith(")") and line.count("(") == 1
            and not any(parse_uk_date(m.group()) for m in _DATE_IN_TEXT.finditer(line)))


def without_lead_in(entries: list[dict]) -> list[dict]:
    """`entries` without the form's lead-in over them ("This paper has been previously considered
    by the following groups as part of its development. ..."): undated, with no outcome, and too
    long for a forum's name or pointing to a list; kept when it is the only entry."""
    kept = [entry for entry in entries if not _unsaid(entry) or not (_long(entry) or _points_to_list(entry))]
    return kept or entries


def only_lead_in(entries: list[dict]) -> bool:
    """Is the history only the form's lead-in pointing to a list that is not there ("... by the
    following groups ...", no group under it): no answer?"""
    return bool(entries) and all(_unsaid(entry) and _long(entry) and _points_to_list(entry) for entry in entries)


def _unsaid(entry: dict) -> bool:
    """An entry with no date and no outcome: its forum alone."""
    return not entry.get("date") and not entry.get("outcome")


def _long(entry: dict) -> bool:
    return len((entry.get("forum") or "").split()) > _LONGEST_FORUM


def _points_to_list(entry: dict) -> bool:
    return bool(_POINTS_TO_LIST.search(entry.get("forum") or ""))


_POINTS_TO_LIST = re.compile(r"\b(?:the following|as follows|listed below|below)\b", re.IGNORECASE)


_LONGEST_FORUM = 15  # words: "Finance, Performance & Resources Committee (in private session)" is 8


# "5.<tab>The Community and Adult Services Scrutiny Committee considered …": the report's own
# paragraph number ("5.", "4.1", "(a)") is no part of the forum (a date's "12 January" is no number)
_PARAGRAPH_NUMBER = re.compile(r"^(?:\(?\d+[.)]\s*(?=\D)|\d+(?:\.\d+)+\s+(?=[A-Za-z])|\d+\t|\([a-z]\)\s+)")


def _entry(line: str) -> dict[str, str | None]:
    number = _PARAGRAPH_NUMBER.match(line)
    if number and parse_uk_date(number.group().strip()) is None:  # ("12.01.25 Finance Committee": a date)
        line = line[number.end():]
    dated = [m for m in _DATE_IN_TEXT.finditer(line) if parse_uk_date(m.group()) is not None]
    if not dated:
        forum, outcome = _forum_and_outcome(line)
        return {"forum": forum, "date": None, "outcome": outcome}
    found = dated[0]
    before = _clean(line[:found.start()])
    after = _clean(line[found.end():])
    prose = _prose(before, after)
    if prose is not None:
        return {"forum": prose[0], "date": found.group().strip(), "outcome": prose[1]}
    if before:
        # "Quality and Safety Committee on 18th December 2026": the little word before the date
        # is no part of the forum
        before = re.sub(r"\s+(?:on|held on|meeting on|dated)$", "", before, flags=re.IGNORECASE) or before
        which = _WHICH.match(after) if after else None  # "…, which supported it": "supported"
        return {"forum": before, "date": found.group().strip(), "outcome": (which.group("outcome") if which else after) or None}
    forum, outcome = _forum_and_outcome(after)  # "24/11/2025 – Finance Committee – noted"
    return {"forum": forum, "date": found.group().strip(), "outcome": outcome}


def _forum_and_outcome(text: str) -> tuple[str | None, str | None]:
    """"Finance Committee – supported": the forum, then after a dash or colon the outcome.

    Only a dash or a colon separates them: forums have commas of their own."""
    text = _clean(text)
    if not text:
        return None, None
    pieces = re.split(r"\s+[–—-]\s+|\s*[–—]\s*|\s*:\s+", text, maxsplit=1)
    if len(pieces) == 2 and pieces[0].strip() and pieces[1].strip():
        return _clean(pieces[0]) or None, _clean(pieces[1]) or None
    return text, None


def _clean(text: str) -> str:
    """The part without the separators around it; a closing full stop is the author's and stays."""
    text = text.lstrip(_EDGES).rstrip(_EDGES.replace(".", "").replace(")", ""))
    if text.endswith(")") and "(" not in text:  # "(discussion only)" cut at its opening bracket
        text = text[:-1].rstrip(_EDGES.replace(".", ""))
    elif text.endswith(").") and "(" not in text:  # "… (recommended for approval)." at the end of a line
        text = text[:-2].rstrip(_EDGES.replace(".", ""))
    # "(6 November 2025)" leaves its brackets behind: "Quality Committee (" -> "Quality Committee"
    return re.sub(r"\s*[(\[]\s*$", "", text).rstrip(_EDGES.replace(".", "").replace(")", ""))


_VERBS = r"(?:considered|discussed|reviewed|presented|received|scrutinised|seen|noted|endorsed|supported|approved|agreed|recommended)"
# "The draft Plan was considered by the Maidstone Partnership on", "… was presented at the … on"
_CONSIDERED_BY = re.compile(rf"\b{_VERBS}\s+(?:by|at)\s+(?:the\s+)?(?P<forum>.+?)\s+on$", re.IGNORECASE)
# "The West Kent Partnership Board endorsed the actions on"
_FORUM_DID = re.compile(rf"^(?:the\s+)?(?P<forum>.+?)\s+(?P<outcome>{_VERBS}\b.*?)\s+on$", re.IGNORECASE)
_WHICH = re.compile(r"^(?:which|who|where it was|and)\s+(?P<outcome>.+?)(?:\s+(?:it|them|this))?\.?$", re.IGNORECASE)


def _prose(before: str, after: str) -> tuple[str, str | None] | None:
    """(forum, outcome) of an entry written as a sentence ("The draft Plan was considered by
    the Maidstone Partnership on 21st September 2021, which supported it."); None otherwise."""
    if not re.search(r"\s(?:on)$", before, re.IGNORECASE):
        return None
    which = _WHICH.match(after) if after else None
    outcome = which.group("outcome") if which else (after or None)
    by = _CONSIDERED_BY.search(before)
    if by:
        return by.group("forum"), outcome
    did = _FORUM_DID.match(before)
    if did and len(did.group("forum").split()) <= 12:
        return did.group("forum"), did.group("outcome") if not outcome else f"{did.group('outcome')}; {outcome}"
    return None


def grid_history(grid: list[tuple[str, str]]) -> list[dict]:
    """The forums whose cell is filled: a date beside the forum, or "Other (specify)" with the
    forum and date written in."""
    entries: list[dict] = []
    for forum, value in grid:
        if not value:
            continue
        if parse_uk_date(value) is not None:
            entries.append(dated_entry({"forum": forum, "date": value, "outcome": None}))
        else:
            entries.extend(dated_entry(found) for found in split_history(value))
    return entries


def split_governance(entry: dict) -> list[dict]:
    """One cell of history as written ("Committee – 14 March 2024 – Supported; Executive team,
    12/02/2024"): each entry's forum, date and outcome (`history.split_history`)."""
    if entry.get("date") or entry.get("outcome") or not entry.get("forum"):
        return [entry]
    return [dated_entry(found) for found in split_history(entry["forum"])]
