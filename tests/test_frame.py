"""Document fields read from real headers and closing blocks (../shared/devset and ../shared/wild):
letters with `V/v` subjects, stacked and flattened headers, blank or stamped numbers, signature blocks
in two columns, flattened onto one line, or signed on behalf of a superior."""
from __future__ import annotations

from pipeline.api import parse_file

from .conftest import devset_file, wild_file


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
