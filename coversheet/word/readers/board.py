"""Read any board's hand-made Word cover sheet by meaning, under the board's profile.

The default sheet (ics-board-2020) is read by `legacy`, unchanged. Under a board's profile
this reader finds the board's own questions on whatever form the board prints:

- labels are matched by meaning (`meaning.Matcher`): the profile's labels first, then the
  known variants, then key terms; a row two questions claim is reported, given to neither;
- a section ends where the next label-looking row starts (a known label, or a short row that
  is bold, shaded, a heading, in capitals or ends with "?" or ":"); an unknown label's
  content is kept (`RawDraft.unrecognised`), never merged into the answer above it;
- tick boxes in every layout: Yes / No / N/A beside the question, as column headers with a
  box under each and a Comments column (the answer's note), option words each with a box
  (in one cell or a cell each, across a row or one per row), and a choice marked by bold,
  highlight or by striking out the alternatives ("Yes / ~~No~~"), with every box encoding
  `ticks` knows;
- forms without tables: label paragraphs with the answer on the following lines, and
  capitalised headings with prose below; header lines above the first label give the board,
  the meeting date and the title;
- references by the board's pattern: "BAF 2.1 – Elective recovery; BAF 3.2 – UEC capacity"
  is two references.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from coversheet.dates.uk import Month, parse_uk_date
from coversheet.errors import UnreadableFile
from coversheet.model.answers import answer_named, parse_category
from coversheet.model.raw import Noticed, RawDraft, ReadingProblem
from coversheet.word.matching import labels
from coversheet.word.answers import values
from coversheet.word.readers import legacy as _legacy
from coversheet.word.layout.cells import Cell, flatten, table_rows
from coversheet.word.matching.meaning import (
    CHOICE,
    DATE,
    GOVERNANCE,
    LIST,
    PEOPLE,
    PERSON,
    PURPOSE,
    REFERENCES,
    TEXT,
    YES_NO,
    YES_NO_NA,
    Match,
    Matcher,
    matcher_for,
)
from coversheet.word.layout.marks import bold, heading, page_break, shaded
from coversheet.word.ns import qn
from coversheet.word.answers.history import dated_entry, split_history
from coversheet.word.layout.options import boxed_options, cell_options, marked_options, tokens
from coversheet.word.answers.people import parse_people
from coversheet.word.text import text_of
from coversheet.word.answers.worded import worded_answer
from coversheet.word.layout.ticks import (
    Tick,
    boxes_as_glyphs,
    strip_glyphs,
)

_P, _R, _T, _B = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:b")

MAX_PARAGRAPHS = 80  # a form without tables is read this far at most
MAX_PARAGRAPHS_BETWEEN_TABLES = 2
MAX_SKIPPED = 20  # blocks of the report's own text looked through for a question not yet found
_NUMBERED_SCAN = 200  # top-level blocks looked at to tell whether the form numbers its labels
MAX_UNLABELLED_TABLES = 2  # header tables without labels above the sheet's first label
_LABEL_WORDS = 10
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}(\.\d+)*\.?\s+[A-Z]")
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?(?:\s+(?=\S)|\s*$)")  # "2.1<tab>", under a numbered label
_COUNTED_PARAGRAPH = re.compile(r"^\s*\d{1,3}\.\t\s*(?=\S)")  # "3.<tab>", paragraphs counted through a council report
_BOARD_LINE = re.compile(r"\b(board|committee|commission|partnership|council|trust|group|panel|cabinet)\b", re.I)
_MEETING_BODY = re.compile(r"\b(board|committee|commission|partnership|group|panel|cabinet|forum|sub-committee)\b", re.I)
_HEADER_LINE = re.compile(r"\b(19|20)\d\d\b|^(\S+\s+){5,}\S")  # a year, or six words or more
_ITEM_WORDS = re.compile(r"^\s*(?:agenda\s+)?item\s*(?:no\.?|number)?\s*[:.]?\s*(?=\S)", re.I)
_DETAILS = re.compile(r"(detail|finding|comment|explanation|note|further information)( (and |or )?(detail|finding|comment|explanation|note))*")
# "If No or N/A, please explain:", "If yes, give details": the row under a question that explains its answer.
_IF_ANSWERED = re.compile(r"^if\s+(?:yes|no|n/?a|not)\b.{0,30}?\b(?:explain|details?|reasons?|why|describe|state|summari[sz]e)\b", re.I)
_SEPARATORS = re.compile(r"[;\n]+")
_STANDARD_REFERENCE = re.compile(
    r"^(?:risk\s*(?:ref(?:erence)?|no\.?|number)?\s*[:#]?\s*)?"
    r"(?P<id>[A-Z]{1,6}[-/ ]?\d{1,4}(?:\.\d{1,3})*[A-Za-z]?)\b\s*[:–—\-.)]?\s*(?P<description>.*)$"
)
_GOVERNANCE_EXTRA = {"when": "date", "date considered": "date", "what they said": "outcome", "result": "outcome",
                     "decision": "outcome", "recommendation": "outcome", "group": "forum", "body": "forum"}
_SHOW = {"yes": "Yes", "no": "No", "n/a": "N/A"}
_ITEM_CODE = re.compile(r"^\s*(?:item\s*)?(?!(?:19|20)\d\d\b)([A-Z]{0,6}[/.\- ]?\d[\w/.\-]*)\s*[:–—-]?\s+(?=[A-Z])", re.I)
_DAY = type(parse_uk_date("1 January 2020"))
_PRIVATE_WORD = re.compile(r"\b(closed|private|confidential|restricted|not for publication|part (2|ii|b)|exempt)\b", re.I)


@dataclass
class _Row:
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


def walk_sheet(blocks: Iterable[etree._Element], matcher: Matcher) -> WalkedSheet:
    """The sheet's sections as `matcher` sees them: read as answers, or proposed as questions by `profile init`."""
    return _Walker(matcher).walk(blocks)


def read_board(blocks: Iterable[etree._Element], header_paragraphs: Callable[[], list[str]], profile) -> RawDraft:
    """The draft on a hand-made sheet in `blocks`, read by `profile`'s questions."""
    matcher = matcher_for(profile)
    read = walk_sheet(blocks, matcher)
    return _Assembler(read, matcher, profile, header_paragraphs).draft()


# --- walking ------------------------------------------------------------------------------


class _Walker:
    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.read = WalkedSheet()
        self.current: Section | None = None
        self.bands: list[tuple[int, Section]] = []  # lists side by side: (first column, section)
        self.numbered = False  # the form numbers its labels ("1. PURPOSE OF THE REPORT:")
        self.seen: list[str] = []  # the first lines read, to say what a form no layout fits holds
        self.above: tuple[int, Section] | None = None  # a label alone in its row: (its column, its section)
        self.over: dict[int, Section] = {}  # a row of labels alone: column -> its section, answered in the row below

    def walk(self, blocks: Iterable[etree._Element]) -> WalkedSheet:
        # The body is read as a stream and the walk stops early: a look ahead (does the form
        # number its labels?) is taken from a copy of the stream only when first needed.
        blocks, ahead = itertools.tee(blocks)
        numbered_form: bool | None = None
        paragraphs = between = unlabelled = skipped = 0
        started = headings = skipping = False
        label_number: str | None = None  # the number the current label is printed with ("5")
        beyond = False  # the walk has gone past the sheet's first page or table into the report  # headings: label paragraphs met after the sheet's tables
        for kind, element in flatten(blocks):
            if skipping and self._all_found():
                break  # past the sheet with every question found: nothing more to look for
            if kind == "tbl":
                rows = table_rows(element)
                self.bands = []
                if not self.read.tables and not started and not self._has_labels(rows):
                    # A header table without labels (Hackney's commission | date | title | "Item
                    # No 4"): its lines are the header's, and the sheet may begin below it.
                    unlabelled += 1
                    if unlabelled > MAX_UNLABELLED_TABLES:
                        raise UnreadableFile("no cover sheet: the first table holds none of the board's labels",
                                             missing_cover_sheet=True)
                    for cells in rows:
                        for cell in cells:
                            if cell.text:
                                self._row(_Row([cell]))
                    continue
                if skipping and not self._has_labels(rows, unfound=True):
                    continue  # a table in the paper's own text
                self.read.tables = started = True
                between, skipping = 0, False
                self._table(rows)
                continue
            if skipping:  # the report's own text: a long paragraph is no heading, read no further
                skipped += 1
                if skipped > MAX_SKIPPED:
                    break
                if len("".join(element.itertext(_T)).split()) > _LABEL_WORDS + 4:
                    continue
            text = text_of(element)
            brake = page_break(element)
            if brake == "before" and (self.read.sections or self.read.tables):
                skipping = True  # the sheet is one page: the paper's own text begins
            if not text or not re.search(r"\w", text):
                if brake and (self.read.sections or self.read.tables):
                    skipping = True
                continue
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS:
                break
            if len(self.seen) < 3:
                self.seen.append(text)
            beyond = beyond or skipping
            if skipping:
                # Past the sheet, only a heading of a question still to find resumes it (a
                # council report's "5. CONSULTATION RESULTS" among the report's own sections).
                match = self.matcher.match(text)
                if not (match.key and match.key not in self.read.sections and match.how in ("profile", "variant")
                        and _looks_like_label(_cell_of(element, text), [], True)):
                    continue
                headings, between, skipping = True, 0, False
            elif self.read.tables:
                match = self.matcher.match(text)
                resumes = bool(match.key or match.claimed_by) and (
                    match.how in ("profile", "variant") or _looks_like_label(_cell_of(element, text), [], True))
                if resumes:  # "Summary" then its text, below the table: the sheet goes on
                    headings, between = True, 0
                elif not headings:
                    self.read.between.append((text, element))
                    between += 1
                    if between > MAX_PARAGRAPHS_BETWEEN_TABLES:
                        # The paper's own text begins; a later table or heading may still hold
                        # the board's questions not yet found (an implications table).
                        skipping = True
                    continue
            numbered = _NUMBERED_HEADING.match(text)
            match = self.matcher.match(text)
            content = False
            if numbered and (not match.key or match.rest or match.how == "terms") and (
                    _sentence(text) or _closed(text, element) or (self.current is not None and self.matcher.kinds.get(self.current.key) == LIST)):
                numbered = None  # "1.<tab>Approve an uplift of 4.2% ...": a numbered item, not a heading
                counted = _COUNTED_PARAGRAPH.match(text)
                if counted and self.current is not None and self.matcher.kinds.get(self.current.key) == TEXT:
                    # "7.<tab>Not applicable.", "5.<tab>Option 1: approve …": a paragraph of the
                    # report's running count is the answer, never a label; its number is no part of it.
                    text, content = text[counted.end():], True
                elif match.key and match.how == "profile" and not _sentence(text):
                    numbered = _NUMBERED_HEADING.match(text)
            if numbered and match.key and match.how == "profile" and numbered_form is None:
                numbered_form = self._numbers_labels(itertools.islice(ahead, _NUMBERED_SCAN))
            if numbered and match.key and match.how == "profile" and numbered_form:
                self.numbered = True  # "1.<tab>Purpose of the report": the form numbers the board's own labels
            sub = _PARAGRAPH_NUMBER.match(text) if not match.key else None
            under = sub is not None and label_number is not None and sub.group().strip().split(".")[0] == label_number
            # Past the sheet (beyond), a numbered heading of a question still to find is the
            # report's own section the board asks ("5. CONSULTATION RESULTS"): read on.
            resumed = beyond and match.key and match.how == "profile" and match.key not in self.read.sections
            if self.read.sections and numbered and not self.numbered and not under and not resumed and not (match.key and (
                    labels.normalise(text) in self.matcher.labels)):
                break  # "1. Purpose of report": the paper's own sections begin (unless the form numbers its labels)
            started = started or match.key is not None
            if match.key:  # "5.<tab>CONSULTATION RESULTS": its paragraphs are numbered "5.1", "5.2"
                label_number = numbered.group().strip().split(".")[0] if numbered else None
            if (self.numbered or under) and sub is not None:
                text = text[sub.end():]  # "2.1<tab>That the Board approves": the answer
            if content:
                self._add([_cell_of(element, text)])
                continue
            for part in self._tab_parts(text):  # "Part 1 (Open to the public)<tab>ITEM NO. 5": two labels
                self._row(_Row([_cell_of(element, part)], paragraph=True))
            if brake == "after":
                skipping = True
        if len({key for key in self.read.sections if key not in ("board",)}) < 2:
            found = [section.label for section in self.read.order if section.key] or self.seen
            what = ("found only " if any(section.key for section in self.read.order) else "it opens with ") + (
                ", ".join(f"'{_shortened(text)}'" for text in found[:3]) if found else "no text")
            raise UnreadableFile(
                "no cover sheet: the document has none of the board's labels at its start "
                f"({', '.join(_labels_of(self.matcher)[:4])}, ...); {what}", missing_cover_sheet=True)
        return self.read

    def _tab_parts(self, text: str) -> list[str]:
        """A paragraph's parts between tabs when each is one of the board's labels (with or
        without its value); else the paragraph whole."""
        parts = [part.strip() for part in text.split("\t") if part.strip()]
        if len(parts) < 2:
            return [text]
        keys = [self.matcher.match(part).key for part in parts]
        if None in keys or len(set(keys)) < len(keys) or self.matcher.match(parts[0]).how != "profile":
            return [text]
        return parts

    def _all_found(self) -> bool:
        return all(key in self.read.sections for key in self.matcher.order
                   if key not in ("confidential_reason", "organisation") and not key.startswith("risks.") or key == "risks.associated")

    def _numbers_labels(self, blocks: Iterable[etree._Element]) -> bool:
        """Does the form number the board's own labels ("1.<tab>Purpose of the report", "2.<tab>
        Recommendations", ...)? Two or more such headings say so; one alone ("1. Purpose of
        report" under the sheet) is the paper's own first section."""
        keys: set[str] = set()
        for element in blocks:
            if element.tag != _P:
                continue
            text = text_of(element)
            if _NUMBERED_HEADING.match(text):
                match = self.matcher.match(text)
                if match.key and match.how == "profile":
                    keys.add(match.key)
        return len(keys) >= 2

    def _has_labels(self, rows: list[list[Cell]], unfound: bool = False) -> bool:
        """Does a row of the table start with one of the board's labels (`unfound`: of a
        question not yet found)?"""
        for cells in rows:
            first = next((cell for cell in cells if cell.text), None)
            key = self.matcher.match(first.text).key if first is not None else None
            if key is not None and not (unfound and key in self.read.sections):
                return True
        return False

    def _table(self, rows: list[list[Cell]]) -> None:
        """A table's rows; under column headers ("Issue | Implications | Sign-off") over rows
        that each start with a label, a question's answer is the first column after its label."""
        headers = rows[0] if rows else []
        named = [cell for cell in headers if cell.text]
        labelled = sum(1 for cells in rows[1:] if cells and cells[0].text and self.matcher.match(cells[0].text).key)
        if (len(named) >= 3 and labelled >= 2 and not any(self.matcher.match(cell.text).key for cell in named)
                and not any(answer_named(cell.text) for cell in named) and all(len(cell.text) <= 40 for cell in named)):
            answer = named[1].column
            for cells in rows[1:]:
                self._row(_Row([cell for cell in cells if cell is cells[0] or cell.column == answer]))
            return
        for cells in rows:
            self._row(_Row(cells))

    def _row(self, row: _Row) -> None:
        filled = [cell for cell in row.cells if cell.text or (cell.tick() not in (None, Tick.EMPTY))]
        if not filled:
            return
        if (row.paragraph and not self.read.sections and not self.read.tables and self.current is None
                and len(self.read.preamble) < self.matcher.header_lines):
            self.read.preamble.append((filled[0].text, filled[0].element))  # a header line the profile places
            return
        above, self.above = self.above, None
        over, self.over = self.over, {}
        if over and not row.paragraph and all(cell.column in over for cell in filled) and not any(
                cell.text and self.matcher.match(cell.text).key for cell in filled):
            # "Author: | Chief Officer Responsible:" over "Priya Mistry … | Paul Hendry …": each
            # label's answer in the row below, in its column.
            for cell in filled:
                over[cell.column].rows.append([cell])
            return
        if (above is not None and not row.paragraph and len(filled) == 1 and filled[0].column == above[0]
                and above[1] is self.current and not self.matcher.match(filled[0].text).key
                and not filled[0].text.rstrip().endswith((":", "?")) and not filled[0].text.isupper()):
            # "AGENDA ITEM" over "2025-26/114": the label's answer in the row below, same column.
            self.current.rows.append([filled[0]])
            return
        first = filled[0]
        if not first.text:  # a row of boxes: belongs to the section above
            self._add(row.cells)
            return
        if self._tick_header(filled):
            return
        if self.bands:
            head = self.matcher.match(first.text) if len(first.text) <= 200 else None
            if head is None or not (head.key or head.claimed_by):
                self._banded(row.cells)
                return
            self.bands = []
        if self.current is not None and self.current.key and self.matcher.kinds.get(self.current.key) == GOVERNANCE:
            if self._governance_header(filled):
                return
            if len(filled) > 1 and not self.matcher.match(first.text).key:
                self._add(row.cells)
                return
        if self._column_headers(filled, row.paragraph):
            return
        if not row.paragraph and self._labels_over_answers(filled):
            return
        if self._explains(first):  # "Details/Findings | Reviewed by the solicitor.": the answer's note
            self.current.rows.append(row.cells[row.cells.index(first) + 1:])
            return
        match = self.matcher.match(first.text) if len(first.text) <= 200 else None
        after = row.cells[row.cells.index(first) + 1:]
        if not row.paragraph and len(filled) > 2 and (
                written := self.matcher.by_options(first.text, [cell.text for cell in after])) is not None:
            match = Match(written, how="profile")  # "For: | Decision ☐ | Discussion ☐ | Noting ☒"
        if "\n" in first.text and not (match is not None and (match.claimed_by or (match.key and not match.rest))):
            split = self._label_above(first)
            if split is not None:  # "This report makes the following recommendations:" then them, in one cell
                self._row(_Row([*split, *after], row.paragraph))
                return
        if (match is not None and match.how == "terms" and row.paragraph and self.current is not None and not match.rest
                and not _looks_like_label(first, [first], True) and ":" not in " ".join(first.text.split()[:8])):
            match = None  # "N/A – no financial implications.": a plain line of the answer, whatever its words
        if (match is not None and match.how == "terms" and not self.read.sections and not self.read.tables
                and not match.rest and ":" not in first.text and _HEADER_LINE.search(first.text)):
            match = None  # "Air Quality Annual Status Report 2021" over the sheet: its title, not a "status" label
        if match is not None and match.claimed_by:
            self.read.claimed.append((first.text, match.claimed_by))
            self.current = Section("", first.text)  # its content is given to no question
            return
        if (match is not None and match.key and self.current is not None and match.key == self.current.key
                and not self.current.rows and not self.current.rest and match.how != "profile" and not after):
            match = None  # "ACTION" then "The Commission is requested to ...": the answer, not the label again
        held = self.read.sections.get(match.key) if match is not None and match.key else None
        if held is not None and {held.how, match.how} == {"profile", "terms"}:
            # "Background" beside the board's own "Executive summary", before or after it: the
            # board asks it apart from the question its words suggest, so neither is merged
            # into the other; the one matched only by its words is kept as unrecognised.
            if match.how == "terms":
                self._unrecognised(first, after)
                return
            del self.read.sections[held.key]
            held.key = ""
            self.read.unrecognised.append(held)
        if match is not None and match.key:
            if match.rest and values.printed_instruction(match.rest):
                match = dataclasses.replace(match, rest="")  # "Wards Affected:  List wards or tick box": the form's words
            self.numbered = self.numbered or bool(_NUMBERED_HEADING.match(first.text))
            earlier = self.read.sections.get(match.key)
            if earlier is not None and (earlier.rows or earlier.rest):
                # A label printed twice ("Purpose:" the ticks, later "Purpose:" a sentence): the
                # second part is kept apart, for the assembler to read as that question's text.
                section = Section(match.key, first.text, rest=match.rest, columns=self.read.tick_columns, how=match.how,
                                  element=first.element)
                self.read.repeats.setdefault(match.key, []).append(section)
                self.read.order.append(section)
            elif earlier is not None:
                section = earlier
            else:
                section = self.read.sections[match.key] = Section(match.key, first.text, rest=match.rest,
                                                                   columns=self.read.tick_columns, how=match.how,
                                                                   element=first.element)
                self.read.order.append(section)
            bands = self._side_by_side(match.key, after)
            if bands:  # "Link to CQC Domain | box | Link to the Strategic Missions | box": two questions
                self.bands = [(first.column, section), *bands]
                after = [cell for cell in after if cell.column < bands[0][0]]
            if after or match.rest:
                section.rows.append(after)
            if not row.paragraph and not match.rest and not after:  # the label the row's last cell
                self.above = (first.column, section)
            self.current = section
            return
        if self.current is None and not self.read.sections:
            self.read.preamble.append((first.text, first.element))
            return
        row = _Row([cell for cell in row.cells if not self._label_with_value(cell, first)], row.paragraph)
        filled = [cell for cell in filled if cell in row.cells]
        after = [cell for cell in after if cell in row.cells]
        under_columns = bool(self.read.tick_columns) and any(
            cell.column in self.read.tick_columns and cell.tick() not in (None, Tick.EMPTY) for cell in after)
        if under_columns or _looks_like_label(first, [cell for cell in filled if cell.text], row.paragraph):
            self._unrecognised(first, after)
            return
        if (row.paragraph and self.current.rest and self.matcher.kinds.get(self.current.key) == DATE
                and not any(cell.text for cells in self.current.rows for cell in cells)):
            # "Council of Governors Meeting – 2 December 2025" then the title in bold: the date is
            # answered on its own line; the next line is no part of it.
            self._unrecognised(first, after)
            return
        self._add(row.cells)

    def _label_with_value(self, cell: Cell, first: Cell) -> bool:
        """"26th November 2025 | Item 7": a later cell of a row that is one of the board's labels with
        its value in the same cell ("Item 7") answers that question, not the one above."""
        if cell is first or not cell.text or "\n" in cell.text or len(cell.text) > 60:
            return False
        match = self.matcher.match(cell.text)
        if not (match.key and match.how == "profile" and match.rest) or match.key in self.read.sections:
            return False
        section = self.read.sections[match.key] = Section(match.key, cell.text, rest=match.rest, how=match.how)
        self.read.order.append(section)
        return True

    def _labels_over_answers(self, filled: list[Cell]) -> bool:
        """A row of the board's own labels and nothing else ("Author: | Chief Officer
        Responsible for the report:"): their answers are in the row below, column by column."""
        if len(filled) < 2 or not all(cell.text for cell in filled):
            return False
        matches = [self.matcher.match(cell.text) for cell in filled]
        keys = [match.key for match in matches]
        if not all(match.key and match.how == "profile" and not match.rest for match in matches) or len(set(keys)) < len(keys):
            return False
        if not all(_looks_like_label(cell, [cell], False) for cell in filled):
            return False  # "Purpose: | Assurance": the option picked, plain, beside its label
        if any(key in self.read.sections for key in keys):
            return False
        self.over = {}
        for cell, match in zip(filled, matches):
            section = self.read.sections[match.key] = Section(match.key, cell.text, columns=self.read.tick_columns, how=match.how)
            self.read.order.append(section)
            self.over[cell.column] = section
        self.current = section
        return True

    def _explains(self, first: Cell) -> bool:
        """Is the row the explanation of the Yes / No / N/A question above it ("Details/Findings",
        "Details", "Findings", "Comments", or the labels the profile gives as its `details`)?"""
        section = self.current
        if section is None or not section.key or self.matcher.kinds.get(section.key) != YES_NO_NA or len(first.text) > 60:
            return False
        said = labels.normalise(first.text) or first.text.casefold()
        return (said in self.matcher.details.get(section.key, ()) or bool(_DETAILS.fullmatch(said))
                or bool(_IF_ANSWERED.match(first.text.strip())))

    def _column_headers(self, filled: list[Cell], paragraph: bool) -> bool:
        """"Timetable" then "Meeting | Date" over "Committee | 9th November 2021": a small
        table as a question's answer, its first row naming the columns, not asking questions."""
        section = self.current
        answered = any(cell.text or cell.tick() not in (None, Tick.EMPTY) for row in section.rows for cell in row) if section else True
        if (paragraph or section is None or not section.key or answered or section.rest or len(filled) < 2
                or self.matcher.kinds.get(section.key) not in (TEXT,)):
            return False
        for cell in filled:
            found = self.matcher.match(cell.text)
            if len(cell.text) > 40 or "\n" in cell.text or found.how in ("profile", "variant") or re.search(r"\d", cell.text):
                return False  # "Executive Team | 17 November 2025" is an answer, not column names
        section.headers = [cell.text for cell in filled]
        return True

    def _label_above(self, cell: Cell) -> tuple[Cell, Cell] | None:
        """A cell whose first line is one of the board's own labels, its answer on the lines
        below: (the label, the answer) as two cells of the row."""
        head, _, below = cell.text.partition("\n")
        found = self.matcher.match(head)
        if not (found.key and found.how == "profile" and below.strip()
                and (not found.rest or values.printed_instruction(found.rest))):
            return None
        answer = copy.deepcopy(cell.element)
        for paragraph in answer.iter(_P):
            if text_of(paragraph).strip():
                paragraph.getparent().remove(paragraph)  # the label's own paragraph
                break
        return Cell(cell.element, head, cell.column), Cell(answer, below.strip(), cell.column)

    def _side_by_side(self, key: str, after: list[Cell]) -> list[tuple[int, Section]]:
        """Other questions' labels further along a label's row: lists side by side, each
        question owning the columns from its label to the next label."""
        bands: list[tuple[int, Section]] = []
        for cell in after:
            match = self.matcher.match(cell.text) if cell.text and len(cell.text) <= 200 else None
            head, _, below = cell.text.partition("\n")
            if match is not None and match.rest and below.strip() and self.matcher.match(head).key == match.key \
                    and not self.matcher.match(head).rest:
                match = dataclasses.replace(match, rest=below.strip())  # "Date" over "07/01/2026" in one cell
            elif match is not None and match.rest:
                continue
            if cell is after[0] or match is None or not match.key or match.key == key or match.key in self.read.sections:
                continue  # the cell right after a label is its answer ("Purpose: | Assurance"), never a label
            if match.how != "profile" and not _looks_like_label(cell, [cell], False):
                continue
            section = self.read.sections[match.key] = Section(match.key, cell.text, rest=match.rest,
                                                               columns=self.read.tick_columns, how=match.how)
            self.read.order.append(section)
            bands.append((cell.column, section))
        for at, (column, section) in enumerate(bands):  # "Agenda No: | 5 | Attachment: | 03": its value beside it
            end = bands[at + 1][0] if at + 1 < len(bands) else None
            beside = [cell for cell in after if cell.column > column and (end is None or cell.column < end)]
            if any(cell.text for cell in beside):
                section.rows.append(beside)
        return bands

    def _banded(self, cells: list[Cell]) -> None:
        """A row under lists side by side: each cell to the question whose columns hold it."""
        parts: dict[int, list[Cell]] = {}
        for cell in cells:
            at = max((index for index, (column, _) in enumerate(self.bands) if column <= cell.column), default=0)
            parts.setdefault(at, []).append(cell)
        for at, part in parts.items():
            if any(cell.text or cell.tick() not in (None, Tick.EMPTY) for cell in part) or len(part) > 1:
                self.bands[at][1].rows.append(part)

    def _unrecognised(self, first: Cell, after: list[Cell]) -> None:
        """A label no question of the board claims: its text is kept, given to none."""
        section = Section("", first.text, columns=self.read.tick_columns, element=first.element)
        if after:  # a value cell, empty or not (a heading row has none)
            section.rows.append(after)
        self.read.unrecognised.append(section)
        self.read.order.append(section)
        if self.read.tick_columns and any(cell.column in self.read.tick_columns for cell in after):
            self.read.tick_sections.add(id(section))
        self.current = section

    def _add(self, cells: list[Cell]) -> None:
        if self.current is not None:
            self.current.rows.append(cells)

    def _tick_header(self, filled: list[Cell]) -> bool:
        """"Impact | Yes | No | N/A | Comments": the options as column headers."""
        columns: dict[int, str] = {}
        for cell in filled:
            answer = answer_named(cell.text)
            if answer is not None:
                columns[cell.column] = answer.value
            elif re.fullmatch(r"(comments?|notes?|details?|evidence|commentary)", cell.text.strip(), re.I):
                columns[cell.column] = "note"
        options = [value for value in columns.values() if value != "note"]
        if len(options) < 2 or len(columns) < len(filled) - 1:
            return False
        self.read.tick_columns = columns
        self.current = None
        return True

    def _governance_header(self, filled: list[Cell]) -> bool:
        columns = {}
        for cell in filled:
            key = labels.governance_column(cell.text) or _GOVERNANCE_EXTRA.get(labels.normalise(cell.text))
            if key is None:
                return False
            columns[key] = cell.column
        if not {"forum", "outcome"} <= set(columns) and not {"forum", "date"} <= set(columns):
            return False
        self.read.governance_columns = columns
        return True


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _sentence(text: str) -> bool:
    """Is a line a sentence of content (many words, or a closing full stop), not a heading?"""
    words = text.split()
    return len(words) > _LABEL_WORDS + 2 or (text.rstrip().endswith((".", ";")) and len(words) > 4)


def _closed(text: str, element: etree._Element) -> bool:
    """"7.<tab>Not applicable.", "9.<tab>The following implications have been considered:": a
    numbered paragraph that ends as a sentence does is an answer, however short; a heading is
    not closed with a full stop, and a lead-in to a list is no bold heading."""
    text, words = text.rstrip(), len(text.split())
    one = re.fullmatch(r"\d{1,2}(\.\d+)*\.?\s+(\S+\.)", text)
    if one and not values.says_nothing_to_report(one.group(2)):
        return False  # "2. Background.": one word after the number is a heading however it ends
    return text.endswith((".", ";")) or (text.endswith(":") and words >= 5 and not bold(element))


def _cell_of(paragraph: etree._Element, text: str) -> Cell:
    return Cell(paragraph, values.clean(text) or "", 0)


def _labels_of(matcher: Matcher) -> list[str]:
    return [key for key in matcher.order]


def _looks_like_label(first: Cell, filled: list[Cell], paragraph: bool) -> bool:
    text = first.text.strip()
    if len(filled) > 2 or "\n" in text or len(text.split()) > _LABEL_WORDS or len(text) > 80:
        return False
    if answer_named(text) is not None or values.says_nothing_to_report(text):
        return False  # "N/A", "YES", "NONE" in capitals: an answer, never a label
    if re.search(r"\d", text) and isinstance(parse_uk_date(text), _DAY):
        return False  # "26th November 2025" in bold under the meeting's name: an answer
    if text.isupper() and len(text) > 2:
        return True
    formatted = bold(first.element) or shaded(first.element) or heading(first.element)
    if paragraph:  # in running text "Attached please find:" is prose; a label there is set apart
        return formatted
    return formatted or text.endswith(("?", ":"))


class _Assembler:
    def __init__(self, read: WalkedSheet, matcher: Matcher, profile, header_paragraphs: Callable[[], list[str]]):
        self.read = read
        self.matcher = matcher
        self.profile = profile
        self.header_paragraphs = header_paragraphs
        self.data: dict[str, Any] = {}
        self.noticed: list[Noticed] = []
        self.answer_texts: dict[str, str] = {}

    def draft(self) -> RawDraft:
        if "confidential" in self.matcher.kinds and "confidential" not in self.read.sections:
            self._delete_one_left()
            self._one_word_left()
        legacy_sheet = _legacy.Sheet()
        legacy_sheet.governance_columns = self.read.governance_columns
        for key, section in self.read.sections.items():
            kind = self.matcher.kinds[key]
            if kind != PURPOSE:  # a label printed twice: one answer, read from both parts
                for again in self.read.repeats.get(key, []):
                    section.rows.extend(self._rows(again))
            rows = self._rows(section)
            if self._prompt(key, rows):
                rows = []
            if kind == DATE:
                rows = _dated(rows)
            grid = _name_value_grid(rows) if kind in (GOVERNANCE, TEXT) else None
            if grid is None and kind == GOVERNANCE:
                grid = _forums_across(rows)
            if grid is not None and kind == GOVERNANCE:  # the forums printed, a date beside those it went to
                self.data["governance"] = _grid_history(grid)
            elif key.startswith("questions."):
                self._own(key, kind, section, rows)
            elif kind in (TEXT, DATE, PEOPLE, PERSON, LIST, GOVERNANCE):
                legacy_sheet.values[key] = rows
            elif kind == YES_NO:
                self._confidential(section, rows)
            elif kind == PURPOSE:
                self._purpose(section, rows)
            elif kind == YES_NO_NA:
                self._ticks(key, section, rows)
            elif kind == REFERENCES:
                self._risk_text(rows)
        assembler = _legacy.Assembler(legacy_sheet, lambda: [])
        legacy = assembler.draft()
        for name, value in legacy.data.items():
            if name in ("confidential", "purpose") and name not in legacy_sheet.values:
                continue
            if name == "governance" and value:
                value = [split for entry in value for split in _split_governance(entry)]
            self.data.setdefault(name, value) if name != "risks" else None
        self.noticed.extend(legacy.noticed)
        self._item_and_title()
        self._preamble()
        self._claims()
        not_found = self._mismatch()
        unrecognised = [{"label": s.label, "text": self._text(self._rows(s))} for s in self.read.unrecognised]
        unrecognised = [entry for entry in unrecognised if entry["text"]]
        if unrecognised:
            shown = ", ".join(f"'{entry['label']}'" for entry in unrecognised)
            self.noticed.append(Noticed(ReadingProblem.UNRECOGNISED_LABELS,
                                        f"Labels not understood (their text is kept under `unrecognised` by extract): {shown}."))
        return RawDraft(self.data, noticed=self.noticed, unrecognised=unrecognised, not_found=not_found,
                        answer_texts=self.answer_texts)

    # --- plumbing ---

    def _prompt(self, key: str, rows: list[list[Cell]]) -> bool:
        """A blank form's prompt where the answer goes: "The Commission is requested to …" (left
        unfinished), or the question's own help text ("What the paper is ...")."""
        text = self._text(rows)
        if text is None or "\n" in text:
            return False
        if text.rstrip().endswith(("…", "...")) and len(text.split()) <= 12:
            return True
        if re.fullmatch(r"\[[^\]]*\]", text.strip()) or (text.rstrip().endswith(":") and len(text.split()) <= 3):
            return True  # "[Decision/Discussion/Noting]", "Supplied by:": the template's prompt, left
        question = self.profile.question(key) if not key.startswith("risks.") else None
        return bool(question is not None and question.help and _fold(question.help) == _fold(text))

    def _rows(self, section: Section) -> list[list[Cell]]:
        rows = list(section.rows)
        if section.rest:
            rows = [[Cell(etree.Element(_P), section.rest, 0)]] + [r for r in rows if r]
        return rows

    @staticmethod
    def _cells(rows: list[list[Cell]]) -> list[etree._Element]:
        return [cell.element for row in rows for cell in row if cell.text or cell.tick() not in (None, Tick.EMPTY)]

    def _marked(self, rows: list[list[Cell]]) -> bool:
        """Is an option marked by formatting (bold, highlight, struck out)?"""
        marked = marked_options(self._cells(rows))
        return marked is not None and any(marked.values())

    @staticmethod
    def _text(rows: list[list[Cell]]) -> str | None:
        return values.clean("\n".join(cell.text for row in rows for cell in row if cell.text))

    def _set(self, path: str, value: Any) -> None:
        *parents, last = path.split(".")
        node = self.data
        for name in parents:
            node = node.setdefault(name, {}) if isinstance(node.get(name), dict) or name not in node else node[name]
        node[last] = value

    def _items(self, section: Section, rows: list[list[Cell]]) -> list[tuple[str, Any]]:
        found = tokens(self._cells(rows)) if section.rows else []
        if section.rest:
            found = [("text", section.rest)] + found
        return found

    # --- tick-box questions ---

    def _answer(self, key: str, label: str, section: Section, rows: list[list[Cell]],
                words: dict[str, str]) -> tuple[str | None, str | None]:
        """(answer, note) of a question answered by picking one of `words` (word -> value)."""
        chosen: list[str] = []
        note_parts: list[str] = []
        lone = [cell for row in rows for cell in row if cell.text or cell.tick() not in (None, Tick.EMPTY)]
        if len(lone) == 1 and "yes" in words.values() and lone[0].tick() is Tick.CHECKED and (
                not strip_glyphs(lone[0].text).strip() or lone[0].text.strip() in ("✓", "✔", "X", "x")):
            return "yes", None  # "Report Approved | ✓": one box beside the question, ticked, is its yes
        columns = section.columns
        by_column = columns and rows and any(cell.column in columns for cell in rows[0])
        if by_column and section.rows:
            for cell in rows[0]:
                option = columns.get(cell.column)
                if option == "note":
                    if cell.text:
                        note_parts.append(cell.text)
                elif option is not None and cell.tick() is Tick.CHECKED:
                    chosen.append(option)
            for row in rows[1:]:
                note_parts.extend(cell.text for cell in row if cell.text)
            return self._one(key, label, chosen), values.clean("\n".join(note_parts))
        paired = cell_options(rows, lambda text: _value_of(text, words)) if section.rows else None
        if paired is not None:  # "Yes | x | note" over "No | | ": each option's box a cell of its own
            options, notes = paired
            chosen = [value for value, tick in options if tick is Tick.CHECKED]
            return self._one(key, label, chosen), values.clean("\n".join(notes))
        items = self._items(section, rows)
        boxed = boxed_options(items)
        if boxed is None and any(kind == "box" for kind, _ in items) is False:
            marked = marked_options(self._cells(rows)) if section.rows else None
            if marked is not None and all(_value_of(word, words) for word in marked):
                chosen = [_value_of(word, words) for word, on in marked.items() if on]
                return self._one(key, label, chosen), None
            answer, note = worded_answer(self._text(rows), words)
            return answer, values.clean(note)
        for text, tick in boxed or []:
            value = _value_of(text, words) if tick is not Tick.EMPTY else None
            if value is None:
                note_parts.append(text)
            elif tick is Tick.CHECKED:
                chosen.append(value)
        return self._one(key, label, chosen), values.clean("\n".join(note_parts))

    def _one(self, key: str, label: str, chosen: list[str]) -> str | None:
        distinct = list(dict.fromkeys(chosen))
        if len(distinct) > 1:
            shown = " and ".join(_SHOW.get(v, v) for v in distinct)
            self.noticed.append(Noticed(ReadingProblem.AMBIGUOUS_ANSWER, f"'{label}' has {shown} marked: the answer is not clear.", _answer_path(key)))
            return None
        return distinct[0] if distinct else None

    def _ticks(self, key: str, section: Section, rows: list[list[Cell]]) -> None:
        answer, note = self._answer(key, section.label, section, rows, _YES_NO_NA)
        if key.startswith("implications."):
            self._set(key, {"answer": answer, "note": note} if answer or note else None)
        else:
            self._set(key, answer)
            if note and key == "risks.associated":
                self._set("risks.note", note)

    def _confidential(self, section: Section, rows: list[list[Cell]]) -> None:
        words = dict(_YES_NO)
        words[self.profile.confidentiality.public.casefold()] = "no"
        words[self.profile.confidentiality.private.casefold()] = "yes"
        answer, note = self._answer("confidential", section.label, section, rows, words)
        if answer is None and not rows:
            answer = self._label_says(section)
        self.data["confidential"] = None if answer is None else answer == "yes"
        written = self._boxed_text(section, rows)
        if written is not None:
            self.answer_texts["confidential"] = written
        if answer == "yes" and note and not self.data.get("confidential_reason"):
            self.data["confidential_reason"] = note

    def _delete_one_left(self) -> None:
        """"For general release or Not for publication (delete one)" left whole, taken for another
        label: the confidentiality is not clear (both words left), never a reason for privacy."""
        for section in self.read.order:
            if section.key not in ("", "confidential_reason") or section.rows and self._text(self._rows(section)):
                continue
            if len(self._label_words(section)) > 1:  # both words left: not clear (CS004)
                words = self.profile.confidentiality
                self.noticed.append(Noticed(
                    ReadingProblem.AMBIGUOUS_ANSWER,
                    f"'{section.label}' is left whole: delete '{words.public}' or '{words.private}'.", "confidential"))
                self.data["confidential"] = None
                if section.key:
                    self.read.sections.pop(section.key, None)
                return

    def _item_and_title(self) -> None:
        """"Agenda Item and title: QSC/25/12/05 Quality and Safety Exception Report": one row asking
        both, the paper's reference first; the title is the words after it."""
        section = self.read.sections.get("title")
        title = self.data.get("title")
        if section is None or not isinstance(title, str) or not re.search(r"\b(item|number|no|ref|reference)\b", section.label, re.I):
            return
        code = _ITEM_CODE.match(title)
        if code is None or not title[code.end():].strip():
            return
        self.data["title"] = title[code.end():].strip()
        if "agenda_item" in self.matcher.kinds and not self.data.get("agenda_item"):
            self.data["agenda_item"] = code.group(1)

    def _one_word_left(self) -> None:
        """"OPEN" alone above the sheet whose form prints "OPEN / CLOSED": the author deleted the
        other word, and the one left is the answer ("no" for an open paper, "yes" for a closed one)."""
        if self.data.get("confidential") is not None or "confidential" in self.read.sections:
            return
        question = self.profile.question("confidential")
        printed = [part for label in (question.labels if question is not None else []) for part in
                   (labels.normalise(part) for part in re.split(r"\s*/\s*|\s+or\s+", label)) if part]
        if len(printed) < 2:
            return
        lines = [text for text, _ in self.read.preamble] + [
            section.label for section in self.read.order[:3] if not section.key and not section.rows]
        for text in lines:
            said = labels.normalise(text)
            if said in printed:
                self.data["confidential"] = "yes" if _PRIVATE_WORD.search(said) else "no"
                return

    def _label_says(self, section: Section) -> str | None:
        """A "delete one" line left with one word ("For general release", its label and its
        answer): "no" for the public word, "yes" for the private one; both left is not clear."""
        return self._one("confidential", section.label, self._label_words(section))

    def _label_words(self, section: Section) -> list[str]:
        """The confidentiality answers whose words a label holds: "no" for the public word, "yes" for the private."""
        said = labels.normalise(section.label)
        public = labels.normalise(self.profile.confidentiality.public)
        private = labels.normalise(self.profile.confidentiality.private)
        return [value for word, value in ((public, "no"), (private, "yes")) if word and f" {word} " in f" {said} "]

    def _boxed_text(self, section: Section, rows: list[list[Cell]]) -> str | None:
        """The answer's whole text as written, every box shown as the glyph of its state."""
        parts = [section.rest] if section.rest else []
        parts += [text_of(boxes_as_glyphs(cell.element)) for row in rows for cell in row]
        return values.clean("\n".join(part for part in parts if part and part.strip()))

    # --- choices ---

    def _purpose(self, section: Section, rows: list[list[Cell]]) -> None:
        self._purpose_ticked(section, rows)
        question = self.profile.question("purpose")
        purpose = self.data.get("purpose")
        if question is not None and question.multiple is False and purpose and len(purpose.get("categories") or []) > 1:
            # "Tick one box only" with two ticked: not clear, never read as either.
            shown = [word for word in (purpose.get("text") or "").splitlines() if word.strip()] or purpose["categories"]
            self._one("purpose", section.label, shown)
            self.data["purpose"] = None
        again = [self._text(self._rows(part)) for part in self.read.repeats.get("purpose", [])]
        said = values.clean("\n".join(text for text in again if text))
        if said:  # "Purpose:" printed again for the purpose in words: that sentence is its text
            purpose = self.data.get("purpose") or {"categories": values.purpose_categories(said), "text": None}
            self.data["purpose"] = {**purpose, "text": said}

    def _purpose_ticked(self, section: Section, rows: list[list[Cell]]) -> None:
        words = {word.casefold(): category.value for word, category in self.profile.purposes.items()}
        text = self._text(rows)
        paired = cell_options(rows, lambda text: text if _category(text, words) else None) if section.rows else None
        if paired is not None:  # "Decision | Discussion | Noting" over "☐ | ☒ | ☐", "Decision ✓"
            ticked = [word for word, tick in paired[0] if tick is Tick.CHECKED]
            categories = [c for c in (_category(w, words) for w in ticked) if c]
            said = "\n".join(paired[1]) or "\n".join(ticked) or None
            self.data["purpose"] = {"categories": list(dict.fromkeys(categories)) or None, "text": said} if said else None
            return
        unmarked = section.rows and not any(kind == "box" for kind, _ in self._items(section, rows)) and not self._marked(rows)
        said = _said_options(text, lambda line: _category(line, words), len(set(words.values())) or 5) if unmarked else None
        if said is not None:  # "Information/Noting": a purpose word as printed, the others deleted
            self.data["purpose"] = {"categories": list(dict.fromkeys(said)), "text": text}
            return
        items = self._items(section, rows)
        boxed = boxed_options(items)
        if boxed is not None:
            ticked = [words_ for words_, tick in boxed if tick is Tick.CHECKED]
            categories = [c for c in (_category(w, words) for w in ticked) if c]
            plain = "\n".join(words_ for words_, tick in boxed if tick is Tick.EMPTY)
            purpose = {"categories": list(dict.fromkeys(categories)) or None, "text": plain or ("\n".join(ticked) or None)}
            self.data["purpose"] = purpose if ticked or plain else None  # a blank form's boxes: not answered
            return
        marked = marked_options(self._cells(rows)) if section.rows else None
        if marked is not None and sum(1 for w in marked if _category(w, words)) >= 2:
            ticked = [w for w, on in marked.items() if on]
            categories = [c for c in (_category(w, words) for w in ticked) if c]
            self.data["purpose"] = {"categories": categories or None, "text": "\n".join(ticked) or None}
            return
        if text is None:
            self.data["purpose"] = None
            return
        categories = values.purpose_categories(text) or ([c] if (c := _category(text, words)) else None)
        self.data["purpose"] = {"categories": categories, "text": text}

    def _choice(self, key: str, question, section: Section, rows: list[list[Cell]]) -> Any:
        options = {_fold(option): option for option in question.options or []}
        paired = cell_options(rows, lambda text: _option_named(text, options)) if section.rows else None
        items = self._items(section, rows)
        unmarked = section.rows and not any(kind == "box" for kind, _ in items) and not self._marked(rows)
        said = _said_options(self._text(rows), lambda line: _option_named(line, options), len(options)) if unmarked else None
        boxed = boxed_options(items) if paired is None and said is None else None
        if paired is not None:  # "Safe | ☐", "SR1 | Workforce capacity | ☒": a box cell each
            ticked = [option for option, tick in paired[0] if tick is Tick.CHECKED]
        elif said is not None:  # the option as printed, the others deleted ("Information/Noting")
            ticked = said
        elif boxed is not None:
            ticked = [options.get(_fold(words), words) for words, tick in boxed if tick is Tick.CHECKED]
            # (text beside no box is not an option)
        else:
            marked = marked_options(self._cells(rows)) if section.rows else None
            if marked is not None:
                ticked = [options.get(_fold(w), w) for w, on in marked.items() if on]
            else:
                text = self._text(rows)
                ticked = [options.get(_fold(line), line) for line in (text or "").splitlines() if line.strip()]
                if len(options) == 1 and ticked == list(options.values()) and _beside_empty_cell(rows, ticked[0]):
                    ticked = []  # "Wards Affected: | [ ] | All": the one option printed beside its box, left empty
        if question.multiple:
            return ticked or None
        return self._one(key, section.label, ticked)

    # --- the board's own questions ---

    def _own(self, key: str, kind: str, section: Section, rows: list[list[Cell]]) -> None:
        question = self.profile.question(key)
        name = key.partition(".")[2]
        questions = self.data.setdefault("questions", {})
        text = self._text(rows)
        if kind == YES_NO_NA:
            answer, note = self._answer(key, section.label, section, rows, _YES_NO_NA)
            questions[name] = {"answer": answer, "note": note} if answer or note else None
        elif kind == CHOICE:
            questions[name] = self._choice(key, question, section, rows)
        elif kind == REFERENCES:
            # {id, description} as risks.references: "BAF 2.1 – Elective recovery"; the id by the board's pattern.
            questions[name] = references(text, _pattern_of(question.pattern))[0]
        elif kind == LIST:
            questions[name] = values.recommendations(self._cells(rows)) if section.rows else ([text] if text else None)
        elif kind == DATE:
            questions[name] = _date(text)
        elif kind == "person":
            people = parse_people(text)
            questions[name] = people[0] if people else None
        elif kind == TEXT and (grid := _name_value_grid(rows)) is not None:
            # "Executive Team | 17 November 2025 | Other (specify) | ": the names filled in, "name: value" a line
            questions[name] = values.clean("\n".join(f"{name_}: {value}" for name_, value in grid if value))
        elif section.headers:  # "Meeting | Date" over its rows: one line a row, "Committee – 9th November 2021"
            lines = [" – ".join(cell.text for cell in row if cell.text) for row in rows]
            questions[name] = values.clean("\n".join(line for line in lines if line))
        else:
            questions[name] = text

    def _risk_text(self, rows: list[list[Cell]]) -> None:
        found, note = references(self._text(rows), _STANDARD_REFERENCE)
        risks = self.data.setdefault("risks", {})
        risks["references"] = found
        risks["note"] = note

    # --- the rest ---

    def _preamble(self) -> None:
        """Header lines above the first label: the board, the meeting date, the title."""
        lines = self.read.preamble or [(text, None) for text in self.header_paragraphs()]
        placed = self._placed_lines(lines)
        # "Health and Wellbeing Board<tab>21 January 2026": the board and the date on one line.
        if not placed:
            lines = [(part.strip(), element) for text, element in lines for part in text.split("\t") if part.strip()]
        lines = [(text, element) for at, (text, element) in enumerate(lines, 1) if at not in placed]
        boards = [text for text, _ in lines if _BOARD_LINE.search(text) and len(text) <= 90]
        # "Brighton & Hove City Council" over "Health & Wellbeing Board": the council or trust
        # is the organisation; the board is the line that names a meeting body.
        meeting = [text for text in boards if _BOARD_LINE.sub("", text) != text and _MEETING_BODY.search(text)]
        board = (meeting or boards or [None])[0]
        for text, element in lines:
            if "board" in self.matcher.kinds and not self.data.get("board") and text == board:
                self.data["board"] = text.strip()
            elif "meeting_date" in self.matcher.kinds and not self.data.get("meeting_date") and isinstance(
                    (day := parse_uk_date(text)), type(parse_uk_date("1 January 2020"))):
                self.data["meeting_date"] = day.isoformat()
            elif self._title_line(text, element):
                self.data["title"] = text.strip()
        for text, element in self.read.between:  # "REPORT TO THE GOVERNING BODY" then the title, in bold
            if self._title_line(text, element):
                self.data["title"] = text.strip()
        for section in self.read.order[:3]:
            # "Report of the Director of Public Health" then the title, bold, then "Summary": an
            # unlabelled bold line among the header's labels, with nothing under it, is the title.
            if (not section.key and not any(cell.text for row in section.rows for cell in row) and section.label != board
                    and self._title_line(section.label, section.element, boards=False)):
                self.data["title"] = section.label.strip()
        agenda = self.data.get("agenda_item")
        if isinstance(agenda, str) and (item := _ITEM_WORDS.sub("", agenda).strip()):
            self.data["agenda_item"] = item  # "Item 6.1", "Agenda item 7": the item is "6.1", "7"

    def _placed_lines(self, lines: list[tuple[str, etree._Element | None]]) -> set[int]:
        """The header lines the profile places (`line = N` on a question): each read as its
        question's answer, whatever the guesses below would make of it."""
        placed: set[int] = set()
        for question in self.profile.questions:
            if question.line is None or question.line > len(lines):
                continue
            placed.add(question.line)
            key = question.path
            if key in self.read.sections and (self.data.get(key) if not question.own else None):
                continue  # answered by its label
            text = lines[question.line - 1][0].strip()
            kind = self.matcher.kinds.get(key, TEXT)
            value: Any = _date(text) if kind == DATE else text
            if question.own:
                self.data.setdefault("questions", {})[question.name] = value
            else:
                self.data[key] = value
        return placed

    def _title_line(self, text: str, element: etree._Element | None, boards: bool = True) -> bool:
        """An unlabelled bold line that is the paper's title (not the organisation's or the
        board's name, nor "Report to ..." above it)."""
        return bool("title" in self.matcher.kinds and "title" not in self.read.sections and not self.data.get("title")
                    and element is not None and bold(element) and 10 <= len(text) <= 200
                    and not _NUMBERED_HEADING.match(text) and not (boards and _BOARD_LINE.search(text))
                    and not re.match(r"(nhs\b|report to\b)", text.strip(), re.I))

    def _claims(self) -> None:
        for label, keys in self.read.claimed:
            shown = " and ".join(keys)
            for key in keys:
                self.noticed.append(Noticed(
                    ReadingProblem.AMBIGUOUS_ANSWER,
                    f"The row '{label}' could answer {shown}: it was given to neither; ask each question on its own row.",
                    _answer_path(key)))

    def _mismatch(self) -> tuple[str, ...]:
        """Most of the profile's labels missing: one finding, not one "not answered" each.

        Returns the paths of the questions not found, for the rules to leave alone; the
        questions that were found are still checked (a missing author on a defective paper is
        still told beside the mismatch)."""
        asked = [key for key in self.matcher.order if key not in ("board", "organisation", "confidential_reason")
                 and (not key.startswith("risks.") or key == "risks.associated")]
        # Header lines read by position (Hackney's date and title) count as found.
        missing = [key for key in asked if key not in self.read.sections and not self.data.get(key)]
        if len(asked) >= 4 and len(missing) * 2 > len(asked):
            shown = ", ".join(f"'{self.profile.label_for(key) or key}'" for key in missing)
            found = len(asked) - len(missing)
            self.noticed.append(Noticed(
                ReadingProblem.PROFILE_MISMATCH,
                f"The sheet does not match the board profile '{self.profile.name}' it was checked under: only {found} of its "
                f"{len(asked)} labels were found; not found: {shown}.",
                hint=f"The '{self.profile.name}' profile was expected: restore the sheet's missing rows, or, "
                     "if this is another board's form, name its profile in coversheet.toml or run `coversheet profile init` "
                     "on its blank form."))
            unseen = [key for key in self.matcher.order if key not in self.read.sections and not self.data.get(key)]
            return tuple("risks" if key == "risks.associated" else key for key in unseen)
        return ()


_YES_NO_NA = {"yes": "yes", "no": "no", "n/a": "n/a", "na": "n/a", "not applicable": "n/a", "y": "yes", "n": "no"}
_YES_NO = {"yes": "yes", "no": "no", "y": "yes", "n": "no"}


def _dated(rows: list[list[Cell]]) -> list[list[Cell]]:
    """"BoD 26.11.25" then "26th November 2025" under the meeting's name: the date is the cell
    that reads as one, when the first does not."""
    texts = [cell for row in rows for cell in row if cell.text]
    if len(texts) < 2 or isinstance(parse_uk_date(texts[0].text), _DAY):
        return rows
    dated = next((cell for cell in texts if isinstance(parse_uk_date(cell.text), _DAY)), None)
    return [[dated]] if dated is not None else rows


def _value_of(word: str, words: dict[str, str]) -> str | None:
    word = " ".join(strip_glyphs(word).split()).strip(" .,;:/").casefold()
    if word in words:
        return words[word]
    answer = answer_named(word)
    return answer.value if answer is not None and answer.value in words.values() else None


def _category(word: str, words: dict[str, str]) -> str | None:
    folded = " ".join(word.split()).strip(" .,;:").casefold()
    if folded in words:
        return words[folded]
    value = getattr(parse_category(folded), "value", None)
    return value if isinstance(value, str) and value in ("approval", "endorsement", "discussion", "assurance", "information") else None


_CODE = re.compile(r"[A-Za-z]{1,6}[-/ ]?\d{1,3}(?:\.\d{1,2})*[a-z]?")


def _option_named(text: str, options: dict[str, str]) -> str | None:
    """The option (as the profile prints it) that `text` names: its words, or its code
    ("SR1" for "SR1 Demand and Capacity", and "SR1 Workforce capacity" for an option "SR1").
    With no options known, any short line is an option."""
    folded = _fold(text)
    if not folded:
        return None
    if not options:
        return text.strip() if len(text) <= 80 and "\n" not in text and not _TYPED_X.fullmatch(text) else None
    if folded in options:
        return options[folded]
    code = text.split()[0] if "\n" not in text.strip() else ""
    if _CODE.fullmatch(code):
        named = [option for option in options.values() if option.split() and option.split()[0].casefold() == code.casefold()]
        if len(named) == 1:
            return named[0]
    return None


_TYPED_X = re.compile(r"\s*[xX]\s*")


def _said_options(text: str | None, option_of: Callable[[str], str | None], offered: int) -> list[str] | None:
    """Every line of `text` an option, whole ("Information/Noting", "Discussion / Review"), and
    fewer of them than the form offers (the others deleted; all of them is a blank form's list):
    those options, read as written before any splitting at their slashes."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    found = [option_of(line) for line in lines]
    return found if lines and all(found) and len(set(found)) < offered else None


def _fold(text: str) -> str:
    return " ".join(labels.normalise(text).split())


def _name_value_grid(rows: list[list[Cell]]) -> list[tuple[str, str]] | None:
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


def _beside_empty_cell(rows: list[list[Cell]], option: str) -> bool:
    """Is the option printed in a cell of its own with an empty cell just before it (its box)?"""
    for row in rows:
        for before, cell in zip(row, row[1:]):
            if _fold(cell.text) == _fold(option) and not before.text and before.tick() in (None, Tick.EMPTY):
                return True
    return False


def _forums_across(rows: list[list[Cell]]) -> list[tuple[str, str]] | None:
    """The forums printed across a row, each date written in the row below under its forum
    ("Finance & Investment | Integrated Governance | Executive" over " | 27/11/2025 | 25/11/2025"):
    (forum, date) for every column, or None when the rows are not such a grid."""
    filled = [row for row in rows if any(cell.text for cell in row)]
    if len(filled) != 2:
        return None
    names, below = filled
    if len([cell for cell in names if cell.text]) < 3 or any(
            len(cell.text) > 60 or "\n" in cell.text or parse_uk_date(cell.text) is not None for cell in names if cell.text):
        return None
    written = {cell.column: cell.text for cell in below if cell.text}
    if not written or not all(parse_uk_date(text) is not None for text in written.values()):
        return None
    columns = {cell.column for cell in names if cell.text}
    if not set(written) <= columns:
        return None
    return [(cell.text, written.get(cell.column, "")) for cell in names if cell.text]


def _grid_history(grid: list[tuple[str, str]]) -> list[dict]:
    """The forums whose cell is filled: a date beside the forum, or "Other (specify)" with the
    forum and date written in."""
    entries: list[dict] = []
    for forum, value in grid:
        if not value:
            continue
        if parse_uk_date(value) is not None:
            entries.append(dated_entry({"forum": forum, "date": value, "outcome": None}))
        else:
            entries.extend(dated_entry(found) for found in split_history(value))
    return entries


def _split_governance(entry: dict) -> list[dict]:
    """One cell of history as written ("Committee – 14 March 2024 – Supported; Executive team,
    12/02/2024"): each entry's forum, date and outcome (`history.split_history`)."""
    if entry.get("date") or entry.get("outcome") or not entry.get("forum"):
        return [entry]
    return [dated_entry(found) for found in split_history(entry["forum"])]


def _has_box(cell: Cell) -> bool:
    return cell.tick() not in (None, Tick.EMPTY) or any(kind == "box" for kind, _ in tokens([cell.element]))


def _answer_path(key: str) -> str:
    return f"{key}.answer" if key.startswith("implications.") else key


def _date(text: str | None) -> str | None:
    if text is None:
        return None
    parsed = parse_uk_date(text)
    if parsed is None or isinstance(parsed, Month):
        return text
    return parsed.isoformat()


def _pattern_of(pattern: str | None) -> re.Pattern:
    """The board's pattern for one reference id as the start of "ID – description"."""
    if not pattern:
        return _STANDARD_REFERENCE
    body = pattern.removeprefix("^").removesuffix("$")
    return re.compile(rf"^(?P<id>{body})\s*[:–—\-.)]?\s*(?P<description>.*)$")


def references(text: str | None, pattern: re.Pattern) -> tuple[list[dict] | None, str | None]:
    """(references, note): each part ("; " or a line) that starts with an id is a reference."""
    text = values.clean(text)
    if text is None:
        return None, None
    if values.says_nothing_to_report(text):
        return [], None
    found, other = [], []
    for part in _SEPARATORS.split(text):
        part = part.strip()
        if not part:
            continue
        match = pattern.match(part)
        if match and match.group("id"):
            found.append({"id": match.group("id").strip(), "description": match.group("description").strip() or None})
        else:
            other.append(part)
    return (found or None), ("\n".join(other) or None)
