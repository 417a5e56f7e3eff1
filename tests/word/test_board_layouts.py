"""Layouts and ticks of real boards' forms, each class built here with python-docx and read
under a profile written here: options as column headers, boxes a cell each, typed X's, header
tables without labels, headings below the sheet's table, labels printed twice or numbered."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from helpers.board_papers import add_table, bold_line, extract_under, findings_under

PROFILE = '''
description = "A board's form, for the layout tests"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "authors"
labels = ["Author"]
[[questions]]
field = "purpose"
labels = ["Purpose"]
[[questions]]
name = "assurance"
labels = ["Assurance"]
kind = "choice"
options = ["None", "Limited", "Reasonable", "Substantial"]
[[questions]]
name = "strategic_risks"
labels = ["Link to Strategic Risk"]
kind = "choice"
multiple = true
options = ["SR1", "SR2", "SR3"]
[[questions]]
name = "legal"
labels = ["Legal implications"]
kind = "yes_no_na"
[[questions]]
field = "executive_summary"
labels = ["Summary"]
[purposes]
"Decision/Approval" = "approval"
"Discussion/Review" = "discussion"
"Information/Noting" = "information"
'''


def _head(document) -> None:
    add_table(document, [["Report title", "Winter plan"], ["Author", "Jane Smith, Director of Nursing"]])


def test_options_as_column_headers_with_boxes_below_the_label_merged_down(tmp_path: Path) -> None:
    document = Document()
    _head(document)
    table = add_table(document, [
        ["Purpose:", "Decision/Approval", "Discussion/Review", "Information/Noting"],
        ["", "☐", "☒", "☐"],
        ["Assurance:", "None", "Limited", "Reasonable", "Substantial"],
        ["", "", "", "X", ""],  # an X typed into an empty cell
    ][:2])
    table.cell(0, 0).merge(table.cell(1, 0))  # the label merged down both rows
    add_table(document, [["Assurance:", "None", "Limited", "Reasonable", "Substantial"], ["", "", "", "X", ""]])
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["purpose"]["categories"] == ["discussion"]
    assert draft["questions"]["assurance"] == "Reasonable"


def test_a_bold_x_typed_under_column_header_options_is_the_tick(tmp_path: Path) -> None:
    """"Purpose: | Decision/Approval | Discussion/Review | Information/Noting" with a bold "X"
    typed in the empty row below (the label not merged down): the X is the tick, not a label."""
    document = Document()
    _head(document)
    table = add_table(document, [["Purpose:", "Decision/Approval", "Discussion/Review", "Information/Noting"], ["", "", "", ""]])
    table.cell(1, 3).paragraphs[0].add_run("X").bold = True
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["purpose"]["categories"] == ["information"]


def test_yes_no_rows_with_a_typed_x_the_note_beside(tmp_path: Path) -> None:
    """"Yes | x | note" over "No | | ": the x is the tick, never part of the note."""
    document = Document()
    _head(document)
    table = add_table(document, [
        ["Legal implications:", "Yes", "x", "Lease reviewed by the solicitors."],
        ["", "No", "", ""],
    ])
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 3).merge(table.cell(1, 3))
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["questions"]["legal"] == {"answer": "yes", "note": "Lease reviewed by the solicitors."}


def test_options_written_as_codes_in_a_grid_with_their_words_and_a_box_cell(tmp_path: Path) -> None:
    document = Document()
    _head(document)
    add_table(document, [
        ["Link to Strategic Risk:", "", ""],
        ["SR1", "Workforce capacity", "☒"],
        ["SR2", "Finance", "☐"],
        ["SR3", "Estates", "☒"],
    ])
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["questions"]["strategic_risks"] == ["SR1", "SR3"]


def test_a_mark_typed_after_the_option_word_in_its_own_cell(tmp_path: Path) -> None:
    document = Document()
    _head(document)
    add_table(document, [["Purpose:", "Decision/Approval", "Discussion/Review ✓", "Information/Noting"]])
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["purpose"]["categories"] == ["discussion"]


def test_a_label_printed_twice_keeps_the_sentence(tmp_path: Path) -> None:
    """"Purpose: Information/Noting" (the others deleted), later "Purpose:" over a sentence."""
    document = Document()
    add_table(document, [["Report title", "Winter plan"], ["Author", "Jane Smith, Director"],
                      ["Purpose:", "Information/Noting"]])
    add_table(document, [["Purpose:"], ["To update the Board on winter capacity."], ["Summary:"], ["Beds opened."]])
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["purpose"] == {"categories": ["information"], "text": "To update the Board on winter capacity."}
    assert draft["executive_summary"] == "Beds opened."


def test_a_header_table_without_labels_does_not_end_the_search(tmp_path: Path) -> None:
    """Hackney's one-row header (commission | date | title | item) above the labelled table."""
    document = Document()
    add_table(document, [["Health in Hackney Scrutiny Commission", "7 January 2026", "Winter plan", "Item No 4"]])
    _head(document)
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["title"] == "Winter plan"
    assert draft["authors"] == [{"name": "Jane Smith", "role": "Director of Nursing"}]


def test_headings_below_the_sheets_table_are_read_up_to_the_page_break(tmp_path: Path) -> None:
    document = Document()
    _head(document)
    document.add_paragraph().add_run("Summary").bold = True
    document.add_paragraph("Beds were opened on three wards.")
    document.add_paragraph("Staffing held up over Christmas.")
    document.add_paragraph().add_run().add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
    document.add_paragraph("Winter plan")
    document.add_paragraph("The paper's own text.")
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["executive_summary"] == "Beds were opened on three wards.\nStaffing held up over Christmas."


def test_a_date_under_a_label_paragraph_is_its_answer_not_a_numbered_heading(tmp_path: Path) -> None:
    """"DATE OF MEETING:" then "12 March 2026" on the next line: the date (it begins with a
    number and a capital, as "1. Purpose of the report" does, but is no heading that ends the
    sheet), and the labels after it are still read."""
    profile = PROFILE + '[[questions]]\nfield = "meeting_date"\nlabels = ["Date of meeting"]\n'
    document = Document()
    for label, answer in (("REPORT TITLE:", "Care home fees"), ("DATE OF MEETING:", "12 March 2026"),
                          ("SUMMARY:", "Fees rise by 4.2%.")):
        document.add_paragraph().add_run(label).bold = True
        document.add_paragraph(answer)
    draft = extract_under(tmp_path, profile, document)
    assert (draft["meeting_date"], draft["executive_summary"]) == ("2026-03-12", "Fees rise by 4.2%.")


def test_a_history_table_whose_headers_are_in_other_words(tmp_path: Path) -> None:
    """"COMMITTEE OR GROUP | DATE | OUTCOME", "Group | Date received | Comments": column headers
    named by their first word are the history's, not its first entry ("'DATE' is not a date")."""
    profile = PROFILE + '[[questions]]\nfield = "governance"\nlabels = ["Considered by"]\n'
    for headers in (["COMMITTEE OR GROUP", "DATE", "OUTCOME"], ["Group", "Date received", "Comments"]):
        document = Document()
        _head(document)
        add_table(document, [["Considered by"], headers, ["Executive Management Board", "5 January 2026", "Supported"]])
        (tmp_path / headers[1]).mkdir()
        draft = extract_under(tmp_path / headers[1], profile, document)
        assert draft["governance"] == [{"forum": "Executive Management Board", "date": "2026-01-05", "outcome": "Supported"}]


def test_an_item_answered_on_its_label_line_ends_there(tmp_path: Path) -> None:
    """"Trust Board paper C" then the trust's name in bold on two lines: the item is "C"."""
    profile = PROFILE + '[[questions]]\nfield = "agenda_item"\nlabels = ["Trust Board paper"]\n'
    document = Document()
    document.add_paragraph().add_run("Trust Board paper C").bold = True
    name = document.add_paragraph()
    name.add_run("University Hospitals of Leicester").bold = True
    name.add_run().add_break()
    name.add_run("NHS Trust").bold = True
    _head(document)
    assert extract_under(tmp_path, profile, document)["agenda_item"] == "C"


def test_a_glossary_table_under_a_list_question_is_its_items(tmp_path: Path) -> None:
    """"ACRONYMS" over "IPC | Infection Prevention and Control" and "EqIA | Equality Impact
    Assessment": a term and its meaning a row, the list's items (the term in capitals is no label)."""
    profile = PROFILE + '[[questions]]\nname = "acronyms"\nlabels = ["ACRONYMS"]\nkind = "list"\n'
    document = Document()
    _head(document)
    add_table(document, [["ACRONYMS"], ["IPC", "Infection Prevention and Control"], ["EqIA", "Equality Impact Assessment"]])
    assert extract_under(tmp_path, profile, document)["questions"]["acronyms"] == [
        "IPC – Infection Prevention and Control", "EqIA – Equality Impact Assessment"]


def test_labels_apart_by_a_little_word_a_board_line_with_its_date_and_an_item_in_dots(tmp_path: Path) -> None:
    """"REPORT TO: | JOINT BOARD – 25 FEBRUARY 2026" and "REPORT ON: | FINANCIAL MONITORING":
    two questions though "to" and "on" are filler words elsewhere; the date after the board is
    the meeting's; "ITEM No …5………." is item 5, typed into the dots."""
    profile = """
[[questions]]
field = "agenda_item"
labels = ["ITEM No"]
[[questions]]
field = "board"
labels = ["REPORT TO"]
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
[[questions]]
field = "title"
labels = ["REPORT ON"]
[[questions]]
name = "report_by"
labels = ["REPORT BY"]
kind = "text"
"""
    document = Document()
    document.add_paragraph("ITEM No …5……….")
    add_table(document, [["REPORT TO:", "HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD – 25 FEBRUARY 2026"],
                         ["REPORT ON:", "FINANCIAL MONITORING POSITION"], ["REPORT BY:", "CHIEF FINANCE OFFICER"]])
    draft = extract_under(tmp_path, profile, document)
    assert (draft["board"], draft["meeting_date"], draft["title"], draft["agenda_item"]) == (
        "HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD", "2026-02-25", "FINANCIAL MONITORING POSITION", "5")


def test_a_question_with_its_boxes_beside_yes_and_no_in_the_next_cells(tmp_path: Path) -> None:
    """"Is the decision eligible for call-In? | ☐ Yes | ☒ No" (Word's legacy check-box fields):
    the question answered No, not a row of column headers over the rows below."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def box(on: bool) -> str:
        state = '<w:default w:val="1"/>' if on else '<w:default w:val="0"/>'
        return (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>{state}'
                '</w:checkBox></w:ffData></w:fldChar></w:r>')

    profile = PROFILE + '[[questions]]\nname = "call_in"\nlabels = ["Is the decision eligible for call-In?"]\nkind = "choice"\noptions = ["Yes", "No"]\n'
    document = Document()
    _head(document)
    table = add_table(document, [["Is the decision eligible for call-In?", "", ""], ["Summary", "Beds were opened."]])
    for cell, word, on in ((table.cell(0, 1), "Yes", False), (table.cell(0, 2), "No", True)):
        paragraph = cell.paragraphs[0]._p
        paragraph.append(parse_xml(box(on)))
        paragraph.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText> FORMCHECKBOX </w:instrText></w:r>'))
        paragraph.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        paragraph.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> {word}</w:t></w:r>'))
    draft = extract_under(tmp_path, profile, document)
    assert draft["questions"]["call_in"] == "No"
    assert draft["executive_summary"] == "Beds were opened."


def test_a_title_label_again_in_the_authors_block_is_not_the_papers_title(tmp_path: Path) -> None:
    """"Report title | Winter plan" on the sheet and "Title: Director of Nursing" in the author's
    block at the report's end: the paper's title is "Winter plan"."""
    document = Document()
    _head(document)
    document.add_paragraph().add_run("Summary").bold = True
    document.add_paragraph("Beds were opened.")
    document.add_paragraph().add_run("Report title:").bold = True
    document.add_paragraph("Director of Nursing")
    assert extract_under(tmp_path, PROFILE, document)["title"] == "Winter plan"


def test_several_labels_each_running_into_its_answer_in_one_cell(tmp_path: Path) -> None:
    """One cell holding "Purpose of the report: To update ...", "Issues Arising: ..." as its
    paragraphs: each label's answer, not one text under the first."""
    profile = PROFILE + ('[[questions]]\nname = "purpose_of_report"\nlabels = ["Purpose of the report"]\nkind = "text"\n'
                         '[[questions]]\nname = "issues"\nlabels = ["Issues Arising"]\nkind = "text"\n')
    document = Document()
    _head(document)
    table = add_table(document, [["Please provide a summary of the paper being presented"], [""]])
    cell = table.cell(1, 0)
    for label, answer in (("Purpose of the report:", "To update the Governing Body."), ("Issues Arising:", "Two delays.")):
        paragraph = cell.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(" " + answer)
    draft = extract_under(tmp_path, profile, document)
    assert (draft["questions"]["purpose_of_report"], draft["questions"]["issues"]) == ("To update the Governing Body.", "Two delays.")


def test_the_boards_own_label_running_into_its_answer_beats_key_terms(tmp_path: Path) -> None:
    """"Report of the Head of Overview and Scrutiny" under a profile asking "Report of": that
    question's answer, "Head of Overview and Scrutiny" (not the summary, though "overview" is
    one of the summary's key terms)."""
    profile = PROFILE + '[[questions]]\nname = "report_of"\nlabels = ["Report of"]\nkind = "text"\n'
    document = Document()
    _head(document)
    document.add_paragraph("Report of the Head of Overview and Scrutiny")
    document.add_paragraph().add_run("Summary").bold = True
    document.add_paragraph("Beds were opened.")
    draft = extract_under(tmp_path, profile, document)
    assert draft["questions"]["report_of"] == "Head of Overview and Scrutiny"
    assert draft["executive_summary"] == "Beds were opened."


def test_a_purpose_sentence_names_its_categories_by_the_boards_words(tmp_path: Path) -> None:
    """"Purpose | To note the themes raised and to approve the action plan" under a board whose
    purpose words are "To approve" and "To note": information and approval, in the order said."""
    profile = PROFILE.replace('"Decision/Approval" = "approval"', '"To approve" = "approval"\n"To note" = "information"')
    document = Document()
    _head(document)
    add_table(document, [["Purpose:", "To note the themes raised and to approve the action plan."]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["purpose"]["categories"] == ["information", "approval"]


def test_a_label_last_in_its_row_answered_in_the_row_below(tmp_path: Path) -> None:
    """"Report title: | Winter plan | | Decision Date:" over "Author: | Jane Smith | | 27 January
    2026": the date is Decision Date's, not part of the author's answer."""
    profile = PROFILE + '[[questions]]\nfield = "meeting_date"\nlabels = ["Decision Date"]\n'
    document = Document()
    add_table(document, [["Report title:", "Winter plan", "", "Decision Date:"],
                         ["Author:", "Jane Smith, Director of Nursing", "", "27 January 2026"]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["meeting_date"] == "2026-01-27"
    assert draft["authors"] == [{"name": "Jane Smith", "role": "Director of Nursing"}]


def test_a_lettered_paper_and_a_heading_line_named_as_the_boards_label(tmp_path: Path) -> None:
    """"Paper E" (the item a letter) and "Public Trust Board – 3 February 2026" under a profile
    whose label for the board is its name: item E, the board, and the meeting's date."""
    profile = PROFILE + ('[[questions]]\nfield = "agenda_item"\nlabels = ["Paper"]\n'
                         '[[questions]]\nfield = "board"\nlabels = ["Public Trust Board"]\n'
                         '[[questions]]\nfield = "meeting_date"\nlabels = ["Date of meeting"]\n')
    document = Document()
    document.add_paragraph("Paper E")
    document.add_paragraph("Public Trust Board – 3 February 2026")
    _head(document)
    draft = extract_under(tmp_path, profile, document)
    assert (draft["agenda_item"], draft["board"], draft["meeting_date"]) == ("E", "Public Trust Board", "2026-02-03")


def test_the_boards_name_as_its_label_with_the_meetings_date_the_line_under_it(tmp_path: Path) -> None:
    """"HEALTH AND WELLBEING BOARD" over "Tuesday 24 November 2026", no label on either, under a
    profile whose label for the board is its name: the board, and the meeting's date."""
    profile = PROFILE + ('[[questions]]\nfield = "board"\nlabels = ["Health and Wellbeing Board"]\n'
                         '[[questions]]\nfield = "meeting_date"\nlabels = ["Date of meeting"]\n')
    document = Document()
    document.add_paragraph().add_run("HEALTH AND WELLBEING BOARD").bold = True
    document.add_paragraph("Tuesday 24 November 2026")
    _head(document)
    draft = extract_under(tmp_path, profile, document)
    assert (draft["board"], draft["meeting_date"]) == ("HEALTH AND WELLBEING BOARD", "2026-11-24")


def test_a_date_question_answered_with_the_meetings_name_and_its_date(tmp_path: Path) -> None:
    """"Committee Name and Date of Committee Meeting" over "Health Select Commission – 29 January
    2026", under a profile that also labels the board by its name: the date is the meeting's."""
    profile = PROFILE + ('[[questions]]\nfield = "board"\nlabels = ["Health Select Commission"]\n'
                         '[[questions]]\nfield = "meeting_date"\nlabels = ["Committee Name and Date of Committee Meeting"]\n')
    document = Document()
    document.add_paragraph().add_run("Health Select Commission").bold = True  # the committee's line at the top
    for label, answer in (("Committee Name and Date of Committee Meeting", "Health Select Commission – 29 January 2026"),
                          ("Report title", "Winter plan")):
        document.add_paragraph().add_run(label).bold = True
        document.add_paragraph(answer)
    draft = extract_under(tmp_path, profile, document)
    assert (draft["meeting_date"], draft["title"]) == ("2026-01-29", "Winter plan")


def test_labelled_lines_among_the_header_lines_are_not_counted(tmp_path: Path) -> None:
    """"Agenda Item No: 10" and "Date: 12 March 2026" above "Corporate Report Format" and the
    title: the profile places the title as the second unlabelled line; the labelled lines are
    answered by their labels and not counted."""
    profile = """
[[questions]]
field = "agenda_item"
labels = ["Agenda Item No"]
[[questions]]
field = "meeting_date"
labels = ["Date"]
[[questions]]
field = "title"
labels = ["Title"]
line = 2
[[questions]]
field = "executive_summary"
labels = ["EXECUTIVE SUMMARY"]
"""
    document = Document()
    for line in ("Agenda Item No: 10", "Date: 12 March 2026", "Corporate Report Format", "HEALTHWATCH ANNUAL REPORT"):
        document.add_paragraph(line)
    document.add_paragraph().add_run("EXECUTIVE SUMMARY").bold = True
    document.add_paragraph("Healthwatch heard from 3,200 people.")
    draft = extract_under(tmp_path, profile, document)
    assert (draft["agenda_item"], draft["meeting_date"], draft["title"]) == ("10", "2026-03-12", "HEALTHWATCH ANNUAL REPORT")


def test_a_reason_label_that_is_the_confidential_questions_own(tmp_path: Path) -> None:
    """A profile whose confidentiality `reason_label` is the question's own label ("EXEMPT
    REPORT"): the row's answer is the question's (a secretary's slip, read as meant)."""
    profile = PROFILE + ('[[questions]]\nfield = "confidential"\nlabels = ["EXEMPT REPORT"]\n'
                         '[confidentiality]\npublic = "No"\nprivate = "Yes"\nreason_label = "EXEMPT REPORT"\n')
    document = Document()
    _head(document)
    add_table(document, [["EXEMPT REPORT", "No"]])
    assert extract_under(tmp_path, profile, document)["confidential"] is False


def test_numbered_labels_are_the_boards_labels(tmp_path: Path) -> None:
    document = Document()
    _head(document)
    add_table(document, [["1.\tSUMMARY:"], ["Beds were opened."], ["2.\tLEGAL IMPLICATIONS:", "Yes", "", "None."],
                      ["", "No", "X", ""]])
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["executive_summary"] == "Beds were opened."
    assert draft["questions"]["legal"]["answer"] == "no"


def test_a_typed_x_over_a_check_box_control_is_a_tick(tmp_path: Path) -> None:
    """The control still stores 'unchecked', but the author typed X over its glyph."""
    document = Document()
    _head(document)
    table = add_table(document, [["Legal implications:", "Yes", "", "No", "☐"]])
    cell = table.cell(0, 2)._tc
    paragraph = cell.find(qn("w:p"))
    sdt = paragraph.makeelement(qn("w:sdt"), {})
    properties = sdt.makeelement(qn("w:sdtPr"), {})
    box = properties.makeelement(qn("w14:checkbox"), {})
    box.append(box.makeelement(qn("w14:checked"), {qn("w14:val"): "0"}))
    properties.append(box)
    content = sdt.makeelement(qn("w:sdtContent"), {})
    run = content.makeelement(qn("w:r"), {})
    text = run.makeelement(qn("w:t"), {})
    text.text = "X"
    run.append(text)
    content.append(run)
    sdt.extend([properties, content])
    paragraph.append(sdt)
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["questions"]["legal"]["answer"] == "yes"


SIDE_BY_SIDE = PROFILE + '''
[[questions]]
name = "cqc_domains"
labels = ["Link to CQC Domain"]
kind = "choice"
multiple = true
options = ["Safe", "Effective", "Caring"]
[[questions]]
name = "missions"
labels = ["Link to the Trust's Strategic Missions"]
kind = "choice"
multiple = true
options = ["Patient Mission", "People Mission", "Partnership Mission"]
'''


def test_two_option_lists_side_by_side_are_two_questions(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(__import__(__name__), "PROFILE", SIDE_BY_SIDE)
    document = Document()
    _head(document)
    add_table(document, [
        ["Link to CQC Domain", "", "Link to the Trust's Strategic Missions", ""],
        ["Safe", "☒", "Patient Mission", "☐"],
        ["Effective", "☐", "People Mission", "☒"],
        ["Caring", "☒", "Partnership Mission", "☐"],
    ])
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["questions"]["cqc_domains"] == ["Safe", "Caring"]
    assert draft["questions"]["missions"] == ["People Mission"]


RUNNING_TEXT = """
[[questions]]
field = "confidential"
labels = ["PUBLIC / PRIVATE"]
[[questions]]
name = "paper_number"
labels = ["BOD"]
kind = "text"
[[questions]]
field = "agenda_item"
labels = ["Agenda Item"]
[[questions]]
field = "purpose"
labels = ["For"]
multiple = false
[[questions]]
field = "executive_summary"
labels = ["Executive Summary"]
[[questions]]
field = "authors"
labels = ["Author and Title"]
[[questions]]
field = "sponsor"
labels = ["Lead Executive Director"]
[[questions]]
name = "objectives"
labels = ["Strategic Objectives"]
kind = "choice"
multiple = true
options = ["Quality – Deliver the best care", "People – Be a great place to work", "Sustainability – Use our resources well"]
[purposes]
"Approval" = "approval"
"Assurance" = "assurance"
"Discussion" = "discussion"
"Information" = "information"
[confidentiality]
public = "PUBLIC"
private = "PRIVATE"
"""


def _running_text_report(purpose: str, objectives: list[str], sponsor: str = "Dr Ian Fowler, Chief Executive") -> Document:
    """A board report in running text: PUBLIC, the paper's number and "(Agenda Item: 7)" in the
    page header, bold "Label: answer" lines, the objectives the report relates to left standing
    under a lead-in, the others deleted."""
    document = Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "PUBLIC\tBOD 58/2025"
    header.add_paragraph("\t(Agenda Item: 7)")
    bold_line(document, "Chief Executive's Report")
    document.add_paragraph(f"For: {purpose}")
    bold_line(document, "Executive Summary")
    document.add_paragraph("This report updates the Board on developments since September.")
    document.add_paragraph("Author and Title:\tHelen Marsh, Head of Corporate Affairs")
    document.add_paragraph(f"Lead Executive Director:\t{sponsor}".rstrip())
    document.add_paragraph("A risk assessment has been undertaken around the legal issues that this paper presents "
                           "and there are no issues that need to be referred to the Trust Solicitors.")
    document.add_paragraph("Strategic Objectives – this report relates to or provides assurance and evidence against "
                           "the following Strategic Objectives (delete as appropriate):")
    for number, objective in enumerate(objectives, 1):
        document.add_paragraph(f"{number}) {objective}")
    return document


def test_labelled_answers_in_the_page_header_answer_their_questions(tmp_path: Path) -> None:
    """"PUBLIC<tab>BOD 58/2025" over "(Agenda Item: 7)" in the page header: the paper is public,
    its number 58/2025, its item 7 (the word left of "PUBLIC / PRIVATE" is the answer)."""
    draft = extract_under(tmp_path, RUNNING_TEXT, _running_text_report("Information", ["People – Be a great place to work"]))
    assert draft["confidential"] is False
    assert draft["questions"]["paper_number"] == "58/2025"
    assert draft["agenda_item"] == "7"


def test_options_left_standing_under_a_lead_in_are_the_answer(tmp_path: Path) -> None:
    """The objectives the report relates to, numbered "1) …" under "Strategic Objectives – this
    report relates to … (delete as appropriate):": those left are chosen, the lead-in is no
    option; every one left is every one chosen (a multiple choice)."""
    some = ["Quality – Deliver the best care", "Sustainability – Use our resources well"]
    draft = extract_under(tmp_path, RUNNING_TEXT, _running_text_report("Information", some))
    assert draft["questions"]["objectives"] == some
    every = ["Quality – Deliver the best care", "People – Be a great place to work", "Sustainability – Use our resources well"]
    assert extract_under(tmp_path, RUNNING_TEXT, _running_text_report("Information", every))["questions"]["objectives"] == every


def test_purposes_printed_on_one_line_all_left_standing_are_no_answer(tmp_path: Path) -> None:
    """"For: Approval / Assurance / Discussion / Information", as the blank form prints it: no
    purpose given; "For: Information", the others deleted: information."""
    draft = extract_under(tmp_path, RUNNING_TEXT, _running_text_report("Approval / Assurance / Discussion / Information", []))
    assert draft["purpose"] is None
    draft = extract_under(tmp_path, RUNNING_TEXT, _running_text_report("Information", []))
    assert draft["purpose"]["categories"] == ["information"]


def test_a_sentence_under_a_person_label_left_blank_is_no_one(tmp_path: Path) -> None:
    """"Lead Executive Director:" left blank, the form's legal statement the next paragraph:
    no lead director is named (the statement is nobody's name)."""
    draft = extract_under(tmp_path, RUNNING_TEXT, _running_text_report("Information", [], sponsor=""))
    assert not draft.get("sponsor")


COUNCIL_REPORT = """
[[questions]]
field = "board"
labels = ["Report to"]
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 1
[[questions]]
field = "agenda_item"
labels = ["Agenda Item"]
[[questions]]
name = "report_of"
labels = ["REPORT OF THE"]
kind = "text"
[[questions]]
field = "title"
labels = ["Title of report"]
line = 2
[[questions]]
field = "implications.equality"
labels = ["Public Sector Equality Duty implications"]
[[questions]]
field = "recommendations"
labels = ["RECOMMENDATION/S"]
[[questions]]
field = "authors"
labels = ["For any enquiries about this report please contact"]
[[questions]]
name = "background_papers"
labels = ["Background Papers and Published Documents"]
kind = "list"
"""


def _council_report(recommendations: list[str], equality: str, agenda_item: str = "6") -> Document:
    document = Document()
    bold_line(document, "Report to Health Scrutiny Committee")
    bold_line(document, "13 January 2026")
    bold_line(document, f"Agenda Item: {agenda_item}")
    bold_line(document, "REPORT OF THE SERVICE DIRECTOR – CUSTOMERS, GOVERNANCE AND EMPLOYEES")
    bold_line(document, "WORK PROGRAMME")
    bold_line(document, "Public Sector Equality Duty implications")
    document.add_paragraph(equality)
    bold_line(document, "RECOMMENDATION/S")
    for recommendation in recommendations:
        document.add_paragraph(recommendation)
    document.add_paragraph("Councillor Margaret Hollis\nChairman of Health Scrutiny Committee")  # a line break between
    bold_line(document, "For any enquiries about this report please contact:")
    document.add_paragraph("Daniel Whitlock – Senior Scrutiny Officer – 0115 977 4000")
    bold_line(document, "Background Papers and Published Documents")
    document.add_paragraph("None")
    return document


def test_a_council_reports_lines_read_by_the_boards_labels(tmp_path: Path) -> None:
    """"REPORT OF THE SERVICE DIRECTOR – ..." is the board's "REPORT OF THE" (not its "Report to",
    the same once little words are dropped); "Agenda Item:" left blank among the header lines
    the profile places by number does not end them (the title is still the second); the
    contact's telephone after a dash is no part of the role; "None" under a list is nothing listed."""
    draft = extract_under(tmp_path, COUNCIL_REPORT, _council_report(["That the Committee agrees its work programme."],
                                                                     "There are no equality implications.", agenda_item=""))
    assert draft["questions"]["report_of"] == "SERVICE DIRECTOR – CUSTOMERS, GOVERNANCE AND EMPLOYEES"
    assert draft["board"] == "Health Scrutiny Committee"
    assert (draft["meeting_date"], draft["title"]) == ("2026-01-13", "WORK PROGRAMME")
    assert draft["authors"] == [{"name": "Daniel Whitlock", "role": "Senior Scrutiny Officer"}]
    assert draft["questions"]["background_papers"] == []


def test_the_signature_after_the_recommendations_is_no_recommendation(tmp_path: Path) -> None:
    """The chairman's name over their post after the recommendations is the report's signature:
    with no recommendation above it, the paper has none (and check says so)."""
    draft = extract_under(tmp_path, COUNCIL_REPORT, _council_report(["That the Committee agrees its work programme."], "None."))
    assert draft["recommendations"] == ["That the Committee agrees its work programme."]
    codes = [finding["code"] for finding in findings_under(tmp_path, COUNCIL_REPORT, _council_report([], "None."))]
    assert "CS101" in codes or "CS201" in codes, codes
    assert not extract_under(tmp_path, COUNCIL_REPORT, _council_report([], "None.")).get("recommendations")


def test_a_numbered_prompt_left_under_an_implication_is_no_answer(tmp_path: Path) -> None:
    """"8.<tab>[Describe any equality implications]": the template's prompt, numbered as the
    report's paragraphs are, left in place: not answered."""
    draft = extract_under(tmp_path, COUNCIL_REPORT, _council_report(["That the Committee agrees."], "8.\t[Describe any equality implications]"))
    assert not (draft.get("implications") or {}).get("equality")


AUDIT_TRAIL = """
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
name = "background_documents"
labels = ["BACKGROUND DOCUMENTS"]
kind = "list"
[[questions]]
name = "appendices"
labels = ["APPENDICES"]
kind = "references"
[[questions]]
field = "sponsor"
labels = ["Lead Officer"]
[[questions]]
name = "comments_finance"
labels = ["Strategic Director of Finance"]
kind = "choice"
options = ["Yes", "No"]
[[questions]]
name = "comments_cabinet_member"
labels = ["Cabinet Member"]
kind = "choice"
options = ["Yes", "No"]
"""


def test_small_tables_under_a_councils_closing_headings(tmp_path: Path) -> None:
    """A council report's closing tables: "Background Papers | Held At | Contact" over the papers
    (the papers named; "None" is nothing), "No. | Title" over the appendices (the paper's title
    asked above: "Title" here names a column), and "Officer Title | Comments Sought | Comments
    Included" part way down the audit trail, over one officer a row: each answered in the first
    column after its label."""
    document = Document()
    add_table(document, [["Report title:", "Financial Shield project update"]])
    bold_line(document, "BACKGROUND DOCUMENTS")
    add_table(document, [["Background Papers", "Held At", "Contact"],
                         ["Joint Health and Wellbeing Strategy 2022-27", "160 Tooley Street", "Jin Lim"]])
    bold_line(document, "APPENDICES")
    add_table(document, [["No.", "Title"], ["Appendix 1", "Evaluation report 2024/25"], ["Appendix 2", "Case studies"]])
    bold_line(document, "AUDIT TRAIL")
    add_table(document, [["Lead Officer", "Clive Palfreyman, Strategic Director of Resources", ""],
                         ["CONSULTATION WITH OTHER OFFICERS", "", ""],
                         ["Officer Title", "Comments Sought", "Comments Included"],
                         ["Strategic Director of Finance", "Yes", "No"],
                         ["Cabinet Member", "No", "No"]])
    draft = extract_under(tmp_path, AUDIT_TRAIL, document)
    questions = draft["questions"]
    assert questions["background_documents"] == ["Joint Health and Wellbeing Strategy 2022-27"]
    assert questions["appendices"] == [{"id": "Appendix 1", "description": "Evaluation report 2024/25"},
                                       {"id": "Appendix 2", "description": "Case studies"}]
    assert (questions["comments_finance"], questions["comments_cabinet_member"]) == ("Yes", "No")
    assert draft["title"] == "Financial Shield project update"


def test_none_in_a_lists_table_is_nothing_to_list(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Report title:", "Financial Shield project update"]])
    bold_line(document, "BACKGROUND DOCUMENTS")
    add_table(document, [["Background Papers", "Held At", "Contact"], ["None", "None", "None"]])
    assert extract_under(tmp_path, AUDIT_TRAIL, document)["questions"]["background_documents"] == []


GRID = PROFILE + '''
[[questions]]
name = "objectives"
labels = ["Strategic Objectives"]
kind = "choice"
multiple = true
options = ["Provide outstanding care", "Improve health and wellbeing", "Empower our people"]
'''


def test_the_purpose_in_words_under_the_label_beside_the_marked_option(tmp_path: Path) -> None:
    """"Purpose | Decision/Approval | Discussion/Review | Information/Noting" over "To provide
    assurance on ... | | X |": the mark under the option is the purpose, the sentence under the
    label its words."""
    document = Document()
    _head(document)
    add_table(document, [["Purpose", "Decision/Approval", "Discussion/Review", "Information/Noting"],
                         ["To discuss the winter plan's bed model.", "", "X", ""]])
    purpose = extract_under(tmp_path, PROFILE, document)["purpose"]
    assert purpose["categories"] == ["discussion"]
    assert purpose["text"] == "To discuss the winter plan's bed model."


def test_a_grid_of_options_with_nothing_marked_is_no_answer(tmp_path: Path) -> None:
    """The objectives printed across a table's cells, the row for the marks left empty: none
    chosen (not every one), and `check` would say so."""
    document = Document()
    _head(document)
    add_table(document, [["Strategic Objectives", "", ""],
                         ["Provide outstanding care", "Improve health and wellbeing", "Empower our people"],
                         ["", "", ""]])
    assert not extract_under(tmp_path, GRID, document)["questions"]["objectives"]
    document.tables[1].rows[2].cells[1].text = "X"
    assert extract_under(tmp_path, GRID, document)["questions"]["objectives"] == ["Improve health and wellbeing"]


EXECUTIVE_SUMMARY = """
[[questions]]
field = "board"
labels = ["Report to the"]
[[questions]]
field = "meeting_date"
labels = ["Held on"]
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "purpose"
labels = ["Status"]
multiple = false
[[questions]]
field = "governance"
labels = ["Approval process"]
parts = ["forum", "date", "outcome"]
[purposes]
"A" = "approval"
"D" = "discussion"
"N" = "information"
"""


def _executive_summary() -> Document:
    document = Document()
    document.add_paragraph("REPORT TO THE BOARD OF DIRECTORS HELD ON 19 NOVEMBER 2025")
    table = add_table(document, [["Subject", "Integrated Performance Report"], ["Status", "N"]])
    mark = table.rows[1].cells[0].paragraphs[0].add_run("1")  # "Status¹", the mark a superscript digit
    mark.font.superscript = True
    add_table(document, [["APPROVAL PROCESS", "", ""], ["Meeting", "Presentation Date", "Approved Y/N"],
                         ["Trust Executive Group", "12 November 2025", "Y"]])
    document.add_paragraph("1 Status: A = Approval; D = Debate; N = Note")  # the form's footnote
    return document


def test_two_labels_on_one_line_each_with_its_value(tmp_path: Path) -> None:
    """"REPORT TO THE BOARD OF DIRECTORS HELD ON 19 NOVEMBER 2025": the board, then "Held on"
    the meeting's date."""
    draft = extract_under(tmp_path, EXECUTIVE_SUMMARY, _executive_summary())
    assert (draft["board"], draft["meeting_date"]) == ("BOARD OF DIRECTORS", "2025-11-19")


def test_a_labels_footnote_mark_and_the_footnote_itself(tmp_path: Path) -> None:
    """"Status" with a superscript "1" is the board's "Status" (answered "N"), and the form's
    footnote "1 Status: A = Approval; ..." after the sheet is no second answer."""
    purpose = extract_under(tmp_path, EXECUTIVE_SUMMARY, _executive_summary())["purpose"]
    assert purpose["categories"] == ["information"]
    assert "Approval" not in (purpose.get("text") or "")


def test_history_columns_named_presentation_date_and_approved(tmp_path: Path) -> None:
    """"Meeting | Presentation Date | Approved Y/N": a forum, a date and an outcome a row."""
    draft = extract_under(tmp_path, EXECUTIVE_SUMMARY, _executive_summary())
    assert draft["governance"] == [{"forum": "Trust Executive Group", "date": "2025-11-12", "outcome": "Y"}]


def test_one_label_over_two_answers_one_a_line_below(tmp_path: Path) -> None:
    """"Committee and Date | Item" over "Cabinet | 12" over "11th December 2024 | Public" (a
    council's header table, printed plain): the committee, then the date under it; the item."""
    profile = """
[[questions]]
field = "board"
labels = ["Committee"]
[[questions]]
field = "meeting_date"
labels = ["Date"]
[[questions]]
field = "agenda_item"
labels = ["Item"]
[[questions]]
field = "title"
labels = ["Report title"]
"""
    document = Document()
    add_table(document, [["Committee and Date", "Item"], ["Cabinet", "12"], ["11th December 2024", "Public"]])
    document.add_paragraph("Director of Public Health Annual Report 2024")
    draft = extract_under(tmp_path, profile, document)
    assert (draft["board"], draft["meeting_date"], draft["agenda_item"]) == ("Cabinet", "2024-12-11", "12")


PUBLICATION = """
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "implications.quality"
labels = ["Quality impact assessment"]
[[questions]]
field = "implications.equality"
labels = ["Equality impact assessment"]
[[questions]]
field = "confidential"
labels = ["Is this report suitable for publication?"]
[confidentiality]
public = "Yes"
private = "No"
reason_label = "If no, give the reason (FOI exemption)"
"""


def _grid_then_publication(publish: str) -> Document:
    document = Document()
    add_table(document, [["Report title", "Restrictive practice report"]])
    add_table(document, [["Impact assessment", "Yes", "No", "N/A", "Comments"],
                         ["Quality impact assessment", "", "", "X", ""],
                         ["Equality impact assessment", "X", "", "", "Reported by ethnicity."]])
    add_table(document, [["Is this report suitable for publication?", publish],
                         ["If no, give the reason (FOI exemption)", ""]])
    return document


def test_an_x_under_n_a_with_no_comment_is_n_a(tmp_path: Path) -> None:
    """"Quality impact assessment | | | X |": the X under "N/A", the comment left empty: n/a (one
    mark beside a question is its yes only where no column says what it means)."""
    draft = extract_under(tmp_path, PUBLICATION, _grid_then_publication("Yes ☒    No ☐"))
    assert draft["implications"]["quality"]["answer"] == "n/a"
    assert draft["implications"]["equality"]["answer"] == "yes"


def test_a_tick_grids_columns_do_not_reach_the_next_table(tmp_path: Path) -> None:
    """"Is this report suitable for publication? | Yes ☒ No ☐" in a table after the impact grid,
    its answer cell under the grid's "Yes" column: the board's public word is "Yes", so the
    paper is public (it was read as the grid's yes: private, and a reason asked for)."""
    assert extract_under(tmp_path, PUBLICATION, _grid_then_publication("Yes ☒    No ☐"))["confidential"] is False
    assert extract_under(tmp_path, PUBLICATION, _grid_then_publication("Yes ☐    No ☒"))["confidential"] is True


def test_answers_printed_after_the_label_and_a_recommendations_stem(tmp_path: Path) -> None:
    """"Legal implications: Yes/No | No" (the form's words after the label left, the answer beside
    them) is no; "Legal implications: Yes" with the other word deleted is yes; the stem "The Board
    is requested to:" over what it is asked is no recommendation."""
    profile = PROFILE + '[[questions]]\nfield = "recommendations"\nlabels = ["Recommendation"]\n'
    document = Document()
    _head(document)
    table = add_table(document, [["Recommendation:"], ["The Board is requested to:"], ["Legal implications: Yes/No", "No"]])
    for line in ("APPROVE the plan;", "NOTE the risks."):
        table.rows[1].cells[0].add_paragraph(line)  # a paragraph each in the stem's cell
    draft = extract_under(tmp_path, profile, document)
    assert draft["questions"]["legal"]["answer"] == "no"
    assert draft["recommendations"] == ["APPROVE the plan;", "NOTE the risks."]
    document.tables[1].rows[2].cells[0].text = "Legal implications: Yes"
    document.tables[1].rows[2].cells[1].text = "Contract law applies."
    assert extract_under(tmp_path, profile, document)["questions"]["legal"]["answer"] == "yes"


def test_numbered_parts_of_the_form_over_its_numbered_labels(tmp_path: Path) -> None:
    """An SBAR paper: a header table, then "1<tab>Purpose" (a part of the form, no question) over
    "This is presented to the Board for:", and "2<tab>Report summary" over "2.1<tab>Situation",
    "2.2<tab>Background": the form numbers its labels, the sheet goes on past "1 Purpose"."""
    profile = """
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "purpose"
labels = ["This is presented to the Board for"]
[[questions]]
field = "executive_summary"
labels = ["Situation"]
[[questions]]
name = "background"
labels = ["Background"]
kind = "text"
[[questions]]
field = "recommendations"
labels = ["Recommendation"]
"""
    document = Document()
    add_table(document, [["Title:", "Integrated Performance Report"]])
    for heading, text in (("1\tPurpose", None), ("This is presented to the Board for:", "Assurance"),
                          ("2\tReport summary", None), ("2.1\tSituation", "Performance against the key measures."),
                          ("2.2\tBackground", "The report is produced monthly."),
                          ("2.4\tRecommendation", "The Board is asked to take assurance.")):
        bold_line(document, heading)
        if text:
            document.add_paragraph(text)
    draft = extract_under(tmp_path, profile, document)
    assert draft["purpose"]["categories"] == ["assurance"]
    assert draft["executive_summary"] == "Performance against the key measures."
    assert draft["questions"]["background"] == "The report is produced monthly."
    assert draft["recommendations"] == ["The Board is asked to take assurance."]


def test_a_council_grid_of_cells_each_left_as_its_answer(tmp_path: Path) -> None:
    """A council's header grid: the board's name on the line the profile places it (its name also
    a label), "Open Report" and "For Decision" left alone in their cells where the form prints
    "Open Report / Exempt Report" and "For Decision / For Information", "Wards Affected: All |
    Key Decision: No" two questions in one row, and "Implications completed by: ..." over an
    implication's text, the sign-off, no part of it."""
    profile = """
[[questions]]
field = "board"
labels = ["HEALTH AND WELLBEING BOARD"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 2
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "confidential"
labels = ["Open Report / Exempt Report"]
[[questions]]
field = "purpose"
labels = ["For Decision / For Information"]
[[questions]]
name = "wards"
labels = ["Wards Affected"]
kind = "text"
[[questions]]
name = "key_decision"
labels = ["Key Decision"]
kind = "choice"
options = ["Yes", "No"]
[[questions]]
name = "legal"
labels = ["Legal Implications"]
kind = "text"
[purposes]
"For Decision" = "approval"
"For Information" = "information"
[confidentiality]
public = "Open Report"
private = "Exempt Report"
"""
    document = Document()
    document.add_paragraph("HEALTH AND WELLBEING BOARD")
    document.add_paragraph("10 March 2026")
    add_table(document, [["Title: Pharmaceutical Needs Assessment", ""], ["Open Report", "For Decision"],
                         ["Wards Affected: All", "Key Decision: No"]])
    bold_line(document, "Legal Implications")
    cell = add_table(document, [["Implications completed by: Lindsey Marks, Deputy Head of Law"]]).rows[0].cells[0]
    cell.add_paragraph("The duty arises under section 128A of the NHS Act 2006.")
    draft = extract_under(tmp_path, profile, document)
    assert (draft["board"], draft["meeting_date"]) == ("HEALTH AND WELLBEING BOARD", "2026-03-10")
    assert draft["confidential"] is False
    assert draft["purpose"]["categories"] == ["approval"]
    assert (draft["questions"]["wards"], draft["questions"]["key_decision"]) == ("All", "No")
    assert draft["questions"]["legal"] == "The duty arises under section 128A of the NHS Act 2006."


def test_a_scrutiny_reports_placed_lines_below_a_small_box_and_its_headings(tmp_path: Path) -> None:
    """A scrutiny report: a small box ("Local Members' Interest | N/A") above the committee line
    with its date and the title, which the profile places as lines 1 and 2; "Report of the
    Chief Delivery Officer, Staffordshire ICB" (a post, no one named); the summary asked under
    "Summary", then the report's own headings "Report" and "Background", no part of it."""
    profile = """
[[questions]]
name = "local_members_interest"
labels = ["Local Members' Interest"]
kind = "text"
[[questions]]
field = "board"
labels = ["Committee"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 1
[[questions]]
field = "title"
labels = ["Title of Report"]
line = 2
[[questions]]
field = "sponsor"
labels = ["Report of"]
[[questions]]
field = "executive_summary"
labels = ["What is the Committee being asked to do and why?"]
"""
    document = Document()
    add_table(document, [["Local Members' Interest"], ["N/A"]])
    bold_line(document, "Health and Care Overview and Scrutiny Committee – Monday 30 November 2026")
    bold_line(document, "Urgent and Emergency Care – Winter Plan 2026/27")
    bold_line(document, "Report of the Chief Delivery Officer, Staffordshire and Stoke-on-Trent ICB")
    bold_line(document, "Summary")
    bold_line(document, "What is the Committee being asked to do and why?")
    document.add_paragraph("To scrutinise the winter plan.")
    bold_line(document, "Report")
    bold_line(document, "Background")
    document.add_paragraph("1.\tThe winter plan sets out the additional capacity commissioned.")
    draft = extract_under(tmp_path, profile, document)
    assert (draft["board"], draft["meeting_date"]) == ("Health and Care Overview and Scrutiny Committee", "2026-11-30")
    assert draft["title"] == "Urgent and Emergency Care – Winter Plan 2026/27"
    assert draft["sponsor"] == {"name": None, "role": "Chief Delivery Officer, Staffordshire and Stoke-on-Trent ICB"}
    assert draft["executive_summary"] == "To scrutinise the winter plan."


def test_a_date_in_capitals_is_no_numbered_heading(tmp_path: Path) -> None:
    """"AGENDA ITEM 5", the committee, "16 MARCH 2026" and the title, bold, as a council prints
    them: the date in capitals is the meeting's date, not the report's first numbered section
    (the walk stopped there, and every paper was "no cover sheet")."""
    profile = """
[[questions]]
field = "agenda_item"
labels = ["AGENDA ITEM"]
[[questions]]
field = "board"
labels = ["Committee"]
line = 1
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
line = 2
[[questions]]
field = "title"
labels = ["Title of report"]
line = 3
[[questions]]
field = "executive_summary"
labels = ["Summary"]
"""
    document = Document()
    for line in ("AGENDA ITEM 5", "HEALTH OVERVIEW AND SCRUTINY COMMITTEE", "16 MARCH 2026",
                 "URGENT AND EMERGENCY CARE – WINTER 2025/26", "Summary"):
        bold_line(document, line)
    document.add_paragraph("1.\tThe Committee has requested an update on winter performance.")
    draft = extract_under(tmp_path, profile, document)
    assert (draft["agenda_item"], draft["meeting_date"]) == ("5", "2026-03-16")
    assert draft["title"] == "URGENT AND EMERGENCY CARE – WINTER 2025/26"
    assert draft["executive_summary"] == "The Committee has requested an update on winter performance."


def test_a_label_in_two_languages_and_not_required_in_a_sentence(tmp_path: Path) -> None:
    """A Welsh board's label cells, "TEITL YR ADRODDIAD:" over "TITLE OF REPORT:" (the profile
    gives both): one label, its answer in the next cell, not "TITLE OF REPORT:" and the title;
    "An Equality Impact Assessment is not required for this update" is n/a, as "Not required" is."""
    profile = """
[[questions]]
field = "title"
labels = ["TITLE OF REPORT", "TEITL YR ADRODDIAD"]
[[questions]]
field = "sponsor"
labels = ["LEAD DIRECTOR", "CYFARWYDDWR ARWEINIOL"]
[[questions]]
field = "implications.equality"
labels = ["Equality"]
"""
    document = Document()
    add_table(document, [["TEITL YR ADRODDIAD:\nTITLE OF REPORT:", "Pressure Damage Improvement Programme"],
                         ["CYFARWYDDWR ARWEINIOL:\nLEAD DIRECTOR:", "Eleri Morgan, Director of Nursing"],
                         ["Equality", "An Equality Impact Assessment is not required for this update report."]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["title"] == "Pressure Damage Improvement Programme"
    assert draft["sponsor"] == {"name": "Eleri Morgan", "role": "Director of Nursing"}
    assert draft["implications"]["equality"]["answer"] == "n/a"


def test_plain_labels_across_and_an_instruction_left_under_the_option(tmp_path: Path) -> None:
    """Three of the board's labels across a row, printed plain ("Consequence | Likelihood | RAG
    Rating" over "4 | 4 | 16"), are answered in the row below; "Assurance" over "(delete as
    appropriate)", the others deleted, is the purpose (the instruction is the form's)."""
    profile = PROFILE + """
[[questions]]
name = "consequence"
labels = ["Consequence"]
kind = "text"
[[questions]]
name = "likelihood"
labels = ["Likelihood"]
kind = "text"
[[questions]]
name = "rag"
labels = ["RAG Rating"]
kind = "text"
"""
    document = Document()
    _head(document)
    table = add_table(document, [["Purpose", "Discussion/Review"], ["Consequence", "Likelihood", "RAG Rating"], ["4", "4", "16"]])
    table.rows[0].cells[1].add_paragraph("(delete as appropriate)")
    draft = extract_under(tmp_path, profile, document)
    assert (draft["questions"]["consequence"], draft["questions"]["likelihood"], draft["questions"]["rag"]) == ("4", "4", "16")
    assert draft["purpose"]["categories"] == ["discussion"]


def test_a_comments_column_with_its_instruction_in_brackets(tmp_path: Path) -> None:
    """"Impact assessment | Yes | No | N/A | Comments (required where Yes or No)": the last column
    is the note's, so the grid is read by its columns (an X under N/A is n/a)."""
    document = Document()
    add_table(document, [["Report title", "Chief Executive's report"]])
    add_table(document, [["Impact assessment", "Yes", "No", "N/A", "Comments (required where Yes or No)"],
                         ["Quality impact assessment", "", "", "X", ""],
                         ["Equality impact assessment", "", "X", "", "No adverse impact."]])
    draft = extract_under(tmp_path, PUBLICATION, document)
    assert draft["implications"]["quality"]["answer"] == "n/a"
    assert draft["implications"]["equality"] == {"answer": "no", "note": "No adverse impact."}


def test_a_label_with_its_value_beside_the_first_header_line(tmp_path: Path) -> None:
    """"Health and Wellbeing Board | Item No. 6" as the header table's first row: the board's line,
    and the item beside it answered by its own label."""
    profile = """
[[questions]]
field = "agenda_item"
labels = ["Item No."]
[[questions]]
field = "title"
labels = ["Report title"]
"""
    document = Document()
    add_table(document, [["Health and Wellbeing Board", "Item No. 6"], ["Report title:", "Better Care Fund Plan"]])
    draft = extract_under(tmp_path, profile, document)
    assert (draft["agenda_item"], draft["title"]) == ("6", "Better Care Fund Plan")


def test_the_lead_in_over_the_history_is_no_entry(tmp_path: Path) -> None:
    """"Route to the Meeting", then the form's lead-in sentence and the groups a paragraph each:
    two entries, not a third "with no date" that failed every complete paper."""
    profile = '[[questions]]\nfield = "title"\nlabels = ["Title"]\n[[questions]]\nfield = "governance"\nlabels = ["Route to the Meeting"]\n'
    document = Document()
    add_table(document, [["Title:", "Integrated Performance Report"]])
    bold_line(document, "Route to the Meeting")
    document.add_paragraph("This paper has been previously considered by the following groups as part of its development. "
                           "The groups have either supported the content, or their feedback has informed the report.")
    document.add_paragraph("Executive Directors' Group, 8 January 2026")
    document.add_paragraph("Clinical Governance Committee, 9 January 2026")
    draft = extract_under(tmp_path, profile, document)
    assert [entry["forum"] for entry in draft["governance"]] == ["Executive Directors' Group", "Clinical Governance Committee"]


def test_a_labelled_answer_in_a_table_in_the_page_header(tmp_path: Path) -> None:
    """"Agenda item: | 6 | Public / Private: | Public" as a table in the page header: each label's
    answer is the cell beside it (the agenda item was lost, so every complete paper failed)."""
    profile = '[[questions]]\nfield = "agenda_item"\nlabels = ["Agenda item"]\n[[questions]]\nfield = "title"\nlabels = ["Title of report"]\n' \
        '[[questions]]\nfield = "meeting_date"\nlabels = ["Date of meeting"]\n'
    document = Document()
    header = document.sections[0].header
    table = header.add_table(rows=1, cols=4, width=document.sections[0].page_width)
    for cell, text in zip(table.rows[0].cells, ["Agenda item:", "6", "Public / Private:", "Public"]):
        cell.text = text
    add_table(document, [["Title of report", "Falls prevention update"], ["Date of meeting", "14 May 2025"]])
    draft = extract_under(tmp_path, profile, document)
    assert (draft["agenda_item"], draft["title"]) == ("6", "Falls prevention update")


def test_the_explanations_printed_lead_is_no_part_of_the_note(tmp_path: Path) -> None:
    """"☒ Yes ☐ No" over "Details: No personal data." in the answer's cell: the note is what the
    author wrote after the form's "Details:", and "Details:" left alone is no note."""
    profile = PROFILE + '[[questions]]\nfield = "implications.privacy"\nlabels = ["Data protection impact assessment"]\n' \
        '[[questions]]\nfield = "implications.equality"\nlabels = ["Equality impact assessment"]\n'
    document = Document()
    _head(document)
    add_table(document, [["Data protection impact assessment", "☐ Yes    ☒ No\nDetails: No personal data."],
                         ["Equality impact assessment", "☒ Yes    ☐ No\nDetails:"],
                         ["Legal implications", "☐ Yes  ☐ No  ☒ N/A\nIf yes, please give details: none arise."]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["implications"]["privacy"] == {"answer": "no", "note": "No personal data."}
    assert draft["implications"]["equality"] == {"answer": "yes", "note": None}
    assert draft["questions"]["legal"] == {"answer": "n/a", "note": "none arise."}


def test_a_placed_line_answering_a_person_is_read_as_one(tmp_path: Path) -> None:
    """An unlabelled line the profile places for the Executive Lead ("Director of Finance"): a
    post with no one named, read as a person (it was handed on as text, and every paper failed
    with "expected a mapping"); a post ending in "Contact" keeps the word."""
    profile = '''
[[questions]]
field = "sponsor"
labels = ["Executive Lead"]
line = 2
[[questions]]
field = "title"
labels = ["Title of paper"]
line = 3
[[questions]]
field = "authors"
labels = ["Report author"]
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
'''
    document = Document()
    for text in ("Board Meeting", "Director of Finance", "FINANCIAL POSITION TO NOVEMBER 2025"):
        document.add_paragraph(text)
    add_table(document, [["Report author", "Gemma Lloyd, LeDeR Local Area Contact"], ["Date of meeting", "4 February 2026"]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["sponsor"] == {"name": None, "role": "Director of Finance"}
    assert draft["authors"] == [{"name": "Gemma Lloyd", "role": "LeDeR Local Area Contact"}]


_GRID_PROFILE = '''
[[questions]]
field = "title"
labels = ["Title of Report"]
[[questions]]
field = "purpose"
labels = ["Recommendation"]
[[questions]]
field = "governance"
labels = ["Governance"]
parts = ["forum", "date"]
[[questions]]
name = "goals"
labels = ["Links to Strategic Goals"]
kind = "choice"
multiple = true
options = ["Quality and Patient Safety", "Effective workforce", "Sustainable organisation"]
[[questions]]
field = "implications.equality"
labels = ["Equality Impact"]
[[questions]]
field = "implications.financial"
labels = ["Financial"]
[[questions]]
field = "confidential"
labels = ["Report exempt from Public Disclosure?"]
[purposes]
"To approve" = "approval"
"To note" = "information"
"For assurance" = "assurance"
'''


def _grid_paper(purpose_box: str, equality: tuple[str, str], goal_mark: str):
    document = Document()
    add_table(document, [["Title of Report:", "Clinical audit programme"]])
    add_table(document, [["Recommendation:", "To approve", "To note", "For assurance"], ["", "", "", purpose_box]])
    add_table(document, [["Governance:\nPlease indicate which committee this paper has been to:", "", "", ""],
                         ["", "Date", "", "Date"],
                         ["Trust Board", "", "Executive Management Team", "03/11/2025"],
                         ["Audit Committee", "", "Quality Group", "21/10/2025"]])
    add_table(document, [["Monitoring and assurance framework summary:\nLinks to Strategic Goals (please tick all that apply)", ""],
                         [goal_mark, "Quality and Patient Safety"], ["", "Effective workforce"], ["", "Sustainable organisation"]])
    add_table(document, [["Any impact on the following?", "Yes (✓)", "No (✓)", "If yes, is action detailed in the report? / Comment"],
                         ["Equality Impact", equality[0], equality[1], "No negative impact identified"],
                         ["Financial", "", "✓", ""],
                         ["Report exempt from Public Disclosure?", "", "Yes", ""]])
    return document


def test_a_grid_whose_columns_say_how_to_mark_them_and_yes_typed_as_the_mark(tmp_path: Path) -> None:
    """"Any impact? | Yes (✓) | No (✓) | If yes, ...? / Comment": the columns are Yes and No (the
    ✓ in the header says how to mark them, it is no tick) and the last column the note; "Yes"
    typed into a column's cell is its mark, as ✓ is. (Every "no" was read as "yes" and a public
    paper as exempt.) The purpose row's box, the goal's box before its words, likewise."""
    draft = extract_under(tmp_path, _GRID_PROFILE, _grid_paper("Yes", ("", "Yes"), "✓"))
    assert draft["implications"]["equality"] == {"answer": "no", "note": "No negative impact identified"}
    assert draft["implications"]["financial"]["answer"] == "no"
    assert draft["confidential"] is False
    assert draft["purpose"]["categories"] == ["assurance"]
    assert draft["questions"]["goals"] == ["Quality and Patient Safety"]


def test_a_history_grid_of_two_forum_and_date_pairs_a_row(tmp_path: Path) -> None:
    """" | Date | | Date" over "Trust Board | | Executive Management Team | 03/11/2025": the
    forums printed with a date cell beside each, two a row; those dated are the history (the
    header naming only the dates ended the history, and every forum was lost)."""
    draft = extract_under(tmp_path, _GRID_PROFILE, _grid_paper("X", ("✓", ""), ""))
    assert [(entry["forum"], entry["date"]) for entry in draft["governance"]] == [
        ("Executive Management Team", "2025-11-03"), ("Quality Group", "2025-10-21")]


def test_every_purpose_left_standing_over_empty_boxes_is_no_purpose(tmp_path: Path) -> None:
    """The purpose options a cell each over a row of empty boxes, nothing marked: the blank form's
    row, no purpose given (it was read as "assurance", the last word standing)."""
    draft = extract_under(tmp_path, _GRID_PROFILE, _grid_paper("", ("✓", ""), ""))
    assert draft["purpose"] is None


_WELSH = '''
[[questions]]
field = "board"
labels = ["Meeting"]
[[questions]]
field = "meeting_date"
labels = ["Meeting and date", "Cyfarfod a dyddiad"]
[[questions]]
field = "title"
labels = ["Report Title", "Teitl yr Adroddiad"]
[[questions]]
field = "governance"
labels = ["Prior Scrutiny", "Craffu blaenorol"]
[[questions]]
name = "appendices"
labels = ["Appendices", "Atodiadau"]
kind = "text"
[[questions]]
name = "strategy"
labels = ["Strategy Implications", "Goblygiadau Strategaeth"]
kind = "text"
[[questions]]
name = "options"
labels = ["Options considered", "Opsiynau a ystyriwyd"]
kind = "text"
[[questions]]
field = "implications.financial"
labels = ["Financial Implications", "Goblygiadau Ariannol"]
'''


def test_labels_in_two_languages_after_a_history_and_several_headings_in_one_cell(tmp_path: Path) -> None:
    """"Atodiadau" over "Appendices:" after the history row is the next label (it was read as a
    forum); one cell holding "Goblygiadau Strategaeth / Strategy Implications" then its paragraph,
    "Opsiynau a ystyriwyd / Options considered" then its, ...: each heading a label and the
    paragraphs under it its answer (all ran into the first); "Audit Committee 4.12.25" is the
    meeting and its date in figures."""
    document = Document()
    add_table(document, [["Cyfarfod a dyddiad:\nMeeting and date:", "Audit Committee 4.12.25"],
                         ["Teitl yr Adroddiad\nReport Title:", "Internal Audit Progress Report"],
                         ["Craffu blaenorol:\nPrior Scrutiny:", "Executive Team – 19 November 2025 – noted"],
                         ["Atodiadau\nAppendices:", "Appendix 1 – Progress Report December 2025"]])
    table = document.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0]
    cell.text = "Goblygiadau Strategaeth / Strategy Implications"
    for text in ("The work supports the governance framework.", "Opsiynau a ystyriwyd / Options considered",
                 "Not applicable – the report is for assurance.", "Goblygiadau Ariannol / Financial Implications",
                 "There are no financial implications arising from this report."):
        cell.add_paragraph(text)
    draft = extract_under(tmp_path, _WELSH, document)
    assert [entry["forum"] for entry in draft["governance"]] == ["Executive Team"]
    assert draft["questions"]["appendices"] == "Appendix 1 – Progress Report December 2025"
    assert draft["questions"]["strategy"] == "The work supports the governance framework."
    assert draft["questions"]["options"] == "Not applicable – the report is for assurance."
    assert draft["implications"]["financial"]["answer"] == "no"
    assert (draft["board"], draft["meeting_date"]) == ("Audit Committee", "2025-12-04")


_COUNCIL = '''
[[questions]]
field = "title"
labels = ["TITLE"]
[[questions]]
field = "meeting_date"
labels = ["Date"]
[[questions]]
name = "priorities"
labels = ["Implications (tick all that apply)"]
kind = "choice"
multiple = true
options = ["Closing the Gap", "Healthy and Affordable Food", "Joint Strategic Needs Assessment"]
[[questions]]
field = "executive_summary"
labels = ["Report summary"]
[[questions]]
field = "authors"
labels = ["Officer Contact"]
'''


def test_a_council_report_with_a_people_table_after_its_own_sections(tmp_path: Path) -> None:
    """The options' table under a caption row, an option's row never a label of its own; then
    the report's numbered sections; then "Officer Contact", its lead-in "... please get in touch
    with:" and a "Name | Title / Organisation" table: the people a row each (the walk stopped at
    the report's first numbered heading, and "Name" was read as a person)."""
    document = Document()
    add_table(document, [["TITLE:", "Joint Strategic Needs Assessment Update"], ["Date:", "25 November 2025"]])
    bold_line(document, "Implications (tick all that apply):")
    options = add_table(document, [["Creating a Bolder, Healthier City (2022-2030) – Strategic Priorities", ""],
                                   ["Closing the Gap", "X"], ["Healthy and Affordable Food", ""],
                                   ["Joint Strategic Needs Assessment", "X"]])
    for cell in (options.cell(0, 0), options.cell(3, 0)):  # the caption and the last option set apart in bold
        cell.paragraphs[0].runs[0].bold = True
    bold_line(document, "Report summary")
    document.add_paragraph("The core dataset was refreshed in October.")
    bold_line(document, "1.\tBackground")
    document.add_paragraph("1.1\tThe JSNA is published every year and used by every partner to plan services for residents.")
    bold_line(document, "2.\tPerformance")
    document.add_paragraph("2.1\tThe full dataset is at Appendix A and on the council's website for everyone to use.")
    bold_line(document, "Officer Contact")
    document.add_paragraph("If you have any questions about matters contained in this paper please get in touch with:")
    add_table(document, [["Name", "Title / Organisation"], ["Fiona Grant", "Service Lead, Public Health Intelligence"]])
    draft = extract_under(tmp_path, _COUNCIL, document)
    assert draft["questions"]["priorities"] == ["Closing the Gap", "Joint Strategic Needs Assessment"]
    assert draft["authors"] == [{"name": "Fiona Grant", "role": "Service Lead, Public Health Intelligence"}]


def test_a_placed_line_with_a_labelled_answer_after_a_tab_and_a_numbered_history_sentence(tmp_path: Path) -> None:
    """"SOCIAL SERVICES (ADULTS)<tab>AGENDA ITEM: 3" on the line the profile places the portfolio:
    the item answers its own label, the portfolio is the rest (every paper lost its item); and
    "5.<tab>The ... Scrutiny Committee considered the draft on 12 January 2027." under the
    history's heading: the report's paragraph number is no part of the forum."""
    profile = '''
[[questions]]
field = "title"
labels = ["Report title"]
line = 2
[[questions]]
name = "portfolio"
labels = ["Portfolio"]
kind = "text"
line = 3
[[questions]]
field = "agenda_item"
labels = ["AGENDA ITEM"]
[[questions]]
field = "governance"
labels = ["Scrutiny Consideration"]
parts = ["forum", "date"]
[[questions]]
name = "reason"
labels = ["Reason for Recommendations"]
kind = "text"
'''
    document = Document()
    for text in ("CABINET MEETING: 21 JANUARY 2027", "CARDIFF AND VALE CARERS STRATEGY 2027–2030",
                 "SOCIAL SERVICES (ADULTS) (COUNCILLOR ELERI HOWELLS)\tAGENDA ITEM: 3"):
        document.add_paragraph(text)
    bold_line(document, "Scrutiny Consideration")
    document.add_paragraph("5.\tThe Community and Adult Services Scrutiny Committee considered the draft strategy on 12 January 2027.")
    bold_line(document, "Reason for Recommendations")
    document.add_paragraph("6.\tTo meet the Council's duties to carers.")
    draft = extract_under(tmp_path, profile, document)
    assert draft["agenda_item"] == "3"
    assert draft["questions"]["portfolio"] == "SOCIAL SERVICES (ADULTS) (COUNCILLOR ELERI HOWELLS)"
    assert [(entry["forum"], entry["date"]) for entry in draft["governance"]] == [
        ("Community and Adult Services Scrutiny Committee", "2027-01-12")]


def test_labels_in_heading_bars_over_paragraphs_and_risks_named_with_the_word_risk(tmp_path: Path) -> None:
    """Each label alone in a one-cell table (the form's heading bar) with its answer in the
    paragraphs under the table (every answer was lost and every complete paper failed); "BAF
    Risk 1 – …" and "Corporate risk 1094 – …" are references."""
    profile = '''
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "executive_summary"
labels = ["Background / Executive Summary"]
[[questions]]
field = "recommendations"
labels = ["Recommendation(s)"]
[[questions]]
name = "baf"
labels = ["Links to Board Assurance Framework (BAF) and key risks"]
kind = "references"
'''
    document = Document()
    add_table(document, [["Report title:", "Safeguarding half-year report"], ["Agenda item:", "9"]])
    for label, answers in (("Background / Executive Summary:", ["The Trust raised 14,230 referrals.", "Training compliance is 88%."]),
                           ("Recommendation(s):", ["The Committee is asked to receive the report for assurance."]),
                           ("Links to Board Assurance Framework (BAF) and key risks:",
                            ["BAF Risk 1 – Failure to deliver safe and effective patient care",
                             "Corporate risk 1094 – Delayed response to Category 2 patients"])):
        add_table(document, [[label]])
        for text in answers:
            document.add_paragraph(text)
    draft = extract_under(tmp_path, profile, document)
    assert draft["executive_summary"] == "The Trust raised 14,230 referrals.\nTraining compliance is 88%."
    assert draft["recommendations"] == ["The Committee is asked to receive the report for assurance."]
    assert [ref["id"] for ref in draft["questions"]["baf"]] == ["BAF Risk 1", "Corporate risk 1094"]


def test_an_item_heading_that_gives_the_item_then_the_title(tmp_path: Path) -> None:
    """"Item 6: NHS Dentistry in Kent" as the report's first line: item 6, titled after the colon."""
    profile = '''
[[questions]]
field = "agenda_item"
labels = ["Item"]
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "presented_by"
labels = ["By"]
'''
    document = Document()
    bold_line(document, "Item 6: NHS Dentistry in Kent")
    document.add_paragraph("By:\tKent and Medway ICB")
    document.add_paragraph("To:\tHealth Overview and Scrutiny Committee – 21 January 2026")
    draft = extract_under(tmp_path, profile, document)
    assert (draft["agenda_item"], draft["title"]) == ("6", "NHS Dentistry in Kent")


_ENC = '''
[[questions]]
field = "agenda_item"
labels = ["Enc"]
[[questions]]
field = "confidential"
labels = ["HELD IN PUBLIC / PRIVATE"]
[[questions]]
field = "meeting_date"
labels = ["ON"]
line = 1
[[questions]]
field = "title"
labels = ["TITLE OF PAPER"]
line = 2
[[questions]]
field = "sponsor"
labels = ["Sponsoring Director"]
[[questions]]
field = "purpose"
labels = ["Purpose of the paper"]
[[questions]]
field = "recommendations"
labels = ["Recommendation"]
[purposes]
"For approval" = "approval"
"For assurance" = "assurance"
"For discussion" = "discussion"
"For information" = "information"
'''


def _enc_paper(held: str, purposes: str):
    document = Document()
    document.add_paragraph("Enc D")
    document.add_paragraph(f"REPORT TO THE TRUST BOARD OF DIRECTORS HELD IN {held} ON 31 MARCH 2026")
    bold_line(document, "BOARD ASSURANCE FRAMEWORK – QUARTER 4")
    add_table(document, [["Sponsoring Director", "Helen Crossley, Director of Corporate Affairs"]])
    bold_line(document, "Purpose of the paper")
    document.add_paragraph(purposes)
    document.add_paragraph("The paper aims to provide the Board with assurance on the strategic risks.")
    bold_line(document, "Recommendation")
    document.add_paragraph("The Board is asked to note the Board Assurance Framework.")
    return document


def test_the_word_kept_in_a_sentence_line_a_date_after_on_and_a_mark_after_one_of_a_line_of_options(tmp_path: Path) -> None:
    """"REPORT TO THE TRUST BOARD OF DIRECTORS HELD IN PUBLIC ON 31 MARCH 2026" where the form prints
    "HELD IN PUBLIC / PRIVATE ON [DATE]": public (PRIVATE deleted), the meeting on 31 March; the
    purposes a line set apart by tabs, "✓" typed after one: that one."""
    draft = extract_under(tmp_path, _ENC, _enc_paper("PUBLIC", "For approval\tFor assurance ✓\tFor discussion\tFor information"))
    assert (draft["confidential"], draft["meeting_date"]) == (False, "2026-03-31")
    assert draft["purpose"]["categories"] == ["assurance"]


def test_both_words_left_in_the_line_and_every_purpose_standing_are_no_answers(tmp_path: Path) -> None:
    """Fail closed: "HELD IN PUBLIC / PRIVATE" left as printed is no answer (never public), and
    the line of purposes with no mark is no purpose, the sentence under it notwithstanding."""
    draft = extract_under(tmp_path, _ENC, _enc_paper("PUBLIC / PRIVATE", "For approval\tFor assurance\tFor discussion\tFor information"))
    assert draft["confidential"] is None
    assert draft["purpose"] is None


def test_an_x_typed_over_the_first_options_box_in_a_line_of_boxes(tmp_path: Path) -> None:
    """"Level 1 X   Level 2 ☐   Level 3 ☐" (the X typed where the first box was): Level 1 (it ran
    into the next option's words and nothing was read)."""
    profile = PROFILE + '[[questions]]\nname = "level"\nlabels = ["Level of Assurance"]\nkind = "choice"\noptions = ["Level 1", "Level 2", "Level 3"]\n'
    document = Document()
    _head(document)
    add_table(document, [["Level of Assurance:", "Level 1 X   Level 2 ☐   Level 3 ☐"]])
    assert extract_under(tmp_path, profile, document)["questions"]["level"] == "Level 1"


def test_a_heading_beside_the_boards_labels_and_an_x_typed_over_the_last_box(tmp_path: Path) -> None:
    """"SUMMARY REPORT | BOARD OF DIRECTORS PART 1 | Agenda Item: 12" over " | 26 November 2025 |":
    the heading's words suggest the summary, but the board's own labels beside it are the row's
    questions (the date was lost); "Yes ☐   No X": no."""
    profile = PROFILE + '''
[[questions]]
field = "agenda_item"
labels = ["Agenda Item"]
[[questions]]
field = "meeting_date"
labels = ["Date of meeting", "BOARD OF DIRECTORS PART 1"]
[[questions]]
name = "mitigates"
labels = ["Does this report mitigate the Strategic risk(s)?"]
kind = "choice"
options = ["Yes", "No"]
'''
    document = Document()
    add_table(document, [["SUMMARY REPORT", "BOARD OF DIRECTORS PART 1", "Agenda Item: 12"], ["", "26 November 2025", ""]])
    _head(document)
    add_table(document, [["Does this report mitigate the Strategic risk(s)?", "Yes ☐   No X"]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["meeting_date"] == "2025-11-26"
    assert draft["questions"]["mitigates"] == "No"


def test_every_printed_answer_left_standing_and_a_label_after_the_signatories_post(tmp_path: Path) -> None:
    """"Yes (Include further detail below)" / "No (Include further detail below)" / "Not required"
    all left standing is no answer (it was read as "yes"); "Director of Public Health<tab>Date: 24
    February 2026" under "Signed by": the date is another label's, no part of the post."""
    profile = PROFILE + '''
[[questions]]
field = "implications.equality"
labels = ["Equality impact assessment completed"]
[[questions]]
name = "signed_by"
labels = ["Signed by"]
kind = "person"
'''
    document = Document()
    _head(document)
    add_table(document, [["Equality impact assessment completed",
                          "Yes (Include further detail below)\nNo (Include further detail below)\nNot required"],
                         ["Legal implications", "Yes (Include further detail below)\nPublication is a statutory duty."],
                         ["Signed by", "Dr Helen Marsh\nDirector of Public Health\t\t\tDate: 24 February 2026"]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["implications"]["equality"] is None
    assert draft["questions"]["legal"] == {"answer": "yes", "note": "Publication is a statutory duty."}
    assert draft["questions"]["signed_by"] == {"name": "Dr Helen Marsh", "role": "Director of Public Health"}


def test_lettered_sections_and_a_numbering_column_before_the_labels(tmp_path: Path) -> None:
    """An IJB report in lettered sections ("D.<tab>TERMS OF REPORT") with an implications table
    numbered in a column of its own ("I | Directions ... | A direction is not required", up to
    "X | Impact on other IJBs | None"): the letters and numerals are no part of the labels (every
    row and every section after the table was lost)."""
    profile = '''
[[questions]]
field = "purpose"
labels = ["PURPOSE OF REPORT"]
[[questions]]
name = "directions"
labels = ["Directions to NHS Lothian and/or West Lothian Council"]
kind = "text"
[[questions]]
name = "other_ijbs"
labels = ["Impact on other Lothian IJBs"]
kind = "text"
[[questions]]
name = "terms"
labels = ["TERMS OF REPORT"]
kind = "text"
[[questions]]
name = "consultation"
labels = ["CONSULTATION"]
kind = "text"
'''
    document = Document()
    bold_line(document, "A.\tPURPOSE OF REPORT")
    document.add_paragraph("The purpose of this report is to update the Board on the winter plan.")
    bold_line(document, "C.\tSUMMARY OF IMPLICATIONS")
    add_table(document, [["I", "Directions to NHS Lothian and/or West Lothian Council", "A direction is not required."],
                         ["X", "Impact on other Lothian IJBs", "None."]])
    bold_line(document, "D.\tTERMS OF REPORT")
    document.add_paragraph("D.1\tTwelve actions are on track.")
    bold_line(document, "E.\tCONSULTATION")
    document.add_paragraph("The Senior Management Team was consulted.")
    draft = extract_under(tmp_path, profile, document)
    assert draft["questions"]["directions"] == "A direction is not required."
    assert draft["questions"]["other_ijbs"] == "None."
    assert draft["questions"]["consultation"] == "The Senior Management Team was consulted."
    assert "Twelve actions are on track." in draft["questions"]["terms"]


def test_a_council_head_block_of_labelled_paragraphs_in_two_cells(tmp_path: Path) -> None:
    """"Report to the Cabinet" / "Meeting to be held on Thursday, 4 February 2027" / "Report of
    the Director of Public Health" in one cell beside "Part I" / "Electoral Division affected:" /
    "(All Divisions);": each paragraph its own label ("Report to" is not the board's "Report of the":
    the sponsor was read as "Cabinet"); the priorities kept on one line set apart by semicolons;
    the contact's post after the telephone."""
    profile = '''
[[questions]]
field = "meeting_date"
labels = ["Meeting to be held on"]
[[questions]]
field = "sponsor"
labels = ["Report of the"]
[[questions]]
field = "confidential"
labels = ["Part I / Part II"]
[[questions]]
name = "divisions"
labels = ["Electoral Division affected"]
kind = "text"
[[questions]]
name = "priorities"
labels = ["Corporate Priorities"]
kind = "choice"
multiple = true
options = ["Delivering better services", "Protecting our environment", "Caring for the vulnerable"]
[[questions]]
field = "authors"
labels = ["Contact for further information"]
'''
    document = Document()
    head = add_table(document, [["Report to the Cabinet", "Part I"]])
    for cell, more in zip(head.rows[0].cells, (["Meeting to be held on Thursday, 4 February 2027",
                                                "Report of the Director of Public Health and Wellbeing"],
                                               ["Electoral Division affected:", "(All Divisions);"])):
        for text in more:  # a paragraph each, as the form prints them
            cell.add_paragraph(text)
    bold_line(document, "Corporate Priorities:")
    document.add_paragraph("Caring for the vulnerable; Delivering better services;")
    bold_line(document, "Contact for further information:")
    document.add_paragraph("Clare Platt, Tel: (01772) 536287, Head of Public Health Commissioning")
    draft = extract_under(tmp_path, profile, document)
    assert draft["meeting_date"] == "2027-02-04"
    assert draft["sponsor"] == {"name": None, "role": "Director of Public Health and Wellbeing"}
    assert draft["questions"]["divisions"] == "(All Divisions);"
    assert draft["confidential"] is False  # "Part I" kept of the form's "Part I / Part II"
    assert draft["questions"]["priorities"] == ["Caring for the vulnerable", "Delivering better services"]
    assert draft["authors"] == [{"name": "Clare Platt", "role": "Head of Public Health Commissioning"}]


def test_the_reports_sign_off_at_its_foot_names_the_author_and_is_no_part_of_the_last_answer(tmp_path: Path) -> None:
    """A paper in numbered sections whose author signs it off under the last one ("Fiona Brodie" /
    "Deputy Director of Finance" / "23 January 2026" / e-mail, a paragraph each or lines of one):
    the author, when the form prints no author's label; the last answer ends above it."""
    profile = '''
[[questions]]
field = "purpose"
labels = ["Purpose of the Report"]
[[questions]]
field = "recommendations"
labels = ["Recommendations"]
[[questions]]
field = "implications.financial"
labels = ["Resource Implications"]
[[questions]]
field = "authors"
labels = ["Report author"]
'''
    for lines_of_one in (False, True):
        document = Document()
        bold_line(document, "1\tPurpose of the Report")
        document.add_paragraph("The purpose of this report is to set out the financial position.")
        bold_line(document, "2\tRecommendations")
        document.add_paragraph("Note the financial position to November 2025.")
        bold_line(document, "3\tResource Implications")
        document.add_paragraph("The resource implications are set out in the report.")
        sign_off = ["Fiona Brodie", "Deputy Director of Finance", "23 January 2026", "fiona.brodie@nhs.scot"]
        if lines_of_one:
            document.add_paragraph("\n".join(sign_off))
        else:
            for line in sign_off:
                document.add_paragraph(line)
        draft = extract_under(tmp_path, profile, document)
        assert draft["authors"] == [{"name": "Fiona Brodie", "role": "Deputy Director of Finance"}]
        assert draft["implications"]["financial"] == {"answer": "yes", "note": "The resource implications are set out in the report."}
