"""Building a board's configuration from its files: `coversheet.toml`, the profile it names.

One file at the root of a shared drive serves every paper below it: for each checked file
the nearest `coversheet.toml` in its folder or a parent folder applies, unless `--config`
names one. A profile named on the command line (`--profile our-board.toml`) is built exactly
as one that coversheet.toml names: its `[settings]` apply the same way. Which file applies,
rule names and caching are `coversheet.run.configuration`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from coversheet.config.board import BoardConfig
from coversheet.config.locate import CONFIG_NAME, nearest_config_file
from coversheet.config.profile import describe_error, load_profile
from coversheet.config.reading import read_toml
from coversheet.errors import ConfigError

__all__ = ["CONFIG_NAME", "config_from_profile", "nearest_config_file", "read_config_file"]


def read_config_file(path: Path) -> BoardConfig:
    """Read one `coversheet.toml`; raise `ConfigError` naming the file and the problem."""
    data = read_toml(path, "configuration")
    # Let `[coversheet]` wrap the settings too, for people who keep them in a shared file.
    if set(data) == {"coversheet"} and isinstance(data["coversheet"], dict):
        data = data["coversheet"]
    return _built(data, str(path), base=path.parent)


def config_from_profile(spec: str, base: Path, origin: str = "--profile") -> BoardConfig:
    """The configuration of a board whose coversheet.toml would say only `profile = spec`
    (a shipped name, or a file relative to `base`): the profile and its settings."""
    return _built({"profile": spec}, origin, base=base)


def _built(data: dict[str, Any], where: str, base: Path) -> BoardConfig:
    if data.get("profile") is not None:
        data = _with_profile(where, base, data)
    try:
        config = BoardConfig.model_validate(data)
        if config.pack:
            config.meeting_plan  # noqa: B018 - validated now, so a mistake in [pack] is told as the file is read
    except ValidationError as exc:
        first = exc.errors()[0]
        inside_pack = exc.title == "MeetingPlan"
        where_in = ".".join(str(part) for part in (("pack",) if inside_pack else ()) + tuple(first["loc"])) or "(top level)"
        if first["type"] == "extra_forbidden":
            raise ConfigError(f"{where}: unknown setting '{where_in}'") from None
        raise ConfigError(f"{where}: {where_in}: {first['msg']}") from None
    return config


def _with_profile(where: str, base: Path, data: dict[str, Any]) -> dict[str, Any]:
    """`data` with the profile it names resolved (beside `where`), and the profile's settings
    under those `data` sets itself."""
    spec = data["profile"]
    if not isinstance(spec, (str, dict)):
        raise ConfigError(f"{where}: profile: expected a profile name, a .toml file or a [profile] table")
    profile = load_profile(spec, base=base, origin=where)
    if profile.settings:
        try:
            BoardConfig.model_validate({**profile.settings, "profile": profile})
        except ValidationError as exc:
            raise ConfigError(f"{profile.source}: {describe_error(exc.errors()[0], 'settings.')}") from None
    merged = {**profile.settings, **data}
    for key in ("rules", "ask_verbs", "glossary"):
        if isinstance(profile.settings.get(key), dict) and isinstance(data.get(key), dict):
            merged[key] = {**profile.settings[key], **data[key]}
    merged["profile"] = profile
    return merged
