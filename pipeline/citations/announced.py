"""Lists a cue announces on a line of its own (`Căn cứ:`, `1. Căn cứ:`, `Căn cứ các văn bản sau:`, `Thực hiện các văn
bản chỉ đạo sau:`), one document an item: each item's document is the cue's object, as if written right after it.
Items are marked (`-`, `+`, `1.`, `a)`) or not (a line that opens with the document after an item's `;`), and an
item's line may be wrapped (`… Điều lệ trường mầm` ⏎ `non;`)."""
from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import load
from ..point_marks import NUMBER_CLOSE

# The mark of a list item opening its line, and the few words before the document it names (`- Các Nghị định …`):
# the whole of a line up to the document (`.fullmatch` from the line's start: lines can be a page long).
# (or its number alone, the type word written on the announcing line: `Căn cứ các Quyết định của …:` ⏎ `- Số 749/…`)
_ITEM_OPENING = regex.compile(r"[ \t]*(?:[-+•*–]|(?:\d{1,2}|[a-zđ])" + NUMBER_CLOSE + r")[ \t]*(?:(?:các|Các)[ \t]+|[Ss]ố[ \t]*:?[ \t]*)?")
_ITEM_LINE = regex.compile(r"[ \t]*(?:[-+•*–]|(?:\d{1,2}|[a-zđ])[.)/])[ \t]")
# An announcing line: a cue (after a heading's number, `1. Căn cứ:`), then a few words and a colon that ends the line.
# (the cue may be carried on: `2. Tiếp tục triển khai các văn bản chỉ đạo của Sở Giáo dục và Đào tạo:`)
_ANNOUNCES = regex.compile(r"[ \t]*(?:(?:\d{1,2}|[a-zđ]|[IVX]+|[A-H])" + NUMBER_CLOSE + r"[ \t]*)?"
                           r"(?i:tiếp[ \t]+tục[ \t]+)?"
                           r"(?P<cue>(?i:căn cứ|thực hiện|triển khai))"
                           r"(?:[ \t]+[^\n:;.]{0,60})?:[ \t]*$"
                           # (or a numbered heading without its colon that names the documents: `I. Tiếp tục quán
                           # triệt, thực hiện các văn bản chỉ đạo` ⏎ `- Thông tư số 55/2011/TT-BGDĐT …`)
                           r"|[ \t]*(?:\d{1,2}|[IVX]+|[A-H])" + NUMBER_CLOSE + r"[ \t]*(?i:tiếp[ \t]+tục[ \t]+)?"
                           r"(?i:quán[ \t]+triệt[ \t]*,[ \t]*)?(?P<cue>(?i:căn cứ|thực hiện|triển khai))"
                           r"(?i:[ \t]*,[ \t]*(?:thực hiện|triển khai))?"
                           r"[ \t]+(?i:các[ \t]+)?(?i:văn[ \t]+bản)[^\n:;.]{0,40}$")
# A heading that says the items under it are the plan's bases (`Phần I` ⏎ `CĂN CỨ XÂY DỰNG KẾ HOẠCH`, `1. Căn cứ pháp
# lý`: a school's plan laid out as Thông tư 32/2020/TT-BGDĐT has it; `I. Căn cứ xây dựng kế hoạch.` with a heading's
# full stop; a part lettered `A.`, as section_markers reads A–H), no colon; not a document named after the cue.
_BASES_HEADING = regex.compile(r"[ \t]*(?:(?:\d{1,2}|[a-zđ]|[IVX]+|[A-H])" + NUMBER_CLOSE + r"[ \t]*)?"
                               r"(?P<cue>(?i:căn cứ))"
                               r"(?P<rest>[ \t]+[^\n:;.,\d]{0,40})?[ \t]*\.?[ \t]*$")
# A list's item that opens with its cue (`- Căn cứ Thông tư số …;`).
_CUED_ITEM = regex.compile(r"[ \t]*(?:[-+•*–]|(?:\d{1,2}|[a-zđ])" + NUMBER_CLOSE + r")[ \t]*"
                           r"(?P<cue>(?i:căn cứ|thực hiện|triển khai))[ \t]")
# How many lines of the list (items and the wrapped parts of them) are looked back over for the announcing line.
_LINES_BACK = 40
_ITEM_END = (";", ",")
# How an item's wrapped middle line opens: a word in lower case or a symbol's rest (`non;`, `32/2018/TT-…`, `05-CT/TW`)
_ITEM_MIDDLE = regex.compile(r"[ \t]*(?:\p{Ll}|\d{1,5}[ \t]*/[ \t]*\d|\d{1,5}-\p{Lu})")
_SENTENCE_END = (".", ":", "!", "?")


@lru_cache(maxsize=1)
def _type_words() -> tuple[str, ...]:
    return tuple(load().type_by_word)


def _opens_item(folded: str, begin: int, end: int) -> bool:
    """Whether the line folded[begin:end] opens an item of a list: a mark, or a document's type word."""
    return _ITEM_LINE.match(folded, begin, end) is not None \
        or folded[begin:min(end, begin + 40)].lstrip(" \t").lower().startswith(_type_words())


def _opens_its_item(folded: str, start: int, line_start: int) -> bool:
    """Whether the document at `start` opens an item: right after the mark of its line, or first on its line after a
    line that ended an item (`…;` ⏎ `Luật Trẻ em năm 2016;`) or announced the list, or one item of a line that runs
    several together (`_opens_run_on_item`)."""
    if _ITEM_OPENING.fullmatch(folded, line_start, start) or _attached_item().fullmatch(folded, line_start, start):
        return True
    if _opens_run_on_item(folded, start, line_start):
        return True
    if line_start == 0 or folded[line_start:start].strip():
        return False
    if folded[max(0, line_start - 8):line_start - 1].rstrip(" \t").endswith((";", ":")):
        return True
    # (right under a heading of bases, with its full stop or none: `I. Căn cứ xây dựng kế hoạch.`, `I. CĂN CỨ PHÁP LÝ`)
    above = folded.rfind("\n", 0, line_start - 1) + 1
    return _bases_heading(folded, above, line_start - 1) is not None


@lru_cache(maxsize=1)
def _attached_item() -> regex.Pattern:
    """An item that names the rules a document issued before the document (`1. Điều lệ trường trung học cơ sở …, ban
    hành kèm theo Thông tư số 32/2020/TT-BGDĐT …`, models/cues.json `attached_regulations`): the document is the item's."""
    rules = "|".join(regex.escape(r) for r in load().cues["attached_regulations"])
    return regex.compile(r"[ \t]*(?:[-+•*–]|(?:\d{1,2}|[a-zđ])" + NUMBER_CLOSE + r")[ \t]*(?i:" + rules + r")(?![\p{L}])"
                         r"[^;\n]{0,240}?[ \t,]*(?i:ban[ \t]+hành[ \t]+)?kèm[ \t]+theo[ \t]+")


# The end of one item before the next on the same line: its full stop or semicolon, a space.
_ITEM_SEAM = regex.compile(r"(?r)[.;][ \t]+")


def _opens_run_on_item(folded: str, start: int, line_start: int) -> bool:
    """A web copy that ran a list's items into one paragraph (`I. CĂN CỨ XÂY DỰNG KẾ HOẠCH` ⏎ `Thông tư số 52/… về …
    Điều lệ Trường Mầm non. Chỉ thị số 800/… . Công văn số 3676/…`): a document whose type word opens a sentence of a
    line that itself opens an item (with a mark or a type word), each item one sentence."""
    if start <= line_start or not _ITEM_SEAM.match(folded, line_start, start):
        return False
    return folded[start:start + 40].lower().startswith(_type_words()) and _opens_item(folded, line_start, start)


def listed_under_cue(folded: str, start: int, order) -> tuple[str, str] | None:
    """The (relation, cue) of the line that announces the list whose item the document at `start` opens; else None."""
    announced = announcing_line(folded, start)
    if announced is None:
        return None
    cue = announced.group("cue").lower()
    return next(((rel, phrase) for phrase, rel in order if phrase == cue), None)


def announcing_line(folded: str, start: int) -> regex.Match | None:
    """The line (`_ANNOUNCES`'s match) that announces the list whose item the document at `start` opens; else None.
    Looked back over are the list's lines: items (marked, or ending as an item ends, `;`) and the wrapped parts of
    an item (a line that ends without a sentence's punctuation, before a line that opens no item)."""
    line_start = folded.rfind("\n", 0, start) + 1
    if not _opens_its_item(folded, start, line_start):
        return None
    end = line_start - 1
    following_opens = True  # the line after the one looked at opens an item
    for _ in range(_LINES_BACK):
        if end <= 0:
            return None
        begin = folded.rfind("\n", 0, end) + 1
        announced = _ANNOUNCES.fullmatch(folded, begin, end) or _bases_heading(folded, begin, end)
        if announced is not None:
            return announced
        line = folded[begin:end].rstrip(" \t")
        cued = _CUED_ITEM.match(folded, begin, end) if line.endswith(_ITEM_END) else None
        if cued is not None:
            # (`- Căn cứ Thông tư số 16/2018/TT-BGDĐT …;` ⏎ `- Văn bản số 5027/UBND-VX …;`: the list's first item writes
            # the cue, the items after it go on with it)
            return cued
        if not line:  # (a blank line between the items, or under the heading)
            end = begin - 1
            continue
        # (nor does one that opens as an item's middle does: `32/2018/TT-BGDĐT … của Bộ GD&ĐT về ban hành` ⏎
        # `Chương trình Giáo dục phổ thông;`, the line below opening with a type word that is the title's; not a
        # heading, `I. MỤC ĐÍCH, YÊU CẦU`)
        wrapped = line and not line.endswith(_SENTENCE_END) and \
            (not following_opens or bool(_ITEM_MIDDLE.match(folded, begin, end)))
        # (an item may end with its full stop, `… đến năm 2025.` ⏎ `4. Nghị quyết số …`: the line before another item)
        ended = line.endswith(_ITEM_END) or following_opens and line.endswith(".")
        if not (_ITEM_LINE.match(folded, begin, end) or ended or wrapped):
            return _wrapped_bases_heading(folded, begin, line)
        following_opens = _opens_item(folded, begin, end)
        end = begin - 1
    return None


def _wrapped_bases_heading(folded: str, begin: int, line: str) -> regex.Match | None:
    """A heading of bases in capitals wrapped onto a second line (`I. CĂN CỨ XÂY DỰNG` ⏎ `KẾ HOẠCH`, a PDF's or a web
    copy's line ends): `line` (at `begin`) is the wrapped tail, the heading the line above."""
    if begin == 0 or not line.isupper() or len(line) > 40:
        return None
    above = folded.rfind("\n", 0, begin - 1) + 1
    heading = _bases_heading(folded, above, begin - 1)
    return heading if heading is not None and folded[above:begin - 1].isupper() else None


def _bases_heading(folded: str, begin: int, end: int) -> regex.Match | None:
    heading = _BASES_HEADING.fullmatch(folded, begin, end)
    if heading is None or heading.group("rest") and \
            heading.group("rest").lstrip(" \t").lower().startswith(_type_words()):
        return None
    return heading
