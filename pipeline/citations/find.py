"""The find stage: every place a text mentions another document, by number and symbol, by a short
number (`Quyết định 1237`), by proper name, or by an alias it defined."""
from __future__ import annotations

import bisect
from functools import lru_cache

import regex

from ..lexicon import load
from ..records import DocumentText
from ..textfold import rx
from .fields import PINPOINT
from .mention import Mention
from .names import (LAW_TYPES, TREATY_TYPES, canonical_type, identifies_a_treaty, named_matches, national_congress_key,
                    read_name)
from .registry import Registry
from .symbols import (BARE_NUMBER, SYMBOL, canonical_symbol, code_is_plausible, fuzzy_type, issuer_codes,
                      symbol_matches, trimmed, type_from_symbol, type_words, with_stray_space_joined, with_type_code)

# A number after a bare `số` is a document only where a list of documents goes on (`các Công văn số
# 10587/STC-HCSN … và số 11453/STC-HCSN`) or after `tại`/`theo`; after other nouns (`mẫu số 01/…`,
# `tài khoản số …`) it is a form, an account, a code.
_BARE_SO = regex.compile(r"(?i)(?:(?:^|[,;(]|\s(?:và|hoặc|tại|theo|cùng))\s*s[ốo]|(?:^|[\s(])(?:tại|theo))\s*:?\s*$")
# The header's `Số: 95/KH-TC`; a line that starts `số 36/KH-STP` continues a type word ending the line before.
# `pháp luật số …`: the common noun ending a law's name (`Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13`), not
# the type word of the number after it.
_COMMON_LUAT = regex.compile(r"(?<![\p{L}])pháp\s+$")
_OWN_NUMBER_LINE = regex.compile(r"[\s|*]*(?:S[ốỐoO]\s*[:.]?|s[ốo]\s*[:.])\s*")
# `Nghị quyết số: 96/2023/QH15` in a header: `số:` with its colon is the document's own number field.
_HEADER_FIELD = regex.compile(r"(?i)s[ốo]\s*:\s*$")
_HEADER_SPAN = 600
# `các Luật số 43/2024/QH15, số 47/2024/QH15 và số 58/2024/QH15`: a bare `số` that goes on with a list
# after the member before it (nothing but a date, a body, a comma between them).
_LIST_GOES_ON = regex.compile(r"[^;.\n]{0,160}?(?:,|\s(?:và|hoặc))\s*s[ốo]\s*:?\s*")
# A symbol's codes without its number and year (`43/2024/QH15` → `QH15`, `12/KH-UBND` → `KH-UBND`).
_NUMBER_AND_YEAR = regex.compile(r"^\d+[/-](?:(?:19|20)\d{2}/)?")
# SYMBOL's groups read by number: by name `regex` takes 0.5 µs a call (three a symbol).
_YEAR, _OSYM = SYMBOL.groupindex["year"], SYMBOL.groupindex["osym"]
_PINPOINT_HINT = regex.compile(r"(?i)điều|khoản|điểm")
_TEMPORAL_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:sau|trước)(?:\s+khi)?\s+$")
# `mẫu số 01/CT/ĐNTL/GSQL`, `Biểu mẫu số 02/BC-…`, `Phụ lục số 03/…`: a form's code, not a document.
# Read backwards from the number (`(?r)`, `.match`), as the type word before it (symbols.type_words).
_FORM_BEFORE = regex.compile(r"(?ri)(?<![\p{L}])(?:mẫu|biểu|phụ\s+lục)\s*(?:số\s*)?:?\s*$")
# `(sau đây gọi tắt là Luật BHYT)`: what follows defines a short name for the document just cited,
# read backwards from the name (`(?r)`, `.match`).
_DEFINES_ALIAS = regex.compile(r"(?ri)\(\s*(?:sau\s+đây\s+)?gọi(?:\s+(?:tắt|chung))?\s+là\s*:?\s*[“\"']?\s*$")
# A resolution cited by name is a congress's or a plenum's (`lần thứ`, `khóa`, `Trung ương 4`, `Đảng bộ tỉnh`).
_PLURAL_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:các|những)[ \t]+$")
_NAMED_RESOLUTION = regex.compile(r"lần thứ|khóa|nhiệm kỳ|trung ương\s+\d|tw\s*\d|đảng bộ\s+(?:tỉnh|huyện|thành phố|quận|xã|phường|thị)")

# `43/2006`, `04 / 2000` not followed by a code; and a type's abbreviation right before it (`QĐ số`, `NĐ`).
_NUMBER_WITH_YEAR = regex.compile(r"(?<![\d/.\-])(\d{1,5})[ \t]?/[ \t]?((?:19|20)\d{2})(?![\d/\-\p{L}.,]|\.\d)")
_TYPE_ABBREVIATION = regex.compile(r"(?<![\p{L}\d/\-])(\p{Lu}{2,4})\s*(?:số\s*:?\s*)?$")
# A number with no code or year that a date, an issuer or a numbered document joined to it follows
# (`… số 81 ngày 20/8/2024`, `… 164 của Bộ Chính trị`, `… số 01 và Chỉ thị số 36-CT/TW`): see `_identified_numbers`.
_IDENTIFIED_NUMBER = regex.compile(r"(?<![\d/.\-\p{L}])(\d{1,5})(?=[ \t]*,?[ \t]*(?:ngày[ \t]+\d|của[ \t]+\p{L}"
                                   r"|(?:và|,)[ \t]+\p{L}[\p{L} \t]{0,20}?\ss[ốo][ \t]*:?[ \t]*\d+[/-]\p{L}))")

def _is_own(symbol: str, own: set[str]) -> bool:
    """The document's own number, also when the header was read short (`3210/QĐ` for `3210/QĐ-UBND`)."""
    return any(symbol == o or (symbol.startswith(o) and symbol[len(o):len(o) + 1] in "-/")
               or (o.startswith(symbol) and o[len(symbol):len(symbol) + 1] in "-/") for o in own)


def _own_numbers(folded: str, own_number: str) -> set[str]:
    """The document's own number as the frame read it, and as its header writes it: a `… số: N`
    field, or a crawler's title line (`Nghị quyết 61/2022/QH15` alone on the first line)."""
    own = {rx(r"\s+").sub("", own_number)} if own_number.strip() else set()
    for m in SYMBOL.finditer(folded, 0, min(len(folded), _HEADER_SPAN)):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        line_end = folded.find("\n", m.end())
        before = folded[line_start:m.start()]
        first_line = line_start == 0 and not folded[m.end():line_end if line_end >= 0 else None].strip()
        typed = type_words()[0].search(before) if first_line else None
        # (the title line opens with its type; a sentence that names a letter received is no title: `Sở … nhận được
        # Công văn số 319/SYT-YDQLHN` ⏎ `ngày …`, a letter's page with its header lost)
        if _own_field(before) or (typed and not _LOWER_WORD.search(before, 0, typed.start(1))):
            own.add(with_stray_space_joined(canonical_symbol(m), folded, m.end())[0])
    return own


def _own_field(before: str) -> bool:
    """Whether the words before a number are a number field (`Số:`, `Nghị quyết số:`), nothing else on the line: not
    `Căn cứ Thông tư số: 09/2009/TT-BGDĐT …`, a basis typed with the field's colon (school documents often are)."""
    field = _HEADER_FIELD.search(before)
    if field is None:
        return False
    typed = type_words()[0].match(before)
    head = before[:typed.start(1)] if typed else before[:field.start()]
    return not _LETTER.search(head)


_LETTER = regex.compile(r"\p{L}")
_LOWER_WORD = regex.compile(r"(?<![\p{L}])\p{Ll}")


@lru_cache(maxsize=1024)
def _type_of(written: str) -> str:
    """The type a type word names as written before a number (`Quyết  định`, `QUYẾT ĐỊNH`)."""
    return type_words()[1][rx(r"\s+").sub(" ", written.lower())]


# `công văn` right before another type word written in lower case (`công văn hướng dẫn`, `công văn thông báo`)
_LETTER_BEFORE = rx(r"(?<![\w])[Cc]ông văn[ \t]+$")


def find_numbered(doc: DocumentText, own_number: str) -> list[Mention]:
    folded = doc.folded
    type_re = type_words()[0]
    own = _own_numbers(folded, own_number)
    mentions: list[Mention] = []
    listed: set[int] = set()  # mentions typed `Công văn` only for a bare `số` before them
    for m in symbol_matches(folded):
        m = trimmed(m, folded)
        symbol, end = with_stray_space_joined(canonical_symbol(m), folded, m.end())
        if not code_is_plausible(symbol):
            continue
        # The document's own `Số:` line (looked for only near the number: lines can be very long).
        line_start = folded.rfind("\n", max(0, m.start() - 40), m.start()) + 1
        if (line_start or m.start() < 40) and _OWN_NUMBER_LINE.fullmatch(folded, line_start, m.start()):
            continue
        if _is_own(symbol, own):
            continue
        look = folded[max(0, m.start() - 60):m.start()]
        if _FORM_BEFORE.match(look):
            continue
        start = m.start()
        doc_type = ""
        tm = type_re.match(look)
        in_name = tm is not None and tm.group(1) == "luật" and _COMMON_LUAT.search(look, 0, tm.start(1)) is not None
        if tm and not in_name:
            doc_type = _type_of(tm.group(1))
            if m[_YEAR]:
                symbol = with_type_code(symbol, doc_type)
            start = m.start() - (len(look) - tm.start(1))
            lower = doc_type != "Công văn" and look[tm.start(1)].islower()
            letter = _LETTER_BEFORE.search(look, 0, tm.start(1)) if lower else None
            if letter and type_from_symbol(symbol) in ("", "Công văn"):
                # `công văn hướng dẫn số 237/SGD&ĐT-GDMN`, `… số 139/CV-PGD&ĐT`: a letter that guides (its symbol the
                # issuer's code or a letter's, no `HD`)
                doc_type, start = "Công văn", m.start() - (len(look) - letter.start())
        elif not in_name:  # (in a name: untyped, the name before it gives the type)
            fuzzy = fuzzy_type(look, symbol)
            if fuzzy:
                doc_type, offset = fuzzy
                start = m.start() - (len(look) - offset)
        osym = m[_OSYM]
        if osym and (not doc_type or osym.upper() not in issuer_codes()):
            continue  # `404-CP` is a symbol only after its type word, with an issuer's code (not `51-KUTW`, OCR)
        if not doc_type:
            doc_type = type_from_symbol(symbol)
            if not doc_type:
                if _BARE_SO.search(look):
                    doc_type = "Công văn"
                    listed.add(len(mentions))
                elif not rx(r"(?i)\ss[ốo]\s*:?\s*$").search(look):
                    continue
                # else untyped: kept for a name written before it (`Luật Bầu cử … số 85/2015/QH13`)
        before = folded[max(0, start - 60):start]
        # `điểm b khoản 1 Điều 2 Nghị định …`: looked for only where such a word is written.
        pin = PINPOINT.search(before) if _PINPOINT_HINT.search(before) else None
        mentions.append(Mention(start=start, end=end, doc_type=doc_type, number_symbol=symbol,
                                year=m[_YEAR] or "", pinpoint=" ".join(pin.group(1).split()) if pin else ""))
    _type_of_list(folded, mentions, listed)
    # Short mentions that repeat only the number (`Quyết định 1237`, `Nghị định số 31`) can only
    # refer to a document this text cites in full: look for exactly those.
    wanted = {rx(r"\d+").match(m.number_symbol).group(0) for m in mentions if m.number_symbol[:1].isdigit()}
    # (one scan for both kinds: the numbers with a year that `_NUMBER_WITH_YEAR` finds are those of `BARE_NUMBER`
    # that read a year, the same spans in the same order, as a bare number without one holds digits only)
    numbers = list(BARE_NUMBER.finditer(folded)) if wanted else []
    for m in numbers:
        if m[1] not in wanted:
            continue
        tm = type_re.match(folded[max(0, m.start() - 40):m.start()])
        if tm:
            doc_type = _type_of(tm.group(1))
            start = m.start() - (min(40, m.start()) - tm.start(1))
            if _DEFINES_ALIAS.match(folded, max(0, start - 40), start):
                continue  # `(gọi tắt là Đề án 06)`: the definition of a short name, no mention of its own
            mentions.append(Mention(start=start, end=m.end(), doc_type=doc_type, short_number=m.group(1),
                                    year=m.group(2) or ""))
    # A number with its year and no code after a type word or its abbreviation (`Nghị định 43/2006 của Chính
    # phủ`, `QĐ số 04/2000`, common in school rules): a mention of its own, linked to the same document written in
    # full only where type, number, year (and issuer, when both write one) agree (resolve._key_short).
    taken = [(x.start, x.end) for x in mentions]
    for m in [m for m in numbers if m[2] is not None] if wanted else _NUMBER_WITH_YEAR.finditer(folded):
        if any(a <= m.start() < b for a, b in taken) or (wanted and m[1] in wanted):
            continue
        look = folded[max(0, m.start() - 40):m.start()]
        tm = type_re.match(look)
        if tm:
            doc_type, at = _type_of(tm.group(1)), tm.start(1)
        else:
            ab = _TYPE_ABBREVIATION.search(look)
            if ab is None or ab.group(1) not in load().type_by_code:
                continue
            doc_type, at = load().type_by_code[ab.group(1)], ab.start(1)
        start = m.start() - (len(look) - at)
        if _alias_or_form(folded, start):
            continue
        mentions.append(Mention(start=start, end=m.end(), doc_type=doc_type, short_number=m.group(1), year=m.group(2)))
    mentions += _identified_numbers(folded, mentions, own, wanted)
    return mentions


def _alias_or_form(folded: str, start: int) -> bool:
    """Whether a mention starting at `start` is a short name's definition (`(gọi tắt là Đề án 06)`) or a form's code
    (`mẫu số …`): a number after its type word that names no document of its own."""
    return bool(_DEFINES_ALIAS.match(folded, max(0, start - 40), start) or _FORM_BEFORE.match(folded, max(0, start - 30), start))


def _identified_numbers(folded: str, mentions: list[Mention], own: set[str], wanted: set[str]) -> list[Mention]:
    """A number alone after its type word that the words after it identify (`Công điện số 81 ngày 20/8/2024 của Thủ
    tướng Chính phủ`, `Quy định 164 của Bộ Chính trị`, `Kết luận số 01 và Chỉ thị số 36-CT/TW …`): a document of its
    own, keyed by its type, number, issuer and year (resolve._key_short), unless the text cites it in full."""
    taken = [(x.start, x.end) for x in mentions]
    own_numbers = {rx(r"\d+").match(o).group(0) for o in own if o[:1].isdigit()}
    found: list[Mention] = []
    for m in _IDENTIFIED_NUMBER.finditer(folded):
        number = m.group(1)
        if number in wanted or number in own_numbers or any(a <= m.start() < b for a, b in taken):
            continue
        look = folded[max(0, m.start() - 40):m.start()]
        tm = type_words()[0].match(look)
        if tm is None:
            continue
        start = m.start() - (len(look) - tm.start(1))
        if _alias_or_form(folded, start) or _PLURAL_BEFORE.search(folded, max(0, start - 10), start):
            continue
        doc_type = _type_of(tm.group(1))
        if doc_type not in load().cues["programmes_by_number"]:
            found.append(Mention(start=start, end=m.end(), doc_type=doc_type, short_number=number))
    return found


def _type_of_list(folded: str, mentions: list[Mention], listed: set[int]) -> None:
    """A number after a bare `số` that goes on with a list is of the type of the member before it when both
    carry the same codes (`Luật số 43/2024/QH15, số 47/2024/QH15`: a law, as `QH15` alone cannot say;
    not `Kế hoạch số 12/KH-UBND và số 4216/UBND-NC`)."""
    for i in sorted(listed):
        before, member = (mentions[i - 1], mentions[i]) if i else (None, None)
        if before is None or not before.doc_type or before.doc_type == "Công văn":
            continue
        if _NUMBER_AND_YEAR.sub("", before.number_symbol) != _NUMBER_AND_YEAR.sub("", member.number_symbol):
            continue
        if _LIST_GOES_ON.fullmatch(folded, before.end, member.start):
            member.doc_type = before.doc_type


@lru_cache(maxsize=2)
def _draft_before(words: tuple[str, ...]) -> regex.Pattern:
    """`dự án`, `dự thảo` right before a type word: the law is still to be made."""
    return regex.compile(r"(?i)(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in words) + r")\s+$")


def warm() -> None:
    _draft_before(tuple(load().cues["draft_before_type"]))


def find_named(doc: DocumentText, taken: list[tuple[int, int]], registry: Registry) -> list[Mention]:
    """Laws, codes, ordinances, the constitution and named Party resolutions cited by name."""
    cues = load().cues
    text = doc.text
    mentions: list[Mention] = []
    covered_end = -1  # end of the last name read: a type word inside it is part of that name …
    amending_end = -1  # … unless the name is an amending law's, whose listed laws are mentions too
    taken = sorted(taken)
    taken_starts = [s for s, _ in taken]

    def overlaps(a: int, b: int) -> bool:
        i = bisect.bisect_right(taken_starts, a) - 1
        return (i >= 0 and taken[i][1] > a) or (i + 1 < len(taken) and taken[i + 1][0] < b)

    for m in named_matches(doc.folded):
        start = m.start()
        if start < covered_end and start >= amending_end:
            continue
        if overlaps(start, start + 1):
            continue
        doc_type = canonical_type(m.group("type"))
        first = rx(r"[ \t]*(?:\n[ \t]*)?([\p{L}\d]+)([/\-]?)").match(text, m.end("type"))
        if not first or first.group(1).lower() in cues["law_name_rejects"] or first.group(2) \
                or (first.group(1)[0].isdigit() and doc_type != "Hiến pháp"):
            continue  # `Luật sư`, `luật lệ`, `Luật này`, `Luật số …`, `Luật 10/2022/…` (the numbered
            # finder's), `Luật, nghị quyết …`, `Pháp lệnh 1 …` (a bare type word, no name)
        if doc_type in LAW_TYPES and _draft_before(tuple(cues["draft_before_type"])).search(doc.folded, max(0, start - 20), start):
            continue  # `dự án Luật dân tộc`: a law still to be made cites nothing
        read = read_name(text, doc.folded, start, m.end("type"), doc_type, registry)
        if read is None or rx(r"(?i)\s*sửa\s+đổi,?\s+bổ\s+sung\s*$").fullmatch(text, m.end("type"), read.end):
            continue  # `Luật sửa đổi, bổ sung năm 2012`: which law it amends is not written
        if doc_type in TREATY_TYPES and (_TEMPORAL_BEFORE.search(doc.folded, max(0, start - 12), start)
                                         or not identifies_a_treaty(read.name, text[read.span_end:read.span_end + 40])):
            continue  # `Hiệp định thương mại tự do mà Việt Nam là thành viên`: a kind, not one agreement;
            # `ở lại miền Nam sau Hiệp định Giơnevơ năm 1954`: a point in time
        if doc_type == "Nghị quyết":
            low = read.name.lower()
            if "các cấp" in low or not (_NAMED_RESOLUTION.search(low) or national_congress_key(read.name)) or \
                    _PLURAL_BEFORE.search(doc.folded, max(0, start - 8), start):
                continue  # (`Nghị quyết Đại hội XIII của Đảng`: a national congress named by its number alone; `các
                # Nghị quyết Đại hội XIII của Đảng`: resolutions of it, no one document)
        if overlaps(start, read.end) and not read.amending:
            continue  # (an amending law's name holds the laws it lists, numbered ones too: mentions of their own)
        if not read.numbered and _DEFINES_ALIAS.match(doc.folded, max(0, start - 40), start):
            continue  # the definition of a short name is no mention of its own; one that repeats
            # the number is (`(sau đây gọi chung là Nghị quyết số 23/2003/QH11)`)
        covered_end = max(covered_end, read.end)
        if read.amending:
            amending_end = read.end
        mentions.append(Mention(start=start, end=read.span_end, doc_type=doc_type, name=read.name, year=read.year,
                                number_follows=read.numbered, amending=read.amending))
    return mentions


def merge_name_and_number(named: list[Mention], numbered: list[Mention]) -> list[Mention]:
    """`Luật Bầu cử … số 85/2015/QH13`: the name and the number that follows it are one mention, of
    the type the name gives. Returns the named mentions that stay on their own; numbered mentions
    that found no type (neither a type word nor a name before them) are dropped from `numbered`."""
    by_start = sorted(numbered, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    alone = []
    merged: set[int] = set()
    for name in named:
        if name.number_follows:
            i = bisect.bisect_left(starts, name.end)
            if i < len(by_start) and starts[i] - name.end <= 16 and by_start[i].number_symbol and i not in merged:
                # (once: `Luật sửa đổi, bổ sung một số điều của Luật Hải quan số 42/2005/QH11` is the amending
                # law's number, not that of the law its name ends with)
                merged.add(i)
                number = by_start[i]
                number.start, number.doc_type, number.name = name.start, name.doc_type, name.name
                number.amending = name.amending
                continue
        alone.append(name)
    numbered[:] = [m for m in numbered if m.doc_type]
    return alone


def find_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """Later uses of an alias defined by `(sau đây gọi tắt là …)`: mentions of the same document.
    Only an alias that names a document (`Quyết định 1237`, `QĐ 20`, `Đề án 1237`) counts; a defined
    term (`cấp tỉnh`, `Bộ chỉ số 766`) is not a citation, nor a bare type word (`(sau đây gọi tắt là
    Pháp lệnh)`): written alone it is as generic as `Kế hoạch nêu trên` (devset NOTES)."""
    found: list[Mention] = []
    for m in mentions:
        alias = m.alias
        if not alias or len(alias) < 3 or not _names_a_document(alias) or alias.lower() in load().type_by_word:
            continue
        for start in whole_word_occurrences(text, alias, m.tail_end + 40):
            if any(o.start <= start < o.end for o in mentions + found) \
                    or _DEFINES_ALIAS.match(text, max(0, start - 40), start):
                continue  # (the definition itself, `… (sau đây gọi tắt là Luật X)`, for a name defined
                # after a list: `Luật X năm 1995, Luật X năm 2003 (sau đây gọi tắt là Luật X)`)
            found.append(Mention(start=start, end=start + len(alias), doc_type=m.doc_type,
                                 number_symbol=m.number_symbol, name=m.name, year=m.year, key=m.key,
                                 relation="other", resolution="alias"))
    return found


_FIRST_WORDS = regex.compile(r"[\p{L}&]+(?:\s+[\p{L}&]+)?")


def whole_word_occurrences(text: str, word: str, pos: int):
    """Where `word` stands in text[pos:] with no letter or digit against it: the starts of
    `regex.finditer(r"(?<![\\p{L}\\d])" + regex.escape(word) + r"(?![\\p{L}\\d])", text[pos:])`, by `str.find`
    (a pattern per alias would be compiled in every worker that meets it)."""
    at = text.find(word, pos)
    while at >= 0:
        end = at + len(word)
        if (at == pos or not _letter_or_digit(text[at - 1])) and (end == len(text) or not _letter_or_digit(text[end])):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _letter_or_digit(ch: str) -> bool:
    """`[\\p{L}\\d]`: a letter (categories L*) or a decimal digit (Nd)."""
    return ch.isalpha() or ch.isdecimal()


def _names_a_document(alias: str) -> bool:
    lex = load()
    first = _FIRST_WORDS.match(alias)
    if not first:
        return False
    words = first.group(0)
    return (words.lower() in lex.type_by_word or words.split()[0].lower() in lex.type_by_word
            or words.split()[0].upper() in lex.type_by_code)
