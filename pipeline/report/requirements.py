"""`--required`: the documents every plan must cite, and which cited documents each one means.

Officers write a requirement the way documents are cited: by number (`Nghị định số 59/2023/NĐ-CP`,
`59/2023/NĐ-CP`, `Kế hoạch số 19/KH UBND năm 2024`), by name (`Luật Thực hiện dân chủ ở cơ sở`,
`Luật Đất đai 2013`, `Luật BHYT`) or by the key the citation index uses. The citation resolver
(pipeline/citations/requirements.py) reads such a spelling with the grammar that reads the plans;
`RequirementMatcher` adds the keys and spellings (`aliases`) the index itself holds.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import regex

from ..citations.requirements import RequirementResolver
from ..textfold import key_fold

# Column names a requirements CSV may use for the requirement itself, in order of preference.
VALUE_COLUMNS = ("citation_key", "number_symbol", "key", "requirement", "yeu_cau", "van_ban", "name")

_SO = regex.compile(r"\bsố\s*(?=\d)")


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


class RequirementMatcher:
    """A citation index prepared once, to match many requirements."""

    def __init__(self, citation_index: pd.DataFrame):
        self.index = citation_index.reset_index(drop=True)
        self.keys = self.index["citation_key"]
        self.folded_keys = self.keys.map(key_fold)
        self.aliases = (self.index["aliases"].map(
            lambda a: {_SO.sub("", key_fold(s)) for s in str(a).split(";") if s.strip()})
            if "aliases" in self.index.columns else None)
        self.resolver = RequirementResolver(self.index)

    def match(self, requirement: str) -> set[str]:
        """The citation keys a requirement means (empty when nothing cited matches it): those the
        citation resolver reads it as (same number and symbol, narrowed to a year written for a
        yearless one; same law, narrowed to the version of a year or date written after it, every
        version cited when none is), and a key that is the requirement itself or one of its
        `aliases`. Several keys come back when the index holds one document under several spellings."""
        if self.index.empty or not requirement.strip():
            return set()
        wanted = key_fold(requirement)
        found = set(self.keys[self.folded_keys == wanted])
        if self.aliases is not None:
            plain = _SO.sub("", wanted)
            found |= set(self.keys[self.aliases.map(lambda spellings: plain in spellings)])
        return found | set(self.resolver.match(requirement))


def match_requirement(requirement: str, citation_index: pd.DataFrame) -> set[str]:
    """The citation keys a requirement means; see RequirementMatcher.match (use the class to match
    many requirements against one index)."""
    return RequirementMatcher(citation_index).match(requirement)
