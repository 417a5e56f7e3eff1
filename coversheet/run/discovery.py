"""Which files a check reads: the drafts and Word documents under the paths given.

A file named on the command line is checked whatever its name (but for coversheet.toml and
the reports coversheet saves, which a shell's `board/*` names too); a folder is searched
for the kinds of file there is a reader for, skipping Word's owner files, hidden files and
editors' temporaries, without following symbolic links to folders (so a link loop cannot
trap the walk). What else to leave out (the reports coversheet itself saves into a drive)
is the caller's to say, through `skip`.

Nothing is skipped in silence: a folder that cannot be read, and a link from inside a folder
to a file outside it (an author's way to have any file on the machine read into the report),
are listed too, with the reason in `refused`; the check reports each as an `error`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from coversheet.config.files import CONFIG_NAME
from coversheet.read.readers import READ_SUFFIXES

Skip = Callable[[Path], bool]


class Refused(NamedTuple):
    """Why a listed path is not read, and what to do about it."""

    reason: str
    hint: str


_UNREADABLE_FOLDER_HINT = "Let the account that runs the check read this folder, or check it as someone who can."
_LINK_OUT_HINT = "Put the paper itself in the folder: a link to a file elsewhere is not followed."


def find_files(paths: Iterable[Path], skip: Skip | None = None, refused: dict[Path, Refused] | None = None) -> list[Path]:
    """The files to check under `paths`, sorted, without owner, hidden and temporary files.

    `refused`, when given, receives the paths listed but not to be read, with the reason.
    """
    found: list[Path] = []
    refused = {} if refused is None else refused

    def unreadable(error: OSError) -> None:
        folder = Path(error.filename) if error.filename else None
        if folder is not None:
            found.append(folder)
            refused[folder] = Refused(f"cannot read this folder ({error.strerror or error}): the papers in it were not checked",
                                      _UNREADABLE_FOLDER_HINT)

    for path in paths:
        if not is_folder(path):
            # A file, or a path the reader will say is missing or unreadable; but never the
            # board's configuration or our own reports, which a shell's `board/*` names too.
            if Path(path).name != CONFIG_NAME and not (skip and skip(Path(path))):
                found.append(path)
            continue
        root = os.path.realpath(path)
        for folder, dirs, files in os.walk(path, followlinks=False, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not _skipped(d))
            for name in files:
                candidate = Path(folder) / name
                if is_checked_name(name) and not (skip and skip(candidate)):
                    found.append(candidate)
                    if os.path.islink(candidate) and not _inside(os.path.realpath(candidate), root):
                        refused[candidate] = Refused("not checked: a link to a file outside the folder being checked", _LINK_OUT_HINT)
    return sorted(dict.fromkeys(found), key=lambda p: str(p))


def is_folder(path: Path) -> bool:
    """A folder to search (False for a file, a missing path, or one inside a folder that cannot be read)."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


def is_checked_name(name: str) -> bool:
    """Would a folder search check a file of this name? (A draft or Word file, not skipped.)"""
    return not _skipped(name) and name.lower().endswith(READ_SUFFIXES)


def _skipped(name: str) -> bool:
    # "~$x.docx" is Word's owner (lock) file; ".x" hidden; "x~", "~x.tmp" editors' temporaries.
    return name.startswith(("~$", ".", "~")) or name.endswith(("~", ".tmp", ".swp"))
