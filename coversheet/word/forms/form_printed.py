"""What a blank form prints in a cell or on a line, read for `form_questions`: options one a
paragraph with their boxes, a drop-down's items, words printed for the author to keep one of
("Public/Private"), a label in bold running into plain words, a label that runs into its room
to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from coversheet.word.layout.cells import Cell
from coversheet.word.layout.options import boxed_options, run_has, tokens
from coversheet.word.layout.ticks import Tick
from coversheet.word.ns import qn

_P, _R, _T, _B = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:b")
_LIST_ITEM, _DISPLAY, _ITEM_VALUE = qn("w:listItem"), qn("w:displayText"), qn("w:value")
_DROP_DOWN = (qn("w:dropDownList"), qn("w:comboBox"))
_PROMPT_CHOICE = re.compile(r"^choose an item\.?$|^click or tap", re.I)
DELETE_ONE = re.compile(r"\(?\s*delete (one|as appropriate|as applicable)\s*\)?\s*$", re.I)


def paragraph_options(cells: list[Cell]) -> list[tuple[str, Tick]] | None:
    """Options one a paragraph, each with its box ("☐ 1. To give great care"), under
    sub-headings without a box ("Trust Objectives"), which are no options; None unless every
    paragraph holds one box at most."""
    found: list[tuple[str, Tick]] = []
    for cell in cells:
        for paragraph in cell.element.iter(_P):
            items = tokens([paragraph])
            boxes = sum(kind == "box" for kind, _ in items)
            if boxes > 1:
                return None
            if boxes == 1:
                found.extend(boxed_options(items) or [])
    return found or None


def dropdown_items(elements: Iterable[etree._Element]) -> list[str]:
    """A drop-down content control's items, without its "Choose an item." prompt."""
    found: list[str] = []
    for element in elements:
        for tag in _DROP_DOWN:
            for listing in element.iter(tag):
                for item in listing.iter(_LIST_ITEM):
                    shown = " ".join((item.get(_DISPLAY) or item.get(_ITEM_VALUE) or "").split())
                    if shown and item.get(_ITEM_VALUE, shown) and not _PROMPT_CHOICE.match(shown):
                        found.append(shown)
    return list(dict.fromkeys(found))


_RUNS_INTO = re.compile(r"^(.+?\b(?:of|to|from|by)\s+the)\s+(\S.*)$", re.I)


def runs_into_answer(label: str, text: str) -> tuple[str, str]:
    """"REPORT OF THE STRATEGIC DIRECTOR ……": a label with no colon that runs into its room to
    write; the words printed between "of the" and the dots begin the answer (the author
    completes them, "STRATEGIC DIRECTOR PEOPLE", or writes another, "DIRECTOR OF PUBLIC
    HEALTH"), so the label ends at "of the". Any other label is kept whole."""
    if ":" in text:
        return label, ""
    found = _RUNS_INTO.match(label)
    if not found or len(found.group(1).split()) > 5:
        return label, ""
    return found.group(1), found.group(2)


def choice_words(text: str) -> list[str]:
    """"Public/Private", "YES/NO", "[Decision/Discussion/Noting]": the options printed for
    the author to keep one of; [] for any other text."""
    inner = text.strip().strip("[]").strip()
    deleting = DELETE_ONE.search(inner)
    if deleting:  # "For general release or Not for publication delete one"
        inner = inner[:deleting.start()].strip(" ([-–")
        parts = [part.strip() for part in re.split(r"\s*/\s*|\s+or\s+", inner)]
    else:
        parts = [part.strip() for part in re.split(r"\s*/\s*", inner)] if "/" in inner and "N/A" != inner.upper() else []
    if len(parts) < 2 or any(not part or len(part.split()) > 4 for part in parts):
        return []
    return parts


def bold_start(element: etree._Element) -> bool:
    """"**Report of:** [Relevant Executive Director]": the label in bold, its placeholder not."""
    run = next((run for run in element.iter(_R) if "".join(t.text or "" for t in run.iter(_T)).strip()), None)
    return run is not None and run_has(run, _B)
