"""A screen reader in the pack: each paper reached by its own heading, each sheet's labels as row headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.structure import structure


@pytest.mark.slow
def test_each_paper_has_its_own_heading_not_the_boards_name(public: Path) -> None:
    headings = [node.text for node in structure(public).walk() if node.role in ("H", "H1", "H2", "H3")]
    for paper in ("Item 7. Clinical Strategy Update", "Item 9. System Assurance Framework", "Item 10. ICS Finance Report"):
        assert headings.count(paper) == 1, headings
    assert "ICS Board" not in headings, headings  # no longer the same heading at every paper


@pytest.mark.slow
def test_cover_sheet_labels_are_row_headers_and_answers_their_cells(public: Path) -> None:
    tree = structure(public)
    sheets = [table for table in tree.find("Table") if table.kids and table.kids[0].kids and table.kids[0].kids[0].text == "Date of Meeting"]
    assert len(sheets) == 3, [table.text[:60] for table in tree.find("Table")]  # items 7 and 10 drafts, 9 a Word paper
    for table in sheets:
        rows = {row.kids[0].text: row.kids for row in table.kids if len(row.kids) == 2}
        date, title = rows["Date of Meeting"], rows["Title of Paper"]
        assert [(cell.role, cell.attributes.get("Scope")) for cell in date] == [("TH", "/Row"), ("TD", None)]
        assert date[1].text == "2 December 2020" and title[0].role == "TH" and title[1].role == "TD"
    # The answers are never column headers over the sheet (as "2 December 2020" was).
    assert not [cell for cell in tree.find("TH") if cell.text == "2 December 2020"]


def test_a_sheets_header_rows_stop_repeating_and_its_cells_are_classed(tmp_path: Path) -> None:
    from docx import Document

    from coversheet.config import DEFAULT_CONFIG
    from coversheet.drafts.read import read_draft
    from coversheet.word.assembly import sheets
    from coversheet.read.validate import validate
    from coversheet.word.ns import qn
    from coversheet.word.writing.render import render_sheet

    sheet, _ = validate(read_draft(Path(__file__).resolve().parents[2] / "examples" / "complete.yaml"), DEFAULT_CONFIG)
    document = Document(str(render_sheet(sheet, tmp_path / "sheet.docx")))
    blocks = list(document.element.body)
    tables = sheets.cell_kinds(blocks)
    # "Purpose of the Paper" repeated over unrelated rows on a sheet's second page: no more.
    assert not list(document.element.body.iter(qn("w:tblHeader")))
    first, second = tables[0][1], tables[1][1]
    assert first[0] == [sheets.ROW, sheets.DATA]  # Date of Meeting | 2 December 2020
    assert second[0] == [sheets.COLUMN]  # Purpose of the Paper, over the section
