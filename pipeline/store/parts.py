"""A run's rows on their way into the store: one Arrow IPC stream per table in the staging folder,
appended as the workers' results arrive, and loaded into DuckDB once, after the last file (`Store.load`).

Inserting each batch of results into DuckDB as it came cost the main process ~3.5 CPU s per 3,000
documents, most of it in DuckDB's automatic checkpoints (each rewrites every table's last row group, so
their cost grew with the store), all of it taken from the workers that share the machine's cores.
Appending a batch to a stream writes the Arrow buffers the workers made as they are: no encoding, no
compression, no checkpoint. Memory stays bounded: the rows are on disk, and the load reads them back one
batch at a time. A store without a folder (the in-memory API) keeps its batches in memory instead.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa

FOLDER = "rows"  # inside the staging folder; never published
SUFFIX = ".arrows"  # an Arrow IPC stream


class RowParts:
    """The rows added since the last load, per table."""

    def __init__(self, staging: Path | None):
        self.folder = staging / FOLDER if staging is not None else None
        self._writers: dict[str, pa.ipc.RecordBatchStreamWriter] = {}
        self._held: dict[str, list[pa.RecordBatch]] = {}  # without a folder

    def append(self, name: str, rows: pa.RecordBatch | pa.Table) -> None:
        if self.folder is None:
            self._held.setdefault(name, []).extend(rows.to_batches() if isinstance(rows, pa.Table) else [rows])
            return
        writer = self._writers.get(name)
        if writer is None:
            self.folder.mkdir(exist_ok=True)
            writer = self._writers[name] = pa.ipc.new_stream(str(self.folder / f"{name}{SUFFIX}"), rows.schema)
        writer.write(rows)

    def pending(self, names=None) -> bool:
        """Whether rows of tables `names` (default: any) wait to be loaded."""
        return any(name in self._writers or name in self._held for name in (names or [*self._writers, *self._held]))

    def take(self, name: str) -> pa.RecordBatchReader | None:
        """Table `name`'s rows, read one batch at a time, and forgotten here: the caller loads them."""
        if name in self._held:
            batches = self._held.pop(name)
            return pa.RecordBatchReader.from_batches(batches[0].schema, batches)
        writer = self._writers.pop(name, None)
        if writer is None:
            return None
        writer.close()
        return pa.ipc.open_stream(pa.OSFile(str(self.folder / f"{name}{SUFFIX}")))

    def remove(self, name: str) -> None:
        """The stream of a table once loaded: its disk is free for the exports."""
        if self.folder is not None:
            (self.folder / f"{name}{SUFFIX}").unlink(missing_ok=True)

    def close(self) -> None:
        for writer in self._writers.values():
            try:
                writer.close()
            except Exception:  # a full disk: the run is failing already, and the folder goes with it
                pass
        self._writers.clear()
        self._held.clear()
