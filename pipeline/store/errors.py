"""What the store says when the output folder fails it: one line naming the folder and the cause."""
from __future__ import annotations

import errno
from pathlib import Path


class OutputError(Exception):
    pass


class UnfinishedPublication(FileNotFoundError):
    """OUT holds a set whose publication a killed run left half done, and this reader cannot finish it."""


def reason(exc: BaseException, out: Path | None) -> str:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "No space left" in str(exc):
        return f"No space left on device: the disk of {out} is full (free some space or choose another --out)"
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else "")
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
