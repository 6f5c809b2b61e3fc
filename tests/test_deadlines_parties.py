"""Deadlines and responsible parties on the corpus and on snippets written the way plans are."""
from __future__ import annotations

from pipeline.api import parse_file, parse_text

from .conftest import CORPUS


def test_enumerated_report_deadlines_with_inferred_year_and_recipient():
    doc = parse_file(str(CORPUS / "001_e0aee330aa8355da.txt"))[0]
    rows = [(d.due_date, d.recurrence, d.year_inferred, d.recipient) for d in doc.deadlines]
    assert rows == [("2025-05-05", "06 tháng", True, "Ủy ban nhân dân quận"),
                    ("2025-09-05", "9 tháng", True, "Ủy ban nhân dân quận"),
                    ("2025-11-05", "năm", True, "Ủy ban nhân dân quận")]


def test_list_items_take_the_recipient_of_their_introduction():
    doc = parse_file(str(CORPUS / "000_214afb9450e5b4dd.txt"))[0]
    dated = [d for d in doc.deadlines if d.due_date]
    assert [(d.due_date, d.task, d.recipient) for d in dated] == [
        ("2024-04-25", "Báo cáo 6 tháng", "Phòng Giáo dục"),
        ("2024-08-25", "Báo cáo 9 tháng", "Phòng Giáo dục"),
        ("2024-10-25", "Báo cáo năm", "Phòng Giáo dục")]
    assert any(d.recurrence == "6 tháng/lần" and not d.due_date for d in doc.deadlines)


def test_anniversaries_citation_dates_and_periods_are_not_deadlines():
    doc = parse_file(str(CORPUS / "000_214afb9450e5b4dd.txt"))[0]
    dates = {d.due_date for d in doc.deadlines}
    assert "2025-04-30" not in dates and "1975-04-30" not in dates  # (30/4/1975 - 30/4/2025)
    assert "2021-10-25" not in dates and "2021-11-26" not in dates  # issue dates of cited documents


def test_school_year_decides_the_year_of_a_month():
    text = ("KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2024 - 2025\n"
            "1. Các tổ chuyên môn nộp kế hoạch trước ngày 20/9; báo cáo sơ kết trước ngày 15/01.\n")
    rows = {d.due_date for d in parse_text(text)[0].deadlines}
    assert rows == {"2024-09-20", "2025-01-15"}


def test_invalid_dates_are_rejected_and_periods_end_on_their_last_day():
    text = ("KẾ HOẠCH\nKiểm tra nội bộ năm 2024\n"
            "1. Các tổ hoàn thành rà soát trước ngày 31/02/2024.\n"
            "2. Hoàn thành trong quý II/2024 và báo cáo trong tháng 12/2024 về Phòng Giáo dục và Đào tạo.\n"
            "3. Giải quyết trong thời hạn 30 ngày kể từ ngày nhận hồ sơ.\n")
    rows = parse_text(text)[0].deadlines
    assert "2024-02-31" not in {d.due_date for d in rows}
    assert {"2024-06-30", "2024-12-31"} <= {d.due_date for d in rows}
    assert any(d.recurrence == "30 ngày" and not d.due_date for d in rows)


def test_recurring_duty_split_per_period_with_responsible_and_recipient():
    doc = parse_file(str(CORPUS / "004_755144333ea7a6dd.txt"))[0]
    rows = [(d.recurrence, d.responsible, d.recipient) for d in doc.deadlines if d.responsible]
    assert rows == [("6 tháng", "Cơ quan, đơn vị", "Ban Dân vận Huyện ủy"),
                    ("năm", "Cơ quan, đơn vị", "Ban Dân vận Huyện ủy")]


def test_parties_split_enumerations_and_take_roles_from_the_clause():
    doc = parse_file(str(CORPUS / "001_e0aee330aa8355da.txt"))[0]
    roles = {(p.party, p.role) for p in doc.parties}
    assert {("Hiệu trưởng", "lead"), ("Ban Chấp hành Công đoàn", "coordinate"), ("Đoàn Thanh niên", "coordinate"),
            ("Tổ chuyên môn", "coordinate"), ("Ủy ban nhân dân quận", "report_to"), ("Phòng Nội vụ", "report_to"),
            ("Cấp ủy", "lead"), ("Ban lãnh đạo", "lead")} <= roles


def test_party_names_are_normalized_from_abbreviations():
    doc = parse_file(str(CORPUS / "004_755144333ea7a6dd.txt"))[0]
    names = {p.party: p for p in doc.parties}
    assert names["Thành viên Ban Chỉ đạo"].surface == "các thành viên BCD"
    assert names["Cán bộ, công chức, viên chức và người lao động"].surface == "CBCCVC&NLĐ"
    assert names["Ban Thanh tra nhân dân"].role == "lead"


def test_unknown_bodies_are_found_by_their_organisation_head():
    text = ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin chủ trì tổ chức tuyên truyền.\n"
            "2. Trung tâm Y tế huyện phối hợp kiểm tra.\n3. Định kỳ hằng quý báo cáo về Sở Tư pháp.\n")
    parties = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert ("Phòng Văn hóa và Thông tin", "lead") in parties
    assert ("Sở Tư pháp", "report_to") in parties


def test_calendar_file_is_read_back_by_an_icalendar_library(corpus_out, tmp_path):
    from icalendar import Calendar

    from .conftest import run_vnplan

    ics = tmp_path / "deadlines.ics"
    proc = run_vnplan("calendar", corpus_out, "--ics", ics)
    assert proc.returncode == 0, proc.stderr
    cal = Calendar.from_ical(ics.read_bytes())
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    starts = sorted(str(e.decoded("dtstart")) for e in events)
    assert starts == ["2024-04-25", "2024-08-25", "2024-10-25", "2024-11-20", "2025-05-05", "2025-09-05", "2025-11-05"]
    first = next(e for e in events if str(e.decoded("dtstart")) == "2025-05-05")
    description = str(first.get("description"))
    assert "Ủy ban nhân dân quận" in description and "001_e0aee330aa8355da" in description
    assert "6 tháng/lần" in proc.stdout  # recurring duties without a date are listed, not dropped
