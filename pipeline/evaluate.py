"""Score an output folder against gold files (SPEC gold format), matching on values, not offsets.

- documents: accuracy per field (values compared after folding case, tone placement and spaces);
- sections: precision / recall / F1 on (section_id, marker); heading exact match on matched ones;
- citations: P/R/F1 on numbered mentions (doc_type + number_symbol) and name-only mentions (doc_type +
  name with year and function words folded); field accuracy on matched mentions; and the
  distinct cited documents per citing document (clusters of mentions by citation_key);
- deadlines: P/R/F1 on due_date, or on recurrence when there is no date; task/recipient filled;
- parties: P/R/F1 on normalized party names; role accuracy on matched ones;
- identity across documents: over pairs of matched mentions in different documents whose gold entry
  has a `global_key`, "same gold global_key" against "same predicted citation_key" (P/R/F1 on pairs).
Gold entries marked `optional` count neither as misses nor, when found, as false alarms; a table absent
from a gold file is not scored for that document, nor are the document's `optional_fields`; a heading's
`section_id_alt` counts as well as its `section_id`.
"""
from __future__ import annotations

import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .citations import name_base
from .store import published, read_table
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
    identity: PRF = field(default_factory=PRF)
    citation_fields: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    cited_documents: PRF = field(default_factory=PRF)
    deadlines: PRF = field(default_factory=PRF)
    deadline_fields: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    parties: PRF = field(default_factory=PRF)
    party_role: Accuracy = field(default_factory=Accuracy)
    missing_documents: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    # matched mentions with a gold global_key: (doc_id, global_key, predicted citation_key)
    keyed_mentions: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def citations(self) -> PRF:
        """All mentions, numbered and name-only together."""
        n, m = self.citations_numbered, self.citations_named
        return PRF(n.tp + m.tp, n.fp + m.fp, n.fn + m.fn)

    def scores(self) -> dict[str, float]:
        """Flat name → score, the numbers the accuracy floor in CI is checked against. A table or
        field that nothing was scored on (not annotated in this set) has no score."""
        prfs = {
            "sections.f1": self.sections,
            "citations.f1": self.citations,
            "citations.numbered.f1": self.citations_numbered,
            "citations.named.f1": self.citations_named,
            "citations.cited_documents.f1": self.cited_documents,
            "citations.identity.f1": self.identity,
            "deadlines.f1": self.deadlines,
            "parties.f1": self.parties,
        }
        accuracies = {f"documents.{k}": v for k, v in self.documents.items()}
        accuracies.update({"sections.heading_exact": self.section_heading, "parties.role_accuracy": self.party_role})
        accuracies.update({f"citations.{k}": v for k, v in self.citation_fields.items()})
        accuracies.update({f"deadlines.{k}": v for k, v in self.deadline_fields.items()})
        out = {k: v.f1 for k, v in prfs.items() if v.tp + v.fp + v.fn}
        out.update({k: v.value for k, v in accuracies.items() if v.total})
        return {k: round(v, 4) for k, v in sorted(out.items())}


def _same(a, b) -> bool:
    if a is None or (isinstance(a, float) and a != a):
        a = ""
    if b is None or (isinstance(b, float) and b != b):
        b = ""
    sa, sb = str(a), str(b)
    if regex.fullmatch(r"\d+(?:\.0)?", sa) and regex.fullmatch(r"\d+(?:\.0)?", sb):
        return int(float(sa)) == int(float(sb))
    return key_fold(sa).strip(" .;:") == key_fold(sb).strip(" .;:")


def _align(gold: list[dict], pred: list[dict], key, gold_keys=None) -> list[tuple[dict | None, dict | None]]:
    """Pair gold and predicted items with equal keys, nearest line first; the rest unpaired.
    `gold_keys(g)` may give a gold item several acceptable keys (a heading's `section_id_alt`)."""
    gold_keys = gold_keys or (lambda g: [key(g)])
    pairs: list[tuple[dict | None, dict | None]] = []
    by_key: dict = defaultdict(list)
    for p in pred:
        by_key[key(p)].append(p)
    used: set[int] = set()
    # Required gold items claim their predictions first, so an optional twin cannot take them.
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        candidates = [p for k in gold_keys(g) for p in by_key.get(k, []) if id(p) not in used]
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
        try:  # a CSV-only output folder gives every column back as text
            row["line"] = int(float(row.get("line") or 0))
        except ValueError:
            row["line"] = 0
    return rows


def _citation_key(item: dict):
    if item.get("number_symbol"):
        return ("n", item.get("doc_type", ""), regex.sub(r"\s+", "", str(item["number_symbol"])).upper())
    return ("m", item.get("doc_type", ""), name_base(item.get("doc_type", ""), str(item.get("name", "")))[0])


def _deadline_key(item: dict):
    if item.get("due_date"):
        return ("date", str(item["due_date"]))
    return ("recurrence", key_fold(str(item.get("recurrence", ""))))


def load_tables(pred_dir: str | Path) -> dict:
    tables = {}
    with published(pred_dir) as folder:  # every table of one run, even if another publishes meanwhile
        for name in ("documents", "sections", "citations", "deadlines", "parties"):
            try:
                tables[name] = read_table(folder, name)
            except FileNotFoundError:
                tables[name] = None
    return tables


def evaluate(gold_dir: str | Path, pred_dir: str | Path) -> Report:
    """Score the tables in an output folder."""
    return evaluate_tables(gold_dir, load_tables(pred_dir))


def set_labels(gold_dirs: list[Path]) -> list[str]:
    """Short names for answer-key sets: their paths below the folder they share
    (`gold`, `gold-wild`, `devset/gold`), or the folder name when there is one."""
    resolved = [Path(g).resolve() for g in gold_dirs]
    if len(resolved) == 1:
        return [resolved[0].name]
    common = Path(os.path.commonpath(resolved))
    return [str(r.relative_to(common)) or r.name for r in resolved]


def check_floor(scores: dict[str, float], floors: dict[str, float]) -> list[str]:
    """The scores below their floor, as messages."""
    return [f"score {k} = {scores.get(k, 0.0):.4f} is below its floor {v:.4f}"
            for k, v in sorted(floors.items()) if scores.get(k, 0.0) + 1e-9 < v]


def _section_key(item: dict):
    return (str(item.get("section_id")), key_fold(str(item.get("marker", ""))))


def _section_keys(gold: dict) -> list:
    keys = [_section_key(gold)]
    if gold.get("section_id_alt"):
        keys.append((str(gold["section_id_alt"]), keys[0][1]))
    return keys


def evaluate_tables(gold_dir: str | Path, tables: dict) -> Report:
    """Score tables given as pandas frames by name (a missing table counts as empty)."""
    gold_dir = Path(gold_dir)
    report = Report()
    tables = {name: tables.get(name) for name in ("documents", "sections", "citations", "deadlines", "parties")}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold_doc = gold.get("document", {})
        doc_id = gold_doc.get("doc_id") or path.stem
        docs = _records(tables["documents"], doc_id)
        if not docs:
            report.missing_documents.append(doc_id)
        doc = docs[0] if docs else {}
        unscored = set(gold_doc.get("optional_fields") or ())
        for fld in DOC_FIELDS:
            if fld in gold_doc and fld not in unscored:
                ok = _same(doc.get(fld, ""), gold_doc[fld])
                if fld == "doc_number":
                    got, want = (regex.sub(r"\s+", "", str(v)) for v in (doc.get(fld, ""), gold_doc[fld]))
                    # A number left blank (`Số: /KH-PGDĐT`): the older keys write the bare symbol and
                    # name "" as the alternative (gold/NOTES.md), the newer ones write "".
                    ok = got == want or (want.startswith("/") and got == "")
                report.documents[fld].add(ok)
                if not ok:
                    report.misses.append(f"document {doc_id} {fld}: got {doc.get(fld, '')!r}, gold {gold_doc[fld]!r}")
        # A table the gold file does not have was not annotated there: it is not scored.
        if "sections" in gold:
            pairs = _align([dict(g, doc_id=doc_id) for g in gold["sections"]], _records(tables["sections"], doc_id),
                           key=_section_key, gold_keys=_section_keys)
            for g, p in _count(report.sections, pairs, report, "section"):
                ok = _same(p.get("heading", ""), g.get("heading", ""))
                report.section_heading.add(ok)
                if not ok:
                    report.misses.append(f"section {doc_id} {g['section_id']} heading: got {p.get('heading')!r}, gold {g.get('heading')!r}")
        if "citations" in gold:
            _score_citations(report, doc_id, gold["citations"], _records(tables["citations"], doc_id))
        if "deadlines" in gold:
            pairs = _align([dict(g, doc_id=doc_id) for g in gold["deadlines"]], _records(tables["deadlines"], doc_id),
                           _deadline_key)
            for g, p in _count(report.deadlines, pairs, report, "deadline"):
                for fld in ("task", "recipient", "responsible"):
                    if g.get(fld):
                        report.deadline_fields[f"{fld}_filled"].add(bool(str(p.get(fld, "")).strip()))
                if g.get("recipient"):
                    ok = _same(p.get("recipient", ""), g["recipient"])
                    report.deadline_fields["recipient"].add(ok)
                    if not ok:
                        report.misses.append(f"deadline {doc_id} line {g.get('line')} recipient: "
                                             f"got {p.get('recipient', '')!r}, gold {g['recipient']!r}")
                report.deadline_fields["year_inferred"].add(str(p.get("year_inferred")).lower() == str(g.get("year_inferred")).lower())
        if "parties" in gold:
            pairs = _align([dict(g, doc_id=doc_id) for g in gold["parties"]], _records(tables["parties"], doc_id),
                           key=lambda x: key_fold(str(x.get("party", ""))))
            for g, p in _count(report.parties, pairs, report, "party"):
                ok = p.get("role") == g.get("role")
                report.party_role.add(ok)
                if not ok:
                    report.misses.append(f"party {doc_id} {g['party']} role: got {p.get('role')}, gold {g.get('role')}")
    score_identity(report)
    return report


def _score_citations(report: Report, doc_id: str, gold_items: list[dict], pred_cites: list[dict]) -> None:
    gold_cites = [dict(g, doc_id=doc_id) for g in gold_items]
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
        if g.get("year_written"):  # a year written after a name: the SPEC's `year` column
            ok = _same(p.get("year", ""), g["year_written"])
            report.citation_fields["year"].add(ok)
            if not ok:
                report.misses.append(f"citation {doc_id} line {g.get('line')} {g.get('name')} year: got {p.get('year')!r}, gold {g['year_written']!r}")
        if g.get("global_key"):
            report.keyed_mentions.append((doc_id, str(g["global_key"]), str(p.get("citation_key", ""))))
    _score_clusters(report, numbered + named, gold_cites, pred_cites, optional_found)


def score_identity(report: Report, mentions: list[tuple[str, str, str]] | None = None) -> None:
    """Identity across documents: every pair of matched mentions in two different documents is a
    positive in the gold when both carry the same global_key, predicted positive when both got the
    same citation_key."""
    mentions = report.keyed_mentions if mentions is None else mentions
    prf = PRF()
    noted: set = set()
    for i, (doc_a, gold_a, pred_a) in enumerate(mentions):
        for doc_b, gold_b, pred_b in mentions[i + 1:]:
            if doc_a == doc_b:
                continue
            same_gold, same_pred = gold_a == gold_b, bool(pred_a) and pred_a == pred_b
            if same_gold and same_pred:
                prf.tp += 1
            elif same_pred:
                prf.fp += 1
                if (pred_a, *sorted((gold_a, gold_b))) not in noted:
                    noted.add((pred_a, *sorted((gold_a, gold_b))))
                    report.misses.append(f"identity extra: {pred_a!r} joins {gold_a!r} ({doc_a}) and {gold_b!r} ({doc_b})")
            elif same_gold:
                prf.fn += 1
                if (gold_a, *sorted((pred_a, pred_b))) not in noted:
                    noted.add((gold_a, *sorted((pred_a, pred_b))))
                    report.misses.append(f"identity missed: {gold_a!r} keyed {pred_a!r} ({doc_a}) and {pred_b!r} ({doc_b})")
    report.identity = prf


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
    """A compact summary (the headline numbers fit in 20 lines), then the first differences."""
    def prf(x: PRF) -> str:
        if not x.tp + x.fp + x.fn:
            return "not annotated in this set" if x is not report.identity else "no pairs"
        return f"F1 {x.f1:.3f}  P {x.precision:.3f}  R {x.recall:.3f}  (tp {x.tp}, fp {x.fp}, fn {x.fn})"

    def acc(a: Accuracy) -> str:
        return f"{a.value:.3f} ({a.correct}/{a.total})" if a.total else "—"

    def accs(items) -> list[str]:
        return [f"{name} {acc(a)}" for name, a in items]

    def wrapped(label: str, cells: list[str], per_line: int = 3) -> list[str]:
        rows = [cells[i:i + per_line] for i in range(0, len(cells), per_line)] or [[]]
        return [f"{label if i == 0 else '':<29}" + " · ".join(row) for i, row in enumerate(rows)]

    lines = []
    if report.missing_documents:
        lines.append("documents missing from the output: " + ", ".join(report.missing_documents))
    lines += wrapped("documents", accs((f, report.documents[f]) for f in DOC_FIELDS if f in report.documents))
    lines.append(f"{'sections':<29}{prf(report.sections)}")
    lines.append(f"{'  heading exact match':<29}{acc(report.section_heading)}")
    lines.append(f"{'citations: all mentions':<29}{prf(report.citations)}")
    lines.append(f"{'  numbered mentions':<29}{prf(report.citations_numbered)}")
    lines.append(f"{'  name-only mentions':<29}{prf(report.citations_named)}")
    lines.append(f"{'  distinct cited documents':<29}{prf(report.cited_documents)}")
    lines.append(f"{'  identity across documents':<29}{prf(report.identity)}")
    lines += wrapped("  fields of matched", accs(sorted(report.citation_fields.items())))
    lines.append(f"{'deadlines':<29}{prf(report.deadlines)}")
    lines += wrapped("  fields of matched", accs(sorted(report.deadline_fields.items())))
    lines.append(f"{'parties':<29}{prf(report.parties)}")
    lines.append(f"{'  role of matched':<29}{acc(report.party_role)}")
    if show_misses and report.misses:
        lines.append(f"first {min(show_misses, len(report.misses))} of {len(report.misses)} differences")
        lines.extend("  " + m for m in report.misses[:show_misses])
    return "\n".join(lines)
