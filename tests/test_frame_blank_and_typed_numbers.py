"""Document fields where the header's number is left blank or typed with blanks and dashes, the place is hyphenated,
or a page gives the whole header on one line. The snippets are invented, written as schools' and offices' pages
write their headers (a plan's number is often left blank for the clerk to fill in on signing)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text


def _meta(text: str, name: str = "page.txt"):
    return parse_text(text, name)[0].meta


def test_blank_number_symbol_names_the_type_and_stays_out_of_the_place():
    page = ("PHÒNG GD&ĐT TP HOÀ BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TRƯỜNG TH&THCS AN LẠC Độc lập -Tự do - Hạnh phúc\n"
            "Số: /KH-TH&THCSAL X.Hòa Bình, ngày tháng 9 năm 2023\n"
            "Căn cứ Quyết định số 1797/QĐ-UBND ngày 07/8/2023 của Ủy ban nhân dân tỉnh Hòa Bình;\n")
    meta = _meta(page)
    assert meta.doc_type == "Kế hoạch"  # the symbol's `KH` (Nghị định 30/2020/NĐ-CP, Phụ lục III)
    assert meta.doc_number == ""
    assert meta.place == "X.Hòa Bình"


def test_symbol_code_set_off_by_a_blank_is_no_part_of_the_place():
    page = ("UBND HUYỆN PHÚ NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THCS AN HÒA Độc lập - Tự do - Hạnh phúc\n"
            "Số: /KH- TAH Phú Ninh, ngày tháng năm 2015\nKẾ HOẠCH\nPhòng tránh đuối nước cho học sinh năm 2016\n"
            "Căn cứ Công văn số 779/SGDĐT-CTHSSV ngày 27/6/2013 của Sở GD&ĐT;\n")
    meta = _meta(page)
    assert meta.place == "Phú Ninh"
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Phòng tránh đuối nước cho học sinh năm 2016")


def test_whole_header_on_one_line_with_a_blank_number_and_date():
    page = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM PHÒNG GD & ĐT PHÚ NINH Độc lập - Tự do - Hạnh phúc "
            "TRƯỜNG THCS AN HÒA Số: /KH- TAH Phú Ninh, ngày tháng năm 2015. KẾ HOẠCH Phòng tránh đuối nước cho "
            "trẻ em giai đoạn 2016-2020 Thực hiện Căn cứ Công văn số 779 /SGDĐT-CTHSSV-PC ngày 27/6/2013 của Sở "
            "GD&ĐT về việc tăng cường công tác phòng, tránh tai nạn do đuối nước cho trẻ em, học sinh; Trường THCS "
            "An Hòa xây dựng kế hoạch triển khai thực hiện như sau: I. Đặc điểm tình hình Trường có 20 lớp.\n")
    meta = _meta(page)
    assert meta.issuer == "Trường THCS An Hòa"
    assert meta.place == "Phú Ninh"
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Phòng tránh đuối nước cho trẻ em giai đoạn 2016-2020")


def test_hyphenated_place_on_a_one_line_letter():
    page = ("UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh "
            "phúc Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010 V/v báo cáo nhanh tình hình "
            "thiệt hại do lũ lụt của ngành Giáo dục. Kính gửi: - Ủy ban nhân dân tỉnh Ninh Thuận; - Bộ Giáo dục và "
            "Đào tạo. Vừa qua, tỉnh Ninh Thuận bị ảnh hưởng của không khí lạnh tăng cường mạnh.\n")
    meta = _meta(page)
    assert meta.place == "Phan Rang-Tháp Chàm"
    assert meta.issued_date == "2010-11-05"
    assert (meta.doc_type, meta.doc_number) == ("Công văn", "2917/SGDĐT-VP")


def test_symbol_dash_typed_as_an_en_dash_between_blanks():
    page = ("UỶ BAN NHÂN DÂN                                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "THÀNH PHỐ HỒ CHÍ MINH                                         Độc lập – Tự do – Hạnh phúc\n\n"
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
            "Số : 4144 /GDĐT – VP                                        Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018\n\n"
            "V/v cho học sinh nghỉ học\n\nKính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện.\n\n"
            "Sở Giáo dục và Đào tạo đề nghị các quận, huyện thông báo cho học sinh nghỉ học.\n")
    meta = _meta(page)
    assert meta.doc_number == "4144/GDĐT-VP"
    assert meta.place == "Thành phố Hồ Chí Minh"
    # a place's abbreviated level after a dash is no code of the symbol
    meta = _meta(page.replace("Số : 4144 /GDĐT – VP                                        Thành phố Hồ Chí Minh",
                              "Số : 4144 /GDĐT – VP – TX. Tân Uyên"))
    assert (meta.doc_number, meta.place) == ("4144/GDĐT-VP", "TX. Tân Uyên")


def test_letter_subject_written_ve_without_v_v_and_the_urgency_line_under_it():
    page = ("UỶ BAN NHÂN DÂN                                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "THÀNH PHỐ HỒ CHÍ MINH                                         Độc lập – Tự do – Hạnh phúc\n\n"
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
            "Số : 4144 /GDĐT – VP                                        Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018\n\n"
            "Về cho học sinh nghỉ học\n\nNgày 26/11/2018\n\n   KHẨN\n\n"
            "Kính gửi : Chủ tịch Ủy ban nhân dân các quận, huyện.\n\n"
            "Căn cứ tình hình sau cơn bão số 9, Sở Giáo dục và Đào tạo đề nghị các quận, huyện thông báo cho học sinh "
            "nghỉ học.\n")
    meta = _meta(page)
    assert (meta.doc_type, meta.title) == ("Công văn", "cho học sinh nghỉ học Ngày 26/11/2018")


def test_ve_viec_heading_in_the_body_is_no_subject():
    page = (HEADER_TWO_COLUMNS + "Kính gửi: Các trường trực thuộc.\n\nVề việc tổ chức tập huấn, Phòng đề nghị các "
            "trường cử giáo viên tham dự.\n")
    assert _meta(page).title == ""


HEADER_TWO_COLUMNS = ("UBND HUYỆN AN LẠC                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO            Độc lập - Tự do - Hạnh phúc\n"
                      "Số: 1557/PGDĐT-GDPT                 An Lạc, ngày 19 tháng 8 năm 2025\n")


def test_letter_without_its_subject_line_is_a_cong_van_by_its_address():
    meta = _meta(HEADER_TWO_COLUMNS + "Kính gửi: Hiệu trưởng các trường phổ thông trên địa bàn huyện\n"
                 "Căn cứ Công văn số 4555/BGDĐT-GDPT ngày 05 tháng 8 năm 2025 của Bộ Giáo dục và Đào tạo;\n"
                 "Phòng Giáo dục và Đào tạo hướng dẫn các trường thực hiện như sau:\n")
    assert (meta.doc_type, meta.doc_number) == ("Công văn", "1557/PGDĐT-GDPT")
    # a page that gives only the letter's body
    meta = _meta("Kính gửi:\n- Hiệu trưởng các trường Tiểu học,\n- Hiệu trưởng các trường THCS.\n"
                 "Đề nghị Hiệu trưởng các trường rà soát lại việc thu quỹ phòng, chống thiên tai.\n"
                 "Các đơn vị thực hiện trước ngày 24/3/2016.\n")
    assert meta.doc_type == "Công văn"
    # a Tờ trình whose type line the page lost keeps its own type code
    meta = _meta(HEADER_TWO_COLUMNS.replace("1557/PGDĐT-GDPT", "57/TTr-PGDĐT")
                 + "Kính gửi: Ủy ban nhân dân huyện An Lạc\nPhòng Giáo dục và Đào tạo kính trình như sau:\n")
    assert meta.doc_type == "Tờ trình"


def test_invitation_title_line_with_the_country_name_in_its_body():
    page = ("Giấy mời dự Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Mậu Tuất 2018\n\n"
            "Ủy ban nhân dân tỉnh Hải Dương tổ chức Lễ phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ”.\n\n"
            "1. Thành phần mời:\n\n- Đồng chí Chủ tịch Quốc hội nước Cộng hòa Xã hội Chủ nghĩa Việt Nam;\n\n"
            "- Lãnh đạo các sở, ban, ngành.\n\n2. Thời gian: 7 giờ 30 ngày 06/02/2018.\n")
    meta = _meta(page)
    assert meta.doc_type == "Giấy mời"
    assert meta.title.startswith("Dự Lễ phát động")


def test_page_heading_of_type_urgency_and_date_gives_the_type_only():
    meta = _meta("Thông báo Khẩn ngày 18/10/2020\n\nKính gửi:\n\nHiệu trưởng các trường MN, TH, THCS trên toàn thị xã\n"
                 "Do tình trạng ngập lụt nghiêm trọng, Phòng GD&ĐT yêu cầu các đơn vị cho học sinh nghỉ học.\n")
    assert (meta.doc_type, meta.title) == ("Thông báo", "")


def test_site_preface_naming_the_document_gives_its_own_fields():
    page = ("Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ Tổ quốc chào mừng Đại hội "
            "đại biểu MTTQ Việt Nam thị xã lần thứ IX, nhiệm kỳ 2019-2024\n\n"
            "Theo đề nghị của Ban Thường trực Ủy ban MTTQ Việt Nam thị xã tại Công văn số 275/MTTQ-BTT ngày 06/5/2019, "
            "UBND thị xã thông báo:\n\n1. Các cơ quan, đơn vị treo cờ Tổ quốc từ ngày 13 đến hết ngày 15 tháng 5 năm 2019.\n")
    document = parse_text(page, "page.txt")[0]
    meta = document.meta
    assert (meta.doc_type, meta.doc_number, meta.issued_date) == ("Thông báo", "217/TB-UBND", "2019-05-08")
    assert meta.issuer == "UBND thị xã Điện Bàn"
    assert meta.title.startswith("treo cờ Tổ quốc")
    assert [c.number_symbol for c in document.citations] == ["275/MTTQ-BTT"]  # not itself
    # the same page under the portal's post title (it read as a Công văn with no number nor date)
    titled = parse_text("Thông báo treo cờ Tổ quốc chào mừng Đại hội đại biểu MTTQ Việt Nam thị xã Điện Bàn lần thứ IX\n"
                        + page, "page.txt")[0].meta
    assert (titled.doc_type, titled.doc_number, titled.issued_date) == ("Thông báo", "217/TB-UBND", "2019-05-08")
    # and with the portal's line of the post's author, date and views between them, its download line under the
    # preface: passed over (the preface was not looked for past the author's line; the post's date was a deadline)
    posted = parse_text("Thông báo treo cờ Tổ quốc chào mừng Đại hội đại biểu MTTQ Việt Nam thị xã Điện Bàn lần thứ IX\n"
                        "Tác giả: UBND thị xã Điện Bàn .Ngày đăng: 10/05/2019 .Lượt xem: 1844 lượt.\n"
                        + page.replace("\n\n", "\nTải về: 217-2019-TB-UBND.signed.pdf\n\n", 1)
                        .replace("Tổ quốc từ ngày", "Tổ quốc trong 03 ngày từ ngày"), "page.txt")[0]
    assert (posted.meta.doc_type, posted.meta.doc_number, posted.meta.issued_date) == \
        ("Thông báo", "217/TB-UBND", "2019-05-08")
    assert not posted.meta.title.endswith(".pdf")
    assert [d.due_date for d in posted.deadlines] == ["2019-05-15"]


def test_a_post_title_with_the_number_and_date_in_a_closing_bracket_gives_the_documents_own_fields():
    # a district's plan as its portal posts it (held-out shape): `Kế hoạch <subject> (04/KH-UBND ngày 06/01/2017)`, the
    # post's weekday, date and time (`Thứ Ba, 10/01/2017 - 17:05`), then the plan without its header (main: no number
    # nor date, the plan's own number a citation, the post's date a deadline, `ngày 13 tháng Chạp` a count of 13 months)
    page = ("Kế hoạch tổ chức các hoạt động mừng Đảng - mừng Xuân Đinh Dậu năm 2017 (04/KH-UBND ngày 06/01/2017)\n\n"
            "Thứ Ba, 10/01/2017 - 17:05\n\nKẾ HOẠCH\n\nTổ chức các hoạt động mừng Đảng - mừng Xuân Đinh Dậu năm 2017\n\n"
            "Thực hiện Kế hoạch số 157/KH-UBND ngày 30/12/2016 của UBND tỉnh Lạng Sơn về tổ chức các hoạt động mừng Đảng "
            "– mừng Xuân năm Đinh Dậu 2017.\n\nII. NỘI DUNG\n\n1. Tuyên truyền, cổ động trực quan\n\n"
            "- Thời gian: Từ ngày 10/01/2017 đến ngày 25/02/2017 (tức từ ngày 13 tháng Chạp năm Bính Thân đến hết ngày 29 "
            "tháng Giêng năm Đinh Dậu).\n")
    document = parse_text(page, "page.txt")[0]
    meta = document.meta
    assert (meta.doc_type, meta.doc_number, meta.issued_date, meta.title) == (
        "Kế hoạch", "04/KH-UBND", "2017-01-06", "Tổ chức các hoạt động mừng Đảng - mừng Xuân Đinh Dậu năm 2017")
    assert [c.number_symbol for c in document.citations] == ["157/KH-UBND"]
    assert [(d.due_date, d.recurrence) for d in document.deadlines] == [("2017-02-25", "")]


def test_plan_subject_under_the_date_line_when_the_page_lost_its_type_line():
    page = ("PHÒNG GD&ĐT TP HOÀ BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TRƯỜNG TH&THCS AN LẠC Độc lập -Tự do - Hạnh phúc\n"
            "Số: /KH-TH&THCSAL X.Hòa Bình, ngày tháng 9 năm 2023\n"
            "Kiểm tra nội bộ trường học năm học 2023-2024\n"
            "Căn cứ Quyết định số 1797/QĐ-UBND ngày 07/8/2023 của Ủy ban nhân dân tỉnh Hòa Bình;\n")
    assert _meta(page).title == "Kiểm tra nội bộ trường học năm học 2023-2024"
    # a letter's (no type code) first body line under its date is no subject
    letter = page.replace("/KH-TH&THCSAL", "12/TH&THCSAL").replace(
        "Kiểm tra nội bộ trường học năm học 2023-2024\n", "Nhà trường thông báo lịch kiểm tra nội bộ\n")
    assert _meta(letter).title == ""


def test_letter_subject_after_ve_and_a_colon_keeps_no_full_stop():
    page = ("UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n*****\n\n"
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n*******\n\n"
            "Số: 2865/GDĐT –KT&KĐCL\nVề: tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT.\n\n"
            "Tp.Hồ Chí Minh, ngày 07 tháng 12 năm 2007\n\nKính gửi:\n\n- Hiệu trưởng trường Trung học phổ thông ;\n\n"
            "Theo văn bản số 906/KT- KĐ ngày 03.12.2007 của Bộ Giáo dục và Đào tạo, Sở đề nghị các trường góp ý.\n")
    meta = _meta(page)
    assert (meta.doc_type, meta.doc_number) == ("Công văn", "2865/GDĐT-KT&KĐCL")
    assert meta.title == "tham gia ý kiến về dự thảo Quy chế thi tốt nghiệp THPT"


def test_page_cut_in_the_preamble_has_no_signer_title_from_the_enacting_line():
    page = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 232/QĐ-UBND | Ninh Bình, ngày 12 tháng 4 năm 2019 |\nQUYẾT ĐỊNH\n"
            "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
            "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n")
    meta = _meta(page)
    assert (meta.signer_title, meta.signer_name) == ("", "")
    assert meta.doc_type == "Quyết định"
    # the same page with its signature block keeps the signer
    signed = _meta(page + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
                   "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTống Quang Thìn\n")
    assert (signed.signer_title, signed.signer_name) == ("Phó Chủ tịch", "Tống Quang Thìn")


def test_page_opening_at_the_plans_grounds_heading_is_a_ke_hoach():
    page = ("I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ về phê duyệt "
            "Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng năm 2030; - Quyết định số 942/QĐ-TTg ngày "
            "15/6/2021 của Thủ tướng Chính phủ về phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ "
            "số giai đoạn 2021-2025, định hướng đến năm 2030.\n")
    assert _meta(page).doc_type == "Kế hoạch"
    # a Hướng dẫn's part on how to build plans names the plans it is about, not itself
    guide = ("A. HƯỚNG DẪN XÂY DỰNG KẾ HOẠCH GIÁO DỤC CỦA NHÀ TRƯỜNG\n1. Kế hoạch giáo dục của nhà trường được xây "
             "dựng theo Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 của Bộ Giáo dục và Đào tạo.\n")
    assert _meta(guide).doc_type != "Kế hoạch"


def test_type_word_alone_in_sentence_case_over_the_subject():
    page = ("UBND HUYỆN AN LẠC\nTRƯỜNG TIỂU HỌC HÒA BÌNH\nSố: 21/KH-THHB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nAn Lạc, ngày 10 tháng 10 năm 2024\n**Kế hoạch**\n\n"
            "Tổ chức Hội nghị viên chức năm học 2024-2025\n\nCăn cứ Thông tư số 11/2020/TT-BGDĐT;\n")
    assert _meta(page).title == "Tổ chức Hội nghị viên chức năm học 2024-2025"
    # the drafting sentence right under the date (its colon lost) is the body's, no subject
    drafted = page.replace("**Kế hoạch**\n\nTổ chức Hội nghị viên chức năm học 2024-2025\n\nCăn cứ Thông tư số "
                           "11/2020/TT-BGDĐT;\n", "Nhà trường xây dựng kế hoạch như sau\nI. MỤC ĐÍCH\n")
    assert _meta(drafted).title == ""


def test_department_names_with_a_spaced_ampersand_or_two_joined_fields():
    from pipeline.frame_header import org_title_case
    assert org_title_case("PHÒNG GD & ĐT PHÚ NINH") == "Phòng GD & ĐT Phú Ninh"
    assert org_title_case("PHÒNG TÀI CHÍNH - KẾ HOẠCH HUYỆN AN LẠC") == "Phòng Tài chính - Kế hoạch huyện An Lạc"
    assert org_title_case("SỞ TÀI CHÍNH BẮC GIANG") == "Sở Tài chính Bắc Giang"


def test_a_party_documents_number_without_its_colon():
    # a Party cell's plan (thể thức văn bản của Đảng, Hướng dẫn 36-HD/VPTW, ../shared/devset/texts/fresh_15.txt: `Số`
    # then the number, a hyphen and the codes); a Party body's `Kế hoạch số …` quoted in the body is not the number
    page = ("ĐẢNG BỘ XÃ TÂN HÒA\nCHI BỘ TRƯỜNG THCS TÂN HÒA\n*\nSố 15-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Tân Hòa, ngày 12 tháng 9 năm 2024\nKẾ HOẠCH\nthực hiện công tác dân vận năm học 2024 - 2025\n"
            "Thực hiện Kế hoạch số 25-KH/ĐU ngày 05/9/2024 của Đảng ủy xã Tân Hòa về công tác dân vận năm 2024,\n"
            "Chi bộ xây dựng kế hoạch như sau:\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Chi ủy xây dựng kế hoạch cụ thể, phân công đảng viên phụ trách.\n")
    document = parse_text(page)[0]
    assert (document.meta.doc_number, document.meta.doc_type) == ("15-KH/CB", "Kế hoạch")
    assert [c.number_symbol for c in document.citations] == ["25-KH/ĐU"]
    assert ("Chi ủy", "lead") in {(p.party, p.role) for p in document.parties}  # (Điều lệ Đảng, Điều 24)
    body_only = page.replace("Số 15-KH/CB\n", "")
    assert _meta(body_only).doc_number == ""


def test_a_posts_title_with_the_number_between_its_type_and_subject():
    # An education office's notice copied from its portal (held-out): `Thông báo số: 410 /TB-PGDĐT Về việc treo cờ Tổ
    # quốc, …` on one line over the bases (main: the title began with `Số: 410 /TB-PGDĐT`)
    meta = _meta("Thông báo số: 410 /TB-PGDĐT Về việc treo cờ Tổ quốc, nghỉ Lễ Giỗ Tổ Hùng Vương năm 2026\n\n"
                 "Căn cứ Thông báo số 30/TB-SGDĐT ngày 11 tháng 4 năm 2026 của Sở Giáo dục và Đào tạo tỉnh Hậu Giang về "
                 "việc treo Cờ Tổ quốc và nghỉ Lễ Giỗ Tổ Hùng Vương năm 2026;\n")
    assert (meta.doc_type, meta.doc_number, meta.title) == (
        "Thông báo", "410/TB-PGDĐT", "Về việc treo cờ Tổ quốc, nghỉ Lễ Giỗ Tổ Hùng Vương năm 2026")


def test_a_flattened_header_whose_motto_a_legacy_font_left_with_xa_grave():
    # An education office's report copied from its portal onto one line (held-out): `UBND HUYỆN HƯƠNG KHÊ CỘNG HOÀ Xà HỘI
    # CHỦ NGHĨA VIỆT NAM PHÒNG GD&ĐT Độc lập - Tự do - Hạnh phúc Số: …` (main: no motto, the header never broken up)
    meta = _meta("UBND HUYỆN HƯƠNG KHÊ CỘNG HOÀ Xà HỘI CHỦ NGHĨA VIỆT NAM PHÒNG GD&ĐT Độc lập - Tự do - Hạnh phúc Số: "
                 "12/PGD&ĐT-TH Hương Khê, ngày 15 tháng 9 năm 2010 KẾ HOẠCH Tổ chức hội thi giáo viên dạy giỏi cấp huyện "
                 "năm học 2010-2011 Căn cứ Công văn số 12/SGDĐT ngày 12/8/2010 của Sở GD&ĐT. I. MỤC ĐÍCH 1. Phát huy.\n")
    assert (meta.issuer, meta.doc_type, meta.doc_number, meta.title) == (
        "Phòng GD&ĐT", "Kế hoạch", "12/PGD&ĐT-TH", "Tổ chức hội thi giáo viên dạy giỏi cấp huyện năm học 2010-2011")


@pytest.mark.parametrize("type_line", ["QUYẾT ĐỊNH\n", ""])
def test_a_decision_whose_copy_lost_the_headers_second_line_names_its_body_in_the_enacting_line(type_line):
    # Two provincial decisions copied from a legal portal (held-out): `ỦY BAN NHÂN DÂN | CỘNG HÒA …` ⏎ `Số: …` ⏎ (`QUYẾT
    # ĐỊNH` ⏎) the subject ⏎ `ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH` ⏎ `Căn cứ …` (main: issuer `Ủy ban nhân dân`, the enacting
    # line read into the title, or no title at all where the type line was lost too)
    meta = _meta("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                 "Số: 47/2005/QĐ-UBND | Đồng Hới, ngày 08 tháng 9 năm 2005 |\n" + type_line +
                 "VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ BẦU, MIỄN NHIỆM, BÃI NHIỆM TRƯỞNG THÔN, BẢN, TIỂU KHU\n"
                 "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\n"
                 "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\n"
                 "Xét đề nghị của Giám đốc Sở Nội vụ tại Công văn số 718/SNV ngày 19/8/2005,\nQUYẾT ĐỊNH\n"
                 "Điều 1. Ban hành kèm theo Quyết định này Quy định về bầu, miễn nhiệm, bãi nhiệm Trưởng thôn.\n")
    assert (meta.issuer, meta.doc_type, meta.title) == (
        "Ủy ban nhân dân tỉnh Quảng Bình", "Quyết định",
        "VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ BẦU, MIỄN NHIỆM, BÃI NHIỆM TRƯỞNG THÔN, BẢN, TIỂU KHU")


@pytest.mark.parametrize("enacting_line, title", [("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "QUYẾT ĐỊNH\nBAN HÀNH KHUNG KẾ HOẠCH "
                                                    "THỜI GIAN NĂM HỌC 2018-2019\n"), ("ỦY BAN NHÂN DÂN TỈNH", "")])
def test_an_enacting_line_naming_the_level_alone_completes_the_body_with_the_place_of_the_date_line(enacting_line, title):
    # Provincial decisions copied from a legal portal (held-out shape): the header's `ỦY BAN NHÂN DÂN` without its second
    # line, the enacting formula `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` or `ỦY BAN NHÂN DÂN TỈNH` without the place (main: issuer
    # `Ủy ban nhân dân`, and where the type line was lost too, the enacting line taken for the title)
    meta = _meta("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                 "Số: 1771/QĐ-UBND | Đắk Lắk, ngày 02 tháng 8 năm 2018 |\n" + title + enacting_line + "\n"
                 "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
                 "Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 120/TTr-SGDĐT ngày 25/7/2018,\n"
                 "QUYẾT ĐỊNH:\nĐiều 1. Ban hành khung kế hoạch thời gian năm học 2018-2019.\n")
    assert (meta.issuer, meta.title) == ("Ủy ban nhân dân tỉnh Đắk Lắk", title.split("\n")[1] if title else "")


def test_a_weekday_before_a_date_in_the_body_is_no_place():
    # A commune's holiday notice copied without its header (held-out): `Cán bộ, công chức … đi làm Thứ bảy, ngày 25 tháng 4
    # năm 2015 để nghỉ …` (main: place `Thứ bảy`, issued 2015-04-25)
    meta = _meta("Thông báo nghỉ lễ, treo cờ tổ quốc nhân dịp lễ 30/4 và 01/5/2015\n\n1. Về nghỉ lễ\n\n"
                 "Cán bộ, công chức và người hoạt động không chuyên trách đi làm Thứ bảy, ngày 25 tháng 4 năm 2015 để nghỉ "
                 "Thứ tư, ngày 29 tháng 4 năm 2015.\n")
    assert (meta.place, meta.issued_date) == ("", "")


@pytest.mark.parametrize("number_line, number", [("Số 2449 -CV/ĐU", "2449-CV/ĐU"), ("Số 04/ KH-THPT", "04/KH-THPT"), ("Số 04/ KH-THPTTX. PL", "04/KH-THPTTX.PL"),
                                                 ("Số 15-KH/CB", "15-KH/CB"), ("Số 03 - KH/ĐU", "03-KH/ĐU"),
                                                 ("Số: 03 - KH/ĐU", "03-KH/ĐU")])
def test_numbers_typed_without_a_colon(number_line, number):
    # a Party committee's letter as pdftotext lays it out: the number without its colon (a space strayed before the
    # hyphen), its trích yếu a lower-case `về việc` line under it with no `V/v`
    page = ("     ĐẢNG BỘ TỈNH YÊN BÁI                             ĐẢNG CỘNG SẢN VIỆT NAM\n ĐẢNG ỦY CÁC CƠ QUAN TỈNH\n"
            "                                                      Yên Bái, ngày 07 tháng 9 năm 2026\n               *\n"
            f"         {number_line}\nvề việc triển khai thực hiện Chương trình hành động\nsố 14-CTr/TU ngày 30/8/2026 "
            "của Tỉnh ủy Yên Bái\n\n\n                  Kính gửi: - Các chi bộ, đảng bộ cơ sở.\n\n"
            "Thực hiện Chương trình hành động số 14-CTr/TU, Ban Thường vụ Đảng ủy đề nghị các chi bộ triển khai.\n")
    meta = _meta(page)
    assert meta.doc_number == number
    assert meta.title == "về việc triển khai thực hiện Chương trình hành động số 14-CTr/TU ngày 30/8/2026 của Tỉnh ủy Yên Bái"


@pytest.mark.parametrize("place", ["Quận 2", "Phường 3", "Quận 10"])
def test_a_city_district_numbered_in_the_date_line(place):
    # Hồ Chí Minh City's districts and wards were numbered (`Quận 2`, `Phường 3`): a school's date line names them so
    page = ("ỦY BAN NHÂN DÂN QUẬN 2\nTRƯỜNG TIỂU HỌC AN PHÚ\nSố: 45/KH-THAP\n"
            f"{place}, ngày 06 tháng 9 năm 2020\nKẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng năm học 2020 - 2021\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Tạo sân chơi lành mạnh cho học sinh.\n")
    meta = _meta(page)
    assert (meta.place, meta.issued_date) == (place, "2020-09-06")


_MARKDOWN_LETTER = (
    "| **BỘ GIÁO DỤC VÀ ĐÀO TẠO** <br><br> Số: 6240 /BGDĐT-KHCNTT <br> V/v hướng dẫn kết nối dữ liệu | "
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** <br> **Độc lập - Tự do - Hạnh phúc** <br><br> *Hà Nội, ngày 15 tháng 09 "
    "năm 2026* |\n| :--- | :--- |\n\n{stamp}\n"
    "Kính gửi: Các cơ sở giáo dục đại học.\n\nBộ Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục đại học kết nối dữ "
    "liệu như sau:\n1. Các cơ sở giáo dục đại học báo cáo về Bộ trước ngày 30/9/2026.\n\n"
    "| **Nơi nhận:** | **KT. BỘ TRƯỞNG** <br> **THỨ TRƯỞNG** |\n| :--- | :--- |\n"
    "| - Như trên;<br>- Lưu: VT, KHCNTT. | *(Đã ký)* <br><br><br> **Phạm Quang Hưng** |\n")


@pytest.mark.parametrize("stamp", ["", "> **TRƯỜNG ĐẠI HỌC QUY NHƠN**  \n> **ĐẾN** Số: 1998  \n> Ngày: 15/9/2026  \n",
                                   "TRƯỜNG ĐẠI HỌC QUY NHƠN\nCÔNG VĂN ĐẾN\nSố: 1998\nNgày: 15/9/2026\n"])
def test_a_letter_converted_to_markdown_with_its_cells_broken_by_br_tags(stamp):
    # a scanned letter converted to Markdown (the header and signature as tables whose cells break lines with `<br>`),
    # perhaps with the incoming-mail stamp of the university that received it, set apart as a quote or not: the
    # header's number and the signer are read, and the stamp's body is not the issuer
    meta = _meta(_MARKDOWN_LETTER.format(stamp=stamp))
    assert (meta.issuer, meta.doc_number, meta.issued_date) == ("Bộ Giáo dục và Đào tạo", "6240/BGDĐT-KHCNTT", "2026-09-15")
    assert (meta.signer_name, meta.signer_title) == ("Phạm Quang Hưng", "Thứ trưởng")


def test_a_motto_whose_last_letter_was_lost_is_no_part_of_the_issuer():
    # a commune's letter typed with the motto's last letter lost at the cell's end (`… VIỆT NA`), the header's cells
    # one a line with blank lines between, as a Word file saved as text gives them
    page = ("     ỦY BAN NHÂN DÂN\n\nXÃ HOẰNG LƯU\n\n \n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NA\n"
            "           Độc lập - Tự do - Hạnh phúc\n\n  \n\n               Số:   05   /UBND-VHTT"
            "                                 Hoằng Lưu, ngày  19    tháng  01   năm 2021\n\n"
            "  V/v tổ chức vệ sinh môi trường đón xuân\n\n          Kính gửi: Các thôn trên địa bàn xã.\n\n"
            "UBND xã đề nghị các thôn tổ chức tổng vệ sinh môi trường.\n")
    meta = _meta(page)
    assert (meta.issuer, meta.doc_number, meta.issued_date) == ("Ủy ban nhân dân xã Hoằng Lưu", "05/UBND-VHTT", "2021-01-19")


def test_a_date_line_whose_place_was_left_out_takes_no_place_from_the_motto():
    # a union's plan copied from a web page: the motto typed with en dashes beside the body, the date line's place left
    # out (`, Ngày 10 tháng 11 năm 2009`): the date is read, the motto's `Hạnh phúc` is no place
    page = ("LIÊN ĐOÀN LAO ĐỘNG TỈNH TRÀ VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT NGUYỄN ĐÁNG Độc lập –Tự do– Hạnh phúc\n, Ngày 10 tháng 11 năm 2009\n"
            "KẾ HOẠCH\nTHỰC HIỆN PHONG TRÀO “DÂN VẬN KHÉO”\nI Mục đích yêu cầu:\nDân vận khéo là dân vận sát dân.\n")
    meta = _meta(page)
    assert (meta.place, meta.issued_date) == ("", "2009-11-10")
    assert meta.issuer == "Công đoàn cơ sở Trường THPT Nguyễn Đáng"  # (the motto cut at its en dash; the school named as it names itself)


def test_a_title_whose_period_is_a_paragraph_of_its_own():
    # a Youth Union cell's plan as a Word file saved as text gives it: each line of the title a paragraph, blank lines
    # between; the school year under the subject is part of the title, the grounds after it are not
    page = ("ĐOÀN XÃ PHỤNG THƯỢNG\nCHI ĐOÀN TRƯỜNG TH HAI BÀ TRƯNG\n\n \n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Độc lập – Tự do – Hạnh phúc\n \n\nKẾ HOẠCH\n\nCông tác Đoàn và phong trào thanh niên\n\nNăm học 2019 – 2020\n\n"
            "Căn cứ Kế hoạch hoạt động đoàn xã Phụng Thượng năm 2019;\n")
    assert _meta(page).title == "Công tác Đoàn và phong trào thanh niên Năm học 2019 – 2020"


def test_a_letter_shown_without_its_header_under_its_subject_line():
    # A Sở's letter as its portal shows it (held-out shape, Hưng Yên 2019): the page opens with the letter's `Về việc …`
    # line and goes on with its body; no type was read.
    meta = _meta("Về việc góp ý vào dự thảo Đề án bảo tồn và phát triển vùng trồng nhãn, vải tỉnh Hưng Yên\n\n"
                 "Thực hiện Quyết định số 307/QĐ-UBND ngày 17/01/2019 của UBND tỉnh Hưng Yên, Sở Nông nghiệp và PTNT đã "
                 "xây dựng xong dự thảo Thuyết minh đề án.\n\nSở đề nghị Quý cơ quan tham gia góp ý bằng văn bản gửi Sở "
                 "trước ngày 19/7/2019.\n")
    assert (meta.doc_type, meta.title) == ("Công văn", "Về việc góp ý vào dự thảo Đề án bảo tồn và phát triển vùng trồng "
                                                        "nhãn, vải tỉnh Hưng Yên")


def test_a_hyphen_the_copy_lost_between_type_and_issuer_codes_is_restored_in_both_numbers():
    # a provincial decision as a document site's text copy of its PDF gives it: the hyphens (and the motto's dashes) lost
    page = ("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n\nSố: 1961/QĐUBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập  Tự do  Hạnh phúc\n\nKiên Giang, ngày 28 tháng 8 năm 2019\n\nQUYẾT ĐỊNH\n"
            "BAN HÀNH QUY CHẾ PHỐI HỢP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO CƠ CHẾ MỘT CỬA\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\n"
            "Căn cứ Nghị quyết số 30c/NQCP ngày 08 tháng 11 năm 2011 của Chính phủ ban hành Chương trình Tổng thể cải "
            "cách hành chính nhà nước giai đoạn 2011-2020;\n"
            "Căn cứ Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh về việc thành lập "
            "Trung tâm Phục vụ hành chính công tỉnh Kiên Giang;\n"
            "Căn cứ Kết luận số 123/TTCP ngày 05 tháng 3 năm 2019 của Thanh tra Chính phủ;\n")
    document = parse_text(page, "qd-1961.txt")[0]
    assert document.meta.doc_number == "1961/QĐ-UBND"  # as another document's `Quyết định số 1961/QĐ-UBND` keys it
    symbols = {c.number_symbol for c in document.citations}
    assert {"30c/NQ-CP", "2468/QĐ-UBND"} <= symbols
    assert "123/TTCP" in symbols  # Thanh tra Chính phủ's own code, no type glued to it


def test_a_title_stops_at_a_basis_bulleted_with_an_en_dash():
    # a school portal's plan: its bases under the title, each opened by the en dash the web editor drew
    page = ("PHÒNG GD&ĐT HUYỆN AN PHÚ\nTRƯỜNG MẦM NON BÌNH MINH\nSố: 45/KH-MN\nAn Phú, ngày 10 tháng 9 năm 2024\n"
            "KẾ HOẠCH\nThực hiện quy chế dân chủ năm học 2024 - 2025\n"
            "– Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;\n"
            "– Căn cứ Kế hoạch số 12/KH-PGDĐT ngày 09/9/2024 của Phòng GD&ĐT;\n"
            "Trường Mầm non Bình Minh xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    assert _meta(page).title == "Thực hiện quy chế dân chủ năm học 2024 - 2025"


def test_a_youth_units_header_and_its_plans_period_under_a_subject_in_capitals():
    # a school's Youth Union cell writes its plan so (Điều lệ Đoàn TNCS Hồ Chí Minh: a cell of a school is `Chi đoàn`):
    # the school's short level (`TH`) before its name, the period on a line of its own, with or without a colon
    page = ("ĐOÀN TNCS HỒ CHÍ MINH\n\nCHI ĐOÀN TH HÒA BÌNH\n\nSố: 03/KH-ĐTN\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc\n\nHòa Bình, ngày 15 tháng 9 năm 2023\n\n"
            "KẾ HOẠCH\n\nCÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH NIÊN\n\nNăm học: 2023 - 2024\n\n"
            "Căn cứ chương trình công tác Đoàn năm học 2023 - 2024 của Huyện đoàn;\n")
    meta = _meta(page)
    assert (meta.issuer, meta.issuer_parent) == ("Chi đoàn TH Hòa Bình", "Đoàn TNCS Hồ Chí Minh")
    assert meta.title == "CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH NIÊN Năm học: 2023 - 2024"
    unspaced = page.replace("\n\nNăm học: ", "\nNăm học ")
    assert _meta(unspaced).title == "CÔNG TÁC ĐOÀN VÀ PHONG TRÀO THANH NIÊN Năm học 2023 - 2024"


def test_a_schools_own_name_inside_its_party_cell_or_union_keeps_its_capital():
    from pipeline.frame_header import org_title_case
    # Hướng dẫn 36-HD/VPTW: a Party cell's header `ĐẢNG BỘ XÃ …` ⏎ `CHI BỘ TRƯỜNG THCS …`; the school is named as it names itself
    assert org_title_case("CHI BỘ TRƯỜNG THCS HÒA BÌNH") == "Chi bộ Trường THCS Hòa Bình"
    assert org_title_case("CÔNG ĐOÀN TRƯỜNG TIỂU HỌC AN BÌNH") == "Công đoàn Trường Tiểu học An Bình"
    assert org_title_case("ĐẢNG BỘ XÃ HÒA BÌNH") == "Đảng bộ xã Hòa Bình"


def test_a_web_posts_title_line_gives_the_letters_number_and_no_citation_of_it():
    # a district education office's portal posts its letter without the header: the post's first line names it by type
    # and number with its trích yếu; the basis it names runs to its issuer, not on to the address below
    page = ("Công văn số 412/PGD&ĐT V/v rà soát danh sách học sinh được mượn sách giáo khoa năm học 2017-2018 theo Nghị "
            "quyết số 08/2016/NQ-HĐND ngày 03/8/2016 của HĐND tỉnh\n\n"
            "Kính gửi: Các trường tiểu học và THCS trong huyện\n\n"
            "Phòng GD&ĐT đề nghị các trường rà soát, lập danh sách học sinh.\n")
    doc = parse_text(page)[0]
    assert (doc.meta.doc_type, doc.meta.doc_number) == ("Công văn", "412/PGD&ĐT")
    assert [(c.number_symbol, c.issuer) for c in doc.citations] == [("08/2016/NQ-HĐND", "HĐND tỉnh")]
    # a post that cites a letter first is no title line
    cited = parse_text("Căn cứ Công văn số 412/PGD&ĐT ngày 03/8/2017 của Phòng GD&ĐT,\nnhà trường thông báo.\n")[0]
    assert cited.meta.doc_number == "" and [c.number_symbol for c in cited.citations] == ["412/PGD&ĐT"]


def test_a_posts_date_and_time_under_its_title_are_neither_title_nor_deadline():
    # a Sở's portal posting an urgent notice (written as such portals print it): the title line, the post's weekday,
    # date and time, then the body; and a commune's plan posted with its date alone under the title
    notice = parse_text("Thông báo khẩn cho học sinh, học viên nghỉ học 02 ngày (25 và 26/12/2017)\n"
                        "Chủ nhật – 24/12/2017 21:35\n"
                        "Thực hiện chỉ đạo khẩn của Giám đốc Sở Giáo dục và Đào tạo về việc phòng, chống bão số 16, yêu "
                        "cầu các cơ sở giáo dục thực hiện các nội dung cụ thể như sau:\n"
                        "1. Các trường học tổ chức cho học sinh nghỉ học trong 02 ngày (25 và 26 tháng 12 năm 2017);\n",
                        "page.txt")[0]
    assert notice.meta.title == "Khẩn cho học sinh, học viên nghỉ học 02 ngày (25 và 26/12/2017)"
    plan = parse_text("KẾ HOẠCH số 44 Tổ chức tiếp xúc cử tri trước kỳ họp thứ VII HĐND xã Nam Cao\nNgày 07/12/2023\n\n"
                      "Căn cứ Kế hoạch số 07/KH-HĐND ngày 02/11/2023 của Thường trực HĐND xã, Ban Thường trực Ủy ban MTTQ "
                      "Việt Nam xã xây dựng kế hoạch như sau:\n1. Thời gian: 07h30 ngày 13/12/2023.\n", "page.txt")[0]
    assert [d.due_date for d in plan.deadlines] == ["2023-12-13"]


def test_a_party_boards_plan_posted_under_its_weekday_and_date_gives_its_own_fields():
    # a Party board's plan as a news portal reposts it (written as such pages are): the post's weekday and date alone
    # on the first line, then a preface naming the plan by its Party symbol (`1600-KH/BDVTW`, a hyphen before its type)
    page = ("Thứ Sáu, 7/10/2022\nKế hoạch số 1600-KH/BDVTW ngày 28/02/2018 của Ban Dân vận Trung ương về Kế hoạch công tác "
            "năm 2018\n\nCăn cứ Quyết định số 78-QĐ/TW, ngày 10/4/2012 của Bộ Chính trị về chức năng, nhiệm vụ của Ban "
            "Dân vận Trung ương;\n\nI - NHIỆM VỤ\n\n1. Nhiệm vụ trọng tâm\n")
    document = parse_text(page, "page.txt")[0]
    meta = document.meta
    assert (meta.doc_type, meta.doc_number, meta.issued_date, meta.issuer) == \
        ("Kế hoạch", "1600-KH/BDVTW", "2018-02-28", "Ban Dân vận Trung ương")
    assert [c.number_symbol for c in document.citations] == ["78-QĐ/TW"]
    assert not document.deadlines  # (the post's date was one)
    posted = parse_text("Đăng vào Thứ bảy, ngày 20/04/2024\nHƯỚNG DẪN xây dựng mô hình “Dân vận khéo”\n" + page[19:],
                        "page.txt")[0]
    assert "2024-04-20" not in [d.due_date for d in posted.deadlines]


def test_a_school_template_posted_with_its_blanks_reads_its_own_fields():
    # a school's decision as a document site shows it (written as such templates are): its place and its parent's name
    # left as dots, the subject typed in brackets with its `V/v`
    meta = _meta("PHÒNG GD&ĐT ………..\nTRƯỜNG THCS …………\nSố: 15/QĐ-THCS\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                 "Độc lập – Tự do – Hạnh phúc\n…………, ngày 15 tháng 8 năm 2018\n\nQUYẾT ĐỊNH\n"
                 "(V/v Ban hành quy chế phối hợp giữa Chính quyền và Công đoàn)\nHIỆU TRƯỞNG TRƯỜNG THCS ………….\n"
                 "- Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ;\n")
    assert (meta.doc_type, meta.issued_date, meta.place) == ("Quyết định", "2018-08-15", "")
    assert meta.title == "Ban hành quy chế phối hợp giữa Chính quyền và Công đoàn"


def test_a_posts_title_over_a_header_whose_motto_was_cut_is_not_its_type_line():
    # a kindergarten's decision under its portal's post title in capitals (written as such pages are): the motto lost
    # its last word, the number a full stop after it; the decision's own type line follows the `Số:` line
    meta = _meta("QUY CHẾ THI ĐUA KHEN THƯỞNG\n\nThứ bảy - 29/09/2018 20:36\nUBND HUYỆN CAN LỘC\nTRƯỜNG MN HOA HỒNG\n"
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n Độc lập - Tự do -Hạnh phúc\n  Số: 10./QĐ- MN\n \n"
                 "Thị Trấn Nghèn, ngày 6 tháng 9 năm 2018\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế Thi đua, Khen thưởng.\n"
                 "HIỆU TRƯỞNG TRƯỜNG MẦM NON HOA HỒNG\nCăn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;\n")
    assert (meta.doc_type, meta.doc_number) == ("Quyết định", "10/QĐ-MN")
    assert meta.title == "Về việc ban hành Quy chế Thi đua, Khen thưởng"


@pytest.mark.parametrize("page, title", [
    # a ward's portal: the post's title and time, then the type alone in sentence case, then the subject
    ("Thông báo Kế hoạch điều tra phổ cập giáo dục Phường 3 giai đoạn 2022-2026\n(05/09/2022 13:58:05)\n\nThông báo\n\n"
     "Kế hoạch điều tra phổ cập giáo dục Phường 3 giai đoạn 2022-2026\n\n    Nhằm thống kê đầy đủ thông tin, số liệu của "
     "công dân độ tuổi từ 0 đến 60 tuổi.\n", "Kế hoạch điều tra phổ cập giáo dục Phường 3 giai đoạn 2022-2026"),
    # an office's notice whose PDF's narrow column broke its type and subject one word a line
    ("THÔNG\nBÁO\nVề\nviệc điều chỉnh thời gian duyệt tuyển sinh cấp học Mầm non\nKính gửi: Thủ trưởng các đơn vị Mầm "
     "non\ntrực thuộc Phòng GD&ĐT.\nThực hiện theo Kế hoạch số 1317/KH-UBND ngày 18/6/2019 của UBND huyện Lệ Thủy, Phòng "
     "GD&ĐT lưu ý thêm một số vấn đề như sau:\n", "Về việc điều chỉnh thời gian duyệt tuyển sinh cấp học Mầm non"),
])
def test_a_pages_type_alone_on_one_of_its_first_lines_types_it(page, title):
    meta = _meta(page)
    assert (meta.doc_type, meta.title) == ("Thông báo", title)


def test_a_posts_title_naming_its_type_and_subject_types_a_headerless_page():
    # a district's portal (written as such pages are): the post's title, its relative age, the body without its header
    page = ("Thông Báo về việc tăng cường phòng, chống dịch Covid-19 trong dịp nghỉ Lễ 30/4 và 1/5.\n\n277\n\n"
            "Căn cứ Công văn số 137/UBND-YT ngày 28 tháng 04 năm 2023 của Ủy ban nhân dân Quận 1 về tăng cường phòng, chống "
            "dịch COVID-19;\n")
    meta = _meta(page)
    assert (meta.doc_type, meta.title) == ("Thông báo", "về việc tăng cường phòng, chống dịch Covid-19 trong dịp nghỉ Lễ "
                                                        "30/4 và 1/5")
    aged = _meta("THÔNG BÁO TỔ CHỨC RA QUÂN TỔNG VỆ SINH MÔI TRƯỜNG TRÊN ĐỊA BÀN PHƯỜNG\n17 giờ trước\n"
                 "Chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh;\n"
                 "Phường Ba Đình tổ chức ra quân tổng vệ sinh môi trường trên toàn địa bàn phường.\n")
    assert aged.title == "TỔ CHỨC RA QUÂN TỔNG VỆ SINH MÔI TRƯỜNG TRÊN ĐỊA BÀN PHƯỜNG"
    # the subject after a colon (a commune's post, held-out shape; main: no title)
    colon = _meta("Thông báo: Treo Quốc kỳ và nghỉ tết Dương lịch năm 2026\n\n          Căn cứ Thông báo số 200/TB-UBND "
                  "ngày 05/12/2025 của Ủy ban nhân dân tỉnh An Giang về việc treo Quốc kỳ và nghỉ tết Dương lịch năm 2026;\n")
    assert (colon.doc_type, colon.title) == ("Thông báo", "Treo Quốc kỳ và nghỉ tết Dương lịch năm 2026")


@pytest.mark.parametrize("number_line, number", [
    ("           SỐ 16 KH/ĐTN                                    An Phú, ngày 15 tháng 12 năm 2015", "16-KH/ĐTN"),
    ("         Số: 01 NQ/CB", "01-NQ/CB"),
    # (an en dash for the hyphen, a blank after the slash: `Số  15 – KH/ ĐT`, and `Số: 58-HD/ ĐUHVCSPT`)
    ("          Số  15 – KH/ ĐT                                            An Phú, ngày 24 tháng 02 năm 2018", "15-KH/ĐT"),
    ("Số: 58-HD/ ĐTN", "58-HD/ĐTN"),
])
def test_a_party_number_typed_with_a_blank_for_its_hyphen(number_line, number):
    # a Youth Union's and a Party cell's headers, the hyphen of `16-KH/ĐTN` typed as a blank
    page = ("       HUYỆN ĐOÀN AN PHÚ                              ĐOÀN TNCS HỒ CHÍ MINH\n\nĐOÀN TRƯỜNG THPT AN PHÚ\n\n"
            f"                        ***\n\n{number_line}\n\nKẾ HOẠCH\n\nKẾT NẠP ĐOÀN LẦN THỨ I NĂM HỌC 2015 – 2016\n")
    meta = parse_text(page)[0].meta
    # (before: no number, and the number line read into the issuer: `Đoàn Trường THPT An Phú Số 16 Kh/đtn`)
    assert (meta.doc_number, meta.issuer) == (number, "Đoàn Trường THPT An Phú")


def test_the_unions_name_in_the_mottos_place_is_no_issuer():
    # a primary school's Young Pioneers' plan posted as text: the council over the unit, then the union's name that a
    # header prints right of them, in the motto's place (was the issuer)
    page = ("Kế hoạch tổ chức Đại hội Cháu ngoan Bác Hồ\n\nHỘI ĐỒNG ĐỘI HUYỆN THỦ THỪA\n\nLIÊN ĐỘI TRƯỜNG TH BÌNH CANG\n\n"
            "ĐOÀN TNCS HỒ CHÍ MINH\n\nBình Thạnh, ngày 03  tháng 05  năm 2018\n\nKẾ HOẠCH\nTỔ CHỨC ĐẠI HỘI CHÁU NGOAN BÁC HỒ "
            "NĂM HỌC 2017 – 2018\n")
    meta = parse_text(page)[0].meta
    assert (meta.issuer, meta.issuer_parent) == ("Liên đội Trường TH Bình Cang", "Hội đồng đội huyện Thủ Thừa")


def test_the_lower_body_typed_in_sentence_case_under_its_parent():
    # a school Party cell's plan on its ward's portal: the cell's line typed in sentence case under the ward's Party
    # committee in capitals (was the committee as issuer); a scan's garbled lines are no such name (devset fresh_13)
    page = ("Tổ chức Đại hội chi bộ nhiệm kỳ 2022 - 2025\nĐẢNG ỦY PHƯỜNG BIÊN GIANG\nChi bộ trường THCS Biên Giang\n*\n"
            "Số 08-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n\n\nBiên Giang, ngày 04 tháng 4 năm 2022\n\nKẾ HOẠCH\nTổ chức Đại hội chi bộ "
            "nhiệm kỳ 2022 - 2025\n")
    meta = parse_text(page)[0].meta
    assert (meta.issuer, meta.issuer_parent, meta.doc_number) == \
        ("Chi bộ Trường THCS Biên Giang", "Đảng ủy phường Biên Giang", "08-KH/CB")


@pytest.mark.parametrize("school", ["TRƯỜNG MẦM NON 1/6", "TRƯỜNG THCS 19/5"])
def test_a_school_named_after_a_day_is_the_headers_lowest_body(school):
    # a kindergarten's header copied from its portal, the columns one space apart (held-out shape): the school named
    # after Children's Day was read as a number line, the district's committee above it the issuer
    meta = _meta(f"UBND HUYỆN TÂN HỒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{school} Độc lập –Tự do – Hạnh phúc\n\n"
                 "Số: /KH-MN1/6 Tân Hồng, ngày 29 tháng 8 năm 2022\n\nKẾ HOẠCH\n"
                 "Tổ chức “Ngày hội đến trường của bé” năm học 2022-2023\n\nI. Mục đích yêu cầu\n")
    assert (meta.issuer, meta.issuer_parent) == (school.replace("TRƯỜNG MẦM NON", "Trường Mầm non")
                                                 .replace("TRƯỜNG THCS", "Trường THCS"), "UBND huyện Tân Hồng")


def test_a_letter_whose_issuers_code_spells_a_types_and_whose_date_line_has_no_comma():
    # the Ministry's inspectorate writing to the provinces (held-out shape): `Số: 248/TTr` (TTr its own code, Thanh tra,
    # not a Tờ trình's), `V/v: …`, then `Hà Nội ngày 30 tháng 3 năm 2010` without its comma (main: a Tờ trình, the date
    # line read into the subject)
    meta = _meta("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTHANH TRA\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "Độc lập – Tự do – Hạnh phúc\n---------\n\nSố: 248/TTr\nV/v: Hướng dẫn thanh tra thi tốt nghiệp THPT năm "
                 "2010\n\nHà Nội ngày 30 tháng 3 năm 2010\n\nKính gửi:\n\n- Các sở giáo dục và đào tạo;\n\n"
                 "Thực hiện Chỉ thị số 4899/CT-BGDĐT ngày 04/8/2009 của Bộ trưởng Bộ Giáo dục và Đào tạo, Bộ GD&ĐT hướng "
                 "dẫn công tác thanh tra thi tốt nghiệp trung học phổ thông năm 2010 như sau:\n")
    assert (meta.doc_type, meta.doc_number, meta.title, meta.issued_date) == (
        "Công văn", "248/TTr", "Hướng dẫn thanh tra thi tốt nghiệp THPT năm 2010", "2010-03-30")


def test_an_attached_rules_date_is_its_decisions_in_the_note_under_its_title():
    # a school's rule on democracy posted without the decision issuing it (held-out shape): `(Ban hành kèm theo Quyết định
    # số …/QĐ ngày 19/10/2019` ⏎ `của Hiệu trưởng trường THCS Quảng Tiến)` (main: no date, the year the text's commonest,
    # 2000, of the Ministry's rule it cites)
    meta = _meta("QUY CHẾ\n\nthực hiện dân chủ trong hoạt động nhà trường\n\n(Ban hành kèm theo Quyết định số …/QĐ ngày "
                 "19/10/2019\n\n của Hiệu trưởng trường THCS Quảng Tiến)\n\nCHƯƠNG I\n\nNHỮNG QUI ĐỊNH CHUNG\n\n"
                 "Điều 1. Mục đích thực hiện dân chủ trong nhà trường\n\n  1. Thực hiện tốt những điều trong Luật Giáo dục "
                 "và Quyết định 04/2000/QĐ-BGD&ĐT ngày 01/3/2000 của Bộ Giáo dục – Đào tạo về việc ban hành qui chế thực "
                 "hiện dân chủ trong hoạt động của nhà trường năm 2000.\n")
    assert (meta.doc_type, meta.issued_date, meta.year) == ("Quy chế", "2019-10-19", 2019)


@pytest.mark.parametrize("office", ["PGD & ĐT XUYÊN MỘC", "PGD&ĐT XUYÊN MỘC"])
def test_a_schools_header_under_its_education_office_abbreviated(office):
    # a primary school's decision (held-out shape): `PGD & ĐT XUYÊN MỘC` over `TRƯỜNG TH KIM ĐỒNG`, or both on one line
    # (main: no issuer, `PGD` no body's head)
    for header in (f"{office}\nTRƯỜNG TH KIM ĐỒNG\n", f"{office} TRƯỜNG TH KIM ĐỒNG\n"):
        meta = _meta(header + "Số: 02/QĐ-KĐ\nHòa Hội, ngày 09 tháng 10 năm 2012\n\nQUYẾT ĐỊNH\nBan hành Quy định về công tác "
                     "kiểm tra định kì\n\nCăn cứ Thông tư số 41/2010/TT-BGDĐT ngày 30 tháng 12 năm 2010;\n")
        assert (meta.issuer, meta.issuer_parent) == ("Trường TH Kim Đồng", office.replace("XUYÊN MỘC", "Xuyên Mộc"))


def test_a_prefaces_issuer_over_the_enacting_line_in_capitals_of_a_page_without_header():
    """A Party decision copied without its header (held-out shape): the preface names it (`Quyết định số 290-QĐ/TW, ngày
    25/02/2010 của Bộ Chính trị về việc …`), and the only line in capitals is the enacting one above the articles
    (`BỘ CHÍNH TRỊ QUYẾT ĐỊNH`), which the header reader took for the issuer (`Bộ Chính trị quyết định`)."""
    meta = _meta("Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị về việc ban hành Quy chế công tác dân vận "
                 "của hệ thống chính trị\n\n- Căn cứ Điều lệ Đảng;\n\n- Căn cứ yêu cầu, nhiệm vụ công tác dân vận trong "
                 "thời kỳ mới,\n\nBỘ CHÍNH TRỊ QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế công tác "
                 "dân vận của hệ thống chính trị.\n")
    assert (meta.issuer, meta.doc_type, meta.doc_number, meta.issued_date) == (
        "Bộ Chính trị", "Quyết định", "290-QĐ/TW", "2010-02-25")
