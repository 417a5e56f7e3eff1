"""The JSON Schema of a draft says what `check` accepts, not only the canonical values.

The model stores one canonical value ("n/a") but reads many spellings ("N/A", "Not
applicable", `true`, an unquoted `7`). An editor that validates against a schema listing only
the canonical values marks valid drafts red, so each field's schema offers the canonical
value first (editors complete from it) and the other spellings after it, as documented
alternatives. The patterns are built from the same word lists the model reads with, and
written for both Python and JavaScript (ECMA-262) regular expressions, which editors use:
no inline flags, so "any case" is spelt out letter by letter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# What `_squash` in coversheet.model.answers turns into one space.
SEPARATORS = r"[\s._/-]"
NULL = {"type": "null"}


def any_case(word: str) -> str:
    """`[Nn][Oo]`: `word` in any case; a space stands for any run of separators."""
    parts = []
    for char in word:
        if char == " ":
            parts.append(SEPARATORS + "+")
        elif char.isalpha():
            parts.append(f"[{char.upper()}{char.lower()}]")
        else:
            parts.append("\\" + char if char in r".^$*+?()[]{}|\\" else char)
    return "".join(parts)


def words_pattern(words: Iterable[str], prefix: str = "", blank: bool = False) -> str:
    """A pattern for `words` in any case, with separators around them as `_squash` allows."""
    choices = "|".join(any_case(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    core = f"{SEPARATORS}*{prefix}(?:{choices}){SEPARATORS}*"
    return f"^(?:{core}|\\s*)$" if blank else f"^{core}$"


@dataclass(frozen=True)
class AlsoAccepts:
    """Annotated metadata: after the canonical schema, these alternatives (null stays last)."""

    alternatives: tuple[dict[str, Any], ...]

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        branches = _branches(handler(core_schema))
        kept = [b for b in branches if b != NULL]
        nulls = [b for b in branches if b == NULL]
        return {"anyOf": [*kept, *self.alternatives, *nulls]}


@dataclass(frozen=True)
class BlankRows:
    """Annotated metadata on a list: a blank row (`- ` with nothing after it) is no entry.

    The model drops blank rows left from a template, so the schema lets an item be null.
    """

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema = handler(core_schema)
        for branch in _branches(schema):
            if branch.get("type") == "array" and "items" in branch:
                items = [b for b in _branches(branch["items"]) if b != NULL]
                branch["items"] = {"anyOf": [*items, NULL]}
        return schema


def _branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    if set(schema) == {"anyOf"}:
        return list(schema["anyOf"])
    return [schema]


NUMBER_AS_TEXT = {"type": "number", "description": 'A number is read as its text: 7 is "7".'}
BLANK = {"type": "string", "pattern": r"^\s*$", "description": "Blank: not answered."}
