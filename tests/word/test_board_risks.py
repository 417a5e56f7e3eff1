"""Risks as boards' forms ask them: one row that lists the risks by their register ids
("BAF 1 – Delivery of the operational plan" a line), under a profile that maps the row to the
standard risks question."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.board_papers import add_table, extract_under, findings_under

PROFILE = '''
description = "A board's form that asks its risks as one row of BAF ids"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "authors"
labels = ["Report author"]
[[questions]]
field = "risks"
labels = ["Board Assurance Framework risk(s)"]
'''


def _paper(risks: str) -> Document:
    document = Document()
    add_table(document, [
        ["Report title", "Operational plan 2026/27"],
        ["Report author", "Hannah Kirk, Head of Planning"],
        ["Board Assurance Framework risk(s)", risks],
    ])
    return document


def test_risk_lines_by_their_ids_are_the_references_and_on_the_register(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, PROFILE, _paper("BAF 1 – Delivery of the operational plan\nBAF 4 – Financial sustainability"))
    assert draft["risks"]["references"] == [
        {"id": "BAF 1", "description": "Delivery of the operational plan"},
        {"id": "BAF 4", "description": "Financial sustainability"},
    ]
    assert draft["risks"]["associated"] == "yes"
    assert draft["risks"]["on_register"] == "yes"  # a register's ids, on a form that asks nothing else
    codes = {finding["code"] for finding in findings_under(tmp_path, PROFILE, _paper("BAF 2 – Urgent and emergency care"))}
    assert not codes & {"CS105", "CS301"}  # the form's one risks question is answered


def test_risk_text_without_an_id_stays_the_note_and_is_sent_back_for_its_reference(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, PROFILE, _paper("Yes – delivery of the plan is at risk"))
    assert draft["risks"]["references"] is None
    assert draft["risks"]["on_register"] is None
    codes = {finding["code"] for finding in findings_under(tmp_path, PROFILE, _paper("Yes – delivery of the plan is at risk"))}
    assert "CS301" in codes


OWN = '''
description = "A board's form with a BAF table and a history table"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "authors"
labels = ["Report author"]
[[questions]]
name = "baf_risks"
labels = ["Board Assurance Framework Risks"]
kind = "references"
pattern = '^BAF \\d+$'
[[questions]]
field = "governance"
labels = ["Previously considered by"]
[[questions]]
field = "implications.quality"
labels = ["Quality and patient safety"]
[[questions]]
field = "sponsor"
labels = ["Executive lead"]
'''


def test_references_a_row_each_under_column_names(tmp_path: Path) -> None:
    """"BAF Ref | Risk Description" over "BAF 1 | Failure to meet response standards": each row
    a reference (the id in capitals is no label of the form's)."""
    document = Document()
    add_table(document, [["Report title", "Integrated performance report"], ["Report author", "Mark Docherty"]])
    document.add_paragraph("Board Assurance Framework Risks")
    add_table(document, [["BAF Ref", "Risk Description"], ["BAF 1", "Failure to meet response standards"],
                         ["BAF 4", "Hospital handover delays"]])
    draft = extract_under(tmp_path, OWN, document)
    assert draft["questions"]["baf_risks"] == [
        {"id": "BAF 1", "description": "Failure to meet response standards"},
        {"id": "BAF 4", "description": "Hospital handover delays"},
    ]


def test_history_rows_whose_forums_sound_like_questions_are_entries(tmp_path: Path) -> None:
    """"Quality and Safety Committee | 13/01/2026 | Assured" and "Executive Leadership Team | …"
    under "Committee / group | Date | Outcome": entries of the history, not the board's quality
    question or its executive lead."""
    document = Document()
    add_table(document, [["Report title", "Safer staffing"], ["Report author", "Louise Cartwright"],
                         ["Executive lead", "Sarah Jones, Executive Director of Nursing"]])
    history = add_table(document, [["Previously considered by"], ["Committee / group", "Date", "Outcome"],
                                   ["Quality and Safety Committee", "13/01/2026", "Assured"],
                                   ["Executive Leadership Team", "08/01/2026", "Reviewed"]])
    history.cell(0, 0).merge(history.cell(0, 2))  # the label a bar across the table
    add_table(document, [["Quality and patient safety", "Yes – staffing reviewed daily."]])
    draft = extract_under(tmp_path, OWN, document)
    assert draft["governance"] == [
        {"forum": "Quality and Safety Committee", "date": "2026-01-13", "outcome": "Assured"},
        {"forum": "Executive Leadership Team", "date": "2026-01-08", "outcome": "Reviewed"},
    ]
    assert draft["implications"]["quality"]["answer"] == "yes"
    assert draft["sponsor"]["name"] == "Sarah Jones"


def test_a_history_entry_whose_forum_opens_with_a_questions_label_is_an_entry(tmp_path: Path) -> None:
    """"Quality and Safety Committee | 19/02/2026 | Assured" under "Committee | Date | Outcome",
    after an impact grid whose row "Quality and safety" the board labels so: the forum's name
    opens with that label, and the row is the history's entry, no more of the quality answer."""
    profile = OWN.replace("Quality and patient safety", "Quality and safety")
    document = Document()
    add_table(document, [["Report title", "Maternity safety"], ["Report author", "Helen Walsh"]])
    add_table(document, [["Impact", "Yes", "No", "Comments"], ["Quality and safety", "X", "", "Two serious incidents under review."]])
    document.add_paragraph("Previously considered by")
    add_table(document, [["Committee", "Date", "Outcome"], ["Quality and Safety Committee", "19/02/2026", "Assured"]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["governance"] == [{"forum": "Quality and Safety Committee", "date": "2026-02-19", "outcome": "Assured"}]
    assert draft["implications"]["quality"] == {"answer": "yes", "note": "Two serious incidents under review."}


def test_the_forms_lead_in_left_with_no_group_under_it_is_no_history(tmp_path: Path) -> None:
    """The SBAR's "This has been previously considered by the following groups as part of its
    development. The groups have either supported the content, …" and nothing under it."""
    document = Document()
    add_table(document, [["Report title", "IG annual report"], ["Report author", "Jo Bloggs"],
                         ["Previously considered by", "This has been previously considered by the following groups as part of "
                          "its development. The groups have either supported the content, or their feedback has informed "
                          "the development of the content presented in this report."]])
    draft = extract_under(tmp_path, OWN, document)
    assert draft["governance"] is None


CONSULTED = '''
description = "A cabinet member's decision report"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "governance"
labels = ["In consultation with"]
parts = ["forum", "date"]
'''


def test_a_history_table_of_who_was_consulted_and_when(tmp_path: Path) -> None:
    """Essex's "In consultation with:" over "Role | Date" and a row each: the header names the
    columns (it was read as an entry dated "Date", and every complete paper failed CS003)."""
    document = Document()
    add_table(document, [["Title", "Carers support contract"]])
    document.add_paragraph("In consultation with:")
    add_table(document, [["Role", "Date"], ["Executive Director, Adult Social Care", "01/12/2026"],
                         ["Director, Legal and Assurance (Monitoring Officer)", "03/12/2026"]])
    draft = extract_under(tmp_path, CONSULTED, document)
    assert draft["governance"] == [
        {"forum": "Executive Director, Adult Social Care", "date": "2026-12-01", "outcome": None},
        {"forum": "Director, Legal and Assurance (Monitoring Officer)", "date": "2026-12-03", "outcome": None},
    ]


def test_a_history_of_printed_forums_is_the_ones_the_author_marks(tmp_path: Path) -> None:
    """"PREVIOUSLY CONSIDERED BY | Y/N | DATE:" over a row for each of the board's committees:
    the paper went to those marked Y (or ticked), on the date beside them; "N" and an empty mark
    are the forms' printed forums, not entries, and the header is no forum."""
    document = Document()
    add_table(document, [["Report title", "Freedom to speak up"], ["Report author", "Louise Cartwright"]])
    add_table(document, [["Previously considered by", "Y/N", "DATE:"], ["EXECUTIVE DIRECTORS", "N", ""],
                         ["PEOPLE COMMITTEE", "Y", "18th December 2025"], ["QUALITY AND SAFETY COMMITTEE", "✓", ""],
                         ["AUDIT COMMITTEE", "", ""]])
    draft = extract_under(tmp_path, OWN, document)
    assert draft["governance"] == [
        {"forum": "PEOPLE COMMITTEE", "date": "2025-12-18", "outcome": None},
        {"forum": "QUALITY AND SAFETY COMMITTEE", "date": None, "outcome": None},
    ]


def test_a_history_of_printed_forums_all_marked_n_is_answered_none(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Report title", "Freedom to speak up"], ["Report author", "Louise Cartwright"]])
    add_table(document, [["Previously considered by", "Y/N", "Date"], ["EXECUTIVE DIRECTORS", "N", ""],
                         ["PEOPLE COMMITTEE", "N", ""]])
    assert extract_under(tmp_path, OWN, document)["governance"] == []


def test_an_impact_grid_and_a_history_each_a_table_inside_a_cell_across_the_sheet(tmp_path: Path) -> None:
    """An ICB's sheet: "Impact assessments" and "Report previously considered by" as bars across
    its table, each over a row that is one cell holding a table of its own ("Impact | Yes | No |
    N/A | Comments" with X typed, "Committee | Date | Outcome")."""
    profile = OWN + '''
[[questions]]
field = "implications.equality"
labels = ["Equality impact assessment"]
'''
    document = Document()
    sheet = add_table(document, [["Report title", "Winter plan"], ["Report author", "Jane Whitworth"],
                                 ["Impact assessments", ""], ["", ""], ["Previously considered by", ""], ["", ""]])
    for row in (2, 3, 4, 5):
        sheet.cell(row, 0).merge(sheet.cell(row, 1))
    for row, rows in ((3, [["Impact", "Yes", "No", "N/A", "Comments"], ["Quality and patient safety", "X", "", "", "QIA completed"],
                           ["Equality impact assessment", "", "", "X", "No change to services"]]),
                      (5, [["Committee", "Date", "Outcome"], ["Quality Committee", "17/12/2025", "Assured"]])):
        cell = sheet.cell(row, 0)
        inner = cell.add_table(rows=len(rows), cols=len(rows[0]))
        for cells, texts in zip(inner.rows, rows):
            for inner_cell, text in zip(cells.cells, texts):
                inner_cell.text = text
    draft = extract_under(tmp_path, profile, document)
    assert draft["implications"]["quality"] == {"answer": "yes", "note": "QIA completed"}
    assert draft["implications"]["equality"] == {"answer": "n/a", "note": "No change to services"}
    assert draft["governance"] == [{"forum": "Quality Committee", "date": "2025-12-17", "outcome": "Assured"}]
