"""Arrow arrays from Python values, assembled from their buffers, and record batches from typed
records (records.py). pyarrow's own conversion of Python values (`pa.array`, `pa.table` of lists)
imports pandas on first use: 0.3–0.5 CPU s in each process that does it, and nothing else of a run
needs pandas. Light on purpose: workers import it to pack their rows (packed.py), without the store."""
from __future__ import annotations

import dataclasses
import types
import typing
from array import array
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import Sequence

import pyarrow as pa

_INT32_MAX = 2**31 - 1
_ZERO = {pa.string(): "", pa.int64(): 0, pa.float64(): 0.0, pa.bool_(): False}  # under a null


def _bits(flags) -> pa.Buffer:
    """An Arrow bitmap (least significant bit first) from a sequence of truth values."""
    flags = list(flags)
    digits = "".join("1" if f else "0" for f in reversed(flags)) or "0"
    return pa.py_buffer(int(digits, 2).to_bytes((len(flags) + 7) // 8 or 1, "little"))


def column(values: Sequence, type_: pa.DataType) -> pa.Array:
    """`values` (of `type_`'s Python kind, or None) as one Arrow array: what `pa.array(values,
    type_)` gives for the store's four types (string, int64, float64, bool)."""
    n, given = len(values), values
    validity = None
    if None in values:
        validity = _bits(v is not None for v in values)
        values = [_ZERO[type_] if v is None else v for v in values]
    if type_ == pa.string():
        encoded = list(map(str.encode, values))
        offsets = array("i", accumulate(map(len, encoded), initial=0))
        if offsets[-1] > _INT32_MAX:  # pragma: no cover - over 2 GiB of text in one batch
            return pa.array(given, type_)
        buffers = [validity, pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded))]
    elif type_ == pa.int64():
        buffers = [validity, pa.py_buffer(array("q", values))]
    elif type_ == pa.float64():
        buffers = [validity, pa.py_buffer(array("d", values))]
    elif type_ == pa.bool_():
        buffers = [validity, _bits(values)]
    else:  # pragma: no cover - the store has no other column type
        return pa.array(values, type_)
    return pa.Array.from_buffers(type_, n, buffers)


_ARROW = {"BIGINT": pa.int64(), "BOOLEAN": pa.bool_(), "DOUBLE": pa.float64(), "VARCHAR": pa.string()}


def sql_type(tp) -> str:
    """The SQL type of a record field's annotation (`int | None` is a nullable BIGINT)."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        tp = typing.get_args(tp)[0]
    return {int: "BIGINT", bool: "BOOLEAN", float: "DOUBLE"}.get(tp, "VARCHAR")


def record_columns(record_type) -> list[tuple[str, str]]:
    """(column, SQL type) of a record dataclass, in field order."""
    return list(_record_columns(record_type))


@lru_cache(maxsize=None)
def _record_columns(record_type) -> tuple[tuple[str, str], ...]:
    hints = typing.get_type_hints(record_type)
    return tuple((f.name, sql_type(hints[f.name])) for f in dataclasses.fields(record_type))


def arrow_schema(cols: Sequence[tuple[str, str]]) -> pa.Schema:
    return pa.schema([(c, _ARROW[t]) for c, t in cols])


@lru_cache(maxsize=None)
def record_schema(record_type) -> pa.Schema:
    """The Arrow schema of a record dataclass's rows (computed once per type: a worker packs every
    file's rows with it)."""
    return arrow_schema(_record_columns(record_type))


def tuples_batch(rows: Sequence[tuple], schema: pa.Schema) -> pa.RecordBatch:
    """A batch from tuples in the order of `schema`'s fields."""
    # zip(*rows) turns rows into columns in C; each column becomes one typed Arrow array.
    by_column = zip(*rows) if rows else [()] * len(schema)
    arrays = [column(values, field.type) for values, field in zip(by_column, schema)]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def record_batch(records: Sequence, record_type) -> pa.RecordBatch:
    """One batch holding `records` (all of `record_type`), typed by the record's annotations."""
    getter = attrgetter(*(c for c, _ in _record_columns(record_type)))
    return tuples_batch(list(map(getter, records)), record_schema(record_type))
