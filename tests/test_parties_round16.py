"""Parties, round 16: shapes read on documents nobody keyed. Real sentences of the shared texts (file and line
noted)."""
from __future__ import annotations

import pytest

from .conftest import SHARED, parties_on_line as on_line

WILD = SHARED / "wild"
DEVSET = SHARED / "devset" / "texts"
pytestmark = pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not here")


def test_a_request_already_made_is_history_not_a_task():
    # fresh_26.txt (a Báo cáo) L114-115: `… Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành` ⏎ `liên quan nghiên
    # cứu, trả lời …`; L380-381: `… đã chỉ đạo các sở, ban, ngành, địa phương chủ động ban hành kế hoạch …`.
    assert not on_line(DEVSET / "fresh_26.txt", 115)
    assert not on_line(DEVSET / "fresh_26.txt", 381)
    # src_congbot_27.txt L7: `… Phó Thủ tướng … đã giao Bộ Lao động - Thương binh và Xã hội xây dựng …` (the reason
    # the circular was written, not a task it gives)
    assert not any(party.startswith("Bộ Lao động") for party, _ in on_line(WILD / "src_congbot_27.txt", 7))
    # in a report, `đã` anywhere earlier in the sentence: fresh_26.txt L146-148 `Sau kiểm tra, Đoàn kiểm tra đã ban hành
    # các thông báo kết quả kiểm tra, đề nghị các cơ quan, đơn vị, địa phương xây dựng kế hoạch …`
    assert not on_line(DEVSET / "fresh_26.txt", 148)
    # the report's own proposals keep their tasks: fresh_19.txt (a Báo cáo) L428 `đ) Giao Sở Tư pháp chủ trì, …`
    assert ("Sở Tư pháp", "lead") in on_line(DEVSET / "fresh_19.txt", 428)
    # the same request in force is a task: src_congbot_28.txt L16 `… chỉ đạo Phòng Lao động - Thương binh …`
    assert ("Phòng Lao động - Thương binh và Xã hội cấp huyện", "lead") in on_line(WILD / "src_congbot_28.txt", 16)


def test_a_time_limit_between_a_body_and_its_duty():
    # src_congbot_7.txt (a decree's procedures) L995: `c) Phòng Lao động - Thương binh và Xã hội trong thời gian 07 ngày
    # làm việc kể từ ngày nhận đủ giấy tờ, có trách nhiệm kiểm tra, lập danh sách …`; L1209 two bodies before it.
    assert ("Phòng Lao động - Thương binh và Xã hội", "lead") in on_line(WILD / "src_congbot_7.txt", 995)
    assert {("Bộ Chỉ huy quân sự cấp tỉnh", "lead"), ("Công an cấp tỉnh", "lead")} <= \
        on_line(WILD / "src_congbot_7.txt", 1209)
    # src_congbot_6.txt L83: `b) Ủy ban nhân dân cấp xã trong thời gian 15 ngày kể từ ngày nhận đơn có trách nhiệm …`
    assert ("Ủy ban nhân dân xã", "lead") in on_line(WILD / "src_congbot_6.txt", 83)


def test_the_police_forces_are_bodies():
    # src_tvplcrawl_40.txt L84–85: `3. Cảnh sát biển có trách nhiệm phối hợp, hỗ trợ cơ quan hải quan …`, `4. Cảnh sát
    # giao thông có trách nhiệm …` (L83 `Bộ đội biên phòng` was read already, by its head `Bộ`)
    assert ("Cảnh sát biển", "lead") in on_line(WILD / "src_tvplcrawl_40.txt", 84)
    assert ("Cảnh sát giao thông", "lead") in on_line(WILD / "src_tvplcrawl_40.txt", 85)


def test_a_signature_block_run_into_a_line_gives_no_party():
    # src_tvplcrawl_33.txt L218: `KT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG THỨ TRƯỞNG Nguyễn Cẩm Tú KT. BỘ TRƯỞNG BỘ TÀI CHÍNH …`
    # (then `Nơi nhận:`); src_tvplcrawl_15.txt L23 `KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH …`
    assert not on_line(WILD / "src_tvplcrawl_33.txt", 218)
    assert not on_line(WILD / "src_tvplcrawl_15.txt", 23)


def test_the_agent_after_do_who_works_with_a_partner_leads():
    # fresh_44.txt L591: `… do Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã phối hợp với Ủy ban nhân dân cùng
    # cấp triệu tập và chủ trì;` (the partner was read; the agent was not, as `phối hợp` is no passive predicate)
    found = on_line(DEVSET / "fresh_44.txt", 591)
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in found
    assert ("Ủy ban nhân dân xã", "coordinate") in found
    # L171: `… do người đứng đầu đơn vị, tổ chức phối hợp với Ban chấp hành Công đoàn (nếu có) triệu tập …`
    assert ("Người đứng đầu đơn vị, tổ chức", "lead") in on_line(DEVSET / "fresh_44.txt", 171)


def test_a_field_or_a_description_then_a_time_limit_then_the_duty():
    # src_congbot_7.txt L565: `2. Sở Lao động - Thương binh và Xã hội nơi cá nhân thường trú trong thời gian 12 ngày kể từ
    # ngày nhận đủ giấy tờ, có trách nhiệm …` (the field `nơi …` and the time limit together)
    assert ("Sở Lao động, Thương binh và Xã hội nơi cá nhân thường trú", "lead") in \
        on_line(WILD / "src_congbot_7.txt", 565)
    # L1043: `5. Hội đồng giám định y khoa trong thời gian 60 ngày kể từ ngày nhận đủ giấy tờ, có trách nhiệm …`
    assert ("Hội đồng giám định y khoa", "lead") in on_line(WILD / "src_congbot_7.txt", 1043)
