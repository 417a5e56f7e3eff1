"""Reading back the cover sheets and forms we produce, exactly, by their content-control tags.

Every value on a sheet written by `coversheet.word.render` or `coversheet.word.form` sits in a
Word content control (`w:sdt`) whose `w:tag` names its place in the draft, so reading never
guesses from the layout (that is `coversheet.word.legacy`'s job for hand-made sheets).

The tag scheme
--------------
``title``, ``sponsor.name``, ``implications.financial.note``, ``governance[*].date``
    A value: plain text (``w:br`` and paragraph ends are newlines) or a date picker. A date
    picker's ``w:fullDate`` is the value; its ``w:dateFormat`` without a day (``MMMM yyyy``)
    marks a month-only governance date (``2020-11``). A control showing its placeholder
    (``w:showingPlcHdr``) or holding no text is not answered.
``implications.equality=yes``, ``risks.associated=n/a``, ``confidential=no``, ``purpose.categories=approval``
    A check box (``w14:checkbox``) offering one value for the question before ``=``. One box
    ticked in a group is the answer; none is not answered; two or more is not answered plus a
    finding of rule ``ambiguous-answer`` on the question. ``implications.X=V`` answers
    ``implications.X.answer``; ``confidential=yes|no`` is the flag true / false.
    ``purpose.categories`` is the one multiple choice: the ticked values, in document order.
``governance[]``, ``recommendations[]``, ``purpose.categories[]``, ``risks.references[]``
    A list container. Its presence means the list is answered: with no items inside it the
    answer is the empty list. Without a container a list is not answered (None), except that
    ticked category boxes or items found outside a container still count.
``governance[*]``, ``recommendations[*]``, ``presented_by[*]``
    One list item, in document order. An item of a list of objects holds value controls
    tagged with the list's path (``governance[*].forum``, ``presented_by[*].role``); an item
    of a list of texts (recommendations) is itself the text. An item whose every control shows
    its placeholder (an unfilled form row) is dropped; a container whose items were all
    dropped is not answered.
``governance=none``, ``contributors=none``, ``risks.references=none``
    A form's "None" check box on a list: ticked, with no item filled in, the list is answered
    and empty.
``coversheet.end``
    The end of the cover sheet. Reading stops there, so a long paper body appended after the
    sheet is never parsed.

A nested object with nothing answered (an implication with neither answer nor note, a
sponsor with neither name nor role) reads back as not answered (absent), like in a draft.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lxml import etree
from pydantic import BaseModel

from coversheet.model import Answer, CoverSheet, Implication
from coversheet.model.raw import Noticed, RawDraft, ReadingProblem
from coversheet.word.ns import qn
from coversheet.word.text import paragraph_text, text_of

END_TAG = "coversheet.end"
# A board's own questions (board profiles) are tagged under this root: `questions.NAME`, with
# `questions.NAME[]` / `[*]` for a list and, around a choice's boxes, for a multiple choice.
OWN_QUESTIONS = "questions"
MULTIPLE_CHOICE = frozenset({"purpose.categories"})

_SDT, _SDT_PR, _SDT_CONTENT = qn("w:sdt"), qn("w:sdtPr"), qn("w:sdtContent")
_TAG, _VAL, _P = qn("w:tag"), qn("w:val"), qn("w:p")
_PLACEHOLDER, _DATE, _FULL_DATE, _DATE_FORMAT = (
    qn("w:showingPlcHdr"),
    qn("w:date"),
    qn("w:fullDate"),
    qn("w:dateFormat"),
)
_CHECKBOX, _CHECKED, _W14_VAL = qn("w14:checkbox"), qn("w14:checked"), qn("w14:val")
_TRUE = {"1", "true", "on"}
_PATH = r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*"
_TAG_PATTERN = re.compile(
    rf"^(?:(?P<list>{_PATH})\[\]"
    rf"|(?P<item>{_PATH})\[\*\](?:\.(?P<field>[A-Za-z_]\w*))?"
    rf"|(?P<choice>{_PATH})=(?P<value>[^=]+)"
    rf"|(?P<value_path>{_PATH}))$"
)


# --- the tag scheme ------------------------------------------------------------------------


@dataclass(frozen=True)
class Tag:
    """A parsed `w:tag`: what kind of control it marks and which draft path it belongs to."""

    kind: str  # "value", "choice", "list", "item", "item-value", "end"
    path: str  # the draft path: "title", "implications.equality", "governance"
    field: str | None = None  # the field of a list item ("forum"), for kind "item-value"
    value: str | None = None  # the value a check box offers, for kind "choice"

    @property
    def root(self) -> str:
        return self.path.split(".")[0]


@lru_cache(maxsize=4096)  # a sheet repeats the same few dozen tags; Tag is immutable
def parse_tag(text: str | None) -> Tag | None:
    """The tag in our scheme, or None for a tag we did not write (someone else's control)."""
    if not text:
        return None
    text = text.strip()
    if text == END_TAG:
        return Tag("end", END_TAG)
    match = _TAG_PATTERN.match(text)
    if not match:
        return None
    if match["list"]:
        tag = Tag("list", match["list"])
    elif match["item"]:
        tag = Tag("item-value" if match["field"] else "item", match["item"], field=match["field"])
    elif match["choice"]:
        tag = Tag("choice", match["choice"], value=match["value"].strip())
    else:
        tag = Tag("value", match["value_path"])
    return tag if tag.root in CoverSheet.model_fields or tag.root == OWN_QUESTIONS else None


@lru_cache(maxsize=64)
def list_item_model(path: str) -> type[BaseModel] | None:
    """The model of one item of the list at `path` (GovernanceEntry, ...); None for a list of text."""
    if path.startswith(OWN_QUESTIONS + "."):
        return None  # a board's own list (or references): a list of texts
    item = _bare(typing.get_args(_bare(_annotation_at(path)))[0])
    return item if isinstance(item, type) and issubclass(item, BaseModel) else None


def model_paths(extra_implications: Iterable[str] = ()) -> dict[str, str]:
    """Every draft path a sheet shows, with its kind: "text", "date", "flag", "choice", "list".

    Fields of list items appear as `governance[*].forum`; an implication's answer is the
    "choice" `implications.X` (see the tag scheme), its note `implications.X.note`.
    """
    paths: dict[str, str] = {}

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, info in model.model_fields.items():
            path, kind = f"{prefix}{name}", _kind(info.annotation)
            if model is Implication and name == "answer":
                paths[prefix.rstrip(".")] = "choice"
            elif kind == "model":
                walk(_bare(info.annotation), path + ".")
            elif kind == "list" and path in MULTIPLE_CHOICE:
                paths[path] = "choice"
            elif kind == "list" and list_item_model(path) is not None:
                for item_field, item_info in list_item_model(path).model_fields.items():
                    paths[f"{path}[*].{item_field}"] = _kind(item_info.annotation)
            else:
                paths[path] = kind

    walk(CoverSheet, "")
    for extra in extra_implications:
        paths[f"implications.{extra}"] = "choice"
        paths[f"implications.{extra}.note"] = "text"
    return paths


def _annotation_at(path: str) -> Any:
    model: Any = CoverSheet
    annotation: Any = None
    for name in path.split("."):
        annotation = model.model_fields[name].annotation
        model = _bare(annotation)
    return annotation


def _bare(annotation: Any) -> Any:
    """`Annotated[X, ...] | None` -> X (a union of several types stays a union)."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            options = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(options) != 1:
                return annotation
            annotation = options[0]
        else:
            return annotation


def _kind(annotation: Any) -> str:
    bare = _bare(annotation)
    if typing.get_origin(bare) is list:
        return "list"
    if typing.get_origin(bare) in (typing.Union, types.UnionType):  # a date or a month
        bare = _bare(typing.get_args(bare)[0])
    if isinstance(bare, type) and issubclass(bare, BaseModel):
        return "model"
    if bare is Answer:
        return "choice"
    if bare is bool:
        return "flag"
    if bare is dt.date:
        return "date"
    return "text"


# --- reading -------------------------------------------------------------------------------


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
            if _is_list(path):  # a form's "None" box: the list is answered, and empty
                if "none" in distinct and not flat.get(path):
                    flat[path] = []
                continue
            if len(distinct) > 1:
                noticed.append(_ambiguous(path, distinct))
            elif distinct:
                flat[answer_path(path)] = _choice_value(path, distinct[0])
        return RawDraft(_unflatten(flat), noticed=noticed)


def controls_within(element: etree._Element) -> Iterator[etree._Element]:
    """The content controls inside `element` that are not nested in another control."""
    for node in element.iter(_SDT):
        if node is element:
            continue
        parent = node.getparent()
        while parent is not element and parent.tag != _SDT:
            parent = parent.getparent()
        if parent is element:
            yield node


def tag_text(sdt: etree._Element) -> str | None:
    properties = sdt.find(_SDT_PR)
    tag = properties.find(_TAG) if properties is not None else None
    return tag.get(_VAL) if tag is not None else None


def _is_checked(sdt: etree._Element) -> bool:
    properties = sdt.find(_SDT_PR)
    box = properties.find(_CHECKBOX) if properties is not None else None
    checked = box.find(_CHECKED) if box is not None else None
    if checked is None:
        return False
    return (checked.get(_W14_VAL) or "1").lower() in _TRUE


def _control_value(sdt: etree._Element) -> str | None:
    """A value control's answer: a date picker's stored date, else its visible text."""
    properties = sdt.find(_SDT_PR)
    date = properties.find(_DATE) if properties is not None else None
    if date is not None and date.get(_FULL_DATE):
        day = date.get(_FULL_DATE)[:10]
        shown_as = date.find(_DATE_FORMAT)
        date_format = shown_as.get(_VAL, "") if shown_as is not None else ""
        return day[:7] if date_format and "d" not in date_format else day
    content = sdt.find(_SDT_CONTENT)
    if content is None:
        return None
    if content.find(".//" + _P) is not None:
        text = text_of(content)
    else:
        text = paragraph_text(content).strip()
    return text or None


def _is_list(path: str) -> bool:
    try:
        return _kind(_annotation_at(path)) == "list"
    except (KeyError, AttributeError):  # not a field of the model (a board's own implication)
        return False


def answer_path(path: str) -> str:
    """`implications.equality` is answered in `implications.equality.answer`."""
    parts = path.split(".")
    return f"{path}.answer" if len(parts) == 2 and parts[0] == "implications" else path


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
        *parents, last = path.split(".")
        node = data
        for name in parents:
            child = node.get(name)
            if not isinstance(child, dict):
                child = node[name] = {}
            node = child
        node[last] = value
    return data
