"""The `vnplan` command's entry point. It imports nothing heavy at module level: each worker of the
local engine runs the command's script again on start (multiprocessing does that to every child of
its fork server), and the fork server itself then needs no copy of the command line's modules."""
from __future__ import annotations

import os
import sys

DEFAULT_OUT = "out"  # `vnplan extract`'s output folder when `--out` is not given


def _output_folder(args: list[str]) -> str:
    """The value of `--out`/`-o` as typed (the command's default when absent)."""
    for i, arg in enumerate(args):
        if arg in ("--out", "-o") and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--out="):
            return arg[len("--out="):]
    return DEFAULT_OUT


def first_local_extract(args: list[str]) -> bool:
    """Whether the command line asks for what `vnplan extract` warms workers up for at once: a local
    run into an output folder that is absent or empty. A guess from the words alone — a wrong guess
    only starts the fork server a little early for nothing, or leaves it to the command to start."""
    if not args or args[0] != "extract" or any(a in ("--help", "-h") for a in args):
        return False
    if any(a == "dask" or a == "--engine=dask" or a == "--scheduler" or a.startswith("--scheduler=") for a in args):
        return False
    out = _output_folder(args[1:])
    try:
        return not os.path.exists(out) or (os.path.isdir(out) and not any(os.scandir(out)))
    except OSError:
        return False


def fork_context():
    """The multiprocessing context the local engine's workers are forked from (workers.py)."""
    import multiprocessing

    ctx = multiprocessing.get_context("forkserver")
    # Each child runs the main script again: the `vnplan` script imports only pipeline.entry, which
    # is light, so the server need not import the command line (typer) before it can fork.
    ctx.set_forkserver_preload(["pipeline._forkserver"])
    return ctx


def start_warming() -> None:
    """Start the fork server now, so that it warms up while the main process plans the run. Here and
    not in workers.py: the server's warm-up is the longer of the two paths to the first file, and
    importing the workers' module first (dataclasses, subprocess …) would delay its start."""
    from multiprocessing import forkserver

    fork_context()
    forkserver.ensure_running()


INTERRUPTED = "vnplan: interrupted; previous outputs were left as they were"
INTERRUPTED_CODE = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C


def main() -> None:
    try:
        from .lifeline import watch_interrupts

        watch_interrupts()  # before any thread starts: Ctrl-C is seen wherever the kernel hands it
        if first_local_extract(sys.argv[1:]):
            # The workers' set-up (~0.45 CPU s: the lexicons, underthesea's models) starts before the
            # command line's own imports and parsing (~0.35 s) instead of after them.
            start_warming()
        from .cli import run
    except KeyboardInterrupt:  # Ctrl-C while the command starts: nothing was written yet
        sys.stderr.write(INTERRUPTED + "\n")
        sys.exit(INTERRUPTED_CODE)
    run()
