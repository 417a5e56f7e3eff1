"""How a piece of a sheet is set apart: bold, shaded, a heading style, a page break.

A label on a hand-made form is told from the answer beside it by how it is printed; the
reader (`readers.board`) and `profile init` (`forms.form_questions`) ask the same questions of
the same XML, so they ask them here.
"""

from __future__ import annotations

from lxml import etree

from coversheet.word.layout.options import run_has
from coversheet.word.ns import qn

_P, _R, _T, _B = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:b")
_TC, _TCPR, _SHD, _FILL = qn("w:tc"), qn("w:tcPr"), qn("w:shd"), qn("w:fill")
_PPR, _PSTYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_BR, _BR_TYPE, _PAGE_BREAK_BEFORE = qn("w:br"), qn("w:type"), qn("w:pageBreakBefore")


def bold(element: etree._Element) -> bool:
    """Every run with text in `element` is bold."""
    runs = [run for run in element.iter(_R) if "".join(t.text or "" for t in run.iter(_T)).strip()]
    return bool(runs) and all(run_has(run, _B) for run in runs)


def shaded(element: etree._Element) -> bool:
    """A table cell with a fill other than white."""
    properties = element.find(_TCPR) if element.tag == _TC else None
    shading = properties.find(_SHD) if properties is not None else None
    return shading is not None and (shading.get(_FILL) or "auto").lower() not in ("auto", "ffffff")


def heading(element: etree._Element) -> bool:
    """A paragraph (or the first paragraph of a cell) in a Heading or Title style."""
    paragraph = element if element.tag == _P else next(element.iter(_P), None)
    properties = paragraph.find(_PPR) if paragraph is not None else None
    style = properties.find(_PSTYLE) if properties is not None else None
    return style is not None and (style.get(_VAL) or "").lower().startswith(("heading", "title"))


def page_break(paragraph: etree._Element) -> str | None:
    """"before" when the paragraph starts a new page, "after" when a page break follows its
    text, None when it has none."""
    properties = paragraph.find(_PPR)
    if properties is not None and properties.find(_PAGE_BREAK_BEFORE) is not None:
        return "before"
    text_before = False
    for node in paragraph.iter(_T, _BR):
        if node.tag == _T:
            text_before = text_before or bool((node.text or "").strip())
        elif node.get(_BR_TYPE) == "page":
            return "after" if text_before else "before"
    return None


def bold_then_plain(element: etree._Element) -> tuple[str, str] | None:
    """(the bold words, the plain words after them) of a cell or line that begins in bold and
    goes on in plain type; None for any other."""
    runs = [(text, run_has(run, _B)) for run in element.iter(_R)
            if (text := "".join(t.text or "" for t in run.iter(_T)))]
    boldness = [bold for text, bold in runs if text.strip()]
    if not boldness or not boldness[0] or all(boldness):
        return None
    split = next(index for index, (text, bold) in enumerate(runs) if text.strip() and not bold)
    if any(bold for text, bold in runs[split:] if text.strip()):
        return None  # bold again later: emphasis within a sentence, not a label
    label = " ".join("".join(text for text, _ in runs[:split]).split()).rstrip(" :")
    rest = " ".join("".join(text for text, _ in runs[split:]).split())
    return (label, rest) if label and rest else None
