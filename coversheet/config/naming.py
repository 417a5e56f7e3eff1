"""How findings name a question: by the board's own words under a profile.

A secretary whose board prints "Board Assurance Framework (BAF) risk" should read that in
every report, notice and agenda note, not `questions.baf_risks`. `Names` is the one place
that turns a draft path into the board's words; the rules, the reading findings and the
agenda ask it, and the JSON and SARIF reports keep the path itself in `field`.

On the default sheet (no profile, or `ics-board-2020`) every method gives back exactly the
words it was handed, so the default sheet's messages never change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coversheet.config.board import BoardConfig
    from coversheet.config.profile import Profile
    from coversheet.model.answers import PurposeCategory


class Names:
    """The board's words for draft paths; the standard words when `profile` is None."""

    def __init__(self, profile: Profile | None = None) -> None:
        self.profile = profile

    @property
    def board_words(self) -> bool:
        """True under a board's own profile: messages then name questions by its labels."""
        return self.profile is not None

    def label(self, path: str | None) -> str | None:
        """The board's label for the question `path` is in (`governance.0.date` -> "Previous
        consideration"), or None on the default sheet or for a path no question holds."""
        if self.profile is None or not path:
            return None
        if path == "confidential_reason" and self.profile.asks("confidential"):
            return self.profile.confidentiality.reason_label
        return self.profile.label_for(path)

    def asks(self, path: str) -> bool:
        """Does the board's sheet ask the question at `path`? (Always, on the default sheet.)"""
        return self.profile is None or self.profile.asks(path)

    def called(self, path: str, words: str) -> str:
        """The question at `path` as a message names it: 'Label' under a profile, else `words`."""
        found = self.label(path)
        return f"'{found}'" if found else words

    def say(self, path: str, standard: str, board: Callable[[str], str]) -> str:
        """`standard` on the default sheet; under a profile, `board` of the quoted label.

        Two whole sentences rather than a word swapped into one, so each reads as English;
        a function, not a format string, because messages quote authors' text.
        """
        found = self.label(path)
        return board(f"'{found}'") if found else standard

    def place(self, path: str) -> str:
        """Where in the sheet `path` is, in the board's words: 'Previous consideration' (item 1,
        date) for governance.0.date; the path itself on the default sheet."""
        found = self.label(path)
        if not found:
            return path
        question = self.profile.question(_question_path(self.profile, path))
        rest = path.split(".")[len(question.path.split(".")):] if question is not None else []
        details = [f"item {int(part) + 1}" if part.isdigit() else part.replace("_", " ") for part in rest]
        return f"'{found}'" + (f" ({', '.join(details)})" if details else "")

    def relabel(self, message: str, path: str | None) -> str:
        """A message that opens with its dotted path ("governance.0.date: ...", "title still
        holds ...") opens with the board's words for it instead."""
        if self.profile is None or not path:
            return message
        for after in (" ", ":"):
            if message.startswith(path + after):
                place = self.place(path)
                return message if place == path else place + message[len(path):]
        return message

    def purpose(self, category: str) -> str:
        """The board's word for a purpose category ("approval" -> "Decision"), else the category."""
        if self.profile is not None:
            for word, mapped in self.profile.purposes.items():
                if mapped.value == category:
                    return word
        return category

    def action(self, category: PurposeCategory) -> str:
        """The agenda's Action word for a purpose: the board's (`actions`), else the 2020 agenda's verb."""
        if self.profile is not None and category in self.profile.actions:
            return self.profile.actions[category]
        from coversheet.config.profile import STANDARD_ACTIONS  # here: a check of a draft never loads profiles

        return STANDARD_ACTIONS[category]

    def purposes(self) -> list[str]:
        """The board's words for purposes, in the board's order (None on the default sheet)."""
        return list(self.profile.purposes) if self.profile is not None else []


def _question_path(profile: Profile, path: str) -> str:
    parts = path.split(".")
    for length in range(len(parts), 0, -1):
        candidate = ".".join(parts[:length])
        if profile.question(candidate) is not None:
            return candidate
    return path


STANDARD_NAMES = Names()


def names_for(config: BoardConfig) -> Names:
    """The names `config`'s board uses (the standard words for the default sheet)."""
    profile = config.custom_profile
    return STANDARD_NAMES if profile is None else Names(profile)
