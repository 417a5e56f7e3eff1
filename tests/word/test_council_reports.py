"""Council reports and other forms the blind corpus showed by class, each built here with
python-docx and read under a profile written here: labels numbered as the report's sections,
unlabelled header lines, a label above its answer, implications tables under column headers,
labels of filler words, history written as sentences or as a grid of forums, ticks by shading,
and a purpose that takes one option."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from helpers.board_papers import (
    add_table,
    bold_line,
    extract_under,
    findings_under,
    repeat_last_row,
    run_under,
)

# --- a report whose labels are its numbered sections (no table) ---------------------------

NUMBERED = '''
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
[[questions]]
field = "authors"
labels = ["Contact Officer"]
[[questions]]
field = "executive_summary"
labels = ["Purpose of the report and policy context"]
[[questions]]
field = "recommendations"
labels = ["Recommendations"]
[[questions]]
name = "legal"
labels = ["Legal implications"]
kind = "text"
'''


def _numbered_report(legal: str = "7.1\tThere are no legal implications.") -> Document:
    document = Document()
    bold_line(document, "Health & Wellbeing Board")
    for label, value in (("Subject:", "\tPharmaceutical Needs Assessment 2025"), ("Date of meeting:", "\t2nd December 2025"),
                         ("Contact Officer:", "\tName: Kate Gilchrist")):
        paragraph = bold_line(document, label)
        paragraph.add_run(value)
    document.add_paragraph("\tTel: 01273 290457")
    document.add_paragraph("\tEmail: kate.gilchrist@example.gov.uk")
    bold_line(document, "1.\tPurpose of the report and policy context")
    document.add_paragraph("1.1\tThe Board must publish a needs assessment every three years.")
    bold_line(document, "2.\tRecommendations")
    document.add_paragraph("2.1\tThat the Board approves the assessment.")
    document.add_paragraph("2.2\tThat the Board notes the consultation.")
    bold_line(document, "3.\tContext and background information")
    document.add_paragraph("3.1\tThe last assessment was published in 2022.")
    bold_line(document, "7.\tLegal implications")
    document.add_paragraph(legal)
    return document


def test_labels_numbered_as_the_reports_sections_are_read_with_their_numbered_paragraphs(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, NUMBERED, _numbered_report())
    assert draft["title"] == "Pharmaceutical Needs Assessment 2025"  # "Subject:<tab>…", not a key-term match
    assert draft["meeting_date"] == "2025-12-02"
    assert draft["authors"] == [{"name": "Kate Gilchrist", "role": None}]  # Tel and Email are no people
    assert draft["executive_summary"] == "The Board must publish a needs assessment every three years."
    assert draft["recommendations"] == ["That the Board approves the assessment.", "That the Board notes the consultation."]
    assert draft["questions"]["legal"] == "There are no legal implications."


def test_a_numbered_section_left_with_its_number_only_is_not_answered(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, NUMBERED, _numbered_report(legal="7.1"))
    assert draft["questions"]["legal"] is None


# --- a council committee report: header lines, tables, then the report's own sections -----

COUNCIL = '''
required = ["title", "authors", "recommendations"]
[[questions]]
field = "board"
labels = ["Committee"]
[[questions]]
field = "meeting_date"
labels = ["Meeting date"]
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "authors"
labels = ["Lead Officer and Report Author"]
[[questions]]
field = "confidential"
labels = ["Classification"]
[[questions]]
field = "purpose"
labels = ["Purpose of Report"]
[[questions]]
field = "recommendations"
labels = ["This report makes the following recommendations to this Committee"]
[[questions]]
name = "timetable"
labels = ["Timetable"]
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
field = "governance"
labels = ["CONSULTATION RESULTS AND PREVIOUS COMMITTEE FEEDBACK"]
[purposes]
"Decision" = "approval"
"Noting" = "information"
'''


def _council_report(history: str) -> Document:
    document = Document()
    bold_line(document, "Communities, Housing and Environment Committee")
    bold_line(document, "9th November 2021")
    bold_line(document, "Air Quality Annual Status Report 2021")  # "status": a key term, yet the title
    add_table(document, [["Lead Officer and Report Author", "Stuart Maxwell – Senior Scientific Officer"],
                      ["Classification", "Public"]])
    document.add_paragraph()
    table = add_table(document, [["Purpose of Report"], ["Decision"], ["x"]])
    cell = table.rows[2].cells[0]
    cell.text = "This report makes the following recommendations to this Committee:"
    cell.add_paragraph("That the Committee:")
    cell.add_paragraph("1.\tApproves the Action Plan.")
    cell.add_paragraph("2.\tDelegates minor amendments to the Head of Service.")
    document.add_paragraph()
    add_table(document, [["Timetable"], ["Meeting", "Date"], ["Communities, Housing and Environment Committee", "9th November 2021"]])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    bold_line(document, "1.\tINTRODUCTION AND BACKGROUND")
    document.add_paragraph("1.1\tThe Council adopted its framework in 2019.")
    document.add_paragraph("1.2\tThe pandemic widened the gap.")
    bold_line(document, "4.\tCROSS-CUTTING ISSUES AND IMPLICATIONS")
    add_table(document, [["Issue", "Implications", "Sign-off"],
                      ["Financial", "Within approved budgets.", "Section 151 Officer"],
                      ["Legal", "Fulfils the Council's duties.", "Head of Legal"]])
    bold_line(document, "5.\tCONSULTATION RESULTS AND PREVIOUS COMMITTEE FEEDBACK")
    document.add_paragraph(f"5.1\t{history}")
    bold_line(document, "6.\tNEXT STEPS")
    document.add_paragraph("6.1\tThe Plan will be published.")
    return document


def test_a_council_report_is_read_past_its_front_page_to_the_sections_the_board_asks(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, COUNCIL, _council_report(
        "The draft Plan was considered by the Health and Wellbeing Partnership on 21st September 2021, which supported it."))
    assert draft["board"] == "Communities, Housing and Environment Committee"
    assert draft["meeting_date"] == "2021-11-09"
    assert draft["title"] == "Air Quality Annual Status Report 2021"
    assert draft["confidential"] is False
    assert draft["purpose"]["categories"] == ["approval"]
    assert draft["recommendations"] == ["Approves the Action Plan.", "Delegates minor amendments to the Head of Service."]
    assert draft["questions"]["timetable"] == "Communities, Housing and Environment Committee – 9th November 2021"
    assert draft["questions"]["financial"] == "Within approved budgets."  # the Implications column, not the sign-off
    assert draft["questions"]["legal"] == "Fulfils the Council's duties."
    assert draft["governance"] == [{"forum": "Health and Wellbeing Partnership", "date": "2021-09-21", "outcome": "supported"}]


def test_a_council_report_that_went_nowhere_before_has_no_history_and_no_false_error(tmp_path: Path) -> None:
    document = _council_report("None – this report has not been considered by another committee.")
    assert extract_under(tmp_path, COUNCIL, document)["governance"] == []
    findings = findings_under(tmp_path, COUNCIL, document)
    assert not [f for f in findings if f["severity"] == "error"], findings


# --- a label over its answer; labels of filler words; two labels on one line ----------------

HEADER = '''
[[questions]]
field = "confidential"
labels = ["Part 1 (Open to the public)", "Part 2 (Closed to the public)"]
[[questions]]
field = "agenda_item"
labels = ["ITEM NO.", "Agenda item"]
[[questions]]
field = "board"
labels = ["TO THE", "TO"]
[[questions]]
field = "meeting_date"
labels = ["ON"]
[[questions]]
name = "report_of"
labels = ["REPORT OF THE", "REPORT OF"]
kind = "text"
[[questions]]
field = "title"
labels = ["TITLE"]
[confidentiality]
public = "Part 1 (Open to the public)"
private = "Part 2 (Closed to the public)"
'''


def test_labels_of_filler_words_and_two_labels_on_one_line_are_read(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "Part 1 (Open to the public)\tITEM NO. 5")
    bold_line(document, "REPORT OF THE STRATEGIC DIRECTOR PEOPLE")
    bold_line(document, "TO THE: Cabinet")
    bold_line(document, "ON: 9th December 2025")
    bold_line(document, "TITLE: Adult Social Care Fee Rates")
    draft = extract_under(tmp_path, HEADER, document)
    assert draft["confidential"] is False
    assert draft["agenda_item"] == "5"
    assert draft["questions"]["report_of"] == "STRATEGIC DIRECTOR PEOPLE"
    assert draft["board"] == "Cabinet"
    assert draft["meeting_date"] == "2025-12-09"
    assert draft["title"] == "Adult Social Care Fee Rates"


def test_a_plain_line_of_an_answer_is_not_taken_for_a_label_by_its_words(tmp_path: Path) -> None:
    profile = HEADER + '''
[[questions]]
field = "implications.financial"
labels = ["FINANCIAL IMPLICATIONS"]
[[questions]]
name = "source_of_funding"
labels = ["SOURCE OF FUNDING"]
kind = "text"
'''
    document = Document()
    bold_line(document, "TITLE: Public Health Annual Report")
    bold_line(document, "FINANCIAL IMPLICATIONS:")
    document.add_paragraph("Supplied by: Louise Kenny, Finance Officer, tel. 0161 793 2418")
    document.add_paragraph("N/A – no financial implications.")  # "financial implications": key terms, yet the answer
    bold_line(document, "SOURCE OF FUNDING:")
    bold_line(document, "N/A")  # in capitals, in bold: an answer, not a label
    draft = extract_under(tmp_path, profile, document)
    assert draft["implications"]["financial"]["answer"] == "n/a"
    assert draft["questions"]["source_of_funding"] == "N/A"
    assert "unrecognised" not in draft or not draft["unrecognised"]


def test_a_label_alone_at_the_end_of_its_row_takes_the_answer_below_it(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["", "Agenda item"], ["", "2025-26/114"]])
    add_table(document, [["TITLE", "Chief Executive's Report"], ["TO", "Trust Board"]])
    draft = extract_under(tmp_path, HEADER, document)
    assert draft["agenda_item"] == "2025-26/114"
    assert draft["title"] == "Chief Executive's Report"


# --- history as a grid of forums; a choice under heading rows; long labels -----------------

GRID = '''
[[questions]]
field = "title"
labels = ["Title of report"]
[[questions]]
field = "governance"
labels = ["Board Sub-committee meetings where this item has been considered (specify date)"]
parts = ["forum", "date"]
[[questions]]
name = "management_groups"
labels = ["Management Group meetings where this item has been considered (specify date)"]
kind = "text"
[[questions]]
name = "agreed"
labels = ["IF YES, HAVE THESE BEEN AGREED WITH THE RELEVANT BUDGET HOLDER AND DIRECTOR OF FINANCE, AND HAVE ANY FUNDING ISSUES BEEN RESOLVED?"]
kind = "yes_no_na"
[[questions]]
name = "objectives"
labels = ["Objectives supported"]
kind = "choice"
multiple = true
options = ["1. To give great care", "2. To be a good employer", "NHS Oversight Framework"]
'''


def test_a_grid_of_forums_gives_the_history_of_those_with_a_date(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [
        ["Title of report", "Finance Report"],
        ["Board Sub-committee meetings where this item has been considered (specify date):"],
        ["Quality and Performance", "", "Audit", ""],
        ["Resource and Business Assurance", "20 November 2025", "Mental Health Legislation", ""],
        ["Management Group meetings where this item has been considered (specify date):"],
        ["Executive Team", "17 November 2025", "Other (specify)", ""],
        ["IF YES, HAVE THESE BEEN AGREED WITH THE RELEVANT BUDGET HOLDER AND DIRECTOR OF FINANCE, AND HAVE ANY "
         "FUNDING ISSUES BEEN RESOLVED?", "N/A"],
        ["Objectives supported"],
    ])
    objectives = add_table(document, [["Trust Objectives"], ["1. To give great care", "☒"], ["2. To be a good employer", "☐"],
                                   ["Regulatory Standards"], ["NHS Oversight Framework", "☒"]])
    del objectives  # the options under their heading rows, one option and its box a row
    draft = extract_under(tmp_path, GRID, document)
    assert draft["governance"] == [{"forum": "Resource and Business Assurance", "date": "2025-11-20", "outcome": None}]
    assert draft["questions"]["management_groups"] == "Executive Team: 17 November 2025"
    assert draft["questions"]["agreed"]["answer"] == "n/a"  # a label longer than any the reader guesses at
    assert draft["questions"]["objectives"] == ["1. To give great care", "NHS Oversight Framework"]


# --- a purpose that takes one option; a pick shown by shading --------------------------------

ONE_PURPOSE = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "purpose"
labels = ["Key purpose"]
{multiple}
[purposes]
"Strategy" = "discussion"
"Assurance" = "assurance"
"Policy" = "approval"
"Performance" = "information"
'''


def _struck(document, standing: list[str]) -> Document:
    table = add_table(document, [["Title", "Estates Strategy"], ["Key purpose", "", "", "", ""]])
    for cell, word in zip(table.rows[1].cells[1:], ["Strategy", "Assurance", "Policy", "Performance"]):
        cell.text = ""
        cell.paragraphs[0].add_run(word).font.strike = word not in standing
    return document


def test_two_purposes_left_where_the_profile_asks_one_is_not_clear(tmp_path: Path) -> None:
    profile = ONE_PURPOSE.format(multiple="multiple = false")
    document = _struck(Document(), ["Strategy", "Policy"])
    assert extract_under(tmp_path, profile, document)["purpose"] is None
    codes = [f["code"] for f in findings_under(tmp_path, profile, document)]
    assert "CS004" in codes, codes


def test_two_purposes_left_where_the_profile_allows_several_are_both_read(tmp_path: Path) -> None:
    document = _struck(Document(), ["Strategy", "Policy"])
    draft = extract_under(tmp_path, ONE_PURPOSE.format(multiple=""), document)
    assert draft["purpose"]["categories"] == ["discussion", "approval"]


def test_a_purpose_picked_by_shading_as_libreoffice_saves_a_highlight(tmp_path: Path) -> None:
    document = Document()
    table = add_table(document, [["Title", "Integrated Performance Report"], ["Key purpose", "Strategy", "Assurance", "Policy", "Performance"]])
    run = table.rows[1].cells[4].paragraphs[0].runs[0]
    shading = run._r.get_or_add_rPr().makeelement("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}shd", {
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val": "clear",
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}fill": "FFFF00"})
    run._r.get_or_add_rPr().append(shading)
    draft = extract_under(tmp_path, ONE_PURPOSE.format(multiple="multiple = false"), document)
    assert draft["purpose"]["categories"] == ["information"]


# --- bad input: a table of 10,000 rows, tables nested deep -----------------------------------


def test_a_ten_thousand_row_table_and_deeply_nested_tables_are_read_within_the_time_budget(tmp_path: Path) -> None:
    document = Document()
    table = document.add_table(rows=10_000, cols=2)
    table.rows[0].cells[0].text = "Title"
    table.rows[0].cells[1].text = "Long paper"
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
    for _ in range(40):
        cell = cell.add_table(rows=1, cols=1).rows[0].cells[0]
    cell.text = "Key purpose"
    result = run_under(tmp_path, ONE_PURPOSE.format(multiple=""), document, "check", "--time-budget", "5")
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output
    findings = json.loads(result.output)["files"][0]["findings"]
    assert not [f for f in findings if "time" in f["message"].lower() and "budget" in f["message"].lower()], findings


def test_a_long_table_of_words_in_three_columns_is_read_within_the_time_budget(tmp_path: Path) -> None:
    """Every row of it could be column names ("Alpha beta | Gamma delta | Epsilon"): the rows under
    each are looked at a few at a time, not all of them for every row."""
    document = Document()
    table = add_table(document, [["Title", "Gamma delta", "Epsilon"], ["Alpha beta", "Gamma delta", "Epsilon"]])
    repeat_last_row(table, 9_998)
    assert len(table.rows) == 10_000
    result = run_under(tmp_path, ONE_PURPOSE.format(multiple=""), document, "check", "--time-budget", "5")
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(result.output)["files"][0]["findings"]
    assert not [f for f in findings if "time" in f["message"].lower() and "budget" in f["message"].lower()], findings


# --- a "Details/Findings" row under each Yes / No / N/A question -----------------------------

DETAILS = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "legal"
labels = ["Legal implications"]
kind = "yes_no_na"
[[questions]]
name = "staff_side"
labels = ["Staff side consulted"]
kind = "yes_no_na"
details = ["Why not"]
'''


def test_a_details_row_under_a_yes_no_question_is_its_answers_explanation(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title", "Winter plan"],
                      ["Legal implications", "Yes ☒ No ☐ N/A ☐"], ["Details/Findings", "Reviewed by the Trust solicitor."],
                      ["Staff side consulted", "No"], ["Why not", "No change to any post."]])
    draft = extract_under(tmp_path, DETAILS, document)
    assert draft["questions"]["legal"] == {"answer": "yes", "note": "Reviewed by the Trust solicitor."}
    assert draft["questions"]["staff_side"] == {"answer": "no", "note": "No change to any post."}
    assert not draft.get("unrecognised")


# --- header lines the profile places --------------------------------------------------------

PLACED = '''
[[questions]]
field = "board"
labels = ["Committee"]
line = 3
[[questions]]
field = "title"
labels = ["Report title"]
line = 2
[[questions]]
field = "meeting_date"
labels = ["Meeting date"]
line = 4
[[questions]]
field = "authors"
labels = ["Report author"]
[[questions]]
field = "executive_summary"
labels = ["Summary"]
'''


def test_a_profile_places_the_unlabelled_header_lines(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "Westshire County Council")  # the organisation: a council, read as the board by guessing
    document.add_paragraph("Winter Pressures Review")  # not bold: no guess would take it for the title
    bold_line(document, "People Overview Committee")
    bold_line(document, "4th March 2026")
    add_table(document, [["Report author", "Jane Smith, Head of Commissioning"], ["Summary", "The review found three pressures."]])
    draft = extract_under(tmp_path, PLACED, document)
    assert draft["board"] == "People Overview Committee"
    assert draft["title"] == "Winter Pressures Review"
    assert draft["meeting_date"] == "2026-03-04"


def test_a_form_no_layout_fits_gets_one_finding_naming_what_was_found(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Dear colleague,")
    document.add_paragraph("Please find attached the minutes of the last meeting.")
    result = run_under(tmp_path, COUNCIL, document, "check")
    assert "Traceback" not in result.output
    findings = json.loads(result.output)["files"][0]["findings"]
    assert len(findings) == 1, findings
    assert "it opens with 'Dear colleague,'" in findings[0]["message"]


def test_a_list_left_with_its_lead_in_only_is_not_answered(tmp_path: Path) -> None:
    profile = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "objectives"
labels = ["Links to strategic objectives"]
kind = "list"
required = true
'''
    document = Document()
    add_table(document, [["Title", "Freedom to Speak Up"],
                      ["Links to strategic objectives:", "This report supports the following strategic objectives:"]])
    assert extract_under(tmp_path, profile, document)["questions"]["objectives"] is None
    codes = [f["code"] for f in findings_under(tmp_path, profile, document)]
    assert "CS101" in codes, codes


def test_a_template_prompt_left_in_place_is_not_an_answer(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "TITLE: Home Care Framework Extension")
    bold_line(document, "FINANCIAL IMPLICATIONS:")
    document.add_paragraph("Supplied by:")
    draft = extract_under(tmp_path, HEADER + '''
[[questions]]
field = "implications.financial"
labels = ["FINANCIAL IMPLICATIONS"]
''', document)
    assert draft["implications"]["financial"] is None
    council = _council_report("None.")
    table = council.tables[1]
    table.rows[1].cells[0].text = "[Decision/Noting]"
    assert extract_under(tmp_path, COUNCIL, council)["purpose"] is None


def test_a_delete_one_line_left_whole_is_not_clear(tmp_path: Path) -> None:
    profile = NUMBERED + '''
[[questions]]
field = "confidential"
labels = ["For general release / Not for publication", "For general release", "Not for publication"]
[confidentiality]
public = "For general release"
private = "Not for publication"
reason_label = "Exempt information"
'''
    document = _numbered_report()
    kept = _numbered_report()
    bold_line(document, "For general release or Not for publication (delete one)")
    bold_line(kept, "For general release")
    assert extract_under(tmp_path, profile, kept)["confidential"] is False
    draft = extract_under(tmp_path, profile, document)
    assert draft["confidential"] is None and not draft.get("confidential_reason")
    found = [f for f in findings_under(tmp_path, profile, document) if f["code"] == "CS004"]
    assert found and found[0]["field"] == "confidential", found
    assert "delete 'For general release' or 'Not for publication'" in found[0]["message"]


# --- a council report's labels in running text, no colon -----------------------------------

RUNNING = '''
[[questions]]
field = "sponsor"
labels = ["Open Report on behalf of"]
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "recommendations"
labels = ["Actions Required"]
[[questions]]
name = "background_papers"
labels = ["Background Papers"]
kind = "text"
[[questions]]
field = "authors"
labels = ["This report was written by"]
'''


def _running_report(author: str) -> Document:
    document = Document()
    document.add_paragraph("Open Report on behalf of Andrew Crookham, Executive Director – Resources")
    document.add_paragraph("Subject:\tWork programme")
    bold_line(document, "Actions Required:")
    document.add_paragraph("The Committee is invited to consider the report.")
    bold_line(document, "Background Papers")
    document.add_paragraph("No background papers were used in the preparation of this report.")
    document.add_paragraph(f"This report was written by {author}, who can be contacted on 01522 552334 "
                           "or by e-mail at s.evans@lincolnshire.gov.uk")
    return document


def test_a_label_that_opens_a_sentence_of_the_report_takes_the_name_after_it(tmp_path: Path) -> None:
    """"This report was written by Simon Evans, Health Scrutiny Officer, who can be contacted on
    ...": the board's label, though it opens with "This", then the author; the background
    papers above end before it. "…, Executive Director – Resources" is the sponsor's post whole."""
    draft = extract_under(tmp_path, RUNNING, _running_report("Simon Evans, Health Scrutiny Officer"))
    assert draft["authors"] == [{"name": "Simon Evans", "role": "Health Scrutiny Officer"}]
    assert draft["questions"]["background_papers"] == "No background papers were used in the preparation of this report."
    assert draft["sponsor"] == {"name": "Andrew Crookham", "role": "Executive Director – Resources"}


def test_the_template_prompt_left_after_a_running_label_is_no_author(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, RUNNING, _running_report("[Name, Job Title]"))
    assert not draft.get("authors")
    assert "This report was written by" not in (draft["questions"]["background_papers"] or "")


# --- headings numbered "1)" ----------------------------------------------------------------

BRACKETED = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "recommendations"
labels = ["Recommendation"]
[[questions]]
name = "strategic_plan"
labels = ["Strategic Plan"]
kind = "text"
[[questions]]
name = "objectives"
labels = ["Strategic Objectives"]
kind = "choice"
multiple = true
options = ["Quality – Deliver the best care", "People – Be a great place to work", "Sustainability – Use our resources well"]
[[questions]]
name = "legal"
labels = ["Legal Considerations"]
kind = "yes_no_na"
[[questions]]
field = "executive_summary"
labels = ["Summary / Conclusions / Reasons for Recommendations"]
'''


def test_headings_numbered_with_a_bracket_are_the_boards_labels(tmp_path: Path) -> None:
    """Devon's "1)<tab>Recommendation" … "12)<tab>Summary / Conclusions / Reasons for
    Recommendations": each numbered heading the board asks is read with the paragraphs under it,
    and those it does not ask ("2) Background") end the one before."""
    document = Document()
    document.add_paragraph("Title: Provider fee uplifts 2026/27")
    for number, heading, body in [
        (1, "Recommendation", "It is recommended that Cabinet approves an uplift of 5.6%."),
        (2, "Background", "The Council buys care from over 400 providers."),
        (6, "Strategic Plan", "The proposals support the priority to help people live independently."),
        (8, "Legal Considerations", "The Council has a duty under section 5 of the Care Act 2014."),
        (12, "Summary / Conclusions / Reasons for Recommendations", "The uplifts keep the care market sustainable."),
    ]:
        bold_line(document, f"{number})\t{heading}")
        document.add_paragraph(body)
    draft = extract_under(tmp_path, BRACKETED, document)
    assert draft["recommendations"] == ["It is recommended that Cabinet approves an uplift of 5.6%."]
    assert draft["questions"]["strategic_plan"] == "The proposals support the priority to help people live independently."
    assert draft["questions"]["legal"]["answer"] == "yes"
    assert draft["executive_summary"] == "The uplifts keep the care market sustainable."


def test_options_numbered_with_a_bracket_under_their_question_are_no_headings(tmp_path: Path) -> None:
    """"1) Quality – Deliver the best care" and "3) Sustainability – …" kept under the strategic
    objectives: the options chosen, not the report's own sections beginning."""
    document = Document()
    document.add_paragraph("Title: Chief executive's report")
    bold_line(document, "Strategic Objectives")
    document.add_paragraph("1) Quality – Deliver the best care")
    document.add_paragraph("3) Sustainability – Use our resources well")
    bold_line(document, "Legal Considerations")
    document.add_paragraph("No legal issues arise.")
    draft = extract_under(tmp_path, BRACKETED, document)
    assert draft["questions"]["objectives"] == ["Quality – Deliver the best care", "Sustainability – Use our resources well"]
    assert draft["questions"]["legal"]["answer"] == "no"
