"""Citation stage alone: speed on ../shared/wild (MB of text per second on one core) and F1 on the
gold, beside a naive single-regex extractor (what a user would write first).

    python bench/citations.py
"""
from __future__ import annotations

import time

import pandas as pd
import regex

from _common import corpus_documents, row, score, wild_documents

NAIVE = regex.compile(r"(Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Công văn|Kết luận|Quy chế|Luật)"
                      r"\s+(?:số\s+)?(\d+[/-][\w/&-]+)")


def naive_rows(doc):
    return [{"doc_id": doc.doc_id, "section_id": "", "start": m.start(), "end": m.end(), "surface": m.group(0),
             "doc_type": m.group(1), "number_symbol": m.group(2), "name": "", "issued_date": "", "issuer": "",
             "subject": "", "relation": "other", "citation_key": f"{m.group(1)} {m.group(2)}"}
            for m in NAIVE.finditer(doc.text)]


def ours_rows(doc):
    from pipeline import citations
    from pipeline.records import as_row

    return [as_row(r) for r in citations.to_rows(doc, citations.extract(doc), lambda _o: "")]


def timed(fn, docs, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            fn(doc)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    from pipeline import citations

    wild = wild_documents()
    megabytes = sum(len(d.text.encode("utf-8")) for d in wild) / 1e6
    citations.extract(wild[0])  # warm caches and lazy imports
    ours_s = timed(lambda d: citations.extract(d), wild)
    naive_s = timed(lambda d: list(NAIVE.finditer(d.text)), wild)
    n_ours = sum(len(citations.extract(d)) for d in wild)
    n_naive = sum(len(list(NAIVE.finditer(d.text))) for d in wild)

    corpus = corpus_documents()
    ours_report = score({"citations": pd.DataFrame([r for d in corpus for r in ours_rows(d)])})
    naive_report = score({"citations": pd.DataFrame([r for d in corpus for r in naive_rows(d)])})

    print(f"citation stage on ../shared/wild: {len(wild)} documents, {megabytes:.2f} MB of text, one core")
    print(row("extractor", "MB/s", "mentions found (wild)", "numbered F1 (gold)", "name-only F1 (gold)",
              "issued_date acc.", "relation acc."))
    print(row("---", "---", "---", "---", "---", "---", "---"))
    for label, secs, n, rep in (("vnplan", ours_s, n_ours, ours_report), ("naive single regex", naive_s, n_naive, naive_report)):
        print(row(label, f"{megabytes / secs:.1f}", n, f"{rep.citations_numbered.f1:.3f}", f"{rep.citations_named.f1:.3f}",
                  f"{rep.citation_fields['issued_date'].value:.3f}", f"{rep.citation_fields['relation'].value:.3f}"))


if __name__ == "__main__":
    main()
