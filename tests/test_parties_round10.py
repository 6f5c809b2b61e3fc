"""Parties, round 10: a label with its predicate over a list (`Các cơ quan sau đây có trách nhiệm …:`), a body and a
kind of person joined by `và` or a comma, a level written after a name's bracketed abbreviation (`cấp tỉnh`, not the
verb `cấp`). Real sentences from ../shared (file and line in a comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file

from .conftest import SHARED

WILD = SHARED / "wild"
DEVSET = SHARED / "devset" / "texts"
pytestmark = pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not here")


def rows_on_lines(path, *lines: int) -> set[tuple[str, str]]:
    """(party, role) of the rows the extraction puts on the file's 1-based lines."""
    return {(p.party, p.role) for doc in parse_file(str(path)) for p in doc.parties if p.line in lines}


def test_a_label_announcing_a_list_gives_its_items_as_parties():
    # src_tvplcrawl_56 L425–428: `1. Các cơ quan sau đây có trách nhiệm trao đổi thông tin về tình trạng pháp lý của
    # tài sản bảo đảm:` over `a) Cơ quan đăng ký biện pháp bảo đảm;` … `c) Cơ quan thi hành án dân sự, Văn phòng thừa
    # phát lại.`
    docs = parse_file(str(WILD / "src_tvplcrawl_56.txt"))
    rows = [p for doc in docs for p in doc.parties if 425 <= p.line <= 428]
    assert {(p.party, p.role, p.line) for p in rows} == {
        ("Cơ quan đăng ký biện pháp bảo đảm", "lead", 426),
        ("Cơ quan đăng ký quyền sở hữu, quyền sử dụng, quyền lưu hành tài sản", "lead", 427),
        ("Cơ quan thi hành án dân sự", "lead", 428),
        ("Văn phòng thừa phát lại", "lead", 428),
    }
    # each item's task is the label's predicate, written before the list
    assert {p.task for p in rows} == {"có trách nhiệm trao đổi thông tin về tình trạng pháp lý của tài sản bảo đảm"}


def test_a_body_and_a_kind_of_person_joined_by_va_are_two_parties():
    # src_tvplcrawl_32 L65: `… đến Ủy ban Thường vụ Quốc hội và đại biểu Quốc hội có yêu cầu.`
    assert rows_on_lines(WILD / "src_tvplcrawl_32.txt", 65) >= {
        ("Ủy ban Thường vụ Quốc hội", "report_to"), ("Đại biểu Quốc hội", "report_to")}
    # L82: `… đến Thường trực Hội đồng nhân dân và đại biểu Hội đồng nhân dân có yêu cầu.`
    rows = rows_on_lines(WILD / "src_tvplcrawl_32.txt", 82)
    assert {("Thường trực Hội đồng nhân dân", "report_to"), ("Đại biểu Hội đồng nhân dân", "report_to")} <= rows
    assert not any(" và đại biểu" in party for party, _ in rows)


def test_a_body_and_a_kind_of_person_listed_after_a_comma_are_two_parties():
    # src_tvplcrawl_12 L46: `4. Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, Đoàn đại biểu
    # Quốc hội, đại biểu Quốc hội, Hội đồng nhân dân các cấp, … giám sát việc thực hiện Nghị quyết này.`
    rows = rows_on_lines(WILD / "src_tvplcrawl_12.txt", 46)
    assert {("Đoàn đại biểu Quốc hội", "lead"), ("Đại biểu Quốc hội", "lead"), ("Ủy ban Thường vụ Quốc hội", "lead"),
            ("Hội đồng nhân dân các cấp", "lead")} <= rows
    # staff kinds listed together stay one party (src_tvplcrawl_32 L49: `Đại biểu Quốc hội, đại biểu Hội đồng nhân
    # dân có trách nhiệm …` is two kinds of deputy, each a party)
    assert {("Đại biểu Quốc hội", "lead"), ("Đại biểu Hội đồng nhân dân", "lead")} <= \
        rows_on_lines(WILD / "src_tvplcrawl_32.txt", 49)


def test_a_level_after_a_bracketed_abbreviation_is_no_verb():
    # fresh_31 L88: `+ Đại biểu Hội đồng nhân dân (HĐND) cấp tỉnh: Khảo sát tất cả số lượng …`: a survey's sample
    # group, not a body that `cấp` (grants) something
    assert not rows_on_lines(DEVSET / "fresh_31.txt", 88)
    # src_congbot_7 L3253: `b) Chủ tịch Ủy ban nhân dân cấp tỉnh, cấp huyện và cấp xã có trách nhiệm thành lập …`:
    # the levels are read over to the predicate
    assert ("Chủ tịch Ủy ban nhân dân tỉnh", "lead") in rows_on_lines(WILD / "src_congbot_7.txt", 3253)
    # L2235: `… thì Sở Lao động - Thương binh và Xã hội cấp bản trích lục hồ sơ …`: `cấp bản` is the verb and its object
    assert ("Sở Lao động, Thương binh và Xã hội", "lead") in rows_on_lines(WILD / "src_congbot_7.txt", 2235)


def test_spellings_of_one_body_take_its_standard_name():
    # src_congbot_18 L136, L140, L142: `Sở Lao động Thương binh và Xã hội` and `Sở Lao động thương binh xã hội` in
    # one document; src_tvplcrawl_20 L35 `Sở Lao động-Thương binh và Xã hội` (a dash against its words)
    rows = rows_on_lines(WILD / "src_congbot_18.txt", 136, 140, 142)
    assert {party for party, _ in rows if "Lao động" in party} == {"Sở Lao động, Thương binh và Xã hội"}
    assert ("Sở Lao động, Thương binh và Xã hội", "report_to") in rows_on_lines(WILD / "src_tvplcrawl_20.txt", 35)
    # a post over the body keeps its words (L25 `Giám đốc Sở Lao động Thương binh và Xã hội`)
    assert ("Giám đốc Sở Lao động, Thương binh và Xã hội", "lead") in rows_on_lines(WILD / "src_congbot_18.txt", 25)


def test_a_name_written_once_in_full_keeps_its_lower_case_nouns():
    # src_tvplcrawl_23 L157: `1. Cục Đăng ký và Dữ liệu thông tin đất đai [Cụm từ này bị thay thế …] có trách nhiệm
    # kiểm tra …` (the document writes the whole name fewer than twice where a name stands)
    assert ("Cục Đăng ký và Dữ liệu thông tin đất đai", "lead") in rows_on_lines(WILD / "src_tvplcrawl_23.txt", 157)
    # src_tvplcrawl_35 L175: `… thì Kho bạc Nhà nước chuyển tiền cho Quỹ phát triển đất; trường hợp …` (a body's name
    # written in lower case after its head)
    assert ("Quỹ phát triển đất", "report_to") in rows_on_lines(WILD / "src_tvplcrawl_35.txt", 175)
    # src_congbot_45 L111: `… báo cáo Bộ Tư lệnh quân khu; công an cấp tỉnh, …`
    assert ("Bộ Tư lệnh quân khu", "report_to") in rows_on_lines(WILD / "src_congbot_45.txt", 111)


def test_words_after_a_name_that_wrap_a_sentence_or_are_no_nouns_stay_out():
    # fresh_19 L378: `a) Các sở, ban, ngành và UBND các xã, phường, đặc khu căn cứ kế hoạch` / `cải cách hành chính
    # hằng năm …`: the line wraps a sentence, `căn cứ kế hoạch` is what follows the names
    rows = rows_on_lines(DEVSET / "fresh_19.txt", 378)
    assert ("Ủy ban nhân dân các xã, phường, đặc khu", "lead") in rows
    assert not any("căn cứ" in party for party, _ in rows)


def test_levels_listed_after_a_name_give_one_party_each():
    # src_congbot_7 L3253: `b) Chủ tịch Ủy ban nhân dân cấp tỉnh, cấp huyện và cấp xã có trách nhiệm thành lập …`
    docs = parse_file(str(WILD / "src_congbot_7.txt"))
    rows = [p for doc in docs for p in doc.parties if p.line == 3253]
    assert {(p.party, p.role) for p in rows} == {("Chủ tịch Ủy ban nhân dân tỉnh", "lead"),
                                               ("Chủ tịch Ủy ban nhân dân huyện", "lead"),
                                               ("Chủ tịch Ủy ban nhân dân xã", "lead")}
    assert {p.surface for p in rows} == {"Chủ tịch Ủy ban nhân dân cấp tỉnh", "cấp huyện", "cấp xã"}
    assert all(p.task.startswith("có trách nhiệm thành lập Quỹ Đền ơn đáp nghĩa") for p in rows)
    # fresh_44 L109: `… Thường trực Hội đồng nhân dân tỉnh, cấp xã tiến hành điều chỉnh cơ cấu …`
    assert {("Thường trực Hội đồng nhân dân tỉnh", "lead"), ("Thường trực Hội đồng nhân dân xã", "lead")} <= \
        rows_on_lines(DEVSET / "fresh_44.txt", 109)


def test_a_heading_with_no_task_under_it_assigns_nothing():
    # src_teacher2_1 L182–196, a plan's template in the letter's annex: `### VI. Tổ chức thực hiện` over `1. Hiệu
    # trưởng`, `2. Phó Hiệu trưởng` … `7. Nhân viên`, each heading with nothing under it, then `### HIỆU TRƯỞNG`
    assert not rows_on_lines(WILD / "src_teacher2_1.txt", *range(182, 197))
    # src_tvplcrawl_42 L358, a form's numbered field: `1. Cán bộ tiếp nhận Đơn:` over `2. Số, ngày Đơn đề nghị:`
    assert not rows_on_lines(WILD / "src_tvplcrawl_42.txt", 358)
    # a heading with its tasks under it still assigns them (src_congbot_4 L176 `2. Bộ Quốc phòng` over `- Chủ trì, …`)
    assert ("Bộ Quốc phòng", "lead") in rows_on_lines(WILD / "src_congbot_4.txt", 176)


def test_a_standard_name_is_written_standard_before_the_words_that_say_which_office():
    # src_congbot_7 L2477: `… gửi Sở Lao động - Thương binh và Xã hội nơi quản lý hồ sơ gốc …` (the bare name in the
    # same document is normalized to `Sở Lao động, Thương binh và Xã hội`)
    assert ("Sở Lao động, Thương binh và Xã hội nơi quản lý hồ sơ gốc", "report_to") in \
        rows_on_lines(WILD / "src_congbot_7.txt", 2477)
    # src_congbot_38 L5 `Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương`
    assert ("Sở Lao động, Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương", "lead") in \
        rows_on_lines(WILD / "src_congbot_38.txt", 5)
    # not across a dash: `Sở Tư pháp - cơ quan thường trực Hội đồng …` (fresh_26 L325, there a past request, round 16)
    # is the Sở and an apposition (round 13: the apposition is no part of the name), written as is
    assert "Sở Tư pháp" in {party for party, _ in plan_rows(SO_TU_PHAP_IN_FORCE)}


def test_a_duty_before_a_colon_is_no_part_of_the_name():
    # src_tvplcrawl_40 L68: `a) Cơ quan hải quan có trách nhiệm: Bố trí lực lượng, phương tiện, …`
    assert rows_on_lines(WILD / "src_tvplcrawl_40.txt", 68) == {("Cơ quan hải quan", "lead")}
    # src_tvplcrawl_59 L782: `2. Đội trưởng Đội Thuế có quyền:` over the fines he may impose: a right, no duty
    assert not rows_on_lines(WILD / "src_tvplcrawl_59.txt", 782)


# fresh_26.txt L324–326 as a plan in force writes it (the report says `đã chỉ đạo`: history, no task since round 16)
SO_TU_PHAP_IN_FORCE = ("1. Ủy ban nhân dân tỉnh chỉ đạo Sở Tư pháp - cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục "
                        "pháp luật tỉnh phối hợp với các sở, ngành, địa phương rà soát những khó khăn, vướng mắc.\n")


def plan_rows(line: str) -> set[tuple[str, str]]:
    from pipeline.api import parse_text

    head = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhổ biến, giáo dục pháp luật năm 2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n")
    return {(p.party, p.role) for p in parse_text(head + line)[0].parties}
