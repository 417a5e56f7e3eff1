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
from collections.abc import Callable, Mapping
from pathlib import Path

from coversheet.interrupts import held


class OutputExists(Exception):
    def __init__(self, path: Path):
        super().__init__(f"{path} already exists (use --force to overwrite it)")
        self.path = path


class NotARegularFile(OSError):
    """The output exists and is not a regular file (a device, a FIFO, a folder, a socket)."""

    def __init__(self, path: Path, kind: str):
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file (outputs go only to regular files or standard output)")
        self.path = path


Writer = Callable[[Path], object] | bytes | str

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


def write_atomic(path: Path, write: Writer, force: bool = False) -> Path:
    """Write `path` via a temporary file in the same folder, then rename it into place.

    `write` is the content (bytes or text) or a function that writes a given temporary path.
    A reader of `path` sees either the old file or the whole new one, never half of it; on
    failure nothing is left behind.
    """
    write_together({Path(path): write}, force=force)
    return Path(path)


def write_together(outputs: Mapping[Path, Writer], force: bool = False) -> None:
    """Write several outputs as one (a pack and its index): all of them, or none.

    Each is written to a temporary file beside it, in order, and only when all are written are
    they renamed into place, with Ctrl-C and `kill` held back meanwhile. If a rename fails, the
    outputs already renamed are taken back: the files they replaced (with `force`) put back,
    new ones removed. So a reader never finds a new pack beside an old index, or one alone.
    """
    outputs = {Path(path): write for path, write in outputs.items()}
    for path in outputs:
        _check_output(path, force)
    temporaries: dict[Path, Path] = {}
    try:
        for path, write in outputs.items():
            # Made inside the `try`, under a name known before it exists: an interruption that
            # lands as it is created (Ctrl-C, `kill`) still removes it.
            temporaries[path] = temporary = _temporary_beside(path)
            try:
                os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            except FileExistsError:
                del temporaries[path]  # another writer's file of the same name: never ours to remove
                raise
            if isinstance(write, bytes):
                temporary.write_bytes(write)
            elif isinstance(write, str):
                temporary.write_text(write, encoding="utf-8")
            else:
                write(temporary)
            os.chmod(temporary, _mode_for(path))
        with held():
            _rename_together(temporaries, force)
    except BaseException:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
        raise


def _check_output(path: Path, force: bool) -> None:
    """Refuse an output that is special, or exists without `force`; make the folders it goes in."""
    refuse_special(path)
    if path.exists() and not force:
        raise OutputExists(path)
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                raise NotADirectoryError(f"{folder} is a file, not a folder")
            break
    path.parent.mkdir(parents=True, exist_ok=True)


def _temporary_beside(path: Path) -> Path:
    return path.parent / f"{TEMPORARY_PREFIX}{secrets.token_hex(4)}{TEMPORARY_SUFFIX}"


def _rename_together(temporaries: dict[Path, Path], force: bool) -> None:
    """Rename each temporary file onto its output; if one cannot be, undo those done before it."""
    done: list[tuple[Path, Path | None]] = []  # each output renamed, and where the file it replaced was kept
    kept: Path | None = None
    try:
        for path, temporary in temporaries.items():
            refuse_special(path)  # made meanwhile by someone else
            if not force and path.exists():
                raise OutputExists(path)
            kept = _keep_aside(path) if len(temporaries) > 1 else None
            os.replace(temporary, path)
            done.append((path, kept))
            kept = None
    except BaseException:
        if kept is not None:
            kept.unlink(missing_ok=True)  # its output was never replaced
        for path, previous in reversed(done):
            if previous is not None:
                os.replace(previous, path)
            else:
                path.unlink(missing_ok=True)
        raise
    for _, previous in done:
        if previous is not None:
            previous.unlink(missing_ok=True)


def _keep_aside(path: Path) -> Path | None:
    """A second name (a hard link) for the file at `path`, to put back if the writing is undone;
    None if there is no file there, or the file system cannot link it."""
    if not path.is_file():
        return None
    aside = _temporary_beside(path)
    try:
        os.link(path, aside)
    except OSError:
        return None
    return aside
