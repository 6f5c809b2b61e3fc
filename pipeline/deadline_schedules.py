"""A work schedule's entries (`Lịch làm việc của lãnh đạo …`, `Lịch công tác tuần`): a day heading (`THỨ NĂM, NGÀY
05/3:`, `THỨ HAI (09/02/2026):`) over the entries of that day, whose times carry no date of their own (`- Chủ tịch: 7
giờ 30’, dự họp …. 13 giờ 30’, họp Đảng ủy Quân sự huyện …`): each time is an event of the heading's day, the day
read (and its year inferred) where the heading's own date was found. Part of the deadline stage (deadlines.py)."""
from __future__ import annotations

from dataclasses import replace

import regex

from .deadline_dates import WEEKDAY, WEEKDAY_NAMED, WEEKDAY_NUMBER, year_on_weekday
from .deadline_grammar import Found
from .deadline_layout import Place
from .deadline_subjects import is_agent, party_name
from .textfold import fold, lowered

# A line that is a weekday and its date and nothing else (the heading of a day of the schedule), or a table row's first
# cell that is (`Thứ 2 (11/11/2019) | 10h00 | Giao ban …`, a schedule's table flattened one row a line: the rows after
# it, their first cell a time, are that day's until the next day's cell).
_DAY_HEADING = regex.compile(
    r"(?m)^[ \t>*_#+•-]*" + WEEKDAY + r"[ \t,.:(–-]*(?:ngày[ \t]*)?"
    r"\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}(?:[ \t]*[/.-][ \t]*\d{2,4})?[ \t)]*(?::?[ \t*_]*$|(?P<cell>[ \t]*(?=\|)))")
# In a table's rows, the entry's time is a cell's whole beginning: after the line's start or a cell's bar (a time
# written inside the task's cell is the task's).
_CELL_TIME = regex.compile(r"(?m)(?:^|\|)[ \t]*$")
# A time of day with no date after it (`7 giờ 30’`, `08 giờ 00’`, `14 giờ`, `7 giờ 30 phút`, `7h30`), and the end of a
# span it opens (`07 giờ 00’ đến 08 giờ 00’`).
_CLOCK = regex.compile(r"(?<![\p{L}\d/.,])\d{1,2}[ \t]*(?:giờ|h)(?:[ \t]*\d{2}(?![\d/]))?(?:[ \t]*(?:phút|’|'))?"
                       r"(?![\p{L}\d/])")
_SPAN_END = regex.compile(r"[ \t]*(?:đến|[-–])[ \t]*\d{1,2}[ \t]*(?:giờ|h)(?:[ \t]*\d{2})?(?:[ \t]*(?:phút|’|'))?"
                          r"(?![\p{L}\d/])")
_DATED_AFTER = regex.compile(r"[ \t,]*(?:ngày|hôm|sáng|chiều|tối)?[ \t]*\d{1,2}[ \t]*[/.-]\d")  # a date of its own
_DAY_REACH = 6000  # characters a day's entries run to at most (a long day of a district's schedule)
# What follows an entry's time before its task (`7 giờ 30’, dự họp …`, `08 giờ 00’: Thăm …`), and what ends the task:
# the entry's place (`, điểm tại …`, `. Địa điểm: …`), the next time, the sentence's or the line's end.
_TASK_OPENING = regex.compile(r"[ \t]*[,:–|-]?[ \t]*")
_TASK_END = regex.compile(r"[ \t]*[,.;][ \t]*(?:điểm|địa[ \t]+điểm|tại)\b|\.(?=[ \t]|$)|\n|;|\|")


def schedule_entries(text: str, low: str, found: list[Found]) -> tuple[list[Found], dict[int, str]]:
    """`found` with the times under the day headings of a work schedule, each an event of its day (with the task that
    follows it), in place of the headings whose entries were read (the day is each entry's, no row of its own); and
    who each entry is for (by its start: the leader its line or the label line above it names, `- Chủ tịch:`, `2. Chủ
    tịch UBND xã Nguyễn Văn Lưu:`)."""
    if "thứ" not in low and "chủ nhật" not in low:
        return found, {}
    headings = [m for line in _day_line_starts(low) if (m := _DAY_HEADING.match(low, line))]
    entries: list[Found] = []
    leaders: dict[int, str] = {}
    days_read: set[int] = set()
    for i, heading in enumerate(headings):
        day = next((f for f in found if heading.start() <= f.start < heading.end()), None)
        if day is None or not day.due:
            continue
        due, inferred = on_written_weekday(low, day)
        stop = headings[i + 1].start() if i + 1 < len(headings) else min(len(low), heading.end() + _DAY_REACH)
        last = heading.end()
        for clock in _CLOCK.finditer(low, heading.end(), stop):
            if clock.start() < last or _DATED_AFTER.match(low, clock.end()) or \
                    any(f.start <= clock.start() < f.end for f in found):
                continue
            if heading.group("cell") is not None and \
                    not _CELL_TIME.search(low, low.rfind("\n", 0, clock.start()) + 1, clock.start()):
                continue
            span = _SPAN_END.match(low, clock.end())
            last = span.end() if span else clock.end()
            labelled = _time_labelled(low, clock.start())
            task = "" if labelled else _task_after(text, low, last, stop, in_cell=heading.group("cell") is not None)
            entries.append(Found(clock.start(), last, due, inferred, "", "event", Place(low, clock.start(), last),
                                 task or "clause"))
            leader = "" if labelled else _leader(text, low, clock.start(), heading.end())
            if leader:
                leaders[clock.start()] = leader
            days_read.add(id(day))
    return [f for f in found if id(f) not in days_read] + entries, leaders


_DAY_LINE = regex.compile(r"\n(?=[ \t>*_#+•-]*(?:thứ[ \t]|chủ[ \t]+nhật))")  # (a literal first: the scan is cheap)


def _day_line_starts(low: str) -> list[int]:
    """The starts of the lines that open with a weekday (where a day heading may stand)."""
    return ([0] if low.startswith(("thứ", "chủ")) else []) + [m.end() for m in _DAY_LINE.finditer(low)]


def _task_after(text: str, low: str, pos: int, stop: int, in_cell: bool = False) -> str:
    """What the entry's time is for: the words after it, up to the entry's place, the next time or its sentence's end
    (`in_cell`: a table row's cell, which a time inside it does not end)."""
    start = _TASK_OPENING.match(low, pos, stop).end()
    end = _TASK_END.search(low, start, stop)
    end = end.start() if end else stop
    next_clock = None if in_cell else _CLOCK.search(low, start, end)
    if next_clock:
        end = next_clock.start()
    task = text[start:end].strip(" \t,;:.-–")
    return task if len(task) >= 4 else ""


_WEEKDAY_BEFORE = regex.compile(WEEKDAY + r"[ \t]*[,(–-]?[ \t]*(?:ngày[ \t]*)?$")  # `Thứ Năm, ngày 05/3`
_WEEKDAY_AFTER = regex.compile(r"[ \t]*[,(–-]?[ \t]*" + WEEKDAY)  # `Ngày 18/6 (thứ Ba)`


def with_written_weekdays(low: str, found: list[Found]) -> list[Found]:
    """`found` with each day whose year was inferred dated by the weekday written beside it (`on_written_weekday`)."""
    dated = []
    for item in found:
        due, inferred = on_written_weekday(low, item)
        dated.append(item if due == item.due else replace(item, due=due, inferred=inferred))
    return dated


def on_written_weekday(low: str, item: Found) -> tuple[str, bool]:
    """The due date of a day whose year was inferred, moved to the nearest year in which it falls on the weekday
    written beside it (`THỨ NĂM, NGÀY 05/3` is 2020's 5 March, a Thursday, not 2019's; `Ngày 18/6 (thứ Ba)`)."""
    if not item.inferred or len(item.due) != 10:
        return item.due, item.inferred
    # (in the surface that opens with it, `THỨ NĂM, NGÀY 05/3`; before or after the day)
    weekday = WEEKDAY_NAMED.search(low, item.start, item.end) or \
        _WEEKDAY_BEFORE.search(low, max(0, item.start - 20), item.start) or \
        _WEEKDAY_AFTER.match(low, item.end, item.end + 20)
    if weekday is None:
        return item.due, item.inferred
    year, month, date = (int(part) for part in item.due.split("-"))
    # (a year inferred from the document's: the weekday moves it by one at most)
    found = year_on_weekday(year, month, date, WEEKDAY_NUMBER[weekday.group().split()[-1]], 1)
    return (f"{found:04d}-{month:02d}-{date:02d}", True) if found else (item.due, item.inferred)


# A line's label before its colon (`- Chủ tịch: 7 giờ 30’, …`, `2. Chủ tịch UBND xã Nguyễn Văn Lưu:`), after its marks.
_LABEL = regex.compile(r"[ \t>*_#+•-]*(?:\d{1,2}[.)/][ \t]*)?(?P<label>[^:\n]{2,80}?)[ \t]*:")
_TIME_LABEL = regex.compile(r"[ \t>*_#+•-]*(?:thời[ \t]+gian|địa[ \t]+điểm|sáng|chiều|tối|buổi)\b")
_ABBREVIATION_STOP = regex.compile(r"(?<=\b\p{Lu}{2,})\.[ \t]*")  # `PCT. Thường trực`, `PCT.CN`


def _time_labelled(low: str, pos: int) -> bool:
    """Whether the time at `pos` follows a label of when or where on its line (`Thời gian, địa điểm: 07 giờ 00’ …`):
    it times the item above, whose words are the task."""
    line_start = low.rfind("\n", 0, pos) + 1
    return bool(_TIME_LABEL.match(low, line_start)) and ":" in low[line_start:pos]


def _leader(text: str, low: str, pos: int, day_start: int) -> str:
    """Who the entry at `pos` is for: the party its line's label names before the time (`- Chủ tịch: 7 giờ 30’`), else
    the label line above it in the day (`2. Chủ tịch UBND xã Nguyễn Văn Lưu:` ⏎ `08 giờ 00’: …`); "" where none."""
    line_start = low.rfind("\n", 0, pos) + 1
    while line_start >= day_start:
        label = _LABEL.match(low, line_start, pos if line_start <= pos else None)
        if label and label.end() <= pos and not _TIME_LABEL.match(low, line_start):
            name = _ABBREVIATION_STOP.sub(" ", text[label.start("label"):label.end("label")]).strip()
            if is_agent(name, lowered(fold(name)), 0, len(name)):
                return party_name(name)
        line_end = line_start - 1
        line_start = low.rfind("\n", 0, max(0, line_end)) + 1
        if line_end < day_start or _CLOCK.search(low, line_start, line_end):
            break  # (an earlier entry's line: its leader is not this one's)
    return ""
