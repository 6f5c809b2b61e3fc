"""Date grammar of deadlines: the time expressions of the genre, found in one pass and resolved to dates.

Shapes (matched on the folded, lower-cased text, which has the length of the original):
- a day: `ngày 25 tháng 4 năm 2024`, `25/4/2024`, `25-4-2024`, `25.4.2024`, `20/11`, optionally with the
  clock before it (`lúc 14 giờ 00 phút, ngày …`, `17h00 ngày …`, `10g00, ngày …`);
- a period, due on its last day: `tháng 12/2013`, `tháng 11, 12/2013`, `quý ii/2020`, `năm 2024`;
- a count of units: `30 ngày`, `08 giờ làm việc`, `06 tháng`, `năm năm` (a statutory period or a
  recurrence, decided by the words around it);
- a recurrence word: `hằng năm`, `hàng quý`, `định kỳ`, `6 tháng/lần`, `02 năm một lần`.
Ranges (`từ ngày 10/11 đến ngày 20/11/2025`, `15-21/11`, `từ tháng 12/2025 đến quý i/2026`) are pairs of
these, due at their end. A year left out is resolved from the document (`Resolver`).
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import MODELS_DIR
from .pattern_cache import trie_pattern

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """models/deadlines.json: the cue words, labels and markers of the deadline grammar."""
    import json

    with open(MODELS_DIR / "deadlines.json", encoding="utf-8") as handle:
        return json.load(handle)


def words_pattern(words) -> str:
    """An alternation of word sequences, longest first, any whitespace between the words."""
    return "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def words_scan(words) -> re.Pattern:
    """Where any of `words` starts (any whitespace between its words), for the stdlib engine: the places
    `re.compile(words_pattern(words))` finds, its alternatives factored into a tree of their letters
    (`t(?:hực hiện|ổ chức)`: pattern_cache.trie_pattern). At every place it stops at, the engine tries the
    alternatives of a plain alternation one after another, and most words of a list open with a few
    letters (`t`, `b`, `c`); a tree reads each letter once. Only where a match starts is asked for: both
    patterns match the same strings (the lists hold no comma, which the tree reads with any spacing), so the
    first place either can match is the same."""
    return re.compile(trie_pattern(words))


def first_match(pattern: regex.Pattern, words: re.Pattern, text: str, pos: int, stop: int):
    """`pattern.search(text, pos, stop)` for a pattern that can match only where `words` (its opening
    words, any whitespace between) match: tried only there."""
    while True:
        word = words.search(text, pos, stop)
        if word is None:
            return None
        found = pattern.match(text, word.start(), stop)
        if found is not None:
            return found
        pos = word.start() + 1


class WordPattern:
    """Any of `words` as a whole word (no letter just before or after it), searched from where its words
    start: a stdlib scan of the words alone (`words_scan`) finds those places several times faster than
    the `regex` engine, which tries the look-behind at every position. `search`, `match` and `finditer` as
    a compiled pattern's; `pattern` is the plain pattern they stand for."""

    __slots__ = ("pattern", "_words")

    def __init__(self, words: list[str]):
        self.pattern = regex.compile(r"(?<![\p{L}])(?:" + words_pattern(words) + r")(?![\p{L}])")
        self._words = words_scan(words)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return first_match(self.pattern, self._words, text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        endpos = len(text) if endpos is None else endpos
        while (found := self.search(text, pos, endpos)) is not None:
            yield found
            pos = found.end()  # a word is never empty


@lru_cache(maxsize=None)
def word_regex(key: str) -> WordPattern:
    """Any whole-word entry of the vocabulary list `key` (on the lower-cased text)."""
    return WordPattern(vocabulary()[key])


@dataclass(slots=True)
class TimeExpr:
    """One time expression. `kind`: day | month | quarter | year | count | every | periodic | per."""

    kind: str
    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    clock: bool = False  # a time or part of day is written with the day (an event or a cut-off hour)
    count: str = ""  # `30 ngày`, `08 giờ làm việc`, `06 tháng` (count) or the recurrence as written
    first: "TimeExpr | None" = None  # a range: where it starts (this expression is its end)
    open_end: bool = False  # `từ ngày 15/3/2026 đến ngày bầu cử`: the end is an event, not a date
    cells: bool = False  # a range read from two cells of a table row (`10/11/2025      16/11/2025`)
    year_shift: int = 0  # `… tháng 3 của năm kế tiếp` (+1), `… tháng 11 năm trước` (-1): the year counted from another
    listed: tuple[int, ...] = ()  # `ngày 26, 28, 29/3/2017`: the days listed before this one, sharing its month and year
    part_end: int = 0  # `tuần đầu tháng 11` (7), `đầu tháng 11` (10): the day the part of the month it is due in ends
    weekday: int | None = None  # `Thứ Hai, ngày 27/5`: the weekday written before the day (Monday 0)
    time_column: bool = False  # a bare year in a task table's time column (deadline_rows.year_cells): its row's due

    @property
    def dated(self) -> bool:
        return self.kind in ("day", "month", "quarter", "year")

    @property
    def is_range(self) -> bool:
        return self.first is not None or self.open_end


_S = r"[ \t]*(?:\n[ \t]*)?"  # inside an expression: spaces and at most one line break (a wrapped line)


@lru_cache(maxsize=1)
def _core() -> regex.Pattern:
    """The expressions, matched at their start: a day without the clock, weekday or `ngày` that may
    stand before it (`_DAY_PREFIX` adds them)."""
    numbers = words_pattern(vocabulary()["number_words"])
    units = r"ngày\s+làm\s+việc|ngày|giờ\s+làm\s+việc|giờ|tháng|năm|tuần"
    return regex.compile(
        # a day, worded or numeric; `5-2` only on one line (the cells of a table of counts, one a line, are
        # `5`, `-`, `2` on lines of their own)
        r"(?P<day>(?P<d1>\d{1,2})" + _S + r"tháng" + _S + r"(?P<m1>\d{1,2})(?![\d/])(?:" + _S + r",?" + _S + r"(?:năm" + _S + r"|/\s*)(?P<y1>\d{4}))?"
        r"|(?P<d2>\d{1,2})(?=[ \t]*-[ \t]*\d|\s*/)\s*(?P<sep>[/\-])\s*(?P<m2>\d{1,2})(?:\s*(?P=sep)\s*(?P<y2>\d{4}))?(?![\d/])"
        r"|(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4})(?!\d))"
        # a day range sharing its month: `15-21/11`, `06-10/12/2025`
        r"|(?P<span>(?P<sd>\d{1,2})\s*(?:->|[-–])\s*(?P<sd2>\d{1,2})\s*/\s*(?P<sm>\d{1,2})(?:\s*/\s*(?P<sy>\d{4}))?)(?![\d/])"
        # a month, or a list of months of one year: `tháng 12/2013`, `tháng 11, 12/2013`, `tháng 12 năm 2025`;
        # a quarter, or a list of quarters of one year: `quý ii/2020`, `quý ii, iii/2015` (due at the last)
        r"|(?P<month>tháng" + _S + r"(?:\d{1,2}[ \t]*,[ \t]*)*(?P<pm>\d{1,2})(?!\d)(?:" + _S + r"(?:/|năm|-)" + _S + r"(?P<py>\d{4}))?)(?![\p{L}\d/])"
        r"|(?P<quarter>quý" + _S + r"(?:(?:iv|i{1,3}|[1-4])[ \t]*(?:,|và)[ \t]*)*(?P<q>iv|i{1,3}|[1-4])(?![\p{L}\d])(?:" + _S + r"(?:/|năm|-)" + _S + r"(?P<qy>\d{4}))?)"
        r"|(?P<year>năm[ \t]+(?:\n[ \t]*)?(?:(?P<yy0>\d{4})[ \t]*[-–][ \t]*)?(?P<yy>\d{4}))(?![\d/])"
        # a count of units: `30 ngày`, `01 (một) ngày`, `năm năm` (not the number before a month: `Tuần 3 tháng
        # 11/2025`; nor a table's number cell over a blank line, `1` ⏎⏎ `Tháng 6`)
        r"|(?P<count>(?:\d{1,3}|(?:" + numbers + r")(?=\s+(?:" + units + r")))"
        r"[ \t]*(?:\n[ \t]*)?(?:\([\p{L} ]{1,15}\)\s*)?(?:" + units + r"))"
        r"(?![\p{L}\d])(?!\s*\d{4})(?!\s*\d{1,2}\s*/\s*\d{4})"
        # (`mỗi tháng`, `mỗi học kỳ một lần`: each, as `hằng` says)
        r"|(?P<every>(?:hằng|hàng|mỗi)\s+(?:năm\s+học|học\s+kỳ|năm|quý|tháng|tuần|ngày))(?![\p{L}])"
        r"|(?P<periodic>định\s+kỳ)(?![\p{L}])"
    )


# What may stand before a day: a clock (`lúc 14 giờ 00 phút,`, `17h00`, `17h00’`, `10g00,`), the part of the day
# (`sáng`, `buổi chiều`), a weekday (`thứ Bảy,`, `ngày thứ Sáu`), `ngày`.
WEEKDAY_WORD = r"(?:hai|ba|tư|năm|sáu|bảy|[2-7])"  # a weekday's word after `thứ`, written out or its number
WEEKDAY = r"(?:thứ\s+" + WEEKDAY_WORD + r"|chủ\s+nhật)"  # a weekday, folded lower case
_DAY_PREFIX = regex.compile(
    r"(?P<clock>(?:lúc\s*)?\d{1,2}\s*(?:giờ|g|h)\s*(?:\d{1,2}\s*(?:(?:phút|p|['’′])\s*)?)?,?\s*(?:\([^()\n]{0,20}\)\s*)?,?\s*)?"
    r"(?P<part>(?:buổi\s+)?(?:sáng|chiều|tối|trưa)\s*)?"
    r"(?:(?:ngày\s*)?(?:\(\s*)?" + WEEKDAY + r"\s*[()]?\s*,?\s*)?(?:ngày\s*)?$", regex.REVERSE)
# A list of recurrences: `định kỳ hàng quý, 6 tháng, hàng năm`, `Định kỳ 6 tháng, năm`, `hàng quý, năm`,
# `6 tháng, hằng năm và định kỳ`; RECURRENCE_ITEM reads its items one by one.
_ITEM = (r"(?:(?:hằng|hàng|mỗi)\s+(?:năm\s+học|học\s+kỳ|năm|quý|tháng|tuần|ngày)|0?\d{1,2}\s+tháng(?:\s*/\s*lần|\s+một\s+lần)?"
         r"|năm|quý|tháng|tuần|học\s+kỳ|định\s+kỳ)(?![\p{L}\d])")
RECURRENCE_ITEM = regex.compile(_ITEM)
RECURRENCE_LIST = regex.compile(r"(?P<lead>định\s+kỳ\s+)?(?P<list>" + _ITEM + r"(?:\s*(?:,|và|hoặc)\s*" + _ITEM + r")*)")
_PER_UNIT = regex.compile(r"(?:tháng|năm|quý|tuần)$")  # `3 ngày/01 lần` is how long, not how often
_HOW_OFTEN = regex.compile(r"[ \t]*(?:lần|\(\s*lần\s*\))(?![\p{L}])")  # after `3 tháng 1`: how often
_PER = regex.compile(r"\s*(?:/\s*(?:0?1\s+)?lần|một\s+lần|1\s+lần)(?![\p{L}])")
# `đến`, a dash or an arrow between two dates (`->` as typed: `từ 19/4 -> 29/4`; not a dash opening the next line, its
# item's bullet); or, in a table laid out in columns, nothing but the gap
# between the `bắt đầu` and `kết thúc` cells of one row.
# (the first day's weekday may stand between: `từ ngày 23/3/2020 (Thứ Hai) đến hết ngày 27/3/2020`)
# (`từ ngày 02/3/2020 cho đến hết ngày 15/3/2020`: `cho đến` as `đến`)
_RANGE_JOIN = regex.compile(r"\s*(?:\(\s*" + WEEKDAY + r"\s*\)\s*)?(?:(?:cho\s+)?(?:đến|tới)|(?<!\n[ \t]*)(?:->|-|–|→|~))"
                            r"\s*(?:hết\s*)?(?:ngày\s+)?|[ \t]{2,}")
_EVENT_END = regex.compile(r"\s*(?:cho\s+)?(?:đến|tới)\s+(?:ngày|khi|thời\s+điểm)\s+\p{L}")
_FROM = regex.compile(r"(?:(?:kể\s+)?từ\s+(?:ngày\s+)?)$", regex.REVERSE)
_BARE_DAY_FROM = regex.compile(r"(?<![\p{L}])(?:kể\s+)?từ\s+(?:ngày\s+)?(?P<day>\d{1,2})\s*(?:đến|tới|->|-|–)\s*(?:hết\s+)?(?:ngày\s+)?$",
                            regex.REVERSE)
_EVENT_WORDS = regex.compile(r"(?:[\p{L}]+\s+){1,3}$")
# Cheap anchors, scanned with the stdlib engine (two simple scans cost less than one alternation): a
# digit next to a date separator or a unit (`25/4`, `30 ngày`, `17h00`), and the words that open the other
# expressions. The full grammar then runs only at an anchor, outside the citations.
_DIGIT_ANCHOR = re.compile(r"\d\s*(?:[/\-–]\s*\d|\.\d{1,2}\.\d{4}|\(|[hg]\d|ngày|giờ|tháng|năm|tuần)")
_WORD_ANCHOR_PARTS = (r"tháng[ \t]*\n?[ \t]*\d", r"quý[ \t]*\n?[ \t]*[iv1-4]", r"năm[ \t]+\n?[ \t]*\d{4}",
                      r"hằng\s+(?:năm|quý|tháng|tuần|ngày|học)", r"hàng\s+(?:năm|quý|tháng|tuần|ngày|học)",
                      r"mỗi\s+(?:năm|quý|tháng|tuần|ngày|học)", r"định\s+kỳ", r"kể\s+từ")
_WORD_ANCHOR = re.compile("|".join(_WORD_ANCHOR_PARTS))  # what `word_anchors` finds
# Each alternative on its own: opening with a word, it is scanned for by the engine's literal-prefix search
# (faster than the engine's scan for the alternation, which opens with common letters: `t`, `n`, `h`),
# the words after it checked in C too (a `str.find` per opening left ~16,000 hits of `định` alone, nearly all
# without `kỳ`, to a Python loop).
_WORD_ANCHOR_SCANS = tuple(re.compile(part) for part in _WORD_ANCHOR_PARTS)


def word_anchors(low: str) -> list[int]:
    """Where `_WORD_ANCHOR.finditer(low)` matches: each alternative scanned alone, the matches merged left to right
    without overlaps. The same: no two alternatives open with the same word, and no match of one can start inside
    another match of the same alternative, so a scan of one alternative passes over nothing the whole pattern
    would have found."""
    spans = sorted(m.span() for scan in _WORD_ANCHOR_SCANS for m in scan.finditer(low))
    starts, end = [], 0
    for start, stop in spans:
        if start >= end:
            starts.append(start)
            end = stop
    return starts


def find(low: str, blocked: list[tuple[int, int]] = ()) -> list[TimeExpr]:
    """Every time expression of the lower-cased folded text outside the `blocked` spans (sorted and
    disjoint: the citations), ranges joined, in text order."""
    found: list[TimeExpr] = []
    core = _core()
    _worded_count()  # compiled with the grammar: by the warm-up, not on first use in every worker
    counted_year = _counted_year()
    done = 0  # end of the last expression: anchors inside it are spent
    anchors = [m.start() for m in _DIGIT_ANCHOR.finditer(low)] + word_anchors(low)
    anchors.sort()
    blocked_starts = [start for start, _ in blocked]
    for anchor in _outside(anchors, blocked):
        if anchor < done:
            continue
        at = anchor
        first = low[at]
        if first.isdigit():
            while at > done and low[at - 1].isdigit():
                at -= 1  # the whole number: `25/4`, `125 ngày`
            if at and (low[at - 1].isalnum() or low[at - 1] in "/.,") and \
                    not (low[at - 1] == "," and _DAYS_BEFORE_COMMA.search(low, max(0, at - 24), at)):
                continue  # inside a number, a symbol or a word (not `ngày 11,12 tháng 3`: days listed tight)
            if low.endswith("tuần ", max(0, at - 5), at):
                continue  # a week's number (`Tuần 1-2 tháng 12/2025`), no day
        elif at and low[at - 1].isalpha():
            continue
        elif first == "k":  # `kể từ`
            at = _worded_count_start(low, at)
            if at < done:
                continue
        m = core.match(low, at)
        if m is None:
            continue
        # the anchor lies outside every blocked span: the next one starts after it, and must start
        # after the expression too
        following = bisect.bisect_right(blocked_starts, anchor)
        if following < len(blocked_starts) and blocked_starts[following] < m.end():
            continue
        expr = _expression(m)
        if expr.kind in ("day", "month") and _HOW_OFTEN.match(low, m.end()):
            continue  # `định kỳ 01 tháng 01 lần`, `3 tháng 1 lần`: once every so many months, no day nor month
        done = m.end()
        if expr.kind in ("day", "month") and expr.year is None:
            counted = counted_year.match(low, expr.end)
            if counted:
                expr.end = done = counted.end()
                expr.year_shift = 1 if counted.group("next") else -1
        if expr.kind == "day":
            _attach_prefix(low, expr, found)
        elif expr.kind == "count":
            if low.endswith("ngày ", max(0, expr.start - 5), expr.start) and expr.count.endswith("tháng"):
                continue  # a day of a month named, no count: `ngày 13 tháng Chạp`, the lunar calendar's
            per = _PER.match(low, expr.end) if _PER_UNIT.search(low, expr.start, expr.end) else None
            if per:  # `6 tháng/lần`, `02 năm một lần`
                expr.kind, expr.end = "per", per.end()
                done = per.end()
        found.append(expr)
    return _months_of_quarter_dropped(low, _join_ranges(low, found))


# the bracket after a quarter that names its months (`QUÝ III/2021 (Tháng 7 – 9)`, `quý I (tháng 1, 2, 3)`)
_QUARTER_BRACKET = re.compile(r"[ \t]*\([ \t]*")


def _months_of_quarter_dropped(low: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A month in the bracket right after a quarter names one of the quarter's months: no time of its own."""
    out: list[TimeExpr] = []
    for expr in found:
        previous = out[-1] if out else None
        if previous is not None and previous.kind == "quarter" and expr.kind == "month" and expr.month and \
                previous.month and previous.month - 2 <= expr.month <= previous.month and \
                _QUARTER_BRACKET.fullmatch(low, previous.end, expr.start):
            continue
        out.append(expr)
    return out


@lru_cache(maxsize=1)
def _counted_year() -> regex.Pattern:
    """The year of a day or month written as the one after or before another (models/deadlines.json
    `following_years`, `preceding_years`), right after it: `31 tháng 3 của năm kế tiếp`, `20/01 năm sau`."""
    v = vocabulary()
    return regex.compile(r"[ \t]*(?:\n[ \t]*)?(?:(?:của|trong)\s+)?(?:(?P<next>" + words_pattern(v["following_years"])
                         + r")|(?P<previous>" + words_pattern(v["preceding_years"]) + r"))(?![\p{L}\d])")


@lru_cache(maxsize=1)
def _worded_count() -> regex.Pattern:
    numbers = words_pattern(vocabulary()["number_words"])
    return regex.compile(r"(?<![\p{L}])(?:" + numbers + r")\s+(?:ngày|giờ|tháng|năm|tuần)(?:\s+làm\s+việc)?\s*,?\s*$", regex.REVERSE)


def _worded_count_start(low: str, at: int) -> int:
    if not low[max(0, at - 12):at].rstrip(" ,\n").endswith(("ngày", "tháng", "năm", "giờ", "tuần", "việc")):
        return len(low)  # no unit before `kể từ`: decided without a search
    m = _worded_count().search(low, max(0, at - 40), at)
    return m.start() if m else len(low)


def _outside(positions: list[int], spans) -> list[int]:
    """The sorted `positions` that lie in none of the sorted, disjoint `spans`: whole runs cut out by
    bisection (about half the anchors of a plan lie in its citations), not one test per position."""
    kept: list[int] = []
    done = 0
    for start, end in spans:
        inside = bisect.bisect_left(positions, start, done)
        kept += positions[done:inside]
        done = bisect.bisect_left(positions, end, inside)
    kept += positions[done:]
    return kept


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


WEEKDAY_NAMED = regex.compile(WEEKDAY)
# Python's weekday number by the last word of a weekday's name (`thứ hai` … `chủ nhật`, `thứ 2` … `thứ 7`)
WEEKDAY_NUMBER = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "nhật": 6,
                  "2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5}


def _attach_prefix(low: str, expr: TimeExpr, found: list[TimeExpr]) -> None:
    """`lúc 14 giờ 00 phút, ngày 28 tháng 4 …`, `17h00 ngày …`, `Thứ Bảy 13/12/2025`: the day starts at
    its clock, weekday or `ngày`; a clock read as a count of hours belongs to the day."""
    before = low[max(0, expr.start - 16):expr.start].rstrip(" \t\n,(")
    if not before or not (before.endswith(("ngày", "nhật")) or before[-1].isdigit() or before[-1] in "hgờtp'’′"
                          or before.endswith(("hai", "ba", "tư", "năm", "sáu", "bảy", "sáng", "chiều", "tối", "trưa"))):
        return  # nothing that can stand before a day: the common case, decided without a search
    floor = next((e.end for e in reversed(found) if e.kind != "count"), 0)
    prefix = _DAY_PREFIX.search(low, max(floor, expr.start - 48), expr.start)
    if prefix is None or prefix.start() == expr.start or _BLANK_LINE.search(low, prefix.start(), expr.start):
        return  # (nor over a blank line: `105 ngày` ⏎⏎ `07/02/2021`, a table's cells one a paragraph)
    # (the part of a day names a moment as a clock does: `… tổ chức khảo sát … sáng ngày 31/7/2026`)
    expr.start, expr.clock = prefix.start(), bool(prefix.group("clock") or prefix.group("part"))
    named_day = WEEKDAY_NAMED.search(prefix.group())
    if named_day:
        expr.weekday = WEEKDAY_NUMBER[named_day.group().split()[-1]]
    if low.startswith(")", expr.end) and prefix.group().rfind("(") > prefix.group().rfind(")"):
        # `trước 16h00 ngày thứ Hai (27/10/2025)`, `từ thứ hai (ngày 30/4/2018)`: the date in brackets after its weekday
        expr.end += 1
    while found and found[-1].kind == "count" and found[-1].end > expr.start:
        found.pop()


def _expression(m: regex.Match) -> TimeExpr:
    g = m.group
    # the alternative that matched is the outermost group, closed last: `lastgroup` names it (a group
    # nested in it closes before it), instead of asking for each alternative in turn
    kind = m.lastgroup
    if kind == "day":
        d, mo, y = (g("d1"), g("m1"), g("y1")) if g("d1") else (g("d2"), g("m2"), g("y2")) if g("d2") else (g("d3"), g("m3"), g("y3"))
        return TimeExpr("day", m.start(), m.end(), int(d), int(mo), int(y) if y else None)
    if kind == "span":
        end = TimeExpr("day", m.start("sd2"), m.end(), int(g("sd2")), int(g("sm")), int(g("sy")) if g("sy") else None)
        end.first = TimeExpr("day", m.start(), m.start("sd2"), int(g("sd")), int(g("sm")), end.year)
        end.start = m.start()
        return end
    if kind == "month":
        return TimeExpr("month", m.start(), m.end(), None, int(g("pm")), int(g("py")) if g("py") else None)
    if kind == "quarter":
        return TimeExpr("quarter", m.start(), m.end(), None, _ROMAN[g("q")] * 3, int(g("qy")) if g("qy") else None)
    if kind == "year":
        expr = TimeExpr("year", m.start(), m.end(), None, 12, int(g("yy")))
        if g("yy0"):  # `năm 2012 - 2013`
            expr.first = TimeExpr("year", m.start(), m.start("yy0") + 4, None, 12, int(g("yy0")))
        return expr
    if kind == "count":
        return TimeExpr("count", m.start(), m.end(), count=g("count"))
    return TimeExpr(kind, m.start(), m.end())  # every | periodic


def _join_ranges(low: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """`A đến B`, `A - B`, `từ A đến ngày <event> B` become one range (due at B); `từ A đến <event>`
    is a range with an open end."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        expr = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        # (two expressions more than 40 characters apart are never joined: their gap is not copied and read)
        if expr.dated and nxt is not None and nxt.dated and not nxt.is_range and nxt.start - expr.end <= 40:
            between = low[expr.end:nxt.start]
            join = _RANGE_JOIN.match(between)
            words_ok = join and (join.end() == len(between) or (
                "đến" in between[:join.end()] and _EVENT_WORDS.fullmatch(between[join.end():])))
            if words_ok:
                start = expr.start
                lead = _FROM.search(low, max(0, start - 12), start)
                if lead:
                    start = lead.start()
                nxt.first, nxt.start = expr, start
                nxt.cells = not between.strip() and "\n" not in between
                out.append(nxt)
                i += 2
                continue
        if expr.kind == "day" and expr.first is not None:
            lead = _FROM.search(low, max(0, expr.start - 12), expr.start)
            if lead:  # `từ ngày 15-20/12/2025`: the range written with a dash takes its `từ` in
                expr.start = expr.first.start = lead.start()
        elif expr.kind == "day" and expr.month and not expr.is_range \
                and low.find("từ", max(0, expr.start - 40), expr.start) >= 0:  # (the cheap test first)
            bare = _BARE_DAY_FROM.search(low, max(0, expr.start - 40), expr.start)
            if bare:  # `từ ngày 15 đến ngày 20/01/2026`: the first day shares the month of the last
                expr.first = TimeExpr("day", bare.start(), bare.end("day"), int(bare.group("day")), expr.month, expr.year)
                expr.start = bare.start()
        elif expr.kind == "day" and expr.month and not expr.is_range and low.endswith((",", ", ", "và "), 0, expr.start):
            _take_listed_days(low, expr)
        elif expr.kind == "month" and not expr.is_range and not low[low.rfind("\n", 0, expr.start) + 1:expr.start].strip():
            _take_row_days(low, expr)
        if expr.dated and not expr.is_range and _EVENT_END.match(low, expr.end):
            lead = _FROM.search(low, max(0, expr.start - 12), expr.start)
            if lead:  # `từ ngày 15/3/2026 đến ngày bầu cử`: due at its known start
                expr.open_end = True
                expr.start = lead.start()
        out.append(expr)
        i += 1
    return out


# Days listed before a day that names their month: `(vào) ngày 26, 28, 29/3/2017`, `các ngày 13 và 14/5/2024` (matched
# backwards from the last day).
_LISTED_DAYS = regex.compile(r"(?<![\p{L}])ngày\s+(?P<days>\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*)\s*(?:,|và)\s*$",
                             regex.REVERSE)


# `ngày 11,` right before a number: a list of days written without a blank after its comma, not a decimal (`1,5`)
_DAYS_BEFORE_COMMA = regex.compile(r"(?<![\p{L}])ngày[ \t]+\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*,$", regex.REVERSE)


def _take_listed_days(low: str, expr: TimeExpr) -> None:
    """The days of a list that shares the last day's month (`ngày 26, 28, 29/3/2017`): each a day of its own, earlier
    than the last, the expression's surface the whole list from its `ngày`; days in a row (`các ngày 01, 02, 03 tháng
    04`, a contest held over three days) are one span, as SPEC's ranges are, due on the last."""
    m = _LISTED_DAYS.search(low, max(0, expr.start - 40), expr.start)
    if not m:
        return
    days = [int(d) for d in regex.findall(r"\d{1,2}", m.group("days"))]
    if all(b == a + 1 for a, b in zip(days, days[1:] + [expr.day])):
        expr.start = m.start()  # `các ngày 01, 02, 03 tháng 04`: days that follow each other are one span, due at its end
    elif all(0 < a < b for a, b in zip(days, days[1:] + [expr.day])):
        expr.listed, expr.start = tuple(days), m.start()


# A timetable's row that names its month in one cell and lists its days in another (`Tháng 7 | Nguyễn Thị Thống | Chủ
# tịch | Ngày 03; 10; 17; 24; 31 (Thứ 5) |`, a commune's schedule for receiving citizens): the row's cells one a line
# (normalize.py), up to the blank line after the row.
_ROW_DAYS = regex.compile(r"\n[ \t|]*ngày[ \t]+(?P<days>\d{1,2}(?:[ \t]*[;,][ \t]*\d{1,2})+)(?![\d/.])")
_ROW_REACH = 300


# (or the very next cell, a blank line between the two as a page's table copied one cell a paragraph: `Tháng 6` ⏎⏎ `Ngày
# 18 (thứ Ba)`, a district's schedule of its secretary's reception days), one day or several
_NEXT_CELL_DAYS = regex.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t|]*ngày[ \t]+(?P<days>\d{1,2}(?:[ \t]*[;,][ \t]*\d{1,2})*)"
                                r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t.]*(?=\n|$)")


def _take_row_days(low: str, expr: TimeExpr) -> None:
    """The month cell of such a row becomes the days its row lists (each due in turn), when they rise."""
    row_end = low.find("\n\n", expr.end, expr.end + _ROW_REACH)
    m = _NEXT_CELL_DAYS.match(low, expr.end) or \
        _ROW_DAYS.search(low, expr.end, row_end if row_end >= 0 else min(len(low), expr.end + _ROW_REACH))
    if not m:
        return
    days = [int(d) for d in regex.findall(r"\d{1,2}", m.group("days"))]
    if all(0 < a < b <= 31 for a, b in zip(days, days[1:])):
        expr.kind, expr.day, expr.listed = "day", days[-1], tuple(days[:-1])


# The month a school year opens in: the ministry's yearly calendar (khung kế hoạch thời gian năm học) has schools return
# (tựu trường) in the last days of August and the year open on 5 September, so August's work belongs to the year that
# starts.
_SCHOOL_YEAR_OPENS = 8


@dataclass(frozen=True, slots=True)
class Resolver:
    """Turns a day or period into an ISO date; a year left out comes from the document: its school
    year (`năm học 2024 - 2025`: months 8-12 in the first year), else its issue year (a month more than
    three months before the issue date is in the next year), else the year it is for."""

    school_year: tuple[int, int] | None
    issued: dt.date | None
    year: int | None

    def resolve(self, expr: TimeExpr, yearly: bool = False, before_period: bool = False,
                named_year: int | None = None) -> tuple[str, bool]:
        """`yearly`: the date recurs every year (`trước ngày 31 tháng 3 hằng năm`), so it is taken in the
        document's own year rather than the next occurrence. `before_period`: due before a month, quarter
        or year starts rather than at its end. `named_year`: the year the sentence names before the
        expression, which a year written as the next or previous one counts from."""
        month, year, inferred = expr.month, expr.year, False
        if month is None or not 1 <= month <= 12:
            return "", False
        if year is None and expr.year_shift:
            # `báo cáo năm 2025 trước ngày 31/3 năm sau`: 2026; with no year named, the next year counts
            # from the document's own. The previous year with none named is the year before a plan or
            # budget year the text does not date (`giao dự toán trước ngày 20 tháng 11 năm trước`): that
            # date is read as any date without its year, its next occurrence.
            own = self.issued.year if self.issued else self.year
            base = named_year or (own if expr.year_shift > 0 else None)
            if base:
                year, inferred = base + expr.year_shift, True
        if year is None:
            inferred = True
            if self.school_year:
                # (the school year opens in August: teachers and pupils return before it starts, and a plan for
                # it sets August's work in its first year, `… trước ngày 24/8` in a plan of August for 2026-2027)
                year = self.school_year[0] if month >= _SCHOOL_YEAR_OPENS else self.school_year[1]
            elif self.issued:
                year = self.issued.year
                if not yearly and (self.issued - dt.date(year, month, 1)).days > 120:
                    year += 1
            elif self.year:
                year = self.year
                if expr.weekday is not None and expr.kind == "day":
                    # a year guessed from the years the text names, a day written with its weekday (a leader's
                    # weekly schedule, `THỨ HAI, NGÀY 27/5`): the nearest year where that day falls on it
                    year = year_on_weekday(year, month, expr.day, expr.weekday, _WEEKDAY_YEAR_REACH) or year
            else:
                return "", False
        if not 1900 <= year <= 2100:
            return "", False
        day = expr.day if expr.kind == "day" else \
            expr.part_end if expr.kind == "month" and expr.part_end else calendar.monthrange(year, month)[1]
        try:
            due = dt.date(year, month, day)
        except ValueError:
            return "", False  # 31/02 and the like are rejected, not guessed
        if before_period and expr.kind != "day":
            # `trước tháng 12/2025`, `trước năm 2020`: by the day before the period begins
            first_month = month + 1 - {"month": 1, "quarter": 3, "year": 12}[expr.kind]
            due = dt.date(year, first_month, 1) - dt.timedelta(days=1)
        return due.isoformat(), inferred


_WEEKDAY_YEAR_REACH = 6  # a guessed year: every date falls on each weekday within seven years


def year_on_weekday(year: int, month: int, day: int, weekday: int, reach: int) -> int | None:
    """The year nearest `year`, within `reach` (the later of two as near), in which day/month falls on `weekday`; None
    when none does (a weekday typed wrong, a day no month has)."""
    for distance in range(reach + 1):
        for candidate in (year + distance, year - distance):
            try:
                if dt.date(candidate, month, day).weekday() == weekday:
                    return candidate
            except ValueError:
                continue  # (29/2 outside a leap year)
    return None


_SPELLED_OUT = regex.compile(r"\s*\([^)]*\)\s*")


def count_value(count: str) -> str:
    """`01 (một) ngày` → `01 ngày` (the period as written, without the number spelled out)."""
    return _SPELLED_OUT.sub(" ", count).strip()
