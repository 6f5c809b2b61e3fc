"""Parties, round 13: names cut or run on in lists, heads carried over, appositions, levels joined after one
head, scopes that are no bodies; each test on the words of a shared real document (file and line noted)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text

from .conftest import SHARED, parsed_document, parties_on_line as on_line
from .test_parties_round10 import SO_TU_PHAP_IN_FORCE, plan_rows

WILD = SHARED / "wild"
DEVSET = SHARED / "devset" / "texts"
pytestmark = pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not here")


def test_a_verb_after_a_preposition_is_inside_the_name_and_the_list_goes_on():
    # src_tvplcrawl_15.txt L37: `- Đơn vị phối hợp: Vụ Các vấn đề chung về xây dựng pháp luật, Vụ Pháp luật dân
    # sự - kinh tế, Vụ Pháp luật quốc tế, Cục Kiểm tra …, Cục Kiểm soát thủ tục hành chính.` `xây dựng` after
    # `về` is the object of `về`, not the predicate after the list: the name and the list run on.
    found = on_line(WILD / "src_tvplcrawl_15.txt", 37)
    assert ("Vụ Các vấn đề chung về xây dựng pháp luật", "coordinate") in found
    assert ("Vụ Pháp luật dân sự - kinh tế", "coordinate") in found
    assert ("Cục Kiểm soát thủ tục hành chính", "coordinate") in found


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


def test_a_range_of_levels_is_a_scope_not_where_a_report_goes():
    # fresh_26.txt L235–238: `… các báo cáo thẩm định, văn bản góp ý luôn chú trọng đến … tính thống nhất, đồng bộ
    # trong hệ thống văn bản QPPL từ trung ương đến địa` / `phương, …`: `từ trung ương đến địa phương` spans the
    # levels of the legal system; no report goes to `Địa phương`.
    doc = parsed_document(str(DEVSET / "fresh_26.txt"))
    assert not [p for p in doc.parties if p.party == "Địa phương"]
    # src_tvplcrawl_62.txt L77: `… kèm theo các chứng từ liên quan tới Chi cục trưởng Chi cục Hải quan …`: `chứng
    # từ` is a noun, no range; the receiver stays.
    assert ("Chi cục trưởng Chi cục Hải quan", "report_to") in on_line(WILD / "src_tvplcrawl_62.txt", 77)


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


def test_a_body_named_at_one_level_then_another_is_one_party_per_level():
    # The shape of fresh_26.txt L425–426 (`Trung tâm Phục vụ hành chính công` / `tỉnh và cấp xã bố trí đầy đủ cơ sở vật
    # chất …`), in a plan: the centre of the province and the centres of the communes, not one body named `… tỉnh và
    # cấp xã`. (There, in a Báo cáo's results part, it is a result told, no task: tests/test_parties_lists.py.)
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


def test_the_attendees_of_a_meeting_are_no_parties():
    # fresh_44.txt L137–147: `Thành phần dự họp:` over `Ban lãnh đạo tổ chức đối với tổ chức chính trị, …;` / `Ban
    # lãnh đạo cơ quan đối với cơ quan nhà nước.` …: who sits in the meeting, no task (`tổ chức` is the noun). The
    # paragraph after the list (L147 `… thì người đứng đầu cơ quan, tổ chức, đơn vị căn cứ vào … để xác định thành
    # phần ban lãnh đạo.`) assigns a task again.
    path = DEVSET / "fresh_44.txt"
    assert not on_line(path, 139) and not on_line(path, 143)
    assert ("Người đứng đầu cơ quan, tổ chức, đơn vị", "lead") in on_line(path, 147)
    # A committee's members, as school plans list them under `Thành phần Ban Chỉ đạo:`, are given their tasks there
    # (`Trưởng ban: phụ trách chung`): no attendees (guard: passes on main too).
    text = ("TRƯỜNG THCS NGUYỄN DU\nSố: 12/KH-THCS\nKẾ HOẠCH\nThực hiện quy chế dân chủ năm học 2025-2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\nThành phần Ban Chỉ đạo:\n- Hiệu trưởng - Trưởng ban: phụ trách chung;\n"
            "- Phó Hiệu trưởng - Phó Trưởng ban: phụ trách chuyên môn.\n")
    assert [(p.party, p.role) for p in parse_text(text)[0].parties] == [
        ("Hiệu trưởng - Trưởng ban", "lead"), ("Phó Hiệu trưởng - Phó Trưởng ban", "lead")]


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


def test_a_commune_health_station_is_a_body():
    # A commune plan's `Tổ chức thực hiện` tasks its health station as it tasks its police (`Công an xã`):
    # `Trạm Y tế xã` (Thông tư 33/2015/TT-BYT) is a body's name, with or without a list around it.
    text = ("ỦY BAN NHÂN DÂN\nXÃ LẠC DƯƠNG\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai công tác dân vận năm 2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Giao Phòng Văn hóa - Xã hội, Công an xã, Trạm Y tế xã tổ chức thực hiện.\n"
            "2. Trạm Y tế xã chủ trì, phối hợp với Bưu điện xã tuyên truyền đến Nhân dân.\n")
    found = {(p.party, p.role, p.line) for p in parse_text(text)[0].parties}
    assert ("Trạm Y tế xã", "lead", 8) in found and ("Trạm Y tế xã", "lead", 9) in found
    assert ("Bưu điện xã", "coordinate", 9) in found
    # src_congbot_25.txt L109–122: the stations named in a table of investment projects are no parties
    assert not [p for p in parsed_document(str(WILD / "src_congbot_25.txt")).parties if 105 <= p.line <= 125]


def test_staff_named_by_the_work_they_do():
    # src_teacher2_1.txt L304: `… Giáo viên làm công tác chủ nhiệm lớp lập kế hoạch giáo dục cho lớp học mình phụ
    # trách …`: `làm công tác chủ nhiệm lớp` says which teachers; the predicate is `lập kế hoạch`.
    assert ("Giáo viên làm công tác chủ nhiệm lớp", "lead") in on_line(WILD / "src_teacher2_1.txt", 304)
    # src_congbot_7.txt L2657 `Đội phục vụ làm nhiệm vụ di chuyển linh cữu …`: `làm nhiệm vụ` is the predicate there
    assert ("Đội phục vụ", "lead") in on_line(WILD / "src_congbot_7.txt", 2657)


def test_a_body_established_or_writing_a_numbered_letter_is_history_not_a_task():
    # fresh_26.txt L436 `Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng thành lập theo Quyết định số 199/QĐ-UBND …`
    # (how the centre came to be) and L712 `Sở Tài chính có Công văn số 4352/STC-GCS ngày 28/10/2025 hướng dẫn …` (a
    # letter it sent): a report's account, no task.
    path = DEVSET / "fresh_26.txt"
    assert not on_line(path, 436) and not on_line(path, 712)
    # the task form stays: src_teacher2_1.txt L59 `… Sở GDĐT ban hành văn bản chỉ đạo, hướng dẫn …`
    assert ("Sở Giáo dục và Đào tạo", "lead") in on_line(WILD / "src_teacher2_1.txt", 59)


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
