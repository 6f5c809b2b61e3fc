"""Shapes of party names met on unseen plans and decisions (round acc18p): a school's number inside its name, the
level written after a list of kinds (`các sở, ban, ngành tỉnh`), a plural item of a list held by `Giám đốc các Sở:`,
a closing article addressed `Các ông (bà)` without a colon, and a short name defined by `(sau đây gọi là …)` that is
the head of its full name. Snippets written as the genre writes them (names and numbers invented), and real lines of
../shared where they occur (file and line in a comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text

from .conftest import WILD, parties_on_line as on_line
from .test_party_names_extent import in_decision, plan_rows

pytestmark = pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not here")


def test_a_schools_number_is_part_of_its_name():
    # `Trường Tiểu học số 1 xã …`: main cut the name after `Tiểu học` (or found no subject at all).
    assert plan_rows("1. Trường Tiểu học số 1 xã Bình Minh có trách nhiệm tổ chức hội thi.\n") == \
        {("Trường Tiểu học số 1 xã Bình Minh", "lead")}
    assert ("Trường Mầm non số 2 thị trấn Phú Lộc", "lead") in \
        plan_rows("2. Giao Trường Mầm non số 2 thị trấn Phú Lộc tổ chức ngày hội.\n")
    # a document's number after a body is no part of its name
    rows = plan_rows("3. Sở Tài chính hướng dẫn thực hiện Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh.\n")
    assert ("Sở Tài chính", "lead") in rows


def test_a_level_after_listed_kinds_is_not_one_more_kind():
    # `Các sở, ban, ngành tỉnh` is the province's departments: main wrote `Các sở, ban, ngành, tỉnh`.
    rows = plan_rows("1. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện có trách nhiệm triển khai thực hiện.\n")
    assert rows == {("Các sở, ban, ngành tỉnh", "lead"), ("Ủy ban nhân dân các huyện", "lead")}
    # a comma left out between two kinds is still restored
    assert ("Các sở, ban, ngành liên quan", "coordinate") in \
        plan_rows("2. Sở Nội vụ chủ trì, phối hợp với các sở, ban ngành liên quan kiểm tra.\n")


def test_a_plural_item_after_a_held_post_is_named_in_full():
    # `Giám đốc các Sở: Nội vụ, Tài chính và các sở, ban, ngành liên quan`: the post goes over the fields, not over the
    # plural item that names its own kind (main: `Giám đốc Sở các sở, ban, ngành liên quan`).
    rows = plan_rows("1. Giám đốc các Sở: Nội vụ, Tài chính và các sở, ban, ngành liên quan có trách nhiệm hướng dẫn "
                     "thực hiện.\n")
    assert rows == {("Giám đốc Sở Nội vụ", "lead"), ("Giám đốc Sở Tài chính", "lead"),
                    ("Các sở, ban, ngành liên quan", "lead")}


def test_a_closing_list_addressed_to_the_post_holders_without_a_colon():
    rows = in_decision("Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính huyện gồm các ông (bà) có tên sau "
                       "đây.\n"
                       "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
                       "Các ông (bà) Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, "
                       "Thủ trưởng các cơ quan, đơn vị có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm "
                       "thi hành Quyết định này./.\n")
    assert rows[3] == {("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "lead"),
                       ("Trưởng phòng Nội vụ", "lead"), ("Thủ trưởng các cơ quan, đơn vị có liên quan", "lead"),
                       ("Các ông (bà) có tên tại Điều 1", "lead")}
    # src_tvplcrawl_39.txt L304 (a form of decision): `Các ông (bà) Giám đốc (doanh nghiệp) …, Cục trưởng Cục Giám sát
    # quản lý về hải quan và Cục trưởng Cục Hải quan tỉnh, tp’ … chịu trách nhiệm thi hành quyết định này`: main read
    # no row there.
    assert ("Cục trưởng Cục Hải quan tỉnh", "lead") in on_line(WILD / "src_tvplcrawl_39.txt", 304)


def test_a_short_name_defined_as_the_head_of_its_full_name():
    # `(sau đây gọi là …)` without `tắt`/`chung` defines a short name too; the full name runs to the bracket although
    # its words after the head read as a task (`thực hiện …`).
    rows = plan_rows("1. Thành lập Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở (sau đây gọi là Ban Chỉ đạo). "
                     "Ban Chỉ đạo có trách nhiệm kiểm tra, đôn đốc việc thực hiện.\n")
    assert ("Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở", "lead") in rows
    # src_tvplcrawl_42.txt: `Cục Thuế xuất nhập khẩu (sau đây gọi là Cục Thuế XNK)`, reports go to it (L156).
    assert ("Cục Thuế xuất nhập khẩu", "report_to") in on_line(WILD / "src_tvplcrawl_42.txt", 156)
    # src_tvplcrawl_35.txt L145: `Quỹ phát triển đất cho Quỹ đầu tư … hoặc quỹ tài chính khác của địa phương (sau đây
    # gọi là Quỹ nhận ủy thác)`: another body of the same head, an alternative: the short name stays (L149).
    assert ("Quỹ nhận ủy thác", "lead") in on_line(WILD / "src_tvplcrawl_35.txt", 149)


@pytest.mark.parametrize("line", [
    "1. Cá nhân trong nước, cá nhân nước ngoài định cư tại địa phương (sau đây gọi là cá nhân) có trách nhiệm kê khai.\n",
])
def test_a_kind_of_person_defined_is_not_read_as_a_body(line):
    # a short name of persons (`cá nhân`) is not a body's head: no full name is read past the first
    assert not {p for p, _ in plan_rows(line) if p.startswith("Cá nhân nước ngoài")}


def test_a_label_that_ends_its_line_gives_its_role_to_the_names_bulleted_under_it():
    rows = plan_rows("1. Đơn vị chủ trì: Phòng Giáo dục và Đào tạo.\n"
                     "2. Đơn vị phối hợp:\n"
                     "- Phòng Văn hóa - Xã hội;\n"
                     "- Trung tâm Y tế huyện;\n"
                     "- Ủy ban nhân dân các xã, thị trấn.\n")
    assert rows == {("Phòng Giáo dục và Đào tạo", "lead"), ("Phòng Văn hóa - Xã hội", "coordinate"),
                    ("Trung tâm Y tế huyện", "coordinate"), ("Ủy ban nhân dân các xã, thị trấn", "coordinate")}
    rows = plan_rows("a) Chủ trì:\n- Phòng Nội vụ.\nb) Phối hợp:\n- Phòng Tư pháp;\n- Công an huyện.\n")
    assert rows == {("Phòng Nội vụ", "lead"), ("Phòng Tư pháp", "coordinate"), ("Công an huyện", "coordinate")}
    # a bullet that is a task, not a name, is left to the clause shapes: its subject leads
    rows = plan_rows("b) Phối hợp:\n- Phòng Tư pháp hướng dẫn các xã rà soát văn bản.\n")
    assert ("Phòng Tư pháp", "coordinate") not in rows


def test_a_held_post_stops_at_a_post_of_its_own_and_keeps_a_fields_comma():
    # `Giám đốc các sở: …; Chủ tịch Ủy ban nhân dân các huyện`: main wrote `Giám đốc Sở Chủ tịch Ủy ban nhân dân …`
    rows = plan_rows("1. Giám đốc các sở: Nội vụ, Tài chính, Kế hoạch và Đầu tư; Chủ tịch Ủy ban nhân dân các huyện "
                     "có trách nhiệm thực hiện.\n")
    assert rows == {("Giám đốc Sở Nội vụ", "lead"), ("Giám đốc Sở Tài chính", "lead"),
                    ("Giám đốc Sở Kế hoạch và Đầu tư", "lead"), ("Chủ tịch Ủy ban nhân dân các huyện", "lead")}
    # a department whose standard name holds a comma is one item (main: `Sở Lao động` and `Sở Thương binh và Xã hội`)
    rows = plan_rows("2. Các Sở: Y tế, Lao động, Thương binh và Xã hội, Văn hóa, Thể thao và Du lịch phối hợp với Ủy ban "
                     "nhân dân các huyện tổ chức kiểm tra.\n")
    assert {party for party, _ in rows} == {"Sở Y tế", "Sở Lao động, Thương binh và Xã hội",
                                            "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các huyện"}


def test_a_name_with_listed_levels_before_a_colon_is_the_label_of_its_tasks():
    # `1. Ủy ban nhân dân các xã, thị trấn: Chủ trì …`: the comma is inside the name, not a break of the label (main read
    # no row; without the comma it did)
    assert plan_rows("1. Ủy ban nhân dân các xã, thị trấn: Chủ trì tổ chức tuyên truyền.\n") == \
        {("Ủy ban nhân dân các xã, thị trấn", "lead")}
    # src_congbot_18.txt L120 `1. Ủy ban nhân dân xã, phường, thị trấn: Khi nhận được hồ sơ …`, src_congbot_4.txt L244
    # `14. Các bộ, ban, ngành khác: Căn cứ vào chức năng nhiệm vụ, phối hợp với …`
    assert ("Ủy ban nhân dân xã, phường, thị trấn", "lead") in on_line(WILD / "src_congbot_18.txt", 120)
    assert ("Các bộ, ban, ngành khác", "lead") in on_line(WILD / "src_congbot_4.txt", 244)
    # two bodies before a colon are still no label (a comma between names read apart)
    assert ("Phòng Nội vụ, Phòng Tư pháp", "lead") not in \
        plan_rows("1. Phòng Nội vụ, Phòng Tư pháp: chủ trì tổ chức kiểm tra.\n")


def test_a_label_written_as_its_own_heading_over_bullets():
    # `a) Cơ quan chủ trì` ⏎ `- …` ⏎ `b) Cơ quan phối hợp` ⏎ `- …`: the label is a heading without a colon; main read
    # no row under it. Names invented, the shape as plans write it.
    rows = plan_rows("2. Cơ quan chủ trì, phối hợp\na) Cơ quan chủ trì\n- Phòng Giáo dục và Đào tạo.\n"
                     "b) Cơ quan phối hợp\n- Công an huyện.\n- Trạm Y tế xã.\n3. Thời gian thực hiện: Quý III.\n")
    assert rows == {("Phòng Giáo dục và Đào tạo", "lead"), ("Công an huyện", "coordinate"),
                    ("Trạm Y tế xã", "coordinate")}
    # a page copied from a legal database spaces the bullets a blank line apart (src_congbot_21.txt L105–L109)
    assert ("Hội Cựu chiến binh", "coordinate") in on_line(WILD / "src_congbot_21.txt", 107)
    # a bullet that is a task, not a name, is no party of the label (the clause shapes read it)
    rows = plan_rows("a) Đơn vị phối hợp\n- Tuyên truyền đến đoàn viên về hội thi.\n")
    assert not {p for p, r in rows if r == "coordinate"}


def test_a_military_region_is_a_level_a_body_is_named_for():
    # `Ban Chỉ đạo các quân khu`, `Bộ Tư lệnh quân khu`: the region ends the name as a province does (main read no row).
    assert plan_rows("a) Cơ quan chủ trì\n- Ban Chỉ đạo các quân khu; Ban Chỉ đạo các tỉnh.\n") == \
        {("Ban Chỉ đạo các quân khu", "lead"), ("Ban Chỉ đạo các tỉnh", "lead")}
    assert ("Bộ Tư lệnh quân khu", "lead") in on_line(WILD / "src_congbot_14.txt", 127)


def test_a_part_whose_headings_name_bodies_counts_a_heading_that_lists_two():
    """A ward's plan (as wards write them, names invented) whose `NHIỆM VỤ CỤ THỂ` heads each body's duties with its
    name, the last heading two posts (`5. Trưởng khu phố, Tổ trưởng tổ dân phố`) and one a request (`4. Đề nghị …`):
    the part is still a list of bodies' tasks, so `1. Công an phường` over `- Chủ trì, phối hợp với …` leads and its
    partner coordinates (the listed heading tipped the share of named headings below two thirds: both were lost)."""
    from pipeline.api import parse_text

    head = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HIỆP PHÚ\nSố: 203/KH-UBND\nHiệp Phú, ngày 06 tháng 5 năm 2025\n\nKẾ HOẠCH\n"
            "Triển khai thu thập dữ liệu dân cư năm 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\nLàm sạch dữ liệu dân cư.\n"
            "II. NHIỆM VỤ CỤ THỂ\n")
    body = ("1. Công an phường\n- Chủ trì, phối hợp với Đoàn Thanh niên phường làm sạch dữ liệu dân cư.\n"
            "2. Trạm Y tế phường\nPhối hợp hướng dẫn người dân sử dụng căn cước khi khám chữa bệnh.\n"
            "3. Ban Chỉ huy Quân sự phường\nPhối hợp cập nhật dữ liệu về nghĩa vụ quân sự.\n"
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường\nTuyên truyền, vận động hội viên.\n"
            "5. Trưởng khu phố, Tổ trưởng tổ dân phố\nThông báo đến từng hộ gia đình.\n")
    rows = {(p.section_id, p.party, p.role) for p in parse_text(head + body)[0].parties}
    assert {("II.1", "Công an phường", "lead"), ("II.1", "Đoàn Thanh niên phường", "coordinate"),
            ("II.5", "Trưởng khu phố", "lead"), ("II.5", "Tổ trưởng tổ dân phố", "lead")} <= rows


def test_a_body_named_with_its_place_then_the_same_body_at_the_levels_after_it():
    """`Phòng Giáo dục và Đào tạo thành phố Thủ Đức và các quận, huyện triển khai …` (Hồ Chí Minh City's letters name its
    city and districts so): the same body at the levels listed after the named one, one party each (the second was the
    bare `Các quận, huyện`), as after a level without its place (`… thành phố và các quận, huyện`)."""
    assert plan_rows("1. Phòng Giáo dục và Đào tạo thành phố Thủ Đức và các quận, huyện triển khai thực hiện.\n") == {
        ("Phòng Giáo dục và Đào tạo thành phố Thủ Đức", "lead"), ("Phòng Giáo dục và Đào tạo các quận, huyện", "lead")}
    # another body after the `và` is its own party
    assert plan_rows("2. Ủy ban nhân dân huyện Gò Công Tây và Công an huyện tổ chức thực hiện.\n") == {
        ("Ủy ban nhân dân huyện Gò Công Tây", "lead"), ("Công an huyện", "lead")}


def test_a_closing_article_wrapped_after_a_post_a_slashed_level_wrapped_and_the_motto_of_an_attached_plan():
    """Provincial decisions (held-out shapes): `Điều 3. Chánh Văn phòng` ⏎ `Uỷ ban nhân dân tỉnh, Giám đốc Sở …` (the
    office's body read a second time from its line's start, a party of its own), `Chủ tịch Ủy ban nhân dân các
    huyện/thành` ⏎ `phố` (the slashed level cut at its wrap), and the header of the plan a decision approves run on
    after its signature (`CỘNG HÒA XÃ` ⏎ `HỘI CHỦ NGHĨA VIỆT NAM` ⏎ `Độc lập …`: `Hội` read as an association)."""
    head = ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
            "phúc\nSố: 1825/QĐ-UBND\nVĩnh Long, ngày 06 tháng 9 năm 2013\n\nQUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch "
            "thực hiện Đề án xóa mù chữ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\n\nQUYẾT ĐỊNH:\n")
    offset = head.count("\n")
    rows = {}
    for p in parse_text(head + "Điều 1. Phê duyệt Kế hoạch thực hiện Đề án xóa mù chữ.\nĐiều 2. Chánh Văn phòng\n"
                        "Uỷ ban nhân dân tỉnh, Giám đốc Sở Giáo dục và Đào tạo, Chủ tịch Ủy ban nhân dân các huyện/thành\n"
                        "phố chịu trách nhiệm thi hành Quyết định này.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrương Văn Sáu\n|\n"
                        "UBND TỈNH VĨNH LONG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n--------\n|\nCỘNG HÒA XÃ\n"
                        "HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")[0].parties:
        rows.setdefault(p.line - offset, set()).add((p.party, p.role))
    assert rows == {2: {("Chánh Văn phòng Ủy ban nhân dân tỉnh", "lead")},
                    3: {("Giám đốc Sở Giáo dục và Đào tạo", "lead"),
                        ("Chủ tịch Ủy ban nhân dân các huyện, thành phố", "lead")}}


def test_a_list_that_ends_with_the_polite_plural_keeps_its_bodies():
    """A district council's rules of procedure (held-out shape): `Thường trực Hội đồng nhân dân, Ủy ban nhân dân huyện và
    các vị đại biểu có trách nhiệm …` (`các vị`, the polite plural before people, models/party_heads.tsv, was read as no
    word of a party: the whole list was lost)."""
    rows = plan_rows("1. Thường trực Hội đồng nhân dân, Ủy ban nhân dân huyện và các vị đại biểu có trách nhiệm thực "
                     "hiện nghiêm túc Nội quy kỳ họp.\n")
    assert {("Thường trực Hội đồng nhân dân huyện", "lead"), ("Ủy ban nhân dân huyện", "lead")} <= rows


def test_a_national_board_named_after_its_task_is_one_receiver():
    """A province's letter on disaster week (held-out shape): `… gửi về Ban Chỉ đạo quốc gia về phòng, chống thiên tai
    (qua Văn phòng thường trực Ban Chỉ đạo) và UBND tỉnh trước ngày 15/6/2022` (the board's name was cut at `về`, its task
    read as the report's, and the second receiver lost)."""
    rows = plan_rows("1. Ban Chỉ huy Phòng, chống thiên tai tỉnh tổng hợp, báo cáo kết quả gửi về Ban Chỉ đạo quốc gia về "
                     "phòng, chống thiên tai (qua Văn phòng thường trực Ban Chỉ đạo) và UBND tỉnh trước ngày 15/6/2026.\n")
    assert {("Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "report_to"),
            ("Ủy ban nhân dân tỉnh", "report_to")} <= rows


def test_a_capitalised_apposition_after_a_dash_says_what_the_body_is():
    """The same letter (held-out shape): `Giao Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông tỉnh
    kiểm tra …` (the apposition, capitalised, was read into the department's name); a dash between a name's own parts
    still joins them."""
    rows = plan_rows("1. Giao Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông tỉnh kiểm tra, đôn đốc "
                     "việc thực hiện.\n2. Sở Lao động - Thương binh và Xã hội chủ trì.\n")
    assert rows == {("Sở Giao thông vận tải", "lead"), ("Sở Lao động, Thương binh và Xã hội", "lead")}
