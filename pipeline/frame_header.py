"""The header of a document (Nghị định 30/2020/NĐ-CP): issuing body (under its parent body), number
and symbol (`Số: 95/KH-TC`), place and date, as written at the top of the first page — in two
columns, flattened onto one line by converters, or cut into table cells.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from .citations.symbols import own_symbol
from .deadline_dates import WEEKDAY
from .lexicon import MODELS_DIR, load, org_name_prefix, school_levels
from .nlp_models import phrase_words
from .party_names import vocabulary as party_vocabulary
from .records import DocumentText
from .running_lines import POST_STAMP
from .textfold import base_letters, fold, key_fold, rx, squash

# (a part's marker: a Roman or Arabic number, or a letter A–H as section_markers reads parts, `A. CĂN CỨ …`; with a full
# stop or a slash, `I/. Thời gian, địa điểm:`, `1/ Mục đích`)
# (`Kính` alone on its line, a web copy's wrap before `gửi:`, opens the addressees as well)
BODY_START = regex.compile(
    r"(?im)^[ \t\f]*(?:căn cứ|kính(?:[ \t]+g[ửở]i|[ \t]*$)|xét đề nghị|theo đề nghị|thực hiện\s+(?:\S+\s+){0,3}số|"
    r"(?:[IVX]+|\d+|(?-i:[A-H]))(?:\.|/\.?)\s|điều\s+1\b|chương\s+[IVX\d])")
# (not the country named in a sentence: `Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam`, `Chủ tịch nước Cộng hòa …`;
# in capitals it may be an authority line, `QUỐC HỘI NƯỚC CỘNG HOÀ …`, which ends a title as the motto does)
MOTTO = regex.compile(r"(?i)(?-i:(?<!nước[ \t]))C[ỘO]NG[ \t]{1,3}H(?:ÒA|OÀ|OA)[ \t]{1,3}X[ÃÀA][ \t]{1,3}H[ỘO]I[ \t]{1,3}"
                   r"CH[ỦU][ \t]{1,3}NGH[ĨI]A[ \t]{1,3}VI[ỆEÊ]T[ \t]{1,3}NAM"
                   r"|Đ[ỘO]C[ \t]{1,3}L[ẬAÂ]P\s*[-–]\s*T[ỰU](?:[ \t]{1,3}DO)?\s*[-–]\s*H[ẠA]NH[ \t]{1,3}PH[ÚU]C")
# (`Độc lập - Tự - Hạnh phúc`: a document site's copy drops short words)
# `Số: 95 /KH-TC`, `Luật số: 61/2022/QH15`, `Số: ....../KH-UBND` (left blank), the number on the next
# line (`Nghị quyết số:` ⏎ `61/2022/QH15`), after a flattened motto's dashes; a Party document's or an
# old decree's number joined to its symbol by a dash (`Số: 36-HD/VPTW`, `Số: 61-CP`); a typist's blanks
# around a dash of the symbol (`Số: 3210/QĐ - UBND`), whose codes after the dash are in capitals without
# tone marks, so a place after the number (`- HÀ NỘI`, `- Hà Nội`) is no code; a word processor turns the
# typed dash between blanks into an en dash (`Số : 4144 /GDĐT – VP`), still the symbol's hyphen.
_SPACED_CODE = r"[ \t]*[-–][ \t]*[A-ZĐ\d&][A-ZĐ\d&.\-]*[A-ZĐ\d&](?![\p{L}\d.])"  # (`- TX. Tân Uyên`: a place)
# a last code after a dot and a blank, ending the line (`Số 04/ KH-THPTTX. PL`: the school's `THPTTX.PL`)
_SPACED_DOT_CODE = r"(?:\.[ \t]+\p{Lu}{1,6}(?=[ \t]*$)"
# or after a blank alone, in plain capitals (`Số: 176 /KH - THPT HQV`: the school's `THPTHQV`; not a place, whose
# capitals carry marks: `- HÀ NỘI`), ending the line or its column (`Số: 140 /KH-THCS PL      Phước Long, ngày …`)
_SPACED_DOT_CODE += r"|[ \t]+[A-ZĐ]{2,6}(?=[ \t]*$|[ \t]{3,}\S))?"
# A page that gives the whole header on one line puts `Số:` right after the left column's last word
# (`… TRƯỜNG THCS NGUYỄN VĂN TRỖI Số: /KH- NVT Phú Ninh, ngày …`): there only as the header writes it, `Số` with its
# capital and a colon.
# The Party's documents write their number without a colon, `Số 15-KH/CB` (Hướng dẫn 36-HD/VPTW, thể thức văn bản của
# Đảng: the number, a hyphen, the type's and the body's codes; a space may stray before or after the hyphen, `Số 2449
# -CV/ĐU`, `Số 03 - KH/ĐU`, and a word processor may have made it an en dash, `Số  15 – KH/ ĐT`),
# and a school's page may leave the colon out too (`Số 04/ KH-THPT`): `Số` opening its line, such a number after it.
# (or with a blank for its hyphen, `SỐ 16 KH/ĐTN`, `Số: 01 NQ/THCSTrA`: the type's code, then the slash)
_PARTY_TYPE_CODE = r"(?-i:\p{Lu}{2,3})/"
# after `Số`: such a number, no colon
UNCOLONED_NUMBER = r"(?=[ \t]+\d{1,5}(?:[ \t]{0,2}[-–/][ \t]?(?-i:\p{Lu})|[ \t]+" + _PARTY_TYPE_CODE + r"))"
_PARTY_NUMBER = r"|(?m:^)[ \t]*(?-i:S)[ốo]" + UNCOLONED_NUMBER
_NUMBER = regex.compile(
    # (`Số:` after a word, or after a flattened header's full stop: `… năm 2017. Số: 141/KH-MNMH.`)
    r"(?im)(?:(?:^|(?<=[-_*]{3})|(?<=(?:\p{L}|[\p{L}\d]\.)[ \t]+)(?=(?-i:S)[ốo][ \t]*:))"
    r"[ \t]*(?:\p{L}+(?:[ \t]+\p{L}+)?[ \t]+)?s[ốo][ \t]*(?:[:.]|ký hiệu:?)"
    + _PARTY_NUMBER + r")[ \t]*"
    # (a number left blank by dots, spaced too: `Số: . . . ./BC- THMH`; `Số: 10./QĐ- MN`: a full stop after the number)
    r"(?:\n[ \t]*)?(?:[.…_][ \t]?)*[ \t]*(\d*)[ \t]*(?:\.[ \t]*(?=/))?"
    # (a Party number's dash after one blank or two: `Số:   305  - CV/HĐĐTW`, a web form's spacing)
    rf"((?:/[ \t]*[\w&.\-/]*[\w&]|(?<=\d[ \t]{{0,2}})[-–][ \t]?\p{{L}}(?:[\w&.\-]|/[ \t]?(?=\w))*[\w&]"
    rf"|(?<=\d[ \t])(?={_PARTY_TYPE_CODE})[\w&.\-/]*[\w&])"
    rf"(?:{_SPACED_CODE})*{_SPACED_DOT_CODE})?")
# Its `số:` (`Số:`, `SỐ KÝ HIỆU`): the pattern is searched from the start of the first line holding one,
# where its first match starts at the earliest (its `^`, look-behind and words before `số` keep to that
# line); the engine tried the `^` and look-behind at every position before.
_NUMBER_OPENS = regex.compile(r"(?i)(?:\p{L}+\s+)?s[ốo](?:\s*[:.]|" + UNCOLONED_NUMBER + ")")  # a line the number opens
_NUMBER_WORD = regex.compile(r"(?i)s[ốo][ \t]*(?:[:.]|ký hiệu)" + _PARTY_NUMBER)
_STAMPED_NUMBER = regex.compile(r"(?m)^[ \t]*(\d{1,6})[ \t]*$")
# A place's word may join two with a hyphen (`Phan Rang-Tháp Chàm`, `Bà Rịa-Vũng Tàu`); its last may be the number of
# a district or ward of a city (`Quận 2`, `Phường 3`).
_PLACE_WORD = r"[\p{L}][\p{L}.'’]*(?:-\p{Lu}[\p{L}.'’]*)?"
# Words of one place are one or two blanks apart: a wider gap is the one between a header's two columns
# (`…/BĐ&PTTH                 Lâm Đồng, ngày …`), and what stands left of it is no part of the place.
_PLACE_GAP = r"[ ]{1,2}"
_MOTTO_END = regex.compile(r"(?i)h[ạa]nh\s+ph[úu]c")
_MOTTO_BEFORE_PLACE = regex.compile(r"(?i)(?:(?:độc\s+lập|tự(?:\s+do)?)[\s\-–]*)*h[ạa]nh\s+ph[úu]c\.?[\s\-–]+(?=\p{Lu})"
                                    # (or the country's name ending a national title that OCR interleaved with the
                                    # motto: `CỘNG HOÀ XÃ HĐộc lập - TỘựI CH - HỦ NGHạnh phúc ĨA VIỆT NAM Tân Yên`)
                                    r"|.*?(?-i:VIỆT[ \t]+NAM)[\s\-–]+(?=\p{Lu}\p{Ll})")
# (or a city's dotted initials: `TP.` ⏎ `Hồ Chí Minh, ngày …`)
_LONE_PLACE_WORD = regex.compile(r"(?:^|\n)[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+(?:[-–][ \t]+)?\p{Lu}\p{Ll}+){0,3}|T[Pp]\.)"
                                 r"[ \t]*$")
# A day or month OCR made garbage (`ngày Jÿtháng 10`, `ngày ,gtháng`): the line is still the date line,
# its place and year sound.
_GARBLED = r"[^\s\d]{1,3}?"
# a weekday before the date (`… đi làm Thứ bảy, ngày 25 tháng 4 năm 2015 …` in a notice's body): no place
_WEEKDAY_PLACE = r"(?i:" + WEEKDAY + r")[ \t]*,"
PLACE_DATE = regex.compile(
    rf"(?<![\p{{L}}\d/\-.&])(?!{_WEEKDAY_PLACE})(\p{{Lu}}[\p{{L}}.'’]*(?:-\p{{Lu}}[\p{{L}}.'’]*)?(?:{_PLACE_GAP}(?:-{_PLACE_GAP})?{_PLACE_WORD}){{0,5}}(?:{_PLACE_GAP}\d{{1,2}})?|(?m:^)[ \t]*[.…_]{{3,}})\s*,\s*[Nn]g[àa]y\s*(\d\s?\d?|[.…\s]*?|{_GARBLED})\s*[Tt]h[áa]ng\s*(\d\s?\d?|[.…]*|{_GARBLED})\s*[Nn][ăa]m\s*(\d{{4}})")
# The date line without its comma (`Số: 87/2025/NĐ-CP Hà Nội ngày 11 tháng 4 năm 2025`): only at a line's
# start or after the number and symbol (or the number left blank, `Số: …./KH-TVD   Ea Drông ngày …`), so that `Luật
# Tổ chức Chính phủ ngày …` in a preamble is not one.
_PLACE_DATE_BARE = regex.compile(
    rf"(?m)(?:^[ \t|]*|[\d.…][ \t]*/[\w&.\-/]*[\w&][ \t]+)(\p{{Lu}}\p{{Ll}}*(?:{_PLACE_GAP}\p{{Lu}}\p{{Ll}}*){{0,3}})[ \t]+"
    r"ng[àa]y\s*(\d{1,2})\s*th[áa]ng\s*(\d{1,2})\s*n[ăa]m\s*(\d{4})")
# Both date lines are searched from where the first place that could stand before their `ngày` starts:
# their anchor (stdlib, which skips to its `,` or blank fast), the characters a match can hold before it
# walked back over (`(?r)`), then the pattern from there (its look-behind and `^` still see the text
# before). The engine tried them at every capital of a header written in capitals.
_PLACE_DATE_ANCHOR = re.compile(r",\s*[Nn]g[àa]y")  # (`Tân Thành, Ngày … tháng … năm 2012`: typed in capitals too)
_BEFORE_PLACE_DATE = regex.compile(r"(?r)[\p{L}\d.'’\s…_-]*")  # (`Quận 2, ngày …`: a district numbered in its city)
_PLACE_DATE_BARE_ANCHOR = re.compile(r"[ \t]ng[àa]y\s*\d")
_BEFORE_PLACE_DATE_BARE = regex.compile(r"(?r)[\w \t|&./-]*")
_DASHES = regex.compile(r"[-–—_=]{3,}")
# The rules and ornaments under a header's body (`-------`, `***`, `---o0o---`, `oOo`), as typists draw them.
_DECORATION = regex.compile(r"[-–—_=]{3,}|\*{3,}|(?<![\p{L}\d])o[0O]o(?![\p{L}\d])")
# A run of words in capitals closed by the rule under a header's body (`BỘ Y TẾ -------`).
_GLUED_BODY = regex.compile(r"(?<![\p{L}\d])(\p{Lu}[\p{Lu}&]*(?:[ \t]+(?:[-–,][ \t]+)?\p{Lu}[\p{Lu}&]*)*)[ \t]*[-–—_=*]{3,}[ \t|]*$")
_FIELD_HEADS = ("chi cục", "tổng cục", "tiểu ban", "trung tâm", "bộ", "sở", "phòng", "cục", "vụ", "ban")
_PROPER_IN_NAMES = ("Việt Nam", "Mặt trận Tổ quốc", "Thủ tướng", "Hồ Chí Minh")
_PLACE_LEVELS = ("tỉnh", "thành phố", "quận", "huyện", "xã", "phường", "thị xã", "thị trấn")
_LOCAL_GOVERNMENTS = frozenset(fold(name) for name in ("ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd"))
# the Young Pioneers' units, named after a school or a hero (`LIÊN ĐỘI TÔ VĨNH DIỆN`, Điều lệ Đội TNTP Hồ Chí Minh)
_PIONEER_UNITS = ("liên đội", "chi đội")


@dataclass(frozen=True, slots=True)
class Header:
    issuer: str
    issuer_parent: str
    doc_number: str
    symbol: str  # the number's symbol as written, also when the number itself is blank (`Số: /KH-THCS`)
    place: str
    issued_date: str
    year_written: int | None  # the year of the date line, even when its day or month is blank
    named_type: str  # the type its number line names (`Nghị quyết số: 35/2023/UBTVQH15`), or ""


_SUMMARY_REACH = 1500  # (the summary's paragraph and the header's first lines)
_SUMMARY_LINE = 80  # characters of the summary's one line at least: a paragraph, no menu's item
_BARE_ITEM = regex.compile(r"[ \t\f]*\d+\.[ \t]*$", regex.M)  # an item's number alone on its line, no words after


def header_zone(doc: DocumentText) -> str:
    """The text before the body starts (at most 2500 characters)."""
    text = doc.text[:2500]
    match = BODY_START.search(text)
    if match and not _motto_in(text, 0, match.start()) and \
            (motto := _motto_in(text, match.end(), _SUMMARY_REACH)) and \
            (text.find("\n", match.start()) - match.start() >= _SUMMARY_LINE or _BARE_ITEM.match(text, match.start())):
        # a sharing site's summary, the body's first paragraph set above the header (`Thực hiện hướng dẫn số … cụ thể
        # như sau:` ⏎ `PHÒNG GD&ĐT …` ⏎ … ⏎ `CỘNG HÒA …`; the post's title and update time may stand over it), or an
        # archive's item number alone on its line (`66.` ⏎ `ỦY BAN NHÂN DÂN …`): the header is below it, the body
        # after the header
        match = BODY_START.search(text, motto.end())
    return text[:match.start()] if match else text


def _motto_in(text: str, start: int, end: int) -> regex.Match | None:
    """The state's motto, or the Party's name on its own line where a Party document's header writes it instead."""
    return MOTTO.search(text, start, end) or _PARTY_MOTTO_LINE.search(text, start, end)


def _dash_key(name: str) -> str:
    return rx(r"\s*[-–]\s*").sub(" - ", fold(name)).casefold()


@lru_cache(maxsize=1)
def _known_bodies() -> dict[str, str]:
    return {_dash_key(name): name for name in load().issuer_codes.values()}


@lru_cache(maxsize=1)
def _school_level_spellings() -> tuple[str, ...]:
    """Every spelling of a school's level (`tiểu học`, `thcs`, `th&thcs`; models/school_levels.tsv)."""
    return tuple(spelling for row in school_levels() for spelling in row)


@lru_cache(maxsize=1)
def _school_level_codes() -> frozenset[str]:
    """A school level's short forms as written in capitals (`PTDTNT`, `TH&THCS`): abbreviations, kept so."""
    return frozenset(short.upper() for row in school_levels() for short in row[1:] if " " not in short)


@lru_cache(maxsize=1)
def _department_fields() -> frozenset[str]:
    """The fields of work a ministry is named after (`giáo dục và đào tạo`, `tài chính`), from the known bodies: a
    Sở or Phòng of a province or district is named after the same field (Nghị định 24/2014/NĐ-CP, 37/2014/NĐ-CP)."""
    return frozenset(name.split(" ", 1)[1].lower() for name in _known_bodies().values()
                     if name.split(" ", 1)[0] in ("Bộ", "Sở", "Phòng") and " " in name)


def _office_code_opens(words: list[str]) -> bool:
    """Whether the words open with the code of a Phòng or Sở (models/issuer_codes.tsv: `PGD&ĐT`, `SGDĐT`), its `&` written
    apart or not (`PGD & ĐT`), or left out (`PGD ĐT MANG THÍT`)."""
    codes = load().issuer_codes
    return any(codes.get("".join(words[:n]).upper(), "").startswith(("Phòng", "Sở"))
               for n in (1, 2, 3) if len(words) >= n)


_ROMAN_NUMERAL = regex.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")


def org_title_case(caps: str) -> str:
    """`TRƯỜNG THCS TRƯỜNG CHINH` → `Trường THCS Trường Chinh`; keeps known full names' spelling."""
    lex = load()
    words = squash(caps).split(" ")
    if not words or not any(w for w in words):
        return ""
    known = _known_bodies()
    folded = _dash_key(" ".join(words))
    if folded in known:
        return known[folded]
    keep_upper = set(lex.abbreviations) | {"THCS", "THPT", "GDĐT", "GD&ĐT", "TP", "TP.", "TW"} | _school_level_codes()
    out: list[str] = []
    proper = False
    low_words = [w.lower() for w in words]
    # (or after the office's own code, `PGD & ĐT XUYÊN MỘC`, `SGDĐT …`, a school's header above its name)
    office_code = _office_code_opens(words)
    for i, word in enumerate(words):
        low = word.lower()
        if word in keep_upper or (word.isupper() and len(word) <= 5 and not rx(r"[aeiouy]").search(base_letters(low))) \
                or (i and _ROMAN_NUMERAL.fullmatch(word)):
            out.append(word)  # (`TRƯỜNG MN II`, a body numbered in Roman figures: the number stays in capitals)
        elif proper or (out and out[-1].lower() == "trường"
                        and any(level.startswith(low) for level in _school_level_spellings())) or \
                (low == "trường" and i == 1 and out[0].isupper()) or \
                (low == "trường" and i and low_words[i - 1] not in ("các", "những") and i + 1 < len(words)
                 and _opens_school_level(low_words[i + 1:i + 4])):
            # `CĐCS Trường THPT …`: the school after its union; `CHI BỘ TRƯỜNG THCS HÒA BÌNH`: a school's own name
            # (an abbreviation kept in capitals)
            out.append(low[:1].upper() + low[1:])  # `Trường Tiểu học`, `Trường Mầm non`: the level is capitalised
        else:
            out.append(low)
        tail = " ".join(low_words[max(0, i - 3):i + 1])
        # `PHÒNG GD&ĐT YÊN DŨNG`, `SỞ TÀI CHÍNH BẮC GIANG`: after a department's field (an abbreviation in capitals, or
        # a ministry's field written out) the words left name the place it serves, with its level or without; a typist's
        # blanks around the abbreviation's `&` (`PHÒNG GD & ĐT PHÚ NINH`) leave it one; a field joined to the next
        # (`PHÒNG TÀI CHÍNH - KẾ HOẠCH`, Nghị định 37/2014/NĐ-CP) goes on
        if i + 1 < len(words) and (out[0] in ("phòng", "sở") or office_code) and \
                not " ".join(low_words[i + 1:i + 3]).startswith(_PLACE_LEVELS) and \
                low_words[i + 1] not in ("-", "–", "và") and (
                    ((i or office_code) and out[-1] == word and word.isupper() and
                     (len(word) > 2 or words[i - 1] == "&" or (i > 1 and out[i - 1] == words[i - 1].upper())))
                    or " ".join(low_words[1:i + 1]) in _department_fields()):
            proper = True
        if i == 1 and low_words[:2] == ["đại", "học"] and len(words) > 2:
            proper = True  # `ĐẠI HỌC ĐÀ NẴNG`, `ĐẠI HỌC QUỐC GIA HÀ NỘI`: a university of schools, its name after
        if i + 1 < len(words) and i <= 3 and fold(" ".join(low_words[:i + 1])) in _LOCAL_GOVERNMENTS and \
                not " ".join(low_words[i + 1:i + 3]).startswith(_PLACE_LEVELS):
            proper = True  # `ỦY BAN NHÂN DÂN` ⏎ `TÙNG CHÂU`: the place its committee governs, its level left out
        # (the place's own level after it stays a level: `THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH`)
        pair = " ".join(low_words[:2]) if i == 1 and not " ".join(low_words[2:4]).startswith(_PLACE_LEVELS) else ""
        if pair and (fold(pair) in _level_named_heads() or pair in _PIONEER_UNITS and i + 1 < len(words) and
                     low_words[i + 1] != "trường" and not _opens_school_level(low_words[i + 1:i + 4])):
            proper = True  # (a unit named after its school, `LIÊN ĐỘI TRƯỜNG TH …`, is cased as the school is)
        society = low == "xã" and i + 1 < len(words) and words[i + 1].lower() == "hội"  # `xã hội`, not a commune
        if (any(tail.endswith(level) for level in _PLACE_LEVELS) and not society) or (
                "trường" in low_words[:i] and any(tail.endswith(level) for level in _school_level_spellings())) or (
                i and word in _school_level_codes() and not " ".join(low_words[i + 1:i + 3]).startswith(_PLACE_LEVELS)):
            # (`CHI ĐOÀN TH VÂN HÒA`: a school's short level, its name after)
            proper = True
    for i in range(1, len(out)):
        if out[i] == "đoàn" and (low_words[i - 1] == "bch" or low_words[max(0, i - 3):i] == ["ban", "chấp", "hành"]):
            out[i] = "Đoàn"  # the Youth Union's committee (`BCH ĐOÀN HUYỆN …`): the Union's name, a proper noun
    _capitalise_fields(out)
    result = with_known_bodies(fold(" ".join(out)))
    for proper_name in _PROPER_IN_NAMES:  # inside any body's name
        result = rx(rf"(?<![\p{{L}}]){proper_name.lower()}(?![\p{{L}}])").sub(proper_name, result)
    # a province's name left in lower case (no level before it made it proper: `Hội liên hiệp phụ nữ hà nội`)
    result = _provinces().sub(lambda m: _province_spellings()[m.group(0)], result)
    return result[:1].upper() + result[1:]


@lru_cache(maxsize=1)
def _province_spellings() -> dict[str, str]:
    """models/provinces.txt, lower case (folded) → as written."""
    with open(MODELS_DIR / "provinces.txt", encoding="utf-8") as handle:
        names = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    return {fold(name).lower(): fold(name) for name in names}


@lru_cache(maxsize=1)
def _provinces() -> regex.Pattern:
    names = sorted(_province_spellings(), key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(n) for n in names) + r")(?![\p{L}])")


def _opens_school_level(words: list[str]) -> bool:
    """Whether these (lower-case) words open with a school's level, written out or short (`thcs`, `tiểu học`)."""
    return bool(_school_level_size(words))


def _school_level_size(words: list[str]) -> int:
    """How many of these (lower-case) words a school's level opening them takes (`thcs` 1, `mầm non` 2), else 0."""
    codes = _school_level_codes()
    # (a school of two levels joins their codes: `MN-TH`, `TH&THCS`, `THCS-THPT`)
    if words[0].upper() in codes or all(part in codes for part in rx(r"[-&]").split(words[0].upper())):
        return 1
    following = " ".join(words)
    return max((len(level.split()) for level in _school_level_spellings()
                if following == level or following.startswith(level + " ")), default=0)


def _capitalise_fields(words: list[str]) -> None:
    """A body named after its field of work capitalises each field (Nghị định 30/2020/NĐ-CP, Phụ lục
    II: `Sở Tài nguyên và Môi trường`, `Ban Thường trực`), up to the place it serves."""
    low = [w.lower() for w in words]
    head = next((len(h.split()) for h in _FIELD_HEADS if low[:len(h.split())] == h.split()), 0)
    if not head:
        return
    capital = True
    for j in range(head, len(words)):
        if any(" ".join(low[j:j + 2]).startswith(level) for level in _PLACE_LEVELS):
            break
        if capital and words[j][:1].islower():
            words[j] = words[j][:1].upper() + words[j][1:]
        capital = low[j] in ("và", "-", "–")


def with_known_bodies(text: str) -> str:
    """Known bodies inside a name or a title keep their capitals (…Thường vụ Quốc hội, … Chính phủ,
    Chủ tịch Quốc hội)."""
    folded = text.casefold()
    for name, key in _known_bodies_longest_first():
        pos = folded.find(key)
        if pos >= 0:
            text = text[:pos] + name + text[pos + len(name):]
            folded = text.casefold()
    return text


@lru_cache(maxsize=1)
def _known_bodies_longest_first() -> tuple[tuple[str, str], ...]:
    """(name, its case-folded form), sorted once rather than on every call."""
    return tuple((name, name.casefold()) for name in sorted(_known_bodies().values(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Words that open a body's name, as folded upper-case word tuples by their first word, longest
    first: the lexicon's heads plus the header's own (models/header_heads.txt: sub-bodies such as
    `Tiểu ban`, national agencies)."""
    with open(MODELS_DIR / "header_heads.txt", encoding="utf-8") as handle:
        extra = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for head in {tuple(fold(h).upper().split()) for h in (*load().org_heads, *extra)}:
        by_first.setdefault(head[0], []).append(head)
    return {first: tuple(sorted(heads, key=len, reverse=True)) for first, heads in by_first.items()}


@lru_cache(maxsize=1)
def _level_named_heads() -> frozenset[str]:
    """The heads of two words that name a body by its level, the place after them (`THÀNH ĐOÀN HÀ NỘI`, `THÀNH ỦY ĐÀ
    LẠT`, `TỈNH HỘI HƯNG YÊN`: models/header_heads.txt and org_heads.txt), in lower case."""
    firsts = {fold(level.split()[0]).upper() for level in _PLACE_LEVELS}
    return frozenset(" ".join(head).lower() for first in firsts for head in _heads().get(first, ()) if len(head) == 2)


@lru_cache(maxsize=1)
def _not_heads() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Common words that open with a head's word (`HỘI NGHỊ`, `HỘI THI`, `TỔ QUỐC`: the party vocabulary's kind `not`,
    models/party_heads.tsv), as folded upper-case word tuples by their first word: an event or a thing, no body."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for head, kind in party_vocabulary().head_kind.items():
        if kind == "not":
            words = tuple(fold(head).upper().replace(",", "").split())
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(heads) for first, heads in by_first.items()}


def _head_at(words: list[str], i: int) -> int:
    """Length of the body head starting at word i (0 when none, nor where a common word opens with it: `HỘI NGHỊ …`)."""
    if i < len(words) and any(tuple(words[i:i + len(word)]) == word for word in _not_heads().get(words[i], ())):
        return 0
    for head in _heads().get(words[i], ()) if i < len(words) else ():
        if tuple(words[i:i + len(head)]) == head:
            return len(head)
    return 0


def _left_column(line: str) -> str:
    """A header line's left column: before the motto, a tab, a wide gap or a table cell's `|`;
    decorations removed."""
    motto = MOTTO.search(line)
    left = line[:motto.start()] if motto else line
    left = rx(r"\t| {3,}|\|").split(left.strip().lstrip("|").strip())[0] if left.strip() else ""
    slogan = MOTTO.search(line, motto.end()) if motto else None
    if slogan and left:
        # a two-column header a web copy read row by row onto one line: the left column's second line stands between
        # the motto's two (`PHÒNG GD&ĐT TÁNH LINH CỘNG HOÀ … VIỆT NAM TRƯỜNG TH ĐỒNG KHO 1 Độc lập - Tự do - …`)
        cell = line[motto.end():slogan.start()].strip(" \t|*_-–")
        if cell and cell.upper() == cell and any(c.isalpha() for c in cell):
            left += " " + cell
    return _DECORATION.sub(" ", left).strip()


@lru_cache(maxsize=1)
def _gazette_line() -> regex.Pattern:
    """A line the official gazette prints around the documents it publishes (models/gazette_lines.txt)."""
    with open(MODELS_DIR / "gazette_lines.txt", encoding="utf-8") as handle:
        rules = [line.strip() for line in handle if line.strip() and not line.startswith("#")]
    return regex.compile(r"(?i)^[ \t|*_#]*(?:" + "|".join(rules) + r")[ \t|*_]*$")


def is_gazette_line(line: str) -> bool:
    return bool(_gazette_line().match(line))


_MOTTO_WORDS = ("CONG", "HOA", "XA", "HOI", "CHU", "NGHIA", "VIET", "NAM")
# A Party document's header writes the Party's name where a state document writes the motto (Hướng dẫn
# 36-HD/VPTW, thể thức văn bản của Đảng); on a line of its own it is no body under the issuer.
_PARTY_MOTTO_WORDS = r"Đ[ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM"
PARTY_MOTTO = regex.compile(_PARTY_MOTTO_WORDS, regex.I)
_PARTY_MOTTO_LINE = regex.compile(r"(?m)^[ \t|*_]*" + _PARTY_MOTTO_WORDS + r"[ \t|*_]*$")
_PARTY_MOTTO_AFTER = regex.compile(r"(?<=\S)[ \t]+" + _PARTY_MOTTO_WORDS + r"$", regex.I)  # (read on after a body)
# The Youth Union's and the Young Pioneers' name standing in the motto's place of their units' headers (Điều lệ Đoàn
# TNCS Hồ Chí Minh; Điều lệ Đội TNTP Hồ Chí Minh: `ĐOÀN TNCS HỒ CHÍ MINH` right of `LIÊN ĐỘI TRƯỜNG TH …`), alone on
# its line: no issuing body's name
UNION_MOTTO = regex.compile(r"(?i)(?:Đ[OÒ]ÀN\s+(?:TNCS|THANH\s+NI[ÊE]N\s+C[ỘO]NG\s+S[ẢA]N)"
                            r"|Đ[ỘO]I\s+(?:TNTP|THI[ẾE]U\s+NI[ÊE]N\s+TI[ỀE]N\s+PHONG))\s+H[ỒO]\s+CH[ÍI]\s+MINH")
_CELL_BREAK = regex.compile(r"(\||\t| {3,})")
_MOTTO_START = regex.compile(r"(?i)c[ộo]ng\s+h")


def _without_motto_pieces(line: str, expected: int) -> tuple[str, int]:
    """`line` without the pieces of a motto wrapped over several lines or table cells (`CỘNG HÒA XÃ` ⏎
    `HỘI CHỦ NGHĨA VIỆT NAM`, beside the left column's own wrapped lines); `expected`: how many of the
    motto's words the lines above already gave (0: none pending). Returns the line and the new count."""
    if not expected:
        if "NG H" not in line and "ng h" not in line:  # as a motto is written (`CỘNG HÒA`)
            if base_letters(line.strip(" \t|*_")).upper() == _MOTTO_WORDS[0]:
                return "", 1  # a column wrapped after the motto's first word (`CỘNG` ⏎ `HÒA XÃ HỘI …`)
            return line, 0
        start = _MOTTO_START.search(line)
        if not start or MOTTO.search(line, start.start()):  # none, or whole on its line
            return line, 0
    pieces = _CELL_BREAK.split(line)
    continued = False
    for k in range(0, len(pieces), 2):  # the cells; the separators between them stay
        if not expected and not _MOTTO_START.search(pieces[k]):
            continue
        words = pieces[k].split()
        bare = [base_letters(w.strip("*_")).upper() for w in words]
        taken = 0
        while expected and expected + taken < len(_MOTTO_WORDS) and taken < len(bare) \
                and bare[taken] == _MOTTO_WORDS[expected + taken]:
            taken += 1
        if taken:  # the motto's next words open this cell (the left column's own cell comes first)
            pieces[k] = " ".join(words[taken:])
            expected = (expected + taken) % len(_MOTTO_WORDS)
            continued = True
            continue
        for i in range(len(bare) - 1):
            if bare[i:i + 2] == ["CONG", "HOA"]:
                size = 2
                # (its last word may have lost letters at the cell's end: `… CHỦ NGHĨA VIỆT NA`)
                while size < len(_MOTTO_WORDS) and i + size < len(bare) and (bare[i + size] == _MOTTO_WORDS[size] or (
                        i + size == len(bare) - 1 and size == len(_MOTTO_WORDS) - 1 and
                        _MOTTO_WORDS[size].startswith(bare[i + size]))):
                    size += 1
                if i + size == len(bare):  # the motto's start closes the cell: the rest follows below
                    pieces[k] = " ".join(words[:i])
                    expected = size % len(_MOTTO_WORDS)
                    continued = True
                break
    if line.strip() and not continued:
        expected = 0
    return "".join(pieces), expected


@lru_cache(maxsize=1)
def _kind_lines() -> frozenset[str]:
    return frozenset(fold(word).upper() for dt_ in load().doc_types for word in dt_.words)


def _is_kind_line(line: str) -> bool:
    """A line holding a type word alone, in capitals (`QUYẾT ĐỊNH`, `**KẾ HOẠCH**`)."""
    bare = squash(line.replace("*", " ").replace("|", " "))
    return bare.isupper() and fold(bare) in _kind_lines()


def _opens_kind(words: list[str]) -> bool:
    """A line in capitals opening with a type word and its subject (`QUY CHẾ THỰC HIỆN DÂN CHỦ …`, the type and
    subject of an undated draft sharing a line), where no body's head opens it (a body's name is no type's)."""
    return len(words) > 2 and not _head_at(words, 0) and any(
        " ".join(words[:n]) in _kind_lines() for n in (1, 2, 3))


def _ends_on_level(name: str) -> bool:
    return fold(name).lower().endswith(tuple(" " + level for level in _PLACE_LEVELS))


# A school's head glued by a web copy to the level's code after it (`TRƯỜNGMN MAI VÀNG`, `TRƯỜNGTHCS …`); glued to a word
# before it (`BẮC TÂN UYÊNTRƯỜNG`) it was parted by normalize (glued_syllables.py: two marked vowels in one word).
_GLUED_SCHOOL_HEAD = regex.compile(r"TRƯỜNG(?=\p{Lu})")
_HEAD_LABEL = regex.compile(r"(\p{Lu}+)[ \t]*:[ \t]+(?=\p{Lu})")
_NOT_IN_A_NAME = regex.compile(r"[\d/&?:;]")  # (a name in sentence case has none: a line OCR garbled may)
_NUMBER_AFTER_NAME = regex.compile(r"(?<=\p{Lu}[ \t]+)S[ốo](?:[ \t]*:|[ \t]+\d)")


@lru_cache(maxsize=1)
def _incoming_stamp() -> regex.Pattern:
    """The title line of the incoming-mail stamp a registry puts on a letter it received (`ĐẾN` ⏎ `Số: 1998` ⏎ `Ngày:
    …`, models/deadlines.json `stamp_titles`), its receiving body's name on the line above."""
    import json

    with open(MODELS_DIR / "deadlines.json", encoding="utf-8") as handle:
        titles = json.load(handle)["stamp_titles"]
    return regex.compile(r"[ \t>*_]*(?:" + "|".join(regex.escape(t) for t in titles) + r")[ \t*_]*(?:$|S[ỐốOo])")


# The mark of a draft in its header (`DỰ THẢO`, `DỰ THẢO LẦN 2`; Nghị định 30/2020/NĐ-CP, Phụ lục I: a draft is
# marked above its number), in brackets too (`(DỰ THẢO)` under a Party committee's number): no body's name.
_DRAFT_MARK = regex.compile(r"[ \t]*\(?(?:BẢN[ \t]+)?DỰ[ \t]+THẢO(?:[ \t]+(?:LẦN[ \t]+)?\d+)?\)?[ \t]*")


def _named_after_a_day(left: str) -> bool:
    """A body in capitals named after a day, the day last (`TRƯỜNG MẦM NON 1/6`, `TRƯỜNG THCS 19/5`): no number line."""
    return left.isupper() and bool(_HEAD_THEN_DAY.fullmatch(left.strip())) and bool(_head_at(fold(left).upper().split(), 0))


_HEAD_THEN_DAY = regex.compile(r"[^\d/]{4,}[ \t]\d{1,2}[ \t]*/[ \t]*\d{1,2}")


# The motto's two lines run together with the left column's two (a web page's header copied as one line: `PHÒNG GD- ĐT
# CẦN GIUỘC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMTRƯỜNG MG PHƯỚC LÝ Độc lập – Tự do –Hạnh phúc`): the capitals between
# the country's name and `Độc lập` are the left column's second line.
_BETWEEN_MOTTO_LINES = regex.compile(r"(?<=VI[ỆE]T[ \t]{1,3}NAM)[ \t]*(\p{Lu}[\p{Lu}\d \t.,&/–-]*\p{Lu})[ \t]*"
                                     r"(?=Đ[ỘOộo][Cc][ \t]{1,3}[Ll][ẬAậa][Pp])")


# Two bodies of the left column set on one line, a wide gap between (`UBND THÀNH PHỐ NHA TRANG    PHÒNG GIÁO DỤC VÀ ĐÀO
# TẠO`): the header's right column holds the motto, the number or the date, never a body's name.
_WIDE_GAP = regex.compile(r"\t+| {3,}")


def _header_lines_apart(zone: str) -> list[str]:
    """The zone's lines, one that holds both of the motto's lines and a name between them cut in two, and one that holds
    two bodies' names apart."""
    out: list[str] = []
    for line in zone.split("\n"):
        between = _BETWEEN_MOTTO_LINES.search(line) if "NAM" in line else None
        if between and MOTTO.search(line, 0, between.start()) and rx(r"\p{Lu}{2}").search(between.group(1)):
            out += [line[:between.start()], between.group(1) + " " + line[between.end():]]
        elif ("  " in line or "\t" in line) and not MOTTO.search(line) and (bodies := _two_bodies(line)):
            out += bodies
        else:
            out.append(line)
    return out


def _two_bodies(line: str) -> list[str]:
    """The two bodies' names in capitals a line holds, a wide gap between; else []."""
    parts = [part for part in _WIDE_GAP.split(line.strip()) if part]
    return parts if len(parts) == 2 and all(part.isupper() and _head_at(fold(part).upper().split(), 0)
                                            for part in parts) else []


# A People's Council's name in its header or enacting line may carry its term and session (`HỘI ĐỒNG NHÂN DÂN QUẬN TÂN
# PHÚ KHÓA I, KỲ HỌP LẦN THỨ 7`, Luật Tổ chức chính quyền địa phương: a council's term, its sessions numbered within it):
# no part of the name.
_TERM_AND_SESSION = regex.compile(r"[ \t,]+(?:KH[ÓO]A[ \t]+[IVXLC\d]+(?![\p{L}])|KỲ[ \t]+HỌP(?![\p{L}])).*$")


def without_term_and_session(line: str) -> str:
    """A header's or enacting line's body without the council's term and session after it."""
    return _TERM_AND_SESSION.sub("", line) if "KH" in line or "KỲ" in line else line


_SYMBOL_REST = regex.compile(r"[ \t]*/[ \t]*\p{Lu}")


def _issuer_lines(zone: str) -> list[str]:
    """The header's bodies, top down, each with its wrapped lines joined (`ỦY BAN MTTQ VIỆT NAM` /
    `XÃ LƯƠNG MINH` is one body; `BAN THƯỜNG TRỰC` below it another); the receiving body of an incoming-mail stamp
    (`TRƯỜNG ĐẠI HỌC QUY NHƠN` ⏎ `ĐẾN Số: 1998`) is none of them."""
    lines: list[str] = []
    motto_words = 0
    appended_from = -1  # the index of the zone's line the last body was read from
    apart = _header_lines_apart(zone)
    for index, line in enumerate(apart):
        line, motto_words = _without_motto_pieces(line, motto_words)
        if _incoming_stamp().match(line):
            if lines and appended_from == index - 1:
                lines.pop()  # the stamp's receiving body
            continue
        left = _left_column(line)
        if "TRƯỜNG" in left and left.isupper():
            left = _GLUED_SCHOOL_HEAD.sub(r"\g<0> ", left)
        label = _HEAD_LABEL.match(left)
        if label and _head_at([fold(label.group(1)).upper()], 0):
            left = label.group(1) + " " + left[label.end():]  # a form's label (`TRƯỜNG: THCS MÔNG ÂN`): the head's word
        dated = place_date(left) if lines else None
        if dated and dated.start() == 0:
            break  # the place and date line: no body's name comes after it (the title may share its line)
        number_after = _NUMBER_AFTER_NAME.search(left)
        if number_after and left[:number_after.start()].isupper() and \
                (lines or _head_at(fold(left).upper().split(), 0)):
            # the left column's last line and the number run together (`LÊ QUÝ ĐÔN Số: …/KH-LQĐ`), or the whole column
            # run onto one line before it (`PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG MN NỘI HOÀNG Số 27 / BCMN`)
            if lines:
                lines[-1] += " " + left[:number_after.start()].strip()
            else:
                lines.append(left[:number_after.start()].strip())
            break
        # (also a symbol's rest whose number was left blank and whose `Số` a draft's mark parted from it: `Số` ⏎ `DỰ
        # THẢO` ⏎ `/KH-THCSNN`)
        if _NUMBER_OPENS.match(left) or _SYMBOL_REST.match(left) or \
                (rx(r"\d+\s*/").search(left) and not _named_after_a_day(left)):
            if POST_STAMP.match(left):
                continue  # a portal's post line above the header (`Ngày đăng: 12/09/2023 | Lượt xem: 120`)
            if any(_head_at(fold(read).upper().split(), 0) for read in lines):
                break
            # (no body's name read yet: a handwritten routing note above the header, `CS` ⏎ `20/3/10`, is none)
            lines.clear()
            # A crawler's title line above the header, the header's first line glued on after it
            # (`Công văn 384/BYT-KCB năm 2014 … do Bộ Y tế ban hành. BỘ Y TẾ -------`).
            glued = _GLUED_BODY.search(MOTTO.split(line)[0])
            if glued:
                lines.append(glued.group(1))
            continue
        if left and left.upper() == left and rx(r"\p{Lu}{2}").search(left):
            if is_gazette_line(line) or PARTY_MOTTO.fullmatch(left) or _DRAFT_MARK.fullmatch(left) or \
                    (lines and UNION_MOTTO.fullmatch(left.strip())):
                continue
            words = fold(left).upper().split()
            if lines and (_is_kind_line(line) or _opens_kind(words)):
                if any(_head_at(fold(read).upper().split(), 0) for read in lines):
                    break  # the header ends where the document's kind line starts (`QUYẾT ĐỊNH`, `QUY CHẾ THỰC HIỆN …`)
                lines.clear()  # a portal's menu in capitals, then the post's title (`DANH MỤC` … `KẾ HOẠCH NĂM HỌC …`)
                continue
            # A name cannot end on a place level (`… THÀNH PHỐ` ⏎ `HỘI AN`): its place follows; nor on a head cut in two
            # or standing alone (`ỦY` ⏎ `BAN NHÂN DÂN`): its name follows.
            if (_head_at(words, 0) and not (lines and (_ends_on_level(lines[-1]) or _head_goes_on(lines[-1], words)))) \
                    or not lines:
                lines.append(left)
                appended_from = index
            else:  # the body's name wrapped onto the next line: ỦY BAN THƯỜNG VỤ / QUỐC HỘI
                lines[-1] += " " + left
        elif lines and (index == appended_from + 1 or index == appended_from + 2 and not apart[index - 1].strip()) and \
                left.strip() and not _NOT_IN_A_NAME.search(left) and \
                _head_at(fold(lines[-1]).upper().split(), 0) and _head_at(fold(left).upper().split(), 0) and \
                org_name_prefix(left.strip()) == " ".join(left.split()):
            # the lower body typed in sentence case under its parent in capitals, as a portal's editor may (`ĐẢNG ỦY
            # PHƯỜNG BIÊN GIANG` ⏎ `Chi bộ trường THCS Biên Giang` ⏎ `*` ⏎ `Số 08-KH/CB`): a name and nothing more (a
            # blank line between, as a Word file's paragraphs: `HỘI ĐỒNG ĐỘI HUYỆN …` ⏎⏎ `Liên đội trường TH …`)
            lines.append(" ".join(left.split()))
            appended_from = index
        elif not lines and _is_first_body_typed_mixed(left):
            # the header's one body with a word of its name left in lower case (`TRƯỜNG MN BÌNH Minh`)
            lines.append(" ".join(left.split()))
            appended_from = index
    # (a page run onto one line closes each header line with a full stop: `BAN ĐẠI DIỆN CMHS.`)
    lines = [without_term_and_session(line).rstrip(" .") for line in lines]
    if len(lines) > 1 and UNION_MOTTO.fullmatch(lines[-1]):
        lines.pop()  # the Youth Union's name wrapped in its cell (`ĐOÀN TNCS HỒ` ⏎ `CHÍ MINH`), read on as a lower body
    # (the Party's motto set one word a line in the header's right cell, read on after the body: `THÀNH ỦY …` ⏎ `ĐẢNG` ⏎
    # `CỘNG SẢN VIỆT NAM`)
    lines = [line[:motto.start()].rstrip() if (motto := _PARTY_MOTTO_AFTER.search(line)) else line for line in lines]
    return [line for line in lines if _head_at(fold(line).upper().split(), 0)]


def _is_first_body_typed_mixed(line: str) -> bool:
    """Whether a header's first line is a body's name and nothing more, its head in capitals though a word of the
    name is not (`TRƯỜNG MN BÌNH Minh`, as a portal's editor retyped it): no sentence of a body starts so."""
    words = line.split()
    size = _head_at(fold(line).upper().split(), 0) if words else 0
    return bool(size) and all(word.isupper() for word in words[:size]) and not rx(r"[\d/?:;]").search(line) and \
        org_name_prefix(line.strip()) == " ".join(words)


def _head_goes_on(above: str, words: list[str]) -> bool:
    """Whether a body's head on the line above goes on into this line (its folded capitals `words`), as an export
    that sets a header cell's words on lines of their own breaks it (`ỦY` ⏎ `BAN NHÂN DÂN` ⏎ `TỈNH …`, `BỘ` ⏎
    `CÔNG AN`): a head that starts above and ends on this line, or a head alone above that names no body by itself
    (`CHÍNH PHỦ` does: models/issuer_codes.tsv)."""
    above_words = fold(above).upper().split()
    joined = above_words + words
    if any(i + _head_at(joined, i) > len(above_words) for i in range(len(above_words))):
        return True
    return _head_at(above_words, 0) == len(above_words) and _dash_key(above) not in _known_bodies()


def _opens_school(words: list[str], i: int, size: int) -> bool:
    """Whether the head at word i is a school's, its level after it (`TRƯỜNG TIỂU HỌC`, `TRƯỜNG THCS`): a body
    wherever the segmenter put the word boundary (`… BẮC TÂN UYÊN TRƯỜNG TIỂU HỌC TÂN LẬP`, `uyên trường` one word)."""
    return words[i] == "TRƯỜNG" and i + size < len(words) and _opens_school_level([w.lower() for w in words[i + size:]])


def _names_known_body(words: list[str], i: int) -> bool:
    """Whether the words from i on open with the standard name of a body (`SỞ GIÁO DỤC VÀ ĐÀO TẠO`: models/
    issuer_codes.tsv), whatever the segmenter made of the words before it (`sơn la sở` is one of its words)."""
    rest = _dash_key(" ".join(words[i:])).replace(" & ", " và ")  # (`GIÁO DỤC & ĐÀO TẠO`, the `và` as a sign)
    return any(rest == name or rest.startswith(name + " ") for name in _known_body_keys())


@lru_cache(maxsize=1)
def _known_body_keys() -> tuple[str, ...]:
    return tuple(sorted(_known_bodies(), key=len, reverse=True))


def _opens_word(words: list[str], i: int) -> bool:
    """Whether word i opens a word of underthesea's segmentation of the line (`TRƯỜNG` in `MÔI TRƯỜNG`
    ends one: no body's head there). True when the segmentation does not align with the words."""
    starts = _word_starts(" ".join(words).lower())
    return starts is None or i in starts


@lru_cache(maxsize=512)
def _word_starts(line: str) -> frozenset[int] | None:
    starts, n = set(), 0
    for token in phrase_words(line):
        starts.add(n)
        n += len(token.split())
    return frozenset(starts) if n == len(line.split()) else None


def header_issuer(zone: str) -> tuple[str, str]:
    """(issuer, issuer_parent): the lowest body of the header and the one stacked above it."""
    lines = _issuer_lines(zone)
    if not lines:
        return "", ""
    words = lines[-1].split()
    folded_words = fold(lines[-1]).upper().split()
    # Several bodies flattened onto one line (`UBND QUẬN TÂN BÌNH TRƯỜNG THCS …`, `BỘ TÀI CHÍNH TỔNG
    # CỤC THUẾ`): the last one that still has a name after its head (two words after a one-word head:
    # `TRƯỜNG CHINH` is a name). Bodies joined by a dash issue a joint document together. A head right
    # after another head (`ỦY BAN MẶT TRẬN …`, `TRƯỜNG ĐẠI HỌC …`), after a place level (`THÀNH PHỐ HỘI
    # AN`, `XÃ ĐOÀN KẾT`) or inside a word (`MÔI TRƯỜNG`) is a word of the same name.
    start = 0
    i = 0
    head_end = -1
    school_name_at = -1  # where a school's name opens, after its head and level: a head there is its first word
    while i < len(words):
        size = _head_at(folded_words, i)
        if size and i == school_name_at:
            size = 0  # `TRƯỜNG MẦM NON ĐOÀN THỊ LIÊN`, `TRƯỜNG TIỂU HỌC ĐOÀN KẾT`: a person's or a place's name
        if size:
            if _opens_school(folded_words, i, size):
                school_name_at = i + size + _school_level_size([w.lower() for w in folded_words[i + size:]])
            # (a school's head with its level is none: `PHÒNG GD&ĐT THÀNH PHỐ` ⏎ `TRƯỜNG MN-TH …`, the city's name lost)
            after_level = any(" ".join(folded_words[max(0, i - 2):i]).endswith(level.upper())
                              for level in _PLACE_LEVELS) and not _opens_school(folded_words, i, size)
            joint = i and words[i - 1] in ("-", "–", ",")  # `BỘ TÀI CHÍNH - BỘ CÔNG THƯƠNG`: co-issuers
            # (a head in lower case goes on the name before it: `CĐ CS trường TH Hiệp Hoà`, the school's union)
            if i and i != head_end and not after_level and not joint and not words[i][:1].islower() \
                    and len(words) - (i + size) >= (1 if size > 1 else 2) and \
                    (_opens_word(folded_words, i) or _names_known_body(folded_words, i) or _opens_school(folded_words, i, size)):
                start = i
            i += size
            head_end = i
        else:
            i += 1
    issuer = " ".join(_without_type_after(words[start:]))
    above = words[:start]
    if len(above) % 2 == 0 and above[:len(above) // 2] == above[len(above) // 2:]:
        above = above[:len(above) // 2]  # (a document site's copy writes the parent twice: `PHÒNG GD … PHÒNG GD …`)
    parent = " ".join(above) or (lines[-2] if len(lines) > 1 else "")
    return org_title_case(issuer), org_title_case(parent) if parent else ""


def _without_type_after(words: list[str]) -> list[str]:
    """A body's name without the document's type on its line (`UBND XÃ HẢI TRẠCH THÔNG BÁO`, a post that opens with the
    body that announces); not a type word that ends a board's name (`BAN QUẢN LÝ DỰ ÁN`, models/cues.json
    `type_words_in_body_names`)."""
    for size in (3, 2):
        tail = " ".join(words[-size:])
        if len(words) - size >= 2 and tail.isupper() and tail.lower() in load().type_by_word and \
                tail.lower() not in load().cues["type_words_in_body_names"]:
            return words[:-size]
    return words


def _completed_by_symbol(issuer: str, number: str) -> str:
    """A header name cut short (`ỦY BAN THƯỜNG VỤ` whose `QUỐC HỘI` was lost) completed from the
    issuer code of the document's own symbol (`494/NQ-UBTVQH13`)."""
    code = rx(r"[-/]([\p{Lu}Đ&]+)\d*$").search(number)
    full = load().issuer_codes.get(code.group(1)) if code else None
    if full and issuer and key_fold(full).startswith(key_fold(issuer) + " "):
        return full
    return issuer


def _number_line(zone: str) -> regex.Match | None:
    """`_NUMBER.search(zone)`, from the line of the first `số:`."""
    word = _NUMBER_WORD.search(zone)
    return _NUMBER.search(zone, zone.rfind("\n", 0, word.start()) + 1) if word else None


def _named_type(match: regex.Match | None) -> str:
    """The type a number line names before its `số` (`Quyết định số: 12/QĐ-UBND`), as the lexicon
    spells it; "" for a bare `Số:`."""
    if not match:
        return ""
    words = squash(match.group(0)[:_NUMBER_WORD.search(match.group(0)).start()]).lower()
    return load().type_by_word.get(fold(words), "") if words else ""


@dataclass(frozen=True, slots=True)
class _NumberField:
    number: str  # number and symbol (`95/KH-TC`); "" when the number was left blank and no stamp gives it
    symbol: str  # the symbol as written after the number, even when the number is blank (`/KH-TH&THCSTT`)
    end: int  # offset where the field ends in the text


_NO_NUMBER = _NumberField("", "", -1)


def _doc_number(zone: str) -> _NumberField | None:
    """`Số:` with its number and symbol (None: no such field); a number left blank is "" unless a stamp
    put it on a line of its own next to the `Số:` line (`12094` above `Số:   /BNV-CCHC`)."""
    match = _number_line(zone)
    if not match or not (match.group(2) or "").strip("/ "):
        return None
    # the symbol's parts are joined by hyphens (Nghị định 30/2020/NĐ-CP, Phụ lục I): a typed en dash is one
    symbol = rx(r"\s+").sub("", match.group(2) or "").replace("–", "-")
    if not rx(r"\p{L}").search(symbol):
        return None
    if symbol[0].isalpha() and match.group(1):  # (`SỐ 16 KH/ĐTN`: the Party's hyphen, typed as a blank)
        symbol = "-" + symbol
    if match.group(1):
        return _NumberField(own_symbol(match.group(1) + symbol), symbol, match.end())
    line_start = zone.rfind("\n", 0, match.start()) + 1
    around_start = line_start
    for _ in range(2):
        around_start = zone.rfind("\n", 0, max(around_start - 1, 0)) + 1
    line_end = zone.find("\n", match.end())
    around_end = len(zone) if line_end < 0 else line_end
    for _ in range(2):
        nxt = zone.find("\n", around_end + 1)
        around_end = len(zone) if nxt < 0 else nxt
    stamp = _STAMPED_NUMBER.search(zone[around_start:around_end])
    return _NumberField((stamp.group(1) + symbol) if stamp else "", symbol, match.end())


# what a post's title may write between a document's number and its subject: its issuer, its date (`… số 175-CV/TU ngày
# 25/01/2007 của Thành ủy TPHCM về …`)
POST_ISSUER_AND_DATE = r"(?:[ \t]+(?:của|ngày)[ \t][^\n]{0,120}?)?"


@lru_cache(maxsize=1)
def _post_title() -> regex.Pattern:
    """A web post's first line naming the document by its type and number, its trích yếu after (`Công văn số
    357/PGD&ĐT V/v rà soát, lập danh sách …`): a school or office portal posts a letter so, without its header."""
    words = sorted((regex.escape(w) for w in load().type_by_word), key=len, reverse=True)
    # (a Party body's number, its type code after a dash, spaced too: `Thông tri số 28 – TT/TU của Thành ủy TPHCM ngày
    # 27/11/2009 về …`; the issuer and the date may stand between the number and the subject)
    return regex.compile(r"(?i)\A\s*(?:" + "|".join(words) + r")[ \t]+s[ốo][ \t]*:?[ \t]*(\d{1,5})[ \t]*"
                         r"(/[\w&.\-]*[\w&](?:/[\w&.\-]*[\w&])?|[-–][ \t]?(?-i:\p{Lu})[\w&.]*/[\w&.\-]*[\w&])"
                         rf"(?={POST_ISSUER_AND_DATE}[ \t]+(?:v/v|v\.v|về)[ \t]|[ \t]*\n|[ \t]*\Z)")


def _number_in_post_title(text: str) -> _NumberField | None:
    m = _post_title().match(text, 0, 400)
    if m is None:
        return None
    symbol = rx(r"[ \t]+").sub("", m.group(2)).replace("–", "-")
    return _NumberField(own_symbol(m.group(1) + symbol), symbol, m.end())


def _search_from_anchor(pattern: regex.Pattern, window: str, anchor: re.Pattern, before: regex.Pattern):
    """`pattern.search(window)`, for a pattern whose every match holds a match of `anchor` with only
    characters `before` takes between its start and that anchor."""
    first = anchor.search(window)
    if not first:
        return None
    return pattern.search(window, before.match(window, 0, first.start()).start())


def bare_place_date_line(line: str) -> bool:
    """Whether `line` is a date line written without the comma after its place (`Hà Nội ngày 30 tháng 3 năm 2010`)."""
    match = _PLACE_DATE_BARE.match(line)
    return bool(match) and not line[match.end():].strip(" \t|.")


def place_date(text: str) -> regex.Match | None:
    """`PLACE_DATE.search(text)`, from its anchor."""
    return _search_from_anchor(PLACE_DATE, text, _PLACE_DATE_ANCHOR, _BEFORE_PLACE_DATE)


def _place_date(window: str, number_end: int = -1) -> tuple[str, str, int | None]:
    """`number_end`: where the header's number field ends (-1: none); a place never starts inside it (a number left
    blank, `Số: /KH- NVT Phú Ninh, ngày …`, puts the symbol's last code right before the place)."""
    found = [m for m in (place_date(window),
                         _search_from_anchor(_PLACE_DATE_BARE, window, _PLACE_DATE_BARE_ANCHOR, _BEFORE_PLACE_DATE_BARE))
             if m]
    if not found:
        return "", "", None
    match = min(found, key=lambda m: m.start())
    if match.start(1) < number_end < match.end(1):
        match = PLACE_DATE.search(window, number_end) or match
    year = int(match.group(4))
    day = rx(r"\s").sub("", match.group(2) or "")
    month = rx(r"\s").sub("", match.group(3) or "")
    issued = iso_date(int(day), int(month), year) if day.isdigit() and month.isdigit() else ""
    place = squash(match.group(1))
    if not rx(r"\p{L}").search(place):
        place = ""  # a template's place left blank (`…………, ngày 15 tháng 8 năm 2018`): the date is still its own
    if _MOTTO_END.fullmatch(place):
        return "", issued, year  # the motto's `Hạnh phúc` over a date line whose place was left out (`, Ngày 10 …`)
    # the motto run into the place by a flattened header, its dashes lost (`Độc lập Tự do Hạnh phúc Nội Hoàng, ngày …`)
    motto = _MOTTO_BEFORE_PLACE.match(place)
    place = place[motto.end():] if motto and motto.end() < len(place) else place
    # a place name wrapped in a narrow column (`Sơn` ⏎ `La, ngày 11 tháng 3`, `Bà Rịa - Vũng` ⏎ `Tàu, ngày …`): its first
    # words alone on the line above
    if window[match.start(1) - 1:match.start(1)] == "\n":
        above = _LONE_PLACE_WORD.search(window, 0, match.start(1) - 1)
        place = f"{above.group(1)} {place}" if above else place
    return place, issued, year


_FIRST_PAGE = 3000  # characters after the header's window a page's first part holds
_DATE_AFTER_NUMBER = regex.compile(r"[ \t]*,?[ \t]*[Nn]g[àa]y[ \t]*(?:(\d{1,2})[ \t]*th[áa]ng[ \t]*(\d{1,2})"
                                   r"[ \t]*n[ăa]m[ \t]*|(\d{1,2})[/.-](\d{1,2})[/.-])(\d{4})")
# the date a post's title gives after its number, its issuer between or not (`… số 175-CV/TU ngày 25/01/2007 của …`,
# `… số 28 – TT/TU của Thành ủy TPHCM ngày 27/11/2009 về …`)
_DATE_IN_POST_TITLE = regex.compile(r"(?:[ \t]+của[ \t][^\n]{1,80}?)?" + _DATE_AFTER_NUMBER.pattern)


def iso_date(day: int, month: int, year: int) -> str:
    """`YYYY-MM-DD`, or "" when the day does not exist."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def _date_line_alone(text: str) -> str:
    """The first line of `text` that is a place and its date (`place_date`) and nothing else, else ""."""
    for line in text.split("\n"):
        m = place_date(line) if "ngày" in line or "Ngày" in line else None
        if m and not line[:m.start(1)].strip(" \t*_") and not line[m.end():].strip(" \t*_."):
            return line
    return ""


def read_header(doc: DocumentText, zone: str, window_end: int, issuer: tuple[str, str]) -> Header:
    """`window_end`: where the header ends at the latest (after the title); `issuer`: the zone's
    `header_issuer`."""
    field = _doc_number(zone)
    window = zone
    if not field:
        window = doc.text[:window_end + 300]
        field = _doc_number(window) or _number_in_post_title(doc.text)
    number = field or _NO_NUMBER
    place, issued, year = _place_date(doc.text[:window_end + 600], number.end)
    dated = _DATE_AFTER_NUMBER.match(doc.text, number.end) if not issued and field else None
    if not dated and not issued and field and field.end < doc.text.find("\n") and _post_title().match(doc.text, 0, 400):
        dated = _DATE_IN_POST_TITLE.match(doc.text, number.end)
    if dated:  # `Số: 550/SGDĐT-GDTX, ngày 14 tháng 4 năm 2017`, `Số 924/SNV-CCHC Ngày 07-9-2015`: a portal's line of
        # the number and date, no place
        day, month = (dated.group(1), dated.group(2)) if dated.group(1) else (dated.group(3), dated.group(4))
        year = int(dated.group(5))
        issued = iso_date(int(day), int(month), year)
    if not issued:
        # the date line read far from the header (OCR of a page whose columns Tesseract read as blocks, the date's
        # column after the body's first lines): a line that is a place and a full date alone, on the first page
        alone = _date_line_alone(doc.text[window_end:window_end + _FIRST_PAGE])
        if alone:
            place, issued, year = _place_date(alone)
    named = _named_type(_number_line(window)) if field else ""
    return Header(_completed_by_symbol(issuer[0], number.number), issuer[1], number.number, number.symbol,
                  place, issued, year, named)
