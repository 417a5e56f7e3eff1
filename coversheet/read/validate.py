"""Raw draft data -> a CoverSheet, with every value the model refuses noted as a reading problem.

A refused value is reported (unknown key, invalid value) and then dropped, so the rest of the
sheet is still validated and checked: one mistyped date never hides the other problems.
"""

from __future__ import annotations

import copy
import difflib
import re
import typing
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from coversheet.config import BoardConfig
from coversheet.config.kinds import OWN_QUESTIONS_KEY
from coversheet.model import CoverSheet, Implications
from coversheet.model.raw import Noticed, RawDraft, ReadingProblem

if TYPE_CHECKING:
    from coversheet.config.profile import Profile

_STANDARD_IMPLICATIONS = set(Implications.model_fields)
_MAX_ROUNDS = 8


def validate(raw: RawDraft, config: BoardConfig) -> tuple[CoverSheet, list[Noticed]]:
    """The sheet the model accepts, and what was refused (the reader's own notes not included)."""
    data = _without_surrogates(raw.data)
    copied = False
    findings: list[Noticed] = []
    profile = config.custom_profile
    model: type[BaseModel] = CoverSheet
    if profile is not None:  # the board's own sheet; the default never loads the profile code
        from coversheet.config.sheet_model import sheet_model

        model = sheet_model(profile)
        data = _without_unasked(data, profile, raw, findings)
        data = _with_board_purposes(data, profile)
    for _ in range(_MAX_ROUNDS):
        try:
            sheet = model.model_validate(data)
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
                findings.append(_finding(error, loc, raw, model, profile))
                _drop(data, loc)
    else:  # pragma: no cover - each round drops at least one value, so this is a safeguard
        sheet = model()
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


def _with_board_purposes(data: Any, profile: Profile) -> Any:
    """`data` with the board's own words for purposes ("To approve", as its `[purposes]` and the
    draft's comment give them) in `purpose.categories` read as the categories they stand for.
    Returns `data` itself when there is nothing to change (never changes the input)."""
    purpose = data.get("purpose") if isinstance(data, dict) else None
    categories = purpose.get("categories") if isinstance(purpose, dict) else None
    if not isinstance(categories, list) or not profile.purposes:
        return data
    words = {" ".join(word.split()).casefold(): category.value for word, category in profile.purposes.items()}
    read = [words.get(" ".join(c.split()).casefold(), c) if isinstance(c, str) else c for c in categories]
    if read == categories:
        return data
    return {**data, "purpose": {**purpose, "categories": read}}


def _without_unasked(data: Any, profile: Profile, raw: RawDraft, findings: list[Noticed]) -> Any:
    """The draft without answers to standard questions the board does not ask (each a CS002)."""
    if not isinstance(data, dict):
        return data
    kept = dict(data)
    implications = kept.get("implications")
    for name in profile.unasked:
        head, _, rest = name.partition(".")
        holder, key = (implications, rest) if rest else (kept, head)
        if isinstance(holder, dict) and key in holder:
            quietly = holder[key] is None  # a blank key (as extract or an old draft writes) answers nothing
            if rest:
                implications = kept["implications"] = {k: v for k, v in implications.items() if k != rest}
            else:
                del kept[head]
            if not quietly:
                findings.append(_make(ReadingProblem.UNKNOWN_KEY, name, raw, _not_asked(name, profile)))
    if "confidential" in profile.unasked and "confidential_reason" in kept:
        if kept.pop("confidential_reason") is not None:
            findings.append(_make(ReadingProblem.UNKNOWN_KEY, "confidential_reason", raw, _not_asked("confidential_reason", profile)))
    return kept


def _not_asked(name: str, profile: Profile) -> str:
    asked = ", ".join(question.path for question in profile.questions)
    return f"Unknown key '{name}': the board's sheet ({profile.name}) does not ask it; its questions are {asked}"


def _finding(error: dict, loc: tuple, raw: RawDraft, model: type[BaseModel] = CoverSheet, profile: Profile | None = None) -> Noticed:
    path = ".".join(str(part) for part in loc)
    if error["type"] == "extra_forbidden":
        key = str(loc[-1])
        if profile is not None and profile.own_questions:
            own = [q.name for q in profile.own_questions]
            if loc[:-1] == (OWN_QUESTIONS_KEY,):
                return _make(
                    ReadingProblem.UNKNOWN_KEY, path, raw,
                    f"Unknown question '{key}' in {OWN_QUESTIONS_KEY}: the board's own questions are {', '.join(own)}",
                )
            if len(loc) == 1 and key in own:
                return _make(
                    ReadingProblem.UNKNOWN_KEY, path, raw,
                    f"Unknown key '{key}'; the board's own questions go under `{OWN_QUESTIONS_KEY}:` (did you mean `{OWN_QUESTIONS_KEY}.{key}`?)",
                )
        known = _known_keys(loc[:-1], model)
        guess = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        where = f" in {'.'.join(map(str, loc[:-1]))}" if len(loc) > 1 else ""
        split = raw.comma_splits.get(path)
        if split is not None and not guess:
            return _comma_split(path, key, where, split, raw)
        suggestion = f"; did you mean `{guess[0]}`?" if guess else ""
        if profile is not None and not guess and len(loc) == 1:
            suggestion = f": the board's sheet ({profile.name}) asks {', '.join(q.path for q in profile.questions)}"
        return _make(ReadingProblem.UNKNOWN_KEY, path, raw, f"Unknown key '{key}'{where}{suggestion}")
    return _make(ReadingProblem.INVALID_VALUE, path, raw, f"{path}: {_describe(error)}")


def _comma_split(path: str, key: str, where: str, split, raw: RawDraft) -> Noticed:
    """An unknown key that is really text cut off at an unquoted comma: say so, and how to quote it."""
    message = (
        f"Unknown key '{key}'{where}: an unquoted comma on line {split.line} "
        f"ended `{split.key}: {split.start}` there, and the rest became a key"
    )
    hint = f'Put the whole text in quotes: {split.key}: "{split.text}"'
    return Noticed(ReadingProblem.UNKNOWN_KEY, message, path, raw.line_of(path), hint)


def _describe(error: dict) -> str:
    value = error.get("input")
    kind = error["type"]
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{_show(value)} is not one of the board's options: {expected.replace(chr(39), '')}"
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


def _known_keys(loc: tuple, model: type[BaseModel] = CoverSheet) -> list[str]:
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
            split = raw.comma_splits.get(f"implications.{key}")
            if split is not None and not guess:
                findings.append(_comma_split(f"implications.{key}", key, " in implications", split, raw))
                continue
            suggestion = f"; did you mean `{guess[0]}`?" if guess else " (the board can add it under `implications` in coversheet.toml)"
            findings.append(
                _make(ReadingProblem.UNKNOWN_KEY, f"implications.{key}", raw, f"Unknown implication '{key}'{suggestion}")
            )
    return findings
