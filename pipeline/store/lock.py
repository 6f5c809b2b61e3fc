"""One run at a time per output folder: an exclusive lock on OUT/.vnplan/lock, held from the moment a
run opens the store until it has published or given up.

POSIX record locks (lockf) belong to the process: forked workers do not inherit them, and the kernel
drops them when the holder dies however it dies, so a lock left by a killed run is taken over at
once. The file also records who holds it (pid, host, start time, command) for the message a waiting
run prints; the file itself is never removed (removing a lock file races with its next taker)."""
from __future__ import annotations

import errno
import fcntl
import os
import socket
import sys
import time
from pathlib import Path
from typing import Callable

LOCK_NAME = "lock"


def _say(message: str) -> None:
    print(f"vnplan: {message}", file=sys.stderr, flush=True)


class OutputLock:
    def __init__(self, state_dir: Path, announce: Callable[[str], None] = _say):
        self.path = state_dir / LOCK_NAME
        self.announce = announce
        self.fd: int | None = None
        self.warning = ""

    def acquire(self) -> None:
        """Take the lock, waiting (with a message naming the holder) while another run has it."""
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.lockf(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EAGAIN):
                self.announce(f"{self.path.parent.parent} is being written by another vnplan run "
                              f"({self.holder()}); waiting for it to finish (Ctrl-C to stop waiting)")
                fcntl.lockf(self.fd, fcntl.LOCK_EX)
            elif exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
                # Some network filesystems have no locks: go on, but say that runs are not kept apart.
                self.warning = (f"{self.path.parent.parent} cannot be locked ({exc.strerror}): do not start "
                                "two runs into it at once")
            else:
                raise
        os.ftruncate(self.fd, 0)
        started = time.strftime("%Y-%m-%d %H:%M:%S %z")
        info = f"pid {os.getpid()} on {socket.gethostname()} since {started}: {' '.join(sys.argv)}\n"
        os.pwrite(self.fd, info.encode("utf-8", "backslashreplace"), 0)

    def holder(self) -> str:
        try:
            with open(self.path, encoding="utf-8", errors="replace") as handle:
                return handle.read().strip() or "holder unknown"
        except OSError:
            return "holder unknown"

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the process's record lock
            self.fd = None
