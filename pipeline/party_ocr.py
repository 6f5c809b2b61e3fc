"""Lists of responsible bodies in scanned text whose letters OCR damaged.

`a) Don vj chñ tn: Sr (3DDT, Sä LDTBX}T, UBND cáo qun, huyn` is `a) Đơn vị chủ trì: Sở GDĐT, Sở LĐTBXH,
UBND các quận, huyện`: the words cannot be matched exactly, but a list under such a label names bodies,
and most bodies a plan assigns have standard names (models/party_bodies.tsv). The letters are compared
without their diacritics (the part OCR loses first), with an edit distance, word span by word span.
Used only on documents whose text shows OCR damage.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import MODELS_DIR
from .party_names import place_words, vocabulary

# Letters no Vietnamese word has, and digits inside lower-case words (`h9c`): the marks of OCR damage.
_FOREIGN_LETTERS = "çñäüïöëåæøß}{"
_DIGIT_IN_WORD = re.compile(r"[a-zà-ỹ]\d|\d[a-zà-ỹ]")
# The digits next to such a letter: a pattern that opens with a digit is searched digit to digit, where
# `_DIGIT_IN_WORD` (opening with a letter or a digit) is tried at every character.
_DIGIT_BY_LETTER = re.compile(r"\d(?:(?<=[a-zà-ỹ]\d)|(?=[a-zà-ỹ]))")
# Digits and symbols OCR puts for letters.
_LOOKALIKE = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "o", "8": "b", "9": "o",
                            "đ": "d", "Đ": "d"})


# A clock written with `h`/`g` between its hours and minutes (`7h00 - 7h15`, `14g30`): a schedule's times, no damage.
_CLOCK = re.compile(r"\d{1,2}[hg]\d{0,2}(?![a-zà-ỹ])")


def damaged(text: str) -> bool:
    """Whether OCR damaged the text: marks of damage on at least 2 % of its words (first 20,000
    characters)."""
    sample = _CLOCK.sub(" ", text[:20000])  # (a day's schedule writes dozens: `7h00`, `8h15`)
    marks = sum(sample.count(ch) for ch in _FOREIGN_LETTERS) + _digits_in_words(sample)
    return marks / (sample.count(" ") + 1) >= 0.02


def _digits_in_words(sample: str) -> int:
    """`len(_DIGIT_IN_WORD.findall(sample))`: its matches, left to right and not overlapping, counted
    at the digits that can take part in one."""
    count = taken = 0  # taken: where the last match ended
    for m in _DIGIT_BY_LETTER.finditer(sample):
        at = m.start()
        if at > taken and _DIGIT_IN_WORD.match(sample, at - 1):  # letter, digit
            count, taken = count + 1, at + 1
        elif at >= taken and _DIGIT_IN_WORD.match(sample, at):  # digit, letter
            count, taken = count + 1, at + 2
    return count


def skeleton(text: str) -> str:
    """Same length as `text`: lower-case letters without diacritics, digits read as the letters they
    stand for, anything else a space."""
    out = []
    for ch in text.translate(_LOOKALIKE).lower():
        base = unicodedata.normalize("NFD", ch)[0] if ch.isalpha() else ch
        out.append(base if base.isascii() and base.isalnum() else " ")
    return "".join(out)


def _similar(written: str, form: str, least: float) -> float:
    cutoff = int(len(form) * (1 - least))
    if abs(len(written) - len(form)) > cutoff:
        return 0.0
    distance = _prefix_distances(form, [written], cutoff)[0]
    return 1 - distance / max(len(form), len(written)) if distance is not None else 0.0


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, str], ...]:
    roles = {"label_lead": "lead", "label_coordinate": "coordinate"}
    return tuple((skeleton(phrase).replace(" ", ""), roles[f]) for phrase, functions in vocabulary().cues.items()
                 for f in functions if f in roles and " " in phrase)


def label_role(label: str) -> str:
    """The role a damaged label most likely gives its list (`Don vj ch tn` → lead, `Dcrn v phM hcp` →
    coordinate), or '' when it resembles no label. The caller keeps it only for a list that names
    standard bodies."""
    written = skeleton(label).replace(" ", "")
    if not 6 <= len(written) <= 25:
        return ""
    scored = sorted(((_similar(written, form, 0.0), role) for form, role in _labels()), reverse=True)
    return scored[0][1] if scored and scored[0][0] >= 0.3 else ""


@lru_cache(maxsize=16)
def _entries(level: str, place: str) -> tuple[tuple[str, str, int], ...]:
    """(skeleton without spaces, canonical name, words) for every standard name and abbreviation."""
    entries = []
    with open(MODELS_DIR / "party_bodies.tsv", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            canonical, _, variants = line.rstrip("\n").partition("\t")
            if ("{level}" in line and not level) or ("{place}" in line and not place):
                continue
            fill = {"level": level, "place": place}
            name = canonical.format(**fill)
            for form in [canonical] + [v for v in variants.split("|") if v.strip()]:
                form = form.format(**fill)
                entries.append((skeleton(form).replace(" ", ""), name, len(form.split())))
    return tuple(entries)


@lru_cache(maxsize=16)
def _gazetteer(level: str, place: str) -> dict[str, tuple[tuple[tuple[str, str, int], ...], int]]:
    """`_entries` by the first letter a written word may have for them (`_could_open`), in their order; with the
    most words of them."""
    entries = _entries(level, place)
    by_first = {first: tuple(e for e in entries if _could_open(first, e[0][0]))
                for first in {form[0] for form, _, _ in entries} | set(_CONFUSED)}
    return {first: (opening, max(size for _, _, size in opening)) for first, opening in by_first.items() if opening}


def bodies_in(text: str, start: int, end: int, level: str, place: str) -> list[tuple[int, int, str]]:
    """The standard bodies a damaged list names, left to right: (start, end, canonical name)."""
    skel = skeleton(text[start:end])
    words = [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", skel)
             if not _stray(text, start + m.start(), start + m.end())]
    by_first = _gazetteer(level, place)
    found, i = [], 0
    while i < len(words):
        best = (0.0, 0.0, 0, "")  # (score, similarity, words read, name)
        entries, longest = by_first.get(skel[words[i][0]], ((), 0))
        following = [skel[s:e] for s, e in words[i:i + longest + 2]]
        for form, name, size in entries:
            pieces = following[:size + 2]
            cutoff = int(len(form) * 0.28)
            if not _may_reach(form, pieces, size, cutoff):
                continue
            written = 0
            for span, distance in enumerate(_prefix_distances(form, pieces, cutoff), 1):
                written += len(pieces[span - 1])
                if span < size - 2 or distance is None:
                    continue
                # the longest standard name that fits (`Các sở, ban, ngành` also opens `Các sở, ban,
                # ngành liên quan`); of names that read the same words, the closest (`Cáo ban, ngành, doân th
                # lien quail` is `Các ban, ngành, đoàn thể liên quan`, not `Các sở, ban, ngành, đoàn thể …`)
                similarity = 1 - distance / max(len(form), written)
                score = similarity * len(form)
                if similarity >= 0.72 and (similarity > best[1] if span == best[2] else score > best[0]):
                    best = (score, similarity, span, name)
        if best[0] and len(best[3]) > 3:
            s, e = words[i][0], words[i + best[2] - 1][1]
            found.append((start + s, start + e, best[3]))
            i += best[2]
        else:
            i += 1
    return found


def _may_reach(form: str, pieces: list[str], size: int, cutoff: int) -> bool:
    """Whether some concatenation of `size - 2` pieces or more is as long as `form` give or take `cutoff` (the
    distance is at least the difference of lengths): else no span can name it, and its distances are not worked out."""
    written = 0
    for span, piece in enumerate(pieces, 1):
        written += len(piece)
        if span >= size - 2 and abs(written - len(form)) <= cutoff:
            return True
    return False


def _prefix_distances(form: str, pieces: list[str], cutoff: int) -> list[int | None]:
    """Levenshtein distance between `form` and each concatenation pieces[0] … pieces[k] (None past
    `cutoff`), in one pass over the pieces, up to the last one that may come within `cutoff`. Bit-parallel
    (Myers 1999, in Hyyrö's form for the distance to the whole `form`): one column of the edit table is two
    bit vectors, updated per character with a few integer operations instead of a loop over `form`."""
    if not form:
        out, written = [], 0
        for piece in pieces:
            written += len(piece)
            out.append(written if written <= cutoff else None)
        return out
    matches = _positions(form)
    mask, top = (1 << len(form)) - 1, 1 << (len(form) - 1)
    plus, minus, distance = mask, 0, len(form)  # vertical +1 / -1 deltas of the column; its last cell
    out, written = [], 0
    for piece in pieces:
        for ch in piece:
            equal = matches.get(ch, 0)
            x_vertical = equal | minus
            x_horizontal = (((equal & plus) + plus) ^ plus) | equal
            h_plus = minus | (~(x_horizontal | plus) & mask)
            h_minus = plus & x_horizontal
            if h_plus & top:
                distance += 1
            elif h_minus & top:
                distance -= 1
            h_plus = ((h_plus << 1) | 1) & mask  # the first row counts up: D[0][j] = j
            h_minus = (h_minus << 1) & mask
            plus = h_minus | (~(x_vertical | h_plus) & mask)
            minus = h_plus & x_vertical
        written += len(piece)
        out.append(distance if distance <= cutoff else None)
        if written - len(form) > cutoff or distance + written > len(form) + 2 * cutoff:
            # every longer concatenation is further away: longer than `form` by more than `cutoff`, or too far to
            # come back within it before it is (one more character brings the distance down by one at most)
            break
    return out


@lru_cache(maxsize=4096)
def _positions(form: str) -> dict[str, int]:
    """Each character of `form` → the bit mask of the places it holds."""
    out: dict[str, int] = {}
    for i, ch in enumerate(form):
        out[ch] = out.get(ch, 0) | 1 << i
    return out


_CONFUSED = "ceot"  # first letters OCR confuses with each other


def _could_open(written: str, expected: str) -> bool:
    # OCR keeps a word's first letter more often than the rest (`D` for `Đ`, `S` for `Sở`).
    return written == expected or (written in _CONFUSED and expected in _CONFUSED)


def _stray(text: str, start: int, end: int) -> bool:
    """A stamp or margin fragment: a word of at most three characters alone on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return end - start <= 3 and not text[line_start:start].strip(" -:.,") and not text[end:line_end].strip(" -:.,")


# The cue words a slip of one mark is read through: the two-syllable labels of a task's parties (`chủ trì`,
# `phối hợp`, `phụ trách`), whose letters without their marks no other word of the genre has.
_LABEL_FUNCTIONS = ("label_lead", "label_coordinate")


@lru_cache(maxsize=1)
def _slipped_cues() -> tuple[tuple[re.Pattern, str], ...]:
    """For each label cue word, a pattern that matches it written with any marks on its letters (`phoi hop` with
    any marks is `phối hợp`). One pattern per cue, opening with its first letters as written (no look-behind):
    the engine then finds where one may start by a plain string search."""
    cues = sorted({phrase for phrase, functions in vocabulary().cues.items()
                   if any(f in _LABEL_FUNCTIONS for f in functions) and len(phrase.split()) == 2},
                  key=lambda p: (-len(p), p))
    marked = _marked_letters()
    patterns = []
    for cue in cues:
        bases = skeleton(cue)
        lead = len(bases) - len(bases.lstrip("bcdghklmnpqrstvx"))  # its first consonants carry no marks
        lead = lead if cue[:lead] == bases[:lead] else 0
        rest = "".join(r"\s" if base == " " else f"[{marked.get(base, base)}]" for base in bases[lead:])
        patterns.append((re.compile(re.escape(cue[:lead]) + rest + r"(?!\w)"), cue))
    return tuple(patterns)


@lru_cache(maxsize=1)
def _marked_letters() -> dict[str, str]:
    """Each base letter and every lower-case letter of the Latin blocks that is it with marks (`o`: `oóòôốợ…`)."""
    letters: dict[str, str] = {}
    for code in list(range(0x61, 0x7B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(code)
        if ch.islower() and ch.isalpha():
            base = unicodedata.normalize("NFD", ch)[0]
            if base.isascii():
                letters[base] = letters.get(base, "") + ch
    letters["d"] = letters.get("d", "d") + "đ"
    return letters


def read_cue_slips(low: str) -> str:
    """`low` (lower case) with the label cue words that a slip of one mark or OCR left with other marks written as
    the cue (`phối họp` → `phối hợp`, `chü tri` → `chủ trì`); the same length, so positions hold."""
    repairs = []
    for pattern, cue in _slipped_cues():
        for m in pattern.finditer(low):
            if m.group(0) != cue and not (m.start() and low[m.start() - 1].isalnum()) and len(cue) == len(m.group(0)):
                repairs.append((m.start(), m.end(), cue))
    if not repairs:
        return low
    parts, last = [], 0
    for start, end, cue in sorted(repairs):
        if start >= last:
            parts += [low[last:start], cue]
            last = end
    return "".join(parts) + low[last:]


# The piece of a word a scan's line or page cut leaves before its break (`báo cáo UBND thành ph` ⏎ `1` ⏎ `9/`).
_CUT_PIECE = re.compile(r"[ \t]+([a-zà-ỹ]{1,3})[ \t]*\n")


def cut_level(text: str, end: int) -> str:
    """The level a name ending at `end` was cut inside by a line break in a scan (`UBND thành ph` ⏎: `thành phố`):
    the name's last syllable and the piece after it open exactly one level of two syllables
    (models/party_levels.txt), compared without diacritics. The missing syllable (`phố`), or ''."""
    piece = _CUT_PIECE.match(text, end)
    if not piece:
        return ""
    last = text[text.rfind(" ", 0, end) + 1:end]
    written = skeleton(f"{last} {piece.group(1)}")
    levels = {level for level in place_words("level") if " " in level and skeleton(level).startswith(written)}
    return levels.pop().split(" ", 1)[1] if len(levels) == 1 else ""
