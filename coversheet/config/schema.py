"""The JSON Schema of `coversheet.toml` (and of a profile file), for editors (Taplo, Even Better TOML)."""

from __future__ import annotations

from typing import Any

from coversheet.config.board import BoardConfig


def config_schema() -> dict[str, Any]:
    """`coversheet schema --toml`: every setting, the profile and its questions, documented."""
    document = BoardConfig.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["$id"] = "https://coversheet.invalid/schemas/coversheet-toml.schema.json"
    document["title"] = "coversheet.toml"
    document["description"] = (
        "A board's settings for coversheet: its profile (the cover sheet it prints), limits and rules. "
        "A profile file has the shape of the `profile` table."
    )
    return document
