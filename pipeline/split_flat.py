"""A header a crawled page ran onto one line, broken back into the lines it is printed on.

Web pages and some converters flatten a document's lines: `PHÒNG GD&ĐT HUYỆN A TRƯỜNG THCS B Số: 15/KH-THCSB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc A, ngày 5 tháng 9 năm 2024 KẾ HOẠCH Thực hiện …
Căn cứ … như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích …`. The header's parts have fixed shapes (Nghị định
30/2020/NĐ-CP, Phụ lục I: the motto's two lines, `Số:`, the place and date, the type in capitals), so the line
is broken before each of them; in such a document a line also breaks where the body's parts start after a
sentence's end (`… như sau: I. MỤC ĐÍCH`, `… quyền làm chủ. 2. Yêu cầu`, `; Căn cứ …`, `. Trên đây là …`).

A break replaces the space before the part with a line break: the text keeps its length, so every offset (and
the folded text, folded word by word) stays valid.
"""
from __future__ import annotations

import re
from itertools import accumulate, compress

from .lexicon import load
from .textfold import roman_value

# The motto in capitals as a header prints it, its words parted by a blank or a few (`CỘNG  HÒA XÃ HỘI …`, typed or
# justified so; the one pattern of it that split, split_flat and frame_title share; `XÃ` also as a legacy font's
# conversion leaves it, `Xà`), and its second line (`Độc lập - Tự do - Hạnh phúc`).
CAPS_MOTTO = re.compile(r"C[ỘO]NG[ \t]{1,3}H(?:ÒA|OÀ|OA|ÔA)[ \t]{1,3}X[ÃÀAãà][ \t]{1,3}H[ỘO]I[ \t]{1,3}CH[ỦU][ \t]{1,3}NGH[ĨI]A"
                        r"[ \t]{1,3}VI[ỆEÊ]T[ \t]{1,3}NAM")
_MOTTO_2 = re.compile(r"Đ[ỘO]C L[ẬA]P\s*[-–]\s*T[ỰU] DO\s*[-–]\s*H[ẠA]NH PH[ÚU]C|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc")
_NUMBER = re.compile(r"(?<![^\W\d_])S[ốo]\s*:\s*\S")
_SYMBOL = re.compile(r"S[ốo]\s*:\s*[\d.…_]*\s*/\s*\S+|S[ốo]\s*:\s*\S+")
# A code of the symbol a typist set off by blanks around its dash (`Số: /KH- NVT`, `4144 /GDĐT – VP`): in capitals
# without tone marks, as frame_header reads it, so the place after the symbol (`Phú Ninh`) is none.
_SPACED_CODE = re.compile(r"(?:[ \t]*[-–][ \t]*|(?<=[-–])[ \t]+)[A-ZĐ\d&](?:[A-ZĐ\d&.]*[A-ZĐ\d&])?(?![^\W_]|\.)")
# `An Lạc, ngày 5 tháng 9 năm 2024`, `…, ngày 05/9/2024`, a day and month left blank (`Phú Ninh, ngày tháng năm
# 2015.`): the date ends the place-date line
_DATE_END = re.compile(r",\s*ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}|,\s*ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
                       r"|,\s*ngày[\s.…_]*tháng[\s.…_]*(?:\d{1,2}\s*)?năm\s+\d{4}")
# The type line in capitals after the date, then the subject in sentence case (`KẾ HOẠCH Thực hiện …`): at most
# four words in capitals, then a word in sentence case
_TYPE_WORDS = 4


_UNDATED_TYPE_WORDS = 12  # right under the motto the type line may hold its subject too (`QUY CHẾ THỰC HIỆN DÂN CHỦ …`)


def _type_end(line: str, at: int, most: int = _TYPE_WORDS) -> int:
    """Where the type's capitals end after `at` (0: no type in capitals then a subject in sentence case)."""
    words = line[at:at + 120].split(" ")
    pos, caps = at, 0
    for word in words:
        if not word or not caps and not any(c.isalnum() for c in word):
            pos += len(word) + 1  # (a blank, or the motto's full stop a flattening left: `Hạnh phúc. BIÊN BẢN`)
            continue
        if caps and (word.startswith(("V/v", "(V/v", "(v/v")) or word[:1] == "(" and word[1:2].isupper() and
                     word[2:3].islower()):
            return pos - 1  # a subject in brackets: `BIÊN BẢN (V/v họp cha mẹ học sinh …)`, `QUYẾT ĐỊNH (Ban hành …)`
        if word.isupper():
            caps += 1
            if caps > most:
                return 0
        elif caps and word[:1].isupper() and word[1:2].islower():
            return pos - 1
        else:
            return 0
        pos += len(word) + 1
    return 0


# Where the body's parts start after a sentence's end: a Roman or Arabic marker (`I.`, `2.`, `1.1.`, `3/`) or a
# letter's (`a)`) before a capital, a list's dash, the preamble's `Căn cứ`, the closing formula, the recipients.
_BODY_BREAK = re.compile(
    r"(?<=[.:;!?)])[ \t]+(?=(?:[IVXL]+(?:[.)]|/\.?)|\d{1,2}(?:\.\d{1,2}){0,3}(?:[.)]|/\.?)|[a-zđ]\))"
    r"[ \t]+[^\W\d_a-zà-ỹđ“\"]"
    r"|[-+•–—▪][ \t]+[^\W\d_]|Căn cứ\s|Trên đây là\s|N[ơo]i nh[ậa]n\s*:)")
# A preamble that follows the subject on its line (`… năm học 2024-2025 Căn cứ Nghị định …`)
_PREAMBLE = re.compile(r"(?<=[^\W_])[ \t]+(?=Căn cứ\s|Kính gửi\s*:)")
# The closing formula and the recipients' label, which no heading or sentence runs into
_CLOSING = re.compile(r"(?<=\S)[ \t]+(?=Trên đây là\s|N[ơo]i nh[ậa]n\s*:)")
_LONG = 160  # a flattened line is longer than any header's own line


def unflatten(text: str) -> str:
    """`text` with each flattened header (and the body's parts run on in its document) broken into lines."""
    header = _flattened_header_anywhere(text)
    lengths = list(map(len, text.split("\n")))
    shortest = _LONG if header else _LONG_BODY
    # the long lines' indexes, found in C: most texts have none, or a few a converter left
    long = list(compress(range(len(lengths)), map(shortest.__le__, lengths)))
    if not long:
        return text
    starts = list(accumulate(map((1).__add__, lengths[:long[-1]]), initial=0))
    chars: list[str] | None = None
    flattened = False
    for index in long:
        start, length = starts[index], lengths[index]
        line = text[start:start + length]
        cuts = _header_cuts(line) if header else set()
        if cuts:
            flattened = True
        if flattened or (length >= _LONG_BODY and _flattened_body(line)):
            cuts.update(m.start() for m in _BODY_BREAK.finditer(line))
            cuts.update(m.start() for m in _CLOSING.finditer(line))
            cuts.update(_caps_heading_ends(line))
        if flattened or length >= _LONG_BODY:
            cuts.update(_article_cuts(line))
        if cuts:
            if chars is None:
                chars = list(text)
            for cut in cuts:
                if chars[start + cut] in " \t":
                    chars[start + cut] = "\n"
    return text if chars is None else "".join(chars)


# A body run onto one long line (the header on lines of its own): its parts' headings, a Roman numeral and capitals
# after a sentence's end (`… như sau: I. MỤC ĐÍCH, YÊU CẦU … II. NỘI DUNG …`), two of them numbered on in the line
_LONG_BODY = 600
_ROMAN_HEADING = re.compile(r"(?<![^ \t])([IVX]{1,4})\.[ \t]+(?=[^\W\d_]{2})")  # after a sentence's end: tested after
_SENTENCE_ENDS = (".", ":", ";", "!", "?")


def _flattened_body(line: str) -> bool:
    """Whether the line holds two part headings numbered one after the other (`I.` … `II.`, `II.` … `III.`)."""
    if "II." not in line and "V." not in line and "X." not in line:  # one of any two numbered on holds one
        return False
    values = [roman_value(m.group(1)) for m in _ROMAN_HEADING.finditer(line)
              if line[m.end():m.end() + 2].isupper()  # the heading in capitals, after a sentence's end
              and (m.start() == 0 or line[:m.start()].rstrip()[-1:] in _SENTENCE_ENDS)]
    return any(b == a + 1 for a, b in zip(values, values[1:]))


# A part's marker at the line's start or after a sentence's end, its heading in capitals after it (`I. MỤC ĐÍCH,
# YÊU CẦU - Nâng cao …`, `III. TỔ CHỨC THỰC HIỆN Giao …`)
_CAPS_HEADING = re.compile(r"(?:^|(?<=[.:;!?])[ \t]+)(?:[IVXL]+|[A-Z])[.)/][ \t]+(?=[^\W\d_]{2})")
_HEADING_WORDS = 20


def _caps_heading_ends(line: str) -> list[int]:
    """Where the capitals of each part's heading end, when the part's text (a sentence in sentence case or a
    list's dash) runs on after them on the line."""
    ends = []
    for marker in _CAPS_HEADING.finditer(line):
        pos, caps = marker.end(), 0
        for word in line[pos:pos + 300].split(" "):
            if not word:
                pos += 1
                continue
            if word.isupper():
                caps += 1
                if caps > _HEADING_WORDS:
                    break
            elif caps and (word in ("-", "–", "+", "•") or word[:1].isupper() and word[1:2].islower()):
                ends.append(pos - 1)
                break
            else:
                break
            pos += len(word) + 1
    return ends


def _flattened_header_anywhere(text: str) -> bool:
    """Cheap test: a motto that shares its line with a `Số:` or a date (searched in C)."""
    for motto in CAPS_MOTTO.finditer(text):
        line_start = text.rfind("\n", 0, motto.start()) + 1
        line_end = text.find("\n", motto.end())
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if len(line) >= _LONG and _header_cuts(line):
            return True
    return False


def _opens_type(line: str, at: int) -> bool:
    """Whether the words after `at` (past blanks and full stops) open with a document's type (models/doc_types.tsv)."""
    words = line[at:at + 40].lstrip(" .\t").lower()
    return any(words.startswith(word + " ") for word in load().type_by_word)


_STOPS = re.compile(r"\.{0,3}")


def _past_stop(line: str, end: int) -> int:
    """Where a header's line ends after `end`: past the full stops a flattening put after it (`… VIỆT NAM. BAN …`,
    `… năm 2012.. QUYẾT ĐỊNH`)."""
    return _STOPS.match(line, end).end()


def _header_cuts(line: str) -> set[int]:
    """The positions of the spaces to break at in a line holding a flattened header (empty: not one). The motto
    must share the line with the number or the place and date."""
    motto = CAPS_MOTTO.search(line)
    if not motto or line.lstrip()[:1] == "|":  # a table's row (a Markdown header's cells) is read by its cells
        return set()
    number = _NUMBER.search(line)
    date = _DATE_END.search(line, motto.end())
    second = _MOTTO_2.search(line, motto.end())
    typed_under_motto = _type_end(line, _past_stop(line, second.end()), _UNDATED_TYPE_WORDS) if second else 0
    if date and typed_under_motto and date.start() > typed_under_motto and _opens_type(line, second.end()):
        date = None  # (the type right under the motto: a date after it is the body's, `Vào lúc … ngày 19 tháng 8 …`)
    # (a draft or an unnumbered rule has neither: the motto's second line on the same line shows the flattening too)
    if not (number or date or second):
        return set()
    # the motto's line ends before a second issuer line the two columns interleave (`… VIỆT NAM TRƯỜNG THCS B Độc lập …`)
    cuts = {motto.start() - 1, _past_stop(line, motto.end())}
    if number:
        cuts.add(number.start() - 1)
        symbol = _SYMBOL.match(line, number.start())
        if symbol:  # the symbol ends the number's line (`Số: 15 /KH-UBND An Lạc, ngày …`)
            end = symbol.end()
            while spaced := _SPACED_CODE.match(line, end):
                end = spaced.end()
            cuts.add(end)
    if second:
        cuts.update((second.start() - 1, _past_stop(line, second.end())))
        if not date and typed_under_motto:  # no place and date: the type in capitals follows the motto (`QUY CHẾ THỰC
            cuts.add(typed_under_motto)  # HIỆN … Trường …`)
    if date:
        dated_end = _past_stop(line, date.end())
        cuts.add(dated_end)  # (`… năm 2015. KẾ HOẠCH`)
        if line.startswith(" V/v", date.end()):  # a letter's subject under its date (`… năm 2010 V/v báo cáo …`)
            cuts.add(date.end())
        typed = _type_end(line, dated_end)
        if typed:
            cuts.add(typed)
    subject_end = _PREAMBLE.search(line, date.end() if date else motto.end())
    if subject_end:
        cuts.add(subject_end.start())
    return {c for c in cuts if 0 < c < len(line)}


# A rule or a charter run onto one line (`… biểu quyết) Chương I NHỮNG QUY ĐỊNH CHUNG Điều 1 . Cơ sở … 1.1 Trường …
# 1.2 Trên cơ sở … Điều 2. Nguyên tắc …`): its chapters and articles open after any word (a sentence's end is often
# lost with its line break), but not after a word that refers to a part
# (`theo quy định tại Điều 5.`, `của Chương II`, `khoản 2 Điều 3.`); an article's points numbered from it (`1.1`,
# `1.2` in `Điều 1`) open at their number.
_PART = re.compile(r"(?<=\S)[ \t]+(?=(?:Chương[ \t]+([IVXL]+)\b|Điều[ \t]+(\d{1,3})[ \t]*\.)[ \t]+[^\W\d_])")
_REFERRING_WORD = re.compile(r"(?:^|[ \t])(?:tại|theo|của|và|hoặc|với|ở|trong|các|từ|đến|tới|như|thuộc|khoản[ \t]+\d+[a-zđ]?"
                             r"|điểm[ \t]+[a-zđ]\d?)[ \t]*$", re.I)


def _parts(line: str):
    """The chapters and articles that open a part in the line: (space before, chapter numeral, article number)."""
    for m in _PART.finditer(line):
        if not _REFERRING_WORD.search(line, max(0, m.start() - 20), m.start()):
            yield m


# an article's own point (`1.2 Trên cơ sở …` in `Điều 1`): its number's first part is the article's
_POINT = re.compile(r"[ \t]+(?=(\d{1,3})\.\d{1,2}\.?[ \t]+[^\W\d_])")


def _article_cuts(line: str) -> list[int]:
    """The spaces before each chapter and article, and before the points an article numbers from itself, in a line
    where two articles (or chapters) numbered one after the other open parts; [] in any other line."""
    if line.count("Điều ") < 2 and line.count("Chương ") < 2:  # (counted in C: most long lines name none or one)
        return []
    parts = list(_parts(line))
    articles = [int(m.group(2)) for m in parts if m.group(2)]
    chapters = [roman_value(m.group(1)) for m in parts if m.group(1)]
    if not any(b == a + 1 for seq in (articles, chapters) for a, b in zip(seq, seq[1:])):
        return []
    cuts = [m.start() for m in parts]
    for part, after in zip(parts, [*parts[1:], None]):
        if part.group(2):
            end = after.start() if after else len(line)
            cuts.extend(m.start() for m in _POINT.finditer(line, part.end(), end) if m.group(1) == part.group(2))
    return cuts
