"""Responsible parties: who must do what, with a role per assignment.

A party is named where a task is assigned, and the genre does that in a few shapes (party_shapes.py, those of
sentences; party_layout.py, those of the page's layout):
- a clause whose subject is a party: `Ban Thường trực … chủ trì, phối hợp với …` (lead; `coordinate`
  when the predicate is a bare `phối hợp`), also after an adverbial (`Hằng năm, Quỹ phải …`), after
  `thì` / `đồng thời`, and as the agent of a passive (`do Chủ tịch … triệu tập`);
- the object of a cue: `giao` / `đề nghị` / `yêu cầu` / `chỉ đạo` X (lead; `other` in a plan's closing
  `Trên đây là …` request), `phối hợp với` / `cùng` X (coordinate), `báo cáo` / `gửi … về` X
  (report_to), `tạo điều kiện để` X (other), `trách nhiệm của` X (lead);
- the closing article of a decision or decree: every party listed before `chịu trách nhiệm thi hành Quyết định
  này` (lead; party_closing.py, with `Giám đốc các Sở: A, B` distributed to each Sở);
- labelled lists: `Đơn vị chủ trì: A, B; Đơn vị phối hợp: C` (also read by likeness in OCR-damaged scans),
  and the same columns of task tables;
- the items of `Tổ chức thực hiện` / `Phân công`: a heading that names a party (`2. Liên đoàn …`) over
  the tasks below it, or a line `Hiệu trưởng: …`;
- the addressees of a letter (`Kính gửi: …`) that asks them to act, and those its closing formula names
  (`… thông báo để Cục Thuế được biết, báo cáo …`: lead; the writer's own acts, `nhận được`, `trả lời để … rõ`,
  assign nothing).

Names are found by party_names.py and normalized by party_forms.py; then completed from the document
itself (`_document_names`): defined short names, the level a local body is named by, the issuer's own
name, a list's determiner for the kinds of body listed after it (`_distributed`), and the body the document
speaks for where a post or the issuer's head is written alone (`_issuer_body`).

Not assigned anything: the bodies named in a cited document's description (its issuer, its subject), the
recipients of copies (`Nơi nhận`), quoted provisions, the enacting formula (`Chính phủ ban hành Nghị định
…`), and in a statute's articles the kinds of body it describes (`Cơ quan hải quan tiếp nhận …`) outside
the articles that charge its implementation.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

import regex

from . import party_aliases
from . import party_brackets
from . import party_closing
from . import party_fields
from . import party_forms as forms
from . import party_names as names
from . import party_ocr
from . import party_layout as layout
from . import party_shapes as shapes
from .party_forms import normalize
from .party_names import key, mention_at, name_end
from .party_text import DETERMINER, Findings, Found, PartyText, Spans
from .lexicon import school_levels
from .records import DocumentMeta, DocumentText, Party, Section
from .textfold import squash, strip_markup

# Letters ask their addressees to act: their closing request is the task itself.
_LETTERS = frozenset({"Công văn", "Tờ trình", "Công điện", "Giấy mời"})
_WITH_PARTNER = re.compile(r"phối hợp(?: chặt chẽ)? với\s*(?:các\s+|những\s+)?$")
_LIST_JOINT = re.compile(r"\s*,\s*|\s+và\s+")
_LIST_COMMA = re.compile(r"\s*,\s*")

# The formula that charges a statute's addressees with its implementation (`… chịu trách nhiệm thi hành Nghị định này`).
_IMPLEMENTS = re.compile(r"[\s,]*(?:chịu trách nhiệm|có trách nhiệm)?\s*(?:thi hành|tổ chức thực hiện|hướng dẫn thi hành)\b")
_LEVEL_WRITTEN = re.compile(r"\bcấp (xã|huyện|tỉnh)\b")
_SENTENCE_STOP = re.compile(r"[\n.;]")
_DANGLING = re.compile(r"[ \t]+(?:các|những)[ \t]*(?:\n|$)")  # a name cut short at its line's end
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


@lru_cache(maxsize=1)
def _level_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A name ending with its level (`… Ủy ban nhân dân xã`); a header line naming the level and place in
    capitals (`UBND TỈNH LÂM ĐỒNG`, `XÃ LƯƠNG MINH`); a copy's stamp naming the body and its place (`Ủy ban
    nhân dân thành phố Đà Nẵng`). The levels are models/party_levels.txt's."""
    words = names.place_words("level")
    levels, capitals = "|".join(map(re.escape, words)), "|".join(re.escape(w.upper()) for w in words)
    return (re.compile(r"(?<!cùng) (?:cấp )?(" + levels + r")$"),
            re.compile(r"(?m)(?:^[ \t]*|\b(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|VIỆT NAM)\s+)"
                       r"(" + capitals + r")\s+(?!HỘI\b)(\w+(?: \w+){0,3})"),
            re.compile(r"\b(?:Ủy|Uỷ) ban nhân dân (" + levels + r")((?: [A-ZĐÀ-Ỹ][\wà-ỹ]*){1,4})"))


def prepare() -> None:
    """Load the lexicons and compile the patterns once, in the parent process before workers fork."""
    names.warm()
    forms.warm()
    shapes.warm()
    _level_patterns()


def extract(doc: DocumentText, meta: DocumentMeta, section_of, sections: list[Section] | None = None,
            mentions=()) -> list[Party]:
    """The parties of one document; `mentions` are its citations (a body named in a cited document's
    issuer or subject is assigned nothing by this one)."""
    sections = sections or []
    text = PartyText(doc, plan=meta.doc_type not in _LETTERS, cited=mentions, own_type=meta.doc_type or "",
                     preamble_end=sections[0].start if sections else len(doc.text), title=meta.title or "")
    found = Findings(len(text.low))
    level, place = _document_level(doc.text)
    in_assignment, implementing = shapes.assignment_sections(sections)
    asked = layout.asked_spans(text.low, sections)  # a letter's items under its request assign as such parts do
    if asked:
        in_assignment = Spans(list(zip(in_assignment.starts, in_assignment.ends)) + asked)
    # Structured shapes first (their names are surer), then clauses, then cue objects.
    layout.labelled_lists(text, found)
    layout.task_tables(text, found)
    layout.responsible_bullets(text, found)
    layout.roster_entries(text, found)
    party_closing.implementation_lists(text, found)
    scanned = party_ocr.damaged(doc.text)
    if scanned:
        layout.damaged_lists(text, found, level, place)
    layout.heading_parties(text, found, sections, in_assignment)
    layout.doers_after_tasks(text, found, in_assignment)
    layout.addressees(text, found)
    party_brackets.bracketed_doers(text, found)
    shapes.subjects(text, found, in_assignment, sections)
    shapes.listed_subjects(text, found)
    statute = meta.doc_type in names.statute_types()
    if not statute:  # (a statute describes kinds of person: `Người khai hải quan nộp …`)
        shapes.person_subjects(text, found)
    shapes.cue_objects(text, found, sections)
    rows = _rows(doc, meta, text, found, section_of, level, place,
                 (lambda pos: not implementing(pos)) if statute else None, scanned)
    rows = [row for row in rows if not row.party.endswith(_ANNOUNCING)]
    return _not_own_drafting(text, meta, _not_results_told(text, meta, sections, _not_in_scope_articles(sections, rows)))


# a kind of body that announces the list below it (`Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm …:` ⏎
# `1. Sở …`) names no party itself: its items do
_ANNOUNCING = (" sau đây", " dưới đây")


def _not_in_scope_articles(sections: list[Section], rows: list[Party]) -> list[Party]:
    """Without the rows of the articles that say whom the document applies to (models/party_scope_articles.txt)."""
    # (their titles open with `Phạm`, `Đối`, `Giải`: asked first, a heading's key costs a fold)
    scope = {s.section_id for s in sections if s.heading[:1] in "PpĐđGg" and key(s.heading[:60]).startswith(_scope_titles())}
    if not scope:
        return rows
    return [row for row in rows if not any(row.section_id == sid or row.section_id.startswith(sid + ".") for sid in scope)]


@lru_cache(maxsize=1)
def _scope_titles() -> tuple[str, ...]:
    return tuple(key(row[0]) for row in names.table_rows("party_scope_articles.txt"))


def _not_own_drafting(text: PartyText, meta: DocumentMeta, rows: list[Party]) -> list[Party]:
    """Without the issuer's own act of writing the document, stated in its preamble (models/party_own_acts.txt)."""
    issuer = key(normalize(meta.issuer)) if meta.issuer else ""  # (`Trường MN Tuổi Thơ` writes itself `Trường mầm non …`)
    own = {issuer, "nhà trường"} | _own_school_names(issuer) | _school_spellings(issuer) if issuer else set()
    return [row for row in rows if not (row.start < text.preamble_end and row.role == "lead" and (
        own and _names_own(row.party, own) and key(row.task).startswith(names.own_acts()) or _lead_in(row.task)
        or _enacting(text, row)))]


def _enacting(text: PartyText, row: Party) -> bool:
    """`Ban thường trực Hội cha mẹ học sinh … xây dựng kế hoạch hoạt động trong năm học 2023 - 2024 như sau`, `BGH
    trường … triển khai văn bản hướng dẫn … cụ thể như sau`: the preamble's statement that introduces the document
    itself (models/party_own_acts.txt, and `triển khai`), its subject whoever writes it (the school's parents' board for
    the school, its board of directors, a page that lost its header); not an addressee the statement asks to act."""
    words = key(row.task).rstrip(" :.")
    return words.endswith(" như sau") and (words.startswith(names.own_acts()) or words.startswith(_ENACTING_VERBS)) \
        and key(text.low[row.end:row.end + 40]).lstrip(" ,").startswith(words[:20]) \
        and not names.cue_within(text.low, _sentence_on_line(text.low, row.start), row.start, _DIRECTIVE)


def _sentence_on_line(low: str, pos: int) -> int:
    """Where the sentence around `pos` starts on its line: after the line's last full stop before it, a `;` not ending
    one (a list of those asked runs over it)."""
    line = low.rfind("\n", 0, pos) + 1
    stop = low.rfind(". ", line, pos)
    return stop + 2 if stop >= 0 else line


_ENACTING_VERBS = ("xây dựng", "triển khai")


# The cues that ask someone to act (models/party_cues.tsv `directive`: `yêu cầu`, `đề nghị`, `giao`): a party after one
# in its sentence on its line is asked, the list of those asked running over a `;` (`… đề nghị Trưởng phòng GDĐT các
# huyện; Thủ trưởng các đơn vị trực thuộc Sở triển khai … như sau:`).
_DIRECTIVE = frozenset({"directive"})


def _lead_in(task: str) -> bool:
    """`có ý kiến chỉ đạo như sau`, `chỉ đạo:`: the words that introduce what the document says (models/party_own_acts.txt,
    `lead-in`), the whole task (what its colon opens may have run into it: `có ý kiến như sau: Giao …`)."""
    words = key(task).split(":", 1)[0].strip()
    return (words[:-len(" như sau")] if words.endswith(" như sau") else words) in _lead_ins()


def _names_own(party: str, own: set[str]) -> bool:
    """Whether `party` is one of the issuer's own names (keys), or one followed by its place (`Phòng Giáo dục và Đào
    tạo Thanh Chương` for the header's `PHÒNG GIÁO DỤC VÀ ĐÀO TẠO` under `UBND HUYỆN THANH CHƯƠNG`)."""
    low = key(party)
    if low in own:
        return True
    words = party.split()
    if any(low.startswith(name + " ") and all(w[:1].isupper() for w in words[len(name.split()):]) for name in own):
        return True
    # (`Sở Giáo dục và Đào tạo hướng dẫn …` in a letter of `Sở Giáo dục và Đào tạo Trà Vinh`: the issuer without its place)
    return any(name.startswith(low + " ") and len(rest := name[len(low) + 1:].split()) <= 3 and rest[0] not in _JOINS
               for name in own)


_JOINS = ("và", "-", "–", ",", "thuộc", "của")


@lru_cache(maxsize=1)
def _lead_ins() -> frozenset[str]:
    return frozenset(key(row[0]) for row in names.table_rows("party_own_acts.txt"))


# A report (Báo cáo) tells its results in its first parts (`II. KẾT QUẢ THỰC HIỆN …`, `I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU
# HÀNH`), most often without `đã` (`Sở Tư pháp thực hiện thẩm định 268 dự thảo …`): what was done, no task. Its tasks
# are in the parts that look ahead (`IV. PHƯƠNG HƯỚNG, NHIỆM VỤ`, `đề xuất`, `giải pháp`), or in a sentence of the
# results part that says what is still to be done (`… sẽ chủ trì …`, `tiếp tục`).
_RESULTS_PART = re.compile(r"kết quả|tình hình|công tác chỉ đạo|chỉ đạo, điều hành", re.I)
_AHEAD_PART = re.compile(r"phương hướng|nhiệm vụ|giải pháp|đề xuất|kiến nghị|tồn tại", re.I)
_STILL_TO_DO = re.compile(r"\b(?:sẽ|tiếp tục|cần(?! thiết)|phải|đề nghị|kiến nghị|đề xuất|dự kiến|khẩn trương|chưa)\b")


def _not_results_told(text: PartyText, meta: DocumentMeta, sections: list[Section], rows: list[Party]) -> list[Party]:
    if meta.doc_type != "Báo cáo" or not sections or not rows:
        return rows
    top = min(s.level for s in sections)
    told = [(s.start, s.end) for s in sections if s.level == top and _RESULTS_PART.search(s.heading)
            and not _AHEAD_PART.search(s.heading)]
    if not told:
        return rows
    low = text.low
    return [row for row in rows if not any(start <= row.start < end for start, end in told) or
            _STILL_TO_DO.search(low, text.sentence_start(row.start), min(len(low), row.end + len(row.task) + 1))]


def _rows(doc: DocumentText, meta: DocumentMeta, text: PartyText, found: Findings, section_of,
          level: str, place: str, describes=None, scanned: bool = False) -> list[Party]:
    """One row per party per assignment; the same party in the same role twice in one paragraph or
    list item is one assignment. Where `describes(pos)` (a statute's articles), a kind of body is only
    described, not assigned a task. In a scan's text (`scanned`), a level cut by a line break is completed."""
    raw = doc.text
    items = _alternatives(text, _not_nested(sorted(found.items, key=lambda f: f.start)))
    _read_to_full_names(text, items)
    _posts_over_named_bodies(text, items)
    if scanned:  # `báo cáo UBND thành ph` ⏎ (a page's end): the level the scan's break cut
        for f in items:
            missing = "" if f.name else party_ocr.cut_level(raw, f.end)
            if missing:
                f.name = f"{raw[f.start:f.end]} {missing}"
    items = _levels_listed_after(text, items)
    named = {}
    aliases, groups = party_aliases.defined(text)
    surfaces: list[str] = []
    speaks_for = _issuer_body(meta, level, place)
    run_levels = _run_levels(text, items)
    for i, f in enumerate(items):
        surface = f.name or _distributed(text, f) or raw[f.start:f.end]
        if not f.name and f.start in text.held_heads:  # `các Cục: Quản lý dược, …` → `Cục Quản lý dược`
            surface = f"{text.held_heads[f.start]} {surface}"
        elif i and not f.name:
            surface = _post_held_over(text, items[i - 1], surfaces[i - 1], f, surface)
            surface = _head_held_over(text, items, i, surface)
        surfaces.append(surface)
        if key(surface).endswith(" cùng cấp"):  # (a key's words are one space apart)
            surface = _clause_level(text, items[:i], f, surface)
        party = surface if f.person else normalize(surface)  # (a person as addressed: `Cô Hằng`, not `Hằng`)
        if f.start in run_levels:
            party = forms.with_level(party, run_levels[f.start])
        issuer = _to_issuer(f, party, speaks_for)  # (`Sở` is a name there)
        if (len(party) >= 3 or issuer) and not text.in_quote(f.start) and not text.in_citation(f.start) and \
                not text.title[0] <= f.start < text.title[1] and not text.in_title_again(f.start) and \
                not text.in_recipients(f.start) and not _SIGNING_FOR.search(raw, max(0, f.start - 8), f.start) and \
                (not forms.is_bare_head(party) or key(party) in aliases or issuer) and not _caption(surface):
            named[f.start] = (surface, party)  # (a bare head the document defines as a short name is one)
    resolved = _document_names(named.values(), level, aliases)
    own = _issuer_in_full(text, meta, level, place)
    rows: list[Party] = []
    seen: set[tuple[int, str, str]] = set()
    tasks: dict[tuple[int, int, int], str] = {}  # the names of one list share its task: cleaned once
    addressed: set[int] = set()  # the rows of a letter's addressees
    attending = _attendees(text.low)
    for f in items:
        if f.start not in named or (attending and attending(f.start)):
            continue
        # (a label's task is written before the list it announces: `Các cơ quan sau đây có trách nhiệm …:`)
        where = (f.task_start if f.clause_end <= f.start else max(f.end, f.task_start), f.clause_end, f.list_start)
        if where not in tasks:
            # (the closing `./.` of a document's last sentence is none of its words)
            task = strip_markup(raw[where[0]:f.clause_end]).strip(" ,;:.-–/")
            # (a partner's; or a receiver's named last in a bracket: `(nộp tại đồng chí … – phó bí thư Đoàn trường)`)
            tasks[where] = task if any(c.isalnum() for c in task) else \
                strip_markup(raw[text.clause_start(f.list_start):f.clause_end]).strip(" ,;:.-–/")
        task = tasks[where]
        listed = groups.get(key(named[f.start][1])) or _defined_forms(named[f.start][1], aliases) or \
            [resolved.get(named[f.start], named[f.start][1])]
        if _cut_short(text.low, f.start, f.end):
            listed = [_levels_written_elsewhere(text, f, name) for name in listed]
        for party in (one for name in listed for one in _categories(name)):
            if speaks_for:
                party = speaks_for(party)
            if own:
                party = own(party)
            if describes and describes(f.start) and forms.is_generic(party) and \
                    not _IMPLEMENTS.match(text.low, max(f.end, f.task_start)):
                continue
            # (an assignment whose task opens before its party inside the item is its own: a roster's line, a table's
            # row, `07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;` ⏎ `07 giờ 30 ngày 04/02/2021 Chủ tịch UBND tỉnh;`)
            assignment = max(text.item_start(f.start), f.task_start if f.task_start < f.start else 0)
            if (assignment, party, f.role) in seen:
                continue
            seen.add((assignment, party, f.role))
            rows.append(Party(doc.doc_id, section_of(f.start), f.start, f.end, raw[f.start:f.end], party, f.role, task))
            if f.addressee:
                addressed.add(id(rows[-1]))
    return _one_spelling(_not_to_itself(text, _addressed_again(rows, addressed)))


def _addressed_again(rows: list[Party], addressed: set[int]) -> list[Party]:
    """`Kính gửi: - Các bộ, cơ quan ngang bộ; …` over `Bộ Nội vụ hướng dẫn các bộ, cơ quan ngang bộ … thực hiện …`:
    an addressee the body itself gives a task is that row's party; its `Kính gửi` line adds no row of its own."""
    if not addressed:
        return rows
    tasked = {key(r.party) for r in rows if id(r) not in addressed and r.role == "lead"}
    return [r for r in rows if id(r) not in addressed or key(r.party) not in tasked]


# `Hội đồng thành viên hoặc Chủ tịch công ty …`, `Cơ quan, đơn vị quản lý trực tiếp hoặc Ủy ban nhân dân xã …`: either
# of two parties does the task, each is one (a list of bodies is split one per party). Not where `hoặc` joins the
# words of a qualifier (`… có thẩm quyền theo quy định của Bộ Quốc phòng hoặc Bộ Công an`, `… nơi quản lý mộ hoặc
# thuộc địa phương …`).
_OR = re.compile(r"\s+hoặc\s+")
_QUALIFIED = re.compile(r"\b(?:của|thuộc|theo|nơi|do|tại|trong|đối với)\b")


def _not_nested(items: list[Found]) -> list[Found]:
    """Items in start order without those inside an earlier one's name in the same role: two shapes read one name, one
    from the post whose name wraps (`Chánh Văn phòng` ⏎ `Uỷ ban nhân dân tỉnh, …`), one from the line's first word."""
    out: list[Found] = []
    reach: dict[str, tuple[int, int]] = {}  # role → the span of the name read so far that reaches furthest
    for f in items:
        start, end = reach.get(f.role, (-1, -1))
        if not f.name and start < f.start and f.end <= end:
            continue  # (the same span read twice stays: rows of one place are merged later)
        out.append(f)
        if not f.name and f.end > end:
            reach[f.role] = (f.start, f.end)
    return out


def _alternatives(text: PartyText, items: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in items:
        alternative = None if f.name or text.low.find("hoặc", f.start, f.end) < 0 else _OR.search(text.low, f.start, f.end)
        if alternative and text.mention_at(alternative.end()) and \
                not _QUALIFIED.search(text.low, f.start, alternative.start()) and \
                (text.text[alternative.end()].isupper() or _named_beyond_head(text, f.start, alternative.start())):
            # (`Đơn vị hoặc cá nhân được giao chủ trì …`: two kinds under one description stay one party)
            out += [replace(f, end=alternative.start()), replace(f, start=alternative.end())]
        else:
            out.append(f)
    return out


def _named_beyond_head(text: PartyText, start: int, end: int) -> bool:
    """Whether `text[start:end]` is more than a bare head (`Chánh văn phòng`, not `Đơn vị`)."""
    mention = text.mention_at(start)
    return not mention or mention.end < len(text.low[:end].rstrip()) or \
        getattr(mention, "kind", "") == "title"


# The formula of a signature block (`KT. BỘ TRƯỞNG`, `TM. ỦY BAN NHÂN DÂN`, `TL.`, `TUQ.`, `Q.`, Nghị định 30/2020/NĐ-CP
# Phụ lục I): the post after it signs the document and is given no task, wherever the text runs the block into a line.
_SIGNING_FOR = re.compile(r"(?<![^\W\d_])(?:KT|TM|TL|TUQ|Q)\.[ \t]*$")
# `Thành phần dự họp:`, `2. Thành phần tham dự: …`: who attends a meeting the document describes. Attending is no
# task assigned by name (../shared/devset/gold/fresh_06: the guests of an event are no parties). Not a bare
# `Thành phần:` nor `Thành phần Ban Chỉ đạo:`, whose members are often given their tasks (`Trưởng ban: phụ trách chung`).
_ATTENDEES = re.compile(r"[ \t>*_#+•-]*(?:\(?[\da-zđ]{1,2}[.)][ \t]*)?thành phần[ \t]+(?:được[ \t]+)?"
                        r"(?:dự|tham dự|mời|tham gia)(?:[ \t]+[^\W\d_]+){0,3}[ \t]*:")
# What closes a list of attendees written under its label: another label, a numbered or lettered item.
_AFTER_ATTENDEES = re.compile(r".*:[ \t]*$|[ \t>*_#]*(?:\(?[\da-zđ]{1,2}[.)]|[ivx]+\.)[ \t]")
_ATTENDEE_LINE = 200  # characters: an attendee is named in a line; a longer paragraph is prose again
_ATTENDEE_LINES = 12


def _attendee_lines_end(low: str, pos: int) -> int:
    """Where the attendees listed in the lines after `pos` (a label's line end) end."""
    for _ in range(_ATTENDEE_LINES):
        if pos >= len(low):
            break
        line_end = low.find("\n", pos + 1)
        line_end = len(low) if line_end < 0 else line_end
        line = low[pos + 1:line_end]
        if line.strip() and (len(line) > _ATTENDEE_LINE or _AFTER_ATTENDEES.match(line)):
            break
        pos = line_end
    return pos


def _attendees(low: str) -> Spans | None:
    """The spans of the lists of attendees (`Thành phần …:`), or None."""
    spans = []
    at = low.find("thành phần")
    while at >= 0:
        line = low.rfind("\n", 0, at) + 1
        label = _ATTENDEES.match(low, line)
        if label and label.end() > at:
            line_end = low.find("\n", label.end())
            line_end = len(low) if line_end < 0 else line_end
            end = line_end
            if not low[label.end():line_end].strip():  # the list is written under its label
                end = _attendee_lines_end(low, line_end)
            spans.append((label.end(), end))
        at = low.find("thành phần", at + 10)
    return Spans(spans) if spans else None


# The lower-case words after a proper name, on its line (a name wraps lines elsewhere, not where it was cut).
_LOWER_WORDS = re.compile(r"(?:[ \t]+[a-zđà-ỹ]+){1,7}")
# Where a name is written whole, as an item of a list, a label's value or an owner (`của X,`): a comma, colon,
# bracket, `của` or `và` before it; punctuation, a bracket or a line's end after it (a list's comma only before
# another name).
# Not a clause's subject (`Sở … có trách nhiệm.`, `trình Chủ tịch … xem xét.`: the words are a predicate).
_NAME_OPENS = re.compile(r"(?:[,:;(]|\bcủa|\bvà)\s*$")
_NAME_CLOSED = re.compile(r"[ \t]*(?:(?P<listed>[,;]\s*(?:và\s+)?)|[.)\[\]]|\n|$)")
_CONFIRMED = 2  # times the document writes the whole name
# Words that a name's own words do not hold: a joint to another party, a purpose, a verb's particles
# (`… và Bộ Công an xem xét để thống nhất.`: a clause, not a name).
_CLAUSE_WORDS = frozenset({"và", "hoặc", "để", "theo", "cho", "với", "được", "đã", "đang", "sẽ", "khi", "là", "có"})


def _read_to_full_names(text: PartyText, items: list[Found]) -> None:
    """A proper name cut before lower-case words that go on naming it (`Hiệp hội Nhà thầu xây dựng hoàn thành …`
    fresh_27, `Vụ Các vấn đề chung về xây dựng pháp luật`, `Cục Đăng ký và Dữ liệu thông tin đất đai`): the words
    are read as the name's where the document writes the same name with them twice or more where only a name
    stands (`_NAME_OPENS` … `_NAME_CLOSED`). A name that a shape spelt otherwise than written (`f.name`) is left
    alone."""
    raw = text.text
    standing: dict[str, list[int]] = {}  # a name → where its writings that stand as a name end
    confirmed: dict[tuple[str, ...], int] = {}
    for f in items:
        if raw[f.end:f.end + 1] != " " or not raw[f.end + 1:f.end + 2].islower():
            continue  # (most names end at punctuation or a capital: asked first, cheaply)
        surface = raw[f.start:f.end]
        field = None if f.name or f.role == "report_to" else party_fields.field_end(raw, text.low, f.start, f.end)
        if field:  # `Giao Trung tâm Phát triển quỹ đất chủ trì …`: the name's field, to its duty
            if f.task_start >= f.end:
                f.task_start = max(f.task_start, field[1].start())
            f.end = field[0]
            continue
        after = None if f.name and f.name != surface else _LOWER_WORDS.match(raw, f.end)
        if not after or surface.isupper():
            continue
        proper = any(w[:1].isupper() for w in surface.split()[1:])
        if not proper and not (surface[:1].isupper() and getattr(text.mention_at(f.start), "kind", "") == "org"):
            continue  # (a body's head written with its capital may name it in lower case: `Quỹ phát triển đất`)
        words = after.group().split()
        words = next((words[:i] for i, w in enumerate(words) if w in _CLAUSE_WORDS), words)
        if not words or names.CLAUSE_PREDICATE.match(text.low, f.end + 1) or \
                (f.role == "report_to" and names.cue_at(text.low, f.end + 1, names.REPORTED)):
            continue  # (`… chủ trì`, `… có trách nhiệm`: a duty; `báo cáo X kết quả …`: the report; no name's word)
        k = 0
        if proper or not names.cue_at(text.low, f.end + 1, names.PREDICATE_OR_STOP):
            # (a lower-case name's next word that may be a verb is the clause's: not looked for elsewhere)
            if surface not in standing:
                standing[surface] = _written_standing(text, surface.split())
        if len(standing.get(surface, ())) >= _CONFIRMED:
            if (surface, *words) not in confirmed:
                confirmed[surface, *words] = _words_confirmed(text, standing[surface], words)
            k = confirmed[surface, *words]
            if k and not proper and not _nouns(text, f.start, f.end, words[:k]):
                k = 0  # (`trình Hội đồng nhân dân bỏ phiếu tín nhiệm`, written so twice: a lower-case name's words are nouns)
        k = k or _closed_by_nouns(text, f.start, f.end, words)
        if k:
            end = f.end
            for word in words[:k]:
                end = raw.index(word, end) + len(word)
            if f.task_start >= f.end:  # (the task read from after the name)
                f.task_start = max(f.task_start, end)
            f.end = end
            f.name = f.name and raw[f.start:end]


def _posts_over_named_bodies(text: PartyText, items: list[Found]) -> None:
    """`Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật, Chánh Văn phòng Bộ, …`: a post read up to its body's
    bare head (`Vụ`), where the body's name opens with a word that is also a determiner or a verb, and so was cut.
    The document names that body elsewhere in full (`Đơn vị phối hợp: Vụ Các vấn đề chung …`); where the text after
    the post is that name, the post is held in it."""
    raw, heads = text.text, names.vocabulary().head_kind
    bodies = {raw[g.start:g.end] for g in items
              if not g.name and heads.get(key(raw[g.start:g.end].split(" ", 1)[0])) == "org"}
    for f in items:
        surface = raw[f.start:f.end]
        head_at = surface.rfind(" ") + 1
        if f.name or not head_at or heads.get(key(surface[head_at:])) != "org" or \
                not raw[f.end:f.end + 2].strip(" ")[:1].isupper():
            continue  # (most names do not end at a bare head before a capitalised word)
        at = f.start + head_at
        whole = max((b for b in bodies if len(b) > f.end - at and raw.startswith(b, at) and
                     not raw[at + len(b):at + len(b) + 1].isalnum()), key=len, default="")
        if whole:
            if f.task_start >= f.end:
                f.task_start = max(f.task_start, at + len(whole))
            f.end = at + len(whole)


_NAME_TAIL = 4  # lower-case words a name written once may end with (`thông tin đất đai`)


def _closed_by_nouns(text: PartyText, start: int, end: int, words: list[str]) -> int:
    """A name the document writes once in full (`… chuyển tiền cho Quỹ phát triển đất;`, `1. Cục Đăng ký và Dữ liệu
    thông tin đất đai [ …] có trách nhiệm …`): the lower-case words after where it was cut (`end`) are its own when
    this writing closes right after them (a clause's end, a bracket, a line's end, a list's next name, a duty) and
    underthesea tags every one of them a noun in the name's phrase (`gửi Sở Nội vụ tổng hợp.`: `tổng hợp` is no
    noun). How many words (all of them or 0)."""
    if len(words) > _NAME_TAIL:
        return 0
    raw = text.text
    tail = _words_at(raw, end, words, space=True)
    closed = _NAME_CLOSED.match(raw, tail) if tail > 0 else None
    if closed and raw[closed.end() - 1:closed.end()] == "\n" and raw[closed.end():].lstrip(" \t")[:1].islower():
        return 0  # (a sentence wrapped at the line's end: `… đặc khu căn cứ kế hoạch` / `cải cách hành chính …`)
    if not closed or ((closed.group("listed") or "").lstrip(" \t")[:1] == "," and not text.mention_at(closed.end())):
        if tail < 0 or text.low[tail:tail + 1] != " " or not names.CLAUSE_PREDICATE.match(text.low, tail + 1):
            return 0
    return len(words) if _nouns(text, start, end, words) else 0


def _nouns(text: PartyText, start: int, end: int, words: list[str]) -> bool:
    """Whether underthesea tags every word of the name's phrase after `end` (its `words`) a noun, none straddling
    the cut (`Quỹ phát triển đất`: `đất` is a noun)."""
    raw = text.text
    tail = _words_at(raw, end, words, space=True)
    tagged = [(at, tag) for at, (_, tag) in names.words_tagged(raw, start, tail).items() if at > end] if tail > 0 else []
    # (a word of the tagger's that straddles the cut, or a verb among them: not the name's)
    return bool(tagged) and tagged[0][0] == raw.index(words[0], end) and all(tag.startswith("N") for _, tag in tagged)


_NEXT_LEVEL = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:và|hoặc)[ \t]+")
# A name that ends with its level (`… tỉnh`, `… cấp huyện`, `… thành phố`), in any case.
_NAME_LEVEL = re.compile(rf"^(?P<base>.+?)\s+(?:cấp\s+)?(?P<level>(?:{names.LEVELS}))$", re.I | re.S)
# (or with the place's proper name after its level: `Phòng Giáo dục và Đào tạo thành phố Thủ Đức` ⏎ `và các quận,
# huyện`; `Ủy ban nhân dân TP Thủ Đức và các quận - huyện`, the city's initials)
_NAME_LEVEL_PLACE = regex.compile(rf"^(?P<base>.+?)\s+(?i:cấp\s+)?(?P<level>(?i:{names.LEVELS})|TP\.?)"
                                  r"\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}$", regex.S)


def _levels_listed_after(text: PartyText, items: list[Found]) -> list[Found]:
    """`Chủ tịch Ủy ban nhân dân cấp tỉnh, cấp huyện và cấp xã có trách nhiệm …`, `Thường trực Hội đồng nhân dân
    tỉnh, cấp xã tiến hành …`: a body named at one level, then the same body at the levels listed after it, one
    party per level (`cấp huyện` is its surface; the task follows the last level)."""
    out = []
    covered = (0, 0)  # the levels read after the last name: an item found there is one of them
    for f in items:
        if covered[0] <= f.start < covered[1] and not f.name:
            continue  # `… thành phố và các quận, huyện`: `các quận, huyện` is the body at those levels
        out.append(f)
        if f.name or not _NEXT_LEVEL.match(text.low, f.end):
            continue
        named = _NAME_LEVEL.match(text.text[f.start:f.end]) or _NAME_LEVEL_PLACE.match(text.text[f.start:f.end])
        if not named:
            continue
        levels = text.levels_after(f.end, min(f.clause_end if f.clause_end > f.end else len(text.low), f.end + 120))
        # `Hội đồng nhân dân xã và các thôn`: a body of a tier of government has no twin in the communities under
        # it (thôn, tổ dân phố have no council): the communities listed are parties of their own
        levels = levels if not any(_AREA_LAST.search(text.low, s, e) for s, e in levels) else []
        if not levels:
            continue
        if f.task_start <= levels[-1][1] and f.clause_end > f.end:  # (the task read from after the name)
            f.task_start = levels[-1][1]
        out += [Found(start, end, f.role, f.clause_end, f"{named.group('base')} {text.text[start:end]}",
                      f.task_start, f.list_start) for start, end in levels]
        covered = (levels[0][0], levels[-1][1])
    return sorted(out, key=lambda f: f.start)


_AREAS = names.place_words("area", "area-after-determiner")
_AREA_LAST = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in _AREAS) + r")$")
_RUN_COMMA = re.compile(r"\s*,\s*")


def _run_levels(text: PartyText, items: list[Found]) -> dict[int, str]:
    """`gửi … đến Thường trực HĐND, UBND, Ủy ban MTTQ tỉnh và Thường trực HĐND, Ủy ban Bầu cử xã`: the level written
    after the last of names joined by commas is the level of each (not the document's own), by the start of each."""
    out: dict[int, str] = {}
    run: list[Found] = []
    for f, following in zip(items, items[1:] + [None]):
        run.append(f)
        if following is not None and following.list_start == f.list_start and \
                _RUN_COMMA.fullmatch(text.low, f.end, following.start):
            continue
        if len(run) > 1:
            # (with the place's name after it: `Hội đồng nhân dân, Ủy ban nhân dân thành phố Đà Nẵng`)
            last = _LEVEL_PLACE_LAST.search(squash(text.text[run[-1].start:run[-1].end]))
            if last:
                out.update((g.start, last.group("level").lower() + last.group("place")) for g in run[:-1])
        run = []
    return out


_LEVEL_PLACE_LAST = regex.compile(rf"(?<=\s)(?P<level>(?i:{names.LEVELS}))(?P<place>(?:[ \t]+\p{{Lu}}\p{{Ll}}*)*)$")


def _written_standing(text: PartyText, words: list[str]) -> list[int]:
    """Where the writings of a name (its `words`) end that stand where a name stands, after a comma, a colon, `của`
    … (`_NAME_OPENS`); written on one line where the document has it so, else as its words over lines."""
    raw, ends = text.text, []
    one_line = " ".join(words)  # (searched whole first: a wrap inside a name is rare, a search per word dear)
    first = one_line if one_line in raw else words[0]
    at = raw.find(first)
    while at >= 0:
        if not (at and raw[at - 1].isalnum()) and _NAME_OPENS.search(raw, max(0, at - 8), at):
            end = at + len(first) if first is one_line else _words_at(raw, at, words)
            if 0 < end and not raw[end:end + 1].isalnum():
                ends.append(end)
        at = raw.find(first, at + 1)
    return ends


def _words_confirmed(text: PartyText, ends: list[int], words: list[str]) -> int:
    """How many of `words` the document writes after a name, then closes (`_NAME_CLOSED`), at least `_CONFIRMED`
    times: the most so written (0 if none)."""
    raw = text.text
    counts = Counter()
    for end in ends:
        pos = end
        for k, word in enumerate(words, 1):
            pos = _words_at(raw, pos, [word], space=True)
            if pos < 0:
                break
            closed = _NAME_CLOSED.match(raw, pos)
            if closed and (not closed.group("listed") or text.mention_at(closed.end())):  # (a list goes on with a name)
                counts[k] += 1
    return max((k for k, n in counts.items() if n >= _CONFIRMED), default=0)


def _words_at(raw: str, pos: int, words: list[str], space: bool = False) -> int:
    """The end of `words` written from `pos` (after blanks first where `space`), a word's end after the last; -1
    if they are not written there."""
    for i, word in enumerate(words):
        if i or space:
            start = pos
            while pos < len(raw) and raw[pos] in " \t\n":
                pos += 1
            if pos == start:
                return -1
        if not raw.startswith(word, pos):
            return -1
        pos += len(word)
    return pos if pos == len(raw) or not raw[pos].isalnum() else -1


def _cut_short(low: str, start: int, end: int) -> bool:
    """Whether a name's line ends with a determiner, in the name or right after it (`3. Ban Công tác Mặt trận các`)."""
    return bool(_DANGLING.match(low, end) or
                (low.endswith((" các", " những"), start, end) and _LINE_END.match(low, end)))


def _levels_written_elsewhere(text: PartyText, f: Found, party: str) -> str:
    """`3. Ban Công tác Mặt trận các` (a heading cut short): the name with the levels the document writes after it
    elsewhere (`… hướng dẫn Ban Công tác Mặt trận các thôn triển khai …`), when it writes one; else as written."""
    low = text.low
    written = names.TRAILING_GLUE.sub("", key(text.text[f.start:f.end]))
    levels = set()
    at = low.find(written + " các ")
    while at >= 0 and len(levels) < 2:
        start = at + len(written) + len(" các ")
        end = names.phrase_at(low, start, "level") or names.phrase_at(low, start, "collective")
        if end and at != f.start:
            levels.add(key(low[start:end]))
        at = low.find(written + " các ", at + 1)
    return f"{party} các {levels.pop()}" if len(levels) == 1 else party


def _defined_forms(party: str, aliases: dict[str, str]) -> list[str]:
    """`Các bộ, tỉnh` where the document defined `các bộ, cơ quan ngang bộ (gọi tắt là bộ)` and `Ủy ban nhân
    dân các tỉnh, thành phố trực thuộc Trung ương (gọi tắt là tỉnh)`: a list of short names (after a
    determiner) names the defined bodies, one row each; [] when the name is not such a list (one short name
    alone is completed with the document's other names, `_document_names`)."""
    if not aliases:
        return []
    words = key(party)
    determiner = DETERMINER.match(words)
    shorts = _LIST_JOINT.split(words[determiner.end() if determiner else 0:])
    if len(shorts) < 2 or not all(s in aliases for s in shorts):
        return []
    return [aliases[s] for s in shorts]


def _categories(party: str) -> list[str]:
    """`Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ`: a list whose later items are kinds of body the law
    names as categories of their own (models/party_categories.txt) is one party per category, each as the law
    writes it (`Cơ quan ngang bộ`), and one for the list before them (`Các bộ`); any other name is itself."""
    items = _LIST_COMMA.split(party)
    if len(items) < 2:
        return [party]
    cut = [i for i in range(1, len(items)) if _is_category(key(items[i]))]
    if not cut:
        return [party]
    parts = [", ".join(items[:cut[0]])]
    for i in cut:
        parts.append(normalize(", ".join(items[i:next((j for j in cut if j > i), len(items))])))
    return parts


def _is_category(name: str) -> bool:
    """Whether a name's key opens with a kind of body the law names (models/party_categories.txt)."""
    return any(name == c or name.startswith(c + " ") for c in _categories_listed())


@lru_cache(maxsize=1)
def _categories_listed() -> tuple[str, ...]:
    return tuple(key(row[0]) for row in names.table_rows("party_categories.txt"))


def _not_to_itself(text: PartyText, rows: list[Party]) -> list[Party]:
    """A body does not report to itself: where one clause makes the same party lead and `report_to` (a body
    of `cùng cấp` or named by its level only that resolved to the subject's own name), the lead stands. Members
    who work with each other (`Các thành viên khác trong tiểu ban … phối hợp với các thành viên khác trong tiểu
    ban …`) coordinate: there the partner's row stands."""
    leads = {(text.clause_start(r.start), key(r.party)) for r in rows if r.role == "lead"}
    partners = {(r.start, key(r.party)) for r in rows if r.role == "coordinate"}
    return [r for r in rows if (r.role != "report_to" or (text.clause_start(r.start), key(r.party)) not in leads)
            and not (r.role == "lead" and _works_with_itself(text, r, partners))]


def _works_with_itself(text: PartyText, lead: Party, partners: set[tuple[int, str]]) -> bool:
    """Whether the lead's own clause goes on `… phối hợp với <the same party>` within a few words."""
    name = key(lead.party)
    for start, party in partners:
        if party == name and lead.end < start <= lead.end + 120 and \
                text.clause_start(start) == text.clause_start(lead.start) and \
                _WITH_PARTNER.search(text.low, lead.end, start):
            return True
    return False


def _clause_level(text: PartyText, before, f, surface: str) -> str:
    """`Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã phối hợp với Ủy ban nhân dân cùng cấp`, `Biên bản hội nghị
    hiệp thương ở cấp xã được gửi ngay đến …, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Thường trực Hội đồng nhân
    dân, Ủy ban bầu cử cùng cấp`: a local body of `cùng cấp` is at the level its clause is about, the first it
    names (a party's level, or `cấp xã` in the text); in a guidance for every level that is not the level the
    document speaks from."""
    clause = text.clause_start(f.start)
    written = _LEVEL_WRITTEN.search(text.low, clause, f.start)
    first = (written.start(), written.group(1)) if written else None
    for g in before:
        if clause <= g.start and (not first or g.start < first[0]):
            named = _level_patterns()[0].search(key(g.name or text.text[g.start:g.end]))
            if named:
                first = (g.start, named.group(1))
                break
    return forms.at_level(surface, first[1]) if first else surface


def _one_spelling(rows: list[Party]) -> list[Party]:
    """One body, one spelling in a document: names that differ only in capitals or in the commas and dashes
    between their words (`Ủy ban nhân dân Tỉnh` / `… tỉnh`, `Trung tâm Xúc tiến đầu tư Thương mại và Du lịch
    tỉnh` / `Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh`) take the spelling the document uses most;
    on a tie the one with its levels and areas in lower case and more capitals elsewhere, as names of bodies
    are written (`Ban Công tác Mặt trận các tổ dân phố`, `Chi cục Hải quan`), then the one that marks its list
    with commas."""
    spellings: dict[str, Counter] = {}
    for row in rows:
        spellings.setdefault(forms.spelling_key(row.party), Counter())[row.party] += 1
    chosen = {k: max(c, key=lambda name: (c[name], *forms.capitals(name), name.count(",")))
              for k, c in spellings.items() if len(c) > 1}
    if not chosen:
        return rows
    return [replace(row, party=chosen[k]) if (k := forms.spelling_key(row.party)) in chosen and chosen[k] != row.party
            else row for row in rows]


def _distributed(text: PartyText, f) -> str:
    """`các sở, ban, ngành và địa phương có liên quan`, `các tổ chức chính trị - xã hội, tổ chức thành viên của
    Mặt trận`: the determiner that opens a list also counts each kind of body listed after it without its own
    (`Các địa phương có liên quan`); '' when it does not apply."""
    if f.start <= f.list_start:
        return ""
    determiner = DETERMINER.match(text.low, f.list_start)
    kind = names.phrase_at(text.low, f.start, "collective")
    if not determiner or not kind or names.vocabulary().head_kind.get(text.low[f.start:kind]) == "staff" or \
            DETERMINER.match(text.low, f.start) or not text.text[f.start].islower() or \
            _is_category(key(text.text[f.start:f.end])):
        return ""  # (people are listed by their category: `các bộ phận …, viên chức, người lao động`; a kind
        # of body the law names is written as the law does: `cơ quan thuộc Chính phủ`)
    return determiner.group(0) + text.text[f.start:f.end]



# Between a post's body and the next body of its kind: a comma or `và` (a bracketed note may stand before it).
_NEXT_BODY = re.compile(r"\s*(?:\([^()\n]{1,80}\))?\s*(?:,\s*(?:và\s+)?|\s+và\s+)")


def _post_held_over(text: PartyText, previous: Found, named: str, f: Found, surface: str) -> str:
    """`Giám đốc Sở Nội vụ, Sở Tài chính, …`: a post written before the first of a list of bodies of one kind
    holds over each body of that kind listed after it without a post of its own (`Giám đốc Sở Tài chính`);
    `named` is the previous item's name, its post already held over. `surface` unchanged when it does not apply."""
    if previous.list_start != f.list_start or previous.role != f.role or \
            not _NEXT_BODY.fullmatch(text.low, previous.end, f.start):
        return surface
    body = mention_at(surface, surface.lower(), 0)
    post = mention_at(named, named.lower(), 0)
    if not body or body.kind != "org" or not surface[:1].isupper() or not post or post.kind != "title":
        return surface
    kind = surface[:body.end]
    if not named.startswith(kind + " ", post.end + 1):
        return surface  # (`Giám đốc Sở …, Công an tỉnh`: another kind of body, headed by its own post)
    return f"{named[:post.end]} {surface}"


def _head_held_over(text: PartyText, items: list[Found], i: int, surface: str) -> str:
    """`Vụ Pháp luật hình sự - hành chính, Các vấn đề chung về xây dựng pháp luật, Vụ Pháp luật dân sự - kinh tế`: a
    member listed by its field alone among departments of one kind, written with their head before it and again
    before or after it, is a department of that kind (`Vụ Các vấn đề chung …`); one name before it is not enough
    (`Ban Biên tập Báo và Phát thanh, Truyền hình`: one name's fields). `surface` unchanged when it does not apply:
    it opens with a head of its own, an abbreviation (`KBNN cấp tỉnh`) or in lower case (a qualifier)."""
    previous, f = items[i - 1], items[i]
    if previous.list_start != f.list_start or previous.role != f.role or not surface[:1].isupper() or \
            surface.split(" ", 1)[0].isupper() or \
            not _NEXT_BODY.fullmatch(text.low, previous.end, f.start) or text.mention_at(f.start):
        return surface
    head = text.department(previous.start)
    if not head:
        return surface
    others = [items[j] for j in (i - 2, i + 1) if 0 <= j < len(items) and items[j].list_start == f.list_start]
    if not any(text.department(g.start) == head for g in others):
        return surface
    return f"{text.text[previous.start:previous.start + len(head)]} {surface}"


_MOTTO_IN_CAPITALS = re.compile(r"CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s*NAM")


def _caption(surface: str) -> bool:
    """A name in capitals over several words is a header or a form's caption (`CÁN BỘ ĐỀ XUẤT`), not a
    party (`22 GVCN` is an abbreviation with a count); nor is the motto's wrapped line (`CỘNG HÒA XÃ` ⏎ `HỘI CHỦ NGHĨA VIỆT
    NAM` ⏎ `Độc lập …`, an attached plan's header after a decision: `Hội` a head there)."""
    if "NAM" in surface and _MOTTO_IN_CAPITALS.search(surface):
        return True
    if surface != surface.upper():
        return False
    return len([w for w in surface.split() if any(c.isalpha() for c in w)]) >= 2


def _document_names(named, level: str, aliases: dict[str, str]) -> dict[tuple[str, str], str]:
    """Names completed from the document itself:
    - a short name the document defines (`Quỹ Khuyến học tỉnh Bình Thuận (gọi tắt là Quỹ)`) is the full
      name;
    - a body of local government named by its level only (`Ủy ban nhân dân cùng cấp`, `… cấp xã`,
      or bare) takes the level the document speaks from (party_forms.with_level), and a body named with and
      without its level is one;
    - a person addressed by a post alone (`Đồng chí Phó chủ tịch Thường trực`) holds it in the body the
      document names with that post, when that is one body."""
    leveled = {pair: forms.with_level(aliases.get(key(pair[1]), pair[1]), level) for pair in set(named)}
    parties = set(leveled.values())
    if level:
        leveled = {pair: f"{name} {level}" if f"{name} {level}" in parties else name for pair, name in leveled.items()}
    out = {}
    for (surface, party), name in leveled.items():
        if forms.strip_address(surface) != surface.strip() and forms.is_title(name) and not _each_holder(surface):
            low = key(name)
            candidates = {p for p in parties if key(p).startswith(low + " ") and forms.names_body(p[len(low) + 1:])}
            if len(candidates) == 1:
                name = candidates.pop()
        if name != party:
            out[(surface, party)] = name
    return out


def _each_holder(surface: str) -> bool:
    """`Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, … chịu trách nhiệm thi hành …`: a post in the plural names every
    holder of it, not the one body the document names with it (`Bộ trưởng Bộ Quốc phòng`); not `Các đ/c Phó Chủ
    tịch`, an address."""
    low = key(surface)
    return low.startswith(("các ", "những ")) and not low.startswith(names.vocabulary().honorifics)


def _issuer_in_full(text: PartyText, meta: DocumentMeta, level: str, place: str):
    """The issuing body named by its level only (`Ban Thường trực Ủy ban MTTQ Việt Nam xã`) is the issuer
    itself when the document also writes its full name (`… xã Lương Minh`) somewhere: a function that
    completes such names, or None."""
    issuer = key(meta.issuer or "")
    if not (issuer and level and place):
        return None
    if not _written_after(text.low, issuer, f"{level} {place.lower()}", text.body_start):
        return None

    def complete(name: str) -> str:
        low = key(name)
        return f"{name} {place}" if low.startswith(issuer) and low.endswith(" " + level) else name

    return complete


def _to_issuer(f: Found, party: str, speaks_for) -> bool:
    """`… báo cáo kết quả về Sở (qua Phòng …)` in a letter of a Sở: the issuer's head alone, where reports go, is the
    issuer (elsewhere a bare head is a name cut short: `Tiểu ban thông tin, tuyên truyền …`)."""
    return f.role == "report_to" and speaks_for is not None and speaks_for(party) != party


def _issuer_body(meta: DocumentMeta, level: str, place: str):
    """The body a document speaks for, for the names that stand for it alone: a post that heads bodies of several
    kinds written without one (`Đồng chí Chủ tịch chỉ đạo chung`, `Phân công đồng chí Phó Chủ tịch Thường trực …`)
    is that post in the issuer, or in the body above it when the issuer is its standing board (`Ban Thường trực`
    under `Ủy ban MTTQ Việt Nam xã Lương Minh`: `Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã`), when the body
    is of a kind the post heads (models/party_post_bodies.tsv); the issuer's own name alone (`Ban Thường trực`) is
    the issuer under its body; its head alone (`báo cáo kết quả về Sở (qua Phòng …)` in a letter of a Sở) is the
    issuer. Bodies named at their level, without the place (the devset's form). A function completing such names,
    or None."""
    if not meta.issuer or meta.doc_type in names.statute_types():
        return None  # (a statute's posts are those of the bodies it regulates)

    def at_level(body: str) -> str:
        body = normalize(body)
        if place and level and key(body).endswith(f" {level} {key(place)}"):
            return body[:len(body) - len(place)].rstrip()
        return body

    issuer = at_level(meta.issuer)
    issuer_key = key(issuer)
    bodies = [issuer] + ([at_level(meta.issuer_parent)] if meta.issuer_parent else [])
    # (an issuer named by its head alone, `Ban Thường trực`, `Văn phòng`, is a part of the body above it)
    own_name = f"{issuer} {bodies[1]}" if len(bodies) > 1 and names.vocabulary().head_kind.get(issuer_key) == "org" else ""
    posts = forms.post_bodies()
    own_school = _own_school_names(issuer_key)

    def complete(name: str) -> str:
        low = key(name)
        if own_name and low == issuer_key:
            return own_name
        if low in own_school:
            return issuer  # (`Trường THCS tổ chức …` in the plan of `Trường THCS Hòa Bình`)
        if issuer_key.startswith(low + " ") and forms.is_bare_head(name):
            return issuer
        post, _, head = low.rpartition(" ")
        if post and issuer_key.startswith(head + " ") and forms.is_bare_head(head) and \
                names.vocabulary().head_kind.get(post) in ("title", "staff") and low not in names.vocabulary().head_kind:
            # (not a post named with the head, `Trưởng phòng`)
            return f"{name[:len(name) - len(head)].rstrip()} {issuer}"  # `chuyên viên Sở` in a Sở's letter: its staff
        heads = posts.get(low)
        body = next((b for b in bodies if heads and key(b).startswith(heads)), None)
        return f"{name} {body}" if body else name

    return complete


@lru_cache(maxsize=1)
def _school_levels() -> tuple[tuple[str, ...], ...]:
    """Each school level's spellings as keys, the longest full name first (models/school_levels.tsv)."""
    rows = sorted(school_levels(), key=lambda r: -len(r[0]))
    return tuple(tuple(key(w) for w in row) for row in rows)


def _own_school_names(issuer_key: str) -> frozenset[str]:
    """The names a school calls itself by in its own documents, its head and level only (`trường thcs`,
    `trường trung học cơ sở` for `Trường THCS Hòa Bình`); empty when the issuer is no school (keys)."""
    level = _school_level(issuer_key)
    return frozenset(f"trường {w}" for w in level[1]) if level else frozenset()


def _school_level(issuer_key: str) -> tuple[str, tuple[str, ...]] | None:
    """(the school's name after its level, its level's spellings) when the issuer is a school (keys), else None."""
    rest = issuer_key[len("trường "):] if issuer_key.startswith("trường ") else ""
    for spellings in _school_levels() if rest else ():
        for written in spellings:
            if rest.startswith(written + " "):
                return rest[len(written):], spellings
    return None


def _school_spellings(issuer_key: str) -> frozenset[str]:
    """The issuing school's full name with each spelling of its level (`trường mn tuổi thơ`, `trường mầm non tuổi
    thơ`); empty when the issuer is no school (keys)."""
    level = _school_level(issuer_key)
    return frozenset(f"trường {w}{level[0]}" for w in level[1]) if level else frozenset()


def _written_after(low: str, first: str, then: str, start: int) -> bool:
    """Whether `then` follows `first` as a whole word within 60 characters on its line and in its sentence, from
    `start`: `re.search(re.escape(first) + r"[^\\n.;]{0,60}?\\b" + re.escape(then) + r"\\b", …)` without a
    pattern compiled per document."""
    at = low.find(first, start)
    while at >= 0:
        gap = at + len(first)
        stop = _SENTENCE_STOP.search(low, gap, gap + 60)
        last = stop.start() if stop else min(gap + 60, len(low))  # where `then` may start at the latest
        found = low.find(then, gap, last + len(then))
        while found >= 0:
            if _is_word(low, found - 1) != _is_word(then, 0) and \
                    _is_word(then, len(then) - 1) != _is_word(low, found + len(then)):
                return True
            found = low.find(then, found + 1, last + len(then))
        at = low.find(first, at + 1)
    return False


def _is_word(text: str, i: int) -> bool:
    """Whether `text[i]` is a character of a word (as the engine's `\\b` reads it); False off either end."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _document_level(text: str) -> tuple[str, str]:
    """The level of government the document speaks from and its place: the lowest named in its header
    (`UBND TỈNH LÂM ĐỒNG / SỞ NỘI VỤ` → tỉnh, Lâm Đồng; `ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH` → xã); else
    the body a copy's stamp names (`SAO Y / Ủy ban nhân dân thành phố Đà Nẵng` over a scan whose header
    OCR damaged)."""
    head = text[:800]
    number = head.find("Số:")
    _, header_level, stamp_level = _level_patterns()
    found = list(header_level.finditer(head, 0, number if number > 0 else len(head)))
    if found:
        return found[-1].group(1).lower(), found[-1].group(2).title()
    stamp = stamp_level.search(head)
    return (stamp.group(1), stamp.group(2).strip()) if stamp else ("", "")


normalize_party = normalize  # the name normalization alone (bench/parties.py runs it on NER output)
