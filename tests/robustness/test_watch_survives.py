"""`watch` survives: a report it cannot write, a folder that vanishes and comes back."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from helpers.hostile import COMPLETE, EXAMPLES
from helpers.watching import report, wait_until, watching

from coversheet.desk.watch import JSON_REPORT, Retry

# Slow by design: a watcher waits out failed writes and a vanished folder.
pytestmark = pytest.mark.slow




@pytest.fixture(params=[True], ids=["poll"])
def watcher(tmp_path: Path, request):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(COMPLETE, folder / "first.yaml")
    with watching(folder, debounce_ms=200, retry=Retry(attempts=1, delay=0.01), retry_seconds=0.3, poll=request.param) as watched:
        wait_until(lambda: report(folder) == {"first.yaml": "pass"}, what="the first report")
        yield folder, watched.problems, watched.errors


def test_a_report_that_cannot_be_written_is_told_and_written_later(watcher) -> None:
    folder, problems, errors = watcher
    (folder / JSON_REPORT).unlink()
    (folder / JSON_REPORT).mkdir()  # now the JSON report cannot be written
    shutil.copy(EXAMPLES / "item-07-clinical-strategy.yaml", folder / "second.yaml")
    wait_until(lambda: any("cannot write the reports" in p for p in problems), what="the write failure to be told")
    time.sleep(1)
    assert not errors, "the watcher ended on a write failure"
    assert sum("cannot write the reports" in p for p in problems) == 1, problems  # told once, not every retry
    (folder / JSON_REPORT).rmdir()
    wait_until(lambda: report(folder) == {"first.yaml": "pass", "second.yaml": "fail"}, what="the report written again")
    assert any("written again" in p for p in problems)


def test_a_vanished_folder_is_waited_for_and_never_re_created(watcher, tmp_path: Path) -> None:
    folder, problems, errors = watcher
    moved = tmp_path / "moved"
    folder.rename(moved)
    wait_until(lambda: any("is gone" in p for p in problems), what="the vanished folder to be told")
    time.sleep(1)
    assert not folder.exists(), "the watcher re-created the folder"
    shutil.copy(EXAMPLES / "item-07-clinical-strategy.yaml", moved / "while-away.yaml")
    moved.rename(folder)
    wait_until(lambda: report(folder) == {"first.yaml": "pass", "while-away.yaml": "fail"}, what="the folder checked again")
    shutil.copy(COMPLETE, folder / "after.yaml")
    wait_until(lambda: "after.yaml" in report(folder), what="new papers seen after the return")
    assert any("is back" in p for p in problems)


@pytest.mark.parametrize("watcher", [False, True], ids=["notify", "poll"], indirect=True)
def test_a_file_name_that_is_not_utf8_is_told_once_and_the_watch_goes_on(watcher) -> None:
    folder, problems, errors = watcher
    # watchfiles cannot follow such a name: the watcher must not end on it.
    with open(os.fsencode(folder) + b"/fin\xe9.yaml", "wb") as paper:
        paper.write((EXAMPLES / "item-07-clinical-strategy.yaml").read_bytes())
    wait_until(lambda: len(report(folder)) == 2, what="the paper with that name to be checked")
    shutil.copy(COMPLETE, folder / "after.yaml")
    wait_until(lambda: "after.yaml" in report(folder), what="later papers to be seen")
    assert not errors, errors
    assert sum("could not be followed" in p for p in problems) == 1, problems  # told, once, not every round


def test_a_broken_coversheet_toml_when_the_watcher_starts_again_does_not_end_the_watch(watcher) -> None:
    folder, problems, errors = watcher
    (folder / "coversheet.toml").write_text("[rules\n", encoding="utf-8")
    wait_until(lambda: any("coversheet.toml" in p for p in problems), what="the broken configuration to be told")
    with open(os.fsencode(folder) + b"/fin\xe9.yaml", "wb") as paper:  # the watcher fails and starts again
        paper.write(COMPLETE.read_bytes())
    wait_until(lambda: any("could not be followed" in p for p in problems), what="the watcher's failure to be told")
    time.sleep(1)
    assert not errors, errors
    (folder / "coversheet.toml").write_text('[rules]\nignore = []\n', encoding="utf-8")
    shutil.copy(COMPLETE, folder / "after.yaml")
    wait_until(lambda: "after.yaml" in report(folder), what="the watch to go on once the configuration is fixed")
