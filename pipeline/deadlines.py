"""Deadlines: dates or periods by which, or at which, something must be done, and recurring duties.

One pass finds every time expression (`deadline_dates`); each is then judged by the words and layout
around it. A date or period is a deadline when
- a cue binds it: `trước`, `chậm nhất`, `hạn chót`, `hoàn thành trong`, `trong tháng 12/2025` after a
  duty verb, `gia hạn … đến ngày`;
- it is the value of a time line of a plan item (`Thời gian thực hiện: Quý I/2026`, `Đợt 1: …`,
  `Tựu trường: Ngày 26/8/2024`) or fills a timetable cell (`15/11: Phát động …`, a table column);
- it is an event the recipients hold or attend (`Lúc 14 giờ 00 phút, ngày …`, `tựu trường ngày …`);
- it is a range (`từ ngày 10/11 đến ngày 20/11/2025`), due at its end.
It is not one inside a citation (issue dates), behind an effective-date or cut-off phrase (`có hiệu
lực từ`, `tính đến`), in a clause of history or eligibility (`tham gia cách mạng trước ngày
01/01/1945`), in a statement of what was done (`đã`, `chưa`), an anniversary span (`30/4/1975 -
30/4/2025`), in a sanction decree's breach or remedy (`deadline_breaches`), or more than a year before
the document's own date. Periods counted from an event (`trong thời hạn 30 ngày, kể từ …`, `không quá
08 giờ làm việc`) have no date: the period goes to `recurrence`, like recurring duties (`định kỳ hằng
tuần`, `Hằng năm, …`, `6 tháng/lần`). The words are data: models/deadlines.json.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import deadline_breaches as breaches
from . import deadline_fields as fields
from .deadline_dates import RECURRENCE_ITEM, RECURRENCE_LIST, Resolver, TimeExpr, count_value, find, vocabulary, word_regex, words_pattern
from .deadline_layout import MARKERS_ONLY, Place, clause_start, is_cell, label_before, line_span
from .deadline_rows import row_fields
from .deadline_statements import participle_label_end, stated, told
from .records import Deadline, DocumentMeta, DocumentText
from .textfold import lowered, squash


@dataclass(slots=True)
class _Found:
    """A time expression judged a deadline, before its fields are read."""

    start: int  # the surface: cue and expression
    end: int
    due: str
    inferred: bool
    recurrence: str
    basis: str  # cue | extension | period | label | cell | event | range | relative | recurrence
    where: Place
    task_from: str = "clause"  # clause | row | item (the plan item's heading) | an activity label as written
    expr: TimeExpr | None = None


def _ending(pattern: str) -> regex.Pattern:
    """A pattern that must end where the expression starts (`…$`), searched backwards from there: the
    engine then tries one position instead of every one of the window."""
    return regex.compile(pattern, regex.REVERSE)


@lru_cache(maxsize=1)
def _grammar() -> dict[str, regex.Pattern]:
    v = vocabulary()
    w = words_pattern
    return {
        # what binds a date right before it (the expression may start with `ngày` or a clock)
        "due_cue": _ending(r"(?<![\p{L}])(?:" + w(v["due_cues"]) + r")\s*(?:là\s*)?(?:vào\s*)?(?:ngày\s*)?$"),
        "period_cue": _ending(r"(?<![\p{L}])(?P<cue>" + w(v["period_cues"]) + r")\s*(?:ngày\s*|(?:hai|ba|bốn|năm|\d{1,2})\s+)?$"),
        "strong_period_cue": regex.compile(r"(?:" + w(v["strong_period_cues"]) + r")"),
        "completion": word_regex("completion_verbs"),
        "extension_word": word_regex("extension_words"),
        "extension": regex.compile(r"(?<![\p{L}])(?:" + w(v["extension_words"]) + r")(?![\p{L}])[^.;]*đến\s*(?:ngày\s*)?$"),
        "time_label": word_regex("time_labels"),
        "timetable_heading": regex.compile(r"(?:" + w(v["timetable_headings"]) + r")(?![\p{L}])"),
        # a heading of two parts, the second a timetable: `NỘI DUNG, THỜI GIAN THỰC HIỆN`, `… VÀ THỜI GIAN`
        "timetable_part": regex.compile(r"(?:,|\svà)\s*(?:" + w(v["timetable_headings"]) + r")(?![\p{L}])"),
        "activity": word_regex("activity_verbs"),
        "held": regex.compile(r"(?:" + w(v["held_verbs"]) + r")$"),
        "halt": regex.compile(r"(?<![\p{L}])(?<!không\s)(?:" + w(v["halt_verbs"]) + r")(?![\p{L}])"),  # not `không ngừng`
        "label_reject": word_regex("label_rejects"),
        "event": _ending(r"(?<![\p{L}])(?:" + w(v["event_verbs"]) + r")\s*(?:vào\s*)?(?:lúc\s*)?(?:ngày\s*)?$"),
        # (`có hiệu lực trước ngày …`: when other texts take effect, a condition, not a time to act by)
        "not_due": _ending(r"(?<![\p{L}])(?:" + w(v["not_due_before"]) + r")\s*(?:trước\s+|sau\s+)?"
                           r"(?:ngày\s*(?:\p{L}+\s+){0,3})?$"),
        "history": word_regex("history_markers"),
        "status": word_regex("status_markers"),
        "obligation": word_regex("obligation_markers"),
        # a duty whose object is a result or a budget: the period is what it covers (`báo cáo kết quả
        # thực hiện … trong năm 2014`, `bố trí dự toán … trong năm 2014`)
        "reported": regex.compile(r"(?<![\p{L}])(?:" + w(v["duty_verbs"]) + r")\s+(?:\p{L}+\s+){0,2}?(?:"
                                  + w(v["reported_period_nouns"]) + r")(?![\p{L}])"),
        "duty": word_regex("duty_verbs"),
        "relative_cue": _ending(r"(?<![\p{L}])(?:" + w(v["relative_cues"]) + r")\s*$"),
        "relative_anchor": regex.compile(r"\s*,?\s*(?:" + w(v["relative_anchors"]) + r")(?![\p{L}])"),
        "relative_label": word_regex("relative_labels"),
        "duration": word_regex("duration_markers"),
        "budget": word_regex("budget_nouns"),
        "noun_head": _ending(r"(?<![\p{L}])(?:" + w(v["recurrence_noun_heads"]) + r")\s*$"),
    }


# `định kỳ 06 tháng (trước ngày 05 tháng 5), 9 tháng (…), năm (…)`: each period with its own date.
_LIST_SEP = regex.compile(r"\s*(?:(?:,|;|và)\s*)?")
_ENUM_ITEM = regex.compile(r"(?P<period>0?\d{1,2}\s+tháng|năm|quý)\s*\(\s*(?:trước|chậm nhất|hạn chót)[^()]{0,40}\)")
_CLOCK_COUNT = regex.compile(r"\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*(?:ngày|thứ|chiều|sáng|tối)(?![\p{L}])")
_AT_LEAST = regex.compile(r"(?:ít\s+nhất|tối\s+thiểu)\s*$")
_YEARLY = regex.compile(r"\s*(?:của\s+)?(?P<every>(?:hằng|hàng)\s+năm)")

# `sau khi tổ chức hội nghị`, `ngay sau hội nghị`: the event (a few words, no number or punctuation)
# whose end a period counts from, the period written after it
_AFTER_EVENT = _ending(r"(?<![\p{L}])(?:ngay\s+|chậm\s+nhất\s+(?:là\s+)?)?sau\s+(?:khi\s+)?(?:[\p{L}]+\s+){1,8}$")
_PERIOD_NOUN = _ending(r"(?<![\p{L}])(?:thời\s+hạn|thời\s+gian|thời\s+hiệu|vòng|quá|trong|tối\s+đa|tối\s+thiểu)\s*$")  # `sau thời hạn 60 ngày`
_COUNT_END = regex.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:[.;,:)]|\n|$|(?:để|và|kể)(?![\p{L}]))")
_CONTINUOUS = regex.compile(r"\s*(?:liên\s+tục)")
_LATER_CUE = regex.compile(r"(?<![\p{L}])(?:trước|chậm\s+nhất|hạn\s+chót)\s+(?:là\s+)?(?:\d|ngày|lúc)")
_SENTENCE_END = regex.compile(r"[.!?]\s|\n\s*\n", regex.REVERSE)
_VALUE_END = regex.compile(r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:[.;]|\n|$)")  # the date is the whole value
_REPORT = re.compile(r"báo cáo")  # a literal scan: the regime grammar runs only where it occurs
# `chế độ (thông tin,) báo cáo (định kỳ) …` or `báo cáo định kỳ (…)`: what a regime's periods follow
_REGIME = regex.compile(r"báo\s+cáo\s+(?P<periodic>định\s+kỳ\s*)?(?P<open>\(\s*)?")
_UNSCHEDULED = regex.compile(r"\s*(?:,|và|hoặc|hay)\s*(?:khi\s+)?đột\s+xuất(?![\p{L}])")
_REGIME_WORD = regex.compile(r"(?<![\p{L}])chế\s+độ(?![\p{L}])")
_REGIME_LEAD = _ending(r"(?<![\p{L}])chế\s+độ\s+(?:thông\s+tin\s*,?\s*)?$")
_YEAR_AFTER = regex.compile(r"\s*(?:/\s*)?\d|\s+học(?![\p{L}])")  # `báo cáo năm 2025`, `năm học`: not a period
_FROM_LEAD = _ending(r"(?<![\p{L}])(?:kể\s+|bắt\s+đầu\s+)?từ\s*$")
_PERIOD_END_LEAD = _ending(r"(?<![\p{L}])(?:cuối|hết)\s*$")
# what follows an entry's date: `- Từ ngày 04/02/2026: Ban Thường trực …`, `- Ngày 05/02/2026, các thôn …`
_ENTRY_COLON = regex.compile(r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?::(?!\d)|,)")
_ENTRY_OPENING = regex.compile(r"(?:từ\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}|tháng\s+\d")
_TIMETABLE_REACH = 12  # entries (and their wrapped lines) from an entry up to its timetable's heading
_TIMETABLE_LINES = 60  # lines, sub-items and blank lines included
# where an entry's activity's verb stands after its colon: within its first clause, behind a subject as
# long as `Ban Thường trực Ủy ban MTTQ Việt Nam xã` (not `100.000 đồng/người/buổi`, which has none)
_ENTRY_VERB_REACH = 100
_ENTRY_CLAUSE_END = regex.compile(r";|\.(?:\s|$)")
_LEAD_IN = regex.compile(r"(?:như\s+sau|cụ\s+thể)\s*:$")
_NAMED_YEAR = regex.compile(r"(?<![\p{L}])năm\s+(\d{4})(?![\d/])")
_DOCUMENT_NAME = _ending(r"(?<![\p{L}])(?:luật|bộ\s+luật|hiến\s+pháp|pháp\s+lệnh)(?:\s+[\p{L},]+){1,10}\s+$")
_ACTIVITY_REACH = 150  # characters from an activity's verb to the range that times it
_FRONTED_RANGE = regex.compile(r"(" + MARKERS_ONLY.pattern + r")(?:trong\s+(?:khoảng\s+)?thời\s+gian\s*)?", regex.I)
_POSSESSIVE = regex.compile(r"(?<![\p{L}])của(?![\p{L}])")
_DURING = regex.compile(r"(?<![\p{L}])trong\s+(?:khoảng\s+)?thời\s+gian\s*$")  # `… trong thời gian từ ngày …`
_PASSIVE = regex.compile(r"(?:được|áp\s+dụng)\s*$")
_PLACE_DATE = regex.compile(r"\p{L}[\p{L} .'-]{1,40},\s*(?:ngày\s*)?$", regex.REVERSE)
# Compiled at import (before the workers fork), not on first use in every worker.
_SCHOOL_YEAR = regex.compile(r"(?i)năm\s+học\s*(\d{4})\s*[-–]\s*(\d{4})")
_ASIDE_END = regex.compile(r"[^()\n]{0,60}\)\s*(?:[.;:]|\n|$)")  # a bracketed timing that ends its item
_DATE_LIST_JOIN = regex.compile(r"\s*(?:,|và|;)\s*(?:ngày\s*)?")  # between two dates of one list
_DAY_OF_PERIOD = regex.compile(r"(?<![\p{L}])(?:(?:trước|chậm\s+nhất|muộn\s+nhất|hạn\s+chót)\s+(?:là\s+)?)?(?:vào\s+)?"
                            r"ngày\s+\d{1,2}\s+$", regex.REVERSE)
_EVENT_VERB = regex.compile(r"(?!là(?![\p{L}]))\p{L}[\p{L} ]*?(?=\s+(?:vào\s+|lúc\s+|từ\s+)*(?:ngày|\d))")  # not the copula `là`
_CLAUSE_CLOSER = regex.compile(r"^\s*,?\s*(?:theo\s+(?:đúng\s+)?quy\s+định|một\s+lần)")


def _merged(spans) -> list[tuple[int, int]]:
    """Sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _resolver(meta: DocumentMeta) -> Resolver:
    school = _SCHOOL_YEAR.search(meta.title or "")
    issued = None
    if meta.issued_date:
        try:
            issued = dt.date.fromisoformat(meta.issued_date)
        except ValueError:
            issued = None
    return Resolver((int(school.group(1)), int(school.group(2))) if school else None, issued, meta.year)


@dataclass(slots=True)
class _Context:
    text: str
    low: str
    resolver: Resolver
    meta: DocumentMeta
    g: dict

    def value(self, start: int, end: int) -> str:
        """A recurrence or period as written."""
        return squash(self.text[start:end])


def extract(doc: DocumentText, meta: DocumentMeta, mentions, section_of, sections=()) -> list[Deadline]:
    """The deadlines of one document; `mentions` are its citations (their dates are not deadlines),
    `sections` its outline (the plan items that give timetable entries their task and responsible)."""
    text, low = doc.text, lowered(doc.folded)
    cited = _merged(m.extent(text) for m in mentions)  # their dates are not deadlines
    exprs = find(low, cited)
    resolver = _resolver(meta)
    g = _grammar()
    ctx = _Context(text, low, resolver, meta, g)
    found: list[_Found] = []
    taken = _Spans()

    def keep(item: _Found) -> None:
        found.append(item)
        taken.add(item.start, item.end)

    for item in _enumerated(ctx, exprs):
        keep(item)
    previous: _Found | None = None
    for expr in exprs:
        if taken.overlaps(expr.start, expr.end):
            continue
        if expr.dated:
            item = _dated(ctx, expr, previous)
            if item:
                keep(item)
                previous = item
        elif expr.kind in ("count", "per"):
            item = _counted(ctx, expr)
            if item:
                keep(item)
    for item in _regimes(ctx, taken):
        keep(item)
    for item in _recurrences(ctx, exprs, taken):
        keep(item)
    found = _merge_recurrences(found, resolver)
    if "phạt" in low:  # a sanction decree: its breaches and remedies set no deadline (the cheap test first)
        found = [f for f in found if not (breaches.in_breach(low, f.start)
                                          or f.basis == "recurrence" and breaches.in_remedy(low, f.start))]

    rows: list[Deadline] = []
    plan = meta.doc_type in vocabulary()["plan_types"]
    # who acts where a clause names nobody: a plan's own body, a letter's addressees
    own = fields.issuing_body(meta.issuer, meta.issuer_parent, text, low) if plan else \
        fields.addressees(text, low) if meta.doc_type in vocabulary()["letter_types"] else ""
    reader = fields.Fields(text, low, sections, own, meta.issuer)
    for item in sorted(found, key=lambda f: (f.start, f.end)):
        clause = reader.outline.below_heading(text, item.where.clause, item.start)
        if fields.patterns()["time_heading"].match(low, clause[0]):
            clause = item.where.clause  # `Điều 5. Phê duyệt hồ sơ` ⏎ `Thời gian thực hiện …`: the heading is the task
        # the verb of an event the surface opens with is the task's (`Tổ chức kiểm tra ngày 15-20/12/2025`)
        held = _EVENT_VERB.match(low, item.start, item.end) if item.basis == "event" else None
        task = reader.task(held.end() if held else item.start, item.end, clause, item.task_from,
                           (item.where.line_start, item.where.line_end))
        whole_item = item.task_from == "item"  # a time line: the item's text says who and to whom
        in_row = row_fields(text, item.start, reader.row_headers)  # a timetable with a responsible column
        rows.append(Deadline(doc.doc_id, section_of(item.start), item.start, item.end, text[item.start:item.end],
                             item.due, item.inferred, item.recurrence, in_row.task or task if in_row else task,
                             in_row.party if in_row and in_row.party else
                             reader.responsible(item.start, item.end, clause, whole_item),
                             reader.recipient(item.start, clause, whole_item,
                                              item.where.line_start if item.task_from == "row" else -1)))
    return rows


def _dated(ctx: _Context, expr: TimeExpr, previous: _Found | None) -> _Found | None:
    """A day, month, quarter or year (or a range of them) judged by the words and layout around it."""
    low, g, resolver = ctx.low, ctx.g, ctx.resolver
    yearly_words = _YEARLY.match(low, expr.end)
    yearly = bool(yearly_words)
    named_year = _year_named_before(ctx, expr) if expr.year_shift else None
    due, inferred = resolver.resolve(expr, yearly=yearly, named_year=named_year)
    if not due or _anniversary(expr) or _form_line(low, expr.start):
        return None
    if _old_whatever_said(due, resolver, expr, yearly):
        return None
    before = low[max(0, expr.start - 160):expr.start]
    where = Place(low, expr.start, expr.end)
    if g["not_due"].search(before, max(0, len(before) - 40)):
        # `có hiệu lực từ ngày`, `tính đến ngày`, `kể từ ngày`: not due, unless the `từ` opens an entry of
        # a timetable or sets the moment the recipients must stop or start
        basis, start = _from_moment(ctx, expr, where, before)
    else:
        basis, start = _basis(ctx, expr, where, before, previous)
    if not basis:
        return None
    clause_before = low[where.clause_start:expr.start]
    history = g["history"].search(clause_before, max(0, len(clause_before) - 60))
    if history and not _ahead_of_event(history.group(), due, resolver) or \
            (basis != "extension" and stated(clause_before, g) and _past_told(ctx, where, expr.start)):
        return None
    if expr.kind == "year" and (basis not in ("cue", "period", "label") or (expr.first and basis != "period")
                                or _named_document(ctx, expr.start)):
        # a year alone in a cell or a range of years is a programme period, not a deadline; after a
        # document's name (`Luật Hải quan năm 2014`) it is the document's
        return None
    if basis == "cell" and _PLACE_DATE.search(low, where.line_start, expr.start):
        return None  # the document's own place and date
    if basis == "cue" and expr.kind != "day" and not expr.is_range and low.startswith("trước", start):
        due, inferred = resolver.resolve(expr, before_period=True, named_year=named_year)
    if _too_old(due, resolver, strong=basis in ("cue", "extension", "period", "label")):
        return None
    task_from = "clause"
    a, b = label_before(where, low, expr.start)
    if a < b and g["time_label"].search(low, a, b):
        task_from = "item"  # `Thời gian thực hiện: …`, `Thời gian hoàn tất: trước ngày …`: the item's task
    elif basis == "label" and a < b:
        task_from = ctx.text[a:b]
    elif basis == "cell":
        task_from = "row"
    # `trước ngày 05 tháng 7 hàng năm`: the date recurs, whatever the clause's object (`dự toán kinh phí`)
    recurrence = ctx.value(yearly_words.start("every"), yearly_words.end()) if yearly_words else ""
    end = yearly_words.end() if yearly_words else expr.end  # (the surface the keys write: `… tháng 11 hằng năm`)
    return _Found(start, end, due, inferred, recurrence, basis, where, task_from, expr)


def _past_told(ctx: _Context, where: Place, pos: int) -> bool:
    """Whether the status word before a time reports the past: not where it stands in a label that describes the
    thing handed in (`- Danh sách cử tri đã được rà soát: gửi về … trước ngày …`) and the words after the label
    state nothing done."""
    label_end = participle_label_end(ctx.low, ctx.text, max(where.line_start, where.clause_start), pos)
    return label_end < 0 or stated(ctx.low[label_end:pos], ctx.g)


def _ahead_of_event(marker: str, due: str, resolver: Resolver) -> bool:
    """Whether a history marker before a date names an event still to come, so the date can be a deadline: an
    event that has happened when named (`nhập ngũ`, `tham gia kháng chiến`) dated after the document itself is a
    duty's (`hoàn thành hồ sơ gọi công dân nhập ngũ trước ngày 30/11/2025`)."""
    return bool(resolver.issued) and squash(marker) in vocabulary()["past_event_markers"] \
        and dt.date.fromisoformat(due) > resolver.issued


def _old_whatever_said(due: str, resolver: Resolver, expr: TimeExpr, yearly: bool) -> bool:
    """Whether `_dated` would reject the date as too old whatever the words around it make of it (a
    fifth of the dated expressions outside citations), so they need not be read: history by the
    strong test, and the due date can only move earlier before the last test (a year left out of a
    `hằng năm` date may move a year later: judged in full)."""
    return _too_old(due, resolver, strong=True) and not (yearly and expr.year is None)


def _year_named_before(ctx: _Context, expr: TimeExpr) -> int | None:
    """The last year the clause names before `expr` (`Báo cáo kết quả năm 2025 …`), not a law's
    (`Luật Đất đai năm 2024`)."""
    years = [m for m in _NAMED_YEAR.finditer(ctx.low, clause_start(ctx.low, expr.start), expr.start)
             if not _named_document(ctx, m.start())]
    return int(years[-1].group(1)) if years else None


def _named_document(ctx: _Context, pos: int) -> bool:
    """Whether a document's name ends at `pos`: a capitalised type word (`Luật`, `Hiến pháp`, `Pháp lệnh`)
    and the capitalised words of its name (`Luật Hải quan năm 2014`)."""
    m = _DOCUMENT_NAME.search(ctx.low, max(0, pos - 80), pos)
    return m is not None and ctx.text[m.start()].isupper()


def _form_line(low: str, pos: int) -> bool:
    """A form's blanks (`Ngày ...... tháng ...... năm`) on the line: a template, not an obligation."""
    start, end = line_span(low, pos)
    return low.find(".....", start, end) >= 0 or low.find("……", start, end) >= 0


def _anniversary(expr: TimeExpr) -> bool:
    """`30/4/1975 - 30/4/2025`: the same day of two years spans an anniversary."""
    first = expr.first
    return expr.kind == "day" and first is not None and bool(first.year and expr.year) and \
        first.year != expr.year and (first.day, first.month) == (expr.day, expr.month)


def _basis(ctx: _Context, expr: TimeExpr, where: Place, before: str, previous: _Found | None):
    """Why this expression is a deadline, and where its surface starts; ("", 0) when it is not."""
    low, g, s = ctx.low, ctx.g, expr.start
    m = g["due_cue"].search(before)
    if m:
        return "cue", s - len(before) + m.start()
    m = g["extension"].search(before) if "gia hạn" in before or "kéo dài" in before else None
    if m:
        return "extension", s - len(before) + m.start()
    a, b = label_before(where, low, s)
    time_label = a < b and bool(g["time_label"].search(low, a, b)) and not g["label_reject"].search(low, a, b)
    m = g["period_cue"].search(before)
    if m:
        cue_at = s - len(before) + m.start()
        if _period_bound(ctx, expr, where, cue_at, m.group("cue"), time_label, previous):
            return "period", cue_at
    if time_label:
        return "label", s
    if a < b and expr.kind == "day" and not low[b:s].strip(" :\t*_") and len(low[a:b].split()) <= 12 \
            and not g["label_reject"].search(low, a, b) and _VALUE_END.match(low, expr.end):
        return "label", s  # `Tựu trường các cấp học: Ngày 26/8/2024 (thứ Hai).`
    if expr.open_end:
        basis = _from_moment(ctx, expr, where, before)
        if basis[0]:
            return basis
    if expr.kind == "day" and low.startswith(",", expr.end) and MARKERS_ONLY.fullmatch(low, where.line_start, s) \
            and _under_timetable(low, where.line_start, g):
        return "cell", s  # a timetable's bullet `- Ngày 05/02/2026, các thôn tổ chức …` (typed, or Word's own)
    if is_cell(where):
        lead = _PERIOD_END_LEAD.search(before) if expr.kind != "day" else None
        return "cell", s - len(before) + lead.start() if lead else s  # `Cuối tháng 11/2025: Công bố …`
    if expr.clock:
        return "event", s
    m = g["event"].search(before, max(0, len(before) - 40))
    if m and expr.kind == "day":
        return "event", s - len(before) + m.start()
    if expr.is_range and expr.kind != "year" and (before.endswith("(") or MARKERS_ONLY.fullmatch(low, where.line_start, s)
                                                  or expr.cells):
        # a timetable line `- Từ ngày 10/11 đến ngày 28/11/2025.`, an item's `(từ 17/12 đến 25/01/2026)`,
        # the `bắt đầu` and `kết thúc` cells of a table row
        return "range", s
    if expr.is_range and expr.kind in ("day", "month") and _held_over(ctx, where, s):
        # `tổ chức Hội nghị … trong thời gian từ ngày … đến ngày …`; a fronted `Trong thời gian
        # từ ngày … đến ngày …, các đơn vị tổ chức …` takes its words in
        fronted = _FRONTED_RANGE.fullmatch(low, where.clause_start, s)
        return "range", fronted.end(1) if fronted and fronted.end(1) < s else s
    if expr.kind in ("month", "quarter", "year") and before.endswith("(") and \
            _ASIDE_END.match(low, expr.end):
        return "period", s  # an item's timing in brackets: `… liệt sĩ (Quý IV/2013, Quý I/2014 và thường xuyên).`
    if previous is not None and previous.basis in ("cue", "period", "label") and \
            _DATE_LIST_JOIN.fullmatch(low, previous.end, s):
        return previous.basis, s  # `Quý IV/2025 và Quý I/2026`: the list shares its cue
    clause = low[where.clause_start:s]
    clause = clause[MARKERS_ONLY.match(clause).end():].lstrip("( ")  # `(Thời gian từ ngày 04/2 đến ngày 08/2/2026)`
    if clause and g["time_label"].match(clause) and not g["label_reject"].search(clause) \
            and not _LATER_CUE.search(low, expr.end, where.clause_end):
        return "label", s  # `Thời gian chậm nhất gửi báo cáo … ngày 23/3/2026` (unless a cue binds a later date)
    return "", 0


def _from_moment(ctx: _Context, expr: TimeExpr, where: Place, before: str) -> tuple[str, int]:
    """A day after `từ` that is due: the entry of a timetable it opens (`- Từ ngày …: Ban
    Thường trực … họp …`, due that day), or the moment set for the recipients to stop or start (`nghỉ
    học và dừng tất cả các hoạt động … từ 13 giờ 00 ngày 26/7/2020 cho đến khi có thông báo mới`)."""
    low, g, s = ctx.low, ctx.g, expr.start
    if low.startswith("từ", s):
        at = s  # an open range takes its `từ` in
    else:
        lead = _FROM_LEAD.search(before)
        if lead is None:
            return "", 0
        at = s - len(before) + lead.start()
    if MARKERS_ONLY.fullmatch(low, where.line_start, at) and _under_timetable(low, where.line_start, g) and \
            (_ENTRY_COLON.match(low, expr.end) or not low[expr.end:where.line_end].strip(" \t.;")):
        return "cell", at  # `- Từ ngày …: …`, or the `Thời gian` cell of a table row read one cell a line
    if MARKERS_ONLY.fullmatch(low, where.line_start, at):  # its bullet typed, or Word's own (not in the text)
        entry = _ENTRY_COLON.match(low, expr.end)
        reach = min(where.line_end, entry.end() + _ENTRY_VERB_REACH) if entry else 0
        clause_end = _ENTRY_CLAUSE_END.search(low, entry.end(), reach) if entry else None
        reach = clause_end.start() if clause_end else reach
        if entry and low[entry.end() - 1] == ":" and \
                (g["activity"].search(low, entry.end(), reach) or g["duty"].search(low, entry.end(), reach)):
            # a dated bullet of a party's duties, in no timetable: `1. Ban Thường trực …:` ⏎ `- Từ ngày
            # 04/02/2026: Chủ trì họp với …` (not `- Từ ngày 01/02/2026: 100.000 đồng/người/buổi`)
            return "cell", at
    a, b = label_before(where, low, at)
    if expr.clock and a < b and g["time_label"].search(low, a, b) and not g["label_reject"].search(low, a, b) \
            and not low[b:at].strip(" :\t*_"):
        # `Thời gian tổ chức: từ 7 giờ 30 phút, ngày 20/10/2025`: the hour an event begins (not `Thời gian
        # thực hiện: Từ ngày 01/01/2012`, when a policy starts to apply)
        return "label", at
    clause = low[where.clause_start:at]
    if g["halt"].search(clause, max(0, len(clause) - 100)) and not g["history"].search(clause) \
            and not g["not_due"].search(low, max(0, at - 40), at):  # not `có hiệu lực từ`
        return "halt", at
    return "", 0


def _under_timetable(low: str, line_start: int, g) -> bool:
    """Whether the lines above (other entries, their wrapped lines and `+` sub-items, a lead-in `cụ thể
    như sau:`) lead up to a timetable's heading: `1. Thời gian`, `III. LỊCH TRÌNH THỰC HIỆN`, `Tiến độ thực
    hiện:`, `II. NỘI DUNG, THỜI GIAN THỰC HIỆN`."""
    end = line_start - 1
    entries = 0
    for _ in range(_TIMETABLE_LINES):
        if end < 0 or entries >= _TIMETABLE_REACH:
            return False
        start = low.rfind("\n", 0, end) + 1
        head = MARKERS_ONLY.match(low, start, end).end()
        line = low[head:end].strip(" \t*_")
        text = line.rstrip(":")
        marker = low[start:head].strip(" \t*_")
        end = start - 1
        if not text or marker == "+":
            continue  # a blank line; a sub-item of the entry above (`+ Danh sách người ứng cử;`)
        if len(text) <= 80 and (g["timetable_heading"].match(text) or g["timetable_part"].search(text)):
            return not g["label_reject"].search(text)  # not `Thời gian áp dụng`
        if not marker and _LEAD_IN.search(line):
            continue  # `Thời gian cụ thể như sau:`
        entries += 1
        if not _ENTRY_OPENING.match(text) and (line.endswith(":") or marker):
            return False  # another item or a heading of something else (`Mức hỗ trợ:`): not a timetable
    return False


def _held_over(ctx: _Context, where: Place, s: int) -> bool:
    """Whether a range says when an activity is held (`tổ chức Hội nghị … trong thời gian từ ngày …
    đến ngày …`, `các thôn tổ chức hội nghị cử tri từ ngày … đến hết ngày …`), not which period a
    report covers or a passive rule applies to (`được thực hiện từ ngày …`)."""
    low, g = ctx.low, ctx.g
    clause = low[where.clause_start:s]
    window = max(0, len(clause) - _ACTIVITY_REACH)
    activity = None
    for activity in g["activity"].finditer(clause, window):
        pass
    if activity is None and _FRONTED_RANGE.fullmatch(clause):
        # `Trong thời gian từ ngày … đến ngày …, các đơn vị tổ chức kiểm tra …`: the activity follows
        return bool(g["activity"].search(low, where.end, where.clause_end))
    if activity is None or (_PASSIVE.search(clause, max(0, activity.start() - 12), activity.start())
                            and not g["held"].match(activity.group())):
        return False  # `được thực hiện từ ngày …` (a rule applies), but `cũng được tổ chức từ ngày …` (held)
    if _POSSESSIVE.search(clause, activity.end()) and not _DURING.search(clause):
        # `quỹ tiền lương … của doanh nghiệp từ ngày …`: the period of a thing, not of an activity; but
        # `tổ chức Hội nghị lấy ý kiến của cử tri … trong thời gian từ ngày …` times the activity itself
        return False
    return not g["reported"].search(clause, window) and not g["budget"].search(clause, window)


def _period_bound(ctx: _Context, expr: TimeExpr, where: Place, cue_at: int, cue: str, time_label: bool,
                  previous: _Found | None) -> bool:
    """Whether `trong` / `vào` / `dự kiến` + a period binds a duty: `hoàn thành trong quý II/2020`, `tổ
    chức … trong tháng 12/2025`, `(trong năm 2013)`, a fronted `Trong tháng 12/2025, các đơn vị tổ chức
    …`; not the period a report covers (`báo cáo kết quả … trong năm 2014`) nor a statement of what
    was done (`Trong năm 2025, HĐND tỉnh đã ban hành …`)."""
    low, g = ctx.low, ctx.g
    head = low[where.clause_start:cue_at]
    if time_label or g["completion"].search(head, max(0, len(head) - 30)) or g["strong_period_cue"].match(cue) \
            or head.endswith("(") or (previous is not None and previous.basis == "period" and cue_at - previous.end < 100):
        return True
    if stated(low[expr.end:min(where.clause_end, expr.end + 60)], g, after=True):
        return False  # `… đề ra trong năm 2025 đã được …`
    if not MARKERS_ONLY.fullmatch(low, where.line_start, cue_at):
        window = max(0, len(head) - 150)
        phrase = max(window, head.rfind(",") + 1)  # the verb phrase the period ends
        return bool(g["duty"].search(head, window)) and not g["reported"].search(head, phrase) \
            and not g["budget"].search(head, window)
    after = low[expr.end:min(where.clause_end, expr.end + 150)]
    duty = g["duty"].search(after)
    return duty is not None and not stated(after[:duty.start()], g) and not told(after, g)


def _too_old(due: str, resolver: Resolver, strong: bool) -> bool:
    """History, not an obligation: more than a year before the document's date; a table cell, an event
    or a range without a cue before the document's date (what a report tells, not what it asks)."""
    day = dt.date.fromisoformat(due)
    if resolver.issued:
        return (resolver.issued - day).days > (365 if strong else 3)
    return bool(resolver.year) and day.year < resolver.year - 1


def _counted(ctx: _Context, expr: TimeExpr) -> _Found | None:
    """`trong thời hạn 30 ngày, kể từ …`, `không quá 08 giờ làm việc`, `sau 01 (một) ngày`: a period
    counted from an event; `6 tháng/lần`, `02 năm một lần`: a recurrence."""
    low, g = ctx.low, ctx.g
    before = low[max(0, expr.start - 80):expr.start]
    if expr.kind == "per":
        lead = _AT_LEAST.search(before)
        start = expr.start - len(before) + lead.start() if lead else expr.start
        return _Found(start, expr.end, "", False, ctx.value(expr.start, expr.end), "recurrence",
                      Place(low, expr.start, expr.end), expr=expr)
    cue = g["relative_cue"].search(before)
    if not cue:
        return _after_event(ctx, expr, before)
    if ("giờ" in expr.count and _CLOCK_COUNT.match(low, expr.end)) or _CONTINUOUS.match(low, expr.end):
        return None  # no cue; `trước 16 giờ ngày thứ Sáu` (a time of day); `12 tháng liên tục` (how long)
    where = Place(low, expr.start, expr.end)
    if where.clause_start > expr.start - len(before) + cue.start():
        return None  # the cue belongs to the clause before
    clause_before = low[where.clause_start:expr.start]
    cue_word = cue.group(0).strip()
    anchored = bool(g["relative_anchor"].match(low, expr.end))
    labelled = bool(g["relative_label"].search(clause_before))
    before_event = cue_word.endswith("trước") and not cue_word.startswith("trong")
    if not (anchored or labelled or before_event) or \
            (cue_word in ("là", "trong", "sau", "trước") and not (anchored or labelled)):
        return None  # a duration, not a time limit counted from an event
    sentence = _SENTENCE_END.search(low, max(0, expr.start - 300), expr.start)
    sentence_start = sentence.end() if sentence else max(0, expr.start - 300)
    if g["extension_word"].search(low, sentence_start, expr.start) and sentence:
        # an extension is of the kind of what it extends, told in the sentence before
        before_that = _SENTENCE_END.search(low, max(0, sentence.start() - 300), sentence.start())
        sentence_start = before_that.end() if before_that else max(0, sentence.start() - 300)
    if g["duration"].search(low, sentence_start, expr.start) or g["history"].search(clause_before):
        return None  # how long goods are kept (and its extension), a term of office: not a time limit to act
    start = expr.start - len(before) + cue.start()
    return _Found(start, expr.end, "", False, count_value(ctx.value(expr.start, expr.end)), "relative", where, expr=expr)


def _after_event(ctx: _Context, expr: TimeExpr, before: str) -> _Found | None:
    """A period written after the event it counts from: `gửi Biên bản … ngay sau khi tổ chức hội nghị 01
    ngày`, `sau hội nghị 02 ngày`, `chậm nhất sau khi kết thúc quý 15 ngày`: no date, the period in
    `recurrence`. Only where the clause asks for something (a duty or a due cue)."""
    low, g = ctx.low, ctx.g
    event = _AFTER_EVENT.search(before)
    if event is None or _PERIOD_NOUN.search(before) or _CLOCK_COUNT.match(low, expr.end) or not _COUNT_END.match(low, expr.end):
        return None
    where = Place(low, expr.start, expr.end)
    start = expr.start - len(before) + event.start()
    if start < where.clause_start:
        return None
    clause = low[where.clause_start:where.clause_end]
    if not (g["duty"].search(clause) or _LATER_CUE.search(clause)) or g["history"].search(clause) \
            or g["duration"].search(clause):
        return None
    return _Found(start, expr.end, "", False, count_value(ctx.value(expr.start, expr.end)), "relative", where, expr=expr)


def _enumerated(ctx: _Context, exprs: list[TimeExpr]) -> list[_Found]:
    """`định kỳ 06 tháng (trước ngày 05 tháng 5), 9 tháng (trước ngày 05 tháng 9), năm (…)`: one row
    per period, due on its own date."""
    low, resolver = ctx.low, ctx.resolver
    out: list[_Found] = []
    if "(" not in low:
        return out
    days = [e for e in exprs if e.kind == "day"]
    starts = [e.start for e in days]
    for expr in exprs:
        if expr.kind != "periodic":
            continue
        pos = _LIST_SEP.match(low, expr.end).end()
        while True:
            m = _ENUM_ITEM.match(low, pos)
            if not m:
                break
            i = bisect.bisect_left(starts, m.start())
            if i >= len(days) or days[i].end > m.end():
                break
            due, inferred = resolver.resolve(days[i])
            if due:
                start = expr.start if not out or out[-1].expr is not expr else m.start()
                out.append(_Found(start, m.end(), due, inferred, ctx.value(m.start("period"), m.end("period")),
                                  "cue", Place(low, m.start(), m.end()), expr=expr))
            sep = _LIST_SEP.match(low, m.end())
            if not sep.group().strip():
                break
            pos = sep.end()
    for item in out:
        item.expr = None
    return out


def _recurrences(ctx: _Context, exprs: list[TimeExpr], taken) -> list[_Found]:
    """Recurring duties: `định kỳ hằng tuần`, `Định kỳ 6 tháng, năm`, `Hằng năm, đơn vị …`, `báo cáo
    định kỳ`, and the recurrences listed on a time line (`Thời gian thực hiện: 6 tháng, hằng năm và định kỳ`)."""
    low, g = ctx.low, ctx.g
    out: list[_Found] = []
    for expr in exprs:
        if expr.kind not in ("every", "periodic", "count") or taken.overlaps(expr.start, expr.end):
            continue
        where = Place(low, expr.start, expr.end)
        a, b = label_before(where, low, expr.start)
        on_time_line = a < b and bool(g["time_label"].search(low, a, b)) and not g["label_reject"].search(low, a, b)
        if expr.kind == "count" and not on_time_line:
            continue
        m = RECURRENCE_LIST.match(low, expr.start)
        if not m or taken.overlaps(expr.start, m.end()):
            continue
        clause = low[where.clause_start:where.clause_end]
        before = low[where.clause_start:expr.start]
        after = low[m.end():where.clause_end]
        items = [p.span() for p in RECURRENCE_ITEM.finditer(low, m.start("list"), m.end("list"))]
        names = [squash(low[a:b]) for a, b in items]
        lead = bool(m.group("lead"))
        if g["history"].search(clause) or g["duration"].search(before) or (not on_time_line and stated(before, g)):
            continue  # (`đến nay 100% hồ chứa đã được kết nối, cung cấp … dữ liệu hàng ngày`: what is done)
        if not (on_time_line or _recurring_duty(before, after, clause, lead, names, g)):
            continue
        # `định kỳ và đột xuất`: one regime, written whole in the surface
        unscheduled = _UNSCHEDULED.match(low, m.end()) if names == ["định kỳ"] else None
        end = unscheduled.end() if unscheduled else m.end()
        # `chậm nhất ngày 5 hằng tháng`: the day of each period the duty falls due on is the surface's
        day = _DAY_OF_PERIOD.search(low, max(where.clause_start, expr.start - 40), expr.start)
        start = day.start() if day else expr.start
        for a, b in items:
            out.append(_Found(start, end, "", False, ctx.value(a, b), "recurrence", where, expr=expr))
        taken.add(start, end)
    return out


def _regimes(ctx: _Context, taken) -> list[_Found]:
    """A reporting regime that names its periods: `Thực hiện chế độ báo cáo tuần, tháng, quý, năm …`,
    `chế độ báo cáo định kỳ (tháng, quý, năm)`, `báo cáo định kỳ (6 tháng, năm)`: one row per period. One
    that names none (`chế độ thông tin, báo cáo theo quy định`) is no deadline."""
    low = ctx.low
    out: list[_Found] = []
    for anchor in _REPORT.finditer(low):
        m = _REGIME.match(low, anchor.start())
        regime = _REGIME_LEAD.search(low, max(0, anchor.start() - 30), anchor.start())
        if m is None or not (regime or m.group("open")) or taken.overlaps(m.start(), m.end()):
            continue
        # the surface is the periods (with `định kỳ`): `chế độ báo cáo` stays in the task
        start = m.start("periodic") if m.group("periodic") else m.start("open") if m.group("open") else m.end()
        listed = RECURRENCE_LIST.match(low, m.end())
        if listed is None or _YEAR_AFTER.match(low, listed.end()) or \
                (m.group("open") and not low.startswith(")", listed.end())):
            continue
        end = listed.end() + 1 if m.group("open") else listed.end()
        where = Place(low, start, end)
        if ctx.g["history"].search(low, where.clause_start, start):
            continue
        for item in RECURRENCE_ITEM.finditer(low, listed.start("list"), listed.end("list")):
            if item.group() != "định kỳ":
                out.append(_Found(start, end, "", False, ctx.value(*item.span()), "recurrence", where))
        taken.add(start, end)
    return out


def _recurring_duty(before: str, after: str, clause: str, lead: bool, items: list[str], g) -> bool:
    """A recurrence that says when a duty recurs (`Hằng năm, Quỹ …`, `định kỳ hằng tuần báo cáo`,
    `công khai … hàng quý, năm theo quy định`), not a noun's modifier (`kế hoạch hoạt động hằng năm`,
    `ngân sách hàng năm`)."""
    if g["noun_head"].search(before):
        return False
    if lead and items != ["định kỳ"]:
        return True  # `định kỳ` + periods
    if MARKERS_ONLY.fullmatch(before):
        return True  # fronted: `Hằng năm, …`, `- Định kỳ tổng hợp, báo cáo …`
    if g["duty"].match(after.lstrip(" ,\n")):
        return True  # `hằng năm báo cáo …`, `định kỳ kiểm tra …`
    if items == ["định kỳ"] and _UNSCHEDULED.match(after) and not g["budget"].search(before) \
            and (g["duty"].search(before) or _REGIME_WORD.search(before)):
        # a regime of regular and ad-hoc reports or checks, no period named: `Thực hiện chế độ báo cáo tình
        # hình … định kỳ và đột xuất`, `báo cáo định kỳ hoặc đột xuất về …`, `kiểm tra … theo chế độ định kỳ …`
        return True
    ends_clause = not after.strip(" ,\n).") or _CLAUSE_CLOSER.match(after)
    # `công khai … hàng quý, năm theo quy định`; not a budget's year (`bố trí trong dự toán … hằng năm`)
    return bool(ends_clause) and bool(g["duty"].search(before)) and not g["budget"].search(before)


def _merge_recurrences(found: list[_Found], resolver: Resolver) -> list[_Found]:
    """A recurrence that opens the clause of a dated deadline, or follows its date, belongs to it:
    `Hằng năm, … trước ngày 31 tháng 3`, `trước ngày 30 tháng 11 hằng năm`, `định kỳ hàng năm (trước ngày 15/11`.
    One that opens the clause times every date after it (`Hằng năm, quyết định mức tiền lương … trước ngày 15
    tháng 4, mức tiền thưởng … trước ngày 30 tháng 6`), each taken in the document's year as any yearly date."""
    dated: dict[int, list[tuple[_Found, int]]] = {}  # by clause: a scan of every dated one was quadratic
    for f in found:
        if f.due:
            dated.setdefault(f.where.clause_start, []).append((f, f.start))
    out = []
    for item in found:
        if item.basis == "recurrence":
            hosts = dated.get(item.where.clause_start, ())
            host = next((d for d, start in hosts if item.end <= start or 0 <= item.start - d.end <= 3), None)
            if host is not None:
                host.recurrence = host.recurrence or item.recurrence
                if item.end <= host.start and host.start - item.end <= 40 and host.basis == "cue":
                    host.start = item.start  # `định kỳ hàng năm (trước ngày 15/11`: one surface
                opens = MARKERS_ONLY.fullmatch(item.where.low, item.where.clause_start, item.start)
                if opens and _YEARLY.fullmatch(item.recurrence.lower()):
                    for other, start in hosts:
                        if start > item.end and (other is host or not other.recurrence):
                            other.recurrence = other.recurrence or item.recurrence
                            if other.inferred and other.expr is not None and not other.expr.year_shift:
                                other.due, other.inferred = resolver.resolve(other.expr, yearly=True)
                continue
        out.append(item)
    return _one_a_period(out)


def _one_a_period(found: list[_Found]) -> list[_Found]:
    """A recurrence written twice in one clause is one duty: `Hàng tháng kiểm tra, rà soát … báo cáo … trước ngày
    22 hàng tháng` keeps the row that says on which day (the longer surface)."""
    longest: dict[tuple[int, str], _Found] = {}
    for f in found:
        if f.basis == "recurrence":
            key = (f.where.clause_start, squash(f.recurrence.lower()).replace("hàng", "hằng"))
            if key not in longest or f.end - f.start > longest[key].end - longest[key].start:
                longest[key] = f
    if len(longest) == sum(f.basis == "recurrence" for f in found):
        return found
    kept = {id(f) for f in longest.values()}
    return [f for f in found if f.basis != "recurrence" or id(f) in kept]


class _Spans:
    """Sorted intervals with a fast overlap test: the spans already taken by a deadline."""

    def __init__(self, spans=()):
        self.spans = sorted(spans)
        self.longest = max((e - s for s, e in self.spans), default=0)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.spans, (start - self.longest, -1))
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e = self.spans[i]
            if s < end and start < e:
                return True
            i += 1
        return False
