"""What a pack contained, recorded inside its PDF, so that a supplement packs only what came later.

The record is a small JSON text in the PDF's document information (`/CoversheetPack`): the
meeting, public or private, the last printed page number, and each agenda item packed with
a paper (or, in the public pack, shown as taken in private), with its title and a digest of
what was packed. It names only what the pack itself shows: no source file name (a file name
can say more than the board means to publish), and in a public pack nothing of a paper taken
in private but its item. A supplement's record adds its own items to the main pack's, so a second
supplement builds on the first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from coversheet.pack.items import PackContents, Row

KEY = "/CoversheetPack"
VERSION = 1
NOT_OURS = "the pack's record is not one coversheet wrote"
MAX_RECORD_CHARS = 1_000_000  # a record is about 200 characters an item: thousands of items fit
MAX_DEPTH = 8  # a record nests three deep (the record, its items, an item)
MAX_PAGES = 100_000


class NotAPack(Exception):
    """The main pack given to --supplement has no record coversheet can use: one line why."""


@dataclass
class Record:
    board: str
    meeting: dt.date | None
    private: bool
    last_page: int
    items: list[dict] = field(default_factory=list)  # {"item", "title", "digest"}, or {"item", "private": true}

    def packed(self, item: str) -> dict | None:
        """The item as last packed (a supplement's revised paper after the main pack's)."""
        key = item.strip().casefold()
        return next((entry for entry in reversed(self.items) if entry["item"].casefold() == key), None)

    def as_json(self) -> str:
        return json.dumps({"coversheet_pack": VERSION, "board": self.board,
                           "meeting": self.meeting.isoformat() if self.meeting else None, "private": self.private,
                           "last_page": self.last_page, "items": self.items}, ensure_ascii=False, separators=(",", ":"))


REVISED = "Revised: replaces the paper in the main pack."


def record_for(contents: PackContents, previous: Record | None = None) -> Record:
    """The record of `contents` (after a main pack's `previous` one); `last_page` is set when the PDF is finished."""
    items = list(previous.items) if previous else []
    for row in contents.rows:
        if row.paper is not None:
            items.append({"item": row.item, "title": row.title, "digest": digest(row)})
        elif row.private:
            items.append({"item": row.item, "private": True})
    return Record(contents.board, contents.meeting, contents.private, 0, items)


def digest(row: Row) -> str:
    """SHA-256 of everything packed for the row: the paper, its body, its appendices."""
    paper = row.paper
    hashed = hashlib.sha256()
    for path in [paper.path, paper.body, *paper.appendices]:
        if path is not None:
            hashed.update(hashlib.sha256(Path(path).read_bytes()).digest())
    return hashed.hexdigest()


def read_record(pdf_path: Path) -> Record:
    """The record inside a pack coversheet made; raises `NotAPack` naming the file."""
    import os
    import stat

    import pikepdf

    from coversheet.outputs import file_kind

    try:
        mode = os.stat(pdf_path).st_mode
    except OSError as exc:
        raise NotAPack(f"{pdf_path}: cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        # A FIFO would block the open until someone wrote to it; a device would be read forever.
        raise NotAPack(f"{pdf_path}: it is {file_kind(mode)}, not a pack")
    try:
        with pikepdf.open(pdf_path) as pdf:
            text = pdf.docinfo.get(KEY)
            if text is not None and not isinstance(text, pikepdf.String):
                raise NotAPack(f"{pdf_path}: {NOT_OURS}: it is not text")
            text = str(text) if text is not None else None
    except pikepdf.PasswordError:
        raise NotAPack(f"{pdf_path}: the PDF is encrypted (it needs a password to open): give the pack as coversheet wrote it") from None
    except (pikepdf.PdfError, OSError) as exc:
        raise NotAPack(f"{pdf_path}: not a readable PDF ({' '.join(str(exc).split())[:120]})") from None
    if text is None:
        raise NotAPack(f"{pdf_path}: not a pack made by coversheet pack (it holds no record of its papers)")
    try:
        return parse_record(text)
    except ValueError as exc:
        raise NotAPack(f"{pdf_path}: {NOT_OURS}: {exc}") from None


class _Entry(BaseModel):
    """An item the pack holds: with its paper's file and digest, or shown as taken in private."""

    model_config = ConfigDict(strict=True, extra="allow")

    item: str = Field(min_length=1)
    title: str | None = None
    file: str | None = None
    digest: str | None = None
    private: bool | None = None


class _Written(BaseModel):
    """The record as `Record.as_json` writes it."""

    model_config = ConfigDict(strict=True, extra="allow")

    coversheet_pack: int
    board: str
    meeting: dt.date | None
    private: bool
    last_page: int = Field(ge=0, le=MAX_PAGES)
    items: list[_Entry]


def parse_record(text: str) -> Record:
    """The record written as `text`; raises `ValueError` saying, in a line, how it is not one
    coversheet wrote. Its size and depth are bounded before it is parsed, so a forged record
    cannot exhaust the memory or the stack of the process reading it."""
    if len(text) > MAX_RECORD_CHARS:
        raise ValueError(f"it is {len(text):,} characters long, more than the {MAX_RECORD_CHARS:,} a record may be")
    if _deeper_than(text, MAX_DEPTH):
        raise ValueError(f"it is nested more than {MAX_DEPTH} deep (or its brackets do not match)")
    try:
        written = _Written.model_validate_json(text)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error["loc"]).lstrip(".")
        raise ValueError(f"{where + ': ' if where else ''}{error['msg']}") from None
    if written.coversheet_pack != VERSION:
        raise ValueError(f"coversheet_pack: version {written.coversheet_pack}, where this coversheet writes version {VERSION}")
    items = [entry.model_dump(exclude_none=True) for entry in written.items]
    return Record(board=written.board, meeting=written.meeting, private=written.private, last_page=written.last_page, items=items)


def _deeper_than(text: str, depth: int) -> bool:
    """Do the arrays and objects of the JSON `text` nest more than `depth` deep? Found without
    parsing: strings taken out, then the innermost pairs of brackets, `depth` times over."""
    brackets = re.sub(r"[^\[\]{}]", "", re.sub(r'"(?:[^"\\]|\\.)*"', "", text))
    for _ in range(depth):
        brackets, removed = re.subn(r"\[\]|\{\}", "", brackets)
        if not brackets or not removed:
            break
    return bool(brackets)


def supplement(contents: PackContents, record: Record, main: Path, *, revised: bool = False) -> list[str]:
    """Keep only the rows added since the main pack (and, with `revised`, those whose papers
    have changed since); returns the problems that refuse the supplement."""
    from coversheet.dates.uk import long_date

    if record.private != contents.private:
        kind = "the private session's pack: build its supplement with --private" if record.private else "the public pack: build its supplement without --private"
        return [f"{main} is {kind}"]
    if record.meeting and contents.meeting and record.meeting != contents.meeting:
        return [f"{main} is the pack for {long_date(record.meeting)}; these papers are for {long_date(contents.meeting)}"]
    kept = []
    for row in contents.rows:
        if row.paper is None and not row.private:
            continue  # verbal items and items still to follow are on the main agenda already
        before = record.packed(row.item)
        if before is None:
            kept.append(row)
        elif row.paper is not None and before.get("digest") and before["digest"] != digest(row):
            if revised:  # it goes out again, marked so on the supplementary agenda
                contents.warnings.append(f"{row.paper.label} has changed since {main.name} was built: item {row.item} is "
                                         "packed again in the supplement, marked as revised")
                row.note = REVISED
                kept.append(row)
            else:
                contents.warnings.append(f"{row.paper.label} has changed since {main.name} was built: item {row.item} is in "
                                         "that pack, so it is not in the supplement (--revised packs it again)")
    if not kept:
        # Said here too: the warnings are not printed when the supplement is refused.
        return [f"no papers added since {main} was built: nothing to put in a supplement", *contents.warnings]
    contents.rows = kept
    for row in kept:
        row.section = None  # a supplement's agenda lists only the late items, without the main agenda's headings
    contents.supplement = True
    return []
