"""The party of a deadline as the subject of its clause: a subject runs over its lower-case members to the verb and
ends where its verb or a negation begins or where the words are no member; a standing body with its level, two groups
joined by `và`, a school's teams and staff, a commune's bodies and posts, a company; what is no subject (a body
inside a condition, a heading over the sentence, a fronted phrase passed over). Real sentences of ../shared (file and
line in a comment), or sentences written as school and commune plans write them (said so in the comment)."""
from __future__ import annotations

from pipeline.api import parse_text

from .conftest import DEVSET, WILD
from .test_deadlines import _rows, needs_shared


_SCHOOL_PLAN = ("PHÒNG GD&ĐT QUẬN TÂN BÌNH\nTRƯỜNG THCS TRƯỜNG CHINH\nSố: 95/KH-TC\n"
                "Tân Bình, ngày 04 tháng 9 năm 2025\n\nKẾ HOẠCH\n"
                "Thực hiện quy chế dân chủ ở cơ sở năm học 2025-2026\n\n"
                "III. TỔ CHỨC THỰC HIỆN\n")


def _by_line(text: str) -> dict[int, object]:
    return {r.line: r for r in parse_text(text)[0].deadlines}


_COMMUNE_PLAN = ("ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH\nSố: 45/KH-UBND\nLương Minh, ngày 10 tháng 10 năm 2025\n\nKẾ HOẠCH\n"
                 "Thực hiện công tác dân vận của chính quyền năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n")


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
def test_a_subject_ends_where_its_verb_begins_though_no_list_knows_the_verb():
    """After a period and its moment (`Chậm nhất 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, …`), the subject
    is read up to a verb the lists may not hold, told by underthesea's tags: src_tvplcrawl_61 (Nghị định on ship
    registration) L47 `cơ quan đăng ký tàu biển trả lời chủ tàu bằng văn bản` (the `đăng ký` inside the name stays),
    L179 `… cấp giấy chứng nhận mới cho tổ chức, cá nhân`; src_tvplcrawl_35 L197 `Kho bạc Nhà nước kiểm soát tính hợp
    pháp của hồ sơ …` (a verb the name reader read on into); src_tvplcrawl_51 L129 `Người khai hải quan khai và nộp
    bổ sung chứng từ …` (the qualifying verb again: the predicate)."""
    def responsible(stem, line):
        return {r.responsible for r in _rows(WILD, stem) if r.line == line}

    assert responsible("src_tvplcrawl_61", 47) == {"Cơ quan đăng ký tàu biển"}
    assert responsible("src_tvplcrawl_61", 179) == {"Cơ quan đăng ký tàu biển"}
    assert responsible("src_tvplcrawl_35", 197) == {"Kho bạc Nhà nước"}
    assert responsible("src_tvplcrawl_51", 129) == {"Người khai hải quan"}
    # verbs that belong to the name stay in it: src_tvplcrawl_58 L46 `…, cơ quan có chức năng quản lý đất đai ở địa
    # phương có trách nhiệm chủ trì …`
    assert responsible("src_tvplcrawl_58", 46) == {"Cơ quan có chức năng quản lý đất đai ở địa phương"}


def test_a_negation_before_the_verb_ends_the_subject():
    """A customs circular's shape (src_tvplcrawl_52 L191, src_tvplcrawl_51 L198): `Trong thời hạn 10 ngày kể từ ngày cơ
    quan hải quan yêu cầu, người khai hải quan không cung cấp các chứng từ chứng minh … thì cơ quan hải quan tiến hành
    xác minh …` — the ten days are the declarant's, whose name ends at `không`."""
    text = ("THÔNG TƯ\nQuy định về xác định xuất xứ hàng hóa xuất khẩu, nhập khẩu\n"
            "Điều 5. Kiểm tra chứng từ chứng nhận xuất xứ hàng hóa\n"
            "3. Trong thời hạn 10 ngày kể từ ngày cơ quan hải quan yêu cầu, người khai hải quan không cung cấp các "
            "chứng từ chứng minh thì cơ quan hải quan tiến hành xác minh theo quy định tại khoản 4 Điều này.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.recurrence, r.responsible) for r in rows] == [("10 ngày", "Người khai hải quan")]


@needs_shared
def test_the_party_after_a_period_whose_cue_stands_apart_from_its_count():
    """Nghị định (src_congbot_45) L107-113: `b) Trong thời hạn không quá 7 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo
    quy định, Ủy ban nhân dân cấp xã hoàn thành việc tổng hợp …` — the surface starts at `không quá`, and the words
    before it are only the period's cues: the party after the moment acts, as it does after `Trong thời hạn 05 ngày`."""
    rows = {r.line: r for r in _rows(WILD, "src_congbot_45")}
    assert (rows[107].recurrence, rows[107].responsible) == ("7 ngày làm việc", "Ủy ban nhân dân cấp xã")
    assert rows[109].responsible == "Ban Chỉ huy quân sự"


@needs_shared
def test_a_body_whose_two_syllable_head_the_segmenter_joins_to_the_next_word_acts():
    """src_tvplcrawl_39 (a circular on customs declaration certificates) L52: `b) Trong thời hạn 30 ngày kể từ ngày kết
    thúc kỳ thi, Hội đồng thi thông báo công khai kết quả thi …` — underthesea reads `Hội đồng thi` as one word, as it
    reads `Trường hợp`; a head of two syllables is a body's name, not the first half of a common word."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_39") if r.line == 52]
    assert [(r.recurrence, r.responsible) for r in rows] == [("30 ngày", "Hội đồng thi")]


@needs_shared
def test_a_company_acts():
    """src_tvplcrawl_41 (a decree on enterprise registration) L139: `Trong thời hạn 15 ngày kể từ ngày được cấp Giấy
    chứng nhận …, công ty trách nhiệm hữu hạn một thành viên gửi hồ sơ …`: a company is a party that acts
    (models/deadlines.json agent_heads), as a `doanh nghiệp` is."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_41") if r.line == 139]
    assert [r.responsible for r in rows] == ["Công ty trách nhiệm hữu hạn một thành viên"]
    assert rows[0].task.startswith("Công ty trách nhiệm hữu hạn một thành viên gửi hồ sơ đăng ký lại chi nhánh")


@needs_shared
def test_a_fronted_ngoai_phrase_is_passed_over_to_the_subject():
    """src_tvplcrawl_54 (a decree on bonds) L259: `b) Ngoài chế độ báo cáo định kỳ theo quy định tại điểm a khoản này,
    Sở giao dịch chứng khoán báo cáo đột xuất …`: `Ngoài …,` is fronted like `Đối với …,`; the subject follows it."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_54") if r.line == 259]
    assert [r.responsible for r in rows] == ["Sở giao dịch chứng khoán"]
