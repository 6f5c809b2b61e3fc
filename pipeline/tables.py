"""Rows → pandas tables in the SPEC's column order, and the citation index across all inputs."""
from __future__ import annotations

from collections import Counter

import pandas as pd
import regex

from .citations import name_base
from .records import Citation, Deadline, DocumentMeta, ErrorRow, FileResult, Party, Section, columns

TABLES = ("documents", "sections", "citations", "deadlines", "parties", "citation_index", "responsibility", "errors")

RESPONSIBILITY_COLUMNS = ["party", "doc_id", "issuer", "roles", "n_assignments", "tasks"]

INDEX_COLUMNS = ["citation_key", "doc_type", "number_symbol", "name", "issued_date", "issuer",
                 "issuer_normalized", "subject", "n_mentions", "n_citing_docs", "citing_doc_ids"]

_RECORD_TYPES = {
    "documents": DocumentMeta,
    "sections": Section,
    "citations": Citation,
    "deadlines": Deadline,
    "parties": Party,
    "errors": ErrorRow,
}


def _frame(records: list, record_type) -> pd.DataFrame:
    cols = columns(record_type)
    if not records:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    return pd.DataFrame([{c: getattr(r, c) for c in cols} for r in records], columns=cols)


def link_names_across_documents(citations: list[Citation]) -> None:
    """A law named in one plan and cited by number where another plan links the two gets the
    numbered key everywhere: one key per cited document across the whole run."""
    alias: dict[tuple[str, str], str] = {}
    for c in citations:
        if c.name and regex.search(r"\d+[/-]", c.citation_key):
            alias.setdefault((c.doc_type, name_base(c.doc_type, c.name)[0]), c.citation_key)
    for c in citations:
        if c.name and not c.number_symbol:
            linked = alias.get((c.doc_type, name_base(c.doc_type, c.name)[0]))
            if linked:
                c.citation_key = linked


def _most_complete(values: list[str]) -> str:
    values = [v for v in values if v]
    if not values:
        return ""
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], len(v)))


def _longest(values: list[str]) -> str:
    values = [v for v in values if v]
    return max(values, key=len) if values else ""


def citation_index(citations: pd.DataFrame) -> pd.DataFrame:
    if citations.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in INDEX_COLUMNS})
    rows = []
    for key, group in citations.groupby("citation_key", sort=True):
        docs = sorted(set(group["doc_id"]))
        rows.append({
            "citation_key": key,
            "doc_type": _most_complete(list(group["doc_type"])),
            "number_symbol": _most_complete(list(group["number_symbol"])),
            "name": _longest(list(group["name"])),
            "issued_date": _most_complete(list(group["issued_date"])),
            "issuer": _longest(list(group["issuer"])),
            "issuer_normalized": _longest(list(group["issuer_normalized"])),
            "subject": _longest(list(group["subject"])),
            "n_mentions": len(group),
            "n_citing_docs": len(docs),
            "citing_doc_ids": ";".join(docs),
        })
    frame = pd.DataFrame(rows, columns=INDEX_COLUMNS)
    return frame.sort_values(["n_citing_docs", "n_mentions", "citation_key"], ascending=[False, False, True],
                             ignore_index=True)


def responsibility(parties: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Party × document: who is assigned what in each plan (one row per pair; pivot it on doc_id
    for a matrix)."""
    if parties.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in RESPONSIBILITY_COLUMNS})
    issuers = dict(zip(documents["doc_id"], documents["issuer"]))
    rows = []
    for (party, doc_id), group in parties.groupby(["party", "doc_id"], sort=True):
        roles = sorted(set(group["role"]), key=["lead", "coordinate", "report_to", "other"].index)
        tasks = [t for t in dict.fromkeys(group["task"]) if t]
        rows.append({"party": party, "doc_id": doc_id, "issuer": issuers.get(doc_id, ""),
                     "roles": ";".join(roles), "n_assignments": len(group), "tasks": " | ".join(tasks)})
    return pd.DataFrame(rows, columns=RESPONSIBILITY_COLUMNS)


def build(results: list[FileResult]) -> dict[str, pd.DataFrame]:
    results = sorted(results, key=lambda r: r.path)
    gathered: dict[str, list] = {name: [] for name in _RECORD_TYPES}
    for result in results:
        gathered["documents"].extend(result.documents)
        gathered["sections"].extend(result.sections)
        gathered["citations"].extend(result.citations)
        gathered["deadlines"].extend(result.deadlines)
        gathered["parties"].extend(result.parties)
        gathered["errors"].extend(result.errors)
    link_names_across_documents(gathered["citations"])
    tables = {name: _frame(gathered[name], record_type) for name, record_type in _RECORD_TYPES.items()}
    tables["documents"]["year"] = tables["documents"]["year"].astype("Int64")
    tables["citation_index"] = citation_index(tables["citations"])
    tables["responsibility"] = responsibility(tables["parties"], tables["documents"])
    return {name: tables[name] for name in TABLES}
