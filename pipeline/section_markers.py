"""A heading's marker on one line: the kinds of numbering a document's parts are marked with, their patterns and
their ranks.

Marker kinds: `Phần`, `Chương`, `Mục`, `Điều N.`, Roman numerals (`II.`), upper-case letters (`A.`), dotted Arabic
numbers by depth (`1.`, `1.1.`, `2.1.3.`, `2)`), lower-case letters in the Vietnamese alphabet (`a)` … `đ)` … `g)`);
a marker is read as (kind, id component, (marker start, heading text start), number).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

import regex

from . import lexicon
from .lexicon import MODELS_DIR
from .section_annexes import NUMBER, ROMAN
from .split_flat import CAPS_MOTTO
from .textfold import roman_value


LETTERS = "abcdđefghiklmnopqrstuvxy"  # Vietnamese order; `f` is not Vietnamese but writers use it

# Canonical rank of each kind (smaller = higher); ties keep first-appearance order.
RANK = {"phuluc": -1, "mau": -0.5, "phan": 0, "chuong": 1, "muc": 2, "dieu": 3, "upper": 4, "roman": 4,
        "arabic1": 6, "arabic2": 7, "arabic3": 8, "arabic4": 9, "lower": 10}
# The kinds ranked below each kind: a heading of the kind restarts their numbering.
BELOW = {kind: tuple(k for k, r in RANK.items() if r > rank) for kind, rank in RANK.items()}

with open(MODELS_DIR / "sections.json", encoding="utf-8") as _handle:
    _NAMED_PARTS = json.load(_handle)["named_parts"]
_LEAD = r"^[ \t\f>*_#]*"  # a form feed (page break) may open the line
LEAD_CHARACTERS = " \t\f>*_#"  # what `_LEAD` passes over
# a marker closed by a slash (`1/ Mục đích`), or by a slash and a dot or a dash (`1/. Tháng 01/2021:`, `I/- YÊU CẦU
# CHUNG`): a word follows after a space
_SLASH = r"/[.-]?(?=[ \t]+[\p{L}“\"])"
# A table of contents' title alone on its line (`MỤC LỤC`, `Mục lục:`): its entries number no part of the text, and a
# title stops above it.
CONTENTS_TITLE = r"[ \t\f*_#]*(?:MỤC LỤC|Mục lục)[ \t*_:]*$"
FILL_IN = regex.compile(r"…{2}|\.{4}|_{4}")  # a form's blank to fill in (`Họ và tên: …………`)
_PATTERNS = [
    # a report's or a plan's `PHẦN A: KẾT QUẢ …`, `Phần B.` too: a capital letter alone
    # (or named, alone on its line: `Phần mở đầu`, models/sections.json `named_parts`)
    ("phan", regex.compile(_LEAD + r"(Phần\s+(?:thứ\s+\p{L}+|" + ROMAN + r"|\d+|(?-i:[A-HK-UW-ZĐ])(?![\p{L}\d])|"
                           + "|".join(w.replace(" ", r"\s+") for w in _NAMED_PARTS) + r"(?=[ \t]*$)))(?=[\s.:]|$)\s*[.:]?",
                           regex.I)),
    ("chuong", regex.compile(_LEAD + r"(Chương\s+(?:" + ROMAN + r"|\d+))(?=[\s.:]|$)\s*[.:]?", regex.I)),
    ("muc", regex.compile(_LEAD + r"(Mục\s+(?:\d+|" + ROMAN + r"))(?=[\s.:]|$)\s*[.:]?")),
    ("dieu", regex.compile(_LEAD + r"(Điều\s+\d+[a-z]?)\s*[.:]")),
    # a Party document's `I- HƯỚNG DẪN CHUNG` (Hướng dẫn 36-HD/VPTW: its parts numbered `I-`, `II-`)
    # and a hand-typed plan's `I/ MỤC ĐÍCH`, `1/ Mục đích`, `1.1/ …`, `a/ …`: a slash then a space and a word
    # (never `15/9/2024`, `12/KH-UBND`: no space after their slash)
    # (its dash or slash may touch a heading in capitals: `I-CÔNG TÁC CHUẨN BỊ`, `I/MỤC ĐÍCH, YÊU CẦU`)
    # A PDF's or a web page's text may lose the dot of a part's numeral before its heading: one in capitals (`I MỤC
    # ĐÍCH – YÊU CẦU:`) or a short one (`I Mục đích yêu cầu:`, `II Nội dung`); its numbering must follow on.
    ("roman", regex.compile(_LEAD + r"(" + ROMAN + r")(?:\s*(?:[.)](?!\d)|[-/](?=\p{Lu}{2}[^\p{Ll}\n]*$)|"
                            r"[-–](?=[ \t]+\p{Lu})|" + _SLASH + ")|"
                            r"[ \t]+(?=\p{Lu}{2}[^\p{Ll}\n]*$|\p{Lu}\p{Ll}[^\n]{0,60}$))")),
    # (`A/ Nhiệm vụ`, a hand-typed plan's lettered parts, as its `1/`, `a/`)
    # (not a letter that abbreviates a word again later on its line: `B. Tổ chức, B. Giám khảo, Thư ký` is `Ban`)
    # (and, as a Roman numeral's, a letter that lost its dot before a heading in capitals, `A ĐẶC ĐIỂM TÌNH HÌNH`, or
    # typed with a dash, `A- ĐÁNH GIÁ VIỆC THỰC HIỆN …`); without its dot only among a plan's first parts, A to H (not
    # `Y BAN NHÂN DÂN`, a header whose `Ủ` a site lost)
    ("upper", regex.compile(_LEAD + r"([A-HK-UW-Z])(?:\s*(?:\.(?=\s)(?![^\n]*,[ \t]*\1\.[ \t])|-(?=[ \t]+\p{Lu}{2})|"
                            + _SLASH + r")|(?<=[A-H])[ \t]+(?=\p{Lu}{2,}[ \t]+\p{Lu}{2}[^\p{Ll}\n]*$))")),
    # `1.2.` / `2)` / `1- Mục đích`, `1 – Triển khai …` (typed by hand, as a Party document's `I-`; a word processor
    # makes the dash between blanks an en dash, and a typist may leave no blank after it), and a sub-number without
    # its final dot (`1.3 Tổ chức …`).
    # A number that lost its dot before a heading in capitals (`1 MỤC ĐÍCH` under `I MỤC ĐÍCH - YÊU CẦU`, a page's
    # copy) or a short one that announces what follows (`1 Tổ chức thi đấu các môn gồm:`): its numbering must follow
    # on, as a Roman numeral's without its dot (a table's row flattened to a line ends in no colon).
    ("arabic", regex.compile(_LEAD + r"(?|(\d{1,2}(?:[ \t]?\.\d{1,2}){0,3})\s*(?:\.(?!\d)|\)|" + _SLASH
                             + r"|-(?=[ \t]+\p{Lu})|–(?=[ \t]*\p{Lu}))|"
                             r"(\d{1,2}(?:\.\d{1,2}){1,3})(?=[ \t]+\p{Lu})|"
                             r"(\d{1,2})(?=[ \t]+(?:\p{Lu}{2}[^\p{Ll}\n]*|\p{Lu}\p{Ll}[^\n]{0,80}:[ \t]*)$))")),
    ("lower", regex.compile(_LEAD + r"([a-zđ])\s*(?:\)|\.(?=\s)|" + _SLASH + ")")),
]
# What a heading's text opens with, matched where its marker ends (`match` anchors there).
# (a bullet may follow the number: `1. - Tiếp tục duy trì …`)
STARTS_TEXT = regex.compile(r"[ \t*_\"“‘(]*(?:[-–+][ \t]+)?[\p{Lu}\d“\"]")
_STARTS_ANY_LETTER = regex.compile(r"[ \t*_\"“‘(]*[\p{L}\d“\"]")


# A legal database's anchor before each part of a decree (`Nghị định 47/2021/NĐ-CP. Điều 1. …`), its letters
# and symbol characters left open (`_ANCHOR` fills them in exactly; `LINE_OPENINGS`, in `re`, more widely).
_ANCHOR_SHAPE = r"{upper}{lower}*(?:[ \t]+{lower}+){{0,3}}[ \t]+\d+/{symbol}+\.[ \t]+(?=(?:Phần|Chương|Mục|Điều)\s)"
_ANCHOR = _ANCHOR_SHAPE.format(upper=r"\p{Lu}", lower=r"\p{Ll}", symbol=r"[\w/\-&]")
_CRAWLER_ANCHOR = regex.compile(r"^[ \t]*" + _ANCHOR)
# A web page's list number a browser drew before the document's own Roman marker (` 1. I.Đặc điểm tình hình:`, a Word
# plan saved as a web page whose parts became list items): no marker of the document's (a Roman numeral after an Arabic
# one opens no part of it)
_BROWSER_NUMBER = regex.compile(r"[ \t]*\d{1,2}\.[ \t]+(?=[IVX]{1,4}[.)][ \t]*\p{Lu})")
# How a marker opens, after the line's lead (the crawler's anchor aside).
_MARKER_OPENINGS = (r"[IVXLC]+\s*[.)/\-–]|[IVX]+[ \t]+[^\W\d_]{2}|[A-Z]\s*[./-]|[A-Z][ \t]+[^\W\d_]{2}|"
                    r"\d{1,2}(?:[ \t]?\.\d{1,2}){0,3}\s*[.)/\-–]|\d{1,2}\.\d|\d{1,2}[ \t]+[^\W\d_]{2}|[a-zđ]\s*[)./]|"
                    r"(?i:phần|chương)\s|Mục\s|Điều\s")
# One cheap test before the eight marker patterns: most lines cannot be headings.
_CANDIDATE = regex.compile(r"^[ \t\f>*_#]*(?:" + _MARKER_OPENINGS + "|" + _ANCHOR + ")")


# The candidate lines and the first `Nơi nhận` line of a text, in one scan of `re` (which skips from one line
# break to the next in C; a `(?m)^` is tried at every position): after a line break, a lookahead only, so a
# match never reaches into the next line. A superset of `_CANDIDATE` (`\p{Lu}`, `\p{Ll}` are letters here,
# `[\w/\-&]` anything but a space): `candidate_marker` holds the exact test, and finds a marker only on a
# line `_CANDIDATE` matches. The `Nơi nhận` branch comes first; such a line is tried for a marker too.
LINE_OPENINGS = re.compile(r"\n(?=(?P<closing>[ \t\f|*]*(?i:n[ơoô]i nh[ậaâ]n))|[ \t\f>*_#]*(?:" + _MARKER_OPENINGS + "|"
                           + _ANCHOR_SHAPE.format(upper=r"[^\W\d_]", lower=r"[^\W\d_]", symbol=r"\S") + "))")


# The characters each kind of marker can open with (after the line's lead): only those kinds are tried.
# Any other character can open only an Arabic number (`\d` is wider than ASCII digits).
_OPENERS = {"phan": "Pp", "chuong": "Cc", "muc": "M", "dieu": "Đ", "roman": "IVXLC",
            "upper": "ABCDEFGHKLMNOPQRSTUWXYZ", "lower": "abcdefghijklmnopqrstuvwxyzđ"}
_PATTERNS_BY_FIRST = {c: [(kind, pattern) for kind, pattern in _PATTERNS if c in _OPENERS.get(kind, "")]
                      for c in "".join(_OPENERS.values())}
_NUMBER_ONLY = [(kind, pattern) for kind, pattern in _PATTERNS if kind == "arabic"]
SPACES = regex.compile(r"\s+")


def _signature_line() -> tuple[frozenset[str], regex.Pattern]:
    """models/sections.json: the signature block's abbreviations (`TM.`, `Q.`), and a pattern for the signer's title
    after one (models/signer_titles.txt, perhaps a deputy's `PHÓ`), matched where the abbreviation's dot ends."""
    with open(MODELS_DIR / "sections.json", encoding="utf-8") as handle:
        abbreviations = frozenset(json.load(handle)["signature_abbreviations"])
    titles = "|".join(regex.escape(t).replace(r"\ ", r"[ \t]+") for t in lexicon.load().signer_titles)
    return abbreviations, regex.compile(r"[ \t]*(?:PHÓ[ \t]+)?(?:" + titles + r")(?![\p{L}\d])")


# `Q. CHÁNH VĂN PHÒNG`, `Q. HIỆU TRƯỞNG`: a signature's first line, not a section `Q`
_SIGNATURE_ABBREVIATIONS, _SIGNER_TITLE = _signature_line()


def match_marker(line: str):
    """(kind, id component, (marker start, heading text start), number) of the marker opening `line`."""
    return candidate_marker(line) if _CANDIDATE.match(line) else None


def candidate_marker(line: str, alone: bool = False):
    """`match_marker` for a line `_CANDIDATE` matches; with `alone`, the Roman, Arabic or letter marker of a
    line that holds nothing else (`3.` ⏎ `Trong thời hạn …`, `a)` ⏎ `Tổ chức …`: a PDF's text, a table cell),
    which is otherwise left out (the legal kinds, `Điều 5.` ⏎ …, are kept either way)."""
    anchor = _CRAWLER_ANCHOR.match(line) if line.find("/", 0, 60) >= 0 else None
    if anchor:
        found = match_marker(line[anchor.end():])
        if found:
            kind, value, (_, text_start), number = found
            return kind, value, (anchor.end(), anchor.end() + text_start), number
        return None
    listed = _BROWSER_NUMBER.match(line) if "." in line[:6] else None
    if listed:
        found = match_marker(line[listed.end():])
        if found:
            kind, value, (start, text_start), number = found
            return kind, value, (listed.end() + start, listed.end() + text_start), number
    first = line[:1]
    if first in LEAD_CHARACTERS:  # most lines open with their marker: no stripped copy of the line
        first = line.lstrip(LEAD_CHARACTERS)[:1]
    for kind, pattern in _PATTERNS_BY_FIRST.get(first, _NUMBER_ONLY):
        match = pattern.match(line)
        if not match or not match.group(1):
            continue
        end = match.end()
        label = match.group(1)
        if line[end - 1] == "/" and FILL_IN.search(line, end):
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
        elif kind in ("roman", "upper", "arabic") and not blank_rest and not STARTS_TEXT.match(line, end):
            continue
        elif kind == "lower" and not _STARTS_ANY_LETTER.match(line, end):
            continue
        if kind == "arabic":
            typed = _TYPED_AFTER_AUTO.match(line, end) if "." in line[end:end + 7] and not alone else None
            if typed:  # `1. A.   NHIỆM VỤ …`: Word's numbering saved as text before the typed marker, which counts
                found = match_marker(line[end:])
                if found and found[0] in ("upper", "roman"):
                    kind, value, (start, text_start), number = found
                    return kind, value, (end + start, end + text_start), number
            if line[end - 1].isdigit() and CAPS_MOTTO.search(line, end):
                return None  # `1 UBND QUẬN TÂN BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`: a page's number on the header
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
        value = SPACES.sub(" ", label)
        number = NUMBER.search(value)
        return kind, _part_name(value), (0, end), int(number.group(0)) if number else None
    return None


# A marker glued to its text by a lost space (`1Quán triệt tinh thần …` under a Roman part): a number, then a
# capital and a small letter. Kept only where such numbers run in order (`_glued_in_order`).
GLUED = regex.compile(_LEAD + r"(\d{1,2})(?=\p{Lu}\p{Ll})")
GLUED_ANY = re.compile(r"\n[ \t\f>*_#]*\d{1,2}(?=[^\W\d_])")  # one scan in C: most texts have none


# A typed letter or Roman marker right after an Arabic one (`1. A.   NHIỆM VỤ TRỌNG TÂM`, `2. II. TỔ CHỨC THỰC HIỆN`):
# the Arabic number is Word's automatic numbering saved as text; the heading after the typed marker opens
# with a capital.
_TYPED_AFTER_AUTO = regex.compile(r"[ \t]*(?:[A-H]|[IVX]{1,4})\.[ \t]+(?=\p{Lu})")


def _part_name(label: str) -> str:
    """A part's id as the keys write it, however the heading is cased: `CHƯƠNG II` and `Chương II` are both
    `Chương II`, `PHẦN THỨ NHẤT` and `Phần thứ nhất` are `Phần I` (models/sections.json `part_ordinals`; a Roman
    numeral or a letter stays in capitals: `Phần A`)."""
    words = label.split(" ")
    if len(words) == 3 and words[1].lower() == "thứ" and words[2].lower() in _part_ordinals():
        return f"{words[0][:1].upper()}{words[0][1:].lower()} {_part_ordinals()[words[2].lower()]}"
    if label.upper() != label:
        return label[:1].upper() + label[1:]
    return " ".join([words[0][:1] + words[0][1:].lower(),
                     *(w if len(w) == 1 or regex.fullmatch(ROMAN, w) else w.lower() for w in words[1:])])


@lru_cache(maxsize=1)
def _part_ordinals() -> dict[str, str]:
    with open(MODELS_DIR / "sections.json", encoding="utf-8") as handle:
        return json.load(handle)["part_ordinals"]


def lone_marker(line: str):
    """The marker of a line that holds a Roman, Arabic or letter marker and nothing else, or None."""
    if line.rstrip()[-1:] not in (".", ")"):  # most short lines a marker opens have more after it
        return None
    return candidate_marker(line, alone=True)


# OCR loses or swaps the marks; a sentence that opens with the words (`Nơi nhận văn bản xác định …`, a guide to
# writing documents) does not open the closing block
NOI_NHAN = regex.compile(r"(?im)^[ \t\f|*]*n[ơoô]i nh[ậaâ]n(?![ \t]+\p{Ll})")

# The words that name a part of a text, a step or a form by the number after them (`khoản 2.1`, `Bước 2.`, `Mẫu số 1.`)
NAMED_BY_NUMBER = "điều|chương|mục|phần|khoản|điểm|tiết|số|bước|đợt|lần|mẫu|biểu|lục"
