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
from .deadline_layout import BULLET, MARKER, Outline, clause_bounds
from .deadline_recipients import recipient_in
from .lexicon import expand_abbreviations, load
from .textfold import cap_first, fold, rx, strip_markup

_TASK_LIMIT = 200
_MARKERS = regex.compile(r"[\s|]*(?:" + MARKER + r"[ \t]*)*", regex.I)


def _trim(text: str) -> str:
    text = strip_markup(text)
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
        "lead": regex.compile(r"(?:" + RECURRENCE_LIST.pattern + r"|thường\s+xuyên|riêng\s+năm\s+\d{4})[\s,]*"),
        # a fronted adverbial or condition before the subject: `Đối với …,`, `Trường hợp … thì`
        "fronted": regex.compile(r"(?:(?:đối\s+với|trong|về|riêng|căn\s+cứ|theo)\s[^,;:\n]{0,80},"
                                 r"|(?:trường\s+hợp|nếu|khi|sau\s+khi)\s[^;:\n]{0,120}?(?:\sthì|,))\s*"),
        "subject_stop": word_regex("subject_stops"),
        "duty_of": regex.compile(r"^(?:trách\s+nhiệm|nhiệm\s+vụ)(?:\s+và\s+quyền\s+hạn)?\s+của\s+", regex.I),
        "determiner": regex.compile(r"(?:các|những|mỗi|từng)\s+"),
        "agent": regex.compile(r"(?:" + words_pattern(v["agent_heads"] + [t.lower() for t in load().signer_titles])
                               + r")(?![\p{L}])"),
        "collective": regex.compile(r"(?:" + words_pattern(v["collective_heads"] + v["agent_heads"]) + r")(?![\p{L}])"),
    }


_ASIDE_OPEN = regex.compile(r"\((?:[\p{L} ]{0,20})$", regex.REVERSE)  # `(`, `(Thực hiện `, `(Thời gian ` before a time
_ASIDE_CLOSE = regex.compile(r"[ \t]*\)")
_SENTENCE_START = regex.compile(r"[.!?:]\s|\n[ \t]*\n|\n(?=[ \t]*(?:" + MARKER + r"))", regex.I | regex.REVERSE)
_FIELD_ANCHOR = re.compile(r"(?:chủ trì|thực hiện|phụ trách|trách nhiệm)[ \t]*:")


class Fields:
    """Reads the task, responsible party and recipient of the deadlines of one document."""

    def __init__(self, text: str, low: str, sections=(), default_responsible: str = "", issuer: str = ""):
        self.text, self.low = text, low
        self.issuer = issuer
        self.outline = Outline(sections)
        self.default_responsible = default_responsible
        self._by_item: dict[tuple[str, int], str] = {}  # (what, item start) -> party: rows share their items

    def _item(self, pos: int):
        """The plan item of `pos` (a `3. Thời gian thực hiện: …` heading belongs to the item above)."""
        pats = _patterns()
        return self.outline.item(pos, lambda heading: bool(pats["time_heading"].match(heading.lower())))

    # --- task
    def task(self, start: int, end: int, clause: tuple[int, int], task_from: str, row: tuple[int, int]) -> str:
        """What must be done: the clause without the time expression (`task_from` "clause"), the rest of a
        timetable row ("row"), the heading of the plan item whose time line gave the date ("item"), or an
        activity label as written (`Tựu trường các cấp học: Ngày 26/8/2024`)."""
        text = self.text
        if task_from == "row":
            rest = _trim(text[row[0]:start] + " " + text[end:row[1]])
            if len(rest) >= 8:
                return rest
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
    def responsible(self, start: int, clause: tuple[int, int], whole_item: bool = False) -> str:
        """Who must act: the item's responsible field or sub-item; the body the clause, then its
        sentence, assigns the task to or names as subject (for the time line of a plan item: the item's
        first sentence); in a plan, the body that issues it (its own activities need no subject)."""
        item = self._item(start)
        if item is not None:
            found = self._item_field(item)
            if found:
                return found
        low = self.low
        scopes = [(clause[0], start, clause[1])]
        if whole_item and item is not None:
            body = self.text.find("\n", item.start, item.end)
            if body >= 0:
                end = clause_bounds(low, body + 1, body + 1)[1]
                scopes = [(body + 1, end, end)]
        sentence = _SENTENCE_START.search(low, max(0, clause[0] - 400), clause[0] + 1)
        if sentence is not None and sentence.end() < clause[0]:
            scopes.append((sentence.end(), clause[0], clause[1]))
        for s_start, before, s_end in scopes:
            found = self._assigned(s_start, before, s_end) or self._subject(s_start, s_end)
            if found:
                return found
        return self._heading_party(start) or self.default_responsible

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
        while section is not None:
            heading = section.heading
            duty_of = _patterns()["duty_of"].match(heading)
            if duty_of:
                heading = heading[duty_of.end():]
            head = _org_head().match(heading)
            if heading and head and _is_agent(heading, heading.lower(), 0, len(heading)):
                end = _name_end(heading, head.start(), head.end())
                if duty_of or not heading[end:].strip(" :.;"):  # the heading is the party's name
                    return party_name(heading[:end])
            section = self.outline.parent(section)
        return ""

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
            return self._party_at(assign.end(), verb.start())
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
        limit = min(c_end, head + 160)
        if head >= limit or pats["duty"].match(low, head, limit) or not _is_agent(text, low, head, limit):
            return ""
        body = _org_head().match(text, head, limit)
        if body:
            end = _name_end(text, body.start(), body.end())  # a body: its name
        else:
            ends = [m.start() for m in (pats["duty"].search(low, head + 1, limit),
                                        pats["subject_stop"].search(low, head + 1, limit)) if m]
            end = min(ends) if ends else head + _noun_phrase(text[head:limit])[1]
        if not text[head:end].strip() or len(text[head:end].split()) > 14 or rx(r"\d").search(text, head, end):
            return ""
        return self._party_at(head, end)

    # --- recipient
    def recipient(self, start: int, clause: tuple[int, int], whole_item: bool = False) -> str:
        """To whom: named in the clause, in the introduction of a list of reports, in the item's own
        text (for the time line of a plan item), or in the introduction of the list the item stands in
        (`2. Ban Thường trực … thực hiện chế độ báo cáo với Ban Thường trực … tỉnh … như sau:` over `a.`,
        `b.` … reports)."""
        text, issuer = self.text, self.issuer
        found = recipient_in(text[clause[0]:clause[1]], issuer) or _list_intro_recipient(text, clause[0], issuer)
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
    if nxt is None or not nxt.group()[:1].islower():
        return True
    first = _segmented(text[start:min(limit, start + 40)])[:1]
    return not first or len(first[0]) <= head.end() - start or not first[0][head.end() - start:].strip()[:1].islower()


@lru_cache(maxsize=2048)
def _noun_phrase(phrase: str) -> tuple[str, int]:
    """underthesea's POS tag of the first word of `phrase`, and the length of the noun phrase it opens
    (a verb, an adverb, a preposition or punctuation other than a list comma ends it)."""
    try:
        from underthesea import pos_tag
    except Exception:  # pragma: no cover - underthesea is a declared dependency
        return "", 0
    pos = end = 0
    first = ""
    for i, (token, tag) in enumerate(pos_tag(phrase[:100])):
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


def party_name(phrase: str) -> str:
    """A party as the tables write it: markup and bullets gone, abbreviations expanded, capitalised."""
    phrase = strip_markup(phrase).strip(" ,;:.-–")
    phrase = rx(r"(?i)^(?:giao\s+|đồng\s+chí\s+)").sub("", phrase)
    return cap_first(expand_abbreviations(fold(phrase))) if phrase else ""


@lru_cache(maxsize=1)
def _org_head() -> regex.Pattern:
    """The head of a body's name (models/org_heads.txt), as written."""
    return regex.compile(r"(?:" + words_pattern(load().org_heads) + r")(?![\p{L}])")


@lru_cache(maxsize=1)
def _list_join() -> regex.Pattern:
    """`, ` or ` và ` before the head of another body: a list of bodies goes on."""
    return regex.compile(r"\s*(?:,|và)\s+(?=" + _org_head().pattern + r")")


_NAME_END = regex.compile(r"[;:.()\[\]“”\"]|\n[ \t]*\n")


_SYLLABLE = regex.compile(r"[\p{L}\d&]+|[,\-–]")


def _name_end(text: str, head_start: int, head_end: int) -> int:
    """Where the name of a body whose head ends at `head_end` ends: the word after the head (`Ban tổ
    chức`, `Hội đồng quản lý Quỹ`: underthesea's word segmentation says how long it is), then
    capitalised syllables and syllables found in names of bodies (`nhân dân`, `cấp`, `tỉnh`); `và` before
    a capitalised word stays inside (`Bộ Kế hoạch và Đầu tư`), and a list of bodies goes on at `,`
    before another head. A head that is a name by itself (`Chính phủ`) stops at a verb."""
    stop = _NAME_END.search(text, head_end, head_end + 120)
    limit = stop.start() if stop else min(len(text), head_end + 120)
    head, org_words = _org_head(), load().org_words
    syllables = list(_SYLLABLE.finditer(text, head_end, limit))
    end = head_end
    complete_head = len(text[head_start:head_end].split()) > 1  # `Chính phủ`, `Hội đồng`; not `Ban`, `Sở`
    i = 0
    while i < len(syllables):
        m = syllables[i]
        word, low = m.group(), m.group().lower()
        following = syllables[i + 1].group() if i + 1 < len(syllables) else ""
        inner = head.match(text, m.start(), limit) if word[:1].isupper() else None
        if inner:
            end = inner.end()
            while i < len(syllables) and syllables[i].start() < end:
                i += 1
            continue
        if low == ",":
            if not _list_join().match(text, end):
                break
        elif low in ("và", "các", "những"):
            if not following[:1].isupper():
                break
        elif low in _RECIPIENT_STOPS or (end == head_end and not word[:1].isalpha()):
            break
        elif end == head_end and word[:1].islower() and low not in org_words:
            # the word after a one-syllable head is part of the name (`Ban tổ chức`, as long as the
            # segmenter reads it); after a complete head only when a proper name follows it (`Hội đồng
            # quản lý Quỹ`, not `Chính phủ báo cáo kết quả`)
            ahead = syllables[i + 1:i + 4]
            if complete_head and not any(s.group()[:1].isupper() for s in ahead
                                         if s.group() not in (",", "-", "–")):
                break
            first = _segmented(text[m.start():min(limit, m.start() + 30)])[:1]
            span = len(first[0]) if first else len(word)
            end = m.start() + span
            while i < len(syllables) and syllables[i].start() < end:
                i += 1
            continue
        elif not (word[:1].isupper() or low in org_words or word in ("-", "–")) or \
                (word[:1].islower() and _patterns()["duty"].match(text[m.start():limit].lower())):
            break  # a verb after the name (`Ban Thường trực ban hành`)
        if end == head_end and not complete_head and following[:1].islower() and following.lower() not in org_words:
            # after a one-syllable head, a capitalised syllable may open a two-syllable word (`Ban Giám
            # hiệu`, `Ban Thường trực`): the segmenter says
            first = _segmented(text[m.start():min(limit, m.start() + 30)])[:1]
            if first and len(first[0]) > len(word):
                end = m.start() + len(first[0])
                while i < len(syllables) and syllables[i].start() < end:
                    i += 1
                continue
        if word[:1].isalnum():
            end = m.end()
        i += 1
    return end


@lru_cache(maxsize=4096)
def _segmented(phrase: str) -> tuple[str, ...]:
    try:
        from underthesea import word_tokenize
    except Exception:  # pragma: no cover - underthesea is a declared dependency
        return tuple(phrase.split())
    return tuple(word_tokenize(phrase))


_RECIPIENT_STOPS = frozenset({"trước", "chậm", "hạn", "thông qua", "qua", "để", "theo", "đúng", "trong", "định kỳ",
                              "kèm", "kèm theo", "ngay", "xem xét", "về", "vào", "tại", "từ", "sau", "khi", "nếu",
                              "đối với", "cho", "hoặc"})


def _list_intro_recipient(text: str, clause_start: int, issuer: str) -> str:
    """`Báo cáo … về Phòng Giáo dục:` followed by `+ Báo cáo 6 tháng trước ngày …` items."""
    line_start = text.rfind("\n", 0, clause_start)
    if line_start < 0 or not rx(r"\s*[+\-–•*]").match(text[line_start + 1:clause_start + 40]):
        return ""
    window = text[max(0, line_start - 600):line_start]
    colon = window.rfind(":")
    if colon < 0:
        return ""
    intro_start = max(window.rfind("\n", 0, colon - 5), 0)
    return recipient_in(window[intro_start:colon + 1], issuer)
