"""The `coversheet` command: thin Typer commands over the library, one module each.

Each command parses its arguments, calls the library, hands the result to a reporter and
picks the exit code. Heavy modules are imported inside the commands that need them, so
`coversheet --version` and checking one draft start quickly.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Annotated, Optional

import typer

from coversheet.cli import (
    agenda,
    check,
    explain,
    extract,
    new,
    notice,
    pack,
    profile,
    render,
    rules,
    schema,
    serve,
    template,
    watch,
)
from coversheet.cli.usage import Command
from coversheet.exitcodes import EXIT_ERROR, EXIT_INTERNAL, EXIT_INTERRUPTED
from coversheet.version import __version__


def _typer() -> typer.Typer:
    return typer.Typer(
        name="coversheet",
        help="Write, render and check the cover sheets of NHS ICS board papers.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )


app = _typer()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"coversheet {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
) -> None:
    """Write, render and check the cover sheets of NHS ICS board papers."""


# In the order `coversheet --help` lists them.
COMMANDS = {
    "check": check.check,
    "new": new.new,
    "extract": extract.extract,
    "schema": schema.schema,
    "rules": rules.rules,
    "explain": explain.explain,
    "agenda": agenda.agenda,
    "notice": notice.notice,
    "watch": watch.watch,
    "render": render.render,
    "pack": pack.pack,
    "serve": serve.serve,
}
for _name, _function in COMMANDS.items():
    app.command(_name, cls=Command)(_function)
GROUPS = {"template": template.app, "profile": profile.app}
for _name, _group in GROUPS.items():
    app.add_typer(_group, name=_name)


def _app_for(args: list[str]) -> typer.Typer:
    """The application a command line needs: for `coversheet check ...` (any one command
    or group named first), the application holding that command or group alone, so that Typer
    builds the parameters of one command rather than of every command (about 10 ms of a
    check's start-up, see BENCHMARKS.md). Its usage, help and errors are the same: the
    command's path is still `coversheet check` or `coversheet profile init`. Anything else
    (`--help`, `--version`, a mistyped command, which is answered with the list of commands)
    gets the whole application."""
    name = args[0] if args else None
    if name not in COMMANDS and name not in GROUPS:
        return app
    one = _typer()
    one.callback()(_main)
    if name in COMMANDS:
        one.command(name, cls=Command)(COMMANDS[name])
    else:
        one.add_typer(GROUPS[name], name=name)
    return one


def _click_exceptions():
    try:
        from typer._click import exceptions  # recent Typer ships its own copy of Click
    except ImportError:  # pragma: no cover - older Typer uses Click itself
        from click import exceptions
    return exceptions


def main() -> None:
    """Run the command line; a usage mistake is one line on stderr and exit code 2.

    What it installs for the run (SIGINT and SIGTERM handlers, an unraisable hook) is put
    back as it was when it returns or raises, so a program or a test that calls it in-process
    keeps its own.
    """
    with _interrupt_on_terminate():
        _run()


def _run() -> None:
    import errno
    import os
    import sys

    from coversheet.errors import ConfigError

    exceptions = _click_exceptions()
    no_args = getattr(exceptions, "NoArgsIsHelpError", ())
    try:
        code = _app_for(sys.argv[1:])(standalone_mode=False, prog_name="coversheet")
    except no_args as exc:
        typer.echo(exc.ctx.get_help())
        sys.exit(EXIT_ERROR)
    except exceptions.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "coversheet"
        message = " ".join(exc.format_message().split())
        typer.echo(f"{command}: {message} (see '{command} --help')", err=True)
        sys.exit(EXIT_ERROR)
    except (typer.Abort, KeyboardInterrupt):
        code = EXIT_INTERRUPTED
    except exceptions.ClickException as exc:
        typer.echo(f"coversheet: {' '.join(exc.format_message().split())}", err=True)
        sys.exit(exc.exit_code)
    except ConfigError as exc:
        # A coversheet.toml or profile that does not load, found where a command did not
        # expect it (`extract`, `render`, `new` read the folder's configuration as they go):
        # the same one line as `check` gives, not a traceback.
        typer.echo(f"coversheet: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        # Writing standard output failed (a full disk, `> /dev/full`, a closed pipe): one line,
        # then nothing more is written there (Python would flush it again at exit, and fail).
        _quiet_stdout()
        if exc.errno != errno.EPIPE:
            typer.echo(f"coversheet: cannot write the output: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:
        # A bug of ours met on some file (most often a form laid out as no form before it):
        # one line that says so and how to see where, not forty lines of traceback
        if os.environ.get("COVERSHEET_DEBUG"):
            raise
        typer.echo(f"coversheet: internal error ({type(exc).__name__}: {exc}): this is a bug in coversheet; please "
                   "report it with the command and the file it was run on (COVERSHEET_DEBUG=1 shows where it happened)",
                   err=True)
        sys.exit(EXIT_INTERNAL)
    if code == EXIT_INTERRUPTED:  # Typer turns Ctrl-C into this exit code, silently
        typer.echo("coversheet: interrupted", err=True)
    sys.exit(code if isinstance(code, int) else 0)


@contextmanager
def _interrupt_on_terminate():
    """`kill` (SIGTERM) ends a command as Ctrl-C (SIGINT) does: temporary files removed, workers
    stopped, "interrupted" said, rather than dying mid-write with a half-made file left.
    Whatever was installed before is put back on the way out."""
    import gc
    import signal
    import sys

    default_hook = sys.unraisablehook
    interrupted = []

    def interrupt(signum, frame):
        interrupted.append(signum)
        raise KeyboardInterrupt

    def quiet_once_interrupted(unraisable):
        # An object the interruption cut off half-made (a ZipFile whose __init__ never
        # finished) complains from its __del__ as it is freed: the run is over, and the
        # user is told so in one line, not with a traceback.
        if not interrupted:
            default_hook(unraisable)

    before = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    sys.unraisablehook = quiet_once_interrupted
    signal.signal(signal.SIGTERM, interrupt)
    if before[signal.SIGINT] is signal.default_int_handler:
        signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        if interrupted:
            gc.collect()  # what the interruption cut off is freed now, while the hook keeps it quiet
        for number, handler in before.items():
            if handler is not None:  # None: installed from outside Python, cannot be put back
                signal.signal(number, handler)
        sys.unraisablehook = default_hook


def _quiet_stdout() -> None:
    import os
    import sys

    try:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the rest of the process
    except OSError:
        pass
