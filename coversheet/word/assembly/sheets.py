"""The cover sheets inside the pack's Word document, as a screen reader will meet them.

Two things a sheet drawn for one paper gets wrong in a pack of many (the PDF side is
`coversheet.pack.sheets`):

- **Headings.** A sheet's only heading is the board's name, so moving by headings through a
  pack lands on the same words at every paper. `retitle` makes the sheet's first heading say
  the paper's item and title, in the same place and style, so no sheet grows; a sheet
  without one gets `paper_heading` before it. Any other heading of the sheet keeps its look
  but is no longer a heading (outline level "body text", which LibreOffice exports as a
  paragraph).
- **Labels.** `cell_kinds` classes each cell of a sheet's tables from how the sheet draws it
  (a label is shaded or bold): a label beside its answer is a row header, a row of labels
  alone column headers, the rest data cells; the header rows stop repeating on a sheet's
  second page.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

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
