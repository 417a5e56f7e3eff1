"""A board paper with no cover table: lines at the top that the board prints without labels
(the meeting, its date, the session, the item), the title in bold capitals, numbered headings,
and a contact table at the foot whose column headers are the board's labels."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under

PROFILE = '''
description = "A Scottish board's paper, for the running-report tests"
[[questions]]
field = "board"
labels = ["Board Meeting"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Meeting date"]
line = 2
[[questions]]
field = "confidential"
labels = ["Session"]
[[questions]]
field = "agenda_item"
labels = ["Item"]
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "recommendations"
labels = ["Actions Recommended"]
[[questions]]
field = "sponsor"
labels = ["Responsible Executive Director"]
[[questions]]
field = "authors"
labels = ["Contact for further information"]
[confidentiality]
public = "Open Session"
private = "Closed Session"
'''


def _paper(session: str = "Open Session", one_paragraph: bool = False):
    document = Document()
    lines = ("Board Meeting", "04/06/2026", session, "Item 9")
    if one_paragraph:  # as pandoc writes a block of lines, and Shift+Enter in Word: one paragraph
        paragraph = document.add_paragraph()
        for at, line in enumerate(lines):
            run = paragraph.add_run(line)
            run.bold = True
            if at < len(lines) - 1:
                run.add_break()
    else:
        for line in lines:
            bold_line(document, line)
    bold_line(document, "NHS WESTSHIRE")
    bold_line(document, "FINANCIAL PLAN 2026/27")
    bold_line(document, "1.\tActions Recommended")
    document.add_paragraph("The Board is asked to approve the financial plan for 2026/27.")
    bold_line(document, "2.\tResponsible Executive Director and contact for further information")
    document.add_paragraph("If you require any further information in advance of the Board meeting please contact:")
    add_table(document, [["Responsible Executive Director", "Contact for further information"],
                         ["Alan Sharp", "Gerry Lawrie"],
                         ["Interim Director of Finance", "Deputy Director of Finance"],
                         ["alan.sharp@example.nhs.scot", "gerry.lawrie@example.nhs.scot"]])
    return document


def test_the_session_printed_alone_at_the_top_is_the_public_or_private_answer(tmp_path: Path) -> None:
    # "Open Session" is the board's word for a public paper: the answer, not the paper's title
    draft = extract_under(tmp_path, PROFILE, _paper())
    assert draft["confidential"] is False
    assert draft["title"] == "FINANCIAL PLAN 2026/27"
    assert extract_under(tmp_path, PROFILE, _paper("Closed Session"))["confidential"] is True


def test_labels_as_column_headers_over_a_person_on_three_lines(tmp_path: Path) -> None:
    # "Responsible Executive Director | Contact for further information" over the name, the post
    # and the e-mail address of each, a row a line
    draft = extract_under(tmp_path, PROFILE, _paper())
    assert draft["sponsor"] == {"name": "Alan Sharp", "role": "Interim Director of Finance"}
    assert draft["authors"] == [{"name": "Gerry Lawrie", "role": "Deputy Director of Finance"}]


def test_the_header_lines_as_lines_of_one_paragraph(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, PROFILE, _paper(one_paragraph=True))
    assert (draft["board"], draft["meeting_date"], draft["confidential"], draft["agenda_item"]) == (
        "Board Meeting", "2026-06-04", False, "9")
    assert draft["title"] == "FINANCIAL PLAN 2026/27"
