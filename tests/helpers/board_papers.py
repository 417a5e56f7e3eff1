"""A hand-made paper built in a test with python-docx, read under a profile written in the test.

The reader's class tests (tests/word/test_board_layouts.py, test_council_reports.py,
test_batch2_classes.py) each build a paper the way a board's form lays it out and ask what
`extract` or `check` make of it, as a secretary would run them.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from coversheet.cli import app


def run_under(tmp_path: Path, profile: str, document, command: str = "extract", *more: str):
    """`coversheet COMMAND paper.docx -c coversheet.toml -f json` with `profile` as the board's profile file."""
    (tmp_path / "board.toml").write_text(profile, encoding="utf-8")
    (tmp_path / "coversheet.toml").write_text('profile = "board.toml"\n', encoding="utf-8")
    paper = tmp_path / "paper.docx"
    document.save(paper)
    return CliRunner().invoke(app, [command, str(paper), "-c", str(tmp_path / "coversheet.toml"), "-f", "json", *more])


def extract_under(tmp_path: Path, profile: str, document) -> dict:
    """The draft `extract` reads off the paper."""
    result = run_under(tmp_path, profile, document)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def findings_under(tmp_path: Path, profile: str, document) -> list[dict]:
    """What `check` reports on the paper."""
    return json.loads(run_under(tmp_path, profile, document, "check").output)["files"][0]["findings"]


def bold_line(document, text: str):
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


def add_table(document, rows: list[list[str]]):
    grid = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    for cells, texts in zip(grid.rows, rows):
        for cell, text in zip(cells.cells, texts):
            cell.text = text
    return grid


def repeat_last_row(table, times: int):
    """Add `times` copies of the table's last row (copies of its XML: setting the text of
    30,000 cells through python-docx takes seconds, copying them milliseconds)."""
    from copy import deepcopy

    last = table.rows[-1]._tr
    for _ in range(times):
        last.addnext(deepcopy(last))
    return table
