"""Writing a file the user asked for, whole or not at all: into a temporary file next to it, then
renamed over it, so a failure leaves the previous version; a folder that cannot be written becomes
one clear error, not a traceback."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable


class OutputError(Exception):
    pass


def write_atomically(target: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        reason = exc.strerror or str(exc)
        raise OutputError(f"cannot write {target}: {reason}") from None
    return target
