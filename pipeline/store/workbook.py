"""The XLSX workbook, streamed from the store: one sheet per table with a frozen header row, an
autofilter and readable column widths.

A sheet's rows come from the store in the table's order as Arrow batches of values already turned
into text by DuckDB; Arrow's compute kernels turn each batch into spreadsheetML text (`<row><c
t="inlineStr"><is><t>…`, no cell references), column by column, and the batch's text buffer goes into
the zip stream as it is (no Python string per cell or per batch). A thread makes the batches while the calling
thread compresses them (both release the GIL). Memory stays bounded by a few batches: the sort
behind the order carries the values, never their XML (three times the size), and spills to disk
past DuckDB's cap. (openpyxl's write-only mode costs ~10 µs per cell, more than the whole pipeline
per MB of text; the same XML built in DuckDB SQL cost 5× the Arrow kernels: bench/RESULTS.md.)
The few fixed parts (content types, relationships, workbook, styles) are the minimal set of
ECMA-376 that Excel, LibreOffice and openpyxl open.
"""
from __future__ import annotations

import queue
import threading
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyarrow as pa
import pyarrow.compute as pc

from .schema import quote_name, select_sql, table_columns

try:  # ISA-L's deflate: the same format as zlib's, 4x less CPU at level 1 (bench/RESULTS.md, round perf10m)
    from isal import isal_zlib
except ImportError:  # pragma: no cover - the package is a dependency; zlib does the same work slower
    isal_zlib = None

CHUNK_ROWS = 5_000  # rows fetched from DuckDB per write into the zip stream
_ZLIB_COMPRESSOR = type(zlib.compressobj())
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_TEXT_CELL = '<c t="inlineStr"><is><t>'
_SPACED_TEXT_CELL = '<c t="inlineStr"><is><t xml:space="preserve">'
_WHITESPACE = pa.array([b" ", b"\t", b"\r", b"\n"], pa.binary())  # XML's whitespace
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_STYLES = (f'{_XML}<styleSheet xmlns="{_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
           '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
           '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
           '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text_sql(value: str, kind: str) -> str:
    """SQL giving a column's value as its cell's text, as DuckDB writes it (booleans as 1/0)."""
    if kind == "VARCHAR":
        return value
    if kind == "BOOLEAN":
        return f"({value})::INT::VARCHAR"
    return f"({value})::VARCHAR"


def _escaped(text: pa.Array) -> pa.Array:
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        text = pc.replace_substring(text, char, entity)
    return text


def _text_opening(text: pa.Array) -> str | pa.Array:
    """The opening of each text cell: `xml:space="preserve"` only for a text with whitespace at an
    edge, which Excel would trim (as Excel and openpyxl write it); inner spaces and line breaks are
    kept by any XML reader."""
    # XML's whitespace is ASCII, and no byte of a multi-byte UTF-8 character is ASCII: the first and
    # last bytes tell.
    raw = text.view(pa.binary())
    spaced = pc.or_(pc.is_in(pc.binary_slice(raw, 0, 1), _WHITESPACE), pc.is_in(pc.binary_slice(raw, -1), _WHITESPACE))
    if not pc.any(spaced).as_py():
        return _TEXT_CELL
    return pc.if_else(spaced, _SPACED_TEXT_CELL, _TEXT_CELL)


def _rows_xml(batch: pa.RecordBatch, kinds: list[str]) -> pa.Buffer:
    """The XML `<row>`s of one batch (every column as text, see `_text_sql`) as one UTF-8 buffer.
    Rows and cells carry no `r` reference (ECMA-376 makes it optional: a reader counts them), so an
    empty text or a missing value is an empty cell `<c/>` that keeps the next cell in its column.
    The references were a third of the sheets' bytes, each one built here and deflated."""
    parts: list = ["<row>"]
    for text, kind in zip(batch.columns, kinds):
        if kind == "VARCHAR":
            cell = pc.binary_join_element_wise(_text_opening(text), _escaped(text), "</t></is></c>", "")
            empty = pc.or_kleene(pc.is_null(text), pc.equal(text, ""))
        else:
            cell = pc.binary_join_element_wise('<c t="b"><v>' if kind == "BOOLEAN" else "<c><v>", text,
                                               "</v></c>", "")
            empty = pc.is_null(text)
        parts.append(pc.if_else(empty, "<c/>", cell))
    rows = pc.binary_join_element_wise(*parts, "</row>", "")
    # A fresh array: its rows lie end to end in its data buffer, from its first byte.
    return rows.buffers()[2][:pc.sum(pc.binary_length(rows)).as_py() or 0]


def _sheet_rows(con, query: str, kinds: list[str], chunks: queue.Queue, stop: threading.Event) -> None:
    """Producer thread: the sheet's rows as XML buffers into `chunks`, then None (or the error)."""
    try:
        for batch in con.sql(query).to_arrow_reader(CHUNK_ROWS):
            if stop.is_set():  # the writer failed: nobody wants the rest
                return
            if not batch.num_rows:
                continue
            chunks.put(_rows_xml(batch, kinds))
        chunks.put(None)
    except BaseException as exc:  # handed to the writer, which raises it
        chunks.put(exc)


def _faster_deflate(member) -> None:
    """The sheet member's raw deflate by ISA-L instead of zlib, before its first byte is written: the
    member stream (zipfile's `_ZipWriteFile`) compresses through its `_compressor`, which for
    ZIP_DEFLATED is `zlib.compressobj(level, DEFLATED, -15)`; ISA-L's object of the same call writes
    the same format. Only this member's stream is changed, and only when it is the stream known here:
    otherwise zlib compresses, as before."""
    if isal_zlib is not None and isinstance(getattr(member, "_compressor", None), _ZLIB_COMPRESSOR):
        member._compressor = isal_zlib.compressobj(1, isal_zlib.DEFLATED, -15)


def _write_rows(con, query: str, kinds: list[str], sheet) -> None:
    """Stream the sheet's rows into `sheet`: XML made on a thread of its own, compressed here."""
    chunks: queue.Queue = queue.Queue(maxsize=4)  # bounds memory to a few batches of XML
    stop = threading.Event()
    maker = threading.Thread(target=_sheet_rows, args=(con, query, kinds, chunks, stop), daemon=True)
    maker.start()
    try:
        while (chunk := chunks.get()) is not None:
            if isinstance(chunk, BaseException):
                raise chunk
            sheet.write(chunk)
    finally:
        stop.set()
        while maker.is_alive():  # a failed write: let the producer stop before the cursor closes
            try:
                chunks.get(timeout=0.1)
            except queue.Empty:
                pass
        maker.join()


def _sheet_head(cols: list[str], widths: list[int], last_cell: str) -> str:
    view = ('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            'state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>')
    widths_xml = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
    header = "".join(f'<c r="{column_letter(i)}1" t="inlineStr"><is><t>{escape(c)}</t></is></c>'
                     for i, c in enumerate(cols, 1))
    return (f'{_XML}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}"><dimension ref="A1:{last_cell}"/>{view}'
            '<sheetFormatPr defaultRowHeight="15"/>'
            f'<cols>{widths_xml}</cols><sheetData><row r="1">{header}</row>')


def write_workbook(con, sheets: list[tuple[str, list[str]]], path: Path, before_sheet=None) -> None:
    """`sheets`: (table, the SQL value of each of its columns as Excel should get it);
    `before_sheet(table)`, when given, is called (and may wait) before each sheet is written."""
    filters: list[tuple[int, str, str, int]] = []  # sheet number, table, last column, last row
    cursor = con.cursor()  # streams the sorted rows on the producer thread
    with cursor, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        book.writestr("[Content_Types].xml", _content_types(len(sheets)))
        book.writestr("_rels/.rels", f'{_XML}<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
                                     f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        for number, (name, values) in enumerate(sheets, 1):
            if before_sheet is not None:
                before_sheet(name)
            cols = [c for c, _ in table_columns(name)]
            kinds = [kind for _, kind in table_columns(name)]
            n_rows = con.execute(f"SELECT count(*) FROM {quote_name(name)}").fetchall()[0][0]
            # Widths from the first 200 rows, as a reader would size the columns by eye.
            lengths = con.execute(f"SELECT {', '.join(f'max(least(length(({v})::VARCHAR), 60))' for v in values)} "
                                  f"FROM (SELECT * FROM {quote_name(name)} LIMIT 200)").fetchall()[0]
            widths = [min(max(max(len(c), n or 0) + 2, 8), 62) for c, n in zip(cols, lengths)]
            last_column, last_row = column_letter(len(cols)), max(1, n_rows) + 1
            filters.append((number, name, last_column, last_row))
            with book.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as sheet:
                _faster_deflate(sheet)
                sheet.write(_sheet_head(cols, widths, f"{last_column}{last_row}").encode())
                texts = [_text_sql(value, kind) for value, kind in zip(values, kinds)]
                _write_rows(cursor, select_sql(name, texts, cols, stored_in_order=True), kinds, sheet)
                sheet.write(f'</sheetData><autoFilter ref="A1:{last_column}{last_row}"/></worksheet>'.encode())
        book.writestr("xl/styles.xml", _STYLES)
        book.writestr("xl/workbook.xml", _workbook_xml(filters))
        book.writestr("xl/_rels/workbook.xml.rels", _workbook_rels(len(sheets)))


def _workbook_xml(filters: list[tuple[int, str, str, int]]) -> str:
    sheets = "".join(f'<sheet name={quoteattr(name[:31])} sheetId="{n}" r:id="rId{n}"/>' for n, name, _, _ in filters)
    # Excel keeps an autofilter's range in this hidden name; without it the filter buttons still show.
    names = "".join(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n - 1}" hidden="1">'
                    f"{escape(_quoted_sheet(name))}!$A$1:${column}${row}</definedName>"
                    for n, name, column, row in filters)
    return (f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><bookViews><workbookView/></bookViews>'
            f"<sheets>{sheets}</sheets><definedNames>{names}</definedNames></workbook>")


def _quoted_sheet(name: str) -> str:
    return "'" + name[:31].replace("'", "''") + "'"


def _workbook_rels(n_sheets: int) -> str:
    rels = "".join(f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                   for n in range(1, n_sheets + 1))
    rels += f'<Relationship Id="rId{n_sheets + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
    return f'{_XML}<Relationships xmlns="{_PKG}">{rels}</Relationships>'


def _content_types(n_sheets: int) -> str:
    kinds = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    sheets = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{kinds}.worksheet+xml"/>'
                     for n in range(1, n_sheets + 1))
    return (f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{kinds}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{kinds}.styles+xml"/>{sheets}</Types>')
