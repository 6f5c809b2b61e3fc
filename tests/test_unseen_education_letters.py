"""Shapes met on unseen ministry and school letters, commune election guides, provincial directives and Party
projects (held-out documents read for their shapes; snippets written as the genre writes them, names and numbers
invented): a basis named by the rules a document issued (`Căn cứ Điều lệ …, ban hành kèm theo …`, `…, ban hành Quyết
định số …`), a report sent `theo địa chỉ:` or `về:`, a file handed in `tại` a body, a body's name wrapped after its head
or its level in a heading, a request hard-wrapped over the lines above its items, a heading that names a body and then
its task after a comma, a place after a national title OCR interleaved with the motto, a `Nơi nhận` block set beside the
signature's column, a licence, a board named over the zones it manages, an enterprise's trade in lower case, a draft
mark in brackets, a `Phần mở đầu`, a letter whose symbol spells a legal type's code, and a subject in sentence case
after the issuer's place."""
from __future__ import annotations

from pipeline.api import parse_text


def _relations(text: str) -> dict[str, str]:
    return {c.number_symbol: c.relation for c in parse_text(text)[0].citations}


def test_a_basis_named_by_the_rules_a_decision_issued_after_a_comma():
    plan = """TRƯỜNG MẦM NON HOA SEN
Số: 15/KH-MNHS
Cần Giuộc, ngày 20 tháng 9 năm 2019
KẾ HOẠCH
Trường học an toàn, phòng chống thiên tai năm học 2019 - 2020
Căn cứ Kế hoạch hành động phòng, chống và giảm nhẹ thiên tai của ngành giáo dục giai đoạn 2011 – 2020, ban hành \
Quyết định số 4068/QĐ-BGDĐT ngày 08/9/2011 của Bộ Giáo dục và Đào tạo;
Nhà trường xây dựng kế hoạch như sau:
I. MỤC ĐÍCH
1. Bảo đảm an toàn cho trẻ.
"""
    assert _relations(plan)["4068/QĐ-BGDĐT"] == "can_cu"


def test_a_basis_named_by_articles_of_the_rules_a_decision_issued():
    decision = """TRƯỜNG TIỂU HỌC LÊ LỢI
Số: 42/QĐ-THLL
Kbang, ngày 02 tháng 11 năm 2009
QUYẾT ĐỊNH
V/v thành lập Ban giám khảo hội thi viết chữ đẹp cấp trường
HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC LÊ LỢI
-Căn cứ vào khoản b, điểm 3, điều 17, Điều lệ trường tiểu học, ban hành kèm
theo quyết định số 51/2007/QĐ-BGDĐT ngày 31/8/2007 của Bộ trưởng Bộ Giáo dục
và Đào tạo.
QUYẾT ĐỊNH
Điều 1. Thành lập Ban giám khảo hội thi viết chữ đẹp cấp trường.
"""
    assert _relations(decision)["51/2007/QĐ-BGDĐT"] == "can_cu"


_MINISTRY_LETTER = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 2714/BGDĐT-GDCN
V/v báo cáo tình hình đào tạo giáo viên
Hà Nội, ngày 06 tháng 5 năm 2013
Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương
Bộ Giáo dục và Đào tạo đề nghị các sở báo cáo về tình hình đào tạo giáo viên của địa phương.
Báo cáo của sở xin gửi về theo địa chỉ: Vụ Giáo dục chuyên nghiệp, Bộ Giáo dục và Đào tạo, 49 Đại Cồ Việt, \
Hà Nội trước ngày 25/5/2013.
Nơi nhận:
- Như trên;
- Lưu: VT, Vụ GDCN.
"""


def test_a_report_sent_theo_dia_chi_goes_to_the_body_after_the_colon():
    document = parse_text(_MINISTRY_LETTER)[0]
    (deadline,) = document.deadlines
    assert deadline.recipient.startswith("Vụ Giáo dục chuyên nghiệp")
    assert ("Vụ Giáo dục chuyên nghiệp", "report_to") in {(p.party, p.role) for p in document.parties}


def test_a_colon_after_the_preposition_of_a_report():
    letter = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TÂN YÊN
Số: 318/PGDĐT-TH
V/v thống kê số học sinh kiểm tra định kỳ
Tân Yên, ngày 02 tháng 10 năm 2012
Kính gửi: Hiệu trưởng các trường Tiểu học
Các trường thống kê số lượng học sinh kiểm tra định kỳ và gửi về: Phòng Giáo dục và Đào tạo (Bộ phận Tiểu học) \
trước ngày 10/10/2012.
"""
    (deadline,) = parse_text(letter)[0].deadlines
    assert deadline.recipient.startswith("Phòng Giáo dục và Đào tạo")


_ELECTION_GUIDE = """BAN THƯỜNG TRỰC
ỦY BAN MTTQ VIỆT NAM XÃ AN LẠC
Số: 05/HD-MTTQ-BTT
An Lạc, ngày 16 tháng 12 năm 2025
HƯỚNG DẪN
Quy trình giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã
1. Hồ sơ ứng cử
- Các cơ quan, tổ chức, đơn vị chuyển Biên bản hội nghị cử tri về Ban Thường trực Ủy ban MTTQ xã.
- Người ứng cử nộp hồ sơ tại Ủy ban bầu cử xã trước 17 giờ 00 ngày 01/02/2026.
2. Địa điểm
Chậm nhất ngày 01/02/2026, người ứng cử phải hoàn thành việc nộp hai (02) bộ hồ sơ ứng cử tại Ủy ban bầu cử \
huyện (trụ sở thường trực tại Phòng Nội vụ huyện, địa chỉ: số 3 đường Trần Phú).
"""


def test_a_file_handed_in_at_a_body_goes_to_it():
    parties = {(p.party, p.role) for p in parse_text(_ELECTION_GUIDE)[0].parties}
    assert ("Ủy ban bầu cử xã", "report_to") in parties
    assert not any(party.startswith("Phòng Nội vụ") for party, _ in parties)  # the seat, in brackets


def test_a_procedures_table_hands_nothing_in_without_one_who_hands_it():
    decision = """ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 2145/QĐ-UBND                 Quảng Trị, ngày 04 tháng 10 năm 2024
QUYẾT ĐỊNH
Công bố danh mục thủ tục hành chính nội bộ lĩnh vực nông nghiệp
Điều 1. Công bố kèm theo Quyết định này 03 thủ tục hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
PHỤ LỤC
Số TT | Tên TTHC | Thời hạn giải quyết | Địa điểm thực hiện
1 | Hỗ trợ chi phí phối giống nhân tạo gia súc | 90 ngày | Nộp hồ sơ và nhận kết quả tại Bộ phận một cửa của \
UBND cấp huyện thông qua các cách thức sau:
"""
    assert not any(p.party.startswith("Bộ phận một cửa") for p in parse_text(decision)[0].parties)


_DIRECTIVE = """ỦY BAN NHÂN DÂN
TỈNH ĐẮK NÔNG
Số: 09/CT-UBND
Gia Nghĩa, ngày 12 tháng 3 năm 2026
CHỈ THỊ
Về tăng cường cải cách thủ tục hành chính

Để khắc phục những tồn tại, hạn chế nêu trên, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành,
Chủ tịch UBND các xã, phường tập trung chỉ đạo và tổ chức thực hiện nghiêm, đầy
đủ, kịp thời các nhiệm vụ, giải pháp về cải cách thủ tục hành chính sau:

1. Sở
Khoa học và Công nghệ

a) Vận hành ổn định Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

2. Ủy ban nhân dân các xã, phường, chỉ đạo các thôn, tổ dân phố:

a) Niêm yết công khai thủ tục hành chính tại trụ sở.
"""


def test_a_bodys_name_wrapped_after_its_head_in_a_heading_under_a_wrapped_request():
    document = parse_text(_DIRECTIVE)[0]
    assert document.sections[0].heading == "Sở Khoa học và Công nghệ"
    assert ("1", "Sở Khoa học và Công nghệ", "lead") in {(p.section_id, p.party, p.role) for p in document.parties}


def test_a_heading_that_names_a_body_then_its_task_after_a_comma():
    parties = {(p.section_id, p.party) for p in parse_text(_DIRECTIVE)[0].parties if p.role == "lead"}
    assert ("2", "Ủy ban nhân dân các xã, phường") in parties
    assert not any(party.startswith("Ủy ban nhân dân các xã, phường, chỉ đạo") for _, party in parties)


def test_a_place_after_a_national_title_ocr_interleaved_with_the_motto():
    letter = """PHÒNG GD&ĐT TÂN YÊN
BỘ PHẬN TIỂU HỌC CỘNG HOÀ XÃ HĐộc lập - TỘựI CH - HỦ NGHạnh phúc ĨA VIỆT NAM Tân Yên, ngày 21 tháng 9 năm 2012
Kính gửi: Các trường Tiểu học
Phòng GD&ĐT thông báo lịch kiểm tra định kỳ cấp Tiểu học năm học 2012-2013 như sau:
"""
    assert parse_text(letter)[0].meta.place == "Tân Yên"


def test_recipients_set_beside_the_signatures_column_assign_nothing():
    letter = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 812/SNNMT-KS
V/v thực hiện nghĩa vụ sau cấp phép khai thác khoáng sản
Lào Cai, ngày 20 tháng 8 năm 2026
Kính gửi: Công ty cổ phần Khoáng sản Phú Thịnh
Sở Nông nghiệp và Môi trường đề nghị Công ty thực hiện đầy đủ các nội dung sau:
1. Lập và phê duyệt kế hoạch quản lý rủi ro trong khai thác khoáng sản.
2. Thực hiện báo cáo định kỳ kết quả khai thác khoáng sản.

 Nơi nhận:                                                                        KT. GIÁM ĐỐC
 - Như trên;
 - UBND tỉnh (b/c);
                                                                                  PHÓ GIÁM ĐỐC
 - Các Sở, ngành: Xây dựng, Công Thương,
 Tài chính, Thuế tỉnh;
 - Lưu: VT, KS.
"""
    assert not any(p.party.lower().startswith("các sở, ngành") for p in parse_text(letter)[0].parties)


_LICENCE = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH HÀ GIANG                          Độc lập - Tự do - Hạnh phúc

  Số: 1180 /GP-UBND                  Hà Giang, ngày 14 tháng 5 năm 2025

         GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP

           CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG

      Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày
29/6/2024;
      Căn cứ Giấy phép khai thác khoáng sản số 77/GP-UBND ngày 03/3/2021 của Ủy ban nhân dân tỉnh Hà Giang;
      Căn cứ Quyết định số 9/QĐ-BQLKKT ngày 15/01/2025 của Trưởng Ban quản lý các Khu kinh tế tỉnh Hà Giang về việc
thành lập Hội đồng thẩm định;
      Điều 1. Cho phép Công ty TNHH Đá Xây dựng Bắc Mê được sử dụng vật liệu nổ công nghiệp.
      Điều 2. Tổ chức thực hiện
      1. Công ty Cổ phần Khai thác vật liệu xây dựng Bắc Mê phải thực hiện đúng các quy định của pháp luật.
      2. Giao Sở Công Thương, Công an tỉnh Hà Giang, Ủy ban nhân dân xã
Minh Ngọc căn cứ chức năng, nhiệm vụ, giám sát việc sử dụng vật liệu nổ công nghiệp.
"""


def test_a_licence_is_a_document_type_of_its_own():
    document = parse_text(_LICENCE)[0]
    assert (document.meta.doc_type, document.meta.title) == ("Giấy phép", "SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP")
    assert {c.number_symbol: c.doc_type for c in document.citations}.get("77/GP-UBND") == "Giấy phép"


def test_the_issuer_a_management_board_named_over_the_zones_it_manages():
    issuers = {c.number_symbol: c.issuer for c in parse_text(_LICENCE)[0].citations}
    assert issuers["9/QĐ-BQLKKT"] == "Trưởng Ban quản lý các Khu kinh tế tỉnh Hà Giang"


def test_an_enterprise_named_by_its_trade_in_lower_case_before_its_own_name():
    parties = {p.party for p in parse_text(_LICENCE)[0].parties if p.role == "lead"}
    assert "Công ty Cổ phần Khai thác vật liệu xây dựng Bắc Mê" in parties


def test_a_communes_name_wrapped_after_its_level_in_a_directive_heading():
    parties = {p.party for p in parse_text(_LICENCE)[0].parties if p.role == "lead"}
    assert "Ủy ban nhân dân xã Minh Ngọc" in parties
    assert "Ủy ban nhân dân xã" not in parties


def test_a_subject_line_in_a_table_row_leaves_its_empty_cells():
    letter = """UỶ BAN NHÂN DÂN TỈNH  LÀO CAI |  | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số:             /UBND-KT |  | Lào Cai, ngày         tháng       năm 2025
V/v tham mưu uỷ quyền thủ tục cấp giấy chứng nhận huấn luyện an toàn vật liệu nổ công nghiệp |  | 

Kính gửi: | - Sở Công Thương; - Sở Tư pháp.

Giao Sở Công Thương chủ trì, nghiên cứu, tham mưu Ủy ban nhân dân tỉnh việc uỷ quyền thực hiện thủ tục.
"""
    title = parse_text(letter)[0].meta.title
    assert title == "tham mưu uỷ quyền thủ tục cấp giấy chứng nhận huấn luyện an toàn vật liệu nổ công nghiệp"


def test_a_draft_mark_in_brackets_is_no_part_of_the_issuer_and_an_opening_part_is_named():
    project = """  TỈNH ỦY HÀ GIANG                              ĐẢNG CỘNG SẢN VIỆT NAM
         *
   Số     - ĐA/TU                          Hà Giang, ngày       tháng     năm 2025
     (DỰ THẢO)
                                   ĐỀ ÁN
       Phát triển kinh tế rừng gắn với bảo vệ môi trường giai đoạn 2026 - 2030
                           Phần mở đầu
             SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN
I. SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN
Rừng của tỉnh có vai trò quan trọng.
                           Phần thứ nhất
             THỰC TRẠNG PHÁT TRIỂN KINH TẾ RỪNG
I. KẾT QUẢ ĐẠT ĐƯỢC
Diện tích rừng trồng tăng qua các năm.
"""
    document = parse_text(project)[0]
    assert document.meta.issuer == "Tỉnh ủy Hà Giang"
    assert [s.section_id for s in document.sections] == ["Phần mở đầu", "Phần mở đầu.I", "Phần I", "Phần I.I"]


def test_a_letters_symbol_that_spells_a_legal_types_code_keeps_it_a_cong_van():
    letter = """BỘ TÀI CHÍNH
CỤC THUẾ
Số: 4127/CT-CS
V/v hướng dẫn chính sách thuế giá trị gia tăng
Hà Nội, ngày 12 tháng 9 năm 2025
Kính gửi: Thuế tỉnh Quảng Trị
Cục Thuế nhận được công văn của Thuế tỉnh Quảng Trị đề nghị hướng dẫn chính sách thuế. Về vấn đề này, Cục Thuế có ý \
kiến như sau:
"""
    assert parse_text(letter)[0].meta.doc_type == "Công văn"


def test_a_repealed_decisions_subject_in_sentence_case_after_the_issuers_place():
    decision = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 1510/QĐ-UBND                    Đồng Nai, ngày 20 tháng 6 năm 2025
QUYẾT ĐỊNH
Bãi bỏ toàn bộ các quyết định quy phạm pháp luật do Ủy ban nhân dân tỉnh ban hành
Điều 1. Bãi bỏ các quyết định sau:
1. Quyết định số 63/2002/QĐ-UB
ngày 16 tháng 10 năm 2002 của Ủy ban nhân dân tỉnh Bình Phước Tách phòng tổ chức hành chính thuộc Sở Y tế.
2. Quyết định số 89/2006/QĐ-UB
ngày 30 tháng 8 năm 2006 của Ủy ban nhân dân tỉnh Bình Phước Không thu phí đối với học sinh tiểu học.
"""
    issuers = {c.number_symbol: c.issuer for c in parse_text(decision)[0].citations}
    assert issuers == {"63/2002/QĐ-UB": "Ủy ban nhân dân tỉnh Bình Phước", "89/2006/QĐ-UB": "Ủy ban nhân dân tỉnh Bình Phước"}


def test_a_written_answer_goes_to_the_body_that_asked_and_a_case_is_no_department():
    plan = """BAN THƯỜNG TRỰC
ỦY BAN MTTQ VIỆT NAM XÃ AN LẠC
Số: 09/KH-MTTQ-BTT
An Lạc, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử
I. XÁC MINH VÀ TRẢ LỜI
1. Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử có trách nhiệm xác \
minh và trả lời bằng văn bản cho Ban Thường trực Ủy ban MTTQ Việt Nam xã.
2. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả lời về các vụ việc mà cử tri nêu phải được tiến \
hành xong.
"""
    parties = {(p.party, p.role) for p in parse_text(plan)[0].parties}
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "report_to") in parties
    assert not any(party == "Các vụ" for party, _ in parties)


def test_the_party_boards_of_a_central_decisions_closing_and_a_citizens_reception_board():
    decision = """BỘ CHÍNH TRỊ
Số: 312-QĐ/TW
Hà Nội, ngày 15 tháng 9 năm 2019
QUYẾT ĐỊNH
ban hành Quy chế công tác dân vận của hệ thống chính trị
Điều 1. Ban hành kèm theo Quyết định này Quy chế công tác dân vận của hệ thống chính trị.
Điều 2. Các ban đảng, đảng đoàn, ban cán sự đảng, các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương có trách nhiệm \
chỉ đạo tổ chức thực hiện Quyết định này.
Điều 3. Chánh Văn phòng Trung ương Đảng, Trưởng Ban Tiếp công dân trung ương chịu trách nhiệm thi hành Quyết định này.
"""
    parties = {p.party for p in parse_text(decision)[0].parties if p.role == "lead"}
    assert "Các ban đảng, đảng đoàn, ban cán sự đảng" in parties
    assert "Trưởng Ban Tiếp công dân trung ương" in parties


def test_a_decision_on_one_persons_benefit_closes_with_the_person_after_the_posts():
    decision = """ỦY BAN NHÂN DÂN
HUYỆN CẦN ĐƯỚC
Số: 118/QĐ-UBND
Cần Đước, ngày 12 tháng 5 năm 2012
QUYẾT ĐỊNH
Về việc trợ cấp hằng tháng đối với Anh hùng lực lượng vũ trang nhân dân
Điều 1. Trợ cấp hằng tháng đối với ông Lê Văn Tư.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.
Điều 3. Trưởng phòng Tài chính - Kế hoạch, Trưởng phòng Lao động - Thương binh và Xã hội huyện Cần Đước và Ông Lê \
Văn Tư chịu trách nhiệm thi hành Quyết định.
"""
    parties = {p.party for p in parse_text(decision)[0].parties}
    assert "Trưởng phòng Lao động - Thương binh và Xã hội huyện Cần Đước" in parties
    assert not any(party.endswith(" và") for party in parties)


def test_a_jury_named_for_its_contest_has_the_duties_listed_below_it():
    decision = """TRƯỜNG TIỂU HỌC LÊ LỢI
Số: 43/QĐ-THLL
Kbang, ngày 02 tháng 11 năm 2009
QUYẾT ĐỊNH
V/v tổ chức hội thi viết chữ đẹp cấp trường
Điều 1. Tổ chức hội thi viết chữ đẹp cấp trường năm học 2009 - 2010.
Điều 2. Ban giám khảo hội thi có những nhiệm vụ sau:
- Chấm thi đúng quy định.
"""
    assert ("Điều 2", "Ban giám khảo hội thi") in {(p.section_id, p.party) for p in parse_text(decision)[0].parties}


def test_a_letters_dash_item_opened_by_a_body_and_a_verb_the_lexicon_lacks():
    letter = """ỦY BAN NHÂN DÂN
TỈNH LONG AN
Số: 1308/UBND-VX
V/v tổ chức trao tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân
Tân An, ngày 20 tháng 4 năm 2010
Kính gửi: Sở Nội vụ
UBND tỉnh có ý kiến như sau:
- Giao Sở Nội vụ trực tiếp phụ trách phần lễ trao tặng danh hiệu.
- Sở Văn hóa, Thể thao và Du lịch chụp ảnh lưu niệm.
- Các lớp khai giảng:
"""
    parties = {p.party for p in parse_text(letter)[0].parties if p.role == "lead"}
    assert "Sở Văn hóa, Thể thao và Du lịch" in parties
    assert "Các lớp" not in parties  # (a label, no clause)


def test_the_dates_of_a_decisions_bases_are_no_deadlines():
    # (a draft, its day left blank: no issue date that would make the bases' dates history)
    decision = """BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
TỈNH LÀO CAI
Số:      /QĐ-BQLCKCN
Lào Cai, ngày      tháng      năm 2026
QUYẾT ĐỊNH
Chấp thuận điều chỉnh chủ trương đầu tư
TRƯỞNG BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH LÀO CAI
     Căn cứ Văn bản đề nghị điều chỉnh dự án đầu tư và hồ sơ kèm theo do
Công ty cổ phần Đầu tư Minh Phát nộp ngày
06/8/2026, nộp bổ sung 19/8/2026;
     Theo đề nghị của Tổ thẩm định dự án đầu tư tại Báo cáo thẩm định ngày
20/8/2026.
QUYẾT ĐỊNH:
Điều 1. Chấp thuận điều chỉnh chủ trương đầu tư dự án.
Điều 2. Nhà đầu tư nộp báo cáo tình hình thực hiện dự án trước ngày 31/12/2026.
"""
    assert [d.due_date for d in parse_text(decision)[0].deadlines] == ["2026-12-31"]


def test_a_units_ministry_written_after_it_as_an_address_is_no_receiver_of_its_own():
    parties = {(p.party, p.role) for p in parse_text(_MINISTRY_LETTER)[0].parties}
    assert ("Vụ Giáo dục chuyên nghiệp", "report_to") in parties
    assert ("Bộ Giáo dục và Đào tạo", "report_to") not in parties
