"""coversheet: write, render and check the cover sheets of NHS ICS board papers.

The public API, for tools that embed the checks:

    >>> from coversheet import check_paths, load_draft
    >>> run = check_paths(["papers/"])
    >>> run.exit_code(), run.summary()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coversheet.version import __version__

__all__ = ["DraftInvalid", "__version__", "check_paths", "load_draft"]

if TYPE_CHECKING:  # pragma: no cover
    from coversheet.api import DraftInvalid, check_paths, load_draft


def __getattr__(name: str):
    # Imported on first use: `coversheet --version` must not pay for pydantic models.
    if name in {"DraftInvalid", "check_paths", "load_draft"}:
        from coversheet import api

        return getattr(api, name)
    raise AttributeError(f"module 'coversheet' has no attribute {name!r}")
