"""A task table laid out with spaces, as poppler's `pdftotext -layout` writes a signed PDF's table (the way the devset's
texts were made, ../shared/devset/SOURCES.md): a commune's plan written in Word (python-docx), printed to PDF by
LibreOffice, saved as text by pdftotext. Its rows are read as cells: who leads, who helps, by when."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.api import parse_file
from pipeline.space_tables import space_table_rows

from .conftest import _soffice

_ROWS = [("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"),
         ("1", "Tuyên truyền Luật Đất đai năm 2024 trên hệ thống truyền thanh", "Công chức Tư pháp - Hộ tịch",
          "Đài truyền thanh xã", "Quý I/2025"),
         ("2", "Tổ chức hưởng ứng Ngày Pháp luật Việt Nam", "Công chức Tư pháp - Hộ tịch", "Các ban, ngành, đoàn thể xã",
          "Tháng 11/2025"),
         ("3", "Rà soát, bổ sung tủ sách pháp luật", "Công chức Văn hóa - Xã hội", "Thư viện xã", "Tháng 6/2025")]


@pytest.fixture(scope="module")
def layout_text(tmp_path_factory) -> Path:
    from docx import Document

    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        pytest.fail("poppler's pdftotext is needed: `make system-deps` installs it")
    work = tmp_path_factory.mktemp("space_table")
    doc = Document()
    for line in ("ỦY BAN NHÂN DÂN XÃ HÒA PHÚ", "Số: 56/KH-UBND", "Hòa Phú, ngày 02 tháng 01 năm 2025", "KẾ HOẠCH",
                 "Tuyên truyền, phổ biến giáo dục pháp luật năm 2025",
                 "Thực hiện Kế hoạch số 12/KH-UBND ngày 25/12/2024 của UBND huyện Chư Păh về công tác phổ biến, giáo dục "
                 "pháp luật năm 2025, UBND xã xây dựng kế hoạch như sau:", "I. NỘI DUNG, THỜI GIAN THỰC HIỆN"):
        doc.add_paragraph(line)
    table = doc.add_table(rows=0, cols=5)
    table.style = "Table Grid"
    for row in _ROWS:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    for line in ("II. TỔ CHỨC THỰC HIỆN", "Công chức Tư pháp - Hộ tịch tham mưu UBND xã triển khai kế hoạch; báo cáo kết "
                 "quả về UBND huyện (qua Phòng Tư pháp) trước ngày 10/12/2025.", "Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH",
                 "Nguyễn Văn Tám"):
        doc.add_paragraph(line)
    doc.save(work / "plan.docx")
    subprocess.run([_soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(work), str(work / "plan.docx")],
                   check=True, capture_output=True, timeout=180, env=dict(os.environ, HOME=str(work)))
    subprocess.run([pdftotext, "-layout", str(work / "plan.pdf"), str(work / "plan.txt")], check=True, timeout=60)
    return work / "plan.txt"


def test_the_rows_of_a_layout_table_are_read_cell_by_cell(layout_text):
    text = layout_text.read_text(encoding="utf-8")
    assert "Đơn vị chủ" in text and "Đơn vị chủ trì" not in text  # (the header's labels wrap in their columns)
    written = [new.strip("\n").split("\n") for _, _, new in space_table_rows(text)]
    assert [[cell.strip() for cell in row] for row in written] == [list(row) for row in _ROWS]


def test_a_layout_tables_rows_give_their_parties_and_deadlines(layout_text):
    doc = parse_file(str(layout_text))[0]
    parties = {(p.party, p.role) for p in doc.parties}
    assert {("Công chức Tư pháp - Hộ tịch", "lead"), ("Đài truyền thanh xã", "coordinate"),
            ("Các ban, ngành, đoàn thể xã", "coordinate"), ("Công chức Văn hóa - Xã hội", "lead")} <= parties
    due = {d.due_date: (d.task, d.responsible) for d in doc.deadlines}
    assert due["2025-11-30"] == ("Tổ chức hưởng ứng Ngày Pháp luật Việt Nam", "Công chức Tư pháp - Hộ tịch")
    assert due["2025-06-30"] == ("Rà soát, bổ sung tủ sách pháp luật", "Công chức Văn hóa - Xã hội")
    assert doc.meta.doc_number == "56/KH-UBND"  # (the header's lines, laid out apart, are no table)


def test_columns_of_a_header_or_a_signature_block_are_no_table():
    header = ("UBND HUYỆN AN PHÚ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc\n"
              "Số: 12/PGDĐT                      An Phú, ngày 10 tháng 9 năm 2024\n"
              "Nơi nhận:                         KT. TRƯỞNG PHÒNG\n- Như trên;                        PHÓ TRƯỞNG PHÒNG\n")
    assert space_table_rows(header) == []
