"""The closing block of a document: who signs (title and name) and the `Nơi nhận` list.

The block is written `[KT.|TM.|TL.|Q. <authority>]` / `<TITLE>` / (signature) / `<Name>`, in the right
column opposite `Nơi nhận:`, or flattened onto one line by converters (`TM. ỦY BAN NHÂN DÂN TỈNH
CHỦ TỊCH Chẩu Văn Lâm`). The signer's title is the one a name follows; the title after `KT.` /
`TL.` names the superior the signer acts for, not the signer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from .frame_header import BODY_START, org_title_case, with_known_bodies
from .lexicon import load, starts_with_org
from .textfold import (base_letters, fold, line_start_matches, lowered_for_finding, phrase_starts, rx, squash,
                       strip_markup)

# The label, not prose about it (`Nơi nhận văn bản xác định …`); a page break may open the line.
_NOI_NHAN = regex.compile(r"(?im)^[ \t\f|*]*n[ơoô]i nh[ậaâ]n[ \t]*(?::|$)")  # OCR loses or swaps the marks
_NOI_NHAN_WORDS = regex.compile(r"(?i)n[ơoô]i nh[ậaâ]n")
_NOI_NHAN_LOWER = ("i nh", ("nơ", "no", "nô"), ("ận", "an", "ân"))  # its words lowered: middle, before, after
_NAME_WORD = r"\p{Lu}\p{Ll}+"
_NAME = regex.compile(rf"(?<![\p{{L}}])({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,4}})(?![\p{{L}}])(?![ \t]+\p{{Ll}})")
# The superior a deputy or delegate signs for: `KT. CHỦ TỊCH`, `TL. BỘ TRƯỞNG`; the Party writes `K/T`,
# `T/M`, `T/L` (Hướng dẫn 36-HD/VPTW, 1.7). An acting head signs in the head's title after `Q.`
# (Nghị định 30/2020/NĐ-CP, Phụ lục I): `Q. HIỆU TRƯỞNG` is the signer's own, `Quyền Hiệu trưởng`.
_DELEGATES = regex.compile(r"(?:(?:KT|TL|TUQ|TM)\s*\.|K/T|T/M|T/L|T/UQ)\s*$")
_ACTING = regex.compile(r"(?<![\p{L}])Q\s*\.\s*$")
# A deputy's `PHÓ` abbreviated before the head's title (`P. GIÁM ĐỐC`, `P.HIỆU TRƯỞNG`): `Phó Giám đốc`.
_DEPUTY = regex.compile(r"(?<![\p{L}])P\s*\.\s*$")
_SIGNED = r"(?i)\((?:đã ký|đã kí|ký|kí)[^)]*\)"  # `(Đã ký)`, `(ký, ghi rõ họ tên)`
_SIGNED_NOTE = regex.compile(r"^\s*" + _SIGNED)  # (opening the text it is matched on)
_SIGNED_NOTES = regex.compile(_SIGNED)
_COLUMN_GAP = regex.compile(r"\t| {3,}")
_KEPT_COPY = regex.compile(r"(?i)\bL[ưu]u\b\s*:?\s*VT|\bL[ưu]u\s*:")  # `Lưu: VT, …` closes the list
# Compiled at import (in a run, the parent's warm-up), not on the first document whose block needs them.
_COMMA_ONLY = regex.compile(r"^\s*,\s*$")
_COMMA_ON_THE_LINE = regex.compile(r"^[ \t]*,[ \t]*$")
_CLOSING_FORMULA = regex.compile(r"(?i)trên đây là")
_SIGNED_NAME = regex.compile(rf"(?m)^[ \t|]*({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,4}})[ \t]*\((?:Đã ký|đã ký|Đã kí|đã kí)\)")
# Its note, which the stdlib engine skips to from its `(`: the name is tried only at the start of its line.
_SIGNED_NOTE_WORDS = re.compile(r"\((?:Đã ký|đã ký|Đã kí|đã kí)\)")


@dataclass(frozen=True, slots=True)
class Signature:
    title: str
    name: str
    anchor: int  # offset of `Nơi nhận` (-1 when absent)


@lru_cache(maxsize=1)
def _title_pattern() -> regex.Pattern:
    """A title in capitals: a deputy's `PHÓ` before it, and a standing deputy's `THƯỜNG TRỰC` after it
    on the same line (`PHÓ CHỦ TỊCH THƯỜNG TRỰC`)."""
    titles = "|".join(_wrappable(t, regex.escape) for t in load().signer_titles)
    return regex.compile(rf"(?<![\p{{L}}])(?:PHÓ\s+(?:{titles})(?:[ \t]+THƯỜNG TRỰC)?|(?:{titles}))(?![\p{{L}}])")


@lru_cache(maxsize=1)
def _title_openings() -> re.Pattern:
    """The words a title of `_title_pattern` opens with (`PHÓ` or the title), for the stdlib engine, which
    skips to capitals; the `regex` engine tried the title pattern's look-behind at every position."""
    return re.compile("|".join(["PHÓ", *(_wrappable(t, re.escape) for t in load().signer_titles)]))


def _wrappable(title: str, escape) -> str:
    """A title's words, a line break allowed between them: a narrow signature column wraps the long ones
    (`CHỦ TỊCH` ⏎ `NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`)."""
    return r"(?:[ \t]*\n[ \t]*|[ \t]+)".join(escape(word) for word in title.split())


def _titles(text: str):
    """`_title_pattern().finditer(text)`, the pattern tried only where `_title_openings` finds a title's
    first word."""
    pattern, openings = _title_pattern(), _title_openings()
    pos = 0
    while (opening := openings.search(text, pos)) is not None:
        match = pattern.match(text, opening.start())
        if match is None:
            pos = opening.start() + 1
        else:
            yield match
            pos = match.end()  # a title is never empty


def _title_case_role(caps: str) -> str:
    """`PHÓ TRƯỞNG PHÒNG` → `Phó Trưởng phòng`; `HIỆU TRƯỞNG` → `Hiệu trưởng`; `PHÓ TỔNG GIÁM ĐỐC` →
    `Phó Tổng Giám đốc` (`Tổng` + a title is one title, but `Tổng cục` names a unit: `Tổng cục
    trưởng`); `… THƯỜNG TRỰC` → `… Thường trực`."""
    words = squash(caps).lower().split(" ")
    capital = {0} | ({1} if words[0] == "phó" else set())
    capital |= {i + 1 for i, word in enumerate(words[:-1]) if i in capital and word == "tổng" and words[i + 1] != "cục"}
    if words[-2:] == ["thường", "trực"]:
        capital |= {len(words) - 2}
    return with_known_bodies(" ".join(w.capitalize() if i in capital else w for i, w in enumerate(words)))


@lru_cache(maxsize=1)
def _rank_prefix() -> regex.Pattern:
    """An officer's rank or an academic title before a name (models/signer_ranks.txt), in any case."""
    ranks = "|".join(regex.escape(r) for r in load().signer_ranks)
    return regex.compile(rf"(?i)^[ \t]*(?:{ranks})(?:[ \t]+|(?<=\.))(?=\p{{Lu}})")


def _without_rank(phrase: str) -> str:
    """`Thiếu tướng Trương Minh Đương` → `Trương Minh Đương`: the name after a rank or degree."""
    return phrase[rank.end():] if (rank := _rank_prefix().match(phrase)) else phrase


_VOWEL = regex.compile(r"(?i)[aeiouy]")


def _is_name(phrase: str, placed: bool = False) -> bool:
    """A person's name: 2–5 capitalised words (or the same in capitals), nothing else. `placed`: the
    block's layout puts a name there (it ends the line of the signer's title), so a family name outside
    models/surnames.txt (`Tố Hữu`) is taken too."""
    words = squash(strip_markup(phrase)).split(" ")
    if not 2 <= len(words) <= 5 or any(not w[:1].isupper() or not w.isalpha() for w in words):
        return False
    if any(not _VOWEL.search(base_letters(w)) for w in words):
        return False  # every syllable of a name has its vowel; an abbreviation has none (`DANH MỤC TTHC ĐÃ CÔNG BỐ`)
    if phrase.strip().isupper():
        words = [w.capitalize() for w in words]
    caps = fold(phrase).upper()
    if any(t in caps for t in load().signer_titles):
        return False
    if starts_with_org(" ".join(words)) and not _family_name_of_a_head(words):
        return False
    # A known family name, or the middle names that only persons carry.
    return placed or words[0] in load().surnames or any(w in ("Thị", "Văn") for w in words[1:-1])


def _family_name_of_a_head(words: list[str]) -> bool:
    """`Đoàn Ngọc Lâm`: a family name that is also a body's head (`Đoàn`), before given names; not the words of a body's
    name (`Đoàn Thanh Niên`, every word after the head one of models/org_words.txt)."""
    return words[0] in load().surnames and not all(w.lower() in load().org_words for w in words[1:])


def _as_name(phrase: str) -> str:
    words = squash(strip_markup(phrase)).split(" ")
    return " ".join(w.capitalize() if phrase.strip().isupper() else w for w in words)


def _right_column(line: str) -> str:
    """The signature column of a line laid out in two columns (`- Như trên;      VỤ TRƯỞNG`)."""
    parts = [p for p in _COLUMN_GAP.split(line.strip()) if p.strip()]
    return parts[-1].strip() if parts else ""


def _name_after(text: str, pos: int) -> str:
    """The signer's name right after a title: on the same line (flattened blocks), else on one of the
    next lines, alone or in the right column, skipping a `(Đã ký)` note; list items are recipients."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[pos:line_end]
    # A flattened block may carry the unit's name between title and name (`VỤ TRƯỞNG VỤ KẾ HOẠCH -
    # TÀI CHÍNH Phạm Quang Phụng`).
    # (not a degree in capitals before the name: `PHÓ HIỆU TRƯỞNG GS.TS Nguyễn Trung Việt`)
    rest_start = _without_rank(rest.lstrip(" \t:"))
    if rest_start == rest.lstrip(" \t:"):
        rest = rest[len(_caps_run(rest)):] if _caps_run(rest) else rest
        rest_start = _without_rank(rest.lstrip(" \t:"))
    signed = _SIGNED_NOTE.match(rest_start)
    if signed:  # `PHÓ HIỆU TRƯỞNG (đã ký) GS.TS Nguyễn Trung Việt`: the block flattened onto one line, its note kept
        rest_start = _without_rank(rest_start[signed.end():].lstrip(" \t"))
    match = _NAME.match(rest_start)
    if match:
        after = rest_start[match.end():].strip(" \t|")
        if _is_name(match.group(1), placed=not after or after.startswith("(")):
            return squash(match.group(1))
    if rest.strip() and not _SIGNED_NOTE.match(rest):
        return ""
    seen = 0
    for line in text[line_end + 1:line_end + 600].split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > 6:
            break
        if _SIGNED_NOTE.match(line.strip()):
            continue
        name = _name_on_line(line)
        if name:
            return name
    return ""


def _name_on_line(line: str) -> str:
    """The name a line holds alone, or in its right column, before a `(Đã ký)` note; a list item
    (`- Thứ trưởng Nguyễn Văn Hồi (để b/c);`) names a recipient, not the signer."""
    whole = "" if line.lstrip(" |").startswith(("-", "+", "*", "•")) else line.strip(" |")
    for phrase in (whole, _right_column(line)):
        phrase = _without_rank(rx(r"\s*\(").split(_SIGNED_NOTE.sub("", phrase))[0].strip())
        if phrase and _is_name(phrase):
            return _as_name(phrase)
    return ""


def _caps_run(text: str) -> str:
    """The leading run of words in capitals (`VỤ KẾ HOẠCH - TÀI CHÍNH` before a name)."""
    match = rx(r"^[ \t]*(?:(?:\p{Lu}{2,}|\p{Lu}(?=[ \t])|[-–,&])[ \t]*)+").match(text)
    return match.group(0) if match and match.group(0).strip() else ""


def _extended_title(text: str, match: regex.Match) -> str:
    """`VỤ TRƯỞNG` / `VỤ CẢI CÁCH HÀNH CHÍNH` → `Vụ trưởng Vụ Cải cách hành chính`: a head of a unit
    whose title names the unit (Vụ trưởng, Cục trưởng, Viện trưởng) signs with the unit's name; an
    acting head (`Q. GIÁM ĐỐC`) is `Quyền Giám đốc`, a deputy written `P. GIÁM ĐỐC` is `Phó Giám đốc`."""
    title = text[match.start():match.end()]
    if _ACTING.search(text[max(0, match.start() - 6):match.start()]):
        return "Quyền " + _title_case_role(title)
    if _DEPUTY.search(text[max(0, match.start() - 6):match.start()]) and not title.startswith("PHÓ"):
        return _title_case_role("PHÓ " + title)
    words = title.split()
    if len(words) != 2 or words[1] != "TRƯỞNG":
        return _title_case_role(title)
    unit_word = words[0]
    after = text[match.end():match.end() + 200]
    same_line, _, below = after.partition("\n")
    candidates = [same_line.strip()] + [_right_column(line) for line in below.split("\n")[:2]]
    for candidate in candidates:
        unit = _caps_run(candidate).strip(" ,")
        if unit.startswith(unit_word + " "):
            return f"{_title_case_role(title)} {org_title_case(unit)}"
        if candidate:
            break
    return _title_case_role(title)


def _recipients_end(text: str, anchor: int) -> int:
    """Where the `Nơi nhận` list ends (its `Lưu` line), at most 3000 characters on."""
    kept = _KEPT_COPY.search(text, anchor, anchor + 3000)
    if not kept:
        return anchor
    line_end = text.find("\n", kept.end())
    return len(text) if line_end < 0 else line_end


# A signature column run onto a `Nơi nhận` line with one space (a PDF's borderless table read line by line: `- Như trên;
# VỤ TRƯỞNG`, `Nơi nhận: TL. BỘ TRƯỞNG`, `- Lưu: VT, CCHC. Phạm Minh Hùng`): after the item's closing mark, a title in
# capitals (a delegation's mark before it) or a name in title case ends the line.
# (a run of capitals holds a Vietnamese letter: `VỤ TRƯỞNG`, not the archive's `- Lưu: VT, TCCB`)
_RUN_ON_COLUMN = regex.compile(
    rf"^([ \t|]*(?:[-+·•*–]|(?i:n[ơoô]i nh[ậaâ]n)\b)[^\n]*?[;.:)])[ \t]+(?=(?:(?:KT|TL|TUQ|TM|Q)[ \t]*\.[ \t]*)?"
    rf"(?=[^\n]*[^\x00-\x7f])\p{{Lu}}{{2,}}(?:[ \t,&–-]+\p{{Lu}}{{2,}})*[ \t]*$"
    rf"|{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,4}}[ \t]*$)")


def _columns_regained(block: str) -> str:
    """The block with a column gap where a signature column runs onto a `Nơi nhận` line (`_RUN_ON_COLUMN`), as a
    text laid out in columns writes it (`- Như trên;      VỤ TRƯỞNG`)."""
    lines = block.split("\n")
    for i, line in enumerate(lines):
        # (most lines end in their item's mark, or hold no item: tested before the pattern is tried)
        tail = line.rstrip()
        if tail and tail[-1].isalpha() and line.lstrip(" \t|")[:1] in _ITEM_OPENINGS:
            lines[i] = _RUN_ON_COLUMN.sub(r"\1    ", line, count=1)
    return "\n".join(lines)


_ITEM_OPENINGS = frozenset("-+·•*–Nn")  # a bullet, or `Nơi nhận`'s first letter
# A web page that ran the signer's name onto the title above it (`CHÁNH VĂN PHÒNGThái Hữu Phép`): the name, to the
# line's end, after a title in capitals.
_GLUED_NAME = regex.compile(rf"(?m)(\p{{Lu}}\p{{Lu}})({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,4}}[ \t]*)$")


def _name_unglued(block: str) -> str:
    return _GLUED_NAME.sub("\\1\n\\2", block) if block else block


def _read_block(text: str, folded_text: str, start: int, end: int) -> tuple[str, str]:
    """(title, name) of the signature block in `text[start:end]` (`folded_text`: `fold(text)`): the
    first title of the signer's own followed by a name, else the last title and the last name standing
    alone."""
    region = _columns_regained(text[start:end])
    folded = _columns_regained(folded_text[start:end])
    title, name = _read_region(region, folded)
    if not name and _GLUED_NAME.search(region):  # (the rare page that ran the name onto its title: read again)
        title, name = _read_region(_name_unglued(region), _name_unglued(folded))
    return title, name


def _read_region(region: str, folded: str) -> tuple[str, str]:
    """`_read_block`'s reading of its region (`folded`: the region folded)."""
    found = list(_titles(folded))
    # Titles a deputy or delegate signs for (`KT. CHỦ TỊCH`, `KT. BỘ TRƯỞNG, CHỦ NHIỆM`) are not the
    # signer's.
    own = []
    delegated = None
    for match in found:
        before = folded[max(0, match.start() - 8):match.start()]
        if _DELEGATES.search(before) or (delegated is not None
                                         and _COMMA_ONLY.match(folded[delegated.end():match.start()])):
            delegated = match
            continue
        own.append(match)
    # A deputy's title right under the one it deputises for (`GIÁM ĐỐC` ⏎ `PHÓ GIÁM ĐỐC`) is a `KT.` block whose mark a
    # scan or a copy lost: the deputy signs.
    own = [m for i, m in enumerate(own) if not (
        i + 1 < len(own) and not folded[m.end():own[i + 1].start()].strip()
        and squash(own[i + 1].group(0)) == "PHÓ " + squash(m.group(0)))]
    for i, match in enumerate(own):
        name = _name_after(region, match.end())
        if not name:
            continue
        chosen = match
        # Two titles stacked over one name (`TRƯỞNG BAN` / `PHÓ THỦ TƯỚNG`): the upper one is the
        # capacity the document is signed in (a `(Đã ký)` note between them: `TM. HỘI ĐỒNG PHÓ CHỦ TỊCH` ⏎ `(Đã ký)` ⏎
        # `PHÓ HIỆU TRƯỞNG GS.TS …`, a converter's copy of the block).
        if i and not _SIGNED_NOTES.sub("", region[own[i - 1].end():match.start()]).strip(" \t\n#*_"):
            chosen = own[i - 1]
        # Two offices held together (`BỘ TRƯỞNG, CHỦ NHIỆM` of the Government's office) are one title.
        joint = own[i + 1] if i + 1 < len(own) else None
        if joint and _COMMA_ON_THE_LINE.match(folded[match.end():joint.start()]):
            return f"{_extended_title(region, match)}, {_extended_title(region, joint)}", name
        return _extended_title(region, chosen), name
    title = _extended_title(region, own[-1]) if own else ""
    # No title followed by a name: the last name alone on its line (or its column), or followed by
    # `(Đã ký)`.
    name = ""
    for line in region.split("\n"):
        name = _name_on_line(line) or name
    return title, name


def _first_signed(text: str) -> tuple[int, int] | None:
    """Where the first signature stands in a text without a `Nơi nhận` list (a decree or a law signs
    without one; a crawler keeps only `Võ Văn Kiệt (Đã ký)`): the first title in capitals with a name
    after it, or the first name noted as signed. Annexes and forms after it sign again."""
    for match in _titles(text):
        if _name_after(text, match.end()):
            line_start = text.rfind("\n", 0, match.start()) + 1
            return line_start, match.end() + 300
    for match in line_start_matches(_SIGNED_NAME, text, _SIGNED_NOTE_WORDS):
        if _is_name(match.group(1)):
            return match.start(), match.end()
    return None


def _first_label(text: str, folded: str) -> regex.Match | None:
    """`next(_NOI_NHAN.finditer(text))`: the label's words found with `str.find` in the lowered text
    (which the later stages lower too, textfold.lowered keeps it), tried at the start of their lines.
    The engine's case-insensitive scan of the whole text cost about a quarter of this stage."""
    low = lowered_for_finding(folded)
    if low is None:
        return next(line_start_matches(_NOI_NHAN, text, _NOI_NHAN_WORDS), None)
    for at in phrase_starts(low, *_NOI_NHAN_LOWER):
        match = _NOI_NHAN.match(text, text.rfind("\n", 0, at) + 1)
        if match:
            return match
    return None


_ANNEX_LINE = regex.compile(r"(?m)^[ \t]*PH[ỤU][ \t]+L[ỤU]C(?![\p{L}])")


def extract_signature(text: str, folded: str | None = None) -> Signature:
    """`folded`: `fold(text)`, when known."""
    folded = fold(text) if folded is None else folded
    anchor = _first_label(text, folded)
    title = ""
    if anchor:
        end = max(anchor.start() + 900, _recipients_end(text, anchor.start()) + 400)
        # (not into an annex that follows the block: `PHỤ LỤC:` ⏎ `DANH MỤC …` ⏎ `(Kèm theo Quyết định số …)`)
        annex = _ANNEX_LINE.search(text, anchor.end(), end)
        end = annex.start() if annex else end
        title, name = _read_block(text, folded, max(0, anchor.start() - 700), min(len(text), end))
        if name:
            return Signature(title, name, anchor.start())
    signed = _first_signed(folded)
    if signed:
        found_title, name = _read_block(text, folded, *signed)
        return Signature(found_title or title, name, anchor.start() if anchor else -1)
    if anchor:
        return Signature(title, "", anchor.start())
    closing = list(_CLOSING_FORMULA.finditer(text))
    start = closing[-1].start() if closing else max(0, len(text) - 1500)
    # A page cut before its signature: the enacting authority over the preamble (`BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO`
    # ⏎ `Căn cứ …`) is no signer's title; a block signs after the body's start.
    body = BODY_START.search(text)
    title, name = _read_block(text, folded, max(start, body.start() if body else 0), len(text))
    return Signature(title, name, -1) if name else _portal_signer(text) or Signature(title, name, -1)


# A document portal's field above a post whose signature block it left out (`Người ký văn bản:` ⏎ `Phạm Đình Nam - Phó
# Chủ tịch UBND phường …`, `Nơi ban hành: Tỉnh Bắc Ninh Người ký: Nguyễn Tiến Nhường`)
_PORTAL_SIGNER = regex.compile(r"(?i)(?<![\p{L}])người[ \t]+ký(?:[ \t]+văn[ \t]+bản)?[ \t]*:\s*(\p{Lu}[^\n]{2,150})")
_PORTAL_REACH = 1500  # (the portal's fields stand above the post's text)
_NAME_WORDS = regex.compile(r"\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){1,4}")


def _portal_signer(text: str) -> Signature | None:
    """The signer a portal's field names: a person's name (a typist's stray capital mended: `Phạm ĐÌnh Nam`), then
    the title after a dash where one is written (`- Phó Chủ tịch UBND phường …`: the title without its body)."""
    field = _PORTAL_SIGNER.search(text, 0, _PORTAL_REACH)
    words = _NAME_WORDS.match(field.group(1)) if field else None
    if words is None:
        return None
    name_words = words.group(0).split()
    for size in range(len(name_words), 1, -1):  # (the words of the next field may follow on the line: `… Ngày ban`)
        name = " ".join(w[:1] + w[1:].lower() for w in name_words[:size])
        if _is_name(name):
            break
    else:
        return None
    rest = field.group(1)[words.end():]
    dash = regex.match(r"[ \t]*[-–][ \t]*", rest) if len(name_words) == size else None
    title = _titles(fold(rest[dash.end():]).upper()) if dash else None
    found = next(title, None) if title else None
    return Signature(_title_case_role(found.group(0)) if found and found.start() == 0 else "", name, -1)


_BULLET = regex.compile(r"[-+·•*–]?\s*")
# A signature block a crawler flattened onto the list's last line (`- Lưu: VT, TXNK (30b) KT. TỔNG CỤC TRƯỞNG …`).
_DELEGATE_OPENING = regex.compile(r"(?<![\p{L}])(?:KT|TL|TUQ|TM|Q)\s*\.\s*\p{Lu}{2,}|K/T|T/M|T/L")


def _without_signature(item: str) -> str:
    """A recipient item without the signature block run on after it."""
    block = _DELEGATE_OPENING.search(item) or next(_titles(item), None)
    return item[:block.start()] if block else item


def recipients(text: str, anchor: int) -> str:
    """The `Nơi nhận` list, `;`-separated: its left column where the signature block stands beside it
    (`- Như trên;                 PHÓ GIÁM ĐỐC`)."""
    if anchor < 0:
        return ""
    body = rx(r"(?i)^[ \t|*]*n[ơo]i nh[ậa]n\s*:?").sub("", _columns_regained(text[anchor:anchor + 2000]), count=1)
    items = []
    open_item = ""  # the last item's line as written (its closing mark tells whether it goes on below)
    for line in body.split("\n"):
        stripped = line.strip()
        if "   " in stripped or "\t" in stripped:  # two columns (substring tests: most lines hold one)
            lead = _BULLET.match(stripped).end()  # the gap after a bullet (`-   Lưu VP`) is no column's
            stripped = stripped[:lead] + _COLUMN_GAP.split(stripped[lead:], 1)[0]
        if not stripped:
            continue
        if not rx(r"[-+·•*–]").match(stripped):
            if _SIGNED_NOTE.match(stripped) or (items and (stripped.isupper() or _is_name(stripped)
                                                           or _DELEGATE_OPENING.match(stripped))):
                continue  # the signature column on a line of its own, between the list's items
            joined = open_item.endswith(",")
            if items and (joined or open_item.endswith((" và", "&")) or rx(r"\p{Ll}|\((?!\d)").match(stripped)) \
                    and not open_item.endswith((";", ".")) and len(stripped) <= 120:
                # an item wrapped onto the next line (`- Các bộ, cơ quan: Tư pháp, Tài chính, Khoa học` ⏎ `và Công
                # nghệ, Văn phòng Chính phủ (để P/H);`)
                items[-1] = squash(items[-1] + (", " if joined else " ") + stripped).strip(" ;.,")
                open_item = stripped.rstrip()
                continue
            if items or len(stripped) > 80:
                break
            continue
        open_item = stripped
        kept_copy = "Lưu" in stripped  # the list's last line, where a flattened signature block runs on
        for part in rx(r"(?<=;)\s*[-–]\s+").split(stripped):
            item = rx(r"^[-+·•*–]\s*").sub("", part)
            item = squash(_without_signature(item) if kept_copy else item).strip(" ;.,")
            if item:
                items.append(item)
        if kept_copy:
            break
    return ";".join(items)
