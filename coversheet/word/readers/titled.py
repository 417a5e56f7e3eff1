"""Reading our own sheets and forms after a word processor dropped their tags.

LibreOffice Writer 7.4 opens our form and saves it again with the controls' tags gone: text
controls keep their titles (`w:alias`), sometimes the title of the control around them;
check boxes and date pickers keep their state but neither tag nor title; repeating sections
become plain table rows, and rows an author adds have no controls at all. So each control is
read by the best thing it still has:

1. its title (`coversheet.word.titles`): a value control titled "Title of Paper" holds the
   title, exactly, even where a cell holds several values (the purpose's boxes and its text);
2. else its position under its label: a box is the option written beside it ("Yes" in the
   cell before it, "For approval" after it, "No" before it) on the row its label names;
3. everything else — people, lists, governance rows, dates shown as text — is read by the
   labels, as a hand-made sheet is (`coversheet.word.readers.legacy`).

A control still holding its prompt is unanswered whatever its flag says: the prompt is taken
out before the labels are read, so a prompt is never an answer. A box is an answer only when
ticked: none ticked on a question is "not answered", two is the ambiguous-answer finding.

Two more things LibreOffice does on the way: it moves the line breaks of a text control's
text out of the control, to just before it, running the lines together ("...accordingly.
Discussions..." becomes "...accordingly.Discussions..."); where the breaks moved are as
many as the places where one sentence runs into the next, they go back there (else the text
stays as LibreOffice left it). And on a board profile's form, an empty list row keeps its
separators ("—", ","), which are no answer: a paragraph left with nothing else is emptied.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from coversheet.model.answers import answer_named, parse_category
from coversheet.model.raw import Noticed, RawDraft, ReadingProblem
from coversheet.word.matching import labels
from coversheet.word.readers.legacy import read_legacy
from coversheet.word.ns import qn
from coversheet.word.tags import (
    MULTIPLE_CHOICE,
    Tag,
    answer_path,
    parse_tag,
    picked_date,
    set_value_at,
    tag_text,
    value_at,
)
from coversheet.word.text import paragraph_text, text_of
from coversheet.word.layout.ticks import W14_CHECKBOX, Tick, strip_glyphs, tick_of
from coversheet.word.titles import UNKNOWN, is_prompt, tag_of_title

_SDT, _SDT_PR, _SDT_CONTENT = qn("w:sdt"), qn("w:sdtPr"), qn("w:sdtContent")
_ALIAS, _VAL, _PLACEHOLDER = qn("w:alias"), qn("w:val"), qn("w:showingPlcHdr")
_P, _R, _T, _TC, _TR = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tc"), qn("w:tr")
MIN_OWN_TITLES = 3
OWN_PROMPT = "Click or tap to enter text."  # the prompt of a board profile's sheet (word/profile_sheet.py)
MIN_OWN_PROMPTS = 3
# The field a row's label names, as the question its boxes answer.
_BOX_QUESTION = {"risks.text": "risks.references", "purpose": "purpose.categories"}
_LISTS_WITH_NONE = frozenset({"contributors", "governance", "risks.references"})
_BR, _RPR = qn("w:br"), qn("w:rPr")
# Where LibreOffice ran two lines together: a sentence's end straight before the next's start
# (a word of two letters or more, or a bracket or quote, then the stop: not "U.K." or "2.5").
_RUN_TOGETHER = re.compile(
    r"(?:(?<=[^\W_]{2}[.!?:;])|(?<=[)\]][.!?:;])|(?<=[.!?][\"\u201d\u2019]))(?=[A-Z\"\u201c\u2018(\u2022])")
_ONLY_SEPARATORS = re.compile(r"[\s\u2014\u2013,;-]*")


def title_of(sdt: etree._Element) -> str | None:
    properties = sdt.find(_SDT_PR)
    alias = properties.find(_ALIAS) if properties is not None else None
    return alias.get(_VAL) if alias is not None else None


def is_titled(blocks: Iterable[etree._Element], own_tags: bool = False) -> bool:
    """Are these opening blocks ours with tags lost but titles kept (several titles of ours)?

    `own_tags`: a board profile's sheet, whose controls are titled with their tags."""
    title = _tag_title if own_tags else tag_of_title
    seen = {tag for block in blocks for sdt in block.iter(_SDT)
            if (tag := title(title_of(sdt))) not in (None, UNKNOWN)}
    return len(seen) >= MIN_OWN_TITLES


def _tag_title(title: str | None) -> str | None:
    """A title that is itself one of our tags (a board profile's sheet repeats the tag)."""
    found = tag_of_title(title)
    if found is None and parse_tag(title) is not None:
        return " ".join(title.split())
    return found


def lost_structure(blocks: Iterable[etree._Element]) -> bool:
    """Our form with neither tags nor titles left: several controls still show our prompts."""
    prompts = sum(1 for block in blocks for sdt in block.iter(_SDT) if is_prompt(_text(sdt)))
    return prompts >= MIN_OWN_PROMPTS


def read_titled(blocks: Iterable[etree._Element], header_paragraphs: Callable[[], list[str]] = list,
                reader: Callable[..., RawDraft] | None = None) -> RawDraft:
    """The draft on one of our sheets or forms whose controls lost their tags.

    `reader`: what reads the rest by its labels (a board profile's reader); the 2020 labels'
    reader by default. With one, a title that is itself our tag is read as that tag."""
    taken = _Taken(own_tags=reader is not None)
    raw = (reader or read_legacy)(taken.stream(blocks), header_paragraphs)
    return taken.merge(raw)


def read_lost(blocks: Iterable[etree._Element], header_paragraphs: Callable[[], list[str]] = list) -> RawDraft:
    """Our form with no tags or titles left: read by its labels, prompts left out, with a note."""
    raw = read_titled(blocks, header_paragraphs)
    raw.noticed.append(Noticed(
        ReadingProblem.FORM_STRUCTURE_LOST,
        "The form's controls have lost their tags and titles (saved by a program that drops them): "
        "it was read by its labels, like a hand-made sheet."))
    return raw


@dataclass
class _Taken:
    """What the controls said, by title or by position, before the labels are read."""

    values: dict[str, Any] = field(default_factory=dict)  # path -> value (None: unanswered)
    choices: dict[str, list[str]] = field(default_factory=dict)  # question -> ticked values
    noticed: list[Noticed] = field(default_factory=list)
    ended: bool = False
    own_tags: bool = False  # titles may be our tags (a board profile's sheet)
    empty_lists: set[str] = field(default_factory=set)  # list containers (by title) with nothing in them

    def stream(self, blocks: Iterable[etree._Element]) -> Iterator[etree._Element]:
        """`blocks`, each with its controls taken out, up to the end of the sheet."""
        for block in blocks:
            for sdt in list(block.iter(_SDT)):
                self._control(sdt)
            if self.own_tags:
                _empty_separator_rows(block)
            yield block
            if self.ended:
                return

    def _control(self, sdt: etree._Element) -> None:
        if sdt.getparent() is None:
            return
        tag = parse_tag(tag_text(sdt))
        if tag is None:
            tag = self._titled(sdt)
        if tag is not None and tag.kind == "end":
            self.ended = True
            return
        properties = sdt.find(_SDT_PR)
        content = sdt.find(_SDT_CONTENT)
        if self.own_tags and tag is not None and tag.kind == "list" and content is not None and not _value(sdt):
            self.empty_lists.add(tag.path)
        if properties is not None and properties.find(W14_CHECKBOX) is not None:
            if self.own_tags and (tag is None or tag.kind != "choice"):
                return  # read with its option word by the board's reader
            self._box(sdt, tag)
        elif content is not None and next(content.iter(_SDT), None) is None:
            self._value(sdt, tag)  # a container (of the form, or LibreOffice's) is looked into instead

    def _titled(self, sdt: etree._Element) -> Tag | None:
        title = title_of(sdt)
        found = _tag_title(title) if self.own_tags else tag_of_title(title)
        if found == UNKNOWN:
            self.noticed.append(Noticed(
                ReadingProblem.UNKNOWN_CONTROL_TITLE,
                f"A control is titled '{title}', which names no field of the cover sheet: it was ignored."))
            return None
        return parse_tag(found)

    def _value(self, sdt: etree._Element, tag: Tag | None) -> None:
        """A control with no control inside: its value by title, or its prompt taken out."""
        value = _value(sdt)
        if self.own_tags:  # a board's sheet: its reader reads the values by their labels
            if value is None or value == OWN_PROMPT:
                _empty(sdt)
            return
        if tag is not None and tag.kind == "value" and not _is_choice_path(tag.path):
            self.values[tag.path] = _with_breaks_put_back(sdt, value)
            _empty(sdt)  # read here: the labels must not read it again
        elif value is None:
            _empty(sdt)  # a prompt: never an answer

    def _box(self, sdt: etree._Element, tag: Tag | None) -> None:
        if tag is None or tag.kind != "choice":
            tag = _box_by_position(sdt)
        if tag is None:
            return
        ticked = self.choices.setdefault(tag.path, [])
        if tick_of(sdt) is Tick.CHECKED:
            ticked.append(tag.value)
        if tag.value == "none":  # "[box] None" beside a label: not part of the label
            _remove_none_box(sdt)

    def merge(self, raw: RawDraft) -> RawDraft:
        data = raw.data
        answered = {name for path in self.choices if path not in _LISTS_WITH_NONE
                    for name in (path, answer_path(path))}
        noticed = [n for n in raw.noticed if n.field not in answered] + self.noticed
        for path, value in self.values.items():
            if value is not None or not self.own_tags:  # a board's reader has read what is empty
                set_value_at(data, path, value)
        for path in self.empty_lists:
            if value_at(data, path) is None and path not in self.choices:
                set_value_at(data, path, [])
        for path, ticked in self.choices.items():
            distinct = list(dict.fromkeys(ticked))
            if path in MULTIPLE_CHOICE:
                set_value_at(data, path, distinct or None)
            elif path in _LISTS_WITH_NONE:
                if "none" in distinct and not value_at(data, path):
                    set_value_at(data, path, [])
            elif len(distinct) > 1:
                shown = " and ".join(v.upper() if len(v) <= 3 else v for v in distinct)
                noticed.append(Noticed(
                    ReadingProblem.AMBIGUOUS_ANSWER,
                    f"{path} has {shown} ticked together; the answer is taken as not given.", path))
                set_value_at(data, answer_path(path), None)
            else:
                value = distinct[0] if distinct else None
                if path == "confidential" and value is not None:
                    value = value == "yes"
                set_value_at(data, answer_path(path), value)
        # An answer ticked in the form's own controls is read from them, not from the text around them.
        texts = {path: text for path, text in raw.answer_texts.items() if path not in answered}
        return RawDraft(data, noticed=noticed, unrecognised=raw.unrecognised, answer_texts=texts)


def _is_choice_path(path: str) -> bool:
    return path == "confidential" or path in MULTIPLE_CHOICE


def _text(sdt: etree._Element) -> str | None:
    content = sdt.find(_SDT_CONTENT)
    if content is None:
        return None
    if content.find(".//" + _P) is None:  # a control within a paragraph
        return paragraph_text(content).strip()
    return text_of(content)


def _value(sdt: etree._Element) -> str | None:
    """A value control's answer (a picked date, else its text); None for a prompt or nothing."""
    picked = picked_date(sdt)
    if picked is not None:
        return picked
    properties = sdt.find(_SDT_PR)
    if properties is not None and properties.find(_PLACEHOLDER) is not None:
        return None
    text = _text(sdt)
    if not text or is_prompt(text):
        return None
    return text


def _empty(sdt: etree._Element) -> None:
    for text in sdt.iter(_T):
        text.text = ""


def _with_breaks_put_back(sdt: etree._Element, value: str | None) -> str | None:
    """`value` with the line breaks LibreOffice moved to before the control put back, where
    the places its lines run together are exactly as many as the breaks moved."""
    if not value or "\n" in value:
        return value
    moved, node = 0, sdt.getprevious()
    while node is not None and node.tag == _R and all(child.tag in (_BR, _RPR) for child in node):
        moved += sum(1 for child in node if child.tag == _BR and child.get(qn("w:type")) in (None, "textWrapping"))
        node = node.getprevious()
    if not moved or node is not None and text_of(node).strip():
        return value
    places = [match.start() for match in _RUN_TOGETHER.finditer(value)]
    if len(places) != moved:
        return value
    for place in reversed(places):
        value = value[:place] + "\n" + value[place:]
    return value


def _empty_separator_rows(block: etree._Element) -> None:
    """Empty each paragraph of several controls holding nothing but the separators between
    them (an empty list row: "name — role")."""
    for paragraph in block.iter(_P):
        texts = list(paragraph.iter(_T))
        joined = "".join(t.text or "" for t in texts)
        if joined.strip() and _ONLY_SEPARATORS.fullmatch(joined) and len(paragraph.findall(".//" + _SDT)) >= 2:
            for text in texts:
                text.text = ""


def _remove_none_box(sdt: etree._Element) -> None:
    """Take the box, its glyph and the word "None" after it out of the label's paragraph."""
    following, passed = sdt.getnext(), []
    while following is not None and following.tag == _R:
        text = strip_glyphs("".join(t.text or "" for t in following.iter(_T)))
        passed.append(following)
        if text.strip():
            break
        following = following.getnext()
    if passed and strip_glyphs("".join(t.text or "" for t in passed[-1].iter(_T))).strip() == "None":
        for run in passed:
            run.getparent().remove(run)
    sdt.getparent().remove(sdt)


# --- a box by its position -----------------------------------------------------------------


def _box_by_position(sdt: etree._Element) -> Tag | None:
    """The question and option of a box with no tag or title: its row's label, its neighbour."""
    cell = _ancestor(sdt, _TC)
    row = _ancestor(cell, _TR) if cell is not None else None
    if row is None:
        return None
    cells = [c for c in row.iter(_TC) if _ancestor(c, _TR) is row]
    label_cell = cells[0]
    before, after = _texts_beside(sdt)
    if after.startswith("For "):  # "[box] For approval": a purpose, wherever its label is
        category = parse_category(after.removeprefix("For ").split()[0])
        return Tag("choice", "purpose.categories", value=category.value) if category else None
    if cell is label_cell:
        label = before  # "Governance and Reporting (...) [box] None"
    else:
        label = _first_line(label_cell)
    name = labels.field_of(label) if label else None
    if name is None:
        return None
    question = _BOX_QUESTION.get(name, name)
    if after.split()[:1] == ["None"] and question in _LISTS_WITH_NONE:
        return Tag("choice", question, value="none")
    if not before and not after and cell is not label_cell:  # alone in its cell: the option is in the cell before
        index = cells.index(cell)
        option = answer_named(strip_glyphs(text_of(cells[index - 1]))) if index > 0 else None
    else:
        words = before.split()
        option = answer_named(words[-1]) if words else None
    if option is None:
        return None
    value = option.value
    if question == "confidential" and value not in ("yes", "no"):
        return None
    return Tag("choice", question, value=value)


def _texts_beside(sdt: etree._Element) -> tuple[str, str]:
    """The paragraph's text before the box (back to the previous control) and after it."""
    before: list[str] = []
    node = sdt.getprevious()
    while node is not None and node.tag != _SDT:
        before.insert(0, "".join(t.text or "" for t in node.iter(_T)))
        node = node.getprevious()
    after: list[str] = []
    node = sdt.getnext()
    while node is not None and node.tag != _SDT:
        after.append("".join(t.text or "" for t in node.iter(_T)))
        node = node.getnext()
    return strip_glyphs("".join(before)).strip(), strip_glyphs("".join(after)).strip()


def _first_line(cell: etree._Element) -> str:
    paragraph = next(cell.iter(_P), None)
    return text_of(paragraph).strip() if paragraph is not None else ""


def _ancestor(node: etree._Element, tag: str) -> etree._Element | None:
    parent = node.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent
