"""A board's own cover sheet in Word, drawn from its profile: `render` and `new --docx`.

The sheet is one table in the board's order: a label cell in the board's words and a value
cell, with a heading row where the board's section changes. Every value sits in a content
control tagged with its draft path (the scheme of `coversheet.word.tags`), so `check` and
`extract` read back exactly what was written, the board's own questions included:

``questions.x``                      text (or a date picker for a date)
``questions.x.name`` / ``.role``     a person
``questions.x.answer=yes|no|n/a``    a yes / no / n/a question, its note ``questions.x.note``
``questions.x=Option``               a choice; in a ``questions.x[]`` container a multiple one
``questions.x[]`` + ``questions.x[*]`` a list (and references, "ID – description"), one item a paragraph

Without a sheet (a form) every control shows a prompt, which reads back as not answered.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt
from lxml import etree

from coversheet.config.profile import OWN_QUESTIONS_KEY, Kind, Profile, Question
from coversheet.config.references import show_reference
from coversheet.model import CoverSheet
from coversheet.outputs import write_atomic
from coversheet.word.ns import qn
from coversheet.word.properties import LANGUAGE, describe
from coversheet.word.saved import followed_by

BOX_CHECKED, BOX_UNCHECKED = "\u2612", "\u2610"
_ANSWERS = (("yes", "Yes"), ("no", "No"), ("n/a", "N/A"))
_PROMPT = "Click or tap to enter text."


def write_profile_sheet(profile: Profile, out: Path, sheet: CoverSheet | None = None, *, board: str | None = None,
                        paper: Path | None = None, force: bool = False) -> Path:
    """Write the board's sheet (filled from `sheet`, or a form to fill in) to `out`, atomically,
    followed by `paper`'s body if given."""
    data = sheet.model_dump(mode="json") if sheet is not None else None
    content = profile_sheet_bytes(profile, data, board=board, page_break=paper is not None)

    def write(path: Path) -> None:
        path.write_bytes(content if paper is None else followed_by(content, paper))

    return write_atomic(Path(out), write, force=force)


def profile_sheet_bytes(profile: Profile, data: dict | None, *, board: str | None = None, page_break: bool = False) -> bytes:
    document = Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(10)
    heading = (data or {}).get("board") or board or profile.description or profile.name
    document.add_heading(heading, level=1)
    rows = _Rows(document, data)
    section = None
    for question in profile.questions:
        if question.section and question.section != section:
            rows.heading(question.section)
        section = question.section
        rows.question(question, profile)
    body = document.element.body
    end = _sdt("coversheet.end", [_paragraph([])], block=True)
    if page_break:
        brk = _element("w:r")
        etree.SubElement(brk, qn("w:br")).set(qn("w:type"), "page")
        end.find(qn("w:sdtContent")).append(_paragraph([brk]))
    body.insert(body.index(body.find(qn("w:sectPr"))), end)
    for number, control_id in enumerate(body.iter(qn("w:id")), start=1):
        control_id.set(qn("w:val"), str(200000 + number))
    describe(document.core_properties, title=(data or {}).get("title") or f"{heading} cover sheet",
             subject="Cover sheet of a paper to the board" + ("" if data else ": form to fill in"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class _Rows:
    def __init__(self, document, data: dict | None):
        self.table = document.add_table(rows=0, cols=2)
        self.table.style = "Table Grid"
        self.data = data

    def heading(self, text: str) -> None:
        cells = self.table.add_row().cells
        merged = cells[0].merge(cells[1])
        merged.paragraphs[0].add_run(text).bold = True

    def row(self, label: str, blocks: list[etree._Element]) -> None:
        cells = self.table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cell = cells[1]._tc
        for paragraph in cell.findall(qn("w:p")):
            cell.remove(paragraph)
        for block in blocks:
            cell.append(block)
        if not blocks or blocks[-1].tag != qn("w:p"):
            cell.append(_paragraph([]))

    def value(self, path: str) -> Any:
        if self.data is None:
            return None
        node: Any = self.data
        for part in path.split("."):
            if not isinstance(node, dict):
                return None
            node = node.get(part)
        return node

    # --- one question ----------------------------------------------------------------

    def question(self, question: Question, profile: Profile) -> None:
        label = question.label
        if question.own:
            self._own(question, label)
            return
        field = question.field
        head, _, rest = field.partition(".")
        if rest:  # implications.X
            self.row(label, self._yes_no_na(f"{field}", f"{field}.note", answer_tag=field))
        elif field in ("presented_by", "authors", "contributors"):
            self.row(label, [self._object_list(field, ("name", "role"))])
        elif field == "sponsor":
            self.row(label, [self._person(field)])
        elif field in ("meeting_date", "submitted_on"):
            self.row(label, [_paragraph([self._date(field)])])
        elif field == "confidential":
            words = profile.confidentiality
            value = self.value("confidential")
            boxes = [
                self._box("confidential=no", value is False), _run(f" {words.public}   "),
                self._box("confidential=yes", value is True), _run(f" {words.private}"),
            ]
            self.row(label, [_paragraph(boxes)])
            self.row(words.reason_label, [self._text_block("confidential_reason")])
        elif field == "purpose":
            chosen = self.value("purpose.categories")
            boxes: list[etree._Element] = []
            for word, category in profile.purposes.items():
                boxes += [self._box(f"purpose.categories={category.value}", category.value in (chosen or [])), _run(f" {word}   ")]
            blocks = [_paragraph(boxes)]
            if chosen is not None:
                blocks = [_sdt("purpose.categories[]", blocks, block=True)]
            self.row(label, [*blocks, self._text_block("purpose.text")])
        elif field == "recommendations":
            self.row(label, [self._text_list(field)])
        elif field == "governance":
            self.row(label, [self._object_list(field, ("forum", "date", "outcome"))])
        elif field == "risks":
            self.row(label, [_paragraph(self._answer_boxes("risks.associated", self.value("risks.associated")))])
            self.row("On the risk register?", [_paragraph(self._answer_boxes("risks.on_register", self.value("risks.on_register")))])
            self.row("Risk references", [self._object_list("risks.references", ("id", "description"))])
            self.row("Risk note", [self._text_block("risks.note")])
        else:
            self.row(label, [self._text_block(field)])

    def _own(self, question: Question, label: str) -> None:
        path = f"{OWN_QUESTIONS_KEY}.{question.name}"
        kind = question.kind
        if kind is Kind.TEXT:
            self.row(label, [self._text_block(path)])
        elif kind is Kind.DATE:
            self.row(label, [_paragraph([self._date(path)])])
        elif kind is Kind.PERSON:
            self.row(label, [self._person(path)])
        elif kind is Kind.YES_NO_NA:
            self.row(label, self._yes_no_na(path, f"{path}.note", answer_tag=f"{path}.answer"))
        elif kind is Kind.LIST:
            self.row(label, [self._text_list(path)])
        elif kind is Kind.REFERENCES:  # one reference a line, "BAF 2.1 – Elective recovery": read back by the pattern
            self.row(label, [self._text_list(path, show_reference)])
        else:
            chosen = self.value(path)
            chosen = chosen if isinstance(chosen, list) else [chosen] if chosen else []
            paragraphs = [
                _paragraph([self._box(f"{path}={option}", option in chosen), _run(f" {option}")])
                for option in question.options
            ]
            if question.multiple:
                # A container makes the group a multiple choice; without an answer the form
                # leaves it empty, which the rules take as not answered.
                paragraphs = [_sdt(f"{path}[]", paragraphs, block=True)]
            self.row(label, paragraphs)

    # --- controls -------------------------------------------------------------------

    def _text(self, path: str) -> etree._Element:
        value = self.value(path)
        return _text_control(path, None if value is None else str(value), prompt=self.data is None)

    def _text_block(self, path: str) -> etree._Element:
        """A paragraph holding the text control; text of several lines is a control around
        one paragraph a line (LibreOffice drops the line breaks inside an inline control)."""
        value = self.value(path)
        if value is None or "\n" not in str(value):
            return _paragraph([self._text(path)])
        return _sdt(path, [_text_paragraph(line) for line in str(value).split("\n")], block=True)

    def _date(self, path: str) -> etree._Element:
        return _date_control(path, self.value(path), prompt=self.data is None)

    def _box(self, tag: str, checked: bool) -> etree._Element:
        return _checkbox(tag, checked)

    def _answer_boxes(self, path: str, value: Any) -> list[etree._Element]:
        runs: list[etree._Element] = []
        for answer, word in _ANSWERS:
            runs += [self._box(f"{path}={answer}", value == answer), _run(f" {word}   ")]
        return runs

    def _yes_no_na(self, path: str, note: str, *, answer_tag: str) -> list[etree._Element]:
        answer = self.value(f"{path}.answer")
        return [_paragraph(self._answer_boxes(answer_tag, answer)), self._text_block(note)]

    def _person(self, path: str) -> etree._Element:
        return _paragraph([self._text(f"{path}.name"), _run(", "), self._text(f"{path}.role")])

    def _text_list(self, path: str, show=str) -> etree._Element:
        items = self.value(path)
        if self.data is None:  # the blank form: the prompt of its first entry
            entries = [_sdt(f"{path}[*]", [_paragraph([_run(_PROMPT, prompt=True)])], block=True, placeholder=True)]
        elif items is None:  # a rendered sheet that leaves it unanswered: blank
            entries = []
        else:
            entries = [_sdt(f"{path}[*]", [_text_paragraph(show(item))], block=True) for item in items]
        return _sdt(f"{path}[]", entries or [_paragraph([])], block=True, unanswered=items is None and self.data is not None)

    def _object_list(self, path: str, fields: tuple[str, ...]) -> etree._Element:
        items = self.value(path)
        rows = items if items else [None]
        entries = []
        if items == [] :
            entries = []
        else:
            for entry in rows:
                runs: list[etree._Element] = []
                for index, name in enumerate(fields):
                    if index:
                        runs.append(_run(" — "))
                    value = entry.get(name) if isinstance(entry, dict) else None
                    runs.append(_text_control(f"{path}[*].{name}", None if value is None else str(value), prompt=self.data is None))
                entries.append(_sdt(f"{path}[*]", [_paragraph(runs)], block=True))
        return _sdt(f"{path}[]", entries or [_paragraph([])], block=True, unanswered=items is None and self.data is not None)


# --- OOXML building blocks ----------------------------------------------------------------


def _element(tag: str, **attributes: str) -> etree._Element:
    element = etree.Element(qn(tag))
    for name, value in attributes.items():
        element.set(qn(name.replace("_", ":", 1)), value)
    return element


def _run(text: str, *, prompt: bool = False) -> etree._Element:
    run = _element("w:r")
    if prompt:
        properties = etree.SubElement(run, qn("w:rPr"))
        color = etree.SubElement(properties, qn("w:color"))
        color.set(qn("w:val"), "808080")
    for index, line in enumerate(text.split("\n")):
        if index:
            etree.SubElement(run, qn("w:br"))
        t = etree.SubElement(run, qn("w:t"))
        t.text = line
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def _paragraph(children: list[etree._Element]) -> etree._Element:
    paragraph = _element("w:p")
    for child in children:
        paragraph.append(child)
    return paragraph


def _text_paragraph(text: str) -> etree._Element:
    return _paragraph([_run(text)])


def _sdt(tag: str, content: list[etree._Element], *, block: bool = False, placeholder: bool = False,
         unanswered: bool = False) -> etree._Element:
    """A content control tagged `tag` around `content` (runs, or with `block` paragraphs).

    `unanswered` (a list the sheet does not answer) writes the content with no container, as
    the standard renderer does, so that it reads back as not answered.
    """
    if unanswered:
        wrapper = _element("w:sdtContent")
        for child in content:
            wrapper.append(child)
        # The caller appends one element: a container-less list is its paragraphs in a
        # control with a tag outside our scheme, which the reader looks inside of.
        tag = "coversheet.unanswered"
        content = list(wrapper)
    sdt = _element("w:sdt")
    properties = etree.SubElement(sdt, qn("w:sdtPr"))
    # The alias repeats the tag: LibreOffice keeps a control's alias when it drops its tag.
    etree.SubElement(properties, qn("w:alias")).set(qn("w:val"), tag)
    etree.SubElement(properties, qn("w:id"))
    etree.SubElement(properties, qn("w:tag")).set(qn("w:val"), tag)
    if placeholder:
        etree.SubElement(properties, qn("w:showingPlcHdr"))
    body = etree.SubElement(sdt, qn("w:sdtContent"))
    for child in content:
        body.append(child)
    return sdt


def _text_control(tag: str, value: str | None, *, prompt: bool = True) -> etree._Element:
    """A plain-text control holding `value`. Empty, it shows the form's prompt (`prompt`, the
    blank form an author fills in) or nothing (a rendered sheet: a question left unanswered
    prints blank, as on the standard sheet, never "Click or tap to enter text.")."""
    if value is None:
        sdt = _sdt(tag, [_run(_PROMPT, prompt=True)] if prompt else [_run("")], placeholder=prompt)
    else:
        sdt = _sdt(tag, [_run(value)])
    etree.SubElement(sdt.find(qn("w:sdtPr")), qn("w:text")).set(qn("w:multiLine"), "1")
    return sdt


def _date_control(tag: str, value: str | None, *, prompt: bool = True) -> etree._Element:
    if value is None:
        sdt = _sdt(tag, [_run("Pick a date.", prompt=True)] if prompt else [_run("")], placeholder=prompt)
    else:
        day = dt.date.fromisoformat(value)
        sdt = _sdt(tag, [_run(f"{day.day} {day:%B %Y}")])
    date = etree.SubElement(sdt.find(qn("w:sdtPr")), qn("w:date"))
    if value is not None:
        date.set(qn("w:fullDate"), f"{value}T00:00:00Z")
    etree.SubElement(date, qn("w:dateFormat")).set(qn("w:val"), "d MMMM yyyy")
    etree.SubElement(date, qn("w:lid")).set(qn("w:val"), LANGUAGE)
    etree.SubElement(date, qn("w:storeMappedDataAs")).set(qn("w:val"), "dateTime")
    etree.SubElement(date, qn("w:calendar")).set(qn("w:val"), "gregorian")
    return sdt


def _checkbox(tag: str, checked: bool) -> etree._Element:
    glyph = _element("w:r")
    fonts = etree.SubElement(etree.SubElement(glyph, qn("w:rPr")), qn("w:rFonts"))
    for name in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(name), "MS Gothic")
    etree.SubElement(glyph, qn("w:t")).text = BOX_CHECKED if checked else BOX_UNCHECKED
    sdt = _sdt(tag, [glyph])
    box = etree.SubElement(sdt.find(qn("w:sdtPr")), qn("w14:checkbox"))
    etree.SubElement(box, qn("w14:checked")).set(qn("w14:val"), "1" if checked else "0")
    for state, code in (("w14:checkedState", "2612"), ("w14:uncheckedState", "2610")):
        element = etree.SubElement(box, qn(state))
        element.set(qn("w14:val"), code)
        element.set(qn("w14:font"), "MS Gothic")
    return sdt
