"""The run's store: a DuckDB database that rows stream into, and the published outputs.

A run works on a copy of `OUT/vnplan.duckdb` inside a staging folder in OUT, so a run that fails or
is killed leaves the previous outputs as they were. Rows of each input file are inserted in batches
(bounded memory whatever the corpus size); a manifest (path, size, mtime, content hash, pipeline
version) lets the next run re-process only new or changed files. At the end the derived tables
(cross-document citation keys, citation index, responsibility matrix) are computed in SQL and every
table is exported (CSV with BOM for Excel, Parquet, XLSX) and renamed into place.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import tempfile
import types
import typing
from pathlib import Path

import pandas as pd

from . import __version__
from .citations.index import derive_citation_index
from .records import Citation, Deadline, DocumentMeta, ErrorRow, FileResult, Party, Section, columns

DEFAULT_FORMATS = ("csv", "parquet", "xlsx", "duckdb")
DUCKDB_NAME = "vnplan.duckdb"
XLSX_NAME = "vnplan.xlsx"
EXCEL_MAX_ROWS = 1_048_575

# Tables with one row per extracted item, and how each is ordered when exported.
ROW_TABLES: dict[str, tuple[type, str]] = {
    "documents": (DocumentMeta, "source_path, part"),
    "sections": (Section, "doc_id, start, section_id"),
    "citations": (Citation, "doc_id, start, \"end\""),
    "deadlines": (Deadline, "doc_id, start, \"end\", recurrence"),
    "parties": (Party, "doc_id, start, party, role"),
    "errors": (ErrorRow, "path, stage"),
}


def _code_fingerprint() -> str:
    """Hash of the package's code and grammar tables: rows made by other rules are not reused."""
    digest = hashlib.sha1()
    here = Path(__file__).resolve().parent
    for path in sorted([*here.rglob("*.py"), *(here.parent / "models").glob("*")]):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


PIPELINE_VERSION = f"{__version__}+{_code_fingerprint()}"
TABLES = ("documents", "sections", "citations", "deadlines", "parties", "citation_index", "responsibility", "errors")


class OutputError(Exception):
    pass


def _sql_type(tp) -> str:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):  # `int | None`
        tp = typing.get_args(tp)[0]
    return {int: "BIGINT", bool: "BOOLEAN", float: "DOUBLE"}.get(tp, "VARCHAR")


def _schema(record_type) -> list[tuple[str, str]]:
    hints = typing.get_type_hints(record_type)
    return [(f.name, _sql_type(hints[f.name])) for f in dataclasses.fields(record_type)]


def _frame(records: list, record_type) -> pd.DataFrame:
    cols = columns(record_type)
    return pd.DataFrame([{c: getattr(r, c) for c in cols} for r in records], columns=cols)


def previous_manifest(out_dir: str | os.PathLike, formats) -> dict[str, tuple] | None:
    """The manifest of the outputs in OUT, read without copying the store; None when there is no
    usable store, when it was written by another version, or when an output file is missing."""
    import duckdb

    out = Path(out_dir)
    db = out / DUCKDB_NAME
    if not db.exists():
        return None
    expected = [out / f"{n}.{ext}" for n in TABLES for ext in ("csv", "parquet") if ext in formats]
    if "xlsx" in formats:
        expected.append(out / XLSX_NAME)
    if any(not p.exists() for p in expected):
        return None
    try:
        con = duckdb.connect(str(db), read_only=True)
    except Exception:
        return None
    try:
        version = con.execute("SELECT value FROM vnplan_meta WHERE key = 'version'").fetchone()
        written = con.execute("SELECT value FROM vnplan_meta WHERE key = 'formats'").fetchone()
        if not version or version[0] != PIPELINE_VERSION or not written or written[0] != ",".join(formats):
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


class Store:
    def __init__(self, out_dir: str | os.PathLike | None, full: bool = False, memory_limit: str = "384MB"):
        import duckdb

        self.out = Path(out_dir) if out_dir is not None else None
        self.staging: Path | None = None
        if self.out is None:
            self.path = ":memory:"
        else:
            try:
                self.out.mkdir(parents=True, exist_ok=True)
                for stale in self.out.glob(".vnplan-tmp-*"):  # left by a run that was killed
                    shutil.rmtree(stale, ignore_errors=True)
                self.staging = Path(tempfile.mkdtemp(prefix=".vnplan-tmp-", dir=self.out))
            except OSError as exc:
                raise OutputError(f"cannot create the output folder {self.out}: {exc.strerror or exc}") from None
            self.path = str(self.staging / DUCKDB_NAME)
            previous = self.out / DUCKDB_NAME
            if previous.exists() and not full:
                shutil.copy2(previous, self.path)
        self.warnings: list[str] = []
        self.con = duckdb.connect(self.path)
        self.con.execute(f"SET memory_limit = '{memory_limit}'")
        self.con.execute("SET threads = 2")
        self.con.execute("SET preserve_insertion_order = false")
        self._ensure_schema()

    # ------------------------------------------------------------------ schema and manifest
    def _ensure_schema(self) -> None:
        kinds = dict(self.con.execute("SELECT table_name, table_type FROM information_schema.tables").fetchall())
        existing = set(kinds)
        meta = self.con.execute("SELECT value FROM vnplan_meta WHERE key = 'version'").fetchone() \
            if "vnplan_meta" in existing else None
        if meta is None or meta[0] != PIPELINE_VERSION:
            # Another pipeline version wrote this store: its rows are not comparable, start over.
            for name, kind in kinds.items():
                self.con.execute(f'DROP {"VIEW" if kind == "VIEW" else "TABLE"} IF EXISTS "{name}"')
            existing = set()
        for name, (record_type, _) in ROW_TABLES.items():
            if name not in existing:
                cols = _schema(record_type)
                if name == "citations":
                    cols.append(("citation_key_local", "VARCHAR"))
                self.con.execute(f'CREATE TABLE "{name}" (' + ", ".join(f'"{c}" {t}' for c, t in cols) + ")")
        if "texts" not in existing:
            self.con.execute("CREATE TABLE texts (doc_id VARCHAR, source_path VARCHAR, text VARCHAR)")
        if "manifest" not in existing:
            self.con.execute("CREATE TABLE manifest (path VARCHAR, size BIGINT, mtime_ns BIGINT, sha256 VARCHAR, "
                             "stem VARCHAR, version VARCHAR, n_documents BIGINT, n_errors BIGINT)")
        if "vnplan_meta" not in existing:
            self.con.execute("CREATE TABLE vnplan_meta (key VARCHAR, value VARCHAR)")
            self.con.execute("INSERT INTO vnplan_meta VALUES ('version', ?)", [PIPELINE_VERSION])

    def manifest(self) -> dict[str, tuple]:
        rows = self.con.execute("SELECT path, size, mtime_ns, sha256, stem FROM manifest").fetchall()
        return {r[0]: r[1:] for r in rows}

    def error_paths(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT DISTINCT path FROM errors").fetchall()}

    def forget(self, paths: list[str]) -> None:
        """Drop every row that came from these input files."""
        if not paths:
            return
        self.con.execute("CREATE OR REPLACE TEMP TABLE gone AS SELECT unnest(?::VARCHAR[]) AS path", [paths])
        doc_ids = "SELECT doc_id FROM documents WHERE source_path IN (SELECT path FROM gone)"
        for name in ("sections", "citations", "deadlines", "parties"):
            self.con.execute(f'DELETE FROM "{name}" WHERE doc_id IN ({doc_ids})')
        self.con.execute("DELETE FROM texts WHERE source_path IN (SELECT path FROM gone)")
        self.con.execute("DELETE FROM documents WHERE source_path IN (SELECT path FROM gone)")
        self.con.execute("DELETE FROM errors WHERE path IN (SELECT path FROM gone)")
        self.con.execute("DELETE FROM manifest WHERE path IN (SELECT path FROM gone)")

    def retouch(self, fingerprints: dict[str, tuple]) -> None:
        """Files whose time changed but whose content did not: keep their rows, note the new time."""
        for path, (size, mtime_ns, sha, stem) in fingerprints.items():
            self.con.execute("UPDATE manifest SET size = ?, mtime_ns = ? WHERE path = ?", [size, mtime_ns, path])

    # ------------------------------------------------------------------ rows in
    def add(self, results: list[FileResult], fingerprints: dict[str, tuple] | None = None) -> None:
        """Insert one batch of per-file results (and their manifest rows)."""
        if not results:
            return
        gathered: dict[str, list] = {name: [] for name in ROW_TABLES}
        texts = []
        manifest = []
        for result in results:
            gathered["documents"].extend(result.documents)
            gathered["sections"].extend(result.sections)
            gathered["citations"].extend(result.citations)
            gathered["deadlines"].extend(result.deadlines)
            gathered["parties"].extend(result.parties)
            gathered["errors"].extend(result.errors)
            paths = {d.doc_id: d.source_path for d in result.documents}
            texts.extend((doc_id, paths.get(doc_id, result.path), text) for doc_id, text in result.texts.items())
            if fingerprints is not None and result.path in fingerprints:
                size, mtime_ns, sha, stem = fingerprints[result.path]
                manifest.append((result.path, size, mtime_ns, sha, stem, PIPELINE_VERSION,
                                 len(result.documents), len(result.errors)))
        for name, records in gathered.items():
            if not records:
                continue
            frame = _frame(records, ROW_TABLES[name][0])
            if name == "citations":
                frame["citation_key_local"] = frame["citation_key"]
            self.con.register("batch", frame)
            self.con.execute(f'INSERT INTO "{name}" BY NAME SELECT * FROM batch')
            self.con.unregister("batch")
        if texts:
            self.con.register("batch", pd.DataFrame(texts, columns=["doc_id", "source_path", "text"]))
            self.con.execute("INSERT INTO texts SELECT * FROM batch")
            self.con.unregister("batch")
        if manifest:
            self.con.register("batch", pd.DataFrame(manifest, columns=["path", "size", "mtime_ns", "sha256", "stem",
                                                                       "version", "n_documents", "n_errors"]))
            self.con.execute("INSERT INTO manifest SELECT * FROM batch")
            self.con.unregister("batch")

    # ------------------------------------------------------------------ derived tables
    def derive(self, registry: str | None = None) -> None:
        """Derived tables; `registry` is a user's legal registry TSV (`vnplan extract --registry`)."""
        con = self.con
        derive_citation_index(con, registry)
        con.execute("DROP TABLE IF EXISTS responsibility")
        con.execute("""
            CREATE TABLE responsibility AS
            WITH roles AS (
                SELECT party, doc_id, string_agg(role, ';' ORDER BY role) AS roles, sum(n) AS n_assignments
                FROM (SELECT party, doc_id, role, count(*) AS n FROM parties GROUP BY ALL) GROUP BY party, doc_id),
            tasks AS (
                SELECT party, doc_id, string_agg(task, ' | ' ORDER BY task) AS tasks
                FROM (SELECT DISTINCT party, doc_id, task FROM parties WHERE task <> '') GROUP BY party, doc_id),
            issuers AS (SELECT doc_id, max(issuer) AS issuer FROM documents GROUP BY doc_id)
            SELECT r.party, r.doc_id, coalesce(i.issuer, '') AS issuer, r.roles, r.n_assignments,
                   coalesce(t.tasks, '') AS tasks
            FROM roles r LEFT JOIN tasks t USING (party, doc_id) LEFT JOIN issuers i USING (doc_id)
        """)
        con.execute("""
            CREATE OR REPLACE VIEW citing_pairs AS
            SELECT c.doc_id, d.issuer AS citing_issuer, d.year AS citing_year, c.citation_key,
                   c.doc_type, c.number_symbol, c.relation
            FROM citations c LEFT JOIN documents d USING (doc_id)
        """)

    def _select(self, name: str) -> str:
        if name in ROW_TABLES:
            record_type, order = ROW_TABLES[name]
            cols = ", ".join(f'"{c}"' for c in columns(record_type))
            return f'SELECT {cols} FROM "{name}" ORDER BY {order}'
        if name == "citation_index":
            return ('SELECT * FROM citation_index ORDER BY n_citing_docs DESC, n_mentions DESC, citation_key')
        return 'SELECT * FROM responsibility ORDER BY party, doc_id'

    def frame(self, name: str) -> pd.DataFrame:
        return self.con.execute(self._select(name)).df()

    def counts(self) -> dict[str, int]:
        return {name: self.con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in TABLES}

    # ------------------------------------------------------------------ rows out
    def publish(self, formats=DEFAULT_FORMATS) -> list[Path]:
        """Export every table into the staging folder, then rename everything into OUT."""
        assert self.out is not None and self.staging is not None
        produced: list[tuple[Path, Path]] = []
        try:
            for name in TABLES:
                query = self._select(name)
                if "csv" in formats:
                    target = self.staging / f"{name}.csv"
                    body = self.staging / f".{name}.body.csv"
                    self.con.execute(f"COPY ({query}) TO '{body}' (FORMAT CSV, HEADER, QUOTE '\"', ESCAPE '\"')")
                    with open(target, "wb") as out, open(body, "rb") as src:
                        out.write(b"\xef\xbb\xbf")  # BOM: Excel then reads the Vietnamese correctly
                        shutil.copyfileobj(src, out, 1 << 20)
                    body.unlink()
                    produced.append((target, self.out / target.name))
                if "parquet" in formats:
                    target = self.staging / f"{name}.parquet"
                    self.con.execute(f"COPY ({query}) TO '{target}' (FORMAT PARQUET)")
                    produced.append((target, self.out / target.name))
            if "xlsx" in formats:
                counts = self.counts()
                too_big = [n for n, c in counts.items() if c > EXCEL_MAX_ROWS]
                if too_big:
                    self.warnings.append(f"vnplan.xlsx not written: {', '.join(too_big)} exceed Excel's "
                                         f"{EXCEL_MAX_ROWS + 1:,} rows per sheet (use the CSV, Parquet or DuckDB outputs)")
                else:
                    target = self.staging / XLSX_NAME
                    write_xlsx({name: self.frame(name) for name in TABLES}, target)
                    produced.append((target, self.out / XLSX_NAME))
            self.con.execute("DELETE FROM vnplan_meta WHERE key = 'formats'")
            self.con.execute("INSERT INTO vnplan_meta VALUES ('formats', ?)", [",".join(formats)])
            self.con.execute("CHECKPOINT")
            self.con.close()
            if "duckdb" in formats:
                produced.append((Path(self.path), self.out / DUCKDB_NAME))
            for temp, final in produced:
                os.replace(temp, final)
        except OSError as exc:
            raise OutputError(f"cannot write the outputs in {self.out}: {exc.strerror or exc}; "
                              "the previous outputs were left as they were") from None
        finally:
            self.discard()
        return [final for _, final in produced]

    def discard(self) -> None:
        try:
            self.con.close()
        except Exception:
            pass
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)


def write_xlsx(tables: dict[str, pd.DataFrame], path: Path) -> None:
    """One sheet per table: frozen header row, autofilter, readable column widths."""
    from openpyxl.utils import get_column_letter

    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in tables.items():
            clean = frame.copy()
            for col in clean.columns:
                if clean[col].dtype == object or str(clean[col].dtype).startswith(("string", "str")):
                    # Excel refuses control characters and cells over 32,767 characters.
                    clean[col] = clean[col].astype("string").str.replace(
                        r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", regex=True).str.slice(0, 32000)
            clean.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            sheet.freeze_panes = "A2"
            if len(clean.columns):
                sheet.auto_filter.ref = f"A1:{get_column_letter(len(clean.columns))}{max(1, len(clean)) + 1}"
            for i, col in enumerate(clean.columns, start=1):
                sample = clean[col].astype("string").fillna("").head(200)
                width = max([len(str(col))] + [min(len(v), 60) for v in sample]) + 2
                sheet.column_dimensions[get_column_letter(i)].width = min(max(width, 8), 62)


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
