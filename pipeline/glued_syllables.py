"""Syllables a web copy or a PDF's text layer glued together (`Chủtịch`, `dântỉnh`, `Kínhgửi`, `báocáo`): a Vietnamese
syllable holds one vowel nucleus, so a word whose letters hold two nuclei that both carry a Vietnamese mark (a tone or
the hat, breve or horn of `â ă ê ô ơ ư`) is two syllables run together. The space goes where the consonants between
the two nuclei part into a final the first syllable can end with and the longest onset the second can open with
(`dân|tỉnh`, `báo|cáo`, `địa|chỉ`). A step of normalize; a loanword so written (`kilômét`) is parted too, harmlessly.
A word run into the next, capitalised one (`thành phốYên Bái`) is parted at its capital.
"""
from __future__ import annotations

import re

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
# the space): at a word's start, perhaps its capital, two small letters or more with a vowel among them, then a
# syllable opening with a capital consonant and its vowel. Not inside a token after a slash, dot or at-sign (a site's
# address, `ThuVienPhapLuat`), nor an abbreviation in mixed case (`ThS.`, `TpHCM`), nor an OCR's capitals inside a word
# (`chInh`, `nghiCn`, `truOng`: no consonant and vowel after the capital, or no vowel before it).
_LOWER_LETTERS = "a-zđ" + "".join(c for c in _VOWELS if c.islower() and c not in "aeiouy")
_UPPER_LETTERS = "A-ZĐ" + "".join(c for c in _VOWELS if c.isupper() and c not in "AEIOUY")
_LOWER_VOWELS = "".join(c for c in _VOWELS if c.islower())
_CASE_SEAM = re.compile(f"(?<![\\w/.@&#-])[{_UPPER_LETTERS}]?(?=[{_LOWER_LETTERS}]*[{_LOWER_VOWELS}])[{_LOWER_LETTERS}]{{2,}}"
                        f"(?=([BCDĐGHKLMNPQRSTVXY][{_LOWER_VOWELS}][{_LOWER_LETTERS}]*))")
# An abbreviation in capitals run into the lower-case word after it (`Chánh Văn phòng UBNDtỉnh`, `Chủ tịch UBNDcác huyện`):
# two capitals or more at a word's start, then a whole syllable of two small letters or more (not a type's code, `TTr`,
# `CTr`, `QĐi`), which the last capital does not open (`TTrình`).
_CAPITALS_SEAM = re.compile(f"(?<![\\w/.@&#-])[{_UPPER_LETTERS}]{{2,}}(?=([{_LOWER_LETTERS}]{{2,}})(?![\\w/-]))")
# A marked syllable run into a plain one that ends the word (`chịu trách nhiệmthi hành`, `Quyết địnhthi hành`): parted
# where both halves are whole syllables.
_PLAIN_CONSONANTS = "bcdđghklmnpqrstvx"
_MARKED_THEN_PLAIN = re.compile(f"(?<![^\\W\\d_])([{_UPPER_LETTERS}{_LOWER_LETTERS}]*[{_MARKED}][{_VOWELS}]*)"
                                f"([{_PLAIN_CONSONANTS}]{{1,4}})([aeiouy]{{1,3}}[{_PLAIN_CONSONANTS}]{{0,2}})(?![^\\W\\d_])")
_RHYME = re.compile(f"[{_LOWER_VOWELS}]{{1,3}}(?:ch|ng|nh|c|m|n|p|t)?")


def _syllable(word: str) -> bool:
    """Whether `word` is one Vietnamese syllable: an onset, one to three vowels, a final (`phố`, `non`, `Yên`; not
    `You`, `Tok` of a brand's name glued the same way, `YouTube`, `TikTok`)."""
    low = word.lower()
    onset = next((o for o in sorted(_ONSETS, key=len, reverse=True) if low.startswith(o)), "")
    return bool(_RHYME.fullmatch(low, len(onset))) and "ou" not in low  # (no Vietnamese rhyme holds `ou`)


def glued_seams(text: str) -> list[int]:
    """The offsets where a space goes between two glued syllables, in order. A long text whose first part has no two
    marked nuclei in one word is taken to have none (that scan tries every marked vowel: a legal database's long texts,
    clean, pay it once); the capital's seam is looked for all through."""
    seams = [m.end() for m in _CASE_SEAM.finditer(text) if _syllable(m.group(0)) and _syllable(m.group(1))]
    seams += [m.end() for m in _CAPITALS_SEAM.finditer(text)
              if _syllable(m.group(1)) and not _syllable(m.group(0)[-1] + m.group(1))]  # (`TTrình`: `Trình` is one)
    if len(text) > _SAMPLE and not _TWO_NUCLEI.search(text, 0, _SAMPLE):
        return sorted(set(seams))
    for m in _TWO_NUCLEI.finditer(text):
        at = _seam(m.group(1))
        if at is not None:
            seams.append(m.start(1) + at)
    for m in _MARKED_THEN_PLAIN.finditer(text):
        at = _seam(m.group(2))
        if at is not None and _syllable(m.group(1) + m.group(2)[:at]) and _syllable(m.group(2)[at:] + m.group(3)):
            seams.append(m.start(2) + at)
    for m in _TWO_CAPITAL_NUCLEI.finditer(text, 0, _CAPITALS_REACH):
        group = 1 if m.group(1) is not None else 2
        at = _seam(m.group(group))
        if at is not None and not (m.start() and text[m.start() - 1].islower()):
            seams.append(m.start(group) + at)
    return sorted(set(seams))
