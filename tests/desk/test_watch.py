"""`coversheet watch`: reports kept up to date as papers arrive, change and leave."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.paths import EXAMPLES
from helpers.signals import ctrl_c_reaches_it
from helpers.watching import report, wait_until, watching

import coversheet.desk.watch as watch_module
from coversheet.desk.watch import (
    HTML_REPORT,
    JSON_REPORT,
    ReportKeeper,
    Retry,
    check_settled,
)
from coversheet.findings import Status
from coversheet.run.one_file import CheckOptions

COMPLETE = (EXAMPLES / "complete.yaml").read_text()
NO_RETRY_WAIT = Retry(attempts=3, delay=0.01)




@pytest.fixture
def watched(tmp_path: Path):
    """A folder watched in a thread, with every update and every problem recorded; stopped after the test."""
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "first.yaml").write_text(COMPLETE)
    with watching(folder, debounce_ms=300, retry=NO_RETRY_WAIT) as watcher:
        wait_until(lambda: report(folder) == {"first.yaml": "pass"}, what="the first report")
        yield folder, watcher.updates, watcher.problems


def test_reports_follow_papers_arriving_changing_and_leaving(watched) -> None:
    folder, updates, _ = watched
    html = (folder / HTML_REPORT).read_text(encoding="utf-8")
    assert "first.yaml" in html and "Pass" in html

    shutil.copy(EXAMPLES / "item-10-finance-report.yaml", folder / "item-10.yaml")
    wait_until(lambda: report(folder).get("item-10.yaml") == "fail", what="the new paper")

    (folder / "first.yaml").write_text(COMPLETE.replace("title: ICS Finance Report", "title:"))
    wait_until(lambda: report(folder).get("first.yaml") == "fail", what="the changed paper")

    (folder / "item-10.yaml").unlink()
    wait_until(lambda: report(folder) == {"first.yaml": "fail"}, what="the deleted paper to leave")
    assert "item-10.yaml" not in (folder / HTML_REPORT).read_text(encoding="utf-8")


def test_a_paper_that_arrives_during_the_first_check_is_checked(tmp_path: Path, monkeypatch) -> None:
    """A paper saved while the folder is first checked, before the watch can see changes, is
    checked too (it waited for the next change in the folder, for ever if none came)."""
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "first.yaml").write_text(COMPLETE)
    real = watch_module.ReportKeeper.check_everything

    def checking_while_a_paper_arrives(keeper):
        run = real(keeper)
        if not (folder / "late.yaml").exists():
            (folder / "late.yaml").write_text(COMPLETE)  # after the check, before the watch begins
        return run

    monkeypatch.setattr(watch_module.ReportKeeper, "check_everything", checking_while_a_paper_arrives)
    # It is found at the first quiet interval (no change came), which need not be two seconds here.
    with watching(folder, debounce_ms=300, retry=NO_RETRY_WAIT, retry_seconds=0.2):
        wait_until(lambda: report(folder).get("late.yaml") == "pass", what="the paper that arrived during the first check")


def test_its_own_reports_never_start_another_round(watched, monkeypatch) -> None:
    folder, _, _ = watched
    seen: list[set[str]] = []  # the names in each batch of changes the watcher acts on
    real = watch_module.ReportKeeper.update

    def recording(keeper, changed):
        changed = [Path(p) for p in changed]
        seen.append({p.name for p in changed})
        return real(keeper, changed)

    monkeypatch.setattr(watch_module.ReportKeeper, "update", recording)
    (folder / "second.yaml").write_text(COMPLETE)
    wait_until(lambda: "second.yaml" in report(folder), what="the second paper")
    # The reports of that round were written before the third paper arrives, so a round they
    # started would reach the watcher before (or with) the third paper's: no waiting needed.
    (folder / "third.yaml").write_text(COMPLETE)
    wait_until(lambda: "third.yaml" in report(folder), what="the third paper")
    assert set().union(*seen) == {"second.yaml", "third.yaml"}, seen


def test_a_board_configuration_broken_while_watching_does_not_end_the_watch(watched) -> None:
    folder, updates, problems = watched
    (folder / "coversheet.toml").write_text("deadline_working_days = 'five'\n")
    wait_until(lambda: problems, what="the broken configuration to be reported")
    assert "coversheet.toml" in problems[0] and "deadline_working_days" in problems[0], problems
    (folder / "coversheet.toml").write_text("title_max_chars = 10\n")
    wait_until(lambda: report(folder).get("first.yaml") == "pass" and len(updates) > 1, what="the fixed configuration")
    data = json.loads((folder / JSON_REPORT).read_text(encoding="utf-8"))
    assert "CS204" in {f["code"] for f in data["files"][0]["findings"]}  # the new limit applies


def test_only_what_changed_is_checked_again(tmp_path: Path, monkeypatch) -> None:
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (tmp_path / name).write_text(COMPLETE)
    keeper = ReportKeeper(tmp_path, CheckOptions(jobs=1), NO_RETRY_WAIT)
    keeper.check_everything()
    checked: list[str] = []
    real = watch_module.check_file
    monkeypatch.setattr(watch_module, "check_file", lambda path, options: checked.append(path.name) or real(path, options))
    (tmp_path / "b.yaml").write_text(COMPLETE.replace("title: ICS Finance Report", "title:"))
    run = keeper.update([tmp_path / "b.yaml"])
    assert checked == ["b.yaml"]
    assert [r.status for r in run.results] == [Status.PASS, Status.FAIL, Status.PASS]
    assert keeper.update([tmp_path / JSON_REPORT]) is None  # nothing that matters changed


def test_a_half_saved_file_is_retried_until_it_is_whole(tmp_path: Path) -> None:
    paper = tmp_path / "paper.yaml"
    paper.write_text(COMPLETE[: len(COMPLETE) // 3] + "\n  - [unclosed")  # caught mid-save
    pauses = []

    def finish_saving(seconds: float) -> None:
        pauses.append(seconds)
        paper.write_text(COMPLETE)

    result = check_settled(paper, CheckOptions(jobs=1), Retry(attempts=3, delay=0.2), sleep=finish_saving)
    assert result.status is Status.PASS
    assert pauses == [0.2]


def test_a_file_that_stays_broken_is_reported_after_the_retries(tmp_path: Path) -> None:
    paper = tmp_path / "paper.yaml"
    paper.write_text("title: [unclosed\n")
    pauses = []
    result = check_settled(paper, CheckOptions(jobs=1), Retry(attempts=3, delay=0.2), sleep=pauses.append)
    assert result.status is Status.ERROR and "syntax" in result.findings[0].message.lower()
    assert pauses == [0.2, 0.2]


def test_ctrl_c_ends_the_watch_cleanly(tmp_path: Path) -> None:
    (tmp_path / "paper.yaml").write_text(COMPLETE)
    process = subprocess.Popen(
        [sys.executable, "-m", "coversheet", "watch", str(tmp_path)],
        preexec_fn=ctrl_c_reaches_it,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(lambda: report(tmp_path) == {"paper.yaml": "pass"}, what="the watcher's first report")
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr and "stopped" in stderr
    assert sorted(os.listdir(tmp_path)) == sorted(["paper.yaml", HTML_REPORT, JSON_REPORT])  # no temporary files left
