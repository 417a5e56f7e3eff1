"""Exceptions that carry a one-line reason a user can act on."""

from __future__ import annotations


class UnreadableFile(Exception):
    """The file cannot be read as a cover sheet at all (status `error`)."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


class ConfigError(Exception):
    """A usage or configuration error (exit code 2)."""
