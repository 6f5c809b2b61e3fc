"""Lists of bodies: one party per member of a list (after a heading, a label, `và` or a comma, levels listed after
one name), a head or a kind before a colon carried to the members written without it, a post or a lead-in held over
the bodies listed after it, a parent heading's party carried to its lettered items, and where a list ends (a bullet's
dash, an apposition, what a report carries); a closing article addressed to the post holders (`Các ông (bà):`,
`Các Ông/Bà:`), a generic head kept with its qualifier, `hoặc` between two parties, a report's results told as no
tasks. Real sentences of ../shared (file and line in a comment), or sentences
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
    # src_congbot_40 L143: `… phối hợp với các ban ngành chức năng rà soát …`: `Các ban, ngành …`, as the devset keys
    # write such lists (`Các sở, ban, ngành liên quan`), with the remit that names the kind (`chức năng`)
    assert ("Các ban, ngành chức năng", "coordinate") in rows_on_line(WILD / "src_congbot_40.txt", 143)
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
    # fresh_44 L109 (a province's guidance): `… Thường trực Hội đồng nhân dân tỉnh, cấp xã tiến hành điều chỉnh cơ cấu …`:
    # the province's and every commune's (a tier below the document's own keeps its `cấp`, as devset fresh_08's keys)
    assert {("Thường trực Hội đồng nhân dân tỉnh", "lead"), ("Thường trực Hội đồng nhân dân cấp xã", "lead")} <= \
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
    # The shape of fresh_26.txt L425–426 (`Trung tâm Phục vụ hành chính công` / `tỉnh và cấp xã bố trí đầy đủ cơ sở vật
    # chất …`), in a plan: the centre of the province and the centres of the communes, not one body named `… tỉnh và
    # cấp xã`. (There, in a Báo cáo's results part, it is a result told, no task: see below.)
    text = ("ỦY BAN NHÂN DÂN TỈNH AN LẠC\nSố: 8/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. TỔ CHỨC THỰC HIỆN\n"
            "Trung tâm Phục vụ hành chính công\ntỉnh và cấp xã bố trí đầy đủ cơ sở vật chất, trang thiết bị làm việc.\n")
    found = {(p.party, p.role, p.line) for p in parse_text(text)[0].parties}
    assert ("Trung tâm Phục vụ hành chính công tỉnh", "lead", 7) in found
    assert ("Trung tâm Phục vụ hành chính công cấp xã", "lead", 8) in found


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


def _parties_on(path, line: int) -> list[tuple[str, str]]:
    return sorted((p.party, p.role) for d in parse_file(str(path)) for p in d.parties if p.line == line)


def test_a_closing_article_addressed_to_the_post_holders_gives_one_party_per_post():
    # src_tvplcrawl_20 L41: `Các ông (bà): Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Kế hoạch và Đầu
    # tư, Lao động - Thương binh và Xã hội, Giám đốc Kho bạc nhà nước Tuyên Quang, Chủ tịch Uỷ ban nhân dân các
    # huyện, thành phố và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.`
    parties = _parties_on(WILD / "src_tvplcrawl_20.txt", 41)
    leads = {p for p, role in parties if role == "lead"}
    assert "Chánh Văn phòng Ủy ban nhân dân tỉnh" in leads
    for body in ("Tài chính", "Kế hoạch và Đầu tư"):
        assert f"Giám đốc Sở {body}" in leads
    # the colon's list ends at the next post named in full, though no `;` closes it
    assert "Giám đốc Kho bạc Nhà nước Tuyên Quang" in leads
    assert "Chủ tịch Ủy ban nhân dân các huyện, thành phố" in leads
    assert not any(p.startswith("Giám đốc Sở Giám đốc") or p.startswith("Giám đốc Sở Chủ tịch") for p in leads)


def test_a_closing_article_addressed_with_a_slash():
    text = ("ỦY BAN NHÂN DÂN HUYỆN AN LẠC\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu tuyển sinh năm học 2025-2026\n\n"
            "Điều 1. Giao chỉ tiêu tuyển sinh cho các trường trung học cơ sở trên địa bàn huyện.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Các Ông/Bà: Chánh Văn phòng Ủy ban nhân dân huyện, Trưởng phòng Tài chính - Kế hoạch, "
            "Trưởng phòng Giáo dục và Đào tạo và Hiệu trưởng các trường có tên tại Điều 1 chịu trách nhiệm thi hành "
            "Quyết định này./.\n")
    leads = {p.party for d in parse_text(text, "qd.txt") for p in d.parties if p.role == "lead"}
    assert "Chánh Văn phòng Ủy ban nhân dân huyện" in leads
    assert "Trưởng phòng Giáo dục và Đào tạo" in leads
    assert not any(p.lower().startswith("các ông") for p in leads)


_PLAN_HEAD = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO AN LẠC\n\nKẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp huyện năm học 2025-2026\n\n"
              "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao sức khỏe học sinh.\nII. TỔ CHỨC THỰC HIỆN\n")


def _plan_parties(body: str) -> list[tuple[str, str]]:
    return sorted((p.party, p.role) for d in parse_text(_PLAN_HEAD + body, "kh.txt") for p in d.parties)


def test_a_generic_head_keeps_its_qualifier_trực_thuộc_before_the_predicate():
    # `các đơn vị trực thuộc`: the superior body is the issuer, left unsaid; the name is whole before the verb
    parties = _plan_parties("Đề nghị Hiệu trưởng các trường, Thủ trưởng các đơn vị trực thuộc triển khai thực hiện "
                            "nghiêm túc kế hoạch này.\n")
    assert ("Thủ trưởng các đơn vị trực thuộc", "lead") in parties
    assert ("Hiệu trưởng các trường", "lead") in parties
    assert ("Thủ trưởng các đơn vị", "lead") not in parties


def test_guiding_its_own_units_is_part_of_the_task_a_body_bears():
    # src_congbot_2 L269: `Bộ Lao động - Thương binh và Xã hội có trách nhiệm phân bổ tỷ lệ chi quản lý … và hướng
    # dẫn các cơ quan Lao động - Thương binh và xã hội địa phương quản lý, sử dụng …`: the guided bodies are
    # given no task by the decree (the devset key of fresh_11 L60-61 reads the same shape so)
    parties = _parties_on(WILD / "src_congbot_2.txt", 269)
    assert ("Bộ Lao động, Thương binh và Xã hội", "lead") in parties or \
        ("Bộ Lao động - Thương binh và Xã hội", "lead") in parties
    assert not any(p.startswith("Các cơ quan Lao động") for p, _ in parties)


def test_a_plural_kind_of_body_opening_a_task_with_a_verb_the_lexicon_lacks():
    # underthesea tags `thống kê` a verb: `Các trường` is the subject of the task, the Phòng receives the report
    parties = _plan_parties("Các trường thống kê số liệu, gửi về Phòng GDĐT trước ngày 10/10/2025.\n")
    assert ("Các trường", "lead") in parties
    assert ("Phòng Giáo dục và Đào tạo", "report_to") in parties


def test_a_plural_kind_of_body_under_a_condition_is_given_no_task():
    parties = _plan_parties("Các trường vi phạm quy chế thi thì bị hủy kết quả.\n")
    assert not any(p == "Các trường" for p, _ in parties)


def test_a_verb_joined_to_a_past_one_is_the_letters_background_not_a_task():
    # src_congbot_28 L8: `… Bộ Lao động - Thương binh và Xã hội đã có Công văn số 3395/LĐTBXH-KHTC gửi Tổng công ty
    # Bưu điện Việt Nam về việc … và đề nghị Tổng công ty Bưu điện Việt Nam cần có các giải pháp …`
    assert _parties_on(WILD / "src_congbot_28.txt", 8) == []
    # src_congbot_35 L7: `… hầu hết các địa phương đã lập Đề án … và gửi về Bộ Xây dựng, Bộ Tài chính, …`; L9 asks the
    # same reports of the provinces that have not: there the Bộ receive them
    assert _parties_on(WILD / "src_congbot_35.txt", 7) == [
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")]
    assert ("Bộ Xây dựng", "report_to") in _parties_on(WILD / "src_congbot_35.txt", 9)


def test_a_kind_of_school_named_by_its_level_is_the_subject_of_its_tasks():
    # src_teacher2_1 L63: `3. Cơ sở giáo dục tiểu học xây dựng và tổ chức thực hiện kế hoạch giáo dục của nhà trường; …
    # và báo cáo Phòng GDĐT trong quá trình thực hiện tại đơn vị.` (models/party_heads.tsv: `Cơ sở giáo dục`)
    parties = _parties_on(WILD / "src_teacher2_1.txt", 63)
    assert ("Cơ sở giáo dục tiểu học", "lead") in parties
    assert ("Phòng Giáo dục và Đào tạo", "report_to") in parties


def test_the_levels_of_schooling_after_a_post_written_in_lower_case_stay_in_its_name():
    parties = _plan_parties("Hiệu trưởng các trường mầm non, tiểu học chịu trách nhiệm triển khai kế hoạch tại đơn "
                            "vị.\n")
    assert parties == [("Hiệu trưởng các trường mầm non, tiểu học", "lead")]


def test_levels_of_schooling_that_run_on_to_other_kinds_of_body_are_not_read_as_one_name():
    # fresh_06 L363: `- Chỉ đạo các trường tiểu học, trung học cơ sở, trung học phổ thông, trường` ⏎ `phổ thông có nhiều
    # cấp học, các trung tâm Giáo dục thường xuyên, …` (its key keeps the whole list as one optional party)
    parties = _parties_on(DEVSET / "fresh_06.txt", 363)
    assert not any(p.startswith("Các trường tiểu học, trung học cơ sở") for p, _ in parties)


def test_either_of_two_parties_joined_by_hoặc_is_a_party():
    # src_tvplcrawl_53 L209: `2. Hội đồng thành viên hoặc Chủ tịch công ty có trách nhiệm:`
    parties = _parties_on(WILD / "src_tvplcrawl_53.txt", 209)
    assert ("Hội đồng thành viên", "lead") in parties and ("Chủ tịch công ty", "lead") in parties
    # src_congbot_6 L87: `d) Cơ quan, đơn vị có thẩm quyền theo quy định của Bộ Quốc phòng hoặc Bộ Công an có trách
    # nhiệm …`: there `hoặc` joins the words of the qualifier, the party stays whole
    parties = _parties_on(WILD / "src_congbot_6.txt", 87)
    assert ("Cơ quan, đơn vị có thẩm quyền theo quy định của Bộ Quốc phòng hoặc Bộ Công an", "lead") in parties




def test_a_reports_results_told_without_đã_give_no_tasks():
    # fresh_26 (Báo cáo), part II `KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH`, L235: `Sở Tư pháp thực hiện thẩm định
    # 268 dự thảo văn bản QPPL …`; L616: `… Chủ tịch Ủy ban nhân dân tỉnh bổ nhiệm 157 lãnh đạo cấp sở …`
    assert _parties_on(DEVSET / "fresh_26.txt", 235) == []
    assert _parties_on(DEVSET / "fresh_26.txt", 616) == []
    # its part IV `PHƯƠNG HƯỚNG, NHIỆM VỤ` still gives tasks (L984: `… gửi Bộ Nội vụ để tổng hợp`)
    assert ("Bộ Nội vụ", "report_to") in _parties_on(DEVSET / "fresh_26.txt", 984)
    # fresh_19 (Báo cáo), part II `TÌNH HÌNH THỰC HIỆN …`, L133-134: `… Trung tâm Xúc tiến đầu tư, thương mại và du lịch
    # tỉnh sẽ chủ trì, phối hợp …`: what is still to be done is a task
    assert ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh", "lead") in _parties_on(DEVSET / "fresh_19.txt", 134)


def test_a_field_written_with_a_comma_inside_a_body_name_stays_whole():
    # `Khám, chữa bệnh` is one field (models/party_name_words.txt); `Sở Văn hóa, Thể thao và Du lịch` closes its
    # fields with `và`
    text = ("BỘ Y TẾ\nSố: 55/BYT-KCB\nV/v tăng cường phòng chống dịch\n\nKính gửi: Các đơn vị trực thuộc Bộ.\n\n"
            "Giao Cục Quản lý Khám, chữa bệnh chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch hướng dẫn thực "
            "hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn A\n")
    parties = sorted((p.party, p.role) for d in parse_text(text, "cv.txt") for p in d.parties if p.line == 7)
    assert parties == [("Cục Quản lý Khám, chữa bệnh", "lead"), ("Sở Văn hóa, Thể thao và Du lịch", "coordinate")]


def test_a_dash_item_naming_another_party_ends_the_tasks_of_the_heading_above_it():
    parties = _plan_parties("1. Phòng Giáo dục và Đào tạo\n- Xây dựng kế hoạch tổ chức hội thi.\n2. Các trường tiểu học:\n"
                            "- Lập danh sách học sinh dự thi.\n- Cử giáo viên tham gia ban giám khảo.\n"
                            "- Trung tâm Văn hóa huyện:\n+ Chuẩn bị hội trường.\n"
                            "+ Phối hợp với Phòng Giáo dục và Đào tạo trang trí khánh tiết.\n")
    assert ("Các trường tiểu học", "lead") in parties
    assert ("Trung tâm Văn hóa huyện", "lead") in parties
    # the `+ Phối hợp …` item is the Trung tâm's, not a partner's role of the schools
    assert ("Các trường tiểu học", "coordinate") not in parties


# A district council's resolution issuing the rules of its sessions, as councils write its closing article (held-out
# shape): its header, then the article.
_COUNCIL_RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN NHÀ BÈ\n\nSố: 49/NQ-HĐND\n\nNhà Bè, ngày 05 tháng 11 năm 2021\n\n"
                       "NGHỊ QUYẾT\nVề ban hành Nội quy kỳ họp Hội đồng nhân dân huyện Nhà Bè khóa XI\n\n"
                       "HỘI ĐỒNG NHÂN DÂN HUYỆN NHÀ BÈ\n\nQUYẾT NGHỊ:\n\n"
                       "Điều 1. Ban hành kèm theo Nghị quyết này Nội quy kỳ họp của Hội đồng nhân dân huyện.\n\n")


def test_a_lists_last_kind_described_up_to_its_duty_keeps_the_list():
    """`… và các vị đại biểu khách mời tham dự kỳ họp Hội đồng nhân dân Huyện có trách nhiệm thực hiện …`: the last
    kind is named by what it does, up to its duty, as a kind alone already was (`Cơ quan, đơn vị tiếp nhận hồ sơ có
    trách nhiệm …`); the list lost every party, for its last name did not reach a predicate."""
    article = ("Điều 2. Thường trực Hội đồng nhân dân, Ủy ban nhân dân và các vị đại biểu khách mời tham dự kỳ họp Hội "
               "đồng nhân dân Huyện có trách nhiệm thực hiện nghiêm túc Nội quy kỳ họp.\n")
    found = rows_of(_COUNCIL_RESOLUTION + article)
    assert found == {("Thường trực Hội đồng nhân dân huyện", "lead"), ("Ủy ban nhân dân huyện", "lead"),
                     ("Các vị đại biểu khách mời tham dự kỳ họp Hội đồng nhân dân Huyện", "lead")}


def test_the_committees_of_a_council_are_no_list_of_kinds():
    """`các Ban HĐND tỉnh` (the council's committees, as every council resolution's closing article names them): `Hội`
    opens the council's name (`Hội đồng`), no kind listed after `ban` (it was written `Các ban, Hội đồng nhân dân`, as
    `các phòng ban ngành` is `Các phòng, ban, ngành`, which stays)."""
    articles = ("Điều 2. Giao Ủy ban nhân dân huyện, các phòng ban ngành huyện tổ chức thực hiện Nghị quyết này.\n"
                "Điều 3. Thường trực HĐND huyện, các Ban HĐND huyện giám sát việc thực hiện Nghị quyết này.\n")
    parties = {party for party, _ in rows_of(_COUNCIL_RESOLUTION + articles)}
    assert {"Các ban Hội đồng nhân dân huyện", "Các phòng, ban, ngành huyện"} <= parties
    assert not any(party.startswith("Các ban, Hội đồng") for party in parties)


def test_the_youth_unions_central_committee_is_a_body_of_its_own_in_a_joint_programme():
    """A ministry's joint programme with the Youth Union (held-out shape, as their programmes head their parts):
    `1. Bộ Giáo dục và Đào tạo và Trung ương Đoàn TNCS Hồ Chí Minh` over its tasks is two parties, `Trung ương Đoàn`
    opening a body's name (models/party_heads.tsv); it was one party holding both."""
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO - TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH\n\nSố: 674/CTr-BGDĐT-TWĐTN\n\n"
            "Hà Nội, ngày 10 tháng 9 năm 2014\n\nCHƯƠNG TRÌNH\nPhối hợp hoạt động năm học 2014 - 2015\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\n1. Bộ Giáo dục và Đào tạo và Trung ương Đoàn TNCS Hồ Chí Minh\n\n"
            "Thành lập các tổ công tác tiến hành kiểm tra, khảo sát tình hình thực hiện Chương trình phối hợp.\n")
    assert {("Bộ Giáo dục và Đào tạo", "lead"), ("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "lead")} == \
        rows_of(text)


def test_the_party_committees_listed_after_a_determiner_are_one_list_of_kinds():
    """A central Party board's letter (held-out shape): `Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương
    tham mưu …` names the board of each committee kind listed, as `Chủ tịch UBND các huyện, thị xã` names the levels: one
    party, its task after the list (the name stopped at `tỉnh ủy`, the other kinds read as the task's first words)."""
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN DÂN VẬN\n\nSố 376-CV/BDVTW\n\nHà Nội, ngày 28 tháng 9 năm 2021\n\n"
            "Ban Dân vận Trung ương đề nghị Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương tham mưu "
            "cho cấp ủy lãnh đạo, chỉ đạo tổ chức triển khai một số nội dung trọng tâm như sau:\n")
    rows = [(p.party, p.role, p.task) for p in parse_text(text)[0].parties]
    assert rows == [("Ban Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", "lead",
                     "tham mưu cho cấp ủy lãnh đạo, chỉ đạo tổ chức triển khai một số nội dung trọng tâm như sau")]
