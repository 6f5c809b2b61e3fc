"""Checks on the data in models/legal_registry.tsv (the registry of laws and their versions).

Plain pytest and the standard library only; no network. The shared texts the registry cites
(`shared:<path>:<line>` sources) are read from the `shared/` folder beside the repository.
"""
import csv
import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).parents[1]
SHARED = Path(__file__).parents[1].parent / "shared"
REGISTRY = REPO / "models" / "legal_registry.tsv"

COLUMNS = ["doc_type", "name", "short_forms", "number_symbol", "adopted", "effective",
           "replaced_by", "amended_by", "source"]
DOC_TYPES = {"Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Nghị quyết"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Old and new tone placement are both correct ("Uỷ ban" / "Ủy ban"): compare in one form.
_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
          "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
          "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}


def canon(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", text).split()).casefold()
    for old, new in _TONES.items():
        text = text.replace(old, new)
    return text


def compact(text: str) -> str:
    return canon(text).replace(" ", "")


def load_rows():
    with REGISTRY.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f.read().split("\n") if line and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = [dict(zip(header, rec, strict=True)) | {"_line": n} for n, rec in enumerate(reader, 2)]
    return header, rows


HEADER, ROWS = load_rows()
BY_NUMBER = {r["number_symbol"]: r for r in ROWS if r["number_symbol"]}


def row_id(row):
    return f"{row['name']} {row['number_symbol'] or row['adopted']}"


def split(field):
    return [x.strip() for x in field.split(";") if x.strip()]


def parse_date(value):
    return dt.date.fromisoformat(value) if value else None


def test_file_is_nfc_utf8_with_the_contract_columns():
    raw = REGISTRY.read_text(encoding="utf-8")
    assert raw == unicodedata.normalize("NFC", raw)
    assert HEADER == COLUMNS
    for row in ROWS:
        assert None not in row.values()
        assert row["doc_type"] in DOC_TYPES, row_id(row)
        assert row["name"] and row["name"] == row["name"].strip(), row_id(row)
        if row["doc_type"] != "Nghị quyết":  # a resolution's title may end in the year of what it amends
            assert not re.search(r"\bnăm (19|20)\d\d$", row["name"]), f"name carries a year: {row_id(row)}"


def test_every_row_has_a_source_and_each_source_is_a_url_or_a_shared_line():
    for row in ROWS:
        sources = split(row["source"])
        assert sources, f"row without source: {row_id(row)}"
        for src in sources:
            assert src.startswith(("http://", "https://", "shared:")), f"{row_id(row)}: {src}"


_shared_cache = {}


def shared_line(path, number):
    if path not in _shared_cache:
        target = (SHARED / path).resolve()
        assert SHARED.resolve() in target.parents, path
        _shared_cache[path] = target.read_text(encoding="utf-8", errors="replace").split("\n")
    lines = _shared_cache[path]
    assert 1 <= number <= len(lines), f"{path} has no line {number}"
    return lines[number - 1]


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared texts not present beside the repository")
def test_shared_sources_point_at_lines_naming_the_law():
    checked = 0
    for row in ROWS:
        needles = [row["number_symbol"], row["name"], *split(row["short_forms"])]
        needles = [n for n in needles if n]
        for src in split(row["source"]):
            if not src.startswith("shared:"):
                continue
            _, path, line_no = src.split(":")
            text = shared_line(path, int(line_no))
            hay, hay_c = canon(text), compact(text)
            assert any(canon(n) in hay or compact(n) in hay_c for n in needles), \
                f"{row_id(row)}: {src} does not name the law: {text[:200]!r}"
            checked += 1
    assert checked > 0


def test_dates_are_iso_and_effect_does_not_precede_adoption():
    for row in ROWS:
        for col in ("adopted", "effective"):
            if row[col]:
                assert ISO.match(row[col]), f"{row_id(row)} {col}={row[col]!r}"
                parse_date(row[col])
        adopted, effective = parse_date(row["adopted"]), parse_date(row["effective"])
        if adopted and effective:
            assert effective >= adopted, row_id(row)


def test_links_point_at_rows_of_the_registry():
    for row in ROWS:
        for col in ("replaced_by", "amended_by"):
            for target in split(row[col]):
                assert target in BY_NUMBER, f"{row_id(row)} {col} -> {target} is not a row"
                assert target != row["number_symbol"], row_id(row)
        successor = BY_NUMBER.get(row["replaced_by"])
        if successor and successor["adopted"] and row["adopted"]:
            assert successor["adopted"] >= row["adopted"], f"{row_id(row)} replaced by an older law"
        for amender in (BY_NUMBER[n] for n in split(row["amended_by"])):
            if amender["adopted"] and row["adopted"]:
                assert amender["adopted"] >= row["adopted"], f"{row_id(row)} amended before it was adopted"


def test_no_two_rows_share_a_key():
    numbers = Counter(r["number_symbol"] for r in ROWS if r["number_symbol"])
    assert not [n for n, c in numbers.items() if c > 1]
    # Rows without a number (the constitutions, 1990s laws written without one) are told apart by
    # name and adoption date, which must then be known.
    unnumbered = Counter((r["name"], r["adopted"]) for r in ROWS if not r["number_symbol"])
    assert all(adopted for _, adopted in unnumbered), "a row without a number needs its adoption date"
    assert not [k for k, c in unnumbered.items() if c > 1]


def test_versions_of_one_name_are_distinct_in_time():
    versions = defaultdict(list)
    for row in ROWS:
        versions[(row["doc_type"], row["name"])].append(row)
    for (_, name), rows in versions.items():
        dates = [r["adopted"] for r in rows if r["adopted"]]
        assert len(dates) == len(set(dates)), f"two versions of {name} adopted the same day"


# Legislature of the National Assembly (and of its Standing Committee) by calendar years it sat in;
# a term's first and last years are shared with the neighbouring term.
_TERMS = {10: (1997, 2002), 11: (2002, 2007), 12: (2007, 2011), 13: (2011, 2016), 14: (2016, 2021),
          15: (2021, 2026)}
_NUMBER = re.compile(r"^\d{1,3}(/(?P<year>\d{4})/(QH|PL-UBTVQH|UBTVQH)(?P<term>\d{1,2})|-L/CTN)$")


def test_number_symbols_are_well_formed_and_agree_with_the_adoption_year():
    for row in ROWS:
        number = row["number_symbol"]
        if not number:
            continue
        m = _NUMBER.match(number)
        assert m, f"{row_id(row)}: malformed number {number!r}"
        if m["year"]:
            year, term = int(m["year"]), int(m["term"])
            if row["adopted"]:
                assert row["adopted"][:4] == m["year"], f"{row_id(row)}: number year vs adopted {row['adopted']}"
            first, last = _TERMS.get(term, (0, 0))
            assert first <= year <= last, f"{row_id(row)}: year {year} outside legislature {term}"


def test_short_forms_are_shared_by_all_versions_and_name_one_law_only():
    forms_by_name = defaultdict(set)
    names_by_form = defaultdict(set)
    for row in ROWS:
        forms = frozenset(canon(f) for f in split(row["short_forms"]))
        forms_by_name[(row["doc_type"], row["name"])].add(forms)
        for form in forms:
            names_by_form[form].add(canon(row["name"]))
    for name, variants in forms_by_name.items():
        assert len(variants) == 1, f"versions of {name[1]} list different short forms: {variants}"
    all_names = {canon(r["name"]) for r in ROWS}
    for form, names in names_by_form.items():
        assert len(names) == 1, f"short form {form!r} is ambiguous: {names}"
        assert form not in all_names - names, f"short form {form!r} is the name of another law"


def test_a_successor_does_not_take_effect_before_what_it_replaces():
    for row in ROWS:
        successor = BY_NUMBER.get(row["replaced_by"])
        if successor and successor["effective"] and row["effective"]:
            assert successor["effective"] >= row["effective"], f"{row_id(row)} replaced before it took effect"


def test_size_and_number_of_names_with_several_versions():
    assert len(ROWS) >= 260
    versions = Counter((r["doc_type"], r["name"]) for r in ROWS)
    multi = [name for name, count in versions.items() if count > 1]
    assert len(multi) >= 40, multi
