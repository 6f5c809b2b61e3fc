"""What an officer checks: which documents cite which directives (required ones first), which cite a
document that has been replaced, and who is given which role in which document."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from ..textfold import key_fold
from .data import ReportData
from .labels import ROLE_ORDER
from .requirements import Requirement, RequirementMatcher

# Cues of a mention that states the replacement itself (`Nghị định này thay thế Nghị định số …`):
# such a mention is not a use of the replaced document.
REPLACING_CUES = frozenset({"thay thế", "bãi bỏ", "hết hiệu lực"})


@dataclass(frozen=True)
class MatrixColumn:
    label: str
    keys: frozenset[str]
    required: bool
    note: str = ""  # tooltip: what the cited document is, or which keys a requirement matched
    replaced_by: str = ""  # key of the replacing document, when the citation index knows one


@dataclass
class ComplianceMatrix:
    doc_ids: list[str]
    columns: list[MatrixColumn]
    counts: pd.DataFrame  # doc_id × column position → mentions
    unmatched: list[Requirement] = field(default_factory=list)

    def missing(self, doc_id: str, position: int) -> bool:
        return self.columns[position].required and int(self.counts.at[doc_id, position]) == 0

    def lacking(self) -> dict[str, list[int]]:
        """Documents missing at least one required document → positions of the columns they miss."""
        found: dict[str, list[int]] = {}
        for position, column in enumerate(self.columns):
            if column.required:
                for doc_id in self.counts.index[self.counts[position] == 0]:
                    found.setdefault(doc_id, []).append(position)
        return found


def replacements(data: ReportData) -> dict[str, str]:
    """Cited key → key of the document replacing it, from the citation index's `replaced_by`."""
    if not data.has_replaced_by:
        return {}
    index = data.index
    return {k: r for k, r in zip(index["citation_key"], index["replaced_by"]) if r}


def _describe(row) -> str:
    parts = [row.name, row.issuer, row.subject, row.issued_date]
    return " · ".join(str(p) for p in parts if p)


def ranked_index(data: ReportData) -> pd.DataFrame:
    return data.index.sort_values(["n_citing_docs", "n_mentions", "citation_key"], ascending=[False, False, True])


def compliance_matrix(data: ReportData, requirements: list[Requirement], top: int = 25) -> ComplianceMatrix:
    """Rows: every document, ordered by issuer and number. Columns: each requirement (with the keys it
    matched), then the `top` most cited documents not already covered."""
    replaced = replacements(data)
    columns: list[MatrixColumn] = []
    unmatched = []
    covered: set[str] = set()
    matcher = RequirementMatcher(data.index) if requirements else None
    for req in requirements:
        keys = frozenset(matcher.match(req.text))
        if not keys:
            unmatched.append(req)
        covered |= keys
        replacing = sorted({replaced[k] for k in keys if k in replaced})
        columns.append(MatrixColumn(req.label, keys, True, note="; ".join(sorted(keys)) or req.text,
                                    replaced_by="; ".join(replacing)))
    for row in ranked_index(data).itertuples():
        if len(columns) >= len(requirements) + top:
            break
        if row.citation_key not in covered:
            covered.add(row.citation_key)
            columns.append(MatrixColumn(row.citation_key, frozenset([row.citation_key]), False,
                                        note=_describe(row), replaced_by=replaced.get(row.citation_key, "")))
    docs = data.documents.sort_values(["issuer", "doc_number", "doc_id"])
    doc_ids = list(docs["doc_id"])
    per_key = data.citations.groupby(["doc_id", "citation_key"]).size() if len(data.citations) else pd.Series(dtype=int)
    counts = pd.DataFrame(0, index=doc_ids, columns=range(len(columns)), dtype="int64")
    if len(per_key):
        per_key = per_key.reset_index(name="n")
        for position, column in enumerate(columns):
            hits = per_key[per_key["citation_key"].isin(column.keys)].groupby("doc_id")["n"].sum()
            hits = hits[hits.index.isin(counts.index)]
            counts.loc[hits.index, position] = hits.astype("int64")
    return ComplianceMatrix(doc_ids, columns, counts, unmatched)


def replaced_citations(data: ReportData) -> pd.DataFrame:
    """Mentions of a document the citation index marks as replaced, one row per (document, cited key),
    leaving out the statements that do the replacing and the replacing document's own text."""
    columns = ["doc_id", "citation_key", "replaced_by", "relation", "surface"]
    replaced = replacements(data)
    cites = data.citations
    if not replaced or cites.empty:
        return pd.DataFrame(columns=columns)
    hit = cites[cites["citation_key"].isin(replaced)].copy()
    hit = hit[~hit["cue"].map(key_fold).isin(REPLACING_CUES)]
    hit["replaced_by"] = hit["citation_key"].map(replaced)
    own = dict(zip(data.documents["doc_id"], data.documents["doc_number"]))

    def replaces(doc_id: str, replacing_key: str) -> bool:
        number = own.get(doc_id, "")
        return any(c.isdigit() for c in number) and key_fold(number) in key_fold(replacing_key)

    hit = hit[[not replaces(d, r) for d, r in zip(hit["doc_id"], hit["replaced_by"])]]
    return hit.drop_duplicates(["doc_id", "citation_key"])[columns].reset_index(drop=True)


@dataclass
class ResponsibilityMatrix:
    parties: list[str]  # shown rows, the parties named in most documents first
    doc_ids: list[str]
    roles: dict[tuple[str, str], list[str]]  # (party, doc_id) → roles in ROLE_ORDER
    hidden: int  # parties left out of the HTML matrix (all are in the workbook)


def responsibility_matrix(data: ReportData, max_parties: int = 60) -> ResponsibilityMatrix:
    table = data.responsibility
    if table.empty:
        return ResponsibilityMatrix([], [], {}, 0)
    roles: dict[tuple[str, str], list[str]] = {}
    for party, doc_id, text in zip(table["party"], table["doc_id"], table["roles"]):
        given = set(text.split(";"))
        roles[(party, doc_id)] = [r for r in ROLE_ORDER if r in given] + sorted(given - set(ROLE_ORDER) - {""})
    spread = table.groupby("party")["doc_id"].nunique().reset_index(name="n")
    spread = spread.sort_values(["n", "party"], ascending=[False, True])
    parties = list(spread["party"].head(max_parties))
    order = {d: i for i, d in enumerate(data.documents.sort_values(["issuer", "doc_number", "doc_id"])["doc_id"])}
    doc_ids = sorted(set(table.loc[table["party"].isin(parties), "doc_id"]), key=lambda d: (order.get(d, len(order)), d))
    return ResponsibilityMatrix(parties, doc_ids, roles, max(0, len(spread) - len(parties)))
