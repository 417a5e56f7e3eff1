"""`coversheet serve` refuses what it must, with a clear page, writes nothing, and goes on serving.

Each test starts the server as a user does (`coversheet serve FOLDER --port 0 ...`) and talks
to it over a socket on this machine, as a browser or a hostile client would.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import select
import socket
import time
import zipfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from helpers.hostile import coversheet
from helpers.meeting_folder import complete_draft, make_folder
from helpers.serving import Author, files_in, form_fields, page_text, start

pytestmark = pytest.mark.processes  # each case starts coversheet (or its server) as a process of its own


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(tmp_path)


@pytest.fixture
def served(folder: Path):
    server = start(folder, "--accept-submissions", "--max-upload-mb", "1", "--body-timeout", "2")
    yield server
    server.stop()


def _draft_yaml(draft: dict) -> bytes:
    import io

    buffer = io.StringIO()
    YAML().dump(draft, buffer)
    return buffer.getvalue().encode()


def _fill_from(author: Author, draft: dict) -> list[tuple[str, str]]:
    """Upload `draft` to fill the form, as an author starting from a draft would; the answers it gave."""
    author.get("/")
    status, body, _ = author.post("/upload", [], files={"sheet": ("paper.yaml", _draft_yaml(draft))})
    assert status == 200, page_text(body)
    return form_fields(body.decode())


def _still_serving(served) -> None:
    status, text, _ = Author(served.url).get("/")
    assert status == 200 and "cover sheet" in text


def test_a_passing_sheet_is_submitted_under_a_name_of_the_servers_and_a_second_is_a_new_version(served, folder: Path) -> None:
    author = Author(served.url)
    fields = _fill_from(author, complete_draft())
    status, _, headers = author.post("/", fields + [("action", "submit")])
    assert status == 303 and headers["location"] == "/receipt"
    status, receipt, _ = author.get("/receipt")
    assert "Cover sheet submitted" in receipt and "ICS Finance Report" in receipt
    status, _, _ = author.post("/", fields + [("action", "submit")])
    written = sorted((name for name in files_in(folder) if name.endswith(".docx")), key=len)
    assert len(written) == 2 and written[1] == written[0].replace(".docx", "-v2.docx")
    extracted = coversheet("extract", folder / written[0], "--format", "json")
    assert json.loads(extracted.stdout)["submitted_on"] == dt.date.today().isoformat()


def test_another_authors_paper_is_never_shown(served, folder: Path) -> None:
    first = Author(served.url)
    fields = _fill_from(first, complete_draft())
    assert first.post("/", fields + [("action", "submit")])[0] == 303
    other = Author(served.url)
    status, page, _ = other.get("/")
    assert "ICS Finance Report" not in page and "Elaine Collier" not in page
    status, _, headers = other.get("/receipt")
    assert status == 303 and headers["location"] == "/"
    # Nor through the secretary's pages, nor with the first author's session as a guess.
    for path in ("/secretary", "/secretary/agenda", "/secretary/report.html"):
        status, text, _ = other.get(path)
        assert status == 403 and "ICS Finance Report" not in text


def test_the_secretarys_pages_need_the_key(served, folder: Path) -> None:
    author = Author(served.url)
    fields = _fill_from(author, complete_draft())
    author.post("/", fields + [("action", "submit")])
    stranger = Author(served.url)
    for path in ("/secretary", "/secretary/agenda", "/secretary/report.html", "/secretary/paper/0123456789abcdef0123"):
        status, text, _ = stranger.get(path)
        assert status == 403, path
        assert "This page is for the board secretary" in page_text(text)
    status, text, _ = stranger.get("/secretary?key=not-the-key")
    assert status == 403 and "wrong key" in page_text(text)
    # A header naming a user counts for nothing unless serve was told to trust it.
    status, _, _ = stranger.get("/secretary", headers={"X-Remote-User": "secretary@example.nhs.uk"})
    assert status == 403

    secretary = Author(served.url)
    key_path = served.secretary_link.split(served.url, 1)[1]
    status, _, headers = secretary.get(key_path)
    assert status == 303 and headers["location"] == "/secretary"  # the key leaves the address bar
    status, page, _ = secretary.get("/secretary")
    assert status == 200 and "ICS Finance Report" in page
    paper = page.split('href="/secretary/paper/')[1].split('"')[0]
    assert secretary.get(f"/secretary/paper/{paper}")[0] == 200
    assert stranger.get(f"/secretary/paper/{paper}")[0] == 403


def test_a_trusted_header_is_taken_only_when_serve_is_told(folder: Path) -> None:
    server = start(folder, "--trust-header", "X-Remote-User")
    try:
        author = Author(server.url)
        assert author.get("/secretary")[0] == 403
        status, page, _ = author.get("/secretary", headers={"X-Remote-User": "jo.bloggs"})
        assert status == 200 and "jo.bloggs" in page
    finally:
        server.stop()


def test_a_path_typed_in_a_field_reaches_no_file_name(served, folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "escaped.docx"
    draft = complete_draft()
    draft["title"] = f"../../{target.name}"
    draft["agenda_item"] = str(target)
    author = Author(served.url)
    fields = _fill_from(author, draft)
    assert author.post("/", fields + [("action", "submit")])[0] == 303
    assert not target.exists()
    names = files_in(folder)
    assert len(names) == 2 and all("/" not in n and "escaped" not in n for n in names)
    status, download, headers = author.post("/", fields + [("action", "docx")])
    assert status == 200 and headers["content-disposition"] == 'attachment; filename="cover-sheet.docx"'


def test_a_forged_csrf_token_is_refused_and_nothing_is_written(served, folder: Path) -> None:
    before = files_in(folder)
    author = Author(served.url)
    fields = _fill_from(author, complete_draft())
    status, body, _ = author.post("/", fields + [("action", "submit")], token="forged-token")
    assert status == 403 and "security token does not match" in page_text(body)
    status, body, _ = author.post("/check", [("title", "x")], token="", headers={"X-CSRF-Token": "forged"})
    assert status == 403
    # A page on another site posting with the author's... no cookie at all: refused too.
    status, body, _ = Author(served.url).post("/", fields + [("action", "submit")], token=author.token)
    assert status == 403
    assert files_in(folder) == before
    _still_serving(served)


def _raw(served, head: bytes) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", served.port), timeout=30)
    sock.sendall(head)
    return sock


def _response(sock: socket.socket, seconds: float = 30) -> bytes:
    sock.settimeout(seconds)
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, socket.timeout):
            break
        if not chunk:
            break
        data += chunk
    return data


def test_a_1_gb_upload_is_refused_before_it_is_read(served, folder: Path) -> None:
    author = Author(served.url)
    author.get("/")
    cookie = "; ".join(f"{c.name}={c.value}" for c in author.jar)
    gigabyte = 1_000_000_000
    head = (f"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
            f"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {gigabyte}\r\n\r\n").encode()
    sock = _raw(served, head)
    sent, chunk = 0, b"\0" * 65536
    sock.setblocking(False)
    while sent < gigabyte:  # stop as soon as the server answers
        if select.select([sock], [], [], 0)[0]:
            break
        try:
            sent += sock.send(chunk)
        except BlockingIOError:
            select.select([sock], [sock], [], 1)
        except (BrokenPipeError, ConnectionResetError):
            break
    sock.setblocking(True)
    answer = _response(sock)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert "The file is too large" in page_text(answer)
    assert sent < 50_000_000  # refused long before a gigabyte was sent
    # Announced by no Content-Length (chunked): refused once past the limit.
    head = (f"POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
            "Content-Type: multipart/form-data; boundary=x\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
    sock = _raw(served, head)
    start_of_file = b'--x\r\nContent-Disposition: form-data; name="sheet"; filename="big.docx"\r\n\r\n'
    sock.sendall(f"{len(start_of_file):x}\r\n".encode() + start_of_file + b"\r\n")
    try:
        for _ in range(40):  # 40 x 64 KB: past the 1 MB limit, bounded
            sock.sendall(b"10000\r\n" + chunk + b"\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass
    answer = _response(sock)
    assert b" 413 " in answer.split(b"\r\n", 1)[0], answer[:200]
    assert files_in(folder) == ["coversheet.toml"]
    _still_serving(served)


def _zip_bomb(path: Path) -> Path:
    """A 200 KB .docx whose document part inflates to 150 MB (over the readers' bound)."""
    from helpers.hostile import CONTENT_TYPES, PACKAGE_RELS

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            block = b" " * 1_000_000
            for _ in range(150):
                part.write(block)
    return path


def test_a_zip_bomb_is_refused_with_a_clear_page(served, folder: Path, tmp_path: Path) -> None:
    bomb = _zip_bomb(tmp_path / "bomb.docx")
    assert bomb.stat().st_size < 1_000_000
    author = Author(served.url)
    author.get("/")
    started = time.monotonic()
    status, body, _ = author.post("/upload", [], files={"sheet": ("cover.docx", bomb.read_bytes())})
    assert status == 422
    text = page_text(body)
    assert "Your file could not be read" in text and "There is a problem" in text
    assert str(tmp_path) not in text and "/tmp/" not in text  # no server path in the page
    assert time.monotonic() - started < 30
    # As the paper's body, too.
    fields = [("title", "x"), ("action", "check")]
    status, body, _ = author.post("/", fields, files={"paper": ("body.docx", bomb.read_bytes())})
    assert "The paper could not be used" in page_text(body)
    assert files_in(folder) == ["coversheet.toml"]
    _still_serving(served)


def test_a_slow_client_is_refused_and_the_server_goes_on_serving(served, folder: Path) -> None:
    author = Author(served.url)
    author.get("/")
    cookie = "; ".join(f"{c.name}={c.value}" for c in author.jar)
    head = (f"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\ntitle=").encode()
    slow = _raw(served, head)
    # While it dawdles, everyone else is served.
    _still_serving(served)
    answer = _response(slow, seconds=20)
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert "took too long" in page_text(answer)
    assert files_in(folder) == ["coversheet.toml"]
    _still_serving(served)


def test_the_json_check_gives_the_engines_findings_for_each_question(served) -> None:
    author = Author(served.url)
    author.get("/")
    status, body, _ = author.post("/check", [("title", "Report"), ("executive_summary", "The XYZ board.")],
                                  headers={"X-CSRF-Token": author.token})
    answer = json.loads(body)
    assert status == 200 and answer["status"] == "fail"
    assert ["#f-agenda_item", "agenda_item is not given: the sheet does not say the agenda item."] in answer["boxes"]["q-agenda_item"]["errors"]
    assert "Advice:" in answer["boxes"]["q-executive_summary"]["html"] and "CS601" in answer["boxes"]["q-executive_summary"]["html"]
    assert answer["boxes"]["q-title"]["errors"] == []


def test_the_secretarys_key_can_be_given_in_the_environment(folder: Path) -> None:
    key = "a-secret-of-the-secretarys-choosing"
    server = start(folder, env={"COVERSHEET_SECRETARY_KEY": key})
    try:
        assert server.secretary_link == f"{server.url}/secretary?key={key}"
        secretary = Author(server.url)
        assert secretary.get(f"/secretary?key={key}")[0] == 303
        assert secretary.get("/secretary")[0] == 200
    finally:
        server.stop()


def test_serve_on_another_address_warns(folder: Path) -> None:
    server = start(folder, "--host", "0.0.0.0")
    try:
        assert any("warning: listening on 0.0.0.0" in line for line in server.lines)
    finally:
        server.stop()


def test_serve_refuses_a_folder_that_is_not_one(tmp_path: Path) -> None:
    result = coversheet("serve", tmp_path / "missing", "--port", "0")
    assert result.returncode == 2 and "not a folder" in result.stderr and "Traceback" not in result.stderr


def test_the_draft_and_the_blank_form_can_be_taken_away_whether_or_not_the_sheet_passes(served, folder: Path, tmp_path: Path) -> None:
    author = Author(served.url)
    fields = _fill_from(author, complete_draft())
    status, body, headers = author.post("/", fields + [("action", "yaml")])
    assert status == 200 and headers["content-disposition"] == 'attachment; filename="cover-sheet.yaml"'
    draft = tmp_path / "draft.yaml"
    draft.write_bytes(body)
    result = coversheet("check", draft, "--config", folder / "coversheet.toml")
    assert result.returncode == 0, result.stdout
    # A sheet that fails still downloads, its findings as comments in the draft.
    status, body, _ = author.post("/", [("title", "Only a title"), ("action", "yaml")])
    assert status == 200 and b"title: Only a title" in body
    status, body, headers = author.post("/", [("title", "Only a title"), ("action", "docx")])
    assert status == 200 and body[:2] == b"PK"
    status, body, headers = author.get("/form.docx")
    assert status == 200 and headers["content-disposition"] == 'attachment; filename="cover-sheet-form.docx"'
    assert files_in(folder) == ["coversheet.toml"]


def test_a_late_paper_is_not_submitted_the_deadline_applied_as_check_applies_it(tmp_path: Path) -> None:
    folder = tmp_path / "soon"
    folder.mkdir()
    soon = dt.date.today() + dt.timedelta(days=2)  # inside five working days, whatever the weekday
    (folder / "coversheet.toml").write_text(f'board = "ICS Board"\nmeetings = [{soon.isoformat()}]\ndeadline_working_days = 5\n', encoding="utf-8")
    server = start(folder, "--accept-submissions")
    try:
        author = Author(server.url)
        draft = complete_draft()
        draft["meeting_date"] = soon.isoformat()
        fields = _fill_from(author, draft)
        status, body, _ = author.post("/", fields + [("action", "submit")])
        text = page_text(body)
        assert status == 422 and "Not submitted" in text and "CS501" in text
        assert files_in(folder) == ["coversheet.toml"]
    finally:
        server.stop()


def test_pages_fetch_nothing_from_elsewhere(served) -> None:
    status, page, headers = Author(served.url).get("/")
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    for reference in re.findall(r'(?:src|href)="([^"#]+)"', page):
        assert reference.startswith("/"), reference
