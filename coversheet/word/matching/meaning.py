"""Which of a board's questions a label on its Word sheet asks: matching labels by meaning.

A board's sheet words its questions its own way ("Financial implications assessed", "Risks
recorded on the corporate risk register?", "Money implications?"). A label is matched in
three steps, first hit wins:

1. the profile's own labels for each question it asks (normalised as `labels.normalise`
   does: case, punctuation, brackets, plurals, filler words), whole or before a colon
   ("Recommendation(s): The Board is asked to");
2. the known variants of the standard labels (`labels.field_of`), for questions the profile asks;
3. key terms: each standard question has sets of words that together mean it ("risk" with
   "register" or "log" is the register question; "financial" or "money" with "implication",
   "assess" or "impact" is the financial assessment). A label whose terms fit two questions
   ("Quality and equality impacts assessed") is claimed by both and given to neither: it is
   reported naming both (`Match.claimed_by`), never guessed.

Plain fuzzy string similarity (rapidfuzz and the like) is deliberately not used: the labels
that must never be confused are the ones closest as strings ("Quality impact assessment" and
"Equality impact assessment" score 96 of 100), while rewordings that mean the same
("Money implications?" and "Financial impact assessment") score low. Key terms say exactly
what makes a label mean a question, and `tests/word/test_meaning.py` measures the false-match
rate on every labelled form in the fixture corpus.

A `Matcher` is built once per profile (`matcher_for`, cached) and caches its answers, so a
label costs one dictionary lookup after the first sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from coversheet.word.matching import labels

# Reader kinds: how the answer of each question is laid out and read.
TEXT, DATE, PEOPLE, PERSON, LIST = "text", "date", "people", "person", "list"
YES_NO, YES_NO_NA, PURPOSE, GOVERNANCE, CHOICE, REFERENCES = "yes_no", "yes_no_na", "purpose", "governance", "choice", "references"

# The standard questions a reader fills, with their reader kind. A profile's `risks` asks the
# three risk questions; its `implications.x` one Yes / No / N/A question each.
STANDARD_KINDS: dict[str, str] = {
    "board": TEXT, "organisation": TEXT, "meeting_date": DATE, "title": TEXT, "presented_by": PEOPLE,
    "authors": PEOPLE, "contributors": PEOPLE, "sponsor": PERSON, "agenda_item": TEXT, "submitted_on": DATE,
    "confidential": YES_NO, "confidential_reason": TEXT, "purpose": PURPOSE, "executive_summary": TEXT,
    "recommendations": LIST, "governance": GOVERNANCE, "conflicts_of_interest": TEXT,
    "implications.quality": YES_NO_NA, "implications.equality": YES_NO_NA, "implications.privacy": YES_NO_NA,
    "implications.financial": YES_NO_NA, "risks.associated": YES_NO_NA, "risks.on_register": YES_NO_NA,
    "risks.text": REFERENCES, "risks.note": TEXT,
}  # fmt: skip
_RISK_PARTS = ("risks.associated", "risks.on_register", "risks.text", "risks.note")

# Key terms: (all of these word stems, and at least one of those) -> the question. Stems are
# matched at the start of a label's words ("assess" matches "assessed", "assessment").
_ANY = ("implication", "assess", "impact", "analysis", "consider", "check", "done", "complete")
_TERMS: list[tuple[str, tuple[tuple[str, ...], ...]]] = [
    ("implications.quality", (("quality",), _ANY + ("safety",))),
    ("implications.equality", (("equalit", "equity", "eia"), _ANY)),
    ("implications.privacy", (("privacy", "dpia", "data protection", "information governance"), ())),
    ("implications.financial", (("financ", "money", "cost", "budget", "resource"), _ANY)),
    ("risks.text", (("risk",), ("reference", "description", "number"))),
    ("risks.on_register", (("risk",), ("register", "log"))),
    ("risks.note", (("risk",), ("note", "comment"))),
    ("confidential_reason", (("not for publication", "exempt", "reason for private", "reason for confidential"), ())),
    ("risks.associated", (("risk",), ("associat", "identif", "delivery", "any", "paper", "there"))),
    ("governance", (("previous", "history", "been before", "considered by", "governance", "route", "other forum"), ())),
    ("conflicts_of_interest", (("interest",), ("conflict", "declar"))),
    ("executive_summary", (("summary", "in brief", "overview", "background"), ())),
    ("recommendations", (("recommend", "asked to", "action requested", "actions requested", "action required by", "decision required"), ())),
    ("purpose", (("purpose", "type of decision", "reason for paper"), ())),
    ("confidential", (("confidential", "private", "restricted", "public or private", "part ii", "status",
                      "freedom of information"), ())),
    ("meeting_date", (("date",), ("meeting", "board", "committee", "partnership"))),
    ("submitted_on", (("date",), ("submit", "circulat"))),
    ("title", (("title", "paper name", "report name", "subject"), ())),
    ("authors", (("author", "written by", "prepared by", "report writer", "contact officer"), ())),
    ("presented_by", (("present",), ())),
    ("sponsor", (("sponsor", "executive lead", "executive director", "signed off", "accountable", "responsible director", "director responsible", "lead director", "report from", "officer responsible", "responsible officer"), ())),
    ("agenda_item", (("agenda", "item no", "item number", "paper number", "paper no"), ())),
    ("contributors", (("contribut", "consulted"), ())),
]
# "Brendan Keenan, Director of Corporate Governance", "Orla Quinn, Corporate Governance Manager"
_NAME_THEN_POST = re.compile(
    r"^(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Cllr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3},\s+.*\b(?i:director|manager|officer|head|"
    r"chief|lead|secretary|chair|consultant|nurse|adviser|advisor|analyst|accountant|dean|clerk|executive|controller)\b")
_ALONE = {"date": "meeting_date", "meeting": "board", "report to": "board", "name meeting": "board"}  # a bare label
_LONGEST_LABEL = 14  # words: anything longer is content, not a label
_LONGEST_TERMS_LABEL = 10  # words: a longer text is matched by the board's own labels only
_SENTENCE_GOES_ON = {"is", "are", "was", "were", "has", "have", "will", "would", "should", "can", "may", "that", "which",
                     "and", "or", "&"}  # "Report author and job title": the label goes on
_DETERMINERS = {"the", "a", "an", "this", "these", "that", "those", "our", "its", "their"}
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_]{4})\d{1,2}(?=\s*:?\s*$)")
# A label's colon, or a dash set apart by a space ("Purpose – for decision"); never the dash of a
# range or a compound ("the Digital Strategy 2027–2030": one sentence, not a label and its answer)
_LEADING_DASH = re.compile(r"^\s*[–—]\s*|^\s*-\s+")
_OPTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|\(?[a-z][.)])\s+")  # "2. ", "b) ", "(c) "
_COLON = re.compile(r"\s*:\s*|\s+[–—]\s*|[–—]\s+")
# "1. PURPOSE", "2.1 Title", "(a) Summary", "iv) Risk", "D.<tab>TERMS OF REPORT" (sections lettered)
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[a-z]?[.)]?|\(?[a-h]\)|[ivx]{1,4}[.)]|[A-Z]\.)\s+(?=[^\W\d])")  # ("3.2a<tab>Is the …")


@dataclass(frozen=True)
class Match:
    """What a label asks: `key` (a question of the profile), or the questions that both
    claim it (`claimed_by`, two or more: given to none), or nothing."""

    key: str | None = None
    claimed_by: tuple[str, ...] = ()
    how: str = ""  # "profile", "variant", "terms": how sure (profile init marks "terms" unsure)
    rest: str = ""  # the text after the label in the same cell ("Status: Public ☒ ...")


NO_MATCH = Match()


class Matcher:
    """Labels -> the keys of a profile's questions (standard paths; `questions.x` for the
    board's own), by meaning. `kinds` maps every key to its reader kind."""

    def __init__(self, questions: list[tuple[str, str, list[str]]]):
        # questions: (key, reader kind, labels) in the board's order.
        self.kinds: dict[str, str] = {}
        # "For: PUBLIC session / PRIVATE Session": a label the profile writes with its options,
        # printed as "For:" with the options in the cells after it; head -> [(key, options)].
        self._with_options: dict[str, list[tuple[str, list[str]]]] = {}
        self.labels: dict[str, str] = {}  # normalised label -> key
        # Labels that mean the same once filler words are dropped but are two questions ("REPORT
        # TO" the board, "REPORT ON" the title): all their words -> key, looked at first.
        self._exact: dict[str, str] = {}
        first_printed: dict[str, str] = {}  # normalised label -> the first label printed so
        self.order: list[str] = []
        self._words: dict[str, int] = {}  # normalised label -> the fewest words it is printed in
        self._printed: dict[str, list[str]] = {}  # key -> its labels as printed (casefolded)
        self._one_left: dict[str, str] = {}  # one of the words a label prints for the author to keep -> key
        for key, kind, names in questions:
            self.kinds[key] = kind
            self.order.append(key)
            for name in names:
                held = self.labels.setdefault(_normal(name), key)
                first_printed.setdefault(_normal(name), name)
                if held != key:
                    self._exact[_all_words(name)] = key
                    self._exact.setdefault(_all_words(first_printed[_normal(name)]), held)
                words = len(name.split())
                self._words[_normal(name)] = min(words, self._words.get(_normal(name), words))
                self._printed.setdefault(key, []).append(" ".join(name.split()).casefold())
                head, colon, listed = name.partition(":")
                if not colon and len(printed := [part for part in re.split(r"\s+/\s+", name) if _normal(part)]) >= 2:
                    for part in printed:  # "Open Report / Exempt Report" printed, one left: that label's answer
                        self._one_left.setdefault(_normal(part), key)
                options = [_normal(part) for part in re.split(r"\s*/\s*", listed)] if colon else []
                if len([part for part in options if part]) >= 2 and _normal(head):
                    self._with_options.setdefault(_normal(head), []).append((key, [part for part in options if part]))
        self._cache: dict[str, Match] = {}
        self._within: list[tuple[re.Pattern[str], str]] | None = None  # the labels as patterns, for labels_within
        self.details: dict[str, set[str]] = {}  # key -> the labels of the row below that explains its answer
        self.placed: dict[str, int] = {}  # key -> the header line the profile places it on (`line = N`)
        self.options: dict[str, set[str]] = {}  # key -> a choice's options (normalised)
        self.answer_words: dict[str, set[str]] = {}  # key -> other words that answer it whole (the board's public and private words)
        self.purpose_words: set[str] = set()  # the board's words for purposes (normalised)
        self.required: set[str] = set()  # the keys the board requires of every paper
        self.helps: dict[str, str] = {}  # key -> its help as the form prints it (normalised)
        self.printed_helps: dict[str, str] = {}  # key -> its help word for word (folded, no closing stop)

    def labels_within(self, text: str) -> list[tuple[int, str]]:
        """Where the board's own labels of two words or more are printed inside `text` after its
        start, as (offset, key), in order: "Report of the … to the meeting of the … to be held
        on …" threads three of them through one sentence."""
        if self._within is None:  # built once, for the first paper that needs it
            self._within = [(re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, printed.split())) + r"(?!\w)", re.IGNORECASE), key)
                            for key, labels_ in self._printed.items() for printed in labels_ if len(printed.split()) >= 2]
        found = {}
        for pattern, key in self._within:
            for hit in pattern.finditer(text):
                if hit.start() > 0:
                    found.setdefault(hit.start(), key)
        return sorted(found.items())

    def is_help(self, key: str | None, text: str) -> bool:
        """Is `text` the question's own help, printed under its label ("The purpose of the
        attached paper is to:")?"""
        return bool(key) and key in self.helps and _normal(text) == self.helps[key]

    def without_help(self, key: str | None, rest: str) -> str:
        """The answer after a label without the question's help printed before it ("held by the
        author of the report: None" after "Background papers –" is "None")."""
        help_printed = self.printed_helps.get(key) if key else None
        if not help_printed or ":" in help_printed or ":" not in rest:
            return rest
        printed, _, answer = rest.partition(":")
        return answer.strip() if " ".join(printed.split()).casefold() == help_printed and answer.strip() else rest

    def purpose_options(self, texts: list[str]) -> bool:
        """Are `texts` (two or more) all the board's words for purposes?"""
        return len(texts) >= 2 and all(_normal(text) in self.purpose_words for text in texts)

    def choice_of_options(self, texts: list[str]) -> str | None:
        """The one choice whose options `texts` (two or more) all are, if there is one."""
        said = {_normal(text) for text in texts}
        if len(texts) < 2:
            return None
        keys = [key for key, options in self.options.items() if said <= options]
        return keys[0] if len(keys) == 1 else None

    def answers_whole(self, key: str | None, text: str) -> bool:
        """Is `text` one of the words that answer question `key` whole: the board's public or
        private word, one of its purpose words, an option ("Public", "For Decision")?"""
        return bool(key) and _normal(text) in self._own_words(key)

    def _own_words(self, key: str) -> set[str]:
        """The words that answer question `key` whole (normalised)."""
        return self.purpose_words if key == "purpose" else self.answer_words.get(key, set()) | self.options.get(key, set())

    def is_option(self, key: str | None, text: str) -> bool:
        """Is `text` one of the options of the question `key` asks (glyphs and marks aside)?"""
        if not key:
            return False
        options = self.options.get(key, ())
        # ("2. East Dunbartonshire Council | ☐": the form numbers its options)
        return _normal(text) in options or _normal(_OPTION_NUMBER.sub("", text)) in options

    @property
    def header_lines(self) -> int:
        """How many unlabelled lines the profile places at the top of the sheet."""
        return max(self.placed.values(), default=0)

    def by_options(self, head: str, beside: list[str]) -> str | None:
        """The question whose label, written in the profile with its options ("For: Decision /
        Discussion / Noting"), is printed as `head` ("For:") with those options `beside` it."""
        written = self._with_options.get(_normal(head))
        if not written:
            return None
        said = {_normal(text) for text in beside if text}
        scored = [(sum(option in said for option in options), key) for key, options in written]
        best = max(scored, default=(0, None))
        return best[1] if best[0] >= 2 and [score for score, _ in scored].count(best[0]) == 1 else None

    def match(self, text: str) -> Match:
        found = self._cache.get(text)
        if found is None:
            found = self._match(text)
            if not found.key and not found.claimed_by:
                found = self._label_then_its_word(text) or found
            if found.key and found.rest:
                found = self._rest_after_printed(text, found)
            if found.rest and _LEADING_DASH.match(found.rest):
                found = Match(found.key, found.claimed_by, found.how, without_leading_dash(found.rest))  # "Report Author – Anton Hodge"
            if found.key and found.rest and self.labels.get(_normal(found.rest.rstrip(" :"))) == found.key:
                # "DYDDIAD Y CYFARFOD: DATE OF MEETING:": the label in Welsh and in English, no answer
                found = Match(found.key, found.claimed_by, found.how)
            self._cache[text] = found
        return found

    def _rest_after_printed(self, text: str, found: Match) -> Match:
        """The answer after the label as the board prints it, whole: "This report is Public" is
        "Public" (its filler word "is" is the label's, though the label matched without it)."""
        for printed in self._printed.get(found.key, []):
            words = printed.rstrip(" :").split()
            if not words:
                continue
            opened = re.match(r"\s*" + r"\s+".join(map(re.escape, words)) + r"(?![^\W_])", text, re.IGNORECASE)
            if opened is not None:
                rest = text[opened.end():].strip(" :\t")  # (its lines kept: "… Public Health\nTel: …")
                if rest and len(rest) < len(found.rest):
                    return Match(found.key, found.claimed_by, found.how, rest)
        return found

    def _printed_key(self, text: str) -> str | None:
        """The question whose label is printed exactly so (all its words, any case)."""
        said = " ".join(text.split()).casefold().rstrip(" :")
        return next((key for key, printed in self._printed.items() if said in (label.rstrip(" :") for label in printed)), None)

    def _label_then_its_word(self, text: str) -> Match | None:
        """"FOR INFORMATION", "FOR APPROVAL/DISCUSSION", "This report is Public": a label run
        into its question's own words (the board's words for purposes, a choice's options, the
        board's public and private words), with no colon between."""
        words = text.split()
        for cut in range(1, min(6, len(words))):
            head, rest = " ".join(words[:cut]), " ".join(words[cut:])
            key = self._printed_key(head) or self.labels.get(_normal(head))
            said = [part for part in re.split(r"\s*/\s*", rest) if part.strip()]
            own = self._own_words(key) if key else set()
            if key and said and len(rest.split()) <= 4 and all(_normal(part) in own for part in said):
                return Match(key, how="profile", rest=rest)
        return None

    def _match(self, text: str) -> Match:
        head, tab, after = text.split("\n", 1)[0].partition("\t")
        if tab and after.strip() and re.search(r"[^\W\d_]{2}", head):  # (not "D.<tab>TERMS OF REPORT": a section's letter)
            # "Ward(s)<tab>Citywide": the board's label, a tab, its answer (no colon between)
            found = self._whole(head.strip().rstrip(":"))
            if found.key and found.how == "profile":
                return Match(found.key, found.claimed_by, found.how, after.strip())
        first_line = " ".join(text.split("\n", 1)[0].split())
        text = " ".join(text.split())
        if not text:
            return NO_MATCH
        if len(text) > 200:  # content, unless one of the board's long labels opens it (with a long answer)
            return (self._opened_by_printed(first_line) if len(text) <= 400 else None) or NO_MATCH
        unnumbered = without_section_number(text)
        if unnumbered != text:  # "1. PURPOSE OF THE REPORT:", "2.1 Title": the form's numbering is no part of the label
            found = self._match(unnumbered)
            if found.key or found.claimed_by:
                return found
        if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
            # "(Paper presented by Kirsty Watson, Chief Internal Auditor)": a label and its answer in brackets
            found = self._match(text[1:-1])
            if found.key and found.how == "profile" and found.rest:
                return found
        whole = self._whole(text)
        if whole.how != "profile" and (opened := self._opened_by_printed(first_line)) is not None:
            return opened
        if whole.how == "terms" and _NAME_THEN_POST.match(text):
            return NO_MATCH  # "Brendan Keenan, Director of Corporate Governance": a person and post, whatever its terms
        if whole.key and whole.how == "terms":  # "Agenda Item 8": the value after a label of the board's
            prefix = self._prefix(text)
            if prefix.key and (prefix.key == whole.key or "?" not in text) and prefix.rest:
                # ("Report of the Head of Overview and Scrutiny": the board's own label "Report of"
                # and its answer, not the summary because "overview" is one of its key terms; a
                # question is asked whole: "Partnership risk log?" is no answer to "Partnership")
                return prefix
        parts = _COLON.split(text, maxsplit=1)
        head = self._whole(parts[0]) if len(parts) == 2 and parts[0] else NO_MATCH
        rest = parts[1].strip() if len(parts) == 2 else ""
        if whole.how == "terms" and head.how in ("profile", "variant") and rest:
            # "Subject:<tab>Pharmaceutical Needs Assessment": the board's label and its value,
            # not a label whose key terms happen to be in the value.
            return Match(head.key, head.claimed_by, head.how, rest)
        if whole.key or whole.claimed_by:
            return whole
        if head.key or head.claimed_by:  # "Status: Public ☒ Private ☐", "Date: 7 January"
            dashed = len(parts) == 2 and ":" not in _COLON.search(text).group()
            opened = self._prefix(text) if dashed and head.how == "terms" else NO_MATCH
            if opened.how == "profile":
                # "Open Report on behalf of Jo Bloggs, Executive Director – Resources": the words
                # before the dash only suggest a question; the board's own label opens the line
                return opened
            return Match(head.key, head.claimed_by, head.how, rest)
        found = self._prefix(text)
        marked = _FOOTNOTE_MARK.search(text)
        if not (found.key or found.claimed_by) and marked:  # "Status¹" with its mark as a superscript digit: "Status1"
            return self._match(text[:marked.start()] + text[marked.end():])
        return found

    def _opened_by_printed(self, text: str) -> Match | None:
        """"Can this report be published on the Trust's website? ☒ Yes ☐ No": a long label of the
        board's (four words or more) printed whole at the start of the line, its answer after it
        on that line (not a "Part I ICB Finance Committee meeting, 11 December" header line)."""
        folded = text.casefold()
        best: tuple[int, str] | None = None
        for key, printed in self._printed.items():
            for label in printed:
                label = label.rstrip(" :")
                if (len(label.split()) >= 4 and folded.startswith(label) and len(folded) > len(label)
                        and not folded[len(label)].isalnum() and (best is None or len(label) > best[0])):
                    best = (len(label), key)
        if best is None:
            return None
        rest = text[best[0]:].strip(" :–—-\t")
        if not rest or rest[0].islower() or text[best[0]:].lstrip()[:1] in (",", ";", "."):
            return None  # "The Board is asked to receive the report": a sentence that opens with the label's words
        return Match(best[1], how="profile", rest=rest)

    def _whole(self, text: str) -> Match:
        if self._exact and (exact := self._exact.get(_all_words(text))):
            return Match(exact, how="profile")
        key = _normal(text)
        if not key:
            return NO_MATCH
        own = self.labels.get(key) or self.labels.get(key.removesuffix(" completed"))
        if own and len(text.split()) == 1 and self._words.get(key, 1) >= 2:
            own = None  # "Report", a heading of the report's, is not the board's "Report of" (its little word dropped)
        if own:  # the board's own label, however long it is printed ("IF YES, HAVE THESE BEEN AGREED ...?")
            return Match(own, how="profile")
        left = self._one_left.get(key)
        if left:  # "Open Report" alone where the form prints "Open Report / Exempt Report": the others deleted
            return Match(left, how="profile", rest=text.strip())
        if key.count(" ") >= _LONGEST_LABEL:
            return NO_MATCH
        variant = labels.field_of(text)
        if variant is not None:
            variant = {"risks.references": "risks.text"}.get(variant, variant)
            if variant in self.kinds:
                return Match(variant, how="variant")
        if len(text.split()) > _LONGEST_TERMS_LABEL or (text.rstrip().endswith(".") and len(text.split()) > 6):
            return NO_MATCH  # a sentence of content ("The Board is asked to approve ..."), not a label
        alone = _ALONE.get(key)
        if alone in self.kinds:
            return Match(alone, how="terms")
        claimed = [field for field in _by_terms(key) if field in self.kinds]
        if len(claimed) == 1:
            return Match(claimed[0], how="terms")
        if len(claimed) > 1:
            return Match(claimed_by=tuple(claimed), how="terms")
        return NO_MATCH

    def _prefix(self, text: str) -> Match:
        """A label followed by its value in one paragraph: "Agenda Item 8", "Item No<tab>6"."""
        words = text.split()
        for length in range(min(len(words) - 1, 6), 0, -1):
            head = " ".join(words[:length])
            key = _normal(head)
            # "REPORT OF THE SERVICE DIRECTOR": the board's "REPORT OF THE", not its "Report to",
            # which reads the same once the little words are dropped
            own = (self._exact.get(_all_words(head)) if self._exact else None) or self.labels.get(key)
            if own and not any(_same_way(head, printed) for printed in self._printed.get(own, [])):
                own = None  # "Report to the Cabinet" is not the board's "Report of the": one is read the other way
            if own and words[0].lower() in _LEADING_LITTLE and not any(
                    printed.split()[:1] == [words[0].lower()] for printed in self._printed.get(own, [])):
                own = None  # "To report the findings …" is a sentence, not the board's "Report to" read backwards
            shortest = length
            while own and shortest > self._words.get(key, 1) and labels.normalise(" ".join(words[:shortest - 1])) == key:
                shortest -= 1  # "Invited for this item are the": the label is the head without filler
            rest = text[len(" ".join(words[:shortest])):].strip() if shortest < length else text[len(head):].strip()
            if (shortest < length and all(word.lower() in ("the", "a", "an") for word in words[shortest:length])
                    and not words[shortest - 1].endswith((".", ":", ";"))):
                # "Report of the Director of Public Health": the Director (but "Equalities. An EQIA
                # screening has been completed": the stop closes the label, "An" opens the answer)
                rest = text[len(head):].strip()
            # "Agenda Item 8", "Report to Health Select Committee"; not "Board Assurance
            # Framework" nor "The Board is asked to ...": one word needs a number after it.
            # "Invited for this item are the Chair ...": a sentence that starts with a label's words.
            goes_on = rest.split()[0].lower() in _SENTENCE_GOES_ON if rest else False
            # "This report updates the Committee": a sentence, whose first word is no part of
            # the label ("Report to" normalises as "report" too).
            # (unless the board's label for a person is printed so and a name follows: "This
            # report was written by Jo Bloggs" or by "[Name]"; "The Board is asked to receive ..." is a sentence)
            printed = head.casefold() in self._printed.get(own, ()) and self.kinds.get(own) in (PEOPLE, PERSON)
            determiner = words[0].lower() in _DETERMINERS and not (printed and (rest[:1].isupper() or rest[:1] == "["))
            lettered = bool(re.fullmatch(r"[A-Z]\d{0,2}[a-z]?|[A-Z]\d{0,2}\.\d{1,2}", rest))  # "Paper E", "Enclosure B2"
            if own and key and not goes_on and not determiner and (rest[:1].isdigit() or lettered or len(words[:length]) >= 2):
                # (a label of three words or more printed whole may run into a long answer: "This
                # report was written by Jo Bloggs, Officer, who can be contacted on ... or by e-mail at ...")
                if len(rest) <= (200 if printed and length >= 3 else 120):
                    return Match(own, how="profile", rest=self._after_printed(own, text, rest))
        return NO_MATCH


    def inner_label(self, rest: str, key: str) -> tuple[str, str, str] | None:
        """(key, before, after) when the value after `key`'s label holds another question's label
        of two words or more, then its own value: "REPORT TO THE BOARD OF DIRECTORS HELD ON 19
        NOVEMBER 2025" is the board, then "Held on" the date."""
        folded = rest.casefold()
        for other, printed in self._printed.items():
            for label in printed:
                label = label.rstrip(" :")
                if other == key or len(label.split()) < 2:
                    continue
                found = re.search(rf"(?<!\w){re.escape(label)}(?!\w)\s*:?\s*", folded)
                if found and found.start() > 0 and rest[found.end():].strip():
                    return other, rest[:found.start()].strip(" ,–—-"), rest[found.end():].strip()
        return None

    def _after_printed(self, key: str, text: str, rest: str) -> str:
        """The value after the longest of the question's labels as printed that starts `text`
        ("REPORT OF THE STRATEGIC DIRECTOR": "STRATEGIC DIRECTOR", not "THE STRATEGIC DIRECTOR")."""
        folded = text.casefold()
        for printed in sorted(self._printed.get(key, []), key=len, reverse=True):
            if folded.startswith(printed) and (len(folded) == len(printed) or not folded[len(printed)].isalnum()):
                longer = text[len(printed):].strip()
                return longer if len(longer) < len(rest) else rest
        return rest


def _all_words(text: str) -> str:
    """A label's words, none dropped ("report on")."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


_TOWARDS, _FROM = {"to"}, {"of", "by", "from"}
_LEADING_LITTLE = {"to", "of", "by", "from", "for", "on", "at", "with", "and", "or", "in"}  # words no label opens with unless printed so


def _way(text: str) -> str | None:
    """"to" for a label that names who a report goes to ("Report to"), "from" for who it comes
    from ("Report of", "Report by"), None for neither."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return "to" if words & _TOWARDS else "from" if words & _FROM else None


def _same_way(text: str, printed: str) -> bool:
    return None in (_way(text), _way(printed)) or _way(text) == _way(printed)


def _normal(text: str) -> str:
    """`labels.normalise`, or for a label of filler words alone ("TO THE", "ON") its words."""
    return labels.normalise(text) or " ".join(re.findall(r"[a-z0-9]+", text.lower()))


@lru_cache(maxsize=2048)
def _by_terms(normalised: str) -> tuple[str, ...]:
    """The standard questions whose key terms a normalised label has, most specific first.

    "Risk register" is only the register question, not also "associated risks": a risk
    question claims a label only when no more specific risk question does."""
    text = f" {normalised} "
    found: list[str] = []
    for field, (needed, one_of) in _NORMALISED_TERMS:
        if not any(_has(text, term) for term in needed):
            continue
        if one_of and not any(_has(text, term) for term in one_of):
            continue
        found.append(field)
    if "confidential_reason" in found and "confidential" in found:
        found.remove("confidential")
    risks = [f for f in found if f.startswith("risks.")]
    if len(risks) > 1:  # the first listed is the most specific
        found = [f for f in found if not f.startswith("risks.") or f == risks[0]]
    if "governance" in found and "implications.privacy" in found and "information governance" in normalised:
        found.remove("governance")  # information governance is data protection
    if "confidential" in found and re.search(r"\bstatutory\b", normalised):
        found.remove("confidential")  # "Governors' statutory duties": "status" as normalised ("statu") opens "statutory"
    if "title" in found and "job title" in normalised and not re.search(r"(?<!job )title", normalised):
        found.remove("title")  # "Report author and job title": a person's title, not the paper's
    if "implications.quality" in found and "implications.equality" in found:
        # "Equality impact" contains "quality" only inside "equality": a word of its own?
        if not re.search(r"(?<![a-z])quality", normalised):
            found.remove("implications.quality")
    return tuple(found)


_NORMALISED_TERMS = [
    (field, (tuple(labels.normalise(t) or t for t in needed), tuple(labels.normalise(t) or t for t in one_of)))
    for field, (needed, one_of) in _TERMS
]


def _has(text: str, term: str) -> bool:
    return f" {term}" in text


def reader_kind(question) -> str:
    """A profile question's reader kind (standard questions by their field)."""
    if question.own:
        return question.kind.value
    return STANDARD_KINDS.get(question.field, TEXT)


def profile_questions(profile) -> list[tuple[str, str, list[str]]]:
    """(key, reader kind, labels) of every question the profile asks, risks expanded."""
    found: list[tuple[str, str, list[str]]] = []
    for question in profile.questions:
        if question.field == "risks":
            found.append(("risks.associated", YES_NO_NA, list(question.labels)))
            found.extend((part, STANDARD_KINDS[part], []) for part in _RISK_PARTS[1:])
        elif question.own:
            found.append((f"questions.{question.name}", reader_kind(question), list(question.labels)))
        else:
            found.append((question.field, reader_kind(question), list(question.all_labels)))
    confidential = next((names for key, _, names in found if key == "confidential"), None)
    reason = profile.confidentiality.reason_label
    if confidential is not None and _normal(reason) not in {_normal(name) for _, _, names in found for name in names}:
        # (a profile whose reason label is the question's own, "EXEMPT REPORT", has the answer
        # and its reason written in that one row: the row is the question's, never the reason's;
        # so too a label the board asks as a question of its own, "Exempt Information")
        found.append(("confidential_reason", TEXT, [reason]))
    return found


_MATCHERS: dict[int, tuple[object, Matcher]] = {}


def without_section_number(text: str) -> str:
    """"1. PURPOSE OF THE REPORT:" -> "PURPOSE OF THE REPORT:" ("2.1", "3.2a", "(b)", "iv.", "A."):
    the form's numbering is no part of a label."""
    numbered = _SECTION_NUMBER.match(text)
    return text[numbered.end():] if numbered else text


def without_leading_dash(text: str) -> str:
    """An answer without the dash that set it apart from its label ("– The report supports …")."""
    return _LEADING_DASH.sub("", text, count=1)


def matcher_for(profile) -> Matcher:
    """The profile's matcher, built once per profile object (the cache the reader relies on)."""
    cached = _MATCHERS.get(id(profile))
    if cached is not None and cached[0] is profile:
        return cached[1]
    matcher = Matcher(profile_questions(profile))
    matcher.placed = {question.path: question.line for question in profile.questions if question.line}
    matcher.required = {f"questions.{question.name}" for question in profile.questions if question.own and question.required}
    matcher.required.update(profile.required_standard)
    matcher.helps = {question.path: _normal(question.help) for question in profile.questions if question.help and _normal(question.help)}
    matcher.printed_helps = {question.path: " ".join(question.help.split()).casefold().rstrip(" .:")
                             for question in profile.questions if question.help}
    for question in profile.questions:  # "Details/Findings" under a question: its answer's explanation
        key = f"questions.{question.name}" if question.own else question.field
        for label in question.details or []:
            matcher.details.setdefault(key, set()).add(_normal(label))
        if question.options:  # a choice's options: printed under its label, never labels of their own
            matcher.options[key] = {_normal(option) for option in question.options}
    if "confidential" in matcher.kinds:
        matcher.answer_words["confidential"] = {word for word in labels.publicity_words(profile.confidentiality) if word}
    # the board's words for purposes, as ticked beside boxes
    matcher.purpose_words = {_normal(word) for word in profile.purposes} if "purpose" in matcher.kinds else set()
    _MATCHERS[id(profile)] = (profile, matcher)
    return matcher


def look_alikes(unclaimed: list[str], matcher: Matcher | None = None) -> dict[str, str]:
    """Draft path -> the first of the `unclaimed` labels whose words suggest that question,
    by the standard questions' names and key terms ("Presenting director" -> presented_by)."""
    matcher = matcher or standard_matcher()
    found: dict[str, str] = {}
    for label in unclaimed:
        match = matcher.match(label)
        if match.key and not match.claimed_by:
            found.setdefault(match.key, label)
    return found


def standard_matcher() -> Matcher:
    """Every standard question (for `profile init`, which has no profile yet)."""
    return _standard()


@lru_cache(maxsize=1)
def _standard() -> Matcher:
    from coversheet.config.profile import STANDARD_QUESTIONS

    questions = []
    for field, (_, names) in STANDARD_QUESTIONS.items():
        if field == "risks":
            questions.append(("risks.associated", YES_NO_NA, list(names)))
            questions.extend((part, STANDARD_KINDS[part], []) for part in _RISK_PARTS[1:])
        else:
            questions.append((field, STANDARD_KINDS.get(field, TEXT), list(names)))
    questions.append(("confidential_reason", TEXT, ["Reason for confidentiality"]))
    return Matcher(questions)
