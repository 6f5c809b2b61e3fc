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
