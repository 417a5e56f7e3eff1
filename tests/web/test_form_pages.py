"""The web form follows the board's sheet, and a draft goes through it unchanged.

In process, without a server: `coversheet.web.questions` builds the form from the profile,
`coversheet.web.drafts` turns a posted form into a draft and a draft back into the form.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coversheet.web.board import board_for_folder
from coversheet.web.checking import Workspace, check_draft, read_upload
from coversheet.web.drafts import draft_from_form, values_from_draft
from coversheet.web.questions import MAX_ROWS, build_form

ROOT = Path(__file__).resolve().parents[2]
BOARDS = [ROOT / "examples", ROOT / "examples-profiles" / "nhs-icb", ROOT / "examples-profiles" / "council-scrutiny"]
DRAFTS = [draft for board in BOARDS for draft in sorted(board.glob("*.yaml"))]


def _answered(value):
    """The draft without its unanswered keys (None), as the form gives it back."""
    if isinstance(value, dict):
        kept = {k: _answered(v) for k, v in value.items() if v is not None}
        return {k: v for k, v in kept.items() if v is not None}
    if isinstance(value, list):
        return [_answered(v) for v in value]
    return value


@pytest.mark.parametrize("board", BOARDS, ids=lambda b: b.name)
def test_the_form_asks_the_boards_questions_in_its_order_and_words(board: Path) -> None:
    config = board_for_folder(board)
    form = build_form(config)
    profile = config.profile
    expected = [(q.path, q.label) for q in profile.questions if q.path != "submitted_on"]
    assert [(q.path, q.label) for q in form.questions] == expected


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda d: f"{d.parent.name}/{d.name}")
def test_a_draft_goes_into_the_form_and_back_unchanged(draft: Path) -> None:
    config = board_for_folder(draft.parent)
    form = build_form(config)
    read = read_upload(draft, config, budget=5)
    assert read.draft is not None, read.problem
    expected = _answered(read.draft)
    expected.pop("submitted_on", None)  # the server sets it when the paper is submitted
    assert draft_from_form(form, values_from_draft(form, read.draft)) == expected


@pytest.mark.parametrize("board", BOARDS, ids=lambda b: b.name)
def test_every_finding_on_an_empty_sheet_lands_beside_a_question(board: Path) -> None:
    config = board_for_folder(board)
    form = build_form(config)
    workspace = Workspace()
    try:
        result = check_draft(workspace, {}, config, today=dt.date(2026, 1, 5), budget=5)
    finally:
        workspace.close()
    assert result.findings
    assert [f.field for f in result.findings if form.question_for(f.field) is None] == []


def test_the_boards_own_impact_assessments_follow_the_sheets(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('implications = ["workforce", "digital"]\n', encoding="utf-8")
    form = build_form(board_for_folder(tmp_path))
    paths = [q.path for q in form.questions]
    at = paths.index("implications.financial")
    assert paths[at + 1:at + 3] == ["implications.workforce", "implications.digital"]
    assert paths[-1] == "risks"


def test_names_the_form_does_not_draw_are_ignored_and_rows_are_bounded(tmp_path: Path) -> None:
    form = build_form(board_for_folder(tmp_path))
    posted = {"title": ["A"], "../../etc/passwd": ["x"], "questions.evil": ["x"], "__class__": ["x"]}
    posted.update({f"recommendations.{i}": [f"The Board is asked to note {i}."] for i in range(MAX_ROWS + 50)})
    draft = draft_from_form(form, posted)
    assert set(draft) == {"title", "recommendations"}
    assert len(draft["recommendations"]) == MAX_ROWS


def test_a_ticked_none_answers_a_list_and_blank_rows_do_not(tmp_path: Path) -> None:
    form = build_form(board_for_folder(tmp_path))
    assert draft_from_form(form, {"governance.none": ["on"], "governance.0.forum": ["  "]}) == {"governance": []}
    assert draft_from_form(form, {"governance.0.forum": [" "]}) == {}
