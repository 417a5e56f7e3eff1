"""Build the Word templates in `coversheet/data/templates/` from code, reproducibly.

    python tools/build_templates.py            # writes coversheet.docx and form.docx

`coversheet.docx` is the standard ICS Board cover sheet as a docxtpl template: the layout of
the real sheets (a two-column metadata table, then a table whose section labels span the full
width), with every value in a content control tagged with its draft path (the scheme is in
`coversheet.word.readers.tagged`) and Jinja tags inside the controls for docxtpl. `form.docx` is the
same sheet as a fillable form: prompts, date pickers, check boxes and repeating rows.

The templates are built in code so that a change of layout is reviewed as a diff, but the
result is an ordinary Word document: a board restyles it in Word (the styles "Cover Label",
"Cover Note", "Tick Box", the table shading) and passes it to `coversheet render --template`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coversheet.word.ns import qn  # noqa: E402

TEMPLATES = ROOT / "coversheet" / "data" / "templates"
SHEET_TEMPLATE = TEMPLATES / "coversheet.docx"
FORM_TEMPLATE = TEMPLATES / "form.docx"

# A4 with 1.5 cm margins: 17.99 cm of text width, in twentieths of a point.
TEXT_WIDTH = 10200
LABEL_WIDTH = 4200
TICK_WIDTHS = [1000] * 6  # Yes | box | No | box | N/A | box
META_LABEL_WIDTH = 3000
LABEL_FILL = "D9E2F3"
BOX_UNCHECKED, BOX_CHECKED = "\u2610", "\u2612"
FIXED_DATE = dt.datetime(2020, 12, 2, tzinfo=dt.timezone.utc)  # reproducible core properties

IMPLICATIONS = [
    ("quality", "Quality Impact Assessment Completed"),
    ("equality", "Equality Impact Assessment Completed"),
    ("privacy", "Privacy Impact Assessment Completed"),
    ("financial", "Financial Impact Assessment Completed"),
]
ANSWERS = [("yes", "Yes"), ("no", "No"), ("n/a", "N/A")]
CATEGORIES = ["approval", "endorsement", "discussion", "assurance", "information"]


def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    """An OOXML element: `el("w:p", {"w:rsidR": "1"}, child, ...)`."""
    element = etree.Element(qn(tag), {qn(k): v for k, v in (attrs or {}).items()})
    element.extend(children)
    return element


class Layout:
    """The cover sheet's layout, as the standard sheet ("sheet") or as a form ("form")."""

    def __init__(self, mode: str):
        assert mode in ("sheet", "form")
        self.mode = mode
        self._ids = itertools.count(1001)

    # --- runs and paragraphs ----------------------------------------------------------------

    def run(self, text: str = "", *, style: str | None = None, bold: bool = False) -> etree._Element:
        properties = el("w:rPr")
        if style:
            properties.append(el("w:rStyle", {"w:val": style}))
        if bold:
            properties.append(el("w:b"))
        run = el("w:r")
        if len(properties):
            run.append(properties)
        t = el("w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")  # keep spaces around values
        t.text = text
        run.append(t)
        return run

    def para(self, *content: etree._Element, style: str | None = None) -> etree._Element:
        paragraph = el("w:p")
        if style:
            paragraph.append(el("w:pPr", None, el("w:pStyle", {"w:val": style})))
        paragraph.extend(content)
        return paragraph

    def jinja(self, statement: str, level: str = "r") -> etree._Element:
        """A docxtpl statement in its own run (`r`), paragraph (`p`) or table row (`tr`).

        docxtpl replaces that whole run, paragraph or row with the statement when rendering.
        """
        run = self.run(f"{{%{level} {statement} %}}")
        if level == "r":
            return run
        return self.para(run) if level == "p" else self.row(self.cell(TEXT_WIDTH, self.para(run), span=7))

    # --- content controls ---------------------------------------------------------------------

    def _sdt(self, tag: str, alias: str, content: list[etree._Element], *extra_pr: etree._Element,
             placeholder: bool = False) -> etree._Element:
        properties = el("w:sdtPr", None, el("w:alias", {"w:val": alias}), el("w:tag", {"w:val": tag}),
                        el("w:id", {"w:val": str(next(self._ids))}))
        if placeholder:
            properties.append(el("w:showingPlcHdr"))
        properties.extend(extra_pr)
        return el("w:sdt", None, properties, el("w:sdtContent", None, *content))

    def value(self, tag: str, alias: str, expression: str, prompt: str, *, date: bool = False,
              month: bool = False) -> etree._Element:
        """A run-level control holding one value: text, or a date picker for dates."""
        kind: list[etree._Element] = []
        if date:
            kind.append(el("w:date", None,
                           el("w:dateFormat", {"w:val": "d MMMM yyyy"}),
                           el("w:lid", {"w:val": "en-GB"}),
                           el("w:storeMappedDataAs", {"w:val": "dateTime"}),
                           el("w:calendar", {"w:val": "gregorian"})))
        else:  # plain text: other word processors keep its title (LibreOffice drops rich-text controls)
            kind.append(el("w:text", {"w:multiLine": "1"}))
        if self.mode == "form":
            return self._sdt(tag, alias, [self.run(prompt, style="PlaceholderText")], *kind, placeholder=True)
        return self._sdt(tag, alias, [self.run(f"{{{{ {expression} }}}}")], *kind)

    def checkbox(self, tag: str, alias: str) -> etree._Element:
        """A clickable Word check box (w14:checkbox), unticked; rendering ticks it by its tag."""
        box = el("w14:checkbox", None,
                 el("w14:checked", {"w14:val": "0"}),
                 el("w14:checkedState", {"w14:val": "2612", "w14:font": "MS Gothic"}),
                 el("w14:uncheckedState", {"w14:val": "2610", "w14:font": "MS Gothic"}))
        return self._sdt(tag, alias, [self.run(BOX_UNCHECKED, style="TickBox")], box)

    def container(self, tag: str, alias: str, content: list[etree._Element], *, repeating: bool = False) -> etree._Element:
        extra = [el("w15:repeatingSection")] if repeating else []
        return self._sdt(tag, alias, content, *extra)

    def item(self, tag: str, alias: str, content: list[etree._Element], *, repeating: bool = False) -> etree._Element:
        extra = [el("w15:repeatingSectionItem")] if repeating else []
        return self._sdt(tag, alias, content, *extra)

    # --- tables -----------------------------------------------------------------------------

    def cell(self, width: int, *content: etree._Element, span: int = 1, label: bool = False) -> etree._Element:
        properties = el("w:tcPr", None, el("w:tcW", {"w:w": str(width), "w:type": "dxa"}))
        if span > 1:
            properties.append(el("w:gridSpan", {"w:val": str(span)}))
        if label:
            properties.append(el("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": LABEL_FILL}))
        properties.append(el("w:vAlign", {"w:val": "center"}))
        blocks = list(content)  # paragraphs, tables or block-level controls
        if not any(b.tag == qn("w:p") or b.find(".//" + qn("w:p")) is not None for b in blocks):
            blocks.append(self.para())  # Word wants a paragraph in every cell
        return el("w:tc", None, properties, *blocks)

    def row(self, *cells: etree._Element) -> etree._Element:
        # No row repeats as a header row (w:tblHeader): a sheet's labels stand beside their
        # answers, so a repeated first row ("Date of Meeting | 2 December 2020") was read as
        # column headers over every answer, and "Purpose of the Paper" repeated over unrelated
        # rows on a sheet's second page. The labels are the tables' first column (tblLook
        # firstColumn, shaded), as the pack tags them: row headers (`pack.sheets`).
        return el("w:tr", None, el("w:trPr", None, el("w:cantSplit")), *cells)

    def table(self, caption: str, description: str, widths: list[int], rows: list[etree._Element]) -> etree._Element:
        properties = el("w:tblPr", None,
                        el("w:tblStyle", {"w:val": "TableGrid"}),
                        el("w:tblW", {"w:w": str(sum(widths)), "w:type": "dxa"}),
                        el("w:tblLayout", {"w:type": "fixed"}),
                        el("w:tblLook", {"w:val": "0420", "w:firstRow": "1", "w:lastRow": "0",
                                         "w:firstColumn": "1", "w:lastColumn": "0",
                                         "w:noHBand": "0", "w:noVBand": "1"}),
                        el("w:tblCaption", {"w:val": caption}),
                        el("w:tblDescription", {"w:val": description}))
        grid = el("w:tblGrid", None, *(el("w:gridCol", {"w:w": str(w)}) for w in widths))
        return el("w:tbl", None, properties, grid, *rows)

    def label(self, text: str) -> etree._Element:
        return self.para(self.run(text), style="CoverLabel")


# --- the sheet ---------------------------------------------------------------------------------


def build_body(layout: Layout) -> list[etree._Element]:
    """Every block of the cover sheet, in order."""
    form = layout.mode == "form"
    heading = layout.para(
        layout.value("board", "Board", "sheet.board", "Name of the board"), style="Heading1"
    )
    blocks = [heading]
    blocks.append(layout.para(
        layout.value("organisation", "Organisation", "sheet.organisation", "Name of the organisation"), style="CoverNote"))
    if form:
        blocks.append(layout.para(layout.run(
            "Replace each prompt with your answer and tick one box on each line. Leave nothing blank: "
            "write \u201cNone\u201d where there is nothing to report."), style="CoverNote"))
    blocks.append(metadata_table(layout))
    blocks.append(layout.para(style="CoverSpacer"))
    blocks.append(sections_table(layout))
    blocks.append(layout._sdt("coversheet.end", "End of cover sheet", [layout.para(style="CoverSpacer")]))
    return blocks


def metadata_table(layout: Layout) -> etree._Element:
    widths = [META_LABEL_WIDTH, TEXT_WIDTH - META_LABEL_WIDTH]
    form = layout.mode == "form"

    def line(text: str, *value: etree._Element) -> etree._Element:
        return layout.row(layout.cell(widths[0], layout.label(text), label=True),
                          layout.cell(widths[1], layout.para(*value)))

    rows = [
        line("Date of Meeting", layout.value("meeting_date", "Date of Meeting", "sheet.meeting_date",
                                             "Pick the date of the meeting", date=True)),
        line("Title of Paper", layout.value("title", "Title of Paper", "sheet.title", "Title of the paper")),
        people_row(layout, "presented_by", "Presented By", widths),
        people_row(layout, "authors", "Author", widths),
        people_row(layout, "contributors", "Contributor/s", widths),
        line("Executive Sponsor", *person_value(layout, "sponsor", "Executive Sponsor", "sheet.sponsor")),
        line("Agenda Item", layout.value("agenda_item", "Agenda Item", "sheet.agenda_item", "Agenda item number")),
        line("Date Submitted", layout.value("submitted_on", "Date Submitted", "sheet.submitted_on",
                                            "Pick the date the paper was submitted", date=True)),
    ]
    reason = layout.value("confidential_reason", "Reason for confidentiality", "sheet.confidential_reason",
                          "If confidential: the exemption relied on")
    if form:
        rows.append(line("Confidential",
                         layout.run("Yes "), layout.checkbox("confidential=yes", "Confidential: Yes"),
                         layout.run("   No "), layout.checkbox("confidential=no", "Confidential: No"),
                         layout.run("   "), reason))
    else:
        rows.append(line("Confidential",
                         layout.value("confidential", "Confidential", "sheet.confidential", ""),
                         layout.jinja("if sheet.confidential_reason"), layout.run(" \u2013 "), reason,
                         layout.jinja("endif")))
    return layout.table("Paper details", "Meeting, title, people, agenda item and confidentiality of the paper",
                        widths, rows)


def person_value(layout: Layout, tag: str, alias: str, expression: str) -> list[etree._Element]:
    """Name and role of one person: "Gary Raphael, ICS Executive Lead for Finance"."""
    name = layout.value(f"{tag}.name", f"{alias}: name", f"{expression}.name", "Name")
    role = layout.value(f"{tag}.role", f"{alias}: role", f"{expression}.role", "Role")
    if layout.mode == "form":
        return [name, layout.run(", "), role]
    return [name, layout.jinja(f"if {expression}.role"), layout.run(", "), layout.jinja("endif"), role]


def people_row(layout: Layout, path: str, label: str, widths: list[int]) -> etree._Element:
    """A list of people: one line per person, in a list container."""
    item_tag = f"{path}[*]"
    if layout.mode == "form":
        item = layout.item(item_tag, f"{label}: one person",
                           [layout.para(*person_value(layout, item_tag, label, "person"))], repeating=True)
        content = [layout.container(f"{path}[]", label, [item], repeating=True)]
        if path == "contributors":
            content.append(layout.para(layout.checkbox("contributors=none", "No other contributors"),
                                       layout.run(" None")))
        cell = layout.cell(widths[1], *content)
    else:
        item = layout.item(item_tag, f"{label}: one person", person_value(layout, item_tag, label, "person"))
        inside = [layout.jinja(f"for person in sheet.{path} or []"), item,
                  layout.jinja("if not loop.last"), _line_break(layout), layout.jinja("endif"),
                  layout.jinja("endfor"),
                  layout.jinja(f"if sheet.{path} == []"), layout.run("None"), layout.jinja("endif")]
        cell = layout.cell(widths[1], layout.para(layout.container(f"{path}[]", label, inside)))
    return layout.row(layout.cell(widths[0], layout.label(label), label=True), cell)


def _line_break(layout: Layout) -> etree._Element:
    return el("w:r", None, el("w:br"))


def sections_table(layout: Layout) -> etree._Element:
    widths = [LABEL_WIDTH, *TICK_WIDTHS]
    columns = len(widths)
    form = layout.mode == "form"

    def label_row(text: str, *extra: etree._Element) -> etree._Element:
        return layout.row(layout.cell(TEXT_WIDTH, layout.para(layout.run(text), *extra, style="CoverLabel"),
                                      span=columns, label=True))

    def full_row(*blocks: etree._Element) -> etree._Element:
        return layout.row(layout.cell(TEXT_WIDTH, *blocks, span=columns))

    rows = [label_row("Purpose of the Paper")]
    purpose_text = layout.value("purpose.text", "Purpose of the Paper", "sheet.purpose.text",
                                "What is the Board asked to do with this paper, and why?")
    if form:
        boxes = []
        for category in CATEGORIES:
            boxes += [layout.checkbox(f"purpose.categories={category}", f"For {category}"),
                      layout.run(f" For {category}   ")]
        rows.append(full_row(layout.para(*boxes), layout.para(purpose_text)))
    else:
        categories = layout.container("purpose.categories[]", "Purpose categories", [
            layout.jinja("for category in sheet.purpose.categories or []"),
            layout.jinja("if loop.first"), layout.run("For "), layout.jinja("else"), layout.run(", "),
            layout.jinja("endif"),
            layout.item("purpose.categories[*]", "Purpose category", [layout.run("{{ category }}")]),
            layout.jinja("endfor"),
        ])
        rows.append(full_row(layout.para(categories), layout.para(purpose_text)))

    rows.append(label_row("Executive Summary"))
    rows.append(full_row(layout.para(layout.value(
        "executive_summary", "Executive Summary", "sheet.executive_summary", "The paper in a few sentences"))))

    rows.append(label_row("Recommendations"))
    rows.append(full_row(recommendations(layout)))

    rows.append(label_row("Governance and Reporting (List Other Forums that have Discussed this Paper)",
                          *([layout.run("   "), layout.checkbox("governance=none", "No other forum"),
                             layout.run(" None")] if form else [])))
    grid = [LABEL_WIDTH, sum(TICK_WIDTHS[:2]), sum(TICK_WIDTHS[2:])]
    rows.append(layout.row(layout.cell(grid[0], layout.label("Meeting"), label=True),
                           layout.cell(grid[1], layout.label("Date"), span=2, label=True),
                           layout.cell(grid[2], layout.label("Outcome"), span=4, label=True)))
    rows.extend(list_rows(layout, "governance", "Governance entry", [
        ("forum", "Meeting", grid[0], 1, "Committee or group"),
        ("date", "Date", grid[1], 2, "Pick the date"),
        ("outcome", "Outcome", grid[2], 4, "What it decided or advised"),
    ], columns, "Governance entries"))

    rows.append(label_row("Conflicts of Interest Identified"))
    rows.append(full_row(layout.para(layout.value(
        "conflicts_of_interest", "Conflicts of Interest Identified", "sheet.conflicts_of_interest",
        "Conflicts of interest, or \u201cNone identified\u201d"))))

    rows.append(label_row("Implications"))
    for key, text in IMPLICATIONS:
        rows.append(answer_row(layout, f"implications.{key}", text, f"sheet.implications.{key}", note=True))
    if form:
        rows.append(layout.jinja("for name, text in extra_implications", "tr"))
        rows.append(answer_row(layout, "implications.{{ name }}", "{{ text }}", "", note=True))
    else:
        rows.append(layout.jinja("for name, text, implication in extra_implications", "tr"))
        rows.append(answer_row(layout, "implications.{{ name }}", "{{ text }}", "implication", note=True))
    rows.append(layout.jinja("endfor", "tr"))
    rows.append(answer_row(layout, "risks.associated", "Associated Risks", "sheet.risks.associated"))
    rows.append(answer_row(layout, "risks.on_register", "Are Associated Risks Detailed on the Risk Register?",
                           "sheet.risks.on_register"))

    rows.append(label_row("If Yes, Please Provide a Risk Description and Reference Number",
                          *([layout.run("   "), layout.checkbox("risks.references=none", "No associated risks"),
                             layout.run(" None")] if form else [])))
    ref_grid = [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH]
    rows.append(layout.row(layout.cell(ref_grid[0], layout.label("Risk Reference"), label=True),
                           layout.cell(ref_grid[1], layout.label("Risk Description"), span=6, label=True)))
    rows.extend(list_rows(layout, "risks.references", "Risk", [
        ("id", "Risk Reference", ref_grid[0], 1, "Register reference, e.g. FIN-07"),
        ("description", "Risk Description", ref_grid[1], 6, "The risk in one line"),
    ], columns, "Risk references"))
    note = layout.value("risks.note", "Other notes on risks", "sheet.risks.note", "Anything else about the risks")
    if form:
        rows.append(full_row(layout.para(layout.run("Other notes on risks: "), note)))
    else:
        rows.append(layout.jinja("if sheet.risks.note", "tr"))
        rows.append(full_row(layout.para(note)))
        rows.append(layout.jinja("endif", "tr"))
    return layout.table("Purpose, summary, recommendations, governance, implications and risks",
                        "The sections of the cover sheet; Yes, No and N/A are tick boxes", widths, rows)


def recommendations(layout: Layout) -> etree._Element:
    if layout.mode == "form":
        # A list of texts: the repeating item holds one untagged text control with a prompt.
        prompt = layout.value("recommendation", "Recommendation", "", "The Board is asked to \u2026")
        prompt.find(qn("w:sdtPr")).remove(prompt.find(qn("w:sdtPr")).find(qn("w:tag")))
        item = layout.item("recommendations[*]", "One recommendation", [layout.para(prompt)], repeating=True)
        return layout.container("recommendations[]", "Recommendations", [item], repeating=True)
    item = layout.item("recommendations[*]", "One recommendation", [layout.para(layout.run("{{ recommendation }}"))])
    return layout.container("recommendations[]", "Recommendations", [
        layout.jinja("for recommendation in sheet.recommendations or []", "p"),
        item,
        layout.jinja("endfor", "p"),
        layout.jinja("if sheet.recommendations == []", "p"),
        layout.para(layout.run("None")),
        layout.jinja("endif", "p"),
    ])


def list_rows(layout: Layout, path: str, alias: str, fields: list[tuple[str, str, int, int, str]],
              columns: int, container_alias: str) -> list[etree._Element]:
    """Table rows for a list of objects: one row per item inside a list container."""
    form = layout.mode == "form"

    def item_row(variable: str) -> etree._Element:
        cells = []
        for name, label, width, span, prompt in fields:
            control = layout.value(f"{path}[*].{name}", label, f"{variable}.{name}", prompt, date=name == "date")
            cells.append(layout.cell(width, layout.para(control), span=span))
        return layout.row(*cells)

    if form:
        item = layout.item(f"{path}[*]", alias, [item_row("")], repeating=True)
        return [layout.container(f"{path}[]", container_alias, [item], repeating=True)]
    variable = "entry"
    none_row = layout.row(layout.cell(TEXT_WIDTH, layout.para(layout.run("None")), span=columns))
    return [layout.container(f"{path}[]", container_alias, [
        layout.jinja(f"for {variable} in sheet.{path} or []", "tr"),
        layout.item(f"{path}[*]", alias, [item_row(variable)]),
        layout.jinja("endfor", "tr"),
        layout.jinja(f"if sheet.{path} == []", "tr"),
        none_row,
        layout.jinja("endif", "tr"),
    ])]


def answer_row(layout: Layout, path: str, text: str, expression: str, note: bool = False) -> etree._Element:
    """A question with Yes / No / N/A check boxes; an implication's note goes under its label."""
    label = [layout.label(text)]
    if note:
        control = layout.value(f"{path}.note", f"{text}: note", f"{expression}.note",
                               "Where is it, or why is there none?")
        if layout.mode == "form":
            label.append(layout.para(control, style="CoverNote"))
        else:
            label += [layout.jinja(f"if {expression}.note", "p"), layout.para(control, style="CoverNote"),
                      layout.jinja("endif", "p")]
    cells = [layout.cell(LABEL_WIDTH, *label, label=True)]
    for (value, word), width in zip(ANSWERS, TICK_WIDTHS[::2]):
        cells.append(layout.cell(width, layout.para(layout.run(word))))
        cells.append(layout.cell(width, layout.para(layout.checkbox(f"{path}={value}", f"{text}: {word}"))))
    return layout.row(*cells)


# --- the document ------------------------------------------------------------------------------


def new_document(title: str):
    """A python-docx document with the house styles, A4 page, en-GB language."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    section.top_margin = section.bottom_margin = Cm(1.5)

    styles = document.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    heading = styles["Heading 1"]
    heading.font.name, heading.font.size, heading.font.bold = "Arial", Pt(16), True
    heading.font.color.rgb = RGBColor(0, 0, 0)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        heading.element.rPr.rFonts.attrib.pop(qn(attribute), None)  # else the theme font wins
    heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(0), Pt(4)

    label = styles.add_style("Cover Label", WD_STYLE_TYPE.PARAGRAPH)
    label.base_style, label.font.bold = normal, True
    label.paragraph_format.space_before = label.paragraph_format.space_after = Pt(1)
    note = styles.add_style("Cover Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style, note.font.size, note.font.italic = normal, Pt(8.5), True
    spacer = styles.add_style("Cover Spacer", WD_STYLE_TYPE.PARAGRAPH)
    spacer.base_style, spacer.font.size = normal, Pt(6)
    tick = styles.add_style("Tick Box", WD_STYLE_TYPE.CHARACTER)
    tick.font.name, tick.font.size = "MS Gothic", Pt(11)
    tick.element.rPr.rFonts.set(qn("w:eastAsia"), "MS Gothic")
    prompt = styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    prompt.font.color.rgb = RGBColor(0x59, 0x59, 0x59)  # dark enough to read; the words say it is a prompt

    _set_language(document, "en-GB")
    properties = document.core_properties
    properties.title, properties.subject = title, "Cover sheet of a paper to the board"
    properties.author, properties.last_modified_by = "coversheet", "coversheet"
    properties.language, properties.revision = "en-GB", 1
    properties.created = properties.modified = FIXED_DATE
    properties.keywords, properties.comments = "", ""
    return document


def _set_language(document, language: str) -> None:
    styles = document.styles.element
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), language)
    settings = document.settings.element
    for theme_lang in settings.iter(qn("w:themeFontLang")):
        theme_lang.set(qn("w:val"), language)


def build(mode: str, out: Path) -> Path:
    title = "ICS Board cover sheet" if mode == "sheet" else "ICS Board cover sheet form"
    document = new_document(title)
    body = document.element.body
    section = body[-1]
    for block in build_body(Layout(mode)):
        section.addprevious(block)
    root = document.element
    _declare_w15(root)
    document.save(out)
    _fix_zip_timestamps(out)
    return out


def _fix_zip_timestamps(path: Path) -> None:
    """Same input, same bytes: the zip entries otherwise carry the time of the build."""
    import zipfile

    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6]), data,
                            compress_type=zipfile.ZIP_DEFLATED)


def _declare_w15(root: etree._Element) -> None:
    """python-docx's document root lacks the w15 prefix our repeating sections use; add it."""
    from coversheet.word.ns import W15

    if "w15" not in (root.nsmap or {}):
        etree.cleanup_namespaces(root, top_nsmap={"w15": W15}, keep_ns_prefixes=["w15"])
    # Only prefixes declared on the root may be listed as ignorable.
    declared = root.nsmap or {}
    ignorable = qn("mc:Ignorable")
    prefixes = [p for p in (root.get(ignorable) or "").split() if p in declared]
    prefixes += [p for p in ("w14", "w15") if p not in prefixes]
    root.set(ignorable, " ".join(prefixes))


def main() -> None:
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    for mode, out in (("sheet", SHEET_TEMPLATE), ("form", FORM_TEMPLATE)):
        print(f"wrote {build(mode, out).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
