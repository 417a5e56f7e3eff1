"""Where the test data lives: the bundled examples, the draft and Word fixtures."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
COMPLETE = EXAMPLES / "complete.yaml"
FIVE_PAPERS = sorted(EXAMPLES.glob("item-*.yaml"))  # the five real ICS Board papers of 2 December 2020
DATA = ROOT / "tests" / "data"
NEGATIVE = DATA / "negative"
POSITIVE = DATA / "positive"
DOCX = ROOT / "tests" / "fixtures" / "docx"
HOSTILE = DOCX / "hostile"
ARTIFACTS = ROOT / "test-artifacts"
