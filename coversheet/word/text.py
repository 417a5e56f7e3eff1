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
_TABS, _BR_TYPE = qn("w:tabs"), qn("w:type")
_TEXT_TAGS = (_T, _BR, _CR, _TAB)
_HIDING = frozenset({_DEL, _MOVE_FROM, _SDT_CONTENT})  # deleted, moved away, or a prompt (`within`)
_WALK_TAGS = (*_TEXT_TAGS, *_HIDING)


def text_of(element: etree._Element, *, placeholders: bool = True) -> str:
    """Visible text of `element`: paragraphs joined by newlines, trailing blanks trimmed."""
    paragraphs = element.iter(_P) if element.tag != _P else [element]
    within = element if not placeholders else None
    lines = [paragraph_text(p, within=within) for p in paragraphs]
    return "\n".join(lines).strip()


def paragraph_text(paragraph: etree._Element, *, within: etree._Element | None = None) -> str:
    """The paragraph's visible text; with `within`, text that is a content control's
    placeholder anywhere between the paragraph and `within` is left out too."""
    above = False  # a control above the paragraph (up to `within`) shows its prompt
    if within is not None:
        above = _prompt_above(paragraph, within)
        if above is None:  # `within` is not above the paragraph: look node by node
            return _paragraph_text_by_node(paragraph, within)
        if above:
            return ""
    # One walk in document order; a deletion, a move or a control showing its prompt comes
    # before the text within it, which is set aside rather than each text node looking up
    # through its ancestors.
    parts: list[str] = []
    skipped: set[etree._Element] | None = None
    for node in paragraph.iter(_WALK_TAGS):
        tag = node.tag
        if tag in _HIDING:
            if tag == _SDT_CONTENT and (within is None or not _shows_prompt(node)):
                continue
            if skipped is None:
                skipped = set()
            skipped.update(node.iter(_TEXT_TAGS))
        elif skipped is not None and node in skipped:
            continue
        elif tag == _T:
            parts.append(node.text or "")
        elif tag == _TAB:
            if node.getparent() is not None and node.getparent().tag in (_PPR, _TABS):
                continue  # a tab stop definition, not a tab character
            parts.append("\t")
        elif tag == _BR and node.get(_BR_TYPE) in ("page", "column"):
            continue
        else:
            parts.append("\n")
    return "".join(parts)


def _prompt_above(paragraph: etree._Element, within: etree._Element) -> bool | None:
    """Whether a control showing its prompt encloses the paragraph, up to `within` (as
    `_placeholder` looks); None when `within` is not the paragraph or above it."""
    found = False
    node: etree._Element | None = paragraph
    while node is not None:
        if node.tag == _SDT_CONTENT and _shows_prompt(node):
            found = True
        if node is within:
            return found
        node = node.getparent()
    return None


def _shows_prompt(content: etree._Element) -> bool:
    parent = content.getparent()
    properties = parent.find(_SDT_PR) if parent is not None else None
    return properties is not None and properties.find(_SHOWING_PLACEHOLDER) is not None


def _paragraph_text_by_node(paragraph: etree._Element, within: etree._Element | None) -> str:
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
