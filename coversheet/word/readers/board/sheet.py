"""What the board reader's walk hands to its assembler: the sheet as sections of labelled rows.

`walk.walk_sheet` divides a document's blocks into a `WalkedSheet` by the board's labels (each
question's `Section`: its label and the rows under it); `assemble.assemble_sheet` reads each
section's rows as an answer of its question's kind. Nothing here reads a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from coversheet.word.layout.cells import Cell

LABEL_WORDS = 10  # a label is this many words at most
# A column of an answer's explanation: "Comments", "Details", "Comments (required where Yes or
# No)" (its instruction in brackets), "If yes, is action detailed in the report? / Comment"
MARK_COLUMN = "mark"  # a tick grid's column where the answer is typed ("Yes / No"), not one option's
NOTE_COLUMN = re.compile(r"(?:.*/\s*)?(comments?|notes?|details?|evidence|commentary)\s*(\(.*\))?\s*:?", re.I | re.S)
# A glossary row's term: "IPC", "EqIA", "IR(ME)R" (two capitals at least, no spaces)
GLOSSARY_TERM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z&()/]{1,9}")
# "1. Purpose of the report", "2.1 Background", "1) Recommendation"; never a date ("12 March
# 2026" under "DATE OF MEETING:")
NUMBERED_HEADING = re.compile(
    r"^\s*\d{1,2}(\.\d+)*[.)]?\s+(?!(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?,?\s*(\d{2,4}\b|$))[A-Z]")
# (a date is no heading, in capitals too: "16 MARCH 2026")


@dataclass
class Row:
    """One row as the walk meets it: a table row's cells, or a paragraph as one cell."""

    cells: list[Cell]
    paragraph: bool = False


@dataclass
class Section:
    """One question's part of the sheet: its label and the rows that answer it."""

    key: str  # a question's key, or "" for an unrecognised label
    label: str
    rows: list[list[Cell]] = field(default_factory=list)
    rest: str = ""  # the value after the label in the label's own cell
    columns: dict[int, str] = field(default_factory=dict)  # the tick columns over it, if any
    how: str = ""  # how its label was matched (`Match.how`): "profile", "variant" or "terms"
    headers: list[str] = field(default_factory=list)  # its answer is a small table under these column names
    element: Any = None  # its label's paragraph or cell
    instruction: str = ""  # the form's words to the author printed under its label ("Tick (✓) the priorities …")


@dataclass
class WalkedSheet:
    """The sheet's sections as a board's labels divide it, before any answer is read."""

    sections: dict[str, Section] = field(default_factory=dict)
    unrecognised: list[Section] = field(default_factory=list)
    preamble: list[tuple[str, etree._Element]] = field(default_factory=list)
    tick_columns: dict[int, str] = field(default_factory=dict)  # grid column -> yes / no / n/a / note
    governance_columns: dict[str, int] = field(default_factory=dict)
    claimed: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (label, keys)
    tables: bool = False
    order: list[Section] = field(default_factory=list)  # every section in the order printed
    tick_sections: set[int] = field(default_factory=set)  # ids of sections read under tick columns
    repeats: dict[str, list[Section]] = field(default_factory=dict)  # a label printed again: its later parts
    between: list[tuple[str, etree._Element]] = field(default_factory=list)  # unlabelled lines between the sheet's tables
    signatures: list[str] = field(default_factory=list)  # "Name, Post" signed in the report's own text, past the sheet
    header_lines: list[tuple[str, etree._Element]] = field(default_factory=list)  # every line above the first label, labelled or not

    def open(self, section: Section) -> Section:
        """`section` as its question's, in the order printed."""
        self.sections[section.key] = section
        self.order.append(section)
        return section
