"""Reusable field types: trimmed text, ISO dates, and the month a governance entry may keep."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from coversheet.model.spellings import BLANK, NUMBER_AS_TEXT, AlsoAccepts

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


_INVISIBLE = re.compile(r"[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*")


def _blank_to_none(value: Any) -> Any:
    """An empty or whitespace-only string is no answer at all, like an absent key."""
    if isinstance(value, str):
        # One line-ending convention, so that text read back from Word equals what was written.
        value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
        # Text of nothing but invisible characters (zero-width spaces, joiners, byte-order
        # marks) looks blank on the page, so it is no answer either.
        return value if value and not _INVISIBLE.fullmatch(value) else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # `agenda_item: 10` unquoted is a number in YAML; it still names agenda item "10".
        return str(value)
    return value


def _iso_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date) or value is None:
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if _ISO_DATE.match(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                raise PydanticCustomError(
                    "impossible_date", "'{value}' is not a day of the calendar", {"value": text}
                ) from None
        if _ISO_MONTH.match(text):
            raise PydanticCustomError(
                "month_only_date",
                "'{value}' is a month, not a full date: give the day as YYYY-MM-DD",
                {"value": text},
            )
    raise PydanticCustomError(
        "date_not_iso",
        "'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2020-12-02",
        {"value": value},
    )


def _iso_date_or_month(value: Any) -> Any:
    if isinstance(value, str) and _ISO_MONTH.match(value.strip()):
        return value.strip()
    return _iso_date(value)


# The validators sit on the whole optional type, so that a blank becomes None (not answered)
# instead of failing the str or date branch of the union.
# The schema says what the validators accept: numbers as text, and a blank for "not answered".
_TEXT = AlsoAccepts((NUMBER_AS_TEXT,))
_BLANK = AlsoAccepts((BLANK,))
# "format": "date" is only an annotation to many validators; the pattern makes them check it.
IsoDate = Annotated[
    dt.date, WithJsonSchema({"type": "string", "format": "date", "pattern": _ISO_DATE.pattern})
]

Text = Annotated[str, BeforeValidator(_blank_to_none), _TEXT]
OptionalText = Annotated[str | None, BeforeValidator(_blank_to_none), _TEXT]
OptionalDate = Annotated[IsoDate | None, BeforeValidator(_iso_date), _BLANK]
YearMonth = Annotated[
    str,
    Field(pattern=_ISO_MONTH.pattern, description="A month only (YYYY-MM), when no day is known"),
]
OptionalDateOrMonth = Annotated[IsoDate | YearMonth | None, BeforeValidator(_iso_date_or_month), _BLANK]
