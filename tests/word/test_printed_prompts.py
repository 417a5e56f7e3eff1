"""A form that prints its question's prompt in the answer's cell, the author writing under it or
answering it in its own brackets: "Which strategic aims does this paper relate to?" over the
ticked aims, "Is there any legal/regulatory impact? (N)" where the form printed "(Y/N)"."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.board_papers import add_table, extract_under

PROMPTED = '''
description = "A trust board's cover with prompts printed in the answers' cells"
[[questions]]
field = "title"
labels = ["Title of the Report"]
[[questions]]
name = "strategic_aims"
labels = ["Related Strategic Aim"]
kind = "choice"
multiple = true
options = ["Focus on quality and safety", "Exceed patient expectations", "Strengthen our local services"]
help = "Which strategic aims does this paper relate to?"
[[questions]]
name = "risk_and_assurance"
labels = ["Risk and assurance"]
kind = "text"
help = "Does the content of the report present any risks to the Trust"
[[questions]]
field = "implications.equality"
labels = ["Equality Analysis"]
[[questions]]
name = "legal"
labels = ["Legal implications"]
kind = "yes_no_na"
help = "Is there any legal/regulatory impact?"
'''

_AIMS = "Which strategic aims does this paper relate to?\n{0} Focus on quality and safety\n{1} Exceed patient expectations\n{2} Strengthen our local services"
_EQUALITY = ("Is there potential that the proposal will not promote equality of opportunity for all? ({0})\n"
             "Is there potential that the proposal will affect protected groups differently? ({1})")


def _paper(aims: tuple[str, str, str], equality: tuple[str, str], legal: str):
    document = Document()
    add_table(document, [
        ["Title of the Report", "Medical Director's Report"],
        ["Related Strategic Aim", _AIMS.format(*aims)],
        ["Risk and assurance", "Does the content of the report present any risks to the Trust\n"
                               "The report gives assurance on mortality; no new risks are identified."],
        ["Equality Analysis", _EQUALITY.format(*equality)],
        ["Legal implications", f"Is there any legal/regulatory impact? {legal}"],
    ])
    return document


def test_the_prompt_over_the_answer_is_the_forms_and_the_boxes_under_it_the_answer(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, PROMPTED, _paper(("☐", "☒", "☒"), ("N", "N"), "(N)"))
    assert draft["questions"]["strategic_aims"] == ["Exceed patient expectations", "Strengthen our local services"]
    assert draft["questions"]["risk_and_assurance"] == "The report gives assurance on mortality; no new risks are identified."
    assert draft["implications"]["equality"] == {"answer": "no", "note": None}
    assert draft["questions"]["legal"] == {"answer": "no", "note": None}


def test_a_question_answered_y_in_its_brackets_is_yes_with_the_words_after_it(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, PROMPTED, _paper(("☒", "☐", "☐"), ("N", "Y"),
                                                     "(Y) – constitutional standards are set out in the NHS Standard Contract."))
    assert draft["questions"]["strategic_aims"] == ["Focus on quality and safety"]
    assert draft["implications"]["equality"]["answer"] == "yes"  # one of its two questions answered yes
    assert draft["questions"]["legal"] == {"answer": "yes", "note": "constitutional standards are set out in the NHS Standard Contract."}


def test_a_question_left_with_its_printed_y_n_is_not_answered(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, PROMPTED, _paper(("☒", "☐", "☐"), ("N", "Y/N"), "(Y/N)"))
    assert (draft["implications"] or {}).get("equality") is None  # one of its questions left: not clear
    assert draft["questions"]["legal"] is None


CLOSING_LINES = '''
description = "A council report's closing lines, each a label, the form's words, then the answer"
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "background_papers"
labels = ["Background papers"]
kind = "text"
help = "held by the author of the report"
'''


def test_the_questions_help_printed_between_its_label_and_the_answer_is_no_part_of_it(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("Title: Better Care Fund Quarter 3")
    document.add_paragraph("The fund is on plan.")
    document.add_paragraph("Background papers – held by the author of the report: Joint Forward Plan 2023–2028")
    draft = extract_under(tmp_path, CLOSING_LINES, document)
    assert draft["questions"]["background_papers"] == "Joint Forward Plan 2023–2028"
