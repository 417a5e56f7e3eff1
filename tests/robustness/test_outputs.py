"""Outputs go only to regular files or standard output; temporary names stay short."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from helpers.hostile import COMPLETE, EXAMPLES, coversheet
from helpers.signals import ctrl_c_reaches_it

pytestmark = pytest.mark.processes  # each case starts coversheet (or its server) as a process of its own


def _special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / kind
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":
        try:
            os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # /dev/null's numbers
        except PermissionError:
            pytest.skip("making a device file needs root")
    elif kind == "folder":
        path.mkdir()
    return path


COMMANDS = {
    "check": lambda out: ["check", COMPLETE, "-o", out],
    "schema": lambda out: ["schema", "-o", out],
    "agenda": lambda out: ["agenda", EXAMPLES, "-f", "md", "-o", out],
    "extract": lambda out: ["extract", COMPLETE, "-o", out],
}


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_special_file_given_as_output_is_refused_in_one_line(tmp_path: Path, kind: str, force: bool, command: str) -> None:
    target = _special(tmp_path, kind)
    before = os.lstat(target)
    args = COMMANDS[command](target) + (["--force"] if force else [])
    result = coversheet(*args, timeout=60)
    assert result.returncode == 2, result.stdout + result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert str(target) in result.stderr
    after = os.lstat(target)
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode) and after.st_ino == before.st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == [kind]  # no temporary file left


def test_a_link_to_a_device_is_refused_too(tmp_path: Path) -> None:
    link = tmp_path / "report.txt"
    link.symlink_to("/dev/null")
    result = coversheet("check", COMPLETE, "-o", link, "--force")
    assert result.returncode == 2, result.stderr
    assert link.is_symlink() and os.readlink(link) == "/dev/null"


def test_an_output_name_near_the_limit_is_written(tmp_path: Path) -> None:
    out = tmp_path / ("r" * 250 + ".json")
    result = coversheet("check", COMPLETE, "-f", "json", "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("{")


def test_a_full_standard_output_is_one_line_not_a_traceback() -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with open("/dev/full", "w") as full:
        result = coversheet("schema", stdout=full, stderr=-1)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


# Runs `coversheet ARGS...` with os.replace stopped at the second output, its temporary file
# written: it says so by making the file READY, then waits for a signal. Whatever the machine's
# speed, the signal lands in the middle of the run, with a temporary file to clean up. The
# signals are blocked before READY is made and waited for with sigwait, then raised again for
# the command's own handlers: a signal sent as soon as READY appears is never lost (with
# `signal.pause()` after the touch, one that came between the two was, and the child waited
# for ever: the test failed about once in ten runs under load, its child left behind).
_STOPPED_MID_WRITE = """
import os, signal, sys
from pathlib import Path

ready, args = Path(sys.argv[1]), sys.argv[2:]
real_replace, replaced = os.replace, []
STOPS = {signal.SIGINT, signal.SIGTERM}

def replace(source, target, *rest, **options):
    replaced.append(target)
    if len(replaced) == 2:
        signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)
        ready.touch()
        came = signal.sigwait(STOPS)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPS)
        signal.raise_signal(came)
    return real_replace(source, target, *rest, **options)

os.replace = replace
from coversheet.cli import main
sys.argv = ["coversheet", *args]
main()
"""


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_render_ended_early_says_so_and_leaves_no_temporary_file(tmp_path: Path, how: int) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for i in range(3):
        shutil.copy(COMPLETE, drafts / f"paper-{i:02}.yaml")
    out, ready = tmp_path / "out", tmp_path / "ready"
    process = subprocess.Popen(
        [sys.executable, "-c", _STOPPED_MID_WRITE, ready, "render", *sorted(drafts.iterdir()), "-o", out],
        preexec_fn=ctrl_c_reaches_it,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)  # waiting for the event (the READY file), not guessing how long a render takes
        assert ready.exists(), process.communicate(timeout=30)
        assert [p.name for p in out.iterdir() if p.name.startswith(".")]  # mid-write: its temporary file is there
        process.send_signal(how)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()  # a failed run leaves no process behind
            process.wait()
    assert process.returncode == 130, stderr
    assert stderr.strip().endswith("coversheet: interrupted"), stderr
    assert "Traceback" not in stderr
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no temporary file
    # The one written before, whole; the one whose rename the signal met is finished first (a
    # rename is held until it is done, so an output is never half-placed), and the third never begun.
    written = sorted(p.name for p in out.iterdir())
    assert written in (["paper-00.docx"], ["paper-00.docx", "paper-01.docx"]), written
    for name in written:
        assert zipfile.is_zipfile(out / name), name


def test_force_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    coversheet("check", EXAMPLES / "complete.yaml", "-f", "json", "-o", report)
    assert stat.S_IMODE(report.stat().st_mode) == 0o644  # a new file: rw-r--r--
    report.chmod(0o664)  # shared with the board office's group
    coversheet("check", EXAMPLES / "complete.yaml", "-f", "json", "-o", report, "--force")
    assert stat.S_IMODE(report.stat().st_mode) == 0o664
