"""The exported pack made whole with pikepdf: appendices, outline, page labels, language, title.

LibreOffice has already numbered the pages, tagged every paper and made the agenda's links;
what is left is what a Word document cannot carry: the PDF appendices (put in place of the
pages held for them, their tags grafted into the pack's structure tree by `tags.py`, the
pack's footer drawn on them by `blank.py`), an outline nested by agenda item (cover sheet,
paper, appendices), page labels that match the printed numbers, /Lang en-GB and the title.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, OutlineItem

from coversheet.pack import blank, sheets, tags
from coversheet.pack.compose import PRIVATE_MARK, Composed, Marks, footer_label
from coversheet.pack.ranges import expected_pages
from coversheet.pack.record import KEY
from coversheet.pack.sanitise import sanitise
from coversheet.word.properties import LANGUAGE


def appendix_page_count(path: Path) -> int:
    """The number of pages of a PDF appendix; raises `ValueError` naming the file when unreadable."""
    try:
        with pikepdf.open(path) as pdf:
            return len(pdf.pages)
    except pikepdf.PasswordError:
        raise ValueError(f"{path}: the PDF is encrypted (it needs a password to open): give the appendix without a password") from None
    except (pikepdf.PdfError, OSError) as exc:
        raise ValueError(f"{path}: not a readable PDF ({' '.join(str(exc).split())[:120]})") from None


def unembedded_fonts(pdf: pikepdf.Pdf, pages=None) -> list[str]:
    """The names of the fonts the `pages` (default: all) use without carrying them (a
    standard font such as Helvetica, drawn by the reader in whatever it has): PDF/UA-1
    wants every font embedded. Type 3 fonts are drawn by the file itself."""
    names, seen = [], set()
    stack = [page.obj.get("/Resources") for page in (pages if pages is not None else pdf.pages)]
    while stack:
        resources = stack.pop()
        if not isinstance(resources, Dictionary) or resources.objgen in seen and resources.is_indirect:
            continue
        if resources.is_indirect:
            seen.add(resources.objgen)
        for _, font in (resources.get("/Font") or Dictionary()).items():
            if not isinstance(font, Dictionary) or font.get("/Subtype") == Name.Type3:
                continue
            described = font.DescendantFonts[0] if font.get("/Subtype") == Name.Type0 and "/DescendantFonts" in font else font
            descriptor = described.get("/FontDescriptor")
            if not (isinstance(descriptor, Dictionary) and any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))):
                name = str(font.get("/BaseFont", "/unnamed"))[1:]
                if name not in names:
                    names.append(name)
        for _, xobject in (resources.get("/XObject") or Dictionary()).items():
            if isinstance(xobject, pikepdf.Stream) and xobject.get("/Subtype") == Name.Form:
                stack.append(xobject.get("/Resources"))
    return names


def appendix_warnings(path: Path, item: str, what: str) -> list[str]:
    """What keeps a PDF put into the pack (`what`: "an appendix", "the paper") from being
    accessible, one line each, naming the item: it has no tags (a screen reader gets a
    figure a page, not its words), or fonts it does not carry."""
    found = []
    with pikepdf.open(path) as pdf:
        root = pdf.Root.get("/StructTreeRoot")
        if not (isinstance(root, Dictionary) and root.get("/K") is not None):
            found.append(f"item {item}: {what} ({path.name}) is a PDF without tags: a screen reader hears each of its pages "
                         "as a picture, not its words; ask for it exported as a tagged PDF")
        fonts = unembedded_fonts(pdf)
        if fonts:
            found.append(f"item {item}: {what} ({path.name}) uses fonts it does not carry ({', '.join(fonts[:5])}): "
                         "the pack cannot claim PDF/UA-1; ask for it exported with its fonts embedded")
    return found


def finish(exported: Path, composed: Composed, out: Path, *, duplex: bool = False, record=None,
           warnings: list[str] | None = None) -> int:
    """Write the finished pack to `out`; returns its page count. Fills each row's page range.

    With `duplex`, the blank pages LibreOffice inserted before papers say so; `record` (a
    `record.Record`) is stored in the PDF with the pack's last page number. What had to be
    taken out of each appendix (its scripts, launches, embedded files: `sanitise.py`) is
    added to `warnings`, a line an appendix, and a line for anything the Word papers brought.
    """
    first_page = composed.numbering.first_page
    warnings = warnings if warnings is not None else []
    with pikepdf.open(exported) as pdf:
        # Before the appendices come in: the tables are still the Word document's, in its order.
        missed = sheets.apply_cell_kinds(pdf, {place: kinds for place, (_, kinds) in composed.sheet_tables.items()},
                                         composed.tables)
        for item in sorted({composed.sheet_tables[place][0] for place in missed}):
            warnings.append(f"item {item}: its cover sheet's labels could not be tagged as row headers "
                            "(LibreOffice laid its table out differently): a screen reader reads them as ordinary cells")
        pages = _destination_pages(pdf)
        for marks in composed.marks:
            start, end = pages.get(marks.start), pages.get(marks.end)
            if start is not None and end is not None:
                marks.row.pages = (start + first_page, end + first_page)
        _end_pages_link_to_the_start(pdf, composed, pages)
        blanks = _inserted_blanks(pdf, composed, pages) if duplex else []
        appendix_pages = _insert_appendices(pdf, composed, pages, warnings)
        # LibreOffice writes no scripts, but what a Word paper carries is its author's: the
        # whole pack is swept as each appendix was, so nothing active is published whatever its source.
        leftover = sanitise(pdf)
        if leftover:
            warnings.append(f"removed from the Word papers before packing them: {leftover}")
        count = len(pdf.pages)
        header = PRIVATE_MARK if composed.private else None

        def footer(index: int, marks: Marks | None = None) -> str:
            item = f"{footer_label(marks.row, board=composed.board)} · " if marks is not None else ""
            total = f" of {count}" if composed.numbering.of_total else ""
            return f"{composed.board} · {item}Page {index + first_page}{total}"

        stamps = [(index, footer(index), header, blank.BLANK_PAGE) for index in blanks]
        if appendix_pages:
            at = {page.objgen: index for index, page in enumerate(pdf.pages)}
            for page, marks in appendix_pages:
                index = at[page.objgen]
                stamps.append((index, footer(index, marks), header, None))
        blank.stamp_all(pdf, stamps)
        _outline(pdf, composed, pages)
        # PDF/UA-1 wants every font embedded and every table's headers known: a PDF put in
        # without its fonts, or an author's table without a header row (each said in the
        # warnings), leaves the pack without the claim rather than claiming falsely.
        inserted = [page for page, _ in appendix_pages]
        _metadata(pdf, composed.title,
                  claim_pdfua=not (inserted and unembedded_fonts(pdf, inserted)) and not composed.headerless_tables)
        pdf.Root.PageLabels = Dictionary(Nums=Array([0, Dictionary(S=Name.D, St=first_page)]))
        if record is not None:
            record.last_page = first_page + count - 1
            pdf.docinfo[Name(KEY)] = pikepdf.String(record.as_json())
        pdf.save(out)
    return count


def ranges_to_mend(exported: Path, composed: Composed, counts: dict[Path, int]) -> tuple[set[str], set[str]]:
    """The papers whose agenda row was laid out for another length than the export gave them
    (`ranges.expected_pages`): the anchors of those on one page quoted as a range ("5 - 5"),
    and of those over pages quoted by their first page alone."""
    with pikepdf.open(exported) as pdf:
        pages = _destination_pages(pdf)
    cut, add = set(), set()
    for marks in composed.marks:
        start, end = pages.get(marks.start), pages.get(marks.end)
        if start is None or end is None:
            continue
        ranged = expected_pages(marks.row, counts) != 1
        if ranged and start == end:
            cut.add(marks.start)
        elif not ranged and start != end:
            add.add(marks.start)
    return cut, add


def _end_pages_link_to_the_start(pdf: pikepdf.Pdf, composed: Composed, pages: dict[str, int]) -> None:
    """On the agenda, a paper's last page number (a PAGEREF to its end, which LibreOffice
    links there) goes to the paper's first page, as its title and first page number do."""
    starts = [pages[m.start] for m in composed.marks if m.start in pages]
    if not starts:
        return
    ends = {pages[m.end]: pages[m.start] for m in composed.marks if m.start in pages and m.end in pages and pages[m.end] != pages[m.start]}
    index = {page.objgen: number for number, page in enumerate(pdf.pages)}
    for page in list(pdf.pages)[:min(starts)]:  # the front page and the agenda
        for annotation in page.get("/Annots", []):
            target = annotation.get("/Dest") if isinstance(annotation, Dictionary) else None
            if isinstance(target, Array) and len(target) and isinstance(target[0], Dictionary):
                at = index.get(target[0].objgen)
                if at in ends:
                    annotation.Dest = Array([pdf.pages[ends[at]].obj, Name.XYZ, None, None, None])


def _inserted_blanks(pdf: pikepdf.Pdf, composed: Composed, pages: dict[str, int]) -> list[int]:
    """The blank pages LibreOffice put before papers so that each starts on a right-hand page."""
    before = {pages[m.start] - 1 for m in composed.marks if pages.get(m.start)}
    return sorted(i for i in before if blank.is_inserted_blank(pdf.pages[i]))


def _destination_pages(pdf: pikepdf.Pdf) -> dict[str, int]:
    """Each named destination (a Word bookmark) and the 0-based index of its page."""
    index = {page.objgen: number for number, page in enumerate(pdf.pages)}
    found: dict[str, int] = {}
    dests = pdf.Root.get("/Dests")
    entries = []
    if isinstance(dests, Dictionary):
        entries = [(str(name)[1:], value) for name, value in dests.items()]
    names = pdf.Root.get("/Names")
    if names is not None and "/Dests" in names:
        entries += [(str(name), value) for name, value in pikepdf.NameTree(names.Dests).items()]
    for name, value in entries:
        target = value.get("/D") if isinstance(value, Dictionary) else value
        if isinstance(target, Array) and len(target) and target[0].objgen in index:
            found[name] = index[target[0].objgen]
    return found


def _insert_appendices(pdf: pikepdf.Pdf, composed: Composed, pages: dict[str, int],
                       warnings: list[str]) -> list[tuple[pikepdf.Page, Marks]]:
    """Put each appendix's pages, its active content removed (said in `warnings`), where the
    Word document held blank pages for them, its tags into the pack's structure tree
    (`tags.Grafts`); returns the pages put in, with their paper."""
    replaced: dict[tuple[int, int], pikepdf.Object] = {}
    placed_all: list[tuple[pikepdf.Page, Marks]] = []
    grafts = tags.Grafts(pdf)
    for marks in composed.marks:
        for name, path, count, title in marks.appendices:
            first = pages.get(name)
            if first is None:
                continue
            with pikepdf.open(path) as appendix:
                removed = sanitise(appendix)
                if removed:
                    warnings.append(f"{path}: removed from this appendix of item {marks.row.item} before packing it: {removed}")
                placed, held = [], set()
                for offset in range(count):
                    old = pdf.pages[first + offset]
                    pdf.pages.insert(first + offset, appendix.pages[offset])
                    new = pdf.pages[first + offset]
                    replaced[old.objgen] = new.obj
                    held.add(old.objgen)
                    placed.append(new)
                    pdf.pages.remove(pdf.pages[first + offset + 1])
                grafts.graft(appendix, placed, held, title if title != marks.row.title else footer_label(marks.row, limit=None))
            placed_all += [(page, marks) for page in placed]
    grafts.place()
    if replaced:
        _retarget(pdf, replaced)
    return placed_all


def _retarget(pdf: pikepdf.Pdf, replaced: dict) -> None:
    """Destinations to a held page go to the appendix page now there; its empty tags go."""
    targets = []
    dests = pdf.Root.get("/Dests")
    if isinstance(dests, Dictionary):
        targets += [target for _, target in dests.items()]
    for page in pdf.pages:
        for annotation in page.get("/Annots", []):
            action = annotation.get("/A")
            targets += [annotation.get("/Dest"), action.get("/D") if isinstance(action, Dictionary) else None]
    for target in targets:
        if isinstance(target, Array) and len(target) and isinstance(target[0], Dictionary) and target[0].objgen in replaced:
            target[0] = replaced[target[0].objgen]
    stack = [pdf.Root.get("/StructTreeRoot")]
    while stack:
        node = stack.pop()
        if not isinstance(node, Dictionary):
            continue
        kids = node.get("/K")
        if isinstance(kids, Array):
            keep = [k for k in kids if not (isinstance(k, Dictionary) and "/Pg" in k and k.Pg.objgen in replaced)]
            if len(keep) != len(kids):
                node.K = Array(keep)
            stack.extend(keep)
        elif isinstance(kids, Dictionary):
            stack.append(kids)


def _outline(pdf: pikepdf.Pdf, composed: Composed, pages: dict[str, int]) -> None:
    with pdf.open_outline() as outline:
        outline.root.clear()
        outline.root.append(OutlineItem("Front page", 0))
        agenda = 1 if len(pdf.pages) > 1 else 0
        outline.root.append(OutlineItem("Agenda", agenda))
        for marks in composed.marks:
            row = marks.row
            start = pages.get(marks.start)
            if start is None:
                continue
            item = OutlineItem(f"{row.item_label} {row.title}", start)
            if marks.sheet:
                item.children.append(OutlineItem("Cover sheet", start))
            if marks.body and marks.body in pages:
                item.children.append(OutlineItem("Paper", pages[marks.body]))
            for name, _, _, title in marks.appendices:
                if name in pages:
                    item.children.append(OutlineItem("Paper" if title == row.title else title, pages[name]))
            outline.root.append(item)


def _metadata(pdf: pikepdf.Pdf, title: str, *, claim_pdfua: bool = True) -> None:
    pdf.Root.Lang = pikepdf.String(LANGUAGE)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.PageMode = Name.UseOutlines
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = title
        meta["dc:language"] = [LANGUAGE]
        if not claim_pdfua and "pdfuaid:part" in meta:
            del meta["pdfuaid:part"]
    pdf.docinfo[Name.Title] = title
