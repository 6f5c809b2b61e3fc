"""Windows for files and the deadlines a note restates (`Lưu ý:`, `Ghi chú:`)."""
from __future__ import annotations

from .test_deadline_rows_and_tasks import _by_line

_LETTER = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 410/SGDĐT-GDTrH\nĐồng Tháp, ngày 05 tháng 3 năm 2026\n"
           "V/v tuyển sinh lớp 10 năm học 2026-2027\n\nKính gửi: Hiệu trưởng các trường THPT\n\n")


def test_a_time_label_after_a_notes_label_binds_its_window():
    """`Lưu ý: Thời gian nhận hồ sơ từ ngày … đến hết ngày …`: the note's label does not hide the time label after it
    (the window was missed), and neither it nor `Ghi chú:` is the task."""
    rows = _by_line(_LETTER, "1. Các trường tổ chức tư vấn tuyển sinh cho học sinh lớp 9.\n"
                             "Lưu ý: Thời gian nhận hồ sơ từ ngày 05/3 đến hết ngày 21/3/2026.\n"
                             "Ghi chú: Hạn nộp hồ sơ chậm nhất ngày 25/3/2026.\n")
    assert [(r.due_date, r.task) for r in rows[2]] == [("2026-03-21", "Thời gian nhận hồ sơ")]
    assert [(r.due_date, r.task) for r in rows[3]] == [("2026-03-25", "Hạn nộp hồ sơ")]


def test_a_notes_label_leaves_the_subject_who_acts():
    """`Lưu ý: Các trường nộp hồ sơ từ ngày … đến hết ngày …`: the plural body after the note's label is who acts."""
    rows = _by_line(_LETTER, "Lưu ý: Các trường nộp hồ sơ từ ngày 05/3 đến hết ngày 20/3/2026.\n")
    assert [(r.task, r.responsible) for r in rows[1]] == [("Các trường nộp hồ sơ", "Các trường")]


def test_a_window_for_receiving_files_is_due_at_its_end():
    """`Nhà trường nhận hồ sơ từ ngày … đến hết ngày …`: the days files are taken in are the applicants' window (the
    range was dropped: `nhận hồ sơ` was no activity of models/deadlines.json)."""
    rows = _by_line(_LETTER, "Nhà trường nhận hồ sơ từ ngày 05/3 đến hết ngày 24/3/2026.\n")
    assert [(r.due_date, r.task) for r in rows[1]] == [("2026-03-24", "Nhà trường nhận hồ sơ")]
