"""The shapes of a page's layout that assign tasks (see parties.py): labelled lists (`Đơn vị chủ trì: …`), headings
that name a party over its tasks, the addressees of a letter that asks them to act, and tables of tasks with a
responsible column. Split from party_shapes.py (the shapes of sentences), whose few shared patterns it reads."""
from __future__ import annotations

import json
import re
from functools import lru_cache

import regex

from . import party_names as names
from . import party_ocr, party_persons
from .deadline_dates import WEEKDAY
from .party_names import key, name_end
from .party_shapes import CLOSING, MARKERS, PERSON_WORD, RESPONSIBLE, WRAP_WORDS
from .party_text import SEPARATOR as _SEPARATOR
from .party_text import Findings, PartyText, Spans
from .lexicon import MODELS_DIR, expand_abbreviations, is_bare_org_head, load
from .point_marks import LETTER_CLOSE, NUMBER_CLOSE, SLASH
from .records import Section
from .textfold import cap_first, first_sentence_end, strip_markup

_LABEL_CUE = re.compile(r"\b(?:chủ trì|phối hợp|thực hiện|phụ trách|cùng tham gia|nhận báo cáo|tổ chức)[ \t*_]*:")
_LABEL_LINE = re.compile(r"[ \t>*_#|]*(?:[-+•*·–]\s*|[a-zđ]" + LETTER_CLOSE + r"\s*|\d{1,2}" + NUMBER_CLOSE
                         + r"\s*)?(?P<label>[^\n:]{2,40}?)\s*:$")
_LIST_END = re.compile(r"\.(?=\s)|\n[ \t]*\n|\n[ \t]*(?:[-+•*·–]|[a-zđ]\)|\d{1,2}[.)]|(?:\d{1,2}|[a-zđ])" + SLASH + ")")
_DAMAGED_LIST_END = re.compile(r"\.(?=\s)|\n[ \t]*(?:[a-zđ]\)|\d{1,2}\.)[ \t]")
_DAMAGED_LABEL = re.compile(r"(?m)^[ \t]*(?:[a-zđ]\)|[-+•*])?[ \t]*(?P<label>[^\n:]{4,30}?)[ \t]*:")
# A heading that names a party: the name, then what is no part of it: a scope or time adverbial (`1. Bộ Giao thông
# vận tải trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm:`, `1. Đơn vị giám định ADN trong thời gian 06
# tháng kể từ … có trách nhiệm:`) and the duty, also where it announces the tasks below (`3. Giám đốc Sở … thực hiện
# các nhiệm vụ sau:`).
_HEADING_SCOPE = r"(?:,?\s+(?:(?:trong phạm vi|theo chức năng)\b|trong (?:thời gian|thời hạn|vòng)\s+\d)[^.;:!?\n]*?)?"
_HEADING_DUTY = (r"(?:\s+(?:có trách nhiệm|chịu trách nhiệm|thực hiện)|"
                 r"\s+(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|(?:tổ chức\s+)?thực hiện)"
                 r"(?:\s+[^.;:!?\n]{0,50}?)?\s+(?:(?:như\s+)?sau(?:\s+đây)?|trong việc))?")
_HEADING_PARTY = re.compile(r"(?P<name>[^.;:!?\n]+?)" + _HEADING_SCOPE + _HEADING_DUTY + r"[ \t*_:]*$", re.M)
_SENTENCE_MARK = re.compile(r"[.;!?]")
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]+")
_NAME_GROUP = re.compile(r"[ \t]*;[ \t]*")
_HEADING_DIRECTIVE = re.compile(r"(?:giao|trách nhiệm của|đối với)[ \t]+")  # (on the line: `2. Giao` ⏎ … is a clause)
_HEADING_COORDINATES = re.compile(r"\s*[-+•*·–]?\s*(?P<kind>là đơn vị\s+)?(?:đồng |cùng )?phối hợp\b")
# A line's first character (the items under a heading open with a bullet or a capital; a wrapped line goes
# on in lower case, a sub-heading opens with its marker).
_LINE_OPENING = re.compile(r"\n[ \t]*(?=\S)")
_BULLETS = "-+•*·–"
# `Kính gửi:` opens its line, or follows the date on the line a legal database joined the header into
# (`Hà Nội, ngày 27 tháng 01 năm 2021 Kính gửi: - Sở Y tế …`).
_KINH_GUI = re.compile(r"(?m)(?:^[ \t]*|(?<=\d{4})[ \t]+)kính gửi\s*:?[ \t]*")
# The addressees one line joins: `- Bộ Quốc phòng; - Bộ Lao động - Thương binh và Xã hội; - Bộ Tài chính`.
_NEXT_ADDRESSEE = re.compile(r"[ \t]*;[ \t]*(?:[-+•*·–][ \t]*)?")
_ASKS = re.compile(r"\b(?:đề nghị|yêu cầu|kính mong|đề xuất)\b")
_BULLET = re.compile(r"[ \t]*[-+•*·–]?[ \t]*")
# A heading that is only the word (`2. Yêu cầu`, `I. MỤC ĐÍCH, YÊU CẦU`): a part of the letter's plan, no ask.
_HEADING_BEFORE_WORD = re.compile(r"[ \t*_#]*(?:(?:[ivxlc]+|\d{1,2}|[a-zđ])[.)/-][ \t]*)?(?:mục đích[ \t,\-–]*)?")
# An ask that only announces the items below it (`yêu cầu:`, `đề nghị như sau:`), its colon then its first item's mark.
_ANNOUNCED_ITEMS = re.compile(r"[ \t]*(?:như[ \t]+sau)?[ \t]*:[ \t]*\n\s*(?:[-+•*·–]|\d{1,2}[.)/]|[a-zđ]\))?[ \t]*")
_ADDRESSEE_LINE = 120  # the most characters an addressee standing alone under `Kính gửi:` takes (not a body's sentence)
_SENTENCE_SIGNS = re.compile(r"[\d:]")
# (`về việc hướng dẫn …`, `V/v hướng dẫn …`: the subject of a letter replied to, not this letter's guidance)
# (its sentence may be wrapped, a PDF's or a web copy's line ends: `… Sở Giáo dục và Đào tạo hướng dẫn` ⏎ `thủ trưởng các
# đơn vị, trường học tổ chức …` ⏎ `… như sau:`; not past a blank line)
_GUIDES = re.compile(r"(?<!việc )(?<!về )(?<!v/v )\bhướng dẫn\b(?=(?:(?!hướng dẫn)(?:[^.;:\n]|\n(?![ \t]*\n))){0,300}?\bsau[ \t]*:)")  # (the last before the colon)
# Under `Tổ chức thực hiện`, a heading that is a person named by what they do (`4. Người ứng cử`).
_PERSON_HEADING = re.compile(rf"(?P<name>người(?:{PERSON_WORD}){{1,5}})[ \t*_:.]*$")


# --- labelled lists -----------------------------------------------------------------------------------

def labelled_lists(text: PartyText, found: Findings) -> None:
    """`- Đơn vị chủ trì: A, B, C.` / `b) Đơn vị phối hợp: …`: every item of the list is a party."""
    low = text.low
    colon = low.find(":", text.body_start)
    while colon >= 0:
        m = _LABEL_CUE.search(low, max(text.body_start, colon - 24), colon + 1)
        colon = low.find(":", colon + 1)
        if not m or m.end() != low.find(":", m.start()) + 1:
            continue
        line = _LABEL_LINE.match(low, low.rfind("\n", 0, m.start()) + 1, m.end())
        if not line:
            continue
        functions = names.vocabulary().cues.get(key(line.group("label")).strip(" *_"), frozenset())
        role = ("lead" if "label_lead" in functions else "coordinate" if "label_coordinate" in functions
                else "report_to" if "label_report" in functions else "")
        if not role:
            continue
        pos = m.end()
        while pos < len(low) and low[pos] in " \t":
            pos += 1
        if low.startswith("\n", pos) or pos == len(low):
            _bulleted_names(text, found, pos, role)
            continue
        end = text.clause_end(pos)
        list_end = _LIST_END.search(low, pos)
        end = list_end.start() if list_end else end
        found.take(text.party_list(pos, end, lenient=True), role, end)
    _label_headings(text, found)


# A label written as a heading of its own, without a colon: `a) Cơ quan chủ trì` ⏎ `- Ban Chỉ đạo tỉnh.` ⏎ `b) Cơ
# quan phối hợp` ⏎ `- Công an huyện.` (a plan's `Cơ quan chủ trì, phối hợp` point). Only a label that names what
# kind of party its list holds (`đơn vị`, `cơ quan` …), not a bare verb (`Phối hợp` alone heads tasks as often).
_LABEL_HEADING = re.compile(r"(?m)^[ \t>*_#]*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|(?:\d{1,2}|[a-zđ])" + SLASH + r")?[ \t*_]*"
                            r"(?P<label>(?:đơn vị|cơ quan|bộ phận|lực lượng)[ \t]+[^\n:.;,]{4,30}?)[ \t*_.]*$")


_LABEL_HEADING_END = re.compile(r"(?:chủ trì|phối hợp|thực hiện|phụ trách|tham gia|tổ chức)[ \t*_.]*$", re.M)


def _label_headings(text: PartyText, found: Findings) -> None:
    low = text.low
    for cue in _LABEL_HEADING_END.finditer(low, text.body_start):  # (a heading's last word first: a cheap scan)
        m = _LABEL_HEADING.match(low, low.rfind("\n", 0, cue.start()) + 1)
        if not m or m.end() != cue.end():
            continue
        functions = names.vocabulary().cues.get(key(m.group("label")).strip(" *_"), frozenset())
        role = "lead" if "label_lead" in functions else "coordinate" if "label_coordinate" in functions else ""
        if role:
            _bulleted_names(text, found, m.end(), role, gaps=True)


# A bullet line under a label that ends its line, and what may close the name it holds (under a heading, the bullets
# may stand a blank line apart, as a page copied from a legal database spaces its paragraphs).
_BULLET_LINE = re.compile(r"\n[ \t]*[-+•*·–][ \t]*(?=\S)")
_SPACED_BULLET_LINE = re.compile(r"(?:\n[ \t]*)+\n[ \t]*[-+•*·–][ \t]*(?=\S)|\n[ \t]*[-+•*·–][ \t]*(?=\S)")
_NAME_CLOSE = re.compile(r"[ \t;,.]*")
_BULLETED_NAMES = 12  # a list of partners is short


def _bulleted_names(text: PartyText, found: Findings, pos: int, role: str, gaps: bool = False) -> None:
    """`b) Đơn vị phối hợp:` ⏎ `- Phòng Tư pháp;` ⏎ `- Công an huyện.`: a label that ends its line, over bullets that
    are each a name and nothing else, gives each name its role. The list ends at the first line that is no such bullet
    (a task written under the label is read by the clause shapes)."""
    low = text.low
    for _ in range(_BULLETED_NAMES):
        bullet = (_SPACED_BULLET_LINE if gaps else _BULLET_LINE).match(low, pos)
        if not bullet or bullet.end() in found or not text.mention_at(bullet.end()):
            return
        line_end = low.find("\n", bullet.end())
        line_end = len(low) if line_end < 0 else line_end
        spans = text.party_list(bullet.end(), line_end)
        if not spans or _NAME_CLOSE.match(low, spans[-1][1]).end() < line_end:
            return  # (`- Phòng Tư pháp hướng dẫn …`: a task, not a name)
        found.take(spans, role, line_end)
        pos = line_end


def damaged_lists(text: PartyText, found: Findings, level: str, place: str) -> None:
    """Labelled lists in OCR-damaged text: the label read by likeness, the bodies by their standard names."""
    for m in _damaged_labels(text.text):
        if m.end() in found:
            continue
        role = party_ocr.label_role(m.group("label"))
        if not role:
            continue
        end = _DAMAGED_LIST_END.search(text.low, m.end(), min(len(text.low), m.end() + 400))
        end = end.start() if end else min(len(text.low), m.end() + 400)
        bodies = party_ocr.bodies_in(text.text, m.end(), end, level, place)
        found.take([(s, e) for s, e, _ in bodies], role, end, {i: name for i, (_, _, name) in enumerate(bodies)})


def _damaged_labels(text: str):
    """The matches of `_DAMAGED_LABEL` over the text, tried only on the lines that hold a colon: a label
    never spans lines, and on the space-padded lines of a scan the pattern backtracks at length."""
    colon = text.find(":")
    while colon >= 0:
        end = text.find("\n", colon)
        end = len(text) if end < 0 else end
        m = _DAMAGED_LABEL.match(text, text.rfind("\n", 0, colon) + 1, end)
        if m:
            yield m
        colon = text.find(":", end)


# --- tasks labelled with their doers ------------------------------------------------------------------------

# A line of a `Phân công …` part that names the task first and its doer after the colon: `- Trang trí, kê bàn, bóng
# bay: Bộ phận HC.`, `- Tổng duyệt, sắp xếp vị trí tổ chức: BGH, đội văn nghệ.` (a school's plan for an event). Matched
# from each line's start, on lines that hold one colon.
# (the person in charge may follow in brackets: `- Kê, dọn bàn ghế: Chi đội 9A1. (GVCN cô Nguyễn Thị Hằng)`)
_TASK_THEN_DOER = re.compile(r"[ \t]*(?:[-+•*·–]|\d{1,2}[.)]|[a-zđ]\))?[ \t]*(?P<task>[^:\n]{3,160})[ \t]*:[ \t]*"
                             r"(?P<doer>[^:\n()]{2,80}?)[ \t.;]*(?:\([^()\n]{2,60}\)[ \t.;]*)?")
_MORE_DOERS = re.compile(r",[ \t]+\w")
# Labels over names that are no task: the copies kept (`Lưu: VT, MTTQ`, a line the recipients' block as a table or a
# PDF lays it out does not always bullet), whom to contact, who attends (no parties), a post's source or author
# (`Nguồn tin: Văn phòng Sở`).
_NO_TASK = re.compile(r"\b(?:lưu|nơi nhận|kính gửi|liên hệ|điện thoại|email|địa chỉ|thành phần|đại biểu|khách mời|mời"
                      r"|nguồn|tác giả|người viết|người đăng)\b")


def doers_after_tasks(text: PartyText, found: Findings, in_assignment: Spans) -> None:
    """Under `Phân công …` (`in_assignment`), a line `<task>: <party list>` gives the parties the task (lead)."""
    if not in_assignment:
        return
    low = text.low
    for start, end in zip(in_assignment.starts, in_assignment.ends):
        line_start = start
        while line_start < end:
            line_end = low.find("\n", line_start, end)
            line_end = end if line_end < 0 else line_end
            if low.count(":", line_start, line_end) == 1:
                _doers_after_task(text, found, line_start, line_end)
            line_start = line_end + 1


def _doers_after_task(text: PartyText, found: Findings, line_start: int, line_end: int) -> None:
    m = _TASK_THEN_DOER.fullmatch(text.low, line_start, line_end)
    if not m:
        return
    doer = m.start("doer")
    if doer in found or text.mention_at(m.start("task")) or _NO_TASK.search(text.low, m.start("task"), m.end("task")):
        return  # (`Hiệu trưởng: phụ trách chung` is the other way round, read as a label)
    if not text.mention_at(doer):
        # teachers named by honorific, no post (`+ Trang điểm …: Cô Thanh Vân, cô Hằng.`)
        persons = party_persons.doers_after_colon(text.text, text.low, doer, line_end)
        if persons:
            found.take([(s, e) for s, e, _ in persons], "lead", m.end("task"), {i: p[2] for i, p in enumerate(persons)},
                       task_start=m.start("task"), persons=True)
        return
    # (the doers are the label's value: every item a name, as in a labelled list; `BGH, đội văn nghệ`)
    listed = text.party_list(doer, m.end("doer"), lenient=True)
    # (the list read to the line's end, or to a comma before doers the lexicon does not know)
    if listed and (listed[-1][1] == m.end("doer") or _MORE_DOERS.match(text.low, listed[-1][1])):
        found.take(listed, "lead", m.end("task"), task_start=m.start("task"))


# --- headings -------------------------------------------------------------------------------------------

def _form_field(raw: str, low: str, start: int, line_end: int, end: int) -> bool:
    """Whether a heading line is a form's field: a label closed by a colon with nothing under it."""
    return (end - line_end < 400 and low[start:line_end].rstrip(" \t*_").endswith(":")
            and _empty_body(raw, line_end, end))


def heading_parties(text: PartyText, found: Findings, sections: list[Section], in_assignment: Spans) -> None:
    """`2. Liên đoàn Vovinam Việt Nam` over `- Là đơn vị đồng phối hợp …`: under `Tổ chức thực hiện`, a
    heading that is only a party's name assigns it the tasks below (lead; coordinate when the first task
    is a bare `phối hợp`); so does `b) Giao Sở Nội vụ:` anywhere. A heading over headings that name
    parties is only a group."""
    raw, low = text.text, text.low
    heads: dict[str, tuple[int, int, str, Section]] = {}
    asked = _asked_items(low, sections)
    listed = _bodies_as_headings(text, sections)
    for section in sections:
        line_end = _heading_end(raw, low, section.start)
        pos = _heading_text_start(raw, low, section, line_end)
        directive = _HEADING_DIRECTIVE.match(low, pos)
        if directive:
            pos = directive.end()
        assigned = bool(directive) or in_assignment(section.start) or section.start in asked or \
            section.section_id in listed
        if not assigned and not _form_field(raw, low, pos, line_end, section.end):
            continue  # elsewhere only a form's field is read, to be covered (`1. Cán bộ tiếp nhận Đơn:` over `2. …`)
        mention = text.mention_at(pos)
        person = None if mention or directive else _PERSON_HEADING.match(low, pos, line_end)
        if not mention and not person:
            continue
        end = person.end("name") if person else _heading_name_end(raw, low, pos, mention.end, line_end)
        if directive and low[end:line_end].strip(" \t*_:."):
            end = _directed_list_end(text, pos, line_end) or end  # `1. Đối với Công ty TNHH … và Doanh nghiệp tư nhân …`
        if low[end:line_end].strip(" \t*_:.") and (directive or not _predicate_after_comma(text, pos, end, line_end)) \
                and not (mention and not directive and _role_follows(low, end, line_end)):
            # Under `Tổ chức thực hiện` a short heading is the party's whole name (`3. Cán bộ phụ trách lĩnh
            # vực giám sát …`, `1. Vụ Các vấn đề chung về xây dựng pháp luật`); a sentence is not.
            # (`_HEADING_PARTY` cannot match past a mark that ends a sentence on the first line: not tried there)
            first_line = low.find("\n", pos, line_end)
            named_from = _last_listed_name(text, pos, line_end if first_line < 0 else first_line)
            heading = None if directive or _SENTENCE_MARK.search(low, named_from, line_end if first_line < 0 else
                                                                 first_line) \
                or _sentence_wraps(raw, low, line_end) else _HEADING_PARTY.match(low, named_from, line_end)
            if not heading or len(heading.group("name").split()) > 24 or \
                    RESPONSIBLE.search(heading.group("name")):
                continue  # (`2. Ban Kiểm soát Quỹ có trách nhiệm kiểm tra …`: a clause; its subject is found as such)
            end = heading.end("name")
        if low[pos:line_end].rstrip(" \t*_").endswith(","):
            continue  # a list of names wrapped onto the next line, its sentence goes on there (`1. Các Sở, ban, ngành
            # thuộc tỉnh, Công an tỉnh,` ⏎ `Ủy ban nhân dân các xã, phường tổ chức nghiên cứu …`): read as a sentence
        rest = low[end:line_end].strip(" \t*_:.-–")  # `Sở Nội vụ - Chủ trì, …`: the line's rest is an item
        if not rest and _empty_body(raw, line_end, section.end):
            found.cover(pos, end)  # (a plan's template: `VI. Tổ chức thực hiện` / `1. Hiệu trưởng` / `2. Phó …`)
            continue
        if not assigned:
            continue
        heads[section.section_id] = (pos, end, _item_roles(text, end if rest else line_end, section), section)
    groups = {s.parent_id for s in sections if s.section_id in heads}
    kept = [(pos, end, roles, section) for sid, (pos, end, roles, section) in heads.items() if sid not in groups]
    for pos, end, roles, section in kept:
        listed = text.party_list(pos, end)  # `3. Tổ trưởng chuyên môn, tổ trưởng tổ văn phòng`: one row each
        if not listed or listed[-1][1] != end:
            listed = _names_in_heading(text, pos, end)
        names_ = listed if len(listed) > 1 else [(pos, end)]
        for role, (task_start, task_end) in roles.items():
            found.take(names_, role, task_end, task_start=task_start)


# the role a heading gives the body it names to the items below it
_ROLE_OVER_ITEMS = re.compile(r"(?:chủ trì|phối hợp|(?:có|chịu) trách nhiệm)(?![\w&])")


def _role_follows(low: str, end: int, line_end: int) -> bool:
    """Whether the body's name at a heading's start is followed by its role over the items below (`a) Vụ Giáo dục Phổ
    thông chủ trì, phối hợp với các đơn vị liên quan:`): the rest of the heading is the party's task, not more of its
    name (a heading that is a whole sentence is read as one, its subject found as such)."""
    if not low[end:line_end].rstrip(" \t*_").endswith(":"):
        return False
    at = end + len(low[end:line_end]) - len(low[end:line_end].lstrip(" \t"))
    return at > end and _ROLE_OVER_ITEMS.match(low, at) is not None


def _predicate_after_comma(text: PartyText, pos: int, end: int, line_end: int) -> bool:
    """Whether the name at `pos` ends at `end` with a comma and its predicate (`1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ
    quan, đơn vị có liên quan:`): the rest of the heading is the party's task, not more of its name (not the next name of
    a list that opens with a verb's word, `16. Các tổ chức chính trị - xã hội, tổ chức xã hội, …`)."""
    comma = _COMMA_GAP.match(text.low, end)
    return comma is not None and names.cue_at(text.low, comma.end(), names.PREDICATE) is not None and \
        len(text.party_list(pos, line_end)) == 1


def _directed_list_end(text: PartyText, pos: int, line_end: int) -> int:
    """Where the names a directive heading lists end when they fill its line (`Đối với Công ty TNHH Đại Đồng Tiến và
    Doanh nghiệp tư nhân Thành Hương Nghĩa Lộ`), else 0."""
    raw, low = text.text, text.low
    trimmed = len(low[:line_end].rstrip(" \t*_:."))
    listed = text.party_list(pos, trimmed)
    if len(listed) < 2 or listed[-1][1] != trimmed:
        return 0
    # (the last name wrapped onto the next line, no item's mark opening it: `… và Doanh nghiệp tư nhân` ⏎ `Thành Hương
    # Nghĩa Lộ`)
    after = _LINE_OPENING.match(raw, line_end)
    last = text.mention_at(listed[-1][0])
    if after and last and MARKERS.match(low, after.end()).end() == after.end() and raw[after.end()].isupper():
        next_end = low.find("\n", after.end())
        next_end = len(low) if next_end < 0 else next_end
        wrapped = name_end(raw, low, listed[-1][0], last.end, next_end)
        if wrapped > after.end() and not low[wrapped:next_end].strip(" \t*_:."):
            return wrapped
    return trimmed


def _heading_name_end(raw: str, low: str, pos: int, head_end: int, line_end: int) -> int:
    """`name_end` of the name a heading opens with, read over the line break of a heading wrapped onto its next line
    (`**2. Sở Tài` ⏎ `chính**`: the field's words either side of the break, `tài chính`)."""
    if low.find("\n", pos, line_end) < 0:
        return name_end(raw, low, pos, head_end, line_end)
    unwrapped = raw[pos:line_end].replace("\n", " "), low[pos:line_end].replace("\n", " ")  # (the same length)
    return pos + name_end(*unwrapped, 0, head_end - pos, line_end - pos)


def _heading_text_start(raw: str, low: str, section: Section, line_end: int) -> int:
    """Where a heading's words start, after its marker and emphasis marks."""
    marker_at = raw.find(section.marker, section.start, line_end) if section.marker else -1
    pos = marker_at + len(section.marker) if marker_at >= 0 else section.start
    while pos < line_end and low[pos] in " \t*_":
        pos += 1
    return pos


_LISTED_BODIES = 2  # headings of one part, each a body's whole name, that make the part a list of bodies' tasks


def _bodies_as_headings(text: PartyText, sections: list[Section]) -> frozenset[str]:
    """The ids of the headings that name a body and nothing else under a part whose headings mostly do (`II. NỘI DUNG
    THỰC HIỆN` ⏎ `1. Sở Y tế` ⏎ `a) Chủ trì, …` ⏎ `2. Sở Tài chính` …): each body is given the tasks under it, as
    under `Tổ chức thực hiện`; a part whose headings are mostly of another kind (`1. Mục đích`) is none."""
    raw, low = text.text, text.low
    children: dict[str, list[Section]] = {}
    for section in sections:
        children.setdefault(section.parent_id, []).append(section)
    out: set[str] = set()
    for parent, kids in children.items():
        if not parent or len(kids) < _LISTED_BODIES or "Điều" in parent or kids[0].marker.startswith("Điều"):
            continue  # (a statute's articles titled by the bodies they describe, `Điều 9. Chủ tịch Hội đồng …`, set no
            # task by their title; nor the structure an article lists, `1. Tổng cục Hải quan`)
        named = []
        for section in kids:
            line_end = _heading_end(raw, low, section.start)
            pos = _heading_text_start(raw, low, section, line_end)
            mention = text.mention_at(pos)
            if mention and mention.kind in ("org", "known", "collective", "title") and \
                    not low[_heading_name_end(raw, low, pos, mention.end, line_end):line_end].strip(" \t*_:.") or \
                    mention and _names_only(text, pos, line_end):
                named.append(section.section_id)  # (or a list of them: `5. Trưởng khu phố, Tổ trưởng tổ dân phố`)
        if len(named) >= _LISTED_BODIES and 3 * len(named) >= 2 * len(kids):
            out.update(named)  # (most of them: one more may be a request, `7. Đề nghị Ủy ban Mặt trận …`)
    return frozenset(out)


def _names_only(text: PartyText, pos: int, line_end: int) -> bool:
    """Whether a heading's words are a list of parties and nothing else (`Trưởng khu phố, Tổ trưởng tổ dân phố`)."""
    listed = text.party_list(pos, line_end)
    return len(listed) > 1 and not text.low[listed[-1][1]:line_end].strip(" \t*_:.")


# A request that announces the items below it: `Ủy ban nhân dân xã đề nghị các đơn vị thực hiện tốt một số nội dung sau:`
# (not `công chức được phân công kiểm tra …, xử lý như sau:`, a passive's participle; the items are what is to be done)
# The request may also end its line itself: `Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:`, `… chỉ đạo như sau:`.
_ASKED_BELOW = re.compile(r"(?<!được )\b(?:đề nghị|yêu cầu|giao)\b[^\n]*\b(?:thực hiện|triển khai)\b[^\n]*"
                          r"\b(?:như\s+)?sau[ \t*_]*:[ \t*_]*$|"
                          # (a letter's `… Ủy ban nhân dân huyện có ý kiến như sau:`, `… giao nhiệm vụ như sau:` over its
                          # items, one body each)
                          r"(?<!được )\b(?:đề nghị|yêu cầu|chỉ đạo|có ý kiến(?: chỉ đạo)?|giao nhiệm vụ|phân công nhiệm vụ)"
                          r"(?:[ \t]+(?:cụ thể[ \t]+)?như[ \t]+sau)?[ \t*_]*:[ \t*_]*$")


def _asked_items(low: str, sections: list[Section]) -> frozenset[int]:
    """The starts of the items a letter's request announces (`… đề nghị các đơn vị thực hiện … nội dung sau:` ⏎ `1. Các
    trường học:` ⏎ `- …` ⏎ `2. Trạm Y tế xã:`): the items of the list whose first stands right under the request, where a
    heading that names a party assigns the tasks below it as under `Tổ chức thực hiện`."""
    return frozenset(start for start, _ in asked_spans(low, sections))


def asked_spans(low: str, sections: list[Section]) -> list[tuple[int, int]]:
    """The (start, end) of each item `_asked_items` finds: read as a part that assigns tasks (`3. Phòng Tài nguyên và
    Môi trường huyện: Xây dựng kế hoạch …` gives its label the task, as under `Tổ chức thực hiện`)."""
    first: dict[str, Section] = {}
    for section in sections:
        if section.parent_id not in first or section.start < first[section.parent_id].start:
            first[section.parent_id] = section
    asked = set()
    for parent, section in first.items():
        line_end = section.start
        while line_end > 0 and low[line_end - 1] in " \t\n":
            line_end -= 1
        line_start = low.rfind("\n", 0, line_end) + 1
        if _ASKED_BELOW.search(low, line_start, line_end) or _asked_in_wrapped_sentence(low, line_start, line_end):
            asked.update((s.start, s.end) for s in sections if s.parent_id == parent)
    return sorted(asked)


_WRAPPED_REACH = 600  # characters of a request hard-wrapped over the lines above the one its colon ends


def _asked_in_wrapped_sentence(low: str, line_start: int, line_end: int) -> bool:
    """The same request hard-wrapped over several lines (`…, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành,` ⏎
    `Chủ tịch UBND các xã, phường tập trung chỉ đạo và tổ chức thực hiện nghiêm, đầy` ⏎ `đủ, … về cải cách TTHC sau:`):
    its sentence read back over the lines of its paragraph, as one line."""
    last = line_end - 1
    while last > line_start and low[last] in " \t*_":
        last -= 1
    if low[last] != ":" or line_start < 2 or low[line_start - 2] == "\n":
        return False  # (no colon ends it, or the line opens its paragraph: the one-line test has answered)
    reach = max(0, line_end - _WRAPPED_REACH)
    start = max(low.rfind("\n\n", reach, line_start) + 2, reach)
    sentence = max(low.rfind(". ", start, line_end), low.rfind(".\n", start, line_end))
    flat = low[max(start, sentence + 2):line_end].replace("\n", " ")
    return _ASKED_BELOW.search(flat) is not None


def _last_listed_name(text: PartyText, start: int, end: int) -> int:
    """Where the last of the groups of names a heading parts with semicolons opens (`1. Giám đốc các Sở và Thủ trưởng
    các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:`), else `start`: each part opens with a capitalised
    name and holds no mark that ends a sentence, so the `;` parts names, not clauses."""
    at = start
    for part in _NAME_GROUP.finditer(text.low, start, end):
        opens = part.end()
        listed = text.party_list(at, part.start())
        if not text.text[opens].isupper() or not text.mention_at(opens) or not listed or \
                listed[-1][1] != part.start() or _SENTENCE_MARK.search(text.low, at, part.start()):
            return start  # (`1. Sở Tài chính bố trí kinh phí; Sở Nội vụ …`: a part that is a clause)
        at = opens
    return at


def _names_in_heading(text: PartyText, start: int, end: int) -> list[tuple[int, int]]:
    """`5. Cục Kiểm tra sau thông quan, Thanh tra Tổng cục Hải quan, Cục Điều tra Chống buôn lậu thực hiện:`: a
    heading that is only names, read where the name reader stops short (`sau`, `cấp` inside a name); a new name opens
    after a separator with a capitalised head, the rest goes on with the name before (`…, thành phố trực thuộc …`).
    Not in a post's charge, whose fields are listed so (`Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng …`)."""
    spans, at = [], start
    if "phụ trách" in text.low[start:end]:
        return [(start, end)]
    for sep in _SEPARATOR.finditer(text.low, start, end):
        if text.text[sep.end()].isupper() and text.mention_at(sep.end()):
            spans.append((at, sep.start()))
            at = sep.end()
    return spans + [(at, end)]


def _empty_body(raw: str, start: int, end: int) -> bool:
    """Whether a section's body from `start` holds no task: blank, or only the signer's capitalised post before
    the closing (`### HIỆU TRƯỞNG` / `*Nơi nhận:*`)."""
    body = raw[start:end]
    closing = CLOSING.search(body.lower())
    body = strip_markup(body[:closing.start()] if closing else body)
    return not body.strip() or body.isupper()


def _sentence_wraps(raw: str, low: str, line_end: int) -> bool:
    """Whether the line ending at `line_end` is a sentence wrapped onto the next, which goes on in lower case with
    no marker (`2. Phòng Giáo dục và Đào tạo yêu cầu Hiệu trưởng các trường trung học` / `cơ sở báo cáo …`), rather
    than a heading."""
    after = _LINE_OPENING.match(low, line_end)
    return bool(after) and raw[after.end()].islower() and MARKERS.match(low, after.end()).end() == after.end()


_LEVEL_AT_END = re.compile(r"\s(?:" + names.LEVELS + r")[ \t]*$")
_PLACE_OPENING = regex.compile(r"[ \t]*\p{Lu}\p{Ll}*[ \t]+\p{Lu}")  # a place's name: two capitalised syllables
_WRAPPED_TAIL = 4  # words of a heading wrapped onto a line of their own (not a sentence's tail)
_BROKEN_TAIL = 12  # words of a body's name broken after its head, alone on the next line


def _heading_end(raw: str, low: str, start: int) -> int:
    """The end of a heading's line, or of the next line when the heading wraps after a word that joins a name
    to its tail (`3. Ban Công tác Mặt trận các` / `thôn`, `… thuộc` / `Sở`): the next line goes on in lower
    case or with a name, not with a bullet or a marker; or when its last words stand alone on the next line, in lower case,
    before a blank line (a converter's wrap of a bold heading: `**2. Sở Tài` ⏎ `chính**`)."""
    end = low.find("\n", start)
    if end < 0:
        return len(low)
    following = low.find("\n", end + 1)
    tail = low[end + 1:following].strip() if following > end else ""
    # (the heading broken after a body's head, `**2. Sở` ⏎ `Khoa học và Công nghệ**`: the rest of the name may be longer
    # and open with a capital)
    if tail and tail[-1:].isalpha() and low.startswith("\n", following) and not low[following + 1:following + 2].strip():
        lower = raw[end + 1:end + 2].islower()
        bare_head = not lower and is_bare_org_head(MARKERS.sub("", low[start:end], 1).strip(" \t*_"))
        if (lower or bare_head) and len(tail.split()) <= (_BROKEN_TAIL if bare_head else _WRAPPED_TAIL):
            return following  # the heading's last words alone on the next line, its paragraph's end (`2. Sở Tài` ⏎
            # `chính` ⏎⏎)
    if not low[start:end].rstrip(" \t").endswith(WRAP_WORDS):
        # (or after a level, its place's name on the next line: `5. Giao Sở Công Thương, Ủy ban nhân dân xã` ⏎ `Phong
        # Hải căn cứ chức năng, …`)
        if not (low[start:end].rstrip(" \t").rpartition(" ")[2] in names.level_last_words() and  # (asked first: cheap)
                _LEVEL_AT_END.search(low, start, end) and _PLACE_OPENING.match(raw, end + 1)):
            return end  # (not a heading's own level before its first item, `11. Bộ Chỉ huy Quân sự tỉnh` ⏎ `Chỉ đạo …`)
    after = _LINE_OPENING.match(low, end)
    if not after or raw[after.end()] in _BULLETS or MARKERS.match(low, after.end()).end() > after.end():
        return end
    following = low.find("\n", after.end())
    return len(low) if following < 0 else following


# An item that is another party's label over its own tasks: `- Trung tâm Văn hóa huyện:` ⏎ `+ Chuẩn bị hội trường.`
_PARTY_LABEL = re.compile(r"[^\n:;.]{2,120}:[ \t*_]*(?:\n|$)")


def _next_label(text: PartyText, start: int, end: int) -> int:
    """Where a dash item that is another party's label opens between `start` and `end` (else `end`)."""
    raw, low = text.text, text.low
    for m in _LINE_OPENING.finditer(raw, start, end):
        if m.start() > start and raw[m.end()] in _BULLETS and \
                low.find(":", m.end(), low.find("\n", m.end()) % (len(low) + 1)) >= 0:
            at = MARKERS.match(low, m.end()).end()
            if _PARTY_LABEL.match(low, at) and text.mention_at(at):
                return m.start()
    return end


def _item_roles(text: PartyText, start: int, section: Section) -> dict[str, tuple[int, int]]:
    """The roles the items under a party's heading give it, each with its first item (the task): `coordinate`
    for an item that is a bare `phối hợp …`, else `lead` (`2. Các tổ chức thành viên …` over `- Phối hợp chặt
    chẽ với …` and `- Chỉ đạo chi hội …`: both). A first item that says what the body is (`- Là đơn vị đồng
    phối hợp tổ chức chương trình`) gives the role of them all. The items end at another party's label or at the
    closing formula (`Trên đây là …`)."""
    raw, low = text.text, text.low
    end = min(section.end, start + 3000)
    end = _next_label(text, start, end)
    closing = CLOSING.search(low, start, end)  # (the last part's items end where the closing formula starts)
    end = closing.start() if closing else end
    # (each item's text, after its mark, and where its line starts: the item before it ends there)
    items = [(MARKERS.match(low, m.start()).end(), m.start()) for m in _LINE_OPENING.finditer(raw, start, end)
             if raw[m.end()] in _BULLETS or raw[m.end()].isupper() or MARKERS.match(low, m.end()).end() > m.end()]
    if low[start:start + 1] != "\n":  # the heading's own line goes on after the name: its first item
        items.insert(0, (start, start))
    roles: dict[str, tuple[int, int]] = {}
    for (item, _), (_, after) in zip(items, items[1:] + [(end, end)]):
        coordinates = _HEADING_COORDINATES.match(low, item, end)
        role = "coordinate" if coordinates else "lead"
        roles.setdefault(role, (item, min(after, item + 300)))
        if coordinates and coordinates.group("kind") and len(roles) == 1:
            break
    return roles or {"lead": (start, min(end, start + 300))}


# --- addressees -------------------------------------------------------------------------------------------

def _heading_word(low: str, ask: re.Match) -> bool:
    """Whether an ask's word is a heading of its own (`2. Yêu cầu`, `I. MỤC ĐÍCH, YÊU CẦU`), not a request."""
    line_start = low.rfind("\n", 0, ask.start()) + 1
    line_end = low.find("\n", ask.end())
    line_end = len(low) if line_end < 0 else line_end
    return not low[ask.end():line_end].strip(" \t:.*_") and \
        _HEADING_BEFORE_WORD.fullmatch(low, line_start, ask.start()) is not None


def addressees(text: PartyText, found: Findings) -> None:
    """`Kính gửi: - Hiệu trưởng các trường …` of a letter whose body asks them to act (lead). A Tờ trình is
    submitted to its addressee for a decision: its closing `Kính trình X xem xét …` names X (cue_objects)."""
    if text.own_type == "tờ trình":
        return
    low = text.low
    m = _kinh_gui(low)
    asks = [a for a in _ASKS.finditer(low, m.end()) if not _heading_word(low, a)] if m else []
    if not asks:
        # a letter of guidance asks in its own way: `Phòng … hướng dẫn thực hiện nhiệm vụ … như sau:`
        guides = _GUIDES.search(low, m.end()) if m else None
        if not guides:
            return
        asks = [guides]
    # the request is the ask addressed to someone (`kính mong Thủ trưởng các đơn vị triển khai …`), not a
    # noun (`yêu cầu xuất hóa đơn`)
    ask = next((a for a in asks if text.mention_at(a.end() + 1)), asks[0])
    request = (ask.start(), text.clause_end(ask.end()))  # their task: what the letter asks
    announced = _ANNOUNCED_ITEMS.match(low, ask.end())
    if announced:  # `Phòng GD&ĐT yêu cầu:` ⏎ `1. …`: what it asks is the items the colon announces
        request = (announced.end(), text.clause_end(announced.end()))
    pos = m.end()
    inline = low[low.rfind("\n", 0, m.start()) + 1:m.start()].strip() != ""
    spans: list[tuple[int, int]] = []
    bulleted = False  # the addressees open with bullets: a line without one goes on with the item above
    for line in re.finditer(r"[^\n]*\n?", low[pos:pos + 1500]):
        content = line.group(0)
        start = pos + line.start()
        line_end = start + len(content.rstrip("\n"))
        if re.match(r"[ \t]*[-+•*·–]", content):
            bulleted = True
        elif line.start():
            if not content.strip():
                continue
            opening = _BULLET.match(low, start).end()
            between = low[spans[-1][1]:start].strip() if spans else ";"
            if between == "," or not between and (text.text[opening].islower() or bulleted and _WRAPPED_NAME.fullmatch(
                    text.text, opening, line_end)):
                # (`- Các cơ quan chuyên trách tham mưu, giúp việc` ⏎ `Đảng ủy Ủy ban nhân dân tỉnh,`: in a bulleted
                # list, a line of a few words, no bullet of its own, under an item that did not close)
                # an addressee wrapped onto this line (`- Hiệu trưởng, Giám đốc các đơn vị sự nghiệp công` /
                # `lập trực thuộc Sở.`; `Hiệu trưởng các trường Mầm non, Tiểu học,` / `THCS trên địa bàn …`, its list
                # of levels going on after the comma): its item had no `;` or `.` to end it
                spans[-1] = (spans[-1][0], start + len(low[start:line_end].rstrip(" \t;.,")))
                continue
            if spans and between != ";" or not text.mention_at(opening) or line_end - opening > _ADDRESSEE_LINE \
                    or ". " in content:
                break
            # (`Kính gửi:` alone on its line, an addressee on a short line of its own below it, no bullet; the next
            # such line after one closed by `;`: `Phòng giáo dục và đào tạo các quận, huyện;` ⏎ `Các trường, trung
            # tâm trực thuộc Sở;` ⏎ `Các trường đại học ngoài công lập.`)
        s = first = _BULLET.match(low, start).end()
        if line.start() and _basis_opens().match(low, s):
            break  # `- Căn cứ Điều lệ Đoàn …` under the addressees: the letter's bases, dashed as its addressees were
        ended = False  # a text run onto one line: the letter's body goes on after its addressees, `;` and all
        while s < line_end:
            if s > first and not text.mention_at(s):
                ended = True
                break
            sep = _NEXT_ADDRESSEE.search(low, s, line_end)
            e = s + len(low[s:sep.start() if sep else line_end].rstrip(" \t;.,"))
            # `Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện …`: the body runs on the line
            e = first_sentence_end(text.text, s, e)
            if not line.start() and line_end - s > _ADDRESSEE_LINE and (opens := _body_opens().search(text.text, s, e)):
                # a web copy runs the addressee's line on into the letter's first sentence, no stop between (`Kính
                # gửi: Các trường Mầm non, Tiểu học, THCS trực thuộc Thực hiện Công văn số …`): the sentence's cue,
                # capitalised
                e = s + len(low[s:opens.start()].rstrip(" \t;.,"))
            # (an item longer than any addressee that holds a number or a colon: the body's sentence run on)
            long_item = e - s > _ADDRESSEE_LINE and _SENTENCE_SIGNS.search(low, s, e) is not None
            if inline and not line.start() or long_item:
                # after the date the line may run on into the letter's first sentence, and a text run onto one line
                # into the letter's body: the name alone
                mention = text.mention_at(s)
                e = name_end(text.text, low, s, mention.end, e) if mention else s
            if e > s:
                spans.append((s, e))
            if long_item and line.start():
                ended = True
                break
            s = sep.end() if sep else line_end
        if ended or not content.endswith("\n"):
            break
    for span, name in (part for span in spans for part in _kind_repeated(text.text, low, *span)):
        # `- Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương;`: the kind, then each body by its field
        held = [] if name or ":" not in low[span[0]:span[1]] else text.party_list(*span)
        for one in ([span] if name else held if len(held) > 1 else _bodies_listed(text, *span)):
            found.take([one], "lead", request[1], {0: name} if name else None, task_start=request[0], addressee=True)


@lru_cache(maxsize=1)
def _basis_opens() -> regex.Pattern:
    """A line's words (lower case) that open a basis or what a letter carries out (`căn cứ`, `thực hiện`;
    models/cues.json `relation`): no addressee's name."""
    cues = load().cues["relation"]
    return regex.compile(r"(?:" + "|".join(regex.escape(w) for w in cues["can_cu"] + cues["thuc_hien"]) + r")\s")


@lru_cache(maxsize=1)
def _body_opens() -> regex.Pattern:
    """A letter's first sentence opening with its cue in capitals after a word in lower case (`… trực thuộc Thực hiện
    Công văn số …`, `… trực thuộc Căn cứ Kế hoạch …`; models/cues.json `relation`), a document's name after it."""
    cues = load().cues["relation"]
    words = "|".join(regex.escape(cap_first(w)) for w in cues["can_cu"] + cues["thuc_hien"])
    return regex.compile(r"(?<=\p{Ll}[ \t]+)(?:" + words + r")[ \t]+(?=\p{Lu})")


_AND_PLURAL = re.compile(r"\s+và\s+(?=(?:các|những)\s)")
# A name's wrapped rest in a narrow address column: a few words (no number, no symbol), up to its closing mark.
_WRAPPED_NAME = re.compile(r"(?:[^\W\d_][\w&]*[ \t]+){0,7}[^\W\d_][\w&]*[ \t]*[,;.]?[ \t]*")


def _bodies_listed(text: PartyText, start: int, end: int) -> list[tuple[int, int]]:
    """An addressee item that lists bodies of several kinds (`cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố và
    các cơ quan, tổ chức quản lý trực tiếp cơ sở giáo dục đại học`): parted where a body's capitalised name opens after
    a comma, or a plural kind after `và`; not the posts one body's heads hold (`Hiệu trưởng, Giám đốc các đơn vị …`)."""
    spans, at = [], start
    low = text.low
    for sep in _SEPARATOR.finditer(low, start, end):
        opens = sep.end()
        mention = text.mention_at(opens)
        if not mention or mention.kind == "staff":
            continue
        if mention.kind == "title":
            # a post after a post held in its own body (`Bí thư chi bộ, trưởng các thôn`), not after a bare post
            # whose body follows them both (`Hiệu trưởng, Giám đốc các đơn vị …`)
            held = text.mention_at(at)
            if "," in sep.group() and held and (held.kind == "known" or
                                                held.kind == "title" and low[held.end:sep.start()].strip()):
                spans.append((at, sep.start()))
                at = opens
            continue
        if text.text[opens].isupper() and "," in sep.group() and _read_on_over(text, at, opens, end):
            continue  # `Thủ trưởng các Sở, Ban, Ngành`: kinds of body listed with capitals, one addressee
        if text.text[opens].isupper() and "," in sep.group() or \
                _AND_PLURAL.match(low, sep.start()) and mention.kind in ("org", "unit", "collective"):
            spans.append((at, sep.start()))
            at = opens
    return spans + [(at, end)]


def _read_on_over(text: PartyText, at: int, opens: int, end: int) -> bool:
    """Whether the name that opens the item at `at` runs on over the capitalised word at `opens` (the name reader's
    own judgement of a list of kinds, `các Sở, Ban, Ngành`, against a new body, `…, Sở Tài chính`)."""
    held = text.mention_at(at)
    return bool(held) and name_end(text.text, text.low, at, held.end, end) > opens


_PLURAL_KIND = re.compile(r"\b(?:các|những)[ \t]+(\w+)")


def _kind_repeated(raw: str, low: str, start: int, end: int) -> list[tuple[tuple[int, int], str]]:
    """`Hiệu trưởng các trường phổ thông, trường phổ thông nhiều cấp học`: a comma before the kind written again opens
    another addressee, the post before the first held over it (its name); `các sở, ban, ngành` lists kinds of one."""
    kind = _PLURAL_KIND.search(low, start, end)
    if not kind:
        return [((start, end), "")]
    word = kind.group(1)
    parts, at = [], start
    for comma in re.finditer(r",[ \t]*", low[kind.end():end]):
        after = kind.end() + comma.end()
        if low.startswith(word + " ", after):
            parts.append((at, kind.end() + comma.start()))
            at = after
    parts.append((at, end))
    held = raw[start:kind.start(1)] if kind.start() > start else ""  # `Hiệu trưởng các `
    return [((s, e), held + raw[s:e] if i and held else "") for i, (s, e) in enumerate(parts)]


def _kinh_gui(low: str) -> re.Match | None:
    """`_KINH_GUI.search(low, 0, 6000)`, tried only where `kính gửi` is written (a `(?m)^` pattern is tried
    at every position): a match opens where the blanks before the words start."""
    at = low.find("kính gửi", 0, 6000)
    while at >= 0:
        start = at
        while start and low[start - 1] in " \t":
            start -= 1
        m = _KINH_GUI.match(low, start, 6000)
        if m:
            return m
        at = low.find("kính gửi", at + 1, 6000)
    return None


# --- task tables -------------------------------------------------------------------------------------------

# A column of responsible parties: `Đơn vị chủ trì (soạn thảo)`, `Người thực hiện`, `Lực lượng cùng tham gia`, `Đơn vị
# đầu mối` (the focal point that leads).
# Matched from the line break before it (a pattern that opens with a character is searched from one to
# the next; one that opens with `^` is tried at every position); `_FIRST_COLUMN` on the text's first line.
# The kind of party may be a list (`Sở, ngành chủ trì tham mưu`, `Cơ quan, đơn vị phối hợp`) or left out (`Chủ trì`).
_COLUMN_KIND = r"(?:đơn vị|cơ quan|bộ phận|người|lực lượng|cá nhân|sở|ban|ngành|phòng|địa phương)"
# (the role alone is the whole cell: `Chủ trì`, `Phối hợp thực hiện`)
_COLUMN_LINE = (rf"[ \t]*(?P<kind>{_COLUMN_KIND}(?:[ \t]*[,/&][ \t]*{_COLUMN_KIND})*\s+)?(?:(?P<lead>chủ trì|"
                r"thực hiện|t\.[ \t]*hiện|phụ trách|chịu trách nhiệm|đầu mối)|"
                r"(?P<coordinate>phối hợp|cùng tham gia|cho ý kiến))\b"
                r"(?(kind)[^\n]{0,30}|(?:[ \t]+(?:thực hiện|tham mưu))?[ \t]*)$")
_COLUMN = re.compile(r"(?m)\n" + _COLUMN_LINE)
_FIRST_COLUMN = re.compile(r"(?m)" + _COLUMN_LINE)
_NEXT_ROW = re.compile(r"[ \t]*\n(?:[ \t]*\n)+(?=[ \t]*\S)")


def task_tables(text: PartyText, found: Findings) -> None:
    """A table of tasks with a responsible column (`| Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |`). The
    text has its cells one per line and its rows apart (normalize.py): the cell at the column's place in
    each following row with as many cells names the parties."""
    low = text.low
    first = _FIRST_COLUMN.match(low) if text.body_start == 0 else None
    for column in ([first] if first else []) + list(_COLUMN.finditer(low, max(0, text.body_start - 1))):
        role = "lead" if column.group("lead") else "coordinate"
        at = column.start(role)
        header = _row_at(low, at)
        index = next((i for i, (s, e) in enumerate(header) if s <= at < e), None)
        if index is None:
            continue
        task_column = _task_column(low, header, index)
        found.cover(header[0][0], header[-1][1])  # the header names kinds of party (`Sở, ngành chủ trì`), none
        pos = header[-1][1]
        for _ in range(200):
            nxt = _NEXT_ROW.match(low, pos)  # the next row: after a blank line (and the blanked rule line)
            row = _row_at(low, nxt.end()) if nxt else []
            if not row:
                group = _group_row_end(text.text, low, nxt.end(), len(header)) if nxt else -1
                if group < 0:
                    break
                pos = group  # a row merged across the table (`I. CÔNG TÁC TỔ CHỨC, QUẢN LÝ`) groups the rows below
                continue
            if len(row) == len(header) and [low[a:b] for a, b in row] == [low[a:b] for a, b in header]:
                pass  # the header repeated where the table goes on over a page (a PDF's rows under it on the next page)
            elif len(row) == len(header):
                names_ = [(s, e) for piece_start, piece_end in _cell_items(text, *row[index])
                          for s, e in _cell_names(text, piece_start, piece_end)
                          if text.mention_at(s) or s in text.held_heads]  # (`Các Bộ: Quốc phòng, …`: by field)
                end = row[index][1]
                if task_column is not None and row[task_column][1] > row[task_column][0]:
                    # the row's task is its task column's cell (`Nội dung công việc`), not the whole row
                    found.take(names_, role, row[task_column][1], task_start=row[task_column][0])
                else:
                    found.take(names_, role, end)
            pos = row[-1][1]


# A table copied from a web page one cell a paragraph, a row's cell holding several (a month's tasks, one a bullet, then
# its responsible cell's names, one a bullet: a school's programme, `- Tổ chức cho học sinh tựu trường` … `- BGH+KT`):
# the run of bullets that are names only, under the responsible column's header, after the run of the row's tasks.
_TABLE_LINES = 300  # lines under the header looked through
_LINE_BULLET = re.compile(r"[ \t]*[-+•*–][ \t]*")
_ALL_OF = re.compile(r"(?:100[ \t]*%|toàn thể|tất cả)[ \t]+")  # (`- 100% CBGV`: the whole staff)
_JOINED = re.compile(r"[ \t]*[+,;][ \t]*")  # `BGH+KT`, `CBGV,NV, PH`: parties listed
_ASIDE_LINE = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*[.;]?[ \t]*$")  # `( 19/8/2019)`: a bullet's day, a cell's line of its own
_UNKNOWN_CODE = re.compile(r"[A-ZĐ]{2,4}")  # (`KT`, `PH`: a code the abbreviations lack, read as no party)


def responsible_bullets(text: PartyText, found: Findings) -> None:
    """Each name bullet of a row's responsible cell is given the task bullet of its rank in the row's task cell when
    the two cells hold as many; else the row's tasks together."""
    low = text.low
    for column in _COLUMN.finditer(low, max(0, text.body_start - 1)):
        if column.group("lead") is None:
            continue
        lines = [(start, end, _names_only(text, start, end), block) for start, end, block in _bullet_lines(low, column.end())]
        i = 0
        while i < len(lines):
            if not lines[i][2]:
                i += 1
                continue
            j = i
            while j < len(lines) and lines[j][2] and lines[j][3] == lines[i][3]:
                j += 1  # (the run of name bullets of one block)
            tasks = [line for line in lines[:i] if line[3] == lines[i][3] and not line[2]]
            for k, (_, _, spans, _) in enumerate(lines[i:j] if tasks else ()):
                task = tasks[k] if len(tasks) == j - i else (tasks[0][0], tasks[-1][1])
                spans = [span for span in spans if span[0] not in found]
                if spans:
                    found.take(spans, "lead", task[1], task_start=task[0])
            i = j


def _bullet_lines(low: str, pos: int) -> list[tuple[int, int, int]]:
    """The bullet lines under a column's header: (start of its words, end, the block of bullets it is in). A line that
    is no bullet ends a block; a heading of the document's (`II. …`, `Nơi nhận`) ends the table."""
    out, block = [], 0
    for _ in range(_TABLE_LINES):
        start = pos + 1 if low.startswith("\n", pos) else pos
        if start >= len(low):
            break
        end = low.find("\n", start)
        end = len(low) if end < 0 else end
        if low[start:end].strip():
            bullet = _LINE_BULLET.match(low, start, end)
            if bullet is not None and bullet.end() < end:
                out.append((bullet.end(), end, block))
            elif MARKERS.match(low, start, end).end() > start or low.startswith("nơi nhận", start):
                break
            elif not _ASIDE_LINE.match(low, start, end):
                block += 1
        pos = end
    return out


def _names_only(text: PartyText, start: int, end: int) -> list[tuple[int, int]]:
    """The names a bullet is made of (`BGH+KT`, `100% CBGV`, `CBGVNV trong trường MN.`), each piece one, kinds of staff
    listed one (`CBGV,NV`, as `_cell_names` reads them); [] when a piece is no name (a task's words)."""
    low = text.low
    end = start + len(low[start:end].rstrip(" \t.;,"))
    spans, kinds = [], []
    for piece in _pieces(low, start, end):
        opened = _ALL_OF.match(low, *piece)
        at = opened.end() if opened else piece[0]
        mention = text.mention_at(at)
        if mention is None and _UNKNOWN_CODE.fullmatch(text.text, at, piece[1]):
            continue  # (`KT`, `PH`: a code the abbreviations lack)
        if mention is None:
            return []
        stop = name_end(text.text, low, at, mention.end, piece[1])
        if stop < piece[1] and not names.glue_end(text.text, low, stop + 1):
            return []  # (words after the name: a task's, `Hiệu trưởng chỉ đạo …`)
        spans.append((at, piece[1]))
        written = expand_abbreviations(text.text[at:piece[1]])  # (`NV`: `nhân viên`, a kind of staff)
        kinds.append(getattr(names.mention_at(written, key(written), 0), "kind", ""))
    if len(spans) > 1 and all(kind in ("staff", "collective") for kind in kinds):
        return [(spans[0][0], spans[-1][1])]
    return spans


def _pieces(low: str, start: int, end: int) -> list[tuple[int, int]]:
    out, at = [], start
    for joint in _JOINED.finditer(low, start, end):
        out.append((at, joint.start()))
        at = joint.end()
    return out + [(at, end)]


def _cell_names(text: PartyText, start: int, end: int) -> list[tuple[int, int]]:
    """The names a responsible cell's item lists; an item that is one name, nothing listed in it, is named whole, a
    word that could be a verb and all (`Hội đồng xét công nhận`, `Hội đồng tự đánh giá`: a cell holds names only), and
    so is an enumeration of kinds of staff."""
    end = start + len(text.low[start:end].rstrip(" \t;,."))  # (a list's last item keeps no separator)
    parts = [start] + [sep.end() for sep in _SEPARATOR.finditer(text.low, start, end)]
    first = text.mention_at(start)
    if first and (len(parts) == 1 or name_end(text.text, text.low, start, first.end, end) >= end):
        return [(start, end)]  # (one name with its commas: `Bộ Văn hóa, Thể thao và Du lịch`)
    if first and text.low.startswith(":", first.end):
        return text.party_list(start, end)  # a kind, then its bodies by their fields: `Các Bộ: Quốc phòng, Xây dựng …`
    if all(getattr(text.mention_at(at), "kind", "") in ("staff", "collective") for at in parts):
        return [(start, end)]  # kinds of staff enumerated (`Toàn thể cán bộ, giáo viên, nhân viên`): one party, as the keys
    return text.party_list(start, end, lenient=True)



def _group_row_end(raw: str, low: str, pos: int, width: int) -> int:
    """The end of a one-line row at `pos` that groups the rows of a table (a cell merged across its columns: `I. CÔNG
    TÁC TỔ CHỨC, QUẢN LÝ`, `A. Hoạt động chuyên môn`), when a row of the table's `width` follows it; else -1. A title:
    it opens with a section's marker or is written in capitals."""
    end = low.find("\n", pos)
    end = len(low) if end < 0 else end
    line = raw[pos:end].strip()
    if not 0 < len(line) <= _GROUP_ROW_LENGTH or not (line.isupper() or MARKERS.match(low, pos).end() > pos):
        return -1
    following = _NEXT_ROW.match(low, end)
    return end if following and len(_row_at(low, following.end())) == width else -1


_GROUP_ROW_LENGTH = 200  # characters: a group's title, not a paragraph after the table


def _task_column(low: str, header: list[tuple[int, int]], index: int) -> int | None:
    """The column that says what is done (`Nội dung`, `Tên đề án`): in the header row of the responsible column, or in
    the row above it when that column is a sub-header (`Đơn vị thực hiện` over `Chủ trì | Phối hợp`)."""
    above = len(low[:max(0, low.rfind("\n\n", 0, header[0][0]))].rstrip())  # (over a blanked `|---|` line)
    for row in (header, _row_at(low, max(0, above - 1))):
        if len(row) == len(header):
            found = next((i for i, (s, e) in enumerate(row) if i != index and _task_label(low[s:e])), None)
            if found is not None:
                return found
    return None


_CELL_DASH = re.compile(r"[ \t]+[-–][ \t]+")


def _cell_items(text: PartyText, start: int, end: int) -> list[tuple[int, int]]:
    """A cell's pieces, each a list of names. A cell that opens with a dash has its items one a dash (a crawler
    joined its lines: `- Vụ Đất đai - Cục Quy hoạch … - Các đơn vị khác có liên quan`): a dash before a party's
    name parts them; one inside a name (`Sở Văn hóa - Thể thao`) does not."""
    opened = _BULLET.match(text.low, start).end()
    if not any(dash in text.low[start:opened] for dash in "-–"):
        return [(opened, end)]
    pieces, piece_start = [], opened
    for dash in _CELL_DASH.finditer(text.low, opened, end):
        if text.mention_at(dash.end()):
            pieces.append((piece_start, dash.start()))
            piece_start = dash.end()
    return pieces + [(piece_start, end)]


@lru_cache(maxsize=1)
def _task_labels() -> re.Pattern:
    """The header of the column that says what is done (`Nội dung công việc`, `Nhiệm vụ`; models/deadlines.json)."""
    with open(MODELS_DIR / "deadlines.json", encoding="utf-8") as handle:
        labels = json.load(handle)["row_task_labels"]
    return re.compile(r"[ \t*_]*(?:" + "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True)) + r")\b")


def _task_label(cell: str) -> bool:
    return len(cell.split()) <= 8 and bool(_task_labels().match(cell))


def _row_at(low: str, pos: int) -> list[tuple[int, int]]:
    """The cell lines of the table row holding `pos`: the run of lines between blank lines, each cell a line. Either
    every cell opens with the space its bar or tab left (a Markdown, tab or pipe row: normalize.py) or none does (a
    Word table's row, its cells one a line: readers_docx.py); a run of both is a paragraph's wrapped lines."""
    start = low.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    end = low.find("\n\n", pos)
    end = len(low) if end < 0 else end
    while end > start and low[end - 1] == "\n":
        end -= 1  # (the text's last row: its final line break ends it, no empty cell)
    cells, at, indents = [], start, set()
    for line in low[start:end].split("\n"):
        if line.strip():  # (an empty cell is a line of blanks in either)
            indents.add(line[0].isspace())
        cells.append((at + len(line) - len(line.lstrip()), at + len(line.rstrip())))
        at += len(line) + 1
    return cells if len(cells) >= 2 and len(indents) == 1 else []


# A roster's entry: a day (its hour before it, a weekday or a part of the day with it), then who is on duty that day and
# nothing else (`07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;`, `- Sáng thứ Hai, ngày 05/01/2026: Phó Hiệu trưởng.`): a
# schedule of citizen receptions or of duty, its task the roster's. Read where two entries or more stand.
_ROSTER_DAY = re.compile(r"ngày[ \t]*\d{1,2}[ \t]*/[ \t]*\d{1,2}(?:[ \t]*/[ \t]*\d{2,4})?[ \t]*[:,–-]?[ \t]*")
_ROSTER_LEAD = re.compile(r"[ \t]*(?:[-+*•][ \t]*)?"
                          r"(?:\d{1,2}[ \t]*(?:giờ|h)[ \t]*(?:\d{1,2}[ \t]*(?:phút|['’])?)?[ \t]*,?[ \t]*)?"
                          r"(?:(?:buổi[ \t]+)?(?:sáng|chiều|tối)[ \t]+)?"
                          r"(?:" + WEEKDAY + r"[ \t]*,?[ \t]*)?")
_ROSTER_ENTRIES = 2


def roster_entries(text: PartyText, found: Findings) -> None:
    """Each entry of a roster gives its one the day's duty (role `lead`, the entry's day as its task)."""
    low = text.low
    entries = []
    for day in _ROSTER_DAY.finditer(low):
        line_start = low.rfind("\n", 0, day.start()) + 1
        if _ROSTER_LEAD.fullmatch(low, line_start, day.start()) is None or day.end() in found:
            continue
        line_end = low.find("\n", day.end())
        line_end = len(low) if line_end < 0 else line_end
        rest_end = line_start + len(low[line_start:line_end].rstrip(" \t;.,"))
        mention = text.mention_at(day.end())
        if mention and name_end(text.text, low, day.end(), mention.end, rest_end) == rest_end:
            entries.append((day.end(), rest_end, line_start))
    labelled = _roster_labels(text, found)
    if len(entries) + len(labelled) >= _ROSTER_ENTRIES:
        for start, end, line_start in entries:
            found.take([(start, end)], "lead", start, task_start=line_start)
        for names_, colon, line_end in labelled:
            found.take(names_, "lead", line_end, task_start=colon + 1)


# (or who, then the days: `- Ban giám hiệu: vào ngày thứ 3, 6 hàng tuần`, `- Nhân viên thường trực tiếp công dân, Giáo
# viên chủ nhiệm: vào tất cả các ngày làm việc trong tuần`)
_ROSTER_LABEL = re.compile(r"[ \t]*[-+*•][ \t]*")
_ROSTER_TIME = re.compile(r":[ \t]*(?:vào[ \t]+|từ[ \t]+|trong[ \t]+)?(?:(?:tất[ \t]+cả[ \t]+)?(?:các[ \t]+)?)?"
                          r"(?:ngày[ \t]+(?:thứ|làm|\d)|" + WEEKDAY + r"|"
                          r"sáng[ \t]+thứ|chiều[ \t]+thứ)")


def _roster_labels(text: PartyText, found: Findings) -> list[tuple[list[tuple[int, int]], int, int]]:
    """The lines that name who is on duty, then the days: (their names, the colon, the line's end)."""
    low = text.low
    out = []
    for colon in _ROSTER_TIME.finditer(low):
        line_start = low.rfind("\n", 0, colon.start()) + 1
        label = _ROSTER_LABEL.match(low, line_start, colon.start())
        if label is None or label.end() in found or not text.mention_at(label.end()):
            continue
        names_ = text.party_list(label.end(), colon.start(), lenient=True)
        label_end = line_start + len(low[line_start:colon.start()].rstrip())
        if names_ and names_[-1][1] >= label_end:
            line_end = low.find("\n", colon.end())
            out.append((names_, colon.start(), len(low) if line_end < 0 else line_end))
    return out
