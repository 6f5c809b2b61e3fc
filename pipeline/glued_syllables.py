"""Syllables a web copy or a PDF's text layer glued together (`Chủtịch`, `dântỉnh`, `Kínhgửi`, `báocáo`): a Vietnamese
syllable holds one vowel nucleus, so a word whose letters hold two nuclei that both carry a Vietnamese mark (a tone or
the hat, breve or horn of `â ă ê ô ơ ư`) is two syllables run together. The space goes where the consonants between
the two nuclei part into a final the first syllable can end with and the longest onset the second can open with
(`dân|tỉnh`, `báo|cáo`, `địa|chỉ`). A step of normalize; a loanword so written (`kilômét`) is parted too, harmlessly.
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


def glued_seams(text: str) -> list[int]:
    """The offsets where a space goes between two glued syllables, in order. A long text whose first part has none is
    taken to have none (the scan tries every marked vowel: a legal database's long texts, clean, pay it once)."""
    if len(text) > _SAMPLE and not _TWO_NUCLEI.search(text, 0, _SAMPLE):
        return []
    seams = []
    for m in _TWO_NUCLEI.finditer(text):
        at = _seam(m.group(1))
        if at is not None:
            seams.append(m.start(1) + at)
    for m in _TWO_CAPITAL_NUCLEI.finditer(text, 0, _CAPITALS_REACH):
        group = 1 if m.group(1) is not None else 2
        at = _seam(m.group(group))
        if at is not None and not (m.start() and text[m.start() - 1].islower()):
            seams.append(m.start(group) + at)
    return sorted(set(seams))
