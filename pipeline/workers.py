"""Per-file isolation: every file is processed in a worker process that the run can kill.

A worker that overruns its file's deadline is killed with everything it started and replaced; a
worker that dies (the out-of-memory killer, a signal) costs its file one errors row. Nothing a file
does can hang or end the run, and a replaced worker starts clean (no half-loaded model).

Workers of the local engine are forked from multiprocessing's fork server, which warms up once
(`warmup.warm_up`) before it forks any of them, so they start ready at no cost and share the loaded
models' memory. Dask runs its workers as daemonic processes, which may not use multiprocessing's
children: there a worker is a fresh interpreter (`python -m pipeline.workers FD`) that warms
itself up once and then serves every file of that Dask thread.

No worker outlives the run: each asks the kernel to kill it when its parent dies (the fork server
dies with the main process, the fresh interpreter with its Dask worker), and LibreOffice, started by
a worker, dies with the worker.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait

from .entry import fork_context
from .lifeline import die_with_parent, interrupt_socket, kill_tree, raise_if_interrupted
from .records import ErrorRow, InputFile, PackedResult, RunOptions

_READY = "ready"
STARTUP_SECONDS = 300  # a fresh interpreter's imports and warm-up, on a loaded machine
Task = tuple[InputFile, "str | None", RunOptions]  # the file, its doc_id stem (None: the file stem), the options


@dataclass(frozen=True)
class Allowance:
    """Sent by a worker before a file's long part: the seconds its deadline must grow by."""

    seconds: float


@dataclass(frozen=True)
class PagesRead:
    """Sent by a worker as it reads a scan: OCR'd pages of the file so far, of how many."""

    path: str
    done: int
    total: int


def _serve(conn: Connection) -> None:
    """The worker's loop: one task in, one PackedResult out (its rows as Arrow columns' buffers, built here
    in parallel rather than in the main process), until the parent closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    from .extract import cpu_seconds, process_file
    from .packed import pack
    from .ocr import set_page_listener
    from .pdf import ocr_seconds

    set_page_listener(lambda path, done, total: conn.send(PagesRead(path, done, total)))

    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        source, stem, options = task
        if options.timeout:
            # Pages to OCR take seconds each: counted here, in the worker, where a hostile file can
            # do no harm (it is the worker the deadline stops).
            extra = ocr_seconds(source.os_path, options)
            if extra:
                conn.send(Allowance(extra))
        result = process_file(source, options, stem)
        start = cpu_seconds()
        packed = pack(result)
        packed.seconds["pack"] = cpu_seconds() - start
        conn.send(packed)


def _serve_forked(conn: Connection) -> None:
    die_with_parent()
    _serve(conn)


class Worker:
    """One worker process, the file it is on, and that file's deadline."""

    def __init__(self, fresh_interpreter: bool = False):
        self.fresh_interpreter = fresh_interpreter
        self.alive = True
        self.task: Task | None = None
        self.deadline: float | None = None
        if fresh_interpreter:
            here, there = socket.socketpair()
            self.process = subprocess.Popen([sys.executable, "-m", "pipeline.workers", str(there.fileno()),
                                             str(os.getpid())], pass_fds=[there.fileno()])
            there.close()
            self.conn = Connection(here.detach())
            self.pid = self.process.pid
            # Its set-up must not count against its first file's deadline: wait until it says ready.
            if not self.conn.poll(STARTUP_SECONDS) or self.conn.recv() != _READY:
                self.kill()
                raise RuntimeError(f"a worker process did not start within {STARTUP_SECONDS} s")
        else:
            ctx = fork_context()
            self.conn, there = ctx.Pipe()
            self.process = ctx.Process(target=_serve_forked, args=(there,), daemon=True)
            self.process.start()
            there.close()
            self.pid = self.process.pid

    def start(self, task: Task) -> None:
        """Hand the worker a file; raises OSError if the worker died while it was idle."""
        self.task = task
        self.extra = 0.0  # seconds allowed on top of the time limit (pages to OCR)
        timeout = task[2].timeout
        self.deadline = time.monotonic() + timeout if timeout else None
        self.conn.send(task)

    def outcome(self, on_pages=None) -> PackedResult | None:
        """Once its pipe is readable: the current file's result (packed) — an errors row if the worker died
        on it (the worker is then gone: `alive` is False) — or None when it only asked for time or
        reported OCR'd pages (handed to `on_pages`)."""
        task = self.task
        try:
            message = self.conn.recv()
        except Exception:  # EOF: it died on this file
            result = died(task, self.death())
            self.kill()
            return result
        if isinstance(message, PagesRead):
            if on_pages is not None:
                on_pages(message)
            return None
        if isinstance(message, Allowance):
            if self.deadline is not None:
                self.deadline += message.seconds
                self.extra += message.seconds
            return None
        self.task = self.deadline = None
        return message

    def kill(self) -> None:
        self.alive = False
        kill_tree(self.pid)
        self.conn.close()
        self._reap()

    def leave(self) -> None:
        """Ask an idle worker to leave (stop() then waits for it)."""
        try:
            self.conn.send(None)
        except OSError:
            pass

    def stop(self, asked: bool = False) -> None:
        """Ask an idle worker to leave (unless `asked` already); kill it if it does not."""
        if not asked:
            self.leave()
        if not self._reap(timeout=2.0):
            self.kill()
        self.conn.close()

    def death(self) -> str:
        """How the worker ended, in words, once its pipe closed."""
        self._reap(timeout=5.0)
        code = self.process.exitcode if isinstance(self.process, multiprocessing.process.BaseProcess) \
            else self.process.returncode
        if code is None:
            return "the worker process stopped answering"
        if code < 0:
            name = signal.Signals(-code).name
            hint = " (out of memory, or killed from outside)" if -code == signal.SIGKILL else ""
            return f"the worker process was killed by {name}{hint}"
        return f"the worker process exited with status {code}"

    def _reap(self, timeout: float = 5.0) -> bool:
        if isinstance(self.process, multiprocessing.process.BaseProcess):
            self.process.join(timeout)
            return self.process.exitcode is not None
        try:
            self.process.wait(timeout)
            return True
        except subprocess.TimeoutExpired:
            return False


def start_on(task: Task, worker: Worker | None = None, fresh_interpreter: bool = False) -> Worker:
    """`worker` (else a new one) working on `task`; a worker that died while idle is replaced."""
    if worker is not None:
        try:
            worker.start(task)
            return worker
        except OSError:
            fresh_interpreter = worker.fresh_interpreter
            worker.kill()
    worker = Worker(fresh_interpreter)
    worker.start(task)
    return worker


def died(task: Task, how: str) -> PackedResult:
    source = task[0]
    return PackedResult(path=source.path, errors=[ErrorRow(
        path=source.path, stage="worker", message=f"{how} while reading this file; the file was skipped")])


def timed_out(worker: Worker) -> PackedResult:
    source, _, options = worker.task
    extra = f" (plus {worker.extra:g} s for its pages to OCR)" if worker.extra else ""
    return PackedResult(path=source.path, errors=[ErrorRow(path=source.path, stage="timeout", message=(
        f"took longer than the --timeout-per-file limit of {options.timeout:g} s{extra}; its worker was "
        "stopped and the file skipped"))])


def _wait(conns: list[Connection], timeout: float | None) -> list[Connection]:
    """The workers' connections ready within `timeout`; raises KeyboardInterrupt if Ctrl-C comes first (seen on the
    process's wakeup socket, lifeline.py: Python itself may not raise it while the main thread waits here)."""
    signals = interrupt_socket()
    if signals is None:
        return wait(conns, timeout)
    until = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = wait(conns + [signals], None if until is None else max(0.0, until - time.monotonic()))
        if signals not in ready:
            return ready
        raise_if_interrupted()
        ready.remove(signals)
        if ready or until is not None and time.monotonic() >= until:
            return ready  # (another signal's byte: the wait goes on to its end)


def run_pool(tasks, n_workers: int, on_result, on_pages=None) -> None:
    """Process `tasks` on `n_workers` workers, handing each result to `on_result` as it comes
    (and OCR progress to `on_pages`). One file per worker is in flight, so memory stays bounded
    however many files there are."""
    tasks = iter(tasks)
    idle: list[Worker] = []
    busy: dict[Connection, Worker] = {}
    try:
        while True:
            while len(busy) < n_workers:
                task = next(tasks, None)
                if task is None:
                    break
                worker = start_on(task, idle.pop() if idle else None)
                busy[worker.conn] = worker
            if not busy:
                return
            deadlines = [w.deadline for w in busy.values() if w.deadline is not None]
            timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            for conn in _wait(list(busy), timeout):
                result = busy[conn].outcome(on_pages)
                if result is None:  # more time for this file, or pages read
                    continue
                worker = busy.pop(conn)
                if worker.alive:
                    idle.append(worker)
                on_result(result)
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if worker.deadline is not None and now >= worker.deadline:
                    del busy[conn]
                    worker.kill()
                    on_result(timed_out(worker))
    finally:
        for worker in busy.values():
            worker.kill()
        for worker in idle:  # all asked first: they leave at the same time, not one after the other
            worker.leave()
        for worker in idle:
            worker.stop(asked=True)


def run_one(task: Task, worker: Worker | None = None) -> tuple[PackedResult, Worker | None]:
    """One file in `worker` (a new one if None), waiting at most its deadline. Returns the result
    and the worker, or None in its place when the worker was killed or died (start another)."""
    worker = start_on(task, worker)
    while True:
        timeout = None if worker.deadline is None else max(0.0, worker.deadline - time.monotonic())
        if not _wait([worker.conn], timeout):
            worker.kill()
            return timed_out(worker), None
        result = worker.outcome()
        if result is not None:
            return result, worker if worker.alive else None


_dask_local = threading.local()


def run_in_dask_thread(task: Task) -> PackedResult:
    """A Dask task's body: the file in this Dask thread's own worker process (a fresh interpreter,
    see the module's note), replaced after a timeout or a death."""
    worker = getattr(_dask_local, "worker", None)
    if worker is None:
        worker = Worker(fresh_interpreter=True)
    result, _dask_local.worker = run_one(task, worker)
    return result


def _main(argv: list[str]) -> None:
    """`python -m pipeline.workers FD PARENT_PID`: a worker on a socket it inherited."""
    fd, parent = int(argv[0]), int(argv[1])
    die_with_parent(parent)
    from .warmup import warm_up

    warm_up()
    conn = Connection(fd)
    conn.send(_READY)
    _serve(conn)


if __name__ == "__main__":
    _main(sys.argv[1:])
