"""Shapes of parties met on unseen plans (round acc19p): a list of school kinds defined as one group (`(gọi chung:
các đơn vị)`) that later sentences name; a sub-item's number written without its final dot (`3.1 Hiệu trưởng`);
a condition whose words a comma lists before its plural subject; the social funds' names; the spellings of one
department; and a school's plan calling itself by its head and level (`Trường THCS`). Snippets written as the genre
writes them (names and numbers invented), and real lines of ../shared where they occur (file and line in a comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text

from .conftest import WILD, parties_on_line as on_line
from .test_party_names_extent import plan_rows

_OFFICE = ("UBND HUYỆN ĐỨC TRỌNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 87/KH-PGDĐT\nKẾ HOẠCH\n"
           "Tổ chức các hoạt động hè năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")
_SCHOOL = ("PHÒNG GD&ĐT HUYỆN ĐỨC TRỌNG\nTRƯỜNG THCS HÒA BÌNH\nSố: 45/KH-THCS\nKẾ HOẠCH\n"
           "Tổ chức hoạt động trải nghiệm năm học 2025-2026\n\nIV. TỔ CHỨC THỰC HIỆN\n")


def rows_by_line(head: str, body: str) -> dict[int, set[tuple[str, str]]]:
    offset = head.count("\n")
    rows: dict[int, set[tuple[str, str]]] = {}
    for p in parse_text(head + body)[0].parties:
        rows.setdefault(p.line - offset, set()).add((p.party, p.role))
    return rows


_LISTED = {("Các trường mầm non, tiểu học, trung học cơ sở", "lead"), ("Các nhóm lớp mầm non độc lập", "lead"),
           ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "lead")}


@pytest.mark.parametrize("bracket", ["(gọi chung: các đơn vị)", "(sau đây gọi chung là các đơn vị)"])
def test_a_list_defined_as_a_group_is_each_body_listed(bracket):
    rows = rows_by_line(_OFFICE, "1. Phòng GD&ĐT yêu cầu các trường mầm non, tiểu học, THCS, các nhóm lớp mầm non độc "
                                 f"lập, Trung tâm GDNN-GDTX {bracket} tiếp tục thực hiện các nội dung sau.\n"
                                 "2. Các đơn vị báo cáo kết quả về Phòng GD&ĐT trước ngày 15/8/2026.\n")
    assert rows[1] == _LISTED  # every item is a party: the kinds' pair, the independent classes, the centre
    assert rows[2] == _LISTED | {("Phòng Giáo dục và Đào tạo", "report_to")}  # the group named again


def test_one_name_defined_stays_one_name():
    # a single body's short name is an alias, not a group (`Quỹ` → the fund's full name)
    rows = rows_by_line(_OFFICE, "1. Giao Quỹ Khuyến học huyện Đức Trọng (sau đây gọi tắt là Quỹ) vận động nguồn lực.\n"
                                 "2. Quỹ báo cáo kết quả về Phòng GD&ĐT.\n")
    assert ("Quỹ Khuyến học huyện Đức Trọng", "lead") in rows[2]


def test_a_sub_items_number_without_its_final_dot_is_no_part_of_the_name():
    parties = parse_text(_SCHOOL + "3.1 Hiệu trưởng chịu trách nhiệm chỉ đạo chung.\n"
                                   "3.2 Tổ trưởng chuyên môn chịu trách nhiệm kiểm tra hồ sơ.\n")[0].parties
    assert [(p.party, p.surface) for p in parties] == [("Hiệu trưởng", "Hiệu trưởng"),
                                                       ("Tổ trưởng chuyên môn", "Tổ trưởng chuyên môn")]


def test_the_body_after_a_condition_is_the_party():
    assert plan_rows("1. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo về Sở Tư "
                     "pháp để được hướng dẫn.\n") == {("Các đơn vị", "lead"), ("Sở Tư pháp", "report_to")}
    assert plan_rows("2. Nếu phát hiện vi phạm, Thanh tra tỉnh kiểm tra, xử lý theo quy định.\n") == \
        {("Thanh tra tỉnh", "lead")}
    # src_congbot_49 L170: `trường hợp … (các huyện Sìn Hồ, Mường Tè, các xã thực hiện chương trình 135 …)`: a bracket
    # inside the condition lists places, no party
    assert on_line(WILD / "src_congbot_49.txt", 170) == set()


def test_social_funds_are_named_in_full():
    assert plan_rows("1. Giao Quỹ Vì người nghèo tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức trao "
                     "quà.\n") == {("Quỹ Vì người nghèo tỉnh", "lead"),
                                   ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "coordinate")}
    assert ("Quỹ Bảo trợ trẻ em tỉnh", "lead") in plan_rows("2. Quỹ Bảo trợ trẻ em tỉnh chủ trì vận động nguồn lực.\n")
    assert ("Quỹ Phòng, chống thiên tai huyện", "lead") in plan_rows("3. Quỹ Phòng, chống thiên tai huyện hướng dẫn "
                                                                    "thu nộp.\n")
    assert ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện", "lead") in \
        plan_rows("4. Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện chủ trì tổng hợp.\n")
    # src_congbot_7 L3201: `Quỹ Đền ơn đáp nghĩa cấp xã vận động …` (main read no party there)
    assert on_line(WILD / "src_congbot_7.txt", 3201) == {("Quỹ Đền ơn đáp nghĩa cấp xã", "lead")}


@pytest.mark.parametrize("written", ["Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội",
                                     "Sở Lao động-Thương binh và Xã hội", "Sở LĐ-TB&XH", "Sở LĐTBXH"])
def test_spellings_of_one_department_are_one_name(written):
    assert plan_rows(f"1. {written} chủ trì, phối hợp với Sở Y tế kiểm tra.\n") == \
        {("Sở Lao động, Thương binh và Xã hội", "lead"), ("Sở Y tế", "coordinate")}


def test_a_schools_plan_calls_itself_by_head_and_level():
    rows = rows_by_line(_SCHOOL, "1. Trường THCS tổ chức cho học sinh tham gia hội thi.\n"
                                 "2. Trường Trung học cơ sở phối hợp với Ban đại diện cha mẹ học sinh tổ chức.\n"
                                 "3. Nhà trường phối hợp với Công an xã tổ chức tuyên truyền.\n")
    assert rows[1] == {("Trường THCS Hòa Bình", "lead")}
    assert ("Trường THCS Hòa Bình", "lead") in rows[2]
    assert ("Nhà trường", "lead") in rows[3]  # (as written: the devset's convention)
    # another level, and the same short form in an office's plan, name a level, not the issuer: written out
    assert ("Trường Tiểu học", "lead") in rows_by_line(_SCHOOL, "1. Trường TH tổ chức giao lưu.\n")[1]
    assert rows_by_line(_OFFICE, "1. Trường THCS tổ chức cho học sinh tham gia hội thi.\n")[1] == \
        {("Trường Trung học cơ sở", "lead")}


def test_a_bare_to_truong_is_not_widened_to_one_kind_of_group():
    # `Tổ trưởng` alone heads any group (tổ chuyên môn, tổ văn phòng, tổ dân phố): written as it is, as the devset's
    # key writes it (fresh_02 L161), not read as `Tổ trưởng chuyên môn`
    parties = parse_text(_SCHOOL + "1. Tổ trưởng chịu trách nhiệm tổng hợp ý kiến của tổ viên.\n"
                                   "2. Các tổ trưởng chuyên môn kiểm tra hồ sơ giáo viên.\n")[0].parties
    assert [p.party for p in parties] == ["Tổ trưởng", "Tổ trưởng chuyên môn"]


def test_points_numbered_with_a_slash():
    # `1/`, `a/`, `III/`: how many schools number their plans in Word (sections read them already); the point's
    # label names its party, its task and deadline follow the colon
    text = ("TRƯỜNG THCS NGUYỄN DU\nSố: 35/KH-THCS\nKẾ HOẠCH\nTổ chức các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam "
            "20/11/2024\nI/ MỤC ĐÍCH – YÊU CẦU:\n1/ Mục đích:\nGiáo dục truyền thống tôn sư trọng đạo.\n"
            "II/ NỘI DUNG VÀ THỜI GIAN THỰC HIỆN:\n1/ Lễ kỷ niệm:\n- Thời gian: 7 giờ 30 ngày 20/11/2024.\n"
            "III/ TỔ CHỨC THỰC HIỆN:\n1/ Ban giám hiệu: Chỉ đạo chung.\n"
            "2/ Tổ chuyên môn: Đăng ký tiết dạy trước ngày 18/10/2024.\n")
    document = parse_text(text)[0]
    # (before: no party, and the deadline's task `2/ Tổ chuyên môn: Đăng ký tiết dạy`, the school responsible)
    assert {(p.party, p.role) for p in document.parties} == {("Ban Giám hiệu", "lead"), ("Tổ chuyên môn", "lead")}
    assert [(d.due_date, d.task, d.responsible) for d in document.deadlines] == \
        [("2024-11-20", "Lễ kỷ niệm", "Trường THCS Nguyễn Du"), ("2024-10-18", "Đăng ký tiết dạy", "Tổ chuyên môn")]


def test_a_schools_shortened_posts_in_its_weekly_schedule():
    # a school's `Lịch công tác tuần` table, its posts shortened as such schedules shorten them (`TPT Đội`, `CTCĐ`)
    text = ("TRƯỜNG TIỂU HỌC LÊ LỢI\nSố: 45/LCT-THLL\nLỊCH CÔNG TÁC TUẦN 14\n"
            "| Thứ, ngày | Nội dung công việc | Người thực hiện |\n|---|---|---|\n"
            "| Thứ Hai 02/12/2024 | Chào cờ đầu tuần; sinh hoạt dưới cờ chủ đề “Uống nước nhớ nguồn” | TPT Đội, GVCN |\n"
            "| Thứ Tư 04/12/2024 | Họp Ban Chấp hành Công đoàn | CTCĐ |\n")
    parties = {(p.party, p.line) for p in parse_text(text)[0].parties}
    assert {("Tổng phụ trách Đội", 6), ("Giáo viên chủ nhiệm", 6), ("Chủ tịch Công đoàn", 7)} <= parties


def test_the_last_partner_before_the_shared_verb_is_no_lead():
    # `X phối hợp với A, B thực hiện …`: B, read alone, looks like the subject of `B thực hiện`; it is X's partner
    # (real lines of the same shape: ../shared/wild/src_congbot_43.txt:90, src_congbot_7.txt:1781, src_congbot_19.txt:47)
    parties = parse_text(_SCHOOL + "2. Ban Giám hiệu phối hợp với Công đoàn, Chi đoàn thực hiện có hiệu quả phong trào "
                                   "thi đua “Dân vận khéo”.\n")[0].parties
    assert sorted((p.party, p.role) for p in parties) == [
        ("Ban Giám hiệu", "lead"), ("Chi đoàn", "coordinate"), ("Công đoàn", "coordinate")]


def test_the_last_partner_in_a_shared_decree():
    rows = on_line(WILD / "src_congbot_43.txt", 90)
    assert ("Sở Tài chính", "coordinate") in rows and ("Sở Tài chính", "lead") not in rows


def test_the_posts_of_a_primary_schools_grades_in_a_timetable():
    # a primary school's end-of-year test plan, its timetable lines `Ngày …: <post> <verb> …`: `Khối trưởng`
    # (the teacher who leads a grade's classes) acts as `Tổ trưởng` does
    text = ("TRƯỜNG TIỂU HỌC TÂN LẬP\nSố: 28/KH-THTL\nKẾ HOẠCH\nKiểm tra cuối năm học 2024 - 2025\n\n"
            "II. TIẾN ĐỘ THỰC HIỆN\n+ Ngày 12/5/2025: Tổ trưởng chuyên môn nộp đề kiểm tra về Ban Giám hiệu.\n"
            "+ Ngày 20/5/2025: Khối trưởng báo cáo kết quả theo mẫu đính kèm.\n")
    document = parse_text(text)[0]
    assert ("Khối trưởng", "lead", 8) in {(p.party, p.role, p.line) for p in document.parties}
    assert ("2025-05-20", "Khối trưởng") in {(d.due_date, d.responsible) for d in document.deadlines}


def test_each_unit_given_a_quota_is_assigned_the_task():
    # a school's emulation plan: `Mỗi chi đoàn cử …` gives every class's Youth Union cell a quota (a task), named
    # as the kind (`Chi đoàn`); `Mỗi cơ quan … phải …` states a norm (no quota) and stays unread in a plain point
    text = ("TRƯỜNG THPT PHƯỚC LONG\nSố: 04/KH-THPT\nKẾ HOẠCH\nThi đua chào mừng Ngày Nhà giáo Việt Nam\n\n"
            "III. NỘI DUNG THI ĐUA\n1. Thi vở sạch chữ đẹp: Mỗi chi đoàn cử đại diện 1 học sinh dự thi.\n"
            "2. Hội diễn văn nghệ: Mỗi lớp đăng ký ít nhất 02 tiết mục với Đoàn trường.\n\n"
            "IV. YÊU CẦU\nĐể phong trào đạt kết quả, mỗi cán bộ, giáo viên phải gương mẫu trong công tác thi đua.\n")
    parties = {(p.party, p.role, p.line) for p in parse_text(text)[0].parties}
    assert {("Chi đoàn", "lead", 7), ("Lớp", "lead", 8)} <= parties
    assert not any(line == 11 for *_, line in parties)


def test_the_last_partys_duties_end_at_the_closing_formula():
    # a school's plan: the last party heading's only duty is to help (`Phối hợp với …`), then the closing paragraph
    # (`Trên đây là …`), which is no duty of that party's to lead
    text = ("TRƯỜNG TIỂU HỌC SỐ 1 HÒA PHONG\nSố: 25/KH-THHP1\nKẾ HOẠCH\nThực hiện Quy chế dân chủ ở cơ sở năm học "
            "2024 - 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Hiệu trưởng\n- Chịu trách nhiệm chung; ban hành Quy chế dân chủ "
            "của nhà trường.\n2. Tổng phụ trách Đội\n- Phối hợp với giáo viên chủ nhiệm tổ chức cho học sinh tham gia "
            "các hoạt động.\n\n"
            "Trên đây là Kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm học 2024 - 2025 của nhà trường. Yêu cầu các bộ "
            "phận nghiêm túc thực hiện./.\n")
    rows = [(p.party, p.role, p.task) for p in parse_text(text)[0].parties if p.party == "Tổng phụ trách Đội"]
    assert [(party, role) for party, role, _ in rows] == [("Tổng phụ trách Đội", "coordinate")]


def test_a_subject_after_a_purpose_clause():
    # a clause opened by its purpose (`Để …,`), the subject after the comma
    text = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG\nSố: 512/PGDĐT-THCS\nV/v tổ chức Hội khỏe Phù Đổng\n\n"
            "Kính gửi: Hiệu trưởng các trường trung học cơ sở.\n\n"
            "Để chuẩn bị tốt cho Hội khỏe Phù Đổng cấp huyện, các trường tổ chức tuyển chọn vận động viên trong tháng 10/2024.\n")
    assert ("Các trường", "lead") in {(p.party, p.role) for p in parse_text(text)[0].parties}
