"""Syllables a PDF extraction spaced apart (`ỦY B AN NHÂN D Â N`, `Qu ả ng Ngãi`, `trung ươ n g`), found
and rejoined by the syllable inventory of underthesea's Viet74K (pipeline/ocr_tones.py reads it): the
blanks to delete, as edits for pipeline/normalize.py."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import regex

from .ocr_tones import viet74k
from .source_lines import Edit, edited

# Letters a PDF extraction spaced apart inside syllables (`ỦY B AN NHÂN D Â N`, `Qu ả ng Ngãi`,
# `trung ươ n g`): such a text always holds pieces of consonants alone (`B`, `ng`, `n`), the cheap trigger.
_CONSONANTS = "bcdđfghjklmnpqrstvwxzBCDĐFGHJKLMNPQRSTVWXZ"  # with the foreign letters of names
# A piece of consonants between two blanks: a literal first character, so the engine skips to each blank
# (a symbol's `NĐ-CP`, `QĐ-UBND` hold no such piece).
_CONSONANT_PIECE = re.compile(f" [{_CONSONANTS}]{{1,3}} ")
# Words of letters alone, one space apart, touching no digit, symbol or abbreviation's dot before them
# or after them (`Q. CHÁNH`, `16/CT-TTg`, `T.78`, `a) Đ` are no pieces of a syllable).
_LETTER_RUN = regex.compile(r"(?<![\w/&.\-])[^\W\d_]+(?: [^\W\d_]+)+(?![\w/&\-]|\.\w)")
_PIECE = regex.compile(r"[^\W\d_]+")
# A word of a text layer drawn through a legacy font's map (`h9c`, `d?y`, `So'`): its `D an` are no
# spaced letters; a line with one is left as read.
_LEGACY_FONT_WORD = regex.compile(r"\p{Ll}[\d?']\p{Ll}")
_MAX_LETTERS = 7  # `nghiêng`, the longest syllable
_MAX_PIECES = 6  # `n g h i ê ng`
_RUN_REACH = 40  # characters before a piece of consonants that its run is looked at


def _joinable(pieces: Sequence[str], syllables: frozenset[str]) -> bool:
    """The pieces make one syllable, in one case after the first letter (`T hủ`, `D Â N`; not `B An`).
    (Pieces that are syllables each are never joined: `Ủy ban`, `mà y`.)"""
    rest = pieces[1:]
    if not (all(p.islower() for p in rest) or pieces[0].isupper() and all(p.isupper() for p in rest)):
        return False
    return "".join(pieces).lower() in syllables


def _syllable_joins(run: str, syllables: frozenset[str]) -> list[int]:
    """Offsets in `run` of the blanks to delete: the cheapest cut of its pieces into syllables, a
    piece that is no syllable (an acronym, a lone consonant) costing three. A joined syllable without
    an onset costs a little more, so that `C H Í M I NH` reads `CHÍ MINH`, not `CHÍM INH`."""
    pieces = [(m.start(), m.group(0)) for m in _PIECE.finditer(run)]
    words = [w for _, w in pieces]
    known = [w.lower() in syllables for w in words]
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * len(pieces)  # (cost, cut before)
    for j in range(1, len(pieces) + 1):
        best[j] = (best[j - 1][0] + (1 if known[j - 1] else 3), j - 1)
        letters, all_known = len(words[j - 1]), known[j - 1]
        for i in range(j - 2, max(-1, j - 1 - _MAX_PIECES), -1):
            letters += len(words[i])
            all_known = all_known and known[i]
            if letters > _MAX_LETTERS:
                break
            if not all_known and best[i][0] + 1 < best[j][0] and _joinable(words[i:j], syllables):
                onsetless = words[i][0].lower() not in _CONSONANTS
                cost = best[i][0] + 1 + 0.1 * onsetless
                if cost < best[j][0]:
                    best[j] = (cost, i)
    cuts: list[tuple[int, int]] = []
    j = len(pieces)
    while j:
        cuts.append((best[j][1], j))
        j = best[j][1]
    cuts.reverse()

    def lone_letter(k: int) -> bool:  # a piece of one consonant left alone (an acronym's spelled letter)
        return 0 <= k < len(cuts) and cuts[k][1] - cuts[k][0] == 1 and len(words[cuts[k][0]]) == 1 \
            and words[cuts[k][0]].lower() not in syllables

    def spelled(i: int, j: int) -> bool:  # capital letters one by one
        return all(len(w) == 1 and w.isupper() for w in words[i:j])

    # Capitals one by one beside another lone one spell an acronym or name letters (`T T U B`,
    # `Giấy X Y Z`): no `T TU B`, no `XY Z`.
    return [pieces[k][0] - 1 for n, (i, j) in enumerate(cuts)
            if j - i > 1 and not (spelled(i, j) and (lone_letter(n - 1) or lone_letter(n + 1)))
            for k in range(i + 1, j)]


def _reads_as_vietnamese(run: str, syllables: frozenset[str]) -> bool:
    """Once joined, the run's words in lower case are syllables, but for a few: a text layer drawn in a
    legacy font's map (`TriM khai hiu qua D an d?y ngoi ngQ`) is no spaced text to join."""
    words = [w for w in _PIECE.findall(run) if not w.isupper()]
    unknown = sum(w.lower() not in syllables for w in words)
    return unknown < 2 or unknown <= 0.2 * len(words)


def _beside_a_piece(text: str, piece: re.Match, syllables: frozenset[str]) -> bool:
    """A piece of consonants beside a piece of a syllable — a vowel or two alone (`ả`, `ươ`), letters
    that are no syllable but hold a vowel (`uyễn`), or a rhyme it makes a syllable with (`B AN`, `T hủ`):
    what spaced letters look like, and no `điểm b khoản`, `loại B có`, `BCĐ TW` of typed text."""
    consonants = piece.group(0).strip()
    before = text[max(0, piece.start() - 8):piece.start()].rsplit(" ", 1)[-1]
    after = text[piece.end():piece.end() + 8].split(" ", 1)[0]
    for neighbour, joined in ((before, before + consonants), (after, consonants + after)):
        if not neighbour.isalpha():
            continue
        vowels = neighbour.strip(_CONSONANTS)
        if vowels == neighbour and len(neighbour) <= 2 or vowels and neighbour.lower() not in syllables \
                or joined.lower() in syllables:
            return True
    return False


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _run_around(text: str, at: int, floor: int) -> regex.Match | None:
    """The run of letter words, one blank apart, that holds offset `at` (a letter), opened at most a few
    words before it (a sentence's earlier words have no say on its syllables) and from `floor` on.
    (The run's pattern opens it at a word's start.)"""
    start, least = at, max(floor, at - _RUN_REACH, 1)
    while start > least and (text[start - 1].isalpha() or text[start - 1] == " " and text[start - 2].isalpha()):
        start -= 1
    start = 0 if start == 1 and text[0].isalpha() else start
    run = _LETTER_RUN.search(text, start, _line_end(text, at))
    return run if run and run.start() <= at < run.end() else None


def spaced_syllable_letters(text: str) -> list[Edit]:
    """The blanks inside syllables a PDF extraction spaced apart, as deletions: one edit a blank, so that
    a join of two source lines between the pieces keeps its place among the letters. Looked for in the
    runs of words with a piece of consonants alone beside another piece; a join must make a syllable of
    underthesea's Viet74K (its single words and the syllables of its two-syllable words), and the run,
    joined, must read as Vietnamese."""
    syllables: frozenset[str] = frozenset()
    edits: list[Edit] = []
    done = 0  # the end of the last run looked at
    for found in _CONSONANT_PIECE.finditer(text):
        if found.start() < done:
            continue
        syllables = syllables or _syllables()
        run = _run_around(text, found.start() + 1, done) if _beside_a_piece(text, found, syllables) else None
        if run is None:
            continue
        done = run.end()
        joins = _syllable_joins(run.group(0), syllables)
        line = text[text.rfind("\n", 0, run.start()) + 1:_line_end(text, run.end())]
        joined = edited(run.group(0), [(k, k + 1, "") for k in joins])
        if joins and not _LEGACY_FONT_WORD.search(line) and _reads_as_vietnamese(joined, syllables):
            edits += [(run.start() + k, run.start() + k + 1, "") for k in joins]
    return edits


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Viet74K's syllables (pipeline/ocr_tones.py reads it; loaded once for both uses), without the
    letters' names it also lists (`b`, `đ`): a syllable holds a vowel. (Built by the warm-up before the
    workers fork: nearly every typed text has a lone consonant piece, `điểm b khoản`, that asks for it.)"""
    compounds, _, singles = viet74k()
    found = singles | {part for word in compounds for part in word.split(" ")}
    return frozenset(word for word in found if word.strip(_CONSONANTS))
