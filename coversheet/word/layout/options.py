"""Boxes, option words and marks on a board's form: the words beside each box and whether it is
ticked, in every encoding `ticks` knows ("Decision ☐ Assurance ☒", a FORMCHECKBOX, a Word
check-box control), and a choice marked by bold, highlight or by striking out the
alternatives ("Yes / ~~No~~")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from lxml import etree

from coversheet.word.layout.cells import Cell
from coversheet.word.ns import qn
from coversheet.word.layout.ticks import (
    Tick,
    font_of,
    form_field_on,
    glyph_state,
    strip_glyphs,
    typed_over,
    without_bracketed_instruction,
)

_P, _R, _T, _SYM, _RPR, _RFONTS = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:sym"), qn("w:rPr"), qn("w:rFonts")
_SDT, _SDT_PR = qn("w:sdt"), qn("w:sdtPr")
_W14_CHECKBOX, _W14_CHECKED, _W14_VAL = qn("w14:checkbox"), qn("w14:checked"), qn("w14:val")
_FLD_CHAR, _FF_DATA, _CHECKBOX = qn("w:fldChar"), qn("w:ffData"), qn("w:checkBox")
_B, _HIGHLIGHT, _STRIKE, _DSTRIKE, _VAL = qn("w:b"), qn("w:highlight"), qn("w:strike"), qn("w:dstrike"), qn("w:val")
_DEL = qn("w:del")
_RUN_SHADING, _FILL = qn("w:shd"), qn("w:fill")
_BR, _BR_TYPE = qn("w:br"), qn("w:type")
_TOKEN_TAGS = (_T, _SYM, _SDT, _FLD_CHAR, qn("w:tab"), _BR, _P)
_TBL, _TR, _TC = qn("w:tbl"), qn("w:tr"), qn("w:tc")


def tokens(elements: Iterable[etree._Element]) -> list[tuple[str, Any]]:
    """The cells' words and boxes in document order: ("text", str) and ("box", Tick)."""
    found: list[tuple[str, Any]] = []
    for element in elements:
        skip: set[etree._Element] = set()
        grids = {id(first): grid for grid in _option_grids(element) if (first := next(grid[0].iter(_TOKEN_TAGS), None)) is not None}
        for node in element.iter(_TOKEN_TAGS):
            if node in skip:
                continue
            if id(node) in grids:
                # "Approve | Receive | Note" over "☐ | ☐ | ☒" in a table inside the cell: each
                # word with the box under it, as "☐ Approve ☐ Receive ☒ Note" in one cell
                table, pairs = grids[id(node)]
                for word, state in pairs:
                    found += [("box", state), ("text", word), ("text", " ")]
                skip.update(table.iter(_TOKEN_TAGS))
                continue
            tag = node.tag
            if tag == _SDT:
                properties = node.find(_SDT_PR)
                box = properties.find(_W14_CHECKBOX) if properties is not None else None
                if box is not None:
                    checked = box.find(_W14_CHECKED)
                    on = checked is not None and (checked.get(_W14_VAL) or "").lower() in ("1", "true", "on") or typed_over(box)
                    found.append(("box", Tick.CHECKED if on else Tick.UNCHECKED))
                    skip.update(node.iter(_T, _SYM))
            elif tag == _FLD_CHAR:
                data = node.find(_FF_DATA)
                box = data.find(_CHECKBOX) if data is not None else None
                if box is not None:
                    found.append(("box", Tick.CHECKED if form_field_on(box) else Tick.UNCHECKED))
            elif tag == _SYM:
                run = node.getparent()
                font = node.get(qn("w:font")) or _run_font(run)
                try:
                    state = glyph_state((chr(int(node.get(qn("w:char")) or "", 16)), font))
                except ValueError:
                    state = None
                if state is not None:
                    found.append(("box", state))
            elif tag == _T:
                if _within_deletion(node, element):
                    continue
                font = _run_font(node.getparent())
                words: list[str] = []
                for char in node.text or "":
                    state = glyph_state((char, font))
                    if state is None:
                        words.append(char)
                        continue
                    if words:
                        found.append(("text", "".join(words)))
                        words = []
                    found.append(("box", state))
                if words:
                    found.append(("text", "".join(words)))
            elif (tag == _P and found) or (tag == _BR and node.get(_BR_TYPE) in (None, "textWrapping")):
                # a new paragraph, or a line broken within one (Shift+Enter: "☐ Yes ☒ No" then
                # "Details: …" on the next line): what follows is no part of the option's words
                found.append(("text", "\n"))
            else:  # a tab or a page break: words apart
                found.append(("text", " "))
    return _bracket_boxes(found) if any(kind == "text" and "[" in value for kind, value in found) else found


def _option_grids(element: etree._Element) -> list[tuple[etree._Element, list[tuple[str, Tick]]]]:
    """The tables inside `element` (a cell) of two rows, option words over their boxes: (the
    table, [(word, its box's tick)]); a box is a glyph, a check-box control, a typed X or an
    empty cell."""
    grids = []
    for table in element.iter(_TBL):
        if table is element:
            continue
        rows = [row for row in table if row.tag == _TR]
        if len(rows) != 2:
            continue
        words_row, boxes_row = ([cell for cell in row if cell.tag == _TC] for row in rows)
        if len(words_row) < 2 or len(words_row) != len(boxes_row):
            continue
        words = ["".join(node.text or "" for node in cell.iter(_T)).strip() for cell in words_row]
        if not all(words) or any(kind == "box" for cell in words_row for kind, _ in tokens([cell])):
            continue
        states = []
        for cell in boxes_row:
            boxes = [value for kind, value in tokens([cell]) if kind == "box"]
            typed = "".join(node.text or "" for node in cell.iter(_T)).strip()
            if len(boxes) == 1 and not strip_glyphs(typed).strip():
                states.append(boxes[0])
            elif not boxes and typed in ("", "X", "x", "✓", "✔"):
                states.append(Tick.CHECKED if typed else Tick.UNCHECKED)
            else:
                break
        else:
            grids.append((table, list(zip(words, states))))
    return grids


# A box typed as brackets: "[X] Assurance", "[ ] Decision"
_BRACKET_BOX = re.compile(r"\[\s*([xX✓✔]?)\s*\]")


def _bracket_boxes(found: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The tokens with boxes typed as brackets ("[X] Assurance   [ ] Discussion") as boxes;
    the words of neighbouring runs joined first, so "[", "X" and "]" typed apart make one."""
    joined: list[tuple[str, Any]] = []
    for kind, value in found:
        if kind == "text" and joined and joined[-1][0] == "text":
            joined[-1] = ("text", joined[-1][1] + value)
        else:
            joined.append((kind, value))
    out: list[tuple[str, Any]] = []
    for kind, value in joined:
        if kind != "text":
            out.append((kind, value))
            continue
        at = 0
        for box in _BRACKET_BOX.finditer(value):
            if value[at:box.start()]:
                out.append(("text", value[at:box.start()]))
            out.append(("box", Tick.CHECKED if box.group(1) else Tick.UNCHECKED))
            at = box.end()
        if value[at:]:
            out.append(("text", value[at:]))
    return out


def _run_font(run: etree._Element | None) -> str | None:
    if run is None or run.tag != _R:
        return None
    fonts = run.find(f"{_RPR}/{_RFONTS}")
    return None if fonts is None else font_of(fonts)


def _within_deletion(node: etree._Element, stop: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == _DEL:
            return True
        parent = parent.getparent()
    return False


# An option, an X typed where its box was, then the form's spacing and the next option.
_X_TYPED_BEFORE = re.compile(r"^(?P<option>\s*\S.*?)\s+[xX](?:\s{2,}|\t|\s*\n\s*)(?P<rest>\S.*)$", re.S)
_X_TYPED_AFTER = re.compile(r"^(?P<option>\s*\S.*?)\s+[xX]\s*$", re.S)  # "Yes ☐   No X": over the last box


def boxed_options(items: list[tuple[str, Any]]) -> list[tuple[str, Tick]] | None:
    """Each option's words and its box: words then box ("Yes ☐ No ☒", "North ☐ South ☒"),
    or box then words ("☐ Decision ☒ Assurance"); None when there is no box at all."""
    boxes = [index for index, (kind, _) in enumerate(items) if kind == "box"]
    if not boxes:
        return None
    first_text = next((index for index, (kind, value) in enumerate(items) if kind == "text" and value.strip()), None)
    boxes_first = first_text is None or boxes[0] < first_text
    if not boxes_first and _X_TYPED_BOX.match(items[first_text][1].lstrip()):
        boxes_first = True  # "X For Approval   ☐ For Assurance": an X typed over the first box, boxes first
    pairs: list[tuple[str, Tick]] = []
    words: list[str] = []
    pending: Tick | None = None

    def close(tick: Tick) -> None:
        text = "".join(words)
        if boxes_first and "\n" in text.strip():  # the option ends with its line: the rest is a note
            option, _, rest = text.strip().partition("\n")
            pairs.append((_words(option), tick))
            pairs.append((_words(rest), Tick.EMPTY))
        elif not boxes_first and "\n" in text.strip():
            # "Trust Objectives" over "1. To give great care ☒": the option is the line beside
            # its box; the lines above it are a heading, beside no box.
            above, _, option = text.strip().rpartition("\n")
            pairs.append((_words(above), Tick.EMPTY))
            pairs.append((_words(option), tick))
        else:
            pairs.append((_words(text), tick))

    if boxes_first:
        items = _typed_boxes(items)
    for kind, value in items:
        if kind == "text":
            words.append(value)
            continue
        if boxes_first:
            if pending is not None:
                close(pending)
            words, pending = [], value
        else:
            typed = _X_TYPED_BEFORE.match("".join(words))
            if typed is not None:  # "Level 1 X   Level 2 ☐": an X typed over the first option's box
                pairs.append((_words(typed.group("option")), Tick.CHECKED))
                words = [typed.group("rest")]
            close(value)
            words = []
    if boxes_first and pending is not None:
        close(pending)
    elif not boxes_first and "".join(words).strip():
        typed = _X_TYPED_AFTER.match("".join(words))
        pairs.append((_words(typed.group("option")), Tick.CHECKED) if typed else (_words("".join(words)), Tick.EMPTY))
    return [(text, tick) for text, tick in pairs if text]


# "☐ Note     X For assurance": an X (or ✓) typed where a box was, set apart as the boxes are
_X_TYPED_BOX = re.compile(r"(?:^|(?<=\s\s)|(?<=\t))[xX✓✔](?=\s)")


def _typed_boxes(items: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """`items` with each X typed over a box before its option's words read as that box, ticked."""
    found: list[tuple[str, Any]] = []
    for kind, value in items:
        if kind != "text" or not _X_TYPED_BOX.search(value):
            found.append((kind, value))
            continue
        parts = _X_TYPED_BOX.split(value)
        for at, part in enumerate(parts):
            if at:
                found.append(("box", Tick.CHECKED))
            if part:
                found.append(("text", part))
    return found


def _words(text: str) -> str:
    return " ".join(without_bracketed_instruction(strip_glyphs(text)).split()).strip(" /|,;")


_OPTION_SEPARATOR = re.compile(r"\s*(?:(?<!\bN)/(?!A\b)|\|)\s*|\s*,\s+", re.I)  # not the slash of "N/A"


_SPACE = re.compile(r"\s+")


def _marked_words(text: str, flags: list[tuple[bool, bool]], separators: re.Pattern) -> dict[str, list[bool]]:
    """Each option between `separators` -> [picked whole, struck whole]."""
    options: dict[str, list[bool]] = {}
    start = 0
    for separator in [*separators.finditer(text), None]:
        end = separator.start() if separator else len(text)
        word = text[start:end].strip()
        if word and word != "/":  # (the " / " set between cells)
            marks = [flag for char, flag in zip(text[start:end], flags[start:end]) if not char.isspace()]
            options[word] = [all(on for on, _ in marks), all(off for _, off in marks)]
        start = separator.end() if separator else end
    return options


def marked_options(elements: list[etree._Element]) -> dict[str, bool] | None:
    """Options written out ("Yes / No / N/A") with the answer marked by formatting: bold or
    highlight picks an option, strike-through rules one out. None when nothing is marked."""
    # "For approval" over "~~For comment~~" over "~~To ratify~~", a line each: options where their
    # formatting sets them apart (any two lines of a cell are not options left unmarked)
    found = _marked(_marked_chars(elements, by_paragraph=True), marks_differ=True)
    return found if found is not None else _marked(_marked_chars(elements, by_paragraph=False), marks_differ=False)


def _marked_chars(elements: list[etree._Element], by_paragraph: bool) -> list[tuple[str, bool, bool]]:
    """Each character of the elements' runs with whether it is picked and struck; " / " between
    the elements (and between their paragraphs, `by_paragraph`)."""
    chars: list[tuple[str, bool, bool]] = []  # (character, picked, struck)
    for element in elements:
        parts = [element] if element.tag == _P or not by_paragraph else list(element.iter(_P)) or [element]
        for part in parts:
            for run in part.iter(_R):
                text = "".join(t.text or "" for t in run.iter(_T))
                picked = run_has(run, _B) or run_has(run, _HIGHLIGHT) or run_has(run, _RUN_SHADING)
                struck = run_has(run, _STRIKE) or run_has(run, _DSTRIKE)
                chars.extend((char, picked, struck) for char in text)
            if chars and chars[-1][0] != " / ":  # cells (and lines) apart
                chars.append((" / ", False, False))
    return chars


def _marked(chars: list[tuple[str, bool, bool]], marks_differ: bool) -> dict[str, bool] | None:
    text = "".join(char for char, _, _ in chars)
    flags = [(picked, struck) for char, picked, struck in chars for _ in char]
    options = _marked_words(text, flags, _OPTION_SEPARATOR)
    if len(options) < 2 and not marks_differ:
        # "~~Yes~~ No": the options one space apart, the formatting setting them apart
        options = _marked_words(text, flags, _SPACE)
        marks_differ = True
    if len(options) < 2 or (marks_differ and len({tuple(marks) for marks in options.values()}) < 2):
        return None
    picked = {word for word, (on, _) in options.items() if on}
    struck = {word for word, (_, off) in options.items() if off}
    if picked and len(picked) < len(options):
        return {word: word in picked for word in options}
    if struck and len(struck) < len(options):
        return {word: word not in struck for word in options}
    if not picked and not struck:
        return {word: False for word in options}
    return None


def run_has(run: etree._Element, tag: str) -> bool:
    """Is the run bold, highlighted or struck out (`tag` in its run properties, and on)?"""
    properties = run.find(_RPR)
    if properties is None:
        return False
    node = properties.find(tag)
    if node is None:
        return False
    if tag == _HIGHLIGHT:
        return node.get(_VAL, "none") != "none"
    if tag == _RUN_SHADING:  # LibreOffice saves a highlight as the run's shading
        return (node.get(_FILL) or "auto").lower() not in ("auto", "ffffff", "") or (node.get(_VAL) or "clear") not in ("clear", "nil")
    return node.get(_VAL, "true").lower() not in ("0", "false", "off")


# --- options and boxes a cell each ----------------------------------------------------------

_TYPED_MARK = re.compile(r"\s*(?:[xX]\s+(?P<before>))?(?P<words>.*?\S)(?(before)|\s+[xX])\s*", re.S)
_MARKED = (Tick.CHECKED, Tick.UNCHECKED, Tick.UNREADABLE)  # a box that shows (a glyph, an X, a control)


def cell_options(rows: list[list[Cell]], option_of: Callable[[str], str | None]
                 ) -> tuple[list[tuple[str, Tick]], list[str]] | None:
    """Options whose boxes are cells of their own, as forms lay them out: (option, tick) pairs
    and the other texts (an answer's note), or None when no option has a box cell.

    - options as column headers, boxes in the row below ("Decision | Discussion | Noting"
      over "☐ | ☒ | ☐"), the label cell merged down both rows or not;
    - an option then its box in the next cell (or the box first), one option a row or a grid
      of pairs across ("SR1 | ☒ | SR3 | ☐"), the box a glyph, a typed X or an empty cell;
    - a code, its words, then the box ("SR1 | Workforce capacity | ☒": the option is SR1);
    - a mark typed after the option word in its own cell ("Decision ✓ | Discussion").

    `option_of` names the option a cell's words are (None for any other text). Empty cells
    count as unticked boxes only where two options have them: "Yes | (empty comment)" is an
    answer in words, not an unticked box.
    """
    rows = [_options_set_by_tabs(row, option_of) for row in rows]
    pairs: list[tuple[str, Tick | None, bool]] = []  # (option, tick, the box is a cell of its own)
    notes: list[str] = []
    skip: set[int] = set()
    for index, row in enumerate(rows):
        if index in skip:
            continue
        below = rows[index + 1] if index + 1 < len(rows) else None
        header = _header_options(row, below, option_of)
        if header is not None:
            pairs.extend((option, tick, True) for option, tick in header[0])
            notes.extend(header[1])
            skip.add(index + 1)
            continue
        used: set[int] = set()
        # "☒ | For Decision | ☐ | For Information/Noting": the row opens with a box and ends with
        # an option, each box before its option
        boxes_first = bool(row) and all(bool(cell.text.strip()) for cell in (row[0], row[-1])) and (
            row[0].mark() is not None and option_of(strip_glyphs(row[0].text)) is None
            and option_of(strip_glyphs(row[-1].text)) is not None)
        for at, cell in enumerate(row):
            if at in used or not cell.text:
                continue
            option = option_of(strip_glyphs(cell.text))
            if option is None:
                words = _TYPED_MARK.fullmatch(cell.text)
                option = option_of(words.group("words")) if words else None
                if option is not None:  # "Decision X": a mark typed after the option word
                    pairs.append((option, Tick.CHECKED, False))
                elif cell.tick() is None:
                    notes.append(cell.text)
                continue
            own = cell.tick()
            if own in _MARKED and strip_glyphs(cell.text) != cell.text.strip():
                pairs.append((option, own, False))  # "Decision ✓", "☒ Safe"
                continue
            box = _box_beside(row, at, used, option_of, boxes_first)
            if box is not None:
                pairs.append((option, row[box].mark(), True))
                used.add(box)
            else:
                pairs.append((option, None, False))
    boxed = [pair for pair in pairs if pair[1] is not None]
    shown = [pair for pair in boxed if pair[1] in _MARKED]
    if not shown and len(boxed) < 2:
        return None
    if not shown and not any(own for _, _, own in boxed):
        return None
    return [(option, tick if tick in _MARKED else Tick.UNCHECKED) for option, tick, _ in pairs], notes


def _options_set_by_tabs(row: list[Cell], option_of) -> list[Cell]:
    """A line of options set apart by tabs ("For approval<tab>For assurance ✓<tab>For
    discussion"), as a cell each, so that a mark typed after one is that option's alone."""
    if len(row) != 1 or "\t" not in row[0].text:
        return row
    parts = [part.strip() for part in row[0].text.split("\t") if part.strip()]
    named = [part for part in parts if option_of(strip_glyphs(part)) or (
        (typed := _TYPED_MARK.fullmatch(part)) is not None and option_of(typed.group("words")))]
    if len(named) < 2 or len(named) != len(parts):
        return row
    return [Cell(paragraph_of(part), part, row[0].column + at) for at, part in enumerate(parts)]


def paragraph_of(text: str) -> etree._Element:
    """A paragraph holding `text` in one run (its glyphs read as any run's are)."""
    paragraph = etree.Element(_P)
    etree.SubElement(etree.SubElement(paragraph, _R), _T).text = text
    return paragraph


def _header_options(row: list[Cell], below: list[Cell] | None, option_of
                    ) -> tuple[list[tuple[str, Tick]], list[str]] | None:
    """Options as column headers with a box under each in the next row, and the words in that
    row under no option ("To provide assurance on ..." under the label: the purpose in words)."""
    if below is None:
        return None
    words = [cell for cell in row if cell.text]
    if len(words) < 2 or any(option_of(strip_glyphs(cell.text)) is None or cell.tick() is not None for cell in words):
        return None  # ("☐ Yes | ☒ No" are options with their boxes, no column headers)
    under = {cell.column: cell for cell in below}
    columns = {cell.column for cell in words}
    if any(cell.text and cell.mark() is None for cell in below if cell.column in columns):
        return None  # the row below holds words under the options: not a row of boxes
    notes = [cell.text for cell in below if cell.text and cell.column not in columns]
    found = []
    for cell in words:
        box = under.get(cell.column)
        if box is None:
            return None
        found.append((option_of(strip_glyphs(cell.text)), box.mark() or Tick.EMPTY))
    return found, notes


def _box_beside(row: list[Cell], at: int, used: set[int], option_of, boxes_first: bool = False) -> int | None:
    """The index of the cell holding the box of the option in `row[at]`: the next cell, the
    cell after its description ("SR1 | Workforce capacity | ☒"), or the cell before (first,
    in a row that opens with a box)."""
    def box(index: int) -> bool:
        if index < 0 or index >= len(row) or index in used:
            return False
        cell = row[index]
        return cell.mark() is not None and (not cell.text or option_of(strip_glyphs(cell.text)) is None)

    if boxes_first and box(at - 1):
        return at - 1

    if box(at + 1):
        return at + 1
    if (at + 2 < len(row) and row[at + 1].text and row[at + 1].tick() is None
            and option_of(strip_glyphs(row[at + 1].text)) is None and box(at + 2)
            and not any(option_of(strip_glyphs(cell.text)) for cell in row[at + 3:] if cell.text)):
        used.add(at + 1)  # the option's description, not a note
        return at + 2
    if box(at - 1) and (not row[at - 1].text or row[at - 1].mark() in _MARKED):
        return at - 1  # "✓ | Innovating Quality": the box first
    return None
