"""Reading back the cover sheets and forms we produce, exactly, by their content-control tags.

Every value on a sheet written by `coversheet.word.writing.render` or `coversheet.word.writing.form` sits in a
Word content control (`w:sdt`) whose `w:tag` names its place in the draft, so reading never
guesses from the layout (that is `coversheet.word.readers.legacy`'s job for hand-made sheets).

The tag scheme is `coversheet.word.tags`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from coversheet.model.raw import Noticed, RawDraft, ReadingProblem
from coversheet.word.ns import qn
from coversheet.word.tags import (
    MULTIPLE_CHOICE,
    OWN_QUESTIONS,
    answer_path,
    controls_within,
    is_list_path,
    list_item_model,
    parse_tag,
    picked_date,
    set_value_at,
    tag_text,
)
from coversheet.word.text import paragraph_text, text_of

_SDT, _SDT_PR, _SDT_CONTENT = qn("w:sdt"), qn("w:sdtPr"), qn("w:sdtContent")
_P, _PLACEHOLDER = qn("w:p"), qn("w:showingPlcHdr")
_CHECKBOX, _CHECKED, _W14_VAL = qn("w14:checkbox"), qn("w14:checked"), qn("w14:val")
_TRUE = {"1", "true", "on"}




















MIN_OWN_TAGS = 3


def is_tagged(blocks: Iterable[etree._Element]) -> bool:
    """Did we write these opening blocks (a sheet or form of ours)?

    Our sheets open with a table of many tagged controls; a hand-made sheet may carry a stray
    control that happens to be tagged `title`. Several distinct tags of our scheme tell the two
    apart, so one stray tag never sends a legacy sheet to the wrong reader.
    """
    seen = {
        text
        for block in blocks
        for sdt in block.iter(_SDT)
        if parse_tag(text := tag_text(sdt)) is not None
    }
    return len(seen) >= MIN_OWN_TAGS


def read_tagged(blocks: Iterable[etree._Element]) -> RawDraft:
    """The draft in the tagged blocks, read up to the end-of-sheet marker."""
    reader = _Reader()
    for block in blocks:
        reader.visit(block, reader.top)
        if reader.ended:
            break
    return reader.draft()


@dataclass
class _ListState:
    answered: bool = False  # a container was seen
    items: list[Any] = field(default_factory=list)
    unfilled_items: int = 0


@dataclass
class _Scope:
    """Where values land: the whole sheet, or one list item (`list_path` set)."""

    values: dict[str, Any] = field(default_factory=dict)
    list_path: str | None = None
    controls: int = 0  # value controls seen in this item
    placeholders: int = 0  # ... of which showing their placeholder


class _Reader:
    def __init__(self) -> None:
        self.top = _Scope()
        self.lists: dict[str, _ListState] = {}
        self.choices: dict[str, list[str]] = {}
        self.ended = False

    def visit(self, element: etree._Element, scope: _Scope) -> None:
        if element.tag == _SDT:
            self._control(element, scope)
            return
        for control in controls_within(element):
            if self.ended:
                return
            self._control(control, scope)

    def _control(self, sdt: etree._Element, scope: _Scope) -> None:
        tag = parse_tag(tag_text(sdt))
        content = sdt.find(_SDT_CONTENT)
        if tag is None:
            if content is not None:
                self.visit(content, scope)  # someone else's control: ours may sit inside
        elif tag.kind == "end":
            self.ended = True
        elif tag.kind == "choice":
            self.choices.setdefault(tag.path, [])
            if _is_checked(sdt):
                self.choices[tag.path].append(tag.value)
        elif tag.kind == "list":
            self.lists.setdefault(tag.path, _ListState()).answered = True
            if content is not None:
                self.visit(content, scope)
        elif tag.kind == "item":
            self._item(sdt, tag.path)
        elif tag.kind == "item-value":
            if scope.list_path == tag.path:
                self._value(sdt, tag.field, scope)
        else:
            self._value(sdt, tag.path, scope)

    def _item(self, sdt: etree._Element, list_path: str) -> None:
        state = self.lists.setdefault(list_path, _ListState())
        item = _Scope(list_path=list_path)
        if list_item_model(list_path) is None:
            # A list of texts: the item is its text, or (in a form) its one text control's.
            content = sdt.find(_SDT_CONTENT)
            nested = next(controls_within(content), None) if content is not None else None
            self._value(nested if nested is not None else sdt, "text", item)
        else:
            content = sdt.find(_SDT_CONTENT)
            if content is not None:
                self.visit(content, item)
        if item.controls and item.placeholders == item.controls:
            state.unfilled_items += 1
        elif list_item_model(list_path) is None:
            if item.values.get("text") is not None:
                state.items.append(item.values["text"])
        else:
            state.items.append(item.values)

    def _value(self, sdt: etree._Element, path: str, scope: _Scope) -> None:
        scope.controls += 1
        properties = sdt.find(_SDT_PR)
        if properties is not None and properties.find(_PLACEHOLDER) is not None:
            scope.placeholders += 1
            return
        value = _control_value(sdt)
        if value is not None and scope.values.get(path) is None:
            scope.values[path] = value

    def draft(self) -> RawDraft:
        flat: dict[str, Any] = dict(self.top.values)
        noticed: list[Noticed] = []
        for path, state in self.lists.items():
            if state.items or (state.answered and not state.unfilled_items):
                flat[path] = state.items
        for path, ticked in self.choices.items():
            if path in MULTIPLE_CHOICE or (path.startswith(OWN_QUESTIONS + ".") and path in self.lists):
                if ticked or self.lists.get(path, _ListState()).answered:
                    flat[path] = list(dict.fromkeys(ticked))
                continue
            distinct = list(dict.fromkeys(ticked))
            if is_list_path(path):  # a form's "None" box: the list is answered, and empty
                if "none" in distinct and not flat.get(path):
                    flat[path] = []
                continue
            if len(distinct) > 1:
                noticed.append(_ambiguous(path, distinct))
            elif distinct:
                flat[answer_path(path)] = _choice_value(path, distinct[0])
        return RawDraft(_unflatten(flat), noticed=noticed)






def _is_checked(sdt: etree._Element) -> bool:
    properties = sdt.find(_SDT_PR)
    box = properties.find(_CHECKBOX) if properties is not None else None
    checked = box.find(_CHECKED) if box is not None else None
    if checked is None:
        return False
    return (checked.get(_W14_VAL) or "1").lower() in _TRUE


def _control_value(sdt: etree._Element) -> str | None:
    """A value control's answer: a date picker's stored date, else its visible text."""
    picked = picked_date(sdt)
    if picked is not None:
        return picked
    content = sdt.find(_SDT_CONTENT)
    if content is None:
        return None
    if content.find(".//" + _P) is not None:
        text = text_of(content)
    else:
        text = paragraph_text(content).strip()
    return text or None






def _choice_value(path: str, value: str) -> Any:
    if path == "confidential":
        return {"yes": True, "no": False}.get(value.lower(), value)
    return value


def _ambiguous(path: str, ticked: list[str]) -> Noticed:
    shown = " and ".join(v.upper() if len(v) <= 3 else v for v in ticked)
    return Noticed(ReadingProblem.AMBIGUOUS_ANSWER, f"{path} has {shown} ticked together; the answer is taken as not given.", path)


def _unflatten(flat: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for path in sorted(flat, key=lambda p: p.count(".")):
        value = flat[path]
        if isinstance(value, list):
            value = [_unflatten(item) if isinstance(item, dict) else item for item in value]
        set_value_at(data, path, value)
    return data
