"""Deadlines under headings and lead-ins: the subject of a lead-in under a topic heading (on its line or its own)
timing the points below, a bullet or a heading that names a party leading the duties after it (with or without a
colon, an article's heading), a heading broken into paragraphs read whole, a wrapped point that is no heading, and a
later sentence or paragraph of a point taking the point's subject. Real sentences of ../shared (file and line in a
comment), or sentences written as such plans and letters write them (said so in the comment)."""
from __future__ import annotations

from pipeline.api import parse_text

from .conftest import DEVSET, WILD
from .test_deadline_time_expressions import _by_line, _LETTER
from .test_deadlines import _rows, needs_shared


@needs_shared
def test_the_subject_of_a_lead_in_under_a_topic_heading_times_its_points():
    """src_tvplcrawl_9 (a customs letter) L28-29: `7. Về khai bổ sung Người khai hải quan xác định có sai sót trong việc
    khai hải quan được thực hiện khai bổ sung trong các trường hợp sau đây:` over `7.2. Đối với hàng hóa đã được thông
    quan: trong thời hạn 60 ngày kể từ ngày thông quan …` — the lead-in's subject, past the topic `Về …` (the legal
    database runs the heading into its text) and before its verb `xác định`, which no list holds (the gold key's
    party)."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_9") if r.line == 29]
    assert [(r.recurrence, r.responsible) for r in rows] == [("60 ngày", "Người khai hải quan")]


def test_a_topic_headings_lead_in_on_its_own_line():
    """The same shape as Word keeps it, the topic heading on its own line: a guidance letter's `2. Về báo cáo định kỳ`
    ⏎ `Các trường thực hiện chế độ báo cáo như sau:` ⏎ `a) Báo cáo sơ kết học kỳ I: trước ngày 15/01/2026.`"""
    text = _LETTER + ("2. Về báo cáo định kỳ\nCác trường thực hiện chế độ báo cáo như sau:\n"
                      "a) Báo cáo sơ kết học kỳ I: trước ngày 15/01/2026.\n"
                      "b) Báo cáo tổng kết năm học: trước ngày 31/5/2026.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.responsible) for r in rows] == [("2026-01-15", "Các trường"), ("2026-05-31", "Các trường")]


@needs_shared
def test_a_bullet_that_names_a_party_leads_the_duties_after_it():
    """src_tvplcrawl_20 (a provincial decision whose list levels were flattened) L24-35: `2 - Sở Lao động, Thương binh
    và Xã hội có trách nhiệm.` ⏎ `- … ` ⏎ `- Hàng năm lập dự toán … gửi Sở Tài chính thẩm định …`; `- Uỷ ban nhân dân các
    huyện, thành phố:` ⏎ `- …` ⏎ `- Hàng năm lập dự toán kinh phí bảo đảm xã hội … gửi Sở Lao động-Thương binh và Xã
    hội …` — each yearly estimate falls to the party of the bullet that leads it."""
    rows = {r.line: r for r in _rows(WILD, "src_tvplcrawl_20")}
    assert (rows[27].recurrence, rows[27].responsible) == ("Hàng năm", "Sở Lao động, Thương binh và Xã hội")
    assert (rows[35].recurrence, rows[35].responsible) == ("Hàng năm", "Ủy ban nhân dân các huyện, thành phố")


@needs_shared
def test_a_wrapped_point_is_no_heading():
    """The outline takes a wrapped point's first line for its heading; the sentence runs on over the wrap
    (fresh_30 L147 `h) Hàng năm, Quỹ phải báo cáo tình hình tổ chức, hoạt động và tài` ⏎ `chính với Sở Tài chính …
    trước ngày 31` ⏎ `tháng 12.`; fresh_27 L174 `a) Văn bản yêu cầu các hội: Hiệp hội Vận tải ô tô, …, Hiệp hội` ⏎
    `Nước mắm Phan Thiết, … hoàn thành` ⏎ `tổ chức đại hội nhiệm kỳ chậm nhất ngày 31/12/2024.`)."""
    rows = [r for r in _rows(DEVSET, "fresh_30") if r.due_date.endswith("-12-31") and r.task.startswith("Hàng năm, Quỹ phải")]
    assert [r.recipient for r in rows] == ["Sở Tài chính; Ủy ban nhân dân tỉnh"]
    rows = [r for r in _rows(DEVSET, "fresh_27") if r.line == 176]
    assert [(r.task[:24], r.responsible[:8]) for r in rows] == [("Văn bản yêu cầu các hội:", "Các hội:")]


@needs_shared
def test_a_period_that_opens_a_later_sentence_takes_the_points_subject():
    """Nghị định on people with merit (src_congbot_7): a point's second sentence opens with its period and leaves its
    subject out — L321 `c) Ủy ban nhân dân cấp huyện trong thời gian 05 ngày làm việc … có văn bản đề nghị …. Trong
    thời gian 12 ngày kể từ ngày tiếp nhận bản trích lục hồ thương binh, có trách nhiệm kiểm tra …`, L381 `e) Bộ Lao
    động - Thương binh và Xã hội thực hiện …. Trong thời gian 20 ngày kể từ ngày nhận quyết định cấp bằng, có trách
    nhiệm in, …`: the point's subject (both were empty). The period of the first sentence keeps its own."""
    rows = {(r.line, r.surface): r.responsible for r in _rows(WILD, "src_congbot_7")}
    assert rows[(321, "Trong thời gian 12 ngày")] == "Ủy ban nhân dân cấp huyện"
    assert rows[(321, "trong thời gian 05 ngày làm việc")] == "Ủy ban nhân dân cấp huyện"
    assert rows[(381, "Trong thời gian 20 ngày")] == "Bộ Lao động - Thương binh và Xã hội"


@needs_shared
def test_a_heading_read_to_a_head_alone_gives_its_rows_no_party():
    """fresh_44 L187 `2.5.1 Người chủ trì hội nghị tuyên bố lí do, …` heads the block whose time lines L253 (`Chậm
    nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026, nguời ứng cử phải hoàn thành …`) and L261 (minutes `phải được
    chuyển đến …`) stand in: its name reader stops at `chủ trì`, and `Người` alone names no one."""
    rows = {r.line: r for r in _rows(DEVSET, "fresh_44")}
    assert rows[253].due_date == rows[261].due_date == "2026-02-01"
    assert rows[253].responsible != "Người" and rows[261].responsible != "Người"


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
def test_a_later_paragraph_of_a_point_takes_the_subject_of_the_points_opening():
    """src_congbot_7 (a decree on people with merit, one paragraph a line) L411–417: `b) Ủy ban nhân dân cấp xã nơi
    người đề nghị thường trú trong thời gian 05 ngày làm việc …, có trách nhiệm …` ⏎ `Trường hợp … thì …` ⏎ `Trong
    thời gian 05 ngày làm việc kể từ ngày nhận danh sách …, có trách nhiệm niêm yết …`: the subject left out is the
    point's; L2849–2851 the same under `c) Phòng Lao động - Thương binh và Xã hội nơi quản lý mộ liệt sĩ:`."""
    rows = {(r.line, r.recurrence): r.responsible for r in _rows(WILD, "src_congbot_7") if r.line in (417, 2851)}
    assert rows[(417, "05 ngày làm việc")] == "Ủy ban nhân dân cấp xã"
    assert rows[(2851, "02 ngày làm việc")] == "Phòng Lao động - Thương binh và Xã hội"


@needs_shared
def test_a_heading_that_only_says_when_and_where_times_the_plans_own_event():
    """fresh_06 L61–62: `2. Thời gian - Địa điểm` ⏎ `- Từ ngày 10 tháng 11 năm 2025 đến ngày 28 tháng 11 năm 2025.`: the
    event timed is the plan's own (its title, as the devset's key writes the task), not the label `Thời gian - Địa
    điểm`."""
    rows = [r for r in _rows(DEVSET, "fresh_06") if r.line == 62]
    assert [r.due_date for r in rows] == ["2025-11-28"]
    assert rows[0].task.startswith("Tổ chức truyền thông và Cuộc thi Sáng tạo nội dung")


def test_time_and_place_part_of_a_school_meeting_plan():
    """A school's plan for its staff meeting, written as such plans are: `II. THỜI GIAN, ĐỊA ĐIỂM` ⏎ `- Thời gian: 14
    giờ 00, thứ Sáu ngày 04/10/2024.`"""
    text = ("PHÒNG GD&ĐT QUẬN HOÀNG MAI\nTRƯỜNG MẦM NON HOA SEN\nSố: 18/KH-MNHS\nKẾ HOẠCH\nTổ chức Hội nghị cán bộ, "
            "viên chức, người lao động năm học 2024 - 2025\nI. MỤC ĐÍCH, YÊU CẦU\nPhát huy quyền làm chủ của cán bộ, "
            "viên chức.\nII. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 14 giờ 00, thứ Sáu ngày 04/10/2024.\n"
            "- Địa điểm: Phòng họp nhà trường.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.task) for r in rows] == \
        [("2024-10-04", "Tổ chức Hội nghị cán bộ, viên chức, người lao động năm học 2024 - 2025")]


def test_an_event_named_with_a_bodys_head_does_not_act():
    """A school's plan: `1. Hội thi giáo viên dạy giỏi cấp trường:` ⏎ `a) Thời gian: từ ngày 21/10/2024 đến ngày
    08/11/2024.` — `Hội thi` (a contest) opens with `Hội` as an association does, but holds nothing: the school does."""
    text = ("TRƯỜNG THCS NGUYỄN DU\nSố: 35/KH-THCS\nKẾ HOẠCH\nTổ chức các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam "
            "20/11/2024\nII. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN\n1. Hội thi giáo viên dạy giỏi cấp trường:\n"
            "a) Thời gian: từ ngày 21/10/2024 đến ngày 08/11/2024.\nb) Thành phần: Toàn thể giáo viên.\n"
            "2. Hội trại truyền thống:\na) Thời gian: ngày 15/11/2024.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.task, r.responsible) for r in rows] == [
        ("2024-11-08", "Hội thi giáo viên dạy giỏi cấp trường", "Trường THCS Nguyễn Du"),
        ("2024-11-15", "Hội trại truyền thống", "Trường THCS Nguyễn Du")]
