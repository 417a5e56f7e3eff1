"""A board paper with no cover table: lines at the top that the board prints without labels
(the meeting, its date, the session, the item), the title in bold capitals, numbered headings,
and a contact table at the foot whose column headers are the board's labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under, findings_under

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


# --- a council's report whose first sentence threads the board's labels ------------------------

THREADED = '''
description = "A council's report to its health and wellbeing board, for the running-report tests"
[[questions]]
field = "sponsor"
labels = ["Report of the"]
named = false
[[questions]]
field = "board"
labels = ["to the meeting of the"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["to be held on"]
[[questions]]
field = "agenda_item"
labels = ["Agenda Item"]
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "executive_summary"
labels = ["Summary statement"]
[[questions]]
name = "portfolio"
labels = ["Portfolio"]
kind = "text"
'''


def _council_report(*, item: str | None = "", title_bold: bool = True, tab: bool = True) -> Document:
    document = Document()
    opening = ("Report of the Strategic Director, Health and Wellbeing to the meeting of the Westshire Health and "
               "Wellbeing Board to be held on 20 January 2026")
    document.add_paragraph(opening + ("\tAJ" if tab else ""))
    if item is not None:
        bold_line(document, f"Agenda Item: {item}".strip())
    bold_line(document, "Subject:")
    title = document.add_paragraph().add_run("Winter resilience and surge plan 2025/26")
    title.bold = title_bold
    bold_line(document, "Summary statement:")
    document.add_paragraph("This report sets out how partners are managing winter pressures.")
    add_table(document, [["Iain Example\nStrategic Director, Health and Wellbeing", "Portfolio:\nHealthy People and Places"]])
    return document


def test_a_sentence_threading_three_of_the_boards_labels(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, THREADED, _council_report())
    assert draft["sponsor"] == {"name": None, "role": "Strategic Director, Health and Wellbeing"}
    assert (draft["board"], draft["meeting_date"]) == ("Westshire Health and Wellbeing Board", "2026-01-20")


def test_a_label_with_its_colon_over_the_title_on_the_next_line(tmp_path: Path) -> None:
    for bold in (True, False):
        draft = extract_under(tmp_path, THREADED, _council_report(title_bold=bold, tab=bold))
        assert draft["title"] == "Winter resilience and surge plan 2025/26"
        assert draft["executive_summary"] == "This report sets out how partners are managing winter pressures."


def test_an_item_left_blank_takes_no_heading_as_its_answer(tmp_path: Path) -> None:
    # (a defect a secretary sends back: the heading under it is not the item's number)
    document = Document()
    bold_line(document, "Report of the Director of Public Health to the meeting of the Westshire Board")
    bold_line(document, "Agenda Item:")
    bold_line(document, "REPORT OF THE SERVICE DIRECTOR – CUSTOMERS")
    bold_line(document, "Subject:")
    document.add_paragraph("Work programme")
    assert extract_under(tmp_path, THREADED, document)["agenda_item"] is None


def test_a_label_over_its_answer_in_a_later_cell_of_a_row(tmp_path: Path) -> None:
    # "Iain Example / Strategic Director | Portfolio: / Healthy People and Places": the portfolio
    # answered, and the first cell no part of the summary above the table
    draft = extract_under(tmp_path, THREADED, _council_report())
    assert draft["questions"]["portfolio"] == "Healthy People and Places"
    assert "Iain" not in draft["executive_summary"]


# --- a Scottish board's front page: item and title on one placed line, a declaration to delete down

DECLARED = '''
description = "A Scottish board's front page, for the running-report tests"
[[questions]]
field = "board"
labels = ["Board"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Date of Meeting"]
line = 2
[[questions]]
field = "agenda_item"
labels = ["Item No."]
line = 3
[[questions]]
field = "title"
labels = ["Paper Title"]
line = 3
[[questions]]
field = "sponsor"
labels = ["Executive Sponsor"]
[[questions]]
name = "equality_declaration"
labels = ["Equality Declaration"]
kind = "choice"
options = ["Due regard has been given, no adverse impact identified", "EQIA completed and available on request", "EQIA to be completed"]
'''


def _declared(kept: list[str]) -> Document:
    document = Document()
    for line in ("WESTSHIRE NHS BOARD", "Tuesday 27 January 2026", "7.1   Finance Report"):
        bold_line(document, line)
    document.add_paragraph("Executive Sponsor: Mr Scott Example, Director of Finance")
    bold_line(document, "Equality Declaration")
    document.add_paragraph("The author has either considered the need to complete an Equality Impact Assessment (EQIA) "
                           "or has completed the process. Please delete as appropriate:")
    for line in kept:
        document.add_paragraph(line)
    return document


def test_the_item_and_the_title_on_the_line_the_profile_places_both(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, DECLARED, _declared(["EQIA completed and available on request"]))
    assert (draft["agenda_item"], draft["title"]) == ("7.1", "Finance Report")
    assert draft["sponsor"] == {"name": "Scott Example", "role": "Director of Finance"}


def test_the_forms_line_telling_how_to_choose_is_no_option(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, DECLARED, _declared(["Due regard has been given, no adverse impact identified"]))
    assert draft["questions"]["equality_declaration"] == "Due regard has been given, no adverse impact identified"
    both = _declared(["Due regard has been given, no adverse impact identified", "EQIA completed and available on request"])
    assert extract_under(tmp_path, DECLARED, both)["questions"]["equality_declaration"] is None  # two kept: not clear


# --- a city council's front page: outcomes picked by the words written beside them ------------

OUTCOMES = '''
description = "A city council's report front page, for the running-report tests"
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
name = "outcomes"
labels = ["City Strategy outcomes"]
kind = "choice"
multiple = true
options = ["A thriving city", "A highly skilled city", "A progressive and equitable city", "A liveable city"]
[[questions]]
name = "background_documents"
labels = ["Background documents"]
kind = "list"
'''

_STATEMENT = ("The following documents disclose important facts on which the report is based and have been relied upon "
              "in preparing the report. Copies are available up to 4 years after the date of the meeting. If you would "
              "like a copy please contact one of the contact officers above.")


def _outcomes(contributions: dict[str, str], documents: list[str]) -> Document:
    document = Document()
    document.add_paragraph("Subject: Winter Resilience 2025/26")
    options = ["A thriving city", "A highly skilled city", "A progressive and equitable city", "A liveable city"]
    add_table(document, [["City Strategy outcomes", "Summary of how this report aligns to the strategy"],
                         *[[option, contributions.get(option, "")] for option in options]])
    bold_line(document, "Background documents")
    for line in [_STATEMENT, *documents]:
        document.add_paragraph(line)
    return document


def test_outcomes_picked_by_the_words_written_beside_them(tmp_path: Path) -> None:
    paper = _outcomes({"A progressive and equitable city": "Supporting residents to leave hospital.",
                       "A liveable city": "Fewer unnecessary hospital stays."}, ["Winter Plan 2025/26"])
    assert extract_under(tmp_path, OUTCOMES, paper)["questions"]["outcomes"] == ["A progressive and equitable city", "A liveable city"]
    assert extract_under(tmp_path, OUTCOMES, _outcomes({}, []))["questions"]["outcomes"] is None  # none written: not answered


def test_the_forms_statement_over_a_list_is_no_item_of_it(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, OUTCOMES, _outcomes({}, ["Winter Plan 2025/26 – Health Scrutiny Committee, 8 October 2025"]))
    assert draft["questions"]["background_documents"] == ["Winter Plan 2025/26 – Health Scrutiny Committee, 8 October 2025"]
    assert extract_under(tmp_path, OUTCOMES, _outcomes({}, ["None"]))["questions"]["background_documents"] == []


HISTORY = '''
description = "A council's report whose board's label is its name, for the running-report tests"
[[questions]]
field = "board"
labels = ["HEALTH AND WELLBEING BOARD"]
line = 1
[[questions]]
field = "title"
labels = ["Report title"]
line = 2
[[questions]]
field = "executive_summary"
labels = ["REPORT SUMMARY"]
[[questions]]
field = "governance"
labels = ["SUBJECT HISTORY (last 3 years)"]
parts = ["forum", "date"]
'''


def test_the_board_named_in_its_own_subject_history(tmp_path: Path) -> None:
    # "Health and Wellbeing Board | 18 December 2024" under "Council Meeting | Date": an entry of
    # the history, not the board's label answered by a date
    document = Document()
    bold_line(document, "HEALTH AND WELLBEING BOARD")
    bold_line(document, "WELLBEING STRATEGY: ANNUAL PROGRESS REPORT")
    bold_line(document, "REPORT SUMMARY")
    document.add_paragraph("This report sets out progress in the strategy's third year.")
    bold_line(document, "SUBJECT HISTORY (last 3 years)")
    add_table(document, [["Council Meeting", "Date"], ["Health and Wellbeing Board", "18 December 2024"],
                         ["Health and Wellbeing Board", "14 December 2023"]])
    draft = extract_under(tmp_path, HISTORY, document)
    assert draft["board"] == "HEALTH AND WELLBEING BOARD"
    assert [(entry["forum"], entry["date"]) for entry in draft["governance"]] == [
        ("Health and Wellbeing Board", "2024-12-18"), ("Health and Wellbeing Board", "2023-12-14")]


CLOSING = '''
description = "A council's report whose author is named in its closing sentence"
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
name = "background_papers"
labels = ["BACKGROUND PAPERS"]
kind = "text"
[[questions]]
field = "authors"
labels = ["Anyone wishing to inspect the above background papers or requiring further information should contact"]
'''


def test_the_author_in_the_reports_closing_sentence_however_long(tmp_path: Path) -> None:
    # the board's label and its answer on one line of more than 200 characters
    document = Document()
    document.add_paragraph("Subject: Better Care Fund quarter 1 return")
    bold_line(document, "BACKGROUND PAPERS")
    document.add_paragraph("There are none.")
    document.add_paragraph("Anyone wishing to inspect the above background papers or requiring further information should "
                           "contact Eleanor Example on telephone number 0161 474 2447 or alternatively email "
                           "eleanor.example@westshire.gov.uk")
    draft = extract_under(tmp_path, CLOSING, document)
    assert draft["authors"] == [{"name": "Eleanor Example", "role": None}]
    assert draft["questions"]["background_papers"] == "There are none."


SCRUTINY = '''
description = "A council scrutiny committee's report, for the running-report tests"
[[questions]]
field = "board"
labels = ["Meeting of the"]
[[questions]]
field = "meeting_date"
labels = ["Meeting date"]
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "recommendations"
labels = ["Recommendations"]
'''


def test_the_meeting_and_its_date_written_with_a_comma_and_a_stem_ending_colon_dash(tmp_path: Path) -> None:
    document = Document()
    bold_line(document, "Meeting of the Health and Adult Social Care Scrutiny Committee – 20th January, 2027")
    bold_line(document, "Title: Winter vaccination programme")
    bold_line(document, "Recommendations")
    document.add_paragraph("It is recommended that the Committee:-")
    for line in ("Notes the uptake of flu vaccinations.", "Supports the targeted outreach."):
        document.add_paragraph(line, style="List Bullet")
    draft = extract_under(tmp_path, SCRUTINY, document)
    assert (draft["board"], draft["meeting_date"]) == ("Health and Adult Social Care Scrutiny Committee", "2027-01-20")
    assert draft["recommendations"] == ["Notes the uptake of flu vaccinations.", "Supports the targeted outreach."]



SIGNED = SCRUTINY + '''
[[questions]]
field = "sponsor"
labels = ["Report of the"]
named = false
[[questions]]
field = "implications.equality"
labels = ["Equality Impact"]
[[questions]]
name = "council_priorities"
labels = ["Council Priorities and Projects"]
kind = "text"
[[questions]]
field = "authors"
labels = ["Report Author"]
'''


def _signed_report(signature_in_one_paragraph: bool) -> Document:
    """A scrutiny report whose paragraphs are counted through it, signed by the post it is
    "Report of", its author named after the signature."""
    document = Document()
    bold_line(document, "Meeting of the Health and Adult Social Care Scrutiny Committee – 20th January, 2027")
    bold_line(document, "Report of the Director of Adult Social Care")
    bold_line(document, "Title: Dementia strategy refresh")
    bold_line(document, "Recommendations")
    document.add_paragraph("2.\tIt is recommended that the Committee:-")
    document.add_paragraph("Comments on the draft strategy.", style="List Bullet")
    bold_line(document, "Equality Impact")
    document.add_paragraph("8.")  # the report's count goes on past a paragraph left empty
    bold_line(document, "Council Priorities and Projects")
    closing = "12. Supports the Borough Vision for healthy communities."  # counted, typed with a space
    if signature_in_one_paragraph:  # as pandoc writes a block of lines: one paragraph, line breaks
        paragraph = document.add_paragraph(closing)
        for line in ("Martin Corbett", "Director of Adult Social Care"):
            paragraph.add_run().add_break()
            paragraph.add_run(line)
    else:
        document.add_paragraph(closing)
        document.add_paragraph("Martin Corbett")
        document.add_paragraph("Director of Adult Social Care")
    document.add_paragraph("Report Author:\tSimon Astley, Commissioning Manager")
    return document


@pytest.mark.parametrize("one_paragraph", [False, True], ids=["signature-in-paragraphs", "signature-as-lines"])
def test_the_post_the_report_is_of_named_by_its_signature(tmp_path: Path, one_paragraph: bool) -> None:
    draft = extract_under(tmp_path, SIGNED, _signed_report(one_paragraph))
    assert draft["sponsor"] == {"name": "Martin Corbett", "role": "Director of Adult Social Care"}
    assert draft["questions"]["council_priorities"] == "Supports the Borough Vision for healthy communities."
    assert draft["authors"] == [{"name": "Simon Astley", "role": "Commissioning Manager"}]
    assert draft["recommendations"] == ["Comments on the draft strategy."]
    assert not (draft.get("implications") or {}).get("equality")  # "8." alone answers nothing


def test_a_name_over_a_post_the_sheet_does_not_name_stays_in_the_answer(tmp_path: Path) -> None:
    # without the post named above, a name over a post with nothing under it may be the answer's own
    document = _signed_report(False)
    for paragraph in document.paragraphs:
        if paragraph.text == "Report of the Director of Adult Social Care":
            paragraph.runs[0].text = "Report of the Director of Public Health"
    draft = extract_under(tmp_path, SIGNED, document)
    assert draft["sponsor"] == {"name": None, "role": "Director of Public Health"}


COUNTY = SIGNED + '''
[[questions]]
name = "background_papers"
labels = ["Background papers"]
kind = "text"
'''


def test_a_signature_in_capitals_then_the_reports_closing_labels_names_the_post(tmp_path: Path) -> None:
    """"RUTH CALLOW" over her post, each a paragraph (read as a heading with a line under it),
    then "Background papers: Nil" and the date: the post the report is of is hers."""
    document = Document()
    bold_line(document, "Meeting of the Health and Adult Social Care Scrutiny Committee – 20th January, 2027")
    bold_line(document, "Report of the Director of Adult Social Care")
    bold_line(document, "Title: Dementia strategy refresh")
    bold_line(document, "Council Priorities and Projects")
    document.add_paragraph("Supports the Borough Vision for healthy communities.")
    document.add_paragraph("MARTIN CORBETT")
    document.add_paragraph("Director of Adult Social Care")
    document.add_paragraph("Background papers:\tNil")
    document.add_paragraph("Report Author:\tSimon Astley, Commissioning Manager")
    document.add_paragraph("February 2027")
    draft = extract_under(tmp_path, COUNTY, document)
    assert draft["sponsor"] == {"name": "Martin Corbett", "role": "Director of Adult Social Care"}
    assert draft["questions"]["council_priorities"] == "Supports the Borough Vision for healthy communities."


SIGNED_BY_POST = SCRUTINY + '''
[[questions]]
field = "sponsor"
labels = ["Chief Officer"]
help = "The signature at the end of the report: name over post."
[[questions]]
name = "consultation"
labels = ["Consultation"]
kind = "text"
[[questions]]
field = "authors"
labels = ["Report prepared by"]
'''


@pytest.mark.parametrize("one_paragraph", [False, True], ids=["signature-in-paragraphs", "signature-as-lines"])
def test_the_sponsor_asked_by_its_post_is_the_one_signing_over_it(tmp_path: Path, one_paragraph: bool) -> None:
    """The profile asks the sponsor as "Chief Officer", the post printed in the signature at the
    report's end, with the partnership the post is in under it: the sponsor is who signs, not the
    partnership, and the signature is no part of the last answer."""
    document = Document()
    bold_line(document, "Meeting of the Health and Adult Social Care Scrutiny Committee – 20th January, 2027")
    bold_line(document, "Title: Dementia strategy refresh")
    bold_line(document, "Consultation")
    signature = ("Pamela Milliken", "Chief Officer", "Aberdeenshire Health and Social Care Partnership")
    if one_paragraph:
        paragraph = document.add_paragraph("The Chief Officer and the Legal Adviser have been consulted.")
        paragraph = document.add_paragraph(signature[0])
        for line in signature[1:]:
            paragraph.add_run().add_break()
            paragraph.add_run(line)
    else:
        document.add_paragraph("The Chief Officer and the Legal Adviser have been consulted.")
        for line in signature:
            document.add_paragraph(line)
    document.add_paragraph("Report prepared by: Chris Smith, Chief Finance and Business Officer")
    draft = extract_under(tmp_path, SIGNED_BY_POST, document)
    assert draft["sponsor"] == {"name": "Pamela Milliken", "role": "Chief Officer"}
    assert draft["questions"]["consultation"] == "The Chief Officer and the Legal Adviser have been consulted."
    assert draft["authors"] == [{"name": "Chris Smith", "role": "Chief Finance and Business Officer"}]


IMPLICATIONS_GRID = SCRUTINY + '''
[[questions]]
field = "implications.financial"
labels = ["Financial"]
section = "Equalities, Staffing and Financial Implications"
[[questions]]
field = "implications.equality"
labels = ["Equality"]
section = "Equalities, Staffing and Financial Implications"
[[questions]]
field = "executive_summary"
labels = ["Summary"]
'''


def test_a_heading_naming_several_implications_over_a_row_for_each_is_no_ambiguous_row(tmp_path: Path) -> None:
    """"6 Equalities, Staffing and Financial Implications" over "Subject | Yes | No | N/A" and a
    row for each: a heading, each answer on its own row (no "could answer both" finding)."""
    document = Document()
    bold_line(document, "Meeting of the Health and Adult Social Care Scrutiny Committee – 20th January, 2027")
    bold_line(document, "Title: Dementia strategy refresh")
    bold_line(document, "5 Summary")
    document.add_paragraph("5.1 The new strategy was developed with 412 unpaid carers.")
    bold_line(document, "6 Equalities, Staffing and Financial Implications")
    add_table(document, [["Subject", "Yes", "No", "N/A"], ["Financial", "X", "", ""], ["Staffing", "", "X", ""],
                         ["Equality", "", "", "X"]])
    draft = extract_under(tmp_path, IMPLICATIONS_GRID, document)
    assert draft["implications"]["financial"]["answer"] == "yes"
    assert draft["implications"]["equality"]["answer"] == "n/a"
    assert not [f for f in findings_under(tmp_path, IMPLICATIONS_GRID, document) if f["code"] == "CS004"]
