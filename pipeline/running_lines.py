"""Running lines of paged text: page numbers and the header or footer line repeated on most pages
(a gazette's `CÔNG BÁO/Số 415 + 416/Ngày 19-7-2023` over each page's number). They are no part of the
document and cut its sentences. One rule for the pages a PDF reader gives (pipeline/pdf.py) and for a
text saved from paged output, whose pages are found where such a line repeats (pipeline/normalize.py). And a web
portal's line about a post (`POST_STAMP`), which the header, a page's preface, the title and the deadlines pass over,
and a page's time stamp (`STAMP_LINE`), which the deadlines do.
"""
from __future__ import annotations

import re
from collections import Counter

import regex

from .source_lines import Edit

# A web portal's line about the post above the document it shows: its date, views, author or file to download; its
# weekday, date and time alone, as portals print them (`Thứ sáu - 27/09/2024 08:45`, `Thứ năm - 14/04/2022 10:57 |
# Số lần đọc: 807`, `Thứ Sáu, 7/10/2022`); its age (`17 giờ trước`). A portal may set its fields as a list (`  • Cập
# nhật: 31/10/2021`).
POST_STAMP = regex.compile(r"(?i)^[ \t]*(?:[•·▪◦][ \t]*)?(?:ngày đăng|đăng ngày|đăng lúc|đăng vào|cập nhật|ngày cập nhật|lượt xem"
                            r"|người đăng|tác giả|tải về|tệp đính kèm|file đính kèm)\b"
                            r"|^[ \t]*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)[ \t]*[-–,][ \t]*\d{1,2}/\d{1,2}/\d{4}"
                            r"(?:[ \t]*[-–]?[ \t]+\d{1,2}:\d{2}|[ \t]*$)"  # (`Thứ Ba, 10/01/2017 - 17:05`)
                            r"|^[ \t]*\d{1,3}[ \t]+(?:phút|giờ|ngày|tuần|tháng)[ \t]+trước[ \t]*$")

# A web page's time stamp on a line of its own (`Thứ tư, 07/06/2023 (GMT+7)`, the day the page was viewed; `11:18 -
# 27/08/2014`, `27/08/2014 11:18`, `(04/09/2022 09:49:30)`, when a post was made): no date the document sets. Matched on
# the lower-cased text.
STAMP_LINE = regex.compile(
    r"[ \t]*(?:(?:thứ[ \t]+\w+|chủ[ \t]+nhật)[ \t]*,?[ \t]*)?\d{1,2}/\d{1,2}/\d{4}[ \t]*\(gmt[ \t]*[+-][ \t]*\d{1,2}\)[ \t]*$"
    r"|[ \t]*\(?\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–|,]?[ \t]*\d{1,2}/\d{1,2}/\d{4}\)?[ \t]*$"
    r"|[ \t]*\(?\d{1,2}/\d{1,2}/\d{4}[ \t]*[-–|,]?[ \t]*\d{1,2}:\d{2}(?::\d{2})?\)?[ \t]*$")

PAGE_NUMBER = regex.compile(r"^\s*(?:-\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?\s*$", regex.IGNORECASE)
# A line holding a number alone, from the line break before it: a literal first character lets the
# engine skip to each line break (five times faster than a multiline `^`).
_BARE_NUMBER = re.compile(r"\n[ \t\f]*(\d{1,4})[ \t]*(?=\n|\Z)")


def _repeated_at_edges(pages: list[list[str]]) -> set[str]:
    """Lines among the first or last two of at least 60 % of the pages (3 pages at least)."""
    if len(pages) < 3:
        return set()
    edges: Counter[str] = Counter()
    for lines in pages:
        kept = [ln.strip() for ln in lines if ln.strip()]
        for line in set(kept[:2] + kept[-2:]):
            edges[line] += 1
    return {line for line, n in edges.items() if n >= 0.6 * len(pages)}


_EDGE_LINES = 2  # a page's number stands among its first or last lines with text


def strip_running_lines(pages: list[str], tables: list[frozenset[int]] | None = None) -> list[str]:
    """Drop page numbers (a number alone among a page's first or last lines: one inside the page is a table's cell,
    `1` of its `TT` column) and header/footer lines repeated on most pages. The lines of a page's data tables
    (`tables`, by page: their indexes) are none: a table continued on the next page opens it with a row's `TT` cell
    or with its header row repeated (`TT`, `Nội dung công việc` on every page)."""
    if not pages:
        return pages
    tables = tables or [frozenset()] * len(pages)
    split = [p.split("\n") for p in pages]
    repeated = _repeated_at_edges([[ln for i, ln in enumerate(lines) if i not in table]
                                   for lines, table in zip(split, tables)])
    kept_pages = []
    for lines, table in zip(split, tables):
        filled = [i for i, ln in enumerate(lines) if ln.strip() and i not in table]
        edges = set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])
        kept_pages.append("\n".join(ln for i, ln in enumerate(lines) if i in table or
                                     not (i in edges and PAGE_NUMBER.match(ln)) and ln.strip() not in repeated))
    return kept_pages


def _nonblank_line(text: str, at: int, step: int) -> str:
    """The first non-blank line before (`step` -1) or after (+1) the line holding offset `at`, within two."""
    for _ in range(2):
        if step < 0:
            end = text.rfind("\n", 0, at)
            if end < 0:
                return ""
            at = text.rfind("\n", 0, end) + 1
            line = text[at:end]
        else:
            start = text.find("\n", at)
            if start < 0:
                return ""
            at = start + 1
            end = text.find("\n", at)
            line = text[at:len(text) if end < 0 else end]
        if line.strip():
            return line.strip()
    return ""


_PAGE_CHARS = 600  # fewer characters than the least page holds: a table's numbered rows are closer
_NEIGHBOUR_CHARS = 200  # a table's or a list's numbers stand closer (cells one a line)


def _running_line(text: str) -> str:
    """A line that stands next to a page number on three pages at least, the numbers increasing and
    a page's text between them (a table's `1`, `2`, `3` beside a repeated cell are not pages)."""
    found = [(m.start(), m.group(1)) for m in _BARE_NUMBER.finditer(text)]
    if len(found) < 3:
        return ""
    numbers_by_line: dict[str, list[tuple[int, int]]] = {}
    for k, (at, number) in enumerate(found):
        # A number with another close by is a table's row or a list's, no page's.
        before = found[k - 1][0] if k else -_NEIGHBOUR_CHARS
        after = found[k + 1][0] if k + 1 < len(found) else len(text) + _NEIGHBOUR_CHARS
        if at - before < _NEIGHBOUR_CHARS or after - at < _NEIGHBOUR_CHARS:
            continue
        for step in (-1, 1):
            line = _nonblank_line(text, at + 1, step)
            if line and not PAGE_NUMBER.match(line):
                numbers_by_line.setdefault(line, []).append((at, int(number)))
    for line, pages in numbers_by_line.items():
        if len(pages) >= 3 and all(n < m and at + _PAGE_CHARS < bt for (at, n), (bt, m) in zip(pages, pages[1:])):
            return line
    return ""


def running_line_edits(text: str) -> list[Edit]:
    """A text saved from paged output: cut into pages before each occurrence of its running line,
    then `strip_running_lines`'s rule. Each running line goes with the blank lines and page breaks
    around it, so that a sentence cut by a page runs on to its next line."""
    running = _running_line(text)
    if not running:
        return []
    starts = [m.start() for m in re.finditer(r"(?m)^[ \t\f]*" + re.escape(running) + r"[ \t]*$", text)]
    bounds = [0, *(s for s in starts if s), len(text)]
    pages = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    repeated = _repeated_at_edges([p.split("\n") for p in pages])
    edits: list[Edit] = []
    run_start, run_drops = -1, False  # the current run of dropped and blank lines
    at = 0
    for line in text.split("\n"):
        end = min(at + len(line) + 1, len(text))  # with its `\n`
        drop = bool(PAGE_NUMBER.match(line)) or line.strip() in repeated
        if drop or not line.strip():
            run_start = at if run_start < 0 else run_start
            run_drops = run_drops or drop
        else:
            if run_drops:
                edits.append((run_start, at, ""))
            run_start, run_drops = -1, False
        at = end
    if run_drops:
        edits.append((run_start, len(text), ""))
    return edits
