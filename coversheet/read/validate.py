"""Raw draft data -> a CoverSheet, with every value the model refuses noted as a reading problem.

A refused value is reported (unknown key, invalid value) and then dropped, so the rest of the
sheet is still validated and checked: one mistyped date never hides the other problems.
"""

from __future__ import annotations

import copy
import difflib
import re
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from coversheet.config import BoardConfig
from coversheet.model import CoverSheet, Implications
from coversheet.model.raw import Noticed, RawDraft, ReadingProblem

_STANDARD_IMPLICATIONS = set(Implications.model_fields)
_MAX_ROUNDS = 8


def validate(raw: RawDraft, config: BoardConfig) -> tuple[CoverSheet, list[Noticed]]:
    """The sheet the model accepts, and what was refused (the reader's own notes not included)."""
    data = _without_surrogates(raw.data)
    copied = False
    findings: list[Noticed] = []
    for _ in range(_MAX_ROUNDS):
        try:
            sheet = CoverSheet.model_validate(data)
            break
        except ValidationError as exc:
            if not copied:  # refused values are dropped from a copy, never from the input
                data, copied = copy.deepcopy(data), True
            seen: set[tuple] = set()
            for error in exc.errors():
                loc = tuple(part for part in error["loc"] if isinstance(part, (str, int)))
                if loc in seen:
                    continue
                seen.add(loc)
                findings.append(_finding(error, loc, raw))
                _drop(data, loc)
    else:  # pragma: no cover - each round drops at least one value, so this is a safeguard
        sheet = CoverSheet()
    findings.extend(_unknown_implications(sheet, config, raw))
    return sheet, findings


_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(data):
    """`data` with each lone surrogate (a JSON or YAML "\\ud800" escape, not a character) made
    U+FFFD, the replacement character: the model, its messages and every report can then
    encode the text. Returns `data` itself when there is none (the usual case)."""
    if isinstance(data, str):
        return _SURROGATE.sub("\ufffd", data) if _SURROGATE.search(data) else data
    if isinstance(data, dict):
        cleaned = {_without_surrogates(k): _without_surrogates(v) for k, v in data.items()}
        return data if all(a is b for a, b in zip(cleaned.values(), data.values())) and list(cleaned) == list(data) else cleaned
    if isinstance(data, list):
        cleaned = [_without_surrogates(item) for item in data]
        return data if all(a is b for a, b in zip(cleaned, data)) else cleaned
    return data


def _finding(error: dict, loc: tuple, raw: RawDraft) -> Noticed:
    path = ".".join(str(part) for part in loc)
    if error["type"] == "extra_forbidden":
        key = str(loc[-1])
        known = _known_keys(loc[:-1])
        guess = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        where = f" in {'.'.join(map(str, loc[:-1]))}" if len(loc) > 1 else ""
        suggestion = f"; did you mean `{guess[0]}`?" if guess else ""
        return _make(ReadingProblem.UNKNOWN_KEY, path, raw, f"Unknown key '{key}'{where}{suggestion}")
    return _make(ReadingProblem.INVALID_VALUE, path, raw, f"{path}: {_describe(error)}")


def _describe(error: dict) -> str:
    value = error.get("input")
    kind = error["type"]
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{_show(value)} is not one of {expected.replace(chr(39), '')}"
    expected = {
        "string_type": "text",
        "list_type": "a list",
        "model_type": "a mapping of keys",
        "model_attributes_type": "a mapping of keys",
        "dict_type": "a mapping of keys",
        "bool_parsing": "yes or no",
        "bool_type": "yes or no",
    }.get(kind)
    if expected:
        return f"expected {expected}, got {_show(value)}"
    return error["msg"]


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) < 60 else text[:57] + "…'"


def _make(kind: ReadingProblem, path: str, raw: RawDraft, message: str) -> Noticed:
    return Noticed(kind, message, path or None, raw.line_of(path))


def _drop(data: Any, loc: tuple) -> None:
    """Remove the refused value so that validation can go on with the rest."""
    parent = data
    for part in loc[:-1]:
        try:
            parent = parent[part]
        except (KeyError, IndexError, TypeError):
            return
    last = loc[-1] if loc else None
    if isinstance(parent, dict) and last in parent:
        del parent[last]
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        del parent[last]
    elif not loc:
        data.clear()


def _known_keys(loc: tuple) -> list[str]:
    model: type[BaseModel] = CoverSheet
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return []
        found = _model_in(field.annotation)
        if found is None:
            return []
        model = found
    return list(model.model_fields)


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _unknown_implications(sheet: CoverSheet, config: BoardConfig, raw: RawDraft) -> list[Noticed]:
    if sheet.implications is None:
        return []
    allowed = sorted(_STANDARD_IMPLICATIONS | set(config.implications))
    findings = []
    for key in sheet.implications.model_extra or {}:
        if key not in config.implications:
            guess = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            suggestion = f"; did you mean `{guess[0]}`?" if guess else " (the board can add it under `implications` in coversheet.toml)"
            findings.append(
                _make(ReadingProblem.UNKNOWN_KEY, f"implications.{key}", raw, f"Unknown implication '{key}'{suggestion}")
            )
    return findings
