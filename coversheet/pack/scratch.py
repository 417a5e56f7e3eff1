"""The pack's temporary folders: removed however the run ends, and a full one told as such.

The Word document, LibreOffice's profile, its own temporary files and its PDF all go under the
system's temporary folder (TMPDIR). When that folder is full, every write there fails, our own
or LibreOffice's: that is said, naming the folder, rather than blamed on a paper.
"""

from __future__ import annotations

import errno
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coversheet.interrupts import held

NO_ROOM = {errno.ENOSPC, errno.EDQUOT}

# Below this much free space, a conversion that failed is put down to the folder, not the
# paper: LibreOffice needs about 1 MB for its profile, and room for its own temporary files
# and the PDF (a few times the Word document's size) besides.
ROOM_FOR_LIBREOFFICE = 16 * 1024 * 1024


class TempFolderFull(Exception):
    """The temporary folder has no room for the pack's work: the folder named, what to do."""

    def __init__(self, folder: Path, free: int | None = None):
        state = "is full (no space left on the device)" if free is None else f"has only {_size(free)} free, too little for LibreOffice"
        super().__init__(f"the temporary folder {folder} {state}: free some space there, or set TMPDIR to a folder with room, and try again")
        self.folder = folder


def temp_root() -> Path:
    """The folder temporary folders are made in (TMPDIR, else the system's)."""
    return Path(tempfile.gettempdir())


@contextmanager
def scratch(prefix: str) -> Iterator[Path]:
    """A new temporary folder, removed with all it holds when the block ends, an interruption
    included (a second Ctrl-C waits until it is gone)."""
    with held(), told_when_full():
        folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        with held():
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def told_when_full() -> Iterator[None]:
    """A write that finds the temporary folder full comes out as `TempFolderFull`, naming it.

    Only for writes in the temporary folder: a full disk where the pack is written is said as
    a failed write of that output.
    """
    try:
        yield
    except OSError as exc:
        if exc.errno in NO_ROOM:
            raise TempFolderFull(temp_root()) from None
        raise


def check_room(folder: Path, needed: int) -> None:
    """Raise `TempFolderFull` if `folder` has less than `needed` bytes free."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # cannot tell: the failure is told as it came
    if free < needed:
        raise TempFolderFull(temp_root(), free)


def _size(octets: int) -> str:
    return f"{octets // 1024} KB" if octets < 1024 * 1024 else f"{octets / (1024 * 1024):.1f} MB"
