"""Undated deadlines: periods counted from an event (`trong thời hạn 30 ngày, kể từ …`, `sau hội nghị 02
ngày`), recurring duties (`định kỳ hằng tuần`, `Hằng năm, …`, `6 tháng/lần`), reporting regimes that name
their periods (`chế độ báo cáo tuần, tháng, quý, năm`), a periodic list with a date for each period, and
recurrences merged into the dated deadline whose clause they open or whose date they follow.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import partial

import regex

from .deadline_dates import RECURRENCE_ITEM, RECURRENCE_LIST, WEEKDAY, WEEKDAY_WORD, Resolver, TimeExpr, count_value
from .deadline_grammar import LATER_CUE, YEARLY, Context, Found, ending
from .deadline_layout import MARKERS_ONLY, Place, is_cell, label_before
from .deadline_statements import stated
from .deadline_subjects import is_agent
from .deadline_tasks import EDITOR_NOTE
from .textfold import squash

# `định kỳ 06 tháng (trước ngày 05 tháng 5), 9 tháng (…), năm (…)`: each period with its own date.
_LIST_SEP = regex.compile(r"\s*(?:(?:,|;|và)\s*)?")
_ENUM_ITEM = regex.compile(r"(?P<period>0?\d{1,2}\s+tháng|năm|quý)\s*\(\s*(?:trước|chậm nhất|hạn chót)[^()]{0,40}\)")
_CLOCK_COUNT = regex.compile(r"\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*(?:ngày|thứ|chiều|sáng|tối)(?![\p{L}])")
_AT_LEAST = regex.compile(r"(?:ít\s+nhất|tối\s+thiểu)\s*$")
# `sau khi tổ chức hội nghị`, `ngay sau hội nghị`: the event (a few words, no number or punctuation)
# whose end a period counts from, the period written after it
_AFTER_EVENT = ending(r"(?<![\p{L}])(?:ngay\s+|chậm\s+nhất\s+(?:là\s+)?)?sau\s+(?:khi\s+)?(?:[\p{L}]+\s+){1,8}$")
# a time limit's label right before its count (`Thời hạn giải quyết:`, `Thời hạn thực hiện:`, `Thời hạn:`)
_LIMIT_LABEL = ending(r"(?<![\p{L}])thời\s+hạn(?:\s+\p{L}+){0,3}\s*:\s*$")
_PERIOD_NOUN = ending(r"(?<![\p{L}])(?:thời\s+hạn|thời\s+gian|thời\s+hiệu|vòng|quá|trong|tối\s+đa|tối\s+thiểu)\s*$")  # `sau thời hạn 60 ngày`
_COUNT_END = regex.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:[.;,:)]|\n|$|(?:để|và|kể)(?![\p{L}]))")
_CONTINUOUS = regex.compile(r"\s*(?:liên\s+tục)")
_SENTENCE_END = regex.compile(r"[.!?]\s|\n\s*\n", regex.REVERSE)
_REPORT = re.compile(r"báo cáo")  # a literal scan: the regime grammar runs only where it occurs
# `chế độ (thông tin,) báo cáo (định kỳ) …` or `báo cáo định kỳ (…)`: what a regime's periods follow
_REGIME = regex.compile(r"báo\s+cáo\s+(?P<periodic>định\s+kỳ\s*)?(?P<open>\(\s*)?")
_PERIODIC = regex.compile(r"(?<![\p{L}])định\s+kỳ(?![\p{L}])")
_UNSCHEDULED = regex.compile(r"\s*(?:,|và|hoặc|hay)\s*(?:khi\s+)?đột\s+xuất(?![\p{L}])")
_REGIME_WORD = regex.compile(r"(?<![\p{L}])chế\s+độ(?![\p{L}])")
_REGIME_LEAD = ending(r"(?<![\p{L}])chế\s+độ\s+(?:thông\s+tin\s*,?\s*)?$")
_YEAR_AFTER = regex.compile(r"\s*(?:/\s*)?\d|\s+học(?![\p{L}])")  # `báo cáo năm 2025`, `năm học`: not a period
# the day of each period a duty falls on: `ngày 25` (of a month), `thứ Sáu`, `sáng thứ Hai`, `Chủ nhật` (of a week)
# (or days: `vào ngày 05 và 20 hàng tháng`)
# (weekdays listed by their numbers after one `thứ`: `vào ngày thứ 3, 6 hàng tuần`)
_DAY = r"(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*|(?:ngày\s+)?" + WEEKDAY + \
    r"(?:\s*(?:,|và)\s*(?:thứ\s+)?" + WEEKDAY_WORD + r"(?![\p{L}\d]))*)"
# `chậm nhất ngày 5 hằng tháng`, `Định kỳ vào thứ Hai hằng tuần`: written before the period, with its cue
# (group `timed`: the day follows `định kỳ` or a due cue)
# (after a due cue the day may go without its `ngày`: `định kỳ trước 25 hằng tháng báo cáo …`)
_DAY_OF_PERIOD = regex.compile(r"(?<![\p{L}])(?P<timed>định\s+kỳ\s*[,:]?\s+)?(?:(?P<timed>trước|chậm\s+nhất|muộn\s+nhất|"
                            r"hạn\s+chót)\s+(?:là\s+)?(?:vào\s+)?(?:\d{1,2}(?!\d)|" + _DAY + r")|(?:vào\s+)?" + _DAY
                            + r")\s+$", regex.REVERSE)
# a bare `định kỳ` the day of a period follows (`Định kỳ vào thứ Hai hằng tuần`): that period's row takes it in
_DAY_THEN_PERIOD = regex.compile(r"\s*,?\s*(?:vào\s+)?" + _DAY + r"\s+(?:hằng|hàng)\s+(?:tuần|tháng)(?![\p{L}])")
# (or the hour the recurring duty starts, after a comma: `… vào sáng thứ 7 hàng tuần, thời gian bắt đầu từ 7h`)
# (or the colon that lists the period's slots: `… vào các ngày cố định hằng tuần, gồm: Vào cuối giờ chiều thứ Sáu: …`)
_CLAUSE_CLOSER = regex.compile(r"^\s*,?\s*(?:theo\s+(?:đúng\s+)?quy\s+định|một\s+lần|"
                               r"(?:gồm|cụ\s+thể(?:\s+như\s+sau)?)\s*:|"
                               r"(?<=,\s*)(?:thời\s+gian\s+)?(?:bắt\s+đầu\s+)?(?:từ|lúc|vào)\s+\d{1,2}\s*(?:h|giờ))")


def counted(ctx: Context, expr: TimeExpr) -> Found | None:
    """`trong thời hạn 30 ngày, kể từ …`, `không quá 08 giờ làm việc`, `sau 01 (một) ngày`: a period
    counted from an event; `6 tháng/lần`, `02 năm một lần`: a recurrence."""
    low, g = ctx.low, ctx.g
    before = low[max(0, expr.start - 80):expr.start]
    if expr.kind == "per":
        lead = _AT_LEAST.search(before)
        start = expr.start - len(before) + lead.start() if lead else expr.start
        return Found(start, expr.end, "", False, ctx.value(expr.start, expr.end), "recurrence",
                      Place(low, expr.start, expr.end), expr=expr)
    cue = g["relative_cue"].search(before)
    if not cue:
        if _LIMIT_LABEL.search(before) and g["relative_anchor"].match(low, expr.end):
            # `Thời hạn giải quyết: 90 ngày, kể từ ngày nhận được hồ sơ hợp lệ` (an administrative procedure's time
            # limit, as the lists of procedures a decision announces write it), counted from an event (not `Thời hạn
            # sử dụng: 5 năm`, how long a thing lasts)
            return Found(expr.start, expr.end, "", False, count_value(ctx.value(expr.start, expr.end)), "relative",
                         Place(low, expr.start, expr.end), expr=expr)
        return _after_event(ctx, expr, before) or _before_event_named_after(ctx, expr)
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
    said = low[sentence_start:expr.start]
    if "]" in said:  # a legal database's note (`[Điểm này được sửa đổi bởi … có hiệu lực kể từ …]`) is not the text's
        said = EDITOR_NOTE.sub("", said)
        said = said[said.rfind("]") + 1:]  # (a note the look-back starts inside)
    if g["duration"].search(said) or g["history"].search(clause_before):
        return None  # how long goods are kept (and its extension), a term of office: not a time limit to act
    start = expr.start - len(before) + cue.start()
    return Found(start, expr.end, "", False, count_value(ctx.value(expr.start, expr.end)), "relative", where, expr=expr)


def _before_event_named_after(ctx: Context, expr: TimeExpr) -> Found | None:
    """A period, then the event it is counted back or on from: `3 tuần trước khi thực tập bắt đầu`, `1 tuần sau khi
    kết thúc thực tập` (a timetable's time cell, or a clause that asks for something): no date, the period in
    `recurrence`; not how long a state lasted (`02 năm trước khi nghỉ hưu` in a clause that asks nothing)."""
    low, g = ctx.low, ctx.g
    event = _COUNT_THEN_EVENT.match(low, expr.end)
    if event is None or _CLOCK_COUNT.match(low, expr.end):
        return None
    where = Place(low, expr.start, expr.end)
    if _DAY_WRITTEN.search(low, where.line_start, expr.start):
        return None  # `Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử`: the date said again, counted back
    clause = low[where.clause_start:where.clause_end]
    # (a time cell of its own: the period opens its line, `| 3. | Phân công … | Khoa | 3 tuần trước khi thực tập … |`)
    cell = is_cell(where) or not low[where.line_start:expr.start].strip(" \t|-+*•")
    if not (cell or g["duty"].search(clause) or LATER_CUE.search(clause)) or g["history"].search(clause) \
            or g["duration"].search(clause):
        return None
    end = where.line_start + len(low[where.line_start:where.line_end].rstrip(" \t.;,|")) if cell else event.end()
    period = count_value(ctx.value(expr.start, expr.end))
    return Found(expr.start, end, "", False, period, "relative", where, expr=expr)


# after a count, the event it is counted from (`… trước khi thực tập bắt đầu`, `… sau khi kết thúc …`)
# (not a date nor an hour: `Báo cáo 6 tháng trước ngày 25 tháng 4`, the report's period, then its due date)
_COUNT_THEN_EVENT = regex.compile(r"[ \t]+(?:trước|sau)(?:[ \t]+khi)?(?=[ \t]+\p{L})"
                                  r"(?![ \t]+(?:ngày|giờ|thứ|tháng|năm)(?![\p{L}]))")
_DAY_WRITTEN = regex.compile(r"\d{1,2}[ \t]*/[ \t]*\d{1,2}|ngày[ \t]+\d")


def _after_event(ctx: Context, expr: TimeExpr, before: str) -> Found | None:
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
    if not (g["duty"].search(clause) or LATER_CUE.search(clause)) or g["history"].search(clause) \
            or g["duration"].search(clause):
        return None
    return Found(start, expr.end, "", False, count_value(ctx.value(expr.start, expr.end)), "relative", where, expr=expr)


def enumerated(ctx: Context, exprs: list[TimeExpr]) -> list[Found]:
    """`định kỳ 06 tháng (trước ngày 05 tháng 5), 9 tháng (trước ngày 05 tháng 9), năm (…)`: one row
    per period, due on its own date."""
    low, resolver = ctx.low, ctx.resolver
    out: list[Found] = []
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
                out.append(Found(start, m.end(), due, inferred, ctx.value(m.start("period"), m.end("period")),
                                  "cue", Place(low, m.start(), m.end()), expr=expr))
            sep = _LIST_SEP.match(low, m.end())
            if not sep.group().strip():
                break
            pos = sep.end()
    for item in out:
        item.expr = None
    return out


_ASIDE = regex.compile(r"\([^()]*\)")
# a line of the document's bases: `Căn cứ …`, `Theo đề nghị của …`, `Xét đề nghị của …`
BASES_LINE = regex.compile(r"[ \t\-–+•*]*(?:căn\s+cứ|(?:theo|xét)\s+đề\s+nghị)(?![\p{L}])")
# a period word its number follows names one period (`tháng 6`, `quý III`, `học kỳ I`), not every one
_BARE_PERIOD = regex.compile(r"năm|quý|tháng|tuần|học\s+kỳ")
_NAMED_PERIOD = regex.compile(r"[ \t]+(?:\d|[ivx]+(?![\p{L}]))")
# the same said after a comma: `… vào ngày 05 và 20 hàng tháng, nếu trùng vào ngày nghỉ, ngày lễ thì tổ chức tiếp vào ngày
# gần nhất` (the holiday names no occasion the duty is told of)
_DAY_MOVED = regex.compile(r",\s*(?:nếu|trường\s+hợp|khi)\s+trùng(?![\p{L}])[^.;\n]*")


def recurrences(ctx: Context, exprs: list[TimeExpr], taken) -> list[Found]:
    """Recurring duties: `định kỳ hằng tuần`, `Định kỳ 6 tháng, năm`, `Hằng năm, đơn vị …`, `báo cáo
    định kỳ`, and the recurrences listed on a time line (`Thời gian thực hiện: 6 tháng, hằng năm và định kỳ`)."""
    low, g = ctx.low, ctx.g
    out: list[Found] = []
    for expr in exprs:
        if expr.kind not in ("every", "periodic", "count") or taken.overlaps(expr.start, expr.end):
            continue
        # the list first: most counts are periods (`30 ngày`) that open none, settled before their line is read
        m = RECURRENCE_LIST.match(low, expr.start)
        if not m or taken.overlaps(expr.start, m.end()):
            continue
        where = Place(low, expr.start, expr.end)
        a_label, b_label = label_before(where, low, expr.start)
        on_time_line = a_label < b_label and bool(g["time_label"].search(low, a_label, b_label)) \
            and not g["label_reject"].search(low, a_label, b_label)
        # a table row's cell that holds the period alone (`| … | Sở Nội vụ | … | Hàng năm |`, which normalize sets one
        # cell a line, ` \n ` between): the row's time column
        on_time_line = on_time_line or (low.startswith("\n ", where.line_start - 1) and
                                        not low[where.line_start:expr.start].strip() and
                                        not low[m.end():where.line_end].strip() and
                                        low.count("\n ", where.clause_start, where.line_start) >= 2)
        if expr.kind == "count" and not on_time_line:
            continue
        items = [p.span() for p in RECURRENCE_ITEM.finditer(low, m.start("list"), m.end("list"))]
        if items and _NAMED_PERIOD.match(low, items[-1][1]) and _BARE_PERIOD.fullmatch(low, *items[-1]):
            items.pop()  # `phiên tiếp công dân định kỳ tháng 6`, `quý III`: that one period's, not each one's
            if not items:
                continue
        names = [squash(low[a:b]) for a, b in items]
        if names == ["định kỳ"] and _DAY_THEN_PERIOD.match(low, m.end()):
            continue
        # `chậm nhất ngày 5 hằng tháng`, `vào thứ Sáu hàng tuần`: the day of each period the duty falls on is
        # the surface's; the clause is read without it (`Định kỳ vào thứ Hai hằng tuần, …` is fronted)
        day = _DAY_OF_PERIOD.search(low, max(where.clause_start, expr.start - 40), expr.start)
        start = day.start() if day else expr.start
        clause = low[where.clause_start:where.clause_end]
        before = low[where.clause_start:start]
        after = low[m.end():where.clause_end]
        # a day of each period after `định kỳ` or a due cue (`tiếp công dân định kỳ vào ngày 20 hàng tháng`, `đăng ký:
        # trước ngày 15 hàng tháng`) says the duty recurs, whatever its verb
        lead = bool(m.group("lead")) or bool(day and day.group("timed"))
        # (or the clause names its duty periodic before the day: `Lịch tiếp công dân định kỳ của Chủ tịch UBND xã được
        # bố trí vào ngày thứ năm hàng tuần`)
        lead = lead or bool(day and _PERIODIC.search(before))
        # (or the day of each period is a label's whole value, a roster's line: `- Ban giám hiệu: vào ngày thứ 3, 6 hàng
        # tuần` under `1. Lịch tiếp công dân:`)
        lead = lead or bool(day and a_label < b_label and not low[b_label:day.start()].strip(" :\t*_"))
        # (not in a bracket's aside: `… vào thứ 5 hàng tuần (nếu trùng vào ngày Lễ, Tết thì …)` moves the day, it tells
        # no history)
        told = _ASIDE.sub(" ", clause) if "(" in clause else clause
        told = _DAY_MOVED.sub(" ", told) if "trùng" in told else told
        if not on_time_line and BASES_LINE.match(low, where.line_start):
            continue  # (`Căn cứ vào kế hoạch số 233/KHCL-MNDT …; và tờ trình bổ sung hàng năm.`: a basis assigns nothing)
        if g["history"].search(told) or g["duration"].search(before) or (not on_time_line and stated(before, g)):
            continue  # (`đến nay 100% hồ chứa đã được kết nối, cung cấp … dữ liệu hàng ngày`: what is done)
        # (a doer after the period, asked of a fronted period only: underthesea may be asked)
        agent_after = partial(_agent_after, ctx.text, low, m.end(), where.clause_end)
        if not (on_time_line or _recurring_duty(before, after, clause, lead, names, g, agent_after)):
            continue
        # `định kỳ và đột xuất`: one regime, written whole in the surface
        unscheduled = _UNSCHEDULED.match(low, m.end()) if names == ["định kỳ"] else None
        end = unscheduled.end() if unscheduled else m.end()
        # a label the period is the whole value of names the duty (`Thời gian công dân đến đăng ký: trước ngày 15 hàng
        # tháng, …`): its words, not the clause cut around the time
        task_from = ctx.text[a_label:b_label] if a_label < b_label and not low[b_label:start].strip(" :\t*_") \
            else "clause"
        for a, b in items:
            out.append(Found(start, end, "", False, ctx.value(a, b), "recurrence", where, task_from, expr=expr))
        taken.add(start, end)
    return out


def regimes(ctx: Context, taken, cited) -> list[Found]:
    """A reporting regime that names its periods: `Thực hiện chế độ báo cáo tuần, tháng, quý, năm …`,
    `chế độ báo cáo định kỳ (tháng, quý, năm)`, `báo cáo định kỳ (6 tháng, năm)`: one row per period. One
    that names none (`chế độ thông tin, báo cáo theo quy định`) is no deadline; nor one a cited document's described
    span holds (`cited`: `Thực hiện Công văn số 891/UBND … về thực hiện nghiêm chế độ thông tin, báo cáo định kỳ.`)."""
    low = ctx.low
    out: list[Found] = []
    for anchor in _REPORT.finditer(low):
        m = _REGIME.match(low, anchor.start())
        regime = _REGIME_LEAD.search(low, max(0, anchor.start() - 30), anchor.start())
        if m is None or not (regime or m.group("open")) or taken.overlaps(m.start(), m.end()) or \
                cited.overlaps(m.start(), m.end()):
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
                out.append(Found(start, end, "", False, ctx.value(*item.span()), "recurrence", where))
        taken.add(start, end)
    return out


_PURPOSE = re.compile(r"[ ,\n]*(?:nhằm|để)\s")
_AFTER_PERIOD = regex.compile(r"[ \t,:]*")


def _agent_after(text: str, low: str, period_end: int, clause_end: int) -> bool:
    """Whether a doer is named right after a period (`Hằng năm, doanh nghiệp căn cứ vào … xác định …`)."""
    return is_agent(text, low, _AFTER_PERIOD.match(low, period_end, clause_end).end(), clause_end)


def _recurring_duty(before: str, after: str, clause: str, lead: bool, items: list[str], g,
                    agent_after: Callable[[], bool]) -> bool:
    """A recurrence that says when a duty recurs (`Hằng năm, Quỹ …`, `định kỳ hằng tuần báo cáo`,
    `công khai … hàng quý, năm theo quy định`), not a noun's modifier (`kế hoạch hoạt động hằng năm`,
    `ngân sách hàng năm`)."""
    if g["noun_head"].search(before):
        return False
    if lead and items != ["định kỳ"]:
        return True  # `định kỳ` + periods
    if MARKERS_ONLY.fullmatch(before):
        # fronted: `Hằng năm, …`, `- Định kỳ tổng hợp, báo cáo …`; not a purpose alone (`- Hàng năm, nhằm thể hiện sự
        # quan tâm của Đảng bộ, chính quyền.`: what a background paragraph says the habit is for)
        # (nor a background's or a report's habit, no duty and no doer named: `- Hàng năm đến những tháng cuối năm âm
        # lịch, nước ta thường đối mặt với …`, `Hàng năm, tuyển sinh các em có hộ khẩu …`)
        purpose = _PURPOSE.match(after)
        return bool(g["duty"].search(after, purpose.end() if purpose else 0)) or (not purpose and agent_after())
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


def merge_recurrences(found: list[Found], resolver: Resolver) -> list[Found]:
    """A recurrence that opens the clause of a dated deadline, or follows its date, belongs to it:
    `Hằng năm, … trước ngày 31 tháng 3`, `trước ngày 30 tháng 11 hằng năm`, `định kỳ hàng năm (trước ngày 15/11`.
    One that opens the clause times every date after it (`Hằng năm, quyết định mức tiền lương … trước ngày 15
    tháng 4, mức tiền thưởng … trước ngày 30 tháng 6`), each taken in the document's year as any yearly date."""
    dated: dict[int, list[tuple[Found, int]]] = {}  # by clause: a scan of every dated one was quadratic
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
                if opens and YEARLY.fullmatch(item.recurrence.lower()):
                    for other, start in hosts:
                        if start > item.end and (other is host or not other.recurrence):
                            other.recurrence = other.recurrence or item.recurrence
                            if other.inferred and other.expr is not None and not other.expr.year_shift:
                                other.due, other.inferred = resolver.resolve(other.expr, yearly=True)
                continue
        out.append(item)
    return _one_a_period(out)


def _one_a_period(found: list[Found]) -> list[Found]:
    """A recurrence written twice in one clause is one duty: `Hàng tháng kiểm tra, rà soát … báo cáo … trước ngày
    22 hàng tháng` keeps the row that says on which day (the longer surface)."""
    longest: dict[tuple[int, str], Found] = {}
    recurring = [f for f in found if f.basis == "recurrence"]
    for f in recurring:
        key = (f.where.clause_start, squash(f.recurrence.lower()).replace("hàng", "hằng"))
        if key not in longest or f.end - f.start > longest[key].end - longest[key].start:
            longest[key] = f
    # (and one read inside another's surface: `Định kỳ` of `Định kỳ trước ngày 20 hằng tháng báo cáo …`)
    inside = {id(f) for f in recurring for g in recurring
              if g is not f and g.start <= f.start and f.end <= g.end and g.end - g.start > f.end - f.start}
    if len(longest) == len(recurring) and not inside:
        return found
    kept = {id(f) for f in longest.values()} - inside
    return [f for f in found if f.basis != "recurrence" or id(f) in kept]
