"""The run's store: a DuckDB database that rows stream into, and the published outputs.

A run locks OUT (lock.py), finishes a publication a killed run left, and works on a copy of the
published `vnplan.duckdb` in a staging folder (layout.py), so a run that fails or is killed leaves
the previous outputs as they were. Rows of each input file arrive as the buffers of Arrow columns
that the worker which read it made (packed.py) and wait in Arrow streams in the staging folder
(parts.py); a manifest (path, size, mtime, content hash, pipeline version) lets the next run
re-process only new or changed files. At the end (`finish`) the rows go into DuckDB, one statement per
table, each exported table stored in its export order (`load`); the derived tables are computed in SQL
(derived.py), every table is exported from a plain scan (exports.py: CSV with BOM, Parquet, a streamed
XLSX; the exports on threads of their own, beside the texts' load and the derived tables, each table
as soon as it is final) and the whole set is published by a journal of renames (layout.py).
`published`, `read_table` and `previous_manifest` read the published outputs back (reading.py).
"""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from . import exports
from . import derived
from .faults import checkpoint
from .errors import OutputError, UnfinishedPublication, reason
from .layout import generation_of, is_committed, new_staging, output_names, publish, published_folder, recover, state_dir
from .lock import OutputLock
from .parts import RowParts
from .reading import count_rows, previous_manifest, published, read_table
from .schema import (DEFAULT_FORMATS, DUCKDB_NAME, FINGERPRINT_SQL, MANIFEST_COLUMNS, PIPELINE_VERSION, ROW_TABLES, TABLES,
                     TEXT_COLUMNS, XLSX_NAME, quote_name, record_columns, select_sql, store_in_order)
from ..arrow_columns import arrow_schema, record_batch, tuples_batch
from ..packed import PACKED_TABLES, pack, read_table as read_packed
from ..records import ErrorRow, FileResult, Fingerprint, PackedResult

if TYPE_CHECKING:  # pandas is imported where a frame is asked for (Arrow's to_pandas), not by the store
    import pandas as pd

__all__ = ["DEFAULT_FORMATS", "DUCKDB_NAME", "OutputError", "count_rows", "PIPELINE_VERSION", "Store", "TABLES",
           "UnfinishedPublication", "XLSX_NAME", "previous_manifest", "published", "published_folder", "read_table"]


# DuckDB's share of the main process, beyond which it spills to disk (bench/RESULTS.md): the load's
# one sort at a time, the derived tables, and the exports, which only scan tables stored in their order.
MEMORY_LIMIT = "192MB"
# The texts go into the store by slices of this many bytes (`Store.load`), and the store is checkpointed
# once its log holds as many: the size of log at which DuckDB checkpoints by itself.
TEXT_SLICE_BYTES = CHECKPOINT_LOG_BYTES = 16 << 20


def _slices(rows, size: int):
    """The batches of a stream as Arrow tables of about `size` bytes each (a batch is never split)."""
    import pyarrow as pa

    held, held_bytes = [], 0
    for batch in rows:
        held.append(batch)
        held_bytes += batch.nbytes
        if held_bytes >= size:
            yield pa.Table.from_batches(held)
            held, held_bytes = [], 0
    if held:
        yield pa.Table.from_batches(held)


def _local(name: str) -> str:
    # citation_key_local: the key before cross-document linking (derive) rewrites citation_key
    return ", citation_key AS citation_key_local" if name == "citations" else ""


class Store:
    def __init__(self, out_dir: str | os.PathLike | None, full: bool = False, memory_limit: str | None = None):
        import duckdb

        self.out = Path(out_dir) if out_dir is not None else None
        self.staging: Path | None = None
        self.lock: OutputLock | None = None
        self.con = None
        self.warnings: list[str] = []
        self.parts = RowParts(None)
        self._sorted = False  # the row tables are in their export order (`_load_rows`)
        self._workbook_refused = False  # its sheets would exceed Excel's rows (`_start_exports`)
        path = ":memory:"
        if self.out is not None:
            try:
                state_dir(self.out).mkdir(parents=True, exist_ok=True)
                self.lock = OutputLock(state_dir(self.out))
                self.lock.acquire()
                if self.lock.warning:
                    self.warnings.append(self.lock.warning)
                recover(self.out)
                self.staging = new_staging(self.out)
                path = str(self.staging / DUCKDB_NAME)
                previous = published_folder(self.out) / DUCKDB_NAME
                if previous.exists() and not full:
                    shutil.copyfile(previous, path)
                self.parts = RowParts(self.staging)
                checkpoint("store.opened")
            except OSError as exc:
                self.discard()
                raise OutputError(f"cannot prepare the output folder {self.out}: {reason(exc, self.out)}; "
                                  "the previous outputs were left as they were") from None
        try:
            self.con = duckdb.connect(path)
            self.con.execute(f"SET memory_limit = '{memory_limit or MEMORY_LIMIT}'")
            self.con.execute("SET threads = 1")
            # The exports scan the row tables in the order `load` stored them in (one sort per table,
            # not one per format): DuckDB keeps a table's insertion order only with this on. On one
            # thread it costs no memory.
            self.con.execute("SET preserve_insertion_order = true")
            self._ensure_schema()
        except duckdb.Error as exc:
            self.discard()
            raise OutputError(f"cannot open the store in {self.out}: {reason(exc, self.out)}; "
                              "the previous outputs were left as they were") from None

    # ------------------------------------------------------------------ schema and manifest
    def _ensure_schema(self) -> None:
        tables = {name: record_columns(record_type) for name, (record_type, _) in ROW_TABLES.items()}
        tables["citations"] = [*tables["citations"], ("citation_key_local", "VARCHAR")]
        tables["texts"] = TEXT_COLUMNS
        tables["manifest"] = MANIFEST_COLUMNS
        tables["vnplan_meta"] = [("key", "VARCHAR"), ("value", "VARCHAR")]
        kinds = dict(self.con.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
        existing = set(kinds)
        meta = self.con.execute("SELECT value FROM vnplan_meta WHERE key = 'version'").fetchone() \
            if "vnplan_meta" in existing else None
        if meta is None or meta[0] != PIPELINE_VERSION:
            # Another pipeline version wrote this store. Its rows stay: inputs this run does not look at
            # keep them, and the manifest's `version` makes every input it does look at read again.
            for name, kind in kinds.items():
                if name not in tables or kind == "VIEW":  # derived tables and views: made again at the end
                    self.con.execute(f'DROP {"VIEW" if kind == "VIEW" else "TABLE"} IF EXISTS {quote_name(name)}')
                    existing.discard(name)
                elif name != "vnplan_meta":
                    self._conform(name, tables[name])
            if "vnplan_meta" in existing:
                self.con.execute("DELETE FROM vnplan_meta WHERE key = 'version'")
                self.con.execute("INSERT INTO vnplan_meta VALUES ('version', ?)", [PIPELINE_VERSION])
        for name, cols in tables.items():
            if name not in existing:
                body = ", ".join(f"{quote_name(c)} {t}" for c, t in cols)
                self.con.execute(f"CREATE TABLE {quote_name(name)} ({body})")
        if "vnplan_meta" not in existing:
            self.con.execute("INSERT INTO vnplan_meta VALUES ('version', ?)", [PIPELINE_VERSION])

    def _conform(self, name: str, columns: list[tuple[str, str]]) -> None:
        """Table `name` as written by another version, given this version's columns: a new column is
        empty (NULL) in the old rows, a dropped one goes, a value whose type changed is cast."""
        have = dict(self.con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                     "WHERE table_name = ? ORDER BY ordinal_position", [name]).fetchall())
        if list(have.items()) == [(c, t) for c, t in columns]:
            return
        items = ", ".join((f"TRY_CAST({quote_name(c)} AS {t})" if c in have else f"CAST(NULL AS {t})")
                          + f" AS {quote_name(c)}" for c, t in columns)
        self.con.execute(f"CREATE TABLE vnplan_conformed AS SELECT {items} FROM {quote_name(name)}")
        self.con.execute(f"DROP TABLE {quote_name(name)}")
        self.con.execute(f"ALTER TABLE vnplan_conformed RENAME TO {quote_name(name)}")

    def _rows_in(self) -> None:
        """Before the tables are read or changed: the rows added so far are in them."""
        if self.parts.pending():
            self.load()

    def manifest(self) -> dict[str, Fingerprint]:
        self._rows_in()
        rows = self.con.execute(f"SELECT path, {FINGERPRINT_SQL} FROM manifest").fetchall()
        return {r[0]: Fingerprint(*r[1:]) for r in rows}

    def error_paths(self) -> set[str]:
        self._rows_in()
        return {r[0] for r in self.con.execute("SELECT DISTINCT path FROM errors").fetchall()}

    def forget(self, paths: list[str]) -> None:
        """Drop every row that came from these input files."""
        if not paths:
            return
        self._rows_in()
        with self._building():
            self.con.execute("CREATE OR REPLACE TEMP TABLE gone AS SELECT unnest(?::VARCHAR[]) AS path", [paths])
            doc_ids = "SELECT doc_id FROM documents WHERE source_path IN (SELECT path FROM gone)"
            for name in ("sections", "citations", "deadlines", "parties"):
                self.con.execute(f'DELETE FROM "{name}" WHERE doc_id IN ({doc_ids})')
            self.con.execute("DELETE FROM texts WHERE source_path IN (SELECT path FROM gone)")
            self.con.execute("DELETE FROM documents WHERE source_path IN (SELECT path FROM gone)")
            self.con.execute("DELETE FROM errors WHERE path IN (SELECT path FROM gone)")
            self.con.execute("DELETE FROM manifest WHERE path IN (SELECT path FROM gone)")

    def retouch(self, fingerprints: dict[str, Fingerprint]) -> None:
        """Files whose stat changed but whose content did not: keep their rows, note the new stat."""
        self._rows_in()
        with self._building():
            for path, fp in fingerprints.items():
                self.con.execute("UPDATE manifest SET size = ?, mtime_ns = ?, ctime_ns = ?, inode = ?, abs_path = ? "
                                 "WHERE path = ?", [fp.size, fp.mtime_ns, fp.ctime_ns, fp.inode, fp.abs_path, path])

    # ------------------------------------------------------------------ rows in
    @contextmanager
    def _building(self):
        """A store that cannot take more rows (full disk, memory) fails the run with one clear line."""
        import duckdb

        try:
            yield
        except (OSError, duckdb.Error) as exc:
            raise OutputError(f"cannot build the tables in {self.out or 'memory'}: {reason(exc, self.out)}; "
                              "the previous outputs were left as they were") from None

    def add(self, results: list[FileResult | PackedResult], fingerprints: dict[str, Fingerprint] | None = None) -> None:
        """Take one batch of per-file results (and their manifest rows). A worker's results come packed
        (packed.py): their rows are appended to the run's row streams as the Arrow columns the worker
        made (parts.py), and go into DuckDB once, at `load`."""
        if not results:
            return
        with self._building():
            self._add([r if isinstance(r, PackedResult) else pack(r) for r in results], fingerprints)

    def _add(self, results: list[PackedResult], fingerprints: dict[str, Fingerprint] | None) -> None:
        for name in PACKED_TABLES:
            rows = [result.batches[name] for result in results if name in result.batches]
            if rows:
                self.parts.append(name, read_packed(name, rows))
        errors = [error for result in results for error in result.errors]
        if errors:
            self.parts.append("errors", record_batch(errors, ErrorRow))
        if fingerprints is not None:
            manifest = [(result.path, *fingerprints[result.path], PIPELINE_VERSION, result.n_documents,
                         len(result.errors)) for result in results if result.path in fingerprints]
            if manifest:
                self.parts.append("manifest", tuples_batch(manifest, arrow_schema(MANIFEST_COLUMNS)))

    def load(self) -> None:
        """The rows added since the last load into DuckDB: the row tables (`_load_rows`), then the
        texts and the manifest (`_load_unsorted`). Idempotent: every reader of the tables calls it."""
        self._load_rows()
        self._load_unsorted()

    def _load_rows(self) -> None:
        """Each row table stored again in its export order, old rows and new, by one statement
        (`schema.store_in_order`): one sort per table, after which every format is written from a plain
        scan. Rows a transaction adds stay in memory DuckDB cannot spill until a checkpoint writes them
        into the file (a run that put DuckDB's checkpoints off ran out of its cap at publication), so
        the store is checkpointed after each table once its log is large (`_checkpoint_if_due`)."""
        if self._sorted and not self.parts.pending(ROW_TABLES):
            return
        with self._building():
            for name in ROW_TABLES:
                rows = self.parts.take(name)
                source = f"SELECT * FROM {quote_name(name)}"
                if rows is not None:
                    self.con.register("vnplan_rows", rows)
                    source += f" UNION ALL BY NAME SELECT *{_local(name)} FROM vnplan_rows"
                try:
                    store_in_order(self.con, name, source)
                finally:
                    if rows is not None:
                        self.con.unregister("vnplan_rows")
                        rows.close()
                        self.parts.remove(name)
                self._checkpoint_if_due()
        self._sorted = True

    def _load_unsorted(self, readers=()) -> None:
        """The texts (few rows, half the bytes) and the manifest, by slices of TEXT_SLICE_BYTES, with a
        checkpoint when one is due (see `_load_rows`). Nothing is exported from them: `finish` loads
        them while the exports run. DuckDB refuses a checkpoint while a transaction older than a change
        of its catalog (a table made, dropped or renamed) is open; `finish` starts the exports after the
        last such change before this load, and should one be refused all the same, the `readers` (the
        exports' threads) are waited for first."""
        import duckdb

        with self._building():
            for name in ("manifest", "texts"):
                rows = self.parts.take(name)
                if rows is None:
                    continue
                for piece in _slices(rows, TEXT_SLICE_BYTES):
                    self.con.register("vnplan_rows", piece)
                    try:
                        self.con.execute(f"INSERT INTO {quote_name(name)} BY NAME SELECT * FROM vnplan_rows")
                    finally:
                        self.con.unregister("vnplan_rows")
                    try:
                        self._checkpoint_if_due()
                    except duckdb.TransactionException:
                        if not readers:
                            raise
                        for reader in readers:
                            reader.join()
                        self._checkpoint_if_due()
                rows.close()
                self.parts.remove(name)

    def _checkpoint_if_due(self) -> None:
        """A checkpoint once the log holds CHECKPOINT_LOG_BYTES, as DuckDB's own automatic one would
        (which a statement this large may outrun): small runs pay for none."""
        log = self.staging / f"{DUCKDB_NAME}.wal" if self.staging is not None else None
        if log is not None and log.exists() and log.stat().st_size >= CHECKPOINT_LOG_BYTES:
            self.con.execute("CHECKPOINT")

    # ------------------------------------------------------------------ derived tables
    def derive(self, registry: str | None = None) -> None:
        """Derived tables; `registry` is a user's legal registry TSV (`vnplan extract --registry`)."""
        self._load_rows()
        with self._building():
            derived.derive(self.con, registry)

    def frame(self, name: str) -> pd.DataFrame:
        self._load_rows()
        return self.con.sql(select_sql(name)).to_arrow_table().to_pandas()

    def counts(self, names=TABLES) -> dict[str, int]:
        self._load_rows()
        return {name: self.con.execute(f"SELECT count(*) FROM {quote_name(name)}").fetchall()[0][0] for name in names}

    # ------------------------------------------------------------------ the end of a run
    def finish(self, formats=DEFAULT_FORMATS, registry: str | None = None) -> dict[str, int]:
        """What a run does after its last file; returns every table's row count. This thread writes
        the store: the row tables, each stored in its export order (`_load_rows`), then the texts and
        the manifest (`_load_unsorted`), then the derived tables. The exports only read, each a plain
        scan of a table stored in its order, so they run beside it from the moment the row tables are
        in, on threads of their own (`_start_exports`): the workbook, and the CSV and Parquet files, each
        table as soon as it is final (a derived table, or the citations that `derive` rewrites, once
        `derive` is done). DuckDB, Arrow and the deflate work outside the GIL."""
        self._load_rows()
        # The row tables are final now, but for the ones `derive` changes.
        ready = exports.Ready(name for name in TABLES if name not in derived.WRITES)
        running: list[exports.Beside] = []
        try:
            if self.staging is not None:
                self._start_exports(formats, ready, running)
            # No export may be older than a change of the catalog when the texts' checkpoints come
            # (`_load_unsorted`): they started after the load, and `derive`'s changes come after the texts.
            self._load_unsorted(running)
            self.derive(registry)
            ready.mark(*derived.WRITES)
            counts = self.counts()
        except BaseException:
            ready.fail()
            for export in running:  # before the store closes; the store's error is the one to say
                export.join()
            raise
        self.publish(formats, running)
        return counts

    def _start_exports(self, formats, ready: exports.Ready, running: list[exports.Beside]) -> None:
        """The workbook and the CSV and Parquet files of every table, each on a thread and a DuckDB
        cursor of its own (into `running`), every table as soon as `ready` has it. A workbook whose
        sheets would exceed Excel's rows is not written: a warning says so."""
        if "xlsx" in formats:
            # A derived table never has more rows than the table it is made from (citation_index: one
            # per citation key; responsibility: one per party and document).
            too_big = exports.too_big_for_excel(self.counts(tuple(ROW_TABLES)))
            if too_big:
                self._workbook_refused = True
                self.warnings.append(f"{XLSX_NAME} not written: {', '.join(too_big)} exceed Excel's "
                                     f"{exports.EXCEL_MAX_ROWS + 1:,} rows per sheet "
                                     "(use the CSV, Parquet or DuckDB outputs)")
            else:
                running.append(exports.Beside(exports.write_xlsx, self.con.cursor(), TABLES, self.staging / XLSX_NAME,
                                              ready.wait))
        if "csv" in formats or "parquet" in formats:
            running.append(exports.Beside(exports.write_files, self.con.cursor(), TABLES, formats, self.staging, ready))

    # ------------------------------------------------------------------ rows out
    def publish(self, formats=DEFAULT_FORMATS, running: list[exports.Beside] | None = None) -> list[Path]:
        """Export every table into the staging folder, then publish the set as a whole (layout.py).
        `running`: the exports, already started (`finish`); without them every table is exported here."""
        import duckdb

        assert self.out is not None and self.staging is not None
        names = output_names(formats)
        try:
            if running is None:
                self._load_rows()
                running = []
                self._start_exports(formats, exports.Ready(TABLES), running)
            try:
                self._load_unsorted(running)
            finally:
                for export in running:
                    export.join()
            for export in running:
                export.result()  # its error, if any, is raised here
            if self._workbook_refused:
                names.remove(XLSX_NAME)
            self.con.execute("DELETE FROM vnplan_meta WHERE key IN ('formats', 'outputs', 'generation')")
            self.con.execute("INSERT INTO vnplan_meta VALUES ('formats', ?), ('outputs', ?), ('generation', ?)",
                             [",".join(formats), ",".join(names), generation_of(self.staging)])
            self.con.execute("CHECKPOINT")  # the last rows into the file before it is published
            self.con.close()
            if "duckdb" not in formats:
                (self.staging / DUCKDB_NAME).unlink()
            publish(self.out, self.staging, names)
        except (OSError, duckdb.Error) as exc:
            if is_committed(self.out, self.staging):  # past the commit point: the new set stands
                raise OutputError(f"cannot finish publishing the outputs in {self.out}: {reason(exc, self.out)}; "
                                  "the next vnplan command into it finishes the publication") from None
            raise OutputError(f"cannot write the outputs in {self.out}: {reason(exc, self.out)}; "
                              "the previous outputs were left as they were") from None
        finally:
            self.discard()
        return [self.out / name for name in names]

    def discard(self) -> None:
        """Close the store, remove the staging folder if it is still there and not committed, let other
        runs in."""
        self.parts.close()
        if self.con is not None:
            try:
                self.con.close()
            except Exception:
                pass
        if self.staging is not None and not is_committed(self.out, self.staging):
            shutil.rmtree(self.staging, ignore_errors=True)
        if self.lock is not None:
            self.lock.release()
