"""Segment a document into its section tree, with levels from the numbering.

Marker kinds: `Phần`, `Chương`, `Mục`, `Điều N.`, Roman numerals (`II.`), upper-case letters (`A.`),
dotted Arabic numbers by depth (`1.`, `1.1.`, `2.1.3.`, `2)`), lower-case letters in the Vietnamese
alphabet (`a)` … `đ)` … `g)`), and after the signature annex and form titles (`PHỤ LỤC II`, `Mẫu số 02`).
A marker alone on its line (`3.` ⏎ its text) counts where its number follows on. A kind's level is fixed
when it first appears (child of whatever is open), except that a kind which ranks above every open one in
the genre's usual hierarchy closes them (a fragment that starts at `3.` and later reaches `III.`).
"""
from __future__ import annotations

import bisect
import json
import re
from functools import cached_property
from itertools import accumulate, compress

import regex

from . import lexicon
from .lexicon import MODELS_DIR
from .nlp_models import phrase_tags
from .records import Section
from .section_annexes import ANNEX_CAPTION, ANNEX_NOTE, FORM, NUMBER, ROMAN, annex_titles, footnote_free
from .section_annexes import is_ruled_header, past_form_header, without_form_header
# `_quote_opening` stays readable here: tests/test_scans.py checks it against the pattern it stands for
from .section_quotes import quote_opening as _quote_opening, quoted_spans  # noqa: F401
from .textfold import roman_value, squash, strip_markup

LETTERS = "abcdđefghiklmnopqrstuvxy"  # Vietnamese order; `f` is not Vietnamese but writers use it

# The parts a document is divided into (Nghị định 30/2020/NĐ-CP, Phụ lục I: `Phần`, `Chương`).
_OWN_PARTS = ("phan", "chuong")
# A legal text is laid out in phần, chương, mục, điều, khoản, điểm (Luật Ban hành văn bản quy phạm pháp luật
# 2015): the first four are never inside a khoản or điểm.
_LEGAL_KINDS = ("phan", "chuong", "muc", "dieu")
# Kinds that close every open kind ranked below them: the legal ones, a form's title (`Biểu mẫu 2`: the lines of
# the form before it are done) and the dotted numbers (`2.2.`), whose parent is written in them.
_STRICT_KINDS = frozenset((*_LEGAL_KINDS, "mau", "arabic2", "arabic3", "arabic4"))
_UNNUMBERED_ANNEX = regex.compile(r"^Phụ lục(?:_\d+)?$")
# Canonical rank of each kind (smaller = higher); ties keep first-appearance order.
_RANK = {"phuluc": -1, "mau": -0.5, "phan": 0, "chuong": 1, "muc": 2, "dieu": 3, "upper": 4, "roman": 4,
         "arabic1": 6, "arabic2": 7, "arabic3": 8, "arabic4": 9, "lower": 10}
# The kinds ranked below each kind: a heading of the kind restarts their numbering.
_BELOW = {kind: tuple(k for k, r in _RANK.items() if r > rank) for kind, rank in _RANK.items()}

_LEAD = r"^[ \t\f>*_#]*"  # a form feed (page break) may open the line
_LEAD_CHARACTERS = " \t\f>*_#"  # what `_LEAD` passes over
_SLASH = r"/(?=[ \t]+[\p{L}“\"])"  # a marker closed by a slash (`1/ Mục đích`): a word follows after a space
_FILL_IN = regex.compile(r"…{2}|\.{4}|_{4}")  # a form's blank to fill in (`Họ và tên: …………`)
_PATTERNS = [
    # a report's or a plan's `PHẦN A: KẾT QUẢ …`, `Phần B.` too: a capital letter alone
    ("phan", regex.compile(_LEAD + r"(Phần\s+(?:thứ\s+\p{L}+|" + ROMAN + r"|\d+|(?-i:[A-HK-UW-ZĐ])(?![\p{L}\d])))(?=[\s.:]|$)\s*[.:]?",
                           regex.I)),
    ("chuong", regex.compile(_LEAD + r"(Chương\s+(?:" + ROMAN + r"|\d+))(?=[\s.:]|$)\s*[.:]?", regex.I)),
    ("muc", regex.compile(_LEAD + r"(Mục\s+(?:\d+|" + ROMAN + r"))(?=[\s.:]|$)\s*[.:]?")),
    ("dieu", regex.compile(_LEAD + r"(Điều\s+\d+[a-z]?)\s*[.:]")),
    # a Party document's `I- HƯỚNG DẪN CHUNG` (Hướng dẫn 36-HD/VPTW: its parts numbered `I-`, `II-`)
    # and a hand-typed plan's `I/ MỤC ĐÍCH`, `1/ Mục đích`, `1.1/ …`, `a/ …`: a slash then a space and a word
    # (never `15/9/2024`, `12/KH-UBND`: no space after their slash)
    ("roman", regex.compile(_LEAD + r"(" + ROMAN + r")\s*(?:[.)](?!\d)|-(?=[ \t]+\p{Lu})|" + _SLASH + ")")),
    ("upper", regex.compile(_LEAD + r"([A-HK-UW-Z])\s*\.(?=\s)")),
    # `1.2.` / `2)` / `1- Mục đích` (typed by hand, as a Party document's `I-`), and a sub-number written without
    # its final dot (`1.3 Tổ chức …`).
    ("arabic", regex.compile(_LEAD + r"(?|(\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:\.(?!\d)|\)|" + _SLASH + r"|-(?=[ \t]+\p{Lu}))|(\d{1,2}(?:\.\d{1,2}){1,3})(?=[ \t]+\p{Lu}))")),
    ("lower", regex.compile(_LEAD + r"([a-zđ])\s*(?:\)|\.(?=\s)|" + _SLASH + ")")),
]
# What a heading's text opens with, matched where its marker ends (`match` anchors there).
_STARTS_TEXT = regex.compile(r"[ \t*_\"“‘(]*[\p{Lu}\d“\"]")
_STARTS_ANY_LETTER = regex.compile(r"[ \t*_\"“‘(]*[\p{L}\d“\"]")


# A legal database's anchor before each part of a decree (`Nghị định 47/2021/NĐ-CP. Điều 1. …`), its letters
# and symbol characters left open (`_ANCHOR` fills them in exactly; `_LINE_OPENINGS`, in `re`, more widely).
_ANCHOR_SHAPE = r"{upper}{lower}*(?:[ \t]+{lower}+){{0,3}}[ \t]+\d+/{symbol}+\.[ \t]+(?=(?:Phần|Chương|Mục|Điều)\s)"
_ANCHOR = _ANCHOR_SHAPE.format(upper=r"\p{Lu}", lower=r"\p{Ll}", symbol=r"[\w/\-&]")
_CRAWLER_ANCHOR = regex.compile(r"^[ \t]*" + _ANCHOR)
# How a marker opens, after the line's lead (the crawler's anchor aside).
_MARKER_OPENINGS = (r"[IVXLC]+\s*[.)/-]|[A-Z]\s*\.|\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)/-]|\d{1,2}\.\d|[a-zđ]\s*[)./]|"
                    r"(?i:phần|chương)\s|Mục\s|Điều\s")
# One cheap test before the eight marker patterns: most lines cannot be headings.
_CANDIDATE = regex.compile(r"^[ \t\f>*_#]*(?:" + _MARKER_OPENINGS + "|" + _ANCHOR + ")")


# The candidate lines and the first `Nơi nhận` line of a text, in one scan of `re` (which skips from one line
# break to the next in C; a `(?m)^` is tried at every position): after a line break, a lookahead only, so a
# match never reaches into the next line. A superset of `_CANDIDATE` (`\p{Lu}`, `\p{Ll}` are letters here,
# `[\w/\-&]` anything but a space): `_candidate_marker` holds the exact test, and finds a marker only on a
# line `_CANDIDATE` matches. The `Nơi nhận` branch comes first; such a line is tried for a marker too.
_LINE_OPENINGS = re.compile(r"\n(?=(?P<closing>[ \t\f|*]*(?i:n[ơoô]i nh[ậaâ]n))|[ \t\f>*_#]*(?:" + _MARKER_OPENINGS + "|"
                            + _ANCHOR_SHAPE.format(upper=r"[^\W\d_]", lower=r"[^\W\d_]", symbol=r"\S") + "))")


# The characters each kind of marker can open with (after the line's lead): only those kinds are tried.
# Any other character can open only an Arabic number (`\d` is wider than ASCII digits).
_OPENERS = {"phan": "Pp", "chuong": "Cc", "muc": "M", "dieu": "Đ", "roman": "IVXLC",
            "upper": "ABCDEFGHKLMNOPQRSTUWXYZ", "lower": "abcdefghijklmnopqrstuvwxyzđ"}
_PATTERNS_BY_FIRST = {c: [(kind, pattern) for kind, pattern in _PATTERNS if c in _OPENERS.get(kind, "")]
                      for c in "".join(_OPENERS.values())}
_NUMBER_ONLY = [(kind, pattern) for kind, pattern in _PATTERNS if kind == "arabic"]
_SPACES = regex.compile(r"\s+")


def _signature_line() -> tuple[frozenset[str], regex.Pattern]:
    """models/sections.json: the signature block's abbreviations (`TM.`, `Q.`), and a pattern for the signer's title
    after one (models/signer_titles.txt, perhaps a deputy's `PHÓ`), matched where the abbreviation's dot ends."""
    with open(MODELS_DIR / "sections.json", encoding="utf-8") as handle:
        abbreviations = frozenset(json.load(handle)["signature_abbreviations"])
    titles = "|".join(regex.escape(t).replace(r"\ ", r"[ \t]+") for t in lexicon.load().signer_titles)
    return abbreviations, regex.compile(r"[ \t]*(?:PHÓ[ \t]+)?(?:" + titles + r")(?![\p{L}\d])")


# `Q. CHÁNH VĂN PHÒNG`, `Q. HIỆU TRƯỞNG`: a signature's first line, not a section `Q`
_SIGNATURE_ABBREVIATIONS, _SIGNER_TITLE = _signature_line()


def _match_marker(line: str):
    """(kind, id component, (marker start, heading text start), number) of the marker opening `line`."""
    return _candidate_marker(line) if _CANDIDATE.match(line) else None


def _candidate_marker(line: str, alone: bool = False):
    """`_match_marker` for a line `_CANDIDATE` matches; with `alone`, the Roman, Arabic or letter marker of a
    line that holds nothing else (`3.` ⏎ `Trong thời hạn …`, `a)` ⏎ `Tổ chức …`: a PDF's text, a table cell),
    which is otherwise left out (the legal kinds, `Điều 5.` ⏎ …, are kept either way)."""
    anchor = _CRAWLER_ANCHOR.match(line) if line.find("/", 0, 60) >= 0 else None
    if anchor:
        found = _match_marker(line[anchor.end():])
        if found:
            kind, value, (_, text_start), number = found
            return kind, value, (anchor.end(), anchor.end() + text_start), number
        return None
    first = line[:1]
    if first in _LEAD_CHARACTERS:  # most lines open with their marker: no stripped copy of the line
        first = line.lstrip(_LEAD_CHARACTERS)[:1]
    for kind, pattern in _PATTERNS_BY_FIRST.get(first, _NUMBER_ONLY):
        match = pattern.match(line)
        if not match or not match.group(1):
            continue
        end = match.end()
        label = match.group(1)
        if line[end - 1] == "/" and _FILL_IN.search(line, end):
            continue  # `1/ Họ và tên: ………… Sinh ngày: ……`: a form's field to fill in, no heading
        # nothing but whitespace after the marker (read on the line: no copy of its rest)
        blank_rest = len(line.rstrip()) <= end
        if alone:
            if not blank_rest or kind not in ("roman", "arabic", "lower"):
                continue
        elif kind in ("roman", "arabic") and blank_rest:
            continue
        # Headings start with a capital (or a quote / a number); prose wrapped after a sentence-final
        # number does not ("… năm\n2024. Tăng" is excluded by the year check).
        elif kind in ("roman", "upper", "arabic") and not blank_rest and not _STARTS_TEXT.match(line, end):
            continue
        elif kind == "lower" and not _STARTS_ANY_LETTER.match(line, end):
            continue
        if kind == "arabic":
            typed = _TYPED_AFTER_AUTO.match(line, end) if "." in line[end:end + 7] and not alone else None
            if typed:  # `1. A.   NHIỆM VỤ …`: Word's numbering saved as text before the typed marker, which counts
                found = _match_marker(line[end:])
                if found and found[0] in ("upper", "roman"):
                    kind, value, (start, text_start), number = found
                    return kind, value, (end + start, end + text_start), number
            last = label.rsplit(".", 1)[-1]
            return f"arabic{label.count('.') + 1}", last, (0, end), int(last)
        if kind == "roman":
            return kind, label.upper(), (0, end), roman_value(label)
        if kind == "upper":
            if label in _SIGNATURE_ABBREVIATIONS and _SIGNER_TITLE.match(line, end):
                return None
            return kind, label, (0, end), ord(label) - 64
        if kind == "lower":
            return kind, label, (0, end), LETTERS.find(label) + 1 if label in LETTERS else None
        value = _SPACES.sub(" ", label)
        number = NUMBER.search(value)
        return kind, _part_name(value), (0, end), int(number.group(0)) if number else None
    return None


# A marker glued to its text by a lost space (`1Quán triệt tinh thần …` under a Roman part): a number, then a
# capital and a small letter. Kept only where such numbers run in order (`_glued_in_order`).
_GLUED = regex.compile(_LEAD + r"(\d{1,2})(?=\p{Lu}\p{Ll})")
_GLUED_ANY = re.compile(r"\n[ \t\f>*_#]*\d{1,2}(?=[^\W\d_])")  # one scan in C: most texts have none


# A typed letter or Roman marker right after an Arabic one (`1. A.   NHIỆM VỤ TRỌNG TÂM`, `2. II. TỔ CHỨC THỰC HIỆN`):
# the Arabic number is Word's automatic numbering saved as text; the heading after the typed marker opens
# with a capital.
_TYPED_AFTER_AUTO = regex.compile(r"[ \t]*(?:[A-H]|[IVX]{1,4})\.[ \t]+(?=\p{Lu})")


def _part_name(label: str) -> str:
    """A part's id as the keys write it, however the heading is cased: `CHƯƠNG II` and `Chương II` are both
    `Chương II`, `PHẦN THỨ NHẤT` is `Phần thứ nhất` (a Roman numeral or a letter stays in capitals: `Phần A`)."""
    if label.upper() != label:
        return label[:1].upper() + label[1:]
    words = label.split(" ")
    return " ".join([words[0][:1] + words[0][1:].lower(),
                     *(w if len(w) == 1 or regex.fullmatch(ROMAN, w) else w.lower() for w in words[1:])])


def _lone_marker(line: str):
    """The marker of a line that holds a Roman, Arabic or letter marker and nothing else, or None."""
    if line.rstrip()[-1:] not in (".", ")"):  # most short lines a marker opens have more after it
        return None
    return _candidate_marker(line, alone=True)


# OCR loses or swaps the marks; a sentence that opens with the words (`Nơi nhận văn bản xác định …`, a guide to
# writing documents) does not open the closing block
_NOI_NHAN = regex.compile(r"(?im)^[ \t\f|*]*n[ơoô]i nh[ậaâ]n(?![ \t]+\p{Ll})")


def _quoted_spans(text: str, lines: "_Lines | None" = None) -> list[tuple[int, int]]:
    """The blocks quoted from another document (pipeline/section_quotes.py): their markers are not this one's."""
    return quoted_spans(text, lines if lines is not None else _Lines(text))


def _breaks_a_row(kind: str, number: int, following: list) -> bool:
    """Whether the first marker among the lines after a lone marker's text is of its kind but does not come next
    (`1.` ⏎ `An Giang` ⏎ `AGG` ⏎ `33.`: a table laid out in column pairs)."""
    first = next((found for found in following if found), None)
    return first is not None and first[0] == kind and first[3] != number + 1


# The words that name a part of a text, a step or a form by the number after them (`khoản 2.1`, `Bước 2.`, `Mẫu số 1.`)
_NAMED_BY_NUMBER = "điều|chương|mục|phần|khoản|điểm|tiết|số|bước|đợt|lần|mẫu|biểu|lục"
# A number run on inside a heading's line (`… quan hệ lao động 2.1.`, `… đình công 3.1. Rà soát …`): a dotted one, or
# one closed by `.`, that ends the line or is followed by a heading's opening. Matched at the space before it.
_RUN_ON_SHAPE = r"[ \t](\d{1,2}(?:\.\d{1,2}){0,3})(?:\.(?=[ \t]*$|[ \t]+[\p{Lu}\d\"“])|(?<=\.\d{1,2})(?=[ \t]+\p{Lu}))"
# The first child's is not a part of a legal text, a step or a form named by its number (`khoản 2.1`, `Mục 2.1.`,
# `Mẫu số 1.`); its siblings' may follow such a word (`2.1. Ưu điểm 2.2. Tồn tại`: `điểm` is a syllable of `ưu điểm`).
_RUN_ON_FIRST = regex.compile(_RUN_ON_SHAPE + r"(?<!(?i:" + _NAMED_BY_NUMBER + r")[ \t]\d{1,2}(?:\.\d{1,2})*\.?)")
_RUN_ON_SIBLING = regex.compile(_RUN_ON_SHAPE)


# The kinds whose first child a crawler runs on, and what that child's number holds
_CHILD_ENDS = {"roman": " 1.", "upper": " 1.", "arabic1": ".1", "arabic2": ".1", "arabic3": ".1"}


def _run_on_children(texts: list[str], starts: list[int], markers: dict[int, tuple]) \
        -> tuple[dict[float, tuple[int, tuple]], dict[int, list[int]]]:
    """The child markers a crawler ran onto their parent's line (`2. Tăng cường … 2.1.` ⏎ its text, `III. TỔ CHỨC
    THỰC HIỆN 1.`, `3. Giải quyết … 3.1. Rà soát …`): by line index plus a fraction, where each starts in the text
    and its marker; and by line index, where the run-on markers start. Only a number that opens the parent's
    numbering (`2.` → `2.1`, `III.` or `A.` → `1.`), then the siblings that number on from it on the same line
    (`2.1. Ưu điểm 2.2. Tồn tại …`): a date, an amount or a cited part does not."""
    run_on: dict[float, tuple[int, tuple]] = {}
    cuts: dict[int, list[int]] = {}
    for index, (kind, _, (marker_start, text_start), _) in markers.items():
        child_end = _CHILD_ENDS.get(kind)
        # what every child's number holds (`2.1`: `.1`; `1.` under `III.`), found in C: most lines hold none
        if child_end is None or texts[index].find(child_end, text_start) < 0:
            continue
        line = texts[index]
        if child_end == " 1.":
            prefix = ""
        else:
            label = line[marker_start:text_start].strip(_LEAD_CHARACTERS)
            if not label.endswith("."):  # `2)` numbers its children otherwise
                continue
            prefix = label.rstrip(". \t") + "."
        base = starts[index]
        child, at, count = prefix + "1", text_start, 0
        while count < 40 and (at := line.find(" " + child, at)) >= 0:
            match = (_RUN_ON_SIBLING if count else _RUN_ON_FIRST).match(line, at)
            if not match or match.group(1) != child:
                at += 1
                continue
            rest = line[at + 1:]
            found = _candidate_marker(rest, alone=not line[match.end():].strip())
            if not found:
                break
            run_on[index + 0.5 + count / 100] = (base + at + 1, found)
            cuts.setdefault(index, []).append(base + at + 1)
            count += 1
            child, at = f"{prefix}{count + 1}", match.end()
    return run_on, cuts


class _Lines:
    """The text's lines (`texts`, `starts`), with the marker of each line that has one (`markers`, by
    line index) and the `Nơi nhận` line that opens the closing block (`closing`, a match, or None);
    markers are looked for only on the lines that one multi-line scan of the whole text finds as
    candidates, the same scan that finds the closing block."""

    def __init__(self, text: str):
        self.texts = text.split("\n")
        # each line's start: the lengths of the lines before it, plus their line breaks (summed in C)
        self.starts = list(accumulate(map((1).__add__, map(len, self.texts[:-1])), initial=0))
        self.markers: dict[int, tuple] = {}
        lone: dict[int, tuple] = {}  # the lines with a marker and nothing else (`_fitting` decides)
        self.closing = _NOI_NHAN.match(text)  # the `Nơi nhận` line that opens the closing block, or None
        starts, texts, markers = self.starts, self.texts, self.markers
        found = _match_marker(texts[0])
        if found:
            markers[0] = found
        for match in _LINE_OPENINGS.finditer(text):
            index = bisect.bisect_right(starts, match.start())  # the line after the break
            if match.group("closing") is None:
                found = _candidate_marker(texts[index])
            else:
                if self.closing is None:
                    self.closing = _NOI_NHAN.match(text, match.end())
                found = _match_marker(texts[index])
            if found:
                markers[index] = found
            elif len(texts[index]) <= 16 and (found := _lone_marker(texts[index])):
                lone[index] = found
        self.glued: dict[int, int] = {}  # the glued markers (`1Quán triệt …`), kept in order only (`_find_headings`)
        for match in _GLUED_ANY.finditer(text):
            index = bisect.bisect_right(starts, match.start())
            if index not in markers and (glued := _GLUED.match(texts[index])):
                markers[index] = ("arabic1", glued.group(1), (0, glued.end()), int(glued.group(1)))
                self.glued[index] = int(glued.group(1))
        if self.glued:  # the markers in text order
            self.markers = markers = dict(sorted(markers.items()))
        # before the lone markers are fitted: a run-on `2.1` is the one a lone `2.2.` numbers on from
        self.run_on, self.cuts = _run_on_children(texts, starts, markers) if markers else ({}, {})
        self.lone = self._fitting(lone) if lone else frozenset()

    def _fitting(self, lone: dict[int, tuple]) -> frozenset[int]:
        """The lone markers that open a section, added to `markers`: followed by text (not by another marker:
        a table's column numbers) and numbered on from the last marker of their kind (its number + 1), or
        the first of their kind (`1.`, `a)`, `I.`) under a lead-in (a line closed by `:`) or a heading of a
        higher kind. A lone number that breaks the sequence is a page's, a column's or a count; one followed
        within a table row by a lone number of its kind that does not come next (`1.` ⏎ `An Giang` ⏎ `AGG` ⏎
        `33.`) numbers a table laid out in column pairs."""
        markers, texts, run_on = self.markers, self.texts, self.run_on
        last_number: dict[str, int] = {}
        kept = []
        for index in sorted({*markers, *lone, *run_on}):
            kind, _, _, number = found = markers.get(index) or lone.get(index) or run_on[index][1]
            if index in lone:
                nxt = _next_nonblank(self, index)
                previous = index - 1
                while previous >= 0 and not texts[previous].strip():
                    previous -= 1
                prev = last_number.get(kind)
                lead_in = previous >= 0 and (texts[previous].rstrip(" \t*_").endswith(":") or (
                    previous in markers and _RANK.get(markers[previous][0], 99) < _RANK.get(kind, 99)))
                if nxt < 0 or nxt in markers or nxt in lone or number is None \
                        or not (number == (prev or 0) + 1 and (prev is not None or lead_in)) \
                        or _breaks_a_row(kind, number, [lone.get(row) or markers.get(row)
                                                        for row in range(nxt + 1, nxt + 4)]):
                    continue
                markers[index] = found
                kept.append(index)
            if number is not None:
                last_number[kind] = number
                for below in _BELOW.get(kind, ()):
                    last_number.pop(below, None)
        if kept:  # text order, for the scans over `markers`
            self.markers = dict(sorted(markers.items()))
        return frozenset(kept)

    @cached_property
    def wrap_width(self) -> int:
        """The width a converter wrapped every paragraph at (pdftotext, a scan's OCR), or 0 when lines
        run to the paragraph's end: most long lines end within a few characters of the same width."""
        texts = self.texts
        # the lengths of the lines of 40 characters or more once stripped, counted in C (`map`, `compress`)
        lengths = sorted(compress(map(len, map(str.rstrip, texts)), map((40).__le__, map(len, map(str.strip, texts)))))
        if len(lengths) < 20:
            return 0
        width = lengths[int(0.9 * len(lengths)) - 1]
        near = bisect.bisect_right(lengths, width + 2) - bisect.bisect_left(lengths, width - 10)  # sorted: a slice
        return width if width <= 110 and near >= 0.4 * len(lengths) else 0

    def index_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1


_SEQUENCED = frozenset({"arabic1", "lower", "roman", "upper"})  # kinds whose numbers must follow on


def _find_headings(text: str, lines: _Lines, closing):
    """Headings, in text order, as (kind, id component (`II`, `3`, `a`, `Điều 5`), marker, where the heading
    starts (its marker, blanks skipped), where its text starts, number, line index): marked lines outside quoted
    text, an article a crawler ran on after a quote's closing mark (`… giá.” Điều 2. …`), and annex titles
    (`PHỤ LỤC II`) and forms' titles (`Mẫu số 02`, `Biểu mẫu 1`) after the closing block; a marker that breaks its own sequence (a wrapped line that happens
    to start `5.`) is dropped as it comes. Yielded to `segment` as found (no list of heading records built
    first)."""
    quoted = _quoted_spans(text, lines)
    annexes, form_numbers = annex_titles(text, lines.index_of, lines.texts, closing.end()) if closing else ({}, {})
    after_quotes = _run_on_after_quotes(text, lines, quoted)
    run_on = {**lines.run_on, **after_quotes} if lines.run_on else after_quotes
    markers, starts, texts = lines.markers, lines.starts, lines.texts
    last_number: dict[str, int] = {}  # per kind, the number of the last heading kept
    # the glued markers (`1Quán triệt …`): a digit right before the heading's text
    glued = lines.glued
    q = 0
    dropped = -1  # the line of the last marker dropped: the children run on after it go with it
    # The markers were found in text order; annex titles and run-on headings, when there are any, are merged in
    # (a run-on heading's key is its line's index plus a fraction: it comes after the line's own marker).
    for key in sorted({*markers, *annexes, *run_on}) if annexes or run_on else markers:
        if run_on and key in run_on:
            index = int(key)
            base, found = run_on[key]
            heading_start = base
            if key not in after_quotes:  # a child run on after its parent's number: not where the parent is not
                while q < len(quoted) and quoted[q][1] <= base:
                    q += 1
                if index == dropped or q < len(quoted) and quoted[q][0] <= base < quoted[q][1]:
                    continue
        else:
            index = key
            start, line_text, found = starts[index], texts[index], markers.get(index)
            while q < len(quoted) and quoted[q][1] <= start:
                q += 1
            if q < len(quoted) and quoted[q][0] <= start < quoted[q][1] or found and _form_field(texts, index, found):
                dropped = index
                continue
            if not found:
                annex = annexes[index]
                if annex.re is FORM:
                    label = _SPACES.sub(" ", annex.group("label"))
                    words = _SPACES.sub(" ", text[annex.start("label"):annex.start("number")]).strip()
                    read, after = form_numbers[index]
                    value = f"{words[:1].upper()}{words[1:].lower()} {read}{text[after:annex.end('label')]}"
                    yield ("mau", value, label, start + _blank_lead(line_text), annex.start("rest"), int(read), index)
                    continue
                numeral = annex.group(2) or ""
                if numeral[:1].isalpha():
                    numeral = numeral.rstrip("0123456789")  # a footnote's number after a Roman numeral
                value = "Phụ lục" + (f" {numeral.upper()}" if numeral else "")
                title = annex.start("title") - start if annex.group("title") else len(line_text)
                yield ("phuluc", value, strip_markup(line_text[:title]).strip(" .:–-"),
                       start + _blank_lead(line_text), start + title, None, index)
                continue
            base, heading_start = start, start + len(line_text) - len(line_text.lstrip())  # `_blank_lead`, inline
        kind, value, (marker_start, text_start), number = found
        if number is not None:
            if kind == "dieu" and number > 9 and (article := last_number.get(kind)) is not None:
                read = footnote_free(str(number), article)  # `Điều 210.` after `Điều 1.`: article 2, note 10
                if read != str(number) and int(read) == article + 1:  # an article's number is never written twice
                    value, number = value.replace(str(number), read, 1), int(read)
            prev = last_number.get(kind) if kind in _SEQUENCED else None
            if glued and index in glued and not _glued_in_order(glued, index, number, prev, last_number):
                dropped = index
                continue
            # A jump is allowed after a higher-level heading (numbering restarts), a gap of one, or a
            # number written twice (`3.2.` twice: broken numbering, renumbered in `segment`).
            if prev is not None and not (number in (prev, prev + 1, prev + 2) or number <= 2
                                         or kind in ("roman", "upper")):
                dropped = index
                continue
            last_number[kind] = number
            for below in _BELOW.get(kind, ()):
                last_number.pop(below, None)
        yield (kind, value, _plain(text[base + marker_start:base + text_start]), heading_start, base + text_start,
               number, index)



def _glued_in_order(glued: dict[int, int], index: int, number: int, prev, last_number: dict[str, int]) -> bool:
    """A glued marker (`1Quán triệt …`) numbers on from the last Arabic one, or is the first under a higher
    heading with the next glued number after it (`2Tổ chức …`): a footnote's glued number is neither."""
    if prev is not None:
        return number == prev + 1
    return number == 1 and bool(last_number) and any(i > index and n == 2 for i, n in glued.items())


def _form_field(texts: list[str], index: int, found: tuple) -> bool:
    """`1/ Họ và tên:` ⏎ `Sinh ngày: …………`: a slash-numbered form field, its blanks on the next line."""
    text_start = found[2][1]
    line = texts[index]
    return line[:text_start].rstrip().endswith("/") and line.rstrip().endswith(":") \
        and index + 1 < len(texts) and _FILL_IN.search(texts[index + 1]) is not None


def _blank_lead(line: str) -> int:
    """The blanks before the line's first character (a page break's form feed too)."""
    return len(line) - len(line.lstrip())


def _run_on_after_quotes(text: str, lines: _Lines, quoted) -> dict[float, tuple[int, tuple]]:
    """By line index plus a half, where an article or item run on after a quote's closing mark starts (`… giá.”
    Điều 2. Bãi bỏ …`: a crawler lost the line break) and its marker."""
    run_on = {}
    for _, end in quoted:
        index = lines.index_of(end)
        rest = lines.texts[index][end - lines.starts[index]:]
        if rest.strip():
            at = end + _blank_lead(rest)
            found = _match_marker(text[at:lines.starts[index] + len(lines.texts[index])])
            if found:
                run_on[index + 0.5] = (at, found)
    return run_on


def _is_caps(line: str) -> bool:
    """Letters all in capitals (and some letters at all)."""
    head = line[:16]  # most lines have a small letter early: no upper-case copy of a whole paragraph
    return head.upper() == head and line.upper() == line and line.lower() != line


_PAGE_NUMBER = regex.compile(r"^\s*\d{1,3}\s*$")
# A page's number as a converter leaves it on a line of its own, in the other shapes Word and PDF footers print
# it (`- 3 -`, `– 3 –`, `Trang 4`, `Trang 4/12`): no heading, and no break in the paragraph it falls into.
_PAGE_FOOTER = regex.compile(r"^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?)\s*$")
_PAGE_FOOTER_OPENERS = ("-", "–", "—", "T", "t")


def _is_page_number(line: str) -> bool:
    """A line holding a page's number alone (`2`, `- 3 -`, `Trang 4`)."""
    stripped = line.strip()
    if not stripped:
        return False
    if len(stripped) <= 3:
        return bool(_PAGE_NUMBER.match(line))
    return stripped[0] in _PAGE_FOOTER_OPENERS and len(stripped) <= 14 and bool(_PAGE_FOOTER.match(line))


# A running header a text saved from PDF repeats at the top of its pages (`KẾ HOẠCH SỐ 12/KH-THCS`, `Kế hoạch
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


def _next_nonblank(lines: _Lines, index: int) -> int:
    """The next line with text, page numbers skipped."""
    texts = lines.texts
    index += 1
    while index < len(texts):
        line = texts[index]
        if len(line) > 3 and not line[0].isspace() and not line[-1].isspace() and line[0] not in _PAGE_FOOTER_OPENERS:
            return index  # text at both ends: more than three characters once stripped (no stripped copy)
        if line.strip() and not _is_page_number(line):
            return index
        index += 1
    return -1


def _plain(text: str) -> str:
    """`strip_markup` for the common case of a line without markup: spaces squashed only."""
    return strip_markup(text) if ("*" in text or "__" in text or "#" in text) else squash(text)


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


# A sentence ends at a `.` followed by a capitalised word or a number, but not after an abbreviation
# (`TP. Hồ Chí Minh`, `ThS. Nguyễn`: models/sections.json) nor after a marker's or an article's number
# (`Điều 9. Giá đất`, `10.1. Thủ tục`, `“3. Phân định`: one or two digits standing alone).
# (the `.` first, then what follows it, the look-behinds last: the engine skips from one full stop to the next)
_SENTENCE_END = (r"\.(?=[ \t]+[\p{Lu}\d“\"(])(?<!(?:^|[\s(])(?:" + _dotted_abbreviations() + r")\.)"
                 r"(?<!(?:^|[\s“\"(\[.])\d{1,2}\.)")
# A second sentence on a heading's line (`Chủ trì tuyên bố lý do, giới thiệu đại biểu dự hội nghị. Người chủ
# trì có trách nhiệm sau đây:`, `… nhiệm kỳ 2026-2031. Bắt đầu từ ngày …`): the heading is the first.
_SECOND_SENTENCE = regex.compile(_SENTENCE_END)
# A child's number run on after the heading (`4. Thời hạn nộp hồ sơ 4.1. Thời hạn nộp tờ khai: …`, `Điều 14a.
# Bồi thường … vật nuôi 1. Trường hợp …`), not the number of an article, a step or a document named before
# it (`Điều 9.`); the digit first, the word before it tested last.
_CHILD_RUN_ON = (r"\d(?<=[ \t]\d)\d?(?:(?:\.\d{1,2})+\.?|\.)(?=[ \t]+\p{Lu})"
                 r"(?<!(?i:" + _NAMED_BY_NUMBER + r")[ \t]\d{1,2}(?:\.\d{1,2})*\.?)")
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
_ENDS_SENTENCE = regex.compile(r"\.\s*$")


# The words a title in capitals cannot end on (`… KẾ HOẠCH CỦA` ⏎⏎ `ỦY BAN NHÂN DÂN XÃ`): it goes on past a blank line
_CAPS_LINKING_ENDINGS = (",", " -", " –", " VÀ", " CỦA", " VỚI", " CHO", " VỀ", " TẠI", " TRONG", " THEO", " ĐỐI VỚI",
                         " TRÊN", " CÁC", " NHỮNG")


def _heading_text(kind: str, text_start: int, lines: _Lines, index: int) -> str:
    """The heading after its marker, to the end of its line (to the first `;` or sentence end);
    a title wrapped onto more lines is joined (all in capitals, or a short lower-case tail followed
    by the body or the heading's first child)."""
    texts, markers = lines.texts, lines.markers
    nxt = _next_nonblank(lines, index)
    if kind == "phuluc":  # the annex's title, in capitals under `PHỤ LỤC` or run on after it
        own = texts[index][text_start - lines.starts[index]:]
        if own.strip():  # a database's notes (`[…]`) and the caption (`(Kèm theo …)`) are no part of it
            return _clean(_plain(ANNEX_CAPTION.split(ANNEX_NOTE.sub("", own), 1)[0]))
        if nxt < 0 or nxt in markers or not _is_caps(texts[nxt]):
            return ""
        index, first = nxt, _plain(texts[nxt])
    else:
        line_start = lines.starts[index]
        if index in lines.cuts:  # a child's number run on after the heading: the heading, a title, ends there
            cut = next((c for c in lines.cuts[index] if c > text_start), None)
            if cut is not None:
                return _clean(_plain(texts[index][text_start - line_start:cut - line_start]))
        first = texts[index][text_start - line_start:]
        if "    " in first:  # the substring test first: the pattern tried at every character cost a fifth of the stage
            first = _COLUMN_GAP.split(first, 1)[0]
        first = _plain(first)
        if kind == "mau":  # a database's note after a form's number (`MẪU SỐ 01[3] (được bãi bỏ)`) is no heading
            first = _clean(without_form_header(first))
            title = past_form_header(texts, nxt, lambda i: _next_nonblank(lines, i)) if not first else nxt
            if title != nxt:  # the form's title, in capitals under the header it is laid out with, or none
                if title < 0 or not _is_caps(texts[title]):
                    return ""
                nxt = title
        # `Chương IV` ⏎ `VẬN ĐỘNG QUYÊN GÓP …`, `3.` ⏎ `Trong thời hạn …`; a next line in lower case goes on with
        # a sentence written before the marker (a scan's order): the heading is then empty
        if not first and nxt >= 0 and nxt not in markers and _STARTS_TEXT.match(texts[nxt]) \
                and not (kind == "mau" and FORM.match(texts[nxt])):
            index, first = nxt, _plain(texts[nxt])
            nxt = _next_nonblank(lines, index)
            if kind == "mau":
                first = _clean(without_form_header(first))
    if _is_caps(first):  # a title in capitals, wrapped: joined, never cut
        follow = index + 1
        while follow < len(texts) and follow <= index + 3:
            if not texts[follow].strip():
                # a converter's blank line between every paragraph: the title goes on past it only where its line
                # stops on a word that cannot end it (`… VÀ CHẾ ĐỘ THÔNG TIN` ⏎⏎ `BÁO CÁO` does not; `… CỦA` does)
                if follow + 1 < len(texts) and first.rstrip().endswith(_CAPS_LINKING_ENDINGS) \
                        and texts[follow + 1].strip() and follow + 1 not in markers and _is_caps(texts[follow + 1]) \
                        and not _is_running_header(texts, follow + 1):
                    follow += 1
                    continue
                break
            if follow in markers or not (_is_caps(texts[follow]) or _is_page_number(texts[follow])) \
                    or (kind == "mau" and is_ruled_header(texts[follow])) or _is_running_header(texts, follow):
                break
            if not _is_page_number(texts[follow]):  # a page's number between the wrapped lines is skipped
                first += " " + _plain(texts[follow])
            follow += 1
        return _clean(first)
    if nxt == index + 1 and nxt not in markers and first.endswith(_UNFINISHED_ENDINGS) \
            and _CONTINUES.match(texts[nxt]) and not _wrapped_on(lines, index, nxt):
        # `Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số` ⏎ `153/2020/NĐ-CP như sau:`: the heading
        # stops on a word that cannot end it, and the next line goes on with its object; read as one line.
        # (A line that fills a converter's wrap width is a wrapped paragraph's first: its heading, by the keys.)
        first += " " + _plain(texts[nxt])
        index, nxt = nxt, _next_nonblank(lines, nxt)
    following = texts[nxt] if nxt >= 0 else None  # the next line with text
    # `_CLOSING_FORMULA` opens with `t` after the lead: only such lines are matched
    if following is not None and following.lstrip(" \t*_")[:1] in ("t", "T") and _CLOSING_FORMULA.match(following):
        following = None  # `Trên đây là Kế hoạch …` closes the document, not the item's body
    following_marker = markers.get(nxt) if following is not None else None
    follows_marker = following_marker is not None
    # Followed by its own first child (`1.` then `a)`), the line is a heading, not a list item.
    child_follows = follows_marker and _RANK.get(following_marker[0], 99) > _RANK.get(kind, 99)
    opens_lower = following is not None and not follows_marker and _OPENS_LOWER.match(following)
    # A short lower-case tail is the heading's wrapped end, unless it closes a sentence (`… tối đa).`):
    # then the item is a paragraph, whose heading is its first line. A tail indented deeper than the
    # heading's text is a fragment a scan placed there, not the wrapped line.
    if opens_lower and ";" not in first \
            and len(following.strip()) <= 60 and not _ENDS_CLAUSE.search(first) \
            and not _ENDS_SENTENCE.search(following) and _indent(following) <= text_start - lines.starts[index] \
            and not _sentence_like(first):
        after = _next_nonblank(lines, nxt)
        after_marker = markers.get(after) if after >= 0 else None
        if after_marker is None or _RANK.get(after_marker[0], 99) > _RANK.get(kind, 99):
            return _clean(first + " " + _plain(following))
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


def _opens_with_a_verb(item: str) -> bool:
    """An item that opens with a verb (`Phát huy …`, `Tổ chức tốt …`), as underthesea tags it with its capital
    lowered (a capital reads as a name): not a slogan's noun phrase (`Ngày bầu cử - Ngày hội của …`)."""
    tags = phrase_tags(item[:1].lower() + item[1:])
    return bool(tags) and tags[0][1] == "V"


def _dash_names() -> tuple[str, ...]:
    """models/sections.json: names written with a dash (`Lao động - Thương binh và Xã hội`), in lower case."""
    with open(MODELS_DIR / "sections.json", encoding="utf-8") as handle:
        return tuple(name.lower() for name in json.load(handle)["dash_names"])


_DASH_NAMES = _dash_names()


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
    if ". " in line or ".\t" in line:
        masked = _BRACKETED.sub(_blank_inside, line) if "(" in line and not paragraph_item else line
        stop = _STOP_OR_CHILD.search(masked, 0, end)
        end = stop.start() if stop else end
    if (0 <= line.find(" - ", 0, 60) or 0 <= line.find(" – ", 0, 60)) and line[:1].isupper():
        dash = _DASH_ITEM.match(line, 0, end)
        if dash and not any(name in dash.group(0).lower() for name in _DASH_NAMES) and _opens_with_a_verb(dash.group(2)):
            end = dash.end(1)
    return end


def _second_sentence(line: str):
    """Where a second sentence starts on the line (full stops inside brackets do not count), or None."""
    if ". " not in line and ".\t" not in line:
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


def _wrapped_on(lines: _Lines, index: int, nxt: int) -> bool:
    """A line of a text wrapped at a fixed width that fills the width and runs straight on into the
    next line (no blank between, no marker opening it): one paragraph, whatever case that line opens
    with (`… đề xuất với Ban Chỉ đạo` ⏎ `Cuộc vận động “Tiếp bước cho em đến trường” …`)."""
    if nxt != index + 1 or nxt in lines.markers:
        return False  # decided by the next line: the document's wrap width is not measured for it
    width = lines.wrap_width
    return bool(width) and len(lines.texts[index].rstrip()) >= width - 10


def _clean(heading: str) -> str:
    """Trailing punctuation off a heading already stripped of markup."""
    return heading.rstrip(" .;:…").strip()


_ROMAN_DIGITS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _renumbered(kind: str, number: int) -> str:
    """The id component a marker of `kind` would have at position `number`."""
    if kind == "roman":
        out = ""
        for value, digits in _ROMAN_DIGITS:
            while number >= value:
                out, number = out + digits, number - value
        return out
    if kind == "lower":
        return LETTERS[number - 1] if 0 < number <= len(LETTERS) else ""
    if kind == "upper":
        return chr(64 + number)
    return str(number) if kind.startswith("arabic") else ""


def segment(doc_id: str, text: str) -> list[Section]:
    lines = _Lines(text)
    # the open sections: their kinds and ids, in two lists (a heading looks its kind up among the kinds)
    kinds: list[str] = []
    ids: list[str] = []
    sections: list[Section] = []
    seen: dict[str, int] = {}
    # Per sibling list (parent id, kind): the last number written and the last one assigned, so a
    # number written twice (`3.2.` ⏎ … `3.2.`, a second `II.`) takes the next one, as do the
    # siblings after it.
    numbering: dict[tuple[str, str], tuple[int, int]] = {}
    after_closing = lines.closing
    for kind, value, marker, heading_start, text_start, number, index in _find_headings(text, lines, after_closing):
        if kind in _OWN_PARTS and ids and _UNNUMBERED_ANNEX.match(ids[0]):
            # An annex titled `PHỤ LỤC` alone (not itself a marker) whose text has parts of its own
            # (`Phần 1.`, `Chương I`): the parts stand at top level, as an attached charter's do.
            kinds, ids = [], []
        elif kind in _ATTACHED_PARTS and kinds and kinds[0] == "dieu" and after_closing \
                and heading_start > after_closing.start():
            # A decision's articles, then after its closing block the plan or programme it issues (`Điều 1. Ban
            # hành kèm theo Quyết định này Kế hoạch …` … `Nơi nhận:` … `I. MỤC ĐÍCH, YÊU CẦU`): the plan's parts
            # stand at top level, as an attached charter's `Chương I` does (devset fresh_30), not under `Điều 3`.
            kinds, ids = [], []
        if kind in kinds:
            closed = kinds.index(kind)
            del kinds[closed:], ids[closed:]
        else:
            rank = _RANK.get(kind, 99)
            # The legal hierarchy is strict (an `Điều` is never inside a khoản): it closes every kind
            # below it; so does a dotted number (`2.2.` is never inside a point `c)`). Other kinds close the
            # open ones only when they rank above all of them.
            legal = kind in _STRICT_KINDS
            while kinds and _RANK.get(kinds[-1], 99) > rank and (legal or all(
                    _RANK.get(k, 99) > rank for k in kinds)):
                kinds.pop(), ids.pop()
        parent_id = ids[-1] if ids else ""
        written_value = value
        if number is not None:
            written, assigned = numbering.get((parent_id, kind), (None, None))
            position = number
            if written is not None and (number == written or (number == written + 1 and assigned > written)):
                position = assigned + 1
            numbering[(parent_id, kind)] = (number, position)
            if position != number:
                value = _renumbered(kind, position) or value
        if kind in _DOTTED and (not kinds or kinds[-1] != _DOTTED[kind]):
            unwritten = _unwritten_parents(kind, marker, kinds)
            value, written_value = unwritten + value, unwritten + written_value
        section_id = f"{parent_id}.{value}" if parent_id else value
        if section_id in seen and not parent_id and after_closing and heading_start > after_closing.start() \
                and kind != "phuluc":
            # Numbering that starts again after the closing block: an annex whose title was not
            # recognised (a scan); its headings go under one `Phụ lục` section.
            annex = Section(doc_id=doc_id, section_id=_unique("Phụ lục", seen), parent_id="", level=1,
                            marker="", heading="", start=heading_start, end=len(text), kind="phuluc")
            sections.append(annex)
            kinds, ids = ["phuluc"], [annex.section_id]
            numbering.clear()
            parent_id = annex.section_id
            section_id = f"{parent_id}.{written_value}"
            numbering[(parent_id, kind)] = (number, number)
        section_id = _unique(section_id, seen)
        sections.append(Section(
            doc_id=doc_id,
            section_id=section_id,
            parent_id=parent_id,
            level=len(kinds) + 1,
            marker=marker,
            heading=_heading_text(kind, text_start, lines, index),
            start=heading_start,
            end=len(text),
            kind=kind,
        ))
        kinds.append(kind)
        ids.append(section_id)
    # A section ends where the next section of the same or a higher level starts.
    open_sections: list[Section] = []
    for section in sections:
        while open_sections and open_sections[-1].level >= section.level:
            open_sections.pop().end = section.start
        open_sections.append(section)
    return sections


_DOTTED = {"arabic2": "arabic1", "arabic3": "arabic2", "arabic4": "arabic3"}  # a dotted number's parent's kind
_ATTACHED_PARTS = frozenset(("roman", "upper"))  # the parts a plan or programme attached to a decision opens with


def _unwritten_parents(kind: str, marker: str, kinds: list[str]) -> str:
    """For a dotted number whose parents are not open (`1.1.` right under `II.`; `2.5.1` under `A.`, a Word list's
    numbering lost in conversion): the parents' numbers as written, which its id keeps (`II.1.1`, as the keys path
    a marker `1.1.` under `II`; `A.2.5.1`), so that it neither takes a number of its own (`II.1`) nor collides
    with the next parent's child (`2.1.` → `II.1_2`). Empty when its parent is open."""
    depth = int(kind[-1])
    open_depth = int(kinds[-1][-1]) if kinds and kinds[-1].startswith("arabic") else 0
    parts = marker.strip(" .)/-").split(".")
    if open_depth >= depth - 1 or len(parts) != depth:
        return ""
    return ".".join(parts[open_depth:depth - 1]) + "."


def _unique(section_id: str, seen: dict[str, int]) -> str:
    if section_id in seen:
        seen[section_id] += 1
        return f"{section_id}_{seen[section_id]}"
    seen[section_id] = 1
    return section_id


def section_at(sections: list[Section], offset: int) -> str:
    """The innermost section whose heading starts at or before `offset` ("" in the preamble)."""
    return section_finder(sections)(offset)


def section_finder(sections: list[Section]):
    """`section_at` for many offsets: sections come in document order, so a bisection over their
    starts answers each offset in log time (a scan per row made large files quadratic)."""
    starts = [s.start for s in sections]
    if any(b < a for a, b in zip(starts, starts[1:])):  # not in order: keep the first run in order
        cut = next(i + 1 for i, (a, b) in enumerate(zip(starts, starts[1:])) if b < a)
        starts = starts[:cut]
    ids = [s.section_id for s in sections[:len(starts)]]

    def find(offset: int) -> str:
        i = bisect.bisect_right(starts, offset)
        return ids[i - 1] if i else ""
    return find
