"""Rows → the SPEC's tables, in memory (for the Python API, tests and benchmarks). The command line
streams into an on-disk store instead (`store.Store`); both share the same SQL for the derived tables."""
from __future__ import annotations

import pandas as pd

from .records import FileResult
from .store import TABLES, Store

__all__ = ["TABLES", "build"]


def build(results: list[FileResult]) -> dict[str, pd.DataFrame]:
    store = Store(None)
    try:
        store.add(sorted(results, key=lambda r: r.path))
        store.derive()
        return {name: store.frame(name) for name in TABLES}
    finally:
        store.discard()
