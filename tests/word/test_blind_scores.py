"""The reader on boards it was not written against (tests/fixtures/blind/, `make score-boards`).

Each board's score, under `profile init`'s profile used unedited and under the secretary's
coversheet.toml, must not fall below the figure recorded in SCORES.json: a change to the
reader that helps one board must not quietly cost another.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.corpus  # reads every blind board's papers twice: `make test-fast` leaves it out

ROOT = Path(__file__).resolve().parents[2]
SCORES = ROOT / "tests" / "fixtures" / "blind" / "SCORES.json"


def _scorer():
    spec = importlib.util.spec_from_file_location("score_boards", ROOT / "tools" / "score_boards.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_boards", module)
    spec.loader.exec_module(module)
    return module


RECORDED = json.loads(SCORES.read_text(encoding="utf-8")) if SCORES.exists() else {}


@pytest.mark.skipif(not RECORDED, reason="no blind board scored yet")
@pytest.mark.parametrize("board", sorted(RECORDED))
def test_a_blind_boards_score_does_not_fall(board):
    scorer = _scorer()
    results, broken = scorer.score_all(board)
    assert not broken, f"reading {board} raised: {broken[board]}"
    assert board in results, f"{board} is recorded in SCORES.json but has no TRUTH.yaml"
    for mode, recorded in RECORDED[board].items():
        score = results[board][mode]
        assert round(score.share, 3) >= recorded, (
            f"{board} under {mode}: {score.share:.1%} < recorded {recorded:.1%}; missed:\n  "
            + "\n  ".join(score.misses))


def test_every_blind_board_has_a_recorded_score():
    scored = {path.parent.name for path in (ROOT / "tests" / "fixtures" / "blind").glob("*/TRUTH.yaml")}
    assert scored <= set(RECORDED), f"run `make score-boards` with --record: {sorted(scored - set(RECORDED))}"


@pytest.mark.parametrize("truth, read, met", [
    ("Yes – reviewed by the Quality Committee", {"answer": "yes", "note": "reviewed by the Quality Committee"}, True),
    ("None.", {"answer": "no", "note": None}, True),
    ("Yes – reviewed by the Quality Committee", {"answer": "no", "note": "reviewed by the Quality Committee"}, False),
    ("None.", {"answer": "yes", "note": None}, False),
    ("No negative impact identified", {"answer": "no", "note": "negative impact identified"}, False),
])
def test_a_text_truth_against_a_yes_no_answer_read_with_its_explanation(truth, read, met):
    # the truth's writer wrote the answer as text; the reader gave the word and the explanation apart
    assert _scorer().same("text", truth, read, {}) is met


def test_a_references_truth_against_the_risks_question_read_whole():
    truth = [{"id": "BAF 1.1", "description": "Urgent and emergency care demand"}]
    read = {"associated": "yes", "references": [{"id": "BAF 1.1", "description": "Urgent and emergency care demand"}]}
    assert _scorer().same("references", truth, read, {})
    assert not _scorer().same("references", truth, {**read, "references": []}, {})


def test_no_purpose_word_ticked_is_no_purpose_whatever_sentence_was_read_beside_it():
    assert _scorer().same("purpose", None, {"categories": None, "text": "The paper reports progress."}, {})
    assert not _scorer().same("purpose", None, {"categories": ["information"], "text": None}, {})


def test_a_text_truth_against_references_read_from_it():
    read = [{"id": "BAF 2", "description": "Timely access"}, {"id": "BAF 5", "description": "Financial sustainability"}]
    assert _scorer().same("text", "BAF 2 – Timely access; BAF 5 – Financial sustainability", read, {})
    assert not _scorer().same("text", "BAF 2 – Timely access", read, {})
