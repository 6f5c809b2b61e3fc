"""An incoming-mail stamp's date (Nghị định 30/2020/NĐ-CP, Phụ lục IV, mẫu dấu ĐẾN) is no deadline."""
from __future__ import annotations

from pipeline.api import parse_text

_HEAD = ("UBND TỈNH ĐỒNG THÁP\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 410/SGDĐT-GDTrH\nV/v tuyển sinh lớp 10\n"
         "Đồng Tháp, ngày 05 tháng 3 năm 2026\n\n")
_BODY = ("Kính gửi: Hiệu trưởng các trường THPT\n\nCác trường gửi danh sách về Sở trước ngày 20/3/2026.\n"
         "Thời gian họp phụ huynh:\nNgày: 14/3/2026\n")


def _dues(text: str) -> list[str]:
    return [r.due_date for r in parse_text(text)[0].deadlines]


def test_the_stamps_date_on_its_own_lines_is_no_deadline():
    """A scanned letter's stamp read line by line (`CÔNG VĂN ĐẾN` ⏎ `Số: 123` ⏎ `Ngày: 12/3/2026` ⏎ `Chuyển: …`): when
    the letter came in; a `Ngày:` field under no stamp (a meeting's day) stays."""
    stamp = "CÔNG VĂN ĐẾN\nSố: 123\nNgày: 12/3/2026\nChuyển: Phòng GDTrH\n\n"
    assert _dues(_HEAD + stamp + _BODY) == ["2026-03-20", "2026-03-14"]


def test_the_stamps_date_on_one_line_is_no_deadline():
    """The stamp read as one line of the header's columns: `TRƯỜNG THPT … ĐẾN Số: 215 Ngày: 09/3/2026 Chuyển: …`."""
    stamp = "TRƯỜNG THPT THANH BÌNH 1   ĐẾN   Số: 215   Ngày: 09/3/2026   Chuyển: Tổ Văn phòng\n\n"
    assert _dues(_HEAD + stamp + _BODY) == ["2026-03-20", "2026-03-14"]
