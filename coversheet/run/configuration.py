"""The configuration a check runs under: `coversheet.toml` read, and its rule names known.

The file is read in `coversheet.config`; here its `[rules]` names are held against the rule
registry, so that a misspelt rule is a configuration error (exit 2) naming the file, not a
rule silently never run. Everything that checks papers loads configuration through here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from coversheet.config import DEFAULT_CONFIG, BoardConfig
from coversheet.config.files import nearest_config_file, read_config_file
from coversheet.errors import ConfigError
from coversheet.rules.selection import unknown_rule_names


def load_config(path: Path) -> BoardConfig:
    """Read one `coversheet.toml`; raise `ConfigError` naming the file and the problem."""
    config = read_config_file(path)
    for name in unknown_rule_names(config.rules):
        raise ConfigError(f"{path}: unknown rule '{name}' (see `coversheet rules`)")
    return config


@lru_cache(maxsize=64)
def _load_cached(path: Path) -> BoardConfig:
    return load_config(path)


def clear_config_cache() -> None:
    """Forget the configurations found so far (for `watch`, when a coversheet.toml changes)."""
    nearest_config_file.cache_clear()
    _load_cached.cache_clear()


def config_for(file: Path) -> BoardConfig:
    """The configuration that applies to `file`: the nearest coversheet.toml above it."""
    found = nearest_config_file(file.resolve().parent)
    return _load_cached(found) if found else DEFAULT_CONFIG
