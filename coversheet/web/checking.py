"""The engine, called as the commands call it: check a draft, read an upload, make downloads.

A draft from the form is written as a JSON file in the server's own temporary folder and
checked by `check_file`, the function `coversheet check` runs on every file: same rules, same
codes, messages and hints. An upload is read by `read_sheet`, the one read path `extract` uses,
after the same vetting. All of it runs under the per-file time budget, in the server's main
thread, where the budget's timer can interrupt it (see `coversheet.run.budget`).
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from coversheet.api import CheckOptions, check_file
from coversheet.config import BoardConfig
from coversheet.errors import UnreadableFile
from coversheet.findings import FileResult, Finding, Severity
from coversheet.rules.groups import group_of
from coversheet.run.budget import BudgetExceeded, budget_message, time_budget
from coversheet.run.one_file import check_safely, read_sheet

UPLOAD_SUFFIXES = (".docx", ".yaml", ".yml", ".json")


class Workspace:
    """The server's private temporary folder: drafts to check, uploads, rendered files.

    Every name in it is made here (a random token and a fixed suffix): nothing an author
    types or a browser sends becomes part of a path.
    """

    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="coversheet-serve-")
        self.root = Path(self._dir.name)

    def new_path(self, suffix: str) -> Path:
        if suffix not in (*UPLOAD_SUFFIXES, ".tmp"):
            raise ValueError(f"no file of kind {suffix!r} is kept")
        return self.root / f"{secrets.token_hex(12)}{suffix}"

    def close(self) -> None:
        self._dir.cleanup()


@dataclass(frozen=True)
class Shown:
    """A finding as the page shows it: an error, a warning, or writing advice."""

    finding: Finding
    kind: str  # "error", "warning" or "advice"

    @property
    def words(self) -> str:
        return {"error": "Error", "warning": "Warning", "advice": "Advice"}[self.kind]


def shown(finding: Finding) -> Shown:
    """Plain-English rules are advice unless the board made them errors; info is advice too."""
    if finding.severity is Severity.ERROR:
        return Shown(finding, "error")
    if finding.severity is Severity.INFO or group_of(finding.code) == "plain-english":
        return Shown(finding, "advice")
    return Shown(finding, "warning")


def check_draft(workspace: Workspace, draft: dict, config: BoardConfig, *, today: dt.date,
                budget: float | None, submitting: bool = True) -> FileResult:
    """`coversheet check` on `draft`, as if submitted `today` (when the board asks the date)."""
    data = dict(draft)
    if submitting and config.profile.asks("submitted_on"):
        data["submitted_on"] = today.isoformat()
    path = workspace.new_path(".json")
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    try:
        options = CheckOptions(config=config, today=today, jobs=1, time_budget=budget)
        return check_safely(check_file, path, options)
    finally:
        path.unlink(missing_ok=True)


@dataclass
class Upload:
    """What an uploaded cover sheet gave: the draft to fill the form with, or why it gave none."""

    draft: dict | None
    findings: list[Finding]
    problem: str | None = None


def read_upload(path: Path, config: BoardConfig, budget: float | None) -> Upload:
    """Read an uploaded cover sheet as `extract` reads it (a .docx is vetted as `check` vets it)."""
    from coversheet.drafts.write import Extracted

    try:
        with time_budget(budget):
            reading = read_sheet(path, config)
    except BudgetExceeded as exc:
        return Upload(None, [], budget_message(exc.seconds, "not read"))
    if reading.unreadable:
        return Upload(None, reading.findings, reading.findings[0].message)
    extracted = Extracted(reading.sheet, reading.findings, profile=config.custom_profile)
    data = extracted.data()
    data.pop("unrecognised", None)
    return Upload(data, reading.findings)


def vet_body(path: Path) -> str | None:
    """Why an uploaded paper body cannot go with the cover sheet, or None when it can."""
    from coversheet.word.writing.render import vet_docx

    try:
        vet_docx(path, "paper")
    except UnreadableFile as exc:
        return exc.message.replace(f"paper {path}: ", "").replace(str(path), "the document")
    return None


def draft_yaml(workspace: Workspace, draft: dict, config: BoardConfig, budget: float | None) -> bytes:
    """The draft as `extract` writes one: YAML, what the check found as comments."""
    from coversheet.drafts.write import Extracted

    reading = _reading(workspace, draft, config, budget)
    return Extracted(reading.sheet, reading.findings, profile=config.custom_profile).as_yaml().encode("utf-8")


def word_sheet(workspace: Workspace, draft: dict, config: BoardConfig, budget: float | None,
               *, paper: Path | None = None, out: Path | None = None) -> Path:
    """The board's Word cover sheet of `draft` (as `render` draws it under the profile),
    whether or not the draft passes: what it answers is filled in, the rest left to fill."""
    from coversheet.word.writing.sheet_document import write_sheet_document

    reading = _reading(workspace, draft, config, budget)
    out = out or workspace.new_path(".tmp")
    with time_budget(budget):
        write_sheet_document(reading.sheet, out, profile=config.custom_profile, board=config.board, paper=paper)
    return out


def blank_form(workspace: Workspace, config: BoardConfig) -> Path:
    """The fillable Word form, as `coversheet new --docx` writes it."""
    from coversheet.word.writing.form import write_form
    from coversheet.word.writing.profile_sheet import write_profile_sheet

    out = workspace.new_path(".tmp")
    profile = config.custom_profile
    if profile is not None:
        write_profile_sheet(profile, out, None, board=config.board)
    else:
        write_form(out, board_config=config)
    return out


def _reading(workspace: Workspace, draft: dict, config: BoardConfig, budget: float | None):
    path = workspace.new_path(".json")
    path.write_text(json.dumps(draft, ensure_ascii=False), encoding="utf-8")
    try:
        with time_budget(budget):
            return read_sheet(path, config)
    finally:
        path.unlink(missing_ok=True)
