"""The board reader's assembler, on the lines around the sheet's labelled answers: the header
lines above the first label (the board, the meeting date, the title, or the lines the profile
places by number), a title row that also gives the agenda item, and a confidentiality word
left alone above the sheet.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from lxml import etree

from coversheet.dates.uk import parse_uk_date
from coversheet.word.answers import values
from coversheet.word.answers.choices import category_of
from coversheet.word.answers.dates import date_value, dated_line
from coversheet.word.answers.people import is_contact_detail, parse_people
from coversheet.word.answers.values import could_be_title
from coversheet.word.layout.marks import bold
from coversheet.word.matching import labels
from coversheet.word.matching.meaning import DATE, PEOPLE, PERSON, PURPOSE, TEXT
from coversheet.word.readers.board.sheet import NUMBERED_HEADING

# (with the Welsh words of bilingual headers: "CYNGOR BWRDEISTREF SIROL TORFAEN" under the English
# name is the council's name again, never the title; bwrdd, pwyllgor, cyngor, ymddiriedolaeth,
# partneriaeth: board, committee, council, trust, partnership)
_BOARD_LINE = re.compile(r"\b(board|committee|commission|partnership|council|trust|group|panel|cabinet"
                         r"|bwrdd|pwyllgor|cyngor|ymddiriedolaeth|partneriaeth)\b", re.I)
_MEETING_BODY = re.compile(r"\b(board|committee|commission|partnership|group|panel|cabinet|forum|sub-committee)\b", re.I)
_ITEM_WORDS = re.compile(r"^\s*(?:agenda\s+)?item\s*(?:no\.?|number)?\s*[:.]?\s*(?=\S)", re.I)
_ITEM_CODE = re.compile(r"^\s*(?:item\s*)?(?!(?:19|20)\d\d\b)([A-Z]{0,6}[/.\- ]?\d[\w/.\-]*)\s*[:–—-]?\s+(?=[A-Z])", re.I)
_DAY = _dt.date
_PURPOSE_PARTS = re.compile(r"\s*/\s*|\t+")  # "For Decision / For Assurance", a tab apart
_ON_THE_AGENDA = re.compile(r"\s+on\s+the\s+agenda\W*$", re.I)  # "This Report relates to Item 5 on the Agenda"
_BRACKETED = re.compile(r"^\((.*)\)$")
_PAGE_KINDS = (TEXT, DATE, PEOPLE)  # what a labelled line in the page header or footer may answer
_SESSION_AFTER = re.compile(r"^(?P<day>.*?\d{2,4})\s*(?:[–—-]|,)\s*\(?(?P<session>[^\d()–—]{2,40}?)\)?\s*$")
_PRIVATE_WORD = re.compile(r"\b(closed|private|confidential|restricted|not for publication|part (2|ii|b)|exempt)\b", re.I)


class HeaderLines:
    """The assembler's reading of the lines outside the labelled answers (a mixin of
    `assemble._Assembler`: it reads `self.read`, `self.matcher`, `self.profile` and
    `self.header_paragraphs`, and writes `self.data`)."""

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

    def _board_and_date(self) -> None:
        """"HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD – 25 FEBRUARY 2026" as the board's
        answer: the meeting and its date on one line; the date is the meeting's when the sheet
        gives it nowhere else."""
        board = self.data.get("board")
        if not isinstance(board, str):
            self._board_before_date()
            return
        section = self.read.sections.get("board")
        if section is not None and isinstance(parse_uk_date(board.strip(" –—-:")), _DAY):
            # "Public Trust Board – 3 February 2026" under a profile whose label for the board is
            # its name: the line is the meeting's, its date after the name; "HEALTH AND WELLBEING
            # BOARD" over "Tuesday 24 November 2026": the name alone, the date the line under it
            board, day = section.label, board
            if dated_line(board) is None and _MEETING_BODY.search(board) and not board.rstrip().endswith(":"):
                board = f"{board} – {day.strip(' –—-:')}"
        named = dated_line(board)
        if named is None:
            return
        self.data["board"] = named[0]
        if "meeting_date" in self.matcher.kinds and not self.data.get("meeting_date"):
            self.data["meeting_date"] = date_value(named[1])

    def _board_before_date(self) -> None:
        """"Title & Date of Meeting: Quality Committee – 12 November 2025", "Meeting and date:
        Audit Committee 4.12.25": the date's answer names the meeting first; it is the board."""
        section = self.read.sections.get("meeting_date")
        if section is None or "board" not in self.matcher.kinds or self.data.get("board"):
            return
        said = section.rest or next((cell.text for row in section.rows for cell in row if cell.text), "")
        named = dated_line(said)
        if named is not None and not isinstance(parse_uk_date(named[0]), _DAY):
            self.data["board"] = named[0]

    def _one_word_left(self) -> None:
        """"OPEN" alone above the sheet whose form prints "OPEN / CLOSED": the author deleted the
        other word, and the one left is the answer ("no" for an open paper, "yes" for a closed one)."""
        if self.data.get("confidential") is not None or "confidential" in self.read.sections:
            return
        lines = [text for text, _ in self.read.preamble] + [
            section.label for section in self.read.order[:3] if not section.key and not section.rows] + self._page_header_parts()
        for text in lines:
            said = self._word_left(text)
            if said is not None:
                self.data["confidential"] = said
                return
        for text, _ in self.read.preamble:
            said = self._session_word(text)
            if said is not None:
                self.data["confidential"] = said
                return

    def _session_word(self, text: str) -> str | None:
        """"yes" or "no" when an unlabelled line above the sheet is the very word the profile
        gives for a paper in private or in public ("Open Session" of a board whose papers print
        the meeting, its date, the session and the item as lines). Only words the profile sets:
        a board's own words are typed per paper; the defaults, "Public" and "Private", are often
        printed by a form on every paper, chosen or not."""
        words = self.profile.confidentiality
        said = labels.normalise(text)
        for field, answer in (("private", "yes"), ("public", "no")):
            if field in words.model_fields_set and said == labels.normalise(getattr(words, field)):
                return answer
        return None

    def _word_left(self, text: str) -> str | None:
        """"yes" (private) or "no" when `text` is one of the words the confidentiality label
        prints for the author to keep ("OPEN" of "OPEN / CLOSED"); None otherwise."""
        question = self.profile.question("confidential")
        printed = [part for label in (question.labels if question is not None else []) for part in
                   (labels.normalise(part) for part in re.split(r"\s*/\s*|\s+or\s+", label)) if part]
        said = labels.normalise(text)
        if len(printed) >= 2 and said in printed:
            return "yes" if _PRIVATE_WORD.search(said) else "no"
        return self._word_left_in_line(text, question.labels if question is not None else [])

    def _word_left_in_line(self, text: str, printed: list[str]) -> str | None:
        """"REPORT TO THE TRUST BOARD HELD IN PUBLIC ON 31 MARCH 2026" where the form prints "HELD IN
        PUBLIC / PRIVATE": the words before the choice, then the one word the author kept."""
        for label in printed:
            first, *others = [part.strip() for part in re.split(r"\s*/\s*", label) if part.strip()]
            head, _, word = first.rpartition(" ")
            if not head or not others or any(" " in other for other in others):
                continue
            choices = "|".join(re.escape(choice) for choice in [word, *others])
            kept = re.search(rf"\b{re.escape(head)}\s+({choices})\b(?!\s*/)", text, re.IGNORECASE)
            if kept is not None and len(text) > len(label):
                return "yes" if _PRIVATE_WORD.search(kept.group(1)) else "no"
        return None

    def _page_header_parts(self) -> list[str]:
        """The page header's lines, each split at its tabs, brackets round a part dropped:
        "PUBLIC<tab>BOD 58/2025" over "<tab>(Agenda Item: 7)" is "PUBLIC", "BOD 58/2025",
        "Agenda Item: 7"."""
        if self._header_parts is None:  # read once for the paper, whoever asks first
            self._header_parts = _parts(self.header_paragraphs())
        return self._header_parts

    def _page_header(self) -> None:
        """Labelled answers printed in the page header or footer ("BOD 58/2025", "(Agenda Item:
        7)", "Enclosure B", "Report author: Tom Kelly, Deputy Chief People Officer"), where many
        boards put the paper's number, agenda item and author: each answers its question when
        the sheet itself leaves it unanswered."""
        if all(self._answered(key) for key, kind in self.matcher.kinds.items() if kind in (*_PAGE_KINDS, PURPOSE)):
            return  # nothing the page header could answer: its parts are not read
        parts = self._page_header_parts() + _parts(self.footer_paragraphs())
        for at, part in enumerate(parts):
            if "confidential" in self.matcher.kinds and self.data.get("confidential") is None and self._public_or_private(part):
                continue
            match = self.matcher.match(part)
            kind = self.matcher.kinds.get(match.key or "")
            if kind == PURPOSE and match.how in ("profile", "variant") and match.rest and not self._answered(match.key):
                self._purpose_words(part[:len(part) - len(match.rest)].strip(" :"), match.rest)
                continue
            if match.key == "confidential" and match.how in ("profile", "variant") and self.data.get("confidential") is None:
                if self._public_or_private(match.rest):
                    continue  # "Classification:  Public ☒   Private ☐" in the page header: the boxes say
                # "Classification: Public" in the page footer: the board's word, whole
                said = labels.publicity_words(self.profile.confidentiality).get(labels.normalise(match.rest))
                if said is not None:
                    self.data["confidential"] = said == "yes"
                continue
            if match.how not in ("profile", "variant") or kind not in _PAGE_KINDS:
                continue
            rest = match.rest
            if not rest and at + 1 < len(parts) and self.matcher.match(parts[at + 1]).key is None:
                rest = parts[at + 1]  # "Agenda item: | 6" in a table in the page header: the answer is the next cell
            if not rest:
                continue
            if match.key == "board" and (day := date_value(rest)) != rest:
                # "Board Meeting in Public – 19 January 2027": the board's own words are its
                # name, and the date after them the meeting's
                rest = part[:len(part) - len(match.rest)].strip(" :–—-")
                if "meeting_date" in self.matcher.kinds and not self._answered("meeting_date"):
                    self._set("meeting_date", day)
            value: Any = date_value(rest) if kind == DATE else parse_people(rest) if kind == PEOPLE else rest
            if value and not self._answered(match.key):
                self._set(match.key, value)

    def _public_or_private(self, part: str) -> bool:
        """"Public ☒   Private ☐" in the page header, the board's two words with their boxes and no
        label: the confidentiality answer (both ticked, or neither: not clear, never public)."""
        words = labels.publicity_words(self.profile.confidentiality)
        said = {labels.normalise(word): ticked for word, ticked in values.boxed_words(part) or []}
        if set(said) != set(words):
            return False
        ticked = [words[word] for word, on in said.items() if on]
        if len(ticked) == 1:
            self.data["confidential"] = ticked[0] == "yes"
        return True

    def _date_or_purpose_line(self, text: str) -> bool:
        """An unlabelled header line that answers the meeting's date ("Friday 13 November 2026"
        alone) or the purpose ("For Assurance" alone, the form's other words deleted, "For
        Decision / For Assurance / For Information" printed without a label), each when asked
        and not answered elsewhere: answered here, True."""
        if "meeting_date" in self.matcher.kinds and not self.data.get("meeting_date") and isinstance(
                (day := parse_uk_date(text.strip())), _DAY):
            self.data["meeting_date"] = day.isoformat()
            return True
        standing = [part.strip() for part in _PURPOSE_PARTS.split(text) if part.strip()]
        words = {word.casefold() for word in self.profile.purposes}
        if "purpose" in self.matcher.kinds and not self.data.get("purpose") and standing \
                and all(part.casefold() in words for part in standing):
            self._purpose_words(self.profile.question("purpose").label, text)
            return True
        return False

    def _purpose_words(self, label: str, text: str) -> None:
        """"For: Assurance" in the page header: the purpose in the board's words, those not
        wanted deleted. Every word left standing is the form's, no answer; two or more where the
        profile asks one are not clear."""
        words = {word.casefold(): category.value for word, category in self.profile.purposes.items()}
        standing = [part.strip() for part in _PURPOSE_PARTS.split(text) if part.strip()]
        said = [category_of(part, words) for part in standing]
        if not standing or None in said:
            return
        kept = list(dict.fromkeys(said))
        if len(kept) > 1 and len(kept) >= len(set(words.values()) or {None}):
            return  # "Decision / Assurance / Discussion / Information": the form as printed
        self.data["purpose"] = {"categories": kept, "text": text}
        self._one_purpose_asked(label, standing)

    def _date_and_session(self) -> None:
        """"26 November 2026 – Public" as the meeting's date: the date, then the session the paper
        is taken in, in the board's own word for it (the profile's), which answers public or
        private when nothing else on the sheet does."""
        said = self.data.get("meeting_date")
        if not isinstance(said, str) or isinstance(parse_uk_date(said), _DAY):
            return
        found = _SESSION_AFTER.match(" ".join(said.split()))
        day = parse_uk_date(found["day"]) if found else None
        session = self._session_word(found["session"]) if found else None
        if not isinstance(day, _DAY) or session is None:
            return
        self.data["meeting_date"] = day.isoformat()
        if "confidential" in self.matcher.kinds and "confidential" not in self.read.sections and self.data.get("confidential") is None:
            self.data["confidential"] = session

    def _answered(self, key: str) -> bool:
        node: Any = self.data
        for name in key.split("."):
            node = node.get(name) if isinstance(node, dict) else None
        return node not in (None, "", [])

    def _preamble(self) -> None:
        """Header lines above the first label: the board, the meeting date, the title."""
        lines = self.read.preamble or [(text, None) for text in self.header_paragraphs()]
        # "Cabinet" over "20 January 2027" in one cell of the header table: two lines
        lines = [(part.strip(), element) for text, element in lines for part in text.split("\n") if part.strip()]
        if self.read.preamble and self.matcher.placed:
            # "Trust Board Public" / "28 January 2027" / "Item 08.27" in the page header over the
            # trust's name and "Board of Directors – report cover sheet": the lines the profile
            # places are the page header's when they fit what it places there and the body's do not
            header = [(text, None) for text in self.header_paragraphs() if text.strip()]
            if header and self._fit(header) > self._fit(lines):
                lines = header
            # "Paper No. 25-429" over "Health and Wellbeing Board – 3 December 2026": the lines
            # counted with those its labels answer, when the profile's places fit them so
            every = [(part.strip(), element) for text, element in self.read.header_lines for part in text.split("\n") if part.strip()]
            if len(every) > len(lines) and self._fit(every) > self._fit(lines):
                lines = every
        if len(lines) < self.matcher.header_lines:
            # "Local Members' Interest | N/A" (a small box of the board's) above the committee and
            # title lines the profile places: those lines are the first between the tables
            lines = lines + self.read.between
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
            elif self._date_or_purpose_line(text):
                continue
            elif self._title_line(text, element):
                self.data["title"] = text.strip()
        for text, element in self.read.between:  # "REPORT TO THE GOVERNING BODY" then the title, in bold
            if self._title_line(text, element):
                self.data["title"] = text.strip()
        # (the header run is a prefix of the order: with the first three lines, those up to its end)
        for section in self.read.order[:max(3, len(self._header_run()))]:
            # "Report of the Director of Public Health" then the title, bold, then "Summary": an
            # unlabelled bold line among the header's labels, with nothing under it, is the title
            # (so too after "Report to: Cabinet" … "Report Written by: Huw Jenkins", each answered
            # on its label's line, before the report's numbered sections).
            unlabelled = not section.key and not any(cell.text for row in section.rows for cell in row)
            if unlabelled and self._date_or_purpose_line(section.label):
                continue  # ("AGENDA ITEM 5" then "Friday 13 November 2026" alone on its line)
            if unlabelled and section.label != board and self._title_line(section.label, section.element, boards=False):
                self.data["title"] = section.label.strip()
        agenda = self.data.get("agenda_item")
        if isinstance(agenda, str) and (item := _ON_THE_AGENDA.sub("", _ITEM_WORDS.sub("", agenda)).strip()):
            # "Item 6.1", "Agenda item 7", "5 on the Agenda": the item is "6.1", "7", "5"
            self.data["agenda_item"] = item
            code = _ITEM_CODE.match(item)
            if code is not None and ":" in item[:code.end()] and item[code.end():].strip():
                # "Item 6: NHS Dentistry in Kent" as the report's heading: the item, then the title
                self.data["agenda_item"] = code.group(1)
                if "title" in self.matcher.kinds and not self.data.get("title"):
                    self.data["title"] = item[code.end():].strip()

    def _header_run(self) -> list:
        """The sections that open the sheet as header lines do: each a label answered on its own
        line ("Unrestricted", the board's word alone, too), or an unlabelled line with nothing
        under it; the run ends at the first answer written under its label."""
        run = []
        for section in self.read.order:
            # ("CONTACT OFFICER: Mark Ellison …" over "(For all enquiries) (01753) 875142": how to
            # reach the person, no answer written under the label)
            written_under = any(cell.text and not is_contact_detail(cell.text) for row in section.rows for cell in row)
            if written_under or (section.key and not section.rest and section.rows):
                break
            run.append(section)
        return run

    @staticmethod
    def _one_dated_line(lines: list[tuple[str, etree._Element | None]]) -> str | None:
        """The day given by the one header line that holds a date ("Board Meeting in Public – 19
        January 2027", also when it opens with the board's label), or None when none does or
        several do."""
        days = {_placed_value(DATE, part.strip()) for text, _ in lines for part in re.split(r"[\t\n]", text) if _holds_day(part)}
        return days.pop() if len(days) == 1 else None

    def _fit(self, lines: list[tuple[str, etree._Element | None]]) -> int:
        """How well `lines` fit what the profile places on them: a date where it places a date,
        figures where it places the agenda item, a few words where it places the title (a point
        for each that fits, one off for each that does not)."""
        fit = 0
        for question in self.profile.questions:
            if question.line is None or question.line > len(lines):
                continue
            text = lines[question.line - 1][0].split("\t")[0]  # (a labelled answer after a tab is another's)
            if self.matcher.kinds.get(question.path) == DATE:
                fit += 1 if _holds_day(text) else -1
            elif question.path == "agenda_item":
                fit += 1 if re.search(r"\d", text) else -1
            elif question.path == "title":  # a title of a few words, not one heading's word ("DIRECTIONS")
                fit += 1 if len(text.split()) >= 3 and could_be_title(text) and not dated_line(text, placed=True) else -1
        return fit

    def _placed_lines(self, lines: list[tuple[str, etree._Element | None]]) -> set[int]:
        """The header lines the profile places (`line = N` on a question): each read as its
        question's answer, whatever the guesses below would make of it."""
        placed: set[int] = set()
        for question in self.profile.questions:
            if question.line is None or question.line > len(lines):
                continue
            placed.add(question.line)
            key = question.path
            held = self.read.sections.get(key)
            said = self.data.get(key) if not question.own else (self.data.get("questions") or {}).get(question.name)
            if held is not None and said and not (
                    held.rest[:1].islower() and ":" not in held.label[:len(held.label) - len(held.rest)]):
                continue  # answered by its label (not "Title of Document" heading a table's column: a longer name)
            text = self._without_labelled_parts(lines[question.line - 1][0].strip())
            if ((own := self.matcher.match(text)).key == key and own.how == "profile" and own.rest
                    and text[:len(text) - len(own.rest)].rstrip().endswith(":")):
                text = own.rest  # "PHS Paper No: 27/26" on the line placed for "PHS Paper No": the number
            kind = self.matcher.kinds.get(key, TEXT)
            shared = [other for other in self.profile.questions if other.line == question.line and other is not question]
            if kind == TEXT and shared and (named := dated_line(text, placed=True)) is not None:
                text = named[0]  # "Health and Care Overview and Scrutiny Committee – Monday 30 November 2026": the date is another's
            sharing = {other.path for other in shared}
            if {key, *sharing} >= {"agenda_item", "title"} and (code := _ITEM_CODE.match(text)) and text[code.end():].strip():
                # "7.1   Finance Report" on the line the profile places both: the item, then the title
                text = code.group(1) if key == "agenda_item" else text[code.end():].strip()
            value = _placed_value(kind, text)
            board_line = [(self.read.sections["board"].label, None)] if "board" in self.read.sections else []
            if kind == DATE and value == text and (dated := self._one_dated_line(lines + board_line)) is not None:
                # the line the profile places the date holds none (the organisation's name above
                # the header lines, in a copy with no page header): the one dated header line
                value = dated
            if key == "confidential":
                # "Part 1" on the line the profile places the confidentiality: the board's word
                # for a public paper (or a private one); anything else, or both, says neither.
                # The whole line is the answer, so a word in brackets counts ("Board meeting
                # (Part 1)"), where elsewhere brackets hold the form's instructions.
                said = labels.publicity_said(re.sub(r"[()\[\]]", " ", text), self.profile.confidentiality)
                value = said[0] == "yes" if len(said) == 1 else None
            if question.own:
                self.data.setdefault("questions", {})[question.name] = value
            else:
                self.data[key] = value
        return placed

    def _without_labelled_parts(self, text: str) -> str:
        """A placed line without the labelled answers set after a tab ("SOCIAL SERVICES (ADULTS)
        (COUNCILLOR ELERI HOWELLS)<tab>AGENDA ITEM: 3"): each answers its own question."""
        first, *others = text.split("\t")
        kept = [first]
        for part in others:
            found = self.matcher.match(part.strip())
            if found.key and found.how == "profile" and found.rest and self.matcher.kinds.get(found.key) in (TEXT, DATE):
                if not self._answered(found.key):
                    self._set(found.key, date_value(found.rest) if self.matcher.kinds[found.key] == DATE else found.rest.strip())
                continue
            kept.append(part)
        return "\t".join(kept).strip() if len(kept) > 1 else first.strip()

    def _title_line(self, text: str, element: etree._Element | None, boards: bool = True) -> bool:
        """An unlabelled bold line that is the paper's title (not the organisation's or the
        board's name, nor "Report to ..." above it)."""
        return bool("title" in self.matcher.kinds and "title" not in self.read.sections and not self.data.get("title")
                    and element is not None and bold(element) and 10 <= len(text) <= 200
                    and not NUMBERED_HEADING.match(text) and not (boards and _BOARD_LINE.search(text))
                    and self._session_word(text) is None
                    and could_be_title(text))


def _holds_day(text: str) -> bool:
    """Does a header line give a day: a date alone, or a meeting's name with its date
    ("Board Meeting in Public – 19 January 2027", "COMMITTEE: 20 JANUARY 2027")?"""
    return dated_line(text, placed=True) is not None or isinstance(parse_uk_date(text.strip()), _dt.date)


def _placed_value(kind: str, text: str) -> Any:
    """A placed line read as its question asks: a date, a person ("Director of Finance": a post,
    no one named), people, or the text."""
    if kind == DATE:
        named = dated_line(text, placed=True)  # "… COMMITTEE: 20 JANUARY 2027": the committee's line gives its date
        return date_value(named[1] if named is not None else text)
    if kind in (PEOPLE, PERSON):
        people = parse_people(text)
        return people if kind == PEOPLE or not people else people[0]
    return text


def _parts(lines: list[str]) -> list[str]:
    """Page header or footer lines split at their tabs, brackets round a part dropped."""
    parts = (part.strip() for line in lines for part in line.split("\t"))
    return [_BRACKETED.sub(r"\1", part).strip() for part in parts if part]
