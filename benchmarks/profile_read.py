"""Time (or profile) the per-file Word reading path in one process, against a bare parse.

    python benchmarks/profile_read.py DIR              # ms per file: bare parse, read_docx, check_file
    python benchmarks/profile_read.py DIR --profile    # pyinstrument tree of read_docx over DIR
    python benchmarks/profile_read.py DIR --profile --check   # ... of check_file (validation + rules)
    python benchmarks/profile_read.py DIR --config coversheet.toml  # read under that board's profile

To compare two versions of the reader side by side, run the same command in a checkout of
each (each with its own environment) on the same folder, e.g. the blind corpus's papers under
their own coversheet.toml: tests/fixtures/blind/<board>/papers --config .../coversheet.toml.

Whole-process figures are in `run.py`; this isolates the per-file cost from start-up, so that
the reader's own Python work can be compared with the lxml parse it sits on. Each figure is
the process CPU time of the fastest of `--repeat` passes over the folder (the first pass warms
caches and imports): on a machine shared with others, the minimum is the least noisy.
"""

from __future__ import annotations

import argparse
import sys
import time
import zipfile
from pathlib import Path

from lxml import etree


def bare(paths: list[Path]) -> None:
    for path in paths:
        with zipfile.ZipFile(path) as z:
            etree.fromstring(z.read("word/document.xml"))


PROFILE = None  # the board's profile to read under (--config); None: the default sheet


def reader(paths: list[Path]) -> None:
    from coversheet.word.read import read_docx

    for path in paths:
        read_docx(path, PROFILE)


def checker(paths: list[Path]) -> None:
    from coversheet.run.one_file import check_file

    for path in paths:
        check_file(path)


def per_file_ms(function, paths: list[Path], repeat: int) -> float:
    function(paths)  # warm: imports, caches
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function(paths)
        times.append(time.process_time() - start)
    return min(times) / len(paths) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="pyinstrument tree instead of timings")
    parser.add_argument("--check", action="store_true", help="profile check_file rather than read_docx")
    parser.add_argument("--only", choices=["bare", "read", "check"], help="time one figure only")
    parser.add_argument("--config", type=Path, help="read under the profile of this coversheet.toml")
    args = parser.parse_args()
    if args.config is not None:
        global PROFILE
        from coversheet.run.configuration import load_config

        PROFILE = load_config(args.config).custom_profile
    folder = args.folder / "papers" if (args.folder / "papers").is_dir() else args.folder
    paths = sorted(folder.glob("*.docx"))
    if not paths:
        sys.exit(f"no .docx files in {folder}")
    if args.profile:
        from pyinstrument import Profiler

        function = checker if args.check else reader
        function(paths)
        profiler = Profiler(interval=0.0002)
        profiler.start()
        for _ in range(args.repeat):
            function(paths)
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return
    figures = {"bare": bare, "read": reader, "check": checker}
    results = {}
    for name, function in figures.items():
        if args.only and name != args.only:
            continue
        results[name] = per_file_ms(function, paths, args.repeat)
        ratio = f"  ({results[name] / results['bare']:.2f}x bare)" if "bare" in results and name != "bare" else ""
        print(f"{name:6s} {results[name]:7.2f} ms/file{ratio}")


if __name__ == "__main__":
    main()
