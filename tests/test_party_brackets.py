"""Doers named in the bracket that closes a schedule's line (pipeline/party_brackets.py): a school's monthly schedule
as schools write it (names and dates invented), and a real line of ../shared where the bracket lists kinds instead."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text

from .conftest import DEVSET, parties_on_line

_SCHEDULE = """PHÒNG GDĐT HUYỆN ĐÔNG ANH
TRƯỜNG THCS UY NỖ
Số: 102/KH-THCSUN
Uy Nỗ, ngày 28 tháng 9 năm 2024

KẾ HOẠCH THÁNG 10/2024

II. LỊCH CÔNG TÁC CỤ THỂ
Tuần 1 (từ 30/9 - 05/10):
- Thứ Hai 30/9: Chào cờ, phát động tháng an toàn giao thông (Tổng phụ trách Đội).
- Ngày 10/10: Thi chọn học sinh giỏi cấp trường lớp 9 (Phó Hiệu trưởng, Tổ trưởng chuyên môn).
- Gửi danh sách đội tuyển về Phòng GDĐT (bộ phận Chuyên môn) trước ngày 12/10.
- Bố trí kinh phí tổ chức hội nghị lấy ý kiến cử tri nơi cư trú của những người được giới thiệu ứng cử (Quốc hội, HĐND tỉnh, xã).
"""


def test_the_bracket_that_closes_a_schedules_line_names_who_does_it():
    """Each line's bracket of posts gives them its task (lead) and is the responsible of its day (the school itself was
    taken, and the posts were no rows); a bracket after a body's name says which of its units, not who acts, and one on
    a line that names no day or hour is an aside."""
    doc = parse_text(_SCHEDULE)[0]
    first = _SCHEDULE.split("\n").index("- Thứ Hai 30/9: Chào cờ, phát động tháng an toàn giao thông (Tổng phụ trách Đội).") + 1
    rows = {(p.line - first, p.party, p.role) for p in doc.parties}
    assert {(0, "Tổng phụ trách Đội", "lead"), (1, "Phó Hiệu trưởng", "lead"), (1, "Tổ trưởng chuyên môn", "lead")} <= rows
    assert not any(line == 2 and role == "lead" for line, _, role in rows)
    # (a line with no day or hour: its closing bracket is an aside, the elections the candidates stand in)
    assert not any(line == 3 for line, _, _ in rows)
    tasks = {p.party: p.task for p in doc.parties}
    assert tasks["Tổng phụ trách Đội"] == "Thứ Hai 30/9: Chào cờ, phát động tháng an toàn giao thông"
    due = {d.due_date: d.responsible for d in doc.deadlines}
    assert due["2024-09-30"] == "Tổng phụ trách Đội"
    assert due["2024-10-10"] == "Phó Hiệu trưởng, Tổ trưởng chuyên môn"
    assert due["2024-10-12"] == "Trường THCS Uy Nỗ"


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not here")
def test_a_bracket_after_a_line_that_opens_with_a_party_lists_kinds():
    """devset fresh_37 L55 `- Các tổ chức phụ trách bầu cử ở xã (Ủy ban bầu cử xã, các Ban bầu cử, Tổ bầu cử).`: the
    kinds of the bodies the line names, which the plan watches over; no one is given a task."""
    assert parties_on_line(DEVSET / "fresh_37.txt", 55) == set()
