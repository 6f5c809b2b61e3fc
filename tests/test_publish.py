"""The output folder under real faults: a `vnplan extract` process killed at every step of publication
(by strace at each rename it makes, and by the store's named phases), two runs into one folder, a
disk that fills up, and a change of formats. After each, every format at OUT's documented paths
shows one and the same output set, and the next run ends with the tables a clean run gives."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest

from pipeline.store import TABLES, read_table

from .conftest import CORPUS, ROOT, VNPLAN, corpus_files, run_vnplan

# The documented output paths (README): one file per table and text format, the workbook, the store.
ALL_OUTPUT_NAMES = [f"{name}.{ext}" for name in TABLES for ext in ("csv", "parquet")] + ["vnplan.xlsx", "vnplan.duckdb"]
FIRST = corpus_files()[:3]
SECOND = corpus_files()  # two files more than FIRST


def _inputs(folder: Path, files) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def _doc_ids_by_format(out: Path) -> dict[str, frozenset]:
    """The documents each output file at OUT's documented paths shows."""
    seen = {}
    if (out / "documents.csv").exists():
        seen["csv"] = frozenset(pd.read_csv(out / "documents.csv", encoding="utf-8-sig")["doc_id"])
        seen["csv citations"] = frozenset(pd.read_csv(out / "citations.csv", encoding="utf-8-sig")["doc_id"])
    if (out / "documents.parquet").exists():
        seen["parquet"] = frozenset(pd.read_parquet(out / "documents.parquet")["doc_id"])
        seen["parquet citations"] = frozenset(pd.read_parquet(out / "citations.parquet")["doc_id"])
    if (out / "vnplan.xlsx").exists():
        sheet = openpyxl.load_workbook(out / "vnplan.xlsx", read_only=True)["documents"]
        seen["xlsx"] = frozenset(row[0] for row in sheet.iter_rows(min_row=2, values_only=True))
    if (out / "vnplan.duckdb").exists():
        con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
        seen["duckdb"] = frozenset(r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall())
        seen["duckdb citations"] = frozenset(r[0] for r in con.execute("SELECT doc_id FROM citations").fetchall())
        con.close()
    return seen


def _docs_of(files) -> frozenset:
    ids = {f.stem for f in files}
    return frozenset(ids | {f"{f.stem}#2" for f in files if f.stem.startswith("003_")})


def _one_set(out: Path, sets: list[frozenset]) -> frozenset:
    """Every format shows the same documents, and they are one of `sets`."""
    seen = _doc_ids_by_format(out)
    assert seen, "no outputs at all"
    documents = {v for k, v in seen.items() if "citations" not in k}
    assert len(documents) == 1, f"formats disagree: {seen}"
    shown = documents.pop()
    assert shown in sets, shown
    assert all(v <= shown for k, v in seen.items() if "citations" in k), seen
    return shown


def _run(args, env=None, prefix=()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, *VNPLAN, *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ, **(env or {})), start_new_session=True, timeout=300)


def _assert_like_a_clean_run(out: Path, folder: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    run_vnplan("extract", folder, "--out", clean, "--no-progress", "--full", check=True)
    for name in TABLES:
        pd.testing.assert_frame_equal(read_table(out, name), read_table(clean, name), obj=name)


STRACE = shutil.which("strace")


@pytest.mark.parametrize("fault", ["rename:1", "rename:2", "rename:3", "rename:5", "rename:12",
                                   "publish.written", "publish.renamed", "publish.linked", "publish.switched"])
def test_a_run_killed_during_publication_leaves_one_whole_set(tmp_path, fault):
    folder = _inputs(tmp_path / "in", FIRST)
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    _inputs(folder, SECOND)
    if fault.startswith("rename:"):
        if not STRACE:
            pytest.skip("strace is needed to kill the process at its N-th rename")
        # SIGKILL delivered as the process enters its N-th rename(2): a real kill between two renames,
        # whatever code makes them.
        when = fault.split(":")[1]
        prefix = [STRACE, "-qq", "-o", os.devnull, "-e", "trace=rename,renameat,renameat2",
                  "-e", f"inject=rename,renameat,renameat2:signal=SIGKILL:when={when}"]
        proc = _run(["extract", folder, "--out", out, "--no-progress", "--workers", "1"], prefix=prefix)
    else:
        proc = _run(["extract", folder, "--out", out, "--no-progress", "--workers", "1"],
                    env={"VNPLAN_FAULT": f"{fault}:kill"})
        assert proc.returncode == -signal.SIGKILL, proc.stderr
    shown = _one_set(out, [_docs_of(FIRST), _docs_of(SECOND)])
    if fault == "publish.switched":
        assert shown == _docs_of(SECOND)
    if fault in ("publish.written", "publish.renamed", "publish.linked"):
        assert shown == _docs_of(FIRST)
    # The next run, told nothing, ends with exactly what a clean run over the inputs gives, and only
    # calls the folder up to date when it is.
    again = run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    if "up to date" in again.stderr:
        assert shown == _docs_of(SECOND)
    _assert_like_a_clean_run(out, folder, tmp_path)
    leftovers = sorted(p.name for p in (out / ".vnplan").iterdir())
    assert leftovers[0] == "current" and leftovers[1].startswith("gen-") and leftovers[2:] == ["lock"], leftovers


def test_fewer_formats_remove_the_others_and_readers_see_only_the_new_set(tmp_path):
    folder = _inputs(tmp_path / "in", SECOND)
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    (folder / SECOND[-1].name).unlink()
    proc = run_vnplan("extract", folder, "--out", out, "--no-progress", "--format", "csv", check=True)
    assert "up to date" not in proc.stderr
    present = sorted(p.name for p in out.iterdir() if p.name in ALL_OUTPUT_NAMES or p.is_symlink())
    assert present == sorted(f"{name}.csv" for name in TABLES)
    assert _one_set(out, [_docs_of(SECOND[:-1])])
    assert set(read_table(out, "documents")["doc_id"]) == _docs_of(SECOND[:-1])
    report = run_vnplan("report", out, "--html", tmp_path / "report.html")
    assert report.returncode == 0, report.stderr
    assert SECOND[-1].stem not in (tmp_path / "report.html").read_text(encoding="utf-8")
    # And back to every format: all of them written again, the same set everywhere.
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    assert set(_doc_ids_by_format(out)) >= {"csv", "parquet", "xlsx", "duckdb"}
    assert _one_set(out, [_docs_of(SECOND[:-1])])


def _wait_for(proc: subprocess.Popen, text: str, seconds: float = 60) -> str:
    """Read the process's stderr until `text` appears."""
    seen = ""
    deadline = time.monotonic() + seconds
    while text not in seen:
        assert time.monotonic() < deadline, f"{text!r} not seen in: {seen}"
        line = proc.stderr.readline()
        assert line or proc.poll() is None, f"exited {proc.returncode} before {text!r}: {seen}"
        seen += line
    return seen


def test_a_second_run_waits_for_the_first_names_it_and_takes_over_when_it_dies(tmp_path):
    folder = _inputs(tmp_path / "in", SECOND)
    out = tmp_path / "out"
    first = subprocess.Popen([*VNPLAN, "extract", folder, "--out", out, "--no-progress", "--workers", "1"],
                             cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                             env=dict(os.environ, VNPLAN_FAULT="publish.written:pause"), start_new_session=True)
    second = None
    try:
        _wait_for(first, "paused at publish.written")
        staging = [p for p in (out / ".vnplan").iterdir() if p.name.startswith("staging-")]
        assert len(staging) == 1 and (staging[0] / "documents.csv").exists()
        second = subprocess.Popen([*VNPLAN, "extract", folder, "--out", out, "--no-progress", "--workers", "1"],
                                  cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                                  start_new_session=True)
        said = _wait_for(second, "waiting")
        assert f"pid {first.pid} on " in said and " since 20" in said, said
        time.sleep(1.0)
        assert second.poll() is None  # still waiting
        assert staging[0].exists() and (staging[0] / "documents.csv").exists()  # the first run's work is intact
        # The holder dies without a chance to clean up: its lock goes with it.
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        _, rest = second.communicate(timeout=120)
        assert second.returncode == 0, rest
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    assert not staging[0].exists()
    assert _one_set(out, [_docs_of(SECOND)])
    # A lock file left by a dead run does not hold anyone back.
    assert "pid" in (out / ".vnplan" / "lock").read_text()
    proc = run_vnplan("extract", folder, "--out", out, "--no-progress", "--full", check=True)
    assert "waiting" not in proc.stderr


@pytest.fixture
def small_disk(tmp_path):
    """A real 16 MB filesystem (tmpfs), so that writes fail with ENOSPC as on a full disk."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(disk: Path, leave: int) -> None:
    """Fill the filesystem until `leave` bytes are free."""
    free = shutil.disk_usage(disk).free
    with open(disk / "filler", "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


@pytest.mark.parametrize("where", ["copying the store", "exporting"])
def test_a_full_disk_fails_cleanly_and_keeps_the_previous_outputs(small_disk, tmp_path, where):
    folder = _inputs(tmp_path / "in", FIRST)
    out = small_disk / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    before = _files(out)
    _inputs(folder, SECOND)
    # Room for half the previous store (its copy fails), or for all of it and 64 kB (the exports fail).
    store_size = (out / "vnplan.duckdb").stat().st_size
    free = store_size // 2 if where == "copying the store" else store_size + (64 << 10)
    _fill(small_disk, free)
    proc = run_vnplan("extract", folder, "--out", out, "--no-progress", "--workers", "1")
    assert proc.returncode == 1
    assert "No space left on device" in proc.stderr and "left as they were" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1, proc.stderr
    assert _files(out) == before
    assert sorted(p.name for p in (out / ".vnplan").iterdir())[2:] == ["lock"]  # no staging, no partial copy
    assert shutil.disk_usage(small_disk).free >= free - (64 << 10)
    (small_disk / "filler").unlink()
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    assert _one_set(out, [_docs_of(SECOND)])
