"""The agenda written out: a Word document for the pack, or Markdown for an email or wiki.

Kept apart from `coversheet.desk.agenda` (which decides what is on the agenda) so that each
format is a small function of an `Agenda`. The notes (warnings) go into the document as
well as onto stderr: the secretary who opens the file later still sees them.
"""

from __future__ import annotations

from pathlib import Path

from coversheet.desk.agenda import COLUMNS, Agenda
from coversheet.desk.markdown import markdown_text

NOTES_HEADING = "Notes for the secretary"


def agenda_markdown(agenda: Agenda) -> str:
    """The agenda as a Markdown table, with the notes as a quoted list after it."""
    lines = [f"# {agenda.heading}", "", f"**{agenda.meeting_line}**", ""]
    lines.append("| " + " | ".join(COLUMNS) + " |")
    lines.append("|" + "|".join("---" for _ in COLUMNS) + "|")
    for entry in agenda.entries:
        lines.append("| " + " | ".join(_cell(text) for text in entry.cells()) + " |")
    if not agenda.entries:
        lines.append("| " + " | ".join(["", "No papers for this meeting", "", "", ""]) + " |")
    if agenda.warnings:
        lines += ["", f"> **{NOTES_HEADING}**", ">"]
        lines += [f"> - {markdown_text(warning)}" for warning in agenda.warnings]
    return "\n".join(lines) + "\n"


def write_agenda_docx(agenda: Agenda, path: Path, force: bool = False) -> Path:
    """Write the agenda as a Word document, atomically; never over a file without `force`."""
    from coversheet.outputs import write_atomic

    document = _document(agenda)
    return write_atomic(path, lambda temporary: document.save(str(temporary)), force=force)


def _document(agenda: Agenda):
    from docx import Document
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = f"{agenda.heading} – {agenda.meeting_line}"
    document.add_heading(agenda.heading, level=1)
    document.add_paragraph().add_run(agenda.meeting_line).bold = True

    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, name in zip(header.cells, COLUMNS, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    for entry in agenda.entries:
        for cell, text in zip(table.add_row().cells, entry.cells(), strict=True):
            cell.text = text
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10)

    if agenda.warnings:
        document.add_heading(NOTES_HEADING, level=2)
        for warning in agenda.warnings:
            document.add_paragraph(_one_line(warning), style="List Bullet")
    return document


def _repeat_as_header(row) -> None:
    # Word's "Repeat as header row" (w:tblHeader): screen readers announce the header cells
    # with each row, and the header repeats when the table runs onto a second page.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _cell(text: str) -> str:
    return markdown_text(text)  # escapes "|" too, which would end the cell


def _one_line(text: str) -> str:
    return " ".join(text.split())
