"""The text templates `coversheet new` fills in, and where the installed schema lives."""

from __future__ import annotations

from coversheet.config import BoardConfig
from coversheet.resources import data_path


def default_schema_url() -> str:
    return data_path("schemas", "coversheet.schema.json").as_uri()


def draft_text(config: BoardConfig, schema_url: str | None = None) -> str:
    """The commented draft `coversheet new` writes, with the board's own implications."""
    profile = config.custom_profile
    if profile is not None:
        from coversheet.drafts.profile_draft import profile_draft_text

        return profile_draft_text(config, profile, schema_url)
    template = data_path("templates", "draft.yaml").read_text(encoding="utf-8")
    extras = "".join(f"  {name}:\n    answer:\n    note:\n" for name in config.implications)
    return template.format(
        schema_url=schema_url or default_schema_url(),
        board=config.board or "",
        extra_implications=extras,
    )
