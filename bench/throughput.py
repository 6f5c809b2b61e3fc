"""Throughput and memory of the whole pipeline on N-document corpora, local engine with 1 and 2
workers and a 2-worker Dask LocalCluster, beside peers doing comparable work on a sample.

The corpus is the wild set (or the sample corpus) replicated under new names with hard links, so
building 100,000 documents costs no disk. Each run is a `vnplan extract` subprocess whose process
tree (main process, fork server, workers) is sampled every 50 ms: per run, the CPU seconds of the
whole tree, the peak RSS of its largest process and the peak RSS of the whole tree. The speed-up of
the most workers over one worker is printed per corpus size (same corpus, same invocation).

    python bench/throughput.py --docs 113 --no-dask --no-peers     # the wild set as it is: 1 vs 2 workers
    python bench/throughput.py --docs 1000 --docs 10000
    python bench/throughput.py --docs 100000 --source corpus --workers 2 --no-dask
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import CORPUS, ROOT, WILD, row, wild_documents

VNPLAN = [sys.executable, "-m", "pipeline"]


def build_corpus(folder: Path, n: int, source: Path) -> tuple[int, int]:
    files = sorted(source.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        src = files[i % len(files)]
        dst = folder / f"{i // 1000:03d}" / f"doc{i:06d}_{src.name}"
        dst.parent.mkdir(exist_ok=True)
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy(src, dst)
        total += src.stat().st_size
    return n, total


class _TreeSampler(threading.Thread):
    """Peak RSS (largest process, whole tree) and CPU seconds of a process and its descendants."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.stop = threading.Event()
        self.peak_process = self.peak_tree = 0
        self.cpu: dict[int, float] = {}

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self.stop.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
            except psutil.Error:
                return
            total = 0
            for process in tree:
                try:
                    rss = process.memory_info().rss
                    times = process.cpu_times()
                except psutil.Error:
                    continue
                total += rss
                self.peak_process = max(self.peak_process, rss)
                self.cpu[process.pid] = times.user + times.system
            self.peak_tree = max(self.peak_tree, total)
            time.sleep(0.05)


def run(args: list[str]) -> tuple[float, str, _TreeSampler]:
    start = time.perf_counter()
    proc = subprocess.Popen([*VNPLAN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = _TreeSampler(proc.pid)
    sampler.start()
    _, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(stderr)
    return elapsed, stderr, sampler


def peers(sample_docs) -> list[str]:
    import warnings

    import regex

    lines = []
    mb = sum(len(d.text.encode("utf-8")) for d in sample_docs) / 1e6  # MB of UTF-8 bytes, as for vnplan
    naive = regex.compile(r"(Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kế hoạch|Công văn|Kết luận)\s+(?:số\s+)?(\d+[/-][\w/&-]+)")
    start = time.perf_counter()
    for d in sample_docs:
        list(naive.finditer(d.text))
    secs = time.perf_counter() - start
    lines.append(row("naive citation regex (one pattern)", f"{len(sample_docs) / secs:.0f}", f"{mb / secs:.1f}", "citations only"))
    from dateparser.search import search_dates

    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for d in sample_docs[:10]:
            search_dates(d.text[:20000], languages=["vi"])
    secs = time.perf_counter() - start
    mb10 = sum(len(d.text[:20000].encode("utf-8")) for d in sample_docs[:10]) / 1e6
    lines.append(row("dateparser search_dates (vi)", f"{10 / secs:.2f}", f"{mb10 / secs:.3f}", "dates only, first 20k chars"))
    from underthesea import ner

    start = time.perf_counter()
    for d in sample_docs[:10]:
        for line in d.text[:20000].split("\n"):
            if line.strip():
                ner(line)
    secs = time.perf_counter() - start
    lines.append(row("underthesea ner", f"{10 / secs:.2f}", f"{mb10 / secs:.3f}", "entities only, first 20k chars"))
    lines.append(row("unstructured partition_text", "—", "—", "downloads an English spaCy model at run time: cannot run offline"))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, action="append", help="corpus sizes (repeatable); default 1000 and 10000")
    parser.add_argument("--source", choices=["wild", "corpus"], default="wild")
    parser.add_argument("--workers", type=int, action="append", help="local worker counts; default 1 and 2")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--no-peers", action="store_true")
    args = parser.parse_args()
    sizes = args.docs or [1000, 10000]
    worker_counts = args.workers or [1, 2]
    source = WILD if args.source == "wild" else CORPUS
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; source: {source}")
    print(row("documents", "engine", "seconds", "docs/s", "MB/s", "CPU-s", "peak RSS largest process (MiB)",
              "peak RSS whole run (MiB)", "stage breakdown"))
    print(row("---", "---", "---", "---", "---", "---", "---", "---", "---"))
    with tempfile.TemporaryDirectory(prefix="vnplan-bench-") as tmp:
        for n in sizes:
            folder = Path(tmp) / f"in{n}"
            _, size = build_corpus(folder, n, source)
            engines = [("local", w) for w in worker_counts] + ([] if args.no_dask else [("dask", 2)])
            seconds_by_workers = {}
            for engine, workers in engines:
                out = Path(tmp) / f"out{n}_{engine}{workers}"
                secs, err, tree = run(["extract", str(folder), "--out", str(out), "--no-progress", "--workers",
                                       str(workers), "--engine", engine, "--format", "parquet,duckdb", "--timings"])
                stages = re.search(r"stage seconds \(all workers\): (.*)", err)
                breakdown = stages.group(1) if stages else ""
                breakdown = ", ".join(p.split(" (")[0] + " " + p.split("(")[1].rstrip(")") for p in breakdown.split(", ")[:4]) if breakdown else ""
                print(row(n, f"{engine} ×{workers}", f"{secs:.1f}", f"{n / secs:.0f}", f"{size / 1e6 / secs:.2f}",
                          f"{sum(tree.cpu.values()):.1f}", f"{tree.peak_process / 2**20:.0f}",
                          f"{tree.peak_tree / 2**20:.0f}", breakdown), flush=True)
                if engine == "local":
                    seconds_by_workers[workers] = secs
                if engine == "local" and workers == max(worker_counts):
                    again, _, _ = run(["extract", str(folder), "--out", str(out), "--no-progress", "--workers",
                                       str(workers), "--format", "parquet,duckdb"])
                    print(row(n, f"no-change re-run ×{workers}", f"{again:.2f}", "", "", "", "", "",
                              f"{again / secs:.1%} of the first run"), flush=True)
                shutil.rmtree(out, ignore_errors=True)
            if len(seconds_by_workers) > 1 and 1 in seconds_by_workers:
                most = max(seconds_by_workers)
                print(row(n, f"speed-up local ×{most} over ×1", f"{seconds_by_workers[1] / seconds_by_workers[most]:.2f}×",
                          "", "", "", "", "", "wall time, same corpus, same invocation"), flush=True)
            shutil.rmtree(folder, ignore_errors=True)
    if not args.no_peers:
        print()
        print("peers on a sample of the wild set (one core)")
        print(row("tool", "docs/s", "MB/s", "what it does"))
        print(row("---", "---", "---", "---"))
        for line in peers(wild_documents()[:40]):
            print(line)


if __name__ == "__main__":
    main()
