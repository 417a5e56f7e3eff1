"""Lines that open a report before its numbered sections, and what ends a history answered in its
label's row: a bilingual council's name in Welsh under the English one, the title in bold after
"Report to: … Report Written by: …" lines each answered on its line, a sentence that opens with a
label's words in another order ("To report the findings …" is not "Report to"), and a new table
after a history written beside its label."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under, findings_under

from coversheet.word.answers.values import no_history

CABINET = '''
description = "A Welsh council's cabinet report: bilingual name, labelled lines, the title in bold, numbered sections"
[[questions]]
field = "organisation"
labels = ["Torfaen County Borough Council"]
line = 1
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "board"
labels = ["Report to"]
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
[[questions]]
field = "authors"
labels = ["Report Written by"]
[[questions]]
name = "purpose_of_report"
labels = ["Purpose of report"]
kind = "text"
[[questions]]
field = "recommendations"
labels = ["Recommendation(s)"]
'''


def _cabinet_report(document) -> None:
    bold_line(document, "CYNGOR SIR YNYS MÔN")
    bold_line(document, "CYNGOR BWRDEISTREF SIROL TORFAEN")
    document.add_paragraph("Report to: Cabinet")
    document.add_paragraph("Date of meeting: 10 March 2027")
    document.add_paragraph("Report Written by: Huw Jenkins, Housing Renewal Manager")
    bold_line(document, "DISABLED FACILITIES GRANT POLICY")
    bold_line(document, "1. Purpose of report")
    document.add_paragraph("1.1 To report the findings of the adaptations review and seek approval to consult.")
    bold_line(document, "2. Recommendation(s)")
    document.add_paragraph("2.1 That Cabinet approves the revised policy.")


def test_the_councils_name_in_welsh_is_not_the_title_and_the_bold_line_after_the_labelled_lines_is(tmp_path: Path) -> None:
    document = Document()
    _cabinet_report(document)
    draft = extract_under(tmp_path, CABINET, document)
    assert draft["title"] == "DISABLED FACILITIES GRANT POLICY"
    assert draft["board"] == "Cabinet"
    assert draft["meeting_date"] == "2027-03-10"


def test_a_sentence_opening_with_a_labels_words_in_another_order_is_the_answer_above_it(tmp_path: Path) -> None:
    document = Document()
    _cabinet_report(document)
    draft = extract_under(tmp_path, CABINET, document)
    assert draft["questions"]["purpose_of_report"] == (
        "To report the findings of the adaptations review and seek approval to consult.")
    assert draft["board"] == "Cabinet"  # (not the sentence: "To report" is not the board's "Report to")


TRUST = '''
description = "A trust board's cover: the history written beside its label, then an implications table"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "governance"
labels = ["Previously considered by"]
parts = ["forum", "date"]
[[questions]]
field = "implications.quality"
labels = ["Quality"]
section = "Implications"
[[questions]]
field = "implications.financial"
labels = ["Financial"]
section = "Implications"
'''


def test_a_new_table_after_a_history_written_beside_its_label_is_no_entry_of_it(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title", "Quality Summary"],
                         ["Previously considered by", "Quality Committee – 24 August 2026"]])
    add_table(document, [["Implications", "Impact and mitigation"],
                         ["Quality", "Yes – the report describes the quality position."],
                         ["Financial", "No – no financial impact."]])
    draft = extract_under(tmp_path, TRUST, document)
    assert draft["governance"] == [{"forum": "Quality Committee", "date": "2026-08-24", "outcome": None}]
    assert draft["implications"]["quality"]["answer"] == "yes"


WELSH_CABINET_BOARD = '''
description = "A council's cabinet board report: unlabelled lines, 'Report of the' a post and a name, the title in bold"
[[questions]]
field = "board"
labels = ["Cabinet Board"]
line = 2
[[questions]]
field = "sponsor"
labels = ["Report of the"]
[[questions]]
name = "wards_affected"
labels = ["Wards Affected"]
kind = "text"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
name = "purpose_of_report"
labels = ["Purpose of the Report"]
kind = "text"
'''


def test_a_bold_line_under_a_label_answered_on_its_line_is_the_title_not_more_of_that_answer(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "NEATH PORT TALBOT COUNTY BOROUGH COUNCIL")
    bold_line(document, "Social Services, Housing and Community Safety Cabinet Board")
    document.add_paragraph("Report of the Director of Social Services, Health and Housing – A. Jarrett")
    document.add_paragraph("Wards Affected: All Wards")
    bold_line(document, "Housing Support Grant Spend Plan 2027/28")
    bold_line(document, "Purpose of the Report:")
    document.add_paragraph("To approve the spend plan.")
    draft = extract_under(tmp_path, WELSH_CABINET_BOARD, document)
    assert draft["questions"]["wards_affected"] == "All Wards"
    assert draft["title"] == "Housing Support Grant Spend Plan 2027/28"
    assert draft["sponsor"] == {"name": "A. Jarrett", "role": "Director of Social Services, Health and Housing"}


SIGNED_OFF = '''
description = "A scrutiny report from a post, signed off by name at its foot"
[[questions]]
field = "sponsor"
labels = ["Report from the"]
named = false
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "report_sign_off"
labels = ["Report sign off"]
kind = "person"
'''


def test_the_sign_off_is_the_name_in_bold_under_its_label_and_its_post(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Report from the Director of Public Health")
    document.add_paragraph("Title: Health Matters – Progress Update")
    document.add_paragraph("The programme reached 12,000 residents this year.")
    document.add_paragraph("Report sign off:")
    bold_line(document, "Kwame Asante")
    document.add_paragraph("Director of Public Health")
    draft = extract_under(tmp_path, SIGNED_OFF, document)
    assert draft["questions"]["report_sign_off"] == {"name": "Kwame Asante", "role": "Director of Public Health"}
    # (the report is from the post; the sheet names no one beside it, and a sign-off is no
    # answer to the sponsor's question: as the blind truths read "Report of the …")
    assert draft["sponsor"] == {"name": None, "role": "Director of Public Health"}


HISTORY_GRID = '''
description = "The board's committees printed across a row, the date of the meeting written under each"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "governance"
labels = ["Previously considered by"]
parts = ["forum", "date"]
'''


def _history_grid(document, dates: list[str]) -> None:
    add_table(document, [["Title", "Safe Staffing Report"]])
    document.add_paragraph("Previously considered by")
    add_table(document, [["Audit Committee", "Finance & Performance Committee", "Quality & Governance Committee",
                          "Strategy Committee"], dates])


def test_committees_printed_across_with_no_date_under_any_are_no_history(tmp_path: Path) -> None:
    document = Document()
    _history_grid(document, ["", "", "", ""])
    assert extract_under(tmp_path, HISTORY_GRID, document).get("governance") in (None, [])


def test_committees_printed_across_with_a_date_under_some_are_those_entries(tmp_path: Path) -> None:
    document = Document()
    _history_grid(document, ["", "29/03/2027", "", ""])
    assert extract_under(tmp_path, HISTORY_GRID, document)["governance"] == [
        {"forum": "Finance & Performance Committee", "date": "2027-03-29", "outcome": None}]


SECTION_BARS = '''
description = "A trust board's cover: label rows, then numbered section bars each with the form's bracketed prompt"
[[questions]]
field = "title"
labels = ["Report Title"]
[[questions]]
field = "executive_summary"
labels = ["Suggested discussion points"]
[[questions]]
field = "governance"
labels = ["Previous consideration"]
parts = ["forum", "date"]
[[questions]]
field = "recommendations"
labels = ["Recommendation(s)"]
[[questions]]
name = "trust_risk_register"
labels = ["Trust Risk Register"]
kind = "references"
'''


def test_numbered_section_bars_with_the_forms_prompts_in_brackets(tmp_path: Path) -> None:
    # "1. Suggested discussion points [two or three issues …]" over the answer; "3. Previous
    # consideration [where …]" over "Quality and Safety Committee on 18th December 2026";
    # "5. Impact [indicate …]", a bar the board asks nothing by, ends the recommendations;
    # "X | Risk Number(s): 3021, 3187": the risks the paper names
    document = Document()
    add_table(document, [["Report Title", "Maternity Safety Report"],
                         ["1.  Suggested discussion points [two or three issues you consider the Board should focus on]"],
                         ["Compliance with all ten safety actions continues."],
                         ["3.  Previous consideration [where has this paper been previously discussed?]"],
                         ["Quality and Safety Committee on 18th December 2026"],
                         ["4.  Recommendation(s)"],
                         ["The Trust Board is asked to NOTE the safety position."],
                         ["5.  Impact [indicate with an 'X' which governance initiatives this matter relates to]"]])
    add_table(document, [["Trust Risk Register", "X", "Risk Number(s): 3021, 3187"]])
    draft = extract_under(tmp_path, SECTION_BARS, document)
    assert draft["executive_summary"] == "Compliance with all ten safety actions continues."
    assert draft["governance"] == [{"forum": "Quality and Safety Committee", "date": "2026-12-18", "outcome": None}]
    assert draft["recommendations"] == ["The Trust Board is asked to NOTE the safety position."]
    assert draft["questions"]["trust_risk_register"] == [{"id": "3021", "description": None},
                                                         {"id": "3187", "description": None}]


BANDED = '''
description = "A cover in bands: the history's forum after its label, its date and decision each labelled in the row below"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "governance"
labels = ["Previously considered by"]
parts = ["forum", "date", "outcome"]
'''


def test_a_historys_date_and_outcome_each_after_its_own_label_in_the_row_below(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["References", "Report title:", "Finance Report", "", ""],
                         ["Assurance route", "Previously considered by:", "Finance and Performance Committee", "", ""],
                         ["", "Date:", "24 November 2026", "Decision:", "Noted"]])
    draft = extract_under(tmp_path, BANDED, document)
    assert draft["governance"] == [{"forum": "Finance and Performance Committee", "date": "2026-11-24", "outcome": "Noted"}]


NUMBERED_ROWS = '''
description = "A cover of numbered rows: No. | label | answer"
[[questions]]
field = "board"
labels = ["Meeting"]
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "implications.quality"
labels = ["Quality and patient safety impact"]
section = "Implications"
[[questions]]
field = "implications.financial"
labels = ["Financial impact"]
section = "Implications"
[[questions]]
field = "governance"
labels = ["Previous consideration"]
'''


def test_a_table_whose_rows_the_form_numbers_is_the_sheet(tmp_path: Path) -> None:
    # "1. | Meeting | Quality Committee": the row's number, then the board's label (the table
    # was taken for a header table without labels, and each number for more of the answer above)
    document = Document()
    add_table(document, [["1.", "Meeting", "Quality Committee"], ["2.", "Date of meeting", "27 January 2027"],
                         ["3.", "Report title", "Maternity Safety Report"]])
    draft = extract_under(tmp_path, NUMBERED_ROWS, document)
    assert (draft["board"], draft["meeting_date"], draft["title"]) == ("Quality Committee", "2027-01-27", "Maternity Safety Report")


@pytest.mark.parametrize(("boxes", "answer"), [("☒ Yes ☐ No", "yes"), ("☐ Yes ☒ No", "no"), ("☐ Yes ☐ No", None)])
def test_boxes_typed_in_a_yes_no_column(tmp_path: Path, boxes: str, answer: str | None) -> None:
    document = Document()
    add_table(document, [["Report title", "Estates Strategy"], ["Meeting", "Board of Directors"]])
    grid = add_table(document, [["Implications", "Yes / No", "Comments"], ["Quality and patient safety impact", "☒ Yes ☐ No", "Harm reviews."],
                                ["Financial impact", boxes, "Capital programme of £48m."]])
    for cell in grid.rows[0].cells:  # (the column names in bold, as forms print them)
        cell.paragraphs[0].runs[0].bold = True
    said = extract_under(tmp_path, NUMBERED_ROWS, document)["implications"]["financial"]
    assert said == {"answer": answer, "note": "Capital programme of £48m."}  # (the boxes are no part of the note)


def test_a_numbered_paragraph_saying_not_previously_considered_is_no_history(tmp_path: Path) -> None:
    assert no_history("8.1\tNot previously considered.")  # (the paragraph's number is no date)
    document = Document()
    document.add_paragraph("Report title: Better Care Fund")
    document.add_paragraph("Meeting: Health and Wellbeing Board")
    document.add_paragraph("Date of meeting: 3 March 2027")
    bold_line(document, "8.\tPrevious consideration")
    document.add_paragraph("8.1\tNot previously considered.")
    assert extract_under(tmp_path, NUMBERED_ROWS, document).get("governance") in (None, [])


UNRESTRICTED = '''
description = "A council report opening 'Unrestricted', then TO: and DATE: lines, the title in bold"
[confidentiality]
public = "Unrestricted"
private = "Restricted"
[[questions]]
field = "confidential"
labels = ["Unrestricted"]
[[questions]]
field = "board"
labels = ["TO"]
[[questions]]
field = "meeting_date"
labels = ["DATE"]
[[questions]]
field = "title"
labels = ["Title of report"]
[[questions]]
field = "purpose"
labels = ["PURPOSE OF REPORT"]
'''


def test_the_title_after_the_boards_word_alone_and_its_labelled_lines(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Unrestricted")
    document.add_paragraph("TO:\tHEALTH AND WELLBEING BOARD")
    document.add_paragraph("DATE:\t3 DECEMBER 2026")
    bold_line(document, "BETTER CARE FUND QUARTER 2 RETURN 2026/27")
    bold_line(document, "1\tPURPOSE OF REPORT")
    document.add_paragraph("1.1\tTo inform the Board of the quarter 2 return.")
    draft = extract_under(tmp_path, UNRESTRICTED, document)
    assert draft["title"] == "BETTER CARE FUND QUARTER 2 RETURN 2026/27"
    assert draft["confidential"] is False


COMMITTEE_REPORT = '''
description = "A committee's report to its governing body: two long labels over their answers"
[[questions]]
name = "enclosure"
labels = ["Enclosure"]
kind = "text"
line = 1
[[questions]]
field = "executive_summary"
labels = ["Achievements / Decisions Made / To Note"]
[[questions]]
name = "matters_referred"
labels = ["Matters referred to Governing Body for approval, debate or further consideration"]
kind = "text"
'''


def test_a_long_label_beside_another_over_their_answers(tmp_path: Path) -> None:
    # the second label is too long to look like one (eleven words, plain): it was taken for the
    # first's answer; and "Enclosure K" answers its own question on the line the profile places
    document = Document()
    document.sections[0].header.paragraphs[0].text = "NHS Coventry and Rugby Clinical Commissioning Group"
    document.add_paragraph("Enclosure K")
    grid = add_table(document, [["Achievements / Decisions Made / To Note",
                                 "Matters referred to Governing Body for approval, debate or further consideration"],
                                ["The month 3 position is on plan.", "No issues referred."]])
    grid.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    draft = extract_under(tmp_path, COMMITTEE_REPORT, document)
    assert draft["executive_summary"] == "The month 3 position is on plan."
    assert draft["questions"]["matters_referred"] == "No issues referred."
    assert draft["questions"]["enclosure"] == "K"


STATUS = '''
description = "A memo-style board paper: numbered headings, 'Status – Public / Private (delete as appropriate)'"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "confidential"
labels = ["Status"]
[[questions]]
field = "executive_summary"
labels = ["Executive Summary"]
'''


@pytest.mark.parametrize(("line", "private"), [("1.\tStatus – Public / Private (delete as appropriate)", None),
                                               ("1.\tStatus – Public", False), ("1.\tStatus – Private", True)])
def test_neither_status_word_deleted_is_not_clear_never_private_or_public(tmp_path: Path, line: str, private) -> None:
    document = Document()
    document.add_paragraph("Title: People Report")
    document.add_paragraph(line)
    document.add_paragraph("2.\tExecutive Summary")
    document.add_paragraph("2.1\tVacancy rates fell to 7.2%.")
    assert extract_under(tmp_path, STATUS, document)["confidential"] is private
    if private is None:
        said = [finding["message"] for finding in findings_under(tmp_path, STATUS, document) if finding["code"] == "CS004"]
        assert said and "Public and Private" in said[0]  # (the board's words, not "No and Yes")


def test_one_status_word_struck_out_is_the_other(tmp_path: Path) -> None:
    # "Public / ~~Private~~" in the answer's cell: public (the check for both words left standing
    # must see the strike)
    document = Document()
    table = add_table(document, [["Title", "Chief Executive's Report"], ["Status", ""]])
    paragraph = table.cell(1, 1).paragraphs[0]
    paragraph.add_run("Public / ")
    paragraph.add_run("Private").font.strike = True
    assert extract_under(tmp_path, STATUS, document)["confidential"] is False


SCRUTINY = '''
description = "A scrutiny panel report: a post in its header table, the report signed at its foot"
[[questions]]
field = "title"
labels = ["SUBJECT"]
[[questions]]
field = "sponsor"
labels = ["REPORT OF"]
[[questions]]
field = "authors"
labels = ["CONTACT OFFICER(S)"]
[[questions]]
field = "recommendations"
labels = ["RECOMMENDATIONS"]
'''


def test_the_signature_under_the_contact_officers_names_the_post_the_report_is_from(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["REPORT OF", "Director of Public Health"], ["SUBJECT", "Annual Report 2026"]])
    bold_line(document, "RECOMMENDATIONS")
    line = document.add_paragraph("The Panel is asked to:")
    line.add_run().add_break()
    line.add_run("note the annual report;")
    line.add_run().add_break()
    line.add_run("comment on its recommendations.")
    bold_line(document, "12.\tCONTACT OFFICER(S)")
    document.add_paragraph("Graham Fenwick, Consultant in Public Health Medicine, Tel: 01472 325340")
    bold_line(document, "STEPHEN PINTUS")
    bold_line(document, "DIRECTOR OF PUBLIC HEALTH")
    draft = extract_under(tmp_path, SCRUTINY, document)
    assert draft["sponsor"]["name"].casefold() == "stephen pintus"
    assert draft["authors"] == [{"name": "Graham Fenwick", "role": "Consultant in Public Health Medicine"}]
    # (a stem, then each recommendation after a line break in the one paragraph)
    assert draft["recommendations"] == ["note the annual report;", "comment on its recommendations."]


PART_LINES = '''
description = "An arm's length body's paper: title, 'Board meeting (Part 1)' and the date as its first lines"
[[questions]]
field = "title"
labels = ["Title of paper"]
line = 1
[[questions]]
field = "confidential"
labels = ["Board meeting"]
line = 2
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 3
[[questions]]
field = "agenda_item"
labels = ["Agenda item"]
[[questions]]
field = "authors"
labels = ["Author(s)"]
[confidentiality]
public = "Part 1"
private = "Part 2"
'''


@pytest.mark.parametrize(("line", "private"), [("Board meeting (Part 1)", False), ("Board meeting (Part 2)", True),
                                               ("Board meeting (Part 1 / Part 2)", None)])
def test_the_boards_word_in_brackets_on_the_line_placed_for_the_confidentiality(tmp_path: Path, line: str, private) -> None:
    document = Document()
    bold_line(document, "Chief Executive's Report")
    bold_line(document, line)
    document.add_paragraph("10 March 2026")
    add_table(document, [["Agenda item", "5"], ["Author(s)", "Jo Evans, Head of Corporate Governance"]])
    draft = extract_under(tmp_path, PART_LINES, document)
    assert (draft["confidential"], draft["title"], draft["meeting_date"]) == (private, "Chief Executive's Report", "2026-03-10")


COUNCIL_ITEM = '''
description = "A council report: the agenda item over the front table, a decision box at the foot"
[[questions]]
field = "agenda_item"
labels = ["AGENDA ITEM"]
[[questions]]
field = "board"
labels = ["REPORT TO"]
[[questions]]
field = "title"
labels = ["SUBJECT"]
[[questions]]
field = "recommendations"
labels = ["Recommendation"]
[[questions]]
name = "reason"
labels = ["Reason for Recommendation"]
kind = "text"
'''


def test_the_item_number_alone_in_bold_under_its_label_is_its_answer(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "AGENDA ITEM")
    bold_line(document, "7")
    add_table(document, [["REPORT TO:", "Health and Wellbeing Board"], ["SUBJECT:", "Population Wellbeing Strategy"]])
    assert extract_under(tmp_path, COUNCIL_ITEM, document)["agenda_item"] == "7"


def test_a_decision_box_repeating_the_recommendation_beside_its_reason(tmp_path: Path) -> None:
    # "Recommendation: | Reason for Recommendation:" over their answers, the recommendation
    # answered already under its numbered heading
    document = Document()
    add_table(document, [["REPORT TO:", "Cabinet"], ["SUBJECT:", "Care Home Fees 2026-27"]])
    bold_line(document, "9.\tRecommendation")
    document.add_paragraph("9.1\tThat Cabinet approves the care home fees set out in Appendix A.")
    add_table(document, [["Recommendation:", "Reason for Recommendation:"],
                         ["That Cabinet approves the care home fees set out in Appendix A.", "To pay a fair price for care."]])
    draft = extract_under(tmp_path, COUNCIL_ITEM, document)
    assert draft["recommendations"] == ["That Cabinet approves the care home fees set out in Appendix A."]
    assert draft["questions"]["reason"] == "To pay a fair price for care."
