"""Repairs of Tesseract's typical errors on Vietnamese administrative text, for OCR output only.

Typed text never goes through these (normalize applies them to OCR spans only): `so 12` or `l1` are
left alone there. The confusions themselves are data, in models/ocr_confusions.tsv.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

from .ocr_tones import restore_tones
from .source_lines import LineTracker

_MODEL = Path(__file__).resolve().parent.parent / "models" / "ocr_confusions.tsv"

# A symbol's code parts after its number: `685/UBND-VX`, `01/2016/TT-BNV`, `21-KL/TW`.
_SYMBOL = regex.compile(r"(?<![\p{L}\d])\d{1,5}(?:/\d{4})?[/-][\p{Lu}Đ&\d]+(?:[/-][\p{Lu}Đ&\d]+)*")
_CODE = regex.compile(r"[\p{Lu}Đ&\d]*[\p{Lu}Đ][\p{Lu}Đ&\d]*")
# A term or congress number: `khóa XIH`, `lần thứ XIlI` (Tesseract reads II as H, I as l).
_ROMAN_AFTER = regex.compile(r"(?<=\b(?:[Kk]hóa|[Kk]hoá|KHÓA|lần thứ|LẦN THỨ)\s+)[IVXLHl1|]{2,6}\b")
# A heading's marker as Tesseract reads it: `IL NỘI DUNG`, `I, MỤC ĐÍCH`, `II: TỔ CHỨC`, `L MỤC ĐÍCH`,
# `1, Mục đích`, `1: Hiệu trưởng` — a Roman marker before a heading in capitals, an Arabic one before a capital.
# The marker stands apart from the heading (a separator or a space): `HIỆU TRƯỞNG` is no `HI` + `ỆU`.
_ROMAN_HEADING = regex.compile(
    r"(?m)^([ \t*_]*)([IVXLHl1|][IVXLHl1|\[\]]{0,3})(?:[ \t]*[.,:;][ \t]*|[ \t]+)(?=[\p{Lu}Đ][\p{Lu}Đ ,\-–]{3,}[*_ \t]*$)")
# A part's Roman heading after the repair above, or one whose numeral Tesseract read as `_`.
_PART_HEADING = regex.compile(
    r"(?m)^([ \t*#”]*)(X{0,2}(?:IX|IV|V?I{0,3})\.|_)[ \t]+(?=[\p{Lu}Đ][\p{Lu}Đ ,\-–]{3,}[*_ \t]*$)")
# `a)` read as `4)` or `8)` (Tesseract's a/4/8 confusion) where `b)` opens a line a few lines below:
# an item list's first letter, not a number among letters.
_FIRST_LETTER_ITEM = regex.compile(r"(?m)^([ \t]*)[48]\)(?=[ \t]+\S[^\n]*\n(?:[^\n]*\n){0,6}?[ \t]*b\)[ \t])")
_ARABIC_HEADING = regex.compile(r"(?m)^([ \t*_]*\d{1,2}(?:\.\d{1,2}){0,2})[,:][ \t]+(?=[\p{Lu}Đ]\p{Ll})")
# Inside a paragraph Tesseract ends every printed line: a line cut before a word written in lower
# case is one line of the typed text (`Kế` ⏎ `hoạch số 75`), and so is a term cut from its number
# (`khóa` ⏎ `XI`). Markers (`a)`, `b.`) and bullets start their own line and are left alone.
_LINE_JOIN = regex.compile(
    r"(?<=[^\s.;:!?])[ \t]*\n[ \t]*(?=\p{Ll}\p{L})|(?<=\b(?:[Kk]hóa|[Kk]hoá|lần thứ))[ \t]*\n[ \t]*(?=[IVXL]+\b)")


@lru_cache(maxsize=1)
def _confusions() -> dict[str, dict[str, str]]:
    """kind → {as read: meant}."""
    table: dict[str, dict[str, str]] = {}
    with open(_MODEL, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            kind, read, meant = line.rstrip("\n").split("\t")[:3]
            table.setdefault(kind, {})[read] = meant
    return table


# Specks read as punctuation inside a symbol: `21-KL,/TW`, `75/KH-SGD&:ĐT` (between a code letter
# or `&` and the next part of the symbol).
_SYMBOL_SPECK = regex.compile(r"(?<=\d[/-][\p{Lu}Đ&/-]*[\p{Lu}Đ&])[,.:;'`]+(?=[/&-]?[\p{Lu}Đ/])")
# An opening quotation mark Tesseract read as `#`, `«` or a straight quote, at the start of a quoted article's first
# line under the lead-in's colon (`… quy định về Chế độ tập sự:` ⏎ `#1. Người được tuyển dụng …`): the quote again, so
# the article quoted is no part of the document's own structure.
_QUOTE_OPENER = regex.compile(r"(?m)(?<=:[ \t]*\n(?:[ \t]*\n)*[ \t]*)[#«\"']"
                              r"(?=[ \t]*(?:\d{1,2}[.)]|[a-zđ][.)]|…|\.{3}|Điều[ \t]))")
_CAPS_BEFORE = regex.compile(r"[\p{Lu}Đ]+$")
_CAPS_AFTER = regex.compile(r"[\p{Lu}Đ]+")


def _without_speck(match: regex.Match) -> str:
    """Nothing for a speck; a lone full stop between two codes is the symbol's own (`230/KH-THPT.PB`), kept unless the
    two read as one known code (`QĐ-UB.ND`)."""
    if match.group(0) != ".":
        return ""
    text, at = match.string, match.start()
    before = _CAPS_BEFORE.search(text, max(0, at - 12), at)
    after = _CAPS_AFTER.match(text, at + 1)
    if not before or not after or len(after.group(0)) < 2 or (before.group(0) + after.group(0)) in _known_codes():
        return ""
    return "."


# Slashes and hyphens lost or spaced out: `29- NQ/TW`, `29 -NQ/TW` → `29-NQ/TW`; `37 2025 nd-cp` →
# `37/2025/ND-CP` (the code's letters then go through the known-code edits: `NĐ-CP`).
_SPACED_HYPHEN = regex.compile(r"(?<=(?<![\d/.])\d{1,5})(?:[ \t]+-[ \t]*|-[ \t]+)(?=[\p{Lu}Đ]{2,8}/[\p{Lu}Đ])")
_LOST_SLASHES = regex.compile(
    r"(?<![\d/.])(\d{1,5})[ \t]+((?:19|20)\d\d)[ \t]+([A-Za-zĐđ]{1,8}-[A-Za-zĐđ]{1,8})\b(?!/)")
# A number cut from its symbol at a line end: `Kết luận số 114-` ⏎ `KL/TW`.
_NUMBER_BREAK = regex.compile(r"(?<=(?<![\d/.])\d{1,5}-)[ \t]*\n[ \t]*(?=[\p{Lu}Đ]{1,8}/[\p{Lu}Đ])")


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern]:
    table = _confusions()
    so_words = "|".join(regex.escape(w) for w in sorted(table["so"], key=len, reverse=True))
    # `số` misread before a number: `s6 12/KH`, `Sô: 45`, `so 29-NQ/TW`.
    so = regex.compile(rf"(?<!\p{{L}})({so_words})(?=[ \t]*:?[ \t]*\d)")
    digit_like = regex.escape("".join(table["digit"]))
    # Letters read for digits inside a number: `2O23`, `l7/8/2023`, `1O/KH` (a digit on one side).
    digits = regex.compile(rf"(?<![\p{{L}}])(?=[\d{digit_like}]*\d)[\d{digit_like}]+(?=[/.\-]|\b)")
    return so, digits


def _fix_so(match: regex.Match) -> str:
    word = match.group(1)
    return "Số" if word[0].isupper() else "số"


def _fix_digits(match: regex.Match) -> str:
    table = _confusions()["digit"]
    return "".join(table.get(ch, ch) for ch in match.group(0))


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    from .lexicon import load

    lexicon = load()
    codes = set(lexicon.code_case) | {code.upper() for code in lexicon.issuer_codes}
    codes |= {abbreviation.upper() for abbreviation in lexicon.abbreviations if abbreviation.isupper()}
    return frozenset(codes)


def _fix_code(code: str) -> str:
    known = _known_codes()
    if code.upper() in known:
        return code
    for at, ch in enumerate(code):
        for read, meant in _confusions()["code"].items():
            if ch == read and (candidate := code[:at] + meant + code[at + 1:]).upper() in known:
                return candidate
    return code


_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below


def _toneless(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(ch for ch in unicodedata.normalize("NFD", text.lower())
                                                if ch not in _TONES))


@lru_cache(maxsize=1)
def _type_words() -> dict[str, str]:
    """Document type names without tone marks → as written (`thông tu` → `thông tư`)."""
    from .lexicon import load

    return {_toneless(word): word for word in load().type_by_word}


_SPECKS = frozenset("Il")  # a speck on the scan read as a letter of its own
# The words just before a number: where a document type is named (`Thông tự 01/2016/TT-BNV`).
_WORDS_BEFORE_NUMBER = regex.compile(r"(?<!\p{L})\p{L}+(?:[ \t]\p{L}+){0,3}(?=[ \t]+(?:số[ \t]*:?[ \t]*)?\d)")


def _fix_type_word(match: regex.Match) -> str:
    """A type name whose tone marks Tesseract misread gets them back from the lexicon."""
    words = match.group(0).split(" ")
    tail = [words.pop()] if len(words) > 1 and words[-1].lower() == "số" else []
    table = _type_words()
    for k in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[-k:])
        # A speck read as a letter between its words (`Thông I báo số 496`) is no part of the name.
        inner = [w for w in words[-k + 1:-1] if w not in _SPECKS] if k > 2 else []
        meant = table.get(_toneless(phrase)) or (
            table.get(_toneless(" ".join([words[-k], *inner, words[-1]]))) if k > 2 else None)
        if meant is None or meant == phrase.lower():
            continue
        if phrase[0].isupper():
            meant = meant.upper() if phrase.isupper() else meant[0].upper() + meant[1:]
        return " ".join(words[:-k] + [meant] + tail)
    return match.group(0)


def _fix_symbol(match: regex.Match) -> str:
    symbol = match.group(0)
    number = regex.match(r"\d+(?:/\d{4})?[/-]", symbol).end()
    return symbol[:number] + _CODE.sub(lambda m: _fix_code(m.group(0)), symbol[number:])


_SMALL_ROMAN = regex.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


def _fix_roman_heading(match: regex.Match) -> str:
    lead, token = match.group(1), match.group(2).replace("[", "").replace("]", "")
    if not (_SMALL_ROMAN.fullmatch(token) and token):
        table = _confusions()["roman"]
        token = "".join(table.get(ch, ch) for ch in token.replace("L", "I"))
        if not (_SMALL_ROMAN.fullmatch(token) and token):
            return match.group(0)
    return f"{lead}{token}. "


def _roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(numeral):
        value = values[ch]
        total += -value if i + 1 < len(numeral) and values[numeral[i + 1]] > value else value
    return total


def _renumber_parts(text: str, lines: LineTracker) -> str:
    """The parts of a plan run I, II, III …: a part whose numeral was read as `_`, or as the numeral
    before it with an `I` lost (`II` for `III`, Tesseract merging the strokes), takes the next number; one read as
    the numeral after it with an `I` too many (`IL` for `I`, repaired to `II`, before the real `II`) the one before."""
    last = [0]
    # (the numerals as read, in the order the substitution meets them: each part's next one is known)
    read = [0 if m.group(2) == "_" else _roman_value(m.group(2)[:-1]) for m in _PART_HEADING.finditer(text)] + [0]
    seen = [0]

    def renumber(match: regex.Match) -> str:
        token = match.group(2)
        value = 0 if token == "_" else _roman_value(token[:-1])
        next_value, seen[0] = read[seen[0] + 1], seen[0] + 1
        if token == "_" and last[0]:
            value = last[0] + 1
        elif value > 1 and value == next_value and last[0] == value - 2 and set(token[:-1]) == {"I"}:
            value -= 1  # `IL. MỤC ĐÍCH` (read `II.`) over `II. NỘI DUNG`: the part before it
        elif value == last[0] and set(token[:-1]) == {"I"}:
            value = last[0] + 1
        else:  # in sequence, a new document's I, or another break: not a misreading to guess at
            last[0] = value
            return match.group(0)
        last[0] = value
        return f"{match.group(1)}{_roman(value)}. "

    return lines.sub(_PART_HEADING, renumber, text)


def _roman(value: int) -> str:
    out = ""
    for number, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out, value = out + numeral, value - number
    return out


def _fix_roman(match: regex.Match) -> str:
    table = _confusions()["roman"]
    roman = "".join(table.get(ch, ch) for ch in match.group(0))
    return roman if regex.fullmatch(r"X{0,3}(?:IX|IV|V?I{0,3})", roman) else match.group(0)


def repair_ocr(text: str, lines: LineTracker | None = None) -> str:
    """`lines`: told of each line break the repairs remove (see source_lines.py)."""
    lines = LineTracker() if lines is None else lines
    text = unicodedata.normalize("NFC", text)
    for read, meant in _confusions()["sequence"].items():
        text = text.replace(read, meant)
    letters = _confusions()["letter"]
    if any(ch in text for ch in letters):
        text = text.translate(str.maketrans(letters))
    so, digits = _patterns()
    text = restore_tones(text, frozenset(_confusions().get("pair", {})))
    text = so.sub(_fix_so, text)
    text = digits.sub(_fix_digits, text)
    text = _SYMBOL_SPECK.sub(_without_speck, text)
    text = _QUOTE_OPENER.sub("“", text)
    # No line break moved before this one: the plain substitutions above need no tracking.
    text = lines.sub(_NUMBER_BREAK, "", text, breaks=True)
    text = lines.sub(_SPACED_HYPHEN, "-", text)
    text = lines.sub(_LOST_SLASHES, lambda m: f"{m.group(1)}/{m.group(2)}/{m.group(3).upper()}", text)
    text = lines.sub(_SYMBOL, _fix_symbol, text)
    text = lines.sub(_ROMAN_AFTER, _fix_roman, text)
    text = lines.sub(_ROMAN_HEADING, _fix_roman_heading, text)
    text = _renumber_parts(text, lines)
    text = lines.sub(_ARABIC_HEADING, r"\1. ", text)
    text = lines.sub(_FIRST_LETTER_ITEM, r"\1a)", text)
    text = lines.sub(_WORDS_BEFORE_NUMBER, _fix_type_word, text)
    return lines.sub(_LINE_JOIN, " ", text, breaks=True)
