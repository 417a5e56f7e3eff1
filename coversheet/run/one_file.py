"""Check one file: read it, validate it into the model, run the rules. Never prints.

`read_sheet` (`coversheet.run.reading`) is the one read -> validate path; `check_file` adds
the rules. One bad file never stops a run: whatever goes wrong becomes that file's result
with status `error`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from coversheet.config import BoardConfig
from coversheet.config.naming import names_for
from coversheet.errors import ConfigError, UnreadableFile
from coversheet.findings import FileResult, Finding
from coversheet.read.readers import WORD_SUFFIXES
from coversheet.rules.base import Context, Submission
from coversheet.rules.reading import crash_finding, finding_for, unreadable_finding
from coversheet.rules.running import run_rules
from coversheet.run.budget import DEFAULT_TIME_BUDGET, BudgetExceeded, budget_message, time_budget
from coversheet.run.configuration import Configurations
from coversheet.run.discovery import Refused
from coversheet.run.reading import Reading, read_sheet, validate_raw  # noqa: F401 - the read path, where callers have found it



@dataclass(frozen=True)
class CheckOptions:
    config: BoardConfig | None = None  # None: the checked folder's coversheet.toml (see `roots`)
    today: dt.date = field(default_factory=dt.date.today)
    submitted_from: str | None = None  # overrides the board's `submitted_from`
    jobs: int | None = None  # worker processes; None: one per core; 1: check in this process
    keep_sheets: bool = False  # hand each result's CoverSheet back (agenda, render)
    time_budget: float | None = DEFAULT_TIME_BUDGET  # seconds per file; None: no limit
    # Paths listed but not to be read, with why (an unreadable folder, a link out of the
    # checked folder): see `coversheet.run.discovery.find_files`.
    refused: tuple[tuple[Path, Refused], ...] = ()
    # The folders the secretary checks (resolved): their coversheet.toml, or one above, governs
    # every paper below them. Empty: the nearest coversheet.toml above each file.
    roots: tuple[Path, ...] = ()
    # The run's configurations, each coversheet.toml built once while it is unchanged.
    configurations: Configurations = field(default_factory=Configurations, compare=False, repr=False)


Worker = Callable[[Path, CheckOptions], FileResult]


def check_file(path: Path, options: CheckOptions | None = None) -> FileResult:
    """Check one file. Raises `ConfigError` only for a broken coversheet.toml."""
    options = options or CheckOptions()
    for refused, why in options.refused:
        if refused == path:
            return FileResult(path, findings=[unreadable_finding(UnreadableFile(why.reason, hint=why.hint))], unreadable=True)
    config = options.config or options.configurations.for_file(path, options.roots)
    result = FileResult(path)
    reading = read_sheet(path, config)
    if reading.unreadable:
        result.unreadable = True
        result.findings = reading.findings
        return result
    sheet = reading.sheet
    result.agenda_item, result.title = sheet.agenda_item, sheet.title
    result.meeting_date = sheet.meeting_date.isoformat() if sheet.meeting_date else None
    if options.keep_sheets:
        result.sheet = sheet
        result.confidential_written = reading.raw.written("confidential")
    from coversheet.run.confidentiality import disagreements

    names = names_for(config)
    reading.findings.extend(finding_for(n, names) for n in disagreements(path, sheet, reading.raw, config, options.roots))
    context = Context(config=config, today=options.today, submission=_submission(path, config, options))
    rules_found = run_rules(sheet, context, reading.raw, reported=reading.findings)
    result.findings = _order(reading.findings + rules_found)
    return result


def check_safely(worker: Worker, path: Path, options: CheckOptions) -> FileResult:
    """`worker(path, options)`, with any crash or overrun turned into the file's `error` result."""
    try:
        with time_budget(options.time_budget):
            return worker(path, options)
    except BudgetExceeded as exc:
        return crashed(path, budget_message(exc.seconds))
    except ConfigError:
        raise  # a broken coversheet.toml is the user's to fix: exit 2, not a file result
    except Exception as exc:  # noqa: BLE001 - the whole point: one file never stops the run
        return crashed(path, f"the checker failed on this file ({type(exc).__name__}: {_short(exc)})")


def crashed(path: Path, message: str) -> FileResult:
    """The `error` result of a file that could not be checked at all."""
    return FileResult(path, findings=[crash_finding(message)], unreadable=True)


def _order(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (-f.severity.rank, f.line or 0, f.code))


def _submission(path: Path, config: BoardConfig, options: CheckOptions) -> Submission | None:
    source = options.submitted_from or config.submitted_from
    if source != "mtime" or path.suffix.lower() not in WORD_SUFFIXES:
        return None
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return Submission(mtime.date(), "the file's modification time")


def _short(exc: Exception, limit: int = 200) -> str:
    text = " ".join(str(exc).split()) or "no details"
    return text if len(text) <= limit else text[: limit - 1] + "…"
