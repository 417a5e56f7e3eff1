"""The pack's progress on a terminal: a bar through its steps; nothing of it on a pipe."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from helpers.pack_builds import OUTPUT

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow

COVERSHEET = str(Path(sys.executable).parent / "coversheet")


def test_a_terminal_sees_each_step_and_paper_go_by(meeting: Path, tmp_path: Path) -> None:
    leader, follower = os.openpty()
    out = tmp_path / "pack.pdf"
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "160"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([COVERSHEET, "pack", str(meeting), "-o", str(out), "--no-index"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower, env=env)
    os.close(follower)
    seen = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the command has ended: no writer left
                return
            if not chunk:
                return
            seen.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    try:
        assert process.wait(timeout=300) == 0
    finally:
        reader.join(timeout=10)
        os.close(leader)
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", seen.decode("utf-8", "replace"))
    assert "Exporting the pack with LibreOffice" in screen  # the long step: shown while it runs
    assert re.search(r"Exporting the pack with LibreOffice.*\d+/6", screen)  # 3 papers + 3 steps
    assert f"wrote {out}: " in screen and out.is_file()


def test_a_pipe_gets_only_the_result(public: Path) -> None:
    said = OUTPUT[public]
    assert "Exporting" not in said and "Composing" not in said
    assert said.strip().splitlines()[-2].startswith(f"coversheet: wrote {public}: ")
