"""The board pack as one Word document, built in the order `coversheet.pack.compose` asks.

A `PackDocument` starts as an empty A4 document in British English; the pack adds its front
page (headings, facts, lines), the agenda (`agenda.agenda_table`), then each paper in a
section of its own (`new_part`): a Word paper appended whole, or a draft's cover sheet and
its body, and pages held for its PDFs. Every paper appended goes through docxcompose
(`composer.PackComposer`). Once all are in, the sheets are made readable (`sheets.py`), the
bookmarks placed by name (docxcompose renumbers bookmarks on every append, so they come
last), and each section given its footer.

The caller holds a `Part` for each paper and the agenda's table as handles it passes back;
it never looks inside them.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from coversheet.word.assembly import sheets
from coversheet.word.assembly.fields import add_field
from coversheet.word.properties import LANGUAGE, describe

FOOTER_PT = 9
# A text box's content is written twice, its Word 2010 drawing and a VML fallback: LibreOffice
# lays out one of them, so the fallback's tables are not counted.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


class UnopenablePaper(Exception):
    """A paper's Word document that cannot be opened to be packed: the file and the reason."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


def open_paper(path: Path):
    """A paper's Word document (python-docx's), or `UnopenablePaper` saying why it cannot be packed."""
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    from coversheet.errors import UnreadableFile
    from coversheet.word.writing.template import vet_docx

    try:
        vet_docx(path, "paper")  # the one safe way in, as for check and render: no zip bomb, no DOCTYPE
    except UnreadableFile as exc:
        raise UnopenablePaper(path, exc.message.removeprefix(f"paper {path}: ")) from None
    try:
        return Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile):
        raise UnopenablePaper(path, "not a Word document that can be opened (an old .doc renamed, a password-protected or a damaged file?)") from None
    except (KeyError, ValueError, XMLSyntaxError) as exc:
        raise UnopenablePaper(path, f"its Word content is damaged ({' '.join(str(exc).split())[:120]})") from None


@dataclass
class Part:
    """One paper's blocks in the pack document: where it starts, its cover sheet's blocks, where
    its body starts, and the first page of each set of pages held for its PDFs."""

    first: Any = None
    body: Any = None
    sheet: list = field(default_factory=list)
    held: list = field(default_factory=list)

    @property
    def has_body(self) -> bool:
        """Whether the paper has a body of its own (a Word paper, or a draft's body with something in it)."""
        return self.body is not None


@dataclass
class Bookmarks:
    """The bookmarks of one paper, by name: at its first paragraph (`start`, the names that are
    not None), the title held hidden there (`title`: name and text, what the agenda's link
    shows), at its body's first paragraph, at each set of held pages, at its last paragraph."""

    start: list[str | None]
    title: tuple[str, str]
    body: str | None
    held: list[str]
    end: str


class PackDocument:
    """The pack's Word document as it is built (python-docx's, composed with docxcompose)."""

    def __init__(self, title: str, *, subject: str):
        from coversheet.word.assembly.composer import PackComposer

        self.document = _base_document(title, subject)
        self._composer = PackComposer(self.document)

    def save(self, path: Path | str) -> None:
        self.document.save(str(path))

    # --- the front page and the agenda -----------------------------------------------------

    def heading(self, text: str, level: int) -> None:
        self.document.add_heading(text, level=level)

    def fact(self, name: str, value: str) -> None:
        """A line "Name: value", the name in bold."""
        paragraph = self.document.add_paragraph()
        paragraph.add_run(f"{name}: ").bold = True
        paragraph.add_run(value)

    def line(self, text: str, *, bold: bool = False, bullet: bool = False) -> None:
        if bold:
            self.document.add_paragraph().add_run(text).bold = True
        elif bullet:
            self.document.add_paragraph(text, style="List Bullet")
        else:
            self.document.add_paragraph(text)

    def page_break(self) -> None:
        self.document.add_page_break()

    def agenda(self, rows, **layout):
        """The agenda table (`agenda.agenda_table`, which `layout` is passed to); returns a
        handle for `notes_after`."""
        from coversheet.word.assembly.agenda import agenda_table

        return agenda_table(self.document, rows, **layout)

    def notes_after(self, table, heading: str, notes: list[str]) -> None:
        """A heading and a bullet for each note, straight after the agenda's `table`."""
        added = [self.document.add_heading(heading, level=2)]
        added += [self.document.add_paragraph(note, style="List Bullet") for note in notes]
        at = table
        for paragraph in added:
            at.addnext(paragraph._p)
            at = paragraph._p

    # --- the papers ------------------------------------------------------------------------

    def new_part(self, *, odd_page: bool = False) -> Part:
        """End the section before: the next paper starts on a new (`odd_page`: right-hand) page."""
        self.document.add_section(WD_SECTION.ODD_PAGE if odd_page else WD_SECTION.NEW_PAGE)
        return Part()

    def add_paper(self, part: Part, path: Path) -> None:
        """A Word paper with no cover sheet, appended whole: all of it is its body."""
        before = self._last_block()
        self._composer.append(open_paper(path))
        part.first = part.body = _next_block(before)

    def add_paper_with_sheet(self, part: Part, path: Path) -> None:
        """A Word paper starting with its cover sheet: the sheet is what comes before our
        sheet's end marker or the first page break, the body what follows."""
        before = self._last_block()
        self._composer.append(open_paper(path))
        part.first = _next_block(before)
        blocks = list(_blocks_from(part.first))
        part.body = _after_sheet(blocks)
        part.sheet = blocks[:blocks.index(part.body)] if part.body is not None else blocks

    def add_sheet(self, part: Part, sheet: bytes) -> None:
        """A draft's cover sheet (a .docx's bytes), first in the part."""
        before = self._last_block()
        self._composer.append(Document(io.BytesIO(sheet)))
        part.first = _next_block(before)
        part.sheet = list(_blocks_from(part.first))

    def add_body(self, part: Part, path: Path) -> None:
        """A draft's body (a Word document), after its sheet."""
        before = self._last_block()
        self._composer.append(open_paper(path))
        part.body = _next_block(before)  # None: a body with nothing in it

    def hold_pages(self, part: Part, pages: int, label: str) -> None:
        """`pages` pages held for a PDF (replaced by its pages after the export).

        Each holds a line of text: LibreOffice drops bookmarks in a trailing empty paragraph.
        """
        held = []
        for number in range(1, pages + 1):
            paragraph = self.document.add_paragraph(f"{label}, page {number} of {pages}")
            paragraph.paragraph_format.page_break_before = True
            held.append(paragraph._p)
        part.held.append(held[0])

    def head_with(self, part: Part, text: str) -> None:
        """A heading of the paper's own (Heading 1) before its first block; the part starts there."""
        part.first.addprevious(sheets.paper_heading(text))
        part.first = part.first.getprevious()

    def start_at_held_pages(self, part: Part) -> None:
        """The part starts at its first held page, which then needs no page break of its own
        (a PDF paper starts on the section's first page)."""
        part.first = part.held[0]
        properties = part.first.find(qn("w:pPr"))
        properties.remove(properties.find(qn("w:pageBreakBefore")))

    # --- once every paper is in ------------------------------------------------------------

    def tables(self) -> list:
        """Every table LibreOffice lays out, in document order (handles for the two below)."""
        return [table for table in self.document.element.body.iter(qn("w:tbl"))
                if not any(ancestor.tag == _FALLBACK for ancestor in table.iterancestors())]

    def sheets_for_screen_readers(self, headed: list[tuple[Part, str]], tables: list) -> list[list[tuple[int, list]]]:
        """Each part's cover sheet headed with its text (`sheets.retitle`, or a heading put
        before it, where the part then starts), its tables' cells classed; returns for each its
        tables' places among `tables`, each with its rows' cell kinds."""
        headings = sheets.heading_style_ids(self.document)
        places = {table: place for place, table in enumerate(tables)}
        found = []
        for part, text in headed:
            # Moving by headings reaches each paper by its item and title, not the board's name again.
            if part.sheet and not sheets.retitle(part.sheet, headings, text):
                part.sheet[0].addprevious(sheets.paper_heading(text))
                part.first = part.sheet[0].getprevious()  # the paper starts at its heading
            found.append([(places[table], kinds) for table, kinds in sheets.cell_kinds(part.sheet)])
        return found

    def tables_without_header(self, parts: list[Part], tables: list, *, leaving_out: set[int]) -> list[int]:
        """For each part, how many of its tables have no header row (w:tblHeader), leaving out
        those whose places among `tables` are in `leaving_out` (the cover sheets')."""
        blocks = self._blocks()
        starts = [blocks.index(part.first) for part in parts] + [len(blocks)]
        places = {table: place for place, table in enumerate(tables)}
        counts = []
        for start, stop in zip(starts, starts[1:]):
            headerless = 0
            for block in blocks[start:stop]:
                for table in ([block] if block.tag == qn("w:tbl") else block.iter(qn("w:tbl"))):
                    if places.get(table) in leaving_out:
                        continue
                    if next(table.iter(qn("w:tblHeader")), None) is None:
                        headerless += 1
            counts.append(headerless)
        return counts

    def bookmark(self, marked: list[tuple[Part, Bookmarks]]) -> None:
        """Every part's bookmarks, by name (numbered after those the papers brought)."""
        next_id = _max_bookmark_id(self.document) + 1
        for part, names in marked:
            next_id = _bookmark(_first_paragraph(part.first), names.start, next_id)
            next_id = _hidden_title(_first_paragraph(part.first), *names.title, next_id)
            if part.body is not None:
                next_id = _bookmark(_first_paragraph(part.body), [names.body], next_id)
            for name, first_held in zip(names.held, part.held, strict=True):
                next_id = _bookmark(first_held, [name], next_id)
        self._end_marks(marked, next_id)

    def _end_marks(self, marked: list[tuple[Part, Bookmarks]], next_id: int) -> None:
        """A bookmark in the last paragraph of each part's section (the agenda's last page number)."""
        ends = {}
        blocks = self._blocks()
        positions = [blocks.index(part.first) for part, _ in marked] + [len(blocks)]
        for (_, names), start, stop in zip(marked, positions, positions[1:]):
            # The paragraph laid out last: a paper before another ends in the paragraph holding
            # its section break, but the last paper of the pack ends in whatever it ends in (a
            # table, a content control), and the last top-level paragraph may be pages earlier.
            last = next((found for b in reversed(blocks[start:stop]) if (found := _last_paragraph(b)) is not None), None)
            ends[names.end] = last if last is not None else _first_paragraph(blocks[stop - 1])
        for name, paragraph in ends.items():
            next_id = _bookmark(paragraph, [name], next_id)

    def footers(self, parts: list[tuple[Part, str]], before: str, *, of_total: bool, header: str | None) -> None:
        """Each section's footer: the words of the part it holds (`before` for the sections
        before the first part), then "Page N of M" (with `of_total`, else "Page N"); `header`
        in bold at the top of every page, or no header."""
        blocks = self._blocks()
        starts = [(blocks.index(part.first), words) for part, words in parts]
        position = 0
        for section in self.document.sections:
            end = _section_end(section, blocks)
            while position < len(starts) and starts[position][0] <= end:
                position += 1
            words = starts[position - 1][1] if position else before
            footer = section.footer
            footer.is_linked_to_previous = False
            _clear(footer)
            paragraph = footer.paragraphs[0]
            paragraph.add_run(words)
            paragraph.add_run("Page ")
            add_field(paragraph, "PAGE")
            if of_total:
                paragraph.add_run(" of ")
                add_field(paragraph, "NUMPAGES")
            for run in paragraph.runs:
                run.font.size = Pt(FOOTER_PT)
            for other in ("even_page_footer", "first_page_footer"):
                getattr(section, other).is_linked_to_previous = True
            section.different_first_page_header_footer = False
            page_header = section.header
            page_header.is_linked_to_previous = False
            _clear(page_header)
            if header is not None:
                page_header.paragraphs[0].add_run(header).bold = True

    def number_from(self, first_page: int) -> None:
        """Number on from a main pack: the first section starts at `first_page` (the others follow on)."""
        if first_page == 1:
            return
        properties = self.document.sections[0]._sectPr
        numbering = properties.find(qn("w:pgNumType"))
        if numbering is None:
            numbering = OxmlElement("w:pgNumType")
            columns = properties.find(qn("w:cols"))
            if columns is not None:
                columns.addprevious(numbering)
            else:
                properties.append(numbering)
        numbering.set(qn("w:start"), str(first_page))

    # --- the body's blocks -----------------------------------------------------------------

    def _blocks(self) -> list:
        body = self.document.element.body
        return [child for child in body if child.tag != qn("w:sectPr")]

    def _last_block(self):
        """The body's last block (what the next appended one follows): after `new_part`, the
        paragraph ending the section before. Found from the end: the body is thousands of blocks."""
        return next(child for child in reversed(self.document.element.body) if child.tag != qn("w:sectPr"))


def _base_document(title: str, subject: str):
    document = Document()
    describe(document.core_properties, title=title, subject=subject, author="coversheet", language=LANGUAGE)
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


def _after_sheet(blocks: list):
    """In a Word paper, the first block after its cover sheet: after our sheet's end marker or the first page break."""
    for index, block in enumerate(blocks):
        tags = [t.get(qn("w:val")) for t in block.iter(qn("w:tag"))]
        breaks = [b for b in block.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
        if "coversheet.end" in tags or breaks:
            return blocks[index + 1] if index + 1 < len(blocks) else None
    return None


def _first_paragraph(element):
    if element.tag == qn("w:p"):
        return element
    found = next(element.iter(qn("w:p")), None)
    return found if found is not None else element


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


def _hidden_title(paragraph, name: str, title: str, next_id: int) -> int:
    """`title` as hidden text in the bookmark `name` at the start of `paragraph` (what the
    agenda's title link shows and links to); nothing of it is printed."""
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    properties.append(OxmlElement("w:vanish"))
    run.append(properties)
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = title
    run.append(text)
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(next_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(next_id))
    at = 1 if paragraph.find(qn("w:pPr")) is not None else 0
    for offset, element in enumerate((start, run, end)):
        paragraph.insert(at + offset, element)
    return next_id + 1


def _section_end(section, blocks) -> int:
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
