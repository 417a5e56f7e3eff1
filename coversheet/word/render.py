"""Render a cover sheet into Word: the standard template filled from the model with docxtpl.

Rendering has two steps. docxtpl fills the template's Jinja tags with the sheet's text (loops
make one row or line per list item). Then `bind` sets what Jinja cannot express inside a valid
Word document: each check box's ticked state and glyph, each date picker's stored date, and
the list containers of lists that were not answered. Both steps go by the content-control
tags (the scheme is in `coversheet.word.tagged`), so an organisation's own template works as
long as it keeps the tags; the document reads back exactly with `tagged.read_tagged`.

The template is read, patched and compiled once (`SheetTemplate`, cached while its file is
unchanged), so rendering many drafts in one process pays for it once.

Text reaches the document escaped (`&`, `<`, quotes) with its newlines as line breaks
(docxtpl turns "\\n" in a value into `w:br`); braces are written as character references so
docxtpl's own `{_{` escapes never alter a value.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import os
import re
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.oxml.ns import nsmap as docx_nsmap
from docx.oxml.parser import parse_xml
from docxtpl import DocxTemplate
from jinja2 import ChainableUndefined, Environment
from lxml import etree
from markupsafe import Markup, escape

from coversheet.model import CoverSheet
from coversheet.outputs import write_atomic
from coversheet.resources import data_path
from coversheet.dates.uk import uk_date
from coversheet.word.ns import qn
from coversheet.word.tagged import (
    MULTIPLE_CHOICE,
    answer_path,
    controls_within,
    model_paths,
    parse_tag,
    tag_text,
)

BOX_CHECKED, BOX_UNCHECKED = "\u2612", "\u2610"
DAY_FORMAT, MONTH_FORMAT = "d MMMM yyyy", "MMMM yyyy"
STANDARD_IMPLICATIONS = ("quality", "equality", "privacy", "financial")

_SDT_PR, _SDT_CONTENT = qn("w:sdtPr"), qn("w:sdtContent")

# What docxtpl renders besides the body, headers and footers (`DocxTemplate.render_properties`
# and `render_footnotes`), and how it puts each paragraph on a line of its own for Jinja.
_RENDERED_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_PARAGRAPH, _PARAGRAPH_LINE = re.compile(r"<w:p([ >])"), re.compile(r"\n<w:p([ >])")


def default_template() -> Path:
    """The standard ICS Board cover sheet template shipped with the package."""
    return data_path("templates", "coversheet.docx")


def render_sheet(
    sheet: CoverSheet,
    out: Path,
    *,
    template: Path | SheetTemplate | None = None,
    paper: Path | None = None,
    force: bool = False,
) -> Path:
    """Write `sheet` as a Word cover sheet to `out` (atomically), followed by `paper`'s body if given.

    `template` is a path (loaded once and kept while the file is unchanged) or a loaded
    `SheetTemplate`. Raises `coversheet.outputs.OutputExists` when `out` exists and `force` is false.
    """
    loaded = template if isinstance(template, SheetTemplate) else load_template(template or default_template())
    if paper is not None:
        vet_docx(paper, "paper")

    def write(path: Path) -> None:
        if paper is None:
            path.write_bytes(loaded.render(sheet))
            return
        from docxcompose.composer import Composer

        composer = Composer(Document(io.BytesIO(loaded.render(sheet, page_break=True))))
        composer.append(Document(str(paper)))
        composer.save(str(path))

    return write_atomic(Path(out), write, force=force)


def fill_template(sheet: CoverSheet, template: Path | SheetTemplate):
    """The python-docx document of `template` filled with `sheet` (not saved)."""
    loaded = template if isinstance(template, SheetTemplate) else load_template(template)
    return Document(io.BytesIO(loaded.render(sheet)))


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
        self._environment = Environment(autoescape=True, undefined=ChainableUndefined, finalize=_blank_for_none)
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
            setattr(properties, name, compiled.render(context))
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


# --- the Jinja context -------------------------------------------------------------------------


def render_context(sheet: CoverSheet) -> dict[str, Any]:
    """What the template's Jinja tags see: `sheet` (the draft, texts escaped, dates in UK style)
    and `extra_implications` (the board's own implications present in the draft)."""
    view = _view(sheet.model_dump(mode="python"), "")
    extras = []
    if sheet.implications is not None:
        for name, implication in (sheet.implications.model_extra or {}).items():
            label = f"{name.replace('_', ' ').capitalize()} Impact Assessment Completed"
            extras.append((name, label, (view.get("implications") or {}).get(name)))
    return {"sheet": view, "extra_implications": extras}


def _view(value: Any, path: str) -> Any:
    if isinstance(value, dict):
        return {key: _view(item, f"{path}.{key}" if path else key) for key, item in value.items()}
    if isinstance(value, list):
        return [_view(item, path) for item in value]
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return uk_date(value)
    if hasattr(value, "value"):  # Answer, PurposeCategory
        return value.value
    if isinstance(value, str):
        if path == "governance.date":  # only a month is known: "2020-11"
            return uk_date(value)
        return Markup(str(escape(value)).replace("{", "&#123;").replace("}", "&#125;"))
    return value


def _blank_for_none(value: Any) -> Any:
    return "" if value is None else value


# --- binding control state by tag ---------------------------------------------------------------


def bind(body: etree._Element, sheet: CoverSheet) -> None:
    """Tick check boxes, store dates and drop the containers of unanswered lists, by tag."""
    data = sheet.model_dump(mode="python")
    _bind_within(body, data, None, {})
    for cell in body.iter(qn("w:tc")):
        if cell.find(".//" + qn("w:p")) is None:
            etree.SubElement(cell, qn("w:p"))  # an emptied cell still needs a paragraph


def _bind_within(element: etree._Element, data: dict, item: tuple[str, dict] | None, counters: dict) -> None:
    for sdt in list(controls_within(element)):
        tag = parse_tag(tag_text(sdt))
        content = sdt.find(_SDT_CONTENT)
        if tag is None:
            if content is not None:
                _bind_within(content, data, item, counters)
        elif tag.kind == "choice":
            _set_checked(sdt, _is_chosen(data, tag.path, tag.value))
        elif tag.kind == "list":
            if content is not None:
                _bind_within(content, data, item, counters)
            if _lookup(data, tag.path) is None:
                _unwrap(sdt)
        elif tag.kind == "item":
            index = counters.get(tag.path, 0)
            counters[tag.path] = index + 1
            entries = _lookup(data, tag.path) or []
            entry = entries[index] if index < len(entries) else None
            if isinstance(entry, dict) and content is not None:
                _bind_within(content, data, (tag.path, entry), counters)
        elif tag.kind == "item-value":
            if item is not None and item[0] == tag.path:
                _set_date(sdt, item[1].get(tag.field))
        else:
            _set_date(sdt, _lookup(data, tag.path))


def _is_chosen(data: dict, path: str, offered: str) -> bool:
    if path in MULTIPLE_CHOICE:
        return offered in [_plain(v) for v in _lookup(data, path) or []]
    value = _lookup(data, answer_path(path))
    if offered == "none" and isinstance(value, list):
        return value == []  # the form's "None" box on a list
    if isinstance(value, bool):
        return offered == ("yes" if value else "no")
    return value is not None and _plain(value) == offered


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def _lookup(data: dict, path: str) -> Any:
    node: Any = data
    for name in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(name)
    return node


def _first_child(parent: etree._Element, tag: str) -> etree._Element:
    """`parent`'s `tag` child, created first among its children when it has none (schema order)."""
    child = parent.find(qn(tag))
    if child is None:
        child = etree.Element(qn(tag))
        parent.insert(0, child)
    return child


def _set_checked(sdt: etree._Element, checked: bool) -> None:
    box = sdt.find(f"{_SDT_PR}/{qn('w14:checkbox')}")
    if box is None:
        return
    state = _first_child(box, "w14:checked")
    state.set(qn("w14:val"), "1" if checked else "0")
    texts = sdt.findall(f"{_SDT_CONTENT}//{qn('w:t')}")
    if texts:
        texts[0].text = BOX_CHECKED if checked else BOX_UNCHECKED
        for extra in texts[1:]:
            extra.text = ""


def _set_date(sdt: etree._Element, value: Any) -> None:
    """Store a date picker's date; the text shown was written by the template."""
    picker = sdt.find(f"{_SDT_PR}/{qn('w:date')}")
    if picker is None:
        return
    shown_as = _first_child(picker, "w:dateFormat")
    if isinstance(value, dt.date):
        picker.set(qn("w:fullDate"), f"{value.isoformat()}T00:00:00Z")
        shown_as.set(qn("w:val"), DAY_FORMAT)
    elif isinstance(value, str):  # a month: stored as its first day, shown without a day
        picker.set(qn("w:fullDate"), f"{value}-01T00:00:00Z")
        shown_as.set(qn("w:val"), MONTH_FORMAT)
    else:
        picker.attrib.pop(qn("w:fullDate"), None)


def _unwrap(sdt: etree._Element) -> None:
    """Replace a control by its content (a list that was not answered has no container)."""
    parent = sdt.getparent()
    content = sdt.find(_SDT_CONTENT)
    position = parent.index(sdt)
    for offset, child in enumerate(list(content) if content is not None else []):
        parent.insert(position + offset, child)
    parent.remove(sdt)


def number_controls(body: etree._Element) -> None:
    """Give every control a distinct id: loops in the template copied the same one."""
    for number, control_id in enumerate(body.iter(qn("w:id")), start=1):
        if control_id.getparent().tag == _SDT_PR:
            control_id.set(qn("w:val"), str(100000 + number))


def _set_properties(properties: CoreProperties, sheet: CoverSheet) -> None:
    """Title, subject and author for screen readers and search (accessibility regulations)."""
    properties.title = sheet.title or ""
    about = [sheet.board or "Board"]
    if sheet.meeting_date:
        about.append(f"meeting of {uk_date(sheet.meeting_date)}")
    if sheet.agenda_item:
        about.append(f"agenda item {sheet.agenda_item}")
    properties.subject = "Cover sheet: " + ", ".join(about)
    properties.author = "; ".join(p.name for p in sheet.authors or [] if p.name) or "coversheet"
    properties.language = "en-GB"
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


# --- checking an organisation's template ---------------------------------------------------------


def audit_template(template: Path) -> tuple[list[str], list[str]]:
    """(tags in `template` that are not fields of the model, model fields it never shows).

    A tag holding a Jinja expression (`implications.{{ name }}=yes`, a row repeated for each
    board-configured implication) stands for any name at that place.
    """
    from docx import Document as open_document

    body = open_document(str(template)).element.body
    known = model_paths()
    shown: set[str] = set()
    unknown: list[str] = []
    for sdt in body.iter(qn("w:sdt")):
        text = tag_text(sdt)
        if not text:
            continue
        field = _field_shown(parse_tag(text.replace("{{", "").replace("}}", "").replace(" ", "")), known)
        if field is None and "{{" not in text:
            unknown.append(text)
        elif field:
            shown.add(field)
    unshown = [path for path in known if path not in shown]
    return list(dict.fromkeys(unknown)), unshown


def _field_shown(tag, known: dict[str, str]) -> str | None:
    """The model field a tag shows ("" for the end marker), or None if it is none of them."""
    if tag is None:
        return None
    if tag.kind == "end":
        return ""
    if tag.kind == "item-value":
        path = f"{tag.path}[*].{tag.field}"
    elif tag.kind in ("list", "item") or (tag.kind == "choice" and tag.value == "none"):
        if tag.path in known:  # recommendations, purpose.categories
            return tag.path if tag.kind != "choice" else ""
        return "" if any(p.startswith(f"{tag.path}[*].") for p in known) else None
    else:
        path = tag.path
    return path if path in known else None
