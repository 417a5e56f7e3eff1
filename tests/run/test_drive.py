"""Done when: a real-looking shared drive, mixed with junk and hostile files, is checked in
full (every paper reported, every bad file an `error` with a message, owner files skipped,
exit 1) and left exactly as it was: same files, same bytes, same modification times."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from helpers.drive import listing, snapshot
from helpers.paths import DOCX, EXAMPLES, NEGATIVE
from typer.testing import CliRunner

from coversheet.api import CheckOptions, check_paths
from coversheet.cli import app

runner = CliRunner()

HOSTILE = sorted(p.name for p in (DOCX / "hostile").glob("*.docx") if not p.name.startswith("~$"))
JUNK_DRAFTS = sorted(p.name for p in NEGATIVE.iterdir() if p.name != "EXPECTED.yaml")
WORD_PAPERS = sorted(p.name for p in DOCX.glob("item*.docx"))


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    """A board's folder as secretaries find it a week before the meeting."""
    root = tmp_path / "Board" / "2020-12-02"
    papers, word, junk, hostile = root / "Papers", root / "Word", root / "Returned", root / "Odd files"
    for folder in (papers, word, junk, hostile):
        folder.mkdir(parents=True)
    for paper in [*EXAMPLES.glob("item-*.yaml"), EXAMPLES / "complete.yaml"]:
        shutil.copy2(paper, papers / paper.name)
    for name in WORD_PAPERS:
        shutil.copy2(DOCX / name, word / name)
    for name in JUNK_DRAFTS:
        shutil.copy2(NEGATIVE / name, junk / name)
    for name in HOSTILE:
        shutil.copy2(DOCX / "hostile" / name, hostile / name)
    # What else lives on a drive, none of it a paper to check:
    shutil.copy2(DOCX / "hostile" / "~$item10.docx", word / "~$item10-unicode.docx")  # Word's owner file
    (word / "~WRL0001.tmp").write_bytes(b"\0" * 64)  # Word's temporary save file
    (papers / ".~lock.item-05.yaml#").write_text("lock")  # LibreOffice's lock file
    (papers / ".hidden-draft.yaml").write_text("title: hidden\n")
    (papers / "item-05-phase-3-planning.yaml~").write_text("backup")
    (root / "Thumbs.db").write_bytes(b"\0\1\2")
    (root / "notes.txt").write_text("chase item 12\n")
    (root / "coversheet-report.json").write_text('{"files": []}\n')  # a watcher's own report
    os.symlink(root, root / "loop")  # a link back up: the walk must not follow it
    return root


def expected_reports(root: Path) -> set[str]:
    return (
        {f"Papers/{p.name}" for p in [*EXAMPLES.glob("item-*.yaml"), EXAMPLES / "complete.yaml"]}
        | {f"Word/{n}" for n in WORD_PAPERS}
        | {f"Returned/{n}" for n in JUNK_DRAFTS}
        | {f"Odd files/{n}" for n in HOSTILE}
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_drive_is_checked_in_full_and_left_untouched(drive: Path, tmp_path: Path, jobs: str) -> None:
    before, names = snapshot(drive), listing(drive)
    report_file = tmp_path / "report.json"
    result = runner.invoke(
        app, ["check", str(drive), "--jobs", jobs, "--submitted-from", "mtime", "-f", "json", "-o", str(report_file)]
    )
    assert result.exit_code == 1, result.output
    report = json.loads(report_file.read_text(encoding="utf-8"))
    by_path = {Path(f["path"]).relative_to(drive).as_posix(): f for f in report["files"]}

    assert set(by_path) == expected_reports(drive)  # every paper; no owner, hidden, temp or other file
    for name in HOSTILE:
        entry = by_path[f"Odd files/{name}"]
        assert entry["status"] == "error", entry
        assert len(entry["findings"]) == 1 and entry["findings"][0]["message"].strip(), entry
    for name in JUNK_DRAFTS:
        assert by_path[f"Returned/{name}"]["status"] == "error", name
    assert by_path["Papers/complete.yaml"]["status"] == "pass"
    for name in ("item-05-phase-3-planning", "item-07-clinical-strategy", "item-09-assurance-framework"):
        assert by_path[f"Papers/{name}.yaml"]["status"] == "fail"
    for name in WORD_PAPERS:  # whatever the Word reader's state, each is reported, with a reason if not pass
        entry = by_path[f"Word/{name}"]
        assert entry["status"] == "pass" or entry["findings"][0]["message"].strip(), entry
    assert report["summary"]["files"] == len(by_path)

    assert listing(drive) == names, "checking created or removed files in the drive"
    assert snapshot(drive) == before, "checking changed a file's bytes or modification time"


def test_the_text_report_names_every_bad_file(drive: Path) -> None:
    result = runner.invoke(app, ["check", str(drive), "--jobs", "2"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    for name in HOSTILE:
        assert name in result.output


def test_every_file_is_opened_read_only(drive: Path) -> None:
    """Python's audit hook sees every open(): none of a drive file may ask to write."""
    opened: list[tuple[str, object, int]] = []
    watching = {"on": True}
    prefix = str(drive)

    def audit(event: str, args: tuple) -> None:
        if watching["on"] and event == "open" and isinstance(args[0], str) and args[0].startswith(prefix):
            opened.append((args[0], args[1], args[2]))

    sys.addaudithook(audit)  # cannot be removed; switched off below
    try:
        run = check_paths([drive], CheckOptions(jobs=1, submitted_from="mtime"))
    finally:
        watching["on"] = False
    assert len(run.results) == len(expected_reports(drive))
    assert opened, "the audit hook saw no file opened"
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    for path, mode, flags in opened:
        assert not (isinstance(mode, str) and set(mode) & set("wax+")), (path, mode)
        assert not (flags or 0) & write_flags, (path, flags)


def test_a_shells_board_star_names_papers_not_the_configuration_or_our_reports(tmp_path: Path) -> None:
    board = tmp_path / "board"
    board.mkdir()
    shutil.copy(EXAMPLES / "complete.yaml", board / "paper.yaml")
    (board / "coversheet.toml").write_text('board = "ICS Board"\n', encoding="utf-8")
    saved = CliRunner().invoke(app, ["check", str(board), "-f", "json", "-o", str(board / "report.json")])
    assert saved.exit_code == 0, saved.output
    starred = sorted(str(p) for p in board.iterdir())  # what `coversheet check board/*` is given
    result = CliRunner().invoke(app, ["check", *starred, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert [Path(f["path"]).name for f in json.loads(result.output)["files"]] == ["paper.yaml"]


def test_the_bodies_a_meeting_plan_names_are_parts_of_papers_not_papers(tmp_path: Path) -> None:
    from docx import Document

    meeting = tmp_path / "2020-12-02"
    (meeting / "bodies").mkdir(parents=True)
    shutil.copy(EXAMPLES / "complete.yaml", meeting / "10-finance.yaml")
    body = Document()
    body.add_heading("Month 7 finance", level=1)
    body.save(str(meeting / "bodies" / "finance.docx"))  # no cover sheet: the draft is its sheet
    (meeting / "coversheet.toml").write_text(
        '[pack]\n[[pack.items]]\nitem = "10"\ntitle = "ICS Finance Report"\nformat = "Attached"\npaper = "bodies/finance.docx"\n',
        encoding="utf-8")
    checked = CliRunner().invoke(app, ["check", str(meeting), "-f", "json"])
    assert checked.exit_code == 0, checked.output
    assert [Path(f["path"]).name for f in json.loads(checked.output)["files"]] == ["10-finance.yaml"]
    agenda = CliRunner().invoke(app, ["agenda", str(meeting), "-f", "md"])
    assert "finance.docx" not in agenda.output, agenda.output
    named = CliRunner().invoke(app, ["check", str(meeting / "bodies" / "finance.docx")])
    assert named.exit_code == 1 and "CS006" in named.output  # named on its own, it is checked as asked
