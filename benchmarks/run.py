"""Measure coversheet against baselines on the same files, in one run, and write BENCHMARKS.md.

Every figure is a ratio against a baseline measured side by side (medians of several runs),
because absolute times on a shared machine are not comparable from one day to the next.
Nothing here is asserted by the tests: targets are reported, met or not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
COVERSHEET = str(BIN / "coversheet")
PYTHON = sys.executable

BARE_PARSE = """
import sys, zipfile
from pathlib import Path
from lxml import etree
for path in sorted(Path(sys.argv[1]).glob('*.docx')):
    with zipfile.ZipFile(path) as z:
        etree.fromstring(z.read('word/document.xml'))
"""
PYTHON_DOCX_OPEN = """
import sys
from pathlib import Path
import docx
for path in sorted(Path(sys.argv[1]).glob('*.docx')):
    docx.Document(str(path))
"""
# The smallest command built from the parts coversheet is made of: a Typer command with two
# parameters that validates a one-field Pydantic model. The import floor above leaves out
# what pydantic loads only when a model or a TypeAdapter is first built (its schema
# generation), which Typer (0.29 and later: one TypeAdapter a parameter) and every model pay.
SMALLEST_TYPER_PYDANTIC_COMMAND = """
from pathlib import Path
import typer
from pydantic import BaseModel

class Sheet(BaseModel):
    title: str | None = None

app = typer.Typer()

@app.command()
def check(path: Path, strict: bool = False) -> None:
    print(Sheet.model_validate({"title": path.name}).model_dump_json())

app()
"""
PYTHON_DOCX_OPEN_SAVE = """
import sys
from pathlib import Path
import docx
template, out, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
for number in range(count):
    docx.Document(template).save(str(out / f"{number}.docx"))
"""


@dataclass
class Timing:
    seconds: float
    peak_mb: float = 0.0
    cpu: float = 0.0  # user + system seconds of the process and the children it waited for


def _run_once(command: list[str], cwd: Path | None = None) -> tuple[float, float, float]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "NO_COLOR": "1"}, cwd=cwd)
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def measure(command: list[str], runs: int) -> Timing:
    """Median wall time and the largest peak resident memory over `runs` runs."""
    return side_by_side(command, None, runs)[0]


def side_by_side(ours: list[str], baseline: list[str] | None, runs: int) -> tuple[Timing, Timing | None]:
    """Both commands run in turn, `runs` times each: a slow spell of a shared machine then
    slows both alike instead of whichever happened to run during it."""
    samples: dict[int, list[tuple[float, float, float]]] = {0: [], 1: []}
    for _ in range(runs):
        samples[0].append(_run_once(ours))
        if baseline is not None:
            samples[1].append(_run_once(baseline))

    def timing(runs_of: list[tuple[float, float, float]]) -> Timing:
        return Timing(statistics.median(s for s, _, _ in runs_of), max(p for _, p, _ in runs_of), statistics.median(c for _, _, c in runs_of))

    return timing(samples[0]), (timing(samples[1]) if baseline is not None else None)


@dataclass
class Figure:
    name: str
    ours: str
    baseline: str
    ours_time: Timing
    base_time: Timing | None  # None: a figure with a target of its own, not a ratio
    target: str
    met: bool | None  # None: reported for comparison between builds, no target here
    speedup: bool = False  # the target is "N x faster": report baseline / ours

    @property
    def ratio(self) -> float | None:
        if self.base_time is None:
            return None
        if self.speedup:
            return self.base_time.seconds / self.ours_time.seconds
        return self.ours_time.seconds / self.base_time.seconds


def supports(option: str, command: str) -> bool:
    result = subprocess.run([COVERSHEET, command, "--help"], capture_output=True, text=True)
    return option in result.stdout


def run_all(corpus: Path, runs: int, with_tests: bool = True) -> tuple[list[Figure], list[str]]:
    papers, drafts = corpus / "papers", corpus / "drafts"
    notes: list[str] = []
    figures: list[Figure] = []
    jobs = ["--jobs", "1"] if supports("--jobs", "check") else []
    if not jobs:
        notes.append("`check --jobs` is not available in this build: the parallel figure is skipped.")

    check_papers = [COVERSHEET, "check", str(papers), "-f", "json", *jobs]
    ours, bare = side_by_side(check_papers, [PYTHON, "-c", BARE_PARSE, str(papers)], runs)
    figures.append(Figure("read", "check DIR --jobs 1", "unzip + full lxml parse of word/document.xml", ours, bare, "<= 1.5x", ours.seconds <= 1.5 * bare.seconds))

    ours_again, model = side_by_side(check_papers, [PYTHON, "-c", PYTHON_DOCX_OPEN, str(papers)], max(1, runs // 2))
    figures.append(Figure("object model", "check DIR --jobs 1", "python-docx Document() on each file", ours_again, model, ">= 10x faster", model.seconds >= 10 * ours_again.seconds, speedup=True))

    floor_command = [PYTHON, "-c", "import typer, pydantic"]
    version, floor = side_by_side([COVERSHEET, "--version"], floor_command, runs * 2)
    figures.append(Figure("start-up: --version", "coversheet --version", "python -c 'import typer, pydantic'", version, floor, "<= 1.3x", version.seconds <= 1.3 * floor.seconds))
    one = sorted(drafts.glob("*.yaml"))[0]
    # Start-up is short and the machine shared: more rounds, and the CPU time beside the wall.
    smallest_command = [PYTHON, "-c", SMALLEST_TYPER_PYDANTIC_COMMAND, str(one)]
    single, smallest = side_by_side([COVERSHEET, "check", str(one)], smallest_command, runs * 4)
    figures.append(Figure("start-up: check one draft", "coversheet check one.yaml", "smallest Typer command validating a Pydantic model", single, smallest, "<= 1.4x", single.seconds <= 1.4 * smallest.seconds))
    smallest_again, floor = side_by_side(smallest_command, floor_command, runs * 2)
    notes.append(
        f"Start-up in CPU time (user + system, medians of the same runs): `check one.yaml` {single.cpu:.3f} s, the smallest "
        f"Typer + Pydantic command {smallest.cpu:.3f} s: {single.cpu / smallest.cpu:.2f}x. That command is "
        f"{smallest_again.seconds / floor.seconds:.2f}x the import floor (`python -c 'import typer, pydantic'`, "
        f"{floor.seconds:.3f} s) measured beside it: the floor leaves out what Pydantic builds for a first model."
    )

    template = ROOT / "coversheet" / "data" / "templates" / "coversheet.docx"
    if template.exists() and supports("--paper", "render"):
        count = 50
        with tempfile.TemporaryDirectory() as scratch:
            scratch_path = Path(scratch)
            sources = scratch_path / "drafts"
            sources.mkdir()
            complete = (ROOT / "examples" / "complete.yaml").read_text(encoding="utf-8")
            for number in range(count):
                (sources / f"d{number:03d}.yaml").write_text(complete.replace("title: ", f"title: ({number}) ", 1), encoding="utf-8")
            drafts_list = [str(p) for p in sorted(sources.iterdir())]
            base_out, our_out = scratch_path / "base", scratch_path / "ours"
            base_out.mkdir()
            render, base = side_by_side(
                [COVERSHEET, "render", *drafts_list, "-o", str(our_out), "--force"],
                [PYTHON, "-c", PYTHON_DOCX_OPEN_SAVE, str(template), str(base_out), str(count)],
                runs,
            )
        figures.append(Figure(f"render ({count} drafts)", "render N drafts", "python-docx open + save the template N times", render, base, "<= 3x", render.seconds <= 3 * base.seconds))
    else:
        notes.append("`render` is not available in this build: the render figure is skipped.")

    if jobs:
        two, one_job = side_by_side([COVERSHEET, "check", str(papers), "-f", "json", "--jobs", "2"], check_papers, runs)
        figures.append(Figure("parallel", "check DIR --jobs 2", "check DIR --jobs 1", two, one_job, ">= 1.7x faster", one_job.seconds >= 1.7 * two.seconds, speedup=True))
        # Amdahl: a process's start-up is serial, only the files are shared between workers.
        first = sorted(papers.glob("*.docx"))[0]
        start_up = measure([COVERSHEET, "check", str(first), "-f", "json"], runs).seconds
        bound = one_job.seconds / (start_up + (one_job.seconds - start_up) / 2)
        notes.append(
            f"Parallel: checking one paper takes {start_up:.3f} s (start-up, serial in any process), so with the "
            f"rest of `--jobs 1` ({one_job.seconds - start_up:.3f} s) halved exactly, `--jobs 2` could be at most "
            f"{bound:.2f}x faster on this corpus."
        )

    figures += per_file_figures(papers)
    figures += profile_figures()
    if with_tests:
        figures += test_suite_figures(notes)

    everything = measure([COVERSHEET, "check", str(corpus), "-f", "json", *jobs], 1)
    notes.append(f"Peak resident memory checking the whole corpus ({count_files(corpus)} files): {everything.peak_mb:.0f} MB (target: under 200 MB).")
    return figures, notes


def _ms(milliseconds: float) -> Timing:
    return Timing(milliseconds / 1000)


def per_file_figures(papers: Path) -> list[Figure]:
    """A Word paper's reading and checking cost per file, start-up left out: CPU time in one
    process (profile_read.py, fastest of several passes). The ratio to the bare parse is what
    to compare between builds; against an older commit, see versus.py."""
    done = subprocess.run([PYTHON, str(ROOT / "benchmarks" / "profile_read.py"), str(papers), "--repeat", "5"],
                          capture_output=True, text=True, check=True, cwd=ROOT / "benchmarks")
    ms = {line.split()[0]: float(line.split()[1]) for line in done.stdout.splitlines() if line.strip()}
    bare = _ms(ms["bare"])
    return [
        Figure("per file: read a Word paper", "read_docx, in process", "unzip + full lxml parse, in process", _ms(ms["read"]), bare, "—", None),
        Figure("per file: check a Word paper", "check_file (read, validate, rules), in process", "unzip + full lxml parse, in process", _ms(ms["check"]), bare, "—", None),
    ]


def profile_figures() -> list[Figure]:
    """A board profile's cost (profiles.py): building its draft model once per process, and
    checking a board's paper under its profile against the default sheet (CPU time per file)."""
    done = subprocess.run([PYTHON, str(ROOT / "benchmarks" / "profiles.py"), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    slowest = max(result["model_ms"], key=result["model_ms"].get)
    built = result["model_ms"][slowest]
    per = result["per_file_ms"]
    figures = [Figure(f"profile: build the draft model ({slowest}, the slowest)", "once per process", "", _ms(built), None, "< 20 ms", built < 20)]
    for suffix in (".yaml", ".docx"):
        ours, base = per[f"nhs-icb{suffix}"], per[f"default{suffix}"]
        figures.append(Figure(f"profile: check per file ({suffix})", "board's paper under nhs-icb", "the same paper under the default sheet", _ms(ours), _ms(base), "<= 1x", ours <= base))
    ours, base = per["nhs-icb.docx"], per["default paper.docx"]
    figures.append(Figure("profile: check per file (own papers)", "board's .docx under nhs-icb", "default sheet's .docx (complete.yaml rendered) under it", _ms(ours), _ms(base), "<= 1x", ours <= base))
    return figures


def test_suite_figures(notes: list[str]) -> list[Figure]:
    """`make test-fast` against `make test` (one run each: together they take minutes)."""
    fast = _run_once(["make", "test-fast"], cwd=ROOT)
    full = _run_once(["make", "test"], cwd=ROOT)
    fast_time, full_time = Timing(fast[0], fast[1], fast[2]), Timing(full[0], full[1], full[2])
    notes.append(
        f"Tests: `make test-fast` {fast_time.seconds:.0f} s wall, {fast_time.cpu:.0f} s CPU; `make test` "
        f"{full_time.seconds:.0f} s wall, {full_time.cpu:.0f} s CPU (CPU of the processes make waited for: "
        f"a LibreOffice or Chromium that outlives its test is not counted)."
    )
    return [Figure("tests: make test-fast", "make test-fast", "make test", fast_time, full_time, "<= 0.33x", fast_time.seconds * 3 <= full_time.seconds)]


def count_files(corpus: Path) -> int:
    return sum(1 for p in corpus.rglob("*") if p.suffix in {".docx", ".yaml"})


def report(figures: list[Figure], notes: list[str], corpus: Path) -> str:
    papers = list((corpus / "papers").glob("*.docx"))
    size = sum(p.stat().st_size for p in papers) / max(len(papers), 1) / 1e6
    lines = [
        "# Benchmarks",
        "",
        f"Measured {dt.date.today().isoformat()} on {platform.machine()} with {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}.",
        f"Corpus: {len(papers)} papers ({size:.1f} MB each on average: a cover sheet, 20-40 pages of text, "
        f"incompressible images) and {len(list((corpus / 'drafts').glob('*.yaml')))} drafts, made by `benchmarks/corpus.py`.",
        "Each time is the median of several runs of a whole process; ratios compare figures measured side by side.",
        "",
        "Ratio is ours ÷ baseline, except for targets stated as \"faster\", where it is the speed-up (baseline ÷ ours). "
        "Per-file figures are CPU time in one process; a target of \"—\" means the figure is there to compare builds "
        "(this commit's ratio against an older one's, or `benchmarks/versus.py`).",
        "",
        "| figure | ours | baseline | ours | baseline | ratio | target | met |",
        "|---|---|---|---:|---:|---:|---|---|",
    ]
    for f in figures:
        met = "—" if f.met is None else "yes" if f.met else "no"
        base = _seconds(f.base_time.seconds) if f.base_time else "—"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "—"
        lines.append(f"| {f.name} | {f.ours} | {f.baseline or '—'} | {_seconds(f.ours_time.seconds)} | {base} | {ratio} | {f.target} | {met} |")
    lines += ["", *[f"- {n}" for n in notes], ""]
    return "\n".join(lines)


def _seconds(value: float) -> str:
    return f"{value:.3f} s" if value >= 0.1 else f"{value * 1000:.2f} ms"


STAMP = ".generator"


def corpus_stamp(papers: int, drafts: int) -> str:
    """What made a corpus: the generator's and the fixture builder's source, and its size."""
    import hashlib

    digest = hashlib.sha256()
    for source in (ROOT / "benchmarks" / "corpus.py", ROOT / "tests" / "fixtures" / "docx" / "make_fixtures.py"):
        digest.update(source.read_bytes())
    return f"{digest.hexdigest()} {papers} papers {drafts} drafts"


def read_stamp(corpus: Path) -> str | None:
    try:
        return (corpus / STAMP).read_text(encoding="utf-8")
    except OSError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / ".corpus")
    parser.add_argument("--papers", type=int, default=240)
    parser.add_argument("--drafts", type=int, default=240)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--no-tests", action="store_true", help="leave out timing make test and make test-fast (minutes)")
    args = parser.parse_args()
    stamp = corpus_stamp(args.papers, args.drafts)
    if read_stamp(args.corpus) != stamp:
        # A corpus made by an older generator (or of another size) would measure other files.
        from corpus import build

        shutil.rmtree(args.corpus, ignore_errors=True)
        build(args.corpus, args.papers, args.drafts)
        (args.corpus / STAMP).write_text(stamp, encoding="utf-8")
    figures, notes = run_all(args.corpus, args.runs, with_tests=not args.no_tests)
    text = report(figures, notes, args.corpus)
    history = ""
    if args.output.exists():
        previous = args.output.read_text(encoding="utf-8")
        marker = "\n## What changed and what it bought"
        if marker in previous:
            history = previous[previous.index(marker):]
    args.output.write_text(text + history, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    if not shutil.which(COVERSHEET):
        sys.exit("coversheet is not installed in this environment: run `make bench`")
    main()
