"""One LibreOffice run: the pack's Word document to a tagged PDF.

LibreOffice runs headless with a profile folder of its own (a LibreOffice the user has open
would otherwise take the job, or lock the profile), in a process group of its own so that a
conversion past the time limit is stopped with all its children.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

INSTALL_HINT = "LibreOffice is not installed: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; Windows/macOS: libreoffice.org) and try again"

# writer_pdf_Export options (LibreOffice's PDF export dialog): a tagged PDF (PDF/UA-1 checks
# on), bookmarks from headings and Word bookmarks as named destinations (the outline and the
# agenda's links are built on them), the document title in the window title bar.
PDF_OPTIONS = {
    "UseTaggedPDF": True,
    "PDFUACompliance": True,
    "ExportBookmarks": True,
    "ExportBookmarksToPDFDestination": True,
    "DisplayPDFDocumentTitle": True,
    "ExportNotes": False,
    "ExportFormFields": False,
    "IsSkipEmptyPages": False,
}


class LibreOfficeMissing(Exception):
    def __init__(self):
        super().__init__(INSTALL_HINT)


class ConversionFailed(Exception):
    """LibreOffice could not convert a document: the reason in one line."""

    def __init__(self, message: str, timed_out: bool = False):
        super().__init__(message)
        self.timed_out = timed_out


def find_soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise LibreOfficeMissing()
    return found


def filter_options() -> str:
    typed = {name: {"type": "boolean", "value": "true" if value else "false"} for name, value in PDF_OPTIONS.items()}
    return "pdf:writer_pdf_Export:" + json.dumps(typed, separators=(",", ":"))


def to_pdf(document: Path, out_dir: Path, *, timeout: float) -> Path:
    """Convert `document` to PDF in `out_dir`; raise `ConversionFailed` (or `LibreOfficeMissing`)."""
    returncode, errors = _convert([document], out_dir, timeout=timeout)
    pdf = out_dir / (document.stem + ".pdf")
    if returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        said = " ".join(errors.decode("utf-8", "replace").split())
        said = said.replace("Warning: failed to launch javaldx - java may not function correctly", "").strip()
        raise ConversionFailed(f"LibreOffice could not convert it (exit {returncode}{': ' + said[:200] if said else ''})")
    return pdf


def unconvertible(documents: list[Path], work: Path, *, timeout: float) -> dict[Path, str]:
    """Which of `documents` LibreOffice cannot convert on their own, each with the reason.

    One LibreOffice run converts them all, in order, going on past a file it cannot load; a
    run stopped at the time limit was on the first document with no PDF yet: that one is named
    and a new run takes the rest. So the search costs one run, plus one per hanging document.
    """
    find_soffice()
    alone = Path(tempfile.mkdtemp(prefix="alone-", dir=work))
    copies: dict[Path, Path] = {}
    for number, document in enumerate(documents):
        copy = alone / f"paper{number:04d}{document.suffix.lower()}"  # two papers may share a name
        shutil.copyfile(document, copy)
        copies[copy] = document
    broken: dict[Path, str] = {}
    remaining = list(copies)
    while remaining:
        out_dir = Path(tempfile.mkdtemp(prefix="pdf-", dir=work))
        try:
            _convert(remaining, out_dir, timeout=timeout)
            timed_out = False
        except ConversionFailed:
            timed_out = True
        missing = [c for c in remaining if not (out_dir / (c.stem + ".pdf")).is_file() or (out_dir / (c.stem + ".pdf")).stat().st_size == 0]
        if not timed_out:
            broken.update((copies[c], "LibreOffice could not convert it") for c in missing)
            break
        if not missing:
            break
        broken[copies[missing[0]]] = f"LibreOffice did not finish converting it within {timeout:g} seconds (--timeout)"
        remaining = missing[1:]
    return broken


def _convert(documents: list[Path], out_dir: Path, *, timeout: float) -> tuple[int, bytes]:
    """One LibreOffice run converting `documents` in order; its exit code and what it said."""
    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="coversheet-lo-") as profile:
        command = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--convert-to", filter_options(), "--outdir", str(out_dir), *map(str, documents)]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            _, errors = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _stop(process)
            raise ConversionFailed(f"LibreOffice did not finish within {timeout:g} seconds (--timeout)", timed_out=True) from None
    return process.returncode, errors


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (AttributeError, ProcessLookupError, PermissionError):  # no process groups on Windows
        process.kill()
    process.wait()
