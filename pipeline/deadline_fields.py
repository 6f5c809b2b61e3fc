"""The fields of a deadline row: the task (what must be done), who is responsible, to whom it goes.

The task is the activity of the clause, of the timetable row, or of the plan item whose `Thời gian
thực hiện:` line gave the date. The responsible party is the item's `Đơn vị chủ trì:` field (or its
`Cơ quan chủ trì` sub-item), the body a clause assigns (`Giao Văn phòng UBND tỉnh …`, `đề nghị các đơn
vị …`), or the clause's subject before its verb; where the verb list cannot find the end of the
subject, underthesea's POS tags do. The recipient follows `gửi (về)`, `báo cáo`, `về`, `cho`, `lên` (or
the introduction of a list of reports).
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .deadline_dates import RECURRENCE_LIST, vocabulary, word_regex, words_pattern
from .deadline_layout import BULLET, MARKER, Outline, clause_end
from .deadline_recipients import before_verb_read_on, body_end, bodies_end, delivers, recipient_in
from .nlp_models import phrase_tags, phrase_words
from .lexicon import expand_abbreviations, load
from .party_names import TRAILING_GLUE
from .textfold import cap_first, fold, lowered, strip_markup

_TASK_LIMIT = 200
# a legal database's note in square brackets (`[Khoản này được hướng dẫn bởi … có hiệu lực từ ngày …]`, `[Cụm từ này
# bị thay thế bởi …]`) or a footnote's number (`[2]`): no part of the task
_EDITOR_NOTE = regex.compile(r"\s*\[[^\[\]\n]{0,400}\]")
_DOUBLE_COMMA = regex.compile(r"[ \t]*,[ \t]+,")  # the commas either side of the time the task leaves out
_MARKERS = regex.compile(r"[\s|]*(?:" + MARKER + r"[ \t]*)*", regex.I)


def _trim(text: str) -> str:
    text = _DOUBLE_COMMA.sub(",", _EDITOR_NOTE.sub("", strip_markup(text)))
    text = _MARKERS.sub("", text, count=1).strip(" ,;:.-–(")
    if len(text) > _TASK_LIMIT:
        cut = text.rfind(" ", 0, _TASK_LIMIT)
        text = text[:cut if cut > 0 else _TASK_LIMIT].rstrip(" ,;:")
    return cap_first(text) if text else ""


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern]:
    v = vocabulary()
    labels = words_pattern(v["responsible_labels"])
    return {
        "duty": word_regex("duty_verbs"),
        "assign": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["assigning_verbs"]) + r")\s+(?=\S)"),
        "field": regex.compile(r"[ \t|]*(?:" + BULLET + r"[ \t]*)?(?:" + labels + r")[ \t]*:[ \t]*(?P<value>[^\n]*)"),
        "field_heading": regex.compile(r"(?:" + labels + r")\s*:?\s*$"),
        "time_heading": regex.compile(r"(?:" + words_pattern(v["time_labels"]) + r")(?![\p{L}])"),
        # (`Năm 2025, …` is a fronted time, not the recurrence `năm`)
        "lead": regex.compile(r"(?:(?:" + RECURRENCE_LIST.pattern + r")(?![ \t]*\d)|thường\s+xuyên|riêng\s+năm\s+\d{4})[\s,]*"),
        # a fronted adverbial or condition before the subject: `Đối với …,`, `Trường hợp … thì`
        # (a condition runs to its `thì` over commas: `Đối với lô hàng có số lượng lớn, nhiều chủng loại … thì`)
        "fronted": regex.compile(r"(?:(?:trường\s+hợp|nếu|khi|sau\s+khi|đối\s+với)\s[^;:\n]{0,160}?\sthì"
                                 r"|(?:đối\s+với|trong|về|riêng|căn\s+cứ|theo|trên\s+cơ\s+sở)\s[^,;:\n]{0,80},"
                                 # a fronted time: `Năm 2025, Bộ Nội vụ dự kiến tổ chức …`, `Tháng 12/2025, …`
                                 r"|(?:năm|tháng|quý)\s+[\divx][^,;:\n]{0,12},"
                                 r"|(?:trường\s+hợp|nếu|khi|sau\s+khi)\s[^;:\n]{0,120}?,)[\s,]*"),  # (a stray `, ,`)
        "subject_stop": word_regex("subject_stops"),
        "lead_verb": word_regex("lead_verbs"),
        # a heading over a party's duties: `Trách nhiệm của …`, `Nhiệm vụ và quyền hạn của …`, `Giao Sở Nội vụ:`
        "duty_of": regex.compile(r"^(?:(?:trách\s+nhiệm|nhiệm\s+vụ)(?:\s+và\s+quyền\s+hạn)?\s+của|(?:"
                                 + words_pattern(v["heading_assigners"]) + r")(?:\s+cho)?)\s+", regex.I),
        # a label that opens a clause before its subject: `Giải pháp khắc phục: Sở Tư pháp tập trung …`, or
        # ends an item's heading line over its text (`1. Biên bản hội nghị (Bước 2):` ⏎ `Các cơ quan, … gửi …`)
        "label": regex.compile(r"[^,;:\n]{2,40}:(?:[ \t]+|[ \t]*\n[ \t]*)(?=\S)"),
        "determiner": regex.compile(r"(?:các|những|mỗi|từng)\s+"),
        "agent": regex.compile(r"(?:" + words_pattern(v["agent_heads"] + [t.lower() for t in load().signer_titles])
                               + r")(?![\p{L}])"),
        "generic": regex.compile(r"(?:" + words_pattern(v["agent_heads"]) + r")(?![\p{L}])"),
        "collective": regex.compile(r"(?:" + words_pattern(v["collective_heads"] + v["agent_heads"]) + r")(?![\p{L}])"),
        # a period counted from a moment a party receives or is handed something: `… là 30 ngày, kể từ ngày
        # đương sự nhận được quyết định …`, `… kể từ thời điểm người khai hải quan xuất trình … cho cơ quan hải quan`
        "counted_from": regex.compile(r"\s*,?\s*(?:kể\s+|tính\s+)?từ\s+(?:ngày|thời\s+điểm|khi|lúc)\s+"),
        "receiving": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["receiving_verbs"]) + r")(?![\p{L}])"),
        "handing": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["handing_verbs"]) + r")(?![\p{L}])"),
        "handed_to": regex.compile(r"(?<![\p{L}])(?:cho|đến|tới)\s+"),
    }


_ADDRESSED = regex.compile(r"(?m)^[ \t]*kính\s+gửi\s*:[ \t]*")
_BULLET_LINE = regex.compile(r"\s*" + BULLET + r"[ \t]*")
_HEADER_REACH = 3000  # characters of a letter that may hold its `Kính gửi:` block
_GENERIC_TAIL = regex.compile(r"(?:[ \t]+\p{Ll}+){1,8}[ \t]*")
_TRAILING_WORD = regex.compile(r"\s+(?:về|hoặc|với|cho)$")  # a joining word left without what it joins
_SUBJECT_WORDS = 14  # a longer subject is prose, not a party's name
_QUALIFIED_WORDS = 5  # syllables of the shortest subject whose head's qualifier may run into a verb (`người khai hải quan khai`)
_LONG_SUBJECT_WORDS = 10  # syllables of a subject long enough to be read on past its name
# a time that opens its clause: `Chậm nhất là ngày 05/02/2026, …`, a timetable's `- Từ ngày 04/02/2026: Ban …`,
# `Trước ngày 31 tháng 8 hằng năm, Bộ Quốc phòng …`
_FRONTED_TIME = regex.compile(r"[ \t]*(?:(?:hằng|hàng)\s+năm[ \t]*)?(?:\([^()\n]{0,40}\)[ \t]*)?[,:]\s*")
_WEEKDAY = regex.compile(r"[ \t]*\((?:[Tt]hứ\s+\S+|[Cc]hủ\s+[Nn]hật)\)")
_ASIDE_OPEN = regex.compile(r"\((?:[\p{L} ]{0,20})$", regex.REVERSE)  # `(`, `(Thực hiện `, `(Thời gian ` before a time
_ASIDE_CLOSE = regex.compile(r"[ \t]*\)")
_SENTENCE_START = regex.compile(r"[.!?:]\s|\n[ \t]*\n|\n(?=[ \t]*(?:" + MARKER + r"))", regex.I | regex.REVERSE)
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:" + MARKER + r"))", regex.I)
_ENTRY_LINES = 3  # wrapped lines a timetable entry may run on over
_SENTENCE_REACH = 600  # characters looked through either side of a clause for the rest of its sentence
_FIELD_ANCHOR = re.compile(r"(?:chủ trì|thực hiện|phụ trách|trách nhiệm)[ \t]*:")
# Compiled at import (before the workers fork), not on first use in every worker.
_DIGIT = regex.compile(r"\d")
_ASSIGNED_LEAD = regex.compile(r"(?i)^(?:giao\s+|đồng\s+chí\s+)")
_LIST_ITEM = regex.compile(r"\s*[+\-–•*]")
_DUTIES_FOLLOW = regex.compile(r"(?<![\p{L}])có\s+trách\s+nhiệm[\s*_]*[.:]?[\s*_]*$")  # `Sở … có trách nhiệm:` ends its line
_LEAD_IN_REACH = 30  # lines from a bullet up to the line that leads its list
_TOPIC = regex.compile(r"về\s+(?=\p{Ll})")  # `Về khai bổ sung`: an item's topic, not its subject
_CAPITALISED_WORD = regex.compile(r"(?<![\p{L}])\p{Lu}")
_TOPIC_REACH = 80  # characters of a topic heading before the lead-in's subject
_PARTS_BACK = 3  # comma-joined parts of a clause looked through for a subject nearer than its opening
_PARTS_IN_ITEM = 8  # parts of an item's text looked through, up from its time line
_PART_MARKS = (",", ";", ".")
# the last word before a list of names: `phối hợp với`, `cùng`, a preposition (`báo cáo cho Ủy ban …, Sở …`)
_COORDINATED = regex.compile(r"(?<![\p{L}])(?:phối\s+hợp(?:\s+với)?|cùng|và|cho|với|về|đến|tới|lên)\s+")
# between a subject and its verb: `Tổ trưởng các Tổ dân phố, tập hợp`, `Ủy ban nhân dân tỉnh sẽ tổ chức`,
# `Hiệp hội … không báo cáo` (a duty not done)
_BEFORE_VERB = regex.compile(r",?[ \t]+(?:(?:sẽ|phải|cần|không|chưa)[ \t]+)?")
# `Quỹ Khuyến học tỉnh Bình Thuận (gọi tắt là Quỹ)`, `… (sau đây gọi tắt là Trung tâm)`: a body's short name
# (not `gọi chung là`, a term for several bodies)
_SHORT_NAME = regex.compile(r"\(\s*(?i:sau\s+đây\s+)?(?i:gọi\s+(?:tắt\s+)?là)\s+(?P<short>\p{Lu}[\p{L} ]{0,30}?)\s*\)")
_PUNCTUATION = regex.compile(r"[,;:.!?()\n]")
_LEAD_IN_END = regex.compile(r":[ \t]*\n", regex.REVERSE)  # the last line before the time that ends in a colon
_COLUMN_GAP = regex.compile(r"\S[ \t]{2,}\S")
_ROW_REACH = 600  # characters from a cell up to the blank line that opens its row
# a part that opens with its verb: the predicate has begun, its subject left out
_PREDICATE_OPENS = regex.compile(r"(?:có|chỉ\s+đạo|giao|yêu\s+cầu|đề\s+nghị|báo\s+cáo|gửi|tổ\s+chức|thực\s+hiện)(?![\p{L}])")
_MODAL = regex.compile(r"(?<![\p{L}])(?:phải|cần|có\s+trách\s+nhiệm)(?![\p{L}])")
_PARTS_AFTER_ANCHOR = 3  # comma-joined parts after `kể từ …` looked through for the party that acts
_UNLISTED_WORDS = 5  # a subject read only by the modal after it (`cấp trên trực tiếp phải …`) is short
_ANCHOR_REACH = 160  # characters from `kể từ ngày` over the party, its verb and what it is handed, to whom


class Fields:
    """Reads the task, responsible party and recipient of the deadlines of one document."""

    def __init__(self, text: str, low: str, sections=(), default_responsible: str = "", issuer: str = ""):
        self.text, self.low = text, low
        self.issuer = issuer
        self.outline = Outline(sections)
        self.default_responsible = default_responsible
        # (what, where) -> party: rows share their items, and the dates of one clause its subject
        self._by_item: dict[tuple, str] = {}
        self._items: dict[int, object] = {}  # position -> its plan item (a section or None)
        self._over: dict[str, str] = {}  # section id -> the party its heading or one above it names
        self._short_names: dict[str, str] | None = None  # folded short name -> the body's full name

    def _item(self, pos: int):
        """The plan item of `pos` (a `3. Thời gian thực hiện: …` heading belongs to the item above);
        asked for a row's task, responsible and recipient alike, so found once."""
        if pos not in self._items:
            pats = _patterns()
            self._items[pos] = self.outline.item(pos, lambda heading: bool(pats["time_heading"].match(heading.lower())))
        return self._items[pos]

    # --- task
    def task(self, start: int, end: int, clause: tuple[int, int], task_from: str, row: tuple[int, int]) -> str:
        """What must be done: the clause without the time expression (`task_from` "clause"), the rest of a
        timetable row ("row"), the heading of the plan item whose time line gave the date ("item"), or an
        activity label as written (`Tựu trường các cấp học: Ngày 26/8/2024`)."""
        text = self.text
        if task_from == "row":
            after = _WEEKDAY.match(text, end, row[1])  # `Ngày 05/01/2026 (thứ Hai): Tổng kết, trao giải`
            rest = _trim(text[row[0]:start] + " " + text[after.end() if after else end:row[1]])
            if len(rest) >= 8:
                return rest
            named = self._row_name(row)
            if named:
                return named
        elif task_from == "clause":
            head, tail = clause[0], clause[1]
            aside = _ASIDE_OPEN.search(text, clause[0], start)
            if aside and _ASIDE_CLOSE.match(text, end):
                # the time in brackets after what it times: `(Từ ngày 02/2 đến ngày 03/2/2026)`
                head, tail = aside.start(), clause[1]
                task = _trim(text[clause[0]:head])
            else:
                task = _trim(text[clause[0]:start] + " " + text[end:tail])
            if len(task) >= 8:
                return task
            previous = self._previous_paragraph(clause[0])
            if previous:
                return previous
        elif task_from != "item":
            return _trim(task_from)
        item = self._item(start)
        if item is not None and item.heading:
            return _trim(item.heading)
        return _trim(text[clause[0]:start] + " " + text[end:clause[1]])

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
        return next((_trim(cell) for cell in cells if len(cell) >= 8 and _LETTER.search(cell) and not _DIGIT.match(cell)), "")

    def _previous_paragraph(self, pos: int) -> str:
        """The paragraph before `pos` when it is short enough to be the heading a time line stands under
        (`Tổ chức hội nghị hiệp thương lần thứ hai …` over `(Từ ngày 02/2 đến ngày 03/2/2026)`)."""
        text = self.text
        end = len(text[:pos].rstrip())
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or len(line) > _TASK_LIMIT or _ASIDE_OPEN.search(line):
            return ""
        return _trim(line)

    # --- responsible
    def responsible(self, start: int, end: int, clause: tuple[int, int], whole_item: bool = False) -> str:
        """Who must act: the item's responsible field or sub-item; the body the clause, then its
        sentence, assigns the task to or names as subject (for the time line of a plan item: the item's
        first sentence; after a fronted time, `Chậm nhất là ngày …, Ban Thường trực … gửi …`, the words
        after it); the subject of the introduction of the list the item stands in; in a plan, the body
        that issues it (its own activities need no subject)."""
        item = self._item(start)
        if item is not None:
            found = self._item_field(item)
            if found:
                return found
        low = self.low
        scopes, named = self._scopes(clause, start, end)
        if named:
            return named
        item_body = -1
        if whole_item and item is not None:
            body = self.text.find("\n", item.start, item.end)
            if body >= 0:
                item_body, body_end = body + 1, clause_end(low, body + 1)
                scopes = [(item_body, body_end, body_end)]
        elif whole_item:
            # a time line under the paragraph it times, in no plan item: `Sở Tài chính thẩm định …` ⏎
            # `Thời gian hoàn tất: trước ngày 15 tháng 10 năm 2014.`
            above = len(low[:clause[0]].rstrip())
            opening = low.rfind("\n", 0, above) + 1
            scopes.append((opening, above, clause_end(low, opening)))
        sentence = _SENTENCE_START.search(low, max(0, clause[0] - 400), clause[0] + 1)
        if sentence is not None and sentence.end() < clause[0]:
            scopes.append((sentence.end(), clause[0], clause[1]))
        for s_start, before, s_end in scopes:
            found = self._assigned(s_start, before, s_end) or self._subject(s_start, s_end)
            if found:
                return found
        # a time line under an item whose text opens with a condition (`Trên cơ sở đề nghị của …, Sở Xây dựng
        # chủ trì …`): the party nearest above the time line that opens a part of the text with its verb
        nearest_in_item = self._nearer_subject(item_body, clause[0], _PARTS_IN_ITEM) if item_body >= 0 else ""
        return nearest_in_item or self._nearer_subject(clause[0], start) or self._lead_in_party(start) \
            or self._heading_party(start) or self._intro_subject(item) or self._counted_from(end, clause[1]) \
            or self.default_responsible

    def _scopes(self, clause: tuple[int, int], start: int, end: int) -> tuple[list[tuple[int, int, int]], str]:
        """Where a clause's subject is looked for, as (start, before, end), or the subject itself when no list of
        parties knows it (`…, cấp trên trực tiếp phải xem xét …`): the clause; after a time that opens it
        (`Chậm nhất là ngày …, Ban Thường trực … gửi …`), that follows a fronted phrase (`Căn cứ vào kết quả hiệp
        thương lần thứ nhất, chậm nhất là ngày 15 tháng 12 năm 2025, Ủy ban Thường vụ Quốc hội tiến hành …`) or
        opens a line as an entry's label (`Từ ngày 04/02/2026: Ban Thường trực … họp …` in a list Word bullets
        itself), the words after it; after a period and the moment it counts from (`Trong thời hạn 05 ngày làm
        việc kể từ ngày nhận được hồ sơ …, Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định …`), the part that opens
        with a party; in a paragraph that runs on from a lead-in line, the paragraph's own words first."""
        low = self.low
        head = _MARKERS.match(low, clause[0], start).end()
        # (a period's cues may stand apart from its count: `Trong thời hạn không quá 7 ngày làm việc, kể từ …`)
        opens = not _EDITOR_NOTE.sub("", low[head:start]).strip() or bool(_patterns()["fronted"].fullmatch(low, head, start)) \
            or bool(_period_cues().fullmatch(low, head, start))
        fronted = _FRONTED_TIME.match(low, end, clause[1])
        line = low.rfind("\n", 0, start) + 1
        after_anchor, named = self._after_anchor(end, clause[1]) if opens else (-1, "")
        if after_anchor >= 0 or named:
            # its subject, not a body its words ask (`đề nghị …`)
            return [(after_anchor, after_anchor, clause[1])] if after_anchor >= 0 else [], named
        if fronted and (opens or ":" in low[end:fronted.end()] and _MARKERS.match(low, line, start).end() == start):
            return [(fronted.end(), clause[1], clause[1])], ""
        scopes = [(clause[0], start, clause[1])]
        lead_in = _LEAD_IN_END.search(low, clause[0], start)
        lead_line = low.rfind("\n", 0, lead_in.start()) + 1 if lead_in else -1
        if lead_in and _MARKERS.match(low, lead_line, lead_in.start()).end() == lead_line:
            # paragraphs Word numbers itself run on from the line that leads them in (`Thời gian gửi biên bản cụ thể
            # như sau:` ⏎ `Biên bản hội nghị (Bước 2): Các cơ quan, đơn vị … gửi …`); an item's heading with its
            # marker (`b) Thời hạn …:`) heads its own text instead
            scopes.insert(0, (lead_in.end(), start, clause[1]))
        return scopes, ""

    def _after_anchor(self, end: int, c_end: int) -> tuple[int, str]:
        """Who acts within a period counted from a moment written after it: `Trong thời hạn 05 ngày làm việc kể từ
        ngày nhận được báo cáo, đề nghị xử lý … của Chi cục Hải quan, Cục trưởng Cục Hải quan ra Quyết định …` →
        where the part after the moment's words opens with a party; a subject no list of parties knows, before its
        modal (`…, cấp trên trực tiếp phải xem xét …`), as written; (-1, "") when neither."""
        low = self.low
        anchor = _patterns()["counted_from"].match(low, end, c_end)
        if anchor is None:
            return -1, ""
        at = anchor.end()
        for _ in range(_PARTS_AFTER_ANCHOR):
            comma = low.find(",", at, c_end)
            if comma < 0:
                return -1, ""
            part = comma + 1 + len(low[comma + 1:c_end]) - len(low[comma + 1:c_end].lstrip())
            part_end = low.find(",", part, c_end)
            part_end = c_end if part_end < 0 else part_end
            if at > anchor.end() and self._continues_a_list(at, comma):
                # a list of names (`… Bộ Quốc phòng, Bộ Công an …`) runs on past the comma (the moment's own words,
                # `kể từ ngày Hội đồng xử lý trình phương án …,`, may open with a body)
                return -1, ""
            if _is_agent(self.text, low, part, c_end):
                # (a party too long to read as a subject: the parts after it are its own words)
                return (part, "") if self._subject(part, c_end) else (-1, "")
            modal = _MODAL.search(low, part, part_end)
            if modal or _PREDICATE_OPENS.match(low, part, part_end):
                # the clause's own subject, one no list knows, or its predicate with the subject left out (`…, có
                # văn bản đề nghị Cục Chính sách, Tổng cục Chính trị …`): no party past it
                words = self.text[part:modal.start()] if modal else ""
                named = 0 < len(words.split()) <= _UNLISTED_WORDS and not _DIGIT.search(words) \
                    and not _PUNCTUATION.search(words)
                return -1, party_name(words) if named else ""
            at = comma + 1
        return -1, ""

    def _counted_from(self, end: int, c_end: int) -> str:
        """Where a statute names nobody before its period, the party the period runs for, read from the
        moment it counts from: the one who receives (`… là 60 ngày, kể từ ngày đương sự nhận được quyết
        định …`), or the one handed something (`không quá 08 giờ làm việc kể từ thời điểm người khai hải quan
        xuất trình đầy đủ hàng hóa cho cơ quan hải quan`)."""
        text, low, pats = self.text, self.low, _patterns()
        anchor = pats["counted_from"].match(low, end, c_end)
        if anchor is None or not _is_agent(text, low, anchor.end(), c_end):
            return ""
        head, reach = anchor.end(), min(c_end, anchor.end() + _ANCHOR_REACH)
        received = pats["receiving"].search(low, head, reach)
        handed = pats["handing"].search(low, head, received.start() if received else reach)
        verb = handed or received
        # the name runs up to its verb: `đương sự`, `cơ quan giải quyết khiếu nại`, `người khai hải quan`
        if verb is None or _PUNCTUATION.search(low, head, verb.start()) or \
                len(low[head:verb.start()].split()) > _SUBJECT_WORDS // 2:
            return ""
        if verb is received:
            return party_name(text[head:verb.start()])
        to = pats["handed_to"].search(low, verb.end(), reach)
        if to is None or _PUNCTUATION.search(low, verb.end(), to.start()) or not _is_agent(text, low, to.end(), c_end):
            return ""
        handed_end = bodies_end(text, low, to.end(), c_end)
        return party_name(text[to.end():handed_end]) if handed_end > to.end() else ""

    def _nearer_subject(self, c_start: int, pos: int, parts: int = _PARTS_BACK) -> str:
        """Where the clause opens with no party, the subject of the comma-joined part that holds the time:
        `Ngày 23/10/2025, Bộ Nội vụ đã ban hành …, theo đó, UBND các tỉnh thành nộp báo cáo …, chấm điểm trong
        tháng 01/2026, Bộ Nội vụ tổ chức thẩm định … vào tháng 4/2026`: the nearest part before the time
        that opens with a party and its verb. Over an item's text (more `parts`), a verb the lists do not
        hold is read by its POS tag (`Tổ Trưởng các Tổ dân phố, tập hợp đơn …`)."""
        low, duty, leads = self.low, _patterns()["duty"], _patterns()["lead_verb"]
        at = pos
        for _ in range(parts):
            comma = max(low.rfind(mark, c_start, at) for mark in _PART_MARKS)
            if comma < 0:
                return ""
            head = comma + 1
            while head < pos and low[head].isspace():
                head += 1
            # a body or post named with its capital, its verb right after the name: within a clause a body's
            # head (`Bộ Nội vụ`, `UBND các tỉnh`), over an item's text any name (`Trưởng thôn ấp, Tổ trưởng …,`)
            if self.text[head:head + 1].isupper() and (parts > _PARTS_BACK or _org_head().match(self.text, head, pos)):
                name_end = bodies_end(self.text, low, head, pos)
                verb = _BEFORE_VERB.match(low, name_end, pos) if name_end > head else None
                tagged = parts > _PARTS_BACK  # over an item's text, a verb may be read by its POS tag
                if verb and (duty.match(low, verb.end(), pos) or leads.match(low, verb.end(), pos)
                             or (tagged and _noun_phrase(self.text[verb.end():verb.end() + 24])[0] == "V")) \
                        and not self._continues_a_list(c_start, comma):
                    return party_name(self.text[head:name_end])
            at = comma
        return ""

    def _continues_a_list(self, c_start: int, comma: int) -> bool:
        """Whether the part before `comma` is only names (`phối hợp với Sở Lao động - Thương binh và Xã hội,`
        before `Sở Tài chính lập Đề án`): the next name then continues that list, it opens no part."""
        low = self.low
        start = max(c_start, max(low.rfind(mark, c_start, comma) for mark in _PART_MARKS) + 1)
        names_end = start + len(low[start:comma].rstrip())
        for name in [start] + [m.end() for m in _COORDINATED.finditer(low, start, comma)]:
            name += len(low[name:comma]) - len(low[name:comma].lstrip())
            if name < names_end and self.text[name].isupper() and bodies_end(self.text, low, name, comma) >= names_end:
                return True
        return False

    def _lead_in_party(self, pos: int) -> str:
        """The party that leads the bullet list `pos` stands in: `Các cơ quan, đơn vị có liên quan:` (or
        `Ban Công tác Mặt trận các thôn thực hiện các nội dung sau:`) over `- Gửi danh sách … trước ngày …`."""
        text, low = self.text, self.low
        line_start = low.rfind("\n", 0, pos) + 1
        if not _LIST_ITEM.match(low, line_start):
            return ""
        end = line_start - 1
        for _ in range(_LEAD_IN_REACH):
            if end < 0:
                return ""
            start = low.rfind("\n", 0, end) + 1
            line = low[start:end]
            end = start - 1
            if not line.strip():
                continue
            head = _MARKERS.match(low, start, start + len(line)).end()
            if _DUTIES_FOLLOW.search(line) or _LIST_ITEM.match(line) and line.rstrip(" \t*_").endswith(":"):
                # a bullet that names a party over the duties Word's lost levels flattened beside it (`- Ủy ban nhân
                # dân các huyện, thành phố:`), a party announcing its duties (`2 - Sở Lao động … có trách nhiệm.`)
                party = _block_party(fold(text[head:start + len(line.rstrip(" \t*_.:"))]))
                if party:
                    return party
            if _LIST_ITEM.match(line):
                continue  # another bullet of the list
            if not line.rstrip(" \t*_").endswith(":"):
                if _MARKERS.match(line).end() > 0 and line.lstrip()[:1].isdigit():
                    return ""  # a numbered item without a colon: the bullets are its body, not a list it leads
                continue  # a bullet's wrapped line
            own = self.outline.item(start)
            if own is not None and own.start == start:
                return ""  # a heading's own line: `_heading_party` reads it
            colon = start + len(line.rstrip(" \t*_")) - 1
            return _block_party(text[head:colon]) or self._subject(head, colon)
        return ""

    def _intro_subject(self, item) -> str:
        """`2. Ban Thường trực … xã thực hiện chế độ báo cáo với … như sau:` over the `a.`, `b.` reports."""
        for _ in range(2):
            item = self.outline.parent(item) if item is not None else None
            if item is None:
                return ""
            heading_end = self.outline.own_end(item)
            if self.text[item.start:heading_end].rstrip().endswith(":"):
                assigned = self._assigned(item.start, heading_end, heading_end)
                if len(assigned.split()) > _SUBJECT_WORDS:  # the names ran on into the task
                    return ""
                found = assigned or self._subject(item.start, heading_end) or self._after_topic(item.start, heading_end)
                if found:
                    return found
        return ""

    def _after_topic(self, start: int, end: int) -> str:
        """The subject of a lead-in under a topic heading, `Về …` (a guidance letter's items): `7. Về khai bổ sung`
        ⏎ `Người khai hải quan xác định có sai sót … được thực hiện khai bổ sung trong các trường hợp sau đây:`, also
        where a legal database runs the heading and its text into one line: the first capitalised word after the
        topic that opens a party."""
        text, low = self.text, self.low
        topic = _TOPIC.match(low, _MARKERS.match(low, start, end).end(), end)
        if topic is None:
            return ""
        for word in _CAPITALISED_WORD.finditer(text, topic.end(), min(end, topic.end() + _TOPIC_REACH)):
            if _is_agent(text, low, word.start(), end):
                return self._subject(word.start(), end)
        return ""

    def _heading_party(self, pos: int) -> str:
        """A party that heads the items around `pos`: `1. Sở Lao động - Thương binh và Xã hội:` or
        `Điều 5. Trách nhiệm của Ủy ban nhân dân cấp xã` over a list of its duties."""
        section = self.outline.item(pos)
        if section is None:
            return ""
        key = ("heading", section.start)
        if key not in self._by_item:
            self._by_item[key] = self._read_heading_party(section)
        return self._by_item[key]

    def _read_heading_party(self, section) -> str:
        """The party the heading of `section`, or of the nearest section above it, names. Siblings share
        their parents: each section's answer is kept, so every heading is read once."""
        if section.section_id not in self._over:
            own = self._named_in_heading(section)
            parent = self.outline.parent(section) if own is None else None
            self._over[section.section_id] = own if own is not None else \
                self._read_heading_party(parent) if parent is not None else ""
        return self._over[section.section_id]

    def _named_in_heading(self, section) -> str | None:
        """The party a heading is the name of (`1. Sở Lao động - Thương binh và Xã hội:`, `Trách nhiệm
        của Ủy ban nhân dân cấp xã`, `d) Giao Sở Khoa học và Công nghệ:`, `2. Các Ban công tác Mặt trận ở khu
        dân cư:` over its bullets); None when it names none."""
        heading = section.heading
        duty_of = _patterns()["duty_of"].match(heading)
        if duty_of:
            heading = heading[duty_of.end():]
        low = lowered(fold(heading))
        agent = bool(heading) and _is_agent(heading, low, 0, len(heading))
        end = body_end(heading, low, 0, len(heading)) if agent else 0
        if end and (duty_of or not heading[end:].strip(" :.;")):  # the heading is the party's name
            return party_name(heading[:end])
        if agent and not duty_of and self._leads_a_list(section):
            return _block_party(heading) or None
        return None

    def _leads_a_list(self, section) -> bool:
        """Whether a section's heading line ends with a colon (it leads the list of what follows)."""
        line_end = self.text.find("\n", section.start, section.end)
        return self.text[section.start:line_end if line_end >= 0 else section.end].rstrip(" \t*_").endswith(":")

    def _assigned(self, start: int, before: int, end: int) -> str:
        """`Giao Văn phòng UBND tỉnh rà soát …`, `đề nghị các đơn vị gửi …`: the body between the verb that
        assigns and the duty verb."""
        pats = _patterns()
        assign = None
        for assign in pats["assign"].finditer(self.low, start, before):
            pass
        if assign is None:
            return ""
        verb = pats["duty"].search(self.low, assign.end(), end)
        if verb and 0 < verb.start() - assign.end() <= 120 and _is_agent(self.text, self.low, assign.end(), verb.start()):
            # the names end before a verb of their own (`yêu cầu các đơn vị …, Sở … nâng cao tinh thần trách
            # nhiệm, tập trung thực hiện …`): what follows them is the task, not the party
            # (looked for only where the party read up to the verb is more than a short name)
            party = self._party_at(assign.end(), verb.start())
            if len(party.split()) > _SUBJECT_WORDS // 2:
                names_end = bodies_end(self.text, self.low, assign.end(), verb.start())
                if assign.end() < names_end < verb.start() and self.text[names_end:names_end + 1] == " " \
                        and _noun_phrase(self.text[names_end + 1:names_end + 24])[0] == "V":
                    return party_name(self.text[assign.end():names_end])
            return party
        return ""

    def _party_at(self, start: int, end: int) -> str:
        """The party written in [start, end), without what follows its name (`chủ trì, phối hợp với …`,
        `khẩn trương`, `định kỳ hằng tuần …`)."""
        stop = _patterns()["subject_stop"].search(self.low, start + 1, end)
        return party_name(self.text[start:stop.start() if stop else end])

    def _item_field(self, item) -> str:
        key = ("field", item.start)
        if key not in self._by_item:
            self._by_item[key] = self._read_item_field(item)
        return self._by_item[key]

    def _read_item_field(self, item) -> str:
        """`- Đơn vị chủ trì: …` in the item's own text, or a `2. Cơ quan chủ trì` sub-item's lines."""
        field, low = _patterns()["field"], self.low
        for anchor in _FIELD_ANCHOR.finditer(low, item.start, self.outline.own_end(item)):  # the label's last words and colon
            m = field.match(low, low.rfind("\n", 0, anchor.start()) + 1)
            if m and m.group("value").strip():
                return self._party_at(m.start("value"), m.end("value"))
        for child in self.outline.children(item):
            if _patterns()["field_heading"].match(child.heading.lower()):
                body_start = self.text.find("\n", child.start, child.end)
                if body_start < 0:
                    continue
                names = [_trim(line) for line in self.text[body_start:child.end].split("\n")]
                return party_name("; ".join(n for n in names if n))
        return ""

    def _subject(self, c_start: int, c_end: int) -> str:
        """`_read_subject`, once per clause: the dates of one clause share its subject."""
        key = ("subject", c_start, c_end)
        if key not in self._by_item:
            self._by_item[key] = self._read_subject(c_start, c_end)
        return self._by_item[key]

    def _read_subject(self, c_start: int, c_end: int) -> str:
        """The party that opens a clause, up to its verb: `Chính phủ báo cáo …` → `Chính phủ`, `Định kỳ
        6 tháng, năm cơ quan, đơn vị báo cáo …` → `Cơ quan, đơn vị`. A clause that opens with its verb
        (an instruction) has none, nor one that opens with a thing (`Trường hợp …`, `Thời hạn …`); a
        fronted `Đối với …,` is passed over. Where no known verb ends the subject, underthesea's POS
        tags do."""
        text, low, pats = self.text, self.low, _patterns()
        head = _MARKERS.match(low, c_start, c_end).end()
        lead = pats["lead"].match(low, head, c_end)
        if lead:
            head = lead.end()
        fronted = pats["fronted"].match(low, head, c_end)
        if fronted:
            head = fronted.end()
        label = pats["label"].match(low, head, c_end)
        if label and not _is_agent(text, low, head, label.end()):
            head = label.end()
        limit = min(c_end, head + 160)
        if head >= limit or pats["duty"].match(low, head, limit):
            return ""
        if not _is_agent(text, low, head, limit):
            return self._short_name_at(head, limit)
        first_end = body_end(text, low, head, limit)  # read once: the list's first name, and the fallback
        end = bodies_end(text, low, head, limit, first_end)  # a body, a post or a list of them: the names
        if len(text[head:end].split()) > _SUBJECT_WORDS:
            end = first_end
        ends = [m.start() for m in (pats["duty"].search(low, head + 1, limit),
                                    pats["subject_stop"].search(low, head + 1, limit)) if m]
        if end == first_end > head and (not ends or min(ends) > end + 1):
            end = before_verb_read_on(text, head, end, limit)  # no verb the lists know right after the name
        verb = min(ends) if ends else None
        if end == head:
            end = verb if verb is not None else head + _noun_phrase(text[head:limit])[1]
            if _may_run_on(low[head:end]):
                end = _before_predicate(text, head, head, end, known=False)
        elif verb is not None and verb > end and pats["generic"].match(low, head, end) \
                and _GENERIC_TAIL.fullmatch(text, end, verb):
            # a generic name qualified by lower-case words: `Cơ quan đại diện chủ sở hữu có trách nhiệm …`, up to
            # a verb the lists do not know (`cơ quan đăng ký tàu biển trả lời chủ tàu …`)
            name, tail = low[head:end].split(), low[end:verb].split()
            # a name of three words or more, not one qualified by what it has (`cơ quan có chức năng quản lý …`);
            # a tail of a word or two qualifies it (`cơ quan quản lý hồ sơ`), the tagger is not asked
            known = len(name) >= 3 and _word_set("complement_qualifiers").isdisjoint(name)
            end = verb if len(tail) < 3 else _before_predicate(text, head, end, verb, known)
        end = head + len(_TRAILING_WORD.sub("", TRAILING_GLUE.sub("", text[head:end].rstrip())))
        if not text[head:end].strip() or len(text[head:end].split()) > _SUBJECT_WORDS or _DIGIT.search(text, head, end):
            return ""
        return self._party_at(head, end)

    def _short_name_at(self, head: int, limit: int) -> str:
        """The full name of a body the document calls by a short name it defined, when that name opens the
        clause: `Quỹ phải báo cáo …` after `Quỹ Khuyến học tỉnh Bình Thuận (gọi tắt là Quỹ)`."""
        if self._short_names is None:
            self._short_names = self._read_short_names()
        for short, full in self._short_names.items():
            if self.low.startswith(short, head) and not self.low[head + len(short):head + len(short) + 1].isalpha() \
                    and head + len(short) <= limit:
                return full
        return ""

    def _read_short_names(self) -> dict[str, str]:
        """The short names the document defines for bodies, folded, with the full names."""
        text, low = self.text, self.low
        names: dict[str, str] = {}
        if "gọi" not in low:
            return names
        for m in _SHORT_NAME.finditer(text):
            short = text[m.start("short"):m.end("short")].strip()
            bracket = len(text[:m.start()].rstrip())
            full = self._name_before(bracket)
            if full and fold(full).lower() != fold(short).lower():
                names[low[m.start("short"):m.start("short") + len(short)]] = full
        return names

    def _name_before(self, bracket: int) -> str:
        """The name that opens the line or sentence and ends at `bracket`: a body's name the party grammar
        reads up to it (`1. Ủy ban nhân dân phường, xã, thị trấn`), or capitalised words without punctuation
        (`Quỹ Khuyến học tỉnh Bình Thuận`)."""
        text, low = self.text, self.low
        offset = max(0, bracket - 160)
        opening = _SENTENCE_START.search(low, offset, bracket)
        line_start = low.rfind("\n", offset, bracket) + 1  # under a heading without a full stop
        start = _MARKERS.match(low, max(opening.end() if opening else offset, line_start), bracket).end()
        if start >= bracket or not text[start].isupper() or len(text[start:bracket].split()) > _SUBJECT_WORDS:
            return ""
        if body_end(text, low, start, bracket) == bracket or not _PUNCTUATION.search(text, start, bracket):
            return party_name(text[start:bracket])
        return ""

    # --- recipient
    def recipient(self, start: int, clause: tuple[int, int], whole_item: bool = False, row: int = -1) -> str:
        """To whom: named in the clause, in the introduction of a list of reports, in the rest of a
        timetable entry that starts at `row` (its wrapped lines: `05/12: Hỗ trợ hoàn thiện video, poster. Và
        nộp đề án dự thi về cho Thầy Nguyễn` ⏎ `Văn Thành PHT NGLL.`), in the item's own text (for the time
        line of a plan item), or in the introduction of the list the item stands in (`2. Ban Thường trực …
        thực hiện chế độ báo cáo với Ban Thường trực … tỉnh … như sau:` over `a.`, `b.` … reports)."""
        text, issuer = self.text, self.issuer
        found = recipient_in(text[clause[0]:clause[1]], issuer, bodies_only=True) or self._sentence_recipient(clause) \
            or recipient_in(text[clause[0]:clause[1]], issuer) or _list_intro_recipient(text, clause[0], issuer) \
            or (recipient_in(text[row:self._entry_end(row)], issuer) if row >= 0 else "")
        if found:
            return found
        item = self._item(start)
        if item is not None and whole_item:
            found = recipient_in(text[item.start:self.outline.own_end(item)], issuer)
        for _ in range(2):
            if found or item is None:
                break
            item = self.outline.parent(item)
            if item is not None:
                intro = text[item.start:self.outline.own_end(item)].rstrip()
                if intro.endswith(":"):
                    found = recipient_in(intro, issuer)
        return found

    def _entry_end(self, row: int) -> int:
        """Where the timetable entry whose line starts at `row` ends: its line and the indented lines wrapped
        under it, up to a blank line or the next bullet or marker."""
        text = self.text
        end = text.find("\n", row)
        for _ in range(_ENTRY_LINES):
            if end < 0:
                return len(text)
            following = text.find("\n", end + 1)
            line = text[end + 1:following if following >= 0 else len(text)]
            indent = len(line) - len(line.lstrip())
            if not line.strip() or not indent or _MARKERS.match(line).end() > indent:
                return end
            end = following
        return end if end >= 0 else len(text)

    def _sentence_recipient(self, clause: tuple[int, int]) -> str:
        """A report's recipient named in another `;`-joined clause of its sentence that opens with a verb of
        delivery: `g) Báo cáo Bộ Tài chính tình hình … định kỳ hằng năm; thời hạn gửi báo cáo trước ngày 31
        tháng 3 …`, `- Báo cáo … 3 tháng một lần; báo cáo kết quả … về Bộ Xây dựng, …`. Only for a clause that
        delivers something itself; the nearest such clause first."""
        text, low = self.text, self.low
        if low.rfind(";", max(0, clause[0] - _SENTENCE_REACH), clause[0]) < 0 and \
                low.find(";", clause[1], clause[1] + _SENTENCE_REACH) < 0 or not delivers(low, clause[0], clause[1]):
            return ""  # no `;` near: no other clause of the sentence (the cheap test first)
        opening = _SENTENCE_START.search(low, max(0, clause[0] - _SENTENCE_REACH), clause[0] + 1)
        start = opening.end() if opening else clause[0]
        close = _SENTENCE_END.search(low, clause[1], min(len(low), clause[1] + _SENTENCE_REACH))
        end = close.start() if close else clause[1]
        before = _part_spans(low, start, clause[0])[:-1]  # the part holding the clause's opening is left out
        after = _part_spans(low, clause[1], end)[1:]
        for p_start, p_end in after[:1] + before[-1:] + after[1:] + before[-2::-1]:
            p_start = _MARKERS.match(low, p_start, p_end).end()
            if delivers(low, p_start, p_end, opening=True):
                found = recipient_in(text[p_start:p_end], self.issuer, bodies_only=True)
                if found:
                    return found
        return ""


def _part_spans(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The `;`-separated parts of low[start:end], as spans."""
    spans, pos = [], start
    while (semicolon := low.find(";", pos, end)) >= 0:
        spans.append((pos, semicolon))
        pos = semicolon + 1
    return spans + [(pos, end)]


def _block_party(phrase: str) -> str:
    """A lead-in that is a party's name with its qualifiers and no verb (`Các Ban công tác Mặt trận ở khu dân
    cư`, `Các cơ quan, đơn vị có liên quan`, `Sở Lao động - Thương binh và Xã hội có trách nhiệm`): the name,
    to its first subject stop; "" for anything else."""
    low = lowered(fold(phrase))
    if not phrase.strip() or not _is_agent(phrase, low, 0, len(phrase)) or _patterns()["duty"].search(low) \
            or _DIGIT.search(phrase):
        return ""
    stop = _patterns()["subject_stop"].search(low, 1)
    name = phrase[:stop.start()] if stop else phrase
    return party_name(name) if name.strip() and len(name.split()) <= _SUBJECT_WORDS else ""


def _is_agent(text: str, low: str, start: int, limit: int) -> bool:
    """Whether the phrase at `start` names who acts: a body (`Chính phủ`, `Sở Tài chính`, but not
    `Trường hợp`, whose head is followed by a common word), a role or a collective (`các đơn vị`,
    `người khai hải quan`, `Hiệu trưởng`)."""
    pats = _patterns()
    determiner = pats["determiner"].match(low, start, limit)
    if determiner:  # `các bộ, tỉnh`, `các đơn vị`, but not `các văn bản`
        return bool(pats["collective"].match(low, determiner.end(), limit))
    if pats["agent"].match(low, start, limit):
        return True
    head = _org_head().match(text, start, limit)
    if head is None:
        return False
    # `Trường hợp`, `Ban hành`, `Phòng chống`: the segmenter reads the head and the next syllable as
    # one common word; `Sở Tài chính`, `Chính phủ lãnh đạo`, `Ủy ban nhân dân` keep the head apart.
    nxt = _SYLLABLE.match(text, head.end() + 1, limit) if text[head.end():head.end() + 1] == " " else None
    if nxt is None or not nxt.group()[:1].islower() or " " in head.group():
        return True  # (a head of two syllables is a word already: `Hội đồng thi`, `Tổng cục Hải quan`)
    first = phrase_words(text[start:min(limit, start + 40)])[:1]
    return not first or len(first[0]) <= head.end() - start or not first[0][head.end() - start:].strip()[:1].islower()


def _may_run_on(subject: str) -> bool:
    """Whether a subject no name reader knows may run into its verb, asked before the tagger is (a few
    unknown subjects in a hundred do): a word of it again (`người khai hải quan khai`), a negation or modal
    (`… không nộp`), or the length of a head, its qualifier and more (`người khai hải quan xác định có sai
    sót trong việc`)."""
    words = subject.split()
    if len(words) < _QUALIFIED_WORDS:
        return False
    return len(words) >= _LONG_SUBJECT_WORDS or len(set(words)) < len(words) or \
        not _word_set("predicate_adverbs").isdisjoint(words)


def _before_predicate(text: str, head: int, name_end: int, stop: int, known: bool) -> int:
    """Where a subject read from `head` up to `stop` (a verb the lists know, or the noun phrase's end) ends when
    its predicate opens first with a verb they do not know, by underthesea's POS tags over the words past
    `name_end`. Right after a name the name reader knows with its qualifiers (`known`), a verb (`cơ quan đăng
    ký tàu biển trả lời chủ tàu …`). Past a head qualified by a verb and its object (`người khai hải quan`,
    `thành viên góp vốn`; each head of a list its own: `người xuất khẩu hoặc người nhập khẩu`), a verb right after
    the object's nouns (`người khai hải quan xác định có sai sót …`), that verb again
    (`người khai hải quan khai …`) or a negation or modal before a verb (`… không nộp`, models/deadlines.json
    `predicate_adverbs`); a head qualified by what it has or undergoes holds more verbs (`cơ quan có chức năng
    quản lý đất đai`, `người được nhà nước giao đất`: `complement_qualifiers`). Not in a subject that holds a
    condition (`Người khi hy sinh đang thuộc quân đội … thì Bộ Quốc phòng …`): what it reads is no party's name."""
    phrase = text[head:stop]
    tagged = phrase_tags(phrase)
    adverbs, conditions = _word_set("predicate_adverbs"), _word_set("condition_words")
    open_qualifiers = _word_set("complement_qualifiers")
    pos, qualifier, first_past, in_object, previous_was_qualifier = 0, "", True, False, False
    for i, (token, tag) in enumerate(tagged):
        found = phrase.find(token, pos)
        if found < 0:
            return stop
        pos = found + len(token)
        word = token.lower()
        verb = tag == "V" and token.islower()
        if head + found < name_end or i == 0:
            continue
        if word in conditions:
            return stop
        after_object = verb and in_object and qualifier not in open_qualifiers
        if known and verb and first_past or word == qualifier or after_object or (
                word in adverbs and i >= 2 and i + 1 < len(tagged) and tagged[i + 1][1] == "V"):
            return head + len(phrase[:found].rstrip())
        if tag == "C" or token == ",":
            qualifier, in_object = "", False  # the next head of a list, with its own qualifier
        elif verb and not qualifier:
            qualifier = word
        else:
            in_object = bool(qualifier) and tag.startswith("N") and (in_object or previous_was_qualifier)
        previous_was_qualifier = verb and qualifier == word
        first_past = False
    return stop


@lru_cache(maxsize=1)
def _period_cues() -> regex.Pattern:
    """Nothing but a period's cues (models/deadlines.json `relative_cues`): `trong thời hạn `, `trong vòng `."""
    return regex.compile(r"(?:(?:" + words_pattern(vocabulary()["relative_cues"]) + r")\s+)+")


@lru_cache(maxsize=8)
def _word_set(key: str) -> frozenset[str]:
    """A word list of models/deadlines.json as a set."""
    return frozenset(vocabulary()[key])


@lru_cache(maxsize=2048)
def _noun_phrase(phrase: str) -> tuple[str, int]:
    """underthesea's POS tag of the first word of `phrase`, and the length of the noun phrase it opens
    (a verb, an adverb, a preposition or punctuation other than a list comma ends it)."""
    pos = end = 0
    first = ""
    for i, (token, tag) in enumerate(phrase_tags(phrase[:100])):
        found = phrase.find(token, pos)
        if found < 0:
            break
        if i == 0:
            first = tag
        elif tag in ("V", "R", "E") or (tag == "CH" and token != ","):
            break
        pos = found + len(token)
        if tag != "CH":
            end = pos
    return first, end


def issuing_body(issuer: str, parent: str, text: str, low: str) -> str:
    """The body a plan's own activities fall to: its issuer, with the body above it when the issuer is
    that body's standing organ (`Ban Thường trực` over `Ủy ban MTTQ Việt Nam xã Lương Minh`), cased as the
    document's own text writes it (headers are in capitals)."""
    if parent and fold(issuer).lower().strip() in vocabulary()["standing_organs"]:
        issuer = issuer + " " + parent
    words = fold(issuer).lower().split()
    if words:
        written = next(((start, end) for start, end in phrase_spans(low, words) if not text[start:end].isupper()), None)
        if written:
            issuer = text[written[0]:written[1]]
    return party_name(issuer)


_SPACES = regex.compile(r"\s+")  # the pattern's whitespace (`str.isspace` takes \x1c-\x1f too)
_LETTER = regex.compile(r"\p{L}")


def phrase_spans(low: str, words: list[str]):
    r"""The spans `finditer` gives for `(?<![\p{L}])w1\s+w2…(?![\p{L}])`: `words` (without whitespace) as
    whole words, any whitespace between them, found from the first word with `str.find` and checked word
    by word; a pattern compiled for each document's phrase cost more than the scan."""
    first = words[0]
    pos = low.find(first)
    while pos >= 0:
        end = _phrase_end(low, pos, words)
        if end < 0:
            pos = low.find(first, pos + 1)
        else:
            yield pos, end
            pos = low.find(first, end)  # the next match starts after this one, as `finditer`'s do


def _phrase_end(low: str, pos: int, words: list[str]) -> int:
    """Where `words` standing at `pos` (the first already found there) end as whole words; -1 if not."""
    if pos and _LETTER.match(low, pos - 1):
        return -1
    end = pos + len(words[0])
    for word in words[1:]:
        gap = _SPACES.match(low, end)
        if gap is None or not low.startswith(word, gap.end()):
            return -1
        end = gap.end() + len(word)
    return -1 if _LETTER.match(low, end) else end


def addressees(text: str, low: str) -> str:
    """The bodies a letter is addressed to (`Kính gửi: - Các bộ, cơ quan ngang bộ; - Ủy ban nhân dân tỉnh,
    …`), `; `-joined: the ones its requests fall to when a clause names nobody. An item runs on over
    wrapped lines until it ends in `;` or `.`."""
    m = _ADDRESSED.search(low, 0, _HEADER_REACH)
    if m is None:
        return ""
    names, current = [], ""
    for line in text[m.end():m.end() + 1500].split("\n"):
        item = line.strip()
        if not item:
            if names or current:
                break
            continue
        bullet = _BULLET_LINE.match(item)
        if bullet or not current:
            if current:
                names.append(current)
            current = item[bullet.end():] if bullet else item
        else:
            current += " " + item  # a wrapped line of the item
        if current.rstrip().endswith("."):
            break
    if current:
        names.append(current)
    names = [part[_BULLET_LINE.match(part).end() if _BULLET_LINE.match(part) else 0:]
             for name in names for part in name.split(";")]  # `- A; - B` on one line
    return "; ".join(n for n in (party_name(n) for n in names) if n)


def party_name(phrase: str) -> str:
    """A party as the tables write it: markup and bullets gone, abbreviations expanded, capitalised."""
    phrase = strip_markup(phrase).strip(" ,;:.-–")
    phrase = _ASSIGNED_LEAD.sub("", phrase)
    return cap_first(expand_abbreviations(fold(phrase))) if phrase else ""


_SYLLABLE = regex.compile(r"[\p{L}\d&]+|[,\-–]")


@lru_cache(maxsize=1)
def _org_head() -> regex.Pattern:
    """The head of a body's name (models/org_heads.txt), as written."""
    return regex.compile(r"(?:" + words_pattern(load().org_heads) + r")(?![\p{L}])")


def _list_intro_recipient(text: str, clause_start: int, issuer: str) -> str:
    """`Báo cáo … về Phòng Giáo dục:` followed by `+ Báo cáo 6 tháng trước ngày …` items."""
    line_start = text.rfind("\n", 0, clause_start)
    if line_start < 0 or not _LIST_ITEM.match(text[line_start + 1:clause_start + 40]):
        return ""
    window = text[max(0, line_start - 600):line_start]
    colon = window.rfind(":")
    if colon < 0:
        return ""
    intro_start = max(window.rfind("\n", 0, colon - 5), 0)
    return recipient_in(window[intro_start:colon + 1], issuer)
