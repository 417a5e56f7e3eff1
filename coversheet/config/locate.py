"""Finding a board's `coversheet.toml`: the nearest one in a folder or a folder above it.

Apart from reading it (`coversheet.config.files`) so that whatever only needs to know where
the file is (the meeting plan's relative paths) does not depend on the settings' models.
"""

from __future__ import annotations

from pathlib import Path

CONFIG_NAME = "coversheet.toml"


def nearest_config_file(folder: Path) -> Path | None:
    """The `coversheet.toml` in `folder` or the closest folder above it, if any (looked for
    now: a run that asks often keeps the answers, `coversheet.run.configuration`)."""
    for candidate in (folder, *folder.parents):
        config = candidate / CONFIG_NAME
        try:
            if config.is_file():
                return config
        except OSError:  # a folder that cannot be searched: look further up
            continue
    return None
