"""One LibreOffice run: the pack's Word document to a tagged PDF.

LibreOffice runs headless with a profile folder of its own (a LibreOffice the user has open
would otherwise take the job, or lock the profile) and its own temporary folder, in a session
of its own. So Ctrl-C on the terminal does not reach it: when a run passes the time limit or
the pack is interrupted, its whole process group is killed here, and its folders are removed
only once none of it is left to make them again.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from coversheet.interrupts import held
from coversheet.pack.scratch import ROOM_FOR_LIBREOFFICE, check_room, scratch, told_when_full

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


# After its process group is killed, the longest wait for the last of it to be gone (a process
# killed in the middle of a disk write ends when the write does).
GROUP_GONE_WAIT = 5.0


class TimeLimit:
    """The seconds LibreOffice may take over one pack (--timeout), shared by all its runs: the
    export, the search for a paper it cannot convert, and the export again without that paper.
    So however the search goes, the pack's conversions together stay within the limit."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.spent = 0.0

    def left(self) -> float:
        return max(0.0, self.seconds - self.spent)


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


def to_pdf(document: Path, out_dir: Path, *, limit: TimeLimit) -> Path:
    """Convert `document` to PDF in `out_dir`; raise `ConversionFailed` (`timed_out` when the
    time limit ran out), `TempFolderFull` or `LibreOfficeMissing`."""
    returncode, errors = _convert([document], out_dir, limit=limit)
    pdf = out_dir / (document.stem + ".pdf")
    if returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        check_room(out_dir, ROOM_FOR_LIBREOFFICE + 2 * document.stat().st_size)
        said = " ".join(errors.decode("utf-8", "replace").split())
        said = said.replace("Warning: failed to launch javaldx - java may not function correctly", "").strip()
        raise ConversionFailed(f"LibreOffice could not convert it (exit {returncode}{': ' + said[:200] if said else ''})")
    return pdf


@dataclass
class Search:
    """What one LibreOffice run over the papers, each on its own, found before it ended."""

    broken: dict[Path, str] = field(default_factory=dict)  # could not be converted, and why
    cleared: list[Path] = field(default_factory=list)  # converted on its own
    stuck: Path | None = None  # still being converted when the time limit ran out
    untried: list[Path] = field(default_factory=list)  # not reached before the time limit ran out

    @property
    def finished(self) -> bool:
        return self.stuck is None and not self.untried


def unconvertible(documents: list[Path], work: Path, *, limit: TimeLimit) -> Search:
    """Which of `documents` LibreOffice cannot convert on their own, each with the reason.

    One LibreOffice run converts them all, in order, going on past a file it cannot load.
    If the time limit runs out first, the papers converted by then are cleared, those it went
    past are named, and the one it was on and those after it are neither: a paper that hangs
    and one merely reached late cannot be told apart, so none is blamed for the time.
    Raises `TempFolderFull` when the papers failed for want of room.
    """
    find_soffice()
    with told_when_full():
        alone = Path(tempfile.mkdtemp(prefix="alone-", dir=work))
        copies: dict[Path, Path] = {}
        for number, document in enumerate(documents):
            copy = alone / f"paper{number:04d}{document.suffix.lower()}"  # two papers may share a name
            shutil.copyfile(document, copy)
            copies[copy] = document
        out_dir = Path(tempfile.mkdtemp(prefix="pdf-", dir=work))
    try:
        _convert(list(copies), out_dir, limit=limit)
        timed_out = False
    except ConversionFailed:
        timed_out = True
    done = [(out_dir / (copy.stem + ".pdf")).is_file() and (out_dir / (copy.stem + ".pdf")).stat().st_size > 0 for copy in copies]
    reached = max((number + 1 for number, converted in enumerate(done) if converted), default=0)
    if not timed_out:
        reached = len(copies)
    search = Search()
    for number, (copy, document) in enumerate(copies.items()):
        if done[number]:
            search.cleared.append(document)
        elif number < reached:
            search.broken[document] = "LibreOffice could not convert it"
        elif search.stuck is None:
            search.stuck = document
        else:
            search.untried.append(document)
    if search.broken:
        check_room(out_dir, ROOM_FOR_LIBREOFFICE + 2 * sum(copy.stat().st_size for copy in copies))
    return search


def _convert(documents: list[Path], out_dir: Path, *, limit: TimeLimit) -> tuple[int, bytes]:
    """One LibreOffice run converting `documents` in order, within the time `limit` leaves;
    its exit code and what it said. Whatever ends it (done, the time limit, an interruption),
    none of its processes is left running and its profile and temporary files are removed."""
    soffice = find_soffice()
    if limit.left() <= 0:
        raise ConversionFailed(f"LibreOffice did not finish within {limit.seconds:g} seconds (--timeout)", timed_out=True)
    with scratch("coversheet-lo-") as own:
        profile, temporary = own / "profile", own / "tmp"
        with told_when_full():
            temporary.mkdir()
        command = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                   "--convert-to", filter_options(), "--outdir", str(out_dir), *map(str, documents)]
        environment = {**os.environ, "TMPDIR": str(temporary), "TMP": str(temporary), "TEMP": str(temporary)}
        started = time.monotonic()
        process = None
        try:
            with held():  # an interruption as it starts still finds it to stop
                process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment,
                                           start_new_session=True)
            _, errors = process.communicate(timeout=limit.left())
        except subprocess.TimeoutExpired:
            raise ConversionFailed(f"LibreOffice did not finish within {limit.seconds:g} seconds (--timeout)", timed_out=True) from None
        finally:
            with held():
                if process is not None:
                    _end(process)
            limit.spent += time.monotonic() - started
    return process.returncode, errors


def _end(process: subprocess.Popen) -> None:
    """Kill the run's whole process group and wait until none of it is left."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # all of it has ended already
    except (AttributeError, PermissionError):  # no process groups (Windows)
        process.kill()
    process.wait()
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    # The group's other processes (LibreOffice's own) are not our children: killed, they are
    # gone once the kernel has taken them down, and until then one might still write into the
    # folders about to be removed.
    gone_by = time.monotonic() + GROUP_GONE_WAIT
    while _group_running(process.pid) and time.monotonic() < gone_by:
        time.sleep(0.01)


def _group_running(group: int) -> bool:
    """Whether any process of the group still runs. A dead one waiting to be reaped by the
    system (a zombie) does not: on Linux those are told apart in /proc, as some containers'
    first process reaps orphans only now and then."""
    proc = Path("/proc")
    if not (proc / "self" / "stat").is_file():
        try:
            os.killpg(group, 0)
        except (ProcessLookupError, AttributeError, PermissionError):
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="ascii", errors="replace").rpartition(")")[2].split()
        except OSError:
            continue  # ended meanwhile
        if len(fields) > 2 and fields[2] == str(group) and fields[0] not in ("Z", "X"):
            return True
    return False
