"""How a local run starts, orders its work and ends (issue #17): the fork server is started before the
command line is parsed on a first local `extract`, the plan hands files to the workers largest first,
and the command leaves without the interpreter's teardown."""
from __future__ import annotations

import pytest

from pipeline.discover import discover
from pipeline.entry import first_local_extract
from pipeline.manifest import plan
from pipeline.records import RunOptions
from pipeline.runner import run_local

from .conftest import CORPUS, WILD


def test_a_first_local_extract_is_told_from_the_command_line(tmp_path):
    fresh, used = tmp_path / "new", tmp_path / "used"
    used.mkdir()
    (used / "documents.csv").write_text("doc_id\n", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert first_local_extract(["extract", str(CORPUS), "--out", str(fresh)])
    assert first_local_extract(["extract", str(CORPUS), f"--out={empty}", "--workers", "2"])
    assert first_local_extract(["extract", "-o", str(fresh), str(CORPUS)])
    # A re-run into a folder with outputs may have nothing to read: the command decides after planning.
    assert not first_local_extract(["extract", str(CORPUS), "--out", str(used)])
    assert not first_local_extract(["extract", str(CORPUS), "--out", str(fresh), "--engine", "dask"])
    assert not first_local_extract(["extract", str(CORPUS), "--out", str(fresh), "--scheduler", "tcp://h:8786"])
    assert not first_local_extract(["extract", "--help"])
    assert not first_local_extract(["evaluate", "--pred", str(fresh)])
    assert not first_local_extract([])


@pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")
def test_files_go_to_the_workers_largest_first():
    found = discover([str(WILD)])
    found.files = found.files[:12]
    files = found.files
    sizes = {f.path: (WILD / f.path.rsplit("/", 1)[-1]).stat().st_size for f in files}
    assert len(set(sizes.values())) > 6  # files of different sizes, found in name order
    todo = plan(found, {})
    seen: list[str] = []
    run_local(todo.todo, todo.stems, 1, RunOptions(), False, lambda result: seen.append(result.path))
    assert sorted(seen) == sorted(sizes)
    assert [sizes[p] for p in seen] == sorted(sizes.values(), reverse=True)
    assert seen != [f.path for f in files]


def test_the_command_checks_formats_against_the_stores_own_list():
    # The command checks --format before it imports the store (pyarrow, DuckDB); its list is the store's.
    from pipeline.cli import FORMATS
    from pipeline.store import DEFAULT_FORMATS

    assert FORMATS == DEFAULT_FORMATS


def test_a_first_run_whose_store_cannot_open_on_its_thread_stops_and_says_why(tmp_path):
    # On a first local run the store opens on a thread while the workers start: when it cannot open,
    # the run stops with the store's one-line reason, as when the store opened before the workers.
    import subprocess
    import sys

    from .conftest import ROOT

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    out = blocker / "out"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(CORPUS), "--out", str(out), "--workers",
                           "2", "--format", "parquet"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"vnplan: cannot prepare the output folder {out}: Not a directory")
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"


def test_the_command_ends_without_teardown_yet_with_its_exit_code_output_and_exit_handlers(tmp_path):
    # `vnplan` leaves by os._exit once a command is done (cli.run): its exit code, what it printed
    # into a pipe (block-buffered) and the exit handlers' work (multiprocessing removes the folder of
    # its fork server's socket from TMPDIR) must all survive that.
    import os
    import shutil

    from .conftest import GOLD, run_vnplan

    inputs, out, scratch = tmp_path / "in", tmp_path / "out", tmp_path / "tmp"
    inputs.mkdir()
    scratch.mkdir()
    for name in sorted(p.name for p in CORPUS.glob("*.txt"))[:2]:
        shutil.copy(CORPUS / name, inputs / name)
    env = dict(os.environ, TMPDIR=str(scratch))
    proc = run_vnplan("extract", inputs, "--out", out, "--workers", "2", "--format", "parquet", "--no-progress", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "2 files (2 read)" in proc.stderr and (out / "documents.parquet").is_file()
    assert list(scratch.iterdir()) == []
    (inputs / "junk.txt").write_bytes(b"\x00\x01binary\x00" * 50)  # an errors row: exit 1
    proc = run_vnplan("extract", inputs, "--out", out, "--workers", "2", "--format", "parquet", "--no-progress", env=env)
    assert proc.returncode == 1 and "junk.txt" in proc.stderr
    assert list(scratch.iterdir()) == []
    proc = run_vnplan("evaluate", "--gold", GOLD, "--pred", out, env=env)
    assert proc.returncode == 0 and "F1" in proc.stdout and len(proc.stdout.splitlines()) > 5
