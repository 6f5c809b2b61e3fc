"""Dated expressions (a day, month, quarter or year, or a range of them) judged by the words and layout
around them: a cue that binds the date (`trước`, `chậm nhất`, `gia hạn … đến ngày`), a period a duty is done
in (`hoàn thành trong quý II/2020`), a time line's value, a timetable's cell or entry, an event held, a range
an activity is held over, the moment recipients stop or start (`từ 13 giờ ngày …`); not history, a
statement of what was done, an anniversary, a form's blanks, a law's year, or a date long past.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import regex

from .deadline_dates import WEEKDAY, Resolver, TimeExpr, vocabulary, words_pattern
from .deadline_grammar import LATER_CUE, YEARLY, Context, Found, ending
from .deadline_layout import MARKERS_ONLY, PERIOD_PART, Place, clause_start, is_cell, label_before, line_span
from .deadline_statements import participle_label_end, stated, told
from .deadline_subjects import is_agent
from .lexicon import load, school_levels
from .nlp_models import phrase_tags
from .pattern_cache import longest_first
from .textfold import lowered, squash

_LABEL_GAP = regex.compile(r"[ \t]*")  # between a time label and the duty it names
_DUTY_WORDS = 3  # syllables of the shortest duty a time label names
# a day of the lunar calendar (`ngày 10/3 Âm lịch`, `mùng 10/3 (âm lịch)`, `ngày 15/8/2017` ⏎ `âm lịch)` wrapped): a
# feast's date, no day of the civil calendar
_LUNAR = regex.compile(r"[ \t]*\n?[ \t]*\(?[ \t]*âm[ \t]+lịch(?![\p{L}])")
# a sentence that tells a forecast or a weather bulletin (`Theo dự báo của Trung tâm Dự báo Khí tượng Thủy văn Quốc gia,
# hồi 07 giờ ngày 13/9, vị trí tâm bão …`, `Dự báo trong 12 giờ tới, … đến 19 giờ ngày 13/9, …`): when the storm is
# expected, no time to act by
_FORECAST = regex.compile(r"[ \t\-+•*]*(?:theo[ \t]*)?dự[ \t]+báo(?![\p{L}])")
# an event told as held (`… được tổ chức vào ngày …`, `… đã diễn ra …`): on or before the document's own date, history
_HELD_REACH = 80  # characters before the time its verb stands within (the clause's start is dear to find)
_HELD_PASSIVE = regex.compile(r"(?<![\p{L}])(?:được|đã)[ \t]+(?:tổ[ \t]+chức|diễn[ \t]+ra|tiến[ \t]+hành)(?![\p{L}])")
# a storm's position at a time, as the bulletins word it (`hồi 07h00’ ngày 02/11/2017, vị trí tâm bão ở vào khoảng …`,
# `vào lúc 4h00’ sáng ngày 3/11/2017 tâm bão cách bờ biển …`): an observation or a forecast, due nowhere
_STORM_FIX = regex.compile(r"[ \t,]*(?:vị[ \t]+trí[ \t]+)?tâm[ \t]+(?:bão|áp[ \t]+thấp)(?![\p{L}])")
_SENTENCE_BREAK = regex.compile(r"[.!?;](?=[ \t]+\p{L})", regex.REVERSE)  # (the last one before a position)
_SENTENCE_REACH = 400  # characters a sentence's start is looked for before the time (a text on one line is long)


def _forecast(low: str, line_start: int, pos: int) -> bool:
    """Whether the sentence that holds `pos` opens with `(Theo) dự báo`."""
    last = _SENTENCE_BREAK.search(low, max(line_start, pos - _SENTENCE_REACH), pos)
    return bool(_FORECAST.match(low, last.end() if last else line_start, pos))


# a feast named by the full moon of its lunar month (`Rằm tháng 8`, `Rằm tháng Giêng`): the lunar calendar's month, no
# civil one (`mùng` is written of civil days too, `mùng 2/9`)
_LUNAR_DAY = ending(r"(?<![\p{L}])rằm[ \t]+$")
# a bracket opened by a verb of a few words before a period (`(trình tháng 3/2018)`, `(…, trình quý III/2018)`), not a
# law's amendment told in its bracket (`(được sửa đổi, bổ sung năm 2025)`: `_AMENDED_ASIDE`)
_AMENDED_ASIDE = regex.compile(r"được|sửa\s+đổi")
_BRACKET_VERB = ending(r"[(,][ \t]*(?P<verb>\p{Ll}+(?:[ \t]+\p{Ll}+)?)[ \t]+$")
# (or counted as the days off: `Toàn trường nghỉ 4 ngày liên tục từ thứ sáu ngày 01/09/2023 đến hết thứ hai ngày …`)
_DAYS_COUNTED = ending(r"(?<![\p{L}])(?:trong\s+(?:vòng\s+)?|nghỉ\s+)\d{1,2}\s+ngày(?:\s+liên\s+tục)?\s*[:,]?\s*"
                       r"(?:từ\s+(?:thứ\s+\p{L}+|chủ\s+nhật)\s*,?\s*)?$")
# the days counted, then named in brackets, the last with its month: `nghỉ học trong 02 ngày (25 và 26 tháng 12 năm 2017)`
_DAYS_COUNTED_NAMED = ending(r"(?<![\p{L}])trong\s+(?:vòng\s+)?\d{1,2}\s+ngày\s*\(\s*(?:ngày\s+)?(?:\d{1,2}\s*(?:,|và|-|–)\s*)*$")
# between a label and its value: the colon, and a range's `bắt đầu` (`Tuần cao điểm 26/3: Bắt đầu từ ngày 23/3/2020 …`)
_LABEL_GAP_TO_VALUE = regex.compile(r"[ :\t*_]*(?:bắt\s+đầu\s+)?")
# a day's weekday written after it with a dash, as a timetable's cell abbreviates it (`31/10/2020-T7`, `9/1/2021 - CN`)
_WEEKDAY = r"(?:[ \t]*[-–][ \t]*(?:t[2-7]|cn)(?![\p{L}\d]))?"
_VALUE_END = regex.compile(_WEEKDAY + r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:[.;]|\n|$)")  # the date is the whole value
_FROM_LEAD = ending(r"(?<![\p{L}])(?:kể\s+|bắt\s+đầu\s+)?từ\s*$")
_YEAR_CELL_LEAD = regex.compile(r"[ \t|]*(?:trong|" + PERIOD_PART + r")[ \t]+")  # `Trong năm 2026`, `Cuối năm 2026`
_PERIOD_END_LEAD = ending(r"(?<![\p{L}])" + PERIOD_PART + r"\s*$")
# what follows an entry's date: `- Từ ngày 04/02/2026: Ban Thường trực …`, `- Ngày 05/02/2026, các thôn …`
_ENTRY_COLON = regex.compile(r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?(?::(?!\d)|,)")
# (an entry's hour or part of the day may come first: `- 16h ngày 17/5/2017, các trường nhận đề thi …`)
_ENTRY_OPENING = regex.compile(r"(?:(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}\s*(?:phút|p|')?)?|sáng|chiều|tối)\s*,?\s*)?"
                               r"(?:từ\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}|tháng\s+\d")
_ENTRY_CLOSING = regex.compile(r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?" + _WEEKDAY +
                               r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?[.;]?$")
_WRAPPED_TAIL = 12  # the most characters of a heading's word or two wrapped alone onto its next line
_GLUED_MARKER = regex.compile(r"(?:\d{1,2}|[ivx]+)[.)](?=\p{L})")
_TIMETABLE_REACH = 12  # entries (and their wrapped lines) from an entry up to its timetable's heading
_TIMETABLE_LINES = 60  # lines, sub-items and blank lines included
# where an entry's activity's verb stands after its colon: within its first clause, behind a subject as
# long as `Ban Thường trực Ủy ban MTTQ Việt Nam xã` (not `100.000 đồng/người/buổi`, which has none)
_ENTRY_VERB_REACH = 100
# a sum reckoned on its line, rate times count equals total (a benefit decision's back pay, a deduction)
_RECKONED = regex.compile(r"\d[\d.,]*[^\n=]{0,24}?[ \t][x×][ \t]*\d[^\n=]{0,40}=[ \t]*\d")
_ENTRY_CLAUSE_END = regex.compile(r";|\.(?:\s|$)")
_LEAD_IN = regex.compile(r"(?:như\s+sau|cụ\s+thể)\s*:$")
_AUDIENCE_GROUP = regex.compile(r"(?:riêng\s+)?đối\s+với\s")
_NAMED_YEAR = regex.compile(r"(?<![\p{L}])năm\s+(\d{4})(?![\d/])")
_DOCUMENT_NAME = ending(r"(?<![\p{L}])(?:luật|bộ\s+luật|hiến\s+pháp|pháp\s+lệnh)(?:\s+[\p{L},]+){1,10}\s+$")
_ACTIVITY_REACH = 150  # characters from an activity's verb to the range that times it
_FRONTED_RANGE = regex.compile(r"(" + MARKERS_ONLY.pattern + r")(?:trong\s+(?:khoảng\s+)?thời\s+gian\s*)?", regex.I)
_POSSESSIVE = regex.compile(r"(?<![\p{L}])của(?![\p{L}])")
_ACCORDING_TO = regex.compile(r"(?<![\p{L}])theo(?![\p{L}])")
_DURING = regex.compile(r"(?<![\p{L}])trong\s+(?:khoảng\s+)?thời\s+gian\s*$")  # `… trong thời gian từ ngày …`
_PASSIVE = regex.compile(r"(?:được|áp\s+dụng)\s*$")
# a negated predicate (`không tổ chức`, `không thực hiện`), not the cues and limits that open with `không` (`không
# quá`, `không muộn hơn`, `không để … chậm`)
_NOT_DONE = regex.compile(r"(?<![\p{L}])không\s+(?!quá|muộn|chậm|để|được|phải|kịp)\p{Ll}")
_PLACE_DATE = regex.compile(r"\p{L}[\p{L} .'-]{1,40},\s*(?:ngày\s*)?$", regex.REVERSE)
_WEEKDAY_OPENS = regex.compile(WEEKDAY + r"(?![\p{L}\d])")
_DATE_LINE_REST = regex.compile(r"\s*,\s*(?:ngày[\s.…]*)?$")  # after the place: its day may be left blank
_ASIDE_END = regex.compile(r"[^()\n]{0,60}\)\s*(?:[.;:]|\n|$)")  # a bracketed timing that ends its item
_STAMP_DATE_FIELD = ending(r"(?<![\p{L}])ngày(?:\s+đến)?\s*:\s*$")  # a stamp's `Ngày:` field right before the date
_STAMP_LINES = 3  # lines above a stamp's `Ngày:` its title may stand on (`Số:` between)
# a timetable's bullet that opens with its day and goes on with the task, no comma between: `- Ngày 31/8/2017 và ngày
# 04/9/2017 giáo viên đưa các cháu ra sân để tổng duyệt` (the next day listed, or a word)
_ENTRY_DAY_THEN_TASK = regex.compile(r"[ \t]+(?:và[ \t]+ngày[ \t]+\d|(?!và(?![\p{L}]))\p{L})")
_DAY_WORD = ending(r"(?<![\p{L}])ngày[ \t]*$")
# `trong ngày 15/3/2026` after a duty (`phải treo cờ Tổ quốc trong ngày 01 tháng 01 năm 2021`, `báo cáo … trong ngày …`):
# the day the work is done within
_WITHIN_DAY = ending(r"(?<![\p{L}])trong[ \t]+(?:ngày[ \t]*)?$")


@lru_cache(maxsize=1)
def _document_dated() -> regex.Pattern:
    """A type of document right before the day (`thực hiện Kế hoạch ngày 20/12/2024`): the document's date, no
    event's (the types of models/doc_types.tsv)."""
    words = sorted((regex.escape(word) for word in load().type_by_word), key=len, reverse=True)
    return ending(r"(?<![\p{L}])(?:" + "|".join(words) + r")[ \t]+(?:ngày[ \t]*)?$")


# a figure right after a time reached with `đến` (`đến cuối năm 2017 là 29 đảng viên`, `đến ngày 30/11, có 12 xã`)
_FIGURE_AFTER = regex.compile(r"[ \t]*,?[ \t]*(?:là|có|đạt)[ \t]+(?:khoảng[ \t]+|gần[ \t]+|trên[ \t]+)?\d")
_REACHED = ending(r"(?<![\p{L}])(?:đến|tới)[ \t]+(?:" + PERIOD_PART + r"[ \t]+)?$")
_DATE_LIST_JOIN = regex.compile(r"\s*(?:,|và|;)\s*(?:ngày\s*)?")  # between two dates of one list


def dated(ctx: Context, expr: TimeExpr, previous: Found | None) -> Found | None:
    """A day, month, quarter or year (or a range of them) judged by the words and layout around it."""
    low, g, resolver = ctx.low, ctx.g, ctx.resolver
    yearly_words = YEARLY.match(low, expr.end)
    yearly = bool(yearly_words)
    named_year = _year_named_before(ctx, expr) if expr.year_shift else None
    due, inferred = resolver.resolve(expr, yearly=yearly, named_year=named_year)
    if not due or _anniversary(expr) or _LUNAR.match(low, expr.end) or _form_line(low, expr.start) \
            or _LUNAR_DAY.search(low, max(0, expr.start - 12), expr.start) or _registry_stamp(ctx, expr.start) \
            or _sessions_days(low, expr) or _school_named_by(low, expr.start):
        return None
    if _old_whatever_said(due, resolver, expr, yearly):
        return None
    before = low[max(0, expr.start - 160):expr.start]
    if g["snapshot"].search(before, max(0, len(before) - 40)):
        return None  # `thời điểm báo cáo là ngày 30/9`: the day a report's figures are counted at (a due cue between,
        # `Thời điểm báo cáo: trước ngày 15/12`, keeps the label from ending where the date starts)
    if _FIGURE_AFTER.match(low, expr.end) and _REACHED.search(before, max(0, len(before) - 16)):
        return None  # `Tổng số đảng viên đến cuối năm 2017 là 29 đảng viên`: a count as of then
    where = Place(low, expr.start, expr.end)
    if _forecast(low, where.line_start, expr.start) or _STORM_FIX.match(low, expr.end):
        return None
    if expr.is_range and _RECKONED.search(low, where.line_start, where.line_end):
        return None  # `- 01/10/2005 đến 31/03/2006, 6 tháng x 300.000 đ = 1.800.000 đồng`: the months a sum is for
    if resolver.issued and due <= resolver.issued.isoformat() and \
            _HELD_PASSIVE.search(low, max(where.line_start, expr.start - _HELD_REACH), expr.start):
        return None  # `Đại hội chi bộ … được tổ chức từ 13 giờ 30 đến 17 giờ ngày 15/01/2018` in its resolution: held
    if g["not_due"].search(before, max(0, len(before) - 40)):
        # `có hiệu lực từ ngày`, `tính đến ngày`, `kể từ ngày`: not due, unless the `từ` opens an entry of
        # a timetable or sets the moment the recipients must stop or start
        basis, start = _from_moment(ctx, expr, where, before)
    else:
        basis, start = _basis(ctx, expr, where, before, previous)
    if not basis:
        return None
    if expr.part_end:  # (`trong tuần đầu tháng 11/2024`: due when the part of the month ends)
        due, inferred = resolver.resolve(expr, yearly=yearly, named_year=named_year)
    clause_before = low[where.clause_start:expr.start]
    # (a table row's status stands in its own time cell, read as a line of its own: `chưa` in the task cell above
    # tells of the task's object, `Phụ đạo học sinh chưa hoàn thành nhiệm vụ | Tổ chuyên môn | Tháng 10/2024`; so does
    # its occasion, `Hội diễn văn nghệ chào mừng | Sáng 15/11/2024`)
    status_from = max(where.line_start, where.clause_start) if basis == "cell" else where.clause_start
    own_before = low[status_from:expr.start]
    history = g["history"].search(own_before, max(0, len(own_before) - 60))
    if history and not _ahead_of_event(history.group(), due, resolver) and _names_the_day(g, own_before, history) or \
            (basis != "extension" and stated(low[status_from:expr.start], g) and _past_told(ctx, where, expr.start)):
        return None
    if basis in ("range", "period", "cell") and _NOT_DONE.search(clause_before) and \
            not _labelled_after_comma(ctx, clause_before):
        return None  # `Các thôn này không tổ chức Hội nghị … (giai đoạn từ 17/12/2025 đến 25/01/2026)`: a window of
        # something the text says is not done
    # (a table's time cell `Trong năm 2026` is a period the row's task ends with, as `trong năm 2026` is in a clause)
    year_cell = basis == "cell" and (expr.time_column or
                                     bool(_YEAR_CELL_LEAD.fullmatch(low, where.line_start, expr.start)))
    if expr.kind == "year" and (basis not in ("cue", "period", "label") and not year_cell
                                or (expr.first and basis != "period" and not expr.time_column)
                                or not expr.time_column and _named_document(ctx, expr.start)):
        # a year alone in a cell or a range of years is a programme period, not a deadline (but under a task table's
        # time column, the row's due year); after a document's name (`Luật Hải quan năm 2014`) it is the document's
        # (not a time column's, past the row's task cell: `Báo cáo tổng kết … Luật Thủ đô | … | 2023`)
        return None
    if basis == "cell" and not _WEEKDAY_OPENS.match(low, expr.start) and \
            (_PLACE_DATE.search(low, where.line_start, expr.start) or _place_above(low, where, expr.start)):
        return None  # the document's own place and date (never a weekday's: `… | Cô Lê Thị Nga, | Thứ Ba | 08/06/2021`)
    if _own_date_line(ctx, low, where.line_start, expr.start):
        return None  # (`Thường Nga, ngày …  tháng 10  năm 2015`: its day left blank, the month read as a deadline)
    if basis == "cue" and low.startswith("trước", start) and _STATE_SINCE.match(low, expr.end):
        return None  # `cơ sở KCB mà trước ngày 01/01/2025 đã được xác định là tuyến tỉnh`: a state held by then
    if basis == "cue" and expr.kind != "day" and not expr.is_range and low.startswith("trước", start):
        due, inferred = resolver.resolve(expr, before_period=True, named_year=named_year)
    # (a report tells what was done: before its own date, only a due cue's date can still bind)
    told = lowered(ctx.meta.doc_type or "") in _REPORTS and basis != "cue"
    # (a task table's time column is the plan's own schedule: a year just past when it was signed is still due)
    strong = (basis in ("cue", "extension", "period", "label") or expr.time_column) and not told
    if _too_old(due, resolver, strong=strong):
        return None
    if told and _reported_span(expr, resolver):
        return None
    task_from = "clause"
    a, b = label_before(where, low, expr.start)
    if a < b and g["note_label"].fullmatch(low, a, b + 1):
        a = b = expr.start  # `Lưu ý: …` labels the note, not the time: the task is the clause's
    label = g["time_label"].search(low, a, b) if a < b else None
    duty = _named_duty(ctx, _label_verb(ctx.low, label), b) if label and label.start() == a else ""
    if duty:
        task_from = duty  # `Hạn đăng ký và nộp hồ sơ cấp trường: trước 17h00 ngày 10/12/2025`
    elif label:
        task_from = "item"  # `Thời gian thực hiện: …`, `Thời gian hoàn tất: trước ngày …`: the item's task
    elif basis == "label" and a < b:
        task_from = ctx.text[a:b]
    elif basis == "cell":
        task_from = "row"
    # `trước ngày 05 tháng 7 hàng năm`: the date recurs, whatever the clause's object (`dự toán kinh phí`)
    recurrence = ctx.value(yearly_words.start("every"), yearly_words.end()) if yearly_words else ""
    end = yearly_words.end() if yearly_words else expr.end  # (the surface the keys write: `… tháng 11 hằng năm`)
    return Found(start, end, due, inferred, recurrence, basis, where, task_from, expr)


def _labelled_after_comma(ctx: Context, clause_before: str) -> bool:
    """Whether the time is given its own label after the clause's last comma (`yêu cầu các đơn vị điều chỉnh thiết kế
    không sử dụng tàu cuốc, thời gian thực hiện xong trong tháng 6/2026`): a `không` before it is the task's content."""
    comma = clause_before.rfind(",")
    return comma >= 0 and bool(ctx.g["time_label"].match(clause_before[comma + 1:].lstrip()))


def _past_told(ctx: Context, where: Place, pos: int) -> bool:
    """Whether the status word before a time reports the past: not where it stands in a label that describes the
    thing handed in (`- Danh sách cử tri đã được rà soát: gửi về … trước ngày …`) and the words after the label
    state nothing done."""
    label_end = participle_label_end(ctx.low, ctx.text, max(where.line_start, where.clause_start), pos)
    return label_end < 0 or stated(ctx.low[label_end:pos], ctx.g)


def _names_the_day(g, before: str, history) -> bool:
    """Whether the date is the day the history or occasion marker names (`thi đua chào mừng ngày 20/11/2024`), not the
    time of the event held for it (`Tổ chức Lễ kỷ niệm … vào ngày 18/11/2024`, models/deadlines.json
    `event_time_cues`) nor a later part of the clause (`… chào mừng ngày Nhà giáo Việt Nam 20/11, hoàn thành trước
    ngày 16/11/2024`), nor the time after a label that names the occasion (`- 50 năm Ngày Giải phóng miền Nam (30/4):
    Vận động hộ dân treo cờ Tổ quốc từ ngày 27/04/2025 …`), nor a date due (`… hồ sơ khen thưởng Kỷ niệm chương về
    Văn phòng Công đoàn trước ngày 6/6/2011`: the medal's name holds the marker's word)."""
    between = before[history.end():]
    return "," not in between and ";" not in between and ":" not in between and g["event_time"].search(between) is None \
        and g["due_cue"].search(between) is None


def _ahead_of_event(marker: str, due: str, resolver: Resolver) -> bool:
    """Whether a history marker before a date names an event still to come, so the date can be a deadline: an
    event that has happened when named (`nhập ngũ`, `tham gia kháng chiến`) dated after the document itself is a
    duty's (`hoàn thành hồ sơ gọi công dân nhập ngũ trước ngày 30/11/2025`)."""
    return bool(resolver.issued) and squash(marker) in vocabulary()["past_event_markers"] \
        and dt.date.fromisoformat(due) > resolver.issued


def _old_whatever_said(due: str, resolver: Resolver, expr: TimeExpr, yearly: bool) -> bool:
    """Whether `dated` would reject the date as too old whatever the words around it make of it (a
    fifth of the dated expressions outside citations), so they need not be read: history by the
    strong test, and the due date can only move earlier before the last test (a year left out of a
    `hằng năm` date may move a year later: judged in full)."""
    return _too_old(due, resolver, strong=True) and not (yearly and expr.year is None)


def _year_named_before(ctx: Context, expr: TimeExpr) -> int | None:
    """The last year the clause names before `expr` (`Báo cáo kết quả năm 2025 …`), not a law's
    (`Luật Đất đai năm 2024`)."""
    years = [m for m in _NAMED_YEAR.finditer(ctx.low, clause_start(ctx.low, expr.start), expr.start)
             if not _named_document(ctx, m.start())]
    return int(years[-1].group(1)) if years else None


def _named_document(ctx: Context, pos: int) -> bool:
    """Whether a document's name ends at `pos`: a capitalised type word (`Luật`, `Hiến pháp`, `Pháp lệnh`)
    and the capitalised words of its name (`Luật Hải quan năm 2014`)."""
    m = _DOCUMENT_NAME.search(ctx.low, max(0, pos - 80), pos)
    return m is not None and ctx.text[m.start()].isupper()


def _form_line(low: str, pos: int) -> bool:
    """A form's blanks (`Ngày ...... tháng ...... năm`) on the line: a template, not an obligation."""
    start, end = line_span(low, pos)
    return low.find(".....", start, end) >= 0 or low.find("……", start, end) >= 0


def _registry_stamp(ctx: Context, pos: int) -> bool:
    """The `Ngày:` of an incoming-mail stamp (`CÔNG VĂN ĐẾN` ⏎ `Số: 123` ⏎ `Ngày: 12/3/2026` ⏎ `Chuyển: …`, or on one
    line): when the letter came in, no obligation. The field right before the date, the stamp's title in capitals on its
    line or the few above."""
    low = ctx.low
    start, _ = line_span(low, pos)
    if not _STAMP_DATE_FIELD.search(low, start, pos):
        return False
    for _ in range(_STAMP_LINES):
        start = low.rfind("\n", 0, max(0, start - 1)) + 1
    return _stamp_title().search(ctx.text, start, pos) is not None


@lru_cache(maxsize=1)
def _stamp_title() -> regex.Pattern:
    return regex.compile(r"(?<![\p{L}])(?:" + words_pattern(vocabulary()["stamp_titles"]) + r")(?![\p{L}])")


def _anniversary(expr: TimeExpr) -> bool:
    """`30/4/1975 - 30/4/2025`: the same day of two years spans an anniversary."""
    first = expr.first
    return expr.kind == "day" and first is not None and bool(first.year and expr.year) and \
        first.year != expr.year and (first.day, first.month) == (expr.day, expr.month)


def _basis(ctx: Context, expr: TimeExpr, where: Place, before: str, previous: Found | None):
    """Why this expression is a deadline, and where its surface starts; ("", 0) when it is not."""
    low, g, s = ctx.low, ctx.g, expr.start
    m = g["due_cue"].search(before) or (g["until_day_cue"].search(before) if expr.kind == "day" else None) or \
        (g["until_end_cue"].search(before) if expr.kind == "month" else None)
    if m:
        return "cue", s - len(before) + m.start()
    m = g["until_end_cue"].search(before) if expr.kind == "day" else None
    if m and g["window_word"].search(low, where.clause_start, s - len(before) + m.start()):
        # a window's end (`lùi thời gian nhận tác phẩm dự thi đến hết ngày 15/12/2021`, `trong thời gian từ khi nhận
        # được văn bản này đến hết ngày …`), not a policy's term (`… được áp dụng đến hết ngày 31/12/2024`)
        return "cue", s - len(before) + m.start()
    m = g["extension"].search(before) if "gia hạn" in before or "kéo dài" in before else None
    if m:
        return "extension", s - len(before) + m.start()
    a, b = label_before(where, low, s)
    time_label = a < b and bool(g["time_label"].search(low, a, b)) and not g["label_reject"].search(low, a, b)
    m = g["period_cue"].search(before)
    part = m.group("part") if m else None
    end_day = vocabulary()["period_parts"][" ".join(part.split())] if part else 0
    if end_day and expr.kind != "month":
        m = None  # `đầu năm 2025`, `giữa quý II`: no day to be due by (`cuối năm 2025` is its end)
    if m:
        cue_at = s - len(before) + m.start()
        if _period_bound(ctx, expr, where, cue_at, m.group("cue") or part, time_label, previous):
            if part and expr.kind == "month":
                expr.part_end = end_day  # (the due date is read from the expression: the part's last day)
            return "period", cue_at
    if time_label:
        return "label", s
    if a < b and expr.kind == "day" and _LABEL_GAP_TO_VALUE.fullmatch(low, b, s) and len(low[a:b].split()) <= 12 \
            and not g["label_reject"].search(low, a, b) and _VALUE_END.match(low, expr.end):
        return "label", s  # `Tựu trường các cấp học: Ngày 26/8/2024 (thứ Hai).`
    if expr.open_end:
        basis = _from_moment(ctx, expr, where, before)
        if basis[0]:
            return basis
    if expr.kind == "day" and _DATE_ALONE_BRACKETED.fullmatch(low, where.line_start, where.line_end) and \
            _heading_above(ctx.text, where.line_start):
        return "event", s  # a programme's session under its heading: `PHIÊN THỨ NHẤT` ⏎ `(Ngày 20/3/2023)`
    if expr.kind == "day" and (halt := _halt_on_day().search(before, max(0, len(before) - 40))) and \
            not _titled_by_type(ctx.text, where.line_start, s - len(before) + halt.start()) and \
            not (not halt.group("on") and _CAPITALISED.search(ctx.text, s - len(before) + halt.start() + 2, s)):
        return "halt", s - len(before) + halt.start("on")  # `… được nghỉ vào ngày 04/11/2017 do ảnh hưởng …`
    if expr.kind == "day" and (within := _WITHIN_DAY.search(before, max(0, len(before) - 12))) and \
            g["obligation"].search(low, where.clause_start, s):
        return "cue", s - len(before) + within.start()
    if expr.kind == "day" and (low.startswith(",", expr.end) or _ENTRY_DAY_THEN_TASK.match(low, expr.end)) and \
            low[MARKERS_ONLY.match(low, where.line_start, s).end():s] in ("", "vào ", "bắt đầu ") \
            and _under_timetable(low, where.line_start, g):
        # a timetable's bullet `- Ngày 05/02/2026, các thôn tổ chức …`, `Vào ngày 26, 28, 29/3/2017, …`, `* Bắt đầu từ
        # ngày 03/8/2020 đến 21/8/2020 tiếp nhận đơn …`
        return "cell", s
    if expr.kind == "day" and _fronted_day_duty(ctx, expr, where):
        return "cell", s  # `- Ngày 18/5/2017, các trường tổ chức in sao …`: a bullet that says who does what then
    if expr.kind == "day" and _VALUE_END.match(low, expr.end) and _named_entry(ctx.text, low, where.line_start, s) \
            and _under_timetable(low, where.line_start, g):
        return "cell", s  # a timetable's entry that names an activity, its day last (`- Bóng đá mini ngày 20/11/2020`)
    if expr.kind == "day" and _DAY_ASIDE_OPEN.search(before) and _DAY_ASIDE_END.match(low, expr.end) and \
            _bulleted_timetable(low, where.line_start):
        return "aside", s  # a month's bullets, each closed by its day: `- Nhà trường tổ chức khai giảng (05/9)`
    if is_cell(where):
        lead = _PERIOD_END_LEAD.search(before) if expr.kind != "day" else None
        return "cell", s - len(before) + lead.start() if lead else s  # `Cuối tháng 11/2025: Công bố …`
    if expr.clock:
        return "event", s
    m = g["event"].search(before, max(0, len(before) - 40))
    if m and expr.kind == "day":
        return "event", s - len(before) + m.start()
    m = g["event_object"].search(before, max(0, len(before) - 90)) if expr.kind == "day" and (
        low.startswith("ngày", s) or before.endswith(("ngày", "ngày "))) else None
    if m and not _document_dated().search(before, m.start()):
        day_word = _DAY_WORD.search(before, m.start())  # (its surface the day, `ngày` and all, as the keys write it)
        return "event", s - len(before) + day_word.start() if day_word else s
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
    if expr.is_range and expr.kind == "day" and g["halt"].search(low, max(where.clause_start, s - 100), s) and \
            not g["history"].search(low, where.clause_start, s):
        # the days a halt lasts (`tiếp tục cho học sinh nghỉ học từ ngày 02/3/2020 cho đến hết ngày 15/3/2020`): due
        # when it ends, as a range of a held activity is
        return "range", s
    if expr.kind == "month" and not expr.is_range and g["halt"].search(low, max(where.clause_start, s - 100), s) and \
            not g["history"].search(low, where.clause_start, s):
        # a halt over a month (`Tạm dừng việc tiếp công dân trong tháng 10 tại Trụ sở …`): due at its end
        return "halt", s - len("trong ") if before.endswith("trong ") else s
    if expr.is_range and expr.kind == "day" and _DAYS_COUNTED.search(before) \
            and not g["reported"].search(low, where.clause_start, s):
        # the days counted, then named: `… treo cờ Tổ quốc … trong 03 ngày từ ngày 13 đến hết ngày 15 tháng 5 năm 2019`
        # (what is done on those days, whatever its verb)
        return "range", s
    if expr.kind == "day" and "(" in before[-20:]:
        named = _DAYS_COUNTED_NAMED.search(before)
        if named and not g["reported"].search(low, where.clause_start, s):
            if low.startswith(")", expr.end):
                expr.end += 1  # (the bracket closes in the surface, not the task)
            return "range", s - len(before) + named.start()
    if expr.kind in ("month", "quarter", "year") and before.endswith("(") and \
            _ASIDE_END.match(low, expr.end):
        return "period", s  # an item's timing in brackets: `… liệt sĩ (Quý IV/2013, Quý I/2014 và thường xuyên).`
    if expr.kind in ("month", "quarter", "year") and before.endswith(" ") and _ASIDE_END.match(low, expr.end):
        verb = _BRACKET_VERB.search(before)
        duty = ctx.g["duty"].match(verb.group("verb")) if verb else None
        bracket = before[before.rfind("("):] if duty else ""
        if duty and duty.end() == len(verb.group("verb")) and "(" in bracket and not _AMENDED_ASIDE.search(bracket):
            # the bracket names what is done by then: `Đề án … (trình tháng 3/2018)`, `(hoàn thành quý III/2025)`
            return "period", s - len(before) + verb.start("verb")
    if previous is not None and previous.basis in ("cue", "period", "label", "cell") and \
            _DATE_LIST_JOIN.fullmatch(low, previous.end, s):
        return previous.basis, s  # `Quý IV/2025 và Quý I/2026`: the list shares its cue
    clause = low[where.clause_start:s]
    clause = clause[MARKERS_ONLY.match(clause).end():].lstrip("( ")  # `(Thời gian từ ngày 04/2 đến ngày 08/2/2026)`
    note = g["note_label"].match(clause)
    clause = clause[note.end():] if note else clause  # `Lưu ý: thời gian nhận hồ sơ từ ngày …`
    if not g["time_label"].match(clause) and ":" in clause:
        # the time told after the colon of the request it times: `Các đ/c … gửi văn bản về cho BTT UBMT phường: Thời
        # gian từ ngày 19/8/2015 đến 28/8/2015 …`
        clause = clause[clause.rfind(":") + 1:].lstrip(" *_")
    if clause and g["time_label"].match(clause) and not g["label_reject"].search(clause) \
            and not LATER_CUE.search(low, expr.end, where.clause_end) \
            and not (expr.kind == "year" and _NAMED_SCHEDULE.match(clause)):
        return "label", s  # `Thời gian chậm nhất gửi báo cáo … ngày 23/3/2026` (unless a cue binds a later date)
    return "", 0


_LABEL_HEAD = regex.compile(r"(?:thời\s+gian|thời\s+hạn)[ \t]+")


def _label_verb(low: str, label) -> int:
    """Where the duty a time label names opens: after the label, or at a verb the label's words end with when it is
    no bare `thực hiện`, `hoàn thành` (`Thời gian tổ chức hội nghị ở các ấp:`: `tổ chức hội nghị ở các ấp`; models/
    deadlines.json `time_labels`, `label_bare_verbs`)."""
    head = _LABEL_HEAD.match(low, label.start(), label.end())
    if head is None or " ".join(low[head.end():label.end()].split()) in _bare_verbs():
        return label.end()
    return head.end()


# `Lịch tiếp công dân năm 2021 …`, `thông báo lịch làm việc năm 2026`: a schedule named with the year it covers, no
# time label (`Lịch: tháng 9/2025`)
_NAMED_SCHEDULE = regex.compile(r"lịch[ \t]+\p{L}")


def _named_duty(ctx: Context, at: int, end: int) -> str:
    """The duty a time label names after its word (`Hạn đăng ký và nộp hồ sơ cấp trường:`, `Thời hạn nộp báo cáo
    tổng kết:`): words that open with a verb by underthesea's tags, three or more, not a verb that only says the work
    is done (`Thời hạn hoàn thành:`, models/deadlines.json `label_bare_verbs`); "" otherwise (the item's task)."""
    at = _LABEL_GAP.match(ctx.low, at, end).end()
    words = ctx.low[at:end].split()
    if words[:1] == ["việc"] and len(words) >= _DUTY_WORDS:
        # `Thời gian hoàn thành việc tổng kết ở khu dân cư:`: what `việc` names is the duty, a verb made a noun
        return ctx.text[at + len("việc"):end].strip()
    if len(words) < _DUTY_WORDS or " ".join(words[:2]) in _bare_verbs() or words[0] in _bare_verbs():
        return ""
    tags = phrase_tags(ctx.text[at:end])
    return ctx.text[at:end] if tags and tags[0][1] == "V" else ""


@lru_cache(maxsize=1)
def _bare_verbs() -> frozenset[str]:
    return frozenset(vocabulary()["label_bare_verbs"])


@lru_cache(maxsize=1)
def _halt_on_day() -> regex.Pattern:
    """A halt set on a day (`cho học sinh nghỉ học vào ngày 04/11`, `được nghỉ ngày …`): the day it falls on."""
    # (a few words may name the halt or count its days: `được nghỉ lễ 1 ngày 06/4/2017`, `nghỉ bù vào ngày 02/5/2017`)
    return ending(r"(?<![\p{L}])(?:" + words_pattern(vocabulary()["halt_verbs"]) + r")(?:[ \t]+[\p{L}\d]+){0,3}?[ \t]+"
                  r"(?P<on>(?:vào[ \t]+)?(?:ngày[ \t]*)?)$")


# a capitalised word between a halt and its day, no `ngày` before it: the day names the occasion (`nghỉ lễ Quốc khánh
# 02/9`, `nghỉ Giỗ Tổ Hùng Vương 10/3`), whose date it is, not the day off
_CAPITALISED = regex.compile(r"(?<![\p{L}])\p{Lu}")
_DATE_ALONE_BRACKETED = regex.compile(r"[ \t]*\([ \t]*(?:ngày[ \t]*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}[ \t]*\)[ \t.]*")


# A council's session named over its resolution's preamble (`KHÓA VII KỲ HỌP THỨ 10` ⏎ `(Từ ngày 05 đến ngày
# 07/12/2007)`): the days it sat, the resolution passed on its last
_SESSION = regex.compile(r"(?i)kỳ[ \t]+họp[ \t]+(?:thứ|lần)")
_BRACKET_LINE = regex.compile(r"(?m)[ \t]*\([^()\n]{0,60}\)[ \t.]*$")


@lru_cache(maxsize=1)
def _school_level_before() -> regex.Pattern:
    """A school's level right before a date: the date names the school (`trường Mẫu giáo 2/9`, `Trường THCS
    19/5`, schools named after the day of a national event), models/school_levels.tsv."""
    # (a level, not `trường` alone: `tựu trường ngày 28/8`, the day pupils gather, is a deadline)
    words = {spelling for row in school_levels() for spelling in row}
    return ending(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, longest_first(words))) + r")[ \t]+$")


def _school_named_by(low: str, start: int) -> bool:
    return _school_level_before().search(low, max(0, start - 40), start) is not None


def _sessions_days(low: str, expr: TimeExpr) -> bool:
    """Whether the expression is the days of a session, in brackets on a line of its own under the session's name."""
    line_start = low.rfind("\n", 0, expr.start) + 1
    if low[expr.start - 1:expr.start] != "(" and not low[line_start:expr.start].strip(" \t").endswith("("):
        return False
    if not _BRACKET_LINE.match(low, line_start):
        return False
    above = low[:max(0, line_start - 1)].rstrip()
    return bool(_SESSION.search(above, above.rfind("\n") + 1))


def _heading_above(text: str, line_start: int) -> bool:
    """Whether the line with text above `line_start` is a heading in capitals (`PHIÊN THỨ NHẤT`, `NGÀY THỨ HAI`)."""
    above = text[:max(0, line_start - 1)].rstrip()
    line = above[above.rfind("\n") + 1:].strip()
    return 3 <= len(line) <= 60 and line.isupper()


def _titled_by_type(text: str, line_start: int, at: int) -> bool:
    """Whether the words before `at` end with a document's type written with its capital, as a portal's post title or
    breadcrumb has it (`Thông báo nghỉ học thứ 2 ngày 26/11/2018`): the title of a post, no sentence of the document."""
    words = text[line_start:at].split()[-2:]
    return bool(words) and words[0][:1].isupper() and " ".join(words).lower() in load().type_by_word


_BEGINS_FROM = regex.compile(r"bắt\s+đầu\s+từ(?![\p{L}])")


def _from_moment(ctx: Context, expr: TimeExpr, where: Place, before: str) -> tuple[str, int]:
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
    if expr.clock and _BEGINS_FROM.match(low, at):
        return "event", s  # `Lễ Khai mạc bắt đầu từ 9 giờ ngày 26/3/2012`: the hour an event begins
    clause = low[where.clause_start:at]
    if g["halt"].search(clause, max(0, len(clause) - 100)) and not g["history"].search(clause) \
            and not g["not_due"].search(low, max(0, at - 40), at):  # not `có hiệu lực từ`
        return "halt", at
    return "", 0


# A day in brackets that closes its line (`(05/8)`, `( chiều 28/9 )`, `(Sáng 28/8).`, `( ngày 6/9).`): a school's month
# of bullets writes each task's day so, with no cue word.
_DAY_ASIDE_OPEN = ending(r"\([ \t]*(?:(?:sáng|chiều|trưa|tối|ngày)[ \t]+)*$")
_DAY_ASIDE_END = regex.compile(r"[ \t]*\)[ \t]*[.;]?[ \t]*(?:\n|$)")
_DAY_ASIDE_LINE = regex.compile(r"\([ \t]*(?:(?:sáng|chiều|trưa|tối|ngày)[ \t]+)*\d{1,2}[ \t]*/[ \t]*\d{1,2}"
                                r"(?:[ \t]*/[ \t]*\d{2,4})?[ \t]*\)[ \t]*[.;]?[ \t]*$", regex.M)
_ASIDE_REACH = 1200  # characters around a bracketed day looked through for another (a month's block of bullets)


def _bulleted_timetable(low: str, line_start: int) -> bool:
    """Whether the line at `line_start` is a bullet, or a day alone in brackets right under one (a table's cell on a
    line of its own: `- Tổ chức cho học sinh tựu trường` ⏎⏎ `( 19/8/2019)`), and another bullet near it closes with its
    day in brackets too: a timetable written as bullets, not a day told in passing (`… là Ngày hội của toàn dân (ngày
    15/3/2026).`)."""
    bullet = MARKERS_ONLY.match(low, line_start).group().strip(" \t*_|")
    if bullet not in ("-", "+", "•", "–"):
        end = line_start
        while end and low[end - 1] in " \t\n":
            end -= 1  # (the line above, past blank lines)
        previous = low[low.rfind("\n", 0, end) + 1:end].lstrip(" \t")
        if low[line_start:line_start + 80].lstrip(" \t")[:1] != "(" or previous[:1] not in ("-", "+", "•", "–"):
            return False
    near = _DAY_ASIDE_LINE.finditer(low, max(0, line_start - _ASIDE_REACH), line_start + _ASIDE_REACH)
    return sum(1 for _ in zip(range(2), near)) >= 2


_ROW_NUMBER = regex.compile(r"\d{1,3}[ \t]+(?=\p{L})")
_DAY_COLUMN_HEADER = regex.compile(r"(?:stt|tt)[ \t]+.*(?<![\p{L}])(?:ngày|thời gian)(?![\p{L}])")
_ENTRY_NAME_WORDS = 8  # an activity's name before its day, in a timetable's entry (`Bóng đá mini`, `Khai mạc hội thi`)
_ENTRY_NAME = regex.compile(r"[\p{L}\d \t,&/-]+?(?:[ \t]*[:\-–][ \t]*|[ \t]+ngày)?[ \t]*$")


def _named_entry(text: str, low: str, line_start: int, s: int) -> bool:
    """Whether the line up to the day at `s` is an entry's marker and a short name (no clause: no `;`, no `.`), the
    name capitalised (not a sentence's wrapped end: `thắng giải là ngày 15/12/2025.`)."""
    head = MARKERS_ONLY.match(low, line_start, s).end()
    row_number = _ROW_NUMBER.match(low, head, s)  # (a table's row flattened to a line: `1 Việt dã 31/10/2020-T7`)
    head = row_number.end() if row_number else head
    name = _ENTRY_NAME.fullmatch(low, head, s)
    return name is not None and text[head:head + 1].isupper() and 0 < len(low[head:s].split()) <= _ENTRY_NAME_WORDS


_FRONTED_DAY_COMMA = regex.compile(r",[ \t]*")
_NUMBERED_OBJECT = regex.compile(r"[ \t]+(?:\p{L}+[ \t]+){1,3}số[ \t]*:?[ \t]*\d")  # `… Văn bản số 473/…`


def _fronted_day_duty(ctx: Context, expr: TimeExpr, where: Place) -> bool:
    """A day that opens its line's item, a comma after it, then a body or a kind of bodies and a duty's verb in the same
    clause (`- Ngày 18/5/2017, các trường tổ chức in sao …`): when that party does it, a timetable heading over the item
    or not."""
    low = ctx.low
    if low[MARKERS_ONLY.match(low, where.line_start, expr.start).end():expr.start].strip() or \
            not (comma := _FRONTED_DAY_COMMA.match(low, expr.end)):
        return False
    duty = ctx.g["duty"].search(low, comma.end(), where.clause_end)
    if duty is None or not is_agent(ctx.text, low, comma.end(), duty.start()) or \
            stated(low[comma.end():duty.start()], ctx.g) or _NUMBERED_OBJECT.match(low, duty.end()):
        return False  # (nor a document issued that day: `Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/…`)
    # (a day before the document's own tells what was done: `Ngày 06/10/2025, Bộ Nội vụ ban hành Công văn số …`)
    due, _ = ctx.resolver.resolve(expr)
    return not (due and ctx.meta.issued_date and due < ctx.meta.issued_date)


def _under_timetable(low: str, line_start: int, g) -> bool:
    """Whether the lines above (other entries, their wrapped lines and `+` sub-items, a lead-in `cụ thể
    như sau:`) lead up to a timetable's heading: `1. Thời gian`, `III. LỊCH TRÌNH THỰC HIỆN`, `Tiến độ thực
    hiện:`, `II. NỘI DUNG, THỜI GIAN THỰC HIỆN`."""
    end = line_start - 1
    entries = 0
    tail = ""
    for _ in range(_TIMETABLE_LINES):
        if end < 0 or entries >= _TIMETABLE_REACH:
            return False
        start = low.rfind("\n", 0, end) + 1
        head = MARKERS_ONLY.match(low, start, end).end()
        line = low[head:end].strip(" \t*_")
        marker = low[start:head].strip(" \t*_")
        glued = _GLUED_MARKER.match(line) if not marker else None
        if glued:  # `1.Thời gian và địa điểm tổ chức:` (its number typed against the word)
            line, marker = line[glued.end():], glued.group(0)
        if tail:  # the heading wrapped onto the line below (`1.Thời gian và địa điểm tổ` ⏎ `chức:`)
            line, tail = f"{line} {tail}", ""
        elif not marker and line.endswith(":") and len(line) <= _WRAPPED_TAIL and \
                low[max(0, start - 2):start - 1].isalpha():
            tail = line
            end = start - 1
            continue
        text = line.rstrip(":")
        end = start - 1
        if not text or marker == "+":
            continue  # a blank line; a sub-item of the entry above (`+ Danh sách người ứng cử;`)
        if len(text) <= 80 and (g["timetable_heading"].match(text) or g["timetable_part"].search(text)):
            return not g["label_reject"].search(text)  # not `Thời gian áp dụng`
        if line.endswith(":") and _LEAD_IN.search(line) and g["timetable_heading"].match(text):
            # an item's time label that runs on to its lead-in: `– Thời gian: 2 ngày, bắt đầu từ … đến hết ngày
            # 22/11/2016, cụ thể như sau:` over `+ Ngày 21/11/2016, tổ chức …`
            return not g["label_reject"].search(text)
        if len(text) <= 80 and _DAY_COLUMN_HEADER.match(text):
            return True  # a table's header flattened to a line over its rows: `Stt Môn thể thao Ngày thi đấu`
        if not marker and _LEAD_IN.search(line):
            continue  # `Thời gian cụ thể như sau:`
        if _AUDIENCE_GROUP.match(text) and len(text) <= 80:
            continue  # `1. Đối với cấp tiểu học:` groups the entries by whom they are for, under `II. Thời gian, địa điểm`
        entries += 1
        if not _ENTRY_OPENING.match(text) and not _ENTRY_CLOSING.search(text) and (line.endswith(":") or marker):
            return False  # another item or a heading of something else (`Mức hỗ trợ:`): not a timetable
    return False


def _held_over(ctx: Context, where: Place, s: int) -> bool:
    """Whether a range says when an activity is held (`tổ chức Hội nghị … trong thời gian từ ngày …
    đến ngày …`, `các thôn tổ chức hội nghị cử tri từ ngày … đến hết ngày …`), not which period a
    report covers or a passive rule applies to (`được thực hiện từ ngày …`)."""
    low, g = ctx.low, ctx.g
    clause = low[where.clause_start:s]
    if where.clause_start > where.line_start and low[:where.clause_start].rstrip().endswith(";") and \
            not g["activity"].search(clause):
        # (the last of a list's parts its line parts with `;`, the activity written before the first: `Các môn kiểm tra
        # theo đề chung: Toán (60’) ; Ngữ văn (90’) ; Anh văn (60’) từ 28/03 đến 02/04/2022`)
        clause = low[where.line_start:s]
    elif where.clause_start > where.line_start and not clause.strip():
        # (a range that opens its own sentence after the activity's, on its line: `1/ Tổ chức kiểm tra cuối học kỳ II
        # cho học sinh khối 1, 2, 3, 4, 5. Từ ngày 08/5/2017 – 16/5/2017; cụ thể như sau:`)
        clause = low[where.line_start:s]
    window = max(0, len(clause) - _ACTIVITY_REACH)
    activity = None
    for activity in g["activity"].finditer(clause, window):
        pass
    if activity is None and (_FRONTED_RANGE.fullmatch(clause) or (":" in clause and
                                                               _FRONTED_RANGE.fullmatch(clause, clause.rfind(":") + 1))):
        # `Trong thời gian từ ngày … đến ngày …, các đơn vị tổ chức kiểm tra …`: the activity follows (also after the
        # colon of a request: `Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị bố trí …`)
        return bool(g["activity"].search(low, where.end, where.clause_end))
    if activity is None or (_PASSIVE.search(clause, max(0, activity.start() - 12), activity.start())
                            and not g["held"].match(activity.group())):
        return False  # `được thực hiện từ ngày …` (a rule applies), but `cũng được tổ chức từ ngày …` (held)
    possessive = _POSSESSIVE.search(clause, activity.end())
    if possessive and not _DURING.search(clause) and not _ACCORDING_TO.search(clause, activity.end(), possessive.start()):
        # `quỹ tiền lương … của doanh nghiệp từ ngày …`: the period of a thing, not of an activity; but
        # `tổ chức Hội nghị lấy ý kiến của cử tri … trong thời gian từ ngày …` times the activity itself, and so does a
        # possessive inside what the activity follows (`kiểm tra học sinh theo TKB của lớp từ ngày 21/03 đến …`)
        return False
    return not g["reported"].search(clause, window) and not g["budget"].search(clause, window)


def _period_bound(ctx: Context, expr: TimeExpr, where: Place, cue_at: int, cue: str, time_label: bool,
                  previous: Found | None) -> bool:
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
    # (a cue in lower case before a day, opening a line under a line of text, goes on with the sentence a PDF's text
    # wrapped: `… phiên khai mạc Đại hội chính thức` ⏎ `vào sáng ngày 15/5/2019.`; only a cue that opens its sentence is
    # fronted. Not before a month or year: `…,` ⏎ `trong tháng 12 năm 2025 cụ thể như sau:` says when, not by when)
    if not MARKERS_ONLY.fullmatch(low, where.line_start, cue_at) or (
            expr.kind == "day" and ctx.text[cue_at].islower() and where.line_start > 1
            and low[where.line_start - 2] not in "\n.;:!?"):
        window = max(0, len(head) - 150)
        phrase = max(window, head.rfind(",") + 1)  # the verb phrase the period ends
        # (or the whole clause, where it opens with what a report covers: `Đánh giá kết quả lãnh đạo, chỉ đạo của Chi bộ
        # trong năm 2017`, a year-end report's part; its comma parts two nouns, no verb phrases)
        opening = len(head) - len(head.lstrip(" \t-–+•*")) if len(head) <= 150 else -1
        return bool(g["duty"].search(head, window)) and not g["reported"].search(head, phrase) \
            and not g["budget"].search(head, window) and not (opening >= 0 and g["reported"].match(head, opening))
    after = low[expr.end:min(where.clause_end, expr.end + 150)]
    duty = g["duty"].search(after)
    return duty is not None and not stated(after[:duty.start()], g) and not told(after, g)


_REPORTS = frozenset({"báo cáo"})  # the documents that tell what was done (Nghị định 30/2020/NĐ-CP, Phụ lục III)


# a state that held by the date, right after it (`trước ngày 01/01/2025 đã được xác định …`, `… chưa được cấp …`)
_STATE_SINCE = regex.compile(r"[ \t]+(?:đã|chưa)(?![\p{L}])")


def _reported_span(expr: TimeExpr, resolver: Resolver) -> bool:
    """A range a report's text opens over a month before its own date (`Căn cứ vào tình hình thực hiện chuyên đề tại
    đơn vị từ tháng 07/2021 đến tháng 05/2023, trường … báo cáo …`): the span it reports on, to its own month."""
    first = expr.first
    if first is None or first.year is None or first.month is None or not 1 <= first.month <= 12 or not resolver.issued:
        return False
    return (resolver.issued - dt.date(first.year, first.month, min(first.day or 1, 28))).days > 31


def _too_old(due: str, resolver: Resolver, strong: bool) -> bool:
    """History, not an obligation: more than a year before the document's date; a table cell, an event
    or a range without a cue before the document's date (what a report tells, not what it asks)."""
    day = dt.date.fromisoformat(due)
    if resolver.issued:
        return (resolver.issued - day).days > (365 if strong else 3)
    return bool(resolver.year) and day.year < resolver.year - 1


def _own_date_line(ctx: Context, low: str, line_start: int, start: int) -> bool:
    """Whether the text before `start` on its line is the document's place and `ngày` (its own date line)."""
    place = lowered(ctx.meta.place or "")
    if not place:
        return False
    at = line_start + len(low[line_start:start]) - len(low[line_start:start].lstrip(" \t|"))
    return low.startswith(place, at) and bool(_DATE_LINE_REST.match(low, at + len(place), start))


def _place_above(low: str, where: Place, start: int) -> bool:
    """`Vĩnh Bình, ngày` ⏎ ⏎ `tháng 9 năm 2017`: a date that opens its line under a place-date line whose day was left
    blank (to be written in by hand when signed) is the document's own date, its line broken at the blank."""
    if low[where.line_start:start].strip():
        return False
    above = len(low[:where.line_start].rstrip())
    return above > 0 and _PLACE_DATE.search(low, low.rfind("\n", 0, above) + 1, above) is not None
