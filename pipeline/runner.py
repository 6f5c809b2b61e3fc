"""Run the per-file function over many inputs: local worker processes or a Dask cluster, each file
isolated in a worker the run can kill (workers.py)."""
from __future__ import annotations

import os
import sys

from .records import ErrorRow, FileResult, InputFile, PackedResult, RunOptions
from .workers import run_in_dask_thread, run_one, run_pool


def refused(source: InputFile) -> PackedResult:
    """The errors row of a file discovery would not read (a pipe, a device, a link leaving the inputs)."""
    return PackedResult(path=source.path, errors=[ErrorRow(path=source.path, stage="scan", message=source.refusal)])


def guarded_process(path: str | InputFile, options: RunOptions, stem: str | None = None) -> FileResult:
    """One file in a worker process of its own, within `options.timeout`: what a run does per file,
    its rows as records."""
    from .discover import input_file
    from .packed import unpack  # imports pyarrow, which a run's main process needs only once rows arrive

    if not isinstance(path, InputFile):
        path = input_file(path)
    if path.refusal:
        return unpack(refused(path))
    result, worker = run_one((path, stem, options))
    if worker is not None:
        worker.stop()
    return unpack(result)


def _progress(total: int, enabled: bool):
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("[bold]vnplan extract"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.description}"), TimeRemainingColumn(), console=Console(stderr=True), transient=False)


def _split(files: list[InputFile], stems: dict[str, str], options: RunOptions, on_result):
    """Refused files answer at once; the others become worker tasks, in the plan's order."""
    for source in files:
        if source.refusal:
            on_result(refused(source))
        else:
            yield source, stems.get(source.path), options


def run_local(files: list[InputFile], stems: dict[str, str], workers: int, options: RunOptions,
              show_progress: bool, on_result) -> None:
    """Process `files` on `workers` local worker processes, handing each result to `on_result` as
    it completes. Scans add a second bar counting the pages OCR'd."""
    progress = _progress(len(files), show_progress)
    task = progress.add_task("files", total=len(files)) if progress else None
    pages_task = None
    pages_seen: dict[str, int] = {}  # file → pages OCR'd so far

    def done(result: PackedResult) -> None:
        on_result(result)
        if progress:
            progress.advance(task)

    def pages(report) -> None:
        nonlocal pages_task
        if not progress:
            return
        if pages_task is None:
            pages_task = progress.add_task("OCR pages", total=0)
        if report.path not in pages_seen:  # a new scan: its pages join the total
            pages_seen[report.path] = 0
            progress.update(pages_task, total=progress.tasks[pages_task].total + report.total)
        progress.advance(pages_task, report.done - pages_seen[report.path])
        pages_seen[report.path] = report.done

    if progress:
        progress.start()
    try:
        run_pool(_split(files, stems, options, done), max(1, workers), done, pages)
    finally:
        if progress:
            progress.stop()


def run_dask(files: list[InputFile], stems: dict[str, str], scheduler: str | None, workers: int,
             options: RunOptions, show_progress: bool, on_result) -> None:
    """The same per-file function on a Dask cluster: an existing scheduler, or a LocalCluster. Each
    Dask thread hands its files to a worker process of its own, which it kills past the deadline."""
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

    def done(result: PackedResult) -> None:
        on_result(result)
        if progress:
            progress.advance(task)

    if progress:
        progress.start()
    try:
        window = max(1, workers) * 8
        pending = _split(files, stems, options, done)
        owner: dict[str, InputFile] = {}

        def submit(work):
            future = client.submit(run_in_dask_thread, work, pure=False)
            owner[future.key] = work[0]
            return future

        futures = dask_completed([submit(w) for _, w in zip(range(window), pending)])
        for future in futures:
            source = owner.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:  # the Dask worker itself was lost
                result = PackedResult(path=source.path, errors=[
                    ErrorRow(path=source.path, stage="worker", message=f"dask task failed: {exc}")])
            future.release()
            done(result)
            nxt = next(pending, None)
            if nxt is not None:
                futures.add(submit(nxt))
    finally:
        if progress:
            progress.stop()
        client.close()
        if cluster is not None:
            cluster.close()


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def stderr_is_tty() -> bool:
    return sys.stderr.isatty()
