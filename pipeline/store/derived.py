"""Derived tables, computed in SQL inside the store: cross-document citation keys, the citation index,
the responsibility table and the citing_pairs view. The command line and the in-memory API share them."""
from __future__ import annotations


def derive(con) -> None:
    # One key per cited document across the run: a name that some text links to a number
    # (`Luật Thực hiện dân chủ ở cơ sở` ↔ `Luật số 10/2022/QH15`) takes the numbered key.
    con.execute("""
        CREATE OR REPLACE TEMP TABLE name_alias AS
        SELECT doc_type, name_base, min(citation_key_local) AS citation_key
        FROM citations
        WHERE name <> '' AND name_base <> '' AND regexp_matches(citation_key_local, '\\d+[/-]')
        GROUP BY doc_type, name_base
    """)
    con.execute("UPDATE citations SET citation_key = citation_key_local")
    con.execute("""
        UPDATE citations SET citation_key = a.citation_key FROM name_alias a
        WHERE a.doc_type = citations.doc_type AND a.name_base = citations.name_base
          AND citations.number_symbol = '' AND citations.name <> ''
    """)
    # Every aggregate below is a plain max/count/string_agg over pre-grouped rows, so DuckDB can
    # run it within its memory limit at any corpus size (DISTINCT aggregates buffer whole groups).
    # "The most complete value": the longest (ties: the greatest), taken as
    # max(zero-padded length || value); the most frequent type and date likewise by count.
    con.execute("DROP TABLE IF EXISTS citation_index")
    con.execute("""
        CREATE TABLE citation_index AS
        WITH fields AS (
            SELECT citation_key,
                   max(lpad(length(number_symbol)::VARCHAR, 6, '0') || number_symbol) AS number_symbol,
                   max(lpad(length(name)::VARCHAR, 6, '0') || name) AS name,
                   max(lpad(length(issuer)::VARCHAR, 6, '0') || issuer) AS issuer,
                   max(lpad(length(issuer_normalized)::VARCHAR, 6, '0') || issuer_normalized) AS issuer_normalized,
                   max(lpad(length(subject)::VARCHAR, 6, '0') || subject) AS subject,
                   count(*) AS n_mentions
            FROM citations GROUP BY citation_key),
        typed AS (
            SELECT citation_key, max(lpad(n::VARCHAR, 12, '0') || doc_type) AS doc_type
            FROM (SELECT citation_key, doc_type, count(*) AS n FROM citations GROUP BY ALL) GROUP BY citation_key),
        dated AS (
            SELECT citation_key, max(lpad(n::VARCHAR, 12, '0') || issued_date) AS issued_date
            FROM (SELECT citation_key, issued_date, count(*) AS n FROM citations WHERE issued_date <> ''
                  GROUP BY ALL) GROUP BY citation_key),
        citing AS (
            SELECT citation_key, count(*) AS n_citing_docs, string_agg(doc_id, ';' ORDER BY doc_id) AS citing_doc_ids
            FROM (SELECT DISTINCT citation_key, doc_id FROM citations) GROUP BY citation_key)
        SELECT f.citation_key, substr(t.doc_type, 13) AS doc_type, substr(f.number_symbol, 7) AS number_symbol,
               substr(f.name, 7) AS name, coalesce(substr(d.issued_date, 13), '') AS issued_date,
               substr(f.issuer, 7) AS issuer, substr(f.issuer_normalized, 7) AS issuer_normalized,
               substr(f.subject, 7) AS subject, f.n_mentions, c.n_citing_docs, c.citing_doc_ids
        FROM fields f JOIN typed t USING (citation_key) JOIN citing c USING (citation_key)
        LEFT JOIN dated d USING (citation_key)
    """)
    con.execute("DROP TABLE IF EXISTS responsibility")
    con.execute("""
        CREATE TABLE responsibility AS
        WITH roles AS (
            SELECT party, doc_id, string_agg(role, ';' ORDER BY role) AS roles, sum(n) AS n_assignments
            FROM (SELECT party, doc_id, role, count(*) AS n FROM parties GROUP BY ALL) GROUP BY party, doc_id),
        tasks AS (
            SELECT party, doc_id, string_agg(task, ' | ' ORDER BY task) AS tasks
            FROM (SELECT DISTINCT party, doc_id, task FROM parties WHERE task <> '') GROUP BY party, doc_id),
        issuers AS (SELECT doc_id, max(issuer) AS issuer FROM documents GROUP BY doc_id)
        SELECT r.party, r.doc_id, coalesce(i.issuer, '') AS issuer, r.roles, r.n_assignments::BIGINT AS n_assignments,
               coalesce(t.tasks, '') AS tasks
        FROM roles r LEFT JOIN tasks t USING (party, doc_id) LEFT JOIN issuers i USING (doc_id)
    """)
    con.execute("""
        CREATE OR REPLACE VIEW citing_pairs AS
        SELECT c.doc_id, d.issuer AS citing_issuer, d.year AS citing_year, c.citation_key,
               c.doc_type, c.number_symbol, c.relation
        FROM citations c LEFT JOIN documents d USING (doc_id)
    """)
