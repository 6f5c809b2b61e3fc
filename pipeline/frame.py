"""The document's own frame: header (issuer, number, place and date), type and title, and closing
block (signer, recipients), with the body's own sentences as fallback when a header is missing.
One concept per module: frame_header, frame_title, frame_signature; this module puts them together."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

import regex

from .frame_header import header_issuer, header_zone, org_title_case, read_header
from .frame_signature import extract_signature, recipients
from .frame_preface import post_headline, read_preface
from .frame_title import (attached_rule_date, attached_rule_number, enacting_body_named_in_full, level_named_in_body,
                          title_under_header, type_and_title, type_from_address, type_from_closing, type_from_drafting,
                          type_from_grounds, type_from_notifying, type_from_number)
from .lexicon import expand_abbreviations, load, org_name_prefix, without_title
from .pattern_cache import trie_pattern
from .records import DocumentMeta, DocumentText
from .textfold import anchored_matches, cap_first, fold, lowered, squash

# (not a horizon the plan looks to: `giai đoạn 2022 - 2025, định hướng đến năm 2030`, `tầm nhìn đến năm 2045`)
_YEAR_IN_TITLE = regex.compile(r"(?i)(?<!(?:đến|tới)\s+)năm\s*(\d{4})(?!\s*[-–]\s*\d{4})|năm học\s*(\d{4})\s*[-–]\s*\d{4}")
_CLOSING = regex.compile(r"(?i)trên đây là\s+(?:kế hoạch|chương trình|hướng dẫn|báo cáo|quy chế|đề án)?(.{0,300}?)(?:\./\.|\.\s*$|\n\s*\n|$)", regex.S)
# Its phrase has no letter that a case-insensitive match takes beside the two cases: found in the lowered
# text, which the later stages lower too (textfold.lowered keeps it), with `str.find`.
_CLOSING_PHRASE = ("trên đây là",)
# (the body's name may hold an apostrophe, `huyện Đăk R’lấp`, and be followed by the short form it defines: `Ban Chỉ đạo
# chuyển đổi số huyện … (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch …`)
_PREAMBLE_ACTOR = regex.compile(
    r"(?m)(?:^|;\s+|\.\s+|,\s+)[ \t]*([\p{Lu}][\p{L}&’'\s]{3,80}?)(?:\s*\((?i:sau đây)[^()\n]{0,60}\))?\s+"
    r"(?:xây dựng|ban hành|hướng dẫn|triển khai)\s+(?:kế hoạch|Kế hoạch)")


@lru_cache(maxsize=1)
def _speaking_actor() -> regex.Pattern:
    """A page that lost its header, whose first sentences have the body speak (`Ủy ban nhân dân huyện Tân Châu trả lời
    câu hỏi của công dân như sau:`, `UBND xã … trân trọng thông báo`; models/cues.json `speaking_verbs`): its issuer,
    read near the page's top only (further on, a body named at a sentence's start may be any other), its name within
    one paragraph (not over the post's title above a blank line). The body may speak after the bases the sentence
    opens with (`Căn cứ Luật Tiếp công dân năm 2013, Ủy ban nhân dân huyện … thông báo …`), or by its head's post
    (`Giám đốc Sở Văn hóa, Thể thao và Du lịch thông báo …`)."""
    cues = load().cues
    return regex.compile(
        r"(?m)(?:^|[;,]\s+|\.\s+)[ \t]*([\p{Lu}](?:[\p{L}& \t]|\n(?![ \t]*\n)){3,80}?)\s+(?:(?:"
        + trie_pattern(cues["speaking_courtesies"])
        + r")\s+)?(?:" + trie_pattern(cues["speaking_verbs"]) + r")(?![\p{L}])")


_SPEAKING_REACH = 1500


_OF_ORG = regex.compile(r"(?i)\bcủa\s+((?:trường|phòng|sở|ủy ban|ubnd|ban|chi bộ|đảng ủy|công đoàn)[\p{L}&\s]{2,80}?)(?:\s+năm\s+\d{4}|\s*\./\.|\.|;|$)")


def _closings(doc: DocumentText):
    """`_CLOSING.finditer(doc.text)`, tried only where the lowered text holds the phrase."""
    return anchored_matches(_CLOSING, doc.text, _CLOSING_PHRASE, found_in=lowered(doc.folded))


def _issuer_from_body(doc: DocumentText, title: str) -> str:
    text = doc.text
    candidates: list[str] = []
    for pattern, reach in ((_PREAMBLE_ACTOR, 4000), (_speaking_actor(), _SPEAKING_REACH)):
        for match in pattern.finditer(text[:reach]):
            actor = squash(match.group(1))
            if pattern is not _PREAMBLE_ACTOR:
                actor = without_title(actor) or actor  # (the body whose head speaks by its post)
                if org_name_prefix(actor) != actor:
                    continue  # (a body's name and nothing more: not `Sở vắng mặt sẽ uỷ quyền …`, a sentence's subject)
            if any(fold(actor).casefold().startswith(fold(h).casefold()) for h in load().org_heads):
                candidates.append(cap_first(actor))
                break
        if candidates:
            break
    match = _OF_ORG.search(title)
    if match:
        candidates.append(cap_first(expand_abbreviations(squash(match.group(1)))))
    for match in _closings(doc):
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


_ANY_YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")  # at import: a rare path
_PLAN_TYPES = {"Kế hoạch", "Chương trình", "Báo cáo", "Đề án", "Phương án", ""}


def _year(doc: DocumentText, doc_type: str, title: str, issued: str, partial_year: int | None) -> int | None:
    """The year the document is for: a plan's own title year first, else its date."""
    def from_text() -> int | None:
        match = _YEAR_IN_TITLE.search(title)
        if match:
            return int(match.group(1) or match.group(2))
        for closing in _closings(doc):
            found = _YEAR_IN_TITLE.search(closing.group(0))
            if found:
                return int(found.group(1) or found.group(2))
        return None

    dated = int(issued[:4]) if issued else partial_year
    first, second = (from_text(), dated) if doc_type in _PLAN_TYPES else (dated, from_text())
    if first or second:
        return first or second
    years = Counter(int(y) for y in _ANY_YEAR.findall(doc.text))
    return years.most_common(1)[0][0] if years else None


_CODE_ALONE = regex.compile(r"^\d+/\p{L}+$")
_ATTACHED_RULES = frozenset({"Quy chế", "Quy định", "Điều lệ", "Nội quy", "Hướng dẫn"})  # issued with a decision


def _kind_of(doc_type: str) -> str:
    """The kind of a type (models/doc_types.tsv: `legal`, `admin`, `party`, `name`), "" for none."""
    return next((t.kind for t in load().doc_types if t.name == doc_type), "")


def extract_meta(doc: DocumentText) -> DocumentMeta:
    zone = header_zone(doc)
    issuer_lines = header_issuer(zone)
    bodies = (issuer_lines[0], " ".join(issuer_lines[::-1]).strip())
    titled = type_and_title(doc, len(zone), bodies)
    header = read_header(doc, zone, max(len(zone), titled.end), issuer_lines)
    issuer = header.issuer or _issuer_from_body(doc, titled.title)
    # the symbol's type code names the type also when the number itself was left blank (`Số: /KH-THCS`)
    symbol_type = type_from_number(header.doc_number or header.symbol)
    doc_type = (titled.doc_type or header.named_type or type_from_closing(doc.folded) or symbol_type
                or type_from_address(doc.text, len(zone)) or type_from_grounds(doc.folded)
                or type_from_drafting(doc.folded) or type_from_notifying(doc.folded))
    if doc_type == "Công văn" and not _CODE_ALONE.search(header.doc_number or header.symbol or "") and \
            _kind_of(symbol_type) != "legal":
        # a `V/v` subject under a Tờ trình's or Báo cáo's own symbol (`12/TTr-UBND`); not under an issuer's code
        # alone that spells a type's (`248/TTr`, the Ministry's Thanh tra), nor under one that spells a legal type's,
        # which is never written without its type line (`5348/CT-CS`, the Cục Thuế's letter, is no Chỉ thị)
        doc_type = symbol_type or doc_type
    if not titled.doc_type and symbol_type and symbol_type != "Công văn":  # the page lost the type line
        titled = replace(titled, title=title_under_header(doc, max(len(zone), 0) + 400, bodies))
    if issuer:
        # the header's body without its level and place (`ỦY BAN NHÂN DÂN`), named in full as the decision's enacting
        # body under its subject (or in its stead, where the page lost the type line)
        named = enacting_body_named_in_full(doc.text, issuer, header.place)
        issuer = org_title_case(named) if named else \
            level_named_in_body(doc.text, issuer, header.place, header.doc_number) or issuer
    preface = read_preface(doc)
    if preface:  # no header on the page: its one-line preface names the document (a `V/v` there is no Công văn's)
        doc_type = preface.doc_type
        titled = replace(titled, doc_type=doc_type, title=preface.title or titled.title)
        header = replace(header, doc_number=header.doc_number or preface.doc_number,
                         issued_date=header.issued_date or preface.issued_date)
        issuer = preface.issuer or header.issuer or issuer  # (a page without a header: what it shows in capitals is
        # no header either, `BỘ CHÍNH TRỊ QUYẾT ĐỊNH` above the articles; the preface names the issuer)
    if not titled.title and not header.issuer and (headline := post_headline(doc)):
        titled = replace(titled, title=headline)  # a portal's post that lost the document's header and type line
    if not header.issued_date and titled.doc_type in _ATTACHED_RULES:
        # an attached rule without a header of its own: the date of the decision it is issued with, from the note under
        # its title (`(Ban hành kèm theo Quyết định số …/QĐ ngày 19/10/2019 của Hiệu trưởng …)`)
        header = replace(header, issued_date=attached_rule_date(doc.text[:titled.end + 600]),
                         doc_number=header.doc_number or attached_rule_number(doc.text[:titled.end + 600]))
    signature = extract_signature(doc.text, doc.folded)
    return DocumentMeta(
        doc_id=doc.doc_id,
        source_path=doc.source_path,
        part=doc.part,
        issuer=issuer,
        issuer_parent=header.issuer_parent if header.issuer else "",
        doc_number=header.doc_number,
        doc_type=doc_type,
        title=titled.title,
        place=header.place,
        issued_date=header.issued_date,
        year=_year(doc, doc_type, titled.title, header.issued_date, header.year_written),
        signer_name=signature.name,
        signer_title=signature.title,
        recipients=recipients(doc.text, signature.anchor),
        encoding=doc.encoding,
        n_chars=len(doc.text),
    )
