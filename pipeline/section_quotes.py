"""Text quoted from another document: where each quoted block opens and closes.

An amending document (`Nghị định sửa đổi, bổ sung …`, a plan that replaces a point of an earlier one) writes an
item that introduces the new text (`5. Sửa đổi Điều 7 như sau:`) and then the text in quotes (`“Điều 7. …` ⏎
`1. …` ⏎ `a) …` … `…”.`): the quoted markers are the amended document's structure, not this one's. A block opens
at a quote mark that opens its line or follows a colon (a typewriter mark only at a line start after a line that
ends with a colon), and closes at the first of:
- a closing mark that ends its line (`.` or `;` may follow it);
- a closing mark run on into the amending document's next item or article on the same line (a crawler that lost
  the line break: `… giá.” Điều 2.`, `… đó.” 2.`);
- where the closing mark was lost, the line before the amending list goes on: the introducing item's next
  sibling that reads as an amending instruction (`6. Sửa đổi Điều 8 như sau:`), or the amending document's next
  article (`Điều 2.` after `Điều 1.`); only for a block that a lead-in (`… như sau:`) introduces and that its
  first line does not close (`trong đó: “91” là …` is a quoted word, not a block).
"""
from __future__ import annotations

import bisect
import json
import math

import regex

from .lexicon import MODELS_DIR

_QUOTE_MAX = 30_000
# Where a block closes: a closing mark that ends its line, or one run on into the amending document's next article
# or item on the same line. Crawled texts mix the typographic and the typewriter mark, and a legal database may
# add its note after the mark (`…”. [Khoản này được sửa đổi bởi …]`).
_QUOTE_CLOSE = regex.compile(r"[”\"][ \t]*[.;,]?[ \t]*(?:(?:\./\.)?[ \t]*(?:\[[^\]\n]*\][ \t]*)?$"
                             r"|(?=Điều[ \t]+\d+[a-z]?[ \t]*[.:]|\d{1,2}\.(?:[ \t]*$|[ \t]+\p{Lu})))", regex.M)


def _amending_instruction() -> regex.Pattern:
    """models/sections.json: the verbs that open an amending instruction, as one pattern over the text after
    the item's marker (`Sửa đổi khoản 4 Điều 4 như sau:`, `Điều 6 được sửa đổi, bổ sung như sau:`)."""
    with open(MODELS_DIR / "sections.json", encoding="utf-8") as handle:
        verbs = json.load(handle)["amending_verbs"]
    alternation = "|".join(regex.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return regex.compile(r"(?i)[ \t*_]*(?:(?:" + alternation + r")\b|\p{L}+[ \t]+[\w, ]{1,60}?"
                         r"(?:được|bị)[ \t]+(?:" + alternation + r")\b)")


_AMENDING_INSTRUCTION = _amending_instruction()


def quote_opening(text: str, pos: int) -> int:
    """Just after the first opening mark from `pos` (-1: none) that opens its line or follows a colon,
    spaces between: `(?m)(?:^[ \t]*|:[ \t]*(?:\n[ \t]*)?)“` with the match starting at `pos` or later,
    found from the marks."""
    quote = text.find("“", pos)
    while quote >= 0:
        blank = quote  # the spaces and tabs before the mark start here
        while blank and text[blank - 1] in " \t":
            blank -= 1
        if blank >= pos and (blank == 0 or text[blank - 1] == "\n"):
            return quote + 1  # at a line start (a colon ending the line before starts earlier, not later)
        if blank - 1 >= pos and text[blank - 1] == ":":
            return quote + 1  # after a colon on its line
        quote = text.find("“", quote + 1)
    return -1


def _typewriter_opening(text: str, pos: int) -> int:
    """Just after the first typewriter mark from `pos` (-1: none) that opens its line after a line ending with a
    colon (`… như sau:` ⏎ `"Điều 8. …`; blank lines between, a converter's paragraph spacing: `… quy định:` ⏎ ⏎
    `"1. Đối tượng …`): the same mark closes quotes, so elsewhere it says nothing about which way it faces.
    Found from the marks, rarer than colons or line breaks."""
    quote = text.find('"', pos)
    while quote >= 0:
        blank = quote  # the spaces and tabs before the mark start here
        while blank and text[blank - 1] in " \t":
            blank -= 1
        if blank and text[blank - 1] == "\n":
            colon = blank - 1  # the line before ends here, its spaces, tabs and the blank lines before it skipped
            while colon and text[colon - 1] in " \t\n":
                colon -= 1
            if colon and text[colon - 1] == ":":
                return quote + 1
        quote = text.find('"', quote + 1)
    return -1


def quoted_spans(text: str, lines) -> list[tuple[int, int]]:
    """The quoted blocks of `text`, as (just after the opening mark, end) offsets; `lines` is the text's
    `section_lines.Lines` (its lines, their starts, the marker of each marked line)."""
    spans: list[tuple[int, int]] = []
    marked: list[int] = []  # the marked lines' indices in order, listed at the first quote
    articles: list[int] = []  # those of them that open an article (`Điều N.`)
    typewriter = _typewriter_opening(text, 0)
    pos = 0
    while True:
        opened = quote_opening(text, pos)
        if 0 <= typewriter <= pos:  # taken already (or tried: `pos` stands just after a mark that closed nothing)
            typewriter = _typewriter_opening(text, pos)
        if typewriter >= 0 and (opened < 0 or typewriter < opened):
            opened = typewriter
        if opened < 0:
            return spans
        if not marked:
            marked = sorted(lines.markers)
            articles = [index for index in marked if lines.markers[index][0] == "dieu"]
        end = _quote_end(text, lines, marked, articles, spans, opened)
        if end is None:
            pos = opened
            continue
        spans.append((opened, end))
        pos = end


def _quote_end(text: str, lines, marked: list[int], articles: list[int], spans, opened: int):
    """Where the block opened at `opened` ends (None: no end found, the mark opens no block)."""
    limit = opened + _QUOTE_MAX
    closed = _QUOTE_CLOSE.search(text, opened, limit)
    end = closed.end() if closed else None
    first = lines.index_of(opened)
    line_end = opened + len(lines.texts[first]) - (opened - lines.starts[first])
    lead_in = _lead_in(lines, first, opened)
    rest = text[opened:line_end]
    if lead_in < 0 or (end is not None and end <= line_end) or rest.count("”") > rest.count("“"):
        return end  # no lead-in, or a quote closed on its own line (`trong đó: “91” là …`): no block to end early
    item = lines.markers.get(lead_in)
    article = _article_before(lines, articles, spans, first)
    # the marked lines after the opening line, up to the line the closing mark stands on
    last = lines.index_of(end) if end is not None else lines.index_of(min(limit, len(text)))
    for index in marked[bisect.bisect_right(marked, first):bisect.bisect_left(marked, last)]:
        kind, _, (_, text_start), number = lines.markers[index]
        if number is None:
            continue
        if kind == "dieu" and article is not None and number == article + 1:
            return lines.starts[index] - 1
        if item is not None and kind == item[0] and number == (item[3] or 0) + 1 \
                and _AMENDING_INSTRUCTION.match(lines.texts[index], text_start):
            return lines.starts[index] - 1
    return end


def _lead_in(lines, first: int, opened: int) -> int:
    """The line that introduces the block: the opening line when the mark follows a colon on it, else the line
    before it when that line ends with a colon (-1: none)."""
    line = lines.texts[first]
    if line[:opened - 1 - lines.starts[first]].rstrip(" \t").endswith(":"):
        return first
    before = first - 1
    return before if before >= 0 and lines.texts[before].rstrip(" \t*_").endswith(":") else -1


def _article_before(lines, articles: list[int], spans, first: int):
    """The number of the amending document's last article (`Điều N.`, of the lines `articles`) before line
    `first`, outside the blocks found so far (`spans`, in order; None: none)."""
    for index in reversed(articles[:bisect.bisect_left(articles, first)]):
        start = lines.starts[index]
        inside = bisect.bisect_right(spans, (start, math.inf)) - 1  # the last block opened before it
        if inside >= 0 and start < spans[inside][1]:
            continue
        return lines.markers[index][3]
    return None
