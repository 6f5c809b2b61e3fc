"""Document fields read from real headers and closing blocks (../shared/devset, ../shared/wild, corpus/):
letters with `V/v` subjects, stacked and flattened headers, blank or stamped numbers, signature blocks
in two columns, flattened onto one line, or signed on behalf of a superior."""
from __future__ import annotations

import regex

from pipeline.api import parse_file, parse_text
from pipeline.frame_header import header_issuer
from pipeline.frame_signature import extract_signature
from pipeline.textfold import squash

from .conftest import CORPUS, devset_file, wild_file


def _meta(path):
    return parse_file(str(path))[0].meta


def test_vv_subject_wrapped_over_five_lines_is_the_title_of_a_cong_van():
    meta = _meta(devset_file("fresh_08.txt"))
    assert meta.doc_type == "Công văn"
    assert meta.title == ("hướng dẫn một số nội dung bổ nhiệm chức danh nghề nghiệp đối với viên chức diện "
                          "hết thời gian tập sự và diện không thực hiện chế độ tập sự")


def test_vv_on_the_number_line_of_a_header_cut_into_table_cells():
    # `| Số: 8424/VPCP-KTTH V/v: trợ cấp một lần … | Hà Nội , ngày 27 tháng 10 năm 2014 |`
    meta = _meta(wild_file("src_congbot_41.txt"))
    assert (meta.doc_type, meta.doc_number) == ("Công văn", "8424/VPCP-KTTH")
    assert meta.title == "trợ cấp một lần đối với người có thành tích tham gia kháng chiến"


def test_stacked_header_gives_the_lower_body_and_its_parent():
    meta = _meta(devset_file("fresh_23.txt"))  # UBND TỈNH LÂM ĐỒNG / SỞ NỘI VỤ, in two columns
    assert (meta.issuer.casefold(), meta.issuer_parent) == ("sở nội vụ", "UBND tỉnh Lâm Đồng")
    front = _meta(devset_file("fresh_35.txt"))  # ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC
    assert front.issuer.casefold() == "ban thường trực"
    assert front.issuer_parent.casefold() == "ủy ban mttq việt nam xã lương minh"
    sub = _meta(devset_file("fresh_36.txt"))  # a `TIỂU BAN …` under the commune's election committee
    assert sub.issuer.casefold() == "tiểu ban thông tin, tuyên truyền, khánh tiết"


def test_number_left_blank_is_empty_unless_stamped_beside_it():
    assert _meta(devset_file("fresh_37.txt")).doc_number == ""  # `Số:      /KH-MTTQ-BTT`
    assert _meta(devset_file("fresh_31.txt")).doc_number == "12094/BNV-CCHC"  # `12094` stamped above


def test_title_continues_over_blank_lines_a_converter_inserted():
    meta = _meta(devset_file("fresh_41.txt"))
    assert meta.title == ("Kiểm tra, giám sát công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng "
                          "nhân dân các cấp, nhiệm kỳ 2026 – 2031 trên địa bàn phường Bắc Cam Ranh")


def test_enacting_formula_run_on_after_a_flattened_title_is_cut_off():
    law = _meta(wild_file("src_tvplcrawl_12.txt"))  # `… THỜI KỲ 2021 - 2030 QUỐC HỘI`, number on its own line
    assert law.title.endswith("QUY HOẠCH THỜI KỲ 2021 - 2030") and law.doc_number == "61/2022/QH15"
    decree = _meta(wild_file("src_tvplcrawl_4.txt"))  # `… NĂM 1991 QUỐC HỘI NƯỚC CỘNG HOÀ …`
    assert decree.doc_type == "Nghị quyết" and decree.title.endswith("TRƯỚC NGÀY 01 THÁNG 7 NĂM 1991")


def test_signature_in_the_right_column_beside_the_recipients():
    meta = _meta(devset_file("fresh_31.txt"))  # `TL. BỘ TRƯỞNG` / `VỤ TRƯỞNG` / `VỤ CẢI CÁCH HÀNH CHÍNH`
    assert meta.signer_name == "Phạm Minh Hùng"  # not `Thứ trưởng Nguyễn Văn Hồi` of the Nơi nhận list
    assert meta.signer_title.casefold() == "vụ trưởng vụ cải cách hành chính"


def test_flattened_signature_blocks():
    deputy = _meta(wild_file("src_congbot_27.txt"))  # `KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Nguyễn Khắc Định`
    assert (deputy.signer_title, deputy.signer_name) == ("Phó Chủ nhiệm", "Nguyễn Khắc Định")
    chair = _meta(wild_file("src_congbot_17.txt"))  # `TM. UỶ BAN NHÂN DÂN TỈNH CHỦ TỊCH Chẩu Văn Lâm`
    assert (chair.signer_title, chair.signer_name) == ("Chủ tịch", "Chẩu Văn Lâm")
    head = _meta(wild_file("src_congbot_21.txt"))  # `TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân`
    assert (head.signer_title, head.signer_name) == ("Trưởng ban", "Nguyễn Thiện Nhân")


def test_deputy_signs_for_a_superior_whose_title_has_several_words():
    # `TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ`, flattened into a cell
    deputy = _meta(wild_file("src_congbot_33.txt"))
    assert (deputy.signer_title, deputy.signer_name) == ("Phó Vụ trưởng", "Ngô Văn Độ")
    # `TM. BAN THƯỜNG TRỰC` / `PHÓ CHỦ TỊCH THƯỜNG TRỰC`: the standing deputy's title is kept whole
    standing = _meta(devset_file("fresh_44.txt"))
    assert standing.signer_title == "Phó Chủ tịch Thường trực"
    # The Party writes the authority `K/T` (`K/T CHÁNH VĂN PHÒNG` / `PHÓ CHÁNH VĂN PHÒNG`)
    party = _meta(devset_file("fresh_15.txt"))
    assert (party.signer_title, party.signer_name) == ("Phó Chánh văn phòng", "Bùi Văn Thạch")
    # A national agency's letter, the block flattened by a converter (written the way Bảo hiểm xã hội
    # Việt Nam signs: `KT. TỔNG GIÁM ĐỐC` over the deputy's own title).
    letter = parse_text(
        "BẢO HIỂM XÃ HỘI VIỆT NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 1234/BHXH-CSYT\nV/v thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế\n"
        "Hà Nội, ngày 15 tháng 4 năm 2024\nKính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương.\n"
        "Bảo hiểm xã hội Việt Nam đề nghị Bảo hiểm xã hội các tỉnh, thành phố thực hiện đúng quy định.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, CSYT.\nKT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Nguyễn Đức Hòa\n")[0].meta
    assert letter.issuer == "Bảo hiểm xã hội Việt Nam"
    assert (letter.signer_title, letter.signer_name) == ("Phó Tổng Giám đốc", "Nguyễn Đức Hòa")
    # An acting head signs in the head's title after `Q.` (Nghị định 30/2020/NĐ-CP): the title is hers.
    acting = extract_signature("Nơi nhận:                                   Q. HIỆU TRƯỞNG\n"
                               "- Phòng GDĐT (b/c);\n- Lưu: VT.\n\n                                   Nguyễn Thị Mai\n")
    assert (acting.title, acting.name) == ("Quyền Hiệu trưởng", "Nguyễn Thị Mai")
    # A deputy's `PHÓ` abbreviated to `P.` (a district centre's letter as its portal posts it): the deputy's title.
    deputy = extract_signature("Nơi nhận:\n– Như trên;\n– Lưu: VT\n\nP. GIÁM ĐỐC\n\n(đã ký)\n\nNguyễn Thị Lan\n")
    assert (deputy.title, deputy.name) == ("Phó Giám đốc", "Nguyễn Thị Lan")


def test_signature_without_a_recipient_list_or_far_below_it():
    # A decision signed without `Nơi nhận`, the regulation it issues attached after the signature
    decision = _meta(wild_file("src_congbot_18.txt"))
    assert (decision.signer_title, decision.signer_name) == ("Chủ tịch", "Phạm Thế Dũng")
    # A resolution of the judges' council: `TM. HỘI ĐỒNG THẨM PHÁN CHÁNH ÁN Nguyễn Hòa Bình`
    court = _meta(wild_file("src_tvplcrawl_25.txt"))
    assert (court.signer_title, court.signer_name) == ("Chánh án", "Nguyễn Hòa Bình")
    # A law-like resolution whose only `Nơi nhận` belongs to a form in its annex
    assembly = _meta(wild_file("src_tvplcrawl_32.txt"))
    assert (assembly.signer_title, assembly.signer_name) == ("Chủ tịch Quốc hội", "Vương Đình Huệ")
    # A decree whose recipient list runs over 22 lines before `TM. CHÍNH PHỦ KT. THỦ TƯỚNG …`
    decree = _meta(wild_file("src_tvplcrawl_59.txt"))
    assert (decree.signer_title, decree.signer_name) == ("Phó Thủ tướng", "Lê Minh Khái")


def test_header_glued_after_a_crawlers_title_line():
    # A legal database puts its own title line first and the header's body on the same line; the
    # number and `V/v` share a line, and the date line runs on into `Kính gửi` and the body.
    letter = parse_text(
        "Công văn 384/BYT-KCB năm 2014 tăng cường công tác phòng chống dịch bệnh do Bộ Y tế ban hành. "
        "BỘ Y TẾ -------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 384/BYT-KCB V/v tăng cường công tác phòng chống dịch bệnh\n"
        "Hà Nội, ngày 20 tháng 01 năm 2014 Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương. "
        "Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố chỉ đạo các cơ sở khám bệnh, chữa bệnh thực hiện.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên\n")[0].meta
    assert (letter.issuer, letter.doc_number, letter.doc_type) == ("Bộ Y tế", "384/BYT-KCB", "Công văn")
    assert letter.title == "tăng cường công tác phòng chống dịch bệnh"
    assert (letter.place, letter.issued_date) == ("Hà Nội", "2014-01-20")


def test_two_bodies_in_one_header_cell_and_the_partys_header():
    tax = _meta(wild_file("src_congbot_33.txt"))  # `| BỘ TÀI CHÍNH TỔNG CỤC THUẾ ------- | CỘNG HÒA … |`
    assert (tax.issuer, tax.issuer_parent) == ("Tổng cục Thuế", "Bộ Tài chính")
    party = _meta(devset_file("fresh_15.txt"))  # `VĂN PHÒNG` / `------- | ĐẢNG CỘNG SẢN VIỆT NAM`
    assert (party.issuer, party.issuer_parent) == ("Văn phòng", "Ban Chấp hành Trung ương")
    # Four ministries joined by dashes issue a joint circular together; `MÔI TRƯỜNG` is one word
    # (underthesea's segmentation), not a `TRƯỜNG` opening another body.
    joint = _meta(wild_file("src_tvplcrawl_34.txt"))
    assert (joint.issuer, joint.issuer_parent) == (
        "Bộ Tài chính - Bộ Nông nghiệp và Phát triển nông thôn - Bộ Tài nguyên và Môi trường - Bộ Y tế", "")
    assert header_issuer("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG\n") == (
        "Sở Tài nguyên và Môi trường tỉnh Lâm Đồng", "")


_COMMUNE_HEADER = (
    "ỦY BAN MTTQ VIỆT NAM\n\nXÃ ĐÔNG HẢI\n\nBAN THƯỜNG TRỰC\n\nSố: 18/KH-MTTQ-BTT\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
    "Đông Hải, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\n\n")


def test_title_stops_before_the_preamble_sentence_under_it():
    # A commune plan exported from Word: the subject wraps onto a second line and the preamble's
    # `Thực hiện …` follows it with or without the blank line a converter puts between paragraphs.
    subject = ("Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân\n"
               "các cấp nhiệm kỳ 2026 - 2031\n")
    preamble = ("Thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015 (được sửa đổi, "
                "bổ sung năm 2025);\n\nBan Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch như sau:\n\n"
                "I. MỤC ĐÍCH, YÊU CẦU\n")
    expected = ("Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp "
                "nhiệm kỳ 2026 - 2031")
    for gap in ("", "\n"):
        assert parse_text(_COMMUNE_HEADER + subject + gap + preamble)[0].meta.title == expected
    # Without a preamble, the body's opening sentence (`… xây dựng Kế hoạch … như sau:`) ends it too.
    opening = ("Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch tuyên truyền như sau:\n"
               "I. MỤC ĐÍCH, YÊU CẦU\n")
    assert parse_text(_COMMUNE_HEADER + subject + opening)[0].meta.title == expected
    # The Word-exported guidance of ../shared/devset: the subject continues over a blank line in lower
    # case and stops at `Căn cứ`.
    assert _meta(devset_file("fresh_44.txt")).title.endswith("các cấp tỉnh Quảng Ninh")


def test_subject_in_capitals_with_the_body_run_on_after_it():
    # `CHỈ THỊ VỀ CÔNG TÁC … TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra …`
    meta = _meta(wild_file("src_tvplcrawl_8.txt"))
    assert meta.title == "VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC"


def test_date_line_without_its_comma_and_two_offices_held_together():
    decree = _meta(wild_file("src_tvplcrawl_7.txt"))  # `Số: 87/2025/NĐ-CP Hà Nội ngày 11 tháng 4 năm 2025`
    assert (decree.place, decree.issued_date) == ("Hà Nội", "2025-04-11")
    office = _meta(wild_file("src_tvplcrawl_1.txt"))  # `BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng`
    assert (office.signer_title, office.signer_name) == ("Bộ trưởng, Chủ nhiệm", "Mai Tiến Dũng")


def _scanned_letter_header(vv: str, day: str) -> str:
    # The header of a city's Công văn as Tesseract read it from a scan (devset files/fresh_file_09).
    return ("ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "THÀNH PHỐ ĐÀ NẴNG Độc lập - Tự do - Hạnh phúc\n"
            f"Số: Z4. /UBND-SGDĐT Đà Nẵng, ngày {day}tháng 10 năm 2023\n\n"
            f"{vv} thực hiện Thông báo số 496-TB/TU\nngày 17/8/2023 về Kết luận của Thường\n"
            "trực Thành ủy tại Hội nghị tổng kết 10\nnăm thực hiện Nghị quyết số 29-NQ/TW\n\n"
            "Kính gửi:\n- Các sở, ban, ngành;\n- UBND các quận, huyện.\n\n"
            "Thực hiện Thông báo số 496-TB/TU ngày 17/8/2023 về Kết luận của Thường trực Thành ủy, "
            "UBND thành phố yêu cầu triển khai thực hiện các nhiệm vụ như sau:\n")


def test_a_scans_damaged_vv_and_garbled_day_still_give_type_title_and_place():
    for vv in ("V/", "V/V", "Vlv", "V/y", "V/v"):
        for day in ("Jÿ", ",g", "18 "):
            meta = parse_text(_scanned_letter_header(vv, day))[0].meta
            assert meta.doc_type == "Công văn", (vv, day)
            assert meta.title == ("thực hiện Thông báo số 496-TB/TU ngày 17/8/2023 về Kết luận của Thường trực "
                                  "Thành ủy tại Hội nghị tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW"), (vv, day)
            assert (meta.place, meta.year) == ("Đà Nẵng", 2023), (vv, day)
            assert meta.issued_date == ("2023-10-18" if day.strip().isdigit() else ""), (vv, day)
    # A Roman `V` opening a section is no subject line.
    plan = "KẾ HOẠCH\nTổ chức hội nghị\n\nV/ Tổ chức thực hiện\n1. Phòng GDĐT chủ trì.\n"
    assert parse_text(plan)[0].meta.doc_type == "Kế hoạch"


def test_a_provincial_police_letter_under_its_ministry_with_its_number_line_closed_by_a_dot():
    # The header of a Tờ trình of a provincial police (devset files/fresh_file_13, as OCR reads it): the
    # number line `Số.` (a dot for the colon), the number left for the signing system.
    text = ("BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "CÔNG AN TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\n"
            "Số. /TTr- CAT-PC04 Lâm Đồng, ngày 24 tháng 10 năm 2025\nTỜ TRÌNH\n\n"
            "V/v xin chủ trương triển khai thực hiện công tác cai nghiện ma túy tự nguyện tại gia đình, cộng "
            "đồng trên địa bàn tỉnh Lâm Đồng\n\nKính gửi: Đồng chí Chủ tịch UBND tỉnh Lâm Đồng.\n\n"
            "Hiện nay, trên địa bàn tỉnh Lâm Đồng có 4.289 người sử dụng trái phép chất ma túy.\n")
    meta = parse_text(text)[0].meta
    assert (meta.issuer, meta.issuer_parent) == ("Công an tỉnh Lâm Đồng", "Bộ Công an")
    assert (meta.doc_type, meta.place, meta.issued_date) == ("Tờ trình", "Lâm Đồng", "2025-10-24")


def test_a_symbol_typed_with_blanks_around_its_dash():
    # `| Số: 3210/QĐ - U B ND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |` (its letters spaced
    # apart by the PDF extraction, rejoined by normalize)
    assert _meta(wild_file("src_congbot_43.txt")).doc_number == "3210/QĐ-UBND"
    # A place after the number is no code of the symbol, in capitals or not.
    for place in ("HÀ NỘI", "Hà Nội"):
        text = (f"UBND XÃ AN BÌNH\nSố: 45/KH-UBND - {place}, ngày 02 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
                "Tổ chức Tết trồng cây năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n")
        assert parse_text(text)[0].meta.doc_number == "45/KH-UBND", place


def test_an_officers_rank_before_the_signers_name_is_no_part_of_it():
    # The police letter of devset files/fresh_file_13.pdf signs `GIÁM ĐỐC` / `Thiếu tướng Trương Minh Đương`.
    pdf = devset_file("fresh_13.txt").parent.parent / "files" / "fresh_file_13.pdf"
    if pdf.exists():
        meta = parse_file(str(pdf))[0].meta
        assert (meta.signer_title, meta.signer_name) == ("Giám đốc", "Trương Minh Đương")
    # The same block laid out in two columns beside the recipients, the rank in capitals or not, and a
    # degree before a principal's name.
    for rank, name, read in (("Đại tá", "Lê Văn Bình", "Lê Văn Bình"), ("ThS.", "Đặng Thu Hà", "Đặng Thu Hà"),
                             ("THƯỢNG TÁ", "HOÀNG MINH TUẤN", "Hoàng Minh Tuấn")):
        block = ("Nơi nhận:                                   KT. GIÁM ĐỐC\n"
                 "- Như trên;                                 PHÓ GIÁM ĐỐC\n"
                 "- Lưu: VT, PV01.\n\n\n"
                 f"                                            {rank} {name}\n")
        signature = extract_signature(block)
        assert (signature.title, signature.name) == ("Phó Giám đốc", read), rank


def test_the_place_stops_at_the_gap_between_the_headers_two_columns():
    # A scan read without its tone marks, the number's symbol (`…/B&PTTH`, its `Số` misread) left of a wide
    # gap and the date line right of it: `…/B&PTTH                        Lam Dang, ngay 03thang 9 nam 2025`.
    assert _meta(devset_file("fresh_16.txt")).place == "Lam Dang"
    # A two-column header as a layout-keeping converter gives it, the body's last line beside the date.
    text = ("SỞ Y TẾ TỈNH KON TUM\nTRUNG TÂM Y TẾ                 Kon Tum, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
            "Tiêm chủng mở rộng năm 2025\n\nI. MỤC ĐÍCH\n")
    assert parse_text(text)[0].meta.place == "Kon Tum"


def test_the_recipients_are_the_left_column_beside_the_signature_block():
    # ` - Ban Tuyên giáo và Dân vận Thành ủy (để b/c);         PHÓ GIÁM ĐỐC` … `(để t/h);        Huỳnh Lê Như Trang`
    listed = _meta(devset_file("fresh_06.txt")).recipients.split(";")
    assert listed[0] == "Ban Tuyên giáo và Dân vận Thành ủy (để b/c)" and listed[-1] == "Lưu: VT, HSSV (ĐĐ)"
    assert not any("GIÁM ĐỐC" in item or "Huỳnh" in item for item in listed)
    # `   -   Lưu VP, …`: the blanks after a bullet are no gap between columns.
    assert _meta(devset_file("fresh_44.txt")).recipients.endswith("Lưu VP, Ban DC, GS và PBXH")
    # A signature block a crawler ran on after the last item (written for this test).
    text = ("QUYẾT ĐỊNH\nVề việc ban hành quy trình\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy trình.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, TXNK (3b) KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG Trần Văn Hải QUY TRÌNH\n")
    assert parse_text(text)[0].meta.recipients == "Như Điều 3;Lưu: VT, TXNK (3b)"


def test_a_header_cell_set_a_few_words_a_line_keeps_its_bodys_head():
    # An export that sets a header cell's words on lines of their own (a PDF's text boxes, a web page's cells) breaks
    # a body's head: the real header of devset fresh_08 (`ỦY BAN NHÂN DÂN` ⏎ `THÀNH PHỐ HỒ CHÍ MINH` over `SỞ GIÁO
    # DỤC VÀ ĐÀO TẠO`) re-flowed so.
    text = devset_file("fresh_08.txt").read_text(encoding="utf-8")
    assert text.startswith("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n")
    for broken in ("ỦY\nBAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n", "ỦY\nBAN\nNHÂN\nDÂN\nTHÀNH\nPHỐ\nHỒ\nCHÍ\nMINH\n"):
        meta = parse_text(broken + text.split("\n", 2)[2], "fresh_08.txt")[0].meta
        assert (meta.issuer, meta.issuer_parent) == ("Sở Giáo dục và Đào tạo", "Ủy ban nhân dân thành phố Hồ Chí Minh")
    # a head of one word alone on its line names no body: the ministry's name follows (the header of devset
    # files/fresh_file_13, as in the test of the provincial police's letter above)
    text = ("BỘ\nCÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCÔNG AN TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc\n"
            "Số. /TTr- CAT-PC04 Lâm Đồng, ngày 24 tháng 10 năm 2025\nTỜ TRÌNH\n\n"
            "V/v xin chủ trương triển khai thực hiện công tác cai nghiện ma túy tự nguyện tại gia đình, cộng "
            "đồng trên địa bàn tỉnh Lâm Đồng\n\nKính gửi: Đồng chí Chủ tịch UBND tỉnh Lâm Đồng.\n")
    meta = parse_text(text)[0].meta
    assert (meta.issuer, meta.issuer_parent) == ("Công an tỉnh Lâm Đồng", "Bộ Công an")
    # a body whose name is its head alone stays a body of its own over the one below it
    issuer, parent = header_issuer("QUỐC HỘI\nỦY BAN TÀI CHÍNH, NGÂN SÁCH\nSố: 12/BC-UBTCNS\n")
    assert (issuer.casefold(), parent) == ("ủy ban tài chính, ngân sách", "Quốc hội")


def test_a_decisions_title_stops_before_the_authority_line_under_it():
    # wild src_congbot_20: `QUYẾT ĐỊNH` ⏎⏎ its subject in capitals ⏎⏎ `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH` (the province left
    # out) ⏎⏎ `Căn cứ …`; a PDF's text has no blank line between them, and a crawler cuts a long line where its byte
    # limit falls, mid-letter (`…`, then `�`).
    text = wild_file("src_congbot_20.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    subject = lines[6]
    assert (lines[4], lines[5], lines[7], lines[8]) == ("QUYẾT ĐỊNH", "", "", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
    for cut in (subject, subject[:-6] + "\ufffd"):
        reflowed = "\n".join([*lines[:4], "QUYẾT ĐỊNH", cut, lines[8], *lines[9:]])
        meta = parse_text(reflowed, "src_congbot_20.txt")[0].meta
        assert (meta.doc_type, meta.title) == ("Quyết định", cut)
    # The decision form of wild src_congbot_10 (`MẪU SỐ 25`): its subject in sentence case, the authority line run
    # onto it by an export that joined the lines.
    text = wild_file("src_congbot_10.txt").read_text(encoding="utf-8")
    form = text[text.index("MẪU SỐ 25"):].split("\n", 1)[1]
    subject = "Về việc giải quyết trợ cấp mai táng"
    assert f"\n{subject}\n\nGIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n" in form
    for joined in (subject, subject[:-3] + "\ufffd"):
        meta = parse_text(form.replace(f"{subject}\n\nGIÁM ĐỐC", f"{joined} GIÁM ĐỐC"), "form.txt")[0].meta
        assert (meta.doc_type, meta.title) == ("Quyết định", joined)
    # Devset fresh_11 and fresh_30 flattened onto one line: the authority runs on after the subject (`… của Quốc hội ỦY
    # BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH`, `… tỉnh Bình Thuận CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN`).
    for name in ("fresh_11.txt", "fresh_30.txt"):
        text = devset_file(name).read_text(encoding="utf-8")
        title = parse_text(text, name)[0].meta.title
        flat = parse_text(regex.sub(r"\s*\n\s*", " ", text), name)[0].meta
        assert (flat.doc_type, flat.title) == ("Quyết định", title) and title.startswith("Về ")


def test_a_flattened_plans_title_ends_where_its_body_opens():
    # A page flattened onto one line (a web page's text, a PDF export that lost its breaks): the sentence-case title
    # after `KẾ HOẠCH` runs on into the body, which opens with the preamble (`Căn cứ …`), a purpose (`Nhằm …`) or the
    # first part's number (`I. MỤC ĐÍCH - YÊU CẦU`). The school plans of corpus 000 and 001, each flattened whole and
    # with its preamble's first sentences dropped (plans that open straight on the purpose or the first part).
    for name, dropped, opening in (("000_214afb9450e5b4dd.txt", "Căn cứ Kế hoạch số 769", "Nhằm tiếp tục"),
                                   ("001_e0aee330aa8355da.txt", "Thực hiện Công văn số 328", "I. MỤC ĐÍCH")):
        text = (CORPUS / name).read_text(encoding="utf-8")
        title = parse_text(text, name)[0].meta.title
        assert title and title in squash(text)
        flat = regex.sub(r"\s*\n\s*", " ", text)
        for page in (flat, flat[:flat.index(dropped)] + flat[flat.index(opening):]):
            meta = parse_text(page, name)[0].meta
            assert (meta.doc_type, meta.title) == ("Kế hoạch", title), page[:300]


def test_a_title_stops_at_the_division_of_the_body_under_it():
    # a school's educational plan laid out as Thông tư 32/2020/TT-BGDĐT has it: `KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG` ⏎ `NĂM
    # HỌC 2025-2026` ⏎ `Phần I` ⏎ `CĂN CỨ XÂY DỰNG KẾ HOẠCH`, no blank line between
    text = ("PHÒNG GD&ĐT AN DƯƠNG\nTRƯỜNG THCS AN HÒA\nSố: 12/KH-THCS\nAn Hòa, ngày 05 tháng 9 năm 2025\n\n"
            "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG\nNĂM HỌC 2025-2026\nPhần I\nCĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
            "1. Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo;\n")
    meta = parse_text(text)[0].meta
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2025-2026")


def test_a_schools_union_or_youth_branch_under_its_upper_body_is_the_issuer():
    # A school's trade-union plan (`CÔNG ĐOÀN GIÁO DỤC HUYỆN …` / `CĐCS TRƯỜNG THPT …`) and a Youth Union branch's
    # (`ĐOÀN XÃ …` / `CĐ TRƯỜNG TH …`), as held-out plans of the genre head them: main named the school (dropping
    # the abbreviation that opens the line) or nobody
    header = ("{upper}\n{lower}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 05/KH-CĐ\nNghi Xuân, ngày 10 tháng 9 năm 2023\nKẾ HOẠCH\nThực hiện công tác dân vận năm học "
              "2023-2024\nI. MỤC ĐÍCH, YÊU CẦU\nPhát huy vai trò của đoàn viên.\n")
    union = parse_text(header.format(upper="CÔNG ĐOÀN GIÁO DỤC HUYỆN NGHI XUÂN",
                                     lower="CĐCS TRƯỜNG THPT NGUYỄN ĐĂNG"))[0].meta
    assert (union.issuer, union.issuer_parent.casefold()) == ("CĐCS Trường THPT Nguyễn Đăng",
                                                              "công đoàn giáo dục huyện nghi xuân")
    youth = parse_text(header.format(upper="ĐOÀN XÃ PHỤNG THƯỢNG", lower="CĐ TRƯỜNG TH HAI BÀ TRƯNG"))[0].meta
    assert youth.issuer == "CĐ Trường TH Hai Bà Trưng"
    # a college named with the abbreviation after its head stays one school
    college = parse_text(header.format(upper="SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TĨNH",
                                       lower="TRƯỜNG CĐ KỸ THUẬT VIỆT ĐỨC"))[0].meta
    assert college.issuer.casefold() == "trường cđ kỹ thuật việt đức"


def test_a_plans_year_is_not_the_horizon_it_looks_to():
    # A provincial plan for a programme's period, as Kon Tum's and Quảng Ngãi's open (numbers invented): the title's
    # `định hướng đến năm 2030` is where the programme looks, not the year the plan is for (the year read was 2030).
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 1530/KH-UBND\nKon Tum, ngày 17 tháng 5 năm 2022\n\nKẾ HOẠCH\n"
            "Triển khai thực hiện Đề án tăng cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào "
            "tạo giai đoạn 2022 - 2025, định hướng đến năm 2030 trên địa bàn tỉnh Kon Tum\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert parse_text(plan)[0].meta.year == 2022
    yearly = plan.replace("giai đoạn 2022 - 2025, định hướng đến năm 2030", "năm 2023")
    assert parse_text(yearly)[0].meta.year == 2023  # (the year the plan is for, written in its title)


def test_a_decisions_enacting_body_by_its_level_ends_the_title():
    """A province's decision as a legal site copies it, no blank line between its lines: `QUYẾT ĐỊNH` ⏎ `BAN HÀNH KẾ
    HOẠCH … GIAI ĐOẠN 2021 - 2025` ⏎ `ỦY BAN NHÂN DÂN TỈNH` ⏎ `Căn cứ …`: the enacting body, named by its level without
    its place, is no part of the title (it was run on to it)."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 1528/QĐ-UBND\nBình Định, ngày 29 tháng 04 năm 2021\nQUYẾT ĐỊNH\n"
            "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC\nXÃ HỘI TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN "
            "2021 - 2025\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n")
    assert parse_text(text)[0].meta.title == ("BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI TRÊN ĐỊA "
                                              "BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021 - 2025")
