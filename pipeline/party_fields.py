"""A body's field written in lower case after the capitalised words of its name: `Trung tâm Công nghệ thông tin
căn cứ kế hoạch được duyệt nâng cấp …`, `Trung tâm Phát triển quỹ đất chủ trì …`, `Ban Quản lý dự án
đầu tư xây dựng có trách nhiệm …`. The name reader stops at the first lower-case word that is no known name word;
here the name runs on over such words to the duty that follows it (`party_names.CLAUSE_PREDICATE`: `căn cứ`, `chủ
trì`, `có trách nhiệm`, `tham mưu`, `thực hiện` …), when underthesea's segmentation and POS of the clause say the
words are the name's: a word of the segmenter's that straddles the cut (`Công nghệ thông tin`), or nouns first
(`quỹ đất`, `dự án đầu tư xây dựng`), no adverb of time or manner (`Sở Tư pháp định kỳ tổng hợp tham mưu …`), no
preposition (`Sở Y tế trong phạm vi …`), no verb first (`Sở Nội vụ bố trí kinh phí thực hiện …`).

Likewise a kind of body or person named by what it does (`Cơ quan, đơn vị tiếp nhận hồ sơ có trách nhiệm …`,
`described_end`): the words between the kind and its duty are a relative clause, the party's own.

And a plural kind of body whose verb the predicate lexicon lacks (`Các trường thống kê số liệu …`, `verb_after_kind`):
the tagger says the word after the name is a verb."""
from __future__ import annotations

import re

from .party_names import (CLAUSE_PREDICATE, MODALS, PREDICATE_OR_STOP, STOP, TIME_LIMIT, cue_at, key, own_acts,
                          phrase_at, words_tagged)
from .party_text import PartyText

_FIELD_WORDS = 4  # the segmenter's words between the cut and the duty (`dự án`, `đầu tư`, `xây dựng`)
_FIELD_SYLLABLES = 6
_VERB_OBJECTS = frozenset({"thực hiện", "tổ chức", "phối hợp", "triệu tập"})
# A time limit may stand between the field and its duty (`Sở … nơi quản lý hồ sơ gốc trong thời gian 05 ngày làm việc
# kể từ …, có trách nhiệm …`): the field ends where it opens, the duty follows it (TIME_LIMIT).
_LIMIT_OPENS = r"trong[ \t]+thời[ \t]+(?:gian|hạn)[ \t]"
# Lower-case words after the name on its line, then a duty: one match, which most subjects fail at once.
_FIELD_RUN = re.compile(rf"[ \t](?:[a-zđà-ỹ]+[ \t]){{1,{_FIELD_SYLLABLES + 1}}}?"
                        rf"(?=(?:{CLAUSE_PREDICATE.pattern})(?![a-zđà-ỹ])|{_LIMIT_OPENS})")
_NOUN_TAGS = ("N",)  # underthesea's N, Np, Nc, Nu, Ny


def field_end(raw: str, low: str, start: int, end: int) -> tuple[int, re.Match] | None:
    """Where the proper name `raw[start:end]` ends when the lower-case words after it are its field, and the duty
    they run to (a CLAUSE_PREDICATE match); None where they are not."""
    run = _FIELD_RUN.match(low, end)
    if not run or CLAUSE_PREDICATE.match(low, end + 1) or not raw[end:run.end()].islower() or \
            not any(word[:1].isupper() for word in raw[start:end].split()[1:]):
        return None  # (cheap tests first: lower-case words, then a duty, after a proper name; a duty right after
        # the name is its predicate: `… quỹ đất chủ trì thực hiện …`)
    verb_first = cue_at(low, end + 1, PREDICATE_OR_STOP)
    if verb_first and not phrase_at(low, end + 1, "name"):
        return None  # (`Sở Nội vụ bố trí kinh phí thực hiện …`: asked before the tagger, which is dear)
    stop = run.end()  # (where the field ends: its duty, or a time limit before it)
    duty = _duty_after(low, stop, CLAUSE_PREDICATE)
    if not duty:
        return None
    if _joined(low[end:stop]) or (verb_first and duty.group(0) in _VERB_OBJECTS):
        return None  # (after a word that may be a verb, `thực hiện` is its object more often than a duty:
        # `Ban Chỉ đạo … triển khai thực hiện`, `Giám đốc Công an tỉnh chỉ đạo thực hiện`)
    tagged = sorted(words_tagged(raw, start, duty.end()).items())
    if not any(at == duty.start() for at, _ in tagged):
        return None  # (the segmenter reads the duty's words into another word: no duty there)
    field = [(at, word, tag) for at, (word, tag) in tagged if at < stop and at + len(word) > end]
    if not field or len(field) > _FIELD_WORDS:
        return None
    first_at, _, first_tag = field[0]
    straddles = first_at < end  # `Công nghệ thông tin`: the cut fell inside one of the segmenter's words
    if not straddles and not first_tag.startswith(_NOUN_TAGS):
        return None
    for at, word, tag in field:
        if cue_at(low, at, STOP) or not (tag.startswith(_NOUN_TAGS) or tag == "V") or \
                (at >= end and not word.islower()) or (at >= end and low.startswith(own_acts(), at)):
            return None  # (nor the issuer's own act: `Ban Giám hiệu Trường … Ngoại ngữ thông báo việc tổ chức …`)
    return len(raw[:stop].rstrip()), duty


def _duty_after(low: str, stop: int, duty: re.Pattern) -> re.Match | None:
    """The duty at `stop`, or after the time limit that opens there."""
    limit = TIME_LIMIT.match(low, stop)
    return duty.match(low, limit.end() if limit else stop)


def _joined(words: str) -> bool:
    """Whether the lower-case words hold a clause's joint, tense or manner (`… và các tổ chức`, `… thường xuyên
    kiểm tra`, `… khi thực hiện`): a clause, no name's field (asked before the tagger)."""
    syllables = words.split()
    return any(w in _NOT_DESCRIBING or w in MODALS for w in syllables) or \
        any(f"{a} {b}" in MODALS for a, b in zip(syllables, syllables[1:]))


# The duty that closes a subject named by what it does: a relative clause cannot run past it.
_DUTY = re.compile(r"(?:có|chịu)\s+trách\s+nhiệm|có\s+nhiệm\s+vụ")
# What a role named by its work is written with: lower-case words and `hoặc` between two heads (`Đơn vị hoặc cá
# nhân được giao …`) and names (`Đơn vị quản lý Cổng thông tin một cửa quốc gia`), on one line, then the duty; a
# clause's joints (`và`, `để`, `thì`, `khi`), tense, partners end it.
_DESCRIBED = re.compile(rf"[ \t](?:[a-zđà-ỹ]+[ \t]){{1,14}}?(?={_DUTY.pattern}|{_LIMIT_OPENS})")
_NOT_DESCRIBING = frozenset({"và", "để", "thì", "khi", "nếu", "đã", "đang", "sẽ", "với", "cùng", "không", "chưa",
                             "phải", "cần", "đó", "này", "ấy", "các", "những"})  # (`thành viên đó`: who, not what)


def described_end(raw: str, low: str, start: int, end: int) -> tuple[int, re.Match] | None:
    """`Cơ quan, đơn vị tiếp nhận hồ sơ có trách nhiệm …`, `Cán bộ được giao nhiệm vụ thẩm tra hồ sơ có trách nhiệm …`
    (regulations and procedures): a kind of body or person (`raw[start:end]`, no capitalised word after its first)
    named by what it does, up to the duty that follows (`có trách nhiệm`, `chịu trách nhiệm`, `có nhiệm vụ`). The
    words between are a relative clause: a subject's main verb cannot be followed by a second predicate of duty
    without a joint. Where (the name's end, the duty) or None."""
    words = _DESCRIBED.match(low, end)
    if not words or _DUTY.match(low, end + 1) or any(word[:1].isupper() for word in raw[start:end].split()[1:]):
        return None
    duty = _duty_after(low, words.end(), _DUTY)
    if not duty or any(word in _NOT_DESCRIBING for word in low[end:words.end()].split()):
        return None  # (`được giao`, `có thẩm quyền`, `trực tiếp quản lý` describe: not `_joined`'s modals)
    return len(raw[:words.end()].rstrip()), duty


_PLURAL_KIND = re.compile(r"(?:các|những)\s")
_CONDITION = re.compile(r"\sthì\s")
_VERB_WINDOW = 24  # characters after the name the tagger reads: the verb and a word of its object


_OBJECT_FOLLOWS = re.compile(r"[ \t]+\w")  # a word after the verb on its line: a clause goes on


def verb_after_kind(text: PartyText, items, end: int, limit: int, numbered: bool = False) -> tuple[str, int] | None:
    """`Các trường thống kê số liệu, gửi về …` in a plan's assignment part: a plural kind of body opening a clause,
    followed by a verb the predicate lexicon does not hold. underthesea's POS decides the verb (asked last, and only
    of one kind of body written alone: the tagger is dear). `numbered`: the name opens a numbered point of a letter
    or notice (`3. Phòng Giáo dục và Đào tạo cử cán bộ chuyên viên theo dõi …`): a point that opens with a body
    tells what that body does, whatever part of the document it is in."""
    low = text.low
    start = items[0][0]
    if len(items) != 1 and not numbered or low[end:end + 1] != " " or not (numbered or text.plan and _PLURAL_KIND.match(low, start)) or \
            not text.text[end + 1:end + 2].islower() or cue_at(low, end + 1, STOP):
        return None
    stop = low.find("\n", end)
    if _CONDITION.search(low, end, stop if stop >= 0 else len(low)):
        return None  # `Các tổ chức, cá nhân lợi dụng chức vụ … thì …`: who is concerned by a rule, not a task
    # a named body's last word and the verb run together in the segmenter (`Đào tạo cử`): where the name is a body's
    # own, the words after it are tagged alone
    tagged = words_tagged(text.text, end + 1 if numbered else start, min(limit, end + 1 + _VERB_WINDOW))
    first = tagged.get(end + 1)
    if not first or first[1] != "V" or any(at < end < at + len(word) for at, (word, _) in tagged.items()):
        return None  # (a word of the segmenter's straddling the name's end: the name is cut, no verb follows)
    verb_end = end + 1 + len(first[0])
    line_end = stop if stop >= 0 else len(low)
    if numbered and (not _OBJECT_FOLLOWS.match(low, verb_end) or low[:line_end].rstrip().endswith(":")):
        return None  # (a point's label or a list's line, no clause: `- Các lớp khai giảng:`, `- Thủ trưởng các đơn vị
        # trực thuộc.`)
    return key(first[0]), verb_end
