"""A time budget per file: a file that takes too long becomes its own `error`, not a stalled run.

Costs no process: the check of each file runs under a timer signal (SIGALRM) in whichever
process checks it, this one or a worker, so the budget is two system calls per file. The timer
interrupts Python code, and the regular-expression engine checks for it too; for a worker
stuck where no signal can reach (inside C code), the pool's watchdog in `parallel.py` kills
the worker past its budget and replaces it.

Every command that reads a paper or runs a board's patterns (check, watch, notice, agenda,
pack, render, extract, `profile init`, `template check`) runs that work under this timer, so
`--time-budget` means the same everywhere. Python's regular-expression engine looks for
signals as it backtracks, so a board's catastrophic pattern (`^(a+)+$`) is stopped too; a
long C call that never returns to Python (a quadratic lxml operation) is not, which is why
such calls are kept linear where they are made.

Where there is no timer (Windows, or a thread other than the main one) the check runs
unbounded in this process; `parallel.py`'s watchdog still bounds files checked in workers.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Seconds one file may take before it becomes that file's `error` result (--time-budget of
# every command). A real paper takes milliseconds; a hostile or pathological one must not
# stall the run. Here, where the command line can import it without the checker.
DEFAULT_TIME_BUDGET = 5.0


class BudgetExceeded(BaseException):
    """The file's check ran past its budget.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` on the way (a
    reader's fallback, a library's retry) can swallow it and carry on checking.
    """

    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = seconds


def budget_message(seconds: float, outcome: str = "not checked") -> str:
    """What a file past its budget is told: `outcome` is what did not happen to it."""
    return (
        f"{outcome}: it took longer than the {seconds:g} s allowed for one file "
        "(a pathological or hostile file? see --time-budget)"
    )


def can_interrupt() -> bool:
    """Can a check in this thread be interrupted by the timer?"""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `BudgetExceeded` inside the block once it has run for `seconds` (None: no limit)."""
    if not seconds or seconds <= 0 or not can_interrupt():
        yield
        return

    def expired(signum, frame):
        raise BudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
