"""A text's lines with the marker of each marked line: found in one scan of the whole text, with the markers a
crawler ran on after their parent's heading and the markers alone on their line that number on; and the line
helpers the heading readers share (page numbers, blank lines, markup)."""
from __future__ import annotations

import bisect
from functools import cached_property
from itertools import accumulate, compress

import regex

from .section_markers import (BELOW, CONTENTS_TITLE, GLUED, GLUED_ANY, LEAD_CHARACTERS, LINE_OPENINGS, NAMED_BY_NUMBER,
                              NOI_NHAN, RANK, candidate_marker, lone_marker, match_marker)
from .textfold import squash, strip_markup


def _breaks_a_row(kind: str, number: int, following: list) -> bool:
    """Whether the first marker among the lines after a lone marker's text is of its kind but does not come next
    (`1.` ⏎ `An Giang` ⏎ `AGG` ⏎ `33.`: a table laid out in column pairs)."""
    first = next((found for found in following if found), None)
    return first is not None and first[0] == kind and first[3] != number + 1


# A number run on inside a heading's line (`… quan hệ lao động 2.1.`, `… đình công 3.1. Rà soát …`): a dotted one, or
# one closed by `.`, that ends the line or is followed by a heading's opening. Matched at the space before it (not
# after a comma: the last of numbers listed, `… khối 1, 2, 3, 4, 5. Từ ngày …`).
_RUN_ON_SHAPE = (r"(?<!,)[ \t](\d{1,2}(?:\.\d{1,2}){0,3})"
                 r"(?:\.(?=[ \t]*$|[ \t]+[\p{Lu}\d\"“])|(?<=\.\d{1,2})(?=[ \t]+\p{Lu}))")
# The first child's is not a part of a legal text, a step or a form named by its number (`khoản 2.1`, `Mục 2.1.`,
# `Mẫu số 1.`); its siblings' may follow such a word (`2.1. Ưu điểm 2.2. Tồn tại`: `điểm` is a syllable of `ưu điểm`).
_RUN_ON_FIRST = regex.compile(_RUN_ON_SHAPE + r"(?<!(?i:" + NAMED_BY_NUMBER + r")[ \t]\d{1,2}(?:\.\d{1,2})*\.?)")
_RUN_ON_SIBLING = regex.compile(_RUN_ON_SHAPE)


# The kinds whose first child a crawler runs on, and what that child's number holds
_CHILD_ENDS = {"roman": " 1.", "upper": " 1.", "arabic1": ".1", "arabic2": ".1", "arabic3": ".1"}


def _run_on_children(texts: list[str], starts: list[int], markers: dict[int, tuple]) \
        -> tuple[dict[float, tuple[int, tuple]], dict[int, list[int]]]:
    """The child markers a crawler ran onto their parent's line (`2. Tăng cường … 2.1.` ⏎ its text, `III. TỔ CHỨC
    THỰC HIỆN 1.`, `3. Giải quyết … 3.1. Rà soát …`): by line index plus a fraction, where each starts in the text
    and its marker; and by line index, where the run-on markers start. Only a number that opens the parent's
    numbering (`2.` → `2.1`, `III.` or `A.` → `1.`), then the siblings that number on from it on the same line
    (`2.1. Ưu điểm 2.2. Tồn tại …`): a date, an amount or a cited part does not."""
    run_on: dict[float, tuple[int, tuple]] = {}
    cuts: dict[int, list[int]] = {}
    for index, (kind, _, (marker_start, text_start), _) in markers.items():
        child_end = _CHILD_ENDS.get(kind)
        # what every child's number holds (`2.1`: `.1`; `1.` under `III.`), found in C: most lines hold none
        if child_end is None or texts[index].find(child_end, text_start) < 0:
            continue
        line = texts[index]
        if child_end == " 1.":
            prefix = ""
        else:
            label = line[marker_start:text_start].strip(LEAD_CHARACTERS)
            if not label.endswith("."):  # `2)` numbers its children otherwise
                continue
            prefix = label.rstrip(". \t") + "."
        base = starts[index]
        child, at, count = prefix + "1", text_start, 0
        while count < 40 and (at := line.find(" " + child, at)) >= 0:
            match = (_RUN_ON_SIBLING if count else _RUN_ON_FIRST).match(line, at)
            if not match or match.group(1) != child:
                at += 1
                continue
            rest = line[at + 1:]
            found = candidate_marker(rest, alone=not line[match.end():].strip())
            if not found:
                break
            run_on[index + 0.5 + count / 100] = (base + at + 1, found)
            cuts.setdefault(index, []).append(base + at + 1)
            count += 1
            child, at = f"{prefix}{count + 1}", match.end()
    return run_on, cuts


def _cell_line(line: str) -> bool:
    """A line in the shape normalize writes a table's cell in: one space, then the cell (or blanks: an empty cell)."""
    return line.startswith(" ") and (not line.strip() or not line[1].isspace())


def _later_cell(texts: list[str], index: int) -> bool:
    """Whether line `index` is a table row's cell after its first: normalize writes a row (a Markdown row, a tab or
    pipe row) as its cells one a line, each opening with one space, between empty lines (pipeline/tab_tables.py)."""
    if index == 0 or not texts[index - 1].strip() or not _cell_line(texts[index - 1]) or not _cell_line(texts[index]):
        return False
    first, last = index - 1, index
    while first > 0 and texts[first - 1]:
        first -= 1
        if not _cell_line(texts[first]):
            return False
    while last + 1 < len(texts) and texts[last + 1]:
        last += 1
        if not _cell_line(texts[last]):
            return False
    return last - first >= 2 and (first == 0 or not texts[first - 1]) and (last + 1 == len(texts) or not texts[last + 1])


def _group_row(texts: list[str], index: int) -> bool:
    """Whether line `index` is a table's row merged across its columns that groups the rows under it (`I. CÔNG TÁC TỔ
    CHỨC, QUẢN LÝ` between a Word table's rows, its cells one a line, rows a blank line apart: readers_docx.py): a block
    of its own between two blocks of as many lines, the one under it a numbered row (`1` ⏎ its task ⏎ …) and the one
    above a row or the header (`TT` ⏎ `Nội dung công việc` ⏎ …). Its numbering is the table's, not the document's; a
    heading between two tables (a new header under it) is the document's (`2. Tại tỉnh Lạng Sơn` over its table)."""
    if index < 2 or index + 2 >= len(texts) or texts[index - 1].strip() or texts[index + 1].strip():
        return False
    below = _block(texts, index + 2, 1)
    above = _block(texts, index - 2, -1)
    if len(below) < _ROW_CELLS or len(below) != len(above):
        return False
    return bool(_ROW_NUMBER.fullmatch(below[0].strip())) and \
        (bool(_ROW_NUMBER.fullmatch(above[0].strip())) or above[0].strip().lower() in ("tt", "stt"))


def _block(texts: list[str], index: int, step: int) -> list[str]:
    """The lines of the block (between blank lines) that line `index` ends (`step` -1) or opens (+1), top down."""
    lines = []
    while 0 <= index < len(texts) and texts[index].strip() and len(lines) <= _ROW_CELLS_MOST:
        lines.append(texts[index])
        index += step
    return lines[::step]


_ROW_CELLS, _ROW_CELLS_MOST = 3, 12  # a table of tasks' columns
_ROW_NUMBER = regex.compile(r"\d{1,3}\.?")


# A table of contents under its title (`MỤC LỤC` ⏎ `TT Nội dung Trang` ⏎ `I CĂN CỨ XÂY DỰNG KẾ HOẠCH 2`): each entry
# closed by its page's number, after dots or spaces; an entry wrapped onto a second line has it there.
_CONTENTS_TITLE = regex.compile(r"(?m)^" + CONTENTS_TITLE)
_CONTENTS_HEADER = regex.compile(r"(?i)[ \t|]*(?:s?tt[ \t|]+)?(?:nội dung|mục)[ \t|]+trang[ \t|]*$")
_CONTENTS_ENTRY = regex.compile(r".*\S(?:[ \t]*(?:\.{3,}|…+)[ \t]*|[ \t]+)\d{1,3}[ \t|]*$")


def _contents(texts: list[str], text: str, starts: list[int]) -> list[int]:
    """The lines of a table of contents: its header row and its entries, from its title to the first line that is
    neither (blank lines between them skipped)."""
    title = _CONTENTS_TITLE.search(text)
    if not title:
        return []
    index = bisect.bisect_right(starts, title.start())
    entries: list[int] = []
    while index < len(texts):
        line = texts[index]
        if not line.strip() or (not entries and _CONTENTS_HEADER.match(line)):
            index += 1
            continue
        wrapped = index + 1 < len(texts) and _CONTENTS_ENTRY.match(texts[index + 1]) is not None
        if not (_CONTENTS_ENTRY.match(line) or entries and wrapped):
            break
        entries.append(index)
        index += 1
    return entries


class Lines:
    """The text's lines (`texts`, `starts`), with the marker of each line that has one (`markers`, by
    line index) and the `Nơi nhận` line that opens the closing block (`closing`, a match, or None);
    markers are looked for only on the lines that one multi-line scan of the whole text finds as
    candidates, the same scan that finds the closing block."""

    def __init__(self, text: str):
        self.texts = text.split("\n")
        # each line's start: the lengths of the lines before it, plus their line breaks (summed in C)
        self.starts = list(accumulate(map((1).__add__, map(len, self.texts[:-1])), initial=0))
        self.markers: dict[int, tuple] = {}
        lone: dict[int, tuple] = {}  # the lines with a marker and nothing else (`_fitting` decides)
        self.closing = NOI_NHAN.match(text)  # the `Nơi nhận` line that opens the closing block, or None
        starts, texts, markers = self.starts, self.texts, self.markers
        found = match_marker(texts[0])
        if found:
            markers[0] = found
        for match in LINE_OPENINGS.finditer(text):
            index = bisect.bisect_right(starts, match.start())  # the line after the break
            if match.group("closing") is None:
                found = candidate_marker(texts[index])
            else:
                if self.closing is None:
                    self.closing = NOI_NHAN.match(text, match.end())
                found = match_marker(texts[index])
            if found:
                markers[index] = found
            elif len(texts[index]) <= 16 and (found := lone_marker(texts[index])):
                lone[index] = found
        # a table's later cells (`| … | Mục 1 |`: a sample of a heading) are no headings
        self.in_cells = frozenset(i for i in markers if _later_cell(texts, i) or _group_row(texts, i)) \
            if markers else frozenset()
        for index in self.in_cells:
            del markers[index]
        if markers and ("MỤC LỤC" in text or "Mục lục" in text):
            for index in _contents(texts, text, starts):  # (a table of contents' entries number no part of the text)
                markers.pop(index, None)
        self.glued: dict[int, int] = {}  # the glued markers (`1Quán triệt …`), kept in order only (`_find_headings`)
        for match in GLUED_ANY.finditer(text):
            index = bisect.bisect_right(starts, match.start())
            if index not in markers and (glued := GLUED.match(texts[index])):
                markers[index] = ("arabic1", glued.group(1), (0, glued.end()), int(glued.group(1)))
                self.glued[index] = int(glued.group(1))
        if self.glued:  # the markers in text order
            self.markers = markers = dict(sorted(markers.items()))
        # before the lone markers are fitted: a run-on `2.1` is the one a lone `2.2.` numbers on from
        self.run_on, self.cuts = _run_on_children(texts, starts, markers) if markers else ({}, {})
        self.lone = self._fitting(lone) if lone else frozenset()

    def _fitting(self, lone: dict[int, tuple]) -> frozenset[int]:
        """The lone markers that open a section, added to `markers`: followed by text (not by another marker:
        a table's column numbers) and numbered on from the last marker of their kind (its number + 1), or
        the first of their kind (`1.`, `a)`, `I.`) under a lead-in (a line closed by `:`) or a heading of a
        higher kind. A lone number that breaks the sequence is a page's, a column's or a count; one followed
        within a table row by a lone number of its kind that does not come next (`1.` ⏎ `An Giang` ⏎ `AGG` ⏎
        `33.`) numbers a table laid out in column pairs."""
        markers, texts, run_on = self.markers, self.texts, self.run_on
        last_number: dict[str, int] = {}
        kept = []
        for index in sorted({*markers, *lone, *run_on}):
            kind, _, _, number = found = markers.get(index) or lone.get(index) or run_on[index][1]
            if index in lone:
                nxt = next_nonblank(self, index)
                previous = index - 1
                while previous >= 0 and not texts[previous].strip():
                    previous -= 1
                prev = last_number.get(kind)
                lead_in = previous >= 0 and (texts[previous].rstrip(" \t*_").endswith(":") or (
                    previous in markers and RANK.get(markers[previous][0], 99) < RANK.get(kind, 99)))
                if nxt < 0 or nxt in markers or nxt in lone or number is None \
                        or not (number == (prev or 0) + 1 and (prev is not None or lead_in)) \
                        or _breaks_a_row(kind, number, [lone.get(row) or markers.get(row)
                                                        for row in range(nxt + 1, nxt + 4)]):
                    continue
                markers[index] = found
                kept.append(index)
            if number is not None:
                last_number[kind] = number
                for below in BELOW.get(kind, ()):
                    last_number.pop(below, None)
        if kept:  # text order, for the scans over `markers`
            self.markers = dict(sorted(markers.items()))
        return frozenset(kept)

    @cached_property
    def wrap_width(self) -> int:
        """The width a converter wrapped every paragraph at (pdftotext, a scan's OCR), or 0 when lines
        run to the paragraph's end: most long lines end within a few characters of the same width."""
        texts = self.texts
        # the lengths of the lines of 40 characters or more once stripped, counted in C (`map`, `compress`)
        lengths = sorted(compress(map(len, map(str.rstrip, texts)), map((40).__le__, map(len, map(str.strip, texts)))))
        if len(lengths) < 20:
            return 0
        width = lengths[int(0.9 * len(lengths)) - 1]
        near = bisect.bisect_right(lengths, width + 2) - bisect.bisect_left(lengths, width - 10)  # sorted: a slice
        return width if width <= 110 and near >= 0.4 * len(lengths) else 0

    def index_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1


def blank_lead(line: str) -> int:
    """The blanks before the line's first character (a page break's form feed too)."""
    return len(line) - len(line.lstrip())


_PAGE_NUMBER = regex.compile(r"^\s*\d{1,3}\s*$")
# A page's number as a converter leaves it on a line of its own, in the other shapes Word and PDF footers print
# it (`- 3 -`, `– 3 –`, `Trang 4`, `Trang 4/12`): no heading, and no break in the paragraph it falls into.
_PAGE_FOOTER = regex.compile(r"^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?)\s*$")
_PAGE_FOOTER_OPENERS = ("-", "–", "—", "T", "t")


def is_page_number(line: str) -> bool:
    """A line holding a page's number alone (`2`, `- 3 -`, `Trang 4`)."""
    stripped = line.strip()
    if not stripped:
        return False
    if len(stripped) <= 3:
        return bool(_PAGE_NUMBER.match(line))
    return stripped[0] in _PAGE_FOOTER_OPENERS and len(stripped) <= 14 and bool(_PAGE_FOOTER.match(line))


# A running header a text saved from PDF repeats at the top of its pages (`KẾ HOẠCH SỐ 12/KH-THCS`, `Kế hoạch

def next_nonblank(lines: Lines, index: int) -> int:
    """The next line with text, page numbers skipped."""
    texts = lines.texts
    index += 1
    while index < len(texts):
        line = texts[index]
        if len(line) > 3 and not line[0].isspace() and not line[-1].isspace() and line[0] not in _PAGE_FOOTER_OPENERS:
            return index  # text at both ends: more than three characters once stripped (no stripped copy)
        if line.strip() and not is_page_number(line):
            return index
        index += 1
    return -1


def plain(text: str) -> str:
    """`strip_markup` for the common case of a line without markup: spaces squashed only."""
    return strip_markup(text) if ("*" in text or "__" in text or "#" in text) else squash(text)
