"""The board reader's walk: a document's blocks divided into the sheet's sections by a board's labels.

Where the sheet starts (header tables without labels above it), where it ends (a page break,
the paper's own numbered sections, too many paragraphs), and what is looked at past it (a
heading or table of a question not yet found); each table row and paragraph met on the way is
given to its section by `rows.RowSorter`. The result, a `WalkedSheet`, holds no answer yet:
`assemble` reads them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from lxml import etree

from coversheet.errors import UnreadableFile
from coversheet.model.answers import answer_named
from coversheet.word.answers import values
from coversheet.word.answers.people import signature
from coversheet.word.answers.choices import typed_answer_header
from coversheet.word.layout.cells import ROW_NUMBER, Cell, flatten, table_rows
from coversheet.word.layout.marks import bold, page_break
from coversheet.word.matching import labels
from coversheet.word.matching.meaning import CHOICE, LIST, TEXT, YES_NO_NA, Matcher
from coversheet.word.ns import qn
from coversheet.word.readers.board.rows import RowSorter, looks_like_label
from coversheet.word.readers.board.sheet import LABEL_WORDS, MARK_COLUMN, NOTE_COLUMN, NUMBERED_HEADING, Row, WalkedSheet
from coversheet.word.text import text_of

_P, _T, _TBL = qn("w:p"), qn("w:t"), qn("w:tbl")

MAX_PARAGRAPHS = 80  # a form without tables is read this far at most
MAX_PARAGRAPHS_BETWEEN_TABLES = 2
MAX_SKIPPED = 20  # blocks of the report's own text looked through for a question not yet found
_NUMBERED_SCAN = 200  # top-level blocks looked at to tell whether the form numbers its labels
_ROWS_UNDER_HEADERS = 6  # rows under column names looked at for the board's labels
MAX_UNLABELLED_TABLES = 2  # header tables without labels above the sheet's first label
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?(?:\s+(?=\S)|\s*$)")  # "2.1<tab>", under a numbered label
_TOP_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\t")  # "9.<tab>", a part of the form's own count (not "9.1")
# "3.<tab>", "12. " (typed with a space): paragraphs counted through a council report
_COUNTED_PARAGRAPH = re.compile(r"^\s*\d{1,3}\.(?:\t|\s+)\s*(?=\S)")
# The form's remark about itself, printed on every paper: "The main report follows this cover
# sheet.", "Enquiries should be directed to the above person." (no part of any answer)
_ABOUT_THE_FORM = re.compile(
    r"^(?:the\s+(?:main|full)\s+report\s+(?:follows|is\s+attached)[^.]*|"
    r"(?:all\s+)?(?:enquiries|queries)\s+(?:should|may|can)\s+be\s+(?:directed|addressed|made)\s+to\s+the\s+above\s+\w+)\.?$",
    re.IGNORECASE)
_NUMBER_ALONE = re.compile(r"\s*\d{1,3}\.\s*")  # "8." and nothing after it: the paragraph's number, left unanswered


def walk_sheet(blocks: Iterable[etree._Element], matcher: Matcher) -> WalkedSheet:
    """The sheet's sections as `matcher` sees them: read as answers, or proposed as questions by `profile init`."""
    return _Walker(matcher).walk(blocks)


class _Walker(RowSorter):
    """Goes through the document's blocks, handing the sheet's rows to `RowSorter`."""

    def __init__(self, matcher: Matcher):
        super().__init__(matcher)
        self.seen: list[str] = []  # the first lines read, to say what a form no layout fits holds

    def walk(self, blocks: Iterable[etree._Element]) -> WalkedSheet:
        # The body is read as a stream and the walk stops early: a look ahead (does the form
        # number its labels?) is taken from a copy of the stream only when first needed.
        blocks, ahead = itertools.tee(blocks)
        numbered_keys: set[str] | None = None  # the board's questions the form prints as numbered headings
        paragraphs = between = unlabelled = skipped = 0
        started = headings = skipping = False
        beyond = False  # the walk has gone past the sheet's first page or table into the report
        label_number: str | None = None  # the number the current label is printed with ("5")
        for kind, element in flatten(blocks):
            if skipping and self._all_found():
                break  # past the sheet with every question found: nothing more to look for
            if kind == "tbl":
                rows = table_rows(element)
                self.bands, self.over = [], {}  # (labels over answers: in this table's columns, not the next's)
                self.read.tick_columns = {}  # "Yes | No | N/A" over one table's rows: not over the next table's
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
                                self._row(Row([cell]))
                    continue
                if skipping and not self._has_labels(rows, unfound=True):
                    continue  # a table in the paper's own text
                self.read.tables = started = True
                between, skipping = 0, False
                self._table(rows)
                if len(rows) == 1 and self._waiting():
                    # "Background / Executive Summary:" alone in a one-cell table (the form's heading
                    # bar), its answer the paragraphs under it: read them as headings' are
                    headings = True
                continue
            if skipping:  # the report's own text: a long paragraph is no heading, read no further
                skipped += 1
                if skipped > MAX_SKIPPED:
                    break
                if len("".join(element.itertext(_T)).split()) > LABEL_WORDS + 4:
                    continue
            text = text_of(element)
            brake = page_break(element)
            if brake == "before" and (self.read.sections or self.read.tables):
                skipping = True  # the sheet is one page: the paper's own text begins
            if not text or not re.search(r"\w", text):
                if brake and (self.read.sections or self.read.tables):
                    skipping = True
                continue
            if _ABOUT_THE_FORM.match(text):
                continue
            if _NUMBER_ALONE.fullmatch(text) and self.current is not None and self.matcher.kinds.get(self.current.key) in (TEXT, YES_NO_NA):
                continue  # "Equality Impact" over "8." alone: the report counts a paragraph it left empty
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS:
                break
            if len(self.seen) < 3:
                self.seen.append(text)
            beyond = beyond or skipping
            if skipping:
                # Past the sheet, only a heading of a question still to find resumes it (a
                # council report's "5. CONSULTATION RESULTS" among the report's own sections).
                if (signed := signature(text)) is not None:
                    self.read.signatures.append(signed)  # "PHILIP BAKER" / "Deputy Chief Executive" under the report
                match = self.matcher.match(text)
                # ("Contact Officer: Rachel Sweeney, Senior Policy and Scrutiny Adviser" under the
                # report's signature: the board's label, its colon and its answer, in plain type)
                labelled = bool(match.rest) and match.how == "profile" and ":" in text[:len(text) - len(match.rest)] \
                    and len(text.split()) <= LABEL_WORDS
                if not (match.key and match.key not in self.read.sections and match.how in ("profile", "variant")
                        and (labelled or looks_like_label(_cell_of(element, text), [], True))):
                    continue
                headings, between, skipping = True, 0, False
            elif self.read.tables:
                match = self.matcher.match(text)
                resumes = bool(match.key or match.claimed_by) and (
                    match.how in ("profile", "variant") or looks_like_label(_cell_of(element, text), [], True))
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
            numbered = NUMBERED_HEADING.match(text)
            match = self.matcher.match(text)
            content = False
            if numbered and (not match.key or match.rest or match.how == "terms") and not _bold_heading(text, element) and (
                    _sentence(text) or _closed(text, element) or (self.current is not None and self.matcher.kinds.get(self.current.key) in (LIST, CHOICE))):
                # "1.<tab>Approve an uplift of 4.2% ...", "1) Quality – Deliver the best care" under
                # the strategic objectives: a numbered item or option, not a heading
                numbered = None
                counted = _COUNTED_PARAGRAPH.match(text)
                if counted and self.current is not None and self.matcher.kinds.get(self.current.key) in (TEXT, YES_NO_NA) and not (
                        match.key and match.how == "profile" and match.key != self.current.key):  # ("2. Legal – None.": the next question)
                    # "7.<tab>Not applicable.", "5.<tab>Option 1: approve …": a paragraph of the
                    # report's running count is the answer, never a label; its number is no part of it.
                    text, content = text[counted.end():], True
                elif match.key and match.how == "profile" and not _sentence(text):
                    numbered = NUMBERED_HEADING.match(text)
            if numbered and numbered_keys is None:
                numbered_keys = self._numbered_labels(itertools.islice(ahead, _NUMBERED_SCAN))
            if numbered and match.key and match.how == "profile" and len(numbered_keys) >= 2:
                self.numbered = True  # "1.<tab>Purpose of the report": the form numbers the board's own labels
            sub = _PARAGRAPH_NUMBER.match(text) if not match.key else None
            under = sub is not None and label_number is not None and sub.group().strip().split(".")[0] == label_number
            # A numbered heading of a question still to find, past the sheet or one the board
            # requires, is the report's own section the board asks ("5. CONSULTATION RESULTS",
            # "2.<tab>Recommendations" under "1.<tab>Introduction"): read on. (An optional one
            # met first, "1. Purpose of report" under the sheet, is where the report begins.)
            resumed = bool(match.key) and match.how == "profile" and match.key not in self.read.sections and (
                beyond or match.key in self.matcher.required)
            # "1<tab>Purpose" over "2.1<tab>Situation", "2.2<tab>Background", ... the board's labels
            # still to find: the form's own numbered parts, the sheet goes on
            unfound_ahead = numbered is not None and len((numbered_keys or set()) - set(self.read.sections)) >= 2
            if self.read.sections and numbered and not self.numbered and not under and not resumed and not unfound_ahead and not (
                    match.key and (labels.normalise(text) in self.matcher.labels)):
                # "1. Purpose of report": the paper's own sections begin (unless the form numbers its
                # labels); a heading of a question still to find may follow them ("Officer Contact"
                # under the report, over a "Name | Tel | Email" table)
                skipping = True
                continue
            started = started or match.key is not None
            if match.key:  # "5.<tab>CONSULTATION RESULTS": its paragraphs are numbered "5.1", "5.2"
                label_number = numbered.group().strip().split(".")[0] if numbered else None
            if (self.numbered or under) and sub is not None:
                text = text[sub.end():]  # "2.1<tab>That the Board approves": the answer
            if content:
                self._add([_cell_of(element, text)])
                continue
            if self.numbered and not match.key and _bold_heading(text, element):
                # "9.<tab>Statutory Officers comments (Director of Finance, …)" in bold among the
                # form's numbered labels: a part the board does not ask, never more of the answer above
                self._unrecognised(_cell_of(element, text), [])
                continue
            for part in self._tab_parts(text):  # "Part 1 (Open to the public)<tab>ITEM NO. 5": two labels
                for line in self._header_lines(part):
                    for said in self._labelled_phrases(line):
                        self._row(Row([_cell_of(element, said)], paragraph=True))
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

    def _labelled_phrases(self, text: str) -> list[str]:
        """A line that opens with one of the board's labels and threads others of its questions
        still to find through the sentence, as a phrase each: "Report of the Strategic Director |
        to the meeting of the Health and Wellbeing Board | to be held on 20 January 2026"; else
        the line whole."""
        first = self.matcher.match(text) if len(text) <= 400 else None
        if first is None or not (first.key and first.how == "profile" and first.rest):
            return [text]
        within = [(at, key) for at, key in self.matcher.labels_within(text)
                  if key != first.key and key not in self.read.sections and at >= len(text) - len(first.rest)]
        keys = [first.key, *(key for _, key in within)]
        if not within or len(set(keys)) < len(keys):
            return [text]
        cuts = [0, *(at for at, _ in within), len(text)]
        phrases = [text[start:end].strip(" ,;") for start, end in zip(cuts, cuts[1:])]
        said = [self.matcher.match(phrase) for phrase in phrases]
        if not all(match.key == key and match.rest for match, key in zip(said, keys)):
            return [text]  # (a label's words in another's answer, or a label with nothing after it)
        last, tab, after = phrases[-1].partition("\t")  # "to be held on 20 January 2026<tab>AJ": the date ends at the tab
        return [*phrases[:-1], last.strip(), *([after.strip()] if tab and after.strip() else [])]

    def _header_lines(self, text: str) -> list[str]:
        """A paragraph above the sheet's first label or table as its lines, when it is short lines
        broken by hand ("Board Meeting", "04/06/2026", "Open Session", "Item 11": pandoc and Shift+
        Enter write the header block so): each is a header line, as a paragraph each would be."""
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if len(lines) < 2 or self.read.sections or self.read.tables or any(
                len(line.split()) > LABEL_WORDS and not self._labelled_line(line) for line in lines):
            return [text]
        return lines

    def _labelled_line(self, line: str) -> bool:
        """"SUBJECT: Joint Local Health and Wellbeing Strategy 2026-2031 – …": the board's label
        and its answer, however long."""
        found = self.matcher.match(line)
        return bool(found.key and found.how == "profile" and found.rest)

    def _tab_parts(self, text: str) -> list[str]:
        """A paragraph's parts between tabs (or runs of spaces) when each is one of the board's
        labels (with or without its value); else the paragraph whole."""
        # (a run of spaces typed to set a part apart is a tab)
        parts = [part.strip() for part in re.split(r"\t| {3,}", text) if part.strip()]
        if len(parts) < 2:
            return [text]
        keys = [self.matcher.match(part).key for part in parts]
        if None in keys or len(set(keys)) < len(keys) or self.matcher.match(parts[0]).how != "profile":
            last = self.matcher.match(parts[-1])
            if (len(parts) == 2 and last.key and last.how == "profile" and last.rest and not self.read.sections
                    and self.matcher.match(parts[0]).how != "profile"):
                # "HEALTH AND WELLBEING BOARD<tab>DATE: 12 February 2026" at the top: a header line,
                # then the board's label with its answer
                return parts
            return [text]
        return parts

    def _all_found(self) -> bool:
        return all(key in self.read.sections for key in self.matcher.order
                   if key not in ("confidential_reason", "organisation") and not key.startswith("risks.") or key == "risks.associated")

    def _numbered_labels(self, blocks: Iterable[etree._Element]) -> set[str]:
        """The board's questions printed as numbered headings ("1.<tab>Purpose of the report",
        "2.<tab>Recommendations", ...): two or more say the form numbers its labels; one alone
        ("1. Purpose of report" under the sheet) is the paper's own first section."""
        keys: set[str] = set()
        for element in blocks:
            if element.tag != _P:
                continue
            text = text_of(element)
            if NUMBERED_HEADING.match(text):
                match = self.matcher.match(text)
                if match.key and match.how == "profile":
                    keys.add(match.key)
        return keys

    def _has_labels(self, rows: list[list[Cell]], unfound: bool = False) -> bool:
        """Does a row of the table start with one of the board's labels (`unfound`: of a
        question not yet found)?"""
        for cells in rows:
            filled = [cell for cell in cells if cell.text]
            first = filled[0] if filled else None
            if first is not None and len(filled) >= 2 and ROW_NUMBER.fullmatch(first.text.strip()):
                first = filled[1]  # "2. | Date of meeting | 27 January 2027": the form numbers its rows
            key = self.matcher.match(first.text).key if first is not None else None
            if key is not None and not (unfound and key in self.read.sections):
                return True
        return False

    def _table(self, rows: list[list[Cell]]) -> None:
        """A table's rows; under column headers ("Issue | Implications | Sign-off", or "Officer
        Title | Comments Sought | Comments Included" part way down) over rows that each start
        with a label, a question's answer is the first column after its label."""
        for at, cells in enumerate(rows):
            # (the labelled rows are the next few: a table of thousands of rows is not searched
            # again for each of its rows, which made a 10,000-row table overrun its time budget)
            if self._headers_over_labels(cells, rows[at + 1:at + 1 + _ROWS_UNDER_HEADERS]) and not (
                    at and self._labels_across(rows[at - 1])):
                # (not the answers in the row under labels across)
                self._under_headers(cells, rows[at + 1:])
                return
            nested = _tables_filling(cells)
            choosing = self.current is not None and (self.current.key == "purpose" or self.matcher.kinds.get(self.current.key) == CHOICE)
            if nested and not choosing:
                # "Impact assessments" over a row that is one cell holding a table of its own
                # ("Impact | Yes | No | N/A | Comments", "Committee | Date | Outcome"): that table
                # read as a table, its columns its own (a choice's options in a table inside a
                # cell are read with their label, as the row sorter reads them)
                for table in nested:
                    self.read.tick_columns = {}
                    self._table(table_rows(table))
                self.read.tick_columns = {}
                continue
            stacked = self._stacked_labels(cells)
            if stacked:
                for paragraph, text in stacked:
                    self._row(Row([_cell_of(paragraph, text)], paragraph=True))
                continue
            filled = [cell for cell in cells if cell.text]
            if len(filled) == 1 and "\n" not in filled[0].text and len(parts := self._tab_parts(filled[0].text)) > 1:
                # "MUNICIPAL YEAR 2026/2027    REPORT NO. HWB 26/14" across the table's first row:
                # a header line, then the board's label and its answer, set apart by spaces
                for part in parts:
                    self._row(Row([_cell_of(filled[0].element, part)], paragraph=True))
                continue
            self._row(Row(cells))

    def _stacked_labels(self, cells: list[Cell]) -> list[tuple[etree._Element, str]]:
        """"MEETING TITLE AND DATE: / Health and Wellbeing Board / 12 December 2026" beside "Agenda –
        Part: 1 / Item: 6": each cell opens with one of the board's labels and its colon, and holds
        more lines, some of them labelled too; the row's paragraphs, read as lines of a page are
        (each label with the lines under it), in reading order. Empty when the row is not so."""
        lines: list[tuple[etree._Element, str]] = []
        stacked = False  # a cell holds two labelled lines or more
        for cell in (cell for cell in cells if cell.text):
            paragraphs = [(paragraph, text) for paragraph in cell.element.iter(_P) if (text := (text_of(paragraph) or "").strip())]
            said = [self._labelled_with_colon(text) for _, text in paragraphs]
            if not said or not said[0]:
                return []  # (a label alone in its cell is one left unanswered)
            stacked = stacked or sum(said) >= 2
            lines += paragraphs
        # (not "Meeting of: | Date: | Agenda item:", a label a cell: labels over their answers)
        return lines if stacked else []

    def _labelled_with_colon(self, text: str) -> bool:
        """"Item: 6", "Cabinet Member consulted:": one of the board's labels, then its colon."""
        found = self.matcher.match(text) if len(text) <= 200 else None
        return bool(found is not None and found.key and found.how == "profile"
                    and text[:len(text) - len(found.rest)].rstrip().endswith(":"))

    def _under_headers(self, headers: list[Cell], rows: list[list[Cell]]) -> None:
        named = [cell for cell in headers if cell.text]
        answer = named[1].column
        # ("Impact | Yes / No / N/A | Comment": the comment is the answer's explanation)
        notes = {cell.column for cell in named[2:] if NOTE_COLUMN.fullmatch(cell.text.strip())}
        saved = self.read.tick_columns
        typed = {answer: MARK_COLUMN, **dict.fromkeys(notes, "note")} if typed_answer_header(named[1].text) and notes else None
        for cells in rows:
            if len(cells) == len(headers):  # a row laid out as the headers are (not one merged across them)
                cells = [cell for cell in cells if cell is cells[0] or cell.column == answer or cell.column in notes]
            # "No | Not applicable" under "Yes / No | Comments": the answer, then its explanation
            # (for the yes / no / n/a questions; "BAF 1.1 – …" in that column answers a risks row)
            asks = self.matcher.match(cells[0].text).key if typed and cells and cells[0].text else None
            self.read.tick_columns = typed if asks and self.matcher.kinds.get(asks) == YES_NO_NA else saved
            self._row(Row(cells))
        self.read.tick_columns = saved

    def _headers_over_labels(self, headers: list[Cell], below: list[list[Cell]]) -> bool:
        """Column names (three or more short words, none a label of a question still to find, nor
        an answer) over two or more of the rows `below` (the next few) laid out as they are, each
        starting with one of the board's labels ("Officer Title" over the officers consulted, the paper's title found above)."""
        named = [cell for cell in headers if cell.text]
        if not (len(named) >= 3 and all(len(cell.text) <= 40 and not re.search(r"\d", cell.text)
                                        and re.search(r"[^\W\d_]", cell.text) and cell.tick() is None for cell in named)):
            return False  # words, no boxes: looked at first, so a long table costs one pass
        if all(labels.governance_column(cell.text) for cell in named):
            return False  # "Committee / group | Date | Outcome": the history's columns, its forums below
        if self._option_columns(named):
            return False  # "Positive | Neutral | Negative | Commentary": options to mark, each question's row below
        labelled = sum(1 for cells in below
                       if len(cells) == len(headers) and cells[0].text and self.matcher.match(cells[0].text).key)
        return (labelled >= 2 and not any(self._asks(cell.text) for cell in named)
                and not any(answer_named(cell.text) or values.purpose_categories(cell.text) for cell in named))

    def _asks(self, text: str) -> bool:
        found = self.matcher.match(text)
        return bool(found.claimed_by or (found.key and (found.key not in self.read.sections or found.how != "terms")))

    def _labels_across(self, cells: list[Cell]) -> bool:
        return sum(1 for cell in cells if cell.text and self.matcher.match(cell.text).key) >= 2


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _sentence(text: str) -> bool:
    """Is a line a sentence of content (many words, or a closing full stop), not a heading?"""
    words = text.split()
    return len(words) > LABEL_WORDS + 2 or (text.rstrip().endswith((".", ";")) and len(words) > 4)


def _bold_heading(text: str, element: etree._Element) -> bool:
    """"9.<tab>Statutory Officers comments (Director of Finance, …)": a part of the form's own
    count in bold, however long, not closed as a sentence is."""
    return bool(_TOP_NUMBER.match(text)) and bold(element) and not text.rstrip().endswith((".", ";", ":"))


def _closed(text: str, element: etree._Element) -> bool:
    """"7.<tab>Not applicable.", "9.<tab>The following implications have been considered:": a
    numbered paragraph that ends as a sentence does is an answer, however short; a heading is
    not closed with a full stop, and a lead-in to a list is no bold heading."""
    text, words = text.rstrip(), len(text.split())
    one = re.fullmatch(r"\d{1,2}(\.\d+)*\.?\s+(\S+\.)", text)
    if one and not values.says_nothing_to_report(one.group(2)):
        return False  # "2. Background.": one word after the number is a heading however it ends
    return text.endswith((".", ";")) or (text.endswith(":") and words >= 5 and not bold(element))


def _tables_filling(cells: list[Cell]) -> list[etree._Element]:
    """The tables a row holds when it is one cell (merged across the table) holding tables and
    no text of its own; [] otherwise."""
    elements = {id(cell.element): cell.element for cell in cells}
    if len(elements) != 1:
        return []
    cell = next(iter(elements.values()))
    tables = [child for child in cell if child.tag == _TBL]
    own = "".join(text_of(child) or "" for child in cell if child.tag == _P).strip()
    return tables if tables and not own else []


def _cell_of(paragraph: etree._Element, text: str) -> Cell:
    return Cell(paragraph, values.clean(text) or "", 0)


def _labels_of(matcher: Matcher) -> list[str]:
    return [key for key in matcher.order]
