"""Derived tables, computed in SQL inside the store: cross-document citation keys, the citation index,
the responsibility table and the citing_pairs view. The command line and the in-memory API share them."""
from __future__ import annotations

from ..citations.index import derive_citation_index
from .schema import store_in_order

# The tables `derive` changes or makes: exports of the others need not wait for it.
WRITES = ("citations", "citation_index", "responsibility")


def derive(con, registry: str | None = None) -> None:
    """`registry`: a user's legal registry TSV (`vnplan extract --registry`), added to the project's."""
    derive_citation_index(con, registry)
    con.execute("DROP TABLE IF EXISTS responsibility")
    # Lists sorted after grouping, not `string_agg(… ORDER BY …)`: an ordered aggregate holds every
    # group's values in memory at once (1.2 million party × document groups at 100,000 documents
    # did not fit in 256 MB), a list is spilled like any other state. CTEs materialized one by one,
    # as in the citation index.
    con.execute("""
        CREATE TABLE responsibility AS
        WITH roles AS MATERIALIZED (
            SELECT party, doc_id, array_to_string(list_sort(list(role)), ';') AS roles, sum(n) AS n_assignments
            FROM (SELECT party, doc_id, role, count(*) AS n FROM parties GROUP BY ALL) GROUP BY party, doc_id),
        tasks AS MATERIALIZED (
            SELECT party, doc_id, array_to_string(list_sort(list(task)), ' | ') AS tasks
            FROM (SELECT DISTINCT party, doc_id, task FROM parties WHERE task <> '') GROUP BY party, doc_id),
        issuers AS MATERIALIZED (SELECT doc_id, max(issuer) AS issuer FROM documents GROUP BY doc_id)
        SELECT r.party, r.doc_id, coalesce(i.issuer, '') AS issuer, r.roles, r.n_assignments::BIGINT AS n_assignments,
               coalesce(t.tasks, '') AS tasks
        FROM roles r LEFT JOIN tasks t USING (party, doc_id) LEFT JOIN issuers i USING (doc_id)
    """)
    # Stored in their export order, as the row tables are (Store.load): every format scans them.
    for name in ("citation_index", "responsibility"):
        store_in_order(con, name)
    con.execute("""
        CREATE OR REPLACE VIEW citing_pairs AS
        SELECT c.doc_id, d.issuer AS citing_issuer, d.year AS citing_year, c.citation_key,
               c.doc_type, c.number_symbol, c.relation
        FROM citations c LEFT JOIN documents d USING (doc_id)
    """)
