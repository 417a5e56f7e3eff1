"""`coversheet extract FILE.docx`: read a Word cover sheet into a draft."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import DEFAULT_TIME_BUDGET, TimeBudget, board_option, dash_is_stdout, emit, error, within_time_budget
from coversheet.exitcodes import EXIT_FAIL


class Format(str, Enum):
    yaml = "yaml"
    json = "json"


def extract(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A Word cover sheet (ours, a filled form, or a hand-made one).")],
    format: Annotated[Optional[Format], typer.Option("--format", "-f", help="yaml or json (default: from -o's extension, else yaml).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the draft to this file (- for standard output).", callback=dash_is_stdout)] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file if it exists.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Board configuration (default: the nearest coversheet.toml).")] = None,
    time_budget: TimeBudget = DEFAULT_TIME_BUDGET,
) -> None:
    """Read a Word cover sheet into a draft you can fix and render.

    Example: coversheet extract paper.docx -o paper.yaml
    """
    from coversheet.drafts.write import Extracted
    from coversheet.run.reading import read_sheet

    board = board_option(config, None, file.parent)
    chosen = format.value if format else ("json" if output and output.suffix.lower() == ".json" else "yaml")
    with within_time_budget(time_budget, file, EXIT_FAIL):
        reading = read_sheet(file, board)
    if reading.unreadable:
        error(f"{file}: {reading.findings[0].message}")
        raise typer.Exit(EXIT_FAIL)
    result = Extracted(reading.sheet, reading.findings, profile=board.custom_profile,
                       unrecognised=reading.raw.unrecognised if reading.raw else [])
    emit(result.as_json() if chosen == "json" else result.as_yaml(), output, force)
    if output is not None:
        typer.echo(f"Wrote {output}: fix what `coversheet check {output}` reports, then render it.", err=True)
