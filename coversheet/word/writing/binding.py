"""Binding what Jinja cannot express, by content-control tag: each check box's ticked state and
glyph, each date picker's stored date, and the list containers of lists that were not answered."""

from __future__ import annotations

import datetime as dt
from typing import Any

from lxml import etree

from coversheet.model import CoverSheet
from coversheet.word.ns import qn
from coversheet.word.tags import (
    MULTIPLE_CHOICE,
    answer_path,
    controls_within,
    parse_tag,
    tag_text,
    value_at,
)

BOX_CHECKED, BOX_UNCHECKED = "\u2612", "\u2610"
DAY_FORMAT, MONTH_FORMAT = "d MMMM yyyy", "MMMM yyyy"
_SDT_PR, _SDT_CONTENT = qn("w:sdtPr"), qn("w:sdtContent")



def bind(body: etree._Element, sheet: CoverSheet) -> None:
    """Tick check boxes, store dates and drop the containers of unanswered lists, by tag."""
    data = sheet.model_dump(mode="python")
    _bind_within(body, data, None, {})
    for cell in body.iter(qn("w:tc")):
        if cell.find(".//" + qn("w:p")) is None:
            etree.SubElement(cell, qn("w:p"))  # an emptied cell still needs a paragraph


def _bind_within(element: etree._Element, data: dict, item: tuple[str, dict] | None, counters: dict) -> None:
    for sdt in list(controls_within(element)):
        tag = parse_tag(tag_text(sdt))
        content = sdt.find(_SDT_CONTENT)
        if tag is None:
            if content is not None:
                _bind_within(content, data, item, counters)
        elif tag.kind == "choice":
            _set_checked(sdt, _is_chosen(data, tag.path, tag.value))
        elif tag.kind == "list":
            if content is not None:
                _bind_within(content, data, item, counters)
            if value_at(data, tag.path) is None:
                _unwrap(sdt)
        elif tag.kind == "item":
            index = counters.get(tag.path, 0)
            counters[tag.path] = index + 1
            entries = value_at(data, tag.path) or []
            entry = entries[index] if index < len(entries) else None
            if isinstance(entry, dict) and content is not None:
                _bind_within(content, data, (tag.path, entry), counters)
        elif tag.kind == "item-value":
            if item is not None and item[0] == tag.path:
                _set_date(sdt, item[1].get(tag.field))
        else:
            _set_date(sdt, value_at(data, tag.path))


def _is_chosen(data: dict, path: str, offered: str) -> bool:
    if path in MULTIPLE_CHOICE:
        return offered in [_plain(v) for v in value_at(data, path) or []]
    value = value_at(data, answer_path(path))
    if offered == "none" and isinstance(value, list):
        return value == []  # the form's "None" box on a list
    if isinstance(value, bool):
        return offered == ("yes" if value else "no")
    return value is not None and _plain(value) == offered


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def _first_child(parent: etree._Element, tag: str) -> etree._Element:
    """`parent`'s `tag` child, created first among its children when it has none (schema order)."""
    child = parent.find(qn(tag))
    if child is None:
        child = etree.Element(qn(tag))
        parent.insert(0, child)
    return child


def _set_checked(sdt: etree._Element, checked: bool) -> None:
    box = sdt.find(f"{_SDT_PR}/{qn('w14:checkbox')}")
    if box is None:
        return
    state = _first_child(box, "w14:checked")
    state.set(qn("w14:val"), "1" if checked else "0")
    texts = sdt.findall(f"{_SDT_CONTENT}//{qn('w:t')}")
    if texts:
        texts[0].text = BOX_CHECKED if checked else BOX_UNCHECKED
        for extra in texts[1:]:
            extra.text = ""


def _set_date(sdt: etree._Element, value: Any) -> None:
    """Store a date picker's date; the text shown was written by the template."""
    picker = sdt.find(f"{_SDT_PR}/{qn('w:date')}")
    if picker is None:
        return
    shown_as = _first_child(picker, "w:dateFormat")
    if isinstance(value, dt.date):
        picker.set(qn("w:fullDate"), f"{value.isoformat()}T00:00:00Z")
        shown_as.set(qn("w:val"), DAY_FORMAT)
    elif isinstance(value, str):  # a month: stored as its first day, shown without a day
        picker.set(qn("w:fullDate"), f"{value}-01T00:00:00Z")
        shown_as.set(qn("w:val"), MONTH_FORMAT)
    else:
        picker.attrib.pop(qn("w:fullDate"), None)


def _unwrap(sdt: etree._Element) -> None:
    """Replace a control by its content (a list that was not answered has no container)."""
    parent = sdt.getparent()
    content = sdt.find(_SDT_CONTENT)
    position = parent.index(sdt)
    for offset, child in enumerate(list(content) if content is not None else []):
        parent.insert(position + offset, child)
    parent.remove(sdt)


def number_controls(body: etree._Element) -> None:
    """Give every control a distinct id: loops in the template copied the same one."""
    for number, control_id in enumerate(body.iter(qn("w:id")), start=1):
        if control_id.getparent().tag == _SDT_PR:
            control_id.set(qn("w:val"), str(100000 + number))
