"""Classes of layout the second blind batch showed, each built here with python-docx and read
under a profile written here: a report with no cover table whose answers are paragraphs
counted through the report ("7.<tab>Not applicable."), implications as bullets "Name – answer"
after a lead-in, and sign-off tables of labels over their answers."""

from __future__ import annotations

from docx import Document
from helpers.board_papers import bold_line, extract_under

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
    bold_line(document, "Summary")
    document.add_paragraph("1.\tThis report presents the annual update for the Board to note.")
    bold_line(document, "Options")
    document.add_paragraph("2.\tThere are no options: the report is for information.")
    bold_line(document, "Analysis")
    document.add_paragraph("3.\tNot applicable.")
    bold_line(document, "Implications")
    document.add_paragraph("4.\tThe following implications have been considered:")
    for name, answer in (("Financial", "None."), ("Legal", "The Board has a statutory duty to publish it.")):
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(name).bold = True
        paragraph.add_run(f" – {answer}")
    bold_line(document, "Risk Management")
    document.add_paragraph("5.\tThere are no risks associated with this report.")
    return document


def test_paragraphs_counted_through_a_report_are_answers_without_their_number(tmp_path):
    draft = extract_under(tmp_path, COUNTED, _counted_report())
    questions = draft["questions"]
    assert draft["executive_summary"] == "This report presents the annual update for the Board to note."
    # A short numbered answer and a numbered lead-in are no headings: the reading goes on past them.
    assert questions["analysis"] == "Not applicable."
    assert questions["financial"] == "None."
    assert questions["legal"] == "The Board has a statutory duty to publish it."
    assert questions["risk"] == "There are no risks associated with this report."


SIGN_OFF = '''
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
[[questions]]
name = "report_of"
labels = ["Report of"]
kind = "text"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "executive_summary"
labels = ["Summary"]
[[questions]]
field = "authors"
labels = ["Author"]
[[questions]]
field = "sponsor"
labels = ["Chief Officer Responsible for the report"]
[[questions]]
name = "approved"
labels = ["Report Approved"]
kind = "yes_no_na"
[[questions]]
name = "approved_on"
labels = ["Date"]
kind = "date"
[[questions]]
name = "officers"
labels = ["Specialist Implications Officer(s)"]
kind = "text"
[[questions]]
name = "wards"
labels = ["Wards Affected"]
kind = "choice"
options = ["All"]
'''


def _signed_off_report(ward_box: str = "✓") -> Document:
    document = Document()
    bold_line(document, "Health and Wellbeing Board\t21 January 2026")
    bold_line(document, "Report of the Director of Public Health")
    bold_line(document, "Joint Strategic Needs Assessment 2025 Annual Update")
    bold_line(document, "Summary")
    document.add_paragraph("1.\tThis report presents the 2025 update for the Board to note.")
    table = document.add_table(rows=4, cols=4)
    rows = table.rows
    first = rows[0].cells[1].merge(rows[0].cells[3])
    rows[0].cells[0].paragraphs[0].add_run("Author:").bold = True
    first.paragraphs[0].add_run("Chief Officer Responsible for the report:").bold = True
    rows[1].cells[0].text = "Priya Mistry\nPublic Health Specialist\nPublic Health\nTel: 01904 553412"
    rows[1].cells[1].merge(rows[1].cells[3]).text = "Paul Hendry\nDirector of Public Health"
    rows[2].cells[1].text = "Report Approved"
    rows[2].cells[2].text = "✓"
    rows[2].cells[3].text = "Date\n07/01/2026"
    officers = rows[3].cells[0].merge(rows[3].cells[3])
    paragraph = officers.paragraphs[0]
    paragraph.add_run("Specialist Implications Officer(s)").bold = True
    paragraph.add_run("  List information for all")
    officers.add_paragraph("Legal: Ruth Lee, Senior Solicitor")
    wards = document.add_table(rows=1, cols=3).rows[0].cells
    wards[0].paragraphs[0].add_run("Wards Affected:").bold = True
    wards[0].paragraphs[0].add_run("  List wards or tick box to indicate all")
    wards[1].text = ward_box
    wards[2].text = "All"
    return document


def test_a_report_without_cover_table_gives_its_header_lines_and_sign_off_table(tmp_path):
    draft = extract_under(tmp_path, SIGN_OFF, _signed_off_report())
    # The board and the date on one line at a tab; "Report of the …"; the bold title below it.
    assert draft["meeting_date"] == "2026-01-21"
    assert draft["questions"]["report_of"] == "Director of Public Health"
    assert draft["title"] == "Joint Strategic Needs Assessment 2025 Annual Update"
    # Labels over their answers, a contact block (department and telephone are no people).
    assert draft["authors"] == [{"name": "Priya Mistry", "role": "Public Health Specialist"}]
    assert draft["sponsor"] == {"name": "Paul Hendry", "role": "Director of Public Health"}
    # One box ticked beside the question; "Date" over its date in one cell.
    assert draft["questions"]["approved"] == {"answer": "yes", "note": None}
    assert draft["questions"]["approved_on"] == "2026-01-07"
    # The form's printed instruction beside a label is no part of the answer.
    assert draft["questions"]["officers"] == "Legal: Ruth Lee, Senior Solicitor"
    assert draft["questions"]["wards"] == "All"


PICKED = '''
[[questions]]
field = "purpose"
labels = ["Purpose"]
[[questions]]
name = "assurance"
labels = ["Assurance"]
kind = "choice"
options = ["Limited", "Reasonable"]
'''


def test_an_option_picked_beside_its_label_is_no_label_over_an_answer(tmp_path):
    document = Document()
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Purpose:", "Assurance"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Assurance:", "Reasonable"
    draft = extract_under(tmp_path, PICKED, document)
    assert draft["purpose"]["categories"] == ["assurance"]
    assert draft["questions"]["assurance"] == "Reasonable"


RECOMMENDS = '''
[[questions]]
field = "executive_summary"
labels = ["Summary"]
[[questions]]
field = "recommendations"
labels = ["Recommendations"]
'''


def _recommending(*lines: str) -> Document:
    document = Document()
    bold_line(document, "Summary")
    document.add_paragraph("1.\tThis report sets out the partnership's work this year.")
    bold_line(document, "Recommendations")
    for line in lines:
        document.add_paragraph(line)
    return document


def test_a_numbered_stem_over_roman_items_is_no_recommendation(tmp_path):
    document = _recommending("2.\tHealth and Wellbeing Board are asked to:", "i.\tNote the progress made.",
                             "ii.\tEndorse the priorities for 2026.")
    assert extract_under(tmp_path, RECOMMENDS, document)["recommendations"] == [
        "Note the progress made.", "Endorse the priorities for 2026."]


def test_a_bracketed_prompt_left_in_is_no_recommendation(tmp_path):
    document = _recommending("2.\t[Health and Wellbeing Board are asked to …]")
    assert extract_under(tmp_path, RECOMMENDS, document)["recommendations"] is None


HEADING_BLOCK = '''
[[questions]]
field = "confidential"
labels = ["OPEN / CLOSED"]
[[questions]]
field = "meeting_date"
labels = ["BOARD OF DIRECTORS MEETING"]
[[questions]]
field = "agenda_item"
labels = ["Item"]
[[questions]]
field = "title"
labels = ["TITLE OF PAPER"]
[[questions]]
field = "presented_by"
labels = ["TO BE PRESENTED BY"]
'''


def _heading_block(status: str) -> Document:
    document = Document()
    bold_line(document, status)
    block = document.add_table(rows=2, cols=2)
    texts = (("BOARD OF DIRECTORS MEETING", "BoD 26.11.25"), ("26th November 2025", "Item 10iii"))
    for row, pair in zip(block.rows, texts):
        for cell, text in zip(row.cells, pair):
            cell.paragraphs[0].add_run(text).bold = True
    sheet = document.add_table(rows=2, cols=2)
    for row, pair in zip(sheet.rows, (("TITLE OF PAPER", "Winter Resilience Plan"),
                                      ("TO BE PRESENTED BY", "Dr Helen Crawshaw, Chief Executive"))):
        row.cells[0].text, row.cells[1].text = pair
    return document


def test_a_heading_block_gives_the_date_under_the_meetings_name_and_the_item_beside_it(tmp_path):
    draft = extract_under(tmp_path, HEADING_BLOCK, _heading_block("OPEN"))
    assert draft["meeting_date"] == "2025-11-26"  # not the meeting's code "BoD 26.11.25"
    assert draft["agenda_item"] == "10iii"
    assert draft["title"] == "Winter Resilience Plan"


def test_the_one_word_left_of_a_delete_one_label_is_the_answer(tmp_path):
    assert extract_under(tmp_path, HEADING_BLOCK, _heading_block("OPEN"))["confidential"] is False
    assert extract_under(tmp_path, HEADING_BLOCK, _heading_block("CLOSED"))["confidential"] is True


WRITTEN_WITH_OPTIONS = '''
[[questions]]
field = "meeting_date"
labels = ["Date of Meeting"]
[[questions]]
field = "confidential"
labels = ["For: PUBLIC session / PRIVATE Session"]
[[questions]]
field = "purpose"
labels = ["For: Decision / Discussion / Noting"]
[[questions]]
field = "title"
labels = ["Agenda Item and title"]
[[questions]]
field = "authors"
labels = ["Author"]
[confidentiality]
public = "PUBLIC session"
private = "PRIVATE Session"
'''


def _summary_sheet() -> Document:
    document = Document()
    table = document.add_table(rows=5, cols=7)
    rows = [("Date of Meeting:", "11 December 2025"),
            ("For:", "PUBLIC session", "☒", "PRIVATE Session", "☐"),
            ("For:", "Decision", "☐", "Discussion", "☐", "Noting", "☒"),
            ("Agenda Item and title:", "QSC/25/12/05 Quality and Safety Exception Report"),
            ("Author:", "Lorraine Hartley – Head of Quality")]
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    return document


def test_a_label_the_profile_writes_with_its_options_is_found_by_the_options_beside_it(tmp_path):
    draft = extract_under(tmp_path, WRITTEN_WITH_OPTIONS, _summary_sheet())
    assert draft["meeting_date"] == "2025-12-11"  # the "For:" rows are no part of the date
    assert draft["confidential"] is False
    assert draft["purpose"]["categories"] == ["information"]
    # One row asking the item and the title: the title is the words after the paper's reference.
    assert draft["title"] == "Quality and Safety Exception Report"


DATE_LINE = '''
[[questions]]
field = "agenda_item"
labels = ["Item"]
[[questions]]
field = "meeting_date"
labels = ["Council of Governors Meeting"]
[[questions]]
field = "title"
labels = ["Title of report"]
[[questions]]
field = "executive_summary"
labels = ["Executive Summary"]
'''


def test_the_bold_title_under_a_dated_meeting_line_is_the_title_not_part_of_the_date(tmp_path):
    document = Document()
    bold_line(document, "Item 5")
    bold_line(document, "Council of Governors Meeting – 2 December 2025")
    bold_line(document, "Appointment of the External Auditor – Recommendation of the Audit and Risk Committee")
    bold_line(document, "Executive Summary")
    document.add_paragraph("The current external audit contract ends on 31 March 2026.")
    draft = extract_under(tmp_path, DATE_LINE, document)
    assert draft["meeting_date"] == "2025-12-02"
    assert draft["title"] == "Appointment of the External Auditor – Recommendation of the Audit and Risk Committee"


SEEN_BY = '''
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "governance"
labels = ["Seen by the following committee(s) on date"]
parts = ["forum", "date"]
'''


def test_forums_printed_across_with_their_dates_below_are_the_history(tmp_path):
    document = Document()
    table = document.add_table(rows=4, cols=4)
    rows = [("Subject:", "Winter Resilience Plan"), ("Seen by the following committee(s) on date:",),
            ("Finance & Investment", "Integrated Governance", "Executive", "Audit"),
            ("", "27/11/2025", "25/11/2025", "")]
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    draft = extract_under(tmp_path, SEEN_BY, document)
    assert draft["governance"] == [
        {"forum": "Integrated Governance", "date": "2025-11-27", "outcome": None},
        {"forum": "Executive", "date": "2025-11-25", "outcome": None}]


EXPLAINED = '''
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "implications.equality"
labels = ["Equality Impact Assessment undertaken?"]
'''


def test_an_if_no_please_explain_row_is_the_answers_note(tmp_path):
    document = Document()
    table = document.add_table(rows=3, cols=7)
    rows = [("Report title", "Quality Report"),
            ("Equality Impact Assessment undertaken?", "Yes", "", "No", "", "N/A", "x"),
            ("If No or N/A, please explain:", "Routine quarterly assurance report.")]
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    draft = extract_under(tmp_path, EXPLAINED, document)
    assert draft["implications"]["equality"] == {"answer": "n/a", "note": "Routine quarterly assurance report."}


def test_the_one_option_printed_beside_an_empty_box_is_not_chosen(tmp_path):
    draft = extract_under(tmp_path, SIGN_OFF, _signed_off_report(ward_box=""))
    assert draft["questions"]["wards"] is None
