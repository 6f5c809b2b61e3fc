"""Deadlines scored on the gold: vnplan beside dateparser's `search_dates(..., languages=["vi"])`
(a dateparser date counts as a deadline found when it falls on a gold due date).

    python bench/deadlines.py
"""
from __future__ import annotations

import json
import time
import warnings

import pandas as pd

from _common import GOLD, corpus_documents, row, score


def gold_deadlines():
    out = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out[gold["document"]["doc_id"]] = [d for d in gold["deadlines"] if not d.get("optional")]
    return out


def main():
    from pipeline import citations, deadlines
    from pipeline.frame import extract_meta

    docs = corpus_documents()
    start = time.perf_counter()
    rows = []
    for doc in docs:
        meta = extract_meta(doc)
        rows.extend(deadlines.extract(doc, meta, citations.extract(doc, meta.doc_number, meta.issuer), lambda _o: ""))
    ours_ms = (time.perf_counter() - start) * 1000 / len(docs)
    from pipeline.records import as_row
    report = score({"deadlines": pd.DataFrame([as_row(r) for r in rows])})

    gold = gold_deadlines()
    dated_gold = {(doc_id, d["due_date"]) for doc_id, ds in gold.items() for d in ds if d["due_date"]}
    undated_gold = sum(1 for ds in gold.values() for d in ds if not d["due_date"])
    from dateparser.search import search_dates

    start = time.perf_counter()
    found = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for doc in docs:
            for surface, when in search_dates(doc.text, languages=["vi"]) or []:
                found.append((doc.doc_id, when.date().isoformat(), surface))
    peer_ms = (time.perf_counter() - start) * 1000 / len(docs)
    hits = {(d, day) for d, day, _ in found if (d, day) in dated_gold}
    tp = len(hits)
    fp = len(found) - sum(1 for d, day, _ in found if (d, day) in dated_gold)
    fn = len(dated_gold) - tp + undated_gold  # recurring duties without a date are out of its reach
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0

    d = report.deadlines
    print(f"deadlines on ../shared/gold ({len(docs)} documents; {len(dated_gold)} dated and {undated_gold} recurring gold deadlines)")
    print(row("extractor", "P", "R", "F1", "ms / document", "note"))
    print(row("---", "---", "---", "---", "---", "---"))
    print(row("vnplan", f"{d.precision:.3f}", f"{d.recall:.3f}", f"{d.f1:.3f}", f"{ours_ms:.1f}",
              f"{d.tp} found, {d.fp} false alarms"))
    print(row("dateparser search_dates (vi)", f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}", f"{peer_ms:.1f}",
              f"{len(found)} dates returned, {tp} on a gold due date"))
    wrong = [s for _, _, s in found][:6]
    print("examples of dateparser's dates:", "; ".join(repr(s) for s in wrong))


if __name__ == "__main__":
    main()
