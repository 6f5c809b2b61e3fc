"""The fields of a deadline row: the task (what must be done), who is responsible, to whom it goes.

The task is the activity of the clause, of the timetable row, or of the plan item whose `Thời gian
thực hiện:` line gave the date. The responsible party is the item's `Đơn vị chủ trì:` field (or its
`Cơ quan chủ trì` sub-item), the body a clause assigns (`Giao Văn phòng UBND tỉnh …`, `đề nghị các đơn
vị …`), or the clause's subject before its verb; where the verb list cannot find the end of the
subject, underthesea's POS tags do. The recipient follows `gửi (về)`, `báo cáo`, `về`, `cho`, `lên` (or
the introduction of a list of reports).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import regex

from .deadline_dates import RECURRENCE_LIST, vocabulary, words_pattern
from .deadline_layout import MARKER, Outline
from .lexicon import expand_abbreviations, load, org_name_prefix, starts_with_org
from .textfold import cap_first, fold, rx, squash, strip_markup

_TASK_LIMIT = 200
_MARKERS = regex.compile(r"[\s|]*(?:" + MARKER + r"[ \t]*)*", regex.I)


def _trim(text: str) -> str:
    text = squash(strip_markup(text))
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
        "duty": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["duty_verbs"]) + r")(?![\p{L}])"),
        "assign": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["assigning_verbs"]) + r")\s+(?=\S)"),
        "field": regex.compile(r"[ \t|]*(?:[-+*•–o][ \t]*)?(?:" + labels + r")[ \t]*:[ \t]*(?P<value>[^\n]*)"),
        "field_heading": regex.compile(r"(?:" + labels + r")\s*:?\s*$"),
        "time_heading": regex.compile(r"(?:" + words_pattern(v["time_labels"]) + r")(?![\p{L}])"),
        "lead": regex.compile(r"(?:" + RECURRENCE_LIST.pattern + r"|thường\s+xuyên|riêng\s+năm\s+\d{4})[\s,]*"),
        "fronted": regex.compile(r"(?:đối\s+với|trong|về|riêng|căn\s+cứ|theo)\s[^,;:\n]{0,80},\s*"),
        "subject_end": regex.compile(r"\s+(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+trì|phải|cần|sẽ|được"
                                     r"|tập\s+trung|khẩn\s+trương|tiếp\s+tục)\s*$", regex.I),
    }


_FIELD_ANCHOR = re.compile(r"(?:chủ trì|thực hiện|phụ trách|trách nhiệm)[ \t]*:")


class Fields:
    """Reads the task, responsible party and recipient of the deadlines of one document."""

    def __init__(self, text: str, low: str, sections=()):
        self.text, self.low = text, low
        self.outline = Outline(sections)
        self._field_lines: list[tuple[int, int, int]] | None = None  # (line start, value start, value end)

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
            task = _trim(text[clause[0]:start] + " " + text[end:clause[1]])
            if len(task) >= 8:
                return task
        elif task_from != "item":
            return _trim(task_from)
        item = self._item(start)
        if item is not None and item.heading:
            return _trim(item.heading)
        return _trim(text[clause[0]:start] + " " + text[end:clause[1]])

    # --- responsible
    def _fields(self) -> list[tuple[int, int, int]]:
        if self._field_lines is None:
            self._field_lines = []
            field, low = _patterns()["field"], self.low
            for anchor in _FIELD_ANCHOR.finditer(low):  # cheap: the label's last words and its colon
                line_start = low.rfind("\n", 0, anchor.start()) + 1
                m = field.match(low, line_start)
                if m and m.group("value").strip() and (not self._field_lines or self._field_lines[-1][0] != line_start):
                    self._field_lines.append((line_start, m.start("value"), m.end("value")))
        return self._field_lines

    def responsible(self, start: int, clause: tuple[int, int]) -> str:
        """The item's responsible field or sub-item, the body a clause assigns, or the clause's subject."""
        item = self._item(start)
        if item is not None:
            found = self._item_field(item)
            if found:
                return found
        text, low, pats = self.text, self.low, _patterns()
        c_start, c_end = clause
        assign = None
        for assign in pats["assign"].finditer(low, c_start, start):
            pass
        if assign is not None:
            begin = assign.end()
            verb = pats["duty"].search(low, begin, c_end)
            if verb and 0 < verb.start() - begin <= 120:
                return _party(text[begin:verb.start()])
        return self._subject(c_start, c_end)

    def _item_field(self, item) -> str:
        """`- Đơn vị chủ trì: …` in the item's own text, or a `2. Cơ quan chủ trì` sub-item's lines."""
        children = self.outline.children(item)
        own_end = children[0].start if children else item.end
        lines = self._fields()
        i = bisect.bisect_left(lines, (item.start, -1, -1))
        if i < len(lines) and lines[i][0] < own_end:
            return _party(self.text[lines[i][1]:lines[i][2]])
        for child in children:
            if _patterns()["field_heading"].match(child.heading.lower()):
                body_start = self.text.find("\n", child.start, child.end)
                if body_start < 0:
                    continue
                names = [_trim(line) for line in self.text[body_start:child.end].split("\n")]
                return _party("; ".join(n for n in names if n))
        return ""

    def _subject(self, c_start: int, c_end: int) -> str:
        """The noun phrase that opens a clause, up to its verb: `Chính phủ báo cáo …` → `Chính phủ`,
        `Định kỳ 6 tháng, năm cơ quan, đơn vị báo cáo …` → `Cơ quan, đơn vị`. A clause that opens with
        its verb (an instruction) has none; a fronted `Đối với …,` is passed over."""
        text, low, pats = self.text, self.low, _patterns()
        head = _MARKERS.match(low, c_start, c_end).end()
        lead = pats["lead"].match(low, head, c_end)
        if lead:
            head = lead.end()
        fronted = pats["fronted"].match(low, head, c_end)
        if fronted:
            head = fronted.end()
        limit = min(c_end, head + 160)
        if head >= limit or pats["duty"].match(low, head, limit):
            return ""
        phrase = text[head:limit]
        first_tag, length = _noun_phrase(phrase)
        if not (starts_with_org(phrase) or first_tag in ("N", "Np", "Nc", "Ny", "L", "P")):
            return ""
        verb = pats["duty"].search(low, head, limit)
        who = text[head:verb.start()] if verb else text[head:head + length]
        who = pats["subject_end"].sub("", who)
        if not who.strip() or len(who.split()) > 14 or rx(r"\d").search(who):
            return ""
        return _party(who)

    # --- recipient
    def recipient(self, clause: tuple[int, int]) -> str:
        return recipient_of(self.text[clause[0]:clause[1]]) or _list_intro_recipient(self.text, clause[0])


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


def _party(phrase: str) -> str:
    phrase = squash(strip_markup(phrase)).strip(" ,;:.-–")
    phrase = rx(r"(?i)^(?:giao\s+|đồng\s+chí\s+)").sub("", phrase)
    return cap_first(expand_abbreviations(fold(phrase))) if phrase else ""


@lru_cache(maxsize=1)
def _recipient_pattern() -> regex.Pattern:
    """`về <body>`, `gửi (về) <body>`, `báo cáo <body>`: the bodies are the organisation heads of
    models/org_heads.txt (matched on the text as written: case matters for names), or bodies named by
    their level (`cấp có thẩm quyền`, `Thường trực …`)."""
    v = vocabulary()
    return regex.compile(r"(?i:(?<![\p{L}])(?:" + words_pattern(v["recipient_verbs"]) + r"))\s+(?P<org>(?:"
                         + words_pattern(load().org_heads) + r"|(?i:" + words_pattern(v["recipient_extra"]) + r"))"
                         + r"(?![\p{L}])[^,;:.()\n]{0,60})")


_RECIPIENT_STOP = regex.compile(r"(?i)\s+(?:trước|chậm nhất|hạn|thông qua|qua|để|theo|đúng|trong|định kỳ|kèm|ngay"
                                r"|tổng hợp|xem xét|và\s+(?:các|những))\b")


def recipient_of(clause: str) -> str:
    m = _recipient_pattern().search(fold(clause))
    if not m:
        return ""
    org = _RECIPIENT_STOP.split(m.group("org"))[0]
    org = org_name_prefix(squash(strip_markup(org)).strip(" -–"))
    return cap_first(expand_abbreviations(org))


def _list_intro_recipient(text: str, clause_start: int) -> str:
    """`Báo cáo … về Phòng Giáo dục:` followed by `+ Báo cáo 6 tháng trước ngày …` items."""
    line_start = text.rfind("\n", 0, clause_start)
    if line_start < 0 or not rx(r"\s*[+\-–•*]").match(text[line_start + 1:clause_start + 40]):
        return ""
    window = text[max(0, line_start - 600):line_start]
    colon = window.rfind(":")
    if colon < 0:
        return ""
    intro_start = max(window.rfind("\n", 0, colon - 5), 0)
    return recipient_of(window[intro_start:colon + 1])
