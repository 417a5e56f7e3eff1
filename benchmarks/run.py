"""Measure coversheet against baselines on the same files, in one run, and write BENCHMARKS.md.

Every figure is a ratio against a baseline measured side by side (medians of several runs),
because absolute times on a shared machine are not comparable from one day to the next.
Nothing here is asserted by the tests: targets are reported, met or not.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    peak_mb: float


def _run_once(command: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "NO_COLOR": "1"})
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def measure(command: list[str], runs: int) -> Timing:
    """Median wall time and the largest peak resident memory over `runs` runs."""
    return side_by_side(command, None, runs)[0]


def side_by_side(ours: list[str], baseline: list[str] | None, runs: int) -> tuple[Timing, Timing | None]:
    """Both commands run in turn, `runs` times each: a slow spell of a shared machine then
    slows both alike instead of whichever happened to run during it."""
    samples: dict[int, list[tuple[float, float]]] = {0: [], 1: []}
    for _ in range(runs):
        samples[0].append(_run_once(ours))
        if baseline is not None:
            samples[1].append(_run_once(baseline))

    def timing(runs_of: list[tuple[float, float]]) -> Timing:
        return Timing(statistics.median(s for s, _ in runs_of), max(p for _, p in runs_of))

    return timing(samples[0]), (timing(samples[1]) if baseline is not None else None)


@dataclass
class Figure:
    name: str
    ours: str
    baseline: str
    ours_time: Timing
    base_time: Timing
    target: str
    met: bool | None
    speedup: bool = False  # the target is "N x faster": report baseline / ours

    @property
    def ratio(self) -> float:
        if self.speedup:
            return self.base_time.seconds / self.ours_time.seconds
        return self.ours_time.seconds / self.base_time.seconds


def supports(option: str, command: str) -> bool:
    result = subprocess.run([COVERSHEET, command, "--help"], capture_output=True, text=True)
    return option in result.stdout


def run_all(corpus: Path, runs: int) -> tuple[list[Figure], list[str]]:
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
    single, floor = side_by_side([COVERSHEET, "check", str(one)], floor_command, runs * 2)
    figures.append(Figure("start-up: check one draft", "coversheet check one.yaml", "python -c 'import typer, pydantic'", single, floor, "<= 1.6x", single.seconds <= 1.6 * floor.seconds))
    smallest, floor = side_by_side([PYTHON, "-c", SMALLEST_TYPER_PYDANTIC_COMMAND, str(one)], floor_command, runs * 2)
    notes.append(
        f"Reference: the smallest Typer command validating a one-field Pydantic model takes {smallest.seconds:.3f} s, "
        f"{smallest.seconds / floor.seconds:.2f}x the import floor ({floor.seconds:.3f} s) measured beside it; "
        f"`coversheet check one.yaml` is {single.seconds / smallest.seconds:.2f}x that command."
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

    everything = measure([COVERSHEET, "check", str(corpus), "-f", "json", *jobs], 1)
    notes.append(f"Peak resident memory checking the whole corpus ({count_files(corpus)} files): {everything.peak_mb:.0f} MB (target: under 200 MB).")
    return figures, notes


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
        "Ratio is ours ÷ baseline, except for targets stated as \"faster\", where it is the speed-up (baseline ÷ ours).",
        "",
        "| figure | ours | baseline | ours (s) | baseline (s) | ratio | target | met |",
        "|---|---|---|---:|---:|---:|---|---|",
    ]
    for f in figures:
        met = "yes" if f.met else "no"
        lines.append(
            f"| {f.name} | {f.ours} | {f.baseline} | {f.ours_time.seconds:.3f} | {f.base_time.seconds:.3f} | {f.ratio:.2f}x | {f.target} | {met} |"
        )
    lines += ["", *[f"- {n}" for n in notes], ""]
    return "\n".join(lines)


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
    args = parser.parse_args()
    stamp = corpus_stamp(args.papers, args.drafts)
    if read_stamp(args.corpus) != stamp:
        # A corpus made by an older generator (or of another size) would measure other files.
        from corpus import build

        shutil.rmtree(args.corpus, ignore_errors=True)
        build(args.corpus, args.papers, args.drafts)
        (args.corpus / STAMP).write_text(stamp, encoding="utf-8")
    figures, notes = run_all(args.corpus, args.runs)
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
