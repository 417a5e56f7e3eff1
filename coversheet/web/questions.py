"""The form: the board's questions in the board's order and words, from its profile.

Each `FormQuestion` says how one question of the sheet is asked on the page (its widget) and
under which draft path its answers live, so that a finding on `governance.1.date` lands beside
the governance rows and the error summary links there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coversheet.config import BoardConfig
from coversheet.config.kinds import Kind
from coversheet.model.answers import PurposeCategory

# Widgets, by the kind of answer (standard questions by their draft field).
_STANDARD_WIDGETS = {
    "board": "text",
    "organisation": "text",
    "meeting_date": "meeting",
    "title": "text",
    "presented_by": "people",
    "authors": "people",
    "contributors": "people",
    "sponsor": "person",
    "agenda_item": "short",
    "confidential": "confidential",
    "purpose": "purpose",
    "executive_summary": "long",
    "recommendations": "list",
    "governance": "governance",
    "conflicts_of_interest": "long",
    "risks": "risks",
}
_OWN_WIDGETS = {
    Kind.TEXT: "long",
    Kind.LIST: "list",
    Kind.YES_NO_NA: "yes_no_na",
    Kind.CHOICE: "choice",
    Kind.REFERENCES: "references",
    Kind.DATE: "date",
    Kind.PERSON: "person",
}
# Hints where the profile gives none: what the draft format's own comments say.
_HINTS = {
    "meeting_date": "The board meeting this paper goes to.",
    "agenda_item": "As the secretary gave it, for example 7, 9.1 or 12b.",
    "presented_by": "Who presents the paper to the board.",
    "authors": "Who wrote the paper.",
    "contributors": "Others who contributed. Tick 'None' if there are none.",
    "sponsor": "The executive sponsor who signed the paper off.",
    "purpose": "What the board is asked to do with the paper. Tick all that apply.",
    "recommendations": "One ask of the board a row, for example 'The Board is asked to approve ...'.",
    "governance": "Other forums that discussed this paper before the board.",
    "conflicts_of_interest": "'None identified' is an answer.",
    "risks": "Risks associated with the paper, and their risk register references.",
}
ANSWERS = (("yes", "Yes"), ("no", "No"), ("n/a", "N/A"))
# Most rows of one repeating question the form keeps (a real sheet has a handful).
MAX_ROWS = 30
# The server sets these; the author is never asked them.
SET_BY_SERVER = ("submitted_on",)


@dataclass(frozen=True)
class FormQuestion:
    path: str  # the draft path: "title", "implications.equality", "questions.baf_risks"
    label: str
    widget: str  # text, short, long, date, meeting, people, person, confidential, purpose, list, ...
    hint: str | None = None
    required: bool = False
    options: tuple[tuple[str, str], ...] = ()  # (value, words) for choices and purposes
    multiple: bool = False
    parts: tuple[str, ...] = ()  # governance: forum, date, outcome
    none_allowed: bool = False  # a "None" box answering a list with []
    words: dict = field(default_factory=dict, compare=False, hash=False)  # board words (confidentiality)

    @property
    def anchor(self) -> str:
        """The element id of the question's first control: where the error summary links."""
        return "f-" + self.path.replace(".", "-").replace("/", "-")

    @property
    def box(self) -> str:
        """The element id of the question's group (its findings are shown inside it)."""
        return "q-" + self.path.replace(".", "-")


@dataclass(frozen=True)
class Form:
    board: str
    questions: tuple[FormQuestion, ...]
    meetings: tuple[dt.date, ...]

    def question_for(self, path: str | None) -> FormQuestion | None:
        """The question a finding's draft path belongs to (the longest that holds it)."""
        if not path:
            return None
        path = _ALIASES.get(path.split(".")[0], path)
        best = None
        for question in self.questions:
            if path == question.path or path.startswith(question.path + "."):
                if best is None or len(question.path) > len(best.path):
                    best = question
        return best


# Findings on paths the form asks together with another question.
_ALIASES = {"confidential_reason": "confidential", "submitted_on": "meeting_date"}


def build_form(config: BoardConfig) -> Form:
    """The form of the board's sheet (its profile, or the default 2020 sheet)."""
    profile = config.profile
    required = set(profile.required_standard)
    questions: list[FormQuestion] = []
    for question in profile.questions:
        if question.own:
            questions.append(_own(question))
        elif question.field.startswith("implications."):
            questions.append(_implication(question.field, question.label, question.help))
        elif question.field not in SET_BY_SERVER:
            questions.append(_standard(question, config, profile, question.field in required))
    # The board's own impact assessments (`implications = [...]`) after the sheet's.
    extras = _extra_implications(config, questions)
    last = max((i for i, q in enumerate(questions) if q.path.startswith("implications.")), default=len(questions) - 1)
    questions[last + 1:last + 1] = extras
    return Form(config.board or "The board", tuple(questions), tuple(sorted(config.meetings)))


def _extra_implications(config: BoardConfig, asked: list[FormQuestion]) -> list[FormQuestion]:
    have = {q.path for q in asked}
    return [
        _implication(f"implications.{name}", name.replace("_", " ").capitalize() + " impact assessment completed", None)
        for name in config.implications
        if f"implications.{name}" not in have
    ]


def _implication(path: str, label: str, hint: str | None) -> FormQuestion:
    return FormQuestion(path, label, "yes_no_na", hint or "Say where it is, or why there is none.", options=ANSWERS)


def _standard(question, config: BoardConfig, profile, required: bool) -> FormQuestion:
    field = question.field
    widget = _STANDARD_WIDGETS[field]
    hint = question.help or _HINTS.get(field)
    if field == "purpose":
        options, seen = [], set()
        for words, category in profile.purposes.items():
            if category.value not in seen:
                seen.add(category.value)
                options.append((category.value, words))
        for category in PurposeCategory:  # every category can be ticked, in the board's words first
            if category.value not in seen:
                options.append((category.value, category.value.capitalize()))
        return FormQuestion(field, question.label, widget, hint, required, tuple(options), multiple=True)
    if field == "confidential":
        words = profile.confidentiality
        return FormQuestion(field, question.label, widget, hint, required,
                            (("false", words.public), ("true", words.private)),
                            words={"reason_label": words.reason_label})
    if field == "governance":
        parts = question.asked_parts
        return FormQuestion(field, question.label, widget, hint, required, parts=parts, none_allowed=True)
    if field in ("contributors",):
        return FormQuestion(field, question.label, widget, hint, required, none_allowed=True)
    if field == "risks":
        return FormQuestion(field, question.label, widget, hint, required, ANSWERS)
    return FormQuestion(field, question.label, widget, hint, required)


def _own(question) -> FormQuestion:
    widget = _OWN_WIDGETS[question.kind]
    hint = question.help
    if question.kind is Kind.REFERENCES and question.pattern:
        hint = (hint + " " if hint else "") + "Each reference's id in the register's form."
    options = tuple((option, option) for option in question.options or ())
    if question.kind is Kind.YES_NO_NA:
        options = ANSWERS
    return FormQuestion(
        question.path, question.label, widget, hint, question.required, options,
        multiple=question.multiple, none_allowed=question.kind in (Kind.REFERENCES, Kind.LIST),
    )
