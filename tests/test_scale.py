"""Incremental runs, crash safety, per-file guard, and the Dask engine."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time

import pandas as pd
import pytest

from pipeline.store import TABLES

from .conftest import CORPUS, ROOT, VNPLAN, WILD, run_vnplan, wild_files


def _tables(out):
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLES}


def _assert_same(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(a[name], b[name], check_dtype=False, obj=name)


def _inputs(tmp_path, files):
    folder = tmp_path / "in"
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def test_incremental_run_equals_a_full_run(tmp_path):
    corpus = sorted(CORPUS.glob("*.txt"))
    folder = _inputs(tmp_path, corpus[:3])
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    # New file, changed file, vanished file.
    shutil.copy(corpus[3], folder / corpus[3].name)
    (folder / corpus[0].name).write_text(corpus[0].read_text(encoding="utf-8") + "\nGhi chú: bổ sung.\n", encoding="utf-8")
    (folder / corpus[2].name).unlink()
    proc = run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    assert "(2 read, 1 unchanged)" in proc.stderr
    full = tmp_path / "full"
    run_vnplan("extract", folder, "--out", full, "--no-progress", "--full", check=True)
    _assert_same(_tables(out), _tables(full))
    assert corpus[2].stem not in set(_tables(out)["documents"]["doc_id"])


def test_no_change_rerun_reads_nothing(tmp_path):
    out = tmp_path / "out"
    run_vnplan("extract", CORPUS, "--out", out, "--no-progress", check=True)
    stamp = (out / "citations.csv").stat().st_mtime_ns
    proc = run_vnplan("extract", CORPUS, "--out", out, "--no-progress", check=True)
    assert "unchanged since the last run" in proc.stderr
    assert (out / "citations.csv").stat().st_mtime_ns == stamp
    # A touched file with the same content is not re-read either.
    os.utime(CORPUS / "001_e0aee330aa8355da.txt")
    proc = run_vnplan("extract", CORPUS, "--out", out, "--no-progress", check=True)
    assert "(0 read, 5 unchanged)" in proc.stderr


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_a_killed_run_leaves_the_previous_output_readable_and_the_next_run_completes(tmp_path):
    out = tmp_path / "out"
    run_vnplan("extract", CORPUS, "--out", out, "--no-progress", check=True)
    before = pd.read_parquet(out / "documents.parquet")
    # Killed while its workers are in wild's files (an injected `hang`): a run of the two folders can end
    # within the seconds waited here, and one that ended has rightly replaced the output.
    proc = subprocess.Popen([*VNPLAN, "extract", CORPUS, WILD, "--out", out, "--no-progress", "--workers", "2",
                             "--timeout-per-file", "0"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, env=dict(os.environ, VNPLAN_FAULT="hang@parties:src_"))
    time.sleep(2.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    pd.testing.assert_frame_equal(pd.read_parquet(out / "documents.parquet"), before)
    import duckdb
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(before)
    con.close()
    done = run_vnplan("extract", CORPUS, WILD, "--out", out, "--no-progress")
    assert done.returncode == 0, done.stderr
    assert len(pd.read_parquet(out / "documents.parquet")) == 119
    assert not [p for p in out.iterdir() if p.name.startswith(".vnplan-tmp")]


def test_per_file_time_limit_turns_a_slow_file_into_an_error_row(tmp_path):
    # Text built to make symbol patterns work hard: long runs of digits, slashes and hyphens.
    slow = tmp_path / "adversarial.txt"
    slow.write_text(("Căn cứ Quyết định số " + "1/" * 4000 + "-" * 4000 + "\n") * 400, encoding="utf-8")
    out = tmp_path / "out"
    start = time.perf_counter()
    proc = run_vnplan("extract", slow, "--out", out, "--no-progress", "--timeout-per-file", "0.5")
    assert time.perf_counter() - start < 30  # reported, not hung
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig")
    assert proc.returncode == 1 and list(errors["stage"]) == ["timeout"]
    assert "--timeout-per-file" in errors["message"][0]


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_dask_engine_gives_the_same_tables_as_the_local_engine(tmp_path):
    local, dask = tmp_path / "local", tmp_path / "dask"
    run_vnplan("extract", CORPUS, WILD, "--out", local, "--no-progress", "--format", "parquet", check=True)
    proc = run_vnplan("extract", CORPUS, WILD, "--out", dask, "--no-progress", "--format", "parquet",
                      "--engine", "dask", "--workers", "2")
    assert proc.returncode == 0, proc.stderr
    _assert_same(_tables(local), _tables(dask))
