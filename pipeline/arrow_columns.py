"""Arrow arrays from Python values, assembled from their buffers. pyarrow's own conversion of Python
values (`pa.array`, `pa.table` of lists) imports pandas on first use: 0.3–0.5 CPU s in the main
process, halfway through a run and beside the workers, for nothing else of a run needs pandas."""
from __future__ import annotations

from array import array
from itertools import accumulate
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
