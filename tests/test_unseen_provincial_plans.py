"""Shapes met on an unseen provincial plan on drug prevention (a held-out document read for its shapes; snippets
written as the genre writes it, names and numbers invented): the province's press body tasked by a labelled item, and
a police investigation unit named by the crimes it investigates."""
from __future__ import annotations

from pipeline.api import parse_text

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 214/KH-UBND
Ninh Bình, ngày 05 tháng 6 năm 2026
KẾ HOẠCH
Triển khai công tác phòng, chống và kiểm soát ma túy năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, nhân dân về tác hại của ma túy.
II. PHÂN CÔNG NHIỆM VỤ
1. Công an tỉnh: Chủ trì tham mưu Ủy ban nhân dân tỉnh chỉ đạo công tác phòng, chống ma túy.
2. Báo và Phát thanh, Truyền hình Ninh Bình: Xây dựng chuyên trang, chuyên mục tuyên truyền về phòng, chống ma túy.
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành, Ủy ban nhân dân xã, phường xây dựng Kế hoạch triển khai thực hiện và gửi về Công an tỉnh (Qua \
Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh) trước ngày 20/6/2026 để tập hợp, theo dõi.
"""


def _parties() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for p in parse_text(_PLAN)[0].parties:
        found.setdefault(p.party, set()).add(p.role)
    return found


def test_the_provinces_press_body_is_tasked_by_its_labelled_item():
    assert _parties().get("Báo và Phát thanh, Truyền hình Ninh Bình") == {"lead"}


def test_a_police_investigation_unit_is_named_whole():
    parties = _parties()
    assert "Phòng Cảnh sát điều tra tội phạm về ma túy" in parties
    assert "Phòng Cảnh sát" not in parties
