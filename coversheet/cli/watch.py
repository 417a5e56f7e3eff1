"""`coversheet watch FOLDER`: keep the folder's HTML and JSON reports up to date."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import (
    DEFAULT_TIME_BUDGET,
    TIME_BUDGET_HELP,
    error,
    load_config_option,
    usage_error,
)
from coversheet.exitcodes import EXIT_SUCCESS


def watch(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", help="The folder of papers to watch (searched recursively).", file_okay=False, exists=True)],
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Use this coversheet.toml for every paper (default: the nearest one above each).")] = None,
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Files checked at once in the first full check (default: one per core).")] = None,
    poll: Annotated[bool, typer.Option("--poll", help="Look for changes every fraction of a second (for network drives that send no change notifications).")] = False,
    time_budget: Annotated[float, typer.Option("--time-budget", min=0, help=TIME_BUDGET_HELP)] = DEFAULT_TIME_BUDGET,
) -> None:
    """Check the folder, then re-check each paper as it arrives or changes, until Ctrl-C.

    Keeps coversheet-report.html and coversheet-report.json in the folder up to date.

    Example: coversheet watch "S:/Board/2020-12-02"
    """
    from coversheet.desk.watch import HTML_REPORT, JSON_REPORT, watch_folder
    from coversheet.errors import ConfigError
    from coversheet.run.one_file import CheckOptions

    board = load_config_option(config)

    def tell(run) -> None:
        summary = run.summary()
        error(f"{summary['files']} paper(s): {summary['pass']} pass, {summary['fail']} fail, {summary['error']} error; reports updated")

    error(f"watching {folder}; writing {HTML_REPORT} and {JSON_REPORT} there (Ctrl-C to stop)")
    try:
        watch_folder(folder, CheckOptions(config=board, jobs=jobs, time_budget=time_budget or None), on_update=tell, on_problem=error, poll=poll)
    except KeyboardInterrupt:
        error("stopped")
        raise typer.Exit(EXIT_SUCCESS) from None
    except ConfigError as exc:
        raise usage_error(str(exc)) from None
    except OSError as exc:
        raise usage_error(f"cannot watch {folder}: {exc.strerror or exc}") from None
