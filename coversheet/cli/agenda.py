"""`coversheet agenda FOLDER`: the meeting's agenda from its papers' cover sheets."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import (
    dash_is_stdout,
    emit,
    error,
    load_config_option,
    meeting_option,
    refuse_unwritable,
    usage_error,
    writing,
)


class Format(str, Enum):
    docx = "docx"
    md = "md"


def agenda(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", help="The folder of papers for the meeting (searched recursively).", file_okay=False, exists=True)],
    meeting: Annotated[Optional[str], typer.Option("--meeting", "-m", help="The meeting date (YYYY-MM-DD); default: the date most papers give.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the agenda to this file (.docx or .md; - for standard output).", callback=dash_is_stdout)] = None,
    format: Annotated[Optional[Format], typer.Option("--format", "-f", help="docx or md (default: from -o's extension; md on standard output).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the --output file if it exists.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Use this coversheet.toml for every paper (default: the nearest one above each).")] = None,
) -> None:
    """Build the meeting's agenda in agenda-item order: item, title, owner, action, format.

    Notes under the table name two papers with one item, papers for another meeting, cover
    sheets that fail their checks, and papers with no owner or action.

    Example: coversheet agenda papers/ --meeting 2020-12-02 -o agenda.docx
    """
    from coversheet.desk.agenda import build_agenda
    from coversheet.desk.agenda_formats import (
        NOTES_HEADING,
        agenda_markdown,
        write_agenda_docx,
    )
    from coversheet.errors import ConfigError
    from coversheet.outputs import OutputExists
    from coversheet.run.one_file import CheckOptions

    chosen = _format(format, output)
    if chosen is Format.docx and output is None:
        raise usage_error("a Word agenda needs a file: add -o agenda.docx (or use --format md)")
    refuse_unwritable(output)
    if output is not None and output.exists() and not force:
        raise usage_error(str(OutputExists(output)))
    date = meeting_option(meeting)
    board = load_config_option(config)
    try:
        built = build_agenda(folder, date, CheckOptions(config=board))
    except ConfigError as exc:
        raise usage_error(str(exc)) from None
    if not built.files_found:
        raise usage_error(f"no drafts (.yaml, .yml, .json) or Word files (.docx) found in {folder}")
    # The notes are part of the agenda, where the secretary reads them; they are not said
    # again on stderr, which only says what was written.
    if chosen is Format.md:
        emit(agenda_markdown(built), output, force)
    else:
        with writing(output):
            write_agenda_docx(built, output, force=force)
    if output is not None:
        notes = f" under '{NOTES_HEADING}'" if built.warnings else ""
        error(f"wrote {output}: {len(built.entries)} item(s), {len(built.warnings)} note(s){notes}")


def _format(format: Format | None, output: Path | None) -> Format:
    if format is not None:
        return format
    if output is not None and output.suffix.lower() == ".docx":
        return Format.docx
    return Format.md

