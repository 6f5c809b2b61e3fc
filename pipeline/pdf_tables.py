"""The data tables of a PDF's pages (pipeline/pdf.py reads the rest of the text layer).

A ruled table of three columns or more (a plan's tasks: `Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian`)
is read by its cells; its text read line by line interleaves the lines its narrow cells wrap into. A header's or a
signature's two columns are left to the page's text. A page is read as segments, its text and its tables top down,
so that a table that goes on over a page break is read as one: a row the break cuts in two is joined again. Tables are
written as the DOCX reader writes a Word table (pipeline/readers_docx.py): a row a block of its cells one a line, an
empty cell a line of one space, a cell merged down the rows repeated in each.
"""
from __future__ import annotations

from dataclasses import dataclass

from .readers_docx import DATA_TABLE_COLUMNS
from .running_lines import PAGE_NUMBER

# Ruled tables need the lines of their grid: a page with fewer edges has none, and pdfplumber's table finder is not
# asked.
_TABLE_EDGES = 8
# points: a line set flush against a table's rule (LibreOffice puts the next paragraph's glyphs 0.5 pt over the table's
# bottom edge) is read with the text beside the table, not lost between the crops that keep whole characters only; a
# cell's own text keeps its padding off the rule. Also how far a cell merged down must reach into a row to cover it.
_EDGE_SLACK = 2.0
# lines of text a page may hold above a table it opens with, or below one it ends with, that are its running lines
# (a page number, the document's running head): more, and the table is no continuation
_EDGE_TEXT_LINES = 2


@dataclass(slots=True)
class Segment:
    """A part of a page, top down: text read beside the tables, or a table's rows (its cells' text, None for a cell
    another covers)."""
    text: str = ""
    rows: list[list[str | None]] | None = None
    continues: bool = False  # a table that goes on from the previous page's last table (set by `join_split_rows`)


def page_segments(page, layout: dict) -> list[Segment]:
    """The page's text and its data tables, top down (one text segment when it has no data table)."""
    tables = _data_tables(page) if len(page.edges) >= _TABLE_EDGES else []
    if not tables:
        return [Segment(text=page.extract_text(**layout) or "")]
    x0, top, x1, bottom = page.bbox
    segments: list[Segment] = []
    for table in tables:
        _, table_top, _, table_bottom = table.bbox
        if table_top > top:
            segments.append(Segment(text=page.within_bbox((x0, top, x1, min(bottom, table_top + _EDGE_SLACK)))
                                    .extract_text(**layout) or ""))
        segments.append(Segment(rows=_rows(table, layout)))
        top = max(top, table_bottom - _EDGE_SLACK)
    if top < bottom:
        segments.append(Segment(text=page.within_bbox((x0, top, x1, bottom)).extract_text(**layout) or ""))
    return segments


def render(segments: list[Segment]) -> tuple[str, frozenset[int]]:
    """The page's text, and the indexes of its tables' lines in it (no running line is among them)."""
    parts: list[tuple[str, bool]] = []
    for segment in segments:
        if segment.rows is None:
            parts.append((segment.text, False))
        elif segment.rows:
            parts.append(("\n" + _table_block(segment.rows) + "\n", True))
    lines: set[int] = set()
    line = 0
    kept = []
    for text, table in parts:
        if not text:
            continue
        count = text.count("\n") + 1
        if table:
            lines.update(range(line, line + count))
        kept.append(text)
        line += count
    return "\n".join(kept), frozenset(lines)


def join_split_rows(pages: list[list[Segment]]) -> None:
    """A table that goes on over a page break (its last segment on one page, its first on the next, with at most a
    page's running lines beside them): its header repeated on the next page is left as written, and a row the break
    cut in two (the next page's first row with an empty first cell, the row's `TT`, and as many cells) is joined to
    the row it goes on from."""
    header: list[str] = []
    for page, following in zip(pages, pages[1:]):
        last = _edge_table(page, from_end=True)
        if last is not None and last.rows and not last.continues:
            header = _cells(last.rows[0])
        first = _edge_table(following, from_end=False)
        if last is None or first is None or not last.rows or not first.rows:
            continue
        if len(first.rows[0]) != len(last.rows[-1]):
            continue
        first.continues = True
        at = 1 if _cells(first.rows[0]) == header else 0
        if at >= len(first.rows):
            continue
        row, above = first.rows[at], last.rows[-1]
        if len(row) == len(above) and (row[0] or "").strip() == "" and (above[0] or "").strip() and \
                any((cell or "").strip() for cell in row[1:]):
            joined = [_joined(a, b) for a, b in zip(above, row)]
            last.rows[-1] = joined
            del first.rows[at]
            for c, part in enumerate(row):
                # a cell merged down from the cut row, repeated under it on this page: its whole text there too
                if part and part.strip() and joined[c] != part:
                    for below in first.rows[at:]:
                        if below[c] != part:
                            break
                        below[c] = joined[c]


def _edge_table(segments: list[Segment], from_end: bool) -> Segment | None:
    """The table a page opens with (or ends with), with at most its running lines before (after) it."""
    lines = 0
    for segment in reversed(segments) if from_end else segments:
        if segment.rows is not None:
            return segment
        for line in segment.text.split("\n"):
            if line.strip() and not PAGE_NUMBER.match(line):
                lines += 1
        if lines > _EDGE_TEXT_LINES:
            return None
    return None


def _cells(row: list[str | None]) -> list[str]:
    return [" ".join((cell or "").split()) for cell in row]


def _joined(above: str | None, below: str | None) -> str | None:
    """A cell's two parts, the page break between them."""
    if below is None or not below.strip():
        return above
    if above is None or not above.strip():
        return below
    return above.rstrip() + "\n" + below.lstrip()  # (`_cell_text` joins a cell's lines, a word's hyphen too)


def _rows(table, layout: dict) -> list[list[str | None]]:
    """The table's cells' text by row, a cell merged down the rows repeated in each row it covers, the columns a cell
    merged across some of them covers empty (as the DOCX and ODT readers write them); a cell merged across the whole
    row stays alone (None for the columns it covers)."""
    rows = table.extract(**layout)
    boxes = [row.cells for row in table.rows]
    if len(boxes) != len(rows):
        return rows
    for r, (row, cells) in enumerate(zip(rows, boxes)):
        tops = [box[1] for box in cells if box is not None]
        if not tops:
            continue
        row_top = min(tops)
        for c, box in enumerate(cells):
            if box is not None or c >= len(row):
                continue
            above = next((k for k in range(r - 1, -1, -1) if c < len(boxes[k]) and boxes[k][c] is not None), None)
            if above is not None and boxes[above][c][3] > row_top + _EDGE_SLACK:
                row[c] = rows[above][c]  # merged down over this row
            elif len(tops) > 1:
                row[c] = ""  # covered by a cell merged across some columns: empty, the row keeps its columns
    return rows


def _data_tables(page) -> list:
    """The page's ruled tables of two rows and three columns or more, top down, none inside another."""
    found = [t for t in page.find_tables() if len(t.rows) >= 2 and max(len(r.cells) for r in t.rows) >= DATA_TABLE_COLUMNS]
    found.sort(key=lambda t: t.bbox[1])
    kept: list = []
    for table in found:
        if not kept or table.bbox[1] >= kept[-1].bbox[3]:
            kept.append(table)
    return kept


def _table_block(rows: list[list[str | None]]) -> str:
    """Rows a blank line apart, a row's cells one a line: a cell's wrapped lines joined (`HĐND-` ⏎ `UBND xã` is
    `HĐND-UBND xã`), a cell a span covers left out (None), an empty cell a line of one space."""
    return "\n\n".join("\n".join(_cell_text(cell) for cell in row if cell is not None) for row in rows)


def _cell_text(cell: str) -> str:
    text = ""
    for line in cell.split("\n"):
        line = line.strip()
        if not line:
            continue
        joined = text.endswith("-") and len(text) > 1 and text[-2].isalpha()  # a word's hyphen at the wrap
        text = text + line if joined or not text else text + " " + line
    return text or " "
