"""A cover sheet as read, before validation: what every reader (YAML, JSON, Word) hands on.

Readers report what they saw as data: a kind of reading problem and the document's own
words. They know nothing of rules; `coversheet.rules.reading` turns each into a coded
finding, so the reader layer never imports the checks built on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class ReadingProblem(str, Enum):
    """Kinds of trouble a reader or the validator can meet (their values are rule names)."""

    UNREADABLE_FILE = "unreadable-file"  # cannot be opened, parsed or recognised at all
    UNKNOWN_KEY = "unknown-key"  # a key the draft format does not have
    INVALID_VALUE = "invalid-value"  # a value the model refuses (a month for a date)
    AMBIGUOUS_ANSWER = "ambiguous-answer"  # two boxes ticked on one question
    UNREADABLE_TICK_BOX = "unreadable-tick-box"  # an ActiveX box whose state is not in the XML
    MISSING_COVER_SHEET = "missing-cover-sheet"  # a Word document with no cover sheet at its start
    FORM_STRUCTURE_LOST = "form-structure-lost"  # our form, its controls' tags and titles gone
    UNKNOWN_CONTROL_TITLE = "unknown-control-title"  # a control titled with no field's name
    UNRECOGNISED_LABELS = "unrecognised-labels"  # labels on a board's sheet no question claims
    PROFILE_MISMATCH = "profile-mismatch"  # a Word sheet without most of the profile's labels
    CONFIDENTIALITY_DISAGREES = "confidentiality-disagrees"  # a draft and its paper's Word sheet disagree


@dataclass(frozen=True)
class Noticed:
    """One problem a reader or the validator noticed: its kind, where, and what it saw."""

    kind: ReadingProblem
    message: str
    field: str | None = None  # dotted draft path, or None for the whole file
    line: int | None = None  # 1-based line in a YAML/JSON draft; None for Word files
    hint: str | None = None  # what to do, when more specific than the rule's own hint


@dataclass(frozen=True)
class CommaSplit:
    """A key that is really the rest of an earlier value, cut off at a comma."""

    key: str  # the key whose text was cut: "note"
    start: str  # its text as read, up to the first comma: "Aggregate"
    text: str  # the whole text it was probably meant to be: "Aggregate, anonymised data only."
    line: int  # the line of the cut


@dataclass
class RawDraft:
    """Plain data in the draft's shape, where it came from, and what reading it noticed.

    `lines` maps dotted paths to 1-based lines (drafts only). `findings` are problems the
    reader saw that the data cannot show: two boxes ticked on one question, a month where a
    date belongs, an ActiveX tick box (`noticed`). Rules stay silent on fields the reader
    already reported. `comma_splits` maps the path of a key that is really text cut off at an
    unquoted comma in a YAML flow mapping to what was cut (drafts only).
    """

    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)
    noticed: list[Noticed] = field(default_factory=list)
    comma_splits: dict[str, CommaSplit] = field(default_factory=dict)
    # Sections of a board's Word sheet under labels no question claims: {"label", "text"} each.
    unrecognised: list[dict[str, str]] = field(default_factory=list)
    # Draft paths of the profile's questions whose labels a Word sheet does not have (with
    # PROFILE_MISMATCH): the "not answered" rules stay silent on these, and only these.
    not_found: tuple[str, ...] = ()
    # Draft path -> an unrecognised label whose words suggest that question ("Financial
    # implications assessed" for implications.financial): a "not answered" finding on the
    # path says the row was there but not read as it.
    look_alikes: dict[str, str] = field(default_factory=dict)
    # The text a Word reader read an answer out of, where it picked a word from prose ("No",
    # "No - Part II", "Yes ☐ No ☒"): the pack publishes a paper only on a clear public word,
    # not on whatever word was picked (see `written`). Only the confidential answer is kept.
    answer_texts: dict[str, str] = field(default_factory=dict)

    def written(self, path: str) -> Any:
        """What the author wrote for the answer at `path` (a top-level key): the text a Word
        reader read it from where it kept that, else the value as the data holds it (a draft's
        own value: `False`, `"Private"`, `0`, ...; None when not given)."""
        if path in self.answer_texts:
            return self.answer_texts[path]
        return self.data.get(path)

    def line_of(self, path: str | None) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one.

        In a draft (a file with lines) a key that is absent altogether is reported on line 1,
        so that every finding on a draft points somewhere; Word files have no lines.
        """
        if not self.lines:
            return None
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path.rpartition(".")[0]
        return 1
