"""The store's own costs in the main process: CPU spent appending per-file results to the store
(`Store.add`; the rows arrive as Arrow columns their worker packed), and the main process's peak
memory for a whole `vnplan extract` run with the default formats (CSV, Parquet, XLSX, DuckDB) as the
corpus grows.

    python bench/store.py --add                      # pack and Store.add over ../shared/wild, CPU
    python bench/store.py --docs 3000                # peak RSS of the main process, default formats
    python bench/store.py --docs 100000 --source corpus+wild
    python bench/store.py --end-phase OUT/vnplan.duckdb --before main --repeats 3
                                                     # what a run does after its last worker

Peak RSS is the main process's own high-water mark (VmHWM, read at exit inside it), not that of its
workers: the store, the derived tables and every export run in the main process.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import CORPUS, ROOT, WILD, row
from throughput import build_corpus

# Runs the command line and reports, at exit, the main process's peak RSS and CPU seconds, and the
# peak within each store phase (the kernel's high-water mark is reset before each: clear_refs 5).
PROBE = """
import atexit, os, resource, sys, time
from pipeline import store
def hwm():
    return int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) // 1024
peaks, seconds, overall = {}, {}, [0]
def reset():
    overall[0] = max(overall[0], hwm())
    try:
        open('/proc/self/clear_refs', 'w').write('5')
    except OSError:
        pass
def phase(name, method):
    def run(*args, **kwargs):
        reset()
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            peaks[name] = max(peaks.get(name, 0), hwm())
            seconds[name] = seconds.get(name, 0) + time.perf_counter() - start
    return run
for name in ('add', 'derive', 'publish'):
    setattr(store.Store, name, phase(name, getattr(store.Store, name)))
if os.environ.get('BENCH_DUCKDB_CAP'):  # to try another cap
    store.MEMORY_LIMIT = os.environ['BENCH_DUCKDB_CAP']
def report():
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    phases = ', '.join(f'{k} {v} MiB {seconds[k]:.1f} s' for k, v in peaks.items())
    sys.stderr.write(f"\\nprobe: main peak RSS {max(overall[0], hwm())} MiB, main CPU {cpu.ru_utime + cpu.ru_stime:.1f} s"
                     f" ({phases})\\n")
atexit.register(report)
sys.argv = ['vnplan'] + sys.argv[1:]
from pipeline.cli import run
run()
"""


def bench_add(repeats: int) -> None:
    """A run's two sides of moving rows into the store: `pack` (each file's rows → the buffers of
    Arrow columns, in its worker) and `Store.add` of the packed results (the main process), in batches
    of 64 files."""
    from pipeline.extract import process_file
    from pipeline.packed import pack
    from pipeline.store import Store

    files = sorted(WILD.glob("*.txt"))
    results = [process_file(str(p)) for p in files]
    mb = sum(p.stat().st_size for p in files) / 1e6
    n_rows = sum(len(r.documents) + len(r.sections) + len(r.citations) + len(r.deadlines) + len(r.parties)
                 for r in results)
    packing, adding = [], []
    for _ in range(repeats):
        start = time.process_time()
        packed = [pack(r) for r in results]
        packing.append(time.process_time() - start)
        store = Store(None)
        start = time.process_time()
        for i in range(0, len(packed), 64):  # the batch size cli.extract uses
            store.add(packed[i:i + 64])
        adding.append(time.process_time() - start)
        store.discard()
    print(row("input", "files", "MB", "rows", "side", "CPU s (best)", "median", "CPU ms per MB"))
    print(row("---", "---", "---", "---", "---", "---", "---", "---"))
    for side, timings in (("pack (workers)", packing), ("Store.add (main)", adding)):
        median = statistics.median(timings)
        print(row("../shared/wild", len(files), f"{mb:.2f}", n_rows, side, f"{min(timings):.3f}", f"{median:.3f}",
                  f"{1000 * median / mb:.1f}"))


# The end of a run, alone: a finished store (a run's vnplan.duckdb) copied into a fresh output folder
# as its published store, then the derived tables and every export with the default formats, as
# `vnplan extract` does after its last worker (`Store.finish`). CPU counts every thread of the process.
END_PHASE = """
import json, resource, shutil, sys, time
from pathlib import Path
import duckdb
from pipeline import store
source, out = Path(sys.argv[1]), Path(sys.argv[2])
(out / '.vnplan').mkdir(parents=True)
shutil.copyfile(source, out / store.DUCKDB_NAME)
con = duckdb.connect(str(out / store.DUCKDB_NAME))
con.execute("UPDATE vnplan_meta SET value = ? WHERE key = 'version'", [store.PIPELINE_VERSION])  # this code's rows
con.close()
(out / '.vnplan' / 'published.json').write_text(json.dumps({'generation': 'bench', 'files': {}}))
work = store.Store(out)
cpu, wall = time.process_time(), time.perf_counter()
if hasattr(work, 'finish'):  # derive and publish overlapped, as `vnplan extract` does
    work.finish(store.DEFAULT_FORMATS)
else:  # code before Store.finish
    work.derive()
    work.publish(store.DEFAULT_FORMATS)
ru = resource.getrusage(resource.RUSAGE_SELF)
print(f"{time.process_time() - cpu:.2f} {time.perf_counter() - wall:.2f} {ru.ru_maxrss // 1024}")
"""


def bench_end_phase(store_path: Path, before: str | None, repeats: int) -> None:
    """Derive and publish on a copy of a finished store, this code and `before`'s alternating."""
    with tempfile.TemporaryDirectory(prefix="vnplan-end-bench-") as tmp:
        codes = {"this branch": str(ROOT)}
        if before:
            archive = Path(tmp) / "before"
            archive.mkdir()
            subprocess.run(f"git archive {before} | tar -x -C {archive}", shell=True, check=True, cwd=ROOT)
            codes = {f"before ({before})": str(archive), **codes}
        figures: dict[str, list[tuple[float, float, int]]] = {code: [] for code in codes}
        for i in range(repeats):
            for code, path in codes.items():
                out = Path(tmp) / f"out{i}-{len(figures[code])}-{code[:4]}"
                proc = subprocess.run([sys.executable, "-c", END_PHASE, str(store_path), str(out)], capture_output=True,
                                      text=True, cwd=tmp, env=dict(os.environ, PYTHONPATH=path))
                if proc.returncode:
                    raise SystemExit(proc.stderr[-3000:])
                cpu, wall, rss = proc.stdout.split()[-3:]
                figures[code].append((float(cpu), float(wall), int(rss)))
                subprocess.run(["rm", "-rf", str(out)])
        print(row("code", "derive + publish CPU s (each run)", "best CPU s", "best wall s", "peak RSS (MiB)"))
        print(row("---", "---", "---", "---", "---"))
        for code, runs in figures.items():
            print(row(code, ", ".join(f"{c:.2f}" for c, _, _ in runs), f"{min(c for c, _, _ in runs):.2f}",
                      f"{min(w for _, w, _ in runs):.2f}", max(r for _, _, r in runs)))


SOURCES = {"wild": [WILD], "corpus": [CORPUS], "corpus+wild": [CORPUS, WILD]}


def _source(tmp: Path, folders: list[Path]) -> Path:
    """One folder holding the .txt files of `folders` (hard links), for build_corpus to cycle over."""
    if len(folders) == 1:
        return folders[0]
    mixed = tmp / "source"
    mixed.mkdir()
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            os.link(path, mixed / f"{folder.name}_{path.name}")
    return mixed


def bench_run(sizes: list[int], folders: list[Path], workers: int, cap: str | None) -> None:
    print(row("documents", "MB", "seconds", "main peak RSS (MiB)", "peak and seconds by store phase", "main CPU s", "summary"))
    print(row("---", "---", "---", "---", "---", "---", "---"))
    with tempfile.TemporaryDirectory(prefix="vnplan-store-bench-") as tmp:
        source = _source(Path(tmp), folders)
        for n in sizes:
            folder = Path(tmp) / f"in{n}"
            _, size = build_corpus(folder, n, source)
            out = Path(tmp) / f"out{n}"
            start = time.perf_counter()
            env = dict(os.environ, **({"BENCH_DUCKDB_CAP": cap} if cap else {}))
            proc = subprocess.run([sys.executable, "-c", PROBE, "extract", str(folder), "--out", str(out),
                                   "--no-progress", "--workers", str(workers)],
                                  capture_output=True, text=True, cwd=ROOT, env=env)
            seconds = time.perf_counter() - start
            probe = re.search(r"main peak RSS (\d+) MiB, main CPU ([\d.]+) s \((.*)\)", proc.stderr)
            summary = re.search(r"\d+ documents.*errors", proc.stderr)
            if proc.returncode not in (0, 1) or not probe or not summary:
                raise SystemExit(proc.stderr[-3000:])
            print(row(n, f"{size / 1e6:.0f}", f"{seconds:.0f}", probe.group(1), probe.group(3), probe.group(2),
                      summary.group(0) if summary else ""), flush=True)
            subprocess.run(["rm", "-rf", str(out), str(folder)])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--add", action="store_true", help="measure pack and Store.add over ../shared/wild")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--docs", type=int, action="append", help="corpus sizes for whole runs (repeatable)")
    parser.add_argument("--source", choices=list(SOURCES), default="wild")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duckdb-cap", help="a DuckDB memory cap to try instead of the store's (e.g. 256MB)")
    parser.add_argument("--end-phase", type=Path, metavar="STORE", help="a finished run's vnplan.duckdb: time "
                                                                       "derive + publish alone on a copy of it")
    parser.add_argument("--before", help="with --end-phase: a git ref whose code runs too, alternating")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if args.add:
        bench_add(args.repeats)
    if args.end_phase:
        bench_end_phase(args.end_phase.resolve(), args.before, args.repeats)
    if args.docs:
        bench_run(args.docs, SOURCES[args.source], args.workers, args.duckdb_cap)


if __name__ == "__main__":
    main()
