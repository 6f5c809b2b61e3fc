"""Is a PDF page's text layer Vietnamese text, a legacy font map, or garbage? Decided by measuring it.

Vietnamese is written in syllables of a fixed shape (initial consonant, vowel nucleus with at most one
tone mark, final consonant), and most syllables carry a diacritic. A layer typed in Unicode passes both
measures (on the shared texts: ≥ 0.8 of the words other than abbreviations are syllables, ≥ 0.7 carry a
diacritic); the OCR layer of a scan that lost its diacritics (`UY BAN NHAN DAN`, `thrc hin`), or a
legacy font map read as Latin-1 (`CØNG HOÀ`, `tr°¡ng`), fails them (0.54-0.69 syllables, or < 0.3 with a
diacritic).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_WORD = regex.compile(r"\p{L}+")
# Abbreviations are no syllables and no garbage either: capitals without a vowel (`GVCN`, `UBND`, `VT`)
# and the letters of a slashed abbreviation (`(b/c)`, `(th/h)`) that fill a `Nơi nhận` list.
_ABBREVIATION = regex.compile(r"(?<!\p{L})(?:[B-DF-HJ-NP-TV-XZĐ]{2,}|\p{Ll}{1,2}/\p{Ll}{1,2})(?!\p{L})")
_BAD_GLYPHS = regex.compile(r"\ufffd|\(cid:\d+\)|[\x00-\x08\x0e-\x1f]")

MIN_WORDS = 30  # fewer words say too little to judge a layer
MIN_SYLLABLES = 0.75
MIN_MARKED = 0.4


@dataclass(frozen=True, slots=True)
class LayerQuality:
    n_words: int
    syllables: float  # share of words that have the shape of a Vietnamese syllable
    marked: float  # share of words with a letter outside ASCII (a diacritic, đ)
    bad_glyphs: int  # replacement characters, (cid:N), control characters

    @property
    def usable(self) -> bool:
        if self.bad_glyphs > max(3, self.n_words // 20):
            return False
        if self.n_words < MIN_WORDS:
            return True
        return self.syllables >= MIN_SYLLABLES and self.marked >= MIN_MARKED


def is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(decomposed.count(mark) for mark in _TONE_MARKS)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(base) is not None


def measure(text: str) -> LayerQuality:
    words = _WORD.findall(_ABBREVIATION.sub(" ", text))
    n = len(words)
    if not n:
        return LayerQuality(0, 0.0, 0.0, len(_BAD_GLYPHS.findall(text)))
    syllables = sum(1 for w in words if is_syllable(w))
    marked = sum(1 for w in words if not w.isascii())
    return LayerQuality(n, syllables / n, marked / n, len(_BAD_GLYPHS.findall(text)))
