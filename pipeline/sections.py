"""Segment a document into its section tree, with levels from the numbering.

Marker kinds: `Phần`, `Chương`, `Mục`, `Điều N.`, Roman numerals (`II.`), upper-case letters (`A.`),
dotted Arabic numbers by depth (`1.`, `1.1.`, `2.1.3.`, `2)`), lower-case letters in the Vietnamese
alphabet (`a)` … `đ)` … `g)`). A kind's level is fixed when it first appears (child of whatever is
open), except that a kind which ranks above every open one in the genre's usual hierarchy closes
them (a fragment that starts at `3.` and later reaches `III.`).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .records import Section
from .textfold import rx, strip_markup

ROMAN = r"(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![A-Za-z])"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
LETTERS = "abcdđefghiklmnopqrstuvxy"  # Vietnamese order; `f` is not Vietnamese but writers use it

# Canonical rank of each kind (smaller = higher); ties keep first-appearance order.
_RANK = {"phan": 0, "chuong": 1, "muc": 2, "dieu": 3, "upper": 4, "roman": 4,
         "arabic1": 6, "arabic2": 7, "arabic3": 8, "arabic4": 9, "lower": 10}

_LEAD = r"^[ \t>*_#]*"
_PATTERNS = [
    ("phan", regex.compile(_LEAD + r"(Phần\s+(?:thứ\s+\p{L}+|" + ROMAN + r"|\d+))(?=[\s.:]|$)\s*[.:]?", regex.I)),
    ("chuong", regex.compile(_LEAD + r"(Chương\s+(?:" + ROMAN + r"|\d+))(?=[\s.:]|$)\s*[.:]?", regex.I)),
    ("muc", regex.compile(_LEAD + r"(Mục\s+(?:\d+|" + ROMAN + r"))(?=[\s.:]|$)\s*[.:]?")),
    ("dieu", regex.compile(_LEAD + r"(Điều\s+\d+[a-z]?)\s*[.:]")),
    ("roman", regex.compile(_LEAD + r"(" + ROMAN + r")\s*[.)](?!\d)")),
    ("upper", regex.compile(_LEAD + r"([A-HK-UW-Z])\s*\.(?=\s)")),
    ("arabic", regex.compile(_LEAD + r"(\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:\.(?!\d)|\))")),
    ("lower", regex.compile(_LEAD + r"([a-zđ])\s*\)")),
]
_STARTS_TEXT = regex.compile(r"^[ \t*_\"“‘(]*[\p{Lu}\d“\"]")
_STARTS_ANY_LETTER = regex.compile(r"^[ \t*_\"“‘(]*[\p{L}\d“\"]")


@dataclass
class _Heading:
    kind: str
    value: str  # id component: "II", "3", "a", "Điều 5"
    marker: str
    line_start: int
    line_end: int
    text_start: int  # where the heading text starts (after the marker)
    number: int | None


def _roman_value(text: str) -> int:
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        value = _ROMAN_VALUES.get(ch, 0)
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


# One cheap test before the eight marker patterns: most lines cannot be headings.
_CANDIDATE = regex.compile(r"^[ \t>*_#]*(?:[IVXLC]+\s*[.)]|[A-Z]\s*\.|\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)]|[a-zđ]\s*\)|"
                           r"(?i:phần|chương)\s|Mục\s|Điều\s)")


def _match_marker(line: str):
    if not _CANDIDATE.match(line):
        return None
    for kind, pattern in _PATTERNS:
        match = pattern.match(line)
        if not match or not match.group(1):
            continue
        rest = line[match.end():]
        label = match.group(1)
        if kind == "roman" and not rest.strip():
            continue
        if kind in ("roman", "upper", "arabic"):
            # Headings start with a capital (or a quote / a number); prose wrapped after a
            # sentence-final number does not ("… năm\n2024. Tăng" is excluded by the year check).
            if not _STARTS_TEXT.match(rest) and rest.strip():
                continue
            if kind == "arabic" and not rest.strip():
                continue
        if kind == "lower" and not _STARTS_ANY_LETTER.match(rest):
            continue
        if kind == "arabic":
            depth = label.count(".") + 1
            return f"arabic{depth}", label.rsplit(".", 1)[-1], match, int(label.rsplit(".", 1)[-1])
        if kind == "roman":
            return kind, label.upper(), match, _roman_value(label)
        if kind == "upper":
            return kind, label, match, ord(label) - 64
        if kind == "lower":
            return kind, label, match, LETTERS.find(label) + 1 if label in LETTERS else None
        value = rx(r"\s+").sub( " ", label)
        number = rx(r"\d+").search( value)
        return kind, value[:1].upper() + value[1:], match, int(number.group(0)) if number else None
    return None


def _find_headings(text: str) -> list[_Heading]:
    headings: list[_Heading] = []
    pos = 0
    for line in text.split("\n"):
        found = _match_marker(line)
        if found:
            kind, value, match, number = found
            marker = strip_markup(line[:match.end()]).strip()
            headings.append(_Heading(kind, value, marker, pos, pos + len(line), pos + match.end(), number))
        pos += len(line) + 1
    return _plausible(headings)


def _plausible(headings: list[_Heading]) -> list[_Heading]:
    """Drop markers that break their own sequence (a wrapped line that happens to start `5.`)."""
    kept: list[_Heading] = []
    last_number: dict[str, int] = {}
    for h in headings:
        if h.kind in ("arabic1", "lower", "roman", "upper") and h.number is not None:
            prev = last_number.get(h.kind)
            if prev is not None and not (h.number == prev + 1 or h.number == 1 or h.number <= 2
                                         or (h.kind == "lower" and h.number == prev + 2)):
                # A jump is allowed after a higher-level heading (numbering restarts) or a gap of one.
                if not (h.number in (prev + 2,) or h.kind in ("roman", "upper")):
                    continue
        kept.append(h)
        if h.number is not None:
            last_number[h.kind] = h.number
            for kind, rank in _RANK.items():
                if rank > _RANK.get(h.kind, 99) and kind in last_number:
                    del last_number[kind]
    return kept


def _heading_text(text: str, heading: _Heading, lines_after: list[str]) -> str:
    line = text[heading.text_start:heading.line_end]
    first = strip_markup(line)
    if not first and lines_after:
        first = strip_markup(lines_after[0])
    nonempty = [ln for ln in lines_after if ln.strip()]
    following = nonempty[0] if nonempty else ""
    next_marker = _match_marker(following) if following else None
    follows_marker = next_marker is not None
    # Followed by its own first child (`1.` then `a)`), the line is a heading, not a list item.
    child_follows = follows_marker and _RANK.get(next_marker[0], 99) > _RANK.get(heading.kind, 99)
    # A heading wrapped onto a short second line, then the body: join the two lines.
    if (following and not follows_marker and rx(r"^\s*\p{Ll}").match( following)
            and len(following.strip()) <= 60 and not rx(r"[.;:]\s*$").search( first)):
        after = nonempty[1] if len(nonempty) > 1 else ""
        if not after or rx(r"^[\s*_]*[\p{Lu}\d“\"]").match( after) or _match_marker(after):
            return _clean(first + " " + strip_markup(following))
    paragraph_item = not child_follows and (not following or follows_marker
                                            or rx(r"^\s*\p{Ll}").match( following))
    if paragraph_item:
        cut = rx(r";|\.(?=\s+[\p{Lu}\d“\"])|\.\s*$").search( first)
        if cut:
            first = first[:cut.start()]
    return _clean(first)


def _clean(heading: str) -> str:
    return strip_markup(heading).rstrip(" .;:…").strip()


def segment(doc_id: str, text: str) -> list[Section]:
    headings = _find_headings(text)
    stack: list[tuple[str, str, int]] = []  # (kind, section_id, index in sections)
    sections: list[Section] = []
    seen: dict[str, int] = {}
    lines = text.split("\n")
    line_index = {}
    pos = 0
    for i, line in enumerate(lines):
        line_index[pos] = i
        pos += len(line) + 1
    for n, heading in enumerate(headings):
        kinds = [k for k, _, _ in stack]
        if heading.kind in kinds:
            del stack[kinds.index(heading.kind):]
        else:
            rank = _RANK.get(heading.kind, 99)
            while stack and _RANK.get(stack[-1][0], 99) > rank and all(
                    _RANK.get(k, 99) > rank for k, _, _ in stack):
                stack.pop()
        parent_id = stack[-1][1] if stack else ""
        section_id = f"{parent_id}.{heading.value}" if parent_id else heading.value
        if section_id in seen:
            seen[section_id] += 1
            section_id = f"{section_id}_{seen[section_id]}"
        else:
            seen[section_id] = 1
        li = line_index.get(heading.line_start, 0)
        following = lines[li + 1:li + 4]
        sections.append(Section(
            doc_id=doc_id,
            section_id=section_id,
            parent_id=parent_id,
            level=len(stack) + 1,
            marker=heading.marker,
            heading=_heading_text(text, heading, following),
            start=heading.line_start + (len(text[heading.line_start:heading.line_end]) - len(text[heading.line_start:heading.line_end].lstrip())),
            end=len(text),
            kind=heading.kind,
        ))
        stack.append((heading.kind, section_id, len(sections) - 1))
    # A section ends where the next section of the same or a higher level starts.
    for i, section in enumerate(sections):
        for later in sections[i + 1:]:
            if later.level <= section.level:
                section.end = later.start
                break
    return sections


def section_at(sections: list[Section], offset: int) -> str:
    """The innermost section whose heading starts at or before `offset` ("" in the preamble)."""
    best = ""
    for section in sections:
        if section.start <= offset:
            best = section.section_id
        else:
            break
    return best
