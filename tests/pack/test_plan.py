"""The meeting plan: in coversheet.toml, in a file it names, or refused with the file named."""

from __future__ import annotations

from pathlib import Path

import pytest

from coversheet.config.meeting_plan import ItemFormat
from coversheet.errors import ConfigError
from coversheet.pack.build import meeting_plan


def test_a_plan_file_named_by_coversheet_toml_is_read_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('board = "ICS Board"\n[pack]\nplan = "plans/december.toml"\n', encoding="utf-8")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "december.toml").write_text(
        '[pack]\nplace = "Preston"\n[[pack.items]]\nitem = "2"\ntitle = "Declarations of Interest"\nformat = "To follow"\n', encoding="utf-8")
    papers = tmp_path / "2020-12-02"
    papers.mkdir()
    board, plan = meeting_plan(papers, None, None)
    assert board.board == "ICS Board" and plan.place == "Preston"
    assert plan.item("2").format is ItemFormat.TO_FOLLOW


def test_a_mistake_in_the_plan_names_the_file_and_the_key(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text('[[items]]\nitem = "1"\ntitle = "Welcome"\nformat = "Sung"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"plan\.toml: items\.0\.format: Input should be 'Attached', 'Verbal', 'Presentation' or 'To follow'"):
        meeting_plan(tmp_path, None, plan)


@pytest.mark.parametrize(
    ("table", "said"),
    [
        ('[pack]\ntime = "10:00"\n[[pack.items]]\nitem = "1"\ntitle = "Welcome"\nformat = "Sung"\n',
         "pack.items.0.format: Input should be 'Attached', 'Verbal', 'Presentation' or 'To follow'"),
        ('[pack]\ntyme = "10:00"\n', "unknown setting 'pack.tyme'"),
    ],
    ids=["bad-value", "unknown-key"],
)
def test_a_mistake_in_the_pack_table_is_told_when_coversheet_toml_is_read(tmp_path: Path, table: str, said: str) -> None:
    # Even by `check`, which never builds the plan otherwise.
    from helpers.cli import coversheet
    from helpers.paths import EXAMPLES

    (tmp_path / "coversheet.toml").write_text(table, encoding="utf-8")
    (tmp_path / "paper.yaml").write_bytes((EXAMPLES / "complete.yaml").read_bytes())
    result = coversheet("check", tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"coversheet: {tmp_path / 'coversheet.toml'}: {said}"


@pytest.mark.parametrize(
    ("plan", "public", "private"),
    [
        ({"title": "Meeting in Public"}, "Meeting in Public", "Meeting in Private"),
        ({"title": "Board Meeting (Part 1)", "private_title": "Board Meeting (Part 2)"}, "Board Meeting (Part 1)", "Board Meeting (Part 2)"),
        ({}, "Meeting", "Meeting"),
    ],
)
def test_a_private_sessions_pack_is_titled_as_the_private_session(plan: dict, public: str, private: str) -> None:
    from coversheet.config.meeting_plan import MeetingPlan

    meeting = MeetingPlan.model_validate(plan)
    assert (meeting.title_for(False), meeting.title_for(True)) == (public, private)
