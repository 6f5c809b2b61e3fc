"""The output folder under real faults: a `vnplan extract` process killed at every step of publication
(by strace at each rename it makes, and by the store's named phases), on the local disk and on FAT
and exFAT images (filesystems without symbolic links), a rename that fails after the commit point,
readers and a publisher at the same time, two runs into one folder, a disk that fills up, a change
of formats, an output file replaced by hand, and a folder published through links by an earlier
version. After each, vnplan's readers see one whole output set, every format at OUT's documented
paths shows it once a vnplan command has come by, and the next run ends with the tables a clean run
gives."""
from __future__ import annotations

import json
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
# What OUT/.vnplan holds between runs: the two locks and the marker of the published set.
SETTLED = ["lock", "published.json", "readers"]
STRACE = shutil.which("strace")


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
        book = openpyxl.load_workbook(out / "vnplan.xlsx", read_only=True)
        seen["xlsx"] = frozenset(row[0] for row in book["documents"].iter_rows(min_row=2, values_only=True))
        book.close()
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


def _no_links(out: Path) -> None:
    links = [str(p) for p in out.rglob("*") if p.is_symlink()]
    assert not links, links
    assert all((out / name).is_file() for name in ALL_OUTPUT_NAMES)


def _state(out: Path) -> list[str]:
    return sorted(p.name for p in (out / ".vnplan").iterdir())


def _run(args, env=None, prefix=()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, *VNPLAN, *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ, **(env or {})), start_new_session=True, timeout=300)


def _strace(inject: str, when: int) -> list[str]:
    """Run under strace, which makes the process's `when`-th rename(2) fail (`error=EBUSY`) or
    delivers a signal as the process enters it (`signal=SIGKILL`): a real fault between two renames,
    whatever code makes them."""
    if not STRACE:
        pytest.skip("strace is needed to fault the process at its N-th rename")
    calls = "rename,renameat,renameat2"
    return [STRACE, "-qq", "-o", os.devnull, "-e", f"trace={calls}", "-e", f"inject={calls}:{inject}:when={when}"]


def _kill(folder: Path, out: Path, fault: str) -> None:
    """A run over `folder` into `out`, killed at `fault`: `rename:N` or a named phase of faults.py."""
    args = ["extract", folder, "--out", out, "--no-progress", "--workers", "1"]
    if fault.startswith("rename:"):
        proc = _run(args, prefix=_strace("signal=SIGKILL", int(fault.split(":")[1])))
    else:
        proc = _run(args, env={"VNPLAN_FAULT": f"{fault}:kill"})
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr)


def _assert_like_a_clean_run(out: Path, folder: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    run_vnplan("extract", folder, "--out", clean, "--no-progress", "--full", check=True)
    for name in TABLES:
        pd.testing.assert_frame_equal(read_table(out, name), read_table(clean, name), obj=name)


def _finish(out: Path, folder: Path, finisher: str) -> None:
    """Whoever comes after a killed run finishes or drops its publication: a reader, or the next run."""
    if finisher == "reader":
        read_table(out, "documents")
    else:
        run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)


# A default publication makes 20 renames: the journal (the commit point), 18 files, published.json.
KILLS = [  # (where the run is killed, the set vnplan's readers then see, who comes next)
    ("rename:1", "first", "reader"),     # the journal never lands: the old set stays
    ("rename:2", "second", "reader"),    # committed, no file moved yet
    ("rename:9", "second", "run"),       # half the files moved
    ("rename:19", "second", "reader"),   # the last file
    ("rename:20", "second", "run"),      # published.json
    ("publish.written", "first", "run"),
    ("publish.committed", "second", "run"),
    ("publish.moved", "second", "reader"),
    ("publish.done", "second", "reader"),
]


@pytest.mark.parametrize("fault,expected,finisher", KILLS)
def test_a_run_killed_during_publication_leaves_one_whole_set(tmp_path, fault, expected, finisher):
    folder = _inputs(tmp_path / "in", FIRST)
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    _inputs(folder, SECOND)
    _kill(folder, out, fault)
    wanted = _docs_of(FIRST if expected == "first" else SECOND)
    if expected == "first":
        assert _one_set(out, [wanted])  # nothing was moved
    _finish(out, folder, finisher)
    if finisher == "run":  # it publishes the inputs as they are now
        wanted = _docs_of(SECOND)
    assert "journal.json" not in _state(out)
    assert _one_set(out, [wanted])
    assert set(read_table(out, "documents")["doc_id"]) == wanted
    _no_links(out)
    # The next run, told nothing, ends with exactly what a clean run over the inputs gives, and only
    # calls the folder up to date when it is.
    again = run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    if "up to date" in again.stderr:
        assert wanted == _docs_of(SECOND)
    _assert_like_a_clean_run(out, folder, tmp_path)
    assert _state(out) == SETTLED


def test_a_rename_refused_after_the_commit_point_is_finished_by_the_next_command(tmp_path):
    # A share where the file is open in Excel on Windows refuses to replace it (EBUSY): the run fails
    # with one clear line, keeps its committed files, and the next vnplan command moves them in.
    folder = _inputs(tmp_path / "in", FIRST)
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    _inputs(folder, SECOND)
    proc = _run(["extract", folder, "--out", out, "--no-progress", "--workers", "1"],
                prefix=_strace("error=EBUSY", 5))
    assert proc.returncode == 1
    assert "cannot finish publishing the outputs" in proc.stderr and "Device or resource busy" in proc.stderr
    assert "next vnplan command into it finishes the publication" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    staging = [p for p in (out / ".vnplan").iterdir() if p.name.startswith("staging-")]
    assert "journal.json" in _state(out) and len(staging) == 1 and (staging[0] / "vnplan.duckdb").exists()
    report = run_vnplan("report", out, "--html", tmp_path / "report.html")  # a reader finishes it
    assert report.returncode == 0, report.stderr
    assert _state(out) == SETTLED and _one_set(out, [_docs_of(SECOND)])
    assert all(f.stem in (tmp_path / "report.html").read_text(encoding="utf-8") for f in SECOND)


def test_a_reader_that_cannot_finish_a_killed_publication_says_so(tmp_path):
    # The folder seen through a read-only mount (a share the reader may only read): the reader
    # cannot finish the publication a killed run left, and says what to do instead of reading half.
    folder = _inputs(tmp_path / "in", FIRST)
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    _inputs(folder, SECOND)
    _kill(folder, out, "rename:9")
    view = tmp_path / "view"
    view.mkdir()
    made = subprocess.run(["mount", "--bind", str(out), str(view)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot bind-mount here (needs root): {made.stderr.strip()}")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a read-only bind mount here")
        proc = run_vnplan("calendar", view, "--ics", tmp_path / "x.ics")
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)
    assert proc.returncode == 2 and not (tmp_path / "x.ics").exists()
    assert "killed while publishing" in proc.stderr and "Read-only file system" in proc.stderr
    assert f"run `vnplan extract` into {view} again" in proc.stderr and "Traceback" not in proc.stderr
    assert set(read_table(out, "documents")["doc_id"]) == _docs_of(SECOND)  # one that can write finishes it
    assert _state(out) == SETTLED and _one_set(out, [_docs_of(SECOND)])


@pytest.fixture(params=["vfat", "exfat"])
def no_links_disk(request, tmp_path):
    """A FAT or exFAT filesystem image (as on a USB stick), made by the real mkfs and mounted: by the
    kernel's driver where it has one, else exFAT through FUSE (exfat-fuse) over a loop device."""
    kind = request.param
    if os.geteuid() != 0:
        pytest.skip("mounting a filesystem image needs root")
    mkfs = {"vfat": "mkfs.vfat", "exfat": "mkfs.exfat"}[kind]
    if not shutil.which(mkfs):
        pytest.skip(f"{mkfs} is not installed (`make system-deps` installs dosfstools and exfatprogs)")
    image, mount = tmp_path / f"{kind}.img", tmp_path / kind
    with open(image, "wb") as handle:
        handle.truncate(64 << 20)
    subprocess.run([mkfs, str(image)], check=True, capture_output=True)
    mount.mkdir()
    tried = subprocess.run(["mount", "-t", kind, "-o", "loop", str(image), str(mount)], capture_output=True, text=True)
    loop = None
    if tried.returncode != 0 and kind == "exfat" and shutil.which("mount.exfat-fuse"):
        made = subprocess.run(["losetup", "-f", "--show", str(image)], capture_output=True, text=True)
        if made.returncode == 0:
            loop = made.stdout.strip()
            tried = subprocess.run(["mount.exfat-fuse", loop, str(mount)], capture_output=True, text=True)
    if tried.returncode != 0:
        if loop:
            subprocess.run(["losetup", "-d", loop], capture_output=True)
        pytest.skip(f"cannot mount a {kind} image here: {tried.stderr.strip().splitlines()[0]}")
    try:
        with pytest.raises(OSError):
            os.symlink("a", mount / "link")
        yield mount
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)
        if loop:
            subprocess.run(["losetup", "-d", loop], capture_output=True)


def test_a_filesystem_without_links_gets_real_files_published_as_a_whole(no_links_disk, tmp_path):
    folder = _inputs(tmp_path / "in", FIRST)
    out = no_links_disk / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    _no_links(out)
    assert _state(out) == SETTLED and _one_set(out, [_docs_of(FIRST)])
    assert "up to date" in run_vnplan("extract", folder, "--out", out, "--no-progress", check=True).stderr
    # Killed between two moves of its files: a reader finishes the publication and reads the new set.
    _inputs(folder, SECOND)
    _kill(folder, out, "rename:7")
    assert set(read_table(out, "documents")["doc_id"]) == _docs_of(SECOND)
    assert _state(out) == SETTLED and _one_set(out, [_docs_of(SECOND)])
    # Killed before the commit point: the old set stays; the next run publishes the new one.
    _inputs(folder, FIRST)
    _kill(folder, out, "publish.written")
    assert _one_set(out, [_docs_of(SECOND)])
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    _no_links(out)
    assert _state(out) == SETTLED
    _assert_like_a_clean_run(out, folder, tmp_path)


def _pause(args, phase: str) -> subprocess.Popen:
    return subprocess.Popen([*VNPLAN, *map(str, args)], cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, env=dict(os.environ, VNPLAN_FAULT=f"{phase}:pause"), start_new_session=True)


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


def _stop(*procs) -> None:
    for proc in procs:
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_a_run_waits_to_publish_while_a_command_reads_the_outputs(tmp_path):
    folder = _inputs(tmp_path / "in", FIRST)
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    before = (out / "documents.csv").read_bytes()
    _inputs(folder, SECOND)
    reader = _pause(["calendar", out, "--ics", tmp_path / "x.ics"], "read.locked")
    run = None
    try:
        _wait_for(reader, "paused at read.locked")
        run = subprocess.Popen([*VNPLAN, "extract", folder, "--out", out, "--no-progress", "--workers", "1"], cwd=ROOT,
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, start_new_session=True)
        _wait_for(run, "is being read")
        time.sleep(1.0)
        assert run.poll() is None and "journal.json" not in _state(out)
        assert (out / "documents.csv").read_bytes() == before  # nothing replaced under the reader
        os.killpg(reader.pid, signal.SIGKILL)  # the reader goes; its lock goes with it
        reader.wait()
        _, rest = run.communicate(timeout=120)
        assert run.returncode == 0, rest
    finally:
        _stop(reader, run)
    assert _state(out) == SETTLED and _one_set(out, [_docs_of(SECOND)])


def test_a_command_reading_during_a_publication_waits_and_reads_the_new_set(tmp_path):
    folder = _inputs(tmp_path / "in", FIRST)
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    _inputs(folder, SECOND)
    run = _pause(["extract", folder, "--out", out, "--no-progress", "--workers", "1"], "publish.committed")
    reader = None
    try:
        _wait_for(run, "paused at publish.committed")
        reader = subprocess.Popen([*VNPLAN, "calendar", out, "--ics", tmp_path / "x.ics", "--quiet"], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        time.sleep(2.0)
        assert reader.poll() is None  # waiting for the publisher, not reading half a set
        os.killpg(run.pid, signal.SIGKILL)  # killed holding a committed publication: the reader finishes it
        run.wait()
        said, errors = reader.communicate(timeout=120)
        assert reader.returncode == 0, errors
    finally:
        _stop(run, reader)
    assert _state(out) == SETTLED and _one_set(out, [_docs_of(SECOND)])
    deadlines = read_table(out, "deadlines")
    assert said.startswith(f"{(deadlines['due_date'] != '').sum()} dated deadlines written")


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
    assert _state(out) == SETTLED


def test_an_output_file_saved_over_by_hand_is_written_again(tmp_path):
    # Excel's "Save" of documents.csv (here: pandas writing the file back without its BOM): the folder
    # no longer shows the published set, so the next run is not "up to date" and writes it again.
    folder = _inputs(tmp_path / "in", FIRST)
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    published = (out / "documents.csv").read_bytes()
    pd.read_csv(out / "documents.csv", encoding="utf-8-sig").to_csv(out / "documents.csv", index=False)
    assert (out / "documents.csv").read_bytes() != published
    proc = run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    assert "up to date" not in proc.stderr
    assert (out / "documents.csv").read_bytes().startswith("\ufeffdoc_id".encode())
    assert "up to date" in run_vnplan("extract", folder, "--out", out, "--no-progress", check=True).stderr


def test_a_folder_published_through_links_by_an_earlier_version_is_read_and_converted(tmp_path):
    # The layout of the previous version: OUT/<name> a relative link to .vnplan/current/<name>,
    # `current` a link to the generation folder holding the files.
    folder = _inputs(tmp_path / "in", FIRST)
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    state = out / ".vnplan"
    generation = state / "gen-20261201T120000-4242"
    generation.mkdir()
    for name in ALL_OUTPUT_NAMES:
        os.replace(out / name, generation / name)
        os.symlink(f".vnplan/current/{name}", out / name)
    os.symlink(generation.name, state / "current")
    for name in ("published.json", "readers"):
        (state / name).unlink()
    assert set(read_table(out, "documents")["doc_id"]) == _docs_of(FIRST)
    _inputs(folder, SECOND)
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    _no_links(out)
    assert _state(out) == SETTLED and _one_set(out, [_docs_of(SECOND)])
    _assert_like_a_clean_run(out, folder, tmp_path)


def test_a_second_run_waits_for_the_first_names_it_and_takes_over_when_it_dies(tmp_path):
    folder = _inputs(tmp_path / "in", SECOND)
    out = tmp_path / "out"
    first = _pause(["extract", folder, "--out", out, "--no-progress", "--workers", "1"], "publish.written")
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
        _stop(first, second)
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
    marker = json.loads((out / ".vnplan" / "published.json").read_text())
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
    assert _state(out) == SETTLED  # no staging, no partial copy, no journal
    assert json.loads((out / ".vnplan" / "published.json").read_text()) == marker
    assert shutil.disk_usage(small_disk).free >= free - (64 << 10)
    (small_disk / "filler").unlink()
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    assert _one_set(out, [_docs_of(SECOND)])
