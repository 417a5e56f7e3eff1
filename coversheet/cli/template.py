"""`coversheet template check FILE.docx`: does an organisation's template fit the board's sheet?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import DEFAULT_TIME_BUDGET, TimeBudget, board_option, usage_error, within_time_budget
from coversheet.cli.usage import Command
from coversheet.exitcodes import EXIT_ERROR, EXIT_FAIL, EXIT_SUCCESS

app = typer.Typer(help="Work with Word cover-sheet templates.", no_args_is_help=True)


@app.command("check", cls=Command)
def check(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A cover-sheet template (.docx): tagged content controls and/or docxtpl Jinja tags.")],
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="The board's coversheet.toml (default: the nearest one above FILE).")] = None,
    profile: Annotated[Optional[str], typer.Option("--profile", "-p", help="Check against this profile (shipped name or .toml file) instead.")] = None,
    time_budget: TimeBudget = DEFAULT_TIME_BUDGET,
) -> None:
    """Report tags that are not fields of the board's sheet, and fields the template never shows.

    Both content-control tags (title, governance[*].date) and docxtpl's Jinja tags
    ({{ sheet.title }}, {% for r in sheet.recommendations %}) are read.

    Example: coversheet template check our-board.docx
    """
    from coversheet.word.forms.template_audit import audit

    if not file.is_file():
        raise usage_error(f"{file} does not exist")
    from coversheet.errors import UnreadableFile

    board = board_option(config, profile, file.parent)
    sheet = board.custom_profile
    # A template too slow to read is bad input, as an unreadable one is (exit 2).
    with within_time_budget(time_budget, file, EXIT_ERROR, "not checked"):
        try:
            found = audit(file, sheet, extra_implications=board.implications)
        except UnreadableFile as exc:
            raise usage_error(exc.message) from None
        except Exception as exc:  # a broken .docx or a broken Jinja tag is bad input, not a crash
            raise usage_error(f"{file}: not a readable Word template ({type(exc).__name__}: {exc})") from None
    for tag in found.unknown:
        typer.echo(f"{file}: tag '{tag}' is not a field of the cover sheet")
    for name in found.not_asked:
        typer.echo(f"{file}: the template shows '{name}', which the board's sheet ({sheet.name}) does not ask")
    for path in found.unshown:
        label = sheet.label_for(path.replace("[*]", "")) if sheet is not None else None
        typer.echo(f"{file}: the template never shows " + (f"'{label}' ({path})" if label else f"'{path}'"))
    for path in found.untagged:
        label = sheet.label_for(path.replace("[*]", "")) if sheet is not None else None
        shown = f"'{label}' ({path})" if label else f"'{path}'"
        typer.echo(f"{file}: the template prints {shown} in no control tagged '{path}': check cannot read it back")
    if found.clean:
        if sheet is None:
            typer.echo(f"{file}: every tag is a field and every field is shown")
        else:
            typer.echo(f"{file}: every tag is a question of the board's sheet ({sheet.name}) and every question is shown")
    raise typer.Exit(EXIT_SUCCESS if found.clean else EXIT_FAIL)
