"""The kinds of a board's own questions and where their answers live: the few names the rules
need, kept apart from the profile models so that checking under the default sheet never loads them."""

from __future__ import annotations

from enum import Enum

OWN_QUESTIONS_KEY = "questions"  # where a board's own answers live in a draft


class Kind(str, Enum):
    """What kind of answer one of the board's own questions takes."""

    TEXT = "text"
    LIST = "list"
    YES_NO_NA = "yes_no_na"
    CHOICE = "choice"
    REFERENCES = "references"
    DATE = "date"
    PERSON = "person"
