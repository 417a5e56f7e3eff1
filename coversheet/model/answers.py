"""The closed vocabularies of a cover sheet: tick-box answers and purpose categories.

Authors type these many ways ("N/A", "Not applicable", "For noting"); the model accepts the
usual spellings and stores one canonical value, so rules and reports never see the variants.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Annotated, Any

from pydantic import BeforeValidator

from coversheet.model.spellings import AlsoAccepts, words_pattern


class Answer(str, Enum):
    """A Yes / No / N/A tick-box answer."""

    YES = "yes"
    NO = "no"
    NA = "n/a"


class PurposeCategory(str, Enum):
    """Why the paper comes to the board: the closed list most board templates use."""

    APPROVAL = "approval"
    ENDORSEMENT = "endorsement"
    DISCUSSION = "discussion"
    ASSURANCE = "assurance"
    INFORMATION = "information"


def _squash(text: str) -> str:
    return re.sub(r"[\s._\-/]+", " ", text.strip().lower()).strip()


# How answers are written, in words: in drafts, and as the option labels on Word sheets.
_ANSWER_WORDS = {
    "yes": Answer.YES,
    "no": Answer.NO,
    "n a": Answer.NA,
    "na": Answer.NA,
    "not applicable": Answer.NA,
}
# Drafts also take a lone letter; on a Word sheet a lone "N" is no option label.
_ANSWER_SPELLINGS = {**_ANSWER_WORDS, "y": Answer.YES, "n": Answer.NO}

_CATEGORY_SPELLINGS = {
    "approval": PurposeCategory.APPROVAL,
    "approve": PurposeCategory.APPROVAL,
    "decision": PurposeCategory.APPROVAL,
    "endorsement": PurposeCategory.ENDORSEMENT,
    "endorse": PurposeCategory.ENDORSEMENT,
    "discussion": PurposeCategory.DISCUSSION,
    "discuss": PurposeCategory.DISCUSSION,
    "assurance": PurposeCategory.ASSURANCE,
    "information": PurposeCategory.INFORMATION,
    "noting": PurposeCategory.INFORMATION,
    "note": PurposeCategory.INFORMATION,
}


def parse_answer(value: Any) -> Any:
    """Map the usual spellings of Yes / No / N/A onto `Answer`; leave anything else to fail."""
    if isinstance(value, bool):
        # JSON true/false, or YAML 1.2 `true`: unambiguous, so accepted.
        return Answer.YES if value else Answer.NO
    if isinstance(value, str):
        if not value.strip():
            return None  # a blank answer is no answer
        return _ANSWER_SPELLINGS.get(_squash(value), value)
    return value


def answer_named(text: str) -> Answer | None:
    """The answer a label spells out ("Yes", "N/A", "Not applicable"), or None."""
    return _ANSWER_WORDS.get(_squash(text))


def parse_category(value: Any) -> Any:
    if isinstance(value, str):
        squashed = _squash(value)
        squashed = re.sub(r"^for ", "", squashed)
        return _CATEGORY_SPELLINGS.get(squashed, value)
    return value


# The schema offers the canonical values first, then the spellings read above.
_ANSWER_ALTERNATIVES = AlsoAccepts((
    {
        "type": "string",
        "pattern": words_pattern(_ANSWER_SPELLINGS, blank=True),
        "description": "Also accepted, in any case: Yes, Y, No, N, N/A, NA, Not applicable; blank is not answered.",
    },
    {"type": "boolean", "description": "true is yes, false is no."},
))
_CATEGORY_ALTERNATIVES = AlsoAccepts((
    {
        "type": "string",
        "pattern": words_pattern(_CATEGORY_SPELLINGS, prefix=r"(?:[Ff][Oo][Rr][\s._/-]+)?"),
        "description": (
            'Also accepted, in any case and with or without "for": approve, decision (approval), '
            "endorse, discuss, noting, note (information), e.g. \"For decision\"."
        ),
    },
))

OptionalAnswer = Annotated[Answer | None, BeforeValidator(parse_answer), _ANSWER_ALTERNATIVES]
CategoryField = Annotated[PurposeCategory, BeforeValidator(parse_category), _CATEGORY_ALTERNATIVES]
