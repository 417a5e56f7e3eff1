"""What the secretary's-desk tests share: example papers, fixtures, and a drive snapshot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
DOCX = ROOT / "tests" / "fixtures" / "docx"
NEGATIVE = ROOT / "tests" / "data" / "negative"
FIVE_PAPERS = sorted(EXAMPLES.glob("item-*.yaml"))


@pytest.fixture
def five_papers(tmp_path: Path) -> Path:
    """The five real ICS Board papers of 2 December 2020, alone in a folder."""
    folder = tmp_path / "papers"
    folder.mkdir()
    for paper in FIVE_PAPERS:
        shutil.copy2(paper, folder / paper.name)
    return folder


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` (not following links) with its bytes and modification time."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        state[path.relative_to(folder).as_posix()] = (path.read_bytes(), path.stat().st_mtime_ns)
    return state


def listing(folder: Path) -> list[str]:
    """Every name under `folder`, links included: nothing may appear or disappear."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
