"""OCR damage to symbols, read by the evidence a text gives: the same symbol written cleanly
elsewhere in it (`496-TB/TIJ`, `496- lB/TV` beside `496-TB/TU`), or a type word and `số` before a
number and a code of known codes typed in lower case or with its slashes lost (`nghị định số 37
2025 nd-cp`)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate

import regex

from ..lexicon import load
from ..records import DocumentText
from ..textfold import rx
from .mention import Mention
from .symbols import codes_by_ascii, unaccented


def repair_ocr(doc: DocumentText, mentions: list[Mention]) -> list[Mention]:
    """OCR damage to a symbol this text also writes cleanly, read by that evidence: the code read
    short or wrong (`496-TB/TIJ`, `496-TB/T[J` beside `496-TB/TU`) takes the clean spelling, and
    a type word and number followed by a code too damaged to match (`Thông báo s6 496- lB/TV`,
    `Thông báo so 496-'IBITIJ`) becomes a mention of it. Returns the mentions found anew."""
    folded = doc.folded
    clean: dict[tuple[str, str], Mention] = {}
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.number_symbol] = counts.get(m.number_symbol, 0) + 1
    for m in mentions:
        # Yearless symbols (`496-TB/TU`): OCR damage to a dated one is repaired by the date's evidence.
        parts = rx(r"[-/]").split(m.number_symbol)
        if m.number_symbol and not m.year and all(p.upper() in load().code_case or p.isdigit() for p in parts):
            clean.setdefault((parts[0], m.doc_type), m)
    for m in mentions:
        number = rx(r"\d+").match(m.number_symbol) if m.number_symbol else None
        ref = clean.get((number.group(0), m.doc_type)) if number else None
        if ref is not None and ref.number_symbol != m.number_symbol and counts[m.number_symbol] == 1 \
                and regex.fullmatch(r"(?:" + regex.escape(ref.number_symbol) + r"){e<=2}", m.number_symbol):
            m.number_symbol = ref.number_symbol
    found: list[Mention] = []
    if not clean:
        return found
    # (where the mentions already read are, and the types each number is cleanly written with: looked up, not
    # scanned, for every occurrence, so that a text laid out as one long line of thousands of mentions stays linear)
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))
    by_number: dict[str, list[tuple[str, Mention]]] = {}
    for (number, doc_type), ref in clean.items():
        by_number.setdefault(number, []).append((doc_type, ref))
    for occ in _occurrences(folded, set(by_number)):
        i = bisect.bisect_right(starts, occ.start()) - 1
        if i >= 0 and reach[i] > occ.start():
            continue
        look = unaccented(folded[max(0, occ.start() - 30):occ.start()])
        for doc_type, ref in by_number[occ.group(1)]:
            typed = _damaged_type(doc_type).search(look)
            if typed:
                found.append(Mention(start=occ.start() - (len(look) - typed.start()), end=occ.end(),
                                     doc_type=doc_type, number_symbol=ref.number_symbol, year=ref.year))
                break
    return found


# A number and a hyphen, then a code too damaged to match the symbol grammar.
_DAMAGED = regex.compile(r"(\d{1,5})\s*[-–]\s*(?:\n\s*)?[^\s,;.]{2,12}")


def _occurrences(folded: str, numbers: set[str]):
    """Where these numbers stand alone (not inside a longer number or a date) before a hyphen, at most two spaces
    between: found from the hyphens, by `str.find` (a scan of the text per number grew with the text times its
    mentions; a pattern tried at every position cost more than these few hyphens)."""
    for hyphen in ("-", "–"):
        at = folded.find(hyphen)
        while at >= 0:
            end = at
            while at - end < 2 and end and folded[end - 1].isspace():
                end -= 1
            start = end
            while end - start < 6 and start and folded[start - 1].isdigit():
                start -= 1
            if 0 < end - start <= 5 and not (start and folded[start - 1] == "/") and folded[start:end] in numbers:
                occ = _DAMAGED.match(folded, start)
                if occ and occ.group(1) == folded[start:end]:
                    yield occ
            at = folded.find(hyphen, at + 1)


@lru_cache(maxsize=64)
def _damaged_type(doc_type: str) -> regex.Pattern:
    """A type word with up to two OCR slips, then `số` as OCR reads it (`s6`, `so`, `sO`, `sf3`)."""
    words = "|".join(regex.escape(unaccented(w)) for w, t in load().type_by_word.items() if t == doc_type)
    return regex.compile(r"(?<![a-z0-9])(?:" + words + r"){e<=2}\s+s\S{0,2}\s*$")



# A number and code typed or read in lower case, the slashes possibly lost (`nghị định số 37 2025
# nd-cp`, `quyết dịnh số 2344 qđ-bgddt`): a code of known codes only, read after a type word.
# Found from the `số` before them: a shape the standard library's engine scans for quickly.
_LOWER_SYMBOL = re.compile(r"s[ốoô6] ?:? ?(\d{1,5}) ?[/ ] ?(?:((?:19|20)\d{2}) ?[/ ] ?)?"
                           r"([a-z\u0111]{1,6}(?: ?- ?[a-z\u0111&]{1,10}){1,3})(?![^\W_])")


def warm() -> None:
    """Build every type's damaged-word pattern (`find_lowercase` tries them all) and the codes."""
    for doc_type in set(load().type_by_word.values()):
        _damaged_type(doc_type)
    codes_by_ascii()


def find_lowercase(doc: DocumentText, taken: list[tuple[int, int]]) -> list[Mention]:
    """Symbols written in lower case, without diacritics or without their slashes, where a type
    word and `số` stand before them and every part is a known code."""
    folded = doc.folded
    codes = codes_by_ascii()
    found: list[Mention] = []
    for m in _LOWER_SYMBOL.finditer(folded):
        if any(s <= m.start(1) < e for s, e in taken):
            continue
        parts = [codes.get(unaccented(p.strip()).upper()) for p in m.group(3).split("-")]
        if not all(parts):
            continue
        look = unaccented(folded[max(0, m.start(1) - 30):m.start(1)])
        # The type word read with the fewest slips (`quyết dịnh` is Quyết định, not Quy định).
        typed = [(sum(t.fuzzy_counts), -len(t.group(0)), doc_type, t) for doc_type in set(load().type_by_word.values())
                 for t in [_damaged_type(doc_type).search(look)] if t]
        if typed:
            *_, doc_type, best = min(typed)
            symbol = f"{m.group(1)}/{m.group(2)}/" if m.group(2) else f"{m.group(1)}/"
            found.append(Mention(start=m.start(1) - (len(look) - best.start()), end=m.end(), doc_type=doc_type,
                                 number_symbol=symbol + "-".join(parts), year=m.group(2) or ""))
    return found


def repair_future_years(mentions: list[Mention], citing_date: str) -> None:
    """A symbol's year after the citing document's own, one digit off its date's year (`Thông tư số 28/2026/TT-BGDĐT
    ngày 30/12/2016` in a 2021 plan): a slip of the typist or the OCR, as a document is numbered in the year it is
    signed (Nghị định 30/2020/NĐ-CP, Phụ lục I); the date's year is the number's. (The mention keeps its writing.)"""
    if len(citing_date) < 4:
        return
    for m in mentions:
        dated = m.issued_date[:4]
        if not (m.year and dated and m.year > citing_date[:4] >= dated and len(m.year) == 4 == len(dated)):
            continue
        if sum(a != b for a, b in zip(m.year, dated)) == 1 and f"/{m.year}/" in m.number_symbol:
            m.number_symbol = m.number_symbol.replace(f"/{m.year}/", f"/{dated}/", 1)
            m.year = dated
