"""`coversheet new [PATH]`: a draft (or a Word form) to fill in."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import board_option, emit


def new(
    path: Annotated[Optional[Path], typer.Argument(metavar="PATH", help="Where to write it (default: standard output for a draft, cover-sheet.docx for a form).")] = None,
    docx: Annotated[bool, typer.Option("--docx", help="Write a fillable Word form instead of a YAML draft.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite PATH if it exists.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Board configuration (default: the nearest coversheet.toml).")] = None,
    schema_url: Annotated[Optional[str], typer.Option("--schema-url", help="Schema location for the editor modeline (default: the schema installed with coversheet).")] = None,
) -> None:
    """Write a commented draft to fill in, or with --docx a fillable Word form.

    Examples: coversheet new paper.yaml; coversheet new paper.docx --docx
    """
    board = board_option(config, None, path.parent if path is not None else None)
    if docx or (path is not None and path.suffix.lower() == ".docx"):
        _new_form(path or Path("cover-sheet.docx"), board, force)
        return
    from coversheet.drafts.new import draft_text

    emit(draft_text(board, schema_url), path, force)
    if path is not None:
        typer.echo(f"Wrote {path}: fill it in, then run `coversheet check {path}`.", err=True)


def _new_form(path: Path, board, force: bool) -> None:
    from coversheet.cli.common import writing

    profile = board.custom_profile
    with writing(path):
        if profile is not None:
            from coversheet.word.writing.profile_sheet import write_profile_sheet

            write_profile_sheet(profile, path, None, board=board.board, force=force)
        else:
            from coversheet.word.writing.form import write_form

            write_form(path, board_config=board, force=force)
    typer.echo(f"Wrote {path}: fill it in with Word, then run `coversheet check {path}`.", err=True)
