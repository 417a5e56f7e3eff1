"""A council report's own lines: the header lines a profile places (some of them also the board's
labels), a label run into the board's public word, who verified each implication, a signature's
directorate, and bullets typed before a list's lines."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under

CABINET = '''
description = "A cabinet report opening with three bold lines, two of them the board's labels"
[[questions]]
field = "sponsor"
labels = ["Report of the"]
named = false
line = 1
[[questions]]
field = "board"
labels = ["Cabinet"]
line = 2
[[questions]]
field = "meeting_date"
labels = ["Date"]
line = 2
[[questions]]
field = "title"
labels = ["Title of Report"]
line = 3
[[questions]]
field = "purpose"
labels = ["Purpose"]
[[questions]]
field = "authors"
labels = ["Report Author"]
'''


def test_a_header_line_answered_by_its_label_still_counts_among_the_lines_the_profile_places(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "Report of the Cabinet Member for Care Services")
    bold_line(document, "Cabinet – 17 December 2026")
    bold_line(document, "Annual Review of Charges (Social Services) 2027/28")
    add_table(document, [["Purpose:", "To set out the proposed charges for 2027/28."],
                         ["Report Author:", "Rhian Pritchard"]])
    document.add_paragraph("1.\tIntroduction")
    document.add_paragraph("1.1\tThe Council reviews its social services charges each year.")
    draft = extract_under(tmp_path, CABINET, document)
    assert draft["title"] == "Annual Review of Charges (Social Services) 2027/28"
    assert draft["meeting_date"] == "2026-12-17"
    assert draft["sponsor"] == {"name": None, "role": "Cabinet Member for Care Services"}


BOARD = '''
description = "A council's board report: a header table, then the title in bold"
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 1
[[questions]]
field = "board"
labels = ["Health and Wellbeing Board"]
line = 2
[[questions]]
field = "agenda_item"
labels = ["ITEM"]
[[questions]]
field = "title"
labels = ["Report Title"]
line = 3
[[questions]]
name = "wards"
labels = ["Wards and communities affected"]
kind = "text"
[[questions]]
field = "confidential"
labels = ["This report is"]
[[questions]]
field = "implications.financial"
labels = ["Financial"]
[[questions]]
field = "implications.equality"
labels = ["Diversity and Equality"]
[[questions]]
field = "authors"
labels = ["Report Author"]
[[questions]]
name = "appendices"
labels = ["Appendices to the report"]
kind = "text"
[confidentiality]
public = "Public"
private = "Part Exempt"
'''


def _board_report(document) -> None:
    add_table(document, [["10 December 2026", "ITEM: 7"], ["Health and Wellbeing Board", ""]])
    bold_line(document, "Better Care Fund Quarter 2 Return 2026/27")
    add_table(document, [["Wards and communities affected:", "All"], ["This report is Public", ""]])


def test_the_boards_line_in_the_header_table_and_the_title_under_it(tmp_path: Path) -> None:
    # the board's name is also its label: on the line the profile places it, it is the answer,
    # and the bold title under the table is the next line (it was taken for the board's answer)
    document = Document()
    _board_report(document)
    draft = extract_under(tmp_path, BOARD, document)
    assert (draft["meeting_date"], draft["agenda_item"]) == ("2026-12-10", "7")
    assert draft["board"] == "Health and Wellbeing Board"
    assert draft["title"] == "Better Care Fund Quarter 2 Return 2026/27"


def test_a_label_run_into_the_boards_public_word_answers_it(tmp_path: Path) -> None:
    document = Document()
    _board_report(document)
    assert extract_under(tmp_path, BOARD, document)["confidential"] is False


def test_a_label_run_into_a_word_that_is_not_the_boards_is_no_answer(tmp_path: Path) -> None:
    # fail closed: "This report is Open" is not the board's word for public
    document = Document()
    add_table(document, [["10 December 2026", "ITEM: 7"], ["Health and Wellbeing Board", ""]])
    bold_line(document, "Better Care Fund Quarter 2 Return 2026/27")
    add_table(document, [["Wards and communities affected:", "All"], ["This report is Open", ""]])
    assert extract_under(tmp_path, BOARD, document)["confidential"] is None


def test_who_verified_an_implication_and_their_post_are_no_part_of_its_answer(tmp_path: Path) -> None:
    document = Document()
    _board_report(document)
    bold_line(document, "7.1\tFinancial")
    document.add_paragraph("Implications verified by:\tMike Jones")
    document.add_paragraph("Strategic Lead – Corporate Finance")
    document.add_paragraph("There are no direct financial implications arising from this report.")
    bold_line(document, "7.2\tDiversity and Equality")
    document.add_paragraph("Implications verified by: Becky Lee")
    document.add_paragraph("Senior Solicitor")
    document.add_paragraph("Signed: Pretty Patel, Head of Law")
    document.add_paragraph("A Community Equality Impact Assessment is attached at Appendix 2.")
    draft = extract_under(tmp_path, BOARD, document)
    assert draft["implications"]["financial"] == {
        "answer": "no", "note": "There are no direct financial implications arising from this report."}
    assert draft["implications"]["equality"]["note"] == "A Community Equality Impact Assessment is attached at Appendix 2."


def test_whose_comments_were_checked_is_no_part_of_an_implication_and_no_answer_alone(tmp_path: Path) -> None:
    """"Comments checked by: Priya Shah, Head of Legal" under each implication: who signed it
    off. Under "To follow." (the form's placeholder) the implication is not answered."""
    document = Document()
    _board_report(document)
    bold_line(document, "Financial")
    document.add_paragraph("To follow.")
    document.add_paragraph("Comments checked by: Tom Hudson, Strategic Finance Business Partner")
    bold_line(document, "Diversity and Equality")
    document.add_paragraph("An Equality Impact Assessment found no adverse impact on any protected group.")
    document.add_paragraph("Legal comments checked by: Priya Shah, Head of Legal")
    draft = extract_under(tmp_path, BOARD, document)
    assert not (draft["implications"] or {}).get("financial")
    assert draft["implications"]["equality"]["note"] == "An Equality Impact Assessment found no adverse impact on any protected group."


def test_a_signatures_directorate_is_no_second_author_and_typed_bullets_are_no_part_of_a_list(tmp_path: Path) -> None:
    document = Document()
    _board_report(document)
    bold_line(document, "8.\tFinancial")
    document.add_paragraph("None.")
    bold_line(document, "9.\tAppendices to the report")
    document.add_paragraph("• Appendix 1 – Better Care Fund quarter 2 return 2026/27")
    document.add_paragraph("• Appendix 2 – Metrics")
    bold_line(document, "Report Author:")
    document.add_paragraph("Callum Rowe")
    document.add_paragraph("Assistant Director of Adult Social Care")
    document.add_paragraph("Adults, Housing and Health")
    draft = extract_under(tmp_path, BOARD, document)
    assert draft["authors"] == [{"name": "Callum Rowe", "role": "Assistant Director of Adult Social Care"}]
    assert draft["questions"]["appendices"] == "Appendix 1 – Better Care Fund quarter 2 return 2026/27\nAppendix 2 – Metrics"


FRONT_PAGE = '''
description = "A cabinet report's front page: lines, not a table"
[[questions]]
field = "board"
labels = ["Cabinet"]
line = 2
[[questions]]
field = "confidential"
labels = ["Part 1 / Part 2"]
line = 3
[[questions]]
field = "meeting_date"
labels = ["Date"]
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
name = "ward"
labels = ["Ward"]
kind = "text"
[[questions]]
field = "recommendations"
labels = ["Proposal"]
[confidentiality]
public = "Part 1"
private = "Part 2"
'''


def _front_page(document, between: str, proposal: str = "Cabinet is asked to note the report.") -> None:
    for line in ("Report", "Cabinet", "Part 1"):
        bold_line(document, line)
    for label, answer in (("Date:", "13 January 2027"), ("Subject", "Corporate Risk Register Update"), ("Ward", "All wards"),
                          ("Proposal", proposal)):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(between + answer)


def test_the_boards_public_word_on_the_line_the_profile_places_the_confidentiality(tmp_path: Path) -> None:
    document = Document()
    _front_page(document, "\t")
    assert extract_under(tmp_path, FRONT_PAGE, document)["confidential"] is False


def test_a_recommendation_after_its_label_and_a_tab_on_one_line(tmp_path: Path) -> None:
    document = Document()
    _front_page(document, "\t")
    draft = extract_under(tmp_path, FRONT_PAGE, document)
    assert draft["recommendations"] == ["Cabinet is asked to note the report."]
    assert draft["questions"]["ward"] == "All wards"


def test_a_label_in_bold_then_a_space_and_its_answer_in_plain_type(tmp_path: Path) -> None:
    # pandoc writes the form's tab as a space: the bold words are still the label
    document = Document()
    _front_page(document, " ")
    draft = extract_under(tmp_path, FRONT_PAGE, document)
    assert draft["title"] == "Corporate Risk Register Update"
    assert draft["questions"]["ward"] == "All wards"
    assert draft["recommendations"] == ["Cabinet is asked to note the report."]


HOSC = '''
description = "A county council committee report: a head table, the report, its signature and contact"
[[questions]]
field = "board"
labels = ["Report to"]
[[questions]]
field = "sponsor"
labels = ["By"]
named = false
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "authors"
labels = ["Contact Officer"]
[[questions]]
name = "local_members"
labels = ["LOCAL MEMBERS"]
kind = "text"
'''


def test_the_contact_officer_and_the_signature_under_the_reports_own_text(tmp_path: Path) -> None:
    # past the report's numbered sections, "Contact Officer: …" in plain type is still the board's
    # label and answer, and the signature in capitals names who holds the post "By:" gives
    document = Document()
    add_table(document, [["Report to:", "Health Overview and Scrutiny Committee"], ["By:", "Deputy Chief Executive"],
                         ["Title:", "NHS Sussex winter 2026/27 review"]])
    for number in range(1, 4):
        bold_line(document, f"{number}\tSection {number} of the report")
        document.add_paragraph(f"{number}.1\tThe review sets out performance over winter and what the system learned from it.")
    document.add_paragraph("PHILIP BAKER\nDeputy Chief Executive")
    document.add_paragraph("Contact Officer: Rachel Sweeney, Senior Policy and Scrutiny Adviser")
    document.add_paragraph("Tel. No. 01273 481796")
    bold_line(document, "LOCAL MEMBERS")
    document.add_paragraph("All")
    draft = extract_under(tmp_path, HOSC, document)
    assert draft["authors"] == [{"name": "Rachel Sweeney", "role": "Senior Policy and Scrutiny Adviser"}]
    assert draft["sponsor"] == {"name": "Philip Baker", "role": "Deputy Chief Executive"}


RUNNING = '''
description = "A cabinet report in running text: the meeting's line, then labelled lines"
[[questions]]
field = "board"
labels = ["Cabinet"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 1
[[questions]]
field = "title"
labels = ["SUBJECT"]
[[questions]]
name = "consultees"
labels = ["Consultees"]
kind = "list"
'''


def test_the_meetings_line_in_capitals_with_an_ordinal_and_a_list_begun_on_its_labels_line(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "CABINET – 13TH JANUARY 2027")
    document.add_paragraph("SUBJECT:\tADULT SOCIAL CARE CHARGING POLICY 2027/28")
    document.add_paragraph("Consultees:\tDave Street, Corporate Director for Social Services and Housing")
    document.add_paragraph("Stephen Harris, Head of Financial Services and S151 Officer")
    draft = extract_under(tmp_path, RUNNING, document)
    assert draft["meeting_date"] == "2027-01-13"
    assert draft["board"].casefold() == "cabinet"
    assert draft["questions"]["consultees"] == ["Dave Street, Corporate Director for Social Services and Housing",
                                                "Stephen Harris, Head of Financial Services and S151 Officer"]


IJB_REPORT = '''
description = "An IJB report by a post, signed with the form's Name and Designation labels"
[[questions]]
field = "sponsor"
labels = ["Report by"]
named = false
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
name = "consultation"
labels = ["Consultation"]
kind = "text"
[[questions]]
name = "strategic_assessment"
labels = ["Strategic Assessment"]
kind = "text"
[[questions]]
field = "submitted_on"
labels = ["Date"]
'''


def test_a_signature_with_the_forms_name_and_designation_labels_names_the_post(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Report by:\tChief Officer")
    document.add_paragraph("Subject:\tWinter Plan Review")
    bold_line(document, "11.\tConsultation")
    document.add_paragraph("11.1\tSenior Management Team.")
    bold_line(document, "12.\tStrategic Assessment")
    document.add_paragraph("12.1\tSupports Caring Communities and Healthy Communities.")
    document.add_paragraph("Name:\tBeth Culshaw")
    document.add_paragraph("Designation:\tChief Officer")
    document.add_paragraph("Date:\t06/02/2026")
    draft = extract_under(tmp_path, IJB_REPORT, document)
    assert draft["sponsor"] == {"name": "Beth Culshaw", "role": "Chief Officer"}
    assert draft["questions"]["strategic_assessment"] == "Supports Caring Communities and Healthy Communities."


NUMBERED_TABLES = '''
description = "A council committee report whose sections are tables numbered 1.00, 1.01, ..."
[[questions]]
field = "title"
labels = ["Report Subject"]
[[questions]]
field = "recommendations"
labels = ["Recommendations"]
[[questions]]
name = "resource_implications"
labels = ["Resource Implications"]
kind = "text"
[[questions]]
name = "consultations"
labels = ["Consultations Required / Carried Out"]
kind = "text"
'''


def _numbered_report(document, resources: list[list[str]], recommendations: list[list[str]]) -> None:
    add_table(document, [["Report Subject", "Care Home Provision – Progress Update"]])
    add_table(document, [["RECOMMENDATIONS"], *recommendations])
    add_table(document, [["2.00", "RESOURCE IMPLICATIONS"], *resources])
    add_table(document, [["4.00", "CONSULTATIONS REQUIRED / CARRIED OUT"],
                         ["4.01", "Residents, families and staff have been consulted on the design."]])


def test_a_reports_numbering_column_is_no_part_of_its_labels_or_answers(tmp_path: Path) -> None:
    document = Document()
    _numbered_report(document, [["2.01", "The capital costs are in the approved capital programme."],
                                ["2.02", "There are no additional revenue implications."]],
                     [["1", "That the Committee notes the progress made."], ["2", "That the Committee supports the next stage."]])
    draft = extract_under(tmp_path, NUMBERED_TABLES, document)
    assert draft["recommendations"] == ["That the Committee notes the progress made.", "That the Committee supports the next stage."]
    assert draft["questions"]["resource_implications"] == (
        "The capital costs are in the approved capital programme.\nThere are no additional revenue implications.")
    assert draft["questions"]["consultations"] == "Residents, families and staff have been consulted on the design."


def test_a_paragraph_number_left_alone_is_nothing_written(tmp_path: Path) -> None:
    document = Document()
    _numbered_report(document, [["2.01", ""]], [["1", ""]])
    draft = extract_under(tmp_path, NUMBERED_TABLES, document)
    assert draft["questions"]["resource_implications"] is None
    assert not draft["recommendations"]


def test_an_item_number_under_its_label_is_the_answer_not_a_paragraphs_number(tmp_path: Path) -> None:
    profile = NUMBERED_TABLES + '[[questions]]\nfield = "agenda_item"\nlabels = ["AGENDA ITEM"]\n'
    document = Document()
    add_table(document, [["AGENDA ITEM"], ["4.1"]])
    _numbered_report(document, [["2.01", "The capital costs are in the approved capital programme."]],
                     [["1", "That the Committee notes the progress made."]])
    assert extract_under(tmp_path, profile, document)["agenda_item"] == "4.1"


BOROUGH = '''
description = "A borough's board report in running text: paper number, the meeting's line, 'Report by the <post> on the <subject>'"
[[questions]]
name = "paper_number"
labels = ["Paper No."]
kind = "text"
[[questions]]
field = "board"
labels = ["Committee"]
line = 2
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 2
[[questions]]
field = "sponsor"
labels = ["Report by the"]
named = false
[[questions]]
field = "title"
labels = ["on the"]
[[questions]]
field = "executive_summary"
labels = ["SUMMARY"]
[[questions]]
field = "recommendations"
labels = ["RECOMMENDATIONS"]
[[questions]]
field = "implications.equality"
labels = ["EQUALITY IMPLICATIONS"]
[[questions]]
field = "authors"
labels = ["Contact officer"]
'''


def test_a_borough_report_counted_with_its_labelled_line_and_signed_in_a_table(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Paper No. 25-430")
    bold_line(document, "Health and Wellbeing Board – 3 December 2026")
    bold_line(document, "Report by the Director of Public Health on the Start Well Update")
    bold_line(document, "SUMMARY")
    document.add_paragraph("The report updates the Board on the Start Well priorities.")
    bold_line(document, "RECOMMENDATIONS")
    document.add_paragraph("1.\tThe Health and Wellbeing Board is recommended to –")
    document.add_paragraph("(a)\tnote the progress made on the Start Well priorities.")
    bold_line(document, "EQUALITY IMPLICATIONS")
    document.add_paragraph("7.\tThe Strategy was subject to an equality impact assessment in 2023.")
    add_table(document, [["The Town Hall,\nWandsworth,\nSW18 2PU", "SHANNON KATIYO\nDirector of Public Health"]])
    document.add_paragraph("Contact officer: Aisha Mensah, Consultant in Public Health")
    document.add_paragraph("18 November 2026")
    draft = extract_under(tmp_path, BOROUGH, document)
    assert (draft["board"], draft["meeting_date"]) == ("Health and Wellbeing Board", "2026-12-03")
    assert draft["recommendations"] == ["note the progress made on the Start Well priorities."]
    assert draft["implications"]["equality"]["note"] == "The Strategy was subject to an equality impact assessment in 2023."
    assert draft["sponsor"] == {"name": "Shannon Katiyo", "role": "Director of Public Health"}
    assert draft["authors"] == [{"name": "Aisha Mensah", "role": "Consultant in Public Health"}]


SCRUTINY_REPORT = '''
description = "A Welsh council's scrutiny report: three unlabelled lines, a contact grid, a summary page"
[[questions]]
field = "board"
labels = ["Committee"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Date"]
line = 2
[[questions]]
field = "title"
labels = ["Title"]
line = 3
[[questions]]
name = "directorate"
labels = ["Directorate"]
kind = "text"
[[questions]]
field = "sponsor"
labels = ["Name of Head of Service"]
[[questions]]
field = "authors"
labels = ["Report Author"]
[[questions]]
field = "executive_summary"
labels = ["EXECUTIVE SUMMARY"]
[[questions]]
name = "background_papers"
labels = ["List of Background Papers used in the preparation of this report"]
kind = "list"
[[questions]]
name = "risk"
labels = ["Risk Assessment"]
kind = "text"
'''


def _scrutiny_report() -> Document:
    document = Document()
    for line in ("SOCIAL CARE & HEALTH SCRUTINY COMMITTEE", "14TH JANUARY 2027", "UNPAID CARERS STRATEGY – ANNUAL REPORT"):
        bold_line(document, line)
    add_table(document, [
        ["Directorate: Communities", "Designations:", "Tel Nos. / E Mail Addresses:"],
        ["Name of Head of Service:\nRhian Dawson", "Head of Adult Social Care", "01267 242401"],
        ["Report Author:\nElin Davies", "Carers Development Officer", "01267 242433"],
    ])
    bold_line(document, "EXECUTIVE SUMMARY")
    for line in ("SOCIAL CARE & HEALTH SCRUTINY COMMITTEE", "14TH JANUARY 2027", "UNPAID CARERS STRATEGY – ANNUAL REPORT"):
        bold_line(document, line)  # the sheet's lines printed again over the summary's page
    document.add_paragraph("In 2025/26 2,412 carers' needs assessments were completed.")
    document.add_paragraph("List of Background Papers used in the preparation of this report:")
    add_table(document, [["Title of Document", "File Ref No.", "Locations that the papers are available for public inspection"],
                         ["West Wales Unpaid Carers Strategy 2025-2030", "", "Regional Partnership Board website"]])
    bold_line(document, "Risk Assessment")
    document.add_paragraph("The main risk is the recruitment of care staff.")
    document.add_paragraph("Rhian Dawson")  # the report's last answer signed by the sheet's head of service
    document.add_paragraph("Head of Adult Social Care")
    return document


def test_a_contact_grid_with_each_name_under_its_label_and_the_post_beside_it(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, SCRUTINY_REPORT, _scrutiny_report())
    assert draft["sponsor"] == {"name": "Rhian Dawson", "role": "Head of Adult Social Care"}
    assert draft["authors"] == [{"name": "Elin Davies", "role": "Carers Development Officer"}]
    assert draft["questions"]["directorate"] == "Communities"  # (the other cells name the columns below)


def test_the_sheets_lines_again_over_the_summary_and_a_column_named_title_of_document(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, SCRUTINY_REPORT, _scrutiny_report())
    assert draft["title"] == "UNPAID CARERS STRATEGY – ANNUAL REPORT"  # not the papers' "Title of Document" column
    assert draft["executive_summary"] == "In 2025/26 2,412 carers' needs assessments were completed."
    assert draft["questions"]["background_papers"] == ["West Wales Unpaid Carers Strategy 2025-2030"]


def test_the_sheets_lead_signing_the_last_answer_with_no_date_under_is_no_part_of_it(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, SCRUTINY_REPORT, _scrutiny_report())
    assert draft["questions"]["risk"] == "The main risk is the recruitment of care staff."


IMPACT_TABLE = '''
description = "A council's report: an impact table grouped under merged headings, previous minutes"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "council_plan"
labels = ["Do these proposals contribute to specific Council Plan priority objective(s)?"]
kind = "yes_no_na"
[[questions]]
field = "implications.equality"
labels = ["Will the proposals impact on specific groups of people?"]
[[questions]]
field = "governance"
labels = ["PREVIOUS MINUTES"]
parts = ["forum", "date"]
[[questions]]
name = "background_papers"
labels = ["BACKGROUND PAPERS"]
kind = "text"
[[questions]]
field = "board"
labels = ["Health & Wellbeing Board"]
'''


def test_a_question_under_a_merged_group_heading_and_previous_minutes_naming_the_board(tmp_path: Path) -> None:
    """"COMMUNITY IMPACT | Do these proposals contribute …?" over " | Yes | Supports …": the
    group's heading, then the board's question with its answer in the row below; "Health &
    Wellbeing Board, 18 September 2025 – approved." under "PREVIOUS MINUTES" is the history's
    entry, though it opens with the board's name; "Sarah Bell : Extension 6087" under the last
    answer is the author's line."""
    document = Document()
    document.add_paragraph("Title: Pharmaceutical needs assessment")
    add_table(document, [["COMMUNITY IMPACT", "Do these proposals contribute to specific Council Plan priority objective(s)?"],
                         ["", "Yes", "Supports access to local health services."],
                         ["", "Will the proposals impact on specific groups of people?"],
                         ["", "No", "No specific groups are affected."]])
    bold_line(document, "5.\tPREVIOUS MINUTES")
    document.add_paragraph("5.1\tHealth & Wellbeing Board, 18 September 2025 – PNA 2025-2028 approved.")
    bold_line(document, "6.\tBACKGROUND PAPERS")
    document.add_paragraph("6.1\tPharmaceutical Needs Assessment 2025-2028")
    document.add_paragraph("Sarah Bell : Extension 6087")
    draft = extract_under(tmp_path, IMPACT_TABLE, document)
    assert draft["questions"]["council_plan"] == {"answer": "yes", "note": "Supports access to local health services."}
    assert draft["implications"]["equality"] == {"answer": "no", "note": "No specific groups are affected."}
    assert draft["governance"] == [{"forum": "Health & Wellbeing Board", "date": "2025-09-18", "outcome": "PNA 2025-2028 approved."}]
    assert draft["questions"]["background_papers"] == "Pharmaceutical Needs Assessment 2025-2028"


WELLBEING = '''
description = "A Welsh council's report: the wellbeing goals answered a line each in one cell"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "wfg_summary"
labels = ["Summary"]
kind = "text"
section = "Wellbeing of Future Generations"
[[questions]]
name = "wfg_long_term"
labels = ["Long term"]
kind = "text"
section = "Wellbeing of Future Generations"
[[questions]]
name = "wfg_prevention"
labels = ["Prevention"]
kind = "text"
section = "Wellbeing of Future Generations"
[[questions]]
name = "on_register"
labels = ["Risks included on corporate or directorate risk register?"]
kind = "choice"
options = ["YES", "NO"]
'''


def test_the_boards_labels_each_opening_a_paragraph_of_the_answer_cell(tmp_path: Path) -> None:
    # "Wellbeing of Future Generations: | Summary: … / Long term: … / Prevention: …"
    document = Document()
    grid = add_table(document, [["Title:", "Carers Strategy: annual update"], ["Wellbeing of Future Generations:", ""]])
    cell = grid.cell(1, 1)
    cell.paragraphs[0].text = "Summary: The Strategy supports carers to look after their own wellbeing."
    cell.add_paragraph("Long term: Sustains unpaid care, which the care system relies on.")
    cell.add_paragraph("Prevention: Early support prevents carer breakdown.")
    questions = extract_under(tmp_path, WELLBEING, document)["questions"]
    assert questions["wfg_summary"] == "The Strategy supports carers to look after their own wellbeing."
    assert questions["wfg_long_term"] == "Sustains unpaid care, which the care system relies on."
    assert questions["wfg_prevention"] == "Early support prevents carer breakdown."


def test_the_option_struck_through_on_the_labels_line_is_ruled_out(tmp_path: Path) -> None:
    # "Risks included on corporate or directorate risk register? ~~YES~~ / NO": no
    document = Document()
    document.add_paragraph("Title: Suicide prevention strategy")
    paragraph = document.add_paragraph()
    paragraph.add_run("Risks included on corporate or directorate risk register? ").bold = True
    paragraph.add_run("YES").font.strike = True
    paragraph.add_run(" / NO")
    assert extract_under(tmp_path, WELLBEING, document)["questions"]["on_register"] == "NO"


IMPACTS_RUN_IN = '''
description = "A council report whose impacts open their numbered paragraphs, each closed by a full stop"
[[questions]]
field = "title"
labels = ["Report Title"]
[[questions]]
field = "authors"
labels = ["Report Author"]
[[questions]]
name = "equalities"
labels = ["Equalities"]
kind = "text"
required = true
'''


def test_an_article_opening_the_answer_after_a_label_closed_by_a_full_stop_is_the_answers(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Report Title: Housing and Rough Sleeping Update")
    document.add_paragraph("Report Author: Tracy Hendren, Head of Housing")
    document.add_paragraph("7.1\tEqualities. An EQIA screening has been completed; no adverse impact identified.")
    draft = extract_under(tmp_path, IMPACTS_RUN_IN, document)
    assert draft["questions"]["equalities"] == "An EQIA screening has been completed; no adverse impact identified."
