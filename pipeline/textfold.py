"""Same-length folding of Vietnamese text for matching, and small text helpers.

`fold` maps old-style tone placement (`hoà`, `thuỷ`, `Uỷ`) to the modern one (`hòa`, `thủy`,
`Ủy`) without changing the length of the string, so a match found on the folded text gives
offsets that are valid on the original text and `surface == text[start:end]` holds.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

# Old-style placements put the tone on the first vowel of oa/oe/uy; only words containing such a
# pair can differ between the two conventions, so only those are looked up. The pair is found from its
# toned vowel (one class, which the stdlib engine skips to), its `o` / `u` checked behind it.
_TONED_A_E, _TONED_Y = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ", "ỳýỷỹỵỲÝỶỸỴ"
# A pair followed by a plain letter is left out: nine in ten pairs are modern words (`hoạt`, `toàn`,
# `đoàn`, `kế hoạch`), and such a word never folds: the table's words (models/tone_map.tsv) end with
# their pair or run on with `ê`, and the fallback moves only a final pair (tests/test_scans.py folds
# with every pair on every shared text: the same).
_OLD_STYLE = re.compile(f"[{_TONED_A_E}{_TONED_Y}](?:(?<=[oO][{_TONED_A_E}])|(?<=[uU][{_TONED_Y}]))(?![a-zA-Z])")
_WORD_LEFT = regex.compile(r"(?r)\w*")  # matched backwards from the pair
_WORD_RIGHT = regex.compile(r"\w*")


_TONE_TABLE = Path(__file__).resolve().parent.parent / "models" / "tone_map.tsv"


@lru_cache(maxsize=1)
def _tone_map() -> dict[str, str]:
    """Old → modern tone placement, equal-length entries (models/tone_map.tsv, from underthesea's table;
    read as data so that a worker does not import underthesea for it)."""
    with open(_TONE_TABLE, encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split("\t", 1) for line in handle if not line.startswith("#"))


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    table = _tone_map()
    hit = table.get(word)
    if hit is not None:
        return hit
    # Words outside the table: move the tone inside the final oa/oe/uy pair when the pair ends
    # the syllable (hoà → hòa, Thuỷ → Thủy, but not hoàn / tuyển, which keep it on the 2nd vowel).
    pair = word[-2:]
    if pair in table and not (len(word) > 2 and word[-3] in "qQ"):  # `quý`: u belongs to qu
        return word[:-2] + table[pair]
    return word


def fold(text: str) -> str:
    """Modern tone placement, same length as the input (NFC expected). One scan for the rare
    old-style pairs; each word around one is looked up (cached)."""
    pieces: list[str] = []
    last = 0
    for m in _OLD_STYLE.finditer(text):
        pair = m.start() - 1
        if pair < last:
            continue
        start = _WORD_LEFT.match(text, max(last, pair - 12), pair).start()
        end = _WORD_RIGHT.match(text, m.end()).end()
        word = text[start:end]
        folded = _fold_word(word)
        if folded != word:
            pieces.append(text[last:start])
            pieces.append(folded)
            last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


_PHRASE_LENGTH = 2000  # shorter texts are phrases, clauses, names: lowered on every call


def lowered(folded: str) -> str:
    """Lower case of a folded text, same length (a character whose lower case is longer stays as it
    is): what the deadline and party stages match on. Case-insensitive patterns cost several times
    more. A document's text is kept for the last two documents, so its stages lower it once; the
    phrases the stages lower in between are not kept, so they do not push it out."""
    return _lowered(folded) if len(folded) < _PHRASE_LENGTH else _lowered_document(folded)


@lru_cache(maxsize=2)
def _lowered_document(folded: str) -> str:
    return _lowered(folded)


def _lowered(folded: str) -> str:
    low = folded.lower()
    if len(low) != len(folded):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    if "gởi" in low:
        # the southern spelling of `gửi` (`Kính gởi:`, `gởi về Phòng`; dictionaries list it beside `gửi`) read as the
        # word the stages' patterns are written with
        low = low.replace("gởi", "gửi")
    return low


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=None)
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    """A compiled pattern, cached: `regex`'s own cache costs more than matching on short strings."""
    return regex.compile(pattern, flags)


def occurrences(text: str, needle: str, pos: int = 0):
    """Offsets where `needle` starts in `text` from `pos` on (overlapping ones too), in order."""
    at = text.find(needle, pos)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


# Letters that a case-insensitive pattern matches beside the lower and upper case, which `lowered`
# keeps as they are: `(?i)i` matches the Turkish dotted capital `İ` and (in `re`) the dotless `ı`.
_CASE_FOLD_ODDITIES = ("İ", "ı")


def lowered_for_finding(folded: str) -> str | None:
    """`lowered(folded)`, where `str.find` of a lower-case phrase stands in for a case-insensitive
    pattern's scan of the text (same offsets); None when the text holds a letter such a pattern takes
    but lowering keeps as it is: the plain scan must run."""
    low = lowered(folded)
    return None if any(odd in low for odd in _CASE_FOLD_ODDITIES) else low


def phrase_starts(low: str, middle: str, before: tuple[str, ...], after: tuple[str, ...]):
    """Where a phrase starts in `low`: one of `before`, then `middle`, then one of `after` (the strings of
    each tuple of one length). One `str.find` scan for `middle`, whose few hits are checked around: a
    scan per spelling of the phrase cost several times more."""
    ahead, behind = len(middle), len(before[0])
    for at in occurrences(low, middle, behind):
        if low[at - behind:at] in before and low[at + ahead:at + ahead + len(after[0])] in after:
            yield at - behind


def anchored_matches(pattern, text: str, anchors: tuple[str, ...], pos: int = 0, found_in: str | None = None):
    """What `pattern.finditer(text, pos)` yields (left to right, not overlapping), for a pattern that
    can only match where one of the strings `anchors` starts: tried only there. `str.find` skips to
    them many times faster than the engine scans for a pattern that opens with common letters.
    `found_in`: a text of the same length where the anchors are looked for instead (the lowered
    text, for a case-insensitive pattern and lower-case anchors)."""
    scanned = text if found_in is None else found_in
    starts = []
    for anchor in anchors:
        at = scanned.find(anchor, pos)
        while at >= 0:
            starts.append(at)
            at = scanned.find(anchor, at + 1)
    starts.sort()
    end = pos
    for at in starts:
        if at >= end:
            m = pattern.match(text, at)
            if m:
                yield m
                end = m.end()


def line_start_matches(pattern, text: str, word, pos: int = 0):
    """What `pattern.finditer(text, pos)` yields for a pattern that matches only at the start of a line
    (`(?m)^` and a lead of spaces or marks) and always holds `word` (a compiled pattern) on that line:
    tried only at the starts of the lines where `word` occurs. The engine tries a `^` at every
    position; a word it skips to."""
    at = pos
    while True:
        hit = word.search(text, at)
        if not hit:
            return
        start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.end())
        at = len(text) if line_end < 0 else line_end
        if start >= pos:
            m = pattern.match(text, start)
            if m:
                yield m
                pos = max(m.end(), start + 1)  # the next match starts on a later line
                at = max(at, m.end())


_ROMAN_DIGIT_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int:
    """`IV` → 4, `XII` → 12 (case-insensitive; letters that are no Roman digit count 0)."""
    total, prev = 0, 0
    for ch in reversed(numeral.upper()):
        value = _ROMAN_DIGIT_VALUES.get(ch, 0)
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def squash(text: str) -> str:
    """Runs of whitespace (line breaks included) become one space; ends trimmed."""
    text = text.strip()
    # Fast path for `" ".join(text.split())`: a printable text has no whitespace but the space (every
    # other whitespace character is unprintable), so without two spaces in a row it is already squashed.
    # Splitting a Vietnamese line costs about twice these two scans.
    return text if "  " not in text and text.isprintable() else " ".join(text.split())


_MARKUP = regex.compile(r"\*+|_{2,}|^#+\s*")


def base_letters(text: str) -> str:
    """Letters without their diacritics, tone and vowel marks alike (`văn bản` → `van ban`, đ → d)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def strip_markup(text: str) -> str:
    """Markdown emphasis and heading marks removed (for values, not for offsets)."""
    return squash(_MARKUP.sub(" ", text))


def cap_first(text: str) -> str:
    text = squash(text)
    return text[:1].upper() + text[1:] if text else text


def key_fold(text: str) -> str:
    """A comparison key: NFC, modern tones, case-folded, markup and whitespace squashed."""
    return squash(fold(nfc(strip_markup(text))).casefold())


_FULL_STOP = regex.compile(r"(?<=\w\w)\.[ \t]+(?=\w)")


def first_sentence_end(raw: str, start: int = 0, end: int | None = None) -> int:
    """Where the first sentence in `raw[start:end]` ends (else `end`): a full stop after a word in lower case (not the
    `TP.` of `TP. Huế`), then a capital. A line that runs on past a name into the body (`Kính gửi: Ông (Bà) Hiệu
    trưởng các đơn vị trực thuộc. Thực hiện …`) ends its name there."""
    end = len(raw) if end is None else end
    for stop in _FULL_STOP.finditer(raw, start, end):
        if raw[stop.start() - 1].islower() and raw[stop.end()].isupper():
            return stop.start()
    return end
