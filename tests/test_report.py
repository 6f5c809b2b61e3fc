"""What users open: the HTML report in headless Chromium, the compliance workbook, the notebook."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from .conftest import ROOT, run_vnplan

ARTIFACTS = ROOT / ".artifacts"


@pytest.fixture(scope="session")
def report_files(corpus_out, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    required = folder / "required.csv"
    required.write_text("citation_key,label\nLuật 10/2022/QH15,Luật Thực hiện dân chủ ở cơ sở\n"
                        "59/2023/NĐ-CP,Nghị định 59/2023/NĐ-CP\n", encoding="utf-8")
    html = folder / "report.html"
    proc = run_vnplan("report", corpus_out, "--required", required, "--html", html)
    assert proc.returncode == 0, proc.stderr
    return html, folder / "compliance.xlsx"


def _chromium(*args: str) -> subprocess.CompletedProcess:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        pytest.fail("Chromium is needed to open the report: `make system-deps` installs Debian's chromium")
    profile = ARTIFACTS / "chromium-profile"
    profile.mkdir(parents=True, exist_ok=True)
    return subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *args],
                          capture_output=True, text=True, timeout=120)


def test_report_renders_in_headless_chromium(report_files):
    html, _ = report_files
    dom = _chromium("--virtual-time-budget=3000", "--dump-dom", html.as_uri())
    page = dom.stdout
    assert 'data-ready="1"' in page, "the report's script did not finish"
    assert '<pre id="errors" hidden=""></pre>' in page, "JavaScript errors were reported on the page"
    assert not [line for line in dom.stderr.splitlines() if ":CONSOLE(" in line or "Uncaught" in line]
    # the compliance matrix, with a missing required citation marked
    assert 'id="matrix"' in page and 'class="n missing"' in page
    assert "Luật Thực hiện dân chủ ở cơ sở" in page
    # a chart, the network, a document page with highlighted spans
    assert 'id="chart-cited"' in page and page.count('class="bar"') >= 5
    assert 'id="network"' in page and page.count('class="edge"') >= 10
    assert 'id="doc-001_e0aee330aa8355da"' in page and "Nghị định số 59/2023/NĐ-CP" in page
    assert "CITATION" in page and "DEADLINE" in page
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    _chromium("--window-size=1280,2400", f"--screenshot={shot}", html.as_uri())
    assert shot.exists() and shot.stat().st_size > 20_000


def test_report_needs_no_network(report_files):
    html, _ = report_files
    text = html.read_text(encoding="utf-8")
    assert "http://" not in text.replace("http://www.w3.org", "") and "https://" not in text
    assert "<script src" not in text and "<link " not in text


def test_compliance_workbook(report_files):
    import openpyxl

    _, xlsx = report_files
    book = openpyxl.load_workbook(xlsx)
    assert {"compliance", "required", "deadlines", "responsibility"} <= set(book.sheetnames)
    sheet = book["compliance"]
    header = [c.value for c in sheet[1]]
    assert "Nghị định 59/2023/NĐ-CP" in header
    column = header.index("Nghị định 59/2023/NĐ-CP") + 1
    marks = {sheet.cell(row=r, column=1).value: sheet.cell(row=r, column=column).value for r in range(2, sheet.max_row + 1)}
    assert marks["001_e0aee330aa8355da"] == 1  # cites it
    assert marks["000_214afb9450e5b4dd"] == "THIẾU"  # missing, marked
    assert len(sheet.conditional_formatting) >= 1
    deadlines = [r[0] for r in book["deadlines"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert deadlines == sorted(deadlines)


def test_notebook_runs_clean(corpus_out):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "notebooks" / "citation_index.ipynb", as_version=4)
    os.environ["VNPLAN_OUT"] = str(corpus_out)
    try:
        NotebookClient(nb, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    finally:
        os.environ.pop("VNPLAN_OUT", None)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
