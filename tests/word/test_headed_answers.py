"""Answers a board's form prints under or beside what looks like something else: the history's
label heading its table's first column, a heading over its question and boxes, a reference code
in capitals, contact lines under a person among the header lines, a range's dash in a sentence."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under

HISTORY = '''
description = "A board's sheet with a history table, for the headed-answers tests"
[[questions]]
field = "title"
labels = ["Title of paper"]
[[questions]]
field = "governance"
labels = ["Previously considered by"]
parts = ["forum", "date", "outcome"]
[[questions]]
field = "implications.equality"
labels = ["Has an equality impact assessment been completed?", "Equality impact assessment"]
'''


def test_the_historys_label_heading_its_tables_first_column(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title of paper", "Winter plan"]])
    bold_line(document, "Governance")
    add_table(document, [["Previously considered by", "Date", "Outcome"],
                         ["Urgent and Emergency Care Board", "21 October 2026", "Supported"],
                         ["Quality Committee", "5 November 2026", "Recommended for approval"]])
    draft = extract_under(tmp_path, HISTORY, document)
    assert draft["governance"] == [
        {"forum": "Urgent and Emergency Care Board", "date": "2026-10-21", "outcome": "Supported"},
        {"forum": "Quality Committee", "date": "2026-11-05", "outcome": "Recommended for approval"}]


def test_a_heading_over_its_question_with_the_boxes_on_the_questions_line(tmp_path: Path) -> None:
    # the heading and the question are both the board's labels for one question: the boxes after
    # the question are its answer (they were lost, and the note read as a "yes")
    document = Document()
    add_table(document, [["Title of paper", "Integrated performance report"]])
    bold_line(document, "Equality impact assessment")
    document.add_paragraph("Has an equality impact assessment been completed?   ☐ Yes   ☒ No")
    document.add_paragraph("Performance report for assurance only; no change to services.")
    draft = extract_under(tmp_path, HISTORY, document)
    assert draft["implications"]["equality"] == {
        "answer": "no", "note": "Performance report for assurance only; no change to services."}


CABINET = '''
description = "A council cabinet report in running text, for the headed-answers tests"
[[questions]]
field = "board"
labels = ["Report to"]
[[questions]]
field = "title"
labels = ["Report title"]
line = 1
[[questions]]
field = "authors"
labels = ["Report Author"]
[[questions]]
field = "meeting_date"
labels = ["Date"]
line = 2
[[questions]]
field = "executive_summary"
labels = ["Executive Summary"]
[[questions]]
name = "key_decision_reference"
labels = ["Key Decision Reference"]
kind = "text"
[[questions]]
name = "background_papers"
labels = ["Background Papers"]
kind = "text"
'''


def test_a_persons_extension_among_the_unlabelled_header_lines_and_a_code_in_capitals(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "Report to CABINET")
    bold_line(document, "Mental Health Supported Housing Recommissioning")
    document.add_paragraph("Report Author: Mark Warren, Commissioning Manager")
    document.add_paragraph("Ext. 4108")  # how to reach him, not the second unlabelled line
    document.add_paragraph("18 January 2027")
    bold_line(document, "Executive Summary")
    document.add_paragraph("The report seeks approval to recommission supported housing.")
    bold_line(document, "18 Key Decision Reference")
    document.add_paragraph("HSC-16-26")  # capitals, as codes are: the answer, not a heading
    bold_line(document, "19 Background Papers")
    document.add_paragraph("None.")
    draft = extract_under(tmp_path, CABINET, document)
    assert draft["meeting_date"] == "2027-01-18"
    assert draft["authors"] == [{"name": "Mark Warren", "role": "Commissioning Manager"}]
    assert draft["questions"]["key_decision_reference"] == "HSC-16-26"
    assert draft["title"] == "Mental Health Supported Housing Recommissioning"


SBAR = '''
description = "A Scottish SBAR paper, for the headed-answers tests"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "situation"
labels = ["Situation"]
kind = "text"
[[questions]]
name = "background"
labels = ["Background"]
kind = "text"
[[questions]]
field = "recommendations"
labels = ["Recommendation"]
'''


def test_a_sentence_with_a_ranges_dash_is_an_answer_not_a_label_and_its_value(tmp_path: Path) -> None:
    # "The Board is asked to approve ..." suggests the recommendations by its words; the dash of
    # "2027–2030" made it a label with "2030." as its answer, and the situation was lost
    document = Document()
    add_table(document, [["Title:", "Digital Strategy 2027–2030"]])
    document.add_paragraph("2.1\tSituation")
    document.add_paragraph("The Board is asked to approve the Digital Strategy 2027–2030.")
    document.add_paragraph("2.2\tBackground")
    document.add_paragraph("The current strategy ends in March 2027.")
    draft = extract_under(tmp_path, SBAR, document)
    assert draft["questions"]["situation"] == "The Board is asked to approve the Digital Strategy 2027–2030."
    assert draft["questions"]["background"] == "The current strategy ends in March 2027."
