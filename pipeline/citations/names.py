"""Grammar of documents cited by proper name: laws, codes, ordinances, the constitution and named
Party resolutions (`Luật Tiếp công dân`, `Nghị quyết Trung ương 4 khóa XII`).

A name is read as far as it goes and not one word more: first against the names and short forms
the registry knows (longest match, so `Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân`
is not cut at `và`, and `Luật Quy hoạch chậm nên …` stops after `Quy hoạch`); otherwise by the
grammar of names (internal `X, Y` and `X và Y` coordination, stops at function words, verbs of the
sentence, punctuation, a new line). An amending law (`Luật sửa đổi, bổ sung một số điều của Luật X
và Luật Y`) is a name of its own that runs over the list of the laws it amends.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicon import MODELS_DIR, expand_abbreviations, load, starts_with_org
from ..nlp_models import phrase_tags
from ..textfold import key_fold, rx, squash, strip_markup
from .registry import Registry
from .shortforms import ACRONYM

# The type words of documents cited by name, each led by its own first word.
# (`luật` in lower case before a name, `Căn cứ luật Giáo dục năm 2019`, `theo luật lao động`: not `pháp luật`, `theo
# luật định`, `kỷ luật cán bộ, công chức`, `dự luật`; read_name keeps it only where the registry knows the name, case-folded)
# (`LUẬT` in a title in capitals, `TRIỂN KHAI THI HÀNH LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ`: likewise only a name the registry
# knows, its words in capitals no guide to where it ends)
# (`luật` after `pháp`, `kỷ` … is a word of its own, `pháp luật`; in capitals only after `pháp`, a site's name `Hệ Thống
# Pháp Luật`: `một số điều Luật Quản lý thuế` cites the law)
_NAMED_TYPES = (r"Bộ\s+[Ll]uật|BỘ\s+LUẬT", r"(?<!(?<![\p{L}])(?i:pháp)\s)Luật",
                r"(?<!(?<![\p{L}])(?i:pháp|kỷ|kỉ|quy|qui|điều|dự|phạm|đạo)\s)luật(?=[ \t]+\p{L}\p{Ll})",
                r"(?<!(?<![\p{L}])(?:PHÁP|KỶ|KỈ|QUY|QUI|ĐIỀU|DỰ|PHẠM|ĐẠO)\s)LUẬT(?=[ \t]+\p{Lu}{2})",
                r"Hiến\s+pháp", r"Pháp\s+lệnh",
                r"Hiệp\s+định", r"Công\s+ước", r"[Nn]ghị\s+quyết(?=\s+(?:Đại hội|Hội nghị|Trung ương|TW))")
NAMED = regex.compile(r"(?<![\p{L}])(?P<type>" + "|".join(_NAMED_TYPES) + ")")
# One pattern a type word: a pattern led by one word is found by the engine's string search, an
# alternation of seven is tried at every position (a third of the cost, with the merge below).
_NAMED_EACH = tuple(regex.compile(r"(?<![\p{L}])(?P<type>" + t + ")") for t in _NAMED_TYPES)


def named_matches(text: str):
    """What `NAMED.finditer(text)` yields: the matches of every type word's own pattern in text
    order, without those inside an earlier one (`Luật` of `Bộ Luật`), as `finditer` skips them."""
    found = sorted((m for pattern in _NAMED_EACH for m in pattern.finditer(text)), key=lambda m: m.start())
    end = 0
    for m in found:
        if m.start() >= end:
            yield m
            end = m.end()


LAW_TYPES = ("Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh")
# International agreements are cited by their proper names too (`Hiệp định Hải quan ASEAN`, `Công ước
# quốc tế về Quyền trẻ em`), and the same words name kinds of agreement (`Hiệp định thương mại tự do
# mà Việt Nam là thành viên`).
TREATY_TYPES = ("Hiệp định", "Công ước")
# In a treaty's name `về`, `giữa` and `của` go on when a capital follows (`… về Hệ thống hài hòa …
# của Tổ chức Hải quan thế giới`, `… giữa Cộng hòa xã hội chủ nghĩa Việt Nam và Liên minh châu Âu`).
_TREATY_LINKS = ("về", "giữa", "của")
QUALIFIER = regex.compile(r"\s*(?:,\s*)?(?:nhiệm kỳ\s*\d{4}\s*[-–]\s*\d{4}|(?:năm\s+)?(?:19|20)\d{2})\s*$")
# The resolution of a national Party congress, however it is written (`Nghị quyết Đại hội đại biểu toàn quốc lần thứ
# XIII của Đảng`, `Nghị quyết Đại hội toàn quốc lần thứ XIII của Đảng`, `Nghị quyết Đại hội XIII của Đảng`): the
# congress's ordinal is the document. (`toàn quốc` or `của Đảng` says national: not `Đại hội Đảng bộ tỉnh lần thứ XX`.)
_NATIONAL_CONGRESS = regex.compile(
    r"(?i)Nghị quyết\s+(?:của\s+)?Đại hội\s+(?:(?:đại\s+biểu|Đảng)\s+)*(?P<national>toàn quốc\s+)?(?:lần\s+thứ\s+)?"
    r"(?P<ordinal>[IVXL]+)(?P<party>\s+của\s+Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?)?")


def national_congress_key(name: str) -> str:
    """The one key of a national Party congress's resolution (`Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII
    của Đảng`, as the resolution is titled), or "" for another name."""
    m = _NATIONAL_CONGRESS.fullmatch(name)
    if not m or not (m["national"] or m["party"]) or not m["ordinal"].isupper():
        return ""
    return f"Nghị quyết Đại hội đại biểu toàn quốc lần thứ {m['ordinal']} của Đảng"


RELATIVE_NAME = regex.compile(r"(?i)\b(?:huyện|tỉnh|thành phố|quận|xã|phường|thị xã|thị trấn|cơ sở|các cấp)\s*$")
# A year written right after a name: `Luật Đất đai năm 2013`, `Luật NSNN 2015`, `(2019)`, also ending the sentence
# (`… Luật Tiếp công dân năm 2013.`; not a number that goes on, `2013.5`).
_YEAR_AFTER = regex.compile(r"[ \t]*,?[ \t]*\(?[ \t]*(?:[Nn]ăm[ \t]+)?((?:19|20)\d{2})(?![\d/\-]|\.\d)[ \t]*\)?")
_NUMBER_AFTER = regex.compile(r"[ \t,]*(?:\n[ \t]*)?số[ \t]*:?[ \t]*(?:\n[ \t]*)?\d")
# `sửa đổi, bổ sung (một số điều của)`, `sửa đổi một số điều của`: the head of an amending law's name.
_AMENDING = regex.compile(r"\s+sửa\s+đổi(?:,?\s+bổ\s+sung(?:\s+một\s+số\s+điều)?|\s+một\s+số\s+điều)(?:\s+của)?\s+"
                          r"(?=(?:các\s+|\d{1,2}\s+)?(?:Bộ\s+)?[Ll]uật|Pháp\s+lệnh|Hiến\s+pháp)", regex.I)
# The same head before a registered law's name typed without its type word (`Luật sửa đổi, bổ sung một số điều của
# Phòng, chống thiên tai và Luật Đê điều`): read when the registry knows `Luật` + the words after it.
_AMENDING_UNTYPED = regex.compile(r"\s+sửa\s+đổi,?\s+bổ\s+sung\s+một\s+số\s+điều\s+của\s+(?=\p{Lu})", regex.I)
_TYPE_PREFIX = "luật "
# Its first letter, tried first: matched at a position, `regex` looks ahead through the whole rest of
# the text for the pattern's literal words before it gives up (the cost grew with the document).
_AMENDING_FIRST = regex.compile(r"\s+(?i:s)")
_LIST_SEPARATOR = regex.compile(r"[ \t]*(?:,|;)?[ \t]*(?:\n[ \t]*)?(?:và[ \t]+)?(?:\n[ \t]*)?(?=(?:Bộ\s+)?[Ll]uật\s|Pháp\s+lệnh\s)")
_TOKEN = regex.compile(r"[\p{L}\d]+")
# A law or code is named by its field, in lower case after its first word (`Luật Đất đai`, `Luật Tổ chức chính quyền
# địa phương`, Nghị định 30/2020/NĐ-CP on capitals in names): an unregistered name
# opening with two capitalised words is a person's, a firm's or a site's (`Công ty Luật Minh Khuê`, `Dân Luật Việt Nam
# Thư viện pháp luật` on a crawled page); the laws whose field is a proper noun are registered (`Luật Biển Việt Nam`).
# (an acronym, `Luật MTTQ Việt Nam`, `Luật BVMT`, is a law's short form: two capitals in a row are left alone)
_FIELD_NAMED = ("Luật", "Bộ luật")
_SHORT_COMMON_NAME = 2  # words after `Luật` in lower case that a common noun phrase may hold (`thi đấu`, `bóng đá`)
_TYPE_AGAIN = regex.compile(r"[ \t]+(?=Luật[ \t])")
_PROPER_NAME_ONLY = regex.compile(r"[ \t]*\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+(?![\p{L}])")
_HARD_STOP = regex.compile(r"[;:()\[\]“”\"?!]|\.(?!\p{L})")
# A registered name may quote a title (`Pháp lệnh quy định danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh
# hùng”`): matched against the registry, a name reads on through quotation marks.
_KNOWN_STOP = regex.compile(r"[;:()\[\]?!]|\.(?!\p{L})")
_CLOSING_QUOTE = regex.compile(r"[ \t]*[”\"]")
_NAME_STOPWORDS = {"ở", "của", "về", "và", "các", "năm", "đại", "biểu", "nước", "cộng", "hòa", "xã", "hội",
                   "chủ", "nghĩa", "việt", "nam", "lần", "thứ"}
_TYPE_WORD_START = regex.compile(r"(?:Nghị|Luật|Chỉ|Quyết|Kế|Thông|Công|Bộ\s+luật|Bộ\s+Luật|Pháp\s+lệnh|Hiến)(?![\p{L}])")


@dataclass(slots=True)
class NameRead:
    """A name read after a type word: where it ends, how it is written as a value, its year."""

    end: int
    name: str
    year: str = ""
    span_end: int = 0  # end of the mention's surface: the name and the year written after it
    amending: bool = False
    numbered: bool = False  # `Luật X số 59/2020/QH14`: the number that follows is this document's


@lru_cache(maxsize=256)
def canonical_type(type_word: str) -> str:
    low = rx(r"\s+").sub(" ", type_word.lower())
    return {"luật": "Luật", "hiến pháp": "Hiến pháp", "pháp lệnh": "Pháp lệnh", "nghị quyết": "Nghị quyết",
            "bộ luật": "Bộ luật", "hiệp định": "Hiệp định", "công ước": "Công ước"}[low]


@lru_cache(maxsize=1)
def _name_abbreviations() -> tuple[dict[str, str], regex.Pattern | None]:
    """Abbreviations written inside names of laws (`Luật NSNN`, `Luật Bảo vệ BMNN`), and their pattern."""
    with open(MODELS_DIR / "name_abbreviations.tsv", encoding="utf-8") as handle:
        table = {row[0]: row[1] for row in csv.reader(handle, delimiter="\t")
                 if len(row) >= 2 and not row[0].startswith("#")}
    if not table:
        return table, None
    alternation = "|".join(regex.escape(k) for k in sorted(table, key=len, reverse=True))
    return table, regex.compile(r"(?<![\p{L}&])(" + alternation + r")(?![\p{L}&])")


def warm() -> None:
    _name_abbreviations()


def expand_name(name: str) -> str:
    table, pattern = _name_abbreviations()
    if pattern is not None:
        name = pattern.sub(lambda m: table[m.group(1)], name)
    return expand_abbreviations(name)


_GLUED_NUMBER = regex.compile(r"(?<=\p{Ll}\p{Ll})(?=\d+(?![\d\p{L}]))")


@lru_cache(maxsize=4096)
def display_name(doc_type: str, written: str) -> str:
    """A name as a value: the canonical type word, the written words (abbreviations expanded, first
    word capitalised as names are: `Luật hải quan` → `Luật Hải quan`), one line."""
    written = expand_name(squash(strip_markup(written)))
    if any(c.isdigit() for c in written):  # (the cheap test first)
        written = _GLUED_NUMBER.sub(" ", written)  # `Nghị quyết Trung ương4 khóa XII`: a web copy's lost space
    low = written.lower()
    type_low = doc_type.lower()
    rest = written[len(type_low):].strip() if low.startswith(type_low) else written
    if doc_type in LAW_TYPES and rest[:1].islower() and not rest.startswith(("sửa đổi", "về ")):
        rest = rest[:1].upper() + rest[1:]
    return f"{doc_type} {rest}".strip()


# A footnote's number a PDF's text glues to the word it marks (`… tại Điều 7 Luật Địa chất và khoáng sản3.`)
_FOOTNOTE_MARK = regex.compile(r"(\p{Ll}+)\d{1,2}")


def _without_footnote_mark(m: regex.Match) -> tuple[str, int]:
    """A token of a name as compared, and where it ends: without the footnote's number glued to it."""
    marked = _FOOTNOTE_MARK.fullmatch(m.group(0))
    if marked:
        return marked.group(1), m.start() + len(marked.group(1))
    return m.group(0).lower(), m.end()


def known_name(folded: str, start: int, registry: Registry) -> int | None:
    """Where the longest name or short form the registry knows, written at `start` (the type word)
    of the tone-folded text, ends."""
    stop = _KNOWN_STOP.search(folded, start, min(len(folded), start + 260))
    limit = stop.start() if stop else min(len(folded), start + 260)
    words = _TOKEN.finditer(folded, start, limit)
    tokens: list[tuple[str, int]] = []
    for m in words:
        tokens.append(_without_footnote_mark(m))
        if len(tokens) == 2:
            break
    if len(tokens) < 2:
        return None
    candidates = registry.names_by_head.get((tokens[0][0], tokens[1][0]))
    if not candidates:
        return None
    longest = len(candidates[0])
    for m in words:
        tokens.append(_without_footnote_mark(m))
        if len(tokens) >= longest:
            break
    words = tuple(word for word, _ in tokens)
    for name_tokens in candidates:  # longest first; a name longer than the words read is no prefix
        if words[:len(name_tokens)] == name_tokens:
            end = tokens[len(name_tokens) - 1][1]
            quoted = _CLOSING_QUOTE.match(folded, end) if "“" in folded[start:end] or '"' in folded[start:end] else None
            return quoted.end() if quoted else end
    return None


_A_YEAR = regex.compile(r"(?:19|20)\d{2}")
_BRACKETED_TERM = regex.compile(r"[ \t]*\([ \t]*(?i:khóa|khoá)[ \t]+([IVXLCivxlc]+)[ \t]*\)")


def grammar_extent(rest: str, doc_type: str) -> int:
    """Length of a proper name after its type word, read by the grammar of names: where no known
    name applies. It stops where the sentence takes over again."""
    cues = load().cues
    stops = cues["name_stops"]
    words = list(rx(r"\S+").finditer(rest))
    end = 0
    kept: list[str] = []
    titled = False  # inside a treaty's `về …` title
    ordinal = _NOT_IN_ORDINAL  # where a congress's or plenum's `lần thứ …` is in the name
    for i, wm in enumerate(words):
        word = wm.group(0)
        bare = word.rstrip(",.")
        low = bare.lower()
        nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
        nxt_low = nxt.rstrip(",.").lower()
        pair = f"{low} {nxt_low}".strip()
        after_pair = f"{kept[-1]} {low}" if kept else ""  # `tự do`: a stop word ending a word of the name
        if doc_type in TREATY_TYPES:
            if low in _TREATY_LINKS and nxt[:1].isupper():
                titled = titled or low == "về"
                end = wm.start() + len(bare)
                kept.append(low)
                continue
            if kept and ACRONYM.fullmatch(words[i - 1].group(0).rstrip(",.")) and not word[:1].isupper():
                break  # `Hiệp định Hải quan ASEAN ký ngày …`, `Hiệp định CPTPP thực hiện …`
        if (low in stops or pair in stops or _A_YEAR.fullmatch(bare)) \
                and pair not in cues["name_continuations"] and after_pair not in cues["name_continuations"] \
                and not (low == "số" and kept and _WORD_OF_NAME.match(nxt)) \
                and not (doc_type in TREATY_TYPES and word[:1].isupper()):  # `người có công`: `có` inside a name
            break  # (a capital in a treaty's name is a proper noun: `Hiệp định Đối tác …`)
        if low == "và":
            # `… đại biểu Quốc hội và đại biểu Hội đồng nhân dân`: a word of the name repeated after
            # `và` coordinates two parts of one name, and so does a lower-case word after a short
            # head (`Luật Phí và lệ phí`, `Luật Hôn nhân và gia đình`); another type word starts
            # another document, a function word the sentence (`và các văn bản …`).
            # A treaty's `về …` title coordinates as any title does (`… mô tả và mã hóa hàng hóa`).
            parallel = nxt_low in kept or ((0 < len(kept) <= 2 or titled) and nxt[:1].islower()
                                           and nxt_low not in stops and nxt_low not in cues["generic_after_type"])
            if _TYPE_WORD_START.match(nxt) or not (nxt[:1].isupper() or parallel):
                break
        if low == "của" and (not nxt[:1].isupper() or starts_with_org(rest[wm.end():wm.end() + 40])):
            break  # `… của Quốc hội`, `… của Bộ …`: the issuer, not part of the name
        if i and "\n" in rest[words[i - 1].end():wm.start()] and not word[:1].islower():
            break  # a new line that starts with a capital is a new sentence or heading
        if _CODE_WORD.match(bare):
            break  # `| Luật | A00, A01, C00 |`: a code (a major's subject group, a course), no word of a name
        ordinal = _ordinal_state(ordinal, kept, low)
        # (a lower-case syllable after a capitalised one completes its word: `Ban Chấp hành`, `Mặt trận Tổ quốc`)
        if ordinal == _AFTER_ORDINAL and word[:1].islower() and kept[-2:] == ["của", "đảng"]:
            break  # `… lần thứ XIII của Đảng vào cuộc sống`: `Đảng`, a word of its own, is completed by no `vào`
        if ordinal == _AFTER_ORDINAL and word[:1].islower() and not _TITLE_SYLLABLE.match(words[i - 1].group(0)) \
                and low not in cues["name_words_after_ordinal"] \
                and pair not in cues["name_words_after_ordinal"] and after_pair not in cues["name_words_after_ordinal"]:
            break  # `Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI đã đề ra …`: the congress named, the sentence's verb
        end = wm.start() + len(bare)
        kept.append(low)
        if word.endswith("."):
            break
        if word.endswith(","):
            # `Luật Phòng, chống tham nhũng`, `Luật Cán bộ, công chức`: a short head coordinated with
            # a lower-case word is one name; a capital or a type word after the comma is a list.
            keep_khoa = doc_type == "Nghị quyết" and nxt_low == "khóa"
            # An acronym (`Luật BHYT, mức hưởng …`) is a whole name: what follows its comma is not.
            short_head = doc_type in LAW_TYPES and len(kept) <= 2 and nxt[:1].islower() \
                and nxt_low not in stops and nxt_low not in cues["generic_after_type"] and not ACRONYM.fullmatch(bare)
            if not (keep_khoa or short_head):
                break
        if i >= (30 if doc_type in TREATY_TYPES else 15):
            break
    return end


_CODE_WORD = regex.compile(r"\p{Lu}{1,4}\d{2,}(?:[,;.]|$)")


# After `số` that is no number's keyword but a word of the name (`Pháp lệnh Dân số`, `Luật Chuyển đổi số`): what follows
# is no number (`số 59/2020/QH14`, `số: 12`) but a word (`Luật Công nghiệp công nghệ số bảo đảm …`: the sentence's, its
# stop read next) or the sentence's punctuation.
_WORD_OF_NAME = regex.compile(r"$|[;,.)]|\p{L}+(?![\d/])")


# Where a name is in its ordinal (`Đại hội Đảng bộ tỉnh lần thứ XI`, `Hội nghị lần thứ mười hai Ban Chấp hành …`): not
# at one yet, in its number (words of it go on), past it (only capitals, the term and `của` go on).
_NOT_IN_ORDINAL, _IN_ORDINAL, _AFTER_ORDINAL = 0, 1, 2
_ORDINAL_NUMBER = regex.compile(r"[IVXLC]+|\d+")
_ROMAN = regex.compile(r"[IVXLC]+")
_TITLE_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}")


def _ordinal_state(state: int, kept: list[str], low: str) -> int:
    """The state after the word `low` (lower case), `kept` the words of the name before it."""
    if state == _NOT_IN_ORDINAL:
        opens = len(kept) >= 2 and kept[-1] == "thứ" and kept[-2] == "lần"
        if not opens and kept[-2:] == ["đại", "hội"] and _ROMAN.fullmatch(low.upper()):
            return _IN_ORDINAL  # `Nghị quyết Đại hội XIII của Đảng`: the congress's number right after it
        return _IN_ORDINAL if opens and (_ORDINAL_NUMBER.fullmatch(low.upper()) or low in _ordinal_words()) \
            else _NOT_IN_ORDINAL
    if state == _IN_ORDINAL and low in _ordinal_words():
        return _IN_ORDINAL  # `lần thứ mười hai`
    return _AFTER_ORDINAL


@lru_cache(maxsize=1)
def _ordinal_words() -> frozenset[str]:
    return frozenset(load().cues["ordinal_number_words"])


def read_name(text: str, folded: str, type_start: int, rest_start: int, doc_type: str,
              registry: Registry) -> NameRead | None:
    """The name written after a type word (at `type_start`; its words start at `rest_start`);
    `folded` is the text with modern tone placement, same offsets."""
    rest = text[rest_start:rest_start + 240]
    stop = _HARD_STOP.search(rest)
    rest = rest[:stop.start()] if stop else rest
    lead = len(rest) - len(rest.lstrip(" \t"))
    amending = _AMENDING.match(text, rest_start) \
        if doc_type in LAW_TYPES and _AMENDING_FIRST.match(text, rest_start) else None
    untyped = None
    if not amending and doc_type == "Luật" and _AMENDING_FIRST.match(text, rest_start):
        untyped = _AMENDING_UNTYPED.match(text, rest_start)
        untyped_end = _known_untyped(folded, untyped.end(), registry) if untyped else None
        amending = untyped if untyped_end else None
    if amending:
        pos = amending.end()
        if untyped:  # the first law's name typed without `Luật`: the name as a value has it
            sep = _LIST_SEPARATOR.match(text, untyped_end)
            end, last_numbered = _amended_list_end(text, folded, sep.end(), registry) if sep else (untyped_end, False)
            written = text[type_start:pos] + "Luật " + text[pos:end]
        else:
            end, last_numbered = _amended_list_end(text, folded, pos, registry)
            end = max(end, known_name(folded, type_start, registry) or end)
            written = text[type_start:end]
        read = NameRead(end=end, name=display_name(doc_type, _without_numbers(written)), amending=True)
    else:
        known = known_name(folded, type_start, registry) if doc_type in LAW_TYPES else None
        in_capitals = text[type_start:type_start + 4].isupper()
        # (`luật` in lower case names a law only where the registry knows the name, not `luật Việt Nam`; `nghị quyết Đại
        # hội Đảng toàn quốc lần thứ XI`, a congress's resolution, its name capitalised after the type, is read on)
        if not known and ((text[type_start].islower() and doc_type in LAW_TYPES) or in_capitals):
            return None
        if known and in_capitals:  # (the name as the registry writes it)
            read = NameRead(end=known, name=registry.full_name(display_name(doc_type, text[type_start:known])))
        elif known:
            known = _longer_unknown_name(text, known)
            read = NameRead(end=known, name=display_name(doc_type, text[type_start:known]))
        else:
            length = grammar_extent(rest[lead:], doc_type)
            if doc_type == "Hiến pháp":
                tail = rest[lead:lead + length]
                length = length if rx(r"(?i)(?:năm\s+)?\d{4}|nước").match(tail) else 0
            elif not length:
                return None
            end = rest_start + lead + length
            again = _TYPE_AGAIN.search(text, rest_start, end) if doc_type in _FIELD_NAMED else None
            end = again.start() if again else end  # (`Luật Việt Nam Luật sư tư vấn …`: a name holds no second `Luật`)
            if doc_type in _FIELD_NAMED and _PROPER_NAME_ONLY.match(text, rest_start, end):
                return None  # `Luật Minh Khuê`, `Luật Dân Việt`, `Luật Việt Nam`: a law firm's or a website's name
            if doc_type in _FIELD_NAMED and text[rest_start + lead:rest_start + lead + 1].islower() and \
                    len(text[rest_start + lead:end].split()) <= _SHORT_COMMON_NAME:
                # `Luật thi đấu`, `Luật bóng đá`: a game's rules. A short law's name is in the registry (`Luật giáo dục`
                # is read as known); an unknown one in lower case is a phrase (`Luật quản lý, sử dụng vốn nhà nước …`)
                return None
            read = NameRead(end=end, name=display_name(doc_type, text[type_start:end]))
    term = _BRACKETED_TERM.match(text, read.end) if doc_type == "Nghị quyết" and "khóa" not in read.name.lower() \
        and "khoá" not in read.name.lower() else None
    if term:  # `Nghị quyết Trung ương 4 (khóa XI)`: the term in brackets names which plenum (not the latest, XII)
        read.end, read.name = term.end(), f"{read.name} khóa {term.group(1).upper()}"
    read.span_end = read.end
    year = _YEAR_AFTER.match(text, read.end)
    if year:
        read.year, read.span_end = year.group(1), year.end(1)
    # (`… và Luật Các tổ chức tín dụng số 32/2024/QH15`: the number after an amending law's list is its last law's)
    read.numbered = bool(_NUMBER_AFTER.match(text, read.span_end)) and not (amending and last_numbered)
    return read


# Up to five lower-case words right after a registered name (not the `năm` of its year), then what shows
# a name is whole: its year, a bracket, or the next law of a list (the fewest words that reach it).
# (or its date, or the end of its clause: `Luật Quy hoạch đô thị và nông thôn ngày 26/11/2024`, `… quy định chi tiết một số
# điều của Luật Quy hoạch đô thị và nông thôn;` is not the `Luật Quy hoạch`)
# (its words may wrap onto the next line; a list going on with other documents, `… và các văn bản …`, closes it too)
_NAME_GOES_ON = regex.compile(r"(?:[ \t]*\n?[ \t]*(?<=\s)(?!năm[ \t]|ngày[ \t])\p{Ll}\p{L}*){1,5}?"
                              r"(?=[ \t]*(?:,?[ \t]*\(?[ \t]*(?:[Nn]ăm[ \t]+)?"
                              r"(?:19|20)\d{2}(?![\d/\-]|\.\d)|[ \t]ngày[ \t]+\d|;|\.(?:\s|$)|\s+và\s+(?:các|những)\s"
                              r"|[()]|,[ \t]*(?:và[ \t]+)?(?:Bộ[ \t]+)?[Ll]uật[ \t]|[ \t]+và[ \t]+(?:Bộ[ \t]+)?[Ll]uật[ \t]))")


def _longer_unknown_name(text: str, known: int) -> int:
    """Where a name ends that starts with a registered one and goes on with a noun complement the
    registry does not know: `Luật Doanh nghiệp nhà nước năm 1995, Luật Doanh nghiệp nhà nước năm
    2003` names two laws, neither of them the `Luật Doanh nghiệp`. The longer name is taken only
    where it visibly closes (a year, a bracket, the next law of a list) and its added words are
    common nouns (underthesea's POS tags), not the sentence going on (`Luật Quy hoạch bảo đảm khả
    thi …`, `… các cấp nhiệm kỳ 2026-2031`)."""
    goes_on = _NAME_GOES_ON.match(text, known, known + 60)
    return goes_on.end() if goes_on and _common_nouns(" ".join(goes_on.group(0).split())) else known


@lru_cache(maxsize=256)
def _common_nouns(phrase: str) -> bool:
    tagged = phrase_tags(phrase)  # only for the rare name that goes past a registered one
    # (two nouns joined by `và`: `Luật Quy hoạch đô thị và nông thôn`)
    return bool(tagged) and all(tag in ("N", "Nc", "Np") or (word == "và" and 0 < i < len(tagged) - 1)
                                for i, (word, tag) in enumerate(tagged))


# (the laws may be counted, `… một số điều của 11 Luật về quân sự, quốc phòng`, a 2025 law amending several at once)
_LISTED_LAW = regex.compile(r"(?:các\s+|\d{1,2}\s+)?(?P<type>Bộ\s+[Ll]uật|[Ll]uật|Pháp\s+lệnh|Hiến\s+pháp)")
_LISTED_NUMBER = regex.compile(r"[ \t]+số[ \t]*\d+/\d{4}/[\p{L}\d\-]+")


def _known_untyped(folded: str, pos: int, registry: Registry) -> int | None:
    """Where a registered law's name written at `pos` without its type word ends, if the registry knows it."""
    known = known_name(_TYPE_PREFIX + folded[pos:pos + 260], 0, registry)
    return pos + known - len(_TYPE_PREFIX) if known else None


def _amended_list_end(text: str, folded: str, pos: int, registry: Registry) -> tuple[int, bool]:
    """End of the list of laws an amending law names: `Luật X, Luật Y và Luật Z` (each possibly
    with its number: `Luật Đất đai số 31/2024/QH15, Luật Nhà ở số …`), and whether the number after the
    last one is its own: the list numbers its laws (two or more numbered). After a single law it is the
    amending law's (`… của Luật Hải quan số 42/2005/QH11`)."""
    end, numbered = pos, 0
    while True:
        m = _LISTED_LAW.match(text, pos)
        if not m:
            break
        doc_type = "Luật" if m.group("type").lower() == "luật" else canonical_type(m.group("type"))
        known = known_name(folded, m.start("type"), registry)
        if known:
            end = known
        else:
            rest = text[m.end():m.end() + 200]
            stop = _HARD_STOP.search(rest)  # (`… của Luật PCCC”; Thông tư số …`: the list ends at its mark)
            rest = rest[:stop.start()] if stop else rest
            lead = len(rest) - len(rest.lstrip(" \t"))
            length = grammar_extent(rest[lead:], doc_type)
            plural = m.group(0).startswith("các") or m.group(0)[:1].isdigit()
            if not length and plural and rest.startswith("về ", lead):
                topic = grammar_extent(rest[lead + 3:], doc_type)  # (`các Luật về quân sự, quốc phòng`: their field)
                length = 3 + topic if topic else 0
            if not length and not plural:
                break
            end = m.end() + lead + length
        number = _LISTED_NUMBER.match(text, end)
        numbered += number is not None
        after = number.end() if number else end
        sep = _LIST_SEPARATOR.match(text, after)
        if not sep:
            break
        pos = sep.end()
    return end, numbered >= 2 and number is not None


_NUMBER_IN_NAME = regex.compile(r"\s+số\s*\d+/\d{4}/[\p{L}\d\-]+")


def _without_numbers(name: str) -> str:
    return _NUMBER_IN_NAME.sub("", name)


_NOT_DIGITS = regex.compile(r"\D")


@lru_cache(maxsize=8192)
def name_base(doc_type: str, name: str) -> tuple[str, str]:
    """(comparison key, qualifier) of a named document: `Luật thực hiện dân chủ cơ sở năm 2022`
    and `Luật Thực hiện dân chủ ở cơ sở` share `luật thực hiện dân chủ cơ sở`."""
    low = key_fold(name)
    qualifier = ""
    qm = QUALIFIER.search(low)
    if qm and doc_type in ("Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết", "Hiến pháp"):
        qualifier = _NOT_DIGITS.sub("", qm.group(0))[:4]
        low = low[:qm.start()]
    words = [w for w in rx(r"[\p{L}\d]+").findall(low) if w not in _NAME_STOPWORDS]
    if doc_type == "Nghị quyết":
        words = [w for w in words if w not in ("hội", "nghị")] or words
    return " ".join(words), qualifier


_DATED_AFTER = regex.compile(r"[ \t]*,?[ \t]*(?:\(?(?:năm\s+)?(?:19|20)\d{2}|(?:được\s+)?ký(?:\s+kết)?\s+(?:ngày|tại|năm))")


def identifies_a_treaty(name: str, after: str) -> bool:
    """Whether a `Hiệp định` / `Công ước` name names one agreement: it holds a proper noun or an
    acronym (`ASEAN`, `CPTPP`, `Basel`, `… Thái Bình Dương`), or it is dated (`… năm 1954`, `… ký ngày
    30 tháng 3 năm 2012`). `Hiệp định Thương mại tự do` alone is a kind of agreement. Title case
    capitalises only a name's first word, so a later capital is a proper noun; for the first word,
    underthesea's POS tagger tells a proper noun (`Np`) from a common one."""
    words = name.split(" của ", 1)[0].split()[2:]  # not `… tự do của Bộ Công Thương`: a body's capitals
    if not words:
        return False
    if _DATED_AFTER.match(after):
        return True
    if any(ACRONYM.fullmatch(w.strip(",")) or (i and w[:1].isupper()) for i, w in enumerate(words)):
        return True
    return words[0][:1].isupper() and _proper_noun_first(" ".join(words))


@lru_cache(maxsize=256)
def _proper_noun_first(phrase: str) -> bool:
    tagged = phrase_tags(phrase)  # only for treaty names, which are rare
    return bool(tagged) and tagged[0][1] == "Np"
