"""The text a reader sees in a piece of a Word document.

Deleted text (tracked deletions) and field instructions are not seen; line breaks and
paragraph ends become newlines. A content control still showing its placeholder prompt
("Click or tap here to enter text.") holds no answer: readers of filled-in sheets ask for
`placeholders=False` to leave it out.
"""

from __future__ import annotations

from lxml import etree

from coversheet.word.ns import qn

_T, _BR, _CR, _TAB, _P = qn("w:t"), qn("w:br"), qn("w:cr"), qn("w:tab"), qn("w:p")
_DEL, _INSTR, _DELINSTR = qn("w:del"), qn("w:instrText"), qn("w:delInstrText")
_MOVE_FROM = qn("w:moveFrom")
_PPR, _RPR = qn("w:pPr"), qn("w:rPr")
_SDT_CONTENT, _SDT_PR, _SHOWING_PLACEHOLDER = qn("w:sdtContent"), qn("w:sdtPr"), qn("w:showingPlcHdr")


def text_of(element: etree._Element, *, placeholders: bool = True) -> str:
    """Visible text of `element`: paragraphs joined by newlines, trailing blanks trimmed."""
    paragraphs = element.iter(_P) if element.tag != _P else [element]
    within = element if not placeholders else None
    lines = [paragraph_text(p, within=within) for p in paragraphs]
    return "\n".join(lines).strip()


def paragraph_text(paragraph: etree._Element, *, within: etree._Element | None = None) -> str:
    """The paragraph's visible text; with `within`, text that is a content control's
    placeholder anywhere between the paragraph and `within` is left out too."""
    parts: list[str] = []
    for node in paragraph.iter(_T, _BR, _CR, _TAB):
        if _hidden(node, paragraph) or (within is not None and _placeholder(node, within)):
            continue
        if node.tag == _T:
            parts.append(node.text or "")
        elif node.tag == _TAB:
            if node.getparent() is not None and node.getparent().tag in (_PPR, qn("w:tabs")):
                continue  # a tab stop definition, not a tab character
            parts.append("\t")
        elif node.tag == _BR and node.get(qn("w:type")) in ("page", "column"):
            continue
        else:
            parts.append("\n")
    return "".join(parts)


def _hidden(node: etree._Element, stop: etree._Element) -> bool:
    """Inside a tracked deletion or a move-from: not part of the text a reader sees."""
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in (_DEL, _MOVE_FROM):
            return True
        parent = parent.getparent()
    return False


def _placeholder(node: etree._Element, stop: etree._Element) -> bool:
    """Inside a content control that shows its placeholder prompt instead of an answer."""
    parent = node.getparent()
    while parent is not None:
        if parent.tag == _SDT_CONTENT:
            properties = parent.getparent().find(_SDT_PR) if parent.getparent() is not None else None
            if properties is not None and properties.find(_SHOWING_PLACEHOLDER) is not None:
                return True
        if parent is stop:
            return False
        parent = parent.getparent()
    return False
