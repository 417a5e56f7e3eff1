"""--duplex: every paper starts on a right-hand page; the blank pages before them say why they are blank."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pikepdf
import pytest
from helpers.meeting import page_texts
from helpers.pack_builds import build

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow

BLANK = "This page is intentionally left blank"


@pytest.fixture(scope="module")
def duplex(meeting: Path) -> Path:
    return build(meeting, meeting.parent / "out" / "duplex-private.pdf", "--duplex", "--private")


def _paper_starts(pdf: pikepdf.Pdf) -> list[int]:
    index = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}
    with pdf.open_outline() as tree:
        return [index[item.destination[0].objgen] for item in tree.root][2:]  # after the front page and agenda


def test_every_paper_starts_on_a_right_hand_page(duplex: Path) -> None:
    with pikepdf.open(duplex) as pdf:
        starts = _paper_starts(pdf)
        assert [pikepdf.Page(p).label for p in pdf.pages] == [str(n) for n in range(1, len(pdf.pages) + 1)]
    assert len(starts) == 4 and all(page % 2 == 1 for page in starts), starts


def test_the_blank_pages_say_so_with_the_page_number_and_the_private_mark(duplex: Path) -> None:
    pages = page_texts(duplex)
    blanks = [number for number, text in enumerate(pages, start=1) if BLANK in text]
    assert blanks, "the papers of this meeting need blank pages to start on the right"
    with pikepdf.open(duplex) as pdf:
        starts = _paper_starts(pdf)
        for number in blanks:
            assert number + 1 in starts  # only ever just before a paper
            words = " ".join(pages[number - 1].split())
            assert words == f"PRIVATE – not for publication {BLANK} ICS Board · Page {number} of {len(pages)}", words
            page = pdf.pages[number - 1]
            # Nothing on it is tagged: the words are a pagination artifact, which screen readers skip.
            assert "/StructParents" not in page.obj
            content = b"".join(s.read_bytes() for s in ([page.obj.Contents] if isinstance(page.obj.Contents, pikepdf.Stream) else page.obj.Contents))
            assert b"/Artifact" in content


def test_every_font_is_embedded_including_the_blank_pages(duplex: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(duplex)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts), "\n".join(fonts)
    assert any("Vera" in line for line in fonts)
