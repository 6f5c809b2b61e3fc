"""Responsible parties: who must do what, with a role per assignment.

A party is named where a task is assigned, and the genre does that in a few shapes:
- a clause whose subject is a party: `Ban Thường trực … chủ trì, phối hợp với …` (lead; `coordinate`
  when the predicate is a bare `phối hợp`), also after a time adverbial (`Hằng năm, Quỹ phải …`), after
  `thì` / `đồng thời`, and as the agent of a passive (`do Chủ tịch … triệu tập`);
- the object of a cue: `giao` / `đề nghị` / `yêu cầu` / `chỉ đạo` X (lead; `other` in the closing
  `Trên đây là …` paragraph), `phối hợp với` / `cùng` X (coordinate), `báo cáo` / `gửi … về` X
  (report_to), `tạo điều kiện để` X (other), `trách nhiệm của` X (lead);
- labelled lists: `Đơn vị chủ trì: A, B; Đơn vị phối hợp: C` and the same columns of task tables;
- the items of `Tổ chức thực hiện` / `Phân công`: a heading that names a party (`2. Liên đoàn …`) over
  the tasks below it, or a line `Hiệu trưởng: …`;
- the addressees of a letter (`Kính gửi: …`) that asks them to act.

Scans are cue-anchored: clause starts and cue words are found with cheap patterns, and a party name is
tried only there (party_names.mention_at); the lexicons and patterns are loaded once per process.
Names are then normalized per document (party_names.normalize, then `_document_names`).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from . import party_names as names
from . import party_ocr
from .party_names import cue_at, key, mention_at, name_end, normalize
from .records import DocumentMeta, DocumentText, Party, Section
from .textfold import squash, strip_markup

# Anchors: where a clause may open, and the cue words after which a party may be named.
# A quotation introduced by a colon (`… quy định: “…”`), as long as a provision.
_QUOTED = re.compile(r":\s*(?:“[^“”]{80,3000}”|\"[^\"“”]{80,3000}\")")
_MARKERS = re.compile(r"[ \t\n>*_#]*(?:(?:[-+•*·–]|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[ivxlc]+\.)[ \t]*)*")
_LINE_START = re.compile(r"\n[ \t]*")
_TOWARD = re.compile(r"\b(?:về|cho|lên|tới|đến|với)\b")
_CUE = re.compile(r"\b(?:giao|đề nghị|yêu cầu|chỉ đạo|hướng dẫn|phân công|do|phối hợp|cùng|thống nhất|trao đổi|"
                  r"kết hợp|báo cáo|gửi|nộp|kính trình|thông qua|phản ánh|kiến nghị|xin ý kiến|"
                  r"tạo điều kiện|trách nhiệm|thì|đồng thời)\b"
                  # a periodic adverbial before a subject: `Định kỳ 6 tháng, năm cơ quan, đơn vị báo cáo …`
                  r"|\b(?:định kỳ|hằng|hàng)(?:[\s,]+(?:\d+|tháng|năm|quý|tuần|học kỳ|kỳ))+[\s,]+(?=\S)")
_LABEL_CUE = re.compile(r"\b(?:chủ trì|phối hợp|thực hiện|phụ trách|cùng tham gia|nhận báo cáo|tổ chức)[ \t*_]*:")
_LABEL_LINE = re.compile(r"[ \t>*_#|]*(?:[-+•*·–]\s*|[a-zđ]\)\s*|\d{1,2}[.)]\s*)?(?P<label>[^\n:]{2,40}?)\s*:$")
_SENTENCE_END = re.compile(r"[.;!?](?=\s)|:\s*\n|\n[ \t]*(?:\n|[-+•*·–]|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[ivx]+\.)")
_ITEM_START = re.compile(r"\n[ \t]*(?:\n|[-+•*·–]|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[ivx]+\.)")
# What may open a clause before its subject: a circumstance ending in a comma.
_ADVERBIAL = re.compile(r"[\W\d]*(?:[a-zđ]\)\s*)?(?:hằng|hàng|định kỳ|cuối|đầu|mỗi|kết thúc|sau khi|trước khi|"
                        r"trong quá trình|căn cứ|trên cơ sở|khi|trường hợp|nếu|ngoài ra|bên cạnh đó|theo đó|trong đó)\b")
_HEADING_PARTY = re.compile(r"(?P<name>[^.;:!?\n]+?)(?:\s+(?:có trách nhiệm|chịu trách nhiệm|thực hiện))?[ \t*_:]*$", re.M)
_ASSIGNMENT_HEADING = re.compile(r"tổ chức thực hiện|phân công|trách nhiệm", re.I)
_LETTERS = frozenset({"Công văn", "Tờ trình", "Công điện", "Giấy mời"})
_CLOSING = re.compile(r"trên đây là|nơi nhận")
# What a subject is said to have done, to be, to be allowed, or not to do is not a task assigned to it.
_NOT_ASSIGNED = re.compile(r"[\s,]*(?:đã|đang|chưa|không|bị|được(?! giao)|sẽ không|có quyền|có thể|là)\b")
# A subject that asks, proposes or assigns (`Sở … đề nghị Ủy ban nhân dân …`) gives the task to another.
_NOT_DOING = frozenset({"đề nghị", "kính đề nghị", "yêu cầu", "đề xuất", "giao", "kính trình", "trình"})
_PASSIVE_PREDICATES = ("chủ trì", "triệu tập", "phụ trách", "thực hiện", "tổ chức", "điều hành", "đảm nhiệm")
_REPORT_WORDS = re.compile(r"\b(?:báo cáo|gửi|nộp|(?<!giải )trình|phản ánh|kiến nghị|chuyển)\b")


@dataclass
class _Found:
    """One party name in one assignment, before normalization."""

    start: int
    end: int
    role: str
    clause_end: int
    name: str = ""  # set when the name is not the surface (a heading's party, a label item)


class _Context:
    """The document's text views and the lookups the shapes share."""

    def __init__(self, doc: DocumentText):
        self.text = doc.text
        self.low = names.lowered(doc.folded)
        self.items = [0] + [m.start() + 1 for m in _ITEM_START.finditer(self.low)]
        bounds = [m.span() for m in _SENTENCE_END.finditer(self.low)]
        self.clause_ends = [s for s, _ in bounds]
        self.clause_starts = [0] + [e for _, e in bounds]
        self.body_start = _body_start(self.low)
        self.plan = True  # not a letter        # Provisions quoted from another document (`quy định: “Chủ tịch … có thẩm quyền …”`) assign nothing here.
        self.quoted = [m.span() for m in _QUOTED.finditer(self.text)]
        self.quoted_starts = [s for s, _ in self.quoted]

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def item_start(self, pos: int) -> int:
        return self.items[bisect.bisect_right(self.items, pos) - 1]

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.clause_ends, pos)
        return self.clause_ends[i] if i < len(self.clause_ends) else len(self.low)

    def clause_start(self, pos: int) -> int:
        return self.clause_starts[bisect.bisect_right(self.clause_starts, pos) - 1]

    def party_list(self, start: int, limit: int, lenient: bool = False) -> list[tuple[int, int]]:
        """The names listed from `start`: `A, B và C`, each opening with a party head. When `lenient`
        (a labelled list), any item between separators is a name, except a qualifier of the one before
        (`Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực …`)."""
        text, low = self.text, self.low
        found: list[tuple[int, int]] = []
        pos = start
        while pos < limit:
            mention = mention_at(text, low, pos)
            if mention and not lenient:
                end = name_end(text, low, pos, mention.end, limit)
            elif lenient:
                end = _item_end(text, low, pos, limit)
                if found and text[pos].islower() and cue_at(low, pos, {"predicate"}):
                    pos = end  # a qualifier, not a party
                    sep = _SEPARATOR.match(low, pos, limit)
                    if not sep:
                        break
                    pos = sep.end()
                    continue
            else:
                break
            if end <= pos:
                break
            found.append((pos, end))
            sep = _SEPARATOR.match(low, end, limit)
            if not sep or sep.end() >= limit:
                break
            pos = sep.end()
        if len(found) > 1 and _ONE_PERSON.match(low, start):
            # `Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ xã`: one person's posts,
            # the last one is the post the task goes with.
            found = [(found[-1][0], found[-1][1])]
        return found

    def predicate_after(self, pos: int, limit: int) -> tuple[str, int] | None:
        """The predicate that follows a party list ending at `pos`: (phrase, end)."""
        m = _BEFORE_PREDICATE.match(self.low, pos, limit)
        at = m.end() if m else pos
        return cue_at(self.low, at, {"predicate"}) or cue_at(self.low, at, {"coordinate"})


_ONE_PERSON = re.compile(r"(?:đồng chí|đ/c|ông|bà)\s")
_SEPARATOR = re.compile(r"\s*(?:\([^()\n]{1,80}\))?\s*(?:,\s*(?:và\s+|cùng\s+)?|;\s*|\s+(?:và|cùng)\s+)(?=\S)")
_BEFORE_PREDICATE = re.compile(r"\s*(?:\([^()\n]{1,80}\))?\s*,?\s*")


def _item_end(text: str, low: str, pos: int, limit: int) -> int:
    """End of one item of a labelled list: up to the next `,` or `;`, a `và` that opens a party, or the
    lower-case predicate that follows the list (`…, Xây dựng đôn đốc, hướng dẫn …`)."""
    for m in re.compile(r"\s*(?:\([^()\n]{1,80}\)\s*)?(?:[,;.]|\s(?:và|cùng)\s|\n\s*\n)|\s(?=\w)").finditer(low, pos, limit):
        word = m.group(0).strip()
        if not word:
            if m.end() < len(text) and text[m.end()].islower() and cue_at(low, m.end(), {"predicate"}) and \
                    not cue_at(low, m.end(), {"stop"}):
                return m.start()
            continue
        if word in ("và", "cùng") and not mention_at(text, low, m.end()):
            continue
        return m.start()
    return limit


_HEADER_END = re.compile(r"(?m)^.*(?:độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc|^[ \t]*số\s*:).*$")


def _body_start(low: str) -> int:
    """Where the body starts: after the header's motto and `Số:` lines (the bodies named there issue the
    document; they are not assigned anything)."""
    end = 0
    for m in _HEADER_END.finditer(low, 0, min(len(low), 1500)):
        end = m.end()
    return end


def extract(doc: DocumentText, meta: DocumentMeta, section_of, sections: list[Section] | None = None) -> list[Party]:
    ctx = _Context(doc)
    ctx.plan = meta.doc_type not in _LETTERS
    found: list[_Found] = []
    assignment_spans = _assignment_spans(ctx, sections or [])
    in_assignment = _SpanTest(assignment_spans)
    consumed = _Covered(len(ctx.low))

    def take(items, role, clause_end, names_=None):
        for i, (s, e) in enumerate(items):
            consumed.add(s, e)
            found.append(_Found(s, e, role, clause_end, (names_ or {}).get(i, "")))

    found.extend(_labelled_lists(ctx, consumed))
    if party_ocr.damaged(ctx.text):
        found.extend(_damaged_lists(ctx, consumed, *_document_level(ctx.text)))
    found.extend(_heading_parties(ctx, sections or [], in_assignment, consumed))
    found.extend(_addressees(ctx, meta, consumed))
    for pos, after_comma in _subject_anchors(ctx):
        if pos not in consumed:
            _subject(ctx, pos, after_comma, in_assignment, take)
    for m in _CUE.finditer(ctx.low, ctx.body_start):
        _cue_object(ctx, m, consumed, take)
    for m in _REPORT_WORDS.finditer(ctx.low, ctx.body_start):
        # `báo cáo kết quả … về Ủy ban nhân dân quận`: the receiver after a preposition of the clause
        for toward in _TOWARD.finditer(ctx.low, m.end(), ctx.clause_end(m.end())):
            _cue_object(ctx, toward, consumed, take)
    return _rows(doc, meta, ctx, found, section_of)


def _subject_anchors(ctx: _Context):
    """Where a clause's subject may open: (position, after a comma). Clause starts (after list markers),
    lines that open with a capital, and the first comma after an adverbial (`Hằng năm, Quỹ phải …`)."""
    low, text = ctx.low, ctx.text
    starts = set(ctx.clause_starts)
    starts.update(m.end() for m in _LINE_START.finditer(low, ctx.body_start) if text[m.end():m.end() + 1].isupper())
    for start in sorted(starts):
        if start < ctx.body_start:
            continue
        pos = _MARKERS.match(low, start).end()
        yield pos, False
        if _ADVERBIAL.match(low, pos):
            # `Hằng năm, Quỹ phải …`; `Trường hợp … không tổ chức đại hội, Sở Nội vụ sẽ báo cáo …`
            end = ctx.clause_end(pos)
            comma = low.find(", ", pos, end)
            first = True
            while comma > 0:
                if first or text[comma + 2:comma + 3].isupper():
                    yield comma + 2, True
                first = False
                comma = low.find(", ", comma + 2, end)


def _subject(ctx: _Context, pos: int, after_comma: bool, in_assignment, take) -> None:
    """`<party list> <predicate>` at a clause start (lead, or coordinate for a bare `phối hợp`)."""
    low = ctx.low
    if not mention_at(ctx.text, low, pos):
        return
    limit = min(ctx.clause_end(pos), pos + 600)
    items = ctx.party_list(pos, limit)
    if in_assignment(pos) and items and not after_comma:
        # `1. Hiệu trưởng: Ông Hoàng Hưng – Chỉ đạo …`, `1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu
        # ban: Phụ trách chung …`: a line that opens with a post and a colon assigns that post.
        colon = low.find(":", pos, min(limit + 1, pos + 120))
        if colon > 0 and not re.search(r"[\n,;.]", low[pos:colon]) and len(low[pos:colon].split()) <= 24:
            take([(pos, colon)], "lead", ctx.clause_end(colon + 1))
            return
    if not items:
        return
    end = items[-1][1]
    predicate = ctx.predicate_after(end, limit)
    if not predicate:
        return
    phrase, p_end = predicate
    if _NOT_ASSIGNED.match(low, end) or phrase in _NOT_DOING:
        return
    role = "lead"
    if phrase in ("phối hợp", "cùng phối hợp", "đồng phối hợp", "cùng") and not re.match(r"\s+(?:chặt chẽ\s+)?với\b", low[p_end:p_end + 20]):
        role = "coordinate"
    take(items, role, ctx.clause_end(p_end))


def _cue_object(ctx: _Context, m: re.Match, consumed: _Covered, take) -> None:
    low, text = ctx.low, ctx.text
    cue = cue_at(low, m.start(), {"coordinate", "report", "toward", "directive", "passive", "enable"})
    if m.group(0) == "trách nhiệm":
        _responsibility(ctx, m, take)
        return
    if m.group(0) in ("thì", "đồng thời") or m.group(0)[-1].isspace():
        pos = m.end() + (0 if m.group(0)[-1].isspace() else 1)
        if pos < len(low) and pos not in consumed:
            _subject(ctx, pos, True, lambda _p: False, take)
        return
    if not cue:
        return
    phrase, cue_end = cue
    functions = names.vocabulary().cues[phrase]
    pos = cue_end
    while pos < len(low) and low[pos] in " \t:":
        pos += 1
    count = re.compile(r"\d+\s+").match(low, pos)  # `phân công 01 phó trưởng phòng`
    if count and mention_at(text, low, count.end()):
        pos = count.end()
    if pos in consumed or not mention_at(text, low, pos):
        return
    limit = min(ctx.clause_end(pos), pos + 600)
    items = ctx.party_list(pos, limit)
    if not items:
        return
    end = items[-1][1]
    if "coordinate" in functions:
        if phrase in ("cùng", "cùng với") and _subject_before(ctx, m.start()) is False:
            return
        take(items, "coordinate", ctx.clause_end(end))
    elif "report" in functions or "toward" in functions:
        clause_start = ctx.clause_start(m.start())
        if "toward" in functions and "report" not in functions:
            if not _REPORT_WORDS.search(low, clause_start, m.start()) or \
                    re.search(r"(?:đối|phối hợp|thống nhất|trao đổi|cùng)\s*$", low[max(0, m.start() - 15):m.start()]):
                return
        if re.search(r"\bđã\b", low[max(clause_start, m.start() - 60):m.start()]):
            return  # a report already made is history, not a duty
        take(items, "report_to", ctx.clause_end(end))
    elif "directive" in functions:
        enumerated = _enumerated_after_colon(ctx, items, limit)
        if enumerated:
            items, names_ = enumerated
            end = items[-1][1]
            limit = max(limit, min(ctx.clause_end(end), end + 600))
        predicate = ctx.predicate_after(end, limit)
        if phrase in ("chỉ đạo", "hướng dẫn", "phân công") and not predicate:
            return
        role = "lead"
        item = low[ctx.item_start(m.start()):m.start()]
        if ctx.plan and (_CLOSING.search(item) or _CLOSING.search(low[ctx.clause_start(m.start()):m.start()])):
            role = "other"  # a plan's closing `đề nghị … thực hiện` (a letter's request is the task itself)
        if predicate and predicate[0] in ("phối hợp", "cùng phối hợp"):
            role = "coordinate"
        take(items, role, ctx.clause_end(end), enumerated[1] if enumerated else None)
    elif "passive" in functions:
        predicate = ctx.predicate_after(end, limit)
        if predicate and predicate[0] in _PASSIVE_PREDICATES:
            take(items, "lead", ctx.clause_end(end))
    elif "enable" in functions:
        take(items, "other", ctx.clause_end(end))


def _enumerated_after_colon(ctx: _Context, items, limit: int):
    """`Giao các sở: Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Xây dựng đôn đốc …`: the
    bodies are enumerated after the colon, under the kind the cue named (`Sở Giao thông vận tải`)."""
    low, text = ctx.low, ctx.text
    if len(items) != 1:
        return None
    start, end = items[0]
    kind = re.fullmatch(r"(?:các|những)\s+(\w+)", low[start:end])
    colon = re.compile(r"\s*:\s*").match(low, end)
    if not kind or not colon:
        return None
    listed = ctx.party_list(colon.end(), min(len(low), colon.end() + 600), lenient=True)
    if not listed:
        return None
    head = text[start:end].split()[-1].capitalize()
    names_ = {i: (text[s:e] if mention_at(text, low, s) else f"{head} {text[s:e]}") for i, (s, e) in enumerate(listed)}
    return listed, names_


def _subject_before(ctx: _Context, pos: int) -> bool:
    return True


def _responsibility(ctx: _Context, m: re.Match, take) -> None:
    """`Tăng cường trách nhiệm của tập thể cấp ủy, ban lãnh đạo trong …`: near the start of a sentence,
    the bodies named are assigned the task (deep inside a sentence the same words only describe)."""
    low = ctx.low
    after = re.compile(r"(?:\s*,\s*trách nhiệm)?\s+(?:\S+\s+){0,4}?của\s+(?:tập thể\s+)?|"
                       r"(?:\s+\S+){0,4}?,?\s+(?:nhất là|đặc biệt là|trước hết là)\s+").match(low, m.end())
    if not after:
        return
    start = ctx.clause_start(m.start())
    if len(low[start:m.start()].split()) > 10 or low[:start].rstrip().endswith(";"):
        return
    pos = after.end()
    mention = mention_at(ctx.text, low, pos)
    if not mention:
        return
    known = names.vocabulary().known.get(key(low[pos:mention.end]))
    if (known.category not in ("head", "body")) if known else mention.kind not in ("title", "org"):
        return
    limit = min(ctx.clause_end(pos), pos + 300)
    items = ctx.party_list(pos, limit)
    if items:
        take(items, "lead", ctx.clause_end(items[-1][1]))


def _labelled_lists(ctx: _Context, consumed: _Covered) -> list[_Found]:
    """`- Đơn vị chủ trì: A, B, C.` / `b) Đơn vị phối hợp: …`: every item of the list is a party."""
    out = []
    for m in _LABEL_CUE.finditer(ctx.low, ctx.body_start):
        line = _LABEL_LINE.match(ctx.low, ctx.low.rfind("\n", 0, m.start()) + 1, m.end())
        if not line:
            continue
        label = key(line.group("label")).strip(" *_")
        functions = names.vocabulary().cues.get(label, frozenset())
        role = ("lead" if "label_lead" in functions else "coordinate" if "label_coordinate" in functions
                else "report_to" if "label_report" in functions else "")
        if not role:
            continue
        pos = m.end()
        while pos < len(ctx.low) and ctx.low[pos] in " \t":
            pos += 1
        end = ctx.clause_end(pos) if not ctx.low.startswith("\n", pos) else pos
        end = _list_end(ctx.low, pos, end)
        for s, e in ctx.party_list(pos, end, lenient=True):
            consumed.add(s, e)
            out.append(_Found(s, e, role, end))
    return out


_DAMAGED_LIST_END = re.compile(r"\.(?=\s)|\n[ \t]*(?:[a-zđ]\)|\d{1,2}\.)[ \t]")
_DAMAGED_LABEL = re.compile(r"(?m)^[ \t]*(?:[a-zđ]\)|[-+•*])?[ \t]*(?P<label>[^\n:]{4,30}?)[ \t]*:")


def _damaged_lists(ctx: _Context, consumed: _Covered, level: str, place: str) -> list[_Found]:
    """Labelled lists in OCR-damaged text: the label read by likeness, the bodies by their standard names."""
    out = []
    for m in _DAMAGED_LABEL.finditer(ctx.text):
        if m.end() in consumed:
            continue
        role = party_ocr.label_role(m.group("label"))
        if not role:
            continue
        end = _DAMAGED_LIST_END.search(ctx.low, m.end(), min(len(ctx.low), m.end() + 400))
        end = end.start() if end else min(len(ctx.low), m.end() + 400)
        for s, e, name in party_ocr.bodies_in(ctx.text, m.end(), end, level, place):
            consumed.add(s, e)
            out.append(_Found(s, e, role, end, name))
    return out


def _list_end(low: str, pos: int, end: int) -> int:
    """A labelled list runs to its sentence end, across a soft line wrap."""
    m = re.compile(r"\.(?=\s)|\n[ \t]*\n|\n[ \t]*(?:[-+•*·–]|[a-zđ]\)|\d{1,2}[.)])").search(low, pos)
    return m.start() if m else end


def _assignment_spans(ctx: _Context, sections: list[Section]) -> list[tuple[int, int]]:
    """Sections titled `Tổ chức thực hiện`, `Phân công …`, `Trách nhiệm …` (with everything under them)."""
    spans = []
    for section in sections:
        if _ASSIGNMENT_HEADING.search(section.heading or ""):
            spans.append((section.start, section.end))
    return spans


class _Covered:
    """Which characters already belong to a party found: another shape does not take them again."""

    def __init__(self, size: int):
        self.flags = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        self.flags[start:end] = b"\x01" * (end - start)

    def __contains__(self, pos: int) -> bool:
        return bool(self.flags[pos])


class _SpanTest:
    def __init__(self, spans):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0:
            s, e = self.spans[i]
            if s <= pos < e:
                return True
            i -= 1
            if i >= 0 and self.spans[i][1] < pos - 100000:
                break
        return False


def _heading_parties(ctx: _Context, sections: list[Section], in_assignment, consumed: _Covered) -> list[_Found]:
    """`2. Liên đoàn Vovinam Việt Nam` over `- Là đơn vị đồng phối hợp …`: a heading that is only a party's
    name assigns it the tasks below (lead; coordinate when the first task is a bare `phối hợp`). Also
    `b) Giao Sở Nội vụ:`. A heading over headings that name parties is only a group."""
    text, low = ctx.text, ctx.low
    out = []
    named: dict[str, tuple[int, int]] = {}
    for section in sections:
        line_end = low.find("\n", section.start)
        line_end = len(low) if line_end < 0 else line_end
        marker_at = text.find(section.marker, section.start, line_end) if section.marker else section.start
        pos = (marker_at + len(section.marker)) if marker_at >= 0 else section.start
        while pos < line_end and low[pos] in " \t*_":
            pos += 1
        directive = re.compile(r"(?:giao|trách nhiệm của|đối với)\s+").match(low, pos)
        if directive:
            pos = directive.end()
        elif not in_assignment(section.start):
            continue
        mention = mention_at(text, low, pos)
        if not mention:
            continue
        heading = _HEADING_PARTY.match(low, pos, line_end)
        end = name_end(text, low, pos, mention.end, line_end)
        if low[end:line_end].strip(" \t*_:."):
            # Under `Tổ chức thực hiện` a short heading is the party's whole name (`3. Cán bộ phụ trách lĩnh
            # vực giám sát …`, `1. Vụ Các vấn đề chung về xây dựng pháp luật`); a sentence is not.
            if not heading or directive or len(heading.group("name").split()) > 24:
                continue
            end = heading.end("name")
        named[section.section_id] = (pos, end)
        body = low[line_end:min(section.end, line_end + 200)]
        role = "coordinate" if re.match(r"\s*[-+•*·–]?\s*(?:là đơn vị\s+)?(?:đồng |cùng )?phối hợp\b", body) else "lead"
        consumed.add(pos, end)
        out.append(_Found(pos, end, role, min(section.end, line_end + 300)))
    # A heading whose children name parties (`1. Sở Giáo dục và Đào tạo` over `a) Phòng …`) is a group.
    parents = {s.parent_id for s in sections if s.section_id in named}
    groups = {named[p][0] for p in parents if p in named}
    return [f for f in out if f.start not in groups]


def _addressees(ctx: _Context, meta: DocumentMeta, consumed: _Covered) -> list[_Found]:
    """`Kính gửi: - Hiệu trưởng các trường …` of a letter whose body asks them to act (lead)."""
    low = ctx.low
    m = re.compile(r"(?m)^[ \t]*kính gửi\s*:?[ \t]*").search(low, 0, 6000)
    if not m:
        return []
    body = low[m.end():]
    if not re.search(r"\b(?:đề nghị|yêu cầu|kính mong|đề xuất)\b", body):
        return []
    out = []
    pos = m.end()
    for line in re.compile(r"[^\n]*\n?").finditer(low, pos):
        content = line.group(0)
        stripped = content.strip()
        if line.start() > pos and not re.match(r"[ \t]*[-+•*·–]", content):
            if stripped:
                break
            continue
        item = re.compile(r"[ \t]*[-+•*·–]?[ \t]*").match(low, line.start())
        s = item.end()
        e = line.start() + len(content.rstrip("\n")) if content.endswith("\n") else line.end()
        e = len(low[:e].rstrip(" \t;.,"))
        if e > s:
            consumed.add(s, e)
            out.append(_Found(s, e, "lead", e))
        if line.end() >= len(low) or line.end() - pos > 1500:
            break
    return out


def _rows(doc: DocumentText, meta: DocumentMeta, ctx: _Context, found: list[_Found], section_of) -> list[Party]:
    text = doc.text
    rows: list[Party] = []
    seen: set[tuple[int, str, str]] = set()
    found.sort(key=lambda f: f.start)
    named = {}
    for f in found:
        surface = f.name or text[f.start:f.end]
        party = normalize(surface)
        if len(party) >= 3 and not ctx.in_quote(f.start) and not names.is_bare_head(party):
            named[f.start] = (surface, party)
    level, place = _document_level(text)
    resolved = _document_names(named.values(), level, _aliases(ctx))
    own = _issuer_in_full(ctx, meta, level, place)
    for f in found:
        if f.start not in named:
            continue
        party = resolved.get(named[f.start], named[f.start][1])
        if own:
            party = own(party)
        dedupe = (ctx.item_start(f.start), party, f.role)
        if dedupe in seen:
            continue
        seen.add(dedupe)
        task = squash(strip_markup(text[f.end:f.clause_end])).strip(" ,;:.-–")
        rows.append(Party(doc.doc_id, section_of(f.start), f.start, f.end, text[f.start:f.end], party, f.role, task))
    return rows


def _document_names(named, level: str, aliases: dict[str, str]) -> dict[tuple[str, str], str]:
    """Names completed from the document itself:
    - a short name the document defines (`Quỹ Khuyến học tỉnh Bình Thuận (gọi tắt là Quỹ)`) is the full
      name;
    - a body of local government named by its level only (`Ủy ban nhân dân cùng cấp`, `… cấp xã`,
      or bare) takes the level the document speaks from (names.with_level);
    - a person addressed by a post alone (`Đồng chí Phó chủ tịch Thường trực`) holds it in the body the
      document names with that post, when that is one body."""
    out = {}
    leveled = {pair: names.with_level(aliases.get(key(pair[1]), pair[1]), level) for pair in set(named)}
    parties = set(leveled.values())
    for pair, name in leveled.items():  # the same body named with and without its level
        if level and f"{name} {level}" in parties:
            leveled[pair] = f"{name} {level}"
    for (surface, party), name in leveled.items():
        if names.strip_address(surface) != surface.strip() and names.is_title(name):
            low = key(name)
            candidates = {p for p in parties if key(p).startswith(low + " ") and not names.is_title(p)
                          and not key(p).startswith(low + " thường trực")}
            if len(candidates) == 1:
                name = candidates.pop()
        if name != party:
            out[(surface, party)] = name
    return out


def _issuer_in_full(ctx: _Context, meta: DocumentMeta, level: str, place: str):
    """The issuing body named by its level only (`Ban Thường trực Ủy ban MTTQ Việt Nam xã`) is the issuer
    itself when the document also writes its full name (`… xã Lương Minh`) somewhere: a function that
    completes such names, or None."""
    issuer = key(meta.issuer or "")
    if not (issuer and level and place):
        return None
    full = re.compile(re.escape(issuer) + r"[^\n.;]{0,60}?\b" + re.escape(f"{level} {place.lower()}") + r"\b")
    if not full.search(ctx.low, ctx.body_start):
        return None

    def complete(name: str) -> str:
        low = key(name)
        return f"{name} {place}" if low.startswith(issuer) and low.endswith(" " + level) else name

    return complete


_ALIAS = re.compile(r"\(\s*(?:sau đây\s+)?(?:được\s+)?gọi\s+(?:tắt|chung)\s+là\s*[“\"]?([^()“”\"\n]{1,40}?)[”\"]?\s*\)")


def _aliases(ctx: _Context) -> dict[str, str]:
    """`<full name> (gọi tắt là <short>)`: the short name's key → the full name, for parties."""
    out = {}
    low, text = ctx.low, ctx.text
    for m in _ALIAS.finditer(low):
        before = m.start()
        while before and low[before - 1] in " \t\n":
            before -= 1
        for w in re.finditer(r"\b\w", low[max(0, before - 150):before]):
            start = max(0, before - 150) + w.start()
            mention = mention_at(text, low, start)
            if mention and name_end(text, low, start, mention.end, before) >= before - 1:
                out[key(m.group(1))] = normalize(text[start:before])
                break
    return out


_HEADER_LEVEL = re.compile(r"(?m)(?:^[ \t]*|\b(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|VIỆT NAM)\s+)"
                           r"(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|TỈNH|THÀNH PHỐ)\s+(?!HỘI\b)(\w+(?: \w+){0,3})")


def _document_level(text: str) -> tuple[str, str]:
    """The level of government the document speaks from and its place: the lowest named in its header
    (`UBND TỈNH LÂM ĐỒNG / SỞ NỘI VỤ` → tỉnh, Lâm Đồng; `ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH` → xã)."""
    head = text[:800]
    motto = head.find("Số:")
    found = [m for m in _HEADER_LEVEL.finditer(head, 0, motto if motto > 0 else len(head))]
    if not found:
        return "", ""
    return found[-1].group(1).lower(), found[-1].group(2).title()


normalize_party = normalize  # the name normalization alone (bench/parties.py runs it on NER output)
