"""Deadlines, round 16: shapes read on documents no key covers."""
from __future__ import annotations

from .test_deadlines import DEVSET, WILD, _document, _rows, needs_shared
from .test_deadlines_round14 import _by_line


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
def test_a_publication_deadline_takes_its_duty_from_the_part_before_and_its_party_from_the_lead_in():
    """src_tvplcrawl_46 (a decree on state enterprises' disclosures) L185–193: `1. Doanh nghiệp do Nhà nước nắm giữ
    100% vốn điều lệ phải định kỳ công bố các thông tin sau đây: [note]` over `c) Báo cáo đánh giá …; thời hạn công bố
    trước ngày 30 tháng 6 …`: the party leads the list in (a share in its name, a database's note after its colon),
    the duty is the point's first part (not `Thời hạn công bố`); src_tvplcrawl_35 L314 is the same `; thời hạn gửi
    báo cáo …` shape."""
    rows = {r.line: r for r in _rows(WILD, "src_tvplcrawl_46") if r.line in (188, 193)}
    assert rows[188].task.startswith("Báo cáo đánh giá về kết quả thực hiện kế hoạch sản xuất, kinh doanh hằng năm")
    assert rows[188].responsible == "Doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ"
    reports = [r for r in _rows(WILD, "src_tvplcrawl_35") if r.line == 314 and r.due_date]
    assert [r.task for r in reports] == ["Báo cáo Bộ Tài chính tình hình tổ chức, hoạt động định kỳ hằng năm"]


@needs_shared
def test_a_databases_note_does_not_make_a_period_a_duration():
    """src_tvplcrawl_46 L192–193: `g) …; thời hạn công bố trước ngày 31 tháng 7 hàng năm; [Điểm này được sửa đổi bởi
    … có hiệu lực kể từ ngày 25/04/2023]` ⏎ `h) …; thời hạn công bố trong vòng 150 ngày kể từ …`: the note's `hiệu
    lực` is not the text's, and the 150 days are a time limit (the row was lost)."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_46") if r.line == 193]
    assert [(r.surface, r.recurrence) for r in rows] == [("trong vòng 150 ngày", "150 ngày")]


def test_a_numbered_lead_in_with_its_verb_names_the_party_of_its_bullets():
    """A plan's numbered item that leads its bullets in with a clause (`1. Hiệu trưởng tổ chức thực hiện các nội dung
    sau:`), the bullets apart by blank lines: a bullet's time falls to that subject, not to the letter's addressees
    (src_teacher2_1 L88–96 is written so)."""
    head = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2345/BGDĐT-GDTH\nHà Nội, ngày 07 tháng 6 năm 2025\n"
            "V/v hướng dẫn xây dựng kế hoạch giáo dục\n\nKính gửi: Các Sở Giáo dục và Đào tạo\n\n"
            "A. HƯỚNG DẪN XÂY DỰNG KẾ HOẠCH\n\n")
    rows = _by_line(head, "1. Hiệu trưởng tổ chức thực hiện các nội dung sau:\n\n"
                          "- Tổ chức họp Hội đồng trường đánh giá các điều kiện thực hiện chương trình;\n\n"
                          "- Ký ban hành kế hoạch giáo dục của nhà trường trước ngày 31 tháng 8 hằng năm.\n")
    assert [(r.surface, r.responsible) for r in rows[5]] == [("trước ngày 31 tháng 8 hằng năm", "Hiệu trưởng")]


def test_two_parties_with_their_own_dates_in_one_clause():
    """`Phòng Tư pháp rà soát …, hoàn thành trước ngày 30/6/2026, Phòng Tài chính thẩm định … xong trước ngày
    31/7/2026`: each date's own duty opens with its own party; the second is not the clause's first subject."""
    head = ("ỦY BAN NHÂN DÂN HUYỆN HÒA BÌNH\nSố: 52/KH-UBND\nHòa Bình, ngày 20 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Rà soát thủ tục hành chính năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n")
    rows = _by_line(head, "2. Phòng Tư pháp rà soát văn bản quy phạm pháp luật, hoàn thành trước ngày 30/6/2026, "
                          "Phòng Tài chính thẩm định kinh phí xong trước ngày 31/7/2026.\n")[1]
    assert [(r.due_date, r.responsible) for r in rows] == [("2026-06-30", "Phòng Tư pháp"),
                                                           ("2026-07-31", "Phòng Tài chính")]
    assert rows[1].task == "Phòng Tài chính thẩm định kinh phí"


@needs_shared
def test_a_later_paragraph_of_a_point_takes_the_subject_of_the_points_opening():
    """src_congbot_7 (a decree on people with merit, one paragraph a line) L411–417: `b) Ủy ban nhân dân cấp xã nơi
    người đề nghị thường trú trong thời gian 05 ngày làm việc …, có trách nhiệm …` ⏎ `Trường hợp … thì …` ⏎ `Trong
    thời gian 05 ngày làm việc kể từ ngày nhận danh sách …, có trách nhiệm niêm yết …`: the subject left out is the
    point's; L2849–2851 the same under `c) Phòng Lao động - Thương binh và Xã hội nơi quản lý mộ liệt sĩ:`."""
    rows = {(r.line, r.recurrence): r.responsible for r in _rows(WILD, "src_congbot_7") if r.line in (417, 2851)}
    assert rows[(417, "05 ngày làm việc")] == "Ủy ban nhân dân cấp xã"
    assert rows[(2851, "02 ngày làm việc")] == "Phòng Lao động - Thương binh và Xã hội"


@needs_shared
def test_a_weeks_range_in_brackets_after_its_label_takes_the_phase_after_it():
    """fresh_02 (a school's contest plan) L109: `Tuần 2 (22-28/11) – Giai đoạn “Hình thành ý tưởng”:`: the label before
    the brackets is too short to say what is done, the phase after them says it (the task was the wrapped tail of the
    bullet above, `công).`)."""
    rows = [r for r in _rows(DEVSET, "fresh_02") if r.surface == "22-28/11"]
    assert [r.task for r in rows] == ["Tuần 2 – Giai đoạn “Hình thành ý tưởng”"]


@needs_shared
def test_a_timetable_entry_wrapped_without_indent_keeps_its_recipient():
    """fresh_file_03.pdf (fresh_02's original): `• 05/12: Hỗ trợ hoàn thiện video, poster. Và nộp đề án dự thi về cho
    Thầy Nguyễn` ⏎ `Văn Thành PHT NGLL.`: the PDF's text wraps the entry without indenting it; the line after one that
    ends without a stop goes on it, and the entry's recipient is read across the wrap (as in the keyed text)."""
    rows = [r for r in _document(str(DEVSET.parent / "files" / "fresh_file_03.pdf")).deadlines if r.surface == "05/12"]
    assert [r.recipient for r in rows] == ["Thầy Nguyễn Văn Thành (Phó Hiệu trưởng)"]


@needs_shared
def test_a_time_label_that_names_its_duty_gives_the_task():
    """fresh_02 L48: `o Hạn đăng ký và nộp hồ sơ cấp trường: trước 17h00 ngày 10/12/2025 (để …`: the label names what
    is due (the task was the item's heading, `Yêu cầu cụ thể`); a bare `Thời gian hoàn thành:` still takes the item's."""
    rows = [r for r in _rows(DEVSET, "fresh_02") if r.line == 48]
    assert [r.task for r in rows] == ["Đăng ký và nộp hồ sơ cấp trường"]
    head = ("ỦY BAN NHÂN DÂN XÃ LƯƠNG MINH\nSố: 52/KH-UBND\nLương Minh, ngày 20 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
            "Rà soát thủ tục hành chính năm 2026\n\nII. NỘI DUNG\n")
    rows = _by_line(head, "1. Rà soát, đơn giản hóa thủ tục hành chính\n- Thời gian hoàn thành: trước ngày 30/6/2026.\n")
    assert [r.task for r in rows[2]] == ["Rà soát, đơn giản hóa thủ tục hành chính"]


@needs_shared
def test_a_company_acts():
    """src_tvplcrawl_41 (a decree on enterprise registration) L139: `Trong thời hạn 15 ngày kể từ ngày được cấp Giấy
    chứng nhận …, công ty trách nhiệm hữu hạn một thành viên gửi hồ sơ …`: a company is a party that acts
    (models/deadlines.json agent_heads), as a `doanh nghiệp` is."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_41") if r.line == 139]
    assert [r.responsible for r in rows] == ["Công ty trách nhiệm hữu hạn một thành viên"]
    assert rows[0].task.startswith("Công ty trách nhiệm hữu hạn một thành viên gửi hồ sơ đăng ký lại chi nhánh")


@needs_shared
def test_a_fronted_ngoai_phrase_is_passed_over_to_the_subject():
    """src_tvplcrawl_54 (a decree on bonds) L259: `b) Ngoài chế độ báo cáo định kỳ theo quy định tại điểm a khoản này,
    Sở giao dịch chứng khoán báo cáo đột xuất …`: `Ngoài …,` is fronted like `Đối với …,`; the subject follows it."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_54") if r.line == 259]
    assert [r.responsible for r in rows] == ["Sở giao dịch chứng khoán"]
