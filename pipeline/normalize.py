"""Normalize: one canonical text per file, the one every offset indexes.

NFC; line ends unified; invisible characters removed; markdown residue neutralized (emphasis `**` deleted;
`####`, table pipes and link brackets blanked out with spaces or line breaks); symbols broken by a
line break after their hyphen (`NĐ-` ⏎⏎ `CP`) re-joined; syllables a PDF extraction spaced apart
(`B Ộ LAO ĐỘNG`, `Qu ả ng Ngãi`) re-joined. OCR output gets its own repairs first (pipeline/ocr_repair.py).

One pass per rule, and a rule whose trigger (a character, a short string) is absent costs only one
scan for it; the expensive patterns run on the lines or places the trigger points at.

`normalize_text` also says what the rules did to the line breaks (pipeline/source_lines.py): each rule
that moves text hands its edits to a `LineTracker`, so a row's `line` is the line of the reader's text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .ocr_repair import repair_ocr
from .running_lines import running_line_edits
from .source_lines import Edit, LineMap, LineTracker, edited

_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_NBSP_CHARS = "\u00a0\u2007\u202f"
_INVISIBLE = regex.compile(f"[{_INVISIBLE_CHARS}]")
_NBSP = regex.compile(f"[{_NBSP_CHARS}]")
# The Icelandic eth (`Ð` U+00D0, `ð`) for Vietnamese `Đ`/`đ` (U+0110, U+0111): what legacy-font
# conversions and some fonts' keyboards type (`102/2017/NÐ-CP`, `ÐOÀN`); they look alike, compare unequal.
_ETH = str.maketrans("Ðð", "Đđ")
_CR_BEFORE_LF = re.compile("\r(?=\n)")
# Emphasis marks are deleted, but a bullet `* ` at a line start is kept: `“*Dân vận khéo*”` must
# read `“Dân vận khéo”`, not with stray spaces. A run at a line start (with its indent) is one match
# so that no look-behind has to scan back over the indent.
_EMPHASIS = regex.compile(r"^(?P<lead>[ \t]*\*+)(?P<blank>(?=[ \t]))?|\*+|(?<!\w)_{2,}|_{2,}(?!\w)", regex.M)
# Its matches hold a `*` or a `_` and never a line break, and what it looks at around them (a line start,
# a word character or not) reads the same on the line alone: it runs only on the lines with one.
_EMPHASIS_MARK = re.compile(r"[*_]")
_HEADING_HASHES = regex.compile(r"[ \t]*#{1,6}(?=[ \t])")
_TABLE_SEPARATOR = regex.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")
_TABLE_ROW = regex.compile(r"[ \t]*\|.*\|[ \t]*")
_LINK = regex.compile(r"\[([^\]\n]{1,400})\]\(([^)\s]{0,200})\)")
# A symbol cut after its hyphen at a line end: `59/2023/NĐ-` ⏎ (blank lines) `CP`. Found from the
# hyphen: the symbol is matched backwards from it, the break forwards.
_HYPHEN_AT_LINE_END = re.compile(r"-[ \t]*\n")
_SYMBOL_BEFORE_HYPHEN = regex.compile(
    r"(?r)\d+(?:/\d{4})?[/-][\p{Lu}Đ][\p{L}&]{0,12}(?:-[\p{Lu}Đ][\p{L}&\d]{0,12})*-")
_SYMBOL_BREAK = regex.compile(r"[ \t]*\n\s*(?=[\p{Lu}Đ][\p{Lu}Đ&]*[\p{Ll}]?[\p{Lu}Đ\d]*\b)")
# `Điều` / `Chương` left alone at a line end, its number on the next line: one heading again.
_ARTICLE_AT_LINE_END = regex.compile(r"\n(?<=(?:Điều|Chương|Mục|Phần)[ \t]*\n)")
# (a roman numeral may also stand alone: `**Chương` ⏎ `I**` in hard-wrapped Markdown)
_BROKEN_ARTICLE = regex.compile(r"(?m)^([ \t]*(?:Điều|Chương|Mục|Phần))[ \t]*\n"
                                r"(?=[ \t]*(?:(?:\d+[a-z]?|[IVXL]+)\s*[.:]|[IVXL]+[ \t]*$))")
# Letters a PDF extraction spaced apart inside syllables (`ỦY B AN NHÂN D Â N`, `Qu ả ng Ngãi`,
# `trung ươ n g`): such a text always holds pieces of consonants alone (`B`, `ng`, `n`), the cheap trigger.
_CONSONANTS = "bcdđfghjklmnpqrstvwxzBCDĐFGHJKLMNPQRSTVWXZ"  # with the foreign letters of names
# A piece of consonants between two blanks: a literal first character, so the engine skips to each blank
# (a symbol's `NĐ-CP`, `QĐ-UBND` hold no such piece).
_CONSONANT_PIECE = re.compile(f" [{_CONSONANTS}]{{1,3}} ")
# Words of letters alone, one space apart, touching no digit, symbol or abbreviation's dot before them
# or after them (`Q. CHÁNH`, `16/CT-TTg`, `T.78`, `a) Đ` are no pieces of a syllable).
_LETTER_RUN = regex.compile(r"(?<![\w/&.\-])[^\W\d_]+(?: [^\W\d_]+)+(?![\w/&\-]|\.\w)")
_PIECE = regex.compile(r"[^\W\d_]+")
# A word of a text layer drawn through a legacy font's map (`h9c`, `d?y`, `So'`): its `D an` are no
# spaced letters; a line with one is left as read.
_LEGACY_FONT_WORD = regex.compile(r"\p{Ll}[\d?']\p{Ll}")
_MAX_LETTERS = 7  # `nghiêng`, the longest syllable
_MAX_PIECES = 6  # `n g h i ê ng`
_RUN_REACH = 40  # characters before a piece of consonants that its run is looked at


def _blank(match: regex.Match) -> str:
    return " " * len(match.group(0))


def _table_row(match: regex.Match) -> str:
    # Cells become lines so header cells (issuer | motto, number | date) stay apart.
    return match.group(0).replace("|", "\n")


def _link(match: regex.Match) -> str:
    return " " + match.group(1) + " " * (len(match.group(0)) - len(match.group(1)) - 1)


def _emphasis(match: regex.Match) -> str:
    lead = match.group("lead")
    if lead is None:
        return ""
    # `* item` (one star, then a blank) is a bullet: kept with its indent; anything else goes.
    if match.group("blank") is not None and lead.lstrip(" \t") == "*":
        return lead
    return ""


def _lines_with(text: str, needle: str | re.Pattern) -> Iterator[tuple[int, int]]:
    """(start, end) of each line that contains `needle` (a string, or a match of a pattern), in order."""
    def find(pos: int) -> int:
        if isinstance(needle, str):
            return text.find(needle, pos)
        found = needle.search(text, pos)
        return found.start() if found else -1

    at = find(0)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        yield start, end
        at = find(end)


def _changed_lines(text: str, needle: str | re.Pattern, rewrite: Callable[[str], str]) -> list[Edit]:
    """`rewrite` applied to the lines that contain `needle` (the other lines are not looked at): the
    lines it changed, as edits."""
    edits: list[Edit] = []
    for start, end in _lines_with(text, needle):
        line = text[start:end]
        new = rewrite(line)
        if new != line:
            edits.append((start, end, new))
    return edits


def _whole_line(pattern: regex.Pattern, replace: Callable[[regex.Match], str]) -> Callable[[str], str]:
    def rewrite(line: str) -> str:
        match = pattern.fullmatch(line)
        return replace(match) if match else line
    return rewrite


def _line_start(pattern: regex.Pattern, replace: Callable[[regex.Match], str]) -> Callable[[str], str]:
    def rewrite(line: str) -> str:
        match = pattern.match(line)
        return replace(match) + line[match.end():] if match else line
    return rewrite


def _broken_symbol_joins(text: str) -> list[Edit]:
    """The line breaks (and blank lines) that cut a symbol after its hyphen, as deletions."""
    edits: list[Edit] = []
    for hyphen in _HYPHEN_AT_LINE_END.finditer(text):
        after = hyphen.start() + 1
        if edits and after < edits[-1][1] or not _SYMBOL_BEFORE_HYPHEN.match(text, 0, after):
            continue
        cut = _SYMBOL_BREAK.match(text, after)
        if cut:
            edits.append((after, cut.end(), ""))
    return edits


def _crawler_title_prefixes(text: str) -> list[Edit]:
    """A legal portal's page title the crawler wrote before each anchored part (thuvienphapluat pages
    saved as text: `Quyết định 2135/QĐ-TCHQ năm 2015. Mục 1. …` (wild src_tvplcrawl_42), `Nghị định
    102/2017/NĐ-CP. Mục 1. …`): the title is the first line up to its first `. `, and where it opens
    two or more later lines followed by `. `, it is taken out of them so the part starts its line."""
    first_end = text.find("\n")
    if first_end < 0:
        return []
    cut = text.find(". ", 0, first_end)
    title = text[:cut] if cut > 0 else text[:first_end].rstrip(" .")
    if len(title) < 12 or not title[:1].isupper():
        return []
    prefix = "\n" + title + ". "
    if text.count(prefix, first_end) < 2:
        return []
    edits: list[Edit] = []
    at = text.find(prefix, first_end)
    while at >= 0:
        edits.append((at + 1, at + len(prefix), ""))
        at = text.find(prefix, at + len(prefix) - 1)
    return edits


# A digital signature's visible stamp, printed into the page by the signing software (Nghị định
# 30/2020/NĐ-CP, Phụ lục I: the signing body and the time of signing, to the second, with the time
# zone): `Ký bởi: …` then `Email:`, `Cơ quan:`, `Ngày ký:` lines, or the time alone beside the
# header (`Thời gian ký: 19/10/2023 10:56:22 +07:00`). It is no text of the document: it is blanked.
_SIGNED_BY = regex.compile(r"(?m)^[ \t]*Ký bởi[ \t]*:.*$")
_STAMP_FIELD = regex.compile(r"[ \t]*(?:Email|E-mail|Cơ quan|Tổ chức|Chức vụ|Ngày ký|Thời gian ký|Ngày giờ ký)[ \t]*:.*")
_SIGNING_TIME = regex.compile(r"(?:Thời gian ký|Ngày ký|Ngày giờ ký)[ \t]*:[ \t]*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
                              r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[+-]\d{2}:?\d{2})?")


def _signature_stamps(text: str) -> list[Edit]:
    """The stamp's lines and signing times, as blanks of the same length (nothing moves)."""
    spans: list[tuple[int, int]] = []
    for signed in _SIGNED_BY.finditer(text):
        spans.append(signed.span())
        at = signed.end() + 1
        for _ in range(4):  # the stamp's field lines right under it
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            if not _STAMP_FIELD.fullmatch(text, at, line_end):
                break
            spans.append((at, line_end))
            at = line_end + 1
    if "ký" in text:
        spans.extend(m.span() for m in _SIGNING_TIME.finditer(text))
    return [(start, end, " " * (end - start)) for start, end in sorted(set(spans))]


def _joinable(pieces: Sequence[str], syllables: frozenset[str]) -> bool:
    """The pieces make one syllable, in one case after the first letter (`T hủ`, `D Â N`; not `B An`).
    (Pieces that are syllables each are never joined: `Ủy ban`, `mà y`.)"""
    rest = pieces[1:]
    if not (all(p.islower() for p in rest) or pieces[0].isupper() and all(p.isupper() for p in rest)):
        return False
    return "".join(pieces).lower() in syllables


def _syllable_joins(run: str, syllables: frozenset[str]) -> list[int]:
    """Offsets in `run` of the blanks to delete: the cheapest cut of its pieces into syllables, a
    piece that is no syllable (an acronym, a lone consonant) costing three. A joined syllable without
    an onset costs a little more, so that `C H Í M I NH` reads `CHÍ MINH`, not `CHÍM INH`."""
    pieces = [(m.start(), m.group(0)) for m in _PIECE.finditer(run)]
    words = [w for _, w in pieces]
    known = [w.lower() in syllables for w in words]
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * len(pieces)  # (cost, cut before)
    for j in range(1, len(pieces) + 1):
        best[j] = (best[j - 1][0] + (1 if known[j - 1] else 3), j - 1)
        letters, all_known = len(words[j - 1]), known[j - 1]
        for i in range(j - 2, max(-1, j - 1 - _MAX_PIECES), -1):
            letters += len(words[i])
            all_known = all_known and known[i]
            if letters > _MAX_LETTERS:
                break
            if not all_known and best[i][0] + 1 < best[j][0] and _joinable(words[i:j], syllables):
                onsetless = words[i][0].lower() not in _CONSONANTS
                cost = best[i][0] + 1 + 0.1 * onsetless
                if cost < best[j][0]:
                    best[j] = (cost, i)
    cuts: list[tuple[int, int]] = []
    j = len(pieces)
    while j:
        cuts.append((best[j][1], j))
        j = best[j][1]
    cuts.reverse()

    def lone_letter(k: int) -> bool:  # a piece of one consonant left alone (an acronym's spelled letter)
        return 0 <= k < len(cuts) and cuts[k][1] - cuts[k][0] == 1 and len(words[cuts[k][0]]) == 1 \
            and words[cuts[k][0]].lower() not in syllables

    def spelled(i: int, j: int) -> bool:  # capital letters one by one
        return all(len(w) == 1 and w.isupper() for w in words[i:j])

    # Capitals one by one beside another lone one spell an acronym or name letters (`T T U B`,
    # `Giấy X Y Z`): no `T TU B`, no `XY Z`.
    return [pieces[k][0] - 1 for n, (i, j) in enumerate(cuts)
            if j - i > 1 and not (spelled(i, j) and (lone_letter(n - 1) or lone_letter(n + 1)))
            for k in range(i + 1, j)]


def _reads_as_vietnamese(run: str, syllables: frozenset[str]) -> bool:
    """Once joined, the run's words in lower case are syllables, but for a few: a text layer drawn in a
    legacy font's map (`TriM khai hiu qua D an d?y ngoi ngQ`) is no spaced text to join."""
    words = [w for w in _PIECE.findall(run) if not w.isupper()]
    unknown = sum(w.lower() not in syllables for w in words)
    return unknown < 2 or unknown <= 0.2 * len(words)


def _beside_a_piece(text: str, piece: re.Match, syllables: frozenset[str]) -> bool:
    """A piece of consonants beside a piece of a syllable — a vowel or two alone (`ả`, `ươ`), letters
    that are no syllable but hold a vowel (`uyễn`), or a rhyme it makes a syllable with (`B AN`, `T hủ`):
    what spaced letters look like, and no `điểm b khoản`, `loại B có`, `BCĐ TW` of typed text."""
    consonants = piece.group(0).strip()
    before = text[max(0, piece.start() - 8):piece.start()].rsplit(" ", 1)[-1]
    after = text[piece.end():piece.end() + 8].split(" ", 1)[0]
    for neighbour, joined in ((before, before + consonants), (after, consonants + after)):
        if not neighbour.isalpha():
            continue
        vowels = neighbour.strip(_CONSONANTS)
        if vowels == neighbour and len(neighbour) <= 2 or vowels and neighbour.lower() not in syllables \
                or joined.lower() in syllables:
            return True
    return False


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _run_around(text: str, at: int, floor: int) -> regex.Match | None:
    """The run of letter words, one blank apart, that holds offset `at` (a letter), opened at most a few
    words before it (a sentence's earlier words have no say on its syllables) and from `floor` on.
    (The run's pattern opens it at a word's start.)"""
    start, least = at, max(floor, at - _RUN_REACH, 1)
    while start > least and (text[start - 1].isalpha() or text[start - 1] == " " and text[start - 2].isalpha()):
        start -= 1
    start = 0 if start == 1 and text[0].isalpha() else start
    run = _LETTER_RUN.search(text, start, _line_end(text, at))
    return run if run and run.start() <= at < run.end() else None


def _spaced_syllable_letters(text: str) -> list[Edit]:
    """The blanks inside syllables a PDF extraction spaced apart, as deletions: one edit a blank, so that
    a join of two source lines between the pieces keeps its place among the letters. Looked for in the
    runs of words with a piece of consonants alone beside another piece; a join must make a syllable of
    underthesea's Viet74K (its single words and the syllables of its two-syllable words), and the run,
    joined, must read as Vietnamese."""
    syllables: frozenset[str] = frozenset()
    edits: list[Edit] = []
    done = 0  # the end of the last run looked at
    for found in _CONSONANT_PIECE.finditer(text):
        if found.start() < done:
            continue
        syllables = syllables or _syllables()
        run = _run_around(text, found.start() + 1, done) if _beside_a_piece(text, found, syllables) else None
        if run is None:
            continue
        done = run.end()
        joins = _syllable_joins(run.group(0), syllables)
        line = text[text.rfind("\n", 0, run.start()) + 1:_line_end(text, run.end())]
        joined = edited(run.group(0), [(k, k + 1, "") for k in joins])
        if joins and not _LEGACY_FONT_WORD.search(line) and _reads_as_vietnamese(joined, syllables):
            edits += [(run.start() + k, run.start() + k + 1, "") for k in joins]
    return edits


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Viet74K's syllables (pipeline/ocr_tones.py reads it; loaded once for both uses), without the
    letters' names it also lists (`b`, `đ`): a syllable holds a vowel."""
    from .ocr_tones import _compounds

    compounds, _, singles = _compounds()
    found = singles | {part for word in compounds for part in word.split(" ")}
    return frozenset(word for word in found if word.strip(_CONSONANTS))


@dataclass(frozen=True, slots=True)
class NormalizedText:
    text: str
    lines: LineTracker  # where its line breaks differ from the reader's text (see source_lines.py)

    def line_map(self) -> LineMap:
        return LineMap.build(self.text, self.lines)


def normalize(text: str, ocr_spans: Sequence[tuple[int, int]] = ()) -> str:
    """The canonical text. `ocr_spans`: where `text` holds OCR output (or a garbage text layer);
    those parts get the repairs of OCR's typical errors first, which typed text never gets."""
    return normalize_text(text, ocr_spans).text


def normalize_text(text: str, ocr_spans: Sequence[tuple[int, int]] = ()) -> NormalizedText:
    """`normalize`, with what it did to the line breaks: the canonical text's offsets map back to
    the lines of `text`."""
    lines = LineTracker()
    for start, end in sorted(ocr_spans, reverse=True):
        part = LineTracker()
        repaired = repair_ocr(text[start:end], part)
        lines.splice(start, end, len(repaired), part)
        text = text[:start] + repaired + text[end:]
    text = lines.nfc(text)
    if "\r" in text:
        # `\r\n` and a lone `\r` are each one source line break: only the `\r` of a pair goes.
        text = lines.sub(_CR_BEFORE_LF, "", text) if lines.active else text.replace("\r\n", "\n")
        text = text.replace("\r", "\n")
    if any(ch in text for ch in _INVISIBLE_CHARS):
        text = lines.sub(_INVISIBLE, "", text)
    if any(ch in text for ch in _NBSP_CHARS):
        text = _NBSP.sub(" ", text)
    if "Ð" in text or "ð" in text:
        text = text.translate(_ETH)  # same length
    text = lines.apply(text, running_line_edits(text), breaks=True)  # a page's running header, its number
    # Same length from here to the emphasis marks: nothing moves, only a table row's cells become lines.
    # (`_changed_lines` looks for its trigger itself: without one, its first `find` is the whole cost.)
    text = edited(text, _changed_lines(text, "---", _whole_line(_TABLE_SEPARATOR, _blank)))
    rows = _changed_lines(text, "|", _whole_line(_TABLE_ROW, _table_row))
    if rows:
        text = edited(text, rows)
        lines.add_rows((start, end) for start, end, _ in rows)
    text = edited(text, _changed_lines(text, "#", _line_start(_HEADING_HASHES, _blank)))
    # A character is looked for many times faster than a pair of them: `_` and `[` first.
    if "*" in text or ("_" in text and "__" in text):
        text = lines.apply(text, _changed_lines(text, _EMPHASIS_MARK, lambda line: _EMPHASIS.sub(_emphasis, line)))
    if "[" in text and "](" in text:
        text = _LINK.sub(_link, text)  # same length
    if "Ký bởi" in text or " ký:" in text:
        text = edited(text, _signature_stamps(text))  # same length
    if "\n" in text:
        text = lines.apply(text, _crawler_title_prefixes(text))
        text = lines.apply(text, _broken_symbol_joins(text), breaks=True)
        if _ARTICLE_AT_LINE_END.search(text):
            text = lines.sub(_BROKEN_ARTICLE, r"\1 ", text, breaks=True)
    text = lines.apply(text, _spaced_syllable_letters(text))
    return NormalizedText(text, lines)
