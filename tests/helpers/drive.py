"""A folder's state, to show that checking it left every file as it was."""

from __future__ import annotations

from pathlib import Path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` (not following links) with its bytes and modification time."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        state[path.relative_to(folder).as_posix()] = (path.read_bytes(), path.stat().st_mtime_ns)
    return state


def listing(folder: Path) -> list[str]:
    """Every name under `folder`, links included: nothing may appear or disappear."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
