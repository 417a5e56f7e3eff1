"""The cover sheets inside the pack, as a screen reader meets them.

Two things a sheet drawn for one paper gets wrong in a pack of many:

- **Headings.** A sheet's only heading is the board's name, so moving by headings through a
  pack lands on the same words at every paper. In the pack the sheet's first heading says
  the paper's item and title instead ("Item 10. ICS Finance Report"; the board's name is on
  the front page and in every footer), in the same place and style, so no sheet grows; a
  sheet without one gets one before it. Any other heading of the sheet keeps its look but
  is no longer a heading (outline level "body text", which LibreOffice exports as a paragraph).
- **Labels.** A sheet is a table of labels and answers. LibreOffice tags a Word table's
  header rows (`w:tblHeader`) as column headers, so the first row ("Date of Meeting |
  2 December 2020") was announced over every answer, and the other labels were ordinary
  cells. Here each cell of a sheet's tables is classed from how the sheet draws it (a label
  is shaded or bold): a label beside its answer is a row header, a row of labels alone (a
  section's title, "Meeting | Date" over a list) column headers, the rest data cells.
  `cell_kinds` says so per table while composing, the header rows stop repeating on a
  sheet's second page, and `pdf.py` retags the exported tables (`apply_cell_kinds`).

The Word side of both (the sheet's headings and its cells classed) is
`coversheet.word.assembly.sheets`; what is here is the PDF side, after the export.
"""

from __future__ import annotations

import pikepdf
from pikepdf import Array, Dictionary, Name

# --- in the exported PDF ------------------------------------------------------------------------


def tables_in_order(root: Dictionary) -> list[Dictionary]:
    """The structure tree's Table elements in document order (nested ones after their parent)."""
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not root and node.get("/S") == Name.Table:
            found.append(node)
        kids = node.get("/K")
        kids = list(kids) if isinstance(kids, Array) else [kids] if kids is not None else []
        stack.extend(reversed([kid for kid in kids if isinstance(kid, Dictionary) and "/S" in kid]))
    return found


def apply_cell_kinds(pdf: pikepdf.Pdf, kinds: dict[int, list[list[str | None]]], tables: int) -> list[int]:
    """Retag the cells of the sheets' tables (`kinds`: a table's place among the document's
    `tables` Word tables -> its rows' cell kinds). Returns the places whose table in the PDF
    was not laid out as in Word (left as LibreOffice tagged it); all of them when the PDF has
    another number of tables than the Word document."""
    root = pdf.Root.get("/StructTreeRoot")
    exported = tables_in_order(root) if isinstance(root, Dictionary) else []
    if len(exported) != tables:
        return sorted(kinds)
    missed = []
    for place, rows in kinds.items():
        pdf_rows = [kid for kid in _kids(exported[place]) if kid.get("/S") == Name.TR]
        pdf_rows += [row for group in _kids(exported[place]) if group.get("/S") in (Name.THead, Name.TBody, Name.TFoot)
                     for row in _kids(group) if row.get("/S") == Name.TR]
        cells = [[cell for cell in _kids(row) if cell.get("/S") in (Name.TH, Name.TD)] for row in pdf_rows]
        if [len(row) for row in cells] != [len(row) for row in rows]:
            missed.append(place)
            continue
        for pdf_cells, row_kinds in zip(cells, rows, strict=True):
            for cell, kind in zip(pdf_cells, row_kinds, strict=True):
                _retag(cell, kind)
    return missed


def _kids(node: Dictionary) -> list[Dictionary]:
    kids = node.get("/K")
    kids = list(kids) if isinstance(kids, Array) else [kids] if kids is not None else []
    return [kid for kid in kids if isinstance(kid, Dictionary) and "/S" in kid]


def _retag(cell: Dictionary, kind: str | None) -> None:
    attributes = cell.get("/A")
    attributes = list(attributes) if isinstance(attributes, Array) else [attributes] if attributes is not None else []
    kept = [a for a in attributes if not (isinstance(a, Dictionary) and a.get("/O") == Name.Table and "/Scope" in a)]
    if kind is None:
        cell.S = Name.TD
    else:
        cell.S = Name.TH
        kept.append(Dictionary(O=Name.Table, Scope=Name(f"/{kind}")))
    if kept:
        cell.A = Array(kept) if len(kept) > 1 else kept[0]
    elif "/A" in cell:
        del cell["/A"]
