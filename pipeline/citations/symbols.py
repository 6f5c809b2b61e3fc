"""Number-and-symbol grammar: `04/2015/NĐ-CP`, `05-CT/TW`, `328/UBND-NV`, and the type words
written before them (`Nghị định số`, OCR slips such as `công căn số`)."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import load
from ..textfold import rx

_CODE = r"\p{Lu}[\p{L}&]{0,14}\d{0,2}"
_SYM_START = r"(?:(?<=\bs[ốo])|(?<![\p{L}\d/.\-&]))"
SYMBOL = regex.compile(
    _SYM_START + r"(?P<num>\d{1,5})(?:"
    # số/năm/ký hiệu: 04/2015/NĐ-CP, 47/2009/TTLT-BTC-BLĐTBXH, 26/2005/PL-UBTVQH11
    r"[ \t]?/[ \t]?(?P<year>(?:19|20)\d{2})[ \t]?/[ \t]?(?P<lsym>" + _CODE + r"(?:[ \t]?-[ \t]?" + _CODE + r")*(?:[ \t]\d{1,2}(?![\d/]))?)"
    # Party: 05-CT/TW, 09- QC/TU, 34-PL/UBTVQH 11
    r"|[ \t]?-[ \t]?(?P<ptype>" + _CODE + r")[ \t]?/[ \t]?(?P<piss>" + _CODE + r"(?:[ \t]?-[ \t]?" + _CODE + r")*(?:[ \t]\d{1,2}(?![\d/]))?)"
    # số/ký hiệu: 95/KH-TC, 328/UBND-NV, 2761/SGD&ĐT-TTr, 19/KH UBND
    r"|[ \t]?/[ \t]?(?P<asym>" + _CODE + r"(?:(?:[ \t]?-[ \t]?|[ \t])" + _CODE + r")*)"
    r")(?![\p{L}\d&])"
)
BARE_NUMBER = regex.compile(r"(?<![\d/.\-])(\d{1,5})(?![\d/\-\p{L}.,]|\.\d)")
_NUMBER_PART = regex.compile(r"^\d+[/-](?:\d{4}/)?")


@lru_cache(maxsize=1)
def type_words() -> tuple[regex.Pattern, dict[str, str]]:
    """A pattern for the type word right before a number (searched in reverse from the number),
    and lower-case surface word → canonical type."""
    lex = load()
    words = sorted(lex.type_by_word, key=len, reverse=True)
    alternation = "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in words)
    pattern = regex.compile(r"(?ri)(?<![\p{L}])(" + alternation + r")\s*(?:số\s*:?\s*)?$")
    return pattern, dict(lex.type_by_word)


def canonical_code(code: str) -> str:
    code = "".join(code.split())
    return load().code_case.get(code.upper(), code)


def canonical_symbol(match: regex.Match) -> str:
    lex = load()
    num = match.group("num")
    if match.group("year"):
        parts = [p for p in rx(r"\s*-\s*").split(match.group("lsym").strip())]
        # `UBTVQH 11` → `UBTVQH11`; `TTBGDĐT` → `TT-BGDĐT` (missing hyphen)
        parts = [rx(r"\s+(?=\d)").sub("", p) for p in parts]
        if len(parts) == 1 and " " not in parts[0]:
            upper = parts[0].upper()
            for tcode in sorted(lex.type_by_code, key=len, reverse=True):
                rest = upper[len(tcode):]
                if upper.startswith(tcode) and rest and (rest in {c.upper() for c in lex.issuer_codes}):
                    parts = [parts[0][:len(tcode)], parts[0][len(tcode):]]
                    break
        return f"{num}/{match.group('year')}/" + "-".join(canonical_code(p) for p in parts)
    if match.group("ptype"):
        issuer = rx(r"\s+(?=\d)").sub("", match.group("piss").strip())
        issuer = "-".join(canonical_code(p) for p in rx(r"\s*-\s*").split(issuer))
        return f"{num}-{canonical_code(match.group('ptype'))}/{issuer}"
    parts = rx(r"\s*-\s*|\s+").split(match.group("asym").strip())
    return f"{num}/" + "-".join(canonical_code(p) for p in parts)


def type_from_symbol(symbol: str) -> str:
    lex = load()
    if "/" not in symbol:
        return ""
    if rx(r"\d+-").match(symbol):
        code = symbol.split("-", 1)[1].split("/", 1)[0]
    else:
        code = rx(r"[-/]").split(symbol.split("/", 2)[-1] if symbol.count("/") == 2 else symbol.split("/", 1)[1])[0]
    return lex.type_by_code.get(code.upper(), "")


def code_is_plausible(symbol: str) -> bool:
    """Symbols are upper-case codes; `12/Phòng` or `3/tháng` are not."""
    tail = _NUMBER_PART.sub("", symbol)
    return sum(ch.isupper() for ch in tail) >= 2 or tail.upper() in load().code_case


def fuzzy_type(look: str, symbol: str) -> tuple[str, int] | None:
    """An OCR-damaged type word right before the number (`công căn số`, `Đồ án số`)."""
    lex = load()
    m = rx(r"(?<![\p{L}])(\p{L}+\s+\p{L}+)\s*(?:s[ốo]\s*:?\s*)?$").search(look)
    if not m:
        return None
    candidate = m.group(1).lower()
    expected = type_from_symbol(symbol)
    for word, dtype in lex.type_by_word.items():
        if len(word) < 5 or (expected and dtype != expected) or (not expected and dtype != "Công văn"):
            continue
        if regex.fullmatch(r"(?:" + regex.escape(word) + r"){s<=1}", candidate):
            return dtype, m.start(1)
    return None
