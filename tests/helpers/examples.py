"""How many examples a property test draws: one place for the whole suite's depth.

`make test`, which CI runs, draws every property's full count. `make test-fast`, the loop run
after each edit, sets COVERSHEET_TEST_EXAMPLES=fast and draws a quarter of each count (never
fewer than five): every property still runs, on fewer inputs, and the full count runs before
anything lands. COVERSHEET_TEST_EXAMPLES=thorough draws twenty times the count, for a long
local hunt after a change to the reader or the configuration.
"""

from __future__ import annotations

import os

_DEPTH = os.environ.get("COVERSHEET_TEST_EXAMPLES", "full")


def examples(full: int) -> int:
    """The number of examples to draw where `make test` draws `full`."""
    if _DEPTH == "fast":
        return max(5, full // 4)
    if _DEPTH == "thorough":
        return full * 20
    return full
