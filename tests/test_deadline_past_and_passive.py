"""Who does a passive or past-looking duty: a participle in a label that is no report of the past, minutes sent by
their owner after `của` (and an owner with a relative clause that names no sender), a passive duty falling to the
party a letter's closing asks, and a closing that asks for help or a numbered request naming no doer. Sentences
written as commune plans and office letters write them, and real sentences of ../shared (file and line in a
comment)."""
from __future__ import annotations

from pipeline.api import parse_text

from .conftest import DEVSET
from .test_deadline_time_expressions import _by_line
from .test_deadlines import _rows, needs_shared


_OFFICE = ("UBND QUẬN TÂN BÌNH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: {number}\nTân Bình, ngày 15 tháng 9 năm 2025\n\n{kind}\n"
           "{title}\n\n")


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


def test_a_passive_duty_falls_to_the_party_the_closing_asks():
    """An education office's guidance and plan write the schools' duties without their agent (`Hồ sơ đăng ký dự thi
    nộp về Phòng …`, `Báo cáo sơ kết học kỳ I gửi về Phòng Giáo dục và Đào tạo trước ngày …`) and name who carries
    them out in the closing (`… đề nghị Hiệu trưởng các trường … triển khai thực hiện./.`). A guidance named nobody;
    a plan gave its own issuer, the office the reports go to. The office's own activity stays its own."""
    closing = "Nhận được văn bản này, đề nghị Hiệu trưởng các trường tiểu học, trung học cơ sở triển khai thực hiện./.\n"
    guidance = _OFFICE.format(number="215/HD-GDĐT", kind="HƯỚNG DẪN", title="Tổ chức Hội thi giáo viên dạy giỏi cấp quận") + (
        "1. Hồ sơ dự thi\n"
        "Hồ sơ đăng ký dự thi nộp về Phòng Giáo dục và Đào tạo trước ngày 15/11/2025.\n"
        "Danh sách giáo viên dự thi phải gửi qua hộp thư điện tử của Phòng chậm nhất ngày 10/11/2025.\n") + closing
    rows = parse_text(guidance)[0].deadlines
    assert [(r.due_date, r.responsible) for r in rows] == [
        ("2025-11-15", "Hiệu trưởng các trường tiểu học, trung học cơ sở"),
        ("2025-11-10", "Hiệu trưởng các trường tiểu học, trung học cơ sở")]
    plan = _OFFICE.format(number="310/KH-GDĐT", kind="KẾ HOẠCH", title="Thực hiện quy chế dân chủ ở cơ sở năm học 2025-2026") + (
        "II. NỘI DUNG\n"
        "1. Phòng Giáo dục và Đào tạo tổ chức kiểm tra việc thực hiện quy chế dân chủ tại các trường trong tháng 3/2026.\n"
        "2. Báo cáo sơ kết học kỳ I gửi về Phòng Giáo dục và Đào tạo trước ngày 10/01/2026.\n"
        "III. TỔ CHỨC THỰC HIỆN\n") + closing
    rows = parse_text(plan)[0].deadlines
    assert [(r.due_date, r.responsible, r.recipient) for r in rows] == [
        ("2026-03-31", "Phòng Giáo dục và Đào tạo", ""),
        ("2026-01-10", "Hiệu trưởng các trường tiểu học, trung học cơ sở", "Phòng Giáo dục và Đào tạo")]


def test_a_closing_that_asks_for_help_or_a_numbered_request_is_no_doer():
    """`Đề nghị các cơ quan, đơn vị có liên quan phối hợp triển khai …` (fresh_40's closing) asks for help: the
    guidance's duties stay without a party; so do they under a numbered item's own request (src_congbot_4 L246
    `15. Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam chủ trì, …`)."""
    head = _OFFICE.format(number="216/HD-GDĐT", kind="HƯỚNG DẪN", title="Tổ chức Hội khỏe Phù Đổng cấp quận") + (
        "Hồ sơ đăng ký thi đấu nộp về Phòng Giáo dục và Đào tạo trước ngày 15/11/2025.\n")
    for closing in ("Đề nghị các cơ quan, đơn vị có liên quan phối hợp triển khai thực hiện./.\n",
                    "3. Đề nghị Trung tâm Văn hóa - Thể thao quận chủ trì tổ chức các môn thi đấu.\n"):
        assert [r.responsible for r in parse_text(head + closing)[0].deadlines] == [""]


def test_a_report_tells_what_was_done_before_its_date_and_sets_what_comes_after():
    """A school's report on quy chế dân chủ: `Công đoàn trường phối hợp với nhà trường tổ chức đối thoại … vào tháng
    12/2024` (the report is of 20/5/2025) tells what was done; its next year's `trước ngày 30/9/2025` binds."""
    text = ("PHÒNG GD&ĐT HUYỆN CHÂU THÀNH\nTRƯỜNG TIỂU HỌC AN HIỆP\nSố: 52/BC-THAH\nAn Hiệp, ngày 20 tháng 5 năm 2025\n\n"
            "BÁO CÁO\nKết quả thực hiện Quy chế dân chủ ở cơ sở năm học 2024 - 2025\n\nI. KẾT QUẢ THỰC HIỆN\n"
            "Công đoàn trường phối hợp với nhà trường tổ chức đối thoại với người lao động vào tháng 12/2024.\n\n"
            "II. PHƯƠNG HƯỚNG NĂM HỌC 2025 - 2026\n"
            "1. Tổ chức Hội nghị cán bộ, công chức, viên chức trước ngày 30/9/2025.\n")
    assert [r.due_date for r in parse_text(text)[0].deadlines] == ["2025-09-30"]


def test_a_negation_in_the_task_is_no_statement_that_the_labelled_time_is_not_kept():
    """A provincial letter's item (held-out): `yêu cầu các đơn vị điều chỉnh thiết kế không sử dụng tàu cuốc, thời gian
    thực hiện xong trong tháng 6/2026;` — the `không` says what the design must leave out; the time after its own label
    is the task's (main dropped it as the window of something not done, as `Các thôn này không tổ chức …` is)."""
    rows = _by_line("1. Sở Xây dựng chủ động hướng dẫn, yêu cầu các đơn vị điều chỉnh thiết kế không sử dụng tàu cuốc, "
                    "thời gian thực hiện xong trong tháng 6/2026.\n"
                    "2. Các thôn không tổ chức hội nghị trong thời gian từ ngày 17/12/2025 đến ngày 25/01/2026.\n")
    assert [row.due_date for row in rows[1]] == ["2026-06-30"]
    assert 2 not in rows


def test_the_year_a_report_covers_and_a_count_as_of_a_time_are_no_deadlines():
    # A school Party cell's year-end report (held-out): its part `Đánh giá kết quả lãnh đạo, chỉ đạo của Chi bộ trong
    # năm 2017` (main: due 2017-12-31, the comma read as parting two verb phrases), and under it `– Tổng số đảng viên đến
    # cuối năm 2017 là  29 đảng viên, trong đó:` (main: due 2017-12-31, its task `Tổng số đảng viên đến là 29 …`); a duty
    # done by a time stays one
    report = ("ĐẢNG UỶ XÃ ĐIỀN XÁ\nCHI BỘ TRƯỜNG THCS ĐIỀN XÁ\nSố: 10-BC/CB\nĐiền Xá, ngày 14 tháng 12 năm 2025\n\n"
              "BÁO CÁO\nTổng kết công tác xây dựng Đảng năm 2025\n\nPHẦN THỨ NHẤT\n\n"
              "Đánh giá kết quả lãnh đạo, chỉ đạo của Chi bộ trong năm 2025\n\n 1. I.Đặc điểm tình hình:\n\n"
              "– Tổng số đảng viên đến cuối năm 2025 là  29 đảng viên, trong đó:\n\n+ Đảng viên chính thức là: 26 đ/c.\n\n"
              "PHẦN THỨ HAI\n\nPhương hướng nhiệm vụ năm 2026\n\n"
              "1. Các tổ chuyên môn hoàn thành đánh giá xếp loại đảng viên trước ngày 15/12/2026.\n")
    rows = [(r.line, r.due_date) for r in parse_text(report)[0].deadlines]
    assert rows == [(23, "2026-12-15")]


def test_the_days_a_council_sat_under_its_sessions_name_are_no_deadline():
    """A provincial council's resolution (held-out shape, as councils head them): `KHÓA VII KỲ HỌP THỨ 10` ⏎ `(Từ ngày
    05 đến ngày 07/12/2007)` gives the days the session sat, the resolution passed on the last: no range due at its end
    (it was one, its task the session's name). A range the resolution sets later stays one."""
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 37/2007/NQ-HĐND\n\nLong Xuyên, ngày 07 tháng 12 năm 2007\n\n"
            "NGHỊ QUYẾT\n\nVỀ CHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG NĂM 2008\n\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG\nKHÓA VII KỲ HỌP THỨ 10\n\n(Từ ngày 05 đến ngày 07/12/2007)\n\n"
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân năm 2003;\n\nQUYẾT NGHỊ:\n\n"
            "Điều 1. Thường trực Hội đồng nhân dân tỉnh tổ chức giám sát việc thực hiện chính sách giảm nghèo từ ngày "
            "01/3/2008 đến ngày 30/4/2008.\n")
    assert [(r.due_date, r.surface) for r in parse_text(text)[0].deadlines] == [
        ("2008-04-30", "từ ngày 01/3/2008 đến ngày 30/4/2008")]
