"""Syllables a web copy glued together (`Chủtịch`, `dântỉnh`, `Kínhgửi`, `báocáo`): two marked nuclei in one word are
two syllables; the space goes back where the consonants between them part into a final and an onset. Sentences
written as the copies of decisions and letters on provincial portals show them (names and numbers invented)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text
from pipeline.glued_syllables import glued_seams
from pipeline.normalize import normalize


@pytest.mark.parametrize("glued, parted", [
    ("Chủtịch", "Chủ tịch"), ("Uỷ ban nhân dântỉnh", "Uỷ ban nhân dân tỉnh"), ("Kínhgửi", "Kính gửi"),
    ("báocáo", "báo cáo"), ("địachỉ", "địa chỉ"), ("nămhọc", "năm học"), ("giảmđột biến", "giảm đột biến"),
    ("vàĐào tạo", "và Đào tạo"), ("QUYẾT ĐỊNHVề việc", "QUYẾT ĐỊNH Về việc"), ("thànhphố", "thành phố"),
    ("Cácsởgiáodụcđàotạo", "Các sở giáo dục đào tạo"),
    # one syllable each, however long: left as written
    ("nghiêng", "nghiêng"), ("Trường", "Trường"), ("Nguyễn Văn Khuyến", "Nguyễn Văn Khuyến"), ("quốc", "quốc"),
    ("giữa", "giữa"), ("Phước", "Phước"), ("ĐắkLắk", "ĐắkLắk"),
    # a word run into the next, capitalised one; an abbreviation run into the word after it; a marked syllable run
    # into a plain one that ends the word (decisions of provincial committees as portals copy them, held-out shapes)
    ("thành phốYên Bái", "thành phố Yên Bái"), ("trường mầm nonHoa Mai", "trường mầm non Hoa Mai"),
    ("Chánh Văn phòng UBNDtỉnh", "Chánh Văn phòng UBND tỉnh"), ("Chủ tịch UBNDcác huyện", "Chủ tịch UBND các huyện"),
    ("chịu trách nhiệmthi hành", "chịu trách nhiệm thi hành"), ("Quyết địnhthi hành", "Quyết định thi hành"),
    # brands, a site's address, a hashtag, codes of a symbol and an OCR's capitals inside a word: left as written
    ("YouTube, TikTok", "YouTube, TikTok"),
    ("https://thuvienphapluat.vn/ThuVienPhapLuat", "https://thuvienphapluat.vn/ThuVienPhapLuat"),
    ("#DongLongTiepSuc", "#DongLongTiepSuc"), ("Số: 12/TTr-UBND, CTr, QĐi, TTrình", "Số: 12/TTr-UBND, CTr, QĐi, TTrình"),
    ("ThS. Lê An, TpHCM", "ThS. Lê An, TpHCM"), ("chInh quaIl nghiCn truOng", "chInh quaIl nghiCn truOng"),
])
def test_glued_syllables_are_parted(glued, parted):
    assert normalize(glued) == parted


def test_a_decisions_closing_article_copied_without_its_spaces_names_whole_bodies():
    # a province's decision as a portal copied it: `dântỉnh`, `Chủtịch` glued; the closing article names four parties
    text = ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH AN\nSố: 1825/QĐ-UBND\nVĩnh An, ngày 10 tháng 8 năm 2016\n\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt Kế hoạch xoá mù chữ\n\nĐiều 1. Phê duyệt Kế hoạch xoá mù chữ của tỉnh.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Chánh Văn phòng Uỷ ban nhân dântỉnh, Giám đốc Sở Giáo dục và Đào tạo, thủ trưởng các đơn vị có "
            "liên quan, Chủtịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.\n")
    parties = {p.party for p in parse_text(text)[0].parties}
    assert {"Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Giáo dục và Đào tạo",
            "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố"} <= parties


def test_texts_written_with_their_spaces_get_none():
    page = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Trường Trung học cơ sở Nguyễn "
            "Khuyến xây dựng kế hoạch kiểm tra nội bộ năm học 2025-2026 như sau: nghiêng về thực hành, giữa kỳ.")
    assert glued_seams(page) == []


@pytest.mark.parametrize("glued, parted", [
    # a header's two lines flattened into one by a web copy: in capitals one marked nucleus is enough
    ("ĐẢNG BỘ XÃ TÂN HƯNGCHI BỘ TRƯỜNG THCS", "ĐẢNG BỘ XÃ TÂN HƯNG CHI BỘ TRƯỜNG THCS"),
    ("UBND HUYỆNBA VÌ", "UBND HUYỆN BA VÌ"),
    # acronyms, one-syllable words and consonant runs that part into no final and onset: left as written
    ("UBNDTỈNH", "UBNDTỈNH"), ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH"), ("NGHIÊNG", "NGHIÊNG"), ("COVID-19 ONLINE", "COVID-19 ONLINE"),
    # (in lower case a marked syllable run into a plain one that ends the word is parted too: both halves are syllables)
    ("Hưngchi", "Hưng chi"),
])
def test_capital_words_with_one_marked_nucleus(glued, parted):
    assert normalize(glued) == parted


def test_a_party_cells_header_flattened_by_a_web_copy_gives_the_cell_as_issuer():
    page = ("ĐẢNG BỘ XÃ TÂN HƯNGCHI BỘ TRƯỜNG THCS TÂN HƯNG              ĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Số: 01/KH-CB              Tân Hưng, ngày 03 tháng 01 năm 2019\n\nKẾ HOẠCH\n"
            "Hoạt động của chi bộ trường Trung học cơ sở Tân Hưng năm 2019\n")
    # (before: `Bộ Trường THCS Tân Hưng`, the `CHI` glued to the parent's last word)
    assert parse_text(page)[0].meta.issuer == "Chi bộ Trường THCS Tân Hưng"




def test_a_closing_article_with_its_words_run_together_names_its_executors():
    # a province's recognition decision as a portal copied it (held-out shape): the closing article lost the spaces
    # before capitals and before `thi hành` (no row at all before)
    text = ("UỶ BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 1040/QĐ-UBND\nYên Bái, ngày 07 tháng 7 năm 2014\n\nQUYẾT ĐỊNH\nVề việc "
            "công nhận trường mầm non đạt tiêu chuẩn chất lượng giáo dục\n\nĐiều 1. Công nhận trường mầm non Hoa Mai.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Chánh Văn phòng UBNDtỉnh, Giám đốc Sở Giáo dục và "
            "Đào tạo, Chủ tịch UBND thành phốYên Bái, Hiệu trưởng trường mầm nonHoa Mai chịu trách nhiệmthi hành Quyết "
            "định này./.\n")
    assert {p.party for p in parse_text(text)[0].parties} == {
        "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Giáo dục và Đào tạo",
        "Chủ tịch Ủy ban nhân dân thành phố Yên Bái", "Hiệu trưởng trường mầm non Hoa Mai"}
