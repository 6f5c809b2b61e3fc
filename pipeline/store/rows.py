"""Rows in: records (typed dataclasses) → Arrow record batches, built column by column straight from
the records, with no intermediate data frame (the main process spends its share of the run here)."""
from __future__ import annotations

from operator import attrgetter

import pyarrow as pa

from ..arrow_columns import column
from .schema import arrow_schema, record_columns


def tuples_batch(rows: list[tuple], cols: list[tuple[str, str]]) -> pa.RecordBatch:
    """A batch from tuples in the order of `cols` (column, SQL type)."""
    schema = arrow_schema(cols)
    # zip(*rows) turns rows into columns in C; each column becomes one typed Arrow array.
    by_column = zip(*rows) if rows else [()] * len(schema)
    arrays = [column(values, field.type) for values, field in zip(by_column, schema)]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def record_batch(records: list, record_type) -> pa.RecordBatch:
    """One batch holding `records` (all of `record_type`), typed by the record's annotations."""
    cols = record_columns(record_type)
    getter = attrgetter(*(c for c, _ in cols))
    return tuples_batch([getter(r) for r in records], cols)
