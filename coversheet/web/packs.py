"""The meeting's pack built from the secretary's pages, with the code `coversheet pack` runs.

One build at a time, in a process of its own followed by a worker thread, so the server goes
on serving while LibreOffice works (a second build asked for meanwhile is refused, politely:
two LibreOffice exports at once on a small server would each take twice as long), bounded by
the pack's own time limit (`pack --timeout`). Each build writes into a fresh folder
of its own under the server's temporary folder (`pack.pdf` and its index `pack.html`, the
names the index links by), so nothing is ever written over, and nothing is added to the
meeting folder, whose papers the secretary's pages check. Builds are named by a random id;
their files by the server: nothing in a request becomes a path. They go when the server stops.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from coversheet.pack.build import DEFAULT_TIMEOUT, PackOptions, PackRefused, build_pack

PDF_NAME, INDEX_NAME = "pack.pdf", "pack.html"
KEPT = 20  # finished builds listed and kept on disk; the oldest go first

log = logging.getLogger(__name__)


@dataclass
class Build:
    id: str
    private: bool
    started: dt.datetime
    folder: Path
    step: str = "Starting"
    state: str = "running"  # running, built or refused
    headline: str = ""
    lines: list[str] = field(default_factory=list)  # the refusal's problems, or the pack's warnings
    finished: dt.datetime | None = None

    @property
    def kind(self) -> str:
        return "private" if self.private else "public"

    def download_name(self, suffix: str) -> str:
        return f"pack-{self.kind}-{self.started:%Y%m%d-%H%M%S}{suffix}"

    def as_json(self) -> dict:
        return {"state": self.state, "step": self.step, "headline": self.headline, "lines": self.lines}


class Packs:
    def __init__(self, folder: Path, timeout: float = DEFAULT_TIMEOUT):
        self.folder, self.timeout = folder, timeout
        self._root: Path | None = None
        self._lock = threading.Lock()
        self._builds: dict[str, Build] = {}
        self._processes: dict = {}  # the build's id -> the process building it

    @staticmethod
    def libreoffice_installed() -> bool:
        from coversheet.pack.libreoffice import LibreOfficeMissing, find_soffice

        try:
            find_soffice()
        except LibreOfficeMissing:
            return False
        return True

    def builds(self) -> list[Build]:
        """Newest first."""
        with self._lock:
            return sorted(self._builds.values(), key=lambda b: b.started, reverse=True)

    def get(self, build_id: str) -> Build | None:
        with self._lock:
            return self._builds.get(build_id)

    def running(self) -> Build | None:
        with self._lock:
            return next((b for b in self._builds.values() if b.state == "running"), None)

    def start(self, *, private: bool) -> tuple[Build, bool]:
        """A new build started (and True), or the one already running (and False)."""
        with self._lock:
            busy = next((b for b in self._builds.values() if b.state == "running"), None)
            if busy is not None:
                return busy, False
            if self._root is None:
                self._root = Path(tempfile.mkdtemp(prefix="coversheet-serve-packs-"))
            build_id = secrets.token_urlsafe(12)
            folder = self._root / build_id
            folder.mkdir()
            build = Build(build_id, private, dt.datetime.now(), folder)
            self._builds[build_id] = build
            self._forget_old()
        # A daemon thread: it only follows the build, which `close` stops with the server.
        threading.Thread(target=self._run, args=(build,), name=f"pack-{build.id}", daemon=True).start()
        return build, True

    def close(self) -> None:
        """When the server stops: a build still running is stopped, and every pack removed."""
        for process in list(self._processes.values()):
            process.terminate()
            process.join(10)
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)

    def _forget_old(self) -> None:
        finished = sorted((b for b in self._builds.values() if b.state != "running"), key=lambda b: b.started)
        for build in finished[: max(0, len(finished) - KEPT)]:
            del self._builds[build.id]
            shutil.rmtree(build.folder, ignore_errors=True)

    def _run(self, build: Build) -> None:
        """Build in a process of its own, followed from this (worker) thread: there `build_pack`
        runs in its process's main thread, so each paper's check is held to the time budget as
        under `coversheet pack` (a timer signal reaches the main thread only), and the
        server's own thread is not slowed by the composing."""
        import multiprocessing

        # As `coversheet pack FOLDER -o pack.pdf [--private]` builds it: the folder's own
        # coversheet.toml and meeting plan, the papers that pass, the same time limit.
        options = PackOptions(folder=self.folder, out=build.folder / PDF_NAME, private=build.private, timeout=self.timeout)
        context = multiprocessing.get_context("spawn")  # no fork of a threaded server
        # Not a daemon: a meeting of many papers is checked by worker processes of the
        # build's own, which a daemonic process may not start. `close` ends it with the server.
        ours, theirs = context.Pipe(duplex=False)
        process = context.Process(target=_build_and_tell, args=(options, theirs), name=f"pack-{build.id}")
        try:
            process.start()
        except OSError as exc:
            self._finish(build, "refused", "the pack was not built", [f"the building process could not start: {exc}"])
            return
        theirs.close()
        self._processes[build.id] = process
        said = None
        try:
            while said is None:
                try:
                    message = ours.recv()
                except EOFError:  # the process ended without saying how the build went
                    break
                if message[0] == "step":
                    build.step = message[1]
                else:
                    said = message[1:]
        finally:
            process.join()
            self._processes.pop(build.id, None)
            ours.close()
        if said is None:
            self._finish(build, "refused", "the pack was not built: the process building it stopped "
                         f"(exit {process.exitcode})", ["Try again; if it happens again, run coversheet pack on the folder to see what it says."])
        else:
            self._finish(build, *said)

    def _finish(self, build: Build, state: str, headline: str, lines: list[str]) -> None:
        build.headline, build.lines, build.finished = headline, lines, dt.datetime.now()
        build.step = "Finished" if state == "built" else "Stopped"
        build.state = state  # last: a reader that sees it finished sees what it said


def _build_and_tell(options: PackOptions, tell) -> None:
    """In the building process: build the pack and tell the server each step, then the outcome
    (state, headline, lines) as `coversheet pack` would say it, never a traceback."""
    from coversheet.errors import ConfigError
    from coversheet.outputs import OutputExists
    from coversheet.pack.libreoffice import LibreOfficeMissing
    from coversheet.pack.record import NotAPack
    from coversheet.pack.scratch import TempFolderFull

    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    # The server stopping ends the build as Ctrl-C ends `coversheet pack`: LibreOffice stopped,
    # its temporary files removed (the pack's own clean-up runs), rather than left behind.
    signal.signal(signal.SIGTERM, stop)

    def progress(step: str, *, total: int | None = None) -> None:
        tell.send(("step", step))

    try:
        result = build_pack(options, progress=progress)
    except KeyboardInterrupt:
        return  # the server is stopping: nobody is waiting for the outcome
    except PackRefused as exc:
        outcome = ("refused", exc.headline, list(exc.problems))
    except (ConfigError, LibreOfficeMissing, NotAPack, TempFolderFull, OutputExists) as exc:
        outcome = ("refused", "the pack was not built", [str(exc)])
    except Exception:  # noqa: BLE001 - the secretary gets a sentence; the server's log the rest
        log.exception("building the pack failed")
        outcome = ("refused", "the pack was not built: something went wrong in coversheet itself",
                   ["Try again; if it happens again, run coversheet pack on the folder to see what it says."])
    else:
        packed = len(result.contents.papers)
        numbered = (f"pages {result.first_page} - {result.first_page + result.pages - 1}" if result.first_page > 1
                    else f"{result.pages} pages")
        outcome = ("built", f"{numbered}, {packed} paper(s), {len(result.contents.rows)} agenda item(s)", list(result.warnings))
    tell.send(("done", *outcome))
    tell.close()
