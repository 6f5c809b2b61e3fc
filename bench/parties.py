"""Responsible parties: accuracy on the answer keys, beside underthesea's NER, and the speed of the stage.

- accuracy on ../shared/gold (the sample plans) for vnplan and for underthesea's NER (ORG and PER entities
  taken as parties, names normalized the same way), and for vnplan on ../shared/devset/gold (real plans
  and letters; NER is too slow to run on it: ~11k characters/s);
- the parties stage alone over ../shared/wild (113 documents, one core), after the answer keys warmed the
  lexicons and models up: CPU seconds of one pass (the first: caches of phrases are cold, as on unseen
  documents), MB/s of UTF-8 text, and how many parties it finds.

- with `--shapes`: where the stage's CPU goes, shape by shape, over every shared text (sample corpus, wild,
  devset/texts: 141 documents), the first pass of the process (caches of phrases and names cold) and the best
  of the passes after it; and the funnel from anchors to assignments: how many times each reader was asked,
  how many lists of names it read, how many it kept.
- with `--repeats`: how often the readers of names are asked in one pass over the same 141 documents, and how
  many of those asks fall on what the same document was already asked (same position and arguments): the
  most a per-document memo of them could save.

    python bench/parties.py
    python bench/parties.py --shapes [--passes N]
    python bench/parties.py --repeats
"""
from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict

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


# The steps of `parties.extract`: the shapes (party_shapes.py) and the stage's own steps (parties.py).
SHAPES = ("labelled_lists", "task_tables", "damaged_lists", "heading_parties", "addressees", "subjects",
          "listed_subjects", "person_subjects", "cue_objects", "assignment_sections")
OWN_STEPS = ("PartyText", "_rows", "_document_level")


def _timed_steps(spent: Counter) -> None:
    """Wrap the stage's steps to add their CPU seconds to `spent` (a few calls per document: no weight)."""
    from pipeline import parties, party_ocr, party_shapes

    def timed(name, fn):
        def step(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start
        return step

    for name in SHAPES:
        setattr(party_shapes, name, timed(name, getattr(party_shapes, name)))
    for name in OWN_STEPS:
        setattr(parties, name, timed(name, getattr(parties, name)))
    party_ocr.damaged = timed("OCR-damage test", party_ocr.damaged)


def _counted_readers(asked: Counter) -> None:
    """Wrap the readers to count in `asked` how often each is asked, and each list of names read or kept by the
    stage function that asked (counting costs a Python call per ask: not done while timing)."""
    import sys

    from pipeline import party_shapes, party_text

    def asker() -> str:
        frame = sys._getframe(2)
        while frame.f_code.co_filename == __file__ or frame.f_code.co_name == "party_list":
            frame = frame.f_back  # (past these wrappers and `PartyText.party_list`'s cache)
        return frame.f_code.co_name

    def counted(name, fn, by_asker=False):
        def call(*args, **kwargs):
            asked[f"{name}: {asker()}" if by_asker else name] += 1
            return fn(*args, **kwargs)
        return call

    party_shapes._subject = counted("subject position tested (`_subject`)", party_shapes._subject)
    party_shapes._cue_object = counted("cue word tested (`_cue_object`)", party_shapes._cue_object)
    party_text.PartyText._party_list = counted("lists of names read (`PartyText.party_list`)",
                                               party_text.PartyText._party_list, True)
    party_text.Findings.take = counted("lists kept (`Findings.take`)", party_text.Findings.take, True)


def shapes(passes: int) -> None:
    from pipeline.parties import extract

    corpus = prepared(corpus_documents())
    items = corpus + prepared(wild_documents()) + prepared(documents_in(SHARED / "devset" / "texts"))
    megabytes = sum(len(doc.text.encode("utf-8")) for doc, *_ in items) / 1e6
    extract(*corpus[0])  # lexicons and patterns load once per process
    spent, first, best = Counter(), Counter(), Counter()
    _timed_steps(spent)
    for n in range(passes):
        spent.clear()
        for item in items:
            extract(*item)
        for name, seconds in spent.items():
            if n == 0:
                first[name] = seconds
            else:
                best[name] = min(best.get(name, seconds), seconds)
    print(f"parties stage, step by step ({len(items)} documents, {megabytes:.2f} MB): CPU ms per MB")
    print(row("step", "first pass", f"best of the {passes - 1} passes after it"))
    print(row("---", "---", "---"))
    for name, seconds in first.most_common():
        print(row(name, f"{seconds * 1000 / megabytes:.1f}", f"{best[name] * 1000 / megabytes:.1f}"))
    print(row("**all steps**", f"{sum(first.values()) * 1000 / megabytes:.1f}",
              f"{sum(best.values()) * 1000 / megabytes:.1f}"))
    asked = Counter()
    _counted_readers(asked)
    for item in items:
        extract(*item)
    print("\nthe readers in one pass: how often asked, lists read and kept by the function that asked")
    print(row("what", "times"))
    print(row("---", "---"))
    for name, times in sorted(asked.items()):
        print(row(name, times))


def _asks_recorded(asks: defaultdict[str, list]) -> None:
    """Wrap the readers of names to record in `asks[reader]` what each is asked: the arguments that decide its
    answer (the text by its hash: names are also read alone, in party_forms). A function imported by name into
    other modules of the stage is wrapped there too."""
    import sys

    from pipeline import party_names, party_shapes, party_text

    def recorded(name, fn, what):
        def call(*args, **kwargs):
            asks[name].append(what(*args, **kwargs))
            return fn(*args, **kwargs)
        return call

    wrapped = {
        party_names.name_end: recorded("name_end", party_names.name_end, lambda t, _l, *rest: (hash(t), *rest)),
        party_names.mention_at: recorded("party_names.mention_at", party_names.mention_at,
                                         lambda t, _l, pos: (hash(t), pos)),
        party_names.cue_at: recorded("cue_at", party_names.cue_at,
                                     lambda low, pos, functions=frozenset(): (hash(low), pos, functions)),
    }
    for module in [m for name, m in sys.modules.items() if name.startswith("pipeline.part")]:
        for attribute, value in list(vars(module).items()):
            if callable(value) and value in wrapped:
                setattr(module, attribute, wrapped[value])
    party_text.PartyText.mention_at = recorded("PartyText.mention_at", party_text.PartyText.mention_at,
                                               lambda _self, pos: pos)
    party_text.PartyText.party_list = recorded("PartyText.party_list", party_text.PartyText.party_list,
                                               lambda _self, start, limit, lenient=False: (start, limit, lenient))
    party_shapes._subject = recorded("_subject", party_shapes._subject, lambda _t, _f, pos, comma, _a: (pos, comma))
    party_shapes._cue_object = recorded("_cue_object", party_shapes._cue_object, lambda _t, _f, m, _h: m.span())


def repeats() -> None:
    from pipeline.parties import extract

    corpus = prepared(corpus_documents())
    items = corpus + prepared(wild_documents()) + prepared(documents_in(SHARED / "devset" / "texts"))
    extract(*corpus[0])  # lexicons and patterns load once per process
    asks: defaultdict[str, list] = defaultdict(list)
    seen: defaultdict[str, set] = defaultdict(set)
    total: Counter = Counter()
    _asks_recorded(asks)
    for item in items:
        for asked in asks.values():
            asked.clear()
        extract(*item)
        for name, asked in asks.items():  # (asks are compared within one document only)
            total[name] += len(asked)
            seen[name].update((item[0].doc_id, a) for a in asked)
    print(f"the readers of names in one pass over {len(items)} documents")
    print(row("reader", "asked", "per document", "distinct asks", "asked again (a memo's most)"))
    print(row("---", "---", "---", "---", "---"))
    for name in asks:
        again = total[name] - len(seen[name])
        print(row(name, total[name], f"{total[name] / len(items):.0f}", len(seen[name]),
                  f"{again} ({again / max(1, total[name]):.1%})"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--shapes", action="store_true", help="the stage's CPU step by step, and its funnel")
    parser.add_argument("--repeats", action="store_true", help="how often the name readers are asked the same thing")
    parser.add_argument("--passes", type=int, default=4)
    args = parser.parse_args()
    if args.shapes:
        shapes(max(2, args.passes))
        return
    if args.repeats:
        repeats()
        return
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
