"""Section segmentation scored on the gold: vnplan's tree beside a flat baseline (every line that
starts with a number, numeral or letter marker is a heading, all at level 1, ids from the markers in
order) — what generic text-splitting tools give. (`unstructured.partition_text` would be the natural
peer, but it downloads an English spaCy model at run time and cannot run offline here.)

    python bench/sections.py [--devset]

Scored on ../shared/gold, and with `--devset` on the keyed documents of ../shared/devset as well (real
plans and letters).

It also times the three stages that read a document's own frame — split (file → documents), sections,
metadata (header, title, signature) — in CPU milliseconds per MB of UTF-8 text over ../shared/wild and
../shared/devset/texts (best of three passes, one core).
"""
from __future__ import annotations

import sys
import time

import pandas as pd
import regex

from _common import GOLD, SHARED, WILD, corpus_documents, documents_in, row

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


def main(with_devset: bool):
    from pipeline.evaluate import evaluate_tables

    devset = SHARED / "devset"
    sets = [("../shared/gold", GOLD, corpus_documents())]
    if with_devset and (devset / "gold").is_dir():  # real plans and letters, keyed with every heading
        keyed = {path.stem for path in (devset / "gold").glob("*.json")}
        sets.append(("../shared/devset/gold", devset / "gold",
                     [d for d in documents_in(devset / "texts") if d.doc_id.split("#")[0] in keyed]))
    for name, gold, docs in sets:
        print(f"sections on {name} ({len(docs)} documents)")
        print(row("segmenter", "section_id+marker P", "R", "F1", "heading exact", "ms / document"))
        print(row("---", "---", "---", "---", "---", "---"))
        for label, fn in (("vnplan", ours_rows), ("flat baseline", flat_rows)):
            start = time.perf_counter()
            rows = [r for d in docs for r in fn(d)]
            elapsed = (time.perf_counter() - start) * 1000 / len(docs)
            report = evaluate_tables(gold, {"sections": pd.DataFrame(rows)})
            s = report.sections
            print(row(label, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                      f"{report.section_heading.value:.3f}", f"{elapsed:.1f}"))
        print()


def stage_costs():
    from pipeline.frame import extract_meta
    from pipeline.normalize import normalize
    from pipeline.readers import read
    from pipeline.sections import segment
    from pipeline.split import split_documents

    texts = []
    for folder in (WILD, SHARED / "devset" / "texts"):
        for path in sorted(folder.glob("*.txt")):
            raw = read(path)
            texts.append((str(path), normalize(raw.text), raw.encoding))
    if not texts:
        return
    megabytes = sum(len(text.encode("utf-8")) for _, text, _ in texts) / 1e6
    docs = [d for path, text, enc in texts for d in split_documents(path, text, enc)]
    extract_meta(docs[0])  # lexicons loaded before timing
    stages = (("split", lambda: [split_documents(p, t, e) for p, t, e in texts]),
              ("sections", lambda: [segment(d.doc_id, d.text) for d in docs]),
              ("metadata", lambda: [extract_meta(d) for d in docs]))
    print(f"frame stages on {len(texts)} files, {len(docs)} documents, {megabytes:.1f} MB")
    print(row("stage", "CPU ms / MB"))
    print(row("---", "---"))
    for label, run in stages:
        best = min(_cpu(run) for _ in range(3))
        print(row(label, f"{best * 1000 / megabytes:.1f}"))


def _cpu(run) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


if __name__ == "__main__":
    main(with_devset="--devset" in sys.argv)
    stage_costs()
