"""The pack's agenda table: a row for each item, its title a link to the paper, its pages the
page numbers LibreOffice fills in (PAGEREF fields), and rows across the table for a section's
title or a resolution.

What the rows say is the pack's (`coversheet.pack.compose`); here they are written, with the
table's widths, cell margins and sizes, so that each cell keeps its words whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from coversheet.word.assembly.fields import add_field, page_ref
from coversheet.word.writing.table_document import header_row

AGENDA_PT = 10
SMALLEST_PT = 7.5
EM_PER_CHARACTER = 0.62  # DejaVu Sans's widest run of letters, about; Calibri and Arial are narrower


@dataclass
class Across:
    """A row across the whole table: a title in bold, and a paragraph under it."""

    title: str
    text: str | None = None


@dataclass
class Entry:
    """An item's row, one text a column; the title's column also holds the description and a
    note (in italics); `link` is the bookmark the title links to (a REF field, which shows the
    text held there), `pages` the bookmarks of the paper's first and (for a range) last page."""

    item: str
    title: str
    description: str | None = None
    note: str | None = None
    owner: str = ""
    action: str = ""
    format: str = ""
    link: str | None = None
    pages: tuple[str, ...] = ()


def agenda_table(document, rows: Sequence[Across | Entry], *, columns: Sequence[str], widths_cm: Sequence[float],
                 cell_margin_cm: float, fitted: Sequence[int], dash: str):
    """The agenda as a table at the end of python-docx's `document`; returns its element.

    `columns` in bold in a header row; `fitted` the columns whose words are printed whole (a
    smaller size for a long name, down to 7.5 pt); `dash` between a range's two page numbers.
    """
    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    header_row(table, columns)
    for row in rows:
        if isinstance(row, Across):
            across = table.add_row()
            merged = across.cells[0].merge(across.cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(row.title).bold = True
            if row.text is not None:
                merged.add_paragraph(row.text)
            continue
        cells = table.add_row().cells
        cells[0].text = row.item
        if row.link is not None:
            _title_link(cells[1].paragraphs[0], row.link, row.title)
        else:
            cells[1].text = row.title
        if row.description:
            cells[1].add_paragraph(row.description)
        if row.note:
            cells[1].add_paragraph(row.note).runs[0].italic = True
        cells[2].text, cells[3].text, cells[4].text = row.owner, row.action, row.format
        if row.pages:
            paragraph = cells[5].paragraphs[0]
            for number, bookmark in enumerate(row.pages):
                if number:
                    paragraph.add_run(dash)
                add_field(paragraph, page_ref(bookmark))
    table.autofit = False
    for table_row in table.rows:
        # A row is never split across two pages ("105 -" at the foot of one, "109" atop the next).
        properties = table_row._tr.get_or_add_trPr()
        properties.insert(0, OxmlElement("w:cantSplit"))
    _cell_margins(table, cell_margin_cm)
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)  # the grid LibreOffice lays out by
    for table_row in table.rows:
        for column, (cell, width) in enumerate(zip(table_row.cells, widths_cm)):
            cell.width = Cm(width)
            # The description wraps between words; a name, an action or a format is fitted whole.
            size = size_for_words(cell.text, width, cell_margin_cm) if column in fitted and len(table_row.cells) > 1 else AGENDA_PT
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)
    return table._tbl


def _title_link(paragraph, bookmark: str, title: str) -> None:
    """The agenda row's title, linking to the paper's first page.

    A REF field (with \\h, a link) to a bookmark round the title, held as hidden text at the
    start of the paper (`PackDocument.bookmark` with a title): LibreOffice 7.4 exports no link
    annotation for a hyperlink (w:hyperlink or a HYPERLINK field), only for its reference
    fields; so this gives the PDF a link whose text, for a screen reader too, is the title,
    going to the paper.
    """
    add_field(paragraph, f"REF {bookmark} \\h", title, underline=True)


def size_for_words(text: str, width_cm: float, cell_margin_cm: float) -> float:
    """The agenda's size, or smaller for a cell whose longest word would not fit its column at
    it ("Christopherson-Montgomery" in the Owner column): a name printed whole, never broken
    mid-word, down to 7.5 pt. Words are broken after "/" and "-" as LibreOffice breaks them."""
    words = [w for part in text.replace("/", "/ ").replace("-", "- ").split() if (w := part.strip())]
    longest = max((len(word) for word in words), default=0)
    room_pt = (width_cm - 2 * cell_margin_cm) / 2.54 * 72
    if not longest or longest * EM_PER_CHARACTER * AGENDA_PT <= room_pt:
        return AGENDA_PT
    return max(SMALLEST_PT, round(room_pt / (longest * EM_PER_CHARACTER) * 2) / 2 - 0.5)


def _cell_margins(table, cm: float) -> None:
    """The table's left and right cell margins (w:tblCellMar), so the narrow columns keep their words whole."""
    properties = table._tbl.tblPr
    margins = properties.find(qn("w:tblCellMar"))
    if margins is None:
        margins = OxmlElement("w:tblCellMar")
        properties.append(margins)
    for side in ("w:left", "w:right"):
        margin = OxmlElement(side)
        margin.set(qn("w:w"), str(round(cm * 567)))  # twentieths of a point
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
