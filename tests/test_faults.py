"""Faults during a run: a worker that dies, files that hang where signals cannot reach, a content
stream that loops, pipes and devices, LibreOffice past its deadline, and the main process killed.
Faults are injected at named phases of the per-file work (pipeline/faults.py) or come from real
hostile files (tests/hostile)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time

import pandas as pd
import psutil
import pytest

from tests.hostile import looping_pdf

from .conftest import CORPUS, ROOT, VNPLAN, WILD, wild_files


def _run(*args, fault: str = "", timeout: float = 180, **env):
    environment = dict(os.environ, **env)
    if fault:
        environment["VNPLAN_FAULT"] = fault
    return subprocess.run([*VNPLAN, *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          env=environment, timeout=timeout)


def _as_from_a_terminal() -> None:
    """Ctrl-C as a terminal's shell leaves it to the command it starts: a test suite started in the background of a
    script (`bash .ci/run &`) inherits Ctrl-C ignored, as POSIX shells ignore it for their background jobs, and so
    would the run it starts (CPython keeps an inherited SIG_IGN), which a Ctrl-C then could not stop."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _table(out, name):
    return pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", keep_default_na=False)


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_worker_killed_in_the_middle_of_a_file_costs_that_file_one_error_row(tmp_path, engine):
    out = tmp_path / "out"
    proc = _run("extract", CORPUS, "--out", out, "--no-progress", "--workers", 2, "--engine", engine,
                fault="die@parties:002_")
    assert proc.returncode == 1, proc.stderr
    errors = _table(out, "errors")
    assert list(errors["path"]) == [str(CORPUS / "002_920707ccab616b09.txt")]
    assert list(errors["stage"]) == ["worker"] and "killed by SIGKILL" in errors["message"][0]
    assert len(_table(out, "documents")) == 5  # every other file, the ones after it included


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_file_stuck_where_no_signal_reaches_is_stopped_at_its_deadline(tmp_path, engine):
    out = tmp_path / "out"
    start = time.monotonic()
    proc = _run("extract", CORPUS, "--out", out, "--no-progress", "--workers", 2, "--engine", engine,
                "--timeout-per-file", 4, fault="stuck@citations:001_")
    assert time.monotonic() - start < 120
    assert proc.returncode == 1, proc.stderr
    errors = _table(out, "errors")
    assert list(errors["stage"]) == ["timeout"] and "001_e0aee330aa8355da" in errors["path"][0]
    assert len(_table(out, "documents")) == 5


def test_a_pdf_whose_content_loops_is_stopped_and_the_run_finishes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    looping_pdf(folder / "loop.pdf")
    shutil.copy(CORPUS / "001_e0aee330aa8355da.txt", folder)
    out = tmp_path / "out"
    proc = _run("extract", folder, "--out", out, "--no-progress", "--timeout-per-file", 3, timeout=120)
    assert proc.returncode == 1, proc.stderr
    errors = _table(out, "errors")
    assert list(errors["path"]) == [str(folder / "loop.pdf")] and list(errors["stage"]) == ["timeout"]
    assert list(_table(out, "documents")["doc_id"]) == ["001_e0aee330aa8355da"]


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_pipes_and_devices_are_refused_by_type_even_without_a_time_limit(tmp_path, engine):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "x.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("/dev/urandom", folder / "random.txt")
    shutil.copy(CORPUS / "001_e0aee330aa8355da.txt", folder)
    out = tmp_path / "out"
    # --follow-symlinks: the links pass discovery, the type check still refuses the devices.
    proc = _run("extract", folder, "--out", out, "--no-progress", "--engine", engine, "--workers", 1,
                "--timeout-per-file", 0, "--follow-symlinks", timeout=120)
    assert proc.returncode == 1, proc.stderr
    errors = _table(out, "errors").sort_values("path")
    assert [os.path.basename(p) for p in errors["path"]] == ["random.txt", "x.txt", "zero.txt"]
    assert "named pipe" in " ".join(errors["message"]) and "character device" in " ".join(errors["message"])
    assert list(_table(out, "documents")["doc_id"]) == ["001_e0aee330aa8355da"]


def test_a_pipe_named_on_the_command_line_is_refused_too(tmp_path):
    os.mkfifo(tmp_path / "x.txt")
    proc = _run("extract", tmp_path / "x.txt", "--out", tmp_path / "out", "--no-progress", "--timeout-per-file", 0,
                timeout=60)
    assert proc.returncode == 1 and "named pipe (FIFO), not a regular file" in proc.stderr


def test_a_timeout_does_not_poison_the_files_after_it(tmp_path):
    # One worker: the hung file's worker is killed and replaced, the next files run in the new one.
    out = tmp_path / "out"
    proc = _run("extract", CORPUS, "--out", out, "--no-progress", "--workers", 1, "--timeout-per-file", 3,
                fault="hang@parties:000_")
    assert proc.returncode == 1, proc.stderr
    errors = _table(out, "errors")
    assert list(errors["stage"]) == ["timeout"] and "000_214afb9450e5b4dd" in errors["path"][0]
    assert len(_table(out, "documents")) == 5 and len(_table(out, "parties")) > 0


def test_workers_start_warm_with_the_models_loaded(tmp_path):
    # In the process that forks the workers: after warm_up, a real file needs no import and no
    # model load (so no worker can be stopped half-way through one).
    script = (
        "import sys\n"
        "from pipeline.warmup import warm_up\n"
        "warm_up()\n"
        "from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor\n"
        "assert hasattr(CRFPOSTagPredictor, '_instance'), 'the POS model was not loaded'\n"
        "before = set(sys.modules)\n"
        "from pipeline.extract import process_file\n"
        f"result = process_file({str(CORPUS / '000_214afb9450e5b4dd.txt')!r})\n"
        "assert result.parties and not result.errors\n"
        "print(sorted(set(sys.modules) - before))\n"
    )
    proc = subprocess.run([*VNPLAN[:1], "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_stopping_the_main_process_leaves_no_worker_and_frees_the_callers_pipes(tmp_path, how):
    # The workers stay in wild's files (`hang`: asleep in the party stage, signals still delivered): a run of
    # the two folders now ends within the seconds this test waits, and a run that ended proves nothing.
    proc = subprocess.Popen([*VNPLAN, "extract", CORPUS, WILD, "--out", tmp_path / "out", "--no-progress",
                             "--workers", "2", "--timeout-per-file", "0"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=dict(os.environ, VNPLAN_FAULT="hang@parties:src_"),
                            preexec_fn=_as_from_a_terminal)
    main = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    descendants = []
    while time.monotonic() < deadline and len(descendants) < 2:  # the workers (and what starts them)
        time.sleep(0.2)
        descendants = main.children(recursive=True)
    assert len(descendants) >= 2, "the workers never started"
    time.sleep(2)  # into the files
    descendants = main.children(recursive=True)
    proc.send_signal(how)  # SIGKILL: no clean-up code runs in the main process
    _, stderr = proc.communicate(timeout=30)  # returns only once no process holds the pipes any more
    gone, alive = psutil.wait_procs(descendants, timeout=10)
    assert not alive, [p.cmdline() for p in alive]
    assert proc.returncode != 0
    if how == signal.SIGINT:  # Ctrl-C: the user is told what became of the outputs
        assert (proc.returncode, b"interrupted; previous outputs were left as they were") == (130, stderr.strip()[-52:])


@pytest.mark.skipif(not wild_files() or not hasattr(os, "sched_getaffinity"), reason="needs ../shared/wild and Linux")
def test_ctrl_c_that_lands_on_another_thread_of_the_main_process_still_stops_the_run(tmp_path):
    # Ctrl-C is a signal to the process; the kernel hands it to any of its threads that does not block it: DuckDB's
    # and Arrow's too. Sent here to such a thread on purpose (tgkill), while both workers hang in their files: the
    # run must end as an interrupted run does, not wait for workers that never answer (it did, now and then, when
    # the signal chanced on another thread).
    import ctypes

    proc = subprocess.Popen([*VNPLAN, "extract", CORPUS, WILD, "--out", tmp_path / "out", "--no-progress",
                             "--workers", "2", "--timeout-per-file", "0"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=dict(os.environ, VNPLAN_FAULT="hang@parties:src_"),
                            preexec_fn=_as_from_a_terminal)
    main = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(main.children(recursive=True)) < 4:  # tracker, server, 2 workers
        time.sleep(0.2)
    time.sleep(2)  # into the files
    others = [t.id for t in main.threads() if t.id != proc.pid]
    assert others, "the main process runs no other thread: nothing to test"
    assert ctypes.CDLL(None, use_errno=True).tgkill(proc.pid, others[-1], signal.SIGINT) == 0
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stderr


def _soffice_processes(marker: str) -> list[psutil.Process]:
    found = []
    for p in psutil.process_iter(["name", "cmdline"]):
        if "soffice" in (p.info["name"] or "") and any(marker in arg for arg in p.info["cmdline"] or []):
            found.append(p)
    return found


def test_a_doc_conversion_past_the_deadline_leaves_no_libreoffice_and_no_folder(tmp_path, office_files):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(office_files["004_755144333ea7a6dd.doc"], folder / "slow.doc")
    shutil.copy(CORPUS / "001_e0aee330aa8355da.txt", folder)
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "out"
    # Half a second: LibreOffice is still starting when the worker is stopped.
    proc = _run("extract", folder, "--out", out, "--no-progress", "--timeout-per-file", 0.5, TMPDIR=str(scratch))
    assert proc.returncode == 1, proc.stderr
    errors = _table(out, "errors")
    assert list(errors["path"]) == [str(folder / "slow.doc")] and errors["stage"][0] in ("timeout", "read")
    time.sleep(1)
    assert not _soffice_processes(str(scratch)), "LibreOffice outlived its file"
    assert not list(scratch.iterdir()), list(scratch.iterdir())  # no temporary folder left
    assert list(_table(out, "documents")["doc_id"]) == ["001_e0aee330aa8355da"]


def test_a_worker_that_died_while_idle_is_replaced_before_its_next_file():
    from pipeline.discover import input_file
    from pipeline.records import RunOptions
    from pipeline.workers import run_one

    def task(path):
        return input_file(path), None, RunOptions(timeout=60)

    first, worker = run_one(task(CORPUS / "001_e0aee330aa8355da.txt"))
    assert first.n_documents and worker is not None  # results come packed (packed.py)
    os.kill(worker.pid, signal.SIGKILL)  # the out-of-memory killer picks an idle worker
    worker.process.join(10)
    second, replacement = run_one(task(CORPUS / "002_920707ccab616b09.txt"), worker)
    assert second.n_documents and not second.errors
    assert replacement is not None and replacement.pid != worker.pid
    replacement.stop()


def test_pages_to_ocr_extend_the_deadline_of_their_file(tmp_path):
    # A scan needs seconds per page: the worker announces them (pdf.ocr_seconds) before it starts,
    # and the one-second limit applies to the rest of the work.
    from .conftest import SHARED
    from .scans import build_scans

    scan = build_scans(sorted((SHARED / "corpus").glob("*.txt"))) / "001_e0aee330aa8355da.pdf"
    out = tmp_path / "out"
    proc = _run("extract", scan, "--out", out, "--no-progress", "--timeout-per-file", 1,
                VNPLAN_OCR_CACHE=str(tmp_path / "empty-cache"))
    assert proc.returncode == 0, proc.stderr
    documents = _table(out, "documents")
    assert list(documents["doc_id"]) == ["001_e0aee330aa8355da"] and documents["ocr_pages"][0]
