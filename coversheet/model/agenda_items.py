"""Agenda-item order: "9" < "9.1" < "10" < "12" < "12b", in one place.

Agenda items are strings that people number by hand ("9.1", "12b", "Item 7"), so a plain
string sort puts "10" before "9". Every listing sorted by agenda item (the HTML and CSV
reports, the agenda itself) uses `agenda_key` so they always agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

_PREFIX = re.compile(r"^\s*(agenda\s+)?item\s*(no\.?)?\s*", re.IGNORECASE)
_PART = re.compile(r"\d+|[^\W\d_]+")

T = TypeVar("T")


def agenda_key(item: str | None) -> tuple:
    """A sort key for an agenda item; papers with no item sort after every numbered one.

    Numbers compare as numbers and letters as (case-folded) text, part by part, so "9"
    (one part) comes before "9.1" (two parts) and "12" before "12b". A number sorts before
    a letter in the same position, keeping "12.1" next to "12" rather than after "12b".
    """
    if item is None or not item.strip():
        return (1, ())
    text = _PREFIX.sub("", item)
    return (0, tuple(_part_key(part) for part in _PART.findall(text)), item.strip())


def _part_key(part: str) -> tuple:
    # A number compares by its length without leading zeros, then its digits: numeric order
    # for any length (int() refuses over 4,300 digits) and for ASCII digits only ("²" is text).
    if part.isascii() and part.isdigit():
        digits = part.lstrip("0")
        return (0, (len(digits), digits), "")
    return (1, (0, ""), part.casefold())


def results_in_agenda_order(results: Iterable[T]) -> list[T]:
    """Check results in agenda-item order, then by path (as the HTML and CSV reports list them)."""
    return sorted_by_agenda_item(results, lambda r: r.agenda_item, lambda r: r.path.as_posix())


def sorted_by_agenda_item(things: Iterable[T], item_of, tiebreak=str) -> list[T]:
    """`things` in agenda-item order; `item_of(thing)` gives its item, `tiebreak` the rest."""
    return sorted(things, key=lambda thing: (agenda_key(item_of(thing)), tiebreak(thing)))
