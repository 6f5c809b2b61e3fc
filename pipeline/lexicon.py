"""The genre's grammar as data: loads the tables under `models/` once per process."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from .textfold import fold, key_fold

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def _rows(name: str) -> list[list[str]]:
    with open(MODELS_DIR / name, encoding="utf-8") as handle:
        return [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]


def table_rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated file of models/, without its comments and rows whose first cell is empty."""
    return [row for row in _rows(name) if row[0]]


def _lines(name: str) -> list[str]:
    with open(MODELS_DIR / name, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class DocType:
    name: str
    codes: tuple[str, ...]
    words: tuple[str, ...]
    kind: str  # legal | admin | party | name


@dataclass(frozen=True)
class Lexicon:
    doc_types: tuple[DocType, ...]
    type_by_code: dict[str, str]  # symbol type code -> canonical type
    code_case: dict[str, str]  # upper-cased code -> canonical spelling (TTG -> TTg)
    type_by_word: dict[str, str]  # lower-case surface word -> canonical type
    issuer_codes: dict[str, str]  # code -> full name
    national_codes: frozenset[str]
    party_codes: frozenset[str]  # upper-cased codes of Party bodies (`TW`, `TU`): their symbols read `29-NQ/TW`
    shared_codes: tuple[str, ...]  # codes every body of a kind numbers with (`THCS`, `CB`: models/shared_codes.txt)
    abbreviations: dict[str, str]
    signer_titles: tuple[str, ...]
    signer_ranks: tuple[str, ...]  # a rank or degree before a signer's name (`Thiếu tướng`, `TS.`)
    surnames: frozenset[str]
    org_heads: tuple[str, ...]
    org_words: frozenset[str]
    cues: dict


@lru_cache(maxsize=1)
def load() -> Lexicon:
    doc_types = []
    for row in _rows("doc_types.tsv"):
        name, codes, words, kind = (row + ["", "", "", ""])[:4]
        doc_types.append(
            DocType(
                name=name,
                codes=tuple(c for c in codes.split(",") if c),
                words=tuple(w.strip() for w in words.split(",") if w.strip()),
                kind=kind,
            )
        )
    type_by_code: dict[str, str] = {}
    code_case: dict[str, str] = {}
    type_by_word: dict[str, str] = {}
    for dt in doc_types:
        for code in dt.codes:
            type_by_code.setdefault(code.upper(), dt.name)
            code_case.setdefault(code.upper(), code)
        for word in dt.words:
            type_by_word.setdefault(word.lower(), dt.name)
    issuer_codes: dict[str, str] = {}
    national, party = set(), set()
    for row in _rows("issuer_codes.tsv"):
        code, full, level, kind = (row + ["", "", "", ""])[:4]
        issuer_codes.setdefault(code, full)
        code_case.setdefault(code.upper(), code)
        if level == "national":
            national.add(code.upper())
        if kind == "party":
            party.add(code.upper())
    abbreviations = {row[0]: row[1] for row in _rows("abbreviations.tsv") if len(row) >= 2}
    with open(MODELS_DIR / "cues.json", encoding="utf-8") as handle:
        cues = json.load(handle)
    return Lexicon(
        doc_types=tuple(doc_types),
        type_by_code=type_by_code,
        code_case=code_case,
        type_by_word=type_by_word,
        issuer_codes=issuer_codes,
        national_codes=frozenset(national),
        party_codes=frozenset(party),
        shared_codes=tuple(code.upper() for code in _lines("shared_codes.txt")),
        abbreviations=abbreviations,
        signer_titles=tuple(sorted(_lines("signer_titles.txt"), key=len, reverse=True)),
        signer_ranks=tuple(sorted(_lines("signer_ranks.txt"), key=len, reverse=True)),
        surnames=frozenset(_lines("surnames.txt")),
        org_heads=tuple(sorted(_lines("org_heads.txt"), key=len, reverse=True)),
        org_words=frozenset(_lines("org_words.txt")),
        cues=cues,
    )


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> regex.Pattern:
    keys = sorted(load().abbreviations, key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}&])(?:" + "|".join(regex.escape(k) for k in keys) + r")(?![\p{L}&])")


def expand_abbreviations(text: str) -> str:
    """`UBND huyện` → `Ủy ban nhân dân huyện`, `Bộ GD&ĐT` → `Bộ Giáo dục và Đào tạo` (models/abbreviations.tsv)."""
    table = load().abbreviations
    return _abbreviation_pattern().sub(lambda m: table[m.group(0)], text)


@lru_cache(maxsize=1)
def school_levels() -> tuple[tuple[str, ...], ...]:
    """Each school level's spellings in lower case, its full name first (models/school_levels.tsv)."""
    return tuple((row[0].strip().lower(), *(w.strip().lower() for w in row[1].split("|") if w.strip()))
                 if len(row) > 1 else (row[0].strip().lower(),) for row in _rows("school_levels.tsv") if row[0].strip())


@lru_cache(maxsize=1)
def _folded_org_heads() -> tuple[str, ...]:
    return tuple(key_fold(h) for h in load().org_heads)


def _heads_opening(phrase: str):
    """The heads of bodies' names (folded) the phrase opens with."""
    low = key_fold(phrase)
    return (h for h in _folded_org_heads() if low == h or low.startswith(h + " "))


def starts_with_org(phrase: str) -> bool:
    """Whether a phrase opens with the name of a kind of body (`Phòng …`, `Ủy ban …`, `Huyện ủy`): the first head
    found answers (a hot check: no look for the longest)."""
    return next(_heads_opening(phrase), None) is not None


def org_head(phrase: str) -> str:
    """The longest head of a body's name the phrase opens with, folded (`Hội đồng nhân dân …` → `hoi dong`), or ""."""
    return max(_heads_opening(phrase), key=len, default="")


@lru_cache(maxsize=1)
def folded_titles() -> tuple[str, ...]:
    """The office holders' titles (models/signer_titles.txt, longest first), folded, lower case, a blank after each."""
    return tuple(fold(title).lower() + " " for title in load().signer_titles)


def without_title(phrase: str) -> str:
    """`Giám đốc Sở Lao động …` → `Sở Lao động …`: the body an office holder heads; "" without a title."""
    low = fold(phrase[:40]).lower()
    for t in folded_titles():
        if low.startswith(t):
            return phrase[len(t):]
    return ""


def is_bare_org_head(phrase: str) -> bool:
    """Whether a phrase is a kind of body's head and nothing more (`Sở`, `Ủy ban`, `Văn phòng`)."""
    phrase = phrase.strip()
    return bool(phrase) and phrase.count(" ") < 3 and key_fold(phrase) in _folded_org_head_set()


@lru_cache(maxsize=1)
def _folded_org_head_set() -> frozenset[str]:
    return frozenset(_folded_org_heads())


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    return load().org_words | frozenset(word for row in school_levels() for spelling in row for word in spelling.split())


def org_name_prefix(phrase: str) -> str:
    """The organisation name at the start of `phrase`: its words while they are capitalised, numbers,
    or words that occur inside names of bodies (models/org_words.txt) or of a school's level (models/school_levels.tsv:
    `trường mầm non thị trấn Tiên Điền`): `Ban Dân vận Huyện ủy (…`, `Quốc hội tình hình …` → `Quốc hội`."""
    vocabulary = _name_words()
    kept = []
    for word in phrase.split():
        bare = word.strip(",;:.")
        if kept and not (bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in vocabulary or bare in ("-", "–")):
            break
        kept.append(word)
        if bare != word:
            break
    return " ".join(kept).rstrip(" ,;:.-–")
