"""The JSON Schema of `coversheet.toml` (and of a profile file), for editors (Taplo, Even Better TOML)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, create_model

from coversheet.config.board import BoardConfig
from coversheet.config.profile import Profile


def _documented_config():
    """coversheet.toml's settings as an editor should see them: `[pack]` as the meeting plan
    it is validated as (the model keeps it raw, so that a check need not build the plan), and
    the profile as it is written (a name, a file or a table; the model holds it resolved)."""
    from coversheet.config.meeting_plan import MeetingPlan

    field = BoardConfig.model_fields["profile"]
    return create_model(
        "BoardConfig", __base__=BoardConfig, __doc__=BoardConfig.__doc__,
        profile=(str | dict[str, Any] | None, Field(None, description=field.description)),
        pack=(MeetingPlan, Field(default_factory=MeetingPlan, description=BoardConfig.model_fields["pack"].description)),
    )


def _written_profile():
    """The profile as a user writes it, in a file or a `[profile]` table: `name` may be left
    out (a file is named by its file name, a table "board-profile"), and `settings` are the
    settings of coversheet.toml, so that an editor completes them too."""
    return create_model(
        "Profile", __base__=Profile, __doc__=Profile.__doc__,
        # Optional, yet typed without null: TOML has no null, and the editor points into the table.
        name=(str, Field(None, description="The profile's name, e.g. nhs-icb (default: the file's name, without .toml).")),
        settings=(_documented_config(), Field(None, description=Profile.model_fields["settings"].description)),
    )


def config_schema() -> dict[str, Any]:
    """`coversheet schema --toml`: every setting, the profile and its questions, documented."""
    # The profile as the editor should see it: a name, a file, or a whole Profile table.
    field = BoardConfig.model_fields["profile"]
    model = create_model(
        "BoardConfig", __base__=_documented_config(), __doc__=BoardConfig.__doc__,
        profile=(str | _written_profile() | None, Field(None, description=field.description)),
    )
    return _published(
        model, "coversheet-toml.schema.json", "coversheet.toml",
        "A board's settings for coversheet: its profile (the cover sheet it prints), limits and rules. "
        "A profile file (profile = \"our-board.toml\") has its own schema: coversheet-profile.schema.json.",
    )


def profile_file_schema() -> dict[str, Any]:
    """`coversheet schema --profile-file`: a board profile file (our-board.toml), documented."""
    return _published(
        _written_profile(), "coversheet-profile.schema.json", "coversheet board profile",
        "A board's own cover sheet for coversheet, in a file that coversheet.toml names (profile = \"our-board.toml\"): "
        "its questions, its words, and its settings. The same keys make the [profile] table of coversheet.toml.",
    )


def _published(model, file_name: str, title: str, description: str) -> dict[str, Any]:
    """`model`'s JSON Schema as a file editors fetch: its dialect, id, title and description."""
    document = model.model_json_schema()
    document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    document["$id"] = f"https://coversheet.invalid/schemas/{file_name}"
    document["title"] = title
    document["description"] = description
    return document
