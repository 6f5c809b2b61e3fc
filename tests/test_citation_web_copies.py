"""Citations as web copies of school and office plans write them: a list of bases run into one paragraph under
its heading, a body's acronym in brackets before the subject, symbols broken by stray spaces or missing a slash.
Real lines of the shared texts where they exist (file and line in a comment, read from ../shared at test time),
else lines written as the genre writes them (bodies, numbers and dates invented)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text
from pipeline.normalize import normalize

from .conftest import SHARED, shared_lines as _lines

WILD = SHARED / "wild"
DEVSET = SHARED / "devset" / "texts"
needs_shared = pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")

_HEAD = ("PHÒNG GD&ĐT HUYỆN AN PHÚ\nTRƯỜNG MẦM NON BÌNH MINH\nSố: 45/KH-MN\nAn Phú, ngày 10 tháng 9 năm 2024\n\n"
         "KẾ HOẠCH\nGiáo dục nhà trường năm học 2024 - 2025\n\n")


def _cites(body: str, head: str = _HEAD):
    return parse_text(normalize(head + body))[0].citations


def test_bases_run_into_one_paragraph_under_their_heading_are_each_a_basis():
    # a page that lost the list's line breaks: each item one sentence, opened by its type word, closed by `. `
    cites = _cites("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
                   "Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ Trường "
                   "Mầm non. Chỉ thị số 800/CT-BGDĐT ngày 24/8/2021 của Bộ GD&ĐT về thực hiện nhiệm vụ năm học 2024 - "
                   "2025. Công văn số 1254/SGDĐT-GDMN ngày 12/8/2024 của Sở GD&ĐT về hướng dẫn nhiệm vụ giáo dục mầm "
                   "non (GDMN). Thông tư số 51/2020/TT-BGDĐT ngày 31/12/2020 về sửa đổi, bổ sung một số nội dung của "
                   "Chương trình GDMN ban hành kèm theo Thông tư số 17/2009/TT-BGDĐT ngày 25/7/2009 của Bộ GD&ĐT.\n"
                   "II. ĐẶC ĐIỂM TÌNH HÌNH\n"
                   "Năm học trước, trường thực hiện Kế hoạch số 12/KH-UBND ngày 03/3/2024 của UBND huyện. Công văn số "
                   "88/PGDĐT-MN ngày 05/9/2024 của Phòng GD&ĐT đã nêu kết quả.\n")
    assert [(c.number_symbol, c.relation) for c in cites] == [
        ("52/2020/TT-BGDĐT", "can_cu"), ("800/CT-BGDĐT", "can_cu"), ("1254/SGDĐT-GDMN", "can_cu"),
        ("51/2020/TT-BGDĐT", "can_cu"),
        ("17/2009/TT-BGDĐT", "other"),  # (in the item's subject: nested)
        ("12/KH-UBND", "thuc_hien"), ("88/PGDĐT-MN", "other")]  # (under the next heading: no item of the list)


@needs_shared
def test_a_bodys_acronym_in_brackets_before_the_subject_is_skipped():
    # src_teacher2_1 L15: `Quyết định số 16/2006/QĐ-BGDĐT ngày 05/5/2006 của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) về
    # việc [ban hành Chương trình giáo dục phổ thông cấp tiểu học](#).`
    cites = parse_text(normalize(_lines(WILD, "src_teacher2_1", 1, 15)))[0].citations
    decision = next(c for c in cites if c.number_symbol == "16/2006/QĐ-BGDĐT")
    assert decision.issuer == "Bộ trưởng Bộ Giáo dục và Đào tạo"
    assert decision.subject == "ban hành Chương trình giáo dục phổ thông cấp tiểu học"


@pytest.mark.parametrize("written, symbol", [
    ("Căn cứ Công văn số 2558/SGD &ĐT -TTr ngày 07/9/2023 của Sở Giáo dục và Đào tạo", "2558/SGD&ĐT-TTr"),
    ("Căn cứ Công văn số 1012/SGD& ĐT-GDTrH ngày 07/9/2023 của Sở Giáo dục và Đào tạo", "1012/SGD&ĐT-GDTrH"),
    ("Căn cứ Thông tư 11/2020TT-BGDĐT ngày 19/05/2020 của Bộ GD&ĐT", "11/2020/TT-BGDĐT"),
])
def test_a_symbol_broken_by_stray_spaces_or_missing_its_slash_is_read_whole(written, symbol):
    cites = _cites(written + " hướng dẫn thực hiện dân chủ trong trường học;\n")
    assert [(c.number_symbol, c.relation) for c in cites] == [(symbol, "can_cu")]


def test_an_ampersand_between_a_symbol_and_a_word_is_no_part_of_the_symbol():
    cites = _cites("Thực hiện Kế hoạch số 12/KH-UBND & Sở Giáo dục và Đào tạo về nhiệm vụ năm học 2024 - 2025.\n")
    assert [c.number_symbol for c in cites] == ["12/KH-UBND"]


@needs_shared
def test_a_month_glued_to_its_number_is_read_as_the_date():
    # src_congbot_6 L513: `… Thông tư liên tịch số 41/2013/TTLT-BYT-BLĐTBXH ngày 18 tháng11 năm 2013 của Bộ trưởng Bộ Y tế
    # và Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn …`
    line = _lines(WILD, "src_congbot_6", 513)
    assert "ngày 18 tháng 11 năm 2013" in normalize(line)
    joint = next(c for c in parse_text(normalize(line))[0].citations if c.number_symbol == "41/2013/TTLT-BYT-BLĐTBXH")
    assert joint.issued_date == "2013-11-18"
    assert joint.issuer == "Bộ trưởng Bộ Y tế và Bộ trưởng Bộ Lao động - Thương binh và Xã hội"


def test_words_a_web_copy_glued_together_are_read_apart():
    # a page copied from a school's site: the space lost after `Căn cứ`, `về`, `các` and before `tháng`
    cites = _cites("Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động "
                   "của cơ quan hành chính nhà nước;\n"
                   "Căn cứThông tư số 36/2017/TT-BGDĐT ngày 28tháng 12 năm 2017 của Bộ Giáo dục và Đào tạo vềban hành "
                   "Quy chế thực hiện công khai đối với cơ sở giáo dục;\n"
                   "Căn cứ Công văn số 1254/SGDĐT-GDMN ngày 12/8/2024 của Sở Giáo dục và Đào tạo gửi cácPhòng Giáo dục "
                   "và Đào tạo vềviệc hướng dẫn nhiệm vụ năm học 2024 - 2025;\n")
    assert [(c.number_symbol, c.relation) for c in cites] == [
        ("04/2015/NĐ-CP", "can_cu"), ("36/2017/TT-BGDĐT", "can_cu"), ("1254/SGDĐT-GDMN", "can_cu")]
    circular = cites[1]
    assert (circular.doc_type, circular.issued_date) == ("Thông tư", "2017-12-28")
    assert circular.subject == "ban hành Quy chế thực hiện công khai đối với cơ sở giáo dục"
    assert cites[2].subject == "hướng dẫn nhiệm vụ năm học 2024 - 2025"


@pytest.mark.parametrize("words", ["cứu trợ", "cách mạng", "bất cứ ai", "về nền nếp", "công tác Đội"])
def test_words_written_apart_or_whole_are_left_as_they_are(words):
    assert normalize(f"Trường tổ chức {words} trong tháng 9.") == f"Trường tổ chức {words} trong tháng 9."


@needs_shared
def test_a_body_whose_programme_carries_out_another_document_is_no_issuer():
    # as a province's plan cites the Government's action programme: the trích yếu names whose programme it is, then
    # what the programme carries out; the resolution's issuer is not written
    cites = _cites("Căn cứ Nghị quyết số 51/NQ-CP ngày 19 tháng 6 năm 2018 ban hành Chương trình hành động của Chính phủ "
                   "thực hiện Nghị quyết số 26-NQ/TW ngày 19 tháng 5 năm 2018 của Hội nghị lần thứ bảy Ban Chấp hành "
                   "Trung ương khóa XII về tập trung xây dựng đội ngũ cán bộ các cấp;\n")
    assert [(c.number_symbol, c.issuer) for c in cites] == [
        ("51/NQ-CP", ""), ("26-NQ/TW", "Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII")]
    # fresh_10 L11-13: `Căn cứ Công văn số 1910/SGDĐT-GDTH ngày 24 tháng 4 năm 2023 về hướng dẫn … Tiểu học của Sở Giáo dục
    # và Đào tạo Thành phố Hồ Chí Minh theo …`: a body that ends the subject, the citing text going on, still is
    letter = next(c for c in parse_text(normalize(_lines(DEVSET, "fresh_10", 1, 14)))[0].citations
                  if c.number_symbol == "1910/SGDĐT-GDTH")
    assert letter.issuer == "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh"


def test_a_verb_broken_over_two_lines_still_ends_the_issuer():
    # text pasted from a PDF keeps its line ends, one inside `ban hành`
    cites = _cites("Thực hiện Quyết định số 2029/QĐ-BGDĐT ngày 13 tháng 7 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo ban\n"
                   "hành Kế hoạch triển khai Đề án tăng cường ứng dụng công nghệ thông tin trong giáo dục;\n")
    assert [(c.number_symbol, c.issuer) for c in cites] == [("2029/QĐ-BGDĐT", "Bộ trưởng Bộ Giáo dục và Đào tạo")]


def test_a_number_with_a_letter_after_its_digits_is_a_citation():
    """`Quyết định số 168a/QĐ-UBND ngày 6/9/2025` (a commune's decision numbered after another of its day) and
    `Chương trình số 1249a/CTPH-UBDT-BTP` (wild src_tvplcrawl_15): the letter is part of the number; the mention was
    not found at all."""
    text = ("ỦY BAN NHÂN DÂN XÃ AN BÌNH\nSố: 170/QĐ-UBND\nAn Bình, ngày 10 tháng 9 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc kiện toàn Tổ hòa giải\n\nCăn cứ Quyết định số 168a/QĐ-UBND ngày 6/9/2025 của Ủy ban nhân dân xã về "
            "việc thành lập Tổ công tác;\n")
    citations = parse_text(text)[0].citations
    assert [(c.number_symbol, c.issued_date, c.relation) for c in citations] == [
        ("168a/QĐ-UBND", "2025-09-06", "can_cu")]


def test_the_day_and_the_body_that_open_a_sentence_with_da_co_are_the_documents():
    """`Ngày 20/7/2010, Bộ trưởng Bộ GD&ĐT đã có Thông tư số 21/2010/TT-BGDĐT ban hành …` (an education department's
    letter opens so), as `Ngày 12/6/2015, Bộ Quốc phòng đã có Công văn số 4966/BQP-CT trả lời …` (wild
    src_congbot_31): the day is the document's date and the body its issuer, as after `ban hành`."""
    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1234/SGDĐT-GDTrH\nV/v triển khai Điều lệ Hội thi giáo viên dạy giỏi\n"
            "Hà Tĩnh, ngày 10 tháng 8 năm 2010\n\nKính gửi: Hiệu trưởng các trường THCS, THPT.\n\n"
            "Ngày 20/7/2010, Bộ trưởng Bộ GD&ĐT đã có Thông tư số 21/2010/TT-BGDĐT ban hành Điều lệ Hội thi giáo viên "
            "dạy giỏi. Sở hướng dẫn các trường triển khai như sau:\n")
    citations = parse_text(text)[0].citations
    assert [(c.number_symbol, c.issued_date, c.issuer) for c in citations] == [
        ("21/2010/TT-BGDĐT", "2010-07-20", "Bộ trưởng Bộ Giáo dục và Đào tạo")]


def test_bases_bulleted_with_a_dash_a_web_editor_drew_are_each_a_basis():
    # a school portal's plan (WordPress turns a typed `-` into an en dash; Word's bullets come as `•`, `▪`): each item
    # of the list opens its own sentence, and its `Căn cứ` governs it
    cites = _cites("I. NHỮNG CĂN CỨ ĐỂ THỰC HIỆN\n"
                   "– Căn cứ Nghị định Số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ “Về thực hiện dân chủ trong hoạt "
                   "động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập”;\n"
                   "— Căn cứ Chỉ thị số 2268/CT-BGDĐT ngày 08/08/2019 của Bộ GD&ĐT về nhiệm vụ và giải pháp năm học "
                   "2019 – 2020 của ngành Giáo dục;\n"
                   "▪ Căn cứ Thông tư số 17/2009/TT-BGDĐT ngày 25/7/2009 về việc ban hành “Chương trình giáo dục mầm non”;\n"
                   "• Thực hiện Kế hoạch số 12/KH-PGDĐT ngày 09/9/2019 của Phòng GD&ĐT về nhiệm vụ năm học 2019 - 2020.\n"
                   "II. NHIỆM VỤ\n")
    assert [(c.citation_key, c.relation) for c in cites] == [
        ("Nghị định 04/2015/NĐ-CP", "can_cu"), ("Chỉ thị 2268/CT-BGDĐT (2019)", "can_cu"),
        ("Thông tư 17/2009/TT-BGDĐT", "can_cu"), ("Kế hoạch 12/KH-PGDĐT (2019)", "thuc_hien")]


def test_a_full_stop_typed_between_a_number_and_its_date_does_not_end_the_description():
    # a kindergarten's plan on its portal: `Căn cứ công văn số 752 /PGD&ĐT. Ngày 04/9/2024 của Phòng GD&ĐT Diễn Châu, …`
    cites = _cites("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
                   "Căn cứ công văn số 752 /PGD&ĐT. Ngày 04/9/2024 của Phòng GD&ĐT Diễn Châu, Hướng dẫn nhiệm vụ năm học "
                   "2024-2025 đối với giáo dục mầm non;\n"
                   "Thực hiện Kế hoạch số 15/KH-MN. Ngày 10/9/2024, nhà trường tổ chức hội nghị viên chức.\n")
    assert [(c.citation_key, c.issued_date, c.issuer) for c in cites] == [
        ("Công văn 752/PGDĐT (2024)", "2024-09-04", "Phòng GD&ĐT Diễn Châu"),
        ("Kế hoạch 15/KH-MN", "", "")]  # (a sentence of its own that opens with a date: no description)


def test_a_title_led_by_its_type_word_or_quoted_before_the_date_still_gives_the_issuer():
    # school plans cite their own plans by the title as the header writes it (`Kế hoạch số … ngày … Kế hoạch thực hiện
    # nhiệm vụ năm học … của Trường …`) and letters by the title in quotes, before or after the date
    cites = _cites("I. CĂN CỨ\n"
                   "Căn cứ kế hoạch số 31/KH-MN ngày 12 tháng 9 năm 2023 kế hoạch thực hiện nhiệm vụ năm học 2023-2024 "
                   "của trường mầm non xã Thạch Long;\n"
                   "Căn cứ công văn số: 215/GDĐT-THCS “V/v hướng dẫn tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học "
                   "2023-2024” ngày 05/10/2023 của Phòng GD&ĐT Thạch Hà;\n"
                   "Căn cứ Thông tư 22/2019/TT-BGDĐT ngày 20/12/2019 “Ban hành Quy định về Hội thi giáo viên dạy giỏi cơ "
                   "sở giáo dục phổ thông” của Bộ GD&ĐT;\n"
                   "Thực hiện Kế hoạch số 12/KH-UBND ngày 03/10/2023 kế hoạch năm học của xã.\n")
    assert [(c.citation_key, c.issued_date, c.issuer, c.subject) for c in cites] == [
        ("Kế hoạch 31/KH-MN (2023)", "2023-09-12", "trường mầm non xã Thạch Long", ""),
        ("Công văn 215/GDĐT-THCS (2023)", "2023-10-05", "Phòng GD&ĐT Thạch Hà",
         "hướng dẫn tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2023-2024"),
        ("Thông tư 22/2019/TT-BGDĐT", "2019-12-20", "Bộ GD&ĐT",
         "Ban hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục phổ thông"),
        # (`kế hoạch năm học`: no verb after the type word, no title; the body stays unread)
        ("Kế hoạch 12/KH-UBND (2023)", "2023-10-03", "", "")]


def test_a_symbols_year_typed_after_the_citing_plans_is_its_dates_year():
    # a kindergarten's 2021 plan: `Thông tư số 28/2026/TT-BGD ĐT ngày 30/12/2016` (the number is the year it was signed)
    head = _HEAD.replace("2024", "2021")
    cites = _cites("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
                   "Thông tư số 51/2020/TT-BGDĐT ngày 31/12/2020 về sửa đổi, bổ sung một số nội dung của Chương trình "
                   "GDMN, đã được sửa đổi, bổ sung bởi Thông tư số 28/2026/TT-BGD ĐT ngày 30/12/2016 của Bộ GD&ĐT. "
                   "Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2017 của Bộ GD&ĐT. "
                   "Công văn số 2387/BGDĐT-GDMN ngày 09/6/2021 của Bộ GD&ĐT.\n", head)
    assert [(c.number_symbol, c.issued_date, c.citation_key) for c in cites] == [
        ("51/2020/TT-BGDĐT", "2020-12-31", "Thông tư 51/2020/TT-BGDĐT"),
        ("28/2016/TT-BGDĐT", "2016-12-30", "Thông tư 28/2016/TT-BGDĐT"),
        # (a year the plan could cite, its date another: which was mistyped the text does not say)
        ("19/2018/TT-BGDĐT", "2017-08-22", "Thông tư 19/2018/TT-BGDĐT"),
        ("2387/BGDĐT-GDMN", "2021-06-09", "Công văn 2387/BGDĐT-GDMN (2021)")]
    assert cites[1].surface == "Thông tư số 28/2026/TT-BGD ĐT"


def test_a_clause_after_a_semicolon_that_can_cu_opens_is_a_basis():
    # an education office's letter runs its preamble into one sentence: `Thực hiện Kế hoạch số …; căn cứ Thông tư số …,
    # Phòng GD&ĐT hướng dẫn …` (not `Thực hiện và căn cứ …`, one clause opened by two cues, the first deciding)
    cites = _cites("Thực hiện Kế hoạch số 178/KH-PGDĐT ngày 05/9/2024 của Phòng GD&ĐT về nhiệm vụ năm học 2024-2025; "
                   "căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ GD&ĐT ban hành Quy định về Hội thi giáo "
                   "viên dạy giỏi, Phòng GD&ĐT hướng dẫn tổ chức Hội thi như sau:\n"
                   "Thực hiện và căn cứ Kế hoạch số 180/KH-PGDĐT ngày 05/9/2024 của Phòng GD&ĐT.\n")
    assert [(c.number_symbol, c.relation) for c in cites] == [
        ("178/KH-PGDĐT", "thuc_hien"), ("22/2019/TT-BGDĐT", "can_cu"), ("180/KH-PGDĐT", "thuc_hien")]


def test_a_day_glued_to_ngay_and_a_year_to_the_word_after_it_are_read_apart():
    # an education office's letter copied from its site (`… trước ngày18/8/2016để Phòng GD&ĐT kịp tổng hợp …`); a symbol
    # that lost its slash before a capital (`12/2020QĐ-UBND`) keeps its letters on the year
    head = _HEAD.replace("2024", "2016")
    doc = parse_text(normalize(head + "Căn cứ Nghị quyết số 08/2016/NQ-HĐND ngày03/8/2016của HĐND tỉnh;\n"
                                      "2. Các trường nộp biểu tổng hợp về Phòng GD&ĐT trước ngày18/8/2016để Phòng GD&ĐT "
                                      "kịp tổng hợp gửi Sở GD&ĐT.\n"))[0]
    assert [(c.number_symbol, c.issued_date, c.issuer) for c in doc.citations] == [
        ("08/2016/NQ-HĐND", "2016-08-03", "HĐND tỉnh")]
    assert [(d.surface, d.due_date) for d in doc.deadlines] == [("trước ngày 18/8/2016", "2016-08-18")]
    assert "12/2020QĐ-UBND" in normalize("Quyết định số 12/2020QĐ-UBND ngày 03/8/2020")


def test_the_words_announcing_an_amending_document_are_no_part_of_the_subject():
    # a provincial decision's preamble: `… về tuyển dụng, sử dụng và quản lý viên chức được sửa đổi, bổ sung bởi Nghị định
    # số 85/2023/NĐ-CP …`; not a cited circular's own trích yếu, `sửa đổi, bổ sung một số điều tại Thông tư số …`
    cites = _cites("Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ về tuyển dụng, sử dụng và "
                   "quản lý viên chức được sửa đổi, bổ sung bởi Nghị định số 85/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của "
                   "Chính phủ;\n"
                   "Thực hiện Thông tư số 39/2018/TT-BTC ngày 20/4/2018 về sửa đổi, bổ sung một số điều tại Thông tư số "
                   "38/2015/TT-BTC ngày 25/3/2015;\n")
    assert [(c.number_symbol, c.subject, c.relation) for c in cites] == [
        ("115/2020/NĐ-CP", "tuyển dụng, sử dụng và quản lý viên chức", "can_cu"),
        ("85/2023/NĐ-CP", "", "can_cu"),
        ("39/2018/TT-BTC", "sửa đổi, bổ sung một số điều tại", "thuc_hien"),
        ("38/2015/TT-BTC", "", "other")]


def test_a_date_typed_without_its_spaces_and_the_decision_word_after_the_last_basis():
    # a school's decision copied from its site: the date of a basis typed with no space at all (`ngày07tháng11năm2018`),
    # and the decision's `QUYẾT ĐỊNH` alone on its line after the last basis, which ends in a comma, not `;`
    head = ("PHÒNG GD&ĐT TP PHỦ LÝ\nTRƯỜNG TIỂU HỌC PHÙ VÂN\nSố: 146/QĐ-THPV\nPhù Vân, ngày 02 tháng 10 năm 2019\n\n"
            "QUYẾT ĐỊNH\nVề việc thành lập Ban công tác tổ chức thực hiện Quy chế dân chủ cơ sở\n\n"
            "HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC PHÙ VÂN\n\n")
    cites = _cites("Căn cứ Nghị định Số: 149/2018/NĐ-CP ngày07tháng11năm2018 của Chính phủ Nghị định quy định chi tiết "
                   "khoản 3 Điều 63 của Bộ luật lao động về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc;\n\n"
                   "Căn cứ Kế hoạch số 120/KH-THPV ngày 28/9/2019 của trường Tiểu học Phù Vân về việc thực hiện nhiệm vụ "
                   "năm học 2019-2020,\n\nQUYẾT ĐỊNH\n\nĐiều 1. Nay thành lập Ban công tác tổ chức thực hiện Quy chế dân "
                   "chủ cơ sở trường Tiểu học Phù Vân gồm các ông, bà (Có danh sách kèm theo).\n", head)
    decree = next(c for c in cites if c.number_symbol == "149/2018/NĐ-CP")
    assert (decree.issued_date, decree.issuer) == ("2018-11-07", "Chính phủ")
    plan = next(c for c in cites if c.number_symbol == "120/KH-THPV")
    assert plan.subject == "thực hiện nhiệm vụ năm học 2019-2020"


def test_a_school_year_glued_to_its_figures_is_read_apart():
    assert normalize("KẾ HOẠCH ĐẢM BẢO AN TOÀN GIAO THÔNG NĂM HỌC2017 – 2018") == \
        "KẾ HOẠCH ĐẢM BẢO AN TOÀN GIAO THÔNG NĂM HỌC 2017 – 2018"
    assert normalize("Căn cứ Nghị định số 149/2018/NĐ-CP ngày 07 tháng 11 năm2018") == \
        "Căn cứ Nghị định số 149/2018/NĐ-CP ngày 07 tháng 11 năm 2018"
    # a symbol or a name that holds the letters is left whole
    assert normalize("Công văn số 12/KH-NAM2024 của Trường Tiểu học Nam Sơn") == \
        "Công văn số 12/KH-NAM2024 của Trường Tiểu học Nam Sơn"


def test_the_words_that_announce_a_nested_circular_are_no_part_of_the_subject():
    # a school's plan cites the circular amending the rules another circular issued: `… ban hành kèm theo` ⏎ the nested
    # one is a mention of its own (the subject was cut at it, the words announcing it left over)
    cites = _cites("Căn cứ Thông tư số 22/2016/TT-BGDĐT ngày 22/9/2016 của Bộ Giáo dục và Đào tạo về việc sửa đổi, bổ sung "
                   "một số điều của Quy định đánh giá học sinh tiểu học ban hành kèm theo Thông tư số 30/2014/TT-BGDĐT "
                   "ngày 28/8/2014;\nCăn cứ Nghị quyết số 30/2023/NQ-HĐND ngày 10/7/2023 của Hội đồng nhân dân tỉnh về "
                   "phát triển giáo dục đến năm 2025 và những năm tiếp theo;\n")
    by_symbol = {c.number_symbol: c.subject for c in cites}
    assert by_symbol["22/2016/TT-BGDĐT"] == "sửa đổi, bổ sung một số điều của Quy định đánh giá học sinh tiểu học"
    assert by_symbol["30/2023/NQ-HĐND"] == "phát triển giáo dục đến năm 2025 và những năm tiếp theo"
