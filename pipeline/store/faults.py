"""Named phases of a run's store where tests inject real faults into a real `vnplan extract` process:
VNPLAN_FAULT=PHASE:ACTION with ACTION `kill` (SIGKILL itself), `pause` (say so on stderr and wait to be
killed) or `enospc` (fail as a full disk does). Unset, a checkpoint costs one dictionary lookup."""
from __future__ import annotations

import errno
import os
import signal
import sys
import time

PHASES = ("store.opened", "publish.written", "publish.renamed", "publish.linked", "publish.switched")


def checkpoint(phase: str) -> None:
    spec = os.environ.get("VNPLAN_FAULT")
    if not spec:
        return
    where, _, action = spec.partition(":")
    if where != phase:
        return
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "pause":
        print(f"vnplan: fault hook: paused at {phase} (pid {os.getpid()})", file=sys.stderr, flush=True)
        while True:
            time.sleep(3600)
    elif action == "enospc":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
