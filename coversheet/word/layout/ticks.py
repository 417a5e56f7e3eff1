"""Is this box ticked? Every way Word and other programs record a tick box.

Boxes on real cover sheets come as Word 2010+ check-box content controls (`w14:checkbox`),
legacy FORMCHECKBOX form fields (`w:checkBox` with `w:checked` / `w:default`), `w:sym`
characters in Wingdings or Wingdings 2, the same characters typed as text in a symbol font
(private-use code points such as U+F0FE, as LibreOffice re-saves `w:sym`), and plain Unicode
glyphs (☐ ☒ ☑ ✓ ✗ ■ □) or a typed X.

A control's stored state wins over the glyph it shows: Word redraws the glyph from the state,
other programs may not. ActiveX check boxes keep their state in a binary part that is never
read, so they are `UNREADABLE`, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum

from lxml import etree

from coversheet.word.ns import qn

W14_CHECKBOX, W14_CHECKED, W14_VAL = qn("w14:checkbox"), qn("w14:checked"), qn("w14:val")
_CHECKBOX, _CHECKED, _DEFAULT, _VAL = qn("w:checkBox"), qn("w:checked"), qn("w:default"), qn("w:val")
_CONTROL, _R, _T, _SYM, _RFONTS = qn("w:control"), qn("w:r"), qn("w:t"), qn("w:sym"), qn("w:rFonts")
_SYM_FONT, _SYM_CHAR = qn("w:font"), qn("w:char")
_RPR_RFONTS = f"{qn('w:rPr')}/{_RFONTS}"
_HIDDEN_PARENTS = frozenset({qn("w:del"), qn("w:moveFrom")})  # a deleted or moved-away run
_FONT_ATTRIBUTES = [qn("w:ascii"), qn("w:hAnsi"), qn("w:cs"), qn("w:eastAsia")]


class Tick(str, Enum):
    CHECKED = "checked"
    UNCHECKED = "unchecked"
    UNREADABLE = "unreadable"  # an ActiveX control: the state is not in the XML
    EMPTY = "empty"  # nothing in the cell: an unticked box in the "mark it with an X" style


_UNICODE = {
    **dict.fromkeys("☒☑✓✔✗✘■▪⊠⌧🗹🗷🗸", Tick.CHECKED),
    **dict.fromkeys("☐□◻▢❑❒⬜", Tick.UNCHECKED),
}
# Symbol fonts map their glyphs onto the low byte (0x20-0xFF), written either bare or in the
# private-use block U+F000-U+F0FF. Only the box and mark glyphs are listed.
_SYMBOL_FONTS = {
    "wingdings": {
        **dict.fromkeys([0xFE, 0xFD, 0x78, 0xFC, 0xFB, 0x6E, 0xA7], Tick.CHECKED),
        **dict.fromkeys([0xA8, 0x6F, 0x71, 0x72], Tick.UNCHECKED),
    },
    "wingdings 2": {
        **dict.fromkeys([0x4F, 0x50, 0x51, 0x52, 0x53, 0x54], Tick.CHECKED),
        **dict.fromkeys([0xA3, 0x2A, 0xA2], Tick.UNCHECKED),
    },
}
_TYPED_MARKS = {"x", "X"}
BOX_GLYPHS = frozenset(_UNICODE)


def tick_of_glyph(char: str) -> Tick | None:
    """A Unicode box glyph's state ("☒" ticked, "☐" not); None for any other character."""
    return _UNICODE.get(char)


# What a cell's box depends on, in document order: check-box controls, ActiveX controls, and
# each run with its font and characters. A reader that walks a whole table once can hand each
# cell's nodes with these tags to `tick_from` rather than walk every cell again. Tracked
# deletions, moves, text boxes and ruby text (runs within runs) are left to the run-by-run
# reading of `_characters`.
_RPR, _RUBY, _TXBX = qn("w:rPr"), qn("w:ruby"), qn("w:txbxContent")
TICK_TAGS = (W14_CHECKBOX, _CHECKBOX, _CONTROL, _R, _RFONTS, _T, _SYM, *_HIDDEN_PARENTS, _TXBX, _RUBY)
_CONTROLS = frozenset({W14_CHECKBOX, _CHECKBOX, _CONTROL})


def has_control(cell: etree._Element) -> bool:
    """Does `cell` hold a check-box control (a content control, a legacy form field, ActiveX)?"""
    return next(cell.iter(*_CONTROLS), None) is not None


def tick_of(cell: etree._Element) -> Tick | None:
    """The state of the box in `cell`, `Tick.EMPTY` for an empty cell, None for no box.

    None means the cell holds text that is no tick mark (an option label such as "Yes").
    """
    return tick_from(cell, cell.iter(TICK_TAGS))


def tick_from(cell: etree._Element, nodes: Iterable[etree._Element]) -> Tick | None:
    """`tick_of(cell)` from the cell's elements with one of `TICK_TAGS`, in document order.

    `nodes` may also hold such elements from just outside the cell (a walk over a whole table
    meets a row's or a cell's content-control properties between cells): runs and text there
    are never the cell's, controls are checked to be within it.
    """
    stored: list[bool] = []  # what check-box controls store, whatever glyph they show
    control = walk = False
    pieces: list[tuple[str, str | None]] = []  # (text, font) of each w:t or w:sym, in order
    run: etree._Element | None = None
    font: str | None = None
    font_read = True
    for node in nodes:
        tag = node.tag
        if tag == _T:
            if node.text and run is not None and node.getparent() is run:
                pieces.append((node.text, font))
        elif tag == _R:
            run, font, font_read = node, None, False
        elif tag == _RFONTS:
            properties = node.getparent()
            if not font_read and run is not None and properties.tag == _RPR and properties.getparent() is run:
                font, font_read = font_of(node), True
        elif tag == _SYM:
            if run is None or node.getparent() is not run:
                continue
            code = node.get(_SYM_CHAR) or ""
            try:
                pieces.append((chr(int(code, 16)), node.get(_SYM_FONT) or font))
            except ValueError:
                continue
        elif tag in _CONTROLS:
            if not _within(node, cell):
                continue
            if tag == W14_CHECKBOX:
                checked = node.find(W14_CHECKED)
                stored.append(checked is not None and _on(checked.get(W14_VAL)) or typed_over(node))
            elif tag == _CHECKBOX:
                stored.append(form_field_on(node))
            else:
                control = True
        else:  # a deletion, a move, a text box or ruby text
            walk = True
    if stored:
        return Tick.CHECKED if any(stored) else Tick.UNCHECKED
    if control:
        return Tick.UNREADABLE
    if walk:
        pieces = list(_characters(cell))
    states = {glyph_state((char, font)) for text, font in pieces for char in text}
    if Tick.CHECKED in states:
        return Tick.CHECKED
    if Tick.UNCHECKED in states:
        return Tick.UNCHECKED
    text = "".join(text for text, _ in pieces).strip()
    if not text:
        return Tick.EMPTY
    if text in _TYPED_MARKS:  # "X" typed in the box's cell
        return Tick.CHECKED
    return None


def typed_over(checkbox: etree._Element) -> bool:
    """Has an X been typed over the glyph of a Word check-box control (`w14:checkbox`)? The
    control still stores "unchecked", but the author's X is the tick they meant."""
    sdt = checkbox.getparent().getparent() if checkbox.getparent() is not None else None
    content = sdt.find(qn("w:sdtContent")) if sdt is not None else None
    if content is None:
        return False
    return "".join(t.text or "" for t in content.iter(_T)).strip() in _TYPED_MARKS


def strip_glyphs(text: str) -> str:
    """`text` without box glyphs or symbol-font characters ("Yes ☐" -> "Yes")."""
    return "".join(c for c in text if c not in _UNICODE and not 0xF000 <= ord(c) <= 0xF0FF).strip()


def form_field_on(box: etree._Element) -> bool:
    checked, default = box.find(_CHECKED), box.find(_DEFAULT)
    if checked is not None:
        return _on(checked.get(_VAL))
    return default is not None and _on(default.get(_VAL))


def _on(value: str | None) -> bool:
    # ST_OnOff: an element present without a value means "on".
    return value is None or value.strip().lower() in {"1", "true", "on"}


def _characters(cell: etree._Element):
    """(character, font) for every visible character and symbol in the cell."""
    for run in cell.iter(_R):
        if _deleted(run, cell):
            continue
        font = _run_font(run)
        for node in run:
            if node.tag == _T and node.text:
                for char in node.text:
                    yield char, font
            elif node.tag == _SYM:
                code = node.get(_SYM_CHAR) or ""
                try:
                    yield chr(int(code, 16)), (node.get(_SYM_FONT) or font)
                except ValueError:
                    continue


def glyph_state(item: tuple[str, str | None]) -> Tick | None:
    char, font = item
    if char in _UNICODE:
        return _UNICODE[char]
    code = ord(char)
    if 0xF020 <= code <= 0xF0FF or (font and code <= 0xFF and _symbol_table(font)):
        table = _symbol_table(font) or _SYMBOL_FONTS["wingdings"]
        return table.get(code & 0xFF)
    return None


def _symbol_table(font: str | None) -> dict | None:
    return _SYMBOL_FONTS.get((font or "").strip().lower())


def _run_font(run: etree._Element) -> str | None:
    fonts = run.find(_RPR_RFONTS)
    return None if fonts is None else font_of(fonts)


def font_of(fonts: etree._Element) -> str | None:
    names = [fonts.get(attribute) for attribute in _FONT_ATTRIBUTES]
    for name in names:  # a symbol font named in any slot is the one the glyph is drawn in
        if name and _symbol_table(name):
            return name
    return next((name for name in names if name), None)


def _within(node: etree._Element, cell: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not cell:
        parent = parent.getparent()
    return parent is cell


def _deleted(node: etree._Element, stop: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _HIDDEN_PARENTS:
            return True
        parent = parent.getparent()
    return False


def boxes_as_glyphs(cell: etree._Element) -> etree._Element:
    """`cell`, or a copy of it in which every check box that is not itself a glyph (a Word
    2010+ check-box control, a FORMCHECKBOX field) shows the glyph of its state.

    Words beside boxes ("☐ For approval ☒ For noting", "Public ☒ Private ☐") are read by the
    glyph before or after them; a box kept only as a control's or a field's state would
    otherwise leave the words looking unboxed, and every one of them would read as the answer.
    """
    boxes = [node for node in cell.iter(W14_CHECKBOX, _CHECKBOX)]
    if not boxes:
        return cell
    import copy

    shown = copy.deepcopy(cell)
    for box in shown.iter(W14_CHECKBOX, _CHECKBOX):
        if box.tag == W14_CHECKBOX:
            checked = box.find(W14_CHECKED)
            on = checked is not None and _on(checked.get(W14_VAL))
            sdt = box.getparent().getparent()  # w14:checkbox < w:sdtPr < w:sdt
            content = sdt.find(qn("w:sdtContent"))
            texts = list(content.iter(_T)) if content is not None else []
            if texts:
                for text in texts:
                    text.text = ""
                texts[0].text = "☒" if on else "☐"
                continue
            anchor = sdt
        else:
            on = form_field_on(box)
            anchor = next((node for node in box.iterancestors(_R)), None)
            if anchor is None:
                continue
        run = etree.Element(_R)
        etree.SubElement(run, _T).text = " ☒ " if on else " ☐ "
        anchor.addnext(run)
    return shown


# "(please detail the reasons for exemption below)", "(if yes, give details)": the form's note
_BRACKETED_INSTRUCTION = re.compile(r"\(\s*(?:please|if|delete|tick|give|state|specify)\b[^()]*\)", re.IGNORECASE)


def without_bracketed_instruction(text: str) -> str:
    """An option's words without the form's instruction in brackets between the options ("Yes ☐
    (please detail the reasons below) No ☒"): the note belongs to neither option."""
    return _BRACKETED_INSTRUCTION.sub(" ", text)
