"""Our sheets and forms without their tags: every control has a title; bad titles and lost structure."""

from __future__ import annotations

from helpers.word import document_xml

from coversheet.config import BoardConfig
from coversheet.rules.reading import finding_for
from coversheet.word.writing.form import write_form
from coversheet.word.ns import qn
from coversheet.word.writing.render import render_sheet
from coversheet.word.tags import tag_text
from coversheet.word.readers.titled import read_lost, read_titled, title_of
from coversheet.word.titles import UNKNOWN, tag_of_title

_ALIAS, _TAG = f"{qn('w:sdtPr')}/{qn('w:alias')}", f"{qn('w:sdtPr')}/{qn('w:tag')}"


def _controls(root):
    return list(root.iter(qn("w:sdt")))


def test_every_control_of_the_form_and_the_sheet_has_a_title_naming_its_own_field(tmp_path, example_sheet):
    form = write_form(tmp_path / "form.docx", board_config=BoardConfig(implications=["sustainability"]))
    sheet = render_sheet(example_sheet, tmp_path / "sheet.docx")
    for path in (form, sheet):
        for sdt in _controls(document_xml(path)):
            tag = tag_text(sdt) or "recommendations[*]"  # the form's one untagged control, inside an item
            assert tag_of_title(title_of(sdt)) == tag, (path.name, title_of(sdt), tag)


def _strip(root, *, titles: bool):
    for sdt in _controls(root):
        properties = sdt.find(qn("w:sdtPr"))
        for name in ("w:tag", *(["w:alias"] if titles else [])):
            found = properties.find(qn(name))
            if found is not None:
                properties.remove(found)
    return root.find(qn("w:body")).iterchildren()


def test_a_filled_sheet_without_tags_reads_back_by_titles_and_labels(tmp_path, example_sheet):
    sheet = render_sheet(example_sheet, tmp_path / "sheet.docx")
    raw = read_titled(_strip(document_xml(sheet), titles=False))
    assert raw.data["title"] == example_sheet.title
    assert raw.data["implications"]["financial"] == {"answer": "yes", "note": example_sheet.implications.financial.note}
    assert raw.data["purpose"]["categories"] == ["information"]


def test_a_blank_form_without_tags_or_titles_answers_nothing_and_says_its_structure_was_lost(tmp_path):
    root = document_xml(write_form(tmp_path / "form.docx"))
    raw = read_lost(_strip(root, titles=True))
    assert [f.code for f in map(finding_for, raw.noticed)] == ["CS008"]
    assert not [v for v in raw.data.values() if v not in (None, [], {}) and not isinstance(v, dict)], raw.data
    assert raw.data["purpose"]["categories"] is None  # five empty boxes: not answered


def test_a_title_naming_no_field_is_ignored_with_an_info_finding(tmp_path):
    root = document_xml(write_form(tmp_path / "form.docx"))
    blocks = list(_strip(root, titles=False))
    alias = next(a for a in root.iter(qn("w:alias")) if a.get(qn("w:val")) == "Executive Sponsor: role")
    alias.set(qn("w:val"), "Executive Sponsor: age")
    assert tag_of_title("Executive Sponsor: age") == UNKNOWN
    raw = read_titled(iter(blocks))
    assert [(f.code, f.severity.value) for f in map(finding_for, raw.noticed)] == [("CS009", "info")]
    assert "Executive Sponsor: age" in raw.noticed[0].message


def test_two_boxes_ticked_by_position_is_the_ambiguous_answer_finding(tmp_path):
    root = document_xml(write_form(tmp_path / "form.docx"))
    for sdt in _controls(root):
        if tag_text(sdt) in ("risks.associated=yes", "risks.associated=no"):
            sdt.find(f"{qn('w:sdtPr')}/{qn('w14:checkbox')}/{qn('w14:checked')}").set(qn("w14:val"), "1")
    raw = read_lost(_strip(root, titles=True))
    assert sorted(f.code for f in map(finding_for, raw.noticed)) == ["CS004", "CS008"]
    assert raw.data["risks"]["associated"] is None


def _as_libreoffice_moves_breaks(root, title: str):
    """LibreOffice 7.4's re-save: the control's line breaks go before it, its lines run together."""
    sdt = next(s for s in _controls(root) if title_of(s) == title)
    content = sdt.find(qn("w:sdtContent"))
    breaks = list(content.iter(qn("w:br")))
    text = "".join(t.text or "" for t in content.iter(qn("w:t")))
    for run in list(content):
        content.remove(run)
    run = content.makeelement(qn("w:r"), {})
    run.append(run.makeelement(qn("w:t"), {}))
    run[0].text = text
    content.append(run)
    moved = sdt.makeelement(qn("w:r"), {})
    for _ in breaks:
        moved.append(moved.makeelement(qn("w:br"), {}))
    sdt.addprevious(moved)
    return root


def test_line_breaks_libreoffice_moved_out_of_a_control_go_back_between_the_sentences(tmp_path, example_sheet):
    summary = "Month 7 position.\nThe deficit is £2m.\n\u201cOn plan\u201d overall."
    sheet = render_sheet(example_sheet.model_copy(update={"executive_summary": summary}), tmp_path / "sheet.docx")
    root = _as_libreoffice_moves_breaks(document_xml(sheet), "Executive Summary")
    assert read_titled(_strip(root, titles=False)).data["executive_summary"] == summary


def test_line_breaks_are_not_guessed_where_the_lines_ran_together_elsewhere(tmp_path, example_sheet):
    summary = "Month 7 position\nthe deficit is £2m. See the U.K. figures."
    sheet = render_sheet(example_sheet.model_copy(update={"executive_summary": summary}), tmp_path / "sheet.docx")
    root = _as_libreoffice_moves_breaks(document_xml(sheet), "Executive Summary")
    assert read_titled(_strip(root, titles=False)).data["executive_summary"] == summary.replace("\n", "")
