"""Words the report and the workbook show, in Vietnamese (the default) and English (`--lang en`).

Compliance officers read Vietnamese; every heading, column and legend comes from here so that no
English string leaks into the Vietnamese report and the two versions stay complete (a test compares
their keys).
"""
from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("vi", "en")

# Extracted roles (the `role` column of parties.csv) → the letter shown in the responsibility
# matrix and the word of the legend, in reading order.
ROLE_ORDER = ("lead", "coordinate", "report_to", "other")

TEXT: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Báo cáo văn bản: trích dẫn, thời hạn và trách nhiệm",
        "source": "Thư mục kết quả",
        "made": "lập ngày",
        "kpi.documents": "văn bản",
        "kpi.citations": "lượt trích dẫn",
        "kpi.cited": "văn bản được trích dẫn",
        "kpi.deadlines": "thời hạn",
        "kpi.parties": "lượt phân công",
        "kpi.errors": "tệp không đọc được",
        "nav": "Mục lục",
        "glance": "Tổng quan",
        "by_issuer": "Số văn bản theo đơn vị ban hành",
        "by_year": "Số văn bản theo năm",
        "by_type": "Số văn bản theo loại",
        "unknown": "(không rõ)",
        "no_data": "Không có dữ liệu.",
        "cited": "Văn bản được trích dẫn nhiều nhất",
        "cited_chart": "Số văn bản trích dẫn mỗi văn bản",
        "network": "Mạng trích dẫn",
        "network_help": "Bên trái: đơn vị ban hành văn bản trích dẫn; bên phải: văn bản được trích dẫn. "
                        "Trỏ chuột vào một nút để tô đậm các liên kết của nó.",
        "no_citations": "Không có trích dẫn.",
        "compliance": "Ma trận tuân thủ",
        "compliance_help": "Mỗi dòng là một văn bản, mỗi cột là một văn bản được trích dẫn (các văn bản bắt buộc "
                           "đứng trước); ô ghi số lần trích dẫn.",
        "legend.missing": "thiếu văn bản bắt buộc",
        "legend.cited": "có trích dẫn",
        "legend.replaced": "trích dẫn văn bản đã bị thay thế",
        "required_summary": "{n} văn bản bắt buộc; {lacking} trên {total} văn bản thiếu ít nhất một (ô đỏ).",
        "unmatched": "Yêu cầu không khớp văn bản nào được trích dẫn (kiểm tra cách viết):",
        "unmatched_cell": "không khớp",
        "filter": "lọc văn bản…",
        "document": "Văn bản",
        "issuer": "Đơn vị ban hành",
        "doc_id": "Mã tệp",
        "missing": "THIẾU",
        "replaced_by": "đã bị thay thế bởi {key}",
        "replaced": "Trích dẫn văn bản đã bị thay thế",
        "replaced_help": "Văn bản vẫn trích dẫn một văn bản mà chỉ mục trích dẫn ghi là đã bị thay thế.",
        "replaced_none": "Không văn bản nào trích dẫn văn bản đã bị thay thế.",
        "cited_doc": "Văn bản được trích dẫn",
        "relation": "Quan hệ",
        "surface": "Nguyên văn",
        "deadlines": "Thời hạn",
        "month": "Tháng {month}",
        "recurring": "Nhiệm vụ định kỳ hoặc thời hạn không có ngày cụ thể",
        "due": "Hạn",
        "year_inferred": "Năm suy ra",
        "yes": "có",
        "recurrence": "Định kỳ",
        "task": "Nhiệm vụ",
        "responsible": "Thực hiện",
        "recipient": "Gửi đến",
        "no_deadlines": "Không có thời hạn.",
        "responsibility": "Ma trận trách nhiệm",
        "responsibility_help": "Mỗi dòng là một đơn vị, mỗi cột là một văn bản giao việc.",
        "responsibility_more": "Còn {n} đơn vị khác (xem compliance.xlsx, trang Trách nhiệm).",
        "party": "Đơn vị",
        "roles": "Vai trò",
        "n_assignments": "Số lần giao",
        "no_parties": "Không có phân công.",
        "errors": "Không đọc được",
        "errors_help": "Các tệp dưới đây không đọc được; các tệp khác vẫn được xử lý.",
        "errors_none": "Mọi tệp đều đọc được.",
        "path": "Tệp",
        "stage": "Bước",
        "reason": "Lý do",
        "documents": "Văn bản",
        "documents_help": "Trong văn bản:",
        "outline": "Bố cục",
        "no_text": "Không có nguyên văn (thư mục kết quả không có vnplan.duckdb); chạy `vnplan extract` "
                   "với định dạng duckdb để xem văn bản.",
        "kind.citation": "trích dẫn",
        "kind.deadline": "thời hạn",
        "kind.party": "đơn vị",
        "relation.can_cu": "căn cứ",
        "relation.thuc_hien": "thực hiện",
        "relation.other": "trích dẫn",
        "role.lead": "chủ trì",
        "role.coordinate": "phối hợp",
        "role.report_to": "nhận báo cáo",
        "role.other": "khác",
        "letter.lead": "C",
        "letter.coordinate": "P",
        "letter.report_to": "B",
        "letter.other": "K",
        "sheet.compliance": "Tuân thủ",
        "sheet.required": "Yêu cầu",
        "sheet.deadlines": "Thời hạn",
        "sheet.responsibility": "Trách nhiệm",
        "sheet.replaced": "Bị thay thế",
        "sheet.errors": "Không đọc được",
        "sheet.documents": "Văn bản",
        "requirement": "Yêu cầu",
        "matched_keys": "Khớp với",
        "n_citing": "Số văn bản có trích dẫn",
        "n_missing": "Số văn bản thiếu",
        "missing_docs": "Văn bản thiếu",
        "note": "Ghi chú",
        "doc_number": "Số, ký hiệu",
        "doc_type": "Loại",
        "doc_title": "Trích yếu",
        "issued_date": "Ngày ban hành",
        "year": "Năm",
        "signer": "Người ký",
    },
    "en": {
        "title": "Document report: citations, deadlines and responsibilities",
        "source": "Output folder",
        "made": "made on",
        "kpi.documents": "documents",
        "kpi.citations": "citations",
        "kpi.cited": "cited documents",
        "kpi.deadlines": "deadlines",
        "kpi.parties": "assignments",
        "kpi.errors": "unreadable files",
        "nav": "Contents",
        "glance": "Overview",
        "by_issuer": "Documents by issuer",
        "by_year": "Documents by year",
        "by_type": "Documents by type",
        "unknown": "(unknown)",
        "no_data": "No data.",
        "cited": "Most cited documents",
        "cited_chart": "Citing documents per cited document",
        "network": "Citation network",
        "network_help": "Left: issuers of the citing documents; right: the documents they cite. "
                        "Point at a node to highlight its links.",
        "no_citations": "No citations.",
        "compliance": "Compliance matrix",
        "compliance_help": "One row per document, one column per cited document (required ones first); "
                           "cells count the mentions.",
        "legend.missing": "required document missing",
        "legend.cited": "cited",
        "legend.replaced": "cites a replaced document",
        "required_summary": "{n} required documents; {lacking} of {total} documents miss at least one (red cells).",
        "unmatched": "Requirements that match no cited document (check the spelling):",
        "unmatched_cell": "no match",
        "filter": "filter documents…",
        "document": "Document",
        "issuer": "Issuer",
        "doc_id": "File id",
        "missing": "MISSING",
        "replaced_by": "replaced by {key}",
        "replaced": "Citations of replaced documents",
        "replaced_help": "Documents that still cite a document the citation index marks as replaced.",
        "replaced_none": "No document cites a replaced document.",
        "cited_doc": "Cited document",
        "relation": "Relation",
        "surface": "As written",
        "deadlines": "Deadlines",
        "month": "{month}",
        "recurring": "Recurring duties and periods without a date",
        "due": "Due",
        "year_inferred": "Year inferred",
        "yes": "yes",
        "recurrence": "Recurrence",
        "task": "Task",
        "responsible": "Responsible",
        "recipient": "Recipient",
        "no_deadlines": "No deadlines.",
        "responsibility": "Responsibility matrix",
        "responsibility_help": "One row per party, one column per document assigning tasks.",
        "responsibility_more": "{n} more parties (see compliance.xlsx, sheet Responsibility).",
        "party": "Party",
        "roles": "Roles",
        "n_assignments": "Assignments",
        "no_parties": "No assignments.",
        "errors": "Unreadable files",
        "errors_help": "These files could not be read; every other file was processed.",
        "errors_none": "Every file was read.",
        "path": "File",
        "stage": "Stage",
        "reason": "Reason",
        "documents": "Documents",
        "documents_help": "Highlighted:",
        "outline": "Outline",
        "no_text": "Text not stored (the output folder has no vnplan.duckdb); run `vnplan extract` with the "
                   "duckdb format to see the text.",
        "kind.citation": "citation",
        "kind.deadline": "deadline",
        "kind.party": "party",
        "relation.can_cu": "legal basis",
        "relation.thuc_hien": "implements",
        "relation.other": "citation",
        "role.lead": "lead",
        "role.coordinate": "coordinate",
        "role.report_to": "receives reports",
        "role.other": "other",
        "letter.lead": "L",
        "letter.coordinate": "C",
        "letter.report_to": "R",
        "letter.other": "O",
        "sheet.compliance": "Compliance",
        "sheet.required": "Required",
        "sheet.deadlines": "Deadlines",
        "sheet.responsibility": "Responsibility",
        "sheet.replaced": "Replaced",
        "sheet.errors": "Unreadable",
        "sheet.documents": "Documents",
        "requirement": "Requirement",
        "matched_keys": "Matched keys",
        "n_citing": "Documents citing it",
        "n_missing": "Documents missing it",
        "missing_docs": "Documents missing it",
        "note": "Note",
        "doc_number": "Number",
        "doc_type": "Type",
        "doc_title": "Title",
        "issued_date": "Issued",
        "year": "Year",
        "signer": "Signer",
    },
}


@dataclass(frozen=True)
class Labels:
    lang: str = "vi"

    def __post_init__(self) -> None:
        if self.lang not in TEXT:
            raise ValueError(f"unknown language {self.lang!r}; choose from {', '.join(LANGUAGES)}")

    def __call__(self, key: str, /, **values: object) -> str:
        text = TEXT[self.lang][key]
        return text.format(**values) if values else text

    def role(self, role: str) -> str:
        return self(f"role.{role}") if f"role.{role}" in TEXT[self.lang] else role

    def letter(self, role: str) -> str:
        return self(f"letter.{role}") if f"letter.{role}" in TEXT[self.lang] else "?"

    def relation(self, relation: str) -> str:
        key = f"relation.{relation}"
        return self(key) if key in TEXT[self.lang] else self("relation.other")

    def date(self, iso: str) -> str:
        """`2025-11-30` → `30/11/2025` (how Vietnamese documents write dates); English keeps ISO."""
        if self.lang == "vi" and len(iso) == 10 and iso[4] == "-" and iso[7] == "-":
            return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"
        return iso
