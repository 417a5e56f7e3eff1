"""Stand-in units of work for the parallel tests, in a module worker processes import cheaply.

(Kept apart from the test modules so that a worker does not import pytest, Typer's test
runner and the CLI just to unpickle a function.)
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from coversheet.findings import FileResult
from coversheet.run.one_file import CheckOptions, check_file


def crash_on_broken(path: Path, options: CheckOptions) -> FileResult:
    if "broken" in path.name:
        raise RuntimeError("reader bug on purpose")
    return check_file(path, options)


def die_on_broken(path: Path, options: CheckOptions) -> FileResult:
    if "broken" in path.name:
        os._exit(3)  # the worker process vanishes, as after a crash in C code
    return check_file(path, options)


def wait_for_marker_on_last(path: Path, options: CheckOptions) -> FileResult:
    """Holds the last file until the test, having received the first result, drops a marker."""
    if path.name.startswith("zz"):
        marker = path.parent / "marker"
        deadline = time.monotonic() + 10
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return FileResult(path, title="saw the marker" if marker.exists() else "timed out")
    return check_file(path, options)
