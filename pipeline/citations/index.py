"""The run-level resolve stage: one key per cited document across every input of the run, and the
`citation_index` table (one row per cited document, with its aliases and what replaced it).

Each document's citations arrive keyed within their own text (`citation_key_local`). Across the run:
- a law cited by name is resolved again with everything the run knows: the project's registry, the
  user's rows (`--registry`), and the versions the run's own texts state (`Luật X số N ngày …`);
- a yearless symbol cited without a date (`Chỉ thị 05-CT/TW`) takes the one dated version the run
  has seen that is not later than the citing document; when there is none or several, its key says
  the year is unknown (`… (năm ?)`) instead of merging documents of different years;
- `replaced_by` comes from the texts' `thay thế` statements, else from the registry of laws, else from the
  registry of replaced decrees and circulars (`replaced_registry.py`) — the latter only when the latest of
  the documents citing it is dated on or after the replacement took effect: a plan of 2014 citing a decree
  replaced in 2015 was right then. (The index has one row per cited document, not per citing one; a
  document known only by its year counts from its first day; an undated one does not count.)
All of it is SQL over the `citations` and `documents` tables, plus small Python mappings over
distinct names, so that memory stays bounded at any corpus size.
"""
from __future__ import annotations

import pyarrow as pa
import regex

from ..arrow_columns import column
from ..lexicon import load as load_lexicon
from . import registry as legal_registry
from . import replaced_registry
from .registry import LegalDocument, build
from .resolve import DATES_APART_DAYS, UNKNOWN_YEAR, plausible_year

# The citing document's date, or the end of its year when only the year is known (`ngày … tháng 11
# năm 2025` with the day left blank): the date a law cited by name is resolved at.
_CITING_DATE = "coalesce(nullif(d.issued_date, ''), CASE WHEN d.year IS NULL THEN '' ELSE d.year::VARCHAR || '-12-31' END, '')"
# The earliest the citing document can be dated: a replacement is flagged only when the document was
# surely written after it took effect (a plan of 2024 known only by its year may predate July 2024).
_EARLIEST_CITING_DATE = "coalesce(nullif(d.issued_date, ''), CASE WHEN d.year IS NULL THEN '' ELSE d.year::VARCHAR || '-01-01' END, '')"
# The resolutions a run may revise: name-only mentions that no number in their own text decided.
_REVISABLE = "('name', 'in_force', 'only_version', 'year')"
# A symbol without its year (`16/CT-TTg`, `05-CT/TW`), in DuckDB's regular expressions.
# (and with a code: a number written alone is keyed with its issuer and year, resolve._key_short, never joined by
# its digits to another type's or body's)
_YEARLESS = "NOT regexp_matches(number_symbol, '/(19|20)[0-9][0-9]/') AND regexp_matches(number_symbol, '[^0-9]')"
# A symbol as keys spell it (`SGD&ĐT` is `SGDĐT`: symbols.key_symbol; `GDTRH` is `GDTrH`: `_one_spelling`),
# for joining mentions of one symbol.
_SYMBOL_KEY = "upper(replace(number_symbol, '&', ''))"


def learned_rows(con) -> list[LegalDocument]:
    """Versions the run's own texts state: a law written with its number and date (`Luật Đất đai số
    45/2013/QH13 ngày 29/11/2013`), as registry rows whose source is the citing document."""
    rows = con.execute("""
        SELECT doc_type, name, number_symbol, min(issued_date) AS adopted, min(doc_id) AS source
        FROM citations
        WHERE name <> '' AND number_symbol <> '' AND doc_type IN ('Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp')
        GROUP BY doc_type, name, number_symbol
    """).fetchall()
    return [LegalDocument(doc_type=t, name=n, number_symbol=s, adopted=a or "", source=f"run:{src}")
            for t, n, s, a, src in rows]


def run_registry(con, user_registry: str | None = None):
    """The registries joined: the project's, the user's, and what the run's texts state about
    documents they do not know (a text naming an amending ordinance by the name of the ordinance
    it amends does not make it a version of that ordinance)."""
    base = legal_registry.load(user_registry)
    learned = [row for row in learned_rows(con) if base.row_for_symbol(row.doc_type, row.number_symbol) is None]
    return build([*base.documents, *learned]) if learned else base


def _resolve_names(con, registry) -> None:
    """Name-only mentions: their version again, with the run's registry."""
    combos = con.execute(f"""
        SELECT DISTINCT c.name, c.year, {_CITING_DATE} AS citing_date
        FROM citations c LEFT JOIN documents d USING (doc_id)
        WHERE c.number_symbol = '' AND c.name <> '' AND c.resolution IN {_REVISABLE}
    """).fetchall()
    mapping = []
    for name, year, citing_date in combos:
        version = registry.resolve(name, plausible_year(year, citing_date), citing_date)
        if version is not None:
            mapping.append((name, year, citing_date, version.key))
    if not mapping:
        return
    names, years, dates, keys = (list(c) for c in zip(*mapping))
    con.register("name_keys", pa.table({"name": column(names, pa.string()), "year": column(years, pa.string()),
                                        "citing_date": column(dates, pa.string()), "key": column(keys, pa.string())}))
    con.execute(f"""
        UPDATE citations SET citation_key = k.key
        FROM name_keys k, documents d
        WHERE citations.doc_id = d.doc_id AND citations.number_symbol = '' AND citations.name = k.name
          AND citations.year = k.year AND {_CITING_DATE} = k.citing_date
          AND citations.resolution IN {_REVISABLE}
    """)
    con.unregister("name_keys")


def _acronyms_defined_elsewhere(con) -> None:
    """`Hiệp định CPTPP` written alone in one text, where another defines it (`Hiệp định Đối tác Toàn diện và Tiến bộ
    xuyên Thái Bình Dương (sau đây gọi là Hiệp định CPTPP)`): the name that text spells it out to, and its key, when
    the run's texts spell the form out to one name only. (A form with an acronym: three capitals in a row.)"""
    con.execute("""
        CREATE OR REPLACE TEMP TABLE spelled_out AS
        SELECT written, min(name) AS name, min(citation_key) AS citation_key
        FROM (SELECT DISTINCT regexp_replace(trim(surface), '\\s+', ' ', 'g') AS written, name, citation_key
              FROM citations
              WHERE number_symbol = '' AND resolution = 'name' AND regexp_matches(surface, '[A-Z]{3}'))
        WHERE written <> name
        GROUP BY written HAVING count(DISTINCT citation_key) = 1
    """)
    con.execute("""
        UPDATE citations SET citation_key = s.citation_key, name = s.name
        FROM spelled_out s
        WHERE citations.number_symbol = '' AND citations.resolution = 'name' AND citations.name = s.written
          AND citations.citation_key = citations.name
    """)


def _date_yearless_symbols(con) -> None:
    """Undated mentions of yearless symbols: the one dated version of the run not later than the
    citing document, else a key that says the year is unknown."""
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE dated_symbols AS
        SELECT {_SYMBOL_KEY} AS number_symbol, year, min(citation_key) AS citation_key
        FROM citations
        WHERE number_symbol <> '' AND year <> '' AND {_YEARLESS}
        GROUP BY 1, year
    """)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE undated_keys AS
        WITH undated AS (
            SELECT DISTINCT c.doc_id, {_SYMBOL_KEY.replace("number_symbol", "c.number_symbol")} AS number_symbol,
                   coalesce(nullif(substr(d.issued_date, 1, 4), ''), CAST(d.year AS VARCHAR), '9999') AS citing_year
            FROM citations c LEFT JOIN documents d USING (doc_id)
            WHERE c.number_symbol <> '' AND c.year = '' AND {_YEARLESS.replace("number_symbol", "c.number_symbol")})
        SELECT u.doc_id, u.number_symbol, count(s.year) AS n, min(s.citation_key) AS citation_key
        FROM undated u LEFT JOIN dated_symbols s
          ON s.number_symbol = u.number_symbol AND s.year <= u.citing_year
        GROUP BY u.doc_id, u.number_symbol
    """)
    con.execute(f"""
        UPDATE citations SET citation_key = CASE WHEN k.n = 1 THEN k.citation_key
                                                 ELSE citations.citation_key_local || ' ({UNKNOWN_YEAR})' END
        FROM undated_keys k
        WHERE citations.doc_id = k.doc_id AND {_SYMBOL_KEY.replace("number_symbol", "citations.number_symbol")} = k.number_symbol
          AND citations.year = ''
    """)


# Where an issuer is (`Ủy ban nhân dân tỉnh Hòa Bình` → `tỉnh Hòa Bình`): bodies that share a code
# (`UBND`, `SGDĐT`, `TU` …) are told apart by it. Not the Party's committees named by their level (`Tỉnh ủy Lào Cai`,
# `Tỉnh ủy`, `Huyện uỷ`): `ủy`/`uỷ` after the level word is no place's name (RE2 has no look-ahead: the first two
# letters; `thành phố Uông Bí` is a place).
_PLACE = r"(?i)((?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+(?:[^,;()uUủỦ]|[uU][^ỷỶyY,;()])[^,;()]*)$"


def _separate_issuers(con) -> None:
    """A yearless symbol of a code many bodies share (`42/KH-UBND`, `119-KH/TU`), dated the same
    year, cited with issuers in different places is several documents: each place gets its own key."""
    lex = load_lexicon()
    shared = "|".join(sorted((regex.escape(c) for c in lex.issuer_codes if c.upper() not in lex.national_codes),
                             key=len, reverse=True))
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE placed AS
        SELECT DISTINCT citation_key, lower(regexp_extract(issuer_normalized, '{_PLACE}', 1)) AS place
        FROM citations
        WHERE number_symbol <> '' AND {_YEARLESS} AND issuer_normalized <> ''
          AND regexp_matches(number_symbol, '(^|[-/])({shared})($|[-/])')
    """)
    con.execute(f"""
        UPDATE citations SET citation_key = citation_key || ' — ' || regexp_extract(issuer_normalized, '{_PLACE}', 1)
        WHERE citation_key IN (SELECT citation_key FROM placed WHERE place <> '' GROUP BY citation_key HAVING count(*) > 1)
          AND regexp_extract(issuer_normalized, '{_PLACE}', 1) <> ''
    """)


# A body's own name, the capitalised words that end its issuer (`Trường Mầm non Phượng Hồng`, `trường mầm non thị trấn
# Tiên Điền`, `Trường MN TT Tiên Điền`: `Phượng Hồng`, `Tiên Điền`); a bare kind (`Chi bộ`) has none.
_OWN_NAME = r"(?:^|\s)((?:\p{Lu}\p{Ll}+\s+)*\p{Lu}\p{Ll}+)$"
# The code at the end of a number, the body's (`12/KH-THCS` → `THCS`, `05-KH/CB` → `CB`).
_LAST_CODE = r"[-/]([^-/]+)$"


def _separate_bodies_of_one_code(con) -> None:
    """A yearless number whose code every body of a kind uses (`12/KH-THCS`, `05-KH/CB`; models/shared_codes.txt),
    dated the same year, is a document of the body that wrote it: cited with its issuer, the issuer's own name tells
    it; cited bare in a document numbered with the same code, it is the citing body's own (its earlier plan). A key
    that bodies of more than one name share gets one key each; a mention whose body is not known keeps the key."""
    codes = "|".join(regex.escape(c) for c in sorted(load_lexicon().shared_codes, key=len, reverse=True))
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE owned AS
        SELECT c.rowid AS row_id, c.citation_key,
               CASE WHEN c.issuer_normalized <> '' THEN regexp_extract(c.issuer_normalized, '{_OWN_NAME}', 1)
                    WHEN upper(regexp_extract(coalesce(d.doc_number, ''), '{_LAST_CODE}', 1))
                         = upper(regexp_extract(c.number_symbol, '{_LAST_CODE}', 1))
                    THEN regexp_extract(coalesce(d.issuer, ''), '{_OWN_NAME}', 1) ELSE '' END AS owner
        FROM citations c LEFT JOIN documents d USING (doc_id)
        WHERE c.number_symbol <> '' AND {_YEARLESS.replace("number_symbol", "c.number_symbol")}
          AND regexp_matches(upper(c.number_symbol), '[-/]({codes})$')
    """)
    con.execute("""
        UPDATE citations SET citation_key = citations.citation_key || ' — ' || o.owner
        FROM owned o
        WHERE citations.rowid = o.row_id AND o.owner <> ''
          AND o.citation_key IN (SELECT citation_key FROM owned WHERE owner <> ''
                                 GROUP BY citation_key HAVING count(DISTINCT lower(owner)) > 1)
    """)


# A key without the date a text's own reading added to tell two documents of one yearless number apart (resolve.py
# `_dates_apart`), and a mention's date: its own, else the one its key carries.
_DATED_KEY = "' — ([0-9]{4}-[0-9]{2}-[0-9]{2})$'"
_BASE_KEY = f"regexp_replace(citation_key, {_DATED_KEY}, '')"
_MENTION_DATE = f"coalesce(nullif(issued_date, ''), regexp_extract(citation_key, {_DATED_KEY}, 1))"


def _separate_dates(con) -> None:
    """A yearless symbol (`12/PGDĐT`, `05/KH-UBND`) restarts every year at every body that shares its code: dates of
    one key more than `DATES_APART_DAYS` apart are different documents, each keyed with the first date of its
    group; dates a few days apart are one document's, mistyped (devset NOTES, fresh_35's KH 33: 14/11 and
    17/11/2025). An undated mention takes its text's one group, if it has one."""
    yearless = f"number_symbol <> '' AND {_YEARLESS}"
    # the dates of a key in order, a new group where one is more than DATES_APART_DAYS after the one before
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE date_groups AS
        WITH dates AS (
            SELECT {_BASE_KEY} AS base, {_MENTION_DATE} AS d FROM citations
            WHERE {yearless} AND {_MENTION_DATE} <> '' GROUP BY ALL),
        starts AS (
            SELECT *, CASE WHEN date_diff('day', lag(try_cast(d AS DATE)) OVER w, try_cast(d AS DATE))
                               <= {DATES_APART_DAYS} THEN 0 ELSE 1 END AS opens
            FROM dates WINDOW w AS (PARTITION BY base ORDER BY d)),
        numbered AS (SELECT *, sum(opens) OVER (PARTITION BY base ORDER BY d) AS grp FROM starts)
        SELECT base, d, min(d) OVER (PARTITION BY base, grp) AS first_date, max(grp) OVER (PARTITION BY base) AS groups
        FROM numbered
    """)
    con.execute("DELETE FROM date_groups WHERE groups < 2")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE doc_groups AS
        SELECT c.doc_id, g.base, min(g.first_date) AS first_date
        FROM citations c JOIN date_groups g ON g.base = {_BASE_KEY.replace("citation_key", "c.citation_key")}
          AND g.d = {_MENTION_DATE.replace("issued_date", "c.issued_date").replace("citation_key", "c.citation_key")}
        GROUP BY ALL HAVING count(DISTINCT g.first_date) = 1
    """)
    con.execute(f"""
        UPDATE citations SET citation_key = g.base || ' — ' || g.first_date
        FROM date_groups g
        WHERE {yearless.replace("number_symbol", "citations.number_symbol")}
          AND g.base = {_BASE_KEY.replace("citation_key", "citations.citation_key")}
          AND g.d = {_MENTION_DATE.replace("issued_date", "citations.issued_date").replace("citation_key", "citations.citation_key")}
    """)
    con.execute(f"""
        UPDATE citations SET citation_key = g.base || ' — ' || g.first_date
        FROM doc_groups g
        WHERE {yearless.replace("number_symbol", "citations.number_symbol")} AND citations.doc_id = g.doc_id
          AND citations.citation_key = g.base
    """)


def _one_spelling(con) -> None:
    """Keys that differ only in letter case are one document written two ways (`3899/BGDĐT-GDTrH` and,
    in a heading typed in capitals, `3899/BGDĐT-GDTRH`; `Luật giáo dục`): all take the spelling
    most mentions use (ties: the first in sort order)."""
    con.execute("""
        CREATE OR REPLACE TEMP TABLE key_spellings AS
        SELECT lower(citation_key) AS folded, arg_min(citation_key, (-n, citation_key)) AS spelling
        FROM (SELECT citation_key, count(*) AS n FROM citations GROUP BY citation_key)
        GROUP BY folded HAVING count(*) > 1
    """)
    con.execute("""
        UPDATE citations SET citation_key = k.spelling
        FROM key_spellings k
        WHERE lower(citations.citation_key) = k.folded AND citations.citation_key <> k.spelling
    """)


def _replacements(registry) -> pa.Table:
    """Registry version key → the key of the version that replaced it (stated, or derived: registry.py)."""
    rows: dict[str, str] = {}
    for doc in registry.documents:
        successor, _ = registry.successor(doc)
        if successor is not None:
            rows.setdefault(doc.key, successor.key)
        elif doc.replaced_by:  # a successor the registry has no row for
            rows.setdefault(doc.key, f"{doc.doc_type} {doc.replaced_by}")
    return _two_columns(rows, "citation_key", "replaced_by")


def _replaced_documents() -> pa.Table:
    """Replaced decrees, circulars and decisions: their key → the key of what replaced them, and from when."""
    rows = replaced_registry.successors()
    return pa.table({"citation_key": column(list(rows), pa.string()),
                     "replaced_by": column([s for s, _ in rows.values()], pa.string()),
                     "replaced_from": column([d for _, d in rows.values()], pa.string())})


def _official_names(registry) -> pa.Table:
    return _two_columns({doc.key: doc.name for doc in registry.documents}, "citation_key", "official_name")


def _two_columns(rows: dict[str, str], key: str, value: str) -> pa.Table:
    """An Arrow table for DuckDB to read: no pandas frame in the run's main process."""
    return pa.table({key: column(list(rows), pa.string()), value: column(list(rows.values()), pa.string())})


def derive_citation_index(con, user_registry: str | None = None) -> None:
    """Run-level keys in `citations.citation_key` and the `citation_index` table, over a DuckDB
    connection holding the run's `citations` (with `citation_key_local`) and `documents`."""
    con.execute("UPDATE citations SET citation_key = citation_key_local")
    registry = run_registry(con, user_registry)
    _resolve_names(con, registry)
    _acronyms_defined_elsewhere(con)
    _date_yearless_symbols(con)
    _separate_dates(con)
    _separate_issuers(con)
    _separate_bodies_of_one_code(con)
    _one_spelling(con)
    con.register("registry_successors", _replacements(registry))
    con.register("registry_names", _official_names(registry))
    con.register("replaced_documents", _replaced_documents())
    # Every aggregate below is a plain max/count/string_agg over pre-grouped rows, so DuckDB can
    # run it within its memory limit at any corpus size (DISTINCT aggregates buffer whole groups).
    # The CTEs are MATERIALIZED: inlined into one plan they needed 1.8 GB at 3.7 million citations,
    # materialized one by one they fit in 192 MB (bench/RESULTS.md).
    # "The most complete value": the longest (ties: the greatest), taken as
    # max(zero-padded length || value); the most frequent type and date likewise by count.
    con.execute("DROP TABLE IF EXISTS citation_index")
    con.execute(f"""
        CREATE TABLE citation_index AS
        WITH fields AS MATERIALIZED (
            SELECT citation_key,
                   max(lpad(length(number_symbol)::VARCHAR, 6, '0') || number_symbol) AS number_symbol,
                   max(lpad(length(name)::VARCHAR, 6, '0') || name) AS name,
                   max(lpad(length(issuer)::VARCHAR, 6, '0') || issuer) AS issuer,
                   max(lpad(length(issuer_normalized)::VARCHAR, 6, '0') || issuer_normalized) AS issuer_normalized,
                   max(lpad(length(subject)::VARCHAR, 6, '0') || subject) AS subject,
                   max(replaced_by) AS replaced_in_text,
                   count(*) AS n_mentions
            FROM citations GROUP BY citation_key),
        typed AS MATERIALIZED (
            SELECT citation_key, max(lpad(n::VARCHAR, 12, '0') || doc_type) AS doc_type
            FROM (SELECT citation_key, doc_type, count(*) AS n FROM citations GROUP BY ALL) GROUP BY citation_key),
        dated AS MATERIALIZED (
            SELECT citation_key, max(lpad(n::VARCHAR, 12, '0') || issued_date) AS issued_date
            FROM (SELECT citation_key, issued_date, count(*) AS n FROM citations WHERE issued_date <> ''
                  GROUP BY ALL) GROUP BY citation_key),
        written AS MATERIALIZED (
            SELECT citation_key, string_agg(surface, ';' ORDER BY n DESC, surface) AS aliases
            FROM (SELECT citation_key, regexp_replace(trim(surface), '\\s+', ' ', 'g') AS surface, count(*) AS n
                  FROM citations GROUP BY ALL)
            GROUP BY citation_key),
        citing AS MATERIALIZED (
            SELECT citation_key, count(*) AS n_citing_docs, string_agg(doc_id, ';' ORDER BY doc_id) AS citing_doc_ids
            FROM (SELECT DISTINCT citation_key, doc_id FROM citations) GROUP BY citation_key),
        latest AS MATERIALIZED (
            SELECT k.citation_key, max({_EARLIEST_CITING_DATE}) AS latest_citing
            FROM (SELECT DISTINCT citation_key, doc_id FROM citations) k LEFT JOIN documents d USING (doc_id)
            GROUP BY k.citation_key)
        SELECT f.citation_key, substr(t.doc_type, 13) AS doc_type, substr(f.number_symbol, 7) AS number_symbol,
               coalesce(r.official_name, substr(f.name, 7)) AS name,
               coalesce(substr(d.issued_date, 13), '') AS issued_date,
               substr(f.issuer, 7) AS issuer, substr(f.issuer_normalized, 7) AS issuer_normalized,
               substr(f.subject, 7) AS subject, w.aliases,
               coalesce(nullif(f.replaced_in_text, ''), s.replaced_by,
                        CASE WHEN l.latest_citing >= x.replaced_from THEN x.replaced_by END, '') AS replaced_by,
               f.n_mentions, c.n_citing_docs, c.citing_doc_ids
        FROM fields f JOIN typed t USING (citation_key) JOIN citing c USING (citation_key)
        JOIN written w USING (citation_key)
        LEFT JOIN dated d USING (citation_key)
        LEFT JOIN registry_successors s USING (citation_key)
        LEFT JOIN registry_names r USING (citation_key)
        LEFT JOIN latest l USING (citation_key)
        LEFT JOIN replaced_documents x USING (citation_key)
    """)
    con.unregister("registry_successors")
    con.unregister("registry_names")
    con.unregister("replaced_documents")
