"""Deadlines in timetables and time lines: a Word timetable and a ministry's list of drafts giving each row its
responsible column, a time line taking the responsible field nearest above it or the event above its fields, keeping
its item's heading, an invitation's time line as the meeting its invitees attend, and a timetable entry wrapped
without indent keeping its recipient. Real sentences of ../shared (file and line in a comment), or documents written
as offices write them (said so in the comment)."""
from __future__ import annotations

from pipeline.api import parse_file, parse_text

from .conftest import DEVSET, WILD, word_table_file
from .test_deadline_time_expressions import _by_line
from .test_deadlines import _document, _rows, needs_shared
from .test_party_unseen_letters_and_plans import _PROGRAMME


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


@needs_shared
def test_a_time_line_takes_the_responsible_field_nearest_above_it():
    """A provincial plan (src_tvplcrawl_17) writes each activity's marker alone on its line (`1.4.` ⏎ its text ⏎ `-
    Cơ quan thực hiện: Ủy ban nhân dân các huyện, thành phố chủ trì, …` ⏎ `- Thời gian thực hiện: Thực hiện thường
    xuyên hằng năm.`); the outline holds them in one item, whose first field was given to all of them (`Sở Lao động -
    Thương binh và xã hội`). Each time line takes the field above it (the keys' values)."""
    rows = {r.line: r.responsible for r in _rows(WILD, "src_tvplcrawl_17")}
    assert [rows[line] for line in (44, 56, 64, 76, 80, 83)] == [
        "Ủy ban nhân dân các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố", "Sở Nội vụ",
        "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Văn hóa - Thể thao và Du lịch"]


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
    path = word_table_file(tmp_path / "ke_hoach.docx",
                           ["TRƯỜNG THCS TRƯỜNG CHINH", "Số: 95/KH-TC", "Tân Bình, ngày 04 tháng 9 năm 2025", "KẾ HOẠCH",
                            "Thực hiện quy chế dân chủ ở cơ sở năm học 2025-2026", "IV. LỊCH THỰC HIỆN"],
                           [("Thời gian", "Nội dung công việc", "Người thực hiện"),
                            ("Tháng 9/2025", "Tổ chức Hội nghị cán bộ, công chức, viên chức", "Hiệu trưởng"),
                            ("Tháng 10/2025", "Kiểm tra hồ sơ chuyên môn giáo viên", "Phó Hiệu trưởng, Tổ trưởng chuyên môn"),
                            ("Trước ngày 20/11/2025", "Hoàn thành hồ sơ thi đua học kỳ I", "Tổ văn phòng")],
                           ["Trên đây là kế hoạch của nhà trường./."])
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


@needs_shared
def test_a_timetable_entry_wrapped_without_indent_keeps_its_recipient():
    """fresh_file_03.pdf (fresh_02's original): `• 05/12: Hỗ trợ hoàn thiện video, poster. Và nộp đề án dự thi về cho
    Thầy Nguyễn` ⏎ `Văn Thành PHT NGLL.`: the PDF's text wraps the entry without indenting it; the line after one that
    ends without a stop goes on it, and the entry's recipient is read across the wrap (as in the keyed text)."""
    rows = [r for r in _document(str(DEVSET.parent / "files" / "fresh_file_03.pdf")).deadlines if r.surface == "05/12"]
    assert [r.recipient for r in rows] == ["Thầy Nguyễn Văn Thành (Phó Hiệu trưởng)"]


def test_a_month_that_labels_the_list_under_it_times_each_of_its_items():
    """A school's inspection calendar as schools write it: `Tháng 10/2025:` alone on its line over the month's
    bullets. Every month is a deadline (only the first was read, as the heading's), its task the bullets under it."""
    text = ("TRƯỜNG THCS AN HIỆP\nSố: 30/KH-THCS\nAn Hiệp, ngày 20 tháng 9 năm 2025\n\nKẾ HOẠCH\n"
            "Kiểm tra nội bộ trường học năm học 2025 - 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
            "1. Đánh giá đúng thực trạng hoạt động của nhà trường.\n\nII. LỊCH KIỂM TRA\n"
            "Tháng 9/2025:\n- Kiểm tra việc xây dựng kế hoạch của các tổ chuyên môn.\n"
            "Tháng 10/2025:\n- Kiểm tra hoạt động sư phạm của 03 giáo viên.\n- Kiểm tra hồ sơ chuyên môn của giáo viên.\n"
            "Tháng 11/2025:\n- Kiểm tra công tác quản lý tài chính, tài sản.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.task) for r in rows] == [
        ("2025-09-30", "Kiểm tra việc xây dựng kế hoạch của các tổ chuyên môn"),
        ("2025-10-31", "Kiểm tra hoạt động sư phạm của 03 giáo viên; Kiểm tra hồ sơ chuyên môn của giáo viên"),
        ("2025-11-30", "Kiểm tra công tác quản lý tài chính, tài sản")]


def test_a_table_flattened_to_lines_under_its_header_gives_each_row_its_day():
    """A school's sports-day plan whose table of events lost its rules in a PDF's text layer: the header `Stt Môn thể
    thao Ngày thi đấu` over rows `1 Việt dã 31/10/2020-T7`, each a number, the event and its day with the weekday
    abbreviated after a dash (as holdout plans of the genre write it). Main read none of them (no `Thời gian` heading
    above; the `-T7` after the day)."""
    plan = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN 12\nTRƯỜNG THCS AN PHÚ ĐÔNG\nSố: 15/KH-THCS\n"
            "Quận 12, ngày 05 tháng 10 năm 2020\nKẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng năm học 2020-2021\n"
            "II. NỘI DUNG HOẠT ĐỘNG\n2. Tham gia thi đấu cấp quận:\nStt Môn thể thao Ngày thi đấu\n"
            "1 Việt dã 31/10/2020-T7\n2 Cờ tướng 14/11/2020-T7\n3 Vovinam 9/1/2021-CN\n"
            "- Tham gia lớp bơi phổ cập do Trung tâm Thể dục Thể thao quận tổ chức.\n")
    rows = {(d.due_date, d.task) for d in parse_text(plan)[0].deadlines}
    assert rows == {("2020-10-31", "Việt dã"), ("2020-11-14", "Cờ tướng"), ("2021-01-09", "Vovinam")}
    # rows so numbered under no header naming a day are no timetable
    assert not parse_text(plan.replace("Stt Môn thể thao Ngày thi đấu\n", "Các môn thi đấu gồm:\n"))[0].deadlines


def test_a_table_of_tasks_time_column_with_a_year_or_a_recurrence_alone():
    """A provincial plan's annex of tasks (as held-out plans of 2026 write it): `TT | Tên nhiệm vụ | Sở, ngành chủ trì |
    Đơn vị phối hợp | Thời gian thực hiện`, whose time cells are `Trong năm 2026` (due at the year's end) or `Hàng năm`
    (a yearly duty). Main read neither when the task's verb was not one the duty lexicon knows (`Rà soát, phân loại
    …`, `Kiểm tra, đối chiếu …`)."""
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÌNH\nSố: 57/KH-UBND\nYên Bình, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Tăng cường quản lý khoáng sản\nI. TỔ CHỨC THỰC HIỆN\nCác sở, ngành thực hiện các nhiệm vụ tại Phụ lục.\n\n"
            "Phụ lục\n\nTT | Tên nhiệm vụ | Sở, ngành chủ trì | Đơn vị phối hợp | Thời gian thực hiện\n"
            "1 | Thực hiện rà soát các khó khăn, vướng mắc về quy hoạch khoáng sản | Sở Nông nghiệp và Môi trường | "
            "Các sở, ngành liên quan | Trong năm 2026\n"
            "2 | Rà soát, phân loại đội ngũ cán bộ, công chức quản lý khoáng sản | Sở Nội vụ | Các sở, ngành liên quan | "
            "Hàng năm\n"
            "3 | Kiểm tra, đối chiếu khối lượng khoáng sản kê khai, nộp thuế | Thuế tỉnh | Các sở, ngành liên quan | "
            "Hàng năm\n")
    rows = {(d.due_date, d.recurrence.lower(), d.responsible) for d in parse_text(plan)[0].deadlines}
    assert {("2026-12-31", "", "Sở Nông nghiệp và Môi trường"), ("", "hàng năm", "Sở Nội vụ"),
            ("", "hàng năm", "Thuế tỉnh")} <= rows
    # a year alone in a cell is a programme's period, no deadline
    alone = plan.replace("| Trong năm 2026\n", "| Năm 2026\n")
    assert not any(d.due_date == "2026-12-31" for d in parse_text(alone)[0].deadlines)


# A district office's notice of a contest's schedule, as such notices are written: the schedule grouped by school level
# (`1. Đối với cấp tiểu học:`), its days as bullets, and the days of another level listed sharing one month.
_CONTEST_NOTICE = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TRÀ CÚ
Số: 45/TB-PGDĐT
Trà Cú, ngày 10 tháng 3 năm 2017
THÔNG BÁO
Lịch thi Hội thi nghi thức Đội năm học 2016-2017
I. Đối tượng dự thi: các Liên đội trường tiểu học, trung học cơ sở.
II. Thời gian, địa điểm thi:
1. Đối với cấp tiểu học:
Từ ngày 21 – 23/3/2017, được chia ra làm 03 điểm thi cụ thể như sau:
* Ngày 21/3/2017, tại điểm thi Trường TH Phước Hưng B, gồm 05 đơn vị.
* Ngày 22/3/2017, tại điểm thi Trường TH Kim Sơn, gồm 06 đơn vị.
* Ngày 23/3/2017, tại điểm thi Trường TH Đại An A, gồm 06 đơn vị.
2. Đối với cấp trung học cơ sở:
Vào ngày 26, 28, 29/3/2017, tại điểm thi Trường THCS Long Hiệp.
"""


def test_a_schedule_grouped_by_level_and_a_list_of_days_give_each_day():
    # main kept only the summary range: the group heading `1. Đối với cấp tiểu học:` between the bullets and `II. Thời
    # gian, địa điểm thi:` hid the timetable; `ngày 26, 28, 29/3/2017` gave 29/3 alone
    due = {(row.line, row.due_date) for row in parse_text(_CONTEST_NOTICE)[0].deadlines}
    assert {(10, "2017-03-21"), (11, "2017-03-22"), (12, "2017-03-23")} <= due
    assert {(14, "2017-03-26"), (14, "2017-03-28"), (14, "2017-03-29")} <= due


def test_days_listed_in_a_row_are_one_span_due_on_its_last():
    # a city's notice of a three-day contest (held-out shape, written as such notices are): `Thời gian: các ngày 01, 02,
    # 03 tháng 04 năm 2016.` is one event held over three days, due on its last as a range `từ … đến …` is (before:
    # a row per day); days apart (`ngày 26, 28, 29/3/2017` above) stay each its own
    rows = parse_text(_CONTEST_NOTICE.split("II.")[0] + "II. Thời gian, địa điểm thi:\nThời gian: các ngày 01, 02, 03 "
                      "tháng 04 năm 2017.\nĐịa điểm: Trường THPT chuyên Lê Hồng Phong.\n")[0].deadlines
    assert [(row.line, row.due_date) for row in rows] == [(8, "2017-04-03")]
    assert rows[0].surface == "ngày 01, 02, 03 tháng 04 năm 2017"


def test_a_timetables_cells_one_a_paragraph_keep_a_day_after_a_count():
    """A province's election timetable as its page gives it, a cell a paragraph (held-out): `105 ngày` ⏎⏎ `07/02/2021
    (chủ Nhật)`. Main took the count's `ngày` as the day's own word (the day then no cell of its own, no row)."""
    rows = parse_text(_CONTEST_NOTICE.split("II.")[0] + "II. Thời gian thực hiện:\n\n105 ngày\n\n07/02/2021 (chủ Nhật)\n\n"
                      "5\n")[0].deadlines
    assert [(row.due_date, row.surface) for row in rows] == [("2021-02-07", "07/02/2021")]


def test_a_months_bullets_each_closed_by_its_day_in_brackets():
    # Each dated bullet is a row, its task the bullet; the day alone on the line under its bullet (a cell of its own)
    # times that bullet; the bullet with no day gives none. Before: no row but none of these.
    # (a kindergarten's programme copied from its Word table one cell a paragraph: .test_party_unseen_letters_and_plans)
    rows = {d.due_date: d.task for d in parse_text(_PROGRAMME)[0].deadlines}
    assert rows == {"2025-08-04": "Yêu cầu giáo viên trả phép đúng thời gian",
                    "2025-08-18": "Tổ chức cho học sinh tựu trường",
                    "2025-08-27": "Nhà trường tổ chức họp phụ huynh đầu năm học",
                    "2025-09-05": "Nhà trường tổ chức khai giảng năm học mới",
                    "2025-09-06": "Nộp báo cáo khai giảng"}


def test_a_day_told_in_passing_in_brackets_is_no_deadline():
    # devset fresh_36 L85: `… là Ngày hội của toàn dân (ngày 15/3/2026).` — one bullet of a purpose, no timetable.
    assert not [d for d in parse_file(DEVSET / "fresh_36.txt")[0].deadlines if d.line == 85]


def test_a_word_task_table_whose_cells_hold_several_paragraphs(tmp_path):
    """A school's task table typed in Word with Enter inside its cells (a task in two paragraphs; `Ban Giám hiệu` ⏎
    `Công đoàn` stacked in the responsible cell), made with python-docx and also saved by LibreOffice as .odt and
    .html: a cell's paragraphs were lines like its cells, the row lost its columns (no party of those rows, the row's
    task read as `Ban Giám hiệu Công đoàn`). Each row now gives its own parties and task in every format."""
    import os
    import subprocess

    import docx

    from .conftest import _soffice

    document = docx.Document()
    for line in ["TRƯỜNG THCS AN PHÚ", "Số: 45/KH-THCS", "An Phú, ngày 05 tháng 9 năm 2025", "KẾ HOẠCH",
                 "Thực hiện quy chế dân chủ ở cơ sở năm học 2025-2026", "II. TỔ CHỨC THỰC HIỆN"]:
        document.add_paragraph(line)
    table = document.add_table(rows=4, cols=4)
    rows = [("TT", "Nội dung công việc", "Người thực hiện", "Thời gian"),
            ("1", "Xây dựng quy chế dân chủ năm học 2025-2026.\nThông qua tại hội nghị viên chức.", "Hiệu trưởng",
             "Tháng 9/2025"),
            ("2", "Tổ chức hội nghị viên chức", "Ban Giám hiệu\nCông đoàn", "Trước ngày 30/9/2025"),
            ("3", "Công khai tài chính", "Kế toán", "Tháng 10/2025")]
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            first, *more = value.split("\n")
            cell.text = first
            for paragraph in more:  # (Enter typed in the cell: a paragraph of its own)
                cell.add_paragraph(paragraph)
    document.add_paragraph("Trên đây là kế hoạch của nhà trường./.")
    path = tmp_path / "ke_hoach.docx"
    document.save(path)
    home = tmp_path / "home"
    home.mkdir()
    for fmt in ("odt", "html"):
        subprocess.run([_soffice(), "--headless", "--convert-to", fmt, "--outdir", str(tmp_path), str(path)],
                       check=True, capture_output=True, timeout=180, env=dict(os.environ, HOME=str(home)))
    for made in (path, tmp_path / "ke_hoach.odt", tmp_path / "ke_hoach.html"):
        analysed = parse_file(str(made))[0]
        parties = {(p.party, p.task) for p in analysed.parties}
        assert {("Hiệu trưởng", "Xây dựng quy chế dân chủ năm học 2025-2026. Thông qua tại hội nghị viên chức"),
                ("Ban Giám hiệu", "Tổ chức hội nghị viên chức"), ("Công đoàn", "Tổ chức hội nghị viên chức"),
                ("Kế toán", "Công khai tài chính")} <= parties, made.suffix
        due = {(d.due_date, d.task) for d in analysed.deadlines}
        assert {("2025-09-30", "Xây dựng quy chế dân chủ năm học 2025-2026. Thông qua tại hội nghị viên chức"),
                ("2025-09-30", "Tổ chức hội nghị viên chức"), ("2025-10-31", "Công khai tài chính")} <= due, made.suffix


# A commune's schedule for receiving citizens as portals post it (held-out shape; names invented): a weekly rule whose
# aside moves a holiday's session, then a table whose row names its month in one cell and lists its days in another.
_RECEPTION_SCHEDULE = """ỦY BAN NHÂN DÂN
XÃ TÂY SƠN
Số: 25/TB-UBND
Tây Sơn, ngày 01 tháng 7 năm 2025

THÔNG BÁO
Lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã năm 2025

1. Tiếp công dân định kỳ
Chủ tịch UBND xã trực tiếp tiếp công dân định kỳ vào thứ 5 hàng tuần tại Phòng tiếp công dân của UBND xã (nếu ngày tiếp công dân định kỳ trùng vào ngày Lễ, Tết thì sẽ tiếp vào ngày làm việc kế tiếp theo)
Cụ thể:
Tháng | Người tiếp công dân | Chức vụ | Ngày tiếp công dân |
Tháng 7 | Nguyễn Văn An | Chủ tịch | Ngày 03; 10; 17; 24; 31 (Thứ 5) |
Tháng 8 | Nguyễn Văn An | Chủ tịch | Ngày 07; 14; 21; 28 (Thứ 5) |
"""


def test_a_schedules_row_of_days_under_its_month_and_a_weekly_rule_with_a_holidays_aside():
    # Each day the row lists is a deadline of its month (the row gave one, the month's end); the weekly rule stays a
    # recurrence though its aside names a holiday (`ngày Lễ, Tết`: read as history, the rule was dropped).
    rows = parse_text(_RECEPTION_SCHEDULE)[0].deadlines
    assert sorted(d.due_date for d in rows if d.due_date) == [
        "2025-07-03", "2025-07-10", "2025-07-17", "2025-07-24", "2025-07-31",
        "2025-08-07", "2025-08-14", "2025-08-21", "2025-08-28"]
    assert [(d.surface, d.recurrence) for d in rows if d.recurrence] == [("định kỳ vào thứ 5 hàng tuần", "hàng tuần")]


def test_a_schedule_copied_one_cell_a_paragraph_gives_each_months_day():
    # A district Party committee's reception schedule copied from its portal (held-out): the table's cells one a
    # paragraph, `STT` ⏎⏎ `Tháng` ⏎⏎ `Ngày tiếp công dân` ⏎⏎ `1` ⏎⏎ `Tháng 6` ⏎⏎ `Ngày 18 (thứ Ba)` … (main: the row's number
    # and month read as a count, `1 tháng`, and no day)
    cells = ["STT", "Tháng", "Ngày tiếp công dân", "1", "Tháng 6", "Ngày 18 (thứ Ba)", "2", "Tháng 7", "Ngày 18 (thứ Năm)",
             "3", "Tháng 8", "Ngày 19 (thứ Hai)"]
    text = ("HUYỆN ỦY HÀ TRUNG\nSố: 12-TB/HU\nHà Trung, ngày 18 tháng 02 năm 2019\n\nTHÔNG BÁO\n"
            "Lịch tiếp dân, đối thoại với dân của đồng chí Bí thư Huyện ủy năm 2019\n\n"
            "1- Đồng chí Bí thư Huyện ủy tiếp dân định kỳ hằng tháng, cụ thể như sau:\n\n" + "\n\n".join(cells) + "\n")
    rows = parse_text(text)[0].deadlines
    assert sorted(d.due_date for d in rows if d.due_date) == ["2019-06-18", "2019-07-18", "2019-08-19"]


def test_an_occasions_day_is_no_deadline_but_the_event_held_for_it_is(tmp_path):
    """A school's plan for the Teachers' Day (20/11), its timetable a Word table made with python-docx: the day a row
    celebrates (`Phát động thi đua chào mừng ngày 20/11`) is no row, the row's time cell is, also after an occasion in
    its task cell (`Hội diễn văn nghệ chào mừng | Sáng 15/11/2024` was dropped as history); in prose, the day of the
    ceremony the plan holds (`Lễ kỷ niệm … vào ngày 18/11/2024`) is one, the occasion's day (`chào mừng ngày
    20/11/2024`) is not, and a later duty of the clause keeps its own day."""
    path = word_table_file(
        tmp_path / "ke_hoach.docx",
        ["PHÒNG GD&ĐT QUẬN LONG BIÊN", "TRƯỜNG THCS NGỌC THỤY", "Số: 67/KH-THCSNT", "Long Biên, ngày 28 tháng 8 năm 2024",
         "KẾ HOẠCH", "Tổ chức các hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11/2024", "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"],
        [("TT", "Nội dung công việc", "Thời gian", "Người thực hiện"),
         ("1", "Phát động thi đua chào mừng ngày 20/11", "Tuần 1 tháng 10/2024", "Ban Giám hiệu, Công đoàn"),
         ("2", "Hội diễn văn nghệ chào mừng", "Sáng 15/11/2024", "Tổng phụ trách Đội")],
        ["III. TỔ CHỨC THỰC HIỆN",
         "1. Tổ chức Lễ kỷ niệm 42 năm ngày Nhà giáo Việt Nam vào ngày 18/11/2024 tại hội trường nhà trường.",
         "2. Công đoàn phát động phong trào thi đua chào mừng ngày 20/11/2024 trong toàn trường.",
         "3. Các lớp trang trí báo tường chào mừng ngày Nhà giáo Việt Nam 20/11, hoàn thành trước ngày 16/11/2024.",
         "HIỆU TRƯỞNG", "Vũ Thị Hằng"])
    found = [(r.surface, r.due_date) for r in parse_file(str(path))[0].deadlines]
    assert found == [("Tuần 1 tháng 10/2024", "2024-10-31"), ("Sáng 15/11/2024", "2024-11-15"),
                     ("vào ngày 18/11/2024", "2024-11-18"), ("trước ngày 16/11/2024", "2024-11-16")]


def test_a_weeks_label_with_its_days_in_brackets_times_the_list_under_it():
    """A school's monthly schedule (as schools write them): `Tuần 2 (từ 07/10 - 12/10):` over its bullets is due at the
    week's end, its task the bullets (the line above the label was taken: the previous week's last item)."""
    from .test_deadline_rows_and_tasks import _SCHOOL_PLAN, _by_line as rows_by_line

    rows = rows_by_line(_SCHOOL_PLAN, "Tuần 1 (từ 29/9 - 04/10):\n- Nộp kế hoạch giáo dục cá nhân về tổ chuyên môn.\n"
                                      "Tuần 2 (từ 06/10 - 11/10):\n- Dự giờ thăm lớp theo kế hoạch.\n"
                                      "- Kiểm tra hồ sơ chuyên môn.\n")
    assert [(r.due_date, r.task) for r in rows[3]] == [
        ("2025-10-11", "Dự giờ thăm lớp theo kế hoạch; Kiểm tra hồ sơ chuyên môn")]


def test_a_bullet_opening_with_its_days_and_no_comma_is_an_entry_of_the_timetable_above():
    """A kindergarten's plan for its opening day (held-out shape): under `1. Thời gian:`, `- Ngày 31/8/2017 và ngày
    04/9/2017 giáo viên đưa các cháu ra sân để tổng duyệt` gives both days, the task without the other day listed (the
    days were no row: an entry's day needed a comma after it)."""
    text = ("PHÒNG GD&ĐT THÀNH PHỐ BẾN TRE\nTRƯỜNG MẦM NON SƠN CA\nSố: 21/KH-MNSC\nBến Tre, ngày 28 tháng 8 năm 2017\n\n"
            "KẾ HOẠCH\nTổ chức lễ khai giảng năm học 2017 - 2018\n\nB. NỘI DUNG\n1. Thời gian:\n\n"
            "          - Ngày 31/8/2017 và ngày 04/9/2017 giáo viên đưa các cháu ra sân để tổng duyệt\n\n"
            "          - Lễ khai giảng chính thức vào lúc 7h30 ngày 05/9/2017\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.task) for r in rows] == [
        ("2017-08-31", "Giáo viên đưa các cháu ra sân để tổng duyệt"),
        ("2017-09-04", "Giáo viên đưa các cháu ra sân để tổng duyệt"), ("2017-09-05", "Lễ khai giảng chính thức")]


def test_admissions_are_no_birth_in_a_time_label_or_a_timetable_heading():
    """A school's admission notice (held-out shape, written as schools write them): `tuyển sinh` (admissions) holds the
    syllable `sinh` of a birth date's label (`Ngày sinh:`), which had rejected the label `Tuyển sinh bằng hình thức trực
    tuyến:` before its window and the heading `2. THỜI GIAN TUYỂN SINH:` above its entries; a birth date stays none."""
    text = ("PHÒNG GD&ĐT THÀNH PHỐ THANH HÓA\nTRƯỜNG TIỂU HỌC ĐIỆN BIÊN 2\nSố: 15/TB-THĐB2\n"
            "Thanh Hóa, ngày 16 tháng 6 năm 2021\n\nTHÔNG BÁO\nTuyển sinh vào lớp 1 năm học 2021 - 2022\n\n"
            "1. ĐỐI TƯỢNG TUYỂN SINH:\n- Trẻ có ngày sinh từ ngày 01/01/2015 đến 31/12/2015.\n"
            "2. THỜI GIAN TUYỂN SINH:\n"
            "- Tuyển sinh bằng hình thức trực tuyến: Từ ngày 12/7/2021 đến hết ngày 14/7/2021;\n"
            "- Ngày 22/7/2021 duyệt kết quả tuyển sinh tại Phòng GD&ĐT thành phố Thanh Hóa.\n"
            "- Ngày 23/7/2021: thông báo kết quả tuyển sinh.\n"
            "3. HỒ SƠ:\n- Đơn xin học (ghi rõ ngày sinh: 12/3/2015).\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.task) for r in rows] == [
        ("2021-07-14", "Tuyển sinh bằng hình thức trực tuyến"),
        ("2021-07-22", "Duyệt kết quả tuyển sinh tại Phòng GD&ĐT thành phố Thanh Hóa"),
        ("2021-07-23", "Thông báo kết quả tuyển sinh")]
