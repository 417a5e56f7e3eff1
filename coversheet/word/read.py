"""Read any Word cover sheet: ours (tagged content controls) or a hand-made legacy one.

The body arrives block by block from `package`; the first blocks up to the first table decide
which reader gets them, and each reader stops once it has the whole cover sheet, so the rest
of the paper is never parsed.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from coversheet.model.raw import RawDraft
from coversheet.word.readers.legacy import MAX_PREAMBLE_PARAGRAPHS, read_legacy
from coversheet.word.ns import qn
from coversheet.word.package import open_package

_TABLE_LIKE = (qn("w:tbl"), qn("w:sdt"))


def read_docx(path: Path | str, profile=None) -> RawDraft:
    """The draft on the cover sheet at the start of the .docx at `path`.

    Raises `UnreadableFile` for a file that is no readable .docx, or (with rule
    `missing-cover-sheet`) for a document with no cover sheet at its start. Under a board's
    `profile` a sheet we did not tag is read by the profile's questions (`board`); without
    one (the default sheet) by the 2020 labels (`legacy`).
    """
    from coversheet.word.readers import tagged, titled  # written alongside; imported only when reading Word

    with open_package(path) as package:
        blocks = package.body()
        try:
            opening, blocks = _opening(blocks)
            if tagged.is_tagged(opening):
                return tagged.read_tagged(itertools.chain(opening, blocks))
            if profile is not None:
                from coversheet.word.readers import board

                if titled.is_titled(opening, own_tags=True):  # a profile sheet re-saved without its tags
                    return titled.read_titled(itertools.chain(opening, blocks), package.header_paragraphs,
                                              reader=lambda rest, header: board.read_board(rest, header, profile, package.footer_paragraphs))
                return board.read_board(itertools.chain(opening, blocks), package.header_paragraphs, profile,
                                        package.footer_paragraphs)
            if titled.is_titled(opening):  # ours, saved by a program that dropped the tags
                return titled.read_titled(itertools.chain(opening, blocks), package.header_paragraphs)
            if titled.lost_structure(opening):  # ... and the titles too
                return titled.read_lost(itertools.chain(opening, blocks), package.header_paragraphs)
            return read_legacy(itertools.chain(opening, blocks), package.header_paragraphs)
        finally:
            blocks.close()


def _opening(blocks: Iterator[etree._Element]) -> tuple[list[etree._Element], Iterator[etree._Element]]:
    """The blocks up to and including the first table (or content control), and the rest."""
    opening: list[etree._Element] = []
    for block in blocks:
        opening.append(block)
        if block.tag in _TABLE_LIKE or len(opening) > 2 * MAX_PREAMBLE_PARAGRAPHS + 2:
            break
    return opening, blocks
