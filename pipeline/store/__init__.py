"""The run's store: a DuckDB database that rows stream into, and the published outputs.

A run locks OUT (lock.py), finishes a publication a killed run left, and works on a copy of the
published `vnplan.duckdb` in a staging folder (layout.py), so a run that fails or is killed leaves
the previous outputs as they were. Rows of each input file arrive as the buffers of Arrow columns
that the worker which read it made (packed.py); a manifest (path, size, mtime, content hash, pipeline
version) lets the next run re-process only new or changed files. At the end (`finish`) the derived
tables are computed in SQL (derived.py), every table is exported (exports.py: CSV with BOM, Parquet,
a streamed XLSX, the workbook on a thread of its own from the start) and the whole set is published
by a journal of renames (layout.py). `published`, `read_table` and `previous_manifest` read the
published outputs back (reading.py).
"""
from __future__ import annotations

import os
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from . import exports
from . import derived
from .faults import checkpoint
from .errors import OutputError, UnfinishedPublication, reason
from .layout import generation_of, is_committed, new_staging, output_names, publish, published_folder, recover, state_dir
from .lock import OutputLock
from .reading import count_rows, previous_manifest, published, read_table
from .schema import (DEFAULT_FORMATS, DUCKDB_NAME, FINGERPRINT_SQL, MANIFEST_COLUMNS, PIPELINE_VERSION, ROW_TABLES, TABLES,
                     TEXT_COLUMNS, XLSX_NAME, quote_name, record_columns, select_sql)
from ..arrow_columns import arrow_schema, record_batch, tuples_batch
from ..packed import PACKED_TABLES, pack, read_table as read_packed
from ..records import ErrorRow, FileResult, Fingerprint, PackedResult

if TYPE_CHECKING:  # pandas is imported where a frame is asked for (Arrow's to_pandas), not by the store
    import pandas as pd

__all__ = ["DEFAULT_FORMATS", "DUCKDB_NAME", "OutputError", "count_rows", "PIPELINE_VERSION", "Store", "TABLES",
           "UnfinishedPublication", "XLSX_NAME", "previous_manifest", "published", "published_folder", "read_table"]


# DuckDB's share of the main process, beyond which it spills to disk (bench/RESULTS.md): rows in,
# the derived tables and every export run within it on one thread (a second thread holds sort
# buffers of its own, and an ordered export then needs twice the memory).
MEMORY_LIMIT = "192MB"
# Two DuckDB queries at once (the derived tables, the workbook's sorted sheets, the files) share that
# cap, and past ~1.7 million rows (10,000 documents) they ran out of it together, while each alone
# fits. Up to this many rows the exports run beside each other (a small run ends sooner); past it,
# one after another.
CONCURRENT_EXPORT_ROWS = 250_000


class Store:
    def __init__(self, out_dir: str | os.PathLike | None, full: bool = False, memory_limit: str | None = None):
        import duckdb

        self.out = Path(out_dir) if out_dir is not None else None
        self.staging: Path | None = None
        self.lock: OutputLock | None = None
        self.con = None
        self.warnings: list[str] = []
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
                checkpoint("store.opened")
            except OSError as exc:
                self.discard()
                raise OutputError(f"cannot prepare the output folder {self.out}: {reason(exc, self.out)}; "
                                  "the previous outputs were left as they were") from None
        try:
            self.con = duckdb.connect(path)
            self.con.execute(f"SET memory_limit = '{memory_limit or MEMORY_LIMIT}'")
            self.con.execute("SET threads = 1")
            self.con.execute("SET preserve_insertion_order = false")
            # DuckDB's automatic checkpoint (every 16 MB of log) stays: rows not yet checkpointed are
            # held in memory DuckDB cannot spill, so putting it off (to save rewriting each table's
            # last row group) ran a 3,000-document run out of memory at publication.
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

    def manifest(self) -> dict[str, Fingerprint]:
        rows = self.con.execute(f"SELECT path, {FINGERPRINT_SQL} FROM manifest").fetchall()
        return {r[0]: Fingerprint(*r[1:]) for r in rows}

    def error_paths(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT DISTINCT path FROM errors").fetchall()}

    def forget(self, paths: list[str]) -> None:
        """Drop every row that came from these input files."""
        if not paths:
            return
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
        """Insert one batch of per-file results (and their manifest rows). A worker's results come
        packed (packed.py): their rows are appended as the Arrow columns the worker made."""
        if not results:
            return
        with self._building():
            self._add([r if isinstance(r, PackedResult) else pack(r) for r in results], fingerprints)

    def _add(self, results: list[PackedResult], fingerprints: dict[str, Fingerprint] | None) -> None:
        for name in PACKED_TABLES:
            rows = [result.batches[name] for result in results if name in result.batches]
            if rows:
                self._insert(name, read_packed(name, rows))
        errors = [error for result in results for error in result.errors]
        if errors:
            self._insert("errors", record_batch(errors, ErrorRow))
        if fingerprints is not None:
            manifest = [(result.path, *fingerprints[result.path], PIPELINE_VERSION, result.n_documents,
                         len(result.errors)) for result in results if result.path in fingerprints]
            if manifest:
                self._insert("manifest", tuples_batch(manifest, arrow_schema(MANIFEST_COLUMNS)))

    def _insert(self, name: str, batch) -> None:
        # citation_key_local: the key before cross-document linking (derive) rewrites citation_key
        local = ", citation_key AS citation_key_local" if name == "citations" else ""
        self.con.register("batch", batch)
        try:
            self.con.execute(f"INSERT INTO {quote_name(name)} BY NAME SELECT *{local} FROM batch")
        finally:
            self.con.unregister("batch")

    # ------------------------------------------------------------------ derived tables
    def derive(self, registry: str | None = None) -> None:
        """Derived tables; `registry` is a user's legal registry TSV (`vnplan extract --registry`)."""
        with self._building():
            derived.derive(self.con, registry)

    def frame(self, name: str) -> pd.DataFrame:
        return self.con.sql(select_sql(name)).to_arrow_table().to_pandas()

    def counts(self, names=TABLES) -> dict[str, int]:
        return {name: self.con.execute(f"SELECT count(*) FROM {quote_name(name)}").fetchone()[0] for name in names}

    # ------------------------------------------------------------------ the end of a run
    def finish(self, formats=DEFAULT_FORMATS, registry: str | None = None) -> dict[str, int]:
        """What a run does after its last file: the derived tables, every export, the publication;
        returns every table's row count. The tables `derive` does not touch are exported on a thread of
        their own while it runs, those it makes wait for it: after the last worker both cores are free,
        and DuckDB, Arrow and zlib work outside the GIL. That thread writes the workbook (the longest
        export; its first sheets, documents and sections, are half its rows) when there is one, else
        the CSV and Parquet files."""
        workbook = files = None
        done, failed = threading.Event(), threading.Event()

        def before_sheet(name: str) -> None:
            if name in derived.WRITES:
                done.wait()
                if failed.is_set():
                    raise OutputError("the derived tables could not be built")

        # A derived table never has more rows than the table it is made from (citation_index:
        # one per citation key; responsibility: one per party and document).
        rows = self.counts(tuple(ROW_TABLES))
        together = sum(rows.values()) <= CONCURRENT_EXPORT_ROWS
        if together and "xlsx" in formats and self.staging is not None and not exports.too_big_for_excel(rows):
            workbook = exports.Beside(exports.write_xlsx, self.con.cursor(), TABLES, self.staging / XLSX_NAME,
                                      before_sheet)
        # At most two DuckDB queries at once, within its memory cap: beside the workbook the files wait
        # for the derived tables (three sorts at once ran a 3,000-document run out of it at publication).
        if together and workbook is None and self.staging is not None and {"csv", "parquet"} & set(formats):
            untouched = [name for name in TABLES if name not in derived.WRITES]
            files = exports.Beside(self._write_files, self.con.cursor(), untouched, formats)
        try:
            self.derive(registry)
            done.set()
            counts = self.counts()
        except BaseException:
            failed.set()
            done.set()
            for thread in (workbook, files):  # before the store closes; the derived tables' error is the one to say
                if thread is not None:
                    thread.join()
            raise
        self.publish(formats, workbook, files, together)
        return counts

    # ------------------------------------------------------------------ rows out
    def publish(self, formats=DEFAULT_FORMATS, workbook: exports.Beside | None = None,
                files: exports.Beside | None = None, together: bool | None = None) -> list[Path]:
        """Export every table into the staging folder, then publish the set as a whole (layout.py).
        `workbook`: the workbook's writer, already started; `files`: the writer of the CSV and Parquet
        files of the tables `derive` does not touch, already started (`finish`); `together`: whether
        the workbook may be written beside the files (see CONCURRENT_EXPORT_ROWS)."""
        import duckdb

        assert self.out is not None and self.staging is not None
        names = output_names(formats)
        late_workbook = False
        try:
            if together is None:
                together = sum(self.counts(tuple(ROW_TABLES)).values()) <= CONCURRENT_EXPORT_ROWS
            if "xlsx" in formats and workbook is None:
                too_big = exports.too_big_for_excel(self.counts())
                if too_big:
                    names.remove(XLSX_NAME)
                    self.warnings.append(f"{XLSX_NAME} not written: {', '.join(too_big)} exceed Excel's "
                                         f"{exports.EXCEL_MAX_ROWS + 1:,} rows per sheet "
                                         "(use the CSV, Parquet or DuckDB outputs)")
                elif together:
                    # The longest export, on a thread of its own while this one writes the files:
                    # the workers are done, and DuckDB, Arrow and zlib work outside the GIL.
                    workbook = exports.Beside(exports.write_xlsx, self.con.cursor(), TABLES, self.staging / XLSX_NAME)
                else:
                    late_workbook = True
            try:
                self._write_files(self.con, [name for name in TABLES if files is None or name in derived.WRITES],
                                  formats)
            finally:
                for thread in (files, workbook):
                    if thread is not None:
                        thread.result()  # its error, if any, is raised here
            if late_workbook:
                exports.write_xlsx(self.con, TABLES, self.staging / XLSX_NAME)
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

    def _write_files(self, con, names, formats) -> None:
        """The CSV and Parquet files of tables `names`, written through connection `con`."""
        for name in names:
            if "csv" in formats:
                exports.write_csv(con, name, self.staging / f"{name}.csv")
            if "parquet" in formats:
                exports.write_parquet(con, name, self.staging / f"{name}.parquet")

    def discard(self) -> None:
        """Close the store, remove the staging folder if it is still there and not committed, let other
        runs in."""
        if self.con is not None:
            try:
                self.con.close()
            except Exception:
                pass
        if self.staging is not None and not is_committed(self.out, self.staging):
            shutil.rmtree(self.staging, ignore_errors=True)
        if self.lock is not None:
            self.lock.release()
