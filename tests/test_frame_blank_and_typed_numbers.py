"""Document fields where the header's number is left blank or typed with blanks and dashes, the place is hyphenated,
or a page gives the whole header on one line. The snippets are invented, written as schools' and offices' pages
write their headers (a plan's number is often left blank for the clerk to fill in on signing)."""
from __future__ import annotations

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
