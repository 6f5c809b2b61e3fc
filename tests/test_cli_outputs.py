"""End to end through the `vnplan` command: outputs opened by their real libraries, bad inputs,
exit codes, atomic writes, and the evaluation against the gold files."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import duckdb
import openpyxl
import pandas as pd
import pytest

from pipeline import store
from pipeline.tables import TABLES

from .conftest import CORPUS, GOLD, ROOT, WILD, run_vnplan, wild_files


def test_help_explains_every_option():
    proc = run_vnplan("extract", "--help")
    assert proc.returncode == 0
    for option in ("--out", "--workers", "--engine", "--format", "--timeout-per-file", "--max-bytes", "--scheduler"):
        assert option in proc.stdout
    assert run_vnplan().returncode in (0, 2)  # no arguments: usage


def test_every_table_is_written_in_every_format(corpus_out):
    for name in TABLES:
        csv = corpus_out / f"{name}.csv"
        assert csv.read_bytes().startswith(b"\xef\xbb\xbf"), name  # BOM so Excel shows Vietnamese
        assert (corpus_out / f"{name}.parquet").exists()
    documents = pd.read_csv(corpus_out / "documents.csv", encoding="utf-8-sig")
    assert list(documents["doc_id"]) == ["000_214afb9450e5b4dd", "001_e0aee330aa8355da", "002_920707ccab616b09",
                                         "003_723b0c46fb5dfa44", "003_723b0c46fb5dfa44#2", "004_755144333ea7a6dd"]
    errors = pd.read_csv(corpus_out / "errors.csv", encoding="utf-8-sig")
    assert list(errors.columns) == ["path", "stage", "message"] and errors.empty


def test_offsets_index_the_document_text(corpus_out):
    from pipeline.api import parse_file

    texts = {d.meta.doc_id: d.text for p in sorted(CORPUS.glob("*.txt")) for d in parse_file(str(p))}
    for name in ("citations", "deadlines", "parties"):
        table = pd.read_parquet(corpus_out / f"{name}.parquet")
        for row in table.itertuples():
            assert texts[row.doc_id][row.start:row.end] == row.surface, (name, row.doc_id, row.surface)


def test_duckdb_file_holds_the_same_tables(corpus_out):
    con = duckdb.connect(str(corpus_out / "vnplan.duckdb"), read_only=True)
    try:
        for name in TABLES:
            n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            assert n == len(pd.read_parquet(corpus_out / f"{name}.parquet")), name
        top = con.execute("SELECT citation_key, n_citing_docs FROM citation_index ORDER BY n_citing_docs DESC, "
                          "citation_key LIMIT 1").fetchone()
        assert top[1] >= 3
        pairs = con.execute("SELECT count(*) FROM citing_pairs WHERE relation = 'can_cu'").fetchone()[0]
        assert pairs >= 4
    finally:
        con.close()


def test_xlsx_workbook_is_readable_with_frozen_header_and_filter(corpus_out):
    book = openpyxl.load_workbook(corpus_out / "vnplan.xlsx")
    assert set(TABLES) <= set(book.sheetnames)
    sheet = book["citations"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    assert sheet.cell(row=1, column=1).value == "doc_id"
    assert sheet.column_dimensions["E"].width > 8


def test_citation_index_has_one_row_per_cited_document(corpus_out):
    index = pd.read_csv(corpus_out / "citation_index.csv", encoding="utf-8-sig", keep_default_na=False)
    assert index["citation_key"].is_unique
    law = index[index["citation_key"] == "Luật 10/2022/QH15"].iloc[0]
    # Named in 000 and 003, numbered in 001: one document, four citing documents.
    assert law["n_citing_docs"] >= 3
    assert "000_214afb9450e5b4dd" in law["citing_doc_ids"]


def _bad_inputs(folder):
    from reportlab.pdfgen import canvas

    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(os.urandom(4000))
    shutil.copy(shutil.which("ls") or "/bin/ls", folder / "program.pdf")
    (folder / "table.xyz").write_text("a,b", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(3000))
    locked = canvas.Canvas(str(folder / "locked.pdf"), encrypt="secret")
    locked.drawString(72, 720, "Ke hoach so 12/KH-UBND")
    locked.save()
    os.symlink(folder / "gone.txt", folder / "dangling.txt")  # a path that cannot be opened
    with open(folder / "huge.txt", "wb") as handle:  # 200 MB, sparse
        handle.truncate(200_000_000)
    return {"empty.txt", "junk.txt", "program.pdf", "table.xyz", "broken.pdf", "locked.pdf", "dangling.txt", "huge.txt"}


def test_bad_files_get_one_error_row_each_and_the_rest_is_processed(tmp_path):
    bad = _bad_inputs(tmp_path / "bad")
    out = tmp_path / "out"
    proc = run_vnplan("extract", CORPUS, tmp_path / "bad", "--out", out, "--no-progress")
    assert proc.returncode == 1
    errors = pd.read_csv(out / "errors.csv", encoding="utf-8-sig")
    assert sorted(os.path.basename(p) for p in errors["path"]) == sorted(bad)
    for name in bad:
        assert name in proc.stderr  # a clear line naming the file
    assert "encrypted" in " ".join(errors["message"]).lower()
    assert "no text" in " ".join(errors["message"]).lower() or "corrupt" in " ".join(errors["message"]).lower()
    documents = pd.read_csv(out / "documents.csv", encoding="utf-8-sig")
    assert len(documents) == 6


def test_scanned_pdf_is_reported_not_silently_empty(tmp_path):
    from reportlab.pdfgen import canvas

    scan = canvas.Canvas(str(tmp_path / "scan.pdf"))
    scan.rect(72, 72, 400, 600, fill=1)  # an image-only page, no text layer
    scan.showPage()
    scan.save()
    proc = run_vnplan("extract", tmp_path / "scan.pdf", "--out", tmp_path / "out", "--no-progress")
    assert proc.returncode == 1
    assert "no text layer" in proc.stderr


def test_a_failing_write_leaves_the_previous_output_untouched(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = tmp_path / "out"
    run_vnplan("extract", CORPUS / "001_e0aee330aa8355da.txt", "--out", out, "--no-progress", check=True)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.exports, "write_xlsx", disk_full)  # fails after the CSV and Parquet exports
    result = CliRunner().invoke(app, ["extract", str(CORPUS / "002_920707ccab616b09.txt"), "--out", str(out),
                                      "--no-progress", "--full"])
    assert result.exit_code == 1
    assert "No space left" in result.output and "left as they were" in result.output
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
    assert not [p for p in out.iterdir() if p.name.startswith(".vnplan-tmp")]


def test_pdf_docx_doc_inputs_give_the_same_citations_as_the_text(office_files, tmp_path):
    for name in ("001_e0aee330aa8355da.pdf", "001_e0aee330aa8355da.docx"):
        shutil.copy(office_files[name], tmp_path / name)
    out = tmp_path / "out"
    run_vnplan("extract", tmp_path / "001_e0aee330aa8355da.pdf", tmp_path / "001_e0aee330aa8355da.docx",
               CORPUS / "001_e0aee330aa8355da.txt", "--out", out, "--no-progress", check=True)
    cites = pd.read_csv(out / "citations.csv", encoding="utf-8-sig", keep_default_na=False)
    per_file = cites.groupby("doc_id")["citation_key"].apply(lambda s: sorted(s))
    assert len(per_file) == 3 and per_file.map(tuple).nunique() == 1


def test_pdf_of_a_two_document_file_is_split_too(office_files, tmp_path):
    out = tmp_path / "out"
    run_vnplan("extract", office_files["003_723b0c46fb5dfa44.pdf"], "--out", out, "--no-progress", check=True)
    documents = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", keep_default_na=False)
    assert list(documents["doc_id"]) == ["003_723b0c46fb5dfa44", "003_723b0c46fb5dfa44#2"]
    assert documents.iloc[1]["issuer"] == "Trường mầm non Thanh Hà"


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_corpus_and_wild_set_run_clean(tmp_path):
    out = tmp_path / "out"
    proc = run_vnplan("extract", CORPUS, WILD, "--out", out, "--no-progress", "--format", "parquet")
    assert proc.returncode == 0, proc.stderr
    assert len(pd.read_parquet(out / "documents.parquet")) == 119
    assert pd.read_parquet(out / "errors.parquet").empty


@pytest.mark.skipif(not GOLD.is_dir(), reason="needs ../shared/gold")
def test_evaluate_meets_the_committed_accuracy_floor(corpus_out, tmp_path):
    scores = tmp_path / "scores.json"
    proc = run_vnplan("evaluate", "--gold", GOLD, "--pred", corpus_out, "--json", scores,
                      "--floor", ROOT / "tests" / "accuracy_floor.json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    values = json.loads(scores.read_text())
    for field in ("issuer", "doc_number", "issued_date", "year", "signer_name", "title"):
        assert values[f"documents.{field}"] >= 0.95
    assert "numbered mentions" in proc.stdout


def test_python_dash_m_and_version():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.startswith("vnplan ")
