"""Dates as people in the NHS type them: day first, UK style, sometimes only a month.

"2nd December 2020", "2 nd December 2020", "02.12.2020", "13/11/20" are all full dates;
"December 2020" and "Nov-2020" name a month, which is not a meeting date (the model and the
rules treat the two differently), so the difference is kept rather than guessed away.
python-dateutil does the parsing; this module only decides what counts as a full date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from dateutil import parser as _dateutil

# "2nd", "2 nd", "2<sup>nd</sup>" (already flattened to "2nd") -> "2"
_ORDINAL = re.compile(r"\b(\d{1,2})\s*(st|nd|rd|th)\b", re.IGNORECASE)
_UK = _dateutil.parserinfo(dayfirst=True)
_YEAR_FIRST = _dateutil.parserinfo(yearfirst=True)  # "2020-12-02" is ISO, whatever the locale
_ASIDE = re.compile(r"\([^)]*\)")  # "18 November 2020 (virtual)"
# Two defaults that differ in every part: whatever differs between the two parses was not
# in the text. Day 28 exists in every month, so no default day can overflow.
_DEFAULT_A = dt.datetime(2001, 1, 1)
_DEFAULT_B = dt.datetime(2002, 2, 28)


class Month(NamedTuple):
    """A month without a day: "December 2020"."""

    year: int
    month: int

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def parse_uk_date(text: str) -> dt.date | Month | None:
    """The date `text` names (day first), a `Month` when it gives no day, or None.

    None also when the year is missing ("2 December") or the text is not a date at all:
    a reader must not invent what the author did not write.
    """
    cleaned = _ORDINAL.sub(r"\1", " ".join(_ASIDE.sub(" ", text).split())).strip(" ,.")
    if not cleaned or not re.search(r"\d", cleaned):
        return None
    info = _YEAR_FIRST if re.match(r"\d{4}\b", cleaned) else _UK
    try:
        first = _dateutil.parse(cleaned, parserinfo=info, default=_DEFAULT_A)
        second = _dateutil.parse(cleaned, parserinfo=info, default=_DEFAULT_B)
    except (ValueError, OverflowError):
        return None
    if first.year != second.year or first.month != second.month:
        return None
    if first.day != second.day:
        return Month(first.year, first.month)
    return first.date()


def iso(value: dt.date | Month) -> str:
    """ISO text for a date ("2020-12-02") or a month ("2020-12")."""
    return value.isoformat()
