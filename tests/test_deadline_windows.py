"""Windows for files and the deadlines a note restates (`Lưu ý:`, `Ghi chú:`)."""
from __future__ import annotations

from pipeline.api import parse_text

from .test_deadline_rows_and_tasks import _by_line

_LETTER = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 410/SGDĐT-GDTrH\nĐồng Tháp, ngày 05 tháng 3 năm 2026\n"
           "V/v tuyển sinh lớp 10 năm học 2026-2027\n\nKính gửi: Hiệu trưởng các trường THPT\n\n")


def test_a_time_label_after_a_notes_label_binds_its_window():
    """`Lưu ý: Thời gian nhận hồ sơ từ ngày … đến hết ngày …`: the note's label does not hide the time label after it
    (the window was missed), and neither it nor `Ghi chú:` is the task."""
    rows = _by_line(_LETTER, "1. Các trường tổ chức tư vấn tuyển sinh cho học sinh lớp 9.\n"
                             "Lưu ý: Thời gian nhận hồ sơ từ ngày 05/3 đến hết ngày 21/3/2026.\n"
                             "Ghi chú: Hạn nộp hồ sơ chậm nhất ngày 25/3/2026.\n")
    assert [(r.due_date, r.task) for r in rows[2]] == [("2026-03-21", "Thời gian nhận hồ sơ")]
    assert [(r.due_date, r.task) for r in rows[3]] == [("2026-03-25", "Hạn nộp hồ sơ")]


def test_a_notes_label_leaves_the_subject_who_acts():
    """`Lưu ý: Các trường nộp hồ sơ từ ngày … đến hết ngày …`: the plural body after the note's label is who acts."""
    rows = _by_line(_LETTER, "Lưu ý: Các trường nộp hồ sơ từ ngày 05/3 đến hết ngày 20/3/2026.\n")
    assert [(r.task, r.responsible) for r in rows[1]] == [("Các trường nộp hồ sơ", "Các trường")]


def test_a_window_for_receiving_files_is_due_at_its_end():
    """`Nhà trường nhận hồ sơ từ ngày … đến hết ngày …`: the days files are taken in are the applicants' window (the
    range was dropped: `nhận hồ sơ` was no activity of models/deadlines.json)."""
    rows = _by_line(_LETTER, "Nhà trường nhận hồ sơ từ ngày 05/3 đến hết ngày 24/3/2026.\n")
    assert [(r.due_date, r.task) for r in rows[1]] == [("2026-03-24", "Nhà trường nhận hồ sơ")]


def test_the_window_of_what_the_text_says_is_not_done_is_no_deadline():
    """A commune Front's guidance for hamlets given no candidate: `Các thôn này không tổ chức Hội nghị … ở Bước Hai
    (giai đoạn từ 17/12/2025 đến 25/01/2026)`; the window of the step they skip binds nothing, the next item's does."""
    text = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 30/HD-MTTQ-BTT\nLương Minh, ngày 22 tháng 12 năm "
            "2025\n\nHƯỚNG DẪN\nQuy trình giới thiệu người ứng cử đại biểu HĐND xã\n\nIII. CÁC THÔN KHÔNG PHÂN BỔ\n"
            "- Các thôn này không tổ chức Hội nghị Ban Công tác Mặt trận và Hội nghị cử tri ở Bước Hai (giai đoạn từ "
            "17/12/2025 đến 25/01/2026).\n"
            "- Ban Công tác Mặt trận rà soát danh sách cử tri từ ngày 04/02/2026 đến 08/02/2026.\n")
    assert [r.due_date for r in parse_text(text)[0].deadlines] == ["2026-02-08"]


def test_a_window_after_a_possessive_inside_what_the_activity_follows():
    # A secondary school's test schedule (held-out shape): `… kiểm tra học sinh theo TKB của lớp từ ngày 21/03 đến
    # 26/03/2022 …` — `của lớp` read as the owner of a period (`quỹ tiền lương của doanh nghiệp từ ngày …`): no row.
    rows = parse_text("TRƯỜNG THCS - THPT HỒNG ĐỨC\nSố: 45/KH-THCSTHPT\nBiên Hòa, ngày 10 tháng 3 năm 2022\n\nKẾ HOẠCH\n"
                      "Kiểm tra giữa học kỳ II năm học 2021-2022\n\nII. NỘI DUNG\n• Các môn còn lại giáo viên giảng dạy tự "
                      "ra đề và kiểm tra học sinh theo TKB của lớp từ ngày 21/03 đến 26/03/2022 với thời gian 45 phút.\n"
                      )[0].deadlines
    assert [d.due_date for d in rows] == ["2022-03-26"]


def test_a_halt_over_a_month_is_due_at_its_end():
    # a town's letter in an epidemic: receptions stopped for a month; one the text tells as done before is no deadline
    head = ("UBND THỊ XÃ DUY TIÊN\nSố: 1067/UBND-VP\nDuy Tiên, ngày 05 tháng 10 năm 2021\nV/v tạm dừng tiếp công dân\n\n"
            "Chủ tịch Ủy ban nhân dân thị xã có ý kiến chỉ đạo như sau:\n\n")
    body = ("1. Tạm dừng việc tiếp công dân trong tháng 10 tại Trụ sở Tiếp công dân thị xã, các xã, phường để phòng chống "
            "dịch Covid-19.\n2. Năm 2020, thị xã đã tạm dừng tiếp công dân trong tháng 5.\n")
    rows = [(d.surface, d.due_date) for d in parse_text(head + body)[0].deadlines]
    assert rows == [("trong tháng 10", "2021-10-31")]


def test_the_days_off_counted_then_named_with_their_weekdays():
    # a kindergarten's holiday notice: `nghỉ 4 ngày liên tục từ thứ sáu ngày … đến hết thứ hai ngày …`, due at the end
    head = ("TRƯỜNG MẦM NON HỒNG PHONG\n\nTHÔNG BÁO\nV/v nghỉ lễ Quốc khánh 02/9\n\n")
    rows = [(d.surface, d.due_date) for d in parse_text(
        head + "- Toàn trường nghỉ 4 ngày liên tục từ thứ sáu ngày 01/09/2023 đến hết thứ hai ngày 04/09/2023.\n")[0].deadlines]
    assert rows == [("từ thứ sáu ngày 01/09/2023 đến hết thứ hai ngày 04/09/2023", "2023-09-04")]


def test_a_holidays_name_is_no_window_and_a_rota_after_a_request_is_due_at_its_end():
    # a province's letter on the 30/4 – 1/5 holidays: the holidays named by their days (`dịp nghỉ Lễ 30/4 – 1/5`) are no
    # window; the rota after the chairman's colon, fronted before its doers, is due when it ends
    head = ("UBND TỈNH HẢI DƯƠNG\nSố: 1232/UBND-VP\nHải Dương, ngày 16 tháng 4 năm 2020\nV/v tổ chức trực trong dịp nghỉ "
            "Lễ 30/4 – 1/5\n\n")
    rows = [(d.surface, d.due_date) for d in parse_text(
        head + "Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị bố trí, phân công trực "
        "hợp lý; thường xuyên nắm tình hình.\n")[0].deadlines]
    assert rows == [("từ ngày 30/4/2020 đến hết ngày 03/5/2020", "2020-05-03")]


def test_who_the_parents_children_are_is_no_statement_about_the_days_off():
    # a kindergarten's notice: `phụ huynh có trẻ đang học tại trường` says which children, not that the days off are
    # under way (before: `đang` read as the status of the task, no deadline)
    head = "TRƯỜNG MẪU GIÁO PHƯỚC VĨNH ĐÔNG\n\nTHÔNG BÁO\nVề việc cho trẻ tiếp tục nghỉ học\n\n"
    rows = [(d.surface, d.due_date) for d in parse_text(
        head + "Nay Hiệu trưởng trường thông báo đến toàn bộ phụ huynh có trẻ đang học tại trường được tiếp tục nghỉ học "
        "từ ngày 22/02/2021 đến hết ngày 28/02/2021 để phòng, chống dịch Covid-19.\n")[0].deadlines]
    assert rows == [("từ ngày 22/02/2021 đến hết ngày 28/02/2021", "2021-02-28")]
    # the work still under way stays a statement (`đang triển khai`)
    said = parse_text(head + "Hiện nay nhà trường đang triển khai ôn tập từ ngày 22/02/2021 đến hết ngày 28/02/2021.\n")
    assert [d.due_date for d in said[0].deadlines] == []


def test_a_day_a_duty_is_done_within_is_due_that_day():
    """A district's notice before New Year: `… phải treo cờ Tổ quốc trong ngày 01 tháng 01 năm 2021`; `trong ngày` after
    an obligation (`phải`) binds the day, whatever the verb (no row: `trong` bound only months and years). The day
    off in item 1 (`được nghỉ …, ngày 01 tháng 01`) is a right, told with no duty: still no row."""
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CẨM GIÀNG\nSố: 412/TB-UBND\nCẩm Giàng, ngày 28 tháng 12 năm 2020\n\nTHÔNG BÁO\n"
            "Về việc treo cờ Tổ quốc và nghỉ Tết Dương lịch năm 2021\n\n"
            "1. Cán bộ, công chức, viên chức ở các cơ quan hành chính, sự nghiệp được nghỉ 01 (một) ngày, ngày 01 "
            "tháng 01 năm 2021.\n\n"
            "2. Tất cả các trụ sở cơ quan Nhà nước, trường học, bệnh viện và nhà ở của Nhân dân phải treo cờ Tổ quốc "
            "trong ngày 01 tháng 01 năm 2021.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.surface, r.due_date) for r in rows] == [("trong ngày 01 tháng 01 năm 2021", "2021-01-01")]
    assert "treo cờ Tổ quốc" in rows[0].task


def test_a_make_up_working_day_is_due_that_day():
    """A commune's notice before 30/4: its staff `đi làm Thứ bảy, ngày 25 tháng 4 năm 2015 để nghỉ Thứ tư, …`; the day
    they must come to work is set as a day off is (models/deadlines.json `halt_verbs`: no row before), and the part-time
    staff stay whole in who does it (`người hoạt động` read as a verb left `Cán bộ, công chức và người`)."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ PHƯỚC THẠNH\nSố: 21/TB-UBND\nPhước Thạnh, ngày 20 tháng 4 năm 2015\n\nTHÔNG BÁO\n"
            "Nghỉ lễ, treo cờ Tổ quốc nhân dịp lễ 30/4 và 01/5/2015\n\n1. Về nghỉ lễ\n\n"
            "Cán bộ, công chức và người hoạt động không chuyên trách đi làm Thứ bảy, ngày 25 tháng 4 năm 2015 để nghỉ "
            "Thứ tư, ngày 29 tháng 4 năm 2015.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.surface, r.due_date) for r in rows][:1] == [("Thứ bảy, ngày 25 tháng 4 năm 2015", "2015-04-25")]
    assert rows[0].responsible == "Cán bộ, công chức và người hoạt động không chuyên trách"


def test_the_day_of_an_event_the_recipients_take_part_in():
    """A kindergarten's plan against nCoV: `100% các nhóm lớp tham gia chiến dịch tổng vệ sinh môi trường vào ngày
    05/02/2020` (`tham gia` among models/deadlines.json event_verbs: the campaign's day was no row)."""
    text = ("PHÒNG GD&ĐT THỊ XÃ BA ĐỒN\nTRƯỜNG MN QUẢNG TIÊN\nSố: 05/KH-MNQT\nQuảng Tiên, ngày 04 tháng 02 năm 2020\n\n"
            "KẾ HOẠCH\nPhòng, chống bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n2. Chỉ tiêu\n– 100% các nhóm lớp tham gia chiến dịch tổng vệ sinh môi trường vào ngày "
            "05/02/2020.\n")
    assert [r.due_date for r in parse_text(text)[0].deadlines] == ["2020-02-05"]
