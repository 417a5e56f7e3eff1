"""A long meeting as a secretary packs it: 30 agenda items in sections, about 300 pages (its
public pack 311), minutes, an action log, slides, a chair's report with no cover sheet, a
confidential item, a paper to follow, item numbers such as "16.10", long titles and long names."""

from __future__ import annotations

from pathlib import Path

from helpers.meeting import body_docx, draft

LONG_TITLE = ("Integrated Care System Five-Year Strategic Plan for Urgent and Emergency Care, Elective Recovery "
              "and Population Health Management across Lancashire and South Cumbria")
# Two lines more than "Strategy Paper 6": on this agenda (in DejaVu Sans) the four-line row of
# item 16.6 then straddles the foot of the first agenda page, where LibreOffice would split it.
SHIFTING_TITLE = "Strategy Paper 6, the System's Response to the Independent Review of Governance"
LONG_NAME = "Professor Christopherson-Montgomery"
CONFIDENTIAL_ITEM = "14"
SHORT_TITLE_ITEM, SHORT_TITLE = "15", "Estates Strategy"  # the plan's title; the cover sheet says "Strategy Paper 15"
REVISED_ITEM = "16.3"  # changed after the main pack: goes out again in the supplement
LATE_ITEM = "17"  # planned as attached; its cover sheet comes after the main pack
SOURCE_NAMES = ("minutes-2020-11-04.docx", "action-log.pdf", "slides-urgent-care.pdf", "chair-report.docx")
DRAFT_ITEMS = ["6", "7", "8", "9", "10", "11", "12", "13", "14", "15"] + [f"16.{n}" for n in range(1, 11)]

PLAN_HEAD = """\
board = "ICS Board"

[pack]
title = "Meeting in Public"
time = "10:00 - 12:30"
place = "Preston Business Centre, Watling Street Road, Preston"
published = "24 November 2020"
webcast = "https://www.youtube.com/c/LSCICS/live"
membership = ["David Flory, Independent Chair", "Dr Amanda Doyle, Chief Officer", "Gary Raphael, Executive Lead for Finance"]
quorum = "Four members, including the Chair or Vice Chair"
contact = "Board Secretary, lscics.board@nhs.net, 01772 214 000"
next_meeting = "Wednesday 3 February 2021, 10:00, Preston Business Centre"
exclusion = "That the press and public be excluded for the following item because it involves exempt information under paragraph 3 (the financial or business affairs of any particular person)."

[[pack.sections]]
title = "Routine Items of Business"
from = "1"

[[pack.sections]]
title = "Strategy and Performance"
from = "6"

[[pack.sections]]
title = "Reports from Committees"
from = "16.1"

[[pack.sections]]
title = "Closing Items"
from = "18"

[[pack.items]]
item = "1"
title = "Welcome, Introductions and Apologies"
owner = "Chair"
action = "Note"
format = "Verbal"

[[pack.items]]
item = "2"
title = "Minutes of the Meeting held on 4 November 2020"
description = "To approve the minutes as a correct record"
owner = "Chair"
action = "Approve"
paper = "routine/minutes-2020-11-04.docx"
confidential = false

[[pack.items]]
item = "3"
title = "Action Log"
owner = "Board Secretary"
action = "Note"
paper = "routine/action-log.pdf"
confidential = false

[[pack.items]]
item = "4"
title = "Chair's Report"
owner = "Chair"
action = "Note"
paper = "routine/chair-report.docx"
confidential = false

[[pack.items]]
item = "5"
title = "Urgent and Emergency Care: Winter Resilience"
owner = "Chief Operating Officer"
action = "Discuss"
format = "Presentation"
paper = "routine/slides-urgent-care.pdf"
confidential = false

[[pack.items]]
item = "17"
title = "Primary Care Network Development"
owner = "Director of Primary Care"
action = "Approve"
format = "Attached"

[[pack.items]]
item = "18"
title = "Any Other Business"
owner = "Chair"
action = "Note"

[[pack.items]]
item = "19"
title = "Questions from the Public"
owner = "Chair"
action = "Note"

[[pack.items]]
item = "20"
title = "Review of the Meeting and Reflections on the Board's Conduct of its Business"
owner = "Chair"
action = "Discuss"

[[pack.items]]
item = "21"
title = "Date, Time and Venue of the Next Meeting"
owner = "Chair"
action = "Note"
"""


def untagged_pdf(path: Path, pages: int, heading: str, *, landscape: bool = False, font: str = "Vera") -> Path:
    """An untagged PDF drawn with reportlab, as many tools make them: in Bitstream Vera
    (embedded), or with `font="Helvetica"` in a standard font it does not carry."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turned
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if font == "Vera":
        pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))  # shipped with reportlab
    size = turned(A4) if landscape else A4
    drawing = canvas.Canvas(str(path), pagesize=size, initialFontName=font)
    for number in range(1, pages + 1):
        drawing.setFont(font, 14)
        drawing.drawString(72, size[1] - 96, f"{heading}: page {number}")
        drawing.setFont(font, 11)
        for line in range(20):
            drawing.drawString(72, size[1] - 130 - 16 * line, f"Action {number * 100 + line}: owner, due date and status.")
        drawing.showPage()
    drawing.save()
    return path


def with_a_table(path: Path, *, header: bool = True) -> Path:
    """A table of the author's own, its first row marked as the header row (Word's "Repeat as
    header row") or, with `header=False`, not: the pack then says so."""
    from docx import Document

    document = Document(str(path))
    table = document.add_table(rows=3, cols=2)
    for row, (what, when) in enumerate((("Visit", "Date"), ("Royal Preston Hospital", "9 November"), ("Furness General", "16 November"))):
        table.cell(row, 0).text, table.cell(row, 1).text = what, when
    if header:
        from coversheet.word.writing.table_document import repeat_as_header

        repeat_as_header(table.rows[0])
    document.save(str(path))
    return path


def revise(folder: Path) -> Path:
    """A paper changed after the main pack went out."""
    path = folder / f"{REVISED_ITEM.replace('.', '-')}-paper.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("For noting.", "For noting, with figures corrected since the pack."), encoding="utf-8")
    return path


def late_draft(folder: Path) -> Path:
    """The paper to follow, arrived: for the supplement."""
    path = folder / "17-primary-care.yaml"
    path.write_text(draft(LATE_ITEM, "Primary Care Network Development"), encoding="utf-8")
    return path


def make_long_meeting(folder: Path) -> Path:
    folder.mkdir(parents=True)
    routine, bodies = folder / "routine", folder / "bodies"
    routine.mkdir()
    bodies.mkdir()
    body_docx(routine / "minutes-2020-11-04.docx", "Minutes of the meeting of 4 November 2020", 90)
    with_a_table(body_docx(routine / "chair-report.docx", "Chair's report", 25))
    untagged_pdf(routine / "action-log.pdf", 3, "Action log")
    untagged_pdf(routine / "slides-urgent-care.pdf", 4, "Winter resilience", landscape=True)
    plan = [PLAN_HEAD]
    for number, item in enumerate(DRAFT_ITEMS):
        title = (LONG_TITLE if item == "7" else SHIFTING_TITLE if item == "6" else f"Strategy Paper {item}" if not item.startswith("16.") else
                 f"Report of the Quality, Performance and Assurance Committee {item}, with its escalations to the Board")
        text = draft(item, title, confidential=item == CONFIDENTIAL_ITEM)
        if item == "8":
            text = text.replace("name: Gary Raphael", f"name: {LONG_NAME}", 1)
        (folder / f"{item.replace('.', '-')}-paper.yaml").write_text(text, encoding="utf-8")
        body = body_docx(bodies / f"body-{item}.docx", f"{title} (the paper)", 150 + 25 * (number % 4))
        short = SHORT_TITLE if item == SHORT_TITLE_ITEM else title  # the agenda's words for a long paper title
        plan.append(f'\n[[pack.items]]\nitem = "{item}"\ntitle = "{short}"\npaper = "bodies/{body.name}"\n')
    (folder / "coversheet.toml").write_text("".join(plan), encoding="utf-8")
    return folder
