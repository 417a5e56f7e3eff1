"""Watch a folder of papers and keep its HTML and JSON reports up to date.

For the week before a meeting, when papers arrive one by one: the secretary leaves
`coversheet watch` running against the drive and opens `coversheet-report.html` whenever
they like. Only files that changed are checked again (results are kept per path); changes
are debounced because saving from Word is several writes; a file caught half-saved is
retried a few times before its error is reported; our own report files never trigger a
new round.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from coversheet.config.files import CONFIG_NAME
from coversheet.errors import ConfigError
from coversheet.findings import CheckRun, FileResult, Status, escape_unprintable
from coversheet.report.saved import WATCH_REPORTS, is_saved_report
from coversheet.run.configuration import Configurations
from coversheet.run.many import plan
from coversheet.run.one_file import CheckOptions, check_file, check_safely

HTML_REPORT, JSON_REPORT = WATCH_REPORTS  # never checked as papers (see `is_saved_report`)


class ReportsUnwritten(Exception):
    """The reports could not be written (the watcher says so and tries again)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Retry:
    """How a file caught half-saved is retried: a few attempts, a short pause between."""

    attempts: int = 3
    delay: float = 0.5


@dataclass
class ReportKeeper:
    """The latest result of every paper in `folder`, and the reports written from them."""

    folder: Path
    options: CheckOptions = field(default_factory=CheckOptions)
    retry: Retry = field(default_factory=Retry)
    sleep: Callable[[float], None] = time.sleep
    results: dict[Path, FileResult] = field(default_factory=dict)
    unwritten: bool = False  # the last reports could not be written; try again

    def check_everything(self) -> CheckRun:
        """A full check (at start, or when the board's coversheet.toml changes)."""
        from coversheet.run.many import iter_check

        # A new run, with configurations of its own: a coversheet.toml added or removed above
        # a folder changes which one applies (one rewritten is read anew by any run).
        self.options = replace(self.options, configurations=Configurations())
        files, self.options = plan([self.folder], self.options, is_saved_report)
        self.results = {r.path: r for r in iter_check(files, self.options)}
        return self.write_reports()

    def update(self, changed: Iterable[Path]) -> CheckRun | None:
        """Check again what changed; None when nothing that matters did."""
        changed = {Path(p) for p in changed}
        if any(p.name == CONFIG_NAME for p in changed):
            return self.check_everything()
        files, self.options = plan([self.folder], self.options, is_saved_report)
        present = set(files)
        gone = [p for p in self.results if p not in present]
        stale = [p for p in present if p not in self.results or p in changed or _inside_any(p, changed)]
        if not gone and not stale:
            return None
        for path in gone:
            del self.results[path]
        for path in sorted(stale):
            result = check_settled(path, self.options, self.retry, self.sleep)
            if path.exists():  # not deleted while we looked
                self.results[path] = result
            else:
                self.results.pop(path, None)
        return self.write_reports()

    def run(self) -> CheckRun:
        return CheckRun([self.results[p] for p in sorted(self.results, key=str)])

    def write_reports(self) -> CheckRun:
        from coversheet.outputs import write_atomic
        from coversheet.report import render

        run = self.run()
        if not self.folder.is_dir():  # vanished: never re-create it with an empty report
            raise ReportsUnwritten("the folder is gone")
        try:
            # HTML first: whoever waits for the JSON (a script, a test) then finds both up to date.
            write_atomic(self.folder / HTML_REPORT, render(run, "html", title=f"Cover sheet check: {self.folder.name}"), force=True)
            write_atomic(self.folder / JSON_REPORT, render(run, "json"), force=True)
        except OSError as exc:
            raise ReportsUnwritten(exc.strerror or str(exc)) from None
        return run


def check_settled(path: Path, options: CheckOptions, retry: Retry = Retry(), sleep: Callable[[float], None] = time.sleep) -> FileResult:
    """Check `path`, trying again after a pause while it looks caught in the middle of a save.

    A file looks half-saved when it cannot be read at all, or when it changed while it was
    being checked. After `retry.attempts` tries the last result stands, so a file that is
    really broken is reported, just a little later.
    """
    attempts = max(1, retry.attempts)
    for attempt in range(1, attempts + 1):
        before = _signature(path)
        result = check_safely(check_file, path, options)
        settled = result.status is not Status.ERROR and _signature(path) == before
        if settled or attempt == attempts or before is None:
            break
        sleep(retry.delay)
    return result


# How often the watcher looks again, with no change seen, to retry a report it could not
# write or to see whether a vanished folder has come back.
RETRY_SECONDS = 2.0


def watch_folder(
    folder: Path,
    options: CheckOptions | None = None,
    *,
    stop: threading.Event | None = None,
    on_update: Callable[[CheckRun], None] | None = None,
    on_problem: Callable[[str], None] | None = None,
    debounce_ms: int = 800,
    retry: Retry = Retry(),
    poll: bool = False,
    retry_seconds: float = RETRY_SECONDS,
) -> None:
    """Keep the folder's reports up to date until `stop` is set (or Ctrl-C, which propagates).

    `poll` looks at the folder every fraction of a second instead of waiting for change
    notifications, which network shares do not always deliver. Only Ctrl-C (or `stop`) ends
    the watch; everything else is reported through `on_problem` and waited out:
    - a coversheet.toml broken while watching: the reports keep the last results until it is
      fixed (broken at the start, it raises `ConfigError`);
    - a report that cannot be written (permissions, a full disk, a read-only share): tried
      again every `retry_seconds` until it can;
    - the folder renamed or deleted: nothing is written (the folder is never re-created) and
      the watch resumes, with a full check, when it is back.
    """
    keeper = ReportKeeper(folder.resolve(), options or CheckOptions(), retry)
    tell = _Teller(on_problem)
    first = True
    while not (stop is not None and stop.is_set()):
        if not keeper.folder.is_dir():
            tell(f"{keeper.folder} is gone (renamed or deleted?): waiting for it to come back", key="gone")
            if not _wait_for_folder(keeper.folder, stop, retry_seconds):
                return
            tell(f"{keeper.folder} is back: checking it again", key="gone", resolved=True)
        try:
            run = _written(keeper, keeper.check_everything, tell)
        except ConfigError as exc:
            if first:
                raise  # broken at the start: the caller says so and stops (exit 2)
            tell(str(exc))  # broken while watching: keep the last reports until it is fixed
            run = None
        if first:
            _tell_ignored_configs(keeper, on_problem)
            first = False
        if run is not None and on_update:
            on_update(run)
        _follow_changes(keeper, stop, on_update, tell, debounce_ms, poll, retry_seconds)


def _follow_changes(keeper, stop, on_update, tell, debounce_ms: int, poll: bool, retry_seconds: float) -> None:
    """Check what changes until the folder vanishes (return) or `stop` is set."""
    from watchfiles import watch

    changes_seen = watch(
        keeper.folder,
        watch_filter=_worth_a_look,
        debounce=debounce_ms,
        stop_event=stop,
        raise_interrupt=True,
        force_polling=poll or None,
        yield_on_timeout=True,
        rust_timeout=int(retry_seconds * 1000),
    )
    caught_up = False  # papers that came or went between the full check and the watch beginning
    try:
        for changes in changes_seen:
            if not keeper.folder.is_dir():
                return
            if keeper.unwritten:
                run = _written(keeper, keeper.write_reports, tell)
                if run is not None and on_update:
                    on_update(run)
            if not changes and caught_up:
                continue
            # The first round (a change, or the first quiet interval) also looks for papers that
            # arrived or left while the folder was first checked, before the watch could see them.
            caught_up = True
            try:
                run = _written(keeper, lambda: keeper.update(Path(path) for _, path in changes), tell)
            except ConfigError as exc:
                tell(str(exc))
                continue
            if run is not None and on_update:
                on_update(run)
    except (OSError, RuntimeError) as exc:
        if not keeper.folder.is_dir():
            return  # the folder went away under the watcher: wait for it (the caller loops)
        # The watcher itself failed while the folder is there: watchfiles cannot follow a file
        # whose name is not UTF-8, and the system may run out of watches. Say so once; after a
        # pause (so a failure that repeats never spins) the caller checks the whole folder and
        # starts a new watcher, so no change is missed.
        tell(f"warning: changes in {keeper.folder} could not be followed ({escape_unprintable(str(exc))}): "
             "checking the whole folder again", key="watcher")
        if stop is not None:
            stop.wait(retry_seconds)
        else:
            time.sleep(retry_seconds)


def _written(keeper: ReportKeeper, action: Callable[[], CheckRun | None], tell: _Teller) -> CheckRun | None:
    """`action()`, with a report that cannot be written told once and kept for a retry."""
    try:
        run = action()
    except ReportsUnwritten as exc:
        keeper.unwritten = True
        tell(f"cannot write the reports in {keeper.folder} ({exc.reason}): trying again", key="unwritten")
        return None
    if keeper.unwritten or tell.pending("unwritten"):
        tell("the reports are written again", key="unwritten", resolved=True)
    keeper.unwritten = False
    return run


def _wait_for_folder(folder: Path, stop: threading.Event | None, every: float) -> bool:
    """Wait until `folder` exists again (True), or `stop` is set (False). Ctrl-C propagates."""
    while not folder.is_dir():
        if stop is not None:
            if stop.wait(every):
                return False
        else:
            time.sleep(every)
    return True


class _Teller:
    """Tell each problem once while it lasts (not every two seconds), and when it is over."""

    def __init__(self, on_problem: Callable[[str], None] | None):
        self._on_problem = on_problem
        self._open: set[str] = set()

    def __call__(self, message: str, key: str | None = None, resolved: bool = False) -> None:
        if key is not None:
            if resolved:
                if key not in self._open:
                    return
                self._open.discard(key)
            elif key in self._open:
                return
            else:
                self._open.add(key)
        if self._on_problem:
            self._on_problem(message)

    def pending(self, key: str) -> bool:
        return key in self._open


def _tell_ignored_configs(keeper: ReportKeeper, on_problem: Callable[[str], None] | None) -> None:
    from coversheet.run.configuration import ignored_config_files

    if on_problem is None or keeper.options.config is not None:
        return
    for ignored in ignored_config_files(keeper.results, keeper.options.roots):
        on_problem(f"warning: ignoring {ignored}: only the watched folder's coversheet.toml (or one above it) applies")


def _worth_a_look(change, path: str) -> bool:
    """Anything but our own reports (and the hidden temporary files they are written through).

    Folders and unknown names pass too: `ReportKeeper.update` compares the folder with what
    it knows, so a folder moved in is noticed and a Word temporary file costs only a walk.
    """
    name = Path(path).name
    return name not in WATCH_REPORTS and not name.startswith(".") and _default_filter()(change, path)


@lru_cache(maxsize=1)
def _default_filter():
    from watchfiles import DefaultFilter

    return DefaultFilter()  # .git, __pycache__, editors' swap files, ...


def _inside_any(path: Path, changed: set[Path]) -> bool:
    # A folder moved or copied in arrives as one event for the folder.
    return any(c in path.parents for c in changed)


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns)
