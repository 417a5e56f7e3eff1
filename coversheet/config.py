"""The board profile: `coversheet.toml`, as a Pydantic model.

One file at the root of a shared drive serves every paper below it: for each checked file
the nearest `coversheet.toml` in its folder or a parent folder applies, unless `--config`
names one. Unknown keys are refused so that a typo never silently falls back to a default.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from coversheet.errors import ConfigError
from coversheet.findings import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_NAME = "coversheet.toml"


class RuleSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    select: list[str] | None = Field(
        None, description="Only these rules (codes or names); all rules when absent."
    )
    ignore: list[str] = Field(default_factory=list, description="Rules to switch off (codes or names).")
    severity: dict[str, Severity] = Field(
        default_factory=dict, description="Severity overrides, e.g. {CS103 = \"error\"}."
    )


class BoardConfig(BaseModel):
    """Everything a board can set about its cover sheet and its checks."""

    model_config = ConfigDict(extra="forbid")

    board: str | None = Field(None, description="The board's name, e.g. ICS Board.")
    implications: list[str] = Field(
        default_factory=list,
        description="Impact assessments the board asks for beyond quality, equality, privacy, financial.",
    )
    deadline_working_days: int = Field(
        5, ge=0, le=60, description="Papers are due this many working days before the meeting."
    )
    summary_word_limit: int = Field(250, ge=1, description="Most words in the executive summary.")
    max_recommendations: int = Field(5, ge=1, description="Most recommendations before a warning.")
    title_max_chars: int = Field(150, ge=1, description="Longest title before a warning.")
    risk_reference_pattern: str | None = Field(
        None, description="Regular expression every risk register reference must match, e.g. ^[A-Z]{2,4}-\\d{2,3}$."
    )
    meetings: list[dt.date] = Field(default_factory=list, description="The board's meeting dates.")
    submitted_from: Literal["none", "mtime"] = Field(
        "none", description="Where a Word paper's submission time comes from when it has no submitted_on."
    )
    rules: RuleSettings = Field(default_factory=RuleSettings)

    @field_validator("risk_reference_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from None
        return value

    @field_validator("implications")
    @classmethod
    def _snake_case(cls, value: list[str]) -> list[str]:
        for name in value:
            if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
                raise ValueError(f"'{name}' is not a key name (lower_snake_case)")
        return value


DEFAULT_CONFIG = BoardConfig()


def load_config(path: Path) -> BoardConfig:
    """Read one `coversheet.toml`; raise `ConfigError` naming the file and the problem."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    # Let `[coversheet]` wrap the settings too, for people who keep them in a shared file.
    if set(data) == {"coversheet"} and isinstance(data["coversheet"], dict):
        data = data["coversheet"]
    try:
        config = BoardConfig.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top level)"
        if first["type"] == "extra_forbidden":
            raise ConfigError(f"{path}: unknown setting '{where}'") from None
        raise ConfigError(f"{path}: {where}: {first['msg']}") from None
    _check_rule_names(config, path)
    return config


def _check_rule_names(config: BoardConfig, path: Path | str) -> None:
    from coversheet.rules import find_rule

    settings = config.rules
    for name in [*(settings.select or []), *settings.ignore, *settings.severity]:
        if find_rule(name) is None:
            raise ConfigError(f"{path}: unknown rule '{name}' (see `coversheet rules`)")


@lru_cache(maxsize=256)
def _nearest(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        config = candidate / CONFIG_NAME
        if config.is_file():
            return config
    return None


@lru_cache(maxsize=64)
def _load_cached(path: Path) -> BoardConfig:
    return load_config(path)


def config_for(file: Path) -> BoardConfig:
    """The configuration that applies to `file`: the nearest coversheet.toml above it."""
    found = _nearest(file.resolve().parent)
    return _load_cached(found) if found else DEFAULT_CONFIG
