"""`coversheet ARGS` as a user types it, run in this process.

`coversheet.cli.main` is what the console script calls: it turns usage mistakes into one line
on stderr and exit code 2, which Typer's test runner (it calls the app, not `main`) does not
show. Running `main` here costs nothing; a new Python process per command costs half a second.
Tests whose subject is the process itself (a terminal, a signal, the installed script) start
one instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from coversheet.cli import main


def coversheet(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run `coversheet *args` (in `cwd`): its exit code, stdout and stderr, as `subprocess.run` gives them.

    An exception that escapes `main` is not caught: the test fails with it, as a user would
    see a traceback.
    """
    argv = ["coversheet", *map(str, args)]
    saved_argv, saved_cwd = sys.argv, Path.cwd()
    with CliRunner().isolation() as (stdout, stderr, _):
        sys.argv = argv
        if cwd is not None:
            os.chdir(cwd)
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            sys.argv = saved_argv
            os.chdir(saved_cwd)
            sys.stdout.flush()
            sys.stderr.flush()
        out, err = stdout.getvalue().decode(), stderr.getvalue().decode()
    return subprocess.CompletedProcess(argv, code, out, err)
