"""`coversheet notice PAPER`: the note to send the author of a paper that must go back."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import (
    dash_is_stdout,
    emit,
    error,
    load_config_option,
    usage_error,
)
from coversheet.exitcodes import EXIT_FAIL, EXIT_SUCCESS


def notice(
    paper: Annotated[Path, typer.Argument(metavar="PAPER", help="The paper's draft (.yaml, .yml, .json) or Word cover sheet (.docx).", dir_okay=False)],
    template: Annotated[Optional[Path], typer.Option("--template", "-t", help="The board's own notice template (Jinja, Markdown); default: the shipped one.", dir_okay=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the notice to this file instead of standard output.", callback=dash_is_stdout)] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the --output file if it exists.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Board configuration (default: the nearest coversheet.toml).")] = None,
) -> None:
    """Print a short, courteous note (Markdown) telling the author what to fix and by when.

    Exits 1 when the paper fails (a notice is printed), 0 when it passes (nothing to send).

    Example: coversheet notice papers/item-10-finance.docx > item-10-notice.md
    """
    from coversheet.desk.notices import needs_notice, notice_text
    from coversheet.errors import ConfigError
    from coversheet.run.one_file import CheckOptions, check_file, check_safely

    if not paper.exists():
        raise usage_error(f"{paper}: no such file")
    board = load_config_option(config)
    try:
        options = CheckOptions(config=board)
        result = check_safely(check_file, paper, options)
        if not needs_notice(result):
            error(f"{paper} passes its checks: no notice needed")
            raise typer.Exit(EXIT_SUCCESS)
        text = notice_text(result, board or options.configurations.for_file(paper), template)
    except ConfigError as exc:
        raise usage_error(str(exc)) from None
    emit(text, output, force)
    raise typer.Exit(EXIT_FAIL)
