"""Responsible parties: accuracy on the answer keys, beside underthesea's NER, and the speed of the stage.

- accuracy on ../shared/gold (the sample plans) for vnplan and for underthesea's NER (ORG and PER entities
  taken as parties, names normalized the same way), and for vnplan on ../shared/devset/gold (real plans
  and letters; NER is too slow to run on it: ~11k characters/s);
- the parties stage alone over ../shared/wild (113 documents, one core), after the answer keys warmed the
  lexicons and models up: CPU seconds of one pass (the first: caches of phrases are cold, as on unseen
  documents), MB/s of UTF-8 text, and how many parties it finds.

    python bench/parties.py
"""
from __future__ import annotations

import time

import pandas as pd

from _common import SHARED, corpus_documents, documents_in, row, wild_documents


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


def prepared(docs):
    """Each document with what the parties stage receives from the stages before it (as api.analyse
    gives it: metadata, sections, the citations' mentions)."""
    from pipeline import citations
    from pipeline.frame import extract_meta
    from pipeline.sections import section_finder, segment

    out = []
    for doc in docs:
        sections = segment(doc.doc_id, doc.text)
        meta = extract_meta(doc)
        citing_date = meta.issued_date or (f"{meta.year}-12-31" if meta.year else "")
        mentions = citations.extract(doc, meta.doc_number, meta.issuer, citing_date, meta.doc_type)
        out.append((doc, meta, section_finder(sections), sections, mentions))
    return out


def ours_rows(item):
    from pipeline.parties import extract
    from pipeline.records import as_row

    doc = item[0]
    rows = [as_row(p) for p in extract(*item)]
    for r in rows:  # the evaluation pairs a key's row with the nearest predicted line
        r["line"] = doc.text.count("\n", 0, r["start"]) + 1
    return rows


def accuracy(label, items, gold, fn):
    start = time.perf_counter()
    rows = [r for item in items for r in fn(item)]
    ms = (time.perf_counter() - start) * 1000 / len(items)
    from pipeline.evaluate import evaluate_tables

    report = evaluate_tables(gold, {"parties": pd.DataFrame(rows)})
    p = report.parties
    print(row(label, f"{p.precision:.3f}", f"{p.recall:.3f}", f"{p.f1:.3f}", f"{report.party_role.value:.3f}",
              f"{ms:.0f}"))


def main():
    from pipeline.parties import extract

    corpus = prepared(corpus_documents())
    devset = prepared(documents_in(SHARED / "devset" / "texts"))
    extract(*corpus[0])  # lexicons and patterns load once per process, before anything is timed
    print("parties on the answer keys")
    print(row("extractor", "P", "R", "F1", "role accuracy (matched)", "ms / document"))
    print(row("---", "---", "---", "---", "---", "---"))
    accuracy("vnplan, ../shared/gold", corpus, SHARED / "gold", ours_rows)
    accuracy("underthesea NER (ORG/PER), ../shared/gold", [d for d, *_ in corpus], SHARED / "gold", ner_rows)
    accuracy("vnplan, ../shared/devset/gold", devset, SHARED / "devset" / "gold", ours_rows)

    wild = prepared(wild_documents())
    megabytes = sum(len(doc.text.encode("utf-8")) for doc, *_ in wild) / 1e6
    start = time.process_time()
    found = sum(len(extract(*item)) for item in wild)
    best = time.process_time() - start
    print(f"\nparties stage alone on ../shared/wild ({len(wild)} documents, {megabytes:.2f} MB, one core)")
    print(row("CPU s / pass", "MB/s", "parties found"))
    print(row("---", "---", "---"))
    print(row(f"{best:.2f}", f"{megabytes / best:.1f}", found))


if __name__ == "__main__":
    main()
