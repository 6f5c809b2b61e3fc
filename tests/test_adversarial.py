"""Adversarial files finish within the per-file limits, with a clear error or a result."""
from __future__ import annotations

import time

import pandas as pd

from pipeline.readers import InputError, read
from pipeline.records import RunOptions
from pipeline.runner import guarded_process

from .conftest import CORPUS, run_vnplan


def test_pdf_with_thousands_of_empty_pages(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "empty_pages.pdf"
    pdf = canvas.Canvas(str(path))
    for _ in range(3000):
        pdf.showPage()
    pdf.save()
    start = time.perf_counter()
    result = guarded_process(str(path), RunOptions(timeout=60, max_bytes=None))
    assert time.perf_counter() - start < 60
    assert [e.stage for e in result.errors] in (["read"], ["timeout"])
    assert "no text layer" in result.errors[0].message or result.errors[0].stage == "timeout"


def test_deeply_nested_docx(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    for depth in range(60):  # tables inside tables inside tables
        cell.paragraphs[0].text = f"Mục {depth}: Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;"
        cell = cell.add_table(rows=1, cols=1).cell(0, 0)
    path = tmp_path / "nested.docx"
    document.save(path)
    result = guarded_process(str(path), RunOptions(timeout=30, max_bytes=None))
    assert not result.errors
    assert result.citations and result.citations[0].number_symbol == "04/2015/NĐ-CP"


def test_hundred_megabyte_single_line_is_refused_quickly(tmp_path):
    path = tmp_path / "one_line.txt"
    with open(path, "w", encoding="utf-8") as handle:
        chunk = "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ; " * 1000
        while handle.tell() < 105_000_000:
            handle.write(chunk)
    start = time.perf_counter()
    proc = run_vnplan("extract", path, CORPUS / "001_e0aee330aa8355da.txt", "--out", tmp_path / "out", "--no-progress")
    assert time.perf_counter() - start < 60
    assert proc.returncode == 1
    errors = pd.read_csv(tmp_path / "out" / "errors.csv", encoding="utf-8-sig")
    assert list(errors["stage"]) == ["read"] and "--max-bytes" in errors["message"][0]
    assert len(pd.read_csv(tmp_path / "out" / "documents.csv", encoding="utf-8-sig")) == 1


def test_backtracking_bait_finishes_or_times_out(tmp_path):
    path = tmp_path / "bait.txt"
    path.write_text("Số: " + "1" * 20000 + "/" * 20000 + "-" * 20000 + "\n" + ("9-/" * 30000) + "\n", encoding="utf-8")
    start = time.perf_counter()
    result = guarded_process(str(path), RunOptions(timeout=10, max_bytes=None))
    assert time.perf_counter() - start < 15
    assert not result.errors or result.errors[0].stage == "timeout"


def test_inputs_are_only_read(tmp_path):
    # A document naming paths must not make vnplan open or write them.
    target = tmp_path / "victim.txt"
    text = f"KẾ HOẠCH\nGửi kết quả về {target} và ../../etc/passwd trước ngày 20/11/2024.\n"
    src = tmp_path / "plan.txt"
    src.write_text(text, encoding="utf-8")
    before = src.stat().st_mtime_ns
    run_vnplan("extract", src, "--out", tmp_path / "out", "--no-progress", check=True)
    assert not target.exists()
    assert src.stat().st_mtime_ns == before
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {"documents.csv", "vnplan.duckdb"}


def test_reader_rejects_a_zip_bomb_named_docx(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    try:
        read(path)
    except InputError as exc:
        assert "DOCX" in exc.message
    else:
        raise AssertionError("a broken package must be reported")
