"""Bank holidays: the shipped table is what `holidays` says, and years outside it still work."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from coversheet.dates import working_days as calendar


def _from_package(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def test_the_table_matches_the_installed_holidays_package_for_every_year_it_covers() -> None:
    years, _ = calendar._table()
    stale = [year for year in years if calendar.bank_holidays(year) != _from_package(year)]
    assert not stale, f"data/bank-holidays.txt differs from holidays for {stale}: run `make data`"


def test_the_table_reaches_well_beyond_this_year() -> None:
    years, _ = calendar._table()
    assert years.start <= 2015 and years.stop > dt.date.today().year + 10, "extend tools/build_bank_holidays.py"


@pytest.mark.parametrize("year", [1990, 2060])
def test_a_year_outside_the_table_is_asked_of_the_package(year: int) -> None:
    assert calendar.bank_holidays(year) == _from_package(year)
    assert dt.date(year, 12, 25) in calendar.bank_holidays(year)


def test_special_bank_holidays_count() -> None:
    # The coronation of 2023 (Monday 8 May) moved a deadline back a day: five working days
    # before Wednesday 10 May are 9, 5, 4, 3 and 2 May, not 9, 8, 5, 4 and 3.
    assert not calendar.is_working_day(dt.date(2023, 5, 8))
    assert calendar.deadline_for(dt.date(2023, 5, 10), 5) == dt.date(2023, 5, 2)
