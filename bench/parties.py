"""Responsible parties scored on the gold: vnplan beside underthesea's NER (ORG and PER entities
taken as parties, names normalized the same way).

    python bench/parties.py
"""
from __future__ import annotations

import time

import pandas as pd

from _common import corpus_documents, row, score


def ner_rows(doc):
    from underthesea import ner

    from pipeline.parties import normalize_party

    rows, pos = [], 0
    for line in doc.text.split("\n"):
        if line.strip():
            entity = []
            for token, _pos, _chunk, tag in ner(line) + [("", "", "", "O")]:
                if tag.startswith(("B-ORG", "B-PER")) or tag == "O" or (entity and not tag.endswith(entity[0][1][2:])):
                    if entity:
                        surface = " ".join(t for t, _ in entity)
                        rows.append({"doc_id": doc.doc_id, "section_id": "", "start": pos, "end": pos, "surface": surface,
                                     "party": normalize_party(surface), "role": "lead", "task": ""})
                        entity = []
                    if tag.startswith(("B-ORG", "B-PER")):
                        entity = [(token, tag)]
                elif tag.startswith(("I-ORG", "I-PER")) and entity:
                    entity.append((token, tag))
        pos += len(line) + 1
    return rows


def ours_rows(doc):
    from pipeline.frame import extract_meta
    from pipeline.parties import extract
    from pipeline.records import as_row

    return [as_row(p) for p in extract(doc, extract_meta(doc), lambda _o: "")]


def main():
    docs = corpus_documents()
    print(f"parties on ../shared/gold ({len(docs)} documents)")
    print(row("extractor", "P", "R", "F1", "role accuracy (matched)", "ms / document"))
    print(row("---", "---", "---", "---", "---", "---"))
    for label, fn in (("vnplan", ours_rows), ("underthesea NER (ORG/PER)", ner_rows)):
        start = time.perf_counter()
        rows = [r for d in docs for r in fn(d)]
        ms = (time.perf_counter() - start) * 1000 / len(docs)
        report = score({"parties": pd.DataFrame(rows)})
        p = report.parties
        print(row(label, f"{p.precision:.3f}", f"{p.recall:.3f}", f"{p.f1:.3f}", f"{report.party_role.value:.3f}", f"{ms:.0f}"))


if __name__ == "__main__":
    main()
