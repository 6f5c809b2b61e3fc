"""Whether the words after a cited document's date or issuer open its trích yếu without `về`.

A trích yếu names what the document does, so it opens with a verb or a verbal noun phrase
(`… của Bộ Tài chính hướng dẫn việc lập dự toán …`, `… ngày 21/6/2007 sửa đổi, bổ sung một số điều của
Pháp lệnh …`; Nghị định 30/2020/NĐ-CP, Phụ lục I, on the trích yếu of a document). The heads that open
trích yếu most often are data (models/cues.json `trich_yeu_heads`); any other word is asked of
underthesea's POS tagger, on the few words after the issuer only: a verb (`V`) opens a trích yếu, a
noun, a preposition or an auxiliary (`đã`, `được`, `có` …: the citing sentence going on) does not.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import load
from ..nlp_models import phrase_tags
from ..pattern_cache import longest_first

# The few words the tagger sees: up to a punctuation mark or a line's end, at most this many.
_TAGGED_WORDS = 6
_LOWER_CASE = regex.compile(r"\p{Ll}")
_WORDS = regex.compile(r"[^\s,;:.()“”\"]+(?:[ \t]+[^\s,;:.()“”\"]+){0,%d}" % (_TAGGED_WORDS - 1))


@lru_cache(maxsize=1)
def _heads() -> regex.Pattern:
    cues = load().cues
    heads = longest_first([*cues["trich_yeu_heads"], *cues["trich_yeu_verbs"]])
    return regex.compile(r"(?i:" + "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in heads) + r")(?![\p{L}])")


@lru_cache(maxsize=1)
def _not_heads() -> frozenset[str]:
    return frozenset(load().cues["trich_yeu_not_heads"])


def warm() -> None:
    _heads(), _not_heads(), _type_word()


def only_a_head(phrase: str) -> bool:
    """Whether a phrase is a trích yếu's head and nothing more (`báo cáo`, `quy định chi tiết`)."""
    return _heads().fullmatch(phrase) is not None


@lru_cache(maxsize=1)
def _type_word() -> regex.Pattern:
    words = longest_first([w for t in load().doc_types if t.kind != "name" for w in t.words])
    return regex.compile(r"(?i:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) + r")[ \t]+(?=\p{Ll})")


def opens_trich_yeu(text: str, pos: int, limit: int) -> bool:
    """Whether a trích yếu opens at `pos` (the first letter of the words after a date or issuer)."""
    # `Kế hoạch số 25/KH-MNPH ngày 01/10/2020 Kế hoạch thực hiện nhiệm vụ năm học … của Trường …`: the title as its
    # header writes it, led by its type's word
    # (the heads of the lexicon only, after the type word: the tagger is dear, and a type word leads other words often)
    typed = _type_word().match(text, pos, limit) if text[pos:pos + 1].isalpha() else None
    if typed and _heads().match(text, typed.end(), limit):
        return True
    return _opens_untyped(text, pos, limit)


def _opens_untyped(text: str, pos: int, limit: int) -> bool:
    if _heads().match(text, pos, limit):
        return True
    words = _WORDS.match(text, pos, limit)
    if words is None:
        return False
    first = words.group(0).split(None, 1)[0]
    # (a capitalised word after a body's name is a name or a new sentence, not a verb)
    if not _LOWER_CASE.match(first) or first.lower() in _not_heads():
        return False
    return _first_is_verb(words.group(0))


@lru_cache(maxsize=2048)
def _first_is_verb(phrase: str) -> bool:
    tagged = phrase_tags(phrase)
    return bool(tagged) and tagged[0][1] == "V" and tagged[0][0].lower() not in _not_heads()
