"""Deadlines in statutes and what sets none: the periods of a procedure read with their subject and duty (a period
before a moment done by the party after it), the breaches of a sanction decree and a penalty beside a duty, and a
history (a veteran's record) that stays out. Real sentences of ../shared (file and line in a comment), or sentences
written as such texts write them (said so in the comment)."""
from __future__ import annotations

from pipeline.api import parse_text

from .conftest import WILD
from .test_deadline_subjects import _COMMUNE_PLAN
from .test_deadlines import _rows, needs_shared


@needs_shared
def test_statute_periods_read_their_subject_and_duty():
    """Real procedures: src_tvplcrawl_41 L48 `4. Trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ, Cơ quan
    đăng ký kinh doanh có trách nhiệm …`; src_congbot_45 L107 `b) Trong thời hạn không quá 7 ngày làm việc, kể từ
    ngày nhận đủ hồ sơ theo quy định, Ủy ban nhân dân cấp xã hoàn thành việc tổng hợp, lập hồ sơ …`; src_tvplcrawl_63
    L476 `d) Trong thời hạn 03 ngày làm việc kể từ nhận được hồ sơ trình của cơ quan chuyên môn …, Chủ tịch Ủy ban
    nhân dân cấp xã quyết định …` (the moment's `ngày` left out); src_tvplcrawl_32 L60 `… gửi báo cáo … đến Ủy ban
    Thường vụ Quốc hội chậm nhất là 30 ngày trước ngày khai mạc kỳ họp Quốc hội.`"""
    def row(folder, stem, line):
        return next(r for r in _rows(folder, stem) if r.line == line)

    registry = row(WILD, "src_tvplcrawl_41", 48)
    assert registry.task.startswith("Cơ quan đăng ký kinh doanh có trách nhiệm xem xét tính hợp lệ")
    assert registry.responsible == "Cơ quan đăng ký kinh doanh"
    commune = row(WILD, "src_congbot_45", 107)
    assert commune.task.startswith("Ủy ban nhân dân cấp xã hoàn thành việc tổng hợp, lập hồ sơ")
    assert commune.responsible == "Ủy ban nhân dân cấp xã"
    chairman = row(WILD, "src_tvplcrawl_63", 476)
    assert chairman.task == "Chủ tịch Ủy ban nhân dân cấp xã quyết định công nhận khu vực biển"
    assert chairman.responsible == "Chủ tịch Ủy ban nhân dân cấp xã"
    report = row(WILD, "src_tvplcrawl_32", 60)
    assert report.task.endswith("đến Ủy ban Thường vụ Quốc hội") and report.recurrence == "30 ngày"
    # over every statute: few periods' tasks still open with their moment (199 did before)
    opened = [r for stem in ("src_congbot_7", "src_tvplcrawl_63", "src_tvplcrawl_35", "src_tvplcrawl_61")
              for r in _rows(WILD, stem) if r.recurrence and r.task.lower().startswith("kể từ")]
    assert len(opened) <= 15


@needs_shared
def test_a_period_before_a_moment_is_done_by_the_party_after_the_moment():
    """src_tvplcrawl_32 (a resolution on votes of confidence) L62 and src_tvplcrawl_54 (a decree on bonds) L207:
    `Chậm nhất là 20 ngày trước ngày khai mạc kỳ họp Quốc hội, Ủy ban Thường vụ Quốc hội gửi …`: the party who acts
    follows the moment the period runs up to, as it follows one a period counts from (`kể từ ngày …`)."""
    votes = [r for r in _rows(WILD, "src_tvplcrawl_32") if r.line == 62]
    assert [(r.recurrence, r.responsible) for r in votes] == [("20 ngày", "Ủy ban Thường vụ Quốc hội")]
    bonds = [r for r in _rows(WILD, "src_tvplcrawl_54") if r.line == 207]
    assert [(r.recurrence, r.responsible) for r in bonds] == [("01 ngày làm việc", "Doanh nghiệp")]


@needs_shared
def test_the_breaches_of_a_sanction_decree_set_no_deadline():
    """Nghị định on sanctions in planning and investment (src_tvplcrawl_59): the points under `Phạt tiền từ … đối với
    một trong các hành vi sau:` describe duties broken — L106 `a) Không thực hiện chế độ báo cáo giám sát, đánh giá
    đầu tư định kỳ theo quy định;`, L726 `c) Trong thời hạn 10 ngày kể từ ngày quy hoạch được phê duyệt nhưng không
    cập nhật …` — and the remedy L111 `c) Buộc thực hiện chế độ báo cáo … định kỳ theo quy định đối với hành vi vi
    phạm …` restores one; none is a deadline (16 rows were). A remedy's own period stays: src_tvplcrawl_38 L258
    `Buộc đưa ra khỏi lãnh thổ Việt Nam … trong thời hạn 30 ngày kể từ ngày nhận được quyết định xử phạt …`."""
    rows = _rows(WILD, "src_tvplcrawl_59")
    assert not [r for r in rows if r.line in (106, 111, 135, 144, 196, 237, 392, 726)]
    assert not [r for r in rows if r.recurrence == "định kỳ"]
    kept = [r for r in _rows(WILD, "src_tvplcrawl_38") if r.line == 258]
    assert [(r.surface, r.recurrence) for r in kept] == [("trong thời hạn 30 ngày", "30 ngày")]


def test_a_penalty_in_one_sentence_and_a_duty_beside_it():
    """A sanction decree's clause in one line (`Phạt tiền … đối với hành vi không gửi thông báo … trong thời hạn 15
    ngày kể từ …`, `… không thực hiện chế độ báo cáo định kỳ hằng quý …`, the shape of Nghị định 122/2021/NĐ-CP) is a
    breach (both were rows); the decree's own duty in its final article (`Bộ Kế hoạch và Đầu tư … báo cáo … trước
    ngày 31 tháng 12 năm 2022`) is a deadline."""
    text = ("CHÍNH PHỦ\nSố: 122/2021/NĐ-CP\nHà Nội, ngày 28 tháng 12 năm 2021\n\nNGHỊ ĐỊNH\n"
            "Quy định về xử phạt vi phạm hành chính trong lĩnh vực kế hoạch và đầu tư\n\n"
            "Điều 12. Vi phạm về báo cáo\n"
            "1. Phạt tiền từ 5.000.000 đồng đến 10.000.000 đồng đối với hành vi không gửi thông báo cho cơ quan đăng ký "
            "đầu tư trong thời hạn 15 ngày kể từ ngày quyết định ngừng hoạt động của dự án đầu tư.\n"
            "2. Phạt tiền từ 10.000.000 đồng đến 20.000.000 đồng đối với hành vi không thực hiện chế độ báo cáo định kỳ "
            "hằng quý theo quy định.\n"
            "Điều 80. Trách nhiệm thi hành\n"
            "Bộ Kế hoạch và Đầu tư tổng hợp, báo cáo Thủ tướng Chính phủ tình hình thi hành Nghị định này trước ngày "
            "31 tháng 12 năm 2022.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.recurrence, r.responsible) for r in rows] == [("2022-12-31", "", "Bộ Kế hoạch và Đầu tư")]


def test_a_veterans_history_is_still_no_deadline():
    """The history a record of merit states (`nhập ngũ trước ngày 30/4/1975`, before the document) stays out."""
    text = _COMMUNE_PLAN + ("1. Rà soát, lập danh sách các đối tượng nhập ngũ trước ngày 30/4/1975 chưa được hưởng chế độ.\n"
                            "2. Công chức Lao động - Thương binh và Xã hội gửi danh sách về Ủy ban nhân dân xã trước ngày "
                            "20/11/2025.\n")
    assert [r.due_date for r in parse_text(text)[0].deadlines] == ["2025-11-20"]


def test_the_moment_a_reports_figures_are_counted_at_is_no_deadline():
    # A reporting regime written into a school office's letter (invented): the figures are counted at one date,
    # the report is due at another; a `Thời điểm báo cáo:` that opens with a due cue is still a deadline.
    text = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/PGDĐT\nV/v báo cáo thống kê năm học 2024-2025\n\n"
            "Các trường thực hiện 2 kỳ báo cáo thống kê:\n"
            "- Kỳ đầu năm học: thời điểm báo cáo là ngày 30/9/2024; thời hạn gửi báo cáo là ngày 15/10/2024.\n"
            "- Kỳ cuối năm học: số liệu tính đến ngày 31/5/2025, các trường gửi báo cáo trước ngày 10/6/2025.\n"
            "- Báo cáo nhanh: Thời điểm báo cáo: trước ngày 20/12/2024.\n")
    due = sorted(row.due_date for row in parse_text(text, "cv.txt")[0].deadlines)
    assert due == ["2024-10-15", "2024-12-20", "2025-06-10"]
