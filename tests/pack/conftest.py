"""One meeting folder and its packs, built once and shared by the pack tests (LibreOffice is slow)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers.meeting import draft, make_meeting, poppler, soffice
from helpers.pack_builds import OTHER_MEETING, TAGGED_APPENDIX, build, tagged_appendix


@pytest.fixture(scope="session")
def meeting(tmp_path_factory) -> Path:
    soffice()
    poppler()
    folder = make_meeting(tmp_path_factory.mktemp("pack") / "2020-12-02")
    # A paper for last month's meeting left in the folder: not packed, and said so.
    (folder / OTHER_MEETING).write_text(draft("5", "ICS Finance Report (November)").replace("meeting_date: 2020-12-02", "meeting_date: 2020-11-04"), encoding="utf-8")
    # The finance paper's second appendix is a tagged PDF (its first one, from the shared
    # meeting, is exported without tags): both must end up in the pack's structure tree.
    tagged_appendix(folder / "bodies" / TAGGED_APPENDIX)
    plan = folder / "coversheet.toml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('appendices = ["bodies/finance-appendix.pdf"]',
                                 f'appendices = ["bodies/finance-appendix.pdf", "bodies/{TAGGED_APPENDIX}"]'), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def public(meeting: Path) -> Path:
    return build(meeting, meeting.parent / "out" / "pack.pdf")


@pytest.fixture(scope="session")
def private(meeting: Path) -> Path:
    return build(meeting, meeting.parent / "out" / "private.pdf", "--private")


@pytest.fixture
def no_libreoffice_needed(tmp_path_factory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in soffice first on PATH, for packs refused before LibreOffice would run: the
    test needs no LibreOffice, and fails rather than hangs if it does run."""
    folder = tmp_path_factory.mktemp("bin")
    (folder / "soffice").write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    (folder / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")


# --- a long meeting: 30 items, papers with no cover sheet, a confidential item, a late paper ---


@pytest.fixture(scope="session")
def long_meeting(tmp_path_factory) -> Path:
    from helpers.long_meeting import make_long_meeting

    soffice()
    poppler()
    return make_long_meeting(tmp_path_factory.mktemp("long") / "2020-12-02")


@pytest.fixture(scope="session")
def long_public(long_meeting: Path) -> Path:
    return build(long_meeting, long_meeting.parent / "out" / "pack.pdf")


@pytest.fixture(scope="session")
def long_private(long_meeting: Path) -> Path:
    return build(long_meeting, long_meeting.parent / "out" / "private.pdf", "--private")


@pytest.fixture(scope="session")
def long_supplement(long_meeting: Path, long_public: Path, long_private: Path) -> Path:
    """The late paper arrived, and one paper was revised, after both packs went out: the public supplement."""
    from helpers.long_meeting import late_draft, revise

    late_draft(long_meeting)
    revise(long_meeting)
    return build(long_meeting, long_meeting.parent / "out" / "supplement.pdf", "--supplement", str(long_public), "--revised")
