"""One meeting folder and its packs, built once and shared by the pack tests (LibreOffice is slow)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.meeting import draft, make_meeting, poppler, soffice
from helpers.pack_builds import OTHER_MEETING, build


@pytest.fixture(scope="session")
def meeting(tmp_path_factory) -> Path:
    soffice()
    poppler()
    folder = make_meeting(tmp_path_factory.mktemp("pack") / "2020-12-02")
    # A paper for last month's meeting left in the folder: not packed, and said so.
    (folder / OTHER_MEETING).write_text(draft("5", "ICS Finance Report (November)").replace("meeting_date: 2020-12-02", "meeting_date: 2020-11-04"), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def public(meeting: Path) -> Path:
    return build(meeting, meeting.parent / "out" / "pack.pdf")


@pytest.fixture(scope="session")
def private(meeting: Path) -> Path:
    return build(meeting, meeting.parent / "out" / "private.pdf", "--private")
