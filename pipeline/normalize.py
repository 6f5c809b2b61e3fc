"""Normalize: one canonical text per file, the one every offset indexes.

NFC; line ends unified; invisible characters removed; markdown residue neutralized (emphasis `**` deleted;
`####`, quote marks `>`, `<br>`, table pipes and link brackets blanked out with spaces or line breaks); symbols broken by a
line break after their hyphen (`NĐ-` ⏎⏎ `CP`) re-joined; syllables a PDF extraction spaced apart
(`B Ộ LAO ĐỘNG`, `Qu ả ng Ngãi`) re-joined (spaced_syllables.py); a text that lost its toneless `ư` (`Trờng`, `nh sau`)
given it back (lost_u.py). OCR output gets its own repairs first (pipeline/ocr_repair.py).

One pass per rule, and a rule whose trigger (a character, a short string) is absent costs only one
scan for it; the expensive patterns run on the lines or places the trigger points at.

`normalize_text` also says what the rules did to the line breaks (pipeline/source_lines.py): each rule
that moves text hands its edits to a `LineTracker`, so a row's `line` is the line of the reader's text.
"""
from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .dash_wraps import wrapped_dash_names
from .glued_syllables import glued_seams
from .lexicon import table_rows
from .lost_u import hat_restored, restored as lost_u_restored
from .ocr_repair import repair_ocr
from .running_lines import running_line_edits
from .spaced_syllables import spaced_syllable_letters
from .space_tables import space_table_rows
from .tab_tables import row_spans, tab_table_rows
from .source_lines import Edit, LineMap, LineTracker, edited

_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_NBSP_CHARS = "\u00a0\u2007\u202f"
_INVISIBLE = regex.compile(f"[{_INVISIBLE_CHARS}]")
_NBSP = regex.compile(f"[{_NBSP_CHARS}]")
# A Markdown backslash escape (pandoc's `1\.`, `\-\-\-`, `\*`) or hard line break (a backslash ending the line).
_MARKDOWN_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~]|[ \t]*\n|[ \t]{2})")  # (or a table cell's line, then its padding)
# An HTML character reference a converter left in the text (`Bộ GD&amp;ĐT`, a Markdown export of a web page or PDF).
_CHARACTER_REFERENCE = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
# The Icelandic eth (`Ð` U+00D0, `ð`) for Vietnamese `Đ`/`đ` (U+0110, U+0111): what legacy-font
# conversions and some fonts' keyboards type (`102/2017/NÐ-CP`, `ÐOÀN`); they look alike, compare unequal.
# (`replace`, not `str.translate`, which looks every character up in its table: hundreds of times slower.)
_ETH = (("Ð", "Đ"), ("ð", "đ"))


@lru_cache(maxsize=1)
def _typing_slips() -> tuple[dict[str, str], regex.Pattern]:
    """models/typing_slips.tsv: a typist's slips that make no word, and the word meant (same length), with their pattern."""
    slips = {row[0]: row[1] for row in table_rows("typing_slips.tsv") if len(row[0]) == len(row[1])}
    return slips, regex.compile(r"(?<![\p{L}])(?:" + "|".join(map(regex.escape, slips)) + r")(?![\p{L}])")


_CR_BEFORE_LF = re.compile("\r(?=\n)")
# Emphasis marks are deleted, but a bullet `* ` at a line start is kept: `“*Dân vận khéo*”` must
# read `“Dân vận khéo”`, not with stray spaces. A run at a line start (with its indent) is one match
# so that no look-behind has to scan back over the indent.
_EMPHASIS = regex.compile(r"^(?P<lead>[ \t]*\*+)(?P<blank>(?=[ \t]))?|\*+|(?<!\w)_{2,}|_{2,}(?!\w)", regex.M)
# Its matches hold a `*` or a `_` and never a line break, and what it looks at around them (a line start,
# a word character or not) reads the same on the line alone: it runs only on the lines with one.
_EMPHASIS_MARK = re.compile(r"[*_]")
_HEADING_HASHES = regex.compile(r"[ \t]*#{1,6}(?=[ \t])")
_BLOCKQUOTE = regex.compile(r"[ \t]*>+(?=[ \t])")  # Markdown's quote marks (`> **ĐẾN** Số: 1998`, a stamp set apart)
_TABLE_SEPARATOR = regex.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")
_TABLE_ROW = regex.compile(r"[ \t]*\|.*\|[ \t]*")
# (an image's mark, `![alt](src)` or a converter's empty `![]()`, is blanked whole: no words of the document)
_LINK = regex.compile(r"(!)?\[([^\]\n]{0,400})\]\(([^)\s]{0,200})\)")
# A symbol cut after its hyphen at a line end: `59/2023/NĐ-` ⏎ (blank lines) `CP`. Found from the
# hyphen: the symbol is matched backwards from it, the break forwards.
_HYPHEN_AT_LINE_END = re.compile(r"-[ \t]*\n")
_SYMBOL_BEFORE_HYPHEN = regex.compile(
    r"(?r)\d+(?:/\d{4})?[/-][\p{Lu}Đ][\p{L}&]{0,12}(?:-[\p{Lu}Đ][\p{L}&\d]{0,12})*-")
_SYMBOL_BREAK = regex.compile(r"[ \t]*\n\s*(?=[\p{Lu}Đ][\p{Lu}Đ&]*[\p{Ll}]?[\p{Lu}Đ\d]*\b)")
# `Điều` / `Chương` left alone at a line end, its number on the next line: one heading again.
_ARTICLE_AT_LINE_END = regex.compile(r"\n(?<=(?:Điều|Chương|Mục|Phần)[ \t]*\n)")
# (a roman numeral may also stand alone: `**Chương` ⏎ `I**` in hard-wrapped Markdown)
_BROKEN_ARTICLE = regex.compile(r"(?m)^([ \t]*(?:Điều|Chương|Mục|Phần))[ \t]*\n"
                                r"(?=[ \t]*(?:(?:\d+[a-z]?|[IVXL]+)\s*[.:]|[IVXL]+[ \t]*$))")


def _blank(match: regex.Match) -> str:
    return " " * len(match.group(0))


def _table_row(match: regex.Match) -> str:
    # Cells become lines so header cells (issuer | motto, number | date) stay apart.
    return match.group(0).replace("|", "\n")


def _link(match: regex.Match) -> str:
    if match.group(1) or not match.group(2):
        return " " * len(match.group(0))
    return " " + match.group(2) + " " * (len(match.group(0)) - len(match.group(2)) - 1)


def _emphasis(match: regex.Match) -> str:
    lead = match.group("lead")
    if lead is None:
        return ""
    # `* item` (one star, then a blank) is a bullet: kept with its indent; anything else goes.
    if match.group("blank") is not None and lead.lstrip(" \t") == "*":
        return lead
    # (its indent stays: a table cell's line opens with the space its bar left, ` **Phó Hiệu trưởng …**`, which tells
    # the cells of a Markdown row from a paragraph's wrapped lines)
    return lead[:len(lead) - len(lead.lstrip(" \t"))]


def _lines_with(text: str, needle: str | re.Pattern) -> Iterator[tuple[int, int]]:
    """(start, end) of each line that contains `needle` (a string, or a match of a pattern), in order."""
    def find(pos: int) -> int:
        if isinstance(needle, str):
            return text.find(needle, pos)
        found = needle.search(text, pos)
        return found.start() if found else -1

    at = find(0)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield start, end
        at = find(end)


def _changed_lines(text: str, needle: str | re.Pattern, rewrite: Callable[[str], str]) -> list[Edit]:
    """`rewrite` applied to the lines that contain `needle` (the other lines are not looked at): the
    lines it changed, as edits."""
    edits: list[Edit] = []
    for start, end in _lines_with(text, needle):
        line = text[start:end]
        new = rewrite(line)
        if new != line:
            edits.append((start, end, new))
    return edits


def _whole_line(pattern: regex.Pattern, replace: Callable[[regex.Match], str]) -> Callable[[str], str]:
    def rewrite(line: str) -> str:
        match = pattern.fullmatch(line)
        return replace(match) if match else line
    return rewrite


def _line_start(pattern: regex.Pattern, replace: Callable[[regex.Match], str]) -> Callable[[str], str]:
    def rewrite(line: str) -> str:
        match = pattern.match(line)
        return replace(match) + line[match.end():] if match else line
    return rewrite


def _broken_symbol_joins(text: str) -> list[Edit]:
    """The line breaks (and blank lines) that cut a symbol after its hyphen, as deletions."""
    edits: list[Edit] = []
    for hyphen in _HYPHEN_AT_LINE_END.finditer(text):
        after = hyphen.start() + 1
        if edits and after < edits[-1][1] or not _SYMBOL_BEFORE_HYPHEN.match(text, 0, after):
            continue
        cut = _SYMBOL_BREAK.match(text, after)
        if cut:
            edits.append((after, cut.end(), ""))
    return edits


# A blank line (or more), found by its first line break; what opens the line after it in lower case as a list item does
# (`a)`, `b.`, `iv.`, a dash), not as the rest of a wrapped sentence
_BLANK_LINE = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_LOWER_ITEM = re.compile(r"(?:[a-zđ][).]|[ivx]+\.|[a-zđ]/)")
_WRAPPED_LINE = 40  # a printed line a sentence wraps at is long; a table's cell or a heading, one a paragraph, is short


def _blank_lines_in_sentences(text: str, rows: Sequence[tuple[int, int]]) -> list[Edit]:
    """The blank lines a converter writes after every printed line, where they part one sentence (`- Các trường …
    trực thuộc trong` ⏎⏎ `thành phố thống nhất treo cờ …`): the long line before ends on a word or a comma and the
    next opens in lower case, no deeper indented than it (not a scan's stray fragment) and with no list item's
    marker; the blank lines go, the line break stays. Not inside a table's row whose cells became lines (`rows`,
    sorted): an empty cell is a blank line there."""
    edits: list[Edit] = []
    row_starts = [start for start, _ in rows]
    for blank in _BLANK_LINE.finditer(text):
        after = blank.end()
        indented = text[after:after + 80]
        first = after + len(indented) - len(indented.lstrip(" \t"))
        if first >= len(text) or not text[first].islower() or _LOWER_ITEM.match(text, first):
            continue
        row = bisect.bisect_right(row_starts, after) - 1
        if row >= 0 and rows[row][1] >= blank.start():
            continue
        start = blank.start()
        line = text[text.rfind("\n", 0, start) + 1:start].rstrip(" \t")
        indent = len(line) - len(line.lstrip())
        wraps = len(line) - indent >= _WRAPPED_LINE and (line[-1].isalnum() or line[-1] == ",")
        if wraps and first - after <= indent + 4:
            edits.append((start + 1, after, ""))  # (the first line break stays, outside the edit: no new one)
    return edits


# A document-sharing site's preview marks each page by its number glued to the page's first line (`Trang 1PHÒNG GD&ĐT
# VĨNH TƯỜNG`, `Trang 2Chủ điểm: …`): the mark goes, the line starts with the page's text.
_PREVIEW_PAGE_MARK = re.compile(r"(?m)^Trang \d{1,3}(?=[^\s\d])")


def _crawler_title_prefixes(text: str) -> list[Edit]:
    """A legal portal's page title the crawler wrote before each anchored part (thuvienphapluat pages
    saved as text: `Quyết định 2135/QĐ-TCHQ năm 2015. Mục 1. …` (wild src_tvplcrawl_42), `Nghị định
    102/2017/NĐ-CP. Mục 1. …`): the title is the first line up to its first `. `, and where it opens
    two or more later lines followed by `. `, it is taken out of them so the part starts its line."""
    first_end = text.find("\n")
    if first_end < 0:
        return []
    cut = text.find(". ", 0, first_end)
    title = text[:cut] if cut > 0 else text[:first_end].rstrip(" .")
    if len(title) < 12 or not title[:1].isupper() or text.count("\n" + title + ". ", first_end) < 2:
        title = _repeated_part_caption(text)  # (the page's own title line left out of the copy)
        if not title:
            return []
    prefix = "\n" + title + ". "
    edits: list[Edit] = []
    at = text.find(prefix, first_end)
    while at >= 0:
        edits.append((at + 1, at + len(prefix), ""))
        at = text.find(prefix, at + len(prefix) - 1)
    return edits


_ANCHORED_PARTS = (". Điều ", ". Mục ", ". Chương ", ". PHỤ LỤC", ". Phụ lục")
_CAPTION_LENGTH = (12, 120)


def _repeated_part_caption(text: str) -> str:
    """The crawler's caption where the page's title line is not there to give it: the same words with a number (`Quyết
    định 3176/QĐ-BYT năm 2024`) opening two or more lines, each before a part it anchors (`. Điều 2. …`), else ""."""
    seen: dict[str, int] = {}
    for part in _ANCHORED_PARTS:
        at = text.find(part)
        while at >= 0:
            caption = text[text.rfind("\n", 0, at) + 1:at]
            if _CAPTION_LENGTH[0] <= len(caption) <= _CAPTION_LENGTH[1] and caption[:1].isupper() \
                    and ". " not in caption and any(c.isdigit() for c in caption):
                seen[caption] = seen.get(caption, 0) + 1
            at = text.find(part, at + len(part))
    return max((c for c, n in seen.items() if n >= 2), key=seen.get, default="")


# A space a web copy lost between two words (`Căn cứThông tư`, `cácSở`, `vềphê duyệt`, `28tháng 12 năm 2017`): the
# grammar's cue (`căn cứ`), plural (`các`) and subject (`về`) words read as one with the name or subject they open,
# a day with its month, `ngày` with its day and a date's year with the word after it (in lower case: `12/2020QĐ-UBND`
# lost its slash, not a space). Anchored on those words, each a literal the engine scans for (~0.5 ms/MB a word; a
# scan for every lower/upper seam costs 15 ms/MB): before a capital, or for `về` before a consonant that no syllable
# with its falling tone can end in (a huyền syllable never ends in a stop, nor in any consonant but m, n, ng, nh).
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_GLUED_AFTER = (re.compile(f"cứ(?=[{_UPPER}])"), re.compile(f"các(?=[{_UPPER}])"),
                re.compile(f"về(?=[bcdđghklpqrstvx{_UPPER}])"))
# a word glued to the `về việc` of a subject after it (`… của Ủy ban nhân dân tỉnh Kiên Giangvề việc thành lập …`, a
# legal database's line joined without its space): no syllable holds a `v` after its first letter
_GLUED_BEFORE = re.compile(r"về[ \t]+việc")
_MONTH = "tháng"
_DAY_GLUED = re.compile(r"ngày(?=\d)")
# a symbol's last code glued to the date after it (`Thông tư số 04/2012/TT-BNVngày 31/8/2012`, `972 /2007/QĐ -
# UBNDngày`)
_CODE_THEN_DAY = re.compile(r"ngày(?=[ \t]*\d)")  # (led by its literal, the capitals before it checked on each find)
_CODE_LETTER = re.compile(r"[A-ZĐ]{2}")
# `ngày07tháng11năm2018`, `tháng 11 năm2018`: a date's `năm` glued to its figures, looked at after each `tháng` and its
# month (the literal `năm`, one of the commonest words, costs 4.7 CPU-ms/MB to scan for; `tháng` 0.7); and a school
# year's `NĂM HỌC2017` in a title in capitals
_MONTH_THEN_YEAR = re.compile(r"[ \t]*\d{1,2}([ \t]*)năm(?=(\d)?)")
_SCHOOL_YEAR_GLUED = re.compile(r"HỌC(?=(?:19|20)\d\d)")
_YEAR_GLUED = re.compile(r"/(?:19|20)\d\d(?=[^\W\d_])")
# a title's school year glued to the body's first sentence (`… NĂM HỌC 2017 - 2018Thực hiện công văn …`)
# (one pattern a dash, each led by its literal: `re` skips to it)
_RANGE_YEAR_GLUED = tuple(re.compile(f"{dash} (?:19|20)\\d\\d(?=[{_UPPER}][a-zà-ỹđ])") for dash in ("-", "–"))


def _glued_word_seams(text: str) -> list[Edit]:
    """The places a lost space is put back, as insertions of one space, in order."""
    seams = [m.end() for pattern in _GLUED_AFTER for m in pattern.finditer(text)
             if not m.start() or not text[m.start() - 1].isalpha()]
    seams += [m.start() for m in _GLUED_BEFORE.finditer(text) if m.start() and text[m.start() - 1].isalpha()]
    at = text.find(_MONTH)
    while at >= 0:  # `28tháng 12`, `tháng12 năm`
        end = at + len(_MONTH)
        if at and text[at - 1].isdigit():
            seams.append(at)
        if text[end:end + 1].isdigit():
            seams.append(end)
        year = _MONTH_THEN_YEAR.match(text, end)
        if year:  # `tháng11năm2018`, `tháng 11 năm2018`
            if not year.group(1):
                seams.append(year.end(1))
            if year.group(2):
                seams.append(year.end())
        at = text.find(_MONTH, end)
    # `trước ngày18/8/2016`; `18/8/2016để Phòng …`: a date's year glued to the word after it (found by `re`'s scan for
    # the literal, not a loop over every `ngày` of the text)
    seams += [m.end() for m in _DAY_GLUED.finditer(text) if not m.start() or not text[m.start() - 1].isalpha()]
    seams += [m.start() for m in _CODE_THEN_DAY.finditer(text)
              if _CODE_LETTER.fullmatch(text, max(0, m.start() - 2), m.start())]
    seams += [m.end() for m in _SCHOOL_YEAR_GLUED.finditer(text)]
    seams += [m.end() for pattern in _RANGE_YEAR_GLUED for m in pattern.finditer(text)]
    seams += [m.end() for m in _YEAR_GLUED.finditer(text)
              if text[m.end()].islower() and text[m.start() - 1:m.start()].isdigit()]
    seams += glued_seams(text)  # `Chủtịch`, `dântỉnh`: two marked nuclei in one word
    return [(at, at, " ") for at in sorted(set(seams))]


# A digital signature's visible stamp, printed into the page by the signing software (Nghị định
# 30/2020/NĐ-CP, Phụ lục I: the signing body and the time of signing, to the second, with the time
# zone): `Ký bởi: …` then `Email:`, `Cơ quan:`, `Ngày ký:` lines, or the time alone beside the
# header (`Thời gian ký: 19/10/2023 10:56:22 +07:00`). It is no text of the document: it is blanked.
_SIGNED_BY = regex.compile(r"(?m)^[ \t]*Ký bởi[ \t]*:.*$")
_STAMP_FIELD = regex.compile(r"[ \t]*(?:Email|E-mail|Cơ quan|Tổ chức|Chức vụ|Ngày ký|Thời gian ký|Ngày giờ ký)[ \t]*:.*")
_SIGNING_TIME = regex.compile(r"(?:Thời gian ký|Ngày ký|Ngày giờ ký)[ \t]*:[ \t]*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
                              r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[+-]\d{2}:?\d{2})?")


# Triggers of more than one character are looked for by `re`'s literal search: `in` on a text of
# Vietnamese letters (two bytes a character) scans three times slower for a needle it does not hold
# (perf13n: `"Ký bởi" in text or " ký:" in text` 5.8 ms, these 3.0 ms over wild + devset/texts).
_SIGNED_BY_TRIGGER = re.compile("Ký bởi")
_SIGNED_COLON = re.compile("ký:")  # ` ký:`; a literal opening with a blank scans slower than `in`
_LINK_TRIGGER = re.compile(re.escape("]("))
_DOUBLE_UNDERSCORE = re.compile("__")


def _has_signature_stamp(text: str) -> bool:
    """`Ký bởi` or ` ký:` in `text`."""
    return _SIGNED_BY_TRIGGER.search(text) is not None or any(
        text[m.start() - 1:m.start()] == " " for m in _SIGNED_COLON.finditer(text))


def _signature_stamps(text: str) -> list[Edit]:
    """The stamp's lines and signing times, as blanks of the same length (nothing moves)."""
    spans: list[tuple[int, int]] = []
    for signed in _SIGNED_BY.finditer(text):
        spans.append(signed.span())
        at = signed.end() + 1
        for _ in range(4):  # the stamp's field lines right under it
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            if not _STAMP_FIELD.fullmatch(text, at, line_end):
                break
            spans.append((at, line_end))
            at = line_end + 1
    if "ký" in text:
        spans.extend(m.span() for m in _SIGNING_TIME.finditer(text))
    return [(start, end, " " * (end - start)) for start, end in sorted(set(spans))]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    lines: LineTracker  # where its line breaks differ from the reader's text (see source_lines.py)

    def line_map(self) -> LineMap:
        return LineMap.build(self.text, self.lines)


def normalize(text: str, ocr_spans: Sequence[tuple[int, int]] = ()) -> str:
    """The canonical text. `ocr_spans`: where `text` holds OCR output (or a garbage text layer);
    those parts get the repairs of OCR's typical errors first, which typed text never gets."""
    return normalize_text(text, ocr_spans).text


# An inline HTML tag a page's text kept (`<b>KẾ HOẠCH</b>`, `<i>V/v Kiểm tra nội bộ trường học</i>`, from a document
# site's preview): blanked, the words it marks kept where they stand. Only the emphasis tags: `<sup>`, `<br>` say more.
_INLINE_TAG = re.compile(r"</?(?:b|i|u|em|strong|span|font)(?:\s[^<>\n]{0,80})?>", re.I)
# A document site's page counter before each page of its preview (`<span class='text_page_counter'>(1)</span>PHÒNG
# GD&ĐT …`), a span that holds a page's number in brackets and nothing else: blanked whole, its number with it, which
# would stand before the header's first body.
_PAGE_COUNTER = re.compile(r"<span(?:\s[^<>\n]{0,80})?>\(\d{1,4}\)</span>", re.I)
# A line break inside a Markdown table's cell, as converters write one (`| **BỘ GIÁO DỤC VÀ ĐÀO TẠO** <br><br> Số: 6240
# /BGDĐT-KHCNTT <br> V/v … |`): blanked, so that the row keeps its cells and the cell's parts stand apart.
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


_LITERAL_LINE_BREAK = "\\r\\n"  # the four characters `\r\n`


def _blank_inline_tags(text: str) -> str:
    """`_INLINE_TAG`s blanked outside a table's rows (`| <strong>1. Môn học …</strong> |`: the cell's number is no
    heading of the text)."""
    def blank(m: re.Match) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        return m.group() if line.lstrip().startswith("|") else " " * len(m.group())
    return _INLINE_TAG.sub(blank, text)


def normalize_text(text: str, ocr_spans: Sequence[tuple[int, int]] = ()) -> NormalizedText:
    """`normalize`, with what it did to the line breaks: the canonical text's offsets map back to
    the lines of `text`."""
    lines = LineTracker()
    for start, end in sorted(ocr_spans, reverse=True):
        part = LineTracker()
        repaired = repair_ocr(text[start:end], part)
        lines.splice(start, end, len(repaired), part)
        text = text[:start] + repaired + text[end:]
    text = lines.nfc(text)
    if "\r" in text:
        # `\r\n` and a lone `\r` are each one source line break: only the `\r` of a pair goes.
        text = lines.sub(_CR_BEFORE_LF, "", text) if lines.active else text.replace("\r\n", "\n")
        text = text.replace("\r", "\n")
    if any(ch in text for ch in _INVISIBLE_CHARS):
        text = lines.sub(_INVISIBLE, "", text)
    # `Trờng`, `nh sau`: a text that lost its toneless `ư`; else `Thơng tư`: a legacy font's `ô` set as `ơ`
    text = lines.apply(text, lost_u_restored(text) or hat_restored(text))
    if "&" in text:
        text = lines.sub(_CHARACTER_REFERENCE, lambda m: html.unescape(m.group(0)), text)
    if "\\" in text:
        text = lines.sub(_MARKDOWN_ESCAPE, "", text)
    if any(ch in text for ch in _NBSP_CHARS):
        text = _NBSP.sub(" ", text)
    for eth, d in _ETH:
        if eth in text:
            text = text.replace(eth, d)  # same length
    slips, slip_pattern = _typing_slips()
    if any(slip in text for slip in slips):  # (a literal's scan first: most texts have none)
        text = slip_pattern.sub(lambda m: slips[m.group(0)], text)  # same length
    text = lines.apply(text, running_line_edits(text), breaks=True)  # a page's running header, its number
    if "<" in text:
        text = _PAGE_COUNTER.sub(_blank, text)  # same length
        text = _blank_inline_tags(text)  # same length
        text = _BREAK_TAG.sub(_blank, text)  # same length
    if _LITERAL_LINE_BREAK in text:  # a scraper's JSON escape kept as text at each line's start: blanked, same length
        text = text.replace(_LITERAL_LINE_BREAK, " " * len(_LITERAL_LINE_BREAK))
    # Same length from here to the emphasis marks: nothing moves, only a table row's cells become lines.
    # (`_changed_lines` looks for its trigger itself: without one, its first `find` is the whole cost.)
    text = edited(text, _changed_lines(text, "---", _whole_line(_TABLE_SEPARATOR, _blank)))
    rows = _changed_lines(text, "|", _whole_line(_TABLE_ROW, _table_row))
    if rows:
        text = edited(text, rows)
        lines.add_rows((start, end) for start, end, _ in rows)
    if "\t" in text or "|" in text:
        tab_rows = tab_table_rows(text)
        if tab_rows:  # (rows grow by their cells' line breaks and spaces: tracked, and their breaks not the source's)
            text = lines.apply(text, tab_rows, breaks=True)
            lines.add_rows(row_spans(tab_rows))
    if "  " in text:
        space_rows = space_table_rows(text)  # a task table laid out with spaces (`pdftotext -layout`)
        if space_rows:
            text = lines.apply(text, space_rows, breaks=True)
            lines.add_rows(row_spans(space_rows))
    text = edited(text, _changed_lines(text, "#", _line_start(_HEADING_HASHES, _blank)))
    if ">" in text:
        text = edited(text, _changed_lines(text, ">", _line_start(_BLOCKQUOTE, _blank)))
    # A character is looked for many times faster than a pair of them: `_` and `[` first.
    if "*" in text or ("_" in text and _DOUBLE_UNDERSCORE.search(text)):
        text = lines.apply(text, _changed_lines(text, _EMPHASIS_MARK, lambda line: _EMPHASIS.sub(_emphasis, line)))
    if "[" in text and _LINK_TRIGGER.search(text):
        text = _LINK.sub(_link, text)  # same length
    if _has_signature_stamp(text):
        text = edited(text, _signature_stamps(text))  # same length
    if "\nTrang " in text or text.startswith("Trang "):  # (the first page's mark opens the text)
        text = lines.apply(text, [m.span() + ("",) for m in _PREVIEW_PAGE_MARK.finditer(text)])
    if "\n" in text:
        text = lines.apply(text, _crawler_title_prefixes(text))
        text = lines.apply(text, _broken_symbol_joins(text), breaks=True)
        text = lines.apply(text, _blank_lines_in_sentences(text, lines.rows), breaks=True)
        if "\n-" in text or "\n -" in text:
            text = lines.apply(text, wrapped_dash_names(text), breaks=True)  # `Sở: Lao động` ⏎ `- Thương binh …`
        if _ARTICLE_AT_LINE_END.search(text):
            text = lines.sub(_BROKEN_ARTICLE, r"\1 ", text, breaks=True)
    text = lines.apply(text, spaced_syllable_letters(text))
    text = lines.apply(text, _glued_word_seams(text))
    return NormalizedText(text, lines)
