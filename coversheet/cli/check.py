"""`coversheet check PATH...`: validate drafts and Word cover sheets."""

from __future__ import annotations

import os
import shutil
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import emit, load_config_option, stdout_is_terminal, usage_error


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"


class SubmittedFrom(str, Enum):
    none = "none"
    mtime = "mtime"


def check(
    paths: Annotated[list[Path], typer.Argument(help="Drafts (.yaml, .yml, .json), Word cover sheets (.docx) or folders (searched recursively).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of standard output.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the --output file if it exists.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Use this coversheet.toml for every file (default: the nearest one above each file).")] = None,
    submitted_from: Annotated[Optional[SubmittedFrom], typer.Option("--submitted-from", help="Take a Word paper's submission date from the file's modification time (mtime) when it has no submitted_on.")] = None,
) -> None:
    """Check cover sheets and report what is missing or wrong.

    Example: coversheet check papers/ --format json -o report.json
    """
    from coversheet.check import CheckOptions, check_paths
    from coversheet.errors import ConfigError
    from coversheet.report import render

    board = load_config_option(config)
    options = CheckOptions(config=board, submitted_from=submitted_from.value if submitted_from else None)
    try:
        run = check_paths(paths, options)
    except ConfigError as exc:
        raise usage_error(str(exc)) from None
    if not run.results:
        raise usage_error("no drafts (.yaml, .yml, .json) or Word files (.docx) found in " + ", ".join(map(str, paths)))
    terminal = output is None and stdout_is_terminal()
    color = terminal and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size().columns if terminal else None
    emit(render(run, format.value, color=color, width=width), output, force)
    raise typer.Exit(run.exit_code(strict=strict))
