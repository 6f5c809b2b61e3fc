"""A heading's text after its marker: to the end of its line, a title wrapped onto more lines joined, a list
item's cut at its first `;` or sentence end."""
from __future__ import annotations

import json
import re

import regex

from .dash_wraps import dash_names
from .lexicon import MODELS_DIR, is_bare_org_head
from .nlp_models import phrase_tags
from .section_annexes import ANNEX_CAPTION, ANNEX_NOTE, FORM, is_ruled_header, past_form_header, without_form_header
from .section_lines import Lines, is_page_number, next_nonblank, plain
from .section_markers import NAMED_BY_NUMBER, RANK, STARTS_TEXT


def _is_caps(line: str) -> bool:
    """Letters all in capitals (and some letters at all)."""
    head = line[:16]  # most lines have a small letter early: no upper-case copy of a whole paragraph
    return head.upper() == head and line.upper() == line and line.lower() != line


# 12/KH-UBND`): a line naming the document by its number, or a page's first line (after a form feed).
_NAMES_BY_NUMBER = regex.compile(r"\d+[ \t]*/[ \t]*\S*\p{Lu}")


def _is_running_header(texts: list[str], index: int) -> bool:
    """A line printed again, the same, elsewhere in the text, that names the document by its number or opens a
    page: no part of a heading in capitals that a page break fell under (`II. NỘI DUNG` ⏎ `\f` the header)."""
    line = texts[index]
    stripped = line.strip(" \t\f")
    if not (line.lstrip(" \t")[:1] == "\f" or _NAMES_BY_NUMBER.search(stripped)):
        return False
    return sum(1 for i, other in enumerate(texts) if i != index and other.strip(" \t\f") == stripped) >= 1


_CLOSING_FORMULA = regex.compile(r"(?i)^[ \t*_]*trên đây là")
# A row of a table a layout-keeping converter laid out in columns (`2.1.    Số nhiệm vụ đề ra        Nhiệm vụ     45`):
# the heading is its first cell, which ends at the gap before the next column.
_COLUMN_GAP = re.compile(r"(?<=\S) {4,}(?=\S)")
# A heading runs to at most four printed lines (about 80 characters each): the keys' longest headings
# that keep a `;` are near 310 characters; a longer line is a paragraph item.
_PARAGRAPH_LENGTH = 320


def _dotted_abbreviations() -> str:
    """models/sections.json: words written with a dot that ends no sentence, as one alternation."""
    with open(MODELS_DIR / "sections.json", encoding="utf-8") as handle:
        words = json.load(handle)["dotted_abbreviations"]
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# (the parts whose number a dot closes as their marker's: `Điều 9. Giá đất` read on a line)
_PARTS_NUMBERED = "điều|chương|mục|phần|khoản|tiết|bước|mẫu|biểu|phụ lục"
# A sentence ends at a `.` followed by a capitalised word or a number, but not after an abbreviation
# (`TP. Hồ Chí Minh`, `ThS. Nguyễn`: models/sections.json) nor after a marker's or an article's number
# (`Điều 9. Giá đất`, `10.1. Thủ tục`, `“3. Phân định`: one or two digits opening the line or after a part's name;
# `… đạt điểm 10. Gồm …` ends one), nor after a point's letter
# run on (`Nội dung thi đua: a. Về nề nếp`); an aside opened right after the full stop (`… truyền thống.( có kế hoạch
# cụ thể …)`) follows a sentence's end.
# (the `.` first, then what follows it, the look-behinds last: the engine skips from one full stop to the next)
_SENTENCE_END = (r"\.(?:(?=[ \t]+[\p{Lu}\d“\"(])|(?<=\p{L}\.)(?=\((?!\))))"
                 r"(?<!(?:^|[\s(])(?:" + _dotted_abbreviations() + r")\.)(?<!(?:^[ \t*_]*|[“\"(\[.])\d{1,2}\.)"
                 r"(?<!(?i:" + _PARTS_NUMBERED + r")[ \t]+\d{1,2}\.)"
                 r"(?<![\s:][a-zđ]\.)")
# A second sentence on a heading's line (`Chủ trì tuyên bố lý do, giới thiệu đại biểu dự hội nghị. Người chủ
# trì có trách nhiệm sau đây:`, `… nhiệm kỳ 2026-2031. Bắt đầu từ ngày …`): the heading is the first.
_SECOND_SENTENCE = regex.compile(_SENTENCE_END)
# A child's number run on after the heading (`4. Thời hạn nộp hồ sơ 4.1. Thời hạn nộp tờ khai: …`, `Điều 14a.
# Bồi thường … vật nuôi 1. Trường hợp …`), not the number of an article, a step or a document named before
# it (`Điều 9.`) nor the last of numbers listed (`… khối 1, 2, 3, 4, 5. Từ ngày …`); the digit first, the word before
# it tested last.
_CHILD_RUN_ON = (r"\d(?<=(?<!,)[ \t]\d)\d?(?:(?:\.\d{1,2})+\.?|\.)(?=[ \t]+\p{Lu})"
                 r"(?<!(?i:" + NAMED_BY_NUMBER + r")[ \t]\d{1,2}(?:\.\d{1,2})*\.?)")
# Where a paragraph item's heading ends: its first `;`, a quote opened after a colon, a sentence end, or a
# child's number run on; where a title ends: all of these but the `;` (`_heading_end`).
_QUOTE_START = regex.compile(r":[ \t]*“")
_STOP_OR_CHILD = regex.compile(_SENTENCE_END + r"|" + _CHILD_RUN_ON)
# `Nội dung: Hiệp thương …; thực hiện …`: a label and its value, a paragraph item whatever follows it
_LABELLED = regex.compile(r"^[^:;.“\"]{2,60}:[ \t]+\S")
_BRACKETED = regex.compile(r"\([^()\n]*\)")  # an aside: its full stops do not end a sentence
_OPENS_LOWER = regex.compile(r"^\s*\p{Ll}")


def _unfinished_words() -> frozenset[str]:
    """models/sections.json: the words a heading cannot end on (`… của Nghị định số`, `quy định tại`)."""
    with open(MODELS_DIR / "sections.json", encoding="utf-8") as handle:
        return frozenset(json.load(handle)["unfinished_heading_words"])


_UNFINISHED_WORDS = _unfinished_words()


# A heading stops on a comma or on such a word (after a space): tested with one `str.endswith`, for every heading
_UNFINISHED_ENDINGS = (",", *(" " + word for word in _UNFINISHED_WORDS))
# What goes on with an unfinished heading's object: the rest of a document's number (`153/2020/NĐ-CP`) or a
# part of a legal text by its number (`Điều 584 của Bộ luật Dân sự`, `khoản 3 Điều 255`). Not any lower-case
# word: a converter's wrapped paragraph goes on so too, and the keys take such a paragraph's first line.
_CONTINUES = regex.compile(r"[ \t]*(?:\d+[/-]\S|(?i:điều|khoản|điểm|chương|mục|phụ lục)[ \t]+\d)")
_ENDS_CLAUSE = regex.compile(r"[.;:]\s*$")
_NAME_LINE = 80  # the longest line that may hold the rest of a body's name wrapped after its head
_ENDS_SENTENCE = regex.compile(r"\.\s*$")


# The words a title in capitals cannot end on (`… KẾ HOẠCH CỦA` ⏎⏎ `ỦY BAN NHÂN DÂN XÃ`): it goes on past a blank line
_CAPS_LINKING_WORDS = ("VÀ", "CỦA", "VỚI", "CHO", "VỀ", "TẠI", "TRONG", "THEO", "ĐỐI VỚI", "TRÊN")
_CAPS_LINKING_ENDINGS = (",", " -", " –", " CÁC", " NHỮNG", *(" " + word for word in _CAPS_LINKING_WORDS))
# (nor open on one: `TỔNG KẾT CÔNG TÁC PHÒNG CHỐNG THIÊN TAI` ⏎⏎ `VÀ TÌM KIẾM CỨU NẠN NĂM 2019`)
_CAPS_LINKING_OPENINGS = tuple(word + " " for word in _CAPS_LINKING_WORDS)


def heading_text(kind: str, text_start: int, lines: Lines, index: int) -> str:
    """The heading after its marker, to the end of its line (to the first `;` or sentence end);
    a title wrapped onto more lines is joined (all in capitals, or a short lower-case tail followed
    by the body or the heading's first child)."""
    texts, markers = lines.texts, lines.markers
    nxt = next_nonblank(lines, index)
    if kind == "phuluc":  # the annex's title, in capitals under `PHỤ LỤC` or run on after it
        own = texts[index][text_start - lines.starts[index]:]
        if own.strip():  # a database's notes (`[…]`) and the caption (`(Kèm theo …)`) are no part of it
            return _clean(plain(ANNEX_CAPTION.split(ANNEX_NOTE.sub("", own), 1)[0]))
        if nxt < 0 or nxt in markers or not _is_caps(texts[nxt]):
            return ""
        index, first = nxt, plain(texts[nxt])
    else:
        line_start = lines.starts[index]
        if index in lines.cuts:  # a child's number run on after the heading: the heading, a title, ends there
            cut = next((c for c in lines.cuts[index] if c > text_start), None)
            if cut is not None:
                return _clean(plain(texts[index][text_start - line_start:cut - line_start]))
        first = texts[index][text_start - line_start:]
        if "    " in first:  # the substring test first: the pattern tried at every character cost a fifth of the stage
            first = _COLUMN_GAP.split(first, 1)[0]
        first = plain(first)
        if kind == "mau":  # a database's note after a form's number (`MẪU SỐ 01[3] (được bãi bỏ)`) is no heading
            first = _clean(without_form_header(first))
            title = past_form_header(texts, nxt, lambda i: next_nonblank(lines, i)) if not first else nxt
            if title != nxt:  # the form's title, in capitals under the header it is laid out with, or none
                if title < 0 or not _is_caps(texts[title]):
                    return ""
                nxt = title
        # `Chương IV` ⏎ `VẬN ĐỘNG QUYÊN GÓP …`, `3.` ⏎ `Trong thời hạn …`; a next line in lower case goes on with
        # a sentence written before the marker (a scan's order): the heading is then empty
        if not first and nxt >= 0 and nxt not in markers and STARTS_TEXT.match(texts[nxt]) \
                and not (kind == "mau" and FORM.match(texts[nxt])):
            index, first = nxt, plain(texts[nxt])
            nxt = next_nonblank(lines, index)
            if kind == "mau":
                first = _clean(without_form_header(first))
    if nxt == index + 1 and nxt not in markers and is_bare_org_head(first) and texts[nxt].lstrip()[:1].isupper() \
            and len(texts[nxt].strip()) <= _NAME_LINE and not _ENDS_SENTENCE.search(texts[nxt]):
        # a body's head alone, its name wrapped onto the next line (`2. Sở` ⏎ `Khoa học và Công nghệ`, a converter's
        # narrow column): one heading, the body tasked by the item
        first += " " + plain(texts[nxt])
        index, nxt = nxt, next_nonblank(lines, nxt)
    if _is_caps(first):  # a title in capitals, wrapped: joined, never cut
        follow = index + 1
        while follow < len(texts) and follow <= index + 3:
            if not texts[follow].strip():
                # a converter's blank line between every paragraph: the title goes on past it only where its line
                # stops on a word that cannot end it (`… VÀ CHẾ ĐỘ THÔNG TIN` ⏎⏎ `BÁO CÁO` does not; `… CỦA` does)
                if follow + 1 < len(texts) and (first.rstrip().endswith(_CAPS_LINKING_ENDINGS) or
                                                texts[follow + 1].lstrip().startswith(_CAPS_LINKING_OPENINGS)) \
                        and texts[follow + 1].strip() and follow + 1 not in markers and _is_caps(texts[follow + 1]) \
                        and not _is_running_header(texts, follow + 1):
                    follow += 1
                    continue
                break
            if follow in markers or not (_is_caps(texts[follow]) or is_page_number(texts[follow])) \
                    or (kind == "mau" and is_ruled_header(texts[follow])) or _is_running_header(texts, follow) \
                    or first.rstrip().endswith(":"):
                break  # (a title closed by its colon announces what follows: `LỊCH KIỂM TRA TẬP TRUNG:` ⏎ `NGÀY` ⏎ …)
            if not is_page_number(texts[follow]):  # a page's number between the wrapped lines is skipped
                first += " " + plain(texts[follow])
            follow += 1
        return _clean(first)
    if nxt == index + 1 and nxt not in markers and first.endswith(_UNFINISHED_ENDINGS) \
            and _CONTINUES.match(texts[nxt]) and not _wrapped_on(lines, index, nxt):
        # `Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số` ⏎ `153/2020/NĐ-CP như sau:`: the heading
        # stops on a word that cannot end it, and the next line goes on with its object; read as one line.
        # (A line that fills a converter's wrap width is a wrapped paragraph's first: its heading, by the keys.)
        first += " " + plain(texts[nxt])
        index, nxt = nxt, next_nonblank(lines, nxt)
    following = texts[nxt] if nxt >= 0 else None  # the next line with text
    # `_CLOSING_FORMULA` opens with `t` after the lead: only such lines are matched
    if following is not None and following.lstrip(" \t*_")[:1] in ("t", "T") and _CLOSING_FORMULA.match(following):
        following = None  # `Trên đây là Kế hoạch …` closes the document, not the item's body
    following_marker = markers.get(nxt) if following is not None else None
    follows_marker = following_marker is not None
    # Followed by its own first child (`1.` then `a)`), the line is a heading, not a list item.
    child_follows = follows_marker and RANK.get(following_marker[0], 99) > RANK.get(kind, 99)
    opens_lower = following is not None and not follows_marker and _OPENS_LOWER.match(following)
    # A short lower-case tail is the heading's wrapped end, unless it closes a sentence (`… tối đa).`):
    # then the item is a paragraph, whose heading is its first line. A tail indented deeper than the
    # heading's text is a fragment a scan placed there, not the wrapped line.
    if opens_lower and ";" not in first \
            and len(following.strip()) <= 60 and not _ENDS_CLAUSE.search(first) \
            and not _ENDS_SENTENCE.search(following) and _indent(following) <= text_start - lines.starts[index] \
            and not _sentence_like(first):
        after = next_nonblank(lines, nxt)
        after_marker = markers.get(after) if after >= 0 else None
        if after_marker is None or RANK.get(after_marker[0], 99) > RANK.get(kind, 99):
            return _clean(first + " " + plain(following))
    # A list item (followed by a sibling, its own wrapped sentence, or nothing) ends at its first `;`
    # or sentence end; a heading followed by its body or its first child keeps its whole line, unless
    # the line is longer than any heading (more than four printed lines) or a wrapped paragraph's first.
    # A line that holds a second sentence, a `Label: value` line or one closed by a full stop is a
    # paragraph item too, unless its child follows; a title's `;` (`Tập trung …; chăm lo …` over its
    # body) is kept, a title's second sentence is not.
    paragraph_item = (len(first) > _PARAGRAPH_LENGTH or _wrapped_on(lines, index, nxt)
                      or not child_follows and (following is None or follows_marker
                                                or opens_lower or _sentence_like(first)))
    return _clean(first[:_heading_end(first, paragraph_item)])


# A short heading run on into a list item opened by a dash (`1. Mục đích - Phát huy quyền làm chủ …`, a one-line
# page or a typist's): the heading a short noun phrase in sentence case, the item opening with a capital and
# running on for some words; never inside a name written with a dash (`_DASH_NAMES`), nor `Mục đích - Yêu cầu`.
_DASH_ITEM = regex.compile(r"[ \t*_]*(\p{Lu}\p{Ll}*(?:,?[ \t]+\p{Ll}+){0,4})[ \t]+[-–][ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+[\p{L}\d][^ \t]*){3})")


# A heading in capitals run on into a list item opened by a dash, on a page that gives the plan on one line: two words in
# capitals at least, then the item in sentence case.
_CAPS_DASH_ITEM = regex.compile(r"[ \t*_]*(\p{Lu}+(?:,?[ \t]+\p{Lu}+)+)[ \t]+[-–][ \t]+\p{Lu}\p{Ll}")


def _opens_with_a_verb(item: str) -> bool:
    """An item that opens with a verb (`Phát huy …`, `Tổ chức tốt …`), as underthesea tags it with its capital
    lowered (a capital reads as a name): not a slogan's noun phrase (`Ngày bầu cử - Ngày hội của …`)."""
    tags = phrase_tags(item[:1].lower() + item[1:])
    return bool(tags) and tags[0][1] == "V"


_DASH_NAMES = dash_names()


def _heading_end(line: str, paragraph_item: bool) -> int:
    """Where the heading ends on its line: a paragraph item's at its first `;` (the keys cut there even inside
    brackets, fresh_40 III.2.g), either at a quote opened after a colon, at a sentence end (a title's not
    inside brackets) or where a child's number runs on. Each pattern is searched only where its first
    character stands (a search costs more than the rest of the heading's reading)."""
    end = len(line)
    if paragraph_item:
        semi = line.find(";")
        end = semi if semi >= 0 else end
    if "“" in line:
        quote = _QUOTE_START.search(line, 0, end)
        end = quote.start() if quote else end
    if ". " in line or ".\t" in line or ".(" in line:
        masked = _BRACKETED.sub(_blank_inside, line) if "(" in line and not paragraph_item else line
        stop = _STOP_OR_CHILD.search(masked, 0, end)
        end = stop.start() if stop else end
    if (0 <= line.find(" - ", 0, 60) or 0 <= line.find(" – ", 0, 60)) and line[:1].isupper():
        caps = _CAPS_DASH_ITEM.match(line, 0, end)
        if caps:  # `CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg …`: a title in capitals, its first item after it
            return caps.end(1)
        dash = _DASH_ITEM.match(line, 0, end)
        if dash and not any(name in dash.group(0).lower() for name in _DASH_NAMES) and _opens_with_a_verb(dash.group(2)):
            end = dash.end(1)
    return end


def _second_sentence(line: str):
    """Where a second sentence starts on the line (full stops inside brackets do not count), or None."""
    if ". " not in line and ".\t" not in line and ".(" not in line:
        return None
    return _SECOND_SENTENCE.search(_BRACKETED.sub(_blank_inside, line) if "(" in line else line)


def _sentence_like(line: str) -> bool:
    """A line closed by a full stop (not an ellipsis), a `Label: value` line, or one of two sentences."""
    closed = line.rstrip(" \t*_")
    return (closed.endswith(".") and not closed.endswith("..")) or bool(_LABELLED.match(line)) \
        or _second_sentence(line) is not None


def _blank_inside(bracketed) -> str:
    """A bracketed aside with its inside blanked, the same length (its full stops are no sentence's)."""
    return "(" + "_" * (len(bracketed.group()) - 2) + ")"


def _indent(line: str) -> int:
    """The line's leading blanks."""
    return len(line) - len(line.lstrip(" \t"))


def _wrapped_on(lines: Lines, index: int, nxt: int) -> bool:
    """A line of a text wrapped at a fixed width that fills the width and runs straight on into the
    next line (no blank between, no marker opening it): one paragraph, whatever case that line opens
    with (`… đề xuất với Ban Chỉ đạo` ⏎ `Cuộc vận động “Tiếp bước cho em đến trường” …`)."""
    if nxt != index + 1 or nxt in lines.markers:
        return False  # decided by the next line: the document's wrap width is not measured for it
    width = lines.wrap_width
    return bool(width) and len(lines.texts[index].rstrip()) >= width - 10


def _clean(heading: str) -> str:
    """Trailing punctuation off a heading already stripped of markup (and the closing `./` or `./.` of a document's
    last article: `… chịu trách nhiệm thi hành quyết định này./`)."""
    heading = heading.rstrip(" .;:…")
    if heading.endswith("./"):
        heading = heading[:-2]
    return heading.rstrip(" .;:…").strip()
