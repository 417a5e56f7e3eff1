"""Choices marked in a grid: the options as column headers over a question a row, and a table of
options under its column names ("Strategic ambition | Tick")."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under, findings_under


IMPACTS = '''
description = "A council report's impact grid, for the running-report tests"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "health_impact"
labels = ["Health Impact"]
kind = "choice"
options = ["Positive", "Neutral", "Negative"]
[[questions]]
name = "data_impact"
labels = ["Data Impact"]
kind = "choice"
options = ["Positive", "Neutral", "Negative"]
'''


def test_the_choices_options_as_column_headers_over_a_question_a_row(tmp_path: Path) -> None:
    # "| Positive | Neutral | Negative | Commentary" over "Health Impact: | X | | | Better access …"
    document = Document()
    document.add_paragraph("Title: GP access")
    add_table(document, [["", "Positive", "Neutral", "Negative", "Commentary"],
                         ["Health Impact:", "X", "", "", "Better access to primary care."],
                         ["Data Impact:", "", "X", "X", ""]])
    draft = extract_under(tmp_path, IMPACTS, document)
    assert draft["questions"]["health_impact"] == "Positive"
    assert draft["questions"]["data_impact"] is None  # two marked where one is asked: not clear


AMBITIONS = '''
description = "A trust's cover sheet with a table of ambitions to tick"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "strategic_ambitions"
labels = ["Links to the Trust's Strategic Ambitions (tick all that apply)"]
kind = "choice"
multiple = true
options = ["Deliver high quality care", "Support our people to thrive", "Use our resources well"]
'''


def test_an_options_table_under_its_column_names(tmp_path: Path) -> None:
    # "Strategic ambition | Tick" is the table's column names, not a label of its own
    document = Document()
    document.add_paragraph("Title: Safer staffing review")
    document.add_paragraph("Links to the Trust's Strategic Ambitions (tick all that apply)")
    table = add_table(document, [["Strategic ambition", "Tick"], ["Deliver high quality care", "✓"],
                                 ["Support our people to thrive", "✓"], ["Use our resources well", ""]])
    for cell in table.rows[0].cells:  # the column names in bold, as a table's header row is set
        cell.paragraphs[0].runs[0].bold = True
    draft = extract_under(tmp_path, AMBITIONS, document)
    assert draft["questions"]["strategic_ambitions"] == ["Deliver high quality care", "Support our people to thrive"]


CONTACT = IMPACTS + '''
[[questions]]
name = "officer_contact"
labels = ["Officer Contact"]
kind = "text"
'''


def test_a_paragraph_after_a_grid_of_options_with_no_question_open(tmp_path: Path) -> None:
    # column names that happen to be a choice's options ("Name | Positive | Neutral") under another
    # question, then a paragraph with no question open to take it (it was a traceback)
    document = Document()
    add_table(document, [["Title", "GP access"], ["Data Impact", "Neutral"]])
    bold_line(document, "Officer Contact")  # a heading below the table: the sheet goes on in headings
    document.add_paragraph("If you have any questions about this report please contact:")
    add_table(document, [["Name", "Positive", "Neutral"], ["Karen Holt", "01603 223410", "karen@example.gov.uk"]])
    document.add_paragraph("If you need this report in large print please contact us.")
    draft = extract_under(tmp_path, CONTACT, document)
    assert (draft["title"], draft["questions"]["data_impact"]) == ("GP access", "Neutral")


PRIORITIES = '''
description = "A trust's cover sheet: its priorities a row each, Y or N typed beside each"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "strategic_priorities"
labels = ["Board Assurance Framework – Strategic Priorities"]
kind = "choice"
multiple = true
options = ["Local Services", "Innovation", "Care"]
[[questions]]
name = "directions"
labels = ["Directions"]
kind = "choice"
options = ["No Directions Required", "Directions to NHS Ayrshire & Arran"]
'''


def test_options_with_their_meaning_a_row_each_under_select_y_n(tmp_path: Path) -> None:
    """"Strategic Priority | Select Y/N" over "Local Services: We will meet the needs … | Y": the
    option is the words before the colon, chosen where Y is typed."""
    document = Document()
    document.add_paragraph("Title: Integrated performance report")
    bold_line(document, "Board Assurance Framework – Strategic Priorities")
    add_table(document, [["Strategic Priority", "Select Y/N"],
                         ["Local Services: We will meet the needs of the local population", "Y"],
                         ["Innovation: We will promote new and better ways of working", "N"],
                         ["Care: We will treat our patients with care and kindness", "Y"]])
    assert extract_under(tmp_path, PRIORITIES, document)["questions"]["strategic_priorities"] == ["Local Services", "Care"]


def test_a_numbered_option_marked_with_a_typed_x_is_the_option(tmp_path: Path) -> None:
    # "1. | No Directions Required | X": the form's numbering is no part of the option
    document = Document()
    document.add_paragraph("Title: Budget monitoring")
    document.add_paragraph("Directions: (tick one)")
    add_table(document, [["1.", "No Directions Required", "X"], ["2.", "Directions to NHS Ayrshire & Arran", ""]])
    assert extract_under(tmp_path, PRIORITIES, document)["questions"]["directions"] == "No Directions Required"


TYPED = '''
description = "A committee cover: impacts answered by typing Yes or No under 'Yes / No'"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "implications.quality"
labels = ["Quality and patient safety"]
[[questions]]
field = "implications.equality"
labels = ["Equality, diversity and inclusion"]
[[questions]]
field = "implications.financial"
labels = ["Financial"]
'''


def test_answers_typed_under_yes_no_with_a_comment_that_is_an_answer_word(tmp_path: Path) -> None:
    # "No | Not applicable" under "Yes / No | Comments": the answer, then its explanation (it was
    # taken for a tick grid's header, or for two answers at once)
    document = Document()
    document.add_paragraph("Title: Infection prevention and control")
    add_table(document, [["Impact", "Yes / No", "Comments"], ["Quality and patient safety", "Yes", "IPC affects patient safety"],
                         ["Equality, diversity and inclusion", "No", "Not applicable"], ["Financial", "No", "None"]])
    implications = extract_under(tmp_path, TYPED, document)["implications"]
    assert implications["quality"] == {"answer": "yes", "note": "IPC affects patient safety"}
    assert implications["equality"] == {"answer": "no", "note": "Not applicable"}
    assert implications["financial"]["answer"] == "no"


BRACKETS = '''
description = "A committee cover: purpose boxes typed as brackets, recommendations under a bold stem"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "purpose"
labels = ["Purpose (select one)"]
[[questions]]
field = "recommendations"
labels = ["Recommendation(s)"]
'''


def test_boxes_typed_as_brackets_and_a_bold_stem_over_the_recommendations(tmp_path: Path) -> None:
    # "[ ] Decision   [X] Assurance": the box typed as brackets; "The Committee is asked to:" in
    # bold (as a text box's first line is) is the list's stem, no label of its own
    document = Document()
    add_table(document, [["Report title", "Clinical audit programme"],
                         ["Purpose (select one)", "[ ] Decision   [X] Assurance   [ ] Discussion   [ ] Information"]])
    bold_line(document, "Recommendation(s)")
    bold_line(document, "The Committee is asked to:")
    document.add_paragraph("1. Approve the Clinical Audit Programme 2027/28")
    draft = extract_under(tmp_path, BRACKETS, document)
    assert draft["purpose"]["categories"] == ["assurance"]
    assert draft["recommendations"] == ["Approve the Clinical Audit Programme 2027/28"]


AMBITIONS_KEPT = '''
description = "A council report: the plan's ambitions left standing, the others deleted"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "ambitions"
labels = ["East Riding Community Plan"]
kind = "choice"
multiple = true
options = ["Older people enjoy a healthy, independent lifestyle", "Communities are healthy, thriving, prosperous and safe",
           "Regeneration transforms deprived areas"]
'''


def test_the_options_left_under_a_lead_in_that_says_delete_those_that_do_not_apply(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Title: Suicide prevention plan")
    bold_line(document, "1.\tConsultation")
    document.add_paragraph("1.1\tPartners were consulted.")
    bold_line(document, "2.\tEast Riding Community Plan")
    document.add_paragraph("2.1\tThis report contributes to the following ambition(s) of the East Riding Community Plan "
                           "(delete those that do not apply):")
    document.add_paragraph("Communities are healthy, thriving, prosperous and safe", style="List Bullet")
    questions = extract_under(tmp_path, AMBITIONS_KEPT, document)["questions"]
    assert questions["ambitions"] == ["Communities are healthy, thriving, prosperous and safe"]


ACTIONS = '''
description = "An audit committee's cover: the actions as column headers over their boxes, in a table inside the answer's cell"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "purpose"
labels = ["Action required (tick one)"]
multiple = false
[purposes]
"Approve" = "approval"
"Receive" = "information"
"Note" = "information"
"Take Assurance" = "assurance"
'''


@pytest.mark.parametrize("marks", [["☐", "☐", "☐", "☒"], ["", "", "", "X"]])
def test_options_over_their_boxes_in_a_table_inside_the_answers_cell(tmp_path: Path, marks: list[str]) -> None:
    document = Document()
    table = add_table(document, [["Report title", "Internal Audit Progress Report"], ["Action required (tick one)", ""]])
    grid = table.cell(1, 1).add_table(rows=2, cols=4)
    for column, (word, mark) in enumerate(zip(["Approve", "Receive", "Note", "Take Assurance"], marks)):
        grid.cell(0, column).text = word
        grid.cell(1, column).text = mark
    draft = extract_under(tmp_path, ACTIONS, document)
    assert draft["purpose"]["categories"] == ["assurance"]


ASSESSMENTS = '''
description = "A CCG's cover: the impact assessments done, boxes on one line under the form's sentence"
[[questions]]
field = "title"
labels = ["Report Title"]
[[questions]]
name = "impact_assessments"
labels = ["Impact Assessments"]
kind = "choice"
multiple = true
options = ["Quality Impact Assessment", "Equality Impact Assessment", "Data Protection Impact Assessment"]
'''


def test_the_forms_sentence_over_boxes_on_one_line_is_no_option(tmp_path: Path) -> None:
    # "Please confirm below that …" paired with the first box shifted every option onto the box
    # before its own ("Please confirm …" and Quality read, Equality lost)
    document = Document()
    add_table(document, [["Report Title", "Finance Report"]])
    add_table(document, [["Impact Assessments\nPlease confirm below that the impact assessments have been approved.\n"
                          "☒Quality Impact Assessment   ☒Equality Impact Assessment   ☐Data Protection Impact Assessment"]])
    draft = extract_under(tmp_path, ASSESSMENTS, document)
    assert draft["questions"]["impact_assessments"] == ["Quality Impact Assessment", "Equality Impact Assessment"]


PRIORITIES_TICKED = '''
description = "A council report: the strategy's priorities a line each, ticked with a typed ✓"
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "authors"
labels = ["Report author"]
[[questions]]
name = "priorities"
labels = ["Contribution to the Joint Health and Wellbeing Strategy"]
kind = "choice"
multiple = true
options = ["Start well", "Live well", "Age well"]
required = true
'''


@pytest.mark.parametrize(("marks", "wanted"), [(("", "", ""), None), (("", " ✓", ""), ["Live well"])])
def test_priorities_a_line_each_where_the_form_asks_for_ticks(tmp_path: Path, marks, wanted) -> None:
    # every priority left standing and none ticked is none chosen (where a form asks the author to
    # delete those that do not apply, every one standing is every one kept)
    document = Document()
    document.add_paragraph("Report title: Pharmaceutical Needs Assessment")
    document.add_paragraph("Report author: Jo Bloggs, Public Health Specialist")
    bold_line(document, "4. Contribution to the Joint Health and Wellbeing Strategy")
    document.add_paragraph("Tick (✓) the strategy priorities this report supports:")
    for option, mark in zip(["Start well", "Live well", "Age well"], marks):
        document.add_paragraph(option + mark)
    bold_line(document, "5. Implications")
    assert extract_under(tmp_path, PRIORITIES_TICKED, document)["questions"]["priorities"] == wanted


PURPOSE_TICKS = '''
description = "A trust's cover sheet whose purpose is asked only as ticks"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "purpose"
labels = ["Purpose"]
[purposes]
"Assurance" = "assurance"
"Decision" = "approval"
"Information" = "information"
'''


def purpose_codes(tmp_path: Path, marks: list[str]) -> list[str]:
    document = Document()
    add_table(document, [["Title", "Green plan update"], ["Purpose", "Assurance", "Decision", "Information"],
                         ["", *marks]])
    return [finding["code"] for finding in findings_under(tmp_path, PURPOSE_TICKS, document)
            if finding["field"].startswith("purpose")]


def test_no_purpose_ticked_where_the_form_asks_only_ticks_is_one_finding(tmp_path: Path) -> None:
    # one blank on the page, one reason to send it back: not "not given" twice
    for case in ("none", "one"):
        (tmp_path / case).mkdir()
    assert purpose_codes(tmp_path / "none", ["", "", ""]) == ["CS106"]
    assert purpose_codes(tmp_path / "one", ["", "X", ""]) == []


TICK_ONE = '''
description = "A trust's cover sheet whose purpose label says one, the profile silent on it"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "purpose"
labels = ["Report for (tick one)", "Report for"]
[purposes]
"Decision" = "approval"
"Assurance" = "assurance"
"Information" = "information"
'''


def test_two_ticked_where_the_forms_label_says_tick_one_is_not_clear(tmp_path: Path) -> None:
    # the profile does not say `multiple`; the form's own words do
    document = Document()
    add_table(document, [["Title", "Green plan update"], ["Report for (tick one)", "☒ Decision ☒ Assurance ☐ Information"]])
    findings = findings_under(tmp_path, TICK_ONE, document)
    assert [finding["code"] for finding in findings if finding["field"].startswith("purpose")] == ["CS004"]
