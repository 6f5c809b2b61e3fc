"""The line of the reader's text (for a .txt, the file on disk) at each offset of the normalized text.

Normalize rewrites across lines: a table row becomes one line per cell, a symbol cut after its hyphen
(`NĐ-` ⏎ `CP`) or a lone `Điều` is joined to the next line, OCR repair joins a paragraph's printed
lines. Every offset a row holds indexes the normalized text, but its `line` must send the user to the
line they see when they open the file. Rather than align the two texts afterwards, normalize tells a
`LineTracker` each edit it makes that moves a line break or moves text past one; the tracker keeps two
short lists (the table rows whose line breaks normalize wrote, and the places where it removed source
line breaks) in the coordinates of the current text, and `LineMap` turns them into one bisect per row.

A source line break is `\\n`, `\\r\\n` or a lone `\\r` (normalize makes each of them one `\\n`); a form
feed is not one. A text without tables or joined lines has no events and costs nothing here.
"""
from __future__ import annotations

import bisect
import heapq
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, repeat

# (start, end, replacement) in the coordinates of the text being edited; sorted, not overlapping.
Edit = tuple[int, int, str]
_LINE_BREAK = re.compile("\n")


def edited(text: str, edits: Sequence[Edit]) -> str:
    """`text` with `edits` made, untracked: for edits of the same length that hold no line break."""
    if not edits:
        return text
    pieces: list[str] = []
    last = 0
    for start, end, replacement in edits:
        pieces += [text[last:start], replacement]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


class _Shift:
    """Offsets of a text mapped through its `edits`, asked for in ascending order. An offset inside
    an edited span goes to the end of its replacement: what follows it there now starts at that end."""

    __slots__ = ("edits", "next", "delta")

    def __init__(self, edits: Sequence[Edit]) -> None:
        self.edits, self.next, self.delta = edits, 0, 0

    def __call__(self, at: int) -> int:
        edits = self.edits
        while self.next < len(edits) and edits[self.next][1] <= at:
            start, end, replacement = edits[self.next]
            self.delta += len(replacement) - (end - start)
            self.next += 1
        if self.next < len(edits) and edits[self.next][0] < at:
            start, _, replacement = edits[self.next]
            return start + self.delta + len(replacement)
        return at + self.delta


class LineTracker:
    """Where the current text's line breaks differ from the source's, kept up to date through edits."""

    __slots__ = ("rows", "joins")

    def __init__(self) -> None:
        # Spans whose every `\n` normalize wrote (a table row, one line of the source, cut into cells).
        self.rows: list[tuple[int, int]] = []
        self.joins: list[tuple[int, int]] = []  # (offset, n): n source line breaks removed just before it

    @property
    def active(self) -> bool:
        return bool(self.rows or self.joins)

    def add_rows(self, rows: Iterable[tuple[int, int]]) -> None:
        """Source lines whose cells became lines, `\n` written over characters of the same length."""
        self.rows = list(heapq.merge(self.rows, rows))

    def apply(self, text: str, edits: Sequence[Edit], breaks: bool = False) -> str:
        """`text` with `edits` made. Source line breaks inside an edited span are recorded as a join
        at the end of its replacement; later offsets shift by what the edits added or removed.
        `breaks`: the edited spans may hold line breaks (else, with no event yet, nothing is tracked)."""
        if edits and (self.active or breaks):
            self._shift(text, edits)
        return edited(text, edits)

    def sub(self, pattern: re.Pattern, replacement: str | Callable[[re.Match], str], text: str,
            breaks: bool = False) -> str:
        """`pattern.sub(replacement, text)`, tracked. `breaks`: its matches may hold line breaks, so it
        is tracked even before any event (else, with no event yet, it is the plain substitution)."""
        if not (breaks or self.active):
            return pattern.sub(replacement, text)
        expand = replacement if callable(replacement) else (lambda m: m.expand(replacement))
        return self.apply(text, [(m.start(), m.end(), expand(m)) for m in pattern.finditer(text)], breaks)

    def nfc(self, text: str) -> str:
        """NFC, tracked. NFC never composes across a line break nor into the letter that starts a
        joined line, so each stretch between two events is normalized on its own for its length."""
        if not self.active or unicodedata.is_normalized("NFC", text):
            return unicodedata.normalize("NFC", text)
        cuts = sorted({*(at for row in self.rows for at in row), *(at for at, _ in self.joins)})
        new_offset: dict[int, int] = {}
        length, last = 0, 0
        for at in cuts:
            length += len(unicodedata.normalize("NFC", text[last:at]))
            new_offset[at] = length
            last = at
        self.rows = [(new_offset[start], new_offset[end]) for start, end in self.rows]
        self.joins = [(new_offset[at], n) for at, n in self.joins]
        return unicodedata.normalize("NFC", text)

    def splice(self, start: int, end: int, new_length: int, part: LineTracker) -> None:
        """`text[start:end]` was replaced by a text of `new_length` whose own events `part` holds; this
        tracker's events all lie at or after `end` (the parts are replaced from the last one)."""
        delta = new_length - (end - start)
        self.rows = [(start + a, start + b) for a, b in part.rows] + [(a + delta, b + delta) for a, b in self.rows]
        self.joins = [(start + at, n) for at, n in part.joins] + [(at + delta, n) for at, n in self.joins]

    def _shift(self, text: str, edits: Sequence[Edit]) -> None:
        rows = self.rows
        removed: list[tuple[int, int]] = []  # (old end of the edit, source line breaks it removed)
        row = 0
        for start, end, _ in edits:
            count = 0
            at = text.find("\n", start, end)
            while at >= 0:
                while row < len(rows) and rows[row][1] <= at:
                    row += 1
                count += not (row < len(rows) and rows[row][0] <= at)  # a row's breaks were never the source's
                at = text.find("\n", at + 1, end)
            if count:
                removed.append((end, count))
        shift = _Shift(edits)
        self.rows = [(shift(start), shift(end)) for start, end in rows]
        at_joins, at_removed = _Shift(edits), _Shift(edits)
        self.joins = list(heapq.merge(((at_joins(at), n) for at, n in self.joins),
                                      ((at_removed(end), n) for end, n in removed)))


@dataclass(frozen=True, slots=True)
class LineMap:
    """Offset of the normalized text → 1-based line of the reader's text."""

    starts: list[int]  # offsets where the source line changes, ascending (one may repeat), the first 0
    lines: list[int]  # the source line from each of `starts` on

    @classmethod
    def build(cls, text: str, tracker: LineTracker) -> LineMap:
        # A source line starts after each `\n` outside the rows, and goes on after each join.
        gaps = zip([0, *(end for _, end in tracker.rows)], [*(start for start, _ in tracker.rows), len(text)])
        breaks = [m.end() for start, end in gaps for m in _LINE_BREAK.finditer(text, start, end)]
        if not tracker.joins:
            return cls([0, *breaks], list(range(1, len(breaks) + 2)))
        # Events at one offset are kept side by side: `line_of` takes the last, which counts them all.
        offsets, counts = zip(*sorted(chain(zip(breaks, repeat(1)), tracker.joins)))
        return cls([0, *offsets], list(accumulate(counts, initial=1)))

    def line_of(self, offset: int) -> int:
        return self.lines[bisect.bisect_right(self.starts, offset) - 1]

    def number(self, file_start: int, *tables: Iterable) -> None:
        """Sets the `line` of every row of `tables` (rows of a document that starts at `file_start`
        in the normalized text) from its `start`."""
        for rows in tables:
            for row in rows:
                row.line = self.line_of(file_start + row.start)
