"""The agenda's page ranges mended after the export (`pack.ranges.mend`), without LibreOffice."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from coversheet.word.assembly.fields import add_field
from coversheet.pack.ranges import RANGE_DASH, mend


def _cell_text(paragraph) -> str:
    """What the paragraph shows, each field as its instruction in braces."""
    shown, depth = [], 0
    for run in paragraph.iter(qn("w:r")):
        for child in run:
            if child.tag == qn("w:fldChar"):
                kind = child.get(qn("w:fldCharType"))
                depth = {"begin": 1, "separate": 2, "end": 0}[kind]
            elif child.tag == qn("w:instrText"):
                shown.append("{" + child.text.strip() + "}")
            elif child.tag == qn("w:t") and depth == 0:
                shown.append(child.text)
    return "".join(shown)


def test_a_range_is_cut_to_its_first_page_and_a_first_page_given_its_last(tmp_path: Path) -> None:
    document = Document()
    ranged = document.add_paragraph()
    add_field(ranged, "PAGEREF item5 \\h")
    ranged.add_run(RANGE_DASH)
    add_field(ranged, "PAGEREF item5end \\h")
    single = document.add_paragraph()
    add_field(single, "PAGEREF item8 \\h")
    for run in single.runs:
        run.font.size = 127000  # 10 pt: the added runs keep the row's size
    source, out = tmp_path / "pack.docx", tmp_path / "mended.docx"
    document.save(str(source))

    mend(source, out, cut={"item5"}, add={"item8"})

    with zipfile.ZipFile(out) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(qn("w:body"))
    first, second = body.findall(qn("w:p"))[:2]
    assert _cell_text(first) == "{PAGEREF item5 \\h}"
    assert _cell_text(second) == "{PAGEREF item8 \\h} - {PAGEREF item8end \\h}"
    sizes = {size.get(qn("w:val")) for size in second.iter(qn("w:sz"))}
    assert sizes == {"20"}
    assert len(list(second.iter(qn("w:r")))) == 11
