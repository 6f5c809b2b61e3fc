"""Write the tables: CSV (UTF-8 with BOM, for Excel), Parquet, an XLSX workbook and `vnplan.duckdb`.

Every file is first written under a temporary name inside the output folder and then renamed over
the old one, so a run that fails before that point leaves the previous output as it was.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

DEFAULT_FORMATS = ("csv", "parquet", "xlsx", "duckdb")
DUCKDB_NAME = "vnplan.duckdb"
XLSX_NAME = "vnplan.xlsx"


class OutputError(Exception):
    pass


def _write_xlsx(tables: dict[str, pd.DataFrame], path: Path) -> None:
    from openpyxl.utils import get_column_letter

    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in tables.items():
            clean = frame.copy()
            for col in clean.columns:
                if clean[col].dtype == object or str(clean[col].dtype).startswith(("string", "str")):
                    # Excel refuses control characters and cells over 32,767 characters.
                    clean[col] = clean[col].astype("string").str.replace(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", regex=True).str.slice(0, 32000)
            clean.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes = "A2"
            if len(clean.columns):
                sheet.auto_filter.ref = f"A1:{get_column_letter(len(clean.columns))}{max(1, len(clean)) + 1}"
            for i, col in enumerate(clean.columns, start=1):
                sample = clean[col].astype("string").fillna("").head(200)
                width = max([len(str(col))] + [min(len(v), 60) for v in sample]) + 2
                sheet.column_dimensions[get_column_letter(i)].width = min(max(width, 8), 62)


def _write_duckdb(tables: dict[str, pd.DataFrame], path: Path) -> None:
    import duckdb

    con = duckdb.connect(str(path))
    try:
        for name, frame in tables.items():
            con.register("frame_view", frame)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM frame_view')
            con.unregister("frame_view")
        con.execute("""
            CREATE VIEW citing_pairs AS
            SELECT c.doc_id, d.issuer AS citing_issuer, d.year AS citing_year, c.citation_key,
                   c.doc_type, c.number_symbol, c.relation
            FROM citations c LEFT JOIN documents d USING (doc_id)
        """)
        con.execute("CHECKPOINT")
    finally:
        con.close()


def write(tables: dict[str, pd.DataFrame], out_dir: str | os.PathLike, formats=DEFAULT_FORMATS) -> list[Path]:
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".vnplan-tmp-", dir=out))
    except OSError as exc:
        raise OutputError(f"cannot create the output folder {out}: {exc.strerror or exc}") from None
    produced: list[tuple[Path, Path]] = []
    try:
        for name, frame in tables.items():
            if "csv" in formats:
                target = staging / f"{name}.csv"
                frame.to_csv(target, index=False, encoding="utf-8-sig")
                produced.append((target, out / target.name))
            if "parquet" in formats:
                target = staging / f"{name}.parquet"
                frame.to_parquet(target, index=False)
                produced.append((target, out / target.name))
        if "xlsx" in formats:
            target = staging / XLSX_NAME
            _write_xlsx(tables, target)
            produced.append((target, out / XLSX_NAME))
        if "duckdb" in formats:
            target = staging / DUCKDB_NAME
            _write_duckdb(tables, target)
            produced.append((target, out / DUCKDB_NAME))
        for temp, final in produced:
            os.replace(temp, final)
    except OSError as exc:
        raise OutputError(f"cannot write the outputs in {out}: {exc.strerror or exc}; "
                          "the previous outputs were left as they were") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [final for _, final in produced]


def read_table(out_dir: str | os.PathLike, name: str) -> pd.DataFrame:
    out = Path(out_dir)
    if (out / f"{name}.parquet").exists():
        return pd.read_parquet(out / f"{name}.parquet")
    if (out / f"{name}.csv").exists():
        return pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    if (out / DUCKDB_NAME).exists():
        import duckdb

        con = duckdb.connect(str(out / DUCKDB_NAME), read_only=True)
        try:
            return con.execute(f'SELECT * FROM "{name}"').df()
        finally:
            con.close()
    raise FileNotFoundError(f"no {name} table in {out} (looked for {name}.parquet, {name}.csv, {DUCKDB_NAME})")
