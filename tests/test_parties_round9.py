"""Parties, round 9: names cut short or run on, found by reading texts without party keys — a name run into the
conjunction after it, a bullet's dash run onto a name's line, a proper name cut before its lower-case words, and
the issuers and subject of a cited document taken as parties. Real sentences from ../shared (file and line in a
comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import SHARED
from .test_parties_round8 import BHXH_HEADER

WILD = SHARED / "wild"
DEVSET = SHARED / "devset" / "texts"
pytestmark = pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not here")


# A letter of Bảo hiểm xã hội Việt Nam to the social-insurance offices, as such letters open and define their
# addressees (no shared text defines a collective after a list; the held-out letters do).
INSURANCE_LETTER = BHXH_HEADER + """
- Bảo hiểm xã hội Bộ Quốc phòng;
- Bảo hiểm xã hội Công an nhân dân;
- Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương.

Để bảo đảm quyền lợi của người tham gia bảo hiểm y tế, Bảo hiểm xã hội Việt Nam đề nghị Bảo hiểm xã hội Bộ Quốc \
phòng, Bảo hiểm xã hội Công an nhân dân, Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi \
chung là BHXH các tỉnh) thực hiện một số nội dung sau:
1. Phối hợp với Sở Y tế hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện thanh toán theo quy định.
2. Trong quá trình thực hiện, nếu có vướng mắc, BHXH các tỉnh có trách nhiệm tổng hợp, báo cáo về Bảo hiểm xã hội \
Việt Nam để được hướng dẫn.
"""


def rows_on_line(path, line: int) -> set[tuple[str, str]]:
    """(party, role) of the rows the extraction puts on the file's 1-based line."""
    return {(p.party, p.role) for doc in parse_file(str(path)) for p in doc.parties if p.line == line}


def test_a_name_ends_before_a_conjunction_that_opens_with_a_name_word():
    # src_tvplcrawl_29 L98: `… Bộ Quốc phòng, Bộ Công an báo cáo Thủ tướng Chính phủ đồng thời gửi Bộ Kế hoạch và
    # Đầu tư, Bộ Tài chính …` (`đồng`, as in `Hội đồng`, opens `đồng thời` here)
    rows = rows_on_line(WILD / "src_tvplcrawl_29.txt", 98)
    assert ("Thủ tướng Chính phủ", "report_to") in rows
    assert not any(party.endswith(" đồng") for party, _ in rows)
    # src_tvplcrawl_46 L154, the same sentence in the decree's guidance
    assert ("Thủ tướng Chính phủ", "report_to") in rows_on_line(WILD / "src_tvplcrawl_46.txt", 154)


def test_names_written_with_a_verb_or_an_adjective_keep_it():
    # src_congbot_7 L1265 (`… gửi Bộ Giao thông vận tải …`), src_tvplcrawl_5 L40 (`Tòa án nhân dân tối cao`): a
    # name word opening a verb or an adjective is still the name's
    assert ("Bộ Giao thông vận tải", "report_to") in rows_on_line(WILD / "src_congbot_7.txt", 1265)
    assert ("Tòa án nhân dân tối cao", "report_to") in rows_on_line(WILD / "src_tvplcrawl_5.txt", 40)


def test_a_dash_against_the_next_word_opens_the_next_bullet():
    # src_tvplcrawl_17 L83: `- Cơ quan thực hiện: Sở Văn hóa - Thể thao và Du lịch chủ trì, phối hợp với các sở,
    # ngành, Liên đoàn Lao động tỉnh và địa phương -Thời gian thực hiện: Thực hiện thường xuyên hằng năm.`
    rows = rows_on_line(WILD / "src_tvplcrawl_17.txt", 83)
    assert ("Các địa phương", "coordinate") in rows
    assert not any("Thời" in party for party, _ in rows)


def test_a_dash_inside_a_proper_name_still_joins_it():
    # src_congbot_7 L105: `Sở Lao động -Thương binh và Xã hội nơi người hưởng trợ cấp thường trú …` (the same dash
    # between two words of one name)
    assert ("Sở Lao động, Thương binh và Xã hội", "report_to") in rows_on_line(WILD / "src_congbot_7.txt", 105)


def test_a_proper_name_read_to_the_end_the_document_writes_it_with():
    # fresh_27 L174-175: `Văn bản yêu cầu các hội: …, Hội Tin học và Hiệp hội Nhà thầu xây dựng hoàn thành tổ chức
    # đại hội …`; the letter writes `Hiệp hội Nhà thầu xây dựng,` (L102) and `của Hiệp hội Nhà thầu xây dựng.` (L153)
    rows = rows_on_line(DEVSET / "fresh_27.txt", 175)
    assert ("Hiệp hội Nhà thầu xây dựng", "lead") in rows
    assert ("Hiệp hội Nhà thầu", "lead") not in rows
    # src_tvplcrawl_15 L40: `- Đơn vị chủ trì: Vụ Các vấn đề chung về xây dựng pháp luật.` (cut at `về` before)
    assert ("Vụ Các vấn đề chung về xây dựng pháp luật", "lead") in rows_on_line(WILD / "src_tvplcrawl_15.txt", 40)
    # src_congbot_7 L567: `… có văn bản đề nghị Sở Lao động - Thương binh và Xã hội nơi quản lý hồ sơ gốc …`, the
    # `nơi …` clause that says which Sở (the decree lists it so: L569, L2843 …)
    # (round 10: the standard name is written standard before the clause too)
    assert ("Sở Lao động, Thương binh và Xã hội nơi quản lý hồ sơ gốc", "lead") in \
        rows_on_line(WILD / "src_congbot_7.txt", 567)


def test_a_subject_and_its_predicate_are_not_read_as_one_name():
    # src_tvplcrawl_49 L109: `… thì đề nghị Bộ Quốc phòng và Bộ Công an xem xét để thống nhất.` (`Bộ Công an xem xét
    # để thống nhất.` is written twice, a clause both times); src_tvplcrawl_17 L39: `Sở Lao động - Thương binh và Xã
    # hội chủ trì, phối hợp …` (a label's value, then a predicate)
    assert ("Bộ Công an", "lead") in rows_on_line(WILD / "src_tvplcrawl_49.txt", 109)
    assert ("Sở Lao động, Thương binh và Xã hội", "lead") in rows_on_line(WILD / "src_tvplcrawl_17.txt", 39)
    # src_congbot_7 L329: `…, Văn phòng Chính phủ và cơ quan, đơn vị cấp giấy chứng nhận hy sinh thực hiện …`
    assert ("Văn phòng Chính phủ", "lead") in rows_on_line(WILD / "src_congbot_7.txt", 329)


def test_the_issuers_of_a_joint_document_are_no_parties():
    # fresh_44 L31: `Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/… ngày 26 tháng 9 năm 2025 giữa Ủy ban Thường vụ
    # Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn quy trình …;`
    assert rows_on_line(DEVSET / "fresh_44.txt", 31) == set()


def test_the_subject_of_a_cited_document_names_no_party():
    # fresh_40 L159: `… theo hướng dẫn tại Thông tri số 04/TT-MTTW-BTT ngày 04/11/2025 của Ban Thường trực Ủy ban
    # Trung ương MTTQ Việt Nam hướng dẫn Ủy ban MTTQ Việt Nam kiểm tra, giám sát công tác bầu cử …` (what the Thông
    # tri is about); the sentence's own parties stay (the devset keys them)
    rows = rows_on_line(DEVSET / "fresh_40.txt", 159)
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") not in rows
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in rows


def test_an_issuer_followed_by_the_document_s_description_in_brackets_stays_apart():
    # src_tvplcrawl_52 L23: `… Nghị định số 08/2015/NĐ-CP … của Chính phủ quy định chi tiết … (sau đây gọi là …), …
    # gửi hồ sơ … đến Tổng cục Hải quan …`: the cited subject ends at the alias's bracket
    assert ("Tổng cục Hải quan", "report_to") in rows_on_line(WILD / "src_tvplcrawl_52.txt", 23)


def test_a_collective_defined_after_a_list_names_the_defined_bodies_later():
    # `(sau đây gọi chung là BHXH các tỉnh)`: the short name, written with an abbreviation, is the defined name
    # where the letter uses it (the devset's convention for `(gọi tắt là …)`, fresh_31's `bộ`, `tỉnh`)
    rows = {(p.party, p.role) for doc in parse_text(INSURANCE_LETTER) for p in doc.parties if p.line == 18}
    assert ("Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương", "lead") in rows
    assert ("Bảo hiểm xã hội các tỉnh", "lead") not in rows


def test_a_form_s_blank_field_after_a_name_is_no_label_assigning_it():
    # src_tvplcrawl_45 L285, a form of the decree's annex flattened onto one line: `… Kính gửi: Tổng cục Hải quan Tên
    # doanh nghiệp:……`; src_congbot_23 L867, a minutes form: `2. Đại diện Đảng ủy xã (Chi bộ): …… Chức vụ……`
    assert not any("Tên doanh nghiệp" in party for party, _ in rows_on_line(WILD / "src_tvplcrawl_45.txt", 285))
    assert rows_on_line(WILD / "src_congbot_23.txt", 867) == set()
    # a label with its task stays one (fresh_02 L135: `1. Hiệu trưởng: Ông Hoàng Hưng – Chỉ đạo tổng thể …`, keyed)
    assert ("Hiệu trưởng", "lead") in rows_on_line(DEVSET / "fresh_02.txt", 135)
