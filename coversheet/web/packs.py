"""The meeting's pack built from the secretary's pages, with the code `coversheet pack` runs.

One build at a time, in a worker thread, so the server goes on serving while LibreOffice
works (a second build asked for meanwhile is refused, politely: two LibreOffice exports at
once on a small server would each take twice as long). Each build writes into a fresh folder
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
    done: threading.Event = field(default_factory=threading.Event)

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
        # A daemon thread: stopping the server does not wait for LibreOffice (which the pack's
        # time limit ends in any case).
        threading.Thread(target=self._run, args=(build,), name=f"pack-{build_id}", daemon=True).start()
        return build, True

    def close(self) -> None:
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)

    def _forget_old(self) -> None:
        finished = sorted((b for b in self._builds.values() if b.state != "running"), key=lambda b: b.started)
        for build in finished[: max(0, len(finished) - KEPT)]:
            del self._builds[build.id]
            shutil.rmtree(build.folder, ignore_errors=True)

    def _run(self, build: Build) -> None:
        from coversheet.errors import ConfigError
        from coversheet.outputs import OutputExists
        from coversheet.pack.libreoffice import LibreOfficeMissing
        from coversheet.pack.record import NotAPack
        from coversheet.pack.scratch import TempFolderFull

        def progress(step: str, *, total: int | None = None) -> None:
            build.step = step

        # As `coversheet pack FOLDER -o pack.pdf [--private]` builds it: the folder's own
        # coversheet.toml and meeting plan, the papers that pass, the same time limit.
        options = PackOptions(folder=self.folder, out=build.folder / PDF_NAME, private=build.private, timeout=self.timeout)
        try:
            result = build_pack(options, progress=progress)
        except PackRefused as exc:
            self._finish(build, "refused", exc.headline, list(exc.problems))
        except (ConfigError, LibreOfficeMissing, NotAPack, TempFolderFull, OutputExists) as exc:
            self._finish(build, "refused", "the pack was not built", [str(exc)])
        except Exception:  # noqa: BLE001 - the secretary gets a sentence; the log gets the rest
            log.exception("building the pack failed")
            self._finish(build, "refused", "the pack was not built: something went wrong in coversheet itself",
                         ["Try again; if it happens again, run coversheet pack on the folder to see what it says."])
        else:
            packed = len(result.contents.papers)
            numbered = (f"pages {result.first_page} - {result.first_page + result.pages - 1}" if result.first_page > 1
                        else f"{result.pages} pages")
            self._finish(build, "built", f"{numbered}, {packed} paper(s), {len(result.contents.rows)} agenda item(s)",
                         list(result.warnings))

    def _finish(self, build: Build, state: str, headline: str, lines: list[str]) -> None:
        build.headline, build.lines, build.finished = headline, lines, dt.datetime.now()
        build.step = "Finished" if state == "built" else "Stopped"
        build.state = state  # last: a reader that sees it finished sees what it said
        build.done.set()
