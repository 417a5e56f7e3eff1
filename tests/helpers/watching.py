"""Waiting on a watcher that runs in a thread: a condition polled until it holds, and what
the watcher's JSON report says of each paper."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from coversheet.desk.watch import JSON_REPORT


def wait_until(condition, timeout: float = 20.0, what: str = "condition"):
    """The first true value of `condition()`, polled every 50 ms; fail after `timeout` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def report(folder: Path) -> dict[str, str]:
    """{file name: status} from the JSON report, or {} while it is not there or half-written."""
    try:
        data = json.loads((folder / JSON_REPORT).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {Path(f["path"]).name: f["status"] for f in data["files"]}


@dataclass
class Watched:
    """What a watcher running in a thread has said: each update, each problem, and any error it ended on."""

    folder: Path
    updates: list = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)


@contextmanager
def watching(folder: Path, **options) -> Iterator[Watched]:
    """`watch_folder(folder, **options)` in a thread, once its first report is written; on
    leaving, stopped, and asserted to have stopped when asked and to have raised nothing."""
    from coversheet.desk.watch import watch_folder
    from coversheet.run.one_file import CheckOptions

    watched = Watched(folder)
    stop = threading.Event()

    def run() -> None:
        try:
            watch_folder(folder, CheckOptions(jobs=1), stop=stop, on_update=watched.updates.append,
                         on_problem=watched.problems.append, **options)
        except BaseException as exc:  # noqa: BLE001 - the test asserts there is none
            watched.errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    wait_until(lambda: report(folder), what="the first report")
    try:
        yield watched
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive(), "the watcher did not stop when asked"
    assert not watched.errors, watched.errors
