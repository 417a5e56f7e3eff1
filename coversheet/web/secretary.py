"""The secretary's view of the meeting folder: the papers as the HTML report shows them, each
paper's findings and return notice, and the agenda.

The folder is checked as `check FOLDER` checks it (its coversheet.toml, in worker processes
each under the time budget) and checked again only when something in it has changed, as
`watch` keeps its report current. Papers are named on these pages by an opaque id, a digest
of their place in the folder: no path is ever taken from a request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from coversheet.api import CheckOptions, check_paths
from coversheet.config import BoardConfig
from coversheet.findings import CheckRun, FileResult

MAX_FILES_LOOKED_AT = 20_000  # a meeting folder has dozens


@dataclass
class Snapshot:
    signature: tuple
    run: CheckRun
    when: dt.datetime

    @property
    def version(self) -> str:
        """A short digest of the folder's state this check saw (the live page compares it)."""
        return _digest(self.signature)


def _digest(signature: tuple) -> str:
    return hashlib.sha256(repr(signature).encode("utf-8", "surrogateescape")).hexdigest()[:24]


class Folder:
    def __init__(self, folder: Path, config: BoardConfig, budget: float | None):
        self.folder, self.config, self.budget = folder, config, budget
        self._secret = secrets.token_bytes(16)
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    def paper_id(self, result: FileResult) -> str:
        relative = os.fsencode(str(Path(result.path).relative_to(self.folder.resolve())))
        return hmac.new(self._secret, relative, hashlib.sha256).hexdigest()[:20]

    def label(self, result: FileResult) -> str:
        try:
            return str(Path(result.shown).relative_to(self.folder.resolve()))
        except ValueError:
            return result.shown

    def run(self) -> Snapshot:
        """The folder's check, redone when a file in it has changed (called in a worker thread)."""
        with self._lock:
            signature = self._signature()
            if self._snapshot is None or self._snapshot.signature != signature:
                options = CheckOptions(config=self.config, jobs=min(2, os.cpu_count() or 1), time_budget=self.budget)
                run = check_paths([self.folder.resolve()], options)
                self._snapshot = Snapshot(signature, run, dt.datetime.now())
            return self._snapshot

    def version(self) -> str:
        """The digest of the folder's state now: every file's name, size and modification time,
        a walk of the folder without reading a file, cheap enough to poll every few seconds."""
        return _digest(self._signature())

    def find(self, paper_id: str) -> FileResult | None:
        for result in self.run().run.results:
            if hmac.compare_digest(self.paper_id(result), paper_id):
                return result
        return None

    def _signature(self) -> tuple:
        seen = []
        for top, folders, files in os.walk(self.folder):
            folders.sort()
            for name in sorted(files):
                try:
                    stat = os.stat(os.path.join(top, name), follow_symlinks=False)
                except OSError:
                    continue
                seen.append((top, name, stat.st_mtime_ns, stat.st_size))
                if len(seen) > MAX_FILES_LOOKED_AT:
                    return tuple(seen)
        return tuple(seen)


def notice_for(result: FileResult, config: BoardConfig) -> str | None:
    """The return notice `coversheet notice` writes for a failing paper (None when it passes)."""
    from coversheet.desk.notices import needs_notice, notice_text

    return notice_text(result, config) if needs_notice(result) else None


def agenda_for(folder: Path, config: BoardConfig, budget: float | None):
    from coversheet.desk.agenda import build_agenda

    options = CheckOptions(config=config, jobs=min(2, os.cpu_count() or 1), time_budget=budget)
    return build_agenda(folder.resolve(), options=options)


def report_rows(run: CheckRun):
    """The papers in agenda order with the report's words for their status."""
    from coversheet.report.html import rows

    return rows(run)


def report_page(run: CheckRun, title: str) -> str:
    """The same page `check --format html` writes."""
    from coversheet.report import render

    return render(run, "html", title=title)
