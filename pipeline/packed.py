"""A file's rows as columns, for the way from a worker to the store: FileResult → PackedResult in the
worker (each table's rows as the buffers of Arrow columns, column_buffers.py, built without pyarrow),
and the packed rows of many files → one Arrow table per store table in the main process, without a
Python object per row.

Pickling row objects and unpickling them in the main process cost ~28 CPU ms per MB on each side,
and turning them into Arrow columns there more again: on two cores, all of it was taken from the
workers. Built in the worker instead, the columns are paid once, in parallel, and the main process
only wraps the bytes it receives (`read_table`)."""
from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from .column_buffers import record_columns, tuples_buffers
from .records import TEXT_PART_CHARS, Citation, Deadline, DocumentMeta, FileResult, PackedResult, Party, Section, StoredText

if TYPE_CHECKING:  # the worker side (pack) must not import pyarrow: see column_buffers.py
    import pyarrow as pa

# The tables a file's rows go to, by FileResult's field (texts: from FileResult.texts); errors travel
# as they are (few, and the main process prints them).
PACKED_TABLES: dict[str, type] = {"documents": DocumentMeta, "sections": Section, "citations": Citation,
                                  "deadlines": Deadline, "parties": Party, "texts": StoredText}


def pack(result: FileResult) -> PackedResult:
    batches = {}
    for name, record_type in PACKED_TABLES.items():
        columns = record_columns(record_type)
        if name == "texts":
            paths = {d.doc_id: d.source_path for d in result.documents}
            rows = [(doc_id, paths.get(doc_id, result.path), part, text[start:start + TEXT_PART_CHARS])
                    for doc_id, text in result.texts.items()
                    for part, start in enumerate(range(0, len(text) or 1, TEXT_PART_CHARS))]
        else:
            rows = list(map(attrgetter(*(c for c, _ in columns)), getattr(result, name)))
        if rows:
            batches[name] = tuples_buffers(rows, [kind for _, kind in columns])
    return PackedResult(path=result.path, batches=batches, n_documents=len(result.documents), errors=result.errors,
                        seconds=result.seconds, sha256=result.sha256, warnings=result.warnings)


def read_table(name: str, packed: list[tuple]) -> pa.Table:
    """One Arrow table of `name`'s rows from the packed rows of several files, in one chunk: DuckDB
    inserts one chunk for ~20 % less CPU than the same rows in a chunk per file. The files' buffers are
    joined column by column (arrow_columns.batch_from_parts), not wrapped file by file and copied."""
    import pyarrow as pa

    from .arrow_columns import batch_from_parts, record_schema

    schema = record_schema(PACKED_TABLES[name])
    return pa.Table.from_batches([batch_from_parts(schema, packed)] if packed else [], schema)


def unpack(packed: PackedResult) -> FileResult:
    """The FileResult again, rows as records: for callers that want one file's rows as objects
    (`runner.guarded_process`)."""
    result = FileResult(path=packed.path, errors=packed.errors, seconds=packed.seconds, sha256=packed.sha256,
                        warnings=packed.warnings)
    for name, record_type in PACKED_TABLES.items():
        if name not in packed.batches:
            continue
        rows = read_table(name, [packed.batches[name]]).to_pylist()
        if name == "texts":
            result.texts = {}
            for row in sorted(rows, key=lambda row: row["part"]):
                result.texts[row["doc_id"]] = result.texts.get(row["doc_id"], "") + row["text"]
        else:
            setattr(result, name, [record_type(**row) for row in rows])
    return result
