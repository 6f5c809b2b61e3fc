"""Required citations (`vnplan report --required`) resolved through the same stages as the texts:
a requirement written as a name (`Luật Thực hiện dân chủ ở cơ sở`), a number (`10/2022/QH15`), a
type and number (`Luật 10/2022/QH15`, `Luật số 10/2022/QH15`, `Chỉ thị 16/CT-TTg`), with or without
a year, means the same cited documents, whatever spelling the plans used.

    keys = match_requirement("Luật Thực hiện dân chủ ở cơ sở", index)   # index: citation_index
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
from .registry import Registry
from .symbols import SYMBOL, canonical_symbol, trimmed, type_from_symbol

_YEAR = regex.compile(r"(?<![\d/])((?:19|20)\d{2})(?![\d/])")


def _parse(requirement: str, registry: Registry) -> tuple[str, str, str, str]:
    """(doc_type, number_symbol, name, year) of a requirement, read by the find stage."""
    text = normalize(requirement).strip()
    text = text[:1].upper() + text[1:]  # a list typed in lower case: `luật đất đai 2013`
    doc = DocumentText(doc_id="requirement", source_path="", part=1, text=text, folded=fold(text),
                       encoding="", file_start=0, file_end=len(text))
    numbered = find_numbered(doc, "")
    named = merge_name_and_number(find_named(doc, [(m.start, m.end) for m in numbered], registry), numbered)
    year = _YEAR.search(text)
    if numbered:
        m = numbered[0]
        return m.doc_type, m.number_symbol, m.name, m.year or (year.group(1) if year else "")
    if named:
        m = named[0]
        return m.doc_type, "", m.name, m.year or (year.group(1) if year else "")
    symbol = SYMBOL.search(doc.folded)  # a bare number and symbol: `10/2022/QH15`
    if symbol:
        number = canonical_symbol(trimmed(symbol, doc.folded))
        return type_from_symbol(number), number, "", year.group(1) if year else ""
    return "", "", "", ""


def match_requirement(requirement: str, index: pd.DataFrame, registry: Registry | None = None) -> list[str]:
    """The `citation_key`s of a run's `citation_index` that a required citation means, sorted; an
    empty list when it matches no cited document (the caller reports it). A yearless symbol
    without a year matches every year's document of that symbol; with a year, that year's."""
    registry = registry or legal_registry.load()
    doc_type, number, name, year = _parse(requirement, registry)
    if index is None or index.empty or not (number or name):
        return []
    keys = index["citation_key"].astype(str)
    numbers = index["number_symbol"].fillna("").astype(str).str.replace(" ", "", regex=False)
    hit = pd.Series(False, index=index.index)
    if number:
        # `Luật 10/2022/QH15`, `Chỉ thị 16/CT-TTg (2019)`, `Kế hoạch 42/KH-UBND (2025) — tỉnh …`
        own = keys.str.contains(r"(?:^|\s)" + regex.escape(number) + r"(?:$|\s)", regex=True)
        hit |= own | (numbers == number)
        if year and not rx(r"/(?:19|20)\d{2}/").search(number):
            hit &= keys.str.contains(rf"\({year}\b", regex=True) | ~keys.str.contains(r"\((?:19|20)\d{2}", regex=True)
        if doc_type:
            types = index["doc_type"].fillna("").astype(str)
            hit &= (types == doc_type) | types.isin(("Công văn", "Văn bản")) | (doc_type in ("Công văn", "Văn bản"))
    if name:
        versions = registry.versions(name)
        known_name = bool(versions)
        if year:
            versions = [v for v in versions if v.year == year]
        wanted = {v.key for v in versions}
        if versions and not year:
            wanted |= {v.name for v in versions}  # a name no text could date keeps the name as key
        base = name_base(doc_type, name)[0]
        names = index["name"].fillna("").astype(str)
        same_name = names.map(lambda n: bool(n) and name_base(doc_type, n)[0] == base)
        unresolved = ~keys.str.contains(r"\d+[/-]", regex=True)  # a name key, not a document's number
        if year:
            same_name &= keys.str.contains(rf"\({year}\)", regex=True) | ~unresolved
        hit |= keys.isin(wanted) | (same_name & (unresolved | keys.isin(wanted) | (not known_name)))
    return sorted(set(keys[hit]))
