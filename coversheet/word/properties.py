"""A Word document's core properties (title, subject, author, language), set in one way.

Screen readers announce the title and search tools index the subject (the accessibility
regulations ask for both). Word and python-docx hold at most 255 characters in each of these
fields, while a paper's title or a board's name may be longer: a longer value is cut, with
an ellipsis, rather than refused.
"""

from __future__ import annotations

from typing import Any

MAX_LENGTH = 255
LANGUAGE = "en-GB"  # every document coversheet writes is in British English


def fitted(text: str) -> str:
    """`text` as a core property holds it: cut to 255 characters, with an ellipsis when cut."""
    return text if len(text) <= MAX_LENGTH else text[: MAX_LENGTH - 1] + "…"


def describe(properties: Any, *, title: str | None = None, subject: str | None = None, author: str | None = None,
             language: str | None = LANGUAGE) -> None:
    """Set the given fields of `properties` (python-docx's `CoreProperties`), each fitted."""
    for name, value in (("title", title), ("subject", subject), ("author", author), ("language", language)):
        if value is not None:
            setattr(properties, name, fitted(value))
