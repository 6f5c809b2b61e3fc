"""Responsible parties: who must do what, with a role per assignment.

Parties come from the lexicon in `models/parties.tsv` (with abbreviations such as `BCD`, `UBND`,
`CBCCVC&NLĐ` folded in) and, for bodies the lexicon does not know, from organisation phrases
(`Phòng …`, `Ủy ban nhân dân …`, `Ban …`) whose extent underthesea's POS tagger decides. Roles follow
the clause: the subject of an action is `lead` (`coordinate` when the action is `phối hợp` /
`tham gia`), the partner of `phối hợp với` / `cùng với` is `coordinate`, the body a report goes to
(`báo cáo … về X`, `thông qua X`) is `report_to`, and the addressees of `Đề nghị … thực hiện` or
beneficiaries of `tạo điều kiện để` are `other`.
"""
from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from .lexicon import MODELS_DIR, expand_abbreviations, load
from .records import DocumentMeta, DocumentText, Party
from .textfold import cap_first, fold, rx, squash, strip_markup

_VERBS = ("xây dựng|tổ chức|triển khai|thực hiện|chỉ đạo|chịu trách nhiệm|có trách nhiệm|có kế hoạch|phối hợp|"
          "tham gia|báo cáo|ban hành|thành lập|bổ sung|phân công|kiểm tra|chấp hành|tiếp tục|thường xuyên|"
          "chủ động|đẩy mạnh|tăng cường|nâng cao|phụ trách|hướng dẫn|theo dõi|giám sát|đôn đốc|cử|duy trì|"
          "quán triệt|rà soát|đề xuất|tham mưu|lập|gửi|nộp|giải trình|cùng với|cùng|chủ trì|đảm bảo|bảo đảm|"
          "nghiêm túc|kịp thời|có nhiệm vụ|căn cứ|tập trung|phê duyệt|tổng hợp")
_VERB_AFTER = regex.compile(r"^\s*(?:" + _VERBS + r")(?![\p{L}])", regex.I)
_COORD_VERB = regex.compile(r"^\s*(?:phối hợp|tham gia|cùng phối hợp)(?![\p{L}])", regex.I)
_DIRECTIVE_BEFORE = regex.compile(r"(?:chỉ đạo|phân công|giao|yêu cầu|đề nghị)(?:\s+(?:các|\d+|01|02))?\s*$", regex.I)
_RESPONSIBILITY = regex.compile(
    r"(?i)(?:trách nhiệm|vai trò(?:,\s*trách nhiệm)?)(?:\s+\p{Ll}+){0,4}?"
    r"(?:\s+của(?:\s+tập thể)?|,?\s+(?:nhất là|đặc biệt là|trước hết là))\s+$")
# What may stand before a clause's subject: nothing, a comma or colon, a line start, a list marker,
# or a time adverbial (`Hằng năm,`, `Định kỳ 6 tháng, năm`).
_BOUNDARY_BEFORE = regex.compile(r"(?:[,;:\n]|^[\s+\-–•*]*(?:[\p{L}\d]{1,3}[.)])?)[ \t]*$")
_TIME_ADVERBIAL = regex.compile(r"(?i)^[\s+\-–•*]*(?:định kỳ|hằng|hàng|cuối|đầu|mỗi)\b(?:[\s,]+(?:\d+|tháng|năm|quý|tuần|học kỳ|kỳ))*[\s,]*$")
# Where an organisation the lexicon does not know can take a role: at the start of its clause, or
# right after a report, partnership or directive cue. (Elsewhere its name is not worth tagging.)
_ROLE_POSITION = regex.compile(
    r"(?i)(?:^[\s+\-–•*]*(?:[\p{L}\d]{1,3}[.)])?\s*|\b(?:về|gửi|thông qua|báo cáo|phối hợp với|cùng với|"
    r"đề nghị|chỉ đạo|giao|lên)\s+|^\s*(?:định kỳ|hằng|hàng)[\s\w,]*\s)$")
_REPORTING = regex.compile(r"(?i)\b(?:báo cáo|gửi|nộp)\b")
_CLAUSE_SPLIT = regex.compile(r"[.;:!?](?=\s)|\n\s*\n|\n(?=[ \t]*\p{Lu})|\n(?=\s*(?:[-+·•*]|\d{1,2}[.)]|[a-zđ]\)|[IVX]+\.))")


@lru_cache(maxsize=1)
def _org_pattern() -> regex.Pattern:
    """Organisation heads from models/org_heads.txt (`Phòng`, `Sở`, `Trung tâm` …) and the words after
    them; where the name really ends is decided later, from the part-of-speech tags."""
    heads = "|".join(regex.escape(h).replace(r"\ ", r"\s+") for h in load().org_heads)
    return regex.compile(r"(?<![\p{L}])(?P<head>" + heads + r")(?=\s+\p{L})(?:\s+[\p{L}&]+){1,8}")


@dataclass(frozen=True)
class _Entry:
    canonical: str
    category: str


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern, dict[str, _Entry]]:
    entries: dict[str, _Entry] = {}
    abbreviations = load().abbreviations
    with open(MODELS_DIR / "parties.tsv", encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if not row or row[0].startswith("#") or len(row) < 3:
                continue
            entry = _Entry(row[0], row[1])
            for variant in row[2].split("|"):
                variant = fold(variant.strip()).lower()
                if not variant:
                    continue
                forms = {variant}
                for abbr, expansion in abbreviations.items():
                    low = fold(expansion).lower()
                    for form in list(forms):
                        if low in form:
                            forms.add(form.replace(low, abbr.lower()))
                for form in forms:
                    entries.setdefault(form, entry)
    # One trie-shaped pattern (shared prefixes merged): a flat alternation of a few hundred phrases
    # is slow; the trie lets the engine reject most positions on the first word.
    # Matched on lower-cased text with the standard `re` engine: for a plain trie of literals it is
    # several times faster than `regex` with case-insensitive matching.
    pattern = re.compile(r"(?<![^\W\d_])(?<!&)" + _trie_pattern(entries) + r"(?![^\W\d_])(?!&)")
    return pattern, entries


def _trie_pattern(phrases) -> str:
    """Regex for a set of phrases, word by word, longest alternatives first; any whitespace between
    words, a comma may be followed by any spacing."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for word in rx(r"[^\s,]+|,").findall(phrase):
            node = node.setdefault(word, {})
        node[""] = {}

    def build(node: dict, previous: str) -> str:
        branches = []
        for word in sorted((w for w in node if w), key=len, reverse=True):
            sep = r"\s*" if "," in (word, previous) else r"\s+"
            child = build(node[word], word)
            rest = f"(?:{child})?" if child and "" in node[word] else child
            branches.append((sep if previous else "") + re.escape(word) + rest)
        return "(?:" + "|".join(branches) + ")" if branches else ""

    return build(trie, "")


@lru_cache(maxsize=65536)
def _lookup(surface: str) -> _Entry | None:
    _, entries = _lexicon()
    return entries.get(rx(r"\s+").sub(" ", rx(r",\s*").sub(", ", fold(surface).lower())).strip())


def normalize_party(surface: str) -> str:
    entry = _lookup(surface)
    if entry:
        return entry.canonical
    name = squash(strip_markup(expand_abbreviations(surface)))
    name = rx(r"^(?:các\s+đồng\s+chí|đồng\s+chí)\s+", regex.I).sub("", name)
    name = rx(r"(?i)^uỷ").sub("Ủy", name)
    return cap_first(fold(name))


def _org_extent(phrase: str, head_length: int) -> int:
    """Length of the organisation name at the start of `phrase`, whose head (`Phòng`, `Kho bạc`) is
    `head_length` long; 0 when the head is a common word (`Trường hợp`, `Ban hành`, `Bộ phận`).
    Capitalised words and words known to occur in names of bodies belong to the name; a known verb
    or punctuation ends it; an unknown lower-case word is settled by underthesea's POS tags."""
    words = list(rx(r"[\p{L}&]+|[^\s\p{L}&]").finditer(phrase[head_length:120]))
    vocabulary = load().org_words
    end = head_length
    for i, w in enumerate(words):
        token = w.group(0)
        if not token[0].isalpha():
            return end if i else 0
        if token[0].isupper() or token.lower() in vocabulary:
            end = head_length + w.end()
            continue
        if i == 0 or _VERB_AFTER.match(phrase[head_length + w.start():]):
            return end if i else 0
        following = words[i + 1].group(0) if i + 1 < len(words) else ""
        if following[:1].isupper() or following.lower() in vocabulary:
            return _pos_extent_cached(phrase[:80])  # `Phòng Văn hóa và Thông tin`: ask the tagger
        return end
    return end


@lru_cache(maxsize=4096)
def _pos_extent_cached(phrase: str) -> int:
    try:
        from underthesea import pos_tag
    except Exception:  # pragma: no cover
        return len(phrase)
    pos = end = 0
    for i, (token, tag) in enumerate(pos_tag(phrase[:120])):
        found = phrase.find(token, pos)
        if found < 0:
            break
        pos = found + len(token)
        if i == 0:
            end = pos
            continue
        if tag == "CH" or (token[:1].islower() and (tag[:1] in ("V", "A", "R", "E", "M")
                                                    or _VERB_AFTER.match(token))):
            break
        end = pos
    return end


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return not before.strip() or before.rstrip()[-1:] in ".:!?\n" or "\n" in before


def extract(doc: DocumentText, meta: DocumentMeta, section_of) -> list[Party]:
    text, folded = doc.text, doc.folded
    pattern, _ = _lexicon()
    rows: list[Party] = []
    seen: set[tuple[int, str]] = set()

    def add(start: int, end: int, role: str, task: str, name: str | None = None):
        surface = text[start:end]
        party = name or normalize_party(surface)
        if (start, party) in seen or not party:
            return
        seen.add((start, party))
        rows.append(Party(doc.doc_id, section_of(start), start, end, surface, party, role,
                          squash(strip_markup(task)).strip(" ,;:.")))

    lowered = folded.lower()
    if len(lowered) != len(folded):  # a character whose lower case is longer: match char by char
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    mentions = []
    for m in pattern.finditer(lowered):
        end = m.end()
        # A steering committee is named after its task: `Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở`.
        if m.group(0).endswith("ban chỉ đạo"):
            named = rx(r"\s+(?:thực hiện|về)\s+[^;,.\n]{3,80}?(?=\s*(?:[;,.\n]|\s(?:của|trong|tại)\s))").match(folded[end:end + 100])
            if named:
                end += named.end()
        mentions.append((m.start(), end))
    # Organisations the lexicon does not know; their extent is settled when one is used (POS tags).
    if meta.issuer:  # the issuing body, by the name its header gives
        mentions.extend(m.span() for m in regex.finditer(regex.escape(fold(meta.issuer)), folded, flags=regex.I))
    known = sorted(mentions)
    known_starts = [s for s, _ in known]

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(known_starts, pos) - 1
        return i >= 0 and known[i][0] <= pos < known[i][1]

    unknown: dict[int, int] = {}  # start -> length of the organisation head
    for m in _org_pattern().finditer(folded):
        if not covered(m.start()):
            mentions.append((m.start(), m.end()))
            unknown[m.start()] = m.end("head") - m.start()
    mentions.sort()
    starts = [s for s, _ in mentions]

    for c_start, c_end in _clauses(folded):
        lo, hi = bisect.bisect_left(starts, c_start), bisect.bisect_left(starts, c_end)
        inside = [(s, e) for s, e in mentions[lo:hi] if e <= c_end]
        if not inside:
            continue
        reporting = _REPORTING.search(folded, c_start, c_end) is not None
        for s, e in inside:
            before = folded[max(c_start, s - 200):s]  # enough context; keeps long clauses linear
            if s in unknown:
                if not _ROLE_POSITION.search(before):
                    continue
                e = s + _org_extent(text[s:min(c_end, s + 120)], unknown[s])
                if e == s:
                    continue
            after = folded[e:min(c_end, e + 300)]
            before_low = before.lower()
            rest_task = text[e:min(c_end, e + 1000)]
            # Report recipients: `… về X`, `gửi X`, `báo cáo X`, `thông qua X`.
            if reporting and rx(r"(?i)(?:\bvề|\bgửi(?:\s+về)?|\bbáo cáo|\bthông qua|\blên)\s*\(?\s*$").search(before):
                add(s, e, "report_to", "nhận báo cáo: " + squash(text[c_start:c_end]))
                continue
            if rx(r"(?i)(?:phối hợp với|cùng với|cùng)\s+(?:tổ chức\s+)?$").search(before):
                add(s, e, "coordinate", rest_task)
                continue
            if rx(r"(?i)(?:đề nghị|tạo điều kiện(?:\s+thuận lợi)?\s+(?:để|cho))\s+(?:các\s+đồng\s+chí\s+)?$").search(before):
                _add_addressees(text, folded, s, c_end, add)
                continue
            resp = _RESPONSIBILITY.search(before_low)
            # `Tăng cường trách nhiệm của X trong …` near the start of a sentence assigns X; the same
            # words deep inside a sentence (`… và nâng cao trách nhiệm của …`) only describe.
            if resp and _sentence_initial(folded, c_start) and len(before[:resp.start()].split()) <= 10 \
                    and _category(text[s:e]) in ("head", "body"):
                task = rx(r"^\s*(?:trong|đối với|với)\s+").sub("", rest_task)
                add(s, e, "lead", task)
                for s2, e2 in _enumerated_after(folded, e, inside):
                    add(s2, e2, "lead", task)
                continue
            verb = _VERB_AFTER.match(after)
            if not verb:
                continue
            boundary = not before.strip() or _BOUNDARY_BEFORE.search(before) or _TIME_ADVERBIAL.match(before) \
                or _DIRECTIVE_BEFORE.search(before_low) or rx(r"(?i)\b(?:và)\s*$").search(before)
            if not boundary:
                continue
            if rx(r"(?i)(?:của|trong|với|cho|tại|đến|về|giữa|đối với|theo)\s*$").search(before_low):
                continue
            role = "coordinate" if _COORD_VERB.match(after) else "lead"
            chain = _enumerated_before(folded, c_start, s, inside)
            if chain is None:
                chain = []
            for s2, e2 in chain + [(s, e)]:
                add(s2, e2, role, rest_task)
    rows.sort(key=lambda r: r.start)
    return rows


def _category(surface: str) -> str:
    entry = _lookup(surface)
    return entry.category if entry else "outside"


def _enumerated_after(folded: str, end: int, inside) -> list[tuple[int, int]]:
    """`trách nhiệm của tập thể cấp ủy, ban lãnh đạo trong …`: the bodies listed after the first."""
    out = []
    pos = end
    for s, e in inside:
        if s < pos:
            continue
        gap = folded[pos:s]
        if rx(r"\s*(?:,|và)\s*").fullmatch(gap) and _category(folded[s:e]) == "body":
            out.append((s, e))
            pos = e
        else:
            break
    return out


def _enumerated_before(folded: str, c_start: int, start: int, inside) -> list[tuple[int, int]] | None:
    """`Ban Chấp hành Công đoàn, Đoàn Thanh niên, Tổ chuyên môn phối hợp`: the whole list."""
    chain: list[tuple[int, int]] = []
    pos = start
    for s, e in reversed([m for m in inside if m[1] <= start]):
        gap = folded[e:pos]
        if rx(r"\s*(?:,|và)\s*").fullmatch(gap):
            chain.insert(0, (s, e))
            pos = s
        else:
            break
    if chain:
        lead = folded[c_start:chain[0][0]]
        if lead.strip() and not _BOUNDARY_BEFORE.search(lead) and not _TIME_ADVERBIAL.match(lead) \
                and not _DIRECTIVE_BEFORE.search(lead.lower()):
            return []
    return chain


def _add_addressees(text: str, folded: str, start: int, c_end: int, add) -> None:
    """`Đề nghị các bộ phận công tác của trường, viên chức, người lao động … thực hiện` → one row per
    body the lexicon knows, and the remaining staff list as one party."""
    span = folded[start:c_end]
    verb = rx(r"(?i)\s(?:nghiêm túc|thực hiện|tham gia|tổ chức|triển khai|chấp hành|phối hợp)\b").search(span)
    end = start + (verb.start() if verb else len(span))
    pattern, _ = _lexicon()
    pos = start
    task = squash(text[end:c_end]) if verb else ""
    while pos < end:
        m = pattern.match(folded, pos, end)
        if m and _category(folded[m.start():m.end()]) == "body":
            add(m.start(), m.end(), "other", task)
            sep = rx(r"\s*(?:,|và)\s*").match(folded[m.end():end])
            pos = m.end() + (sep.end() if sep else 0)
            continue
        break
    rest = text[pos:end].strip(" ,")
    if rest:
        rest_start = text.find(rest, pos)
        name = normalize_party(rx(r"^(?:các\s+đồng\s+chí|đồng\s+chí)\s+", regex.I).sub("", rest))
        add(rest_start, rest_start + len(rest), "other", task, name=name)
