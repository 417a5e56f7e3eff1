"""The agenda's page ranges: "7 - 13" for a paper over pages, "5" for a one-page paper.

The ranges are PAGEREF fields LibreOffice fills at export (`compose._agenda`), to bookmarks at
each paper's first and last paragraph. Whether a row needs its second number depends on the
paper's length, which Word's way (an IF field comparing two PAGEREFs) would settle at layout;
but LibreOffice 7.4 does not evaluate IF on import: it prints the nested fields' numbers run
together ("2222"). So each row is laid out for the length expected before the export:

- known: a paper that is a PDF (with its PDF appendices), whose pages pikepdf counted;
- expected one page: a draft's cover sheet with nothing behind it (the sheets are drawn to
  fill one page);
- otherwise (a Word paper, a sheet with a body or appendices) a range.

The export then shows each paper's real length (`pdf.ranges_to_mend`). Where a guess was
wrong (a long sheet, a one-page Word paper), the saved pack is mended here, the second number
cut or added, and exported once more: the row holds one line either way, so every page
stays where it was. A pack whose lengths were all as expected is exported once.
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree

RANGE_DASH = " - "
END = "end"  # a paper's last paragraph's bookmark: its anchor and this
DRAFTS = (".yaml", ".yml", ".json")


def expected_pages(row, known_pages: dict[Path, int]) -> int | None:
    """How many pages the row's paper is expected to fill before LibreOffice lays it out (a
    `Row` of `pack.items`; `known_pages`: each PDF's page count); None when not known."""
    paper = row.paper
    if paper is None:
        return None
    if paper.sheet is None and paper.path.suffix.lower() == ".pdf":
        counts = [known_pages.get(pdf) for pdf in paper.pdfs]
        return None if None in counts else sum(counts)
    if paper.sheet is not None and paper.path.suffix.lower() in DRAFTS and paper.body is None and not paper.appendices:
        return 1
    return None


def mend(source: Path, out: Path, *, cut: set[str], add: set[str]) -> None:
    """`source` (the saved pack) written to `out` with the agenda's range of each paper in
    `cut` (anchors) cut to its first page, and each in `add` given its last page."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                wanted = {_instruction(anchor + END): "cut" for anchor in cut} | {_instruction(anchor): "add" for anchor in add}
                found = [(instruction, wanted[key]) for instruction in root.iter(qn("w:instrText"))
                         if (key := (instruction.text or "").strip()) in wanted]
                for instruction, change in found:
                    (_cut_end if change == "cut" else _add_end)(instruction.getparent())
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            new.writestr(info, data)


def _instruction(bookmark: str) -> str:
    return f"PAGEREF {bookmark} \\h"


def _field_runs(instruction_run) -> list:
    """The five runs of the field whose instruction is in `instruction_run`, as
    `compose._field` writes them: begin, instruction, separator, result, end."""
    runs = [instruction_run.getprevious(), instruction_run]
    for _ in range(3):
        runs.append(runs[-1].getnext())
    return runs


def _cut_end(instruction_run) -> None:
    """The end page's field and the " - " before it, gone."""
    runs = _field_runs(instruction_run)
    for run in [runs[0].getprevious(), *runs]:
        run.getparent().remove(run)


def _add_end(instruction_run) -> None:
    """After the first page's field, " - " and a field to the paper's last page, in the same
    look (the runs copied)."""
    runs = _field_runs(instruction_run)
    dash = copy.deepcopy(runs[3])  # the result's run: its text in the row's size
    dash.find(qn("w:t")).text = RANGE_DASH
    added = [dash] + [copy.deepcopy(run) for run in runs]
    instruction = added[2].find(qn("w:instrText"))
    bookmark = instruction.text.split()[1]
    instruction.text = f" {_instruction(bookmark + END)} "
    at = runs[-1]
    for run in added:
        at.addnext(run)
        at = run
