"""Fields LibreOffice computes when it lays out the pack (PAGE, NUMPAGES, PAGEREF, REF), and
the agenda's page ranges mended in a saved pack.

A range is two PAGEREF fields to a paper's first and last bookmarks with a dash between
them; a one-page paper's row has the first alone. Which rows change after the export is the
pack's decision (`coversheet.pack.ranges`); `mend_ranges` makes the change in the saved
document, by bookmark name.
"""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree


def page_ref(bookmark: str) -> str:
    """The instruction of a field showing the page `bookmark` is on (a link to it)."""
    return f"PAGEREF {bookmark} \\h"


def add_field(paragraph, instruction: str, shown: str = "0", *, underline: bool = False) -> None:
    """A field (PAGE, NUMPAGES, PAGEREF, REF) that LibreOffice computes when it lays out the
    pack, at the end of python-docx's `paragraph`; `shown` is its text until then.

    Each part in a run of its own, as Word writes a field: LibreOffice takes the look of the
    field's result from the run holding it, and printed a field in one run at the Normal
    style's size whatever the run said (a title or page number 10-22% larger than the text
    around it). The caller sizes the runs, these included.
    """
    for kind in ("begin", "instr", "separate", "text", "end"):
        run = paragraph.add_run()
        run.font.underline = underline or None
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        elif kind == "text":
            element = OxmlElement("w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = shown
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def mend_ranges(source: Path, out: Path, *, cut: set[str], add: dict[str, str], dash: str) -> None:
    """`source` (a saved pack) written to `out` with each page field to a bookmark in `cut`
    gone, and the `dash` before it; and after each page field to a bookmark that is a key of
    `add`, `dash` and a page field to its value (the runs copied: the row's look kept)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                wanted = {page_ref(bookmark): "cut" for bookmark in cut} | {page_ref(bookmark): "add" for bookmark in add}
                found = [(instruction, wanted[key]) for instruction in root.iter(qn("w:instrText"))
                         if (key := (instruction.text or "").strip()) in wanted]
                for instruction, change in found:
                    if change == "cut":
                        _cut_end(instruction.getparent())
                    else:
                        _add_end(instruction.getparent(), add, dash)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            new.writestr(info, data)


def _field_runs(instruction_run) -> list:
    """The five runs of the field whose instruction is in `instruction_run`, as `add_field`
    writes them: begin, instruction, separator, result, end."""
    runs = [instruction_run.getprevious(), instruction_run]
    for _ in range(3):
        runs.append(runs[-1].getnext())
    return runs


def _cut_end(instruction_run) -> None:
    """The end page's field and the dash before it, gone."""
    runs = _field_runs(instruction_run)
    for run in [runs[0].getprevious(), *runs]:
        run.getparent().remove(run)


def _add_end(instruction_run, ends: dict[str, str], dash: str) -> None:
    """After the first page's field, the dash and a field to the paper's last page, in the
    same look (the runs copied)."""
    runs = _field_runs(instruction_run)
    dashed = copy.deepcopy(runs[3])  # the result's run: its text in the row's size
    dashed.find(qn("w:t")).text = dash
    added = [dashed] + [copy.deepcopy(run) for run in runs]
    instruction = added[2].find(qn("w:instrText"))
    bookmark = instruction.text.split()[1]
    instruction.text = f" {page_ref(ends[bookmark])} "
    at = runs[-1]
    for run in added:
        at.addnext(run)
        at = run
