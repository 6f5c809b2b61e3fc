"""Section segmentation scored on the gold: vnplan's tree beside a flat baseline (every line that
starts with a number, numeral or letter marker is a heading, all at level 1, ids from the markers in
order) — what generic text-splitting tools give. (`unstructured.partition_text` would be the natural
peer, but it downloads an English spaCy model at run time and cannot run offline here.)

    python bench/sections.py
"""
from __future__ import annotations

import time

import pandas as pd
import regex

from _common import corpus_documents, row, score

FLAT = regex.compile(r"(?m)^[ \t*#]*((?:[IVX]+|\d+(?:\.\d+)*|[a-zđA-Z])[.)])\s*(.*)$")


def flat_rows(doc):
    rows, seen = [], {}
    for m in FLAT.finditer(doc.text):
        value = m.group(1).rstrip(".)").rsplit(".", 1)[-1]
        seen[value] = seen.get(value, 0) + 1
        section_id = value if seen[value] == 1 else f"{value}_{seen[value]}"
        rows.append({"doc_id": doc.doc_id, "section_id": section_id, "parent_id": "", "level": 1,
                     "marker": m.group(1), "heading": m.group(2).strip(" *.;:"), "start": m.start(), "end": m.end()})
    return rows


def ours_rows(doc):
    from pipeline.records import as_row
    from pipeline.sections import segment

    return [as_row(s) for s in segment(doc.doc_id, doc.text)]


def main():
    docs = corpus_documents()
    print(f"sections on ../shared/gold ({len(docs)} documents)")
    print(row("segmenter", "section_id+marker P", "R", "F1", "heading exact", "ms / document"))
    print(row("---", "---", "---", "---", "---", "---"))
    for label, fn in (("vnplan", ours_rows), ("flat baseline", flat_rows)):
        start = time.perf_counter()
        rows = [r for d in docs for r in fn(d)]
        elapsed = (time.perf_counter() - start) * 1000 / len(docs)
        report = score({"sections": pd.DataFrame(rows)})
        s = report.sections
        print(row(label, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                  f"{report.section_heading.value:.3f}", f"{elapsed:.1f}"))


if __name__ == "__main__":
    main()
