"""Shapes met on unseen school reports and proposals and on a Sở's letters to its schools and centres (held-out sets
read for their shapes; snippets written as the genre writes them, names and numbers invented): the levels of schooling
a letter lists by their codes (`các trường THPT, PTDTNT`, `… THPT, TCCN trực thuộc`, `Các trung tâm GDTX, KTTH`),
a report's subject a web page prints twice, a school typed in lower case after `của`."""
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
