"""Which files a check reads: the drafts and Word documents under the paths given.

A file named on the command line is always checked whatever its name; a folder is searched
for the kinds of file there is a reader for, skipping Word's owner files, hidden files and
editors' temporaries, without following symbolic links to folders (so a link loop cannot
trap the walk). What else to leave out (the reports coversheet itself saves into a drive)
is the caller's to say, through `skip`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from coversheet.read.readers import READ_SUFFIXES

Skip = Callable[[Path], bool]


def find_files(paths: Iterable[Path], skip: Skip | None = None) -> list[Path]:
    """The files to check under `paths`, sorted, without owner, hidden and temporary files."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for folder, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not _skipped(d))
                for name in files:
                    candidate = Path(folder) / name
                    if is_checked_name(name) and not (skip and skip(candidate)):
                        found.append(candidate)
        else:
            found.append(path)
    return sorted(dict.fromkeys(found), key=lambda p: str(p))


def is_checked_name(name: str) -> bool:
    """Would a folder search check a file of this name? (A draft or Word file, not skipped.)"""
    return not _skipped(name) and name.lower().endswith(READ_SUFFIXES)


def _skipped(name: str) -> bool:
    # "~$x.docx" is Word's owner (lock) file; ".x" hidden; "x~", "~x.tmp" editors' temporaries.
    return name.startswith(("~$", ".", "~")) or name.endswith(("~", ".tmp", ".swp"))
