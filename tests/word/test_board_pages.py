"""What a board's form puts outside the body's plain paragraphs: a summary typed in a text box,
the author in the page footer, and answers picked from drop-down lists in a grid whose last
column is the comment."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from helpers.board_papers import add_table, bold_line, extract_under

PROFILE = '''
description = "A committee's cover with a text box, a footer and drop-down answers"
[[questions]]
field = "title"
labels = ["Title of paper"]
[[questions]]
field = "authors"
labels = ["Report author"]
[[questions]]
field = "executive_summary"
labels = ["Executive summary"]
[[questions]]
field = "recommendations"
labels = ["Recommendation"]
[[questions]]
field = "implications.financial"
labels = ["Financial"]
[[questions]]
field = "implications.equality"
labels = ["Equality, diversity and inclusion"]
'''

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"'


def _text_box(document, lines: list[str]) -> None:
    """A VML text box anchored in its own paragraph, a paragraph a line (as Word 2003 wrote them
    and python-docx keeps them)."""
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    document.add_paragraph()._p.append(parse_xml(
        f'<w:r {_W}><w:pict><v:shape id="summary" style="width:430pt;height:150pt"><v:textbox>'
        f"<w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"))


def _drop_down(cell, chosen: str) -> None:
    """A drop-down list content control (Choose an item. / Yes / No / N/A) showing `chosen`."""
    items = "".join(f'<w:listItem w:displayText="{word}" w:value="{word}"/>' for word in ("Yes", "No", "N/A"))
    cell.paragraphs[0]._p.append(parse_xml(
        f'<w:sdt {_W}><w:sdtPr><w:dropDownList><w:listItem w:displayText="Choose an item." w:value=""/>{items}'
        f"</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t>{chosen}</w:t></w:r></w:sdtContent></w:sdt>"))


def _paper() -> Document:
    document = Document()
    document.sections[0].footer.paragraphs[0].text = "Report author: Tom Kelly, Deputy Chief People Officer"
    add_table(document, [["Title of paper", "Workforce report"]])
    bold_line(document, "Executive summary")
    _text_box(document, ["Vacancy rate fell to 6.8%.", "Sickness absence rose to 4.9%."])
    bold_line(document, "Recommendation")
    document.add_paragraph("The Committee is asked to note the workforce position.")
    bold_line(document, "Impact assessment")
    grid = add_table(document, [["Impact", "Yes / No / N/A", "Comment"],
                                ["Financial", "", "Agency spend £0.3m under cap"],
                                ["Equality, diversity and inclusion", "", "No adverse impact identified"]])
    _drop_down(grid.cell(1, 1), "Yes")
    _drop_down(grid.cell(2, 1), "No")
    return document


def test_a_summary_in_a_text_box_keeps_its_lines(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, PROFILE, _paper())
    assert draft["executive_summary"] == "Vacancy rate fell to 6.8%.\nSickness absence rose to 4.9%."


def test_the_author_printed_in_the_page_footer_is_read(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, PROFILE, _paper())
    assert draft["authors"] == [{"name": "Tom Kelly", "role": "Deputy Chief People Officer"}]


def test_a_drop_down_answer_keeps_the_comment_column_as_its_note(tmp_path: Path) -> None:
    """"Impact | Yes / No / N/A | Comment" over a row each: the picked word is the answer and the
    comment its explanation (the comment column was dropped)."""
    draft = extract_under(tmp_path, PROFILE, _paper())
    assert draft["implications"]["financial"] == {"answer": "yes", "note": "Agency spend £0.3m under cap"}
    assert draft["implications"]["equality"] == {"answer": "no", "note": "No adverse impact identified"}


# --- the meeting, its date, the session and the purpose in the page header -------------------

HEADED = '''
description = "A trust board's cover whose page header holds the meeting line and the purpose"
[[questions]]
field = "meeting_date"
labels = ["Westshire NHS Foundation Trust Board of Directors"]
[[questions]]
field = "confidential"
labels = ["Public/Private"]
[[questions]]
field = "purpose"
labels = ["For"]
multiple = false
[[questions]]
field = "title"
labels = ["Title of report"]
[[questions]]
field = "authors"
labels = ["Author"]
[purposes]
"Decision" = "approval"
"Assurance" = "assurance"
[confidentiality]
public = "Public"
private = "Private"
'''


def _headed(session: str = "Public", purpose: str = "Assurance") -> Document:
    document = Document()
    header = document.sections[0].header
    header.paragraphs[0].text = f"Westshire NHS Foundation Trust Board of Directors: 26 November 2026 – {session}"
    header.add_paragraph(f"For: {purpose}")
    add_table(document, [["Title of report", "Safer staffing"], ["Author", "Mark Davies, Deputy Director of Nursing"]])
    return document


def test_the_session_after_the_meeting_date_answers_public_or_private(tmp_path: Path) -> None:
    # "…Board of Directors: 26 November 2026 – Public": the date, then the session the paper is in
    draft = extract_under(tmp_path, HEADED, _headed())
    assert (draft["meeting_date"], draft["confidential"]) == ("2026-11-26", False)
    draft = extract_under(tmp_path, HEADED, _headed("Private"))
    assert (draft["meeting_date"], draft["confidential"]) == ("2026-11-26", True)


def test_the_purpose_in_the_page_header_is_read_and_two_left_are_not_clear(tmp_path: Path) -> None:
    assert extract_under(tmp_path, HEADED, _headed())["purpose"]["categories"] == ["assurance"]
    draft = extract_under(tmp_path, HEADED, _headed(purpose="Decision / Assurance"))
    assert draft["purpose"] is None  # one purpose is asked: two left standing are no answer
