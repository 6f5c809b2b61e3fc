"""Parties, round 15: names cut or run on. A post over a body whose name opens with a word that is also a
determiner, a company's organs, a charge's field with its level, the Party's bodies after a kind of body, and a
point's opening adverbial wrapped at the page's width. Real sentences of the shared texts (file and line noted)."""
from __future__ import annotations

import pytest

from .conftest import SHARED, parties_on_line as on_line

WILD = SHARED / "wild"
DEVSET = SHARED / "devset" / "texts"
pytestmark = pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not here")


def test_a_post_is_held_in_the_body_the_document_names_in_full():
    # src_tvplcrawl_15.txt L13: `Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật, Chánh Văn phòng Bộ, …` —
    # `Các` also opens a plural, so the post was cut to `Vụ trưởng Vụ`; L49 names `Vụ Các vấn đề chung …` in full.
    found = on_line(WILD / "src_tvplcrawl_15.txt", 13)
    assert ("Vụ trưởng Vụ Các vấn đề chung về xây dựng pháp luật", "lead") in found
    assert ("Vụ trưởng Vụ", "lead") not in found
    assert ("Vụ trưởng Vụ Kế hoạch - Tài chính", "lead") in found  # (a proper name after its head: unchanged)


def test_a_companys_organs_are_parties():
    # src_tvplcrawl_54.txt L331: `…; Hội đồng quản trị, Hội đồng thành viên, Tổng giám đốc, Giám đốc các doanh nghiệp
    # phát hành trái phiếu chịu trách nhiệm thi hành Nghị định này.`
    found = on_line(WILD / "src_tvplcrawl_54.txt", 331)
    assert {("Hội đồng quản trị", "lead"), ("Hội đồng thành viên", "lead")} <= found
    # src_tvplcrawl_53.txt L44: `… báo cáo Hội đồng thành viên, Hội đồng quản trị, Chủ tịch công ty phê duyệt …`
    assert {("Hội đồng quản trị", "lead"), ("Chủ tịch công ty", "lead")} <= on_line(WILD / "src_tvplcrawl_53.txt", 44)
    # src_tvplcrawl_53.txt L215: the article's heading names the State's capital holder.
    assert ("Người đại diện phần vốn nhà nước", "lead") in on_line(WILD / "src_tvplcrawl_53.txt", 215)


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


def test_a_points_adverbial_wrapped_at_the_page_width_reaches_its_subject():
    # fresh_30.txt L473–475: `2. Căn cứ quy định pháp luật về quỹ xã hội, quỹ từ thiện và Điều lệ` ⏎ `Quỹ đã được
    # công nhận, Hội đồng quản lý Quỹ Khuyến học tỉnh Bình Thuận` ⏎ `có trách nhiệm hướng dẫn …`: the point is a
    # section, and its first line was read as a heading, so the comma before the subject was never reached.
    assert ("Hội đồng quản lý Quỹ Khuyến học tỉnh Bình Thuận", "lead") in on_line(DEVSET / "fresh_30.txt", 474)
    # src_tvplcrawl_39.txt L94–95: `a) Khi phát hiện đại lý … quy định tại khoản 1` ⏎ `Điều 20 Luật Hải quan …, Cục
    # Hải quan tỉnh, thành phố báo cáo Tổng cục Hải quan …`
    assert ("Cục Hải quan tỉnh, thành phố", "lead") in on_line(WILD / "src_tvplcrawl_39.txt", 95)


def test_a_level_cut_by_a_scans_page_break_is_completed():
    # fresh_13.txt L99 (a scan): `2. Giao Si Giáo due và Dào to theo dôi, thng hçp, báo cáo UBND thành ph` ⏎ `1` ⏎
    # `9/` — the page's end cut `thành phố`; the row read `Ủy ban nhân dân thành`.
    assert ("Ủy ban nhân dân thành phố", "report_to") in on_line(DEVSET / "fresh_13.txt", 99)
    assert ("Ủy ban nhân dân thành", "report_to") not in on_line(DEVSET / "fresh_13.txt", 99)


def test_a_damaged_list_is_read_as_the_closest_standard_name():
    # fresh_13.txt L264 (a scan): `b) Don vj phhi hcp: Cáo ban, ngành, doân th lien quail.` — no `sở` is written; the
    # longer standard name `Các sở, ban, ngành, đoàn thể liên quan` won on length alone.
    found = on_line(DEVSET / "fresh_13.txt", 264)
    assert found == {("Các ban, ngành, đoàn thể liên quan", "coordinate")}
    # L752: `cáo sa, ngành lien quan` (no `ban`).
    assert ("Các sở, ngành liên quan", "coordinate") in on_line(DEVSET / "fresh_13.txt", 752)
    # L262: the longer names still win where the text reads more of them (`UBND cáo qun, huyn`, whole).
    assert ("Ủy ban nhân dân các quận, huyện", "lead") in on_line(DEVSET / "fresh_13.txt", 262)
