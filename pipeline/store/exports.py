"""Rows out: each table written from the store as CSV (with a BOM, for Excel), Parquet, and one XLSX
workbook streamed sheet by sheet (workbook.py), so that memory stays bounded whatever the number of rows.

Cells bound for Excel (CSV and XLSX) are neutralized by OWASP's CSV-injection rule: a text cell
starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that Excel shows it
as text instead of running it as a formula. Lists in Vietnamese documents often start with `-`: such
cells get the `'` too. A cell that already starts with `'` before one of those characters gets one
more, so that `unneutralized` restores every value exactly. Parquet and DuckDB keep the values as
they are.
"""
from __future__ import annotations

import threading
from pathlib import Path

from .errors import OutputError
from .schema import quote_name, select_sql, table_columns
from .workbook import write_workbook

EXCEL_MAX_ROWS = 1_048_575  # a sheet holds 1,048,576 rows, one of them the header
EXCEL_MAX_CHARS = 32_000  # Excel refuses cells over 32,767 characters
_TRIGGER = r"^'*[=+\-@\t\r]"  # RE2: OWASP's formula triggers, after any quotes already there
_ESCAPED = r"^'+[=+\-@\t\r]"
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"  # characters an XLSX cell cannot hold


def _neutralized(value: str) -> str:
    pattern = _TRIGGER.replace("'", "''")
    return f"CASE WHEN regexp_matches({value}, '{pattern}') THEN '''' || {value} ELSE {value} END"


def unneutralized(column: str) -> str:
    """SQL undoing the neutralization on a text column read back from a CSV."""
    c = quote_name(column)
    pattern = _ESCAPED.replace("'", "''")
    return f"CASE WHEN regexp_matches({c}, '{pattern}') THEN substr({c}, 2) ELSE {c} END"


def _excel_values(name: str, workbook: bool) -> list[str]:
    """Every column of the table as Excel should get it: text neutralized; for the workbook also
    without the control characters and lengths that Excel refuses."""
    values = []
    for column, kind in table_columns(name):
        value = quote_name(column)
        if kind == "VARCHAR":
            # For the workbook rewritten only when it must be: most texts have no control character and
            # fit. `strlen` (bytes, never fewer than characters) is stored; `length` would count them all.
            if workbook:
                value = (f"CASE WHEN regexp_matches({value}, '{_CONTROL}') OR strlen({value}) > {EXCEL_MAX_CHARS} "
                         f"THEN substr(regexp_replace({value}, '{_CONTROL}', ' ', 'g'), 1, {EXCEL_MAX_CHARS}) "
                         f"ELSE {value} END")
            value = _neutralized(value)
        values.append(value)
    return values


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def write_csv(con, name: str, path: Path) -> None:
    names = [c for c, _ in table_columns(name)]
    # A BOM in front of the first header name makes DuckDB's own CSV writer produce a BOM'd file
    # (Excel then reads it as UTF-8) without a second pass over the data to prepend one.
    names[0] = "\ufeff" + names[0]
    query = select_sql(name, _excel_values(name, workbook=False), names, stored_in_order=True)
    con.execute(f"COPY ({query}) TO '{_sql_path(path)}' (FORMAT CSV, HEADER, QUOTE '\"', ESCAPE '\"')")


def write_parquet(con, name: str, path: Path) -> None:
    con.execute(f"COPY ({select_sql(name, stored_in_order=True)}) TO '{_sql_path(path)}' (FORMAT PARQUET)")


def write_xlsx(con, names, path: Path, before_sheet=None) -> None:
    """One sheet per table, neutralized and cleaned for Excel, streamed from the store."""
    write_workbook(con, [(name, _excel_values(name, workbook=True)) for name in names], path, before_sheet)


def write_files(con, names, formats, folder: Path, ready: Ready) -> None:
    """The CSV and Parquet files of tables `names` in `folder`, each table as soon as `ready` has it
    (whatever the order: each file is a table of its own)."""
    left = list(names)
    while left:
        name = ready.first_of(left)
        left.remove(name)
        if "csv" in formats:
            write_csv(con, name, folder / f"{name}.csv")
        if "parquet" in formats:
            write_parquet(con, name, folder / f"{name}.parquet")


class Ready:
    """The tables that are in the store in their final form, for the exports running beside the work
    that puts them there: an export waits for its table; once that work has failed, every wait raises."""

    def __init__(self, names=()):
        self._changed = threading.Condition()
        self._ready: set[str] = set(names)
        self._failed = False

    def mark(self, *names: str) -> None:
        with self._changed:
            self._ready.update(names)
            self._changed.notify_all()

    def fail(self) -> None:
        with self._changed:
            self._failed = True
            self._changed.notify_all()

    def first_of(self, names: list[str]) -> str:
        """The first of `names` that is ready, once one is."""
        with self._changed:
            self._changed.wait_for(lambda: self._failed or any(name in self._ready for name in names))
            if self._failed:
                raise OutputError("the tables could not be built")
            return next(name for name in names if name in self._ready)

    def wait(self, name: str) -> None:
        self.first_of([name])


class Beside(threading.Thread):
    """`function(cursor, *args)` on a thread of its own; `result()` waits for it and raises its error.
    The cursor (a connection of its own to the store) is closed when the function ends."""

    def __init__(self, function, cursor, *args):
        super().__init__(daemon=True)
        self.function, self.cursor, self.args, self.error = function, cursor, args, None
        self.start()

    def run(self) -> None:
        try:
            with self.cursor:
                self.function(self.cursor, *self.args)
        except BaseException as exc:
            self.error = exc

    def result(self) -> None:
        self.join()
        if self.error is not None:
            raise self.error


def too_big_for_excel(counts: dict[str, int]) -> list[str]:
    return [name for name, n in counts.items() if n > EXCEL_MAX_ROWS]
