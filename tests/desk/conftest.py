"""Fixtures the secretary's-desk tests share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.paths import FIVE_PAPERS


@pytest.fixture
def five_papers(tmp_path: Path) -> Path:
    """The five real ICS Board papers of 2 December 2020, alone in a folder."""
    folder = tmp_path / "papers"
    folder.mkdir()
    for paper in FIVE_PAPERS:
        shutil.copy2(paper, folder / paper.name)
    return folder
