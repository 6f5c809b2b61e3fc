"""The store's rows in and out: Arrow batches built from the records, cells bound for Excel
neutralized (OWASP's CSV-injection rule) while Parquet and DuckDB keep the values, the streamed
workbook holding what the other formats hold, and `read_table` giving the same frame from any folder
`vnplan extract` writes."""
from __future__ import annotations

import csv
import dataclasses
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest

from pipeline.extract import process_file
from pipeline.store import TABLES, Store, read_table
from pipeline.store.exports import _excel_values
from pipeline.store.schema import select_sql, table_columns
from pipeline.store.workbook import CHUNK_ROWS, _text_sql

from .conftest import CORPUS, WILD, corpus_files, run_vnplan, wild_files

# Names a hostile or careless sender gives files (each becomes a doc_id), and a title line that
# Excel would run as a formula.
HOSTILE_STEMS = ["=1+2", "@SUM(A1)", "-ke-hoach", "+84912345678", "'=quoted"]
TITLE = "Triển khai thực hiện công tác dân vận của chính quyền và"
HOSTILE_TITLE = '=HYPERLINK("http://example.invalid/x","Bấm vào đây") ' + TITLE


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile_in")
    text = (CORPUS / "001_e0aee330aa8355da.txt").read_text(encoding="utf-8")
    assert TITLE in text
    for stem in HOSTILE_STEMS:
        (folder / f"{stem}.txt").write_text(text.replace(TITLE, HOSTILE_TITLE, 1), encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile_out")
    csv_only = tmp_path_factory.mktemp("hostile_csv")
    run_vnplan("extract", folder, "--out", out, "--no-progress", check=True)
    run_vnplan("extract", folder, "--out", csv_only, "--no-progress", "--format", "csv", check=True)
    return out, csv_only


def test_excel_bound_cells_are_neutralized_and_the_stored_values_are_not(hostile_out):
    out, _ = hostile_out
    stored = pd.read_parquet(out / "documents.parquet")
    assert sorted(stored["doc_id"]) == sorted(HOSTILE_STEMS)
    assert all(t.startswith("=HYPERLINK(") for t in stored["title"])
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    assert sorted(r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()) == sorted(HOSTILE_STEMS)
    con.close()
    # What Excel opens: the CSV (raw text, as Excel parses it) and the workbook.
    expected = {"=1+2": "'=1+2", "@SUM(A1)": "'@SUM(A1)", "-ke-hoach": "'-ke-hoach", "+84912345678": "'+84912345678",
                "'=quoted": "''=quoted"}
    csv = pd.read_csv(out / "documents.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert sorted(csv["doc_id"]) == sorted(expected.values())
    assert all(t.startswith("'=HYPERLINK(") for t in csv["title"])
    assert list(csv["source_path"]) == list(stored["source_path"])  # paths start with a folder: untouched
    book = openpyxl.load_workbook(out / "vnplan.xlsx")
    formulas = [(sheet.title, cell.coordinate) for sheet in book for row in sheet.iter_rows() for cell in row
                if cell.data_type == "f"]
    assert formulas == []
    documents = book["documents"]
    header = [c.value for c in documents[1]]
    cells = {row[header.index("doc_id")]: row[header.index("title")]
             for row in documents.iter_rows(min_row=2, values_only=True)}
    assert sorted(cells) == sorted(expected.values())
    assert all(title.startswith("'=HYPERLINK(") for title in cells.values())
    # Numbers are not text: a start offset is never quoted.
    citations = pd.read_csv(out / "citations.csv", encoding="utf-8-sig")
    assert citations["start"].dtype.kind == "i"


@pytest.fixture(scope="module")
def corpus_csv_only(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus_csv")
    run_vnplan("extract", CORPUS, "--out", out, "--no-progress", "--format", "csv", check=True)
    return out


def test_a_csv_only_folder_reads_back_exactly_as_the_store(hostile_out, corpus_out, corpus_csv_only):
    out, csv_only = hostile_out
    assert not (csv_only / "vnplan.duckdb").exists() and not (csv_only / "documents.parquet").exists()
    for name in TABLES:
        from_csv = read_table(csv_only, name)
        from_store = read_table(out, name)
        pd.testing.assert_frame_equal(from_csv, from_store, check_dtype=True, obj=name)
    # The same on the sample corpus, against the Parquet files pandas reads by itself.
    for name in TABLES:
        expected = pd.read_parquet(corpus_out / f"{name}.parquet")
        pd.testing.assert_frame_equal(read_table(corpus_csv_only, name), expected, check_dtype=True, obj=name)
    # Integers and booleans come back as such, not as text.
    deadlines = read_table(corpus_csv_only, "deadlines")
    assert deadlines["start"].dtype == "int64" and deadlines["year_inferred"].dtype == bool


def test_the_report_runs_on_a_csv_only_folder(corpus_csv_only, tmp_path):
    # It failed with "Invalid value '0' for dtype 'str'" when every CSV column came back as text.
    proc = run_vnplan("report", corpus_csv_only, "--html", tmp_path / "report.html")
    assert proc.returncode == 0, proc.stderr
    assert "Luật 10/2022/QH15" in (tmp_path / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def wild_out(tmp_path_factory):
    if not wild_files():
        pytest.skip("needs ../shared/wild")
    out = tmp_path_factory.mktemp("wild_out")
    run_vnplan("extract", WILD, "--out", out, "--no-progress", check=True)
    return out


def test_list_dashes_of_real_documents_are_quoted_in_csv_only(wild_out):
    # Vietnamese lists start with "- ": such headings and tasks are text Excel would read as a formula.
    out = wild_out
    stored = pd.read_parquet(out / "sections.parquet")
    dashed = stored[stored["heading"].str.startswith("-")]
    assert len(dashed) > 0
    csv = pd.read_csv(out / "sections.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert sorted(csv.loc[csv["heading"].str.startswith("'-"), "heading"]) == sorted("'" + h for h in dashed["heading"])
    plain = stored[~stored["heading"].str.match(r"^'*[=+\-@\t\r]")]
    assert set(plain["heading"]) <= set(csv["heading"])  # every other heading exactly as stored


def _cell(value):
    """A value as a workbook cell holds it: empty text and missing numbers are empty cells."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def test_the_streamed_workbook_holds_every_row_of_every_table(corpus_out):
    book = openpyxl.load_workbook(corpus_out / "vnplan.xlsx", read_only=True)
    for name in TABLES:
        table = read_table(corpus_out, name)
        rows = list(book[name].iter_rows(values_only=True))
        assert list(rows[0]) == list(table.columns), name
        expected = [tuple(_cell(v) for v in row) for row in table.itertuples(index=False)]
        assert [tuple(_cell(v) for v in row) for row in rows[1:]] == expected, name


def _for_excel(value):
    """A stored text as the workbook shows it (README): control characters as spaces, at most 32,000
    characters, a leading `'` before a formula trigger."""
    if not isinstance(value, str):
        return value
    value = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", value)[:32_000]
    return "'" + value if re.match(r"'*[=+\-@\t\r]", value) else value


def test_every_format_holds_the_same_rows_in_the_same_order_past_one_batch(wild_out, tmp_path):
    # The wild set's sections span several batches of the sorted streams (5,000 rows for the
    # workbook, 2,048 in DuckDB): every format keeps the table's order across them.
    out = wild_out
    csv_only = tmp_path / "csv_only"
    csv_only.mkdir()
    for name in TABLES:
        shutil.copy(out / f"{name}.csv", csv_only / f"{name}.csv")
    book = openpyxl.load_workbook(out / "vnplan.xlsx", read_only=True)
    with zipfile.ZipFile(out / "vnplan.xlsx") as package:
        sheet_xml = {name: package.read(f"xl/worksheets/sheet{i}.xml").decode() for i, name in enumerate(TABLES, 1)}
    for name in TABLES:
        table = read_table(out, name)
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{name}.parquet"), table, obj=name)
        pd.testing.assert_frame_equal(read_table(csv_only, name), table, obj=name)
        assert sheet_xml[name].count("<row") == len(table) + 1, name
        rows = [tuple(_cell(v) for v in row) for row in book[name].iter_rows(min_row=2, values_only=True)]
        assert rows == [tuple(_cell(_for_excel(v)) for v in row) for row in table.itertuples(index=False)], name
    book.close()
    assert len(read_table(out, "sections")) > 2 * CHUNK_ROWS


def test_rows_reach_the_store_as_arrow_batches_without_data_frames(monkeypatch):
    results = [process_file(str(p)) for p in corpus_files()]

    def no_frames(*args, **kwargs):
        raise AssertionError("a pandas DataFrame was built on the way into the store")

    store = Store(None)
    try:
        monkeypatch.setattr(pd.DataFrame, "__init__", no_frames)
        store.add(results)
        store.load()
        monkeypatch.undo()
        stored = store.con.execute("SELECT * FROM citations ORDER BY doc_id, start, \"end\"").fetchall()
    finally:
        store.discard()
    records = sorted((c for r in results for c in r.citations), key=lambda c: (c.doc_id, c.start, c.end))
    assert len(stored) == len(records) > 50
    for row, record in zip(stored, records):
        values = dataclasses.astuple(record)
        assert row[:len(values)] == values and row[-1] == record.citation_key  # + citation_key_local


def test_workbook_cells_keep_markup_characters_and_spaces(tmp_path):
    # File names may hold XML's special characters; an empty file becomes an errors row naming it.
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "004_755144333ea7a6dd.txt", folder / "Kế hoạch <bản nháp> & ghi chú .txt")
    (folder / "  Công văn \"số 1\" & <trống>.txt").write_bytes(b"")
    out = tmp_path / "out"
    run_vnplan("extract", folder, "--out", out, "--no-progress")
    book = openpyxl.load_workbook(out / "vnplan.xlsx", read_only=True)
    for name in ("documents", "errors"):
        sheet = [row for row in book[name].iter_rows(min_row=2, values_only=True)]
        assert [row[0] for row in sheet] == list(read_table(out, name).iloc[:, 0]), name
    assert [row[0] for row in book["documents"].iter_rows(min_row=2, values_only=True)] == ["Kế hoạch <bản nháp> & ghi chú "]
    header = next(book["documents"].iter_rows(max_row=1, values_only=True))
    titles = [row[header.index("title")] for row in book["documents"].iter_rows(min_row=2, values_only=True)]
    assert titles[0] and "GD&ĐT" in titles[0]


def _plain_rows_xml(values: list[tuple], kinds: list[str]) -> str:
    """The sheet rows written the plain way, one Python string per cell: what the Arrow kernels of
    `workbook._rows_xml` stand in for."""
    rows = []
    for row in values:
        cells = []
        for value, kind in zip(row, kinds):
            if value is None or (kind == "VARCHAR" and value == ""):
                cells.append("<c/>")
            elif kind == "VARCHAR":
                text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                space = ' xml:space="preserve"' if value[0] in " \t\r\n" or value[-1] in " \t\r\n" else ""
                cells.append(f'<c t="inlineStr"><is><t{space}>{text}</t></is></c>')
            else:
                flag = ' t="b"' if kind == "BOOLEAN" else ""
                cells.append(f"<c{flag}><v>{value}</v></c>")
        rows.append(f'<row>{"".join(cells)}</row>')
    return "".join(rows)


def test_the_arrow_built_sheet_rows_are_the_plain_rendering_of_every_row(wild_out):
    # The wild set's published store: every table's rows as the workbook gets them (Excel's values,
    # as text), rendered cell by cell in Python, are the sheet's XML byte for byte.
    con = duckdb.connect(str(wild_out / "vnplan.duckdb"), read_only=True)
    with zipfile.ZipFile(wild_out / "vnplan.xlsx") as package:
        for number, name in enumerate(TABLES, 1):
            kinds = [kind for _, kind in table_columns(name)]
            texts = [_text_sql(value, kind) for value, kind in zip(_excel_values(name, workbook=True), kinds)]
            values = con.execute(select_sql(name, texts)).fetchall()
            sheet = package.read(f"xl/worksheets/sheet{number}.xml").decode()
            header_end = sheet.index("</row>") + len("</row>")  # row 1: the column names
            assert sheet[header_end:sheet.index("</sheetData>")] == _plain_rows_xml(values, kinds), name
    con.close()


def _as_calc_shows(value) -> str:
    """A stored value as LibreOffice Calc writes its cell into a CSV."""
    value = _cell(_for_excel(value))
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def test_libreoffice_reads_every_cell_of_the_workbook_in_its_column(wild_out, tmp_path):
    # The sheets' rows and cells carry no `r` reference and empty values are `<c/>`: an office suite
    # must count them to put each value in its row and column. Calc converts every sheet to CSV.
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.fail("LibreOffice (soffice) with Calc is needed to open the workbook")
    shutil.copy(wild_out / "vnplan.xlsx", tmp_path / "book.xlsx")
    (tmp_path / "home").mkdir()
    subprocess.run([soffice, "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", str(tmp_path), str(tmp_path / "book.xlsx")],
                   capture_output=True, timeout=300, env=dict(os.environ, HOME=str(tmp_path / "home")))
    for name in TABLES:
        sheet = tmp_path / f"book-{name}.csv"
        assert sheet.exists(), f"LibreOffice Calc did not open the workbook (is libreoffice-calc installed?): {name}"
        with open(sheet, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        table = read_table(wild_out, name)
        assert rows[0] == list(table.columns), name
        expected = [[_as_calc_shows(v) for v in row] for row in table.itertuples(index=False)]
        assert rows[1:] == expected, name


def test_a_failure_of_the_derived_tables_stops_the_workbook_begun_beside_them(tmp_path, monkeypatch):
    # `Store.finish` starts the workbook before the derived tables (its first sheets need none).
    # When they fail (DuckDB out of memory, as a 100,000-document run once did), the run says so,
    # the workbook's thread ends before the store closes, and nothing is published.
    import threading

    from pipeline.store import OutputError, derived

    store = Store(tmp_path / "out")
    store.add([process_file(str(p)) for p in corpus_files()])

    def out_of_memory(con, registry=None):
        raise duckdb.OutOfMemoryException("failed to pin block of size 256.0 KiB")

    monkeypatch.setattr(derived, "derive", out_of_memory)
    before = set(threading.enumerate())
    try:
        with pytest.raises(OutputError, match="cannot build the tables .*failed to pin block"):
            store.finish()
        assert set(threading.enumerate()) <= before  # the workbook's writer has ended
    finally:
        store.discard()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".vnplan"]
    assert [p.name for p in (tmp_path / "out" / ".vnplan").iterdir() if p.name.startswith("staging-")] == []


def test_columns_built_from_buffers_are_what_pyarrow_converts(wild_out):
    # `arrow_columns.column` stands for `pa.array(values, type)` (which imports pandas): every column of
    # every table of the wild set, as the store holds it, with its nulls; and empty and all-null columns.
    import pyarrow as pa

    from pipeline.arrow_columns import column

    con = duckdb.connect(str(wild_out / "vnplan.duckdb"), read_only=True)
    checked = nulls = 0
    try:
        for name in TABLES:
            table = con.sql(f"SELECT * FROM {name}").to_arrow_table()
            for field, values in zip(table.schema, table.columns):
                values = values.to_pylist()
                assert column(values, field.type).equals(pa.array(values, field.type)), (name, field.name)
                checked += len(values)
                nulls += values.count(None)
    finally:
        con.close()
    assert checked > 100_000 and nulls > 0
    for type_ in (pa.string(), pa.int64(), pa.float64(), pa.bool_()):
        for values in ([], [None, None], [None] * 9 + [False if type_ == pa.bool_() else _one(type_)]):
            assert column(values, type_).equals(pa.array(values, type_)), (type_, values)


def _one(type_):
    return {"string": "Sở Nội vụ", "int64": -7, "double": 0.5}[str(type_)]


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_a_runs_rows_wait_on_disk_and_go_into_the_store_at_its_end_with_a_bounded_log(tmp_path):
    # Rows are appended to the staging folder's Arrow streams as they come: no DuckDB work per batch
    # (its automatic checkpoints rewrote each table's last row group every 16 MB of log). At the end
    # they go into the store in one statement per table (the texts by slices), checkpointed into the
    # file whenever the log passes 16 MB: not held in memory (a store that kept its rows in the log
    # ran out of it at publication).
    from pipeline.packed import pack

    out = tmp_path / "out"
    store = Store(out)
    database = store.staging / "vnplan.duckdb"
    log = database.with_name(database.name + ".wal")
    opened = database.stat().st_size
    results = [pack(process_file(str(p))) for p in wild_files()]
    text_bytes = sum(p.stat().st_size for p in wild_files())
    for _ in range(3):
        for i in range(0, len(results), 64):
            store.add(results[i:i + 64])
    streams = store.staging / "rows"
    assert sum(p.stat().st_size for p in streams.iterdir()) > 3 * text_bytes  # the texts and every row
    assert database.stat().st_size == opened and (not log.exists() or log.stat().st_size < 100_000)
    store.load()
    assert not list(streams.iterdir())  # loaded streams leave the disk to the exports
    logged = log.stat().st_size if log.exists() else 0
    assert database.stat().st_size + logged > opened + 1_000_000  # compressed: ~6 MB for these rows
    assert logged < 20_000_000  # checkpointed once past 16 MB, as DuckDB's own checkpoint would
    store.finish(("parquet", "duckdb"))
    assert not list(out.glob("*.wal"))
    con = duckdb.connect(str(out / "vnplan.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3 * len(results)
        assert con.execute("SELECT count(*) FROM texts WHERE part = 0").fetchone()[0] == 3 * len(results)
        assert con.execute("SELECT count(*) FROM manifest").fetchone()[0] == 0  # no fingerprints given
        assert con.execute("SELECT count(*) FROM citations").fetchone()[0] == len(read_table(out, "citations"))
    finally:
        con.close()


def test_a_store_another_version_wrote_keeps_the_rows_of_inputs_this_run_does_not_read(tmp_path):
    """An upgrade must not lose the rows of inputs a run does not look at. A store another version
    wrote (another version string, a column fewer) is read by a run over part of its inputs: those
    are read again and get the new column; the others keep their rows until a run looks at them."""
    inputs = tmp_path / "in"
    files = corpus_files()[:3]
    for i, src in enumerate(files):
        (inputs / f"school{i}").mkdir(parents=True)
        shutil.copy(src, inputs / f"school{i}" / src.name)
    out = tmp_path / "out"
    run_vnplan("extract", inputs, "--out", out, "--format", "duckdb", "--no-progress", check=True)
    before = read_table(out, "citations")
    con = duckdb.connect(str(out / "vnplan.duckdb"))
    con.execute("UPDATE vnplan_meta SET value = '0.0.9+older' WHERE key = 'version'")
    con.execute("UPDATE manifest SET version = '0.0.9+older'")
    con.execute("ALTER TABLE citations DROP COLUMN trich_yeu")
    con.close()
    # Reading a folder of the older version: the missing column is empty, every row is there.
    older = read_table(out, "citations")
    assert len(older) == len(before) and older["trich_yeu"].isna().all()

    run = run_vnplan("extract", inputs / "school0", "--out", out, "--format", "duckdb", "--no-progress", check=True)
    assert "1 files (1 read)" in run.stderr
    documents = read_table(out, "documents")
    assert sorted(documents["source_path"].map(lambda p: Path(p).parent.name)) == ["school0", "school1", "school2"]
    after = read_table(out, "citations")
    assert len(after) == len(before)
    school0 = set(documents.loc[documents["source_path"].str.contains("school0"), "doc_id"])
    assert after.loc[after["doc_id"].isin(school0), "trich_yeu"].notna().all()
    assert after.loc[~after["doc_id"].isin(school0), "trich_yeu"].isna().all()

    # A run over all of them reads again only what the older version wrote.
    run = run_vnplan("extract", inputs, "--out", out, "--format", "duckdb", "--no-progress", check=True)
    assert "3 files (2 read, 1 unchanged)" in run.stderr
    pd.testing.assert_frame_equal(
        read_table(out, "citations").sort_values(["doc_id", "start"]).reset_index(drop=True),
        before.sort_values(["doc_id", "start"]).reset_index(drop=True))


def test_an_incremental_runs_exports_are_a_full_runs_byte_for_byte(tmp_path):
    # Every export scans tables stored in their order (`Store.load` sorts each row table once, the rows
    # the store kept and the new ones; `derive` stores its tables in order): a run that adds files
    # before and between those of the previous run writes what one run over all of them writes.
    inputs = tmp_path / "in"
    inputs.mkdir()
    files = corpus_files()
    for src in files[1::2]:
        shutil.copy(src, inputs / src.name)
    out, full = tmp_path / "out", tmp_path / "full"
    run_vnplan("extract", inputs, "--out", out, "--no-progress", check=True)
    for src in files[0::2]:
        shutil.copy(src, inputs / src.name)
    run = run_vnplan("extract", inputs, "--out", out, "--no-progress", check=True)
    assert f"({len(files[0::2])} read, {len(files[1::2])} unchanged)" in run.stderr
    run_vnplan("extract", inputs, "--out", full, "--no-progress", check=True)
    for name in TABLES:
        assert (out / f"{name}.csv").read_bytes() == (full / f"{name}.csv").read_bytes(), name
        table = pd.read_parquet(out / f"{name}.parquet")
        pd.testing.assert_frame_equal(table, pd.read_parquet(full / f"{name}.parquet"), obj=name)
        pd.testing.assert_frame_equal(table, read_table(out, name), obj=name)  # the order SQL's ORDER BY gives
    assert read_table(out, "documents")["source_path"].nunique() == len(files)
    with zipfile.ZipFile(out / "vnplan.xlsx") as ours, zipfile.ZipFile(full / "vnplan.xlsx") as theirs:
        assert ours.namelist() == theirs.namelist()
        for part in ours.namelist():
            assert ours.read(part) == theirs.read(part), part


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_a_long_documents_text_is_stored_in_pieces_under_duckdbs_block_and_read_back_whole(tmp_path):
    # A value larger than DuckDB's 256 KB block is kept in a block of its own that a checkpoint pins
    # whole: a run that met its largest documents first (a 440 KB decree, 1,500 times) ran out of the
    # store's memory cap. Texts are stored in pieces; the report and the API get them back whole.
    from pipeline.packed import pack, unpack
    from pipeline.records import TEXT_PART_CHARS
    from pipeline.report.data import _texts

    longest = max(wild_files(), key=lambda p: p.stat().st_size)
    result = process_file(str(longest))
    (doc_id, text), = result.texts.items()
    assert len(text.encode()) > 256 * 1024
    packed = pack(result)
    assert unpack(packed).texts == result.texts
    store = Store(tmp_path / "out")
    store.add([packed])
    store.finish(("duckdb",))
    con = duckdb.connect(str(tmp_path / "out" / "vnplan.duckdb"), read_only=True)
    try:
        lengths = [n for n, in con.execute("SELECT length(text) FROM texts ORDER BY part").fetchall()]
    finally:
        con.close()
    assert len(lengths) == -(-len(text) // TEXT_PART_CHARS) and max(lengths) <= TEXT_PART_CHARS
    assert _texts(tmp_path / "out") == {doc_id: text}


def test_the_workbook_deflated_by_isa_l_holds_what_zlibs_holds(wild_out, tmp_path, monkeypatch):
    # The sheets are deflated by ISA-L (isal) when it is installed, by zlib when not: another stream
    # (the compressed sizes differ), the same cells for openpyxl and pandas, every CRC checked.
    from pipeline.store import exports, workbook

    con = duckdb.connect(str(wild_out / "vnplan.duckdb"), read_only=True)
    try:
        exports.write_xlsx(con, TABLES, tmp_path / "isal.xlsx")
        monkeypatch.setattr(workbook, "isal_zlib", None)
        exports.write_xlsx(con, TABLES, tmp_path / "zlib.xlsx")
    finally:
        con.close()
    sizes = {}
    for name in ("isal", "zlib"):
        with zipfile.ZipFile(tmp_path / f"{name}.xlsx") as package:
            assert package.testzip() is None
            sizes[name] = {i.filename: (i.file_size, i.compress_size) for i in package.infolist()
                           if i.filename.startswith("xl/worksheets/")}
    assert [s for s, _ in sizes["isal"].values()] == [s for s, _ in sizes["zlib"].values()]  # the same XML
    assert sizes["isal"] != sizes["zlib"]  # deflated by another library
    frames = {name: pd.read_excel(tmp_path / f"{name}.xlsx", sheet_name=None, dtype=str) for name in ("isal", "zlib")}
    assert list(frames["isal"]) == list(TABLES)
    for name in TABLES:
        pd.testing.assert_frame_equal(frames["isal"][name], frames["zlib"][name], obj=name)
    assert len(frames["isal"]["sections"]) == len(read_table(wild_out, "sections"))


def _published(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}


def test_an_export_failing_beside_the_others_keeps_the_previous_outputs(tmp_path, monkeypatch):
    # The workbook and the CSV/Parquet files are written on threads of their own while the texts and
    # the derived tables go into the store: one of them failing (here the disk refusing the sections'
    # Parquet file, as a full disk does) fails the run with its error, every thread ends before the
    # store closes, and the outputs published before stay as they were.
    import errno
    import threading

    from pipeline.store import OutputError, exports

    out = tmp_path / "out"
    results = [process_file(str(p)) for p in corpus_files()]
    first = Store(out)
    first.add(results)
    first.finish()
    before = _published(out)
    real = exports.write_parquet

    def disk_full(con, name, path):
        if name == "sections":
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(con, name, path)

    monkeypatch.setattr(exports, "write_parquet", disk_full)
    threads = set(threading.enumerate())
    store = Store(out, full=True)
    store.add(results)
    with pytest.raises(OutputError, match="cannot write the outputs .*No space left on device.*left as they were"):
        store.finish()
    assert set(threading.enumerate()) <= threads
    assert _published(out) == before
    assert [p.name for p in (out / ".vnplan").iterdir() if p.name.startswith("staging-")] == []


def test_the_texts_are_checkpointed_while_an_export_is_reading(tmp_path, monkeypatch):
    # DuckDB refuses a checkpoint while a transaction older than a change of its catalog is open.
    # `finish` starts the exports after the sorted load and makes the derived tables after the texts,
    # so the texts' checkpoints never wait for an export: here the files' export holds a read open
    # until the texts are in, which would never end if a checkpoint had to wait for it.
    import threading

    import pipeline.store as store_module
    from pipeline.store import exports

    monkeypatch.setattr(store_module, "TEXT_SLICE_BYTES", 256 << 10)
    monkeypatch.setattr(store_module, "CHECKPOINT_LOG_BYTES", 256 << 10)
    loading, texts_in, waited, due = threading.Event(), threading.Event(), [], []
    real_files, real_unsorted, real_checkpoint = exports.write_files, Store._load_unsorted, Store._checkpoint_if_due

    def files_reading_first(con, *args):
        reader = con.sql("SELECT * FROM sections").to_arrow_reader(100)
        reader.read_next_batch()
        waited.append(texts_in.wait(timeout=30))
        reader.close()
        real_files(con, *args)

    def load_unsorted(self, readers=()):
        loading.set()
        real_unsorted(self, readers)
        texts_in.set()

    def checkpoint_if_due(self):
        log = self.staging / "vnplan.duckdb.wal"
        if loading.is_set() and log.exists() and log.stat().st_size >= 256 << 10:
            due.append(log.stat().st_size)
        real_checkpoint(self)

    monkeypatch.setattr(exports, "write_files", files_reading_first)
    monkeypatch.setattr(Store, "_load_unsorted", load_unsorted)
    monkeypatch.setattr(Store, "_checkpoint_if_due", checkpoint_if_due)
    store = Store(tmp_path / "out")
    results = [process_file(str(p)) for p in wild_files()]
    for i in range(0, len(results), 8):  # batches of texts of a few hundred kB: a checkpoint after each slice
        store.add(results[i:i + 8])
    store.finish(("csv", "duckdb"))
    assert len(due) > 3  # the texts' own checkpoints ran while the read was open
    assert waited == [True]  # and none waited for it
    con = duckdb.connect(str(tmp_path / "out" / "vnplan.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(DISTINCT source_path) FROM texts").fetchone()[0] == len(wild_files())
    finally:
        con.close()
