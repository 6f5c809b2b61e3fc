"""Run the per-file function over many inputs: local process pool or a Dask cluster."""
from __future__ import annotations

import os
import signal
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path

from .extract import process_file
from .records import ErrorRow, FileResult, RunOptions

SKIPPED_NAMES = ("readme", "license", "licence", "changelog")


def discover(paths: list[str]) -> tuple[list[str], list[ErrorRow]]:
    """Files to process, in a stable order. Folders are searched recursively; hidden files and
    README/LICENSE files inside folders are skipped (name such a file explicitly to process it)."""
    files: list[str] = []
    errors: list[ErrorRow] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith(".") or name.lower().split(".")[0] in SKIPPED_NAMES:
                        continue
                    files.append(str(Path(root) / name))
        elif path.exists() or path.is_symlink():
            files.append(str(path))
        else:
            errors.append(ErrorRow(path=str(path), stage="read", message="no such file or folder"))
    seen: set[str] = set()
    unique = []
    for f in files:
        if f not in seen:
            seen.add(f)
            unique.append(f)
    return unique, errors


def doc_stems(files: list[str]) -> dict[str, str]:
    """doc_id stem per file: the file stem, unless two inputs share it (`plan.pdf`, `plan.docx`,
    `a/plan.txt`, `b/plan.txt`); then the name with its extension, then with its folder too."""
    by_stem: dict[str, list[str]] = {}
    for f in files:
        by_stem.setdefault(Path(f).stem, []).append(f)
    stems: dict[str, str] = {}
    for stem, group in by_stem.items():
        if len(group) == 1:
            stems[group[0]] = stem
            continue
        names = [Path(f).name for f in group]
        for f, name in zip(group, names):
            stems[f] = name if names.count(name) == 1 else f"{Path(f).parent.name}/{name}"
    return stems


class _FileTimeout(BaseException):
    """Raised by the alarm; a BaseException so the per-file error handling does not swallow it."""


def _alarm(signum, frame):
    raise _FileTimeout()


def guarded_process(path: str, options: RunOptions, stem: str | None = None) -> FileResult:
    """`process_file` with a wall-clock limit (SIGALRM; the `regex` module checks signals while it
    backtracks, so a pathological pattern is interrupted too)."""
    timeout = options.timeout
    use_alarm = timeout and hasattr(signal, "setitimer") and _in_main_thread()
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return process_file(path, options, stem=stem)
    except _FileTimeout:
        result = FileResult(path=path)
        result.errors.append(ErrorRow(path=path, stage="timeout",
                                      message=f"took longer than the --timeout-per-file limit of {timeout:g} s; skipped"))
        return result
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _progress(total: int, enabled: bool):
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("[bold]vnplan extract"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("files"), TimeRemainingColumn(), console=Console(stderr=True), transient=False)


def run_local(files: list[str], stems: dict[str, str], workers: int, options: RunOptions,
              show_progress: bool, on_result) -> None:
    """Process `files`, handing each result to `on_result` as it completes. At most a few files per
    worker are in flight, so memory stays bounded however many files there are."""
    progress = _progress(len(files), show_progress)
    task = progress.add_task("files", total=len(files)) if progress else None
    if progress:
        progress.start()
    try:
        if workers <= 1 or len(files) <= 1:
            for path in files:
                on_result(guarded_process(path, options, stems[path]))
                if progress:
                    progress.advance(task)
            return
        pending = iter(files)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            in_flight = {}

            def submit_next() -> None:
                path = next(pending, None)
                if path is not None:
                    in_flight[pool.submit(guarded_process, path, options, stems[path])] = path

            for _ in range(workers * 4):
                submit_next()
            while in_flight:
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    path = in_flight.pop(future)
                    try:
                        result = future.result()
                    except Exception as exc:  # a worker that died (out of memory, killed)
                        result = FileResult(path=path)
                        result.errors.append(ErrorRow(path=path, stage="worker", message=f"worker failed: {exc}"))
                    on_result(result)
                    if progress:
                        progress.advance(task)
                    submit_next()
    finally:
        if progress:
            progress.stop()


def run_dask(files: list[str], stems: dict[str, str], scheduler: str | None, workers: int,
             options: RunOptions, show_progress: bool, on_result) -> None:
    """The same per-file function on a Dask cluster: an existing scheduler, or a LocalCluster."""
    from dask.distributed import Client, LocalCluster, as_completed as dask_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    progress = _progress(len(files), show_progress)
    task = progress.add_task("files", total=len(files)) if progress else None
    if progress:
        progress.start()
    try:
        window = max(1, workers) * 8
        pending = iter(files)
        owner: dict[str, str] = {}

        def submit(path: str):
            future = client.submit(_dask_task, path, stems[path], options, pure=False)
            owner[future.key] = path
            return future

        futures = dask_completed([submit(p) for _, p in zip(range(window), pending)])
        for future in futures:
            path = owner.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:
                result = FileResult(path=path)
                result.errors.append(ErrorRow(path=path, stage="worker", message=f"dask task failed: {exc}"))
            future.release()
            on_result(result)
            if progress:
                progress.advance(task)
            nxt = next(pending, None)
            if nxt is not None:
                futures.add(submit(nxt))
    finally:
        if progress:
            progress.stop()
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_task(path: str, stem: str, options: RunOptions) -> FileResult:
    # Dask runs tasks in worker threads, where SIGALRM is unavailable: the limit then applies only
    # to the file size; the local engine enforces both.
    return guarded_process(path, options, stem)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def stderr_is_tty() -> bool:
    return sys.stderr.isatty()
