"""The fillable Word form: prompts read as unanswered, filled controls read back, validity."""

from __future__ import annotations

import pytest
from helpers.word import (
    assert_valid_ooxml,
    body_blocks,
    check_boxes,
    document_xml,
    pdf_text,
    to_pdf,
    with_document_xml,
)

from coversheet.config import BoardConfig
from coversheet.outputs import OutputExists
from coversheet.run.one_file import check_file
from coversheet.word.writing.form import write_form
from coversheet.word.ns import qn
from coversheet.word.readers.tagged import read_tagged


def _control(root, tag):
    return next(s for s in root.iter(qn("w:sdt")) if (s.find(f"{qn('w:sdtPr')}/{qn('w:tag')}") is not None
                and s.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")) == tag))


def _type_into(control, text):
    """What Word does when an author types into a control showing its prompt."""
    properties = control.find(qn("w:sdtPr"))
    properties.remove(properties.find(qn("w:showingPlcHdr")))
    texts = list(control.find(qn("w:sdtContent")).iter(qn("w:t")))
    texts[0].text = text


def _tick(control):
    """What Word does when an author ticks a box: marks it checked and shows the checked symbol."""
    box = control.find(f"{qn('w:sdtPr')}/{qn('w14:checkbox')}")
    box.find(qn("w14:checked")).set(qn("w14:val"), "1")
    symbol = chr(int(box.find(qn("w14:checkedState")).get(qn("w14:val")), 16))
    next(control.find(qn("w:sdtContent")).iter(qn("w:t"))).text = symbol


def test_an_unfilled_form_answers_nothing_and_fails_check_on_title(tmp_path):
    out = write_form(tmp_path / "form.docx")
    raw = read_tagged(body_blocks(out))
    assert raw.data == {} and raw.noticed == []
    result = check_file(out)
    assert any(f.code == "CS101" and f.field == "title" for f in result.findings), result.findings


def test_the_board_profile_names_the_board_and_adds_its_implications(tmp_path):
    config = BoardConfig(board="ICS Board", implications=["health_inequalities"])
    out = write_form(tmp_path / "form.docx", board_config=config)
    root = document_xml(out)
    assert read_tagged(body_blocks(out)).data == {"board": "ICS Board"}
    tags = {s.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")) for s in check_boxes(out)}
    assert {"implications.health_inequalities=yes", "implications.health_inequalities=no",
            "implications.health_inequalities=n/a"} <= tags
    assert "{{" not in "".join(root.itertext())


def test_a_filled_form_reads_back_what_the_author_entered(tmp_path):
    root = document_xml(write_form(tmp_path / "form.docx"))
    _type_into(_control(root, "title"), "ICS Finance Report")
    _type_into(_control(root, "governance[*].forum"), "Finance Advisory Committee")
    _tick(_control(root, "purpose.categories=information"))
    _tick(_control(root, "purpose.categories=approval"))
    _tick(_control(root, "implications.equality=yes"))
    _tick(_control(root, "contributors=none"))
    raw = read_tagged(root.find(qn("w:body")).iterchildren())
    assert raw.data == {
        "title": "ICS Finance Report",
        "governance": [{"forum": "Finance Advisory Committee"}],
        "purpose": {"categories": ["approval", "information"]},
        "implications": {"equality": {"answer": "yes"}},
        "contributors": [],
    }


def test_two_boxes_ticked_on_one_question_is_no_answer_and_a_finding(tmp_path):
    root = document_xml(write_form(tmp_path / "form.docx"))
    _tick(_control(root, "risks.associated=yes"))
    _tick(_control(root, "risks.associated=n/a"))
    raw = read_tagged(root.find(qn("w:body")).iterchildren())
    assert "risks" not in raw.data
    assert [(n.kind.value, n.field) for n in raw.noticed] == [("ambiguous-answer", "risks.associated")]


def test_the_form_has_prompts_date_pickers_and_repeating_rows(tmp_path):
    root = document_xml(write_form(tmp_path / "form.docx"))
    assert _control(root, "title").find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}") is not None
    assert _control(root, "meeting_date").find(f"{qn('w:sdtPr')}/{qn('w:date')}") is not None
    for tag in ("governance[]", "risks.references[]", "presented_by[]", "recommendations[]"):
        assert _control(root, tag).find(f"{qn('w:sdtPr')}/{qn('w15:repeatingSection')}") is not None


def test_the_form_is_never_written_over_an_existing_file(tmp_path):
    out = tmp_path / "form.docx"
    out.write_text("keep me")
    with pytest.raises(OutputExists):
        write_form(out)
    assert out.read_text() == "keep me"


@pytest.mark.slow
def test_the_form_passes_ooxml_validation_and_libreoffice_shows_its_labels_and_ticks(tmp_path):
    blank = write_form(tmp_path / "form.docx", board_config=BoardConfig(implications=["sustainability"]))
    assert_valid_ooxml(blank)
    root = document_xml(blank)
    for tag in ("confidential=no", "purpose.categories=approval", "implications.sustainability=yes"):
        _tick(_control(root, tag))
    ticked = with_document_xml(blank, root, tmp_path / "ticked.docx")
    assert_valid_ooxml(ticked)
    shown = pdf_text(to_pdf(ticked, tmp_path))
    for label in ("Date of Meeting", "Title of Paper", "Presented By", "Executive Sponsor", "Agenda Item",
                  "Purpose of the Paper", "Executive Summary", "Recommendations", "Conflicts of Interest Identified",
                  "Associated Risks", "Risk Reference"):
        assert label in shown, label
    assert "Confidential Yes ☐ No ☒" in shown, shown
    assert "☒ For approval ☐ For endorsement ☐ For discussion ☐ For assurance ☐ For information" in shown, shown
    assert "Quality Impact Assessment Completed Yes ☐ No ☐ N/A ☐" in shown, shown
    assert "Sustainability Impact Assessment Completed Yes ☒ No ☐ N/A ☐" in shown, shown  # the board's own implication
    assert shown.count("☒") == 3
    assert shown.count("☐") + shown.count("☒") == len(check_boxes(blank)), "every box shows, ticked or not"
