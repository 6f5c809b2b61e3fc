"""A page's one-line preface that names the document it shows, in place of the document's own header.

Portals of communes and schools post a notice or letter without its header, under one line that describes it:
`Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ Tổ quốc …` ⏎ the body. That line
gives the document's own type, number, date, issuer and subject (the order of a citation, but of the document
itself); so does the news of its issuing (`Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc
…, cụ thể như sau:`). It is read so only when it opens the text and no header (the motto, a `Số:` line) is on the page.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .frame_header import MOTTO, iso_date, place_date
from .frame_title import NUMBER_LINE
from .lexicon import load, starts_with_org
from .pattern_cache import longest_first
from .records import DocumentText
from .running_lines import POST_STAMP
from .textfold import fold, squash


@dataclass(frozen=True, slots=True)
class Preface:
    doc_type: str
    doc_number: str
    issued_date: str  # ISO, "" when not a valid date
    issuer: str  # as written (`UBND thị xã Điện Bàn`), "" when not named
    title: str  # the subject after `V/v` or `về việc`, "" when none


def _type_words() -> str:
    """The written type words of models/doc_types.tsv, longest first, as an alternation."""
    # (ordered by `longest_first`: a set's own order changes from one process to the next, and the pattern cache with it)
    return "|".join(regex.escape(w) for w in longest_first({word for dt_ in load().doc_types for word in dt_.words}))


@lru_cache(maxsize=1)
def _preface_regex() -> regex.Pattern:
    words = _type_words()
    return regex.compile(
        # (a post may give the number alone, `Công văn số 1238 ngày 8/11/2016 V/v …`)
        rf"(?im)^[ \t#*_]*({words})[ \t]+số[ \t]*:?[ \t]*(\d+(?:[ \t]*[/-][\w&.\-/–]*[\w&])?)[ \t,]+ngày[ \t]*"
        r"(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+(\d{4}))"
        r"(?:[ \t]+của[ \t]+(.+?))?"
        r"(?:[ \t]+(?:V/v|về việc|về)[ \t.:]+(.+?))?[ \t.]*$")


@lru_cache(maxsize=1)
def _bracketed_regex() -> regex.Pattern:
    """A post's title that names the document by type and subject, its number and date in a closing bracket (`Kế
    hoạch tổ chức các hoạt động mừng Đảng - mừng Xuân Đinh Dậu năm 2017 (04/KH-UBND ngày 06/01/2017)`), or a letter's
    by its subject alone (`Về việc báo cáo tình hình ô nhiễm môi trường … (3585/VP-KTN, ngày 23/10/2017).`)."""
    return regex.compile(
        rf"(?i)[ \t#*_]*(?:(?P<type>{_type_words()})|(?P<letter>v/v|về việc))[ \t.:]+(?P<subject>\S.{{2,250}}?)[ \t]*"
        r"\([ \t]*(?:số[ \t]*:?[ \t]*)?"
        r"(?P<number>\d+[ \t]*[/-][\w&.\-/–]*[\w&])[ \t,]+ngày[ \t]*(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
        r"[ \t]*\)[ \t.]*$")


@lru_cache(maxsize=1)
def _issued_regex() -> regex.Pattern:
    """The same told as news of the issuing (`Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc …,
    cụ thể như sau:`, `Ngày 08/12/2023 UBND tỉnh đã ban hành Công văn số 86549/UBND-NCKS báo cáo …`): the date, the
    issuer, then the type and number; the subject after `về việc` up to the sentence's end, its `cụ thể như sau` or
    the addressees it was sent to (`gửi Thủ trưởng các cơ quan …`)."""
    # (a portal's news may open with its own name, `CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy … đã ban hành Chỉ thị số 17
    # về việc …`: the date without its year, the number without its symbol)
    words = _type_words()
    return regex.compile(
        r"(?i)[ \t#*_]*(?:(?-i:\p{Lu}{2,}\d*)[ \t]*[-–][ \t]*)?ngày[ \t]*(?:(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?"
        r"|(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+(\d{4}))[ \t]*,?[ \t]+(.{2,80}?)"
        rf"[ \t]+(?:(?:đã|vừa)[ \t]+)?ban[ \t]+hành[ \t]+({words})[ \t]+số[ \t]*:?[ \t]*"
        r"(\d+(?:[ \t]*[/-][\w&.\-/–]*[\w&])?)"
        r"(?:[ \t,]+ngày[ \t]*\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?"  # (its date again after the number)
        r"(?:[ \t]+(?:V/v|về việc|về)[ \t.:]+(.+?)(?:,?[ \t]+cụ thể(?: như sau)?[ \t]*:|\.(?:[ \t]|$)|$"
        r"|[ \t]+gửi[ \t]+(?-i:(?=\p{Lu}))))?")  # (`… gửi Thủ trưởng các cơ quan …`: to whom it went, after its subject)


_HEADER_REACH = 2500  # where a page's own header (the motto, a `Số:` line) would stand


_BLANKS = regex.compile(r"\s*")
_NUMBERED = regex.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)/][ \t]")
# lines with text it may stand under: the post's title, a banner's caption, a portal's menu (`Skip to main content`,
# `Thông tin cần biết`)
_PREFACE_LINES = 6
_POST_TITLE = 300  # a portal's post title above the preface (`Thông báo treo cờ Tổ quốc …` ⏎ `Thông báo số 217/…`)


def _closes_bracket(folded: str, end: int) -> bool:
    """Whether the line ending at `end` ends on a closing bracket, perhaps with a full stop after it."""
    return folded.startswith(")", end - 1) or folded.startswith(").", end - 2)


def read_preface(doc: DocumentText) -> Preface | None:
    """The preface on the text's first line, or under the portal's post title and a banner's caption, when the page
    has no header of its own."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    match = None
    lines = 0
    while lines < _PREFACE_LINES:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        # (the folded text keeps the offsets; a post may run the issuing's news and the letter's body on one line)
        match = (_preface_regex().match(doc.folded, start, end) if end - start <= 600 else None) or \
            _issued_regex().match(doc.folded, start, end) or \
            (_bracketed_regex().match(doc.folded, start, end) if _closes_bracket(doc.folded, end) else None)
        posted = POST_STAMP.match(text[start:end]) is not None  # (the post's author, date and views: passed over)
        if match or end - start > _POST_TITLE and not posted or _NUMBERED.match(text, start, end):
            break  # (a numbered line is a part of a body, `1. Căn cứ pháp lý liên quan`, no post's title)
        lines += not posted
        start = _BLANKS.match(text, end).end()
    # (the header a preface would stand in for, looked for only under such a line)
    if not match or MOTTO.search(doc.folded, 0, _HEADER_REACH) or NUMBER_LINE.search(doc.folded, 0, _HEADER_REACH):
        return None
    if match.re is _bracketed_regex():
        day, month, year = match.group("d"), match.group("m"), match.group("y")
        type_group, number_group, issuer_group, subject_group = "type", "number", 0, "subject"
    elif match.re is _issued_regex():  # (the issuing told: date, issuer, type, number, subject)
        day, month, year = (match.group(a) or match.group(b) for a, b in ((1, 4), (2, 5), (3, 6)))
        type_group, number_group, issuer_group, subject_group = 8, 9, 7, 10
    else:
        day, month, year = (match.group(3), match.group(4), match.group(5)) if match.group(3) else \
            (match.group(6), match.group(7), match.group(8))
        type_group, number_group, issuer_group, subject_group = 1, 2, 9, 10
    issued = iso_date(int(day), int(month), int(year)) if year else ""
    number = regex.sub(r"\s+", "", match.group(number_group)).replace("–", "-")
    def written(group: int | str) -> str:
        return squash(text[match.start(group):match.end(group)]) if group and match.start(group) >= 0 else ""

    subject = written(subject_group)
    if match.re is _bracketed_regex() and match.group("letter"):  # (a subject alone, as a Công văn's `V/v` gives it)
        return Preface("Công văn", number, issued, "", subject)
    if match.re is _bracketed_regex():
        subject = subject[:1].upper() + subject[1:]  # (the post's title: its subject after the type word is the title)
    return Preface(load().type_by_word[fold(match.group(type_group)).lower()], number, issued, written(issuer_group),
                   subject)


# A post's headline: a line of a few words to a long phrase, opening with a capital, that ends on a word or a bracket
# (no sentence's stop, no colon that announces), not a list's item nor a date and place.
_HEADLINE = regex.compile(r"[ \t#*_]*(?=\p{Lu})[^\n]{15,250}?[\p{L}\d)”\"][ \t*_]*$")


def post_headline(doc: DocumentText) -> str:
    """The headline a portal posts a document under when the page has no header of its own (`Tăng cường công tác phòng
    cháy, chữa cháy tại khu dân cư` ⏎ `Ngày cập nhật 08/01/2019` ⏎ `Thực hiện Chỉ thị số 32/CT-TTg …`): the first line,
    read as the title when no type line gave one. Not a line that opens with a type word (the type line's reading
    decides), a line of the body (`Thực hiện …`, `Căn cứ …`), a numbered item, a body's name in capitals (a header the
    page kept), nor a page with a header (the motto, a `Số:` line)."""
    text = doc.text
    if MOTTO.search(doc.folded, 0, _HEADER_REACH) or NUMBER_LINE.search(doc.folded, 0, _HEADER_REACH):
        return ""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    if not _HEADLINE.fullmatch(line) or _NUMBERED.match(line) or POST_STAMP.match(line) or place_date(line):
        return ""
    after = text[end + 1:end + 2] if end >= 0 else ""
    if after.islower():
        return ""  # (a sentence wrapped onto the next line: `Sở … nhận được Công văn số …` ⏎ `ngày 03 tháng 2 …`)
    words = fold(line).strip(" \t#*_").lower()
    named = line.split("(", 1)[0]
    if _body_opener().match(words) or named.isupper() and starts_with_org(named):
        return ""
    if words.startswith(tuple(w + " " for w in load().type_by_word)):
        return ""  # (a type line's own reading decides: `Thông báo Khẩn ngày 18/10/2020` gives the type, no subject)
    letters = regex.findall(r"\p{L}+", line)
    if sum(1 for w in letters if not w.isascii()) < len(letters) / 4:
        return ""  # (a line without Vietnamese marks: a scan's garbled header, `TINH trY LAM DONG DANG CONG SAN`)
    return squash(line.strip(" \t#*_"))


@lru_cache(maxsize=1)
def _body_opener() -> regex.Pattern:
    """Any of models/cues.json `body_openers` as the line's first word or words (`Kính gửi:`, `Thứ Bảy, …`)."""
    return regex.compile(r"(?:" + "|".join(regex.escape(w) for w in longest_first(load().cues["body_openers"]))
                         + r")(?![\p{L}])")
