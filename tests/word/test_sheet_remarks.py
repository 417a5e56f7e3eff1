"""What a board's form prints around its answers, and that no answer holds: a recommendation's
stem and bullets as lines of one paragraph, an acronyms table, the answers printed for the author
to delete, the marking instruction under a label, the form's remark about itself at its foot, and
the purpose's boxes printed under the summary's heading with no label of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from helpers.board_papers import add_table, bold_line, extract_under

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
