"""Checking many files at once, in worker processes, without letting one file spoil the run.

Why processes: reading a Word file or a YAML draft is Python work that holds the GIL, so
threads would not use a second core. Why a window: a shared drive may hold thousands of
papers; only a few files per worker are in flight at any time and each result is handed on
(in the sorted order of the paths) as soon as it and every file before it are done, so
memory stays bounded and a progress bar moves steadily. Results are small (findings, no
documents).

Why every crash is caught here: a reader bug, a hostile file that blows the recursion limit,
or a worker killed outright (out of memory, a crash in C code) must become that one file's
`error` result, never a traceback and never the end of the run.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coversheet.findings import FileResult
from coversheet.run.budget import budget_message
from coversheet.run.one_file import CheckOptions, Worker, check_safely, crashed

# multiprocessing and concurrent.futures are imported where workers start: checking one
# draft (a pre-commit hook) runs in this process and need not pay ~13 ms for them.
if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

# Files handed to the pool ahead of the one being waited for, per worker: enough to keep
# every worker busy, few enough that a huge drive never queues thousands of futures.
_AHEAD_PER_WORKER = 4
# Most files sent to a worker at once (fewer when there are few files to share out).
_BATCH = 8
# Imported once in the fork server, so each worker starts with the checker loaded and warm.
_PRELOAD = ["coversheet.run.warmup"]
# With the default number of jobs, fewer files than this are checked in this process:
# starting workers (about half a second) would cost more than it saves.
_FEWEST_FOR_WORKERS = 12
# Seconds the parent allows a batch beyond its files' budgets before killing its worker.
_WATCHDOG_GRACE = 2.0


def jobs_for(requested: int | None, files: int) -> int:
    """How many workers to use: as asked (default one per core), never more than files."""
    if requested is None and files < _FEWEST_FOR_WORKERS:
        return 1
    wanted = requested if requested and requested > 0 else (os.cpu_count() or 1)
    return max(1, min(wanted, files))


def check_in_parallel(files: Sequence[Path], options: CheckOptions, jobs: int, worker: Worker) -> Iterator[FileResult]:
    """Results of `files` in their order, checked by `jobs` worker processes.

    However the run ends early (Ctrl-C, the caller stops reading), the workers are killed,
    not waited for: a worker busy with a pathological file would otherwise keep the run, or
    the processor, busy long after it was given up.
    """
    from concurrent.futures import Future
    from concurrent.futures import TimeoutError as StillRunning
    from concurrent.futures.process import BrokenProcessPool

    # A file takes a few milliseconds, about what sending it to a worker and its result back
    # costs: files travel in small batches so that the second core does checking, not postage.
    batch = max(1, min(_BATCH, len(files) // (jobs * _AHEAD_PER_WORKER) or 1))
    queue = iter([files[i : i + batch] for i in range(0, len(files), batch)])
    # Each entry is a batch of files with its future, or with its results when already known.
    in_flight: deque[tuple[Sequence[Path], Future | list[FileResult]]] = deque()
    pool = _pool(jobs)
    finished = False
    try:
        while True:
            while len(in_flight) < jobs * _AHEAD_PER_WORKER:
                paths = next(queue, None)
                if paths is None:
                    break
                try:
                    in_flight.append((paths, pool.submit(check_batch, worker, paths, options)))
                except BrokenProcessPool as broken:
                    # A worker died while batches were still being handed out: this batch
                    # waits, failed, in its place, and is checked with the others in flight.
                    failed: Future = Future()
                    failed.set_exception(broken)
                    in_flight.append((paths, failed))
                    break
            if not in_flight:
                finished = True
                return
            paths, pending = in_flight.popleft()
            if isinstance(pending, list):
                yield from pending
                continue
            try:
                results = pending.result(timeout=watchdog_seconds(options, len(paths)))
            except (BrokenProcessPool, StillRunning):
                # A worker died outright and took the pool with it, or is stuck past its budget
                # where the timer cannot reach it: kill the pool and check each file that was
                # in flight on its own, so only the one to blame is reported.
                _kill(pool)
                suspects = [*paths, *(p for batch_paths, _ in in_flight for p in batch_paths)]
                in_flight.clear()
                in_flight.extend(([p], [_check_in_isolation(p, options, worker)]) for p in suspects)
                pool = _pool(jobs)
                continue
            yield from results
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _kill(pool)


def watchdog_seconds(options: CheckOptions, files: int) -> float | None:
    """How long the parent waits for a batch before it kills the worker (None: for ever).

    A backstop: the timer in the worker ends an overrun first. Counted from when the parent
    starts waiting for the batch, which began no later, so it never fires early.
    """
    if not options.time_budget or options.time_budget <= 0:
        return None
    return files * options.time_budget + _WATCHDOG_GRACE


def check_batch(worker: Worker, paths: Sequence[Path], options: CheckOptions) -> list[FileResult]:
    """Each of `paths` checked safely, in a worker process."""
    return [check_safely(worker, path, options) for path in paths]


def _check_in_isolation(path: Path, options: CheckOptions, worker: Worker) -> FileResult:
    from concurrent.futures import TimeoutError as StillRunning
    from concurrent.futures.process import BrokenProcessPool

    alone = _pool(1)
    try:
        result = alone.submit(check_safely, worker, path, options).result(timeout=watchdog_seconds(options, 1))
    except BrokenProcessPool:
        result = crashed(path, "the checker's worker process died while reading this file (it may be corrupt or far too large)")
    except StillRunning:
        result = crashed(path, budget_message(options.time_budget))
    except BaseException:
        _kill(alone)
        raise
    _kill(alone)
    return result


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop `pool` now: kill its workers (busy or idle) and reap them; never wait for work."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)


def _pool(jobs: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_ignore_interrupts)


def _context():
    # Forking this process is cheapest: workers start with everything it has loaded, warmed
    # up once here. It is only safe while no other thread runs; with a progress bar or the
    # watcher running, a fork server starts workers safely instead. Windows has only spawn.
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        import coversheet.run.warmup  # noqa: F401 - warms this process; children inherit it

        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _ignore_interrupts() -> None:
    # Ctrl-C is the parent's to handle (it cancels the run); workers just stop with the pool.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
