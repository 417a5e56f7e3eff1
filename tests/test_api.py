"""The Python API the README documents: `from coversheet import check_paths, load_draft`."""

from __future__ import annotations

import pytest
from helpers.paths import COMPLETE, DOCX, EXAMPLES, HOSTILE, POSITIVE

from coversheet import DraftInvalid, load_draft
from coversheet.config import BoardConfig
from coversheet.model import CoverSheet, PurposeCategory


def test_a_draft_loads_as_the_sheet_it_describes() -> None:
    sheet = load_draft(str(COMPLETE))  # a str path, as in the README
    assert isinstance(sheet, CoverSheet)
    assert sheet.title == "ICS Finance Report"
    assert sheet.agenda_item == "10"
    assert sheet.meeting_date.isoformat() == "2020-12-02"
    assert sheet.purpose.categories == [PurposeCategory.INFORMATION]
    assert load_draft(POSITIVE / "complete.json") == load_draft(POSITIVE / "complete.yaml")


def test_a_word_cover_sheet_loads_like_a_draft() -> None:
    sheet = load_draft(EXAMPLES / "word" / "item-12-programme-summary.docx")
    assert sheet.title and sheet.meeting_date.isoformat() == "2020-12-02"


def test_a_document_without_a_cover_sheet_is_refused_as_check_reports_it() -> None:
    path = DOCX / "no-cover-sheet.docx"
    with pytest.raises(DraftInvalid) as raised:
        load_draft(path)
    assert [f.code for f in raised.value.findings] == ["CS006"]
    assert raised.value.path == path
    assert str(raised.value).startswith(f"{path}: no cover sheet at the start of the document")


def test_a_file_that_cannot_be_opened_is_refused_with_cs001() -> None:
    with pytest.raises(DraftInvalid) as raised:
        load_draft(HOSTILE / "not-a-zip.docx")
    assert [f.code for f in raised.value.findings] == ["CS001"]


def test_values_the_model_refuses_are_each_named(tmp_path) -> None:
    draft = tmp_path / "paper.yaml"
    draft.write_text("title: Report\nmeeting_date: December 2020\nrecomendations: []\n")
    with pytest.raises(DraftInvalid) as raised:
        load_draft(draft)
    assert sorted((f.code, f.field, f.line) for f in raised.value.findings) == [
        ("CS002", "recomendations", 3),
        ("CS003", "meeting_date", 2),
    ]


def test_completeness_is_not_judged(tmp_path) -> None:
    draft = tmp_path / "paper.yaml"
    draft.write_text("title: '[Insert title]'\n")  # CS101 and CS201 for check, not for loading
    assert load_draft(draft).title == "[Insert title]"


def test_the_boards_own_implications_are_read_with_its_configuration(tmp_path) -> None:
    draft = tmp_path / "paper.yaml"
    draft.write_text("title: Report\nimplications:\n  sustainability:\n    answer: yes\n")
    with pytest.raises(DraftInvalid) as raised:
        load_draft(draft)  # not an implication this board asks about
    assert [(f.code, f.field) for f in raised.value.findings] == [("CS002", "implications.sustainability")]
    sheet = load_draft(draft, BoardConfig(implications=["sustainability"]))
    assert sheet.model_dump(mode="json")["implications"]["sustainability"]["answer"] == "yes"
