"""Board profiles: what a profile costs. Prints figures; nothing is asserted.

- building a profile's draft model (once per process): target under 20 ms;
- checking a board's papers per file under its profile, against the same files under the
  default sheet, in this process (`jobs=1`), medians of several rounds: target no more;
- and, for Word, against the default sheet's own paper (examples/complete.yaml rendered by
  `coversheet render`) under the default sheet: the same question asked of papers that
  answer each sheet's own questions (the board's paper answers more of them).

Run: .venv/bin/python benchmarks/profiles.py [--json]   (`make bench` runs it with --json)
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIES, ROUNDS = 60, 7


def model_build_ms() -> dict[str, float]:
    from coversheet.config.profile import load_profile, shipped_profiles
    from coversheet.config.sheet_model import _build

    figures = {}
    for name in shipped_profiles():
        profile = load_profile(name)
        times = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            _build(profile)  # uncached: what the first paper of a process pays
            times.append((time.perf_counter() - started) * 1000)
        figures[name] = statistics.median(times)
    return figures


def per_file_ms(folder: Path, source: Path, config: Path | None) -> float:
    from coversheet.run.many import check_paths
    from coversheet.run.one_file import CheckOptions

    folder.mkdir()
    if config is not None:
        shutil.copy(config, folder / "coversheet.toml")
    for index in range(COPIES):
        shutil.copy(source, folder / f"paper-{index:03}{source.suffix}")
    files = sorted(folder.glob(f"*{source.suffix}"))
    check_paths(files, CheckOptions(jobs=1))  # warm: configuration, models, rules loaded
    times = []
    for _ in range(ROUNDS):
        started = time.process_time()  # CPU time: what a busy shared machine disturbs least
        check_paths(files, CheckOptions(jobs=1))
        times.append((time.process_time() - started) * 1000 / len(files))
    return statistics.median(times)


def figures() -> dict:
    result: dict = {"model_ms": model_build_ms(), "per_file_ms": {}}
    board = ROOT / "examples-profiles" / "nhs-icb"
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in (".yaml", ".docx"):
            # The same files both ways, so that reading costs the same: under the default sheet
            # the board's own answers are one unknown key (CS002), under nhs-icb they are checked.
            paper = board / f"item-07-winter-plan{suffix}"
            result["per_file_ms"][f"default{suffix}"] = per_file_ms(Path(tmp) / f"default{suffix}", paper, None)
            result["per_file_ms"][f"nhs-icb{suffix}"] = per_file_ms(Path(tmp) / f"icb{suffix}", paper, board / "coversheet.toml")
        own = Path(tmp) / "own.docx"
        subprocess.run([str(Path(sys.executable).parent / "coversheet"), "render", str(ROOT / "examples" / "complete.yaml"),
                        "-o", str(own)], check=True, capture_output=True)
        result["per_file_ms"]["default paper.docx"] = per_file_ms(Path(tmp) / "default-own", own, None)
    return result


def main() -> int:
    result = figures()
    if "--json" in sys.argv[1:]:
        print(json.dumps(result))
        return 0
    print("Building a profile's draft model (median of %d, uncached):" % ROUNDS)
    for name, ms in result["model_ms"].items():
        print(f"  {name:<18} {ms:6.2f} ms   (target < 20 ms)")
    per = result["per_file_ms"]
    for suffix in (".yaml", ".docx"):
        default, icb = per[f"default{suffix}"], per[f"nhs-icb{suffix}"]
        print(f"Checking per file ({suffix}, {COPIES} files, median of {ROUNDS}): default {default:.2f} ms, "
              f"nhs-icb {icb:.2f} ms, ratio {icb / default:.2f} (target <= 1)")
    own = per["default paper.docx"]
    print(f"The board's .docx under nhs-icb against the default sheet's own paper under the default sheet: "
          f"{per['nhs-icb.docx']:.2f} ms against {own:.2f} ms, ratio {per['nhs-icb.docx'] / own:.2f} (target <= 1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
