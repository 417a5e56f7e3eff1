"""`profile init` on a sheet coversheet drew: the questions from its controls' tags.

A form written by `new --docx` or `render` (the shipped 2020 form, or a board profile's sheet)
carries a content control tagged with the draft path of every answer; LibreOffice keeps the
tags as the controls' titles. On such a form the question names and kinds are read from the
tags, not guessed: `questions.x.answer=yes` is a yes / no / n/a question, `questions.x=Option`
a choice (several when the options sit in a `questions.x[]` group), `questions.x.name` a
person, a date control a date. The label is the row's words (or the row above, when the answer
sits under its label); a row with no controls followed by labelled rows is a section heading.
Only one thing the tags cannot say: a `list` and a `references` question are drawn alike, so
that is told from the label (and marked unsure).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from types import SimpleNamespace

from lxml import etree

from coversheet.word.layout.cells import flatten, table_rows
from coversheet.word.ns import qn
from coversheet.word.forms.proposals import Proposal, Template, profile_kind
from coversheet.word.tags import parse_tag, tag_text
from coversheet.word.readers.titled import title_of

_SDT, _SDT_PR, _DATE, _R, _T = qn("w:sdt"), qn("w:sdtPr"), qn("w:date"), qn("w:r"), qn("w:t")
_REFERENCES_LABEL = re.compile(r"\b(references?|baf|risks?|ref)\b", re.I)
MIN_TAGGED_ROWS = 3


def tagged_questions(blocks: Iterable[etree._Element]):
    """The `Template` of a form with our tags (or titles), or None for any other sheet."""

    questions, purposes, confidentiality, tagged_rows = _scan(blocks)
    if tagged_rows < MIN_TAGGED_ROWS:
        return None
    defaults = _default_form_labels()
    for proposal in questions:
        if proposal.field and defaults.get(proposal.field) == proposal.label:
            proposal.standard_words = True  # the 2020 sheet's own words: the default, no labels line
    if not {"public", "private"} <= set(confidentiality):
        confidentiality = {}
    return Template(None, questions, purposes, confidentiality)


def _scan(blocks: Iterable[etree._Element]):
    """(proposals with labels as printed, purpose words, public / private words, tagged rows)."""
    questions: dict[str, object] = {}
    purposes: dict[str, str] = {}
    confidentiality: dict[str, str] = {}
    pending: str | None = None  # an untagged row: the label of the row below, or a heading
    section: str | None = None
    tagged_rows = 0
    for kind, element in flatten(blocks):
        # A paragraph is a row of one cell (the 2020 form's board line above its table).
        for cells in table_rows(element) if kind == "tbl" else [[SimpleNamespace(element=element, text="")]]:
            controls = [(sdt, tag) for cell in cells for sdt in cell.element.iter(_SDT)
                        if (tag := parse_tag(tag_text(sdt) or title_of(sdt))) is not None and tag.kind != "end"]
            words = _outside_controls(cells[0].element) if cells else ""
            if not controls:
                if kind == "tbl" and words and len([c for c in cells if c.text]) == 1:
                    pending = words
                continue
            tagged_rows += 1
            if words and pending is not None and len(cells) > 1:
                section = pending  # "Impact" above rows with their own labels: a heading
            label = (words or pending or "").rstrip(":").strip()
            pending = None
            for key, proposal in _questions(controls, label, section):
                questions.setdefault(key, proposal)
            for sdt, tag in controls:
                if tag.path == "confidential_reason" and label:
                    confidentiality["reason_label"] = label
                word = _words_after(sdt) if tag.kind == "choice" else ""
                if word and tag.path == "purpose.categories":
                    purposes[word] = tag.value
                elif word and tag.path == "confidential":
                    confidentiality["private" if tag.value == "yes" else "public"] = word
    return list(questions.values()), purposes, confidentiality, tagged_rows


def _questions(controls, label: str, section: str | None):

    by_key: dict[str, list] = {}
    for sdt, tag in controls:
        key = _question_key(tag.path)
        if key is not None:
            by_key.setdefault(key, []).append((sdt, tag))
    for key, found in by_key.items():
        if not key.startswith("questions."):
            yield key, Proposal(label, field=key, kind=profile_kind(key), section=section)
            continue
        name = key.partition(".")[2]
        paths = {tag.path for _, tag in found}
        kinds = {tag.kind for _, tag in found}
        if f"{key}.answer" in paths:
            yield key, Proposal(label, name=name, kind="yes_no_na", section=section)
        elif "choice" in kinds:
            options = [tag.value for _, tag in found if tag.kind == "choice"]
            yield key, Proposal(label, name=name, kind="choice", options=list(dict.fromkeys(options)),
                                multiple="list" in kinds, section=section)
        elif f"{key}.name" in paths:
            yield key, Proposal(label, name=name, kind="person", section=section)
        elif "list" in kinds or "item" in kinds:
            references = bool(_REFERENCES_LABEL.search(label))
            yield key, Proposal(label, name=name, kind="references" if references else "list", section=section,
                                unsure="references or a list? told from the label" + (": add its pattern" if references else ""))
        else:
            sdt = found[0][0]
            properties = sdt.find(_SDT_PR)
            is_date = properties is not None and properties.find(_DATE) is not None
            yield key, Proposal(label, name=name, kind="date" if is_date else "text", section=section)


def _question_key(path: str) -> str | None:
    """The question a tagged path answers: `implications.quality.note` -> implications.quality."""
    from coversheet.config.profile import STANDARD_QUESTIONS

    parts = path.split(".")
    if parts[0] == "questions" and len(parts) > 1:
        return f"questions.{parts[1]}"
    if parts[0] == "implications" and len(parts) > 1:
        return f"implications.{parts[1]}"
    if parts[0] == "confidential_reason":
        return None  # asked with confidential
    return parts[0] if parts[0] in STANDARD_QUESTIONS else None


def _outside_controls(element: etree._Element) -> str:
    """The words of a cell that are not inside a control (its label)."""
    words = []
    for node in element.iter(_T):
        parent = node.getparent()
        inside = False
        while parent is not None and parent is not element:
            if parent.tag == _SDT:
                inside = True
                break
            parent = parent.getparent()
        if not inside:
            words.append(node.text or "")
    return " ".join("".join(words).replace("\u2610", " ").replace("\u2612", " ").split())


def _words_after(sdt: etree._Element) -> str:
    """The words printed after a box, up to the next control: "☐ Decision" -> "Decision"."""
    words = []
    for sibling in sdt.itersiblings():
        if sibling.tag == _SDT:
            break
        if sibling.tag == _R:
            words.extend(t.text or "" for t in sibling.iter(_T))
    return " ".join("".join(words).split())


@lru_cache(maxsize=1)
def _default_form_labels() -> dict[str, str]:
    """The words the shipped 2020 form prints for each question (its defaults need no labels)."""
    from coversheet.resources import data_path
    from coversheet.word.package import open_package

    with open_package(data_path("templates", "form.docx")) as package:
        blocks = package.body()
        try:
            questions = _scan(blocks)[0]
        finally:
            blocks.close()
    return {p.field: p.label for p in questions if p.field}
