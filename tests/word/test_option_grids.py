"""Choices marked in a grid: the options as column headers over a question a row, and a table of
options under its column names ("Strategic ambition | Tick")."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under


IMPACTS = '''
description = "A council report's impact grid, for the running-report tests"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "health_impact"
labels = ["Health Impact"]
kind = "choice"
options = ["Positive", "Neutral", "Negative"]
[[questions]]
name = "data_impact"
labels = ["Data Impact"]
kind = "choice"
options = ["Positive", "Neutral", "Negative"]
'''


def test_the_choices_options_as_column_headers_over_a_question_a_row(tmp_path: Path) -> None:
    # "| Positive | Neutral | Negative | Commentary" over "Health Impact: | X | | | Better access …"
    document = Document()
    document.add_paragraph("Title: GP access")
    add_table(document, [["", "Positive", "Neutral", "Negative", "Commentary"],
                         ["Health Impact:", "X", "", "", "Better access to primary care."],
                         ["Data Impact:", "", "X", "X", ""]])
    draft = extract_under(tmp_path, IMPACTS, document)
    assert draft["questions"]["health_impact"] == "Positive"
    assert draft["questions"]["data_impact"] is None  # two marked where one is asked: not clear


AMBITIONS = '''
description = "A trust's cover sheet with a table of ambitions to tick"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "strategic_ambitions"
labels = ["Links to the Trust's Strategic Ambitions (tick all that apply)"]
kind = "choice"
multiple = true
options = ["Deliver high quality care", "Support our people to thrive", "Use our resources well"]
'''


def test_an_options_table_under_its_column_names(tmp_path: Path) -> None:
    # "Strategic ambition | Tick" is the table's column names, not a label of its own
    document = Document()
    document.add_paragraph("Title: Safer staffing review")
    document.add_paragraph("Links to the Trust's Strategic Ambitions (tick all that apply)")
    table = add_table(document, [["Strategic ambition", "Tick"], ["Deliver high quality care", "✓"],
                                 ["Support our people to thrive", "✓"], ["Use our resources well", ""]])
    for cell in table.rows[0].cells:  # the column names in bold, as a table's header row is set
        cell.paragraphs[0].runs[0].bold = True
    draft = extract_under(tmp_path, AMBITIONS, document)
    assert draft["questions"]["strategic_ambitions"] == ["Deliver high quality care", "Support our people to thrive"]


CONTACT = IMPACTS + '''
[[questions]]
name = "officer_contact"
labels = ["Officer Contact"]
kind = "text"
'''


def test_a_paragraph_after_a_grid_of_options_with_no_question_open(tmp_path: Path) -> None:
    # column names that happen to be a choice's options ("Name | Positive | Neutral") under another
    # question, then a paragraph with no question open to take it (it was a traceback)
    document = Document()
    add_table(document, [["Title", "GP access"], ["Data Impact", "Neutral"]])
    bold_line(document, "Officer Contact")  # a heading below the table: the sheet goes on in headings
    document.add_paragraph("If you have any questions about this report please contact:")
    add_table(document, [["Name", "Positive", "Neutral"], ["Karen Holt", "01603 223410", "karen@example.gov.uk"]])
    document.add_paragraph("If you need this report in large print please contact us.")
    draft = extract_under(tmp_path, CONTACT, document)
    assert (draft["title"], draft["questions"]["data_impact"]) == ("GP access", "Neutral")
