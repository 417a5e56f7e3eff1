"""Working days in England and Wales: when a paper for a meeting is due.

Bank holidays come from the `holidays` package. The years a board will ask about are
read from a table that package wrote (data/bank-holidays.txt, made by
tools/build_bank_holidays.py and compared with the installed package by the tests),
because importing `holidays` loads every country it knows: about 0.17 s on each
`check`, for a few dozen dates. A year outside the table is asked of `holidays` itself.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from coversheet.resources import data_path

TABLE = "bank-holidays.txt"


@lru_cache(maxsize=1)
def _table() -> tuple[range, dict[int, frozenset[dt.date]]]:
    """The years the shipped table covers, and each year's bank holidays."""
    by_year: dict[int, set[dt.date]] = {}
    years = range(0)
    for line in data_path(TABLE).read_text(encoding="utf-8").splitlines():
        if line.startswith("# years "):
            first, last = line.removeprefix("# years ").split("-")
            years = range(int(first), int(last) + 1)
        elif line and not line.startswith("#"):
            day = dt.date.fromisoformat(line[:10])
            by_year.setdefault(day.year, set()).add(day)
    return years, {year: frozenset(by_year.get(year, ())) for year in years}


@lru_cache(maxsize=16)
def bank_holidays(year: int) -> frozenset[dt.date]:
    """England and Wales bank holidays in `year` (a Saturday New Year's Day included)."""
    years, table = _table()
    if year in years:
        return table[year]
    import holidays

    # England and Wales share their bank holidays; the package files them under "ENG".
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def deadline_for(meeting: dt.date, working_days: int) -> dt.date:
    """The last day a paper is on time: `working_days` working days before the meeting."""
    day = meeting
    remaining = working_days
    while remaining > 0:
        if day == dt.date.min:  # a meeting in year 1 (a typo, reported as implausible elsewhere)
            return day
        day -= dt.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day
