"""The closing article of a decision, decree or resolution: `Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh;
Giám đốc các Sở: Kế hoạch và Đầu tư, Tài chính; Chủ tịch UBND các huyện và Thủ trưởng các cơ quan, đơn vị liên
quan chịu trách nhiệm thi hành Quyết định này./.`

Every party listed before the formula is charged with carrying the document out (lead). The list is long, its
items are separated by `;` and `,`, an item may carry a restrictive clause (`Thủ trưởng các đơn vị trực thuộc Sở
… có sử dụng kinh phí …`) that the clause reader takes for the predicate, and a post may be distributed over the
bodies listed after a colon (`Giám đốc các Sở: A, B` is the director of each). So the list is read here, between
the article's marker and the formula, one item at a time, before the general clause reader (party_shapes)."""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from .lexicon import load
from .party_forms import is_standard_name
from .party_names import name_end, vocabulary
from .pattern_cache import longest_first
from .party_text import SEPARATOR, Findings, PartyText
from .point_marks import NUMBER_CLOSE

# `chịu trách nhiệm thi hành Quyết định này`, `có trách nhiệm tổ chức thực hiện Kế hoạch này`: any type of
# document (models/doc_types.tsv) closes so. Led by its literal words, which the engine finds by a plain
# string search; `chịu`/`có` is checked before them.
# (its words wrapped anywhere by a page's lines: `… chịu trách` ⏎ `nhiệm thi hành Quyết định này`)
_FORMULA = re.compile(r"trách\s+nhiệm\s+(?:tổ\s+chức\s+)?(?:thi\s+hành|thực\s+hiện|triển\s+khai\s+thực\s+hiện)\s+(?:"
                      + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in longest_first(
                          word.lower() for doc_type in load().doc_types for word in doc_type.words))
                      + r")(?:\s+này|\s*\.)")  # (or the type word closing the sentence: `… thi hành Quyết định.`)
_BEARS = re.compile(r"(?:chịu|có)\s+$")
# The older closing formulas, with no `trách nhiệm` before them: `… và các đơn vị, cá nhân có liên quan căn cứ Quyết
# định thi hành.` (Quyết định 1209/QĐ-UBND 2013 of Hà Giang has it so), `… căn cứ Quyết định này thi hành`, `… thi
# hành Quyết định này`: the list ends right before them.
_TYPE_WORDS = "|".join(re.escape(word) for word in longest_first(
    word.lower() for doc_type in load().doc_types for word in doc_type.words))
_BASIS_BEFORE = re.compile(rf"căn cứ\s+(?:{_TYPE_WORDS})(?:\s+này)?\s+(?:để\s+)?$")  # (searched in a window before)
_THIS_DOCUMENT_AFTER = re.compile(rf"thi hành\s+(?:{_TYPE_WORDS})\s+này")
_FORMULA_WINDOW = 60
_DUTY_BEFORE = re.compile(r"(?:trách nhiệm|tổ chức|phải|được|sẽ|và|để)\s+$")
# Where the list opens: after the article's marker (`Điều 3.`), a point's marker (`2.`, `b)`: the closing
# article split into points, `Điều 3. Tổ chức thực hiện` ⏎ `1. …` ⏎ `2. Chánh Văn phòng …`) or at the start of
# its line.
_POINT = r"(?:\d{1,2}|[a-zđ])\s*" + NUMBER_CLOSE + r"\s+"
# The list may be addressed to the post holders: `Các ông (bà):`, `Các Ông/Bà:`, `Ông (Bà)`, with or without a
# colon (`Các ông (bà) Chánh Văn phòng …, Trưởng phòng …`: the posts are the parties; a list must still open there).
# (or to the members of a body, the body then the party: `Các ông (bà) trong Hội đồng Thi đua, khen thưởng trường …`)
# (the pair may be written with a comma: `Các Ông, Bà Chánh Văn phòng Bộ Y tế, …`)
_ADDRESS = (r"(?:các\s+)?(?:ông|bà)(?!\w)\s*(?:/\s*(?:bà|ông)|\(\s*(?:bà|ông)\s*\)|,\s*(?:bà|ông)(?!\w))?\s*:?\s*"
            r"(?:(?:trong|thuộc)\s+(?=\w))?")
_OPENING = re.compile(rf"[ \t]*(?:điều\s+\d+[a-zđ]?\s*[.:]\s*|{_POINT})?(?P<address>{_ADDRESS})?")
# The people an earlier article names: `Các ông (bà) có tên tại Điều 1 và các bộ phận liên quan chịu trách nhiệm thi
# hành …` (a decision setting up a board or a team): one party, charged as the bodies listed with them are (the
# devset's `Các cơ quan, đơn vị có tên tại phụ lục …`), named as written up to the article.
_NAMED_ABOVE = re.compile(r"có tên\s+(?:(?:nêu\s+)?(?:tại|ở)|trong)\s+(?:điều\s+\d+[a-zđ]?)?")
_NAMED_PEOPLE = re.compile(_ADDRESS.replace(r"\s*:?\s*", r"\s*") + _NAMED_ABOVE.pattern)
_OPENS_POINT = re.compile(_POINT)


@lru_cache(maxsize=1)
def _person_last() -> regex.Pattern:
    """The person a decision is about, listed last after an honorific (models/party_heads.tsv `honorific`: `… UBND
    Phường 6 và Ông Nguyễn Văn Chiếu thi hành quyết định này`): the list of bodies still runs up to the formula."""
    honorifics = "|".join(regex.escape(h) for h in sorted(vocabulary().honorifics, key=len, reverse=True))
    return regex.compile(rf"\s*(?:,|và)\s+(?i:{honorifics})(?:\s*\((?i:bà)\))?\s+\p{{Lu}}\p{{Ll}}*"
                         r"(?:\s+\p{Lu}\p{Ll}*){1,4}\s*")


# The article that names the last party listed (`… và các thành viên Hội đồng thẩm định tại Điều 1 chịu trách nhiệm thi
# hành …`): the list still runs up to the formula.
_AT_ARTICLE = re.compile(r"\s+(?:có tên\s+)?(?:tại|ở)\s+điều\s+\d+[a-zđ]?\s*")
# A post over the bodies listed after a colon: `Giám đốc các Sở:` → `Giám đốc Sở …` for each.
_OVER_KIND = re.compile(r"\s*:\s*")
_PLURAL = re.compile(r"\b(?:các|những)\s+")
_BODY_BETWEEN = re.compile(r"\s*[;,]")
_WRAPPED_LINES = 6  # a closing list runs over a few lines of a page at most


def implementation_lists(text: PartyText, found: Findings) -> None:
    """The parties listed before a closing formula that charges them with carrying the document out."""
    low = text.low
    for m in _FORMULA.finditer(low, text.body_start):
        bears = _BEARS.search(low, max(0, m.start() - 6), m.start())
        if bears:
            _listed_before(text, found, bears.start(), m.end())
    at = low.find("thi hành", text.body_start)
    while at >= 0:  # (the literal words first: a pattern led by a look-behind is tried at every position)
        window = low[max(0, at - _FORMULA_WINDOW):at]
        basis = _BASIS_BEFORE.search(window)
        start = at - len(window) + basis.start() if basis else at
        this_document = None if basis or not (low[at - 2:at - 1].isalnum() and low[at - 1] == " ") else \
            _THIS_DOCUMENT_AFTER.match(low, at)
        if (basis or this_document) and not _DUTY_BEFORE.search(low, max(0, start - 14), start):
            end = start
            while end and low[end - 1].isspace():
                end -= 1
            # (the task: `thi hành quyết định này`, or `căn cứ quyết định thi hành`)
            _listed_before(text, found, end, this_document.end() if this_document else at + len("thi hành"),
                           named_to_end=True)
        at = low.find("thi hành", at + 1)


def _listed_before(text: PartyText, found: Findings, list_end: int, formula_end: int, named_to_end: bool = False) -> None:
    """The parties listed up to `list_end`, where the formula that charges them opens (ending at `formula_end`); with
    `named_to_end` (a formula with no `trách nhiệm`), only where the last name runs up to it (not `… các cơ quan liên
    quan hướng dẫn thi hành Nghị định này`)."""
    low = text.low
    opening = _OPENING.match(low, _list_line(text.text, list_end))
    start = opening.end()
    if opening.group("address") and _NAMED_PEOPLE.match(low, opening.start("address")):
        start = opening.start("address")  # (the address opens the people's name)
    elif not text.mention_at(start):
        return  # (not a list of parties: `Quyết định này …`)
    if list_end - start > 900 or start in found:
        return  # (a sentence another shape read)
    spans, names = _items(text, start, list_end)
    if named_to_end and spans and spans[-1][1] < list_end and not _AT_ARTICLE.fullmatch(low, spans[-1][1], list_end) \
            and not _person_last().fullmatch(text.text, spans[-1][1], list_end):
        return
    if spans:
        found.take(spans, "lead", formula_end, names, task_start=list_end)
        found.cover(start, list_end)  # the whole list is read: its posts too (`Giám đốc các Sở:`)


# An article's first line a PDF broke after a word or two (`Điều 3. Chánh` ⏎ `Văn phòng Ủy ban nhân dân …`): the list
# opens there.
_BROKEN_OPENING = regex.compile(r"[ \t]*(?:Điều[ \t]+\d+[.:]?|\d{1,2}\.)[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{L}+)?")


def _list_line(raw: str, formula: int) -> int:
    """The start of the line the list opens on: the formula's line, or an earlier one the list wraps from
    (a text laid out in lines of a page: the next line goes on in lower case, or this one ends with a comma)."""
    line = raw.rfind("\n", 0, formula) + 1
    for _ in range(_WRAPPED_LINES):
        if line == 0:
            break
        previous = raw.rfind("\n", 0, line - 1) + 1
        before = raw[previous:line - 1].rstrip()
        after = raw[line:formula].lstrip()
        if not before or not (before.endswith(",") or after[:1].islower() or _BROKEN_OPENING.fullmatch(before)
                              or (";" in before and before[-1:].isalpha())) \
                or _OPENS_POINT.match(after):
            # (a point's marker opens a line of its own: `đ) Là đơn vị đầu mối, …` goes on no earlier line; a line of
            # items parted by `;` that breaks inside a name goes on: `…; Giám đốc` ⏎ `Công an tỉnh; …`)
            break
        line = previous
    return line


def _items(text: PartyText, start: int, limit: int) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The listed names from `start` to `limit` (the formula): spans, and the names of the items a post is
    distributed to (by the index of their span)."""
    raw, low = text.text, text.low
    spans: list[tuple[int, int]] = []
    names: dict[int, str] = {}
    pos = start
    post = ""  # `Giám đốc Sở` while the bodies listed after `Giám đốc các Sở:` are read
    while pos < limit:
        if post and text.mention_at(pos):
            post = ""  # a party named in full closes the colon's list where no `;` does (`…, Giám đốc Kho bạc …`)
        if post:
            # One body of the post's kind per item, up to the `;` that closes the colon's list: a body's own
            # name may hold `và` (`Kế hoạch và Đầu tư`), so only commas part them.
            end = _body_end(low, pos, limit)
            kind = post.rsplit(" ", 1)[-1]
            if low.startswith(",", end) and not is_standard_name(f"{kind} {raw[pos:end].strip()}"):
                # (a field whose standard name holds a comma: `Giám đốc các Sở: Y tế, Lao động, Thương binh và Xã hội`)
                joined = _body_end(low, _next(low, end, limit), limit)
                end = joined if is_standard_name(f"{kind} {raw[pos:joined].strip()}") else end
            # (`… Nội vụ và các sở, ban, ngành`: a plural kind after `và` is a party of its own, not a body of the
            # post's, and so is any party named after it: `… Tài chính và Thủ trưởng các cơ quan có liên quan`; not
            # the field's own `và`, `Kế hoạch và Đầu tư`)
            plural = next((a for a in _AND.finditer(low, pos, end) if text.mention_at(a.end())), None)
            if plural:
                end = plural.start()
            body = raw[pos:end].strip()
            names[len(spans)] = f"{post} {body[len(kind):].strip()}" if body.lower().startswith(kind.lower() + " ") \
                else f"{post} {body}"
            spans.append((pos, end))
            if low.startswith(";", end) or end >= limit or plural and end == plural.start():
                post = ""
            pos = plural.end() if plural and end == plural.start() else _next(low, end, limit)
            continue
        respective, respective_end = _respective_posts(raw, low, pos, limit)
        if respective:
            for span, name in respective:
                names[len(spans)] = name
                spans.append(span)
            pos = _next(low, respective_end, limit)
            continue
        people = _NAMED_PEOPLE.match(low, pos)
        if people and people.group().rstrip().endswith(tuple("0123456789")):
            names[len(spans)] = raw[pos].upper() + raw[pos + 1:people.end()].rstrip()
            spans.append((pos, people.end()))
            pos = _next(low, people.end(), limit)
            continue
        mention = text.mention_at(pos)
        end = name_end(raw, low, pos, mention.end, limit) if mention else _item_end(low, pos, limit)
        if end <= pos:
            break
        if mention:
            over = _OVER_KIND.match(low, end)
            if over and over.end() < limit:
                # `Giám đốc các Sở` → `Giám đốc Sở` (and `Giám đốc các Sở, ngành` too: the kinds after the first are its
                # like)
                post = _PLURAL.sub("", raw[pos:end]).split(",", 1)[0].strip()
                holder, _, kind = post.rpartition(" ")
                post = f"{holder} {kind[:1].upper()}{kind[1:]}".strip()  # a body's head, named: `Sở`
                pos = over.end()
                continue
            spans.append((pos, end))
        pos = _next(low, end, limit)  # (an item that names no party, as a qualifier, is passed over)
    return spans, names


_AND = re.compile(r"[ \t\n]+và[ \t\n]+")
# Posts named by their units, then the units listed in the same order after one `các` (`Vụ trưởng, Cục trưởng các Vụ,
# Cục thuộc Bộ Y tế`): each post heads its own unit (`Vụ trưởng các Vụ thuộc Bộ Y tế`, `Cục trưởng các Cục …`).
_UNIT_POST = r"((?:tổng\s+)?\w+)\s+trưởng"
_RESPECTIVE = regex.compile(rf"(?P<posts>{_UNIT_POST}(?:\s*,\s*{_UNIT_POST})+)\s+các\s+(?P<units>\w+(?:\s*,\s*\w+)+)"
                            r"(?P<rest>(?:\s+(?!và\b)[^\s,;]+)*)")
_UNIT_POST_PATTERN = regex.compile(_UNIT_POST)


def _respective_posts(raw: str, low: str, pos: int, limit: int) -> tuple[list[tuple[tuple[int, int], str]], int]:
    """Each post of a `_RESPECTIVE` list with the unit it heads and what the units share (`thuộc Bộ Y tế`): [(the
    post's span, its name)] and where the list ends; [] where the units do not answer the posts one for one."""
    m = _RESPECTIVE.match(low, pos, limit)
    if m is None:
        return [], pos
    posts = list(_UNIT_POST_PATTERN.finditer(low, pos, m.end("posts")))
    units = raw[m.start("units"):m.end("units")].split(",")
    if len(posts) != len(units) or any(" ".join(p.group(1).split()) != " ".join(u.lower().split())
                                       for p, u in zip(posts, units)):
        return [], pos
    rest = " ".join(raw[m.start("rest"):m.end("rest")].split())
    return [(p.span(), " ".join(f"{raw[p.start():p.end()]} các {unit} {rest}".split()))
            for p, unit in zip(posts, units)], m.end()


def _body_end(low: str, pos: int, limit: int) -> int:
    m = _BODY_BETWEEN.search(low, pos, limit)
    return m.start() if m else limit


def _item_end(low: str, pos: int, limit: int) -> int:
    """The end of an item that is not a party's name: the next separator of a list, or the formula."""
    m = SEPARATOR.search(low, pos, limit)
    return m.start() if m else limit


def _next(low: str, end: int, limit: int) -> int:
    """Where the item after the one ending at `end` opens."""
    m = SEPARATOR.search(low, end, limit)
    return m.end() if m else limit
