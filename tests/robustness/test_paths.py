"""Every path the user gave is reported, and file names reach no report raw."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from helpers.cli import coversheet
from helpers.hostile import COMPLETE, EXAMPLES

from coversheet.findings import escape_unprintable
from coversheet.report import FORMATS
from coversheet.run.many import check_paths
from coversheet.run.one_file import CheckOptions

NOT_UTF8 = os.fsdecode(b"fin\xe9.yaml")  # Latin-1 bytes, as an old Windows share writes them
ESCAPES = "\x1b[2K\x1b[1Ahidden\u202e.yaml"  # clears the line, moves up, reads backwards


@pytest.fixture
def awkward_names(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(EXAMPLES / "item-07-clinical-strategy.yaml", folder / NOT_UTF8)  # fails its checks
    shutil.copy(EXAMPLES / "item-10-finance-report.yaml", folder / ESCAPES)
    return folder


@pytest.mark.parametrize("format", FORMATS)
def test_awkward_file_names_are_escaped_in_every_written_report(awkward_names: Path, tmp_path: Path, format: str) -> None:
    out = tmp_path / f"report.{format}"
    result = coversheet("check", awkward_names, "-f", format, "-o", out)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    text = out.read_bytes().decode("utf-8")  # the whole report is valid UTF-8
    assert "\x1b" not in text and "\u202e" not in text
    if format == "json":
        text = "\n".join(f["path"] for f in json.loads(text)["files"])
    if format not in ("github", "sarif"):  # github lists only failures; SARIF percent-encodes names
        assert "fin\\xe9.yaml" in text
        assert "\\x1b[2K" in text


def test_awkward_file_names_are_escaped_on_a_terminal_and_in_notices_and_agendas(awkward_names: Path, tmp_path: Path) -> None:
    shown = coversheet("check", awkward_names)
    assert shown.returncode == 1 and "\x1b" not in shown.stdout and "fin\\xe9.yaml" in shown.stdout
    notices = tmp_path / "notices"
    written = coversheet("check", awkward_names, "--notices", notices)
    assert written.returncode == 1, written.stderr
    for notice in notices.iterdir():
        assert "\x1b" not in notice.read_text(encoding="utf-8")
    agenda = coversheet("agenda", awkward_names, "-f", "md", "-o", tmp_path / "agenda.md")
    assert agenda.returncode == 0, agenda.stderr
    assert "\x1b" not in (tmp_path / "agenda.md").read_text(encoding="utf-8") + agenda.stderr


def test_escaping_leaves_ordinary_names_alone() -> None:
    assert escape_unprintable("Board papers/Item 7 – Finance (v2).docx") == "Board papers/Item 7 – Finance (v2).docx"
    assert escape_unprintable("a\tb\x9bc\u202ed") == "a\\x09b\\x9bc\\u202ed"


def test_a_folder_that_cannot_be_read_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "papers"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    shutil.copy(COMPLETE, folder / "complete.yaml")
    real_scandir = os.scandir

    def scandir(path="."):  # as for a folder without read permission (root can read anything)
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    run = check_paths([folder], CheckOptions(jobs=1))
    by_name = {r.path.name: r for r in run.results}
    assert by_name["complete.yaml"].status.value == "pass"
    assert by_name["locked"].status.value == "error"
    assert "cannot read this folder (Permission denied)" in by_name["locked"].findings[0].message
    assert "read this folder" in by_name["locked"].findings[0].hint  # not "fix the file so that it opens"
    assert run.exit_code() == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder whatever its permissions")
def test_unreadable_folders_and_files_in_them_are_reported_not_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    shutil.copy(COMPLETE, locked / "inside.yaml")
    shutil.copy(COMPLETE, folder / "complete.yaml")
    locked.chmod(0)
    try:
        result = coversheet("check", folder, "-f", "json")
        named = coversheet("check", locked / "inside.yaml")
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1, result.stderr
    statuses = {Path(f["path"]).name: f["status"] for f in json.loads(result.stdout)["files"]}
    assert statuses == {"complete.yaml": "pass", "locked": "error"}
    assert named.returncode == 1 and "Traceback" not in named.stderr and "Permission denied" in named.stdout


def test_a_file_named_inside_an_unreadable_folder_is_a_finding_not_a_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "locked" / "inside.yaml"
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if Path(path) == target:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    run = check_paths([target], CheckOptions(jobs=1))
    [result] = run.results
    assert result.status.value == "error"
    assert "Permission denied" in result.findings[0].message


def test_a_link_out_of_the_checked_folder_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere" / "secret.yaml"
    secret.parent.mkdir()
    secret.write_text("password_of_the_finance_director: hunter2\n", encoding="utf-8")
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "paper.yaml").symlink_to(secret)
    shutil.copy(COMPLETE, folder / "complete.yaml")
    (folder / "inside.yaml").symlink_to(folder / "complete.yaml")  # a link within the folder is fine
    result = coversheet("check", folder, "-f", "json")
    assert "hunter2" not in result.stdout and "password_of_the_finance_director" not in result.stdout
    statuses = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert statuses["paper.yaml"]["status"] == "error"
    assert "outside the folder" in statuses["paper.yaml"]["findings"][0]["message"]
    assert "Put the paper itself in the folder" in statuses["paper.yaml"]["findings"][0]["hint"]
    assert statuses["inside.yaml"]["status"] == "pass"
