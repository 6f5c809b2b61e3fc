"""Imported by multiprocessing's fork server before it forks any worker (workers.py): the server dies
with the main process and warms up once, so every worker forked from it starts ready."""
from .lifeline import die_with_parent

die_with_parent()
try:
    from .warmup import warm_up

    warm_up()
except Exception:  # pragma: no cover - the workers then load what they need on first use
    pass
