"""Split a normalized file into documents, along the genre's own boundaries.

A new document starts (1) after a closing block (`Nơi nhận:` list, `Lưu: VT`, signer title and
name) when the text that follows is a document of its own, or (2) at a second header block
(national motto with a filled-in `Số:`). Annexes, forms and regulations issued with a document
("ban hành kèm theo Quyết định này", `PHỤ LỤC`, `Mẫu số`) stay inside it.
"""
from __future__ import annotations

import re
from pathlib import Path

import regex

from .records import DocumentText
from .split_flat import CAPS_MOTTO, unflatten
from .textfold import anchored_matches, fold, lowered_for_finding, phrase_starts, rx

# The two anchors of a cut: the label's words are found in the lowered text (`str.find`), the motto is
# scanned for by the stdlib engine (several times faster than `regex` on it).
_NOI_NHAN = re.compile(r"(?im)^[ \t\f*_#|]*n[ơo]i nh[ậa]n\s*:?")
_NOI_NHAN_WORDS = ("i nh", ("nơ", "no"), ("ận", "an"))  # `n[ơo]i nh[ậa]n` lowered: middle, before, after
_FILLED_NUMBER = regex.compile(r"(?im)^[ \t]*S[ốo]\s*:\s*\d")
_DECLARES_ANNEX = regex.compile(
    r"(?i)kèm theo\s+(?:quyết định|nghị định|thông tư|nghị quyết|kế hoạch|công văn|chỉ thị|văn bản|quy chế|quy định)\s+này")
_ANNEX_HEAD = regex.compile(
    r"(?i)\bph[ụu] l[ụu]c\b|\bm[ẫa]u(?: số)?\b|\bdanh m[ụu]c\b|\bbi[ểe]u m[ẫa]u\b|\bghi chú\b|kèm theo|\(ban hành|^\s*(?:điều|chương)\s+\w+")
_PLACEHOLDER_NUMBER = regex.compile(r"(?im)^[ \t]*S[ốo]\s*:\s*[.…_/ ]")
_LIST_ITEM = regex.compile(r"^\s*[-+·•*–]")
_CLOSING_FORMULA = regex.compile(r"(?i)trên đây là|n[ơo]i nh[ậa]n")
_NAME_LINE = regex.compile(r"^\s*(?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*\s*$")
_CAPS_LINE = regex.compile(r"^[\s\p{Lu}\d.,&()\-–/:]+$")
_SIGNATURE_NOTE = regex.compile(r"(?i)^\s*\((?:đã ký|ký|kí)")


_DOCUMENT_BEFORE = 300  # letters the text before a cut holds when it is a document of its own


def _closing_block_end(text: str, pos: int) -> int:
    """Where the first line after the `Nơi nhận` line at `pos` that is ordinary prose again starts (-1
    when the block runs to the end of the text). Its lines are walked from there: no index of the
    text's lines is needed."""
    start = text.find("\n", pos)
    while start >= 0:
        start += 1
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        if line.strip() and not (_LIST_ITEM.match(line) or "Lưu" in line or _CAPS_LINE.match(line)
                                 or _NAME_LINE.match(line) or _SIGNATURE_NOTE.match(line)):
            return start  # neither blank nor a recipient, the kept copy, the signer's title or name
        start = end
    return -1


def _is_separate_document(previous: str, segment: str, declares_annex: bool, low_segment: str | None) -> bool:
    """`declares_annex`: the text before the cut says a plan or annex is issued with it. `low_segment`:
    the segment lowered (None when lowering cannot stand in for a case-insensitive match)."""
    head = segment.lstrip()[:400]
    # The lines just above the cut (signer block, annex titles) belong to the judgement too.
    above = "\n".join(line for line in previous[-400:].split("\n")[-8:] if not _LIST_ITEM.match(line))
    if declares_annex or _ANNEX_HEAD.search(above + "\n" + head[:160]):
        return False
    if _PLACEHOLDER_NUMBER.search(head):
        return False
    if not _has_letters(segment, 300):
        return False
    return _closes(segment, low_segment) or bool(_FILLED_NUMBER.search(head))


def _closes(segment: str, low_segment: str | None) -> bool:
    """Whether `_CLOSING_FORMULA` occurs in `segment`: `str.find` in its lowered form when there is one."""
    if low_segment is None:
        return _CLOSING_FORMULA.search(segment) is not None
    return "trên đây là" in low_segment or next(phrase_starts(low_segment, *_NOI_NHAN_WORDS), None) is not None


def _has_letters(text: str, count: int) -> bool:
    """Whether `text` holds at least `count` letters: counted in its first `4 * count` characters
    first, where a document that follows has them, and in all of it only when they fall short."""
    letter = rx(r"\p{L}")
    head = text[:4 * count]
    return len(letter.findall(head)) >= count or (len(head) < len(text) and len(letter.findall(text)) >= count)


def _labels(text: str, low: str | None) -> list[re.Match]:
    """`list(_NOI_NHAN.finditer(text))`: the label's words found with `str.find` in `low` (the lowered
    text, which the later stages lower too: textfold.lowered keeps it; None: the plain scan), tried at
    the start of their lines. The engine tried the pattern's `^` at every position of the text."""
    if low is None:
        return list(_NOI_NHAN.finditer(text))
    found: list[re.Match] = []
    end = 0
    for at in phrase_starts(low, *_NOI_NHAN_WORDS):
        start = text.rfind("\n", 0, at) + 1
        match = _NOI_NHAN.match(text, start) if start >= end else None
        if match:
            found.append(match)
            end = match.end()
    return found


def split_points(text: str, folded: str | None = None) -> list[int]:
    """Offsets where a new document starts (0 not included). `folded`: `fold(text)`, when known."""
    folded = fold(text) if folded is None else folded
    low = lowered_for_finding(folded)
    closings = _labels(text, low)
    # (the motto in capitals, as a header prints it, Nghị định 30/2020/NĐ-CP: case-sensitive, ten times cheaper, and
    # `… nước Cộng hòa xã hội chủ nghĩa Việt Nam` in running text stays out)
    mottos = list(CAPS_MOTTO.finditer(text, 200))
    if not closings and not mottos:
        return []
    candidates: set[int] = set()
    for match in closings:
        prose = _closing_block_end(text, match.start())
        if prose >= 0:
            candidates.add(prose)
    for match in mottos:
        window = text[match.start():match.start() + 600]
        if not _FILLED_NUMBER.search(window):
            continue
        # The header block starts at the issuer lines just above the motto.
        start = text.rfind("\n", 0, match.start()) + 1
        for _ in range(3):
            prev_end = start - 1
            if prev_end <= 0:
                break
            prev_start = text.rfind("\n", 0, prev_end) + 1
            line = text[prev_start:prev_end]
            if line.strip() and not _CAPS_LINE.match(line):
                break
            start = prev_start
        candidates.add(start)
    if not candidates:
        return []
    # Found once for the whole text: searching each growing prefix again was quadratic in the cuts.
    annexes = (_DECLARES_ANNEX.finditer(folded) if low is None
               else anchored_matches(_DECLARES_ANNEX, folded, ("kèm theo",), found_in=low))
    annex_ends = [(m.start(), m.end()) for m in annexes]
    ordered = sorted(candidates)
    points: list[int] = []
    last = 0
    for n, point in enumerate(ordered):
        if point <= last:
            continue
        end = ordered[n + 1] if n + 1 < len(ordered) else len(text)
        declares = any(last <= start and stop <= point for start, stop in annex_ends)
        if point - last < 4 * _DOCUMENT_BEFORE and not _has_letters(text[last:point], _DOCUMENT_BEFORE):
            continue  # a note over the page (`[Bản trích chữ tự động … — 4 trang …]`) is no document before the header
        if _is_separate_document(text[max(last, point - 400):point], text[point:end], declares,
                                 None if low is None else low[point:end]):
            points.append(point)
            last = point
    return points


def split_documents(path: str, text: str, encoding: str, stem: str | None = None) -> list[DocumentText]:
    stem = stem or Path(path).stem
    text = unflatten(text)  # a header a crawled page ran onto one line: broken at its parts (same length)
    folded = fold(text)  # once for the file: folding is word by word, so slices stay folded
    bounds = [0, *split_points(text, folded), len(text)]
    documents = []
    for part, (start, end) in enumerate(zip(bounds, bounds[1:]), start=1):
        body = text[start:end]
        documents.append(DocumentText(
            doc_id=stem if part == 1 else f"{stem}#{part}",
            source_path=path,
            part=part,
            text=body,
            folded=folded[start:end],
            encoding=encoding,
            file_start=start,
            file_end=end,
        ))
    return documents
