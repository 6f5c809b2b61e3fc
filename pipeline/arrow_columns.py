"""Arrow arrays from Python values, assembled from their buffers (column_buffers.py), and record
batches from typed records (records.py). pyarrow's own conversion of Python values (`pa.array`,
`pa.table` of lists) imports pandas on first use: 0.3–0.5 CPU s in each process that does it, and
nothing else of a run needs pandas."""
from __future__ import annotations

from functools import lru_cache
from operator import attrgetter
from typing import Sequence

import pyarrow as pa

from .column_buffers import Buffers, column_buffers, record_columns as _record_columns, sql_type, tuples_buffers

__all__ = ["arrow_schema", "batch_from_buffers", "column", "record_batch", "record_columns", "record_schema",
           "sql_type", "tuples_batch"]

_ARROW = {"BIGINT": pa.int64(), "BOOLEAN": pa.bool_(), "DOUBLE": pa.float64(), "VARCHAR": pa.string()}
_KIND = {type_: kind for kind, type_ in _ARROW.items()}


def _array(type_: pa.DataType, n: int, buffers: Buffers) -> pa.Array:
    return pa.Array.from_buffers(type_, n, [None if b is None else pa.py_buffer(b) for b in buffers])


def column(values: Sequence, type_: pa.DataType) -> pa.Array:
    """`values` (of `type_`'s Python kind, or None) as one Arrow array: what `pa.array(values,
    type_)` gives for the store's four types (string, int64, float64, bool)."""
    if type_ not in _KIND:  # pragma: no cover - the store has no other column type
        return pa.array(values, type_)
    try:
        buffers = column_buffers(values, _KIND[type_])
    except OverflowError:  # pragma: no cover - over 2 GiB of text in one batch
        return pa.array(values, type_)
    return _array(type_, len(values), buffers)


def record_columns(record_type) -> list[tuple[str, str]]:
    """(column, SQL type) of a record dataclass, in field order."""
    return list(_record_columns(record_type))


def arrow_schema(cols: Sequence[tuple[str, str]]) -> pa.Schema:
    return pa.schema([(c, _ARROW[t]) for c, t in cols])


@lru_cache(maxsize=None)
def record_schema(record_type) -> pa.Schema:
    """The Arrow schema of a record dataclass's rows (computed once per type)."""
    return arrow_schema(_record_columns(record_type))


def batch_from_buffers(schema: pa.Schema, n: int, columns: Sequence[Buffers]) -> pa.RecordBatch:
    """A batch of `n` rows from each column's buffers (column_buffers.py), without copying them."""
    arrays = [_array(field.type, n, buffers) for field, buffers in zip(schema, columns)]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def tuples_batch(rows: Sequence[tuple], schema: pa.Schema) -> pa.RecordBatch:
    """A batch from tuples in the order of `schema`'s fields."""
    try:
        n, columns = tuples_buffers(rows, [_KIND[field.type] for field in schema])
    except OverflowError:  # pragma: no cover - over 2 GiB of text in one column: pyarrow's own conversion
        return pa.RecordBatch.from_arrays([pa.array(v, f.type) for v, f in zip(zip(*rows), schema)], schema=schema)
    return batch_from_buffers(schema, n, columns)


def record_batch(records: Sequence, record_type) -> pa.RecordBatch:
    """One batch holding `records` (all of `record_type`), typed by the record's annotations."""
    getter = attrgetter(*(c for c, _ in _record_columns(record_type)))
    return tuples_batch(list(map(getter, records)), record_schema(record_type))
