"""Reading an output folder for the report: every table with one set of dtypes, the document texts,
and how each document is named on screen.

`read_table` returns different dtypes depending on what the folder holds (DuckDB and Parquet keep
integers, a CSV-only folder may come back as text, an integer column with gaps as floats); the report
conforms every table to the record types of pipeline/records.py, so that the rest of the report
never sees a text `'0'` where it counts, nor a `2024.0` where it shows a year.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..records import Citation, Deadline, DocumentMeta, ErrorRow, Party, Section
from ..store import DUCKDB_NAME, XLSX_NAME, published, read_table
from .markup import shorten

# Columns of the derived tables (pipeline/store.py) that hold counts; every other column is text.
DERIVED_COUNTS = {"citation_index": ("n_mentions", "n_citing_docs"), "responsibility": ("n_assignments",)}
DERIVED_TEXT = {
    "citation_index": ("citation_key", "doc_type", "number_symbol", "name", "issued_date", "issuer", "subject",
                       "citing_doc_ids"),
    "responsibility": ("party", "doc_id", "issuer", "roles", "tasks"),
}
RECORD_TYPES = {"documents": DocumentMeta, "sections": Section, "citations": Citation, "deadlines": Deadline,
                "parties": Party, "errors": ErrorRow}


@dataclass
class ReportData:
    out_dir: Path
    documents: pd.DataFrame
    sections: pd.DataFrame
    citations: pd.DataFrame
    index: pd.DataFrame
    deadlines: pd.DataFrame
    parties: pd.DataFrame
    responsibility: pd.DataFrame
    errors: pd.DataFrame
    texts: dict[str, str] = field(default_factory=dict)

    @property
    def has_replaced_by(self) -> bool:
        """The SPEC's `replaced_by` column of the citation index, present in newer outputs only."""
        return "replaced_by" in self.index.columns


@dataclass(frozen=True)
class DocLabel:
    """How a document is named on screen: `issuer · number · title`, the file id kept for tooltips.
    The type stands in for a missing number, the file id for a document with no header at all."""

    doc_id: str
    issuer: str
    number: str  # own number and symbol, or the type when it has none
    title: str

    def _join(self, *parts: str) -> str:
        return " · ".join(p for p in parts if p) or self.doc_id

    @property
    def long(self) -> str:
        return self._join(self.issuer, self.number, self.title)

    @property
    def text(self) -> str:
        """Short enough for a table cell: the title cut at 70 characters."""
        return self._join(self.issuer, self.number, shorten(self.title, 70))

    @property
    def head(self) -> str:
        """For compact links: issuer · number."""
        return self._join(self.issuer, self.number) if self.issuer or self.number else shorten(self.long, 40)

    @property
    def tag(self) -> str:
        """For narrow column headers: the number first, it tells documents of one issuer apart."""
        return self._join(self.number, self.issuer) if (self.issuer or self.number) else self.head

    @property
    def full(self) -> str:
        """For tooltips: the whole label and the file id."""
        return self.long if self.long == self.doc_id else f"{self.long} · {self.doc_id}"

    def short(self, width: int) -> str:
        return shorten(self.text, width)


def _column_kinds(record_type) -> dict[str, str]:
    hints = typing.get_type_hints(record_type)
    kinds = {}
    for f in dataclasses.fields(record_type):
        tp = hints[f.name]
        optional = typing.get_origin(tp) in (typing.Union, types.UnionType)  # `int | None`
        base = typing.get_args(tp)[0] if optional else tp
        kinds[f.name] = {int: "nullable_int" if optional else "int", bool: "bool"}.get(base, "text")
    return kinds


def _truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "t", "yes")
    return bool(value) if value is not None and value == value else False


def conform(frame: pd.DataFrame, kinds: dict[str, str]) -> pd.DataFrame:
    """Cast known columns to their kind (text never missing, counts 0 when missing, years nullable);
    columns the report does not know (newer outputs) are kept as text."""
    frame = frame.copy()
    for column in frame.columns:
        kind = kinds.get(column, "text")
        values = frame[column]
        if kind == "int":
            frame[column] = pd.to_numeric(values, errors="coerce").fillna(0).astype("int64")
        elif kind == "nullable_int":
            frame[column] = pd.to_numeric(values, errors="coerce").round().astype("Int64")
        elif kind == "bool":
            frame[column] = values.map(_truthy).astype(bool)
        else:
            frame[column] = values.astype(object).where(values.notna(), "").astype(str)
    for column, kind in kinds.items():
        if column not in frame.columns:  # an older output without this column
            default = {"int": 0, "nullable_int": pd.NA, "bool": False}.get(kind, "")
            dtype = {"int": "int64", "nullable_int": "Int64", "bool": bool}.get(kind, object)
            frame[column] = pd.Series([default] * len(frame), index=frame.index, dtype=dtype)
    return frame


def table_kinds(name: str) -> dict[str, str]:
    if name in RECORD_TYPES:
        return _column_kinds(RECORD_TYPES[name])
    kinds = {c: "text" for c in DERIVED_TEXT.get(name, ())}
    kinds.update({c: "int" for c in DERIVED_COUNTS.get(name, ())})
    return kinds


def _from_workbook(out: Path, name: str) -> pd.DataFrame | None:
    """A table from vnplan.xlsx, for a `--format xlsx` run that wrote nothing else."""
    workbook = out / XLSX_NAME
    if not workbook.exists():
        return None
    try:
        return pd.read_excel(workbook, sheet_name=name[:31], dtype=str, keep_default_na=False)
    except ValueError:  # no such sheet
        return None


def _table(out: Path, name: str, required: bool = False) -> pd.DataFrame:
    try:
        frame = read_table(out, name)
    except FileNotFoundError:
        frame = _from_workbook(out, name)
        if frame is None and required:
            raise
    return conform(frame if frame is not None else pd.DataFrame(), table_kinds(name))


def _texts(out: Path) -> dict[str, str]:
    """Document texts live only in the DuckDB store; a folder without it gets pages without text."""
    db = out / DUCKDB_NAME
    if not db.exists():
        return {}
    import duckdb

    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return {}
    try:
        texts: dict[str, list[str]] = {}
        # A document's text is stored in pieces (records.StoredText); a store of an older version has
        # one piece per document, without a number.
        try:
            rows = con.execute("SELECT doc_id, text FROM texts ORDER BY doc_id, part").fetchall()
        except duckdb.BinderException:  # written by a version that kept each text whole
            rows = con.execute("SELECT doc_id, text FROM texts").fetchall()
        for doc_id, text in rows:
            texts.setdefault(doc_id, []).append(text)
        return {doc_id: "".join(pieces) for doc_id, pieces in texts.items()}
    except duckdb.Error:
        return {}
    finally:
        con.close()


def load(out_dir: str | Path) -> ReportData:
    """Every table the report shows, from whatever formats OUT holds (read_table's, else the
    workbook). Raises FileNotFoundError when OUT has no documents table."""
    with published(out_dir) as out:  # one set for every table, even if a run publishes meanwhile
        return ReportData(
            out_dir=Path(out_dir),
            documents=_table(out, "documents", required=True),
            sections=_table(out, "sections"),
            citations=_table(out, "citations"),
            index=_table(out, "citation_index"),
            deadlines=_table(out, "deadlines"),
            parties=_table(out, "parties"),
            responsibility=_table(out, "responsibility"),
            errors=_table(out, "errors"),
            texts=_texts(out),
        )


def document_labels(documents: pd.DataFrame) -> dict[str, DocLabel]:
    return {row["doc_id"]: DocLabel(row["doc_id"], row["issuer"], row["doc_number"] or row["doc_type"], row["title"])
            for row in documents.to_dict("records")}
