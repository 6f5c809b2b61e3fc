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

The judging of dated expressions is `deadline_dated`, of periods and recurrences `deadline_recurring`, their
shared grammar `deadline_grammar`; this module runs them in turn and reads each row's fields.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace

import regex

from . import deadline_breaches as breaches
from . import deadline_fields as fields
from .deadline_dated import dated
from .deadline_dates import Resolver, TimeExpr, find, vocabulary
from .deadline_grammar import Context, Found, grammar
from .deadline_layout import MARKERS_ONLY
from .deadline_parts import MODAL
from .deadline_recurring import BASES_LINE, counted, enumerated, merge_recurrences, recurrences, regimes
from .deadline_recipients import recipient_in
from .deadline_rows import row_fields, year_cells
from .deadline_schedules import schedule_entries, with_written_weekdays
from .deadline_subjects import block_party, is_agent
from .deadline_tasks import own_parts, trimmed
from .nlp_models import phrase_tags
from .records import Deadline, DocumentMeta, DocumentText
from .frame_header import MOTTO, PARTY_MOTTO
from .frame_title import NUMBER_LINE
from .running_lines import POST_STAMP, STAMP_LINE
from .lexicon import expand_abbreviations
from .party_names import slashed_levels
from .textfold import cap_first, key_fold, lowered


# Compiled at import (before the workers fork), not on first use in every worker.
_SCHOOL_YEAR = regex.compile(r"(?i)năm\s+học\s*(\d{4})\s*[-–]\s*(\d{4})")

_SEMICOLON = regex.compile(r"\s*;\s*")  # between two parts of one sentence
_NOUN_TAGS = {"N", "Nc", "Np"}
_TIME_NOUN = regex.compile(r"thời\s+(?:hạn|gian)(?![\p{L}])")
_AFTER_SEMICOLON = regex.compile(r";\s*$", regex.REVERSE)
_THEN = regex.compile(r"(?<![\p{L}])thì\s+")
_MOMENT_PARTS = 3  # comma-joined parts of a moment's own words looked through for the duty after them
_PERIOD_LEAD = regex.compile(r"(?:trong\s+(?:thời\s+hạn|thời\s+gian|vòng)\s*)?")  # `Trong thời hạn không quá 7 ngày …`
_TASK_WORDS = 3  # syllables before a period that make a task of their own
# (not the copula `là`, nor the day's own `ngày` where the surface is the day: `tổ chức hội diễn văn nghệ ngày 20/12`)
_EVENT_VERB = regex.compile(r"(?!(?:là|ngày)(?![\p{L}]))\p{L}[\p{L} ]*?(?=\s+(?:vào\s+|lúc\s+|từ\s+)*(?:ngày|\d))")


def _with_year_cells(text: str, exprs: list[TimeExpr], cited) -> list[TimeExpr]:
    """`exprs` and, in text order, the bare years and months of a task table's time column (`Thời gian trình` ⏎ …
    ` 2023`, ` 2022-2030`, ` 11/2025`: due at the end of the last year, of the month) that no expression holds."""
    cells = year_cells(text, cited)
    if not cells:
        return exprs
    taken = _Spans((e.start, e.end) for e in exprs)
    added = [TimeExpr("month", c.start, c.end, month=c.month, year=c.year, time_column=True) if c.month else
             TimeExpr("year", c.start, c.end, month=12, year=c.year, time_column=True,
                      first=TimeExpr("year", c.start, c.start + 4, month=12, year=c.first) if c.first else None)
             for c in cells if not taken.overlaps(c.start, c.end)]
    return sorted(exprs + added, key=lambda e: e.start)


def _merged(spans) -> list[tuple[int, int]]:
    """Sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


_TITLE_REACH = 3000  # (where a document has its title: among its first lines, before its first section)


def _on_title_line(text: str, title: str, expr, own_line: bool = False) -> bool:
    """Whether the expression stands on a line of the document's title (`title` squashed, in lower case): the time a
    plan's title names (`Tháng 6/ 2022`, `GIAI ĐOẠN 2021- 2025`) is the period it covers, due nowhere. `own_line`: on
    one of the title's own lines only, not on a line that repeats the title among more words."""
    start = text.rfind("\n", 0, expr.start) + 1
    end = text.find("\n", expr.end)
    line = _SUBJECT_LEAD.sub("", " ".join(text[start:len(text) if end < 0 else end].split()).lower()).strip(" .,;:")
    # (a line of the title, or a portal's post title that repeats it whole)
    return len(line) >= 4 and line in title or not own_line and len(title) >= 20 and title in line


_SUBJECT_LEAD = regex.compile(r"^(?:v/v|về việc|về)\s*:?\s*")  # (the title is read without it)
_CUE_REACH = 40  # (a subject's cue may end the line above its day: `V/v nộp hồ sơ trước` ⏎ `ngày 20/3/2024`)


def _date_alone_on_title_line(text: str, low: str, title: str, expr) -> bool:
    """Whether the expression is a day alone on a line of the title, no cue that makes it due before it (`Về cho học
    sinh nghỉ học` ⏎ `Ngày 26/11/2018`: the day the subject is about; not `V/v nộp hồ sơ trước` ⏎ `ngày 20/3/2024`)."""
    start = low.rfind("\n", 0, expr.start) + 1
    end = low.find("\n", expr.end)
    if not _POST_DATE_LINE.fullmatch(low, start, len(low) if end < 0 else end):
        return False
    before = low[max(0, expr.start - _CUE_REACH):expr.start]
    words = vocabulary()
    if any(cue in before for key in ("due_cues", "until_day_cues", "until_end_cues") for cue in words[key]):
        return False
    return _on_title_line(text, title, expr, own_line=True)


def _resolver(meta: DocumentMeta) -> Resolver:
    school = _SCHOOL_YEAR.search(meta.title or "")
    issued = None
    if meta.issued_date:
        try:
            issued = dt.date.fromisoformat(meta.issued_date)
        except ValueError:
            issued = None
    return Resolver((int(school.group(1)), int(school.group(2))) if school else None, issued, meta.year)


def extract(doc: DocumentText, meta: DocumentMeta, mentions, section_of, sections=()) -> list[Deadline]:
    """The deadlines of one document; `mentions` are its citations (their dates are not deadlines),
    `sections` its outline (the plan items that give timetable entries their task and responsible)."""
    text, low = doc.text, lowered(doc.folded)
    cited = _merged(m.extent(text) for m in mentions)  # their dates are not deadlines
    exprs = _with_year_cells(text, [e for e in find(low, cited) if not _page_stamp(low, e.start)], cited)
    # The title's times name the document's subject: a plan's period (`KẾ HOẠCH …` ⏎ `Tháng 6/ 2022`), any document's
    # regime (`Về thực hiện chế độ thông tin,` ⏎ `báo cáo định kỳ.`); a letter's subject line may say when (`V/v nộp
    # hồ sơ trước ngày …`), so only a plan's dated ones go, and a letter's day alone on a line with no cue before it
    # (`Về cho học sinh nghỉ học` ⏎ `Ngày 26/11/2018`: the day the subject is about)
    body_start = min(sections[0].start if sections else len(text), _TITLE_REACH)
    if meta.title and any(e.start < body_start for e in exprs):
        plan = meta.doc_type in vocabulary()["plan_types"]
        title = " ".join(meta.title.split()).lower()
        exprs = [e for e in exprs
                 if not (e.start < body_start and (plan or not e.dated) and _on_title_line(text, title, e)
                         or e.start < body_start and _date_alone_on_title_line(text, low, title, e))]
    resolver = _resolver(meta)
    g = grammar()
    ctx = Context(text, low, resolver, meta, g)
    found: list[Found] = []
    taken = _Spans()

    def keep(item: Found) -> None:
        found.append(item)
        taken.add(item.start, item.end)

    for item in enumerated(ctx, exprs):
        keep(item)
    previous: Found | None = None
    for expr in exprs:
        if taken.overlaps(expr.start, expr.end):
            continue
        if expr.dated:
            item = dated(ctx, expr, previous)
            if item:
                keep(item)
                previous = item
                for day in expr.listed:  # `ngày 26, 28, 29/3/2017`: each day listed is due as the last one is
                    due, inferred = resolver.resolve(replace(expr, day=day, listed=()))
                    if due:
                        found.append(replace(item, due=due, inferred=inferred))
        elif expr.kind in ("count", "per"):
            item = counted(ctx, expr)
            if item:
                keep(item)
    for item in regimes(ctx, taken, _Spans(cited)):
        keep(item)
    for item in recurrences(ctx, exprs, taken):
        keep(item)
    found = merge_recurrences(found, resolver)
    if "phạt" in low:  # a sanction decree: its breaches and remedies set no deadline (the cheap test first)
        found = [f for f in found if not (breaches.in_breach(low, f.start)
                                          or f.basis == "recurrence" and breaches.in_remedy(low, f.start))]

    if sections:  # the bases above the body tell of the documents and files it rests on, not of its tasks
        found = [f for f in found if f.start >= sections[0].start or not _in_bases(low, f.start)]
    found = with_written_weekdays(low, found)  # (`Thứ Năm, ngày 05/3`: its year)
    found, leaders = schedule_entries(text, low, found)  # a work schedule: the times under its day headings

    rows: list[Deadline] = []
    plan = meta.doc_type in vocabulary()["plan_types"]
    # (a text posted without its header, type unknown, is a letter when it has a `Kính gửi:` line: `addressees` finds it)
    letter = meta.doc_type in vocabulary()["letter_types"] or not meta.doc_type
    # who acts where a clause names nobody: a plan's own body, a letter's addressees
    own = fields.issuing_body(meta.issuer, meta.issuer_parent, text, low) if plan else \
        fields.addressees(text, low) if letter else ""
    # (the reader's twin lists levels written with slashes as with commas: `UBND các xã/phường báo cáo …`)
    reader = fields.Fields(text, slashed_levels(low), sections, own, meta.issuer, meta.title if letter else "",
                           meta.title or "")
    found.sort(key=lambda f: (f.start, f.end))

    def invited(item: Found) -> bool:
        """A time line right under a letter's addressees (`Thời gian: …` after `… kính mời:` and its list): the
        event is theirs to attend."""
        return bool(own and reader.letter_subject and item.task_from == "item"
                    and reader.under_addressees(item.where.line_start))

    own_tasks, own_starts, own_texts = _own_tasks(text, low, found, g)
    for item in found:
        clause = reader.outline.below_heading(text, item.where.clause, item.start)
        if fields.patterns()["time_heading"].match(low, clause[0]):
            clause = item.where.clause  # `Điều 5. Phê duyệt hồ sơ` ⏎ `Thời gian thực hiện …`: the heading is the task
        below = reader.paragraph_below(item.end) if item.task_from == "clause" else None
        if below:
            clause = (clause[0], below[1])  # `a) Trước ngày …:` ⏎ `Hội đồng cơ sở … nộp hồ sơ về …`: the time's clause
        # the verb of an event the surface opens with is the task's (`Tổ chức kiểm tra ngày 15-20/12/2025`)
        held = _EVENT_VERB.match(low, item.start, item.end) if item.basis == "event" else None
        cut = _period_words(text, low, g, item, clause) if item.basis == "relative" else \
            (held.end() if held else item.start, item.end)
        task = own_tasks.get(id(item)) or reader.task(*cut, clause,
                                                       item.task_from, (item.where.line_start, item.where.line_end))
        whole_item = item.task_from == "item"  # a time line: the item's text says who and to whom
        in_row = row_fields(text, item.start, reader.row_headers)  # a timetable with a responsible column
        responsible = in_row.party if in_row and in_row.party else own if invited(item) else \
            reader.part_subject(own_starts.get(id(item), -1), clause) \
            or reader.responsible(item.start, item.end, clause, whole_item)
        if item.start in leaders:
            responsible = leaders[item.start]  # a work schedule's entry: the leader its line or label names
        elif not responsible and not in_row:
            # `07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;`: a roster's entry, who is on duty that day
            responsible = _rostered(text, low, item, clause)
        rows.append(Deadline(doc.doc_id, section_of(item.start), item.start, item.end, text[item.start:item.end],
                             item.due, item.inferred, item.recurrence,
                             in_row.task or task if in_row else _without_label(task, responsible), responsible,
                             # (a date's own duty names its own recipient: `… về Phòng GDĐT trước ngày … và gửi hồ sơ về
                             # Ban tổ chức trước ngày …`)
                             id(item) in own_texts and recipient_in(own_texts[id(item)], meta.issuer, bodies_only=True)
                             or in_row and in_row.recipient or reader.recipient(item.start, clause, whole_item,
                                                 item.where.line_start if item.task_from == "row" else -1)))
    return rows


_BASIS_LINES = 6  # lines a basis runs over, wrapped by a page's lines


def _in_bases(low: str, pos: int) -> bool:
    """Whether `pos` lies in a paragraph of the preamble's bases (`Căn cứ Văn bản đề nghị … do Công ty … nộp ngày
    06/8/2026;`, `Theo đề nghị của Tổ thẩm định … tại Báo cáo thẩm định ngày 20/8/2026.`): a line at or above it opens
    with a basis (`BASES_LINE`), and no line between ends one (`;`, `.`, `:`) or is blank."""
    start = low.rfind("\n", 0, pos) + 1
    for _ in range(_BASIS_LINES):
        if BASES_LINE.match(low, start):
            return True
        if start == 0:
            return False
        above_start = low.rfind("\n", 0, start - 1) + 1
        above = low[above_start:start - 1].rstrip()
        if not above or above[-1] in ";.:":
            return False
        start = above_start
    return False


# A date alone on one of a page's first lines, under the post's title (`Ngày 07/12/2023`, `  22/04/2021`): when the
# post was made, above the document's body.
_POST_DATE_LINE = regex.compile(r"[ \t]*(?:ngày[ \t]*)?"
                                r"(?:\d{1,2}/\d{1,2}/|\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+)\d{4}[ \t.]*")
_HEADER_REACH = 2000  # where a page's chrome and its document's header stand
_POST_DATE_REACH = 300
_POST_DATE_LINES = 3  # (lines with text above it: the post's title, its category, at most one more)


def _page_stamp(low: str, pos: int) -> bool:
    """Whether the expression at `pos` stands on a line that is only a web page's time stamp, or a portal's line of the
    post's author, date and views (`Tác giả: … .Ngày đăng: 10/05/2019 .Lượt xem: 1844 lượt.`)."""
    start = low.rfind("\n", 0, pos) + 1
    end = low.find("\n", pos)
    line = low[start:len(low) if end < 0 else end]
    if start < _POST_DATE_REACH and (POST_STAMP.match(line) or _POST_DATE_LINE.fullmatch(line) and sum(
            1 for above in low[:start].split("\n") if above.strip()) < _POST_DATE_LINES):
        return True
    if start < _HEADER_REACH and _POST_DATE_LINE.fullmatch(line) and \
            any(mark.search(low, end, end + _HEADER_REACH) for mark in (MOTTO, PARTY_MOTTO, NUMBER_LINE)):
        return True  # a date alone above the document's own header (`Ngày 22 tháng 10 năm 2019` under a site's chrome)
    return (":" in line or "gmt" in line) and bool(STAMP_LINE.fullmatch(line))


_ROSTER_TAIL = " \t;.,:"


def _rostered(text: str, low: str, item: Found, clause: tuple[int, int]) -> str:
    """The party a roster's entry names and nothing else after the date that opens it (`07 giờ 30 ngày 07/01/2021 Chủ
    tịch UBND tỉnh;`, `- Thứ Hai, ngày 05/01: Phó Hiệu trưởng.`): who is on duty, the task being the roster's; ""
    for any other line."""
    line_start, line_end = item.where.line_start, item.where.line_end
    if item.task_from != "clause" or MARKERS_ONLY.match(low, line_start, item.start).end() != item.start:
        return ""
    rest = text[item.end:min(clause[1], line_end)].strip(_ROSTER_TAIL)
    if not rest or len(rest.split()) > 12:
        return ""
    name = block_party(rest)
    return name if name and len(name.split()) >= len(expand_abbreviations(rest).split()) else ""


def _without_label(task: str, responsible: str) -> str:
    """`2. Phó Hiệu trưởng: Giúp Hiệu trưởng theo dõi … hằng tháng`: the party a line opens with as its label is the
    row's responsible, no part of its task."""
    colon = task.find(":", 0, len(responsible) + 8) if responsible else -1
    if colon < 0 or key_fold(expand_abbreviations(task[:colon])) != key_fold(responsible):
        return task
    rest = task[colon + 1:].strip()
    return cap_first(rest) if len(rest) >= 8 else task


def _period_words(text: str, low: str, g: dict, item: Found, clause: tuple[int, int]) -> tuple[int, int]:
    """The words of a period the task is read without: its surface, a lead before it (`Trong thời hạn không quá 7
    ngày …`) and the moment it counts from, up to the comma after which the duty or who acts is written
    (`Trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, cơ quan tiếp nhận …`) or, after the duty,
    to the clause's end (`… niêm yết danh sách cử tri chậm nhất 40 ngày trước ngày bầu cử.`); not a moment whose
    words run on with no duty after them."""
    lead = MARKERS_ONLY.match(low, clause[0], item.start).end()
    fronted = _PERIOD_LEAD.fullmatch(low, lead, item.start)
    start = lead if fronted else item.start
    anchor = g["relative_anchor"].match(low, item.end, clause[1])
    if anchor is None:
        return start, item.end
    # a modal after the moment of an event (`nếu sau khi nhập cảnh không có đơn … thì phải kèm theo`)
    # belongs to a condition's clause
    modal_ends = "khi" not in anchor.group()
    pos = anchor.end()
    for _ in range(_MOMENT_PARTS):
        comma = low.find(",", pos, clause[1])
        modal = MODAL.search(low, pos, comma if comma >= 0 else clause[1]) if modal_ends else None
        if modal:
            # the duty's modal: right after the moment's words (`kể từ ngày nhận đủ giấy tờ phải kiểm tra …`, `… thì
            # Sở … có trách nhiệm`), or after a subject no list knows (`…, bộ phận một cửa có trách nhiệm …`)
            then = _THEN.search(low, pos, modal.start())
            return start, pos if pos > anchor.end() else then.end() if then else modal.start()
        if comma < 0:
            break
        rest = comma + 1 + len(low[comma + 1:clause[1]]) - len(low[comma + 1:clause[1]].lstrip())
        # (after the subject, a name after a comma continues the moment's list: `đề nghị của Bộ Quốc phòng, Bộ Công an`)
        if g["duty"].match(low, rest, clause[1]) or MODAL.match(low, rest, clause[1]) or \
                fronted and is_agent(text, low, rest, clause[1]):
            return start, rest
        pos = rest
    # the moment ends the clause: no comma, no duty still to come (`… kể từ ngày nhận được biên bản, nếu không
    # đồng ý phải có đơn …`), words before the period that make a task
    ends = not fronted and low.find(",", anchor.end(), clause[1]) < 0 and not MODAL.search(low, anchor.end(), clause[1])
    return start, clause[1] if ends and len(low[clause[0]:item.start].split()) >= _TASK_WORDS else item.end


def _own_tasks(text: str, low: str, found: list[Found],
               g: dict) -> tuple[dict[int, str], dict[int, int], dict[int, str]]:
    """The tasks of the due dates of one clause that each have their own object or duty (`deadline_tasks.own_parts`),
    by the id of their `Found`; where the own duty of a date after the clause's opening starts (it may name who acts:
    `Phòng Tư pháp rà soát …, xong trước ngày 30/6, Phòng Tài chính thẩm định … trước ngày 31/7`); and the text of each
    own duty (it may name where it goes: `… gửi danh sách về Phòng GDĐT trước ngày 10/10 và gửi hồ sơ về Ban tổ chức
    trước ngày 20/10`)."""
    def opens_duty(start: int, end: int) -> bool:
        return bool(g["duty"].match(low, start, end)) or is_agent(text, low, start, end)

    groups: list[tuple[tuple[int, int], list[Found]]] = []  # the span the dates share, the dates
    for item in found:
        if not (item.due and item.task_from == "clause"):
            continue
        clause = item.where.clause
        if groups and groups[-1][0][1] == clause[1]:
            groups[-1][1].append(item)
        elif groups and _SEMICOLON.fullmatch(low, groups[-1][0][1], clause[0]) and \
                MARKERS_ONLY.fullmatch(low, clause[0], item.start):
            # `… trước ngày 31 tháng 3 … đối với kết quả thống kê; trước ngày 30 tháng 6 … đối với kết quả kiểm kê.`:
            # a part that is only a date and its object shares the duty of the part before
            groups[-1] = ((groups[-1][0][0], clause[1]), groups[-1][1] + [item])
        else:
            groups.append((clause, [item]))
    tasks, part_starts, own_text = {}, {}, {}
    for clause, items in groups:
        parts = own_parts(low, clause, [(f.start, f.end) for f in items], opens_duty) if len(items) > 1 else None
        for item, pieces in zip(items, parts or ()):
            tasks[id(item)] = trimmed(" ".join(text[a:b].strip(" \t,;") for a, b in pieces))
            own_text[id(item)] = " ".join(text[a:b] for a, b in pieces)
            if len(pieces) == 1 and pieces[0][0] > clause[0]:
                part_starts[id(item)] = pieces[0][0]
        if parts is None and len(items) == 1:
            verb = _listed_object_verb(text, low, g, items[0], opens_duty)
            if verb:
                item = items[0]
                tasks[id(item)] = trimmed(" ".join(text[a:b].strip(" \t,;:") for a, b in
                                                   (verb, (clause[0], item.start), (item.end, clause[1]))))
    return tasks, part_starts, own_text


def _listed_object_verb(text: str, low: str, g: dict, item: Found, opens_duty) -> tuple[int, int] | None:
    """The verb a part after a semicolon is the object of: `b) Phê duyệt kế hoạch lao động … trước ngày 15 tháng 4
    hằng năm; quỹ tiền thưởng của người lao động trước ngày 30 tháng 6 hằng năm; …` (a noun opens the part, a duty
    verb the item's line: `Phê duyệt`), or the label before the line's colon (`a) Xây dựng và báo cáo Hội đồng
    thành viên …: Kế hoạch lao động …; quỹ tiền thưởng … trước ngày 30 tháng 5 hàng năm; …`)."""
    clause, line_start = item.where.clause, item.where.line_start
    if clause[0] <= line_start or not _AFTER_SEMICOLON.search(low, max(line_start, clause[0] - 8), clause[0]) \
            or item.start == clause[0] or opens_duty(clause[0], clause[1]):
        return None
    head = MARKERS_ONLY.match(low, line_start, clause[0]).end()
    verb = g["duty"].match(low, head, clause[0])
    if verb is None or _TIME_NOUN.match(low, MARKERS_ONLY.match(low, clause[0], item.start).end(), item.start):
        return None  # (`…; thời hạn công bố trước ngày …`: the part's own time)
    # the line opens with a verb and the part with a noun, by underthesea's tags of each (`Báo cáo đánh giá …` opens
    # with a noun; `…; hoàn thành …`, `…; tổng kết giai đoạn …` with a verb)
    opening, part = phrase_tags(text[head:clause[0]][:80]), phrase_tags(text[clause[0]:item.start][:80])
    if not opening or opening[0][1] != "V" or not part or part[0][1] not in _NOUN_TAGS:
        return None
    colon = low.find(":", head, low.find(";", head, clause[0]))
    return (head, colon) if colon > 0 else verb.span()


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
