"""A date question's answer: the cell that holds the date, and the date as ISO."""

from __future__ import annotations

import re

from coversheet.dates.uk import Month, parse_uk_date
from coversheet.word.layout.cells import Cell

_DAY = type(parse_uk_date("1 January 2020"))
_DATED_LINE = re.compile(
    r"^(.*\S)\s*(?:[–—-]|,|\s(?i:on))\s*((?:\w+day,?\s+)?\d{1,2}(?i:st|nd|rd|th)?\s+\w+,?\s+\d{4})$"
    # "Audit Committee 4.12.25": a date in figures after the name, no dash between
    r"|^(.*[^\W\d])\s+(\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4}))$")
# "HEALTH OVERVIEW AND SCRUTINY COMMITTEE: 20 JANUARY 2027" on a header line a profile places
_COLON_DATED_LINE = re.compile(r"^([^:]*\S)\s*:\s*((?:\w+day,?\s+)?\d{1,2}(?i:st|nd|rd|th)?\s+\w+,?\s+\d{4})$")


def dated_line(text: str, *, placed: bool = False) -> tuple[str, str] | None:
    """("Health Select Commission", "29 January 2026") of "Health Select Commission – 29 January
    2026": a meeting's name with its date after a dash, a comma or "on" ("… HELD IN PUBLIC ON 31
    MARCH 2026"), or a date in figures after a space ("Audit Committee 4.12.25"); None for any
    other text. On a header line the profile places (`placed`), the date may follow a colon too:
    elsewhere "Date Issued: 9 December 2025" is a label and its answer."""
    text = " ".join(text.split())
    found = _DATED_LINE.match(text) or (_COLON_DATED_LINE.match(text) if placed else None)
    if found is None:
        return None
    name, day = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    if not isinstance(parse_uk_date(day), _DAY):
        return None
    return name.strip(), day


def date_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """"BoD 26.11.25" then "26th November 2025" under the meeting's name: the date is the cell
    that reads as one, when the first does not."""
    texts = [cell for row in rows for cell in row if cell.text]
    if len(texts) == 1 and not isinstance(parse_uk_date(texts[0].text), _DAY) and (named := dated_line(texts[0].text)):
        # "Health Select Commission – 29 January 2026": the meeting's name, then its date
        return [[Cell(texts[0].element, named[1], texts[0].column)]]
    if len(texts) < 2 or isinstance(parse_uk_date(texts[0].text), _DAY):
        return rows
    dated = next((cell for cell in texts if isinstance(parse_uk_date(cell.text), _DAY)), None)
    return [[dated]] if dated is not None else rows


def date_value(text: str | None) -> str | None:
    """A day as ISO ("2025-11-26"); a month, or text that is no date, kept as written."""
    if text is None:
        return None
    parsed = parse_uk_date(text)
    if parsed is None and (named := dated_line(text)) is not None:
        parsed = parse_uk_date(named[1])  # "Health Select Commission – 29 January 2026": the meeting's date
    if parsed is None or isinstance(parsed, Month):
        return text
    return parsed.isoformat()
