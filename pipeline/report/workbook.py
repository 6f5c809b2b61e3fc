"""compliance.xlsx, the workbook an officer filters and forwards: the compliance matrix, the
requirements, citations of replaced documents, deadlines, responsibilities, unreadable files and the
document list. Every sheet has a bold frozen header row, an autofilter and set column widths; dates
are date cells and counts numbers. Written in openpyxl's write-only mode, so memory stays flat
however many rows a run has."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .compliance import ComplianceMatrix, replaced_citations
from .data import ReportData, document_labels
from .labels import ROLE_ORDER, Labels
from .requirements import Requirement

DATE_FORMAT = "dd/mm/yyyy"
COUNT_FORMAT = "#,##0"
HEADER_FILL = PatternFill("solid", fgColor="E9ECEF")
MISSING_FILL = PatternFill("solid", fgColor="FFB3B3")
REPLACED_FILL = PatternFill("solid", fgColor="FFE3A3")


def _date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


class _Sheet:
    """One write-only sheet: widths and frozen panes first (openpyxl needs them before any row),
    then the bold header, then rows whose cells may carry a number format or a fill."""

    def __init__(self, book: Workbook, title: str, headers: list[str], widths: list[float],
                 formats: dict[int, str] | None = None, freeze: str = "A2", header_height: float | None = None):
        self.sheet = book.create_sheet(title[:31])
        self.formats = formats or {}
        self.n_columns = len(headers)
        for i, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(i)].width = width
        self.sheet.freeze_panes = freeze
        if header_height:
            self.sheet.row_dimensions[1].height = header_height
        row = []
        for text in headers:
            cell = WriteOnlyCell(self.sheet, value=text)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            row.append(cell)
        self.sheet.append(row)
        self.n_rows = 1

    def append(self, values: list, fills: dict[int, PatternFill] | None = None, bold: set[int] = frozenset()) -> None:
        row = []
        for i, value in enumerate(values):
            if value is None or value == "":
                row.append(None)
                continue
            cell = WriteOnlyCell(self.sheet, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # text from a document, never a formula Excel would run
            if i in self.formats:
                cell.number_format = self.formats[i]
            if fills and i in fills:
                cell.fill = fills[i]
            if i in bold:
                cell.font = Font(bold=True, color="7A0010")
            row.append(cell)
        self.sheet.append(row)
        self.n_rows += 1

    def finish(self) -> None:
        last = get_column_letter(max(1, self.n_columns))
        self.sheet.auto_filter.ref = f"A1:{last}{max(2, self.n_rows)}"


def _width(values, floor: float = 8, ceiling: float = 60) -> float:
    longest = max((len(str(v)) for v in values), default=0)
    return max(floor, min(ceiling, longest + 2))


def write_workbook(data: ReportData, matrix: ComplianceMatrix, requirements: list[Requirement], labels: Labels,
                   target: Path) -> None:
    L = labels
    doc_labels = document_labels(data.documents)
    book = Workbook(write_only=True)

    # The compliance matrix: documents × cited documents.
    headers = [L("document"), L("issuer"), L("doc_id")]
    for column in matrix.columns:
        note = ""
        if column.required and not column.keys:
            note = f"\n⚠ {L('unmatched_cell')}"
        elif column.replaced_by:
            note = f"\n({L('replaced_by', key=column.replaced_by)})"
        headers.append(column.label + note)
    issuers = dict(zip(data.documents["doc_id"], data.documents["issuer"]))
    first = 3
    sheet = _Sheet(book, L("sheet.compliance"), headers,
                   [70, _width(issuers.values(), 14, 40), 24] + [16] * len(matrix.columns),
                   formats={first + i: COUNT_FORMAT for i in range(len(matrix.columns))}, freeze="B2", header_height=60)
    for doc_id in matrix.doc_ids:
        values: list = [doc_labels[doc_id].long, issuers.get(doc_id, ""), doc_id]
        fills, bold = {}, set()
        for position, column in enumerate(matrix.columns):
            n = int(matrix.counts.at[doc_id, position])
            if matrix.missing(doc_id, position):
                values.append(L("missing"))
                fills[first + position] = MISSING_FILL
                bold.add(first + position)
            else:
                values.append(n)
                if n and column.replaced_by:
                    fills[first + position] = REPLACED_FILL
        sheet.append(values, fills, bold)
    if matrix.doc_ids and matrix.columns:
        area = f"{get_column_letter(first + 1)}2:{get_column_letter(first + len(matrix.columns))}{sheet.n_rows}"
        sheet.sheet.conditional_formatting.add(area, ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF",
                                                                    end_type="max", end_color="63BE7B"))
    sheet.finish()

    if requirements:
        lacking = matrix.lacking()
        sheet = _Sheet(book, L("sheet.required"), [L("requirement"), L("matched_keys"), L("n_citing"), L("n_missing"),
                                                   L("missing_docs"), L("note")], [40, 40, 14, 14, 80, 50],
                       formats={2: COUNT_FORMAT, 3: COUNT_FORMAT})
        for position, column in enumerate(matrix.columns[:len(requirements)]):
            missing = [d for d, where in lacking.items() if position in where]
            note = L("unmatched").rstrip(":") if not column.keys else ""
            sheet.append([column.label, "; ".join(sorted(column.keys)), len(matrix.doc_ids) - len(missing), len(missing),
                          "; ".join(doc_labels[d].full for d in missing), note])
        sheet.finish()

    if data.has_replaced_by:
        found = replaced_citations(data)
        sheet = _Sheet(book, L("sheet.replaced"), [L("document"), L("doc_id"), L("cited_doc"), L("replaced"),
                                                   L("relation"), L("surface")], [60, 24, 34, 34, 14, 50])
        for r in found.itertuples():
            sheet.append([doc_labels[r.doc_id].long if r.doc_id in doc_labels else r.doc_id, r.doc_id, r.citation_key,
                          r.replaced_by, L.relation(r.relation), r.surface])
        sheet.finish()

    sheet = _Sheet(book, L("sheet.deadlines"), [L("due"), L("year_inferred"), L("recurrence"), L("task"),
                                                L("responsible"), L("recipient"), L("document"), L("doc_id"),
                                                L("surface")], [12, 10, 14, 60, 30, 30, 50, 24, 40],
                   formats={0: DATE_FORMAT})
    deadlines = data.deadlines.assign(_order=data.deadlines["due_date"].replace("", "9999"))
    for r in deadlines.sort_values(["_order", "doc_id", "start"]).itertuples():
        sheet.append([_date(r.due_date), L("yes") if r.year_inferred else "", r.recurrence, r.task, r.responsible,
                      r.recipient, doc_labels[r.doc_id].long if r.doc_id in doc_labels else "", r.doc_id, r.surface])
    sheet.finish()

    sheet = _Sheet(book, L("sheet.responsibility"), [L("party"), L("roles"), L("n_assignments"), L("document"),
                                                     L("doc_id"), L("task")], [40, 24, 12, 60, 24, 80],
                   formats={2: COUNT_FORMAT})
    for r in data.responsibility.sort_values(["party", "doc_id"]).itertuples():
        given = r.roles.split(";")
        roles = ", ".join(L.role(x) for x in ROLE_ORDER if x in given)
        sheet.append([r.party, roles, int(r.n_assignments), doc_labels[r.doc_id].long if r.doc_id in doc_labels else "",
                      r.doc_id, r.tasks])
    sheet.finish()

    sheet = _Sheet(book, L("sheet.errors"), [L("path"), L("stage"), L("reason")],
                   [_width(data.errors["path"], 30, 80), 12, 80])
    for r in data.errors.itertuples():
        sheet.append([r.path, r.stage, r.message])
    sheet.finish()

    sheet = _Sheet(book, L("sheet.documents"), [L("doc_id"), L("issuer"), L("doc_number"), L("doc_type"), L("doc_title"),
                                                L("issued_date"), L("year"), L("signer"), L("path")],
                   [24, 36, 18, 12, 70, 14, 8, 26, 40], formats={5: DATE_FORMAT, 6: "0"})
    for r in data.documents.sort_values(["issuer", "doc_number", "doc_id"]).itertuples():
        year = None if pd.isna(r.year) else int(r.year)
        sheet.append([r.doc_id, r.issuer, r.doc_number, r.doc_type, r.title, _date(r.issued_date), year,
                      " ".join(x for x in (r.signer_title, r.signer_name) if x), r.source_path])
    sheet.finish()
    book.save(target)
