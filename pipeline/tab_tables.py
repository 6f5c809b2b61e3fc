"""Tables written with tabs or bare pipes: a Word table saved as plain text (`Lưu dưới dạng .txt`), or copied from
Word or Excel into a text file, has one row a line and its cells separated by tabs (`1⇥Xây dựng kế hoạch⇥Tháng
9/2025⇥Hiệu trưởng`); a converter that joins a row's cells with ` | ` without Markdown's outer pipes and separator
line writes `1 | Rà soát … | Sở Nông nghiệp và Môi trường | Các Sở, ban, ngành | Hàng năm | ` (Markdown rows, with
their outer pipes, are read before this, in normalize.py). Such rows are written in the shape the stages read a table
in (normalize.py, as a Markdown table's rows): each cell a line that opens with a space, rows apart by a blank line;
the lines written stay on the row's source line. Rows a blank line apart are one table where each has as many
cells.

A run of lines counts as a table where each of its lines holds two tabs (or, with no tab, two pipes) or more between
its words and two of them hold three cells with words at least: a header laid out with tabs (`UBND HUYỆN …⇥CỘNG HÒA
…`) has two cells, a signature block (`Nơi nhận:⇥⇥⇥KT. HIỆU TRƯỞNG`) two with words.
"""
from __future__ import annotations

from .source_lines import Edit

# A cell's line as normalize.py (Markdown rows) and this module write a table: a line break, one space, the cell's words.
CELL_LINE = r"\n (?=[^ \t\n])"
_MIN_CELLS = 3  # cells with words in a row of a table (a two-column layout is a header or a signature block)
_MIN_ROWS = 2


def tab_table_rows(text: str) -> list[Edit]:
    """The edits that write the rows of the tab tables of `text` one cell a line (edits of whole lines, in order)."""
    edits: list[Edit] = []
    blocks: list[list[tuple[int, int, list[str]]]] = [[]]  # runs of lines, a blank line between two
    at = 0
    for line in text.split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        cells = _cells(line)
        if cells is not None:
            blocks[-1].append((start, end, cells))
            continue
        if blocks[-1] and not line.strip(" \t\r"):
            blocks.append([])  # rows a blank line apart, as a converter writes them (`TT | Nhiệm vụ …` ⏎⏎ `1 | …`)
            continue
        if blocks[0]:  # (most lines close no run: nothing to look at)
            edits += _spaced_table(blocks)
            blocks = [[]]
    edits += _spaced_table(blocks)
    return edits


def _spaced_table(blocks: list[list[tuple[int, int, list[str]]]]) -> list[Edit]:
    """The rows of runs a blank line apart: one table where every row has as many cells (a schedule's rows under a day
    cell merged down its rows have one fewer: each run stays what it is alone)."""
    rows = [row for block in blocks for row in block]
    if len([b for b in blocks if b]) > 1 and len({len(cells) for _, _, cells in rows}) == 1:
        return _table(rows)
    return [edit for block in blocks for edit in _table(block)]


def _cells(line: str) -> list[str] | None:
    """A line's cells when it holds two tabs (or, without tabs, two pipes) or more between its words, else None."""
    inner = line.strip(" \t\r")
    for separator in ("\t", "|"):
        if inner.count(separator) >= _MIN_CELLS - 1:
            return [cell.strip(" \t") for cell in inner.split(separator)]
    return None


def _table(run: list[tuple[int, int, list[str]]]) -> list[Edit]:
    if sum(1 for _, _, cells in run if sum(1 for c in cells if c) >= _MIN_CELLS) < _MIN_ROWS:
        return []
    return [(start, end, "\n" + "\n".join(" " + cell for cell in cells) + "\n") for start, end, cells in run]


def row_spans(edits: list[Edit]) -> list[tuple[int, int]]:
    """Where the rows the edits wrote stand in the edited text."""
    spans, delta = [], 0
    for start, end, new in edits:
        spans.append((start + delta, start + delta + len(new)))
        delta += len(new) - (end - start)
    return spans
