"""Deadlines, round 9: years written as the one after or before another, subjects that end where a verb
begins, and the party a statute names once for its points."""
from __future__ import annotations

from pipeline.api import parse_text

from .test_deadlines import WILD, _rows, needs_shared


@needs_shared
def test_a_year_written_as_the_next_one_counts_from_the_documents_year():
    """Thông tư 08/2024/TT-BTNMT (src_tvplcrawl_49, issued 31/7/2024) L250: `… trước ngày 31 tháng 3 của năm kế tiếp
    đối với kết quả thống kê đất đai; trước ngày 30 tháng 6 của năm kế tiếp đối với kết quả kiểm kê đất đai` — both
    in 2025, the June one too (it was read as June of the document's own year); Nghị định 44/2025/NĐ-CP
    (src_tvplcrawl_53, 28/2/2025) L124: `chi trả hết trước ngày 30 tháng 6 năm sau liền kề`."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_49") if r.line == 250]
    assert [(r.surface, r.due_date, r.year_inferred) for r in rows] == [
        ("trước ngày 31 tháng 3 của năm kế tiếp", "2025-03-31", True),
        ("trước ngày 30 tháng 6 của năm kế tiếp", "2025-06-30", True)]
    # not `Của năm kế tiếp đối với …`; since round 14 with the duty of the part before it
    assert rows[1].task.endswith(" đối với kết quả kiểm kê đất đai") and "năm kế tiếp" not in rows[1].task
    rows = [r for r in _rows(WILD, "src_tvplcrawl_53") if r.line == 124]
    assert [(r.surface, r.due_date) for r in rows] == [("trước ngày 30 tháng 6 năm sau liền kề", "2026-06-30")]


_LETTER = ("UBND HUYỆN ĐIỆN BÀN\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 112/PGDĐT-VP\n"
           "V/v báo cáo kết quả thực hiện quy chế dân chủ ở cơ sở\n"
           "Điện Bàn, ngày 20 tháng 11 năm 2025\n"
           "Kính gửi: Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn huyện.\n")


def test_a_year_written_as_the_next_one_counts_from_the_year_the_sentence_names():
    """An education office's letter asks for a year's report `trước ngày 31/3 năm sau`: the year after the one the
    sentence names (2025, and 2026 for next year's figures), not after the letter's own."""
    text = _LETTER + ("1. Các trường báo cáo kết quả thực hiện quy chế dân chủ năm 2025 về Phòng Giáo dục và Đào tạo "
                      "trước ngày 31/3 năm sau.\n"
                      "2. Số liệu thống kê giáo dục năm 2026 gửi về Phòng trước ngày 15 tháng 01 năm sau.\n")
    rows = {r.line: r for r in parse_text(text)[0].deadlines}
    assert (rows[7].surface, rows[7].due_date, rows[7].year_inferred) == ("trước ngày 31/3 năm sau", "2026-03-31", True)
    assert rows[7].recipient == "Phòng Giáo dục và Đào tạo"
    assert (rows[8].surface, rows[8].due_date) == ("trước ngày 15 tháng 01 năm sau", "2027-01-15")


@needs_shared
def test_the_previous_year_with_none_named_is_the_dates_next_occurrence():
    """Thông tư 101/2018/TT-BTC (src_congbot_2, issued 14/11/2018) L341: `… giao dự toán cho Bộ LĐTBXH trước ngày 20
    tháng 11 năm trước` — the year before the budget year, which the text does not date: the next 20 November
    (2018), not a day of 2017 before the circular existed; the words belong to the date."""
    rows = [r for r in _rows(WILD, "src_congbot_2") if r.line == 341]
    assert [(r.surface, r.due_date) for r in rows] == [("trước ngày 20 tháng 11 năm trước", "2018-11-20")]


@needs_shared
def test_a_subject_ends_where_its_verb_begins_though_no_list_knows_the_verb():
    """After a period and its moment (`Chậm nhất 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, …`), the subject
    is read up to a verb the lists may not hold, told by underthesea's tags: src_tvplcrawl_61 (Nghị định on ship
    registration) L47 `cơ quan đăng ký tàu biển trả lời chủ tàu bằng văn bản` (the `đăng ký` inside the name stays),
    L179 `… cấp giấy chứng nhận mới cho tổ chức, cá nhân`; src_tvplcrawl_35 L197 `Kho bạc Nhà nước kiểm soát tính hợp
    pháp của hồ sơ …` (a verb the name reader read on into); src_tvplcrawl_51 L129 `Người khai hải quan khai và nộp
    bổ sung chứng từ …` (the qualifying verb again: the predicate)."""
    def responsible(stem, line):
        return {r.responsible for r in _rows(WILD, stem) if r.line == line}

    assert responsible("src_tvplcrawl_61", 47) == {"Cơ quan đăng ký tàu biển"}
    assert responsible("src_tvplcrawl_61", 179) == {"Cơ quan đăng ký tàu biển"}
    assert responsible("src_tvplcrawl_35", 197) == {"Kho bạc Nhà nước"}
    assert responsible("src_tvplcrawl_51", 129) == {"Người khai hải quan"}
    # verbs that belong to the name stay in it: src_tvplcrawl_58 L46 `…, cơ quan có chức năng quản lý đất đai ở địa
    # phương có trách nhiệm chủ trì …`
    assert responsible("src_tvplcrawl_58", 46) == {"Cơ quan có chức năng quản lý đất đai ở địa phương"}


def test_a_negation_before_the_verb_ends_the_subject():
    """A customs circular's shape (src_tvplcrawl_52 L191, src_tvplcrawl_51 L198): `Trong thời hạn 10 ngày kể từ ngày cơ
    quan hải quan yêu cầu, người khai hải quan không cung cấp các chứng từ chứng minh … thì cơ quan hải quan tiến hành
    xác minh …` — the ten days are the declarant's, whose name ends at `không`."""
    text = ("THÔNG TƯ\nQuy định về xác định xuất xứ hàng hóa xuất khẩu, nhập khẩu\n"
            "Điều 5. Kiểm tra chứng từ chứng nhận xuất xứ hàng hóa\n"
            "3. Trong thời hạn 10 ngày kể từ ngày cơ quan hải quan yêu cầu, người khai hải quan không cung cấp các "
            "chứng từ chứng minh thì cơ quan hải quan tiến hành xác minh theo quy định tại khoản 4 Điều này.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.recurrence, r.responsible) for r in rows] == [("10 ngày", "Người khai hải quan")]


@needs_shared
def test_the_subject_of_a_lead_in_under_a_topic_heading_times_its_points():
    """src_tvplcrawl_9 (a customs letter) L28-29: `7. Về khai bổ sung Người khai hải quan xác định có sai sót trong việc
    khai hải quan được thực hiện khai bổ sung trong các trường hợp sau đây:` over `7.2. Đối với hàng hóa đã được thông
    quan: trong thời hạn 60 ngày kể từ ngày thông quan …` — the lead-in's subject, past the topic `Về …` (the legal
    database runs the heading into its text) and before its verb `xác định`, which no list holds (the gold key's
    party)."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_9") if r.line == 29]
    assert [(r.recurrence, r.responsible) for r in rows] == [("60 ngày", "Người khai hải quan")]


def test_a_topic_headings_lead_in_on_its_own_line():
    """The same shape as Word keeps it, the topic heading on its own line: a guidance letter's `2. Về báo cáo định kỳ`
    ⏎ `Các trường thực hiện chế độ báo cáo như sau:` ⏎ `a) Báo cáo sơ kết học kỳ I: trước ngày 15/01/2026.`"""
    text = _LETTER + ("2. Về báo cáo định kỳ\nCác trường thực hiện chế độ báo cáo như sau:\n"
                      "a) Báo cáo sơ kết học kỳ I: trước ngày 15/01/2026.\n"
                      "b) Báo cáo tổng kết năm học: trước ngày 31/5/2026.\n")
    rows = parse_text(text)[0].deadlines
    assert [(r.due_date, r.responsible) for r in rows] == [("2026-01-15", "Các trường"), ("2026-05-31", "Các trường")]


@needs_shared
def test_a_bullet_that_names_a_party_leads_the_duties_after_it():
    """src_tvplcrawl_20 (a provincial decision whose list levels were flattened) L24-35: `2 - Sở Lao động, Thương binh
    và Xã hội có trách nhiệm.` ⏎ `- … ` ⏎ `- Hàng năm lập dự toán … gửi Sở Tài chính thẩm định …`; `- Uỷ ban nhân dân các
    huyện, thành phố:` ⏎ `- …` ⏎ `- Hàng năm lập dự toán kinh phí bảo đảm xã hội … gửi Sở Lao động-Thương binh và Xã
    hội …` — each yearly estimate falls to the party of the bullet that leads it."""
    rows = {r.line: r for r in _rows(WILD, "src_tvplcrawl_20")}
    assert (rows[27].recurrence, rows[27].responsible) == ("Hàng năm", "Sở Lao động, Thương binh và Xã hội")
    assert (rows[35].recurrence, rows[35].responsible) == ("Hàng năm", "Ủy ban nhân dân các huyện, thành phố")


@needs_shared
def test_a_fronted_yearly_recurrence_times_every_date_of_its_clause():
    """Nghị định (src_tvplcrawl_30, issued 15/9/2025) L64: `Hằng năm, quyết định mức tiền lương, thù lao thực hiện năm
    trước của Thành viên hội đồng … trước ngày 15 tháng 4, mức tiền thưởng năm trước trước ngày 30 tháng 6` — both dates
    recur yearly and are taken in the document's year alike (the first was 2026, the second had no recurrence)."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_30") if r.line == 64]
    assert [(r.surface, r.due_date, r.recurrence) for r in rows] == [
        ("trước ngày 15 tháng 4", "2025-04-15", "Hằng năm"), ("trước ngày 30 tháng 6", "2025-06-30", "Hằng năm")]


@needs_shared
def test_the_party_after_a_period_whose_cue_stands_apart_from_its_count():
    """Nghị định (src_congbot_45) L107-113: `b) Trong thời hạn không quá 7 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo
    quy định, Ủy ban nhân dân cấp xã hoàn thành việc tổng hợp …` — the surface starts at `không quá`, and the words
    before it are only the period's cues: the party after the moment acts, as it does after `Trong thời hạn 05 ngày`."""
    rows = {r.line: r for r in _rows(WILD, "src_congbot_45")}
    assert (rows[107].recurrence, rows[107].responsible) == ("7 ngày làm việc", "Ủy ban nhân dân cấp xã")
    assert rows[109].responsible == "Ban Chỉ huy quân sự"


@needs_shared
def test_a_body_whose_two_syllable_head_the_segmenter_joins_to_the_next_word_acts():
    """src_tvplcrawl_39 (a circular on customs declaration certificates) L52: `b) Trong thời hạn 30 ngày kể từ ngày kết
    thúc kỳ thi, Hội đồng thi thông báo công khai kết quả thi …` — underthesea reads `Hội đồng thi` as one word, as it
    reads `Trường hợp`; a head of two syllables is a body's name, not the first half of a common word."""
    rows = [r for r in _rows(WILD, "src_tvplcrawl_39") if r.line == 52]
    assert [(r.recurrence, r.responsible) for r in rows] == [("30 ngày", "Hội đồng thi")]
