"""The bodies and appendices a meeting plan names stay in the meeting's folder, as `check`
keeps to it: an absolute path, `../` or a link pointing out refuses the pack, naming the
plan's key and the path; a folder, FIFO or device named as one says so in words."""

from __future__ import annotations

import os
from pathlib import Path

import pikepdf
import pytest
from helpers.meeting import body_docx, draft
from helpers.pack_builds import run

from coversheet.pack.build import PackOptions, gather_pack

pytestmark = pytest.mark.usefixtures("no_libreoffice_needed")


def _pdf(path: Path) -> Path:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(path)
    return path


def _meeting(tmp_path: Path, *, paper: str | None = None, appendices: list[str] = ()) -> Path:
    folder = tmp_path / "papers"
    (folder / "bodies").mkdir(parents=True)
    plan = 'board = "ICS Board"\n\n[[pack.items]]\nitem = "10"\ntitle = "ICS Finance Report"\n'
    if paper:
        plan += f"paper = {paper!r}\n"
    plan += "appendices = [" + ", ".join(repr(a) for a in appendices) + "]\n"
    (folder / "coversheet.toml").write_text(plan, encoding="utf-8")
    (folder / "10-finance.yaml").write_text(draft("10", "ICS Finance Report"), encoding="utf-8")
    return folder


def _refused(folder: Path, tmp_path: Path) -> str:
    out = tmp_path / "pack.pdf"
    result = run("pack", str(folder), "-o", str(out))
    assert result.exit_code == 1, result.output
    assert not out.exists()
    return result.output


def _outside(tmp_path: Path) -> Path:
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    _pdf(secret / "salaries.pdf")
    body_docx(secret / "grievance.docx", "Not for the board", 2)
    return secret


@pytest.mark.parametrize("how", ["absolute", "dot-dot", "link in bodies"])
def test_an_appendix_outside_the_folder_refuses_the_pack_naming_it(tmp_path: Path, how: str) -> None:
    secret = _outside(tmp_path)
    name = {"absolute": str(secret / "salaries.pdf"), "dot-dot": "../elsewhere/salaries.pdf", "link in bodies": "bodies/appendix.pdf"}[how]
    folder = _meeting(tmp_path, appendices=[name])
    if how == "link in bodies":
        (folder / "bodies" / "appendix.pdf").symlink_to(secret / "salaries.pdf")
    said = " ".join(_refused(folder, tmp_path).split())
    assert (f"item 10: the meeting plan's appendices entry {name!r} is outside the meeting's folder {folder.resolve()} "
            f"(it leads to {(secret / 'salaries.pdf').resolve()}): put the file itself in the folder") in said, said


def test_a_body_outside_the_folder_refuses_the_pack_naming_it(tmp_path: Path) -> None:
    secret = _outside(tmp_path)
    folder = _meeting(tmp_path, paper="../elsewhere/grievance.docx")
    said = " ".join(_refused(folder, tmp_path).split())
    assert f"item 10: the meeting plan's paper '../elsewhere/grievance.docx' is outside the meeting's folder {folder.resolve()}" in said


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _device(path: Path) -> None:
    try:
        os.mknod(path, 0o600 | 0o020000, os.makedev(1, 3))  # a character device, as /dev/null is
    except PermissionError:
        pytest.skip("making a device needs root")


@pytest.mark.parametrize("make, kind", [(Path.mkdir, "a folder"), (_fifo, "a FIFO (named pipe)"), (_device, "a device")],
                         ids=["folder", "fifo", "device"])
def test_a_folder_fifo_or_device_named_as_an_appendix_says_what_it_is(tmp_path: Path, make, kind: str) -> None:
    folder = _meeting(tmp_path, appendices=["bodies/appendix.pdf"])
    make(folder / "bodies" / "appendix.pdf")
    said = " ".join(_refused(folder, tmp_path).split())
    assert f"item 10: the meeting plan's appendices entry 'bodies/appendix.pdf' is {kind}, not a file ({folder / 'bodies' / 'appendix.pdf'})" in said, said


def test_a_missing_appendix_is_still_said_to_be_missing(tmp_path: Path) -> None:
    folder = _meeting(tmp_path, appendices=["bodies/gone.pdf"])
    said = " ".join(_refused(folder, tmp_path).split())
    assert f"item 10: the meeting plan's appendices entry 'bodies/gone.pdf' does not exist ({folder / 'bodies' / 'gone.pdf'})" in said


def test_a_link_that_stays_in_the_folder_is_packed(tmp_path: Path) -> None:
    folder = _meeting(tmp_path, paper="bodies/body.docx", appendices=["bodies/alias.pdf", str(tmp_path / "papers" / "bodies" / "real.pdf")])
    _pdf(folder / "bodies" / "real.pdf")
    (folder / "bodies" / "alias.pdf").symlink_to("real.pdf")
    body_docx(folder / "bodies" / "body.docx", "Month 7 finance", 2)
    contents, _, _ = gather_pack(PackOptions(folder=folder, out=tmp_path / "pack.pdf"))
    paper = contents.papers[0]
    assert paper.body == folder / "bodies" / "body.docx"
    assert paper.appendices == [folder / "bodies" / "alias.pdf", folder / "bodies" / "real.pdf"]
