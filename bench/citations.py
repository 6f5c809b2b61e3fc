"""Citation stage alone: speed on ../shared/wild (MB of text per second on one core) and mention F1
on the three answer-key sets, beside a naive single-regex extractor (what a user would write first).

    python bench/citations.py
    python bench/citations.py --before main   # also a git revision's stage, pass by pass in turn (CPU)
    python bench/citations.py --before main --cold 12   # and each one's first pass, as a worker pays it
"""
from __future__ import annotations

import argparse
import gc
import importlib
import os
import statistics
import tempfile
import time
from pathlib import Path

import pandas as pd
import regex

from _common import GOLD, SHARED, corpus_documents, documents_in, row, wild_documents

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


def line_numbered(doc, rows):
    """Rows with the line of their start in the document (the gold aligns repeated mentions by line)."""
    for r in rows:
        r["line"] = doc.text.count("\n", 0, r["start"]) + 1
    return rows


def timed(fn, docs, repeat=3, clock=time.perf_counter):
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        for doc in docs:
            fn(doc)
        best = min(best, clock() - start)
    return best


def scores(make_rows):
    """(all, numbered, name-only) mention F1 on each answer-key set, one document at a time."""
    from pipeline.evaluate import evaluate_tables

    out = []
    for gold, docs in ((GOLD, corpus_documents()), (SHARED / "gold-wild", wild_documents()),
                       (SHARED / "devset" / "gold", documents_in(SHARED / "devset" / "texts"))):
        frame = pd.DataFrame([r for d in docs for r in line_numbered(d, make_rows(d))])
        report = evaluate_tables(gold, {"citations": frame})
        out.append(f"{report.citations.f1:.3f} / {report.citations_numbered.f1:.3f} / {report.citations_named.f1:.3f}")
    return out


def side_by_side(revision: str, docs, megabytes: float, passes: int) -> None:
    """The stage of `revision` and of this checkout over the same documents in one process, pass by
    pass in turn (the best CPU time of each): their ratio holds on a machine shared with other runs.
    Then the two document by document in turn (which goes first alternates by pass): the load of a
    shared machine changes within a pass, and a ratio of neighbouring calls moves far less."""
    from pipeline import citations
    from pipeline_cpu import load_revision

    before = importlib.import_module(load_revision(revision, Path(tempfile.mkdtemp())) + ".citations")
    versions = ((revision, before), ("this checkout", citations))
    best = {revision: float("inf"), "this checkout": float("inf")}
    for module in (before, citations):
        for doc in docs:
            module.extract(doc)  # warm caches and lazy imports
    for _ in range(passes):
        for label, module in versions:
            gc.collect()
            start = time.process_time()
            for doc in docs:
                module.extract(doc)
            best[label] = min(best[label], time.process_time() - start)
    ratios = []
    for n in range(passes):
        spent = {revision: 0.0, "this checkout": 0.0}
        gc.collect()
        for doc in docs:
            for label, module in versions if n % 2 == 0 else versions[::-1]:
                start = time.process_time()
                module.extract(doc)
                spent[label] += time.process_time() - start
        ratios.append(spent["this checkout"] / spent[revision])
    print(f"\nbest of {passes} passes in turn, CPU")
    print(row("version", "CPU s", "MB/s (CPU)"))
    print(row("---", "---", "---"))
    for label, seconds in best.items():
        print(row(label, f"{seconds:.3f}", f"{megabytes / seconds:.2f}"))
    print(f"ratio this checkout / {revision}: {best['this checkout'] / best[revision]:.3f} (best passes); "
          f"{statistics.median(ratios):.3f} (document by document in turn, median of {passes} passes: "
          f"{', '.join(f'{r:.3f}' for r in sorted(ratios))})")


def cold_passes(revision: str, runs: int) -> None:
    """Each version's first pass over wild + devset/texts in a fork of a process that warmed both up as
    the run's fork server does (`warmup._load_everything`: the stages once over a sample plan), the
    versions in turn, which goes first alternating: what a worker pays on its first files, with the
    text caches empty and any pattern the warm-up did not compile compiled then."""
    from pipeline_cpu import load_revision

    folders = (SHARED / "wild", SHARED / "devset" / "texts")
    prepared = []
    for package in (load_revision(revision, Path(tempfile.mkdtemp())), "pipeline"):
        m = lambda sub: importlib.import_module(f"{package}.{sub}")  # noqa: E731
        m("warmup")._load_everything()
        docs = []
        for path in (p for folder in folders for p in sorted(folder.glob("*.txt"))):
            raw = m("readers").read(str(path))
            docs += m("split").split_documents(str(path), m("normalize").normalize(raw.text), raw.encoding)
        metas = [m("frame").extract_meta(d) for d in docs]
        prepared.append((m("citations"), docs, metas))
    megabytes = sum(len(d.text.encode("utf-8")) for d in prepared[-1][1]) / 1e6

    def first_pass(citations, docs, metas) -> float:
        reading, writing = os.pipe()
        pid = os.fork()
        if pid == 0:
            start = time.process_time()
            for doc, meta in zip(docs, metas):
                citing = meta.issued_date or (f"{meta.year}-12-31" if meta.year else "")
                citations.to_rows(doc, citations.extract(doc, meta.doc_number, meta.issuer, citing, meta.doc_type),
                                  lambda _o: "")
            os.write(writing, repr(time.process_time() - start).encode())
            os._exit(0)
        os.close(writing)
        with os.fdopen(reading) as result:
            spent = float(result.read())
        os.waitpid(pid, 0)
        return spent

    spent: list[list[float]] = [[], []]
    for n in range(runs):
        for i in ((0, 1) if n % 2 == 0 else (1, 0)):
            spent[i].append(first_pass(*prepared[i]))
    ratios = sorted(b / a for a, b in zip(*spent))
    print(f"\nfirst pass in a fresh worker, wild + devset/texts ({megabytes:.2f} MB), {runs} forks each, in turn")
    print(row("version", "CPU ms per MB, median", "best"))
    print(row("---", "---", "---"))
    for label, seconds in zip((revision, "this checkout"), spent):
        print(row(label, f"{statistics.median(seconds) * 1000 / megabytes:.1f}", f"{min(seconds) * 1000 / megabytes:.1f}"))
    print(f"ratio this checkout / {revision}, fork by fork: median {statistics.median(ratios):.3f} "
          f"({', '.join(f'{r:.3f}' for r in ratios)})")


def main():
    from pipeline import citations

    parser = argparse.ArgumentParser()
    parser.add_argument("--before", help="a git revision to measure beside this checkout")
    parser.add_argument("--passes", type=int, default=7)
    parser.add_argument("--cold", type=int, default=0, help="with --before: this many first passes of each in a fresh fork")
    args = parser.parse_args()
    if args.before and args.cold:
        cold_passes(args.before, args.cold)
        return
    wild = wild_documents()
    megabytes = sum(len(d.text.encode("utf-8")) for d in wild) / 1e6
    citations.extract(wild[0])  # warm caches and lazy imports
    # Wall time, and the CPU time of this process: on a shared machine the second is what one core
    # does, whatever else runs beside it.
    ours = [timed(lambda d: citations.extract(d), wild, clock=c) for c in (time.perf_counter, time.process_time)]
    naive = [timed(lambda d: list(NAIVE.finditer(d.text)), wild, clock=c) for c in (time.perf_counter, time.process_time)]
    n_ours = sum(len(citations.extract(d)) for d in wild)
    n_naive = sum(len(list(NAIVE.finditer(d.text))) for d in wild)

    print(f"citation stage on ../shared/wild: {len(wild)} documents, {megabytes:.2f} MB of text, one core")
    print("mention F1 all / numbered / name-only, each document on its own (no run-level keys)")
    print(row("extractor", "MB/s (wall)", "MB/s (CPU)", "mentions found (wild)", "gold", "gold-wild", "devset/gold"))
    print(row("---", "---", "---", "---", "---", "---", "---"))
    for label, (wall, cpu), n, make in (("vnplan", ours, n_ours, ours_rows), ("naive single regex", naive, n_naive, naive_rows)):
        print(row(label, f"{megabytes / wall:.1f}", f"{megabytes / cpu:.1f}", n, *scores(make)))
    if args.before:
        side_by_side(args.before, wild, megabytes, args.passes)


if __name__ == "__main__":
    main()
