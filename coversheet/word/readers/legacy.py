"""Read the hand-made Word cover sheets boards have typed for years, as a secretary would.

The sheet is a run of tables at the start of the document: a two-column metadata table
(Date of Meeting, Title of Paper, ...), then label rows each followed by value rows,
governance rows under a Meeting / Date / Outcome header, and Yes / No / N/A tick-box rows.
Programs disagree on everything else, so reading goes by meaning, row by row:

- a row whose first non-empty cell is a known label (`labels.field_of`) starts that field;
  cells after the label in the same row are its value, otherwise the rows below are, until
  the next label. Whether label rows are merged across the table or not does not matter;
- tables follow each other across empty paragraphs and content controls (a page break may
  split a table, even in the middle of a label: "Financial Impact Assessment" / "Completed");
- the sheet ends with the risk description row, or at the first paragraph of body text, and
  nothing after it is read (or even parsed: blocks arrive lazily from `package`).

A document whose first table comes after the paper's text, or whose first table holds no
cover-sheet labels, has no cover sheet: `UnreadableFile` marked `missing_cover_sheet`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from coversheet.dates.uk import Month, parse_uk_date
from coversheet.errors import UnreadableFile
from coversheet.model.answers import answer_named
from coversheet.model.raw import Noticed, RawDraft, ReadingProblem
from coversheet.word.matching import labels
from coversheet.word.answers import values
from coversheet.word.answers.history import dated_entry
from coversheet.word.layout.cells import Cell, flatten, table_rows
from coversheet.word.matching.labels import Kind
from coversheet.word.matching.meaning import look_alikes
from coversheet.word.answers.people import parse_people
from coversheet.word.text import text_of
from coversheet.word.layout.ticks import Tick, boxes_as_glyphs, strip_glyphs

MAX_PREAMBLE_PARAGRAPHS = 6  # logo line, organisation, board name, "Part 1"...: not a paper's text
MAX_PREAMBLE_CHARACTERS = 600
MAX_PARAGRAPHS_BETWEEN_TABLES = 2  # short lines between the metadata table and the rest
_LABEL_CELL_MAX_CHARACTERS = 160
_UNKNOWN_LABEL_WORDS = 10  # an unknown label longer than this is more likely a value
_BOARD_LINE = re.compile(r"\b(board|committee)\b", re.IGNORECASE)
_SECTION_FIELDS = {"purpose", "executive_summary", "recommendations", "governance", "conflicts_of_interest", "implications"}
_PEOPLE = ("presented_by", "authors", "contributors")
_PLAIN_TEXT = ("board", "organisation", "title", "agenda_item", "confidential_reason", "executive_summary", "conflicts_of_interest")


@dataclass
class _Question:
    """A tick-box row: what each option's box says, and the label as the document has it."""

    label: str
    ticks: dict[str, Tick] = field(default_factory=dict)


@dataclass
class Sheet:
    """What has been read so far, field by field, before it is turned into draft values.

    The 2020 sheet's walker fills it; the board reader (`readers.board`) fills one too, with
    the text, date, people and governance rows it found by a board's labels, so that those are
    read by `Assembler` exactly as the 2020 sheet's are.
    """

    values: dict[str, list[list[Cell]]] = field(default_factory=dict)  # field -> value rows
    questions: dict[str, _Question] = field(default_factory=dict)
    governance_columns: dict[str, int] = field(default_factory=dict)
    risk_columns: dict[str, int] = field(default_factory=dict)  # "id", "description" -> grid column
    labels_seen: set[str] = field(default_factory=set)
    preamble: list[str] = field(default_factory=list)
    # Rows that read as a question no 2020 label names ("Financial implications assessed |
    # Yes ☐ No ☐"): (label, value cells). Never skipped in silence.
    unrecognised: list[tuple[str, list[Cell]]] = field(default_factory=list)


def read_legacy(blocks: Iterable[etree._Element], header_paragraphs: Callable[[], list[str]] = list) -> RawDraft:
    """The draft on a hand-made cover sheet at the start of `blocks` (top-level body blocks)."""
    sheet = _Walker().walk(blocks)
    return Assembler(sheet, header_paragraphs).draft()


class _Walker:
    """Goes through the blocks and rows, sorting each row's cells into `Sheet`."""

    def __init__(self) -> None:
        self.sheet = Sheet()
        self.target: str | None = None  # the field whose value rows come next
        self.last_label: tuple[str, str] | None = None  # (label text, field) of the last label row

    def walk(self, blocks: Iterable[etree._Element]) -> Sheet:
        started = False
        between = 0  # non-empty paragraphs since the last table
        for kind, element in flatten(blocks):
            if kind == "p":
                text = text_of(element)
                if not text:
                    continue
                if not started:
                    self._preamble(text)
                    continue
                between += 1
                if self.sheet.labels_seen & _SECTION_FIELDS or between > MAX_PARAGRAPHS_BETWEEN_TABLES:
                    break  # the paper's own text begins
                continue
            rows = table_rows(element)
            if not started:
                self._require_cover_sheet(rows)
                started = True
            between = 0
            for cells in rows:
                self._row(cells)
            if "risks.text" in self.sheet.labels_seen:
                break  # the last row of the template: the cover sheet is complete
        if not started:
            raise _missing("no cover sheet: the document has no table at its start")
        return self.sheet

    def _preamble(self, text: str) -> None:
        self.sheet.preamble.append(text)
        if len(self.sheet.preamble) > MAX_PREAMBLE_PARAGRAPHS or sum(map(len, self.sheet.preamble)) > MAX_PREAMBLE_CHARACTERS:
            raise _missing(
                "no cover sheet at the start of the document: it begins with the paper's text "
                f"(\"{_shorten(self.sheet.preamble[0])}\"), not with a cover-sheet table"
            )

    def _require_cover_sheet(self, rows: list[list[Cell]]) -> None:
        found = {labels.field_of(cells[0].text) for cells in rows if cells and cells[0].text}
        found.discard(None)
        if len(found) < 2:
            raise _missing("no cover sheet: the first table holds no cover-sheet labels (Date of Meeting, Title of Paper, ...)")

    def _row(self, cells: list[Cell]) -> None:
        filled = [cell for cell in cells if cell.text]
        if not filled:
            return
        first = filled[0]
        if self.target == "governance" and self._governance_header(filled):
            return
        name = self._label(first, filled)
        if name is None:
            if self._continues_label(first, filled):
                return
            if self._unknown_question(first, filled):
                self.sheet.unrecognised.append((first.text, cells[cells.index(first) + 1:]))
                self.target = None
                return
            if self.target is not None:
                self.sheet.values.setdefault(self.target, []).append(cells)
            return
        after = cells[cells.index(first) + 1:]
        if name == "risks.text" and self._risk_header(filled):
            self.sheet.values.setdefault("risks.references", [])
            self.target = "risks.references"
            return
        self.sheet.labels_seen.add(name)
        self.last_label = (first.text, name)
        kind = labels.kind_of(name)
        if kind is Kind.TICKS:
            self._question(name, first.text, after)
            self.target = None
        elif kind is Kind.HEADING:
            self.target = None
        elif any(cell.text for cell in after):
            self.sheet.values.setdefault(name, []).append(after)
            self.target = None  # label and value side by side: the value is complete
        else:
            self.sheet.values.setdefault(name, [])
            self.target = name

    def _label(self, first: Cell, filled: list[Cell]) -> str | None:
        if len(first.text) > _LABEL_CELL_MAX_CHARACTERS:
            return None
        name = labels.field_of(first.text)
        if name and self.target == "governance" and len(filled) > 1 and not _has_options(filled[1:]):
            return None  # a forum named "Finance" or "Quality Committee" is an entry, not a label
        return name

    def _unknown_question(self, first: Cell, filled: list[Cell]) -> bool:
        """A row that asks something no 2020 label names: a short first cell with tick boxes
        after it, or, where no field is being read, a short first cell beside a value."""
        text = first.text.strip()
        if "\n" in text or len(text.split()) > _UNKNOWN_LABEL_WORDS or self.target == "governance":
            return False
        if len(filled) > 1 and _has_options(filled[1:]):
            return True
        return self.target is None and len(filled) == 2 and not _option(text)

    def _continues_label(self, first: Cell, filled: list[Cell]) -> bool:
        """The second half of a label split across a page break ("Completed")."""
        if self.last_label is None:
            return False
        text, name = self.last_label
        if labels.field_of(f"{text} {first.text}") != name:
            return False
        after = [cell for cell in filled[1:]]
        if after and labels.kind_of(name) is Kind.TICKS and _has_options(after):
            question = self.sheet.questions[name]
            if not any(t is Tick.CHECKED for t in question.ticks.values()):
                self._question(name, f"{text} {first.text}", after)
        return True

    def _governance_header(self, filled: list[Cell]) -> bool:
        columns = {labels.governance_column(cell.text): cell.column for cell in filled}
        if None in columns or not {"forum", "outcome"} <= set(columns):
            return False
        self.sheet.governance_columns = columns
        return True

    def _risk_header(self, filled: list[Cell]) -> bool:
        """"Risk Reference | Risk Description": a table of references, one a row, below."""
        columns = {labels.risk_column(cell.text): cell.column for cell in filled}
        if len(filled) < 2 or None in columns or set(columns) != {"id", "description"}:
            return False
        self.sheet.risk_columns = columns
        return True

    def _question(self, name: str, label: str, cells: list[Cell]) -> None:
        self.sheet.questions[name] = _Question(label, _options(cells))


def _options(cells: list[Cell]) -> dict[str, Tick]:
    """Each option's box: "Yes | ☐ | No | ☒", "Yes ☐ | No ☒", "☐ | Yes | ☒ | No", or typed.

    A box belongs to the option in its own cell, else to the option just before it (or, when
    boxes come first, just after it). A row with a single option word and no box at all is
    the answer typed out ("N/A").
    """
    boxes = (Tick.CHECKED, Tick.UNCHECKED, Tick.UNREADABLE)
    ticks: dict[str, Tick] = {}
    options_seen: list[str] = []
    waiting_option: str | None = None
    waiting_box: Tick | None = None
    for cell in cells:
        option = _option(cell.text)
        box = cell.tick()
        if option:
            options_seen.append(option)
            if box in boxes:
                ticks[option] = box
            elif waiting_box is not None:
                ticks[option], waiting_box = waiting_box, None
            else:
                waiting_option = option
        elif box is not None:
            if waiting_option is not None:
                ticks[waiting_option], waiting_option = box, None
            elif box in boxes:
                waiting_box = box
    if len(options_seen) == 1 and not any(tick in boxes for tick in ticks.values()):
        return {options_seen[0]: Tick.CHECKED}
    return ticks


def _has_options(cells: list[Cell]) -> bool:
    return any(_option(cell.text) for cell in cells)


@lru_cache(maxsize=1024)  # "Yes", "No", "N/A", "☐" recur in every tick-box row
def _option(text: str) -> str | None:
    """The option a cell names ("Yes ☐" -> "yes", "N/A" -> "n/a"), or None."""
    answer = answer_named(strip_glyphs(text))
    return answer.value if answer else None


class Assembler:
    """Turns the cells read into the draft's values, and notes what could not be read.

    Used by `read_legacy` on the 2020 sheet, and by the board reader on a `Sheet` of the text,
    date, people and governance rows it found: one way to read those answers for both.
    """

    def __init__(self, sheet: Sheet, header_paragraphs: Callable[[], list[str]]):
        self.sheet = sheet
        self.header_paragraphs = header_paragraphs
        self.noticed: list[Noticed] = []
        self.data: dict = {}
        self.answer_texts: dict[str, str] = {}

    def draft(self) -> RawDraft:
        self._board()
        for name in _PLAIN_TEXT:
            self._put(name, self._text(name))
        for name in _PEOPLE:
            if name in self.sheet.values:
                self.data[name] = _people(self._text(name))
        if "sponsor" in self.sheet.values:
            people = parse_people(self._text("sponsor"))
            self._put("sponsor", people[0] if people else None)
        self._date("meeting_date")
        self._date("submitted_on")
        self._confidential()
        self._purpose()
        if "recommendations" in self.sheet.values:
            self.data["recommendations"] = values.recommendations(self._cells("recommendations"))
        self._governance()
        self._questions()
        self._risk_text()
        unrecognised = self._unrecognised()
        return RawDraft(self.data, noticed=self.noticed, unrecognised=unrecognised,
                        look_alikes=look_alikes([entry["label"] for entry in unrecognised]),
                        answer_texts=self.answer_texts)

    def _unrecognised(self) -> list[dict[str, str]]:
        """Rows no 2020 label names, each kept with its text and listed once (CS010)."""
        found = []
        for label, cells in self.sheet.unrecognised:
            ticked = [option for option, tick in _options(cells).items() if tick is Tick.CHECKED]
            text = " / ".join(ticked) if ticked else values.clean("\n".join(strip_glyphs(c.text) for c in cells if c.text))
            found.append({"label": label, "text": text or ""})
        if found:
            shown = ", ".join(f"'{entry['label']}'" for entry in found)
            self.noticed.append(Noticed(ReadingProblem.UNRECOGNISED_LABELS,
                                        f"Labels not understood (their text is kept under `unrecognised` by extract): {shown}."))
        return found

    # --- text fields ------------------------------------------------------------------------

    def _cells(self, name: str) -> list[etree._Element]:
        return [cell.element for row in self.sheet.values.get(name, []) for cell in row if cell.text]

    def _text(self, name: str) -> str | None:
        if name not in self.sheet.values:
            return None
        return values.without_paragraph_numbers(values.clean("\n".join(cell.text for row in self.sheet.values[name] for cell in row if cell.text)))

    def _put(self, name: str, value) -> None:
        if name in self.sheet.values or value is not None:
            self.data[name] = value

    def _board(self) -> None:
        if "board" in self.sheet.values:
            return
        for text in self.sheet.preamble or self.header_paragraphs():
            if _BOARD_LINE.search(text) and len(text) <= 80 and "\n" not in text:
                self.data["board"] = text.strip()
                return

    def _date(self, name: str) -> None:
        text = self._text(name)
        if text is None:
            self._put(name, None)
            return
        parsed = parse_uk_date(text)
        if isinstance(parsed, Month):
            self._notice(ReadingProblem.INVALID_VALUE, name, f"{name}: '{text}' is a month, not a full date: give the day")
        elif parsed is None:
            self.data[name] = text  # the model refuses it and quotes it
        else:
            self.data[name] = parsed.isoformat()

    def _boxed_text(self, name: str) -> str | None:
        """The field's text with every box in it shown as the glyph of its state."""
        if name not in self.sheet.values:
            return None
        cells = [boxes_as_glyphs(cell.element) for row in self.sheet.values[name] for cell in row if cell.text or cell.box]
        return values.clean("\n".join(text for text in map(text_of, cells) if text))

    def _confidential(self) -> None:
        text = self._boxed_text("confidential")
        answer, reason = values.flag(text)
        if text is not None:
            self.answer_texts["confidential"] = text
        if text and values.ticked_flags(text) == {"yes", "no"}:
            self._notice(ReadingProblem.AMBIGUOUS_ANSWER, "confidential", "'Confidential' has Yes and No ticked: the answer is not clear.")
        self._put("confidential", answer)
        if reason and not self.data.get("confidential_reason"):
            self.data["confidential_reason"] = reason

    def _purpose(self) -> None:
        if "purpose" not in self.sheet.values:
            return
        boxed = self._boxed_text("purpose")
        # Box options are the categories, never the purpose's text: "☐ For approval ☐ For noting"
        # with nothing ticked leaves the purpose unanswered.
        text = values.without_boxes(boxed) if values.boxed_words(boxed or "") is not None else self._text("purpose")
        self.data["purpose"] = {"categories": values.purpose_categories(boxed), "text": text}

    # --- governance ---------------------------------------------------------------------------

    def _governance(self) -> None:
        if "governance" not in self.sheet.values:
            return
        entries: list[dict] = []
        answered = False
        for row in self.sheet.values["governance"]:
            columns = self._governance_cells(row)
            texts = {key: values.clean(text) for key, text in columns.items()}
            if "mark" in self.sheet.governance_columns:
                # a forum printed in a row of the form is an entry only when the author marks it
                # ("PEOPLE COMMITTEE | Y | 18th December 2025") or dates it; "N" answers too
                mark = values.marked(texts.pop("mark", None))
                if mark is not True and not texts.get("date") and not texts.get("outcome"):
                    answered = answered or mark is False
                    continue
            filled = [t for t in texts.values() if t]
            if not filled:
                continue
            answered = True
            if len(filled) == 1 and (values.says_nothing_to_report(filled[0]) or values.no_history(filled[0])):
                continue
            entries.extend(_split_entry(texts))
        self.data["governance"] = [dated_entry(entry) for entry in entries] if answered else None

    def _governance_cells(self, row: list[Cell]) -> dict[str, str]:
        starts = sorted((column, key) for key, column in self.sheet.governance_columns.items())
        if not starts:  # no header: forum, date, outcome in the first three cells
            return {key: cell.text for key, cell in zip(("forum", "date", "outcome"), row)}
        found: dict[str, list[str]] = {}
        for cell in row:
            key = next((key for column, key in reversed(starts) if column <= cell.column), starts[0][1])
            if cell.text:
                found.setdefault(key, []).append(cell.text)
        return {key: "\n".join(parts) for key, parts in found.items()}

    # --- tick boxes and risks -----------------------------------------------------------------

    def _questions(self) -> None:
        for name, question in self.sheet.questions.items():
            answer = self._answer(name, question)
            if name.startswith("implications."):
                self.data.setdefault("implications", {})[name.partition(".")[2]] = {"answer": answer}
            else:
                self.data.setdefault("risks", {})[name.partition(".")[2]] = answer

    def _answer(self, name: str, question: _Question) -> str | None:
        if any(tick is Tick.UNREADABLE for tick in question.ticks.values()):
            self._notice(
                ReadingProblem.UNREADABLE_TICK_BOX, name, f"The tick boxes for '{question.label}' are ActiveX controls: their state cannot be read."
            )
            return None
        ticked = [option for option, tick in question.ticks.items() if tick is Tick.CHECKED]
        if len(ticked) > 1:
            shown = " and ".join(option.capitalize() if option != "n/a" else "N/A" for option in ticked)
            self._notice(ReadingProblem.AMBIGUOUS_ANSWER, name, f"'{question.label}' has {shown} ticked: the answer is not clear.")
            return None
        return ticked[0] if ticked else None

    def _risk_text(self) -> None:
        if "risks.text" in self.sheet.values:
            references, note = values.risk_text(self._text("risks.text"))
            risks = self.data.setdefault("risks", {})
            risks["references"] = references
            risks["note"] = note
        if "risks.references" in self.sheet.values:
            self._risk_table()
        if self._text("risks.note"):
            self.data.setdefault("risks", {})["note"] = self._text("risks.note")

    def _risk_table(self) -> None:
        """The rows under a "Risk Reference | Risk Description" header: one reference each."""
        starts = sorted((column, key) for key, column in self.sheet.risk_columns.items())
        found: list[dict] = []
        answered = False
        for row in self.sheet.values["risks.references"]:
            entry: dict[str, list[str]] = {}
            for cell in row:
                key = next((key for column, key in reversed(starts) if column <= cell.column), starts[0][1])
                if cell.text:
                    entry.setdefault(key, []).append(cell.text)
            texts = {key: values.clean("\n".join(parts)) for key, parts in entry.items()}
            filled = [text for text in texts.values() if text]
            if not filled:
                continue
            answered = True
            if len(filled) == 1 and values.says_nothing_to_report(filled[0]):
                continue
            found.append({"id": texts.get("id"), "description": texts.get("description")})
        if answered or not self.data.get("risks", {}).get("references"):
            self.data.setdefault("risks", {})["references"] = found if answered else None

    def _notice(self, kind: ReadingProblem, name: str, message: str) -> None:
        self.noticed.append(Noticed(kind, message, name))


def _people(text: str | None) -> list[dict] | None:
    """The people in a cell; "None" is answered, nobody; a cell of bare commas is unanswered."""
    if text is not None and values.says_nothing_to_report(text):
        return []
    return parse_people(text) or None


def _split_entry(texts: dict[str, str | None]) -> list[dict]:
    """One row naming several forums, dates and outcomes line by line is several entries."""
    keys = ("forum", "date", "outcome")
    lines = {key: [line.strip() for line in (texts.get(key) or "").splitlines() if line.strip()] for key in keys}
    counts = {len(found) for found in lines.values() if found}
    if len(counts) == 1 and (count := counts.pop()) > 1:
        return [{key: (lines[key][i] if lines[key] else None) for key in keys} for i in range(count)]
    return [{key: texts.get(key) for key in keys}]


def _missing(message: str) -> UnreadableFile:
    return UnreadableFile(message, missing_cover_sheet=True)


def _shorten(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
