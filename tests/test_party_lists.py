"""Lists of bodies: one party per member of a list (after a heading, a label, `và` or a comma, levels listed after
one name), a head or a kind before a colon carried to the members written without it, a post or a lead-in held over
the bodies listed after it, a parent heading's party carried to its lettered items, and where a list ends (a bullet's
dash, an apposition, what a report carries). Real sentences of ../shared (file and line in a comment), or sentences
written as the genre writes them (said so in the comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import DEVSET, parsed_document, parties_on_line as on_line, WILD
from .test_parties import near
from .test_party_names_extent import _PLAN, in_decision, LETTER, planned, rows_of, rows_on_line, rows_on_lines

pytestmark = pytest.mark.skipif(not WILD.is_dir() or not DEVSET.is_dir(), reason="../shared is not here")


def test_a_heading_that_lists_parties_is_one_row_each():
    # src_congbot_7 L2203 `1. Bộ Quốc phòng và Bộ Công an có trách nhiệm:`: two bodies, one row each (as lists of
    # bodies are split everywhere else); written as a school plan heads its assignments: two posts
    found = near(WILD / "src_congbot_7.txt", "1. Bộ Quốc phòng và Bộ Công an có trách nhiệm:", 60)
    assert {("Bộ Quốc phòng", "lead"), ("Bộ Công an", "lead")} <= found
    assert ("Bộ Quốc phòng và Bộ Công an", "lead") not in found
    found = planned("3. Tổ trưởng chuyên môn, tổ trưởng tổ văn phòng\n- Xây dựng kế hoạch của tổ, triển khai đến từng "
                    "thành viên.")
    assert {("Tổ trưởng chuyên môn", "lead"), ("Tổ trưởng tổ văn phòng", "lead")} <= found


def test_partners_of_the_party_a_parent_heading_names():
    # src_congbot_7 L3319 `1. Bộ Lao động - Thương binh và Xã hội có trách nhiệm:` over L3327 `d) Chủ trì, phối hợp với
    # Bộ Thông tin và Truyền thông và các bộ, cơ quan liên quan tổ chức tuyên truyền …`: the lettered item is a section
    # of its own; its partners work with the body its parent heading names (main dropped them as partnerless)
    found = near(WILD / "src_congbot_7.txt", "d) Chủ trì, phối hợp với Bộ Thông tin và Truyền thông", 120)
    assert {("Bộ Thông tin và Truyền thông", "coordinate"), ("Các bộ, cơ quan liên quan", "coordinate")} <= found
    # written as a provincial plan assigns its departments (fresh_19's `IV.2.a` … items)
    found = planned("1. Sở Nội vụ\na) Chủ trì, phối hợp với Sở Tài chính triển khai thực hiện Kế hoạch này.")
    assert {("Sở Nội vụ", "lead"), ("Sở Tài chính", "coordinate")} <= found
    # the lettered items are the heading's items: its task is the first of them, not the text down to `Nơi nhận`
    doc = parse_text(_PLAN.format(body="1. Sở Nội vụ\na) Chủ trì, phối hợp với Sở Tài chính triển khai thực hiện."))[0]
    assert [p.task for p in doc.parties if p.party == "Sở Nội vụ"] == \
        ["Chủ trì, phối hợp với Sở Tài chính triển khai thực hiện"]


def test_a_post_holds_over_the_bodies_of_its_kind_in_a_clause_as_in_a_closing_list():
    # The closing list's shape (src_congbot_9 L414) in a clause of a plan's assignment, written as provincial plans
    # write it (../shared holds it only in closing articles): each department's director is charged.
    from .test_party_names_extent import planned
    parties = planned("1. Giám đốc Sở Y tế, Sở Tài chính, Sở Nội vụ chịu trách nhiệm hướng dẫn các xã tổ chức hội "
                      "nghị cử tri.")
    assert {("Giám đốc Sở Y tế", "lead"), ("Giám đốc Sở Tài chính", "lead"), ("Giám đốc Sở Nội vụ", "lead")} <= parties
    assert ("Sở Tài chính", "lead") not in parties


def test_a_post_over_a_list_of_kinds_one_of_them_two_syllables():
    found = rows_of(LETTER + "Thủ trưởng các đơn vị, trường học có trách nhiệm quán triệt, triển khai thực hiện nghiêm "
                             "túc nội dung Công văn này.\n")
    assert ("Thủ trưởng các đơn vị, trường học", "lead") in found


def test_kinds_of_body_written_without_their_comma():
    # src_congbot_40 L143: `… phối hợp với các ban ngành chức năng rà soát …`: `Các ban, ngành`, as the devset keys
    # write such lists (`Các sở, ban, ngành liên quan`)
    assert ("Các ban, ngành", "coordinate") in rows_on_line(WILD / "src_congbot_40.txt", 143)
    found = rows_of(LETTER + "Đề nghị Ủy ban nhân dân quận, huyện chỉ đạo Trung tâm Y tế và các sở, ban ngành liên quan "
                             "thực hiện nghiêm túc các biện pháp phòng, chống dịch.\n")
    assert ("Các sở, ban, ngành liên quan", "lead") in found


def test_a_dash_against_the_next_word_opens_the_next_bullet():
    # src_tvplcrawl_17 L83: `- Cơ quan thực hiện: Sở Văn hóa - Thể thao và Du lịch chủ trì, phối hợp với các sở,
    # ngành, Liên đoàn Lao động tỉnh và địa phương -Thời gian thực hiện: Thực hiện thường xuyên hằng năm.`
    rows = rows_on_line(WILD / "src_tvplcrawl_17.txt", 83)
    assert ("Các địa phương", "coordinate") in rows
    assert not any("Thời" in party for party, _ in rows)


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


def test_a_department_listed_without_its_head_takes_the_head_before_it():
    # src_tvplcrawl_15.txt L58: `- Đơn vị phối hợp: Vụ Pháp luật hình sự - hành chính, Các vấn đề chung về xây
    # dựng pháp luật, Vụ Pháp luật dân sự - kinh tế, …`: the second member is a Vụ written without `Vụ`.
    found = on_line(WILD / "src_tvplcrawl_15.txt", 58)
    assert ("Vụ Các vấn đề chung về xây dựng pháp luật", "coordinate") in found
    assert not any(party.startswith("Các vấn đề") for party, _ in found)
    # L63 of src_tvplcrawl_17.txt: `… phối hợp với Sở Lao động – Thương binh và Xã hội và Uỷ ban nhân dân các
    # huyện, thành phố.`: a member with a head of its own (old tone placement `Uỷ`) keeps it.
    found = on_line(WILD / "src_tvplcrawl_17.txt", 63)
    assert ("Ủy ban nhân dân các huyện, thành phố", "coordinate") in found


def test_a_body_named_at_one_level_then_another_is_one_party_per_level():
    # fresh_26.txt L425–426: `Trung tâm Phục vụ hành chính công` / `tỉnh và cấp xã bố trí đầy đủ cơ sở vật chất …`:
    # the centre of the province and the centres of the communes, not one body named `… tỉnh và cấp xã`.
    assert ("Trung tâm Phục vụ hành chính công tỉnh", "lead") in on_line(DEVSET / "fresh_26.txt", 425)
    assert ("Trung tâm Phục vụ hành chính công cấp xã", "lead") in on_line(DEVSET / "fresh_26.txt", 426)


def test_levels_under_one_determiner_after_a_body_at_a_level():
    # The closing sentence of a city's plan, as such plans write it (`Ủy ban nhân dân thành phố và các quận, huyện
    # có trách nhiệm …`): the city's committee, and the committees of its districts as one party (the convention
    # of ../shared/devset/gold: `Ủy ban nhân dân các quận, huyện`). A name holding `và` stays whole.
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai công tác dân vận năm 2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội hướng dẫn thực hiện.\n"
            "2. Ủy ban nhân dân thành phố và các quận, huyện có trách nhiệm triển khai thực hiện Kế hoạch này.\n")
    found = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert ("Ủy ban nhân dân thành phố", "lead") in found
    assert ("Ủy ban nhân dân các quận, huyện", "lead") in found
    assert ("Sở Giáo dục và Đào tạo", "lead") in found
    assert ("Sở Lao động, Thương binh và Xã hội", "coordinate") in found
    assert not any(party.startswith("Các quận") for party, _ in found)


def test_a_kind_of_department_before_a_colon_is_held_over_each_body_listed_after_it():
    # A ministry's plan names its departments as the closing articles of decisions do (`Giám đốc các Sở: Lao động
    # Thương binh và Xã hội, Tài chính, Y tế; …`, src_congbot_11.txt L35), here in an item of `Tổ chức thực hiện`:
    # `Các Cục:` / `các Vụ:` is the kind, each body after the colon is named by its field (`Quản lý khám, chữa bệnh`
    # keeps its comma: a lower-case word after it goes on with the name).
    text = ("BỘ Y TẾ\nSố: 12/KH-BYT\nKẾ HOẠCH\nThực hiện quy chế dân chủ ở cơ sở năm 2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Các Cục: Quản lý khám, chữa bệnh, Quản lý dược chủ trì, phối hợp với các Vụ: Pháp chế, Kế hoạch - Tài "
            "chính triển khai thực hiện.\n"
            "2. Giao Vụ Pháp chế, Vụ Tổ chức cán bộ, Bảo hiểm y tế rà soát các văn bản hướng dẫn.\n")
    found = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert {("Cục Quản lý khám, chữa bệnh", "lead"), ("Cục Quản lý dược", "lead"), ("Vụ Pháp chế", "coordinate"),
            ("Vụ Kế hoạch - Tài chính", "coordinate")} <= found
    assert ("Vụ Bảo hiểm y tế", "lead") in found
    assert not any(party in ("Các Cục", "Các Vụ") for party, _ in found)
    # a directive names ministries so (`Giao các Bộ: Quốc phòng, Công an, … chủ trì, phối hợp với …`)
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/CT-TTg\nCHỈ THỊ\nVề công tác người có công\n\n1. Nhiệm vụ\n"
            "Giao các Bộ: Quốc phòng, Công an, Lao động - Thương binh và Xã hội chủ trì, phối hợp với Ủy ban nhân dân "
            "các tỉnh rà soát hồ sơ.\n")
    assert [(p.party, p.role) for p in parse_text(text)[0].parties] == [
        ("Bộ Quốc phòng", "lead"), ("Bộ Công an", "lead"), ("Bộ Lao động - Thương binh và Xã hội", "lead"),
        ("Ủy ban nhân dân các tỉnh", "coordinate")]
    # fresh_31.txt L176, a recipient line `- Các Vụ: CCVC, TCBC, CCHC (để T/H);`: the kind alone is no party
    assert not [p for p in parsed_document(str(DEVSET / "fresh_31.txt")).parties if p.party == "Các Vụ"]


def test_a_heading_that_names_several_bodies_gives_one_party_each():
    # src_tvplcrawl_42.txt L172 `5. Cục Kiểm tra sau thông quan, Thanh tra Tổng cục Hải quan, Cục Điều tra Chống buôn
    # lậu thực hiện:` and src_congbot_21.txt L329 `4. Ban Chỉ đạo cấp quân khu, Ban Chỉ đạo các tỉnh, thành phố trực
    # thuộc Trung ương` over their tasks: the name reader stops inside a name (`sau`, `cấp`); a capitalised head
    # after a comma opens the next body, the rest goes on with the one before.
    assert {party for party, _ in on_line(WILD / "src_tvplcrawl_42.txt", 172)} == {
        "Cục Kiểm tra sau thông quan", "Thanh tra Tổng cục Hải quan", "Cục Điều tra Chống buôn lậu"}
    assert {party for party, _ in on_line(WILD / "src_congbot_21.txt", 329)} == {
        "Ban Chỉ đạo cấp quân khu", "Ban Chỉ đạo các tỉnh, thành phố trực thuộc Trung ương"}
    # a post's charge lists its fields so (fresh_35.txt L317 `7. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng
    # avf lĩnh vực khác`): one party
    assert len(on_line(DEVSET / "fresh_35.txt", 317)) == 1


def test_an_apposition_between_commas_is_not_a_second_party():
    # As commune plans write the body that serves a steering committee (the dash form is fresh_26.txt L325):
    # `Phòng Văn hóa - Xã hội, cơ quan thường trực Ban Chỉ đạo, chủ trì …` names one body; the list goes on after the
    # apposition, and a list of kinds after a determiner (`các cơ quan, đơn vị liên quan`) is still a party.
    head = ("ỦY BAN NHÂN DÂN\nXÃ LẠC DƯƠNG\nSố: 12/KH-UBND\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n")

    def found(line: str) -> list[tuple[str, str]]:
        return [(p.party, p.role) for p in parse_text(head + line)[0].parties]

    assert found("1. Giao Phòng Văn hóa - Xã hội, cơ quan thường trực Ban Chỉ đạo, chủ trì tổ chức thực hiện.\n") == [
        ("Phòng Văn hóa - Xã hội", "lead")]
    assert found("2. Phòng Văn hóa - Xã hội, cơ quan thường trực Ban Chỉ đạo, Công an xã phối hợp thực hiện.\n") == [
        ("Phòng Văn hóa - Xã hội", "coordinate"), ("Công an xã", "coordinate")]
    assert ("Các cơ quan, đơn vị liên quan", "coordinate") in \
        found("3. Phòng Kinh tế, Phòng Văn hóa - Xã hội, các cơ quan, đơn vị liên quan phối hợp thực hiện.\n")


def test_a_post_over_the_bodies_under_one_body_is_one_party():
    rows = in_decision("Điều 3. Tổ chức thực hiện\n"
                       "1. Cục trưởng các Cục thuộc Bộ chủ trì triển khai các nhiệm vụ được giao tại Kế hoạch.\n"
                       "2. Vụ trưởng các Vụ trực thuộc Bộ phối hợp thực hiện.\n")
    assert rows[2] == {("Cục trưởng các Cục thuộc Bộ", "lead")}
    assert rows[3] == {("Vụ trưởng các Vụ trực thuộc Bộ", "coordinate")}


def test_receivers_after_bao_cao_stop_at_what_the_report_carries():
    # The `báo cáo <receivers> <object>` order of the Government's decisions, the same sentence end written twice in
    # one text (which once read `kết quả thực hiện` into the last receiver's name).
    rows = in_decision("Điều 3. Tổ chức thực hiện\n"
                       "1. Bảo hiểm xã hội Việt Nam tổ chức rà soát, hoàn thiện hệ thống phần mềm nghiệp vụ, xong trước "
                       "ngày 01/5/2026, báo cáo Chính phủ, Thủ tướng Chính phủ, Hội đồng quản lý Bảo hiểm xã hội Việt "
                       "Nam kết quả thực hiện.\n"
                       "2. Tiếp tục rà soát, sắp xếp bộ máy xong trước ngày 01/5/2026, báo cáo Chính phủ, Thủ tướng Chính "
                       "phủ, Hội đồng quản lý Bảo hiểm xã hội Việt Nam kết quả thực hiện.\n")
    for line in (2, 3):
        assert {("Chính phủ", "report_to"), ("Thủ tướng Chính phủ", "report_to"),
                ("Hội đồng quản lý Bảo hiểm xã hội Việt Nam", "report_to")} <= rows[line]
