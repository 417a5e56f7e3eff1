"""Read any board's hand-made Word cover sheet by meaning, under the board's profile.

The default sheet (ics-board-2020) is read by `legacy`, unchanged. Under a board's profile
this reader finds the board's own questions on whatever form the board prints:

- labels are matched by meaning (`meaning.Matcher`): the profile's labels first, then the
  known variants, then key terms; a row two questions claim is reported, given to neither;
- a section ends where the next label-looking row starts (a known label, or a short row that
  is bold, shaded, a heading, in capitals or ends with "?" or ":"); an unknown label's
  content is kept (`RawDraft.unrecognised`), never merged into the answer above it;
- tick boxes in every layout: Yes / No / N/A beside the question, as column headers with a
  box under each and a Comments column (the answer's note), option words each with a box
  (in one cell or a cell each, across a row or one per row), and a choice marked by bold,
  highlight or by striking out the alternatives ("Yes / ~~No~~"), with every box encoding
  `ticks` knows;
- forms without tables: label paragraphs with the answer on the following lines, and
  capitalised headings with prose below; header lines above the first label give the board,
  the meeting date and the title;
- references by the board's pattern: "BAF 2.1 – Elective recovery; BAF 3.2 – UEC capacity"
  is two references.

In stages, each its own module:

- `walk` (`walk_sheet`): the document's blocks divided into sections by the board's labels,
  with `rows` giving each row to its section; the result, a `WalkedSheet` (`sheet`), holds
  each question's label and rows, no answer yet;
- `assemble` (`assemble_sheet`): each section read as an answer of its question's kind, with
  the reading problems noticed, into a `RawDraft`.

The layout helpers they use are in `word.layout`, label matching in `word.matching`, and the
parsing of answers by kind in `word.answers`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml import etree

from coversheet.model.raw import RawDraft
from coversheet.word.matching.meaning import matcher_for
from coversheet.word.readers.board.assemble import assemble_sheet
from coversheet.word.readers.board.sheet import Section, WalkedSheet
from coversheet.word.readers.board.walk import walk_sheet

__all__ = ["Section", "WalkedSheet", "assemble_sheet", "read_board", "walk_sheet"]


def read_board(blocks: Iterable[etree._Element], header_paragraphs: Callable[[], list[str]], profile,
               footer_paragraphs: Callable[[], list[str]] = list) -> RawDraft:
    """The draft on a hand-made sheet in `blocks`, read by `profile`'s questions."""
    matcher = matcher_for(profile)
    read = walk_sheet(blocks, matcher)
    return assemble_sheet(read, matcher, profile, header_paragraphs, footer_paragraphs)
