"""Shapes met on unseen school plans, district letters and ward notices copied from document sites and portals
(held-out documents read for their shapes; snippets written as the genre writes them, names and numbers invented):
a header run onto one line whose lower body writes `&` for `và`; an archive's item number alone above the header; a
handwritten routing note above the header (`CS` ⏎ `20/3/10`); a site's title, update time and first basis above the
header; a school numbered in Roman figures; a document site's page counter before a flattened header whose motto
lost a tone mark (`VIÊT NAM`) and whose date comes before its number; a portal's `Người ký văn bản:` field where the
post leaves out the signature block; a numbered point of an assignment part opened by a body and a verb the
predicate lexicon does not hold; a province's closing list whose lines of items break inside a name (`…; Giám đốc` ⏎
`Công an tỉnh; …`), the military command's `Chỉ huy trưởng` in it; a signer's title in capitals over `Nơi nhận:`; a
number left blank by spaced dots (`Số: . . . ./BC- THMH`); a Youth Union's `liên chi đoàn` listed after `các`; a
`Báo cáo thẩm định` cited in a decision's `Theo đề nghị` line; a report's duty whose list the writer cut short by an
ellipsis before its receiver (`… rà soát... về Sở …`); a fronted `Hàng năm` in a plan's background that names no duty
and no doer; a ministry's closing list that names posts by their units, then the units in the same order after one
`các` (`Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ Y tế`); a footnote's number glued to an addressee's last word; a
school's rules typed `QUI CHẾ`; a flattened header whose year and type run together (`năm 2011QUY CHẾ …`); an office's
code written without its `&` (`PGD ĐT MANG THÍT`); the whole left column run onto the number's line and the parent
written twice; a post's title with a Party number, its issuer and date (`Thông tri số 28 – TT/TU của Thành ủy … ngày …
về …`); the Party's motto and a city's `TP.` set one cell a line in a header; a timetable's entry that opens with its
hour (`- 16h ngày 17/5/2017, …`); a bullet opened by a day, then who does what (`- Ngày 18/5/2017, các trường tổ chức
…`) under a heading that is no timetable's; a symbol glued to its date (`…/TT-BNVngày 31/8/2012`); a school year glued
to the body's first sentence (`NĂM HỌC 2017 - 2018Thực hiện …`); a motto typed `Độc lâp`; a heading in capitals closed
by its colon over a table's header cells; a portal's menu whose items hold a type's words, over an attached rule whose
caption gives its decision's number; a timetable's entry opened by `Bắt đầu từ ngày …`."""
from __future__ import annotations

from pipeline.api import parse_text


def _meta(text: str):
    return parse_text(text)[0].meta


_ONE_LINE_HEADER = (
    "UBND HUYỆN THANH OAI PHÒNG GIÁO DỤC & ĐÀO TẠO. Số: 112 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
    "Tự do - Hạnh phúc Thanh Oai, ngày 14 tháng 03 năm 2019. KẾ HOẠCH Kiểm tra công tác y tế trường học năm 2019 "
    "Thực hiện Kế hoạch số 870/KH-SGD&ĐT ngày 20/2/2019 của Sở Giáo dục và Đào tạo Hà Nội về công tác y tế trường "
    "học, Phòng GD&ĐT Thanh Oai xây dựng kế hoạch như sau: I. MỤC ĐÍCH 1. Mục đích chung - Đánh giá thực trạng công "
    "tác y tế trường học.\n")


def test_a_lower_body_writing_its_and_as_an_ampersand_is_read_under_its_parent_on_a_flattened_line():
    meta = _meta(_ONE_LINE_HEADER)
    assert (meta.issuer.casefold(), meta.issuer_parent) == ("phòng giáo dục & đào tạo", "UBND huyện Thanh Oai")


_DECISION = """{above}ỦY BAN NHÂN DÂN
HUYỆN CẦN ĐƯỚC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 845/QĐ-UBND

Cần Đước, ngày 12 tháng 9 năm 2011

QUYẾT ĐỊNH

V/v trợ cấp một lần cho thân nhân liệt sĩ

ỦY BAN NHÂN DÂN HUYỆN CẦN ĐƯỚC

Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;
"""


def test_an_archives_item_number_alone_above_the_header_is_no_start_of_the_body():
    meta = _meta(_DECISION.format(above="31.  \n"))
    assert (meta.issuer, meta.doc_number) == ("Ủy ban nhân dân huyện Cần Đước", "845/QĐ-UBND")


_ROUTED_LETTER = """Chuyển P. Chính sách (b)
CS
14/5/09

UBND TỈNH TIỀN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ LAO ĐỘNG THƯƠNG BINH Độc lập - Tự do - Hạnh phúc
VÀ XÃ HỘI

Số: 418/CV-SLĐTBXH

Mỹ Tho, ngày 08 tháng 05 năm 2009

Về việc giải quyết chế độ cho thân nhân liệt sĩ

Kính gửi : Phòng Lao động Thương binh và Xã hội huyện, thành phố
"""


def test_a_handwritten_routing_note_above_the_header_is_none_of_its_bodies():
    meta = _meta(_ROUTED_LETTER)
    assert (meta.issuer.casefold(), meta.issuer_parent) == ("sở lao động thương binh và xã hội", "UBND tỉnh Tiền Giang")


_BASIS = ("Căn cứ kế hoạch số 905/KH-PGD&ĐT ngày 02 tháng 10 năm 2020 của phòng Giáo dục và Đào tạo thị xã Hương Trà "
          "về phòng chống thiên tai năm 2020")
_SITE_POST = ("KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM HỌC 2020 - 2021\n"
              "Cập nhật lúc : 08:05 12/10/2020\n"
              + _BASIS + "\n"
              "PHÒNG GD&ĐT TX HƯƠNG TRÀ TRƯỜNG MN III\n"
              "|\n"
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |\n"
              "Số: 21/KH-MNIII Hương Trà, ngày 09 tháng 10 năm 2020\n"
              "KẾ HOẠCH\n"
              "PHÒNG, CHỐNG THIÊN TAI NĂM HỌC 2020-2021\n"
              + _BASIS + ";\n")


def test_a_sites_first_basis_above_the_header_leaves_the_header_its_bodies():
    meta = _meta(_SITE_POST)
    # a school numbered in Roman figures keeps its number in capitals
    assert (meta.issuer, meta.issuer_parent) == ("Trường MN III", "Phòng GD&ĐT TX Hương Trà")
    assert (meta.doc_number, meta.place, meta.issued_date) == ("21/KH-MNIII", "Hương Trà", "2020-10-09")


_PREVIEW = (
    "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (98.1 KB, 5 trang )\n\n"
    "<span class='text_page_counter'>(1)</span>PHÒNG GD&ĐT QUỐC OAI TRƯỜNG MN NGỌC LIỆP. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA "
    "VIÊT NAM Độc lập - Tự do - Hạnh phúc. Ngọc Liệp, ngày 05 tháng 10 năm 2018. Số: 56/KH-MNNL. KẾ HOẠCH Công tác "
    "phòng, chống thiên tai Năm học 2018 - 2019 Thực hiện Kế hoạch số 301/KH-PGD&ĐT ngày 20/9/2018 của Phòng GD&ĐT "
    "Quốc Oai về công tác phòng, chống thiên tai năm 2018, trường mầm non Ngọc Liệp xây dựng kế hoạch như sau: "
    "I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích: Chủ động phòng ngừa, ứng phó với thiên tai.\n")


def test_a_document_sites_page_counter_and_a_motto_without_its_tone_mark_leave_a_flattened_header_readable():
    meta = _meta(_PREVIEW)
    assert (meta.issuer, meta.issuer_parent) == ("Trường MN Ngọc Liệp", "Phòng GD&ĐT Quốc Oai")
    # the date before the number: the number still read, the place without the motto's tail
    assert (meta.doc_number, meta.place, meta.issued_date) == ("56/KH-MNNL", "Ngọc Liệp", "2018-10-05")
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Công tác phòng, chống thiên tai Năm học 2018 - 2019")
    # the plan's own number is no citation
    assert "56/KH-MNNL" not in {c.number_symbol for c in parse_text(_PREVIEW)[0].citations}


_PORTAL_NOTICE = """THÔNG BÁO Về việc tháo dỡ băng rôn, khẩu hiệu chào mừng Tết Nguyên đán Canh Tý 2020

Người ký văn bản: 

Trần VĂn Hùng - Phó Chủ tịch UBND phường Quang Trung

Nội dung thông báo: 

Thực hiện kế hoạch của UBND phường, các tổ dân phố đã thực hiện trang trí tuyên truyền chào mừng Tết Nguyên đán.
"""


def test_a_portals_signer_field_gives_the_signer_a_post_without_its_signature_block_leaves_out():
    meta = _meta(_PORTAL_NOTICE)
    assert (meta.signer_name, meta.signer_title) == ("Trần Văn Hùng", "Phó Chủ tịch")
    # a digital signature's field naming the body that signed is no person
    signed_by_a_body = _PORTAL_NOTICE.replace("Trần VĂn Hùng - Phó Chủ tịch UBND phường Quang Trung",
                                              "Sở Giáo dục và Đào tạo Email: sogd@gmail.com")
    assert _meta(signed_by_a_body).signer_name == ""


_DISTRICT_LETTER = """UBND QUẬN 6
PHÒNG VĂN HÓA VÀ THÔNG TIN
Số: 25/VHTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quận 6, ngày 10 tháng 01 năm 2019

V/v thông tin tuyên truyền Hội Hoa Xuân

Kính gửi: Ủy ban nhân dân 14 phường.

Nhằm chuyển tải nội dung tuyên truyền nêu trên, Phòng Văn hóa và Thông tin Quận đề nghị:

1. Bản tin Quận 6 đăng nội dung bài phát thanh tuyên truyền Hội Hoa Xuân trên Tờ tin tháng 01/2019.

2. Tổ Công nghệ Thông tin Quận 6 đăng nội dung của bài phát thanh trên cổng thông tin điện tử Quận 6.

3. Ủy ban nhân dân 14 phường tổ chức phát thanh tuyên truyền trên hệ thống loa phát thanh.
"""


def test_a_numbered_point_of_an_assignment_opened_by_a_body_and_a_verb_underthesea_tags_assigns_it():
    parties = {(p.section_id, p.party, p.role) for p in parse_text(_DISTRICT_LETTER)[0].parties}
    assert ("2", "Tổ Công nghệ Thông tin Quận 6", "lead") in parties
    assert ("3", "Ủy ban nhân dân 14 phường", "lead") in parties


_CLOSING_ARTICLE = """Điều 3. Điều khoản thi hành
1. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 3 năm 2026.
      2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Tài
chính, Tư pháp, Nội vụ, Nông nghiệp và Môi trường; Giám đốc
Công an tỉnh; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Thủ trưởng các Sở, ban,
ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành
Quyết định này./.
"""


def test_a_closing_list_whose_lines_break_inside_a_name_is_read_from_its_first_line():
    parties = {p.party for p in parse_text(_CLOSING_ARTICLE)[0].parties}
    assert {"Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tài chính", "Giám đốc Sở Nông nghiệp và Môi trường",
            "Giám đốc Công an tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"} <= parties
    assert "Công an tỉnh" not in parties  # (the post on the line above is its own)


_SCHOOL_REQUEST = """PHÒNG GD&ĐT HÀM THUẬN BẮC
TRƯỜNG TH HÀM CHÍNH 2
Số: . . . ./TTr- THHC Hàm Chính, ngày 12 tháng 10 năm 2011
TỜ TRÌNH
Về việc công nhận trường đạt danh hiệu Trường học thân thiện – Học sinh tích cực
Kính gởi: Lãnh đạo phòng Giáo dục và Đào tạo huyện Hàm Thuận Bắc
Với kết quả nêu trên, nhà trường kính đề nghị Lãnh đạo Phòng GD&ĐT về kiểm tra công nhận danh hiệu cho trường.
Trân trọng kính trình
HIỆU TRƯỞNG
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_number_left_blank_by_spaced_dots_keeps_its_symbols_code_out_of_the_place():
    meta = _meta(_SCHOOL_REQUEST)
    assert (meta.place, meta.issued_date) == ("Hàm Chính", "2011-10-12")


def test_a_signers_title_in_capitals_runs_on_into_no_recipients_label():
    parties = {p.party for p in parse_text(_SCHOOL_REQUEST)[0].parties}
    assert not any("Nơi" in party for party in parties)


def test_a_youth_unions_cells_listed_after_cac_stay_in_the_list():
    text = ("Ban Thường vụ Đoàn trường đề nghị Ban Chấp hành các Đoàn khoa, liên chi đoàn, chi đoàn thông báo đến "
            "tận các đoàn viên thanh niên đồng loạt mặc đồng phục áo thanh niên Việt Nam vào các ngày Thứ Hai "
            "đầu tuần.\n")
    tasks = {p.party: p.task for p in parse_text(text)[0].parties}
    assert tasks["Ban Chấp hành các Đoàn khoa, liên chi đoàn, chi đoàn"].startswith("thông báo đến tận")


def test_an_appraisal_report_cited_in_the_proposal_line_is_a_citation():
    text = ("Theo đề nghị của Sở Nội vụ tại Tờ trình số 812/TTr-SNV ngày 14 tháng 5 năm 2019 và Báo cáo thẩm định "
            "số 41/BCTĐ-STP ngày 02 tháng 5 năm 2019 của Sở Tư pháp.\n")
    found = {c.number_symbol: (c.doc_type, c.issuer) for c in parse_text(text)[0].citations}
    assert found["41/BCTĐ-STP"] == ("Báo cáo", "Sở Tư pháp")


def test_an_ellipsis_inside_a_duty_ends_neither_its_task_nor_the_reach_of_its_receiver():
    text = ("3. Đối với công tác tổ chức thi tốt nghiệp trung học phổ thông năm 2021\n"
            "a) Trưởng các điểm thi có trách nhiệm\n"
            "Bố trí mỗi điểm thi ít nhất 02 phòng dự phòng.\n"
            "Báo cáo công tác chuẩn bị, kiểm tra, rà soát... về Sở Giáo dục và Đào tạo trước 14 giờ 00 ngày "
            "24/6/2021.\n")
    deadline, = parse_text(text)[0].deadlines
    assert deadline.task.startswith("Báo cáo công tác chuẩn bị")
    assert deadline.recipient == "Sở Giáo dục và Đào tạo"


def test_a_fronted_yearly_habit_in_a_background_paragraph_is_no_recurring_duty():
    background = ("I. ĐẶC ĐIỂM TÌNH HÌNH\n"
                  "- Hàng năm đến những tháng cuối năm âm lịch, miền Trung thường đối mặt với nhiều cơn bão - lũ, gây "
                  "thiệt hại về người và tài sản.\n")
    assert parse_text(background)[0].deadlines == []
    # a doer after the period keeps the duty, its verb whatever it is
    duty = ("I. ĐẶC ĐIỂM TÌNH HÌNH\n"
            "- Hằng năm, doanh nghiệp căn cứ vào chỉ tiêu sản xuất, kinh doanh kế hoạch xác định mức lương cơ bản.\n")
    assert [d.recurrence for d in parse_text(duty)[0].deadlines] == ["Hằng năm"]


def test_posts_named_by_their_units_then_the_units_in_order_each_head_their_own():
    text = ("Điều 3. Các Ông, Bà: Chánh Văn phòng Bộ, Chánh Thanh tra Bộ, Vụ trưởng, Cục trưởng các Vụ, Cục thuộc Bộ "
            "Y tế; Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương; Thủ trưởng các đơn vị có liên quan chịu "
            "trách nhiệm thi hành Quyết định này./.\n")
    parties = {p.party for p in parse_text(text)[0].parties}
    assert {"Vụ trưởng các Vụ thuộc Bộ Y tế", "Cục trưởng các Cục thuộc Bộ Y tế"} <= parties
    assert "Cục thuộc Bộ Y tế" not in parties and "Vụ trưởng" not in parties
    # units that do not answer the posts one for one are left as written
    other = text.replace("các Vụ, Cục thuộc", "các đơn vị, Cục thuộc")
    assert "Vụ trưởng các đơn vị thuộc Bộ Y tế" not in {p.party for p in parse_text(other)[0].parties}


def test_a_footnotes_number_glued_to_an_addressees_last_word_is_no_part_of_its_name():
    text = ("V/v thực hiện chương trình giáo dục học kỳ II năm học 2020-2021\n"
            "Kính gửi:\n- Các Sở Giáo dục và Đào tạo1;\n- Lớp 10a1.\n"
            "Để bảo đảm hoàn thành chương trình năm học, Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo1 "
            "chỉ đạo các cơ sở giáo dục rà soát kế hoạch dạy học.\n")
    parties = {p.party for p in parse_text(text)[0].parties}
    assert not any(party.endswith("tạo1") for party in parties)
    assert any(party.endswith("Sở Giáo dục và Đào tạo") for party in parties)


def test_a_schools_rules_typed_with_the_older_spelling_qui_are_rules():
    text = ("PGD ĐT MANG THÍT CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TRƯỜNG TH CHÁNH AN A Độc Lập – Tự Do – Hạnh Phúc\n\n\n"
            "Chánh An, ngày 18 tháng 9 năm 2018\n\n"
            "QUI CHẾ LÀM VIỆC PHỐI HỢP VỚI BAN GIÁM HIỆU\n\n"
            "Ban chấp hành Công đoàn cơ sở và Ban giám hiệu họp ngày 18 tháng 9 năm 2018, thống nhất qui chế như "
            "sau:\n")
    meta = _meta(text)
    assert (meta.doc_type, meta.title) == ("Quy chế", "LÀM VIỆC PHỐI HỢP VỚI BAN GIÁM HIỆU")
    # the office's code without its `&`: the place after it keeps its capitals
    assert meta.issuer_parent == "PGD ĐT Mang Thít"


def test_a_year_and_a_type_run_together_in_a_flattened_header_still_type_it():
    text = ("PHÒNG GD-ĐT TX SÔNG CẦU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TRƯỜNG THCS XUÂN PHƯƠNG Độc lập – Tự do – Hạnh phúc\n\n"
            "Số : / QC-XP . Xuân Phương, ngày 02 tháng 11 năm 2012QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG TRƯỜNG\n"
            "-------------\n\nCHƯƠNG I\nNHỮNG QUY ĐỊNH CHUNG\n")
    meta = _meta(text)
    assert (meta.doc_type, meta.title) == ("Quy chế", "HOẠT ĐỘNG CỦA HỘI ĐỒNG TRƯỜNG")


def test_a_left_column_run_onto_the_numbers_line_with_its_parent_written_twice():
    text = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG MN TÂN LIỄU Số 19 / BCMN CỘNG HOÀ XÃ HỘI "
            "CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Tân Liễu, ngày 03 tháng 01 năm 2015 BÁO CÁO Sơ kết học kỳ I "
            "năm học 2014 - 2015 Thực hiện công văn số 702/PGD&ĐT-HC ngày 24/12/2014 của Phòng Giáo dục và Đào tạo về "
            "việc hướng dẫn sơ kết học kỳ I, trường mầm non Tân Liễu báo cáo như sau:\n")
    meta = _meta(text)
    assert (meta.issuer, meta.issuer_parent) == ("Trường MN Tân Liễu", "Phòng Giáo dục và Đào tạo")


def test_a_posts_title_gives_a_party_number_its_issuer_and_date_before_the_subject():
    text = ("Thông tri số 31 – TT/TU của Thành ủy TPHCM ngày 20/11/2014 về tổ chức các hoạt động kỷ niệm 85 năm ngày "
            "thành lập Đảng Cộng sản Việt Nam\n\n"
            "1.Các cấp ủy đảng chủ động xây dựng kế hoạch tổ chức kỷ niệm 85 năm Ngày thành lập Đảng.\n")
    document = parse_text(text)[0]
    assert (document.meta.doc_number, document.meta.issued_date) == ("31-TT/TU", "2014-11-20")
    assert document.meta.title.startswith("về tổ chức các hoạt động kỷ niệm")
    assert "31-TT/TU" not in {c.number_symbol for c in document.citations}  # (its own number)


def test_the_partys_motto_and_a_citys_initials_set_one_cell_a_line_stay_out_of_the_body_and_into_the_place():
    text = ("THÀNH\nỦY\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n|\nĐẢNG\nCỘNG SẢN VIỆT NAM\n---------------\n|\n"
            "Số:\n91-KH/TU\n|\nTP.\nHồ Chí Minh, ngày 10 tháng 01 năm 2022\n|\n"
            "KẾ HOẠCH\nVỀ TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM 92 NĂM NGÀY THÀNH LẬP ĐẢNG\n"
            "Thực hiện Hướng dẫn số 15-HD/BTGTW ngày 05/12/2021 của Ban Tuyên giáo Trung ương, Ban Thường vụ Thành ủy "
            "ban hành kế hoạch như sau:\n")
    meta = _meta(text)
    assert (meta.issuer, meta.place) == ("Thành ủy thành phố Hồ Chí Minh", "TP. Hồ Chí Minh")


def test_a_timetables_entry_that_opens_with_its_hour_keeps_the_entries_below_it_in_the_timetable():
    text = ("THÔNG BÁO\nVề việc tổ chức kiểm tra học kỳ II\n1. Thời gian\n"
            "- 14h ngày 10/5/2019, các trường nhận đề kiểm tra tại Phòng GD&ĐT.\n"
            "- Ngày 11/5/2019 in sao đề kiểm tra tại các trường.\n")
    assert [d.due_date for d in parse_text(text)[0].deadlines] == ["2019-05-10", "2019-05-11"]


def test_a_bullet_opened_by_a_day_then_who_does_what_is_a_deadline_under_any_heading():
    text = ("THÔNG BÁO\nVề việc tổ chức kiểm tra học kỳ II\n3. Công tác in, sao đề kiểm tra\n"
            "- Các trường thành lập Ban in sao đề kiểm tra;\n"
            "- Ngày 11/5/2019, các trường tổ chức in sao, đóng gói và niêm phong đề kiểm tra theo từng phòng.\n")
    rows = [(d.due_date, d.responsible) for d in parse_text(text)[0].deadlines]
    assert rows == [("2019-05-11", "Các trường")]
    # a day a document was issued tells what was done
    issued = ("Thông báo\n1. Tình hình triển khai\n- Ngày 25/3/2019, Sở Tư pháp ban hành Văn bản số 412/STP-PBGDPL "
              "về việc hướng dẫn công tác phổ biến, giáo dục pháp luật.\n")
    assert parse_text(issued)[0].deadlines == []


def test_a_symbol_glued_to_its_date_keeps_its_date_and_issuer():
    text = ("- Thực hiện đúng theo Thông tư số 04/2012/TT-BNVngày 31/8/2012 của Bộ Nội vụ hướng dẫn về tổ chức và "
            "hoạt động của thôn, tổ dân phố.\n")
    citation, = parse_text(text)[0].citations
    assert (citation.number_symbol, citation.issued_date, citation.issuer) == ("04/2012/TT-BNV", "2012-08-31",
                                                                               "Bộ Nội vụ")


def test_a_school_year_glued_to_the_bodys_first_sentence_ends_the_title():
    text = ("SỞ GD&ĐT LÂM ĐỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TRƯỜNG THPT BẢO LỘC Độc lập - Tự do - Hạnh phúc\n"
            "Số: 41/KH-THPTBL Bảo Lộc, ngày 05 tháng 9 năm 2018\n"
            "KẾ HOẠCH\n"
            "TỔ CHỨC THỰC HIỆN ĐẢM BẢO AN TOÀN GIAO THÔNG NĂM HỌC 2018 - 2019Thực hiện công văn 1620/SGDĐT-CNTT ngày "
            "28/8/2018 của Sở GDĐT Lâm Đồng về việc thực hiện Tháng an toàn giao thông năm 2018, trường xây dựng kế "
            "hoạch như sau:\n")
    assert _meta(text).title == "TỔ CHỨC THỰC HIỆN ĐẢM BẢO AN TOÀN GIAO THÔNG NĂM HỌC 2018 - 2019"


def test_a_motto_typed_with_the_wrong_mark_still_parts_the_header_columns():
    text = ("PHÒNG GD & ĐT THỊ XÃ MỸ HÀO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n"
            "TRƯỜNG TIỂU HỌC DỊ SỬ Độc lâp - Tự do – Hạnh phúc\n"
            "Số: /KH- THDS Mỹ Hào, ngày 12 tháng 8 năm 2021\n"
            "KẾ HOẠCH\nThực hiện nhiệm vụ phòng, chống ma túy trong trường học\n")
    meta = _meta(text)
    assert (meta.issuer, meta.issuer_parent) == ("Trường Tiểu học Dị Sử", "Phòng GD & ĐT thị xã Mỹ Hào")


def test_a_heading_in_capitals_closed_by_its_colon_takes_no_table_header_cell():
    text = ("THÔNG BÁO\nLịch kiểm tra học kỳ I năm học 2022-2023\n"
            "I/ LỊCH KIỂM TRA TẬP TRUNG:\nNGÀY\n|\nBUỔI\n|\nMÔN\n|\n"
            "Thứ Hai 19/12/2022\n|\nSáng\n|\nNgữ văn\n")
    assert [s.heading for s in parse_text(text)[0].sections] == ["LỊCH KIỂM TRA TẬP TRUNG"]


_PORTAL_MENU = """GIỚI THIỆU CHUNG
TỔ CHỨC - BỘ MÁY
TIN TỨC - SỰ KIỆN
DỰ ÁN ĐẦU TƯ
THÔNG TIN QUY HOẠCH
VĂN HOÁ - XÃ HỘI
THƯ VIỆN ẢNH
THỦ TỤC HÀNH CHÍNH
TƯ LIỆU
VĂN BẢN QPPL
        Giới thiệu
        Quy chế hoạt động
        Các nhiệm kỳ

QUY CHẾ LÀM VIỆC CỦA UBND THỊ XÃ NGHI SƠN NHIỆM KỲ 2011 - 2016
(Ban hành kèm theo Quyết định số 1204 /2012/QĐ - UBNDngày 14 tháng 3 năm 2012 của UBND thị xã Nghi Sơn)
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi áp dụng
"""


def test_a_portals_menu_holds_no_type_line_and_an_attached_rules_caption_gives_its_number():
    document = parse_text(_PORTAL_MENU)[0]
    meta = document.meta
    assert (meta.doc_type, meta.title) == ("Quy chế", "LÀM VIỆC CỦA UBND THỊ XÃ NGHI SƠN NHIỆM KỲ 2011 - 2016")
    assert (meta.doc_number, meta.issued_date) == ("1204/2012/QĐ-UBND", "2012-03-14")
    assert document.citations == []  # (the caption names the rule's own decision: no citation, devset NOTES fresh_30)


def test_a_timetables_entry_opened_by_bat_dau_is_an_entry():
    text = ("THÔNG BÁO\nVề việc tuyển sinh năm học 2021-2022\n1. Đối tượng: trẻ sinh năm 2016.\n"
            "2. Thời gian tuyển sinh:\n"
            "* Bắt đầu từ ngày 02/8/2021 đến 20/8/2021 tiếp nhận đơn xin xét tuyển.\n")
    assert [d.due_date for d in parse_text(text)[0].deadlines] == ["2021-08-20"]
