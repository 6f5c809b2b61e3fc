"""Syllables a web copy or a PDF's text layer glued together (`Chủtịch`, `dântỉnh`, `Kínhgửi`, `báocáo`): a Vietnamese
syllable holds one vowel nucleus, so a word whose letters hold two nuclei that both carry a Vietnamese mark (a tone or
the hat, breve or horn of `â ă ê ô ơ ư`) is two syllables run together. The space goes where the consonants between
the two nuclei part into a final the first syllable can end with and the longest onset the second can open with
(`dân|tỉnh`, `báo|cáo`, `địa|chỉ`). A step of normalize; a loanword so written (`kilômét`) is parted too, harmlessly.
A word run into the next, capitalised one (`thành phốYên Bái`) is parted at its capital.
"""
from __future__ import annotations

import re

from .textlayer import is_syllable

# The vowels with a Vietnamese mark (tone, or the hat, breve, horn); every vowel letter; the consonants; both cases
# written out (stdlib `re` with plain classes: a tenth of the cost of `regex` with `(?i)` over a whole text).
_MARKED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_MARKED += _MARKED.upper()
_VOWELS = "aeiouyAEIOUY" + _MARKED
_CONSONANTS = "bcdđghklmnpqrstvx"
_CONSONANTS += _CONSONANTS.upper()
# A marked nucleus, the consonants after it, and the next marked nucleus of the same word (its vowels before the mark).
_TWO_NUCLEI = re.compile(f"[{_MARKED}][{_VOWELS}]*([{_CONSONANTS}]{{1,4}})(?=[{_VOWELS}]*[{_MARKED}])")
# In capitals (a header's or title's line flattened with its neighbour: `ĐẢNG BỘ XÃ MỸ HƯNGCHI BỘ TRƯỜNG …`), one
# marked nucleus is enough: a capital word with two nuclei and a Vietnamese mark is no acronym nor English word.
# (read in the text's first part only, where headers stand: its every capital vowel is a place to try)
_UPPER_MARKED = "".join(c for c in _MARKED if c.isupper())
_UPPER_VOWELS = "AEIOUY" + _UPPER_MARKED
_UPPER_CONSONANTS = "BCDĐGHKLMNPQRSTVX"
_TWO_CAPITAL_NUCLEI = re.compile(f"(?:[{_UPPER_MARKED}][{_UPPER_VOWELS}]*([{_UPPER_CONSONANTS}]{{1,4}})"
                                 f"(?=[{_UPPER_VOWELS}])|[{_UPPER_VOWELS}]+([{_UPPER_CONSONANTS}]{{1,4}})"
                                 f"(?=[{_UPPER_VOWELS}]*[{_UPPER_MARKED}]))")
_FINALS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")  # what a syllable may end with after its vowel
_ONSETS = frozenset({"b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
                     "ph", "q", "r", "s", "t", "th", "tr", "v", "x"})


def _seam(between: str) -> int | None:
    """Where the consonants between two nuclei part: after the first syllable's final, before the longest onset."""
    low = between.lower()
    for final in sorted(_FINALS, key=len):  # the shortest final first: the longest onset
        if low.startswith(final) and low[len(final):] in _ONSETS:
            return len(final)
    return None


_SAMPLE = 8_000  # characters of a long text looked at first: a copy that glues its words does so all through
_CAPITALS_REACH = 3_000  # where a header's and a title's lines in capitals stand (the rule in capitals is read there)


# A word in lower case run into the next, capitalised one (`thành phốYên Bái`, `mầm nonHoa Mai`, a web copy that lost
# the space): at a word's start, perhaps its capital, two small letters or more, then a syllable opening with a capital
# consonant and its vowel, both halves whole syllables. Not inside a token after a slash, dot or at-sign (a site's
# address, `ThuVienPhapLuat`), nor an abbreviation in mixed case (`ThS.`, `TpHCM`), nor an OCR's capitals inside a word
# (`chInh`, `nghiCn`, `truOng`). Found from its anchor, a small letter before such a capital (rare in clean text), the
# word around it read after.
_LOWER_LETTERS = "a-zđ" + "".join(c for c in _VOWELS if c.islower() and c not in "aeiouy")
_UPPER_LETTERS = "A-ZĐ" + "".join(c for c in _VOWELS if c.isupper() and c not in "AEIOUY")
_LOWER_VOWELS = "".join(c for c in _VOWELS if c.islower())
# (each pattern opens with its capital, the engine's fast skip to a candidate; the look-behind after it)
_CASE_ANCHOR = re.compile(f"[BCDĐGHKLMNPQRSTVXY](?<=[{_LOWER_LETTERS}].)(?=[{_LOWER_VOWELS}])")
_LOWER_RUN = re.compile(f"[{_LOWER_LETTERS}]+")
_WORD_BEFORE = re.compile(f"[{_UPPER_LETTERS}]?[{_LOWER_LETTERS}]+$")
_NOT_BEFORE_WORD = frozenset("/.@&#-_")
# An abbreviation in capitals run into the lower-case word after it (`Chánh Văn phòng UBNDtỉnh`, `Chủ tịch UBNDcác huyện`):
# two capitals or more at a word's start, then a whole syllable of two small letters or more (not a type's code, `TTr`,
# `CTr`, `QĐi`), which the last capital does not open (`TTrình`). Anchored on two capitals and two small letters.
_CAPITALS_ANCHOR = re.compile(f"[{_UPPER_LETTERS}](?<=[{_UPPER_LETTERS}].)(?=[{_LOWER_LETTERS}]{{2}})")
_CAPITALS_BEFORE = re.compile(f"[{_UPPER_LETTERS}]+$")
# A marked syllable run into a plain one that ends the word (`chịu trách nhiệmthi hành`, `Quyết địnhthi hành`), read in
# the same scan as two marked nuclei (`_NUCLEI_THEN`): parted where both halves are whole syllables.
_PLAIN_CONSONANTS = "bcdđghklmnpqrstvx"
_NUCLEI_THEN = re.compile(f"[{_MARKED}][{_VOWELS}]*([{_CONSONANTS}]{{1,4}})(?:(?=[{_VOWELS}]*[{_MARKED}])|"
                          f"(?=([aeiouy]{{1,3}}[{_PLAIN_CONSONANTS}]{{0,2}})(?![^\\W\\d_])))")
# (the halves are judged by textlayer's syllable shape: `YouTube`, `TikTok` glue no two syllables)


def glued_seams(text: str) -> list[int]:
    """The offsets where a space goes between two glued syllables, in order. A long text whose first part has no two
    marked nuclei in one word is taken to have none (that scan tries every marked vowel: a legal database's long texts,
    clean, pay it once); so with the capitals' seams, found from their anchors."""
    seams = _case_seams(text) + _capitals_seams(text)
    if len(text) > _SAMPLE and not _TWO_NUCLEI.search(text, 0, _SAMPLE):
        return sorted(set(seams))
    for m in _NUCLEI_THEN.finditer(text):
        at = _seam(m.group(1))
        if at is None:
            continue
        if m.group(2) is None:  # a second marked nucleus
            seams.append(m.start(1) + at)
            continue
        word_start = _word_start(text, m.start())
        if is_syllable(text[word_start:m.start(1) + at]) and is_syllable(text[m.start(1) + at:m.end(2)]):
            seams.append(m.start(1) + at)
    for m in _TWO_CAPITAL_NUCLEI.finditer(text, 0, _CAPITALS_REACH):
        group = 1 if m.group(1) is not None else 2
        at = _seam(m.group(group))
        if at is not None and not (m.start() and text[m.start() - 1].islower()):
            seams.append(m.start(group) + at)
    return sorted(set(seams))


def _word_start(text: str, pos: int) -> int:
    """Where the word holding `pos` starts."""
    while pos and text[pos - 1].isalpha():
        pos -= 1
    return pos


def _opens_word(text: str, start: int) -> bool:
    """Whether a word starts at `start`: no letter, digit or address character before it."""
    return not start or not (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE_WORD)


def _case_seams(text: str) -> list[int]:
    if len(text) > _SAMPLE and not _CASE_ANCHOR.search(text, 0, _SAMPLE):
        return []  # (a copy that glues its words does so all through: its first part shows it)
    seams = []
    for anchor in _CASE_ANCHOR.finditer(text):
        at = anchor.start()
        before = _WORD_BEFORE.search(text, max(0, at - 12), at)
        after = _LOWER_RUN.match(text, at + 1)
        if before and after and len(before.group(0)) >= 2 and _opens_word(text, before.start()) and \
                is_syllable(before.group(0)) and is_syllable(text[at:after.end()]):
            seams.append(at)
    return seams


def _capitals_seams(text: str) -> list[int]:
    if len(text) > _SAMPLE and not _CAPITALS_ANCHOR.search(text, 0, _SAMPLE):
        return []
    seams = []
    for anchor in _CAPITALS_ANCHOR.finditer(text):
        at = anchor.end()
        before = _CAPITALS_BEFORE.search(text, max(0, at - 12), at)
        after = _LOWER_RUN.match(text, at)
        if not before or not after or not _opens_word(text, before.start()) or \
                text[after.end():after.end() + 1].isalnum() or text[after.end():after.end() + 1] in ("/", "-"):
            continue
        if is_syllable(after.group(0)) and not is_syllable(text[at - 1] + after.group(0)):  # (`TTrình`: `Trình` is one)
            seams.append(at)
    return seams
