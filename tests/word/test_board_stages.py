"""The board reader's two stages called on their own: the walk divides a document's blocks into
sections by the board's labels, and the assembler reads a walked sheet's sections as answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from helpers.board_papers import add_table
from lxml import etree

from coversheet.config.profile import load_profile
from coversheet.errors import UnreadableFile
from coversheet.model.raw import ReadingProblem
from coversheet.word.layout.cells import Cell
from coversheet.word.matching.meaning import matcher_for
from coversheet.word.ns import qn
from coversheet.word.package import open_package
from coversheet.word.readers.board import Section, WalkedSheet, assemble_sheet, walk_sheet

PROFILE = load_profile({"questions": [
    {"field": "title", "labels": ["Report title"]},
    {"field": "authors", "labels": ["Author"]},
    {"name": "legal", "labels": ["Legal implications"], "kind": "yes_no_na"},
]})
SHEET = [["Report title", "Winter plan"], ["Author", "Jane Smith, Director of Nursing"],
         ["Legal implications", "Yes ☒ No ☐"], ["Carbon impact:", "None expected"]]


def _walked(tmp_path: Path, rows: list[list[str]]) -> WalkedSheet:
    document = Document()
    add_table(document, rows)
    document.save(tmp_path / "paper.docx")
    with open_package(tmp_path / "paper.docx") as package:
        return walk_sheet(package.body(), matcher_for(PROFILE))


def test_the_walk_gives_each_labelled_row_to_its_question_and_keeps_an_unknown_label_apart(tmp_path: Path) -> None:
    read = _walked(tmp_path, SHEET)
    assert list(read.sections) == ["title", "authors", "questions.legal"]
    assert [[cell.text for cell in row] for row in read.sections["title"].rows] == [["Winter plan"]]
    assert read.sections["authors"].label == "Author" and read.sections["authors"].how == "profile"
    assert [(s.label, [c.text for row in s.rows for c in row]) for s in read.unrecognised] == [("Carbon impact:", ["None expected"])]
    assert [section.label for section in read.order] == ["Report title", "Author", "Legal implications", "Carbon impact:"]


def test_the_walk_finds_no_sheet_where_no_label_of_the_board_is(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile) as raised:
        _walked(tmp_path, [["Budget line", "Amount"], ["Staffing", "£1.2m"]])
    assert raised.value.missing_cover_sheet


def test_the_assembler_reads_a_walked_sheet_by_each_questions_kind(tmp_path: Path) -> None:
    read = _walked(tmp_path, SHEET)
    raw = assemble_sheet(read, matcher_for(PROFILE), PROFILE)
    assert raw.data["title"] == "Winter plan"
    assert raw.data["authors"] == [{"name": "Jane Smith", "role": "Director of Nursing"}]
    assert raw.data["questions"]["legal"] == {"answer": "yes", "note": None}
    assert raw.unrecognised == [{"label": "Carbon impact:", "text": "None expected"}]
    assert [noticed.kind for noticed in raw.noticed] == [ReadingProblem.UNRECOGNISED_LABELS]


def test_the_assembler_needs_no_document_only_sections() -> None:
    def cell(text: str) -> Cell:
        return Cell(etree.Element(qn("w:p")), text, 1)

    read = WalkedSheet()
    read.sections["title"] = Section("title", "Report title", rows=[[cell("Winter plan")]], how="profile")
    read.sections["questions.legal"] = Section("questions.legal", "Legal implications", rows=[[cell("No – none identified")]])
    read.order = list(read.sections.values())
    raw = assemble_sheet(read, matcher_for(PROFILE), PROFILE)
    assert raw.data["title"] == "Winter plan"
    assert raw.data["questions"]["legal"]["answer"] == "no"
