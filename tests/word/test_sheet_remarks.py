"""What a board's form prints around its answers, and that no answer holds: a recommendation's
stem and bullets as lines of one paragraph, an acronyms table, the answers printed for the author
to delete, the marking instruction under a label, the form's remark about itself at its foot, and
the purpose's boxes printed under the summary's heading with no label of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under, findings_under

SHEET = '''
description = "A trust's cover sheet, for the sheet-remarks tests"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "purpose"
labels = ["Purpose"]
[[questions]]
field = "recommendations"
labels = ["Recommendation"]
[[questions]]
field = "implications.financial"
labels = ["Financial implications / impact"]
[[questions]]
field = "implications.equality"
labels = ["Equality impact assessment"]
[[questions]]
field = "governance"
labels = ["Previously considered by"]
[purposes]
"Decision" = "approval"
"Discussion" = "discussion"
"Assurance" = "assurance"
"Information" = "information"
'''


def test_the_stem_and_its_bullets_as_lines_of_one_paragraph(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Report title", "Chief executive's report"]])
    table = add_table(document, [["Recommendation", ""]])
    cell = table.rows[0].cells[1]
    run = cell.paragraphs[0].add_run("The Board is asked to:")
    for line in ("• note the contents of the report;", "• receive assurance on the recovery actions."):
        run.add_break()
        run = cell.paragraphs[0].add_run(line)
    draft = extract_under(tmp_path, SHEET, document)
    assert draft["recommendations"] == ["note the contents of the report;", "receive assurance on the recovery actions."]


@pytest.mark.parametrize(("written", "wanted"), [
    ("It is RECOMMENDED that:(a) the Committee notes the findings of the review.", ["the Committee notes the findings of the review."]),
    ("The Board is asked to: (a) note the report; and (b) approve the plan.", ["note the report; and", "approve the plan."]),
    ("The Board is asked to note the plan (see (a) in section 3).", ["The Board is asked to note the plan (see (a) in section 3)."]),
])
def test_a_stem_and_its_lettered_items_in_one_paragraph(tmp_path: Path, written: str, wanted: list[str]) -> None:
    # (run after run with nothing between them, as pandoc writes a table cell's lines)
    document = Document()
    add_table(document, [["Report title", "Chief executive's report"], ["Recommendation", written]])
    assert extract_under(tmp_path, SHEET, document)["recommendations"] == wanted


def test_an_acronyms_table_under_the_recommendation_is_none_of_it(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Report title", "Chief executive's report"],
                         ["Recommendation", "The Board is being asked to NOTE the content of the report."]])
    bold_line(document, "Acronyms")
    add_table(document, [["DHCW", "Digital Health and Care Wales", "", ""]])
    draft = extract_under(tmp_path, SHEET, document)
    assert draft["recommendations"] == ["The Board is being asked to NOTE the content of the report."]


def test_the_answers_printed_for_the_author_to_delete_left_whole_are_no_answer(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Report title", "Finance report"],
                         ["Financial implications / impact", "Yes / No / Not applicable (delete as appropriate)\nDetails:"],
                         ["Equality impact assessment", "No\nDetails: no change to services."]])
    draft = extract_under(tmp_path, SHEET, document)
    assert not draft["implications"].get("financial")
    assert draft["implications"]["equality"]["answer"] == "no"


def test_the_marking_instruction_under_the_label_and_the_forms_remark_at_its_foot(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Report title", "Green plan annual update"]])
    add_table(document, [["Purpose:", "Decision", "Discussion", "Assurance", "Information"],
                         ["(mark with X)", "", "", "X", ""]])
    add_table(document, [["Equality impact assessment", "Not applicable – progress report only."]])
    document.add_paragraph("The main report follows this cover sheet.")
    draft = extract_under(tmp_path, SHEET, document)
    assert draft["purpose"] == {"categories": ["assurance"], "text": "Assurance"}
    assert draft["implications"]["equality"] == {"answer": "n/a", "note": "progress report only."}


def test_a_history_that_says_this_is_the_first_time(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Report title", "Tobacco control update"],
                         ["Previously considered by", "This is the first time this report has been considered."]])
    draft = extract_under(tmp_path, SHEET, document)
    assert not draft.get("governance")


REPORT = '''
description = "A council-style report: the purpose's boxes under the summary's numbered heading"
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "purpose"
labels = ["For Decision / For Information/Noting"]
multiple = false
[[questions]]
field = "executive_summary"
labels = ["PURPOSE AND SUMMARY"]
[[questions]]
field = "recommendations"
labels = ["RECOMMENDATIONS"]
[purposes]
"For Decision" = "approval"
"For Information/Noting" = "information"
'''


@pytest.mark.parametrize("as_table", [True, False], ids=["boxes-in-cells", "boxes-in-a-line"])
def test_the_purposes_boxes_under_the_summarys_heading(tmp_path: Path, as_table: bool) -> None:
    document = Document()
    add_table(document, [["Subject:", "Financial monitoring report"]])
    document.add_paragraph("1.0\tPURPOSE AND SUMMARY")
    if as_table:  # each box in the cell before its option
        add_table(document, [["☐", "For Decision", "☒", "For Information/Noting"]])
    else:
        document.add_paragraph("☐ For Decision ☒ For Information/Noting")
    document.add_paragraph("1.1\tThe purpose of this report is to advise the IJB of the budget position.")
    document.add_paragraph("2.0\tRECOMMENDATIONS")
    document.add_paragraph("2.1\tIt is recommended that the IJB notes the position.")
    draft = extract_under(tmp_path, REPORT, document)
    assert draft["purpose"]["categories"] == ["information"]
    assert draft["executive_summary"] == "The purpose of this report is to advise the IJB of the budget position."


NHS24 = '''
description = "A Scottish board's paper: heading lines, then a table"
[[questions]]
field = "board"
labels = ["NHS 24 BOARD MEETING"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Meeting date"]
line = 2
[[questions]]
field = "agenda_item"
labels = ["ITEM NO"]
[[questions]]
field = "purpose"
labels = ["FOR"]
multiple = false
[[questions]]
field = "title"
labels = ["TITLE OF PAPER"]
line = 3
[[questions]]
field = "sponsor"
labels = ["Executive Sponsor"]
[[questions]]
field = "executive_summary"
labels = ["Key Points for this Board to consider"]
[purposes]
"APPROVAL" = "approval"
"ASSURANCE" = "assurance"
"INFORMATION" = "information"
'''


def test_the_purposes_short_label_run_into_its_word_on_a_heading_line(tmp_path: Path) -> None:
    document = Document()
    for line in ("NHS 24 BOARD MEETING", "18 FEBRUARY 2027", "ITEM NO 11", "FOR INFORMATION", "DIGITAL TRANSFORMATION UPDATE"):
        bold_line(document, line)
    add_table(document, [["Executive Sponsor:", "Maria Docherty, Director of Nursing and Care"],
                         ["Key Points for this Board to consider:", "The new telephony platform completed testing."]])
    draft = extract_under(tmp_path, NHS24, document)
    assert draft["purpose"]["categories"] == ["information"]
    assert draft["title"] == "DIGITAL TRANSFORMATION UPDATE"


IMPACTS = '''
description = "A trust's impact grid, the answer word typed in one column"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "implications.equality"
labels = ["Equality and diversity"]
[[questions]]
field = "implications.privacy"
labels = ["Data protection"]
[[questions]]
field = "implications.financial"
labels = ["Financial"]
'''


def test_an_answer_word_and_the_same_answer_in_words_beside_it(tmp_path: Path) -> None:
    # "N/A | Not applicable." was taken for a row of column headers (two answers named), and
    # the rows below it lost
    document = Document()
    add_table(document, [["Title", "Guardian of safe working hours"]])
    add_table(document, [["Impact", "Yes / No / N/A", "Details"],
                         ["Equality and diversity", "No", "No adverse impact identified."],
                         ["Data protection", "N/A", "Not applicable."],
                         ["Financial", "Yes", "Fines of £4,210 were levied."]])
    draft = extract_under(tmp_path, IMPACTS, document)
    assert draft["implications"]["privacy"]["answer"] == "n/a"
    assert draft["implications"]["financial"] == {"answer": "yes", "note": "Fines of £4,210 were levied."}


PATHWAY = '''
description = "A council's decision pathway form: labels and answers set apart by tabs, cost boxes with no label"
[[questions]]
field = "title"
labels = ["TITLE"]
[[questions]]
name = "wards"
labels = ["Ward(s)"]
kind = "text"
[[questions]]
name = "capital_cost"
labels = ["Capital Cost"]
kind = "text"
[[questions]]
name = "cost_type"
labels = ["Cost type"]
kind = "choice"
multiple = true
options = ["One off cost", "Ongoing cost", "Saving Proposal"]
'''


def test_labels_and_answers_set_apart_by_tabs_and_a_choices_boxes_with_no_label(tmp_path: Path) -> None:
    document = Document()
    table = add_table(document, [["TITLE\tBristol Carers Strategy 2027-2032"]])
    table.rows[0].cells[0].add_paragraph("Ward(s)\tCitywide")
    add_table(document, [["Capital Cost", "£0"], ["One off cost ☐", "Ongoing cost ☒", "Saving Proposal ☐"]])
    draft = extract_under(tmp_path, PATHWAY, document)
    assert draft["title"] == "Bristol Carers Strategy 2027-2032"
    assert draft["questions"]["wards"] == "Citywide"
    assert draft["questions"]["capital_cost"] == "£0"
    assert draft["questions"]["cost_type"] == ["Ongoing cost"]


COUNCIL = '''
description = "A council board's report: a Part I line, a table, numbered questions answered after a tab"
[[questions]]
field = "confidential"
labels = ["PART I"]
[[questions]]
field = "title"
labels = ["Report title"]
line = 1
[[questions]]
field = "organisation"
labels = ["Organisation"]
[[questions]]
field = "meeting_date"
labels = ["Meeting date"]
line = 2
[[questions]]
name = "contrary_to_plan"
labels = ["Is the recommendation contrary to a plan or strategy adopted or approved by the Council?"]
kind = "yes_no_na"
[confidentiality]
public = "PART I – MEMBERS, PUBLIC AND PRESS"
private = "PART II – MEMBERS ONLY"
'''


def test_a_part_i_line_an_organisation_a_dated_line_with_its_time_and_a_lettered_paragraph(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "PART I – MEMBERS, PUBLIC AND PRESS")  # the board's word for a public paper, whole
    bold_line(document, "CHILDHOOD HEALTHY WEIGHT UPDATE")
    bold_line(document, "Thursday 18 February 2027, 2.00pm")
    add_table(document, [["Organisation", "London Borough of Hillingdon"]])
    document.add_paragraph("3.2a\tIs the recommendation contrary to a plan or strategy adopted or approved by the Council?\tNo")
    draft = extract_under(tmp_path, COUNCIL, document)
    assert draft["confidential"] is False
    assert draft["organisation"] == "London Borough of Hillingdon"
    assert draft["meeting_date"] == "2027-02-18"
    assert draft["questions"]["contrary_to_plan"]["answer"] == "no"


SIGNED_OFF = '''
description = "A council executive report's sign-off block, and impacts answered in statements"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "implications.equality"
labels = ["EQUALITY AND DIVERSITY ISSUES"]
[[questions]]
name = "risk"
labels = ["Risk"]
kind = "text"
[[questions]]
field = "authors"
labels = ["Report Author"]
[[questions]]
field = "presented_by"
labels = ["Presenter of Report"]
'''


def test_a_sign_off_block_with_dashes_a_note_under_it_and_answers_in_statements(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Title:\tHome care fees 2026/27")
    bold_line(document, "EQUALITY AND DIVERSITY ISSUES")
    document.add_paragraph("There are no equality and diversity issues arising from this report.")
    bold_line(document, "a) Risk")
    document.add_paragraph("Risk 3 (trainee recruitment fill rates) – the allocation reduces this risk.")
    document.add_paragraph("Report Author – Anton Hodge, Assistant Director – Resources")
    document.add_paragraph("Presenter of Report – Richard Webb, Corporate Director – Health and Adult Services")
    document.add_paragraph("Note: Members are invited to contact the author in advance of the meeting with any queries.")
    draft = extract_under(tmp_path, SIGNED_OFF, document)
    assert draft["implications"]["equality"]["answer"] == "no"
    assert draft["questions"]["risk"] == "Risk 3 (trainee recruitment fill rates) – the allocation reduces this risk."
    assert draft["authors"] == [{"name": "Anton Hodge", "role": "Assistant Director – Resources"}]
    assert draft["presented_by"] == [{"name": "Richard Webb", "role": "Corporate Director – Health and Adult Services"}]


HEAD_BLOCK = '''
description = "A council report whose head block is lines of one paragraph"
[[questions]]
field = "sponsor"
labels = ["REPORT OF"]
named = false
[[questions]]
field = "board"
labels = ["TO"]
[[questions]]
field = "meeting_date"
labels = ["DATE"]
[[questions]]
field = "title"
labels = ["SUBJECT"]
[[questions]]
name = "strategy_themes"
labels = ["Contribution to the Health and Wellbeing Strategy"]
kind = "choice"
multiple = true
options = ["Maternity, childhood and adolescence", "Adulthood and work", "Ageing and later life"]
required = true
'''


def test_a_head_block_of_lines_a_long_one_among_them_and_themes_picked_by_writing_beside_them(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "LIVERPOOL CITY COUNCIL")
    paragraph = document.add_paragraph()
    lines = ("REPORT OF: Chief Officer, Healthwatch Liverpool", "TO: Health and Wellbeing Board", "DATE: 11 December 2025",
             "SUBJECT: Joint Local Health and Wellbeing Strategy 2026-2031 – draft for public consultation")
    for at, line in enumerate(lines):  # as pandoc writes a line block: one paragraph, line breaks
        run = paragraph.add_run(line)
        if at < len(lines) - 1:
            run.add_break()
    document.add_paragraph("4.\tContribution to the Health and Wellbeing Strategy")
    add_table(document, [["Strategy theme", "How this report contributes"],
                         ["Maternity, childhood and adolescence", ""], ["Adulthood and work", ""],
                         ["Ageing and later life", "The fund supports hospital discharge for older residents."]])
    draft = extract_under(tmp_path, HEAD_BLOCK, document)
    assert draft["title"] == "Joint Local Health and Wellbeing Strategy 2026-2031 – draft for public consultation"
    assert (draft["board"], draft["meeting_date"]) == ("Health and Wellbeing Board", "2025-12-11")
    assert draft["sponsor"] == {"name": None, "role": "Chief Officer, Healthwatch Liverpool"}  # a post and its body
    assert draft["questions"]["strategy_themes"] == ["Ageing and later life"]


IMPLICATIONS_TABLE = '''
description = "A council report's implications table, and its header lines placed by number"
[[questions]]
field = "board"
labels = ["Committee"]
line = 2
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 3
[[questions]]
field = "title"
labels = ["Report title"]
line = 4
[[questions]]
field = "implications.equality"
labels = ["Equality"]
[[questions]]
name = "health_and_wellbeing"
labels = ["Health and Wellbeing"]
kind = "text"
'''


def test_a_header_line_opening_with_a_labels_words_and_an_unasked_row_of_the_same_table(tmp_path: Path) -> None:
    document = Document()
    for line in ("NORTHUMBERLAND COUNTY COUNCIL", "HEALTH AND WELLBEING BOARD", "13 November 2025", "Pharmaceutical Needs Assessment 2025"):
        bold_line(document, line)
    add_table(document, [["Implication", "Comment"], ["Equality", "No negative impact identified"],
                         ["Health and safety", "None."], ["Health and Wellbeing", "The report describes action on inequalities."]])
    draft = extract_under(tmp_path, IMPLICATIONS_TABLE, document)
    assert (draft["board"], draft["meeting_date"]) == ("HEALTH AND WELLBEING BOARD", "2025-11-13")
    assert draft["title"] == "Pharmaceutical Needs Assessment 2025"
    assert draft["implications"]["equality"] == {"answer": "no", "note": "No negative impact identified"}
    assert draft["questions"]["health_and_wellbeing"] == "The report describes action on inequalities."


PAGE_WORDS = '''
description = "A sheet whose public or private answer is in the page header or footer only"
[[questions]]
field = "title"
labels = ["Paper title"]
[[questions]]
field = "confidential"
labels = ["Classification"]
[[questions]]
name = "core_purposes"
labels = ["Alignment to the ICB's core purposes"]
kind = "choice"
multiple = true
options = ["Improve outcomes in population health and healthcare", "Tackle inequalities in outcomes, experience and access"]
required = true
'''


@pytest.mark.parametrize(("where", "line", "private"), [
    ("header", "Public ☒   Private ☐", False), ("header", "Public ☐   Private ☒", True),
    ("header", "Public ☒   Private ☒", None),  # both ticked: not clear, never public
    ("footer", "Classification: Public", False)])
def test_public_or_private_in_the_page_header_or_footer_and_a_core_purpose_column(
        tmp_path: Path, where: str, line: str, private: bool | None) -> None:
    document = Document()
    section = document.sections[0]
    (section.header if where == "header" else section.footer).paragraphs[0].text = line
    add_table(document, [["Paper title", "Winter urgent care position"]])
    document.add_paragraph("5. Alignment to the ICB's core purposes")
    add_table(document, [["Core purpose", "Tick"], ["Improve outcomes in population health and healthcare", "✓"],
                         ["Tackle inequalities in outcomes, experience and access", ""]])
    draft = extract_under(tmp_path, PAGE_WORDS, document)
    assert draft.get("confidential") is private
    assert draft["questions"]["core_purposes"] == ["Improve outcomes in population health and healthcare"]


MONITORING = '''
description = "A Scottish board's monitoring form: hints under the labels, the answers beside them"
[[questions]]
field = "title"
labels = ["Title of paper"]
[[questions]]
field = "confidential"
labels = ["Status"]
[[questions]]
name = "fairer_scotland_duty"
labels = ["Fairer Scotland Duty"]
kind = "text"
[[questions]]
name = "dpia"
labels = ["Data Protection Impact Assessment (DPIA)"]
kind = "choice"
options = ["There are no privacy implications.", "There are privacy implications, but full DPIA not needed"]
[confidentiality]
public = "For Publication"
private = "Not for Publication"
'''


def test_a_hint_under_the_label_in_its_cell_with_the_answer_beside_it(tmp_path: Path) -> None:
    document = Document()
    table = add_table(document, [["Title of paper", "Financial performance report"],
                                 ["Status", "For Publication"],
                                 ["Fairer Scotland Duty", "Not applicable."],
                                 ["Data Protection Impact Assessment (DPIA)", "☒ There are no privacy implications."]])
    table.rows[2].cells[0].add_paragraph("(The Fairer Scotland Duty came into force in Scotland in April 2018.)")
    table.rows[3].cells[0].add_paragraph("See IG 16.")
    table.rows[3].cells[1].add_paragraph("☐ There are privacy implications, but full DPIA not needed")
    draft = extract_under(tmp_path, MONITORING, document)
    assert draft["questions"]["fairer_scotland_duty"] == "Not applicable."
    assert draft["questions"]["dpia"] == "There are no privacy implications."
    assert draft["confidential"] is False


def test_the_public_and_private_words_left_whole_are_not_clear(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title of paper", "Healthy weight declaration"],
                         ["Status", "For Publication / Not for Publication"],
                         ["Fairer Scotland Duty", "Not applicable."]])
    draft = extract_under(tmp_path, MONITORING, document)
    assert draft.get("confidential") is None  # never public
    found = findings_under(tmp_path, MONITORING, document)
    assert any(f["code"] == "CS004" and f["field"] == "confidential" for f in found), found


CONTACT = '''
description = "A council report's head lines, a post that is reported of, and a contact block"
[[questions]]
field = "agenda_item"
labels = ["AGENDA ITEM"]
[[questions]]
field = "board"
labels = ["REPORT TO"]
[[questions]]
field = "sponsor"
labels = ["REPORT OF"]
named = false
[[questions]]
field = "title"
labels = ["Report title"]
line = 2
[[questions]]
field = "executive_summary"
labels = ["SUMMARY"]
[[questions]]
field = "authors"
labels = ["Name of Contact Officer"]
'''


@pytest.mark.parametrize(("report_of", "sponsor"), [
    ("REPORT OF DIRECTOR OF ADULTS, HEALTH AND WELLBEING", "DIRECTOR OF ADULTS, HEALTH AND WELLBEING"),
    ("REPORT OF HEALTHWATCH STOCKTON-ON-TEES", "HEALTHWATCH STOCKTON-ON-TEES")])
def test_a_post_asked_whole_and_a_contact_officers_post_title(tmp_path: Path, report_of: str, sponsor: str) -> None:
    document = Document()
    for line in ("AGENDA ITEM 6", "REPORT TO HEALTH AND WELLBEING BOARD", "27 JANUARY 2027", report_of,
                 "BETTER CARE FUND QUARTER 3 RETURN 2026/27", "SUMMARY"):
        bold_line(document, line)
    document.add_paragraph("The quarterly return was submitted on 15 January 2027.")
    document.add_paragraph("Name of Contact Officer:\tAnn Workman")
    document.add_paragraph("Post Title:\tDirector of Adults, Health and Wellbeing")  # her post, not the paper's title
    document.add_paragraph("Telephone No:\t01642 527000")
    draft = extract_under(tmp_path, CONTACT, document)
    assert draft["sponsor"] == {"name": None, "role": sponsor}
    assert draft["title"] == "BETTER CARE FUND QUARTER 3 RETURN 2026/27"
    assert draft["authors"] == [{"name": "Ann Workman", "role": "Director of Adults, Health and Wellbeing"}]


ONE_OF_THREE = '''
description = "A 2015 board form: three purpose words, two of them the board's one purpose"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "purpose"
labels = ["Purpose (tick one only)"]
multiple = false
[purposes]
"Approval" = "approval"
"To Note" = "information"
"Decision" = "approval"
'''


@pytest.mark.parametrize("boxes", ["☒ Approval     ☐ To Note     ☒ Decision", "☐ Approval  ☒ To Note  ☒ Decision"])
def test_two_words_ticked_where_one_is_asked_are_not_clear_even_meaning_one_purpose(tmp_path: Path, boxes: str) -> None:
    document = Document()
    add_table(document, [["Title", "Quality framework"], ["Purpose (tick one only)", boxes]])
    assert extract_under(tmp_path, ONE_OF_THREE, document)["purpose"] is None
    said = [finding["message"] for finding in findings_under(tmp_path, ONE_OF_THREE, document) if finding["code"] == "CS004"]
    assert said and "Decision" in said[0]


def test_one_word_ticked_of_three_is_the_purpose(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title", "Quality framework"], ["Purpose (tick one only)", "☐ Approval  ☐ To Note  ☒ Decision"]])
    assert extract_under(tmp_path, ONE_OF_THREE, document)["purpose"] == {"categories": ["approval"], "text": "Decision"}
