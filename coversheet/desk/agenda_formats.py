"""The agenda written out: a Word document for the pack, or Markdown for an email or wiki.

Kept apart from `coversheet.desk.agenda` (which decides what is on the agenda) so that each
format is a small function of an `Agenda`; the Word document's OOXML is `word.table_document`. The notes (warnings) go into the document, and
only there: the secretary who opens the file later sees them, and reads each once.
"""

from __future__ import annotations

from pathlib import Path

from coversheet.desk.agenda import COLUMNS, Agenda, AgendaEntry
from coversheet.desk.markdown import markdown_text
from coversheet.word.writing.table_document import write_table_document

NOTES_HEADING = "Notes for the secretary"


def agenda_markdown(agenda: Agenda) -> str:
    """The agenda as a Markdown table, with the notes as a quoted list after it."""
    lines = [f"# {agenda.heading}", "", f"**{agenda.meeting_line}**", ""]
    if agenda.facts:
        lines += [f"**{_cell(name)}:** {_cell(value)}  " for name, value in agenda.facts]
        lines[-1] = lines[-1].rstrip()
        lines.append("")
    if agenda.membership:
        lines += ["**Membership**", ""] + [f"- {_cell(member)}" for member in agenda.membership] + [""]
    lines.append("| " + " | ".join(COLUMNS) + " |")
    lines.append("|" + "|".join("---" for _ in COLUMNS) + "|")
    for entry, cells in agenda.rows():
        shown = [_cell(text) for text in cells]
        if entry is not None and entry.description:
            shown[1] += "<br>" + _cell(entry.description)  # the plan's line under the title, as the pack prints it
        lines.append("| " + " | ".join(shown) + " |")
    if not agenda.entries:
        lines.append("| " + " | ".join(["", "No papers for this meeting", "", "", ""]) + " |")
    if agenda.warnings:
        lines += ["", f"> **{NOTES_HEADING}**", ">"]
        lines += [f"> - {markdown_text(warning)}" for warning in agenda.warnings]
    return "\n".join(lines) + "\n"


def write_agenda_docx(agenda: Agenda, path: Path, force: bool = False) -> Path:
    """Write the agenda as a Word document, atomically; never over a file without `force`."""
    return write_table_document(
        path,
        title=f"{agenda.heading} – {agenda.meeting_line}",
        heading=agenda.heading,
        subheading=agenda.meeting_line,
        columns=COLUMNS,
        rows=[_word_cells(entry, cells) for entry, cells in agenda.rows()],
        notes_heading=NOTES_HEADING,
        notes=[_one_line(warning) for warning in agenda.warnings],
        force=force,
        facts=[(name, _one_line(value)) for name, value in agenda.facts],
        members=[_one_line(member) for member in agenda.membership],
    )


def _word_cells(entry: AgendaEntry | None, cells: tuple[str, ...]) -> tuple[str, ...]:
    """The row's cells, the plan's description on its own line under the title."""
    if entry is None or not entry.description:
        return cells
    return (cells[0], f"{cells[1]}\n{_one_line(entry.description)}", *cells[2:])


def _cell(text: str) -> str:
    return markdown_text(text)  # escapes "|" too, which would end the cell


def _one_line(text: str) -> str:
    return " ".join(text.split())
