"""A sheet's strings, walked once per check, and text shortened for messages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from coversheet.model import CoverSheet

# A word as the limits count them (CS202's summary, CS602's sentences): "£8.2m", "1,200",
# "don't" and "co-design" are one word each.
_WORD = re.compile(r"\w+(?:['’.,-]\w+)*")


def word_count(text: str) -> int:
    """How many words `text` has, counted as every rule counts them."""
    return len(_WORD.findall(text))


def walk_text(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a sheet (or part of one) with its dotted draft path."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json", exclude_none=True)
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from walk_text(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk_text(item, f"{path}.{index}" if path else str(index))


def sheet_texts(sheet: CoverSheet) -> tuple[tuple[str, str], ...]:
    """Every string of `sheet` with its dotted path, as it is now."""
    return tuple(walk_text(sheet))


def texts_of(sheet: CoverSheet, ctx) -> tuple[tuple[str, str], ...]:
    """The sheet's strings: walked once by `run_rules` for all the rules that read them
    (dumping a sheet for each such rule was a fifth of the rules' time), or walked now for a
    rule called on its own. Never cached between calls, so a changed sheet is seen anew."""
    return ctx.texts if ctx.texts is not None else sheet_texts(sheet)


def quote(text: str, limit: int = 40) -> str:
    """Text shortened for a message, in quotes."""
    text = " ".join(text.split())
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1].rstrip()}…'"
