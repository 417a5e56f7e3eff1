"""A LibreOffice that hangs, first on PATH: for the tests of stopping it, and of the time limit.

Each run writes a line to a file it is given: its own process id, the id of a child it starts
and the time it started. The child keeps making the run's profile folder again, as
LibreOffice's own processes do after the folder is removed under them: if a run were not ended
with all its processes, the folder would come back. The tests wait on that file (the run has
started), never on a sleep.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

SCRIPT = """\
#!{python}
import os, subprocess, sys, time
from pathlib import Path
from urllib.parse import unquote, urlparse

arguments = sys.argv[1:]
profile = next(unquote(urlparse(a.split("=", 1)[1]).path) for a in arguments if a.startswith("-env:UserInstallation="))
remake = "import os, sys, time\\nwhile True:\\n    os.makedirs(os.path.join(sys.argv[1], 'user'), exist_ok=True)\\n    time.sleep(0.01)"
child = subprocess.Popen([sys.executable, "-c", remake, profile], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
with open({runs!r}, "a") as runs:
    runs.write(f"{{os.getpid()}} {{child.pid}} {{time.time()}}\\n")
out = Path(arguments[arguments.index("--outdir") + 1])
documents = [Path(a) for a in arguments if a.endswith(".docx")]
if {fails_the_pack!r} and documents[0].name.startswith("pack"):
    sys.exit(1)  # the pack fails at once, its child left behind...
for document in documents[:{converts}]:
    (out / (document.stem + ".pdf")).write_bytes(b"%PDF-1.4 converted")
while True:  # ... and the papers hang, after the first few
    time.sleep(60)
"""


@dataclass
class Run:
    leader: int
    child: int
    started: float


def hung_soffice(folder: Path, monkeypatch: pytest.MonkeyPatch, *, fails_the_pack: bool = False, converts: int = 0) -> Path:
    """Put the hung LibreOffice first on PATH; returns the file each of its runs is written to.

    With `fails_the_pack`, a run given the pack's Word document exits at once with an error,
    so that the search for the paper at fault begins; runs given the papers convert the first
    `converts` of them, then hang.
    """
    folder.mkdir(parents=True, exist_ok=True)
    runs = folder / "runs.txt"
    script = folder / "soffice"
    script.write_text(SCRIPT.format(python=sys.executable, runs=str(runs), fails_the_pack=fails_the_pack, converts=converts),
                      encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return runs


def runs_of(runs: Path) -> list[Run]:
    """The runs started so far (each line written whole, once the run's child has started)."""
    if not runs.exists():
        return []
    lines = [line.split() for line in runs.read_text(encoding="utf-8").splitlines(keepends=True) if line.endswith("\n")]
    return [Run(int(leader), int(child), float(started)) for leader, child, started in lines]


def still_running(pid: int) -> bool:
    """Whether the process runs: not gone, nor dead and waiting to be reaped (a zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        if Path("/proc/self/stat").exists():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rpartition(")")[2].split()[0] not in ("Z", "X")
