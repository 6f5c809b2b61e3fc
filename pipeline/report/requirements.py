"""`--required`: the documents every plan must cite, and which cited documents each one means.

Officers write a requirement the way documents are cited: by number (`Nghị định số 59/2023/NĐ-CP`,
`59/2023/NĐ-CP`, `Kế hoạch số 19/KH UBND năm 2024`), by name (`Luật Thực hiện dân chủ ở cơ sở`,
`Luật Đất đai 2013`) or by the key the citation index uses. `match_requirement` is the one place that
turns such a spelling into citation keys; it compares folded number symbols and folded names, and
is meant to give way to the citation resolver of pipeline/citations when that resolves free text.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import regex

from ..lexicon import expand_abbreviations, load as load_lexicon
from ..textfold import key_fold

# Column names a requirements CSV may use for the requirement itself, in order of preference.
VALUE_COLUMNS = ("citation_key", "number_symbol", "key", "requirement", "yeu_cau", "van_ban", "name")

_SO = regex.compile(r"\bsố\s*(?=\d)")
# A number and symbol: digits, then `/` or `-`, then codes; a code may follow after a space
# (`19/KH UBND`, `09- QC/TU`) when it is all capitals (not `Về`, `Quy định` of a subject after it).
_SYMBOL = regex.compile(r"\d+\s*[/\-–]\s*[\p{L}\d][\p{L}\d./\-–&]*(?:\s+\p{Lu}[\p{Lu}\d./\-–&]*(?![\p{L}\d]))*")
# The date a citation writes after the document (`… ngày 15 tháng 11 năm 2010 của Quốc hội`): not
# part of the name; its year picks the version.
_DATE_TAIL = regex.compile(r"\s+ngày\s+\d.*$")
_YEAR = regex.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_SYMBOL_YEAR = regex.compile(r"/(1[89]\d\d|20\d\d)/")
_NAME_YEAR = regex.compile(r"\s*(?:\bnăm\s+)?(?:1[89]\d\d|20\d\d)\s*$|\s*\([^)]*\)\s*$")
_SYMBOL_NOISE = regex.compile(r"[\s\-–—._]")


@dataclass(frozen=True)
class Requirement:
    text: str  # as the officer wrote it
    label: str  # column header in the report and the workbook


def _decoded(raw: bytes) -> str:
    """UTF-8 (with or without BOM), or UTF-16 with its BOM (Excel's "Unicode Text")."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


def _delimiter(first_line: str, suffix: str) -> str | None:
    """Tab when the line has one; for a .csv, `;` (Excel's separator where `,` is the decimal mark,
    as in Vietnamese) when the line has it and no comma, else `,`; None: one requirement a line."""
    if "\t" in first_line:
        return "\t"
    if suffix != ".csv":
        return None
    return ";" if ";" in first_line and "," not in first_line else ","


def load_requirements(path: Path) -> list[Requirement]:
    """A CSV with a requirement column (`requirement`, `citation_key`, `number_symbol`, … or simply
    the first column) and an optional `label` column; a CSV without a header row, a tab-separated
    sheet, or a text file with one requirement a line, works too."""
    lines = [line for line in _decoded(path.read_bytes()).splitlines() if line.strip()]
    if not lines:
        return []
    delimiter = _delimiter(lines[0], path.suffix.lower())
    if delimiter is None:
        return [Requirement(line.strip(), line.strip()) for line in lines]
    rows = [r for r in csv.reader(lines, delimiter=delimiter) if r and any(c.strip() for c in r)]
    header = [c.strip().lower() for c in rows[0]]
    if not (set(header) & {*VALUE_COLUMNS, "label"}):
        return [Requirement(r[0].strip(), r[0].strip()) for r in rows if r[0].strip()]
    value_at = next((header.index(c) for c in VALUE_COLUMNS if c in header), 0)
    label_at = header.index("label") if "label" in header else None
    found = []
    for r in rows[1:]:
        value = r[value_at].strip() if value_at < len(r) else ""
        label = r[label_at].strip() if label_at is not None and label_at < len(r) else ""
        if value:
            found.append(Requirement(value, label or value))
    return found


@lru_cache(maxsize=1)
def _type_words() -> tuple[tuple[str, str], ...]:
    """(folded surface word, canonical type), longest first: `thông tư liên tịch` before `thông tư`."""
    pairs = {key_fold(w): t for w, t in load_lexicon().type_by_word.items()}
    return tuple(sorted(pairs.items(), key=lambda p: -len(p[0])))


def _canonical_symbol(symbol: str) -> str:
    return _SYMBOL_NOISE.sub("", key_fold(symbol))


def _bare_name(name: str) -> str:
    """A folded name without its trailing year or bracket: `Luật Đất đai năm 2013` → `luật đất đai`."""
    folded = _DATE_TAIL.sub("", key_fold(expand_abbreviations(name)))
    while True:
        shorter = _NAME_YEAR.sub("", folded)
        if shorter == folded:
            return folded
        folded = shorter


def _years(row) -> set[str]:
    """The years a cited document is known by: issue date, year in the symbol, in the key, after the name."""
    found = set(_SYMBOL_YEAR.findall(row["number_symbol"]))
    if row["issued_date"][:4].isdigit():
        found.add(row["issued_date"][:4])
    found.update(_YEAR.findall(row["citation_key"]))
    found.update(_YEAR.findall(row["name"][-12:]))
    return found


class RequirementMatcher:
    """A citation index with its keys, names and symbols folded once, to match many requirements."""

    def __init__(self, citation_index: pd.DataFrame):
        self.index = citation_index.reset_index(drop=True)
        self.keys = self.index["citation_key"]
        self.folded_keys = self.keys.map(key_fold)
        self.symbols = self.index["number_symbol"].map(_canonical_symbol)
        self.names = self.index["name"].map(_bare_name)
        self.key_names = self.keys.map(_bare_name)
        self.aliases = (self.index["aliases"].map(
            lambda a: {_SO.sub("", key_fold(s)) for s in str(a).split(";") if s.strip()})
            if "aliases" in self.index.columns else None)

    def match(self, requirement: str) -> set[str]:
        """The citation keys a requirement means (empty when nothing cited matches it).

        A key matches when it is the requirement itself or one of its `aliases`, and also, for a
        requirement with a number: when its number and symbol are the same (`-`, `.`, spaces and
        case ignored, so `36/2017/TTBGDĐT` is `36/2017/TT-BGDĐT`), narrowed to a year the requirement
        names when the symbol has none; for one without: when its name is the same (abbreviations
        expanded, tones folded, a trailing year ignored), narrowed to a year written after it. A name
        without a year means any version: every version cited counts. Several keys come back when
        the index holds one document under several spellings."""
        if self.index.empty or not requirement.strip():
            return set()
        wanted = key_fold(requirement)
        found = set(self.keys[self.folded_keys == wanted])
        if self.aliases is not None:
            plain = _SO.sub("", wanted)
            found |= set(self.keys[self.aliases.map(lambda spellings: plain in spellings)])
        symbol = next((m for m in _SYMBOL.finditer(requirement) if regex.search(r"\p{L}", m.group(0))), None)
        if symbol:  # (a date such as `14/8/2023` has no letter: not a symbol)
            hit = self.index[self.symbols == _canonical_symbol(symbol.group(0))]
            if not _SYMBOL_YEAR.search(symbol.group(0)):
                hit = _narrow_to_year(hit, requirement[:symbol.start()] + " " + requirement[symbol.end():])
            typed = _typed(hit, requirement)
            return found | set((typed if not typed.empty else hit)["citation_key"])
        name = _bare_name(requirement)
        hit = self.index[(self.names == name) | (self.key_names == name)]
        return found | set(_narrow_to_year(hit, requirement)["citation_key"])


def match_requirement(requirement: str, citation_index: pd.DataFrame) -> set[str]:
    """The citation keys a requirement means; see RequirementMatcher.match (use the class to match
    many requirements against one index)."""
    return RequirementMatcher(citation_index).match(requirement)


def _narrow_to_year(hit: pd.DataFrame, text: str) -> pd.DataFrame:
    """The rows of the year `text` names; when none is known by that year, those known by no year at
    all (an unknown year is not another year)."""
    year = _YEAR.findall(text)
    if not year or hit.empty:
        return hit
    years = [_years(row) for row in hit.to_dict("records")]
    same = [year[-1] in ys for ys in years]
    return hit[same] if any(same) else hit[[not ys for ys in years]]


def _typed(hit: pd.DataFrame, requirement: str) -> pd.DataFrame:
    """Of several documents sharing a symbol, those of the type the requirement names."""
    folded = key_fold(requirement)
    for word, doc_type in _type_words():
        if folded.startswith(word + " "):
            return hit[hit["doc_type"] == doc_type]
    return hit
