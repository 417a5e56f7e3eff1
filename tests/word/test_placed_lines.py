"""The header lines a profile places with `line =`: in the page header when that is where they
fit (a date where it places a date), the board's label with the meeting's date after it, and
labelled lines of one paragraph."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under

TRUST = '''
description = "A trust's cover sheet whose board, date and item are the page header's three lines"
[[questions]]
field = "board"
labels = ["Trust Board"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Meeting date"]
line = 2
[[questions]]
field = "agenda_item"
labels = ["Item"]
line = 3
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "sponsor"
labels = ["Executive lead"]
'''


def test_the_lines_the_profile_places_are_the_page_headers_when_they_fit_there(tmp_path: Path) -> None:
    document = Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Trust Board Public"
    header.add_paragraph("28 January 2027")
    header.add_paragraph("Item 08.27")
    bold_line(document, "Surrey and Borders Partnership NHS Foundation Trust")
    bold_line(document, "Board of Directors – report cover sheet")
    add_table(document, [["Report title:", "Quality and Safety Report"], ["Executive lead:", "Heather Caudle, Chief Nurse"]])
    draft = extract_under(tmp_path, TRUST, document)
    assert draft["meeting_date"] == "2027-01-28"
    assert draft["board"] == "Trust Board Public"
    assert draft["agenda_item"] == "08.27"


def test_the_body_lines_stay_the_placed_lines_when_they_fit(tmp_path: Path) -> None:
    # the page header names the trust; the body's lines hold what the profile places
    document = Document()
    document.sections[0].header.paragraphs[0].text = "Surrey and Borders Partnership NHS Foundation Trust"
    bold_line(document, "Trust Board Public")
    bold_line(document, "28 January 2027")
    bold_line(document, "Item 08.27")
    add_table(document, [["Report title:", "Quality and Safety Report"], ["Executive lead:", "Heather Caudle, Chief Nurse"]])
    draft = extract_under(tmp_path, TRUST, document)
    assert (draft["board"], draft["meeting_date"], draft["agenda_item"]) == ("Trust Board Public", "2027-01-28", "08.27")


ICB = '''
description = "An ICB's sheet: the page header names the meeting and its date, the labels are lines"
[[questions]]
field = "board"
labels = ["Board Meeting in Public"]
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 1
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "sponsor"
labels = ["Lead Executive"]
[[questions]]
field = "authors"
labels = ["Author(s)"]
'''


def test_the_boards_label_with_the_meetings_date_after_it_in_the_page_header(tmp_path: Path) -> None:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "Board Meeting in Public – 19 January 2027\tAgenda Item: 7"
    bold_line(document, "NHS Suffolk and North East Essex\nIntegrated Care Board")
    for label, answer in (("Report title:", "Chief Executive's Report"), ("Lead Executive:", "Ed Garratt, Chief Executive"),
                          ("Author(s):", "Claire Bennett, Head of Corporate Governance")):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run("\t" + answer)
    draft = extract_under(tmp_path, ICB, document)
    assert draft["board"] == "Board Meeting in Public"
    assert draft["meeting_date"] == "2027-01-19"


def test_labelled_lines_of_one_paragraph_and_the_meetings_line_in_the_body(tmp_path: Path) -> None:
    # pandoc's copy: no page header, its lines in the body; the labels are lines of one paragraph
    document = Document()
    bold_line(document, "NHS Suffolk and North East Essex Integrated Care Board")
    bold_line(document, "Board Meeting in Public – 19 January 2027")
    document.add_paragraph("Report title: Urgent and Emergency Care Strategy\nLead Executive: Lisa Nobes, Chief Nursing Officer\n"
                           "Author(s): Priya Nair, Associate Medical Director")
    draft = extract_under(tmp_path, ICB, document)
    assert draft["meeting_date"] == "2027-01-19"
    assert draft["title"] == "Urgent and Emergency Care Strategy"
    assert draft["sponsor"] == {"name": "Lisa Nobes", "role": "Chief Nursing Officer"}
    assert draft["authors"] == [{"name": "Priya Nair", "role": "Associate Medical Director"}]


HEADED = '''
description = "A sheet whose page header gives the classification and whose first line the date"
[[questions]]
field = "confidential"
labels = ["Classification"]
[[questions]]
field = "meeting_date"
labels = ["DATE"]
[[questions]]
field = "title"
labels = ["Title of report"]
[[questions]]
field = "sponsor"
labels = ["Report of"]
[confidentiality]
public = "Public"
private = "Private"
'''


def test_the_classification_in_the_page_header_with_its_label_and_boxes(tmp_path: Path) -> None:
    for at, (boxes, expected) in enumerate((("Public ☒   Private ☐", False), ("Public ☐   Private ☒", True),
                                            ("Public ☒   Private ☒", None))):
        (tmp_path / str(at)).mkdir()
        document = Document()
        document.sections[0].header.paragraphs[0].text = f"Classification:  {boxes}"
        add_table(document, [["Title of report:", "Integrated Performance Report"], ["Report of:", "Alice Webster, Chief Executive"]])
        assert extract_under(tmp_path / str(at), HEADED, document)["confidential"] is expected


def test_a_header_line_then_a_tab_and_the_boards_label_with_its_answer(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "WARRINGTON BOROUGH COUNCIL")
    bold_line(document, "HEALTH AND WELLBEING BOARD\tDATE: 12 February 2026")
    add_table(document, [["Report of:", "Thara Raj, Director of Public Health"], ["Title of report:", "Pharmaceutical Needs Assessment"]])
    assert extract_under(tmp_path, HEADED, document)["meeting_date"] == "2026-02-12"


COUNCIL = '''
description = "A council's cabinet report: a line, then a header table with the committee and date in one cell"
[[questions]]
field = "confidential"
labels = ["This report is"]
line = 1
[[questions]]
field = "board"
labels = ["Meeting name"]
line = 3
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 4
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "governance"
labels = ["Report to be/has been considered by"]
parts = ["forum", "date"]
[[questions]]
field = "sponsor"
labels = ["Report by"]
named = false
[confidentiality]
public = "PUBLIC"
private = "PRIVATE"
'''


def test_two_lines_of_one_header_cell_and_a_historys_rows_under_its_label(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("This report is PUBLIC [NOT PROTECTIVELY MARKED]")
    add_table(document, [["CITY OF WOLVERHAMPTON COUNCIL", "Cabinet\n20 January 2027"]])
    add_table(document, [["Report title", "Better Care Fund Plan 2027-2029"],
                         ["Report by", "Director, Health and Social Care"],
                         ["Report to be/has been considered by", "Adults Leadership Team", "5 December 2026"],
                         ["", "Strategic Executive Board", "15 December 2026"]])
    draft = extract_under(tmp_path, COUNCIL, document)
    assert (draft["board"], draft["meeting_date"]) == ("Cabinet", "2027-01-20")
    assert draft["governance"] == [{"forum": "Adults Leadership Team", "date": "2026-12-05", "outcome": None},
                                   {"forum": "Strategic Executive Board", "date": "2026-12-15", "outcome": None}]
    assert draft["sponsor"] == {"name": None, "role": "Director, Health and Social Care"}  # the post as written


IJB_LINES = '''
description = "An IJB report: the partnership, the board and date after a colon, the title; then 'Report by' a post"
[[questions]]
field = "meeting_date"
labels = ["INTEGRATION JOINT BOARD"]
[[questions]]
field = "title"
labels = ["Report title"]
line = 3
[[questions]]
field = "sponsor"
labels = ["Report by"]
named = false
[[questions]]
name = "purpose_of_report"
labels = ["PURPOSE OF REPORT"]
kind = "text"
[[questions]]
field = "recommendations"
labels = ["RECOMMENDATIONS"]
'''


def test_a_placed_title_counted_with_the_labelled_line_above_it_and_a_signature_under_the_list(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "EAST AYRSHIRE HEALTH AND SOCIAL CARE PARTNERSHIP")
    bold_line(document, "INTEGRATION JOINT BOARD: 25 MARCH 2026")
    bold_line(document, "FINANCIAL MANAGEMENT REPORT AS AT 31 JANUARY 2026")
    document.add_paragraph("Report by Chief Finance Officer")
    bold_line(document, "PURPOSE OF REPORT")
    document.add_paragraph("1.\tThe purpose of this report is to give the projected outturn.")
    bold_line(document, "DIRECTIONS")
    document.add_paragraph("2.\tNo direction is required.")
    bold_line(document, "RECOMMENDATIONS")
    document.add_paragraph("(i)\tNote the projected outturn;")
    document.add_paragraph("(ii)\tApprove the budget realignments.")
    document.add_paragraph("Alex McPhee")
    document.add_paragraph("Chief Finance Officer")
    draft = extract_under(tmp_path, IJB_LINES, document)
    assert draft["title"] == "FINANCIAL MANAGEMENT REPORT AS AT 31 JANUARY 2026"
    assert draft["meeting_date"] == "2026-03-25"
    assert draft["sponsor"] == {"name": "Alex McPhee", "role": "Chief Finance Officer"}
