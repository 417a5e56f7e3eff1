"""Classes of layout the second blind batch showed, each built here with python-docx and read
under a profile written here: a report with no cover table whose answers are paragraphs
counted through the report ("7.<tab>Not applicable."), implications as bullets "Name – answer"
after a lead-in, and sign-off tables of labels over their answers."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from typer.testing import CliRunner

from coversheet.cli import app


def _extract(tmp_path: Path, profile: str, document) -> dict:
    (tmp_path / "board.toml").write_text(profile, encoding="utf-8")
    (tmp_path / "coversheet.toml").write_text('profile = "board.toml"\n', encoding="utf-8")
    paper = tmp_path / "paper.docx"
    document.save(paper)
    result = CliRunner().invoke(app, ["extract", str(paper), "-c", str(tmp_path / "coversheet.toml"), "-f", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _bold(document, text: str):
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


COUNTED = '''
[[questions]]
field = "executive_summary"
labels = ["Summary"]
[[questions]]
name = "options"
labels = ["Options"]
kind = "text"
[[questions]]
name = "analysis"
labels = ["Analysis"]
kind = "text"
[[questions]]
name = "financial"
labels = ["Financial"]
kind = "text"
[[questions]]
name = "legal"
labels = ["Legal"]
kind = "text"
[[questions]]
name = "risk"
labels = ["Risk Management"]
kind = "text"
'''


def _counted_report() -> Document:
    document = Document()
    _bold(document, "Summary")
    document.add_paragraph("1.\tThis report presents the annual update for the Board to note.")
    _bold(document, "Options")
    document.add_paragraph("2.\tThere are no options: the report is for information.")
    _bold(document, "Analysis")
    document.add_paragraph("3.\tNot applicable.")
    _bold(document, "Implications")
    document.add_paragraph("4.\tThe following implications have been considered:")
    for name, answer in (("Financial", "None."), ("Legal", "The Board has a statutory duty to publish it.")):
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(name).bold = True
        paragraph.add_run(f" – {answer}")
    _bold(document, "Risk Management")
    document.add_paragraph("5.\tThere are no risks associated with this report.")
    return document


def test_paragraphs_counted_through_a_report_are_answers_without_their_number(tmp_path):
    draft = _extract(tmp_path, COUNTED, _counted_report())
    questions = draft["questions"]
    assert draft["executive_summary"] == "This report presents the annual update for the Board to note."
    # A short numbered answer and a numbered lead-in are no headings: the reading goes on past them.
    assert questions["analysis"] == "Not applicable."
    assert questions["financial"] == "None."
    assert questions["legal"] == "The Board has a statutory duty to publish it."
    assert questions["risk"] == "There are no risks associated with this report."
