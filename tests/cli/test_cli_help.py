"""Help as a new user reads it: usage lines name arguments as the README does."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from coversheet.cli import app

runner = CliRunner()

# The usage line of each command, as the README writes its heading.
USAGE = {
    ("check",): "coversheet check [OPTIONS] PATH...",
    ("new",): "coversheet new [OPTIONS] [PATH]",
    ("extract",): "coversheet extract [OPTIONS] FILE",
    ("render",): "coversheet render [OPTIONS] DRAFT...",
    ("explain",): "coversheet explain [OPTIONS] RULE",
    ("agenda",): "coversheet agenda [OPTIONS] FOLDER",
    ("notice",): "coversheet notice [OPTIONS] PAPER",
    ("watch",): "coversheet watch [OPTIONS] FOLDER",
    ("template", "check"): "coversheet template check [OPTIONS] FILE",
    ("schema",): "coversheet schema [OPTIONS]",
    ("rules",): "coversheet rules [OPTIONS]",
    ("pack",): "coversheet pack [OPTIONS] FOLDER",
    ("serve",): "coversheet serve [OPTIONS] [FOLDER]",
    ("profile", "show"): "coversheet profile show [OPTIONS] [FOLDER]",
    ("profile", "list"): "coversheet profile list [OPTIONS]",
    ("profile", "init"): "coversheet profile init [OPTIONS] TEMPLATE.docx",
}


def _commands(group, path: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    import typer.main

    found = set()
    for name, command in typer.main.get_command(group).commands.items() if path == () else group.commands.items():
        if hasattr(command, "commands"):
            found |= _commands(command, (*path, name))
        else:
            found.add((*path, name))
    return found


def test_every_command_has_its_usage_line_here() -> None:
    # A command added later is held to the same usage line as the others.
    assert _commands(app) == set(USAGE)


@pytest.mark.parametrize(("command", "usage"), USAGE.items(), ids=[" ".join(c) for c in USAGE])
def test_usage_line_names_arguments_as_the_readme_does(command: tuple[str, ...], usage: str) -> None:
    result = runner.invoke(app, [*command, "--help"], prog_name="coversheet")
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[0]
    assert first == f"Usage: {usage}", result.output


@pytest.mark.parametrize("command", [c for c in USAGE if "[OPTIONS]" != USAGE[c].split()[-1]], ids=" ".join)
def test_arguments_section_uses_the_same_names(command: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*command, "--help"], prog_name="coversheet")
    name = USAGE[command].split()[-1].strip("[]")
    arguments = result.output.split("Arguments:", 1)[1].split("Options:", 1)[0]
    assert arguments.split()[0] == name, result.output
    assert "{" not in result.output.splitlines()[0]


def test_a_missing_argument_is_named_as_in_the_usage_line() -> None:
    result = runner.invoke(app, ["extract"], prog_name="coversheet")
    assert result.exit_code == 2
    assert "FILE" in result.output, result.output

