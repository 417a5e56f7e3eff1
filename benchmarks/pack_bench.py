"""`coversheet pack` against LibreOffice converting the same documents in one call.

15 papers, each a draft with a Word body of about 30 pages. The baseline converts the 15
rendered cover sheets and 15 bodies to PDF in one LibreOffice call (what a pack needs at
the least); the target is at most 1.3x that. Peak memory is the largest resident set of
the pack command or LibreOffice (children included), on Linux. Prints, asserts nothing.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COVERSHEET = str(Path(sys.executable).parent / "coversheet")
PAPERS, PARAGRAPHS = 15, 420  # ~14 paragraphs of this length a page: ~30 pages a body


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


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
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
        baseline, ours = [], []
        for run in range(3):
            profile = (work / f"profile{run}").as_uri()
            baseline.append(timed([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(work / f"pdf{run}"), *documents]))
            ours.append(timed([COVERSHEET, "pack", str(papers), "-o", str(work / f"pack{run}.pdf")]))
        pages = subprocess.run(["pdfinfo", str(work / "pack0.pdf")], capture_output=True, text=True).stdout if shutil.which("pdfinfo") else ""
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    base, mine = sorted(baseline)[1], sorted(ours)[1]
    page_line = next((line for line in pages.splitlines() if line.startswith("Pages:")), "Pages: ?")
    print(f"pack of {PAPERS} papers ({page_line.split()[-1]} pages): coversheet pack {mine:.1f} s, "
          f"LibreOffice converting the same {len(documents)} documents in one call {base:.1f} s: "
          f"{mine / base:.2f}x (target at most 1.3x); peak memory of any child process {peak:.0f} MB (target under 300 MB)")


if __name__ == "__main__":
    main()
