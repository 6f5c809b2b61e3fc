"""Citations: every reference to another document, by number/symbol or by proper name.

Numbered mentions are found from their symbol (`04/2015/NĐ-CP`, `328/UBND-NV`, `05-CT/TW`), which
is cheap to anchor on; the type word is then read backwards from the symbol (exact, then fuzzy for
OCR slips such as `công căn`, `Đồ án`), falling back to the symbol's own type code. Name-only
mentions are laws, codes, ordinances, the constitution and named Party resolutions. Each mention
gets its date, issuer, subject, pinpoint and relation from the words around it, and a key that is
shared by every mention of the same document.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .lexicon import expand_abbreviations, load, starts_with_org
from .records import Citation, DocumentText
from .textfold import key_fold, rx, squash, strip_markup

# --------------------------------------------------------------------------- grammar

_CODE = r"\p{Lu}[\p{L}&]{0,14}\d{0,2}"
_SYM_START = r"(?:(?<=\bs[ốo])|(?<![\p{L}\d/.\-&]))"
_SYMBOL = regex.compile(
    _SYM_START + r"(?P<num>\d{1,5})(?:"
    # số/năm/ký hiệu: 04/2015/NĐ-CP, 47/2009/TTLT-BTC-BLĐTBXH, 26/2005/PL-UBTVQH11
    r"[ \t]?/[ \t]?(?P<year>(?:19|20)\d{2})[ \t]?/[ \t]?(?P<lsym>" + _CODE + r"(?:[ \t]?-[ \t]?" + _CODE + r")*(?:[ \t]\d{1,2}(?![\d/]))?)"
    # Party: 05-CT/TW, 09- QC/TU, 34-PL/UBTVQH 11
    r"|[ \t]?-[ \t]?(?P<ptype>" + _CODE + r")[ \t]?/[ \t]?(?P<piss>" + _CODE + r"(?:[ \t]?-[ \t]?" + _CODE + r")*(?:[ \t]\d{1,2}(?![\d/]))?)"
    # số/ký hiệu: 95/KH-TC, 328/UBND-NV, 2761/SGD&ĐT-TTr, 19/KH UBND
    r"|[ \t]?/[ \t]?(?P<asym>" + _CODE + r"(?:(?:[ \t]?-[ \t]?|[ \t])" + _CODE + r")*)"
    r")(?![\p{L}\d&])"
)
_BARE_NUMBER = regex.compile(r"(?<![\d/.\-])(\d{1,5})(?![\d/\-\p{L}.,]|\.\d)")
_DATE_AFTER = regex.compile(
    r"^[\s,(]*(?:được\s+)?(?:ban hành\s+)?(?:ng[àaảạ][yỵỷ]\s*)?(?P<date>"
    r"(?P<d1>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m1>\d{1,2})\s*(?P=sep)\s*(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s+th[áa]ng\s+(?P<m2>\d{1,2})\s+n[ăa]m\s+(?P<y2>\d{4}))")
_DATE_REQUIRES_NGAY = regex.compile(r"^[\s,(]*(?:được\s+)?(?:ban hành\s+)?ng[àaảạ][yỵỷ]")
_PINPOINT = regex.compile(
    r"(?i)((?:điểm\s+[\p{Ll}đ]\s+)?(?:khoản\s+\d+\s+)?(?:điều\s+\d+[\p{Ll}]?|khoản\s+\d+|điểm\s+[\p{Ll}đ]))"
    r"(?:\s+(?:của|tại))?\s*$")
_ALIAS = regex.compile(r"^[^()\n]{0,200}?\((?:sau đây\s+)?(?:gọi\s+)?(?:tắt\s+)?(?:là|gọi tắt là)\s*[“\"']?([^”\"')]{2,40}?)[”\"']?\)")
# Sentence ends; a blank line ends one only when the next line does not continue it in lower
# case (hard-wrapped documents put a blank line after every physical line).
_SENTENCE_END = regex.compile(
    r"[.!?](?=\s+[\p{Lu}\d“\"(*+\-–])|[.!?]\s*\n|(?<=[.;:!?”\"»)][ \t]*)\n\s*\n|"
    r"(?<=(?:^|\n)[^\n]{0,70})\n\s*\n(?=\s*\p{Lu})|"
    r"\n(?=\s*(?:[-+·•]|\d{1,2}[.)]|[a-zđ]\)|[IVX]+\.|Căn cứ|Xét đề nghị|Theo đề nghị))")


@dataclass
class _Mention:
    start: int
    end: int
    doc_type: str
    number_symbol: str = ""
    name: str = ""
    short_number: str = ""  # `Quyết định 1237`: resolved against a full mention
    issued_date: str = ""
    issuer: str = ""
    subject: str = ""
    pinpoint: str = ""
    relation: str = "other"
    tail_end: int = 0  # end of date/issuer/subject: what describes this document
    nested: bool = False
    key: str = ""
    extras: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def _type_words() -> tuple[regex.Pattern, dict[str, str], list[str]]:
    lex = load()
    words = sorted(lex.type_by_word, key=len, reverse=True)
    alternation = "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in words)
    # Reverse search: the pattern is anchored at the end of the look-behind window.
    pattern = regex.compile(r"(?ri)(?<![\p{L}])(" + alternation + r")\s*(?:số\s*:?\s*)?$")
    return pattern, dict(lex.type_by_word), words


def normalize_issuer(issuer: str) -> str:
    """`UBND tỉnh` → `Ủy ban nhân dân tỉnh`, `Bộ GD&ĐT` → `Bộ Giáo dục và Đào tạo`, capitalised."""
    if not issuer:
        return ""
    text = expand_abbreviations(squash(issuer))
    text = rx(r"(?i)^ủy ban").sub("Ủy ban", text)
    text = rx(r"(?i)\bchính phủ\b").sub("Chính phủ", text)
    return text[:1].upper() + text[1:]


def _canonical_code(code: str) -> str:
    code = "".join(code.split())
    return load().code_case.get(code.upper(), code)


def canonical_symbol(match: regex.Match) -> str:
    lex = load()
    num = match.group("num")
    if match.group("year"):
        parts = [p for p in rx(r"\s*-\s*").split(match.group("lsym").strip())]
        # `UBTVQH 11` → `UBTVQH11`; `TTBGDĐT` → `TT-BGDĐT` (missing hyphen)
        parts = [rx(r"\s+(?=\d)").sub("", p) for p in parts]
        if len(parts) == 1 and " " not in parts[0]:
            upper = parts[0].upper()
            for tcode in sorted(lex.type_by_code, key=len, reverse=True):
                rest = upper[len(tcode):]
                if upper.startswith(tcode) and rest and (rest in {c.upper() for c in lex.issuer_codes}):
                    parts = [parts[0][:len(tcode)], parts[0][len(tcode):]]
                    break
        return f"{num}/{match.group('year')}/" + "-".join(_canonical_code(p) for p in parts)
    if match.group("ptype"):
        issuer = rx(r"\s+(?=\d)").sub("", match.group("piss").strip())
        issuer = "-".join(_canonical_code(p) for p in rx(r"\s*-\s*").split(issuer))
        return f"{num}-{_canonical_code(match.group('ptype'))}/{issuer}"
    parts = rx(r"\s*-\s*|\s+").split(match.group("asym").strip())
    return f"{num}/" + "-".join(_canonical_code(p) for p in parts)


def _type_from_symbol(symbol: str) -> str:
    lex = load()
    if "/" not in symbol:
        return ""
    if rx(r"\d+-").match(symbol):
        code = symbol.split("-", 1)[1].split("/", 1)[0]
    else:
        code = rx(r"[-/]").split(symbol.split("/", 2)[-1] if symbol.count("/") == 2 else symbol.split("/", 1)[1])[0]
    return lex.type_by_code.get(code.upper(), "")


_NUMBER_PART = regex.compile(r"^\d+[/-](?:\d{4}/)?")


def _code_is_plausible(symbol: str) -> bool:
    """Symbols are upper-case codes; `12/Phòng` or `3/tháng` are not."""
    tail = _NUMBER_PART.sub("", symbol)
    return sum(ch.isupper() for ch in tail) >= 2 or tail.upper() in load().code_case


# --------------------------------------------------------------------------- helpers

def _parse_date(m: regex.Match) -> str:
    day = m.group("d1") or m.group("d2")
    month = m.group("m1") or m.group("m2")
    year = m.group("y1") or m.group("y2")
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


def _merge_windows(positions: list[int], radius: int, length: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for pos in sorted(positions):
        lo, hi = max(0, pos - radius), min(length, pos + radius)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


class _Sentences:
    """Sentence boundaries near the mentions of one text (found once); `bounds(pos)` is the
    sentence around pos. Only the text within a window of each mention is scanned."""

    WINDOW = 3000

    def __init__(self, text: str, positions: list[int]):
        self.length = len(text)
        ends: list[tuple[int, int]] = []
        scanned_to = 0
        for lo, hi in _merge_windows(positions, self.WINDOW, len(text)):
            lo = max(lo, scanned_to)
            ends.extend((m.start(), m.end()) for m in _SENTENCE_END.finditer(text, lo, hi))
            scanned_to = hi
        self.ends = ends
        self.starts = [s for s, _ in ends]

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.starts, pos)
        # the last boundary that ends at or before pos starts the sentence
        j = i - 1
        while j >= 0 and self.ends[j][1] > pos:
            j -= 1
        start = self.ends[j][1] if j >= 0 else 0
        end = self.ends[i][0] if i < len(self.ends) else self.length
        return start, end


_ORG_LOWER_OK = None


@lru_cache(maxsize=2)
def _issuer_stop(long_named: bool) -> regex.Pattern:
    stops = [r"\s+về(?:\s|$)", r";", r"\.(?:\s|$)"]
    if not long_named:
        stops += [r"[“”\"(]", r",(?!\s*(?:nhiệm kỳ|khóa))"]
        stops += [r"(?i:\s+" + regex.escape(w) + r"(?![\p{L}]))" for w in load().cues["issuer_stops"]]
    return regex.compile("|".join(stops))


def _issuer_after(text: str, pos: int, limit: int) -> tuple[str, int]:
    """`của <issuer>` right after a mention: the body's name up to the verb/subject that follows."""
    m = rx(r"[\s,]*của\s+").match(text[pos:limit])
    if not m:
        return "", pos
    cues = load().cues
    start = pos + m.end()
    window = text[start:min(limit, start + 250)]
    lowered = window.lower()
    # Steering committees and councils are named after their task: the name runs to the clause end.
    long_named = any(lowered.startswith(h) for h in cues["long_named_issuers"])
    stop = _issuer_stop(long_named).search(window)
    end = stop.start() if stop else len(window)
    issuer = window[:end]
    if not long_named:
        # Type words end the issuer (`của Phòng GD&ĐT huyện Lạc Thủy Kế hoạch thực hiện …`).
        tw = rx(r"\s(?:Kế\s+hoạch|Quyết\s+định|Nghị\s+định|Nghị\s+quyết|Chỉ\s+thị|Thông\s+tư|Công\s+văn|Chương\s+trình|Đề\s+án)\b").search(issuer)
        if tw:
            issuer = issuer[:tw.start()]
        # Lower-case verbs after the body's name (`Sở GD&ĐT truyền thông …`) end it too.
        words = list(rx(r"\S+").finditer(issuer))
        cut = len(issuer)
        kept: list[str] = []
        for i, wm in enumerate(words):
            word = wm.group(0)
            if i >= 2 and word[:1].islower() and not _org_word(word, kept):
                cut = wm.start()
                break
            kept.append(word)
        issuer = issuer[:cut]
    issuer = rx(r"(?:\s+(?:và|của|hoặc)|[\s,])+$").sub("", issuer)
    return squash(issuer), start + len(issuer)





def _org_word(word: str, kept: list[str]) -> bool:
    bare = rx(r"[^\p{L}&]").sub("", word).lower()
    return bare in load().org_words or (kept and kept[-1].lower() in ("khóa", "kỳ")) or rx(r"[\dIVXL\-–,]+").fullmatch(word) is not None


def _subject_after(text: str, pos: int, limit: int) -> tuple[str, int]:
    m = rx(r"[\s,]*(?:(?:quy định|hướng dẫn|ban hành)\s+)?(?:về việc|về)\s+", regex.I).match(text[pos:limit])
    if not m:
        return "", pos
    start = pos + m.end()
    window = text[start:limit]
    end = len(window)
    quote = rx(r"\s*[“\"]").match(window)
    if quote:
        close = rx(r"[”\"]").search(window[quote.end():])
        if close:
            end = quote.end() + close.end()
    else:
        for stop in [r";", r"\.(?:\s|$)"] + [r"\s" + regex.escape(w) + r"\s" for w in load().cues["subject_stops"]]:
            sm = regex.search(stop, window)
            if sm and sm.start() < end:
                end = sm.start()
    subject = squash(window[:end])
    subject = rx(r"(?:\s+(?:và|hoặc)|[\s,;])+$").sub("", subject)
    if subject.startswith(("“", '"')) and subject.endswith(("”", '"')):
        subject = subject[1:-1].strip()
    return strip_markup(subject), start + end


# --------------------------------------------------------------------------- finders

def _find_numbered(doc: DocumentText, own_number: str) -> list[_Mention]:
    text, folded = doc.text, doc.folded
    type_re, type_by_word, _ = _type_words()
    own = rx(r"\s+").sub("", own_number)
    mentions: list[_Mention] = []
    for m in _SYMBOL.finditer(folded):
        symbol = canonical_symbol(m)
        if not _code_is_plausible(symbol):
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
                fuzzy = _fuzzy_type(look, symbol)
                if fuzzy:
                    doc_type, offset = fuzzy
                    start = m.start() - (len(look) - offset)
        if not doc_type:
            doc_type = _type_from_symbol(symbol)
            if not doc_type:
                if not rx(r"(?i)(?:số|văn bản|tại)\s*:?\s*$").search(look):
                    continue
                doc_type = "Công văn"
        pin = _PINPOINT.search(folded[max(0, start - 60):start])
        mention = _Mention(start=start, end=m.end(), doc_type=doc_type, number_symbol=symbol, name=name,
                           pinpoint=squash(pin.group(1)) if pin else "")
        mentions.append(mention)
    # Short mentions that repeat only the number (`Quyết định 1237`, `Nghị định số 31`) can only
    # refer to a document this text cites in full: look for exactly those.
    wanted = {rx(r"\d+").match(m.number_symbol).group(0) for m in mentions if m.number_symbol[:1].isdigit()}
    for m in _BARE_NUMBER.finditer(folded) if wanted else ():
        if m.group(1) not in wanted:
            continue
        tm = type_re.search(folded[max(0, m.start() - 40):m.start()])
        if tm:
            doc_type = type_by_word[rx(r"\s+").sub(" ", tm.group(1).lower())]
            start = m.start() - (min(40, m.start()) - tm.start(1))
            mentions.append(_Mention(start=start, end=m.end(), doc_type=doc_type, short_number=m.group(1)))
    return mentions


def _fuzzy_type(look: str, symbol: str) -> tuple[str, int] | None:
    """An OCR-damaged type word right before the number (`công căn số`, `Đồ án số`)."""
    lex = load()
    m = rx(r"(?<![\p{L}])(\p{L}+\s+\p{L}+)\s*(?:s[ốo]\s*:?\s*)?$").search(look)
    if not m:
        return None
    candidate = m.group(1).lower()
    expected = _type_from_symbol(symbol)
    for word, dtype in lex.type_by_word.items():
        if len(word) < 5 or (expected and dtype != expected) or (not expected and dtype != "Công văn"):
            continue
        if regex.fullmatch(r"(?:" + regex.escape(word) + r"){s<=1}", candidate):
            return dtype, m.start(1)
    return None


_NAMED = regex.compile(
    r"(?<![\p{L}])(?P<type>Bộ\s+[Ll]uật|Luật|Hiến\s+pháp|Pháp\s+lệnh|Nghị\s+quyết(?=\s+(?:Đại hội|Hội nghị|Trung ương|TW)))"
    r"(?=(?P<rest>[^;:()“”\"]{0,160}))")


def _name_extent(rest: str, doc_type: str) -> int:
    """Length of the proper name after a type word, stopped where the sentence takes over again."""
    cues = load().cues
    words = list(rx(r"\S+").finditer(rest))
    end = 0
    for i, wm in enumerate(words):
        word = wm.group(0)
        bare = word.rstrip(",.")
        low = bare.lower()
        nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
        if low in cues["name_stops"] or f"{low} {nxt.lower()}".strip() in cues["name_stops"]:
            break
        if low == "và" and (not nxt[:1].isupper() or rx(r"(?:Nghị|Luật|Chỉ|Quyết|Kế|Thông|Công|Bộ\s+luật)").match(nxt)):
            break
        if low == "của" and (not nxt[:1].isupper() or starts_with_org(rest[wm.end():wm.end() + 40])):
            break  # `… của Quốc hội`, `… của Bộ …`: the issuer, not part of the name
        if low in ("gắn",) or (i and word[:1].isupper() and "\n" in rest[words[i - 1].end():wm.start()]):
            break  # a new line that starts with a capital is a new sentence or heading
        if i and "\n" in rest[words[i - 1].end():wm.start()] and not word[:1].islower() and not word[:1].isdigit():
            break
        end = wm.start() + len(bare)
        if word.endswith(".") or (word.endswith(",") and not (doc_type == "Nghị quyết" and nxt.lower() == "khóa")):
            break
        if i >= 15:
            break
    return end


def _find_named(doc: DocumentText, taken: list[tuple[int, int]]) -> list[_Mention]:
    cues = load().cues
    text = doc.text
    mentions = []
    for m in _NAMED.finditer(doc.folded):
        type_word = m.group("type")
        doc_type = {"luật": "Luật", "hiến pháp": "Hiến pháp", "pháp lệnh": "Pháp lệnh",
                    "nghị quyết": "Nghị quyết"}.get(rx(r"\s+").sub(" ", type_word.lower()), "Bộ luật")
        rest = text[m.start("rest"):m.end("rest")]
        lead = len(rest) - len(rest.lstrip())
        name_tail = rest[lead:lead + _name_extent(rest[lead:], doc_type)]
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
        mentions.append(_Mention(start=start, end=end, doc_type=doc_type, name=squash(text[start:end])))
    return mentions


# --------------------------------------------------------------------------- context

def _describe(doc: DocumentText, mentions: list[_Mention], sentences: _Sentences) -> None:
    text = doc.text
    for i, mention in enumerate(mentions):
        # A description runs to the next numbered mention; names inside it belong to it.
        nxt = next((m.start for m in mentions[i + 1:] if m.number_symbol or m.short_number), len(text))
        _, sentence_end = sentences.bounds(mention.end)
        limit = min(nxt, sentence_end if sentence_end > mention.end else len(text))
        pos = mention.end
        dm = _DATE_AFTER.match(text[pos:limit])
        if dm and (mention.number_symbol or mention.name) and (dm.group("d1") is None or _DATE_REQUIRES_NGAY.match(text[pos:limit]) or dm.group("d1")):
            mention.issued_date = _parse_date(dm)
            pos += dm.end()
            pos += len(rx(r"\)?").match(text[pos:]).group(0))
        # `Nghị quyết … của Hội nghị cán bộ (31/12/2021)` and `Luật … năm 2019` carry no date.
        issuer, after = _issuer_after(text, pos, limit)
        if issuer:
            mention.issuer = issuer
            pos = after
            dm2 = _DATE_AFTER.match(text[pos:limit])
            if dm2 and not mention.issued_date and _DATE_REQUIRES_NGAY.match(text[pos:limit]):
                mention.issued_date = _parse_date(dm2)
                pos += dm2.end()
        named_law = mention.doc_type in ("Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh") and not mention.number_symbol
        subject, after = ("", pos) if named_law else _subject_after(text, pos, min(limit, sentence_end))
        if subject:
            # `… về phát triển du lịch … của Huyện ủy`: a trailing `của <body>` is the issuer.
            trailing = rx(r"\s+của\s+(\p{Lu}[\p{L}&\s]{1,60})$").search(subject)
            if trailing and not mention.issuer and starts_with_org(trailing.group(1)):
                mention.issuer = squash(trailing.group(1))
                subject = subject[:trailing.start()]
            mention.subject = subject
            pos = after
        mention.tail_end = max(pos, mention.end)
        alias = _ALIAS.match(text[mention.tail_end:mention.tail_end + 260])
        if alias and "gọi" in alias.group(0):
            mention.extras["alias"] = squash(alias.group(1))


_COORDINATED = regex.compile(r"(?:[,;]|\svà|\shoặc|\scùng)\s*(?:các\s+)?$")
_FRESH_CLAUSE = regex.compile(r"^[”\"’)]*\s*(?:và|,|;|đồng thời|gắn|hoặc|cùng)(?![\p{L}])")
_ENDS_LIST = regex.compile(r"(?:[,;]|\svà|\shoặc)\s*(?:các\s+)?$")
_CAN_CU = regex.compile(r"[\s\-+*]*căn cứ\b", regex.I)
_SPACES_RE = regex.compile(r"\s+")


def _relations(doc: DocumentText, mentions: list[_Mention], sentences: _Sentences) -> None:
    cues = load().cues
    folded = doc.folded
    window = cues["relation_window_words"]
    order = [(phrase, rel) for rel, phrases in cues["relation"].items() for phrase in phrases]
    order.sort(key=lambda p: len(p[0]), reverse=True)
    connectors = cues["list_connectors"]
    previous: _Mention | None = None
    list_relation, list_cue = "other", ""
    for index, mention in enumerate(mentions):
        sent_start, _ = sentences.bounds(mention.start)
        if previous is not None and previous.end <= sent_start:
            previous = None
        between = folded[previous.end:mention.start] if previous else ""
        coordinated = bool(previous) and _COORDINATED.search(between) is not None
        # A subject ends at `gắn với`: what follows is the citing text again.
        subject_closed = bool(previous) and any(s in between for s in cues["subject_stops"])
        # After the previous mention's own description (date, issuer, subject) ends, a coordinator
        # starts a new clause; anything else (`… ban hành quy định chi tiết … của`, `… thực hiện`)
        # still describes the previous document, so this mention is nested in it.
        after_tail = folded[max(previous.tail_end, previous.end):mention.start].strip() if previous else ""
        fresh_clause = bool(_FRESH_CLAUSE.match(after_tail))
        if previous and not coordinated and not subject_closed and ";" not in between and not fresh_clause:
            mention.nested = True
            mention.relation = "other"
            previous = mention if not previous.nested else previous
            continue
        # The words before the mention, with earlier mentions and their descriptions blanked out
        # (`theo … Luật Thực hiện dân chủ … và Thông tư …` must not read `thực hiện` from a name).
        lo = max(sent_start, mention.start - 200)
        chars = list(folded[lo:mention.start].lower())
        for other in reversed(mentions[:index]):
            if other.start < lo - 2000:  # descriptions are shorter than this
                break
            a, b = max(other.start, lo), min(max(other.tail_end, other.end), mention.start)
            if a < b:
                chars[a - lo:b - lo] = " " * (b - a)
        left = _SPACES_RE.sub(" ", "".join(chars))
        opens_can_cu = bool(_CAN_CU.match(folded, sent_start, mention.start))
        cue = ""
        if opens_can_cu and not previous:
            relation, cue = "can_cu", "căn cứ"
        else:
            recent = " ".join(left.split(" ")[-window:])
            relation = ""
            best = -1
            for phrase, rel in order:
                pos = recent.rfind(phrase)
                if pos >= 0 and pos + len(phrase) > best:
                    best, relation, cue = pos + len(phrase), rel, phrase
            ends_list = bool(_ENDS_LIST.search(left)) or any(
                left.rstrip().endswith(c) for c in connectors)
            if coordinated and not _cue_in(after_tail.lower(), order):
                relation, cue = list_relation, list_cue
            elif not relation:
                relation, cue = _scan_left(left, order) if ends_list else ("other", "")
            if relation == "can_cu" and not opens_can_cu:
                relation = "other"
        mention.relation = relation
        mention.extras["cue"] = cue
        if not coordinated or previous is None:
            list_relation, list_cue = relation, cue
        previous = mention


def _cue_in(text: str, order) -> bool:
    return any(phrase in text for phrase, _ in order)


def _scan_left(left: str, order) -> tuple[str, str]:
    """The nearest relation cue anywhere to the left in the sentence: (relation, cue word)."""
    best, found = -1, ("other", "")
    for phrase, rel in order:
        pos = left.rfind(phrase)
        if pos > best:
            best, found = pos, (rel, phrase)
    return found


# --------------------------------------------------------------------------- keys

_NAME_STOPWORDS = {"ở", "của", "về", "và", "các", "năm", "đại", "biểu", "nước", "cộng", "hòa", "xã", "hội",
                   "chủ", "nghĩa", "việt", "nam", "lần", "thứ"}


def name_base(doc_type: str, name: str) -> tuple[str, str]:
    """(comparison key, qualifier) of a named document: `Luật thực hiện dân chủ cơ sở năm 2022`
    and `Luật Thực hiện dân chủ ở cơ sở` share `luật thực hiện dân chủ cơ sở`."""
    low = key_fold(name)
    qualifier = ""
    qm = rx(r"\s*(?:,\s*)?(?:nhiệm kỳ\s*\d{4}\s*[-–]\s*\d{4}|(?:năm\s+)?(?:19|20)\d{2})\s*$").search(low)
    if qm and doc_type in ("Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết", "Hiến pháp"):
        qualifier = rx(r"\D").sub("", qm.group(0))[:4]
        low = low[:qm.start()]
    words = [w for w in rx(r"[\p{L}\d]+").findall(low) if w not in _NAME_STOPWORDS]
    if doc_type == "Nghị quyết":
        words = [w for w in words if w not in ("hội", "nghị")] or words
    return " ".join(words), qualifier


def _display_name(doc_type: str, name: str) -> str:
    name = squash(name.replace(",", " ").replace("  ", " "))
    rest = name[len(doc_type):] if name.lower().startswith(doc_type.lower()) else " " + name
    return doc_type + rest


_QUALIFIER = regex.compile(r"\s*(?:,\s*)?(?:nhiệm kỳ\s*\d{4}\s*[-–]\s*\d{4}|(?:năm\s+)?(?:19|20)\d{2})\s*$")
_RELATIVE_NAME = regex.compile(r"(?i)\b(?:huyện|tỉnh|thành phố|quận|xã|phường|thị xã|thị trấn|cơ sở|các cấp)\s*$")


def _assign_keys(mentions: list[_Mention], citing: str) -> None:
    lex = load()
    by_symbol: dict[str, list[_Mention]] = {}
    for m in mentions:
        if m.number_symbol:
            by_symbol.setdefault(m.number_symbol, []).append(m)
    for symbol, group in by_symbol.items():
        doc_type = group[0].doc_type
        dated = next((g.issued_date for g in group if g.issued_date), "")
        issuer_code = rx(r"[-/]").split(symbol)[-1].upper()
        national = bool(rx(r"/\d{4}/").search(symbol)) or issuer_code.rstrip("0123456789") in lex.national_codes
        key = f"{doc_type} {symbol}"
        if not national and dated:
            key += f" ({dated[:4]})"
        for g in group:
            g.key = key
            g.doc_type = doc_type if g.doc_type in ("Công văn", "Văn bản") and doc_type not in ("Công văn", "Văn bản") else g.doc_type
    # Short mentions by number only.
    for m in mentions:
        if m.short_number:
            target = next((f for f in mentions if f.number_symbol and f.doc_type == m.doc_type
                           and regex.match(regex.escape(m.short_number) + r"[/-]", f.number_symbol)), None)
            if target:
                m.key, m.number_symbol = target.key, target.number_symbol
    # Named documents: one key per base name; linked to a numbered mention when the text links them.
    numbered_by_name: dict[str, str] = {}
    for m in mentions:
        if m.number_symbol and m.doc_type in ("Luật", "Bộ luật", "Pháp lệnh", "Nghị quyết"):
            if m.name:
                numbered_by_name[name_base(m.doc_type, m.name)[0]] = m.key
            if m.subject:
                base = name_base(m.doc_type, f"{m.doc_type} {m.subject}")[0]
                numbered_by_name.setdefault(base, m.key)
    for m in mentions:
        if m.name and not m.number_symbol:
            base, _ = name_base(m.doc_type, m.name)
            linked = numbered_by_name.get(base)
            if not linked and m.subject:
                linked = numbered_by_name.get(name_base(m.doc_type, f"{m.doc_type} {m.subject}")[0])
            name = strip_markup(_QUALIFIER.sub("", m.name))
            m.key = linked or _display_name(m.doc_type, name)
            if not linked and _RELATIVE_NAME.search(name):
                # `… Đảng bộ huyện` names the citing body's own district: a different document for
                # every district, so the key carries who cites it.
                m.key += f" ({citing})"
            m.extras["name_base"] = base


def extract(doc: DocumentText, own_number: str = "", citing: str = "") -> list[_Mention]:
    """Citations of one document. `own_number` (its own number and symbol) is never a citation;
    `citing` (its issuer) qualifies names that are relative to it (`Nghị quyết Đại hội Đảng bộ huyện`)."""
    numbered = _find_numbered(doc, own_number)
    numbered.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    for m in numbered:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    named = _find_named(doc, [(m.start, m.end) for m in kept])
    mentions = sorted(kept + named, key=lambda m: m.start)
    sentences = _Sentences(doc.text, [m.start for m in mentions])
    _describe(doc, mentions, sentences)
    _relations(doc, mentions, sentences)
    _assign_keys(mentions, citing or doc.doc_id)
    mentions = [m for m in mentions if m.key]
    _add_aliases(doc, mentions)
    return sorted(mentions, key=lambda m: m.start)


def _add_aliases(doc: DocumentText, mentions: list[_Mention]) -> None:
    """Later uses of an alias defined by `(sau đây gọi tắt là …)` are mentions of the same document."""
    for m in list(mentions):
        alias = m.extras.get("alias")
        if not alias or len(alias) < 3:
            continue
        for am in regex.finditer(r"(?<![\p{L}\d])" + regex.escape(alias) + r"(?![\p{L}\d])", doc.text[m.tail_end + 40:]):
            start = m.tail_end + 40 + am.start()
            if any(o.start <= start < o.end for o in mentions):
                continue
            mentions.append(_Mention(start=start, end=start + len(alias), doc_type=m.doc_type,
                                     number_symbol=m.number_symbol, name=m.name, key=m.key, relation="other"))


def to_rows(doc: DocumentText, mentions: list[_Mention], section_of) -> list[Citation]:
    rows = []
    for m in mentions:
        rows.append(Citation(
            doc_id=doc.doc_id,
            section_id=section_of(m.start),
            start=m.start,
            end=m.end,
            surface=doc.text[m.start:m.end],
            doc_type=m.doc_type,
            number_symbol=m.number_symbol,
            name=m.name if not m.number_symbol or m.name else "",
            issued_date=m.issued_date,
            issuer=m.issuer,
            subject=m.subject,
            relation=m.relation,
            citation_key=m.key,
            pinpoint=m.pinpoint,
            issuer_normalized=normalize_issuer(m.issuer),
            name_base=name_base(m.doc_type, m.name)[0] if m.name else "",
            cue=m.extras.get("cue", ""),
        ))
    return rows
