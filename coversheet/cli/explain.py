"""`coversheet explain RULE`: what a rule checks, why, and examples."""

from __future__ import annotations

from typing import Annotated

import typer

from coversheet.cli.common import usage_error


def explain(
    rule: Annotated[str, typer.Argument(metavar="RULE", help="A rule code (CS301) or name (risk-without-reference).")],
) -> None:
    """Explain one rule: what it checks, why it matters to the board, examples.

    Example: coversheet explain risk-without-reference
    """
    from coversheet.rules import find_rule

    found = find_rule(rule)
    if found is None:
        raise usage_error(f"unknown rule '{rule}' (see `coversheet rules`)")
    typer.echo(f"{found.code} {found.name} ({found.severity.value})")
    typer.echo("")
    typer.echo(found.summary)
    typer.echo("")
    if found.doc:
        typer.echo(found.doc)
        typer.echo("")
    typer.echo(f"Fix: {found.hint}")
