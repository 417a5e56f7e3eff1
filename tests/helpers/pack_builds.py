"""Building packs for the tests: the command, and what it said while building each shared pack."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from coversheet.cli import app

runner = CliRunner()
OUTPUT: dict[Path, str] = {}  # what the command said while building each shared pack
OTHER_MEETING = "05-ics-finance-november-zanzibar.yaml"  # a file name that must not be published


def run(*args: str):
    return runner.invoke(app, list(args))


def build(folder: Path, out: Path, *options: str) -> Path:
    result = run("pack", str(folder), "-o", str(out), *options)
    assert result.exit_code == 0, result.output
    OUTPUT[out] = result.output
    return out


TAGGED_APPENDIX = "finance-appendix-b.pdf"
TAGGED_WORDS = ("Appendix B: workforce plan", "Appendix B continued: vacancies by partner")  # one a page


def tagged_appendix(path: Path) -> Path:
    """A two-page tagged PDF (a heading and a paragraph a page), made by LibreOffice."""
    import shutil
    import subprocess
    import tempfile

    from docx import Document
    from helpers.meeting import soffice

    with tempfile.TemporaryDirectory() as work:
        document = Document()
        document.add_heading(TAGGED_WORDS[0], level=1)
        document.add_paragraph("Posts filled and vacant, by partner and staff group.")
        document.add_page_break()
        document.add_heading(TAGGED_WORDS[1], level=1)
        source = Path(work) / path.with_suffix(".docx").name
        document.save(str(source))
        tagged = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
        subprocess.run([soffice(), f"-env:UserInstallation={(Path(work) / 'profile').as_uri()}", "--headless",
                        "--convert-to", tagged, "--outdir", work, str(source)], check=True, capture_output=True, timeout=180)
        shutil.move(source.with_suffix(".pdf"), path)
    return path
