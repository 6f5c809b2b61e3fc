"""Same-length folding of Vietnamese text for matching, and small text helpers.

`fold` maps old-style tone placement (`hoà`, `thuỷ`, `Uỷ`) to the modern one (`hòa`, `thủy`,
`Ủy`) without changing the length of the string, so a match found on the folded text gives
offsets that are valid on the original text and `surface == text[start:end]` holds.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# Old-style placements put the tone on the first vowel of oa/oe/uy; only words containing such a
# pair can differ between the two conventions, so only those are looked up.
_OLD_STYLE = regex.compile(r"[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]")
_WORD_LEFT = regex.compile(r"\w*$")
_WORD_RIGHT = regex.compile(r"\w*")


@lru_cache(maxsize=1)
def _tone_map() -> dict[str, str]:
    """underthesea's tone-placement table (kept to equal-length entries, so offsets survive)."""
    try:
        from underthesea.pipeline.text_normalize.text_normalizer import token_map
    except Exception:  # pragma: no cover - underthesea is a declared dependency
        token_map = {}
    table = {k: v for k, v in token_map.items() if len(k) == len(v)}
    # The two conventions for oa/oe/uy that matter most in this genre, in every case form.
    for old, new in (("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
                     ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
                     ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy")):
        table.setdefault(old, new)
        table.setdefault(old.capitalize(), new.capitalize())
        table.setdefault(old.upper(), new.upper())
    return table


def _fold_word(word: str) -> str:
    table = _tone_map()
    hit = table.get(word)
    if hit is not None:
        return hit
    # Words outside the table: move the tone inside the final oa/oe/uy pair when the pair ends
    # the syllable (hoà → hòa, Thuỷ → Thủy, but not hoàn / tuyển, which keep it on the 2nd vowel).
    for i in range(len(word) - 1):
        pair = word[i:i + 2]
        rest = word[i + 2:]
        if pair in table and not rest and not (i and word[i - 1] in "qQ"):  # `quý`: u belongs to qu
            return word[:i] + table[pair]
    return word


def fold(text: str) -> str:
    """Modern tone placement, same length as the input (NFC expected)."""
    pieces: list[str] = []
    last = 0
    for m in _OLD_STYLE.finditer(text):
        if m.start() < last:
            continue
        start = m.start() - len(_WORD_LEFT.search(text, max(last, m.start() - 12), m.start()).group(0))
        end = _WORD_RIGHT.match(text, m.end()).end()
        word = text[start:end]
        folded = _fold_word(word)
        if folded != word and len(folded) == len(word):
            pieces.append(text[last:start])
            pieces.append(folded)
            last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=None)
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    """A compiled pattern, cached: `regex`'s own cache costs more than matching on short strings."""
    return regex.compile(pattern, flags)


def squash(text: str) -> str:
    """Runs of whitespace (line breaks included) become one space; ends trimmed."""
    return " ".join(text.split())


_MARKUP = regex.compile(r"\*+|_{2,}|^#+\s*")


def strip_markup(text: str) -> str:
    """Markdown emphasis and heading marks removed (for values, not for offsets)."""
    return squash(_MARKUP.sub(" ", text))


def cap_first(text: str) -> str:
    text = squash(text)
    return text[:1].upper() + text[1:] if text else text


def key_fold(text: str) -> str:
    """A comparison key: NFC, modern tones, case-folded, markup and whitespace squashed."""
    return squash(fold(nfc(strip_markup(text))).casefold())
