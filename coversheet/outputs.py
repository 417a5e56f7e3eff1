"""Writing outputs safely: atomically, and never over an existing file without `force`."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class OutputExists(Exception):
    def __init__(self, path: Path):
        super().__init__(f"{path} already exists (use --force to overwrite it)")
        self.path = path


def write_atomic(path: Path, write: Callable[[Path], None] | bytes | str, force: bool = False) -> Path:
    """Write `path` via a temporary file in the same folder, then rename it into place.

    `write` is the content (bytes or text) or a function that writes a given temporary path.
    A reader of `path` sees either the old file or the whole new one, never half of it; on
    failure nothing is left behind.
    """
    path = Path(path)
    if path.exists() and not force:
        raise OutputExists(path)
    for folder in path.parents:
        if folder.exists():
            if not folder.is_dir():
                raise NotADirectoryError(f"{folder} is a file, not a folder")
            break
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    temp_path = Path(temporary)
    try:
        if isinstance(write, bytes):
            temp_path.write_bytes(write)
        elif isinstance(write, str):
            temp_path.write_text(write, encoding="utf-8")
        else:
            write(temp_path)
        os.chmod(temp_path, 0o644)
        if not force and path.exists():  # created meanwhile by someone else
            raise OutputExists(path)
        os.replace(temp_path, path)
    except BaseException:
        temp_path.unlink(missing_ok=True)
        raise
    return path
