"""How the time expressions of a deadline are read into dates: a year written as the next one or the previous one
counted from the document's or the sentence's year, ranges whose first day is bare or joined by a dash, a day of each
month and a yearly date kept as their surface, recurrences fronted or listed, a week's range in brackets, and a
database's note that does not make a period a duration; the weekday and part of the day before a day, a range whose
first weekday stands between or whose last day is bare, days counted then named, the lunar calendar. Real sentences of ../shared (file and line in a comment), or
sentences written as such plans and letters write them (said so in the comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text

from .conftest import DEVSET, WILD
from .test_deadlines import _rows, needs_shared


_LETTER = ("UBND HUYỆN ĐIỆN BÀN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 112/PGDĐT-VP\n"
           "V/v báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở\n"
           "Điện Bàn, ngày 20 tháng 11 năm 2025\n"
           "Kính gửi: Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn huyện.\n")


# a commune's plan, the way its header and its `Tổ chức thực hiện` part are written
_COMMUNE_PLAN = ("ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH\nSố: 45/KH-UBND\nLương Minh, ngày 10 tháng 10 năm 2025\n\nKẾ HOẠCH\n"
                 "Tổ chức hội nghị nhân dân năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")


_FIRST_LINE = _COMMUNE_PLAN.count("\n") + 1


def _by_line(body: str) -> dict[int, list]:
    rows: dict[int, list] = {}
    for row in parse_text(_COMMUNE_PLAN + body)[0].deadlines:
        rows.setdefault(row.line - _FIRST_LINE + 1, []).append(row)
    return rows


@needs_shared
def test_a_year_written_as_the_next_one_counts_from_the_documents_year():
    """Thông tư 08/2024/TT-BTNMT (src_tvplcrawl_49, issued 31/7/2024) L250: `… trước ngày 31 tháng 3 của năm kế tiếp
    đối với kết quả thống kê đất đai; trước ngày 30 tháng 6 của năm kế tiếp đối với kết quả kiểm kê đất đai` — both
    in 2025, the June one too (it was read as June of the document's own year); Nghị định 44/2025/NĐ-CP
    (src_tvplcrawl_53, 28/2/2025) L124: `chi trả hết trước ngày 30 tháng 6 năm sau liền kề`."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_49") if r.line == 250]
    assert [(r.surface, r.due_date, r.year_inferred) for r in rows] == [
        ("trước ngày 31 tháng 3 của năm kế tiếp", "2025-03-31", True),
        ("trước ngày 30 tháng 6 của năm kế tiếp", "2025-06-30", True)]
    # not `Của năm kế tiếp đối với …`; since round 14 with the duty of the part before it
    assert rows[1].task.endswith(" đối với kết quả kiểm kê đất đai") and "năm kế tiếp" not in rows[1].task
    rows = [r for r in _rows(WILD, "src_tvplcrawl_53") if r.line == 124]
    assert [(r.surface, r.due_date) for r in rows] == [("trước ngày 30 tháng 6 năm sau liền kề", "2026-06-30")]


def test_a_year_written_as_the_next_one_counts_from_the_year_the_sentence_names():
    """An education office's letter asks for a year's report `trước ngày 31/3 năm sau`: the year after the one the
    sentence names (2025, and 2026 for next year's figures), not after the letter's own."""
    text = _LETTER + ("1. Các trường báo cáo kết quả thực hiện quy chế dân chủ năm 2025 về Phòng Giáo dục và Đào tạo "
                      "trước ngày 31/3 năm sau.\n"
                      "2. Số liệu thống kê giáo dục năm 2026 gửi về Phòng trước ngày 15 tháng 01 năm sau.\n")
    rows = {r.line: r for r in parse_text(text)[0].deadlines}
    assert (rows[7].surface, rows[7].due_date, rows[7].year_inferred) == ("trước ngày 31/3 năm sau", "2026-03-31", True)
    assert rows[7].recipient == "Phòng Giáo dục và Đào tạo"
    assert (rows[8].surface, rows[8].due_date) == ("trước ngày 15 tháng 01 năm sau", "2027-01-15")


@needs_shared
def test_the_previous_year_with_none_named_is_the_dates_next_occurrence():
    """Thông tư 101/2018/TT-BTC (src_congbot_2, issued 14/11/2018) L341: `… giao dự toán cho Bộ LĐTBXH trước ngày 20
    tháng 11 năm trước` — the year before the budget year, which the text does not date: the next 20 November
    (2018), not a day of 2017 before the circular existed; the words belong to the date."""
    rows = [r for r in _rows(WILD, "src_congbot_2") if r.line == 341]
    assert [(r.surface, r.due_date) for r in rows] == [("trước ngày 20 tháng 11 năm trước", "2018-11-20")]


@needs_shared
def test_a_fronted_yearly_recurrence_times_every_date_of_its_clause():
    """Nghị định (src_tvplcrawl_30, issued 15/9/2025) L64: `Hằng năm, quyết định mức tiền lương, thù lao thực hiện năm
    trước của Thành viên hội đồng … trước ngày 15 tháng 4, mức tiền thưởng năm trước trước ngày 30 tháng 6` — both dates
    recur yearly and are taken in the document's year alike (the first was 2026, the second had no recurrence)."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_30") if r.line == 64]
    assert [(r.surface, r.due_date, r.recurrence) for r in rows] == [
        ("trước ngày 15 tháng 4", "2025-04-15", "Hằng năm"), ("trước ngày 30 tháng 6", "2025-06-30", "Hằng năm")]


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
def test_a_fronted_day_of_each_month_is_a_duty():
    """src_congbot_2 (a circular on payments to people with merit) L321: `3. Trước ngày 25 hằng tháng, cơ quan
    LĐTBXH căn cứ danh sách …`: the day of each month opens the clause; it gave no row before."""
    rows = [r for r in _rows(WILD, "src_congbot_2") if r.line == 321]
    assert [(r.surface, r.recurrence, r.due_date) for r in rows] == [("Trước ngày 25 hằng tháng", "hằng tháng", "")]
    assert rows[0].task.startswith("Cơ quan LĐTBXH căn cứ danh sách")
    assert rows[0].responsible == "Cơ quan Lao động - Thương binh và Xã hội"


@needs_shared
def test_a_weeks_range_in_brackets_after_its_label_takes_the_phase_after_it():
    """fresh_02 (a school's contest plan) L109: `Tuần 2 (22-28/11) – Giai đoạn “Hình thành ý tưởng”:`: the label before
    the brackets is too short to say what is done, the phase after them says it (the task was the wrapped tail of the
    bullet above, `công).`)."""
    rows = [r for r in _rows(DEVSET, "fresh_02") if r.surface == "22-28/11"]
    assert [r.task for r in rows] == ["Tuần 2 – Giai đoạn “Hình thành ý tưởng”"]
    # the same label with a colon after the brackets (a school's inspection timetable) keeps the colon on the label
    text = ("TRƯỜNG THCS HÒA BÌNH\nSố: 21/KH-THCS\nHòa Bình, ngày 08 tháng 9 năm 2025\n\nKẾ HOẠCH\n"
            "Kiểm tra nội bộ năm học 2025-2026\n\nIV. LỊCH KIỂM TRA\n- Tuần 3 (15-21/9/2025): Kiểm tra hồ sơ.\n")
    assert [r.task for r in parse_text(text)[0].deadlines] == ["Tuần 3: Kiểm tra hồ sơ"]


@needs_shared
def test_a_databases_note_does_not_make_a_period_a_duration():
    """src_tvplcrawl_46 L192–193: `g) …; thời hạn công bố trước ngày 31 tháng 7 hàng năm; [Điểm này được sửa đổi bởi
    … có hiệu lực kể từ ngày 25/04/2023]` ⏎ `h) …; thời hạn công bố trong vòng 150 ngày kể từ …`: the note's `hiệu
    lực` is not the text's, and the 150 days are a time limit (the row was lost)."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_46") if r.line == 193]
    assert [(r.surface, r.recurrence) for r in rows] == [("trong vòng 150 ngày", "150 ngày")]


# a district education office's notice to its schools, header and body as such notices are written
_NOTICE = ("UBND THÀNH PHỐ HUẾ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 215/TB-PGDĐT\nHuế, ngày 17 tháng 4 năm 2018\n\n"
           "THÔNG BÁO\nVề việc tổ chức tổng vệ sinh và treo cờ Tổ quốc\n\n"
           "Kính gửi: Hiệu trưởng các trường Mầm non, Tiểu học, THCS trực thuộc.\n\n")


def _notice_rows(body: str) -> list:
    first = _NOTICE.count("\n") + 1
    return [(r.line - first + 1, r.surface, r.due_date) for r in parse_text(_NOTICE + body)[0].deadlines]


def test_the_words_before_a_day_its_weekday_and_part_of_the_day_belong_to_it():
    """`vào lúc 16h00 ngày thứ Sáu 20/4/2018` (`ngày` before the weekday, not before the date) and `vào sáng ngày
    15/5/2019` (the part of the day between the cue and `ngày`): an event the schools hold then (both were lost:
    the cue `vào` no longer stood before the day)."""
    rows = _notice_rows("1. Triển khai tổng vệ sinh khu vực phía bên trong và ngoài trường học vào lúc 16h00 ngày "
                        "thứ Sáu 20/4/2018.\n2. Các trường tổ chức cho học sinh theo dõi chương trình truyền hình "
                        "trực tiếp phiên khai mạc vào sáng ngày 15/5/2018.\n")
    assert rows == [(1, "vào lúc 16h00 ngày thứ Sáu 20/4/2018", "2018-04-20"),
                    (2, "vào sáng ngày 15/5/2018", "2018-05-15")]


def test_a_range_with_the_first_days_weekday_between_or_its_last_day_bare_is_one_deadline():
    """`Bắt đầu từ buổi sáng ngày 23/3/2020 (Thứ Hai) đến hết ngày 27/3/2020 (Thứ Sáu)` after its label (a Youth Union
    letter's `Thời gian thực hiện` bullets), and `Thời gian từ ngày 19/8/2018 đến 28/8/2018` after the colon of the
    request it times (a commune Front's letter asking for comments): one deadline each, due at the end."""
    rows = _notice_rows("Thời gian thực hiện:\n- Tuần cao điểm: Bắt đầu từ buổi sáng ngày 23/4/2018 (Thứ Hai) đến "
                        "hết ngày 27/4/2018 (Thứ Sáu).\n")
    assert rows == [(2, "từ buổi sáng ngày 23/4/2018 (Thứ Hai) đến hết ngày 27/4/2018", "2018-04-27")]
    rows = _notice_rows("Các trường tham gia góp ý gửi văn bản về Phòng Giáo dục và Đào tạo: Thời gian từ ngày "
                        "19/4/2018 đến 28/4/2018 để Phòng tổng hợp.\n")
    assert rows == [(1, "từ ngày 19/4/2018 đến 28/4/2018", "2018-04-28")]


def test_days_counted_then_named_time_what_is_done_on_them():
    """`… treo cờ Tổ quốc ở công sở và gia đình trong 03 ngày từ ngày 13 đến hết ngày 15 tháng 5 năm 2018` (a town's
    notice): the count of days names an activity's days whatever its verb; `treo cờ` is in no list of verbs."""
    rows = _notice_rows("1. Các cơ quan, đơn vị, trường học treo cờ Tổ quốc ở công sở trong 03 ngày từ ngày 13 đến "
                        "hết ngày 15 tháng 5 năm 2018.\n")
    assert rows == [(1, "từ ngày 13 đến hết ngày 15 tháng 5 năm 2018", "2018-05-15")]


def test_a_day_of_the_lunar_calendar_is_no_due_date():
    """`Ngày Giỗ Tổ Hùng Vương là ngày 10/3 Âm lịch trùng vào Chủ nhật, ngày 14/4/2019` (a university's holiday
    notice, issued before 10 March): 10/3 of the lunar calendar is no 10 March; it was a deadline on 2018-03-10."""
    text = _NOTICE.replace("ngày 17 tháng 4", "ngày 01 tháng 3") + (
        "1. Ngày Giỗ Tổ Hùng Vương là ngày 10/3 Âm lịch trùng vào Thứ Tư, ngày 25/4/2018; các trường nộp báo cáo "
        "về Phòng trước ngày 20/4/2018.\n")
    assert [r.due_date for r in parse_text(text)[0].deadlines] == ["2018-04-20"]


_OFFICE_LETTER = ("UBND HUYỆN HÒA BÌNH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 215/PGDĐT-TH\nV/v rà soát dữ liệu học sinh\n"
                  "Hòa Bình, ngày 17 tháng 10 năm 2025\n\nKính gửi: Hiệu trưởng các trường Tiểu học.\n\n")


def test_from_now_until_a_day_binds_the_day_but_not_a_programmes_year():
    """`… từ nay đến hết ngày 30/10/2025` (an office's letter): due that day, as after `trước`; `Từ nay đến năm 2020`
    (Kế hoạch 252/KH-BCĐQG1237, src_congbot_21) is a programme's horizon and stays no deadline."""
    rows = parse_text(_OFFICE_LETTER + "Các trường hoàn thành việc cập nhật dữ liệu học sinh lên hệ thống từ nay đến "
                                       "hết ngày 30/10/2025.\nPhấn đấu từ nay đến năm 2030, 100% trường đạt chuẩn.\n")
    assert [(r.surface, r.due_date) for r in rows[0].deadlines] == [("từ nay đến hết ngày 30/10/2025", "2025-10-30")]


def test_the_number_of_a_week_before_a_month_is_no_count_of_months():
    """`Thời gian kiểm tra: Tuần 3 tháng 11/2025` (an inspection timetable): `3 tháng` is no period of three months;
    the week is the due date's (its end, the 21st)."""
    rows = parse_text(_OFFICE_LETTER + "Thời gian kiểm tra: Tuần 3 tháng 11/2025.\n")[0].deadlines
    assert [(r.due_date, r.recurrence) for r in rows] == [("2025-11-21", "")]


def test_a_date_in_brackets_after_its_weekday_keeps_the_cue_before_them():
    """`… đăng ký danh sách trước 16h00 ngày thứ Hai (27/10/2025).` (an office's letter): the clock and weekday belong to
    the day written in brackets after them, so `trước` binds it; the surface closes the bracket."""
    rows = parse_text(_OFFICE_LETTER + "Đề nghị các trường đăng ký danh sách học sinh tham gia trước 16h00 ngày thứ Hai "
                                       "(27/10/2025).\n")[0].deadlines
    assert [(r.surface, r.due_date) for r in rows] == [("trước 16h00 ngày thứ Hai (27/10/2025)", "2025-10-27")]


def test_a_timetable_entry_naming_part_of_a_month_is_due_with_the_month():
    """A school's inspection timetable: `- Đầu tháng 10/2025: …`, `- Giữa tháng 1/2026: …`, `- Tuần 1-2 tháng 12/2025: …`
    are entries of their months, due when the part of the month ends (the 10th, the 20th: its ten-day parts; a
    numbered week, the month's end); `1-2` after `Tuần` is two weeks' numbers, no 1 February."""
    text = ("TRƯỜNG THCS HÒA BÌNH\nSố: 21/KH-THCS\nHòa Bình, ngày 08 tháng 9 năm 2025\n\nKẾ HOẠCH\n"
            "Kiểm tra nội bộ năm học 2025-2026\n\nIV. LỊCH KIỂM TRA\n- Đầu tháng 10/2025: Kiểm tra hồ sơ chuyên môn.\n"
            "- Tuần 1-2 tháng 12/2025: Kiểm tra việc thực hiện quy chế chuyên môn.\n- Giữa tháng 1/2026: Sơ kết học kỳ I.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.surface, r.due_date, r.task) for r in rows] == [
        ("Đầu tháng 10/2025", "2025-10-10", "Kiểm tra hồ sơ chuyên môn"),
        ("Tuần 1-2 tháng 12/2025", "2025-12-31", "Kiểm tra việc thực hiện quy chế chuyên môn"),
        ("Giữa tháng 1/2026", "2026-01-20", "Sơ kết học kỳ I")]


def test_a_day_of_each_period_after_dinh_ky_or_a_cue_recurs_whatever_the_verb():
    """A commune's notice of its citizens' reception days: `Tiếp công dân định kỳ vào ngày 20 hàng tháng (nếu trùng …)`,
    `Chủ tịch … tiếp công dân định kỳ vào ngày thứ Tư hằng tuần, …` and `Thời gian công dân đến đăng ký: trước ngày 15
    hàng tháng, …`: each a recurring duty, though `tiếp công dân` and `đăng ký` are in no list of duties; the label
    names the last one's task."""
    text = ("ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 12/TB-UBND\nAn Bình, ngày 05 tháng 01 năm 2025\n\nTHÔNG BÁO\n"
            "Lịch tiếp công dân năm 2025\n\n1. Tiếp công dân định kỳ vào ngày 20 hàng tháng (nếu trùng với ngày nghỉ thì "
            "chuyển sang ngày làm việc tiếp theo).\n2. Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày thứ Tư "
            "hằng tuần, trong giờ hành chính.\n3. Thời gian công dân đến đăng ký: trước ngày 15 hàng tháng, trong trường "
            "hợp công dân đến đăng ký sau ngày 15 thì chuyển sang tháng kế tiếp.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.surface, r.recurrence) for r in rows] == [
        ("định kỳ vào ngày 20 hàng tháng", "hàng tháng"), ("định kỳ vào ngày thứ Tư hằng tuần", "hằng tuần"),
        ("trước ngày 15 hàng tháng", "hàng tháng")]
    assert rows[1].responsible == "Chủ tịch Ủy ban nhân dân xã"
    assert rows[2].task == "Thời gian công dân đến đăng ký"


def test_an_event_named_between_its_verb_and_its_day():
    """`tổ chức hội diễn văn nghệ ngày 20/12/2025`, `Tổ chức Hội nghị cán bộ, viên chức ngày …`: the event's day, written
    after what is held with no `vào`; not a document's date (`thực hiện Kế hoạch ngày …`, `Kế hoạch số … ngày …`), not
    a cut-off (`nộp hồ sơ sau ngày …`), not an act of the past."""
    rows = _by_line("1. Ban Văn hóa - Xã hội phối hợp với Đoàn Thanh niên tổ chức hội diễn văn nghệ ngày 20/12/2025.\n"
                    "2. Tổ chức Hội nghị cán bộ, công chức ngày 26/12/2025 (thứ Sáu).\n"
                    "3. Các thôn tổ chức thực hiện Kế hoạch ngày 15/10/2025 của Ủy ban nhân dân xã.\n"
                    "4. Không xét hồ sơ của hộ gia đình nộp hồ sơ sau ngày 30/11/2025.\n"
                    "5. Ủy ban nhân dân xã đã tổ chức Hội nghị sơ kết ngày 20/9/2025.\n")
    assert [(r.surface, r.due_date, r.task) for r in rows.get(1, [])] == \
        [("ngày 20/12/2025", "2025-12-20",
          "Ban Văn hóa - Xã hội phối hợp với Đoàn Thanh niên tổ chức hội diễn văn nghệ")]
    assert [(r.surface, r.due_date, r.task) for r in rows.get(2, [])] == \
        [("ngày 26/12/2025", "2025-12-26", "Tổ chức Hội nghị cán bộ, công chức")]
    assert not rows.get(3) and not rows.get(4) and not rows.get(5)


def test_a_subject_shortened_as_school_plans_shorten_it():
    """`GVCN nộp …`, `BGH kiểm tra …`, `TTCM nộp …` (models/abbreviations.tsv): the post or body written out is who
    must act, not the plan's own body."""
    text = ("TRƯỜNG THCS HÒA BÌNH\nSố: 45/KH-THCS\nHòa Bình, ngày 10 tháng 11 năm 2024\nKẾ HOẠCH\nHoạt động tháng 12\n"
            "1. GVCN nộp hồ sơ học sinh về văn phòng trước ngày 05/12/2024.\n"
            "2. TTCM nộp kế hoạch tổ về PHT trước ngày 07/12/2024.\n"
            "3. BGH kiểm tra hồ sơ chuyên môn trước ngày 14/12/2024.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.responsible) for r in rows] == [
        ("2024-12-05", "Giáo viên chủ nhiệm"), ("2024-12-07", "Tổ trưởng chuyên môn"), ("2024-12-14", "Ban Giám hiệu")]
    assert rows[1].recipient == "Phó Hiệu trưởng"


def test_a_recurrence_after_a_semicolon_takes_the_sentences_subject():
    """`Các công chức chuyên môn căn cứ Kế hoạch này triển khai thực hiện; định kỳ hằng quý báo cáo kết quả về UBND xã
    …`: the second clause leaves out its subject, the first clause's (before: the commune, the plan's own body)."""
    rows = _by_line("Các công chức chuyên môn căn cứ Kế hoạch này triển khai thực hiện; định kỳ hằng quý báo cáo kết quả "
                    "về UBND xã (qua Văn phòng) trước ngày 15 tháng cuối quý.\n")
    assert [(r.recurrence, r.responsible) for r in rows[1]] == [("hằng quý", "Các công chức chuyên môn")]


def test_the_date_line_with_its_day_left_blank_is_no_deadline():
    # a school's draft dated before it is signed: the day left as dots (`ngày …  tháng 10  năm 2015`); its month is the
    # document's own date, not a deadline at the month's end; a deadline of the body stays
    text = ("UBND HUYỆN CAN LỘC\nTRƯỜNG TH NGA LỘC\nSố: … /KH-THNgL\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập – Tự do – Hạnh phúc\nThường Nga, ngày …  tháng 10  năm 2015\n\nKẾ HOẠCH\n"
            "Tổ chức Hội khỏe Phù Đổng cấp trường năm học 2015 - 2016\n\nII. THỜI GIAN\n"
            "Các lớp đăng ký danh sách vận động viên trước ngày 20/10/2015.\n")
    document = parse_text(text)[0]
    assert document.meta.place == "Thường Nga"
    assert [(d.due_date, d.line) for d in document.deadlines] == [("2015-10-20", 12)]


def test_timetable_entries_that_name_an_activity_and_end_with_its_day():
    # a school's sports-day plan: under `III. LỊCH THI ĐẤU` each entry names a game and ends with its day (with a
    # colon or without); a sentence's wrapped end with a day (`… thắng giải là ngày 15/12/2025.`) is no entry
    text = ("TRƯỜNG THCS AN PHÚ\nSố: 12/KH-THCS\nKẾ HOẠCH\nTổ chức giải thể thao học sinh năm học 2020 - 2021\n\n"
            "III. LỊCH THI ĐẤU\n1. Cờ vua: ngày 15/11/2020.\n2. Bóng đá mini ngày 20/11/2020.\n"
            "3. Cầu lông nam, nữ 22/11/2020 (thứ Bảy).\n\nIV. KHEN THƯỞNG\n"
            "- Thời hạn cuối cùng Ban tổ chức trao thưởng cho người\nthắng giải là ngày 30/11/2020.\n")
    rows = {(d.due_date, d.task, d.line) for d in parse_text(text)[0].deadlines}
    assert {("2020-11-15", "Cờ vua", 7), ("2020-11-20", "Bóng đá mini", 8), ("2020-11-22", "Cầu lông nam, nữ", 9)} <= rows
    assert [task for due, task, line in rows if line == 13] == ["Thời hạn cuối cùng Ban tổ chức trao thưởng cho người thắng giải"]


def test_the_schools_youth_union_is_responsible_for_its_own_task():
    # a school's emulation plan names the school's Youth Union (`Đoàn trường`) beside its trade union and Pioneers
    text = ("TRƯỜNG THPT PHƯỚC LONG\nSố: 04/KH-THPT\nKẾ HOẠCH\nThi đua chào mừng Ngày Nhà giáo Việt Nam 20/11\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n1. Đoàn trường tổ chức hội diễn văn nghệ trước ngày 18/11/2024.\n"
            "2. Công đoàn trường tổng hợp kết quả thi đua trước ngày 25/11/2024.\n")
    assert [(d.due_date, d.responsible) for d in parse_text(text)[0].deadlines] == [
        ("2024-11-18", "Đoàn trường"), ("2024-11-25", "Công đoàn trường")]


def test_the_hour_an_event_begins_from():
    # a contest's notice: the opening ceremony `bắt đầu từ 9 giờ ngày …` is an event its recipients attend; a policy
    # applied `bắt đầu từ ngày …` is no deadline
    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO BÌNH DƯƠNG\nSố: 12/TB-SGDĐT\nBình Dương, ngày 10 tháng 02 năm 2012\nTHÔNG BÁO\n"
            "Hội thi giáo viên dạy giỏi năm học 2011-2012\n\n1. Thời gian Hội thi: Từ ngày 26/3/2012 đến ngày 30/3/2012. "
            "Lễ Khai mạc bắt đầu từ 9 giờ ngày 26/3/2012, sau đó tổ chức phần thi kiến thức.\n"
            "2. Chế độ bồi dưỡng giáo viên dự thi được áp dụng bắt đầu từ ngày 01/3/2012.\n")
    rows = [(d.due_date, d.surface) for d in parse_text(text)[0].deadlines]
    assert ("2012-03-26", "9 giờ ngày 26/3/2012") in rows
    assert not any(due == "2012-03-01" for due, _ in rows)


def test_a_feast_named_by_its_lunar_day_is_no_month_of_the_year():
    # A high school's Mid-Autumn plan (held-out shape): `Thời gian: Tiết 5 thứ Tư ngày 04/10/2017 (Rằm tháng 8).` — the
    # lunar `tháng 8` gave a second row, 2018-08-31.
    for aside in ("(Rằm tháng 8)", "(rằm tháng Tám)"):
        rows = parse_text("TRƯỜNG THPT ĐÔNG MỸ\nSố: 45/KH-THPT\nHà Nội, ngày 20 tháng 9 năm 2017\n\nKẾ HOẠCH\nTổ chức Tết "
                          f"Trung thu\n\nII. THỜI GIAN\nThời gian: Tiết 5 thứ Tư ngày 04/10/2017 {aside}.\n")[0].deadlines
        assert [d.due_date for d in rows] == ["2017-10-04"], aside


def test_a_weekly_duty_followed_by_the_hour_it_starts():
    # A ward's notice (held-out shape, Long Biên 2020): `… tham gia giữ gìn vệ sinh môi trường trên địa bàn vào sáng thứ
    # 7 hàng tuần, thời gian bắt đầu từ 7h.` — the hour after the comma hid the duty's recurrence, and `hưởng ứng` (to
    # respond to a call) read as the `hưởng` of a benefit's period.
    rows = parse_text("ỦY BAN NHÂN DÂN\nPHƯỜNG CỰ KHỐI\nSố: 12/TB-UBND\n\nTHÔNG BÁO\nVề tổng vệ sinh môi trường\n\n"
                      "1. Đề nghị toàn thể nhân dân trên địa bàn phường hưởng ứng tham gia giữ gìn vệ sinh môi trường vào "
                      "sáng thứ 7 hàng tuần, thời gian bắt đầu từ 7h.\n")[0].deadlines
    assert [(d.surface, d.recurrence) for d in rows] == [("vào sáng thứ 7 hàng tuần", "hàng tuần")]


def test_a_part_of_a_month_is_due_when_the_part_ends():
    # a month's ten-day parts (thượng tuần, trung tuần, hạ tuần) and its first week, as plans write them before the
    # month: due on the 10th, the 20th, its last day, the 7th; not the part of a span (`trong 6 tháng cuối năm 2025`)
    rows = _by_line("1. Các thôn nộp danh sách về Ủy ban nhân dân xã đầu tháng 11/2025.\n"
                    "2. Các thôn tổ chức hội nghị vào giữa tháng 12/2025.\n"
                    "3. Các thôn nộp biên bản về Ủy ban nhân dân xã cuối tháng 12/2025.\n"
                    "4. Các thôn báo cáo kết quả trong tuần đầu tháng 01/2026.\n"
                    "5. Các thôn tiếp tục thực hiện các nhiệm vụ trong 6 tháng cuối năm 2025.\n")
    assert [(r.due_date, r.recipient) for r in rows[1]] == [("2025-11-10", "Ủy ban nhân dân xã")]
    assert [r.due_date for r in rows[2]] == ["2025-12-20"]
    assert [r.due_date for r in rows[3]] == ["2025-12-31"]
    assert [r.due_date for r in rows[4]] == ["2026-01-07"]
    assert 5 not in rows


def test_a_day_after_the_part_of_the_day_without_ngày():
    """`Công đoàn tổ chức gặp mặt nữ cán bộ, giáo viên vào chiều 18/10.` (a school's monthly schedule, as such schedules
    write it): `chiều` stands before the day as `ngày` does (nothing was read: the quick test for a day's prefix knew
    only clocks, weekdays and `ngày`); after an occasion named earlier on the line, the event's day is the row."""
    from .test_deadline_rows_and_tasks import _SCHOOL_PLAN, _by_line as rows_by_line

    rows = rows_by_line(_SCHOOL_PLAN, "- Công đoàn tổ chức gặp mặt nữ cán bộ giáo viên vào chiều 18/10/2025.\n"
                                      "- Kỷ niệm Ngày Phụ nữ Việt Nam 20/10: Công đoàn tổ chức gặp mặt nữ cán bộ, giáo viên "
                                      "vào chiều 18/10.\n")
    assert [(r.surface, r.due_date) for line in (1, 2) for r in rows[line]] == [
        ("vào chiều 18/10/2025", "2025-10-18"), ("vào chiều 18/10", "2025-10-18")]


def test_august_belongs_to_the_school_year_that_opens_in_it():
    """A school's plan of August for `năm học 2026 - 2027` (as schools date their first-week plans): `trước ngày 24/8`
    is four days after the plan, in 2026 (it was read in 2027, as if August ended the year); September opens the first
    year and January is in the second, as before."""
    from .test_deadline_rows_and_tasks import _by_line as rows_by_line

    plan = ("TRƯỜNG THPT ĐỐC BINH KIỀU\nSố: 21/KH-THPT\nĐốc Binh Kiều, ngày 20 tháng 8 năm 2026\n\nKẾ HOẠCH\n"
            "Tổ chức sinh hoạt công dân đầu năm học 2026 - 2027\n\nI. NỘI DUNG\n")
    rows = rows_by_line(plan, "1. Đoàn trường treo băng rôn trước ngày 24/8.\n2. Khai giảng năm học vào ngày 05/9.\n"
                              "3. Sơ kết học kỳ I trước ngày 15/01.\n")
    assert [r.due_date for line in (1, 2, 3) for r in rows[line]] == ["2026-08-24", "2026-09-05", "2027-01-15"]


def test_days_listed_after_days_or_with_a_tight_comma_are_read():
    # An education office's letter (held-out): `Thời gian tổ chức hội thi : 2 ngày (Ngày 11,12 tháng 3 năm 2012)`, and
    # timetables that write `trong các ngày 11, 12/3/2012` (main: the month alone, due 2012-03-31, or nothing); days in a
    # row are one span, due on the last (the held-out keys of such contests: h60_10, h75_05), days apart each a deadline
    rows = _by_line("- Tổ chức hội thi vào ngày 11,12 tháng 3 năm 2026.\n"
                    "- Tổ chức tập huấn trong các ngày 13, 14/3/2026.\n"
                    "- Hoàn thành việc sửa chữa trong 1,5 tháng.\n"
                    "- Kiểm tra hồ sơ vào ngày 16,18 tháng 3 năm 2026.\n")
    assert [(r.surface, r.due_date) for r in rows[1]] == [("vào ngày 11,12 tháng 3 năm 2026", "2026-03-12")]
    assert [(r.surface, r.due_date) for r in rows[2]] == [("trong các ngày 13, 14/3/2026", "2026-03-14")]
    assert not any(r.due_date for r in rows.get(3, []))  # a decimal count (`1,5 tháng`) lists no days
    assert sorted((r.surface, r.due_date) for r in rows[4]) == [
        ("vào ngày 16,18 tháng 3 năm 2026", "2026-03-16"), ("vào ngày 16,18 tháng 3 năm 2026", "2026-03-18")]


def test_a_range_whose_days_are_bracketed_after_their_weekdays_is_one_deadline():
    # An education office's holiday notice (held-out): `… trực từ thứ hai (ngày 30/4/2018) đến hết thứ Ba (ngày
    # 01/5/2018);` (main: a deadline due the first day, its surface `từ thứ hai (ngày 30/4/2018` without its bracket)
    rows = _notice_rows("1. Các trường tổ chức trực từ thứ hai (ngày 30/4/2018) đến hết thứ Ba (ngày 01/5/2018).\n")
    assert rows == [(1, "từ thứ hai (ngày 30/4/2018) đến hết thứ Ba (ngày 01/5/2018)", "2018-05-01")]


def test_a_range_typed_with_an_ascii_arrow_is_one_deadline():
    # A school's monthly plan (held-out shape): exams `từ ngày 20 -> 24/4/2010`, `Từ 12/4 -> 29/4`, `từ 19-> 24/4`
    # (main: no deadline; `→` was read, its typed form `->` not)
    rows = _by_line("- Thi tập trung theo phòng thi từ ngày 20 -> 24/4/2026.\n"
                    "- Các môn còn lại: thi theo thời khóa biểu từ 12/4 -> 29/4.\n"
                    "- Thể dục, Công nghệ: thi theo thời khóa biểu từ 19-> 24/4.\n")
    assert [[(r.surface, r.due_date) for r in rows[i]] for i in (1, 2, 3)] == [
        [("thi từ ngày 20 -> 24/4/2026", "2026-04-24")], [("từ 12/4 -> 29/4", "2026-04-29")],
        [("từ 19-> 24/4", "2026-04-24")]]


def test_a_bullet_that_opens_the_next_line_joins_no_range():
    # an admission notice (held-out shape): `… nhận hồ sơ vào ngày 30, 31/7 /2026` ⏎ `- Sáng ngày 23/5/2026 thi …` (main:
    # one range from the first line's day to the next line's date, the bullet's dash read as the range's)
    rows = _by_line("+ Trẻ sinh năm 2017 nhận hồ sơ vào ngày 30, 31/7 /2026\n"
                    "- Sáng ngày 23/8/2026: tổ chức kiểm tra.\n")
    assert not any("\n" in r.surface for line in rows.values() for r in line)
    assert [(r.surface, r.due_date) for r in rows[2]] == [("Sáng ngày 23/8/2026", "2026-08-23")]
