"""Who must do what a deadline binds: the party that opens the clause, read whole."""
from __future__ import annotations

from pipeline.api import parse_text

from .test_deadlines import WILD, _rows, needs_shared
from .test_deadline_rows_and_tasks import _by_line

_LETTER = ("UBND HUYỆN AN NHƠN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 215/PGDĐT\nAn Nhơn, ngày 02 tháng 10 năm 2024\n"
           "V/v báo cáo số liệu học sinh đầu năm học 2024-2025\n\n"
           "Kính gửi: Hiệu trưởng các trường Tiểu học, THCS trên địa bàn huyện\n\n")


def test_a_schools_name_ending_with_its_number_is_who_acts():
    """`Trường THCS An Bình 2 …`, `Trường THPT số 3 An Nhơn …` (src_congbot_25 lists schools so): the number is
    part of the name, not a count that makes the subject prose (the letter's addressees were taken instead)."""
    rows = _by_line(_LETTER, "1. Trường THCS An Bình 2 gửi danh sách học sinh về Phòng GDĐT trước ngày 15/10/2024.\n"
                             "2. Trường THPT số 3 An Nhơn nộp hồ sơ kiểm định trước ngày 20/10/2024.\n"
                             "3. Năm 2025, các trường báo cáo kết quả tuyển sinh trước ngày 25/10/2024.\n")
    assert [(r.responsible, r.recipient) for r in rows[1]] == [("Trường THCS An Bình 2", "Phòng Giáo dục và Đào tạo")]
    assert [r.responsible for r in rows[2]] == ["Trường THPT số 3 An Nhơn"]
    assert [r.responsible for r in rows[3]] == ["Các trường"]  # a year that fronts the clause is no name's number


@needs_shared
def test_a_body_named_by_the_verb_tổ_chức_and_its_qualifier():
    """src_tvplcrawl_54 (a decree on corporate bonds) L253, L255: `Tổ chức tư vấn hồ sơ chào bán trái phiếu thực hiện
    chế độ báo cáo định kỳ …`, `Tổ chức đấu thầu, bảo lãnh, đại lý phát hành thực hiện chế độ báo cáo …`: `Tổ chức`
    with its qualifier up to the predicate names who acts (the clause was read as opening with the verb)."""
    rows = {r.line: r.responsible for r in _rows(WILD, "src_tvplcrawl_54") if r.line in (253, 255)}
    assert rows == {253: "Tổ chức tư vấn hồ sơ chào bán trái phiếu", 255: "Tổ chức đấu thầu, bảo lãnh, đại lý phát hành"}


def test_the_verb_tổ_chức_that_opens_a_task_names_nobody():
    """`Tổ chức tư vấn tuyển sinh cho học sinh lớp 9 …` (a preposition before any predicate), `Tổ chức hội nghị sơ
    kết, gửi báo cáo …` (the second verb joined by a comma): tasks, whose party is the letter's addressees."""
    rows = _by_line(_LETTER, "1. Tổ chức tư vấn tuyển sinh cho học sinh lớp 9 trước ngày 15/10/2024.\n"
                             "2. Tổ chức hội nghị sơ kết, gửi báo cáo về Phòng GDĐT trước ngày 20/10/2024.\n")
    addressees = "Hiệu trưởng các trường Tiểu học, THCS trên địa bàn huyện"
    assert [r.responsible for line in (1, 2) for r in rows[line]] == [addressees, addressees]


@needs_shared
def test_a_representative_named_by_whom_it_represents():
    """src_tvplcrawl_54 L254: `Đại diện người sở hữu trái phiếu thực hiện chế độ báo cáo …`: a representative is who
    acts (models/deadlines.json agent_heads), with whom it represents."""
    rows = [r.responsible for r in _rows(WILD, "src_tvplcrawl_54") if r.line == 254]
    assert rows and set(rows) == {"Đại diện người sở hữu trái phiếu"}


@needs_shared
def test_a_generic_heads_name_closed_by_a_proper_name_is_read_whole():
    """src_tvplcrawl_54 L261: `a) Tổng công ty lưu ký và bù trừ chứng khoán Việt Nam thực hiện chế độ báo cáo …`: the
    lower-case qualifier that a proper name closes is the name's, whatever the tagger makes of `lưu ký` (it was cut
    to `Tổng công ty`); `Cơ quan quản lý thuế kiểm tra hồ sơ Hải quan …` still ends at its verb."""
    rows = {r.responsible for r in _rows(WILD, "src_tvplcrawl_54") if r.line == 261}
    assert rows == {"Tổng công ty lưu ký và bù trừ chứng khoán Việt Nam"}
    own = _by_line(_LETTER, "1. Cơ quan quản lý thuế kiểm tra hồ sơ Hải quan trước ngày 15/10/2024.\n")
    assert [r.responsible for r in own[1]] == ["Cơ quan quản lý thuế"]


@needs_shared
def test_a_sentence_that_only_times_the_work_before_it_takes_that_sentences_subject():
    """src_congbot_7 (a decree on people with merit) L653, L1331: `5. Bộ Quốc phòng, Bộ Công an hướng dẫn quy trình …
    . Thời gian xem xét, giải quyết không quá 30 ngày kể từ …`: the time limit is of the work the sentence before it
    on its line gives its subject (the rows had no responsible)."""
    rows = {r.line: r.responsible for r in _rows(WILD, "src_congbot_7") if r.line in (653, 1331)}
    assert rows == {653: "Bộ Quốc phòng, Bộ Công an", 1331: "Bộ Quốc phòng"}


@needs_shared
def test_a_long_fronted_basis_is_passed_over_to_the_party_after_it():
    """src_teacher2_1 (a ministry's guide for primary schools) L37: `b) Hằng năm, trên cơ sở kế hoạch thời gian năm học
    do Ủy ban nhân dân tỉnh, thành phố … quyết định và hướng dẫn …, Hiệu trưởng tổ chức xây dựng …` (longer than the
    fronted phrase's reach, with commas); src_congbot_47 L51 `Căn cứ chỉ tiêu, yêu cầu và nhiệm vụ đào tạo, Hội Chữ
    thập đỏ cấp tỉnh quyết định …`: who acts follows the basis, not the letter's addressees nor nobody."""
    school = {r.responsible for r in _rows(WILD, "src_teacher2_1") if r.line == 37}
    assert school == {"Hiệu trưởng"}
    red_cross = {r.responsible for r in _rows(WILD, "src_congbot_47") if r.line == 51}
    assert red_cross == {"Hội Chữ thập đỏ cấp tỉnh"}


@needs_shared
def test_a_body_named_by_tổ_chức_after_a_fronted_time_or_condition():
    """src_tvplcrawl_18 (a circular on fees) L36 `2. Chậm nhất là ngày 05 hàng tháng, tổ chức thu phí phải gửi …`, in
    lower case after the fronted time; src_tvplcrawl_31 L75 `… thì tổ chức, đơn vị sử dụng lao động không phải thực
    hiện …; chỉ phải cung cấp … trước 30 ngày …`: the negation before the predicate is not the name's."""
    fees = {r.responsible for r in _rows(WILD, "src_tvplcrawl_18") if r.line == 36}
    assert fees == {"Tổ chức thu phí"}
    land = {r.responsible for r in _rows(WILD, "src_tvplcrawl_31") if r.line == 75 and r.surface == "trước 30 ngày"}
    assert land == {"Tổ chức, đơn vị sử dụng lao động"}


def test_an_invitations_time_line_is_the_invitees_event():
    # A school office's invitation (invented names): the time line under the invitees times the meeting the
    # invitation is for, attended by all of them, not by the last one listed.
    text = ("UBND HUYỆN AN LẠC\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 45/GM-PGDĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nAn Lạc, ngày 02 tháng 10 năm 2024\n\nGIẤY MỜI\n"
            "Dự Hội nghị triển khai nhiệm vụ năm học 2024 - 2025\n\n"
            "Phòng Giáo dục và Đào tạo trân trọng kính mời:\n"
            "- Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn huyện;\n"
            "- Tổ trưởng chuyên môn các trường THCS.\n"
            "Thời gian: 7 giờ 30 phút, thứ Hai, ngày 07 tháng 10 năm 2024.\n"
            "Địa điểm: Hội trường Phòng Giáo dục và Đào tạo.\n"
            "Đề nghị các đơn vị gửi báo cáo tổng kết năm học về Phòng chậm nhất ngày 04/10/2024.\n")
    rows = {row.due_date: row for row in parse_text(text, "giay-moi.txt")[0].deadlines}
    meeting = rows["2024-10-07"]
    assert meeting.task == "Dự Hội nghị triển khai nhiệm vụ năm học 2024 - 2025"
    assert "Hiệu trưởng các trường Mầm non, Tiểu học, THCS" in meeting.responsible
    assert "Tổ trưởng chuyên môn các trường THCS" in meeting.responsible
    assert rows["2024-10-04"].responsible == "Các đơn vị"


_SCHOOL_PLAN = ("PHÒNG GD&ĐT HUYỆN CHÂU THÀNH\nTRƯỜNG TIỂU HỌC AN HIỆP\nSố: 45/KH-THAH\n"
                "An Hiệp, ngày 15 tháng 9 năm 2025\n\nKẾ HOẠCH\nThực hiện Quy chế dân chủ ở cơ sở năm học 2025 - 2026\n\n"
                "I. MỤC ĐÍCH, YÊU CẦU\n- Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên.\n\n"
                "II. TỔ CHỨC THỰC HIỆN\n")


def test_a_heading_that_lists_parties_makes_them_all_responsible_for_its_duties():
    """A school's plan assigns duties under headings that name who acts, one or several (`1. Hiệu trưởng`, `2. Các
    tổ chuyên môn, tổ văn phòng`, as school plans lay out their Tổ chức thực hiện): a deadline in the bullets is the
    heading's parties', all of them, not the school's that issues the plan."""
    rows = _by_line(_SCHOOL_PLAN, "1. Hiệu trưởng\n- Tổ chức Hội nghị cán bộ, công chức, viên chức trước ngày 30/9/2025.\n"
                                  "2. Các tổ chuyên môn, tổ văn phòng\n- Triển khai kế hoạch đến từng thành viên trong tổ; "
                                  "báo cáo kết quả về Hiệu trưởng trước ngày 25/10/2025.\n")
    assert [r.responsible for r in rows[2]] == ["Hiệu trưởng"]
    assert [(r.responsible, r.recipient) for r in rows[4]] == [("Các tổ chuyên môn, tổ văn phòng", "Hiệu trưởng")]


@needs_shared
def test_the_party_a_line_opens_with_as_its_label_is_no_part_of_the_task():
    """`2. Phó Hiệu trưởng: Giúp Hiệu trưởng … hằng tháng` (school plans assign so): the label is the responsible;
    a province's decision writes its procedure so too (src_congbot_18 L154 `5. Ủy ban nhân dân tỉnh: Trong thời hạn
    không quá 05 (năm) ngày làm việc …`)."""
    rows = _by_line(_SCHOOL_PLAN, "1. Hiệu trưởng: Chỉ đạo thực hiện kế hoạch.\n2. Phó Hiệu trưởng: Giúp Hiệu trưởng "
                                  "theo dõi, tổng hợp kết quả kiểm tra hằng tháng.\n")
    assert [(r.responsible, r.task, r.recurrence) for r in rows[2]] == [
        ("Phó Hiệu trưởng", "Giúp Hiệu trưởng theo dõi, tổng hợp kết quả kiểm tra", "hằng tháng")]
    row = next(r for r in _rows(WILD, "src_congbot_18") if r.line == 154)
    assert (row.responsible, row.task.startswith("Ủy ban")) == ("Ủy ban nhân dân tỉnh", False)


def test_a_lead_in_that_ends_its_paragraph_names_who_does_the_bullets_below():
    """A commune Front's guidance: `Đối với các thôn …: … có 05 thôn không được phân bổ chỉ tiêu. Ban Công tác Mặt
    trận các thôn này thực hiện các nội dung sau:` over bullets and sub-bullets; the lead-in is the paragraph's last
    sentence, its subject who does them (the paragraph's first words were read, naming no one)."""
    text = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 30/HD-MTTQ-BTT\nLương Minh, ngày 22 tháng 12 "
            "năm 2025\n\nHƯỚNG DẪN\nQuy trình giới thiệu người ứng cử đại biểu HĐND xã\n\nIII. CÁC THÔN KHÔNG PHÂN BỔ\n"
            "Đối với các thôn không phân bổ chỉ tiêu giới thiệu người ứng cử: có 05 thôn không được phân bổ chỉ tiêu. "
            "Ban Công tác Mặt trận các thôn này thực hiện các nội dung sau:\n\n- Chuẩn bị cho Bước Bốn:\n\n"
            "+ Rà soát danh sách cử tri từ ngày 04/02/2026 đến 08/02/2026.\n")
    assert [(r.due_date, r.responsible) for r in parse_text(text)[0].deadlines] == [
        ("2026-02-08", "Ban Công tác Mặt trận các thôn")]


def test_a_post_the_party_reader_knows_is_who_must_act_in_the_deadlines_too():
    """`2. Kế toán phối hợp với thủ quỹ công khai các khoản thu chi hằng tháng.` (a kindergarten's plan on công khai):
    the parties table names `Kế toán`; the deadline's responsible was the school issuing the plan."""
    rows = _by_line(_SCHOOL_PLAN, "1. Hiệu trưởng chịu trách nhiệm tổ chức thực hiện công khai theo quy định.\n"
                                  "2. Kế toán phối hợp với thủ quỹ công khai các khoản thu chi hằng tháng.\n")
    assert [(r.responsible, r.recurrence) for r in rows[2]] == [("Kế toán", "hằng tháng")]
    assert ("Kế toán", "lead") in {(p.party, p.role) for p in parse_text(_SCHOOL_PLAN + "2. Kế toán phối hợp với thủ "
                                                                           "quỹ công khai các khoản thu chi hằng tháng.\n")[0].parties}


def test_a_letter_posted_without_its_header_falls_to_its_addressees():
    """An education office's timetable letter as a school website posts it, header lost (no type line, no number):
    its `Kính gửi:` line still says who holds the tests; the body run on after the addressees on their line (`Kính
    gửi: Hiệu trưởng các trường Tiểu học huyện. Thực hiện …`) is no part of them."""
    text = ("Kính gửi: Hiệu trưởng các trường Tiểu học huyện. Thực hiện Công văn số 951/SGD&ĐT-GDTH ngày 24/8/2012 của "
            "Sở GD&ĐT hướng dẫn thực hiện nhiệm vụ năm học 2012-2013, Phòng GD&ĐT thông báo lịch kiểm tra định kì như "
            "sau:\n1. Kiểm tra định kì lần 1 (tuần 10)\nNgày 01/11/2012: kiểm tra môn Tiếng Việt, Toán lớp 1, 2, 3.\n"
            "2. Kiểm tra định kì lần 2 (tuần 18)\nNgày 27/12/2012: kiểm tra môn Tiếng Việt, Toán lớp 1, 2, 3.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.responsible) for r in rows] == [
        ("2012-11-01", "Hiệu trưởng các trường Tiểu học huyện"), ("2012-12-27", "Hiệu trưởng các trường Tiểu học huyện")]


def test_a_kind_of_body_before_a_verb_the_lists_lack_is_who_acts():
    """`Các trường nâng cao …, báo cáo về Phòng …`, `Các đơn vị đăng ký …, đồng thời gửi …`: a kind of body, then a verb
    the duty lists lack (underthesea tags it `V`): the kind acts, not the words up to the first verb the lists know;
    a verb of a compound (`công lập`) is none, nor one that qualifies the kind (`được giao …`)."""
    rows = _by_line(_LETTER, "1. Các trường nâng cao chất lượng giáo dục toàn diện, báo cáo về Phòng GDĐT trước ngày "
                             "20/11/2024.\n"
                             "2. Các đơn vị đăng ký số lượng học sinh dự thi qua phần mềm, đồng thời gửi danh sách về "
                             "Phòng GDĐT trước ngày 22/11/2024.\n"
                             "3. Các trường mầm non ngoài công lập báo cáo về Phòng GDĐT trước ngày 25/11/2024.\n"
                             "4. Các trường được chọn tham gia hội thi nộp hồ sơ về Phòng GDĐT trước ngày 28/11/2024.\n")
    assert [r.responsible for r in rows[1]] == ["Các trường"]
    assert [r.responsible for r in rows[2]] == ["Các đơn vị"]
    assert [r.responsible for r in rows[3]] == ["Các trường mầm non ngoài công lập"]
    assert [r.responsible for r in rows[4]] == ["Các trường được chọn tham gia hội thi"]


@needs_shared
def test_the_party_that_labels_an_item_before_its_colon_does_its_dated_duties():
    """`1. Hiệu trưởng: Chỉ đạo chung; báo cáo kết quả về Phòng GD&ĐT … trước ngày 20/5/2025.` (a school plan's
    `Tổ chức thực hiện`), src_congbot_18 L150 `4. Cơ quan Thuế: … Thời gian thực hiện tại cơ quan Thuế … không quá 03
    (ba) ngày làm việc`: the label names who acts; the plan's own school was taken, and nobody in the decree."""
    from .test_deadline_rows_and_tasks import _SCHOOL_PLAN
    rows = _by_line(_SCHOOL_PLAN, "1. Hiệu trưởng: Chỉ đạo chung; báo cáo kết quả về Phòng GD&ĐT trước ngày 20/5/2026.\n"
                                  "2. Tổ trưởng chuyên môn: nộp kế hoạch tổ về Phó Hiệu trưởng trước ngày 25/9/2025.\n")
    assert [(r.responsible, r.due_date) for line in (1, 2) for r in rows[line]] == [
        ("Hiệu trưởng", "2026-05-20"), ("Tổ trưởng chuyên môn", "2025-09-25")]
    decree = {r.responsible for r in _rows(WILD, "src_congbot_18") if r.section_id == "Chương III.Điều 7.4"}
    assert decree == {"Cơ quan Thuế"}


@needs_shared
def test_a_body_that_directs_others_keeps_its_duties_after_the_semicolon():
    """`3. Phòng GDĐT các huyện … chỉ đạo các trường … trực thuộc triển khai thực hiện; tổng hợp kết quả báo cáo về Sở
    … trước ngày 30/8/2025` (a Sở's letter, as such letters write it): the office aggregates and reports, the schools
    it directs only carry out (they were taken); src_teacher2_1 L65 `Bộ GDĐT yêu cầu các Sở GDĐT chỉ đạo Phòng GDĐT và
    các cơ sở … triển khai …; báo cáo kết quả thực hiện về Bộ GDĐT … trước ngày 30 tháng 6 hàng năm`: the Sở, whom the
    ministry asks, reports (the offices and schools it directs were taken)."""
    rows = _by_line(_LETTER, "3. Phòng GDĐT các huyện, thị xã, thành phố chỉ đạo các trường mầm non, tiểu học, THCS trực "
                             "thuộc triển khai thực hiện; tổng hợp kết quả báo cáo về Sở trước ngày 30/10/2024.\n"
                             "4. Giao Tổ chuyên môn hướng dẫn giáo viên thực hiện; nộp báo cáo trước ngày 25/10/2024.\n")
    assert [r.responsible for r in rows[1]] == ["Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"]
    assert [r.responsible for r in rows[2]] == ["Tổ chuyên môn"]
    wild = {r.responsible for r in _rows(WILD, "src_teacher2_1") if r.line == 65}
    assert wild == {"Các Sở Giáo dục và Đào tạo"}


def test_a_reports_next_term_tasks_are_the_reporting_schools_own():
    """A school's report on its half year (as schools write them: results, then `PHƯƠNG HƯỚNG HỌC KỲ II`): the tasks
    it sets itself with no subject are its own, as in a plan (they had nobody); a task that names its party keeps it."""
    report = ("PHÒNG GDĐT THÀNH PHỐ BẮC NINH\nTRƯỜNG TIỂU HỌC KINH BẮC\nSố: 08/BC-THKB\n"
              "Kinh Bắc, ngày 10 tháng 01 năm 2025\n\nBÁO CÁO\nSơ kết thực hiện Quy chế dân chủ ở cơ sở học kỳ I năm học "
              "2024-2025\n\nI. KẾT QUẢ THỰC HIỆN\nNgày 28/9/2024, nhà trường tổ chức Hội nghị cán bộ, viên chức.\n"
              "II. PHƯƠNG HƯỚNG HỌC KỲ II\n")
    rows = _by_line(report, "1. Tổ chức đối thoại giữa Hiệu trưởng với cán bộ, giáo viên, nhân viên trong tháng 3/2025.\n"
                            "2. Tổng kết công tác thực hiện quy chế dân chủ năm học 2024-2025 trước ngày 25/5/2025.\n"
                            "3. Ban Thanh tra nhân dân kiểm tra việc công khai tài chính trước ngày 30/4/2025.\n")
    assert [(r.due_date, r.responsible) for line in (1, 2, 3) for r in rows[line]] == [
        ("2025-03-31", "Trường Tiểu học Kinh Bắc"), ("2025-05-25", "Trường Tiểu học Kinh Bắc"),
        ("2025-04-30", "Ban Thanh tra nhân dân")]


def test_a_sentence_that_is_only_a_time_label_times_the_sentence_before_it():
    """`2. Gửi danh sách … về Phòng GDĐT qua bộ phận Tổ chức cán bộ, email: …. Hạn cuối: 16h00 ngày 10/10/2024.` (an education
    office's letter, as such letters write it): the duty is the sentence before the label, and so is its recipient
    (the task was `Hạn cuối`, with nobody to send to)."""
    rows = _by_line(_LETTER, "1. Lập danh sách giáo viên đăng ký các mô đun bồi dưỡng.\n"
                             "2. Gửi danh sách (bản có chữ ký, đóng dấu) về Phòng GDĐT qua bộ phận Tổ chức cán bộ, email: "
                             "tccb.vinhyen@gmail.com. Hạn cuối: 16h00 ngày 10/10/2024.\n")
    assert [(r.task, r.recipient, r.due_date) for r in rows[2]] == [
        ("Gửi danh sách (bản có chữ ký, đóng dấu) về Phòng GDĐT qua bộ phận Tổ chức cán bộ, email: tccb.vinhyen@gmail.com",
         "Phòng Giáo dục và Đào tạo", "2024-10-10")]


def test_a_paragraph_right_under_its_parts_heading_has_its_own_subject():
    """`III. TỔ CHỨC THỰC HIỆN` ⏎ `Sở Nội vụ theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước
    ngày 10/12/2025.` (a province's plan issued with its decision, as provinces write them): the sentence opens after
    the heading's line, so its subject is the department (the sentence was read from inside the heading: nobody, or the
    plan's own body)."""
    from .test_deadline_rows_and_tasks import _COMMUNE_PLAN

    decision = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1520/QĐ-UBND\nHà Tĩnh, ngày 18 tháng 6 năm 2025\n\nQUYẾT ĐỊNH\n"
                "Ban hành Kế hoạch thực hiện công tác dân vận chính quyền năm 2025\n\nĐiều 1. Ban hành kèm theo Quyết định "
                "này Kế hoạch thực hiện công tác dân vận chính quyền năm 2025.\n\nKẾ HOẠCH\nThực hiện công tác dân vận "
                "chính quyền năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức về công tác dân vận.\n"
                "III. TỔ CHỨC THỰC HIỆN\n")
    rows = _by_line(decision, "Sở Nội vụ theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày "
                              "10/12/2025.\n")
    assert [(r.responsible, r.recipient) for r in rows[1]] == [("Sở Nội vụ", "Ủy ban nhân dân tỉnh")]
    plan = _by_line(_COMMUNE_PLAN, "Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc; tổng hợp, báo cáo Ủy ban nhân dân xã "
                                   "kết quả thực hiện trước ngày 10/12/2026.\n")
    assert [r.responsible for r in plan[1]] == ["Công chức Tư pháp - Hộ tịch"]


def test_a_long_lead_in_before_the_assigning_verb_is_left_out_of_the_task():
    """`Thực hiện Công văn số 1988/SGDĐT-TCCB … về việc báo cáo …, Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các
    trường thực hiện báo cáo … gửi về Phòng Giáo dục và Đào tạo … chậm nhất ngày 18/10/2024.` (an education office's
    letter, its lines wrapped as a PDF's text wraps them): the task opens at the request (the lead-in filled the task's
    200 characters and the duty was cut off)."""
    rows = _by_line(_LETTER, "Thực hiện Công văn số 1988/SGDĐT-TCCB ngày 08/10/2024 của Sở Giáo dục và\nĐào tạo về việc "
                             "báo cáo số liệu đội ngũ năm học 2024-2025, Phòng Giáo dục và Đào\ntạo đề nghị Hiệu trưởng các "
                             "trường thực hiện báo cáo số liệu đội ngũ theo biểu mẫu\nđính kèm, gửi về Phòng Giáo dục và Đào "
                             "tạo (qua bộ phận Văn phòng) chậm nhất\nngày 18/10/2024.\n")
    (row,) = [r for line in rows for r in rows[line]]
    assert row.task == ("Đề nghị Hiệu trưởng các trường thực hiện báo cáo số liệu đội ngũ theo biểu mẫu đính kèm, gửi về "
                        "Phòng Giáo dục và Đào tạo (qua bộ phận Văn phòng)")
    assert (row.responsible, row.due_date) == ("Hiệu trưởng các trường", "2024-10-18")


def test_a_post_after_its_honorific_is_who_acts_and_who_receives():
    """A school Party cell's plan (as such plans write it): `Đồng chí Phó Bí thư Chi bộ chịu trách nhiệm tổng hợp …,
    báo cáo Đảng ủy xã trước ngày …` and `Các đảng viên viết bài thu hoạch, nộp về đồng chí Bí thư Chi bộ chậm nhất
    ngày …`: the honorific is no part of the post, which is the subject (the cell itself was taken) or the recipient
    (`Đồng chí Bí thư Chi bộ`); party members are who act, as teachers are."""
    from .test_deadline_rows_and_tasks import _SCHOOL_PLAN

    rows = _by_line(_SCHOOL_PLAN, "1. Đồng chí Phó Bí thư Chi bộ chịu trách nhiệm tổng hợp bài thu hoạch, báo cáo Đảng ủy "
                                  "xã trước ngày 05/02/2026.\n2. Các đảng viên viết bài thu hoạch, nộp về đồng chí Bí thư "
                                  "Chi bộ chậm nhất ngày 25/01/2026.\n")
    assert [(r.responsible, r.recipient) for line in (1, 2) for r in rows[line]] == [
        ("Phó Bí thư Chi bộ", "Đảng ủy xã"), ("Các đảng viên", "Bí thư Chi bộ")]


def test_a_bullets_party_label_is_the_subject_of_its_later_parts():
    """`- Hiệu trưởng: chỉ đạo chung; báo cáo Phòng GD&ĐT kết quả trước ngày 20/5/2026.` (a school plan's bullets, as
    schools write them): the label's colon opened the sentence the dated part was read in, so nobody was its subject and
    the school itself was taken; a label that names no party (`- Thời gian: …`) still leaves the plan's own body."""
    from .test_deadline_rows_and_tasks import _SCHOOL_PLAN

    labelled = _by_line(_SCHOOL_PLAN, "- Hiệu trưởng: chỉ đạo chung; báo cáo Phòng GD&ĐT kết quả trước ngày 20/5/2026.\n")
    unlabelled = _by_line(_SCHOOL_PLAN, "- Thời gian: chỉ đạo chung; báo cáo Phòng GD&ĐT kết quả trước ngày 25/5/2026.\n")
    assert [r.responsible for rows in (labelled, unlabelled) for r in rows[1]] == ["Hiệu trưởng", "Trường THCS Hòa Bình"]


def test_a_section_of_an_office_named_bộ_phận_is_who_acts():
    """`Bộ phận TCCB Phòng GDĐT có trách nhiệm … báo cáo Sở GDĐT trước ngày …`, `Bộ phận một cửa …`: an office's
    section named with its capital is a body (models/deadlines.json named_heads), not the compound noun `bộ phận`
    that opens a sentence (the letter's addressees were taken instead); `Bộ phận giúp việc Ban Chỉ đạo …` keeps its
    `giúp việc` (models/party_name_words.txt), a bare `Bộ phận` names nobody."""
    rows = _by_line(_LETTER, "3. Tổ chức thực hiện\n"
                             "- Bộ phận TCCB Phòng GDĐT có trách nhiệm hướng dẫn, kiểm tra, tổng hợp số liệu, báo cáo Sở"
                             " GDĐT trước ngày 30/10/2024.\n"
                             "- Bộ phận giúp việc Ban Chỉ đạo tổng hợp kết quả trước ngày 05/11/2024.\n")
    assert [r.responsible for r in rows[2]] == ["Bộ phận TCCB Phòng Giáo dục và Đào tạo"]
    assert [r.responsible for r in rows[3]] == ["Bộ phận giúp việc Ban Chỉ đạo"]


def test_giao_names_its_doer_past_an_honorific_a_directing_verb_and_a_verb_the_lists_do_not_know():
    """A Party cell's resolution (`Chi bộ quyết nghị`): `Giao đồng chí Phó Bí thư chi bộ hoàn thiện hồ sơ …` (the post
    after its honorific), `Giao đồng chí Bí thư chi bộ chỉ đạo hoàn thiện hồ sơ …, xong trước …` (a directing verb that
    names nobody after it is the assigned post's duty), `Giao Văn phòng hoàn thiện hồ sơ kết nạp …` (no duty verb the
    lists know: underthesea's tags end the name; `sơ kết` of `hồ sơ kết nạp` is no verb, models/deadlines.json
    duty_verb_compounds). All three had no responsible or `Văn phòng hoàn thiện hồ`."""
    head = ("ĐẢNG BỘ XÃ VĨNH THỊNH\nCHI BỘ TRƯỜNG THCS VĨNH THỊNH\nSố 09-NQ/CB\nVĩnh Thịnh, ngày 06 tháng 10 năm 2025\n\n"
            "NGHỊ QUYẾT\nHội nghị Chi bộ thường kỳ tháng 10 năm 2025\n\nCHI BỘ QUYẾT NGHỊ:\n")
    rows = _by_line(head, "1. Giao đồng chí Phó Bí thư chi bộ hoàn thiện hồ sơ kết nạp Đảng trước 15/11/2025.\n"
                          "2. Giao đồng chí Bí thư chi bộ chỉ đạo hoàn thiện hồ sơ kết nạp Đảng, xong trước 20/11/2025.\n"
                          "3. Giao Văn phòng hoàn thiện hồ sơ kết nạp Đảng trước 25/11/2025.\n")
    assert [r.responsible for line in (1, 2, 3) for r in rows[line]] == ["Phó Bí thư chi bộ", "Bí thư chi bộ", "Văn phòng"]


def test_a_departments_lower_case_field_is_part_of_the_recipients_name():
    """`… tại Phòng Giáo dục chuyên nghiệp – Sở Giáo dục và Đào tạo` (a Sở's contest notice, a web copy): the
    department's field in lower case (models/party_name_words.txt `chuyên nghiệp`) is its name's, up to its Sở (the
    recipient was `Phòng Giáo dục`)."""
    head = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO BÌNH DƯƠNG\nSố: 143/TB-SGDĐT\nThủ Dầu Một, ngày 10 tháng 02 năm 2012\n\nTHÔNG BÁO\n"
            "Về việc tổ chức Hội thi giáo viên dạy giỏi năm 2012\n\n")
    rows = _by_line(head, "3. Các trường nộp hồ sơ đăng ký dự thi vào ngày 29/02/2012 tại Phòng Giáo dục chuyên nghiệp – "
                          "Sở Giáo dục và Đào tạo.\n")
    assert [r.recipient for r in rows[1]] == ["Phòng Giáo dục chuyên nghiệp – Sở Giáo dục và Đào tạo"]


def test_levels_listed_with_slashes_are_the_responsible_whole():
    """`UBND các xã/phường/thị trấn báo cáo … trước ngày …`: the levels the slashes list are the responsible's, written
    with commas (it was cut to `Ủy ban nhân dân các xã`)."""
    rows = _by_line(_LETTER, "1. UBND các xã/phường/thị trấn báo cáo kết quả về Phòng GDĐT trước ngày 15/10/2024.\n")
    assert [r.responsible for r in rows[1]] == ["Ủy ban nhân dân các xã, phường, thị trấn"]


def test_the_verb_chuẩn_bị_ends_the_name_of_whom_a_letter_asks():
    """`Đề nghị Hiệu trưởng các trường chuẩn bị báo cáo tự đánh giá …, nộp về Phòng GD&ĐT … trước ngày …` (an
    invitation's request): `chuẩn bị` is a duty's verb (models/deadlines.json duty_verbs), not a word of the name (the
    responsible was `Hiệu trưởng các trường chuẩn bị`)."""
    rows = _by_line(_LETTER, "Đề nghị Hiệu trưởng các trường chuẩn bị báo cáo tự đánh giá theo mẫu gửi kèm, nộp về Phòng "
                             "GD&ĐT trước ngày 25/10/2024.\n")
    assert [r.responsible for r in rows[1]] == ["Hiệu trưởng các trường"]


def test_each_dates_own_duty_names_its_own_recipient():
    """`Các trường gửi danh sách về Phòng GDĐT trước ngày 10/10/2024 và gửi hồ sơ về Ban tổ chức trước ngày 20/10/2024`:
    each date's own duty (its task already its own) names where it goes (both rows had `Phòng Giáo dục và Đào tạo; Ban
    tổ chức`)."""
    rows = _by_line(_LETTER, "4. Các trường gửi danh sách về Phòng GDĐT trước ngày 10/10/2024 và gửi hồ sơ về Ban tổ "
                             "chức trước ngày 20/10/2024.\n")
    assert [r.recipient for r in rows[1]] == ["Phòng Giáo dục và Đào tạo", "Ban tổ chức"]


def test_a_kind_of_people_opening_the_sentence_is_who_acts():
    """`Phụ huynh học sinh cho trẻ nghỉ học tại nhà từ ngày …` (a kindergarten's notice): the parents, a kind of people
    the party reader knows (models/party_heads.tsv `staff`), act; in lower case at a wrapped line's start such words end
    the task above (`… người ứng cử đại biểu Quốc hội,` ⏎ `đại biểu Hội đồng nhân dân(Thực hiện từ ngày …)`): the
    plan's issuer stays the one who acts."""
    head = "TRƯỜNG MẦM NON SƠN CA\n\nTHÔNG BÁO\nV/v cho trẻ nghỉ học\n\n"
    rows = parse_text(head + "2. Phụ huynh học sinh cho trẻ nghỉ học tại nhà từ ngày 03/02/2020 đến hết ngày "
                      "05/02/2020.\n")[0].deadlines
    assert [(d.due_date, d.responsible) for d in rows] == [("2020-02-05", "Phụ huynh học sinh")]
    wrapped = parse_text("ỦY BAN MTTQ VIỆT NAM\nTỈNH AN PHÚ\n\nKẾ HOẠCH\nHiệp thương bầu cử\n\n1. Tổ chức hội nghị hiệp "
                         "thương lần thứ nhất để thoả thuận về cơ cấu, số lượng người ứng cử đại biểu Quốc hội,\n\nđại biểu "
                         "Hội đồng nhân dân(Thực hiện từ ngày 01/12 đến ngày 10/12/2025)\n")[0].deadlines
    assert [d.responsible for d in wrapped if d.due_date == "2025-12-10"] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Phú"]
