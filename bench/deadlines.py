"""Deadlines: vnplan beside dateparser's `search_dates(..., languages=["vi"])` on the sample gold (a
dateparser date counts as a deadline found when it falls on a gold due date), the stage's F1 on the
three answer-key sets, and the stage's own speed (CPU time, citations and sections computed beforehand).

    python bench/deadlines.py
"""
from __future__ import annotations

import json
import time
import warnings

import pandas as pd

from _common import GOLD, SHARED, corpus_documents, documents_in, row, score


def gold_deadlines():
    out = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out[gold["document"]["doc_id"]] = [d for d in gold["deadlines"] if not d.get("optional")]
    return out


def prepared(docs):
    """What the stage receives: each document with its metadata, citations and sections."""
    from pipeline import citations
    from pipeline.frame import extract_meta
    from pipeline.sections import segment

    out = []
    for doc in docs:
        meta = extract_meta(doc)
        out.append((doc, meta, citations.extract(doc, meta.doc_number, meta.issuer), segment(doc.doc_id, doc.text)))
    return out


def run_stage(items):
    from pipeline import deadlines

    rows = []
    for doc, meta, mentions, sections in items:
        rows.extend(deadlines.extract(doc, meta, mentions, lambda _o: "", sections))
    return rows


def warm_up():
    """Patterns compiled and underthesea's models loaded (once per process, not per document), on other
    documents than the timed ones."""
    from underthesea import pos_tag, word_tokenize

    word_tokenize("Ban tổ chức"), pos_tag("Ban tổ chức")
    run_stage(prepared(documents_in(SHARED / "wild")[:3]))


def frame(rows):
    from pipeline.records import as_row

    return pd.DataFrame([as_row(r) for r in rows])


def main():
    docs = corpus_documents()
    items = prepared(docs)
    warm_up()
    start = time.perf_counter()
    rows = run_stage(items)
    ours_ms = (time.perf_counter() - start) * 1000 / len(docs)
    report = score({"deadlines": frame(rows)})

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

    key_sets()
    speed()


def key_sets():
    """The stage alone on the two answer-key sets of real documents."""
    from pipeline.evaluate import evaluate_tables

    print()
    print(row("answer keys", "documents", "P", "R", "F1", "task filled", "recipient exact", "responsible filled"))
    print(row("---", "---", "---", "---", "---", "---", "---", "---"))
    for gold_dir, texts in ((SHARED / "devset" / "gold", SHARED / "devset" / "texts"),
                            (SHARED / "gold-wild", SHARED / "wild")):
        if not gold_dir.is_dir():
            continue
        stems = {p.stem for p in gold_dir.glob("*.json")}
        docs = [doc for doc in documents_in(texts) if doc.doc_id.split("#")[0] in stems]
        report = evaluate_tables(gold_dir, {"deadlines": frame(run_stage(prepared(docs)))})
        d, fields = report.deadlines, report.deadline_fields
        print(row(gold_dir.relative_to(SHARED.parent), len(docs), f"{d.precision:.3f}", f"{d.recall:.3f}",
                  f"{d.f1:.3f}", f"{fields['task_filled'].value:.3f}", f"{fields['recipient'].value:.3f}",
                  f"{fields['responsible_filled'].value:.3f}"))


def speed():
    """CPU time of the stage over every text of ../shared/wild and ../shared/devset, in one pass as a run
    makes it (after `warm_up`)."""
    docs = documents_in(SHARED / "wild") + documents_in(SHARED / "devset" / "texts")
    if not docs:
        return
    items = prepared(docs)
    megabytes = sum(len(doc.text.encode("utf-8")) for doc in docs) / 1e6
    warm_up()
    start = time.process_time()
    found = len(run_stage(items))
    seconds = time.process_time() - start
    print()
    print(row("deadline stage", "documents", "MB (UTF-8)", "CPU s", "CPU s / MB", "MB/s", "rows"))
    print(row("---", "---", "---", "---", "---", "---", "---"))
    print(row("deadlines.extract", len(docs), f"{megabytes:.2f}", f"{seconds:.3f}", f"{seconds / megabytes:.3f}",
              f"{megabytes / seconds:.1f}", found))


if __name__ == "__main__":
    main()
