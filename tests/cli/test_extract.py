"""`coversheet extract`: a Word cover sheet becomes a draft that says the same thing."""

from __future__ import annotations

import json
from pathlib import Path

from helpers.paths import DOCX
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.run.one_file import check_file

FIXTURES = DOCX
runner = CliRunner()


def _codes(result) -> set[tuple[str, str | None]]:
    return {(f.code, f.field) for f in result.findings}


def test_extracted_draft_is_checked_like_the_word_file(tmp_path: Path) -> None:
    source = FIXTURES / "item10-unicode.docx"
    draft = tmp_path / "item10.yaml"
    result = runner.invoke(app, ["extract", str(source), "-o", str(draft)])
    assert result.exit_code == 0, result.output
    assert draft.read_text().startswith("# yaml-language-server: $schema=")
    assert _codes(check_file(draft)) == _codes(check_file(source))
    assert ("CS301", "risks.references") in _codes(check_file(draft))


def test_unreadable_field_is_commented_with_what_the_document_held(tmp_path: Path) -> None:
    draft = tmp_path / "item09.yaml"
    runner.invoke(app, ["extract", str(FIXTURES / "item09-wingdings-sym.docx"), "-o", str(draft)])
    line = next(l for l in draft.read_text().splitlines() if l.startswith("meeting_date:"))
    assert "December 2020" in line and line.split("#")[0].strip() == "meeting_date:"


def test_json_format_prints_the_draft_keys() -> None:
    result = runner.invoke(app, ["extract", str(FIXTURES / "item05-w14.docx"), "--format", "json"])
    data = json.loads(result.output)
    assert data["title"] == "Conclusion of the phase 3 planning process"
    assert data["risks"]["associated"] is None  # two boxes ticked: not answered
    assert data["implications"]["financial"]["answer"] == "yes"


def test_unreadable_document_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(FIXTURES / "hostile" / "renamed-doc.docx")])
    assert result.exit_code == 1
    assert "renamed-doc.docx" in result.output and len(result.output.strip().splitlines()) == 1


def test_extract_never_overwrites_without_force(tmp_path: Path) -> None:
    draft = tmp_path / "item10.yaml"
    draft.write_text("mine")
    result = runner.invoke(app, ["extract", str(FIXTURES / "item10-unicode.docx"), "-o", str(draft)])
    assert result.exit_code == 2 and draft.read_text() == "mine"


def test_extract_to_a_file_says_what_it_wrote_on_stderr(tmp_path: Path) -> None:
    draft = tmp_path / "item10.yaml"
    result = runner.invoke(app, ["extract", str(FIXTURES / "item10-unicode.docx"), "-o", str(draft)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"Wrote {draft}" in result.stderr
    # On standard output the draft is the whole output: nothing else is said.
    printed = runner.invoke(app, ["extract", str(FIXTURES / "item10-unicode.docx")])
    assert printed.stderr == "" and printed.stdout == draft.read_text()
