"""Regular expressions a board writes in its settings (risk references, its own references)."""

from __future__ import annotations

import re


def checked_pattern(value: str | None) -> str | None:
    """`value` when it compiles as a regular expression; a ValueError saying why when not."""
    if value is not None:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"'{value}' is not a valid regular expression: {exc}") from None
    return value
