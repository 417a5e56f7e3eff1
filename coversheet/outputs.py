"""Writing outputs safely: atomically, and never over an existing file without `force`.

Only ever a regular file: a device, a FIFO or a folder given as an output is refused with or
without `force`, since the atomic rename would replace `/dev/null` itself (as root, breaking
the machine) or a pipe someone is reading. Temporary files have short names of their own, so
that an output name near the file system's limit still works.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path


class OutputExists(Exception):
    def __init__(self, path: Path):
        super().__init__(f"{path} already exists (use --force to overwrite it)")
        self.path = path


class NotARegularFile(OSError):
    """The output exists and is not a regular file (a device, a FIFO, a folder, a socket)."""

    def __init__(self, path: Path, kind: str):
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file (outputs go only to regular files or standard output)")
        self.path = path


TEMPORARY_PREFIX = ".coversheet-"
TEMPORARY_SUFFIX = ".tmp"


def refuse_special(path: Path) -> None:
    """Raise `NotARegularFile` if `path` (followed through links) exists and is not a regular file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # unreadable or dangling: the write itself will say why
    if not stat.S_ISREG(mode):
        raise NotARegularFile(Path(path), file_kind(mode))


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words: "a folder", "a FIFO (named pipe)"."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _mode_for(path: Path) -> int:
    """The permissions of the file replaced (a shared report kept group-writable stays so), else rw-r--r--."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o644


def write_atomic(path: Path, write: Callable[[Path], None] | bytes | str, force: bool = False) -> Path:
    """Write `path` via a temporary file in the same folder, then rename it into place.

    `write` is the content (bytes or text) or a function that writes a given temporary path.
    A reader of `path` sees either the old file or the whole new one, never half of it; on
    failure nothing is left behind.
    """
    path = Path(path)
    refuse_special(path)
    if path.exists() and not force:
        raise OutputExists(path)
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                raise NotADirectoryError(f"{folder} is a file, not a folder")
            break
    path.parent.mkdir(parents=True, exist_ok=True)
    # The temporary file is made inside the `try`, under a name known before it exists: an
    # interruption that lands as it is created (Ctrl-C, `kill`) still removes it.
    temp_path: Path | None = path.parent / f"{TEMPORARY_PREFIX}{secrets.token_hex(4)}{TEMPORARY_SUFFIX}"
    try:
        try:
            os.close(os.open(temp_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            temp_path = None  # another writer's file of the same name: never ours to remove
            raise
        if isinstance(write, bytes):
            temp_path.write_bytes(write)
        elif isinstance(write, str):
            temp_path.write_text(write, encoding="utf-8")
        else:
            write(temp_path)
        os.chmod(temp_path, _mode_for(path))
        refuse_special(path)  # made meanwhile by someone else
        if not force and path.exists():
            raise OutputExists(path)
        os.replace(temp_path, path)
    except BaseException:
        if temp_path is not None:
            temp_path.unlink(missing_ok=True)
        raise
    return path
