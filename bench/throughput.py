"""Throughput and memory of the whole pipeline on N-document corpora, local engine with 1 and 2
workers and a 2-worker Dask LocalCluster, beside peers doing comparable work on a sample.

The corpus is the wild set (or the sample corpus) replicated under new names with hard links, so
building 100,000 documents costs no disk. Each run is a `vnplan extract` subprocess whose process
tree is sampled every 20 ms (50 ms past 1,000 documents): per run, the CPU seconds of the whole tree
and of each kind of process (the main process; the fork server and multiprocessing's resource tracker,
or with Dask its cluster's processes; the workers), when the first worker appeared and how long the
run went on after the last one (the serial start and end no worker count shortens), the peak RSS of
its largest process and of the whole tree. The speed-up of the most workers over one worker is
printed per corpus size (same corpus, same invocation; with --repeat, the best of N runs each, the
runs alternating).

    python bench/throughput.py --docs 113 --no-dask --no-peers --repeat 5   # the wild set: 1 vs 2 workers
    python bench/throughput.py --docs 113 --no-dask --no-peers --repeat 5 --before main   # and main's code, alternating
    python bench/throughput.py --docs 3000 --workers 2 --no-dask --no-peers --format csv,parquet,xlsx,duckdb
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
    """Peak RSS (largest process, whole tree) and CPU seconds of a process and its descendants, by
    role: the main process, the fork server (and multiprocessing's resource tracker), the workers
    (the fork server's children); when the first worker appeared and the last one was seen, and the
    main process's CPU seconds by then (what it took from the workers rather than added at the end)."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.stop = threading.Event()
        self.started = time.perf_counter()
        self.peak_process = self.peak_tree = 0
        self.cpu: dict[int, float] = {}
        self.role: dict[int, str] = {}
        self.first_worker = self.last_worker = None
        self.main_while_workers = 0.0

    def cpu_of(self, role: str) -> float:
        return sum(c for pid, c in self.cpu.items() if self.role.get(pid) == role)

    def _role(self, process) -> str:
        if process.pid == self.pid:
            return "main"
        parent = process.ppid()
        return "server" if parent == self.pid or self.role.get(parent) != "server" else "worker"

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
            now = time.perf_counter() - self.started
            workers_seen = False
            for process in tree:
                try:
                    rss = process.memory_info().rss
                    times = process.cpu_times()
                    if process.pid not in self.role:
                        self.role[process.pid] = self._role(process)
                except psutil.Error:
                    continue
                total += rss
                self.peak_process = max(self.peak_process, rss)
                self.cpu[process.pid] = times.user + times.system
                if self.role[process.pid] == "worker":
                    self.first_worker = self.first_worker if self.first_worker is not None else now
                    self.last_worker = now
                    workers_seen = True
            if workers_seen:
                self.main_while_workers = self.cpu.get(self.pid, 0.0)
            self.peak_tree = max(self.peak_tree, total)
            time.sleep(self.interval)


def run(args: list[str], interval: float = 0.05, code: Path = ROOT) -> tuple[float, str, _TreeSampler]:
    """One `vnplan` run of the pipeline in `code` (this checkout, or a revision unpacked by --before)."""
    start = time.perf_counter()
    proc = subprocess.Popen([*VNPLAN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=code)
    sampler = _TreeSampler(proc.pid, interval)
    sampler.start()
    _, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    # Exit 1 is a run with errors rows; a run that failed to publish exits 1 too and must not count.
    if proc.returncode not in (0, 1) or not re.search(r"errors in [\d.]+ s →|up to date", stderr):
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
    parser.add_argument("--repeat", type=int, default=1, help="runs of every engine, alternating; the best counts")
    parser.add_argument("--format", default="parquet,duckdb", help="the runs' --format (default parquet,duckdb; "
                                                                   "'csv,parquet,xlsx,duckdb' is vnplan's default)")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--before", help="a git revision whose local runs alternate with this checkout's (its "
                                         "pipeline/ and models/ unpacked into a temporary folder)")
    args = parser.parse_args()
    sizes = args.docs or [1000, 10000]
    worker_counts = args.workers or [1, 2]
    source = WILD if args.source == "wild" else CORPUS
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; source: {source}; "
          f"formats: {args.format}; load average before: {os.getloadavg()[0]:.2f}")
    print(row("documents", "engine", "seconds", "docs/s", "MB/s", "CPU-s (main / fork server / workers)",
              "main CPU-s while workers ran", "first worker at (s)", "after last worker (s)", "peak RSS largest process (MiB)",
              "peak RSS whole run (MiB)", "stage breakdown"))
    print(row(*["---"] * 12))
    with tempfile.TemporaryDirectory(prefix="vnplan-bench-") as tmp:
        codes = {"": ROOT}
        if args.before:
            codes[f"{args.before} "] = Path(tmp) / "before"
            codes[f"{args.before} "].mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.before, "pipeline", "models"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(codes[f"{args.before} "])], input=archive, check=True)
        for n in sizes:
            folder = Path(tmp) / f"in{n}"
            _, size = build_corpus(folder, n, source)
            engines = [(label, "local", w) for label in codes for w in worker_counts] + \
                ([] if args.no_dask else [("", "dask", 2)])
            best: dict[tuple[str, str, int], float] = {}
            for attempt in range(args.repeat):
                for label, engine, workers in engines:  # in turn, so that every engine sees the same machine load
                    out = Path(tmp) / f"out{n}_{engine}{workers}"
                    secs, err, tree = run(["extract", str(folder), "--out", str(out), "--no-progress", "--workers",
                                           str(workers), "--engine", engine, "--format", args.format, "--timings"],
                                          interval=0.02 if n <= 1000 else 0.05, code=codes[label])
                    stages = re.search(r"stage (?:CPU )?seconds \(all workers\): (.*)", err)
                    breakdown = stages.group(1) if stages else ""
                    breakdown = ", ".join(p.split(" (")[0] + " " + p.split("(")[1].rstrip(")") for p in breakdown.split(", ")[:4]) if breakdown else ""
                    cpu = f"{sum(tree.cpu.values()):.1f} ({tree.cpu_of('main'):.2f} / {tree.cpu_of('server'):.2f} / {tree.cpu_of('worker'):.2f})"
                    first = f"{tree.first_worker:.2f}" if tree.first_worker is not None else ""
                    after = f"{secs - tree.last_worker:.2f}" if tree.last_worker is not None else ""
                    print(row(n, f"{label}{engine} ×{workers}", f"{secs:.2f}", f"{n / secs:.0f}", f"{size / 1e6 / secs:.2f}", cpu,
                              f"{tree.main_while_workers:.2f}", first, after, f"{tree.peak_process / 2**20:.0f}", f"{tree.peak_tree / 2**20:.0f}",
                              breakdown), flush=True)
                    best[(label, engine, workers)] = min(best.get((label, engine, workers), secs), secs)
                    if attempt == 0 and not label and engine == "local" and workers == max(worker_counts):
                        again, _, _ = run(["extract", str(folder), "--out", str(out), "--no-progress", "--workers",
                                           str(workers), "--format", args.format])
                        print(row(n, f"no-change re-run ×{workers}", f"{again:.2f}", *[""] * 8,
                                  f"{again / secs:.1%} of the first run"), flush=True)
                    shutil.rmtree(out, ignore_errors=True)
            for label in codes:
                local = {w: secs for (code, engine, w), secs in best.items() if engine == "local" and code == label}
                if len(local) > 1 and 1 in local:
                    most = max(local)
                    print(row(n, f"{label}speed-up local ×{most} over ×1", f"{local[1] / local[most]:.2f}×", *[""] * 8,
                              f"best of {args.repeat} wall times each, same corpus, same invocation"), flush=True)
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
