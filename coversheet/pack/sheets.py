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
"""

from __future__ import annotations

import pikepdf
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from pikepdf import Array, Dictionary, Name

ROW, COLUMN, DATA = "Row", "Column", None
HEADING_STYLES = ("Title", "Subtitle")  # with "Heading 1" ... "Heading 9": what LibreOffice exports as headings
BODY_TEXT_LEVEL = "9"  # w:outlineLvl: body text


def paper_heading(text: str):
    """The paper's own heading (Heading 1), to go before its cover sheet."""
    paragraph = OxmlElement("w:p")
    properties = OxmlElement("w:pPr")
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), "Heading1")
    properties.append(style)
    paragraph.append(properties)
    run = OxmlElement("w:r")
    words = OxmlElement("w:t")
    words.set(qn("xml:space"), "preserve")
    words.text = text
    run.append(words)
    paragraph.append(run)
    return paragraph


def retitle(blocks, heading_style_ids: set[str], text: str) -> bool:
    """The sheet's first heading made the paper's (`text`), any other one body text; False
    when the sheet has no heading (the caller puts `paper_heading` before it)."""
    headings = [paragraph for block in blocks for paragraph in ([block] if block.tag == qn("w:p") else block.iter(qn("w:p")))
                if _style(paragraph) in heading_style_ids]
    if not headings:
        return False
    first = headings[0]
    for child in list(first):
        if child.tag != qn("w:pPr"):
            first.remove(child)
    first.append(paper_heading(text).find(qn("w:r")))
    for paragraph in headings[1:]:
        properties = paragraph.find(qn("w:pPr"))
        level = properties.find(qn("w:outlineLvl"))
        if level is None:
            level = OxmlElement("w:outlineLvl")
            properties.append(level)
        level.set(qn("w:val"), BODY_TEXT_LEVEL)
    return True


def _style(paragraph) -> str | None:
    properties = paragraph.find(qn("w:pPr"))
    style = properties.find(qn("w:pStyle")) if properties is not None else None
    return style.get(qn("w:val")) if style is not None else None


def heading_style_ids(document) -> set[str]:
    """The style ids of the document's heading styles (by name: ids differ between languages)."""
    ids = set()
    for style in document.styles.element.iter(qn("w:style")):
        name = style.find(qn("w:name"))
        value = (name.get(qn("w:val")) if name is not None else "") or ""
        if value in HEADING_STYLES or value.lower().startswith("heading ") or value.lower() == "title":
            ids.add(style.get(qn("w:styleId")))
    return ids


def cell_kinds(blocks) -> list[tuple[object, list[list[str | None]]]]:
    """Each table in the sheet's `blocks` (in document order, nested ones too) with each row's
    cells classed ROW, COLUMN or DATA; the tables' header rows made not to repeat."""
    found = []
    for block in blocks:
        for table in ([block] if block.tag == qn("w:tbl") else block.iter(qn("w:tbl"))):
            rows = []
            for row in _own(table, qn("w:tr"), qn("w:tbl")):  # a row in a content control too
                for repeat in row.iter(qn("w:tblHeader")):
                    repeat.getparent().remove(repeat)
                cells = list(_own(row, qn("w:tc"), qn("w:tr")))
                labels = [_is_label(cell) for cell in cells]
                if cells and all(labels):
                    rows.append([COLUMN] * len(cells))
                elif cells and labels[0]:
                    rows.append([ROW] + [DATA] * (len(cells) - 1))
                else:
                    rows.append([DATA] * len(cells))
            found.append((table, rows))
    return found


def _own(element, tag: str, owner_tag: str):
    """The `tag` elements whose nearest `owner_tag` ancestor is `element` (not a nested table's)."""
    for found in element.iter(tag):
        owner = found.getparent()
        while owner is not None and owner.tag != owner_tag:
            owner = owner.getparent()
        if owner is element:
            yield found


def _is_label(cell) -> bool:
    """Drawn as a label: shaded, or all its text bold."""
    properties = cell.find(qn("w:tcPr"))
    shading = properties.find(qn("w:shd")) if properties is not None else None
    if shading is not None and (shading.get(qn("w:fill")) or "auto").upper() not in ("AUTO", "FFFFFF", ""):
        return True
    runs = [run for run in cell.iter(qn("w:r")) if "".join(t.text or "" for t in run.iter(qn("w:t"))).strip()]
    return bool(runs) and all(_bold(run) for run in runs)


def _bold(run) -> bool:
    properties = run.find(qn("w:rPr"))
    bold = properties.find(qn("w:b")) if properties is not None else None
    return bold is not None and bold.get(qn("w:val"), "true") not in ("0", "false")


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
