"""A Word document that is one accessible table under a heading, with notes after it.

What the agenda needs (and any other listing a secretary prints): a title in the document's
properties, a heading, a bold line under it, a real table whose header row is marked as
such, and a bulleted list of notes. The caller supplies plain text; this module alone knows
the OOXML.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coversheet.outputs import write_atomic
from coversheet.word.properties import describe
from coversheet.word.saved import docx_bytes


def write_table_document(
    path: Path,
    *,
    title: str,
    heading: str,
    subheading: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[str]],
    notes_heading: str,
    notes: Sequence[str],
    force: bool = False,
    facts: Sequence[tuple[str, str]] = (),
    members: Sequence[str] = (),
) -> Path:
    """Write the document atomically; never over an existing file without `force`. `facts`
    ("Time", "10:00") print under the subheading, then `members` under "Membership"; a line
    break in a cell's text starts a new line in the cell."""
    document = _document(title, heading, subheading, columns, rows, notes_heading, notes, facts, members)
    return write_atomic(path, docx_bytes(document), force=force)


def _document(title, heading, subheading, columns, rows, notes_heading, notes, facts=(), members=()):
    from docx import Document
    from docx.shared import Pt

    document = Document()
    describe(document.core_properties, title=title)
    document.add_heading(heading, level=1)
    document.add_paragraph().add_run(subheading).bold = True
    for name, value in facts:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{name}: ").bold = True
        paragraph.add_run(value)
    if members:
        document.add_paragraph().add_run("Membership").bold = True
        for member in members:
            document.add_paragraph(member, style="List Bullet")

    table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    header_row(table, columns)
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10)

    if notes:
        document.add_heading(notes_heading, level=2)
        for note in notes:
            document.add_paragraph(note, style="List Bullet")
    return document


def header_row(table, columns: Sequence[str]) -> None:
    """Write `columns` in bold into the table's first row and mark it as its header row."""
    header = table.rows[0]
    repeat_as_header(header)
    for cell, name in zip(header.cells, columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True


def repeat_as_header(row) -> None:
    # Word's "Repeat as header row" (w:tblHeader): screen readers announce the header cells
    # with each row, and the header repeats when the table runs onto a second page.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)
