"""Who may touch OUT when. Two locks, both in OUT/.vnplan:

- `lock`: one run at a time, held from the moment a run opens the store until it has published or
  given up. POSIX record locks (lockf) belong to the process: forked workers do not inherit them,
  and the kernel drops them when the holder dies however it dies, so a lock left by a killed run is
  taken over at once. The file also records who holds it (pid, host, start time, command) for the
  message a waiting run prints; the file itself is never removed (removing a lock file races with
  its next taker).
- `readers`: a reader of the published set (`read_table`, report, calendar, evaluate) holds it
  shared while it reads; a run moving a new set into OUT holds it exclusive. So a command reading
  several tables never gets some from one run and some from the next (flock, also dropped by the
  kernel when the holder dies).

Filesystems without locks (some network shares) get a warning for runs and no reader lock."""
from __future__ import annotations

import errno
import fcntl
import os
import socket
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

LOCK_NAME = "lock"
READERS_NAME = "readers"
_NO_LOCKS = (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL)
_BUSY = (errno.EACCES, errno.EAGAIN)


def _say(message: str) -> None:
    print(f"vnplan: {message}", file=sys.stderr, flush=True)


class OutputLock:
    def __init__(self, state_dir: Path, announce: Callable[[str], None] = _say):
        self.path = state_dir / LOCK_NAME
        self.announce = announce
        self.fd: int | None = None
        self.warning = ""

    def acquire(self, wait: bool = True) -> bool:
        """Take the lock; while another run has it, wait (with a message naming the holder), or
        with `wait=False` return False at once."""
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.lockf(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in _BUSY and not wait:
                self.release()
                return False
            if exc.errno in _BUSY:
                self.announce(f"{self.path.parent.parent} is being written by another vnplan run "
                              f"({self.holder()}); waiting for it to finish (Ctrl-C to stop waiting)")
                fcntl.lockf(self.fd, fcntl.LOCK_EX)
            elif exc.errno in _NO_LOCKS:
                # Some network filesystems have no locks: go on, but say that runs are not kept apart.
                self.warning = (f"{self.path.parent.parent} cannot be locked ({exc.strerror}): do not start "
                                "two runs into it at once")
            else:
                self.release()
                raise
        os.ftruncate(self.fd, 0)
        started = time.strftime("%Y-%m-%d %H:%M:%S %z")
        info = f"pid {os.getpid()} on {socket.gethostname()} since {started}: {' '.join(sys.argv)}\n"
        os.pwrite(self.fd, info.encode("utf-8", "backslashreplace"), 0)
        return True

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


@contextmanager
def readers_lock(state_dir: Path, exclusive: bool = False,
                 announce: Callable[[str], None] = _say) -> Iterator[None]:
    """Hold OUT's readers lock: shared to read the published set, exclusive to replace it. A folder
    without the lock file (never published by this version) or where it cannot be made or taken
    is read without it."""
    path = state_dir / READERS_NAME
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | (os.O_CREAT if exclusive else 0), 0o644)
    except OSError:
        if exclusive:
            raise
        yield
        return
    try:
        kind = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, kind | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in _BUSY:
                if exclusive:
                    announce(f"{state_dir.parent} is being read (vnplan report, calendar, evaluate or a "
                             "notebook); waiting for it to finish before replacing the outputs")
                fcntl.flock(fd, kind)
            elif exc.errno not in _NO_LOCKS:
                raise
        yield
    finally:
        os.close(fd)
