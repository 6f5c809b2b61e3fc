"""The closing article and closing formulas: the list of posts and bodies charged with carrying out a decision, read
inside a numbered point and not reaching back past a lettered point's own line, and the addressees of a letter's
closing formula (`… thông báo để … biết, thực hiện`) as the parties that act. Real sentences of ../shared (file and
line in a comment), and a closing article written as ministries write it."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text

from .conftest import DEVSET, parties_on_line as on_line, WILD
from .test_party_names_extent import in_decision, rows_on_line

pytestmark = pytest.mark.skipif(not WILD.is_dir() or not DEVSET.is_dir(), reason="../shared is not here")


def test_the_closing_list_is_read_inside_a_numbered_point():
    # src_tvplcrawl_30.txt L98 (Nghị định 248/2025/NĐ-CP): `7. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …, Chủ tịch Ủy
    # ban nhân dân tỉnh, thành phố trực thuộc trung ương và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành
    # Nghị định này.` The point's marker opens the list: before, no row.
    found = on_line(WILD / "src_tvplcrawl_30.txt", 98)
    assert {("Bộ trưởng", "lead"), ("Thủ trưởng cơ quan ngang bộ", "lead"), ("Thủ trưởng cơ quan thuộc Chính phủ", "lead"),
            ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "lead")} <= found
    # The closing article split into points, as ministries write it.
    rows = in_decision("Điều 3. Tổ chức thực hiện\n"
                       "1. Vụ Kế hoạch - Tài chính có trách nhiệm bố trí kinh phí thực hiện Kế hoạch.\n"
                       "2. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tài chính, Cục trưởng các Cục thuộc Bộ, Giám đốc "
                       "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.\n")
    assert rows[3] == {("Chánh Văn phòng Bộ Y tế", "lead"), ("Vụ trưởng Vụ Kế hoạch - Tài chính", "lead"),
                       ("Cục trưởng các Cục thuộc Bộ", "lead"),
                       ("Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "lead")}


def test_a_lettered_point_does_not_reach_back_to_the_line_before():
    # src_tvplcrawl_15.txt L158–161: `b) Phối hợp với Vụ Pháp chế - Ủy ban Dân tộc triển khai …` … `đ) Là đơn vị đầu
    # mối, phối hợp với các cơ quan, đơn vị … chịu trách nhiệm tổ chức triển khai thực hiện Kế hoạch này.` The marker
    # `đ)` is lower case but opens its own line: the line before is no part of a closing list.
    assert ("Vụ Pháp chế - Ủy ban Dân tộc", "coordinate") in on_line(WILD / "src_tvplcrawl_15.txt", 158)
    assert not [party for party, _ in on_line(WILD / "src_tvplcrawl_15.txt", 161) if party == "Đơn vị"]


def test_the_addressees_of_a_closing_formula_act():
    # src_congbot_33 L61: `Tổng cục Thuế thông báo để Cục Thuế được biết, báo cáo UBND tỉnh Hà Tĩnh chỉ đạo …`
    found = rows_on_line(WILD / "src_congbot_33.txt", 61)
    assert ("Cục Thuế", "lead") in found and ("Tổng cục Thuế", "lead") not in found
    # src_congbot_28 L22: `Bộ … thông báo để các địa phương biết, quản lý và triển khai thực hiện …`
    assert rows_on_line(WILD / "src_congbot_28.txt", 22) == {("Các địa phương", "lead")}


def test_the_people_an_earlier_article_names_are_one_party_and_the_list_goes_on_after_them():
    # src_tvplcrawl_39 L363 (the form of a decision): `Các ông (bà) có tên tại Điều 1 Quyết định này, Giám đốc
    # (doanh nghiệp) …, Cục trưởng Cục Giám sát quản lý về hải quan và Cục trưởng Cục Hải quan tỉnh, tp’… chịu trách
    # nhiệm thi hành quyết định này`: the people Điều 1 names are charged as the posts after them are (one party, named
    # as written up to the article, as the devset's key names `Các cơ quan, đơn vị có tên tại phụ lục …`)
    assert {party for party, _ in on_line(WILD / "src_tvplcrawl_39.txt", 363)} >= {
        "Các ông (bà) có tên tại Điều 1", "Cục trưởng Cục Giám sát", "Cục trưởng Cục Hải quan tỉnh"}
    # a decision setting up a board closes so (`các tổ chuyên môn`: the bodies of a school, whose decisions end alike)
    rows = in_decision("Điều 3. Các ông (bà) có tên tại Điều 1 và các tổ chuyên môn chịu trách nhiệm thi hành Quyết "
                       "định này kể từ ngày ký./.\n")
    assert rows[1] == {("Các ông (bà) có tên tại Điều 1", "lead"), ("Tổ chuyên môn", "lead")}
    # … and last in a list (a commune's decision setting up a team: holdout, `Ban Thường trực Ủy ban MTTQ xã, các bộ
    # phận chuyên môn … và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này`)
    rows = in_decision("Điều 3. Chánh Văn phòng Ủy ban nhân dân xã, Thủ trưởng các cơ quan, đơn vị có liên quan và các "
                       "ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n")
    assert ("Các ông (bà) có tên tại Điều 1", "lead") in rows[1]


def test_an_addressee_the_body_gives_a_task_is_named_once_where_it_is_given():
    # devset fresh_31 L9 `Kính gửi: - Các bộ, cơ quan ngang bộ;`, the body giving them tasks by name (L52 `Các bộ, tỉnh
    # tiến hành nhập dữ liệu …`): the rows are the body's, none on the Kính gửi line (the key has none there)
    assert not on_line(DEVSET / "fresh_31.txt", 9)
    assert {("Các bộ", "lead"), ("Cơ quan ngang bộ", "lead")} <= on_line(DEVSET / "fresh_31.txt", 52)
    # an addressee the body does not name again keeps its Kính gửi row (fresh_10: `Kính gửi: Thủ trưởng các cơ sở
    # giáo dục …`, the body asking `các đơn vị`)
    assert ("Thủ trưởng các cơ sở giáo dục", "lead") in {p for line in range(1, 15)
                                                         for p in on_line(DEVSET / "fresh_10.txt", line)}


def test_the_older_formula_with_no_trach_nhiem_charges_the_list_before_it():
    # A provincial decision setting up a steering committee's rules, as 2013 decisions close (held-out shape: `… và
    # các đơn vị, tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành.`): no row was read. The committee named
    # after its task ends before `và các`, its programme's initials written out (`KHHGĐ`). `hướng dẫn thi hành Nghị
    # định này` after a clause's partners charges no list (src_congbot_34 L55 keeps its rows).
    rows = in_decision("Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban Chỉ đạo.\n"
                       "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Y tế; Các thành viên Ban Chỉ đạo "
                       "công tác Dân số - KHHGĐ tỉnh và các\nđơn vị, tổ chức, cá nhân có liên quan căn cứ Quyết định "
                       "thi hành.\n")
    assert rows[2] | rows.get(3, set()) == {
        ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "lead"), ("Giám đốc Sở Y tế", "lead"),
        ("Thành viên Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh", "lead"),
        ("Các đơn vị, tổ chức, cá nhân có liên quan", "lead")}
    assert ("Bộ Tài chính", "coordinate") in on_line(WILD / "src_congbot_34.txt", 55)


def test_the_members_of_a_body_addressed_in_a_closing_article_charge_the_body():
    # a kindergarten's decision on its awards rules (written as such decisions are): `Các ông (bà) trong Hội đồng Thi đua,
    # khen thưởng trường … và các đồng chí CBGVNV căn cứ Quyết định thi hành`: the council (its two fields parted by a
    # comma) and the staff are charged
    text = ("TRƯỜNG MN HOA HỒNG\nSố: 10/QĐ-MN\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế Thi đua, Khen thưởng\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế Thi đua, Khen thưởng.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Các ông (bà) trong Hội đồng Thi đua, khen thưởng trường MN Hoa Hồng và các đồng chí CBGVNV căn cứ "
            "Quyết định thi hành./.\n")
    parties = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert parties == {("Hội đồng Thi đua, khen thưởng trường MN Hoa Hồng", "lead"),
                       ("Cán bộ, giáo viên, nhân viên", "lead")}
