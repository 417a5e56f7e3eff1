"""Hand-made Word cover sheets read as a careful secretary reads them (coversheet.word.readers.legacy).

The fixture corpus in tests/fixtures/docx was made by several programs (python-docx in every
tick-box encoding, LibreOffice re-saves, pandoc); EXPECTED.yaml says what a secretary reads
off each one. Every fixture is compared field by field after validation into the model.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.truths import expected
from lxml import etree

from coversheet.config import DEFAULT_CONFIG
from coversheet.errors import UnreadableFile
from coversheet.findings import Status
from coversheet.model import CoverSheet
from coversheet.model.raw import RawDraft
from coversheet.rules.reading import finding_for, unreadable_finding
from coversheet.run.one_file import check_file, validate_raw
from coversheet.word.readers.legacy import read_legacy
from coversheet.word.ns import NSMAP
from coversheet.word.package import open_package
from coversheet.word.read import read_docx

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "docx"
EXPECTED = expected(FIXTURES / "EXPECTED.yaml")
SHEETS = {name: entry for name, entry in EXPECTED["fixtures"].items() if name != "no-cover-sheet.docx"}

# Where this reader deliberately differs from EXPECTED.yaml, and why (none now).
DEVIATIONS: dict = {}


def _model(raw: RawDraft) -> dict:
    sheet, _ = validate_raw(raw, DEFAULT_CONFIG)
    return sheet.model_dump(mode="json")


_READ: dict[str, RawDraft] = {}


def _read(name: str) -> RawDraft:
    if name not in _READ:
        _READ[name] = read_docx(FIXTURES / name)
    return _READ[name]


@pytest.mark.parametrize(
    "name, key",
    [(name, key) for name in SHEETS for key in CoverSheet.model_fields],
    ids=lambda value: str(value),
)
def test_every_field_reads_as_a_secretary_reads_it(name, key):
    got = _model(_read(name))[key]
    expected = DEVIATIONS.get((name, key), _model(RawDraft(SHEETS[name]["draft"]))[key])
    assert got == expected


@pytest.mark.parametrize("name", list(SHEETS))
def test_reader_findings_match_what_the_sheet_shows(name):
    entry = SHEETS[name]
    findings = {(f.code, f.field) for f in map(finding_for, _read(name).noticed)}
    expected = {("CS004", path) for path in entry.get("ambiguous", [])}
    if name.startswith("item09"):
        expected.add(("CS003", "meeting_date"))  # "December 2020" is a month
    if name == "activex.docx":
        expected |= {("CS005", f"implications.{key}") for key in ("quality", "equality", "privacy", "financial")}
        expected |= {("CS005", "risks.associated"), ("CS005", "risks.on_register")}
    assert findings == expected


def test_month_only_meeting_date_finding_quotes_the_document():
    (finding,) = [f for f in map(finding_for, _read("item09-wingdings-sym.docx").noticed) if f.field == "meeting_date"]
    assert "'December 2020'" in finding.message and finding.code == "CS003"
    assert "meeting_date" not in _read("item09-wingdings-sym.docx").data


def test_two_boxes_ticked_is_an_error_on_that_question():
    result = check_file(FIXTURES / "item05-w14.docx")
    ambiguous = [f for f in result.findings if f.code == "CS004"]
    assert [f.field for f in ambiguous] == ["risks.associated"]
    assert "Yes and N/A" in ambiguous[0].message
    assert result.status is Status.FAIL


def test_risk_text_that_is_no_reference_stays_a_note_and_the_reference_rule_fires():
    result = check_file(FIXTURES / "item10-unicode.docx")
    assert ("CS301", "risks.references") in {(f.code, f.field) for f in result.findings}
    assert _read("item10-unicode.docx").data["risks"]["note"] == "They are detailed in this report"


def test_governance_month_is_kept_and_warned_about():
    result = check_file(FIXTURES / "item12-symbol-text.docx")
    assert ("CS403", "governance.0.date") in {(f.code, f.field) for f in result.findings}


def test_a_paper_without_a_cover_sheet_is_an_error_of_its_own():
    result = check_file(FIXTURES / "no-cover-sheet.docx")
    assert result.status is Status.ERROR
    (finding,) = result.findings
    assert finding.code == "CS006" and "\n" not in finding.message


def test_the_huge_body_is_never_parsed_past_the_cover_sheet():
    consumed = 0
    with open_package(FIXTURES / "huge-body.docx") as package:
        size = package._zip.getinfo(package.main_part).file_size

        def counted():
            nonlocal consumed
            for block in package.body():
                consumed += 1
                yield block

        raw = read_legacy(counted(), package.header_paragraphs)
        inflated = package.inflated
    assert raw.data["agenda_item"] == "10"  # not the decoy table's "11" near the end
    assert consumed <= 5  # paragraph, metadata table, paragraph, main table (+1 read ahead)
    assert inflated < size / 10  # the 2.5 MB body was not inflated, let alone parsed


# --- layouts the corpus does not cover, built by hand --------------------------------------

_DECLARE = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NSMAP.items())


def _cell(text: str, span: int = 1) -> str:
    grid = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.split("|")) if text else "<w:p/>"
    return f"<w:tc>{grid}{paragraphs}</w:tc>"


def _table(*rows: list[str]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(_cell(c) for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def _para(text: str = "") -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" if text else "<w:p/>"


def _blocks(*xml: str):
    body = etree.fromstring(f"<w:body {_DECLARE}>{''.join(xml)}</w:body>")
    return list(body)


METADATA = _table(["Date of Meeting", "2nd December 2020"], ["Title of Paper", "A paper"], ["Agenda Item", "4"])


def _read_blocks(*xml: str) -> dict:
    return read_legacy(_blocks(*xml)).data


def test_blank_governance_rows_are_not_answered_and_none_is_answered_empty():
    blank = _read_blocks(METADATA, _table(["Governance and Reporting"], ["Meeting", "Date", "Outcome"], ["", "", ""]))
    none = _read_blocks(METADATA, _table(["Governance and Reporting"], ["Meeting", "Date", "Outcome"], ["None", "", ""]))
    assert blank["governance"] is None and none["governance"] == []


def test_governance_lines_split_only_when_the_counts_match():
    row = ["FAC|SLE", "13/11/20", "Approach agreed"]
    data = _read_blocks(METADATA, _table(["Governance"], ["Meeting", "Date", "Outcome"], row))
    assert data["governance"] == [{"forum": "FAC\nSLE", "date": "2020-11-13", "outcome": "Approach agreed"}]


def test_a_forum_named_like_a_label_is_still_a_governance_entry():
    data = _read_blocks(METADATA, _table(["Governance"], ["Meeting", "Date", "Outcome"], ["Finance", "13/11/20", "Noted"]))
    assert data["governance"] == [{"forum": "Finance", "date": "2020-11-13", "outcome": "Noted"}]


def test_an_answer_typed_as_a_word_and_boxes_before_their_labels():
    data = _read_blocks(
        METADATA,
        _table(["Quality Impact Assessment", "N/A"], ["Equality Impact Assessment", "☐", "Yes", "☒", "No"]),
    )
    assert data["implications"] == {"quality": {"answer": "n/a"}, "equality": {"answer": "no"}}


def test_label_variants_are_matched_by_meaning():
    data = _read_blocks(
        _table(["MEETING DATE:", "02.12.2020"], ["Author(s)", "A Person, Role / B Person"], ["Item no.", "7b"])
    )
    assert data["meeting_date"] == "2020-12-02" and data["agenda_item"] == "7b"
    assert data["authors"] == [{"name": "A Person", "role": "Role"}, {"name": "B Person", "role": None}]


def test_purpose_categories_come_from_the_text_only_when_it_states_them():
    stated = _read_blocks(METADATA, _table(["Purpose of the Paper"], ["For decision"]))
    unstated = _read_blocks(METADATA, _table(["Purpose of the Paper"], ["To update the Board."]))
    assert stated["purpose"]["categories"] == ["approval"]
    assert unstated["purpose"] == {"categories": None, "text": "To update the Board."}


def test_risk_lines_with_a_register_reference_become_references():
    data = _read_blocks(METADATA, _table(["Risk description and reference number", "FIN-07: Run rate puts the plan at risk|See section 3"]))
    assert data["risks"]["references"] == [{"id": "FIN-07", "description": "Run rate puts the plan at risk"}]
    assert data["risks"]["note"] == "See section 3"


def test_confidential_yes_with_its_reason():
    data = _read_blocks(_table(["Title of Paper", "A paper"], ["Confidential", "Yes – commercially sensitive"]))
    assert data["confidential"] is True and data["confidential_reason"] == "commercially sensitive"


@pytest.mark.parametrize(
    "blocks, says",
    [
        ([_para("Introduction")] * 8 + [METADATA], "begins with the paper's text"),
        ([_para("Just a letter.")], "no table"),
        ([_table(["Quarter", "Spend"], ["Q1", "£3m"])], "no cover-sheet labels"),
    ],
)
def test_no_cover_sheet_at_the_start_is_missing_cover_sheet(blocks, says):
    with pytest.raises(UnreadableFile) as caught:
        read_legacy(_blocks(*blocks))
    assert caught.value.missing_cover_sheet and says in caught.value.message
    assert unreadable_finding(caught.value).code == "CS006"


def test_body_text_after_the_sheet_is_never_read():
    after = _table(["Agenda Item", "99"])
    data = _read_blocks(METADATA, _table(["Purpose of the Paper"], ["For noting"]), _para("1. Introduction"), after)
    assert data["agenda_item"] == "4"


def _boxed_cell(*parts: str) -> str:
    return f"<w:tc><w:p>{''.join(parts)}</w:p></w:tc>"


def _ff(on: bool) -> str:
    """A FORMCHECKBOX field, as Word's legacy forms write it: its state only, no glyph."""
    state = '<w:default w:val="1"/>' if on else '<w:default w:val="0"/>'
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _w14(on: bool) -> str:
    """A Word 2010+ check-box control whose glyph was never drawn (its state only)."""
    return f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(on)}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t></w:t></w:r></w:sdtContent></w:sdt>'


def _words(text: str) -> str:
    return f"<w:r><w:t xml:space=\"preserve\"> {text} </w:t></w:r>"


@pytest.mark.parametrize("box", [_ff, _w14], ids=["formcheckbox", "w14"])
def test_words_beside_boxes_that_hold_only_their_state_are_answers_only_when_ticked(box):
    purpose_row = "<w:tr>" + _boxed_cell(box(False), _words("For approval"), box(True), _words("For noting")) + "</w:tr>"
    none_row = "<w:tr>" + _boxed_cell(box(False), _words("For approval"), box(False), _words("For noting")) + "</w:tr>"
    confidential = "<w:tr>" + _cell("Confidential") + _boxed_cell(_words("Yes"), box(False), _words("No"), box(True)) + "</w:tr>"
    ticked = _read_blocks(METADATA, f"<w:tbl><w:tr>{_cell('Purpose of the Paper')}</w:tr>{purpose_row}{confidential}</w:tbl>")
    unticked = _read_blocks(METADATA, f"<w:tbl><w:tr>{_cell('Purpose of the Paper')}</w:tr>{none_row}</w:tbl>")
    assert ticked["purpose"]["categories"] == ["information"]
    assert ticked["confidential"] is False
    assert unticked["purpose"]["categories"] is None  # words beside empty boxes: not answered


def _ticks(*pairs: tuple[str, bool]) -> str:
    return "".join(("☒ " if on else "☐ ") + words + " " for words, on in pairs).strip()


def test_yes_and_no_both_ticked_on_confidential_is_the_ambiguous_answer_finding():
    raw = read_legacy(_blocks(METADATA, _table(["Confidential", _ticks(("Yes", True), ("No", True))])))
    assert raw.data["confidential"] is None
    assert [(n.kind.value, n.field) for n in raw.noticed if n.field == "confidential"] == [("ambiguous-answer", "confidential")]
    sheet_finding = finding_for(next(n for n in raw.noticed if n.field == "confidential"))
    assert sheet_finding.code == "CS004" and "Yes and No ticked" in sheet_finding.message


@pytest.mark.parametrize(
    ("cell", "text", "categories"),
    [
        (_ticks(("For approval", False), ("For noting", False)), None, None),  # nothing ticked: not answered
        (_ticks(("For approval", False), ("For noting", True)), None, ["information"]),
        (_ticks(("For approval", True), ("For noting", False)) + "|To agree the plan.", "To agree the plan.", ["approval"]),
    ],
    ids=["none-ticked", "one-ticked", "ticked-and-prose"],
)
def test_words_beside_boxes_are_never_the_purpose_text(cell: str, text, categories):
    data = _read_blocks(METADATA, _table(["Purpose of the Paper"], [cell]))
    assert data["purpose"] == {"categories": categories, "text": text}
