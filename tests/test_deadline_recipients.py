"""To whom a deadline's report or file goes, and the channel it goes through."""
from __future__ import annotations

from .test_deadline_responsible import _LETTER
from .test_deadlines import WILD, _rows, needs_shared
from .test_deadline_rows_and_tasks import _by_line


def test_an_email_channel_is_not_part_of_the_recipient():
    """`… về Phòng GDĐT (qua email …)`, `(qua hệ thống quản lý văn bản)`: a channel in lower case is no office the
    report passes through (it was glued to the recipient); `(qua Tổ Văn phòng)` names one and stays, as the keys
    write `Ủy ban nhân dân tỉnh (qua Phòng An ninh chính trị nội bộ, Công an tỉnh)`."""
    rows = _by_line(_LETTER, "1. Các trường báo cáo số liệu về Phòng GDĐT (qua email pgddt.annhon@gmail.com) trước ngày "
                             "15/10/2024.\n"
                             "2. Các trường gửi kế hoạch về Phòng GDĐT (qua hệ thống quản lý văn bản) trước ngày 18/10/2024.\n"
                             "3. Các trường nộp hồ sơ về Phòng GDĐT (qua Tổ Văn phòng) trước ngày 20/10/2024.\n")
    assert [r.recipient for line in (1, 2, 3) for r in rows[line]] == [
        "Phòng Giáo dục và Đào tạo", "Phòng Giáo dục và Đào tạo", "Phòng Giáo dục và Đào tạo (qua Tổ Văn phòng)"]
    assert [r.responsible for r in rows[1]] == ["Các trường"]


@needs_shared
def test_a_lower_case_name_that_ends_the_clause_is_read_whole():
    """src_tvplcrawl_54 (a decree on corporate bonds) L207, L255: `… cho Sở giao dịch chứng khoán.`: the name's last
    words, tagged without the full stop after them, were taken for a number and cut (`Sở giao dịch`)."""
    rows = {r.recipient for r in _rows(WILD, "src_tvplcrawl_54") if r.line in (207, 255)}
    assert rows == {"Sở giao dịch chứng khoán"}


def test_what_is_reported_after_a_bare_head_is_no_part_of_its_name():
    """`Báo cáo UBND danh sách người dân …` (a commune's letter to its village heads): the list is what goes to the
    UBND, not a word of its name (was `Ủy ban nhân dân danh sách người dân`)."""
    rows = _by_line(_LETTER, "3. Báo cáo UBND danh sách người dân đến địa bàn trước 14 h00’ hàng ngày.\n")
    assert [r.recipient for r in rows[1]] == ["Ủy ban nhân dân"]
