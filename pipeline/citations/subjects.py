"""The subject of a cited document: the `về …` part after its mention (`… của Chính phủ về tổ chức, hoạt động
và quản lý hội`), where it ends (a stop word, a new clause of the citing sentence, a closing bracket or quotation,
the authority line under a title in capitals), and a trích yếu written without `về`. Read by `fields.describe`."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..lexicon import (expand_abbreviations, folded_titles, is_bare_org_head, load, org_name_prefix, starts_with_org,
                       without_title)
from ..nlp_models import phrase_tags
from ..pattern_cache import longest_first
from ..textfold import cap_first, rx, squash, strip_markup
from .trich_yeu import only_a_head as _only_a_head, opens_trich_yeu


def ends_in(phrase: str, *endings: str) -> bool:
    """Whether a phrase ends in a space or one of `endings`: a pattern that takes such endings off
    (`(?:\\s+và|[\\s,])+$`, tried at every position of the phrase) can only match then."""
    return phrase[-1:].isspace() or phrase.endswith(endings)


@lru_cache(maxsize=1)
def opening_cues() -> tuple[str, ...]:
    """The cues of `can_cu` and `thuc_hien` as they open a sentence or a list's item, with their capital (`Căn cứ`,
    `Thực hiện`, `Triển khai`): written so inside a subject, they open the next item (models/cues.json `relation`)."""
    cues = load().cues
    return tuple(cap_first(c) for rel in ("can_cu", "thuc_hien") for c in cues["relation"][rel])


@lru_cache(maxsize=1)
def subject_stop() -> regex.Pattern:
    # A stop word stands between spaces; one that starts with a comma (`, hoàn thành`) opens a new
    # clause of the citing text after the subject.
    cues = load().cues
    # (only the start of the first stop is used: the words after a space share one `\s`)
    words = cues["subject_stops"] + cues["subject_clause_stops"]
    # (a comma stop inside a fixed phrase is none: `chế độ thông tin, báo cáo`)
    held = {stop: [p[:-len(stop)] for p in cues.get("subject_stop_phrases", ()) if p.endswith(stop)] for stop in words}
    # (a stop's words wrapped onto the next line are the same stop: `… trong tình hình mới, với` ⏎ `các nội dung …`)
    after_comma = ["".join(f"(?<!{regex.escape(before)})" for before in held[w]) + _wrapped(w)
                   for w in words if w.startswith(",")]
    after_space = [_wrapped(w) for w in words if not w.startswith(",")]
    # (an ellipsis that ends a line closes a list, `… trên địa bàn tỉnh,… ⏎ Sau sáp nhập tỉnh: …`; a page's number alone
    # on its line between blank lines is the page break of a text read from a PDF, not more of the title)
    stops = [r";", r"\.(?:\s|$)", r"…[ \t]*(?:\n|$)", r"\n[ \t]*\n[ \t]*\d{1,3}[ \t]*(?:\n|$)"]
    # a table's cell ends it (`| 1 | Thực hiện Kế hoạch số … về tổ chức hội thi | Tổ chuyên môn | Tháng 10 |`, a row of
    # a Word table read with tabs between its cells): the next cell is who does it, when, not more of the title
    # (a table read by normalize puts each cell on its own line, a space on either side: ` … hội thi \n Tổ chuyên môn \n`)
    stops += [r"[ \t]*\|", r"(?<=\S) *\t", r"(?<=\S)[ \t]+\n[ \t]+(?=\S)"]
    # a line of one to three words in capitals after a line in lower case: the citing decision's announcing word (`…
    # năm học 2019-2020, ⏎⏎ QUYẾT ĐỊNH ⏎ Điều 1. …`, the colon left off), not a title wrapped in capitals
    stops += [r"(?<=[\p{Ll}\d,)])[ \t]*\n\s*(?:\p{Lu}{2,}[ \t]+){0,2}\p{Lu}{2,}[ \t]*:?[ \t]*(?:\n|$)"]
    # the cue of the next item of a list typed without its `;` (`… năm 2024 Thực hiện Công văn số …`): a relation's
    # verb written with its capital inside the subject opens a new clause
    # (not a law's name: `… Luật Thực hiện dân chủ ở cơ sở`; nor a committee's, `Ban Chấp hành`)
    stops += [r"(?<![Ll]uật|[Ll]ệnh|Ban)\s(?=(?:" + "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c in [*opening_cues(), "Trên cơ sở"])
              + r")\s)"]
    stops += [r"(?:" + "|".join(after_comma) + r")(?:\s|$)"] if after_comma else []  # (`…, cụ thể như sau` ends a line)
    stops += [r"\s(?:" + "|".join(after_space) + r")\s"] if after_space else []
    return regex.compile("|".join(stops))


def _wrapped(words: str) -> str:
    """A stop's words as a pattern, any blanks between them (a line's end among them)."""
    return regex.escape(words).replace(r"\ ", r"\s+")


def before_new_clause(subject: str) -> str:
    """`… nhiệm kỳ 2026 - 2031, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã hướng dẫn …`: after a
    comma, the name of a body (or a list of them) and a verb it governs (models/cues.json
    `main_clause_verbs`) open the citing sentence's main clause; a body with another verb
    (`do Quốc hội, Hội đồng nhân dân bầu`) or in brackets does not."""
    for comma in rx(r",\s+(?=\p{L})").finditer(subject):
        rest, before = subject[comma.end():], subject[:comma.start()]
        if before.count("(") > before.count(")"):
            continue
        if rest[:1].islower() and _issued_by_at_end(before) and _clause_follows(rest):
            # `… áp dụng từ năm học 2017- 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT), giáo dục trung học tiếp tục
            # triển khai …`: the issuer closes the description, the citing sentence's clause goes on after the comma
            return before
        if rest[:1].islower():
            # `…, trường Tiểu học An Bình xây dựng kế hoạch …`, `…, nhà trường xây dựng …`: a body written in lower
            # case (or the citing body's own generic name, models/cues.json `citing_bodies`), then its verb
            # (the verb looked for first: the cheaper test, and most commas have none after them)
            verb = main_clause_verb().search(rest, 0, 120)
            if verb is None:
                continue
            body = next((b for b in _citing_bodies() if rest.startswith(b)), "").rstrip()
            if not (body or starts_with_org(rest)):
                continue
            head = rest[:verb.start()].strip()
            named = head[len(body):].strip()  # (`trường Tiểu học An Bình`: the body's own name after its head)
            if starts_with_org(head) and org_name_prefix(head) == head or body and (not named or org_name_prefix(named) == named
                                                                                   and named[:1].isupper()):
                return before
            continue
        # `…, Phó Thủ tướng Vũ Văn Ninh có ý kiến như sau:`: an office holder by title and name, then the verb
        holder = without_title(rest)
        name_end = _person_name_end(holder) if holder[:1].isupper() else 0
        if name_end and not starts_with_org(holder) and main_clause_verb().match(holder, name_end):
            return before
        if not starts_with_org(rest):
            # the office that heads a body, its verb right after the body's name (`…, Chủ tịch UBND tỉnh có ý kiến như
            # sau:`; not `…, Phó Chủ tịch UBND tỉnh tại buổi làm việc nghe báo cáo …`)
            verb = main_clause_verb().search(holder, 0, 120) if starts_with_org(holder.lstrip()) else None
            body = holder[:verb.start()].strip() if verb else ""
            if body and org_name_prefix(body) == body:
                return before
            continue
        verb = main_clause_verb().search(rest, 0, 240)
        # the verb right after the name, or after a list of bodies (`Bộ trưởng Bộ Nội vụ, Bộ trưởng Bộ Tài chính ban hành`)
        if verb and all(starts_with_org(name) or without_title(name)
                        for name in rest[:verb.start()].split(",")):
            return before
        if _verb_after_name(rest):
            return before
    # `… về việc tổ chức đại hội nhiệm kỳ của hội và giao Sở Nội vụ theo dõi …`: a second predicate of the
    # citing sentence, a verb that assigns a task to a body (models/cues.json `assigning_verbs`)
    if " và " in subject:
        for assigning in _assigning().finditer(subject):
            if starts_with_org(subject[assigning.end():]):
                return subject[:assigning.start()]
    return subject


def _verb_after_name(rest: str) -> bool:
    """Whether a body's name opening `rest` is followed by a verb the lists do not know, as underthesea tags it in
    lower case (`…, Trường mầm non Quảng Hải xin đăng ký thực hiện mô hình …`): the citing sentence's subject and
    predicate."""
    name = org_name_prefix(rest)
    after = rest[len(name):len(name) + 40].lstrip()
    if not name or not after[:1].islower() or is_bare_org_head(name):
        return False  # (a bare head is named by the word after it: `Uỷ ban kiểm tra các cấp`)
    tagged = phrase_tags(after)
    return bool(tagged) and tagged[0][1] == "V"


_WORD = re.compile(r"\S+")


_OF_BODY = regex.compile(r"\sc[uủ]a\s+(?=\p{Lu})")
_SHORT_FORM_AT_END = regex.compile(r"\s*\(\p{Lu}[\p{Lu}Đ&]{1,10}\)$")


def _issued_by_at_end(phrase: str) -> bool:
    """Whether a description ends with its issuer: `của` and a body's (or an office holder's) whole name, perhaps with
    its short form in brackets (`… của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT)`)."""
    of = None
    for of in _OF_BODY.finditer(phrase, max(0, len(phrase) - 120)):
        pass
    if of is None:
        return False
    name = _SHORT_FORM_AT_END.sub("", phrase[of.end():])
    holder = without_title(name)
    return bool(name) and (starts_with_org(name) and org_name_prefix(name) == name
                           or bool(holder) and holder != name and starts_with_org(holder) and org_name_prefix(holder) == holder)


def _clause_follows(rest: str) -> bool:
    """Whether the words after a comma open a clause of their own: its subject, then a verb (underthesea's tags), within
    a few words (`giáo dục trung học tiếp tục triển khai …`)."""
    if main_clause_verb().search(rest, 0, 120):
        return True
    # (the first word may be tagged a verb though it is the subject's noun: `giáo dục trung học tiếp tục …`)
    return any(tag == "V" for _, tag in phrase_tags(" ".join(rest.split()[:8]))[1:6])


def _person_name_end(phrase: str) -> int:
    """Where a person's name that opens `phrase` ends: two to four capitalised syllables (`Vũ Văn Ninh`); else 0."""
    end = count = 0
    for word in _WORD.finditer(phrase, 0, 60):
        w = word.group()
        if count == 4 or not (w[0].isupper() and (len(w) == 1 or w[1:].islower())):
            break
        end, count = word.end(), count + 1
    return end if count >= 2 else 0


@lru_cache(maxsize=1)
def _citing_bodies() -> tuple[str, ...]:
    return tuple(b + " " for b in sorted(load().cues["citing_bodies"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _assigning() -> regex.Pattern:
    verbs = "|".join(regex.escape(v) for v in load().cues["assigning_verbs"])
    return regex.compile(r"\s+và\s+(?:" + verbs + r")\s+(?=\p{Lu})")


@lru_cache(maxsize=1)
def main_clause_verb() -> regex.Pattern:
    verbs = "|".join(regex.escape(v) for v in load().cues["main_clause_verbs"])
    # (in any case: `…, UBND xã Hiệp Hoà Thông báo:`; not a document's type before its number, `Thông báo số …`)
    return regex.compile(r"\s+(?:(?:" + verbs + r")|(?i:" + verbs + r")(?!\s+s[ốo]\b))(?![\p{L}])")


# `về …`, `V/v …`, and `về` after the verb of a trích yếu (`quy định về …`, `hướng dẫn một số nội dung về …`):
# the part SPEC calls the subject.
# (after a dash on the same line too: `… của UBND huyện An Phú - về quy chế dân chủ …`)
# (the verb's syllables wrapped by a page's lines: `… của Chính phủ quy` ⏎ `định về phân quyền …`)
_ABOUT = regex.compile(r"(?:[ \t]*[-–][ \t]+|[\s,]*)(?:(?:quy\s+định|hướng\s+dẫn|ban\s+hành|báo\s+cáo)\s+"
                       r"(?:một\s+số\s+(?:nội\s+dung|điểm|vấn\s+đề)\s+)?)?"
                       r"(?:về\s+việc\s*:?|về|[Vv]/[Vv]:?)\s+(?:về\s+việc\s+|về\s+(?!việc))?", regex.I)
# (`về về …`, `về việc về việc …`: typed twice; `về việc: Phát động …`, a colon typed after it)

# The words that announce a quotation after a colon (`…, như sau:`, `… quy định:`, `…, QUYẾT NGHỊ:`).
_ANNOUNCING = regex.compile(r"(?:,?\s*(?:cụ\s+thể\s+)?như\s+sau|\s+quy\s+định|,\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,})*)?\s*$")


_AND_THIS_DOCUMENT = regex.compile(r"\s+và\s+\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,2}\s+này$")
# (also an opening bracket or quotation mark, or a slash, left at the end: `… tình hình mới (Kế hoạch số …)` cut
# at the nested mention, `… trong tình hình mới “;` typed with an opening mark for the closing one)
# (and the `số` of the next number a list names without its type: `… năm 2024 và số` ⏎ `02/NQ-CP …`)
_SUBJECT_TRAILING = regex.compile(r"(?:(?:\s+(?:và|hoặc)|[\s,;(“/])+số\s*|(?:\s+(?:và|hoặc)|[\s,;(“/])+)$")
_CLOSING_QUOTE = regex.compile(r"[”\"]")
# `… về tuyển dụng, sử dụng và quản lý viên chức được sửa đổi, bổ sung bởi` ⏎ `Nghị định số 85/2023/NĐ-CP …`: the
# amending document is a mention of its own, its announcing words none of the subject
_AMENDING_ENDS = ("bởi", "tại", "theo", "bằng", "các")
_AMENDED = r"(?:sửa\s+đổi,?\s+bổ\s+sung|thay\s+thế)(?:\s+một\s+số\s+điều)?"
# (passive, `được … bởi/tại/theo` or `… bởi`: not the cited document's own act, `sửa đổi, bổ sung một số điều tại Thông
# tư số 38/2015/TT-BTC`, its trích yếu)
# `… Quy định đánh giá học sinh tiểu học ban hành kèm theo` ⏎ `Thông tư số 30/2014/TT-BGDĐT`: the nested document is a
# mention of its own, the words that announce it as the rules' vehicle none of the subject (a bare `theo` before it stays,
# as the devset's keys write `… để chi thu nhập tăng thêm theo`)
_BY_NESTED_AT_END = regex.compile(r"(?i)[\s,(]*(?:(?:được\s+)?ban\s+hành\s+(?:kèm\s+)?|(?<![\p{L}])kèm\s+)theo$")
_AMENDED_BY_AT_END = regex.compile(r"(?i)[\s,(]*(?:(?:(?:đã|và)\s+)?được\s+" + _AMENDED + r"\s+(?:tại|bởi|theo|bằng)|"
                                   + _AMENDED + r"\s+(?:bởi|bằng))(?:\s+các)?$")


def in_capitals(phrase: str) -> bool:
    """Whether two words in capitals follow each other in `phrase` (a title written in capitals)."""
    words = phrase.split()
    return any(len(a) > 1 and len(b) > 1 and a.isupper() and b.isupper() for a, b in zip(words, words[1:]))


@lru_cache(maxsize=1)
def _authority_titles() -> re.Pattern:
    titles = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in longest_first(load().signer_titles))
    return re.compile(r"(?<!CỦA)(?<!VÀ)\s+(?:PHÓ\s+)?(?:" + titles + r")(?=\s|$)")


def before_authority_line(subject: str) -> str:
    """`… VỀ NHÀ Ở ⏎⏎ CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ …`: a title in capitals, then the authority line of the decision
    that cites it (Nghị định 30/2020/NĐ-CP, Phụ lục I: the issuing office under the title), which ends the subject."""
    for title in _authority_titles().finditer(subject):
        rest = subject[title.end():]
        if not rest.strip() or rest.isupper():
            return subject[:title.start()]
    return subject


# `… giai đoạn 2021-` ⏎ `2025`: a range of years cut at a line's end after its dash, one word again
_RANGE_BROKEN = re.compile(r"(?<=\d[-–])[ \t]*\n\s*(?=\d)")
_NEXT_NOTE = re.compile(r"\n[ \t]*\[\d{1,3}\]")
_OWN_ABOUT = regex.compile(r"^[“\"]?\s*(?i:về\s+việc|về|v\s*/\s*v:?|vv:?)\s+")


_NEW_PARAGRAPH = regex.compile(r"[ \t]*\n[ \t]*\n\s*(?=\p{Lu})")
# (or one that opens with a purpose, `… chu kỳ 2022,` ⏎⏎ `Để chuẩn bị khảo sát …, Bộ GDĐT hướng dẫn …`)
_PURPOSE_OPENS = regex.compile(r"(?:Để|Nhằm)[ \t]")


def _opens_main_clause(rest: str) -> bool:
    """Whether `rest` opens with a body's name (or a list of them) and a verb it governs (models/cues.json
    `main_clause_verbs`)."""
    verb = main_clause_verb().search(rest, 0, 240)
    # (a body abbreviated, `BGH trường THCS … xây dựng kế hoạch`, is asked written out)
    return bool(verb) and all(starts_with_org(expand_abbreviations(name.strip())) for name in rest[:verb.start()].split(","))


def subject_after(text: str, pos: int, limit: int, described: bool = False) -> tuple[str, int, bool]:
    """The `về …` part after a mention; once its date or issuer is read (`described`), also a title in
    quotes (`… của Ban Tổ chức Trung ương "Hướng dẫn thi hành chính sách …"`) or a trích yếu written
    without `về` (`… của Bộ Tài chính hướng dẫn việc lập dự toán …`), which is no subject (SPEC: "the
    `về …` part"; the answer keys' notes) but the document's trích yếu all the same: the third value
    says which it is."""
    m = _ABOUT.match(text, pos, limit)
    bare = False
    if not m and described:
        m = rx(r"[ \t]*(?=[“\"])").match(text, pos, limit)
        if not m:
            m = rx(r"\s*(?=\p{L})").match(text, pos, limit)
            bare = m is not None and opens_trich_yeu(text, m.end(), limit)
            m = m if bare else None
    if not m:
        return "", pos, False
    start = m.end()
    window = text[start:limit]
    end = len(window)
    colon = None
    quote = rx(r"\s*[“\"]").match(window)
    if quote:
        close = _CLOSING_QUOTE.search(window[quote.end():])
        if close:
            end = quote.end() + close.end()
    else:
        sm = subject_stop().search(window)
        if sm:
            end = sm.start()
        # (a line that opens with a footnote's mark, `[2] Tại Kế hoạch số …`, is the next note, not more of the title)
        note = _NEXT_NOTE.search(window, 0, end) if "[" in window else None
        end = note.start() if note else end
        end = _closing_outside(window, end)
        # (a new paragraph that opens with a body and its verb is the citing text's own sentence: `… phòng chống dịch
        # Covid-19` ⏎⏎ `Ủy ban nhân dân xã Đức Hợp thông báo như sau:`)
        paragraph = _NEW_PARAGRAPH.search(window, 0, end) if "\n" in window[:end] else None
        if paragraph and (_opens_main_clause(window[paragraph.end():paragraph.end() + 240])
                          or _PURPOSE_OPENS.match(window, paragraph.end())):
            end = paragraph.start()
        # A colon before a quotation or a line's end opens what the document says, not its title.
        colon = rx(r":[ \t]*(?=[“\"\n]|$)").search(window, 0, end)
        if colon:
            # and the words that announce it (`…, như sau:`, `… quy định:`, `…, QUYẾT NGHỊ:`)
            end = _ANNOUNCING.search(window, 0, colon.start()).start()
    squashed = squash(_RANGE_BROKEN.sub("", window[:end]) if "\n" in window[:end] else window[:end])
    subject = before_new_clause(squashed)
    if in_capitals(subject[-40:]):
        subject = before_authority_line(subject)
    if subject.endswith(" này"):  # `… nhiệm kỳ 2026 - 2031 và Hướng dẫn này`: the citing document itself
        subject = _AND_THIS_DOCUMENT.sub("", subject)
    if ends_in(subject, ",", ";", "và", "hoặc", "(", "“", "/", " và số", ", số"):
        subject = _SUBJECT_TRAILING.sub("", subject)
    if subject.endswith(_AMENDING_ENDS):  # (the words that announce the document amending it, named next)
        subject = _AMENDED_BY_AT_END.sub("", subject)
    if subject.endswith("theo"):  # (the words that announce the nested document it goes by: `… ban hành kèm theo`)
        subject = _BY_NESTED_AT_END.sub("", subject)
    if bare and colon and (_only_a_head(subject) or len(subject.split()) <= 2):
        return "", pos, False  # `… báo cáo: “…”`: a verb of the sentence, no title after it
    # (the subject is a prefix of the window, its spaces squashed: where it ends in the text, not where the
    # clause after it does, so that the clause's bodies and dates stay the citing text's)
    if len(subject) < len(squashed):
        end = _end_in(window, len(subject) - subject.count(" "))
    if subject.startswith(("“", '"')) and subject.endswith(("”", '"')):
        subject = subject[1:-1].strip()
    elif subject.startswith("“") and "”" not in subject:
        subject = subject[1:].strip()  # a quote the typist opened and never closed (`về “Tổ chức các hoạt động …;`)
    if not m.group(0).strip() and not bare:  # a quoted title: its own `về` is the prefix SPEC drops
        subject = _OWN_ABOUT.sub("", subject)
    return strip_markup(subject), start + end, bare


def _end_in(window: str, letters: int) -> int:
    """The end of the first `letters` characters of the window that are not spaces."""
    if letters <= 0:
        return 0
    for word in rx(r"\S+").finditer(window):
        if letters <= len(word.group()):
            return word.start() + letters
        letters -= len(word.group())
    return len(window)


_CLOSES = {")": "(", "”": "“"}


def _closing_outside(window: str, end: int) -> int:
    """Where a bracket or a quotation closes that opened before the subject (`(theo mẫu tại Công văn số … về
    việc …) gửi về Bộ …`, `“… Nghị định số … quy định về chế độ …” “1. …`): the mention sits inside it and
    the subject ends there; else `end`."""
    depth = {"(": 0, "“": 0}
    for mark in rx(r"[()“”]").finditer(window, 0, end):
        opening = _CLOSES.get(mark.group())
        if opening is None:
            depth[mark.group()] += 1
        elif depth[opening] == 0:
            return mark.start()
        else:
            depth[opening] -= 1
    return end


def warm() -> None:
    """Build the patterns made from the lexicon (see `citations.prepare`)."""
    subject_stop(), _assigning(), main_clause_verb(), folded_titles(), _authority_titles(), _citing_bodies()
