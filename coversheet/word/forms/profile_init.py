"""`coversheet profile init TEMPLATE.docx`: propose a board's profile from its blank form.

Each label on the form is matched to a standard question by meaning (`meaning`); a label no
standard question claims becomes one of the board's own questions, named from its label,
with its kind from the layout beside it: boxes under or beside Yes / No / N/A -> yes_no_na,
option words each with a box -> choice (its options), a label about dates -> date, one about
references -> references, otherwise text. Guesses made by key terms or by layout are marked
unsure, for the secretary to review.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from coversheet.config.profile import HISTORY_PARTS, history_parts_named
from coversheet.errors import UnreadableFile
from coversheet.model.answers import answer_named, parse_category
from coversheet.word.matching import labels
from coversheet.dates.uk import parse_uk_date
from coversheet.word.forms.form_printed import choice_words as _choice_words
from coversheet.word.forms.form_questions import BOARD_LINE, Asked, Form, clean_label, read_form
from coversheet.word.matching.meaning import Match, Matcher, standard_matcher
from coversheet.word.package import open_package
from coversheet.word.forms.profile_form import tagged_questions
from coversheet.word.forms.proposals import Proposal, Template, profile_kind

_FORM_BLOCKS = 400  # a cover sheet is read within the document's first blocks
_NAME_FILLER = {"the", "of", "a", "an", "is", "are", "this", "to", "on", "for", "and", "by", "did", "how", "was", "were", "has", "have"}


def read_template(path) -> Template:
    """The questions a board's blank (or filled) form asks; `UnreadableFile` when the file
    holds no recognisable cover sheet."""
    matcher = standard_matcher()
    with open_package(path) as package:
        blocks = package.body()
        try:
            opening = list(itertools.islice(blocks, _FORM_BLOCKS))
        finally:
            blocks.close()
        page_header = package.header_paragraphs()
    ours = tagged_questions(opening)  # a form coversheet drew: names and kinds from its tags
    if ours is not None:
        return ours
    form = read_form(opening, lambda text: _known(matcher, text))
    form.questions[:0] = _page_header_labels(page_header, form, matcher)
    known = {matcher.match(asked.label).key for asked in form.questions} - {None, "board"}
    if len(known) < 2:
        raise UnreadableFile("no cover sheet: the document has none of the standard questions' labels at its start "
                             "(Title, Date of meeting, Author, Purpose, ...)", missing_cover_sheet=True)
    return _Proposer(matcher).propose(form)


def _page_header_labels(lines: list[str], form: Form, matcher: Matcher) -> list[Asked]:
    """"Meeting: " / "Date: " / "Agenda item: " in the page header, room after each colon: the
    meeting, its date and the item, asked above every page (the reader reads labelled lines
    there); only the standard questions a header line can answer, each once."""
    body = {matcher.match(asked.label).key for asked in form.questions}
    found: list[Asked] = []
    for text in lines:
        for part in text.split("\t"):
            label, rest = clean_label(part)
            if not part.rstrip().endswith(":") or rest or not label:
                continue
            key = matcher.match(label).key
            if key in _PAGE_HEADER_FIELDS and key not in body:
                body.add(key)
                found.append(Asked(label, part.strip()))
    return found


_PAGE_HEADER_FIELDS = {"board", "meeting_date", "agenda_item", "confidential"}


def _known(matcher: Matcher, text: str) -> bool:
    match = matcher.match(text)
    return bool(match.key or match.claimed_by) and not match.rest


class _Proposer:
    """Each question on the form named: a standard question when its label means one, the
    board's own otherwise, with its kind and options from what the form prints."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher
        self.proposals: list[Proposal] = []
        self.purposes: dict[str, str] = {}
        self.confidentiality: dict[str, str] = {}
        self.session_words: dict[str, str] = {}  # "Part 1" on the meeting's line above the form, and "Part 2"
        self.printed: dict[str, list[str]] = {}  # the labels met, folded -> the options printed with them
        self.taken: dict[str, str] = {}  # standard field -> how its label was matched
        self.asked_as: dict[str, tuple[int, Asked]] = {}  # standard field -> (its proposal's index, the question)

    def propose(self, form: Form) -> Template:
        header = self._header(form)
        for asked in form.questions:
            self._question(asked)
        for proposal in header:
            if proposal.field not in self.taken:
                self.proposals.append(proposal)
                if proposal.field == "confidential" and len(proposal.also) == 2:
                    self.confidentiality = {"public": proposal.also[0], "private": proposal.also[1]}
                elif proposal.field == "confidential" and proposal.line is not None:
                    self.confidentiality = self.session_words
        board = next((text for text, _ in form.header
                      if BOARD_LINE.search(text) and len(text) <= 120 and not _PLACEHOLDER_LINE.search(text)), None)
        return Template(board, _unique(self.proposals), self.purposes, self.confidentiality)

    def _header(self, form: Form) -> list[Proposal]:
        """The header lines' questions the profile can say: the board's line, the meeting
        date's line ("Trust Board meeting: Wednesday 11 March 2026", "[Meeting date here]")."""
        found: list[Proposal] = []
        boards = [text for text, _ in form.header if BOARD_LINE.search(text) and len(text) <= 120]
        # "Bath and North East Somerset Council" over "Health and Wellbeing Board": the line that
        # names a meeting body is the board's
        board_line = next((text for text in boards if _MEETING_BODY.search(text)), boards[0] if boards else None)
        for (text, _), line in zip(form.header, form.lines):
            label, rest = clean_label(text)
            folded = labels.normalise(text)
            sides = _public_private(_choice_words(text))
            if sides:
                # "OPEN / CLOSED" above the form: the author deletes one, the paper prints the
                # one left standing ("OPEN")
                found.append(Proposal(text, field="confidential", kind="yes_no", also=list(sides),
                                      unsure="the public / private line above the form"))
            elif rest and label and isinstance(parse_uk_date(rest), dt.date):
                found.append(Proposal(label, field="meeting_date", kind="date", unsure="the date line above the form"))
            elif re.search(r"\bdate\b", folded) and _PLACEHOLDER_LINE.search(text):
                found.append(Proposal("", field="meeting_date", kind="date", unsure="the date line above the form", line=line))
            elif re.search(r"\btitle\b", folded) and _PLACEHOLDER_LINE.search(text):
                found.append(Proposal("", field="title", kind="text", unsure="the title's line above the form", line=line))
            elif (BOARD_LINE.search(text) and re.search(r"\bmeeting$", folded) and len(text) <= 120
                  and not any(_PLACEHOLDER_LINE.search(other) and re.search(r"\bdate\b", other, re.I) for other, _ in form.header)):
                # (not when a line of its own is printed for the date: "[Date of meeting]")
                # "Council of Governors Meeting": the meeting's line, its date written after it
                found.append(Proposal(text, field="meeting_date", kind="date",
                                      unsure="the meeting's line above the form: its date written after it"))
            elif text == board_line:
                # (placed on its line only when it names a meeting body: "KNOWSLEY METROPOLITAN
                # BOROUGH COUNCIL" over "Report to:" is the council's name, the board asked below)
                found.append(Proposal("", field="board", kind="text", unsure="the committee's line above the form",
                                      line=line if _MEETING_BODY.search(text) else None))
            if line is not None and BOARD_LINE.search(text) and not sides and (session := _SESSION.search(text)):
                # "Board meeting (Part 1)": the meeting's line says the papers under it are public
                # (the form for Part 2 prints "Part 2" there); the board's words for either
                public = " ".join(session.group().split())
                self.session_words = {"public": public, "private": _PRIVATE_OF[public.casefold()]}
                found.append(Proposal("", field="confidential", kind="yes_no", line=line,
                                      unsure=f"the meeting's line above the form: '{public}' a public paper"))
        return found

    def _label_with_options(self, folded: str) -> None:
        """The question first printed with the label `folded` labelled with its options too."""
        for proposal in self.proposals:
            if " ".join(proposal.label.split()).casefold() == folded:
                proposal.label = _with_options(proposal.label, self.printed[folded])

    def _demote(self, key: str) -> None:
        """The question first given `key` by its key terms becomes the board's own."""
        index, asked = self.asked_as.pop(key)
        own = _own(asked, _asks_yes_no(asked.label))
        if own is not None:
            self.proposals[index] = own
        else:
            del self.proposals[index]
            self.asked_as = {k: (i - (i > index), a) for k, (i, a) in self.asked_as.items()}
        del self.taken[key]

    def _choice_beside(self, asked: Asked) -> bool:
        """"Subject: | Public / Non-Public", "Report of: | For Decision / For Information": a label
        whose answer the paper writes in its cell, and beside it the public and private words (or
        the purposes) printed for the author to delete all but one: two questions, each proposed."""
        words = asked.options
        purposes = [word for word in words if _is_purpose_word(word)]
        if len(words) < 2 or not (_public_private(words) or len(purposes) == len(words)) or not asked.prompt:
            return False
        key = self.matcher.match(asked.label).key
        if not (key in _ANSWERED_IN_WORDS or _REPORT_OF.match(" ".join(asked.label.split()))):
            return False
        self._question(Asked(asked.label, asked.printed, rest=asked.rest))
        self._question(Asked(" ".join(asked.prompt.split()), asked.prompt, options=words, keep_one=True))
        return True

    def _question(self, asked: Asked) -> None:
        last = self.proposals[-1] if self.proposals else None
        if last is not None and _EXPLAINS.match(asked.label) and not asked.options and not asked.yes_no_na \
                and not asked.label.rstrip().endswith("?") and _yes_no_kind(last):
            # "If No or N/A, please explain:" right under "Equality Impact Assessment undertaken?
            # Yes | No | N/A": the row that holds that answer's explanation, not a question
            last.details.append(" ".join(asked.label.split()))
            return
        if self._choice_beside(asked):
            return
        folded = " ".join(asked.label.split()).casefold()
        if folded in self.printed and not (asked.options and asked.options != self.printed[folded]):
            return  # a label printed twice ("Purpose:" the ticks, later "Purpose:" a sentence): one question
        if folded in self.printed:
            # "For: PUBLIC session | PRIVATE Session", then "For: Decision | Discussion | Noting":
            # one label over two lists of options asks two questions, and a profile gives a label
            # to one question only: each is labelled with its options ("For: Decision / ...")
            self._label_with_options(folded)
            asked.label = _with_options(asked.label, asked.options)
        self.printed.setdefault(folded, asked.options)
        match = self.matcher.match(asked.label)
        key = match.key if match.key and not match.claimed_by else None
        sides = _public_private(asked.options)
        if key == "confidential_reason":
            if not sides:
                return  # the reason a paper is private: read with the confidentiality question
            key = "confidential"  # "For general release or Not for publication (delete one)"
        if key is not None and key.startswith("risks."):
            if "risks" in self.taken:
                return  # the risk register's and the references' rows: parts of the one risks question
            key = "risks"
        if _ITEM_AND_TITLE.search(asked.label) and "title" not in self.taken and not asked.options:
            # "Agenda Item and title: QSC/25/12/05 Quality and Safety Exception Report": one row
            # asks both; the reader gives the reference before the title to the agenda item
            key, match = "title", Match("title", how="terms")
            if "agenda_item" not in self.taken:
                self.taken["agenda_item"] = "terms"
                self.proposals.append(Proposal("", field="agenda_item", kind="text",
                                               unsure="written before the title on the title's row"))
        kind = profile_kind(key) if key else None
        asks_yes_no = _asks_yes_no(asked.label)
        purpose_words = [word for word in asked.options if _is_purpose_word(word)]
        if key == "agenda_item" and match.how == "terms" and not re.search(r"\b(item|no|number|ref)\b", asked.label, re.I):
            key = None  # "Greener NHS agenda": a topic, not the item's number
        if key == "purpose" and key in self.taken and self.asked_as[key][1].options and not asked.options \
                and match.how in ("profile", "variant"):
            # "For: Decision / Discussion / Information", then "Purpose of the paper" over a
            # sentence: the purpose asked twice, its words ticked and its text written
            self.proposals[self.asked_as[key][0]].also.append(asked.label)
            return
        if key and key in self.taken:
            held = self.asked_as[key][1].label
            if self.taken[key] == "terms" and match.how in ("profile", "variant") and not _shared_words(held, asked.label):
                self._demote(key)  # "Background" then "Executive summary": the one in the question's own words has it
            else:
                key = None  # the question is asked already: this label is another ("Background")
        if key == "purpose" and asked.options and not purpose_words:
            key = None  # None / Limited / Reasonable / Substantial: a choice, not the paper's purpose
        elif key and match.how == "terms" and kind == "yes_no" and not asked.options and not _PUBLICATION.search(asked.label):
            key = None  # "Status" with room for a sentence: not the tick of a public / private question
        elif key and asks_yes_no and kind not in ("yes_no", "yes_no_na", "risks"):
            key = None  # "Have the staff side been consulted?": a Yes / No question, not a list of people
        elif key and match.how == "terms" and kind in ("yes_no_na",) and asked.options and not asked.yes_no_na \
                and not all(answer_named(word) for word in asked.options):
            key = None  # "Financial" among option words: an option list's word, not an impact question
        elif key and kind in ("yes_no_na", "risks") and not asked.options and not asked.yes_no_na and not asks_yes_no \
                and not (asked.implication and kind == "yes_no_na"):
            # "Equality Impact Assessment: | (room to write)": no Yes / No on the form, the
            # board asks it in words (a Yes / No question would report every answer as none).
            key = None
        elif key in _PEOPLE_FIELDS and match.how == "terms" and len(asked.options) >= 2 and not asked.yes_no_na:
            key = None  # "Paper / Oral / Presentation": the form's words to keep one of, not the presenters
        elif key in _PEOPLE_FIELDS and (_UNITS.search(asked.label) or (match.how == "terms" and _INVOLVED.search(asked.label))):
            # "Other directorates consulted": departments named, not people; "Who has been
            # involved/contributed": the groups engaged, written as a sentence
            key = None
        if key is None and not asked.boxes and re.search(r"\bdates?\b", asked.label, re.I):
            # "Board Sub-committee meetings where this item has been considered (specify date)"
            # over forums each with an empty cell: the history, the date written beside the forum.
            asked.options = []
            key = "governance" if "governance" not in self.taken else None
        if key == "governance" and match.how == "terms" and _NOT_HISTORY.search(asked.label):
            key = None  # "Governance or Legal Issues": the paper's implications, not where it has been
        if key is None and (_ROUTE.search(asked.label) or _CONSIDERED_BY.search(asked.prompt) or _SO_FAR.search(asked.label)) \
                and not asked.options and not asks_yes_no and "governance" not in self.taken:
            key, match = "governance", Match("governance", how="terms")  # "Consultation and/or involvement process": where it has been
        if key is None and asked.label.endswith("(s)") and _PRESENTERS.search(asked.label) and "presented_by" not in self.taken \
                and not asks_yes_no:
            # "Board Lead(s)": one or more people by role; the board's own questions hold one
            # person at most, the presenters' question several
            key, match = "presented_by", Match("presented_by", how="terms")
        if key is None and len(purpose_words) >= 2 and len(purpose_words) * 2 > len(asked.options) and "purpose" in self.taken \
                and not self.asked_as["purpose"][1].options:
            # "Purpose of the report:" with room for a sentence, then "Action required: ☐ To
            # approve ☐ To note": the ticks are the purpose, the sentence the board's own question
            self._demote("purpose")
        if key is not None and key != "purpose" and match.how == "terms" and len(purpose_words) >= 2 \
                and len(purpose_words) * 2 > len(asked.options) and "purpose" not in self.taken:
            key = None  # "REPORT FOR: Assurance | Decision | ...": its words are purposes, whatever the label's terms
        if key is None and len(purpose_words) >= 2 and len(purpose_words) * 2 > len(asked.options) and "purpose" not in self.taken:
            key, match = "purpose", Match("purpose", how="terms")  # "Report for: Decision | Assurance | ..."
        if sides and "confidential" not in self.taken and key in (None, "confidential"):
            key, match = "confidential", Match("confidential", how=match.how or "terms")  # "Classification: Public/Private"
        if key is None and re.search(r"\bdate\b", asked.prompt, re.I) and "meeting_date" not in self.taken:
            key, match = "meeting_date", Match("meeting_date", how="terms")  # "ON: [date of meeting]"
        published = key is None and not asked.options and _PUBLISHED.search(asked.label) and not _PRIVATE.search(asked.label)
        if published and "confidential" not in self.taken:
            # "For Publication: | Yes": the public / private question asked the other way round,
            # Yes for a paper in public
            key, match = "confidential", Match("confidential", how="terms")
            self.confidentiality = {"public": "Yes", "private": "No"}
        if key == "confidential" and not sides and _DOCUMENTS.search(asked.label):
            key = None  # "Published documents referred to in this report": a list of documents, not the paper's status
        if key is None and _PART.search(asked.label) and "confidential" not in self.taken:
            key, match = "confidential", Match("confidential", how="terms")  # "Part 1 (Open to the public)"
        if key is None and _MEETING_LABEL.match(" ".join(re.findall(r"[a-z]+", asked.label.lower()))) and "board" not in self.taken:
            key, match = "board", Match("board", how="terms")  # "Report to: | Trust Board": the meeting it goes to
        report_of = bool(_REPORT_OF.match(" ".join(asked.label.split())))
        if key is None and report_of and "sponsor" not in self.taken and not asked.options:
            # "Report of", "Report from the", "Report by": the post (and its holder) the report
            # comes from, as councils print it: the sponsor
            key, match = "sponsor", Match("sponsor", how="terms")
        if key:
            self.taken[key] = match.how or "terms"
            unsure = "matched by key terms" if match.how == "terms" else ""
            self.proposals.append(Proposal(asked.label, field=key, kind=profile_kind(key), unsure=unsure,
                                           multiple=not (key == "purpose" and labels.asks_for_one(asked.printed)),
                                           named=not (key == "sponsor" and report_of)))
            self.asked_as[key] = (len(self.proposals) - 1, asked)
            if key == "purpose":
                for word in asked.options:
                    self.purposes[word] = purpose_of(word)
            if key == "governance":
                self.proposals[-1].parts = _history_parts(asked)
            if key == "confidential" and sides:
                self.confidentiality = {"public": sides[0], "private": sides[1]}
                if all(side.casefold() in asked.label.casefold() for side in sides) and not asked.prompt.strip():
                    # "For general release or Not for publication (delete one)": the label is
                    # the choice, and a paper prints the one left standing ("For general release");
                    # not "Public or private: Public / Private (delete one)", its words after it
                    self.proposals[-1].also = list(sides)
            elif key == "confidential" and _PART.search(asked.label) and not asked.options:
                # "Part 1 (Open to the public)" printed as the line itself: the board's word for
                # a paper in public (or in private) is that line, kept as printed
                side = "private" if _PRIVATE.search(asked.label) else "public"
                self.confidentiality = {side: asked.label}
            elif key == "confidential" and len(asked.options) == 2 and not all(answer_named(w) for w in asked.options):
                self.confidentiality = {"public": asked.options[0], "private": asked.options[1]}
            return
        proposal = _own(asked, asks_yes_no)
        if proposal is not None:
            proposal.required = not _NOT_EVERY_PAPER.search(asked.printed) and not asked.ends_form
            if asked.ends_form:
                proposal.unsure = "the form's last line: the report's own text may follow it"
            self.proposals.append(proposal)


_PURPOSE_WORDS = {"agree": "approval", "approve": "approval", "decision": "approval", "decide": "approval",
                  "ratify": "approval", "endorse": "endorsement", "support": "endorsement", "recommend": "endorsement",
                  "discuss": "discussion", "consider": "discussion", "debate": "discussion", "assure": "assurance",
                  "note": "information", "inform": "information", "noting": "information"}


def purpose_of(word: str) -> str:
    """The purpose category a board's word means ("Agree" -> approval), discussion if unknown."""
    category = getattr(parse_category(word), "value", None)
    if isinstance(category, str) and category in ("approval", "endorsement", "discussion", "assurance", "information"):
        return category
    category = getattr(parse_category(_first_word(word)), "value", None)
    if isinstance(category, str) and category in ("approval", "endorsement", "discussion", "assurance", "information"):
        return category
    first = _first_word(word)
    for stem, value in _PURPOSE_WORDS.items():
        if first.startswith(stem[:5]):
            return value
    return "discussion"


def _own(asked: Asked, asks_yes_no: bool) -> Proposal | None:
    label = asked.label
    name = own_name(label)
    if not name:
        return None
    words = asked.options
    if asked.keep_one and len(words) >= 2 and not asked.yes_no_na:
        # "KEY DECISION: YES/NO": printed for the author to delete all but one, with no room
        # for a reason: a choice of those words as printed, one only (both left is no answer)
        return Proposal(label, name=name, kind="choice", options=words, multiple=False,
                        unsure="one of the words printed, as the form has the author delete the others")
    if asked.yes_no_na or (words and all(answer_named(w) for w in words)):
        return Proposal(label, name=name, kind="yes_no_na", unsure="" if len(words) >= 2 or asked.yes_no_na else "kind from layout")
    if len(words) >= 2 and _answered_in_words(words):
        # A drop-down of "Yes (Include further detail below)" and "There are no specific ...
        # implications": a Yes / No question answered in words
        return Proposal(label, name=name, kind="yes_no_na", unsure="kind from its options: yes or no in words")
    if len(words) == 1 and not asked.keep_one:
        # "Wards Affected: List wards or tick box to indicate all | ☐ | All": the one option to tick
        return Proposal(label, name=name, kind="choice", options=words, multiple=False,
                        unsure="one option to tick: a paper writing something else is refused")
    if len(words) >= 2:
        if labels.asks_for_one(label):  # "(tick one box only)"
            return Proposal(label, name=name, kind="choice", options=words, multiple=False,
                            unsure="one option only, as the label says")
        if _ONE_LEVEL.search(label):
            # "Level of assurance: Substantial / Reasonable / Limited / No assurance": one grade
            return Proposal(label, name=name, kind="choice", options=words, multiple=False,
                            unsure="one option only: a level or rating is one of its grades")
        return Proposal(label, name=name, kind="choice", options=words, unsure="one option or several? (multiple = true assumed)")
    if asks_yes_no:
        return Proposal(label, name=name, kind="yes_no_na", unsure="kind from the label: a question")
    if asked.prompt.rstrip().endswith(":") and len(asked.prompt.split()) >= 3:
        # "This report supports the following strategic objectives:": a lead-in, the lines below it the answer
        return Proposal(label, name=name, kind="list", unsure="kind from the form's lead-in", help=asked.prompt.strip())
    folded = labels.normalise(label)
    if _PUBLICATION.search(label) and len(label.split()) <= 4:
        # "For Publication:" with room for a word: answered Yes or No
        return Proposal(label, name=name, kind="yes_no_na", unsure="kind from the label: a yes or no")
    if _DONE.search(label) and not asked.prompt:
        return Proposal(label, name=name, kind="yes_no_na", unsure="kind from the label: a box to tick when done")
    if _PERSON.search(label) or _SIGNED_BY.search(label):
        return Proposal(label, name=name, kind="person", unsure="kind from the label: one person (name, job title)")
    if _NAME_PROMPT.search(asked.prompt) and not re.search(r"\bdate\b", asked.prompt, re.I):
        # "Report by: [Name, post]": the form asks who, not when
        return Proposal(label, name=name, kind="person", unsure="kind from the form's prompt: a name and post")
    if re.search(r"\bdate\b|\bby$|\bdeadline\b|\bwhen\b", folded) and not re.search(r"\bto date\b", label, re.I):
        # (not "Progress to date": so far, not a day)
        return Proposal(label, name=name, kind="date", unsure="kind from the label")
    # ("Link to Board Assurance Framework risks": the framework's risks by reference; not
    # "Implications for Assurance Framework", nor a question asked of it in a sentence)
    framework_risks = (re.search(r"\bassurance framework risk$", folded) or re.search(r"^(link|related|relevant)\b.*\bassurance framework$", folded)) \
        and len(label.split()) <= 8 and not label.rstrip().endswith("?")
    if (re.search(r"\b(reference|baf|register)\b", folded) or framework_risks) and not re.search(
            r"\bcross reference\b|\breference to\b|\b(paper|report|item|document)s? (reference|ref)\b", folded):
        # ("Paper Reference: ICB 25 108" is the paper's own number, written as text)
        return Proposal(label, name=name, kind="references", unsure="kind from the label: add its pattern")
    if re.search(r"\b(measure|action|step|invited|attendee|list)\b", folded):
        return Proposal(label, name=name, kind="list", unsure="kind from the label")
    if (_AN_IMPLICATION.search(label) and 2 <= len(label.split()) <= 6) or (asked.implication and len(label.split()) <= 6):
        # "Staff Implications", "Sustainability Implications": answered in words, read as a
        # secretary reads them ("There are no staff implications." is no, with its note); so
        # too "Quality | " under "Implications | Impact and mitigation"
        return Proposal(label, name=name, kind="yes_no_na", unsure="kind from the label: an implication, answered in words")
    return Proposal(label, name=name, kind="text", unsure="kind: text assumed")


_ONE_LEVEL = re.compile(r"\b(level|rating|grade)\b", re.I)  # "Level of assurance", "Assurance rating"
_NAME_PROMPT = re.compile(r"\[[^\]]*\b(?:name|post|job title|designation)\b[^\]]*\]", re.I)  # "[Name, post]"
# Standard questions answered in the paper's words, never by deleting printed ones.
_ANSWERED_IN_WORDS = {"title", "sponsor", "authors", "presented_by", "board", "meeting_date", "agenda_item"}
_REPORT_OF = re.compile(r"^report (?:of|from|by)(?: the)?$", re.I)
_MEETING_BODY = re.compile(r"\b(board|committee|commission|cabinet|panel|forum|governing body)\b", re.I)
_AN_IMPLICATION = re.compile(r"\bimplications?\s*:?\s*$", re.I)


_PUBLICATION = re.compile(r"\b(confidential\w*|private|public|publication|freedom of information|foi|restricted|exempt)\b", re.I)
_PEOPLE_FIELDS = ("authors", "contributors", "presented_by", "sponsor")
_UNITS = re.compile(r"\b(directorates?|departments?|teams?|services|organisations?|bodies|partners|committees?|groups?)\b", re.I)
_INVOLVED = re.compile(r"\binvolved\b|\bengaged\b", re.I)
_ROUTE = re.compile(r"\bconsultation\b.*\bprocess\b|\bconsultation (route|history)\b"
                    r"|\bwhere (this|the) (item|paper|report) (has|have) been (considered|discussed|presented|reviewed)\b", re.I)
# "Decision-making to date", "Consideration to date": where the paper has been so far
_SO_FAR = re.compile(r"\b(decision[- ]making|consideration|discussions?|scrutiny|engagement)\b.{0,20}\bto date\b", re.I)
_CONSIDERED_BY = re.compile(r"\b(committees?|groups?|meetings?|forums?)\b.{0,40}\b(considered|discussed|reviewed|seen)\b", re.I)
_NOT_HISTORY = re.compile(r"\b(issues?|implications?|legal|risks?)\b", re.I)
_NOT_EVERY_PAPER = re.compile(r"\bany of\b|\bif any\b|\ball that apply\b|\b(if|where) (applicable|relevant)\b"
                              r"|\b(has|have) been (considered|discussed|presented|reviewed)\b|\bpreviously\b", re.I)


def _history_parts(asked: Asked) -> list[str] | None:
    """The parts of each entry the form asks, from the words it prints for the history (its
    label, the prompt in the answer's place, column words): those it names, or for a bare
    "History" or "Consultation process" where the paper has been (written out in the profile
    for the secretary to review, so that a paper is never sent back for a part the form does not
    ask). None when it asks all three."""
    named = history_parts_named(" ".join([asked.label, asked.prompt, *asked.options])) or ("forum",)
    return None if named == HISTORY_PARTS else list(named)


# One person by role ("Responsible Director", "Head of Finance"); a plural ("Specialist
# Implications Officer(s)") asks for several, written as the author lists them
_PERSON = re.compile(r"\b(lead|officer|director|chair|manager|presenter|owner)$|^(lead )?head of\b|^(enquiries|queries) to$", re.I)
_ITEM_AND_TITLE = re.compile(r"\bitem\b.*\band\s+title\b|\btitle\s+and\s+(agenda\s+)?(item|ref(erence)?|number)\b", re.I)
_DOCUMENTS = re.compile(r"\b(documents?|papers?)\b.*\b(referred|relied|listed|used)\b|\bbackground (documents|papers)\b", re.I)
_PRESENTERS = re.compile(r"\b(lead|presenter|presented by|presenting)(\(s\))?$", re.I)  # "Board Lead(s)", not "Specialist Officer(s)"
_DONE = re.compile(r"^(?!.*\bby\b).*\b(approved|agreed|completed|signed off|undertaken|attached)$", re.I)  # "Report Approved": a box to tick
_PUBLISHED = re.compile(r"\b(for publication|publish(ed)?|for (public )?release|public release)\b", re.I)
_SIGNED_BY = re.compile(r"\b(approved|signed off|signed|agreed|reviewed|checked|cleared|authori[sz]ed|sponsored|submitted|presented|prepared|written) by$", re.I)  # "Approved by:": a person, not a date
_PLACEHOLDER_LINE = re.compile(r"^\[[^\]]*\]$|\bhere$", re.I)  # "[Meeting date here]", "Report title here"
_MEETING_LABEL = re.compile(r"^(report (to|for)|presented to|meeting|to( the)?)$")
_PART = re.compile(r"^part (1|i|one|2|ii|two)\b.*\b(public|private|open|closed|exempt)\b", re.I)  # a council's Part 1 / Part 2
_DONE_YET = re.compile(r"\b(?:complete[d]?|undertaken|required|considered|agreed|needed|assessed|carried out|screened)\s*\?\s*$", re.I)  # "Equality Impact Assessment complete?", "Equality impact assessed?"
_QUESTION = re.compile(r"^(have|has|are|is|does|do|did|were|was|will|can|should|where relevant,? has|if yes,? have)\b", re.I)


_EXPLAINS = re.compile(r"(if (yes|no|not|n/?a)\b|please (explain|give|provide|state|describe)|details\b|explanation\b|findings\b)", re.I)


def _answered_in_words(options: list[str]) -> bool:
    """Options that answer yes or no in words: "Yes (Include further detail below)", "There are
    no specific quality and safety implications ...", at least one led by its answer word."""
    led = [option for option in options if answer_named(option.split()[0].strip(",.:;()"))]
    nothing = [option for option in options if re.match(r"(there (is|are) no|no)\b", option, re.I)]
    return bool(led) and len({*led, *nothing}) == len(options)


def _with_options(label: str, options: list[str]) -> str:
    """"For" over Decision, Discussion and Noting -> "For: Decision / Discussion / Noting"."""
    return f"{label}: {' / '.join(options)}" if options else label


def _yes_no_kind(proposal: Proposal) -> bool:
    return (profile_kind(proposal.field) if proposal.field else proposal.kind) == "yes_no_na"


def _asks_yes_no(label: str) -> bool:
    """"Have the staff side been consulted on the proposals?": a question answered Yes or No."""
    return label.rstrip().endswith("?") and bool(_QUESTION.match(label.strip()) or _DONE_YET.search(label))


# The words of a public session and of the private one it pairs with: one table for a meeting's
# line ("Board meeting (Part 1)") and for a confidentiality question's two options.
_PRIVATE_OF = {"part 1": "Part 2", "part i": "Part II", "part a": "Part B", "in public": "In private", "public": "Private"}
_PUBLIC_WORDS = "|".join(word.replace(" ", r"\s+") for word in _PRIVATE_OF)
_PRIVATE_WORDS = "|".join(word.lower().replace(" ", r"\s+") for word in _PRIVATE_OF.values())
_SESSION = re.compile(rf"\b(?:{_PUBLIC_WORDS})\b(?!\s+(?:health|sector|interest))", re.I)
_PUBLIC = re.compile(rf"\b(?:{_PUBLIC_WORDS}|open|general release)\b", re.I)
_PRIVATE = re.compile(rf"\b(?:{_PRIVATE_WORDS}|confidential|exempt|restricted|closed|not for publication)\b"
                      r"|\bnon[- ]?public\b", re.I)


def _public_private(options: list[str]) -> tuple[str, str] | None:
    """("Public", "Private") when the options are a public word and a private one."""
    if len(options) != 2:
        return None
    first, second = options
    if _PUBLIC.search(first) and _PRIVATE.search(second) and not _PRIVATE.search(first):
        return first, second
    if _PRIVATE.search(first) and _PUBLIC.search(second) and not _PRIVATE.search(second):
        return second, first
    return None


def _shared_words(one: str, other: str) -> set[str]:
    """"Purpose/action required" and "Purpose of the report" share "purpose"."""
    return set(labels.normalise(one).split()) & set(labels.normalise(other).split())


def _is_purpose_word(word: str) -> bool:
    category = getattr(parse_category(word), "value", None)
    if isinstance(category, str) and category in ("approval", "endorsement", "discussion", "assurance", "information"):
        return True
    first = _first_word(word)
    return any(first.startswith(stem[:5]) for stem in _PURPOSE_WORDS)


def _first_word(word: str) -> str:
    """"To approve" -> "approve", "For assurance" -> "assurance", "Receive and note" -> "note",
    "Take assurance" -> "assurance": the word that says the purpose (else the first)."""
    words = [w for w in re.findall(r"[a-z]+", word.lower()) if w not in ("to", "for", "the", "a")]
    if words and words[0] in _LEAD_VERBS:
        # (the purpose after a verb that leads to it; not "Key Decision", a council's kind of decision)
        saying = [w for w in words[1:4] if any(w.startswith(stem[:5]) for stem in _PURPOSE_WORDS)]
        return (saying or words)[0]
    return (words or [""])[0]


_LEAD_VERBS = {"receive", "take", "seek", "give", "gain", "provide", "obtain"}


def own_name(label: str) -> str:
    """"How did residents shape this?" -> "residents_shape"; "OUTLINE" -> "outline"."""
    every = re.findall(r"[a-z0-9]+", label.lower())
    words = [w for w in every if w not in _NAME_FILLER] or every  # "ON", "TO THE": their own words
    name = "_".join(words[:3])
    if name and name[0].isdigit():
        name = "q_" + name
    return name




def _unique(proposals: list[Proposal]) -> list[Proposal]:
    from coversheet.config.profile import STANDARD_QUESTIONS

    seen: dict[str, Proposal] = {}
    for proposal in proposals:
        if proposal.name and (proposal.name in STANDARD_QUESTIONS or proposal.name == "board"):
            # "Executive summary" printed where the summary's question was already given to
            # another label: the board's own question, never named as a standard one (a profile
            # would read the name as that question asked twice and refuse to load)
            proposal.name = _free_name(f"{proposal.name}_2", proposals, seen)
            proposal.unsure = proposal.unsure or "a second label that means a question asked above"
        if proposal.name and proposal.key in seen and seen[proposal.key].label.casefold() != proposal.label.casefold():
            proposal.name = _longer_name(proposal, seen)  # two questions that begin alike

        if proposal.key in seen:  # a second label for the same question ("Officer support")
            seen[proposal.key].label = seen[proposal.key].label
            seen[proposal.key].options = seen[proposal.key].options
            seen[proposal.key].also.append(proposal.label)
            continue
        seen[proposal.key] = proposal
    return list(seen.values())


def _free_name(name: str, proposals: list[Proposal], seen: dict[str, Proposal]) -> str:
    """`name`, or with a number after it, unused by any other proposal."""
    taken = {p.name for p in proposals} | {p.field for p in proposals} | {k.removeprefix("questions.") for k in seen}
    base, number = name, 2
    while name in taken:
        number += 1
        name = f"{base.rsplit('_', 1)[0]}_{number}"
    return name


def _longer_name(proposal: Proposal, seen: dict[str, Proposal]) -> str:
    """A name for a question whose first words another's name has: more of its words, or a number."""
    words = [w for w in re.findall(r"[a-z0-9]+", proposal.label.lower()) if w not in _NAME_FILLER]
    for count in range(4, len(words) + 1):
        name = ("q_" if words[0][0].isdigit() else "") + "_".join(words[:count])
        if f"questions.{name}" not in seen:
            return name
    number = 2
    while f"questions.{proposal.name}_{number}" in seen:
        number += 1
    return f"{proposal.name}_{number}"


__all__ = ["Proposal", "Template", "UnreadableFile", "read_template", "own_name"]
