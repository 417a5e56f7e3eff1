"""A pack stopped early (Ctrl-C, `kill`, --timeout) or short of room leaves nothing behind and says why.

LibreOffice runs in a session of its own, out of reach of the terminal's Ctrl-C: the pack
must end all of it, remove its folders once it is gone, remove its own temporary folder, and
write the PDF and the HTML index together or not at all. `--timeout` bounds every LibreOffice
run of the pack together, the search for a paper at fault included.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from helpers.cli import coversheet
from helpers.hung_libreoffice import hung_soffice, runs_of, still_running
from helpers.meeting import draft
from helpers.signals import ctrl_c_reaches_it

pytestmark = pytest.mark.slow


@pytest.fixture
def temporary(tmp_path: Path, monkeypatch) -> Path:
    """TMPDIR for the run: an empty folder of the test's, to find anything left in it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))  # this process read TMPDIR already
    return folder


@pytest.fixture(scope="module")
def word_papers(tmp_path_factory) -> Path:
    """A meeting of twelve Word papers, items 1 to 12."""
    from coversheet.config import DEFAULT_CONFIG
    from coversheet.drafts.read import read_draft
    from coversheet.read.validate import validate
    from coversheet.word.writing.render import render_sheet

    root = tmp_path_factory.mktemp("twelve")
    folder, drafts = root / "papers", root / "drafts"
    folder.mkdir()
    drafts.mkdir()
    (folder / "coversheet.toml").write_text('board = "ICS Board"\n\n[pack]\ntitle = "Meeting in Public"\n', encoding="utf-8")
    for item in range(1, 13):
        source = drafts / f"{item:02}.yaml"
        source.write_text(draft(str(item), f"Paper number {item}"), encoding="utf-8")
        sheet, _ = validate(read_draft(source), DEFAULT_CONFIG)
        render_sheet(sheet, folder / f"{item:02}-paper.docx")
    return folder


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_pack_leaves_no_libreoffice_no_temporary_folder_and_no_output(
        meeting: Path, tmp_path: Path, temporary: Path, monkeypatch, how: int) -> None:
    runs = hung_soffice(tmp_path / "bin", monkeypatch)
    out = tmp_path / "out" / "pack.pdf"
    # (started with SIGINT at its default, as a shell starts it: a child inherits an ignored
    # SIGINT from the test's process, and coversheet then leaves Ctrl-C ignored, as under nohup)
    process = subprocess.Popen([sys.executable, "-m", "coversheet", "pack", str(meeting), "-o", str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=ctrl_c_reaches_it)
    try:
        gives_up = time.monotonic() + 120
        while not runs_of(runs) and process.poll() is None and time.monotonic() < gives_up:
            time.sleep(0.02)  # polling for the event: LibreOffice has started, with its child
        assert runs_of(runs), "LibreOffice was never started"
        process.send_signal(how)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert stderr.strip().endswith("coversheet: interrupted") and "Traceback" not in stderr, stderr
    (run,) = runs_of(runs)
    assert not still_running(run.leader) and not still_running(run.child)  # the whole process group ended
    assert list(temporary.iterdir()) == []  # no coversheet-pack-*, no profile made again by LibreOffice's child
    assert not out.exists() and not out.with_suffix(".html").exists()
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_the_timeout_bounds_the_whole_search_and_blames_no_paper_for_the_time(
        word_papers: Path, tmp_path: Path, temporary: Path, monkeypatch) -> None:
    # LibreOffice fails the pack at once, so the papers are tried on their own; it converts
    # the first two, then hangs on the third. Before, each paper left cost one more --timeout
    # (12 papers at --timeout 3: 40 s), and every paper was blamed.
    runs = hung_soffice(tmp_path / "bin", monkeypatch, fails_the_pack=True, converts=2)
    out = tmp_path / "pack.pdf"
    result = coversheet("pack", word_papers, "-o", out, "--timeout", "2")
    ended = time.time()
    started = runs_of(runs)
    assert result.returncode == 1, result.stderr
    assert ended - started[0].started < 3 * 2, f"LibreOffice's runs took {ended - started[0].started:.1f} s under --timeout 2"
    said = result.stderr.splitlines()
    assert said[0] == ("coversheet: LibreOffice ran past --timeout (2 seconds) and was stopped while finding which paper "
                       "it cannot convert: the pack was not built (try again with a longer --timeout):")
    papers = sorted(word_papers.glob("*.docx"))
    assert said[1:] == [f"  item 1: {papers[0]}: converts on its own",
                        f"  item 2: {papers[1]}: converts on its own",
                        f"  item 3: {papers[2]}: not known: LibreOffice was still converting it when the time ran out",
                        *(f"  item {n + 1}: {papers[n]}: not known: not reached before the time ran out" for n in range(3, 12))]
    assert not any(still_running(pid) for run in started for pid in (run.leader, run.child))
    assert list(temporary.iterdir()) == [] and not out.exists()


def test_a_pack_past_the_timeout_on_its_first_export_says_so(word_papers: Path, tmp_path: Path, temporary: Path, monkeypatch) -> None:
    runs = hung_soffice(tmp_path / "bin", monkeypatch)
    out = tmp_path / "pack.pdf"
    result = coversheet("pack", word_papers, "-o", out, "--timeout", "1")
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        "coversheet: LibreOffice ran past --timeout (1 seconds) and was stopped: the pack was not built:",
        "  no time was left to find which paper holds it up: try again with a longer --timeout"]
    assert len(runs_of(runs)) == 1  # no search begun with no time left for it
    assert list(temporary.iterdir()) == [] and list(tmp_path.glob("pack.*")) == []


def test_an_interrupt_while_the_index_is_made_leaves_neither_the_pdf_nor_the_index(meeting: Path, tmp_path: Path, temporary: Path,
                                                                                   monkeypatch) -> None:
    from coversheet.pack import index

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(index, "render_index", interrupted)  # Ctrl-C after the PDF is finished, before the index is
    out = tmp_path / "out" / "pack.pdf"
    result = coversheet("pack", meeting, "-o", out)
    assert result.returncode == 130, result.stderr
    assert list(out.parent.iterdir()) == []  # neither pack.pdf nor pack.html, nor a temporary file
    assert list(temporary.iterdir()) == []


@pytest.fixture
def tiny_tmpfs(tmp_path: Path, monkeypatch, request):
    """TMPDIR on a file system of `request.param` bytes (mounted as root; skipped otherwise)."""
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={request.param}", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root): the full temporary folder is tested by its stand-in")
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


# 64 KB: the pack's own Word document does not fit; 600 KB: it does, LibreOffice's profile and PDF do not.
@pytest.mark.parametrize("tiny_tmpfs", ["64k", "600k"], indirect=True)
def test_a_full_temporary_folder_is_said_naming_it_not_blamed_on_the_papers(meeting: Path, tmp_path: Path, tiny_tmpfs: Path) -> None:
    out = tmp_path / "out" / "pack.pdf"
    result = coversheet("pack", meeting, "-o", out)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"coversheet: the temporary folder {tiny_tmpfs} ")
    assert line.endswith(": free some space there, or set TMPDIR to a folder with room, and try again")
    assert " is full " in line or " free, too little for LibreOffice" in line
    assert not out.exists() and list(tiny_tmpfs.iterdir()) == []


def test_a_conversion_failed_for_want_of_room_is_put_down_to_the_temporary_folder(word_papers: Path, tmp_path: Path, temporary: Path,
                                                                                  monkeypatch) -> None:
    # The stand-in for a full folder where no small file system can be mounted: LibreOffice
    # fails, and the folder it worked in reports 100 KB free.
    import shutil

    hung_soffice(tmp_path / "bin", monkeypatch, fails_the_pack=True)
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda path: real(path)._replace(free=100 * 1024))
    result = coversheet("pack", word_papers, "-o", tmp_path / "pack.pdf", "--timeout", "5")
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"coversheet: the temporary folder {temporary} has only 100 KB free, too little for LibreOffice: "
        "free some space there, or set TMPDIR to a folder with room, and try again"]
