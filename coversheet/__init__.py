"""coversheet: write, render and check the cover sheets of NHS ICS board papers.

The public API, for tools that embed the checks:

    >>> from coversheet import check_paths, load_draft
    >>> run = check_paths(["papers/"])
    >>> run.exit_code(), run.summary()
"""

from __future__ import annotations

__version__ = "0.1.0"

from coversheet.api import DraftInvalid, check_paths, load_draft  # noqa: E402

__all__ = ["DraftInvalid", "__version__", "check_paths", "load_draft"]
