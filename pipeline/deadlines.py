"""Deadlines: dates or periods by which something must be done, and recurring duties.

A date counts only behind a deadline cue (`trước ngày`, `chậm nhất`, `hạn chót`, `hoàn thành trong`
…); dates inside citations (issue dates), date ranges (anniversaries, `giai đoạn 2021-2025`) and
the document's own date are not deadlines. Enumerations (`định kỳ 06 tháng (trước ngày 05 tháng 5),
9 tháng (…), năm (…)`, `Định kỳ 6 tháng, năm`) give one row per period. A year left out is taken
from the document (its school year when it has one) and flagged `year_inferred`.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
from functools import lru_cache

import regex

from .lexicon import expand_abbreviations, load, org_name_prefix
from .records import Deadline, DocumentMeta, DocumentText
from .textfold import cap_first, fold, rx, squash, strip_markup

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NGAY = r"ng[àaảạ][yỵỷ]"
_DATE = (
    rf"(?:{_NGAY}\s*)?(?P<d>\d{{1,2}})\s*(?:th[áa]ng\s*(?P<m>\d{{1,2}})(?:\s*n[ăa]m\s*(?P<y>\d{{4}}))?"
    r"|(?P<sep>[/.\-])\s*(?P<m2>\d{1,2})(?:\s*(?P=sep)\s*(?P<y2>\d{4}))?(?![\d/]))"
)
_PERIOD_END = (
    r"(?:th[áa]ng\s*(?P<pm>\d{1,2})(?:\s*(?:/|năm)\s*(?P<py>\d{4}))?"
    r"|qu[ýy]\s*(?P<q>iv|i{1,3}|[1-4])(?![\p{L}])(?:\s*(?:/|năm)\s*(?P<qy>\d{4}))?"
    r"|năm\s+(?P<yy>\d{4}))"
)
_CUE_DATE = regex.compile(
    r"(?<![\p{L}])(?P<cue>(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?|hạn cuối(?:\s+là)?|không quá|muộn nhất(?:\s+là)?)"
    r"\s*(?:vào\s+)?(?:ngày\s*)?)(?P<date>" + _DATE + r")")
_CUE_PERIOD = regex.compile(
    r"(?P<cue>(?:hoàn thành|hoàn tất|xong|thực hiện xong|tổ chức)\s+(?:trước|trong)\s+|trong\s+)(?P<date>" + _PERIOD_END + r")")
_WITHIN = regex.compile(r"(?:trong\s+(?:thời\s+hạn|vòng)|không\s+quá|chậm\s+nhất(?:\s+là)?|sau)\s+(?P<n>\d{1,3})\s+(?P<unit>ngày(?:\s+làm\s+việc)?|tháng|giờ)(?:\s*,?\s*kể\s+từ)")
_PERIOD_WORD = r"(?:0?\d{1,2}\s+tháng(?:\s+đầu\s+năm|\s+cuối\s+năm)?|quý|năm|học\s+kỳ\s*(?:i{1,2}|[12])?|tháng|tuần)"
_ENUM_ITEM = regex.compile(
    r"(?P<period>" + _PERIOD_WORD + r")\s*\(\s*(?P<inner>(?:trước|chậm nhất(?:\s+là)?|hạn chót)\s*(?:ngày\s*)?" + _DATE + r")\s*\)")
_ENUM_HINT = regex.compile(r"\(\s*(?:trước|chậm nhất|hạn chót)")
_RECUR_LIST = regex.compile(
    r"(?P<lead>định\s+kỳ)\s+(?P<list>" + _PERIOD_WORD + r"(?:\s*(?:,|và|hoặc)\s*" + _PERIOD_WORD + r")*)(?![\p{L}(])")
_PER_TIME = regex.compile(r"(?<![\p{L}\d])(?P<rec>(?:tháng|năm|quý|tuần)\s*/\s*(?:0?\d\s+)?lần|\d+\s+lần\s*/\s*(?:năm|quý|tháng|học\s+kỳ))")
_PER_TIME_COUNT = regex.compile(r"(?<![\p{L}\d])0?\d{1,2}\s+$")
_REPORT_PERIOD = regex.compile(r"(?:báo cáo\s+|định kỳ\s+)(" + _PERIOD_WORD + r")\s*$")
_AT_LEAST = regex.compile(r"(?:ít\s+nhất|tối\s+thiểu)\s+$")
_EVERY = regex.compile(r"(?P<rec>(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)(?:\s*,\s*(?:quý|năm|tháng))*)")
_RANGE_AFTER = regex.compile(r"^\s*[-–]\s*\d")
_ACTION = regex.compile(r"(?i)\b(báo cáo|gửi|nộp|tổng hợp|tổ chức|thực hiện|hoàn thành|xây dựng|kiểm tra|đánh giá|rà soát|cập nhật)\b")


_CLAUSE_LEFT = regex.compile(r"[;:]|\.\s|\n\s*\n|\n[ \t]*[+\-–•*][ \t]*")


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last `;`, `:`, sentence end or list bullet."""
    lo = max(0, start - 1500)
    left = lo
    for m in _CLAUSE_LEFT.finditer(text, lo, start):
        left = m.end()
    limit = min(len(text), end + 1500)
    right_candidates = [p for p in (text.find(c, end, limit) for c in (";", ". ", ".\n", "\n\n")) if p >= 0]
    right = min(right_candidates) if right_candidates else limit
    return left, right


def _school_year(meta: DocumentMeta) -> tuple[int, int] | None:
    m = rx(r"(?i)năm\s+học\s*(\d{4})\s*[-–]\s*(\d{4})").search( meta.title or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def _resolve_date(day: int | None, month: int, year: int | None, doc: DocumentText, meta: DocumentMeta,
                  end_of_period: bool = False) -> tuple[str, bool]:
    inferred = False
    if year is None:
        school = _school_year(meta)
        if school:
            year = school[0] if month >= 9 else school[1]
        elif meta.year:
            year = meta.year
        else:
            return "", False
        inferred = True
    if not 1 <= month <= 12:
        return "", False
    if day is None:
        day = calendar.monthrange(year, month)[1] if end_of_period else 1
    try:
        return dt.date(year, month, day).isoformat(), inferred
    except ValueError:
        return "", False  # 31/02 and the like are rejected, not guessed


def _date_from(m: regex.Match, doc: DocumentText, meta: DocumentMeta) -> tuple[str, bool]:
    day = int(m.group("d"))
    month = m.group("m") or m.group("m2")
    year = m.group("y") or m.group("y2")
    if month is None:
        return "", False
    return _resolve_date(day, int(month), int(year) if year else None, doc, meta)


def _period_date(m: regex.Match, doc: DocumentText, meta: DocumentMeta) -> tuple[str, bool]:
    if m.group("pm"):
        return _resolve_date(None, int(m.group("pm")), int(m.group("py")) if m.group("py") else None, doc, meta, True)
    if m.group("q"):
        quarter = _ROMAN_Q[m.group("q").lower()]
        return _resolve_date(None, quarter * 3, int(m.group("qy")) if m.group("qy") else None, doc, meta, True)
    if m.group("yy"):
        return _resolve_date(31, 12, int(m.group("yy")), doc, meta)
    return "", False


# Recipients that are not named bodies: `báo cáo cấp có thẩm quyền`, `gửi Thường trực …`.
_RECIPIENT_EXTRA = ("cấp có thẩm quyền", "cấp trên", "thường trực", "bộ phận")


@lru_cache(maxsize=1)
def _recipient_pattern() -> regex.Pattern:
    """`về <body>`, `gửi (về) <body>`, `báo cáo <body>`: the bodies are the organisation heads of
    models/org_heads.txt (matched on the text as written: case matters for names)."""
    def alternation(words) -> str:
        return "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    # A body's name is capitalised (`Phòng`, not the `phòng` of `phòng, chống`); the extras are not.
    return regex.compile(r"(?i:\bvề|\bgửi(?:\s+về)?|\bcho|\blên|\bbáo cáo)\s+(?P<org>(?:"
                         + alternation(load().org_heads) + r"|(?i:" + alternation(_RECIPIENT_EXTRA) + r"))"
                         + r"(?![\p{L}])[^,;:.()\n]{0,60})")


def _recipient(clause: str) -> str:
    m = _recipient_pattern().search(fold(clause))
    if not m:
        return ""
    org = rx(r"(?i)\s+(?:trước|chậm nhất|hạn|thông qua|qua|để|theo|đúng|trong|định kỳ|kèm)\b").split( m.group("org"))[0]
    org = org_name_prefix(squash(strip_markup(org)).strip(" -–"))
    return cap_first(expand_abbreviations(org))


def _responsible(clause: str, lead_end: int) -> str:
    """`Định kỳ 6 tháng, năm cơ quan, đơn vị báo cáo …` → `Cơ quan, đơn vị`."""
    rest = clause[lead_end:]
    action = _ACTION.search(rest)
    if not action:
        return ""
    who = squash(rest[:action.start()]).strip(" ,")
    if 0 < len(who.split()) <= 6 and not rx(r"\d").search( who):
        return cap_first(expand_abbreviations(who))
    return ""


def _task(clause: str) -> str:
    clause = rx(r"^[\s+\-–•*]+").sub( "", clause)
    return squash(strip_markup(clause)).strip(" ,;:")


def extract(doc: DocumentText, meta: DocumentMeta, mentions, section_of) -> list[Deadline]:
    text = doc.text
    # Patterns are matched on the lower-cased text: case-insensitive matching is several times slower.
    folded = doc.folded.lower()
    if len(folded) != len(text):
        folded = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in doc.folded)
    blocked = _Spans((m.start, max(m.tail_end, m.end)) for m in mentions)

    def is_blocked(start: int, end: int) -> bool:
        return blocked.overlaps(start, end)

    rows: list[Deadline] = []
    taken = _Spans()

    def add(start, end, due, inferred, recurrence, task, responsible, recipient):
        taken.add(start, end)
        rows.append(Deadline(doc.doc_id, section_of(start), start, end, text[start:end], due, inferred,
                             recurrence, task, responsible, recipient))

    def overlaps(start, end):
        return taken.overlaps(start, end)

    # 1. Enumerated periods with their own dates: `định kỳ 06 tháng (trước ngày …), 9 tháng (…)`.
    for m in (_ENUM_ITEM.finditer(folded) if _ENUM_HINT.search(folded) else ()):
        if is_blocked(m.start(), m.end()):
            continue
        inner = regex.search(_DATE, folded[m.start("inner"):m.end("inner")])
        due, inferred = _date_from(inner, doc, meta) if inner else ("", False)
        if not due:
            continue
        c_start, c_end = _clause_bounds(folded, m.start(), m.end())
        clause = text[c_start:c_end]
        head = text[c_start:m.start()]
        head = rx(r"\d+\s+tháng\s*\(|\bnăm\s*\(").split( head)[0]
        head = rx(r"[\s,]*(?:\([^)]*\)[\s,]*)*$").sub( "", head)
        start = m.start()
        lead = rx(r"(?i)định\s+kỳ\s*$").search( folded[c_start:m.start()])
        if lead and not rows_in(rows, c_start, c_end):
            start = c_start + lead.start()  # the first item carries the `định kỳ` lead-in
        task_head = rx(r"(?i)\s*định\s+kỳ\s*$").sub( "", squash(strip_markup(head)))
        period = squash(text[m.start("period"):m.end("period")])
        add(start, m.end(), due, inferred, period, _task(f"{task_head} {period}"),
            "", _recipient(text[m.end():c_end]) or _recipient(clause))

    # 2. A cue and a date: `trước ngày 25 tháng 4 năm 2024`, `chậm nhất ngày 20/11`.
    for m in _CUE_DATE.finditer(folded):
        ds, de = m.start("date"), m.end("date")
        if is_blocked(ds, de) or overlaps(m.start(), m.end()) or _RANGE_AFTER.match(folded[de:de + 4]):
            continue
        due, inferred = _date_from(m, doc, meta)
        if not due:
            continue
        c_start, c_end = _clause_bounds(folded, m.start(), m.end())
        clause_before = text[c_start:m.start()]
        recurrence = ""
        rec = _REPORT_PERIOD.search(folded[c_start:m.start()])
        every = _EVERY.search(folded[c_start:m.start()])
        every_after = _EVERY.match(folded, de + len(folded[de:de + 3]) - len(folded[de:de + 3].lstrip()))
        if rec:
            recurrence = squash(text[c_start + rec.start(1):c_start + rec.end(1)])
        elif every:
            recurrence = squash(text[c_start + every.start():c_start + every.end()])
        elif every_after:  # `trước ngày 15/12 hằng năm`
            recurrence = squash(text[every_after.start():every_after.end()])
            de = every_after.end()
        task = clause_before
        if every:
            task = text[c_start:c_start + every.start()] + text[c_start + every.end():m.start()]
        recipient = _recipient(text[c_start:c_end]) or _list_intro_recipient(text, c_start)
        task = rx(r"(?i)\s*(?:về|gửi về|gửi)\s+(?:UBND|HĐND|Ủy ban|Phòng|Sở|Ban|Bộ)[^,;:]*$").sub( "", task)
        if rec:  # `Báo cáo 6 tháng trước ngày …`: the row spans the whole item
            start = c_start + len(text[c_start:m.start()]) - len(text[c_start:m.start()].lstrip(" \t\n+-–•*"))
        elif every:
            start = c_start + every.start()
        else:
            start = m.start()
        add(start, de, due, inferred, recurrence, _task(task), "", recipient)

    # 3. A cue and a month / quarter / year: `hoàn thành trong quý II/2020`, `trong tháng 12/2013`.
    for m in _CUE_PERIOD.finditer(folded):
        if is_blocked(m.start("date"), m.end("date")) or overlaps(m.start(), m.end()):
            continue
        if m.group("cue").strip().lower() == "trong" and not regex.search(
                r"(?i)(?:hoàn thành|hoàn tất|xong|báo cáo|gửi|nộp|tổ chức|triển khai)\b[^.;]{0,80}$", folded[max(0, m.start() - 90):m.start()]):
            continue
        if m.group("yy") and rx(r"\s*[-–]\s*\d{4}").match( folded[m.end():m.end() + 8]):
            continue
        due, inferred = _period_date(m, doc, meta)
        if not due:
            continue
        c_start, c_end = _clause_bounds(folded, m.start(), m.end())
        add(m.start(), m.end(), due, inferred, "", _task(text[c_start:m.start()]), "",
            _recipient(text[c_start:c_end]))

    # 4. Periods counted from an event: `trong thời hạn 30 ngày kể từ ngày nhận hồ sơ`.
    for m in _WITHIN.finditer(folded):
        if overlaps(m.start(), m.end()) or is_blocked(m.start(), m.end()):
            continue
        c_start, c_end = _clause_bounds(folded, m.start(), m.end())
        add(m.start(), m.end(), "", False, squash(text[m.start("n"):m.end("unit")]),
            _task(text[c_start:m.start()] + text[m.end():c_end]), "", _recipient(text[c_start:c_end]))

    # 5. Recurring duties without dates: `Định kỳ 6 tháng, năm …`, `ít nhất 6 tháng/lần`, `Hằng năm, …`.
    for m in _RECUR_LIST.finditer(folded):
        if overlaps(m.start(), m.end()) or is_blocked(m.start(), m.end()):
            continue
        c_start, c_end = _clause_bounds(folded, m.start(), m.end())
        clause = text[c_start:c_end]
        periods = [squash(p) for p in rx(r"\s*(?:,|\bvà\b|\bhoặc\b)\s*").split( text[m.start("list"):m.end("list")]) if p.strip()]
        responsible = _responsible(clause, m.end() - c_start)
        task = text[m.end():c_end]
        if responsible:
            task = task[task.lower().find(responsible.split()[0].lower()) + len(responsible):] if responsible.split()[0].lower() in task.lower() else task
        recipient = _recipient(clause)
        task = rx(r"(?i)\s*(?:về|gửi về|gửi)\s+(?:UBND|HĐND|Ủy ban|Phòng|Sở|Ban|Bộ)[^;.]*$").sub( "", task)
        for period in periods:
            add(m.start(), m.end(), "", False, period, _task(task), responsible, recipient)
    for m in _PER_TIME.finditer(folded):
        if overlaps(m.start(), m.end()) or is_blocked(m.start(), m.end()):
            continue
        count = _PER_TIME_COUNT.search(folded, max(0, m.start() - 6), m.start())  # `6 tháng/lần`
        rec_start = count.start() if count else m.start()
        lead = _AT_LEAST.search(folded, max(0, rec_start - 20), rec_start)
        start = lead.start() if lead else rec_start
        c_start, c_end = _clause_bounds(folded, start, m.end())
        add(start, m.end(), "", False, squash(text[rec_start:m.end("rec")]),
            _task(text[c_start:start] + " " + text[m.end():c_end]), "", _recipient(text[c_start:c_end]))
    for m in _EVERY.finditer(folded):
        if overlaps(m.start(), m.end()) or is_blocked(m.start(), m.end()):
            continue
        c_start, c_end = _clause_bounds(folded, m.start(), m.end())
        before = folded[c_start:m.start()].strip(" \t+-–•*\n")
        after = folded[m.end():m.end() + 30]
        # A duty (`Hằng năm, đơn vị xây dựng …`, `hằng năm báo cáo …`), not a noun's modifier
        # (`kế hoạch đào tạo hằng năm`, `xếp loại chất lượng hàng năm`).
        if before and not _ACTION.match(after.strip(" ,")):
            continue
        responsible = _responsible(text[m.end():c_end].lstrip(" ,"), 0)
        add(m.start(), m.end(), "", False, squash(text[m.start("rec"):m.end("rec")]),
            _task(text[m.end():c_end]), responsible, _recipient(text[c_start:c_end]))
    rows.sort(key=lambda r: r.start)
    return rows


class _Spans:
    """Sorted intervals with a fast overlap test (documents can hold thousands of citations)."""

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


def rows_in(rows: list[Deadline], start: int, end: int) -> bool:
    return any(start <= r.start < end for r in rows)


def _list_intro_recipient(text: str, clause_start: int) -> str:
    """`Báo cáo … về Phòng Giáo dục:` followed by `+ Báo cáo 6 tháng trước ngày …` items."""
    line_start = text.rfind("\n", 0, clause_start)
    if line_start < 0 or not rx(r"\s*[+\-–•*]").match( text[line_start + 1:clause_start + 40]):
        return ""
    window = text[max(0, line_start - 600):line_start]
    colon = window.rfind(":")
    if colon < 0:
        return ""
    intro_start = max(window.rfind("\n", 0, colon - 5), 0)
    return _recipient(window[intro_start:colon + 1])
