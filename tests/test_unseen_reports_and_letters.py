"""Shapes met on unseen school reports and proposals, a Sở's and a Phòng's letters to their schools and centres, union
guidance, decisions and their last article, invitations and timetables (held-out sets read for their shapes; snippets
written as the genre writes them, names and numbers invented): levels of schooling listed by their codes, a subject a
web page prints twice, an issuer typed in lower case or ended by a verb or a dated comma, the law in force by its year,
a medal's due files, the unit a report goes through, the qualifiers of the bodies a decision charges, a timetable's
weekday cells, a task run to a month's end, a school named by a date, a body asked for its comments."""
from __future__ import annotations

from pipeline.api import parse_text

LETTER = """SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NAM
Số: 1405/SGDĐT-CTHSSV
V/v tham gia cuộc thi viết
Kính gửi:
- Các trường Tiểu học, THCS, THPT, TCCN trực thuộc;
- Các trung tâm GDTX, KTTH.
Sở Giáo dục và Đào tạo đề nghị các Phòng GDĐT, các trường THPT, PTDTNT triển khai đến toàn thể cán bộ, giáo viên biết \
để tham gia.
"""


def _parties(text: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for p in parse_text(text)[0].parties:
        found.setdefault(p.line, []).append(p.party)
    return found


def test_levels_of_schooling_listed_by_their_codes_are_written_out_and_kept_in_the_list():
    parties = _parties(LETTER)
    # (a code a comma ends is a level of the list, no school named `THPT TCCN`)
    assert parties[5] == ["Các trường Tiểu học, Trung học cơ sở, Trung học phổ thông, Trung cấp chuyên nghiệp trực thuộc"]
    assert parties[6] == ["Các trung tâm Giáo dục thường xuyên, Kỹ thuật tổng hợp"]
    # (the boarding schools' code after a comma goes on with the levels: it is not the start of the task)
    assert "Các trường Trung học phổ thông, Phổ thông dân tộc nội trú" in parties[7], parties[7]


def test_a_subject_a_web_page_prints_twice_is_one_title():
    page = ("UBND HUYỆN CẦN ĐƯỚC\nTRƯỜNG MG LONG HÒA\nSố: 51 /BC-MGLH\nLong Hòa, ngày 12 tháng 5 năm 2023\nBÁO CÁO\n"
            "Sơ kết 02 năm thực hiện Chuyên đề\n“Xây dựng trường mầm non lấy trẻ làm trung tâm”\n"
            "Sơ kết 02 năm thực hiện Chuyên đề\n“Xây dựng trường mầm non lấy trẻ làm trung tâm”\n"
            "Thực hiện Công văn số 885/PGDĐT-GDMN ngày 08/5/2023 của Phòng GD&ĐT, trường Mẫu giáo Long Hòa báo cáo như "
            "sau:\nI. Kết quả đạt được\n")
    assert parse_text(page)[0].meta.title == ("Sơ kết 02 năm thực hiện Chuyên đề “Xây dựng trường mầm non lấy trẻ làm "
                                              "trung tâm”")


def test_a_school_typed_in_lower_case_after_cua_is_the_whole_issuer():
    report = ("UBND HUYỆN THANH OAI\nTRƯỜNG MẦM NON MỸ HÒA\nSố: 36/BC-MNMH\nMỹ Hòa, ngày 25 tháng 5 năm 2022\nBÁO CÁO\n"
              "Kết quả công tác phổ biến, giáo dục pháp luật năm học 2021 - 2022\n"
              "Căn cứ Kế hoạch số 91/KH-MNMH ngày 20/8/2021 của trường mầm non Mỹ Hòa về công tác phổ biến, giáo dục "
              "pháp luật năm học 2021 - 2022. Trường mầm non Mỹ Hòa báo cáo kết quả như sau:\n")
    cite = parse_text(report)[0].citations[0]
    assert (cite.issuer, cite.subject) == ("trường mầm non Mỹ Hòa",
                                           "công tác phổ biến, giáo dục pháp luật năm học 2021 - 2022")


def test_the_inspection_law_of_2010_is_the_one_a_2017_guidance_cites_by_name():
    guidance = ("CÔNG ĐOÀN GIÁO DỤC VIỆT NAM\nSố: 12/HD-CĐN\nHà Nội, ngày 3 tháng 3 năm 2017\nHƯỚNG DẪN\n"
                "Tổ chức và hoạt động của Ban Thanh tra nhân dân\nCăn cứ Luật Công đoàn năm 2012, Luật Thanh tra năm 2010, "
                "Nghị định số 159/2016/NĐ-CP ngày 29/11/2016 của Chính phủ quy định chi tiết một số điều của Luật Thanh "
                "tra về tổ chức và hoạt động của Ban Thanh tra nhân dân;\n")
    keys = {(c.surface, c.citation_key) for c in parse_text(guidance)[0].citations if c.doc_type == "Luật"}
    # (models/legal_registry.tsv: Luật Thanh tra 56/2010/QH12, in force from 2011-07-01 until the 2022 law)
    assert keys == {("Luật Thanh tra năm 2010", "Luật 56/2010/QH12"), ("Luật Thanh tra", "Luật 56/2010/QH12"),
                    ("Luật Công đoàn năm 2012", "Luật 12/2012/QH13")}, keys


def test_a_subject_opened_by_a_verb_in_title_case_ends_the_issuer():
    notice = ("ỦY BAN NHÂN DÂN\nXÃ HẢI THỊNH\nSố: 21/TB-UBND\nHải Thịnh, ngày 20 tháng 4 năm 2022\nTHÔNG BÁO\n"
              "Về việc tổ chức ra quân vệ sinh môi trường\nThực hiện Kế hoạch số: 811/KH-UBND ngày 09 tháng 02 năm 2022 "
              "của Uỷ ban nhân dân huyện Hải Lăng Triển khai thực hiện đề án Ngày chủ nhật xanh năm 2022; UBND xã thông "
              "báo như sau:\n")
    assert parse_text(notice)[0].citations[0].issuer == "Uỷ ban nhân dân huyện Hải Lăng"


def test_a_medals_files_due_date_is_a_deadline_and_the_unions_boards_a_party():
    # `Kỷ niệm chương` (the union's medal) holds the word of an anniversary; the date after `trước` is due, not the day
    # an occasion names; `BCH các Công đoàn bộ phận` is the boards of the departments' unions.
    guidance = ("CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC AN PHÚ\nSố: 21/CĐ\nHà Nội, ngày 20 tháng 5 năm 2011\nHƯỚNG DẪN\n"
                "Xét tặng Kỷ niệm chương năm 2011\n3. Thời gian thực hiện\nBan Thường vụ Công đoàn Trường đề nghị BCH "
                "các Công đoàn bộ phận gửi Hồ sơ khen thưởng Kỷ niệm chương về Văn phòng Công đoàn Trường trước ngày "
                "6/6/2011. /.\n")
    doc = parse_text(guidance)[0]
    assert [(d.due_date, d.recipient) for d in doc.deadlines] == [("2011-06-06", "Văn phòng Công đoàn Trường")]
    assert ("Ban Chấp hành các Công đoàn bộ phận", "lead") in {(p.party, p.role) for p in doc.parties}


def test_the_unit_a_report_goes_through_without_brackets_is_part_of_the_recipient():
    letter = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 2150/SGDĐT-CTTT\nV/v báo cáo công tác phối hợp\n"
              "Thành phố Hồ Chí Minh, ngày 28 tháng 4 năm 2023\nKính gửi: Hiệu trưởng các trường trung học phổ thông\n"
              "2. Thời gian nộp báo cáo:\nCác đơn vị báo cáo kết quả thực hiện tại đơn vị gửi về Sở Giáo dục và Đào tạo "
              "qua Phòng Chính trị, tư tưởng (Chuyên viên Lê Thu Hà, điện thoại: 0989950000) trước ngày 11/5/2023 để "
              "tổng hợp, báo cáo Bộ Giáo dục và Đào tạo.\n")
    due = parse_text(letter)[0].deadlines
    assert [(d.due_date, d.recipient) for d in due] == [
        ("2023-05-11", "Sở Giáo dục và Đào tạo (qua Phòng Chính trị, tư tưởng)")]


def test_two_levels_of_schooling_joined_by_va_name_one_party():
    letter = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO MỘC AN\nSố: 357/PGD&ĐT\nV/v rà soát, lập danh sách học sinh được mượn SGK\n"
              "Mộc An, ngày 10 tháng 8 năm 2016\nKính gửi: Các đơn vị trường tiểu học và THCS trong toàn huyện\n"
              "Phòng GD&ĐT yêu cầu các đơn vị trường tiểu học và THCS trong toàn huyện triển khai, thực hiện một số nội "
              "dung cụ thể sau:\n")
    parties = {p.party for p in parse_text(letter)[0].parties}
    assert parties == {"Các đơn vị trường tiểu học và trung học cơ sở trong toàn huyện"}, parties


def test_the_bodies_a_decisions_last_article_charges_keep_their_qualifiers():
    decision = ("ỦY BAN NHÂN DÂN\nXÃ QUẢNG AN\nSố: 62/QĐ-UBND\nQuảng An, ngày 10 tháng 12 năm 2020\nQUYẾT ĐỊNH\n"
                "Về việc công nhận danh hiệu Gia đình văn hóa năm 2020\n"
                "Điều 2. Văn phòng UBND xã, Ban chỉ đạo phong trào “ toàn dân đoàn kết xây dựng đời sống văn hóa”, BĐH "
                "các thôn, các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành quyết định này./.\n"
                "Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố, Thủ trưởng các đơn vị, cơ quan là thành viên Ban Chỉ "
                "đạo, Chủ tịch Ủy ban nhân dân quận, huyện, xã, phường, thị trấn, tổ chức và cá nhân có liên quan chịu "
                "trách nhiệm thi hành Quyết định này./.\n")
    parties = _parties(decision)
    # (a board named after the movement it leads, its name in quotes; the hamlets' executive boards; the persons the
    # decision names in its first article)
    assert parties[7] == ["Văn phòng Ủy ban nhân dân xã",
                          "Ban Chỉ đạo phong trào “ toàn dân đoàn kết xây dựng đời sống văn hóa”",
                          "Ban điều hành các thôn", "Các cá nhân có tên tại Điều 1"], parties[7]
    # (the bodies that sit on a board; the levels listed end before a kind of body)
    assert parties[8][1:3] == ["Thủ trưởng các đơn vị, cơ quan là thành viên Ban Chỉ đạo",
                               "Chủ tịch Ủy ban nhân dân quận, huyện, xã, phường, thị trấn"], parties[8]


def test_a_date_after_the_issuers_comma_is_the_cited_letters():
    notice = ("TRƯỜNG THPT AN LẠC\nSố: 15/TB-THPT\nAn Lạc, ngày 27 tháng 7 năm 2020\nTHÔNG BÁO\nVề việc tạm dừng hoạt động\n"
              "Nhà trường thực hiện công văn số 3969/CV-BCĐ của Ban chỉ đạo Quốc gia phòng chống dịch Covid-19, ngày 25 "
              "tháng 7 năm 2020, có đề nghị người dân khi ra khỏi Thành phố Đà Nẵng phải khai báo với cơ quan y tế.\n")
    cite = parse_text(notice)[0].citations[0]
    assert (cite.issuer, cite.issued_date) == ("Ban chỉ đạo Quốc gia phòng chống dịch Covid-19", "2020-07-25")


def test_a_timetable_row_whose_teacher_cell_ends_with_a_comma_keeps_its_day():
    # A broadcast timetable laid out as a table one row a line; a teacher's cell ends with a comma, which had read as a
    # place before the document's own date (`Lê Thị Nga, | Thứ Ba | 08/06/2021`).
    page = ("Lịch phát sóng dạy học trên truyền hình tỉnh từ ngày 07/6-12/6/2021\n"
            "Tiết | Môn | Nội dung | Đơn vị thực hiện | Thứ, ngày, giờ phát sóng | ||\n"
            "1 | Toán | Trừ số đo thời gian | Phòng GDĐT Thuận An | Thứ Hai | 07/06/2021 | 8h20 đến 8h50 |\n"
            "2 | Tiếng Việt | LTVC: Liên kết các câu | Cô Lê Thị Nga, | Thứ Ba | 08/06/2021 | 8h20 đến 8h50 |\n"
            "3 | Tiếng Anh | Unit 14: Lesson 3 | Cô Vũ Thị Trang | Thứ Tư | 09/06/2021 | 8h20 đến 8h50 |\n")
    due = {d.due_date for d in parse_text(page)[0].deadlines}
    assert {"2021-06-07", "2021-06-08", "2021-06-09"} <= due, due


def test_a_task_run_to_a_months_end_is_due_then_and_a_school_named_by_a_date_is_no_deadline():
    notice = ("TRƯỜNG ĐẠI HỌC AN LẠC\nSố: 12/TB-ĐHAL\nAn Lạc, ngày 20 tháng 2 năm 2013\nTHÔNG BÁO\nVề việc tổ chức Tết trồng "
              "cây\n- Sau Lễ ra quân, việc trồng cây, tôn tạo cảnh quan sẽ được tiến hành đến hết tháng 3 năm 2013.\n"
              "- Trạm y tế phường phối hợp tổ chức tiêm chủng cho trẻ đang học tại trường Mẫu giáo 2/9 trong ngày "
              "05/3/2013.\n- Sinh viên tựu trường ngày 10/3/2013.\n")
    # (`tựu trường`, the day students gather, holds `trường`: the day is due)
    assert sorted(d.due_date for d in parse_text(notice)[0].deadlines) == ["2013-03-05", "2013-03-10", "2013-03-31"]


def test_a_title_line_that_ends_naming_the_issuer_after_cua_is_no_enacting_formula():
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH TIỀN AN\nSố: 33/2009/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "Độc lập – Tự do – Hạnh phúc\nMỹ An, ngày 24 tháng 12 năm 2009\nQUYẾT ĐỊNH\n"
                "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ VÀ KHAI THÁC MẠNG TIN HỌC DIỆN\nRỘNG CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN AN\n"
                "ỦY BAN NHÂN DÂN TỈNH TIỀN AN\nCăn cứ Luật Công nghệ thông tin ngày 29/6/2006;\n")
    assert parse_text(decision)[0].meta.title == ("BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ VÀ KHAI THÁC MẠNG TIN HỌC DIỆN RỘNG CỦA "
                                                  "ỦY BAN NHÂN DÂN TỈNH TIỀN AN")


def test_a_body_asked_for_its_comments_is_a_party():
    letter = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH BÀ AN\nSố: 1021/SGDĐT-KHTC\nV/v góp ý kế hoạch trường lớp năm học 2020-2021\n"
              "Bà An, ngày 15 tháng 4 năm 2020\nKính gửi: Các đơn vị trực thuộc Sở Giáo dục và Đào tạo\n"
              "Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện các nội dung sau:\n"
              "- Trưởng phòng Giáo dục và Đào tạo huyện, thị xã, thành phố cho ý kiến về số dự kiến số học sinh và tỷ lệ "
              "tốt nghiệp THCS năm học 2019-2020.\n")
    assert ("Trưởng phòng Giáo dục và Đào tạo huyện, thị xã, thành phố", "lead") in {
        (p.party, p.role) for p in parse_text(letter)[0].parties}
