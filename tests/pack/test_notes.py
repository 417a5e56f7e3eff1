"""Notes for the chair: in the private pack only; the public pack's builder reads them on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.meeting import page_texts
from helpers.pack_builds import OTHER_MEETING, OUTPUT

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow


def test_the_public_pack_names_no_file_left_out_but_the_secretary_is_told(public: Path) -> None:
    text = "\n".join(page_texts(public))
    assert "Notes for the chair" not in text and "zanzibar" not in text.casefold() and "05-ics-finance" not in text
    said = " ".join(OUTPUT[public].split())
    assert f"warning: {OTHER_MEETING} is for the meeting on Wednesday 4 November 2020, not Wednesday 2 December 2020: not packed" in said


def test_the_private_pack_keeps_the_notes_for_the_chair(private: Path) -> None:
    agenda = " ".join(page_texts(private)[1].split())
    assert "Notes for the chair" in agenda
    assert f"{OTHER_MEETING} is for the meeting on Wednesday 4 November 2020" in agenda
