"""This build against another build of coversheet (an older commit), side by side on the corpus.

`make bench` compares coversheet with baselines that exist in the same run; a figure "within
1.3x of before" needs the code of before too. Install the older commit in a venv of its own
and give its `coversheet`:

    git worktree add /tmp/cs-old <commit>
    python3 -m venv /tmp/cs-old/.venv && /tmp/cs-old/.venv/bin/pip install -q /tmp/cs-old
    cd benchmarks && ../.venv/bin/python versus.py --old /tmp/cs-old/.venv/bin/coversheet

Every command runs once for each build in turn, round after round (a slow spell of a shared
machine then slows both alike); each figure is the median of the rounds, and the ratio's range
is that of the rounds' own new/old ratios. Per file, the whole-process figure is
(folder - one file) / (files - 1), which takes start-up out; the in-process figure is the
CPU time of `check_file` over the folder in one process (fastest of several passes, after a
warm-up pass), as `profile_read.py` measures it. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from run import SMALLEST_TYPER_PYDANTIC_COMMAND

HERE = Path(__file__).resolve().parent
NEW = str(Path(sys.executable).parent / "coversheet")

# check_file moved from coversheet.check (before the package layout of layers) to
# coversheet.run.one_file; either build is timed by the same loop.
IN_PROCESS = """
import sys, time
from pathlib import Path
try:
    from coversheet.run.one_file import check_file
except ImportError:
    from coversheet.check import check_file
paths = sorted(Path(sys.argv[1]).glob(sys.argv[2]))
for path in paths:
    check_file(path)
best = None
for _ in range(int(sys.argv[3])):
    start = time.process_time()
    for path in paths:
        check_file(path)
    took = time.process_time() - start
    best = took if best is None else min(best, took)
print(best / len(paths) * 1000)
"""


def run_once(command: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "NO_COLOR": "1"}, cwd="/")
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def python_of(coversheet: str) -> str:
    return str(Path(coversheet).parent / "python")


class Pair:
    """One figure for both builds: wall and CPU samples, one pair a round."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.old: list[tuple[float, float]] = []
        self.new: list[tuple[float, float]] = []

    def line(self, unit: float = 1.0, label: str = "s", cpu: bool = True) -> str:
        def med(samples: list[tuple[float, float]], i: int) -> float:
            return statistics.median(s[i] for s in samples) * unit

        ratios = sorted(n[0] / o[0] for n, o in zip(self.new, self.old))
        text = (f"{self.name:<34} old {med(self.old, 0):8.3f} {label}  new {med(self.new, 0):8.3f} {label}  "
                f"new/old {med(self.new, 0) / med(self.old, 0):.2f}x (rounds {ratios[0]:.2f}-{ratios[-1]:.2f})")
        if cpu:
            text += f"  CPU {med(self.old, 1):.3f} -> {med(self.new, 1):.3f} ({med(self.new, 1) / med(self.old, 1):.2f}x)"
        return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, help="the other build's coversheet executable")
    parser.add_argument("--corpus", type=Path, default=HERE / ".corpus", help="made by corpus.py (or run.py)")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    papers, drafts = args.corpus / "papers", args.corpus / "drafts"
    one_paper, one_draft = sorted(papers.glob("*.docx"))[0], sorted(drafts.glob("*.yaml"))[0]
    counts = {"papers": len(list(papers.glob("*.docx"))), "drafts": len(list(drafts.glob("*.yaml")))}
    commands = {
        "check papers/ --jobs 1 -f json": [["check", str(papers), "--jobs", "1", "-f", "json"]],
        "check one paper -f json": [["check", str(one_paper), "-f", "json"]],
        "check drafts/ --jobs 1 -f json": [["check", str(drafts), "--jobs", "1", "-f", "json"]],
        "check one.yaml": [["check", str(one_draft)]],
    }
    pairs = {name: Pair(name) for name in commands}
    smallest = Pair("check one.yaml vs smallest Typer+Pydantic command")
    for _ in range(args.rounds):
        for name, (arguments,) in commands.items():
            pairs[name].old.append(run_once([args.old, *arguments]))
            pairs[name].new.append(run_once([NEW, *arguments]))
        # new build against the reference command, in turn (the "old" side is the reference)
        smallest.old.append(run_once([sys.executable, "-c", SMALLEST_TYPER_PYDANTIC_COMMAND, str(one_draft)]))
        smallest.new.append(run_once([NEW, "check", str(one_draft)]))
    print(f"Whole processes, median of {args.rounds} alternating rounds:")
    for pair in pairs.values():
        print(" ", pair.line())
    print(" ", smallest.line())
    for kind, folder, one in (("papers", "check papers/ --jobs 1 -f json", "check one paper -f json"),
                              ("drafts", "check drafts/ --jobs 1 -f json", None)):
        if one is None:
            one = "check one.yaml"
        per = Pair(f"per file, {kind} (whole process)")
        for a, b in zip(pairs[folder].old, pairs[one].old):
            per.old.append(((a[0] - b[0]) / (counts[kind] - 1), (a[1] - b[1]) / (counts[kind] - 1)))
        for a, b in zip(pairs[folder].new, pairs[one].new):
            per.new.append(((a[0] - b[0]) / (counts[kind] - 1), (a[1] - b[1]) / (counts[kind] - 1)))
        print(" ", per.line(1000, "ms"))
    print("In process, check_file CPU per file (fastest of 5 passes), alternating:")
    for kind, folder, pattern in (("papers", papers, "*.docx"), ("drafts", drafts, "*.yaml")):
        per = Pair(f"check_file, {kind}")
        for _ in range(max(3, args.rounds // 2)):
            for side, build in ((per.old, args.old), (per.new, NEW)):
                out = subprocess.run([python_of(build), "-c", IN_PROCESS, str(folder), pattern, "5"],
                                     capture_output=True, text=True, check=True, cwd="/")
                value = float(out.stdout.strip().splitlines()[-1]) / 1000
                side.append((value, value))
        print(" ", per.line(1000, "ms", cpu=False))


if __name__ == "__main__":
    main()
