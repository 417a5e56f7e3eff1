"""`coversheet serve` started as a user starts it: a process on a free local port.

`Served` reads the addresses it prints (the authors' and the secretary's link) and stops it
with SIGTERM, as a service manager would. `Author` is one browser visit without a browser:
a cookie jar, the CSRF token the page gave, and the form's answers posted as a browser posts them.
"""

from __future__ import annotations

import html
import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

START_SECONDS = 60


@dataclass
class Served:
    process: subprocess.Popen
    url: str
    secretary_link: str
    lines: list[str]

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1].rstrip("/"))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start(folder: Path, *options: str, env: dict | None = None) -> Served:
    """`coversheet serve FOLDER --port 0 OPTIONS...`, once it says where it listens."""
    command = [sys.executable, "-m", "coversheet", "serve", str(folder), "--port", "0", *options]
    environment = {**os.environ, **(env or {})}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=environment)
    lines: list[str] = []
    url = link = None
    while link is None:
        line = process.stderr.readline()  # bounded: the process either prints its lines or ends
        if not line:
            process.wait(timeout=START_SECONDS)
            raise RuntimeError("coversheet serve ended before it served:\n" + "".join(lines))
        lines.append(line)
        if (found := re.search(r" at (http://\S+?)/?$", line)) and url is None:
            url = found.group(1)
        if (found := re.search(r"link \(keep it private\): (\S+)", line)):
            link = found.group(1)
    # Keep reading what it says (a warning, a traceback): a pipe nobody empties fills up and
    # would stop the server mid-write, the test then blaming the server for the hang.
    threading.Thread(target=_drain, args=(process, lines), daemon=True).start()
    return Served(process, url, link, lines)


def _drain(process: subprocess.Popen, lines: list[str]) -> None:
    for line in process.stderr:
        lines.append(line)


class Author:
    """One visit to the form, as a browser without JavaScript makes it."""

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect())
        self.token = None

    def get(self, path: str = "/", headers: dict | None = None) -> tuple[int, str, dict]:
        status, body, response_headers = self.request("GET", path, headers=headers)
        text = body.decode("utf-8", "replace")
        if (found := re.search(r'name="csrf" value="([^"]+)"', text)):
            self.token = found.group(1)
        return status, text, response_headers

    def post(self, path: str, fields: list[tuple[str, str]] | dict, files: dict | None = None,
             token: str | None = None, headers: dict | None = None) -> tuple[int, bytes, dict]:
        fields = list(fields.items()) if isinstance(fields, dict) else list(fields)
        fields.append(("csrf", self.token if token is None else token))
        body, content_type = multipart(fields, files or {})
        return self.request("POST", path, body, {"Content-Type": content_type, **(headers or {})})

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
        request = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read(), dict(error.headers)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def multipart(fields: list[tuple[str, str]], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode() + value.encode() + b"\r\n")
    for name, (filename, content) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                     "Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def page_text(body: bytes | str) -> str:
    """What a reader sees of a page: its text without tags, spaces collapsed."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = re.sub(r"<script.*?</script>|<style.*?</style>", " ", text, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def form_fields(page: str) -> list[tuple[str, str]]:
    """The answers a browser would post from the form on `page` (inputs, ticks, selections, text areas)."""
    from html.parser import HTMLParser

    fields: list[tuple[str, str]] = []

    class Parser(HTMLParser):
        in_sheet = False
        textarea = None
        select = None

        def handle_starttag(self, tag, attributes):
            a = dict(attributes)
            if tag == "form":
                self.in_sheet = a.get("id") == "sheet"
            if not self.in_sheet:
                return
            if tag == "input" and a.get("type") == "text" and a.get("name"):
                fields.append((a["name"], a.get("value") or ""))
            elif tag == "input" and a.get("type") in ("radio", "checkbox") and "checked" in a:
                fields.append((a["name"], a.get("value") or "on"))
            elif tag == "select":
                self.select = a["name"]
            elif tag == "option" and "selected" in a and self.select:
                fields.append((self.select, a.get("value") or ""))
            elif tag == "textarea" and a.get("name"):
                self.textarea = [a["name"], ""]

        def handle_data(self, data):
            if self.textarea is not None:
                self.textarea[1] += data

        def handle_endtag(self, tag):
            if tag == "textarea" and self.textarea is not None:
                fields.append((self.textarea[0], self.textarea[1].removeprefix("\n")))
                self.textarea = None
            if tag == "form":
                self.in_sheet = False

    Parser().feed(page)
    return fields


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
