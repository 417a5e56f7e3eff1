"""Tick-box state in every encoding (coversheet.word.layout.ticks), from small cells written by hand."""

import pytest
from lxml import etree

from coversheet.word.ns import NSMAP
from coversheet.word.layout.ticks import Tick, strip_glyphs, tick_of

_DECLARE = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NSMAP.items())


def cell(inner: str) -> etree._Element:
    return etree.fromstring(f"<w:tc {_DECLARE}><w:p>{inner}</w:p></w:tc>")


def run(text: str, font: str | None = None) -> str:
    fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return f"<w:r>{fonts}<w:t>{text}</w:t></w:r>"


def w14(checked: str | None, shown: str) -> str:
    state = "<w14:checked/>" if checked is None else f'<w14:checked w14:val="{checked}"/>'
    return f"<w:sdt><w:sdtPr><w14:checkbox>{state}</w14:checkbox></w:sdtPr><w:sdtContent>{run(shown)}</w:sdtContent></w:sdt>"


def formfield(*parts: str) -> str:
    box = "".join(parts)
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/>{box}</w:checkBox></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


@pytest.mark.parametrize(
    "inner, expected",
    [
        (w14("1", "☒"), Tick.CHECKED),
        (w14("0", "☐"), Tick.UNCHECKED),
        (w14(None, "☐"), Tick.CHECKED),  # ST_OnOff: present without a value is on
        (w14("true", "☐"), Tick.CHECKED),
        (w14("0", "☒"), Tick.UNCHECKED),  # the stored state wins over the glyph shown
        (w14("1", "☐"), Tick.CHECKED),
    ],
)
def test_word_2010_check_box_content_controls(inner, expected):
    assert tick_of(cell(inner)) is expected


@pytest.mark.parametrize(
    "parts, expected",
    [
        (['<w:default w:val="0"/>', '<w:checked w:val="1"/>'], Tick.CHECKED),
        (['<w:default w:val="0"/>', "<w:checked/>"], Tick.CHECKED),
        (['<w:default w:val="1"/>'], Tick.CHECKED),  # never toggled: the default is the state
        (['<w:default w:val="0"/>'], Tick.UNCHECKED),
        (['<w:default w:val="1"/>', '<w:checked w:val="0"/>'], Tick.UNCHECKED),
        (['<w:checked w:val="0"/>'], Tick.UNCHECKED),
        ([], Tick.UNCHECKED),  # LibreOffice writes a bare <w:checkBox> for an unticked box
    ],
)
def test_legacy_formcheckbox_fields(parts, expected):
    assert tick_of(cell(formfield(*parts))) is expected


@pytest.mark.parametrize(
    "font, char, expected",
    [
        ("Wingdings", "F0FE", Tick.CHECKED),
        ("Wingdings", "F0A8", Tick.UNCHECKED),
        ("Wingdings", "F078", Tick.CHECKED),
        ("Wingdings 2", "F053", Tick.CHECKED),
        ("Wingdings 2", "F0A3", Tick.UNCHECKED),
        ("Wingdings 2", "F052", Tick.CHECKED),
        ("Wingdings", "FE", Tick.CHECKED),  # without the private-use offset
    ],
)
def test_sym_characters_in_symbol_fonts(font, char, expected):
    assert tick_of(cell(f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>')) is expected


@pytest.mark.parametrize(
    "text, font, expected",
    [
        ("\uf0fe", "Wingdings", Tick.CHECKED),  # LibreOffice re-saves w:sym as text like this
        ("\uf0a8", "Wingdings", Tick.UNCHECKED),
        ("\uf053", "Wingdings 2", Tick.CHECKED),  # the same code point means ☒ only in Wingdings 2
        ("\uf0a3", "Wingdings 2", Tick.UNCHECKED),
        ("þ", "Wingdings", Tick.CHECKED),  # typed 0xFE in Wingdings: ☑
        ("\uf0fe", None, Tick.CHECKED),  # no font given: Wingdings, the common case
    ],
)
def test_symbol_font_characters_typed_as_text(text, font, expected):
    assert tick_of(cell(run(text, font))) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("☒", Tick.CHECKED),
        ("☑", Tick.CHECKED),
        ("✓", Tick.CHECKED),
        ("✔", Tick.CHECKED),
        ("✗", Tick.CHECKED),
        ("■", Tick.CHECKED),
        ("X", Tick.CHECKED),
        ("x", Tick.CHECKED),
        ("☐", Tick.UNCHECKED),
        ("□", Tick.UNCHECKED),
        ("", Tick.EMPTY),
        ("Yes", None),  # a label, not a box
    ],
)
def test_unicode_glyphs_and_typed_marks(text, expected):
    assert tick_of(cell(run(text) if text else "")) is expected


def test_a_deleted_tick_is_not_a_tick():
    tracked = f'<w:del w:id="1" w:author="a"><w:r><w:delText>☒</w:delText></w:r></w:del>{run("☐")}'
    assert tick_of(cell(tracked)) is Tick.UNCHECKED


def test_activex_check_boxes_are_unreadable_not_guessed():
    activex = (
        '<w:r><w:object><w:control r:id="rId9" w:name="CheckBox1"/></w:object></w:r>'
    )
    assert tick_of(cell(activex)) is Tick.UNREADABLE


def test_strip_glyphs_leaves_the_option_label():
    assert strip_glyphs("Yes ☒") == "Yes"
    assert strip_glyphs("\uf0fe N/A") == "N/A"
