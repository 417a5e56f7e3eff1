"""Ctrl-C and `kill` held back for the few steps that must not be cut in half.

Stopping LibreOffice and then removing its folders, or renaming a pack and its index into
place, are each short; cut in the middle they leave a process running, a folder it made again,
or a pack without its index. Within `held()` a SIGINT or SIGTERM is noted, and delivered as
usual (as KeyboardInterrupt, under the command line) when the step is done.

The handlers are swapped rather than the signals blocked: Python runs its handlers in the main
thread whichever thread the system hands a signal to (a progress bar's thread, say), so a mask
on the main thread alone would not hold them back.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

HELD = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back until the block ends, then deliver the first one that came."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers, and only it is interrupted by them
        return
    arrived: list[int] = []
    previous = {number: signal.getsignal(number) for number in HELD}
    previous = {number: handler for number, handler in previous.items() if handler is not None}  # None: not set from Python
    for number in previous:
        signal.signal(number, lambda signum, frame: arrived.append(signum))
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if arrived:
            signal.raise_signal(arrived[0])  # handled now as it would have been then (ignored, if it was)
