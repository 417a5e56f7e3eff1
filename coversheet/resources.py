"""Files shipped inside the package (coversheet/data), found from the installed wheel, and TOML.

The one place that knows where bundled data lives and which TOML reader this Python has.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["data_path", "data_toml", "tomllib"]


def data_path(*parts: str) -> Path:
    """A file under coversheet/data, wherever the package is installed."""
    return Path(str(resources.files("coversheet").joinpath("data", *parts)))


@lru_cache(maxsize=8)
def data_toml(name: str) -> dict[str, Any]:
    """A shipped TOML data file (glossary.toml, ask_verbs.toml), read once."""
    with data_path(name).open("rb") as handle:
        return tomllib.load(handle)
