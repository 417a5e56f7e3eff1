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
