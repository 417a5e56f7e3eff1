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


COMMITTEE = '''
description = "A county council committee report, its first line the committee and the date"
[[questions]]
field = "board"
labels = ["Committee"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Meeting date"]
line = 1
[[questions]]
field = "sponsor"
labels = ["REPORT OF THE"]
named = false
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "purpose_of_report"
labels = ["Purpose of the Report"]
kind = "text"
'''


def test_the_committee_and_its_date_after_a_colon_and_a_title_opening_nhs(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "HEALTH OVERVIEW AND SCRUTINY COMMITTEE: 20 JANUARY 2027")
    bold_line(document, "REPORT OF THE DIRECTOR OF PUBLIC HEALTH")
    bold_line(document, "NHS HEALTH CHECK PROGRAMME – PERFORMANCE AND RECOMMISSIONING")  # a title, no NHS body's name
    bold_line(document, "Purpose of the Report")
    document.add_paragraph("1. The purpose of this report is to update the Committee on the programme.")
    draft = extract_under(tmp_path, COMMITTEE, document)
    assert (draft["board"], draft["meeting_date"]) == ("HEALTH OVERVIEW AND SCRUTINY COMMITTEE", "2027-01-20")
    assert draft["title"] == "NHS HEALTH CHECK PROGRAMME – PERFORMANCE AND RECOMMISSIONING"


def test_a_labelled_date_after_a_label_left_blank_is_not_the_blank_ones(tmp_path: Path) -> None:
    # "Date Issued:9 December 2025" is a label and its answer, under "Date Prepared:" left blank;
    # only a line the profile places reads "NAME: date" as a meeting and its date
    profile = '''
description = "Two dates at the foot of a paper"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "date_prepared"
labels = ["Date Prepared"]
kind = "date"
[[questions]]
name = "date_issued"
labels = ["Date Issued"]
kind = "date"
'''
    document = Document()
    add_table(document, [["Title:", "Workforce report"]])
    document.add_paragraph("8.\tDate Prepared:")
    document.add_paragraph("9.\tDate Issued:9 December 2025")
    draft = extract_under(tmp_path, profile, document)
    assert draft["questions"].get("date_prepared") is None
    assert draft["questions"]["date_issued"] == "2025-12-09"


DIRECTIONS = '''
description = "An integration joint board's report: impacts, then a direction chosen in a table"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "council_impact"
labels = ["EAST DUNBARTONSHIRE COUNCIL"]
kind = "text"
[[questions]]
name = "directions"
labels = ["DIRECTIONS REQUIRED TO COUNCIL, HEALTH BOARD OR BOTH"]
kind = "choice"
options = ["No Direction Required", "East Dunbartonshire Council", "NHS Greater Glasgow & Clyde"]
'''


def test_a_numbered_option_that_shares_another_questions_label(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title:", "Month 10 financial performance"]])
    document.add_paragraph("6.2 EAST DUNBARTONSHIRE COUNCIL – None.")
    document.add_paragraph("6.4 DIRECTIONS REQUIRED TO COUNCIL, HEALTH BOARD OR BOTH")
    add_table(document, [["Direction To:", ""], ["1. No Direction Required", "☒"],
                         ["2. East Dunbartonshire Council", "☐"], ["3. NHS Greater Glasgow & Clyde", "☐"]])
    draft = extract_under(tmp_path, DIRECTIONS, document)
    assert draft["questions"]["council_impact"] == "None."
    assert draft["questions"]["directions"] == "No Direction Required"


ACTION = '''
description = "A trust's cover sheet, its purposes as boxes on one line"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "purpose"
labels = ["Action required"]
multiple = false
[purposes]
"Approve" = "approval"
"Note" = "information"
"For assurance" = "assurance"
'''


def test_an_x_typed_over_one_of_the_boxes_before_the_options(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Report title", "Guardian of safe working hours"],
                         ["Action required", "☐ Approve     ☐ Note     X For assurance"]])
    draft = extract_under(tmp_path, ACTION, document)
    assert draft["purpose"]["categories"] == ["assurance"]


SCRUTINY = '''
description = "A council scrutiny report: labelled lines, then headings"
[[questions]]
field = "board"
labels = ["Report to"]
[[questions]]
field = "title"
labels = ["Report Title"]
[[questions]]
field = "executive_summary"
labels = ["Summary"]
'''


def test_the_title_in_bold_under_its_heading_whatever_its_words_suggest(tmp_path: Path) -> None:
    # "Overview" in the title suggests the summary; under the title's heading, in bold as the
    # heading is, it is the title (it was a label of its own, and the title lost)
    document = Document()
    document.add_paragraph("Report to:\tHealth Scrutiny Committee")
    bold_line(document, "Report Title")
    bold_line(document, "Child Death Overview Panel (CDOP) Annual Report 2025/26")
    bold_line(document, "Summary")
    document.add_paragraph("The panel reviewed 14 deaths in 2025/26.")
    draft = extract_under(tmp_path, SCRUTINY, document)
    assert draft["title"] == "Child Death Overview Panel (CDOP) Annual Report 2025/26"
    assert draft["executive_summary"] == "The panel reviewed 14 deaths in 2025/26."


def test_the_forms_heading_then_the_same_label_as_a_field_in_its_table(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "Report to Board of Directors")  # the form's heading, printed on every paper
    add_table(document, [["Report to:", "Public Board of Directors"], ["Report Title", "Green plan"],
                         ["Summary", "The plan to 2030."]])
    draft = extract_under(tmp_path, SCRUTINY, document)
    assert draft["board"] == "Public Board of Directors"


EXEMPT = '''
description = "A cabinet report whose exempt information is a section of its own"
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "confidential"
labels = ["Private Report"]
[[questions]]
name = "exempt_information"
labels = ["Exempt Information"]
kind = "text"
required = true
[confidentiality]
public = "No"
private = "Yes"
reason_label = "Exempt Information"
'''


def test_a_reason_label_the_board_also_asks_as_its_own_question(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Subject:\tBetter Care Fund plan")
    document.add_paragraph("Private Report:\tNo")
    bold_line(document, "8.\tExempt Information")
    document.add_paragraph("None.")
    draft = extract_under(tmp_path, EXEMPT, document)
    assert draft["questions"]["exempt_information"] == "None."


ENGAGEMENT = '''
description = "An ICB's sheet whose history is one row among its engagement rows"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "governance"
labels = ["Other Committee Discussion/ Engagement"]
parts = ["forum", "date"]
[[questions]]
field = "recommendations"
labels = ["Recommendation"]
'''


def test_the_boards_next_label_under_the_history_is_no_row_of_column_names(tmp_path: Path) -> None:
    # "Recommendation:" holds an outcome's word and the answer a forum's: they were taken for
    # the history's "Outcome | Forum" columns and the recommendation was lost
    document = Document()
    add_table(document, [["Title:", "Estates strategy"],
                         ["Other Committee Discussion/ Engagement:", "Not applicable."],
                         ["Recommendation:", "The Board is asked to note the report."]])
    draft = extract_under(tmp_path, ENGAGEMENT, document)
    assert draft["recommendations"] == ["The Board is asked to note the report."]


def test_none_and_a_sentence_after_it_is_no_history(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title of paper", "Enter and View Findings"],
                         ["Previously considered by", "None. The findings have been shared with each care home."]])
    assert extract_under(tmp_path, HISTORY, document)["governance"] in ([], None)
