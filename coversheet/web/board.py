"""The meeting folder's configuration: the only module of the web layer that loads it.

Everything else in `coversheet.web` takes the `BoardConfig` this returns, so a change in how
configuration is found or loaded is adapted here, in one place.
"""

from __future__ import annotations

from pathlib import Path

from coversheet.config import DEFAULT_CONFIG, BoardConfig
from coversheet.config.files import nearest_config_file
from coversheet.run.configuration import clear_config_cache, load_config


def board_for_folder(folder: Path) -> BoardConfig:
    """The configuration that governs papers in `folder`: its coversheet.toml or the nearest
    above it, as `check FOLDER` takes it; the default sheet when there is none.

    Raises `coversheet.errors.ConfigError` (one line naming the file) when it does not load.
    """
    clear_config_cache()  # the secretary may have edited it since the server started
    found = nearest_config_file(folder.resolve())
    return load_config(found) if found else DEFAULT_CONFIG
