"""A reference as a board writes it: "BAF 2.1 – Elective recovery" -> id and description.

The board's own `references` questions hold a list of `{id, description}` (the shape of
`risks.references`); the board's `pattern` says what an id looks like. A reference typed as
one line (in a Word control, or as a plain string in a draft) is split here: the id is the
start of the line that fits the pattern (or, without one, what comes before the first dash
or colon), the description the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_SEPARATOR = r"\s*(?:[:–—]|\s-|\.\s|\))?\s*"
_PLAIN = re.compile(r"^(?P<id>.+?)(?:\s+[–—-]\s+|\s*:\s+)(?P<description>.+)$")


@lru_cache(maxsize=64)
def reference_regex(pattern: str | None) -> re.Pattern | None:
    """The board's id pattern as the start of "ID – description"; None without a pattern."""
    if not pattern:
        return None
    body = pattern.removeprefix("^").removesuffix("$")
    return re.compile(rf"^(?P<id>{body})(?:{_SEPARATOR}(?P<description>.*))?$")


def split_reference(text: str, pattern: str | None = None) -> dict[str, str | None]:
    """{"id", "description"} of one reference written as a line."""
    text = " ".join(text.split())
    regex = reference_regex(pattern)
    match = (regex.match(text) if regex else None) or _PLAIN.match(text)
    if match is None:
        return {"id": text or None, "description": None}
    description = (match.group("description") or "").strip(" –—-:") or None
    return {"id": match.group("id").strip() or None, "description": description}


def as_references(value: Any, pattern: str | None = None) -> Any:
    """A draft's or a Word control's references as a list of {id, description}: a list item
    may be a mapping already or a line of text; a text of several lines is one a line."""
    if isinstance(value, str):
        value = [line for line in value.splitlines() if line.strip()] or None
    if isinstance(value, list):
        items = [split_reference(item, pattern) if isinstance(item, str) else item for item in value]
        kept = [item for item in items if not _blank(item)]
        return kept if kept or not items else None  # a new draft's empty "- id:" is no answer
    return value


def _blank(item: Any) -> bool:
    return isinstance(item, dict) and not any(str(v).strip() for v in item.values() if v is not None)


def show_reference(item: Any) -> str:
    """One reference as a line: "BAF 2.1 – Elective recovery" (or the id alone)."""
    if isinstance(item, dict):
        parts = [item.get("id"), item.get("description")]
        return " – ".join(str(part) for part in parts if part)
    return str(item)
