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
from dataclasses import dataclass, field
from pathlib import Path

from coversheet.config.meeting_plan import MeetingPlan
from coversheet.dates.uk import long_date
from coversheet.pack.items import PackContents, Row
from coversheet.pack.ranges import END, RANGE_DASH, expected_pages
from coversheet.word.assembly.agenda import Across, Entry
from coversheet.word.assembly.document import Bookmarks, PackDocument, Part, UnopenablePaper
from coversheet.word.writing.sheet_document import sheet_document

COLUMNS = ("Item", "Description", "Owner", "Action", "Format", "Pages")
# 17 cm: A4 less 2 cm margins. With the narrow cell margins below, the Action and Format
# columns hold a board's words on one line ("Information", "To consider", "Presentation",
# even in a wide fallback font such as DejaVu Sans); two words joined by "/" break after it.
# The Item column holds "16.10" and the Pages column "105 - 109" on one line (in DejaVu Sans,
# LibreOffice's fallback for Calibri and the widest font it is likely to use).
WIDTHS_CM = (1.3, 6.1, 2.7, 2.4, 2.5, 2.0)
CELL_MARGIN_CM = 0.1  # left and right, in every cell of the agenda (Word's default is 0.19)
FITTED_COLUMNS = (2, 3, 4)  # Owner, Action, Format: each word printed whole, smaller if need be
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
    document: PackDocument | None  # None once saved
    title: str
    marks: list[Marks]
    numbering: Numbering = field(default_factory=Numbering)
    board: str = ""
    private: bool = False
    # The cover sheets' tables, by their place among the document's tables (all of them:
    # `tables`): the item and each row's cell kinds, for `pack.sheets.apply_cell_kinds`.
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
    document = PackDocument(title, subject="Board pack")
    _front_page(document, contents, plan)
    agenda_table = _agenda(document, contents, plan.exclusion, known_pages=appendix_pages)
    pending: list[tuple[Marks, Part]] = []
    sheet_parts: list[tuple[Row, Part]] = []  # each paper with a cover sheet
    for row in contents.rows:
        if row.paper is None:
            continue
        paper = row.paper
        on_paper(row)
        marks = Marks(row, start=row.anchor, end=row.anchor + END)
        part = document.new_part(odd_page=duplex)
        try:
            if paper.sheet is None:  # a paper with no cover sheet, packed as it is: a Word document, or a PDF put in below
                if paper.path.suffix.lower() == ".docx":
                    document.add_paper(part, paper.path)
            elif paper.path.suffix.lower() == ".docx":
                document.add_paper_with_sheet(part, paper.path)
                sheet_parts.append((row, part))
            else:
                document.add_sheet(part, sheet_document(paper.sheet, profile=contents.profile, template=template,
                                                        board=contents.board, page_break=paper.body is not None))
                sheet_parts.append((row, part))
                if paper.body is not None:
                    document.add_body(part, paper.body)
        except UnopenablePaper as exc:
            raise BrokenPaper(row, exc.path, exc.reason) from None
        itself = len(paper.pdfs) - len(paper.appendices)  # 1 when the paper itself is a PDF: number 0, before its appendices
        for number, appendix in enumerate(paper.pdfs, start=1 - itself):
            name = f"{row.anchor}appendix{number}" if number else f"{row.anchor}paper"
            pages = appendix_pages[appendix]
            # "Appendix 2", never the file's name: a name can say more than the board means to publish.
            shown = f"Appendix {number}" if number else row.title
            document.hold_pages(part, pages, shown)
            marks.appendices.append((name, appendix, pages, shown))
        if paper.sheet is None and part.has_body:
            # A Word paper's own heading, as a cover sheet's is made (`_sheets_for_screen_readers`).
            document.head_with(part, footer_label(row, limit=None))
        elif paper.sheet is None and marks.appendices:
            # A PDF paper starts at its first page (its Sect in the structure tree is titled with the item).
            document.start_at_held_pages(part)
        marks.sheet = row.anchor + "sheet" if paper.sheet is not None else None
        marks.body = row.anchor + "paper" if part.has_body else None
        pending.append((marks, part))
        # The paper's own document, opened to be appended, is held in reference cycles
        # (python-docx's document, part and package): freed now (it is young: a collection
        # of the two younger generations, a millisecond or two), so the next paper reuses its
        # memory instead of the process growing by each paper's (40 MB over a 500-page pack).
        gc.collect(1)
    tables = document.tables()
    sheet_tables = _sheets_for_screen_readers(document, sheet_parts, tables)
    headerless = _headerless_tables(document, pending, sheet_tables, tables, contents.warnings)
    _notes(document, contents, agenda_table)
    # Bookmarks last: docxcompose renumbers bookmarks on every append.
    document.bookmark([(part, Bookmarks(start=[marks.start, marks.sheet], title=(marks.row.anchor + "title", marks.row.title),
                                        body=marks.body, held=[name for name, *_ in marks.appendices], end=marks.end))
                       for marks, part in pending])
    _footers(document, contents, pending, numbering)
    document.number_from(numbering.first_page)
    return Composed(document, title, [marks for marks, _ in pending], numbering, contents.board, contents.private,
                    sheet_tables, len(tables), headerless)


def _headerless_tables(document: PackDocument, pending, sheet_tables: dict, tables: list, warnings: list[str]) -> int:
    """Say which papers hold tables of their own with no header row: a screen reader cannot
    name such a table's columns, and the pack cannot know which cells are headers. (The
    author marks them in Word: Table Properties, Row, "Repeat as header row".) Returns how many."""
    counts = document.tables_without_header([part for _, part in pending], tables, leaving_out=set(sheet_tables))
    for (marks, _), headerless in zip(pending, counts, strict=True):
        if headerless:
            warnings.append(f"item {marks.row.item}: {headerless} table(s) in the paper have no header row, so a screen reader "
                            "cannot name their columns: ask the author to mark each table's first row as a header row "
                            "(in Word: Table Properties, Row, Repeat as header row); the pack cannot claim PDF/UA-1")
    return sum(counts)


def _sheets_for_screen_readers(document: PackDocument, sheet_parts: list[tuple[Row, Part]], tables: list) -> dict:
    """Each sheet's heading made its paper's, its tables' cells classed for `pdf.py` to tag;
    returns those tables by their place among all the document's `tables`."""
    found = document.sheets_for_screen_readers([(part, footer_label(row, limit=None)) for row, part in sheet_parts], tables)
    return {place: (row.item, kinds) for (row, _), classed in zip(sheet_parts, found, strict=True) for place, kinds in classed}


# --- the document and its first pages ---------------------------------------------------------


def _front_page(document: PackDocument, contents: PackContents, plan: MeetingPlan) -> None:
    document.heading(contents.board, level=0)
    document.heading(plan.title_for(contents.private), level=1)
    facts = [("Date", long_date(contents.meeting) if contents.meeting else "Not known")]
    if plan.time:
        facts.append(("Time", plan.time))
    if plan.place:
        facts.append(("Place", plan.place))
    for name, value in facts + plan.published_facts():
        document.fact(name, value)
    if plan.membership:
        document.line("Membership", bold=True)
        for member in plan.membership:
            document.line(member, bullet=True)
    if contents.supplement:
        document.line("Supplementary papers: received after the main pack was published.", bold=True)
    if contents.private:
        document.line("Private session. " + PRIVATE_MARK + ".", bold=True)
    else:
        document.line("Papers for the meeting in public. Items taken in the private session are listed on the agenda but not included.")
    document.page_break()


def _agenda(document: PackDocument, contents: PackContents, exclusion: str | None = None, known_pages: dict[Path, int] | None = None):
    document.heading("Supplementary agenda" if contents.supplement else "Agenda", level=1)
    rows: list[Across | Entry] = []
    excluded = False
    for row in contents.rows:
        if row.section:
            rows.append(Across(row.section))
        if exclusion and row.in_private and not excluded:
            # The resolution to exclude the press and public, before the first item taken in private.
            excluded = True
            rows.append(Across("Exclusion of the press and public", exclusion))
        entry = Entry(row.item_label, row.title, row.description, row.note, row.owner, row.action, row.format)
        if row.paper is not None:
            entry.link = row.anchor + "title"  # the title held hidden at the paper's start
            # A one-page paper reads "5", never "5 - 5".
            one_page = expected_pages(row, known_pages or {}) == 1
            entry.pages = (row.anchor,) if one_page else (row.anchor, row.anchor + END)
        rows.append(entry)
    return document.agenda(rows, columns=COLUMNS, widths_cm=WIDTHS_CM, cell_margin_cm=CELL_MARGIN_CM,
                           fitted=FITTED_COLUMNS, dash=RANGE_DASH)


def _notes(document: PackDocument, contents: PackContents, agenda_table) -> None:
    """The notes for the chair, under the agenda: only in the private pack (they name files
    left out, and a file name can say more than the paper's title would); the public pack's
    builder reads them on stderr instead. Written once every paper is composed, so that what
    composing found (a paper's tables without header rows) is among them."""
    if not (contents.warnings and contents.private):
        return
    document.notes_after(agenda_table, "Notes for the chair", contents.warnings)


# --- footers and headers --------------------------------------------------------------------


def _footers(document: PackDocument, contents: PackContents, pending, numbering: Numbering) -> None:
    """Each section's footer: the item it holds and "Page N of M"; with --private, "Private" on top."""
    first = "Supplementary agenda" if contents.supplement else "Agenda"
    document.footers([(part, f"{contents.board} · {footer_label(marks.row, board=contents.board)} · ") for marks, part in pending],
                     f"{contents.board} · {first} · ", of_total=numbering.of_total,
                     header=PRIVATE_MARK if contents.private else None)
