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


_COMMUNE_NOTICE = ("ỦY BAN NHÂN DÂN\nTHỊ TRẤN AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 41/TB-UBND\nAn Phú, ngày 02 tháng 5 năm 2021\n\nTHÔNG BÁO\nVề việc treo cờ Tổ quốc\n\n")


def test_flags_hung_over_a_period_and_the_time_after_an_occasions_label():
    rows = due(_COMMUNE_NOTICE + "UBND thị trấn đề nghị các cơ quan, đơn vị treo cờ Tổ quốc từ ngày 06/5 đến hết ngày "
               "25/5/2021.\n- 46 năm Ngày Giải phóng miền Nam (30/4): Vận động hộ dân treo cờ Tổ quốc từ ngày 27/4/2022 "
               "đến hết ngày 01/5/2022.\n")
    # (before: neither — `treo` was no activity a range times, and the occasion's `Giải phóng` before the label's
    # colon was taken for the history the date names)
    assert [d for _, d in rows] == ["2021-05-25", "2022-05-01"]


def test_a_storm_bulletins_forecast_times_are_no_deadlines():
    rows = due(_COMMUNE_NOTICE.replace("THÔNG BÁO\nVề việc treo cờ Tổ quốc", "CÔNG ĐIỆN\nVề việc ứng phó với bão số 5")
               + "Theo dự báo của Trung tâm Dự báo Khí tượng Thủy văn Quốc gia, hồi 07 giờ ngày 13/9, vị trí tâm bão ở "
               "vào khoảng 21,1 độ Vĩ Bắc. Dự báo trong 12 giờ tới, bão di chuyển theo hướng Tây, đến 19 giờ ngày 13/9, "
               "vị trí tâm áp thấp nhiệt đới ở khoảng 21,2 độ Vĩ Bắc.\nChủ tịch UBND các xã báo cáo tình hình thiệt hại "
               "về UBND thị trấn trước 17 giờ ngày 14/9/2021.\n")
    assert rows == [("trước 17 giờ ngày 14/9/2021", "2021-09-14")]


def test_a_weekly_round_whose_slots_a_colon_lists_and_a_yearly_habit_told_for_its_purpose():
    letter = _COMMUNE_NOTICE.replace("THÔNG BÁO\nVề việc treo cờ Tổ quốc", "KẾ HOẠCH\nChăm lo Tết Nguyên đán năm 2022")
    rows = parse_text(letter + "- Hàng năm, nhằm thể hiện sự quan tâm của Đảng bộ, chính quyền. Trên địa bàn thị trấn "
                      "đã tổ chức các hoạt động chăm lo cho các gia đình chính sách.\n- Các đơn vị đẩy mạnh việc tổ chức "
                      "ra quân làm vệ sinh môi trường vào các ngày cố định hằng tuần, gồm: Vào cuối giờ chiều thứ Sáu: "
                      "dọn cỏ, cắt tỉa cây xanh.\n")[0].deadlines
    # (before: `Hàng năm` a yearly duty, and the weekly round missed)
    assert [d.recurrence for d in rows] == ["hằng tuần"]


def test_a_halt_over_a_closed_range_is_due_when_it_ends():
    letter = ("UBND TỈNH AN LẠC\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 381/SGDĐT-VP\nAn Lạc, ngày 28 tháng 02 năm 2020\nV/v cho học sinh đi học trở lại\n\n"
              "- Các cơ sở giáo dục mầm non tiếp tục cho học sinh nghỉ học từ ngày 02/3/2020 cho đến hết ngày "
              "15/3/2020 để phòng, tránh dịch bệnh Covid-19.\n")
    # (before: `từ ngày 02/3/2020` alone, due when the halt starts: `cho đến hết` joined no range)
    assert due(letter) == [("từ ngày 02/3/2020 cho đến hết ngày 15/3/2020", "2020-03-15")]


def test_a_regime_named_by_the_title_or_a_cited_letters_subject_is_no_deadline():
    letter = ("ỦY BAN NHÂN DÂN QUẬN AN LẠC\nTRUNG TÂM VĂN HÓA\n__________\nSố:  21 /TTVH\n"
              "Về thực hiện chế độ thông tin,\nbáo cáo định kỳ.\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập – Tự do – Hạnh phúc\nAn Lạc, ngày 04 tháng 6 năm 2014\n\nKính gửi: Ban VHTT các phường.\n\n"
              "Thực hiện Công văn số 891/UBND ngày 29 tháng 5 năm 2014 của Ủy ban nhân dân Quận An Lạc về thực hiện "
              "nghiêm chế độ thông tin, báo cáo định kỳ.\nTrung tâm Văn hóa đề nghị Ban VHTT các phường gửi báo cáo "
              "về Văn phòng Trung tâm chậm nhất là ngày 07 hàng tháng.\n")
    document = parse_text(letter)[0]
    # (before: two rows `định kỳ` beside the monthly one, from the title and from the cited letter's subject, which
    # ended at `thông tin,`)
    assert [(d.surface, d.recurrence) for d in document.deadlines] == [("chậm nhất là ngày 07 hàng tháng", "hàng tháng")]
    assert document.citations[0].subject == "thực hiện nghiêm chế độ thông tin, báo cáo định kỳ"


def test_a_halt_set_on_a_day_but_not_a_storms_position_nor_a_post_title():
    notice = ("Thông báo nghỉ học thứ 2 ngày 06/11/2017\nỦY BAN NHÂN DÂN\nTỈNH AN LẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nSố: 12/TB-UBND\nAn Lạc, ngày 02 tháng 11 năm 2017\nTHÔNG BÁO\n"
              "Về việc cho học sinh nghỉ học do ảnh hưởng cơn bão số 12\n\nTheo thông tin của Đài Khí tượng Thủy văn "
              "Trung ương, hồi 07h00’ ngày 02/11/2017, vị trí tâm bão ở vào khoảng 12,5 độ Vĩ Bắc; vào lúc 4h00’ sáng "
              "ngày 3/11/2017 tâm bão cách bờ biển khoảng 500km về phía đông.\n1. Tất cả các trường học, các cơ sở giáo "
              "dục thuộc các cấp học trong tỉnh được nghỉ vào ngày 04/11/2017 do ảnh hưởng của cơn bão số 12.\n")
    # (before: the storm's two positions were due on 2 and 3/11, the day off was missed)
    assert due(notice) == [("vào ngày 04/11/2017", "2017-11-04")]


def test_days_off_a_school_notice_names():
    notice = ("PHÒNG GD&ĐT THÀNH PHỐ AN LẠC\nTRƯỜNG MẪU GIÁO HOA SEN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nAn Lạc, ngày 01 tháng 4 năm 2017\nTHÔNG BÁO\nVề việc nghỉ lễ\n\n"
              "1. Về thời gian nghỉ lễ Giỗ tổ Hùng Vương (10/3 ÂL)\nCông chức, viên chức, nhân viên và học sinh toàn "
              "trường được nghỉ lễ 1 ngày 06/4/2017.\n2. Do ngày 30/4/2017 trùng vào ngày Chủ nhật nên học sinh được "
              "nghỉ bù vào ngày 02/5/2017.\n")
    # (before: neither: a few words between the halt and its day, and `nghỉ lễ`, `nghỉ bù` no halts)
    assert [d for _, d in due(notice)] == ["2017-04-06", "2017-05-02"]


def test_a_post_date_alone_above_the_documents_header_is_no_deadline():
    page = ("Kế hoạch các hoạt động khác - Trường THCS An Phú\n\nSau thực phẩm, giáo dục là nhu cầu số một của dân tộc\n\n"
            "Cập nhật lúc : 05:47 28/09/2019\n\nNgày 22 tháng 10 năm 2019\n\nĐĂNG NHẬP TÀI KHOẢN\n\n"
            "ĐẢNG ỦY XÃ AN PHÚ\n\nCHI BỘ TRƯỜNG THCS AN PHÚ\n\n*\n\nSố: 41-KH/CB\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            "An Phú, ngày 20 tháng 9 năm 2019\n\nKẾ HOẠCH\n\nĐại hội chi bộ nhiệm kỳ 2020-2022\n\n"
            "1. Chi ủy hoàn thành dự thảo báo cáo chính trị trước ngày 15/10/2019.\n")
    # (before: the post's date line, `Ngày 22 tháng 10 năm 2019`, a deadline with no task)
    assert due(page) == [("trước ngày 15/10/2019", "2019-10-15")]


def test_an_event_told_as_held_on_or_before_the_documents_date_is_history():
    resolution = ("ĐẢNG ỦY XÃ AN PHÚ\nCHI BỘ TRƯỜNG THCS AN PHÚ\nSố: 01-NQ/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                  "An Phú, ngày 15 tháng 01 năm 2018\nNGHỊ QUYẾT\nĐẠI HỘI CHI BỘ NHIỆM KỲ 2018 – 2020\n"
                  "Đại hội chi bộ Trường THCS An Phú, nhiệm kỳ 2018-2020 được tổ chức từ 13 giờ 30 đến 17 giờ ngày 15 "
                  "tháng 01 năm 2018.\nHội nghị tổng kết sẽ được tổ chức vào ngày 20 tháng 01 năm 2018.\n")
    # (before: the congress's own day, the resolution's date, was due)
    assert due(resolution) == [("vào ngày 20 tháng 01 năm 2018", "2018-01-20")]


def test_a_programmes_session_dated_in_brackets_under_its_heading():
    programme = ("CÔNG ĐOÀN CƠ SỞ XÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                 "An Phú, ngày 10 tháng 3 năm 2023\nCHƯƠNG TRÌNH\nĐại hội Công đoàn cơ sở xã An Phú lần thứ V\n\n"
                 "PHIÊN THỨ NHẤT\n\n(Ngày 20/3/2023)\n\nThời gian TT Nội dung\n13h45-14h00 1 Đón tiếp đại biểu\n\n"
                 "PHIÊN CHÍNH THỨC\n\n(Ngày 21/3/2023)\n\n7h30-7h45 1 Chào cờ\n")
    # (before: neither session's day)
    assert [d for _, d in due(programme)][:2] == ["2023-03-20", "2023-03-21"]
