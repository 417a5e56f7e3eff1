"""The questions a board's blank form asks, read off its layout for `profile init`.

A blank form is simpler than a filled paper: every label is printed and every answer is empty,
so a question is a label with room (or boxes, or option words) for its answer. This reads the
form's tables and paragraphs into `Asked` questions in the order printed, with no profile and
no meaning: `profile_init` then names each one. Nothing the form asks is dropped:

- a table row is a label and the cells after it: empty cells (the answer goes there), boxes
  with option words ("☐ Caring ☐ Responsive"), a drop-down list's items, or option words as
  column headers with boxes in the row below ("Report for: | Decision | Assurance", then
  "☐ | ☐");
- a row that spans the table with nothing after it heads the rows below it: option/box pairs
  there, one a row ("1. Working together ... | ☐") or in a grid ("SR1 | ☐ | SR3 | ☐"), are its
  options; a row that is a label and empty answer cells starts the next question;
- "Yes | No | N/A" as column headers make the labels under them Yes / No / N/A questions;
- paragraphs set apart (bold, a heading, in capitals) are labels; the lines above the first
  label are the form's header lines (the board, the meeting date, the title);
- a label's printed decoration is not part of it: a trailing colon, asterisk or footnote mark,
  and a placeholder after it ("Subject: [Report title]" asks "Subject").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from coversheet.dates.uk import parse_uk_date
from coversheet.model.answers import answer_named
from coversheet.word.answers.values import numbered
from coversheet.word.answers.choices import typed_answer_header
from coversheet.word.matching import labels
from coversheet.word.layout.cells import ROW_NUMBER, Cell, flatten, table_rows
from coversheet.word.layout.marks import bold, bold_then_plain, heading, page_break
from coversheet.word.layout.options import boxed_options, tokens
from coversheet.word.forms.form_printed import (
    DELETE_ONE,
    bold_start,
    choice_words,
    dropdown_items,
    paragraph_options,
    runs_into_answer,
)
from coversheet.word.text import text_of
from coversheet.word.layout.ticks import Tick, strip_glyphs


MAX_PARAGRAPHS = 80  # a form's questions are printed within its first paragraphs
_LABEL_WORDS = 30  # a longer paragraph is prose, not a label
_PLACEHOLDER = re.compile(r"\[[^\]]*\]|…+|\.{3,}|_{3,}")
_DOTS = re.compile(r"…+|\.{3,}|_{3,}")  # room to write in, within a label's line
_DECORATION = re.compile(r"[\s:*¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]+$")
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-h]\)|[ivx]{1,4}[.)])\s+(?=\S)")
# (a meeting body's name; not "Board Assurance Framework risks", a question of the form's)
BOARD_LINE = re.compile(r"\b(board(?!\s+assurance\s+framework)|committee|commission|partnership|council|cabinet|panel|governing body)\b", re.I)
_NAMES_MEETING = re.compile(r"\b(?:meeting|board|committee|cabinet|council|panel|commission)\s*$", re.I)  # "CABINET MEETING"
_ONLY_PLACEHOLDER = re.compile(r"^\[[^\]]*\]$|\bhere$", re.I)
_CODE = re.compile(r"[A-Z]{1,6}[-/ ]?\d{1,3}(\.\d{1,3})?[a-z]?")  # "SR1", "BAF 2.1", "SO3"
_FORM_TITLE = re.compile(r"\b(sheet|cover|front page|template|proforma|pro forma)$", re.I)  # "Paper Summary Sheet"
_MEETINGS_ASKED = re.compile(r"\b(seen by|considered by|previously (considered|seen|discussed)|committees?\b.*\bdates?)\b", re.I)
_LEAD_IN = re.compile(r"^([A-Za-z][A-Za-z ]{2,40}?\b(?:of|to|from|by)(?: the)?)\s+(\[[^\]]+\])$")  # "Report of the [job title]"
_ASKED_TO = re.compile(r"\b(asked|invited|requested|recommended)\s+to\s*:?$", re.I)  # "The Board is asked to:"
_INSTRUCTION = re.compile(r"\bplease\b", re.I)
# "That the Board:", "Cabinet is asked:", "I recommend that the Committee:": a stem over the answer's items
_STEM = re.compile(r"(?:that\b|the following\b|.*\b(?:asked|recommend(?:ed|s)?|invited|requested)\b)", re.I)
# A contact block's parts ("Name:", "Post:", "Email:"), each the room for part of one person, no question
_CONTACT_PART = re.compile(r"(?:full\s+)?names?|post|job\s+title|title|role|designation|position|department|directorate|service|"
                           r"organi[sz]ation|e-?mail|tel(?:ephone)?(?:\s+no\.?)?|phone|address|ext(?:ension)?|"
                           r"(?:\w+\s+)?(?:supplied|completed|signed(?:\s+off)?|cleared|verified|checked|agreed|prepared)\s+by",
                           re.I)  # (and who signed the answer off: "Supplied by:")
_IMPACT = re.compile(r"\b(implications?|impacts?|legal|financial|finance|equalit(?:y|ies)|risks?|quality|safety|privacy|"
                     r"workforce|environment(?:al)?|sustainability|confidentiality|health|inequalit(?:y|ies)|procurement)\b", re.I)
_PROMPT_ALONE = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?\[[^\]]+\]\.?")  # "1.1 [Summarise the report …]"
_IMPACTS_HEADING = re.compile(r"(?:key |other )?implications?(?: of (?:the )?(?:paper|report))?\s*:?", re.I)
_MARKING = re.compile(r"\b(mark|tick|select|choose|indicate)\b|\bwith an? x\b", re.I)  # "(mark one box with X)"


@dataclass
class Asked:
    """One question on the form, as printed."""

    label: str  # cleaned: no trailing colon, asterisk, footnote mark or placeholder
    printed: str  # the label cell's text as printed
    options: list[str] = field(default_factory=list)
    yes_no_na: bool = False  # under Yes / No / N/A columns, or its options are those words
    rest: str = ""  # text printed after the label in its own cell or line ("Wednesday 11 March 2026")
    prompt: str = ""  # text printed in the answer's place ("[Report title]", "Public/Private")
    heading: bool = False  # a row spanning the table with nothing yet below it: maybe a section's heading
    boxes: bool = True  # its options have boxes (not empty cells, where a date or an X is written)
    keep_one: bool = False  # its options are printed as one "YES/NO" for the author to delete all but one
    ends_form: bool = False  # the form's last line, nothing under it: the report's own text follows it
    implication: bool = False  # a row of a table headed "Implications | Impact and mitigation": an impact, answered in words


@dataclass
class Form:
    """A blank form's questions in the order printed, and the header lines above the first."""

    questions: list[Asked] = field(default_factory=list)
    header: list[tuple[str, etree._Element]] = field(default_factory=list)
    # each header line's number among the lines above the first label and the first table (where
    # a profile can place it: `line = N`), or None for a line printed after either
    lines: list[int | None] = field(default_factory=list)


def clean_label(text: str) -> tuple[str, str]:
    """(the label, the text printed after it): "Subject:\\t[Report title]" -> ("Subject",
    "[Report title]"); "Purpose:*" -> ("Purpose", ""); "Link to Strategic Risk:¹" -> ("Link
    to Strategic Risk", "")."""
    text = " ".join(strip_glyphs(text).replace("\t", " : ", 1).split()) if "\t" in text.strip() else " ".join(strip_glyphs(text).split())
    head, colon, rest = text.partition(":")
    if not colon or not head.strip():
        head, rest = text, ""
    label = _DECORATION.sub("", DELETE_ONE.sub("", _DOTS.sub(" ", head))).strip(" -–—")
    label = " ".join(label.split())
    return label, rest.strip(" :")


def read_form(blocks: Iterable[etree._Element], is_label) -> Form:
    """The questions on a blank form; `is_label(text)` says whether a text is one of the
    questions a reader knows (it starts the form, and ends an option list)."""
    return _Reader(is_label).read(blocks)


class _Reader:
    def __init__(self, is_label):
        self.is_label = is_label
        self.form = Form()
        self.tick_columns: dict[int, str] = {}
        self.heading: Asked | None = None  # a row spanning the table: the option rows below are its
        self.headers: tuple[Asked, dict[int, str]] | None = None  # option words as column headers
        self.bands: list[tuple[int, Asked]] = []  # labels side by side: (first column, question)
        self.set_apart = False  # the form sets its labels apart (bold, headings, capitals)
        self.grid = False  # under "Meeting | Date" column headers: the rows are the grid's, not questions
        self.forums = False  # under "PREVIOUSLY CONSIDERED BY | Y/N | DATE:": the rows are the forums printed
        self.label_above: Asked | None = None  # the label paragraph just read, with nothing yet under it
        self.lead_in: Asked | None = None  # a label whose lead-in ("The following ... considered:") was just read
        self.across: dict[int, Asked] = {}  # labels as column headers ("Author: | Chief Officer ...:"), by column
        self.marked: Asked | None = None  # a choice under a mark column's name ("… | ✓"): its rows' empty cells are boxes
        self.impacts = False  # in a table headed "Implication | Comment": its rows are impacts, answered in words
        self.tables = 0  # the tables met
        self.spaced = False  # a blank line came before the paragraph being read

    def read(self, blocks: Iterable[etree._Element]) -> Form:
        paragraphs = 0
        body = False  # past the front page: only its tables of labels are still the form's
        pending: tuple[etree._Element, str] | None = None  # a numbered heading past the front page, its prompt to come
        room = False  # the last paragraph was blank
        for kind, element in flatten(blocks):
            if kind == "tbl":
                # A label printed as a paragraph right above a table of option/box rows
                # ("Strategic considerations", then "1) We will deliver great care | ☐"): the
                # rows are its options
                self.tick_columns, self.heading, self.headers, self.bands, self.across = {}, self.label_above, None, [], {}
                self.forums = self.impacts = False
                if self.heading is not None and not self.heading.options and not room:
                    # "Contact Details" right above a table (no blank line between, where its
                    # answer would go): the table's heading, asking nothing itself when the
                    # table's first row is labels of its own
                    self.heading.heading = True
                self.grid, self.label_above, self.lead_in, self.tables = False, None, None, self.tables + 1
                for cells in table_rows(element):
                    self._row(cells)
                continue
            text = text_of(element) or ""
            brake = page_break(element)
            if brake == "before" and self.form.questions:
                body = True  # the report's own text begins; a council's implications table may follow
            if not re.search(r"\w", text):
                room = True  # a blank line: room to write under the label above
                continue
            self.spaced, room = room, False
            paragraphs += 1
            if paragraphs > MAX_PARAGRAPHS:
                return self.form
            self.heading = self.headers = None
            above, self.label_above = self.label_above, None
            if not body:
                self._paragraph(element, text, above, paragraphs)
            elif pending is not None and _PROMPT_ALONE.fullmatch(text.strip()):
                # "5.<tab>Detailed report" over "5.1 [The main body of the report]" past the front
                # page: the form's heading over its prompt, a question it asks of every report
                self._paragraph(*pending, None, paragraphs)
            pending = (element, text) if body and _NUMBERING.match(text) and len(text.split()) <= _LABEL_WORDS else None
            if brake == "after" and self.form.questions:
                body = True
        if self.label_above is not None and self.label_above is self.form.questions[-1] and not body:
            # "DETAILS:" closing a council's front sheet, nothing under it: where the report's
            # own text begins (its numbered headings), not a question answered on the sheet
            self.label_above.ends_form = True
        return self.form

    # --- paragraphs ---

    def _paragraph(self, element: etree._Element, text: str, above: Asked | None = None, number: int = 0) -> None:
        lead_of, self.lead_in = self.lead_in, None
        label, rest = clean_label(_NUMBERING.sub("", text, count=1))
        set_apart = bold(element) or heading(element) or (text.isupper() and len(text) > 2) or (bool(rest) and bold_start(element))
        known = bool(label) and self.is_label(label)
        dated = bool(rest) and isinstance(parse_uk_date(rest), dt.date)
        # "Ward(s) affected: " in plain type, nothing after its colon: room to write, a question
        to_fill = text.rstrip().endswith(":") and not rest and bool(label) and len(label.split()) <= 6 \
            and not _INSTRUCTION.search(text) and not _CONTACT_PART.fullmatch(label) \
            and not _STEM.match(label) and not _NUMBERING.match(text)  # ("4.1<tab>Financial and risk:": the heading's item)
        if above is not None and not set_apart and not to_fill:
            boxed = boxed_options(tokens([element])) or []
            if sum(1 for word, _ in boxed if word) >= 2:
                # "☐ Statutory role ☐ Holding to account ☐ ..." under "Links to governor duties"
                above.options = [word for word, _ in boxed if word]
                return
            if not above.prompt and len(text.split()) <= _LABEL_WORDS:
                # "(List the committees or groups that have considered this report, with
                # dates.)" under "Consultation": the form's hint of what the answer holds
                above.prompt = text.strip()
                if text.rstrip().endswith(":"):
                    self.lead_in = above  # its answer may be the labels below it
                return
        if _ONLY_PLACEHOLDER.search(text.strip()):
            # "[COMMITTEE]", "[Meeting date here]", "Report title here": a header line to fill in
            # (above the first label, or among the first lines before any table: "Item", then
            # the meeting's line, then "[Title of report]")
            if not self.form.questions or (not self.tables and number <= 4):
                self._header_line(text, element)
            return
        if not self.form.questions and not rest and not text.rstrip().endswith(":") \
                and (BOARD_LINE.search(text) or _FORM_TITLE.search(label)):
            # "Bradford District and Craven Quality and Safety Committee", "Paper Summary
            # Sheet" above the first label: the meeting's line and the form's own name, even
            # when their words sound like a question's (quality, summary)
            self._header_line(text, element)
            return
        if not self.form.questions and (dated or not (known or (to_fill and not _NAMES_MEETING.search(label)) or (set_apart and rest and label))):
            # above the first label: a header line (not "Paper reference:" with room after it,
            # the form's first question though none of the standard ones; but "CABINET MEETING:"
            # is the meeting's line, its date written after it)
            self._header_line(text, element)
            return
        lead_in = _LEAD_IN.match(text.strip())
        if lead_in and self.form.questions and not self.tables and number <= 6:
            # "Report of the [job title of the report's author]" among the first lines: words
            # that run into the place for their answer ask a question though not set apart
            self.form.questions.append(Asked(lead_in.group(1).strip(), text.strip(), prompt=lead_in.group(2)))
            return
        if not label or len(text.split()) > _LABEL_WORDS or not (set_apart or to_fill or (known and not self.set_apart)):
            # prose, a prompt or the answer's place ("Name of finance officer consulted:" in
            # plain type under the bold "Financial implications": part of its answer)
            return
        if _INSTRUCTION.search(text) and not rest and not text.rstrip().endswith(":"):
            return  # "For further information please contact the author": said to the reader, asking nothing
        if lead_of is not None and lead_of in self.form.questions and not lead_of.options and numbered(element):
            # "Implications / The following implications have been considered:", then the bold
            # bullets "Financial", "Legal", ...: the heading of the questions listed below it,
            # asking nothing itself
            self.form.questions.remove(lead_of)
        self.set_apart = self.set_apart or set_apart
        if not known and not rest and BOARD_LINE.search(text) and not text.rstrip().endswith(":"):
            self._header_line(text, element)  # "REPORT TO THE ... GOVERNING BODY": the meeting's line
            return
        if rest and not _PLACEHOLDER.sub("", rest).strip(" /:") and not known and not set_apart:
            return
        second, second_rest = clean_label(rest) if "\t" in text.strip() else ("", "")
        if second and self.is_label(second) and not second_rest and not _PLACEHOLDER.search(rest):
            # "Part 1 (Open to the public)<tab>ITEM NO.": two labels on one line
            self.form.questions.append(Asked(label, text.strip()))
            self.form.questions.append(Asked(second, rest))
            return
        if not rest and _DOTS.search(text):
            label, rest = runs_into_answer(label, text)
        asked = Asked(label, text.strip(), rest=_PLACEHOLDER.sub("", rest).strip(), prompt=rest)
        whole = choice_words(_NUMBERING.sub("", text, count=1))
        if not DELETE_ONE.search(text) and any(len(word.split()) > 1 for word in whole) \
                and not all(re.match(r"(?:for|to)\s", word, re.I) for word in whole):
            # "Strategic/Operational Plans": a heading's name, not words to delete one of (but
            # "For Decision / For Assurance / For Information" is, printed with no label)
            whole = []
        asked.options = choice_words(rest) or whole
        asked.keep_one = bool(asked.options)
        if above is not None and self.form.questions and self.form.questions[-1] is above and not above.prompt \
                and not self.spaced and not above.printed.rstrip().endswith(":") and text.rstrip().endswith(":") and not rest \
                and not self.is_label(above.label) and not _NUMBERING.match(above.printed) \
                and (set(labels.normalise(above.label).split()) <= set(labels.normalise(label).split())
                     or _IMPACTS_HEADING.fullmatch(above.label)):
            # "**Impact**" then "**Quality and safety impact:**", "**Equality impact:**": a heading
            # with no room under it over the labels that ask, each of them its kind, asking nothing
            # itself (not "Agenda Item" over "TITLE OF REPORT:", a question of its own whose
            # answer is typed after it)
            self.form.questions.pop()
        self.form.questions.append(asked)
        if not asked.options and not asked.rest:
            self.label_above = asked

    def _header_line(self, text: str, element: etree._Element) -> None:
        leading = not self.form.questions and not self.tables and all(line is not None for line in self.form.lines)
        self.form.header.append((text.strip(), element))
        self.form.lines.append(len(self.form.lines) + 1 if leading else None)

    # --- tables ---

    def _row(self, cells: list[Cell]) -> None:
        filled = [cell for cell in cells if _text(cell) or _boxed(cell)]
        if len(filled) >= 2 and ROW_NUMBER.fullmatch(_text(filled[0])) and _text(filled[1]):
            # "1. | Meeting | " : the form numbers its rows; the label is the next cell
            self._row(cells[cells.index(filled[0]) + 1:])
            return
        if self.heading is not None and (not filled or self.heading.options):
            self.heading.heading = False  # room for its answer, or its options, below it
        if not filled:
            self.grid = False  # the grid's room to write its entries: the rows below are questions again
            return
        texts = [_text(cell) for cell in filled if _text(cell)]
        roomy = len(cells) == 2 * len(filled) and all(not _text(cells[index]) for index in range(1, len(cells), 2))
        if len(texts) >= 2 and all(map(_history_column, texts)) and not (
                len(filled) < len(cells) and (roomy or any(text.endswith(":") for text in texts))):
            # (not "Meeting title | | Date: | ", "Meeting | | Date | ": labels each with room to write)
            if self.heading is not None:
                self.heading.heading = False  # the heading of a grid ("Timetable" over "Meeting | Date")
                self.grid = True
            return  # "Forum | Date | Outcome": the columns of the history above
        if self.forums and len(filled) == 1 and filled[0] is cells[0]:
            return  # "PEOPLE COMMITTEE | | ": a forum the history's grid prints, its mark and date left to fill
        self.forums = False
        if self.grid and not _set_apart(filled[0]):
            # "Committee (please state) | (date)", "Council | (date)" printed right under
            # "Meeting | Date": the grid's rows, part of the question above (an empty row, the
            # room for entries, ends them: "Interests declared" below it is a question)
            return
        self.grid = False  # a label set apart: the next question
        if (len(texts) >= 3 and _text(filled[0]) == texts[0] and not _history_column(texts[0])
                and any(typed_answer_header(text) for text in texts[1:])
                and any(labels.governance_column(text) == "date" for text in texts[1:])
                and all(_history_column(text) or typed_answer_header(text) for text in texts[1:])):
            # "PREVIOUSLY CONSIDERED BY | Y/N | DATE:" over the board's committees a row each: the
            # history, its forums printed for the author to mark and date
            self._label_row(filled[0], [])
            self.forums = True
            return
        across, self.across = self.across, {}
        if across and self._prompts_below(across, filled):
            return
        if self._tick_header(filled):
            return
        if (len(texts) == len(filled) == len(cells) >= 2 and _IMPACTS_HEADING.fullmatch(texts[0]) and not any(map(_boxed, filled))
                and all(len(text.split()) <= 4 and not text.endswith(":") for text in texts[1:])):
            # "Implications | Impact and mitigation", "Implication | Comment" over "Quality | ",
            # "Financial | ": the columns' names; each row below an impact, answered in words
            self.impacts = True
            return
        if len(filled) == len(cells) and self._labels_across(filled):
            return
        first = filled[0]
        if not _text(first):  # a row of boxes: under the column headers above
            self.headers = None
            return
        if first is not cells[0] and not _text(cells[0]) and not _boxed(cells[0]) and self.form.questions \
                and self.heading is None and self.headers is None \
                and not any(self.is_label(clean_label(_text(cell))[0]) for cell in filled):
            # The label's cell merged down ("3. IMPACT ...: | Yes", then " | No"): the words
            # beside it in this row are more of its options.
            self._more_options(self.form.questions[-1], [_text(cell) for cell in filled if _text(cell)])
            return
        if self.heading is not None and first is cells[-1] and not self.heading.options and _boxed(first) \
                and "\n" not in (first.text or "").strip() \
                and len(boxed := [word for word, _ in boxed_options(tokens([first.element])) or [] if word]) >= 2:
            # "Action required" across its row over "Approval ☐   Assurance ☐   Information ☐"
            # on one line: the heading's options, each with its box (not "Links to Strategic
            # Drivers" over "☐ Quality and safety" lines: a label and its options in one cell)
            self.heading.options, self.heading.heading = boxed, False
            return
        if self.heading is not None and first is cells[-1] and not self.heading.options \
                and (_ASKED_TO.search(_text(first)) or (not _set_apart(first) and (
                    len(_text(first).split()) > 6 or not self.is_label(clean_label(_text(first))[0])))):
            # The prompt under a heading ("Provide a short summary", "[Decision/Discussion/Noting]").
            self.heading.prompt = self.heading.prompt or _text(first)
            self.heading.options = choice_words(_text(first))
            self.heading.heading = False
            return
        if self.headers is not None and first.column == cells[0].column and _text(first) == self.headers[0].printed:
            self.headers = None  # the label merged down over its row of boxes
            return
        if self.headers is not None and not any(_boxed(cell) for cell in cells) and self.headers[0] in self.form.questions:
            # "Issue | Implications | Sign-off" over labels with empty cells: a grid's column
            # headers, not a question with options
            self.form.questions.remove(self.headers[0])
        self.headers = None
        after = cells[cells.index(first) + 1:]
        texts = [_text(cell) for cell in cells if _text(cell)]
        if self.heading is not None and self.heading.heading and not self.heading.options and first is cells[0] \
                and _MEETINGS_ASKED.search(self.heading.label) and len(texts) >= 3 and not any(map(_boxed, cells)) \
                and all(len(text.split()) <= 4 and ":" not in text for text in texts):
            # "Seen by the following committee(s) on date:" over "Finance & Investment |
            # Integrated Governance | Executive | ...": the forums as a grid's columns, each
            # date written in the empty row below
            self.heading.options, self.heading.boxes, self.heading.heading = texts, False, False
            self.heading, self.grid = None, True
            return
        if (self.heading is not None or self.bands) and self._options_row(first, after):
            return
        if (self.heading is not None and not self.heading.options and first is cells[0] and _MARKING.search(self.heading.printed)
                and len(texts) >= 2 and len(texts) == len(cells) and not any(map(_boxed, cells))
                and all(len(text.split()) <= 4 and not text.endswith(":") for text in texts)):
            # "Purpose of report (mark one box with X)" over "Approval | Assurance | Discussion |
            # Information" over empty cells: the heading's options as column headers, an X below
            self.heading.options, self.heading.boxes, self.heading.heading = texts, False, False
            self.heading = None
            return
        if len(after) == 1 and labels.names_a_mark_column(after[0].text or "") and not _boxed(first):
            # "Trust objectives supported (tick all that apply) | ✓" over "Provide outstanding
            # care | ": a choice whose options are the rows below, each with room for its mark
            asked = self._label_row(first, [])
            if asked is not None:
                asked.heading, asked.boxes = False, False
                self.heading, self.bands, self.marked = asked, [], asked
            return
        self._lone_option_a_label(first, after)
        # A section's heading ("1. About this paper") spans its row with the next label right
        # below it: it asks nothing (unless both are boxes of a column of questions).
        if not self._next_box(first, after):
            self._drop_heading()
        self.heading, self.bands = None, []
        # "REPORT FOR: | Assurance: | (room for a ✓) | Decision: | ...": option words each with
        # room for a mark, though each ends with a colon: one question's options, not labels
        segments = [(first, after)] if _paired_with_room(after) else self._segments(first, after)
        if len(segments) > 1:
            # Labels side by side ("Agenda No: | | Attachment: | ", "Link to CQC Domain | |
            # Link to the Strategic Missions | "): each its own question, each owning the
            # columns from its label to the next, for the option rows below.
            for label_cell, cells_after in segments:
                asked = self._label_row(label_cell, cells_after)
                if asked is not None:
                    self.bands.append((label_cell.column, asked))
            self.heading = None
            return
        self._label_row(first, after)

    def _lone_option_a_label(self, first: Cell, after: list[Cell]) -> None:
        """"3. Governance" over "Link to strategic aim | " then "Equality impact assessed? | ": the
        one "option" read under a section's numbered heading is a label with its empty answer
        cell like the labels after it (a choice has two options or more), and the heading asks
        nothing."""
        heading = self.heading
        if (heading is None or len(heading.options) != 1 or not _NUMBERING.match(heading.printed) or heading.boxes
                or heading not in self.form.questions or len(after) != 1 or _text(after[0]) or _boxed(after[0])):
            return
        self.form.questions[self.form.questions.index(heading)] = Asked(heading.options[0], heading.options[0])
        self.heading = None

    def _next_box(self, first: Cell, after: list[Cell]) -> bool:
        """A column of boxes, each spanning the table with its label on its first line ("Aims /
        summary" over "Action required from the meeting"): a question a box, so the box above
        is no heading. A numbered or capitalised heading over a label is a section's heading."""
        spans = not after or all(cell.column == first.column for cell in after)
        heading = self.heading
        return (spans and _set_apart(first) and heading is not None and not _NUMBERING.match(heading.printed)
                and not heading.printed.isupper() and not _text(first).isupper())

    def _labels_across(self, filled: list[Cell]) -> bool:
        """"Author: | Chief Officer Responsible for the report:": labels as column headers with
        no room beside them, each answered in the rows below it (its placeholder in the next
        row is its prompt). (Labels with an empty cell between are side by side: `_segments`.)"""
        texts = [_text(cell) for cell in filled]
        if len(filled) < 2 or any(_boxed(cell) for cell in filled) \
                or not all((text.endswith(":") and (bold(cell.element) or text.isupper()) or self._plain_label_across(filled, text))
                           and len(text.split()) <= _LABEL_WORDS for cell, text in zip(filled, texts)):
            return False
        self._drop_heading()
        for cell, text in zip(filled, texts):
            label, rest = clean_label(text)
            if label:
                self.across[cell.column] = Asked(label, text, prompt=rest)
                self.form.questions.append(self.across[cell.column])
        self.heading, self.bands = None, []
        return True

    def _plain_label_across(self, filled: list[Cell], text: str) -> bool:
        """"Agenda item | Meeting date | Paper title" over an empty row: three or more of the
        board's labels as column headers, though not set apart (not "Public or Private | Public /
        Private (delete as appropriate)": a label and the words to delete one of)."""
        return len(filled) >= 3 and self.is_label(clean_label(text)[0]) and not choice_words(text) and not DELETE_ONE.search(text)

    def _prompts_below(self, across: dict[int, Asked], filled: list[Cell]) -> bool:
        """The row under labels across: "Author's name / Title / Dept Name" under "Author:",
        each in plain type in its label's column, is that label's prompt, not a question."""
        if any(cell.column not in across or _set_apart(cell) or _boxed(cell) for cell in filled):
            return False
        for cell in filled:
            across[cell.column].prompt = across[cell.column].prompt or " ".join(_text(cell).split())
        return True

    def _drop_heading(self) -> None:
        """The heading just read asks nothing: the labels right below it are the questions."""
        if self.heading is not None and self.heading.heading and self.heading in self.form.questions:
            self.form.questions.remove(self.heading)

    def _segments(self, first: Cell, after: list[Cell]) -> list[tuple[Cell, list[Cell]]]:
        """The row cut where another label starts, after an empty or boxed cell."""
        segments: list[tuple[Cell, list[Cell]]] = [(first, [])]
        for index, cell in enumerate(after):
            before = after[index - 1] if index else None
            text = _text(cell)
            pairs = _boxed(before) and any(_text(held) for held in segments[-1][1]) if before is not None else False
            # ("Legal | Yes/No | Financial | Yes/No": a label after the one before's "delete one"
            # words starts the next question, as after an empty cell)
            prompted = before is not None and bool(choice_words(_text(before))) and index >= 1 and len(segments[-1][1]) == 1
            after_it = after[index + 1] if index + 1 < len(after) else None
            same_prompt = prompted and after_it is not None and _text(after_it) == _text(before)  # "… | Yes/No | Workforce | Yes/No"
            # ("Director name and title | | Date paper seen by EC | ": two labels, each with its room)
            rooms = before is not None and not _text(before) and index + 1 < len(after) and not _text(after[index + 1]) \
                and not _boxed(after[index + 1]) and len(after) == index + 2 and segments[-1][0] is first
            # ("Meeting | NHS Devon ICB Board – meeting in public | Date | ": the first label's answer
            # printed on the form, then a label with its room)
            printed = (before is not None and _text(before) and len(segments[-1][1]) == 1 and after_it is not None
                       and not _text(after_it) and not _boxed(after_it) and index + 2 == len(after)
                       and self.is_label(clean_label(text)[0]))
            if printed:
                segments.append((cell, []))
            elif before is not None and (not _text(before) or prompted) and text and not _boxed(cell) and (
                    text.endswith(":") or same_prompt or rooms or (self.is_label(clean_label(text)[0]) and not pairs)):
                # (after "PUBLIC session | ☐", "PRIVATE Session" is the next option/box pair
                # of the same question, though its words sound like a label)
                segments.append((cell, []))
            else:
                segments[-1][1].append(cell)
        return segments

    def _label_row(self, first: Cell, after: list[Cell]) -> Asked | None:
        label, rest = clean_label(_NUMBERING.sub("", _text(first), count=1))
        if not label:
            return None
        if not rest:
            # "**Specialist Implications Officer(s)**  List information for all": the label in
            # bold, what to write in plain type after it, the answer written in the same cell
            label, rest = bold_then_plain(first.element) or (label, rest)
        elif after and re.search(r"[^\W\d_]{2}", rest) and not any(_text(cell) or _boxed(cell) for cell in after) \
                and not _PLACEHOLDER.search(rest) \
                and not choice_words(rest) and not DELETE_ONE.search(rest):
            # "Priority 1: Smoking and Tobacco Control | (room to write)": the words after the
            # colon are printed on the blank form, so they are the label's, not an answer
            label, rest = " ".join(_NUMBERING.sub("", _text(first), count=1).split()).rstrip(" :*"), ""
        asked = Asked(label, _text(first), rest=_PLACEHOLDER.sub("", rest).strip(), prompt=rest, implication=self.impacts)
        words = [_text(cell) for cell in after if _text(cell)]
        held = self.form.questions[-1] if self.form.questions else None
        if held is not None and held.printed == asked.printed and not _another_list(held, words):
            # A label merged down over two rows ("3. IMPACT ...: | Yes", then "| No"): the
            # words beside it in each row are its options.
            self._more_options(self.form.questions[-1], words)
            return None
        self.form.questions.append(asked)
        dropdown = dropdown_items(cell.element for cell in after)
        boxed = paragraph_options(after) or boxed_options(tokens([cell.element for cell in after]))
        if self.tick_columns and any(cell.column in self.tick_columns for cell in after):
            asked.yes_no_na = True
        elif dropdown:
            asked.options = dropdown
        elif boxed and any(word for word, _ in boxed):
            asked.options = [word for word, tick in boxed if word and tick is not Tick.EMPTY] or [w for w, _ in boxed if w]
        elif len(words) == 1 and len(after) == 2 and not _text(after[0]) and not _boxed(after[0]) \
                and len(words[0].split()) <= 3 and not self.is_label(clean_label(words[0])[0]):
            # "Wards Affected: List wards or tick box to indicate all | (room for a tick) | All"
            asked.options, asked.boxes = words, False
        elif len(words) >= 2 and _paired_with_room(after):
            # "Document is for: | Assurance | | Information | | Decision | ": each option
            # followed by its own empty cell, where the author types an x
            asked.options, asked.boxes = [word.rstrip(" :") for word in words], False
            asked.yes_no_na = all(answer_named(word) for word in asked.options)
        elif len(words) >= 2 and not any(self.is_label(clean_label(word)[0]) for word in words):
            asked.options = words  # option words as column headers: their boxes are in the row below
            self.headers = (asked, {cell.column: _text(cell) for cell in after if _text(cell)})
        elif len(words) == 1 and len(lines := _lines(after)) >= 2 and all(len(line.split()) <= 4 for line in lines) and (
                DELETE_ONE.search(asked.printed) or (len(lines) >= 3 and all(map(_bare_option, lines)))):
            # "Paper is (delete as appropriate) | For approval / For information / To ratify", a
            # line each in the cell beside: the options printed for the author to strike out (or,
            # three or more, to mark: "Paper is for | Approval / Assurance / Discussion")
            asked.options, asked.keep_one = lines, bool(DELETE_ONE.search(asked.printed))
        elif len(words) == 1 and len(words[0].split()) <= 3 and not choice_words(words[0]) \
                and self.is_label(clean_label(words[0])[0]):
            # "Date of meeting | Item": another question's label in the cell beside, its answer
            # written after it ("Item 7"), not this one's prompt
            self.form.questions.append(Asked(clean_label(words[0])[0], words[0]))
        elif len(words) == 1 and not after[-1:] == [] and len(words[0]) <= 80:
            asked.prompt = asked.prompt or words[0]  # "Public/Private", "[COMMITTEE]": the answer's place
            asked.options = choice_words(words[0])
            asked.keep_one = bool(asked.options)
            # ("Legal | Yes/No", one to delete: an impact's yes / no question; "Key decision | Yes/No" a choice)
            asked.yes_no_na = len(asked.options) >= 2 and all(answer_named(word) for word in asked.options) \
                and bool(_IMPACT.search(label))
        if not after or all(cell.column == first.column for cell in after):
            self.heading = asked  # spans the table: option rows may follow
            asked.heading = not asked.options and not asked.prompt
        return asked

    @staticmethod
    def _more_options(held: Asked, words: list[str]) -> None:
        held.options = list(dict.fromkeys([*held.options, *([held.prompt] if held.prompt and not held.options else []), *words]))
        held.yes_no_na = held.yes_no_na or (len(held.options) >= 2 and all(answer_named(word) for word in held.options))

    def _options_row(self, first: Cell, after: list[Cell]) -> bool:
        """Option/box pairs under a heading row: one option a row ("1. Working together ... |
        ☐"), or a grid of them ("SR1 | ☐ | SR3 | ☐"); the box may be an empty cell for an X."""
        if _asks(first) and not (after and _boxed(after[0])):
            # "Document is for: (indicate with an x) | Assurance | | ...": the next question's
            # label ("For Assurance: | ☐ | For Decision: | ☐" under "Paper Type:" are options)
            return False
        cells = [first, *after]
        options: list[tuple[str, int]] = []
        boxes = False
        index = 0
        while index < len(cells):
            cell = cells[index]
            if not _text(cell):
                boxes = boxes or _boxed(cell)
                index += 1
                continue
            if _boxed(cell):  # "SR1 ☐" in one cell
                boxes = True
                options.extend((word, cell.column) for word, _ in boxed_options(tokens([cell.element])) or [] if word)
                index += 1
                continue
            following = cells[index + 1] if index + 1 < len(cells) else None
            beyond = cells[index + 2] if index + 2 < len(cells) else None
            if following is not None and _text(following) and _CODE.fullmatch(_text(cell)) and beyond is not None \
                    and not _text(beyond):
                # "SR1 | Workforce capacity | ☐": the board calls the option by its code
                boxes = boxes or _boxed(beyond)
                options.append((_text(cell), cell.column))
                index += 3
                continue
            if following is None or _text(following):
                return False  # text beside text: a label and its answer, not an option and its box
            if not _boxed(following) and following.span > 1:
                return False  # "Improve outcomes ... | (room across the rest of the row)": a question to answer
            boxes = boxes or _boxed(following)
            options.append((_text(cell).rstrip(" :"), cell.column))  # ("For Assurance: | ☐")
            index += 2
        if not options:
            return False
        if not boxes and (self.heading is None or self.heading is not self.marked) and any(
                word.endswith(":") or self.is_label(clean_label(word)[0]) for word, _ in options):
            # the next question's label and its empty answer cell (but under "Strategic Goals |
            # ✓", "Financial sustainability | " is an option with room for its tick, whatever
            # question its words suggest)
            return False
        owners = self.bands or [(cells[0].column, self.heading)]
        for word, column in options:
            owner = max((band for band in owners if band[0] <= column), key=lambda band: band[0], default=owners[0])[1]
            owner.boxes = boxes and owner.boxes
            owner.options = list(dict.fromkeys([*owner.options, word]))
            owner.heading = False
        return True

    def _tick_header(self, filled: list[Cell]) -> bool:
        """"Impact | Yes | No | N/A | Comments": the options as column headers (not "☐ Yes | ☐ No"
        beside a question: its own boxes)."""
        if any(_boxed(cell) for cell in filled):
            return False
        columns: dict[int, str] = {}
        for cell in filled:
            answer = answer_named(_text(cell))
            if answer is not None:
                columns[cell.column] = answer.value
            elif re.fullmatch(r"(comments?|notes?|details?|evidence|commentary)", _text(cell), re.I):
                columns[cell.column] = "note"
            elif typed_answer_header(_text(cell)):
                columns[cell.column] = "mark"  # "IMPLICATIONS OF PAPER: | Y/N | Details": Y or N typed in the column
        middle = filled[1] if len(filled) == 3 else None
        if middle is not None and list(columns) == [filled[2].column] and columns[filled[2].column] == "note" \
                and len(_text(middle).split()) <= 3 and not _text(middle).endswith(":") and not self.is_label(clean_label(_text(middle))[0]):
            # "Impact assessment | Completed | Comments" over "Quality impact assessment | Yes ☐ No ☐ |":
            # the column where each row's answer is marked, then its explanation's
            columns[middle.column] = "mark"
        options = [value for value in columns.values() if value != "note"]
        # ("… | Y/N | Details" over the questions: a column to type the answer in, one for why;
        # not "Does this paper require an equality analysis? | Yes / No", a question to delete one)
        typed = options == ["mark"] and "note" in columns.values() and len(filled) >= 3
        if (len(options) < 2 and not typed) or len(columns) < len(filled) - 1 or (
                _asks(filled[0]) and filled[0].column not in columns and not typed):
            # ("Equality Impact Assessment undertaken? | Yes | | No | | N/A |": a question and
            # its options, each with room for an x; not the headers of the rows below)
            return False
        if typed:
            self._drop_heading()  # ("Impact assessment" over "Impact | Yes / No / N/A | Comment": the grid's heading)
        self.tick_columns = columns
        self.heading = self.headers = None
        return True


_HISTORY_COLUMNS = {"when", "date considered", "what they said", "result", "decision", "group", "body"}


def _another_list(held: Asked, words: list[str]) -> bool:
    """"For: | Decision | Discussion | Noting" under "For: | PUBLIC session | PRIVATE Session":
    the label printed again over a list of its own (two or more words, none of the first's),
    a second question; one more word beside it ("| No" under "| Yes") is the same question's."""
    return len(words) >= 2 and len(held.options) >= 2 and not set(words) & set(held.options) \
        and not all(answer_named(word) for word in words)


def _asks(cell: Cell) -> bool:
    """A label set apart that asks: "Document is for: (indicate with an x)", "Equality Impact
    Assessment undertaken?" (an option under a heading is a word or a code, not a question)."""
    text = _text(cell)
    return _set_apart(cell) and (bool(re.search(r"\w:(\s|$)", text)) or text.endswith("?"))


def _paired_with_room(after: list[Cell]) -> bool:
    """Word | empty | word | empty ...: each option word with an empty cell after it."""
    if len(after) < 4 or len(after) % 2:
        return False
    return all(_text(word) and not _text(room) and not _boxed(room) and len(_text(word).split()) <= 4
               for word, room in zip(after[::2], after[1::2]))




def _history_column(text: str) -> bool:
    return bool(labels.governance_column(text)) or labels.normalise(text) in _HISTORY_COLUMNS


def _text(cell: Cell) -> str:
    return " ".join(strip_glyphs(cell.text or "").split())


_PROMPTING = re.compile(r"^(?:insert|enter|state|describe|list|please|add|select|choose)\b", re.I)


def _bare_option(line: str) -> bool:
    """"Assurance", "For information": a word printed to be marked, no prompt ("Insert
    assurance level"), no bullet, nothing after it to fill ("Long Term –", "Legal:")."""
    return len(line.split()) <= 3 and not _PROMPTING.match(line) and line[:1].isalnum() and line[-1:].isalnum()


def _lines(cells: list[Cell]) -> list[str]:
    """The cells' lines of text, each as `_text` gives a cell's."""
    return [" ".join(line.split()) for cell in cells for line in strip_glyphs(cell.text or "").splitlines() if line.strip()]


def _set_apart(cell: Cell) -> bool:
    text = _text(cell)
    return bold(cell.element) or (text.isupper() and len(text) > 2) or text.endswith(":")


def _boxed(cell: Cell) -> bool:
    return cell.tick() not in (None, Tick.EMPTY) or any(kind == "box" for kind, _ in tokens([cell.element]))
