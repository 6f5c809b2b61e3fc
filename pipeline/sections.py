"""Segment a document into its section tree, with levels from the numbering.

Marker kinds: `Phần`, `Chương`, `Mục`, `Điều N.`, Roman numerals (`II.`), upper-case letters (`A.`),
dotted Arabic numbers by depth (`1.`, `1.1.`, `2.1.3.`, `2)`), lower-case letters in the Vietnamese
alphabet (`a)` … `đ)` … `g)`), and after the signature annex and form titles (`PHỤ LỤC II`, `Mẫu số 02`).
A marker alone on its line (`3.` ⏎ its text) counts where its number follows on. A kind's level is fixed
when it first appears (child of whatever is open), except that a kind which ranks above every open one in
the genre's usual hierarchy closes them (a fragment that starts at `3.` and later reaches `III.`).

The stages, one module each, data flowing one way: pipeline/section_markers.py reads a line's marker,
pipeline/section_lines.py finds the marked lines of a text, pipeline/section_quotes.py and section_annexes.py the
quoted blocks and the annex titles, pipeline/section_headings.py a heading's text; this module keeps the headings
whose numbering follows on and builds the tree from them.
"""
from __future__ import annotations

import bisect

import regex

from .records import Section
from .section_annexes import FORM, annex_titles, footnote_free
from .section_headings import heading_text
from .section_lines import Lines, blank_lead, plain
from .section_markers import BELOW, FILL_IN, LETTERS, RANK, SPACES, match_marker
from .section_quotes import quoted_spans
from .textfold import strip_markup


# The parts a document is divided into (Nghị định 30/2020/NĐ-CP, Phụ lục I: `Phần`, `Chương`).
_OWN_PARTS = ("phan", "chuong")
# A legal text is laid out in phần, chương, mục, điều, khoản, điểm (Luật Ban hành văn bản quy phạm pháp luật
# 2015): the first four are never inside a khoản or điểm.
_LEGAL_KINDS = ("phan", "chuong", "muc", "dieu")
# Kinds that close every open kind ranked below them: the legal ones, a form's title (`Biểu mẫu 2`: the lines of
# the form before it are done) and the dotted numbers (`2.2.`), whose parent is written in them.
_STRICT_KINDS = frozenset((*_LEGAL_KINDS, "mau", "arabic2", "arabic3", "arabic4"))
_UNNUMBERED_ANNEX = regex.compile(r"^Phụ lục(?:_\d+)?$")


def _quoted_spans(text: str, lines: "Lines | None" = None) -> list[tuple[int, int]]:
    """The blocks quoted from another document (pipeline/section_quotes.py): their markers are not this one's."""
    return quoted_spans(text, lines if lines is not None else Lines(text))


_SEQUENCED = frozenset({"arabic1", "lower", "roman", "upper"})  # kinds whose numbers must follow on
_DOT_AFTER_NUMERAL = regex.compile(r"[ \t>*_#]*[IVXLC]+\s*[^\s\p{L}]")  # `II.`, `II)`, `II-`, `II/`: not `II Nội dung`
_MARK_AFTER_NUMBER = regex.compile(r"[ \t>*_#]*\d{1,2}\s*[^\s\p{L}]")  # `1.`, `1)`, `1-`, `1/`: not `1 MỤC ĐÍCH`


def _find_headings(text: str, lines: Lines, closing):
    """Headings, in text order, as (kind, id component (`II`, `3`, `a`, `Điều 5`), marker, where the heading
    starts (its marker, blanks skipped), where its text starts, number, line index): marked lines outside quoted
    text, an article a crawler ran on after a quote's closing mark (`… giá.” Điều 2. …`), and annex titles
    (`PHỤ LỤC II`) and forms' titles (`Mẫu số 02`, `Biểu mẫu 1`) after the closing block; a marker that breaks its own sequence (a wrapped line that happens
    to start `5.`) is dropped as it comes. Yielded to `segment` as found (no list of heading records built
    first)."""
    quoted = _quoted_spans(text, lines)
    annexes, form_numbers = annex_titles(text, lines.index_of, lines.texts, closing.end()) if closing else ({}, {})
    after_quotes = _run_on_after_quotes(text, lines, quoted)
    run_on = {**lines.run_on, **after_quotes} if lines.run_on else after_quotes
    markers, starts, texts = lines.markers, lines.starts, lines.texts
    last_number: dict[str, int] = {}  # per kind, the number of the last heading kept
    # the glued markers (`1Quán triệt …`): a digit right before the heading's text
    glued = lines.glued
    q = 0
    dropped = -1  # the line of the last marker dropped: the children run on after it go with it
    # The markers were found in text order; annex titles and run-on headings, when there are any, are merged in
    # (a run-on heading's key is its line's index plus a fraction: it comes after the line's own marker).
    for key in sorted({*markers, *annexes, *run_on}) if annexes or run_on else markers:
        if run_on and key in run_on:
            index = int(key)
            base, found = run_on[key]
            heading_start = base
            if key not in after_quotes:  # a child run on after its parent's number: not where the parent is not
                while q < len(quoted) and quoted[q][1] <= base:
                    q += 1
                if index == dropped or q < len(quoted) and quoted[q][0] <= base < quoted[q][1]:
                    continue
        else:
            index = key
            start, line_text, found = starts[index], texts[index], markers.get(index)
            while q < len(quoted) and quoted[q][1] <= start:
                q += 1
            if q < len(quoted) and quoted[q][0] <= start < quoted[q][1] or found and _form_field(texts, index, found):
                dropped = index
                continue
            if not found:
                annex = annexes[index]
                if annex.re is FORM:
                    label = SPACES.sub(" ", annex.group("label"))
                    words = SPACES.sub(" ", text[annex.start("label"):annex.start("number")]).strip()
                    read, after = form_numbers[index]
                    value = f"{words[:1].upper()}{words[1:].lower()} {read}{text[after:annex.end('label')]}"
                    yield ("mau", value, label, start + blank_lead(line_text), annex.start("rest"), int(read), index)
                    continue
                numeral = annex.group(2) or ""
                if numeral[:1].isalpha():
                    numeral = numeral.rstrip("0123456789")  # a footnote's number after a Roman numeral
                value = "Phụ lục" + (f" {numeral.upper()}" if numeral else "")
                title = annex.start("title") - start if annex.group("title") else len(line_text)
                yield ("phuluc", value, strip_markup(line_text[:title]).strip(" .:–-"),
                       start + blank_lead(line_text), start + title, None, index)
                continue
            base, heading_start = start, start + len(line_text) - len(line_text.lstrip())  # `blank_lead`, inline
        kind, value, (marker_start, text_start), number = found
        if number is not None:
            if kind == "dieu" and number > 9 and (article := last_number.get(kind)) is not None:
                read = footnote_free(str(number), article)  # `Điều 210.` after `Điều 1.`: article 2, note 10
                if read != str(number) and int(read) == article + 1:  # an article's number is never written twice
                    value, number = value.replace(str(number), read, 1), int(read)
            prev = last_number.get(kind) if kind in _SEQUENCED else None
            if glued and index in glued and not _glued_in_order(glued, index, number, prev, last_number):
                dropped = index
                continue
            # A jump is allowed after a higher-level heading (numbering restarts), a gap of one, or a
            # number written twice (`3.2.` twice: broken numbering, renumbered in `segment`).
            if prev is not None and not (number in (prev, prev + 1, prev + 2) or number <= 2
                                         or kind in ("roman", "upper")):
                dropped = index
                continue
            if kind == "roman" and key == index and number != (prev or 0) + 1 \
                    and not _DOT_AFTER_NUMERAL.match(texts[index], marker_start):
                dropped = index  # a numeral without its dot (`I Mục đích`) counts only where the parts number on
                continue
            if kind.startswith("arabic") and key == index and number != (prev or 0) + 1 and "." not in value \
                    and not _MARK_AFTER_NUMBER.match(texts[index], marker_start):
                dropped = index  # so does a number without its dot (`1 MỤC ĐÍCH`)
                continue
            last_number[kind] = number
            for below in BELOW.get(kind, ()):
                last_number.pop(below, None)
        yield (kind, value, plain(text[base + marker_start:base + text_start]), heading_start, base + text_start,
               number, index)


def _glued_in_order(glued: dict[int, int], index: int, number: int, prev, last_number: dict[str, int]) -> bool:
    """A glued marker (`1Quán triệt …`) numbers on from the last Arabic one, or is the first under a higher
    heading with the next glued number after it (`2Tổ chức …`): a footnote's glued number is neither."""
    if prev is not None:
        return number == prev + 1
    return number == 1 and bool(last_number) and any(i > index and n == 2 for i, n in glued.items())


def _form_field(texts: list[str], index: int, found: tuple) -> bool:
    """`1/ Họ và tên:` ⏎ `Sinh ngày: …………`: a slash-numbered form field, its blanks on the next line."""
    text_start = found[2][1]
    line = texts[index]
    return line[:text_start].rstrip().endswith("/") and line.rstrip().endswith(":") \
        and index + 1 < len(texts) and FILL_IN.search(texts[index + 1]) is not None


def _run_on_after_quotes(text: str, lines: Lines, quoted) -> dict[float, tuple[int, tuple]]:
    """By line index plus a half, where an article or item run on after a quote's closing mark starts (`… giá.”
    Điều 2. Bãi bỏ …`: a crawler lost the line break) and its marker."""
    run_on = {}
    for _, end in quoted:
        index = lines.index_of(end)
        rest = lines.texts[index][end - lines.starts[index]:]
        if rest.strip():
            at = end + blank_lead(rest)
            found = match_marker(text[at:lines.starts[index] + len(lines.texts[index])])
            if found:
                run_on[index + 0.5] = (at, found)
    return run_on


_ROMAN_DIGITS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _renumbered(kind: str, number: int) -> str:
    """The id component a marker of `kind` would have at position `number`."""
    if kind == "roman":
        out = ""
        for value, digits in _ROMAN_DIGITS:
            while number >= value:
                out, number = out + digits, number - value
        return out
    if kind == "lower":
        return LETTERS[number - 1] if 0 < number <= len(LETTERS) else ""
    if kind == "upper":
        return chr(64 + number)
    return str(number) if kind.startswith("arabic") else ""


def _ranks(kinds: list[str]) -> dict[str, float]:
    """The ranks of the document's kinds: a rule or charter that groups its articles under Roman parts, no `Chương`
    (`I . NGUYÊN TẮC CHUNG` ⏎ `Điều 1. Phạm vi điều chỉnh …`, a school's Quy chế phối hợp), ranks them as chapters;
    the Roman parts of a plan after a decision's articles keep their rank."""
    if "dieu" not in kinds or "chuong" in kinds:
        return RANK
    first_article = kinds.index("dieu")
    # (a lettered part the same way takes a section's rank: `Phần I` ⏎ `A. Trách nhiệm về …` ⏎ `Điều 1: …`)
    grouping = {kind: RANK[rank] for kind, rank in (("roman", "chuong"), ("upper", "muc"))
                if kind in kinds[:first_article]}
    return {**RANK, **grouping} if grouping else RANK


def segment(doc_id: str, text: str) -> list[Section]:
    lines = Lines(text)
    # the open sections: their kinds and ids, in two lists (a heading looks its kind up among the kinds)
    kinds: list[str] = []
    ids: list[str] = []
    sections: list[Section] = []
    seen: dict[str, int] = {}
    # Per sibling list (parent id, kind): the last number written and the last one assigned, so a
    # number written twice (`3.2.` ⏎ … `3.2.`, a second `II.`) takes the next one, as do the
    # siblings after it.
    numbering: dict[tuple[str, str], tuple[int, int]] = {}
    after_closing = lines.closing
    headings = list(_find_headings(text, lines, after_closing))
    rank_of = _ranks([heading[0] for heading in headings])
    for kind, value, marker, heading_start, text_start, number, index in headings:
        if kind in _OWN_PARTS and ids and _UNNUMBERED_ANNEX.match(ids[0]):
            # An annex titled `PHỤ LỤC` alone (not itself a marker) whose text has parts of its own
            # (`Phần 1.`, `Chương I`): the parts stand at top level, as an attached charter's do.
            kinds, ids = [], []
        elif kind in _ATTACHED_PARTS and kinds and kinds[0] == "dieu" and after_closing \
                and heading_start > after_closing.start():
            # A decision's articles, then after its closing block the plan or programme it issues (`Điều 1. Ban
            # hành kèm theo Quyết định này Kế hoạch …` … `Nơi nhận:` … `I. MỤC ĐÍCH, YÊU CẦU`): the plan's parts
            # stand at top level, as an attached charter's `Chương I` does (devset fresh_30), not under `Điều 3`.
            kinds, ids = [], []
        if kind in kinds:
            closed = kinds.index(kind)
            del kinds[closed:], ids[closed:]
        else:
            rank = rank_of.get(kind, 99)
            # The legal hierarchy is strict (an `Điều` is never inside a khoản): it closes every kind
            # below it; so does a dotted number (`2.2.` is never inside a point `c)`). Other kinds close the
            # open ones only when they rank above all of them.
            legal = kind in _STRICT_KINDS
            while kinds and rank_of.get(kinds[-1], 99) > rank and (legal or all(
                    rank_of.get(k, 99) > rank for k in kinds)):
                kinds.pop(), ids.pop()
        parent_id = ids[-1] if ids else ""
        written_value = value
        if number is not None:
            written, assigned = numbering.get((parent_id, kind), (None, None))
            position = number
            if written is not None and (number == written or (number == written + 1 and assigned > written)):
                position = assigned + 1
            numbering[(parent_id, kind)] = (number, position)
            if position != number:
                value = _renumbered(kind, position) or value
        if kind in _DOTTED and (not kinds or kinds[-1] != _DOTTED[kind]):
            unwritten = _unwritten_parents(kind, marker, kinds)
            value, written_value = unwritten + value, unwritten + written_value
        section_id = f"{parent_id}.{value}" if parent_id else value
        if section_id in seen and not parent_id and after_closing and heading_start > after_closing.start() \
                and kind != "phuluc":
            # Numbering that starts again after the closing block: an annex whose title was not
            # recognised (a scan); its headings go under one `Phụ lục` section.
            annex = Section(doc_id=doc_id, section_id=_unique("Phụ lục", seen), parent_id="", level=1,
                            marker="", heading="", start=heading_start, end=len(text), kind="phuluc")
            sections.append(annex)
            kinds, ids = ["phuluc"], [annex.section_id]
            numbering.clear()
            parent_id = annex.section_id
            section_id = f"{parent_id}.{written_value}"
            numbering[(parent_id, kind)] = (number, number)
        section_id = _unique(section_id, seen)
        sections.append(Section(
            doc_id=doc_id,
            section_id=section_id,
            parent_id=parent_id,
            level=len(kinds) + 1,
            marker=marker,
            heading=heading_text(kind, text_start, lines, index),
            start=heading_start,
            end=len(text),
            kind=kind,
        ))
        kinds.append(kind)
        ids.append(section_id)
    # A section ends where the next section of the same or a higher level starts.
    open_sections: list[Section] = []
    for section in sections:
        while open_sections and open_sections[-1].level >= section.level:
            open_sections.pop().end = section.start
        open_sections.append(section)
    return sections


_DOTTED = {"arabic2": "arabic1", "arabic3": "arabic2", "arabic4": "arabic3"}  # a dotted number's parent's kind
_ATTACHED_PARTS = frozenset(("roman", "upper"))  # the parts a plan or programme attached to a decision opens with


def _unwritten_parents(kind: str, marker: str, kinds: list[str]) -> str:
    """For a dotted number whose parents are not open (`1.1.` right under `II.`; `2.5.1` under `A.`, a Word list's
    numbering lost in conversion): the parents' numbers as written, which its id keeps (`II.1.1`, as the keys path
    a marker `1.1.` under `II`; `A.2.5.1`), so that it neither takes a number of its own (`II.1`) nor collides
    with the next parent's child (`2.1.` → `II.1_2`). Empty when its parent is open."""
    depth = int(kind[-1])
    open_depth = int(kinds[-1][-1]) if kinds and kinds[-1].startswith("arabic") else 0
    parts = marker.strip(" .)/-–").split(".")
    if open_depth >= depth - 1 or len(parts) != depth:
        return ""
    return ".".join(parts[open_depth:depth - 1]) + "."


def _unique(section_id: str, seen: dict[str, int]) -> str:
    if section_id in seen:
        seen[section_id] += 1
        return f"{section_id}_{seen[section_id]}"
    seen[section_id] = 1
    return section_id


def section_at(sections: list[Section], offset: int) -> str:
    """The innermost section whose heading starts at or before `offset` ("" in the preamble)."""
    return section_finder(sections)(offset)


def section_finder(sections: list[Section]):
    """`section_at` for many offsets: sections come in document order, so a bisection over their
    starts answers each offset in log time (a scan per row made large files quadratic)."""
    starts = [s.start for s in sections]
    if any(b < a for a, b in zip(starts, starts[1:])):  # not in order: keep the first run in order
        cut = next(i + 1 for i, (a, b) in enumerate(zip(starts, starts[1:])) if b < a)
        starts = starts[:cut]
    ids = [s.section_id for s in sections[:len(starts)]]

    def find(offset: int) -> str:
        i = bisect.bisect_right(starts, offset)
        return ids[i - 1] if i else ""
    return find
