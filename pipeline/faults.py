"""Faults on demand, for the fault tests: `VNPLAN_FAULT="<action>@<phase>:<path fragment>"` makes
the per-file work misbehave at a named phase (`start`, `read`, `normalize`, `split`, `metadata`,
`sections`, `citations`, `deadlines`, `parties`) for files whose path holds the fragment. Actions:
`hang` (sleeps; signals still work), `stuck` (blocks every signal, then sleeps: only SIGKILL ends
it, like a C loop that never returns), `die` (SIGKILL, as the out-of-memory killer does), `raise`
(an internal error). Unset, `checkpoint` costs one comparison."""
from __future__ import annotations

import os
import signal
import time

_SPEC = os.environ.get("VNPLAN_FAULT", "")


def checkpoint(phase: str, path: str) -> None:
    if not _SPEC:
        return
    action, _, rest = _SPEC.partition("@")
    where, _, fragment = rest.partition(":")
    if where != phase or fragment not in path:
        return
    if action == "hang":
        time.sleep(3600)
    elif action == "stuck":
        signal.pthread_sigmask(signal.SIG_BLOCK, set(signal.Signals) - {signal.SIGKILL, signal.SIGSTOP})
        time.sleep(3600)
    elif action == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "raise":
        raise RuntimeError(f"fault injected at {phase}")
