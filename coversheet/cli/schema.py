"""`coversheet schema`: print the JSON Schema of a draft (the board's: the coversheet.toml
that applies to the current folder, or --config / --profile), or with --toml the schema of
`coversheet.toml` itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import board_option, emit, error, usage_error


def schema_text(board=None) -> str:
    profile = board.custom_profile if board is not None else None
    if profile is None:
        from coversheet.model import schema

        return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
    from coversheet.config.sheet_model import profile_schema

    return json.dumps(profile_schema(profile), indent=2, ensure_ascii=False) + "\n"


def config_schema_text() -> str:
    from coversheet.config.schema import config_schema

    return json.dumps(config_schema(), indent=2, ensure_ascii=False) + "\n"


def profile_file_schema_text() -> str:
    from coversheet.config.schema import profile_file_schema

    return json.dumps(profile_file_schema(), indent=2, ensure_ascii=False) + "\n"


def schema(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the schema to this file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file if it exists.")] = False,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="The board's coversheet.toml: print its profile's draft schema.")] = None,
    profile: Annotated[Optional[str], typer.Option("--profile", "-p", help="A profile (shipped name or .toml file): print its draft schema.")] = None,
    toml: Annotated[bool, typer.Option("--toml", help="Print the schema of coversheet.toml instead.")] = False,
    profile_file: Annotated[bool, typer.Option("--profile-file", help="Print the schema of a board profile file (our-board.toml) instead.")] = False,
) -> None:
    """Print the JSON Schema of a draft (for editor completion and validation): the board's
    when a coversheet.toml applies to the current folder, as for `check`.

    Examples: coversheet schema -o coversheet.schema.json; coversheet schema --profile nhs-icb;
    coversheet schema --toml -o coversheet-toml.schema.json;
    coversheet schema --profile-file -o coversheet-profile.schema.json
    """
    if toml and profile_file:
        raise usage_error("give --toml or --profile-file, not both")
    if toml or profile_file:
        if config is not None or profile is not None:
            raise usage_error("--config and --profile choose a draft schema: not with --toml or --profile-file")
        emit(config_schema_text() if toml else profile_file_schema_text(), output, force)
        return
    if config is None and profile is None:
        board = _board_here()
    else:
        board = board_option(config, profile)
    emit(schema_text(board), output, force)


def _board_here():
    """The configuration `check` would use for a paper in the current folder: the nearest
    coversheet.toml above it. Said on stderr, so that a board's secretary knows whose schema
    this is; nothing is said for the default sheet."""
    from coversheet.config.locate import nearest_config_file

    found = nearest_config_file(Path.cwd().resolve())
    board = board_option(found, None)
    if found is not None:
        name = board.profile.name
        error(f"the draft schema of the board profile '{name}', from {found} (--config or --profile to choose another)")
    return board
