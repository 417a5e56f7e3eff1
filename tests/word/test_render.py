"""The standard cover sheet rendered from a draft: layout facts, accessibility, safety, validity."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from helpers.paths import DOCX
from helpers.word import (
    assert_valid_ooxml,
    body_blocks,
    check_boxes,
    document_xml,
    pdf_pages,
    read_back,
    to_pdf,
)

from coversheet.model import CoverSheet
from coversheet.outputs import OutputExists
from coversheet.word.ns import qn
from coversheet.word.writing.render import default_template, render_sheet
from coversheet.word.forms.template_audit import audit_template

A4_POINTS = (595.3, 841.9)


def test_the_draft_example_has_18_working_check_boxes_6_ticked(example_sheet, tmp_path):
    out = render_sheet(example_sheet, tmp_path / "sheet.docx")
    boxes = check_boxes(out)
    assert len(boxes) == 18
    ticked = []
    for box in boxes:
        state = box.find(f"{qn('w:sdtPr')}/{qn('w14:checkbox')}/{qn('w14:checked')}").get(qn("w14:val"))
        glyph = "".join(t.text or "" for t in box.iter(qn("w:t")))
        assert (state, glyph) in {("1", "\u2612"), ("0", "\u2610")}, "stored state must match the glyph shown"
        if state == "1":
            ticked.append(box.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")))
    assert sorted(ticked) == sorted([
        "implications.quality=n/a", "implications.equality=n/a", "implications.privacy=n/a",
        "implications.financial=yes", "risks.associated=yes", "risks.on_register=no",
    ])


def test_the_draft_example_reads_back_as_the_same_model(example_sheet, tmp_path):
    raw, sheet = read_back(render_sheet(example_sheet, tmp_path / "sheet.docx"))
    assert raw.noticed == []
    assert sheet == example_sheet


def test_document_properties_and_language_come_from_the_draft(example_sheet, tmp_path):
    document = docx.Document(str(render_sheet(example_sheet, tmp_path / "sheet.docx")))
    properties = document.core_properties
    assert properties.title == "ICS Finance Report"
    assert "agenda item 10" in properties.subject and "2 December 2020" in properties.subject
    assert properties.author == "Elaine Collier"
    languages = {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))}
    assert languages == {"en-GB"}


def test_every_tables_labels_are_its_first_column_no_row_repeats_and_the_page_is_a4(example_sheet, tmp_path):
    """The labels stand beside their answers (the tables' first column, Word's "First Column"),
    as the pack tags them row headers: no row is a repeating header row, which read the first
    row ("Date of Meeting | 2 December 2020") as column headers over every answer."""
    root = document_xml(render_sheet(example_sheet, tmp_path / "sheet.docx"))
    tables = root.findall(f"{qn('w:body')}/{qn('w:tbl')}")
    assert len(tables) == 2
    for table in tables:
        assert table.find(f"{qn('w:tblPr')}/{qn('w:tblLook')}").get(qn("w:firstColumn")) == "1"
    assert list(root.iter(qn("w:tblHeader"))) == []
    size = root.find(f".//{qn('w:sectPr')}/{qn('w:pgSz')}")
    assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")


def test_dates_show_in_uk_style_and_are_stored_exactly(example_sheet, tmp_path):
    root = document_xml(render_sheet(example_sheet, tmp_path / "sheet.docx"))
    meeting = next(s for s in root.iter(qn("w:sdt")) if s.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")) == "meeting_date")
    assert meeting.find(f"{qn('w:sdtPr')}/{qn('w:date')}").get(qn("w:fullDate")) == "2020-12-02T00:00:00Z"
    assert "".join(t.text for t in meeting.iter(qn("w:t"))) == "2 December 2020"


def test_awkward_text_survives_exactly(tmp_path):
    text = 'Fish & chips < "quoted" \'single\' {{ not jinja }} {_{ %} \u00e9\u4e2d\U0001f600\nsecond line\n\n  indented'
    sheet = CoverSheet(
        title=text, executive_summary=text, recommendations=[text, "Second ask"],
        governance=[{"forum": text, "date": "2020-11", "outcome": None}, {"date": dt.date(2020, 11, 13)}],
        contributors=[], presented_by=[{"name": "A & B"}, {"role": "<role>"}],
    )
    _, back = read_back(render_sheet(sheet, tmp_path / "sheet.docx"))
    assert back == sheet


def test_empty_lists_and_unanswered_fields_stay_distinct(tmp_path):
    sheet = CoverSheet(governance=[], contributors=[], recommendations=[], purpose={"categories": []},
                       risks={"references": []})
    raw, back = read_back(render_sheet(sheet, tmp_path / "sheet.docx"))
    assert back == sheet
    assert back.authors is None and back.title is None and back.implications is None
    unanswered, _ = read_back(render_sheet(CoverSheet(), tmp_path / "blank.docx"))
    assert unanswered.data == {}


def test_board_configured_implications_get_their_own_row(tmp_path):
    sheet = CoverSheet(implications={"quality": {"answer": "yes"}, "sustainability": {"answer": "no", "note": "Not assessed"}})
    out = render_sheet(sheet, tmp_path / "sheet.docx")
    assert len(check_boxes(out)) == 21
    assert read_back(out)[1] == sheet


def test_an_existing_output_is_not_overwritten_without_force(example_sheet, tmp_path):
    out = tmp_path / "sheet.docx"
    out.write_bytes(b"someone's work")
    with pytest.raises(OutputExists):
        render_sheet(example_sheet, out)
    assert out.read_bytes() == b"someone's work"
    render_sheet(example_sheet, out, force=True)
    assert read_back(out)[1] == example_sheet
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.docx"], "no temporary file is left behind"


@pytest.mark.slow
def test_a_paper_body_follows_the_sheet_and_is_not_read_as_part_of_it(example_sheet, tmp_path):
    paper = docx.Document()
    paper.add_heading("ICS Finance Report", level=1)
    paper.add_paragraph("Section 2: the revenue position.")
    paper.add_table(rows=1, cols=2).cell(0, 0).text = "Not a cover sheet"
    paper.save(str(tmp_path / "paper.docx"))
    out = render_sheet(example_sheet, tmp_path / "pack.docx", paper=tmp_path / "paper.docx")
    text = "".join(t.text or "" for t in document_xml(out).iter(qn("w:t")))
    assert text.index("Month 7 run rate") < text.index("Section 2: the revenue position.")
    assert read_back(out)[1] == example_sheet
    assert_valid_ooxml(out)


@pytest.mark.slow
def test_rendered_sheets_pass_ooxml_validation(example_sheet, tmp_path):
    assert_valid_ooxml(render_sheet(example_sheet, tmp_path / "sheet.docx"))
    assert_valid_ooxml(render_sheet(CoverSheet(), tmp_path / "blank.docx"))
    assert_valid_ooxml(default_template())


@pytest.mark.slow
def test_libreoffice_shows_the_draft_example_on_one_a4_page(example_sheet, tmp_path):
    pdf = to_pdf(render_sheet(example_sheet, tmp_path / "sheet.docx"), tmp_path)
    pages = pdf_pages(pdf)
    assert len(pages) == 1
    assert pages[0] == pytest.approx(A4_POINTS, abs=1)


@pytest.mark.slow
def test_a_sheet_over_two_pages_repeats_no_label_over_unrelated_rows_and_reads_back(example_sheet, tmp_path):
    """A long sheet laid out by LibreOffice: its second page starts with its own rows, not
    "Date of Meeting" or "Purpose of the Paper" repeated as a header over them; and the
    sheet still reads back as the draft."""
    import subprocess

    long = example_sheet.model_copy(update={"executive_summary": "\n".join(
        f"Paragraph {n} of the summary, long enough to fill the page with the board's words." for n in range(60))})
    out = render_sheet(long, tmp_path / "sheet.docx")
    raw, sheet = read_back(out)
    assert sheet == long
    pdf = to_pdf(out, tmp_path)
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout.split("\f")
    assert len([page for page in pages if page.strip()]) >= 2
    for page in pages[1:]:
        assert "Date of Meeting" not in page and "Purpose of the Paper" not in page, page[:300]


def test_the_standard_template_shows_every_field_and_only_fields():
    assert audit_template(default_template()) == ([], [])


def test_template_check_reports_strange_tags_and_missing_fields(tmp_path):
    document = docx.Document(str(default_template()))
    body = document.element.body
    tags = {sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}") for sdt in body.iter(qn("w:sdt"))}
    for tag in tags:
        if tag.get(qn("w:val")) == "title":
            tag.set(qn("w:val"), "paper_title")
    document.save(str(tmp_path / "ours.docx"))
    unknown, unshown = audit_template(tmp_path / "ours.docx")
    assert unknown == ["paper_title"]
    assert unshown == ["title"]


def test_the_sheet_is_recognised_from_its_opening_blocks(example_sheet, tmp_path):
    from coversheet.word.read import _opening
    from coversheet.word.readers.tagged import is_tagged

    opening, _ = _opening(body_blocks(render_sheet(example_sheet, tmp_path / "sheet.docx")))
    assert is_tagged(opening)


def test_one_stray_tag_on_a_hand_made_sheet_does_not_make_it_ours(tmp_path):
    """A legacy sheet whose date control an author tagged `title` still goes to the legacy reader."""
    import zipfile

    from coversheet.run.one_file import check_file

    source = DOCX / "item07-formfield.docx"
    target = tmp_path / "item07-stray-tag.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:sdtPr>", b'<w:sdtPr><w:tag w:val="title"/>', 1)
                assert b'w:val="title"' in data
            new.writestr(info, data)
    result = check_file(target)
    assert result.title == "Clinical Strategy - Update"
    assert result.agenda_item == "7"


@pytest.mark.parametrize("board", ["examples", "examples-profiles/nhs-icb"])
def test_a_title_longer_than_word_keeps_in_its_properties_renders_whole(tmp_path: Path, board: str) -> None:
    from helpers.cli import coversheet
    from helpers.paths import ROOT

    folder = ROOT / board
    source = folder / ("complete.yaml" if board == "examples" else "item-07-winter-plan.yaml")
    title = "A very long title about the whole system's plans " * 6  # ~300 characters
    draft = tmp_path / "long.yaml"
    text = source.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("title:"))
    draft.write_text(text.replace(old, f"title: {title.strip()}"), encoding="utf-8")
    config = ["--config", str(folder / "coversheet.toml")] if (folder / "coversheet.toml").exists() else []
    result = coversheet("render", draft, "-o", tmp_path / "long.docx", *config)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    properties = docx.Document(str(tmp_path / "long.docx")).core_properties
    assert len(properties.title) == 255 and properties.title.endswith("…")
    assert title.strip().startswith(properties.title[:-1])
    extracted = coversheet("extract", tmp_path / "long.docx", *config)
    assert title.strip() in " ".join(extracted.stdout.split())  # the sheet itself keeps the whole title
