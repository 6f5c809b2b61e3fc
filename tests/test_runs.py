"""What a run may read, which rows it may drop, and which ids it gives: usage errors that touch
nothing, re-runs over part of the inputs, folders that cannot be searched, ids across runs, edits
that keep size and time, the output folder inside the inputs, odd file names, links leaving the
inputs."""
from __future__ import annotations

import os
import shutil
import subprocess

import pandas as pd
import pytest

from .conftest import CORPUS, ROOT, VNPLAN, corpus_files, run_vnplan

FILES = corpus_files()


def _snapshot(folder):
    return {p.relative_to(folder): (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()}


def _documents(out):
    return pd.read_csv(out / "documents.csv", encoding="utf-8-sig", keep_default_na=False)


def _errors(out):
    return pd.read_csv(out / "errors.csv", encoding="utf-8-sig", keep_default_na=False)


def _tree(tmp_path, layout: dict[str, int]):
    """Corpus files copied into sub-folders: {'a/plan_x.txt': corpus index, …}."""
    root = tmp_path / "in"
    for name, index in layout.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(FILES[index], root / name)
    return root


def test_a_missing_or_empty_input_is_a_usage_error_that_touches_nothing(tmp_path):
    out = tmp_path / "out"
    run_vnplan("extract", CORPUS, "--out", out, "--no-progress", check=True)
    before = _snapshot(out)
    empty = tmp_path / "unmounted"
    empty.mkdir()
    for args in (["copus"], [CORPUS, tmp_path / "nope.txt"], [empty], [out]):
        proc = run_vnplan("extract", *args, "--out", out, "--no-progress")
        assert proc.returncode == 2, (args, proc.stderr)
        assert "nothing was read or written" in proc.stderr
        assert _snapshot(out) == before, args
    assert len(_documents(out)) == 6
    # The same folder given twice is no mistake: nothing changed, nothing written.
    proc = run_vnplan("extract", CORPUS, CORPUS, "--out", out, "--no-progress")
    assert proc.returncode == 0 and "up to date" in proc.stderr and _snapshot(out) == before


def test_a_rerun_over_one_file_or_one_folder_keeps_every_other_row(tmp_path):
    root = _tree(tmp_path, {"a/plan_0.txt": 0, "a/plan_1.txt": 1, "b/plan_2.txt": 2, "b/plan_3.txt": 3})
    out = tmp_path / "out"
    run_vnplan("extract", root, "--out", out, "--no-progress", check=True)
    everything = set(_documents(out)["doc_id"])
    assert len(everything) == 5
    # One edited file given alone, then one folder: the rest stays.
    (root / "a/plan_0.txt").write_text(FILES[0].read_text(encoding="utf-8") + "\nGhi chú.\n", encoding="utf-8")
    run_vnplan("extract", root / "a/plan_0.txt", "--out", out, "--no-progress", check=True)
    assert set(_documents(out)["doc_id"]) == everything
    run_vnplan("extract", root / "b", "--out", out, "--no-progress", check=True)
    assert set(_documents(out)["doc_id"]) == everything
    # A file gone from a folder that was searched: its rows go, and only its.
    (root / "b/plan_2.txt").unlink()
    proc = run_vnplan("extract", root / "b", "--out", out, "--no-progress", check=True)
    assert set(_documents(out)["doc_id"]) == everything - {"plan_2"}, proc.stderr


@pytest.mark.skipif(not shutil.which("setpriv") and os.geteuid() == 0, reason="root reads any folder; needs setpriv")
def test_an_unreadable_folder_gives_an_error_row_and_keeps_its_rows(tmp_path):
    root = _tree(tmp_path, {"a/plan_0.txt": 0, "b/plan_1.txt": 1, "b/plan_4.txt": 4})
    out = tmp_path / "out"
    run_vnplan("extract", root, "--out", out, "--no-progress", check=True)
    before = set(_documents(out)["doc_id"])
    (root / "a/plan_0.txt").write_text(FILES[0].read_text(encoding="utf-8") + "\nGhi chú.\n", encoding="utf-8")
    (root / "b").chmod(0)
    # As root the permission bits are ignored: drop the capabilities that bypass them.
    prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"] if os.geteuid() == 0 else []
    try:
        proc = subprocess.run([*prefix, *VNPLAN, "extract", str(root), "--out", str(out), "--no-progress"],
                              cwd=ROOT, capture_output=True, text=True)
    finally:
        (root / "b").chmod(0o755)
    assert proc.returncode == 1, proc.stderr
    assert "cannot search this folder" in proc.stderr and str(root / "b") in proc.stderr
    errors = _errors(out)
    assert list(errors["path"]) == [str(root / "b")] and list(errors["stage"]) == ["scan"]
    assert set(_documents(out)["doc_id"]) == before  # b's documents were not dropped
    # Readable again: the error row goes, the documents stay.
    proc = run_vnplan("extract", root, "--out", out, "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert _errors(out).empty and set(_documents(out)["doc_id"]) == before


def test_a_folder_nested_past_what_a_path_can_name_is_reported(tmp_path):
    from tests.hostile import deep_folders

    root = _tree(tmp_path, {"plan_0.txt": 0})
    deep_folders(root, 30)  # 30 × 200 characters: past PATH_MAX (4096)
    out = tmp_path / "out"
    proc = run_vnplan("extract", root, "--out", out, "--no-progress")
    assert proc.returncode == 1, proc.stderr
    errors = _errors(out)
    assert list(errors["stage"]) == ["scan"] and errors["path"][0].startswith(str(root / ("d" * 200)))
    assert list(_documents(out)["doc_id"]) == ["plan_0"]


def test_the_same_relative_path_under_two_roots_gets_two_ids_and_keeps_both(tmp_path):
    x = _tree(tmp_path / "x", {"a/plan.txt": 0})
    y = _tree(tmp_path / "y", {"a/plan.txt": 1})
    out = tmp_path / "out"
    run_vnplan("extract", x, y, "--out", out, "--no-progress", check=True)
    documents = _documents(out)
    ids = dict(zip(documents["source_path"], documents["doc_id"]))
    assert ids == {str(x / "a/plan.txt"): "x/in/a/plan.txt", str(y / "a/plan.txt"): "y/in/a/plan.txt"}
    # Editing one re-reads it alone; the other keeps its rows.
    citations_y = len(pd.read_csv(out / "citations.csv", encoding="utf-8-sig").query("doc_id == 'y/in/a/plan.txt'"))
    (x / "a/plan.txt").write_text(FILES[0].read_text(encoding="utf-8") + "\nGhi chú.\n", encoding="utf-8")
    proc = run_vnplan("extract", x, y, "--out", out, "--no-progress", check=True)
    assert "(1 read, 1 unchanged)" in proc.stderr
    after = pd.read_csv(out / "citations.csv", encoding="utf-8-sig")
    assert len(after.query("doc_id == 'y/in/a/plan.txt'")) == citations_y > 0
    assert set(_documents(out)["doc_id"]) == {"x/in/a/plan.txt", "y/in/a/plan.txt"}


def test_an_id_once_given_is_kept_when_another_folder_brings_the_same_stem(tmp_path):
    x = _tree(tmp_path / "x", {"plan.txt": 0})
    y = _tree(tmp_path / "y", {"plan.txt": 1})
    out = tmp_path / "out"
    run_vnplan("extract", x, "--out", out, "--no-progress", check=True)
    assert list(_documents(out)["doc_id"]) == ["plan"]  # the file stem, as the SPEC says
    run_vnplan("extract", y, "--out", out, "--no-progress", check=True)
    ids = dict(zip(_documents(out)["source_path"], _documents(out)["doc_id"]))
    assert ids == {str(x / "plan.txt"): "plan", str(y / "plan.txt"): "y/in/plan.txt"}
    run_vnplan("extract", x, y, "--out", out, "--no-progress", "--full", check=True)
    assert dict(zip(_documents(out)["source_path"], _documents(out)["doc_id"])) == ids


def test_an_edit_keeping_size_and_modification_time_is_read_again(tmp_path):
    root = _tree(tmp_path, {"plan.txt": 1})
    path = root / "plan.txt"
    out = tmp_path / "out"
    run_vnplan("extract", root, "--out", out, "--no-progress", check=True)
    cited = set(pd.read_csv(out / "citations.csv", encoding="utf-8-sig")["number_symbol"].dropna())
    text = path.read_text(encoding="utf-8")
    old = next(n for n in sorted(cited) if n[:1].isdigit() and n[0] != "9" and text.count(n) == 1)
    new = str(int(old[0]) + 1) + old[1:]  # same length: the size does not move
    stat = path.stat()
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # nor does the modification time
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    proc = run_vnplan("extract", root, "--out", out, "--no-progress", check=True)
    assert "(1 read)" in proc.stderr
    now = set(pd.read_csv(out / "citations.csv", encoding="utf-8-sig")["number_symbol"].dropna())
    assert new in now and old not in now


def test_the_output_folder_inside_the_inputs_is_never_read_back(tmp_path):
    root = _tree(tmp_path, {"plan_0.txt": 0, "plan_1.txt": 1})
    out = root / "out"
    run_vnplan("extract", root, "--out", out, "--no-progress", check=True)
    shutil.copy(FILES[2], root / "plan_2.txt")
    proc = run_vnplan("extract", root, "--out", out, "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert "(1 read, 2 unchanged)" in proc.stderr
    assert _errors(out).empty
    assert sorted(_documents(out)["doc_id"]) == ["plan_0", "plan_1", "plan_2"]


def test_a_file_name_that_is_not_utf8_is_processed(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    shutil.copy(FILES[1], os.path.join(os.fsencode(root), b"k\xe9_hoach.txt"))  # Latin-1 é: not UTF-8
    shutil.copy(FILES[2], root / "plan.txt")
    out = tmp_path / "out"
    proc = run_vnplan("extract", root, "--out", out, "--no-progress")
    assert proc.returncode == 0, proc.stderr
    documents = _documents(out)
    assert sorted(documents["doc_id"]) == ["k\\xe9_hoach", "plan"]
    assert str(root / "k\\xe9_hoach.txt") in set(documents["source_path"])
    assert len(pd.read_csv(out / "citations.csv", encoding="utf-8-sig").query("doc_id == 'k\\\\xe9_hoach'")) > 0
    # Unchanged on the next run: the printable name maps back to the file.
    assert "unchanged since the last run" in run_vnplan("extract", root, "--out", out, "--no-progress").stderr


def test_a_link_leaving_the_inputs_is_not_followed_unless_asked(tmp_path):
    import duckdb

    root = _tree(tmp_path, {"plan.txt": 0})
    outside = tmp_path / "secret.txt"
    outside.write_text("KẾ HOẠCH bí mật\nCăn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;\n",
                       encoding="utf-8")
    os.symlink(outside, root / "passwd.txt")
    os.symlink(root / "plan.txt", root / "alias.txt")  # inside the inputs: read
    out = tmp_path / "out"
    proc = run_vnplan("extract", root, "--out", out, "--no-progress")
    assert proc.returncode == 1
    errors = _errors(out)
    assert list(errors["path"]) == [str(root / "passwd.txt")]
    assert "outside the input folders" in errors["message"][0] and "--follow-symlinks" in errors["message"][0]
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM texts WHERE text LIKE '%bí mật%'").fetchone()[0] == 0
    con.close()
    assert sorted(_documents(out)["doc_id"]) == ["alias", "plan"]
    proc = run_vnplan("extract", root, "--out", out, "--no-progress", "--follow-symlinks")
    assert proc.returncode == 0, proc.stderr
    assert sorted(_documents(out)["doc_id"]) == ["alias", "passwd", "plan"]


def test_a_folder_with_a_broken_link_is_up_to_date_on_the_next_run(tmp_path):
    root = _tree(tmp_path, {"plan.txt": 0})
    os.symlink(root / "moved_away.txt", root / "dangling.txt")
    out = tmp_path / "out"
    first = run_vnplan("extract", root, "--out", out, "--no-progress")
    assert first.returncode == 1 and "cannot open the file" in first.stderr
    again = run_vnplan("extract", root, "--out", out, "--no-progress")
    assert again.returncode == 1 and "unchanged since the last run" in again.stderr
    assert list(_errors(out)["path"]) == [str(root / "dangling.txt")]


def test_full_keeps_other_inputs_rows_and_is_the_way_out_of_a_broken_store(tmp_path):
    root = _tree(tmp_path, {"a/plan_0.txt": 0, "b/plan_1.txt": 1})
    out = tmp_path / "out"
    run_vnplan("extract", root, "--out", out, "--no-progress", check=True)
    run_vnplan("extract", root / "a", "--out", out, "--no-progress", "--full", check=True)
    assert sorted(_documents(out)["doc_id"]) == ["plan_0", "plan_1"]
    (out / "vnplan.duckdb").resolve().write_bytes(b"not a database" * 100)  # a disk error, a bad copy
    broken = run_vnplan("extract", root, "--out", out, "--no-progress")
    assert broken.returncode == 1 and "cannot open the store" in broken.stderr
    rebuilt = run_vnplan("extract", root, "--out", out, "--no-progress", "--full")
    assert rebuilt.returncode == 0 and "starts a new store" in rebuilt.stderr
    assert sorted(_documents(out)["doc_id"]) == ["plan_0", "plan_1"]
