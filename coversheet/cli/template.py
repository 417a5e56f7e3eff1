"""`coversheet template check FILE.docx`: does an organisation's template fit the model?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coversheet.cli.common import usage_error
from coversheet.exitcodes import EXIT_FAIL, EXIT_SUCCESS

app = typer.Typer(help="Work with Word cover-sheet templates.", no_args_is_help=True)


@app.command("check")
def check(
    file: Annotated[Path, typer.Argument(help="A cover-sheet template (.docx) with tagged content controls.")],
) -> None:
    """Report tags that are not fields of the model, and fields the template never shows.

    Example: coversheet template check our-board.docx
    """
    from coversheet.word.template_audit import audit_template

    if not file.is_file():
        raise usage_error(f"{file} does not exist")
    from coversheet.errors import UnreadableFile

    try:
        unknown, unshown = audit_template(file)
    except UnreadableFile as exc:
        raise usage_error(exc.message) from None
    except Exception as exc:  # a broken .docx is bad input, not a crash
        raise usage_error(f"{file}: not a readable Word document ({exc})") from None
    for tag in unknown:
        typer.echo(f"{file}: tag '{tag}' is not a field of the cover sheet")
    for field in unshown:
        typer.echo(f"{file}: the template never shows '{field}'")
    if not unknown and not unshown:
        typer.echo(f"{file}: every tag is a field and every field is shown")
    raise typer.Exit(EXIT_FAIL if unknown or unshown else EXIT_SUCCESS)
