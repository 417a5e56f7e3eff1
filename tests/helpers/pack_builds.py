"""Building packs for the tests: the command, and what it said while building each shared pack."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from coversheet.cli import app

runner = CliRunner()
OUTPUT: dict[Path, str] = {}  # what the command said while building each shared pack
OTHER_MEETING = "05-ics-finance-november-zanzibar.yaml"  # a file name that must not be published


def run(*args: str):
    return runner.invoke(app, list(args))


def build(folder: Path, out: Path, *options: str) -> Path:
    result = run("pack", str(folder), "-o", str(out), *options)
    assert result.exit_code == 0, result.output
    OUTPUT[out] = result.output
    return out
