"""Children that must see Ctrl-C as a terminal's user would send it."""

from __future__ import annotations

import signal


def ctrl_c_reaches_it() -> None:
    """`preexec_fn` of a child sent SIGINT: pytest-xdist's workers ignore SIGINT and a child
    inherits that, so Python in it would never raise KeyboardInterrupt. A shell starts a
    command with SIGINT at its default, as this does."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
