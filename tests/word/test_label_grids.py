"""Labels laid out in a grid of their own: a label whose answer is in the cell under it, with
other labels and their answers along the same rows ("TRUST BOARD REPORT | Item | 231" over
"11 November 2026 | Purpose | Information")."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under, findings_under

BOARD = '''
description = "A trust board's report cover whose first table is a grid of labels"
[[questions]]
field = "meeting_date"
labels = ["TRUST BOARD REPORT"]
[[questions]]
field = "agenda_item"
labels = ["Item"]
[[questions]]
field = "purpose"
labels = ["Purpose"]
[[questions]]
field = "title"
labels = ["Title"]
'''


def test_a_label_with_its_answer_under_it_and_another_label_and_answer_beside_it(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["TRUST BOARD REPORT", "Item", "231"],
                         ["11 November 2026", "Purpose", "Information\nAssurance"]])
    add_table(document, [["Title", "Infection Prevention and Control Annual Report"]])
    draft = extract_under(tmp_path, BOARD, document)
    assert draft["meeting_date"] == "2026-11-11"
    assert draft["agenda_item"] == "231"
    assert draft["purpose"]["categories"] == ["information", "assurance"]
    assert draft["title"] == "Infection Prevention and Control Annual Report"


def test_the_option_beside_its_label_is_still_its_answer(tmp_path: Path) -> None:
    # "Purpose | Assurance": the board's label "Assurance" elsewhere, but here the purpose picked
    profile = BOARD + '[[questions]]\nname = "assurance"\nlabels = ["Assurance"]\nkind = "text"\n'
    document = Document()
    add_table(document, [["Title", "Quarterly report"], ["Purpose", "Assurance"]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["purpose"]["categories"] == ["assurance"]


AUTHOR = '''
description = "A council-style report closing with an author table"
[[questions]]
field = "title"
labels = ["SUBJECT"]
[[questions]]
field = "authors"
labels = ["AUTHOR'S NAME"]
[[questions]]
name = "contact"
labels = ["CONTACT INFO"]
kind = "text"
'''


def test_a_designation_row_under_the_authors_name_is_the_authors_post(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["SUBJECT", "Winter Plan 2026/27"]])
    add_table(document, [["AUTHOR'S NAME", "Laura Kerr"], ["DESIGNATION", "Head of Operations"],
                         ["CONTACT INFO", "laura.kerr@nhs.scot"]])
    draft = extract_under(tmp_path, AUTHOR, document)
    assert draft["authors"] == [{"name": "Laura Kerr", "role": "Head of Operations"}]
    assert draft["questions"]["contact"] == "laura.kerr@nhs.scot"


PRIORITIES = '''
description = "A council report whose priorities are ticked in a grid under a numbered heading"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "authors"
labels = ["Contact officer"]
[[questions]]
name = "priorities"
labels = ["Contribution to the Borough Strategy"]
kind = "choice"
multiple = true
options = ["A positive start in life", "Good health and care", "Safe and strong communities"]
[[questions]]
name = "alternatives"
labels = ["Consideration of alternatives"]
kind = "text"
'''


def test_a_line_showing_how_to_mark_with_the_mark_in_brackets_is_the_forms_words(tmp_path: Path) -> None:
    # "Please indicate (✓) which …": the form shows its mark; it ticks nothing
    document = Document()
    add_table(document, [["Report title", "Suicide Prevention Plan"], ["Contact officer", "Ruth Kay"]])
    bold_line(document, "4.\tContribution to the Borough Strategy")
    document.add_paragraph("Please indicate (✓) which of the Borough Strategy priorities this report supports.")
    grid = add_table(document, [["Borough Strategy priority", "Tick"], ["A positive start in life", ""],
                                ["Good health and care", "✓"], ["Safe and strong communities", "X"]])
    for cell in grid.rows[0].cells:  # the grid's column names in bold, as forms print them
        cell.paragraphs[0].runs[0].bold = True
    bold_line(document, "5.\tConsideration of alternatives")
    document.add_paragraph("None: the plan is a statutory duty.")
    draft = extract_under(tmp_path, PRIORITIES, document)
    assert draft["questions"]["priorities"] == ["Good health and care", "Safe and strong communities"]


IJB = '''
description = "An IJB report: the purpose's boxes a row each with no label, the exempt question in words"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "purpose"
labels = ["Approval / Noting"]
[[questions]]
field = "confidential"
labels = ["Is this report exempt?"]
[[questions]]
field = "implications.financial"
labels = ["Financial"]
[[questions]]
field = "implications.equality"
labels = ["Equality, Diversity & Inclusion"]
[purposes]
"Approval" = "approval"
"Noting" = "information"
[confidentiality]
public = "Not exempt"
private = "Exempt"
'''


def test_the_purposes_words_a_row_each_with_their_boxes_and_no_label(tmp_path: Path) -> None:
    cases = [([["Approval", "☐"], ["Noting", "☒"]], ["information"]),
             ([["Approval", "X"], ["Noting", "☐"]], ["approval"])]  # an X typed in the box's cell
    for at, (marked, expected) in enumerate(cases):
        (tmp_path / str(at)).mkdir()
        document = Document()
        add_table(document, [["Title", "Internal Audit Plan 2027/28"]])
        add_table(document, marked)
        document.add_paragraph("Is this report exempt?\tYes ☐ (please detail the reasons for exemption below)\tNo ☒")
        draft = extract_under(tmp_path / str(at), IJB, document)
        assert draft["purpose"]["categories"] == expected
        assert draft["confidential"] is False  # the form's note between the options belongs to neither


def test_the_column_after_the_answers_holds_their_notes_whatever_its_header_asks(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title", "Chief Executive's Report"]])
    add_table(document, [
        ["Have these areas been considered?", "YES", "NO", "If yes, what are the implications or the impact? If no, please explain"],
        ["Financial", "X", "", "Winter funding of £0.6m confirmed by the ICB."],
        ["Equality, Diversity & Inclusion", "", "X", "No specific impact arising from this update report."]])
    draft = extract_under(tmp_path, IJB, document)
    assert draft["implications"]["financial"] == {"answer": "yes", "note": "Winter funding of £0.6m confirmed by the ICB."}
    assert draft["implications"]["equality"] == {"answer": "no", "note": "No specific impact arising from this update report."}


STATEMENT = '''
description = "An ICB's sheet whose confidentiality is a sentence under a numbered heading"
[[questions]]
field = "title"
labels = ["Title of report"]
[[questions]]
field = "confidential"
labels = ["Statement on confidentiality of report"]
[confidentiality]
public = "not confidential"
private = "confidential"
'''


def test_the_boards_public_words_in_a_sentence_though_they_hold_its_private_word(tmp_path: Path) -> None:
    # "not confidential" holds "confidential": the paper was read as private, the sentence as
    # the reason
    document = Document()
    add_table(document, [["Title of report:", "Chief Executive's Report"],
                         ["Statement on confidentiality of report", "This report is not confidential and can be published."]])
    draft = extract_under(tmp_path, STATEMENT, document)
    assert draft["confidential"] is False
    assert draft["confidential_reason"] is None


def test_the_boards_public_word_denied_in_a_sentence_is_never_public(tmp_path: Path) -> None:
    profile = STATEMENT.replace('public = "not confidential"', 'public = "Public"').replace(
        'private = "confidential"', 'private = "Private"')
    document = Document()
    add_table(document, [["Title of report:", "Chief Executive's Report"],
                         ["Statement on confidentiality of report", "This report is not for the public."]])
    assert extract_under(tmp_path, profile, document)["confidential"] is not False


SIDE_BY_SIDE = '''
description = "An IJB's front table: two choices' lists side by side, each option with its box"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "directions"
labels = ["Directions"]
kind = "choice"
options = ["No Directions Required", "Directions to East Renfrewshire Council (ERC)", "Directions to both ERC and NHSGGC"]
[[questions]]
name = "implications"
labels = ["Implications"]
kind = "choice"
multiple = true
options = ["Finance", "Risk", "Policy", "Legal", "Equalities", "Workforce"]
'''


def test_two_choices_lists_side_by_side_under_their_labels_whose_options_open_with_a_label(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title", "Winter Plan 2025/26 – Interim Review"]])
    add_table(document, [["Directions", "", "Implications", "", "", ""],
                         ["No Directions Required", "☐", "Finance", "☐", "Risk", "☒"],
                         ["Directions to East Renfrewshire Council (ERC)", "☒", "Policy", "☐", "Legal", "☐"],
                         ["Directions to both ERC and NHSGGC", "☐", "Workforce", "☒", "Equalities", "☐"]])
    draft = extract_under(tmp_path, SIDE_BY_SIDE, document)
    assert draft["questions"]["directions"] == "Directions to East Renfrewshire Council (ERC)"
    assert draft["questions"]["implications"] == ["Risk", "Workforce"]


FOR = '''
description = "An ICB's labelled lines: the purpose words printed in a row, a mark typed after the one chosen"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "purpose"
labels = ["This paper is for"]
[purposes]
"Approval" = "approval"
"Endorsement" = "endorsement"
"Discussion" = "discussion"
"Information" = "information"
'''


def test_a_mark_typed_after_the_chosen_purpose_word_among_the_others_left_standing(tmp_path: Path) -> None:
    for at, (line, expected) in enumerate((("Approval Endorsement Discussion ✓ Information", ["discussion"]),
                                           ("Approval\tEndorsement\tDiscussion\tInformation ✓", ["information"]))):
        (tmp_path / str(at)).mkdir()
        document = Document()
        document.add_paragraph("Title: Financial Position – Month 8")
        document.add_paragraph(f"This paper is for: {line}")
        assert extract_under(tmp_path / str(at), FOR, document)["purpose"]["categories"] == expected


def test_the_purpose_words_all_left_standing_with_no_mark_say_nothing(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Title: Primary Care Access")
    document.add_paragraph("This paper is for: Approval Endorsement Discussion Information")
    assert extract_under(tmp_path, FOR, document)["purpose"] is None


FRONT_TABLE = '''
description = "A council's front table: several labelled lines in each cell"
[[questions]]
name = "report_no"
labels = ["REPORT NO."]
kind = "text"
[[questions]]
field = "meeting_date"
labels = ["MEETING TITLE AND DATE"]
[[questions]]
field = "confidential"
labels = ["Agenda – Part"]
[[questions]]
field = "agenda_item"
labels = ["Item"]
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "authors"
labels = ["Contact officer and telephone number"]
[[questions]]
name = "wards"
labels = ["Wards"]
kind = "text"
[[questions]]
name = "cabinet_member"
labels = ["Cabinet Member consulted"]
kind = "person"
[confidentiality]
public = "1"
private = "2"
'''


def _front_table(document, officer: list[str]) -> None:
    table = document.add_table(rows=3, cols=2)
    top = table.cell(0, 0).merge(table.cell(0, 1))
    top.text = "MUNICIPAL YEAR 2026/2027    REPORT NO. HWB 26/14"
    for cell, lines in ((table.cell(1, 0), ["MEETING TITLE AND DATE:", "Health and Wellbeing Board", "12 December 2026"]),
                        (table.cell(1, 1), ["Agenda – Part: 1", "Item: 6"]),
                        (table.cell(2, 0), officer),
                        (table.cell(2, 1), ["Subject:", "Joint Local Health and Wellbeing Strategy", "Wards: All",
                                            "Cabinet Member consulted:", "Cllr Hakan Ozturk, Cabinet Member for Health"])):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def test_several_labelled_lines_in_each_cell_of_the_front_table(tmp_path: Path) -> None:
    document = Document()
    _front_table(document, ["Contact officer and telephone number:", "Rebecca Holloway, Senior Public Health Strategist",
                            "Tel: 020 8132 4571", "E mail: rebecca.holloway@enfield.gov.uk"])
    draft = extract_under(tmp_path, FRONT_TABLE, document)
    assert (draft["meeting_date"], draft["agenda_item"], draft["confidential"]) == ("2026-12-12", "6", False)
    assert draft["title"] == "Joint Local Health and Wellbeing Strategy"
    assert draft["authors"] == [{"name": "Rebecca Holloway", "role": "Senior Public Health Strategist"}]
    assert draft["questions"]["report_no"] == "HWB 26/14"
    assert draft["questions"]["wards"] == "All"
    assert draft["questions"]["cabinet_member"] == {"name": "Cllr Hakan Ozturk", "role": "Cabinet Member for Health"}


def test_a_labelled_line_left_empty_in_a_cell_of_the_front_table_is_unanswered(tmp_path: Path) -> None:
    document = Document()
    _front_table(document, ["Contact officer and telephone number:"])
    draft = extract_under(tmp_path, FRONT_TABLE, document)
    assert draft["authors"] is None
    assert draft["questions"]["wards"] == "All"


CORPORATION = '''
description = "A corporation's front table: delete-one words printed in the cells beside two labels' answers"
[[questions]]
field = "board"
labels = ["Committee(s)"]
[[questions]]
field = "title"
labels = ["Subject"]
[[questions]]
field = "confidential"
labels = ["Public / Non-Public"]
[[questions]]
field = "sponsor"
labels = ["Report of"]
named = false
[[questions]]
field = "purpose"
labels = ["For Decision / For Information"]
multiple = false
[[questions]]
name = "strategic_implications"
labels = ["Strategic implications"]
kind = "text"
[purposes]
"For Decision" = "approval"
"For Information" = "information"
[confidentiality]
public = "Public"
private = "Non-Public"
'''


def _corporation_report(document, status: str, purpose: str) -> None:
    table = document.add_table(rows=3, cols=2)
    for (row, column), lines in {(0, 0): ["Committee(s):", "Health and Wellbeing Board"], (1, 0): ["Subject:", "Better Care Fund Plan"],
                                 (1, 1): [status], (2, 0): ["Report of:", "Director of Community and Children's Services"],
                                 (2, 1): [purpose]}.items():
        cell = table.cell(row, column)
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    line = document.add_paragraph()
    line.add_run("Strategic implications").bold = True
    line.add_run(" – The report supports Priority 1 of the strategy.")


def test_the_words_left_of_delete_one_choices_beside_other_labels_answers(tmp_path: Path) -> None:
    document = Document()
    _corporation_report(document, "Public", "For Decision")
    draft = extract_under(tmp_path, CORPORATION, document)
    assert (draft["title"], draft["confidential"]) == ("Better Care Fund Plan", False)
    assert draft["purpose"]["categories"] == ["approval"]
    assert draft["sponsor"]["role"] == "Director of Community and Children's Services"
    assert draft["questions"]["strategic_implications"] == "The report supports Priority 1 of the strategy."


def test_both_words_left_beside_another_labels_answer_is_not_clear(tmp_path: Path) -> None:
    document = Document()
    _corporation_report(document, "Public / Non-Public", "For Information")
    draft = extract_under(tmp_path, CORPORATION, document)
    assert (draft["title"], draft["confidential"]) == ("Better Care Fund Plan", None)
    assert "CS004" in {finding["code"] for finding in findings_under(tmp_path, CORPORATION, document)}


def test_the_word_after_its_own_label_in_a_paired_row_is_that_labels_answer(tmp_path: Path) -> None:
    # "Date of Meeting: | 3 February 2027 | Public or Private: | Public", under a profile that also
    # gives the words as labels (as `profile init` proposes them): one answer each, nothing split
    profile = '''
[[questions]]
field = "meeting_date"
labels = ["Date of Meeting"]
[[questions]]
field = "confidential"
labels = ["Public or Private", "Public", "Private"]
[[questions]]
field = "title"
labels = ["Title of Report"]
'''
    document = Document()
    add_table(document, [["Date of Meeting:", "3 February 2027", "Public or Private:", "Public"],
                         ["Title of Report:", "Integrated Performance Report", "", ""]])
    draft = extract_under(tmp_path, profile, document)
    assert (draft["meeting_date"], draft["confidential"]) == ("2027-02-03", False)
    assert "CS004" not in {finding["code"] for finding in findings_under(tmp_path, profile, document)}
