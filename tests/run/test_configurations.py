"""Configurations belong to the run that reads them: a file rewritten is read anew."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers.paths import EXAMPLES

from coversheet.run.configuration import Configurations
from coversheet.run.many import check_paths

FAILING = EXAMPLES / "item-07-clinical-strategy.yaml"  # conflicts of interest not answered: CS102


def _codes(folder: Path) -> set[str]:
    (result,) = check_paths([folder]).results
    return {finding.code for finding in result.findings}


def test_a_profile_rewritten_between_two_checks_in_one_process_is_read_anew(tmp_path: Path) -> None:
    shutil.copy(FAILING, tmp_path / "paper.yaml")
    (tmp_path / "coversheet.toml").write_text('profile = "our-board.toml"\n', encoding="utf-8")
    profile = tmp_path / "our-board.toml"
    profile.write_text('extends = "ics-board-2020"\n', encoding="utf-8")
    assert "CS102" in _codes(tmp_path)

    profile.write_text('extends = "ics-board-2020"\n[settings.rules]\nignore = ["CS102"]\n', encoding="utf-8")
    assert "CS102" not in _codes(tmp_path)


def test_a_coversheet_toml_rewritten_between_two_checks_in_one_process_is_read_anew(tmp_path: Path) -> None:
    shutil.copy(FAILING, tmp_path / "paper.yaml")
    (tmp_path / "coversheet.toml").write_text('board = "ICS Board"\n', encoding="utf-8")
    assert "CS102" in _codes(tmp_path)

    (tmp_path / "coversheet.toml").write_text('[rules]\nignore = ["CS102"]\n', encoding="utf-8")
    assert "CS102" not in _codes(tmp_path)


def test_one_runs_configurations_follow_a_rewritten_file_and_keep_an_unchanged_one(tmp_path: Path) -> None:
    # A watcher keeps its run's configurations for a week: each is keyed on the files' identity
    # and modification time, so an unchanged file is built once and a rewritten one again.
    toml = tmp_path / "coversheet.toml"
    toml.write_text('profile = "our-board.toml"\n', encoding="utf-8")
    profile = tmp_path / "our-board.toml"
    profile.write_text('extends = "nhs-icb"\n', encoding="utf-8")
    configurations = Configurations()
    first = configurations.load(toml)
    assert configurations.load(toml) is first

    profile.write_text('extends = "nhs-icb"\n[settings]\nsummary_word_limit = 300\n', encoding="utf-8")
    assert configurations.load(toml).summary_word_limit == 300
    toml.write_text('profile = "our-board.toml"\nsummary_word_limit = 400\n', encoding="utf-8")
    assert configurations.load(toml).summary_word_limit == 400
