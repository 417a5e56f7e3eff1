"""A time budget per file, and Ctrl-C: no file stalls a run, and nothing is left behind."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.hostile import (
    COMPLETE,
    EXAMPLES,
    ROOT,
    alive,
    children_of,
    coversheet,
    empty_paragraphs_docx,
    long_table_docx,
)
from helpers.signals import ctrl_c_reaches_it

from coversheet.run.many import iter_check
from coversheet.run.one_file import CheckOptions

# Slow by design: files that run past their time budget, and runs interrupted part-way.
pytestmark = pytest.mark.slow

SLOW_PARAGRAPHS = 1_500_000  # ~10 s to read on a 2-core machine; well past a 1 s budget


@pytest.fixture(scope="module")
def slow_docx(tmp_path_factory) -> Path:
    return empty_paragraphs_docx(tmp_path_factory.mktemp("slow") / "millions-of-paragraphs.docx", SLOW_PARAGRAPHS)


@pytest.fixture
def papers_with_a_slow_one(tmp_path: Path, slow_docx: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    for paper in sorted(EXAMPLES.glob("*.yaml")):
        shutil.copy(paper, folder / paper.name)
    shutil.copy(slow_docx, folder / "b-slow.docx")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_past_its_budget_is_its_own_error_and_the_run_goes_on(papers_with_a_slow_one: Path, jobs: str) -> None:
    started = time.monotonic()
    result = coversheet("check", papers_with_a_slow_one, "-j", jobs, "--time-budget", "1", "-f", "json")
    elapsed = time.monotonic() - started
    assert result.returncode == 1, result.stderr  # the other papers were checked and some fail
    assert "Traceback" not in result.stderr
    import json

    files = {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}
    assert len(files) == 7
    slow = files["b-slow.docx"]
    assert slow["status"] == "error"
    assert "longer than the 1 s allowed" in slow["findings"][0]["message"]
    assert all(f["status"] != "error" for name, f in files.items() if name != "b-slow.docx")
    assert elapsed < 1 + 1 + 8, f"took {elapsed:.1f} s"  # budget + 1 s, plus start-up on a busy machine


def test_the_budget_holds_in_the_library_too(slow_docx: Path) -> None:
    started = time.monotonic()
    [result] = list(iter_check([slow_docx, ], CheckOptions(jobs=1, time_budget=0.5)))
    assert time.monotonic() - started < 0.5 + 1
    assert result.status.value == "error"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_a_run_promptly_with_nothing_left_behind(tmp_path: Path, slow_docx: Path, jobs: str) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    for i in range(4):
        shutil.copy(slow_docx, folder / f"slow-{i}.docx")
    process = subprocess.Popen(
        [sys.executable, "-m", "coversheet", "check", folder, "-j", jobs, "--time-budget", "0", "-o", tmp_path / "report.txt"],
        preexec_fn=ctrl_c_reaches_it,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        workers: set[int] = set()
        while time.monotonic() < deadline:  # wait until the run is under way (workers started)
            workers = children_of(process.pid)
            if len(workers) >= (2 if jobs == "2" else 0) and time.monotonic() > deadline - 27:
                break
            time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        sent = time.monotonic()
        _, stderr = process.communicate(timeout=10)
        assert time.monotonic() - sent < 3, "Ctrl-C took too long to end the run"
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr
    assert "Traceback" not in stderr
    time.sleep(0.5)
    assert not [pid for pid in workers if alive(pid)], "a worker outlived the run"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["papers"]  # no report, no temporary file
    assert not [p for p in folder.iterdir() if not p.name.startswith("slow-")]


def test_one_draft_is_still_checked_in_this_process(tmp_path: Path) -> None:
    # The budget is a timer, not a process per file: checking one draft starts no worker.
    result = coversheet("check", COMPLETE)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def long_table(tmp_path_factory) -> Path:
    # Read in linear Python work, at several seconds on a 2-core machine: past a 1 s budget.
    return long_table_docx(tmp_path_factory.mktemp("long") / "long-table.docx", 100_000, cells=2)


def test_a_40000_row_table_is_read_to_the_end_within_the_budget_in_this_process(tmp_path: Path) -> None:
    # Was a minute in one uninterruptible lxml call, then reported as past the budget.
    paper = long_table_docx(tmp_path / "long-table.docx", 40_000)
    result = coversheet("check", paper, "-j", "1", "-f", "json", timeout=60)
    import json

    [checked] = json.loads(result.stdout)["files"]
    messages = [f["message"] for f in checked["findings"]]
    assert not [m for m in messages if "longer than" in m], messages
    assert "no cover sheet" in messages[0]  # the reader's own verdict: it read the table through


@pytest.mark.parametrize(
    ("command", "outcome", "exit_code"),
    [
        (["extract"], "not read", 1),
        (["profile", "init", "-o", "{tmp}/board.toml"], "not read", 1),
        (["template", "check"], "not checked", 2),
    ],
    ids=["extract", "profile-init", "template-check"],
)
def test_every_command_that_reads_a_paper_keeps_to_the_time_budget(long_table: Path, tmp_path: Path, command, outcome, exit_code) -> None:
    arguments = [part.replace("{tmp}", str(tmp_path)) for part in command]
    result = coversheet(*arguments, long_table, "--time-budget", "1", timeout=60)
    assert result.returncode == exit_code, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"coversheet: {long_table}: {outcome}: it took longer than the 1 s allowed for one file "
        "(a pathological or hostile file? see --time-budget)"
    ]
    assert not (tmp_path / "board.toml").exists()


def test_render_stops_a_board_pattern_that_backtracks_for_ever(tmp_path: Path) -> None:
    # `^(a+)+$` against "aaaa…!" backtracks for longer than anyone would wait; check stopped
    # it at its budget, render ran on past two minutes.
    from coversheet.resources import data_path

    shipped = data_path("profiles", "nhs-icb.toml").read_text(encoding="utf-8")
    (tmp_path / "board.toml").write_text(shipped.replace(r"pattern = '^BAF \d+(\.\d+)?$'", "pattern = '^(a+)+$'"), encoding="utf-8")
    (tmp_path / "coversheet.toml").write_text('profile = "board.toml"\n', encoding="utf-8")
    draft = (ROOT / "examples-profiles" / "nhs-icb" / "item-07-winter-plan.yaml").read_text(encoding="utf-8")
    (tmp_path / "paper.yaml").write_text(draft.replace("id: BAF 2.1", "id: " + "a" * 40 + "!"), encoding="utf-8")
    result = coversheet("render", tmp_path / "paper.yaml", "-o", tmp_path / "paper.docx", timeout=60)  # the default budget
    assert result.returncode == 1, result.stderr
    assert "not rendered" in result.stderr
    assert "not checked: it took longer than the 5 s allowed" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "paper.docx").exists()
