"""A cover-sheet template: vetted, read, patched and compiled once, then rendered for any number
of sheets (docxtpl's work, done once instead of once a render)."""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.oxml.ns import nsmap as docx_nsmap
from docx.oxml.parser import parse_xml
from docxtpl import DocxTemplate
from jinja2 import ChainableUndefined, Environment
from lxml import etree

from coversheet.dates.uk import uk_date
from coversheet.model import CoverSheet
from coversheet.resources import data_path
from coversheet.word.writing.binding import bind, number_controls
from coversheet.word.ns import qn
from coversheet.word.properties import describe, fitted
from coversheet.word.tags import tag_text
from coversheet.word.writing.view import blank_for_none, render_context

_SDT_CONTENT = qn("w:sdtContent")
_PARAGRAPH, _PARAGRAPH_LINE = re.compile(r"<w:p([ >])"), re.compile(r"\n<w:p([ >])")



# What docxtpl renders besides the body, headers and footers (`DocxTemplate.render_properties`
# and `render_footnotes`), and how it puts each paragraph on a line of its own for Jinja.
_RENDERED_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")


_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def default_template() -> Path:
    """The standard ICS Board cover sheet template shipped with the package."""
    return data_path("templates", "coversheet.docx")


def vet_docx(path: Path, what: str) -> None:
    """Refuse a .docx that python-docx or docxcompose would read whole, unless it is safe.

    Raises `UnreadableFile` naming `what` (template, paper) for a file that is no Word
    document, is encrypted, would inflate like a zip bomb, or carries a DOCTYPE.
    """
    from coversheet.errors import UnreadableFile

    try:
        stat = Path(path).stat()
        _vet_unchanged(Path(path).resolve(), stat.st_mtime_ns, stat.st_size)
    except UnreadableFile as exc:
        raise UnreadableFile(f"{what} {path}: {exc.message}") from None
    except OSError as exc:
        raise UnreadableFile(f"{what} {path}: {exc.strerror or exc}") from None


@functools.lru_cache(maxsize=8)
def _vet_unchanged(path: Path, mtime_ns: int, size: int) -> None:
    # One paper appended to many drafts is vetted once while the file is unchanged; a refusal
    # raises, and is not cached.
    from coversheet.word.package import open_package

    with open_package(path) as package:
        package.vet_every_part()


def load_template(template: Path) -> SheetTemplate:
    """`template` loaded and compiled, from a cache of the last few while the file is unchanged.

    Raises `UnreadableFile` for a template that is unsafe or that docxtpl cannot use.
    """
    path = Path(template).resolve()
    try:
        stat = path.stat()
    except OSError as exc:
        from coversheet.errors import UnreadableFile

        raise UnreadableFile(f"template {template}: {exc.strerror or exc}") from None
    return _load_template(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _load_template(path: Path, mtime_ns: int, size: int) -> SheetTemplate:
    from coversheet.errors import UnreadableFile

    vet_docx(path, "template")
    try:
        return SheetTemplate(path)
    except Exception as exc:  # noqa: BLE001 - python-docx and Jinja fail in many ways; all mean "unusable"
        raise UnreadableFile(f"template {path}: not a usable Word template ({type(exc).__name__}: {exc})") from None


class SheetTemplate:
    """A cover-sheet template read, prepared and compiled once, then rendered for any number of sheets.

    docxtpl, used as is, opens the package, re-serialises the body, patches its Jinja tags
    with regular expressions and compiles the result on every render, then python-docx
    re-serialises and recompresses every part (800 kB of styles) on every save. Here all of
    that happens once: each render runs the compiled Jinja templates, parses the body once
    (docxtpl's table fix-up), binds the controls on that tree, and writes a package whose
    unchanged parts are copied already compressed, the rendered ones appended after them.
    The parts hold what docxtpl and python-docx would write: the body, headers, footers and
    footnotes rendered the same way (docxtpl's own patching, listing and table fix-ups; the
    footnotes once, where docxtpl renders them again for each further section), the core
    properties rendered then set, and every other part as python-docx saves it.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self._environment = Environment(autoescape=True, undefined=ChainableUndefined, finalize=blank_for_none)
        docxtpl = DocxTemplate(io.BytesIO(self.path.read_bytes()))
        docxtpl.init_docx()
        self._docxtpl = docxtpl  # for its stateless fix-ups: resolve_listing, fix_tables
        document = docxtpl.docx
        main = document.part

        root = document.element
        self._body_index = root.index(root.body)
        self._body = self._compile(docxtpl.patch_xml(docxtpl.get_xml()))
        self._shell = copy.deepcopy(root)
        self._shell.remove(self._shell.body)
        self._document_member = main.partname.membername

        self._parts: list[tuple[str, Any, str]] = []  # (member, compiled template, encoding): headers, footers
        for uri in (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI):
            for _, part in docxtpl.get_headers_footers(uri):
                xml = docxtpl.get_part_xml(part)
                compiled = self._compile(docxtpl.patch_xml(xml))
                self._parts.append((part.partname.membername, compiled, docxtpl.get_headers_footers_encoding(xml)))
        self._footnotes: list[tuple[str, Any]] = []
        if document.sections:  # docxtpl renders footnotes per section, found among all parts
            for part in main.package.parts:
                if part.content_type == _FOOTNOTES_TYPE:
                    blob = part.blob.decode("utf-8") if isinstance(part.blob, bytes) else part.blob
                    self._footnotes.append((part.partname.membername, self._compile(docxtpl.patch_xml(blob))))

        document.core_properties  # noqa: B018 (python-docx adds the part, with defaults, if the template has none)
        core = main.package.part_related_by(RT.CORE_PROPERTIES)
        self._core_member = core.partname.membername
        self._core = copy.deepcopy(core.element)
        self._properties = [(name, self._environment.from_string(getattr(core.core_properties, name)))
                            for name in _RENDERED_PROPERTIES]

        self._unchanged = self._unchanged_parts(document)

    def render(self, sheet: CoverSheet, *, page_break: bool = False) -> bytes:
        """The .docx of `sheet` (with a page break after the sheet when a paper follows)."""
        context = render_context(sheet)
        body = self._docxtpl.fix_tables(self._render(self._body, context))
        for number, drawing in enumerate(body.xpath("//wp:docPr", namespaces=docx_nsmap), start=1001):
            drawing.attrib["id"] = str(number)  # docxtpl's fix_docpr_ids
        bind(body, sheet)
        number_controls(body)
        if page_break:
            _break_page_after_sheet(body)
        root = copy.deepcopy(self._shell)
        root.insert(self._body_index, body)

        members = {self._document_member: serialize_part_xml(root)}
        for member, compiled, encoding in self._parts:
            members[member] = serialize_part_xml(parse_xml(self._render(compiled, context).encode(encoding)))
        for member, compiled in self._footnotes:
            members[member] = self._render(compiled, context).encode("utf-8")
        core = copy.deepcopy(self._core)
        properties = CoreProperties(core)
        for name, compiled in self._properties:
            setattr(properties, name, fitted(compiled.render(context)))
        _set_properties(properties, sheet)
        members[self._core_member] = serialize_part_xml(core)

        buffer = io.BytesIO(self._unchanged)
        with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as package:
            for member, data in members.items():
                package.writestr(member, data)
        return buffer.getvalue()

    def _compile(self, xml: str):
        """docxtpl's `render_xml_part`, first half: one paragraph a line (for error lines), compiled."""
        return self._environment.from_string(_PARAGRAPH.sub(r"\n<w:p\1", xml))

    def _render(self, compiled, context: dict[str, Any]) -> str:
        """docxtpl's `render_xml_part`, second half: the compiled part rendered and tidied."""
        xml = _PARAGRAPH_LINE.sub(r"<w:p\1", compiled.render(context))
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        return self._docxtpl.resolve_listing(xml)

    def _unchanged_parts(self, document) -> bytes:
        """A zip of every part a render does not change, as python-docx saves it."""
        saved = io.BytesIO()
        document.save(saved)
        rendered = {self._document_member, self._core_member, *(m for m, _, _ in self._parts), *(m for m, _ in self._footnotes)}
        unchanged = io.BytesIO()
        with zipfile.ZipFile(saved) as source, zipfile.ZipFile(unchanged, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                if info.filename not in rendered:
                    target.writestr(info, source.read(info))
        return unchanged.getvalue()


def _set_properties(properties: CoreProperties, sheet: CoverSheet) -> None:
    """Title, subject and author for screen readers and search (accessibility regulations)."""
    about = [sheet.board or "Board"]
    if sheet.meeting_date:
        about.append(f"meeting of {uk_date(sheet.meeting_date)}")
    if sheet.agenda_item:
        about.append(f"agenda item {sheet.agenda_item}")
    describe(properties, title=sheet.title or "", subject="Cover sheet: " + ", ".join(about),
             author="; ".join(p.name for p in sheet.authors or [] if p.name) or "coversheet")
    properties.modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _break_page_after_sheet(body: etree._Element) -> None:
    """The paper's body starts on a new page, after the end-of-sheet marker."""
    for sdt in body.iter(qn("w:sdt")):
        if tag_text(sdt) == "coversheet.end":
            paragraph = sdt.find(f"{_SDT_CONTENT}/{qn('w:p')}")
            if paragraph is not None:
                run = etree.SubElement(paragraph, qn("w:r"))
                etree.SubElement(run, qn("w:br")).set(qn("w:type"), "page")
            return
