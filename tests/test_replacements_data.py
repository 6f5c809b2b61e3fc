"""Checks on the data in models/replacements.tsv (replaced decrees, circulars, decisions and
resolutions): the format, and that every fact is sourced — a URL, or a line of the shared texts that
names the document. Plain pytest and the standard library plus the project's symbol reader; no network."""
import csv
import datetime as dt
import re
import unicodedata
from collections import Counter
from pathlib import Path

from pipeline.citations.replaced_registry import COLUMNS, REPLACEMENTS_PATH, read_rows, successors
from pipeline.citations.symbols import type_from_symbol
from pipeline.lexicon import load

SHARED = Path(__file__).parents[1].parent / "shared"
# `NN/YYYY/CODE[-CODE…]`: the documents with a year in their number (a yearless one is ambiguous).
NUMBER = re.compile(r"^(\d{1,4})/((?:19|20)\d{2})/[A-ZĐ][A-Za-zĐđ0-9&-]*$")
ROWS = read_rows()


def _shared_line(source: str) -> str:
    path, line = source.removeprefix("shared:").rsplit(":", 1)
    lines = (SHARED / path).read_text(encoding="utf-8").splitlines()
    assert 1 <= int(line) <= len(lines), source
    return unicodedata.normalize("NFC", lines[int(line) - 1])


def test_file_is_nfc_utf8_with_its_columns():
    raw = REPLACEMENTS_PATH.read_text(encoding="utf-8")
    assert raw == unicodedata.normalize("NFC", raw)
    lines = [line for line in raw.splitlines() if line and not line.startswith("#")]
    assert tuple(lines[0].split("\t")) == COLUMNS
    for record in csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE):
        assert len(record) == len(COLUMNS) and all(cell == cell.strip() and cell for cell in record), record


def test_numbers_types_and_dates_are_well_formed():
    types = set(load().type_by_word.values())
    for row in ROWS:
        for number, doc_type in ((row.number_symbol, row.doc_type), (row.replaced_by, row.replaced_by_type)):
            assert NUMBER.match(number), number
            assert doc_type in types, doc_type
            # where the code says the type (`NĐ-CP`, `TT-BGDĐT`), the row agrees with it
            assert type_from_symbol(number) in ("", doc_type), (number, doc_type)
        start = dt.date.fromisoformat(row.replaced_from)
        # the successor is not older than what it replaces, and takes effect in or after its own year
        assert int(NUMBER.match(row.number_symbol).group(2)) <= int(NUMBER.match(row.replaced_by).group(2)) <= start.year
        assert row.number_symbol != row.replaced_by


def test_one_row_per_replaced_document_and_no_chain_loops():
    counts = Counter(r.number_symbol for r in ROWS)
    assert not [n for n, c in counts.items() if c > 1]
    following = {r.number_symbol: r.replaced_by for r in ROWS}
    for start in following:
        seen, at = {start}, following[start]
        while at in following:
            assert at not in seen, f"loop through {at}"
            seen.add(at)
            at = following[at]


def test_every_fact_has_a_source_that_names_the_documents():
    """A URL (a page read that states the replacement), or shared lines: together they name the replaced
    document and the replacing one, and one of them says so (`thay thế` / `hết hiệu lực`)."""
    for row in ROWS:
        sources = [s.strip() for s in row.source.split(";") if s.strip()]
        assert sources, row.number_symbol
        assert all(s.startswith(("https://", "http://", "shared:")) for s in sources), row.number_symbol
        shared = [_shared_line(s) for s in sources if s.startswith("shared:")]
        if not shared:
            continue
        text = " ".join(shared)
        assert row.number_symbol in text and row.replaced_by in text, row.number_symbol
        assert re.search(r"thay thế|hết hiệu lực", text), row.number_symbol
        day = dt.date.fromisoformat(row.replaced_from)
        assert re.search(rf"\b0?{day.day} tháng 0?{day.month} năm {day.year}|\b0?{day.day}/0?{day.month}/{day.year}",
                         text), row.number_symbol


def test_the_registry_keys_are_the_index_keys():
    found = successors()
    assert len(found) == len(ROWS) >= 20
    assert found["Thông tư 36/2017/TT-BGDĐT"] == ("Thông tư 09/2024/TT-BGDĐT", "2024-07-19")
    assert found["Nghị định 43/2006/NĐ-CP"] == ("Nghị định 16/2015/NĐ-CP", "2015-04-06")
