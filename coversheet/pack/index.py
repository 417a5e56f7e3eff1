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
                 time: str | None, place: str | None, profile=None, first_page: int = 1) -> str:
    """The index page; `profile` (a board's `Profile`, None for the standard sheet) gives the
    cover sheets' labels, order and the board's own questions. `first_page` is the number
    printed on the PDF's first page (a supplement numbered on from its main pack): the rows
    quote printed numbers, the links go to the page's place in the file."""
    from coversheet.report.html import html_template

    return html_template("pack-index.html.j2").render(
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
        papers=[(row, sheet_fields(row.paper.sheet, profile)) for row in contents.rows if row.paper is not None and row.paper.sheet is not None],
        href=lambda row: f"{_quote(pdf_name)}#page={row.pages[0] - first_page + 1}" if row.pages else _quote(pdf_name),
        notes=contents.warnings if contents.private else [],
        facts=contents.plan.published_facts() if contents.plan else [],
        membership=contents.plan.membership if contents.plan else [],
        exclusion=contents.plan.exclusion if contents.plan else None,
    )


def sheet_fields(sheet: CoverSheet, profile=None) -> list[Field]:
    """The cover sheet's answers, labelled as the sheet labels them; unanswered ones left out.

    Without a board profile, as the standard sheet labels and orders them; with one, the
    board's questions in the board's order and words, its own questions included."""
    standard = _standard_fields(sheet)
    if profile is None:
        fields = [standard[key] for key in ("board", "organisation", "meeting_date", "agenda_item", "title", "presented_by",
                                            "authors", "contributors", "sponsor", "submitted_on", "purpose",
                                            "executive_summary", "recommendations", "governance", "conflicts_of_interest",
                                            "implications", "risks") if key in standard]
    else:
        fields = _profile_fields(sheet, profile, standard)
    return [f for f in fields if f.text or f.items]


def _standard_fields(sheet: CoverSheet) -> dict[str, Field]:
    fields = {
        "board": Field("Board", sheet.board or ""),
        "organisation": Field("Organisation", sheet.organisation or ""),
        "meeting_date": Field("Date of meeting", uk_date(sheet.meeting_date) if sheet.meeting_date else ""),
        "agenda_item": Field("Agenda item", sheet.agenda_item or ""),
        "title": Field("Title of paper", sheet.title or ""),
        "presented_by": Field("Presented by", items=_people(sheet.presented_by)),
        "authors": Field("Author(s)", items=_people(sheet.authors)),
        "contributors": Field("Contributors", items=_people(sheet.contributors)),
        "sponsor": Field("Executive sponsor", items=_people([sheet.sponsor] if sheet.sponsor else None)),
        "submitted_on": Field("Date submitted", uk_date(sheet.submitted_on) if sheet.submitted_on else ""),
    }
    if sheet.purpose:
        words = [PURPOSES.get(c.value, c.value) for c in sheet.purpose.categories or []]
        fields["purpose"] = Field("Purpose of the paper", "; ".join(words + ([sheet.purpose.text] if sheet.purpose.text else [])))
    fields["executive_summary"] = Field("Executive summary", sheet.executive_summary or "")
    fields["recommendations"] = Field("Recommendations", items=tuple(sheet.recommendations or ()))
    fields["governance"] = Field("Governance and reporting", items=tuple(
        ", ".join(part for part in (g.forum, uk_date(g.date) if g.date else None) if part) + (f": {g.outcome}" if g.outcome else "")
        for g in sheet.governance or []))
    fields["conflicts_of_interest"] = Field("Conflicts of interest identified", sheet.conflicts_of_interest or "")
    if sheet.implications:
        lines = []
        for key, label in IMPLICATIONS.items():
            implication = getattr(sheet.implications, key)
            if implication and implication.answer:
                text = _answer(implication.answer.value, implication.note)
                fields[f"implications.{key}"] = Field(label, text)
                lines.append(f"{label}: {text}")
        fields["implications"] = Field("Implications", items=tuple(lines))
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
        fields["risks"] = Field("Risks", items=tuple(lines))
    return fields


def _profile_fields(sheet: CoverSheet, profile, standard: dict[str, Field]) -> list[Field]:
    """The board's questions in its order and words; purposes in the board's words."""
    words: dict[str, str] = {}
    for word, category in profile.purposes.items():
        words.setdefault(category.value, word)
    own = (sheet.model_dump(mode="json").get("questions") or {}) if profile.own_questions else {}
    fields = []
    for question in profile.questions:
        if question.own:
            fields.append(_own_field(question.label, own.get(question.name)))
        elif question.key == "purpose" and sheet.purpose:
            chosen = [words.get(c.value, c.value) for c in sheet.purpose.categories or []]
            fields.append(Field(question.label, "; ".join(chosen + ([sheet.purpose.text] if sheet.purpose.text else []))))
        elif question.key in standard:
            fields.append(Field(question.label, standard[question.key].text, standard[question.key].items))
    return fields


def _own_field(label: str, value) -> Field:
    """One of the board's own questions: text, a date, a person, yes / no / n/a, a choice, a list."""
    if value is None or value == "" or value == []:
        return Field(label)
    if isinstance(value, list):
        return Field(label, items=tuple(_own_text(item) for item in value if _own_text(item)))
    return Field(label, _own_text(value))


def _own_text(value) -> str:
    if isinstance(value, dict):
        if "answer" in value:
            return _answer(value.get("answer"), value.get("note")) if value.get("answer") else (value.get("note") or "")
        return ", ".join(str(value[key]) for key in ("name", "role") if value.get(key))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            import datetime as dt

            return uk_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    return "" if value is None else str(value)


def _answer(answer: str, note: str | None) -> str:
    return ANSWERS.get(answer, answer) + (f" ({note})" if note else "")


def _people(people) -> tuple[str, ...]:
    return tuple(", ".join(part for part in (p.name, p.role) if part) for p in people or [] if p.name or p.role)


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name)


def index_path(pdf: Path) -> Path:
    """Where the index goes: beside the PDF, with its name (pack.pdf -> pack.html)."""
    return pdf.with_suffix(".html")
