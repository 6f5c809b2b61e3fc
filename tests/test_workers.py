"""The way a file's rows travel from its worker to the store: the buffers of Arrow columns built in
the worker (packed.py, column_buffers.py), appended by the main process as they are."""
from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.discover import discover
from pipeline.extract import process_file
from pipeline.manifest import plan
from pipeline.packed import PACKED_TABLES, pack, unpack
from pipeline.records import FileResult, PackedResult, RunOptions
from pipeline.runner import run_local
from pipeline.store import TABLES, Store

from .conftest import CORPUS, SHARED, WILD, corpus_files, wild_files

ROW_FIELDS = ("documents", "sections", "citations", "deadlines", "parties", "texts", "errors", "warnings", "sha256")


def _same_rows(got: FileResult, expected: FileResult) -> None:
    for name in ROW_FIELDS:
        assert getattr(got, name) == getattr(expected, name), (expected.path, name)


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_packing_keeps_every_value_of_every_row_of_every_shared_text():
    # Every record of every table, nulls (a document without a year, without OCR confidence),
    # booleans, Vietnamese text and empty strings included, is the same after pack → bytes → unpack.
    files = [*corpus_files(), *wild_files(), *sorted((SHARED / "devset" / "texts").glob("*.txt"))]
    rows = nulls = 0
    for path in files:
        result = process_file(str(path))
        packed = pack(result)
        assert set(packed.batches) <= set(PACKED_TABLES)
        for n, columns in packed.batches.values():
            assert n > 0 and all(isinstance(b, bytes) for buffers in columns for b in buffers if b is not None)
        assert packed.n_documents == len(result.documents)
        _same_rows(unpack(packed), result)
        rows += sum(len(getattr(result, name)) for name in PACKED_TABLES)
        nulls += sum(d.year is None or d.ocr_confidence is None for d in result.documents)
    assert rows > 10_000 and nulls > 0


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_the_packed_rows_of_many_files_read_as_one_table_are_each_files_rows_in_turn():
    # The main process joins the files' buffers column by column (validity and boolean bitmaps bit
    # after bit, string offsets re-based): the same table as each file's batch on its own, concatenated.
    import pyarrow as pa

    from pipeline.arrow_columns import batch_from_buffers, record_schema
    from pipeline.packed import read_table

    results = [process_file(str(path)) for path in [*corpus_files(), *wild_files()]]
    for result in results[::3]:  # as a scan's documents have them: a part with no null beside parts of nulls
        for doc in result.documents:
            doc.ocr_confidence, doc.ocr_pages = 91.5, "1-2"
    packs = [pack(result) for result in results]
    for name, record_type in PACKED_TABLES.items():
        schema = record_schema(record_type)
        parts = [p.batches[name] for p in packs if name in p.batches]
        for size in (1, 3, 40, len(parts)):  # a lone file, a few, a store's batch, all at once
            for start in range(0, len(parts), size):
                chunk = parts[start:start + size]
                joined = read_table(name, chunk)
                joined.validate(full=True)
                one_by_one = pa.Table.from_batches([batch_from_buffers(schema, n, c) for n, c in chunk], schema)
                assert joined.equals(one_by_one.combine_chunks()), (name, size, start)
        assert read_table(name, parts).num_rows == sum(n for n, _ in parts)
    confidence = read_table("documents", [p.batches["documents"] for p in packs]).column("ocr_confidence")
    assert 0 < confidence.null_count < len(confidence)
    assert confidence.to_pylist()[:4] == [91.5, None, None, 91.5]


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_a_workers_result_crosses_as_arrow_batches_and_fills_the_store_as_in_process_rows_do():
    found = discover([str(CORPUS), str(WILD)])
    found.files = found.files[:30]
    todo = plan(found, {})
    received: list = []
    run_local(todo.todo, todo.stems, 2, RunOptions(), False, received.append)
    assert len(received) == 30 and all(isinstance(r, PackedResult) for r in received)
    assert sum("sections" in r.batches for r in received) > 20

    by_path = {f.path: f for f in found.files}
    in_process = [process_file(by_path[r.path], RunOptions(), todo.stems[r.path]) for r in received]
    for packed, expected in zip(received, in_process):
        _same_rows(unpack(packed), expected)

    tables = []
    for results in (received, in_process):
        store = Store(None)
        try:
            store.add(results)
            store.derive()
            tables.append({name: store.frame(name) for name in TABLES})
        finally:
            store.discard()
    for name in TABLES:
        assert tables[0][name].equals(tables[1][name]), name
    assert len(tables[0]["citations"]) > 100


def test_a_worker_packs_its_rows_without_importing_pyarrow():
    # pyarrow's import costs ~0.25 CPU s: a worker (forked from the warmed-up fork server) must not
    # pay it before its first file; only the main process, which stores the rows, imports it.
    probe = (
        "import pickle, sys\n"
        "from pipeline.warmup import warm_up\n"
        "from pipeline.extract import process_file\n"
        "from pipeline.packed import pack\n"
        "warm_up()\n"
        "packed = pack(process_file(sys.argv[1]))\n"
        "assert packed.batches['sections'][0] > 10 and len(pickle.dumps(packed)) > 1000\n"
        "print('pyarrow' in sys.modules)\n"
    )
    sample = sorted(CORPUS.glob("*.txt"))[0]
    out = subprocess.run([sys.executable, "-c", probe, str(sample)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.skipif(not (SHARED / "devset" / "files" / "fresh_file_13.pdf").exists(), reason="needs ../shared/devset/files")
def test_stage_seconds_are_cpu_seconds_with_the_ocr_programs_cpu_in_the_read_stage(tmp_path, monkeypatch):
    # `--timings` sums these: CPU seconds, since wall seconds on a shared host measure its load; a scan's
    # read stage counts Tesseract's CPU, which runs in processes of its own.
    import os
    import time

    monkeypatch.setenv("VNPLAN_OCR_CACHE", str(tmp_path))  # an empty OCR cache: the page is recognized
    before, thread_before = os.times(), time.thread_time()
    result = process_file(str(SHARED / "devset" / "files" / "fresh_file_13.pdf"))
    after, thread_after = os.times(), time.thread_time()
    programs = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    assert not result.errors and result.documents[0].ocr_pages == "1"
    assert programs > 0.2  # the page's recognition
    assert result.seconds["read"] >= programs
    assert sum(result.seconds.values()) <= (thread_after - thread_before) + programs + 0.01
