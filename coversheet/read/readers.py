"""Which reader reads a file: one registry entry per kind of file, chosen by suffix.

Adding a reader is one function and one entry in `READERS`. Each reader is imported inside
its function, when a file of its kind is first read, so checking a YAML draft never loads
the Word reader (and lxml); plain imports, so that import-linter sees them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from coversheet.errors import UnreadableFile
from coversheet.model.raw import RawDraft

if TYPE_CHECKING:
    from coversheet.config.profile import Profile

# (path, profile): the board's profile, or None for the default sheet.
Reader = Callable[[Path, "Profile | None"], RawDraft]

def _read_draft(path: Path, profile: Profile | None = None) -> RawDraft:
    from coversheet.drafts.read import read_draft

    return read_draft(path)  # a draft is read alike under every profile; its validation differs


def _read_word(path: Path, profile: Profile | None = None) -> RawDraft:
    from coversheet.word.read import read_docx

    return read_docx(path) if profile is None else read_docx(path, profile)


# suffix -> the reader for it.
READERS: dict[str, Reader] = {
    ".yaml": _read_draft,
    ".yml": _read_draft,
    ".json": _read_draft,
    ".docx": _read_word,
}
DRAFT_SUFFIXES = (".yaml", ".yml", ".json")
WORD_SUFFIXES = (".docx",)
READ_SUFFIXES = tuple(READERS)


def reader_for(path: Path) -> Reader | None:
    """The reader for `path`'s kind of file, or None when coversheet reads no such file."""
    return READERS.get(path.suffix.lower())


def read_file(path: Path, profile: Profile | None = None) -> RawDraft:
    """Read a draft or a Word document into raw draft data; `UnreadableFile` if impossible.

    `profile`: the board's profile (None: the default sheet); a Word sheet is read by its
    questions and labels."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise UnreadableFile("no such file") from None
    except OSError as exc:  # a file in a folder that cannot be read, a name too long, ...
        raise UnreadableFile(f"cannot read the file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(mode):
        raise UnreadableFile("a folder, not a file")
    if not stat.S_ISREG(mode):
        raise UnreadableFile("not a regular file")
    reader = reader_for(path)
    if reader is None:
        suffix = path.suffix.lower()
        raise UnreadableFile(f"not a cover sheet: {suffix or 'no'} extension (expected .yaml, .yml, .json or .docx)")
    return reader(path, profile)
