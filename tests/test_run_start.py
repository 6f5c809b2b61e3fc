"""How a local run starts and orders its work (issue #17): the fork server is started before the
command line is parsed on a first local `extract`, and the plan hands files to the workers largest
first."""
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
