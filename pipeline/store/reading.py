"""Reading an output folder back: one table as a data frame (for evaluate, report, calendar), and the
manifest of the published store (for an incremental run to decide what is up to date).

Whatever the folder holds — the DuckDB store, Parquet files, or CSV only — a table comes back with
the same columns and the same dtypes: it is read into Arrow with the table's own schema and turned
into pandas by one conversion (text → str, integers → int64, booleans → bool; an integer column with
empty cells → float64, as pandas does for Parquet)."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa

from .exports import unneutralized
from .layout import current_generation, is_published
from .schema import DUCKDB_NAME, PIPELINE_VERSION, arrow_schema, quote_name, select_sql, table_columns


def published_folder(out_dir: str | os.PathLike) -> Path:
    """The folder holding one consistent set of the outputs: the current generation, or OUT itself
    for a folder written by an older version (or copied without its `.vnplan` folder)."""
    out = Path(out_dir)
    return current_generation(out) or out


def read_table(out_dir: str | os.PathLike, name: str) -> pd.DataFrame:
    """Table `name` of an output folder (or of a generation folder): from vnplan.duckdb when it is
    there, else from Parquet, else from the CSV; the same frame whichever it is."""
    for attempt in (1, 2):
        folder = published_folder(out_dir)
        try:
            return _read(folder, name).to_pandas()
        except FileNotFoundError:
            # A run published a new generation, and removed this one, between resolving and opening.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


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
            finally:
                con.close()
    if parquet.exists():
        import pyarrow.parquet as pq

        table = pq.read_table(parquet)
        return table.select(schema.names).cast(schema) if set(schema.names) <= set(table.column_names) else table
    if csv.exists():
        return _read_csv(csv, name)
    raise FileNotFoundError(f"no {name} table in {folder} (looked for {DUCKDB_NAME}, {name}.parquet, {name}.csv)")


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


def previous_manifest(out_dir: str | os.PathLike, formats) -> dict[str, tuple] | None:
    """The manifest of the published store, read in place; None unless OUT shows exactly the complete
    output set of a run of this pipeline version with these formats (then nothing needs doing)."""
    import duckdb

    out = Path(out_dir)
    folder = current_generation(out)
    if folder is None or not (folder / DUCKDB_NAME).exists():
        return None
    try:
        con = duckdb.connect(str(folder / DUCKDB_NAME), read_only=True)
    except Exception:
        return None
    try:
        meta = dict(con.execute("SELECT key, value FROM vnplan_meta").fetchall())
        if meta.get("version") != PIPELINE_VERSION or meta.get("formats") != ",".join(formats):
            return None
        if not is_published(out, [n for n in meta.get("outputs", "").split(",") if n]):
            return None
        rows = con.execute("SELECT path, size, mtime_ns, sha256, stem FROM manifest").fetchall()
        errors = {r[0] for r in con.execute("SELECT DISTINCT path FROM errors").fetchall()}
        manifest = {r[0]: r[1:] for r in rows}
        # Errors of paths that are not files (missing inputs) are not in the manifest: they force work.
        return manifest if errors <= set(manifest) else None
    except Exception:
        return None
    finally:
        con.close()
