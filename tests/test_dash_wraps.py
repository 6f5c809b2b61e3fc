"""A dash name wrapped before its dash by a web page's lines (pipeline/dash_wraps.py): a province's decision as legal
sites copy it (bodies and numbers invented, the wraps where such pages put them), and src_tvplcrawl_47 of ../shared."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text
from pipeline.normalize import normalize

from .conftest import WILD

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
Số: 1530/QĐ-UBND
Bình Định, ngày 29 tháng 04 năm 2025
QUYẾT ĐỊNH
Ban hành Kế hoạch thực hiện công tác xã hội năm 2025
Theo đề nghị của Sở Lao động
- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2025.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác xã hội năm 2025.
Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động
- Thương binh và Xã hội, Nội vụ, Tài chính; Chủ tịch UBND các huyện, thị
xã, thành phố chịu trách nhiệm thi hành Quyết định này./.
"""


def test_a_dash_name_wrapped_before_its_dash_reads_whole():
    """`Giám đốc các Sở: Lao động` ⏎ `- Thương binh và Xã hội, Nội vụ, …`: the line break becomes a space (no offset
    moves), so the list of departments reads whole (its first lines were lost: the dash opened a bullet); a real bullet
    after a line that ends its sentence stays a bullet."""
    text = normalize(_DECISION)
    assert len(text) == len(_DECISION)
    assert "Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ" in text
    assert "Sở Lao động - Thương binh và Xã hội tại Tờ trình" in text
    parties = {p.party for p in parse_text(_DECISION)[0].parties}
    assert {"Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ", "Giám đốc Sở Tài chính"} <= parties
    bullets = "Nơi nhận:\n- Sở Lao động;\n- Thương binh và Xã hội tỉnh;\n"
    assert normalize(bullets) == bullets  # (`Sở Lao động;` ends its line: the next dash is a bullet)


@pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not here")
def test_a_crawled_decisions_title_and_subjects_keep_their_wrapped_dash_name():
    """src_tvplcrawl_47, a ministry's decision copied from a legal site: `… KẾ HOẠCH PHÁT TRIỂN KINH TẾ` ⏎ `- XÃ HỘI VÀ
    DỰ TOÁN …`: the title and the subjects of Nghị quyết 01/NQ-CP run past the wrap (they ended at `KINH TẾ`), and a
    subject does not keep the `và số` of the next number its list names."""
    doc = parse_text((WILD / "src_tvplcrawl_47.txt").read_text(encoding="utf-8"))[0]
    assert "KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2024" in doc.meta.title
    subjects = {c.subject for c in doc.citations if c.number_symbol == "01/NQ-CP" and c.subject}
    assert any(s.endswith("kinh tế - xã hội và dự toán ngân sách Nhà nước năm 2024") for s in subjects)
    assert not any(s.endswith(" số") for s in subjects)
