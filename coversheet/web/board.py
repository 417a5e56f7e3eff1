"""The meeting folder's configuration: the only module of the web layer that loads it.

Everything else in `coversheet.web` takes the `BoardConfig` this returns, so a change in how
configuration is found or loaded is adapted here, in one place.
"""

from __future__ import annotations

from pathlib import Path

from coversheet.config import BoardConfig
from coversheet.run.configuration import Configurations


def board_for_folder(folder: Path) -> BoardConfig:
    """The configuration that governs papers in `folder`: its coversheet.toml or the nearest
    above it, as `check FOLDER` takes it; the default sheet when there is none.

    Raises `coversheet.errors.ConfigError` (one line naming the file) when it does not load.
    """
    # A new factory each time: the secretary may have edited the file since the server started.
    return Configurations().for_command(folder=folder)
