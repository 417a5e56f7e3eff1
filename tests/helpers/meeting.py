"""A meeting folder for the pack tests: drafts, a Word paper with its body, a PDF appendix, a confidential paper."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = (ROOT / "examples" / "complete.yaml").read_text(encoding="utf-8")
ARTIFACTS = ROOT / "test-artifacts"
SECRET_WORDS = ("Zanzibar", "Quillfeather")  # in the confidential paper only

PLAN = """\
board = "ICS Board"

[pack]
title = "Meeting in Public"
time = "10:00 - 12:30"
place = "Preston Business Centre"

[[pack.sections]]
title = "Routine Items of Business"
from = "1"

[[pack.sections]]
title = "Sustainability"
from = "7"

[[pack.items]]
item = "1"
title = "Welcome, Introductions and Apologies"
owner = "Chair"
action = "Note"
format = "Verbal"

[[pack.items]]
item = "10"
title = "ICS Finance Report"
paper = "bodies/finance-body.docx"
appendices = ["bodies/finance-appendix.pdf"]
"""


def draft(item: str, title: str, *, confidential: bool = False, summary: str | None = None) -> str:
    text = COMPLETE.replace('agenda_item: "10"', f'agenda_item: "{item}"').replace("title: ICS Finance Report", f"title: {title}")
    if confidential:
        text = text.replace("confidential: false", "confidential: true").replace(
            "confidential_reason: null", "confidential_reason: Commercial interests (section 43 FOIA)")
    if summary:
        text = re.sub(r"executive_summary: >-\n(  .*\n)+", f"executive_summary: >-\n  {summary}\n", text)
    return text


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot build a pack")
    return found


def slow_soffice(folder: Path, monkeypatch: pytest.MonkeyPatch, seconds: int = 60) -> None:
    """Put first on PATH a LibreOffice that waits `seconds` before it starts, as a hung one does.

    How long a real conversion takes depends on the machine (a warm one packs a meeting in
    under a second), so a test of the time limit cannot rely on a real conversion being slow.
    If the limit failed to stop it, this one would go on to convert and the test would fail.
    """
    real = soffice()
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / "soffice"
    script.write_text(f'#!/bin/sh\nsleep {seconds}\nexec "{real}" "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")


def body_docx(path: Path, heading: str, paragraphs: int) -> Path:
    from docx import Document

    document = Document()
    document.add_heading(heading, level=1)
    for number in range(paragraphs):
        document.add_paragraph(f"{heading}: paragraph {number} of the paper's argument, with its evidence and its numbers.")
    document.save(str(path))
    return path


def appendix_pdf(folder: Path) -> Path:
    """A two-page PDF appendix, made by LibreOffice from a Word document."""
    from docx import Document

    document = Document()
    document.add_paragraph("Appendix A: capital plan by partner")
    document.add_page_break()
    document.add_paragraph("Appendix A continued: revenue by month")
    source = folder / "finance-appendix.docx"
    document.save(str(source))
    subprocess.run([soffice(), f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(source)], check=True, capture_output=True, timeout=180)
    source.unlink()
    shutil.rmtree(folder / "lo-profile", ignore_errors=True)
    return folder / "finance-appendix.pdf"


def make_meeting(folder: Path) -> Path:
    """Item 7 (a draft), 9 (a Word paper with its body), 10 (a draft, its body and a PDF appendix), 12 (confidential)."""
    from coversheet.config import DEFAULT_CONFIG
    from coversheet.drafts.read import read_draft
    from coversheet.read.validate import validate
    from coversheet.word.writing.render import render_sheet

    folder.mkdir(parents=True)
    (folder / "coversheet.toml").write_text(PLAN, encoding="utf-8")
    (folder / "07-clinical.yaml").write_text(draft("7", "Clinical Strategy Update"), encoding="utf-8")
    (folder / "10-finance.yaml").write_text(draft("10", "ICS Finance Report"), encoding="utf-8")
    (folder / "12-estates.yaml").write_text(
        draft("12", "Estates Disposal", confidential=True,
              summary=f"The {SECRET_WORDS[0]} site is offered to {SECRET_WORDS[1]} Holdings for disposal."), encoding="utf-8")
    bodies = folder / "bodies"
    bodies.mkdir()
    body_docx(bodies / "finance-body.docx", "Month 7 finance", 60)
    appendix_pdf(bodies)
    scratch = folder.parent / "scratch"
    scratch.mkdir()
    assurance = scratch / "09.yaml"
    assurance.write_text(draft("9", "System Assurance Framework"), encoding="utf-8")
    sheet, _ = validate(read_draft(assurance), DEFAULT_CONFIG)
    render_sheet(sheet, folder / "09-assurance.docx", paper=body_docx(scratch / "body.docx", "Assurance framework", 30))
    return folder


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def poppler() -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils (pdftotext, pdfinfo) is not installed")
