"""Where a party's name ends: names cut short or run on into the words after them — a level, a field, a bracketed
abbreviation, a lower-case noun or a verb that is still the name's, a conjunction, a predicate, a line wrap or a page
break that is not. Each test is on real sentences of ../shared (file and line in a comment) or, where ../shared lacks
the shape, on a sentence written as such documents write it (said so in its comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text
from pipeline.textfold import key_fold

from .conftest import DEVSET, parsed_document, parties_on_line as on_line, WILD
from .test_parties import near

pytestmark = pytest.mark.skipif(not WILD.is_dir() or not DEVSET.is_dir(), reason="../shared is not here")


# The frame of a commune Front plan (as fresh_35 / fresh_37 open) for the sentences written here.
_PLAN = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM
XÃ LƯƠNG MINH
BAN THƯỜNG TRỰC
Số: 20/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lương Minh, ngày 10 tháng 12 năm 2025

KẾ HOẠCH
Tổ chức hội nghị cử tri ở thôn

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm dân chủ, đúng luật.

II. TỔ CHỨC THỰC HIỆN
{body}

Nơi nhận:
- Lưu VT.
"""


def planned(body: str) -> set[tuple[str, str]]:
    return {(p.party, p.role) for p in parse_text(_PLAN.format(body=body))[0].parties}


# A letter of an education office as fresh_10 is laid out: pdftotext wraps its lines at ~80 columns.
_LETTER = """  ỦY BAN NHÂN DÂN HUYỆN CỦ CHI  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  PHÒNG GIÁO DỤC VÀ ĐÀO TẠO        Độc lập - Tự do - Hạnh phúc
        Số: 812 /GDĐT-VP           Củ Chi, ngày 19 tháng 11 năm 2025
         V/v báo cáo công tác dân vận năm 2025

                  Kính gửi: Thủ trưởng các đơn vị trường học.

     Thực hiện Kế hoạch số 52/KH-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân
huyện về công tác dân vận năm 2025, Phòng Giáo dục và Đào tạo yêu cầu thủ trưởng
{wrapped}
     Trân trọng./.
"""


# A city education office's letter, as such letters open (the body under test is appended).
LETTER = """UBND THÀNH PHỐ HÀ NỘI
SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 1234/SGDĐT-CTTT
V/v tăng cường công tác phòng, chống dịch COVID-19

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 05 tháng 5 năm 2021

Kính gửi: Các phòng Giáo dục và Đào tạo quận, huyện, thị xã.

"""


# A commune Front's plan, headed as fresh_35 and fresh_37 are (the Ban Thường trực issues it).
FRONT_PLAN = """ỦY BAN MTTQ VIỆT NAM
XÃ TÂN HƯNG
BAN THƯỜNG TRỰC

Số: 20/KH-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Hưng, ngày 05 tháng 12 năm 2025

KẾ HOẠCH
Tổ chức hội nghị hiệp thương giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã

I. MỤC ĐÍCH, YÊU CẦU
1. Tổ chức các hội nghị hiệp thương đúng quy định của pháp luật.

II. TỔ CHỨC THỰC HIỆN
"""


def rows_of(text: str) -> set[tuple[str, str]]:
    return {(p.party, p.role) for doc in parse_text(text) for p in doc.parties}


def rows_on_line(path, line: int) -> set[tuple[str, str]]:
    """(party, role) of the rows the extraction puts on the file's 1-based line."""
    return {(p.party, p.role) for doc in parse_file(str(path)) for p in doc.parties if p.line == line}


def rows_on_lines(path, *lines: int) -> set[tuple[str, str]]:
    """(party, role) of the rows the extraction puts on the file's 1-based lines."""
    return {(p.party, p.role) for doc in parse_file(str(path)) for p in doc.parties if p.line in lines}


# fresh_26.txt L324–326 as a plan in force writes it (the report says `đã chỉ đạo`: history, no task since round 16)
SO_TU_PHAP_IN_FORCE = ("1. Ủy ban nhân dân tỉnh chỉ đạo Sở Tư pháp - cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục "
                        "pháp luật tỉnh phối hợp với các sở, ngành, địa phương rà soát những khó khăn, vướng mắc.\n")


def plan_rows(line: str) -> set[tuple[str, str]]:
    from pipeline.api import parse_text

    head = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nKẾ HOẠCH\nPhổ biến, giáo dục pháp luật năm 2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n")
    return {(p.party, p.role) for p in parse_text(head + line)[0].parties}


# The header of a ministry's decision, as ministries write it (the articles under it are each test's own).
_DECISION = """BỘ Y TẾ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1234/QĐ-BYT
Hà Nội, ngày 10 tháng 3 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số ngành y tế năm 2025

BỘ TRƯỞNG BỘ Y TẾ

Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn
và cơ cấu tổ chức của Bộ Y tế;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số ngành y tế năm 2025.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def in_decision(articles: str) -> dict[int, set[tuple[str, str]]]:
    """(party, role) of the rows by line of `articles` (1-based), written after the decision's header."""
    offset = _DECISION.count("\n")
    rows: dict[int, set[tuple[str, str]]] = {}
    for p in parse_text(_DECISION + articles)[0].parties:
        rows.setdefault(p.line - offset, set()).add((p.party, p.role))
    return rows


def test_a_name_ends_with_the_level_it_is_listed_for():
    # src_congbot_18 L25 `…; Chủ tịch UBND các Huyện, Thị xã, Thành phố; Thủ trưởng các Ban, ngành …`: the levels,
    # capitalised, are the name's (main cut it after `Huyện`), and `Cục trưởng Cục Thuế tỉnh` after it is found
    found = near(WILD / "src_congbot_18.txt", "Điều 3. Chánh văn phòng UBND tỉnh", 300)
    assert ("Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố", "lead") in found
    assert ("Cục trưởng Cục Thuế tỉnh", "lead") in found
    # src_congbot_49 L314 `Thủ trưởng các Sở, Ban, Ngành, đoàn thể tỉnh; …`: one party, not `Thủ trưởng các Sở`
    found = near(WILD / "src_congbot_49.txt", "Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh", 300)
    assert ("Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh", "lead") in found
    assert ("Thủ trưởng các Sở", "lead") not in found
    # src_congbot_43 L234 `… gửi về Ủy ban nhân dân Thành phố, Bộ Xây dựng`: a capitalised kind opening a proper
    # name is a second party
    found = near(WILD / "src_congbot_43.txt", "- Ủy ban nhân dân quận, huyện tổng hợp, báo cáo", 400)
    assert {("Bộ Xây dựng", "report_to"), ("Ủy ban nhân dân Thành phố", "report_to")} <= found
    # src_congbot_18 L124 `… đề nghị Ủy ban nhân dân huyện, thị xã, thành phố xem xét …`: `thị xã` is a level
    found = near(WILD / "src_congbot_18.txt", "b) Sau khi bình xét công khai", 400)
    assert ("Ủy ban nhân dân huyện, thị xã, thành phố", "lead") in found
    # written as commune Front plans write their implementation items (fresh_35 L325, fresh_44 L431): the level
    # noun after `các` belongs to the name even where it is also a verb (`chi`) or not a kind of body (`ấp`)
    found = planned("1. Đề nghị Ban Công tác Mặt trận các khu dân cư, Chi hội trưởng các chi hội phối hợp thực hiện.\n"
                    "2. Ban Công tác Mặt trận các ấp, khu phố chủ trì tổ chức hội nghị cử tri.")
    assert {("Ban Công tác Mặt trận các khu dân cư", "coordinate"), ("Chi hội trưởng các chi hội", "coordinate"),
            ("Ban Công tác Mặt trận các ấp, khu phố", "lead")} <= found
    assert not {p for p, _ in found if p in ("Ban Công tác Mặt trận", "Chi hội trưởng")}


def test_a_name_read_across_a_hard_line_wrap():
    # written as fresh_10 wraps its lines (`… đề nghị các` / `đơn vị liên hệ:`): the wrap falls inside the word
    # `trường học`; the party is the whole name, not `… trường` with `học thực hiện` as its task
    text = _LETTER.format(wrapped="các đơn vị, trường\nhọc thực hiện báo cáo kết quả công tác dân vận năm 2025.")
    found = [(p.party, p.role, p.task) for p in parse_text(text)[0].parties]
    assert ("Thủ trưởng các đơn vị, trường học", "lead") in {(p, r) for p, r, _ in found}
    assert all(not task.startswith("học") for _, _, task in found)
    # written as education offices address their schools (fresh_06 L363 lists the levels in lower case): the levels
    # of schooling listed after `các trường` are the name's, across the wrap
    text = _LETTER.format(wrapped="các trường Mầm non, Tiểu học, THCS trên địa bàn\nhuyện báo cáo kết quả thực hiện.")
    assert ("Thủ trưởng các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn huyện", "lead") in \
        {(p.party, p.role) for p in parse_text(text)[0].parties}
    # a wrap between two words of the name's clause joins nothing: `… các đơn vị` / `thực hiện …`
    text = _LETTER.format(wrapped="các đơn vị\nthực hiện báo cáo kết quả công tác dân vận năm 2025.")
    assert ("Thủ trưởng các đơn vị", "lead") in {(p.party, p.role) for p in parse_text(text)[0].parties}


def test_a_heading_cut_short_takes_the_levels_written_elsewhere():
    # fresh_37 L183 `3. Ban Công tác Mặt trận các` (the heading is cut in the text); L169 writes `… hướng dẫn Ban Công
    # tác Mặt trận các thôn triển khai thực hiện`: the key's party is `Ban Công tác Mặt trận các thôn`
    found = near(DEVSET / "fresh_37.txt", "3. Ban Công tác Mặt trận các", 40)
    assert found == {("Ban Công tác Mặt trận các thôn", "lead")}


def test_posts_of_the_communities_below_a_commune():
    # src_congbot_43 L72 `… Trưởng thôn ấp, Tổ Trưởng các Tổ dân phố, hướng dẫn các đối tượng …`: `ấp` is a community
    # (Thông tư 04/2012/TT-BNV), part of the post's name; main found neither post
    found = near(WILD / "src_congbot_43.txt", "Trưởng thôn ấp, Tổ Trưởng các Tổ dân phố, hướng dẫn", 60)
    assert {("trưởng thôn ấp", "lead"), ("tổ trưởng các tổ dân phố", "lead")} <= {(key_fold(p), r) for p, r in found}
    # src_tvplcrawl_8 L29 `Phối hợp với Cục bản đồ Bộ Tổng tham mưu …`: `bản` alone opens a common word, no community
    assert not [p for p, _ in near(WILD / "src_tvplcrawl_8.txt", "Phối hợp với Cục bản đồ", 40) if p.endswith("bản")]


def test_a_word_of_a_name_capitalised_on_its_first_syllable_only():
    # src_congbot_23 L223 `3. Bộ trưởng Bộ Ngoại giao có trách nhiệm chỉ đạo …`: main cut the name at `Ngoại` (and lost
    # the row); src_tvplcrawl_23 L157 `1. Cục Đăng ký và Dữ liệu thông tin đất đai … có trách nhiệm`
    assert ("Bộ trưởng Bộ Ngoại giao", "lead") in near(WILD / "src_congbot_23.txt", "3. Bộ trưởng Bộ Ngoại giao", 40)
    # (round 10 reads the name on to its lower-case nouns: `… Dữ liệu thông tin đất đai`)
    assert "Cục Đăng ký và Dữ liệu thông tin đất đai" in \
        {p for p, _ in near(WILD / "src_tvplcrawl_23.txt", "1. Cục Đăng ký và Dữ liệu", 40)}
    # a place's syllables are each capitalised: fresh_26 L356 `Sở Tư pháp tỉnh Đắk Nông tự kiểm tra …` ends at `Nông`
    found = near(DEVSET / "fresh_26.txt", "Sở Tư pháp tỉnh Đắk Nông tự kiểm tra", 40)
    assert not [p for p, _ in found if p.endswith(" tự")]
    # fresh_27 L133 `Hiệp hội Nhà thầu xây dựng đã kết thúc từ ngày 28/12/2023`: a history, not `Hiệp hội Nhà thầu`
    # leading `xây dựng` (the tense marker opens the clause's predicate; the keys have no row)
    assert not near(DEVSET / "fresh_27.txt", "Hiệp hội Nhà thầu xây dựng đã kết thúc", 30)


def test_the_co_nguoi_clause_ends_at_the_next_verb():
    found = rows_of(FRONT_PLAN + "1. Ban Thường trực trao đổi với cơ quan, tổ chức, đơn vị có người ứng cử thống nhất "
                                 "thời gian tổ chức hội nghị cử tri nơi công tác.\n")
    assert ("Cơ quan, tổ chức, đơn vị có người ứng cử", "coordinate") in found
    # fresh_44 L593: the passive relative clause keeps its verbs (`có người được giới thiệu ứng cử`)
    assert ("Cơ quan, tổ chức, đơn vị có người được giới thiệu ứng cử", "coordinate") in \
        rows_on_line(DEVSET / "fresh_44.txt", 593)


def test_a_post_in_charge_of_a_field_named_with_a_dash():
    # fresh_35 keys `Phó Chủ tịch phụ trách lĩnh vực Công tác Xã hội` (the post with its field, no body); a field
    # written as two joined by a dash is one field
    found = rows_of(FRONT_PLAN + "1. Đồng chí Phó Chủ tịch phụ trách công tác Dân chủ - Pháp luật chịu trách nhiệm tổng "
                                 "hợp kết quả hiệp thương.\n")
    assert ("Phó Chủ tịch phụ trách công tác Dân chủ - Pháp luật", "lead") in found


def test_a_kind_word_that_is_a_word_of_names_stays_whole():
    # `xã hội` is one word (`chính trị - xã hội`), not the kinds `xã` and `hội` listed without their comma
    found = rows_of(LETTER + "Đề nghị các tổ chức chính trị, xã hội phối hợp tuyên truyền các biện pháp phòng, chống "
                             "dịch.\n")
    assert ("Các tổ chức chính trị, xã hội", "coordinate") in found


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


def test_a_form_s_blank_field_after_a_name_is_no_label_assigning_it():
    # src_tvplcrawl_45 L285, a form of the decree's annex flattened onto one line: `… Kính gửi: Tổng cục Hải quan Tên
    # doanh nghiệp:……`; src_congbot_23 L867, a minutes form: `2. Đại diện Đảng ủy xã (Chi bộ): …… Chức vụ……`
    assert not any("Tên doanh nghiệp" in party for party, _ in rows_on_line(WILD / "src_tvplcrawl_45.txt", 285))
    assert rows_on_line(WILD / "src_congbot_23.txt", 867) == set()
    # a label with its task stays one (fresh_02 L135: `1. Hiệu trưởng: Ông Hoàng Hưng – Chỉ đạo tổng thể …`, keyed)
    assert ("Hiệu trưởng", "lead") in rows_on_line(DEVSET / "fresh_02.txt", 135)


def test_a_level_after_a_bracketed_abbreviation_is_no_verb():
    # fresh_31 L88: `+ Đại biểu Hội đồng nhân dân (HĐND) cấp tỉnh: Khảo sát tất cả số lượng …`: a survey's sample
    # group, not a body that `cấp` (grants) something
    assert not rows_on_lines(DEVSET / "fresh_31.txt", 88)
    # src_congbot_7 L3253: `b) Chủ tịch Ủy ban nhân dân cấp tỉnh, cấp huyện và cấp xã có trách nhiệm thành lập …`:
    # the levels are read over to the predicate
    assert ("Chủ tịch Ủy ban nhân dân tỉnh", "lead") in rows_on_lines(WILD / "src_congbot_7.txt", 3253)
    # L2235: `… thì Sở Lao động - Thương binh và Xã hội cấp bản trích lục hồ sơ …`: `cấp bản` is the verb and its object
    assert ("Sở Lao động, Thương binh và Xã hội", "lead") in rows_on_lines(WILD / "src_congbot_7.txt", 2235)


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


def test_a_duty_before_a_colon_is_no_part_of_the_name():
    # src_tvplcrawl_40 L68: `a) Cơ quan hải quan có trách nhiệm: Bố trí lực lượng, phương tiện, …`
    assert rows_on_lines(WILD / "src_tvplcrawl_40.txt", 68) == {("Cơ quan hải quan", "lead")}
    # src_tvplcrawl_59 L782: `2. Đội trưởng Đội Thuế có quyền:` over the fines he may impose: a right, no duty
    assert not rows_on_lines(WILD / "src_tvplcrawl_59.txt", 782)


def test_a_verb_after_a_preposition_is_inside_the_name_and_the_list_goes_on():
    # src_tvplcrawl_15.txt L37: `- Đơn vị phối hợp: Vụ Các vấn đề chung về xây dựng pháp luật, Vụ Pháp luật dân
    # sự - kinh tế, Vụ Pháp luật quốc tế, Cục Kiểm tra …, Cục Kiểm soát thủ tục hành chính.` `xây dựng` after
    # `về` is the object of `về`, not the predicate after the list: the name and the list run on.
    found = on_line(WILD / "src_tvplcrawl_15.txt", 37)
    assert ("Vụ Các vấn đề chung về xây dựng pháp luật", "coordinate") in found
    assert ("Vụ Pháp luật dân sự - kinh tế", "coordinate") in found
    assert ("Cục Kiểm soát thủ tục hành chính", "coordinate") in found


def test_an_apposition_after_a_dash_is_not_part_of_the_name():
    # fresh_26.txt L324–326: `Ủy ban nhân dân tỉnh đã chỉ đạo Sở Tư pháp - cơ quan thường` / `trực Hội đồng phối hợp
    # phổ biến, giáo dục pháp luật tỉnh phối hợp với các sở, …`: after the dash a lower-case kind of body says what
    # the Sở is; the party is `Sở Tư pháp`, and the list after `phối hợp với` is still read.
    # (The report's `đã chỉ đạo` is history since round 16: the same sentence as a plan in force.)
    found = plan_rows(SO_TU_PHAP_IN_FORCE)
    assert {party for party, _ in found} == {"Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Các sở, ngành, địa phương"}
    assert ("Các sở, ngành, địa phương", "coordinate") in found
    # A dash inside a name is followed by a capital (`Phòng Văn hóa - Xã hội`, fresh_35.txt) or by a word that is
    # no body (`tổ chức chính trị - xã hội`): those names stay whole.
    parties = {p.party for p in parsed_document(str(DEVSET / "fresh_35.txt")).parties}
    assert "Các tổ chức chính trị - xã hội xã" in parties


def test_a_body_s_field_in_lower_case_runs_to_its_duty():
    # src_tvplcrawl_35.txt L242: `4. Hội đồng quản lý Quỹ phát triển đất có trách nhiệm ban hành Quy chế …`
    assert ("Hội đồng quản lý Quỹ phát triển đất", "lead") in on_line(WILD / "src_tvplcrawl_35.txt", 242)
    # src_tvplcrawl_8.txt L48: `Tổng Cục Quản lý ruộng đất có nhiệm vụ hướng dẫn cụ thể …`
    assert ("Tổng Cục Quản lý ruộng đất", "lead") in on_line(WILD / "src_tvplcrawl_8.txt", 48)
    rows = in_decision("Điều 3. Tổ chức thực hiện\n"
                       "1. Trung tâm Công nghệ thông tin căn cứ kế hoạch được duyệt nâng cấp hệ thống thư điện tử.\n"
                       "2. Trung tâm Phát triển quỹ đất chủ trì thực hiện bồi thường, giải phóng mặt bằng.\n"
                       "3. Ban Quản lý dự án đầu tư xây dựng có trách nhiệm lập hồ sơ dự án.\n"
                       "4. Phòng Văn hóa và Thông tin thực hiện tuyên truyền trên cổng thông tin điện tử.\n"
                       "5. Giao Trung tâm Phát triển quỹ đất chủ trì thực hiện bồi thường.\n")
    assert rows[2] == {("Trung tâm Công nghệ thông tin", "lead")}
    assert rows[3] == {("Trung tâm Phát triển quỹ đất", "lead")}
    assert rows[4] == {("Ban Quản lý dự án đầu tư xây dựng", "lead")}
    assert rows[5] == {("Phòng Văn hóa và Thông tin", "lead")}
    assert rows[6] == {("Trung tâm Phát triển quỹ đất", "lead")}


def test_what_a_body_does_is_no_field_of_its_name():
    # A verb, an adverb of time or a preposition after the name is the clause's, not the name's.
    rows = in_decision("Điều 3. Tổ chức thực hiện\n"
                       "1. Sở Nội vụ bố trí kinh phí thực hiện Kế hoạch.\n"
                       "2. Sở Tư pháp định kỳ tổng hợp, tham mưu Ủy ban nhân dân tỉnh.\n"
                       "3. Sở Y tế trong phạm vi chức năng, nhiệm vụ thực hiện các nội dung của Kế hoạch.\n")
    assert ("Sở Nội vụ", "lead") in rows[2]
    assert ("Sở Tư pháp", "lead") in rows[3]
    assert not [party for party, _ in rows.get(4, ()) if party.startswith("Sở Y tế ")]


def test_a_lower_case_name_written_in_full_elsewhere_is_read_whole():
    # src_tvplcrawl_35.txt L309: `c) Trình Hội đồng nhân dân cùng cấp quyết định mức vốn điều lệ …, vốn điều lệ bổ
    # sung cấp cho Quỹ phát triển đất theo quy định tại Nghị định này.` The Nghị định writes `Quỹ phát triển đất`
    # where only the name stands many times; `đất` is a noun.
    found = on_line(WILD / "src_tvplcrawl_35.txt", 309)
    assert ("Quỹ phát triển đất", "report_to") in found
    assert ("Quỹ phát triển", "report_to") not in found


def test_a_defined_body_is_not_named_by_the_body_it_belongs_to():
    # src_tvplcrawl_21.txt L69: `… tại cơ quan quản lý nhà thuộc Uỷ ban nhân dân cấp tỉnh (sau đây gọi chung là cơ
    # quan quản lý nhà cấp tỉnh).` The name read before the bracket is the owner's (after `thuộc`), not the defined
    # body's: L72 `3. Cơ quan quản lý nhà cấp tỉnh có trách nhiệm tổ chức bàn giao nhà ở …` is that body, not the
    # Ủy ban. Likewise src_tvplcrawl_56.txt L68 defines `Trung tâm Đăng ký`, which is no `Bộ Tư pháp` (L436).
    found = on_line(WILD / "src_tvplcrawl_21.txt", 72)
    assert ("Cơ quan quản lý nhà cấp tỉnh", "lead") in found
    assert ("Ủy ban nhân dân tỉnh", "lead") not in found
    assert ("Bộ Tư pháp", "lead") not in on_line(WILD / "src_tvplcrawl_56.txt", 436)


def test_a_post_is_held_in_the_body_the_document_names_in_full():
    # src_tvplcrawl_15.txt L13: `Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật, Chánh Văn phòng Bộ, …` —
    # `Các` also opens a plural, so the post was cut to `Vụ trưởng Vụ`; L49 names `Vụ Các vấn đề chung …` in full.
    found = on_line(WILD / "src_tvplcrawl_15.txt", 13)
    assert ("Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật", "lead") in found
    assert ("Vụ trưởng Vụ", "lead") not in found
    assert ("Vụ trưởng Vụ Kế hoạch - Tài chính", "lead") in found  # (a proper name after its head: unchanged)


def test_a_charge_runs_over_a_capitalised_sector_to_its_level():
    # src_congbot_28.txt L16: `… chỉ đạo Phòng Lao động - Thương binh và Xã hội cấp huyện, cán bộ làm công tác Lao
    # động - Thương binh và Xã hội tại cấp xã giám sát việc chi trả …`: was `Cán bộ`; the level closes the field,
    # `giám sát` is the clause's verb.
    found = on_line(WILD / "src_congbot_28.txt", 16)
    assert ("Cán bộ làm công tác Lao động - Thương binh và Xã hội tại cấp xã", "lead") in found
    assert ("Phòng Lao động - Thương binh và Xã hội cấp huyện", "lead") in found
    assert ("Cán bộ", "lead") not in found


def test_the_partys_bodies_after_a_kind_of_body():
    # fresh_15.txt L718: `2. Các cấp uỷ, thủ trưởng cơ quan, tổ chức đảng có trách nhiệm thực hiện Hướng dẫn này.`
    found = on_line(DEVSET / "fresh_15.txt", 718)
    assert ("Thủ trưởng cơ quan, tổ chức đảng", "lead") in found
    assert ("Thủ trưởng cơ quan, tổ chức", "lead") not in found


def test_a_level_cut_by_a_scans_page_break_is_completed():
    # fresh_13.txt L99 (a scan): `2. Giao Si Giáo due và Dào to theo dôi, thng hçp, báo cáo UBND thành ph` ⏎ `1` ⏎
    # `9/` — the page's end cut `thành phố`; the row read `Ủy ban nhân dân thành`.
    assert ("Ủy ban nhân dân thành phố", "report_to") in on_line(DEVSET / "fresh_13.txt", 99)
    assert ("Ủy ban nhân dân thành", "report_to") not in on_line(DEVSET / "fresh_13.txt", 99)


# A provincial letter on infrastructure assets, as such letters list their bodies (written for the test: ../shared
# has no `Ban Quản lý các …` given a task).
_ASSETS_LETTER = """ỦY BAN NHÂN DÂN
TỈNH BÌNH DƯƠNG
Số: 4127/UBND-KT
V/v rà soát tài sản kết cấu hạ tầng khu công nghiệp
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Dương, ngày 12 tháng 8 năm 2025

Kính gửi:
- Sở Tài chính;
- Ban Quản lý các khu công nghiệp tỉnh.

1. Ban Quản lý các khu công nghiệp tỉnh chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng tỉnh rà soát tài
sản kết cấu hạ tầng khu công nghiệp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/9/2025.
2. Sở Tài chính có trách nhiệm gửi Ban Tổ chức các thông tin về tài sản.
"""


def test_a_board_named_for_the_many_things_it_manages():
    # `Ban Quản lý các khu công nghiệp`, `Ban Quản lý dự án đầu tư xây dựng` (Luật Xây dựng 2014, Điều 63): `các` and
    # the field `xây dựng` are the name's; the row was `Ban Quản lý` or none. Another head ends before `các`.
    found = {(p.party, p.role) for p in parse_text(_ASSETS_LETTER)[0].parties}
    assert ("Ban Quản lý các khu công nghiệp tỉnh", "lead") in found
    assert ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "coordinate") in found
    assert not {party for party, _ in found if party.startswith("Ban Tổ chức các")}
    assert "Ban Quản lý" not in {party for party, _ in found}


def test_a_units_name_goes_on_over_the_quality_it_accredits():
    # a Sở GD&ĐT's letter on a provincial examination: its units (Thông tư 12/2020/TT-BGDĐT) named whole
    found = planned("1. Phòng Khảo thí và Kiểm định chất lượng giáo dục chuẩn bị đề thi.\n"
                    "2. Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Khảo thí và Quản lý chất lượng giáo dục, "
                    "Văn phòng Sở chuẩn bị các điều kiện tổ chức kỳ thi.\n")
    assert ("Phòng Khảo thí và Kiểm định chất lượng giáo dục", "lead") in found
    assert ("Phòng Khảo thí và Quản lý chất lượng giáo dục", "coordinate") in found
    assert ("Văn phòng Sở", "coordinate") in found


def test_a_body_said_to_be_the_standing_agency_then_given_its_duty_leads_it():
    # a province's decision setting up a steering committee (Điều 2 writes its standing agency so), and a plan's focal
    # point: `là …` says what the body is, the duty after the comma is its task; a role said on without a duty is none
    found = planned("1. Sở Nội vụ là cơ quan thường trực của Ban Chỉ đạo, có trách nhiệm tham mưu Trưởng ban ban hành "
                    "Quy chế hoạt động của Ban Chỉ đạo.\n"
                    "2. Văn phòng Ủy ban nhân dân tỉnh là đầu mối, chịu trách nhiệm theo dõi, tổng hợp kết quả.\n"
                    "3. Phòng Nội vụ là cơ quan thường trực giúp việc của Hội đồng Thi đua - Khen thưởng huyện.\n")
    assert ("Sở Nội vụ", "lead") in found
    assert ("Văn phòng Ủy ban nhân dân tỉnh", "lead") in found
    assert not any(party == "Phòng Nội vụ" for party, _ in found)


def test_a_kindergartens_groups_and_classes_and_a_schools_teams_are_kinds_of_units():
    # `các nhóm, lớp` (Điều lệ trường mầm non: nhóm trẻ, lớp mẫu giáo), `các tổ, khối`: one party, what it does after it
    found = planned("1. Giáo viên các nhóm, lớp căn cứ kế hoạch này đăng ký mô hình với Ban chỉ đạo trước ngày 30/9/2024.\n"
                    "2. Các tổ, khối đăng ký chuyên đề với Phó Hiệu trưởng.\n")
    assert ("Giáo viên các nhóm, lớp", "lead") in found
    assert ("Các tổ, khối", "lead") in found


def test_a_steering_committees_members_and_their_charges_under_the_heading_that_sets_it_up():
    # a kindergarten's plan sets up its steering committee and gives each member a charge (a label of a name, the post
    # and the seat, longer than a label elsewhere); the party is the post with its seat (devset fresh_36's keys)
    page = _PLAN.replace("II. TỔ CHỨC THỰC HIỆN\n{body}", "II. THÀNH LẬP BAN CHỈ ĐẠO\n{body}").format(
        body="1. Đ/c Nguyễn Thị Hà - Hiệu trưởng - Trưởng ban: phụ trách chung.\n"
             "2. Đ/c Lê Thị Thu - Phó Hiệu trưởng - Phó ban: phụ trách chuyên môn.\n")
    found = {(p.party, p.role) for p in parse_text(page)[0].parties}
    assert {("Hiệu trưởng - Trưởng ban", "lead"), ("Phó Hiệu trưởng - Phó ban", "lead")} <= found


def test_a_plural_kind_after_an_items_label_is_its_subject():
    # an education office's letter itemises its guidance under labels: `3. Hồ sơ đăng ký: các trường gửi hồ sơ … về
    # Phòng GD&ĐT …` (the subject in lower case after the colon); a label listing who takes part names no task
    found = planned("1. Hồ sơ đăng ký: các trường gửi hồ sơ đăng ký dự thi về Phòng GD&ĐT trước ngày 04/11/2024.\n"
                    "2. Thành phần: các đồng chí trong Ban Chỉ đạo.\n")
    assert ("Các trường", "lead") in found
    assert not any("đồng chí" in party.lower() for party, _ in found)


def test_a_plural_kind_after_a_posts_listed_bodies_is_a_party_of_its_own():
    # a provincial decision's closing article: `Giám đốc các Sở: Dân tộc và Tôn giáo, Nội vụ và các sở, ban, ngành; …`
    found = planned("1. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Dân tộc và Tôn giáo, Nội vụ và các sở, ban, "
                    "ngành; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này.\n")
    assert {("Giám đốc Sở Dân tộc và Tôn giáo", "lead"), ("Giám đốc Sở Nội vụ", "lead"), ("Các sở, ban, ngành", "lead"),
            ("Chủ tịch Ủy ban nhân dân các xã, phường", "lead")} <= found
    assert not any(party.startswith("Giám đốc Sở ban") for party, _ in found)


def test_a_lower_tier_named_by_cap_is_every_body_of_that_tier():
    # a province's decision names every commune's chair (`Chủ tịch UBND cấp xã`, kept so, as devset fresh_08's keys do);
    # a commune's plan names its own committee and the province above it by the same words (`cấp xã` → `xã`)
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 89/2025/QĐ-UBND\nLai Châu, ngày 28 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
                "Phân cấp quản lý viên chức\n\nĐiều 3. Tổ chức thực hiện\n"
                "1. Chủ tịch UBND cấp xã tổ chức triển khai, quán triệt thực hiện Quyết định này.\n")
    assert ("Chủ tịch Ủy ban nhân dân cấp xã", "lead") in {(p.party, p.role) for p in parse_text(decision)[0].parties}
    found = planned("1. Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã chủ trì tổ chức hội nghị, báo cáo Ban Thường trực "
                    "Ủy ban MTTQ Việt Nam cấp tỉnh.\n")
    assert {("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead"),
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "report_to")} <= found


def test_a_label_that_lists_several_bodies_before_its_colon_gives_each_its_task():
    """`3. Công đoàn, Chi đoàn thanh niên: Phối hợp tuyên truyền …` (a school plan's `Tổ chức thực hiện`), `2. Sở Tài
    chính, Kho bạc Nhà nước tỉnh: Thẩm định dự toán …` (src_congbot_17 L154): the comma that parts two names read is no
    break of the label (the line gave no party); a clause before the colon (`Bộ Tài chính, Bộ Công Thương có trách
    nhiệm:`) is still read as a clause."""
    assert plan_rows("3. Công đoàn, Chi đoàn thanh niên: Phối hợp tuyên truyền, vận động đoàn viên tích cực tham gia.\n"
                     ) == {("Công đoàn", "lead"), ("Chi đoàn thanh niên", "lead")}
    assert plan_rows("2. Sở Tài chính, Kho bạc Nhà nước tỉnh: Thẩm định dự toán, cấp kinh phí theo quy định.\n") == {
        ("Sở Tài chính", "lead"), ("Kho bạc Nhà nước tỉnh", "lead")}


def test_phối_hợp_with_its_partner_named_at_once_leaves_the_subject_the_lead():
    """`1. Giao Văn phòng HĐND và UBND xã phối hợp Ủy ban MTTQ xã tham mưu …` (a commune's plan; src_tvplcrawl_27:
    `Chi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn rà soát …`): the `với` left out, the subject does
    the work with its partner's help, as with `phối hợp với`; `phối hợp Y trong công tác …` (Y's own work) and a bare
    `phối hợp tổ chức …` still make the subject the helper."""
    assert plan_rows("1. Giao Văn phòng HĐND và UBND tỉnh phối hợp Ủy ban MTTQ tỉnh tham mưu tổ chức Ngày hội.\n") == {
        ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh", "lead"), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "coordinate")}
    assert ("Văn phòng Tỉnh ủy", "coordinate") in plan_rows(
        "2. Đề nghị Văn phòng Tỉnh ủy phối hợp Ủy ban MTTQ tỉnh trong công tác chuẩn bị hội nghị.\n")
    assert ("Sở Y tế", "coordinate") in plan_rows("3. Sở Y tế phối hợp tổ chức khám sức khỏe cho người dân.\n")


def test_levels_listed_with_slashes_are_one_party_as_with_commas():
    """`UBND các xã/phường/thị trấn tổ chức …`, `Chủ tịch UBND các huyện/thành phố chỉ đạo …` (a provincial decision;
    src_teacher2_1 `Sở Giáo dục và Đào tạo các tỉnh/thành phố`): the slashes list levels as commas do, and the party is
    written with the commas (the lines gave no party: `xã/phường/thị` was read as one word)."""
    assert plan_rows("1. Chủ tịch UBND các huyện/thành phố chỉ đạo triển khai thực hiện Quyết định này.\n") == {
        ("Chủ tịch Ủy ban nhân dân các huyện, thành phố", "lead")}
    assert plan_rows("2. UBND các xã/phường/thị trấn tổ chức tuyên truyền, phổ biến Kế hoạch.\n") == {
        ("Ủy ban nhân dân các xã, phường, thị trấn", "lead")}


def test_a_partner_named_in_a_fronted_sau_khi_clause_coordinates_the_lead_after_it():
    """`Sau khi thống nhất ý kiến với Ban Thường trực Ủy ban MTTQ tỉnh, Ủy ban nhân dân tỉnh ban hành …` (an election
    plan's shape): the partner is named before the lead, past the clause's comma (it was no party: no lead stood before
    the cue, and `thống nhất ý kiến với` was no cue, models/party_cues.tsv); the partners end at that comma. A decision's
    bases (`Căn cứ …; Sau khi thống nhất ý kiến với Bộ Tài chính …`, src_congbot_42 L9) name whom it consulted."""
    assert plan_rows("1. Sau khi thống nhất ý kiến với Ban Thường trực Ủy ban MTTQ tỉnh, Ủy ban nhân dân tỉnh ban hành "
                     "danh sách.\n") == {("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "coordinate"),
                                         ("Ủy ban nhân dân tỉnh", "lead")}
    if WILD.is_dir():
        assert on_line(WILD / "src_congbot_42.txt", 9) == set()


def test_a_board_named_after_its_task_runs_to_its_predicate():
    # a school's decision setting up its board for the democracy regulation: `Ban công tác` is named by the task after
    # it, to the clause's `có nhiệm vụ` (main read `Ban công tác` alone, the rest as its task)
    rows = in_decision("Điều 1. Nay thành lập Ban công tác tổ chức thực hiện Quy chế dân chủ cơ sở trường Tiểu học Phù Vân "
                       "gồm các ông, bà (Có danh sách kèm theo).\n"
                       "Điều 2. Ban công tác tổ chức thực hiện Quy chế dân chủ cơ sở nhà trường có nhiệm vụ triển khai "
                       "thực hiện kế hoạch, tham mưu cho Hiệu trưởng chỉ đạo thực hiện kế hoạch của nhà trường.\n")
    assert ("Ban công tác tổ chức thực hiện Quy chế dân chủ cơ sở nhà trường", "lead") in rows[2]
    assert ("Ban công tác", "lead") not in rows[2]


def test_parties_that_prepare_in_their_heading_keep_their_heading_reading():
    # a commune's notice for Tết: `5. Các Ban, ngành, Mặt trận, … và Trưởng các thôn chuẩn bị nội dung tham gia`: the
    # heading names its doers, its `chuẩn bị` no heading of a part that lists tasks then doers
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 12/TB-UBND\nAn Phú, ngày 02 tháng 02 năm 2024\n\nTHÔNG BÁO\nVề việc tổ chức "
            "Tết Nguyên đán\n\n4. Trưởng các thôn tổ chức dọn vệ sinh môi trường đường làng, ngõ xóm.\n"
            "5. Các Ban, ngành, Mặt trận, Hội, các tổ chức CT-XH xã và Trưởng các thôn chuẩn bị nội dung tham gia\n")
    parties = {p.party for p in parse_text(text)[0].parties if p.section_id == "5"}
    assert {"Các ban, ngành", "Mặt trận", "Trưởng các thôn"} <= parties


def test_a_post_over_one_kind_written_once_before_its_fields():
    # a province's letter: `Giao Giám đốc Sở: Tài chính, Y tế cùng các ngành, đơn vị có liên quan triển khai …` (was one
    # party `Giám đốc Sở`); the partners after `cùng` hold no post; a label with its task after the colon is no list
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 265/UBND-KGVX\nHậu Giang, ngày 13 tháng 02 năm 2018\n\n"
            "2. Giao Giám đốc Sở: Tài chính, Y tế cùng các ngành, đơn vị có liên quan triển khai thực hiện theo đúng quy "
            "định./.\n3. Lãnh đạo phòng chuyên môn thuộc Sở: Khảo sát tất cả số lượng hồ sơ.\n")
    parties = {p.party for p in parse_text(text)[0].parties}
    assert {"Giám đốc Sở Tài chính", "Giám đốc Sở Y tế"} <= parties
    assert not any(p.startswith("Giám đốc Sở đơn vị") or p.endswith("Khảo sát tất cả số lượng") for p in parties)


@pytest.mark.parametrize("qualifier", ["được giao nhiệm vụ", "đã được phân công nhiệm vụ"])
def test_bodies_qualified_as_given_the_tasks_keep_the_qualifier_and_their_duty(qualifier):
    # a province's decision approving a plan (held-out shape): `Điều 2. Sở …, các sở, ngành, các cơ quan, đơn vị đã được
    # phân công nhiệm vụ có trách nhiệm …` (main: with `đã`, no party at all; without it the task opened at `được giao`)
    rows = parse_text("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 1223/QĐ-UBND\nĐồng Xoài, ngày 15 tháng 5 năm 2009\n\n"
                      "QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch tuyển sinh vào lớp 6 và lớp 10\n\nQUYẾT ĐỊNH:\n\n"
                      "Điều 1. Phê duyệt Kế hoạch tuyển sinh vào lớp 6 và lớp 10 năm học 2009 - 2010.\n\n"
                      f"Điều 2. Sở Giáo dục và Đào tạo, các sở, ngành, các cơ quan, đơn vị {qualifier} có trách nhiệm tổ "
                      "chức triển khai thực hiện đúng mục đích yêu cầu, nội dung của Kế hoạch.\n")[0].parties
    assert [(p.party, p.task[:14]) for p in rows] == [
        ("Sở Giáo dục và Đào tạo", "có trách nhiệm"), ("Các sở, ngành", "có trách nhiệm"),
        (f"Các cơ quan, đơn vị {qualifier}", "có trách nhiệm")]


def test_the_issuers_own_act_after_a_schools_name_is_no_field_of_it():
    # a specialised school's notice (held-out shape): `Ban Giám hiệu Trường THPT Chuyên Ngoại ngữ thông báo việc tổ chức
    # kiểm tra …` (`Ngoại ngữ` one word of the segmenter's, then `thông báo việc` read as the school's field before the duty
    # `tổ chức`: the board was given the notice's subject as its task)
    rows = parse_text("THÔNG BÁO\n\nV/v tổ chức kiểm tra giữa học kỳ 2 năm học 2021-2022\n\n"
                      "Căn cứ kế hoạch-nhiệm vụ năm học 2021-2022.\n\n"
                      "Ban Giám hiệu Trường THPT Chuyên Ngoại ngữ thông báo việc tổ chức kiểm tra-đánh giá giữa kỳ cho học "
                      "sinh khối lớp 10-11-12 năm học 2021-2022 như sau:\n\n1. Kiểm tra giữa kỳ\n\n"
                      "- Tổ chức triển khai: Các trưởng nhóm chuyên môn báo cáo kế hoạch triển khai cho Ban Giám hiệu trước "
                      "ngày 20/03/2022.\n")[0].parties
    assert not any("thông báo" in p.party for p in rows)


def test_only_before_a_verb_is_no_word_of_a_bodys_name():
    # a commune's notice on receiving citizens (held-out shape): `2. UBND xã chỉ xem xét, xử lí đơn thư …` (`chỉ`, only,
    # a syllable of `Ban Chỉ đạo`: the name ran on over it, a party `Ủy ban nhân dân xã chỉ`; the commune saying what it
    # does is no task it is given); `Ban Chỉ huy Quân sự` keeps it
    head = "ỦY BAN NHÂN DÂN\nXÃ TÂN ĐOÀN\nSố: 05/TB-UBND\nTân Đoàn, ngày 10 tháng 01 năm 2022\n\nTHÔNG BÁO\nVề việc tiếp công dân\n\n"
    rows = parse_text(head + "2. UBND xã chỉ xem xét, xử lí đơn thư, khiếu nại, tố cáo của công dân gửi đến qua bưu "
                             "điện đảm bảo đúng quy định.\n3. Ban Chỉ huy Quân sự xã phối hợp với Công an xã bảo đảm an "
                             "ninh trật tự.\n")[0].parties
    assert [p.party for p in rows] == ["Ban Chỉ huy Quân sự xã", "Công an xã"]


def test_a_level_closes_a_name_before_the_object_of_its_report():
    # a city education office's letter on the vocational exam (held-out shape): `… báo cáo với Ủy ban nhân dân quận,
    # huyện kế hoạch tổ chức thi nghề …` (`kế hoạch`, a field word of `Sở Kế hoạch và Đầu tư`, ran the name on: a party
    # `Ủy ban nhân dân quận, huyện kế hoạch`); `sở tại` (the local one) still qualifies a level
    head = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 487/GDĐT-TrH\nAn Lạc, ngày 27 tháng 02 năm 2015\n\nV/v tổ chức thi nghề phổ "
            "thông năm học 2014 - 2015\n\n")
    rows = parse_text(head + "3. Kinh phí tổ chức thi nghề:\nCấp THCS: Phòng Giáo dục và Đào tạo báo cáo với Ủy ban nhân "
                             "dân quận, huyện kế hoạch tổ chức thi nghề phổ thông.\nCấp THPT: Trung tâm Giáo dục thường "
                             "xuyên báo cáo Ủy ban nhân dân huyện kế hoạch tổ chức thi.\n4. Bộ Quốc phòng phối hợp với "
                             "Ủy ban nhân dân tỉnh, thành phố sở tại xem xét, trình Chính phủ quyết định.\n")[0].parties
    assert {(p.party, p.role) for p in rows if p.role != "lead"} == {
        ("Ủy ban nhân dân quận, huyện", "report_to"), ("Ủy ban nhân dân huyện", "report_to"),
        ("Ủy ban nhân dân tỉnh, thành phố sở tại", "coordinate")}
