"""Finding and reading `coversheet.toml`: the file, not what its settings mean for a check.

One file at the root of a shared drive serves every paper below it: for each checked file
the nearest `coversheet.toml` in its folder or a parent folder applies, unless `--config`
names one.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from coversheet.config.board import BoardConfig
from coversheet.errors import ConfigError
from coversheet.resources import tomllib

CONFIG_NAME = "coversheet.toml"


def read_config_file(path: Path) -> BoardConfig:
    """Read one `coversheet.toml`; raise `ConfigError` naming the file and the problem."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x}); save it as UTF-8") from None
    # Let `[coversheet]` wrap the settings too, for people who keep them in a shared file.
    if set(data) == {"coversheet"} and isinstance(data["coversheet"], dict):
        data = data["coversheet"]
    try:
        return BoardConfig.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        if first["type"] == "extra_forbidden":
            raise ConfigError(f"{path}: unknown setting '{where}'") from None
        raise ConfigError(f"{path}: {where}: {first['msg']}") from None


@lru_cache(maxsize=256)
def nearest_config_file(folder: Path) -> Path | None:
    """The `coversheet.toml` in `folder` or the closest folder above it, if any."""
    for candidate in (folder, *folder.parents):
        config = candidate / CONFIG_NAME
        try:
            if config.is_file():
                return config
        except OSError:  # a folder that cannot be searched: look further up
            continue
    return None
