"""Deadlines, round 13: a participle in a label before its colon, passive minutes whose owner follows `của`, a thin
time line under its event, the time expressions users write (a range whose first day is bare or joined by a dash,
a day of each month, a yearly date, an event's verb), and a heading a PDF's text breaks into paragraphs."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text

from .test_deadlines import DEVSET, WILD, _rows, needs_shared

# a commune's plan, the way its header and its `Tổ chức thực hiện` part are written
_COMMUNE_PLAN = ("ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH\nSố: 45/KH-UBND\nLương Minh, ngày 10 tháng 10 năm 2025\n\nKẾ HOẠCH\n"
                 "Tổ chức hội nghị nhân dân năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")
_FIRST_LINE = _COMMUNE_PLAN.count("\n") + 1


def _by_line(body: str) -> dict[int, list]:
    rows: dict[int, list] = {}
    for row in parse_text(_COMMUNE_PLAN + body)[0].deadlines:
        rows.setdefault(row.line - _FIRST_LINE + 1, []).append(row)
    return rows


def test_a_participle_in_a_label_is_no_report_of_the_past():
    """`đã` inside the noun phrase of a label before its colon describes the thing handed in (`Hồ sơ đã hoàn
    thiện:`); as the verb's tense of a clause (`Nhà trường đã tổ chức …`) it reports what was done. The labels gave
    no row before."""
    rows = _by_line(
        "1. Rà soát danh sách cử tri\n"
        "- Danh sách cử tri đã được rà soát: gửi về Ủy ban nhân dân xã trước ngày 15/3/2026.\n"
        "- Hồ sơ đã hoàn thiện: nộp về Văn phòng Ủy ban nhân dân xã trước ngày 20/3/2026.\n"
        "- Biên bản đã ký: gửi về Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã trước ngày 22/3/2026.\n"
        "2. Kết quả năm trước\n"
        "Ủy ban nhân dân xã đã tổ chức hội nghị nhân dân ngày 12/9/2025.\n"
        "- Các thôn đã gửi: biên bản hội nghị trước ngày 30/9/2025.\n")
    assert [r.due_date for line in (2, 3, 4) for r in rows[line]] == ["2026-03-15", "2026-03-20", "2026-03-22"]
    assert rows[2][0].recipient == "Ủy ban nhân dân xã"
    assert rows[3][0].recipient == "Văn phòng Ủy ban nhân dân xã"
    assert 6 not in rows and 7 not in rows  # a clause's tense; a party, not a thing, before `đã`


def test_passive_minutes_are_sent_by_their_owner_after_cua():
    """`Biên bản hội nghị của Ban công tác Mặt trận thôn gửi về …`: the subject is a thing handed in, its owner
    after `của` runs straight into the verb; it took the plan's own commune before."""
    rows = _by_line(
        "- Biên bản hội nghị của Ban công tác Mặt trận thôn gửi về Ban Thường trực trước 17 giờ ngày 25/3/2026.\n"
        "- Báo cáo kết quả của các thôn gửi về Ủy ban nhân dân xã trước ngày 28/3/2026.\n"
        "- Kế hoạch tuyên truyền gửi về Ủy ban nhân dân xã trước ngày 30/3/2026.\n")
    assert rows[1][0].responsible == "Ban công tác Mặt trận thôn"
    assert rows[1][0].recipient == "Ban Thường trực"
    assert rows[2][0].responsible == "Các thôn"
    assert rows[3][0].responsible == "Ủy ban nhân dân xã Lương Minh"  # no owner: the plan's own body


@needs_shared
def test_an_owner_with_a_relative_clause_names_no_sender():
    """fresh_44 (an election guidance) L261: `Biên bản hội nghị cử tri nơi công tác … của cơ quan, tổ chức, đơn vị
    … phải được chuyển đến …`: the owner's name does not run into the verb, so nobody is made its sender."""
    rows = [r for r in _rows(DEVSET, "fresh_44") if r.line == 261]
    assert [r.responsible for r in rows] == [""]


def test_a_thin_time_line_takes_the_event_above_its_fields():
    """A time line holding nothing but the time (`- Thời gian: 7 giờ 30, ngày 14/3/2026 (thứ Bảy).`) under the line
    that names the event: the event is the task, not the part heading above (`TỔ CHỨC THỰC HIỆN`, before)."""
    rows = _by_line(
        "Ủy ban nhân dân xã tổ chức Hội nghị tổng kết công tác dân vận năm 2025 như sau:\n"
        "- Thời gian: 7 giờ 30, ngày 14/3/2026 (thứ Bảy).\n"
        "- Địa điểm: Hội trường Ủy ban nhân dân xã.\n"
        "- Thành phần: Đại diện lãnh đạo các ban, ngành, đoàn thể xã.\n"
        "Hội nghị cử tri nơi cư trú\n"
        "Địa điểm: Nhà văn hóa các thôn.\n"
        "Thời gian: 14 giờ 00, ngày 15/3/2026 (Chủ nhật).\n")
    assert rows[2][0].task == "Ủy ban nhân dân xã tổ chức Hội nghị tổng kết công tác dân vận năm 2025"
    assert rows[2][0].due_date == "2026-03-14"
    assert rows[7][0].task == "Hội nghị cử tri nơi cư trú"


@needs_shared
def test_a_time_line_under_an_items_paragraphs_keeps_the_items_heading():
    """fresh_35 L61: `- Thời gian hoàn thành: Dự kiến tháng 11/2025 (…)` under item 1.1's paragraphs (`- Các văn
    bản hướng dẫn … khu dân cư.`): the heading says what, the paragraphs how (the key's task)."""
    rows = [r for r in _rows(DEVSET, "fresh_35") if r.line == 61]
    assert rows and rows[0].task.startswith("Xây dựng và ban hành Hướng dẫn của Ban Thường trực")


def test_a_range_whose_first_day_is_bare_or_joined_by_a_dash():
    """`từ ngày 15 đến ngày 20/01/2026` (the first day shares the month of the last) gave no row; `từ ngày 15 -
    20/12/2025` left its `từ` out and its verb took the task of the line above."""
    rows = _by_line(
        "- Các thôn tổ chức họp dân từ ngày 15 đến ngày 20/01/2026.\n"
        "- Tổ chức kiểm tra từ ngày 15 - 20/12/2025.\n"
        "- Tổ chức hội nghị vào thứ Sáu, ngày 12/12/2025.\n"
        "- Tổ chức kiểm tra ngày 15-20/12/2025.\n")
    assert (rows[1][0].surface, rows[1][0].due_date) == ("từ ngày 15 đến ngày 20/01/2026", "2026-01-20")
    assert rows[1][0].task == "Các thôn tổ chức họp dân" and rows[1][0].responsible == "Các thôn"
    assert rows[2][0].due_date == "2025-12-20" and rows[2][0].task == "Tổ chức kiểm tra"
    assert rows[4][0].task == "Tổ chức kiểm tra"  # was `Tổ chức hội nghị vào thứ Sáu, ngày 12/12/2025`


def test_a_day_of_each_month_and_a_yearly_date_are_their_surface():
    """`chậm nhất ngày 5 hằng tháng`: the day each month is the surface, not the task's; `trước ngày 10/01 hằng
    năm`: the keys write `hằng năm` in the surface (src_tvplcrawl_17 L98), the task was left with it."""
    rows = _by_line(
        "- Các thôn báo cáo tình hình chậm nhất ngày 5 hằng tháng.\n"
        "- Các ban, ngành gửi báo cáo năm trước ngày 10/01 hằng năm.\n")
    monthly, yearly = rows[1][0], rows[2][0]
    assert (monthly.surface, monthly.recurrence, monthly.due_date) == ("chậm nhất ngày 5 hằng tháng", "hằng tháng", "")
    assert monthly.task == "Các thôn báo cáo tình hình"
    assert (yearly.surface, yearly.recurrence) == ("trước ngày 10/01 hằng năm", "hằng năm")
    assert yearly.task == "Các ban, ngành gửi báo cáo năm"


@pytest.mark.parametrize("line, surface, due", [
    ("- Các trường gửi báo cáo trước 16h00 ngày 20/12/2025.", "trước 16h00 ngày 20/12/2025", "2025-12-20"),
    ("- Hoàn thành việc sửa chữa nhà văn hóa trong quý I/2026.", "trong quý I/2026", "2026-03-31"),
    ("- Các trường nộp hồ sơ trước ngày 30 tháng 6 năm 2026.", "trước ngày 30 tháng 6 năm 2026", "2026-06-30"),
    ("- Tổ chức tuyên truyền từ ngày 01/3/2026 đến hết ngày 15/3/2026.", "từ ngày 01/3/2026 đến hết ngày 15/3/2026",
     "2026-03-15"),
    ("- Tổ chức tổng kết trong tháng 02 năm 2026.", "trong tháng 02 năm 2026", "2026-02-28"),
    ("- Các tổ chuyên môn gửi kế hoạch trước 10 giờ, thứ Hai, ngày 15/12/2025.",
     "trước 10 giờ, thứ Hai, ngày 15/12/2025", "2025-12-15"),
])
def test_the_time_expressions_users_write(line, surface, due):
    """The shapes the genre writes its times in, each read whole (these were read before this round: a guard)."""
    rows = _by_line(line + "\n")
    assert [(r.surface, r.due_date) for r in rows[1]] == [(surface, due)]


def test_a_recurrence_list_is_one_row_a_period():
    """`định kỳ 6 tháng, hằng năm`: one row for each period, the subject the clause's."""
    rows = _by_line("- Công chức Văn phòng - Thống kê tổng hợp báo cáo định kỳ 6 tháng, hằng năm.\n")
    assert [r.recurrence for r in rows[1]] == ["6 tháng", "hằng năm"]
    assert {r.responsible for r in rows[1]} == {"Công chức Văn phòng - Thống kê"}


@needs_shared
def test_an_events_verb_stays_in_its_task_and_a_weekday_aside_leaves_it():
    """src_congbot_19 (a school-year decision) L21: `Riêng đối với lớp 1 tựu trường ngày 19/8/2024 (thứ Hai).`
    gave the task `Riêng đối với lớp 1 (thứ Hai)`."""
    rows = [r for r in _rows(WILD, "src_congbot_19") if r.line == 21 and r.due_date == "2024-08-19"]
    assert [r.task for r in rows] == ["Riêng đối với lớp 1 tựu trường"]


@needs_shared
def test_a_heading_broken_into_paragraphs_is_the_task_whole():
    """fresh_44 L41–43 (a PDF's text): `Tổ chức hội nghị hiệp thương lần thứ nhất …, ` ⏎⏎ `đại biểu Hội đồng nhân
    dân(Thực hiện từ ngày 01/12 đến ngày 10/12/2025)` gave `Đại biểu Hội đồng nhân dân`; L115–119 `Các cơ quan, tổ
    chức, đơn vị giới thiệu` ⏎⏎ `người ứng cử …` ⏎⏎ `(Từ ngày 17/12/2025 …)` gave `Người ứng cử …`."""
    rows = {r.line: r.task for r in _rows(DEVSET, "fresh_44")}
    assert rows[43].startswith("Tổ chức hội nghị hiệp thương lần thứ nhất để thoả thuận về cơ cấu")
    assert rows[43].endswith("đại biểu Hội đồng nhân dân")
    assert rows[119] == "Các cơ quan, tổ chức, đơn vị giới thiệu người ứng cử đại biểu Quốc hội, đại biểu Hội đồng nhân dân"


def test_a_heading_that_gives_a_party_its_duties_without_a_colon():
    """`1. Tổ trưởng chuyên môn có nhiệm vụ` over its points (no colon: the heading does not lead a list in form) took
    the plan's own body; src_congbot_1 (a city's regulation) writes its articles so: `Điều 7. Phòng Lao động -
    Thương binh và Xã hội quận - huyện có nhiệm vụ` ⏎ `5. Hàng tháng kiểm tra, rà soát … trước ngày 22 hàng tháng`."""
    rows = _by_line(
        "1. Tổ trưởng chuyên môn có nhiệm vụ\n"
        "a) Xây dựng kế hoạch hoạt động của tổ theo tuần, tháng, năm học.\n"
        "b) Tổng hợp kết quả đánh giá giáo viên của tổ gửi về Hiệu trưởng trước ngày 25/5/2026.\n")
    assert rows[3][0].responsible == "Tổ trưởng chuyên môn"
    assert rows[3][0].recipient == "Hiệu trưởng"


@needs_shared
def test_an_articles_heading_names_the_party_of_its_duties():
    """(L104 writes its recurrence twice, `Hàng tháng kiểm tra, rà soát … báo cáo … trước ngày 22 hàng tháng`: one
    duty, one row, the one that says on which day; it gave two.)"""
    rows = [r for r in _rows(WILD, "src_congbot_1") if r.line == 104]
    assert [(r.surface, r.recurrence, r.responsible) for r in rows] == [
        ("trước ngày 22 hàng tháng", "hàng tháng", "Phòng Lao động - Thương binh và Xã hội quận - huyện")]


@needs_shared
def test_a_task_keeps_no_space_before_the_comma_its_period_left():
    """src_tvplcrawl_36 L57: `Thời hạn để chủ hàng hóa đến nhận là 90 ngày, kể từ ngày thông báo lần đầu` gave the
    task `Thời hạn để chủ hàng hóa đến nhận , kể từ …` once the period was taken out (since round 14 the moment the
    period counts from, which ends the clause, leaves the task with it)."""
    tasks = [r.task for r in _rows(WILD, "src_tvplcrawl_36") if r.line == 57]
    assert "Thời hạn để chủ hàng hóa đến nhận" in tasks
    assert not any(" ," in task for task in tasks)


_INVITATION = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG
Số: 125/GM-PGDĐT
Đức Trọng, ngày 05 tháng 12 năm 2025

GIẤY MỜI
Dự Hội nghị sơ kết học kỳ I năm học 2025-2026

Phòng Giáo dục và Đào tạo trân trọng kính mời:
- Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện.
Đến dự Hội nghị sơ kết học kỳ I năm học 2025-2026.
- Thời gian: 07 giờ 30 phút, thứ Năm, ngày 18/12/2025.
- Địa điểm: Hội trường Phòng Giáo dục và Đào tạo.
Rất mong quý vị đến dự đúng thời gian./.
"""


def test_an_invitations_time_line_is_the_meeting_its_invitees_attend():
    """An education office's `Giấy mời`: the time line's task is the meeting the line above it names (it was
    `Thời gian`), its responsible the invitees under `… trân trọng kính mời:` (it was the inviter's lead-in read as
    a name, `Phòng Giáo dục và Đào tạo trân trọng kính mời`)."""
    rows = parse_text(_INVITATION)[0].deadlines
    assert [(r.due_date, r.task) for r in rows] == [("2025-12-18", "Đến dự Hội nghị sơ kết học kỳ I năm học 2025-2026")]
    assert rows[0].responsible.startswith("Hiệu trưởng các trường")


def test_a_word_timetable_gives_each_row_its_responsible_column(tmp_path):
    """A school plan's timetable typed as a Word table (`Thời gian | Nội dung công việc | Người thực hiện`), made with
    python-docx and read back: each row's party is its `Người thực hiện` cell (it was the school itself), its task
    the `Nội dung công việc` cell alone (the party's cell was read into it)."""
    import docx

    document = docx.Document()
    for line in ["TRƯỜNG THCS TRƯỜNG CHINH", "Số: 95/KH-TC", "Tân Bình, ngày 04 tháng 9 năm 2025", "KẾ HOẠCH",
                 "Thực hiện quy chế dân chủ ở cơ sở năm học 2025-2026", "IV. LỊCH THỰC HIỆN"]:
        document.add_paragraph(line)
    rows = [("Thời gian", "Nội dung công việc", "Người thực hiện"),
            ("Tháng 9/2025", "Tổ chức Hội nghị cán bộ, công chức, viên chức", "Hiệu trưởng"),
            ("Tháng 10/2025", "Kiểm tra hồ sơ chuyên môn giáo viên", "Phó Hiệu trưởng, Tổ trưởng chuyên môn"),
            ("Trước ngày 20/11/2025", "Hoàn thành hồ sơ thi đua học kỳ I", "Tổ văn phòng")]
    table = document.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    document.add_paragraph("Trên đây là kế hoạch của nhà trường./.")
    path = tmp_path / "ke_hoach.docx"
    document.save(path)
    found = [(r.due_date, r.task, r.responsible) for r in parse_file(str(path))[0].deadlines]
    assert found == [("2025-09-30", "Tổ chức Hội nghị cán bộ, công chức, viên chức", "Hiệu trưởng"),
                     ("2025-10-31", "Kiểm tra hồ sơ chuyên môn giáo viên", "Phó Hiệu trưởng, Tổ trưởng chuyên môn"),
                     ("2025-11-20", "Hoàn thành hồ sơ thi đua học kỳ I", "Tổ văn phòng")]


@needs_shared
def test_a_ministrys_list_of_drafts_gives_each_row_its_drafting_unit():
    """src_tvplcrawl_47 (a ministry's action programme) Phụ lục 01, L156 `| STT | | Tên văn bản | Đơn vị chủ trì soạn
    thảo | …`: L160 `Nghị định quy định chi tiết thi hành Luật Đất đai | Vụ Đất đai | … | Tháng 9/2024` had no
    responsible; L159's cell of two units gave only the first."""
    rows = {r.line: r for r in _rows(WILD, "src_tvplcrawl_47")}
    assert rows[160].responsible == "Vụ Đất đai"
    assert rows[160].task == "Nghị định quy định chi tiết thi hành Luật Đất đai"
    assert rows[159].responsible == "Cục Khoáng sản Việt Nam; Cục Địa chất Việt Nam"
