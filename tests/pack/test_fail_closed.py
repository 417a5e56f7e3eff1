"""Fail closed: nothing of a paper not clearly public reaches the public pack or its index.

The agenda rows and the record are laid out without LibreOffice (fast); one real public
pack and its index are then searched byte by byte (text, objects, metadata, outlines,
record) for the held-back papers' titles, summaries and file names, and for rule codes.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers.meeting import body_docx, draft, soffice
from helpers.pdf_bytes import all_bytes as _all_bytes
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.config.meeting_plan import MeetingPlan
from coversheet.pack.items import gather
from coversheet.pack.record import Record, record_for, supplement
from coversheet.run.one_file import CheckOptions

# Held-back papers: (file, item, confidential as written, title, summary word). None of it
# may be published; the exemption alone may be.
HELD = [
    ("03-lease.yaml", "3", "Private", "Lease of Harbourside Wharf", "Quarrington"),
    ("04-tender.yaml", "4", "'Yes - Part II'", "Tender for Vellichor Services", "Brambleworth"),
    ("05-merger.yaml", "5", "Confidential", "Merger with Ostrander Trust", "Pellucid"),
]
PUBLIC = ("02-finance.yaml", "2", "Finance Report")
FAILING = ("06-strategy.yaml", "6", "Clinical Strategy")  # public, fails its checks: packed with --allow-failing
BODY = ("07-estates.yaml", "7", "Estates Disposal of Thistlecombe", "Gorsemoor")  # a draft saying false, its body's sheet Confidential: Yes
PLAN = """\
board = "ICS Board"
[pack]
title = "Meeting in Public"
[[pack.items]]
item = "7"
title = "Estates"
paper = "bodies/estates-thistlecombe.docx"
"""


def _meeting(folder: Path) -> Path:
    from coversheet.config import DEFAULT_CONFIG
    from coversheet.drafts.read import read_draft
    from coversheet.read.validate import validate
    from coversheet.word.writing.render import render_sheet

    folder.mkdir(parents=True)
    (folder / "coversheet.toml").write_text(PLAN, encoding="utf-8")
    (folder / PUBLIC[0]).write_text(draft(PUBLIC[1], PUBLIC[2]), encoding="utf-8")
    for name, item, written, title, word in HELD:
        text = draft(item, title, summary=f"The {word} offer and its price.").replace("confidential: false", f"confidential: {written}")
        (folder / name).write_text(text, encoding="utf-8")
    failing = draft(FAILING[1], FAILING[2]) + "x_unused: 1\n"  # an unknown key: CS002, an error
    (folder / FAILING[0]).write_text(failing, encoding="utf-8")
    (folder / BODY[0]).write_text(draft(BODY[1], BODY[2], summary=f"The {BODY[3]} site."), encoding="utf-8")
    scratch = folder.parent / "scratch"
    scratch.mkdir()
    (scratch / "7.yaml").write_text(draft(BODY[1], BODY[2], confidential=True, summary=f"The {BODY[3]} site."), encoding="utf-8")
    sheet, _ = validate(read_draft(scratch / "7.yaml"), DEFAULT_CONFIG)
    (folder / "bodies").mkdir()
    render_sheet(sheet, folder / "bodies" / "estates-thistlecombe.docx", paper=body_docx(scratch / "body.docx", f"{BODY[3]} disposal", 3))
    return folder


def _secrets() -> list[str]:
    found = []
    for name, _, _, title, word in HELD:
        found += [title, word, name, Path(name).stem]
    found += [BODY[2], BODY[3], BODY[0], "estates-thistlecombe"]
    return found


@pytest.fixture(scope="module")
def meeting(tmp_path_factory) -> Path:
    return _meeting(tmp_path_factory.mktemp("fail-closed") / "2020-12-02")


def _gather(folder: Path, *, private: bool = False, profile=None):
    from coversheet.config.meeting_plan import load_plan_file

    plan = load_plan_file(folder / "coversheet.toml") if (folder / "coversheet.toml").exists() else MeetingPlan()
    return gather(folder, plan, CheckOptions(jobs=1), private=private, allow_failing=True, profile=profile)


def test_a_paper_without_a_clear_public_answer_is_taken_in_private(meeting: Path) -> None:
    contents = _gather(meeting)
    rows = {row.item: row for row in contents.rows}
    for _, item, _, _, _ in HELD + [(None, BODY[1], None, None, None)]:
        row = rows[item]
        assert row.paper is None and row.private and row.title == "Item taken in the private session", item
    assert rows[PUBLIC[1]].paper is not None and rows[FAILING[1]].paper is not None
    said = "\n".join(contents.warnings)
    for name, item, *_ in HELD:
        assert f"item {item} ({name}) is taken in the private session" in said
    assert "bodies/estates-thistlecombe.docx marks it confidential" in said


def test_the_private_pack_still_takes_them(meeting: Path) -> None:
    rows = {row.item: row for row in _gather(meeting, private=True).rows}
    assert all(rows[item].paper is not None for _, item, *_ in HELD)


def test_the_public_rows_and_record_hold_no_rule_code_note_or_file_name(meeting: Path) -> None:
    contents = _gather(meeting)
    shown = json.dumps([[row.title, row.note, row.owner, row.action, row.format] for row in contents.rows])
    record = record_for(contents).as_json()
    for text in (shown, record):
        assert not re.search(r"CS\d{3}", text), text
        for secret in _secrets():
            assert secret not in text, secret
    assert "02-finance" not in record  # no file name at all, even a public paper's
    private_rows = {row.item: row for row in _gather(meeting, private=True).rows}
    assert "CS002" in (private_rows[FAILING[1]].note or "")  # the chair's note, in the private pack


def test_a_supplement_keeps_a_late_item_taken_in_private_under_the_boards_own_word(tmp_path: Path) -> None:
    from coversheet.config import BoardConfig

    profile = BoardConfig.model_validate({"profile": {"extends": "ics-board-2020", "confidentiality": {"private": "Part II"}}}).custom_profile
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / PUBLIC[0]).write_text(draft(PUBLIC[1], PUBLIC[2]), encoding="utf-8")
    (folder / "09-late.yaml").write_text(draft("9", "Late Confidential Paper", confidential=True), encoding="utf-8")
    contents = _gather(folder, profile=profile)
    late = next(row for row in contents.rows if row.item == "9")
    assert late.format == "Part II" and late.paper is None
    main = Record("ICS Board", contents.meeting, False, 12, [{"item": PUBLIC[1], "title": PUBLIC[2], "digest": "x"}])
    assert supplement(contents, main, tmp_path / "pack.pdf") == []
    assert [row.item for row in contents.rows] == ["9"]


# --- one real pack, searched byte by byte -------------------------------------------------------


def _page_text(pdf: Path) -> str | None:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    try:
        import pypdf
    except ImportError:
        return None
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(pdf)).pages)


@pytest.mark.slow
def test_nothing_of_a_held_back_paper_reaches_the_public_pdf_or_index(meeting: Path) -> None:
    soffice()
    out = meeting.parent / "out" / "pack.pdf"
    result = CliRunner().invoke(app, ["pack", str(meeting), "-o", str(out), "--allow-failing"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert "03-lease.yaml) is taken in the private session" in said  # the secretary is told, on stderr
    index = out.with_suffix(".html").read_text(encoding="utf-8")
    everything = _all_bytes(out)
    text = _page_text(out)
    assert "Item taken in the private session" in index
    for secret in _secrets():
        for encoded in (secret.encode(), secret.encode("utf-16-be")):
            assert encoded not in everything, secret
        assert secret not in index, secret
        if text is not None:
            assert secret not in text, secret
    assert not re.search(rb"CS\d{3}", everything) and not re.search(r"CS\d{3}", index)
    if text is not None:
        assert not re.search(r"CS\d{3}", text) and PUBLIC[2] in text and "Item taken in the private session" in " ".join(text.split())


def test_a_private_papers_words_never_name_the_public_packs_board(tmp_path: Path) -> None:
    """With no board named, the front page takes the board the papers name; in the public pack
    only papers whose sheets say public have a say, however many private ones outvote them."""
    folder = tmp_path / "meeting"
    folder.mkdir()
    (folder / "02-public.yaml").write_text(draft("2", "Finance Report"), encoding="utf-8")
    for item in ("3", "4"):
        text = draft(item, f"Disposal {item}", confidential=True).replace("board: ICS Board", "board: Board of the Vellichor Merger")
        (folder / f"0{item}-private.yaml").write_text(text, encoding="utf-8")
    public = gather(folder, MeetingPlan(), CheckOptions(jobs=1), private=False, allow_failing=True)
    private = gather(folder, MeetingPlan(), CheckOptions(jobs=1), private=True, allow_failing=True)
    assert public.board == "ICS Board"
    assert private.board == "Board of the Vellichor Merger"
