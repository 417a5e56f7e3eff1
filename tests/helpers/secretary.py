"""The secretary of `coversheet serve`, without a browser: signed in with the key, building packs."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from helpers.meeting import SECRET_WORDS, draft, soffice
from helpers.serving import Author, page_text

WAIT = 240  # seconds a pack may take on a busy 2-core machine; each wait ends as soon as it can

PLAN = """\
board = "ICS Board"

[pack]
title = "Meeting in Public"
time = "10:00 - 12:30"
place = "Preston Business Centre"
"""


def pack_meeting(root: Path) -> Path:
    """Items 7 and 10 (drafts that pass) and 12 (confidential): small, so LibreOffice is quick."""
    folder = root / "2020-12-02"
    folder.mkdir()
    (folder / "coversheet.toml").write_text(PLAN, encoding="utf-8")
    (folder / "07-clinical.yaml").write_text(draft("7", "Clinical Strategy Update"), encoding="utf-8")
    (folder / "10-finance.yaml").write_text(draft("10", "ICS Finance Report"), encoding="utf-8")
    (folder / "12-estates.yaml").write_text(
        draft("12", "Estates Disposal", confidential=True, summary=f"The {SECRET_WORDS[0]} site is offered for disposal."),
        encoding="utf-8")
    return folder


def gated_soffice(bin_folder: Path, gate: Path) -> dict:
    """The environment of a server whose LibreOffice waits until `gate` exists, then runs."""
    real = soffice()
    bin_folder.mkdir(parents=True, exist_ok=True)
    script = bin_folder / "soffice"
    # Bounded (five minutes), should a failing test leave the gate shut and the server not stop it.
    script.write_text(f'#!/bin/sh\nn=0\nwhile [ ! -e "{gate}" ]; do n=$((n+1)); [ $n -gt 3000 ] && exit 1; sleep 0.1; done\n'
                      f'exec "{real}" "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return {"PATH": f"{bin_folder}{os.pathsep}{os.environ.get('PATH', '')}"}


def signed_in(served) -> Author:
    secretary = Author(served.url)
    status, _, _ = secretary.get(served.secretary_link.split(served.url, 1)[1])
    assert status == 303
    return secretary


def build_state(secretary: Author, build: str) -> dict:
    status, body, _ = secretary.request("GET", f"/secretary/pack/{build}.json")
    assert status == 200, body
    return json.loads(body)


def until(condition, what: str, seconds: float = WAIT):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.2)  # polling a server that answers as soon as asked: the loop ends when it does
    raise AssertionError(what)


def start_build(secretary: Author, kind: str = "public") -> tuple[int, str, dict]:
    status, _, _ = secretary.get("/secretary/pack")  # the page's form gives the token
    assert status == 200
    status, body, headers = secretary.post("/secretary/pack", {"kind": kind})
    return status, page_text(body), headers


