"""A text that lost every toneless `ư`: the TCVN3 (ABC) byte 0xAD is the soft hyphen of Latin-1, and converters,
the text layers of PDFs set in .VnTime fonts and document sites' copies drop it (`Trờng THCS`, `Hiệu trởng`, `đợc`,
`nh sau`, `Thông t`). Such a text is told by the rhymes Vietnamese has not (`ơng`, `ơc`, `ơu` after no `ư`) with
almost no `ư` left; the `ư` is then put back where the syllable cannot be read without it (models/lost_u.json).
A text that kept its `ư` but shows `ơng` after none had a legacy font's `ô` set as `ơ` (`hat_restored`). A step of
normalize, before anything reads the words."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import MODELS_DIR
from .source_lines import Edit

# `ơ` with any tone, closed by what only `ươ` takes (`ương`, `ước`, `ươu`), with no `ư` before it (nor a `u`: `truờng`
# is a typo of its own).
_IMPOSSIBLE_RHYME = regex.compile(r"(?<![ưƯuU])[ơờớởỡợ](?=(?:ng|c|u)(?!\p{L}))")
_MIN_RHYMES = 4  # a typo or an OCR slip makes one (`Đức Phớc`, `đuợc`); a lost letter makes them in every line


@dataclass(frozen=True)
class _Model:
    bare: regex.Pattern  # a word of consonants that lost its `ư` (an onset and `ng`, or an onset that is a word alone)
    letter: regex.Pattern  # a letter alone after a word, and that word
    letters: dict  # the letter → its `not_after` or `only_after` words
    word: regex.Pattern  # a listed word
    words: dict[str, str]  # the listed word → as written


@lru_cache(maxsize=1)
def _model() -> _Model:
    with open(MODELS_DIR / "lost_u.json", encoding="utf-8") as handle:
        model = json.load(handle)
    onsets = "|".join(sorted(model["onsets"], key=len, reverse=True))
    alone = "|".join(sorted(model["bare_onsets"], key=len, reverse=True))
    # a word of consonants alone between blanks or punctuation, never a symbol's part (`đ/c`, `TT-BGDĐT`) or a dotted
    # abbreviation (`Tp.`)
    bare = regex.compile(r"(?<![\p{L}\d/&.-])(?:(?P<onset>(?i:" + onsets + r"))ng|(?P<onset>(?i:" + alone + r")))"
                         r"(?![\p{L}\d/)&.-])")
    letters = model["single_letters"]
    letter = regex.compile(r"(?<=(?<![\p{L}\d])(?P<before>\p{L}+) )(?P<letter>" + "|".join(letters) + r")(?![\p{L}\d/)&.-])")
    words = dict(model["words"])
    unless = model["words_unless_before"]
    listed = [regex.escape(w) for w in words] + [
        regex.escape(w) + r"(?!\s*(?:" + "|".join(regex.escape(n) for n in after) + r")(?!\p{L}))" for w, after in unless.items()]
    words.update({w: _with_u(w) for w in unless})
    word = regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(listed) + r")(?![\p{L}\d])")
    return _Model(bare, letter, letters, word, words)


def _with_u(word: str) -> str:
    """`cha` → `chưa`: the `ư` after the word's initial consonants."""
    at = next((i for i, ch in enumerate(word.lower()) if ch in "aăâeêioôơuưy"), len(word))
    return word[:at] + "ư" + word[at:]


def lost_u(text: str) -> bool:
    """Whether `text` lost its toneless `ư`. (`ư` is counted first: most texts have theirs, and the count is cheap.)"""
    kept = text.count("ư")
    if kept * 1000 > len(text):
        return False
    rhymes = sum(1 for _ in _IMPOSSIBLE_RHYME.finditer(text))
    return rhymes >= _MIN_RHYMES and kept * 4 < rhymes


# A text that kept its `ư` but shows `ơng` after none: a legacy font's `ô` mapped to `ơ` in a PDF or its web copy
# (`Thơng tư`, `phổ thơng cơng lập`); the toneless `ông` it stands for (`ơng` is no Vietnamese rhyme).
_HORN_FOR_HAT = regex.compile(r"(?<![ưƯuU])(?:ơ(?=ng(?!\p{L}))|Ơ(?=NG(?!\p{L})))")


def hat_restored(text: str) -> list[Edit]:
    """In a text that kept its `ư` (the caller asks `restored` first), each toneless `ơng` after none as `ông`
    (`_HORN_FOR_HAT`: same length), in order."""
    if "ơng" not in text and "ƠNG" not in text:
        return []
    return [(m.start(), m.end(), "ô" if m.group() == "ơ" else "Ô") for m in _HORN_FOR_HAT.finditer(text)]


def restored(text: str) -> list[Edit]:
    """The `ư`s to put back, in order (insertions, and the few words models/lost_u.json lists); none unless the
    text lost them."""
    if not lost_u(text):
        return []
    model = _model()
    edits: list[Edit] = [(m.start(), m.start(), "ư") for m in _IMPOSSIBLE_RHYME.finditer(text)]
    for m in model.bare.finditer(text):
        if not m.group().isupper():  # (`TP`, `NG`: an abbreviation)
            edits.append((m.end("onset"), m.end("onset"), "ư"))
    for m in model.letter.finditer(text):  # (not after another letter alone: `các điểm a, b c, d`)
        rule, before = model.letters[m.group("letter")], m.group("before").lower()
        if len(before) > 1 and before not in rule.get("not_after", ()) and before in rule.get("only_after", (before,)):
            edits.append((m.end(), m.end(), "ư"))
    edits += [(m.start(), m.end(), model.words[m.group()]) for m in model.word.finditer(text)]
    return sorted(edits)
