"""Reading an output folder back: one table as a data frame (for evaluate, report, calendar), every
table of a command from one published set, and the manifest of the published store (for an
incremental run to decide what is up to date).

Whatever the folder holds — the DuckDB store, Parquet files, or CSV only — a table comes back with
the same columns and the same dtypes: it is read into Arrow with the table's own schema and turned
into pandas by one conversion (text → str, integers → int64, booleans → bool; an integer column with
empty cells → float64, as pandas does for Parquet)."""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import pyarrow as pa

from .errors import UnfinishedPublication, reason
from .exports import unneutralized
from .faults import checkpoint
from .layout import finish_publication, is_published, journal_path, published_folder, read_marker, state_dir
from .lock import OutputLock, readers_lock
from ..records import Fingerprint
from ..arrow_columns import arrow_schema
from .schema import DUCKDB_NAME, FINGERPRINT_SQL, PIPELINE_VERSION, quote_name, select_sql, table_columns

if TYPE_CHECKING:  # Arrow turns tables into frames and imports pandas only then
    import pandas as pd

__all__ = ["count_rows", "previous_manifest", "published", "published_folder", "read_table"]

# How long a reader waits for a run that holds OUT to finish a publication a killed run left.
WAIT_FOR_PUBLICATION = 60.0


@contextmanager
def published(out_dir: str | os.PathLike) -> Iterator[Path]:
    """The folder of OUT's published set, kept whole while the block runs: a run publishing
    meanwhile waits for the block to end, and a publication a killed run left half done is finished
    first. Any folder of outputs (a copy, CSV files only) is read as it is."""
    out = Path(out_dir)
    deadline = time.monotonic() + WAIT_FOR_PUBLICATION
    while True:
        with readers_lock(state_dir(out)):
            if not journal_path(out).exists():
                checkpoint("read.locked")
                yield published_folder(out)
                return
        if not _finish(out) and time.monotonic() > deadline:
            raise UnfinishedPublication(f"{out}: a vnplan run holding the folder has not finished publishing its "
                                        f"outputs in {WAIT_FOR_PUBLICATION:.0f} s ({OutputLock(state_dir(out)).holder()})")
        time.sleep(0.1)


def _finish(out: Path) -> bool:
    """Finish a killed run's publication unless a run is at work (it does so itself); True if done."""
    lock = OutputLock(state_dir(out), announce=lambda message: None)
    try:
        if not lock.acquire(wait=False):
            return False
        try:
            finish_publication(out)
        finally:
            lock.release()
    except OSError as exc:
        raise UnfinishedPublication(
            f"{out}: a vnplan run was killed while publishing its outputs, and this process cannot finish "
            f"it ({reason(exc, out)}): run `vnplan extract` into {out} again") from None
    return True


def read_table(out_dir: str | os.PathLike, name: str) -> pd.DataFrame:
    """Table `name` of an output folder: from vnplan.duckdb when it is there, else from Parquet,
    else from the CSV; the same frame whichever it is. Several tables of one command: read them
    inside `with published(out) as folder`, from `folder`."""
    with published(out_dir) as folder:
        return _read(folder, name).to_pandas()


def count_rows(out_dir: str | os.PathLike, name: str) -> int:
    """How many rows table `name` of an output folder has (read as `read_table` reads it, without pandas)."""
    with published(out_dir) as folder:
        return _read(folder, name).num_rows


def _read(folder: Path, name: str) -> pa.Table:
    import duckdb

    schema = arrow_schema(table_columns(name))
    db, parquet, csv = folder / DUCKDB_NAME, folder / f"{name}.parquet", folder / f"{name}.csv"
    if db.exists():
        try:
            con = duckdb.connect(str(db), read_only=True)
        except duckdb.Error:
            con = None  # not a store we can open (another DuckDB version, damaged): try the files
        if con is not None:
            try:
                return con.sql(select_sql(name)).to_arrow_table().cast(schema)
            except duckdb.CatalogException:
                pass
            except duckdb.BinderException:  # written by another version, with other columns
                return _conformed(con.sql(f"SELECT * FROM {quote_name(name)}").to_arrow_table(), schema)
            finally:
                con.close()
    if parquet.exists():
        import pyarrow.parquet as pq

        return _conformed(pq.read_table(parquet), schema)
    if csv.exists():
        return _read_csv(csv, name)
    raise FileNotFoundError(f"no {name} table in {folder} (looked for {DUCKDB_NAME}, {name}.parquet, {name}.csv)")


def _conformed(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """A table another version wrote, with this version's columns: a column it lacks is empty (NULL),
    a column it has beside them is kept after them."""
    columns = [table.column(f.name).cast(f.type) if f.name in table.column_names else pa.nulls(table.num_rows, f.type)
               for f in schema]
    extra = [n for n in table.column_names if n not in schema.names]
    return pa.Table.from_arrays(columns + [table.column(n) for n in extra], names=schema.names + extra)


def _read_csv(path: Path, name: str) -> pa.Table:
    """A CSV as written by `vnplan extract` (BOM, Excel-neutralized text) or edited since: every cell
    read as text, then each known column typed and un-neutralized; unknown columns stay text."""
    import duckdb

    con = duckdb.connect()
    try:
        source = f"read_csv('{str(path).replace(chr(39), chr(39) * 2)}', header = true, all_varchar = true)"
        present = [row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]
        known = dict(table_columns(name))
        items = []
        for column in present:
            kind = known.get(column, "VARCHAR")
            # Text is never NULL in these tables; an empty CSV cell is an empty string.
            value = (f"coalesce({unneutralized(column)}, '')" if kind == "VARCHAR"
                     else f"TRY_CAST({quote_name(column)} AS {kind})")
            items.append(f"{value} AS {quote_name(column)}")
        return con.sql(f"SELECT {', '.join(items)} FROM {source}").to_arrow_table()
    finally:
        con.close()


def previous_manifest(out_dir: str | os.PathLike, formats) -> dict[str, Fingerprint] | None:
    """The manifest of the published store, read in place; None unless OUT shows exactly the complete
    output set of a run of this pipeline version with these formats (then nothing needs doing)."""
    import duckdb

    out = Path(out_dir)
    with readers_lock(state_dir(out)):
        marker = read_marker(out)
        if marker is None or DUCKDB_NAME not in marker.files:
            return None
        try:
            con = duckdb.connect(str(out / DUCKDB_NAME), read_only=True)
        except Exception:
            return None
        try:
            meta = dict(con.execute("SELECT key, value FROM vnplan_meta").fetchall())
            if meta.get("version") != PIPELINE_VERSION or meta.get("formats") != ",".join(formats) \
                    or meta.get("generation") != marker.generation:
                return None
            if not is_published(out, marker, [n for n in meta.get("outputs", "").split(",") if n]):
                return None
            rows = con.execute(f"SELECT path, {FINGERPRINT_SQL} FROM manifest").fetchall()
            errors = {r[0] for r in con.execute("SELECT DISTINCT path FROM errors").fetchall()}
            manifest = {r[0]: Fingerprint(*r[1:]) for r in rows}
            # Errors of paths that are not files (missing inputs) are not in the manifest: they force work.
            return manifest if errors <= set(manifest) else None
        except Exception:
            return None
        finally:
            con.close()
