"""Short and abbreviated forms of the names of laws, codes and ordinances, and the full official name
they stand for (the SPEC's `name`: "the whole official name … abbreviations expanded").

Writers shorten a name in two ways, and both are read against the registry's official names:
- they *truncate* it: `Luật Bầu cử` for `Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân`,
  `Pháp lệnh ưu đãi người có công` for `… với cách mạng`, dropping function words on the way
  (`Luật thực hiện dân chủ cơ sở`);
- they write the *initials* of some of its words in capitals: `Luật BHYT` (Bảo hiểm y tế), `Luật KBCB`
  (Khám bệnh, chữa bệnh), `Luật TCCQĐP`, `Luật Bảo vệ BMNN` — one capital per syllable, `Đ` or `D` for
  `đ`, `và`/`của` left out or written `&`; or initials the same text defines (`Luật Bảo hiểm y tế
  (BHYT)`, `(sau đây gọi tắt là BHYT)`).
A form is completed only when exactly one official name fits it. A different name for the same law
(`Pháp lệnh dân chủ` for `Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn`) is not an
abbreviation of its words: its key resolves through the registry's `short_forms`, its name stays as
written.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..textfold import key_fold, rx

# Words a writer leaves out of a name, or out of its initials.
_FUNCTION_WORDS = frozenset({"và", "của", "ở"})
# An acronym written inside a name: two capitals or more (`Đ` and `&` included), no lower case.
ACRONYM = regex.compile(r"(?<![\p{L}&])[\p{Lu}][\p{Lu}&]+(?![\p{L}&])")
# A truncation leaves out at least this many words: one word less is another law as often as not
# (`Luật Đầu tư` / `Luật Đầu tư công`).
_MIN_TAIL = 2
_WORD = regex.compile(r"[\p{L}\d&]+")


def initial(word: str) -> str:
    """The capital a syllable gives to an acronym: its first letter without diacritics (`Ủy` → `U`,
    `đất` → `D`)."""
    first = unicodedata.normalize("NFD", word[:1])[:1].upper()
    return "D" if first == "Đ" else first


def _letters(acronym: str) -> str:
    return "".join("&" if ch == "&" else initial(ch) for ch in acronym)


def initials_end(letters: str, words: tuple[str, ...], start: int) -> int | None:
    """Where the words starting at `start` that the initials `letters` stand for end (`BHYT` over
    `bảo hiểm y tế …`); None when they do not fit. Function words without a letter of their own are
    passed over; `&` stands for `và`."""
    j = start
    for letter in letters:
        while True:
            if j >= len(words):
                return None
            word = words[j]
            if letter == "&" and word == "và" or letter != "&" and initial(word) == letter:
                j += 1
                break
            if word not in _FUNCTION_WORDS:
                return None
            j += 1
    return j


def _fits(written: tuple[tuple[str, bool], ...], official: tuple[str, ...], listed: bool, whole: bool = False) -> bool:
    """Whether the written words (folded word, is an acronym) abbreviate the official words: each is
    the same word or an acronym of the next ones; the official name may drop function words, and end
    later (a truncation) when enough is left out or when the registry lists the form — unless the
    form must cover the `whole` name."""
    known: dict[tuple[int, int], bool] = {}  # (a dict, not an `lru_cache` made on every call: 15 µs each)

    def match(i: int, j: int) -> bool:
        found = known.get((i, j))
        if found is None:
            found = known[i, j] = _match(i, j)
        return found

    def _match(i: int, j: int) -> bool:
        if i == len(written):
            tail = len(official) - j
            return tail == 0 or not whole and (tail >= _MIN_TAIL or (listed and tail > 0))
        if j >= len(official):
            return False
        word, is_acronym = written[i]
        if is_acronym:
            end = initials_end(_letters(word), official, j)
            if end is not None and match(i + 1, end):
                return True
        elif word == official[j] and match(i + 1, j + 1):
            return True
        return official[j] in _FUNCTION_WORDS and match(i, j + 1)

    return match(0, 0)


# Cached: a written form is compared with every official name of its type (hundreds), and each
# official name with every new written form.
@lru_cache(maxsize=4096)
def written_words(name: str) -> tuple[tuple[str, bool], ...]:
    """A name's words for comparison: folded, and whether each is an acronym."""
    return tuple((w if ACRONYM.fullmatch(w) else key_fold(w), bool(ACRONYM.fullmatch(w)))
                 for w in _WORD.findall(name))


@lru_cache(maxsize=4096)
def _official_words(name: str) -> tuple[str, ...]:
    return tuple(key_fold(w) for w in _WORD.findall(name))


def opening_words(official: str, type_words: int) -> set[str]:
    """The words a form that abbreviates `official` can open with after its type word, where that
    word is no acronym: the official name's first word, or one after function words it leaves out
    (as `_fits` reads them)."""
    found = set()
    for word in _official_words(official)[type_words:]:
        found.add(word)
        if word not in _FUNCTION_WORDS:
            break
    return found


def opening_word(written: str, type_words: int) -> str:
    """The first word of a written form after its type word, as `opening_words` holds it; "" when
    there is none or it is an acronym (which any official name may fit)."""
    words = written_words(written)
    return words[type_words][0] if len(words) > type_words and not words[type_words][1] else ""


def abbreviates(written: str, official: str, type_words: int, listed: bool = False, whole: bool = False) -> bool:
    """Whether `written` is a truncation or an acronym form of `official` (of all of it: `whole`); both
    start with the same type word, `type_words` words long (`Luật` 1, `Bộ luật`/`Pháp lệnh`/`Hiến pháp` 2)."""
    words = written_words(written)
    target = _official_words(official)
    if len(words) < type_words + (not listed) or tuple(w for w, _ in words[:type_words]) != target[:type_words]:
        return False  # a bare type word (`Hiến pháp`) stands for a name only where the registry says so
    if not any(a for _, a in words) and words[type_words:type_words + 1] == (("sửa", False),):
        return False  # `Luật sửa đổi, bổ sung …` names which law it amends: never a truncation
    return _fits(words[type_words:], target[type_words:], listed, whole)


def initials_over(words: tuple[str, ...], acronym: str) -> int:
    """How many of the last `words` (folded) the acronym's initials stand for, the fewest that fit (`UBND` over `… ủy
    ban nhân dân`: 4); 0 when none do."""
    letters = _letters(acronym)
    for k in range(len(letters), min(len(words), 2 * len(letters) + 2) + 1):
        if initials_end(letters, words, len(words) - k) == len(words):
            return k
    return 0


def defined_acronyms(text: str, acronyms: set[str]) -> dict[str, str]:
    """Acronyms the text defines, with the words they stand for as written there: `… Luật Bảo hiểm y
    tế (BHYT)`, `bảo hiểm y tế (sau đây gọi tắt là BHYT)`, `Luật X (sau đây gọi tắt là Luật XYZ)`."""
    found: dict[str, str] = {}
    for acronym in acronyms:
        definition = rx(r"\(\s*(?:(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt\s+(?:là\s*)?:?\s*)?[“\"]?"
                        r"(?:(?:Bộ\s+)?[Ll]uật\s+|Pháp\s+lệnh\s+)?" + regex.escape(acronym) + r"[”\"]?\s*\)")
        for m in definition.finditer(text):
            before = list(_WORD.finditer(text, max(0, m.start() - 160), m.start()))
            # The fewest words before the bracket whose initials are the acronym's.
            k = initials_over(tuple(key_fold(w.group(0)) for w in before), acronym)
            if k:
                found[acronym] = text[before[-k].start():before[-1].end()]
                break
    return found

