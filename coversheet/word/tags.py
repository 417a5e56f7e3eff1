"""The tag scheme of our Word sheets and forms: every value sits in a content control whose
`w:tag` names its place in the draft. Rendering (`word.template`, `word.binding`,
`word.profile_sheet`) writes these tags; the readers (`word.tagged`, `word.titled`) read them.

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
sponsor with neither name nor role) reads back as not answered (absent), like in a draft."""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from lxml import etree
from pydantic import BaseModel

from coversheet.model import Answer, CoverSheet, Implication
from coversheet.word.ns import qn

_SDT, _SDT_PR = qn("w:sdt"), qn("w:sdtPr")
_TAG, _VAL = qn("w:tag"), qn("w:val")
_DATE, _FULL_DATE, _DATE_FORMAT = qn("w:date"), qn("w:fullDate"), qn("w:dateFormat")


END_TAG = "coversheet.end"


# A board's own questions (board profiles) are tagged under this root: `questions.NAME`, with
# `questions.NAME[]` / `[*]` for a list and, around a choice's boxes, for a multiple choice.
OWN_QUESTIONS = "questions"


MULTIPLE_CHOICE = frozenset({"purpose.categories"})


_PATH = r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*"


_TAG_PATTERN = re.compile(
    rf"^(?:(?P<list>{_PATH})\[\]"
    rf"|(?P<item>{_PATH})\[\*\](?:\.(?P<field>[A-Za-z_]\w*))?"
    rf"|(?P<choice>{_PATH})=(?P<value>[^=]+)"
    rf"|(?P<value_path>{_PATH}))$"
)


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


def is_list_path(path: str) -> bool:
    """Is `path` a list in the draft model (recommendations, governance, ...)?"""
    try:
        return _kind(_annotation_at(path)) == "list"
    except (KeyError, AttributeError):  # not a field of the model (a board's own implication)
        return False


def answer_path(path: str) -> str:
    """`implications.equality` is answered in `implications.equality.answer`."""
    parts = path.split(".")
    return f"{path}.answer" if len(parts) == 2 and parts[0] == "implications" else path


def value_at(data: dict, path: str) -> Any:
    """The value at dotted `path` in nested draft data, or None where the path runs out."""
    node: Any = data
    for name in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(name)
    return node


def set_value_at(data: dict, path: str, value: Any) -> None:
    """Put `value` at dotted `path` in nested draft data, making the mappings on the way."""
    *parents, last = path.split(".")
    node = data
    for name in parents:
        child = node.get(name)
        if not isinstance(child, dict):
            child = node[name] = {}
        node = child
    node[last] = value


def picked_date(sdt: etree._Element) -> str | None:
    """A date picker's stored date as the draft holds it (YYYY-MM-DD, or YYYY-MM when the picker
    shows no day); None for a control that is no date picker or has no date picked."""
    properties = sdt.find(_SDT_PR)
    date = properties.find(_DATE) if properties is not None else None
    if date is None or not date.get(_FULL_DATE):
        return None
    day = date.get(_FULL_DATE)[:10]
    shown_as = date.find(_DATE_FORMAT)
    date_format = shown_as.get(_VAL, "") if shown_as is not None else ""
    return day[:7] if date_format and "d" not in date_format else day
