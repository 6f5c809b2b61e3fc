"""Normalize: one canonical text per file, the one every offset indexes.

NFC; line ends unified; invisible characters removed; markdown residue neutralized (emphasis `**` deleted;
`####`, table pipes and link brackets blanked out with spaces or line breaks); symbols broken by a
line break after their hyphen (`NĐ-` ⏎⏎ `CP`) re-joined; spaced-out letters of upper-case header
lines (`B Ộ LAO ĐỘNG`) re-joined.
"""
from __future__ import annotations

import unicodedata

import regex

_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NBSP = regex.compile(r"[\u00a0\u2007\u202f]")
# Emphasis marks are deleted (a bullet `* ` at a line start is kept): `“*Dân vận khéo*”` must read
# `“Dân vận khéo”`, not with stray spaces.
_EMPHASIS = regex.compile(r"(?<!^[ \t]*)\*+|^[ \t]*\*+(?![ \t])|(?<!\w)_{2,}|_{2,}(?!\w)", regex.M)
_HEADING_HASHES = regex.compile(r"(?m)^[ \t]*#{1,6}(?=[ \t])")
_TABLE_SEPARATOR = regex.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_TABLE_ROW = regex.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")
_LINK = regex.compile(r"\[([^\]\n]{1,400})\]\(([^)\s]{0,200})\)")
# A symbol cut after its hyphen at a line end: `59/2023/NĐ-` ⏎ (blank lines) `CP`.
_BROKEN_SYMBOL = regex.compile(
    r"(?<=\d+(?:/\d{4})?[/-][\p{Lu}Đ][\p{L}&]{0,12}(?:-[\p{Lu}Đ][\p{L}&\d]{0,12})*-)[ \t]*\n\s*(?=[\p{Lu}Đ][\p{Lu}Đ&]*[\p{Ll}]?[\p{Lu}Đ\d]*\b)"
)
# `Điều` / `Chương` left alone at a line end, its number on the next line: one heading again.
_BROKEN_ARTICLE = regex.compile(r"(?m)^([ \t]*(?:Điều|Chương|Mục|Phần))[ \t]*\n(?=[ \t]*(?:\d+[a-z]?|[IVXL]+)\s*[.:])")
_CONSONANT_ALONE = regex.compile(r"(?<![\p{L}])([BCDĐGHKLMNPQRSTVX]) (?=[AĂÂEÊIOÔƠUƯYÀ-ỸÀÁẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][\p{Lu}]*\b)")


def _blank(match: regex.Match) -> str:
    return " " * len(match.group(0))


def _table_row(match: regex.Match) -> str:
    # Cells become lines so header cells (issuer | motto, number | date) stay apart.
    return match.group(0).replace("|", "\n")


def _link(match: regex.Match) -> str:
    return " " + match.group(1) + " " * (len(match.group(0)) - len(match.group(1)) - 1)


def _join_spaced_letters(line: str) -> str:
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < 4 or sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
        return line
    return _CONSONANT_ALONE.sub(r"\1", line)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _NBSP.sub(" ", text)
    text = _TABLE_SEPARATOR.sub(_blank, text)
    text = _TABLE_ROW.sub(_table_row, text)
    text = _HEADING_HASHES.sub(_blank, text)
    text = _EMPHASIS.sub("", text)
    text = _LINK.sub(_link, text)
    text = _BROKEN_SYMBOL.sub("", text)
    text = _BROKEN_ARTICLE.sub(r"\1 ", text)
    if not _CONSONANT_ALONE.search(text):
        return text
    return "\n".join(_join_spaced_letters(line) if _CONSONANT_ALONE.search(line) else line
                     for line in text.split("\n"))
