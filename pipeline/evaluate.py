"""Score an output folder against gold files (SPEC gold format), matching on values, not offsets.

- documents: accuracy per field (values compared after folding case, tone placement and spaces);
- sections: precision / recall / F1 on (section_id, marker); heading exact match on matched ones;
- citations: P/R/F1 on numbered mentions (doc_type + number_symbol) and name-only mentions (doc_type +
  name with year and function words folded); field accuracy on matched mentions; and the
  distinct cited documents per citing document (clusters of mentions by citation_key);
- deadlines: P/R/F1 on due_date, or on recurrence when there is no date; task/recipient filled;
- parties: P/R/F1 on normalized party names; role accuracy on matched ones.
Gold entries marked `optional` count neither as misses nor, when found, as false alarms.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .citations import name_base
from .store import read_table
from .textfold import key_fold

DOC_FIELDS = ("issuer", "doc_number", "doc_type", "title", "place", "issued_date", "year",
              "signer_name", "signer_title")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class Report:
    documents: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    sections: PRF = field(default_factory=PRF)
    section_heading: Accuracy = field(default_factory=Accuracy)
    citations_numbered: PRF = field(default_factory=PRF)
    citations_named: PRF = field(default_factory=PRF)
    citation_fields: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    cited_documents: PRF = field(default_factory=PRF)
    deadlines: PRF = field(default_factory=PRF)
    deadline_fields: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    parties: PRF = field(default_factory=PRF)
    party_role: Accuracy = field(default_factory=Accuracy)
    missing_documents: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        """Flat name → score, the numbers the accuracy floor in CI is checked against."""
        out = {f"documents.{k}": v.value for k, v in sorted(self.documents.items())}
        out.update({
            "sections.f1": self.sections.f1,
            "sections.heading_exact": self.section_heading.value,
            "citations.numbered.f1": self.citations_numbered.f1,
            "citations.named.f1": self.citations_named.f1,
            "citations.cited_documents.f1": self.cited_documents.f1,
            "deadlines.f1": self.deadlines.f1,
            "parties.f1": self.parties.f1,
            "parties.role_accuracy": self.party_role.value,
        })
        out.update({f"citations.{k}": v.value for k, v in sorted(self.citation_fields.items())})
        out.update({f"deadlines.{k}": v.value for k, v in sorted(self.deadline_fields.items())})
        return {k: round(v, 4) for k, v in out.items()}


def _same(a, b) -> bool:
    if a is None or (isinstance(a, float) and a != a):
        a = ""
    if b is None or (isinstance(b, float) and b != b):
        b = ""
    sa, sb = str(a), str(b)
    if regex.fullmatch(r"\d+(?:\.0)?", sa) and regex.fullmatch(r"\d+(?:\.0)?", sb):
        return int(float(sa)) == int(float(sb))
    return key_fold(sa).strip(" .;:") == key_fold(sb).strip(" .;:")


def _align(gold: list[dict], pred: list[dict], key) -> list[tuple[dict | None, dict | None]]:
    """Pair gold and predicted items with equal keys, nearest line first; the rest unpaired."""
    pairs: list[tuple[dict | None, dict | None]] = []
    by_key: dict = defaultdict(list)
    for p in pred:
        by_key[key(p)].append(p)
    used: set[int] = set()
    # Required gold items claim their predictions first, so an optional twin cannot take them.
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        candidates = [p for p in by_key.get(key(g), []) if id(p) not in used]
        if not candidates:
            pairs.append((g, None))
            continue
        line = g.get("line")
        best = min(candidates, key=lambda p: abs((p.get("line") or 0) - (line or 0)) if line else 0)
        used.add(id(best))
        pairs.append((g, best))
    for p in pred:
        if id(p) not in used:
            pairs.append((None, p))
    return pairs


def _count(prf: PRF, pairs, report: Report, label: str, optional_found: list | None = None) -> list[tuple[dict, dict]]:
    matched = []
    for g, p in pairs:
        if g is not None and g.get("optional"):
            if p is not None and optional_found is not None:
                optional_found.append(p)
            continue
        if g is not None and p is not None:
            prf.tp += 1
            matched.append((g, p))
        elif g is not None:
            prf.fn += 1
            report.misses.append(f"{label} missed: {_describe(g)}")
        else:
            prf.fp += 1
            report.misses.append(f"{label} extra: {_describe(p)}")
    return matched


def _describe(item: dict) -> str:
    keys = ("doc_id", "section_id", "marker", "doc_type", "number_symbol", "name", "due_date", "recurrence",
            "party", "role", "line")
    return ", ".join(f"{k}={item[k]}" for k in keys if item.get(k) not in (None, ""))


def _records(frame, doc_id: str) -> list[dict]:
    if frame is None or frame.empty:
        return []
    rows = frame[frame["doc_id"] == doc_id].to_dict("records")
    for row in rows:
        for k, v in list(row.items()):
            if v is None or (isinstance(v, float) and v != v):
                row[k] = ""
    return rows


def _citation_key(item: dict):
    if item.get("number_symbol"):
        return ("n", item.get("doc_type", ""), regex.sub(r"\s+", "", str(item["number_symbol"])).upper())
    return ("m", item.get("doc_type", ""), name_base(item.get("doc_type", ""), str(item.get("name", "")))[0])


def _deadline_key(item: dict):
    if item.get("due_date"):
        return ("date", str(item["due_date"]))
    return ("recurrence", key_fold(str(item.get("recurrence", ""))))


def evaluate(gold_dir: str | Path, pred_dir: str | Path) -> Report:
    """Score the tables in an output folder."""
    tables = {}
    for name in ("documents", "sections", "citations", "deadlines", "parties"):
        try:
            tables[name] = read_table(pred_dir, name)
        except FileNotFoundError:
            tables[name] = None
    return evaluate_tables(gold_dir, tables)


def evaluate_tables(gold_dir: str | Path, tables: dict) -> Report:
    """Score tables given as pandas frames by name (a missing table counts as empty)."""
    gold_dir = Path(gold_dir)
    report = Report()
    tables = {name: tables.get(name) for name in ("documents", "sections", "citations", "deadlines", "parties")}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc_id = gold.get("document", {}).get("doc_id") or path.stem
        docs = _records(tables["documents"], doc_id)
        if not docs:
            report.missing_documents.append(doc_id)
        doc = docs[0] if docs else {}
        for fld in DOC_FIELDS:
            if fld in gold.get("document", {}):
                ok = _same(doc.get(fld, ""), gold["document"][fld])
                if fld == "doc_number":
                    ok = regex.sub(r"\s+", "", str(doc.get(fld, ""))) == regex.sub(r"\s+", "", str(gold["document"][fld]))
                report.documents[fld].add(ok)
                if not ok:
                    report.misses.append(f"document {doc_id} {fld}: got {doc.get(fld, '')!r}, gold {gold['document'][fld]!r}")
        # sections
        pairs = _align([dict(g, doc_id=doc_id) for g in gold.get("sections", [])], _records(tables["sections"], doc_id),
                       key=lambda s: (str(s.get("section_id")), key_fold(str(s.get("marker", "")))))
        for g, p in _count(report.sections, pairs, report, "section"):
            ok = _same(p.get("heading", ""), g.get("heading", ""))
            report.section_heading.add(ok)
            if not ok:
                report.misses.append(f"section {doc_id} {g['section_id']} heading: got {p.get('heading')!r}, gold {g.get('heading')!r}")
        # citations
        gold_cites = [dict(g, doc_id=doc_id) for g in gold.get("citations", [])]
        pred_cites = _records(tables["citations"], doc_id)
        optional_found: list[dict] = []
        numbered = _count(report.citations_numbered, _align(
            [g for g in gold_cites if g.get("number_symbol")], [p for p in pred_cites if p.get("number_symbol")],
            _citation_key), report, "citation", optional_found)
        named = _count(report.citations_named, _align(
            [g for g in gold_cites if not g.get("number_symbol")], [p for p in pred_cites if not p.get("number_symbol")],
            _citation_key), report, "citation", optional_found)
        for g, p in numbered + named:
            for fld in ("issued_date", "issuer", "relation", "subject", "doc_type"):
                ok = _same(p.get(fld, ""), g.get(fld, ""))
                report.citation_fields[fld].add(ok)
                if not ok:
                    report.misses.append(f"citation {doc_id} line {g.get('line')} {g.get('number_symbol') or g.get('name')} {fld}: got {p.get(fld)!r}, gold {g.get(fld)!r}")
        _score_clusters(report, numbered + named, gold_cites, pred_cites, optional_found)
        # deadlines
        pairs = _align([dict(g, doc_id=doc_id) for g in gold.get("deadlines", [])], _records(tables["deadlines"], doc_id), _deadline_key)
        for g, p in _count(report.deadlines, pairs, report, "deadline"):
            for fld in ("task", "recipient", "responsible"):
                if g.get(fld):
                    report.deadline_fields[f"{fld}_filled"].add(bool(str(p.get(fld, "")).strip()))
            if g.get("recipient"):
                report.deadline_fields["recipient"].add(_same(p.get("recipient", ""), g["recipient"]))
            report.deadline_fields["year_inferred"].add(str(p.get("year_inferred")).lower() == str(g.get("year_inferred")).lower())
        # parties
        pairs = _align([dict(g, doc_id=doc_id) for g in gold.get("parties", [])], _records(tables["parties"], doc_id),
                       key=lambda x: key_fold(str(x.get("party", ""))))
        for g, p in _count(report.parties, pairs, report, "party"):
            ok = p.get("role") == g.get("role")
            report.party_role.add(ok)
            if not ok:
                report.misses.append(f"party {doc_id} {g['party']} role: got {p.get('role')}, gold {g.get('role')}")
    return report


def _score_clusters(report: Report, matched, gold_cites, pred_cites, optional_found) -> None:
    """Distinct cited documents in one citing document: gold clusters (mentions sharing a
    citation_key, or its wording-only `citation_key_alt`) against predicted clusters."""
    gold_required = [g for g in gold_cites if not g.get("optional")]
    pred_of = {id(g): p for g, p in matched}
    best = None
    for key_name in ("citation_key", "citation_key_alt"):
        gold_clusters: dict[str, list] = defaultdict(list)
        for g in gold_required:
            gold_clusters[str(g.get(key_name) or g.get("citation_key"))].append(g)
        tp = fn = 0
        claimed: dict[str, str] = {}
        for gkey, members in gold_clusters.items():
            pkeys = {pred_of[id(g)].get("citation_key") for g in members if id(g) in pred_of}
            if len(pkeys) == 1 and all(id(g) in pred_of for g in members):
                pkey = pkeys.pop()
                if pkey in claimed:
                    fn += 1
                else:
                    claimed[pkey] = gkey
                    tp += 1
            else:
                fn += 1
        # Keys whose only mentions matched optional gold entries are neither right nor wrong.
        required_keys = {p.get("citation_key") for _, p in matched}
        optional_keys = {p.get("citation_key") for p in optional_found} - required_keys
        pred_keys = {p.get("citation_key") for p in pred_cites} - optional_keys
        fp = len([k for k in pred_keys if k not in claimed])
        candidate = (tp, fp, fn)
        if best is None or (candidate[0] - candidate[1] - candidate[2]) > (best[0] - best[1] - best[2]):
            best = candidate
    report.cited_documents.tp += best[0]
    report.cited_documents.fp += best[1]
    report.cited_documents.fn += best[2]


def format_report(report: Report, show_misses: int = 0) -> str:
    lines = []
    if report.missing_documents:
        lines.append("documents missing from the output: " + ", ".join(report.missing_documents))
    lines.append("documents (field accuracy)")
    for fld in DOC_FIELDS:
        if fld in report.documents:
            acc = report.documents[fld]
            lines.append(f"  {fld:<14} {acc.value:6.3f}  ({acc.correct}/{acc.total})")

    def prf_line(label: str, prf: PRF) -> str:
        return (f"  {label:<26} P {prf.precision:6.3f}  R {prf.recall:6.3f}  F1 {prf.f1:6.3f}"
                f"  (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})")

    lines.append("sections")
    lines.append(prf_line("section_id + marker", report.sections))
    lines.append(f"  {'heading exact match':<26} {report.section_heading.value:6.3f}  ({report.section_heading.correct}/{report.section_heading.total})")
    lines.append("citations")
    lines.append(prf_line("numbered mentions", report.citations_numbered))
    lines.append(prf_line("name-only mentions", report.citations_named))
    lines.append(prf_line("distinct cited documents", report.cited_documents))
    for fld, acc in sorted(report.citation_fields.items()):
        lines.append(f"  {fld + ' (matched)':<26} {acc.value:6.3f}  ({acc.correct}/{acc.total})")
    lines.append("deadlines")
    lines.append(prf_line("due_date / recurrence", report.deadlines))
    for fld, acc in sorted(report.deadline_fields.items()):
        lines.append(f"  {fld:<26} {acc.value:6.3f}  ({acc.correct}/{acc.total})")
    lines.append("parties")
    lines.append(prf_line("normalized party", report.parties))
    lines.append(f"  {'role (matched)':<26} {report.party_role.value:6.3f}  ({report.party_role.correct}/{report.party_role.total})")
    if show_misses and report.misses:
        lines.append(f"first {min(show_misses, len(report.misses))} of {len(report.misses)} differences")
        lines.extend("  " + m for m in report.misses[:show_misses])
    return "\n".join(lines)
