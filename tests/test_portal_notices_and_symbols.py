"""Shapes met on unseen ministry letters, school notices and school plans copied from portals (held-out documents read
for their shapes; snippets written as the genre writes them, names and numbers invented): a yearly symbol typed
without its type code after its type word (`Thông tư 09/2009/BGD-ĐT`); a cited decision's subject followed by a new
paragraph that opens with a purpose (`Để chuẩn bị …`); a footnote's link in brackets after an addressee
(`Kính gửi: Giám đốc các Sở Giáo dục và Đào tạo[1]`); a post's title that repeats the type word over the document's
own type line (`KẾ HOẠCH SỐ 04 - V/v …` ⏎ `KẾ HOẠCH` ⏎ its subject); a numbered item labelled `Căn cứ pháp lý:` that
lists the plan's bases; a Government action programme's task table whose `Cấp trình` column names to whom each row's
product goes, a row due the year before the resolution was signed; a responsible cell holding one name with its
commas (`Bộ Văn hóa, Thể thao và Du lịch`), and a partners' cell naming its ministries by their fields after one
`Các Bộ:`; an administrative procedure's time limit after its label (`Thời hạn giải quyết: 05 ngày làm việc kể từ
ngày nhận đủ hồ sơ hợp lệ`); a school's roster of citizen receptions, each line a body and the days of each week it
receives (`- Ban giám hiệu: vào ngày thứ 3, 6 hàng tuần`); a legal database's line joined without its space before a
subject's `về việc` (`… tỉnh Kiên Giangvề việc …`); an old series' number with a capital letter (`số 64B-HĐBT`), its
issuer followed by an aside naming its successor (`của Hội đồng Bộ trưởng (nay là Chính phủ)`); a district office that
sends its drafts to the bodies asked to work with it on them (`… gửi đến các cơ quan, đơn vị phối hợp góp ý …`); an
article that announces the bodies listed under it (`Các cơ quan, đơn vị sau đây chịu trách nhiệm …:`); a province's
roster of citizen receptions, one day and who receives that day a line (`07 giờ 30 ngày 07/01/2022 Chủ tịch UBND
tỉnh;`), and a school's, who receives, then the days (`- Ban giám hiệu: vào ngày thứ 3, 6 hàng tuần`); steering
boards named after their task with the place it lies in, an acronym or the province's name after their level (`Ban chỉ
đạo phòng, chống dịch bệnh trên người tỉnh Hà Giang`, `… dịch COVID-19 tỉnh`), and their heads' posts (`Trưởng ban chỉ
đạo …`)."""
from __future__ import annotations

from pipeline.api import parse_text
from tests.test_unseen_tables_and_state_headers import _PROGRAMME as UNSEEN_PROGRAMME


def _citations(text: str):
    return parse_text(text)[0].citations


_NOTICE = """TRƯỜNG TIỂU HỌC AN LÝ THỰC HIỆN CÔNG KHAI THEO TINH THẦN THÔNG TƯ {written}.

 Căn cứ vào Thông tư số 09/2009/TT-BGDĐT ngày 07 tháng 5 năm 2009 của Bộ Giáo dục và Đào tạo về việc ban hành Quy chế \
thực hiện công khai đối với cơ sở giáo dục của hệ thống giáo dục quốc dân;

Trường TH An Lý thực hiện công khai cho năm học 2018-2019 như sau:
"""


def test_a_yearly_symbol_typed_without_its_type_code_shares_the_documents_key():
    keys = {c.citation_key for c in _citations(_NOTICE.format(written="09/2009/BGD-ĐT"))}
    assert keys == {"Thông tư 09/2009/TT-BGDĐT"}


def test_a_symbol_of_the_national_assembly_keeps_no_type_code():
    # a law's and the Assembly's resolutions' symbols carry none (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 8)
    text = ("KẾ HOẠCH\nTuyên truyền pháp luật năm 2024\n\nCăn cứ Nghị quyết số 10/2022/QH15 của Quốc hội; Luật số "
            "42/2013/QH13 của Quốc hội;\n")
    assert {c.number_symbol for c in _citations(text)} == {"10/2022/QH15", "42/2013/QH13"}


_LETTER = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1250/BGDĐT-QLCL
V/v hướng dẫn tổ chức khảo sát chính thức năm 2023

Hà Nội, ngày 20 tháng 3 năm 2023

Kính gửi: Giám đốc các Sở Giáo dục và Đào tạo[1]

Thực hiện Quyết định số 720/QĐ-BGDĐT ngày 10/3/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo về việc ban hành Kế hoạch \
tổ chức khảo sát chính thức năm 2023,

Để chuẩn bị khảo sát chính thức diễn ra từ ngày 10/4/2023 đến ngày 25/4/2023, Bộ GDĐT hướng dẫn các Sở GDĐT thực \
hiện một số nội dung sau:

1. Các Sở GDĐT gửi danh sách cán bộ phụ trách về Bộ GDĐT trước ngày 31/3/2023.
"""


def test_a_new_paragraph_opened_by_a_purpose_is_no_more_of_a_subject():
    decision = next(c for c in _citations(_LETTER) if c.number_symbol == "720/QĐ-BGDĐT")
    assert decision.subject == "ban hành Kế hoạch tổ chức khảo sát chính thức năm 2023"


def test_a_footnotes_link_after_an_addressee_is_no_part_of_its_name():
    document = parse_text(_LETTER)[0]
    assert "Giám đốc các Sở Giáo dục và Đào tạo" in {p.party for p in document.parties}
    assert not [p for p in document.parties if "[" in p.party]
    assert not [d for d in document.deadlines if "[" in d.responsible]


def test_a_posts_title_over_the_documents_own_type_line_is_passed_over():
    text = """KẾ HOẠCH SỐ 06 - V/v TIẾP CÔNG DÂN NĂM HỌC 2021-2022

KẾ HOẠCH

Tổ chức tiếp công dân năm học 2021 - 2022

A. CÁC CĂN CỨ ĐỂ XÂY DỰNG KẾ HOẠCH
Căn cứ Luật Tiếp công dân năm 2013;
"""
    meta = parse_text(text)[0].meta
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Tổ chức tiếp công dân năm học 2021 - 2022")


def test_a_type_line_with_its_subject_over_the_enacting_formula_stays_the_type_line():
    text = """QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ CHI TIÊU NỘI BỘ
HIỆU TRƯỞNG TRƯỜNG THCS AN BÌNH
Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ Giáo dục và Đào tạo;
QUYẾT ĐỊNH
Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ.
"""
    meta = parse_text(text)[0].meta
    assert (meta.doc_type, meta.title.casefold()) == ("Quyết định", "về việc ban hành quy chế chi tiêu nội bộ")


def test_an_item_labelled_legal_basis_lists_the_plans_bases():
    text = """KẾ HOẠCH
Tiếp công dân năm học 2019-2020

I. NỘI DUNG
4. Căn cứ pháp lý: Luật Khiếu nại, Luật Tố cáo, Luật Tiếp công dân.
"""
    assert {c.relation for c in _citations(text)} == {"can_cu"}
    # a heading that names the legal grounds of facts below it is no cue (devset fresh_27 L18)
    heading = text.replace("Căn cứ pháp lý: Luật", "Căn cứ pháp lý liên quan đến Luật")
    assert "can_cu" not in {c.relation for c in _citations(heading)}


# the Government's action programme of tests/test_unseen_tables_and_state_headers.py, signed the year after its first
# row is due, with one more row whose task names a law
_PROGRAMME = UNSEEN_PROGRAMME.replace("14 tháng 3 năm 2023", "10 tháng 02 năm 2025") + (
    "\n3 | Báo cáo tổng kết thi hành Luật Thủ đô | Bộ Tư pháp | Các bộ, ngành liên quan | 2024 | Chính phủ, Quốc hội | "
    "Báo cáo\n")


def test_a_task_tables_submission_column_names_each_rows_recipient():
    rows = {(d.due_date, d.responsible, d.recipient) for d in parse_text(_PROGRAMME)[0].deadlines}
    # (a year just before the resolution's date is still the programme's own schedule, a law named in its task or not)
    assert {("2024-12-31", "Bộ Nội vụ", "Chính phủ"), ("2026-12-31", "Bộ Giáo dục và Đào tạo", "Thủ tướng Chính phủ"),
            ("2024-12-31", "Bộ Tư pháp", "Chính phủ; Quốc hội")} <= rows


def test_a_column_of_both_level_and_time_names_no_recipient():
    both = _PROGRAMME.replace("| Cấp trình |", "| Cấp trình và thời gian trình |")
    assert not [d for d in parse_text(both)[0].deadlines if d.recipient]


def test_a_cell_that_holds_one_name_with_its_commas_is_that_name():
    row = ("4 | Đề án xây dựng không gian sáng tạo | Bộ Văn hóa, Thể thao và Du lịch | Các cơ quan liên quan | 2024 | "
           "Thủ tướng Chính phủ | Đề án\n")
    parties = {(p.party, p.role) for p in parse_text(_PROGRAMME + "\n" + row)[0].parties}
    assert ("Bộ Văn hóa, Thể thao và Du lịch", "lead") in parties
    assert ("Bộ Văn hóa", "lead") not in parties


def test_a_partners_cell_names_its_ministries_by_their_fields():
    row = ("4 | Nghiên cứu vị trí Cảng hàng không quốc tế thứ hai | Bộ Giao thông vận tải | Các Bộ: Quốc phòng, Xây "
           "dựng, Tài nguyên và Môi trường | 2026 | Thủ tướng Chính phủ | Đề án\n")
    parties = {(p.party, p.role) for p in parse_text(_PROGRAMME + "\n" + row)[0].parties}
    assert {("Bộ Quốc phòng", "coordinate"), ("Bộ Xây dựng", "coordinate"),
            ("Bộ Tài nguyên và Môi trường", "coordinate")} <= parties


_PROCEDURES = """QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính trong lĩnh vực chăn nuôi

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.

PHỤ LỤC
1. Thủ tục hỗ trợ chi phí phối giống nhân tạo gia súc
- Thời hạn giải quyết: {limit}
- Cơ quan thực hiện: Ủy ban nhân dân cấp huyện.
"""


def test_a_procedures_time_limit_after_its_label_is_a_deadline():
    rows = parse_text(_PROCEDURES.format(limit="05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."))[0].deadlines
    assert [d.recurrence for d in rows] == ["05 ngày làm việc"]


def test_how_long_a_thing_lasts_after_a_label_is_no_deadline():
    assert not parse_text(_PROCEDURES.format(limit="05 năm.").replace("giải quyết", "sử dụng"))[0].deadlines


_RECEPTIONS = """KẾ HOẠCH
Tiếp công dân năm học 2020-2021

I. NỘI DUNG
1. Lịch tiếp công dân:
{line}
"""


def test_a_rosters_line_of_weekdays_each_week_is_a_recurring_duty():
    lines = ("- Ban giám hiệu: vào ngày thứ 3, 6 hàng tuần.", "- Ban giám hiệu tiếp công dân vào thứ Ba hàng tuần.")
    for line in lines:
        rows = parse_text(_RECEPTIONS.format(line=line))[0].deadlines
        assert [(d.recurrence, d.responsible) for d in rows] == [("hàng tuần", "Ban giám hiệu")], line


def test_a_weekly_habit_told_in_the_background_is_no_deadline():
    text = _RECEPTIONS.format(line="- Ban giám hiệu: vào ngày thứ 3, 6 hàng tuần.").replace(
        "I. NỘI DUNG", "I. ĐẶC ĐIỂM TÌNH HÌNH\nĐa số phụ huynh đến trường vào thứ Bảy hàng tuần.\n\nII. NỘI DUNG")
    assert [d.surface for d in parse_text(text)[0].deadlines] == ["vào ngày thứ 3, 6 hàng tuần"]


_RESOLUTION = """NGHỊ QUYẾT
Về việc đề nghị điều chỉnh địa giới hành chính huyện Phú Quốc

Căn cứ Quyết định số64B-HĐBT ngày 12 tháng 9 năm 1981 của Hội đồng Bộ trưởng (nay là Chính phủ) vềviệc điều chỉnh địa \
giới hành chính đối với những huyện, xã có địa giới chưa hợp lý;
Xét Tờ trình số 115/TTr-UBND ngày 21 tháng 10 năm 2015 của Ủy ban nhân dân tỉnh Kiên Giangvề việc điều chỉnh địa giới \
hành chính huyện Phú Quốc;
"""


def test_a_word_glued_to_a_subjects_ve_viec_is_parted_from_it():
    submission = next(c for c in _citations(_RESOLUTION) if c.number_symbol == "115/TTr-UBND")
    assert (submission.issuer, submission.subject) == \
        ("Ủy ban nhân dân tỉnh Kiên Giang", "điều chỉnh địa giới hành chính huyện Phú Quốc")


def test_an_old_series_number_with_a_capital_letter_is_a_symbol():
    decision = next(c for c in _citations(_RESOLUTION) if c.doc_type == "Quyết định")
    assert (decision.number_symbol, decision.issuer) == ("64B-HĐBT", "Hội đồng Bộ trưởng")
    # (the aside naming the body's successor is read past: the subject follows it)
    assert decision.subject.startswith("điều chỉnh địa giới hành chính")


def test_bodies_a_draft_is_sent_to_for_comment_are_partners_not_receivers():
    text = ("Phòng Nội vụ tham mưu UBND thị xã xây dựng dự thảo Nghị quyết của HĐND thị xã quy định các biện pháp bảo "
            "đảm thực hiện dân chủ ở cơ sở; Để thực hiện đúng trình tự, thủ tục ban hành văn bản quy phạm pháp luật, "
            "Phòng Nội vụ gửi đến các cơ quan, đơn vị, địa phương phối hợp góp ý dự thảo Nghị quyết của HĐND thị xã.\n"
            "Văn bản góp ý gửi về Phòng Nội vụ trước ngày 05/6/2024.\n")
    roles = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert ("Các cơ quan, đơn vị, địa phương", "coordinate") in roles
    assert ("Các cơ quan, đơn vị, địa phương", "report_to") not in roles
    assert ("Phòng Nội vụ", "report_to") in roles  # (the comments go back to it)


def test_a_kind_of_body_that_announces_the_list_below_it_is_no_party():
    text = """QUYẾT ĐỊNH
Ban hành Kế hoạch hành động vì sự tiến bộ phụ nữ tỉnh giai đoạn 2011 - 2015

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động vì sự tiến bộ phụ nữ tỉnh giai đoạn 2011 - 2015.

Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm quản lý và tổ chức thực hiện Kế hoạch hành động vì sự tiến bộ
phụ nữ tỉnh giai đoạn 2011 - 2015:

1. Sở Kế hoạch và Đầu tư chủ trì tham mưu Ủy ban nhân dân tỉnh chỉ đạo tổ chức triển khai Kế hoạch hành động.
"""
    parties = [p.party for p in parse_text(text)[0].parties]
    assert "Sở Kế hoạch và Đầu tư" in parties
    assert not [p for p in parties if p.endswith("sau đây")]


_ROSTER = """Lịch tiếp công dân năm 2022 tại Trụ sở Tiếp công dân tỉnh
Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh thông báo lịch tiếp công dân năm 2022 như sau:
1/. Tháng 01/2022:
07 giờ 30 ngày 06/01/2022 Chủ tịch UBND tỉnh;
07 giờ 30 ngày 13/01/2022 Thường trực HĐND tỉnh;
07 giờ 30 ngày 20/01/2022 Chủ tịch UBND tỉnh;
07 giờ 30 ngày 27/01/2022 Bí thư Tỉnh ủy.
"""


def test_each_line_of_a_roster_gives_its_day_to_the_one_it_names():
    rows = [(p.party, p.role) for p in parse_text(_ROSTER)[0].parties]
    assert rows.count(("Chủ tịch Ủy ban nhân dân tỉnh", "lead")) == 2  # (one a day, though in one item)
    assert {("Thường trực Hội đồng nhân dân tỉnh", "lead"), ("Bí thư Tỉnh ủy", "lead")} <= set(rows)


def test_a_single_dated_line_naming_a_body_is_no_roster():
    text = "Thông báo\nKết quả kiểm tra\n\n07 giờ 30 ngày 06/01/2022 Chủ tịch UBND tỉnh.\n"
    assert not parse_text(text)[0].parties


def test_a_schools_roster_names_who_receives_before_the_days():
    text = _RECEPTIONS.format(line="- Ban giám hiệu: vào ngày thứ 3, 6 hàng tuần.\n- Nhân viên thường trực tiếp công "
                                   "dân, Giáo viên chủ nhiệm: vào tất cả các ngày làm việc trong tuần.")
    parties = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert {("Ban Giám hiệu", "lead"), ("Nhân viên thường trực tiếp công dân", "lead"),
            ("Giáo viên chủ nhiệm", "lead")} <= parties


def test_boards_named_after_their_task_run_to_their_level_and_place():
    text = """QUYẾT ĐỊNH
Về việc công bố dịch cúm A (H1N1) trên người

Điều 2. Ban chỉ đạo phòng, chống dịch bệnh trên người tỉnh Hà Giang, Ban chỉ đạo phòng, chống dịch bệnh trên người \
thị xã Hà Giang có trách nhiệm khẩn trương tổ chức chỉ đạo và triển khai các biện pháp phòng, chống dịch.
Điều 3. Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh chủ trì tổ chức kiểm tra việc thực hiện.
Điều 4. Trưởng ban chỉ đạo phòng, chống dịch bệnh trên người tỉnh, Chánh Văn phòng UBND tỉnh căn cứ Quyết định thi hành.
"""
    parties = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert {("Ban Chỉ đạo phòng, chống dịch bệnh trên người tỉnh Hà Giang", "lead"),
            ("Ban Chỉ đạo phòng, chống dịch bệnh trên người thị xã Hà Giang", "lead"),
            ("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", "lead")} <= parties
    # (the board's head and its post written once; the level closed by the next party of the list)
    assert ("Trưởng Ban Chỉ đạo phòng, chống dịch bệnh trên người tỉnh", "lead") in parties
