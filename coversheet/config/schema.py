"""The JSON Schema of `coversheet.toml` (and of a profile file), for editors (Taplo, Even Better TOML)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, create_model

from coversheet.config.board import BoardConfig
from coversheet.config.profile import Profile


def config_schema() -> dict[str, Any]:
    """`coversheet schema --toml`: every setting, the profile and its questions, documented."""
    # The profile as the editor should see it: a name, a file, or a whole Profile table.
    field = BoardConfig.model_fields["profile"]
    model = create_model(
        "BoardConfig", __base__=BoardConfig, __doc__=BoardConfig.__doc__,
        profile=(str | Profile | None, Field(None, description=field.description)),
    )
    document = model.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["$id"] = "https://coversheet.invalid/schemas/coversheet-toml.schema.json"
    document["title"] = "coversheet.toml"
    document["description"] = (
        "A board's settings for coversheet: its profile (the cover sheet it prints), limits and rules. "
        "A profile file has the shape of the `profile` table."
    )
    return document
