"""Repairs of Tesseract's typical errors on Vietnamese administrative text, for OCR output only.

Typed text never goes through these (normalize applies them to OCR spans only): `so 12` or `l1` are
left alone there. The confusions themselves are data, in models/ocr_confusions.tsv.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

_MODEL = Path(__file__).resolve().parent.parent / "models" / "ocr_confusions.tsv"


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


def repair_ocr(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for read, meant in _confusions()["sequence"].items():
        text = text.replace(read, meant)
    letters = _confusions()["letter"]
    if any(ch in text for ch in letters):
        text = text.translate(str.maketrans(letters))
    so, digits = _patterns()
    text = so.sub(_fix_so, text)
    text = digits.sub(_fix_digits, text)
    text = _SYMBOL_SPECK.sub("", text)
    return _NUMBER_BREAK.sub("", text)
