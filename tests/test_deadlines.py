"""Deadlines on real plans, letters and legal texts: timetables (lists, columns laid out by pdftotext,
plan items' time lines), events, ranges, recurrences, statutory periods, and what is not a deadline."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import CORPUS, SHARED, word_table_file

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


# --- round 2: shapes of unseen plans and letters (issue #13) ---------------------------------------------

def _word_document(tmp_path, name: str, header: list[str], body: list):
    """A .docx made with python-docx as a commune or an education office types it in Word (header lines in a
    two-column table, `- ` bullets typed by hand; a `(style, text)` paragraph takes a Word style, e.g. the
    `List Number` of a list Word numbers itself), read back through the pipeline."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "\n".join(header[:3])
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + header[3]
    for paragraph in body:
        style, paragraph = paragraph if isinstance(paragraph, tuple) else (None, paragraph)
        document.add_paragraph(paragraph, style=style)
    path = tmp_path / name
    document.save(path)
    return parse_file(str(path))[0]


def _plan_document(tmp_path, form: str, header: list[str], body: list):
    """The plan of `_word_document` in one of the two forms users' files take: `docx`, the Word file (its
    reader writes the `1.` and `-` of lists Word numbers itself), or `mammoth`, the raw text a DOCX converter
    gives (the devset's fresh_35–44 are such texts): every paragraph and cell on its own line, blank lines
    between them, and no automatic numbers or bullets at all."""
    if form == "docx":
        return _word_document(tmp_path, "ke_hoach.docx", header, body)
    lines = [*header[:3], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", header[3]]
    lines += [paragraph[1] if isinstance(paragraph, tuple) else paragraph for paragraph in body]
    path = tmp_path / "ke_hoach.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return parse_file(str(path))[0]


_COMMUNE_PLAN = (
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "XÃ HÒA BÌNH", "BAN THƯỜNG TRỰC\nSố: 12/KH-MTTQ-BTT",
     "Hòa Bình, ngày 20 tháng 01 năm 2026"],
    ["KẾ HOẠCH", "Tổ chức hội nghị cử tri nơi cư trú",
     "I. MỤC ĐÍCH, YÊU CẦU", "Tổ chức hội nghị đúng quy định của pháp luật.",
     "II. THỜI GIAN, ĐỊA ĐIỂM", "1. Thời gian",
     "- Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với các tổ chức thành viên để thống nhất danh sách.",
     "- Từ ngày 05/02/2026 - 08/02/2026: Ban Công tác Mặt trận các thôn tổ chức hội nghị cử tri nơi cư trú.",
     "- Ngày 10/02/2026: Tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam huyện.",
     "2. Địa điểm: Hội trường Ủy ban nhân dân xã.",
     "III. MỨC HỖ TRỢ", "Mức chi bồi dưỡng:",
     "- Từ ngày 01/02/2026: 100.000 đồng/người/buổi.",
     "IV. TỔ CHỨC THỰC HIỆN",
     "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã tổ chức Hội nghị hiệp thương lần thứ hai trong thời gian "
     "từ ngày 12/02/2026 đến 13/02/2026.",
     "2. Các Ban công tác Mặt trận tổ chức hội nghị cử tri bổ sung từ ngày 15/02/2026 đến hết ngày 17/02/2026.",
     "3. Ban công tác Mặt trận gửi Biên bản hội nghị về Ban Thường trực Ủy ban MTTQ Việt Nam xã (qua Văn phòng) "
     "ngay sau khi tổ chức hội nghị 01 ngày.",
     "4. Chậm nhất là ngày 20/02/2026, Ban Thường trực Ủy ban MTTQ Việt Nam xã gửi báo cáo kết quả về Ban "
     "Thường trực Ủy ban MTTQ Việt Nam huyện, Ủy ban bầu cử xã.",
     "5. Trong thời gian từ ngày 22/02/2026 đến ngày 25/02/2026, các Ban công tác Mặt trận tổ chức rà soát danh "
     "sách cử tri.",
     "Trên đây là Kế hoạch tổ chức hội nghị cử tri nơi cư trú của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình./."])


def test_timetable_entries_opened_by_a_date_are_due_on_it(tmp_path):
    """Under `1. Thời gian`: `- Từ ngày 04/02/2026: …` is due that day, `- Từ ngày 05/02/2026 - 08/02/2026: …`
    at its end, `- Ngày 10/02/2026: …` on it; each takes the rest of its line as task. The same opening
    under `Mức chi bồi dưỡng:` is when a rate applies, not a timetable."""
    doc = _word_document(tmp_path, "ke_hoach.docx", *_COMMUNE_PLAN)
    rows = {r.due_date: r for r in doc.deadlines}
    assert rows["2026-02-04"].surface == "Từ ngày 04/02/2026"
    assert rows["2026-02-04"].task.startswith("Ban Thường trực Ủy ban MTTQ Việt Nam xã họp")
    assert rows["2026-02-08"].task.startswith("Ban Công tác Mặt trận các thôn tổ chức hội nghị")
    assert rows["2026-02-10"].task.startswith("Tổng hợp kết quả")
    assert "2026-02-01" not in rows


def test_ranges_that_time_an_activity_are_due_at_their_end(tmp_path):
    """`tổ chức Hội nghị … trong thời gian từ ngày 12/02/2026 đến 13/02/2026`, `… từ ngày … đến hết ngày …`;
    fresh_44 (a provincial MTTQ guide): `(Thời gian từ ngày 04/2 đến ngày 08/2/2026)` under the step it times;
    src_tvplcrawl_30: the period a wage fund is counted over (`quỹ tiền lương … của doanh nghiệp từ ngày …
    đến hết ngày 31 tháng 12 năm 2025`) is not a deadline."""
    rows = {r.due_date: r for r in _word_document(tmp_path, "ke_hoach.docx", *_COMMUNE_PLAN).deadlines}
    assert rows["2026-02-13"].surface == "từ ngày 12/02/2026 đến 13/02/2026"
    assert rows["2026-02-13"].responsible == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    assert rows["2026-02-17"].surface == "từ ngày 15/02/2026 đến hết ngày 17/02/2026"
    fronted = rows["2026-02-25"]
    assert fronted.surface == "Trong thời gian từ ngày 22/02/2026 đến ngày 25/02/2026"
    assert fronted.task.startswith("Các Ban công tác Mặt trận tổ chức rà soát")
    assert fronted.responsible == "Các Ban công tác Mặt trận"
    guide = {r.surface: r for r in _rows(DEVSET, "fresh_44")}
    assert guide["từ ngày 04/2 đến ngày 08/2/2026"].task.startswith(
        "Tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri")
    assert guide["Từ ngày 02/2 đến ngày 03/2/2026"].task.startswith("Tổ chức hội nghị hiệp thương lần thứ hai")
    # `đại biểu Hội đồng nhân dân(Thực hiện từ ngày 01/12 đến ngày 10/12/2025)`
    assert guide["từ ngày 01/12 đến ngày 10/12/2025"].due_date == "2025-12-10"
    wage_fund = [r for r in _rows(WILD, "src_tvplcrawl_30") if r.due_date == "2025-12-31"]
    assert all("của doanh nghiệp" not in _document(str(WILD / "src_tvplcrawl_30.txt")).text[r.start - 40:r.start]
               for r in wage_fund)


def test_periods_written_after_their_event_have_no_date(tmp_path):
    """`gửi Biên bản … ngay sau khi tổ chức hội nghị 01 ngày`; src_congbot_1 (a city's decision): `gửi Sở Lao
    động - Thương binh và Xã hội chậm nhất sau khi kết thúc quý 15 ngày`; src_tvplcrawl_62: `Sau thời hạn 60
    ngày kể từ ngày thông quan` is when a case arises, not a time limit."""
    rows = [r for r in _word_document(tmp_path, "ke_hoach.docx", *_COMMUNE_PLAN).deadlines if r.recurrence == "01 ngày"]
    assert len(rows) == 1 and not rows[0].due_date
    assert rows[0].surface == "ngay sau khi tổ chức hội nghị 01 ngày"
    assert rows[0].recipient == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã (qua Văn phòng)"
    quarterly = [r for r in _rows(WILD, "src_congbot_1") if r.surface == "chậm nhất sau khi kết thúc quý 15 ngày"]
    assert quarterly and all(r.recurrence == "15 ngày" and not r.due_date for r in quarterly)
    assert quarterly[0].recipient == "Sở Lao động - Thương binh và Xã hội"
    assert not [r for r in _rows(WILD, "src_tvplcrawl_62") if r.recurrence == "60 ngày"]


def test_reporting_regimes_recur_when_a_period_is_written():
    """src_tvplcrawl_54: `thực hiện chế độ báo cáo định kỳ hàng quý và hàng năm cho Ủy ban Chứng khoán Nhà
    nước` (two rows, the body read whole); src_tvplcrawl_35: `Thực hiện chế độ báo cáo định kỳ theo quy
    định`; corpus 003: `thực hiện nghiêm túc chế độ thông tin, báo cáo` names no period and is no deadline."""
    bonds = [r for r in _rows(WILD, "src_tvplcrawl_54") if r.surface == "định kỳ hàng quý và hàng năm"]
    assert sorted(r.recurrence for r in bonds) == ["hàng năm", "hàng quý"]
    assert {r.recipient for r in bonds} == {"Ủy ban Chứng khoán Nhà nước"}
    fund = _document(str(WILD / "src_tvplcrawl_35.txt"))
    assert [r.recurrence for r in fund.deadlines if r.task == "Thực hiện chế độ báo cáo theo quy định"] == ["định kỳ"]
    school = parse_file(str(CORPUS / "003_723b0c46fb5dfa44.txt"))[1]
    assert "thực hiện nghiêm túc chế độ thông tin, báo cáo" in school.text and not school.deadlines


def test_a_regime_that_lists_its_periods_gives_one_row_per_period():
    """A school plan: `Thực hiện chế độ báo cáo tuần, tháng, quý, năm gửi về Phòng …`, `chế độ báo cáo định kỳ
    (6 tháng, năm)`; `chế độ báo cáo năm học` and `chế độ báo cáo năm 2025` name a school year and a year."""
    text = ("TRƯỜNG THCS TRƯỜNG CHINH\nSố: 95/KH-TC\nTân Bình, ngày 10 tháng 9 năm 2025\nKẾ HOẠCH\n"
            "Thực hiện nhiệm vụ năm học 2025 - 2026\n"
            "1. Các tổ chuyên môn thực hiện chế độ báo cáo tuần, tháng, quý, năm gửi về Phòng Giáo dục và Đào tạo.\n"
            "2. Bộ phận văn thư thực hiện chế độ báo cáo định kỳ (6 tháng, năm) theo quy định.\n"
            "3. Thực hiện chế độ báo cáo năm học theo quy định; chế độ báo cáo năm 2025 đúng hạn.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.surface, r.recurrence) for r in rows] == [
        ("tuần, tháng, quý, năm", "tuần"), ("tuần, tháng, quý, năm", "tháng"), ("tuần, tháng, quý, năm", "quý"),
        ("tuần, tháng, quý, năm", "năm"), ("định kỳ (6 tháng, năm)", "6 tháng"), ("định kỳ (6 tháng, năm)", "năm")]
    assert {r.recipient for r in rows[:4]} == {"Phòng Giáo dục và Đào tạo"}
    assert rows[0].task.startswith("Các tổ chuyên môn thực hiện chế độ báo cáo")


def test_a_moment_to_stop_or_start_is_due_then(tmp_path):
    """An education office's letter: `nghỉ học và dừng tất cả các hoạt động … từ 13 giờ 00 ngày 26/7/2020 cho đến
    khi có thông báo mới`, `Tạm dừng … kể từ ngày 27/7/2020`; its own `có hiệu lực từ ngày` is not one. The
    letter's addressees act where a clause names nobody."""
    doc = _word_document(tmp_path, "cong_van.docx",
                         ["UBND HUYỆN ĐIỆN BÀN", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 245/PGDĐT-VP",
                          "Điện Bàn, ngày 25 tháng 7 năm 2020"],
                         ["V/v tạm dừng các hoạt động giáo dục để phòng, chống dịch Covid-19",
                          "Kính gửi: Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn huyện.",
                          "Thực hiện chỉ đạo của UBND huyện, Phòng Giáo dục và Đào tạo đề nghị các đơn vị thực hiện:",
                          "1. Cho học sinh nghỉ học và dừng tất cả các hoạt động tập trung đông người từ 13 giờ 00 "
                          "ngày 26/7/2020 cho đến khi có thông báo mới.",
                          "2. Tạm dừng tổ chức các lớp dạy thêm, học thêm kể từ ngày 27/7/2020.",
                          "3. Báo cáo tình hình về Phòng (qua bộ phận Văn phòng) trước 16 giờ 00 ngày 28/7/2020.",
                          "Công văn này có hiệu lực từ ngày 25/7/2020."])
    rows = {r.due_date: r for r in doc.deadlines}
    assert rows["2020-07-26"].surface == "từ 13 giờ 00 ngày 26/7/2020"
    assert rows["2020-07-26"].task.startswith("Cho học sinh nghỉ học và dừng tất cả các hoạt động")
    assert rows["2020-07-27"].surface == "kể từ ngày 27/7/2020"
    assert "2020-07-25" not in rows
    assert rows["2020-07-28"].recipient == "Phòng Giáo dục và Đào tạo (qua bộ phận Văn phòng)"
    assert rows["2020-07-28"].responsible == "Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn huyện"


@needs_shared
def test_recipients_are_read_whole_as_written():
    """`gửi về Bộ (qua Vụ Kế hoạch - Tài chính, Cục Người có công)` in a letter of that Bộ (src_congbot_16);
    a list as written (fresh_44); `với Sở Tài chính và báo cáo với Ủy ban nhân dân tỉnh` (fresh_30, two cues);
    `trao thưởng cho người thắng giải` (fresh_06); the introduction of a lettered list of reports
    (fresh_40 `d.`); a copy in brackets is an aside (fresh_19)."""
    letter = {r.due_date: r for r in _rows(WILD, "src_congbot_16")}
    assert letter["2019-07-12"].recipient == \
        "Bộ Lao động - Thương binh và Xã hội (qua Vụ Kế hoạch - Tài chính, Cục Người có công)"
    guide = [r for r in _rows(DEVSET, "fresh_44") if r.due_date == "2026-02-22"]
    assert "Hội đồng bầu cử quốc gia, Ủy ban Thường vụ Quốc hội, Ban Thường trực Ủy ban Trung ương Mặt trận Tổ " \
        "quốc Việt Nam và Ủy ban bầu cử Tỉnh" in {r.recipient for r in guide}
    fund = {r.due_date: r for r in _rows(DEVSET, "fresh_30")}
    assert fund["2022-12-31"].recipient == "Sở Tài chính; Ủy ban nhân dân tỉnh"
    contest = {r.due_date: r for r in _rows(DEVSET, "fresh_06")}
    assert contest["2025-12-15"].recipient == "Người thắng giải"
    commune = {r.due_date: r for r in _rows(DEVSET, "fresh_40")}
    assert commune["2026-03-15"].recipient == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    weekly = [r for r in _rows(DEVSET, "fresh_19") if r.recurrence == "hằng tuần" and "lãnh đạo" in r.task.lower()]
    assert weekly and weekly[0].recipient == "Lãnh đạo Ủy ban nhân dân tỉnh"


@needs_shared
def test_responsible_after_a_fronted_time_and_for_a_plans_own_activities():
    """fresh_44: `Chậm nhất là ngày 22 tháng 02 năm 2026, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
    Quảng Ninh gửi …`; fresh_37 (header `BAN THƯỜNG TRỰC` under `ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH`): its
    own activities fall to the standing committee of that body, written as the text writes it; fresh_31 (a
    ministry's letter): its addressees."""
    sent = [r for r in _rows(DEVSET, "fresh_44") if r.due_date == "2026-02-22" and r.surface.startswith("Chậm nhất")
            and r.task.startswith("Ban Thường trực")]
    assert [r.responsible for r in sent] == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh"]
    plan = {r.due_date: r for r in _rows(DEVSET, "fresh_37")}
    assert plan["2026-02-20"].responsible == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"
    letter = {r.due_date: r for r in _rows(DEVSET, "fresh_31")}
    assert letter["2026-01-23"].responsible == \
        "Các bộ, cơ quan ngang bộ; Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"


def test_a_ministry_letters_schedule(tmp_path):
    """`Thời gian tổ chức: từ 7 giờ 30 phút, ngày 20/10/2025 (thứ Hai)` is the hour an event begins; `Cuối tháng
    11/2025: …` an entry due at the month's end; `Ngày 05/01/2026 (thứ Hai): Tổng kết …` takes the words after
    the weekday as task; `gửi về Bộ (qua Cục …)` in the Bộ's own letter is the Bộ. src_congbot_11: `Thời gian
    thực hiện: Từ ngày 01/01/2012.` is when a policy starts to apply."""
    doc = _word_document(tmp_path, "cong_van_bo.docx",
                         ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "", "Số: 5512/BGDĐT-GDTrH", "Hà Nội, ngày 15 tháng 9 năm 2025"],
                         ["V/v tổ chức cuộc thi khoa học kỹ thuật cấp quốc gia",
                          "Kính gửi: Các sở giáo dục và đào tạo.",
                          "1. Thời gian tổ chức: từ 7 giờ 30 phút, ngày 20/10/2025 (thứ Hai).",
                          "2. Hồ sơ gửi về Bộ (qua Cục Nhà giáo và Cán bộ quản lý giáo dục) chậm nhất ngày 10/10/2025.",
                          "3. Lịch trình cụ thể:",
                          "- Cuối tháng 11/2025: Công bố kết quả vòng sơ khảo.",
                          "- Ngày 05/01/2026 (thứ Hai): Tổng kết, trao giải."])
    rows = {r.due_date: r for r in doc.deadlines}
    assert rows["2025-10-20"].surface == "từ 7 giờ 30 phút, ngày 20/10/2025"
    assert rows["2025-10-10"].recipient == \
        "Bộ Giáo dục và Đào tạo (qua Cục Nhà giáo và Cán bộ quản lý giáo dục)"
    assert rows["2025-11-30"].surface == "Cuối tháng 11/2025"
    assert rows["2025-11-30"].task == "Công bố kết quả vòng sơ khảo"
    assert rows["2026-01-05"].task == "Tổng kết, trao giải"
    assert "2012-01-01" not in {r.due_date for r in _rows(WILD, "src_congbot_11")}


def test_a_timetable_table_of_a_word_file(tmp_path):
    """A Word table `TT | Thời gian | Nội dung công việc | Đơn vị thực hiện` (the reader gives one cell a line):
    the `Từ ngày 04/02/2026` cell is due that day, the `Từ ngày 05/02 - 08/02/2026` cell at its end; each row's
    task is its work."""
    path = word_table_file(tmp_path / "lich.docx",
                           ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "XÃ HÒA BÌNH", "Hòa Bình, ngày 20 tháng 01 năm 2026",
                            "KẾ HOẠCH", "Tổ chức hội nghị cử tri nơi cư trú", "III. THỜI GIAN THỰC HIỆN"),
                           [("TT", "Thời gian", "Nội dung công việc", "Đơn vị thực hiện"),
                            ("1", "Từ ngày 04/02/2026", "Ban Thường trực họp với các tổ chức thành viên", "BTT MTTQ xã"),
                            ("2", "Từ ngày 05/02 - 08/02/2026", "Tổ chức hội nghị cử tri nơi cư trú", "Ban CTMT thôn")])
    found = {r.due_date: r for r in parse_file(str(path))[0].deadlines}
    assert set(found) == {"2026-02-04", "2026-02-08"}
    assert found["2026-02-04"].task.startswith("Ban Thường trực họp với các tổ chức thành viên")
    assert found["2026-02-08"].task.startswith("Tổ chức hội nghị cử tri nơi cư trú")


def test_a_table_of_counts_laid_out_one_cell_a_line_holds_no_date():
    """A guidance's annex tallies candidates per body in a table; read from a PDF or a web page its cells
    come one a line (`14`, `5`, `-`, `2`). `5` / `-` / `2` on three lines is no 5 February; `5-2` written on
    one line still is, and so is a range split after its dash."""
    text = ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 12/HD-MTTQ-BTT\n"
            "Lương Minh, ngày 22 tháng 12 năm 2025\nHƯỚNG DẪN\nTrình tự hiệp thương\n"
            "1. Các cơ quan, đơn vị gửi biên bản hội nghị trước ngày 5-1 năm 2026.\n"
            "2. Tổ chức hội nghị cử tri từ ngày 04/02/2026 -\n08/02/2026.\n"
            "PHỤ LỤC\nSố lượng người ứng cử\nĐơn vị\nSố người\nNam\nNữ\n"
            "Khối Đảng ủy\n14\n5\n-\n2\n-\nKhối chính quyền\n7\n1\n-\n1\n")
    rows = parse_text(text)[0].deadlines
    assert sorted(r.due_date for r in rows) == ["2026-01-05", "2026-02-08"]


def test_a_range_said_to_time_an_activity_whatever_its_object_holds():
    """`tổ chức Hội nghị lấy ý kiến … của cử tri … trong thời gian từ ngày … đến ngày …` (the voters'
    meetings of a commune Front's election guidance, as fresh_40 L61 plans them) is when the meetings are
    held, though the meeting's name holds a `của`; the period of a thing owned (`quỹ tiền lương của doanh
    nghiệp từ ngày …`) is still none."""
    head = ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 13/HD-MTTQ-BTT\n"
            "Lương Minh, ngày 20 tháng 12 năm 2025\nHƯỚNG DẪN\nTổ chức hội nghị cử tri\n")
    held = ("1. Ban Công tác Mặt trận các thôn phối hợp với Ủy ban nhân dân xã tổ chức Hội nghị lấy ý kiến nhận "
            "xét và tín nhiệm của cử tri nơi cư trú đối với người ứng cử trong thời gian từ ngày 04/02/2026 "
            "đến ngày 08/02/2026.\n")
    owned = "2. Quỹ tiền lương của doanh nghiệp từ ngày 01/01/2026 đến ngày 31/12/2026 được xác định theo quy định.\n"
    rows = parse_text(head + held + owned)[0].deadlines
    assert [(r.surface, r.due_date) for r in rows] == [("từ ngày 04/02/2026 đến ngày 08/02/2026", "2026-02-08")]


@needs_shared
def test_dates_rejected_early_as_history_are_the_ones_the_full_judgement_rejects(monkeypatch):
    """`_dated` drops a date more than a year before its document before reading the words around it (a
    fifth of the dated expressions outside citations); every shared document gives the same rows as
    when each such date is judged in full, and the early test does drop dates."""
    from pipeline import deadline_dated
    from pipeline.api import analyse
    from pipeline.normalize import normalize
    from pipeline.readers import read
    from pipeline.split import split_documents

    early = []
    original = deadline_dated._old_whatever_said

    def counted(*args):
        early.append(original(*args))
        return early[-1]

    docs = [doc for folder in (CORPUS, WILD, DEVSET) for path in sorted(folder.glob("*.txt"))
            for doc in split_documents(str(path), normalize(read(str(path)).text), "utf-8")]
    monkeypatch.setattr(deadline_dated, "_old_whatever_said", counted)
    fast = [analyse(doc).deadlines for doc in docs]
    monkeypatch.setattr(deadline_dated, "_old_whatever_said", lambda *args: False)
    assert [analyse(doc).deadlines for doc in docs] == fast
    assert sum(early) > 300


# --- round 6: shapes of held-out commune and provincial plans ---------------------------------------------

_TIMETABLE_PLAN = (
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "XÃ HÒA BÌNH", "BAN THƯỜNG TRỰC\nSố: 15/KH-MTTQ-BTT",
     "Hòa Bình, ngày 20 tháng 01 năm 2026"],
    ["KẾ HOẠCH", "Tổ chức hội nghị hiệp thương và lấy ý kiến cử tri nơi cư trú",
     "I. MỤC ĐÍCH, YÊU CẦU", "Tổ chức hội nghị đúng quy định của pháp luật.",
     "II. NỘI DUNG, THỜI GIAN THỰC HIỆN",
     "Thời gian cụ thể như sau:",
     "- Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với các tổ chức thành viên để thống nhất:",
     "+ Danh sách người ứng cử;", "+ Thành phần dự hội nghị;", "+ Kinh phí tổ chức hội nghị.",
     "- Từ ngày 05/02/2026 - 08/02/2026: Ban Công tác Mặt trận các thôn tổ chức hội nghị cử tri nơi cư trú.",
     "- Ngày 10/02/2026, Ban Thường trực Ủy ban MTTQ Việt Nam xã tổng hợp kết quả hội nghị.",
     "III. TỔ CHỨC THỰC HIỆN",
     "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã thực hiện chế độ báo cáo tình hình tổ chức hội nghị về Ban "
     "Thường trực Ủy ban MTTQ Việt Nam tỉnh định kỳ và đột xuất.",
     "2. Các Ban công tác Mặt trận ở khu dân cư:",
     "- Phối hợp với Trưởng thôn tổ chức hội nghị cử tri xong trước ngày 08/02/2026.",
     "3. Đề nghị các tổ chức thành viên phối hợp thực hiện các nội dung sau:",
     "Các cơ quan, đơn vị có liên quan:",
     "- Gửi danh sách người ứng cử về Ban Thường trực trước ngày 12/02/2026.",
     "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình./."])


def test_a_timetable_under_a_two_part_heading_with_sub_items_and_comma_entries(tmp_path):
    """Held-out commune plans: the timetable stands under `II. NỘI DUNG, THỜI GIAN THỰC HIỆN` and a lead-in
    (`Thời gian cụ thể như sau:`), an entry carries `+` sub-items, another opens `- Ngày 10/02/2026, …`. Each
    dated entry is due on its day (a range at its end) and its subject after the date acts. No shared text
    has this layout; the plan is written the way such plans are (python-docx, bullets typed by hand)."""
    rows = {r.surface: r for r in _word_document(tmp_path, "ke_hoach.docx", *_TIMETABLE_PLAN).deadlines}
    assert rows["Từ ngày 04/02/2026"].due_date == "2026-02-04"
    assert rows["Từ ngày 04/02/2026"].responsible == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    assert rows["Từ ngày 05/02/2026 - 08/02/2026"].due_date == "2026-02-08"
    assert rows["Từ ngày 05/02/2026 - 08/02/2026"].responsible == "Ban Công tác Mặt trận các thôn"
    assert rows["Ngày 10/02/2026"].due_date == "2026-02-10"
    assert rows["Ngày 10/02/2026"].task.startswith("Ban Thường trực Ủy ban MTTQ Việt Nam xã tổng hợp kết quả")


def test_a_regime_of_regular_and_ad_hoc_reports_recurs_without_a_period():
    """src_tvplcrawl_20 L36: `Thực hiện chế độ báo cáo định kỳ và đột xuất về tình hình, kết quả … về Sở Lao
    động-Thương binh và Xã hội`; src_tvplcrawl_35 L129: `báo cáo định kỳ hoặc đột xuất về công tác kiểm tra,
    giám sát`: one row each, no date, recurrence `định kỳ` (devset keys: fresh_35 L311, fresh_19 L449);
    src_tvplcrawl_46 L247: `Lập dự toán kinh phí thường xuyên, định kỳ hoặc đột xuất` names kinds of budget."""
    welfare = [r for r in _rows(WILD, "src_tvplcrawl_20") if r.surface == "định kỳ và đột xuất"]
    assert [(r.due_date, r.recurrence) for r in welfare] == [("", "định kỳ")]
    assert welfare[0].recipient == "Sở Lao động-Thương binh và Xã hội"
    fund = [r for r in _rows(WILD, "src_tvplcrawl_35") if r.surface == "định kỳ hoặc đột xuất"]
    assert [r.task for r in fund] == ["Báo cáo về công tác kiểm tra, giám sát"]
    assert not [r for r in _rows(WILD, "src_tvplcrawl_46") if "đột xuất" in r.surface]


def test_the_party_named_over_a_block_acts_for_its_bullets(tmp_path):
    """fresh_19 (a provincial report) L418 `d) Giao Sở Khoa học và Công nghệ:` over `- … định kỳ hằng tháng báo
    cáo …`, L275 `Giải pháp khắc phục: Sở Tư pháp tập trung …, hoàn thành … trước ngày 20/12/2025`;
    src_congbot_7 L469 `c) Sở Lao động - Thương binh và Xã hội có trách nhiệm:`; src_tvplcrawl_56 L467 `3. Bộ Giao
    thông vận tải trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm:`; a commune plan's `2. Các Ban công
    tác Mặt trận ở khu dân cư:` and an unnumbered lead-in `Các cơ quan, đơn vị có liên quan:`."""
    report = _rows(DEVSET, "fresh_19")
    monthly = [r for r in report if r.recurrence == "hằng tháng" and "chữ ký số" in r.task]
    assert [r.responsible for r in monthly] == ["Sở Khoa học và Công nghệ"]
    assert {r.responsible for r in report if r.due_date == "2025-12-20"} == {"Sở Tư pháp"}
    decree = {r.responsible for r in _rows(WILD, "src_congbot_7") if r.section_id == "Chương II.Mục 3.Điều 23.3.c"}
    assert decree == {"Sở Lao động - Thương binh và Xã hội"}
    transport = {r.responsible for r in _rows(WILD, "src_tvplcrawl_56") if r.section_id == "Chương IV.Điều 66.3.d"}
    assert transport == {"Bộ Giao thông vận tải"}
    plan = {r.surface: r for r in _word_document(tmp_path, "ke_hoach.docx", *_TIMETABLE_PLAN).deadlines}
    assert plan["xong trước ngày 08/02/2026"].responsible == "Các Ban công tác Mặt trận ở khu dân cư"
    assert plan["trước ngày 12/02/2026"].responsible == "Các cơ quan, đơn vị có liên quan"


def test_a_body_called_by_the_short_name_the_document_gives_it_acts_under_its_full_name():
    """fresh_30 (a fund's charter) L61 `Quỹ Khuyến học tỉnh Bình Thuận (gọi tắt là Quỹ) là …`, then L144 `Hàng
    năm, Quỹ có trách nhiệm công khai các khoản đóng góp … trước ngày 31 tháng 3`; a term for several bodies
    (`… (sau đây gọi chung là Văn phòng đăng ký đất đai)`, src_tvplcrawl_56 L67) is no one body's short name."""
    charter = [r for r in _rows(DEVSET, "fresh_30") if r.surface == "trước ngày 31 tháng 3"]
    assert [r.responsible for r in charter] == ["Quỹ Khuyến học tỉnh Bình Thuận"]
    registry = _rows(WILD, "src_tvplcrawl_56")
    assert "Sở Tài nguyên và Môi trường" not in {r.responsible for r in registry}


def test_the_subject_of_the_part_that_holds_the_time_or_before_a_based_on_phrase():
    """fresh_19 L110-115: `… Ngày 23/10/2025, Bộ Nội vụ đã ban hành …, theo đó, UBND các tỉnh thành nộp báo cáo tự
    đánh giá, chấm điểm trong tháng 01/2026, Bộ Nội vụ tổ chức thẩm định, chấm điểm và công bố vào tháng 4/2026`:
    each time falls to the body that opens its own part; L378: `a) Các sở, ban, ngành và UBND các xã, phường, đặc
    khu căn cứ kế hoạch …, định kỳ hằng tháng rà soát …`; src_congbot_47 L145: `Căn cứ …, Hội Chữ thập đỏ cấp tỉnh lập
    dự toán … gửi Hội Chữ thập đỏ Việt Nam trước ngày 20 tháng 6 năm trước`."""
    report = _rows(DEVSET, "fresh_19")
    assert {r.responsible for r in report if r.due_date == "2026-04-30"} == {"Bộ Nội vụ"}
    assert {r.responsible for r in report if r.surface == "trong tháng 01/2026"} == {"Ủy ban nhân dân các tỉnh thành"}
    assert {r.responsible for r in report if r.recurrence == "hằng tháng" and "căn cứ kế hoạch" in r.task} == \
        {"Các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu"}
    red_cross = [r for r in _rows(WILD, "src_congbot_47") if r.surface == "trước ngày 20 tháng 6 năm trước"]
    assert [r.responsible for r in red_cross] == ["Hội Chữ thập đỏ cấp tỉnh"]


def test_a_time_line_under_a_paragraph_takes_the_paragraphs_subject():
    """src_congbot_43 (a city's plan) L96-98: `Trên cơ sở đề nghị của Sở Xây dựng và Sở Lao động - Thương binh và Xã
    hội, Sở Tài chính thẩm định và xác định nguồn kinh phí thực hiện, …` ⏎ `Thời gian hoàn tất: trước ngày 15 tháng
    10 năm 2014.`"""
    plan = [r for r in _rows(WILD, "src_congbot_43") if r.surface == "trước ngày 15 tháng 10 năm 2014"]
    assert [r.responsible for r in plan] == ["Sở Tài chính"]


def test_a_time_line_under_an_item_takes_the_party_nearest_above_it_not_one_of_a_list():
    """src_congbot_43 L90-92: `Trên cơ sở đề nghị của Ủy ban nhân dân quận, huyện, Sở Xây dựng chủ trì, phối hợp
    với Sở Lao động - Thương binh và Xã hội, Sở Tài chính lập Đề án …` ⏎ `Thời gian hoàn tất: trước ngày 30 tháng 9
    năm 2014.` (the condition's comma hides the subject from the sentence's opening; `Sở Tài chính` continues the
    `phối hợp với` list); L72-74: `…; Trưởng thôn ấp, Tổ Trưởng các Tổ dân phố, tập hợp đơn …` (a verb the
    tagger knows, after a comma); L102-104: `Sau khi Ủy ban nhân dân Thành phố phê duyệt …, Sở Tài chính lập thủ
    tục …`."""
    plan = {r.surface: r.responsible for r in _rows(WILD, "src_congbot_43")}
    assert plan["trước ngày 30 tháng 9 năm 2014"] == "Sở Xây dựng"
    assert plan["trước ngày 27 tháng 6 năm 2014"] == "Trưởng thôn ấp, Tổ Trưởng các Tổ dân phố"
    assert plan["trước ngày 31 tháng 10 năm 2014"] == "Sở Tài chính"


def test_the_items_of_a_list_a_body_asks_another_to_carry_out_fall_to_the_body_asked():
    """src_congbot_15 (a resolution of the Ủy ban thường vụ Quốc hội) L29-35: `Ủy ban thường vụ Quốc hội yêu cầu
    Chính phủ, Thủ tướng Chính phủ tập trung thực hiện một số nhiệm vụ và giải pháp sau đây:` over `2. … thực hiện
    cơ bản xong trong hai năm 2012 - 2013` and `3. Phê duyệt Đề án … trong năm 2012`; src_tvplcrawl_53 L262: `Giao
    Bộ Lao động - Thương binh và Xã hội hướng dẫn việc quản lý …; hằng năm tiếp nhận, …`: the names end where a
    verb of their own follows them."""
    resolution = {r.surface: r.responsible for r in _rows(WILD, "src_congbot_15")}
    assert resolution["trong hai năm 2012 - 2013"] == "Chính phủ, Thủ tướng Chính phủ"
    assert resolution["trong năm 2012"] == "Chính phủ, Thủ tướng Chính phủ"
    decree = [r for r in _rows(WILD, "src_tvplcrawl_53") if r.line == 262]
    assert [r.responsible for r in decree] == ["Bộ Lao động - Thương binh và Xã hội"]


def test_a_condition_fronted_up_to_its_thi_leaves_the_subject_after_it():
    """src_tvplcrawl_9 L25: `Đối với lô hàng có số lượng lớn, nhiều chủng loại hoặc việc kiểm tra phức tạp thì Thủ
    trưởng cơ quan hải quan nơi làm thủ tục hải quan quyết định việc gia hạn …, thời gian gia hạn tối đa không quá
    02 ngày.` (the condition holds a comma)."""
    customs = [r for r in _rows(WILD, "src_tvplcrawl_9") if r.surface == "không quá 02 ngày"]
    assert [r.responsible for r in customs] == ["Thủ trưởng cơ quan hải quan nơi làm thủ tục hải quan"]


def test_a_reports_recipient_named_in_another_clause_of_its_sentence_that_delivers():
    """src_tvplcrawl_35 L314: `g) Báo cáo Bộ Tài chính tình hình tổ chức, hoạt động định kỳ hằng năm; thời hạn gửi
    báo cáo trước ngày 31 tháng 3 của năm sau.`; src_congbot_43 L160: `- Báo cáo tình hình … hỗ trợ về nhà ở cho
    người có công với cách mạng 3 tháng một lần; báo cáo kết quả … về Bộ Xây dựng, Bộ Tài chính và Bộ Kế hoạch và
    Đầu tư …` (a body named elsewhere in the sentence before people the clause's `cho` reaches). Not a clause
    whose `trình` is a file's (src_tvplcrawl_63 L465: `Trong thời hạn 02 ngày làm việc kể từ ngày nhận được hồ sơ
    trình của cơ quan …, Chủ tịch Ủy ban nhân dân cấp xã quyết định …; trường hợp không xác nhận thì có ngay văn bản
    thông báo …`)."""
    fund = [r for r in _rows(WILD, "src_tvplcrawl_35") if r.surface == "trước ngày 31 tháng 3 của năm sau"]
    assert [r.recipient for r in fund] == ["Bộ Tài chính"]
    city = [r for r in _rows(WILD, "src_congbot_43") if r.surface == "3 tháng một lần"]
    assert [r.recipient for r in city] == ["Bộ Xây dựng, Bộ Tài chính và Bộ Kế hoạch và Đầu tư"]
    forest = [r for r in _rows(WILD, "src_tvplcrawl_63") if r.line == 465]
    assert forest and [r.recipient for r in forest] == [""]


def test_files_handed_in_at_a_body_go_to_that_body():
    """fresh_44 (a provincial election plan) L257: `Chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026, người ứng cử
    đại biểu Quốc hội tại tỉnh Quảng Ninh phải hoàn thành việc nộp hai (02) bộ hồ sơ ứng cử tại Ủy ban bầu cử tỉnh
    Quảng Ninh (trụ sở thường trực tại Sở Nội vụ …)`: the body, not the office in brackets nor the province the
    candidates stand in; L487: `… tại Ủy ban bầu cử cấp xã nơi mình ứng cử`."""
    election = {r.line: r.recipient for r in _rows(DEVSET, "fresh_44") if r.due_date == "2026-02-01"}
    assert election[257] == "Ủy ban bầu cử tỉnh Quảng Ninh"
    assert election[487] == "Ủy ban bầu cử cấp xã"


def test_a_person_named_with_an_honorific_and_a_post_in_a_wrapped_timetable_entry():
    """fresh_02 (a school's contest plan, pdftotext layout) L118-119: `05/12: Hỗ trợ hoàn thiện video, poster. Và
    nộp đề án dự thi về cho Thầy Nguyễn` ⏎ `Văn Thành PHT NGLL.`: the entry's second sentence and wrapped line name
    the person, read as a person (honorific, family name, the post's abbreviation expanded), not as a post."""
    contest = [r for r in _rows(DEVSET, "fresh_02") if r.surface == "05/12"]
    assert [r.recipient for r in contest] == ["Thầy Nguyễn Văn Thành (Phó Hiệu trưởng)"]


def test_when_other_texts_take_effect_and_what_is_done_daily_are_no_deadlines():
    """src_tvplcrawl_63 L317 (a decree's closing article): `… được thông qua hoặc ban hành kể từ ngày 01 tháng 7 năm
    2025 và có hiệu lực trước ngày 01 tháng 3 năm 2027 thì các quy định tương ứng trong Nghị định này hết hiệu
    lực` (a condition on an effective date); src_tvplcrawl_47 L97 (a ministry's programme, its review of the year):
    `… đến nay 100% hồ chứa đã được kết nối, cung cấp thông tin, dữ liệu hàng ngày` (what is done, not a duty).
    The same programme's duties keep their periods (L55 `… trong năm 2024`)."""
    decree = _rows(WILD, "src_tvplcrawl_63")
    assert decree and not [r for r in decree if r.due_date == "2027-03-01"]
    programme = _rows(WILD, "src_tvplcrawl_47")
    assert not [r for r in programme if r.line == 97]
    assert [r.due_date for r in programme if r.line == 55] == ["2024-12-31"]


def test_a_file_sent_for_approval_goes_to_the_body_asked_to_approve_it():
    """fresh_30 (a fund's charter) L406: `5. Hàng năm, Quỹ phải đề nghị Sở Tài chính thẩm định quyết toán Quỹ …`;
    src_congbot_7 L287: `Ủy ban nhân dân cấp tỉnh trong thời gian 05 ngày làm việc …, có trách nhiệm kiểm tra và
    gửi văn bản kèm theo các giấy tờ … đề nghị Bộ Lao động - Thương binh và Xã hội thẩm định`."""
    charter = [r for r in _rows(DEVSET, "fresh_30") if r.line == 406]
    assert [r.recipient for r in charter] == ["Sở Tài chính"]
    decree = [r for r in _rows(WILD, "src_congbot_7") if r.line == 287]
    assert [r.recipient for r in decree] == ["Bộ Lao động - Thương binh và Xã hội"]


def test_a_dated_bullet_of_a_partys_duties_is_due_outside_a_timetable(tmp_path):
    """Held-out commune plans date a party's duties under its heading, in no `Thời gian` part: `1. Ban Thường trực
    Ủy ban MTTQ Việt Nam xã:` ⏎ `- Từ ngày 04/02/2026: Chủ trì họp …` is due that day; `- Từ ngày 01/02/2026:
    100.000 đồng/người/buổi` under `2. Mức chi hỗ trợ:` is when a rate applies. Written as such plans are (no
    shared text has the shape)."""
    doc = _word_document(tmp_path, "ke_hoach.docx", _TIMETABLE_PLAN[0],
                         ["KẾ HOẠCH", "Tổ chức hội nghị hiệp thương", "I. TỔ CHỨC THỰC HIỆN",
                          "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã:",
                          "- Từ ngày 04/02/2026: Chủ trì họp với các tổ chức thành viên để thống nhất danh sách.",
                          "- Ngày 06/02/2026: Tổ chức hội nghị hiệp thương lần thứ hai.",
                          "2. Mức chi hỗ trợ:", "- Từ ngày 01/02/2026: 100.000 đồng/người/buổi.",
                          "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình./."])
    rows = {r.due_date: r for r in doc.deadlines}
    assert rows["2026-02-04"].surface == "Từ ngày 04/02/2026"
    assert rows["2026-02-04"].task.startswith("Chủ trì họp với các tổ chức thành viên")
    assert rows["2026-02-04"].responsible == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    assert "2026-02-01" not in rows


def test_a_report_asked_for_goes_to_the_body_that_asks_unless_the_clause_says_where():
    """fresh_35 L311: `- Định kỳ tổng hợp, báo cáo tình hình dư luận xã hội … theo yêu cầu của Ban Chỉ đạo công tác
    bầu cử.` (the devset key's recipient); src_tvplcrawl_54 L259: `… báo cáo đột xuất cho Ủy ban Chứng khoán Nhà
    nước theo yêu cầu của cơ quan quản lý` goes to the Ủy ban."""
    commune = [r for r in _rows(DEVSET, "fresh_35") if r.recurrence == "Định kỳ" and "dư luận" in r.task]
    assert [r.recipient for r in commune] == ["Ban Chỉ đạo công tác bầu cử"]
    bonds = {r.recipient for r in _rows(WILD, "src_tvplcrawl_54") if r.recurrence == "định kỳ"}
    assert bonds == {"Ủy ban Chứng khoán Nhà nước"}


# --- round 8: held-out commune plans (`gửi … về X chậm nhất …`, entries opened by a start date), statutes ---

_ELECTION_PLAN = (
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "XÃ HÒA BÌNH", "BAN THƯỜNG TRỰC\nSố: 18/KH-MTTQ-BTT",
     "Hòa Bình, ngày 20 tháng 01 năm 2026"],
    ["KẾ HOẠCH", "Tổ chức hội nghị hiệp thương giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã",
     "I. MỤC ĐÍCH, YÊU CẦU", "Tổ chức hội nghị đúng quy định của pháp luật.",
     "II. NỘI DUNG",
     "1. Hội nghị lấy ý kiến cử tri",
     "- Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với Trưởng ban công tác Mặt trận thôn, "
     "để hướng dẫn việc tổ chức hội nghị cử tri nơi cư trú.",
     "- Từ ngày 05/02/2026 - 08/02/2026: Ban công tác Mặt trận thôn tổ chức hội nghị cử tri nơi cư trú.",
     "Lưu ý: Hội nghị lấy ý kiến cử tri nơi công tác cũng được tổ chức trong thời gian từ ngày 09/02/2026 đến "
     "ngày 11/02/2026 theo quy định tại Điều 54 của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân.",
     "III. HỒ SƠ, BIÊN BẢN",
     "1. Biên bản hội nghị (Bước 2):",
     "Các cơ quan, đơn vị và Ban CTMT thôn gửi toàn bộ biên bản về Ban Thường trực Ủy ban MTTQ xã chậm nhất "
     "17 giờ 00 ngày 25/01/2026.",
     "2. Danh sách cử tri: các thôn gửi danh sách về Ban Thường trực Ủy ban MTTQ xã chậm nhất 17h00’ ngày 28/01/2026.",
     "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình./."])


def test_an_entry_opened_by_a_start_date_whose_subject_is_long_before_its_verb(tmp_path):
    """Held-out commune plans (written in their style; no shared text has the shape): `- Từ ngày 04/02/2026: Ban
    Thường trực Ủy ban MTTQ Việt Nam xã họp với …` under a plan item that is no `Thời gian` heading is due that
    day, its verb standing past a long subject; a `Lưu ý:` that says a meeting `cũng được tổ chức … từ ngày … đến
    ngày …` is held then (due at the end), not a rule that applies from a date."""
    rows = {r.due_date: r for r in _word_document(tmp_path, "ke_hoach.docx", *_ELECTION_PLAN).deadlines}
    assert rows["2026-02-04"].surface == "Từ ngày 04/02/2026"
    assert rows["2026-02-04"].responsible == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    assert rows["2026-02-08"].surface == "Từ ngày 05/02/2026 - 08/02/2026"
    assert rows["2026-02-11"].surface == "từ ngày 09/02/2026 đến ngày 11/02/2026"
    assert "cũng được tổ chức" in rows["2026-02-11"].task


def test_files_sent_to_a_body_by_an_hour_of_a_day_under_an_items_label(tmp_path):
    """`1. Biên bản hội nghị (Bước 2):` ⏎ `Các cơ quan, đơn vị và Ban CTMT thôn gửi toàn bộ biên bản về Ban Thường
    trực Ủy ban MTTQ xã chậm nhất 17 giờ 00 ngày …`: the label on its own line is passed over to the subject; a
    clock with its minute mark (`17h00’`) belongs to the day after it; `các thôn` is a collective that acts."""
    rows = {r.due_date: r for r in _word_document(tmp_path, "ke_hoach.docx", *_ELECTION_PLAN).deadlines}
    minutes = rows["2026-01-25"]
    assert minutes.surface == "chậm nhất 17 giờ 00 ngày 25/01/2026"
    assert minutes.responsible == "Các cơ quan, đơn vị và Ban Công tác Mặt trận thôn"
    assert minutes.recipient == "Ban Thường trực Ủy ban Mặt trận Tổ quốc xã"
    voters = rows["2026-01-28"]
    assert voters.surface == "chậm nhất 17h00’ ngày 28/01/2026"
    assert voters.responsible == "Các thôn"
    assert voters.recipient == "Ban Thường trực Ủy ban Mặt trận Tổ quốc xã"


@needs_shared
def test_a_statutory_period_falls_to_the_party_that_receives_or_is_handed_what_it_counts_from():
    """src_tvplcrawl_21 (a resolution) L90, L92: `… là 60 ngày, kể từ ngày đương sự nhận được quyết định giải quyết
    khiếu nại`; src_tvplcrawl_9 (customs) L23: `không quá 02 giờ làm việc kể từ thời điểm cơ quan hải quan tiếp nhận
    đầy đủ hồ sơ`, L24: `… kể từ thời điểm người khai hải quan xuất trình đầy đủ hàng hóa cho cơ quan hải quan`."""
    resolution = {r.line: r.responsible for r in _rows(WILD, "src_tvplcrawl_21") if r.line in (90, 92)}
    assert resolution == {90: "Đương sự", 92: "Đương sự"}
    customs = {r.line: r.responsible for r in _rows(WILD, "src_tvplcrawl_9") if r.line in (23, 24)}
    assert customs == {23: "Cơ quan hải quan", 24: "Cơ quan hải quan"}


def test_the_subject_after_a_fronted_year_or_month(tmp_path):
    """fresh_19 L116–118 writes `Năm 2025, Bộ Nội vụ dự kiến tổ chức khảo sát …`: a year or month fronted before
    the subject is a time, not the recurrence `năm`."""
    doc = _word_document(tmp_path, "ke_hoach.docx", _ELECTION_PLAN[0],
                         ["KẾ HOẠCH", "Kiểm tra công tác bầu cử", "I. NỘI DUNG",
                          "1. Năm 2026, Ủy ban nhân dân xã dự kiến tổ chức kiểm tra các thôn, hoàn thành trong tháng 3/2026.",
                          "2. Tháng 3/2026, các thôn tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 25/3/2026.",
                          "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình./."])
    rows = {r.due_date: r for r in doc.deadlines}
    assert rows["2026-03-31"].responsible == "Ủy ban nhân dân xã"
    assert rows["2026-03-25"].responsible == "Các thôn"


@needs_shared
def test_a_fronted_period_followed_by_what_was_done_in_it_is_no_deadline():
    """fresh_26 (a province's report) L407: `Trong năm 2025, căn cứ các Quyết định công bố TTHC của bộ, ngành trung
    ương, Chủ tịch Ủy ban nhân dân tỉnh đã công bố 68 Quyết định …` tells what was done (the duty verb `công bố`
    before `đã` is a noun's modifier); fresh_19's `Trong tháng 01/2026, …` duties stay."""
    assert not [r for r in _rows(DEVSET, "fresh_26") if r.line == 407]
    assert [r.due_date for r in _rows(DEVSET, "fresh_19") if r.line == 114] == ["2026-01-31"]


@needs_shared
def test_a_date_followed_by_hang_nam_recurs_whatever_its_clauses_object():
    """src_congbot_1 (a city's decision) L100: `Lập dự toán kinh phí … báo cáo về Sở Lao động - Thương binh và Xã
    hội trước ngày 20 tháng 6 hàng năm.` — the budget words that keep `ngân sách hàng năm` from being a duty's
    period do not take the recurrence from a date it follows; L114 `… trước ngày 30 tháng 4 hàng năm (đối với
    báo cáo năm)` recurs yearly, not quarterly like the clause's `Hàng quý`."""
    rows = {r.line: r for r in _rows(WILD, "src_congbot_1") if r.due_date}
    assert (rows[100].due_date, rows[100].recurrence) == ("2012-06-20", "hàng năm")
    assert (rows[114].due_date, rows[114].recurrence) == ("2012-04-30", "hàng năm")


@needs_shared
def test_a_table_row_laid_out_one_cell_a_line_is_named_by_its_first_cell_of_words():
    """src_tvplcrawl_47 (a ministry's programme) L159: `| 1 | 37 | Luật Địa chất và Khoáng sản | - Cục Khoáng sản Việt
    Nam; … | Vụ Pháp chế | Tháng 02/2024 | Tháng 02/2024 |` reaches the deadline stage one cell a line: each date
    (submission to the minister, to the government) is the row's, not the paragraph's above the annex."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_47") if r.line == 159]
    assert [r.due_date for r in rows] == ["2024-02-29", "2024-02-29"]
    assert all(r.task == "Luật Địa chất và Khoáng sản" for r in rows)
    # pdftotext's side-by-side columns are no such row (fresh_06's `Giải Đồng Long` table)
    assert not [r for r in _rows(DEVSET, "fresh_06") if r.task.startswith("Giải 07g00")]


@needs_shared
def test_the_subject_after_a_time_that_follows_a_fronted_phrase():
    """fresh_44 (a provincial MTTQ guide) L71: `Căn cứ vào kết quả hiệp thương lần thứ nhất, chậm nhất là ngày 15
    tháng 12 năm 2025, Ủy ban Thường vụ Quốc hội tiến hành điều chỉnh …`."""
    rows = [r for r in _rows(DEVSET, "fresh_44") if r.line == 71]
    assert [r.responsible for r in rows] == ["Ủy ban Thường vụ Quốc hội"]


@needs_shared
def test_the_years_before_a_year_are_a_scope_not_a_time_to_act_by():
    """src_tvplcrawl_31 (a decree on land rent) L105: `Không thực hiện giảm trên số tiền thuê đất còn nợ của các năm
    trước năm 2025` — which years' debts, not a deadline; the decree's periods (`Chậm nhất 30 ngày …`) stay."""
    rows = _rows(WILD, "src_tvplcrawl_31")
    assert not [r for r in rows if r.line == 105]
    assert "30 ngày" in {r.recurrence for r in rows}


@pytest.mark.parametrize("form", ["docx", "mammoth"])
def test_the_subject_of_a_paragraph_word_numbers_itself_under_a_lead_in(tmp_path, form):
    """A list Word numbers itself (style `List Number`): in a converter's raw text it has no `1.`, so the
    paragraph runs on from the lead-in line above it: `Thời gian gửi biên bản, hồ sơ cụ thể như sau:` ⏎ `Báo cáo kết quả
    hội nghị cử tri: Các cơ quan, đơn vị và Ban CTMT thôn gửi báo cáo về … trước 16 giờ 30 ngày …` — the
    subject is the paragraph's own, not the plan's issuer."""
    doc = _plan_document(tmp_path, form, _ELECTION_PLAN[0],
                         ["KẾ HOẠCH", "Tổ chức hội nghị hiệp thương", "I. CHẾ ĐỘ BÁO CÁO",
                          "Thời gian gửi biên bản, hồ sơ cụ thể như sau:",
                          ("List Number", "Báo cáo kết quả hội nghị cử tri: Các cơ quan, đơn vị và Ban CTMT thôn gửi báo "
                                          "cáo về Ban Thường trực Ủy ban MTTQ xã trước 16 giờ 30 ngày 25/01/2026."),
                          ("List Number", "Danh sách cử tri của thôn: Gửi về Ủy ban bầu cử xã trước ngày 01/02/2026."),
                          "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình./."])
    rows = {r.due_date: r for r in doc.deadlines}
    assert rows["2026-01-25"].responsible == "Các cơ quan, đơn vị và Ban Công tác Mặt trận thôn"
    assert rows["2026-01-25"].recipient == "Ban Thường trực Ủy ban Mặt trận Tổ quốc xã"
    assert rows["2026-02-01"].recipient == "Ủy ban bầu cử xã"


@pytest.mark.parametrize("form", ["docx", "mammoth"])
def test_entries_opened_by_a_date_in_a_list_word_bullets_itself(tmp_path, form):
    """Word's own bullets (style `List Bullet`), written `-` by the DOCX reader and absent from a converter's raw
    text, where `Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với …` opens its line with no
    `-`: either way an entry due that day, its subject after
    the colon; under a party's heading (`1. Ban Thường trực Ủy ban MTTQ Việt Nam xã:`) likewise; a rate
    (`Từ ngày 01/02/2026: 100.000 đồng/người/buổi.`) is still none."""
    doc = _plan_document(tmp_path, form, _ELECTION_PLAN[0],
                         ["KẾ HOẠCH", "Tổ chức hội nghị hiệp thương", "I. NỘI DUNG",
                          ("List Number", "Hội nghị hiệp thương lần thứ nhất"),
                          ("List Bullet", "Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ Việt Nam xã họp với Trưởng ban "
                                          "công tác Mặt trận thôn, để hướng dẫn việc tổ chức hội nghị."),
                          ("List Bullet", "Từ ngày 05/02/2026 - 08/02/2026: Ban công tác Mặt trận thôn tổ chức hội nghị cử "
                                          "tri nơi cư trú."),
                          "II. TỔ CHỨC THỰC HIỆN", "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã:",
                          ("List Bullet", "Từ ngày 10/02/2026: Chủ trì họp với các tổ chức thành viên để thống nhất danh sách."),
                          "2. Mức chi hỗ trợ:", ("List Bullet", "Từ ngày 01/02/2026: 100.000 đồng/người/buổi."),
                          "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình./."])
    rows = {r.due_date: r for r in doc.deadlines}
    assert rows["2026-02-04"].surface == "Từ ngày 04/02/2026"
    assert rows["2026-02-04"].responsible == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã"
    assert rows["2026-02-08"].responsible == "Ban công tác Mặt trận thôn"
    assert rows["2026-02-10"].task.startswith("Chủ trì họp")
    assert "2026-02-01" not in rows


@pytest.mark.parametrize("form", ["docx", "mammoth"])
def test_a_comma_entry_of_a_timetable_word_bullets_itself(tmp_path, form):
    """Under `II. THỜI GIAN THỰC HIỆN`, Word's own bullets: `Ngày 12/02/2026, các thôn tổ chức hội nghị cử tri.`
    is an entry due that day, as with a typed `- `, whether the bullet is in the text or not."""
    doc = _plan_document(tmp_path, form, _ELECTION_PLAN[0],
                         ["KẾ HOẠCH", "Tổ chức hội nghị cử tri", "I. MỤC ĐÍCH, YÊU CẦU", "Tổ chức đúng quy định.",
                          "II. THỜI GIAN THỰC HIỆN",
                          ("List Bullet", "Ngày 10/02/2026: Tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam huyện."),
                          ("List Bullet", "Ngày 12/02/2026, các thôn tổ chức hội nghị cử tri."),
                          "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình./."])
    rows = {r.due_date: r for r in doc.deadlines}
    assert rows["2026-02-12"].surface == "Ngày 12/02/2026"
    assert rows["2026-02-12"].responsible == "Các thôn"
    assert rows["2026-02-10"].recipient == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện"


@needs_shared
def test_a_task_leaves_out_a_legal_databases_notes_and_the_commas_around_its_time():
    """src_tvplcrawl_29 L98: `[Khoản này được hướng dẫn bởi Mục 3 Chương II Thông tư 06/2024/TT-BQP có hiệu lực từ
    ngày 10/03/2024] Trước ngày 31 tháng 8 hằng năm, Bộ Quốc phòng, Bộ Công an báo cáo …`: the note is the
    database's, not the decree's; src_tvplcrawl_36 L67 `…, trong thời hạn 15 ngày, kể từ …` leaves one
    comma where the time was taken out."""
    decree = [r for r in _rows(WILD, "src_tvplcrawl_29") if r.line == 98]
    # (`hằng năm` after the date is the surface's, as the keys write it: src_tvplcrawl_17 L98)
    assert decree and decree[0].task.startswith("Bộ Quốc phòng, Bộ Công an báo cáo")
    assert decree[0].surface == "Trước ngày 31 tháng 8 hằng năm"
    tasks = [r.task for r in _rows(WILD, "src_tvplcrawl_36")]
    assert tasks and not [t for t in tasks if ", ," in t or "[" in t]


@needs_shared
def test_the_subject_after_a_fronted_yearly_date():
    """src_tvplcrawl_29 L98, src_tvplcrawl_46 L154: `Trước ngày 31 tháng 8 hằng năm, Bộ Quốc phòng, Bộ Công an báo cáo
    Thủ tướng Chính phủ …` — the yearly words between the date and its comma do not hide the subject."""
    for stem, line, yearly in (("src_tvplcrawl_29", 98, "hằng năm"), ("src_tvplcrawl_46", 154, "hàng năm")):
        rows = [r for r in _rows(WILD, stem) if r.line == line]
        assert [(r.recurrence, r.responsible) for r in rows] == [(yearly, "Bộ Quốc phòng, Bộ Công an")]


@needs_shared
def test_a_notice_goes_to_the_people_its_purpose_names(tmp_path):
    """fresh_40 L77: `thông báo đầy đủ, sớm trước 05 ngày về tóm tắt tiểu sử của người ứng cử, … trên các phương tiện
    thông tin đại chúng để cử tri được biết` — the notice is for the voters (the devset key's recipient); a plan's
    `niêm yết danh sách … trước ngày … để Nhân dân biết` likewise."""
    rows = [r for r in _rows(DEVSET, "fresh_40") if r.line == 77]
    assert [(r.recurrence, r.recipient) for r in rows] == [("05 ngày", "Cử tri")]
    doc = _word_document(tmp_path, "ke_hoach.docx", _ELECTION_PLAN[0],
                         ["KẾ HOẠCH", "Niêm yết danh sách cử tri", "I. NỘI DUNG",
                          "1. Ủy ban nhân dân xã niêm yết, thông báo danh sách cử tri tại trụ sở trước ngày 05/02/2026 "
                          "để Nhân dân biết và kiểm tra.",
                          "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình./."])
    assert [r.recipient for r in doc.deadlines if r.due_date == "2026-02-05"] == ["Nhân dân"]


@needs_shared
def test_the_party_after_a_period_and_the_moment_it_counts_from():
    """src_tvplcrawl_63 (a decree) L411: `d) Trong thời hạn 02 ngày làm việc kể từ ngày nhận được hồ sơ trình của Sở
    Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định phê duyệt` (not the body whose file it
    receives); src_tvplcrawl_61 L46: `…, nếu hồ sơ chưa hợp lệ, chậm nhất 08 giờ làm việc kể từ khi hệ thống tiếp
    nhận, cơ quan đăng ký tàu biển hướng dẫn …`; a subject no list of parties knows is read up to its modal
    (src_tvplcrawl_62 L600 `…, cấp trên trực tiếp phải xem xét quyết định và thông báo cho người đã ra quyết định xử
    phạt, người có văn bản đề nghị …`), and no party past the predicate is (src_congbot_7 L839 `…, có văn bản đề
    nghị Cục Chính sách, Tổng cục Chính trị …`)."""
    decree = {r.line: r.responsible for r in _rows(WILD, "src_tvplcrawl_63") if r.line in (411, 416)}
    assert decree == {411: "Chủ tịch Ủy ban nhân dân cấp tỉnh", 416: "Chủ tịch Ủy ban nhân dân cấp tỉnh"}
    ships = [r.responsible for r in _rows(WILD, "src_tvplcrawl_61") if r.line == 46]
    assert ships and set(ships) == {"Cơ quan đăng ký tàu biển"}
    assert [r.responsible for r in _rows(WILD, "src_tvplcrawl_62") if r.line == 600] == ["Cấp trên trực tiếp"]
    # after a comma before `kể từ` whose moment opens with a body (src_tvplcrawl_36 L159 `3. Trong thời hạn 05 ngày làm
    # việc, kể từ ngày Hội đồng xử lý trình phương án …, Cục trưởng Cục Hải quan quyết định …`); under a heading that
    # names another body (src_congbot_9 L117 `…, Phòng Nội vụ hoàn thành việc kiểm tra hồ sơ …`)
    assert [r.responsible for r in _rows(WILD, "src_tvplcrawl_36") if r.line == 159] == ["Cục trưởng Cục Hải quan"]
    assert [r.responsible for r in _rows(WILD, "src_congbot_9") if r.line == 117] == ["Phòng Nội vụ"]
    martyrs = [r.responsible for r in _rows(WILD, "src_congbot_7") if r.line == 839]
    assert martyrs and "Tổng cục Chính trị" not in martyrs


@needs_shared
def test_the_closing_mark_of_a_letters_last_sentence_is_no_part_of_a_deadlines_task():
    # `… báo cáo kết quả thực hiện về Bộ GDĐT (Vụ Giáo dục Tiểu học, email: …) ./.`, the letter's last words
    rows = [r for r in _rows(SHARED / "wild", "src_teacher2_1") if "Vụ Giáo dục Tiểu học" in r.task]
    assert rows and all(r.task.endswith(")") for r in rows), [r.task for r in rows]


def test_how_long_a_certificate_stays_valid_is_no_deadline():
    """A school's notice of its selection for a national contest (held-out shape, written as such notices are): `Có
    chứng chỉ IELTS đạt từ 7.0 trở lên (còn thời hạn trong vòng 2 năm kể từ ngày thi)` says how long the certificate
    stays valid, no period to act within (before: a row with `2 năm`); the registration date stays."""
    text = ("TRƯỜNG THPT CHUYÊN HÒA BÌNH\nSố: 45/TB-THPT\nHòa Bình, ngày 20 tháng 7 năm 2017\nTHÔNG BÁO\nVề kỳ thi chọn "
            "đội tuyển học sinh giỏi quốc gia\n1. Đội tuyển tiếng Anh:\n- Thời gian đăng ký dự thi: trước ngày 5/8/2017\n"
            "- Điều kiện đăng ký dự thi: Học lực giỏi, hạnh kiểm tốt. Có chứng chỉ IELTS đạt từ 7.0 trở lên (còn thời hạn "
            "trong vòng 2 năm kể từ ngày thi).\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.recurrence) for r in rows] == [("2017-08-05", "")]
