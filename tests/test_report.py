"""`vnplan report` and `vnplan calendar` on the output folders users have: the default one, CSV only,
one with unreadable files, the run over every shared text; the compliance workbook; `--required`
spellings as documents write them. (The layout in a browser: test_report_layout.py.)"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
from html import escape

import pandas as pd
import pytest

from .conftest import CORPUS, ROOT, SHARED, VNPLAN, run_vnplan

# Requirements written as the corpus plans write these documents (corpus/000, 001, 003, 004).
REQUIRED_CSV = ("requirement,label\n"
                "Luật Thực hiện dân chủ ở cơ sở,Luật Thực hiện dân chủ ở cơ sở\n"
                "Nghị định số 59/2023/NĐ-CP,Nghị định 59/2023/NĐ-CP\n"
                "Thông tư số 36/2017/TTBGDĐT,Thông tư 36/2017 (công khai)\n"
                "Nghị định số 123/2099/NĐ-CP,Nghị định không ai trích dẫn\n")


def _workbook(path):
    import openpyxl

    return openpyxl.load_workbook(path)


def _h2(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html)]


@pytest.fixture(scope="session")
def corpus_report(corpus_out, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    required = folder / "required.csv"
    required.write_text(REQUIRED_CSV, encoding="utf-8")
    html = folder / "report.html"
    proc = run_vnplan("report", corpus_out, "--required", required, "--html", html)
    assert proc.returncode == 0, proc.stderr
    return proc, html, folder / "compliance.xlsx"


def test_report_speaks_vietnamese_and_names_documents(corpus_report, corpus_out):
    _, html, _ = corpus_report
    page = html.read_text(encoding="utf-8")
    assert "<html lang='vi'>" in page
    assert _h2(page)[:3] == ["Tổng quan", "Văn bản được trích dẫn nhiều nhất", "Mạng trích dẫn"]
    assert {"Ma trận tuân thủ", "Thời hạn", "Ma trận trách nhiệm", "Không đọc được", "Văn bản"} <= set(_h2(page))
    for english in ("The corpus at a glance", "Compliance matrix", "Responsibility matrix", "Deadlines", ">documents<"):
        assert english not in page
    # a matrix row names the plan by issuer · number · title, the file id in its tooltip
    assert re.search(r'title="Trường THCS Trường Chinh · 95/KH-TC · Triển khai thực hiện công tác dân vận[^"]*'
                     r' · 001_e0aee330aa8355da">Trường THCS Trường Chinh · 95/KH-TC · Triển khai', page)
    assert ">001_e0aee330aa8355da<" not in page.split('id="matrix"')[1].split("</table>")[0]


def test_report_in_english_on_request(corpus_out, tmp_path):
    html = tmp_path / "report.html"
    proc = run_vnplan("report", corpus_out, "--html", html, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    page = html.read_text(encoding="utf-8")
    assert "<html lang='en'>" in page and "Compliance matrix" in _h2(page) and "Ma trận tuân thủ" not in page
    assert "Compliance" in _workbook(tmp_path / "compliance.xlsx").sheetnames


def test_both_languages_say_everything():
    from pipeline.report.labels import TEXT

    assert set(TEXT["vi"]) == set(TEXT["en"])
    used = set()
    for path in (ROOT / "pipeline" / "report").glob("*.py"):
        used |= set(re.findall(r"""\b(?:L|labels)\(["']([\w.]+)["']\s*[,)]""", path.read_text(encoding="utf-8")))
    assert used and used <= set(TEXT["vi"]), used - set(TEXT["vi"])


def test_unmatched_requirement_is_warned_and_listed(corpus_report):
    proc, html, xlsx = corpus_report
    assert "'Nghị định số 123/2099/NĐ-CP' matches no cited document" in proc.stderr
    page = html.read_text(encoding="utf-8")
    unmatched = page.split('id="unmatched"')[1].split("</div>")[0]
    assert "Nghị định số 123/2099/NĐ-CP" in unmatched and "Luật Thực hiện" not in unmatched
    rows = {r[0]: r for r in _workbook(xlsx)["Yêu cầu"].iter_rows(min_row=2, values_only=True)}
    assert rows["Nghị định không ai trích dẫn"][1] in (None, "") and rows["Nghị định không ai trích dẫn"][5]
    assert rows["Thông tư 36/2017 (công khai)"][1] == "Thông tư 36/2017/TT-BGDĐT"


def test_compliance_workbook_is_typed_and_formatted(corpus_report, corpus_out):
    _, _, xlsx = corpus_report
    book = _workbook(xlsx)
    assert {"Tuân thủ", "Yêu cầu", "Thời hạn", "Trách nhiệm", "Không đọc được", "Văn bản"} <= set(book.sheetnames)
    for sheet in book.worksheets:
        assert sheet.freeze_panes in ("A2", "B2"), sheet.title
        assert all(c.font.b for c in sheet[1] if c.value), f"{sheet.title}: header not bold"
        assert sheet.column_dimensions["A"].width >= 12, sheet.title
    matrix = book["Tuân thủ"]
    header = [c.value for c in matrix[1]]
    assert header[:3] == ["Văn bản", "Đơn vị ban hành", "Mã tệp"]
    column = header.index("Nghị định 59/2023/NĐ-CP") + 1
    cells = {matrix.cell(row=r, column=3).value: matrix.cell(row=r, column=column) for r in range(2, matrix.max_row + 1)}
    assert cells["001_e0aee330aa8355da"].value == 1 and cells["001_e0aee330aa8355da"].data_type == "n"
    assert cells["000_214afb9450e5b4dd"].value == "THIẾU" and cells["000_214afb9450e5b4dd"].fill.fgColor.rgb.endswith("FFB3B3")
    assert matrix.cell(row=2, column=1).value.count(" · ") >= 1  # issuer · number · title
    deadlines = book["Thời hạn"]
    dated = [r[0] for r in deadlines.iter_rows(min_row=2, values_only=True) if r[0] is not None]
    assert dated and all(isinstance(d, dt.datetime) for d in dated), "due dates must be date cells, not text"
    assert dated == sorted(dated)
    assert deadlines.cell(row=2, column=1).number_format == "dd/mm/yyyy"
    documents = book["Văn bản"]
    issued = [r[5] for r in documents.iter_rows(min_row=2, values_only=True) if r[5] is not None]
    assert issued and all(isinstance(d, dt.datetime) for d in issued)
    responsibility = book["Trách nhiệm"]
    counts = [r[2] for r in responsibility.iter_rows(min_row=2, values_only=True)]
    assert counts and all(isinstance(n, int) for n in counts)
    assert any(r[1] and "chủ trì" in r[1] for r in responsibility.iter_rows(min_row=2, values_only=True))


def _extract(*args, out) -> subprocess.CompletedProcess:
    return run_vnplan("extract", *args, "--out", out, "--no-progress")


def test_report_and_calendar_on_a_csv_only_folder(tmp_path):
    from pipeline.store import read_table

    out = tmp_path / "out"
    proc = _extract(CORPUS, "--format", "csv", out=out)
    assert proc.returncode == 0, proc.stderr
    assert not (out / "vnplan.duckdb").exists() and (out / "documents.csv").exists()
    html = tmp_path / "report.html"
    proc = run_vnplan("report", out, "--html", html)
    assert proc.returncode == 0, proc.stderr  # was: TypeError: Invalid value '0' for dtype 'str'
    page = html.read_text(encoding="utf-8")
    assert page.count('class="docpage"') == 6 and "Không có nguyên văn" in page
    assert 'class="n hit"' in page  # counts from text cells were summed as numbers
    responsibility = _workbook(tmp_path / "compliance.xlsx")["Trách nhiệm"]
    assert all(isinstance(r[2], int) for r in responsibility.iter_rows(min_row=2, values_only=True))
    ics = tmp_path / "deadlines.ics"
    proc = run_vnplan("calendar", out, "--ics", ics, "--quiet")
    assert proc.returncode == 0, proc.stderr
    n_dated = sum(1 for d in read_table(out, "deadlines")["due_date"] if isinstance(d, str) and d)
    assert proc.stdout.count("\n") == 1 and ics.read_bytes().count(b"BEGIN:VEVENT") == n_dated > 0


@pytest.mark.parametrize("fmt", ["parquet", "xlsx"])
def test_report_on_a_folder_of_one_other_format(corpus_out, tmp_path, fmt):
    from pipeline.store import read_table

    out = tmp_path / "out"
    assert _extract(CORPUS, "--format", fmt, out=out).returncode == 0
    html = tmp_path / "report.html"
    proc = run_vnplan("report", out, "--html", html)
    assert proc.returncode == 0, proc.stderr
    page = html.read_text(encoding="utf-8")
    assert page.count('class="docpage"') == 6 and page.count('class="n hit"') >= 10
    n_citations = len(read_table(corpus_out, "citations"))
    assert f'<a class="kpi" href="#cited"><b>{n_citations}</b>lượt trích dẫn</a>' in page


def test_report_lists_files_that_could_not_be_read(tmp_path):
    bad = tmp_path / "inputs"
    bad.mkdir()
    (bad / "trong.txt").write_bytes(b"")
    (bad / "hong.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n")  # a PDF cut off after its first object
    (bad / "hong.docx").write_bytes(b"PK\x03\x04 not a zip archive")
    out = tmp_path / "out"
    proc = _extract(CORPUS / "001_e0aee330aa8355da.txt", bad, out=out)
    assert proc.returncode == 1
    html = tmp_path / "report.html"
    proc = run_vnplan("report", out, "--html", html)
    assert proc.returncode == 0, proc.stderr
    page = html.read_text(encoding="utf-8")
    section = page.split("<h2 id='errors'>Không đọc được</h2>")[1].split("<h2")[0]
    for name in ("trong.txt", "hong.pdf", "hong.docx"):
        assert name in section
    assert "empty" in section and "PDF" in section  # the reason, as the reader gave it
    assert '<a class="kpi bad" href="#errors"><b>3</b>tệp không đọc được</a>' in page
    rows = list(_workbook(tmp_path / "compliance.xlsx")["Không đọc được"].iter_rows(min_row=2, values_only=True))
    assert sorted(os.path.basename(r[0]) for r in rows) == ["hong.docx", "hong.pdf", "trong.txt"]
    assert all(r[1] and r[2] for r in rows)


def _read_only_command(folder, command: list[str]) -> list[str]:
    """`command` made to meet `folder` as a read-only folder: by its mode for an ordinary user; for
    root (which ignores modes) inside a user and mount namespace where `folder` is a read-only bind."""
    folder.chmod(0o555)
    if os.geteuid() != 0:
        return command
    if not shutil.which("unshare") or subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode:
        pytest.skip("running as root without user namespaces: no way to make a read-only folder here")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return ["unshare", "-rm", "sh", "-c", script, str(folder), *command]


def test_read_only_target_is_a_clear_error(corpus_out, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    for args in (["report", corpus_out, "--html", locked / "report.html"],
                 ["calendar", corpus_out, "--ics", locked / "deadlines.ics"]):
        command = _read_only_command(locked, [*VNPLAN, *map(str, args)])
        proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 1, proc.stderr
        assert "Traceback" not in proc.stderr
        assert re.search(r"vnplan: cannot write .*locked/(report\.html|deadlines\.ics): (Read-only file system|"
                         r"Permission denied)", proc.stderr), proc.stderr
    locked.chmod(0o755)
    assert list(locked.iterdir()) == []


def test_report_without_outputs_is_a_usage_error(tmp_path):
    proc = run_vnplan("report", tmp_path, "--html", tmp_path / "r.html")
    assert proc.returncode == 2 and "no documents table" in proc.stderr and "Traceback" not in proc.stderr


# ---------------------------------------------------------------------------- every shared text

@pytest.fixture(scope="module")
def shared_out(tmp_path_factory):
    inputs = [SHARED / "corpus", SHARED / "wild", SHARED / "devset" / "texts"]
    if not all(p.is_dir() for p in inputs):
        pytest.skip("../shared is not here")
    out = tmp_path_factory.mktemp("shared_out")
    proc = run_vnplan("extract", *inputs, "--out", out, "--no-progress")
    assert proc.returncode in (0, 1), proc.stderr
    return out


@pytest.fixture(scope="module")
def shared_data(shared_out):
    from pipeline.report.data import load

    return load(shared_out)


def test_report_over_every_shared_text(shared_out, shared_data, tmp_path):
    html = tmp_path / "report.html"
    proc = run_vnplan("report", shared_out, "--html", html)
    assert proc.returncode == 0, proc.stderr
    page = html.read_text(encoding="utf-8")
    data = shared_data
    assert page.count('class="docpage"') == len(data.documents) > 100
    years = re.findall(r'<text class="tick"[^>]*>(\d{4})</text>', page.split('id="chart-year"')[1].split("</svg>")[0])
    assert years == sorted(years) and len(years) >= 10  # the year chart reads left to right in time
    issuers = re.findall(r"<title>([^<]*): (\d+)</title>", page.split('id="chart-issuer"')[1].split("</svg>")[0])
    assert [int(n) for _, n in issuers] == sorted((int(n) for _, n in issuers), reverse=True)
    assert len(_workbook(tmp_path / "compliance.xlsx")["Tuân thủ"]["A"]) == len(data.documents) + 1


@pytest.mark.parametrize("spelling, same_as", [
    ("Thông tư số 36/2017/TTBGDĐT", "Thông tư số 36/2017/TT-BGDĐT"),  # corpus/004 writes both
    ("Quy chế số 09- QC/TU", "Quy chế 09-QC/TU"),
    ("Kết luận số01-KL/TW", "01-KL/TW"),
    ("Kế hoạch số 19/KH UBND", "Kế hoạch 19/KH-UBND"),
    ("Luật thực hiện dân chủ ở cơ sở năm 2022", "Luật số 10/2022/QH15"),
    ("Luật Thực hiện dân chủ ở cơ sở", "Luật 10/2022/QH15"),
    ("Nghị định 04/2015/NĐ-CP", "nghị định số 04/2015/nđ-cp"),
])
def test_requirement_spellings_find_the_key_the_run_gave_them(shared_data, spelling, same_as):
    from pipeline.report.requirements import match_requirement
    from pipeline.textfold import squash

    data = shared_data
    given = set(data.citations.loc[data.citations["surface"].map(squash) == spelling, "citation_key"])
    assert given, f"{spelling!r} is no longer found in the shared texts"
    found = match_requirement(spelling, data.index)
    assert given <= found
    assert found == match_requirement(same_as, data.index)
    symbols = set(data.index.loc[data.index["citation_key"].isin(found), "number_symbol"]) - {""}
    assert len({s.replace("-", "").replace(" ", "") for s in symbols}) <= 1  # never two different documents


@pytest.mark.parametrize("written, short", [
    # as the `Căn cứ` lines of the devset write them, and as corpus/001 writes Luật 10/2022/QH15
    ("Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020", "Luật Bảo vệ môi trường năm 2020"),
    ("Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015", "Luật Ngân sách nhà nước năm 2015"),
    ("Luật số 10/2022/QH15 ngày 10 tháng 11 năm 2022 của Quốc hội khóa XV về thực hiện dân chủ ở cơ sở", "10/2022/QH15"),
    ("Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ Quy định chi tiết một số điều của Luật Thực hiện dân "
     "chủ ở cơ sở", "59/2023/NĐ-CP"),
])
def test_requirement_copied_with_its_date_and_subject(shared_data, written, short):
    from pipeline.report.requirements import match_requirement

    assert match_requirement(written, shared_data.index) == match_requirement(short, shared_data.index) != set()


def test_requirement_date_picks_the_version_of_a_law(shared_data):
    """The Luật Ban hành văn bản quy phạm pháp luật of 1996 and of 2015, both cited in the wild texts."""
    from pipeline.report.requirements import match_requirement

    name = "Luật Ban hành văn bản quy phạm pháp luật"
    of_1996 = match_requirement(f"{name} ngày 12 tháng 11 năm 1996", shared_data.index)
    of_2015 = match_requirement(f"{name} ngày 22 tháng 6 năm 2015", shared_data.index)
    assert of_1996 and of_2015 and not of_1996 & of_2015
    assert of_1996 | of_2015 <= match_requirement(name, shared_data.index)  # no year: any version counts


def test_requirement_year_narrows_a_yearless_symbol(shared_data):
    from pipeline.report.requirements import match_requirement

    index = shared_data.index
    some = match_requirement("Kế hoạch số 19/KH UBND", index)
    years = {y for k in some for y in re.findall(r"\((\d{4})", k)}
    assert years and match_requirement(f"Kế hoạch số 19/KH UBND năm {min(years)}", index)
    assert match_requirement("Kế hoạch số 19/KH UBND năm 1999", index) == set()
    assert match_requirement("Nghị định số 123/2099/NĐ-CP", index) == set()


def test_requirements_file_forms(tmp_path):
    from pipeline.report.requirements import load_requirements

    with_header = tmp_path / "a.csv"
    with_header.write_text("number_symbol,label\n59/2023/NĐ-CP,Nghị định về tiếp công dân\n", encoding="utf-8")
    bare = tmp_path / "b.csv"
    bare.write_text('Nghị định số 59/2023/NĐ-CP\n"Luật Phòng, chống tham nhũng"\n', encoding="utf-8-sig")
    lines = tmp_path / "c.txt"
    lines.write_text("Luật Phòng, chống tham nhũng\n\nLuật số 10/2022/QH15\n", encoding="utf-8")
    semicolons = tmp_path / "d.csv"  # Excel's CSV where the comma is the decimal mark
    semicolons.write_text("label;requirement\nTiếp công dân;Nghị định số 59/2023/NĐ-CP\n", encoding="utf-8-sig")
    unicode_text = tmp_path / "e.txt"  # Excel's "Unicode Text": UTF-16, tab-separated
    unicode_text.write_text("requirement\tlabel\r\nLuật số 10/2022/QH15\tDân chủ ở cơ sở\r\n", encoding="utf-16")
    assert [(r.text, r.label) for r in load_requirements(with_header)] == [("59/2023/NĐ-CP", "Nghị định về tiếp công dân")]
    assert [r.text for r in load_requirements(bare)] == ["Nghị định số 59/2023/NĐ-CP", "Luật Phòng, chống tham nhũng"]
    assert [r.text for r in load_requirements(lines)] == ["Luật Phòng, chống tham nhũng", "Luật số 10/2022/QH15"]
    assert [(r.text, r.label) for r in load_requirements(semicolons)] == [("Nghị định số 59/2023/NĐ-CP", "Tiếp công dân")]
    assert [(r.text, r.label) for r in load_requirements(unicode_text)] == [("Luật số 10/2022/QH15", "Dân chủ ở cơ sở")]


def _csv_folder(source, target):
    """The tables of an output folder as plain CSV files (what an older or a CSV-only run leaves)."""
    from pipeline.report.data import load
    from pipeline.store import TABLES, read_table

    target.mkdir()
    for name in TABLES:
        read_table(source, name).to_csv(target / f"{name}.csv", index=False, encoding="utf-8-sig")
    return load(target)


def test_replaced_documents_are_flagged_where_the_index_says_so(shared_out, tmp_path):
    """The SPEC's `replaced_by` column of the citation index (from the registry and from the
    replacements the shared texts state): the documents still citing a replaced document are listed
    (not the replacing document, not its replacing statement), the matrix header says by what, the
    workbook has the sheet. An index written before the column existed shows none of it."""
    from pipeline.report import prepare, write_compliance_xlsx, write_html

    out = tmp_path / "out"
    data = _csv_folder(shared_out, out)
    replaced = {k: r for k, r in zip(data.index["citation_key"], data.index["replaced_by"]) if r}
    assert len(replaced) >= 3, "the shared texts cite fewer replaced documents than they used to"

    older = tmp_path / "older"
    shutil.copytree(out, older)
    pd.read_csv(older / "citation_index.csv", dtype=str, keep_default_na=False).drop(columns="replaced_by") \
        .to_csv(older / "citation_index.csv", index=False, encoding="utf-8-sig")
    plain = prepare(older)
    assert "<h2 id='replaced'>" not in write_html(plain, tmp_path / "plain.html").read_text(encoding="utf-8")
    assert "Bị thay thế" not in _workbook(write_compliance_xlsx(plain, tmp_path / "plain.xlsx")).sheetnames

    docs = data.documents[data.documents["doc_number"] != ""]
    own_key = dict(zip(docs["doc_id"], docs["doc_type"] + " " + docs["doc_number"]))
    cites = data.citations
    expected = {(r.doc_id, r.citation_key) for r in cites.itertuples()
                if r.citation_key in replaced and r.cue not in ("thay thế", "bãi bỏ", "hết hiệu lực")
                and not replaced[r.citation_key].startswith(own_key.get(r.doc_id, "\0"))}
    assert len(expected) >= 3
    replaced_by = {k: (r, None) for k, r in replaced.items()}
    html = tmp_path / "flagged.html"
    some_key, (by, _) = next(iter(replaced_by.items()))
    (tmp_path / "required.txt").write_text(some_key + "\n", encoding="utf-8")  # its column, whatever its rank
    proc = run_vnplan("report", out, "--html", html, "--required", tmp_path / "required.txt", "--top", "5")
    assert proc.returncode == 0, proc.stderr
    page = html.read_text(encoding="utf-8")
    section = page.split("<h2 id='replaced'>")[1].split("<h2")[0]
    listed = set(re.findall(r'<td class=first><a href="#doc-[^"]*" title="[^"]* · ([^"·]+)">.*?</a></td><td>([^<]*)</td>',
                            section))
    assert listed == expected
    header = page.split('id="matrix"')[1].split("</thead>")[0]
    assert f"{some_key}<small class=\"warn\">đã bị thay thế bởi {by}</small>" in header
    rows = list(_workbook(tmp_path / "compliance.xlsx")["Bị thay thế"].iter_rows(min_row=2, values_only=True))
    assert {(r[1], r[2]) for r in rows} == expected


def test_requirements_are_read_by_the_citation_resolver(shared_data):
    """Short and abbreviated names, lower case, a leading zero left out: the grammar that reads the
    plans reads the officer's list too (pipeline/citations/requirements.py)."""
    from pipeline.report.requirements import match_requirement

    index = shared_data.index
    assert match_requirement("Luật BHYT", index) == match_requirement("Luật Bảo hiểm y tế", index) != set()
    assert match_requirement("Luật HQ năm 2014", index) == match_requirement("Luật số 54/2014/QH13", index) \
        == {"Luật 54/2014/QH13"}
    assert match_requirement("Thông tư 5/2000/TT-BXD", index) == {"Thông tư 05/2000/TT-BXD"}


def test_a_report_left_in_an_input_folder_is_not_read_as_a_document(corpus_report, tmp_path):
    # Users keep the report beside their plans; `vnplan extract` over that folder reads the plan (a saved
    # web page like any other) and gives the report one errors row instead of a document of its own.
    _, html, _ = corpus_report
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "report.html").write_bytes(html.read_bytes())
    plan = (CORPUS / "001_e0aee330aa8355da.txt").read_text(encoding="utf-8")
    (inputs / "plan.html").write_text("<html><head><meta charset='utf-8'></head><body>" + "".join(
        f"<p>{escape(line)}</p>" for line in plan.splitlines()) + "</body></html>", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_vnplan("extract", inputs, "--out", out, "--format", "csv", "--no-progress")
    assert proc.returncode == 1  # a file with an errors row
    documents = pd.read_csv(out / "documents.csv")
    errors = pd.read_csv(out / "errors.csv")
    assert list(documents.doc_number) == ["95/KH-TC"]
    assert len(errors) == 1 and errors.path.iloc[0].endswith("report.html")
    assert "a report vnplan wrote" in errors.message.iloc[0]


def test_report_lists_a_plan_citing_what_the_replacements_registry_knows_replaced(corpus_report):
    """No corpus text says that Nghị định 16/2015/NĐ-CP replaced Nghị định 43/2006/NĐ-CP: the report
    learns it from models/replacements.tsv, and lists the 2021 plan still citing the older decree. The
    2024 plan citing Thông tư 36/2017/TT-BGDĐT (replaced from 2024-07-19) is dated by its year only, so it
    may predate the replacement: not listed."""
    assert not any("16/2015/NĐ-CP" in p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt"))
    _, html, _ = corpus_report
    section = html.read_text(encoding="utf-8").split("<h2 id='replaced'>")[1].split("<h2")[0]
    rows = re.findall(r'<tr><td class=first><a href="#doc-[^"]*" title="[^"]* · ([^"·]+)">.*?</a></td>'
                      r'<td>([^<]*)</td><td>([^<]*)</td>', section)
    assert ("003_723b0c46fb5dfa44#2", "Nghị định 43/2006/NĐ-CP", "đã bị thay thế bởi Nghị định 16/2015/NĐ-CP") in rows
    assert not [r for r in rows if "36/2017" in r[1]]
