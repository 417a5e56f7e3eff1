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
