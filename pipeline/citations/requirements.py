"""Required citations (`vnplan report --required`) resolved through the same stages as the texts:
a requirement written as a name (`Luật Thực hiện dân chủ ở cơ sở`, `Luật BHYT`), a number
(`10/2022/QH15`), a type and number (`Luật 10/2022/QH15`, `Luật số 10/2022/QH15`, `Chỉ thị 16/CT-TTg`,
`nghị định số 04/2015/nđ-cp`), with or without a year or the date and subject copied from a `Căn cứ`
line, means the same cited documents, whatever spelling the plans used.

    resolver = RequirementResolver(index)              # index: the run's citation_index
    keys = resolver.match("Luật Thực hiện dân chủ ở cơ sở")
    if not keys: ...  # the requirement matches no cited document of the run: say so
"""
from __future__ import annotations

import pandas as pd
import regex

from ..normalize import normalize
from ..records import DocumentText
from ..textfold import fold, rx
from . import registry as legal_registry
from .find import find_named, find_numbered, merge_name_and_number
from .names import name_base
from .ocr import find_lowercase
from .registry import Registry
from .resolve import complete_names
from .symbols import SYMBOL, canonical_symbol, trimmed, type_from_symbol

_YEAR = regex.compile(r"(?<![\d/])((?:19|20)\d{2})(?![\d/])")
_GENERIC = ("Công văn", "Văn bản")


def _parse(requirement: str, registry: Registry) -> tuple[str, str, str, str]:
    """(doc_type, number_symbol, name, year) of a requirement, read by the find stage."""
    text = normalize(requirement).strip()
    text = text[:1].upper() + text[1:]  # a list typed in lower case: `luật đất đai 2013`
    doc = DocumentText(doc_id="requirement", source_path="", part=1, text=text, folded=fold(text),
                       encoding="", file_start=0, file_end=len(text))
    numbered = find_numbered(doc, "")
    numbered += find_lowercase(doc, [(m.start, m.end) for m in numbered])
    named = merge_name_and_number(find_named(doc, [(m.start, m.end) for m in numbered], registry), numbered)
    year = _YEAR.search(text)
    written_year = year.group(1) if year else ""
    if numbered:
        m = min(numbered, key=lambda n: n.start)
        return m.doc_type, m.number_symbol, m.name, m.year or written_year
    if named:
        m = named[0]
        complete_names([m], registry, {})  # `Luật BHYT` → `Luật Bảo hiểm y tế`
        return m.doc_type, "", m.name, m.year or written_year
    symbol = SYMBOL.search(doc.folded)  # a bare number and symbol: `10/2022/QH15`
    if symbol:
        number = canonical_symbol(trimmed(symbol, doc.folded))
        return type_from_symbol(number), number, "", written_year
    return "", "", "", ""


class RequirementResolver:
    """A run's `citation_index` with its keys, symbols and names prepared once, to resolve many
    requirements against it."""

    def __init__(self, index: pd.DataFrame | None, registry: Registry | None = None):
        self.registry = registry or legal_registry.load()
        self.index = index.reset_index(drop=True) if index is not None else pd.DataFrame()
        if self.index.empty:
            return
        self.keys = self.index["citation_key"].astype(str)
        self.numbers = self.index["number_symbol"].fillna("").astype(str).str.replace(" ", "", regex=False)
        self.types = self.index["doc_type"].fillna("").astype(str)
        self.names = self.index["name"].fillna("").astype(str)
        self._bases: dict[str, pd.Series] = {}
        # A name key (`Luật Bảo hiểm y tế (2008)`), not a document's number.
        self.unresolved = ~self.keys.str.contains(r"\d+[/-]", regex=True)

    def _name_bases(self, doc_type: str) -> pd.Series:
        if doc_type not in self._bases:
            self._bases[doc_type] = self.names.map(lambda n: name_base(doc_type, n)[0] if n else "")
        return self._bases[doc_type]

    def match(self, requirement: str) -> list[str]:
        """The `citation_key`s a required citation means, sorted; an empty list when it matches no
        cited document (the caller reports it). A yearless symbol without a year matches every
        year's document of that symbol; with a year, that year's. A name without a year matches
        every version cited; with one, that version."""
        doc_type, number, name, year = _parse(requirement, self.registry)
        if self.index.empty or not (number or name):
            return []
        keys = self.keys
        hit = pd.Series(False, index=self.index.index)
        if number:
            # `Luật 10/2022/QH15`, `Chỉ thị 16/CT-TTg (2019)`, `Kế hoạch 42/KH-UBND (2025) — tỉnh …`
            own = keys.str.contains(r"(?:^|\s)0?" + regex.escape(number.lstrip("0")) + r"(?:$|\s)", regex=True)
            hit |= own | (self.numbers == number)
            if year and not rx(r"/(?:19|20)\d{2}/").search(number):
                hit &= keys.str.contains(rf"\({year}\b", regex=True) | ~keys.str.contains(r"\((?:19|20)\d{2}", regex=True)
            if doc_type:
                hit &= (self.types == doc_type) | self.types.isin(_GENERIC) | (doc_type in _GENERIC)
        if name:
            versions = self.registry.versions(name)
            known_name = bool(versions)
            if year:
                versions = [v for v in versions if v.year == year]
            wanted = {v.key for v in versions}
            if versions and not year:
                wanted |= {v.name for v in versions}  # a name no text could date keeps the name as key
            base = name_base(doc_type, name)[0]
            same_name = self._name_bases(doc_type) == base
            if year:
                same_name &= keys.str.contains(rf"\({year}\)", regex=True) | ~self.unresolved
            hit |= keys.isin(wanted) | (same_name & (self.unresolved | keys.isin(wanted) | (not known_name)))
        return sorted(set(keys[hit]))


def match_requirement(requirement: str, index: pd.DataFrame, registry: Registry | None = None) -> list[str]:
    """The `citation_key`s of a run's `citation_index` that a required citation means (see
    RequirementResolver.match; build one resolver to match many requirements)."""
    return RequirementResolver(index, registry).match(requirement)
