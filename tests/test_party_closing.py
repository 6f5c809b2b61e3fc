"""The closing article of a decision: every party listed before `chịu trách nhiệm thi hành Quyết định này` is
charged with carrying it out (lead), read one item at a time (pipeline/party_closing.py)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file

from .conftest import SHARED

WILD = SHARED / "wild"
DEVSET = SHARED / "devset" / "texts"
needs_shared = pytest.mark.skipif(not (WILD.is_dir() and DEVSET.is_dir()), reason="needs ../shared/wild and devset")


def _parties_on(path, line: int) -> list[tuple[str, str]]:
    return sorted((p.party, p.role) for d in parse_file(str(path)) for p in d.parties if p.line == line)


@needs_shared
def test_a_post_over_the_bodies_listed_after_its_colon_is_each_bodys():
    # src_congbot_25 L35: `Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Kế hoạch và Đầu tư, Y tế, Giáo dục
    # và Đào tạo, Xây dựng, Tài chính, Tài nguyên và Môi trường; Chủ tịch UBND các huyện, … chịu trách nhiệm thi
    # hành Quyết định này …` — the whole article on its heading's line.
    parties = _parties_on(WILD / "src_congbot_25.txt", 35)
    for body in ("Kế hoạch và Đầu tư", "Y tế", "Giáo dục và Đào tạo", "Xây dựng", "Tài chính", "Tài nguyên và Môi trường"):
        assert (f"Giám đốc Sở {body}", "lead") in parties
    assert ("Chánh Văn phòng Ủy ban nhân dân tỉnh", "lead") in parties
    assert ("Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố", "lead") in parties
    assert not any(p.startswith("Giám đốc các Sở") for p, _ in parties)


@needs_shared
def test_an_item_with_a_restrictive_clause_does_not_end_the_list():
    # src_congbot_1 L31: `… Giám đốc Kho bạc Nhà nước quận - huyện; Thủ trưởng các đơn vị trực thuộc Sở … có sử
    # dụng kinh phí thực hiện chính sách … và Chủ tịch Ủy ban nhân dân xã, phường, thị trấn chịu trách nhiệm thi
    # hành Quyết định này`: the clause reader took `có sử dụng` for the predicate and found no one.
    parties = [p for p, role in _parties_on(WILD / "src_congbot_1.txt", 31) if role == "lead"]
    assert "Chánh Văn phòng Ủy ban nhân dân Thành phố" in parties
    assert "Giám đốc Sở Tài chính" in parties
    assert "Chủ tịch Ủy ban nhân dân xã, phường, thị trấn" in parties
    assert any(p.startswith("Thủ trưởng các đơn vị trực thuộc Sở Lao động") for p in parties)


@needs_shared
def test_a_list_wrapped_over_lines_of_a_page_is_read_from_its_first_line():
    # devset fresh_11 L66–68 (a PDF's lines): the keyed parties, the last one's name run over the wrap.
    rows = [p for d in parse_file(str(DEVSET / "fresh_11.txt")) for p in d.parties if p.line in (66, 67)]
    found = {(p.party, p.role) for p in rows}
    assert {p.task for p in rows} == {"chịu trách nhiệm thi hành quyết định này"}  # the formula, not its `./`
    assert found >= {("Chánh Văn phòng Ủy ban nhân dân Thành phố", "lead"), ("Giám đốc Sở Tài chính", "lead"),
                     ("Giám đốc Kho bạc Nhà nước Khu vực II", "lead"),
                     ("Thủ trưởng các cơ quan, đơn vị có tên tại phụ lục chi tiết đính kèm", "lead")}


@needs_shared
def test_the_effective_date_article_names_no_one():
    # src_congbot_1 L29: `Điều 2. Quyết định này có hiệu lực thi hành …` holds no list to read.
    docs = parse_file(str(WILD / "src_congbot_1.txt"))
    assert not [p for d in docs for p in d.parties if p.line == 29]  # `Điều 2. Quyết định này có hiệu lực thi hành …`


@needs_shared
def test_a_post_holds_over_the_bodies_of_its_kind_listed_after_it_without_a_colon():
    # src_congbot_9 L414: `Điều 3. Giám đốc Sở Nội vụ, Sở Lao động - Thương binh và Xã hội, Sở Tài chính, Thủ
    # trưởng các cơ quan, đơn vị có liên quan … chịu trách nhiệm thi hành Quyết định này./.` — the director of
    # each department, not the departments.
    parties = _parties_on(WILD / "src_congbot_9.txt", 414)
    for body in ("Nội vụ", "Lao động, Thương binh và Xã hội", "Tài chính"):
        assert (f"Giám đốc Sở {body}", "lead") in parties
    assert ("Sở Tài chính", "lead") not in parties
    assert ("Thủ trưởng các cơ quan, đơn vị có liên quan", "lead") in parties


@needs_shared
def test_a_post_does_not_hold_over_a_body_of_another_kind():
    # src_congbot_9 L127: `… Chủ tịch Ủy ban nhân dân cấp tỉnh, Sở Nội vụ chuyển quyết định …`: the department
    # itself, not a chairman of it.
    parties = _parties_on(WILD / "src_congbot_9.txt", 127)
    assert ("Sở Nội vụ", "lead") in parties
    assert not any(p.startswith("Chủ tịch Sở") for p, _ in parties)


@needs_shared
def test_a_joint_office_of_two_bodies_is_one_post():
    # src_congbot_46 L25: `Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố, Giám đốc Sở
    # Lao động - Thương binh và Xã hội, … chịu trách nhiệm thi hành Quyết định này./.` — one office serves both
    # bodies: its head is one party, and the city's people's committee is not charged.
    parties = _parties_on(WILD / "src_congbot_46.txt", 25)
    assert ("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố", "lead") in parties
    assert ("Ủy ban nhân dân thành phố", "lead") not in parties
    assert ("Giám đốc Sở Tài chính", "lead") in parties


@needs_shared
def test_a_proper_name_ends_with_its_lower_case_words_before_the_next_party():
    # src_tvplcrawl_42 L17: `Cục trưởng Cục Thuế xuất nhập khẩu, Cục trưởng Cục Hải quan các tỉnh, thành phố, …
    # chịu trách nhiệm thi hành Quyết định này.` — `xuất nhập khẩu` names the department (another party follows
    # the comma, so no predicate can stand there), not cut at `Cục Thuế`.
    parties = _parties_on(WILD / "src_tvplcrawl_42.txt", 17)
    assert ("Cục trưởng Cục Thuế xuất nhập khẩu", "lead") in parties
    assert ("Cục trưởng Cục Thuế", "lead") not in parties
    assert ("Cục trưởng Cục Hải quan các tỉnh, thành phố", "lead") in parties


# A district plan closes as its decisions do, with its own type word (`… Kế hoạch này`): the header and the closing
# as a district's Ủy ban nhân dân writes them.
_DISTRICT_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN GIA LÂM
Số: 85/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lâm, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
Thực hiện công tác dân vận của chính quyền năm 2025

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, công chức về công tác dân vận.
II. NỘI DUNG
1. Tổ chức quán triệt các văn bản của cấp trên về công tác dân vận.
III. TỔ CHỨC THỰC HIỆN
Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng: Nội vụ, Giáo dục và Đào tạo, Văn hóa và Thông tin; \
Chủ tịch UBND các xã, thị trấn chịu trách nhiệm tổ chức thực hiện Kế hoạch này./.
"""


def test_a_plans_closing_list_is_read_as_a_decisions_is():
    """Any type of document closes with `… chịu trách nhiệm tổ chức thực hiện <type> này` (models/doc_types.tsv),
    not only decisions and decrees: the list is read item by item, the post after its colon is each body's, and
    the post over the colon is no party of its own."""
    from pipeline.api import parse_text

    parties = sorted((p.party, p.role) for d in parse_text(_DISTRICT_PLAN) for p in d.parties)
    assert parties == sorted([
        ("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "lead"),
        ("Trưởng Phòng Nội vụ", "lead"), ("Trưởng Phòng Giáo dục và Đào tạo", "lead"),
        ("Trưởng Phòng Văn hóa và Thông tin", "lead"), ("Chủ tịch Ủy ban nhân dân các xã, thị trấn", "lead")])
