"""What the store holds: every table's columns and types (SQL and Arrow), its export order, and the
pipeline version that stamps a store so that rows made by other rules are never reused."""
from __future__ import annotations

import hashlib
import typing
from pathlib import Path

from .. import __version__
from ..arrow_columns import record_columns, sql_type
from ..records import Citation, Deadline, DocumentMeta, ErrorRow, Fingerprint, Party, Section, StoredText

DEFAULT_FORMATS = ("csv", "parquet", "xlsx", "duckdb")
DUCKDB_NAME = "vnplan.duckdb"
XLSX_NAME = "vnplan.xlsx"

# Tables with one row per extracted item, and the columns each is ordered by when exported.
ROW_TABLES: dict[str, tuple[type, tuple[str, ...]]] = {
    "documents": (DocumentMeta, ("source_path", "part")),
    "sections": (Section, ("doc_id", "start", "section_id")),
    "citations": (Citation, ("doc_id", "start", "end")),
    "deadlines": (Deadline, ("doc_id", "start", "end", "recurrence")),
    "parties": (Party, ("doc_id", "start", "party", "role")),
    "errors": (ErrorRow, ("path", "stage")),
}
TABLES = ("documents", "sections", "citations", "deadlines", "parties", "citation_index", "responsibility", "errors")

# Columns of the tables computed in SQL (derived.py); listed so that a CSV can be read back typed.
DERIVED_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "citation_index": [(c, "VARCHAR") for c in ("citation_key", "doc_type", "number_symbol", "name", "issued_date",
                                                 "issuer", "issuer_normalized", "subject", "aliases", "replaced_by")]
                      + [("n_mentions", "BIGINT"), ("n_citing_docs", "BIGINT"), ("citing_doc_ids", "VARCHAR")],
    "responsibility": [("party", "VARCHAR"), ("doc_id", "VARCHAR"), ("issuer", "VARCHAR"), ("roles", "VARCHAR"),
                       ("n_assignments", "BIGINT"), ("tasks", "VARCHAR")],
}
DERIVED_ORDER = {"citation_index": ("n_citing_docs DESC", "n_mentions DESC", "citation_key"),
                 "responsibility": ("party", "doc_id")}

TEXT_COLUMNS = record_columns(StoredText)


def _code_fingerprint() -> str:
    """Hash of the package's code and grammar tables: rows made by other rules are not reused."""
    digest = hashlib.sha1()
    package = Path(__file__).resolve().parent.parent
    for path in sorted([*package.rglob("*.py"), *(package.parent / "models").glob("*")]):
        if path.is_file():
            digest.update(path.relative_to(package.parent).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


PIPELINE_VERSION = f"{__version__}+{_code_fingerprint()}"


# The manifest: per input path, what a run compares (records.Fingerprint), and what was made of it.
MANIFEST_COLUMNS = [("path", "VARCHAR"),
                    *((name, sql_type(hint)) for name, hint in typing.get_type_hints(Fingerprint).items()),
                    ("version", "VARCHAR"), ("n_documents", "BIGINT"), ("n_errors", "BIGINT")]
# The manifest's columns, in Fingerprint's order. A row another version wrote matches no file (size -1,
# no sha256): its input is read again when a run looks at it, and keeps its rows until then.
FINGERPRINT_SQL = ", ".join(
    f"CASE WHEN version = '{PIPELINE_VERSION}' THEN {name} ELSE {unknown} END AS {name}"
    if name in ("size", "sha256") else name
    for name, unknown in ((name, "-1" if name == "size" else "''") for name in Fingerprint._fields))


def table_columns(name: str) -> list[tuple[str, str]]:
    """(column, SQL type) of an exported table, in the order of its files."""
    if name in ROW_TABLES:
        return record_columns(ROW_TABLES[name][0])
    return DERIVED_COLUMNS[name]


def order_sql(name: str) -> str:
    """The table's export order. Keys name the table's own columns (`src.`), never computed values
    that carry the same name."""
    keys = ROW_TABLES[name][1] if name in ROW_TABLES else DERIVED_ORDER[name]
    return ", ".join(f"src.{quote_name(k.split()[0])} {' '.join(k.split()[1:])}".rstrip() for k in keys)


def select_sql(name: str, values: list[str] | None = None, names: list[str] | None = None,
               stored_in_order: bool = False) -> str:
    """The query table `name` is read with: its columns (or SQL `values` computed from them, one per
    column, named like them or by `names`), in the table's order. `stored_in_order`: the store the
    query runs on keeps its tables in that order (`Store.load`, `derived.derive`): a scan, no sort."""
    cols = table_columns(name)
    values = values or [quote_name(c) for c, _ in cols]
    names = names or [c for c, _ in cols]
    items = ", ".join(f"{v} AS {quote_name(n)}" for v, n in zip(values, names))
    query = f"SELECT {items} FROM {quote_name(name)} AS src"
    return query if stored_in_order else f"{query} ORDER BY {order_sql(name)}"


def store_in_order(con, name: str, source: str | None = None) -> None:
    """Table `name` made again from the rows of query `source` (default: its own), stored in its export
    order: a scan then reads it in that order (DuckDB keeps a table's insertion order)."""
    temporary = quote_name(f"vnplan_ordered_{name}")
    source = source or f"SELECT * FROM {quote_name(name)}"
    con.execute(f"CREATE TABLE {temporary} AS SELECT * FROM ({source}) AS src ORDER BY {order_sql(name)}")
    con.execute(f"DROP TABLE {quote_name(name)}")
    con.execute(f"ALTER TABLE {temporary} RENAME TO {quote_name(name)}")


def quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
