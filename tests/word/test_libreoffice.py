"""A real word processor fills in the form: LibreOffice Writer, driven through its UNO API.

The driving script (`libreoffice_fill.py`) runs under the system Python that has LibreOffice's
`uno` module (Debian's python3-uno), with its own LibreOffice profile and port; the tests skip,
with the reason, where either is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
from pathlib import Path

import pytest
from helpers.paths import ROOT

from coversheet.config import DEFAULT_CONFIG
from coversheet.run.one_file import check_file, read_sheet
from coversheet.word.writing.form import write_form
from coversheet.word.read import read_docx
from coversheet.word.writing.render import render_sheet

DRIVER = ROOT / "tests" / "helpers" / "libreoffice_fill.py"  # run by the system Python, beside LibreOffice
SYSTEM_PYTHON = Path("/usr/bin/python3")
pytestmark = pytest.mark.slow  # every test here drives LibreOffice


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fill(source: Path, target: Path, actions: list, folder: Path) -> str:
    """Open `source` in LibreOffice, do `actions`, save as .docx to `target`; LibreOffice's version."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    if not SYSTEM_PYTHON.exists() or subprocess.run([str(SYSTEM_PYTHON), "-c", "import uno"],
                                                     capture_output=True).returncode != 0:
        pytest.skip("LibreOffice's Python bridge is not installed (Debian: apt-get install python3-uno)")
    actions_file = folder / "actions.json"
    actions_file.write_text(json.dumps(actions), encoding="utf-8")
    profile = (folder / "lo-profile").as_uri()
    process = subprocess.Popen(
        [str(SYSTEM_PYTHON), str(DRIVER), soffice, profile, str(_free_port()), str(source), str(target),
         str(actions_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=240)
    finally:  # the driver stops LibreOffice; this stops whatever a timeout left behind
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
    assert process.returncode == 0, f"LibreOffice driver failed:\n{out}\n{err}"
    assert target.is_file()
    return out.splitlines()[0]


ANSWERS = [
    {"type": ["Name of the board", "ICS Board"]},
    {"type": ["Title of the paper", "ICS Finance Report"]},
    {"type": ["Agenda item number", "10"]},
    {"date": ["Pick the date of the meeting", "2020-12-02"]},
    {"date": ["Pick the date the paper was submitted", "2020-11-24"]},
    {"type": ["The paper in a few sentences", "Month 7 financial performance of the system."]},
    {"type": ["Conflicts of interest, or \u201cNone identified\u201d", "None identified"]},
    {"type": ["What is the Board asked to do with this paper, and why?", "For noting."]},
    {"type": ["The Board is asked to \u2026", "The Board is asked to note the financial position."]},
    {"tick": [None, "For information"]},
    {"tick": ["Confidential", "No"]},
    {"tick": ["Contributor/s", "None"]},
    {"type": ["Committee or group", "Finance Committee"]},
    {"date": ["Pick the date", "2020-11-04"]},
    {"type": ["What it decided or advised", "Supported"]},
    {"add_row": ["Finance Committee", ["System Leadership Executive", "18 November 2020", "Noted"]]},
    {"tick": ["Quality Impact Assessment Completed", "N/A"]},
    {"tick": ["Equality Impact Assessment Completed", "N/A"]},
    {"tick": ["Privacy Impact Assessment Completed", "N/A"]},
    {"tick": ["Financial Impact Assessment Completed", "Yes"]},
    {"tick": ["Associated Risks", "No"]},
    {"tick": ["Are Associated Risks Detailed on the Risk Register?", "N/A"]},
    {"tick": ["If Yes, Please Provide a Risk Description and Reference Number", "None"]},
]


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> tuple[Path, Path, str]:
    """(blank form, the form filled in and saved by LibreOffice, LibreOffice's version)."""
    folder = tmp_path_factory.mktemp("libreoffice-form")
    form = write_form(folder / "form.docx")
    version = _fill(form, folder / "filled.docx", ANSWERS, folder)
    return form, folder / "filled.docx", version


def test_the_form_filled_in_libreoffice_reads_back_exactly_the_answers_typed(filled):
    _, out, version = filled
    assert version.startswith("LibreOffice "), version
    raw = read_docx(out)
    assert raw.noticed == []
    assert raw.data == {
        "board": "ICS Board",
        "organisation": None,
        "title": "ICS Finance Report",
        "agenda_item": "10",
        "meeting_date": "2020-12-02",
        "submitted_on": "2020-11-24",
        "presented_by": None,
        "authors": None,
        "contributors": [],
        "sponsor": {"name": None, "role": None},
        "confidential": False,
        "confidential_reason": None,
        "purpose": {"categories": ["information"], "text": "For noting."},
        "executive_summary": "Month 7 financial performance of the system.",
        "recommendations": ["The Board is asked to note the financial position."],
        "governance": [
            {"forum": "Finance Committee", "date": "2020-11-04", "outcome": "Supported"},
            {"forum": "System Leadership Executive", "date": "2020-11-18", "outcome": "Noted"},
        ],
        "conflicts_of_interest": "None identified",
        "implications": {
            "quality": {"answer": "n/a", "note": None},
            "equality": {"answer": "n/a", "note": None},
            "privacy": {"answer": "n/a", "note": None},
            "financial": {"answer": "yes", "note": None},
        },
        "risks": {"associated": "no", "on_register": "n/a", "references": [], "note": None},
    }


def test_check_reports_only_what_the_author_left_out_never_a_prompt(filled):
    _, out, _ = filled
    result = check_file(out)
    errors = sorted((f.code, f.field) for f in result.findings if f.severity.value == "error")
    assert errors == [("CS101", "authors"), ("CS101", "presented_by")], result.findings
    text = " ".join(f.message for f in result.findings)
    for prompt in ("Name of the", "Title of the paper", "Pick the date", "Where is it"):
        assert prompt not in text


def test_the_blank_form_saved_by_libreoffice_answers_nothing(filled, tmp_path):
    form, _, _ = filled
    out = tmp_path / "saved.docx"
    _fill(form, out, [], tmp_path)
    raw = read_docx(out)
    answered = {key: value for key, value in _flat(raw.data).items() if value not in (None, [], {})}
    assert answered == {}, answered  # no prompt, and no empty box, is an answer
    assert raw.noticed == []


def test_a_standard_sheet_saved_by_libreoffice_still_passes_and_extracts_to_the_same_draft(tmp_path, example_sheet):
    sheet = render_sheet(example_sheet, tmp_path / "sheet.docx")
    out = tmp_path / "saved.docx"
    _fill(sheet, out, [], tmp_path)
    assert check_file(out).status.value == "pass", check_file(out).findings
    before = _flat(read_sheet(sheet, DEFAULT_CONFIG).sheet.model_dump(mode="json"))
    after = _flat(read_sheet(out, DEFAULT_CONFIG).sheet.model_dump(mode="json"))
    assert len(before) > 25
    for path, value in before.items():  # field by field, so a difference names its field
        assert after.get(path) == value, path
    assert after.keys() == before.keys()


def _flat(data, prefix: str = "") -> dict:
    if isinstance(data, dict) and data:
        flat: dict = {}
        for key, value in data.items():
            flat.update(_flat(value, f"{prefix}{key}."))
        return flat
    return {prefix.rstrip("."): data}
