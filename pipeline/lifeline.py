"""Processes that cannot outlive the run: a child the kernel kills when its parent dies, whole
process trees killed at once, and the main process's Ctrl-C seen wherever it lands."""
from __future__ import annotations

import ctypes
import os
import signal
import socket
import threading

_PR_SET_PDEATHSIG = 1


def die_with_parent(expected_parent: int | None = None) -> None:
    """Ask the kernel to SIGKILL this process when its parent exits (Linux `PR_SET_PDEATHSIG`;
    elsewhere a no-op). If the parent is already gone — it died before the request, and this
    process was handed to init or to `expected_parent`'s successor — exit now."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return
    parent = os.getppid()
    if parent == 1 or (expected_parent is not None and parent != expected_parent):
        os._exit(1)


def kill_tree(pid: int) -> None:
    """SIGKILL a process and every process it started (LibreOffice runs in a session of its own)."""
    victims = [pid]
    try:
        import psutil

        victims += [child.pid for child in psutil.Process(pid).children(recursive=True)]
    except Exception:  # psutil missing, or the process is gone already
        pass
    for victim in victims:
        try:
            os.kill(victim, signal.SIGKILL)
        except OSError:
            pass


def kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except OSError:
        pass


# Ctrl-C is a signal to the process, and the kernel hands it to any of its threads (DuckDB's and Arrow's among
# them). Python then runs its handler in the main thread at that thread's next check of pending calls; CPython 3.11
# can miss that check when another thread runs Python code as the signal comes (the store thread importing its
# modules as a run starts): the main thread then waits on its workers for ever. Python also writes the signal's
# number to a "wakeup" socket from whatever thread took it: the main process waits on that socket beside its workers
# (workers.py), and an interrupt it finds there is raised as Python would have.
_wakeup: tuple[socket.socket, socket.socket] | None = None


def watch_interrupts() -> None:
    """In the main thread, before anything starts a thread: let signals be seen on `interrupt_socket()`."""
    global _wakeup
    if _wakeup is not None or threading.current_thread() is not threading.main_thread():
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except (ValueError, OSError):  # not the main thread of the main interpreter after all
        reader.close()
        writer.close()
        return
    _wakeup = (reader, writer)


def interrupt_socket() -> socket.socket | None:
    """The socket a signal to this process makes readable (None unless `watch_interrupts` ran here)."""
    return _wakeup[0] if _wakeup is not None else None


def raise_if_interrupted() -> None:
    """KeyboardInterrupt if Ctrl-C came since the last look (the other signals' bytes are dropped)."""
    reader = interrupt_socket()
    if reader is None:
        return
    try:
        received = reader.recv(4096)
    except (BlockingIOError, InterruptedError):
        return
    if signal.SIGINT in received:
        raise KeyboardInterrupt
