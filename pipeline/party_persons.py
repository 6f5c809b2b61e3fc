"""Persons a school's or a commune's plan names by honorific and name over a task, no post given: the doers after a
task's colon (`+ Trang điểm, và thay đồ múa cho học sinh: Cô Thanh Vân, cô Hằng, cô Ngọc Hà, cô Hiền.`, `- Chuẩn bị
hoa …: Do cô Mai Thị Duyên và thầy Trần Công Mẫn phụ trách.`) and in the bracket that closes a programme's line (`-
Ổn định tổ chức, đón học sinh lớp 6 từ 7h15’ – 7h30’ (Đ/c Hùng.)`). The party is the person as addressed (`Cô Hằng`,
`Đồng chí Hùng`): where a post comes with the name, the post is the party (party_names, `Đồng chí Nguyễn Văn An, Phó
Chủ tịch …`), so this reads only what names no post and no body."""
from __future__ import annotations

import re
from functools import lru_cache

from .party_names import PREDICATE, cue_at, key, mention_at, table_rows, vocabulary

_SEPARATOR = re.compile(r"[ \t]*(?:,|;|\+|\bvà\b)[ \t]*")
_WORD = re.compile(r"[^\W\d_]+")
_MOST_WORDS = 4  # a full name (`Mai Thị Duyên`, `Trần Công Mẫn`); a given name alone (`Hằng`, `Thanh Vân`)
_AGENT = re.compile(r"do[ \t]+")  # `Do cô … phụ trách`: the agent of the task before the colon


@lru_cache(maxsize=1)
def one_person_honorifics() -> tuple[str, ...]:
    """The honorifics of models/party_heads.tsv that address one person (not `các …`, not `đại diện`), longest first."""
    return tuple(h for h in vocabulary().honorifics if not h.startswith("các ") and h != "đại diện")


@lru_cache(maxsize=1)
def _spelt_out() -> dict[str, str]:
    """How an abbreviated honorific is spelt out in a person's party name (models/party_heads.tsv, third column); the
    rest are capitalised as written."""
    return {key(row[0]): row[2] for row in table_rows("party_heads.tsv") if row[1:2] == ["honorific"] and len(row) > 2}


def person_at(text: str, low: str, pos: int) -> tuple[int, str] | None:
    """The person named at `pos` by an honorific and a capitalised name (`cô Ngọc Hà`, `Đ/c Hùng`), no post nor body
    after it: (end, name as addressed), else None."""
    if pos and low[pos - 1].isalnum():
        return None
    honorific = next((h for h in one_person_honorifics() if low.startswith(h + " ", pos)), None)
    if honorific is None:
        return None
    at, end, words = pos + len(honorific) + 1, 0, []
    while len(words) < _MOST_WORDS:
        while at < len(low) and low[at] in " \t":
            at += 1
        word = _WORD.match(text, at)
        if not word or not word.group()[0].isupper() or (words and key(word.group()) == "và"):
            break
        words.append(word.group())
        at = end = word.end()
    if not words or mention_at(text, low, pos + len(honorific) + 1):
        return None  # (a post or a body after the honorific: `Đồng chí Phó Chủ tịch`, read as the post)
    address = _spelt_out().get(honorific) or honorific[:1].upper() + honorific[1:]
    return end, f"{address} {' '.join(words)}"


def persons_listed(text: str, low: str, start: int, end: int,
                   until_predicate: bool = False) -> list[tuple[int, int, str]]:
    """The persons named from `start` to `end` and nothing else but separators (`Cô Thanh Vân, cô Hằng và thầy Tùng`),
    each (start, end, name); [] when anything else is written there. `until_predicate`: the persons before the verb that
    ends the value (`cô Mai Thị Duyên và thầy Trần Công Mẫn phụ trách`)."""
    out, pos = [], start
    while True:
        person = person_at(text, low, pos)
        if person is None:
            return []
        out.append((pos, person[0], person[1]))
        separator = _SEPARATOR.match(low, person[0], end)
        if person[0] < end and separator and separator.end() > person[0]:
            pos = separator.end()
            continue
        if until_predicate:
            verb = cue_at(low, person[0] + 1, PREDICATE) if low.startswith(" ", person[0]) else None
            return out if verb and not low[verb[1]:end].strip(" \t.;") else []
        return out if not low[person[0]:end].strip(" \t.;") else []


def doers_after_colon(text: str, low: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The persons a task's line names after its colon: the whole value (`Cô Thanh Vân, cô Hằng.`), or its agent before
    the verb of charge (`Do cô Mai Thị Duyên và thầy Trần Công Mẫn phụ trách.`); [] otherwise."""
    agent = _AGENT.match(low, start)
    return persons_listed(text, low, agent.end(), end, until_predicate=True) if agent else \
        persons_listed(text, low, start, end)
