"""Shapes met on unseen letters and notices of districts, communes and education offices, union rules and school plans
(held-out sets read for their shapes; snippets written as the genre writes them, names and numbers invented): a header
body retyped in mixed case, a school's union named in sentence case, the next line's sentence after an issuer, a basis
whose trích yếu is quoted before its number, co-issuers joined by a bare dash, a verb after a place's name, a letter
received named in the first line of a page that lost its header, a directive given by a person named in full, a
portal's bulleted post line, a window that ends `đến hết ngày`, the culture and vocational centres' codes, a
schedule's day written with its weekday and no year, a basis that tells who passed its document, a partner after a
circumstance in a letter's item, the body that speaks in a headerless page's first sentence."""
from __future__ import annotations

from pipeline.api import parse_text


def _citation(text: str, number: str):
    return next(c for c in parse_text(text)[0].citations if c.number_symbol == number)


def test_a_header_body_with_a_word_left_in_lower_case_is_the_issuer():
    notice = ("TRƯỜNG MN HOA Sen\n\nTHÔNG BÁO TUYỂN SINH\nNăm học 2014 – 2015\n"
              "Trường Mầm non Hoa Sen thông báo tuyển sinh năm học 2014 – 2015 như sau:\n")
    assert parse_text(notice)[0].meta.issuer == "Trường MN Hoa Sen"


def test_a_schools_union_typed_in_sentence_case_is_one_body():
    rules = ("Trường TH Tân Hưng\nCĐ CS trường TH Tân Hưng\nSố: 03/QC\nCộng hoà xã hội chủ nghĩa Việt Nam\n"
             "Độc lập - Tự do - Hạnh phúc\nTân Hưng, ngày 16 tháng 9 năm 2008\nQuy chế\nPhối hợp công tác giữa\n"
             "Ban giám hiệu và ban chấp hành CĐcs trường TH Tân Hưng\n- Căn cứ Luật Công đoàn ngày 30/8/1990;\n")
    # (the lower-case `trường` goes on the union's name: no second body starts there)
    assert parse_text(rules)[0].meta.issuer == "CĐ CS Trường TH Tân Hưng"


BASES = """CÔNG ĐOÀN GIÁO DỤC VIỆT NAM
Số: 27/HD-CĐN
Hà Nội, ngày 10 tháng 10 năm 2006
HƯỚNG DẪN
Tổ chức và hoạt động của Ban Thanh tra nhân dân trong trường học
Căn cứ Nghị định số 99/2005/NĐ-CP ngày 28 tháng 7 năm 2005 của Chính phủ "Quy định chi tiết và hướng dẫn thi hành một \
số điều của Luật Thanh tra về tổ chức và hoạt động của Ban Thanh tra nhân dân".
Căn cứ Thông tư liên tịch "Hướng dẫn về kinh phí bảo đảm hoạt động của Ban Thanh tra nhân dân" số 40/2006/TTLT ngày 12 \
tháng 5 năm 2006 của Bộ Tài chính, Tổng Liên đoàn Lao động Việt Nam và Ban Thường trực Ủy ban trung ương MTTQ Việt Nam
Sau khi thống nhất với Thanh tra Bộ Giáo dục và Đào tạo, Công đoàn Giáo dục Việt Nam hướng dẫn như sau:
"""


def test_an_issuer_ends_where_the_next_lines_sentence_opens():
    cite = _citation(BASES, "40/2006/TTLT")
    assert cite.issuer == ("Bộ Tài chính, Tổng Liên đoàn Lao động Việt Nam và Ban Thường trực Ủy ban trung ương MTTQ "
                           "Việt Nam")


def test_a_basis_whose_trich_yeu_is_quoted_before_its_number_is_a_basis():
    assert _citation(BASES, "40/2006/TTLT").relation == "can_cu"


LETTER = """UBND HUYỆN MỘC CHÂU
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 512/PGDĐT
V/v đảm bảo an toàn thực phẩm trong trường học
Mộc Châu, ngày 20 tháng 10 năm 2016
Kính gửi: Hiệu trưởng các đơn vị trường học trong huyện
Thực hiện Công văn số 1288/SGDĐT-KHTC ngày 12/10/2016 của Sở Giáo dục và Đào tạo Sơn La tăng cường công tác đảm bảo \
vệ sinh an toàn thực phẩm trong các trường học tổ chức nấu ăn cho học sinh, Phòng Giáo dục và Đào tạo yêu cầu các đơn vị \
thực hiện các nội dung sau:
1. Căn cứ Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế-Bộ GD&ĐT quy định về công tác y tế \
trường học (Thông tư 13); các trường kiện toàn bộ phận y tế trường học.
2. Thực hiện ý kiến chỉ đạo của đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND huyện tại Thông báo số 26/TB-VP ngày \
06/10/2016 của Văn phòng HĐND-UBND huyện, các trường kiểm tra bếp ăn bán trú.
"""


def test_a_verb_after_a_places_name_ends_the_issuer():
    cite = _citation(LETTER, "1288/SGDĐT-KHTC")
    assert cite.issuer == "Sở Giáo dục và Đào tạo Sơn La"
    # (a trích yếu written without `về`: the words after the issuer, kept apart from the subject)
    assert cite.trich_yeu.startswith("tăng cường công tác đảm bảo vệ sinh an toàn thực phẩm")


def test_co_issuers_joined_by_a_bare_dash_are_both_the_issuer():
    cite = _citation(LETTER, "13/2016/TTLT-BYT-BGDĐT")
    assert cite.issuer == "Bộ Y tế-Bộ GD&ĐT"
    assert cite.subject == "công tác y tế trường học"


def test_a_directive_given_by_a_person_named_in_full_is_carried_out():
    cite = _citation(LETTER, "26/TB-VP")
    assert (cite.relation, cite.cue) == ("thuc_hien", "thực hiện")


def test_a_letter_received_named_on_the_first_line_of_a_headerless_page_is_cited():
    page = ("Sở Giáo dục và Đào tạo nhận được Công văn số 212/SYT-NVY\nngày 05 tháng 3 năm 2020 của Sở Y tế về việc "
            "tuyên truyền phòng, chống dịch bệnh. Sau khi nghiên\ncứu, Sở Giáo dục và Đào tạo có ý kiến như sau:\n"
            "1. Đề nghị các đơn vị trường học phối hợp với Sở Y tế thực hiện.\n")
    cite = _citation(page, "212/SYT-NVY")
    assert (cite.doc_type, cite.issued_date, cite.issuer) == ("Công văn", "2020-03-05", "Sở Y tế")
    # (a crawler's title line that opens with its type is still the page's own document)
    titled = "Công văn 212/SYT-NVY\nSỞ Y TẾ\nSố: 212/SYT-NVY\nV/v tuyên truyền phòng, chống dịch bệnh\n"
    assert not parse_text(titled)[0].citations


def test_a_type_word_typed_without_its_dot_below_is_read():
    plan = ("UBND HUYỆN CHÂU PHÚ\nTRƯỜNG THCS BÌNH MỸ\nSố: 87/KH-THCSBM\nBình Mỹ, ngày 01 tháng 7 năm 2022\nKẾ HOẠCH\n"
            "Chiến lược phát triển giáo dục giai đoạn 2021-2025\nCăn cứ Luật Giáo dục năm 2019;\n"
            "Nghi quyết số 88/2014/QH13 ngày 28/11/2014 của Quốc hội về đổi mới chương trình, sách giáo khoa giáo dục "
            "phổ thông;\n")
    cite = _citation(plan, "88/2014/QH13")
    assert (cite.doc_type, cite.issuer) == ("Nghị quyết", "Quốc hội")


NOTICE = """Thông báo gia hạn thời gian nhận bài dự thi tìm hiểu lịch sử huyện Yên Lạc
  • Cập nhật: 30/10/2021
  • Lượt xem: 1250 lượt xem

Thực hiện Kế hoạch số 612/KH-UBND ngày 11/6/2021 của Ủy ban nhân dân huyện Yên Lạc, Ban Tổ chức cuộc thi đã ban hành \
Thể lệ cuộc thi, thời gian nhận bài được tính từ ngày 01/7/2021.

Do ảnh hưởng của dịch bệnh Covid-19, Ban Tổ chức thông báo lùi thời gian nhận bài dự thi đến hết ngày 15/12/2021 (tính \
theo dấu bưu điện).
"""


def test_a_portals_bulleted_post_line_is_no_deadline_and_a_window_end_is():
    deadlines = parse_text(NOTICE)[0].deadlines
    assert [(d.line, d.due_date) for d in deadlines] == [(7, "2021-12-15")]
    assert deadlines[0].surface == "đến hết ngày 15/12/2021"


def test_a_policys_term_run_to_a_day_is_still_no_deadline():
    decree = ("Điều 5. Hiệu lực thi hành\nCác mức hỗ trợ quy định tại Nghị định số 62/2019/NĐ-CP được tiếp tục "
              "thực hiện đến hết ngày 31 tháng 12 năm 2024.\n")
    assert not parse_text(decree)[0].deadlines


def test_culture_and_vocational_centres_codes_are_written_out():
    letter = ("Thực hiện văn bản số 1554/SVHTTDL-DS ngày 21/6/2018 của Sở VHTT&DL tỉnh về phát động hội thi. Phòng Văn "
              "hóa và Thông tin huyện đề nghị Đài truyền thanh huyện, Trung tâm VHTT-HTCĐ các xã và Ban VHTT các xã, thị "
              "trấn thực hiện các nội dung sau:\n\n- Yêu cầu các đơn vị: Trung tâm Văn hóa huyện, Trung tâm TDTT huyện, "
              "mỗi đơn vị có ít nhất 02 bài tham gia hội thi.\n\n- Giám đốc Trung tâm GDNN-GDTX huyện phổ biến thể lệ "
              "hội thi đến học viên.\n")
    parties = {p.party for p in parse_text(letter)[0].parties}
    assert {"Trung tâm Văn hóa - Thể thao - Học tập cộng đồng các xã", "Ban Văn hóa - Thông tin các xã, thị trấn",
            "Trung tâm Thể dục thể thao huyện",
            "Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"} <= parties, parties


def test_a_day_written_with_its_weekday_takes_the_year_it_falls_on_that_day():
    schedule = ("LỊCH CÔNG TÁC CỦA THƯỜNG TRỰC UBND HUYỆN\n\nTHỨ HAI, NGÀY 27/5:\n\n"
                "- Chủ tịch: 8 giờ, họp Ban Chỉ đạo các chương trình mục tiêu quốc gia giai đoạn 2016 - 2020, điểm tại "
                "phòng họp số 3 UBND tỉnh.\n\nTHỨ BA, NGÀY 28/5:\n\n- Phó Chủ tịch: 7 giờ 30’, kiểm tra tiến độ thi công "
                "đường ô tô về trung tâm xã, điểm tập trung tại UBND huyện.\n")
    # (no year written: the text names 2016; 27/5 is a Monday in 2013 and 2019, the later of the two as near)
    assert {d.due_date for d in parse_text(schedule)[0].deadlines} == {"2019-05-27", "2019-05-28"}


def test_a_basis_that_tells_who_passed_or_received_its_document_assigns_no_report():
    plan = ("TRƯỜNG THPT NGUYỄN TRÃI\nSố: 04/KH-THPT\nKẾ HOẠCH\nTổ chức tiếp công dân năm học 2020 - 2021\n"
            "Căn cứ luật tiếp công dân số 42/2013/QH13 thông qua Quốc hội ngày 25/11/2013;\n"
            "Căn cứ kết quả rà soát, nhà trường báo cáo Phòng GDĐT trước ngày 30/11/2020.\n"
            "- Căn cứ Quyết định số 22/2013/QĐ-TTg lập danh sách người có công với cách mạng và gửi về Phòng LĐTBXH "
            "để tổng hợp.\n")
    parties = [(p.line, p.party, p.role) for p in parse_text(plan)[0].parties]
    # (the law passed by the National Assembly names no receiver; the acts resting on a basis still report)
    assert parties == [(6, "Phòng Giáo dục và Đào tạo", "report_to"),
                       (7, "Phòng Lao động - Thương binh và Xã hội", "report_to")], parties


def test_a_partner_after_a_circumstance_in_a_letters_item_works_with_its_addressees():
    letter = ("UBND HUYỆN LONG ĐIỀN\n\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 60/PGDĐT-CTTT\n\nV/v bảo đảm trật tự ATGT năm "
              "2019\n\nLong Điền, ngày 8 tháng 3 năm 2019\n\nKính gửi: Các trường Mầm non, Tiểu học và THCS huyện Long "
              "Điền.\n\nThực hiện Công văn số 175/SGDĐT-CTTT ngày 04/03/2019 của Sở GD&ĐT về việc bảo đảm trật tự an toàn "
              "giao thông năm 2019, Phòng GD&ĐT yêu cầu các trường triển khai một số nội dung sau:\n\n"
              "  1. Quán triệt các văn bản chỉ đạo về công tác đảm bảo ATGT.\n"
              "  2. Tiếp tục triển khai Mô hình “Cổng trường an toàn giao thông”; tùy điều kiện của trường, phối hợp với "
              "phụ huynh học sinh tổ chức xe đưa đón học sinh.\n")
    parties = [(p.line, p.party, p.role) for p in parse_text(letter)[0].parties]
    assert (16, "Phụ huynh học sinh", "coordinate") in parties, parties


def test_a_page_that_lost_its_header_takes_the_body_that_speaks_in_its_first_sentence():
    answer = ("Ủy ban nhân dân huyện Tân Biên trả lời câu hỏi của công dân như sau:\nTheo Hướng dẫn số 3078/HD-SLĐTBXH "
              "ngày 01/9/2021 của Sở Lao động - Thương binh và Xã hội, đề nghị ông (bà) liên hệ với Ủy ban nhân dân xã "
              "để biết cụ thể.\nTrân trọng./.\n")
    assert parse_text(answer)[0].meta.issuer == "Ủy ban nhân dân huyện Tân Biên"
    notice = ("UBND xã Chí Hòa trân trọng thông báo đến toàn thể nhân dân lịch nghỉ Tết Dương lịch năm 2025 như sau:\n"
              "- Nghỉ từ ngày 01/01/2025.\n")
    assert parse_text(notice)[0].meta.issuer == "UBND xã Chí Hòa"
