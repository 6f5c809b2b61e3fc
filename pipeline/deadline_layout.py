"""Where a time expression sits: its clause, its line, its table cell, the label before it and the
plan item it belongs to. A small row/column model for the three ways tables reach the text:
`pdftotext -layout` columns (cells apart by runs of spaces), ` | ` cell separators from DOCX, and
mammoth's paragraphs (a blank line between every cell).
"""
from __future__ import annotations

import bisect

import regex

from .deadline_dates import WEEKDAY

# A bullet (Word's private-use symbols included) and a list or heading marker at the start of a line:
# `1.`, `1.2.`, `a)`, `II.`, `(1)`, `-`, `+`, `*`, `•`, `o`.
BULLET = r"[-+*•–o\uf0a7\uf0b7\uf0d8●▪■□➢►✓]"
MARKER = r"(?:(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)[.)/]?(?=\s)|[a-zđ][.)/](?=\s)|\(\d{1,2}\)|" + BULLET + r"(?=\s))"
_LINE_HEAD = regex.compile(r"[ \t|]*(?:" + MARKER + r"[ \t]*)*", regex.I)
# Nothing but markers, bullets and markup: what stands before the first word of a line or clause.
MARKERS_ONLY = regex.compile(r"[\s|*_]*(?:" + MARKER + r"[\s*_]*)*", regex.I)
# Clause ends: `;`, a sentence end, a blank line, a new list item (not a wrapped line), or the comma before `riêng`
# that sets a case apart with its own time and receiver (`Hạn nộp hồ sơ … vào ngày 29/02/2012 tại Phòng …, riêng hồ sơ
# giáo án … nộp cho Ban tổ chức vào ngày 16/3/2012`). An ellipsis with the sentence going on after it on its line
# (`Báo cáo công tác chuẩn bị, kiểm tra, rà soát... về Sở …`) ends no clause.
_CLAUSE_END_PATTERN = r";|(?<!\.\.)[.!?](?=\s)|\.\.\.(?=[ \t]*(?:\n|$))|\n[ \t]*\n|\n(?=[ \t]*(?:" + MARKER + r"))" \
    r"|,[ \t]+riêng(?=[ \t])"
_CLAUSE_END = regex.compile(_CLAUSE_END_PATTERN, regex.I)
_CLAUSE_END_BEFORE = regex.compile(_CLAUSE_END_PATTERN, regex.I | regex.REVERSE)  # the nearest one before


class Place:
    """The layout around one time expression [start, end) of the lower-cased text: its line, and its
    clause, each end found on first use (most expressions are settled by their line, many rejected ones
    by what stands before them in the clause)."""

    __slots__ = ("low", "start", "end", "line_start", "line_end", "_clause_start", "_clause_end")

    def __init__(self, low: str, start: int, end: int):
        self.low, self.start, self.end = low, start, end
        self.line_start, self.line_end = line_bounds(low, start, end)
        self._clause_start = self._clause_end = -1

    @property
    def clause_start(self) -> int:
        if self._clause_start < 0:
            self._clause_start = clause_start(self.low, self.start)
        return self._clause_start

    @property
    def clause_end(self) -> int:
        if self._clause_end < 0:
            self._clause_end = clause_end(self.low, self.end)
        return self._clause_end

    @property
    def clause(self) -> tuple[int, int]:
        return self.clause_start, self.clause_end

    @property
    def head(self) -> str:
        """The line before the expression, markers and bullets removed."""
        return self.low[_LINE_HEAD.match(self.low, self.line_start, self.start).end():self.start]

    @property
    def tail(self) -> str:
        return self.low[self.end:self.line_end]


def line_span(text: str, pos: int) -> tuple[int, int]:
    return line_bounds(text, pos, pos)


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi


def clause_start(low: str, start: int, reach: int = 600) -> int:
    """Where the clause holding `start` starts: after the previous clause end."""
    m = _CLAUSE_END_BEFORE.search(low, max(0, start - reach), start)
    return m.end() if m else max(0, start - reach)


def clause_end(low: str, end: int, reach: int = 600) -> int:
    """Where the clause holding `end` ends: at the next clause end."""
    m = _CLAUSE_END.search(low, end, min(len(low), end + reach))
    return m.start() if m else min(len(low), end + reach)


# The part of a period an entry names, due (as the period) at its end: `Cuối tháng 11`, `Đầu tháng 10/2025`, `Tuần 1-2
# tháng 12/2025`
PERIOD_PART = r"(?:cuối|hết|đầu|giữa|tuần[ \t]+\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2})?)"
# (a weekday may open the cell: `Thứ tư 14/12/2016`, an exam timetable's day copied one cell a line)
_CELL_BEFORE = regex.compile(r"(?:^|[ \t]{2,}|\|)[ \t]*(?:" + WEEKDAY + r"[ \t,–-]*)?"
                             r"(?:(?:ngày|từ|trước|trong|thời gian|" + PERIOD_PART + r")[ \t:]*)?$", regex.REVERSE)
_CELL_AFTER = regex.compile(r"^[ \t]*(?:$|[ \t]{2,}\S|\||[:–-](?:[ \t]|$)|\()")


def is_cell(p: Place) -> bool:
    """The expression fills a table cell or opens a timetable line: `15/11: Phát động …`,
    `  1       18/11/2025`, `| Tháng 9/2025 | Tổ chức … |`, a paragraph of its own."""
    return bool(_CELL_BEFORE.search(p.head) or not p.head.strip()) and bool(_CELL_AFTER.match(p.tail))


def label_before(p: Place, low: str, start: int) -> tuple[int, int]:
    """Where the label of a `Label: value` line is when the expression is in its value (`Thời gian thực
    hiện: Quý I/2026`, `Tựu trường các cấp học: Ngày 26/8/2024`); (start, start) when there is none."""
    colon = low.rfind(":", p.line_start, start)
    if colon < 0:
        return start, start
    head = _LINE_HEAD.match(low, p.line_start, colon).end()
    label = low[head:colon]
    lead = len(label) - len(label.lstrip(" *_"))
    label = label.strip(" *_")
    if not 0 < len(label) <= 120:
        return start, start
    return head + lead, head + lead + len(label)


_HEADING_WORDS = 20  # syllables of a heading's line; a longer line is a paragraph's first


class Outline:
    """The plan items a deadline belongs to, from the document's sections (`sections.segment`)."""

    def __init__(self, sections):
        self.sections = list(sections)
        self.starts = [s.start for s in self.sections]
        self._children: dict[int, list] = {}
        self._positions: dict[str, list[int]] = {}  # section_id -> where it stands in `sections`
        for i, section in enumerate(self.sections):
            self._positions.setdefault(section.section_id, []).append(i)

    def below_heading(self, text: str, clause: tuple[int, int], pos: int) -> tuple[int, int]:
        """A clause that runs from a heading's line into the text under it (`1. Hội nghị cán bộ, công chức` ⏎
        `Hiệu trưởng tổ chức hội nghị trước ngày 30/9/2025.`, `Điều 80. Trách nhiệm thi hành` ⏎ `Bộ … báo cáo …`:
        a heading has no full stop), cut to the sentence under the heading; a lead-in heading that ends in a colon
        keeps its words (the readers take its party), and a line with a label in it is no heading."""
        i = bisect.bisect_right(self.starts, pos - 1) - 1
        if i < 0:
            return clause
        line_end = text.find("\n", self.starts[i], pos)  # the heading's line (the clause may open after its marker)
        if not clause[0] <= line_end or ":" in text[self.starts[i]:line_end] \
                or len(text[self.starts[i]:line_end].split()) > _HEADING_WORDS:
            return clause  # a label's line (`a) Văn bản yêu cầu các hội: …`), a paragraph's first line
        body = line_end + 1 + len(text[line_end + 1:pos]) - len(text[line_end + 1:pos].lstrip())
        # a sentence under it opens with a capital; a lower-case word or a number continues a wrapped line (the
        # outline may take a point's first line for its heading)
        return (body, clause[1]) if text[body:body + 1].isupper() else clause

    def item(self, pos: int, skip=lambda heading: False):
        """The innermost section around `pos`; its parent when `skip(heading)` (a `3. Thời gian thực
        hiện: …` line is a heading of its own but belongs to the item above it)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and not (self.sections[i].start <= pos < self.sections[i].end):
            i -= 1
        if i < 0:
            return None
        return self.parent(self.sections[i]) if skip(self.sections[i].heading) else self.sections[i]

    def parent(self, section):
        """The section directly above `section` (the nearest earlier one with its parent's id)."""
        if not section.parent_id:
            return None
        last = bisect.bisect_right(self.starts, section.start) - 1
        positions = self._positions.get(section.parent_id, [])
        i = bisect.bisect_right(positions, last) - 1
        return self.sections[positions[i]] if i >= 0 else None

    def own_end(self, section) -> int:
        """Where the section's own text ends: at its first sub-item, else at its end."""
        children = self.children(section)
        return children[0].start if children else section.end

    def children(self, section):
        """The sections directly under `section`."""
        if section.start not in self._children:
            i = bisect.bisect_right(self.starts, section.start)
            self._children[section.start] = [s for s in self.sections[i:bisect.bisect_left(self.starts, section.end)]
                                             if s.parent_id == section.section_id]
        return self._children[section.start]
