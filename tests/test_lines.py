"""`line` is the line of the file on disk (of the reader's text for a PDF, a DOCX or a scan), whatever
normalize rewrote across lines: table rows cut into cells, symbols and articles joined over a line
break, CRLF and lone-CR line ends, a scan's printed lines joined by OCR repair."""
from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.api import parse_file
from pipeline.extract import process_file
from pipeline.normalize import normalize_text
from pipeline.readers import read

from .conftest import SHARED, WILD

CORPUS_001 = SHARED / "corpus" / "001_e0aee330aa8355da.txt"  # `59/2023/NĐ-` ⏎ ⏎ `CP`
HEADER_TABLE = WILD / "src_congbot_17.txt"  # a markdown table as its header: its rows become several lines
BROKEN_ARTICLE = WILD / "src_tvplcrawl_59.txt"  # `Điều` ⏎ `82. Trách nhiệm thi hành`
JOINED_SYMBOLS = SHARED / "devset" / "texts" / "fresh_27.txt"
SCAN = SHARED / "devset" / "files" / "fresh_file_09.pdf"  # its text layer is garbage: OCR'd
TEXTS = sorted([*(SHARED / "corpus").glob("*.txt"), *WILD.glob("*.txt"), *(SHARED / "devset" / "texts").glob("*.txt")])

_MARKUP = regex.compile(r"[\s*_#|\[\]()\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_TONES = regex.compile(r"[\u0300-\u036f]")


def _comparable(text: str) -> str:
    """Text without what normalize blanks, deletes or re-spaces: markdown marks, invisible characters,
    blanks (spaced-out header letters are closed up)."""
    return _MARKUP.sub("", unicodedata.normalize("NFC", text))


def _disk_lines(path: Path) -> list[str]:
    """The file as a user's editor shows it (`\\r\\n` and a lone `\\r` end a line too)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return regex.split(r"\r\n|\r|\n", handle.read())


def _starts_on(surface: str, line: str) -> bool:
    """Whether `surface` starts on `line`: its first three words are on it, or the line ends with its
    first words (normalize joined the next line to it: `Điều` ⏎ `82.`, `NĐ-` ⏎ `CP`)."""
    words = [_comparable(word) for word in surface.split("\n")[0].split()[:3]]
    line = _comparable(line)
    return "".join(words) in line or any(line.endswith("".join(words[:k])) for k in range(1, len(words)))


def _articles_cut_after_their_word(tmp_path: Path) -> Path:
    """The decree of BROKEN_ARTICLE with every article heading cut as its last one is (`Điều` ⏎ `82.`)."""
    text = BROKEN_ARTICLE.read_text(encoding="utf-8")
    cut = regex.sub(r"(?m)^Điều (\d+)\.", r"Điều\n\1.", text)
    assert cut.count("\n") > text.count("\n") + 50
    path = tmp_path / BROKEN_ARTICLE.name
    path.write_text(cut, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", [HEADER_TABLE, CORPUS_001, JOINED_SYMBOLS, _articles_cut_after_their_word],
                         ids=lambda p: getattr(p, "stem", "articles_cut"))
def test_every_row_starts_on_its_line_of_the_file(path, tmp_path):
    path = path if isinstance(path, Path) else path(tmp_path)
    result = process_file(str(path))
    assert not result.errors
    lines = _disk_lines(path)
    normalized = normalize_text(read(str(path)).text).text
    # Where each document starts in the file's normalized text.
    starts = {doc.doc_id: normalized.find(result.texts[doc.doc_id]) for doc in result.documents}
    moved = 0
    for kind, rows in (("citation", result.citations), ("deadline", result.deadlines),
                       ("party", result.parties), ("section", result.sections)):
        for row in rows:
            surface = row.marker if kind == "section" else row.surface
            assert 1 <= row.line <= len(lines)
            assert _starts_on(surface, lines[row.line - 1]), \
                f"{kind} {surface!r}: line {row.line} is {lines[row.line - 1][:120]!r}"
            moved += row.line != normalized.count("\n", 0, starts[row.doc_id] + row.start) + 1
    assert moved  # the file does exercise a rewrite across lines: counting normalized lines is wrong there


def test_a_lone_article_heading_is_on_the_line_of_its_word():
    sections = process_file(str(BROKEN_ARTICLE)).sections
    lines = _disk_lines(BROKEN_ARTICLE)
    article = next(s for s in sections if s.marker.rstrip(".") == "Điều 82")
    assert lines[article.line - 1].strip() == "Điều" and lines[article.line].startswith("82.")


@pytest.mark.parametrize("path", [HEADER_TABLE, CORPUS_001], ids=lambda p: p.stem)
@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_crlf_and_lone_cr_files_give_the_lines_of_the_lf_original(path, ending, tmp_path):
    text = path.read_text(encoding="utf-8")
    assert "\r" not in text
    converted = tmp_path / path.name
    converted.write_bytes(text.replace("\n", ending).encode("utf-8"))

    def rows(result):
        return [(type(row).__name__, row.start, row.line)
                for row in (*result.sections, *result.citations, *result.deadlines, *result.parties)]

    original = rows(process_file(str(path)))
    assert original and rows(process_file(str(converted))) == original


def test_every_normalized_line_starts_on_its_source_line():
    """On every shared text: the first word of each line of the normalized text is on the line of
    the file its offset maps to (tables, joins, markdown, spaced letters and all)."""
    rewritten = 0
    for path in TEXTS:
        lines = [_comparable(line) for line in _disk_lines(path)]
        normalized = normalize_text(read(str(path)).text)
        line_map = normalized.line_map()
        rewritten += normalized.lines.active
        offset = 0
        for line in normalized.text.split("\n"):
            words = line.split()
            if words:
                source = line_map.line_of(offset + line.index(words[0]))
                assert _comparable(words[0]) in lines[source - 1], f"{path.name}: {line[:80]!r} → line {source}"
            offset += len(line) + 1
    assert rewritten > 50  # most of these files have a table or a joined line


def _toneless(text: str) -> str:
    return _TONES.sub("", unicodedata.normalize("NFD", _comparable(text).lower()))


def test_a_scans_lines_are_the_lines_of_its_ocr_text(monkeypatch):
    """OCR repair joins a paragraph's printed lines; `line` stays the line of the text the reader
    produced (Tesseract's lines). The repairs change letters too, so words are compared without tones."""
    monkeypatch.setenv("VNPLAN_OCR_CACHE", str(Path(tempfile.gettempdir()) / "vnplan-ocr-cache-tests"))  # test_ocr's
    raw = read(str(SCAN))
    assert raw.ocr_spans
    source = [_toneless(line) for line in raw.text.split("\n")]
    normalized = normalize_text(raw.text, raw.ocr_spans)
    assert len(normalized.lines.joins) > 50
    line_map = normalized.line_map()
    found = naive = total = 0
    offset = 0
    for number, line in enumerate(normalized.text.split("\n"), start=1):
        words = [w for w in line.split() if len(_toneless(w)) >= 3]
        if words:
            total += 1
            word = _toneless(words[0])
            found += word in source[line_map.line_of(offset + line.index(words[0])) - 1]
            naive += word in source[number - 1] if number <= len(source) else 0
        offset += len(line) + 1
    assert found >= 0.95 * total and naive < 0.5 * total


def test_the_python_api_gives_the_lines_of_the_tables():
    documents = parse_file(str(HEADER_TABLE))
    result = process_file(str(HEADER_TABLE))
    assert [c.line for doc in documents for c in doc.citations] == [c.line for c in result.citations]
    assert [s.line for doc in documents for s in doc.sections] == [s.line for s in result.sections]
    assert all(c.line > 1 for doc in documents for c in doc.citations)


# Lines of real documents of every shape normalize rewrites across lines, to be put together in any order.
_PIECES = sorted({line for path in (HEADER_TABLE, CORPUS_001, JOINED_SYMBOLS, SHARED / "corpus" / "002_920707ccab616b09.txt")
                  for line in _disk_lines(path)[:60] if line.strip()})
_CUTS = [
    (r"(\d+(?:/\d{4})?[/-][\p{Lu}Đ]+-)([\p{Lu}Đ])", "\\1\n\n\\2"),  # a symbol cut after its hyphen
    (r"^Điều (\d+)\.", "Điều\n\\1."),  # an article's word alone on its line
    (r"(?<![\p{L}])([BCDĐGHKLMNPQRSTVX])(?=[\p{Lu}]{2})", "\\1 "),  # a header's letters spaced out (`B Ộ`)
    (r"(?<=\p{L}) (?=\p{L})", "\u00a0"),  # a no-break space
    (r"(?<=\p{L})(?=\p{L})", "\u200b"),  # an invisible character
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["\n", "\r\n", "\r", "\n\n"]),
                          st.sets(st.integers(0, len(_CUTS) - 1))), min_size=1, max_size=25))
def test_lines_survive_every_rewrite_in_any_order(pieces):
    text = ""
    for line, ending, cuts in pieces:
        for cut in sorted(cuts):
            line = regex.sub(_CUTS[cut][0], _CUTS[cut][1], line, count=1)
        text += line + ending
    source = [_comparable(line) for line in regex.split(r"\r\n|\r|\n", text)]
    normalized = normalize_text(text)
    line_map = normalized.line_map()
    offset = 0
    for line in normalized.text.split("\n"):
        for word in line.split():
            if _comparable(word):
                number = line_map.line_of(offset + line.index(word))
                word = _comparable(word)  # on its line, or begun at its end when the word was joined over a break
                assert word in source[number - 1] or any(source[number - 1].endswith(word[:k]) for k in range(1, len(word))), \
                    (line, number)
                break
        offset += len(line) + 1
    assert line_map.line_of(len(normalized.text)) == len(source) - (text.endswith(("\n", "\r")) and not normalized.text.endswith("\n"))
