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
from coversheet.config.reading import read_toml
from coversheet.errors import ConfigError

CONFIG_NAME = "coversheet.toml"


def read_config_file(path: Path) -> BoardConfig:
    """Read one `coversheet.toml`; raise `ConfigError` naming the file and the problem."""
    data = read_toml(path, "configuration")
    # Let `[coversheet]` wrap the settings too, for people who keep them in a shared file.
    if set(data) == {"coversheet"} and isinstance(data["coversheet"], dict):
        data = data["coversheet"]
    profile = None
    if data.get("profile") is not None:
        profile, data = _with_profile(path, data)
    try:
        config = BoardConfig.model_validate(data)
        if config.pack:
            config.meeting_plan  # noqa: B018 - validated now, so a mistake in [pack] is told as the file is read
    except ValidationError as exc:
        first = exc.errors()[0]
        inside_pack = exc.title == "MeetingPlan"
        where = ".".join(str(part) for part in (("pack",) if inside_pack else ()) + tuple(first["loc"])) or "(top level)"
        if first["type"] == "extra_forbidden":
            raise ConfigError(f"{path}: unknown setting '{where}'") from None
        raise ConfigError(f"{path}: {where}: {first['msg']}") from None
    if profile is not None:
        config.use_profile(profile)
    return config


def _with_profile(path: Path, data: dict) -> tuple:
    """The profile coversheet.toml names (resolved beside it), and its settings under the file's."""
    from coversheet.config.profile import describe_error, load_profile

    spec = data["profile"]
    if not isinstance(spec, (str, dict)):
        raise ConfigError(f"{path}: profile: expected a profile name, a .toml file or a [profile] table")
    profile = load_profile(spec, base=path.parent, origin=str(path))
    if profile.settings:
        try:
            BoardConfig.model_validate(profile.settings)
        except ValidationError as exc:
            raise ConfigError(f"{profile.source}: {describe_error(exc.errors()[0], 'settings.')}") from None
    # The settings the profile brings, under those coversheet.toml sets itself.
    merged = {**profile.settings, **data}
    for key in ("rules", "ask_verbs", "glossary"):
        if isinstance(profile.settings.get(key), dict) and isinstance(data.get(key), dict):
            merged[key] = {**profile.settings[key], **data[key]}
    merged["profile"] = spec if isinstance(spec, str) else profile.name
    return profile, merged


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
