"""Exceptions that carry a one-line reason a user can act on."""

from __future__ import annotations


class UnreadableFile(Exception):
    """The file cannot be read as a cover sheet at all (status `error`).

    `missing_cover_sheet` marks a readable document that has no cover sheet at its start,
    which is reported under its own rule rather than as an unreadable file.
    """

    def __init__(self, message: str, line: int | None = None, *, missing_cover_sheet: bool = False, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.missing_cover_sheet = missing_cover_sheet
        self.hint = hint  # what to do, when the rule's own hint does not fit


class ConfigError(Exception):
    """A usage or configuration error (exit code 2)."""
