"""The board reader's walk, row by row: is a row a label (and of which question), an answer to
the label above, tick columns, a governance header, or a label no question claims?

`RowSorter` holds what carries from one row to the next (the current section, lists side by
side, labels over their answers) and gives each row to its section of the `WalkedSheet`;
`walk._Walker` feeds it the rows of the document's tables and paragraphs; a table's first row
read as column names (tick grids, a history's columns) is `columns.ColumnHeaders`'s.
"""

from __future__ import annotations

import copy
import dataclasses
import re

from coversheet.dates.uk import parse_uk_date
from coversheet.model.answers import answer_named
from coversheet.word.answers import values
from coversheet.word.answers.dates import dated_line
from coversheet.word.answers.history import holds_a_date
from coversheet.word.answers.people import is_contact_detail, is_post_label, is_post_line, looks_like_name, signature
from coversheet.word.answers.references import STANDARD_REFERENCE
from coversheet.word.layout.cells import Cell
from coversheet.word.layout.marks import bold, bold_then_plain, heading, shaded
from coversheet.word.layout.options import paragraph_of
from coversheet.word.layout.ticks import Tick, strip_glyphs
from coversheet.word.matching import labels
from coversheet.word.matching.meaning import (
    DATE, GOVERNANCE, LIST, PEOPLE, PERSON, REFERENCES, TEXT, YES_NO_NA, Match, Matcher, without_leading_dash)
from coversheet.word.ns import qn
from coversheet.word.readers.board.columns import ColumnHeaders, history_column
from coversheet.word.readers.board.sheet import GLOSSARY_TERM, LABEL_WORDS, NUMBERED_HEADING, Row, Section, WalkedSheet
from coversheet.word.text import text_of

_P, _TR = qn("w:p"), qn("w:tr")
# "How this report contributes", "Comments": the column where an option is picked by writing beside it
_WRITTEN_COLUMN = re.compile(r"how\b.*|.*\bcontribut\w*\b.*|(?:comments?|details?|notes?|evidence|commentary)\s*:?", re.IGNORECASE)
_R, _LINE_BREAKS = qn("w:r"), {qn("w:br"), qn("w:cr")}
# A row's number in a column of its own: "I", "IV", "3", "3.", "(a)", "b)"
_ENUMERATOR = re.compile(r"\(?(?:[IVXLivxl]{1,6}|\d{1,3}|[a-zA-Z])[.)]?")
_ADDRESS = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|\b(?:town|city|county|civic)\s+hall\b", re.IGNORECASE)  # a postcode, "The Town Hall"
_NUMBER_CELL = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")  # "1.00", "2.01": a section's or paragraph's number in a cell of its own
_COUNT_CELL = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")  # … or an item's ("1" in a numbered list's table)

_HEADER_LINE = re.compile(r"\b(19|20)\d\d\b|^(\S+\s+){5,}\S")  # a year, or six words or more
_DETAILS = re.compile(r"(detail|finding|comment|explanation|note|further information)( (and |or )?(detail|finding|comment|explanation|note))*")
# "If No or N/A, please explain:", "If yes, give details": the row under a question that explains its answer.
_IF_ANSWERED = re.compile(r"^if\s+(?:yes|no|n/?a|not)\b.{0,30}?\b(?:explain|details?|reasons?|why|describe|state|summari[sz]e)\b", re.I)
_DAY = type(parse_uk_date("1 January 2020"))


_FOOTNOTE = re.compile(r"^\d{1,2}\s+(?=[^\W\d])")  # "1 Status: ...": a footnote's number, no full stop after it


class RowSorter(ColumnHeaders):
    """Gives each row of the sheet to its section (`_row`), keeping what one row tells of the next."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.read = WalkedSheet()
        self.current: Section | None = None
        self.bands: list[tuple[int, Section]] = []  # lists side by side: (first column, section)
        self.numbered = False  # the form numbers its labels ("1. PURPOSE OF THE REPORT:")
        self.above: tuple[int, Section] | None = None  # a label alone in its row: (its column, its section)
        # a row of labels alone: column -> its sections, answered in the rows below, one a row
        # ("Committee and Date" over "Cabinet" over "11th December 2024")
        self.over: dict[int, list[Section]] = {}
        self.header_answered: set[str] = set()  # questions answered by their labels among the placed header lines

    def _word_left_beside(self, key: str | None, filled: list[Cell]) -> Cell | None:
        """The row's last cell when it holds only the word an author left of a "Public / Non-Public"
        the form prints for another question still to find, or both words (no box in the row)."""
        last = filled[-1]
        said = last.text.strip()
        if not key or last is filled[0] or not said or "\n" in said or len(said) > 80:
            return None
        found = self.matcher.match(said)
        if not found.key or found.key == key or found.how != "profile" or found.key in self.read.sections:
            return None
        # (or both words left standing, "Public / Non-Public": that question's label whole, not
        # clear; or the word that is also a label of its question, as `profile init` proposes)
        left = found.rest == said or (not found.rest and ("/" in said or self.matcher.answers_whole(found.key, said)))
        if (left and not any(cell.tick() not in (None, Tick.EMPTY) or values.boxed_words(cell.text) for cell in filled)
                and not any(self.matcher.match(cell.text).key == found.key for cell in filled[1:-1])):
            # (not "Date of Meeting: | … | Public or Private: | Public": the word after its own label)
            return last
        return None

    def _row(self, row: Row) -> None:
        filled = [cell for cell in row.cells if cell.text or (cell.tick() not in (None, Tick.EMPTY))]
        if not filled:
            return
        numbered = not row.paragraph and _COUNT_CELL.fullmatch(filled[0].text.strip()) is not None
        if numbered and len(filled) == 1 and len(row.cells) >= 2 and self.current is not None and self.current.key != "agenda_item" \
                and self.matcher.kinds.get(self.current.key) in (TEXT, LIST, YES_NO_NA):
            return  # "2.01 | " under "2.00 | RESOURCE IMPLICATIONS": the paragraph's number, nothing written
        if (not row.paragraph and len(filled) >= 2 and (
                (_ENUMERATOR.fullmatch(filled[0].text) and self.matcher.match(filled[1].text).how in ("profile", "variant"))
                or (_NUMBER_CELL.fullmatch(filled[0].text.strip()) and re.search(r"[^\W\d_]{2}", filled[1].text))
                or (numbered and self.current is not None and self.matcher.kinds.get(self.current.key) == LIST
                    and re.search(r"[^\W\d_]{2}", filled[1].text)))):
            # "I | Directions to NHS Lothian ... | A direction is not required": the form's own
            # numbering column before its labels, no label or answer; so too its paragraphs'
            # numbers ("2.00 | RESOURCE IMPLICATIONS" over "2.01 | The capital costs …")
            self._row(Row(row.cells[row.cells.index(filled[0]) + 1:], row.paragraph))
            return
        if (row.paragraph and len(filled) == 1 and self.current is not None and not self.current.rows and not self.current.rest
                and self.matcher.kinds.get(self.current.key) == LIST and values.asks_to(filled[0].text)
                and self.matcher.match(filled[0].text).how in ("", "terms")):
            # "Recommendation(s)" over "The Committee is asked to:" in bold (a text box's first
            # line): the list's stem, no label of its own
            self._add(row.cells)
            return
        if (row.paragraph and len(filled) == 1 and self.current is not None and self.current.key and not self.current.rows
                and not self.current.rest and self._header_line_again(filled[0].text)):
            # the committee, date and title printed again under the executive summary's heading
            # (not "Chief Executive" under a signature's name, the post a header line gives)
            return
        if (row.paragraph and not self.read.tables and len(self.read.preamble) < self.matcher.header_lines
                and all(section.key in self.header_answered for section in self.read.sections.values())
                and not all(key in self.read.sections for key in self.matcher.placed)  # (each placed line answered by its label)
                and self._header_line(filled[0])):
            return
        above, self.above = self.above, None
        over, self.over = self.over, {}
        if over and not row.paragraph and any(cell.column in over for cell in filled) and not any(
                cell.text and _labels(self.matcher.match(cell.text)) for cell in filled if cell.column in over):
            # "Author: | Chief Officer Responsible:" over "Priya Mistry … | Paul Hendry …": each
            # label's answer in the row below, in its column (though "Richard Lloyd, Executive
            # Director of Finance" has words of the sponsor's question).
            for cell in filled:
                if cell.column in over:
                    over[cell.column][0].rows.append([cell])
            self.over = {column: sections[1:] for column, sections in over.items() if sections[1:]}
            for column, sections in over.items():
                if len(sections) == 1 and self.matcher.kinds.get(sections[0].key) in (PEOPLE, PERSON):
                    self.over[column] = sections  # "Alan Sharp" over "Interim Director of Finance": the person's next line
            filled = [cell for cell in filled if cell.column not in over]
            if not filled or not self.matcher.match(filled[0].text).key:
                return  # ("Public" printed under "Item"'s answer: the form's word, no more of the item)
            row = Row(filled, row.paragraph)  # a label of its own beside the answers
        if (above is not None and not row.paragraph and len(filled) == 1 and filled[0].column == above[0]
                and above[1] is self.current and not self.matcher.match(filled[0].text).key
                and not filled[0].text.rstrip().endswith((":", "?")) and not filled[0].text.isupper()):
            # "AGENDA ITEM" over "2025-26/114": the label's answer in the row below, same column.
            self.current.rows.append([filled[0]])
            return
        first = filled[0]
        signed = [signature(cell.text) for cell in filled] if not row.paragraph and self.read.sections else []
        if any(signed) and all(name or _ADDRESS.search(cell.text) for name, cell in zip(signed, filled)):
            # "The Town Hall, Wandsworth, SW18 2PU | SHANNON KATIYO / Director of Public Health"
            # under the report's last answer: its signature, no part of that answer
            self.read.signatures.extend(name for name in signed if name)
            return
        if (row.paragraph and len(filled) == 1 and self.current is not None and self.current.key in self.matcher.options
                and not self.current.rows and values.printed_instruction(first.text)):
            # "Please indicate (✓) which priorities this report supports.": the form's words over its grid
            self.current.instruction = first.text
            return
        if self._unlabelled_options(row, filled):
            return
        if not self.bands and self.current is not None and self.matcher.is_option(self.current.key, strip_glyphs(first.text)):
            # "Joint Strategic Needs Assessment | X" under "Implications (tick all that apply)": an
            # option of the question above with its box, never a label of its own
            self._add(row.cells)
            return
        if (self.current is not None and self.current.key in self.matcher.options and not self.current.rows
                and not self.current.rest and not row.paragraph and _opens_table(first)
                and (len(filled) == 1 or (len(filled) == 2 and (labels.names_a_mark_column(filled[1].text)
                                                               or _WRITTEN_COLUMN.fullmatch(filled[1].text.strip()))))
                and self.matcher.match(first.text).how in ("", "terms")):  # ("Core purpose | Tick": no label, whatever its words suggest)
            # "Creating a Bolder, Healthier City – Strategic Priorities": the options' table's caption;
            # "Strategic ambition | Tick": its column names
            return
        if not first.text or (len(first.text) <= 2 and first.tick() is Tick.CHECKED):
            # a row of boxes, or of a typed "X" (in bold, it is still no label): the section above's
            self._add(row.cells)
            return
        if self._tick_header(filled):
            return
        if self.bands:
            head = self.matcher.match(first.text) if len(first.text) <= 200 else None
            if head is None or not (head.key or head.claimed_by) or any(
                    self.matcher.is_option(section.key, strip_glyphs(first.text)) for _, section in self.bands):
                # (an option under its list's label is no label, whatever its words: "Directions to
                # East Renfrewshire Council (ERC) | ☐" under "Directions")
                labelled = self._first_label(filled[1:])
                if labelled is not None:
                    # "11 November 2026 | Purpose | Information" under "TRUST BOARD REPORT | Item |
                    # 231": the answers under the bands end where another of the board's labels starts
                    at = row.cells.index(filled[1:][labelled])
                    self._banded(row.cells[:at])
                    self.bands = []
                    self._row(Row(row.cells[at:], row.paragraph))
                    return
                self._banded(row.cells)
                return
            taken = self._under_unanswered_bands(row.cells)
            self.bands = []
            if taken:  # "Decision Maker: | ... | | 27 January 2026" under "Title: | ... | | Decision Date:"
                self._row(Row([cell for cell in row.cells if cell not in taken], row.paragraph))
                return
        if self.current is not None and self.current.key and self.matcher.kinds.get(self.current.key) == GOVERNANCE:
            if self._governance_header(filled):
                return
            if self._history_parts_labelled(filled):
                return
            found = self.matcher.match(first.text)
            # (under the history's column names, "Quality and Safety Committee | 13/01/2026 |
            # Assured" is an entry, though its words suggest a question of the board's)
            # (and "Health and Wellbeing Board | 18 December 2024" under "Council Meeting | Date" is an
            # entry, though the board's name is also its label: the board met on the subject before)
            columns = self.read.governance_columns
            # ("Quality and Safety Committee | 19/02/2026 | Assured" under "Committee | Date |
            # Outcome": the board's label "Quality and safety" opens the forum's name, and the
            # entry's date stands in the date's column)
            dated = bool(found.rest) and "date" in columns and any(
                cell.column == columns["date"] and parse_uk_date(cell.text.strip()) for cell in filled[1:])
            entry = not found.key or (found.how == "terms" or found.key == "board") and bool(columns) or dated
            if entry and not self.read.governance_columns and _opens_table(first) and self._answered_beside_label():
                # "Previously considered by | Quality Committee – 24 August 2020", then a new
                # table's "Implications | Impact and mitigation": the history was answered in its
                # label's row; the next table is the form's next part, no entry of it
                self._unrecognised(first, row.cells[row.cells.index(first) + 1:])
                return
            if (len(filled) == 1 and (not found.key or found.how == "terms") and not self.current.rows
                    and not self.current.rest and not found.claimed_by
                    and holds_a_date(first.text) and len(first.text.split()) <= 40):
                # "3. Previous consideration [where has this paper been …]" over "Quality and
                # Safety Committee on 18th December 2026": the history's entry, not a label
                self._add(row.cells)
                return
            if len(filled) > 1 and entry and not (
                    "\n" in first.text and self._label_under_heading(first)):  # ("Atodiadau" over "Appendices:")
                held = self.current.rows[0] if self.current.rows and self.current.rows[0] else None
                if held is not None and held[0].column > row.cells[0].column and not row.cells[0].text:
                    # "Report considered by | Adults Leadership Team | 5 December 2026" over " |
                    # Strategic Executive Board | 15 December 2026": the label's column left empty,
                    # the entry in the columns of the first
                    self._add([cell for cell in row.cells if cell.column >= held[0].column])
                    return
                self._add(row.cells)
                return
        if (not row.paragraph and len(filled) >= 2 and len(first.text) <= 400
                and (left := self._word_left_beside(self.matcher.match(first.text).key, filled)) is not None):
            # "Subject: / Suicide Prevention Action Plan | Public" where the blank printed "Public /
            # Non-Public" for the author to delete one: the word left is that question's answer
            self._row(Row([cell for cell in row.cells if cell is not left], row.paragraph))
            self._row(Row([left], row.paragraph))
            return
        if self._column_headers(filled, row.paragraph):
            return
        if not row.paragraph and self._labels_over_answers(filled):
            return
        if self._explains(first):  # "Details/Findings | Reviewed by the solicitor.": the answer's note
            self.current.rows.append(row.cells[row.cells.index(first) + 1:])
            return
        if (self.current is not None and self.matcher.kinds.get(self.current.key) in (PEOPLE, PERSON)
                and is_post_line(first.text) and not self.matcher.match(first.text).how == "profile"):
            # "Name of Contact Officer: Ann Workman" over "Post Title: Director of Adults …": her post
            self._add(row.cells)
            return
        if (self.current is not None and self.matcher.kinds.get(self.current.key) in (PEOPLE, PERSON) and not row.paragraph
                and is_post_label(first.text) and self.current.rows and len(filled) == 2
                and not self.matcher.match(first.text).how == "profile"):
            # "AUTHOR'S NAME | Laura Kerr" over "DESIGNATION | Head of Operations": her post, the
            # line under her name
            self.current.rows.append(row.cells[row.cells.index(first) + 1:])
            return
        match = self.matcher.match(first.text) if len(first.text) <= 400 else None  # (the matcher says which long lines a label opens)
        if (row.paragraph and len(filled) == 1 and (match is None or not match.key or match.how == "terms")
                and (split := bold_then_plain(first.element)) is not None
                and (found := self.matcher.match(split[0])).key and found.how == "profile" and not found.rest):
            # "**Subject** One Newport Well-being Plan": the label in bold, a space, its answer
            # ("**Strategic implications** – The report supports …": the dash after it no part of it)
            match = Match(found.key, how="profile", rest=without_leading_dash(split[1]))
        after = row.cells[row.cells.index(first) + 1:]
        if not row.paragraph and len(filled) > 2 and (
                written := self.matcher.by_options(first.text, [cell.text for cell in after])) is not None:
            match = Match(written, how="profile")  # "For: | Decision ☐ | Discussion ☐ | Noting ☒"
        if "\n" in first.text and (parts := self._labelled_paragraphs(first)):
            # "Purpose of the report: To update ..." / "Issues Arising: ..." in one cell: each
            # paragraph a label running into its answer, read as lines are; then the row's other
            # cells ("Report to the Cabinet / Meeting to be held on … / Report of the …" beside
            # "Part I / Electoral Division affected: / (All Divisions);")
            for part in parts:
                self._row(Row([part], paragraph=True))
            if after:
                self._row(Row(after, row.paragraph))
            return
        if (not row.paragraph and len(after) == 1 and "\n" in after[0].text and (match is None or not match.key)
                and (parts := self._labelled_paragraphs(after[0]))):
            # "Wellbeing of Future Generations: | Summary: … / Long term: … / Collaboration: …": a
            # heading of the form's, the board's labels each opening a paragraph of the next cell
            self.current = Section("", first.text)
            for part in parts:
                self._row(Row([part], paragraph=True))
            return
        if "\n" in first.text and (match is None or not (match.key or match.claimed_by)) and (
                label := self._label_under_heading(first)) is not None:
            # "Monitoring and assurance framework summary:" over "Links to Strategic Goals (please
            # tick all that apply)" in one cell: a heading of the form's, then the board's label
            self._row(Row([label, *after], row.paragraph))
            return
        if "\n" in first.text and not (match is not None and (match.claimed_by or (match.key and not match.rest and match.how != "terms"))):
            # (a match by terms is of the lines together: "Title/Subject" over "Winter Plan" is
            # the board's label over its answer, whatever words the two lines hold between them)
            split = self._label_above(first)
            if split is not None:  # "This report makes the following recommendations:" then them, in one cell
                named = (match is not None and self.matcher.kinds.get(match.key) in (PEOPLE, PERSON) and len(split) == 2
                         and looks_like_name(split[1].text.strip()))
                if not row.paragraph and after and all(cell.text for cell in after) and (
                        self.matcher.match(after[0].text).key is None) and not named:
                    # "Fairer Scotland Duty" over "(The Fairer Scotland Duty came into force …)" in
                    # the label's cell, the answer written in the next: the lines under the label
                    # are its hint (but "Report Author:" over "Elin Davies", her post and
                    # telephone in the next cells: the name is the answer's start)
                    split = split[:1]
                self._row(Row([*split, *after], row.paragraph))
                return
        if (match is not None and match.how == "terms" and row.paragraph and self.current is not None and not match.rest
                and not looks_like_label(first, [first], True) and ":" not in " ".join(first.text.split()[:8])):
            match = None  # "N/A – no financial implications.": a plain line of the answer, whatever its words
        if (match is not None and match.how == "terms" and row.paragraph and not match.rest and self._title_waiting()
                and values.could_be_title(first.text)):
            match = None  # "Report Title" over "Child Death Overview Panel Annual Report": the title, whatever its words suggest
        if (match is not None and match.how == "terms" and not self.read.sections and not self.read.tables
                and not match.rest and ":" not in first.text and _HEADER_LINE.search(first.text)):
            match = None  # "Air Quality Annual Status Report 2021" over the sheet: its title, not a "status" label
        if (match is not None and match.key and match.rest and self.current is not None and self.current.key
                and match.key != self.current.key and not self.current.rows and not self.current.rest
                and ((self.matcher.kinds.get(self.current.key) == DATE and dated_line(first.text) is not None)
                     or (self.matcher.kinds.get(self.current.key) == GOVERNANCE and holds_a_date(first.text)
                         and ":" not in first.text[:len(first.text) - len(match.rest)]))):  # (not "Meeting date: …")
            # "Committee Name and Date of Committee Meeting" over "Health Select Commission – 29
            # January 2026": the waiting date's answer, though it starts with the board's name
            # (so too "PREVIOUS MINUTES" over "Health & Wellbeing Board, 18 September 2025 – …")
            self._add(row.cells)
            return
        if match is not None and match.claimed_by:
            self.read.claimed.append((first.text, match.claimed_by))
            self.current = Section("", first.text)  # its content is given to no question
            return
        if (match is not None and match.key and self.current is not None and match.key == self.current.key
                and not self.current.rows and not self.current.rest and not after
                and (match.how != "profile" or _runs_on(first.text, match.rest))):
            # "ACTION" then "The Commission is requested to ...": the answer, not the label again;
            # "a) Risk" then "Risk 3 (trainee fill rates) – the allocation reduces this risk"
            match = None
        held = self.read.sections.get(match.key) if match is not None and match.key else None
        if held is not None and held.how != match.how and "terms" in (held.how, match.how) and (
                {held.how, match.how} <= {"profile", "variant", "terms"}):
            # "Background" beside the board's own "Executive summary", before or after it: the
            # board asks it apart from the question its words suggest, so neither is merged
            # into the other; the one matched only by its words is kept as unrecognised.
            if match.how == "terms":
                self._unrecognised(first, after)
                return
            del self.read.sections[held.key]
            held.key = ""
            self.read.unrecognised.append(held)
        if match is not None and match.key and match.how == "terms" and (labelled := self._first_label(after)) is not None:
            # "SUMMARY REPORT | BOARD OF DIRECTORS PART 1 | Agenda Item: 12": a heading whose words
            # suggest a question, beside the board's own labels: those are the row's questions
            self._unrecognised(first, after[:labelled])
            self._row(Row(after[labelled:], row.paragraph))
            return
        if ((match is None or not (match.key or match.claimed_by)) and not row.paragraph and after
                and len(first.text.split()) <= 6 and "\n" not in first.text and self._first_label(after) == 0
                and not self.matcher.match(after[0].text).rest):
            # "COMMUNITY IMPACT | Do these proposals contribute to … priority objective(s)?": the
            # form's heading of a group of rows, merged down, then the board's label
            self._row(Row(after, row.paragraph))
            return
        if (match is not None and match.key and not match.rest and not row.paragraph and len(filled) == 1
                and self.read.preamble and self.matcher.placed.get(match.key) == len(self.read.preamble) + 1):
            # "10 December 2026 | ITEM: 7" over "Health and Wellbeing Board": the header table's
            # second line, where the profile places the board: the line is the answer, its name
            # also the board's label (the bold title under the table is the next line)
            self.read.preamble.append((first.text, first.element))
            return
        if match is not None and match.key:
            self._open(match, first, after, row.paragraph)
            return
        if self.current is None and not self.read.sections:
            for cell in filled[1:]:  # "Health and Wellbeing Board | Item No. 6": the item beside a header line
                self._label_with_value(cell, first)
            self.read.preamble.append((first.text, first.element))
            return
        row = Row([cell for cell in row.cells if not self._label_with_value(cell, first)], row.paragraph)
        filled = [cell for cell in filled if cell in row.cells]
        after = [cell for cell in after if cell in row.cells]
        if (self.current is not None and self.matcher.kinds.get(self.current.key) == LIST and len(filled) == 2
                and GLOSSARY_TERM.fullmatch(first.text) and _GLOSSARY_LABEL.search(self.current.label)):
            # "ACRONYMS" over "IPC | Infection Prevention and Control": the list's items, a term
            # and its meaning a row (the term in capitals is no label)
            self._add(row.cells)
            return
        if (self.current is not None and self.current.headers and self.matcher.kinds.get(self.current.key) == REFERENCES
                and not row.paragraph and STANDARD_REFERENCE.match(first.text)):
            # "BAF Ref | Risk Description" over "BAF 1 | Failure to meet response standards": a
            # reference a row (the id in capitals is no label)
            self._add(row.cells)
            return
        if self.current is not None and len(filled) == 1 and self.matcher.is_help(self.current.key, first.text):
            return  # "The purpose of the attached paper is to:" under "1. Purpose": the form's prompt, the profile's help
        if row.paragraph and len(filled) == 1 and (self._waiting_with_colon() or self._title_waiting()) and _one_line_answer(
                self.current.key, first.text):
            # "Subject:" then the title on the next line, in bold as titles are: the answer, no
            # label; so too under a "Report Title" heading, the title in bold as the heading is
            self._add(row.cells)
            return
        if (row.paragraph and len(filled) == 1 and self.current is not None and self.current.key
                and self.matcher.kinds.get(self.current.key) in (PEOPLE, PERSON) and not self.current.rest
                and not any(cell.text for cells in self.current.rows for cell in cells) and looks_like_name(first.text.strip())):
            # "Report sign off:" over "Kwame Asante" in bold over "Director of Public Health": the
            # person's name, set apart as a signature's is, no label of its own
            self._add(row.cells)
            return
        under_columns = bool(self.read.tick_columns) and any(
            cell.column in self.read.tick_columns and cell.tick() not in (None, Tick.EMPTY) for cell in after)
        if under_columns or looks_like_label(first, [cell for cell in filled if cell.text], row.paragraph):
            self._unrecognised(first, after)
            return
        if (row.paragraph and self.current is not None and self.current.rest and (self.matcher.kinds.get(self.current.key) == DATE
                                                     or self.current.key == "agenda_item")
                and not any(cell.text for cells in self.current.rows for cell in cells)):
            # "Council of Governors Meeting – 2 December 2025" then the title in bold, "Trust Board
            # paper C" then the trust's name: the date or the item is answered on its own line;
            # the next line is no part of it.
            self._unrecognised(first, after)
            return
        if (row.paragraph and len(filled) == 1 and self.current is not None and self.current.rest and self.current.key
                and self.matcher.kinds.get(self.current.key) == TEXT and _heading_line(self.current)
                and not any(cell.text for cells in self.current.rows for cell in cells)
                and bold(first.element) and not bold(self.current.element) and values.could_be_title(first.text)):
            # "Wards Affected: All Wards" then the report's title in bold: the label was answered
            # on its line, in plain type; a bold line under it is no more of that answer
            self._unrecognised(first, after)
            return
        labelled = next((cell for cell in filled[1:] if "\n" in cell.text and self._label_above(cell) is not None), None)
        if not row.paragraph and labelled is not None:
            # "Iain MacBeath / Strategic Director | Portfolio: / Healthy People and Places": a row of
            # the form's fields, a label over its answer in a later cell; the cells before it
            # answer none of the questions (not the summary above the table)
            self.current = Section("", first.text)
            self._row(Row(filled[filled.index(labelled):], row.paragraph))
            return
        if self.current is not None and len(filled) == 1 and _numbered_next(self.current.label, first.text):
            # "4. Recommendation(s)" then its answer, then "5. Impact [indicate with an 'X' …]": the
            # form's next numbered section, though the board asks nothing by its name
            self._unrecognised(first, after)
            return
        if self._sibling_row(row, filled):
            # "Equality | No negative impact identified" then "Health and safety | None.": a row
            # of the same table for a question the board does not ask, never more of the answer
            self._unrecognised(first, row.cells[row.cells.index(first) + 1:])
            return
        self._add(row.cells)

    def _history_parts_labelled(self, filled: list[Cell]) -> bool:
        """"Previously considered by: | Finance and Performance Committee" over "Date: | 24
        November 2026 | Decision: | Noted": the entry's date and outcome, each after its own
        label in the row below the forum."""
        held = self.current.rows[-1] if self.current.rows else None
        if (held is None or len([cell for cell in held if cell.text]) != 1 or self.read.governance_columns
                or len(filled) < 2 or len(filled) % 2):
            return False
        parts: dict[str, Cell] = {}
        for label, value in zip(filled[::2], filled[1::2]):
            part = history_column(label.text.rstrip(" :")) if label.text.rstrip().endswith(":") else None
            if (part not in ("date", "outcome") or part in parts or not value.text or value.text.endswith(":")
                    or self.matcher.match(label.text).how in ("profile", "variant")):  # (not "Recommendation:", the board's)
                return False
            parts[part] = value
        forum = next(cell for cell in held if cell.text)
        empty = dataclasses.replace(forum, text="")
        self.current.rows[-1] = [forum, parts.get("date", empty), parts.get("outcome", empty)]
        return True

    def _answered_beside_label(self) -> bool:
        """Was the current section answered in its label's own row (or cell)?"""
        section = self.current
        if section.rest:
            return True
        label_row = section.element.getparent() if section.element is not None else None
        return bool(section.rows) and label_row is not None and any(
            cell.text and cell.element.getparent() is label_row for cell in section.rows[0])

    def _sibling_row(self, row: Row, filled: list[Cell]) -> bool:
        """Is a table row "label | answer" beside the current question's own "label | answer"
        row, the same shape, its first cell a short heading of a question?"""
        section = self.current
        if (row.paragraph or section is None or not section.key or len(filled) != 2 or len(section.rows) != 1
                or self.matcher.kinds.get(section.key) not in (TEXT, YES_NO_NA)):
            return False
        label, answer = filled
        own = section.element
        return (own is not None and own.tag == qn("w:tc") and label.element.tag == qn("w:tc")
                and own.getparent() is not None and own.getparent().getparent() is label.element.getparent().getparent()
                and _tc_index(own) == _tc_index(label.element) and label.tick() is None and answer.tick() is None
                and len(label.text.split()) <= LABEL_WORDS and not label.text.rstrip().endswith((".", ";"))
                and len(section.rows[0]) == 1 and bool(section.rows[0][0].text))

    def _waiting(self) -> bool:
        """Is the current question's label found with nothing under or beside it yet?"""
        section = self.current
        return bool(section is not None and section.key and not section.rest
                    and not any(cell.text for cells in section.rows for cell in cells))

    def _unlabelled_options(self, row: Row, filled: list[Cell]) -> bool:
        """"☒ | For Decision | ☐ | For Information/Noting" under "PURPOSE AND SUMMARY": the
        purpose's words (or one choice's options, "One off cost ☐ | Ongoing cost ☒") with boxes
        and no label of their own, the question not yet found: its answer; the question above
        reads on after them."""
        if row.paragraph:  # "☐ For Decision ☒ For Information/Noting" as a line of its own
            boxed = values.boxed_words(filled[0].text) if len(filled) == 1 else None
            words = [word for word, _ in boxed or []]
        else:
            # (an X or ✓ typed in a cell is its box, not an option's word)
            words = [word for word in (strip_glyphs(cell.text).strip() for cell in filled
                                       if not (len(cell.text.strip()) <= 2 and cell.tick() is Tick.CHECKED)) if word]
            if not any(cell.tick() is not None for cell in row.cells):
                return False
        if (not row.paragraph and len(words) == 1 and "purpose" in self.matcher.kinds
                and self.matcher.purpose_options(words * 2)
                and ((found := self.matcher.match(filled[0].text)).how != "profile" or found.rest == filled[0].text.strip())):
            # "Approval | ☐" over "Noting | ☒" with no label: the purpose's words a row each
            held = self.read.sections.get("purpose")
            if held is None:
                self.current = self.read.open(Section("purpose", words[0], how="options", element=filled[0].element))
                self.current.rows.append(row.cells)
                return True
            if held is self.current and held.how == "options":
                held.rows.append(row.cells)
                return True
            return False
        key = "purpose" if "purpose" in self.matcher.kinds and self.matcher.purpose_options(words) else (
            self.matcher.choice_of_options(words))
        if key is None or key in self.read.sections or (self.current is not None and self.current.key == key):
            return False
        above = self.current
        self.read.open(Section(key, " / ".join(words), how="options", element=filled[0].element)).rows.append(row.cells)
        self.current = above
        return True

    def _title_waiting(self) -> bool:
        """Is the title's label found with nothing under it yet?"""
        return self._waiting() and self.current.key == "title"

    def _waiting_with_colon(self) -> bool:
        """… and printed with its colon ("Subject:"), so that its answer may be the next line?"""
        return self._waiting() and self.current.label.rstrip().endswith(":")

    def _header_line(self, first: Cell) -> bool:
        """A line among the header lines the profile places by number: answered by its own label
        ("Agenda Item No: 10", or "Agenda Item:" left blank: not counted among the unlabelled
        lines), or one of the unlabelled lines; False when the sheet's labels have begun."""
        found = self.matcher.match(first.text)
        if not found.key and self._waiting_with_colon() and _one_line_answer(self.current.key, first.text):
            return False  # "Subject:" then the title on its own line: the answer, not a header line
        if (not found.key and self.current is not None and self.matcher.kinds.get(self.current.key) in (PEOPLE, PERSON)
                and is_contact_detail(first.text)):
            # "Report Author: Mark Warren, Commissioning Manager" over "Ext. 4108": how to reach
            # him, not one of the unlabelled lines the profile counts
            self.current.rows.append([first])
            return True
        left_blank = not found.rest and first.text.rstrip().endswith(":")
        if found.key and _runs_on(first.text, found.rest) and re.fullmatch(r"[^\W\d_]{4,}(?:\s+[^\W\d_]+)*", found.rest):
            # "HEALTH AND WELLBEING BOARD": a line that opens with a label's words and runs on in
            # words, no label (but "NES Item 8b", "Enc D" are the label and its number or letter)
            found = Match(None)
        if found.key and found.how == "profile" and (found.rest or left_blank) and found.key not in self.read.sections:
            if self.matcher.placed.get(found.key) == len(self.read.preamble) + 1:
                # "Report of the Cabinet Member …" where the profile places the sponsor on line 1:
                # answered by its label, and still the line the profile counts (line 2 is the next)
                self.read.preamble.append((first.text, first.element))
            self.read.header_lines.append((first.text, first.element))
            self.header_answered.add(found.key)
            section = self.read.open(Section(found.key, first.text, rest=found.rest, how=found.how))
            section.rows.append([])
            self.current = section
            return True
        placed_here = self.matcher.placed.get(found.key or "") == len(self.read.preamble) + 1
        # ("HEALTH AND WELLBEING BOARD" on the line the profile places the board, its name
        # also given as a label: the line, the answer)
        if not (found.key and found.how == "profile") or placed_here:  # (a label of the board's alone: the sheet has begun)
            self.read.preamble.append((first.text, first.element))  # a header line the profile places
            self.read.header_lines.append((first.text, first.element))
            return True
        return False

    def _open(self, match: Match, first: Cell, after: list[Cell], paragraph: bool) -> None:
        """The board's label in `first`: its question's section opened (or met again), its answer
        beside it in `after` or in its own cell."""
        if match.rest and (values.printed_instruction(match.rest) or (not paragraph and _BRACKETED_PROMPT.fullmatch(match.rest.strip()))):
            # "Wards Affected:  List wards or tick box": the form's words; so too "1. Suggested
            # discussion points [two or three issues you consider the Board should focus on]" in
            # a section's bar, the answer in the row below
            match = dataclasses.replace(match, rest="")
        elif match.rest:
            # "ITEM No …5……….": "5"; "Background papers – held by the author of the report: None":
            # "None", the question's help printed between the label and its answer
            match = dataclasses.replace(match, rest=self.matcher.without_help(match.key, values.without_leaders(match.rest)))
        inner = self.matcher.inner_label(match.rest, match.key) if match.rest else None
        if inner is not None and inner[0] not in self.read.sections and inner[1]:
            # "REPORT TO THE BOARD OF DIRECTORS HELD ON 19 NOVEMBER 2025": two labels, each with its value
            match = dataclasses.replace(match, rest=inner[1])
            self.read.open(Section(inner[0], first.text, rest=inner[2], how="profile", element=first.element)).rows.append([])
        self.numbered = self.numbered or bool(NUMBERED_HEADING.match(first.text))
        earlier = self.read.sections.get(match.key)
        if (earlier is not None and earlier.rest and not paragraph and any(cell.text for cell in after)
                and _heading_line(earlier) and not any(cell.text for row in earlier.rows for cell in row)):
            # "Report to Board of Directors" over the sheet, then "Report to: | Public Board of
            # Directors" in its table: the form's heading, then its field: the field answers
            earlier.key = ""
            del self.read.sections[match.key]
            earlier = None
        if earlier is not None and (earlier.rows or earlier.rest) and paragraph and _FOOTNOTE.match(first.text):
            # "1 Status: A = Approval; ...": the form's footnote to "Status¹", no second answer;
            # it and the lines under it (the next footnotes) belong to no question
            self.current = Section("", first.text, element=first.element)
            return
        if earlier is not None and (earlier.rows or earlier.rest):
            # A label printed twice ("Purpose:" the ticks, later "Purpose:" a sentence): the
            # second part is kept apart, for the assembler to read as that question's text.
            section = Section(match.key, first.text, rest=match.rest, columns=self.read.tick_columns, how=match.how,
                              element=first.element)
            self.read.repeats.setdefault(match.key, []).append(section)
            self.read.order.append(section)
        elif earlier is not None:
            section = earlier  # "Equality impact assessment" over "Has an EqIA been completed?  ☐ Yes  ☒ No":
            section.rest = section.rest or match.rest  # the heading and its question, one label each: the answer kept
        else:
            section = self.read.open(Section(match.key, first.text, rest=match.rest, columns=self.read.tick_columns,
                                             how=match.how, element=first.element))
        bands = self._side_by_side(match.key, after)
        if bands:  # "Link to CQC Domain | box | Link to the Strategic Missions | box": two questions
            self.bands = [(first.column, section), *bands]
            after = [cell for cell in after if cell.column < bands[0][0]]
        named = [cell for cell in after if cell.text]
        if (not paragraph and named and not match.rest and self.matcher.kinds.get(match.key) == GOVERNANCE
                and all(history_column(cell.text) in ("date", "outcome", "mark") for cell in named)):
            # "Previously considered by | Date | Outcome": the label heads the forums' column of
            # the history's table, the rows below are its entries (with "| Y/N |": those marked)
            self.read.governance_columns = {"forum": first.column, **{history_column(cell.text): cell.column for cell in named}}
            after = []
        if (not paragraph and match.rest and after and all(
                cell.text.rstrip().endswith(":") and len(cell.text.split()) <= 6 and "\n" not in cell.text.strip() for cell in after)):
            # "Directorate: Communities | Designations: | Tel Nos. / E Mail Addresses:": the label
            # answered in its cell, the others the names of the columns below, no part of it
            after = []
        beside = self._next_labelled(match, after)
        if beside:  # "Wards Affected: All | Key Decision: No": two labels, each with its answer
            after = after[:after.index(beside[0])]
        if after or match.rest:
            section.rows.append(after)
        if not paragraph and not match.rest and not after:  # the label the row's last cell
            self.above = (first.column, section)
        self.current = section
        if beside:
            self._row(Row(beside, paragraph))

    def _header_line_again(self, text: str) -> bool:
        """Is `text` one of the header lines the profile places, read at the top already?"""
        placed = set(self.matcher.placed.values())
        said = " ".join(text.split()).casefold()
        return bool(said) and any(at in placed and " ".join(line.split()).casefold() == said
                                  for at, (line, _) in enumerate(self.read.preamble, 1))

    def _label_with_value(self, cell: Cell, first: Cell) -> bool:
        """"26th November 2025 | Item 7": a later cell of a row that is one of the board's labels with
        its value in the same cell ("Item 7") answers that question, not the one above."""
        if cell is first or not cell.text or "\n" in cell.text or len(cell.text) > 60:
            return False
        match = self.matcher.match(cell.text)
        if not (match.key and match.how == "profile" and match.rest) or match.key in self.read.sections:
            return False
        self.read.open(Section(match.key, cell.text, rest=match.rest, how=match.how))
        return True

    def _labels_over_answers(self, filled: list[Cell]) -> bool:
        """A row of the board's own labels and nothing else ("Author: | Chief Officer
        Responsible for the report:"): their answers are in the row below, column by column."""
        if len(filled) < 2 or not all(cell.text for cell in filled):
            return False
        asked = [self._asked_in(cell.text) for cell in filled]
        keys = [match.key for matches in asked for match in matches]
        if not all(asked) or len(set(keys)) < len(keys):
            return False
        if not all(looks_like_label(cell, [cell], False) or _long_label(cell.text, matches)
                   for cell, matches in zip(filled, asked)) and not (
                len(filled) >= 3 or any(len(matches) == 2 for matches in asked) or self._whole_labels(filled)):
            # "Purpose: | Assurance": the option picked, plain, beside its label (three of the board's
            # labels in a row, "Consequence | Likelihood | RAG Rating", a cell naming two,
            # "Committee and Date | Item", or the board's labels whole, "Responsible Executive
            # Director | Contact for further information", are labels however printed)
            return False
        answered = {key for key in keys if key in self.read.sections and not _unanswered(self.read.sections[key])}
        if answered and (answered == set(keys) or any(len(matches) > 1 for matches in asked) or not all(
                _same_label(self.read.sections[match.key].label, cell.text)
                for cell, matches in zip(filled, asked) for match in matches if match.key in answered)):
            return False
        if all(key in self.matcher.options for key in keys):
            return False  # "Directions | | Implications": two choices' lists side by side, their options in rows below
        self.over = {}
        for cell, matches in zip(filled, asked):
            # ("Recommendation: | Reason for Recommendation:" closing a council's report, the
            # recommendations answered above: the reason is the new question, and the
            # recommendations printed again under their label are no second answer)
            sections = [Section("", cell.text) if match.key in answered else
                        self.read.open(Section(match.key, cell.text, columns=self.read.tick_columns, how=match.how))
                        for match in matches]
            self.over[cell.column] = sections
        self.current = sections[-1]
        return True

    def _next_labelled(self, match: Match, after: list[Cell]) -> list[Cell]:
        """The cells from the first of `after` that is another question's label with its answer
        ("Key Decision: No", or "For Decision" left of "For Decision / For Information"), when
        `match` has its own answer in its cell; [] otherwise."""
        if not match.rest:
            return []
        for at, cell in enumerate(after):
            found = self.matcher.match(cell.text) if cell.text else None
            if (found is not None and found.key and found.key != match.key and found.how == "profile" and found.rest
                    and found.key not in self.read.sections):
                return after[at:]
        return []

    def _whole_labels(self, filled: list[Cell]) -> bool:
        """Is each cell one of the profile's labels as printed, all printed alike, none an option or
        a purpose? ("Purpose: | Assurance" is a label and its answer, though "Assurance" is the
        label of the assurance level below: the label set apart by its colon, the answer plain.)"""
        printed = [labels.normalise(cell.text) for cell in filled]
        keys = [self.matcher.match(cell.text).key for cell in filled]
        return (all(text in self.matcher.labels for text in printed)
                and not any(key in self.matcher.options for key in keys)  # (option lists side by side: bands)
                and not any(looks_like_label(cell, [cell], False) for cell in filled)
                and not any(values.purpose_categories(cell.text) or values.purpose_word(cell.text) or answer_named(cell.text)
                            for cell in filled)
                and not any(self.matcher.is_option(key, cell.text) for key in keys for cell in filled))

    def _asked_in(self, text: str) -> list[Match]:
        """The board's questions a label over its answers asks: one ("Item"), or two joined by
        "and" ("Committee and Date": the committee on the line below, the date under it)."""
        whole = self.matcher.match(text)
        if whole.key and whole.how == "profile" and not whole.rest:
            return [whole]
        parts = [self.matcher.match(part) for part in re.split(r"\s+(?:and|&)\s+", text.strip(" :"))]
        if len(parts) == 2 and all(part.key and part.how == "profile" and not part.rest for part in parts):
            return parts
        return []

    def _explains(self, first: Cell) -> bool:
        """Is the row the explanation of the Yes / No / N/A question above it ("Details/Findings",
        "Details", "Findings", "Comments", or the labels the profile gives as its `details`)?"""
        section = self.current
        if section is None or not section.key or self.matcher.kinds.get(section.key) != YES_NO_NA or len(first.text) > 60:
            return False
        said = labels.normalise(first.text) or first.text.casefold()
        return (said in self.matcher.details.get(section.key, ()) or bool(_DETAILS.fullmatch(said))
                or bool(_IF_ANSWERED.match(first.text.strip())))


    def _labelled_paragraphs(self, cell: Cell) -> list[Cell] | None:
        """The cell's paragraphs as cells of their own, when two or more of them open with one
        of the board's labels not yet found and its answer; None otherwise ("Financial: Steve
        Garner" under "Specialist Officer(s)" is that question's answer, Financial asked above)."""
        parts = [Cell(paragraph, text, cell.column) for paragraph in cell.element.iter(_P)
                 if (text := values.clean(text_of(paragraph)))]
        if len(parts) == 1 and "\n" in cell.text.strip():
            # "Report title: …" / "Lead Executive: …" / "Author(s): …" as lines of one paragraph
            # (pandoc's line block): a line a part, each in a paragraph of its own (the cell's own
            # lines: a phrase the walker cut from a longer paragraph holds only its part of it)
            parts = [Cell(paragraph_of(line), line, cell.column) for line in cell.text.split("\n") if line.strip()]
        labelled: set[str] = set()
        for part in parts:
            found = self.matcher.match(part.text)
            if found.key and found.how == "profile" and found.key not in self.read.sections and (
                    (found.rest and not values.printed_instruction(found.rest)) or (not found.rest and len(parts) > 2)):
                # ("Goblygiadau Strategaeth / Strategy Implications" alone, its answer the paragraphs
                # under it, then "Opsiynau a ystyriwyd / Options considered": a label a paragraph)
                labelled.add(found.key)
        return parts if len(labelled) >= 2 else None

    def _label_under_heading(self, cell: Cell) -> Cell | None:
        """The cell as its last line alone, when that line is one of the board's own labels (with
        nothing after it but the form's instruction) and the lines above are a short heading."""
        *above, last = [line.strip() for line in cell.text.splitlines() if line.strip()]
        found = self.matcher.match(last)
        if not (above and found.key and found.how == "profile" and found.key not in self.read.sections
                and (not found.rest or values.printed_instruction(found.rest.strip(" ()")))):
            return None
        if len(above) > 2 or any(len(line.split()) > LABEL_WORDS or self.matcher.match(line).key not in (None, found.key)
                                 for line in above):
            return None  # (the same label in another language above it, "Atodiadau" over "Appendices:", is no heading but the label too)
        return dataclasses.replace(cell, text=last)

    def _label_above(self, cell: Cell) -> tuple[Cell, Cell] | None:
        """A cell whose first line is one of the board's own labels, its answer on the lines
        below: (the label, the answer) as two cells of the row."""
        head, _, below = cell.text.partition("\n")
        found = self.matcher.match(head)
        if not (found.key and found.how == "profile" and below.strip()
                and (not found.rest or values.printed_instruction(found.rest))):
            return None
        if self.matcher.match(below.strip()).key == found.key and not self.matcher.match(below.strip()).rest:
            return None  # "DYDDIAD Y CYFARFOD:" over "DATE OF MEETING:": one label in two languages
        # ("Governance:" over "Please indicate which committee ... presented to:": the form's
        # instruction under the label, no answer: the label alone, nothing under it)
        instruction = values.printed_instruction(below.strip())
        answer = copy.deepcopy(cell.element)
        for paragraph in [paragraph for paragraph in answer.iter(_P) if text_of(paragraph).strip()][:None if instruction else 1]:
            if paragraph.getparent() is None or "\n" in text_of(paragraph).strip():
                _drop_first_line(paragraph)  # label and answer lines of one paragraph (pandoc's heading block)
            else:
                paragraph.getparent().remove(paragraph)  # the label's own paragraph (and the instruction's)
        return Cell(cell.element, head, cell.column), Cell(answer, "" if instruction else below.strip(), cell.column)

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
            if match is None or not match.key or match.key == key or match.key in self.read.sections:
                continue
            if cell is after[0] and not self._label_beside_label(key, cell, after):
                continue  # the cell right after a label is its answer ("Purpose: | Assurance"), not a label
            if match.how != "profile" and not looks_like_label(cell, [cell], False):
                continue
            section = self.read.open(Section(match.key, cell.text, rest=match.rest, columns=self.read.tick_columns,
                                             how=match.how))
            bands.append((cell.column, section))
        for at, (column, section) in enumerate(bands):  # "Agenda No: | 5 | Attachment: | 03": its value beside it
            end = bands[at + 1][0] if at + 1 < len(bands) else None
            beside = [cell for cell in after if cell.column > column and (end is None or cell.column < end)]
            if any(cell.text for cell in beside):
                section.rows.append(beside)
        return bands

    def _label_beside_label(self, key: str, cell: Cell, after: list[Cell]) -> bool:
        """Is the cell right after a label another label, its answer in the cell after it
        ("TRUST BOARD REPORT | Item | 231", the report's date under its label): the board's label
        as printed, whole, that no answer of the first question could be (no option or purpose
        word, no yes or no), with text beside it that is no label?"""
        if len(after) < 2 or not after[1].text or self.matcher.match(after[1].text).key:
            return False
        text = cell.text.strip()
        return (labels.normalise(text) in self.matcher.labels and self.matcher.match(text).how == "profile"
                and not values.purpose_word(text) and not values.purpose_categories(text)
                and answer_named(text) is None and not self.matcher.is_option(key, strip_glyphs(text)))

    def _under_unanswered_bands(self, cells: list[Cell]) -> list[Cell]:
        """A row that starts with another label, under a label printed last in the row above
        with nothing beside it: the cells in that label's columns are its answer (given to it
        here, and returned), not part of the new label's."""
        taken: list[Cell] = []
        for at, (column, section) in enumerate(self.bands[1:], start=1):
            if section.rows or section.rest:
                continue
            end = self.bands[at + 1][0] if at + 1 < len(self.bands) else None
            under = [cell for cell in cells if cell.column >= column and (end is None or cell.column < end) and cell.text
                     and not self.matcher.match(cell.text).key]
            if under:
                section.rows.append(under)
                taken.extend(under)
        return taken

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

    def _first_label(self, cells: list[Cell]) -> int | None:
        """The index of the first cell that is one of the board's own labels still to find."""
        return next((at for at, cell in enumerate(cells) if cell.text and (found := self.matcher.match(cell.text)).key
                     and found.how == "profile" and found.key not in self.read.sections), None)

    def _add(self, cells: list[Cell]) -> None:
        if self.current is not None:
            self.current.rows.append(cells)

def _labels(match: Match) -> bool:
    """Is the match a label of the board's (its own or a known variant), or only a question's words?"""
    return bool(match.claimed_by) or (bool(match.key) and match.how != "terms")


_CODE = re.compile(r"(?=[^ ]*\d)[A-Z0-9]+(?:[-/.][A-Z0-9]+)+")  # "HSC-16-26", "BAF/3.1": letters and figures, no spaces


def _long_label(text: str, matches: list[Match]) -> bool:
    """Is `text` one of the board's long labels printed whole ("Matters referred to Governing
    Body for approval, debate or further consideration"), too long to look like one?"""
    return (len(text.split()) > LABEL_WORDS and len(matches) == 1 and matches[0].how == "profile"
            and not matches[0].rest)


def looks_like_label(first: Cell, filled: list[Cell], paragraph: bool) -> bool:
    """Does a short line or cell look like a label (in capitals, set apart by bold, shading or a
    heading style, or in a table ending with "?" or ":"), not an answer?"""
    text = first.text.strip()
    if len(filled) > 2 or "\n" in text or len(text.split()) > LABEL_WORDS or len(text) > 80:
        return False
    if answer_named(text) is not None or values.says_nothing_to_report(text):
        return False  # "N/A", "YES", "NONE" in capitals: an answer, never a label
    if not re.search(r"[^\W\d_]", text):
        return False  # "7" in bold under "AGENDA ITEM": a figure, no words, is never a label
    if re.search(r"\d", text) and isinstance(parse_uk_date(text), _DAY):
        return False  # "26th November 2025" in bold under the meeting's name: an answer
    if _CODE.fullmatch(text):
        return False  # "HSC-16-26" under "Key Decision Reference": a reference, in capitals as codes are
    if text.isupper() and len(text) > 2:
        return True
    formatted = bold(first.element) or shaded(first.element) or heading(first.element)
    if paragraph:  # in running text "Attached please find:" is prose; a label there is set apart
        return formatted
    return formatted or text.endswith(("?", ":"))


def _one_line_answer(key: str, text: str) -> bool:
    """Is a bold line under a label left waiting with its colon the answer, as its question's
    answers read: a title (not "Report of the Service Director" under an "Agenda Item:" left
    blank), a date, an item's number?"""
    if key == "title":
        return values.could_be_title(text)
    if key == "meeting_date":
        return isinstance(parse_uk_date(text), _DAY)
    if key == "agenda_item":
        return len(text) <= 12 and bool(re.search(r"\d", text))
    return False


def _unanswered(section: Section) -> bool:
    """Has a question's section no answer yet, at most a lead-in ("5. Responsible Executive
    Director and contact for further information" over "If you require any further information
    … please contact:", then the table naming each)?"""
    return not section.rest and all(not cell.text or cell.text.rstrip().endswith(":") for row in section.rows for cell in row)


# The label of a list of terms: "Acronyms", "Glossary of abbreviations" (its rows are a term and its meaning)
_GLOSSARY_LABEL = re.compile(r"acronym|abbreviation|glossary", re.IGNORECASE)


def _runs_on(text: str, rest: str) -> bool:
    """Does the line run on from its opening label into a sentence, nothing setting them apart
    ("Risk 3 (trainee fill rates) – …", not "Risk: 3 …" nor "Risk<tab>…")?"""
    if not rest:
        return False
    head = text[:len(text) - len(rest)] if text.endswith(rest) else ""
    # ("Report of the Director of Public Health": a label that ends in "of", "the", "to", ...
    # runs into its answer by design)
    return (bool(head) and not re.search(r"[:?–—\-\t]\s*$", head) and rest[:1].isalnum()
            and not re.search(r"\b(?:of|the|to|by|for|from|on|at|with|and)\s*$", head, re.IGNORECASE))


_BRACKETED_PROMPT = re.compile(r"\[[^\[\]]*(?:\s+[^\[\]\s]+){4,}\s*\]")  # "[five words or more]", the form's prompt


def _same_label(printed: str, again: str) -> bool:
    """"9.<tab>Recommendation" and "Recommendation:": one label printed twice, whatever its number and colon."""
    # (the number stripped from the words as normalised, "8 0 direction" keeping its "0": a
    # sub-heading's "8.0 DIRECTIONS" is not the "Direction to:" column under it)
    number = re.compile(r"^\d+(?:\.\d+)*\s+")
    return number.sub("", labels.normalise(printed)) == number.sub("", labels.normalise(again))


def _numbered_next(label: str, text: str) -> bool:
    """Is `text` a heading numbered one on from `label` ("4. Recommendation(s)" then "5. Impact")?"""
    held, new = _HEADING_NUMBER.match(label.strip()), _HEADING_NUMBER.match(text.strip())
    return (held is not None and new is not None and int(new.group(1)) == int(held.group(1)) + 1
            and len(text.split()) <= LABEL_WORDS + 12 and "\n" not in text.strip())


_HEADING_NUMBER = re.compile(r"(\d{1,2})\.\s+(?=[A-Z])")


def _tc_index(cell) -> int:
    """The cell's place among its row's cells."""
    return sum(1 for sibling in cell.itersiblings(preceding=True) if sibling.tag == cell.tag)


def _heading_line(section: Section) -> bool:
    """Was the section's label a line of the document's own, outside any table?"""
    element = section.element
    return element is not None and element.tag == _P and element.getparent() is not None and element.getparent().tag == qn("w:body")


def _opens_table(cell: Cell) -> bool:
    """Is the cell in its table's first row?"""
    row = cell.element.getparent()
    table = row.getparent() if row is not None else None
    return table is not None and row.tag == _TR and next(table.iterchildren(_TR), None) is row


def _drop_first_line(paragraph) -> None:
    """Remove what the paragraph shows before its first line break, the break included."""
    for run in list(paragraph.iter(_R)):
        for child in list(run):
            if child.tag == qn("w:rPr"):
                continue
            run.remove(child)
            if child.tag in _LINE_BREAKS:
                return
