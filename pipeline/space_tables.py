"""Tables laid out with spaces: a PDF's table as `pdftotext -layout` writes it (and a text typed in a fixed-width
font), one row a line or a few, each cell where its column starts in the header, a cell too long for its column
wrapped onto the lines below at the same place:

     TT   Nội dung                               Đơn vị chủ trì      Đơn vị phối hợp        Thời gian
     1    Tổ chức Ngày Pháp luật Việt Nam        Công chức Tư pháp   Các ban, ngành, đoàn   Tháng 11/2025
                                                                     thể xã

Such a table's rows are written in the shape the stages read a table in (normalize.py, as a Markdown table's rows):
each cell a line that opens with a space, rows apart by a blank line, the lines written staying on the row's source
lines. Only a table of tasks is read so (its header names what is done, `Nội dung`, and who does it or by when,
`Đơn vị chủ trì`, `Thời gian`: models/deadlines.json `row_task_labels`, `responsible_labels`, `time_labels`): the
columns of a header or a signature block laid out with spaces are no table.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .deadline_dates import vocabulary
from .source_lines import Edit

_GAP = re.compile(r"[ \t]{2,}")
_CHUNK = re.compile(r"\S+(?: \S+)*")  # words one blank apart: a cell's words on one line
_MIN_COLUMNS = 3
_ROW_NUMBER = re.compile(r"\d{1,3}\.?|[IVX]{1,4}\.?|[a-zđ]\)")  # the `TT` column's value
_SLACK = 2  # columns a cell may start before its header's (a PDF's text is placed to the point, not the column)
_MAX_LINES = 400  # lines of one table
_LAYOUT_GAPS_PER_LINE = 8  # a text with fewer wide gaps than one in this many lines is not laid out in columns
_SAMPLE = 20_000  # characters of a text its layout is judged by (a text is laid out so throughout, or not at all)


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a task table's header says: what is done; who or by when."""
    v = vocabulary()
    return tuple(v["row_task_labels"]), tuple(v["responsible_labels"]) + tuple(v["time_labels"]) + ("phối hợp",)


def _header_columns(line: str) -> list[int] | None:
    """Where the header's columns start, when `line` is a task table's header."""
    if not _GAP.search(line):
        return None
    chunks = list(_CHUNK.finditer(line))
    if len(chunks) < _MIN_COLUMNS:
        return None
    words = [m.group(0).lower() for m in chunks]
    tasks, others = _labels()
    if not any(w.startswith(tasks) for w in words) or not any(w.startswith(others) for w in words):
        return None
    return [m.start() for m in chunks]


@lru_cache(maxsize=1)
def _task_label() -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(_labels()[0], key=len, reverse=True)))


def space_table_rows(text: str) -> list[Edit]:
    """The edits that write the rows of the task tables of `text` laid out with spaces one cell a line (edits of
    whole lines, in order)."""
    # (a header holds a task label and a gap: looked for in the text's lower case first, most texts have none)
    # (a text laid out in columns is full of wide gaps; one of paragraphs, a web page's or a Word file's, has few: it
    # is not looked through)
    if text.count("   ", 0, _SAMPLE) < text.count("\n", 0, _SAMPLE) // _LAYOUT_GAPS_PER_LINE \
            or not _labelled_gap(text.lower()):
        return []
    lines = text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        columns = _header_columns(lines[i]) if "  " in lines[i] else None
        if columns is None:
            i += 1
            continue
        header = [m.group(0) for m in _CHUNK.finditer(lines[i])]
        header_end = i
        # (a label too long for its column wraps onto the next lines: `Đơn vị chủ` ⏎ `trì`)
        while header_end + 1 < len(lines) and (more := _placed(lines[header_end + 1], columns)) is not None \
                and not more[0] and any(more):
            header = [f"{a} {b}".strip() for a, b in zip(header, more)]
            header_end += 1
        rows, end = _rows(lines, header_end + 1, columns)
        if rows:
            edits.append(_edit(starts, lines, i, header_end, header))
            edits += [_edit(starts, lines, first, last, cells) for first, last, cells in rows]
        i = max(end, header_end + 1)
    return edits


def _labelled_gap(low: str) -> bool:
    """Whether a line holds a task label and two blanks in a row (each line looked at once, in place: lines may be
    long, and the labels are common words)."""
    checked = 0
    for m in _task_label().finditer(low):
        if m.start() < checked:
            continue
        end = low.find("\n", m.end())
        end = len(low) if end < 0 else end
        if low.find("  ", low.rfind("\n", 0, m.start()) + 1, end) >= 0:
            return True
        checked = end
    return False


def _rows(lines: list[str], i: int, columns: list[int]) -> tuple[list[tuple[int, int, list[str]]], int]:
    """The rows under a header: (first line, last line, cells), and the line after the table."""
    numbered = True  # whether the first column numbers the rows (`TT`): read from the first row
    rows: list[tuple[int, int, list[str]]] = []
    blank_run = 0
    for j in range(i, min(len(lines), i + _MAX_LINES)):
        line = lines[j]
        if not line.strip():
            blank_run += 1
            if blank_run > 1:
                return rows, j
            continue
        cells = _placed(line, columns)
        if cells is None:
            return rows, j  # prose, a heading: the table has ended
        opens_row = bool(cells[0]) and (not numbered or _ROW_NUMBER.fullmatch(cells[0]) is not None)
        if not rows:
            if not cells[0]:
                return rows, j
            numbered = _ROW_NUMBER.fullmatch(cells[0]) is not None
            opens_row = True
        if opens_row:
            rows.append((j, j, cells))
        elif blank_run:
            return rows, j  # a line apart from the table that opens no row
        else:
            first, _, held = rows[-1]
            rows[-1] = (first, j, [f"{a} {b}".strip() for a, b in zip(held, cells)])
        blank_run = 0
    return rows, min(len(lines), i + _MAX_LINES)


def _placed(line: str, columns: list[int]) -> list[str] | None:
    """The line's words in the columns they start in; None when the line is no row of the table (one run of words
    across the columns' gaps: a sentence)."""
    cells = [""] * len(columns)
    chunks = list(_CHUNK.finditer(line))
    if len(chunks) == 1 and len(chunks[0].group(0)) > columns[-1] - columns[0] and len(columns) > 1:
        return None
    for m in chunks:
        k = max((n for n, start in enumerate(columns) if start <= m.start() + _SLACK), default=0)
        cells[k] = f"{cells[k]} {m.group(0)}".strip()
    if sum(1 for c in cells if c) == 1 and chunks[0].start() <= columns[0] + _SLACK and len(chunks[0].group(0)) > \
            (columns[1] - columns[0]) + _SLACK:
        return None  # words that run from the first column over the second's start: a paragraph
    return cells


def _edit(starts: list[int], lines: list[str], first: int, last: int, cells: list[str]) -> Edit:
    return (starts[first], starts[last] + len(lines[last]), "\n" + "\n".join(" " + cell for cell in cells) + "\n")
