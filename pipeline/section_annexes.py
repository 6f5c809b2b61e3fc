"""Annexes and forms attached after the signature (Nghị định 30/2020/NĐ-CP, Phụ lục I: `PHỤ LỤC II`, a form's
`Mẫu số 02`): the lines that title them, for pipeline/sections.py to open their sections at."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from itertools import repeat

import regex

from .frame_header import MOTTO
from .lexicon import MODELS_DIR
from .textfold import line_start_matches

# A Roman numeral (`IV`, `XIV`), as annexes and the parts of a document number themselves.
ROMAN = r"(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![A-Za-z])"
NUMBER = regex.compile(r"\d+")
# An annex title (`PHỤ LỤC II`), its own title in capitals on the next line or run on after it (a legal
# database's one-line form: `PHỤ LỤC I [Phụ lục này được sửa đổi bởi …] MẪU QUYẾT ĐỊNH … (Kèm theo …)`); a
# footnote's number may follow a Roman numeral (`PHỤ LỤC I18`).
ANNEX = regex.compile(r"(?im)^[ \t\f*_#]*(PH[ỤU] L[ỤU]C)"
                      r"(?:[ \t]+(?:số[ \t]+)?(" + ROMAN + r"(?=\d{0,2}(?!\d))\d{0,2}|\d{1,2}))?"
                      r"(?:[ \t.:]*$|[ \t.:–-]+(?P<title>(?:\[[^\]\n]*\][ \t]*)?(?-i:\p{Lu}{2,}[ \t]+\p{Lu}{2,}).*)$)")
ANNEX_WORDS = regex.compile(r"(?i)PH[ỤU] L[ỤU]C")


def _form_titles() -> str:
    """models/sections.json: the words that title a form (`Mẫu số`, `Biểu mẫu`), longest first, as one alternation."""
    with open(MODELS_DIR / "sections.json", encoding="utf-8") as handle:
        words = json.load(handle)["form_titles"]
    return "|".join(regex.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


# A form's title alone on its line after the closing block (`Biểu mẫu 1`, `MẪU SỐ 04-A[6] (được bãi bỏ)`, `Mẫu số
# 02/BCĐBHĐND-MT`): its number, then perhaps its code, a database's note and an aside. Its numbered lines
# (`1.`, `1.1.`) are its own: each form restarts them.
FORM = regex.compile(r"(?m)^[ \t\f*_#]*(?P<label>(?i:" + _form_titles() + r")[ \t]+(?P<number>\d{1,3})[\w.-]*)"
                     r"(?:/[\w.&/-]*)?(?P<rest>(?:[ \t]*\[[^\]\n]*\])?(?:[ \t]*\([^)\n]*\))?)[ \t.:]*$")
# The line breaks before a line that opens with a form's first word, found by `re` from one line break to the next
# (a search for the words themselves stops at every `đại biểu`).
_FORM_LINE = re.compile(r"\n(?=[ \t\f*_#]*(?i:mẫu|biểu)[ \t])")
ANNEX_NOTE = regex.compile(r"\[[^\]\n]*\]")
ANNEX_CAPTION = regex.compile(r"[ \t]*\((?i:kèm theo|ban hành kèm)")


# A form is laid out as the document it will be: under its number a header (the issuing body over its rule beside
# the motto, `Số: …`, a date line left blank) stands before its title (`BẢN KHAI CÁ NHÂN`, `QUYẾT ĐỊNH`), which may
# have a rule under it too. A legal database runs the header on after the title (`TỜ KHAI XÓA ĐĂNG KÝ [ID: …]
# CỘNG HÒA XÃ HỘI …`).
_RULE = regex.compile(r"[-–—_=]{3,}")
_RULED = regex.compile(r"[-–—_=]{3,}[ \t]*$")
# `Số: ……/……`; a date line opening the line, its place and numbers left to fill in (`……, ngày … tháng … năm …`).
_FORM_HEADER_LINE = regex.compile(r"(?i)^[ \t|]*(?:s[ốo][ \t]*[:.]|[\p{L} .…,]{0,40}ng[àa]y[ \t.…]*th[áa]ng[ \t.…]*n[ăa]m)")
_LETTER = regex.compile(r"\p{L}")
_TO_FILL = regex.compile(r"[.…]{3,}")
_HEADER_LINES = 8  # at most: two cells of each of the header's rows, the motto's two lines


def _opens_with_motto(line: str) -> bool:
    return bool(MOTTO.match(line.lstrip(" \t|*")))


def _is_form_header(line: str, following: str) -> bool:
    """A line of the header a form is laid out with, above its title (`following`: the next line with text): the
    motto, the number or date line, or a ruled line beside the motto or left to fill in (`UBND TỈNH, (TP)......
    -------`, `……(1) -------`); a line with a database's note on it is a title the header runs on after."""
    if "[" in line:
        return False
    if _opens_with_motto(line) or _FORM_HEADER_LINE.search(line):
        return True
    ruled = _RULED.search(line)
    return bool(ruled and (_opens_with_motto(following) or _TO_FILL.search(line, 0, ruled.start())
                           or not _LETTER.search(line, 0, ruled.start())))


def is_ruled_header(line: str) -> bool:
    """A ruled line (a header's body over its rule, the motto): no wrapped part of a form's title."""
    return bool(_RULED.search(line) or _opens_with_motto(line))


def without_form_header(title: str) -> str:
    """A form's title without the header a database ran on after it, the rule under it, or its notes (`[ID: …]`)."""
    header = [m.start() for m in (MOTTO.search(title), _RULE.search(title)) if m]
    if header:
        note = ANNEX_NOTE.search(title, 0, min(header))
        title = title[:note.start() if note else min(header)]
    return ANNEX_NOTE.sub("", title)


def past_form_header(texts: list[str], index: int, next_line: Callable[[int], int]) -> int:
    """The first line from `index` (`next_line` gives the next one with text) that is no line of a form's
    header: the form's title; -1 when none follows."""
    for _ in range(_HEADER_LINES):
        if index < 0:
            return index
        following = next_line(index)
        if not _is_form_header(texts[index], texts[following] if following >= 0 else ""):
            return index
        index = following
    return index


def _is_cell(line: str) -> bool:
    """A cell of a table row, which normalize puts on a line of its own between the blanks around its `|`
    (`| Thương binh loại B | Phụ lục III |` → ` Thương binh loại B ` ⏎ ` Phụ lục III `)."""
    return len(line) >= 2 and line[0] == " " and line[-1] == " "


def _in_table_row(texts: list[str], index: int) -> bool:
    """An annex named in a cell beside another cell of its row (a table of rates pointing to the annex that
    sets them) titles none."""
    return index > 0 and _is_cell(texts[index]) and _is_cell(texts[index - 1])


def annex_titles(text: str, index_of: Callable[[int], int], texts: list[str], after: int) \
        -> tuple[dict[int, regex.Match], dict[int, tuple[str, int]]]:
    """By line index (`index_of` an offset's, `texts` the lines), the annexes' and opening forms' titles
    after the closing block (which ends at `after`), and each form title's number (`_form_numbers`)."""
    annexes = {index: m for m in line_start_matches(ANNEX, text, ANNEX_WORDS, after)
               if not _in_table_row(texts, index := index_of(m.start()))}
    # forms' titles, by the same keys (a line is either an annex's title or a form's)
    forms = {index_of(m.start()): m for m in map(FORM.match, repeat(text), (
        line_break.end() for line_break in _FORM_LINE.finditer(text, after))) if m}
    numbers = _form_numbers(text, forms)
    annexes.update((index, forms[index]) for index in _opening_forms(forms, numbers, texts))
    return annexes, numbers


def footnote_free(digits: str, prev: int) -> str:
    """The number written before a footnote's mark a crawler glued to it (`Mẫu số 515` after `Mẫu số 05`: form 5,
    note 15; `Điều 210.` after `Điều 1.`: article 2, note 10): a number that does not follow on from the previous one
    of its kind (`prev`) but opens with one that does (the same or the next) and one or two digits after it.
    As written otherwise."""
    if int(digits) in (prev, prev + 1):
        return digits
    for cut in (len(digits) - 1, len(digits) - 2):
        if cut > 0 and int(digits[:cut]) in (prev, prev + 1):
            return digits[:cut]
    return digits


def _form_numbers(text: str, forms: dict) -> dict[int, tuple[str, int]]:
    """By line index, each form title's number (a footnote's mark glued to it left out: `footnote_free`, read in the
    order of the titles, listed ones too: the notes number on through them) and where its written digits end."""
    numbers, prev = {}, None
    for index in sorted(forms):
        start = forms[index].start("number")
        digits = NUMBER.match(text, start).group()
        read = digits if prev is None else footnote_free(digits, prev)
        numbers[index] = (read, start + len(digits))
        prev = int(read)
    return numbers


def _opening_forms(forms: dict, form_numbers: dict[int, tuple[str, int]], texts: list[str]) -> list[int]:
    """The lines of the forms' titles (`_FORM` matches, by line index) that open a form. A title followed, at most
    two lines of text further, by the next one numbered on opens none: a list of the annex's forms (`Mẫu số 1A` ⏎
    `Bản khai cá nhân …` ⏎ `Mẫu số 1B`, a table's cells) or repealed forms' titles one under the other (`MẪU SỐ
    01[3] (được bãi bỏ)`). Neither does the list's last title when the title after it numbers back (`Mẫu số 6` ⏎
    … `Mẫu số 1A`: the forms themselves, from the first)."""
    titles = sorted(forms)
    numbers = [int(form_numbers[index][0]) for index in titles]
    listed = [after is not None and numbers[i + 1] >= numbers[i]
              and sum(1 for line in texts[index + 1:after] if line.strip()) <= 2
              for i, (index, after) in enumerate(zip(titles, [*titles[1:], None]))]
    for i in range(1, len(titles) - 1):
        if listed[i - 1] and not listed[i] and numbers[i + 1] < numbers[i]:
            listed[i] = True
    return [index for index, is_listed in zip(titles, listed) if not is_listed]

