"""A paper the meeting plan expects that is not in the folder: shown "To follow", and said."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers.meeting import page_texts
from helpers.pack_builds import run

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow

PLANNED = """
[[pack.items]]
item = "8"
title = "GP Services"
owner = "Director of Primary Care"
action = "Approve"
format = "Attached"
"""


def test_a_planned_attached_paper_not_in_the_folder_is_to_follow_and_said(meeting: Path, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    shutil.copytree(meeting, folder)
    with (folder / "coversheet.toml").open("a", encoding="utf-8") as plan:
        plan.write(PLANNED)
    (folder / "10-finance.yaml").unlink()  # item 10's body and appendices are in the plan; its cover sheet is not
    out = tmp_path / "pack.pdf"
    result = run("pack", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert ("warning: item 8 (GP Services) is shown to follow: the meeting plan has it attached, "
            "but no cover sheet for it is in the folder") in said, said
    # Item 10's body may be a confidential paper's whose cover sheet has not come: not
    # published as it is unless the plan says it is public.
    assert ("warning: item 10 (ICS Finance Report) is shown to follow: the meeting plan names its paper but no cover "
            "sheet for it is in the folder; to publish the paper as it is (minutes, slides), say confidential = false "
            "in its plan item") in said, said
    agenda = page_texts(out)[1]
    for item in ("8", "10"):
        row = next(line for line in agenda.splitlines() if line.startswith(f"{item}."))
        assert "To follow" in row and "Attached" not in row and not row.rstrip()[-1].isdigit(), row
