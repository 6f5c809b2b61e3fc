"""The resolve stage: which document each mention refers to, as a key shared by every mention of
that document (`Nghị định 04/2015/NĐ-CP`, `Chỉ thị 16/CT-TTg (2019)`, `Luật 10/2022/QH15`).

- A symbol with its year is unique: `<type> <symbol>`.
- A symbol without a year restarts every year: its key carries the year of the mention's date
  (`Chỉ thị 16/CT-TTg (2019)`); undated, it carries no year here and the run decides (index.py).
- A name, first written as the whole official name (`complete_names`, shortforms.py): the number
  the same text links it to (`Luật Thực hiện dân chủ ở cơ sở` / `Luật số 10/2022/QH15`) unless the
  year written after it is another; else the registry's version of the written year; else, undated,
  the version the text itself dates most often, or the one in force on the citing document's date;
  else the name itself (with its year when written).
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache

import regex

from ..lexicon import load, starts_with_org, table_rows, without_title
from ..textfold import key_fold, rx, strip_markup
from .fields import is_bare_title, normalize_issuer
from .mention import Mention
from .names import LAW_TYPES, QUALIFIER, RELATIVE_NAME, display_name, name_base, national_congress_key
from .registry import Registry, name_tokens
from .shortforms import ACRONYM, abbreviates
from .symbols import issuer_codes, key_symbol, symbol_year

LAW_LIKE = ("Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết", "Hiến pháp")
GENERIC_TYPES = ("Công văn", "Văn bản")
UNKNOWN_YEAR = "năm ?"
# Two dates of one yearless number further apart than this are two documents; closer, one document's date mistyped.
DATES_APART_DAYS = 7
# Resolutions of a name that the text's own dating of the law may revise.
_REVISABLE = ("in_force", "only_version", "name")
# Cues that name the document a statement replaces or repeals.
_REPEALING_CUES = ("thay thế", "bãi bỏ")


@lru_cache(maxsize=4096)
def symbol_key(doc_type: str, symbol: str, year: str = "") -> str:
    """`Nghị định 04/2015/NĐ-CP`; a yearless symbol with the year it was issued in:
    `Chỉ thị 16/CT-TTg (2019)`. A number below ten is written with its leading zero, as issued."""
    if symbol[1:2] in ("/", "-") and symbol[:1].isdigit():
        symbol = "0" + symbol  # `5/2000/TT-BXD` is `05/2000/TT-BXD`
    symbol = _party_form(_co_issuers_in_order(key_symbol(symbol)))
    if symbol_year(symbol) or not year:
        return f"{doc_type} {symbol}"
    return f"{doc_type} {symbol} ({year})"


_STATE_FORM = regex.compile(r"^(\d+[a-z]?)/(\p{L}+)-(\p{L}+)$")


def _party_form(symbol: str) -> str:
    """`29/NQ-TW` → `29-NQ/TW`: a Party body's document written as a state body numbers its own (a number, a slash,
    the type and the issuer's code) is keyed as the Party numbers it (Hướng dẫn 36-HD/VPTW: `số-loại/cơ quan`), so
    that both writings are one document."""
    m = _STATE_FORM.match(symbol)
    if not m or m.group(3).upper() not in load().party_codes or m.group(2).upper() not in load().type_by_code:
        return symbol
    return f"{m.group(1)}-{m.group(2)}/{m.group(3)}"


def _co_issuers_in_order(symbol: str) -> str:
    """`08/2012/TTLT-BLĐTBXH-BTC-BNV` and `…-BNV-BTC`: the bodies that join the lead one of a joint document
    are written in either order (the same text writes both); the key lists them in one (the lead one first,
    as it numbers the document). Only where each is a known body's code (not `BGD-ĐT`, one code split)."""
    parts = symbol.split("-")
    if len(parts) < 4 or not parts[0].upper().endswith("LT") or "/" in "".join(parts[1:]):
        return symbol
    joined = parts[2:]
    if joined == sorted(joined) or not all(p.upper() in issuer_codes() for p in joined):
        return symbol
    return "-".join(parts[:2] + sorted(joined))


def assign_keys(mentions: list[Mention], citing: str, citing_date: str, registry: Registry,
                defined: dict[str, str] | None = None) -> None:
    """`defined`: the acronyms the text defines (`Luật Bảo hiểm y tế (BHYT)`), read in names."""
    _key_numbered(mentions, registry)
    _key_short(mentions)
    complete_names([m for m in mentions if m.name], registry, defined or {})
    _key_named(mentions, citing, citing_date, registry)


def _complete_truncated(mentions: list[Mention]) -> None:
    """`Nghị quyết liên tịch số 102/2025/NQLT` in a text that cites `… số 102/2025/NQLT-UBTVQH15-CP-
    ĐCTUBTWMTTQVN`: a symbol cut short after one of its parts is the one full symbol of the text it
    begins, of the same type (or written after `Văn bản số`), as a short number is (`_key_short`)."""
    types: dict[str, set[str]] = {}
    for m in mentions:
        if m.number_symbol:
            types.setdefault(m.number_symbol, set()).add(m.doc_type)
    ordered = sorted(types)  # the symbols that begin with one follow it
    full_of: dict[str, str] = {}
    for i in range(len(ordered) - 1):
        symbol, j = ordered[i], i + 1
        longer = []
        while j < len(ordered) and ordered[j].startswith(symbol):
            if ordered[j][len(symbol)] in "-/" and len(ordered[j]) > len(symbol) + 1:
                longer.append(ordered[j])
            j += 1
        if len(longer) == 1:
            full_of[symbol] = longer[0]
    if not full_of:
        return
    for m in mentions:
        full = full_of.get(m.number_symbol)
        if full and (m.doc_type in types[full] or m.doc_type in GENERIC_TYPES):
            m.number_symbol = full


def _key_numbered(mentions: list[Mention], registry: Registry) -> None:
    _complete_truncated(mentions)
    by_symbol: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.number_symbol:
            by_symbol.setdefault(m.number_symbol, []).append(m)
    for symbol, group in by_symbol.items():
        doc_type = next((g.doc_type for g in group if g.doc_type not in GENERIC_TYPES), group[0].doc_type)
        for g, year, date in zip(group, _years_of(symbol, group), _dates_apart(symbol, group)):
            key = symbol_key(doc_type, _symbol_completed(doc_type, symbol, g.issuer), year)
            key = f"{key} — {date}" if date else key
            row = registry.row_for_symbol(doc_type, symbol, year)
            if row is not None and row.doc_type == doc_type:
                key = row.key  # one key whichever type code the text writes (`04/2012/PL-UBTVQH13`)
            g.key, g.resolution = key, "symbol"
            g.year = g.year or year
            if g.doc_type in GENERIC_TYPES and doc_type not in GENERIC_TYPES:
                g.doc_type = doc_type


_BARE_NUMBER = regex.compile(r"\d{1,4}/((?:19|20)\d{2})")


def _symbol_completed(doc_type: str, symbol: str, issuer: str) -> str:
    """`43/2006` of a Nghị định of the Government → `43/2006/NĐ-CP`: a number written without its codes, where its type
    and issuer fix them (models/bare_number_suffixes.tsv); the symbol as written otherwise."""
    bare = _BARE_NUMBER.fullmatch(symbol) if "/" in symbol and symbol[-1].isdigit() else None
    if not bare:
        return symbol
    for row_type, issuers, first_year, suffix in _bare_number_suffixes():
        if row_type == doc_type and (key_fold(issuer) if issuer else "-") in issuers and int(bare.group(1)) >= first_year:
            return f"{symbol}/{suffix}"
    return symbol


@lru_cache(maxsize=1)
def _bare_number_suffixes() -> tuple[tuple[str, frozenset[str], int, str], ...]:
    return tuple((doc_type, frozenset(issuers.split("|")), int(first_year), suffix)
                 for doc_type, issuers, first_year, suffix in table_rows("bare_number_suffixes.tsv"))


def _years_of(symbol: str, group: list[Mention]) -> list[str]:
    """The year of each mention of one symbol in one text: the symbol's own, else its date's (or the
    year written after it); an
    undated mention is the document of the nearest dated one before it (after it, for the first):
    a text that cites `Chỉ thị số 02/CT-TTg ngày 04/7/2018` and `… ngày 15/11/2019` cites two."""
    own = symbol_year(symbol)
    if own:
        return [own] * len(group)
    dated = [g.issued_date[:4] or g.year for g in group]
    known = [y for y in dated if y]
    years, last = [], known[0] if known else ""
    for y in dated:
        last = y or last
        years.append(last)
    return years


def _dates_apart(symbol: str, group: list[Mention]) -> list[str]:
    """`Công văn số 12/PGDĐT ngày 05/8/2024 …` and `Công văn số 12/PGDĐT ngày 20/9/2024 …` in one text: a yearless
    number restarts every year at every body that shares its code, so dates of one year more than
    `DATES_APART_DAYS` apart are different documents (closer: one document's date mistyped). Each mention's
    document told apart by the first date of its group (an undated mention: the nearest dated one's before it,
    after it for the first), or "" where the text dates each year's number once (index.py does the same across the run)."""
    if symbol_year(symbol):
        return [""] * len(group)
    dates = [g.issued_date for g in group]
    first_of: dict[str, str] = {}
    split = False
    for year in {d[:4] for d in dates if d}:
        ordered = sorted({d for d in dates if d[:4] == year})
        start = ordered[0]
        for before, d in zip([""] + ordered, ordered):
            if before and _days_apart(before, d) > DATES_APART_DAYS:
                start, split = d, True
            first_of[d] = start
    if not split:
        return [""] * len(group)
    known = [d for d in dates if d]
    out, last = [], known[0]
    for d in dates:
        last = d or last
        out.append(first_of[last] if any(v != first_of[last] and v[:4] == last[:4] for v in first_of.values()) else "")
    return out


def _days_apart(a: str, b: str) -> int:
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days
    except ValueError:
        return 0


def _same_issuer(a: str, b: str) -> bool:
    """Whether two issuers are one body: the same name, or the body and its head's title over it (`Bộ Giáo dục và Đào
    tạo`, `Bộ trưởng Bộ Giáo dục và Đào tạo`: the minister signs the ministry's decisions)."""
    a, b = normalize_issuer(a), normalize_issuer(b)
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    return a == b or longer.endswith(" " + shorter) and is_bare_title(longer[:-len(shorter)])


def _key_short(mentions: list[Mention]) -> None:
    """`Quyết định 1237` after `Quyết định số 1237/QĐ-TTg`: the full mention's key."""
    for m in mentions:
        if m.short_number:
            # (a full mention's: not another short one's number and year, `Quyết định 60/2008` read before the full)
            target = next((f for f in mentions if f.number_symbol and not f.short_number and f.doc_type == m.doc_type
                           and rx(r"\d+").match(f.number_symbol).group(0) == m.short_number
                           and f.number_symbol[len(m.short_number):len(m.short_number) + 1] in "/-"
                           and (not m.year or f.year == m.year)), None)
            if target and m.issuer and target.issuer and not _same_issuer(m.issuer, target.issuer):
                target = None  # (two bodies' documents of one number and year: never one key)
            if target:
                m.key, m.number_symbol, m.year, m.resolution = target.key, target.number_symbol, target.year, "short"
            elif m.year and m.doc_type:
                # `Nghị định 43/2006 của Chính phủ` and no full mention: number and year identify it (a key of its own)
                m.number_symbol = f"{m.short_number}/{m.year}"
                # (its codes where type and issuer fix them: `Nghị định 43/2006/NĐ-CP`, one key with the whole writing)
                m.key = symbol_key(m.doc_type, _symbol_completed(m.doc_type, m.number_symbol, m.issuer))
                m.resolution = "number_year"
            elif m.doc_type and (m.issued_date or _names_a_body(m.issuer)):
                # `Công điện số 81 ngày 20/8/2024 của Thủ tướng Chính phủ`: a number that its issuer and date identify,
                # keyed with both (bodies number their letters each from one, every year)
                m.number_symbol = m.short_number
                qualifiers = ", ".join(q for q in (m.issuer, m.issued_date[:4]) if q)
                m.key, m.resolution = f"{m.doc_type} {m.short_number} ({qualifiers})", "number_issuer"


def _names_a_body(issuer: str) -> bool:
    """Whether `của …` names a body or its head (`của Bộ Chính trị`, `của Chủ tịch UBND tỉnh`), not another document
    (`phương án 1 của Chương trình Đại hội`, the options of a congress's programme)."""
    return bool(issuer) and (starts_with_org(issuer) or starts_with_org(without_title(issuer)))


def _key_named(mentions: list[Mention], citing: str, citing_date: str, registry: Registry) -> None:
    linked = _names_linked_to_numbers(mentions, registry)
    named = [m for m in mentions if m.name and not m.number_symbol]
    amending = [a for a in mentions if a.amending and a.number_symbol]
    for m in named:
        name = m.name
        m.year = m.year or m.issued_date[:4]
        amended = _version_amended(m, amending, registry) if amending else None
        if amended is not None:
            m.key, m.resolution = amended.key, "amended"
            continue
        base = name_base(m.doc_type, name)[0]
        target = linked.get(base)
        written_year = plausible_year(m.year, citing_date)
        if target and not (written_year and symbol_year(target) not in ("", written_year)):
            # (`Luật Đất đai năm 2013` in a text that cites `Luật Đất đai số 31/2024/QH15` is the 2013 law)
            m.key, m.resolution = target, "linked"
            continue
        version = registry.resolve(name, plausible_year(m.year, citing_date), citing_date)
        if version is not None:
            m.key = version.key
            m.doc_type = version.doc_type  # (`luật lao động`, a code's short name: its type is the code's, as its key)
            m.resolution = "year" if m.year and version.year == m.year else ("in_force" if citing_date else "only_version")
            continue
        m.key, m.resolution = national_congress_key(name) or name, "name"
        versions = registry.versions(name) if written_year and m.doc_type in LAW_LIKE else ()
        if versions and all(v.year and v.year > written_year for v in versions):
            # `Luật Doanh nghiệp năm 2000` where the registry knows the laws of 2014 and 2020 only: an
            # older law, never one of theirs. (A year between versions may be a budget year: `dự toán
            # thực hiện Pháp lệnh … năm 2018`.) Not a year the text dates the law by, for its other mentions.
            m.key, m.resolution = f"{name} ({written_year})", "older_year"
        elif m.year and m.doc_type in LAW_LIKE and not registry.versions(name):
            m.key = f"{name} ({m.year})"
        elif RELATIVE_NAME.search(name):
            # `… Đảng bộ huyện` names the citing body's own district: a different document for
            # every district, so the key carries who cites it.
            m.key += f" ({citing})"
    _undated_as_the_text_dates_them(mentions, citing_date)


def _version_amended(m: Mention, amending: list[Mention], registry: Registry):
    """`Luật sửa đổi, bổ sung một số điều của Luật Hải quan số 42/2005/QH11`: the `Luật Hải quan` its
    name lists is the version that law amended (the registry's `amended_by`), whatever the citing date."""
    for a in amending:
        if a.start < m.start < a.end:
            found = [v for v in registry.versions(m.name) if a.number_symbol in v.amended_by]
            return found[0] if len(found) == 1 else None
    return None


def _undated_as_the_text_dates_them(mentions: list[Mention], citing_date: str) -> None:
    """A law named without its year, and linked to no number of the text, is the version the same
    text names most often with its year or date (`Luật hải quan năm 2014` … `Luật hải quan`; `Luật Đất
    đai ngày 18 tháng 01 năm 2024` … `Luật Đất đai` in a decree of July 2024, before that law took
    effect), rather than the one in force on the citing date."""
    votes: dict[str, Counter] = {}
    for m in mentions:
        if m.name and not m.number_symbol and plausible_year(m.year, citing_date) and (
                m.resolution == "year" or m.resolution == "name" and m.key.endswith(f"({m.year})")):
            votes.setdefault(name_base(m.doc_type, m.name)[0], Counter())[m.key] += 1
    for m in mentions:
        if not m.name or m.number_symbol or m.year or m.resolution not in _REVISABLE:
            continue
        counted = votes.get(name_base(m.doc_type, m.name)[0])
        if counted:
            (key, _), = counted.most_common(1)
            if key != m.key:
                m.key, m.resolution = key, "text_year"


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
        if not m.number_symbol or m.doc_type not in LAW_LIKE or m.cue in _REPEALING_CUES:
            continue  # (`Luật này thay thế Luật Hải quan số 29/2001/QH10`: not the version the text means)
        row = registry.row_for_symbol(m.doc_type, m.number_symbol, m.year)
        forms = {name_base(row.doc_type, form)[0] for form in (row.name, *row.short_forms)} if row is not None else set()
        if m.name and (row is None or name_base(m.doc_type, m.name)[0] in forms):
            # (not `… của Luật Hải quan số 42/2005/QH11`, the number of the amending law whose name runs before it)
            linked[name_base(m.doc_type, m.name)[0]] = m.key
        if m.subject:
            linked.setdefault(name_base(m.doc_type, f"{m.doc_type} {m.subject}")[0], m.key)
        for form in forms:
            linked.setdefault(form, m.key)
    return linked


def complete_names(named: list[Mention], registry: Registry, defined: dict[str, str]) -> None:
    """Each name as the whole official name (shortforms.py): a truncation or acronym form completed
    from the registry when one official name fits it (or one of those that fit is written in full in
    the same text); acronyms the text defines spelled out. A name the registry does not know takes the
    one longer name of the text that starts with it. A different name for a known law (`Pháp lệnh dân
    chủ`) stays as written unless the text writes the official name too; its key still resolves
    through the registry. An alias the text gives a name (`(sau đây gọi tắt là Luật BVQLNTD)`) is
    that name."""
    written: dict[tuple[str, ...], tuple[str, str]] = {}
    for m in named:
        written.setdefault(name_tokens(m.name), (m.name, m.doc_type))
    # `Hiệp định Đối tác … Thái Bình Dương (sau đây gọi là Hiệp định CPTPP)`: the alias is the name.
    aliases = {name_tokens(m.alias): m.name for m in named
               if m.alias and name_tokens(m.alias)[:len(m.doc_type.split())] == name_tokens(m.doc_type)}
    full: dict[tuple[str, ...], str] = {}
    for tokens, (name, doc_type) in written.items():
        if tokens in aliases and aliases[tokens] != name:
            full[tokens] = aliases[tokens]
            continue
        spelled = _spell_out(doc_type, name, defined)
        fits = registry.completions(doc_type, spelled) if doc_type in LAW_TYPES else ()
        if len(fits) > 1:
            fits = tuple(f for f in fits if name_tokens(f) in written)
        elif not fits and ACRONYM.search(spelled):
            # `Luật KBCB` in a text that cites `Luật Khám bệnh, chữa bệnh số 15/2023/QH15`
            fits = tuple({n for t, (n, other) in written.items() if other == doc_type and t != tokens
                          and abbreviates(spelled, n, len(doc_type.split()))})
        if len(fits) == 1:
            full[tokens] = fits[0]
            continue
        official = registry.full_name(spelled)
        if official != spelled:
            # (or the official name is the written one with its type word whole: `Luật Lao động`, a Bộ luật's)
            if name_tokens(official) in written or name_tokens(official) == ("bộ", *tokens):
                full[tokens] = official
            continue
        longer = {t for t in written if len(t) > len(tokens) and t[:len(tokens)] == tokens}
        if not registry.versions(spelled) and len(longer) == 1:
            full[tokens] = written[longer.pop()][0]
        elif spelled != name:
            full[tokens] = spelled
    for m in named:
        name = m.name
        if not m.number_symbol:
            # (a qualifier ends in a year's digits: the pattern ending in `$` is tried only where the name does)
            name = strip_markup(QUALIFIER.sub("", name) if name.rstrip()[-1:].isdigit() else name)
        m.name = full.get(name_tokens(name), name)


def _spell_out(doc_type: str, name: str, defined: dict[str, str]) -> str:
    """`Luật BHYT` → `Luật Bảo hiểm y tế` where the text defines `(BHYT)`."""
    if not defined or doc_type not in LAW_TYPES:
        return name
    spelled = ACRONYM.sub(lambda a: defined.get(a.group(0), a.group(0)), name)
    return display_name(doc_type, spelled) if spelled != name else name
