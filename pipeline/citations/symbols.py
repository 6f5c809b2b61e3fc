"""Number-and-symbol grammar: `04/2015/NĐ-CP`, `05-CT/TW`, `328/UBND-NV`, and the type words
written before them (`Nghị định số`, OCR slips such as `công căn số`)."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..lexicon import load
from ..textfold import rx

# A code part: upper-case letters (mixed case allowed after the first: `TTg`, `QyĐ`), `&`, a term
# number (`QH15`), and a dotted sub-unit (`THPT.XM`, `CGC.BT`).
# (`&` may stand between spaces a web copy put there: `2558/SGD &ĐT -TTr`, `SGD& ĐT`; canonical_code drops them.)
# (an `&` with a space beside it only before a code's capitals: not `12/KH-UBND & Sở …`)
_SPACED_AMPERSAND = r"(?:[ \t]&[ \t]?|&[ \t])(?=\p{Lu}{1,6}(?!\p{Ll}))"
_CODE = r"\p{Lu}(?:[\p{L}&]|" + _SPACED_AMPERSAND + r"){0,14}\d{0,4}(?:\.\p{Lu}[\p{L}&]{0,10})?"
# Hyphens as written: ASCII, and the Unicode hyphens word processors insert (U+2010, non-breaking
# U+2011, U+2012, en dash U+2013).
HYPHENS = "-\u2010\u2011\u2012\u2013"
_HY = "[" + HYPHENS + "]"
_SEP = r"[ \t]?" + _HY + r"{1,2}[ \t]?"  # (a hyphen typed twice is one: `28/2020/TT--BGDĐT`)
# A code after a blank alone is in capitals (`19/KH UBND`), not the next word (`171 /PGDĐT Về việc …`)
_CAPS_CODE = r"\p{Lu}[\p{Lu}&]{0,14}\d{0,4}(?![\p{Ll}])"
# A hyphen with a blank beside it before a code (`3210/QĐ - UBND`, `2189/SGDĐT – GDTrH`), not before a word of the text
# after the symbol, one capital then lower case (`Chỉ thị số 22/CT-UBND - Trường THPT Hoàng Mai`, a page's title and its
# site)
_ASYM_STEP = (_HY + r"{1,2}" + _CODE + r"|(?:[ \t]" + _HY + r"{1,2}[ \t]?|" + _HY + r"{1,2}[ \t])"
              + r"(?!\p{Lu}\p{Ll}+(?![\p{Lu}\d&]))" + _CODE)
_SYM_START = r"(?:(?<=\bs[ốo])|(?<![\p{L}\d/.&" + HYPHENS.replace("-", r"\-") + r"]))"
SYMBOL = regex.compile(
    # (a number may carry a letter: a decision numbered after another of its day, `168a/QĐ-UBND`, `64B-HĐBT`)
    _SYM_START + r"(?P<num>\d{1,5}(?:[a-e]|[A-E](?=[-/–]))?)(?:"
    # số/năm/ký hiệu: 04/2015/NĐ-CP, 47/2009/TTLT-BTC-BLĐTBXH, 26/2005/PL-UBTVQH11; a slash written
    # for the hyphen after the type code of a joint document (102/2025/NQLT/UBTVQH15-CP-…)
    # (or a space for the slash after the year, before a code that goes on: 102/2025 NQLT/UBTVQH15-…)
    # (or a hyphen for it before a type code and its issuer: 09/2009-TT-BGDĐT)
    # (or nothing at all before a type code in capitals and its hyphen: 11/2020TT-BGDĐT)
    # (the year typed twice is one: 32/2018/2018/TT-BGDĐT)
    r"[ \t]?/[ \t]?(?P<year>(?:19|20)\d{2})(?:/(?P=year)(?=/))?"
    r"(?:[ \t]?/[ \t]?|[ \t](?=" + _CODE + r"(?:/|" + _HY + r"))"
    r"|(?=\p{Lu}{2,6}" + _HY + r"\p{Lu})"
    r"|" + _HY + r"(?=" + _CODE + _HY + r"\p{Lu}))"
    r"(?P<lsym>" + _CODE + r"(?:/(?=\p{Lu})" + _CODE + r")?(?:"
    + _SEP + _CODE + r")*(?:[ \t]\d{1,2}(?![\d/]))?)"
    # Party: 05-CT/TW, 09- QC/TU, 34-PL/UBTVQH 11, and `29-` at a line end with `NQ/TW` on the next; a blank typed
    # for the hyphen right after `số` (`Quyết định số 84 QĐ/TWĐTN`, `Hướng dẫn số 12 HD/TU`)
    r"|(?:[ \t]{0,2}" + _HY + r"[ \t]{0,2}(?:\n[ \t]*)?|(?<=\bs[ốo]:?[ \t]{0,2}\d{1,5})[ \t])(?P<ptype>" + _CODE
    + r")[ \t]?/[ \t]?(?P<piss>" + _CODE
    + r"(?:" + _SEP + _CODE + r")*(?:[ \t]\d{1,2}(?![\d/]))?)"
    # số/ký hiệu: 95/KH-TC, 328/UBND-NV, 2761/SGD&ĐT-TTr, 19/KH UBND, and one more slash at most:
    # 04/HD/BTGDVTU (a form's code runs to more: 01/CT/ĐNTL/GSQL)
    # (or a blank typed for the slash right after `số`, before a code and its hyphen: `Kế hoạch số 104 KH-MN`,
    # `công văn số 1168 PGD&ĐT-GDMN`)
    r"|(?:[ \t]?/[ \t]?|(?<=\bs[ốo]:?[ \t]{0,2}\d{1,5})[ \t](?=\p{Lu}[\p{Lu}&]{1,14}" + _HY + r"\p{Lu}))"
    r"(?P<asym>" + _CODE + r"(?:" + _ASYM_STEP + r"|[ \t]" + _CAPS_CODE + r")*"
    r"(?:/" + _CODE + r"(?:" + _ASYM_STEP + r"|[ \t]" + _CAPS_CODE + r")*)?)(?!/[\p{L}\d])"
    # số-ký hiệu of the old government series: Nghị định 404-CP, Quyết định số 169-CP, 217-HĐBT
    # (read only after a type word: find.py)
    r"|[ \t]?" + _HY + r"[ \t]?(?P<osym>\p{Lu}[\p{Lu}&]{1,9}g?)(?!/|" + _HY + r")"
    r")(?![\p{L}\d&])"
)
_DIGIT = regex.compile(r"\d")
_SEPARATORS = "/" + HYPHENS


@lru_cache(maxsize=256)
def _non_ascii_digit(ch: str) -> bool:
    return _DIGIT.match(ch) is not None


def _is_digit(ch: str) -> bool:
    r"""`\d` as the symbol grammar reads it (any script's decimal digits)."""
    return "0" <= ch <= "9" or (ch >= "\x80" and _non_ascii_digit(ch))


def symbol_matches(text: str):
    """What `SYMBOL.finditer(text)` yields, tried only where a symbol can start: every symbol is its
    number (a run of 1-5 digits, a letter after them at most), at most two spaces, then a slash or a hyphen. `str.find` skips to
    those separators many times faster than the engine tries the look-behind at every position."""
    seps = []
    for sep in _SEPARATORS:
        at = text.find(sep)
        while at >= 0:
            seps.append(at)
            at = text.find(sep, at + 1)
    seps.sort()
    end = 0
    for at in seps:
        digits_end = at
        if digits_end and text[digits_end - 1] in " \t":
            digits_end -= 1
            if digits_end and text[digits_end - 1] in " \t":
                digits_end -= 1
        if digits_end > 1 and ("a" <= text[digits_end - 1] <= "e" or "A" <= text[digits_end - 1] <= "E"
                               and digits_end == at) and _is_digit(text[digits_end - 2]):
            digits_end -= 1  # `168a/QĐ-UBND`, `64B-HĐBT`
        if digits_end and text[digits_end - 1].isupper() and at == digits_end:
            # `số 84 QĐ/TWĐTN`: a blank typed for the hyphen between the number and the type code (SYMBOL's Party
            # branch reads it only after `số`); `số 1168 PGD&ĐT-GDMN`, one typed for the slash
            code = digits_end
            while code and digits_end - code < 10 and (text[code - 1].isupper() or text[code - 1] == "&"):
                code -= 1
            if code > 1 and text[code - 1] == " " and _is_digit(text[code - 2]):
                digits_end = code - 1
        if not digits_end or not _is_digit(text[digits_end - 1]):
            continue
        start = digits_end - 1
        while start and digits_end - start <= 5 and _is_digit(text[start - 1]):
            start -= 1
        if start >= end:
            m = SYMBOL.match(text, start)
            if m:
                yield m
                end = m.end()


# A number written without its symbol (`Quyết định 1237`, `Nghị định số 31`), or with its year only (`Nghị định
# 15/2020`): a short mention of a document the text cites in full.
BARE_NUMBER = regex.compile(r"(?<![\d/.\-])(\d{1,5})(?:[ \t]?/[ \t]?((?:19|20)\d{2}))?(?![\d/\-\p{L}]|[.,]\d)")
_NUMBER_PART = regex.compile(r"^\d+[/-](?:\d{4}/)?")
_PART_SPLIT = regex.compile(r"\s*" + _HY + r"{1,2}\s*")
_LSYM_SPLIT = regex.compile(r"\s*(?:" + _HY + r"{1,2}|/)\s*")
_WORDLIKE = regex.compile(r"\p{Lu}\p{Ll}{2,}")
# Letters of words, not of codes: vowels with a tone mark or a hat/horn (codes use Đ, never À Ư Ơ Ê …).
_WORD_VOWEL = regex.compile(r"[^\x00-\x7fĐđ&]")


@lru_cache(maxsize=4096)
def _last_part_cut(raw: str) -> int:
    """The separator before the last part of a symbol as matched, when that part is written as a word
    and is no known code; 0 when it is a code or there is none. (Kept per symbol: texts repeat theirs.)"""
    cut = max(raw.rfind(ch) for ch in HYPHENS + "/ ")
    if cut <= 0:
        return 0
    last = raw[cut + 1:]
    if last.upper() in load().code_case or not (_WORDLIKE.fullmatch(last) or (len(last) >= 3 and _WORD_VOWEL.search(last))):
        return 0
    return cut


def trimmed(match: regex.Match, text: str) -> regex.Match:
    """The symbol without a word the code swallowed (`04/TT-MTTW-BTT-Ngày`, `1237/QĐ-TTG NGÀY` →
    `04/TT-MTTW-BTT`, `1237/QĐ-TTG`): a trailing part written as a word — capital then lower case, or
    a capitalised word with the tone marks and vowels codes never carry — that is no known code."""
    while True:
        raw = match.group(0)
        cut = _last_part_cut(raw)
        if not cut:
            return match
        shorter = SYMBOL.match(text, match.start(), match.start() + len(raw[:cut].rstrip(" \t" + HYPHENS)))
        if shorter is None:
            return match
        match = shorter  # a heading in capitals joined by hyphens can swallow several words


@lru_cache(maxsize=1)
def type_words() -> tuple[regex.Pattern, dict[str, str]]:
    """A pattern for the type word right before a number (matched backwards from the number),
    and lower-case surface word → canonical type."""
    lex = load()
    words = sorted(lex.type_by_word, key=len, reverse=True)
    alternation = "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in words)
    pattern = regex.compile(r"(?ri)(?<![\p{L}])(" + alternation + r")\s*(?:số\s*:?\s*)?$")
    return pattern, dict(lex.type_by_word)


def canonical_code(code: str) -> str:
    code = "".join(code.split())
    return load().code_case.get(code.upper(), code)


def unaccented(text: str) -> str:
    """Lower case without tone marks or hats: OCR drops them (`Nghj quyêt so`, `THÔNG BAO sO`), and
    so do typists without a Vietnamese keyboard (`ND-CP`)."""
    stripped = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in stripped if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def codes_by_ascii() -> dict[str, str]:
    """Known codes by their unaccented upper case (`ND` → `NĐ`, `BGDDT` → `BGDĐT`)."""
    table: dict[str, str] = {}
    for code in load().code_case.values():
        table.setdefault(unaccented(code).upper(), code)
    return table


_KEY_PARTS = regex.compile(r"([-/])")
_DOTTED_TYPE = regex.compile(r"(?<=/)(\p{L}+)\.(?=\p{Lu})")


@lru_cache(maxsize=4096)
def key_symbol(symbol: str) -> str:
    """The symbol as a citation key spells it: one spelling however the citing text writes its codes.
    `&` inside a code (`SGD&ĐT`, `SNN&PTNT`) is a way of writing the body's name, not part of its
    identity; a known code typed without Vietnamese letters (`ND-CP`, `SGDDT`) is that code. The
    mention's `number_symbol` keeps the writing."""
    symbol = symbol.replace("&", "")
    if "." in symbol:
        # `125/QĐ.UBND`, `32/2020/TT.BGDĐT`: a full stop typed for the hyphen after a type code (not the dotted
        # sub-unit of a body's code, `THPT.XM`)
        symbol = _DOTTED_TYPE.sub(lambda m: m[1] + ("-" if m[1].upper() in load().type_by_code else "."), symbol)
    parts = _KEY_PARTS.split(symbol)
    for i in range(2, len(parts), 2):
        part = parts[i]
        if part.isascii() and part.upper() not in load().code_case:
            parts[i] = codes_by_ascii().get(part.upper(), part)
    return "".join(parts)


def issuing_code(symbol: str) -> str:
    """The code of the body a symbol names, as a key spells it: its first code that is no number, year or type code
    (`4216/UBND-NC` → `UBND`, `15/2020/NĐ-CP` → `CP`, `21-NQ/TW` → `TW`); empty when it names none."""
    types = load().type_by_code
    for part in _KEY_PARTS.split(key_symbol(symbol))[::2]:
        if part and not part.isdigit() and part.upper() not in types:
            return part.upper()
    return ""


def _split_glued(part: str, first_codes, rest_ok) -> list[str]:
    """`TTBGDĐT` → `TT`, `BGDĐT`; `KHUBND` → `KH`, `UBND`; `UBNDNC` → `UBND`, `NC`: a hyphen lost
    between two codes (OCR, pdftotext) is restored when the part splits into known codes."""
    upper = part.upper()
    for code in sorted(first_codes, key=len, reverse=True):
        rest = upper[len(code):]
        if upper.startswith(code) and rest and rest_ok(rest):
            return [part[:len(code)], part[len(code):]]
    return [part]


def _type_then_issuer(part: str) -> list[str]:
    """`NQCP` → `NQ`, `CP`; `QĐUBND` → `QĐ`, `UBND`: a type code and a known issuer's code glued (a hyphen the text
    lost, as PDF copies and OCR lose it); [part] where the part is an issuer's code of its own or splits no such way."""
    if part.upper() in issuer_codes():
        return [part]
    return _split_glued(part, load().type_by_code, lambda rest: rest in issuer_codes())


def own_symbol(number: str) -> str:
    """A document's own number and symbol with the hyphen it lost between its type code and its issuer's code restored
    (`1961/QĐUBND` → `1961/QĐ-UBND`), as a citation of it spells it: the two then join in the citation index."""
    head, slash, last = number.rpartition("/")
    if not slash or "-" in last or not last.isalpha():
        return number
    return head + slash + "-".join(_type_then_issuer(last))


@lru_cache(maxsize=1)
def issuer_codes() -> frozenset[str]:
    """The issuing bodies' codes of models/issuer_codes.tsv, in capitals."""
    return frozenset(c.upper() for c in load().issuer_codes)


def one_code(first: str, second: str) -> bool:
    """Whether two pieces a space parts are one code typed with a stray space (`BGD ĐT`, `SGD ĐT`): together they
    spell a known issuer's code (models/issuer_codes.tsv) and are not two known codes of their own (`KH UBND`)."""
    codes = load().code_case
    return (first + second).upper() in issuer_codes() and not (first.upper() in codes and second.upper() in codes)


# The piece after a symbol's last code, past one space (`32/2020/TT-BGD ĐT ngày …`).
_PIECE_AFTER = regex.compile(r"[ \t](\p{Lu}[\p{Lu}&]{0,7})(?![\p{L}\d&])")
_LAST_CODE = regex.compile(r"[^\-/]+$")


def with_stray_space_joined(symbol: str, text: str, end: int) -> tuple[str, int]:
    """A symbol that stops at a space typed inside its last code (`32/2020/TT-BGD ĐT`) with that code whole
    (`32/2020/TT-BGDĐT`), and where it ends in `text`; else the symbol as read."""
    piece = _PIECE_AFTER.match(text, end) if text.startswith((" ", "\t"), end) else None
    last = _LAST_CODE.search(symbol) if piece else None
    if last is None or not one_code(last.group(), piece[1]):
        return symbol, end
    return symbol[:last.start()] + canonical_code(last.group() + piece[1]), piece.end()


_AMPERSAND_SPACES = regex.compile(r"[ \t]*&[ \t]*")
_ASYM_SPLIT = regex.compile(r"\s*(" + _HY + r"|/)" + _HY + r"?\s*|\s+")


def canonical_symbol(match: regex.Match) -> str:
    # `groups()` are SYMBOL's named groups in order (num, year, lsym, ptype, piss, asym, osym): reading
    # them by their seven names costs 3 µs a symbol, ~2 % of the stage.
    return _canonical(*match.groups())


@lru_cache(maxsize=4096)
def _canonical(num: str, year: str | None, lsym: str | None, ptype: str | None, piss: str | None,
               asym: str | None, osym: str | None = None) -> str:
    lex = load()
    if osym:
        return f"{num}-{canonical_code(osym)}"
    if asym and "&" in asym:
        asym = _AMPERSAND_SPACES.sub("&", asym)  # `SGD &ĐT` is one code (a space is a hyphen elsewhere in `asym`)
    issuers = issuer_codes()
    if year:
        parts = _LSYM_SPLIT.split(lsym.strip())
        # `UBTVQH 11` → `UBTVQH11`; `TTBGDĐT` → `TT-BGDĐT` (missing hyphen)
        parts = [rx(r"\s+(?=\d)").sub("", p) for p in parts]
        if len(parts) == 1 and " " not in parts[0]:
            parts = _split_glued(parts[0], lex.type_by_code, lambda rest: rest in issuers)
        return f"{num}/{year}/" + "-".join(canonical_code(p) for p in parts)
    if ptype:
        issuer = rx(r"\s+(?=\d)").sub("", piss.strip())
        issuer = "-".join(canonical_code(p) for p in _PART_SPLIT.split(issuer))
        return f"{num}-{canonical_code(ptype)}/{issuer}"
    pieces = _ASYM_SPLIT.split(asym.strip())
    # pieces alternate code, separator (None for a space): a space or hyphen is written `-`, but for a space
    # typed inside one code (`12/SGD ĐT-GDTrH`)
    codes, seps = [pieces[0]], []
    for sep, code in zip(pieces[1::2], pieces[2::2]):
        if sep is None and one_code(codes[-1], code):
            codes[-1] += code
        else:
            codes.append(code)
            seps.append("/" if sep == "/" else "-")
    if len(codes) == 2 and seps == ["/"] and codes[0] in lex.type_by_code and codes[1].upper() in issuer_codes():
        # `39/KH/HU`, `380/TB/TW`: a slash typed for the Party's hyphen (`39-KH/HU`), or for a state body's
        # (`12/QĐ/UBND` → `12/QĐ-UBND`)
        if codes[1].upper() in lex.party_codes:
            return f"{num}-{canonical_code(codes[0])}/{canonical_code(codes[1])}"
        seps = ["-"]
    head, dot, rest = codes[0].partition(".")
    if dot and rest and head in lex.type_by_code:
        # `307/KH.BGD&ĐT`: a type code, a full stop typed for its hyphen, the issuer's code
        codes[0:1], seps[0:0] = [head, rest], ["-"]
    if len(codes) == 1 and len(codes[0]) >= 5:
        # `213/KHUBND`, `6709/UBNDNC`: a type code or an issuer code glued to what follows.
        glued = _split_glued(codes[0], lex.type_by_code, lambda rest: rest in issuers)
        if len(glued) == 1:
            glued = _split_glued(codes[0], issuers, lambda rest: len(rest) >= 2 and rest.isupper() and rest[0].isalpha())
        codes, seps = glued, ["-"] * (len(glued) - 1)
    elif len(codes) == 1:
        # `30c/NQCP`, `05/CTTW`: four letters, a type code then an issuer's (not `TTCP`, itself an issuer's code)
        codes = _type_then_issuer(codes[0])
        seps = ["-"] * (len(codes) - 1)
    out = canonical_code(codes[0])
    for sep, code in zip(seps, codes[1:]):
        out += sep + canonical_code(code)
    return f"{num}/" + out


# Law-making symbols that carry no type code (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 8: a law's and the
# National Assembly's or its Standing Committee's resolutions' `số/năm/QHxx`, `số/năm/UBTVQHxx`)
_WITHOUT_TYPE_CODE = regex.compile(r"(?:UBTV)?QH\d*")


def with_type_code(symbol: str, doc_type: str) -> str:
    """A yearly symbol whose type code was left out (`Thông tư 09/2009/BGD-ĐT`) with the code of the type word written
    before it (`09/2009/TT-BGDĐT`): every other yearly symbol carries it (the same article); only where the rest is
    one body's code (models/issuer_codes.tsv), so that the two spellings of one document share a key."""
    num, _, rest = symbol.partition("/")
    year, _, code = rest.partition("/")
    if not (len(year) == 4 and year.isdigit() and code) or _WITHOUT_TYPE_CODE.fullmatch(code):
        return symbol
    lex = load()
    parts = code.split("-")
    dtype = next((t for t in lex.doc_types if t.name == doc_type), None)
    if dtype is None or not dtype.codes or dtype.kind == "name" or parts[0].upper() in lex.type_by_code:
        return symbol
    issuer = "".join(parts)
    if issuer.upper() not in issuer_codes():
        return symbol
    return f"{num}/{year}/{canonical_code(dtype.codes[0])}-{canonical_code(issuer)}"


def type_from_symbol(symbol: str) -> str:
    lex = load()
    if "/" not in symbol:
        return ""
    if rx(r"\d+-").match(symbol):
        code = symbol.split("-", 1)[1].split("/", 1)[0]
    else:
        code = rx(r"[-/]").split(symbol.split("/", 2)[-1] if symbol.count("/") == 2 else symbol.split("/", 1)[1])[0]
    return lex.type_by_code.get(code.upper(), "")


@lru_cache(maxsize=4096)
def code_is_plausible(symbol: str) -> bool:
    """Symbols are upper-case codes; `12/Phòng` or `3/tháng` are not."""
    tail = _NUMBER_PART.sub("", symbol)
    return sum(ch.isupper() for ch in tail) >= 2 or tail.upper() in load().code_case


@lru_cache(maxsize=64)
def _fuzzy_words(expected: str) -> tuple[tuple[regex.Pattern, str], ...]:
    """One-slip patterns of the type words a symbol's code allows (every type's when it allows none)."""
    lex = load()
    return tuple((regex.compile(r"(?:" + regex.escape(word) + r"){s<=1}"), dtype)
                 for word, dtype in lex.type_by_word.items()
                 if len(word) >= 5 and (dtype == expected if expected else dtype == "Công văn"))


def warm() -> None:
    """Build the patterns made from the lexicon: the type words, and every type's one-slip forms."""
    type_words(), issuer_codes()
    for expected in {"", *load().type_by_code.values()}:
        _fuzzy_words(expected)


def fuzzy_type(look: str, symbol: str) -> tuple[str, int] | None:
    """An OCR-damaged type word right before the number (`công căn số`, `Đồ án số`)."""
    m = rx(r"(?<![\p{L}])(\p{L}+\s+\p{L}+)\s*(?:s[ốo]\s*:?\s*)?$").search(look)
    if not m:
        return None
    candidate = m.group(1).lower()
    for pattern, dtype in _fuzzy_words(type_from_symbol(symbol)):
        if pattern.fullmatch(candidate):
            return dtype, m.start(1)
    return None


_SYMBOL_YEAR = regex.compile(r"/((?:19|20)\d{2})/")


@lru_cache(maxsize=4096)  # (kept per symbol: a text repeats its symbols, and each is asked for several times)
def symbol_year(symbol: str) -> str:
    """The year a symbol carries (`59/2023/NĐ-CP` → `2023`), "" when it has none (`16/CT-TTg`)."""
    m = _SYMBOL_YEAR.search(symbol)
    return m.group(1) if m else ""
