"""Named phases of a run's store where tests inject real faults into a real `vnplan extract` process:
VNPLAN_FAULT=PHASE:ACTION with ACTION `kill` (SIGKILL itself) or `pause` (say so on stderr and wait to
be killed). Phases of a run: store.opened (lock taken, previous store copied), publish.written (every
file written and synced in the staging folder), publish.committed (the journal written), publish.moved
(every file moved into OUT), publish.done (published.json written, the journal removed). Of a reader:
read.locked (the published set held). Unset, a checkpoint costs one environment lookup."""
from __future__ import annotations

import os
import signal
import sys
import time


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
