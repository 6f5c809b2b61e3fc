"""Arrow arrays from Python values, assembled from their buffers (column_buffers.py), and record
batches from typed records (records.py). pyarrow's own conversion of Python values (`pa.array`,
`pa.table` of lists) imports pandas on first use: 0.3–0.5 CPU s in each process that does it, and
nothing else of a run needs pandas."""
from __future__ import annotations

from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Sequence

import pyarrow as pa
import pyarrow.compute as pc

from .column_buffers import Buffers, column_buffers, record_columns as _record_columns, sql_type, tuples_buffers

__all__ = ["arrow_schema", "batch_from_buffers", "batch_from_parts", "column", "record_batch", "record_columns", "record_schema",
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


# Each part's buffers taken out of a column's tuple of them in C (map over itemgetters), not by a
# Python step per part: a store batch holds the buffers of 30 to 60 files per column.
_VALIDITY, _DATA, _STRINGS = itemgetter(0), itemgetter(1), itemgetter(2)
_ENDS, _STARTS = itemgetter(slice(4, None)), itemgetter(slice(None, -4))  # int32 offsets but the first, but the last


def _bitmap(rows: Sequence[int], bitmaps: Sequence[bytes | None]) -> bytes:
    """One Arrow bitmap of the bitmaps of consecutive parts of `rows` rows each (None: all set), bit after bit."""
    whole, at = 0, 0
    for n, bitmap in zip(rows, bitmaps):
        mask = (1 << n) - 1
        whole |= (mask if bitmap is None else int.from_bytes(bitmap, "little") & mask) << at
        at += n
    return whole.to_bytes((at + 7) // 8 or 1, "little")


def _offsets(n: int, parts: Sequence[bytes]) -> bytes:
    """One int32 offsets buffer of `n` strings from the offsets buffers of consecutive parts (each from
    0): each string's length (an offset of its part less the one before it) summed again over all parts,
    by two pyarrow kernels rather than a Python step per string."""
    if not n:
        return bytes(4)
    ends = _array(pa.int32(), n, (None, b"".join(map(_ENDS, parts))))
    starts = _array(pa.int32(), n, (None, b"".join(map(_STARTS, parts))))
    # checked: over 2 GiB of text in one batch fails here as it would in pyarrow's own concatenation
    summed = pc.cumulative_sum_checked(pc.subtract(ends, starts))
    return bytes(4) + memoryview(summed.buffers()[1])[4 * summed.offset:4 * (summed.offset + n)].tobytes()


def _concatenated(type_: pa.DataType, rows: Sequence[int], parts: Sequence[Buffers]) -> pa.Array:
    """One array of the same column's buffers from several batches (`rows` rows each): the buffers joined
    as bytes, rather than an array per batch (two pyarrow calls each) and a copy of them all to combine them."""
    n = sum(rows)
    # a bitmap is never empty (column_buffers.bits): a part has nulls where it has one
    validity = _bitmap(rows, list(map(_VALIDITY, parts))) if any(map(_VALIDITY, parts)) else None
    if type_ == pa.string():
        data = [_offsets(n, list(map(_DATA, parts))), b"".join(map(_STRINGS, parts))]
    elif type_ == pa.bool_():
        data = [_bitmap(rows, list(map(_DATA, parts)))]
    else:
        data = [b"".join(map(_DATA, parts))]
    return _array(type_, n, (validity, *data))


def batch_from_parts(schema: pa.Schema, parts: Sequence[tuple[int, Sequence[Buffers]]]) -> pa.RecordBatch:
    """One batch of the rows of several (rows, columns' buffers) parts, in their order: what
    `batch_from_buffers` of each and their concatenation give, without an array per part."""
    rows = [n for n, _ in parts]
    by_column = zip(*(columns for _, columns in parts))  # each column's buffers, part after part
    arrays = [_concatenated(field.type, rows, column) for field, column in zip(schema, by_column)]
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
