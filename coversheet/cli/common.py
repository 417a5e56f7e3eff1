"""What the commands share: diagnostics on stderr, writing outputs, configuration errors."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from coversheet.exitcodes import EXIT_ERROR
from coversheet.run.budget import DEFAULT_TIME_BUDGET

TIME_BUDGET_HELP = "Seconds one file may take before it is reported as not checked (0: no limit)."
TimeBudget = Annotated[float, typer.Option("--time-budget", min=0, help=TIME_BUDGET_HELP)]


def error(message: str) -> None:
    """A one-line diagnostic on stderr."""
    typer.echo(f"coversheet: {message}", err=True)


def usage_error(message: str) -> typer.Exit:
    error(message)
    return typer.Exit(EXIT_ERROR)


def load_config_option(path: Path | None):
    """The board configuration named by --config, or None to find one per file."""
    if path is None:
        return None
    return board_option(path, None)


@contextmanager
def within_time_budget(seconds: float, file: Path, exit_code: int, outcome: str = "not read"):
    """Run the block under the per-file time budget (`coversheet.run.budget`); past it, one
    line naming `file` and the budget, and exit with `exit_code`. 0 or None: no limit."""
    from coversheet.run.budget import BudgetExceeded, budget_message, time_budget

    try:
        with time_budget(seconds or None):
            yield
    except BudgetExceeded as exc:
        error(f"{file}: {budget_message(exc.seconds, outcome)}")
        raise typer.Exit(exit_code) from None


def board_option(config: Path | None, profile: str | None, folder: Path | None = None):
    """The board configuration of --config or --profile, else the nearest coversheet.toml above
    `folder` (None: the default configuration when no folder is given), built by the one
    factory (`coversheet.run.configuration.Configurations`); a mistake is a usage error."""
    from coversheet.errors import ConfigError
    from coversheet.run.configuration import Configurations

    try:
        return Configurations().for_command(config, profile, folder)
    except ConfigError as exc:
        raise usage_error(str(exc)) from None


def warn_ignored_configs(files, roots) -> None:
    """Say once for each coversheet.toml below the checked folders that it was not used."""
    from coversheet.findings import shown_path
    from coversheet.run.configuration import ignored_config_files

    for ignored in ignored_config_files(files, roots):
        error(f"warning: ignoring {shown_path(ignored)}: only the checked folder's coversheet.toml (or one above it) applies")


def dash_is_stdout(output: Path | None) -> Path | None:
    """`-o -` means standard output, as it does for most command-line tools (not a file named "-")."""
    return None if output is not None and str(output) == "-" else output


def emit(text: str, output: Path | None, force: bool) -> None:
    """Print `text`, or write it atomically to `output` (never over a file without --force)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from coversheet.outputs import write_atomic

    with writing(output):
        write_atomic(output, text, force=force)


def refuse_unwritable(output: Path | None) -> None:
    """Before any work: refuse an output that is a device, FIFO or folder (--force or not)."""
    if output is None:
        return
    from coversheet.outputs import refuse_special

    with writing(output):
        refuse_special(output)


@contextmanager
def writing(output: Path):
    """Turn an output that exists (without --force) or cannot be written into a one-line usage error."""
    from coversheet.outputs import OutputExists

    try:
        yield
    except OutputExists as exc:
        raise usage_error(str(exc)) from None
    except OSError as exc:
        raise usage_error(f"cannot write {output}: {describe_os_error(exc)}") from None


def describe_os_error(exc: OSError) -> str:
    """The reason an output could not be written, in one line."""
    if isinstance(exc, NotADirectoryError) and exc.args and not exc.strerror:
        return str(exc.args[0])
    return exc.strerror or str(exc)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


class progress:
    """A progress bar on stderr while a person watches a long run; silent otherwise.

    `with progress(total, "Checking") as advance:` then `advance()` after each item. Shown
    only on a terminal and from `shown_from` items on: fewer finish before a bar would help.
    """

    def __init__(self, total: int, label: str, shown_from: int = 2):
        self.total, self.label, self.shown_from, self.bar = total, label, shown_from, None

    def __enter__(self):
        if self.total >= self.shown_from and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            columns = (TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
            self.bar = Progress(*columns, console=Console(stderr=True), transient=True)
            self.bar.start()
            task = self.bar.add_task(self.label, total=self.total)
            return lambda: self.bar.advance(task)
        return lambda: None

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def meeting_option(text: str | None):
    """The date given as --meeting, or None; a usage error naming the value when it is no date."""
    import datetime as dt

    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise usage_error(f"--meeting {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2020-12-02") from None
