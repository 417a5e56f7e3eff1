"""Open a .docx safely: bounded, lazy, and never trusting what the file claims.

A board secretary's folder holds whatever people send: empty files, old `.doc` files renamed,
password-protected documents, and now and then something hostile. Everything here turns a
bad file into `UnreadableFile` with a one-line reason, and reads as little as it can:

- only the main document part is inflated (plus, on request, the small header parts): never
  images, embedded objects or ActiveX binaries;
- a part whose declared size passes a bound is refused before inflating, and inflation is
  counted as it happens, so a lying zip header cannot get past the bound either;
- XML with a DOCTYPE is refused; entities are never resolved, no DTD is loaded, nothing is
  fetched (libxml2's own limits stay on: no `huge_tree`);
- the body is parsed in chunks and its top-level blocks are handed out one at a time, so a
  reader that has the whole cover sheet stops there and the rest of a 300-page paper is never
  parsed.
"""

from __future__ import annotations

import copy
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from coversheet.errors import UnreadableFile
from coversheet.word.ns import qn

MAX_PART_BYTES = 100 * 1024 * 1024  # inflated; document.xml of a long paper is a few MB
MAX_SMALL_PART_BYTES = 1024 * 1024  # relationships, headers
FIRST_CHUNK_BYTES = 32 * 1024  # the namespace declarations and most of a cover sheet
CHUNK_BYTES = 16 * 1024  # how much more XML is parsed before the reader gets the next blocks
WHOLE_PARSE_BYTES = 512 * 1024  # up to this, blocks handed out are not detached
_BODY_WITHIN_BYTES = 1024 * 1024  # w:body starts after the namespace declarations, in the first KB

MAX_PACKAGE_BYTES = 512 * 1024 * 1024  # all parts inflated, for a document handed on whole
MAX_ENTRIES = 10_000  # parts in the package; Word writes a few dozen (more with many images)
MAIN_DOCUMENT = "word/document.xml"
_COMPRESSIONS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_EOCD_SEARCH = 22 + 65_535  # the end record, after at most a 64 KB comment
_OFFICE_DOCUMENT_REL = "/officeDocument"
_BODY, _DOCUMENT = qn("w:body"), qn("w:document")
# The body's children a reader needs; sectPr, bookmarks and proofing marks carry no text.
BLOCK_TAGS = frozenset({qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:customXml")})

_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_OTHER_FORMATS = [  # (leading bytes, what the file probably is)
    (b"{\\rtf", "an RTF document renamed .docx"),
    (b"%PDF", "a PDF renamed .docx"),
    (b"<?xml", "an XML file (perhaps a Word 2003 XML document), not a .docx package"),
    (b"<html", "an HTML file renamed .docx"),
]
# "<!DOCTYPE" in UTF-8 or either UTF-16 (a NUL after each character), in any case.
_DOCTYPE_ANYWHERE = re.compile(rb"<\x00?!\x00?" + rb"".join(rb"[%s%s]\x00?" % (c.encode(), c.lower().encode()) for c in "DOCTYPE"))
_DOCTYPE_IN_PROLOG = re.compile(
    r"^\ufeff?\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*)*<!DOCTYPE", re.DOTALL | re.IGNORECASE
)


def _parser_options() -> dict:
    return dict(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


class _BoundedStream:
    """A zip member's stream that refuses to inflate more than `limit` bytes."""

    def __init__(self, raw: BinaryIO, name: str, limit: int):
        self._raw, self._name, self._limit = raw, name, limit
        self.inflated = 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = self._limit + 1 - self.inflated
        data = self._raw.read(max(0, min(size, self._limit + 1 - self.inflated)))
        self.inflated += len(data)
        if self.inflated > self._limit:
            raise UnreadableFile(f"refused: {self._name} inflates to more than {_mb(self._limit)} (a zip bomb?)")
        return data

    def close(self) -> None:
        self._raw.close()


class DocxPackage:
    """An open .docx: the main document's body as a stream of blocks, and small parts on demand."""

    def __init__(self, path: Path, archive: zipfile.ZipFile):
        self.path = path
        self._zip = archive
        self.main_part = self._main_part_name()
        self.inflated = 0  # bytes of the main part inflated so far (tests check laziness)

    def body(self) -> Iterator[etree._Element]:
        """The top-level blocks of w:body (w:p, w:tbl, w:sdt), each as soon as it is complete.

        The part is inflated and parsed chunk by chunk, so stopping the iteration stops both:
        a cover sheet is the first 20-40 KB of a part of 100 KB to several MB, and its markup
        is the dense part (body text is long runs of characters), so most of a paper's XML is
        never inflated nor parsed. A block is complete once the next one has started. On a
        part longer than `WHOLE_PARSE_BYTES` the blocks already handed out are also detached
        now and then, so memory stays bounded; detaching costs a walk over each block's
        subtree in lxml, so a short part keeps its (small) tree instead.
        """
        detach = self._zip.getinfo(self.main_part).file_size > WHOLE_PARSE_BYTES
        stream = self._open(self.main_part, MAX_PART_BYTES)
        parser = etree.XMLPullParser(events=("start",), tag=(_DOCUMENT, _BODY), **_parser_options())
        body = None
        last = None  # on the short path: the last child of body handed out (or passed over)
        try:
            chunk = self._read(stream, FIRST_CHUNK_BYTES)
            _refuse_doctype(chunk, self.main_part)
            while True:
                self.inflated = stream.inflated
                try:
                    if chunk:
                        parser.feed(chunk)
                    else:
                        parser.close()
                except etree.XMLSyntaxError as exc:
                    if body is not None:  # what was complete before the error is still good
                        if detach:
                            yield from _complete_children(body, keep_last=1)
                        else:
                            yield from (child for child in _following(body, last, final=False) if child.tag in BLOCK_TAGS)
                    raise UnreadableFile(_xml_error(self.main_part, exc)) from None
                if body is None:
                    body = _find_body(parser, self.main_part)
                if body is None and (not chunk or stream.inflated > _BODY_WITHIN_BYTES):
                    raise UnreadableFile(f"not a Word document: {self.main_part} has no document body")
                if body is not None:
                    if detach:
                        yield from _complete_children(body, keep_last=1 if chunk else 0)
                    else:
                        for child in _following(body, last, final=not chunk):
                            last = child
                            if child.tag in BLOCK_TAGS:
                                yield child
                if not chunk:
                    return
                chunk = self._read(stream)
        finally:
            stream.close()

    def header_paragraphs(self) -> list[str]:
        """The text of each paragraph in the page headers (small parts, read on demand)."""
        return self._part_paragraphs("header")

    def footer_paragraphs(self) -> list[str]:
        """The text of each paragraph in the page footers ("Report author: …" at the foot)."""
        return self._part_paragraphs("footer")

    def _part_paragraphs(self, kind: str) -> list[str]:
        names = sorted(n for n in self._zip.namelist() if re.fullmatch(rf"word/{kind}\d*\.xml", n))
        texts: list[str] = []
        for name in names[:6]:
            root = self._small_xml(name)
            if root is None:
                continue
            from coversheet.word.text import paragraph_text

            texts.extend(paragraph_text(p).strip() for p in root.iter(qn("w:p")))
        return [t for t in texts if t]

    def vet_every_part(self) -> None:
        """Refuse the package unless every part is safe to inflate and parse whole.

        Reading a cover sheet touches a few parts; `render --template` and `--paper` hand the
        whole document to python-docx and docxcompose, which inflate every part. So each
        part's declared size is bounded (zipfile never inflates past it), and every XML part
        is refused if it carries a DOCTYPE (no entity is ever expanded).
        """
        total = 0
        for info in self._zip.infolist():
            total += info.file_size
            if total > MAX_PACKAGE_BYTES:
                raise UnreadableFile(f"refused: the parts inflate to over {_mb(MAX_PACKAGE_BYTES)} (a zip bomb?)")
            if info.filename.endswith((".xml", ".rels")):
                self._vet_xml_part(info.filename)
            elif info.file_size > MAX_PART_BYTES:
                self._open(info.filename, MAX_PART_BYTES)  # raises, naming the part

    def _vet_xml_part(self, name: str) -> None:
        """Refuse a part with a DOCTYPE anywhere in it, or that our parser cannot parse whole.

        The whole part is read: a DOCTYPE after a 40 KB comment is still a DOCTYPE. Parsing it
        here with the safe parser (no entities, libxml2's depth limit of 256) means that the
        libraries the document is handed to next never meet XML they would fail on.
        """
        stream = self._open(name, MAX_PART_BYTES)
        parser = etree.XMLParser(**_parser_options())
        tail = b""
        try:
            while True:
                chunk = self._read(stream, 256 * 1024)
                if _DOCTYPE_ANYWHERE.search(tail + chunk):
                    raise UnreadableFile(f"refused: {name} has a DOCTYPE (entities are never expanded)")
                tail = chunk[-32:]
                try:
                    if not chunk:
                        parser.close()
                        return
                    parser.feed(chunk)
                except etree.XMLSyntaxError as exc:
                    raise UnreadableFile(_xml_error(name, exc)) from None
        finally:
            stream.close()

    def _main_part_name(self) -> str:
        names = set(self._zip.namelist())
        if MAIN_DOCUMENT in names:
            return MAIN_DOCUMENT
        rels = self._small_xml("_rels/.rels")
        if rels is not None:
            for rel in rels:
                if (rel.get("Type") or "").endswith(_OFFICE_DOCUMENT_REL):
                    target = (rel.get("Target") or "").lstrip("/")
                    if target in names:
                        return target
        raise UnreadableFile("not a Word document: the zip package has no word/document.xml")

    def _small_xml(self, name: str) -> etree._Element | None:
        """A small part parsed whole (relationships, headers); None when absent or broken."""
        try:
            stream = self._open(name, MAX_SMALL_PART_BYTES)
        except KeyError:
            return None
        try:
            data = self._read(stream, MAX_SMALL_PART_BYTES + 1)
        finally:
            stream.close()
        _refuse_doctype(data, name)
        try:
            return etree.fromstring(data, etree.XMLParser(**_parser_options()))
        except etree.XMLSyntaxError:
            return None

    def _open(self, name: str, limit: int) -> _BoundedStream:
        info = self._zip.getinfo(name)  # KeyError when absent
        if info.file_size > limit:
            raise UnreadableFile(
                f"refused: {name} declares {_mb(info.file_size)} inflated, over the {_mb(limit)} limit (a zip bomb?)"
            )
        if info.flag_bits & 0x1:
            raise UnreadableFile(f"not readable: {name} is encrypted inside the zip")
        if info.compress_type not in _COMPRESSIONS:
            # zipfile would refuse it anyway; say why in the user's terms.
            raise UnreadableFile(f"not a valid Word document: {name} uses a compression Word never writes")
        try:
            return _BoundedStream(self._zip.open(info), name, limit)
        except (zipfile.BadZipFile, OSError) as exc:
            raise UnreadableFile(f"not a valid Word document: cannot open {name} ({exc})") from None

    def _read(self, stream: _BoundedStream, size: int = CHUNK_BYTES) -> bytes:
        try:
            return stream.read(size)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise UnreadableFile(f"not a valid Word document: {stream._name} is corrupt ({exc})") from None


@contextmanager
def open_package(path: Path | str) -> Iterator[DocxPackage]:
    """Open `path` as a .docx package, or raise `UnreadableFile` saying what it probably is."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
            if not head:
                raise UnreadableFile("empty file (0 bytes)")
            if head.startswith(_OLE_MAGIC):
                raise UnreadableFile(_describe_ole(handle))
            if not head.startswith(b"PK"):
                raise UnreadableFile(_describe_other(path, handle))
            entries = _declared_entries(handle)
            if entries is not None and entries > MAX_ENTRIES:
                raise UnreadableFile(f"refused: the zip declares {entries:,} parts (a Word document has a few dozen)")
            handle.seek(0)
            try:
                archive = zipfile.ZipFile(handle)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
                raise UnreadableFile(f"not a valid Word document: truncated or corrupt zip ({exc})") from None
            with archive:
                _refuse_malformed_package(archive)
                yield DocxPackage(path, archive)
    except OSError as exc:
        raise UnreadableFile(f"cannot read the file: {exc.strerror or exc}") from None


def _refuse_malformed_package(archive: zipfile.ZipFile) -> None:
    """Refuse what Word itself refuses, and what readers would read differently.

    Two members of one name are read as the first by one library and the last by another,
    so what is checked need not be what the board sees; without `[Content_Types].xml` Word
    cannot open the file at all, so a check must not pass it.
    """
    names = archive.namelist()
    if len(names) != len(set(names)):
        seen: set[str] = set()
        twice = next(name for name in names if name in seen or seen.add(name))
        raise UnreadableFile(f"refused: the zip holds two parts named {twice} (Word reads one, other tools the other)")
    if "[Content_Types].xml" not in names:
        raise UnreadableFile("not a valid Word document: it has no [Content_Types].xml, so Word cannot open it")


def _declared_entries(handle: BinaryIO) -> int | None:
    """How many parts the zip's end record declares, read before zipfile lists them all.

    zipfile reads the whole central directory up front; a forged one with millions of entries
    would cost that much time and memory before any other check could refuse it. 0xFFFF means
    a ZIP64 archive (over 65,535 parts or 4 GB), which no Word document needs.
    """
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    tail = min(size, _EOCD_SEARCH)
    handle.seek(size - tail)
    data = handle.read(tail)
    at = data.rfind(b"PK\x05\x06")
    if at < 0 or at + 12 > len(data):
        return None  # zipfile will say what is wrong
    return int.from_bytes(data[at + 10 : at + 12], "little")


def open_body(path: Path | str) -> Iterator[etree._Element]:
    """The top-level blocks of a .docx body, parsed lazily (see `DocxPackage.body`)."""
    with open_package(path) as package:
        yield from package.body()


def _find_body(parser: etree.XMLPullParser, part: str) -> etree._Element | None:
    for _, element in parser.read_events():
        if element.tag == _DOCUMENT:
            info = element.getroottree().docinfo
            if info.doctype or info.internalDTD is not None:
                raise UnreadableFile(f"refused: {part} has a DOCTYPE (entities are never expanded)")
        elif element.tag == _BODY:
            parent = element.getparent()
            if parent is not None and parent.tag == _DOCUMENT and parent.getparent() is None:
                return element  # the body of the w:document root, not a w:body found elsewhere
    return None


def _following(body: etree._Element, last: etree._Element | None, final: bool) -> Iterator[etree._Element]:
    """The children of `body` after `last` that are complete: each has a next sibling, or
    the parse is over (`final`). Walking by `getnext` keeps each step O(1)."""
    child = last.getnext() if last is not None else (body[0] if len(body) else None)
    while child is not None:
        following = child.getnext()
        if following is None and not final:
            return
        yield child
        child = following


def _complete_children(body: etree._Element, keep_last: int) -> Iterator[etree._Element]:
    """Hand out a copy of each finished child, and free the child (the last one may still be
    growing): dropping what was read is what bounds memory on a long paper.

    Not `body.remove(child)`: lxml then re-homes the namespaces of every node below the
    child, one search per node over the declarations it has added so far, which is
    quadratic (a table of 40,000 rows took a minute) and one C call no time budget can
    interrupt. A copy into a document of its own is linear, and once no Python object
    refers to the original, deleting it frees it without that walk. A copy is detached, as
    a removed child was, so readers see the same thing. Small documents take the
    whole-parse path and are never copied.
    """
    while len(body) > keep_last:
        child = body[0]
        handed = copy.copy(child) if child.tag in BLOCK_TAGS else None
        del child  # the last reference from Python: lxml can now free it without fixing it up
        del body[0]
        if handed is not None:
            yield handed


def _refuse_doctype(chunk: bytes, part: str) -> None:
    # Checked on the raw bytes too, so that libxml2 never even reads the declarations.
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = chunk[:4096].decode("utf-16", errors="ignore")
    else:
        head = chunk[:4096].decode("utf-8", errors="ignore")
    # The pattern needs this literal; without it, the lazy prolog groups would be tried
    # against the whole head before failing, on every file.
    if "<!doctype" in head.lower() and _DOCTYPE_IN_PROLOG.match(head):
        raise UnreadableFile(f"refused: {part} has a DOCTYPE (entities are never expanded)")


def _xml_error(part: str, exc: etree.XMLSyntaxError) -> str:
    message = str(exc).splitlines()[0] if str(exc) else "malformed XML"
    if "amplification" in message or "entity" in message.lower():
        return f"refused: {part} uses XML entities ({message})"
    return f"not a valid Word document: {part} is not well-formed XML ({message})"


def _describe_ole(handle: BinaryIO) -> str:
    """An OLE container: an encrypted (password-protected) .docx, or an old binary .doc."""
    handle.seek(0)
    seen = b""
    for _ in range(64):  # the directory sits near the start or the end; 64 MB is plenty
        block = handle.read(1024 * 1024)
        if not block:
            break
        seen = seen[-64:] + block
        if "EncryptedPackage".encode("utf-16-le") in seen or "EncryptionInfo".encode("utf-16-le") in seen:
            return "not readable: a password-protected (encrypted) Word document; save it without a password"
        if "WordDocument".encode("utf-16-le") in seen:
            return "not a .docx: a Word 97-2003 .doc file renamed .docx; save it as .docx in Word"
    return "not a .docx: an OLE compound file (a renamed .doc, or a password-protected document)"


def _describe_other(path: Path, handle: BinaryIO) -> str:
    if path.name.startswith("~$"):
        return "not a Word document: a Word owner (lock) file, written while the document is open"
    handle.seek(0)
    start = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    for magic, what in _OTHER_FORMATS:
        if start.startswith(magic.lower()):
            return f"not a Word document: {what}"
    return "not a Word document: not a zip package"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"
