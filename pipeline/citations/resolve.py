"""The resolve stage: which document each mention refers to, as a key shared by every mention of
that document (`Nghị định 04/2015/NĐ-CP`, `Chỉ thị 16/CT-TTg (2019)`, `Luật 10/2022/QH15`).

- A symbol with its year is unique: `<type> <symbol>`.
- A symbol without a year restarts every year: its key carries the year of the mention's date
  (`Chỉ thị 16/CT-TTg (2019)`); undated, it carries no year here and the run decides (index.py).
- A name: the number the same text links it to (`Luật Thực hiện dân chủ ở cơ sở` / `Luật số
  10/2022/QH15`); else the registry's version of the written year, or in force on the citing
  document's date; else the name itself (with its year when written).
"""
from __future__ import annotations

import regex

from ..textfold import rx, strip_markup
from .mention import Mention
from .names import QUALIFIER, RELATIVE_NAME, name_base
from .registry import Registry, name_tokens

LAW_LIKE = ("Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết", "Hiến pháp")
GENERIC_TYPES = ("Công văn", "Văn bản")
UNKNOWN_YEAR = "năm ?"


def symbol_year(symbol: str) -> str:
    m = rx(r"/((?:19|20)\d{2})/").search(symbol)
    return m.group(1) if m else ""


def symbol_key(doc_type: str, symbol: str, year: str = "") -> str:
    """`Nghị định 04/2015/NĐ-CP`; a yearless symbol with the year it was issued in:
    `Chỉ thị 16/CT-TTg (2019)`."""
    if symbol_year(symbol) or not year:
        return f"{doc_type} {symbol}"
    return f"{doc_type} {symbol} ({year})"


def assign_keys(mentions: list[Mention], citing: str, citing_date: str, registry: Registry) -> None:
    _key_numbered(mentions, registry)
    _key_short(mentions)
    _key_named(mentions, citing, citing_date, registry)


def _key_numbered(mentions: list[Mention], registry: Registry) -> None:
    by_symbol: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.number_symbol:
            by_symbol.setdefault(m.number_symbol, []).append(m)
    for symbol, group in by_symbol.items():
        doc_type = next((g.doc_type for g in group if g.doc_type not in GENERIC_TYPES), group[0].doc_type)
        for g, year in zip(group, _years_of(symbol, group)):
            key = symbol_key(doc_type, symbol, year)
            row = registry.row_for_symbol(doc_type, symbol, year)
            if row is not None and row.doc_type == doc_type:
                key = row.key  # one key whichever type code the text writes (`04/2012/PL-UBTVQH13`)
            g.key, g.resolution = key, "symbol"
            g.year = g.year or year
            if g.doc_type in GENERIC_TYPES and doc_type not in GENERIC_TYPES:
                g.doc_type = doc_type


def _years_of(symbol: str, group: list[Mention]) -> list[str]:
    """The year of each mention of one symbol in one text: the symbol's own, else its date's; an
    undated mention is the document of the nearest dated one before it (after it, for the first):
    a text that cites `Chỉ thị số 02/CT-TTg ngày 04/7/2018` and `… ngày 15/11/2019` cites two."""
    own = symbol_year(symbol)
    if own:
        return [own] * len(group)
    dated = [g.issued_date[:4] for g in group]
    known = [y for y in dated if y]
    years, last = [], known[0] if known else ""
    for y in dated:
        last = y or last
        years.append(last)
    return years


def _key_short(mentions: list[Mention]) -> None:
    """`Quyết định 1237` after `Quyết định số 1237/QĐ-TTg`: the full mention's key."""
    for m in mentions:
        if m.short_number:
            target = next((f for f in mentions if f.number_symbol and f.doc_type == m.doc_type
                           and rx(r"\d+").match(f.number_symbol).group(0) == m.short_number
                           and f.number_symbol[len(m.short_number):len(m.short_number) + 1] in "/-"), None)
            if target:
                m.key, m.number_symbol, m.year, m.resolution = target.key, target.number_symbol, target.year, "short"


def _key_named(mentions: list[Mention], citing: str, citing_date: str, registry: Registry) -> None:
    linked = _names_linked_to_numbers(mentions, registry)
    named = [m for m in mentions if m.name and not m.number_symbol]
    full_names = _full_names_in_text(named, registry)
    for m in named:
        name = strip_markup(QUALIFIER.sub("", m.name))
        name = full_names.get(name_tokens(name), name)
        m.name = name
        m.year = m.year or m.issued_date[:4]
        base = name_base(m.doc_type, name)[0]
        target = linked.get(base)
        if target:
            m.key, m.resolution = target, "linked"
            continue
        version = registry.resolve(name, plausible_year(m.year, citing_date), citing_date)
        if version is not None:
            m.key = version.key
            m.resolution = "year" if m.year and version.year == m.year else ("in_force" if citing_date else "only_version")
            continue
        m.key, m.resolution = name, "name"
        if m.year and m.doc_type in LAW_LIKE and not registry.versions(name):
            m.key = f"{name} ({m.year})"
        elif RELATIVE_NAME.search(name):
            # `… Đảng bộ huyện` names the citing body's own district: a different document for
            # every district, so the key carries who cites it.
            m.key += f" ({citing})"


def plausible_year(year: str, citing_date: str) -> str:
    """A year written after a name is the law's own only if the law existed by then: `Pháp lệnh ưu
    đãi NCC với cách mạng năm 2020` in a 2019 letter is the budget year."""
    return year if not (year and citing_date and year > citing_date[:4]) else ""


def _names_linked_to_numbers(mentions: list[Mention], registry: Registry) -> dict[str, str]:
    """Name base → key of the numbered mention the text links it to: `Luật X số N` (the name
    written with the number), `Luật số N … về X` (the subject), or a number whose registry row
    has that name."""
    linked: dict[str, str] = {}
    for m in mentions:
        if not m.number_symbol or m.doc_type not in LAW_LIKE:
            continue
        if m.name:
            linked[name_base(m.doc_type, m.name)[0]] = m.key
        if m.subject:
            linked.setdefault(name_base(m.doc_type, f"{m.doc_type} {m.subject}")[0], m.key)
        row = registry.row_for_symbol(m.doc_type, m.number_symbol, m.year)
        if row is not None:
            for form in (row.name, *row.short_forms):
                linked.setdefault(name_base(row.doc_type, form)[0], m.key)
    return linked


_ABBREVIATION = regex.compile(r"(?<![\p{L}])\p{Lu}[\p{Lu}Đ&]+(?![\p{L}])")


def _full_names_in_text(named: list[Mention], registry: Registry) -> dict[tuple[str, ...], str]:
    """The full name of a short or abbreviated form: the registry's official name when the form
    abbreviates (`Luật PCTN`) or when the text also writes the name in full (`Luật bầu cử` … `Luật
    Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân`); for a name the registry does not
    know, the one longer name of the text that starts with it. A shortening the text never writes
    in full (`Pháp lệnh dân chủ`) stays as written: its key still resolves through the registry."""
    names = {}
    for m in named:
        names.setdefault(name_tokens(m.name), m.name)
    full: dict[tuple[str, ...], str] = {}
    for tokens, name in names.items():
        official = registry.full_name(name)
        if official != name:
            if _ABBREVIATION.search(name.split(" ", 1)[-1]) or name_tokens(official) in names:
                full[tokens] = official
            continue
        if registry.versions(name):
            continue  # a name of its own (`Luật Giáo dục` is not short for `Luật Giáo dục đại học`)
        longer = {t for t in names if len(t) > len(tokens) and t[:len(tokens)] == tokens}
        if len(longer) == 1:
            full[tokens] = names[longer.pop()]
    return full
