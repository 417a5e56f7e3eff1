"""Which reader reads a file: one registry entry per kind of file, chosen by suffix.

Adding a reader is one entry in `READERS`. Readers are imported when a file of their kind
is first read, so checking a YAML draft never loads the Word reader (and lxml).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from coversheet.errors import UnreadableFile
from coversheet.model.raw import RawDraft

Reader = Callable[[Path], RawDraft]

# suffix -> "module:function" of the reader for it.
READERS: dict[str, str] = {
    ".yaml": "coversheet.drafts.read:read_draft",
    ".yml": "coversheet.drafts.read:read_draft",
    ".json": "coversheet.drafts.read:read_draft",
    ".docx": "coversheet.word.read:read_docx",
}
DRAFT_SUFFIXES = (".yaml", ".yml", ".json")
WORD_SUFFIXES = (".docx",)
READ_SUFFIXES = tuple(READERS)


def reader_for(path: Path) -> Reader | None:
    """The reader for `path`'s kind of file, or None when coversheet reads no such file."""
    target = READERS.get(path.suffix.lower())
    if target is None:
        return None
    module, _, function = target.partition(":")
    return getattr(import_module(module), function)


def read_file(path: Path, profile=None) -> RawDraft:
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
    if profile is not None and path.suffix.lower() in WORD_SUFFIXES:
        return reader(path, profile)
    return reader(path)
