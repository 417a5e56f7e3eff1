"""A Word output onto a full disk: one line, exit 2, nothing left, and nothing more at exit.

python-docx left its ZipFile open when the write failed; the ZipFile then failed again as it
was freed at exit, printing a `ZipFile.__del__` traceback after the one line. The disk is
made "full" for the command's process alone by a limit on the size of the files it writes
(RLIMIT_FSIZE: a write past it fails as on a full disk), at several sizes, since where the
write fails decides whether anything was still buffered.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers.paths import EXAMPLES

pytestmark = pytest.mark.processes  # each case starts coversheet (or its server) as a process of its own

resource = pytest.importorskip("resource")  # POSIX only
signal = pytest.importorskip("signal")


def run_on_a_full_disk(args: list[str], cwd: Path, room: int) -> subprocess.CompletedProcess:
    def fill_up() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, room))

    return subprocess.run([sys.executable, "-m", "coversheet", *args], cwd=cwd, capture_output=True, text=True,
                          preexec_fn=fill_up, timeout=120)


WORD_OUTPUTS = {
    "new --docx": ["new", "--docx", "out.docx"],
    "agenda -o x.docx": ["agenda", str(EXAMPLES), "--meeting", "2020-12-02", "-o", "out.docx"],
}


@pytest.mark.parametrize("room", [1_000, 15_000, 30_000])
@pytest.mark.parametrize("command", WORD_OUTPUTS)
def test_a_word_output_onto_a_full_disk_is_one_line(tmp_path: Path, command: str, room: int) -> None:
    result = run_on_a_full_disk(WORD_OUTPUTS[command], tmp_path, room)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == ["coversheet: cannot write out.docx: File too large"], result.stderr
    assert list(tmp_path.iterdir()) == []  # no output, no temporary file
