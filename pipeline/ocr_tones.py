"""Tone marks and circumflexes Tesseract loses on Vietnamese words, restored from a dictionary.

Tesseract (vie) reads a circumflex vowel with its tone mark dropped or changed (`kêt quả`, `yêu câu`,
`tông kết`) and drops the circumflex under a tone (`thành phó` for `thành phố`). Each of
those syllables is a word by itself, so no rule on one syllable can tell; the pair can: a two-syllable
word of the dictionary underthesea ships (Viet74K, inside its wheel: nothing is downloaded) that differs
from an unknown pair only by such marks is what was printed. Only these two losses are undone, and
only when one dictionary word is the nearest; everything else (`Sở` → `Sơ`, `và` → `vá`, `trong` →
`trọng`, a tone changed on `Tiệp`) is left.
OCR output only: normalize applies pipeline/ocr_repair.py, which calls this, to OCR spans alone.
"""
from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook, dot below
_CIRCUMFLEX = "\u0302"
_WORD = regex.compile(r"(?<![\p{L}\d])\p{L}+(?![\p{L}\d])")
_UNMARK = {ord(c): None for c in _TONES + _CIRCUMFLEX}


def _key(text: str) -> str:
    """The letters without tone marks and circumflexes (`kết quả` → `ket qua`, `phố` → `pho`)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).translate(_UNMARK))


def _underthesea_file(*parts: str) -> Path | None:
    spec = importlib.util.find_spec("underthesea")  # its location, without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]).joinpath(*parts)
    return path if path.exists() else None


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """underthesea's list of the most frequent words (`có`, `để`, `đến`): a word that common is far
    likelier read right than a rare word one mark away (`có sự`, not `cố sự`)."""
    path = _underthesea_file("datasets", "stopwords", "stopwords.txt")
    if path is None:
        return frozenset()
    return frozenset(unicodedata.normalize("NFC", w.strip()) for w in path.read_text(encoding="utf-8").split("\n"))


@lru_cache(maxsize=1)
def _province_names() -> dict[str, tuple[str, ...]]:
    """Provinces' names of two syllables (`lâm đồng`, `đà nẵng`), old and new (underthesea's address
    data, vietnamadminunits, effective 2025-07-01), by their key: a name in a header, which the
    dictionary lacks and a name's title case otherwise keeps from any change."""
    import json

    path = _underthesea_file("address", "data", "mapping.json")
    if path is None:
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {unicodedata.normalize("NFC", entry["short"].lower())
             for table in ("province_names", "old_province_names") for entry in data.get(table, {}).values()}
    by_key: dict[str, list[str]] = {}
    for name in names:
        if len(name.split(" ")) == 2:
            by_key.setdefault(_key(name), []).append(name)
    return {key: tuple(found) for key, found in by_key.items()}


def _marks(syllable: str) -> list[tuple[bool, str]]:
    """(circumflex?, tone mark) of each letter."""
    marks = []
    for ch in syllable:
        decomposed = unicodedata.normalize("NFD", ch)
        marks.append((_CIRCUMFLEX in decomposed, next((c for c in decomposed if c in _TONES), "")))
    return marks


@lru_cache(maxsize=1)
def viet74k() -> tuple[frozenset[str], dict[str, tuple[str, ...]], frozenset[str]]:
    """The dictionary's two-syllable words, those words by the key of their letters, and its words of
    one syllable."""
    path = _underthesea_file("corpus", "data", "Viet74K.txt")
    words: set[str] = set()
    singles: set[str] = set()
    by_key: dict[str, list[str]] = {}
    if path is None:
        return frozenset(), {}, frozenset()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            word = unicodedata.normalize("NFC", line.strip().lower())
            parts = word.split(" ")
            if len(parts) == 1 and word.isalpha():
                singles.add(word)
            if len(parts) != 2 or not all(p.isalpha() for p in parts):
                continue
            words.add(word)
            by_key.setdefault(_key(word), []).append(word)
    return frozenset(words), {k: tuple(v) for k, v in by_key.items()}, frozenset(singles)


def _cost(read: str, meant: str) -> int | None:
    """How dear the misreadings that turn `meant` into `read` are — a circumflex vowel's tone mark dropped (`kết`
    read `kêt`) or a circumflex dropped under its tone (`phố` read `phó`), 1 each; a hook read as an acute (`bổ` read
    `bố`), a grave over a bare circumflex (`dân` read `dần`), 2 each — or None when anything else differs (`trong` is
    no `trọng`; the other way, an acute read as a hook, is left: `cấp tỉnh` is no misread `cấp tính`)."""
    total = 0
    for (circ_r, tone_r), (circ_m, tone_m) in zip(_marks(read), _marks(meant)):
        if (circ_r, tone_r) == (circ_m, tone_m):
            continue
        if circ_r and circ_m and not tone_r and tone_m:
            total += 1
        elif not circ_r and circ_m and tone_r and tone_r == tone_m:
            total += 1
        elif circ_r == circ_m and tone_r == _ACUTE and tone_m == _HOOK:
            total += 2  # the hook read as an acute (`bố sung`, `Tố chức`): dearer than a mark lost
        elif circ_r and circ_m and not tone_m and tone_r == _GRAVE:
            total += 2  # a speck over a circumflex read as a grave (`dần chủ`)
        else:
            return None
    return total


_GRAVE, _ACUTE, _HOOK = "\u0300", "\u0301", "\u0309"


def _titled(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _as_cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _restore(first: str, second: str, also: frozenset[str], names: bool = False) -> tuple[int, str, str] | None:
    """(edits, first, second) of the dictionary word `first second` was printed as, or None; with
    `names`, of the province's name."""
    pair = f"{first} {second}".lower()
    words, by_key, _ = viet74k()
    if pair in words or pair in also or first.lower() in _function_words() or second.lower() in _function_words():
        return None
    key = _key(pair)
    scored = []
    for candidate in (_province_names() if names else by_key).get(key, ()):
        costs = [_cost(r, m) for r, m in zip(pair.split(" "), candidate.split(" "))]
        if None not in costs and 0 < sum(costs) <= 2:
            scored.append((sum(costs), candidate))
    if not scored:
        return None
    scored.sort()
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None  # two words as near: no telling which was printed
    meant_first, meant_second = scored[0][1].split(" ")
    return scored[0][0], _as_cased(meant_first, first), _as_cased(meant_second, second)


def restore_tones(text: str, also: frozenset[str] = frozenset()) -> str:
    """Word pairs of OCR text with a lost tone mark or circumflex given them back (same length).
    `also`: word pairs of administrative text the dictionary lacks (`tiếp dân`), left as read."""
    known, _, singles = viet74k()
    if not known:
        return text
    words = list(_WORD.finditer(text))
    said = [w.group(0) for w in words]

    def compound(k: int) -> bool:  # words k and k+1, as read on one line, make a dictionary word
        if not 0 <= k < len(said) - 1 or text[words[k].end():words[k + 1].start()] != " ":
            return False
        pair = f"{said[k]} {said[k + 1]}".lower()
        return pair in known or pair in also

    found = []
    for i in range(len(words) - 1):
        if text[words[i].end():words[i + 1].start()] != " ":
            continue  # not two words of one line
        restored = _restore(said[i], said[i + 1], also)
        if restored is None:
            if not (_titled(said[i]) or said[i].isupper()) or said[i + 1][:1].islower():
                continue
            # A province's name (`LÂM ĐÒNG`, `Lâm Đòng`): restored as a name.
            named = _restore(said[i], said[i + 1], also, names=True)
            if named is not None:
                found.append((named[0], i, named[1], named[2]))
            continue
        cost, first, second = restored
        changed = (first != said[i], second != said[i + 1])
        # A word bound to its other neighbour is that word's half (`yêu cầu công nghiệp`: no `cầu cống`).
        if (changed[0] and compound(i - 1)) or (changed[1] and compound(i + 1)):
            continue
        # A real word changed beside a word that is bound to its own other neighbour belongs with
        # neither (`trồng cây lâu năm`, `bảng kê chi tiết`): only a word that is no word (`kêt`), or a
        # pair damaged on both sides (`lôi sông`), needs no such proof.
        real = [c and w.lower() in singles for c, w in zip(changed, (said[i], said[i + 1]))]
        if (real[0] and not changed[1] and compound(i + 1)) or (real[1] and not changed[0] and compound(i - 1)):
            continue
        # A name is left as written (`Hà Tiên`, `Tây Trang`, `thầy Thành Phó hiệu trưởng`): a word in
        # title case changes only when it opens a pair whose second word is in lower case (`Kêt luận`).
        if (changed[1] and _titled(said[i + 1])) or (changed[0] and _titled(said[i]) and not said[i + 1].islower()):
            continue
        found.append((cost, i, first, second))
    # Overlapping pairs: the nearer restoration wins (`môi tô chức`: `tổ chức`, not `mối tổ`).
    meant: dict[int, str] = {}
    for _, i, first, second in sorted(found):
        if i not in meant and i + 1 not in meant:
            meant[i], meant[i + 1] = first, second
    if not meant:
        return text
    pieces: list[str] = []
    at = 0
    for i in sorted(meant):
        pieces += [text[at:words[i].start()], meant[i]]
        at = words[i].end()
    pieces.append(text[at:])
    return "".join(pieces)
