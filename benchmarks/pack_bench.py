"""`coversheet pack` against LibreOffice converting the same documents in one call.

15 papers, each a draft with a Word body of about 31 pages: a pack of about 500 pages. The
baseline converts the 15 rendered cover sheets and 15 bodies to PDF in one LibreOffice call
(what a pack needs at the least); the target is at most 1.3x that. Peak memory (target:
under 300 MB for a 500-page pack) is the whole process tree's: the pack command and every
process under it (LibreOffice's), sampled every 20 ms from /proc while the pack is built
(Linux): their proportional set sizes added up (PSS: shared library pages counted once), and
their resident sets added up (shared pages counted in each: an upper bound); the largest
single process (getrusage) is shown beside them.

Beside the headline figure, so that a gap can be placed:
- where the pack's time goes: one in-process build, each step timed (checking, composing the
  Word document, saving it, LibreOffice's export, finishing the PDF with pikepdf, the index);
- the floor: LibreOffice converting the composed pack .docx alone, in one call, with the
  pack's export options (no composing, no finishing) against the baseline's 30 documents;
- the same pack with two PDF appendices a paper (5 pages each, one tagged, one not): they
  need no LibreOffice, so all they add is ours (grafting their tags, footers on their pages).
Prints, asserts nothing. `python benchmarks/pack_bench.py --runs 1` for a quick look.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COVERSHEET = str(Path(sys.executable).parent / "coversheet")
PAPERS, PARAGRAPHS = 15, 550  # ~18.5 paragraphs of this length a page: ~31 pages a body, ~500 in all


def corpus(folder: Path) -> Path:
    from docx import Document

    papers = folder / "papers"
    (papers / "bodies").mkdir(parents=True)
    complete = (ROOT / "examples" / "complete.yaml").read_text(encoding="utf-8")
    plan = ['board = "ICS Board"', "[pack]"]
    for number in range(1, PAPERS + 1):
        text = complete.replace('agenda_item: "10"', f'agenda_item: "{number}"').replace("title: ICS Finance Report", f"title: Paper {number}")
        (papers / f"{number:02d}.yaml").write_text(text, encoding="utf-8")
        document = Document()
        for paragraph in range(PARAGRAPHS):
            if paragraph % 40 == 0:
                document.add_heading(f"Section {paragraph // 40 + 1}", level=1)
            document.add_paragraph(f"Paper {number}, paragraph {paragraph}: the system's position this month, its risks and what the board is asked to note.")
        document.save(str(papers / "bodies" / f"{number:02d}.docx"))
        plan += ["[[pack.items]]", f'item = "{number}"', f'title = "Paper {number}"', f'paper = "bodies/{number:02d}.docx"']
    (papers / "coversheet.toml").write_text("\n".join(plan) + "\n", encoding="utf-8")
    return papers


def add_appendices(papers: Path, soffice: str, work: Path) -> Path:
    """A copy of `papers` whose every paper has two 5-page PDF appendices, one tagged, one not."""
    import re

    from docx import Document

    with_appendices = work / "with-appendices"
    shutil.copytree(papers, with_appendices)
    document = Document()
    for page in range(5):
        document.add_heading(f"Appendix table {page + 1}", level=1)
        for row in range(12):
            document.add_paragraph(f"Row {row}: the quarter's figures by partner and staff group.")
        if page < 4:
            document.add_page_break()
    for name, export in [("tagged", 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'), ("plain", "pdf")]:
        source = work / f"{name}.docx"
        document.save(str(source))
        subprocess.run([soffice, f"-env:UserInstallation={(work / 'appendix-profile').as_uri()}", "--headless", "--convert-to", export,
                        "--outdir", str(with_appendices / "bodies"), str(source)], check=True, capture_output=True)
    plan = with_appendices / "coversheet.toml"
    plan.write_text(re.sub(r'(paper = "bodies/\d+\.docx")', r'\1\nappendices = ["bodies/tagged.pdf", "bodies/plain.pdf"]',
                           plan.read_text(encoding="utf-8")), encoding="utf-8")
    return with_appendices


def steps(papers: Path, out: Path) -> tuple[dict[str, float], Path]:
    """One in-process build of the pack, each step timed; and the composed .docx, kept."""
    from docx.document import Document

    from coversheet.pack import build, index, libreoffice, pdf
    from coversheet.pack import compose as composing

    times: dict[str, float] = {}
    kept = out.with_suffix(".docx")
    originals: list[tuple[object, str, object]] = []

    def timing(owner, name: str, label: str) -> None:
        original = getattr(owner, name)
        originals.append((owner, name, original))

        def timed_call(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                times[label] = times.get(label, 0.0) + time.perf_counter() - start
        setattr(owner, name, timed_call)

    def keep(source, work, limit):
        shutil.copyfile(source, kept)
        return export(source, work, limit=limit)

    export = libreoffice.to_pdf
    timing(build, "gather_pack", "checking the papers")
    timing(composing, "compose", "composing the Word document (docxcompose)")
    timing(Document, "save", "saving the .docx")
    originals.append((libreoffice, "to_pdf", export))
    libreoffice.to_pdf = keep
    timing(libreoffice, "to_pdf", "LibreOffice's export (one run)")
    timing(pdf, "finish", "finishing with pikepdf (appendices, tags, outline, labels)")
    timing(index, "render_index", "the HTML index")
    start = time.perf_counter()
    try:
        build.build_pack(build.PackOptions(folder=papers, out=out, force=True))
    finally:
        for owner, name, original in reversed(originals):
            setattr(owner, name, original)
    times["all of it, in one process"] = time.perf_counter() - start
    return times, kept


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def tree_memory(root: int) -> tuple[int, int]:
    """Process `root` and all its descendants, from /proc: their resident sets added up, and
    their proportional sets (PSS: a page shared by n of them counts 1/n to each) added up."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
                parents.setdefault(int(fields[1]), []).append(int(entry))
            except (OSError, IndexError):
                continue
    rss = pss = 0
    stack = [root]
    while stack:
        pid = stack.pop()
        stack.extend(parents.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
                for line in handle:
                    if line.startswith((b"Rss:", b"Pss:")):
                        kilobytes = int(line.split()[1]) * 1024
                        if line.startswith(b"Rss:"):
                            rss += kilobytes
                        else:
                            pss += kilobytes
        except (OSError, IndexError, ValueError):
            continue
    return rss, pss


def timed_with_peak(command: list[str]) -> tuple[float, float, float]:
    """Seconds taken, and the largest whole-tree RSS and PSS seen (MB), sampled every 20 ms."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    rss = pss = 0
    while process.poll() is None:
        now = tree_memory(process.pid)
        rss, pss = max(rss, now[0]), max(pss, now[1])
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"coversheet pack failed: {process.stderr.read().decode()}")
    return elapsed, rss / 2**20, pss / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each (the median is reported)")
    runs = parser.parse_args().runs
    soffice = shutil.which("soffice")
    if soffice is None:
        print("pack benchmark skipped: LibreOffice is not installed")
        return
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        papers = corpus(work)
        sheets = work / "sheets"
        subprocess.run([COVERSHEET, "render", *map(str, sorted(papers.glob("*.yaml"))), "-o", str(sheets)], check=True, capture_output=True)
        documents = [*map(str, sorted(sheets.glob("*.docx"))), *map(str, sorted((papers / "bodies").glob("*.docx")))]
        baseline, ours, rss, pss, floor, appended = [], [], [], [], [], []
        step_times, composed = steps(papers, work / "steps.pdf")
        with_appendices = add_appendices(papers, soffice, work)
        appendix_steps, _ = steps(with_appendices, work / "appendix-steps.pdf")
        from coversheet.pack.libreoffice import filter_options

        for run in range(runs):
            profile = (work / f"profile{run}").as_uri()
            baseline.append(timed([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(work / f"pdf{run}"), *documents]))
            elapsed, tree_rss, tree_pss = timed_with_peak([COVERSHEET, "pack", str(papers), "-o", str(work / f"pack{run}.pdf")])
            ours.append(elapsed)
            rss.append(tree_rss)
            pss.append(tree_pss)
            floor.append(timed([soffice, f"-env:UserInstallation={(work / f'floor{run}').as_uri()}", "--headless", "--norestore",
                                "--convert-to", filter_options(), "--outdir", str(work / f"floor{run}"), str(composed)]))
            appended.append(timed([COVERSHEET, "pack", str(with_appendices), "-o", str(work / f"appended{run}.pdf")]))
        pages = subprocess.run(["pdfinfo", str(work / "pack0.pdf")], capture_output=True, text=True).stdout if shutil.which("pdfinfo") else ""
        appended_pages = subprocess.run(["pdfinfo", str(work / "appended0.pdf")], capture_output=True, text=True).stdout if shutil.which("pdfinfo") else ""
        single = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2]

    def page_count(info: str) -> str:
        return next((line for line in info.splitlines() if line.startswith("Pages:")), "Pages: ?").split()[-1]

    base, mine = median(baseline), median(ours)
    print(f"pack of {PAPERS} papers ({page_count(pages)} pages): coversheet pack {mine:.1f} s, "
          f"LibreOffice converting the same {len(documents)} documents in one call {base:.1f} s: "
          f"{mine / base:.2f}x (target at most 1.3x); peak memory of the pack's process tree (coversheet + LibreOffice) "
          f"{max(pss):.0f} MB PSS, {max(rss):.0f} MB resident sets added up (target under 300 MB; "
          f"the largest single process of either command {single:.0f} MB)")
    print(f"  the floor: LibreOffice converting the composed pack .docx alone, in one call {median(floor):.1f} s "
          f"({median(floor) / base:.2f}x the {len(documents)} documents)")
    print(f"  with 2 PDF appendices a paper ({page_count(appended_pages)} pages): coversheet pack {median(appended):.1f} s, "
          f"{median(appended) / base:.2f}x")
    for title, timings in [("where the time goes (one in-process build)", step_times),
                           ("  the same, with the appendices", appendix_steps)]:
        print(f"  {title}: " + "; ".join(f"{name} {seconds:.2f} s" for name, seconds in timings.items()))


if __name__ == "__main__":
    main()
