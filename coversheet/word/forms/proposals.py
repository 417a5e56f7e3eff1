"""What `profile init` proposes from a board's form: its questions, each with the label printed,
the standard field or own name, and its kind. Shared by the reader of any form
(`word.profile_init`) and the reader of forms coversheet drew (`word.profile_form`)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field


@dataclass
class Proposal:
    """One question proposed: the label printed, the standard field or own name, its kind."""

    label: str
    field: str | None = None
    name: str | None = None
    kind: str = "text"
    options: list[str] = _field(default_factory=list)
    unsure: str = ""  # why the guess may be wrong ("" when sure)
    multiple: bool = True  # a choice: several options may be ticked
    section: str | None = None  # the heading it is printed under (read from our own forms only)
    standard_words: bool = False  # printed in the 2020 sheet's words: the profile needs no labels
    parts: list[str] | None = None  # the history's parts the form asks (None: forum, date and outcome)
    required: bool = True  # the board's own question: must every paper answer it? (a guess either way)
    also: list[str] = _field(default_factory=list)  # more labels it is printed as
    details: list[str] = _field(default_factory=list)  # the labels of the row below that holds its explanation
    help: str = ""  # the prompt the form prints where the answer goes ("This report supports the following ...:")
    line: int | None = None  # the header line it is printed on, above the first label (`line = N`)
    named: bool = True  # a person's question: false where the form asks for a post ("Report of the")

    @property
    def key(self) -> str:
        return self.field or f"questions.{self.name}"


@dataclass
class Template:
    board: str | None
    questions: list[Proposal]
    purposes: dict[str, str] = _field(default_factory=dict)
    confidentiality: dict[str, str] = _field(default_factory=dict)


def profile_kind(field_name: str) -> str:
    from coversheet.config.profile import STANDARD_QUESTIONS

    return STANDARD_QUESTIONS[field_name][0]
