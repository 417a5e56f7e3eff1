"""Render a cover sheet into Word: the standard template filled from the model with docxtpl.

Rendering has two steps. docxtpl fills the template's Jinja tags with the sheet's text (loops
make one row or line per list item). Then `bind` sets what Jinja cannot express inside a valid
Word document: each check box's ticked state and glyph, each date picker's stored date, and
the list containers of lists that were not answered. Both steps go by the content-control
tags (the scheme is in `coversheet.word.tagged`), so an organisation's own template works as
long as it keeps the tags; the document reads back exactly with `tagged.read_tagged`.

Text reaches the document escaped (`&`, `<`, quotes) with its newlines as line breaks
(docxtpl turns "\\n" in a value into `w:br`); braces are written as character references so
docxtpl's own `{_{` escapes never alter a value.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from docx import Document
from docxtpl import DocxTemplate
from jinja2 import ChainableUndefined, Environment
from lxml import etree
from markupsafe import Markup, escape

from coversheet.findings import FileResult, Status
from coversheet.model import CoverSheet
from coversheet.outputs import OutputExists, write_atomic
from coversheet.word.ns import qn
from coversheet.word.tagged import MULTIPLE_CHOICE, answer_path, controls_within, model_paths, parse_tag, tag_text

BOX_CHECKED, BOX_UNCHECKED = "\u2612", "\u2610"
DAY_FORMAT, MONTH_FORMAT = "d MMMM yyyy", "MMMM yyyy"
STANDARD_IMPLICATIONS = ("quality", "equality", "privacy", "financial")

_SDT_PR, _SDT_CONTENT = qn("w:sdtPr"), qn("w:sdtContent")


def default_template() -> Path:
    """The standard ICS Board cover sheet template shipped with the package."""
    return Path(str(resources.files("coversheet") / "data" / "templates" / "coversheet.docx"))


def render_sheet(
    sheet: CoverSheet,
    out: Path,
    *,
    template: Path | None = None,
    paper: Path | None = None,
    force: bool = False,
) -> Path:
    """Write `sheet` as a Word cover sheet to `out` (atomically), followed by `paper`'s body if given.

    Raises `coversheet.outputs.OutputExists` when `out` exists and `force` is false.
    """

    def write(path: Path) -> None:
        document = fill_template(sheet, template or default_template())
        if paper is None:
            document.save(str(path))
            return
        _break_page_after_sheet(document)
        from docxcompose.composer import Composer

        composer = Composer(document)
        composer.append(Document(str(paper)))
        composer.save(str(path))

    return write_atomic(Path(out), write, force=force)


def fill_template(sheet: CoverSheet, template: Path):
    """The python-docx document of `template` filled with `sheet` (not saved)."""
    document = DocxTemplate(str(template))
    environment = Environment(autoescape=True, undefined=ChainableUndefined, finalize=_blank_for_none)
    document.render(render_context(sheet), jinja_env=environment)
    body = document.docx.element.body
    bind(body, sheet)
    number_controls(body)
    _set_properties(document.docx, sheet)
    return document.docx


# --- rendering drafts (what `coversheet render` does) ----------------------------------------------


@dataclass
class RenderOutcome:
    """What became of one draft: written, refused for its findings, or a problem with the output."""

    draft: Path
    out: Path
    refused: FileResult | None = None  # the check result when error-level findings stop it
    problem: str | None = None  # e.g. the output exists and --force was not given


def plan_outputs(drafts: list[Path], output: Path) -> list[tuple[Path, Path]]:
    """Each draft with the .docx it renders to: `output` itself for one draft, else a file in it."""
    as_folder = len(drafts) > 1 or output.is_dir() or str(output).endswith(("/", os.sep))
    if not as_folder:
        if output.suffix.lower() != ".docx":
            raise ValueError(f"{output}: the output of one draft is a .docx file (or name a folder)")
        return [(drafts[0], output)]
    if output.exists() and not output.is_dir():
        raise ValueError(f"{output} is a file: several drafts render into a folder")
    jobs = [(draft, output / f"{draft.stem}.docx") for draft in drafts]
    seen: dict[Path, Path] = {}
    for draft, out in jobs:
        if out in seen:
            raise ValueError(f"{seen[out]} and {draft} would both render to {out}")
        seen[out] = draft
    return jobs


def render_draft(draft: Path, out: Path, options=None, *, template: Path | None = None,
                 paper: Path | None = None, force: bool = False) -> RenderOutcome:
    """Check `draft`; when nothing is at error level, render it to `out`."""
    from coversheet.check import CheckOptions, check_file, read_file, validate_raw
    from coversheet.config import config_for

    options = options or CheckOptions()
    result = check_file(draft, options)
    if result.status is not Status.PASS:
        return RenderOutcome(draft, out, refused=result)
    sheet, _ = validate_raw(read_file(draft), options.config or config_for(draft))
    try:
        render_sheet(sheet, out, template=template, paper=paper, force=force)
    except OutputExists as exc:
        return RenderOutcome(draft, out, problem=str(exc))
    return RenderOutcome(draft, out)


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


def uk_date(value: dt.date | str) -> str:
    """2 December 2020; a month alone ("2020-11") is November 2020."""
    if isinstance(value, str):
        return dt.date.fromisoformat(f"{value}-01").strftime("%B %Y")
    return f"{value.day} {value.strftime('%B %Y')}"


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


def _set_checked(sdt: etree._Element, checked: bool) -> None:
    box = sdt.find(f"{_SDT_PR}/{qn('w14:checkbox')}")
    if box is None:
        return
    state = box.find(qn("w14:checked"))
    if state is None:
        state = etree.Element(qn("w14:checked"))
        box.insert(0, state)
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
    shown_as = picker.find(qn("w:dateFormat"))
    if shown_as is None:
        shown_as = etree.Element(qn("w:dateFormat"))
        picker.insert(0, shown_as)
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


def _set_properties(document, sheet: CoverSheet) -> None:
    """Title, subject and author for screen readers and search (accessibility regulations)."""
    properties = document.core_properties
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


def _break_page_after_sheet(document) -> None:
    """The paper's body starts on a new page, after the end-of-sheet marker."""
    for sdt in document.element.body.iter(qn("w:sdt")):
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
