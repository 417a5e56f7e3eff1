"""Composing the pack's Word document: the faster composer gives docxcompose's own result.

`PackComposer` runs docxcompose's per-block steps only in the blocks they concern (see
coversheet/word/assembly/composer.py); the document it composes must be the one docxcompose composes,
for papers with numbered and bulleted lists (numbering restarted per paper), pictures, tables,
several sections, and styles whose ids are in another language than the pack's.
"""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile
import zlib
from pathlib import Path

from docx import Document
from docx.shared import Cm
from docxcompose.composer import Composer

from coversheet.word.assembly.composer import PackComposer

ROOT = Path(__file__).resolve().parents[2]
WORD_PAPERS = [*sorted((ROOT / "examples" / "word").glob("*.docx")), ROOT / "tests" / "fixtures" / "boards" / "bucks-winter.docx",
               ROOT / "tests" / "fixtures" / "docx" / "item10-pandoc.docx", ROOT / "tests" / "fixtures" / "docx" / "item05-w14-libreoffice.docx"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _png() -> bytes:
    rows = b"".join(b"\x00" + b"\x20\x40\x80" * 4 for _ in range(4))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _paper(foreign_style_ids: bool) -> bytes:
    """A paper with headings, numbered and bulleted lists, a picture, a table and two sections;
    with `foreign_style_ids`, "Heading 1" and "List Number" have German Word's style ids."""
    document = Document()
    for number in range(40):
        if number % 10 == 0:
            document.add_heading(f"Section {number // 10 + 1}", 1)
        document.add_paragraph(f"Point {number}", style=["List Number", "List Bullet", "Normal", "Quote", "List Number 2"][number % 5])
        if number == 7:
            document.add_picture(io.BytesIO(_png()), width=Cm(1))
        if number == 20:
            document.add_table(rows=2, cols=2).style = "Light Grid Accent 1"
    document.add_section()
    document.add_paragraph("The last section", style="Intense Quote")
    saved = io.BytesIO()
    document.save(saved)
    if not foreign_style_ids:
        return saved.getvalue()
    renamed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(saved.getvalue())) as source, zipfile.ZipFile(renamed, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename in ("word/document.xml", "word/styles.xml"):
                data = data.replace(b'"Heading1"', b'"berschrift1"').replace(b'"ListNumber"', b'"Listennummer"')
            target.writestr(item, data)
    return renamed.getvalue()


PAPERS = [_paper(False), _paper(True), *WORD_PAPERS, _paper(True), _paper(False)]


def _composed(composer_class) -> dict[str, bytes]:
    random.seed(7)  # docxcompose gives each copied list a random id
    pack = Document()
    composer = composer_class(pack)
    for paper in PAPERS:
        pack.add_section()
        composer.append(Document(io.BytesIO(paper) if isinstance(paper, bytes) else str(paper)))
    saved = io.BytesIO()
    composer.save(saved)
    with zipfile.ZipFile(saved) as parts:
        return {name: parts.read(name) for name in sorted(parts.namelist())}


def test_the_pack_composer_composes_what_docxcompose_composes() -> None:
    ours, theirs = _composed(PackComposer), _composed(Composer)
    assert sorted(ours) == sorted(theirs)
    assert [name for name in theirs if ours[name] != theirs[name]] == []
    # The papers' lists were restarted and their picture came along: the comparison saw them.
    assert theirs["word/numbering.xml"].count(b"w:startOverride") >= 4
    assert any(name.startswith("word/media/") for name in theirs)


def test_every_paragraph_keeps_a_style_the_pack_defines() -> None:
    """A German Word paper's "berschrift1" becomes the pack's "Heading1" in every paragraph,
    not only the first: its headings stay headings (bookmarks and tags in the PDF)."""
    parts = _composed(PackComposer)
    defined = set(re.findall(rb'w:styleId="([^"]+)"', parts["word/styles.xml"]))
    used = re.findall(rb'<w:pStyle w:val="([^"]+)"', parts["word/document.xml"])
    assert used.count(b"Heading1") >= 4 * 4
    assert b"berschrift1" not in used
    assert set(used) <= defined
