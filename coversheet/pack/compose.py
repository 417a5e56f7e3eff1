"""The whole pack as one Word document, so that one LibreOffice export tags every page.

Front page, agenda, then each attached paper in its own section: its cover sheet and its
body (or, for a paper the plan names with no cover sheet, the paper alone: a Word document,
or pages held for a PDF), and blank pages held for its PDF appendices (replaced by the appendix pages after
the export, so every page number in the agenda is already right). The agenda quotes page
ranges with PAGEREF fields to bookmarks at each paper's first and last paragraph, and each
row's title is a REF field to the title held hidden at the paper's start (a link in the PDF); the footer of every section prints the agenda
item and "Page N of M" (PAGE and NUMPAGES fields), so LibreOffice does the numbering.
"""

from __future__ import annotations

import gc
import io
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from coversheet.config.meeting_plan import MeetingPlan
from coversheet.dates.uk import long_date
from coversheet.pack import sheets
from coversheet.pack.items import PackContents, Row
from coversheet.pack.ranges import END, RANGE_DASH, expected_pages
from coversheet.word.properties import LANGUAGE, describe
from coversheet.word.writing.table_document import header_row

COLUMNS = ("Item", "Description", "Owner", "Action", "Format", "Pages")
# 17 cm: A4 less 2 cm margins. With the narrow cell margins below, the Action and Format
# columns hold a board's words on one line ("Information", "To consider", "Presentation",
# even in a wide fallback font such as DejaVu Sans); two words joined by "/" break after it.
# The Item column holds "16.10" and the Pages column "105 - 109" on one line (in DejaVu Sans,
# LibreOffice's fallback for Calibri and the widest font it is likely to use).
WIDTHS_CM = (1.3, 6.1, 2.7, 2.4, 2.5, 2.0)
CELL_MARGIN_CM = 0.1  # left and right, in every cell of the agenda (Word's default is 0.19)
PRIVATE_MARK = "PRIVATE – not for publication"
# What a footer line holds in 9 pt across 17 cm (about 105 characters of Calibri or Carlito,
# measured with a long title): a longer item title is cut short with an ellipsis, so that the
# footer stays on one line and "Page N of M" stays where every other page has it.
FOOTER_CHARS = 100
PAGE_WORDS = len("Page 999 of 999")


def footer_label(row: Row, *, board: str = "", limit: int | None = FOOTER_CHARS) -> str:
    """"Item 10. ICS Finance Report", shortened with "…" to what fits a footer beside `board` and the page number."""
    label = f"Item {row.item_label} {row.title}"
    if limit is None:
        return label
    room = max(limit - len(board) - len(" ·  · ") - PAGE_WORDS, len(f"Item {row.item_label} ") + 12)
    return label if len(label) <= room else label[:room - 1].rstrip() + "…"


class BrokenPaper(Exception):
    """A Word document of a paper that cannot be opened to be packed: the row and the reason."""

    def __init__(self, row: Row, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.row, self.path, self.reason = row, path, reason


@dataclass
class Numbering:
    """How the pack's pages are numbered: from 1 ("Page N of M"), or on from a main pack ("Page N")."""

    first_page: int = 1
    of_total: bool = True


@dataclass
class Marks:
    """The bookmarks of one packed paper: where its parts start, and its last paragraph."""

    row: Row
    start: str
    end: str
    sheet: str | None = None
    body: str | None = None
    # (bookmark, file, pages, title): the PDFs put in after the export, a PDF paper itself first
    appendices: list[tuple[str, Path, int, str]] = field(default_factory=list)


@dataclass
class Composed:
    document: object  # a python-docx Document
    title: str
    marks: list[Marks]
    numbering: Numbering = field(default_factory=Numbering)
    board: str = ""
    private: bool = False
    # The cover sheets' tables, by their place among the document's tables (all of them:
    # `tables`): the item and each row's cell kinds, for `sheets.apply_cell_kinds`.
    sheet_tables: dict[int, tuple[str, list]] = field(default_factory=dict)
    tables: int = 0
    headerless_tables: int = 0  # in the authors' own papers: the pack then makes no PDF/UA-1 claim


def pack_title(contents: PackContents, plan: MeetingPlan) -> str:
    meeting = plan.title_for(contents.private)
    when = long_date(contents.meeting) if contents.meeting else "date not known"
    kind = "private session pack" if contents.private else "papers"
    if contents.supplement:
        kind = "supplementary " + ("private session papers" if contents.private else "papers")
    return f"{contents.board} – {meeting}, {when}: {kind}"


def compose(contents: PackContents, plan: MeetingPlan, *, appendix_pages: dict[Path, int], duplex: bool = False,
            template=None, numbering: Numbering | None = None, on_paper=lambda row: None) -> Composed:
    """The pack document; `appendix_pages` gives each appendix PDF's page count; `on_paper(row)`
    is called as each paper is added.

    Raises `BrokenPaper` for a paper's Word document that cannot be opened.
    """
    numbering = numbering or Numbering()
    title = pack_title(contents, plan)
    document = _base_document(title)
    _front_page(document, contents, plan)
    agenda_table = _agenda(document, contents, plan.exclusion, known_pages=appendix_pages)
    composer = _composer(document)
    pending: list[tuple[Marks, object, object, list]] = []  # marks, first element, body element, placeholders
    sheet_parts: list[tuple[Row, list]] = []  # each paper's cover sheet: its blocks
    for row in contents.rows:
        if row.paper is None:
            continue
        paper = row.paper
        on_paper(row)
        marks = Marks(row, start=row.anchor, end=row.anchor + END)
        _new_section(document, duplex)
        before = _last_block(document)
        first = body_element = None
        if paper.sheet is None:  # a paper with no cover sheet, packed as it is: a Word document, or a PDF put in below
            if paper.path.suffix.lower() == ".docx":
                composer.append(_open(paper.path, row))
                first = body_element = _next_block(before)
        elif paper.path.suffix.lower() == ".docx":
            composer.append(_open(paper.path, row))
            first = _next_block(before)
            blocks = list(_blocks_from(first))
            body_element = _after_sheet(blocks)
            sheet_parts.append((row, blocks[:blocks.index(body_element)] if body_element is not None else blocks))
        else:
            composer.append(Document(io.BytesIO(_sheet_docx(paper.sheet, template, page_break=paper.body is not None,
                                                             profile=contents.profile, board=contents.board))))
            first = _next_block(before)
            sheet_parts.append((row, list(_blocks_from(first))))
            body_element = None
            if paper.body is not None:
                at = _last_block(document)
                composer.append(_open(paper.body, row))
                body_element = _next_block(at)  # None: a body with nothing in it
        placeholders = []
        itself = len(paper.pdfs) - len(paper.appendices)  # 1 when the paper itself is a PDF: number 0, before its appendices
        for number, appendix in enumerate(paper.pdfs, start=1 - itself):
            name = f"{row.anchor}appendix{number}" if number else f"{row.anchor}paper"
            pages = appendix_pages[appendix]
            # "Appendix 2", never the file's name: a name can say more than the board means to publish.
            shown = f"Appendix {number}" if number else row.title
            placeholders.append(_placeholder_pages(document, pages, shown))
            marks.appendices.append((name, appendix, pages, shown))
        if paper.sheet is None and body_element is not None:
            # A Word paper's own heading, as a cover sheet's is made (`_sheets_for_screen_readers`).
            first.addprevious(sheets.paper_heading(footer_label(row, limit=None)))
            first = first.getprevious()
        elif paper.sheet is None and placeholders:
            # A PDF paper starts at its first page (its Sect in the structure tree is titled with the item).
            first = placeholders[0]
            first.find(qn("w:pPr")).remove(first.find(qn("w:pPr")).find(qn("w:pageBreakBefore")))
        marks.sheet = row.anchor + "sheet" if paper.sheet is not None else None
        marks.body = row.anchor + "paper" if body_element is not None else None
        pending.append((marks, first, body_element, placeholders))
        # The paper's own document, opened to be appended, is held in reference cycles
        # (python-docx's document, part and package): freed now (it is young: a collection
        # of the two younger generations, a millisecond or two), so the next paper reuses its
        # memory instead of the process growing by each paper's (40 MB over a 500-page pack).
        gc.collect(1)
    sheet_tables, tables = _sheets_for_screen_readers(document, sheet_parts, pending)
    headerless = _headerless_tables(document, pending, sheet_tables, tables, contents.warnings)
    _notes(document, contents, agenda_table)
    # Bookmarks last: docxcompose renumbers bookmarks on every append.
    next_id = _max_bookmark_id(document) + 1
    for marks, first, body_element, placeholders in pending:
        next_id = _bookmark(_first_paragraph(first), [marks.start, marks.sheet], next_id)
        next_id = _hidden_title(_first_paragraph(first), marks.row, next_id)
        if body_element is not None:
            next_id = _bookmark(_first_paragraph(body_element), [marks.body], next_id)
        for (name, *_), first_placeholder in zip(marks.appendices, placeholders, strict=True):
            next_id = _bookmark(first_placeholder, [name], next_id)
    _end_marks(document, pending, next_id)
    _footers(document, contents, pending, numbering)
    _first_page_number(document, numbering.first_page)
    return Composed(document, title, [marks for marks, *_ in pending], numbering, contents.board, contents.private,
                    sheet_tables, len(tables), headerless)


def _headerless_tables(document, pending, sheet_tables: dict, tables: list, warnings: list[str]) -> int:
    """Say which papers hold tables of their own with no header row: a screen reader cannot
    name such a table's columns, and the pack cannot know which cells are headers. (The
    author marks them in Word: Table Properties, Row, "Repeat as header row".) Returns how many."""
    blocks = _blocks(document)
    starts = [blocks.index(first) for _, first, _, _ in pending] + [len(blocks)]
    places = {table: place for place, table in enumerate(tables)}
    total = 0
    for (marks, *_), start, stop in zip(pending, starts, starts[1:]):
        headerless = 0
        for block in blocks[start:stop]:
            for table in ([block] if block.tag == qn("w:tbl") else block.iter(qn("w:tbl"))):
                if places.get(table) in sheet_tables:
                    continue
                if next(table.iter(qn("w:tblHeader")), None) is None:
                    headerless += 1
        total += headerless
        if headerless:
            warnings.append(f"item {marks.row.item}: {headerless} table(s) in the paper have no header row, so a screen reader "
                            "cannot name their columns: ask the author to mark each table's first row as a header row "
                            "(in Word: Table Properties, Row, Repeat as header row); the pack cannot claim PDF/UA-1")
    return total


def _sheets_for_screen_readers(document, sheet_parts, pending) -> tuple[dict, list]:
    """Each sheet's heading made its paper's, its tables' cells classed for `pdf.py` to tag;
    returns those tables by their place among all the document's tables, and all of them."""
    headings = sheets.heading_style_ids(document)
    # A text box's content is written twice, its Word 2010 drawing and a VML fallback: LibreOffice
    # lays out one of them, so the fallback's tables are not counted.
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    tables = [table for table in document.element.body.iter(qn("w:tbl"))
              if not any(ancestor.tag == fallback for ancestor in table.iterancestors())]
    places = {table: place for place, table in enumerate(tables)}
    sheet_tables = {}
    for number, (row, blocks) in enumerate(sheet_parts):
        # Moving by headings reaches each paper by its item and title, not the board's name again.
        if blocks and not sheets.retitle(blocks, headings, footer_label(row, limit=None)):
            blocks[0].addprevious(sheets.paper_heading(footer_label(row, limit=None)))
            marks, _, body_element, placeholders = pending[number]
            pending[number] = (marks, blocks[0].getprevious(), body_element, placeholders)  # the paper starts at its heading
        for table, kinds in sheets.cell_kinds(blocks):
            sheet_tables[places[table]] = (row.item, kinds)
    return sheet_tables, tables


def _open(path: Path, row: Row):
    """A paper's Word document, or `BrokenPaper` saying why it cannot be packed."""
    import zipfile

    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    from coversheet.errors import UnreadableFile
    from coversheet.word.writing.template import vet_docx

    try:
        vet_docx(path, "paper")  # the one safe way in, as for check and render: no zip bomb, no DOCTYPE
    except UnreadableFile as exc:
        raise BrokenPaper(row, path, exc.message.removeprefix(f"paper {path}: ")) from None
    try:
        return Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile):
        raise BrokenPaper(row, path, "not a Word document that can be opened (an old .doc renamed, a password-protected or a damaged file?)") from None
    except (KeyError, ValueError, XMLSyntaxError) as exc:
        raise BrokenPaper(row, path, f"its Word content is damaged ({' '.join(str(exc).split())[:120]})") from None


def _composer(document):
    """docxcompose's Composer, doing its per-block work only where a block needs it (composer.py)."""
    from coversheet.pack.composer import PackComposer

    return PackComposer(document)


# --- the document and its first pages ---------------------------------------------------------


def _base_document(title: str):
    document = Document()
    describe(document.core_properties, title=title, subject="Board pack", author="coversheet", language=LANGUAGE)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run_properties = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    language = run_properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_properties.append(language)
    language.set(qn("w:val"), LANGUAGE)
    document.styles["Normal"].font.size = Pt(11)
    # The Title style's rule under the board's name is drawn untagged by LibreOffice (neither
    # content nor an artifact, which PDF/UA-1 does not allow): the front page goes without it.
    title_properties = document.styles["Title"].element.find(qn("w:pPr"))
    border = title_properties.find(qn("w:pBdr")) if title_properties is not None else None
    if border is not None:
        title_properties.remove(border)
    return document


def _front_page(document, contents: PackContents, plan: MeetingPlan) -> None:
    document.add_heading(contents.board, level=0)
    document.add_heading(plan.title_for(contents.private), level=1)
    facts = [("Date", long_date(contents.meeting) if contents.meeting else "Not known")]
    if plan.time:
        facts.append(("Time", plan.time))
    if plan.place:
        facts.append(("Place", plan.place))
    for name, value in facts + plan.published_facts():
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{name}: ").bold = True
        paragraph.add_run(value)
    if plan.membership:
        document.add_paragraph().add_run("Membership").bold = True
        for member in plan.membership:
            document.add_paragraph(member, style="List Bullet")
    if contents.supplement:
        document.add_paragraph().add_run("Supplementary papers: received after the main pack was published.").bold = True
    if contents.private:
        document.add_paragraph().add_run("Private session. " + PRIVATE_MARK + ".").bold = True
    else:
        document.add_paragraph("Papers for the meeting in public. Items taken in the private session are listed on the agenda but not included.")
    document.add_page_break()


def _agenda(document, contents: PackContents, exclusion: str | None = None, known_pages: dict[Path, int] | None = None):
    document.add_heading("Supplementary agenda" if contents.supplement else "Agenda", level=1)
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    header_row(table, COLUMNS)
    excluded = False
    for row in contents.rows:
        if row.section:
            heading = table.add_row()
            merged = heading.cells[0].merge(heading.cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run(row.section).bold = True
        if exclusion and row.in_private and not excluded:
            # The resolution to exclude the press and public, before the first item taken in private.
            excluded = True
            resolution = table.add_row()
            merged = resolution.cells[0].merge(resolution.cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run("Exclusion of the press and public").bold = True
            merged.add_paragraph(exclusion)
        cells = table.add_row().cells
        cells[0].text = row.item_label
        if row.paper is not None:
            _title_link(cells[1].paragraphs[0], row)
        else:
            cells[1].text = row.title
        if row.description:
            cells[1].add_paragraph(row.description)
        if row.note:
            cells[1].add_paragraph(row.note).runs[0].italic = True
        cells[2].text, cells[3].text, cells[4].text = row.owner, row.action, row.format
        if row.paper is not None:
            paragraph = cells[5].paragraphs[0]
            _field(paragraph, f"PAGEREF {row.anchor} \\h")
            if expected_pages(row, known_pages or {}) != 1:  # a one-page paper reads "5", never "5 - 5"
                paragraph.add_run(RANGE_DASH)
                _field(paragraph, f"PAGEREF {row.anchor}{END} \\h")
    table.autofit = False
    for table_row in table.rows:
        # A row is never split across two pages ("105 -" at the foot of one, "109" atop the next).
        properties = table_row._tr.get_or_add_trPr()
        properties.insert(0, OxmlElement("w:cantSplit"))
    _cell_margins(table, CELL_MARGIN_CM)
    for column, width in zip(table.columns, WIDTHS_CM):
        column.width = Cm(width)  # the grid LibreOffice lays out by
    for table_row in table.rows:
        for column, (cell, width) in enumerate(zip(table_row.cells, WIDTHS_CM)):
            cell.width = Cm(width)
            # The description wraps between words; a name, an action or a format is fitted whole.
            size = _size_for_words(cell.text, width) if column in (2, 3, 4) and len(table_row.cells) > 1 else AGENDA_PT
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)
    return table._tbl


def _notes(document, contents: PackContents, agenda_table) -> None:
    """The notes for the chair, under the agenda: only in the private pack (they name files
    left out, and a file name can say more than the paper's title would); the public pack's
    builder reads them on stderr instead. Written once every paper is composed, so that what
    composing found (a paper's tables without header rows) is among them."""
    if not (contents.warnings and contents.private):
        return
    added = [document.add_heading("Notes for the chair", level=2)]
    added += [document.add_paragraph(warning, style="List Bullet") for warning in contents.warnings]
    at = agenda_table
    for paragraph in added:
        at.addnext(paragraph._p)
        at = paragraph._p


AGENDA_PT = 10
SMALLEST_PT = 7.5
EM_PER_CHARACTER = 0.62  # DejaVu Sans's widest run of letters, about; Calibri and Arial are narrower


def _size_for_words(text: str, width_cm: float) -> float:
    """The agenda's size, or smaller for a cell whose longest word would not fit its column at
    it ("Christopherson-Montgomery" in the Owner column): a name printed whole, never broken
    mid-word, down to 7.5 pt. Words are broken after "/" and "-" as LibreOffice breaks them."""
    words = [w for part in text.replace("/", "/ ").replace("-", "- ").split() if (w := part.strip())]
    longest = max((len(word) for word in words), default=0)
    room_pt = (width_cm - 2 * CELL_MARGIN_CM) / 2.54 * 72
    if not longest or longest * EM_PER_CHARACTER * AGENDA_PT <= room_pt:
        return AGENDA_PT
    return max(SMALLEST_PT, round(room_pt / (longest * EM_PER_CHARACTER) * 2) / 2 - 0.5)


def _cell_margins(table, cm: float) -> None:
    """The table's left and right cell margins (w:tblCellMar), so the narrow columns keep their words whole."""
    properties = table._tbl.tblPr
    margins = properties.find(qn("w:tblCellMar"))
    if margins is None:
        margins = OxmlElement("w:tblCellMar")
        properties.append(margins)
    for side in ("w:left", "w:right"):
        margin = OxmlElement(side)
        margin.set(qn("w:w"), str(round(cm * 567)))  # twentieths of a point
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)


# --- papers ---------------------------------------------------------------------------------


def _sheet_docx(sheet, template, *, page_break: bool, profile=None, board: str | None = None) -> bytes:
    """A draft's cover sheet as `render` writes it: the board's own sheet when it has a profile."""
    if profile is not None and template is None:
        from coversheet.word.writing.profile_sheet import profile_sheet_bytes

        return profile_sheet_bytes(profile, sheet.model_dump(mode="json"), board=board, page_break=page_break)
    from coversheet.word.writing.render import default_template, load_template

    loaded = template or load_template(default_template())
    return loaded.render(sheet, page_break=page_break)


def _blocks(document) -> list:
    body = document.element.body
    return [child for child in body if child.tag != qn("w:sectPr")]


def _last_block(document):
    """The body's last block (what the next appended one follows): after `_new_section`, the
    paragraph ending the section before. Found from the end: the body is thousands of blocks."""
    return next(child for child in reversed(document.element.body) if child.tag != qn("w:sectPr"))


def _next_block(block):
    """The block after `block`, or None at the end of the body."""
    following = block.getnext()
    return following if following is not None and following.tag != qn("w:sectPr") else None


def _blocks_from(first):
    """`first` and the blocks after it."""
    block = first
    while block is not None and block.tag != qn("w:sectPr"):
        yield block
        block = block.getnext()


def _new_section(document, duplex: bool) -> None:
    """End the section before: the next paper starts on a new (with --duplex, right-hand) page."""
    document.add_section(WD_SECTION.ODD_PAGE if duplex else WD_SECTION.NEW_PAGE)


def _after_sheet(blocks: list):
    """In a Word paper, the first block after its cover sheet: after our sheet's end marker or the first page break."""
    for index, block in enumerate(blocks):
        tags = [t.get(qn("w:val")) for t in block.iter(qn("w:tag"))]
        breaks = [b for b in block.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
        if "coversheet.end" in tags or breaks:
            return blocks[index + 1] if index + 1 < len(blocks) else None
    return None


def _placeholder_pages(document, pages: int, label: str):
    """`pages` pages held for an appendix (replaced by its pages in the PDF); returns the first one's paragraph.

    Each holds a line of text: LibreOffice drops bookmarks in a trailing empty paragraph.
    """
    held = []
    for number in range(1, pages + 1):
        paragraph = document.add_paragraph(f"{label}, page {number} of {pages}")
        paragraph.paragraph_format.page_break_before = True
        held.append(paragraph._p)
    return held[0]


def _first_paragraph(element):
    if element.tag == qn("w:p"):
        return element
    found = next(element.iter(qn("w:p")), None)
    return found if found is not None else element


def _end_marks(document, pending, next_id: int) -> None:
    """A bookmark in the last paragraph of each paper's section (the agenda's last page number)."""
    ends = {}
    blocks = _blocks(document)
    firsts = [first for _, first, _, _ in pending]
    positions = [blocks.index(first) for first in firsts] + [len(blocks)]
    for (marks, *_), start, stop in zip(pending, positions, positions[1:]):
        # The paragraph laid out last: a paper before another ends in the paragraph holding
        # its section break, but the last paper of the pack ends in whatever it ends in (a
        # table, a content control), and the last top-level paragraph may be pages earlier.
        last = next((found for b in reversed(blocks[start:stop]) if (found := _last_paragraph(b)) is not None), None)
        ends[marks.end] = last if last is not None else _first_paragraph(blocks[stop - 1])
    for name, paragraph in ends.items():
        next_id = _bookmark(paragraph, [name], next_id)


def _last_paragraph(element):
    """The last paragraph in `element` in reading order: itself, the last one in a table's
    last cell, in a content control, ... (None if it holds none)."""
    if element.tag == qn("w:p"):
        return element
    for child in reversed(element):
        found = _last_paragraph(child)
        if found is not None:
            return found
    return None


def _max_bookmark_id(document) -> int:
    ids = [int(b.get(qn("w:id"))) for b in document.element.body.iter(qn("w:bookmarkStart")) if (b.get(qn("w:id")) or "").isdigit()]
    return max(ids, default=0)


def _bookmark(paragraph, names, next_id: int) -> int:
    for name in names:
        if not name:
            continue
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(next_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(next_id))
        properties = paragraph.find(qn("w:pPr"))
        paragraph.insert(1 if properties is not None else 0, start)
        paragraph.append(end)
        next_id += 1
    return next_id


# --- footers and headers --------------------------------------------------------------------


def _first_page_number(document, first_page: int) -> None:
    """Number on from a main pack: the first section starts at `first_page` (the others follow on)."""
    if first_page == 1:
        return
    properties = document.sections[0]._sectPr
    numbering = properties.find(qn("w:pgNumType"))
    if numbering is None:
        numbering = OxmlElement("w:pgNumType")
        columns = properties.find(qn("w:cols"))
        if columns is not None:
            columns.addprevious(numbering)
        else:
            properties.append(numbering)
    numbering.set(qn("w:start"), str(first_page))


def _footers(document, contents: PackContents, pending, numbering: Numbering) -> None:
    """Each section's footer: the item it holds and "Page N of M"; with --private, "Private" on top."""
    blocks = _blocks(document)
    starts = [(blocks.index(first), marks.row) for marks, first, _, _ in pending]
    position = 0
    for section in document.sections:
        end = _section_end(document, section, blocks)
        while position < len(starts) and starts[position][0] <= end:
            position += 1
        row = starts[position - 1][1] if position else None
        label = footer_label(row, board=contents.board) if row is not None else ("Supplementary agenda" if contents.supplement else "Agenda")
        footer = section.footer
        footer.is_linked_to_previous = False
        _clear(footer)
        paragraph = footer.paragraphs[0]
        paragraph.add_run(f"{contents.board} · {label} · ")
        paragraph.add_run("Page ")
        _field(paragraph, "PAGE")
        if numbering.of_total:
            paragraph.add_run(" of ")
            _field(paragraph, "NUMPAGES")
        for run in paragraph.runs:
            run.font.size = Pt(9)
        for other in ("even_page_footer", "first_page_footer"):
            getattr(section, other).is_linked_to_previous = True
        section.different_first_page_header_footer = False
        header = section.header
        header.is_linked_to_previous = False
        _clear(header)
        if contents.private:
            header.paragraphs[0].add_run(PRIVATE_MARK).bold = True


def _section_end(document, section, blocks) -> int:
    """The index of the block holding this section's properties (the last one for the body's)."""
    holder = section._sectPr.getparent()
    if holder.tag == qn("w:body"):
        return len(blocks)
    paragraph = holder.getparent()
    return blocks.index(paragraph)


def _clear(part) -> None:
    paragraphs = part.paragraphs
    for extra in paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for child in list(paragraphs[0]._p):
        if child.tag != qn("w:pPr"):
            paragraphs[0]._p.remove(child)
    for table in part.tables:
        table._tbl.getparent().remove(table._tbl)


# --- OOXML pieces ---------------------------------------------------------------------------


def _field(paragraph, instruction: str, shown: str = "0", *, underline: bool = False) -> None:
    """A field (PAGE, NUMPAGES, PAGEREF, REF) that LibreOffice computes when it lays out the
    pack; `shown` is its text until then.

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


def _title_link(paragraph, row: Row) -> None:
    """The agenda row's title, linking to the paper's first page.

    A REF field (with \\h, a link) to a bookmark round the title, held as hidden text at the
    start of the paper (`_hidden_title`): LibreOffice 7.4 exports no link annotation for a
    hyperlink (w:hyperlink or a HYPERLINK field), only for its reference fields; so this gives
    the PDF a link whose text, for a screen reader too, is the title, going to the paper.
    """
    _field(paragraph, f"REF {row.anchor}title \\h", row.title, underline=True)


def _hidden_title(paragraph, row: Row, next_id: int) -> int:
    """The row's title as hidden text in a bookmark at the start of `paragraph` (what the
    agenda's `_title_link` shows and links to); nothing of it is printed."""
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    properties.append(OxmlElement("w:vanish"))
    run.append(properties)
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = row.title
    run.append(text)
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(next_id))
    start.set(qn("w:name"), row.anchor + "title")
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(next_id))
    at = 1 if paragraph.find(qn("w:pPr")) is not None else 0
    for offset, element in enumerate((start, run, end)):
        paragraph.insert(at + offset, element)
    return next_id + 1
