"""Day-first UK dates, and months that are not dates (coversheet.dates.uk)."""

import datetime as dt

import pytest

from coversheet.dates.uk import Month, parse_uk_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2nd December 2020", dt.date(2020, 12, 2)),
        ("2 nd December 2020", dt.date(2020, 12, 2)),  # a superscript flattened with a space
        ("2 December 2020", dt.date(2020, 12, 2)),
        ("Wednesday 2nd December 2020", dt.date(2020, 12, 2)),
        ("02.12.2020", dt.date(2020, 12, 2)),
        ("13/11/20", dt.date(2020, 11, 13)),
        ("09/11/20", dt.date(2020, 11, 9)),  # day first: 9 November, not 11 September
        ("1/2/2021", dt.date(2021, 2, 1)),
        ("2020-12-02", dt.date(2020, 12, 2)),  # ISO stays ISO
        ("18 November 2020 (virtual)", dt.date(2020, 11, 18)),
        # the meeting's time after its date
        ("Thursday 18 February 2027, 2.00pm", dt.date(2027, 2, 18)),
        ("18 February 2027 at 10.30", dt.date(2027, 2, 18)),
        ("3 March 26 2pm", dt.date(2026, 3, 3)),
        ("3 March 26", dt.date(2026, 3, 3)),  # (a two-figure year is no time)
    ],
)
def test_full_dates_read_day_first(text, expected):
    assert parse_uk_date(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("December 2020", Month(2020, 12)), ("Nov-2020", Month(2020, 11)), ("2020-11", Month(2020, 11))],
)
def test_a_month_is_kept_apart_from_a_date(text, expected):
    found = parse_uk_date(text)
    assert found == expected and isinstance(found, Month)
    assert found.isoformat() == f"{expected.year}-{expected.month:02d}"


@pytest.mark.parametrize("text", ["", "TBC", "2 December", "31/02/2020", "12", "next Tuesday"])
def test_what_is_no_date_is_none(text):
    assert parse_uk_date(text) is None
