"""Shapes met on unseen Government programmes, decisions of the head of state, OCR'd benefit decisions, a city
education office's letter and a university's notices converted to Markdown (held-out documents read for their shapes;
snippets written as the genre writes them, names and numbers invented): a task table whose rows a converter wrote as
` | `-separated paragraphs, a blank line between them, with a bare year in its time column; a citation's issuer in such
a row before the responsible cell; a decision headed `CHỦ TỊCH NƯỚC`, typed `QUYẾT ĐỊNH CỦA CHỦ TỊCH NƯỚC` over its
subject, and signed over a title wrapped in a narrow column; a deputy's title under the one it deputises for, its `KT.`
lost; addressees on lines of their own under `Kính gửi:`, no dash before them; three dots ending a list inside a
sentence; `các trường hợp` after a body; the months a sum is reckoned for; an HTML character reference a converter left
(`&amp;`); a major named `Luật` in a table; a signature block flattened with its note and degree; an office that serves
several bodies (`Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh`); the level and place written after the last of bodies
listed with commas; a pandoc export's backslash escapes and hard breaks; a year typed with a digit too many; a period
written before the event it counts from (`3 tuần trước khi thực tập bắt đầu`), but not a report's period before its due
date; a month under a time column; a focal unit's column (`Đơn vị đầu mối`); and a closing list ending with the person
decided on, before the older formula (`… và Ông Nguyễn Văn Chiếu thi hành quyết định này`); and the body named before a
list whose later members follow a plural type word (`…, các văn bản số … và số …`)."""
from __future__ import annotations

from pipeline.api import parse_text

_PROGRAMME = """CHÍNH PHỦ
Số: 31/NQ-CP
Hà Nội, ngày 14 tháng 3 năm 2023
NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ phát triển vùng trung du
CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.
Điều 2. Nghị quyết này có hiệu lực thi hành từ ngày ký.

PHỤ LỤC

NHIỆM VỤ, DỰ ÁN CỤ THỂ CỦA CHƯƠNG TRÌNH HÀNH ĐỘNG

TT | Nhiệm vụ, đề án | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện | Thời gian trình | Cấp trình | Sản phẩm

I | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế | Hoàn thiện thể chế

1 | Báo cáo sơ kết thí điểm theo Nghị quyết số 98/2021/QH15 ngày 24/6/2021 của Quốc hội | Bộ Nội vụ | UBND tỉnh Phú Thọ | 2024 | Chính phủ | Báo cáo

2 | Đề án phát triển các trường đại học vùng trung du | Bộ Giáo dục và Đào tạo | UBND tỉnh Phú Thọ | 2024-2026 | Thủ tướng Chính phủ | Đề án
"""


def test_a_task_table_written_as_bar_separated_paragraphs_names_each_rows_parties():
    parties = {(p.party, p.role) for p in parse_text(_PROGRAMME)[0].parties}
    assert {("Bộ Nội vụ", "lead"), ("Bộ Giáo dục và Đào tạo", "lead")} <= parties
    assert ("Ủy ban nhân dân tỉnh Phú Thọ", "coordinate") in parties
    # the `Cấp trình` cell, then the `Sản phẩm` cell (`Báo cáo`): a row's next cell, no verb of the body
    assert ("Chính phủ", "lead") not in parties


def test_a_bare_year_in_a_task_tables_time_column_is_the_rows_deadline():
    rows = {(d.due_date, d.responsible) for d in parse_text(_PROGRAMME)[0].deadlines}
    assert ("2024-12-31", "Bộ Nội vụ") in rows
    assert ("2026-12-31", "Bộ Giáo dục và Đào tạo") in rows  # a span of years: due when it ends


def test_a_citations_issuer_stops_at_the_rows_next_cell():
    issuers = {c.number_symbol: c.issuer for c in parse_text(_PROGRAMME)[0].citations}
    assert issuers["98/2021/QH15"] == "Quốc hội"


def test_years_in_a_column_of_figures_are_no_deadlines():
    plan = """ỦY BAN NHÂN DÂN HUYỆN TÂN THẠNH
Số: 12/KH-UBND
Tân Thạnh, ngày 10 tháng 01 năm 2024
KẾ HOẠCH
Chăm sóc người có công giai đoạn 2024 - 2026
I. CHỈ TIÊU

TT | Chỉ tiêu | Đơn vị tính | Năm | Số lượng

1 | Số người hưởng trợ cấp hằng tháng | người | 2024 | 1.250

2 | Số người hưởng trợ cấp hằng tháng | người | 2025 | 1.214

3 | Số người hưởng trợ cấp một lần | người | 2026 | 86
"""
    assert not [d for d in parse_text(plan)[0].deadlines if d.due_date.endswith("-12-31")]


_PRESIDENT = """**CHỦ TỊCH NƯỚC**

Số: 1902/QĐ-CTN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 12 tháng 10 năm 2012

**QUYẾT ĐỊNH CỦA CHỦ TỊCH NƯỚC**

**Về việc truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân**

**CHỦ TỊCH**

**NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

Căn cứ Điều 103 và Điều 106 của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;

Xét đề nghị của Thủ tướng Chính phủ tại Tờ trình số 1455/TTr-CP ngày 24/9/2012,

**QUYẾT ĐỊNH:**

**Điều 1.** Truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho 03 liệt sĩ (có danh sách kèm theo).

**Điều 2.** Quyết định này có hiệu lực thi hành từ ngày ký.

**CHỦ TỊCH  
NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

Trương Văn Lâm

Nơi nhận:

- Văn phòng Chủ tịch nước;
- Lưu: VT.
"""


def test_a_decision_of_the_head_of_state_is_headed_and_signed_by_the_office():
    meta = parse_text(_PRESIDENT)[0].meta
    assert meta.issuer == "Chủ tịch nước"
    # the type line says whose decision it is; the subject is the line below it
    assert meta.title == "Về việc truy tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân"
    assert (meta.signer_title, meta.signer_name) == ("Chủ tịch nước", "Trương Văn Lâm")


_LONG_AN_DEPARTMENT = """UBND TỈNH LONG AN
SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI
"""


def test_a_deputys_title_under_the_one_it_deputises_for_is_the_signers():
    decision = _LONG_AN_DEPARTMENT + """Số: 214 /QĐ-LĐTBXH
Tân An, ngày 05 tháng 3 năm 2008
QUYẾT ĐỊNH
V/v trợ cấp ưu đãi Anh hùng lực lượng vũ trang nhân dân
GIÁM ĐỐC SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI
Căn cứ Quyết định số 5438/UB-QĐ ngày 28 tháng 11 năm 1995 của UBND tỉnh Long An;
QUYẾT ĐỊNH:
Điều 1. Nay trợ cấp ưu đãi hàng tháng cho ông Lê Văn Tư.
Điều 2. Trưởng Phòng Người có công có trách nhiệm thi hành quyết định này.
Nơi nhận:
- Như điều 2;
- Lưu VT.
GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Phạm Văn Hòa
"""
    meta = parse_text(decision)[0].meta
    assert (meta.signer_title, meta.signer_name) == ("Phó Giám đốc", "Phạm Văn Hòa")


def test_addressees_on_lines_of_their_own_without_dashes_are_each_asked():
    letter = """UBND THÀNH PHỐ ĐÀ NẴNG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 2015 /SGDĐT-CTrTT
V/v tăng cường phòng, chống dịch bệnh trong trường học
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 04 tháng 8 năm 2020
Kính gửi:
Phòng giáo dục và đào tạo các quận, huyện;
Các trường, trung tâm trực thuộc Sở;
Các trường đại học ngoài công lập.
Sở Giáo dục và Đào tạo yêu cầu thủ trưởng các đơn vị, trường học thực hiện những nội dung sau:
1. Rà soát tình hình sức khỏe của cán bộ, giáo viên, nhân viên.
"""
    leads = {p.party for p in parse_text(letter)[0].parties if p.role == "lead"}
    assert {"Phòng Giáo dục và Đào tạo các quận, huyện", "Các trường, trung tâm trực thuộc Sở",
            "Các trường đại học ngoài công lập"} <= leads


_EXAM_LETTER = """UBND THÀNH PHỐ ĐÀ NẴNG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 2031 /SGDĐT-CTrTT
V/v chuẩn bị kỳ thi tốt nghiệp trung học phổ thông
Đà Nẵng, ngày 27 tháng 7 năm 2020
Kính gửi: Các trường trung học phổ thông.
Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện những nội dung sau:
1. Trưởng các điểm thi có trách nhiệm
Bố trí mỗi điểm thi ít nhất 02 phòng dự phòng.
Báo cáo công tác chuẩn bị, kiểm tra, rà soát... về Sở Giáo dục và Đào tạo trước 14 giờ 00 ngày 29/7/2020.
2. Hiệu trưởng các trường trung học phổ thông có trách nhiệm chỉ đạo rà soát tình hình sức khỏe học sinh. Báo cáo về \
Sở Giáo dục và Đào tạo các trường hợp học sinh có biểu hiện sốt, ho trước 10 giờ 00 ngày 04/8/2020.
"""


def test_three_dots_ending_a_list_go_on_with_the_sentence():
    parties = {(p.section_id, p.party, p.role) for p in parse_text(_EXAM_LETTER)[0].parties}
    assert ("1", "Sở Giáo dục và Đào tạo", "report_to") in parties


def test_a_body_is_no_longer_for_the_compound_after_its_plural_word():
    """`các trường hợp` (the cases) after the body a report goes to: not `các trường` (the schools)."""
    parties = {(p.section_id, p.party, p.role) for p in parse_text(_EXAM_LETTER)[0].parties}
    assert ("2", "Sở Giáo dục và Đào tạo", "report_to") in parties
    assert not [p for p in parties if p[1].endswith("các trường")]


def test_the_months_a_sum_is_reckoned_for_are_no_deadline():
    decision = _LONG_AN_DEPARTMENT + """Số: 61 /QĐ-LĐTBXH
Tân An, ngày 20 tháng 02 năm 2006
QUYẾT ĐỊNH
V/v trợ cấp Anh hùng Lực lượng vũ trang nhân dân
GIÁM ĐỐC SỞ LAO ĐỘNG THƯƠNG BINH VÀ XÃ HỘI
QUYẾT ĐỊNH:
Điều 1. Nay trợ cấp cho bà Nguyễn Thị Ba, mức trợ cấp 300.000 đồng/tháng.
Truy lãnh trợ cấp từ:
- 01/06/2005 đến 30/09/2005, 4 tháng x 250.000 đ = 1.000.000 đồng.
- 01/10/2005 đến 31/03/2006, 6 tháng x 300.000 đ = 1.800.000 đồng.
Điều 2. Trưởng Phòng Người có công chịu trách nhiệm thi hành quyết định này trước ngày 15/3/2006.
"""
    assert [d.due_date for d in parse_text(decision)[0].deadlines] == ["2006-03-15"]


_ADMISSIONS = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
TRƯỜNG ĐẠI HỌC THỦY LỢI
Số: 702/TB-ĐHTL
Hà Nội, ngày 12 tháng 5 năm 2024
THÔNG BÁO
Về việc xét tuyển đại học hệ chính quy năm 2024
Căn cứ Thông tư số 08/2022/TT-BGDĐT ngày 06/6/2022 của Bộ trưởng Bộ GD&amp;ĐT ban hành Quy chế tuyển sinh trình \
độ đại học;
Trường Đại học Thủy lợi thông báo xét tuyển như sau:

| TT | Mã ngành | Tên ngành | Tổ hợp xét tuyển |
|---|---|---|---|
| 1 | TLA301 | Luật | A00, A01, C00, D01 |
| 2 | TLA106 | Công nghệ thông tin | A00, A01, D01, D07 |

## Nơi nhận:

-  BGH;
-  Lưu: VT, PĐT.

TM.HỘI ĐỒNG PHÓ CHỦ TỊCH PHÓ HIỆU TRƯỞNG (đã ký) GS.TS Nguyễn Văn Thành
"""


def test_a_character_reference_a_converter_left_is_read_as_its_character():
    issuers = {c.number_symbol: c.issuer for c in parse_text(_ADMISSIONS)[0].citations}
    assert issuers["08/2022/TT-BGDĐT"] == "Bộ trưởng Bộ Giáo dục và Đào tạo"


def test_a_major_named_law_in_a_table_is_no_citation():
    assert [c.doc_type for c in parse_text(_ADMISSIONS)[0].citations] == ["Thông tư"]


def test_a_block_flattened_onto_one_line_is_signed_in_its_upper_capacity_after_the_note_and_degree():
    meta = parse_text(_ADMISSIONS)[0].meta
    assert (meta.signer_title, meta.signer_name) == ("Phó Chủ tịch", "Nguyễn Văn Thành")


def test_a_signed_note_between_two_stacked_titles_keeps_the_upper_one():
    notice = _ADMISSIONS.replace("TM.HỘI ĐỒNG PHÓ CHỦ TỊCH PHÓ HIỆU TRƯỞNG (đã ký) GS.TS Nguyễn Văn Thành\n",
                                 "## TM. HỘI ĐỒNG CHỦ TỊCH\n\n## (Đã ký)\n\nHIỆU TRƯỞNG GS.TS Nguyễn Văn Thành\n")
    meta = parse_text(notice)[0].meta
    assert (meta.signer_title, meta.signer_name) == ("Chủ tịch", "Nguyễn Văn Thành")


def test_the_level_and_place_after_the_last_of_bodies_listed_with_commas_are_each_ones():
    decision = """THỦ TƯỚNG CHÍNH PHỦ
Số: 812/QĐ-TTg
Hà Nội, ngày 05 tháng 4 năm 2025
QUYẾT ĐỊNH
Về việc phê chuẩn kết quả bầu Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng nhiệm kỳ 2021 - 2026
THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Phê chuẩn kết quả bầu chức vụ Phó Chủ tịch Ủy ban nhân dân thành phố Hải Phòng nhiệm kỳ 2021 - 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Bộ trưởng Bộ Nội vụ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Hải Phòng chịu trách nhiệm thi hành Quyết \
định này./.
"""
    leads = {p.party for p in parse_text(decision)[0].parties if p.role == "lead"}
    assert {"Hội đồng nhân dân thành phố Hải Phòng", "Ủy ban nhân dân thành phố Hải Phòng"} <= leads


def test_an_office_serving_several_bodies_is_one_party_whatever_its_commas():
    decision = """ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Số: 31/2020/QĐ-UBND
Tây Ninh, ngày 14 tháng 8 năm 2020
QUYẾT ĐỊNH
Bãi bỏ Quyết định số 12/2015/QĐ-UBND ngày 10 tháng 3 năm 2015 của Ủy ban nhân dân tỉnh
ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Bãi bỏ Quyết định số 12/2015/QĐ-UBND ngày 10 tháng 3 năm 2015 của Ủy ban nhân dân tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 8 năm 2020.
Điều 3. Chánh Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, Giám đốc Sở Tài chính, Chủ tịch Ủy ban nhân dân các huyện, \
thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.
"""
    leads = {p.party for p in parse_text(decision)[0].parties if p.role == "lead"}
    assert "Chánh Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh" in leads
    assert "Giám đốc Sở Tài chính" in leads
    assert not leads & {"Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh"}


_PANDOC_RESOLUTION = r"""  ----------------------- -----------------------------------------------
    **ỦY BAN THƯỜNG VỤ\        **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\
         QUỐC HỘI\                 Độc lập - Tự do - Hạnh phúc\
     \-\-\-\-\-\-\--**            \-\-\-\-\-\-\-\-\-\-\-\-\-\--**

   Số: 1702/NQ-UBTVQH15         *Hà Nội, ngày 16 tháng 6 năm 2025*
  ----------------------- -----------------------------------------------

**NGHỊ QUYẾT**

VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH ĐIỆN BIÊN NĂM 2025

**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ* *Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

*Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ về kiểm soát thủ tục hành chính;*

**QUYẾT NGHỊ:**

**Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Điện Biên**

1\. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Mường Phăng và Nà Nhạn thành xã mới.

2\. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Thanh Xương và Thanh An thành xã mới.

**Điều 2. Hiệu lực thi hành**

Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.
"""


def test_a_pandoc_export_is_read_past_its_backslash_escapes_and_hard_breaks():
    document = parse_text(_PANDOC_RESOLUTION)[0]
    assert document.meta.issuer == "Ủy ban Thường vụ Quốc hội"  # (its name wrapped in the header's column)
    assert [s.section_id for s in document.sections] == ["Điều 1", "Điều 1.1", "Điều 1.2", "Điều 2"]


def test_a_year_typed_with_a_digit_too_many_is_no_issue_date():
    cited = {c.number_symbol: c for c in parse_text(_PANDOC_RESOLUTION)[0].citations}
    assert (cited["63/2010/NĐ-CP"].issued_date, cited["63/2010/NĐ-CP"].issuer) == ("", "Chính phủ")


_INTERNSHIP = """ĐẠI HỌC QUỐC GIA HÀ NỘI
TRƯỜNG ĐẠI HỌC VIỆT NHẬT
Số: 517/HD-ĐHVN
Hà Nội, ngày 02 tháng 6 năm 2025
HƯỚNG DẪN
Tổ chức thực tập thực tế cho sinh viên
1. Quy trình triển khai

| TT | Nội dung | Đơn vị/cá nhân thực hiện | Thời gian hoàn thành dự kiến |
| :-- | :--- | :--- | :--- |
| 1. | Đăng ký học phần thực tập trên hệ thống | Sinh viên | 3 tuần trước khi thực tập bắt đầu |
| 2. | Nộp báo cáo thực tập | Sinh viên | 1 tuần sau khi kết thúc thực tập |

2. Kế hoạch năm học

| TT | Thời gian thực hiện | Nội dung công việc | Đơn vị đầu mối | Đơn vị phối hợp |
| :-- | :--- | :--- | :--- | :--- |
| 1 | Trước 28/9/2025 | Hoàn tất công tác tuyển sinh | Phòng Đào tạo | Các Khoa |
| 2 | 11/2025 | Xây dựng thời khóa biểu học kỳ 2 | Phòng Đào tạo | Các Khoa |
"""


def test_a_period_before_or_after_the_event_it_counts_from_is_the_rows_deadline():
    rows = {(d.line, d.recurrence, d.due_date) for d in parse_text(_INTERNSHIP)[0].deadlines}
    assert {(11, "3 tuần", ""), (12, "1 tuần", "")} <= rows


def test_a_month_under_a_time_column_is_due_at_its_end_and_the_focal_unit_acts():
    rows = {(d.due_date, d.responsible) for d in parse_text(_INTERNSHIP)[0].deadlines}
    # (the time's column, `Thời gian thực hiện`, is not the responsible one; `Đơn vị đầu mối` is)
    assert {("2025-09-28", "Phòng Đào tạo"), ("2025-11-30", "Phòng Đào tạo")} <= rows


def test_the_focal_units_column_names_the_rows_lead():
    leads = {(p.line, p.party) for p in parse_text(_INTERNSHIP)[0].parties if p.role == "lead"}
    assert {(18, "Phòng Đào tạo"), (19, "Phòng Đào tạo")} <= leads


def test_a_count_before_a_due_date_or_after_a_date_said_is_no_period_of_its_own():
    """`Báo cáo 6 tháng trước ngày 25 tháng 4`: the report's period, then its due date; `Chậm nhất ngày 10/12/2025 - 95
    ngày trước bầu cử`: the date said again as a count back from the election."""
    plan = """TRƯỜNG TIỂU HỌC THỚI THẠNH
Số: 45/KH-THTT
Thới Thạnh, ngày 10 tháng 9 năm 2025
KẾ HOẠCH
Thực hiện quy chế dân chủ năm học 2025-2026
IV. CHẾ ĐỘ BÁO CÁO
+ Báo cáo 6 tháng trước ngày 25 tháng 4 năm 2026;
- Thời gian: Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 - 95 ngày trước bầu cử).
"""
    rows = [(d.due_date, d.recurrence) for d in parse_text(plan)[0].deadlines]
    assert ("2026-04-25", "") in rows
    assert not [r for r in rows if r[1] in ("6 tháng", "95 ngày")]


def test_a_closing_list_ending_with_the_person_decided_on_is_charged_with_its_glued_dashes_read():
    """`… và Ông Nguyễn Văn Chiếu thi hành quyết định này` (the older formula, no `trách nhiệm`): the bodies listed
    before the person are charged; `Kế hoạch-Tài chính`, a name's dash typed without its spaces, is one name, and so
    is `Lao động-Thương binh & Xã hội`, its `và` typed as `&`."""
    decision = """UBND HUYỆN BẾN LỨC
Số: 1128/QĐ-UBND
Bến Lức, ngày 12 tháng 8 năm 2013
QUYẾT ĐỊNH
V/v trợ cấp hàng tháng đối với Anh hùng lực lượng vũ trang nhân dân
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BẾN LỨC
QUYẾT ĐỊNH:
Điều 1. Nay trợ cấp hàng tháng cho ông Nguyễn Văn Chiếu.
Điều 2. Trưởng phòng Kế hoạch-Tài chính, Trưởng phòng Lao động-Thương binh & Xã hội huyện và UBND Thị trấn Bến Lức \
và Ông Nguyễn Văn Chiếu thi hành quyết định này.
"""
    rows = {(p.party, p.task) for p in parse_text(decision)[0].parties if p.role == "lead"}
    assert {("Trưởng phòng Kế hoạch - Tài chính", "thi hành quyết định này"),
            ("Trưởng phòng Lao động - Thương binh và Xã hội huyện", "thi hành quyết định này"),
            ("Ủy ban nhân dân Thị trấn Bến Lức", "thi hành quyết định này")} <= rows


def test_the_body_named_before_a_list_is_the_issuer_of_its_members_under_a_plural_type_word():
    """`của Ủy ban nhân dân Thành phố Hà Nội tại Tờ trình số …, các văn bản số … và số …`: the members after the plural
    type word are the same body's (their symbols name it too)."""
    decision = """THỦ TƯỚNG CHÍNH PHỦ
Số: 812/QĐ-TTg
Hà Nội, ngày 05 tháng 5 năm 2026
QUYẾT ĐỊNH
Về việc phê duyệt chủ trương đầu tư dự án
THỦ TƯỚNG CHÍNH PHỦ
Xét đề nghị của Ủy ban nhân dân Thành phố Hà Nội tại Tờ trình số 83/TTr-UBND ngày 31 tháng 3 năm 2026, các văn bản \
số 1407/UBND-NNMT ngày 05 tháng 4 năm 2026 và số 1446/UBND-NNMT ngày 07 tháng 4 năm 2026.
QUYẾT ĐỊNH:
Điều 1. Phê duyệt chủ trương đầu tư dự án.
"""
    issuers = {c.number_symbol: c.issuer for c in parse_text(decision)[0].citations}
    assert issuers == {symbol: "Ủy ban nhân dân Thành phố Hà Nội"
                       for symbol in ("83/TTr-UBND", "1407/UBND-NNMT", "1446/UBND-NNMT")}
