"""Parties, round 7: shapes held-out real documents showed cut short or split wrongly, each on real sentences of
../shared (file and line in a comment) or, where ../shared lacks the shape, on a sentence written as such
documents write it (said so in its comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import SHARED

DEVSET = SHARED / "devset" / "texts"
needs_devset = pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not here")

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


def _parties_on(path, line: int) -> set[tuple[str, str]]:
    return {(p.party, p.role) for d in parse_file(str(path)) for p in d.parties if p.line == line}


@needs_devset
def test_the_subject_after_a_circumstance_opened_by_qua():
    # fresh_27 L128-129: `Qua thời gian này, các hội nêu trên không tổ chức đại hội, Sở Nội vụ sẽ báo cáo Chủ tịch
    # Ủy ban nhân dân tỉnh xem xét, xử lý …` — `Qua …` opens a circumstance; the department is the subject.
    assert ("Sở Nội vụ", "lead") in _parties_on(DEVSET / "fresh_27.txt", 129)
    # fresh_27 L156-157, the same shape after `Qua thời gian này, Hiệp hội Nhà thầu xây dựng không tổ chức đại hội,`
    assert ("Sở Nội vụ", "lead") in _parties_on(DEVSET / "fresh_27.txt", 157)


@needs_devset
def test_a_proper_name_does_not_join_a_body_of_a_kind_after_and():
    # fresh_27 L117-120: `Qua theo dõi, …, do đó, Sở Nội vụ và sở quản lý chuyên ngành chưa có ý kiến thống nhất …`
    # — two bodies, and no task (`chưa có`); not one party `Sở Nội vụ và sở`.
    assert not any(p.startswith("Sở Nội vụ và") for p, _ in _parties_on(DEVSET / "fresh_27.txt", 120))


@needs_devset
def test_the_proposal_a_decision_considers_assigns_nothing_to_its_author():
    # fresh_11 L37: `Xét đề nghị Sở Tài chính tại các Công văn số 10587/STC-HCSN …` in a decision's preamble (written
    # without `của`, as `Xét đề nghị của Giám đốc Sở …` is elsewhere): the department proposed; it is given no task.
    assert ("Sở Tài chính", "lead") not in _parties_on(DEVSET / "fresh_11.txt", 37)


@needs_devset
def test_a_cue_typed_with_a_slip_of_one_mark_is_read_as_the_cue():
    # fresh_44 L603: `Trưởng ban công tác Mặt trận phối họp với Trưởng thôn, Tổ trưởng tổ dân phố lập danh sách …`
    # (`họp` typed for `hợp`): the partners are read as after `phối hợp với`.
    parties = _parties_on(DEVSET / "fresh_44.txt", 603)
    assert ("Trưởng thôn", "coordinate") in parties
    assert ("Tổ trưởng tổ dân phố", "coordinate") in parties


def test_only_the_label_cues_are_read_through_their_marks():
    from pipeline.party_ocr import read_cue_slips
    # fresh_13 L415 (OCR of a scan): `a) Dan vj chü trI: So' Xây drng.`; the text keeps its length.
    line = "a) dan vj chü tri: so' xây drng."
    assert read_cue_slips(line) == "a) dan vj chủ trì: so' xây drng."
    # words that share no letters' skeleton with a cue are left alone (`phơi`, `hộp` in `phơi khô`, `hộp thư`)
    assert read_cue_slips("hộp thư điện tử; phơi khô") == "hộp thư điện tử; phơi khô"


def test_a_post_holds_over_the_bodies_of_its_kind_in_a_clause_as_in_a_closing_list():
    # The closing list's shape (src_congbot_9 L414) in a clause of a plan's assignment, written as provincial plans
    # write it (../shared holds it only in closing articles): each department's director is charged.
    from .test_parties_round6 import planned
    parties = planned("1. Giám đốc Sở Y tế, Sở Tài chính, Sở Nội vụ chịu trách nhiệm hướng dẫn các xã tổ chức hội "
                      "nghị cử tri.")
    assert {("Giám đốc Sở Y tế", "lead"), ("Giám đốc Sở Tài chính", "lead"), ("Giám đốc Sở Nội vụ", "lead")} <= parties
    assert ("Sở Tài chính", "lead") not in parties
