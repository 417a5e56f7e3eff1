"""Grids of printed names with a cell to fill beside or below each: "Quality and Performance |
19 November 2025 | Audit | " (a name, then its value), and forums across a row with each date
in the row below."""

from __future__ import annotations

from coversheet.dates.uk import parse_uk_date
from coversheet.word.answers.choices import fold
from coversheet.word.layout.cells import Cell
from coversheet.word.layout.ticks import Tick


def name_value_grid(rows: list[list[Cell]]) -> list[tuple[str, str]] | None:
    """A grid of printed names each with a cell to fill beside it ("Quality and Performance |
    19 November 2025 | Audit | "): (name, value) for every pair, or None when the rows are not
    such a grid (two or more pairs, some left empty, every name short and printed)."""
    pairs: list[tuple[str, str]] = []
    for row in rows:
        cells = [cell for cell in row if cell.tick() in (None, Tick.EMPTY)]
        if not any(cell.text for cell in cells):
            continue  # the label's own row, its other cells empty
        if len(cells) < 2 or len(cells) % 2 or not cells[0].text:
            return None
        for name, value in zip(cells[::2], cells[1::2]):
            if not name.text or len(name.text) > 60 or "\n" in name.text:
                return None
            pairs.append((name.text, value.text))
    if len(pairs) < 2 or all(value for _, value in pairs) or (len(pairs) < 4 and not any(value for _, value in pairs)):
        return None  # (four names or more with nothing beside any: a grid left as printed)
    return pairs


def beside_empty_cell(rows: list[list[Cell]], option: str) -> bool:
    """Is the option printed in a cell of its own with an empty cell just before it (its box)?"""
    for row in rows:
        for before, cell in zip(row, row[1:]):
            if fold(cell.text) == fold(option) and not before.text and before.tick() in (None, Tick.EMPTY):
                return True
    return False


def forums_across(rows: list[list[Cell]]) -> list[tuple[str, str]] | None:
    """The forums printed across a row, each date written in the row below under its forum
    ("Finance & Investment | Integrated Governance | Executive" over " | 27/11/2025 | 25/11/2025"):
    (forum, date) for every column, or None when the rows are not such a grid."""
    filled = [row for row in rows if any(cell.text for cell in row)]
    if len(filled) == 1 and _empty_row_below(filled[0]):
        # the forums printed over a row left empty: the paper has been to none of them
        filled = [filled[0], []]
    if len(filled) != 2:
        return None
    names, below = filled
    if len([cell for cell in names if cell.text]) < 3 or any(
            len(cell.text) > 60 or "\n" in cell.text or parse_uk_date(cell.text) is not None for cell in names if cell.text):
        return None
    written = {cell.column: cell.text for cell in below if cell.text}
    if not below:
        return [(cell.text, "") for cell in names if cell.text]
    if not written or not all(parse_uk_date(text) is not None for text in written.values()):
        return None
    columns = {cell.column for cell in names if cell.text}
    if not set(written) <= columns:
        return None
    return [(cell.text, written.get(cell.column, "")) for cell in names if cell.text]


def _empty_row_below(row: list[Cell]) -> bool:
    """Is the table row holding `row`'s cells followed by a row of as many cells, all empty?"""
    tr = row[0].element.getparent() if row and row[0].element is not None else None
    below = tr.getnext() if tr is not None else None
    if below is None or below.tag != tr.tag:
        return False
    cells = [child for child in below if child.tag == row[0].element.tag]
    return len(cells) >= len(row) and not any("".join(cell.itertext()).strip() for cell in cells)
