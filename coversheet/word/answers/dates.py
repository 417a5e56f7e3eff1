"""A date question's answer: the cell that holds the date, and the date as ISO."""

from __future__ import annotations

from coversheet.dates.uk import Month, parse_uk_date
from coversheet.word.layout.cells import Cell

_DAY = type(parse_uk_date("1 January 2020"))


def date_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """"BoD 26.11.25" then "26th November 2025" under the meeting's name: the date is the cell
    that reads as one, when the first does not."""
    texts = [cell for row in rows for cell in row if cell.text]
    if len(texts) < 2 or isinstance(parse_uk_date(texts[0].text), _DAY):
        return rows
    dated = next((cell for cell in texts if isinstance(parse_uk_date(cell.text), _DAY)), None)
    return [[dated]] if dated is not None else rows


def date_value(text: str | None) -> str | None:
    """A day as ISO ("2025-11-26"); a month, or text that is no date, kept as written."""
    if text is None:
        return None
    parsed = parse_uk_date(text)
    if parsed is None or isinstance(parsed, Month):
        return text
    return parsed.isoformat()
