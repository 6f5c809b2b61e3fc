"""Names a document defines for its parties: `<full name> (gọi tắt là <short>)` and the group a plural short name
stands for (`các trường …, Trung tâm … (gọi chung: các đơn vị)`), read once per document by `parties.py`."""
from __future__ import annotations

import re

from . import party_names as names
from .party_forms import normalize
from .party_names import key, mention_at, name_end
from .party_text import PartyText

# `(sau đây gọi tắt là …)`, `(gọi chung: …)`, `(sau đây viết tắt là …)`: the short name a bracket defines
_ALIAS = re.compile(r"\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi\s+(?:(?:tắt|chung)\s*)?|viết\s+tắt\s*)(?:là|:)\s*[“\"]?([^()“”\"\n]{1,40}?)[”\"]?\s*\)")
_WORD_START = re.compile(r"\b\w")
_OWNED_BY = re.compile(r"thuộc\s+$")  # (not `của`: `Căn cứ chức năng, nhiệm vụ của Trung tâm … (sau đây gọi tắt là …)`)


def defined(text: PartyText) -> tuple[dict[str, str], dict[str, list[str]]]:
    """`<full name> (gọi tắt là <short>)`: the short name's key → the full name, for parties. The short name is
    keyed also as parties are, normalized: an abbreviation in it (`(sau đây gọi chung là BHXH các tỉnh)`) is read
    expanded where the document uses it (`BHXH các tỉnh có trách nhiệm …` → the defined name).
    And the groups: `các trường tiểu học, THCS, Trung tâm Văn hóa huyện (gọi chung: các đơn vị)` names a list of
    bodies with one plural short name; the short name's key → the names listed (`Các đơn vị báo cáo …` later is
    each of them)."""
    out = {}
    groups: dict[str, list[str]] = {}
    low, raw = text.low, text.text
    for m in _ALIAS.finditer(low):
        before = m.start()
        while before and low[before - 1] in " \t\n":
            before -= 1
        window = max(0, before - 150)
        short = key(m.group(1))
        full = _defined_name(raw, low, window, before, short, strict=True)
        if full is None:
            full = _defined_name(raw, low, window, before, short, strict=False)
        short_read = key(normalize(raw[m.start(1):m.end(1)]))
        if not (full and key(normalize(full)).startswith(short_read)):
            full = _opened_by_short(raw, low, window, before, short_read) or full
        if full and (_GROUP_SHORT.match(short) or "chung" in low[m.start():m.start(1)]):
            listed = _group_listed(text, before - len(full), before)
            if len(listed) > 1:
                groups[short] = groups[key(normalize(raw[m.start(1):m.end(1)]))] = listed
                continue
        if full and not _ALTERNATIVE.search(full):  # (`Quỹ A hoặc quỹ B (sau đây gọi là Quỹ C)`: a category, the
            # short name names it better)
            out[short] = out[key(normalize(raw[m.start(1):m.end(1)]))] = normalize(full)
    return out, groups


_GROUP_SHORT = re.compile(r"(?:các|những)\s")  # (a plural short name, or one `gọi chung`: a group of bodies)
_GROUP_JOINT = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")


def _group_listed(text: PartyText, last: int, before: int) -> list[str]:
    """The names of a list that ends with the name at `last` (running to the bracket at `before`): the earliest
    name of the clause from which names joined by commas or `và` run to `last`, each name in full."""
    low, raw = text.low, text.text
    for w in _WORD_START.finditer(low, text.clause_start(last), last):
        listed = []
        pos = w.start()
        while pos < last:
            mention = mention_at(raw, low, pos)
            end = name_end(raw, low, pos, mention.end, last) if mention else pos
            joint = _GROUP_JOINT.match(low, end) if end > pos else None
            if not joint or joint.end() > last:
                break
            listed.append(normalize(raw[pos:end]))
            pos = joint.end()
        if pos == last and listed:
            return [*listed, normalize(raw[last:before])]
    return []


def _opened_by_short(raw: str, low: str, window: int, before: int, short: str) -> str:
    """The name in the window that the short name opens, the rest of it left out (`Bảo hiểm xã hội các tỉnh, thành phố
    trực thuộc Trung ương;` ⏎ `- Bảo hiểm xã hội Bộ Quốc phòng; …` ⏎ `(Sau đây viết tắt là BHXH các tỉnh)`), whatever
    names stand between it and the bracket; '' when none."""
    for w in _WORD_START.finditer(low, window, before):
        mention = mention_at(raw, low, w.start())
        if not mention:
            continue
        name = normalize(raw[w.start():name_end(raw, low, w.start(), mention.end, before)])
        named = key(name)
        if " " in short and named.startswith(short) and len(named) > len(short) and not named[len(short)].isalnum():
            return name
    return ""


def _defined_name(raw: str, low: str, window: int, before: int, short: str, strict: bool) -> str | None:
    """The full name a bracket at `before` defines: the first name in the window that runs to the bracket (`strict`),
    or else the first whose head is the short name (`_named_by_head`). '' when the name read is only the owner of the
    body defined; None when no name is found."""
    for w in _WORD_START.finditer(low, window, before):
        mention = mention_at(raw, low, w.start())
        if not mention:
            continue
        if strict and name_end(raw, low, w.start(), mention.end, before) >= before - 1:
            if mention.end >= before - 1 and raw[w.start()].islower():
                continue  # `… quỹ tài chính khác của địa phương (sau đây gọi là …)`: a bare kind ends the phrase defined
            if _OWNED_BY.search(low, window, w.start()):
                return ""  # `cơ quan quản lý nhà thuộc Uỷ ban nhân dân cấp tỉnh (sau đây gọi chung là …)`: the name
                # read is only the owner of the body defined; no alias rather than the owner's name
            return raw[w.start():before]
        if not strict and _heads_short(low, w.start(), mention.end, short):
            # (the first name of the short name's head only: `Quỹ A cho Quỹ B …` is not read from `Quỹ B`)
            return raw[w.start():before] if _named_by_head(low, w.start(), mention.end, before) else None
    return None


_ALTERNATIVE = re.compile(r"\shoặc\s")
_DEFINED_NAME_BREAK = re.compile(r"[.;:()\n]")
_DEFINED_NAME_LONGEST = 160


def _heads_short(low: str, start: int, head_end: int, short: str) -> bool:
    """Whether the name's head at `start` is the short name defined, or opens it (`Ban Chỉ đạo quốc gia 1237`), and is
    a body's (not `cá nhân`, a kind of person)."""
    head = key(low[start:head_end])
    return bool(short) and (head.startswith(short) or short.startswith(head)) and \
        names.vocabulary().head_kind.get(head) in _BODY_HEAD_KINDS


_BODY_HEAD_KINDS = frozenset({"org", "known"})


def _named_by_head(low: str, start: int, head_end: int, before: int) -> bool:
    """`Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở xã (sau đây gọi là Ban Chỉ đạo)`: a name whose words after its
    head read as a task (`thực hiện …`) still runs to the bracket when the short name defined is its own head
    (`_heads_short`): the bracket says where the full name ends. Within one clause only."""
    if before - start > _DEFINED_NAME_LONGEST or _DEFINED_NAME_BREAK.search(low, start, before):
        return False
    # (`Quỹ A cho Quỹ B hoặc quỹ C (gọi chung là …)`, `Văn phòng X trong trường hợp Văn phòng X …`: the head written
    # again inside is another body or a condition, not one name)
    return not re.search(rf"(?<!\w){re.escape(low[start:head_end])}(?!\w)", low[head_end:before])
