"""The cells of a Word table as a reader sees them: text, grid column and tick-box nodes.

Tables in hand-made sheets arrive merged or not, wrapped in content controls, with tracked
changes and text boxes; this module turns one into rows of `Cell`s and knows nothing of what
the cells mean (that is `legacy`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass

from lxml import etree

from coversheet.word.answers import values
from coversheet.word.ns import qn
from coversheet.word.text import text_of
from coversheet.word.layout.ticks import TICK_TAGS, Tick, has_control, tick_from, tick_of

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_TCPR, _GRID_SPAN, _VAL = qn("w:tcPr"), qn("w:gridSpan"), qn("w:val")
_SHOWING_PLACEHOLDER = qn("w:showingPlcHdr")
# "2.", "(iv)", "b)" in a cell of its own before a label: the form numbers its rows
ROW_NUMBER = re.compile(r"\(?(?:\d{1,2}|[ivx]{1,4}|[a-z])[.)]", re.IGNORECASE)
_TYPED_YES = re.compile(r"\s*(?:yes|y|tick(?:ed)?)\s*\.?\s*", re.IGNORECASE)  # typed into a box's cell


@dataclass(slots=True)
class Cell:
    element: etree._Element
    text: str
    column: int  # first grid column the cell covers
    box: list[etree._Element] | None = None  # its nodes with `TICK_TAGS`, met reading the table

    def tick(self) -> Tick | None:
        return tick_of(self.element) if self.box is None else tick_from(self.element, self.box)

    def mark(self) -> Tick | None:
        """The cell's tick where the form makes the cell a box (under an option's column, beside
        an option): "Yes" typed into it is a tick, as an X is; elsewhere "Yes" is an answer."""
        tick = self.tick()
        if tick is None and _TYPED_YES.fullmatch(self.text) and not has_control(self.element):
            # (not "☐ Yes", a check-box control and its option's word)
            return Tick.CHECKED
        return tick

    @property
    def span(self) -> int:
        """The grid columns the cell covers (a box's cell covers one; room to write, often more)."""
        return _span(self.element)



def flatten(blocks: Iterable[etree._Element]) -> Iterator[tuple[str, etree._Element]]:
    """("p" | "tbl", element) for each paragraph and table, unwrapping content controls; a
    paragraph's text boxes give their own paragraphs and tables in its place (a summary typed
    in a box keeps its lines)."""
    for block in blocks:
        if block.tag == _P:
            boxes = _text_boxes(block)
            if not boxes:
                yield "p", block
                continue
            own = _without_boxes(block)
            if text_of(own):
                yield "p", own  # "Executive summary:" beside its box
            for box in boxes:
                yield from flatten(box)
        elif block.tag == _TBL:
            yield "tbl", block
        elif block.tag in (_SDT, _CUSTOM_XML):
            content = block.find(_SDT_CONTENT) if block.tag == _SDT else block
            if content is not None:
                yield from flatten(content)


_TXBX_CONTENT = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(paragraph: etree._Element) -> list[etree._Element]:
    """The text boxes anchored in `paragraph`, each once: Word writes a DrawingML box with a VML
    copy in mc:Fallback for older readers, and a box within a box is read with its outer box."""
    found = []
    for box in paragraph.iter(_TXBX_CONTENT):
        parent = box.getparent()
        while parent is not None and parent is not paragraph and parent.tag not in (_FALLBACK, _TXBX_CONTENT):
            parent = parent.getparent()
        if parent is paragraph:
            found.append(box)
    return found


def _without_boxes(paragraph: etree._Element) -> etree._Element:
    """A copy of `paragraph` without the runs that hold its text boxes."""
    copy = deepcopy(paragraph)
    for box in list(copy.iter(_TXBX_CONTENT)):
        run = box
        while run.getparent() is not None and run.getparent() is not copy:
            run = run.getparent()
        if run.getparent() is copy:
            copy.remove(run)
    return copy


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    for child in table:
        if child.tag == _TR:
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):  # rows wrapped in a content control
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                yield from _rows(content)


# Everything the cells' text and layout depend on, met in one walk over the table in document
# order (lxml's tag-filtered `iter`, all in C: an XPath union costs three times as much, as
# libxml2 sorts its results): rows, cells, each cell's gridSpan, paragraphs, w:t, tabs and
# breaks; the text within a tracked deletion or move is passed over. The reading cannot handle
# everything exactly: a table with text boxes (paragraphs within paragraphs), prompts of
# content controls or nested tables is read cell by cell by `text_of` instead.
_BR, _CR, _TAB, _T = qn("w:br"), qn("w:cr"), qn("w:tab"), qn("w:t")
_PPR, _TABS, _BR_TYPE = qn("w:pPr"), qn("w:tabs"), qn("w:type")
_DEL, _MOVE_FROM, _TXBX = qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent")
_TABLE_TAGS = tuple(dict.fromkeys((
    _TR, _TC, _GRID_SPAN, _P, _T, _TAB, _BR, _CR,
    _DEL, _MOVE_FROM, _TXBX, _SHOWING_PLACEHOLDER, _TBL, *TICK_TAGS,
)))  # fmt: skip
_BOX_TAGS = frozenset(TICK_TAGS)  # kept for each cell, for `ticks.tick_from`
_TEXT_TAGS = (_T, _TAB, _BR, _CR)
_ROW_PARENTS = frozenset({_TBL, _SDT_CONTENT, _CUSTOM_XML})
_CELL_PARENTS = frozenset({_TR, _SDT_CONTENT, _CUSTOM_XML})
_NOT_A_TAB = frozenset({_PPR, _TABS})  # a tab stop's definition, not a tab character


def table_rows(table: etree._Element) -> list[list[Cell]]:
    """Each row of `table` as its cells with their text (what `_cells` gives row by row)."""
    rows = _plain_rows(table)
    if rows is None:
        prompts = next(table.iter(_SHOWING_PLACEHOLDER), None) is not None
        rows = [_cells(row, prompts) for row in _rows(table)]
    return rows


def _plain_rows(table: etree._Element) -> list[list[Cell]] | None:
    """The rows read in one walk over `_TABLE_TAGS`; None when the table needs `_cells`."""
    rows: list[list[Cell]] = []
    cells: list[Cell] | None = None
    element: etree._Element | None = None  # the cell being read
    parts: list[str] = []
    paragraphs = 0  # in the cell being read
    column = span_column = 0
    spanned = True  # the cell's gridSpan (if any) has been read
    box: list[etree._Element] = []  # the cell's nodes with `TICK_TAGS`

    def finish() -> None:
        text = "".join(parts).strip()
        cells.append(Cell(element, values.clean(text) or "" if text else "", column, box))

    hidden: set[etree._Element] = set()  # text within a tracked deletion or move
    for node in table.iter(_TABLE_TAGS):
        tag = node.tag
        if tag in _BOX_TAGS:
            box.append(node)
            if tag != _T and tag != _DEL and tag != _MOVE_FROM and tag != _TXBX:
                continue
        if tag == _T:
            if paragraphs and not (hidden and node in hidden):
                parts.append(node.text or "")
        elif tag == _P:
            if element is None:
                return None
            if paragraphs:
                parts.append("\n")
            paragraphs += 1
        elif tag == _TC:
            if node.getparent().tag not in _CELL_PARENTS or cells is None:
                return None
            if element is not None:
                finish()
            element, parts, paragraphs, spanned, box = node, [], 0, False, []
            column = span_column
            span_column += 1
        elif tag == _TR:
            if node.getparent().tag not in _ROW_PARENTS:
                return None
            if element is not None:
                finish()
            cells, element, parts = [], None, []
            rows.append(cells)
            column = span_column = 0
        elif tag == _GRID_SPAN:
            properties = node.getparent()
            if not spanned and properties.tag == _TCPR and properties.getparent() is element and element[0] is properties:
                span_column += _span_value(node) - 1
                spanned = True
        elif hidden and node in hidden:
            continue
        elif tag == _BR:
            if paragraphs and node.get(_BR_TYPE) not in ("page", "column"):
                parts.append("\n")
        elif tag == _TAB:
            if paragraphs and node.getparent().tag not in _NOT_A_TAB:
                parts.append("\t")
        elif tag == _CR:
            if paragraphs:
                parts.append("\n")
        elif tag == _DEL or tag == _MOVE_FROM:
            if next(node.iter(_P), None) is not None:
                return None  # a paragraph within: not the run-level change Word writes
            hidden.update(node.iter(_TEXT_TAGS))
        elif node is not table:  # a text box, a prompt or a nested table
            return None
    if element is not None:
        finish()
    return rows


def _cells(row: etree._Element, prompts: bool) -> list[Cell]:
    """The row's cells with their text; `prompts`: the table has controls showing a prompt."""
    cells: list[Cell] = []
    column = 0
    for cell in _row_cells(row):
        text = text_of(cell, placeholders=not prompts)
        cells.append(Cell(cell, values.clean(text) or "" if text else "", column))
        column += _span(cell)
    return cells


def _row_cells(row: etree._Element) -> Iterator[etree._Element]:
    for child in row:
        if child.tag == _TC:
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):  # a cell wrapped in a content control
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                yield from _row_cells(content)


def _span(cell: etree._Element) -> int:
    properties = cell[0] if len(cell) and cell[0].tag == _TCPR else None  # tcPr comes first
    if properties is None:
        return 1
    for child in properties:
        if child.tag == _GRID_SPAN:
            return _span_value(child)
    return 1


def _span_value(grid_span: etree._Element) -> int:
    try:
        return max(1, int(grid_span.get(_VAL)))
    except (TypeError, ValueError):
        return 1
