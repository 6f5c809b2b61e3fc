"""Processes that cannot outlive the run: a child the kernel kills when its parent dies, and whole
process trees killed at once."""
from __future__ import annotations

import ctypes
import os
import signal

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
