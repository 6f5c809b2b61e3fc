"""The hostile inputs of tests/hostile plus the shared corpus, in one run under a 3 GB memory limit:
the good files are written, every bad file gets exactly one errors row, nothing else happens.

The limit is the strongest this machine offers, in this order: a systemd scope with MemoryMax=3G
(the whole run), else RLIMIT_AS=3 GiB on every process of the run (prlimit; inherited by the
workers). With RLIMIT_AS the total is also watched: the resident memory of the whole process tree
is sampled and must stay under 3 GiB."""
from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time

import pandas as pd
import psutil
import pytest

from tests.hostile import build_folder, lying_zip_docx, mixed_encoding_text

from .conftest import CORPUS, ROOT, SHARED, VNPLAN

LIMIT = 3 * 1024 ** 3


def _limiter() -> tuple[list[str], str] | None:
    try:
        scope = ["systemd-run", "--scope", "--quiet", "-p", f"MemoryMax={LIMIT}"]
        if subprocess.run([*scope, "true"], capture_output=True, timeout=20).returncode == 0:
            return scope, "systemd-run --scope -p MemoryMax=3G"
    except (OSError, subprocess.TimeoutExpired):
        pass
    if shutil.which("prlimit"):
        return ["prlimit", f"--as={LIMIT}"], "prlimit --as=3GiB on every process (RLIMIT_AS)"
    return None


def _sample_tree_rss(pid: int, peak: list[int], stop: threading.Event) -> None:
    root = psutil.Process(pid)
    while not stop.is_set():
        try:
            tree = [root, *root.children(recursive=True)]
            total = 0
            for p in tree:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            peak[0] = max(peak[0], total)
        except psutil.Error:
            return
        time.sleep(0.05)


def test_hostile_folder_and_corpus_under_a_3_gb_limit(tmp_path):
    limiter = _limiter()
    if limiter is None:
        pytest.skip("no way to limit memory here (no systemd scope, no prlimit)")
    prefix, how = limiter
    hostile = tmp_path / "hostile"
    expected = build_folder(hostile)  # the 1.5 GB zip bomb, a looping PDF, a FIFO, device links …
    lying_zip_docx(hostile / "liar.docx", unpacked_bytes=1_500_000_000)
    expected["liar.docx"] = "read"
    # Odd but good: a name that is not UTF-8, and mixed encodings; both must be read.
    corpus = SHARED / "corpus" if (SHARED / "corpus").is_dir() else CORPUS
    good = sorted(corpus.glob("*.txt"))
    shutil.copy(good[0], os.path.join(os.fsencode(hostile), b"k\xe9_hoach.txt"))
    mixed_encoding_text(hostile / "mixed.txt", "Thực hiện Công văn số 328/UBND-NV ngày 19/02/2025.\n",
                        good[1].read_text(encoding="utf-8"))
    out = tmp_path / "out"
    command = [*prefix, *VNPLAN, "extract", str(corpus), str(hostile), "--out", str(out), "--no-progress",
               "--workers", "2", "--timeout-per-file", "5"]
    peak, stop = [0], threading.Event()
    started = time.monotonic()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watcher = threading.Thread(target=_sample_tree_rss, args=(proc.pid, peak, stop), daemon=True)
    watcher.start()
    try:
        _, stderr = proc.communicate(timeout=600)
    finally:
        stop.set()
        watcher.join()
    seconds = time.monotonic() - started
    print(f"\nlimit: {how}; {seconds:.1f} s; peak RSS of the whole run {peak[0] / 2**20:.0f} MiB")
    assert proc.returncode == 1, stderr
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig", keep_default_na=False)
    got = {os.path.basename(p): stage for p, stage in zip(errors["path"], errors["stage"])}
    assert len(errors) == len(expected) and got == expected, errors.to_string()
    documents = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", keep_default_na=False)
    from_corpus = documents[documents["source_path"].str.startswith(str(corpus))]
    assert len(from_corpus) == 6
    assert {"k\\xe9_hoach", "mixed"} <= set(documents["doc_id"])
    assert peak[0] < LIMIT
