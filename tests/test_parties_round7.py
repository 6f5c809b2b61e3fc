"""Parties, round 7: shapes held-out real documents showed cut short or split wrongly, each on real sentences of
../shared (file and line in a comment) or, where ../shared lacks the shape, on a sentence written as such
documents write it (said so in its comment)."""
from __future__ import annotations

from pipeline.api import parse_text

# The frame of a letter of Bảo hiểm xã hội Việt Nam to the provincial agencies (its symbol …/BHXH-CSYT, as the
# agency numbers its letters on health insurance; ../shared holds no such letter).
_LETTER = """BẢO HIỂM XÃ HỘI VIỆT NAM
Số: 1234/BHXH-CSYT
V/v thanh toán chi phí khám bệnh, chữa bệnh BHYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 4 năm 2025

Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc trung ương.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, CSYT.
"""


def written(body: str) -> set[tuple[str, str]]:
    return {(p.party, p.role) for p in parse_text(_LETTER.format(body=body))[0].parties}


def test_an_abbreviated_body_runs_over_the_places_it_is_named_for():
    # `BHXH` is a body's head as `Bảo hiểm xã hội` is: its name runs over `các tỉnh, thành phố trực thuộc trung
    # ương` (one party, the locative of one head), not cut at `thành phố`.
    parties = written("Đề nghị BHXH các tỉnh, thành phố trực thuộc trung ương phối hợp với Sở Y tế chỉ đạo các cơ sở "
                      "KCB trên địa bàn thực hiện thanh toán chi phí khám bệnh, chữa bệnh BHYT theo quy định.")
    assert ("Bảo hiểm xã hội các tỉnh, thành phố trực thuộc trung ương", "lead") in parties
    assert ("Bảo hiểm xã hội các tỉnh, thành phố", "lead") not in parties
    assert ("Sở Y tế", "coordinate") in parties


def test_the_other_initialism_of_health_care_facilities_is_expanded():
    # `Các cơ sở KBCB` is written beside `cơ sở KCB` for the facilities of khám bệnh, chữa bệnh.
    parties = written("Các cơ sở KBCB có trách nhiệm cập nhật đầy đủ dữ liệu lên Hệ thống thông tin giám định BHYT.")
    assert ("Các cơ sở khám bệnh, chữa bệnh", "lead") in parties
