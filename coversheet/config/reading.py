"""Reading a board's TOML files (coversheet.toml, profiles, meeting plans): bounded, and only files.

A configuration file is named by a person or by another file (`--config`, `--plan`,
`profile = "..."`, `[pack] plan = "..."`, `extends`), so any path can arrive here. Before
anything is parsed:

- only a regular file is read: a folder, device, FIFO or socket is refused by name (checked
  with `stat` before opening, so a FIFO never blocks the run and a device is never opened,
  and again on the open file, in case it was swapped in between); the file is opened
  non-blocking all the same;
- at most `MAX_CONFIG_BYTES` are read (`/dev/zero` would otherwise grow until memory ran out);
- the text is scanned once for what makes `tomllib` fail badly rather than refuse: arrays or
  inline tables nested thousands deep (Python's recursion limit, a traceback) and dotted keys
  of thousands of parts (quadratic time and gigabytes of memory in `tomllib`).

Every refusal is a `ConfigError`: one line naming the file, exit 2.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

from coversheet.errors import ConfigError
from coversheet.outputs import file_kind
from coversheet.resources import tomllib

# A board's coversheet.toml or profile is a few KB; a meeting plan of 60 items some 20 KB.
MAX_CONFIG_BYTES = 1024 * 1024
# Arrays and inline tables inside each other (a table header `[[a]]` counts 2). Real files
# need 3 or 4; tomllib fails with a RecursionError somewhere past 300.
MAX_NESTING = 32
# Dots outside strings on one line: a dotted key has at most this many parts plus one.
# tomllib's time grows with the square of a key's parts (20,000 took 11 s and 2.4 GB).
MAX_DOTS_PER_LINE = 100

# What the scan steps over: strings (their brackets and dots are text), comments, and the
# characters it counts. A quote that opens no complete string ends the scan: tomllib says
# what is wrong with it.


def read_toml(path: Path | str, what: str) -> dict[str, Any]:
    """The TOML document in the file `path`, read as `what` ("configuration", "profile", ...).

    Raises `ConfigError` naming the file: not a regular file, too large, not UTF-8, nested
    too deep, a key of too many parts, or invalid TOML.
    """
    path = Path(path)
    text = _decoded(path, read_bounded(path, what))
    refuse_toml_bombs(text, path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # the scan should have refused it first; never a traceback
        raise ConfigError(f"{path}: nested too deeply to be {what}") from None
    except ValueError:  # Python refuses to turn an integer of more than 4,300 digits into a number
        raise ConfigError(f"{path}: invalid TOML: a number too long to be read") from None


def read_bounded(path: Path, what: str, limit: int = MAX_CONFIG_BYTES) -> bytes:
    """The bytes of the regular file `path`, refused in words when it is something else or
    larger than `limit`."""
    try:
        _refuse_special(path, os.stat(path).st_mode, what)
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None
    try:
        _refuse_special(path, os.fstat(handle).st_mode, what)  # swapped after the stat?
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(handle, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None
    finally:
        os.close(handle)
    if size > limit:
        raise ConfigError(f"{path}: too large for a {what} (over {limit // 1024} KB)")
    return b"".join(chunks)


def refuse_toml_bombs(text: str, path: Path | str) -> None:
    """Refuse TOML nested deeper than `MAX_NESTING` or with a key of over `MAX_DOTS_PER_LINE`
    parts, in one linear pass (before tomllib, which would fail or take quadratic time).

    A hand-written scanner, not a regular expression: each character is looked at once, where
    a pattern for strings retried at every quote of an unterminated one took quadratic time."""
    depth, dots, line, at, size = 0, 0, 1, 0, len(text)
    while at < size:
        char = text[at]
        if char == "\n":
            line, dots = line + 1, 0
        elif char == "#":
            end = text.find("\n", at)
            at = size if end < 0 else end
            continue
        elif char in "\"'":
            end = _string_end(text, at)
            if end < 0:
                return  # an unterminated string: tomllib reports it
            line += text.count("\n", at, end)
            at = end
            continue
        elif char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise ConfigError(f"{path}: line {line}: arrays or tables nested more than {MAX_NESTING} deep")
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == ".":
            dots += 1
            if dots > MAX_DOTS_PER_LINE:
                raise ConfigError(f"{path}: line {line}: a dotted key of more than {MAX_DOTS_PER_LINE} parts")
        at += 1


def _string_end(text: str, at: int) -> int:
    """Where the TOML string opening at `at` ends (just past its closing quote), or -1."""
    quote = text[at]
    if text.startswith(quote * 3, at):  # a multi-line string: up to three unescaped quotes
        closing, at, escapes, stop = quote * 3, at + 3, quote == '"', None
    else:
        closing, at, escapes, stop = quote, at + 1, quote == '"', "\n"
    size = len(text)
    while at < size:
        char = text[at]
        if escapes and char == "\\":
            at += 2
        elif char == stop:
            return -1
        elif text.startswith(closing, at):
            end = at + len(closing)
            while end < size and text[end] == quote and len(closing) == 3:  # """a"""" ends with its last quotes
                end += 1
            return end
        else:
            at += 1
    return -1


def _decoded(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); save it as UTF-8") from None


def _refuse_special(path: Path, mode: int, what: str) -> None:
    if not stat.S_ISREG(mode):
        raise ConfigError(f"{path}: cannot read the {what}: it is {file_kind(mode)}, not a file")
