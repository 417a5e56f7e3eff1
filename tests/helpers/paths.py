"""Where the tests find the project's files."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DOCX = ROOT / "tests" / "fixtures" / "docx"
DATA = ROOT / "tests" / "data"
NEGATIVE = DATA / "negative"
ARTIFACTS = ROOT / "test-artifacts"
