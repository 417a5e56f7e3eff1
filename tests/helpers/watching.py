"""Waiting on a watcher that runs in a thread: a condition polled until it holds, and what
the watcher's JSON report says of each paper."""

from __future__ import annotations

import json
import time
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
