"""The HTML index beside the pack: the agenda and every packed paper's cover sheet as a web page.

Government guidance prefers HTML to PDF for what the public reads, so the pack's agenda and
cover sheets are also one self-contained, accessible page (styles inline, nothing fetched),
each row and sheet linking into the PDF at its first page (`pack.pdf#page=N`, which browsers'
PDF viewers open at that page). Only what the PDF itself holds is shown: a confidential
paper's sheet is never in the public index.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coversheet.dates.uk import long_date, uk_date
from coversheet.model import CoverSheet
from coversheet.pack.items import PackContents

IMPLICATIONS = {
    "quality": "Quality impact assessment",
    "equality": "Equality impact assessment",
    "privacy": "Privacy impact assessment",
    "financial": "Financial impact assessment",
}
ANSWERS = {"yes": "Yes", "no": "No", "n/a": "Not applicable"}
PURPOSES = {"approval": "For approval", "endorsement": "For endorsement", "discussion": "For discussion",
            "assurance": "For assurance", "information": "For information"}


@dataclass
class Field:
    """One line of a cover sheet as the index shows it: a label and its text or list of texts."""

    label: str
    text: str = ""
    items: tuple[str, ...] = ()


def render_index(contents: PackContents, *, title: str, pdf_name: str, pages: int, meeting_title: str,
                 time: str | None, place: str | None) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    from coversheet.resources import data_path

    environment = Environment(
        loader=FileSystemLoader(str(data_path("templates"))),
        autoescape=select_autoescape(default=True),  # titles and summaries come from authors' files
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template("pack-index.html.j2").render(
        title=title,
        board=contents.board,
        meeting_title=meeting_title,
        date=long_date(contents.meeting) if contents.meeting else "Not known",
        time=time,
        place=place,
        private=contents.private,
        pdf=pdf_name,
        pages=pages,
        rows=contents.rows,
        papers=[(row, sheet_fields(row.paper.sheet)) for row in contents.rows if row.paper is not None],
        href=lambda row: f"{_quote(pdf_name)}#page={row.pages[0]}" if row.pages else _quote(pdf_name),
        notes=contents.warnings if contents.private else [],
    )


def sheet_fields(sheet: CoverSheet) -> list[Field]:
    """The cover sheet's answers, labelled as the standard sheet labels them; unanswered ones left out."""
    fields = [
        Field("Board", sheet.board or ""),
        Field("Organisation", sheet.organisation or ""),
        Field("Date of meeting", uk_date(sheet.meeting_date) if sheet.meeting_date else ""),
        Field("Agenda item", sheet.agenda_item or ""),
        Field("Title of paper", sheet.title or ""),
        Field("Presented by", items=_people(sheet.presented_by)),
        Field("Author(s)", items=_people(sheet.authors)),
        Field("Contributors", items=_people(sheet.contributors)),
        Field("Executive sponsor", items=_people([sheet.sponsor] if sheet.sponsor else None)),
        Field("Date submitted", uk_date(sheet.submitted_on) if sheet.submitted_on else ""),
    ]
    if sheet.purpose:
        words = [PURPOSES.get(c.value, c.value) for c in sheet.purpose.categories or []]
        fields.append(Field("Purpose of the paper", "; ".join(words + ([sheet.purpose.text] if sheet.purpose.text else []))))
    fields.append(Field("Executive summary", sheet.executive_summary or ""))
    fields.append(Field("Recommendations", items=tuple(sheet.recommendations or ())))
    fields.append(Field("Governance and reporting", items=tuple(
        ", ".join(part for part in (g.forum, uk_date(g.date) if g.date else None) if part) + (f": {g.outcome}" if g.outcome else "")
        for g in sheet.governance or [])))
    fields.append(Field("Conflicts of interest identified", sheet.conflicts_of_interest or ""))
    if sheet.implications:
        lines = []
        for key, label in IMPLICATIONS.items():
            implication = getattr(sheet.implications, key)
            if implication and implication.answer:
                lines.append(f"{label}: {ANSWERS[implication.answer.value]}" + (f" ({implication.note})" if implication.note else ""))
        fields.append(Field("Implications", items=tuple(lines)))
    if sheet.risks:
        risks = sheet.risks
        lines = []
        if risks.associated:
            lines.append(f"Associated risks: {ANSWERS[risks.associated.value]}")
        if risks.on_register:
            lines.append(f"On the risk register: {ANSWERS[risks.on_register.value]}")
        lines += [" – ".join(part for part in (r.id, r.description) if part) for r in risks.references or []]
        if risks.note:
            lines.append(risks.note)
        fields.append(Field("Risks", items=tuple(lines)))
    return [f for f in fields if f.text or f.items]


def _people(people) -> tuple[str, ...]:
    return tuple(", ".join(part for part in (p.name, p.role) if part) for p in people or [] if p.name or p.role)


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name)


def index_path(pdf: Path) -> Path:
    """Where the index goes: beside the PDF, with its name (pack.pdf -> pack.html)."""
    return pdf.with_suffix(".html")
