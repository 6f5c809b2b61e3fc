"""How the citing text uses each mention: legal basis (`Căn cứ`), carried out (`Thực hiện`,
`triển khai`), or other; a mention nested in another's description is `other`."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

import regex

from ..lexicon import load
from ..point_marks import NUMBER_CLOSE
from .announced import listed_under_cue
from .fields import Sentences, before_provisions, body_ending
from .subjects import before_new_clause, opening_cues
from .mention import Mention

# The patterns that end a stretch of text (`…$`) are read backwards and matched from its end
# (`(?r)`, `.match`): a forward search tries every position of the stretch; the final `\s*` takes a
# newline before the end, so ending there or before it is the same.
# (`… các Luật số 43/2024/QH15, số 47/2024/QH15 …`: the next number of a list, its type word not repeated)
_COORDINATED = regex.compile(r"(?r)(?:[,;]|\svà|\shoặc|\scùng)\s*(?:các\s+|số\s*)?$")
_FRESH_CLAUSE = regex.compile(r"^[”\"’)]*\s*(?:và|,|;|đồng thời|gắn|hoặc|cùng)(?![\p{L}])")
_ENDS_LIST = regex.compile(r"(?:[,;]|\svà|\shoặc)\s*(?:các\s+)?$")
# `Căn cứ` as a scan's OCR may leave it (`Cn cU`, devset fresh_13 L73; `Can cu` without its marks); not the noun
# of a heading, `1. Căn cứ pháp lý liên quan` (devset fresh_27 L18), over the facts that follow it; but a label that
# lists the bases after its colon, `4. Căn cứ pháp lý: Luật Khiếu nại, Luật Tố cáo …`.
# (after a bullet as typed or as a web editor or Word draws it: `-`, `+`, `*`, `–`, `—`, `•`, `·`, `◦`, `▪`, `►`)
_BULLETS = "-+*–—•·◦▪►"
_CAN_CU = regex.compile(r"[\s" + regex.escape(_BULLETS) + r"]*c[ăaâ]?n\s+c[ứưu]\b(?!\s+pháp\s+lý(?!\s*:))", regex.I)
# A run of spaces as `regex`'s `\s+` reads it (Unicode White_Space), in the standard `re`, a third
# cheaper on these short windows: `re`'s `\s` also holds the separators U+001C–U+001F, left out here.
_SPACES_RE = re.compile(r"[^\S\x1c-\x1f]+")
_DIRECTIVE_DETERMINERS = regex.compile(r"^(?:(?:đúng|nghiêm túc|nghiêm)\s+)?(?:(?:như|theo)\s+)?(?:(?:các|những)\s+)?")
# `… thực hiện theo (đúng) (các quy định tại) …` right before a document (its provisions taken off): the
# citing text carries out what the document lays down (devset NOTES: `thực hiện theo` is `thuc_hien`).
_FOLLOWS = regex.compile(r"(?r)(?P<verb>thực hiện|triển khai|thi hành)(?:\s+(?:đúng|nghiêm))?\s+theo(?:\s+đúng)?"
                         r"(?:\s+(?:các\s+)?(?:quy định|hướng dẫn)(?:\s+(?:tại|của))?)?\s*$")
_VERB_BEFORE_THEO = regex.compile(r"(?r)(?P<verb>thực hiện|triển khai|thi hành)(?:\s+(?:đúng|nghiêm))?\s*$")
# `Ngày nghỉ lễ, tết: Thực hiện theo …`, `… thì thực hiện theo …`: the rule that applies to a topic or a
# case the text names, which the wild keys call `other` (gold-wild NOTES-A, src_congbot_11 l.27).
_RULE_FOR_A_CASE = regex.compile(r"(?r):\s*(?:(?:được|tiếp tục)\s+)?$")
# `… thì (các thông số khác) thực hiện theo …`: `thì` this many words before the verb opens the rule's clause.
_CASE_WORDS = 12
# `Thực hiện và căn cứ …`, `Triển khai, căn cứ …`: a sentence opened by two cues, the verb first.
_CARRIED_OUT_AND_CAN_CU = regex.compile(r"[\s" + regex.escape(_BULLETS) + r"]*(?P<verb>thực hiện|triển khai)\s*(?:và|,)\s*căn\s+cứ\b", regex.I)
_TITLE_WORD_BEFORE = regex.compile(r"(?:(?<![\p{L}])\p{Lu}{2,}|[;\d])[ \t]+$")
# `Căn cứ (vào) (các) …`: the words before the type word of a list of bases.
_PLURAL_HEAD = regex.compile(r"^\s*(?:vào\s+)?(?:các\s+)?")
# The mark of a numbered item (`1. Căn cứ vào …`, `a) …`) before the clause it opens.
_LIST_MARK = regex.compile(r"^(?:\d{1,2}|[a-zđ]|[IVX]+)" + NUMBER_CLOSE + r"\s*")
# `Căn cứ` governs a document written within this many words after it (`Căn cứ quy định tại khoản 3
# Điều 5 của Nghị định …`); further on, its object is something else the document only specifies.
_CAN_CU_OBJECT_WORDS = 10
_QUOTED = regex.compile(r"[“\"][^“”\"\n]*[”\"]")
# `… (đã được sửa đổi, bổ sung bởi Luật …)`: the law that amended or replaced a basis is one too.
_AMENDED_BY = regex.compile(r"(?ri)(?:sửa\s+đổi,?\s+bổ\s+sung|thay\s+thế)(?:\s+một\s+số\s+điều)?\s+(?:tại|bởi|theo|bằng)(?:\s+các)?\s*$")


def assign_relations(folded: str, mentions: list[Mention], sentences: Sentences) -> None:
    cues = load().cues
    window = cues["relation_window_words"]
    order = [(phrase, rel) for rel, phrases in cues["relation"].items() for phrase in phrases]
    order.sort(key=lambda p: len(p[0]), reverse=True)
    connectors = tuple(cues["list_connectors"])
    nominal = cues["thuc_hien_nominal"]
    verbs = tuple(" " + phrase for phrase in cues["relation"]["thuc_hien"])
    qualifiers = tuple(" " + q for q in cues["thuc_hien_negators"] + cues["thuc_hien_circumstances"])
    reach = reaches(mentions)
    previous: Mention | None = None
    outer: Mention | None = None  # the last mention not nested in another's description
    list_relation, list_cue = "other", ""
    amending: list[Mention] = []
    for index, mention in enumerate(mentions):
        if any(a.start < mention.start < a.end for a in amending):
            mention.nested, mention.relation = True, "other"  # a law that an amending law lists
            continue
        if mention.amending:
            amending.append(mention)
        sent_start, _ = sentences.bounds(mention.start)
        # `… TRONG LĨNH VỰC KẾ HOẠCH VÀ ĐẦU TƯ Căn cứ Luật …` (a page crawled as one line, the title in capitals and the
        # preamble run together): `Căn cứ` right after the title, a `;` or the date that ended the basis before opens
        # a basis, as at a line's start (not after a colon, `… thường xuyên: Căn cứ Nghị định …`, an item of the body)
        capital = folded.rfind("Căn cứ", sent_start + 1, mention.start)
        # (or a `;` typed against it: `… năm học 2016 -2017;Căn cứ Công văn số …`)
        if capital > sent_start and (folded[capital - 1] == ";" or (folded[capital - 1] in " \t" and
                                     _TITLE_WORD_BEFORE.search(folded, max(0, capital - 12), capital))):
            sent_start = capital
        sent_start = _new_clause_line(folded, sent_start, mention.start)
        if previous is not None and previous.end <= sent_start:
            previous = None
        between = folded[previous.end:mention.start] if previous else ""
        coordinated = bool(previous) and _COORDINATED.match(between) is not None
        # A subject ends at `gắn với`: what follows is the citing text again.
        subject_closed = bool(previous) and any(s in between for s in cues["subject_stops"])
        # After the previous mention's own description (date, issuer, subject) ends, a coordinator
        # starts a new clause; anything else (`… ban hành quy định chi tiết … của`, `… thực hiện`)
        # still describes the previous document, so this mention is nested in it.
        after_tail = folded[max(previous.tail_end, previous.end):mention.start].strip() if previous else ""
        fresh_clause = bool(_FRESH_CLAUSE.match(after_tail)) or bool(_AMENDED_BY.match(after_tail)) \
            or (previous is not None and _next_item_unmarked(folded, previous, mention, after_tail)) \
            or (previous is not None and "\n" in after_tail and _cue_opens_line(folded, previous.end, mention.start))
        # `… về sửa đổi … của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, Luật Thanh niên`: a list
        # of the same kind of document inside a description stays inside it.
        listed_inside = bool(previous) and previous.nested and coordinated and ";" not in between \
            and previous.doc_type == mention.doc_type
        # (the main clause looked for last, where it decides: it is the costly test)
        if previous and (listed_inside or (not coordinated and not subject_closed and ";" not in between
                                           and not fresh_clause and not _main_clause_between(after_tail))):
            mention.nested = True
            mention.relation = "other"
            previous = mention if not previous.nested else previous
            continue
        # The words before the mention, with earlier mentions and their descriptions blanked out
        # (`theo … Luật Thực hiện dân chủ … và Thông tư …` must not read `thực hiện` from a name).
        left = _words_before(folded, max(sent_start, mention.start - 200), mentions, index, reach)
        can_cu = _opens_can_cu(folded, sent_start, mention.start)
        opens_can_cu = bool(can_cu)
        cue = ""
        # (after a document named inside the previous basis's description, `Căn cứ Nghị định … hướng dẫn … Luật Thi đua,
        # khen thưởng và Thông tư số …`, the one coordinated with it is read against that basis)
        basis = outer if previous is not None and previous.nested and outer is not None else previous
        if can_cu and _object_of_can_cu(folded, can_cu.end(), sent_start, mention, basis, coordinated,
                                        after_tail, order, mentions, index, reach):
            relation, cue = "can_cu", "căn cứ"
        else:
            recent = " ".join(left.split(" ")[-window:])
            relation, cue, best = _nearest_cue(recent, order)
            if relation in ("", "other") and _ocr_hint(left):  # a scan's damaged cue, maybe after the one read
                left = _repair_ocr_cues(left)
                recent = " ".join(left.split(" ")[-window:])
                relation, cue, best = _nearest_cue(recent, order)
            if cue in ("kèm theo", "theo") or _ISSUED_AFTER_COMMA.search(left, max(0, len(left) - 20)):
                relation, cue = _carried_out_with_attached(left, order) or (relation, cue)
            if cue == "tại":
                relation, cue = _carried_out_at(left, order, cues["thuc_hien_directives"], nominal,
                                                (folded, sent_start)) or (relation, cue)
            if relation == "thuc_hien" and _nominal(recent[:best - len(cue)], nominal):
                relation = "other"  # `kinh phí thực hiện Pháp lệnh …`: the text funds or checks it
            if relation != "thuc_hien" and cue in ("theo", "tại") and mention.number_symbol:
                relation, cue = _follows(left, nominal, (folded, sent_start)) or (relation, cue)
            # `left` has single spaces: a match of `_ENDS_LIST` is its last 10 characters at most.
            ends_list = bool(_ENDS_LIST.search(left, max(0, len(left) - 12))) or left.rstrip().endswith(connectors)
            inherited = coordinated and not _cue_in(after_tail.lower(), order)
            if inherited:
                relation, cue = list_relation, list_cue
            elif not relation:
                relation, cue = _scan_left(left, order) if ends_list else ("other", "")
            if relation == "can_cu" and not opens_can_cu and not _clause_opens_can_cu(folded, sent_start, mention.start) \
                    and (listed_under_cue(folded, mention.start, order) or ("",))[0] != "can_cu":
                # (`Thực hiện và căn cứ Kế hoạch số …`: two cues, the sentence opened by the first; not an item of
                # a list `Căn cứ:` announces, `…;` ⏎ `Luật Trẻ em năm 2016;`, its sentence going on past the `;`)
                doubled = _CARRIED_OUT_AND_CAN_CU.match(folded, sent_start, mention.start)
                relation, cue = ("thuc_hien", doubled.group("verb").lower()) if doubled else ("other", cue)
            if relation == "thuc_hien" and not inherited and _not_carried_out(left, cue, qualifiers, verbs):
                relation = "other"
            if previous is not None and _AMENDED_BY.match(after_tail):
                # `Thực hiện quy định tại … Luật X số … đã được sửa đổi, bổ sung theo Luật số …`: the
                # amending law is carried out with the law it amends, as a basis is (`_object_of_can_cu`).
                relation, cue = previous.relation, previous.cue
            if relation == "other" and (not cue or cue == "kèm theo") and (previous is None or "\n" in between):
                # `Căn cứ các văn bản sau:` ⏎ `- Nghị định số …;` ⏎ `- Thông tư số …`: an item of a list the cue announces
                relation, cue = listed_under_cue(folded, mention.start, order) or (relation, cue)
        mention.relation = relation
        mention.cue = cue
        if not coordinated or previous is None:
            list_relation, list_cue = relation, cue
        previous = outer = mention


# `… ban hành kèm theo`, `… ban hành theo` ending the words before a document: the rules it issued are named just before.
_ISSUED_WITH = regex.compile(r"\s(?:được\s+)?ban\s+hành\s+(?:kèm\s+)?theo\s*$|,\s*ban\s+hành\s*$")
# (or after a comma without `theo`: `Căn cứ Kế hoạch hành động … giai đoạn 2011 – 2020, ban hành Quyết định số …`)
_ISSUED_AFTER_COMMA = regex.compile(r",\s*ban\s+hành\s*$")
# The articles of the rules a basis points to, written before their name: `Căn cứ vào khoản b, điểm 3, điều 17, Điều lệ
# trường tiểu học, ban hành kèm theo …`.
_ARTICLES_BEFORE = regex.compile(r"(?:\s*(?:khoản|điểm|điều|mục|chương|phần)\s+[\p{L}\d.]{1,6},?)+\s*$")


def _carried_out_with_attached(left: str, order) -> tuple[str, str] | None:
    """`Thực hiện đúng Điều lệ trường trung học ban hành kèm theo Thông tư số …`, `Căn cứ Điều lệ Hội thi … ban hành
    theo Quyết định số …`: the rules the cited document issued (cues.json `attached_regulations`), object of a
    `thực hiện` or `căn cứ` cue a few words before, are carried out or based on with it; the document takes that cue,
    not `kèm theo`'s or `theo`'s `other` (the rules are no document of their own)."""
    issued = _ISSUED_WITH.search(left, max(0, len(left) - 40))
    if issued is None:
        return None
    head = left[max(0, issued.start() - 160):issued.start()]
    at = max((head.rfind(" " + r + " ") for r in load().cues["attached_regulations"]), default=-1)
    if at < 0 or any(ch in head[at:] for ch in ";:"):
        return None
    before = _ARTICLES_BEFORE.sub("", head[:at + 1].rstrip(" ,"))
    before = " ".join(before.split(" ")[-5:])  # (`thực hiện đúng`, `triển khai thực hiện theo`)
    return next(((rel, phrase) for phrase, rel in order if rel in ("thuc_hien", "can_cu") and phrase in before), None)


def _new_clause_line(folded: str, sent_start: int, start: int) -> int:
    """Where the clause of a mention starts when a line after a `;` opens a new one in the same sentence:
    `Căn cứ Quyết định số …;` ⏎ `Trên cơ sở Kế hoạch số …; Công văn số …` — the second line is not a basis
    (its own cue, or none, governs every item of it). A line that opens with a type word (`Luật …;` ⏎ `Nghị
    định số …`) or a list mark goes on with the list before it; a line wrapped mid-clause follows no `;`."""
    line = folded.rfind("\n", sent_start, start)
    while line > sent_start:
        before = folded[max(sent_start, line - 3):line].rstrip(" \t")
        if before.endswith(";"):
            head = folded[line + 1:min(start, line + 40)].lstrip(" \t")
            if head[:1].isupper() and not _CAN_CU.match(head) \
                    and not head.lower().startswith(tuple(load().type_by_word)):
                return line + 1
            return sent_start
        line = folded.rfind("\n", sent_start, line)
    return sent_start


# `thực hiện` and `triển khai` as a scan's OCR leaves them (`thrc hin`, `Tlurc hin`, `thixc hiên`, `trin khai`,
# devset fresh_13 L8, L31, L142–145): the marks lost or read as other letters, the consonants kept. Tried only
# where no cue or an `other` one is read and such a damaged syllable is written (`_OCR_HINTS`: clean text has
# `hiện`, `triển`).
_OCR_CUE = regex.compile(r"(?<![\p{L}])(?:(?P<thuc>t(?:h|lu?)\p{L}{0,3}c\s+hi\p{L}{0,2}n)|tri\p{L}{0,2}n\s+khai)(?![\p{L}])")
# (two patterns of the standard `re`, each with a literal prefix it scans for: four times cheaper than one alternation)
_OCR_HINTS = (re.compile(r" hi(?:n\b|ên|çn)"), re.compile(r"tri(?:n |én|ên)"))


def _ocr_hint(left: str) -> bool:
    return _OCR_HINTS[0].search(left) is not None or _OCR_HINTS[1].search(left) is not None


def _repair_ocr_cues(left: str) -> str:
    return _OCR_CUE.sub(lambda m: "thực hiện" if m.group("thuc") else "triển khai", left)


def _nearest_cue(recent: str, order) -> tuple[str, str, int]:
    """The cue that ends last in `recent` (the longest of those ending there): (relation, cue, its end), or ("", "", -1)."""
    relation, cue, best = "", "", -1
    for phrase, rel in order:
        pos = recent.rfind(phrase)
        if pos >= 0 and pos + len(phrase) > best:
            best, relation, cue = pos + len(phrase), rel, phrase
    return relation, cue, best


def reaches(mentions: list[Mention]) -> list[int]:
    """How far each mention, or one before it, reaches with its description: the running maximum."""
    return list(accumulate((max(m.tail_end, m.end) for m in mentions), max))


def _words_before(folded: str, lo: int, mentions: list[Mention], index: int, reach: list[int]) -> str:
    """The text from `lo` to mention `index`, lower case, with the earlier mentions and their
    descriptions blanked out and every run of spaces made one. `reach` is `reaches(mentions)`."""
    end = mentions[index].start
    low = folded[lo:end].lower()
    blanks = []
    for j in range(index - 1, -1, -1):
        if reach[j] <= lo:
            break  # neither this mention nor one before it reaches the window
        other = mentions[j]
        if other.start < lo - 2000:  # descriptions are shorter than this
            break
        a, b = max(other.start, lo), min(max(other.tail_end, other.end), end)
        if a < b:
            blanks.append((a - lo, b - lo))
    # The pieces between the blanked spans, a space for each span (runs of spaces become one below).
    pieces, at = [], 0
    for a, b in sorted(blanks):
        if a > at:
            pieces.append(low[at:a])
        pieces.append(" ")
        at = max(at, b)
    pieces.append(low[at:])
    return _SPACES_RE.sub(" ", "".join(pieces))


def _opens_can_cu(folded: str, start: int, end: int):
    """`Căn cứ` opening folded[start:end] (`_CAN_CU`), tried only where the first character after
    the spaces and list marks is a `c`: matched at a position, the engine first looks for the words
    through the whole stretch."""
    at = start
    while at < end and (folded[at].isspace() or folded[at] in _BULLETS):
        at += 1
    return _CAN_CU.match(folded, start, end) if folded[at:at + 1] in ("c", "C") else None


def _clause_opens_can_cu(folded: str, sent_start: int, start: int) -> bool:
    """Whether the clause after the sentence's last `;` before `start` opens with `căn cứ`: a basis of its own
    (`Thực hiện Kế hoạch số …; căn cứ Thông tư số …, Phòng GD&ĐT hướng dẫn …`), or one after a comma with its capital."""
    semicolon = folded.rfind(";", sent_start, start)
    if semicolon >= 0 and _opens_can_cu(folded, semicolon + 1, start) is not None:
        return True
    # (or after a comma, the cue written with its capital: `Thực hiện Công văn số … của Ban Thường vụ Huyện ủy, Căn cứ
    # hướng dẫn số 01-HD/BTCHU …`, a list's next item typed with a comma)
    comma = folded.rfind(", Căn cứ", max(sent_start, semicolon), start)
    return comma >= 0 and _opens_can_cu(folded, comma + 1, start) is not None


def _object_of_can_cu(folded: str, cue_end: int, sent_start: int, mention: Mention, previous: Mention | None,
                      coordinated: bool, after_tail: str, order, mentions: list[Mention], index: int,
                      reach: list[int]) -> bool:
    """Whether a mention in a sentence opened by `Căn cứ` is its object, a legal basis:
    - the first mention, when it follows closely (`Căn cứ các nội dung có liên quan tại Thông báo …`,
      not `Căn cứ vào cơ cấu, thành phần … được quy định tại … của Luật …`);
    - a later one that starts a clause of the list (`…; Luật Mặt trận Tổ quốc Việt Nam số …`), not a
      new sentence (`…; Sau khi thống nhất ý kiến với … (Văn bản số …)`);
    - within the opening clause, one coordinated with the previous basis and not governed by another
      cue, or the law that amended or replaced it (`… đã được sửa đổi, bổ sung bởi Luật số …`)."""
    start = mention.start
    if previous is None:
        between = folded[cue_end:start]
        if len(between.split()) <= _CAN_CU_OBJECT_WORDS:
            return True
        # (the type's word, then the trích yếu in quotes before the number: `Căn cứ Thông tư liên tịch "Hướng dẫn về
        # kinh phí …" số 40/2006/TTLT`)
        unquoted = _QUOTED.sub("", between)
        if unquoted != between and len(unquoted.split()) <= _CAN_CU_OBJECT_WORDS and \
                _PLURAL_HEAD.sub("", unquoted.lower()).startswith(tuple(load().type_by_word)):
            return True
        # `Căn cứ các Quyết định của Bộ trưởng Bộ …: Số 1025/QĐ-LĐTBXH …; số 547/…`: the type word of a list
        # written first, its numbers after the body that issued them
        kind = _PLURAL_HEAD.sub("", between.lower())
        return kind.startswith(tuple(load().type_by_word)) and ":" in between
    clause_start = max(sent_start, folded.rfind(";", sent_start, start) + 1, folded.rfind("\n", sent_start, start) + 1)
    head = _LIST_MARK.sub("", folded[clause_start:start].strip(" \t-+*•"))
    lowered = head.lower()
    if not _CAN_CU.match(head) and not any(lowered.startswith(w) for w in load().type_by_word):
        # (a clause in lower case goes on with a list of bases, not with `…; nội quy … (sau đây viết tắt là Nghị quyết …)`
        # after documents that are none, devset fresh_44 L251)
        return not head or not head[:1].isupper() and previous.relation == "can_cu" \
            and not any(lowered.startswith(p) for p, _ in order)
    # In the opening clause, or in a later one that opens with a document of the list.
    if _AMENDED_BY.match(after_tail):
        return True
    if previous.relation == "can_cu" and lowered.startswith(tuple(load().cues["attached_regulations"])) and \
            _ISSUED_WITH.search(" " + lowered):
        # (`Căn cứ Điều lệ trường … ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT …; Quy chế thực hiện công khai …
        # ban hành kèm theo Thông tư số 36/2017/TT-BGDĐT …`: the next basis is rules, named before the document that
        # issued them)
        return True
    # (coordinated with a basis: `Căn cứ vào kết quả … theo quy định tại Điều 35 của Luật … và Nghị quyết số …` lists
    # no basis, devset fresh_44 L251)
    # (a cue inside a document named in the basis's description is none: `Căn cứ Nghị định … hướng dẫn … Luật sửa đổi,
    # bổ sung một số điều của Luật Thi đua, khen thưởng và Thông tư số …`)
    return coordinated and previous.relation == "can_cu" and \
        not _cue_in(_words_before(folded, max(previous.tail_end, previous.end), mentions, index, reach), order)


def _nominal(before_cue: str, nominal) -> bool:
    """`dự toán ngân sách trung ương thực hiện …`, `kiểm tra việc triển khai, thực hiện …`: a noun of
    funding or review right before `thực hiện` (within 30 characters) makes it a noun phrase, not the
    citing text carrying the document out."""
    words = before_cue[-30:]
    return any(n in words for n in nominal)


def _carried_out_at(left: str, order, directives, nominal, opening: tuple[str, int]) -> tuple[str, str] | None:
    """`Thực hiện (ý kiến) chỉ đạo của UBND tỉnh tại Công văn số …`, `Thực hiện quy định tại Điều 22 Luật …`:
    `tại` only says where the directive or rule carried out is written, so the verb gives the relation
    when its object is such a directive (models/cues.json `thuc_hien_directives`), possibly of a body. Not
    `thực hiện các chính sách quy định tại …` (what the document stipulates) nor `sửa đổi … tại …`."""
    clause = left[:left.rfind("tại")]
    relation, cue = _scan_left(clause, order)
    theo = cue == "theo"
    if theo:  # `Thực hiện theo chỉ đạo của Sở … tại …`
        verb = _VERB_BEFORE_THEO.match(clause, 0, clause.rfind("theo"))
        if verb is None or _rule_for_a_case(clause[:verb.start()], nominal, opening):
            return None
        relation, cue = "thuc_hien", verb.group("verb")
    if relation != "thuc_hien":
        return None
    obj = clause[clause.rfind(cue) + len(cue):].strip()
    obj = _DIRECTIVE_DETERMINERS.sub("", obj)
    # `thực hiện các nội dung, nhiệm vụ quy định tại Quyết định …`: a list of directives the document lays down
    listed = _LAID_DOWN.sub("", obj)
    if listed != obj and all(item in directives for item in _DIRECTIVE_LIST.split(listed)):
        return relation, cue
    directive = next((d for d in directives if obj == d or obj.startswith(d + " của ")), None)
    # (the one who gave it may be named in full: `ý kiến chỉ đạo của đồng chí Nguyễn Văn Tuấn, Phó Chủ tịch UBND tỉnh`)
    if directive is None or len(obj.split()) > 14 + _DIRECTOR_WORDS * (obj != directive) or theo and obj == "quy định":
        return None  # (`thực hiện theo quy định tại …` is `_follows`'s)
    return relation, cue


_DIRECTOR_WORDS = 8  # more words allowed after `của` for the one who directs
# `… nội dung, nhiệm vụ (được) quy định` before `tại`: directives, and that the document lays them down
_LAID_DOWN = re.compile(r"\s+(?:được\s+)?quy\s+định$")
_DIRECTIVE_LIST = re.compile(r"\s*,\s*|\s+và\s+")


def _follows(left: str, nominal, opening: tuple[str, int]) -> tuple[str, str] | None:
    """`Việc thanh toán … thực hiện theo quy định tại khoản 16 Điều 6 Thông tư số …`, `Trình tự tổ chức thực hiện theo
    Điều 2, 3, 4 Nghị quyết số …`: (`thuc_hien`, verb), but not for the rule of a topic or a case (`_rule_for_a_case`)."""
    if "theo" not in left:
        return None  # (looked for only where the word is written)
    words = before_provisions(left)
    m = _FOLLOWS.match(words)
    if m is None or _rule_for_a_case(words[:m.start()], nominal, opening):
        return None
    return "thuc_hien", m.group("verb")


def _rule_for_a_case(before: str, nominal, opening: tuple[str, int]) -> bool:
    """Whether `thực hiện theo …` after `before` states the rule that applies to a topic or a case (`Ngày nghỉ lễ,
    tết: Thực hiện theo …`, `Trường hợp … thì thực hiện theo …`) or qualifies a noun (`kinh phí thực hiện theo …`):
    the wild keys call it `other` (gold-wild NOTES-A, src_congbot_11 l.27; src_tvplcrawl_21 l.18). `opening`: the
    folded text and where the sentence starts — when `before` is empty the verb opens it, after a colon or not."""
    if not before.strip():
        folded, sent_start = opening
        return folded[max(0, sent_start - 8):sent_start].rstrip().endswith(":")
    if _RULE_FOR_A_CASE.match(before) or before.rstrip().endswith(tuple(nominal)):
        return True
    return "thì" in before.split()[-_CASE_WORDS:]


# Words that may stand between a negation or a preposition and the verb it governs (`không được thực hiện`,
# `trong quá trình triển khai thực hiện`).
_BETWEEN_QUALIFIER_AND_VERB = regex.compile(r"(?r)(?:\s+(?:được|việc|quá trình|tổ chức|đúng))*\s*$")


def _not_carried_out(left: str, cue: str, qualifiers: tuple[str, ...], verbs: tuple[str, ...]) -> bool:
    """`Đối với các cơ sở không thực hiện đúng Chỉ thị số …`, `chưa triển khai Kế hoạch số …`, `… lưu ý trong
    triển khai thực hiện quy định tại Điều 22 Luật …`, `khi thực hiện QĐ 20`: a negated verb, or one after `khi` /
    `trong`, says who fails to carry the document out or when something happens, not that the citing text
    carries it out (models/cues.json `thuc_hien_negators`, `thuc_hien_circumstances`)."""
    at = left.rfind(cue)
    if at < 0:
        return False
    before = left[:at]
    while True:  # `triển khai thực hiện`, `không được thực hiện`: back to the word that qualifies the verbs
        before = before[:_BETWEEN_QUALIFIER_AND_VERB.match(before).start()]
        verb = next((v for v in verbs if (" " + before).endswith(v)), None)
        if verb is None:
            break
        before = before[:len(before) - len(verb) + 1]
    return (" " + before).endswith(qualifiers)


def _next_item_unmarked(folded: str, previous: Mention, mention: Mention, after_tail: str) -> bool:
    """The next item of a list typed without its `;`: `… về công tác dân vận năm 2024 Thực hiện Công văn số …` (a
    relation's verb with its capital opens it), `… về nhiệm vụ năm học 2024-2025 Công văn số …` (a type word with
    its capital right after a description that ends in a year or a number, no verb or preposition between)."""
    if after_tail:
        first = after_tail.split(None, 2)
        opening = " ".join(first[:2])
        return after_tail[:1].isupper() and any(
            opening.startswith(c) for c in opening_cues())
    before = folded[max(previous.end, mention.start - 12):mention.start].rstrip()
    return previous.end < previous.tail_end <= mention.start and before[-1:].isdigit() and folded[mention.start:mention.start + 1].isupper()


@lru_cache(maxsize=1)
def _line_opening_cue() -> regex.Pattern:
    words = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in opening_cues())
    return regex.compile(r"[ \t]*(?:[-+•*|]|\d{1,2}[.)]?)?[ \t]*(?:" + words + r")(?![\p{L}])[^\n]*$")


def _cue_opens_line(folded: str, lo: int, start: int) -> bool:
    """A mention on a line that a relation's verb opens (`1 ⏎ Thực hiện Công văn số …`, a table's next row, the cells
    before it on their own lines): a new item, not part of the description of a mention lines before."""
    line = folded.rfind("\n", lo, start)
    return line >= 0 and _line_opening_cue().match(folded, line + 1, start) is not None


def _main_clause_between(after_tail: str) -> bool:
    """`… Luật hải quan có hiệu lực thi hành, Bộ Tài chính yêu cầu các đơn vị thực hiện … Luật hải quan năm 2014`: the
    citing sentence's main clause (a body and its verb after a comma) stands between two mentions, so the second is
    no part of the first one's description."""
    if ", " not in after_tail:
        return False
    before = before_new_clause(after_tail)
    # (not `… giữa Bộ Tài chính, Bộ Công Thương và Bộ Giao thông vận tải hướng dẫn …`: a list of bodies, one of them before the comma)
    return before != after_tail and not body_ending(before)


def _cue_in(text: str, order) -> bool:
    return any(phrase in text for phrase, _ in order)


def _scan_left(left: str, order) -> tuple[str, str]:
    """The nearest relation cue anywhere to the left in the sentence: (relation, cue word)."""
    best, found = -1, ("other", "")
    for phrase, rel in order:
        pos = left.rfind(phrase)
        if pos > best:
            best, found = pos, (rel, phrase)
    return found


def warm() -> None:
    """Build the patterns made from the lexicon (see `citations.prepare`)."""
    _line_opening_cue()
