"""Run reading and rules over paths; return results. Never prints.

A path is a file or a folder (searched recursively). Each file is read by the reader for its
kind (drafts here, Word documents in `coversheet.word`), validated into the model, and handed
to every selected rule. One bad file never stops the run: it becomes a result with status
`error`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coversheet.config import BoardConfig, config_for
from coversheet.errors import UnreadableFile
from coversheet.findings import CheckRun, FileResult, Finding
from coversheet.model import CoverSheet
from coversheet.raw import RawDraft
from coversheet.rules import RULES, UNREADABLE_FILE, Context, Rule, find_rule
from coversheet.rules.base import Submission

DRAFT_SUFFIXES = (".yaml", ".yml", ".json")
WORD_SUFFIXES = (".docx",)
CHECKED_SUFFIXES = DRAFT_SUFFIXES + WORD_SUFFIXES
# The reports `coversheet watch` keeps in the folder it watches: ours, never a paper.
OWN_REPORTS = ("coversheet-report.html", "coversheet-report.json")


@dataclass(frozen=True)
class CheckOptions:
    config: BoardConfig | None = None  # None: the nearest coversheet.toml for each file
    today: dt.date = field(default_factory=dt.date.today)
    submitted_from: str | None = None  # overrides the board's `submitted_from`
    jobs: int | None = None  # worker processes; None: one per core; 1: check in this process
    keep_sheets: bool = False  # hand each result's CoverSheet back (agenda, render)


def find_files(paths: Iterable[Path]) -> list[Path]:
    """The files to check under `paths`, sorted, skipping owner, hidden and temporary files.

    A file named on the command line is always checked whatever its name; a folder is
    searched for drafts and Word documents without following symbolic links to folders
    (so a link loop cannot trap the walk).
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for folder, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not _skipped(d))
                for name in files:
                    if is_checked_name(name) and not _is_saved_report(Path(folder) / name):
                        found.append(Path(folder) / name)
        else:
            found.append(path)
    return sorted(dict.fromkeys(found), key=lambda p: str(p))


def is_checked_name(name: str) -> bool:
    """Would a folder search check a file of this name? (A draft or Word file, not skipped.)"""
    return not _skipped(name) and name.lower().endswith(CHECKED_SUFFIXES) and name not in OWN_REPORTS


# How our JSON and SARIF reports begin: a report saved into the drive is not a paper.
_REPORT_OPENINGS = ('{\n  "files": [', '{\n  "$schema": "https://json.schemastore.org/sarif')


def _is_saved_report(path: Path) -> bool:
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as handle:
            opening = handle.read(96).decode("utf-8", "replace")
    except OSError:
        return False
    return opening.startswith(_REPORT_OPENINGS)


def _skipped(name: str) -> bool:
    # "~$x.docx" is Word's owner (lock) file; ".x" hidden; "x~", "~x.tmp" editors' temporaries.
    return name.startswith(("~$", ".", "~")) or name.endswith(("~", ".tmp", ".swp"))


def check_paths(paths: Iterable[Path | str], options: CheckOptions | None = None) -> CheckRun:
    """Check every draft and Word cover sheet under `paths` (in parallel: `options.jobs`)."""
    options = options or CheckOptions()
    files = find_files(Path(p) for p in paths)
    return CheckRun(list(iter_check(files, options)))


def iter_check(files: Sequence[Path], options: CheckOptions | None = None, worker: Worker | None = None) -> Iterator[FileResult]:
    """Each file's result, in the order of `files`, as soon as it and those before it are done.

    `worker` is the unit of work (`check_file` unless a caller substitutes its own, which
    must be a module-level function so that worker processes can import it). A file whose
    check crashes becomes that file's `error` result. Only `ConfigError` (a broken
    coversheet.toml, a usage error) escapes.
    """
    from coversheet.parallel import check_in_parallel, check_safely, jobs_for

    options = options or CheckOptions()
    worker = worker or check_file
    jobs = jobs_for(options.jobs, len(files))
    if jobs <= 1:
        for path in files:
            yield check_safely(worker, path, options)
    else:
        yield from check_in_parallel(files, options, jobs, worker)


Worker = Callable[[Path, CheckOptions], FileResult]


def check_file(path: Path, options: CheckOptions | None = None) -> FileResult:
    """Check one file. Raises `ConfigError` only for a broken coversheet.toml."""
    options = options or CheckOptions()
    config = options.config or config_for(path)
    result = FileResult(path)
    try:
        raw = read_file(path)
    except UnreadableFile as exc:
        result.unreadable = True
        rule = getattr(exc, "rule", None) or UNREADABLE_FILE
        result.findings.append(rule.finding(exc.message, line=exc.line))
        return result
    sheet, findings = validate_raw(raw, config)
    result.agenda_item, result.title = sheet.agenda_item, sheet.title
    result.meeting_date = sheet.meeting_date.isoformat() if sheet.meeting_date else None
    if options.keep_sheets:
        result.sheet = sheet
    context = Context(config=config, today=options.today, submission=_submission(path, config, options))
    result.findings = _order(findings + run_rules(sheet, context, raw, reported=findings))
    return result


def read_file(path: Path) -> RawDraft:
    """Read a draft or a Word document into raw draft data; `UnreadableFile` if impossible."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UnreadableFile("no such file" if not path.exists() else "not a regular file")
    if suffix in WORD_SUFFIXES:
        from coversheet.word.read import read_docx

        return read_docx(path)
    if suffix in DRAFT_SUFFIXES:
        from coversheet.drafts import read_draft

        return read_draft(path)
    raise UnreadableFile(f"not a cover sheet: {suffix or 'no'} extension (expected .yaml, .yml, .json or .docx)")


def validate_raw(raw: RawDraft, config: BoardConfig) -> tuple[CoverSheet, list[Finding]]:
    """The sheet the model accepts, and the reader's and validator's findings."""
    from coversheet.validate import validate

    sheet, findings = validate(raw, config)
    return sheet, list(raw.findings) + findings


def run_rules(sheet: CoverSheet, context: Context, raw: RawDraft | None = None, reported: list[Finding] = ()) -> list[Finding]:
    """Every selected rule's findings, except on fields the reader already reported."""
    raw = raw or RawDraft({})
    taken = {f.field for f in reported if f.field}
    findings: list[Finding] = []
    for rule, severity in selected_rules(context.config):
        if rule.check is None:
            continue
        for problem in rule.check(sheet, context):
            if problem.field and _covered(problem.field, taken):
                continue
            findings.append(
                rule.finding(problem.message, problem.field, raw.line_of(problem.field), severity=severity, hint=problem.hint)
            )
    return findings


def selected_rules(config: BoardConfig) -> Iterator[tuple[Rule, object]]:
    """Rules the board has switched on, each with its (possibly overridden) severity."""
    settings = config.rules
    chosen = {find_rule(n).code for n in settings.select} if settings.select is not None else set(RULES)
    ignored = {find_rule(n).code for n in settings.ignore}
    overrides = {find_rule(n).code: sev for n, sev in settings.severity.items()}
    for code, rule in RULES.items():
        if code in chosen and code not in ignored:
            yield rule, overrides.get(code, rule.severity)


def _covered(field: str, taken: set[str]) -> bool:
    return any(field == t or field.startswith(t + ".") or t.startswith(field + ".") for t in taken)


def _order(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (-f.severity.rank, f.line or 0, f.code))


def _submission(path: Path, config: BoardConfig, options: CheckOptions) -> Submission | None:
    source = options.submitted_from or config.submitted_from
    if source != "mtime" or path.suffix.lower() not in WORD_SUFFIXES:
        return None
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return Submission(mtime.date(), "the file's modification time")
