"""Which papers the public pack may take: fail closed on confidentiality.

`check` compares the same answers when two sheets speak for one paper (CS012).

A paper goes into the public pack only when every cover sheet that speaks for it (its own,
and the one at the start of the Word body the meeting plan names for it) says, in a word the
board accepts for public, that it is not confidential. Anything else keeps it out: an answer
the reader could not read or refused ("Private", "Part II", "Confidential" where the board
says "Part I" / "Part II"), one that is missing, ambiguous ("No - Part II", two boxes), or
sheets that disagree. A paper kept out wrongly costs the secretary a supplement; one
published wrongly cannot be taken back.

The words: a draft's `confidential: false` (or no / n, as the model reads them); a Word
sheet's "No" or the board profile's word for public ([confidentiality] public), alone in its
cell or as the one box ticked among the options' words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pathlib import Path

from coversheet.config.profile import Profile
from coversheet.errors import ConfigError
from coversheet.findings import FileResult
from coversheet.model import CoverSheet
from coversheet.read.readers import WORD_SUFFIXES

DRAFT_PUBLIC = ("false", "no", "n")  # a draft's strings for false, as the model reads them; YAML's false too
WORD_PUBLIC = ("no", "n")  # a Word sheet's, besides the board's own word for public
WORD_PRIVATE = ("yes", "y")


@dataclass(frozen=True)
class Answer:
    """One cover sheet's answer to "is the paper confidential?"."""

    source: str  # for messages: "its cover sheet", "the cover sheet of its body bodies/x.docx"
    value: bool | None  # as the reader read it
    written: object  # as the author wrote it (`FileResult.confidential_written`)
    word: bool  # from a Word sheet; else a draft
    problem: str | None = None  # what reading the answer found wrong (ambiguous, refused, unreadable)

    @property
    def given(self) -> bool:
        """Does the sheet answer the question at all (rightly or not)?"""
        return self.value is not None or self.problem is not None or (self.written is not None and self.written != "")


@dataclass(frozen=True)
class Decision:
    """Public or not; `why` says, for a paper kept out though not plainly marked confidential, why."""

    public: bool
    why: str | None = None


def decide(answers: Iterable[Answer], profile: Profile | None = None) -> Decision:
    """Public only when every answer clearly says so (and there is at least one)."""
    answers = list(answers)
    if not answers:
        return Decision(False, "its cover sheet does not say whether it is confidential")
    marked = [a for a in answers if a.value is True and a.problem is None]
    if marked:
        other = next((a for a in answers if a not in marked), None)
        if other is None:
            return Decision(False)  # plainly confidential: the usual case, nothing to say
        # one sheet says confidential, another says otherwise: kept out, and said
        return Decision(False, f"{marked[0].source} marks it confidential, but {other.source} {_says(other, profile)}")
    for answer in answers:
        if not clearly_public(answer, profile):
            return Decision(False, _why(answer, profile))
    return Decision(True)


def clearly_public(answer: Answer, profile: Profile | None = None) -> bool:
    """Does this answer say, in a word the board accepts, that the paper is not confidential?"""
    if answer.problem is not None or answer.value is not False:
        return False
    written = answer.written
    if not answer.word:
        if isinstance(written, bool):
            return written is False
        return isinstance(written, str) and _fold(written) in DRAFT_PUBLIC
    if written is None or written is False:
        return True  # read from the form's own controls (a tag, a ticked box): no words to misread
    if not isinstance(written, str):
        return False
    public, private = public_words(profile), {*WORD_PRIVATE, *(_private_word(profile),)}
    if not any(_is_glyph(c) for c in written):
        return _fold(written) in public
    # Boxes beside the options' words ("Yes ☐ No ☒", "Part I ☒ Part II ☐"): the reader read
    # which one is ticked; each box must have an option's word beside it, and nothing else be written.
    boxed = _fold("".join("☐" if _is_glyph(c) else c for c in written))
    words = "|".join(re.escape(word) for word in sorted(public | private, key=len, reverse=True))
    rest = re.sub(rf"(?<!\w)(?:{words})\s*☐|☐\s*(?:{words})(?!\w)", " ", boxed)
    return not rest.strip(" .,;:/\t\n")


def own_answer(result: FileResult, sheet: CoverSheet, path: Path, source: str) -> Answer:
    """What a checked paper's cover sheet says about its confidentiality."""
    problems = [f.message for f in result.findings if f.field == "confidential"]
    return Answer(source, sheet.confidential, result.confidential_written, path.suffix.lower() in WORD_SUFFIXES,
                  problems[0] if problems else None)


def body_answer(body: Path, label: str, config, *, budget: float | None = None) -> Answer | None:
    """What the cover sheet at the start of a Word document says (a draft's body, a draft's
    Word twin), when it has one that answers "confidential": a body that is the paper alone,
    or whose sheet does not ask, says nothing (None). `budget`: seconds the reading may take
    (None inside a check, which has its own)."""
    from coversheet.run.budget import BudgetExceeded, time_budget
    from coversheet.run.configuration import config_for
    from coversheet.run.reading import read_sheet

    source = f"the cover sheet of {label}"
    try:
        with time_budget(budget):
            reading = read_sheet(body, config or config_for(body))
    except BudgetExceeded:
        return Answer(source, None, None, True, f"it took longer than {budget:g} s to read")
    if reading.unreadable:
        return None
    problems = [f.message for f in reading.findings if f.field == "confidential"]
    answer = Answer(source, reading.sheet.confidential, reading.raw.written("confidential"), True, problems[0] if problems else None)
    return answer if answer.given else None


def disagreements(path: Path, sheet: CoverSheet, raw, config, roots: tuple[Path, ...] = ()) -> list:
    """For a draft, what `check` reports (CS012): each Word sheet of the same paper (the
    same-named .docx beside it, the body the meeting plan names for its item) that says
    public where the draft does not, or the other way round."""
    from coversheet.model.raw import Noticed, ReadingProblem

    if path.suffix.lower() in WORD_SUFFIXES:
        return []
    profile = config.custom_profile
    own = Answer("the draft", sheet.confidential, raw.written("confidential"), False)
    found = []
    for twin, label in _word_sheets_of(path, sheet, config, roots):
        answer = body_answer(twin, label, config)
        if answer is None or clearly_public(own, profile) == clearly_public(answer, profile):
            continue
        found.append(Noticed(ReadingProblem.CONFIDENTIALITY_DISAGREES,
                             f"The draft says {_stance(own, profile)}, but {answer.source} says {_stance(answer, profile)}",
                             "confidential", raw.line_of("confidential")))
    return found


def _stance(answer: Answer, profile: Profile | None) -> str:
    if clearly_public(answer, profile):
        return "the paper is not confidential"
    if answer.value is True:
        return "it is confidential"
    return f"{_quoted(answer.written)}, not clearly public" if answer.given else "nothing"


def _word_sheets_of(path: Path, sheet: CoverSheet, config, roots: tuple[Path, ...]) -> list[tuple[Path, str]]:
    """The Word documents that carry a cover sheet of the same paper as the draft at `path`."""
    found = {}
    twin = path.with_suffix(".docx")
    if twin.is_file():
        found[twin.resolve()] = (twin, twin.name)
    if config.pack and sheet.agenda_item:
        # Only a board with a [pack] table has a plan: a check without one never builds it.
        from coversheet.config.meeting_plan import plan_in_effect

        for root in roots:
            if not _inside(path, root):
                continue
            try:
                planned = plan_in_effect(config, root).item(sheet.agenda_item)
            except ConfigError:
                continue  # a broken plan is the pack's to report, not this paper's
            if planned is not None and planned.paper and planned.paper.lower().endswith(".docx"):
                body = root / planned.paper
                if body.is_file():
                    found.setdefault(body.resolve(), (body, f"its body {planned.paper}"))
    return list(found.values())


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except ValueError:
        return False


def public_words(profile: Profile | None = None) -> set[str]:
    """The words a Word sheet may give for public, folded: "no", "n" and the board's own."""
    words = set(WORD_PUBLIC)
    if profile is not None:
        words.add(_fold(profile.confidentiality.public))
    return words


def said_public(profile: Profile | None = None) -> str:
    """The board's words for public, as a message quotes them."""
    own = profile.confidentiality.public if profile is not None else None
    return f"'{own}' or 'No'" if own and _fold(own) not in WORD_PUBLIC else "'No'"


def _why(answer: Answer, profile: Profile | None) -> str:
    return f"{answer.source} {_says(answer, profile)}"


def _says(answer: Answer, profile: Profile | None) -> str:
    if clearly_public(answer, profile):
        return "says it is not"
    if answer.problem is not None:
        return f"does not answer 'Confidential' clearly ({answer.problem.rstrip('.')})"
    if not answer.given:
        return "does not say whether it is confidential"
    words = "'false' or 'no'" if not answer.word else said_public(profile)
    return f"answers 'Confidential' with {_quoted(answer.written)}, not with {words}"


def _quoted(written: object) -> str:
    text = " ".join(str(written).split())
    return repr(text if len(text) <= 60 else text[:59] + "…")


def _private_word(profile: Profile | None) -> str:
    return _fold(profile.confidentiality.private) if profile is not None else "private"


def _fold(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:").casefold()


def _is_glyph(char: str) -> bool:
    from coversheet.word.layout.ticks import BOX_GLYPHS  # only Word sheets have boxes: a draft check loads no lxml

    return char in BOX_GLYPHS or 0xF000 <= ord(char) <= 0xF0FF
