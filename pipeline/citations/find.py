"""The find stage: every place a text mentions another document, by number and symbol, by a short
number (`Quyết định 1237`), by proper name, or by an alias it defined."""
from __future__ import annotations

import regex

from ..lexicon import load
from ..records import DocumentText
from ..textfold import rx, squash
from .fields import PINPOINT
from .mention import Mention
from .names import NAMED, name_extent
from .symbols import BARE_NUMBER, SYMBOL, canonical_symbol, code_is_plausible, fuzzy_type, type_from_symbol, type_words


def find_numbered(doc: DocumentText, own_number: str) -> list[Mention]:
    text, folded = doc.text, doc.folded
    type_re, type_by_word = type_words()
    own = rx(r"\s+").sub("", own_number)
    mentions: list[Mention] = []
    for m in SYMBOL.finditer(folded):
        symbol = canonical_symbol(m)
        if not code_is_plausible(symbol):
            continue
        line_start = folded.rfind("\n", 0, m.start()) + 1
        before_line = folded[line_start:m.start()]
        if rx(r"(?i)^[\s|*]*s[ốo]\s*[:.]?\s*$").match(before_line):
            continue  # the document's own `Số:` line
        if own and symbol.replace(" ", "") == own:
            continue
        look = folded[max(0, m.start() - 60):m.start()]
        start = m.start()
        doc_type = ""
        name = ""
        tm = type_re.search(look)
        if tm:
            doc_type = type_by_word[rx(r"\s+").sub(" ", tm.group(1).lower())]
            start = m.start() - (len(look) - tm.start(1))
        else:
            # Name then number: `Luật Doanh nghiệp số 59/2020/QH14`.
            lm = rx(r"(?<![\p{L}])((?:Bộ [Ll]uật|Luật|Pháp lệnh)\s+\p{L}[\p{L}\s,]{1,80}?)\s+số\s*$").search(look)
            if lm:
                doc_type = "Bộ luật" if lm.group(1).lower().startswith("bộ") else ("Pháp lệnh" if lm.group(1).startswith("Pháp") else "Luật")
                name = squash(text[m.start() - (len(look) - lm.start(1)):m.start() - (len(look) - lm.end(1))])
                start = m.start() - (len(look) - lm.start(1))
            else:
                fuzzy = fuzzy_type(look, symbol)
                if fuzzy:
                    doc_type, offset = fuzzy
                    start = m.start() - (len(look) - offset)
        if not doc_type:
            doc_type = type_from_symbol(symbol)
            if not doc_type:
                if not rx(r"(?i)(?:số|văn bản|tại)\s*:?\s*$").search(look):
                    continue
                doc_type = "Công văn"
        pin = PINPOINT.search(folded[max(0, start - 60):start])
        mention = Mention(start=start, end=m.end(), doc_type=doc_type, number_symbol=symbol, name=name,
                           pinpoint=squash(pin.group(1)) if pin else "")
        mentions.append(mention)
    # Short mentions that repeat only the number (`Quyết định 1237`, `Nghị định số 31`) can only
    # refer to a document this text cites in full: look for exactly those.
    wanted = {rx(r"\d+").match(m.number_symbol).group(0) for m in mentions if m.number_symbol[:1].isdigit()}
    for m in BARE_NUMBER.finditer(folded) if wanted else ():
        if m.group(1) not in wanted:
            continue
        tm = type_re.search(folded[max(0, m.start() - 40):m.start()])
        if tm:
            doc_type = type_by_word[rx(r"\s+").sub(" ", tm.group(1).lower())]
            start = m.start() - (min(40, m.start()) - tm.start(1))
            mentions.append(Mention(start=start, end=m.end(), doc_type=doc_type, short_number=m.group(1)))
    return mentions


def find_named(doc: DocumentText, taken: list[tuple[int, int]]) -> list[Mention]:
    cues = load().cues
    text = doc.text
    mentions = []
    for m in NAMED.finditer(doc.folded):
        type_word = m.group("type")
        doc_type = {"luật": "Luật", "hiến pháp": "Hiến pháp", "pháp lệnh": "Pháp lệnh",
                    "nghị quyết": "Nghị quyết"}.get(rx(r"\s+").sub(" ", type_word.lower()), "Bộ luật")
        rest = text[m.start("rest"):m.end("rest")]
        lead = len(rest) - len(rest.lstrip())
        name_tail = rest[lead:lead + name_extent(rest[lead:], doc_type)]
        if doc_type == "Hiến pháp":
            name_tail = name_tail if rx(r"(?:năm\s+)?\d{4}|nước").match(name_tail) else ""
        elif not name_tail:
            continue
        first = name_tail.split(" ")[0].lower() if name_tail else ""
        if first in cues["law_name_rejects"] or rx(r"\d").match(first):
            continue
        if doc_type == "Nghị quyết":
            low = name_tail.lower()
            if "các cấp" in low or not rx(r"lần thứ|khóa|nhiệm kỳ|trung ương\s+\d|tw\s*\d|đảng bộ\s+(?:tỉnh|huyện|thành phố|quận|xã|phường|thị)").search(low):
                continue
        end = m.start("rest") + lead + len(name_tail)
        start = m.start()
        if any(s <= start < e or s < end <= e for s, e in taken):
            continue
        # `Luật X số 10/2022/QH15` is taken by the numbered finder.
        if rx(r"\s+số\s*\d").match(text[end:end + 12]):
            continue
        mentions.append(Mention(start=start, end=end, doc_type=doc_type, name=squash(text[start:end])))
    return mentions


def find_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """Later uses of an alias defined by `(sau đây gọi tắt là …)`: mentions of the same document."""
    found: list[Mention] = []
    for m in mentions:
        alias = m.alias
        if not alias or len(alias) < 3:
            continue
        for am in regex.finditer(r"(?<![\p{L}\d])" + regex.escape(alias) + r"(?![\p{L}\d])", text[m.tail_end + 40:]):
            start = m.tail_end + 40 + am.start()
            if any(o.start <= start < o.end for o in mentions + found):
                continue
            found.append(Mention(start=start, end=start + len(alias), doc_type=m.doc_type,
                                 number_symbol=m.number_symbol, name=m.name, key=m.key, relation="other"))
    return found
