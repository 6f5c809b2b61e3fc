"""Times that restate another or name a plan's own period, due nowhere (stop 42): the months a quarter's bracket lists
(`QUÝ III/2021 (Tháng 7 – 9)`), the lunar day a date's bracket gives on the next line (`(tức ngày 15/8/2017` ⏎ `âm
lịch)`), and the month a plan's title covers (`KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN` ⏎ `Tháng 6/ 2022`). Snippets written as a
school union's plans are written (names and dates invented)."""
from __future__ import annotations

from pipeline.api import parse_text

_UNION_PLAN = ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN AN LẠC\nCĐCS TRƯỜNG MN HOA SEN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\nSố: 01/KH-CĐCS\nAn Lạc, ngày 01 tháng 6 năm 2022\n")


def due(text: str) -> list[tuple[str, str]]:
    return [(d.surface, d.due_date) for d in parse_text(text)[0].deadlines]


def test_the_months_a_quarters_bracket_lists_are_no_deadline_of_their_own():
    rows = due(_UNION_PLAN.replace("01 tháng 6 năm 2022", "25 tháng 6 năm 2021") + "KẾ HOẠCH\nHoạt động công đoàn năm học 2021-2022\n"
               "Công đoàn trường đưa ra một số kế hoạch hoạt động theo từng quý như sau:\n\nQUÝ III/2021 (Tháng 7 – 9)\n\n"
               "1. Vận động đoàn viên thực hiện tốt việc học tập.\n\nQUÝ IV/2021 (Tháng 10 – 12)\n\n"
               "1. Tổ chức kỷ niệm Ngày Phụ nữ Việt Nam.\n")
    # (before: `Tháng 7` due 2022-07-31 and `Tháng 10` due 2021-10-31 beside the quarters)
    assert rows == [("QUÝ III/2021", "2021-09-30"), ("QUÝ IV/2021", "2021-12-31")]


def test_a_lunar_day_restated_on_the_next_line_is_no_deadline():
    rows = due(_UNION_PLAN + "KẾ HOẠCH\nTổ chức Tết Trung thu năm 2022\nI. THỜI GIAN, ĐỊA ĐIỂM\n"
               "- Thời gian: Vào hồi 19h30 ngày 10/9/2022 (tức ngày 15/8/2022\nâm lịch)\n- Địa điểm: Sân trường\n")
    assert [d for _, d in rows] == ["2022-09-10"]


def test_the_month_a_plans_title_covers_is_no_deadline():
    rows = due(_UNION_PLAN + "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN\nTháng 6/ 2022\nI. TÌNH HÌNH THÁNG 5/2022\n"
               "- Đã tổ chức tuyên truyền Nghị quyết Đại hội Công đoàn các cấp.\nII. NHIỆM VỤ THÁNG 6/2022\n"
               "- Tổ chức hội thao cho đoàn viên trước ngày 20/6/2022.\n")
    # (before: `Tháng 6/ 2022` due 2022-06-30 with the header for its task)
    assert rows == [("trước ngày 20/6/2022", "2022-06-20")]
