"""Replacements the texts state: `Nghị định này … thay thế Nghị định số …`, `Luật số A thay thế Luật
số B`, `… (đã được thay thế bởi …)`, `… hết hiệu lực kể từ ngày Nghị định này có hiệu lực`: the
`replaced_by` of the documents so named (the citation index shows which plans cite them)."""
from __future__ import annotations

import regex

from ..lexicon import load
from ..point_marks import SLASH
from ..textfold import lowered
from .mention import Mention
from .resolve import symbol_key
from .symbols import type_from_symbol


def own_key(own_type: str, own_number: str, citing_date: str) -> str:
    """The key of the citing document, when it can replace another: it has a type and a number and
    is no consolidated text (`Văn bản hợp nhất` repeats the replacement clauses of what it
    consolidates; it replaces nothing itself)."""
    own_number = own_number.replace(" ", "")
    if not own_type or not own_number or "Văn bản hợp nhất" in (own_type, type_from_symbol(own_number)):
        return ""
    return symbol_key(own_type, own_number, citing_date[:4])


# `thay thế` between two documents: active (`Nghị định này … thay thế Nghị định số …`, `Luật số A
# thay thế Luật số B`) or passive (`… (đã được thay thế bởi …)`); `hết hiệu lực kể từ ngày <Type> này
# có hiệu lực` is a replacement by the citing document too.
_PASSIVE_BEFORE = regex.compile(r"(?:đã\s+)?(?:được|bị)\s+$")
_PASSIVE_AFTER = regex.compile(r"\s+(?:bởi|bằng)(?![\p{L}])")


def _replacement_cues(low: str):
    """(start, end, kind) of each `thay thế` (kind `active` or `passive`, the passive span taking in
    `được … bởi`) and each `hết hiệu lực` (kind `expires`), found by plain search: fast on long texts."""
    for word, kind in (("thay thế", "active"), ("hết hiệu lực", "expires")):
        pos = low.find(word)
        while pos >= 0:
            end = pos + len(word)
            if not (pos and low[pos - 1].isalpha()) and not (end < len(low) and low[end].isalpha()):
                start = pos
                if kind == "active":
                    before = _PASSIVE_BEFORE.search(low, max(0, pos - 12), pos)
                    after = _PASSIVE_AFTER.match(low, end)
                    if before and after:
                        start, end, kind_here = before.start(), after.end(), "passive"
                    else:
                        kind_here = "active"
                else:
                    kind_here = kind
                yield start, end, kind_here
            pos = low.find(word, pos + 1)
_THIS_DOCUMENT = regex.compile(r"(?i)(?<![\p{L}])([\p{L}]+(?:\s+[\p{L}]+){0,2})\s+này(?![\p{L}])")
_CLAUSE_END = regex.compile(r"[;\[\]]|\.(?:\s|$)")
_ITEM_MARKER = regex.compile(r"\s*(?:[a-zđ]\)|\d{1,2}[.)]|(?:\d{1,2}|[a-zđ])" + SLASH + r"|[-+•*])?\s*")
_SENTENCE_END = regex.compile(r"[\[\]]|\.(?:\s|$)|\n\s*\n")
_AND = regex.compile(r"(?i)(?<![\p{L}])và(?![\p{L}])")
_ADJACENT = 12  # characters between a document and the cue that names what it replaces or what replaced it


def assign_replacements(folded: str, mentions: list[Mention], own_key: str) -> None:
    """`replaced_by` of the mentions a `thay thế` / `hết hiệu lực` statement names, when the statement
    is about documents (`Cụm từ này bị thay thế bởi …`, a phrase, is not)."""
    top = [m for m in mentions if not m.nested]
    low = lowered(folded)  # the deadline and party stages lower the same text: once (cached)
    if not top or ("thay thế" not in low and "hiệu lực" not in low):
        return
    for cue_start, cue_end, kind in _replacement_cues(low):
        before = next((m for m in reversed(top) if m.end <= cue_start), None)
        # `A thay thế B`, `A (đã được thay thế bởi B)`; not `… bổ sung A và thay thế B`, whose subject
        # is a document before A.
        gap = folded[before.tail_end:cue_start] if before is not None and before.tail_end <= cue_start else None
        right_before = gap is not None and len(gap.strip(" ,(\n")) <= _ADJACENT \
            and not _AND.search(gap)
        if kind == "passive":
            after = _objects(folded, top, cue_end, first_gap=40)
            if right_before and after and after[0].key != before.key:
                before.replaced_by = before.replaced_by or after[0].key
            continue
        if kind == "expires":
            # `Nghị định số 04/2015/NĐ-CP hết hiệu lực kể từ ngày Nghị định này có hiệu lực`
            this = _THIS_DOCUMENT.search(folded, cue_end, min(len(folded), cue_end + 60))
            if right_before and own_key and this and _names_own_type(this.group(1), own_key):
                before.replaced_by = before.replaced_by or own_key
            continue
        replacer = before.key if right_before else _own_document_before(folded, cue_start, own_key)
        for m in _objects(folded, top, cue_end, first_gap=60) if replacer else ():
            if m.key != replacer:
                m.replaced_by = m.replaced_by or replacer


def _objects(folded: str, mentions: list[Mention], pos: int, first_gap: int) -> list[Mention]:
    """The documents a cue governs: the first mention right after it, and the others of its
    sentence listed with it (`… thay thế Thông tư số A ngày … ban hành …, và Thông tư số B …`; `các
    Quyết định số A …; Quyết định số B …`), not nested in a description; a clause after `;` that
    does not open with a document ends the list."""
    found: list[Mention] = []
    end = _SENTENCE_END.search(folded, pos)
    end = end.start() if end else len(folded)
    last = pos
    for m in mentions:
        if m.start < pos:
            continue
        gap = folded[last:m.start]
        if m.start >= end or (not found and len(gap) > first_gap) or (
                ";" in gap and not _ITEM_MARKER.fullmatch(gap[gap.rfind(";") + 1:])):
            break
        found.append(m)
        last = max(m.tail_end, m.end)
    return found


def _type_named(words: str) -> str:
    """The canonical type that `words` end with (`của Luật` → `Luật`), or ""."""
    words_list = words.lower().split()
    types = load().type_by_word
    return next((types[" ".join(words_list[i:])] for i in range(len(words_list))
                 if " ".join(words_list[i:]) in types), "")


def _names_own_type(words: str, own_key: str) -> bool:
    """`Thông tư này` names the citing document only when it is a Thông tư: `Luật này thay thế …`
    quoted in a Công văn speaks of the law it quotes."""
    named = _type_named(words)
    return bool(named) and own_key.startswith(named + " ")


def _own_document_before(folded: str, end: int, own_key: str) -> str:
    """The citing document, when the clause before the cue is about it (`Thông tư này có hiệu lực …
    và thay thế …`)."""
    if not own_key:
        return ""
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(folded, max(0, end - 200), end)), default=max(0, end - 200))
    return own_key if any(_names_own_type(m.group(1), own_key) for m in _THIS_DOCUMENT.finditer(folded, clause_start, end)) else ""
