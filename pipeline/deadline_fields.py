"""The fields of a deadline row: the task (what must be done), who is responsible, to whom it goes.

The task is the activity of the clause, of the timetable row, or of the plan item whose `Thời gian
thực hiện:` line gave the date. The responsible party is the item's `Đơn vị chủ trì:` field (or its
`Cơ quan chủ trì` sub-item), the body a clause assigns (`Giao Văn phòng UBND tỉnh …`, `đề nghị các đơn
vị …`), or the clause's subject before its verb; where the verb list cannot find the end of the
subject, underthesea's POS tags do. The recipient follows `gửi (về)`, `báo cáo`, `về`, `cho`, `lên` (or
the introduction of a list of reports). `Fields` reads them with the readers of each concept:
`deadline_tasks` (the task), `deadline_subjects` (a clause's subject, a body assigned), `deadline_parts` (the
party of a part of a clause), `deadline_blocks` (the party of a plan item, a lead-in or a heading).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .deadline_blocks import LIST_ITEM, BlockReader
from .deadline_dates import vocabulary, words_pattern
from .deadline_layout import BULLET, MARKER, Outline, clause_end
from .deadline_parts import PARTS_IN_ITEM
from .deadline_recipients import bodies_end, delivers, recipient_in
from .deadline_subjects import SENTENCE_START, is_agent, party_name, patterns
from .deadline_tasks import EDITOR_NOTE, LEADING_MARKERS, LETTER, TaskReader
from .party_brackets import doers_at_line_end, stripped_end
from .textfold import first_sentence_end, fold, lowered

# `Kính gửi:` opening its line, or the invitees of an invitation (`Phòng … trân trọng kính mời:`)
_ADDRESSED = regex.compile(r"(?m)^[ \t]*kính\s+gửi\s*:[ \t]*|(?<![\p{L}])kính\s+mời\s*:[ \t]*$")
_BULLET_LINE = regex.compile(r"\s*" + BULLET + r"[ \t]*")
_HEADER_REACH = 3000  # characters of a letter that may hold its `Kính gửi:` block
# a time that opens its clause: `Chậm nhất là ngày 05/02/2026, …`, a timetable's `- Từ ngày 04/02/2026: Ban …`,
# `Trước ngày 31 tháng 8 hằng năm, Bộ Quốc phòng …`
_FRONTED_TIME = regex.compile(r"[ \t]*(?:(?:hằng|hàng)\s+năm[ \t]*)?(?:\([^()\n]{0,40}\)[ \t]*)?[,:]\s*")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:" + MARKER + r"))", regex.I)
_ENTRY_LINES = 3  # wrapped lines a timetable entry may run on over
_SENTENCE_REACH = 600  # characters looked through either side of a clause for the rest of its sentence
_STOPS = ".;:!?"  # what ends a line that no wrapped line continues
_LEAD_IN_END = regex.compile(r":[ \t]*\n", regex.REVERSE)  # the last line before the time that ends in a colon


class Fields(TaskReader, BlockReader):
    """Reads the task, responsible party and recipient of the deadlines of one document."""

    def __init__(self, text: str, low: str, sections=(), default_responsible: str = "", issuer: str = "",
                 letter_subject: str = "", title: str = ""):
        self.text, self.low = text, low
        self.issuer = issuer
        self.letter_subject = letter_subject  # a letter's or an invitation's own subject (`Dự Hội nghị …`)
        self.title = title
        self.outline = Outline(sections)
        self.default_responsible = default_responsible
        # (what, where) -> party: rows share their items, and the dates of one clause its subject
        self._by_item: dict[tuple, str] = {}
        self._items: dict[int, object] = {}  # position -> its plan item (a section or None)
        self._over: dict[str, str] = {}  # section id -> the party its heading or one above it names
        self._short_names: dict[str, str] | None = None  # folded short name -> the body's full name
        self.row_headers: dict = {}  # a timetable's header row -> its responsible column (deadline_rows)

    # --- responsible
    def responsible(self, start: int, end: int, clause: tuple[int, int], whole_item: bool = False) -> str:
        """Who must act: the item's responsible field or sub-item; the body the clause, then its
        sentence, assigns the task to or names as subject (for the time line of a plan item: the item's
        first sentence; after a fronted time, `Chậm nhất là ngày …, Ban Thường trực … gửi …`, the words
        after it); a point's subject its later sentence left out; the subject of the introduction of the list
        the item stands in; in a plan, the body that issues it (its own activities need no subject), in a letter
        its addressees, else the party its closing asks to carry it out (`_passive_doer`). A thing handed in,
        owned after `của`, is sent by its owner (`_document_owner`)."""
        item = self._item(start)
        if item is not None:
            found = self._item_field(item, start)
            if found:
                return found
        low = self.low
        doers = self._bracketed_doers(start)
        if doers:
            return doers
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
        sentence = SENTENCE_START.search(low, max(0, clause[0] - 400), clause[0] + 1)
        if sentence is not None and sentence.end() < clause[0]:
            opening = sentence.end()
            heading_end = low.find("\n", item.start, clause[0]) if item is not None else -1
            if opening <= heading_end:
                # a paragraph right under its part's heading (`III. TỔ CHỨC THỰC HIỆN` ⏎ `Sở Nội vụ theo dõi, đôn đốc;
                # tổng hợp, báo cáo … trước ngày …`): its sentence opens after the heading's line, not inside it
                opening = heading_end + 1
            elif low[opening - 2:opening - 1] == ":":
                # after a party's label (`- Hiệu trưởng: chỉ đạo chung; báo cáo … trước ngày …`): the label is the subject
                line = LEADING_MARKERS.match(low, low.rfind("\n", 0, opening) + 1, opening).end()
                if line < opening - 2 and is_agent(self.text, low, line, opening - 2):
                    opening = line
            scopes.append((opening, clause[0], clause[1]))
        for s_start, before, s_end in scopes:
            found = self._assigned(s_start, before, s_end) or self._subject(s_start, s_end)
            if found:
                return found
        # a time line under an item whose text opens with a condition (`Trên cơ sở đề nghị của …, Sở Xây dựng
        # chủ trì …`): the party nearest above the time line that opens a part of the text with its verb
        nearest_in_item = self._nearer_subject(item_body, clause[0], PARTS_IN_ITEM) if item_body >= 0 else ""
        return self._document_owner(clause, start) or nearest_in_item or self._nearer_subject(clause[0], start) \
            or self._left_out_subject(clause, start) or self._lead_in_party(start) or self._heading_party(start) or self._intro_subject(item) \
            or self._counted_from(end, clause[1]) or self._timed_sentence_subject(clause) or self._passive_doer(clause)

    def _bracketed_doers(self, start: int) -> str:
        """The doers a schedule's line names in the bracket that closes it (`- Ngày 10/10: Thi chọn học sinh giỏi cấp
        trường lớp 9 (Phó Hiệu trưởng, Tổ trưởng chuyên môn).`: party_brackets), when it names nothing else."""
        bracket = doers_at_line_end(self.text, self.low, start)
        if bracket is None or bodies_end(self.text, self.low, *bracket) < stripped_end(self.low, bracket[1], " \t,;."):
            return ""
        return party_name(self.text[bracket[0]:bracket[1]])

    def _timed_sentence_subject(self, clause: tuple[int, int]) -> str:
        """A sentence that only times the work of the sentence before it on its line (`5. Bộ Quốc phòng, Bộ Công an
        hướng dẫn quy trình …. Thời gian xem xét, giải quyết không quá 30 ngày …`): that sentence's subject."""
        low = self.low
        head = LEADING_MARKERS.match(low, clause[0], clause[1]).end()
        if not patterns()["time_heading"].match(low, head, clause[1]):
            return ""
        line_start = low.rfind("\n", 0, clause[0]) + 1
        stop = line_start + len(low[line_start:clause[0]].rstrip()) - 1  # the full stop before the clause
        if stop <= line_start or low[stop] not in ".!?":
            return ""
        previous = SENTENCE_START.search(low, line_start, stop)
        return self._subject(previous.end() if previous is not None else line_start, stop)

    def part_subject(self, part: int, clause: tuple[int, int]) -> str:
        """Who acts in a date's own duty later in its clause, when the duty opens with a party of its own (`…,
        Phòng Tài chính thẩm định kinh phí xong trước ngày 31/7/2026`); "" otherwise (-1: no own part)."""
        if part < 0 or not is_agent(self.text, self.low, part, clause[1]):
            return ""
        return self._subject(part, clause[1])

    def _passive_doer(self, clause: tuple[int, int]) -> str:
        """Who does a duty its sentence names no agent for (`Hồ sơ đăng ký dự thi nộp về Phòng Giáo dục và Đào tạo
        trước ngày …`): in a plan its own body, in a letter its addressees; where neither, or where the duty goes to
        the issuer itself (a plan of the office the reports are sent to), the party the closing asks to carry the
        document out (`… đề nghị Hiệu trưởng các trường triển khai thực hiện`)."""
        default = self.default_responsible
        if default and not self._sent_to_issuer(clause):
            return default
        return self._closing_request() or default

    def _sent_to_issuer(self, clause: tuple[int, int]) -> bool:
        """Whether the clause delivers something to the document's issuer (`… gửi về Phòng Giáo dục và Đào tạo`)."""
        issuer = lowered(fold(self.issuer)).strip()
        return bool(issuer) and issuer in self.low[clause[0]:clause[1]] and delivers(self.low, clause[0], clause[1])

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
        head = LEADING_MARKERS.match(low, clause[0], start).end()
        # (a period's cues may stand apart from its count: `Trong thời hạn không quá 7 ngày làm việc, kể từ …`)
        opens = not EDITOR_NOTE.sub("", low[head:start]).strip() or bool(patterns()["fronted"].fullmatch(low, head, start)) \
            or bool(_period_cues().fullmatch(low, head, start))
        fronted = _FRONTED_TIME.match(low, end, clause[1])
        line = low.rfind("\n", 0, start) + 1
        after_anchor, named = self._after_anchor(end, clause[1]) if opens else (-1, "")
        if after_anchor >= 0 or named:
            # its subject, not a body its words ask (`đề nghị …`)
            return [(after_anchor, after_anchor, clause[1])] if after_anchor >= 0 else [], named
        if fronted and (opens or ":" in low[end:fronted.end()] and LEADING_MARKERS.match(low, line, start).end() == start):
            return [(fronted.end(), clause[1], clause[1])], ""
        scopes = [(clause[0], start, clause[1])]
        lead_in = _LEAD_IN_END.search(low, clause[0], start)
        lead_line = low.rfind("\n", 0, lead_in.start()) + 1 if lead_in else -1
        if lead_in and LEADING_MARKERS.match(low, lead_line, lead_in.start()).end() == lead_line:
            # paragraphs Word numbers itself run on from the line that leads them in (`Thời gian gửi biên bản cụ thể
            # như sau:` ⏎ `Biên bản hội nghị (Bước 2): Các cơ quan, đơn vị … gửi …`); an item's heading with its
            # marker (`b) Thời hạn …:`) heads its own text instead
            scopes.insert(0, (lead_in.end(), start, clause[1]))
        return scopes, ""

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
        timed = self.sentence_timed(clause[0], start) if not found else None
        found = found or (recipient_in(text[timed[0]:timed[1]], issuer) if timed else "")
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
            # (a PDF's text wraps without indenting: a line after one that ends without a stop goes on it)
            runs_on = indent or text[:end].rstrip(" \t\r")[-1:] not in _STOPS
            if not line.strip() or not runs_on or LEADING_MARKERS.match(line).end() > indent:
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
        opening = SENTENCE_START.search(low, max(0, clause[0] - _SENTENCE_REACH), clause[0] + 1)
        start = opening.end() if opening else clause[0]
        close = _SENTENCE_END.search(low, clause[1], min(len(low), clause[1] + _SENTENCE_REACH))
        end = close.start() if close else clause[1]
        before = _part_spans(low, start, clause[0])[:-1]  # the part holding the clause's opening is left out
        after = _part_spans(low, clause[1], end)[1:]
        for p_start, p_end in after[:1] + before[-1:] + after[1:] + before[-2::-1]:
            p_start = LEADING_MARKERS.match(low, p_start, p_end).end()
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


@lru_cache(maxsize=1)
def _period_cues() -> regex.Pattern:
    """Nothing but a period's cues (models/deadlines.json `relative_cues`): `trong thời hạn `, `trong vòng `."""
    return regex.compile(r"(?:(?:" + words_pattern(vocabulary()["relative_cues"]) + r")\s+)+")


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
    if pos and LETTER.match(low, pos - 1):
        return -1
    end = pos + len(words[0])
    for word in words[1:]:
        gap = _SPACES.match(low, end)
        if gap is None or not low.startswith(word, gap.end()):
            return -1
        end = gap.end() + len(word)
    return -1 if LETTER.match(low, end) else end


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
        run_on = first_sentence_end(current)
        if run_on < len(current):  # `Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện …`: the body
            current = current[:run_on]
            break
        if current.rstrip().endswith("."):
            break
    if current:
        names.append(current)
    names = [part[_BULLET_LINE.match(part).end() if _BULLET_LINE.match(part) else 0:]
             for name in names for part in name.split(";")]  # `- A; - B` on one line
    return "; ".join(n for n in (party_name(n) for n in names) if n)


def _list_intro_recipient(text: str, clause_start: int, issuer: str) -> str:
    """`Báo cáo … về Phòng Giáo dục:` followed by `+ Báo cáo 6 tháng trước ngày …` items."""
    line_start = text.rfind("\n", 0, clause_start)
    if line_start < 0 or not LIST_ITEM.match(text[line_start + 1:clause_start + 40]):
        return ""
    window = text[max(0, line_start - 600):line_start]
    colon = window.rfind(":")
    if colon < 0:
        return ""
    intro_start = max(window.rfind("\n", 0, colon - 5), 0)
    return recipient_in(window[intro_start:colon + 1], issuer)
