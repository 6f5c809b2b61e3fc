"""The task of a deadline row: what must be done, read from the clause without its time expression, the
rest of a timetable row, the heading of the plan item whose time line gave the date, or an activity
label as written. `trimmed` is how every task and name read from the text is cut.
"""
from __future__ import annotations

from collections.abc import Callable

import regex

from .deadline_dates import vocabulary, words_pattern
from .deadline_layout import MARKER
from .textfold import cap_first, strip_markup

_TASK_LIMIT = 200
_LEAD_IN = 80  # characters of a lead-in before the assigning verb that the task leaves out
# a legal database's note in square brackets (`[Khoản này được hướng dẫn bởi … có hiệu lực từ ngày …]`, `[Cụm từ này
# bị thay thế bởi …]`) or a footnote's number (`[2]`): no part of the task
EDITOR_NOTE = regex.compile(r"\s*\[[^\[\]\n]{0,400}\]")
# a note's label (`Lưu ý:`, `Ghi chú:`) before what a task or name says
_NOTE_LABEL = regex.compile(r"(?:" + words_pattern(vocabulary()["note_labels"]) + r")[ \t]*:[ \t]*", regex.I)
_DOUBLE_COMMA = regex.compile(r"[ \t]*,[ \t]+,")  # the commas either side of the time the task leaves out
_SPACE_COMMA = regex.compile(r"(?<=\p{L})[ \t]+(?=,)")  # before the comma after it: `Trong thời hạn , kể từ …`
LEADING_MARKERS = regex.compile(r"[\s|]*(?:" + MARKER + r"[ \t]*)*", regex.I)
# Compiled at import (before the workers fork), not on first use in every worker.
DIGIT = regex.compile(r"\d")
LETTER = regex.compile(r"\p{L}")
# the weekday after a day: `(thứ Hai)`, `(Chủ nhật)`, or a timetable cell's `-T7`, `- CN`
_WEEKDAY = regex.compile(r"[ \t]*\((?:[Tt]hứ\s+\S+|[Cc]hủ\s+[Nn]hật)\)|[ \t]*[-–][ \t]*(?:T[2-7]|CN)(?![\p{L}\d])")
_TIME_WORDS = regex.compile(r"(?:(?:ngày|thời gian|thời hạn|hạn|tuần|tháng|năm|từ|đến|trước|sau|vào|lúc)\W*)+",
                            regex.I)
_ASIDE_OPEN = regex.compile(r"\((?:[\p{L} ]{0,20})$", regex.REVERSE)  # `(`, `(Thực hiện `, `(Thời gian ` before a time
_ASIDE_CLOSE = regex.compile(r"[ \t]*\)")
_COLUMN_GAP = regex.compile(r"\S[ \t]{2,}\S")
# a time line that holds the time of an event and nothing else (`Thời gian: 7 giờ 30, ngày 14/3/2026 (thứ Bảy).`)
_THIN_LABEL = regex.compile(r"[*_ \t]*[Tt]hời\s+gian(?:\s+(?:tổ\s+chức|họp|khai\s+mạc|bắt\s+đầu))?[*_ \t]*:[ \t]*(?:[Vv]ào|[Ll]úc)?[ \t]*")
_THIN_REST = regex.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*[.;]?[ \t\r]*")
_FIELD_LINE = regex.compile(r"[ \t]*(?:" + MARKER + r"[ \t]*)?[^:\n]{1,40}:[ \t]*\S", regex.I)  # `- Địa điểm: …`
_LEAD_IN_COLON = regex.compile(r"(?:[ \t,]*(?:như\s+sau|cụ\s+thể))?[ \t]*:[ \t\r]*$")
# the label of a list of addressees or invitees, ending its line (`Kính gửi:`, `… trân trọng kính mời:`)
_ADDRESSEES_INTRO = regex.compile(r"(?i)(?<![\p{L}])(?:kính\s+gửi|kính\s+mời|mời)\s*:\s*$")
_BULLET_ITEM = regex.compile(r"[ \t]*[-–+•*][ \t]+\S")
_ADDRESSEES_ABOVE = 12  # items of such a list looked through
_FIELDS_ABOVE = 4  # lines above a time line looked through for its event (its fields, blank lines)
_EVENT_WORDS = 20  # syllables of an event's own line; a longer one is a paragraph
_WRAPPED_PARAGRAPHS = 2  # paragraphs of a wrapped heading looked back over
_STOPS = ".;:!?)"
_SPACES = regex.compile(r"\s+")
_ROW_REACH = 600  # characters from a cell up to the blank line that opens its row
# after a due date, what it is due for: `xong trước ngày 30/6/2026 đối với hồ sơ năm 2024, xong trước …`
_OWN_OBJECT = regex.compile(r"[ \t]*(?:đối\s+với|riêng\s+đối\s+với)(?![\p{L}])")
# after a due date, the next duty of the same subject: `… trước ngày 15/4; tổng hợp …`, `… và gửi báo cáo …`
_NEXT_DUTY = regex.compile(r"[ \t]*(?:[,;][ \t]*)?(?:(?:và|đồng\s+thời)[ \t]+)?(?=\p{L}+[ \t]+\p{L}+[ \t]+\p{L})")
_PART_END = regex.compile(r"[,;]|[ \t]và[ \t]")
# a `;`-joined part that holds no duty but the time of the one before it: `b) Báo cáo đánh giá …; thời hạn công bố
# trước ngày 30 tháng 6 …`, `… ban hành Kế hoạch …; thời gian ban hành trước ngày 15 tháng 12 …`
_BULLET_LINE = regex.compile(r"[ \t]*[-+•*–][ \t]+(?=\S)")  # an item of a list under a time label
_LISTED_ITEMS = 8
_WRAPPED_LINE = regex.compile(r"\n[ \t]*(\S[^\n]*)")  # the next line of a paragraph, no blank line between
_WRAPPED_LINES = 5
# the line under a time label (a Word file's reader puts up to three blank lines between paragraphs)
_PARAGRAPH_BELOW = regex.compile(r"(?:[ \t]*\n){0,3}[ \t]*(\S[^\n]{7,})")
# A plan's part that only says when and where its event is held (`II. THỜI GIAN, ĐỊA ĐIỂM`, `Thời gian và địa điểm tổ
# chức`, `THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM`): it names no task of its own.
_TIME_PLACE_HEADING = regex.compile(r"(?:thời\s+gian|địa\s+điểm|thành\s+phần(?:\s+tham\s+(?:gia|dự))?)"
                                    r"(?:\s*(?:,|và|-|–)\s*(?:thời\s+gian|địa\s+điểm|thành\s+phần(?:\s+tham\s+(?:gia|dự))?))*"
                                    r"(?:\s+tổ\s+chức)?", regex.I)
_TIME_OF_DUTY = regex.compile(r"[ \t]*thời[ \t]+(?:hạn|gian)(?:[ \t]+\p{Ll}+){1,3}[ \t,:]*", regex.I)
# A sentence that is a time label alone before its time (`Hạn cuối:`, `Thời hạn nộp:`, `Thời gian:`: models/deadlines.json
# `time_labels`, and a word or two that say which)
_LABEL_SENTENCE = regex.compile(r"[ \t]*(?:" + words_pattern(vocabulary()["time_labels"]) + r")(?:[ \t]+\p{Ll}+){0,2}[ \t]*:[ \t]*",
                                regex.I)
# A part that only says the work is done (`…; hoàn thành trước ngày 15/10/2025`, `…, xong trước …`: models/deadlines.json
# `label_bare_verbs`): its duty is the part before it.
_DONE_ONLY = regex.compile(r"[ \t]*(?:" + words_pattern(vocabulary()["label_bare_verbs"]) + r")[ \t,:]*", regex.I)


def trimmed(text: str) -> str:
    """A task or a name as the tables write it: markup, editor's notes and leading markers cut, at most
    `_TASK_LIMIT` characters (cut at a space), capitalised."""
    text = _DOUBLE_COMMA.sub(",", EDITOR_NOTE.sub("", strip_markup(text)))
    if " ," in text or "\t," in text:  # (the cheap test first)
        text = _SPACE_COMMA.sub("", text)
    text = LEADING_MARKERS.sub("", text, count=1).strip(" ,;:.-–(/")  # (and the closing `./.`)
    note = _NOTE_LABEL.match(text)
    text = text[note.end():] if note else text
    if len(text) > _TASK_LIMIT:
        cut = text.rfind(" ", 0, _TASK_LIMIT)
        text = text[:cut if cut > 0 else _TASK_LIMIT].rstrip(" ,;:")
    return cap_first(text) if text else ""


def own_parts(low: str, clause: tuple[int, int], surfaces: list[tuple[int, int]],
              opens_duty: Callable[[int, int], bool]) -> list[list[tuple[int, int]]] | None:
    """The spans of one clause that make each due date's task, when it names several, each for its own object or
    its own duty: `… hoàn thiện hồ sơ, xong trước ngày 30/6/2026 đối với hồ sơ năm 2024, xong trước
    ngày 30/9/2026 đối với hồ sơ năm 2025` (what is common, then each date's object after it), `Các trường rà soát
    … trước ngày 20/4 và gửi báo cáo … trước ngày 20/4` (each duty ends at its date); None when the dates are
    one list (`Quý IV/2025 và Quý I/2026`), one duty or one verb's objects (`quyết định mức tiền lương … trước
    ngày 15 tháng 4, mức tiền thưởng … trước ngày 30 tháng 6`). `opens_duty(start, end)`: whether a duty's verb
    or who acts opens the words at `start`."""
    if len(surfaces) < 2:
        return None
    gaps = [(end, nxt) for (_, end), (nxt, _) in zip(surfaces, surfaces[1:])]
    if all(_OWN_OBJECT.match(low, end, nxt) for end, nxt in gaps) and _OWN_OBJECT.match(low, surfaces[-1][1], clause[1]):
        # the common part is what comes before the first date; each date's own part its object after it
        common = (clause[0], surfaces[0][0])
        parts = []
        for (_, end), limit in zip(surfaces, [nxt for _, nxt in gaps] + [clause[1]]):
            cut = _PART_END.search(low, end, limit)
            parts.append([common, (end, cut.start() if cut else limit)])
        return parts
    if all((m := _NEXT_DUTY.match(low, end, nxt)) and opens_duty(m.end(), nxt) for end, nxt in gaps) and \
            not low[surfaces[-1][1]:clause[1]].strip(" \t.;,"):
        # each duty runs from the end of the date before it up to its own date
        return [[(clause[0] if i == 0 else _NEXT_DUTY.match(low, surfaces[i - 1][1]).end(), start)]
                for i, (start, _) in enumerate(surfaces)]
    return None


_BASIS_OPENING = regex.compile(r"(?i)[ \t*_]*(?:thực\s+hiện|căn\s+cứ|triển\s+khai|theo)\s+\p{L}+[^\n]{0,40}?số")


_PART_WORD_MARKS = regex.compile(r"[\s,;:.\-–&/*_]+")
_GENERIC_PART_WORD = regex.compile(r"(?:" + words_pattern(vocabulary()["generic_part_words"]) + r")(?![\p{L}])")


def _generic_part(heading: str) -> bool:
    """Whether a heading is made of a plan's standard part words only (`NỘI DUNG`, `NHIỆM VỤ, GIẢI PHÁP`: models/
    deadlines.json `generic_part_words`)."""
    return bool(heading.strip()) and not _PART_WORD_MARKS.sub("", _GENERIC_PART_WORD.sub(" ", heading.lower()))


_DAY = r"(?:[Nn]gày[ \t]*)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
_DAYS_LISTED_AFTER = regex.compile(r"(?:[ \t]*(?:và|,|;)[ \t]*" + _DAY + r")*")
_DAYS_LISTED_BEFORE = regex.compile(r"(?:" + _DAY + r"[ \t]*(?:và|,|;)[ \t]*)+$")
_TIME_PREPOSITION = regex.compile(r"[ \t]+(?:vào|lúc)[ \t]*$")  # (`Lễ khai giảng chính thức vào` `lúc 7h30 ngày …`)


class TaskReader:
    """Reads the task of a deadline row; mixed into `deadline_fields.Fields`, whose `_item` finds a
    position's plan item."""

    text: str
    letter_subject: str
    title: str  # the document's subject line (`Tổ chức Hội nghị cán bộ, viên chức …`)

    def task(self, start: int, end: int, clause: tuple[int, int], task_from: str, row: tuple[int, int]) -> str:
        """What must be done: the clause without the time expression (`task_from` "clause"), the rest of a
        timetable row ("row"), the heading of the plan item whose time line gave the date ("item"), or an
        activity label as written (`Tựu trường các cấp học: Ngày 26/8/2024`). Where that is only a label of when and
        where (`II. THỜI GIAN, ĐỊA ĐIỂM` over `- Thời gian: …`), the plan's own event: its title."""
        task = self._task(start, end, clause, task_from, row)
        return trimmed(self.title) if self.title and _TIME_PLACE_HEADING.fullmatch(task) else task

    def _task(self, start: int, end: int, clause: tuple[int, int], task_from: str, row: tuple[int, int]) -> str:
        text = self.text
        if task_from == "row":
            after = _WEEKDAY.match(text, end, row[1])  # `Ngày 05/01/2026 (thứ Hai): Tổng kết, trao giải`
            after = _DAYS_LISTED_AFTER.match(text, after.end() if after else end, row[1])
            # (the other days of the row's list are no words of its task: `- Ngày 31/8/2017 và ngày 04/9/2017 giáo viên …`)
            before = _TIME_PREPOSITION.sub("", _DAYS_LISTED_BEFORE.sub("", text[row[0]:start]))
            rest = trimmed(before + " " + text[after.end():row[1]])
            if len(rest) >= 8 or (len(rest) >= 4 and LETTER.match(rest) and not _TIME_WORDS.fullmatch(rest)):
                return rest  # (a short activity's name too: `1 Việt dã 31/10/2020-T7`, `Vovinam`)
            listed = self._listed_below(end)
            if listed:
                return listed
            named = self._row_name(row)
            if named:
                return named
        elif task_from == "clause":
            head, tail = clause[0], clause[1]
            aside = _ASIDE_OPEN.search(text, clause[0], start)
            close = _ASIDE_CLOSE.match(text, end) if aside else None
            if close:
                # the time in brackets after what it times: `(Từ ngày 02/2 đến ngày 03/2/2026)`; after a label too short
                # to say it, what follows the brackets (`Tuần 2 (22-28/11) – Giai đoạn “Hình thành ý tưởng”:`)
                head, tail = aside.start(), clause[1]
                task = trimmed(self._unwrapped(clause[0], head))
                if len(task) < 8 and LETTER.search(text, close.end(), tail):
                    rest = text[close.end():tail].lstrip(" \t")
                    task = trimmed(task + ("" if rest.startswith(":") else " ") + rest)  # (`Tuần 3 (15-21/9): …`)
            else:
                weekday = _WEEKDAY.match(text, end, tail)  # `… tựu trường ngày 19/8/2024 (thứ Hai).`
                # (a long lead-in before the verb that assigns the duty, `Thực hiện Công văn số …, Phòng GDĐT đề nghị
                # Hiệu trưởng các trường thực hiện báo cáo … chậm nhất ngày …`: the task opens at that verb)
                assigning = self.assigning_start(head, start) if start - head > _TASK_LIMIT // 2 else -1
                head = assigning if assigning - head > _LEAD_IN else head  # (a short one, `Giao …`, `Báo cáo, đề nghị …`, stays)
                task = trimmed(text[head:start] + " " + text[weekday.end() if weekday else end:tail])
            timed = self._part_timed(clause[0], start) if len(task) < _TASK_LIMIT // 2 else ""
            if timed:
                return timed
            labelled = self.sentence_timed(clause[0], start) if len(task) < 40 else None
            if labelled:
                return trimmed(text[labelled[0]:labelled[1]])
            if len(task) >= 8:
                return task
            listed = self._listed_below(end)
            if listed:
                return listed
            previous = self._previous_paragraph(clause[0])
            if previous:
                return previous
        elif task_from != "item":
            return trimmed(task_from)
        else:
            event = self._event_above(start, end, row)
            if event:
                return event
            if self.letter_subject and self.under_addressees(row[0]):
                return trimmed(self.letter_subject)  # `Thời gian: …` under the invitees: the invitation's event
        item = self._item(start)
        if item is not None and item.heading:
            if not _generic_part(item.heading):
                return trimmed(item.heading)
            if task_from == "item" and self.title:
                return trimmed(self.title)  # `II. NỘI DUNG` over `1. Thời gian, địa điểm` ⏎ `- Thời gian tổ chức …: …`
        return trimmed(text[clause[0]:start] + " " + text[end:clause[1]])

    def _part_timed(self, head: int, start: int) -> str:
        """The duty of the `;`-joined part before a part that only times it (`b) Báo cáo đánh giá về kết quả …;
        thời hạn công bố trước ngày 30 tháng 6 …` → `Báo cáo đánh giá về kết quả …`) or only says it is done (`1. Rà
        soát, bổ sung Quy chế …; hoàn thành trước ngày 15/10/2025`, also after a comma); "" elsewhere."""
        text = self.text
        done_only = _DONE_ONLY.fullmatch(text, head, start)
        if not done_only and not _TIME_OF_DUTY.fullmatch(text, head, start):
            return ""
        semi = head
        while semi > 0 and text[semi - 1] in " \t":
            semi -= 1
        if semi == 0 or text[semi - 1] not in (";," if done_only else ";"):
            return ""
        opening = max(text.rfind(";", 0, semi - 1), text.rfind("\n", 0, semi - 1)) + 1
        return trimmed(text[opening:semi - 1])

    def sentence_timed(self, head: int, start: int) -> tuple[int, int] | None:
        """The sentence before, on the same line, a sentence that is only a time label (`2. Gửi danh sách … về Phòng
        GDĐT qua bộ phận Tổ chức cán bộ. Hạn cuối: 16h00 ngày 10/10/2024.`): the duty it times (its task and its
        recipient), as a span; None elsewhere."""
        text = self.text
        if not _LABEL_SENTENCE.fullmatch(text, head, start):
            return None
        stop = head
        while stop > 0 and text[stop - 1] in " \t":
            stop -= 1
        if stop == 0 or text[stop - 1] != ".":
            return None
        line_start = text.rfind("\n", 0, stop) + 1
        opening = max(text.rfind(". ", line_start, stop - 1) + 2, line_start)
        return opening, stop - 1

    def _row_name(self, row: tuple[int, int]) -> str:
        """A table row laid out one cell a line (a blank line between rows: `1` ⏎ `37` ⏎ `Luật Địa chất và
        Khoáng sản` ⏎ `- Cục Khoáng sản Việt Nam; …` ⏎ `Tháng 02/2024`): what the row names is its first cell
        of words, before the cell that holds the date."""
        text = self.text
        block = text.rfind("\n\n", max(0, row[0] - _ROW_REACH), row[0])
        if block < 0:
            return ""
        cells = [line.strip() for line in text[block + 2:row[0]].split("\n")]
        if any(_COLUMN_GAP.search(cell) for cell in cells):
            return ""  # columns laid out side by side (`pdftotext -layout`): not a cell a line
        return next((trimmed(cell) for cell in cells if len(cell) >= 8 and LETTER.search(cell) and not DIGIT.match(cell)), "")

    def _event_above(self, start: int, end: int, row: tuple[int, int]) -> str:
        """The event a thin time line times (`- Thời gian: 7 giờ 30, ngày 14/3/2026 (thứ Bảy).`, its line holding
        nothing but the time): the line above it, past the item's other fields (`- Địa điểm: …`) — one that leads
        the fields in (`Ủy ban nhân dân xã tổ chức Hội nghị … như sau:`) or a short line of its own (`Hội nghị cử
        tri nơi cư trú`, a letter's `Đến dự Hội nghị sơ kết học kỳ I …`), not a paragraph (a plan item's over
        `Thời gian hoàn thành: …` says how, the item's heading says what)."""
        text = self.text
        head = LEADING_MARKERS.match(text, row[0], start).end()
        if not _THIN_LABEL.fullmatch(text, head, start) or not _THIN_REST.fullmatch(text, end, row[1]):
            return ""
        stop, item = row[0], self._item(start)
        for _ in range(_FIELDS_ABOVE):
            line_end = stop - 1
            while line_end > 0 and text[line_end - 1] in " \t\r":
                line_end -= 1
            if line_end <= 0 or item is not None and line_end <= item.start:
                return ""
            stop = text.rfind("\n", 0, line_end) + 1
            line = text[stop:line_end]
            if not line.strip() or _FIELD_LINE.match(line):
                continue
            if self.under_addressees(line_end + 1):
                return ""  # the last of the bodies invited (`- Tổ trưởng chuyên môn các trường.`), not the event
            lead = _LEAD_IN_COLON.search(line)
            if lead and self.title and _BASIS_OPENING.match(line):
                # `Thực hiện Kế hoạch số …; căn cứ …, Phòng GD&ĐT hướng dẫn tổ chức Hội thi như sau:` over `1. Đối tượng:
                # …` ⏎ `2. Thời gian tổ chức: …`: the lead-in of the document's points, after its bases; the event they
                # time is the document's own, its subject
                return trimmed(self.title)
            if lead or (len(line.split()) <= _EVENT_WORDS and not line.rstrip().endswith((";", ","))):
                return trimmed(line[:lead.start()] if lead else line)
            return ""
        return ""

    def under_addressees(self, pos: int) -> bool:
        """Whether the lines right above `pos` are the items of a list of addressees or invitees (`Kính gửi:`,
        `… trân trọng kính mời:` ⏎ `- Hiệu trưởng các trường …;` ⏎ `- Tổ trưởng chuyên môn ….`)."""
        text, stop = self.text, pos
        for _ in range(_ADDRESSEES_ABOVE):
            line_end = stop - 1
            while line_end > 0 and text[line_end - 1] in " \t\r\n":
                line_end -= 1
            if line_end <= 0:
                return False
            stop = text.rfind("\n", 0, line_end) + 1
            line = text[stop:line_end]
            if _ADDRESSEES_INTRO.search(line):
                return True
            if not _BULLET_ITEM.match(line):
                return False
        return False

    def _listed_below(self, end: int) -> str:
        """`Tháng 10/2025:` ⏎ `- Kiểm tra hoạt động sư phạm …` ⏎ `- Kiểm tra hồ sơ …`: a time that labels the list under
        it (its line ends with the colon) times each item of the list: the task is the items, `; ` between them. (A
        paragraph under it, no list, is the time's clause: `deadlines.extract` reads it with `paragraph_below`.)"""
        text = self.text
        line_end = text.find("\n", end)
        # (the time in brackets after its label: `Tuần 2 (từ 07/10 - 12/10):`)
        if line_end < 0 or text[end:line_end].strip(" \t*_").removeprefix(")").strip() != ":":
            return ""
        items, at = [], line_end + 1
        while len(items) < _LISTED_ITEMS and (bullet := _BULLET_LINE.match(text, at)):
            next_end = text.find("\n", at)
            next_end = len(text) if next_end < 0 else next_end
            items.append(text[bullet.end():next_end].strip().rstrip(";.,"))
            at = next_end + 1
        return trimmed("; ".join(item for item in items if item))

    def paragraph_below(self, end: int) -> tuple[int, int] | None:
        """The paragraph a time labels from the line above it (`b) Trước ngày 20 tháng 3 năm 2020:` ⏎ ⏎ `Hội đồng cấp
        tỉnh nộp hồ sơ về …`): its line ends with the colon, and the line under it (three blank lines between at most) is
        neither a list's item nor an item of its own; with the lines it wraps onto."""
        text = self.text
        line_end = text.find("\n", end)
        if line_end < 0 or text[end:line_end].strip(" \t*_") != ":" or _BULLET_LINE.match(text, line_end + 1):
            return None
        paragraph = _PARAGRAPH_BELOW.match(text, line_end + 1)
        if paragraph is None or LEADING_MARKERS.match(text, paragraph.start(1)).group().strip():
            return None
        start, end = paragraph.span(1)
        for _ in range(_WRAPPED_LINES):  # a PDF's text wraps the paragraph: `… về Sở Giáo dục` ⏎ `và Đào tạo.`
            if text[end - 1] in ".;:!?" or not (wrapped := _WRAPPED_LINE.match(text, end)) \
                    or LEADING_MARKERS.match(text, wrapped.start(1)).group().strip() or _BULLET_LINE.match(text, end + 1):
                break
            end = wrapped.end(1)
        return start, end

    def _previous_paragraph(self, pos: int) -> str:
        """The paragraph before `pos` when it is short enough to be the heading a time line stands under
        (`Tổ chức hội nghị hiệp thương lần thứ hai …` over `(Từ ngày 02/2 đến ngày 03/2/2026)`)."""
        text = self.text
        end = pos
        while end > 0 and text[end - 1].isspace():  # (not `len(text[:pos].rstrip())`: a copy of the text)
            end -= 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or len(line) > _TASK_LIMIT or _ASIDE_OPEN.search(line):
            return ""
        return trimmed(self._unwrapped(start, end))

    def _unwrapped(self, start: int, end: int) -> str:
        """The text [start, end) with the paragraphs it continues: a PDF's text breaks a wrapped heading into
        paragraphs (`Tổ chức hội nghị hiệp thương lần thứ nhất …, ` ⏎⏎ `đại biểu Hội đồng nhân dân` ⏎⏎ `(Thực
        hiện từ ngày …)`); a paragraph that opens in lower case after one that ends without a stop goes on it."""
        text = self.text
        while start < end and text[start] in " \t":
            start += 1
        for _ in range(_WRAPPED_PARAGRAPHS):
            if not (start < end and text[start].islower()):
                break
            above = start
            while above > 0 and text[above - 1].isspace():
                above -= 1
            if "\n\n" not in text[above:start].replace(" ", "").replace("\t", "") or not above \
                    or text[above - 1] in _STOPS:
                break
            line = text.rfind("\n", 0, above) + 1
            if end - line > _TASK_LIMIT or LETTER.search(text, line, above) is None:
                break
            start = line
        return _SPACES.sub(" ", text[start:end])

