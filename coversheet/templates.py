"""Files shipped inside the package: templates and the schema, found from the installed wheel."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from coversheet.config import BoardConfig


def data_path(*parts: str) -> Path:
    """A file under coversheet/data, wherever the package is installed."""
    return Path(str(resources.files("coversheet").joinpath("data", *parts)))


def default_schema_url() -> str:
    return data_path("schemas", "coversheet.schema.json").as_uri()


def draft_text(config: BoardConfig, schema_url: str | None = None) -> str:
    """The commented draft `coversheet new` writes, with the board's own implications."""
    template = data_path("templates", "draft.yaml").read_text(encoding="utf-8")
    extras = "".join(f"  {name}:\n    answer:\n    note:\n" for name in config.implications)
    return template.format(
        schema_url=schema_url or default_schema_url(),
        board=config.board or "",
        extra_implications=extras,
    )
