"""Parties, round 14: the closing article inside a numbered point, a post over several bodies, a body's field in
lower case, receivers right after `báo cáo`, kinds of body or person named by what they do. Real sentences of the
shared texts (file and line noted), and sentences written as the genre writes them where no shared text has the
shape."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text

from .conftest import SHARED, parties_on_line as on_line

WILD = SHARED / "wild"
DEVSET = SHARED / "devset" / "texts"
pytestmark = pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not here")

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


def test_the_closing_list_is_read_inside_a_numbered_point():
    # src_tvplcrawl_30.txt L98 (Nghị định 248/2025/NĐ-CP): `7. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …, Chủ tịch Ủy
    # ban nhân dân tỉnh, thành phố trực thuộc trung ương và tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành
    # Nghị định này.` The point's marker opens the list: before, no row.
    found = on_line(WILD / "src_tvplcrawl_30.txt", 98)
    assert {("Bộ trưởng", "lead"), ("Thủ trưởng cơ quan ngang bộ", "lead"), ("Thủ trưởng cơ quan thuộc Chính phủ", "lead"),
            ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "lead")} <= found
    # The closing article split into points, as ministries write it.
    rows = in_decision("Điều 3. Tổ chức thực hiện\n"
                       "1. Vụ Kế hoạch - Tài chính có trách nhiệm bố trí kinh phí thực hiện Kế hoạch.\n"
                       "2. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch - Tài chính, Cục trưởng các Cục thuộc Bộ, Giám đốc "
                       "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.\n")
    assert rows[3] == {("Chánh Văn phòng Bộ", "lead"), ("Vụ trưởng Vụ Kế hoạch - Tài chính", "lead"),
                       ("Cục trưởng các Cục thuộc Bộ", "lead"),
                       ("Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "lead")}


def test_a_lettered_point_does_not_reach_back_to_the_line_before():
    # src_tvplcrawl_15.txt L158–161: `b) Phối hợp với Vụ Pháp chế - Ủy ban Dân tộc triển khai …` … `đ) Là đơn vị đầu
    # mối, phối hợp với các cơ quan, đơn vị … chịu trách nhiệm tổ chức triển khai thực hiện Kế hoạch này.` The marker
    # `đ)` is lower case but opens its own line: the line before is no part of a closing list.
    assert ("Vụ Pháp chế - Ủy ban Dân tộc", "coordinate") in on_line(WILD / "src_tvplcrawl_15.txt", 158)
    assert not [party for party, _ in on_line(WILD / "src_tvplcrawl_15.txt", 161) if party == "Đơn vị"]


def test_a_post_over_the_bodies_under_one_body_is_one_party():
    rows = in_decision("Điều 3. Tổ chức thực hiện\n"
                       "1. Cục trưởng các Cục thuộc Bộ chủ trì triển khai các nhiệm vụ được giao tại Kế hoạch.\n"
                       "2. Vụ trưởng các Vụ trực thuộc Bộ phối hợp thực hiện.\n")
    assert rows[2] == {("Cục trưởng các Cục thuộc Bộ", "lead")}
    assert rows[3] == {("Vụ trưởng các Vụ trực thuộc Bộ", "coordinate")}


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


def test_a_kind_named_by_what_it_does_keeps_its_description():
    # ../shared/devset's convention keeps a kind's defining qualifier (`Người phụ trách kế toán Quỹ`, fresh_30 L264;
    # `Cơ quan có thẩm quyền ra quyết định thành lập …`, fresh_40 L145): the party runs to the duty.
    # fresh_15.txt L22: `- Cán bộ, nhân viên được giao soạn thảo văn bản có trách nhiệm thực hiện đúng hướng dẫn …`
    assert ("Cán bộ, nhân viên được giao soạn thảo văn bản", "lead") in on_line(DEVSET / "fresh_15.txt", 22)
    # src_congbot_7.txt L1243: `7. Cơ quan, đơn vị cấp giấy chứng nhận hy sinh có trách nhiệm thực hiện …`
    assert ("Cơ quan, đơn vị cấp giấy chứng nhận hy sinh", "lead") in on_line(WILD / "src_congbot_7.txt", 1243)
    rows = in_decision("Điều 3. Trách nhiệm thi hành\n"
                       "1. Cơ quan, đơn vị tiếp nhận hồ sơ có trách nhiệm kiểm tra thành phần hồ sơ.\n"
                       "2. Đơn vị hoặc cá nhân được giao chủ trì thẩm định dự án có trách nhiệm lập báo cáo thẩm định.\n"
                       "3. Cán bộ được giao nhiệm vụ thẩm tra hồ sơ có trách nhiệm đối chiếu bản gốc.\n")
    assert rows[2] == {("Cơ quan, đơn vị tiếp nhận hồ sơ", "lead")}
    assert rows[3] == {("Đơn vị hoặc cá nhân được giao chủ trì thẩm định dự án", "lead")}
    assert rows[4] == {("Cán bộ được giao nhiệm vụ thẩm tra hồ sơ", "lead")}


def test_a_duty_after_a_receiver_is_a_relative_clause_not_a_subject():
    # fresh_40.txt L145: `… đồng thời chuyển đến Ủy ban Kiểm tra, cấp ủy các cấp tương ứng có trách nhiệm quản lý đảng
    # viên.`: the bodies receive the file; `có trách nhiệm quản lý đảng viên` says which ones.
    assert not [party for party, role in on_line(DEVSET / "fresh_40.txt", 145) if party.startswith("Cấp ủy")]


def test_a_post_in_the_plural_is_every_holder_not_the_one_the_text_names():
    # src_congbot_14.txt L169: `3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, … chịu trách nhiệm thi hành Quyết định
    # này.` The text names `Bộ trưởng Bộ Quốc phòng` (L57); `Các Bộ trưởng` is every minister, not that one.
    found = on_line(WILD / "src_congbot_14.txt", 169)
    assert ("Bộ trưởng", "lead") in found
    assert ("Bộ trưởng Bộ Quốc phòng", "lead") not in found


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
