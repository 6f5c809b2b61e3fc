"""The document's own frame: header (issuer, number, place and date, type, title) and closing block
(signer, recipients), with the body's own sentences as fallback when a header is missing."""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from functools import lru_cache

import regex

from .lexicon import expand_abbreviations, load, starts_with_org
from .records import DocumentMeta, DocumentText
from .textfold import cap_first, fold, rx, squash, strip_markup

_BODY_START = regex.compile(
    r"(?im)^[ \t]*(?:căn cứ|kính gửi|xét đề nghị|theo đề nghị|thực hiện\s+(?:\S+\s+){0,3}số|"
    r"(?:[IVX]+|\d+)\.\s|điều\s+1\b|chương\s+[IVX\d])")
# `Số: 95 /KH-TC`, and `Luật số: 61/2022/QH15` in the header of a law.
_NUMBER = regex.compile(r"(?im)^[ \t]*(?:\p{L}+(?:\s+\p{L}+)?\s+)?s[ốo]\s*(?:[:.]|ký hiệu:?)\s*(\d*)\s*(/\s*[\w&.\-/]*[\w&])?")
_PLACE_WORD = r"[\p{L}][\p{L}.'’]*"
_PLACE_DATE = regex.compile(
    rf"(?<![\p{{L}}\d/\-.])(\p{{Lu}}[\p{{L}}.'’]*(?:[ \t]+(?:-[ \t]+)?{_PLACE_WORD}){{0,5}})\s*,\s*ng[àa]y\s*(\d\s?\d?|[.…\s]*?)\s*th[áa]ng\s*(\d\s?\d?|[.…]*)\s*n[ăa]m\s*(\d{{4}})")
_MOTTO = regex.compile(r"(?i)C[ỘO]NG H(?:ÒA|OÀ|OA) X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM|Đ[ỘO]C L[ẬA]P\s*-\s*T[ỰU] DO\s*-\s*H[ẠA]NH PH[ÚU]C")
_DASHES = regex.compile(r"[-–—_=]{3,}")
_YEAR_IN_TITLE = regex.compile(r"(?i)năm\s*(\d{4})(?!\s*[-–]\s*\d{4})|năm học\s*(\d{4})\s*[-–]\s*\d{4}")
_CLOSING = regex.compile(r"(?i)trên đây là\s+(?:kế hoạch|chương trình|hướng dẫn|báo cáo|quy chế|đề án)?(.{0,300}?)(?:\./\.|\.\s*$|\n\s*\n|$)", regex.S)
_PREAMBLE_ACTOR = regex.compile(
    r"(?m)(?:^|;\s+|\.\s+)[ \t]*([\p{Lu}][\p{L}&\s]{3,80}?)\s+(?:xây dựng|ban hành|hướng dẫn|triển khai)\s+(?:kế hoạch|Kế hoạch)")
_OF_ORG = regex.compile(r"(?i)\bcủa\s+((?:trường|phòng|sở|ủy ban|ubnd|ban|chi bộ|đảng ủy|công đoàn)[\p{L}&\s]{2,80}?)(?:\s+năm\s+\d{4}|\s*\./\.|\.|;|$)")
_NAME_WORD = r"\p{Lu}\p{Ll}+"
_NAME = regex.compile(rf"(?<![\p{{L}}])({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,4}})(?![\p{{L}}])(?![ \t]+\p{{Ll}})")
_PLACE_LEVELS = ("tỉnh", "thành phố", "quận", "huyện", "xã", "phường", "thị xã", "thị trấn")
_SCHOOL_LEVELS = ("tiểu học", "thcs", "thpt", "th", "mn", "mg", "mầm non", "trung học cơ sở", "trung học phổ thông",
                  "mẫu giáo", "tiểu học và thcs", "th&thcs", "th và thcs", "thcs và thpt", "thcs-thpt",
                  "phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú", "giáo dục thường xuyên")


def _header_zone(doc: DocumentText) -> str:
    """The text before the body starts (at most ~40 lines / 2500 chars)."""
    text = doc.text[:2500]
    match = _BODY_START.search(text)
    return text[:match.start()] if match else text


def _base(text: str) -> str:
    """Letters without their diacritics (đ → d)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _dash_key(name: str) -> str:
    return regex.sub(r"\s*[-–]\s*", " - ", fold(name)).casefold()


def _org_title_case(caps: str) -> str:
    """`TRƯỜNG THCS TRƯỜNG CHINH` → `Trường THCS Trường Chinh`; keeps known full names' spelling."""
    lex = load()
    words = squash(caps).split(" ")
    if not words or not any(w for w in words):
        return ""
    known = {_dash_key(name): name for name in lex.issuer_codes.values()}
    folded = _dash_key(" ".join(words))
    if folded in known:
        return known[folded]
    keep_upper = set(lex.abbreviations) | {"THCS", "THPT", "GDĐT", "GD&ĐT", "TP", "TP.", "TW"}
    out: list[str] = []
    proper = False
    i = 0
    while i < len(words):
        word = words[i]
        low = word.lower()
        if word in keep_upper or (word.isupper() and len(word) <= 5 and not rx(r"[aeiouy]").search( _base(low))):
            out.append(word)
        elif proper or (out and out[-1] == "trường" and any(level.startswith(low) for level in _SCHOOL_LEVELS)):
            out.append(low[:1].upper() + low[1:])  # `Trường Tiểu học`, `Trường Mầm non`: the level is capitalised
        else:
            out.append(low)
        tail = " ".join(w.lower() for w in words[max(0, i - 3):i + 1])
        if any(tail.endswith(level) for level in _PLACE_LEVELS) or (
                "trường" in out[:-1] and any(tail.endswith(level) for level in _SCHOOL_LEVELS)):
            proper = True
        i += 1
    result = fold(" ".join(out))
    # Known bodies inside the name keep their capitals (…Thường vụ Quốc hội, … Chính phủ).
    for name in sorted(known.values(), key=len, reverse=True):
        pos = result.casefold().find(name.casefold())
        if pos >= 0:
            result = result[:pos] + name + result[pos + len(name):]
    return result[:1].upper() + result[1:]


def _issuer_from_header(zone: str) -> str:
    """The lowest issuing body of the header: the last organisation named before the motto."""
    lex = load()
    lines: list[str] = []
    for line in zone.split("\n"):
        # Two-column headers flattened into one line: the issuer is the left column, before the
        # national motto, `Độc lập - Tự do - Hạnh phúc` or a wide gap.
        motto = _MOTTO.search(line)
        left = line[:motto.start()] if motto else line
        left = regex.split(r"\t| {3,}", left.strip())[0] if left.strip() else ""
        left = _DASHES.sub(" ", regex.sub(r"\*{3,}", " ", left)).strip()
        if rx(r"(?i)(?:\p{L}+\s+)?s[ốo]\s*:").match(left) or rx(r"\d+\s*/").search(left):
            if lines:
                break
            continue  # a crawler's title line above the header
        if left and left.upper() == left and regex.search(r"\p{Lu}{2}", left):
            if starts_with_org(left) or not lines:
                lines.append(left)
            else:  # the body's name wrapped onto the next line: ỦY BAN THƯỜNG VỤ / QUỐC HỘI
                lines[-1] += " " + left
    lines = [line for line in lines if starts_with_org(line)]
    if not lines:
        return ""
    line = lines[-1]
    words = line.split()
    folded_words = fold(line).split()
    heads = sorted((fold(h).upper().split() for h in lex.org_heads), key=len, reverse=True)
    starts = []
    i = 0
    while i < len(words):
        for head in heads:
            if [w.upper() for w in folded_words[i:i + len(head)]] == head:
                if i == 0 or len(words) - (i + len(head)) >= 2:
                    starts.append(i)
                i += len(head) - 1
                break
        i += 1
    start = starts[-1] if starts else 0
    return _org_title_case(" ".join(words[start:]))


def _doc_number(zone: str) -> str:
    match = _NUMBER.search(zone)
    if not match or not (match.group(2) or "").strip("/ "):
        return ""
    number = (match.group(1) or "") + rx(r"\s+").sub( "", match.group(2) or "")
    return number if rx(r"[\p{L}]").search( number) else ""


def _type_words_caps() -> list[tuple[str, str]]:
    lex = load()
    pairs = []
    for dt_ in lex.doc_types:
        for word in dt_.words:
            pairs.append((word.upper(), dt_.name))
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


@lru_cache(maxsize=1)
def _type_line_regex() -> regex.Pattern:
    """A type line in capitals (`KẾ HOẠCH`), alone or after the date of a flattened header."""
    words = "|".join(regex.escape(w) for w, _ in _type_words_caps())
    return regex.compile(rf"(?m)(?:^|\d{{4}}[ \t]+)[ \t]*({words})(?![\p{{L}}])[ \t]*(.*)$")


def _type_and_title(doc: DocumentText, zone_end: int) -> tuple[str, str, int]:
    """(doc_type, title, offset where the title ends)."""
    text = doc.text
    folded = doc.folded
    names = dict(_type_words_caps())
    for match in _type_line_regex().finditer(folded, 0, max(zone_end, 0) + 400):
        line_start = folded.rfind("\n", 0, match.start()) + 1
        if _MOTTO.search(folded[line_start:match.end()]) or "Số" in folded[line_start:match.start(1)]:
            continue
        doc_type = names[match.group(1)]
        rest = text[match.start(2):match.end(2)].strip(" :")
        title_parts = [rest] if rest.strip() else []
        pos = match.end() + 1
        lines_taken = 0
        while pos < len(text) and lines_taken < 5:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip():
                if title_parts:
                    break
                pos = end + 1
                continue
            if _BODY_START.match(line) or _MOTTO.search(line) or rx(r"(?i)\s*s[ốo]\s*:").match( line):
                break
            if title_parts and line.strip().upper() == line.strip() and not title_parts[-1].strip().isupper():
                break
            title_parts.append(line)
            lines_taken += 1
            pos = end + 1
        return doc_type, strip_markup(" ".join(title_parts)).strip(" :"), pos
    match = rx(r"(?im)^[ \t]*V/v[ \t:]*(.+)$").search( text[:max(zone_end, 0) + 400])
    if match:
        return "Công văn", strip_markup(match.group(1)), match.end()
    return "", "", 0


def _issuer_from_body(doc: DocumentText, title: str) -> str:
    text = doc.text
    candidates: list[str] = []
    for match in _PREAMBLE_ACTOR.finditer(text[:4000]):
        actor = squash(match.group(1))
        if any(fold(actor).casefold().startswith(fold(h).casefold()) for h in load().org_heads):
            candidates.append(cap_first(actor))
            break
    match = _OF_ORG.search(title)
    if match:
        candidates.append(cap_first(expand_abbreviations(squash(match.group(1)))))
    for match in _CLOSING.finditer(text):
        of = _OF_ORG.search(match.group(0))
        if of:
            candidates.append(cap_first(squash(of.group(1))))
    if not candidates:
        return ""
    best = candidates[0]
    for other in candidates[1:]:
        if fold(other).casefold().startswith(fold(best).casefold()) and len(other) > len(best):
            best = other
    return best


def _signer(doc: DocumentText) -> tuple[str, str, int]:
    """(signer_title, signer_name, offset of the closing block)."""
    text = doc.text
    lex = load()
    anchor = rx(r"(?im)^[ \t|*]*n[ơo]i nh[ậa]n").search( text)
    if anchor:
        region_start = max(0, anchor.start() - 700)
        region_end = min(len(text), anchor.start() + 900)
    else:
        closing = list(rx(r"(?i)trên đây là").finditer( text))
        region_start = closing[-1].start() if closing else max(0, len(text) - 1500)
        region_end = len(text)
    region = text[region_start:region_end]
    titles = "|".join(regex.escape(t) for t in lex.signer_titles)
    found = list(regex.finditer(rf"(?<![\p{{L}}])(?:PHÓ\s+)?(?:{titles})(?![\p{{L}}])", fold(region)))
    title = ""
    name = ""
    if found:
        last = found[-1]
        raw_title = region[last.start():last.end()]
        title = _title_case_role(raw_title)
        after = region[last.end():last.end() + 400]
        for match in _NAME.finditer(after):
            if match.group(1).split()[0] in lex.surnames:
                name = squash(match.group(1))
                break
    if not name:  # a name written in capitals on its own line: `NGUYỄN VĂN AN`
        for line in region.split("\n"):
            words = squash(strip_markup(line)).split(" ")
            if 2 <= len(words) <= 5 and line.strip().isupper() and words[0].capitalize() in lex.surnames \
                    and not any(t in line.upper() for t in lex.signer_titles):
                name = " ".join(w.capitalize() for w in words)
    if not name:
        for match in _NAME.finditer(region):
            if match.group(1).split()[0] in lex.surnames and "\n" in text[region_start + match.end():region_start + match.end() + 3] + "\n":
                line_start = region.rfind("\n", 0, match.start()) + 1
                line_end = region.find("\n", match.end())
                line = region[line_start:line_end if line_end >= 0 else len(region)]
                if squash(strip_markup(line)) == squash(match.group(1)):
                    name = squash(match.group(1))
    return title, name, anchor.start() if anchor else -1


def _title_case_role(caps: str) -> str:
    """`PHÓ TRƯỞNG PHÒNG` → `Phó Trưởng phòng`; `HIỆU TRƯỞNG` → `Hiệu trưởng`."""
    words = squash(caps).lower().split(" ")
    if words and words[0] == "phó" and len(words) > 1:
        return "Phó " + words[1].capitalize() + ("" if len(words) == 2 else " " + " ".join(words[2:]))
    return " ".join(words).capitalize()


def _recipients(doc: DocumentText, anchor: int) -> str:
    if anchor < 0:
        return ""
    text = doc.text[anchor:anchor + 2000]
    body = rx(r"(?i)^[ \t|*]*n[ơo]i nh[ậa]n\s*:?").sub( "", text, count=1)
    items = []
    for line in body.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if not rx(r"[-+·•*–]").match( stripped):
            if items or len(stripped) > 80:
                break
            continue
        for part in rx(r"(?<=;)\s*[-–]\s+").split( stripped):
            item = squash(rx(r"^[-+·•*–]\s*").sub( "", part)).strip(" ;.,")
            if item:
                items.append(item)
        if "Lưu" in stripped:
            break
    return ";".join(items)


_PLAN_TYPES = {"Kế hoạch", "Chương trình", "Báo cáo", "Đề án", "Phương án", ""}


def _year(doc_type: str, title: str, text: str, issued: str, partial_year: int | None) -> int | None:
    """The year the document is for: a plan's own title year first, else its date."""
    def from_text() -> int | None:
        match = _YEAR_IN_TITLE.search(title)
        if match:
            return int(match.group(1) or match.group(2))
        for closing in _CLOSING.finditer(text):
            found = _YEAR_IN_TITLE.search(closing.group(0))
            if found:
                return int(found.group(1) or found.group(2))
        return None

    dated = int(issued[:4]) if issued else partial_year
    first, second = (from_text(), dated) if doc_type in _PLAN_TYPES else (dated, from_text())
    if first or second:
        return first or second
    years = Counter(int(y) for y in rx(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)").findall( text))
    return years.most_common(1)[0][0] if years else None


def extract_meta(doc: DocumentText) -> DocumentMeta:
    zone = _header_zone(doc)
    doc_type, title, title_end = _type_and_title(doc, len(zone))
    number = _doc_number(zone) or _doc_number(doc.text[:max(len(zone), title_end) + 300])
    place = issued = ""
    partial_year = None
    for match in _PLACE_DATE.finditer(doc.text[:max(len(zone), title_end) + 600]):
        place = squash(match.group(1))
        day = rx(r"\s").sub( "", match.group(2) or "")
        month = rx(r"\s").sub( "", match.group(3) or "")
        partial_year = int(match.group(4))
        if day.isdigit() and month.isdigit():
            try:
                issued = dt.date(partial_year, int(month), int(day)).isoformat()
            except ValueError:
                issued = ""
        break
    issuer = _issuer_from_header(zone) or _issuer_from_body(doc, title)
    if not doc_type:
        closing = rx(r"(?i)trên đây là\s+(\p{L}+(?:\s+\p{L}+)?)").search( doc.folded)
        if closing:
            words = closing.group(1).lower()
            lex = load()
            doc_type = lex.type_by_word.get(words) or lex.type_by_word.get(words.split()[0], "")
    if not doc_type and number:
        code = rx(r"/(?:\d{4}/)?([\p{L}]+)").search( number)
        if code:
            doc_type = load().type_by_code.get(code.group(1).upper(), "")
    signer_title, signer_name, anchor = _signer(doc)
    return DocumentMeta(
        doc_id=doc.doc_id,
        source_path=doc.source_path,
        part=doc.part,
        issuer=issuer,
        doc_number=number,
        doc_type=doc_type,
        title=title,
        place=place,
        issued_date=issued,
        year=_year(doc_type, title, doc.text, issued, partial_year),
        signer_name=signer_name,
        signer_title=signer_title,
        recipients=_recipients(doc, anchor),
        encoding=doc.encoding,
        n_chars=len(doc.text),
    )
