"""A name written with a dash between its two fields (`Lao động - Thương binh và Xã hội`, `Văn hóa - Xã hội`: models/
sections.json `dash_names`), wrapped by a web page's or a PDF's lines right before its dash: `Giám đốc các Sở: Lao động`
⏎ `- Thương binh và Xã hội, Nội vụ, …`. The dash then opens the next line as a bullet would; the line break is made a
space again (the same length: no offset moves), so the name reads whole and no list item opens inside it."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import MODELS_DIR
from .source_lines import Edit

# a line break, then a dash and a space, then a word: where a wrapped name's second field may open the line
_DASH_OPENS_LINE = re.compile(r"\n[ \t]*-[ \t]+(?=\w)")


@lru_cache(maxsize=1)
def dash_names() -> tuple[str, ...]:
    """models/sections.json: names written with a dash (`Lao động - Thương binh và Xã hội`), in lower case."""
    with open(MODELS_DIR / "sections.json", encoding="utf-8") as handle:
        return tuple(name.lower() for name in json.load(handle)["dash_names"])


@lru_cache(maxsize=1)
def _fields_by_last_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """The two fields of each dash name, by the last word of the first (the word that ends the wrapped line)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name in dash_names():
        if " - " in name:
            first, second = (part.strip() for part in name.split(" - ", 1))
            out.setdefault(first.rsplit(" ", 1)[-1], []).append((first, second))
    return {word: tuple(pairs) for word, pairs in out.items()}


def wrapped_dash_names(text: str) -> list[Edit]:
    """The line breaks inside a dash name wrapped before its dash, each replaced by a space. (Most dashes that open a
    line are bullets after a line that ended its item, `;`, `.`, `:`: passed over at once.)"""
    edits: list[Edit] = []
    fields = _fields_by_last_word()
    for m in _DASH_OPENS_LINE.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == 0 or not text[end - 1].isalpha():
            continue
        before = text[max(0, end - 40):end].lower()
        pairs = fields.get(before.rsplit(None, 1)[-1] if before.strip() else "", ())
        if not pairs:
            continue
        after = text[m.end():m.end() + 40].lower()
        for first, second in pairs:
            if before.endswith(first) and after.startswith(second) and \
                    not before[len(before) - len(first) - 1:len(before) - len(first)].isalpha():
                edits.append((m.start(), m.start() + 1, " "))
                break
    return edits
