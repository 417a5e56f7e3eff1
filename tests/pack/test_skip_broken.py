"""A paper that cannot be converted: named and the pack not written, or with --skip-broken shown "to follow"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from helpers.meeting import body_docx, page_texts, slow_soffice, soffice
from helpers.pack_builds import run

from coversheet.pack.libreoffice import TimeLimit, unconvertible

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def damaged(meeting: Path, tmp_path_factory) -> Path:
    """The meeting with item 10's body cut short, as a failed upload or copy leaves it."""
    folder = tmp_path_factory.mktemp("broken") / "papers"
    shutil.copytree(meeting, folder)
    body = folder / "bodies" / "finance-body.docx"
    body.write_bytes(body.read_bytes()[:4000])
    return folder


def test_a_paper_that_cannot_be_converted_is_named_and_nothing_is_written(damaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = run("pack", str(damaged), "-o", str(out))
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert "use --skip-broken" in said
    assert f"item 10: {damaged / 'bodies' / 'finance-body.docx'}: not a valid Word document: truncated or corrupt zip" in said
    assert list(tmp_path.iterdir()) == []


def test_with_skip_broken_the_item_is_to_follow_and_the_rest_is_packed(damaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = run("pack", str(damaged), "-o", str(out), "--skip-broken")
    assert result.exit_code == 0, result.output
    assert "warning: item 10 is shown to follow:" in result.output and "finance-body.docx" in result.output
    pages = page_texts(out)
    agenda = pages[1]
    row = next(line for line in agenda.splitlines() if line.startswith("10."))
    assert "ICS Finance Report" in row and "To follow" in row and not row.rstrip()[-1].isdigit()  # no pages quoted
    assert "Month 7 finance" not in "\n".join(pages) and "Appendix A" not in "\n".join(pages)
    with pikepdf.open(out) as pdf, pdf.open_outline() as tree:
        titles = [item.title for item in tree.root]
    assert titles == ["Front page", "Agenda", "7. Clinical Strategy Update", "9. System Assurance Framework"]
    assert "Clinical Strategy Update" in out.with_suffix(".html").read_text(encoding="utf-8")


def test_libreoffice_names_the_documents_it_cannot_convert_in_one_run(tmp_path: Path) -> None:
    soffice()
    good = body_docx(tmp_path / "good.docx", "A good paper", 3)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip archive at all")
    work = tmp_path / "work"
    work.mkdir()
    found = unconvertible([good, bad], work, limit=TimeLimit(120))
    assert found.broken == {bad: "LibreOffice could not convert it"} and found.cleared == [good] and found.finished


def test_past_the_time_limit_no_document_is_blamed_and_no_run_is_started_again(tmp_path: Path, monkeypatch) -> None:
    slow_soffice(tmp_path / "bin", monkeypatch)
    first = body_docx(tmp_path / "first.docx", "First", 3)
    second = body_docx(tmp_path / "second.docx", "Second", 3)
    work = tmp_path / "work"
    work.mkdir()
    # LibreOffice hangs: the run is stopped when the time runs out, on the first document;
    # a hang and a slow start cannot be told apart, so neither is blamed, and no run follows.
    limit = TimeLimit(0.5)
    found = unconvertible([first, second], work, limit=limit)
    assert (found.broken, found.cleared, found.stuck, found.untried) == ({}, [], first, [second])
    assert limit.left() == 0


@pytest.mark.parametrize(("hostile", "says"), [("zip-bomb.docx", "zip bomb"), ("billion-laughs.docx", "DOCTYPE")])
def test_a_hostile_body_is_refused_by_the_same_vetting_as_check_and_render(meeting: Path, tmp_path: Path, hostile: str, says: str) -> None:
    from helpers.paths import HOSTILE

    folder = tmp_path / "papers"
    shutil.copytree(meeting, folder)
    shutil.copy(HOSTILE / hostile, folder / "bodies" / "finance-body.docx")
    out = tmp_path / "pack.pdf"
    result = run("pack", str(folder), "-o", str(out))
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert f"item 10: {folder / 'bodies' / 'finance-body.docx'}:" in said and says in said, said
    assert not out.exists() and "Traceback" not in result.output


def test_a_paper_whose_cover_sheet_cannot_be_read_is_refused_or_left_out_with_skip_broken(meeting: Path, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    shutil.copytree(meeting, folder)
    damaged = folder / "11-damaged.docx"
    damaged.write_bytes((folder / "09-assurance.docx").read_bytes()[:3000])  # cut short: its item cannot be read
    out = tmp_path / "out" / "pack.pdf"
    result = run("pack", str(folder), "-o", str(out))
    assert result.exit_code == 1, result.output
    said = " ".join(result.output.split())
    assert "use --skip-broken to pack the rest, leaving out the files that cannot be read" in said
    assert "11-damaged.docx: cannot be read (CS001 not a valid Word document" in said and not out.exists()
    result = run("pack", str(folder), "-o", str(out), "--skip-broken")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "warning: 11-damaged.docx is left out: its cover sheet cannot be read (CS001 not a valid Word document" in said
    assert "so its agenda item is not known" in said
    titles = [line.split()[0] for line in page_texts(out)[1].splitlines() if line[:1].isdigit()]
    assert titles == ["1.", "7.", "9.", "10.", "12."]  # the readable papers and the plan's items, packed
