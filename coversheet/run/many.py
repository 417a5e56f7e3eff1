"""Check many files: in this process or in workers, each result as soon as it is known."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from coversheet.config.files import CONFIG_NAME
from coversheet.errors import ConfigError
from coversheet.findings import CheckRun, FileResult
from coversheet.run.configuration import check_roots
from coversheet.run.discovery import Refused, Skip, find_files, is_folder
from coversheet.run.one_file import CheckOptions, Worker, check_file, check_safely
from coversheet.run.parallel import check_in_parallel, jobs_for


def check_paths(paths: Iterable[Path | str], options: CheckOptions | None = None, skip: Skip | None = None) -> CheckRun:
    """Check every draft and Word cover sheet under `paths` (in parallel: `options.jobs`)."""
    files, options = plan(paths, options, skip)
    return CheckRun(list(iter_check(files, options)))


def plan(paths: Iterable[Path | str], options: CheckOptions | None = None, skip: Skip | None = None) -> tuple[list[Path], CheckOptions]:
    """The files a check of `paths` reads, and `options` completed for them.

    Paths found but not to be read (an unreadable folder, a link out of a checked folder) are
    among the files, and the options say why, so each is reported as an `error`. The folders
    given become the options' `roots`, whose configuration governs the papers below them.
    """
    paths = [Path(p) for p in paths]
    options = options or CheckOptions()
    roots = check_roots(paths)
    parts = _parts_of_papers([p for p in paths if is_folder(p)], options, roots)
    if parts:
        skip = _also_skipping(skip, parts - {p.resolve() for p in paths})
    refused: dict[Path, Refused] = {}
    files = find_files(paths, skip, refused)
    return files, replace(options, refused=tuple(refused.items()), roots=roots)


def _also_skipping(skip: Skip | None, files: set[Path]) -> Skip:
    def skipped(path: Path) -> bool:
        return path.resolve() in files or (skip is not None and skip(path))

    return skipped


def _parts_of_papers(folders: list[Path], options: CheckOptions, roots: tuple[Path, ...]) -> set[Path]:
    """The papers' bodies and appendices that a folder's meeting plan (`[pack]`) names: the
    pack packs them behind their cover sheets, and a check passes over them rather than
    reporting a body as a paper without a cover sheet. A file named on its own is checked."""
    found: set[Path] = set()
    for folder in folders:
        try:
            config = options.config or options.configurations.for_file(folder / CONFIG_NAME, roots)
            if not config.pack:
                continue  # no plan: nothing to build
            from coversheet.config.meeting_plan import documents_named, plan_in_effect

            plan = plan_in_effect(config, folder, chosen_config=options.config is not None)
        except ConfigError:
            continue  # a broken coversheet.toml is reported as the papers are checked; a broken plan file by the pack
        found |= documents_named(plan, folder)
    return found


def iter_check(files: Sequence[Path], options: CheckOptions | None = None, worker: Worker | None = None) -> Iterator[FileResult]:
    """Each file's result, in the order of `files`, as soon as it and those before it are done.

    `worker` is the unit of work (`check_file` unless a caller substitutes its own, which
    must be a module-level function so that worker processes can import it). A file whose
    check crashes becomes that file's `error` result. Only `ConfigError` (a broken
    coversheet.toml, a usage error) escapes.
    """
    options = options or CheckOptions()
    worker = worker or check_file
    jobs = jobs_for(options.jobs, len(files))
    if jobs <= 1:
        for path in files:
            yield check_safely(worker, path, options)
    else:
        yield from check_in_parallel(files, options, jobs, worker)
