"""The resolve stage: which document each mention refers to, as a key shared by every mention of
that document (`Nghị định 04/2015/NĐ-CP`, `Luật 10/2022/QH15`, `Luật Tiếp công dân`)."""
from __future__ import annotations

import regex

from ..lexicon import load
from ..textfold import rx, strip_markup
from .mention import Mention
from .names import QUALIFIER, RELATIVE_NAME, display_name, name_base


def assign_keys(mentions: list[Mention], citing: str) -> None:
    lex = load()
    by_symbol: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.number_symbol:
            by_symbol.setdefault(m.number_symbol, []).append(m)
    for symbol, group in by_symbol.items():
        doc_type = group[0].doc_type
        dated = next((g.issued_date for g in group if g.issued_date), "")
        issuer_code = rx(r"[-/]").split(symbol)[-1].upper()
        national = bool(rx(r"/\d{4}/").search(symbol)) or issuer_code.rstrip("0123456789") in lex.national_codes
        key = f"{doc_type} {symbol}"
        if not national and dated:
            key += f" ({dated[:4]})"
        for g in group:
            g.key = key
            g.doc_type = doc_type if g.doc_type in ("Công văn", "Văn bản") and doc_type not in ("Công văn", "Văn bản") else g.doc_type
    # Short mentions by number only.
    for m in mentions:
        if m.short_number:
            target = next((f for f in mentions if f.number_symbol and f.doc_type == m.doc_type
                           and regex.match(regex.escape(m.short_number) + r"[/-]", f.number_symbol)), None)
            if target:
                m.key, m.number_symbol = target.key, target.number_symbol
    # Named documents: one key per base name; linked to a numbered mention when the text links them.
    numbered_by_name: dict[str, str] = {}
    for m in mentions:
        if m.number_symbol and m.doc_type in ("Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết"):
            if m.name:
                numbered_by_name[name_base(m.doc_type, m.name)[0]] = m.key
            if m.subject:
                base = name_base(m.doc_type, f"{m.doc_type} {m.subject}")[0]
                numbered_by_name.setdefault(base, m.key)
    for m in mentions:
        if m.name and not m.number_symbol:
            base, _ = name_base(m.doc_type, m.name)
            linked = numbered_by_name.get(base)
            if not linked and m.subject:
                linked = numbered_by_name.get(name_base(m.doc_type, f"{m.doc_type} {m.subject}")[0])
            name = strip_markup(QUALIFIER.sub("", m.name))
            m.key = linked or display_name(m.doc_type, name)
            if not linked and RELATIVE_NAME.search(name):
                # `… Đảng bộ huyện` names the citing body's own district: a different document for
                # every district, so the key carries who cites it.
                m.key += f" ({citing})"


