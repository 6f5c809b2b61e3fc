"""The document's type and title (trích yếu).

A type line in capitals (`KẾ HOẠCH`, `QUYẾT ĐỊNH`) is followed by the subject on one or more lines; a
Công văn has no type line, its subject follows `V/v` (often on the `Số:` line of a flattened header).
The subject ends where the body starts, at the national motto, at the enacting body of a legal
document (`QUỐC HỘI`, `ỦY BAN THƯỜNG VỤ QUỐC HỘI` over its `Căn cứ`), or at a blank line unless the
next line plainly continues it (converters put a blank line between every paragraph).
"""
from __future__ import annotations

from dataclasses import dataclass
import json
from functools import lru_cache

import regex

from .citations.symbols import issuing_code
from .frame_header import (BODY_START, MOTTO, POST_ISSUER_AND_DATE, UNCOLONED_NUMBER, bare_place_date_line,
                           is_gazette_line, iso_date, place_date, without_term_and_session)
from .lexicon import MODELS_DIR, load, starts_with_org
from .nlp_models import phrase_tags
from .party_names import LEVELS, place_words
from .pattern_cache import longest_first
from .records import DocumentText
from .running_lines import POST_STAMP, STAMP_LINE
from .section_markers import CONTENTS_TITLE
from .split_flat import CAPS_MOTTO
from .textfold import fold, key_fold, rx, strip_markup


@dataclass(frozen=True, slots=True)
class TypeAndTitle:
    doc_type: str
    title: str
    start: int  # offset of the type line or the `V/v`
    end: int  # offset where the title ends (0 when there is none)


_VV = regex.compile(r"(?im)(?<![\p{L}/])V/v(?!/)[ \t.:]*(.*)$")
# A `V/v` OCR damaged (`V/`, `V/V`, `Vlv`, `V/y`, `V|v`): only at a line's start and before the subject's
# first word in lower case, where a Roman `V` never stands so. Searched only where one of its first two
# characters stands (`str.find`): the pattern tried at every line start cost the header 5 %.
_DAMAGED_VV = r"^[ \t]*V(?:/[vVyY]?|[|l][vV])(?=[ \t.:]+\p{Ll})"
_VV_DAMAGED = regex.compile(rf"(?m){_DAMAGED_VV}[ \t.:]*(.*)$")
_VV_DAMAGED_HINTS = ("V/", "V|", "Vl")
_VV_PREFIX = regex.compile(rf"(?i:^\s*V/v\b[\s.:]*)|{_DAMAGED_VV}[\s.:]*")
# Old gazette headers repeat the number in the title: `CỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8
# NĂM 2001 HƯỚNG DẪN …`: the subject starts after the date.
_OWN_REFERENCE = regex.compile(
    r"(?i)^của\s.{1,200}?\bsố\s*:?\s*\S+\s+ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[/.-]\d{1,2}[/.-]\d{4})\s*")
# A legal database's note set into the subject: `[Các quy định … bị thay thế bởi …]`.
_EDITORIAL_NOTE = regex.compile(r"\s*\[[^\]]{20,800}\]")
# The body run on after the subject (a page flattened onto few lines): its opening sentence (`Căn cứ …`, `Nhằm …`) or
# its first part's number (`I. MỤC ĐÍCH`), not a Roman numeral that a term, a part or a round is numbered by
# (`khóa XVI. Căn cứ …`: the cue after it cuts).
_INLINE_BODY = regex.compile(r"(?<=\S)\s+(?:(?:Căn cứ|Kính g[ửở]i|Xét đề nghị|Theo đề nghị|Thực hiện|Phúc đáp|Tiếp theo|Nhằm)\b"
                             r"|(?<!(?i:khóa|khoá|kỳ|phần|chương|mục|đoạn|lần|đợt|số|loại|hạng)\s+)[IVX]{1,4}\.[ \t]+\p{Lu})")
# A sentence of the preamble or the body, which a subject's wrapped line never opens with (the subject
# itself may: `Thực hiện công tác dân vận …` right under the type line).
# (a bullet may open it, glued or not: `-Căn cứ Quy định số 944-QĐ/HNDTW …` under a guidance's subject)
_PREAMBLE_CUE = regex.compile(r"^[ \t]*(?:[-+•][ \t]*)?"
                              r"(?:Căn cứ|Thực hiện|Triển khai|Nhằm|Để|Xét|Theo đề nghị|Thi hành|Phúc đáp|Tiếp theo)"
                              r"(?![\p{L}])")
# The body's opening sentence (`Ủy ban nhân dân xã xây dựng Kế hoạch … như sau:`), its colon perhaps lost.
_BODY_INTRO = regex.compile(r"(?i)như sau\s*:\s*$")
_BODY_INTRO_BARE = regex.compile(r"(?i)\bnhư sau\s*$")
_LINKING_WORDS = ("của", "với", "và", "cho", "về", "tại", "đối với", "thuộc", "trực thuộc")
_LINKING_TAILS = tuple(" " + w for w in _LINKING_WORDS)
# Compiled at import, as the lexicon's patterns below: the paths that use them are rarer than the warm-up's plan.
_NUOC_AT_END = regex.compile(r"(?i)\s+nước\s*$")
_CLOSING_TYPE = regex.compile(r"(?i)trên đây là\s+(\p{L}+(?:\s+\p{L}+)?)")
# The type code of a symbol: after the number (`95/KH-TC`, `61/2022/QH15`), or in a Party document's
# number before its issuer (`36-HD/VPTW`, Quy định 66-QĐ/TW on the Party's documents).
_SYMBOL_TYPE_CODE = regex.compile(r"^\d+-([\p{L}]+)/|/(?:\d{4}/)?([\p{L}]+)")


def _type_words_caps() -> list[tuple[str, str]]:
    pairs = [(word.upper(), dt_.name) for dt_ in load().doc_types for word in dt_.words]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


@lru_cache(maxsize=1)
def _type_names() -> dict[str, str]:
    """A type word in capitals → the type's name (built once, not per document)."""
    return dict(_type_words_caps())


@lru_cache(maxsize=1)
def _title_marks() -> dict[str, list[str]]:
    """models/title_marks.json: a draft's mark before the type word, an urgency mark after it."""
    with open(MODELS_DIR / "title_marks.json", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def _type_qualifiers() -> frozenset[str]:
    """models/title_marks.json: a qualifier alone after the type word (`KẾ HOẠCH PHỐI HỢP`), in capitals."""
    return frozenset(q.upper() for q in _title_marks()["type_qualifiers"])


def _marks_pattern(key: str) -> str:
    marks = sorted(_title_marks()[key], key=len, reverse=True)
    return "|".join(regex.escape(m).replace(r"\ ", r"[ \t]+") for m in marks)


@lru_cache(maxsize=1)
def _type_line_regex() -> regex.Pattern:
    """A type line in capitals (`KẾ HOẠCH`), alone or after the date of a flattened header; a draft's mark
    before it (`DỰ THẢO KẾ HOẠCH`), an urgency mark after it (`THÔNG BÁO KHẨN`) left out of type and subject."""
    words = "|".join(regex.escape(w) for w, _ in _type_words_caps())
    draft, urgent = _marks_pattern("draft_marks"), _marks_pattern("urgency_marks")
    # (the date's year and the type may run together in a flattened header: `… năm 2011QUY CHẾ HOẠT ĐỘNG …`)
    return regex.compile(rf"(?m)(?:^|\d{{4}}[ \t]*)[ \t]*(?:(?:{draft})[ \t]*[:.\-–]?[ \t]+)?({words})(?![\p{{L}}])"
                         rf"(?:[ \t]+(?:{urgent})(?![\p{{L}}]))?[ \t]*(.*)$")


@lru_cache(maxsize=1)
def _sentence_case_type_words() -> str:
    """The type words written in sentence case (`Kế hoạch`, `Nghị quyết`), longest first, as an alternation."""
    return "|".join(regex.escape(w[:1] + w[1:].lower()) for w, _ in _type_words_caps())


@lru_cache(maxsize=1)
def _sentence_type_regex() -> regex.Pattern:
    """A title line that opens with its type word in sentence case (`Kế hoạch tổ chức Hội nghị viên chức năm học
    2024-2025` right under the header, no type line of its own): the type word, then the subject in lower case (its
    first word perhaps capitalised: `Báo cáo Tổng kết công tác phòng chống thiên tai …`)."""
    words = _sentence_case_type_words()
    urgent = "|".join(regex.escape(m[:1] + m[1:].lower()) for m in _title_marks()["urgency_marks"])
    return regex.compile(rf"^[ \t#*_]*({words})(?![\p{{L}}])(?:[ \t]+(?:{urgent})(?![\p{{L}}]))?"
                         rf"(?:[ \t]+số[ \t]*:?[ \t]*\S+)?[ \t]+((?:\p{{Lu}}\p{{Ll}}*[ \t]+)?\p{{Ll}}.*)$")


@lru_cache(maxsize=1)
def _title_case_type_regex() -> regex.Pattern:
    """The same in a portal's title case, every word capitalised (`Kế Hoạch Tổ Chức “Bé Vui Hội Xuân” Năm 2024`)."""
    words = "|".join(regex.escape(w.title()) for w, _ in _type_words_caps())
    return regex.compile(rf"^[ \t#*_]*({words})(?![\p{{L}}])[ \t]+([\p{{Lu}}“\"]\S*(?:[ \t]+[\p{{Lu}}\d“\"(–-]\S*)*)[ \t]*$")


# What a page's heading may give after the type instead of a subject: the day it was issued (`Thông báo Khẩn ngày
# 18/10/2020`)
_DATE_ONLY = regex.compile(r"(?i)^ngày[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$")


# A heading that names the document by its number only (`# CÔNG VĂN SỐ 12/UBND-VP` over a web page): no subject
_NUMBER_ONLY = regex.compile(r"(?i)^[ \t]*s[ốo][ \t]*:?[ \t]*\S*\d\S*[ \t]*$")


def _enacting_body_regex() -> regex.Pattern:
    """A body named at the end of a title line: the enacting formula of a legal document
    (`… THỜI KỲ 2021 - 2030 QUỐC HỘI`, `… BỘ TRƯỞNG BỘ TÀI CHÍNH`), folded and case-folded."""
    lex = load()
    bodies = longest_first(key_fold(name) for name in lex.issuer_codes.values())
    titles = longest_first(key_fold(t) for t in lex.signer_titles)
    return regex.compile(r"(?:^|\s)((?:(?:" + "|".join(map(regex.escape, titles)) + r")\s+)?(?:"
                         + "|".join(map(regex.escape, bodies)) + r"))\s*$")


_OF_BEFORE_BODY = regex.compile(r"(?:^|\s)của\s*$")


def _is_enacting_line(line: str, bodies: tuple[str, ...]) -> bool:
    """A line that names the body enacting the document, alone: the issuer or a known body, in
    capitals, possibly after a signer's title (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …`)."""
    stripped = line.strip()
    if not stripped or stripped.upper() != stripped:
        return False
    key = key_fold(stripped)
    if key.startswith(("về ", "v/v")):
        return False  # the subject, whose plan may end on the issuer's name (`VỀ VIỆC BAN HÀNH KẾ HOẠCH … BỘ GIÁO DỤC …`)
    if any(body and (key == key_fold(body) or key.endswith(" " + key_fold(body)) and not _OF_BEFORE_BODY.search(
            key, 0, len(key) - len(key_fold(body)))) for body in bodies):
        return True  # (not the subject's end that names it: `… MẠNG TIN HỌC DIỆN` ⏎ `RỘNG CỦA ỦY BAN NHÂN DÂN TỈNH …`)
    # the body by its level without its place (`ỦY BAN NHÂN DÂN TỈNH` of `Ủy ban nhân dân tỉnh Bình Định`), the enacting
    # formula of a decision its web copy runs on under the title without a blank line
    if key.count(" ") >= 2 and any(body and key_fold(body).startswith(key + " ") for body in bodies):
        return True
    # the body with its level (and place) where the header gives its head alone (`ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG`,
    # `ỦY BAN NHÂN DÂN TỈNH` under the title, the header's `ỦY BAN NHÂN DÂN` a web copy left without its second line)
    if any(body and key.startswith(key_fold(body) + " ") and (_level_opens().match(key, len(key_fold(body)) + 1) or
                                                             _level_alone().fullmatch(key, len(key_fold(body)) + 1))
           for body in bodies):
        return True
    if _AUTHORITY.match(key):  # `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`: its place left out, or not the header's spelling
        return True
    match = _ENACTING_BODY.search(key)
    return bool(match and match.start(1) == 0)


@lru_cache(maxsize=1)
def _level_opens() -> regex.Pattern:
    """A place's level, then its name, folded (models/party_levels.txt)."""
    return regex.compile(_levels() + r"\s+\S")


def _levels() -> str:
    """The places' levels (models/party_levels.txt), folded, as an alternation."""
    return r"(?:" + "|".join(map(regex.escape, longest_first(key_fold(w) for w in place_words("level")))) + r")"


def _strip_enacting_body(title: str, bodies: tuple[str, ...]) -> str:
    """A flattened header runs the enacting formula on after the title (`… THỜI KỲ 2021 - 2030
    QUỐC HỘI`, `… NHẬP KHẨU TỔNG CỤC TRƯỞNG TỔNG CỤC HẢI QUAN`, `… TUYÊN QUANG CHỦ TỊCH UỶ BAN NHÂN
    DÂN TỈNH`): cut the header's body, or a signer's title with a body, off the end, then a signer's
    title left bare."""
    key = key_fold(title)
    cut = None
    for body in sorted((key_fold(b) for b in bodies if b), key=len, reverse=True):
        if key.endswith(" " + body):
            cut = len(key) - len(body)
            break
    if cut is None:
        match = _TITLED_BODY.search(key)
        if match and title.upper() == title:
            cut = match.start(1)
    if cut is None:
        return title
    kept = _cut_tail(title, key, len(key) - cut)
    bare = _SIGNER_TITLE_TAIL.search(key_fold(kept))
    return _cut_tail(kept, key_fold(kept), len(bare.group(1))) if bare and kept != title else kept


def _titled_body() -> str:
    """A signer's title (models/signer_titles.txt) and a body's head after it (models/org_heads.txt), folded: the
    authority that decides (`chủ tịch ủy ban nhân dân …`, `bộ trưởng bộ …`)."""
    lex = load()
    titles = longest_first(key_fold(t) for t in lex.signer_titles)
    heads = longest_first(key_fold(h) for h in lex.org_heads)
    return r"(?:" + "|".join(map(regex.escape, titles)) + r")\s+(?:" + "|".join(map(regex.escape, heads)) + r")"


def _titled_body_regex() -> regex.Pattern:
    """The authority at the end of a title, all that follows it included, folded."""
    return regex.compile(r"\s(" + _titled_body() + r"\b.*)$")


def _authority_regex() -> regex.Pattern:
    """A line that opens with the authority, perhaps a deputy (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …`), folded."""
    return regex.compile(r"(?:phó\s+)?" + _titled_body() + r"(?![\p{L}])")


def _signer_title_tail() -> regex.Pattern:
    titles = longest_first(key_fold(t) for t in load().signer_titles)
    return regex.compile(r"\s((?:phó\s+)?(?:" + "|".join(map(regex.escape, titles)) + r"))$")


# The patterns only flattened headers need, built from the lexicon at import: in a run that is the
# parent's warm-up, whose compiled patterns the workers inherit (and pattern_cache.py keeps), not the
# first flattened header of each worker (~40 ms).
_ENACTING_BODY = _enacting_body_regex()
_TITLED_BODY = _titled_body_regex()
_SIGNER_TITLE_TAIL = _signer_title_tail()
_AUTHORITY = _authority_regex()


def _opens_with_body_regex() -> regex.Pattern:
    """A line opening with a body's head or a signer's title (`UỶ BAN NHÂN DÂN TỈNH`, `BỘ TRƯỞNG …`)."""
    lex = load()
    words = longest_first(key_fold(w) for w in (*lex.org_heads, *lex.signer_titles))
    return regex.compile(r"(?:" + "|".join(map(regex.escape, words)) + r")(?![\p{L}])")


_OPENS_WITH_BODY = _opens_with_body_regex()


def _cut_tail(title: str, key: str, tail_len: int) -> str:
    """`title` without its last `tail_len` key characters, unless a linking word (`của`, `với`) ties
    the body to the subject (`… của Ủy ban nhân dân tỉnh`)."""
    head_key = key[:len(key) - tail_len].rstrip()
    if not head_key or head_key.endswith(tuple(" " + w for w in _LINKING_WORDS)):
        return title
    return " ".join(title.split()[:len(head_key.split())])


def _caps_subject(title: str) -> str:
    """A subject written in capitals, the body run on after it on the same line (`… RUỘNG ĐẤT TRONG CẢ
    NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã …`): the capitals alone."""
    words = title.split(" ")
    caps = 0
    while caps < len(words) and words[caps].upper() == words[caps]:
        caps += 1
    prose = words[caps:]
    # a sentence opens there, not `(sửa đổi …)` nor the period the plan covers (`CÔNG TÁC ĐOÀN THANH NIÊN` ⏎ `Năm học
    # 2017 - 2018`)
    sentence = bool(prose) and prose[0][:1].isupper() and not _PERIOD_LINE.match(" ".join(prose))
    if caps >= 4 and sentence and len(prose) >= 4 and sum(w.lower() == w for w in prose) >= 2:
        return " ".join(words[:caps])
    return title


def _clean(title: str, bodies: tuple[str, ...], flattened: bool) -> str:
    title = strip_markup(title)
    if title.startswith("(") and title.rstrip(" .").endswith(")") and title.count("(") == 1:
        title = title.rstrip(" .")[1:-1]  # a subject typed in brackets under the type line (`(V/v Ban hành quy chế …)`)
    motto = MOTTO.search(title)
    if motto:  # the enacting formula `QUỐC HỘI NƯỚC CỘNG HÒA …` of a flattened header
        title = _NUOC_AT_END.sub("", title[:motto.start()])
    for run_on in (_INLINE_BODY.search, place_date):  # the body or the date line run on after the subject
        found = run_on(title)
        if found:
            title = title[:found.start()]
    title = _caps_subject(_EDITORIAL_NOTE.sub("", _VV_PREFIX.sub("", title)).strip())
    title = _OWN_REFERENCE.sub("", title)
    if flattened:
        title = _strip_enacting_body(title.strip(" :"), bodies)
    else:
        title = _without_authority_tail(title.strip(" :"), bodies)
    # the full stop a typist put after a subject is none of its words (`Về: tham gia ý kiến … THPT.`; the keys write
    # none); an ellipsis or the closing `./.` is left
    title = rx(r"(?<=[^\s./])\.$").sub("", title.strip(" :"))
    # a subject a web page prints twice, the page's heading over the document's own (`Đánh giá, sơ kết …` ⏎ `“…”` ⏎
    # `Đánh giá, sơ kết …` ⏎ `“…”`): one subject
    half = len(title) // 2
    if len(title) > 20 and title[half:half + 1] == " " and title[:half] == title[half + 1:]:
        title = title[:half]
    # a subject typed in quotes with its `V/v` (`“V/v Triển khai … 22/7/2018”`): the quote that closes it, its opening
    # one gone with the `V/v`, is none of its words
    # (or a straight quote that closes it, one of its kind alone: `“V/v báo cáo … thiếu nhi"`)
    if title.endswith("”") and title.count("”") > title.count("“") or title.endswith('"') and title.count('"') == 1:
        return title[:-1].rstrip()
    return title


def _without_authority_tail(title: str, bodies: tuple[str, ...]) -> str:
    """A subject in sentence case with the authority line run on after it in capitals (`Về việc ban hành … năm 2023
    CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`, `… của Quốc hội ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH`: an export that joined the
    lines): the subject alone. A subject in capitals keeps its words (`… BỔ NHIỆM PHÓ GIÁM ĐỐC SỞ Y TẾ` names whom it
    appoints), as one tied to its body (`… của`)."""
    if title.upper() == title:
        return title
    kept = _strip_enacting_body(title, bodies)
    if kept == title and (match := _TITLED_BODY.search(key := key_fold(title))):
        kept = _cut_tail(title, key, len(key) - match.start(1))
    tail = title[len(kept):]
    return kept if tail.upper() == tail else title


def _next_nonblank(text: str, pos: int) -> str:
    for line in text[pos:pos + 600].split("\n"):
        if line.strip():
            return line
    return ""


# The period a plan covers, written as a paragraph of its own under its subject (`Công tác Đoàn và phong trào thanh
# niên` ⏎⏎ `Năm học 2019 – 2020`, a Word file's paragraphs one a line with blank lines between)
_PERIOD_LINE = regex.compile(r"(?i)^[ \t]*(?:năm học|năm|giai đoạn|nhiệm kỳ|học kỳ|quý|tháng|đợt)(?:[ \t]*:)?[ \t]+[\dIVX]"
                            r"[^\n]{0,30}$")


def _continues(line: str) -> bool:
    """A line that plainly continues the subject above it: it starts in lower case, or it is the period the subject
    covers."""
    return (bool(rx(r"^[ \t]*\p{Ll}").match(line)) or bool(_PERIOD_LINE.match(line))) and not BODY_START.match(line)


def _caps_continues(above: str, line: str, bodies: tuple[str, ...]) -> bool:
    """A subject in capitals goes on in capitals past a blank line (a converter's blank between the
    paragraphs a drafter made of each wrapped line) unless that line stops it or names a body."""
    if not above.isupper() or not line.isupper() or _stops(line, bodies, above):
        return False
    return _linked(above) or not _OPENS_WITH_BODY.match(key_fold(line))


@lru_cache(maxsize=1)
def _opens_document() -> regex.Pattern:
    """A line that opens by naming a document (`Nghị quyết Đại hội đại biểu toàn quốc …`, `Chỉ thị số 05-CT/TW …`)."""
    return regex.compile(rf"[ \t]*(?:{_sentence_case_type_words()})[ \t]+(?:số|\p{{Lu}})")


def _document_object(above: str, line: str) -> bool:
    """A subject whose line ends on its verb (`… triển khai thực hiện`) goes on past a converter's blank line with the
    document it carries out (`Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng`), as underthesea tags it."""
    if not above[-1:].isalpha() or not _opens_document().match(line) or _stops(line, ("", "")):
        return False
    tagged = phrase_tags(above)
    return bool(tagged) and tagged[-1][1] == "V"


def _stops(line: str, bodies: tuple[str, ...], after: str = "") -> bool:
    """Where a subject cannot go on: the body, the motto, the number or date line, the enacting body,
    a list item, a short label line (`Kính gửi:` however a scan spells it), or a portal's post line. `after`: the
    subject's line above, whose linking word (`… NĂM 2024 CỦA` ⏎ `THỦ TƯỚNG CHÍNH PHỦ`) carries a body's name on."""
    return bool((BODY_START.match(line) and not _is_caps_subject(line)) or MOTTO.search(line)
                or rx(r"(?i)\s*s[ốo]\s*:").match(line) or place_date(line) or bare_place_date_line(line)
                or _ATTACHED_TO.match(line)
                or (_is_enacting_line(line, bodies) and not _linked(after))
                or (rx(r"^[ \t\f]*[-+•–—▪]\s").match(line) and not _range_ends(after, line))
                or _RULE_OPENS.match(line)
                or rx(r"^[ \t\f]*\S+(?:[ \t]+\S+)?[ \t]*:[ \t]*$").match(line)
                or _DIVISION.match(line) or _CONTENTS.match(line) or _is_urgency_line(line) or _type_line_alone(line)
                or POST_STAMP.match(line))


# a period's last year wrapped onto its own line, its dash opening it (`… GIAI ĐOẠN 2021` ⏎ `- 2027”`): no list item
_RANGE_END = regex.compile(r"[ \t\f]*[-–][ \t]*\d{4}(?!\d)")


def _range_ends(above: str, line: str) -> bool:
    """Whether the line goes on with the period whose first year ends the line above."""
    return above.rstrip()[-4:].isdigit() and bool(_RANGE_END.match(line))


# a rule under the title (`--------------`), the body's first words glued to it by a web copy
_RULE_OPENS = regex.compile(r"[ \t\f]*(?:[-_=*–—][ \t]*){4,}")


def _type_line_alone(line: str) -> bool:
    """A type line with nothing after it (`KẾ HOẠCH` under a portal's post title that repeats the document's kind
    and subject): the document's own type line, where the subject above it stops."""
    m = _type_line_regex().match(line.strip())
    return bool(m) and not m.group(2).strip() and m.group(1).isupper()


def _is_urgency_line(line: str) -> bool:
    """The urgency mark on a line of its own under the subject (`KHẨN`, `HỎA TỐC`: Nghị định 30/2020/NĐ-CP,
    Phụ lục I, models/title_marks.json): the header's last part, no word of the subject."""
    return strip_markup(line).strip(" \t*_()") in _title_marks()["urgency_marks"]


# A division of the body opening its line (`Phần I`, `PHẦN THỨ NHẤT`, `Chương II`): a school's educational plan puts
# `Phần I` ⏎ `CĂN CỨ XÂY DỰNG KẾ HOẠCH` right under its title
_DIVISION = regex.compile(r"(?i)[ \t\f]*(?:phần|chương|mục)[ \t]+(?:[IVXLC]+|\d{1,2}|thứ[ \t]+\p{L}+)(?![\p{L}\d])")
# a table of contents under the title (`KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG …` ⏎ `MỤC LỤC` ⏎ `TT Nội dung Trang`)
_CONTENTS = regex.compile(CONTENTS_TITLE)


# The note under an attached rule's title (`(Ban hành kèm theo Quyết định số …)`), however its column wrapped it (not a
# decision's subject in brackets, `(Ban hành Quy định về công tác kiểm tra …)`)
_ATTACHED_TO = regex.compile(r"(?i)[ \t*_]*\([ \t]*(?:ban[ \t]+hành(?:[ \t]+(?:kèm[ \t]+)?theo(?![\p{L}])|[ \t]*$)"
                             r"|kèm[ \t]+theo(?![\p{L}]))")


# its decision's date (`(Ban hành kèm theo Quyết định số …/QĐ ngày 19/10/2019 của Hiệu trưởng …)`)
_ATTACHED_NOTE = r"(?i)\([ \t]*(?:ban[ \t]+hành[ \t]+)?kèm[ \t]+theo"  # the note's opening: `(Ban hành kèm theo`
_ATTACHED_DATE = regex.compile(_ATTACHED_NOTE + r"[^()]{0,160}?ngày[ \t]*(?:(\d{1,2})[/.-](\d{1,2})"
                               r"[/.-](\d{4})|(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+(\d{4}))")


def attached_rule_date(head: str) -> str:
    """The ISO date of the decision an attached rule is issued with, from the note under its title; "" when none."""
    match = _ATTACHED_DATE.search(head)
    if not match:
        return ""
    day, month, year = (match.group(i) or match.group(i + 3) for i in (1, 2, 3))
    return iso_date(int(day), int(month), int(year))


# and its number (`(Ban hành kèm theo Quyết định số 972 /2007/QĐ - UBND ngày …)`): the number the rule goes by (devset
# NOTES, fresh_30: the caption is the document's own number, no citation)
_ATTACHED_NUMBER = regex.compile(_ATTACHED_NOTE + r"[ \t]+quyết[ \t]+định[ \t]+số[ \t]*:?[ \t]*(\d{1,5}[ \t]*/[ \t]*"
                                 r"(?:\d{4}[ \t]*/[ \t]*)?\p{Lu}[\p{Lu}Đ&]*(?:[ \t]*[-–][ \t]*\p{Lu}[\p{L}&.]*)*)")


def attached_rule_number(head: str) -> str:
    """The number of the decision an attached rule is issued with, from the note under its title; "" when none."""
    match = _ATTACHED_NUMBER.search(head)
    return rx(r"[ \t]+").sub("", match.group(1)).replace("–", "-") if match else ""


def _linked(line: str) -> bool:
    """A subject's line ending on a linking word (`… CỦA`): what follows is part of it."""
    return key_fold(line).endswith(_LINKING_TAILS)


def _is_caps_subject(line: str) -> bool:
    """A subject in capitals that opens as a preamble sentence would (`THỰC HIỆN CHỈ THỊ SỐ 31/CT-TTG
    …` under `KẾ HOẠCH`): the preamble's own sentences are written in lower case."""
    stripped = strip_markup(line)
    return stripped.upper() == stripped and fold(stripped).lower().startswith(_SUBJECT_VERBS)


_SUBJECT_VERBS = ("thực hiện", "triển khai")


def _vv_wrap(text: str, pos: int, parts: list[str], bodies: tuple[str, ...]) -> bool:
    """A `V/v` subject whose wrapped line a converter set past a blank line and capitalised (`V/v Hướng dẫn
    thực hiện nhiệm vụ` ⏎⏎ `Giáo dục trung học năm học 2024-2025` ⏎⏎ `Kính gửi: …`): a short line in
    sentence case, not itself a stop or a preamble's sentence, with a stop right after it (`Kính gửi`,
    `Căn cứ`, a marker, the motto, the place and date)."""
    if len(parts) != 1 or parts[0].rstrip().endswith((".", ";", ":")):
        return False
    following = _next_nonblank(text, pos)
    if not following or len(following.strip()) > 90 or not _SENTENCE_CASE.match(following):
        return False
    if _stops(following, bodies, parts[-1]) or _PREAMBLE_CUE.match(following) or _BODY_INTRO.search(following):
        return False
    after_at = text.find(following, pos) + len(following) + 1
    after = _next_nonblank(text, after_at)
    return bool(after) and _stops(after, bodies, following)


# a line in sentence case: a capital, then a word in lower case, no sentence's end inside it; or an abbreviation
# before a word in lower case (`TCCN năm học 2016-2017`)
_SENTENCE_CASE = regex.compile(r"^[ \t]*(?:\p{Lu}\p{Ll}*|\p{Lu}{2,6}(?=[ \t]+\p{Ll}))"
                                r"(?:[ \t]+[\p{L}\d][\p{L}\d\-/,]*)+[ \t]*$")


def _subject_lines(text: str, pos: int, first: str, bodies: tuple[str, ...], max_lines: int = 6,
                   vv: bool = False) -> tuple[list[str], int]:
    """The subject's lines from `pos` on, after its first part `first` (may be empty); `vv`: a `V/v`
    subject, whose capitalised wrapped line past a blank line may go on (`_vv_wrap`)."""
    parts = [first] if first.strip() else []
    taken = 0
    while pos < len(text) and taken < max_lines:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            following = _next_nonblank(text, end + 1)
            if parts and not (_continues(following) or _caps_continues(parts[-1], following, bodies)
                              or _document_object(parts[-1], following)):
                if not (vv and _vv_wrap(text, end + 1, parts, bodies)):
                    break
                following_at = text.find(following, end + 1)
                parts.append(following.strip())
                taken += 1
                pos = following_at + len(following) + 1
                continue
            pos = end + 1
            continue
        if not parts and STAMP_LINE.fullmatch(line):  # `Thông báo` ⏎ `(04/09/2022 09:49:30)` ⏎ `Về việc …`: when it was posted
            pos = end + 1
            continue
        if (_stops(line, bodies, parts[-1] if parts else "") and not (not parts and _executes_document(line))) or \
                (parts and (_PREAMBLE_CUE.match(line) or _BODY_INTRO.search(line))):
            break
        # (a line in capitals under one that is not ends the subject; a line of figures has no case: `năm học` ⏎
        # `2015 – 2016` goes on)
        if parts and line.strip().upper() == line.strip() and not parts[-1].strip().isupper() and \
                (any(c.isalpha() for c in line) or not any(c.isdigit() for c in line)):
            break
        parts.append(rx(r"\t| {4,}").split(line.strip())[0])
        taken += 1
        pos = end + 1
    return parts, pos


_OF_ISSUER = regex.compile(r"(?i)^[ \t]*của[ \t]+")
_ABOUT = regex.compile(r"(?i)^[ \t]*về(?![\p{L}])")
_EXECUTES = regex.compile(r"(?i)[ \t*_]*thực hiện\s+(?:\S+\s+){0,3}số")


def _executes_document(line: str) -> bool:
    """A plan's subject right under its type line that names the document it carries out (`KẾ HOẠCH` ⏎ `Thực hiện Nghị
    quyết số 13-NQ/TU ngày 06/9/2023` ⏎ `của Ban Thường vụ Tỉnh ủy …`): no preamble's sentence, whose basis runs on after
    a comma into the issuer's own clause (`Thực hiện Kế hoạch số …, Trường … xây dựng kế hoạch …`)."""
    return bool(_EXECUTES.match(line)) and "," not in line and len(line.strip()) <= 160




def _after_bases(text: str, line_start: int, header_end: int = 0) -> bool:
    """Whether a line of the document's bases (`Căn cứ …`, `Xét đề nghị …`) stands between the header (`header_end`:
    its motto) and `line_start`. Above the motto a portal's headline can open the same way (`Triển khai thực hiện
    Nghị quyết số 13-NQ/TU …` ⏎ the header ⏎ `KẾ HOẠCH` ⏎ its subject); bases follow the header."""
    return any(_PREAMBLE_CUE.match(line) for line in text[header_end:line_start].split("\n"))


def _header_end(motto: regex.Match | None, pos: int) -> int:
    """Where the header ends for a line at `pos`: its motto's end when the motto stands above, else the text's start."""
    return motto.end() if motto and motto.end() <= pos else 0


def _whose_line(line: str) -> bool:
    """`CỦA UBND XÃ …`, `CỦA BAN THƯỜNG VỤ TỈNH ỦY`: whose document it is, a body after `của`, no subject; or an office
    holder who issues in their own name (`QUYẾT ĐỊNH CỦA CHỦ TỊCH NƯỚC` ⏎ `Về việc …`: models/signer_titles.txt)."""
    if not _OF_ISSUER.match(line):
        return False
    holder = _OF_ISSUER.sub("", line)
    return starts_with_org(holder) or strip_markup(holder).upper() in load().signer_titles


_JOINED_TYPE = regex.compile(r"[ \t]*VÀ[ \t]+(\p{Lu}+(?:[ \t]+\p{Lu}+)?)(?![\p{L}])[ \t]*")


def _from_type_line(doc: DocumentText, limit: int, bodies: tuple[str, ...]) -> TypeAndTitle | None:
    text, folded = doc.text, doc.folded
    names = _type_names()
    # A type line is printed under the motto; one above it is a portal's post title over the document (`KẾ HOẠCH
    # THỰC HIỆN …` ⏎ the header ⏎ `KẾ HOẠCH` ⏎ its subject), whose own type line then follows.
    # (or the header's number line, where the motto was cut: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT` ⏎ … ⏎ `Số: 10./QĐ- MN`)
    motto = CAPS_MOTTO.search(folded, 0, min(limit, 2500)) or NUMBER_LINE.search(folded, 0, min(limit, 2500))
    for match in _type_line_regex().finditer(folded, 0, limit):
        if motto and match.end() < motto.start() and _type_line_regex().search(folded, motto.end(), limit):
            continue
        if _post_title_over_letter(doc.text, folded, match.end(), limit):
            continue
        if match.group(2).strip() and _retyped_below(folded, match.end(), match.group(1)):
            continue  # a post's title (`KẾ HOẠCH SỐ 04 - V/v TIẾP CÔNG DÂN …`) over the document's own type line
        line_start = folded.rfind("\n", 0, match.start()) + 1
        before = folded[line_start:match.start(1)]
        if MOTTO.search(before) or ("Số" in before and not place_date(before)):
            continue
        if _in_menu(folded, line_start):
            continue  # a portal's menu item (`TIN TỨC - SỰ KIỆN` ⏎ `DỰ ÁN ĐẦU TƯ` ⏎ …), no type line
        line_end = folded.find("\n", match.end(1))
        if is_gazette_line(folded[line_start:len(folded) if line_end < 0 else line_end]):
            continue  # the gazette's part title (`VĂN BẢN QUY PHẠM PHÁP LUẬT`) over the document
        if not text[match.start(2):match.end(2)].strip() and _after_bases(text, line_start, _header_end(motto, line_start)):
            continue  # `QUYẾT ĐỊNH` alone after the bases: a decision's enacting formula (its type line lost)
        first = text[match.start(2):match.end(2)]
        joined = _JOINED_TYPE.match(first)
        if joined and joined.group(1) in _type_names():
            first = first[joined.end():]  # `QUY ĐỊNH VÀ HƯỚNG DẪN` ⏎ `VỀ VIỆC …`: two types of one document, then its subject
        if first.strip().upper() in _type_qualifiers():
            first = ""  # `KẾ HOẠCH PHỐI HỢP` ⏎ its subject: the qualifier is neither type nor subject
        elif _whose_line(first):
            first = ""  # `THÔNG BÁO CỦA UBND XÃ` ⏎ `Về việc …`: whose notice it is, no subject
        numbered = bool(_NUMBER_ONLY.match(first))
        if numbered:  # `KẾ HOẠCH Số: 15/KH-THCS` ⏎ its subject; `# CÔNG VĂN SỐ 12/UBND-VP` over a page: no subject
            first = ""
        parts, end = _subject_lines(text, match.end() + 1, first, bodies)
        if len(parts) > 1 and _whose_line(parts[0]) and _ABOUT.match(parts[1]):
            parts = parts[1:]  # `NGHỊ QUYẾT` ⏎ `CỦA BAN THƯỜNG VỤ TỈNH ỦY` ⏎ `về …`: whose resolution, then its subject
        # A type word after the date on its line: a header flattened by a converter.
        flattened = bool(before.strip())
        title = _clean(" ".join(parts), bodies, flattened)
        if numbered and not title:
            continue  # a page's heading naming the document by its number; its header and subject follow
        return TypeAndTitle(names[match.group(1)], title, match.start(1), end)
    return None


_RETYPED_LINES = 3  # lines looked at under a type line with its subject for the same type word alone


def _retyped_below(folded: str, pos: int, word: str) -> bool:
    """Whether the type word `word` stands alone on one of the next few lines after `pos` (the line's end), no basis
    between."""
    seen = 0
    for line in folded[pos:pos + 600].split("\n")[1:]:
        if not line.strip():
            continue
        if _type_line_alone(line):
            return _type_line_regex().match(line.strip()).group(1) == word
        if _PREAMBLE_CUE.match(line):
            return False  # (`QUYẾT ĐỊNH VỀ VIỆC …` ⏎ … ⏎ `Căn cứ …;` ⏎ `QUYẾT ĐỊNH`: the enacting formula)
        seen += 1
        if seen == _RETYPED_LINES:
            break
    return False


def _post_title_over_letter(text: str, folded: str, type_end: int, limit: int) -> bool:
    """A type line above a letter's header (`HƯỚNG DẪN TUYỂN SINH …` ⏎ `SỞ GIÁO DỤC …` ⏎ `Số: 3929/…` ⏎ `V/v
    hướng dẫn …`): a portal's post title; the `V/v` under the number says the document is a Công văn."""
    number = NUMBER_LINE.search(folded, type_end, limit)
    return bool(number and _VV.search(text, number.end(), limit) and not
                _type_line_regex().search(folded, type_end, number.start()))


# a portal menu's item: a short line in capitals (or, in a submenu below, in sentence case), no figures, no stops
_MENU_ITEM = regex.compile(r"[ \t]*\p{Lu}[\p{Lu} \t&,–-]{1,24}[ \t]*")
_SUBMENU_ITEM = regex.compile(r"[ \t]*\p{Lu}[\p{L} \t&,–-]{1,24}[ \t]*")
_MENU_ITEMS = 2  # menu items at least on each side of the line


def _in_menu(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` stands among a portal's menu items, `_MENU_ITEMS` above and below it at least:
    an item may be a type's words (`TIN TỨC - SỰ KIỆN` ⏎ `DỰ ÁN ĐẦU TƯ` ⏎ `THÔNG TIN QUY HOẠCH`, `VĂN BẢN QPPL` ⏎
    `Giới thiệu` ⏎ `Quy chế hoạt động`)."""
    line_end = text.find("\n", line_start)
    if line_end < 0 or not _MENU_ITEM.fullmatch(text, line_start, line_end):
        return False
    above, end = 0, line_start - 1
    while above < _MENU_ITEMS and end > 0:
        start = text.rfind("\n", 0, end) + 1
        if not _MENU_ITEM.fullmatch(text, start, end):
            return False
        above, end = above + 1, start - 1
    below, start = 0, line_end + 1
    while below < _MENU_ITEMS and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not _SUBMENU_ITEM.fullmatch(text, start, end):
            return False
        below, start = below + 1, end + 1
    return above == below == _MENU_ITEMS


# A letter's subject (trích yếu) written `Về …` on its own line under the number, without the `V/v` (`Số : 4144 /GDĐT
# – VP` ⏎ `Về cho học sinh nghỉ học`): Nghị định 30/2020/NĐ-CP, Phụ lục I, puts a Công văn's trích yếu there, after
# `V/v` or `Về việc`; the subject opens in lower case (`Về: tham gia ý kiến …` too). `Về việc …` is kept whole, as
# under a type line.
# (a Party letter writes it in lower case under its `Số 2449-CV/ĐU`: `về việc triển khai thực hiện …`)
_VE_SUBJECT = regex.compile(r"(?m)^[ \t]*(?:Về(?:[ \t]*:)?[ \t]+(?!việc[ \t])(?=\p{Ll})|(?=[Vv]ề[ \t]+việc[ \t]+\p{Ll}))(.*)$")
# the header's `Số:` field opening its line (a Party document's `Số 15-KH/CB` without its colon)
NUMBER_LINE = regex.compile(r"(?im)^[ \t*_#|]*s[ốo](?:[ \t]*:|" + UNCOLONED_NUMBER + ")")


def _ve_subject(doc: DocumentText, zone_end: int) -> regex.Match | None:
    """A `Về …` subject line between the header's number line and the body's start (`zone_end`); or opening a page
    that shows a letter without its header (`Về việc góp ý vào dự thảo Đề án …` ⏎ the body)."""
    number = NUMBER_LINE.search(doc.text, 0, zone_end)
    if not number:
        opening = doc.text[:200]
        first = len(opening) - len(opening.lstrip())
        match = _VE_SUBJECT.match(doc.text, first) if doc.text.startswith(("Về", "về"), first) else None
        return match if match and not match.group(1).rstrip().endswith((":", ";")) and \
            not MOTTO.search(doc.folded, 0, _PAGE_HEADER_REACH) else None
    match = _VE_SUBJECT.search(doc.text, number.end(), zone_end)
    return match if match and not match.group(1).rstrip().endswith((":", ";")) else None


_PAGE_HEADER_REACH = 2500  # where a page's own header (its motto) would stand


def _from_vv(doc: DocumentText, limit: int, bodies: tuple[str, ...], zone_end: int = 0) -> TypeAndTitle | None:
    # (not one inside the bases, about the letter they carry out: `Thực hiện công văn số 279/CV-PGD&ĐT …, ngày 03
    # tháng 04 năm 2014 v/v Tổng kết 15 năm …;`)
    motto = CAPS_MOTTO.search(doc.folded, 0, min(limit, _PAGE_HEADER_REACH))
    match = next((m for m in _VV.finditer(doc.text, 0, limit)
                  if not _after_bases(doc.text, m.start(), _header_end(motto, m.start()))), None)
    end = match.start() if match else limit
    if any(0 <= doc.text.find(hint, 0, end) for hint in _VV_DAMAGED_HINTS):
        match = _VV_DAMAGED.search(doc.text, 0, end) or match
    if not match:
        match = _ve_subject(doc, min(zone_end, limit))
    if not match:
        return None
    # (the header's other column after a gap, or after a table cell's bar: `V/v tham mưu … công nghiệp |  | `)
    first = rx(r"\t| {4,}|[ \t]+\|(?=[ \t]|$)").split(match.group(1).strip())[0]
    parts, end = _subject_lines(doc.text, match.end() + 1, first, bodies, vv=True)
    return TypeAndTitle("Công văn", _clean(" ".join(parts), bodies, False), match.start(), end)


def _type_words_written_out(gap: str) -> str:
    """The type words written out (not the codes `kh`, `qđ` the lexicon also lists), longest first, as an alternation
    whose words are parted by `gap`."""
    words = sorted({w for dt_ in load().doc_types for w in dt_.words if " " in w or len(w) > 3}, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", gap) for w in words)


@lru_cache(maxsize=1)
def _lone_type_line() -> regex.Pattern:
    """A type word alone on its line, in any case but opening with a capital (`Thông báo` under a portal's post title),
    or in capitals broken one word a line by a PDF's narrow column (`THÔNG` ⏎ `BÁO`)."""
    alternation = _type_words_written_out(r"[ \t]*\n?[ \t]*")
    return regex.compile(rf"(?mi)^[ \t]*(?=(?-i:\p{{Lu}}))({alternation})[ \t]*$")


_LONE_TYPE_REACH = 600  # where a page without its header shows its type word alone (under a post's title and date)


@lru_cache(maxsize=1)
def _titled_post_line() -> regex.Pattern:
    """A page's first line naming its type, then what it is about (`Thông Báo về việc tăng cường phòng, chống dịch …`),
    its number between them or not (`Thông báo số: 410 /TB-PGDĐT Về việc treo cờ …`): a portal's post title over a body
    without its header."""
    alternation = _type_words_written_out(r"[ \t]+")
    # (or after a colon, in capitals: `Thông báo: Treo Quốc kỳ và nghỉ tết Dương lịch năm 2026`)
    # (its number may be a Party body's, its issuer and date after it: `Thông tri số 28 – TT/TU của Thành ủy TPHCM ngày
    # 27/11/2009 về …`)
    return regex.compile(rf"(?i)[ \t]*(?=(?-i:\p{{Lu}}))({alternation})(?:[ \t]+s[ốo][ \t]*:?[ \t]*\d[^\s/–-]*"
                         r"[ \t]*[/–-][ \t]*\S+" + POST_ISSUER_AND_DATE + ")?"
                         rf"(?:[ \t]+((?:về[ \t]+việc|v/v|về)[ \t:]+\S[^\n]*)|[ \t]*:[ \t]*((?-i:\p{{Lu}})[^\n]*))")


def _from_titled_post_line(doc: DocumentText, bodies: tuple[str, ...]) -> TypeAndTitle | None:
    """The type and subject a headerless page's first line names (`_titled_post_line`)."""
    start = len(doc.text) - len(doc.text.lstrip())
    end = doc.text.find("\n", start)
    match = _titled_post_line().fullmatch(doc.folded, start, len(doc.text) if end < 0 else end)
    if not match:
        return None
    name = load().type_by_word.get(" ".join(match.group(1).lower().split()))
    subject = 2 if match.start(2) >= 0 else 3
    title = _clean(doc.text[match.start(subject):match.end(subject)], bodies, False)
    return TypeAndTitle(name, title, match.start(1), match.end()) if name else None


def _from_lone_type_line(doc: DocumentText, bodies: tuple[str, ...]) -> TypeAndTitle | None:
    """A page without its header (no type line in capitals, no `V/v`) whose type stands alone on one of its first
    lines: the subject under it (`Thông báo` ⏎⏎ `Kế hoạch điều tra …`; `THÔNG` ⏎ `BÁO` ⏎ `Về` ⏎ `việc điều chỉnh …`)."""
    text = doc.text
    match = _lone_type_line().search(doc.folded, 0, min(len(text), _LONE_TYPE_REACH))
    if not match:
        return None
    name = load().type_by_word.get(" ".join(match.group(1).lower().split()))
    if not name or _after_bases(text, match.start()):
        return None  # (after the bases, `QUYẾT ĐỊNH` alone is a decision's enacting formula, no type line)
    first_line = text[match.end():].lstrip("\n")
    start = len(text) - len(first_line)
    parts, end = _subject_lines(text, start, "", bodies)
    return TypeAndTitle(name, _clean(" ".join(parts), bodies, False), match.start(1), end)


def type_and_title(doc: DocumentText, zone_end: int, bodies: tuple[str, ...]) -> TypeAndTitle:
    """`bodies`: the header's issuing body and its full line, which an enacting formula repeats."""
    limit = max(zone_end, 0) + 400
    typed = _from_type_line(doc, limit, bodies)
    # A `V/v` before any type line makes a Công văn; after one (`QUYẾT ĐỊNH V/V BAN HÀNH …`) it only
    # opens that document's subject.
    letter = _from_vv(doc, typed.start if typed else limit, bodies, zone_end)
    if letter and typed and typed.title and typed.doc_type != letter.doc_type:
        # a plan's own type line and title under a `V/v` its header carries (`V/v Kiểm tra nội bộ trường học` ⏎ …
        # ⏎ `KẾ HOẠCH` ⏎ `Kiểm tra nội bộ trường tiểu học … năm học 2012 – 2013`): the type line says what it is
        return typed
    return letter or typed or _from_lone_type_line(doc, bodies) or _from_titled_post_line(doc, bodies) \
        or _from_sentence_line(doc, limit, bodies) or TypeAndTitle("", "", 0, 0)


_TITLE_LINE = 300  # a title's line is no paragraph
_PAGE_CHROME_LINES, _CHROME_LINE = 4, 60  # short lines at most over a headerless page's title


def _from_sentence_line(doc: DocumentText, limit: int, bodies: tuple[str, ...]) -> TypeAndTitle | None:
    """No type line and no `V/v`: the first line after the header's place and date, when it opens with a type
    word in sentence case and goes on with the subject (`Kế hoạch tổ chức Hội nghị viên chức năm học 2024-2025`
    under the header of a school's page), or the text's first line when it has no header at all (a page that shows
    the post's title over the document's body). A line closed by `:` or `.`, or opening the preamble, is the
    body's."""
    text = doc.text
    dated = place_date(doc.folded[:limit])
    if dated:
        pos = doc.folded.find("\n", dated.end())
        if pos < 0:
            return None
    elif _header_motto(doc.folded, limit) or NUMBER_LINE.search(doc.folded, 0, limit):
        return None  # a header without its date: where it ends is not known
    else:
        pos = -1
    # a page without a header may show its tools and stamps over the post's title (`In bài viết`, `Xem với cỡ chữ`)
    chrome = 0 if dated else _PAGE_CHROME_LINES
    while pos < min(limit, len(text)):  # `pos`: the line break before the line (-1: the text's start)
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1:end]
        if line.strip():
            if MOTTO.search(line) or line.rstrip(" \t*_").endswith((":", ".")) or _PREAMBLE_CUE.match(line) \
                    or len(line) > _TITLE_LINE:
                return None
            match = _sentence_type_regex().match(doc.folded[pos + 1:end]) or \
                _title_case_type_regex().match(doc.folded[pos + 1:end])
            if match:
                break
            if not chrome or len(line.strip()) > _CHROME_LINE:
                return None
            chrome -= 1
        pos = end
    else:
        return None
    parts, stop = _subject_lines(text, end + 1, line[match.start(2):], bodies)
    title = _clean(" ".join(parts), bodies, False)
    if _DATE_ONLY.match(title):
        return TypeAndTitle(_type_names()[match.group(1).upper()], "", pos + 1 + match.start(1), 0)
    if not title:
        return None
    return TypeAndTitle(_type_names()[match.group(1).upper()], title[:1].upper() + title[1:], pos + 1 + match.start(1), stop)


def enacting_body_named_in_full(text: str, issuer: str, place: str = "") -> str:
    """The enacting body's line under a decision's subject (`ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH`), among the document's
    first lines, that names with its level and place the body the header gives without them (`ỦY BAN NHÂN DÂN`, a web
    copy that lost the header's second line); else ''. A line naming the level alone, or the post that enacts for the
    body (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`), takes the place of the date line (`Đắk Lắk, ngày …`): the body's own."""
    head = key_fold(issuer)
    for line in text[:2000].split("\n")[:16]:
        line = line.strip(" \t|*_")
        line = without_term_and_session(line)  # (a council's term and session after its name: no part of it)
        key = key_fold(line)
        at = key.find(head + " ")
        post = key[:at].strip() if at > 0 else ""
        if not (line and line.isupper() and at >= 0 and (not post or post in _enacting_posts())):
            continue
        level = _level_opens().match(key, at + len(head) + 1)
        if level:
            return line[at:]
        level = _level_alone().fullmatch(key, at + len(head) + 1)
        if level and place:
            return f"{line[at:]} {place.upper()}"
    return ""


# A people's committee or council named with its level in the body (`Chủ tịch Ủy ban nhân dân tỉnh yêu cầu …`, `UBND huyện
# …`), not with a list's `các` (`… các huyện, thị xã`).
_LOCAL_BODY_LEVEL = regex.compile(r"(?i)(?:(ủy ban nhân dân|uỷ ban nhân dân|ubnd)|(hội đồng nhân dân|hđnd))[ \t]+("
                                  + LEVELS + r")(?![\p{L}])")
_BARE_LOCAL_BODIES = {key_fold("ủy ban nhân dân"): 1, key_fold("hội đồng nhân dân"): 2}


def level_named_in_body(text: str, issuer: str, place: str, number: str) -> str:
    """A header's people's committee or council without its level and place (`ỦY BAN NHÂN DÂN |` ⏎ `Số: 11/CT-UBND |`, a
    web copy that lost the header's second line, no enacting line under the title) named in full from the level the
    body gives the same body and the date line's place (`Ủy ban nhân dân tỉnh An Giang`); else ''. Not where the
    number's symbol names another issuer (`681/HD-SGDĐT`: the committee is the parent of a Sở whose line was lost)."""
    kind = _BARE_LOCAL_BODIES.get(key_fold(issuer))
    code = issuing_code(number) if number else ""
    if not kind or not place or code not in ("", "UBND", "HĐND"):
        return ""
    found = next((m for m in _LOCAL_BODY_LEVEL.finditer(text, 0, 4000) if m.group(kind)), None)
    return f"{issuer} {found.group(3).lower()} {place}" if found else ""


@lru_cache(maxsize=1)
def _enacting_posts() -> frozenset[str]:
    """The posts that enact a body's decision before its name (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH`): the signers' titles of
    models/signer_titles.txt, folded."""
    return frozenset(key_fold(t) for t in load().signer_titles)


@lru_cache(maxsize=1)
def _level_alone() -> regex.Pattern:
    """A place's level with no name after it, folded (models/party_levels.txt)."""
    return regex.compile(_levels() + r"\s*")


def title_under_header(doc: DocumentText, limit: int, bodies: tuple[str, ...]) -> str:
    """The subject a plan writes right under its header's date line when the page lost its type line (`Số: /KH-…
    X.Hòa Bình, ngày … năm 2023` ⏎ `Kiểm tra nội bộ trường học năm học 2023-2024` ⏎ `Căn cứ …`): for a document
    whose number's type code gave its type. The line opens in capitals and is no sentence; the body's opening
    (`Căn cứ`, `Kính gửi`, a part's marker) must follow it, so that the body's own first line is never taken."""
    text, folded = doc.text, doc.folded
    dated = place_date(folded[:limit])
    if not dated:
        return ""
    start = folded.find("\n", dated.end())
    if start < 0:
        return ""
    line = _next_nonblank(text, start + 1)
    at = text.find(line, start + 1)
    if fold(strip_markup(line)).strip().lower() in load().type_by_word:  # the type word alone in sentence case
        start = at + len(line)
        line = _next_nonblank(text, start + 1)
        at = text.find(line, start + 1)
    # (it may open with a count: `15 năm thực hiện Chỉ thị số 30-CT/TW …`; not a part's marker)
    opening = line.lstrip(" \t*_#")[:1]
    if not line.strip() or len(line) > _TITLE_LINE or not (opening.isupper() or opening.isdigit()) \
            or (opening.isdigit() and BODY_START.match(line)) \
            or line.rstrip(" \t*_").endswith((":", ".", ";")) or _PREAMBLE_CUE.match(line) \
            or _stops(line, bodies) or _BODY_INTRO.search(line) or _BODY_INTRO_BARE.search(line):
        return ""
    parts, end = _subject_lines(text, at, "", bodies)
    following = _next_nonblank(text, end)
    if following and _is_enacting_line(following, bodies):  # (a decision's enacting body under its subject)
        following = _next_nonblank(text, text.find(following, end) + len(following))
    if not following or not (BODY_START.match(following) or _PREAMBLE_CUE.match(following)):
        return ""
    return _clean(" ".join(parts), bodies, False)


def _header_motto(folded: str, limit: int) -> bool:
    """The motto as a header prints it: in capitals, or its second line (`Độc lập - Tự do - Hạnh phúc`); not the
    country's name in a sentence (`… Chủ tịch Quốc hội nước Cộng hòa Xã hội Chủ nghĩa Việt Nam` in an invitation)."""
    return any(m.group(0).isupper() or m.group(0)[:1] in "ĐđDd" for m in MOTTO.finditer(folded, 0, limit))


def type_from_closing(folded: str) -> str:
    """`Trên đây là Kế hoạch …`: the type a document gives itself in its closing formula."""
    closing = _CLOSING_TYPE.search(folded)
    if not closing:
        return ""
    words = closing.group(1).lower()
    lex = load()
    return lex.type_by_word.get(words) or lex.type_by_word.get(words.split()[0], "")


# A notice's closing formula: the body makes it known to its readers (`Nhà trường thông báo đến các đơn vị, cán bộ, giáo
# viên … biết, thực hiện`, `Ủy ban nhân dân huyện thông báo để các phòng, ban … biết`), in the text's last lines
_NOTIFYING = regex.compile(r"(?i)thông[ \t]+báo[ \t]+(?:đến|để|cho|tới)[ \t][^.\n]{0,200}?(?<![\p{L}])biết(?![\p{L}])")
_NOTIFYING_REACH = 700


def type_from_notifying(folded: str) -> str:
    """`Thông báo` for a page that gives a notice without its header or type line, by its closing formula (tried
    last: a letter says the same of what it makes known, its `V/v` or `Kính gửi` decides first)."""
    return "Thông báo" if _NOTIFYING.search(folded, max(0, len(folded) - _NOTIFYING_REACH)) else ""


# The addressee line that opens a letter (Nghị định 30/2020/NĐ-CP, Phụ lục I: `Kính gửi:` is a Công văn's part)
_ADDRESSED = regex.compile(r"(?im)^[ \t*_|]*kính[ \t]+g[ửở]i[ \t]*:")


def type_from_address(text: str, zone_end: int) -> str:
    """`Công văn` for a page that gives a letter without its type or subject line: its header's end (or the text's
    start) opens with `Kính gửi:` — to be tried after the type line, the number's type code and the closing formula,
    which name a Tờ trình's or a Báo cáo's own type."""
    return "Công văn" if _ADDRESSED.search(text, 0, zone_end + 200) else ""


# A plan's first part gives the grounds it was drawn up on, naming its own type (`I. CĂN CỨ LẬP KẾ HOẠCH`, `CĂN CỨ XÂY
# DỰNG ĐỀ ÁN`): on a page that starts there (its header and type line lost), that type. Only `căn cứ`: `HƯỚNG DẪN XÂY
# DỰNG KẾ HOẠCH …` in a Hướng dẫn names the plans it is about.
_GROUNDS_HEADING = regex.compile(r"(?m)^[ \t#*_]*(?:[IVX]+|\d+)?[.)/]?[ \t]*CĂN CỨ[ \t]+(?:PHÁP LÝ[ \t]+)?"
                                 r"(?:XÂY DỰNG|LẬP|BAN HÀNH|BAN HÀNH VÀ THỰC HIỆN)[ \t]+(\p{Lu}+(?:[ \t]+\p{Lu}+)?)")
_GROUNDS_WITHIN = 1500


def type_from_grounds(folded: str) -> str:
    """The type a plan's `CĂN CỨ LẬP KẾ HOẠCH` heading names, near the text's start ("" when none)."""
    match = _GROUNDS_HEADING.search(folded, 0, _GROUNDS_WITHIN)
    if not match:
        return ""
    words = match.group(1).lower()
    lex = load()
    return lex.type_by_word.get(words) or lex.type_by_word.get(words.split()[0], "")


def type_from_number(number: str) -> str:
    code = _SYMBOL_TYPE_CODE.search(number)
    return load().type_by_code.get((code.group(1) or code.group(2)).upper(), "") if code else ""


# The sentence in which the issuing body says what it writes, before the parts it announces (`Trường Cao đẳng nghề Hải
# Dương xây dựng Kế hoạch tổ chức … như sau:`, `Sở thông báo danh sách … như sau:`, `Phòng Giáo dục và Đào tạo hướng
# dẫn qui trình … như sau:`): on a page posted without its header and type line, that type. Not a document cited
# by its number (`ban hành Kế hoạch số …`).
_DRAFTED = regex.compile(r"(?:(?:xây[ \t]+dựng|ban[ \t]+hành)[ \t]+(?P<type>kế[ \t]+hoạch|quy[ \t]+chế|chương[ \t]+trình|"
                         r"hướng[ \t]+dẫn|đề[ \t]+án|quy[ \t]+định)|(?P<verb>thông[ \t]+báo|hướng[ \t]+dẫn))"
                         r"(?![ \t]+số)[^.:\n]{0,400}?(?:cụ[ \t]+thể[ \t]+)?như[ \t]+sau[ \t]*:")
_DRAFTED_WITHIN = 2000


def type_from_drafting(folded: str) -> str:
    """The type the issuing body's own sentence names near the text's start (`… xây dựng Kế hoạch … như sau:`, `Sở
    thông báo … như sau:`), "" when none: for a page that lost its header and type line."""
    match = _DRAFTED.search(folded.lower(), 0, _DRAFTED_WITHIN)
    if not match:
        return ""
    words = " ".join((match.group("type") or match.group("verb")).split())
    return load().type_by_word.get(words, "")

