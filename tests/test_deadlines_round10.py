"""Deadlines, round 10: coordinated subjects written in lower case, the teams and posts of schools and communes,
sentences under a heading line, duties written without their agent, subjects left out after a full stop, the
field nearest a time line, a call-up that is no history, and the breaches of a sanction decree, which set no
deadline."""
from __future__ import annotations

from pipeline.api import parse_text

from .test_deadlines import DEVSET, WILD, _rows, needs_shared

_SCHOOL_PLAN = ("PHÒNG GD&ĐT QUẬN TÂN BÌNH\nTRƯỜNG THCS TRƯỜNG CHINH\nSố: 95/KH-TC\n"
                "Tân Bình, ngày 04 tháng 9 năm 2025\n\nKẾ HOẠCH\n"
                "Thực hiện quy chế dân chủ ở cơ sở năm học 2025-2026\n\n"
                "III. TỔ CHỨC THỰC HIỆN\n")


def _by_line(text: str) -> dict[int, object]:
    return {r.line: r for r in parse_text(text)[0].deadlines}


def test_a_subject_runs_over_its_lower_case_members_to_the_verb():
    """A school plan's shapes: `Các tổ chuyên môn và tổ văn phòng gửi …` (was cut at `và`), `Tổ trưởng chuyên môn,
    tổ trưởng văn phòng nộp …` (cut at the comma), `Ban Giám hiệu và các tổ trưởng kiểm tra …` (a post the name
    reader does not hold, read by its tags), `Tổ trưởng các tổ chuyên môn và giáo viên chủ nhiệm các lớp gửi …` (a
    post with its units, then a second member)."""
    rows = _by_line(_SCHOOL_PLAN + (
        "2. Báo cáo sơ kết: Các tổ chuyên môn và tổ văn phòng gửi báo cáo về Phó Hiệu trưởng trước ngày 25/12/2025.\n"
        "3. Tổ trưởng chuyên môn, tổ trưởng văn phòng nộp kế hoạch tháng về Hiệu trưởng trước ngày 25 hằng tháng.\n"
        "4. Ban Giám hiệu và các tổ trưởng kiểm tra hồ sơ chuyên môn trong tháng 10/2025.\n"
        "5. Tổ trưởng các tổ chuyên môn và giáo viên chủ nhiệm các lớp gửi kế hoạch về Phó Hiệu trưởng trước ngày "
        "20/9/2025.\n"))
    assert rows[10].responsible == "Các tổ chuyên môn và tổ văn phòng"
    assert rows[10].recipient == "Phó Hiệu trưởng"
    assert rows[11].responsible == "Tổ trưởng chuyên môn, tổ trưởng văn phòng"
    assert rows[12].responsible == "Ban Giám hiệu và các tổ trưởng"
    assert rows[13].responsible == "Tổ trưởng các tổ chuyên môn và giáo viên chủ nhiệm các lớp"


@needs_shared
def test_a_standing_body_and_its_lower_case_level_are_one_subject():
    """fresh_44 (an election guidance) L109: `Căn cứ vào kết quả hiệp thương lần thứ nhất, chậm nhất là ngày 15 tháng
    12 năm 2025, Thường trực Hội đồng nhân dân tỉnh, cấp xã tiến hành điều chỉnh …` (`Thường trực` heads a body, the
    second member is a level in lower case): was empty, as L71's `Ủy ban Thường vụ Quốc hội tiến hành …` is not."""
    rows = {r.line: r.responsible for r in _rows(DEVSET, "fresh_44")}
    assert rows[109] == "Thường trực Hội đồng nhân dân tỉnh, cấp xã"
    assert rows[71] == "Ủy ban Thường vụ Quốc hội"


@needs_shared
def test_two_groups_of_parties_joined_by_and_are_one_subject():
    """Quyết định of the Prime Minister (src_congbot_4) L252: `Hàng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh,
    thành phố trực thuộc trung ương báo cáo kết quả thực hiện về Bộ Lao động - Thương binh và Xã hội …` — longer than
    a name, so it was dropped; a commune plan writes the same shape (`Các ban, ngành, đoàn thể và Ủy ban Mặt trận Tổ
    quốc Việt Nam xã …`)."""
    rows = [r for r in _rows(WILD, "src_congbot_4") if r.line == 252]
    assert [r.responsible for r in rows] == ["Các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    text = ("ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH\nSố: 45/KH-UBND\nLương Minh, ngày 10 tháng 10 năm 2025\n\nKẾ HOẠCH\n"
            "Thực hiện công tác dân vận của chính quyền năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n"
            "Các ban, ngành, đoàn thể và Ủy ban Mặt trận Tổ quốc Việt Nam xã báo cáo kết quả thực hiện về Ủy ban nhân "
            "dân xã trước ngày 05/12/2025.\n")
    assert [r.responsible for r in parse_text(text)[0].deadlines] == [
        "Các ban, ngành, đoàn thể và Ủy ban Mặt trận Tổ quốc Việt Nam xã"]


def test_a_schools_teams_and_staff_are_subjects():
    """A school plan assigns work to its teams and staff (Điều lệ trường THCS, Thông tư 32/2020/TT-BGDĐT): `Tổ chuyên
    môn xây dựng …`, `Nhân viên y tế báo cáo …`, `Tổng phụ trách Đội xây dựng …`, `Liên đội, Chi đoàn tổ chức …`, a
    subject team (`Tổ Toán - Tin tổ chức …`) — the plan's own school was given for each."""
    rows = _by_line(_SCHOOL_PLAN + (
        "1. Tổ chuyên môn xây dựng kế hoạch giáo dục trước ngày 15/9/2025.\n"
        "2. Nhân viên y tế báo cáo tình hình sức khỏe học sinh hằng tháng.\n"
        "3. Tổng phụ trách Đội xây dựng kế hoạch hoạt động trước ngày 10/9/2025.\n"
        "4. Liên đội, Chi đoàn tổ chức hội thi trong tháng 11/2025.\n"
        "5. Tổ văn phòng và kế toán nộp báo cáo tài chính về Hiệu trưởng trước ngày 05/01/2026.\n"
        "6. Tổ Toán - Tin tổ chức chuyên đề dạy học trong tháng 10/2025.\n"))
    assert [rows[line].responsible for line in range(10, 16)] == [
        "Tổ chuyên môn", "Nhân viên y tế", "Tổng phụ trách Đội", "Liên đội, Chi đoàn", "Tổ văn phòng và kế toán",
        "Tổ Toán - Tin"]


_COMMUNE_PLAN = ("ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH\nSố: 45/KH-UBND\nLương Minh, ngày 10 tháng 10 năm 2025\n\nKẾ HOẠCH\n"
                 "Thực hiện công tác dân vận của chính quyền năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def test_a_communes_bodies_and_posts_are_subjects_and_a_call_up_is_a_deadline():
    """A commune plan: `Công an xã báo cáo …`, `Trưởng thôn tổ chức họp dân …`, `Trạm Y tế xã báo cáo …` (the commune
    was given for each); `Ban Chỉ huy Quân sự xã hoàn thành hồ sơ gọi công dân nhập ngũ trước ngày 30/11/2025` was
    no row at all (`nhập ngũ` marks a veteran's history; a call-up after the plan's date is a duty's)."""
    rows = _by_line(_COMMUNE_PLAN + (
        "1. Công an xã báo cáo tình hình an ninh trật tự về Ủy ban nhân dân xã trước ngày 05/11/2025.\n"
        "2. Trưởng thôn tổ chức họp dân trước ngày 20/11/2025.\n"
        "3. Trạm Y tế xã báo cáo kết quả tiêm chủng trước ngày 25/11/2025.\n"
        "4. Ban Chỉ huy Quân sự xã hoàn thành hồ sơ gọi công dân nhập ngũ trước ngày 30/11/2025.\n"))
    assert [(rows[line].due_date, rows[line].responsible) for line in range(9, 13)] == [
        ("2025-11-05", "Công an xã"), ("2025-11-20", "Trưởng thôn"), ("2025-11-25", "Trạm Y tế xã"),
        ("2025-11-30", "Ban Chỉ huy Quân sự xã")]


def test_a_veterans_history_is_still_no_deadline():
    """The history a record of merit states (`nhập ngũ trước ngày 30/4/1975`, before the document) stays out."""
    text = _COMMUNE_PLAN + ("1. Rà soát, lập danh sách các đối tượng nhập ngũ trước ngày 30/4/1975 chưa được hưởng chế độ.\n"
                            "2. Công chức Lao động - Thương binh và Xã hội gửi danh sách về Ủy ban nhân dân xã trước ngày "
                            "20/11/2025.\n")
    assert [r.due_date for r in parse_text(text)[0].deadlines] == ["2025-11-20"]


@needs_shared
def test_a_body_in_lower_case_inside_a_condition_is_no_subject():
    """src_congbot_7 L1623 `1. Trường hợp hồ sơ người có công đang do quân đội, công an quản lý thực hiện như sau:`
    over L1629 `… Thời gian xem xét, giải quyết không quá 12 ngày …`: `công an` in lower case is a word of the
    condition, not the `Công an` that heads a name (L743's period names nobody; L1629's falls to the bodies the
    sentence before it on its line names, `c) Bộ Quốc phòng, Bộ Công an hướng dẫn khoản này.`)."""
    rows = [r for r in _rows(WILD, "src_congbot_7") if r.line in (743, 1629)]
    assert [(r.surface, r.responsible) for r in rows] == [("không quá 70 ngày", ""),
                                                          ("không quá 12 ngày", "Bộ Quốc phòng, Bộ Công an")]


def test_a_subject_stops_where_the_words_after_it_are_no_member():
    """`và` after the subject that opens the predicate's object, not a member (`Hiệu trưởng và …` would be):
    `Hiệu trưởng tổ chức hội nghị cán bộ, công chức, viên chức …` keeps `Hiệu trưởng`; `Các tổ chuyên môn, giáo
    viên nộp …` where the second member is again a post."""
    rows = _by_line(_SCHOOL_PLAN + (
        "1. Hiệu trưởng tổ chức hội nghị cán bộ, công chức, viên chức và người lao động trước ngày 30/9/2025.\n"
        "2. Các tổ chuyên môn, giáo viên bộ môn nộp hồ sơ về văn phòng trước ngày 15/10/2025.\n"))
    assert rows[10].responsible == "Hiệu trưởng"
    assert rows[11].responsible == "Các tổ chuyên môn, giáo viên bộ môn"


def test_a_sentence_under_a_heading_is_read_without_the_heading():
    """A plan item's heading on its own line over the sentence that sets the date (`1. Hội nghị cán bộ, công chức,
    viên chức` ⏎ `Hiệu trưởng tổ chức hội nghị trước ngày 30/9/2025.`; a decree's `Điều 80. Trách nhiệm thi hành` ⏎
    `Bộ Kế hoạch và Đầu tư … báo cáo …`): the subject opens the sentence, not the heading (the plan's own body was
    given, the heading read into the task and the recipient)."""
    rows = _by_line(_SCHOOL_PLAN + (
        "Các tổ chuyên môn gửi báo cáo về Hiệu trưởng trước ngày 25/12/2025.\n"
        "1. Hội nghị cán bộ, công chức, viên chức\n"
        "Hiệu trưởng tổ chức hội nghị trước ngày 30/9/2025.\n"
        "2. Công tác báo cáo\n"
        "Tổ trưởng chuyên môn gửi báo cáo về Phó Hiệu trưởng trước ngày 20/10/2025.\n"))
    assert (rows[10].responsible, rows[10].task) == ("Các tổ chuyên môn", "Các tổ chuyên môn gửi báo cáo về Hiệu trưởng")
    assert (rows[12].responsible, rows[12].task) == ("Hiệu trưởng", "Hiệu trưởng tổ chức hội nghị")
    assert (rows[14].responsible, rows[14].recipient) == ("Tổ trưởng chuyên môn", "Phó Hiệu trưởng")


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


_OFFICE = ("UBND QUẬN TÂN BÌNH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: {number}\nTân Bình, ngày 15 tháng 9 năm 2025\n\n{kind}\n"
           "{title}\n\n")


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
def test_a_time_line_takes_the_responsible_field_nearest_above_it():
    """A provincial plan (src_tvplcrawl_17) writes each activity's marker alone on its line (`1.4.` ⏎ its text ⏎ `-
    Cơ quan thực hiện: Ủy ban nhân dân các huyện, thành phố chủ trì, …` ⏎ `- Thời gian thực hiện: Thực hiện thường
    xuyên hằng năm.`); the outline holds them in one item, whose first field was given to all of them (`Sở Lao động -
    Thương binh và xã hội`). Each time line takes the field above it (the keys' values)."""
    rows = {r.line: r.responsible for r in _rows(WILD, "src_tvplcrawl_17")}
    assert [rows[line] for line in (44, 56, 64, 76, 80, 83)] == [
        "Ủy ban nhân dân các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố", "Sở Nội vụ",
        "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Văn hóa - Thể thao và Du lịch"]


@needs_shared
def test_the_breaches_of_a_sanction_decree_set_no_deadline():
    """Nghị định on sanctions in planning and investment (src_tvplcrawl_59): the points under `Phạt tiền từ … đối với
    một trong các hành vi sau:` describe duties broken — L106 `a) Không thực hiện chế độ báo cáo giám sát, đánh giá
    đầu tư định kỳ theo quy định;`, L726 `c) Trong thời hạn 10 ngày kể từ ngày quy hoạch được phê duyệt nhưng không
    cập nhật …` — and the remedy L111 `c) Buộc thực hiện chế độ báo cáo … định kỳ theo quy định đối với hành vi vi
    phạm …` restores one; none is a deadline (16 rows were). A remedy's own period stays: src_tvplcrawl_38 L258
    `Buộc đưa ra khỏi lãnh thổ Việt Nam … trong thời hạn 30 ngày kể từ ngày nhận được quyết định xử phạt …`."""
    rows = _rows(WILD, "src_tvplcrawl_59")
    assert not [r for r in rows if r.line in (106, 111, 135, 144, 196, 237, 392, 726)]
    assert not [r for r in rows if r.recurrence == "định kỳ"]
    kept = [r for r in _rows(WILD, "src_tvplcrawl_38") if r.line == 258]
    assert [(r.surface, r.recurrence) for r in kept] == [("trong thời hạn 30 ngày", "30 ngày")]


def test_a_penalty_in_one_sentence_and_a_duty_beside_it():
    """A sanction decree's clause in one line (`Phạt tiền … đối với hành vi không gửi thông báo … trong thời hạn 15
    ngày kể từ …`, `… không thực hiện chế độ báo cáo định kỳ hằng quý …`, the shape of Nghị định 122/2021/NĐ-CP) is a
    breach (both were rows); the decree's own duty in its final article (`Bộ Kế hoạch và Đầu tư … báo cáo … trước
    ngày 31 tháng 12 năm 2022`) is a deadline."""
    text = ("CHÍNH PHỦ\nSố: 122/2021/NĐ-CP\nHà Nội, ngày 28 tháng 12 năm 2021\n\nNGHỊ ĐỊNH\n"
            "Quy định về xử phạt vi phạm hành chính trong lĩnh vực kế hoạch và đầu tư\n\n"
            "Điều 12. Vi phạm về báo cáo\n"
            "1. Phạt tiền từ 5.000.000 đồng đến 10.000.000 đồng đối với hành vi không gửi thông báo cho cơ quan đăng ký "
            "đầu tư trong thời hạn 15 ngày kể từ ngày quyết định ngừng hoạt động của dự án đầu tư.\n"
            "2. Phạt tiền từ 10.000.000 đồng đến 20.000.000 đồng đối với hành vi không thực hiện chế độ báo cáo định kỳ "
            "hằng quý theo quy định.\n"
            "Điều 80. Trách nhiệm thi hành\n"
            "Bộ Kế hoạch và Đầu tư tổng hợp, báo cáo Thủ tướng Chính phủ tình hình thi hành Nghị định này trước ngày "
            "31 tháng 12 năm 2022.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.recurrence, r.responsible) for r in rows] == [("2022-12-31", "", "Bộ Kế hoạch và Đầu tư")]


@needs_shared
def test_a_heading_read_to_a_head_alone_gives_its_rows_no_party():
    """fresh_44 L187 `2.5.1 Người chủ trì hội nghị tuyên bố lí do, …` heads the block whose time lines L253 (`Chậm
    nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026, nguời ứng cử phải hoàn thành …`) and L261 (minutes `phải được
    chuyển đến …`) stand in: its name reader stops at `chủ trì`, and `Người` alone names no one."""
    rows = {r.line: r for r in _rows(DEVSET, "fresh_44")}
    assert rows[253].due_date == rows[261].due_date == "2026-02-01"
    assert rows[253].responsible != "Người" and rows[261].responsible != "Người"
