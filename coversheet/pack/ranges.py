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

from pathlib import Path

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
    from coversheet.word.assembly.fields import mend_ranges

    mend_ranges(source, out, cut={anchor + END for anchor in cut}, add={anchor: anchor + END for anchor in add}, dash=RANGE_DASH)
