"""`coversheet schema`: print the JSON Schema of a draft."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from coversheet.cli.common import emit


def schema_text() -> str:
    from coversheet.model import schema

    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


def schema(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the schema to this file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file if it exists.")] = False,
) -> None:
    """Print the JSON Schema of a draft (for editor completion and validation).

    Example: coversheet schema -o coversheet.schema.json
    """
    emit(schema_text(), output, force)
