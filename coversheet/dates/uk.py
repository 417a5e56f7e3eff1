"""Dates as people in the NHS type them: day first, UK style, sometimes only a month.

"2nd December 2020", "2 nd December 2020", "02.12.2020", "13/11/20" are all full dates;
"December 2020" and "Nov-2020" name a month, which is not a meeting date (the model and the
rules treat the two differently), so the difference is kept rather than guessed away.

The forms almost every sheet uses ("2 December 2020", "02/12/2020", "13/11/20", "2020-12-02",
"December 2020", "Nov-2020") are read by one regular expression each; anything else goes to
python-dateutil, imported only then (it is slow to import and to call), which decides what
counts as a full date for the rest. The fast forms give exactly what dateutil gives.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from functools import lru_cache
from typing import NamedTuple

# "2nd", "2 nd", "2<sup>nd</sup>" (already flattened to "2nd") -> "2"
_ORDINAL = re.compile(r"\b(\d{1,2})\s*(st|nd|rd|th)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\([^)]*\)")  # "18 November 2020 (virtual)"
_DIGIT = re.compile(r"\d")
# "Thursday 18 February 2027, 2.00pm", "… at 10.30", "… 2pm": the meeting's time after its date
_TIME_AFTER = re.compile(r"[,\s]+(?:at\s+)?\d{1,2}(?:[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))\s*$",
                         re.IGNORECASE)
_YEAR_FIRST_TEXT = re.compile(r"\d{4}\b")
# Two defaults that differ in every part: whatever differs between the two parses was not
# in the text. Day 28 exists in every month, so no default day can overflow.
_DEFAULT_A = dt.datetime(2001, 1, 1)
_DEFAULT_B = dt.datetime(2002, 2, 28)

# dateutil's month names (parserinfo.MONTHS), matched without regard to case as it does.
_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
         ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_DAY_MONTH_YEAR = re.compile(rf"(?P<day>\d{{1,2}}) {_MONTH} (?P<year>\d{{4}})", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"{_MONTH}[ -](?P<year>\d{{4}})", re.IGNORECASE)
_NUMERIC = re.compile(r"(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})")
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_FAST_YEARS = range(1900, 2200)  # outside it (and for any impossible date) dateutil decides


class Month(NamedTuple):
    """A month without a day: "December 2020"."""

    year: int
    month: int

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@lru_cache(maxsize=1024)  # the same few dates recur across a board's papers
def parse_uk_date(text: str) -> dt.date | Month | None:
    """The date `text` names (day first), a `Month` when it gives no day, or None.

    None also when the year is missing ("2 December") or the text is not a date at all:
    a reader must not invent what the author did not write.
    """
    cleaned = _ORDINAL.sub(r"\1", " ".join(_TIME_AFTER.sub("", _ASIDE.sub(" ", text)).split())).strip(" ,.")
    if not cleaned or not _DIGIT.search(cleaned):
        return None
    fast = _fast(cleaned)
    if fast is not None:
        return fast
    return _with_dateutil(cleaned)


def _fast(cleaned: str) -> dt.date | Month | None:
    """The common forms, or None to leave the text to dateutil."""
    day = month = year = None
    if match := _DAY_MONTH_YEAR.fullmatch(cleaned):
        day, month, year = int(match["day"]), _MONTHS[match["month"].lower()], int(match["year"])
    elif match := _NUMERIC.fullmatch(cleaned):
        day, month, year = int(match["day"]), int(match["month"]), match["year"]
        year = int(year) if len(year) == 4 else _two_digit_year(int(year))
    elif match := _ISO.fullmatch(cleaned):
        day, month, year = int(match["day"]), int(match["month"]), int(match["year"])
    elif match := _MONTH_YEAR.fullmatch(cleaned):
        year = int(match["year"])
        return Month(year, _MONTHS[match["month"].lower()]) if year in _FAST_YEARS else None
    if year is None or year not in _FAST_YEARS or not 1 <= month <= 12:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # "31/02/2020": dateutil refuses it its own way


@lru_cache(maxsize=1)
def _this_year() -> int:
    return time.localtime().tm_year  # as dateutil's parserinfo takes it


def _two_digit_year(year: int) -> int:
    """dateutil's rule: the year within 50 years either side of this one."""
    this_year = _this_year()
    year += this_year // 100 * 100
    if year >= this_year + 50:
        year -= 100
    elif year < this_year - 50:
        year += 100
    return year


@lru_cache(maxsize=1)
def _dateutil():
    from dateutil import parser

    return parser, parser.parserinfo(dayfirst=True), parser.parserinfo(yearfirst=True)  # "2020-12-02" is ISO


def _with_dateutil(cleaned: str) -> dt.date | Month | None:
    parser, uk, year_first = _dateutil()
    info = year_first if _YEAR_FIRST_TEXT.match(cleaned) else uk
    try:
        first = parser.parse(cleaned, parserinfo=info, default=_DEFAULT_A)
        second = parser.parse(cleaned, parserinfo=info, default=_DEFAULT_B)
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


# --- writing dates the way UK boards do -----------------------------------------------------


def long_date(day: dt.date) -> str:
    """ "Wednesday 2 December 2020": how a UK board writes a date in a letter or an agenda."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def uk_date(value: dt.date | str) -> str:
    """ "2 December 2020" on a cover sheet; a month alone ("2020-11") is "November 2020"."""
    if isinstance(value, str):
        return dt.date.fromisoformat(f"{value}-01").strftime("%B %Y")
    return f"{value.day} {value.strftime('%B %Y')}"
