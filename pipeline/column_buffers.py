"""A table's rows as the buffers of Arrow columns, in pure Python: what a worker sends the main
process (packed.py). No pyarrow here on purpose: importing it costs ~0.25 CPU s, which every worker
(or the fork server, serially) would pay before its first file; the main process, which imports
pyarrow anyway, wraps the buffers into arrays without copying (`arrow_columns.from_buffers`)."""
from __future__ import annotations

import dataclasses
import types
import typing
from array import array
from functools import lru_cache
from itertools import accumulate
from typing import Sequence

_ZERO = {"VARCHAR": "", "BIGINT": 0, "DOUBLE": 0.0, "BOOLEAN": False}  # the value stored under a null

# One column: its validity bitmap (None: no nulls) and its data buffers, as Arrow lays them out
# (string: int32 offsets, UTF-8 bytes; int64 and float64: values; bool: a bitmap).
Buffers = tuple


def bits(flags) -> bytes:
    """An Arrow bitmap (least significant bit first) from a sequence of truth values."""
    flags = list(flags)
    digits = "".join("1" if f else "0" for f in reversed(flags)) or "0"
    return int(digits, 2).to_bytes((len(flags) + 7) // 8 or 1, "little")


def column_buffers(values: Sequence, kind: str) -> Buffers:
    """`values` (of SQL type `kind`'s Python kind, or None) as an Arrow column's buffers."""
    validity = None
    if None in values:
        validity = bits(v is not None for v in values)
        values = [_ZERO[kind] if v is None else v for v in values]
    if kind == "VARCHAR":
        encoded = list(map(str.encode, values))
        # array("i") refuses offsets past 2 GiB (OverflowError): more text than one Arrow string column holds
        return validity, array("i", accumulate(map(len, encoded), initial=0)).tobytes(), b"".join(encoded)
    if kind == "BIGINT":
        return validity, array("q", values).tobytes()
    if kind == "DOUBLE":
        return validity, array("d", values).tobytes()
    return validity, bits(values)


def sql_type(tp) -> str:
    """The SQL type of a record field's annotation (`int | None` is a nullable BIGINT)."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        tp = typing.get_args(tp)[0]
    return {int: "BIGINT", bool: "BOOLEAN", float: "DOUBLE"}.get(tp, "VARCHAR")


@lru_cache(maxsize=None)
def record_columns(record_type) -> tuple[tuple[str, str], ...]:
    """(column, SQL type) of a record dataclass, in field order."""
    hints = typing.get_type_hints(record_type)
    return tuple((f.name, sql_type(hints[f.name])) for f in dataclasses.fields(record_type))


def tuples_buffers(rows: Sequence[tuple], kinds: Sequence[str]) -> tuple[int, list[Buffers]]:
    """(row count, each column's buffers) of tuples in the order of `kinds`."""
    # zip(*rows) turns rows into columns in C; each column becomes one typed set of buffers.
    by_column = zip(*rows) if rows else [()] * len(kinds)
    return len(rows), [column_buffers(values, kind) for values, kind in zip(by_column, kinds)]
