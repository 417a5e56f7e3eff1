"""`coversheet check PATH...`: validate drafts and Word cover sheets."""

from __future__ import annotations

import os
import shutil
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import (
    DEFAULT_TIME_BUDGET,
    TIME_BUDGET_HELP,
    dash_is_stdout,
    emit,
    load_config_option,
    progress,
    refuse_unwritable,
    stdout_is_terminal,
    usage_error,
    warn_ignored_configs,
)
from coversheet.report import Format


class SubmittedFrom(str, Enum):
    none = "none"
    mtime = "mtime"


def check(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Drafts (.yaml, .yml, .json), Word cover sheets (.docx) or folders (searched recursively).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Report format.")] = Format.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of standard output.", callback=dash_is_stdout)] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the --output file and existing --notices files.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 on warnings too.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Use this coversheet.toml for every file (default: the nearest one above each file).")] = None,
    submitted_from: Annotated[Optional[SubmittedFrom], typer.Option("--submitted-from", help="Take a Word paper's submission date from the file's modification time (mtime) when it has no submitted_on.")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Files checked at once (default: one per processor core).")] = None,
    notices: Annotated[Optional[Path], typer.Option("--notices", help="Write a return notice for each failing paper into this folder (<paper>.md).", file_okay=False)] = None,
    template: Annotated[Optional[Path], typer.Option("--template", help="The board's own notice template (Jinja) for --notices.", dir_okay=False)] = None,
    time_budget: Annotated[float, typer.Option("--time-budget", min=0, help=TIME_BUDGET_HELP)] = DEFAULT_TIME_BUDGET,
) -> None:
    """Check cover sheets and report what is missing or wrong.

    Example: coversheet check papers/ --format json -o report.json
    """
    from coversheet.errors import ConfigError
    from coversheet.report import render
    from coversheet.report.saved import is_saved_report
    from coversheet.run.many import plan
    from coversheet.run.one_file import CheckOptions

    refuse_unwritable(output)
    board = load_config_option(config)
    options = CheckOptions(config=board, submitted_from=submitted_from.value if submitted_from else None, jobs=jobs, time_budget=time_budget or None)
    files, options = plan(paths, options, is_saved_report)
    if not files:
        raise usage_error("no drafts (.yaml, .yml, .json) or Word files (.docx) found in " + ", ".join(map(str, paths)))
    if board is None:
        warn_ignored_configs(files, options.roots)
    try:
        run = _run_with_progress(files, options)
    except ConfigError as exc:
        raise usage_error(str(exc)) from None
    terminal = output is None and stdout_is_terminal()
    color = terminal and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size().columns if terminal else None
    emit(render(run, format.value, color=color, width=width), output, force)
    if notices is not None:
        _write_notices(run, notices, options, template, force)
    raise typer.Exit(run.exit_code(strict=strict))


# From this many files on, a terminal gets a progress bar; fewer finish before one would help.
_PROGRESS_FROM = 6


def _run_with_progress(files, options):
    """Check `files`, with a progress bar on stderr when a person is watching a long run."""
    from contextlib import closing

    from coversheet.findings import CheckRun
    from coversheet.run.many import iter_check

    results = []
    # `closing`: however the loop ends (Ctrl-C), the workers are stopped now, not at exit.
    with progress(len(files), "Checking", shown_from=_PROGRESS_FROM) as advance, closing(iter_check(files, options)) as checked:
        for result in checked:
            results.append(result)
            advance()
    return CheckRun(results)


def _write_notices(run, folder: Path, options, template: Path | None, force: bool) -> None:
    from coversheet.cli.common import error
    from coversheet.desk.notices import write_notices
    from coversheet.errors import ConfigError
    from coversheet.outputs import OutputExists

    def config_of(path: Path):
        return options.config or options.configurations.for_file(path, options.roots)

    try:
        written = write_notices(run.results, folder, config_of, template=template, force=force)
    except (OutputExists, ConfigError) as exc:
        raise usage_error(str(exc)) from None
    except OSError as exc:
        raise usage_error(f"cannot write notices into {folder}: {exc.strerror or exc}") from None
    error(f"wrote {len(written)} notice(s) into {folder}")
