"""Tables written with tabs (a Word table saved as plain text, or copied from Word, Excel or a web page into a text
file: one row a line, its cells apart by tabs) are read as tables: the same rows as the table written in Markdown,
on the lines of the file. Two-column layouts written with tabs (a header, a signature block) are no table."""
from __future__ import annotations

from pipeline.api import parse_text
from pipeline.normalize import normalize

# A school's plan of its year's work on dân vận, its timetable as school plans lay it out (TT, Nội dung công việc,
# Thời gian, Người thực hiện).
_PLAN = """UBND HUYỆN TÂN PHÚ
TRƯỜNG THCS LÊ LỢI
Số: 12/KH-THCSLL
Tân Phú, ngày 20 tháng 9 năm 2025

KẾ HOẠCH
Công tác dân vận năm học 2025 - 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, giáo viên, nhân viên về công tác dân vận.

II. KẾ HOẠCH CỤ THỂ
{table}

III. TỔ CHỨC THỰC HIỆN
1. Ban Giám hiệu chỉ đạo, kiểm tra việc thực hiện kế hoạch.
"""
_ROWS = [["TT", "Nội dung công việc", "Thời gian", "Người thực hiện"],
         ["1", "Xây dựng kế hoạch công tác dân vận năm học", "Tháng 9/2025", "Hiệu trưởng"],
         ["2", "Đăng ký mô hình \"Dân vận khéo\"", "Trước ngày 15/10/2025", "Chủ tịch Công đoàn"],
         ["3", "Sơ kết học kỳ I, báo cáo về Phòng GD&ĐT", "Trước ngày 10/01/2026", "Phó Hiệu trưởng"]]


def _rows(text: str):
    doc = parse_text(text)[0]
    return ({(p.party, p.role, p.task, p.line) for p in doc.parties},
            {(d.due_date, d.task, d.responsible, d.line) for d in doc.deadlines})


def test_a_table_written_with_tabs_reads_as_the_same_table_in_markdown():
    tabs = _PLAN.format(table="\n".join("\t".join(row) for row in _ROWS))
    pipes = _PLAN.format(table="\n".join("| " + " | ".join(row) + " |" for row in _ROWS))
    parties, deadlines = _rows(tabs)
    assert (parties, deadlines) == _rows(pipes)
    first = tabs.split("\n").index("\t".join(_ROWS[1])) + 1  # the file's line of the table's first row
    # the responsible column names each row's party, its task the row's `Nội dung công việc`
    assert ("Chủ tịch Công đoàn", "lead", "Đăng ký mô hình \"Dân vận khéo\"", first + 1) in parties
    assert ("2026-01-10", "Sơ kết học kỳ I, báo cáo về Phòng GD&ĐT", "Phó Hiệu trưởng", first + 2) in deadlines
    assert ("2025-09-30", "Xây dựng kế hoạch công tác dân vận năm học", "Hiệu trưởng", first) in deadlines
    assert "Ban Giám hiệu" in {party for party, *_ in parties}


def test_a_header_and_a_signature_laid_out_with_tabs_are_no_table():
    text = ("UBND HUYỆN TÂN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THCS LÊ LỢI\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/KH-THCSLL\tTân Phú, ngày 20 tháng 9 năm 2025\n\nKẾ HOẠCH\nCông tác dân vận năm học 2025 - 2026\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức về công tác dân vận.\n\n"
            "Nơi nhận:\t\t\tKT. HIỆU TRƯỞNG\n- Phòng GD&ĐT;\t\t\tPHÓ HIỆU TRƯỞNG\n- Lưu: VT.\n\t\t\tTrần Văn Bình\n")
    assert normalize(text) == text  # nothing rewritten
    meta = parse_text(text)[0].meta
    assert (meta.issuer, meta.doc_number, meta.signer_name) == ("Trường THCS Lê Lợi", "12/KH-THCSLL", "Trần Văn Bình")
