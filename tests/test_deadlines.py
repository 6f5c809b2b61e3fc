"""Deadlines on real plans, letters and legal texts: timetables (lists, columns laid out by pdftotext,
plan items' time lines), events, ranges, recurrences, statutory periods, and what is not a deadline."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import SHARED

DEVSET = SHARED / "devset" / "texts"
WILD = SHARED / "wild"
needs_shared = pytest.mark.skipif(not DEVSET.is_dir() or not WILD.is_dir(), reason="needs ../shared")


@lru_cache(maxsize=None)
def _document(path: str):
    return parse_file(path)[0]


def _rows(folder, stem):
    return _document(str(folder / f"{stem}.txt")).deadlines


@needs_shared
def test_no_deadline_is_due_long_before_its_document_and_surfaces_are_the_text():
    """Over every real document: history, eligibility cut-offs (`trước ngày 01/01/1945`) and issue dates
    of cited documents never become deadlines, and each row's surface is its span of the text."""
    checked = 0
    for path in sorted(WILD.glob("*.txt")) + sorted(DEVSET.glob("*.txt")):
        for doc in parse_file(str(path)):
            issued = dt.date.fromisoformat(doc.meta.issued_date) if doc.meta.issued_date else None
            for row in doc.deadlines:
                assert doc.text[row.start:row.end] == row.surface
                if not row.due_date:
                    continue
                due = dt.date.fromisoformat(row.due_date)
                if issued:
                    assert (issued - due).days <= 365, (path.name, row.surface, row.due_date)
                elif doc.meta.year:
                    assert due.year >= doc.meta.year - 1, (path.name, row.surface, row.due_date)
                checked += 1
    assert checked > 300


@needs_shared
def test_timetable_list_gives_one_row_per_dated_activity():
    """`15/11: Phát động cuộc thi …` … `10/12: Nộp 03 dự án …` under `V. LỊCH CHI TIẾT TỔ CHỨC`."""
    rows = {r.due_date: r for r in _rows(DEVSET, "fresh_02") if r.section_id == "V"}
    expected = {"2025-11-15", "2025-11-17", "2025-11-20", "2025-11-22", "2025-11-25", "2025-11-28",
                "2025-11-30", "2025-12-03", "2025-12-05", "2025-12-07", "2025-12-09", "2025-12-10"}
    assert expected <= set(rows)
    assert rows["2025-11-15"].year_inferred and rows["2025-11-15"].task.startswith("Phát động cuộc thi")
    assert rows["2025-12-07"].task.startswith("Chung kết cấp trường")


@needs_shared
def test_columns_of_a_pdftotext_table_are_read_as_cells():
    """fresh_06: the event table (`1  18/11/2025`) and the prize table whose rows hold a start, an end and
    an announcement date: the end and the announcement are due, the start is not."""
    dues = [r.due_date for r in _rows(DEVSET, "fresh_06")]
    for day in ("2025-11-18", "2025-11-25", "2025-11-16", "2025-11-19", "2025-11-23", "2025-11-26", "2025-12-05"):
        assert day in dues
    assert dues.count("2025-11-19") == 3  # an event at two schools and the first announcement
    assert not {"2025-11-10", "2025-11-17", "2025-11-24"} & set(dues)


@needs_shared
def test_time_lines_of_plan_items_take_the_item_as_task_and_its_field_as_responsible():
    """fresh_35: `- Thời gian hoàn thành: Quý IV/2025 và Quý I/2026;` under `2.1. Chuẩn bị các văn bản …`
    with `- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực …`; `Từ tháng 12/2025 đến quý I/2026`."""
    rows = _rows(DEVSET, "fresh_35")
    item = [r for r in rows if r.section_id == "II.2.1" and not r.recurrence and r.surface.startswith("Quý")]
    assert [r.due_date for r in item] == ["2025-12-31", "2026-03-31"]
    assert all(r.task.startswith("Chuẩn bị các văn bản về nhân sự") for r in item)
    assert all(r.responsible.startswith("Phó chủ tịch Thường trực") for r in item)
    ranges = [r for r in rows if r.surface.startswith("Từ tháng 12/2025")]
    assert ranges and {r.due_date for r in ranges} == {"2026-03-31"}


@needs_shared
def test_events_and_phases_are_due_on_their_day_and_a_start_alone_is_not():
    """src_congbot_19 (a school-year calendar): `Tựu trường các cấp học: Ngày 26/8/2024 (thứ Hai)`, `lớp 1
    tựu trường ngày 19/8/2024`, `Khai giảng …: Ngày 05/9/2024`; `Bắt đầu từ ngày 06/9/2024` is a start."""
    dues = {r.due_date for r in _rows(WILD, "src_congbot_19")}
    assert {"2024-08-26", "2024-08-19", "2024-09-05", "2025-01-18"} <= dues
    assert "2024-09-06" not in dues
    # fresh_41: `Trong khoảng thời gian từ ngày 17/12/2025 đến 17 giờ 00, ngày 01/02/2026` is due at its end
    ends = {r.due_date for r in _rows(DEVSET, "fresh_41")}
    assert "2026-02-01" in ends and "2025-12-17" not in ends


def test_an_invitation_meeting_and_a_cut_off_hour_are_deadlines():
    text = ("GIẤY MỜI\nDự hội nghị sơ kết công tác dân vận năm 2026\n"
            "Trường THCS Trường Chinh trân trọng kính mời Ban Chấp hành Công đoàn dự hội nghị.\n"
            "Thời gian: Lúc 14 giờ 00 phút, ngày 28 tháng 4 năm 2026.\n"
            "Các tổ chuyên môn gửi báo cáo về Ban Giám hiệu trước 17h00 ngày 20/4/2026.\n")
    rows = {r.due_date: r for r in parse_text(text)[0].deadlines}
    assert set(rows) == {"2026-04-28", "2026-04-20"}
    assert rows["2026-04-28"].surface.startswith("Lúc 14 giờ")
    assert rows["2026-04-20"].recipient == "Ban Giám hiệu"


@needs_shared
def test_statutory_periods_have_no_date_and_durations_of_keeping_are_not_deadlines():
    """src_tvplcrawl_9 (customs): `không quá 08 giờ làm việc kể từ …`, `chậm nhất là 04 giờ trước khi …`;
    goods `được lưu giữ trong thời gian không quá 12 tháng kể từ …` is how long, not by when."""
    rows = _rows(WILD, "src_tvplcrawl_9")
    periods = [r.recurrence for r in rows if not r.due_date]
    for period in ("08 giờ làm việc", "02 giờ làm việc", "04 giờ", "30 ngày", "60 ngày", "10 ngày làm việc"):
        assert period in periods
    assert "12 tháng" not in periods and "90 ngày" not in periods
    # a count in words: `trong thời hạn năm năm, kể từ ngày Nghị quyết có hiệu lực thi hành`
    assert "năm năm" in [r.recurrence for r in _rows(WILD, "src_tvplcrawl_4")]


@needs_shared
def test_recurrences_that_time_a_duty_but_not_a_nouns_period():
    """fresh_19: `Giao Văn phòng UBND tỉnh định kỳ hằng tuần trước 16 giờ ngày thứ Sáu, báo cáo …`;
    src_tvplcrawl_17: eight `Thời gian thực hiện: Thực hiện thường xuyên hằng năm`; src_congbot_48:
    `bố trí ngân sách hàng năm` is the budget's period."""
    weekly = [r for r in _rows(DEVSET, "fresh_19") if r.recurrence == "hằng tuần"]
    assert weekly and all(not r.due_date for r in weekly)
    assert weekly[0].responsible == "Văn phòng Ủy ban nhân dân tỉnh"
    yearly = [r for r in _rows(WILD, "src_tvplcrawl_17") if r.recurrence == "hằng năm" and not r.due_date]
    assert len(yearly) >= 8
    assert not _rows(WILD, "src_congbot_48")


@needs_shared
def test_dates_that_are_not_obligations():
    """Effective dates, data cut-offs, statements of what was done and a report's covered period."""
    dues = {r.due_date for r in _rows(DEVSET, "fresh_19")}
    assert "2025-11-27" not in dues  # `cập nhật kết quả đến ngày 27/11/2025`, `tính đến ngày 27/11/2025`
    assert "2025-10-23" not in dues  # `Ngày 23/10/2025, Bộ Nội vụ đã ban hành …`
    assert not [r for r in _rows(DEVSET, "fresh_11")]  # `có hiệu lực kể từ ngày ký`, a budget year
    # src_congbot_43: `báo cáo kết quả thực hiện việc hỗ trợ trong năm 2014` covers 2014, it is not due then
    assert not [r for r in _rows(WILD, "src_congbot_43") if r.surface == "trong năm 2014"]


@needs_shared
def test_recipients_are_whole_names_of_bodies():
    """`Thời gian gửi báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh chậm nhất ngày 14/3/2026`;
    `gửi về Bộ Nội vụ` split by a line break; a time line whose item names the body (src_congbot_43)."""
    fresh_40 = {r.due_date: r for r in _rows(DEVSET, "fresh_40")}
    assert fresh_40["2026-03-14"].recipient == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    fresh_31 = {r.due_date: r for r in _rows(DEVSET, "fresh_31")}
    assert fresh_31["2025-12-19"].recipient == "Bộ Nội vụ"
    src_43 = {r.due_date: r for r in _rows(WILD, "src_congbot_43")}
    assert src_43["2014-10-15"].recipient == "Ủy ban nhân dân Thành phố"


def test_before_a_month_is_due_before_it_begins_and_a_late_plan_rolls_into_next_year():
    text = ("KẾ HOẠCH\nTổ chức hội nghị cử tri\n"
            "Hà Nội, ngày 18 tháng 11 năm 2025\n"
            "1. Các tổ hoàn thành danh sách trước tháng 12/2025.\n"
            "2. Tổ chức hội nghị tổng kết trong tháng 01, báo cáo về Ủy ban nhân dân xã trước ngày 15/02.\n")
    rows = {r.surface: r for r in parse_text(text)[0].deadlines}
    assert rows["trước tháng 12/2025"].due_date == "2025-11-30"
    assert rows["trước ngày 15/02"].due_date == "2026-02-15" and rows["trước ngày 15/02"].year_inferred
    assert rows["trước ngày 15/02"].recipient == "Ủy ban nhân dân xã"
