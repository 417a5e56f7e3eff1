"""The secretary's configuration governs: an author's coversheet.toml cannot change the checks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers.cli import coversheet
from helpers.hostile import EXAMPLES

FAILING = EXAMPLES / "item-07-clinical-strategy.yaml"  # conflicts of interest not answered


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    drive = tmp_path / "board"
    (drive / "finance").mkdir(parents=True)
    (drive / "coversheet.toml").write_text('[glossary]\nSLE = "System Leadership Executive"\n', encoding="utf-8")
    shutil.copy(FAILING, drive / "finance" / "paper.yaml")
    return drive


def _statuses(result) -> dict[str, str]:
    return {Path(f["path"]).name: f["status"] for f in json.loads(result.stdout)["files"]}


def test_a_coversheet_toml_beside_a_paper_cannot_make_it_pass(drive: Path) -> None:
    (drive / "finance" / "coversheet.toml").write_text('[rules]\nselect = ["CS204"]\n', encoding="utf-8")
    result = coversheet("check", drive, "-f", "json")
    assert result.returncode == 1, result.stderr
    assert _statuses(result) == {"paper.yaml": "fail"}
    assert result.stderr.count("ignoring") == 1 and "finance/coversheet.toml" in result.stderr


def test_a_broken_coversheet_toml_below_is_reported_once_and_the_papers_are_checked(drive: Path) -> None:
    (drive / "finance" / "coversheet.toml").write_text("this is [not toml\n", encoding="utf-8")
    shutil.copy(EXAMPLES / "complete.yaml", drive / "finance" / "complete.yaml")
    result = coversheet("check", drive, "-f", "json")
    assert result.returncode == 1, result.stderr
    assert _statuses(result) == {"complete.yaml": "pass", "paper.yaml": "fail"}
    assert len(result.stderr.strip().splitlines()) == 1 and "ignoring" in result.stderr


def test_checking_the_sub_folder_itself_uses_its_configuration(drive: Path) -> None:
    # The secretary may choose a sub-folder's settings by checking that folder.
    (drive / "finance" / "coversheet.toml").write_text('[rules]\nselect = ["CS204"]\n', encoding="utf-8")
    result = coversheet("check", drive / "finance", "-f", "json")
    assert result.returncode == 0, result.stderr
    assert "ignoring" not in result.stderr


def test_the_folder_s_own_configuration_and_the_ones_above_still_apply(drive: Path) -> None:
    (drive / "coversheet.toml").write_text('[rules]\nignore = ["CS102"]\n', encoding="utf-8")
    result = coversheet("check", drive, "-f", "json")
    assert _statuses(result) == {"paper.yaml": "pass"}, result.stdout
    result = coversheet("check", drive / "finance" / "paper.yaml", "-f", "json")
    assert _statuses(result) == {"paper.yaml": "pass"}, result.stdout


def test_the_agenda_ignores_a_coversheet_toml_below_the_folder_too(drive: Path) -> None:
    (drive / "finance" / "coversheet.toml").write_text("broken [\n", encoding="utf-8")
    result = coversheet("agenda", drive, "-f", "md")
    assert result.returncode == 0, result.stderr
    # The agenda gives its notes once, where the secretary reads them: in the agenda.
    assert "finance/coversheet.toml is ignored" in result.stdout


@pytest.mark.parametrize(
    "arguments",
    [
        lambda drive: [drive, drive / "finance" / "paper.yaml"],  # the folder and the paper in it
        lambda drive: [drive / "top.yaml", drive / "finance" / "paper.yaml"],  # a shell's board/**/*.yaml
        lambda drive: [drive / "top.yaml", drive / "finance"],  # a shell's board/*
    ],
    ids=["folder-and-paper", "glob-of-files", "glob-of-folder-entries"],
)
def test_naming_papers_one_by_one_gives_an_authors_coversheet_toml_no_say(drive: Path, arguments) -> None:
    (drive / "finance" / "coversheet.toml").write_text('[rules]\nselect = ["CS204"]\n', encoding="utf-8")
    shutil.copy(EXAMPLES / "complete.yaml", drive / "top.yaml")
    result = coversheet("check", *arguments(drive), "-f", "json")
    assert result.returncode == 1, result.stderr
    assert _statuses(result) == {"paper.yaml": "fail", "top.yaml": "pass"}
    assert "ignoring" in result.stderr and "finance/coversheet.toml" in result.stderr
