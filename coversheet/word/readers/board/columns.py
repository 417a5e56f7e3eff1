"""A table's first row read as the names of its columns, not as questions: the options of a
tick grid ("Impact | Yes | No | N/A | Comments"), a choice's options as headers ("Positive |
Neutral | Negative"), a history's columns ("Committee | Date | Outcome"), and a small table
answering a question ("Meeting | Date"). The row sorter asks these of each row before it looks
for a label in it.
"""

from __future__ import annotations

import re

from coversheet.word.answers.choices import column_answer, says_how_to_mark
from coversheet.word.answers.people import people_columns
from coversheet.word.layout.cells import Cell
from coversheet.word.layout.ticks import Tick
from coversheet.word.matching import labels
from coversheet.word.matching.meaning import CHOICE, LIST, PEOPLE, PERSON, REFERENCES, TEXT, YES_NO_NA, Matcher
from coversheet.word.readers.board.sheet import NOTE_COLUMN, Section, WalkedSheet

_GOVERNANCE_EXTRA = {"when": "date", "date considered": "date", "what they said": "outcome", "result": "outcome",
                     "decision": "outcome", "recommendation": "outcome", "group": "forum", "body": "forum"}
_HEADER_WORDS = re.compile(r"[^\W\d_][\w /&'-]{0,30}")  # a column's name: a few words, no figures


def history_column(text: str) -> str | None:
    """"Committee" -> "forum", "Date considered" -> "date", "What they said" -> "outcome", "Y/N"
    -> "mark" (whether the paper went to the forum printed in the row)."""
    if labels.names_a_mark_column(text, yes_no=True):
        return "mark"
    return labels.governance_column(text) or _GOVERNANCE_EXTRA.get(labels.normalise(text))


class ColumnHeaders:
    """The row sorter's reading of column names (its `matcher`, the sheet `read` so far and the
    `current` question's section)."""

    matcher: Matcher
    read: WalkedSheet
    current: Section | None

    def _column_headers(self, filled: list[Cell], paragraph: bool) -> bool:
        """"Timetable" then "Meeting | Date" over "Committee | 9th November 2021": a small
        table as a question's answer, its first row naming the columns, not asking questions."""
        section = self.current
        # (a lead-in over the table, "... please get in touch with:", answers nothing)
        answered = any((cell.text and not cell.text.rstrip().endswith(":")) or cell.tick() not in (None, Tick.EMPTY)
                       for row in section.rows for cell in row) if section else True
        kind = self.matcher.kinds.get(section.key) if section is not None else None
        # (a list's table names three columns, "Background Papers | Held At | Contact": two are a
        # glossary's term and meaning, "VCS | Velindre Cancer Service")
        if (kind == CHOICE and not paragraph and not answered and not section.rest and not section.headers and len(filled) == 2
                and labels.names_a_mark_column(filled[1].text, yes_no=True) and not self.matcher.match(filled[0].text).key):
            # "Strategic Priority | Select Y/N" under the priorities' heading: the options a row
            # each below, each marked in the second column
            section.headers = [cell.text for cell in filled]
            return True
        if (paragraph or section is None or not section.key or answered or section.rest or section.headers
                or len(filled) < (3 if kind == LIST else 2)
                or kind not in (TEXT, LIST, REFERENCES, PEOPLE, PERSON)):
            return False
        if kind in (PEOPLE, PERSON) and people_columns([cell.text for cell in filled]) is None:
            return False  # ("Name | Title / Organisation" over a row each: the people)
        # ("Title of Document | File Ref No. | Locations that the papers are available for public
        # inspection" over the background papers: a list's columns may be named at length, and
        # "Title of Document" is no "Title" label run into its answer)
        longest = 80 if kind == LIST else 40
        for cell in filled:
            found = self.matcher.match(cell.text)
            asks = found.how in ("profile", "variant") and found.key not in self.read.sections and not found.rest[:1].islower()
            if len(cell.text) > longest or "\n" in cell.text or asks or re.search(r"\d", cell.text):
                # "Executive Team | 17 November 2025" is an answer, not column names ("No. | Title"
                # over the appendices are, the paper's title asked above)
                return False
        section.headers = [cell.text for cell in filled]
        return True

    def _tick_header(self, filled: list[Cell]) -> bool:
        """"Impact | Yes | No | N/A | Comments": the options as column headers (a "☐ Yes | ☒ No"
        row is a question answered beside its label, its boxes in the words' cells)."""
        if any(cell.tick() in (Tick.CHECKED, Tick.UNCHECKED) and not says_how_to_mark(cell.text) for cell in filled):
            return False  # (a "Yes (✓)" column says how to mark it; "☐ Yes" is an answer's box)
        columns: dict[int, str] = {}
        for cell in filled:
            answer = column_answer(cell.text)
            if answer is not None:
                columns[cell.column] = answer
            elif NOTE_COLUMN.fullmatch(cell.text.strip()):
                columns[cell.column] = "note"
        options = [value for value in columns.values() if value != "note"]
        if len(options) < 2:
            columns = self._option_columns(filled) or columns  # "| Positive | Neutral | Negative | Commentary"
            options = [value for value in columns.values() if value != "note"]
        last = filled[-1]
        if (len(set(options)) >= 2 and last.column not in columns and len(filled) >= 4
                and all(column < last.column for column in columns) and not self.matcher.match(last.text).key):
            # "… | YES | NO | If yes, what are the implications? If no, please explain": the column
            # after the answers' columns, however its header asks it, holds their explanations
            columns[last.column] = "note"
        if len(set(options)) < 2 or len(columns) < len(filled) - 1:
            return False  # (not "Data protection | N/A | Not applicable.": one answer twice is an answer, no header)
        asked = self.matcher.match(filled[0].text) if filled[0].column not in columns else None
        if (asked is not None and asked.key and asked.how in ("profile", "variant") and not asked.rest
                and self.matcher.kinds.get(asked.key) == YES_NO_NA and asked.key not in self.read.sections
                and len(options) == 2):
            return False  # ("Equality, diversity and inclusion | No | Not applicable": the board's question answered)
        self.read.tick_columns = columns
        self.current = None
        return True

    def _option_columns(self, filled: list[Cell]) -> dict[int, str]:
        """Column headers that are the options of the board's choices asked a row each below them
        ("Positive | Neutral | Negative" over "Health Impact: | X | | "): each column its option as
        printed, and a comment column; {} when the headers are not one choice's options."""
        keys = [{key for key in self.matcher.options if self.matcher.is_option(key, cell.text)} for cell in filled]
        shared = set.intersection(*[found for found in keys if found]) if any(keys) else set()
        named = [cell for cell, found in zip(filled, keys) if found]
        if len(named) < 2 or not shared or any(self.matcher.match(cell.text).key for cell in filled):
            # ("Impact | Quality | Legal | Finance": the question's label beside its options, boxes
            # below; "Name | Designation": a word that is a label as well as an option)
            return {}
        columns = {cell.column: cell.text.strip() for cell in named}
        columns.update({cell.column: "note" for cell in filled if cell not in named and NOTE_COLUMN.fullmatch(cell.text.strip())})
        return columns

    def _governance_header(self, filled: list[Cell]) -> bool:
        if any(len(cell.text.split()) > 6 or cell.text.rstrip().endswith(".") for cell in filled):
            # ("Recommendation: | The Board is asked to note the report." under the history: the
            # board's next question and its answer, a sentence, not the history's "Outcome | Forum")
            return False
        columns = {}
        named: list[str] = []
        unnamed = [cell for cell in filled if not history_column(cell.text)]
        for cell in filled:
            key = history_column(cell.text)
            if key is None and len(filled) == 2 and unnamed == [cell] and cell is filled[0] and _HEADER_WORDS.fullmatch(cell.text):
                key = "forum"  # "Role | Date" over "Executive Director, Adult Social Care | 01/12/2026": who, then when
            if key is None:
                return False
            columns[key] = cell.column
            named.append(key)
        if set(named) == {"date"} and len(named) >= 2:
            # " | Date | | Date" over "Trust Board | | Executive Management Team | 03/11/2025": the
            # forums printed, each with its date's cell beside it, two pairs a row: the header
            # names only the dates, and the rows below are the grid
            return True
        if not {"forum", "outcome"} <= set(columns) and not {"forum", "date"} <= set(columns):
            return False
        self.read.governance_columns = columns
        return True
