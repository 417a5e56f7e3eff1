"""The board reader's assembler: a walked sheet's sections read as answers, by each question's kind.

Text, dates, people, lists and governance history are read as the 2020 sheet's are (through
`legacy.Assembler`); tick boxes in every layout, choices, the purpose, the board's own
questions, references and the confidentiality left by deleting a word are read here, and the
header lines above the first label (the board, the meeting date, the title) in `header`. Rows
two questions claimed, labels no question claims and a sheet that matches too little of its
profile are noticed, never silently dropped.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable
from functools import cached_property
from dataclasses import replace
from typing import Any

from lxml import etree

from coversheet.model.placeholders import is_instruction
from coversheet.model.raw import Noticed, RawDraft, ReadingProblem
from coversheet.word.answers import values
from coversheet.word.answers.choices import (
    YES_NO_NA_WORDS,
    YES_NO_WORDS,
    categories_said,
    category_of,
    fold,
    option_named,
    said_options,
    tells_how_to_choose,
    value_of,
)
from coversheet.word.answers.dates import date_rows, date_value
from coversheet.word.answers.history import grid_history, only_lead_in, split_governance, without_lead_in
from coversheet.word.answers.people import is_body, is_job_title, looks_like_name, parse_people, people_columns, people_in_rows
from coversheet.word.answers.references import STANDARD_REFERENCE, pattern_of, references
from coversheet.word.answers.worded import worded_answer
from coversheet.word.layout.cells import Cell
from coversheet.word.layout.grids import beside_empty_cell, forums_across, name_value_grid
from coversheet.word.layout.options import boxed_options, cell_options, marked_options, paragraph_of, tokens
from coversheet.word.layout.ticks import Tick, boxes_as_glyphs, strip_glyphs, without_bracketed_instruction
from coversheet.word.matching import labels
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
    Matcher,
)
from coversheet.word.ns import qn
from coversheet.word.readers import legacy as _legacy
from coversheet.word.readers.board.header import HeaderLines
from coversheet.word.readers.board.sheet import GLOSSARY_TERM, MARK_COLUMN, Section, WalkedSheet
from coversheet.word.text import text_of

_P, _T, _BR = qn("w:p"), qn("w:t"), qn("w:br")
_SHOW = {"yes": "Yes", "no": "No", "n/a": "N/A"}


def assemble_sheet(read: WalkedSheet, matcher: Matcher, profile, header_paragraphs: Callable[[], list[str]] = list,
                   footer_paragraphs: Callable[[], list[str]] = list) -> RawDraft:
    """The draft on a walked sheet (`walk.walk_sheet`): each section read as its question's answer
    under `profile`; `header_paragraphs` gives the page header's lines, read when no line above
    the sheet's first label names the board, the date or the title; with `footer_paragraphs`,
    the labelled answers in either ("Agenda item: 6", "Report author: …") answer questions the
    sheet leaves unanswered."""
    return _Assembler(read, matcher, profile, header_paragraphs, footer_paragraphs).draft()


class _Assembler(HeaderLines):
    """Reads each section of a walked sheet as its question's answer, into the draft's data."""

    def __init__(self, read: WalkedSheet, matcher: Matcher, profile, header_paragraphs: Callable[[], list[str]],
                 footer_paragraphs: Callable[[], list[str]] = list):
        self.read = read
        self.matcher = matcher
        self.profile = profile
        self.header_paragraphs = header_paragraphs
        self.footer_paragraphs = footer_paragraphs
        self._header_parts: list[str] | None = None  # the page header's lines in parts, once read
        self.data: dict[str, Any] = {}
        self.noticed: list[Noticed] = []
        self.answer_texts: dict[str, str] = {}
        self.purposes_ticked: list[str] = []  # the purpose's words ticked, as the paper has them

    def draft(self) -> RawDraft:
        if "confidential" in self.matcher.kinds and "confidential" not in self.read.sections:
            self._delete_one_left()
            self._one_word_left()
        signed = self._sign_off()
        legacy_sheet = _legacy.Sheet()
        legacy_sheet.governance_columns = self.read.governance_columns
        for key, section in self.read.sections.items():
            kind = self.matcher.kinds[key]
            if kind != PURPOSE and not (key in _ONE_LINE and self._text(self._rows(section))):
                # a label printed twice: one answer, read from both parts (but "Title: Chief
                # Executive" in the author's block at the report's end is not the paper's title again)
                for again in self.read.repeats.get(key, []):
                    section.rows.extend(self._rows(again))
            rows = self._rows(section)
            if self._prompt(key, rows):
                rows = []
            rows = self._without_help(key, rows)
            if kind == DATE:
                rows = date_rows(rows)
            if kind in (PEOPLE, PERSON) and section.headers and (columns := people_columns(section.headers)):
                # "Name | Title / Organisation" over a row each: a person a row, "Name, Role"
                said = people_in_rows(columns, [[cell.text for cell in row] for row in rows])
                rows = [[Cell(rows[0][0].element, said, rows[0][0].column)]] if said else []
            grid = name_value_grid(rows) if kind in (GOVERNANCE, TEXT) else None
            if grid is None and kind == GOVERNANCE:
                grid = forums_across(rows)
            if grid is not None and kind == GOVERNANCE:  # the forums printed, a date beside those it went to
                self.data["governance"] = grid_history(grid)
            elif key.startswith("questions."):
                self._own(key, kind, section, rows)
            elif kind in (TEXT, DATE, PEOPLE, PERSON, LIST, GOVERNANCE):
                legacy_sheet.values[key] = _rest_as_paragraph(section, rows) if kind == LIST else rows
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
                entries = [split for entry in value for split in split_governance(entry)]
                value = None if only_lead_in(entries) else without_lead_in(entries)
            self.data.setdefault(name, value) if name != "risks" else None
        self.noticed.extend(legacy.noticed)
        self._item_and_title()
        self._board_and_date()
        self._page_header()
        self._preamble()
        self._date_and_session()
        self._claims()
        if signed and "authors" in self.matcher.kinds and "authors" not in self.read.sections and not self.data.get("authors"):
            self.data["authors"] = parse_people(signed)  # the author signs the report off at its foot
        for name_and_post in ([signed] if signed else []) + self.read.signatures:
            self._name_the_post(name_and_post)
        self._posts_asked()
        not_found = self._mismatch()
        unrecognised = [{"label": s.label, "text": self._text(self._rows(s))} for s in self.read.unrecognised]
        unrecognised = [entry for entry in unrecognised if entry["text"]]
        if unrecognised:
            shown = ", ".join(f"'{entry['label']}'" for entry in unrecognised)
            self.noticed.append(Noticed(ReadingProblem.UNRECOGNISED_LABELS,
                                        f"Labels not understood (their text is kept under `unrecognised` by extract): {shown}."))
        return RawDraft(self.data, noticed=self.noticed, unrecognised=unrecognised, not_found=not_found,
                        answer_texts=self.answer_texts)

    def _sign_off(self) -> str | None:
        """The report's sign-off after its last answer ("Fiona Brodie" / "Deputy Director of
        Finance" / "23 January 2026" / an e-mail, a paragraph each): taken off that answer, and
        given as "Name, Post".

        A name over a post with nothing under it may be the answer's own words, unless the post
        is one the sheet names with no one in it ("Report of the Director of Adult Social Care"):
        then it is that post's holder signing, at the end of the answer's last paragraph too, or
        in lines of their own that read as labels the board does not ask."""
        order = self.read.order
        # (the report's author and contact block may follow the signature: "Report Author:")
        last = next((at for at in range(len(order) - 1, -1, -1)
                     if order[at].key and self.matcher.kinds.get(order[at].key) not in (PEOPLE, PERSON)), None)
        posts = self._posts_named() | set(self._signers)
        if last is not None and (signed := self._signed_under(last, posts, anchored_only=False)):
            return signed
        if not posts:
            return None
        # (an implications matrix after the contact block: the signature under the report's text)
        return next(filter(None, (self._signed_under(at, posts, anchored_only=True) for at in range(len(order)))), None)

    def _signed_under(self, at: int, posts: set[str], anchored_only: bool) -> str | None:
        """The sign-off at the end of the answer of the section at `at`, taken off it."""
        order = self.read.order
        section = order[at]
        kinds = (TEXT, YES_NO_NA, LIST, PEOPLE) if anchored_only else (TEXT, YES_NO_NA, LIST)
        if not section.key or self.matcher.kinds.get(section.key) not in kinds:
            # (a list's last items may be its signature too: "Alex McPhee" / "Chief Finance
            # Officer"; so may the contact officers' last lines, "STEPHEN PINTUS" / "DIRECTOR OF
            # PUBLIC HEALTH", when that post is the one the report is from, named by no one)
            return None
        rows = [row for row in section.rows if any(cell.text for cell in row)]
        if any(len(row) != 1 for row in rows):
            return None  # (only an answer written in paragraphs, not a table's cells)
        # ("Name:<tab>Beth Culshaw" over "Designation:<tab>Chief Officer": the signature's own labels dropped)
        lines = [(row, values.without_signature_label(line)) for row, cells in enumerate(rows)
                 for line in cells[0].text.split("\n") if line.strip()]
        # "Martin Corbett" / "Director of ..." read as labels, or "RUTH CALLOW" read as a heading
        # with its post under it
        # (or "Pamela Milliken" over "Chief Officer", the profile's label for the post it asks)
        signers = self._signers
        after = itertools.takewhile(
            lambda later: not later.rest and all(len(row) <= 1 for row in later.rows) and (
                (not later.key and (not later.rows or looks_like_name(later.label.strip())))
                or signers.get(fold(later.label.strip())) == later.key), order[at + 1:])
        lines += [(len(rows), line) for later in after
                  for line in [later.label, *(line for row in later.rows for cell in row for line in cell.text.split("\n"))]
                  if line.strip()]
        start = None if anchored_only else values.sign_off([line for _, line in lines])
        # (the name, the post, and the body the post is in under it: "Aberdeenshire Health and
        # Social Care Partnership")
        body = 1 if len(lines) >= 4 and is_body(lines[-1][1]) and fold(lines[-2][1].strip()) in posts else 0
        anchored = (start is None and len(lines) >= 3 + body and fold(lines[-1 - body][1].strip()) in posts
                    and looks_like_name(lines[-2 - body][1].strip()))
        if anchored:
            start = len(lines) - 2 - body
        elif (start is None and not anchored_only and len(lines) >= 3 and is_job_title(lines[-1][1].strip())
              and fold(lines[-2][1].strip()) in self._names_on_sheet()):
            # "Marie Moy" over "Chief Finance Officer" closing the last answer, she the sheet's
            # lead officer: her signature, with no date or e-mail under it
            start = len(lines) - 2
            anchored = True
        if start is None or start == 0 or (not anchored and lines[start - 1][0] == lines[start][0]):
            return None  # (nothing above it, or the sign-off begins part way through a paragraph)
        row = lines[start][0]
        kept = [line for at_row, line in lines[:start] if at_row == row]
        section.rows = rows[:row] + ([[replace(rows[row][0], text="\n".join(kept))]] if kept and row < len(rows) else [])
        name = lines[start][1].strip()
        return f"{name.title() if name.isupper() else name}, {lines[start + 1][1].strip()}"  # "RUTH CALLOW" in a name's case

    @cached_property
    def _signers(self) -> dict[str, str]:
        """The people questions whose label is a post ("Chief Officer" for the sponsor), folded,
        to their keys: the report's signature under that post names who it is (the profile's,
        so worked out once a paper, not for each section searched for a signature)."""
        return {fold(question.label): question.key for question in self.profile.questions
                if question.key in ("sponsor", "presented_by") and is_job_title(question.label)}

    def _people_said(self) -> list[str]:
        """The answers the sheet's people questions give, as written."""
        said = (self._text(self._rows(section)) or section.rest for section in self.read.order
                if self.matcher.kinds.get(section.key) in (PEOPLE, PERSON))
        return [text for text in said if text]

    def _names_on_sheet(self) -> set[str]:
        """The names the sheet's people questions give, folded."""
        return {fold(person["name"]) for text in self._people_said() for person in parse_people(text) or [] if person.get("name")}

    def _posts_named(self) -> set[str]:
        """The answers of the sheet's people questions, folded: a post among them named with no one
        in it ("Report of the Director of Public Health") is signed for under the report."""
        return {fold(text.strip()) for text in self._people_said()}

    def _posts_asked(self) -> None:
        """A question that asks a post (`named = false`): "REPORT OF DIRECTOR OF ADULTS, HEALTH AND
        WELLBEING", "REPORT OF HEALTHWATCH STOCKTON-ON-TEES" are posts (or a body) whole, not a
        name after a comma."""
        for question in self.profile.questions:
            if question.named is not False or question.field not in ("sponsor", "presented_by", "authors", "contributors"):
                continue
            said = self.data.get(question.field)
            for person in said if isinstance(said, list) else [said]:
                if isinstance(person, dict) and person.get("name") and not looks_like_name(person["name"]):
                    whole = ", ".join(part for part in (person["name"], person.get("role")) if part)  # as written
                    person["name"], person["role"] = None, whole

    def _name_the_post(self, signed: str) -> None:
        """"Report of the Director of Adult Social Care" names a post; the report's signature,
        "Martin Corbett" over "Director of Adult Social Care", names who holds it."""
        name, _, post = signed.partition(", ")
        key = self._signers.get(fold(post))
        said = self.data.get(key) if key else None
        if key and not any(isinstance(person, dict) and person.get("name") and looks_like_name(person["name"])
                           for person in (said if isinstance(said, list) else [said])):
            # "Chief Officer", the sponsor's label, is the post in the signature: the signer is the
            # answer (not "Aberdeenshire Health and Social Care Partnership" on the line under it)
            person = {"name": name, "role": post}
            self.data[key] = [person] if self.matcher.kinds.get(key) == PEOPLE else person
        for key in ("sponsor", "presented_by"):
            said = self.data.get(key)
            for person in said if isinstance(said, list) else [said]:
                if isinstance(person, dict) and not person.get("name") and person.get("role") and fold(person["role"]) == fold(post):
                    person["name"] = name

    # --- plumbing ---

    def _prompt(self, key: str, rows: list[list[Cell]]) -> bool:
        """A blank form's prompt where the answer goes: "The Commission is requested to …" (left
        unfinished), or the question's own help text ("What the paper is ...")."""
        text = self._text(rows)
        if text is None or "\n" in text:
            return False
        if text.rstrip().endswith(("…", "...")) and len(text.split()) <= 12:
            return True
        if re.fullmatch(r"(?:\d{1,3}\.\t\s*)?\[[^\]]*\]", text.strip()) or (text.rstrip().endswith(":") and len(text.split()) <= 3):
            return True  # "[Decision/Discussion/Noting]", "8.<tab>[Describe ...]", "Supplied by:": the template's prompt, left
        question = self.profile.question(key) if not key.startswith("risks.") else None
        if re.search(r"\((?:y|n|yes|no|n/a)\)\s*$", text, re.IGNORECASE):
            return False  # "Is there any legal/regulatory impact? (N)": the help, answered in its brackets
        return bool(question is not None and question.help and fold(question.help) == fold(text))

    def _without_help(self, key: str, rows: list[list[Cell]]) -> list[list[Cell]]:
        """The answer without the question's help printed as its first line ("Which strategic
        aims does this paper relate to?" over the ticked aims, "Does the content of the report
        present any risks …" over the author's words): the form's, kept in every paper."""
        question = self.profile.question(key) if not key.startswith("risks.") else None
        if question is None or not question.help or not rows or not rows[0]:
            return rows
        first = rows[0][0]
        lines = first.text.split("\n")
        help_ = fold(question.help.rstrip("?:. "))
        if len(lines) < 2 or fold(lines[0].rstrip("?:. ")) != help_:
            return rows
        element = copy.deepcopy(first.element)
        if not _without_first_line(element, lambda said: fold(said.rstrip("?:. ")) == help_):
            return rows
        return [[Cell(element, "\n".join(lines[1:]), first.column), *rows[0][1:]], *rows[1:]]

    def _rows(self, section: Section) -> list[list[Cell]]:
        rows = list(section.rows)
        if section.rest:
            rows = [[Cell(_rest_with_marks(section), section.rest, 0)]] + [r for r in rows if r]
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
        text = values.without_paragraph_numbers(values.without_bullets(values.clean("\n".join(cell.text for row in rows for cell in row if cell.text))))
        # ("To follow." over "Comments checked by: Tom Hudson, …": the placeholder is dropped
        # as a paragraph, and who would sign the answer off is no answer)
        return None if text and "\n" not in text and values.is_sign_off(text) else text

    def _set(self, path: str, value: Any) -> None:
        *parents, last = path.split(".")
        node = self.data
        for name in parents:
            node = node.setdefault(name, {}) if isinstance(node.get(name), dict) or name not in node else node[name]
        node[last] = value

    def _items(self, section: Section, rows: list[list[Cell]]) -> list[tuple[str, Any]]:
        found = tokens(self._cells(rows)) if section.rows else []
        if section.rest:  # "Can this be published? ☒ Yes ☐ No": the boxes typed after the label too
            found = tokens([paragraph_of(section.rest)]) + found
        return found

    # --- tick-box questions ---

    def _answer(self, key: str, label: str, section: Section, rows: list[list[Cell]],
                words: dict[str, str]) -> tuple[str | None, str | None]:
        """(answer, note) of a question answered by picking one of `words` (word -> value)."""
        chosen: list[str] = []
        note_parts: list[str] = []
        lone = [cell for row in rows for cell in row if cell.text or cell.tick() not in (None, Tick.EMPTY)]
        if len(lone) == 1 and "yes" in words.values() and lone[0].tick() is Tick.CHECKED and lone[0].column not in section.columns and (
                not strip_glyphs(lone[0].text).strip() or lone[0].text.strip() in ("✓", "✔", "X", "x")):
            return "yes", None  # "Report Approved | ✓": one box beside the question, ticked, is its yes (under no "N/A" column)
        columns = section.columns
        by_column = columns and rows and any(cell.column in columns for cell in rows[0])
        if by_column and section.rows:
            worded: list[str] = []
            for cell in rows[0]:
                option = columns.get(cell.column)
                if option == "note":
                    if cell.text:
                        note_parts.append(cell.text)
                elif option == MARK_COLUMN:  # "Yes" or "No" typed under "Yes / No"
                    if (typed := value_of(cell.text, words)) is not None:
                        chosen.append(typed)
                    elif (boxed := boxed_options(tokens([cell.element]))) and all(value_of(word, words) for word, _ in boxed):
                        # "☒ Yes ☐ No" under "Yes / No": the word whose box is ticked (none: no answer)
                        chosen.extend(value_of(word, words) for word, tick in boxed if tick is Tick.CHECKED)
                    elif cell.text:  # ("BAF 1.1 – Elective recovery" in that column: an answer in words)
                        worded.append(cell.text)
                elif option is not None and cell.mark() is Tick.CHECKED:
                    chosen.append(option)
            for row in rows[1:]:
                note_parts.extend(cell.text for cell in row if cell.text)
            if worded and not chosen:
                answer, note = worded_answer("\n".join([*worded, *note_parts]), words)
                return answer, values.note(note)
            return self._one(key, label, chosen), values.note("\n".join(note_parts))
        paired = cell_options(rows, lambda text: value_of(text, words)) if section.rows else None
        if paired is not None:  # "Yes | x | note" over "No | | ": each option's box a cell of its own
            options, notes = paired
            chosen = [value for value, tick in options if tick is Tick.CHECKED]
            return self._one(key, label, chosen), values.note("\n".join(notes))
        items = self._items(section, rows)
        boxed = boxed_options(items)
        if boxed is None and any(kind == "box" for kind, _ in items) is False:
            marked = marked_options(self._cells(rows)) if section.rows else None
            if marked is not None and all(value_of(word, words) for word in marked) and len(
                    {value_of(word, words) for word in marked}) > 1:  # ("N/A | Not applicable.": one answer, said twice)
                chosen = [value_of(word, words) for word, on in marked.items() if on]
                return self._one(key, label, chosen), None
            answer, note = worded_answer(self._text(rows), words)
            return answer, values.note(note)
        for text, tick in boxed or []:
            value = value_of(text, words) if tick is not Tick.EMPTY else None
            if value is None:
                note_parts.append(text)
            elif tick is Tick.CHECKED:
                chosen.append(value)
        return self._one(key, label, chosen), values.note("\n".join(note_parts))

    def _one(self, key: str, label: str, chosen: list[str]) -> str | None:
        distinct = list(dict.fromkeys(chosen))
        if len(distinct) > 1:
            words = _SHOW
            if key == "confidential":  # the board's own words: "Public and Private", not "No and Yes"
                words = {"no": self.profile.confidentiality.public, "yes": self.profile.confidentiality.private}
            label = " ".join(label.split())
            shown = " and ".join(words.get(v, v) for v in distinct)
            self.noticed.append(Noticed(ReadingProblem.AMBIGUOUS_ANSWER, f"'{label}' has {shown} marked: the answer is not clear.", _answer_path(key)))
            return None
        return distinct[0] if distinct else None

    def _ticks(self, key: str, section: Section, rows: list[list[Cell]]) -> None:
        answer, note = self._answer(key, section.label, section, rows, YES_NO_NA_WORDS)
        if key.startswith("implications."):
            self._set(key, {"answer": answer, "note": note} if answer or note else None)
        else:
            self._set(key, answer)
            if note and key == "risks.associated":
                # "BAF 1 – Delivery of the plan" a line under the risks' label: a reference each,
                # the rest the note
                found, note = references(note, STANDARD_REFERENCE)
                if found:
                    self._set("risks.references", found)
                    if "risks.on_register" not in self.read.sections:
                        # a form that asks for the risks by their register ids and prints no "on
                        # the register?" question: ids given are risks on the register
                        self._set("risks.on_register", "yes")
                self._set("risks.note", note)

    def _confidential(self, section: Section, rows: list[list[Cell]]) -> None:
        words = dict(YES_NO_WORDS)
        words[self.profile.confidentiality.public.casefold()] = "no"
        words[self.profile.confidentiality.private.casefold()] = "yes"
        line = labels.normalise(section.label)
        printed = {labels.normalise(word): value for word, value in words.items()}
        if section.rest and not any(cell.text for row in section.rows for cell in row) and line in printed:
            # "PART I – MEMBERS, PUBLIC AND PRESS": the label and its answer are the board's
            # word for a public paper, whole (its part after the label alone is no answer)
            answer, note = printed[line], None
        else:
            answer, note = self._answer("confidential", section.label, section, rows, words)
            written = self._text(rows) or ""
            if (answer is not None and (said := labels.publicity_said(written, self.profile.confidentiality)) != [answer]
                    and len(said) == 1 and all(cell.tick() is None for row in rows for cell in row)
                    and not values.boxed_words(written)
                    and not (said == ["no"] and labels.negated(written, self.profile.confidentiality.public))):
                # "This report is not confidential and can be published.": the board's public words
                # in a sentence, the private word "confidential" only inside them; never a public
                # word denied ("This report is not for the public")
                answer, note = said[0], None
        if answer is None and rows and len(labels.publicity_said(self._text(rows), self.profile.confidentiality)) == 2 and all(
                cell.tick() is None for row in rows for cell in row):
            # "Status: | For Publication / Not for Publication" left whole: not clear (CS004), never public
            self._one("confidential", section.label, ["no", "yes"])
        left = without_bracketed_instruction(self._text(rows) or section.rest or section.label)
        marked = marked_options(self._cells(rows)) if rows else None  # ("Public / ~~Private~~": one struck out)
        both_left = (len(left.split()) <= 8 and not any(cell.tick() not in (None, Tick.EMPTY) for row in rows for cell in row)
                     and not values.boxed_words(left) and not (marked and any(marked.values()) and not all(marked.values()))
                     and len(labels.publicity_said(left, self.profile.confidentiality)) == 2)
        if both_left:
            answer = None
            # "Status – Public / Private (delete as appropriate)" with neither deleted: not clear
            # (CS004), never public
            self._one("confidential", section.label, ["no", "yes"])
        if answer is None and not rows and not both_left:
            answer = self._label_says(section)
        if answer is None and section.rest and not self._text(rows) and not both_left:
            answer = printed.get(labels.normalise(section.rest))  # "This report is Public": the board's word after its label
        if answer is None and section.rest and not both_left:
            answer = self._word_left(section.rest)  # "OPEN" left alone where the form prints "OPEN / CLOSED"
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

    def _label_says(self, section: Section) -> str | None:
        """A "delete one" line left with one word ("For general release", its label and its
        answer): "no" for the public word, "yes" for the private one; both left is not clear."""
        return self._one("confidential", section.label, self._label_words(section))

    def _label_words(self, section: Section) -> list[str]:
        """The confidentiality answers whose words a label holds: "no" for the public word, "yes" for the private."""
        return labels.publicity_said(section.label, self.profile.confidentiality)

    def _boxed_text(self, section: Section, rows: list[list[Cell]]) -> str | None:
        """The answer's whole text as written, every box shown as the glyph of its state."""
        parts = [section.rest] if section.rest else []
        parts += [text_of(boxes_as_glyphs(cell.element)) for row in rows for cell in row]
        return values.clean("\n".join(part for part in parts if part and part.strip()))

    # --- choices ---

    def _purpose(self, section: Section, rows: list[list[Cell]]) -> None:
        self._purpose_ticked(section, rows)
        self._one_purpose_asked(section.label)
        again = [self._text(self._rows(part)) for part in self.read.repeats.get("purpose", [])]
        said = values.clean("\n".join(text for text in again if text))
        if said:  # "Purpose:" printed again for the purpose in words: that sentence is its text
            purpose = self.data.get("purpose") or {"categories": values.purpose_categories(said), "text": None}
            self.data["purpose"] = {**purpose, "text": said}

    def _one_purpose_asked(self, label: str, shown: list[str] | None = None) -> None:
        """"Tick one box only" with two ticked: not clear, never read as either (`shown`: the
        words as the paper has them, for the message; by default the purpose's lines)."""
        question = self.profile.question("purpose")
        purpose = self.data.get("purpose")
        # (two words ticked are two answers, though the board counts both one purpose: "☒ Approval
        # ☐ To Note ☒ Decision")
        # (a profile silent on it keeps the form's own words: "Report for (tick one)")
        one = question is not None and (question.multiple is False or (question.multiple is None and labels.asks_for_one(label)))
        if one and purpose and (
                len(purpose.get("categories") or []) > 1 or len(self.purposes_ticked) > 1):
            shown = shown or [word for word in (purpose.get("text") or "").splitlines() if word.strip()] or purpose["categories"]
            self._one("purpose", label, shown)
            self.data["purpose"] = None

    def _purpose_ticked(self, section: Section, rows: list[list[Cell]]) -> None:
        words = {word.casefold(): category.value for word, category in self.profile.purposes.items()}
        text = self._text(rows)
        paired = cell_options(rows, lambda text: text if category_of(text, words) else None) if section.rows else None
        if paired is not None:  # "Decision | Discussion | Noting" over "☐ | ☒ | ☐", "Decision ✓"
            ticked = [word for word, tick in paired[0] if tick is Tick.CHECKED]
            self.purposes_ticked = [word for word in ticked if category_of(word, words)]
            categories = [c for c in (category_of(w, words) for w in ticked) if c]
            notes = [note for note in paired[1] if not is_instruction(note)]  # not "(mark with X)" under the label
            said = "\n".join(notes) or "\n".join(ticked) or None
            self.data["purpose"] = {"categories": list(dict.fromkeys(categories)) or None, "text": said} if said else None
            return
        unmarked = section.rows and not any(kind == "box" for kind, _ in self._items(section, rows)) and not self._marked(rows)
        said = said_options(text, lambda line: category_of(line, words), len(set(words.values())) or 5) if unmarked else None
        if said is not None:  # "Information/Noting": a purpose word as printed, the others deleted
            self.data["purpose"] = {"categories": list(dict.fromkeys(said)), "text": text}
            return
        standing = _PRINTED_SLASH.split(text or "")
        if len(standing) < 2:
            standing = [line for line in (text or "").splitlines() if line.strip()]
        if len(standing) >= 2 and not all(category_of(word, words) for word in standing):
            # "For approval<tab>For assurance<tab>For discussion<tab>For information" over the
            # purpose in a sentence: the options' line as printed, every one standing
            standing = [part for part in re.split(r"\t+|\s+/\s+", standing[0]) if part.strip()]
        if len(standing) < 2 and text and len(text.split()) >= 2 and all(category_of(word, words) for word in text.split()):
            standing = text.split()  # "Approval Endorsement Discussion Information", a space between the words
        if unmarked and len(standing) >= 2 and all(category_of(word, words) for word in standing):
            # "For: Approval / Assurance / Discussion / Information": the options printed on one line
            # (or a cell each, or a line each), those not wanted deleted; every one left standing
            # is the blank form's, no answer
            kept = list(dict.fromkeys(category_of(word, words) for word in standing))
            left = len(standing) < len(set(words.values()))
            self.data["purpose"] = {"categories": kept, "text": text} if left else None
            return
        items = self._items(section, rows)
        boxed = boxed_options(items)
        if boxed is not None:
            boxed = [pair for words_, tick in boxed for pair in _mark_after_last(words_, tick, words)]
            ticked = [words_ for words_, tick in boxed if tick is Tick.CHECKED]
            self.purposes_ticked = [word for word in ticked if category_of(word, words)]
            categories = [c for c in (category_of(w, words) for w in ticked) if c]
            plain = "\n".join(words_ for words_, tick in boxed if tick is Tick.EMPTY)
            purpose = {"categories": list(dict.fromkeys(categories)) or None, "text": plain or ("\n".join(ticked) or None)}
            self.data["purpose"] = purpose if ticked or plain else None  # a blank form's boxes: not answered
            return
        marked = marked_options(self._cells(rows)) if section.rows else None
        if marked is not None and sum(1 for w in marked if category_of(w, words)) >= 2:
            ticked = [w for w, on in marked.items() if on]
            self.purposes_ticked = [word for word in ticked if category_of(word, words)]
            categories = [c for c in (category_of(w, words) for w in ticked) if c]
            self.data["purpose"] = {"categories": categories or None, "text": "\n".join(ticked) or None}
            return
        if text is None:
            self.data["purpose"] = None
            return
        categories = values.purpose_categories(text) or ([c] if (c := category_of(text, words)) else None) \
            or categories_said(text, words)  # "To note the themes raised ...": the board's words in a sentence
        self.data["purpose"] = {"categories": categories, "text": text}

    def _choice(self, key: str, question, section: Section, rows: list[list[Cell]]) -> Any:
        options = {fold(option): option for option in question.options or []}
        below = any(cell.text or cell.tick() not in (None, Tick.EMPTY) for row in section.rows for cell in row)
        if section.rest and below and options and option_named(section.rest, options) is None:
            # "Strategic Objectives – this report relates to ... (delete as appropriate):" over the
            # options: the words after the label are its instruction, the options below the answer
            section = replace(section, rest="")
            rows = self._rows(section)
        if options:  # the form's line over the options telling how to choose ("Please delete as appropriate:")
            rows = [row for row in rows if not (len([cell for cell in row if cell.text]) == 1 and tells_how_to_choose(
                (said := next(cell.text for cell in row if cell.text))) and option_named(said, options) is None)]
        written = section.rest or _options_at_end(section.label, options)
        if written and options and not any(cell.text for row in section.rows for cell in row):
            struck = marked_options([_rest_element(section, written)])  # "… risk register? ~~YES~~ / NO" on the label's line
            if struck is not None and any(struck.values()) and not all(struck.values()):
                ticked = [option_named(word, options) or word for word, on in struck.items() if on]
                return (ticked or None) if question.multiple else self._one(key, section.label, ticked)
        paired = cell_options(rows, lambda text: option_named(text, options)) if section.rows else None
        items = _without_leading_sentence(self._items(section, rows), options)
        unmarked = section.rows and not any(kind == "box" for kind, _ in items) and not self._marked(rows)
        # Options left standing, the others deleted: all of a single choice's is a blank form's
        # list; all of a multiple choice's printed as lines of text is every option kept ("delete
        # those that do not apply"), in a table's cells the blank form's grid
        lines = all(cell.element.tag == _P for row in rows for cell in row)
        # (not where the form asks for ticks, "Tick (✓) the priorities this report supports:": every
        # option standing and none ticked is none chosen)
        ticks_asked = labels.asks_for_ticks(" ".join([section.label, section.instruction, self._text(rows) or ""]))
        offered = len(options) + 1 if question.multiple and options and lines and not ticks_asked else len(options)
        said = said_options(self._text(rows), lambda line: option_named(line, options), offered) if unmarked else None
        boxed = boxed_options(items) if paired is None and said is None else None
        under = _under_option_columns(section, rows, options)
        written = _written_beside(rows, options) if under is None else None
        if under is not None:  # "Health Impact: | X | | " under "Positive | Neutral | Negative": the column marked
            ticked = under
        elif written is not None:  # "A progressive and equitable city | Supporting residents to …": how it contributes
            ticked = written
        elif paired is not None:  # "Safe | ☐", "SR1 | Workforce capacity | ☒": a box cell each
            ticked = [option for option, tick in paired[0] if tick is Tick.CHECKED]
        elif said is not None:  # the option as printed, the others deleted ("Information/Noting")
            ticked = said
        elif boxed is not None:
            ticked = [option_named(words, options) or words for words, tick in boxed if tick is Tick.CHECKED]
            # (text beside no box is not an option)
        else:
            marked = marked_options(self._cells(rows)) if section.rows else None
            if marked is not None:
                ticked = [option_named(w, options) or w for w, on in marked.items() if on]
            else:
                text = self._text(rows)
                ticked = [option_named(line, options) or line for line in _option_lines(text, options)]
                if not lines and len(options) > 1 and set(ticked) == set(options.values()):
                    ticked = []  # every option in a table's cells, no box or mark beside any: the blank form's grid
                if len(options) == 1 and ticked == list(options.values()) and beside_empty_cell(rows, ticked[0]):
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
            answer, note = self._answer(key, section.label, section, rows, YES_NO_NA_WORDS)
            questions[name] = {"answer": answer, "note": note} if answer or note else None
        elif kind == CHOICE:
            questions[name] = self._choice(key, question, section, rows)
        elif kind == REFERENCES and section.headers:  # "No. | Title" over "Appendix 1 | Evaluation report": a row each
            listed = [[cell.text for cell in row if cell.text] for row in rows]
            listed = [cells for cells in listed if cells and not values.says_nothing_to_report(cells[0])]
            questions[name] = [{"id": cells[0], "description": " – ".join(cells[1:]) or None} for cells in listed]
        elif kind == REFERENCES:
            # {id, description} as risks.references: "BAF 2.1 – Elective recovery"; the id by the board's pattern.
            questions[name] = references(text, pattern_of(question.pattern))[0]
        elif kind == LIST and (pairs := _term_rows(rows)):
            questions[name] = [f"{term} – {meaning}" for term, meaning in pairs]  # "IPC | Infection Prevention ..."
        elif kind == LIST:
            if section.headers:  # "Background Papers | Held At | Contact" over a row each: the papers named
                items = [cells[0].text for cells in ([cell for cell in row if cell.text] for row in rows) if cells] or None
            else:
                items = values.recommendations(self._cells(_rest_as_paragraph(section, rows))) if section.rows else (
                    [text] if text else None)
                if items and len(items) >= 2 and _printed_statement(items[0]):
                    items = items[1:]  # "The following documents disclose important facts … please contact …": the form's words
            # "Background papers: None": answered, with nothing to list
            questions[name] = [] if items and len(items) == 1 and values.says_nothing_to_report(items[0]) else items
        elif kind == DATE:
            questions[name] = date_value(text)
        elif kind == "person":
            people = parse_people(text)
            questions[name] = people[0] if people else None
        elif kind == TEXT and (grid := name_value_grid(rows)) is not None:
            # "Executive Team | 17 November 2025 | Other (specify) | ": the names filled in, "name: value" a line
            questions[name] = values.clean("\n".join(f"{name_}: {value}" for name_, value in grid if value))
        elif section.headers:  # "Meeting | Date" over its rows: one line a row, "Committee – 9th November 2021"
            lines = [" – ".join(cell.text for cell in row if cell.text) for row in rows]
            questions[name] = values.clean("\n".join(line for line in lines if line))
        else:
            questions[name] = text

    def _risk_text(self, rows: list[list[Cell]]) -> None:
        found, note = references(self._text(rows), STANDARD_REFERENCE)
        risks = self.data.setdefault("risks", {})
        risks["references"] = found
        risks["note"] = note

    # --- the rest ---

    def _claims(self) -> None:
        for label, keys in self.read.claimed:
            if all(key in self.read.sections for key in keys):
                continue  # "6 Equalities, Staffing and Financial Implications" over a grid with a row for each: a heading
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


_PRINTED_SLASH = re.compile(r"\s+/\s+")  # "Approval / Assurance": options on one line ("Information/Noting" is one)


def _answer_path(key: str) -> str:
    return f"{key}.answer" if key.startswith("implications.") else key


def _mark_after_last(said: str, tick: Tick, words: dict[str, str]) -> list[tuple[str, Tick]]:
    """"Approval Endorsement Discussion Information ✓": the purpose words printed in a row with
    one mark typed after the chosen one: the mark is the last word's, the others stand unmarked;
    any other words with their mark as they are."""
    for parts in (re.split(r"\t+|\s{2,}", said.strip()), said.split()):
        parts = [part for part in parts if part.strip()]
        if len(parts) >= 2 and all(category_of(part, words) for part in parts):
            return [(part, Tick.EMPTY) for part in parts[:-1]] + [(parts[-1], tick)]
    return [(said, tick)]


def _without_first_line(element: etree._Element, is_it: Callable[[str], bool]) -> bool:
    """Take the first line of the text in `element` out of it, when `is_it` says the line is the
    one: its paragraph, or its runs up to a line break (Shift+Enter). False when not taken."""
    first = next((p for p in element.iter(_P) if text_of(p).strip()), None)
    if first is None or first.getparent() is None:
        return False
    if is_it(text_of(first)):
        first.getparent().remove(first)
        return True
    pieces, said = [], []
    for node in first.iter(_T, _BR):
        pieces.append(node)
        if node.tag == _BR:
            break
        said.append(node.text or "")
    if not pieces or pieces[-1].tag != _BR or not is_it("".join(said)):
        return False
    for node in pieces:
        node.getparent().remove(node)
    return True


def _without_leading_sentence(items: list[tuple[str, Any]], options: dict[str, str]) -> list[tuple[str, Any]]:
    """The options' tokens without a sentence of the form's on a line of its own before the first
    box ("Please confirm below that the impact assessments have been approved …", then "☒Quality
    Impact Assessment   ☒Equality Impact Assessment"): it is no option, and paired with the first
    box it shifted every option onto the box before its own."""
    first_box = next((at for at, (kind, _) in enumerate(items) if kind == "box"), None)
    if not first_box:
        return items
    lead = items[:first_box]
    breaks = [at for at, (kind, value) in enumerate(lead) if kind == "text" and value == "\n"]
    if not breaks:
        return items
    line = "".join(value for kind, value in lead[:breaks[-1]] if kind == "text").strip()
    if len(line.split()) >= 6 and option_named(line, options) is None and line.endswith((".", ":")):
        return items[breaks[-1] + 1:]
    return items


def _options_at_end(label: str, options: dict[str, str]) -> str:
    """The options written out at the end of the label's line ("Separate risk register in
    place? YES / NO"), or ""."""
    words = "|".join(re.escape(option) for option in sorted(options.values(), key=len, reverse=True))
    found = re.search(rf"(?:{words})(?:\s*/\s*(?:{words}))+\s*$", label, re.IGNORECASE) if words else None
    return found.group(0) if found else ""


def _rest_with_marks(section: Section) -> etree._Element:
    """The answer after the label on its line, with its formatting where that picks some of the
    words written and not others ("Purpose: For Approval / ~~For Discussion~~ / ~~For Noting~~");
    otherwise its words alone (a tick typed after one, "Decision   Assurance ✓", is read as ticks)."""
    formatted = _rest_element(section, section.rest)
    marked = marked_options([formatted])
    return formatted if marked is not None and any(marked.values()) and not all(marked.values()) else etree.Element(_P)


def _rest_element(section: Section, written: str) -> etree._Element:
    """The label's paragraph with the label's own characters taken out: what is `written` after
    it, with its formatting ("Risks included on the risk register? ~~YES~~ / NO")."""
    element = section.element
    if element is None or element.tag != _P:
        return paragraph_of(written)
    copied = copy.deepcopy(element)
    left = _visible(text_of(element)) - _visible(written)  # the label's characters, spaces aside
    for node in copied.iter(_T):
        if left <= 0:
            break
        text = node.text or ""
        cut = 0
        while cut < len(text) and left > 0:
            left -= not text[cut].isspace()
            cut += 1
        node.text = text[cut:]
    return copied


def _visible(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def _rest_as_paragraph(section: Section, rows: list[list[Cell]]) -> list[list[Cell]]:
    """`rows` with the answer after the label ("Proposal<tab>Cabinet is asked to note the
    report.", "Consultees: Dave Street, …") as a paragraph of its own, for a list read off
    paragraphs (the label's line holds the first item)."""
    if section.rest and rows and rows[0] and rows[0][0].text == section.rest:
        return [[Cell(paragraph_of(section.rest), section.rest, 0)], *rows[1:]]
    return rows


def _term_rows(rows: list[list[Cell]]) -> list[tuple[str, str]] | None:
    """A list written as a table of two columns, a term and its meaning a row ("IPC |
    Infection Prevention and Control"); None for any other rows."""
    pairs = [[cell.text for cell in row if cell.text] for row in rows]
    pairs = [pair for pair in pairs if pair]
    if not pairs or any(len(pair) != 2 or not GLOSSARY_TERM.fullmatch(pair[0]) for pair in pairs):
        return None
    return [(term, meaning) for term, meaning in pairs]


# Answered in one line on a sheet: a later label of the same words is another thing's
_ONE_LINE = frozenset({"title", "meeting_date", "agenda_item", "board", "organisation", "sponsor", "presented_by"})


def _printed_statement(text: str) -> bool:
    """Is a list's first item a paragraph of several sentences (the form's statement over the
    list: "The following documents disclose important facts … Copies … If you would like a copy
    please contact …"), no item of it?"""
    return len(re.findall(r"[.!?](?:\s+[A-Z]|\s*$)", text.strip())) >= 2 and len(text.split()) >= 25


def _under_option_columns(section: Section, rows: list[list[Cell]], options: dict[str, str]) -> list[str] | None:
    """The options whose columns are marked in the question's row, when the options are the
    table's column headers ("Positive | Neutral | Negative"); None when they are not."""
    named = {column: option_named(printed, options) for column, printed in section.columns.items() if printed != "note"}
    if not rows or sum(1 for option in named.values() if option) < 2 or not any(cell.column in named for cell in rows[0]):
        return None
    return [named[cell.column] for cell in rows[0] if named.get(cell.column) and cell.mark() is Tick.CHECKED]


def _written_beside(rows: list[list[Cell]], options: dict[str, str]) -> list[str] | None:
    """The options a grid of "option | how this report contributes" picks: those with words
    written beside them, when others are left empty (no box or mark in the grid); None for any
    other grid."""
    beside: list[tuple[str, bool]] = []
    for row in rows:
        named = option_named(row[0].text, options) if len(row) >= 2 and row[0].text else None
        if named is None:
            continue
        if any(cell.tick() is Tick.CHECKED for cell in row[1:]):
            return None  # a box ticked, an X typed: a grid of boxes, not of words
        beside.append((named, any(cell.text.strip() for cell in row[1:])))
    filled = [option for option, written in beside if written]
    return filled if len(beside) >= 2 and filled and len(filled) < len(beside) else None


def _option_lines(text: str | None, options: dict[str, str]) -> list[str]:
    """The lines of a choice's answer; a line of the options kept, set apart by semicolons or
    slashes ("Caring for the vulnerable; Delivering better services;", "Live Well / Age Well"),
    is an option a part."""
    found: list[str] = []
    for line in (text or "").splitlines():
        parts = next((parts for separator in (r";", r"\s+/\s+") if len(parts := [
            part.strip() for part in re.split(separator, line) if part.strip()]) > 1 and all(fold(part) in options for part in parts)), None)
        found.extend(parts if parts else [line] if line.strip() else [])
    return found
