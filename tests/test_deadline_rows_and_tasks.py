"""How one clause splits into deadline rows and what task each row carries: each due date with its own object or its
own subject, one date written twice for two duties, a weekly duty kept in one row, a part that is only a date or an
object sharing the duty or verb before it, a numbered lead-in naming the party of its bullets, a time label naming
its duty, and the task's words (an event's verb kept, a weekday aside and a stray space left out). Real sentences of
../shared (file and line in a comment), or sentences written as school and commune plans write them (said so in the
comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import DEVSET, WILD
from .test_deadlines import _plan_document, _rows, needs_shared


# a school's plan and a commune's, the way their headers and their `Tổ chức thực hiện` parts are written
_SCHOOL_PLAN = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THCS HÒA BÌNH\nSố: 21/KH-THCS\nHòa Bình, ngày 08 tháng 9 năm 2025\n\n"
                "KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2025-2026\n\nIV. TỔ CHỨC THỰC HIỆN\n")


_COMMUNE_PLAN = ("ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH\nSố: 52/KH-UBND\nLương Minh, ngày 20 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
                 "Rà soát thủ tục hành chính năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def _by_line(head: str, body: str) -> dict[int, list]:
    first = head.count("\n") + 1
    rows: dict[int, list] = {}
    for row in parse_text(head + body)[0].deadlines:
        rows.setdefault(row.line - first + 1, []).append(row)
    return rows


def test_a_weekly_duty_keeps_its_day_in_one_row():
    """`vào thứ Sáu hàng tuần`, `sáng thứ Hai hàng tuần`: the day is the recurrence row's surface, not the task's;
    `Định kỳ vào thứ Hai hằng tuần, …` is one row (a bare `Định kỳ` row and the week's left the day in the task)."""
    rows = _by_line(_SCHOOL_PLAN,
                    "1. Các tổ chuyên môn báo cáo kết quả thực hiện về Phó Hiệu trưởng vào thứ Sáu hàng tuần.\n"
                    "2. Định kỳ vào thứ Hai hằng tuần, Văn phòng tổng hợp tình hình, báo cáo Hiệu trưởng.\n"
                    "3. Ban Giám hiệu họp giao ban sáng thứ Hai hàng tuần.\n")
    assert [(r.surface, r.recurrence) for line in (1, 2, 3) for r in rows[line]] == [
        ("vào thứ Sáu hàng tuần", "hàng tuần"), ("Định kỳ vào thứ Hai hằng tuần", "hằng tuần"),
        ("sáng thứ Hai hàng tuần", "hàng tuần")]
    assert rows[1][0].task == "Các tổ chuyên môn báo cáo kết quả thực hiện về Phó Hiệu trưởng"
    assert rows[1][0].responsible == "Các tổ chuyên môn"
    assert rows[2][0].task.startswith("Văn phòng tổng hợp tình hình") and "thứ Hai" not in rows[2][0].task
    assert rows[3][0].task == "Ban Giám hiệu họp giao ban"


def test_each_due_date_of_one_clause_has_its_own_object():
    """`… xong trước ngày 30 tháng 6 năm 2026 đối với hồ sơ năm 2024, xong trước ngày 30 tháng 9 năm 2026
    đối với hồ sơ năm 2025`: each row's task is the common duty and its own object, not the other date and object."""
    rows = _by_line(_COMMUNE_PLAN,
                    "1. Công chức Tài chính - Kế toán chủ trì, phối hợp với các thôn khẩn trương hoàn thiện hồ sơ "
                    "quyết toán kinh phí hỗ trợ, xong trước ngày 30 tháng 6 năm 2026 đối với hồ sơ năm 2024, "
                    "xong trước ngày 30 tháng 9 năm 2026 đối với hồ sơ năm 2025.\n")[1]
    assert [r.due_date for r in rows] == ["2026-06-30", "2026-09-30"]
    common = ("Công chức Tài chính - Kế toán chủ trì, phối hợp với các thôn khẩn trương hoàn thiện hồ sơ quyết toán "
              "kinh phí hỗ trợ")
    assert rows[0].task == common + " đối với hồ sơ năm 2024"
    assert rows[1].task == common + " đối với hồ sơ năm 2025"
    assert {r.responsible for r in rows} == {"Công chức Tài chính - Kế toán"}


def test_one_due_date_written_twice_for_two_duties_is_two_rows():
    """`… rà soát, cập nhật … trước ngày 20/4/2026 và gửi báo cáo … trước ngày 20/4/2026`: each duty ends at its own
    date; the two rows' tasks held each other's words before."""
    rows = _by_line(_COMMUNE_PLAN,
                    "2. Các thôn rà soát, cập nhật danh sách hộ nghèo trước ngày 20/4/2026 và gửi báo cáo về Ủy ban "
                    "nhân dân xã trước ngày 20/4/2026.\n"
                    "3. Các đơn vị báo cáo kết quả Quý IV/2025 và Quý I/2026 trước ngày 25/4/2026.\n")
    assert [(r.due_date, r.task) for r in rows[1]] == [
        ("2026-04-20", "Các thôn rà soát, cập nhật danh sách hộ nghèo"),
        ("2026-04-20", "Gửi báo cáo về Ủy ban nhân dân xã")]
    assert [r.responsible for r in rows[1]] == ["Các thôn", "Các thôn"]
    # one duty whose object names two quarters keeps its whole clause
    assert [r.task for r in rows[2]] == ["Các đơn vị báo cáo kết quả Quý IV/2025 và Quý I/2026"]


@needs_shared
def test_a_second_date_after_a_comma_is_its_own_subjects_duty():
    """fresh_19 (a provincial plan) L113–115: `…, UBND các tỉnh thành nộp báo cáo tự đánh giá, chấm điểm trong tháng
    01/2026, Bộ Nội vụ tổ chức thẩm định, chấm điểm và công bố Chỉ số PAR Index cấp tỉnh vào tháng 4/2026.`"""
    row = next(r for r in _rows(DEVSET, "fresh_19") if r.line == 115)
    assert (row.surface, row.due_date) == ("vào tháng 4/2026", "2026-04-30")
    assert row.task == "Bộ Nội vụ tổ chức thẩm định, chấm điểm và công bố Chỉ số PAR Index cấp tỉnh"
    assert row.responsible == "Bộ Nội vụ"


def test_a_procedure_period_task_leaves_out_the_period_and_its_moment():
    """`Trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, cơ quan … có trách nhiệm …`: the task is
    the subject's duty; `… chậm nhất 40 ngày trước ngày bầu cử`: the moment after the duty leaves it too."""
    rows = _by_line(_COMMUNE_PLAN,
                    "4. Trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ hợp lệ, bộ phận một cửa có trách "
                    "nhiệm kiểm tra và trả kết quả cho tổ chức, cá nhân.\n"
                    "5. Ủy ban nhân dân xã có trách nhiệm niêm yết danh sách cử tri chậm nhất 40 ngày trước ngày bầu cử.\n")
    assert [(r.surface, r.recurrence) for line in (1, 2) for r in rows[line]] == [
        ("Trong thời hạn 03 ngày làm việc", "03 ngày làm việc"), ("chậm nhất 40 ngày", "40 ngày")]
    assert rows[1][0].task == "Bộ phận một cửa có trách nhiệm kiểm tra và trả kết quả cho tổ chức, cá nhân"
    assert rows[2][0].task == "Ủy ban nhân dân xã có trách nhiệm niêm yết danh sách cử tri"
    assert rows[2][0].responsible == "Ủy ban nhân dân xã"


@needs_shared
def test_a_part_that_is_only_a_date_and_its_object_shares_the_duty_before():
    """src_tvplcrawl_49 (a circular on land statistics) L250: `5. Bộ Quốc phòng, Bộ Công an gửi kết quả thống kê, kiểm
    kê đất quốc phòng, … về Bộ Tài nguyên và Môi trường … trước ngày 31 tháng 3 của năm kế tiếp đối với kết quả thống
    kê đất đai; trước ngày 30 tháng 6 của năm kế tiếp đối với kết quả kiểm kê đất đai.`: the second row's task was its
    object alone."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_49") if r.line == 250]
    assert [r.surface for r in rows] == ["trước ngày 31 tháng 3 của năm kế tiếp", "trước ngày 30 tháng 6 của năm kế tiếp"]
    assert rows[0].task.startswith("Bộ Quốc phòng, Bộ Công an gửi kết quả thống kê, kiểm kê đất quốc phòng")
    assert rows[1].task.startswith("Bộ Quốc phòng, Bộ Công an gửi kết quả thống kê, kiểm kê đất quốc phòng")
    assert rows[0].task.endswith("đối với kết quả thống kê đất đai")
    assert rows[1].task.endswith("đối với kết quả kiểm kê đất đai")


@needs_shared
def test_a_part_that_is_an_object_takes_the_verb_of_its_line():
    """Nghị định 44/2025/NĐ-CP (src_tvplcrawl_53) L212: `b) Phê duyệt kế hoạch lao động, quỹ tiền lương … trước ngày 15
    tháng 4 hằng năm; quỹ tiền thưởng của người lao động trước ngày 30 tháng 6 hằng năm; …` and L205 `a) Xây dựng và
    báo cáo Hội đồng thành viên hoặc Chủ tịch công ty: Kế hoạch lao động, …; quỹ tiền thưởng … trước ngày 30 tháng 5
    hàng năm; …`: the second part is an object of the line's verb (of its label); its task was the noun alone."""
    rows = {r.line: [x for x in _rows(WILD, "src_tvplcrawl_53") if x.line == r.line]
            for r in _rows(WILD, "src_tvplcrawl_53") if r.line in (205, 212)}
    assert rows[212][1].task == "Phê duyệt quỹ tiền thưởng của người lao động"
    assert rows[205][1].task.startswith("Xây dựng và báo cáo Hội đồng thành viên hoặc Chủ tịch công ty quỹ tiền thưởng")
    # a part that opens with its own time is not an object (src_tvplcrawl_46 L188 `…; thời hạn công bố trước ngày …`)
    assert all(not r.task.startswith("Báo cáo thời hạn") for r in _rows(WILD, "src_tvplcrawl_46"))


def test_a_numbered_lead_in_with_its_verb_names_the_party_of_its_bullets():
    """A plan's numbered item that leads its bullets in with a clause (`1. Hiệu trưởng tổ chức thực hiện các nội dung
    sau:`), the bullets apart by blank lines: a bullet's time falls to that subject, not to the letter's addressees
    (src_teacher2_1 L88–96 is written so)."""
    head = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2345/BGDĐT-GDTH\nHà Nội, ngày 07 tháng 6 năm 2025\n"
            "V/v hướng dẫn xây dựng kế hoạch giáo dục\n\nKính gửi: Các Sở Giáo dục và Đào tạo\n\n"
            "A. HƯỚNG DẪN XÂY DỰNG KẾ HOẠCH\n\n")
    rows = _by_line(head, "1. Hiệu trưởng tổ chức thực hiện các nội dung sau:\n\n"
                          "- Tổ chức họp Hội đồng trường đánh giá các điều kiện thực hiện chương trình;\n\n"
                          "- Ký ban hành kế hoạch giáo dục của nhà trường trước ngày 31 tháng 8 hằng năm.\n")
    assert [(r.surface, r.responsible) for r in rows[5]] == [("trước ngày 31 tháng 8 hằng năm", "Hiệu trưởng")]


def test_two_parties_with_their_own_dates_in_one_clause():
    """`Phòng Tư pháp rà soát …, hoàn thành trước ngày 30/6/2026, Phòng Tài chính thẩm định … xong trước ngày
    31/7/2026`: each date's own duty opens with its own party; the second is not the clause's first subject."""
    head = ("ỦY BAN NHÂN DÂN HUYỆN HÒA BÌNH\nSố: 52/KH-UBND\nHòa Bình, ngày 20 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Rà soát thủ tục hành chính năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")
    rows = _by_line(head, "2. Phòng Tư pháp rà soát văn bản quy phạm pháp luật, hoàn thành trước ngày 30/6/2026, "
                          "Phòng Tài chính thẩm định kinh phí xong trước ngày 31/7/2026.\n")[1]
    assert [(r.due_date, r.responsible) for r in rows] == [("2026-06-30", "Phòng Tư pháp"),
                                                           ("2026-07-31", "Phòng Tài chính")]
    assert rows[1].task == "Phòng Tài chính thẩm định kinh phí"


@needs_shared
def test_a_time_label_that_names_its_duty_gives_the_task():
    """fresh_02 L48: `o Hạn đăng ký và nộp hồ sơ cấp trường: trước 17h00 ngày 10/12/2025 (để …`: the label names what
    is due (the task was the item's heading, `Yêu cầu cụ thể`); a bare `Thời gian hoàn thành:` still takes the item's."""
    rows = [r for r in _rows(DEVSET, "fresh_02") if r.line == 48]
    assert [r.task for r in rows] == ["Đăng ký và nộp hồ sơ cấp trường"]
    head = ("ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH\nSố: 52/KH-UBND\nLương Minh, ngày 20 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Rà soát thủ tục hành chính năm 2026\n\nII. NỘI DUNG\n")
    rows = _by_line(head, "1. Rà soát, đơn giản hóa thủ tục hành chính\n- Thời gian hoàn thành: trước ngày 30/6/2026.\n")
    assert [r.task for r in rows[2]] == ["Rà soát, đơn giản hóa thủ tục hành chính"]


@needs_shared
def test_a_publication_deadline_takes_its_duty_from_the_part_before_and_its_party_from_the_lead_in():
    """src_tvplcrawl_46 (a decree on state enterprises' disclosures) L185–193: `1. Doanh nghiệp do Nhà nước nắm giữ
    100% vốn điều lệ phải định kỳ công bố các thông tin sau đây: [note]` over `c) Báo cáo đánh giá …; thời hạn công bố
    trước ngày 30 tháng 6 …`: the party leads the list in (a share in its name, a database's note after its colon),
    the duty is the point's first part (not `Thời hạn công bố`); src_tvplcrawl_35 L314 is the same `; thời hạn gửi
    báo cáo …` shape."""
    rows = {r.line: r for r in _rows(WILD, "src_tvplcrawl_46") if r.line in (188, 193)}
    assert rows[188].task.startswith("Báo cáo đánh giá về kết quả thực hiện kế hoạch sản xuất, kinh doanh hằng năm")
    assert rows[188].responsible == "Doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ"
    reports = [r for r in _rows(WILD, "src_tvplcrawl_35") if r.line == 314 and r.due_date]
    assert [r.task for r in reports] == ["Báo cáo Bộ Tài chính tình hình tổ chức, hoạt động định kỳ hằng năm"]


@needs_shared
def test_an_events_verb_stays_in_its_task_and_a_weekday_aside_leaves_it():
    """src_congbot_19 (a school-year decision) L21: `Riêng đối với lớp 1 tựu trường ngày 19/8/2024 (thứ Hai).`
    gave the task `Riêng đối với lớp 1 (thứ Hai)`."""
    rows = [r for r in _rows(WILD, "src_congbot_19") if r.line == 21 and r.due_date == "2024-08-19"]
    assert [r.task for r in rows] == ["Riêng đối với lớp 1 tựu trường"]


@needs_shared
def test_a_task_keeps_no_space_before_the_comma_its_period_left():
    """src_tvplcrawl_36 L57: `Thời hạn để chủ hàng hóa đến nhận là 90 ngày, kể từ ngày thông báo lần đầu` gave the
    task `Thời hạn để chủ hàng hóa đến nhận , kể từ …` once the period was taken out (since round 14 the moment the
    period counts from, which ends the clause, leaves the task with it)."""
    tasks = [r.task for r in _rows(WILD, "src_tvplcrawl_36") if r.line == 57]
    assert "Thời hạn để chủ hàng hóa đến nhận" in tasks
    assert not any(" ," in task for task in tasks)


def test_a_part_that_only_says_the_work_is_done_leaves_the_duty_to_the_part_before_it():
    """`1. Rà soát, bổ sung Quy chế …; hoàn thành trước ngày 15/10/2025.` (an education office's letter lists its
    schools' duties so): the task is the review, not `Hoàn thành`; also after a comma (`…, xong trước …`)."""
    head = ("UBND THÀNH PHỐ THỦ ĐỨC\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1523/GDĐT-TH\nV/v triển khai thực hiện Quy chế "
            "dân chủ trong trường học năm học 2025-2026\nThủ Đức, ngày 18 tháng 9 năm 2025\n\n"
            "Kính gửi: Hiệu trưởng các trường Tiểu học, THCS công lập.\n\n"
            "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các đơn vị thực hiện các nội dung sau:\n")
    rows = _by_line(head, "1. Rà soát, bổ sung Quy chế thực hiện dân chủ trong hoạt động của nhà trường; hoàn thành "
                          "trước ngày 15/10/2025.\n2. Cập nhật hồ sơ công khai trên cổng thông tin điện tử của đơn vị, "
                          "xong trước ngày 20/10/2025.\n")
    assert [r.task for r in rows[1]] == ["Rà soát, bổ sung Quy chế thực hiện dân chủ trong hoạt động của nhà trường"]
    assert [r.task for r in rows[2]] == ["Cập nhật hồ sơ công khai trên cổng thông tin điện tử của đơn vị"]


def test_a_place_date_line_broken_at_its_blank_day_is_no_deadline():
    """`Vĩnh Bình, ngày` ⏎ ⏎ `tháng 9 năm 2017`: the day left blank to be written in when the plan is signed, the
    line broken there by the export. The month is the plan's own date; a month in the body still binds."""
    text = ("PHÒNG GD&ĐT HÒA BÌNH\nTRƯỜNG TH VĨNH BÌNH A\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập – Tự do – Hạnh phúc\nVĩnh Bình, ngày\n\ntháng 9 năm 2017\n\nKẾ HOẠCH\n"
            "KIỂM TRA NỘI BỘ TRƯỜNG HỌC - NĂM HỌC 2017-2018\n\nI. NỘI DUNG\n"
            "1. Kiểm tra hồ sơ chuyên môn của giáo viên, hoàn thành trong tháng 10 năm 2017.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.line) for r in rows] == [("2017-10-31", 13)]


def test_a_due_date_that_labels_the_paragraph_under_it_times_that_paragraph():
    """`a) Trước ngày 20 tháng 2 năm 2020:` ⏎ ⏎ `Hội đồng cơ sở … nộp hồ sơ về Sở Giáo dục và Đào tạo.` (a school's
    notice passing on the schedule of a title's nomination): the paragraph under the time is its task, its subject
    who acts and its `về` where the file goes; the task was the heading above and the responsible the letter's
    addressee."""
    head = ("SỞ GD&ĐT KHÁNH HÒA\nTRƯỜNG THPT LÊ THÁNH TÔN\nSố: 12/TB-THPT\nNha Trang, ngày 06 tháng 01 năm 2020\n\n"
            "THÔNG BÁO\nVề việc xét tặng danh hiệu Nhà giáo Ưu tú năm 2020\n\n"
            "Nhà trường yêu cầu giáo viên nghiên cứu công văn và làm hồ sơ theo đúng quy trình.\n\n"
            "Thời gian nộp hồ sơ\n\n")
    rows = _by_line(head, "a) Trước ngày 20 tháng 2 năm 2020:\n\nHội đồng cơ sở, Hội đồng cấp huyện nộp hồ sơ về Sở "
                          "Giáo dục và Đào tạo.\n\nb) Trước ngày 20 tháng 3 năm 2020:\n\nHội đồng cấp tỉnh nộp hồ sơ "
                          "về Sở Nội vụ.\n")
    assert [(r.task, r.responsible, r.recipient) for r in rows[1]] == [
        ("Hội đồng cơ sở, Hội đồng cấp huyện nộp hồ sơ về Sở Giáo dục và Đào tạo", "Hội đồng cơ sở, Hội đồng cấp huyện",
         "Sở Giáo dục và Đào tạo")]
    assert [(r.task, r.responsible, r.recipient) for r in rows[5]] == [
        ("Hội đồng cấp tỉnh nộp hồ sơ về Sở Nội vụ", "Hội đồng cấp tỉnh", "Sở Nội vụ")]


_NOMINATION_BODY = ["Nhà trường yêu cầu giáo viên nghiên cứu công văn và làm hồ sơ theo đúng quy trình.", "Thời gian nộp hồ sơ",
                    "a) Trước ngày 20 tháng 2 năm 2020:",
                    "Hội đồng cơ sở, Hội đồng cấp huyện, thị xã, thành phố trực thuộc tỉnh nộp hồ sơ đề nghị xét tặng "
                    "danh hiệu về Sở Giáo dục và Đào tạo.",
                    "b) Trước ngày 20 tháng 3 năm 2020:", "Hội đồng cấp tỉnh nộp hồ sơ về Sở Nội vụ."]
_NOMINATION_TASKS = [
    ("2020-02-20", "Hội đồng cơ sở, Hội đồng cấp huyện, thị xã, thành phố trực thuộc tỉnh nộp hồ sơ đề nghị xét tặng danh "
                   "hiệu về Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
    ("2020-03-20", "Hội đồng cấp tỉnh nộp hồ sơ về Sở Nội vụ", "Sở Nội vụ")]


@pytest.mark.parametrize("form", ["docx", "mammoth"])
def test_the_paragraph_a_due_date_labels_in_a_word_file(tmp_path, form):
    """The school's notice above typed in Word (python-docx; its reader puts blank lines between paragraphs) and as
    a converter's raw text: the paragraph under each `a) Trước ngày …:` is its task, wherever the blank lines fall."""
    doc = _plan_document(tmp_path, form, ["SỞ GD&ĐT KHÁNH HÒA", "TRƯỜNG THPT LÊ THÁNH TÔN", "Số: 12/TB-THPT",
                                          "Nha Trang, ngày 06 tháng 01 năm 2020"],
                         ["THÔNG BÁO", "Về việc xét tặng danh hiệu Nhà giáo Ưu tú năm 2020", *_NOMINATION_BODY])
    assert [(r.due_date, r.task, r.recipient) for r in doc.deadlines] == _NOMINATION_TASKS


def test_the_paragraph_a_due_date_labels_wrapped_in_a_pdf(tmp_path):
    """The same notice printed to PDF by LibreOffice: the long paragraph wraps (`… thành phố trực thuộc tỉnh nộp` ⏎ `hồ
    sơ … về Sở Giáo dục và Đào tạo.`), and the task and recipient are the whole paragraph's."""
    import html
    import os
    import subprocess

    from .conftest import _soffice

    lines = ["SỞ GD&ĐT KHÁNH HÒA", "TRƯỜNG THPT LÊ THÁNH TÔN", "Số: 12/TB-THPT", "Nha Trang, ngày 06 tháng 01 năm 2020",
             "THÔNG BÁO", "Về việc xét tặng danh hiệu Nhà giáo Ưu tú năm 2020", *_NOMINATION_BODY]
    source = tmp_path / "thong_bao.html"
    source.write_text("<html><head><meta charset='utf-8'><style>p{font-family:'DejaVu Serif';font-size:13pt;margin:0}"
                      "</style></head><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) +
                      "</body></html>", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    subprocess.run([_soffice(), "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp_path),
                    str(source)], check=True, capture_output=True, timeout=180, env=dict(os.environ, HOME=str(home)))
    doc = parse_file(str(tmp_path / "thong_bao.pdf"))[0]
    paragraph = doc.text[doc.text.index("Hội đồng cơ sở"):doc.text.index("b) Trước")]
    assert paragraph.strip().count("\n") >= 1  # (wrapped by the page's width)
    assert [(r.due_date, r.task, r.recipient) for r in doc.deadlines] == _NOMINATION_TASKS


def test_a_cue_a_pdfs_wrap_puts_at_the_start_of_a_line_still_binds_its_day():
    """A town's notice as a PDF's text layer gives it (pdftotext), wrapped at the page's width: `… phiên khai mạc Đại
    hội chính thức` ⏎ `vào sáng ngày 15/5/2019.` The cue goes on with the sentence above it (a cue that opens its own
    sentence, `Vào tháng 12, …`, is fronted and looks for its duty after the time)."""
    text = ("UBND THỊ XÃ ĐIỆN BÀN\nSố: 217/TB-UBND\nĐiện Bàn, ngày 08 tháng 5 năm 2019\n\nTHÔNG BÁO\n"
            "Về việc tiếp âm chương trình truyền thanh trực tiếp Đại hội\n\n"
            "2. Ủy ban nhân dân các xã, phường chỉ đạo Đài truyền thanh cơ sở thực hiện tiếp\n"
            "âm đầy đủ chương trình truyền thanh trực tiếp phiên khai mạc Đại hội chính thức\n"
            "vào sáng ngày 15/5/2019.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.surface, r.due_date, r.responsible) for r in rows] == [
        ("vào sáng ngày 15/5/2019", "2019-05-15", "Ủy ban nhân dân các xã, phường")]


def test_a_letters_time_point_under_its_bases_lead_in_times_the_letters_own_event():
    # an education office's letter on a contest: its points under the one sentence that names its bases and leads them in
    letter = ("UBND THÀNH PHỐ HÀ TĨNH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 845/PGDĐT-THCS\n"
              "V/v tổ chức Hội thi giáo viên dạy giỏi cấp thành phố năm học 2024-2025\n"
              "Hà Tĩnh, ngày 14 tháng 10 năm 2024\n\nKính gửi: Hiệu trưởng các trường THCS trên địa bàn thành phố.\n\n"
              "Thực hiện Kế hoạch số 178/KH-PGDĐT ngày 05/9/2024 của Phòng GD&ĐT về nhiệm vụ năm học 2024-2025, Phòng "
              "GD&ĐT hướng dẫn tổ chức Hội thi như sau:\n\n"
              "1. Đối tượng: giáo viên đã đạt danh hiệu giáo viên dạy giỏi cấp trường năm học 2023-2024.\n"
              "2. Thời gian tổ chức: từ ngày 18/11/2024 đến ngày 29/11/2024.\n")
    rows = parse_text(letter)[0].deadlines
    assert [(r.due_date, r.task) for r in rows] == [
        ("2024-11-29", "Tổ chức Hội thi giáo viên dạy giỏi cấp thành phố năm học 2024-2025")]


def test_a_recurrence_read_inside_a_longer_one_is_one_row():
    """`- Định kỳ trước ngày 20 hằng tháng báo cáo kết quả về …` under a body's heading (a commune plan's duties, as
    communes write them): one duty, its surface the whole `Định kỳ … hằng tháng` (a bare `Định kỳ` row was added)."""
    rows = _by_line(_COMMUNE_PLAN, "1. Công an xã\n- Định kỳ trước ngày 20 hằng tháng báo cáo kết quả về Ủy ban nhân dân xã.\n"
                                   "2. Trạm Y tế xã\n- Định kỳ hằng quý (trước ngày 15 của tháng cuối quý) báo cáo kết quả.\n")
    assert [(r.surface, r.recurrence) for line in (2, 4) for r in rows[line]] == [
        ("Định kỳ trước ngày 20 hằng tháng", "hằng tháng"), ("Định kỳ hằng quý", "hằng quý")]


def test_each_period_written_with_mỗi_is_a_recurrence_as_with_hằng():
    """`kiểm tra hồ sơ chủ nhiệm định kỳ mỗi học kỳ một lần`, `báo cáo Hiệu trưởng mỗi tháng một lần` (a school plan's
    duties, as schools write them): `mỗi` says each period as `hằng` does (no row was read); a goal counted each year
    (`phấn đấu mỗi năm có thêm 2 giáo viên đạt chuẩn`) stays none, as src_congbot_2's `hỗ trợ … mỗi năm một lần` does."""
    rows = _by_line(_SCHOOL_PLAN, "1. Phó Hiệu trưởng: kiểm tra hồ sơ chủ nhiệm định kỳ mỗi học kỳ một lần.\n"
                                  "2. Tổ chuyên môn báo cáo Hiệu trưởng mỗi tháng một lần.\n"
                                  "3. Nhà trường phấn đấu mỗi năm có thêm 2 giáo viên đạt chuẩn.\n")
    assert [(r.surface, r.recurrence, r.responsible) for line in (1, 2, 3) for r in rows.get(line, [])] == [
        ("định kỳ mỗi học kỳ", "mỗi học kỳ", "Phó Hiệu trưởng"), ("mỗi tháng", "mỗi tháng", "Tổ chuyên môn")]


def test_a_time_label_that_names_its_event_gives_the_task():
    """`- Thời gian tổ chức ở khu dân cư: từ ngày …` (the label's verb is no bare `thực hiện`: it names the event),
    `- Thời gian hoàn thành việc tổng kết …:` (what `việc` names), and a bare `Thời gian thực hiện:` under `II. NỘI DUNG`
    ⏎ `1. Thời gian, địa điểm` (a part of standard words only: models/deadlines.json generic_part_words): the plan's
    own event, its title (the tasks were `NỘI DUNG`)."""
    head = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HIỆP\nSố: 256/KH-UBND\nTân Hiệp, ngày 03 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025\n\nII. NỘI DUNG\n1. Thời gian, địa điểm\n")
    rows = _by_line(head, "- Thời gian tổ chức ở khu dân cư: từ ngày 10/11 đến ngày 18/11/2025.\n"
                          "- Thời gian hoàn thành việc tổng kết ở khu dân cư: trước ngày 20/11/2025.\n"
                          "- Thời gian thực hiện: từ ngày 10/11 đến ngày 18/11/2025.\n")
    assert [r.task for line in (1, 2, 3) for r in rows[line]] == [
        "Tổ chức ở khu dân cư", "Tổng kết ở khu dân cư", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025"]


def test_a_duty_rosters_person_column_is_the_responsible():
    """A commune's citizen-reception schedule copied from its web page (`Tháng | Người Tiếp công dân | Chức vụ | Ngày
    tiếp công dân |`) and a school's holiday roster (`Người trực`): the column that names who receives or is on duty
    is the row's responsible (models/deadlines.json responsible_labels); the rows had none."""
    head = ("ỦY BAN NHÂN DÂN\nXÃ TÂY SƠN\nSố: 15/TB-UBND\nTây Sơn, ngày 01 tháng 7 năm 2025\n\nTHÔNG BÁO\n"
            "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã năm 2025\n\n")
    rows = _by_line(head, "Tháng | Người Tiếp công dân | Chức vụ | Ngày tiếp công dân |\n"
                          "Tháng 7 | Nguyễn Thị Thống | Chủ tịch | Ngày 03; 10; 17; 24; 31 (Thứ 5) |\n"
                          "Tháng 8 | Lê Văn Hòa | Phó Chủ tịch | Ngày 07; 14; 21; 28 (Thứ 5) |\n")
    assert {r.responsible for r in rows[2]} == {"Nguyễn Thị Thống"}
    assert {r.responsible for r in rows[3]} == {"Lê Văn Hòa"}
    roster = _by_line(_SCHOOL_PLAN, "Ngày | Người trực | Nhiệm vụ |\n"
                                    "28/01/2026 | Phó Hiệu trưởng | Kiểm tra cơ sở vật chất |\n")
    assert [r.responsible for r in roster[2]] == ["Phó Hiệu trưởng"]


def test_a_rosters_entry_names_who_is_on_duty_after_its_date():
    """A province's citizen-reception roster (`1/. Tháng 01/2021:` ⏎ `07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;` ⏎
    `07 giờ 30 ngày 21/01/2021 Thường trực HĐND tỉnh;`): the party the line names after its date and nothing else is
    who is on duty that day, the row's responsible (there was none)."""
    head = ("VĂN PHÒNG ĐOÀN ĐBQH, HĐND VÀ UBND TỈNH TÂY NINH\nSố: 05/TB-VP\nTây Ninh, ngày 04 tháng 01 năm 2021\n\n"
            "THÔNG BÁO\nLịch tiếp công dân năm 2021 tại Trụ sở Tiếp công dân tỉnh\n\n")
    rows = _by_line(head, "1/. Tháng 01/2021:\n07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;\n"
                          "07 giờ 30 ngày 21/01/2021 Thường trực HĐND tỉnh;\n"
                          "07 giờ 30 ngày 28/01/2021 tiếp công dân tại trụ sở.\n")
    assert [(r.due_date, r.responsible) for line in (2, 3) for r in rows[line]] == [
        ("2021-01-07", "Chủ tịch Ủy ban nhân dân tỉnh"), ("2021-01-21", "Thường trực Hội đồng nhân dân tỉnh")]
    assert [r.responsible for r in rows[4]] == [""]  # (a task after the date names nobody)


def test_a_web_pages_time_stamps_are_no_deadlines():
    """A portal's banner (`Thứ tư, 07/06/2023 (GMT+7)`, the day the page was viewed) and a post's time (`11:18 -
    27/08/2014`) above the letter it shows: no dates the letter sets (each was a row); the letter's own `trước ngày …`
    still is."""
    page = ("Thứ tư, 07/06/2023 (GMT+7)\nGiá nông sản\nCông văn gửi các tỉnh, thành Hội về việc đề cử Nông dân tiêu "
            "biểu\n11:18 - 27/08/2014\n\nHỘI NÔNG DÂN VIỆT NAM\nSố: 664-CV/HNDTW\n\nKính gửi: Hội Nông dân các tỉnh, "
            "thành phố\n\nĐề nghị Hội Nông dân các tỉnh, thành phố gửi hồ sơ về Trung ương Hội trước ngày 15/9/2014.\n")
    assert [d.due_date for d in parse_text(page)[0].deadlines] == ["2014-09-15"]


def test_a_schedule_named_with_its_year_is_no_deadline():
    """`Lịch tiếp công dân năm 2021 tại Trụ sở …` (a post's title), `… thông báo lịch tiếp công dân năm 2021 như sau:`:
    the year the schedule covers names it, as a programme's does (each was a row due 31/12/2021); its entries'
    dates are the rows."""
    page = ("Lịch tiếp công dân năm 2021 tại Trụ sở Tiếp công dân tỉnh\nVăn phòng Đoàn ĐBQH, HĐND và UBND tỉnh thông báo "
            "lịch tiếp công dân năm 2021 như sau:\n1/. Tháng 01/2021:\n07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;\n")
    assert [d.due_date for d in parse_text(page)[0].deadlines] == ["2021-01-07"]


def test_a_weekday_written_beside_a_yearless_day_sets_its_year():
    """`- Ngày 18/6 (thứ Ba): Bí thư Huyện ủy tiếp công dân.` in a notice dated 20/5/2019: 18 June falls on a Tuesday in
    2019 (so the year stays); on a page with no date of its own that names 2019, `Thứ Năm, ngày 05/3` and `Ngày 18/6
    (thứ Năm)` are 2020's (Thursdays then), not 2019's as guessed without their weekdays."""
    head = ("BAN THƯỜNG VỤ HUYỆN ỦY HÀ TRUNG\nSố: 12-TB/HU\nHà Trung, ngày 20 tháng 5 năm 2019\n\nTHÔNG BÁO\n"
            "Lịch tiếp dân của đồng chí Bí thư Huyện ủy\n\n")
    rows = _by_line(head, "- Ngày 18/6 (thứ Ba): Bí thư Huyện ủy tiếp công dân tại trụ sở.\n")
    assert [r.due_date for r in rows[1]] == ["2019-06-18"]
    page = ("Thông báo lịch tiếp dân\n\nThực hiện Quy định năm 2019 về tiếp dân, Văn phòng thông báo lịch tiếp dân như "
            "sau:\n- Thứ Năm, ngày 05/3: Bí thư Huyện ủy tiếp công dân tại trụ sở.\n- Ngày 18/6 (thứ Năm): Chủ tịch tiếp "
            "công dân.\n")
    assert [d.due_date for d in parse_text(page)[0].deadlines] == ["2020-03-05", "2020-06-18"]


def test_a_period_before_an_event_with_ít_nhất_or_trước_thời_điểm():
    """`… phải được thông báo đến giáo viên ít nhất 1 tháng trước thời điểm diễn ra Hội thi` (a Phòng's guide to a
    teaching contest), `ít nhất 15 ngày trước ngày tổ chức`: a period counted back from the event (models/deadlines.json
    relative_cues `ít nhất`, relative_anchors `trước thời điểm`); neither was a row. `ít nhất 2 tiết mỗi tháng` is a
    quota, no period before an event."""
    rows = _by_line(_SCHOOL_PLAN, "1. Kế hoạch tổ chức Hội thi phải được thông báo đến giáo viên ít nhất 1 tháng trước "
                                  "thời điểm diễn ra Hội thi.\n"
                                  "2. Hiệu trưởng thông báo kế hoạch đến giáo viên ít nhất 15 ngày trước ngày tổ chức Hội thi.\n"
                                  "3. Mỗi giáo viên dự giờ ít nhất 2 tiết mỗi tháng.\n")
    assert [(r.surface, r.recurrence) for line in (1, 2) for r in rows[line]] == [
        ("ít nhất 1 tháng", "1 tháng"), ("ít nhất 15 ngày", "15 ngày")]
    assert 3 not in rows


def test_a_day_with_its_weekday_alone_in_a_cell_is_a_row():
    """An exam timetable copied from a school's page one cell a line (`Thứ tư 14/12/2016` ⏎ `Anh Văn 9 (60’)` ⏎ `7g30`),
    far below its heading: the weekday before the day fills the cell with it (only the first two days, near the
    heading, were rows)."""
    head = ("TRƯỜNG THCS ĐỐNG ĐA\nSố: 45/KH-THCS\nHà Nội, ngày 01 tháng 12 năm 2016\n\nKẾ HOẠCH\n"
            "Kiểm tra học kỳ I năm học 2016-2017\n\n2. Lịch kiểm tra\n")
    days = ["Thứ hai 12/12/2016", "Thứ ba 13/12/2016", "Thứ tư 14/12/2016", "Thứ năm 15/12/2016", "Thứ sáu 16/12/2016"]
    body = "".join(f"{day}\n\nNgữ Văn 6 (90’)\n\nGDCD 6 (45’)\n\n7g30\n\n9g30\n\n \n\n13g30\n\n15g30\n\n" for day in days)
    rows = _by_line(head, body)
    assert [r.due_date for line in sorted(rows) for r in rows[line]] == [
        "2016-12-12", "2016-12-13", "2016-12-14", "2016-12-15", "2016-12-16"]


def test_an_items_bare_thuc_hien_label_names_who_does_it():
    """A school's inspection plan lists each item's time and doer under short labels (written as such plans are):
    `- Thực hiện: Ban Thanh tra nhân dân.` names the doer as `- Phụ trách:` does, in the deadlines and the parties."""
    body = ("1. Kiểm tra hồ sơ sổ sách\n- Thời gian: Hoàn thành trước 30/11/2024.\n- Phụ trách: Phó Hiệu trưởng.\n"
            "2. Kiểm tra công tác tài chính, tài sản\n- Thời gian: Quý IV/2024 và Quý II/2025.\n"
            "- Thực hiện: Ban Thanh tra nhân dân.\n")
    rows = _by_line(_SCHOOL_PLAN, body)
    assert [r.responsible for r in rows[2]] == ["Phó Hiệu trưởng"]
    assert [(r.due_date, r.responsible) for r in rows[5]] == [("2024-12-31", "Ban Thanh tra nhân dân"),
                                                              ("2025-06-30", "Ban Thanh tra nhân dân")]
    parties = {(p.party, p.role) for p in parse_text(_SCHOOL_PLAN + body)[0].parties}
    assert ("Ban Thanh tra nhân dân", "lead") in parties


def test_a_numbered_week_of_a_month_is_due_at_that_weeks_end():
    """School plans time inspections and contests by the week of a month (written as such plans write them):
    `Tuần 2 tháng 10/2024` ends on the 14th, `tuần 4` on the 28th, `tuần thứ hai của tháng 11` on the 14th; the
    week is part of the surface, not left out for the whole month."""
    rows = _by_line(_SCHOOL_PLAN,
                    "1. Kiểm tra hoạt động sư phạm nhà giáo\n"
                    "- Thời gian: Tuần 2 tháng 10/2025 đến tuần 4 tháng 3/2026.\n"
                    "2. Các tổ chuyên môn xây dựng chuyên đề trong tuần 3 tháng 10/2025.\n"
                    "3. Hội giảng cấp trường tổ chức vào tuần thứ hai của tháng 11/2025.\n")
    assert [(r.surface, r.due_date) for r in rows[2]] == [("Tuần 2 tháng 10/2025", "2025-10-14"),
                                                          ("tuần 4 tháng 3/2026", "2026-03-28")]
    assert [(r.surface, r.due_date) for r in rows[3]] == [("trong tuần 3 tháng 10/2025", "2025-10-21")]
    assert [(r.surface, r.due_date) for r in rows[4]] == [("vào tuần thứ hai của tháng 11/2025", "2025-11-14")]


def test_days_counted_then_named_in_brackets_are_one_span_due_on_the_last():
    """An office's urgent notice before a storm (written as such notices are): `nghỉ học trong 02 ngày (25 và 26 tháng
    12 năm 2017)` is one row due the last day named, its bracket in the surface, not the task; a count alone is none."""
    rows = _by_line(_SCHOOL_PLAN,
                    "1. Các trường học tổ chức cho học sinh nghỉ học trong 02 ngày (25 và 26 tháng 12 năm 2025);\n"
                    "2. Các trường học bố trí học bù trong 02 ngày.\n")
    assert [(r.surface, r.due_date, r.responsible, r.task) for r in rows[1]] == [
        ("trong 02 ngày (25 và 26 tháng 12 năm 2025)", "2025-12-26", "Các trường học",
         "Các trường học tổ chức cho học sinh nghỉ học")]
    assert 2 not in rows


def test_the_days_under_an_items_time_label_that_runs_on_to_its_lead_in_are_its_entries():
    """A school's contest plan (written as such plans are): `– Thời gian: 2 ngày, bắt đầu từ 07 giờ, ngày 21/11/2025 đến
    hết ngày 22/11/2025, cụ thể như sau:` over `+ Ngày 21/11/2025, tổ chức …`: each day is an entry of the timetable the
    label opens (the label, past 80 characters, was read as no timetable's heading)."""
    rows = _by_line(_SCHOOL_PLAN,
                    "1. Thời gian, địa điểm\n"
                    "– Thời gian: 2 ngày, bắt đầu từ 07 giờ, ngày 21/11/2025 đến hết ngày 22/11/2025, cụ thể như sau:\n"
                    "+ Ngày 21/11/2025, tổ chức Hội giao lưu Văn hay chữ đẹp đối với học sinh.\n"
                    "+ Ngày 22/11/2025, tổ chức Hội thi Viết chữ đẹp đối với giáo viên.\n")
    assert [(r.due_date, r.task) for r in rows[3]] == [("2025-11-21", "Tổ chức Hội giao lưu Văn hay chữ đẹp đối với học sinh")]
    assert [r.due_date for r in rows[4]] == ["2025-11-22"]



def test_a_bracket_opened_by_a_duty_verb_before_a_period_times_the_item():
    """A Party board's work plan (written as such plans are): `02 đề án: (1) Sơ kết … (…, trình quý III/2025); (2) Đề án
    … (trình tháng 3/2025)`: each bracket's verb and period time its project; a law's amendment told in brackets (`(được
    sửa đổi, bổ sung năm 2025)`) is none."""
    rows = _by_line(_SCHOOL_PLAN,
                    "1. Tham mưu 02 đề án: (1) Sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW (Nghị quyết số 25-NQ/TW, "
                    "trình quý III/2025); (2) Đề án đổi mới tổ chức và hoạt động Công đoàn (trình tháng 3/2026).\n"
                    "2. Giám sát theo Luật Bầu cử năm 2015 (được sửa đổi, bổ sung năm 2025);\n")
    assert [(r.surface, r.due_date) for r in rows[1]] == [("trình quý III/2025", "2025-09-30"),
                                                          ("trình tháng 3/2026", "2026-03-31")]
    assert 2 not in rows


def test_an_event_under_a_time_heading_typed_against_its_number_and_wrapped_is_its_entry():
    """A kindergarten's plan for its ceremony (written as such plans are, copied with the PDF's line ends): `1.Thời gian và
    địa điểm tổ` ⏎ `chức:` ⏎ `- Từ 7 giờ 30, ngày thứ Năm, 20 tháng 11 năm 2025.`: the heading (its number typed against
    its first word, its last word wrapped) opens a timetable whose entry the day is."""
    for heading in ("1.Thời gian và địa điểm tổ\nchức:\n", "1. Thời gian và địa điểm tổ chức:\n"):
        rows = _by_line(_SCHOOL_PLAN, heading + "- Từ 7 giờ 30, ngày thứ Năm, 20 tháng 11 năm 2025.\n"
                                                "- Tại Trường Mầm non Vành Khuyên.\n")
        assert [r.due_date for rows_ in rows.values() for r in rows_] == ["2025-11-20"], heading


def test_a_range_after_the_last_part_of_a_list_its_line_parts_with_semicolons_is_held():
    """A school's test plan (written as such plans are): `• Các môn kiểm tra theo đề chung Khối 7, 8, 9: Toán (60’) ; Ngữ
    văn (90’) ; Anh văn (60’) từ 28/03 đến 02/04/2026 …`: the activity before the first `;` times the range after the last."""
    rows = _by_line(_SCHOOL_PLAN, "II. Kế hoạch kiểm tra\n • Các môn kiểm tra theo đề chung Khối 7, 8, 9: Toán (60’) ; "
                                  "Ngữ văn (90’) ; Anh văn (60’) từ 28/03 đến 02/04/2026 theo lịch kiểm tra đính kèm.\n")
    assert [(r.surface, r.due_date) for r in rows[2]] == [("từ 28/03 đến 02/04/2026", "2026-04-02")]
