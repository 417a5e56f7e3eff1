"""The pack built from the secretary's pages, and the papers' page kept current as papers arrive.

The server is started as a user starts it; the pack is built by the real LibreOffice behind a
gate (a `soffice` first on PATH that waits for a file before it runs the real one), so a
second build can be asked for while the first is certainly still running, without a sleep.
"""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest

from helpers.meeting import SECRET_WORDS, draft, page_texts, poppler, soffice
from helpers.secretary import build_state, gated_soffice, pack_meeting, signed_in, start_build, until
from helpers.serving import Author, files_in, page_text, start

pytestmark = pytest.mark.processes  # each case starts coversheet (or its server) as a process of its own

@pytest.mark.slow
def test_the_pack_is_built_by_libreoffice_while_the_server_serves_and_a_second_build_is_refused(tmp_path: Path) -> None:
    poppler()
    folder = pack_meeting(tmp_path)
    gate = tmp_path / "let-libreoffice-run"
    served = start(folder, env=gated_soffice(tmp_path / "bin", gate))
    try:
        before = files_in(folder)
        secretary = signed_in(served)
        status, page, _ = secretary.get("/secretary/pack")
        assert "Build the public pack" in page and "Build the private session's pack" in page
        status, _, headers = start_build(secretary)
        assert status == 303
        build = headers["location"].rsplit("/", 1)[1]
        # LibreOffice waits at the gate: the build is running, and the server still serves.
        until(lambda: build_state(secretary, build)["step"].startswith("Exporting"), "the build never reached LibreOffice")
        assert Author(served.url).get("/")[0] == 200
        assert secretary.get("/secretary")[0] == 200
        status, text, _ = start_build(secretary, "private")
        assert status == 409 and "A pack is being built already" in text
        assert "being built" in page_text(secretary.get(f"/secretary/pack/{build}")[1])

        gate.touch()
        state = until(lambda: (s := build_state(secretary, build))["state"] != "running" and s, "the build never finished")
        assert state["state"] == "built", state
        assert "2 paper(s)" in state["headline"]
        status, page, _ = secretary.get(f"/secretary/pack/{build}")
        assert "Download the pack (PDF)" in page and f"/secretary/pack/{build}/pack.html" in page
        status, pdf_bytes, headers = secretary.request("GET", f"/secretary/pack/{build}/pack.pdf")
        assert status == 200 and headers["content-type"] == "application/pdf"
        (tmp_path / "downloaded.pdf").write_bytes(pdf_bytes)
        with pikepdf.open(tmp_path / "downloaded.pdf") as pdf:
            assert len(pdf.pages) >= 4  # front page, agenda, two cover sheets
        text = "\n".join(page_texts(tmp_path / "downloaded.pdf"))
        assert "Clinical Strategy Update" in text and "ICS Finance Report" in text
        assert SECRET_WORDS[0] not in text  # the public pack holds back the confidential paper
        status, index, _ = secretary.request("GET", f"/secretary/pack/{build}/pack.html")
        assert status == 200 and b'href="pack.pdf#page=' in index
        # The private session's pack, the second choice: every paper, the confidential one too.
        status, _, headers = start_build(secretary, "private")
        assert status == 303
        private = headers["location"].rsplit("/", 1)[1]
        state = until(lambda: (s := build_state(secretary, private))["state"] != "running" and s, "the private build never finished")
        assert state["state"] == "built" and "3 paper(s)" in state["headline"], state
        (tmp_path / "private.pdf").write_bytes(secretary.request("GET", f"/secretary/pack/{private}/pack.pdf")[1])
        assert SECRET_WORDS[0] in "\n".join(page_texts(tmp_path / "private.pdf"))
        assert secretary.request("GET", f"/secretary/pack/{build}/pack.pdf")[1] == pdf_bytes  # the first pack is still there, as it was
        # The stranger gets none of it, and the meeting folder is as it was.
        stranger = Author(served.url)
        for path in (f"/secretary/pack/{build}", f"/secretary/pack/{build}.json", f"/secretary/pack/{build}/pack.pdf"):
            assert stranger.request("GET", path)[0] == 403
        assert files_in(folder) == before
    finally:
        served.stop()


@pytest.mark.slow
def test_a_pack_that_is_refused_shows_its_reasons_not_a_traceback(tmp_path: Path) -> None:
    folder = pack_meeting(tmp_path)
    (folder / "11-late.yaml").write_text(draft("11", "Late Paper").replace("title: Late Paper", "title:"), encoding="utf-8")
    for item in range(13, 25):  # a meeting of many papers: the build's check uses worker processes
        (folder / f"{item}-paper.yaml").write_text(draft(str(item), f"Paper {item}"), encoding="utf-8")
    soffice()
    served = start(folder)
    try:
        secretary = signed_in(served)
        status, _, headers = start_build(secretary)
        assert status == 303
        build = headers["location"].rsplit("/", 1)[1]
        state = until(lambda: (s := build_state(secretary, build))["state"] != "running" and s, "the build never finished")
        assert state["state"] == "refused"
        assert "1 paper(s) fail their checks and are not packed" in state["headline"]
        assert any("11-late.yaml" in line for line in state["lines"]), state["lines"]
        page = page_text(secretary.get(f"/secretary/pack/{build}")[1])
        assert "Not built" in page and "11-late.yaml" in page and "Traceback" not in page
        assert "Download the pack" not in page
        assert secretary.request("GET", f"/secretary/pack/{build}/pack.pdf")[0] == 404
        assert not any("Traceback" in line for line in served.lines)
    finally:
        served.stop()


def test_the_pack_button_needs_the_key_and_the_pages_token(tmp_path: Path) -> None:
    folder = pack_meeting(tmp_path)
    served = start(folder)
    try:
        stranger = Author(served.url)
        assert stranger.get("/secretary/pack")[0] == 403
        status, body, _ = stranger.post("/secretary/pack", {"kind": "public"}, token="guessed")
        assert status == 403 and "This page is for the board secretary" in page_text(body)
        secretary = signed_in(served)
        secretary.get("/secretary/pack")
        status, body, _ = secretary.post("/secretary/pack", {"kind": "public"}, token="forged-token-from-another-site")
        assert status == 403 and "could not be accepted" in page_text(body) and "No pack was built" in page_text(body)
        status, page, _ = secretary.get("/secretary/pack")
        assert "Packs built since" not in page  # no build was started
        assert Author(served.url).get("/")[0] == 200
    finally:
        served.stop()


def test_without_libreoffice_the_button_is_a_sentence_saying_so(tmp_path: Path) -> None:
    folder = pack_meeting(tmp_path)
    empty = tmp_path / "no-programs"
    empty.mkdir()
    served = start(folder, env={"PATH": str(empty)})
    try:
        secretary = signed_in(served)
        status, page, _ = secretary.get("/secretary/pack")
        assert status == 200
        assert "LibreOffice is not installed" in page_text(page) and "Build the public pack" not in page
    finally:
        served.stop()


def test_the_papers_page_follows_the_folder_as_papers_arrive_change_and_leave(tmp_path: Path) -> None:
    folder = pack_meeting(tmp_path)
    served = start(folder)
    try:
        secretary = signed_in(served)
        status, page, _ = secretary.get("/secretary")
        version = page.split('data-version="', 1)[1].split('"', 1)[0]
        assert "3 papers" in page_text(page)

        def papers(since: str) -> dict:
            status, body, _ = secretary.request("GET", f"/secretary/papers.json?since={since}")
            assert status == 200
            return json.loads(body)

        assert papers(version) == {"changed": False}  # nothing has changed: nothing checked again
        (folder / "11-arrived.yaml").write_text(draft("11", "Winter Plan"), encoding="utf-8")
        arrived = papers(version)
        assert arrived["changed"] and arrived["version"] != version
        assert "Winter Plan" in arrived["html"] and "4 paper(s)" in arrived["summary"]
        assert papers(arrived["version"]) == {"changed": False}
        (folder / "11-arrived.yaml").write_text(draft("11", "Winter Plan").replace("title: Winter Plan", "title:"), encoding="utf-8")
        changed = papers(arrived["version"])
        assert changed["changed"] and "Winter Plan" not in changed["html"] and "1 to send back" in changed["summary"]
        (folder / "11-arrived.yaml").unlink()
        left = papers(changed["version"])
        assert left["changed"] and "3 paper(s)" in left["summary"]
        # Without JavaScript a reload shows the same.
        assert "3 papers" in page_text(secretary.get("/secretary")[1])
        assert Author(served.url).request("GET", f"/secretary/papers.json?since={version}")[0] == 403
    finally:
        served.stop()


@pytest.mark.slow
def test_stopping_the_server_stops_a_build_and_leaves_no_libreoffice_running(tmp_path: Path) -> None:
    folder = pack_meeting(tmp_path)
    gate = tmp_path / "let-libreoffice-run"
    programs = tmp_path / "bin"
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    served = start(folder, env={**gated_soffice(programs, gate), "TMPDIR": str(temporary)})
    try:
        secretary = signed_in(served)
        status, _, headers = start_build(secretary)
        build = headers["location"].rsplit("/", 1)[1]
        until(lambda: build_state(secretary, build)["step"].startswith("Exporting"), "the build never reached LibreOffice")
        until(lambda: running(programs), "LibreOffice (the gated one) never started")
    finally:
        served.stop()
    assert not running(programs), "LibreOffice was left running after the server stopped"
    assert not any(temporary.glob("coversheet-*")), "the build's files were left behind: " + str(list(temporary.iterdir()))
    assert not any("Traceback" in line for line in served.lines), "".join(served.lines)


def running(programs: Path) -> list[str]:
    """The processes running a program from `programs` (by their command lines)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            words = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue  # it ended as we looked
        if any(str(programs).encode() in word for word in words):
            found.append(cmdline.parent.name)
    return found
