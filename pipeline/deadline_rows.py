"""The row of a timetable whose header names a responsible column (`Thời gian | Nội dung công việc | Người thực
hiện`, `Đơn vị chủ trì soạn thảo`): the row's party is that cell, its task the row's other cells of words. Two
layouts reach the text: Word's tables, one cell a line with a blank line between rows (the office reader), and
` | `-separated rows (HTML and converted pages).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .deadline_dates import vocabulary, words_pattern
from .deadline_subjects import party_name
from .deadline_tasks import trimmed
from .textfold import fold, lowered

_HEADER_REACH = 40  # rows looked back over for the table's header
_CELL_WORDS = 12  # syllables of the line of a date that is a cell of its own
_CELL_CHARS = 120  # characters of such a line, looked at before its words are counted
_ROW_CHARS = 2000  # characters of one row, its cells a line each
_NUMBER = regex.compile(r"[\divxlc.\s]*", regex.I)  # a `STT` cell: `1`, `II`, `1.2`
_LIST_MARK = regex.compile(r"^[\s\-–+•]+|\s*;\s*[\-–+•]*\s*$")


@dataclass(frozen=True, slots=True)
class RowFields:
    task: str
    party: str
    recipient: str = ""  # the cell under a `Cấp trình` column: to whom the row's product goes


def _labels(key: str) -> regex.Pattern:
    return regex.compile(r"(?:" + words_pattern(vocabulary()[key]) + r")(?![\p{L}])")


_RESPONSIBLE = _labels("responsible_labels")
_RECIPIENT = _labels("row_recipient_labels")
_TASK = _labels("row_task_labels")  # the column that says what is done
_NOTE = regex.compile(r"ghi\s+chú|stt|số\s+tt|tt(?![\p{L}])")


def row_fields(text: str, pos: int, headers: dict) -> RowFields | None:
    """The task and party of the table row that holds `pos`, where the table's header names a responsible
    column and the row has as many cells; None elsewhere. `headers` caches each table's header by its row."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text.startswith("|", line_start):
        cells, rows_above = _pipe_row(text, line_start), _pipe_rows_above(text, line_start)
    else:
        line_end = text.find("\n", pos, pos + _CELL_CHARS)
        if line_end < 0 and len(text) - pos >= _CELL_CHARS or pos - line_start >= _CELL_CHARS \
                or len(text[line_start:line_end if line_end >= 0 else len(text)].split()) > _CELL_WORDS:
            return None  # a paragraph, not a cell of a table read one cell a line
        cells = _line_row(text, pos)
        rows_above = _line_rows_above(text, cells[0][0]) if cells else None
    if not cells or len(cells) < 3:
        return None
    column = _responsible_column(text, rows_above, len(cells), headers)
    if column is None:
        return None
    at = next((i for i, (a, b) in enumerate(cells) if a <= pos < b), -1)
    if at in (-1, column[0]):
        return None
    party_cell = text[cells[column[0]][0]:cells[column[0]][1]]
    parts = [_LIST_MARK.sub("", part) for part in regex.split(r"\s*;\s*|\n", party_cell)]
    party = "; ".join(party_name(part) for part in parts if part.strip())
    task_column, skipped, to = column[2], column[1], column[3]
    words = [text[a:b] for i, (a, b) in enumerate(cells) if i == task_column or task_column is None and
             i not in (at, column[0], to) and i not in skipped and not _NUMBER.fullmatch(text, a, b)]
    recipient = "; ".join(party_name(part) for part in regex.split(r"\s*[;,]\s*", text[cells[to][0]:cells[to][1]])
                          if part.strip()) if to is not None else ""
    return RowFields(trimmed(" ".join(" ".join(w.split()) for w in words)), party, recipient)


def _line_row(text: str, pos: int) -> list[tuple[int, int]]:
    """A Word table's row, one cell a line between blank lines: the spans of its lines; none where no blank line
    stands near either side (a paragraph's lines, not a row's)."""
    start = text.rfind("\n\n", max(0, pos - _ROW_CHARS), pos)
    end = text.find("\n\n", pos, pos + _ROW_CHARS)
    if start < 0 and pos > _ROW_CHARS or end < 0 and len(text) - pos > _ROW_CHARS:
        return []
    # (the text's last row: its final line break ends it, no empty cell)
    return _cells(text, 0 if start < 0 else start + 2, _blank_lines_before(text, len(text)) if end < 0 else end)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a row block, each a cell (an empty cell is a line of spaces)."""
    cells, at = [], start
    for line in text[start:end].split("\n"):
        cells.append((at, at + len(line)))
        at += len(line) + 1
    return cells if any(text[a:b].strip() for a, b in cells) else []


def _line_rows_above(text: str, start: int):
    """The rows above a Word table's row, nearest first, each as its cells' spans (rows apart by one blank line or
    more: a Markdown or tab table's rows, written one cell a line, leave two)."""
    end = _blank_lines_before(text, start)
    for _ in range(_HEADER_REACH):
        if end <= 0:
            return
        block = text.rfind("\n\n", max(0, end - _ROW_CHARS), end)
        if block < 0 and end > _ROW_CHARS:
            return
        block = 0 if block < 0 else block + 2
        cells = _cells(text, block, end)
        if cells:
            yield cells
        end = _blank_lines_before(text, block)


def _blank_lines_before(text: str, pos: int) -> int:
    """Where the line ends that stands above the blank lines before `pos`."""
    while pos > 0 and text[pos - 1] == "\n":
        pos -= 1
    return pos


def _pipe_row(text: str, line_start: int) -> list[tuple[int, int]]:
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    bars = [m.start() for m in regex.finditer(r"\|", text[line_start:line_end])]
    return [(line_start + a + 1, line_start + b) for a, b in zip(bars, bars[1:])]


def _pipe_rows_above(text: str, line_start: int):
    end = line_start - 1
    for _ in range(_HEADER_REACH):
        if end <= 0:
            return
        start = text.rfind("\n", 0, end) + 1
        if not text.startswith("|", start):
            return
        yield _pipe_row(text, start)
        end = start - 1


def _responsible_column(text: str, rows_above, width: int, headers: dict):
    """(the responsible column, the columns of notes and numbers, the task's column or None) from the nearest row
    above with as many cells whose cells are labels (short, no colon: not a block of `Label: value` lines) and one
    of which names who acts; None when no such header stands above."""
    if rows_above is None:
        return None
    visited, found = [], None  # every row passed over answers as the nearest header above it does
    rows_above = iter(rows_above)
    for cells in rows_above:
        key = (width, cells[0][0])
        if key in headers:
            found = headers[key]
            break
        visited.append(key)
        names = _label_row(text, cells, width)
        # (not the time's column, `Thời gian thực hiện`, whose label holds a responsible one's words)
        responsible = [i for i, name in enumerate(names) if _RESPONSIBLE.search(name) and len(name.split()) <= 8
                       and not _TIME_HEADER.match(name)]
        if responsible:
            skipped = {i for i, name in enumerate(names) if _NOTE.match(name) or _PARTNERS.match(name)}
            # (not a column of both, `Cấp trình và thời gian trình`, whose cells hold the times)
            to = next((i for i, name in enumerate(names) if _RECIPIENT.match(name) and not _TIME_HEADER.search(name)),
                      None)
            found = (responsible[0], skipped, _task_column(names) if names else None, to)
            if found[2] is None:  # a header of two rows (`Đơn vị thực hiện` over `Chủ trì | Phối hợp`): the upper
                upper = next(rows_above, None)  # row names the task's column (`Tên đề án`)
                found = (found[0], found[1], _task_column(_label_row(text, upper, width)) if upper else None, to)
            break
    for key in visited:
        headers[key] = found
    return found


# A cell that is a year, a span of years or a month of a year alone (`2023`, `2022-2030`, `11/2025`): the time a
# table's `Thời gian trình`, `Thời gian hoàn thành` or `Tiến độ` column gives its row's task, at the end of the (last)
# year or of the month. Bare, so read only under such a header: a year heads a column of figures elsewhere (`Chỉ tiêu
# | 2021 | 2022`).
_YEAR_CELL = regex.compile(r"(?m)^[ \t]*(?:(?P<first>(?:19|20)\d\d)[ \t]*[-–][ \t]*"
                           r"|(?P<month>0?[1-9]|1[0-2])[ \t]*/[ \t]*)?(?P<year>(?:19|20)\d\d)[ \t]*$")
_TIME_HEADER = _labels("time_labels")


@dataclass(frozen=True, slots=True)
class YearCell:
    start: int
    end: int
    year: int
    month: int = 0  # `11/2025`: a month of the year (0: the whole year)
    first: int = 0  # `2022-2030`: the span's first year (0: one year)


def year_cells(text: str, blocked=()) -> list[YearCell]:
    """Each year (or month) cell under a time column's header (a Word table's row one cell a line, a ` | ` row written
    so by normalize.py); `blocked`: spans not looked in."""
    found = []
    for m in _YEAR_CELL.finditer(text):
        if any(a <= m.start() < b for a, b in blocked):
            continue
        cells = _line_row(text, m.start("year"))
        at = next((i for i, (a, b) in enumerate(cells) if a <= m.start("year") < b), -1)
        if len(cells) < 3 or at < 0:
            continue
        for above in _line_rows_above(text, cells[0][0]):
            names = _label_row(text, above, len(cells))
            if names and (len(set(names[1:])) == 1 or not any(_TIME_HEADER.match(n) or _TASK.match(n) for n in names)):
                # a group's row, its cell merged across the table and copied into each (`I | Hoàn thiện …`); a row of
                # short words that labels no column (`| | | Thi phân loại … | Chương trình … |`)
                continue
            if names:
                if _TIME_HEADER.match(names[at]):
                    opened = m.start("first") if m.group("first") else m.start("month") if m.group("month") else \
                        m.start("year")
                    found.append(YearCell(opened, m.end("year"), int(m.group("year")), int(m.group("month") or 0),
                                          int(m.group("first") or 0)))
                break
    return found


_PARTNERS = regex.compile(r"(?:đơn vị |cơ quan )?phối hợp(?![\p{L}])")  # the partners' column: no part of the task


def _label_row(text: str, cells, width: int) -> list[str]:
    """The cells of a header row of `width` cells, as keys: short labels, no colon (not a block of `Label: value`
    lines); [] for any other row."""
    if len(cells) != width:
        return []
    names = [lowered(fold(" ".join(text[a:b].split()))).strip(" *_:") for a, b in cells]
    if any(_DATA_CELL.search(name) for name in names):
        return []  # a row's number or date (`9 | … | Tổng phụ trách Đội | Tháng 10/2024`): data, whatever its words
    return names if all(len(name.split()) <= 10 and ":" not in name for name in names) else []


_DATA_CELL = regex.compile(r"^\d{1,3}\.?$|\d{1,2}\s*/\s*\d{1,4}")


def _task_column(names: list[str]) -> int | None:
    return next((i for i, name in enumerate(names) if _TASK.match(name)), None)
