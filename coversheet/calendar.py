"""Working days in England and Wales: when a paper for a meeting is due."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=16)
def _bank_holidays(year: int) -> frozenset[dt.date]:
    import holidays

    # England and Wales share their bank holidays; the package files them under "ENG".
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def deadline_for(meeting: dt.date, working_days: int) -> dt.date:
    """The last day a paper is on time: `working_days` working days before the meeting."""
    day = meeting
    remaining = working_days
    while remaining > 0:
        day -= dt.timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day
