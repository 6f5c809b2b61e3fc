"""The party of a part of a clause other than its opening: the comma-joined part that holds the time
(`…, theo đó, UBND các tỉnh thành nộp báo cáo … trong tháng 01/2026`), the part after a period's moment
(`Trong thời hạn 05 ngày làm việc kể từ ngày nhận được báo cáo, …, Cục trưởng Cục Hải quan ra …`), and
the party the moment itself names (`kể từ ngày đương sự nhận được quyết định`).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .deadline_dates import vocabulary, words_pattern
from .deadline_recipients import bodies_end
from .deadline_subjects import PUNCTUATION, SUBJECT_WORDS, SubjectReader, is_agent, noun_phrase, org_head, party_name, patterns
from .deadline_tasks import DIGIT, LEADING_MARKERS

_PARTS_BACK = 3  # comma-joined parts of a clause looked through for a subject nearer than its opening
PARTS_IN_ITEM = 8  # parts of an item's text looked through, up from its time line
_PART_MARKS = (",", ";", ".")
# the last word before a list of names: `phối hợp với`, `cùng`, a preposition (`báo cáo cho Ủy ban …, Sở …`)
_COORDINATED = regex.compile(r"(?<![\p{L}])(?:phối\s+hợp(?:\s+với)?|cùng|và|cho|với|về|đến|tới|lên)\s+")
# between a subject and its verb: `Tổ trưởng các Tổ dân phố, tập hợp`, `Ủy ban nhân dân tỉnh sẽ tổ chức`,
# `Hiệp hội … không báo cáo` (a duty not done)
_BEFORE_VERB = regex.compile(r",?[ \t]+(?:(?:sẽ|phải|cần|không|chưa)[ \t]+)?")
# a part that opens with its verb: the predicate has begun, its subject left out
_PREDICATE_OPENS = regex.compile(r"(?:có|chỉ\s+đạo|giao|yêu\s+cầu|đề\s+nghị|báo\s+cáo|gửi|tổ\s+chức|thực\s+hiện)(?![\p{L}])")
MODAL = regex.compile(r"(?<![\p{L}])(?:phải|cần|có\s+trách\s+nhiệm)(?![\p{L}])")
# `Trong thời hạn 12 ngày …`; a recurrence (`…; định kỳ hằng quý báo cáo …`)
_PERIOD_OPENS = regex.compile(r"(?:trong\s+(?:thời\s+(?:hạn|gian)|vòng)|định\s+kỳ|h[ằà]ng\s+(?:tuần|tháng|quý|năm))(?![\p{L}])")
_SENTENCE_END = regex.compile(r"\.(?=\s)")
_POINT_PARAGRAPHS = 4  # paragraphs looked up over for the one that opens a point with its marker
_ARTICLE = regex.compile(r"[ \t#*]*(?:điều|chương|mục)\s+\d", regex.I)  # an article's heading: no point above it
_PARTS_AFTER_ANCHOR = 3  # comma-joined parts after `kể từ …` looked through for the party that acts
_UNLISTED_WORDS = 5  # a subject read only by the modal after it (`cấp trên trực tiếp phải …`) is short
_ANCHOR_REACH = 160  # characters from `kể từ ngày` over the party, its verb and what it is handed, to whom


@lru_cache(maxsize=1)
def _owned_document() -> regex.Pattern:
    """A document noun opening a clause, owned by what follows `của` (a few words of its own between)."""
    nouns = words_pattern(vocabulary()["document_nouns"])
    return regex.compile(r"(?:các\s+|những\s+)?(?:" + nouns + r")(?![\p{L}])[^,;:()\n]{0,60}?(?<![\p{L}])của\s+(?=\S)")


class PartReader(SubjectReader):
    """Reads the party of a part of a clause."""

    def _after_anchor(self, end: int, c_end: int) -> tuple[int, str]:
        """Who acts within a period counted from (or up to) a moment written after it: `Trong thời hạn 05 ngày làm
        việc kể từ ngày nhận được báo cáo, đề nghị xử lý … của Chi cục Hải quan, Cục trưởng Cục Hải quan ra Quyết
        định …`, `Chậm nhất là 20 ngày trước ngày khai mạc kỳ họp, Ủy ban Thường vụ Quốc hội gửi …` →
        where the part after the moment's words opens with a party; a subject no list of parties knows, before its
        modal (`…, cấp trên trực tiếp phải xem xét …`), as written; (-1, "") when neither."""
        low = self.low
        anchor = patterns()["period_anchor"].match(low, end, c_end)
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
            if is_agent(self.text, low, part, c_end):
                # (a party too long to read as a subject: the parts after it are its own words)
                return (part, "") if self._subject(part, c_end) else (-1, "")
            modal = MODAL.search(low, part, part_end)
            if modal or _PREDICATE_OPENS.match(low, part, part_end):
                # the clause's own subject, one no list knows, or its predicate with the subject left out (`…, có
                # văn bản đề nghị Cục Chính sách, Tổng cục Chính trị …`): no party past it
                words = self.text[part:modal.start()] if modal else ""
                named = 0 < len(words.split()) <= _UNLISTED_WORDS and not DIGIT.search(words) \
                    and not PUNCTUATION.search(words)
                return -1, party_name(words) if named else ""
            at = comma + 1
        return -1, ""

    def _counted_from(self, end: int, c_end: int) -> str:
        """Where a statute names nobody before its period, the party the period runs for, read from the
        moment it counts from: the one who receives (`… là 60 ngày, kể từ ngày đương sự nhận được quyết
        định …`), or the one handed something (`không quá 08 giờ làm việc kể từ thời điểm người khai hải quan
        xuất trình đầy đủ hàng hóa cho cơ quan hải quan`)."""
        text, low, pats = self.text, self.low, patterns()
        anchor = pats["counted_from"].match(low, end, c_end)
        if anchor is None or not is_agent(text, low, anchor.end(), c_end):
            return ""
        head, reach = anchor.end(), min(c_end, anchor.end() + _ANCHOR_REACH)
        received = pats["receiving"].search(low, head, reach)
        handed = pats["handing"].search(low, head, received.start() if received else reach)
        verb = handed or received
        # the name runs up to its verb: `đương sự`, `cơ quan giải quyết khiếu nại`, `người khai hải quan`
        if verb is None or PUNCTUATION.search(low, head, verb.start()) or \
                len(low[head:verb.start()].split()) > SUBJECT_WORDS // 2:
            return ""
        if verb is received:
            return party_name(text[head:verb.start()])
        to = pats["handed_to"].search(low, verb.end(), reach)
        if to is None or PUNCTUATION.search(low, verb.end(), to.start()) or not is_agent(text, low, to.end(), c_end):
            return ""
        handed_end = bodies_end(text, low, to.end(), c_end)
        return party_name(text[to.end():handed_end]) if handed_end > to.end() else ""

    def _nearer_subject(self, c_start: int, pos: int, parts: int = _PARTS_BACK) -> str:
        """Where the clause opens with no party, the subject of the comma-joined part that holds the time:
        `Ngày 23/10/2025, Bộ Nội vụ đã ban hành …, theo đó, UBND các tỉnh thành nộp báo cáo …, chấm điểm trong
        tháng 01/2026, Bộ Nội vụ tổ chức thẩm định … vào tháng 4/2026`: the nearest part before the time
        that opens with a party and its verb. Over an item's text (more `parts`), a verb the lists do not
        hold is read by its POS tag (`Tổ Trưởng các Tổ dân phố, tập hợp đơn …`)."""
        low, duty, leads = self.low, patterns()["duty"], patterns()["lead_verb"]
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
            if self.text[head:head + 1].isupper() and (parts > _PARTS_BACK or org_head().match(self.text, head, pos)):
                name_end = bodies_end(self.text, low, head, pos)
                verb = _BEFORE_VERB.match(low, name_end, pos) if name_end > head else None
                tagged = parts > _PARTS_BACK  # over an item's text, a verb may be read by its POS tag
                if verb and (duty.match(low, verb.end(), pos) or leads.match(low, verb.end(), pos)
                             or (tagged and noun_phrase(self.text[verb.end():verb.end() + 24])[0] == "V")) \
                        and not self._continues_a_list(c_start, comma):
                    return party_name(self.text[head:name_end])
            at = comma
        return ""

    def _left_out_subject(self, clause: tuple[int, int], start: int) -> str:
        """A period that opens a later sentence of a point, its subject left out: `c) Ủy ban nhân dân cấp huyện trong
        thời gian 05 ngày làm việc … có văn bản đề nghị …. Trong thời gian 12 ngày kể từ ngày tiếp nhận …, có trách
        nhiệm kiểm tra …` → the subject of the point's first sentence (the same paragraph, the line it opens)."""
        low = self.low
        if not _PERIOD_OPENS.match(low, LEADING_MARKERS.match(low, clause[0], start).end()):
            return ""
        line = low.rfind("\n", 0, clause[0]) + 1
        head = LEADING_MARKERS.match(low, line, clause[0]).end()
        first_end = _SENTENCE_END.search(low, head, clause[0] + 1)
        if first_end is not None and first_end.start() < clause[0]:
            return self._subject(head, first_end.start())
        joined = low.rfind(";", head, clause[0])  # `Các công chức … triển khai thực hiện; định kỳ hằng quý báo cáo …`
        if joined > head:
            return self._subject(head, joined)
        if not low[line:LEADING_MARKERS.match(low, line, start).end()].strip():  # an unmarked paragraph
            return self._point_opening_subject(line)
        return ""

    def _point_opening_subject(self, line: int) -> str:
        """The subject of the paragraph that opens the point a later unmarked paragraph stands in, a few paragraphs
        up (a legal database writes each paragraph on its own line: `b) Ủy ban nhân dân cấp xã … trong thời gian 05
        ngày làm việc …, có trách nhiệm …` ⏎ `Trường hợp … thì …` ⏎ `Trong thời gian 05 ngày làm việc …, có trách
        nhiệm niêm yết …`); "" at an article's heading or past `_POINT_PARAGRAPHS`."""
        low, end = self.low, line - 1
        for _ in range(_POINT_PARAGRAPHS):
            while end > 0 and low[end - 1] in " \t\r\n":
                end -= 1
            if end <= 0:
                return ""
            start = low.rfind("\n", 0, end) + 1
            if _ARTICLE.match(low, start, end):
                return ""
            head = LEADING_MARKERS.match(low, start, end).end()
            if low[start:head].strip():
                first_end = _SENTENCE_END.search(low, head, end)
                return self._subject(head, first_end.start() if first_end else end)
            end = start - 1
        return ""

    def _document_owner(self, clause: tuple[int, int], start: int) -> str:
        """A clause whose subject is a thing handed in, owned by a party after `của`, no agent before its verb
        (`Biên bản hội nghị của Ban công tác Mặt trận thôn gửi về Ban Thường trực trước 17 giờ ngày …`): that
        party sends it. Its name must run straight into the verb (a relative clause after it, `… của cơ quan, tổ
        chức, đơn vị đã tổ chức hội nghị phải được chuyển …`, names no sender)."""
        low = self.low
        head = LEADING_MARKERS.match(low, clause[0], start).end()
        owned = _owned_document().match(low, head, start)
        if owned is None:
            return ""
        owner = owned.end()
        name_end = bodies_end(self.text, low, owner, start)
        verb = _BEFORE_VERB.match(low, name_end, start) if name_end > owner else None
        if verb is not None and patterns()["duty"].match(low, verb.end(), start):
            return party_name(self.text[owner:name_end])
        return self._subject(owner, clause[1]) if name_end == owner else ""  # in lower case: `của các thôn gửi …`

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
