"""Parallel checking: same results as one at a time, in order, streamed, crash-proof."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.drive import snapshot
from helpers.paths import DOCX, EXAMPLES, NEGATIVE
from helpers.workers import crash_on_broken, die_on_broken, wait_for_marker_on_last
from typer.testing import CliRunner

from coversheet.api import CheckOptions, check_paths
from coversheet.cli import app
from coversheet.errors import ConfigError
from coversheet.findings import FileResult, Status
from coversheet.run.discovery import find_files
from coversheet.run.many import iter_check
from coversheet.run.parallel import jobs_for

pytestmark = pytest.mark.processes  # each case starts coversheet (or its server) as a process of its own

runner = CliRunner()


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    shutil.copytree(EXAMPLES, folder / "examples")
    shutil.copytree(NEGATIVE, folder / "negative")
    shutil.copytree(DOCX / "hostile", folder / "hostile")
    return folder


def _summary(run) -> list[tuple[str, str, list[str]]]:
    return [(r.path.as_posix(), r.status.value, [f.code for f in r.findings]) for r in run.results]


def test_parallel_results_equal_serial_results_in_sorted_order(mixed: Path) -> None:
    serial = check_paths([mixed], CheckOptions(jobs=1))
    parallel = check_paths([mixed], CheckOptions(jobs=2))
    assert _summary(parallel) == _summary(serial)
    paths = [r.path.as_posix() for r in parallel.results]
    assert paths == sorted(paths)
    assert len(paths) > 20


def test_results_stream_before_the_last_file_is_done(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml", "zz-last.yaml"):
        shutil.copy(EXAMPLES / "complete.yaml", tmp_path / name)
    results = iter_check(find_files([tmp_path]), CheckOptions(jobs=2), worker=wait_for_marker_on_last)
    first = next(results)
    assert first.path.name == "a.yaml"
    (tmp_path / "marker").touch()  # only now may the last file finish
    rest = list(results)
    assert [r.path.name for r in rest] == ["b.yaml", "zz-last.yaml"]
    assert rest[-1].title == "saw the marker"


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_exception_in_a_worker_becomes_that_files_error(tmp_path: Path, jobs: int) -> None:
    for name in ("a.yaml", "broken.yaml", "c.yaml"):
        shutil.copy(EXAMPLES / "complete.yaml", tmp_path / name)
    run = results_of(tmp_path, jobs, crash_on_broken)
    assert [(r.path.name, r.status) for r in run] == [("a.yaml", Status.PASS), ("broken.yaml", Status.ERROR), ("c.yaml", Status.PASS)]
    assert "RuntimeError: reader bug on purpose" in run[1].findings[0].message


def test_a_worker_process_that_dies_costs_only_its_file(tmp_path: Path) -> None:
    names = [f"{n:02}.yaml" for n in range(6)] + ["broken.yaml"] + [f"x{n}.yaml" for n in range(6)]
    for name in names:
        shutil.copy(EXAMPLES / "complete.yaml", tmp_path / name)
    run = results_of(tmp_path, 2, die_on_broken)
    statuses = {r.path.name: r.status for r in run}
    assert statuses.pop("broken.yaml") is Status.ERROR
    assert set(statuses.values()) == {Status.PASS}, statuses
    assert len(run) == len(names)
    broken = next(r for r in run if r.path.name == "broken.yaml")
    assert "worker process died" in broken.findings[0].message


def test_a_worker_that_dies_while_batches_are_still_handed_out_costs_only_its_file(tmp_path: Path) -> None:
    # The run reads its first result, then pauses (a slow report, a busy terminal) while the
    # worker of a later batch dies: the next batch is handed to a pool that is already broken.
    names = [f"{n:02}.yaml" for n in range(12)] + ["broken.yaml"] + [f"x{n:02}.yaml" for n in range(30)]
    for name in names:
        shutil.copy(EXAMPLES / "complete.yaml", tmp_path / name)
    results = iter_check(find_files([tmp_path]), CheckOptions(jobs=2), worker=die_on_broken)
    first = next(results)
    time.sleep(2)  # long enough for the worker to die and the pool to be marked broken
    run = [first, *results]
    statuses = {r.path.name: r.status for r in run}
    assert len(run) == len(names)
    assert statuses.pop("broken.yaml") is Status.ERROR
    assert set(statuses.values()) == {Status.PASS}, statuses


def results_of(folder: Path, jobs: int, worker) -> list[FileResult]:
    return list(iter_check(find_files([folder]), CheckOptions(jobs=jobs), worker=worker))


def test_a_broken_board_configuration_is_a_usage_error_not_a_file_result(mixed: Path) -> None:
    (mixed / "coversheet.toml").write_text("deadline_working_days = 'five'\n")
    with pytest.raises(ConfigError):
        check_paths([mixed], CheckOptions(jobs=2))
    result = runner.invoke(app, ["check", str(mixed), "--jobs", "2"])
    assert result.exit_code == 2, result.output
    assert "deadline_working_days" in result.output


def test_jobs_default_to_cores_but_a_handful_of_files_stays_in_process() -> None:
    assert jobs_for(None, 3) == 1
    assert jobs_for(None, 500) == (os.cpu_count() or 1)
    assert jobs_for(4, 2) == 2
    assert jobs_for(2, 3) == 2


def test_cli_jobs_gives_the_same_report_and_leaves_files_untouched(mixed: Path) -> None:
    before = snapshot(mixed)
    one = runner.invoke(app, ["check", str(mixed), "-f", "json", "--jobs", "1"])
    two = runner.invoke(app, ["check", str(mixed), "-f", "json", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1, two.output
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert snapshot(mixed) == before


def test_progress_bar_shows_on_a_terminal_only(mixed: Path) -> None:
    command = [sys.executable, "-m", "coversheet", "check", str(mixed), "-f", "json", "--jobs", "2"]
    primary, secondary = pty.openpty()
    try:
        process = subprocess.run(command, stdout=subprocess.PIPE, stderr=secondary, timeout=60)
        os.close(secondary)
        secondary = None
        terminal = _read_all(primary)
    finally:
        os.close(primary)
        if secondary is not None:
            os.close(secondary)
    assert process.returncode == 1
    assert "Checking" in terminal, terminal
    json.loads(process.stdout)  # the report on stdout is untouched by the bar
    piped = runner.invoke(app, command[3:])  # stderr is not a terminal here
    assert "Checking" not in piped.output


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO once the other end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")
