"""A submitted form into a draft, and a draft (uploaded, or the last one checked) into the form.

Only the names the form itself draws are read: anything else a client sends is ignored, and a
repeating question takes at most `MAX_ROWS` rows. Blank answers are left out ("not answered"),
as a blank key in a YAML draft is; a ticked "None" box answers a list with `[]`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coversheet.web.questions import MAX_ROWS, Form, FormQuestion

# name -> the text in the field, or the values ticked (checkboxes, several choices)
Values = dict[str, Any]
_ROW_PARTS = {
    "people": ("name", "role"),
    "references": ("id", "description"),
}


class FormReader:
    """Reads one form post (`getlist` like Starlette's FormData, or a plain mapping)."""

    def __init__(self, posted: Any):
        self.posted = posted

    def all(self, name: str) -> list[str]:
        if hasattr(self.posted, "getlist"):
            found = self.posted.getlist(name)
        else:
            found = self.posted.get(name, [])
            found = found if isinstance(found, list) else [found]
        return [value for value in found if isinstance(value, str)]

    def text(self, name: str) -> str | None:
        values = self.all(name)
        text = values[0].replace("\r\n", "\n").strip() if values else ""
        return text or None

    def ticked(self, name: str) -> bool:
        return bool(self.all(name))


def draft_from_form(form: Form, posted: Any) -> dict[str, Any]:
    """The draft the form's answers make, in the draft format `check` reads."""
    reader = FormReader(posted)
    draft: dict[str, Any] = {}
    for question in form.questions:
        answer = _answer(question, reader)
        if answer is not None:
            _put(draft, question.path, answer)
        if question.widget == "confidential":
            reason = reader.text("confidential_reason")
            if reason is not None:
                draft["confidential_reason"] = reason
    return draft


def _answer(question: FormQuestion, reader: FormReader) -> Any:
    path, widget = question.path, question.widget
    if widget in ("text", "short", "long", "date", "meeting"):
        return reader.text(path)
    if widget == "person":
        return _person(reader, path)
    if widget == "people":
        return _rows(reader, question, lambda i: _person(reader, f"{path}.{i}"))
    if widget == "references":
        return _rows(reader, question, lambda i: _reference(reader, f"{path}.{i}"))
    if widget == "list":
        return _rows(reader, question, lambda i: reader.text(f"{path}.{i}"))
    if widget == "governance":
        return _rows(reader, question, lambda i: _entry(reader, f"{path}.{i}", question.parts))
    if widget == "confidential":
        return {"true": True, "false": False}.get(reader.text(path) or "")
    if widget == "purpose":
        categories = reader.all(f"{path}.categories")
        text = reader.text(f"{path}.text")
        return _some({"categories": categories or None, "text": text})
    if widget == "yes_no_na":
        return _some({"answer": reader.text(f"{path}.answer"), "note": reader.text(f"{path}.note")})
    if widget == "choice":
        chosen = [value for value in reader.all(path) if value]
        if question.multiple:
            return chosen or None
        return chosen[0] if chosen else None
    if widget == "risks":
        references = _rows(reader, question, lambda i: _reference(reader, f"{path}.references.{i}"), none=f"{path}.references.none")
        return _some({
            "associated": reader.text(f"{path}.associated"),
            "on_register": reader.text(f"{path}.on_register"),
            "references": references,
            "note": reader.text(f"{path}.note"),
        })
    raise ValueError(f"no reader for the widget {widget!r}")


def _person(reader: FormReader, at: str) -> dict | None:
    return _some({"name": reader.text(f"{at}.name"), "role": reader.text(f"{at}.role")})


def _reference(reader: FormReader, at: str) -> dict | None:
    return _some({"id": reader.text(f"{at}.id"), "description": reader.text(f"{at}.description")})


def _entry(reader: FormReader, at: str, parts: tuple[str, ...]) -> dict | None:
    return _some({part: reader.text(f"{at}.{part}") for part in parts})


def _rows(reader: FormReader, question: FormQuestion, row, none: str | None = None) -> list | None:
    rows = [value for value in (row(i) for i in range(MAX_ROWS)) if value is not None]
    if rows:
        return rows
    if reader.ticked(none or f"{question.path}.none"):
        return []
    return None


def _some(mapping: dict) -> dict | None:
    """The mapping without its blank parts; None when nothing in it was answered."""
    kept = {key: value for key, value in mapping.items() if value is not None}
    return kept or None


def _put(draft: dict, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node = draft
    for part in parents:
        node = node.setdefault(part, {})
    node[last] = value


# --- and back: a draft's answers as the form's values -------------------------------------


def values_from_draft(form: Form, draft: Mapping[str, Any]) -> Values:
    """The form's values for `draft` (an uploaded paper as `extract` read it, or a draft)."""
    values: Values = {}
    for question in form.questions:
        answer = _get(draft, question.path)
        _fill(values, question, answer)
        if question.widget == "confidential" and draft.get("confidential_reason"):
            values["confidential_reason"] = str(draft["confidential_reason"])
    return values


def _fill(values: Values, question: FormQuestion, answer: Any) -> None:
    path, widget = question.path, question.widget
    if answer is None:
        return
    if widget in ("text", "short", "long", "date", "meeting"):
        values[path] = _text(answer)
    elif widget == "person" and isinstance(answer, Mapping):
        _fill_mapping(values, path, answer, ("name", "role"))
    elif widget in ("people", "references", "list", "governance") and isinstance(answer, list):
        if not answer:
            values[f"{path}.none"] = ["on"]
        for i, row in enumerate(answer[:MAX_ROWS]):
            if widget == "list":
                values[f"{path}.{i}"] = _text(row)
            elif isinstance(row, Mapping):
                parts = question.parts if widget == "governance" else _ROW_PARTS[widget]
                _fill_mapping(values, f"{path}.{i}", row, parts)
    elif widget == "confidential" and isinstance(answer, bool):
        values[path] = "true" if answer else "false"
    elif widget == "purpose" and isinstance(answer, Mapping):
        values[f"{path}.categories"] = [str(c) for c in answer.get("categories") or []]
        if answer.get("text"):
            values[f"{path}.text"] = _text(answer["text"])
    elif widget == "yes_no_na" and isinstance(answer, Mapping):
        _fill_mapping(values, path, answer, ("answer", "note"))
    elif widget == "choice":
        values[path] = [str(a) for a in answer] if isinstance(answer, list) else [str(answer)]
    elif widget == "risks" and isinstance(answer, Mapping):
        _fill_mapping(values, path, answer, ("associated", "on_register", "note"))
        references = answer.get("references")
        if isinstance(references, list):
            if not references:
                values[f"{path}.references.none"] = ["on"]
            for i, row in enumerate(references[:MAX_ROWS]):
                if isinstance(row, Mapping):
                    _fill_mapping(values, f"{path}.references.{i}", row, ("id", "description"))


def _fill_mapping(values: Values, at: str, mapping: Mapping, keys) -> None:
    for key in keys:
        if mapping.get(key) is not None:
            values[f"{at}.{key}"] = _text(mapping[key])


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value)


def _get(draft: Mapping[str, Any], path: str) -> Any:
    node: Any = draft
    for part in path.split("."):
        if not isinstance(node, Mapping):
            return None
        node = node.get(part)
    return node


def values_from_post(form: Form, posted: Any) -> Values:
    """The form's values as posted (to show them again beside their findings)."""
    return values_from_draft(form, draft_from_form(form, posted))


def row_count(values: Values, prefix: str, extra: int = 0) -> int:
    """How many rows of a repeating question to draw: those filled, at least one, plus `extra`."""
    used = 0
    for name in values:
        if name.startswith(prefix + "."):
            head = name[len(prefix) + 1:].split(".")[0]
            if head.isdigit():
                used = max(used, int(head) + 1)
    return min(max(used, 1) + extra, MAX_ROWS)
