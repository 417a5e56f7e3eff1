"""`coversheet rules`: list every rule."""

from __future__ import annotations

import json
from typing import Annotated

import typer


def rules(
    as_json: Annotated[bool, typer.Option("--json", help="List the rules as JSON.")] = False,
) -> None:
    """List the rules: code, name, group, default severity and what each reports.

    Example: coversheet rules
    """
    from coversheet.rules import RULES

    if as_json:
        listing = [
            {"code": r.code, "name": r.name, "group": r.group, "severity": r.severity.value, "summary": r.summary, "hint": r.hint}
            for r in RULES.values()
        ]
        typer.echo(json.dumps(listing, indent=2))
        return
    width = max(len(r.name) for r in RULES.values())
    group_width = max(len(r.group) for r in RULES.values())
    for rule in RULES.values():
        typer.echo(f"{rule.code}  {rule.name:<{width}}  {rule.group:<{group_width}}  {rule.severity.value:<7}  {rule.summary}")
