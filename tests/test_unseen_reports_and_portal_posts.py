"""Shapes met on unseen school reports, portal posts of commune plans, education-office letters and school plans
(held-out sets read for their shapes; snippets written as the genre writes them, names and numbers invented): a
portal's headline above the header, a `v/v` inside the bases, a report's title that opens with a count, the span a
report covers, one month's session of a periodic duty, a recurrence named in a basis, a body named after a cited
document's date without its `của`, a basis typed against its `;`, a portal's news of the issuing, the
continuing-education centres in one code, a web copy that wraps `Kính` ⏎ `gửi:`, two type words joined on the type
line, and a flattened header whose motto runs into the place."""
from __future__ import annotations

from pipeline.api import parse_text

_COMMUNE_POST = """Triển khai thực hiện Nghị quyết số 09-NQ/TU ngày 12/5/2023 Của Ban Thường vụ Tỉnh ủy về chuyển đổi số
ỦY BAN NHÂN DÂN XÃ TỊNH HÒA |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc |
Số: 41/KH-UBND |
Tịnh Hòa, ngày 26 tháng 4 năm 2024 |
KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 09-NQ/TU ngày 12/5/2023
Của Ban Thường vụ Tỉnh ủy về chuyển đổi số
Đến năm 2025, định hướng đến năm 2030
Thực hiện Kế hoạch số 50/KH-UBND ngày 11/3/2024 của UBND huyện Sơn Tịnh; UBND xã Tịnh Hòa ban hành Kế hoạch \
triển khai thực hiện Nghị quyết với nội dung chủ yếu như sau:
I. MỤC TIÊU
"""


def test_a_portal_headline_above_the_header_is_no_basis_before_the_type_line():
    # The headline opens like a basis (`Triển khai thực hiện …`); above the motto it is no basis, so `KẾ HOẠCH` under
    # the header is the type line with its subject, not an enacting formula after the bases.
    meta = parse_text(_COMMUNE_POST)[0].meta
    assert meta.doc_type == "Kế hoạch"
    assert meta.title == ("Triển khai thực hiện Nghị quyết số 09-NQ/TU ngày 12/5/2023 Của Ban Thường vụ Tỉnh ủy về "
                          "chuyển đổi số Đến năm 2025, định hướng đến năm 2030")


_SCHOOL_REPORT = """PHÒNG GD&ĐT ỨNG HÒA
TRƯỜNG TH HOÀ LÂM
SỐ: 118/BC-TH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Hòa Lâm, ngày 14 tháng 04 năm 2014
15 năm thực hiện Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị
(khoá VIII) về xây dựng và thực hiện Quy chế dân chủ ở cơ sở
Thực hiện Kế hoạch số 75/KH-BCĐ ngày 27/02/2014 của Ban chỉ đạo thực
hiện Quy chế dân chủ ở cơ sở huyện Ứng Hòa;
Thực hiện công văn số 279/PGD&ĐT ngày 03 tháng
04 năm 2014 v/v Tổng kết 15 năm thực hiện Chỉ thị số 30-CT/TW về việc xây
dựng, thực hiện quy chế dân chủ ở cơ sở;
Căn cứ vào tình hình thực hiện Quy chế dân chủ tại đơn vị từ tháng 9/2013 đến tháng 4/2014, trường Tiểu học \
Hòa Lâm báo cáo như sau:
PHẦN I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN QUY CHẾ DÂN CHỦ
"""


def test_a_vv_inside_the_bases_is_not_the_letters_subject():
    # `v/v` after a cited letter's date, in a line of the bases, is that letter's subject; the report's own subject
    # is the line under its date, which opens with a count (its `BÁO CÁO` line lost, the number's `BC` gives the type)
    meta = parse_text(_SCHOOL_REPORT)[0].meta
    assert meta.doc_type == "Báo cáo"
    assert meta.title == ("15 năm thực hiện Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị (khoá VIII) về xây "
                          "dựng và thực hiện Quy chế dân chủ ở cơ sở")


def test_the_span_a_report_covers_is_no_deadline():
    doc = parse_text(_SCHOOL_REPORT)[0]
    assert not [d for d in doc.deadlines if d.due_date == "2014-04-30"]


def test_a_plans_span_that_starts_before_its_date_is_still_due():
    # the same words in a plan (no report): a window of work still running, due when it ends
    plan = _SCHOOL_REPORT.replace("SỐ: 118/BC-TH", "SỐ: 118/KH-TH").replace(
        "Căn cứ vào tình hình thực hiện Quy chế dân chủ tại đơn vị từ tháng 9/2013 đến tháng 4/2014, trường Tiểu học "
        "Hòa Lâm báo cáo như sau:",
        "Nhà trường tổ chức rà soát quy chế dân chủ từ tháng 2/2014 đến tháng 5/2014.")
    doc = parse_text(plan)[0]
    assert [d.due_date for d in doc.deadlines] == ["2014-05-31"]


def test_one_months_session_of_a_periodic_duty_is_no_recurrence():
    notice = """Thông báo về việc hoãn phiên tiếp công dân định kỳ tháng 6 của Lãnh đạo UBND huyện

Để thực hiện nghiêm các biện pháp phòng chống dịch Covid – 19, UBND huyện thông báo Phiên tiếp công dân định kỳ \
tháng 6 năm 2021 của Lãnh đạo UBND huyện tại phòng Tiếp công dân huyện hoãn tổ chức.

Ủy ban nhân dân huyện thông báo để các phòng, ban, ngành, đoàn thể cấp huyện; Ủy ban nhân dân các xã biết.
"""
    assert not [d for d in parse_text(notice)[0].deadlines if d.recurrence]
    # each month's session is one
    monthly = notice.replace("Phiên tiếp công dân định kỳ tháng 6 năm 2021 của Lãnh đạo UBND huyện tại phòng Tiếp "
                             "công dân huyện hoãn tổ chức.",
                             "Lãnh đạo UBND huyện tiếp công dân định kỳ hằng tháng tại phòng Tiếp công dân huyện.")
    assert [d.recurrence for d in parse_text(monthly)[0].deadlines] == ["hằng tháng"]


def test_a_recurrence_named_in_a_basis_assigns_nothing():
    plan = """TRƯỜNG MẦM NON DIỄN HẠNH
Số: 52/KH-MNDH
Diễn Hạnh, ngày 27 tháng 9 năm 2024
KẾ HOẠCH
Giáo dục nhà trường năm học 2024 – 2025
Căn cứ vào kế hoạch số 233/KHCL-MNDH ngày 08/11/2020 về chiến lược phát triển trường Mầm non giai đoạn 2020-2025; \
và tờ trình bổ sung hàng năm.
Căn cứ vào kết quả thực hiện nhiệm vụ năm học 2023 - 2024, trường mầm non Diễn Hạnh xây dựng kế hoạch như sau:
I. ĐẶC ĐIỂM TÌNH HÌNH
- Định kỳ hằng tháng, nhà trường tổ chức kiểm tra hồ sơ chuyên môn của giáo viên.
"""
    deadlines = parse_text(plan)[0].deadlines
    assert [d.recurrence for d in deadlines] == ["hằng tháng"]  # the duty in the body; not the basis's `hàng năm`


def test_a_body_named_after_the_date_without_its_cua():
    plan = """– Căn cứ Thông tư số 36/2011/TT-BGDĐT ngày 17/8/2011 Bộ GD&ĐT về việc “Ban hành Chương trình bồi dưỡng \
thường xuyên giáo viên mầm non”;
– Căn cứ Công văn số 1120/SGDĐT-GDMN ngày 05/9/2024, Phòng GD&ĐT hướng dẫn các trường thực hiện nhiệm vụ năm học;
"""
    cited = {c.number_symbol: c for c in parse_text(plan)[0].citations}
    assert cited["36/2011/TT-BGDĐT"].issuer == "Bộ GD&ĐT"
    assert cited["36/2011/TT-BGDĐT"].subject.startswith("Ban hành Chương trình bồi dưỡng thường xuyên")
    # a body after a comma opens the citing clause: not the letter's issuer
    assert cited["1120/SGDĐT-GDMN"].issuer == ""


def test_a_basis_typed_against_the_semicolon_opens_the_list_of_bases():
    letter = """CÔNG ĐOÀN GIÁO DỤC TỈNH SƠN LA
Số: 88/CĐN
V/v hỗ trợ giáo dục miền núi năm học 2016-2017
Thực hiện Kế hoạch hoạt động Công đoàn năm học 2016 -2017;Căn cứ Công văn số 199/CSPL-CĐN ngày 17/8/2016 của Công \
đoàn Giáo dục Việt Nam về việc tiếp tục thực hiện cuộc vận động hỗ trợ giáo dục miền núi năm học 2016-2017; Công văn \
số 2301/LĐLĐ-CSPL ngày 21/10/2016 của Liên đoàn Lao động tỉnh Sơn La về việc hưởng ứng lời kêu gọi ủng hộ đồng bào \
miền Trung.

Ban Thường vụ Công đoàn ngành đề nghị các Công đoàn cơ sở trực thuộc triển khai thực hiện tốt một số nội dung sau:
"""
    relations = {c.number_symbol: c.relation for c in parse_text(letter)[0].citations}
    assert relations == {"199/CSPL-CĐN": "can_cu", "2301/LĐLĐ-CSPL": "can_cu"}


def test_a_portals_news_of_the_issuing_gives_the_documents_issuer_and_type():
    post = """CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Lào Cai đã ban hành Chỉ thị số 21 về việc tăng cường sự lãnh đạo \
của các cấp ủy đối với công tác dư luận xã hội trong tình hình mới. Nội dung Chỉ thị như sau:
Trong những năm qua, quán triệt và thực hiện Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư, công tác nắm bắt dư \
luận xã hội trên địa bàn tỉnh đạt nhiều kết quả.
"""
    meta = parse_text(post)[0].meta
    assert (meta.doc_type, meta.issuer) == ("Chỉ thị", "Ban Thường vụ Tỉnh ủy Lào Cai")
    assert meta.title.startswith("tăng cường sự lãnh đạo của các cấp ủy")
    assert meta.issued_date == ""  # the news gives the day and month only


def test_the_continuing_education_centres_in_one_code_are_named_in_full():
    letter = """UBND TỈNH BÀ RỊA - VŨNG TÀU
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 412/SGDĐT-KHTC
V/v thống kê công trình nước sạch trong trường học
Kính gửi: Các đơn vị trực thuộc

Sở Giáo dục và Đào tạo đề nghị các Phòng Giáo dục và Đào tạo, các trường THPT và các TTGDTX huyện, thị xã, thành phố \
thực hiện thống kê theo mẫu đính kèm và gửi báo cáo về Sở trước ngày 12/5/2011.
"""
    parties = {p.party for p in parse_text(letter)[0].parties}
    assert "Các Trung tâm Giáo dục thường xuyên huyện, thị xã, thành phố" in parties


def test_a_web_copys_kinh_alone_on_its_line_ends_the_subject_and_a_joined_type_is_no_subject():
    guidance = """UBND
TỈNH NINH THUẬN
SỞ GIÁO DỤC VÀ ĐÀO TẠO
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
|
Số:
1307/THPT
|
Phan
Rang ngày 12 tháng 11 năm 2004
|
QUY ĐỊNH VÀ HƯỚNG DẪN
VỀ VIỆC TIẾP NHẬN VÀ CHUYỂN TRƯỜNG CHO HỌC SINH PHỔ THÔNG CÁC CẤP
Kính
gửi:
|
- Trưởng phòng GD-ĐT các huyện, thị.
- Hiệu trưởng các trường trực thuộc
|
Căn cứ Quyết định số 51/2002/QĐ-BGD&ĐT ngày 25/12/2002 của Bộ trưởng Bộ Giáo dục và Đào tạo;
"""
    meta = parse_text(guidance)[0].meta
    assert meta.doc_type == "Quy định"
    assert meta.title == "VỀ VIỆC TIẾP NHẬN VÀ CHUYỂN TRƯỜNG CHO HỌC SINH PHỔ THÔNG CÁC CẤP"


def test_a_flattened_headers_motto_is_no_part_of_the_place():
    report = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN DŨNG TRƯỜNG MN NỘI HOÀNG Số: 27/BCMN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM \
Độc lập Tự do Hạnh phúc Nội Hoàng, ngày 02 tháng 01 năm 2014 BÁO CÁO Sơ kết học kỳ I năm học 2013 - 2014
Thực hiện công văn số 615/PGD&ĐT-HC ngày 25/12/2013 của Phòng Giáo dục và Đào tạo Yên Dũng về việc hướng dẫn sơ kết \
học kỳ I năm học 2013-2014, trường MN Nội Hoàng báo cáo như sau:
"""
    meta = parse_text(report)[0].meta
    assert (meta.place, meta.issued_date) == ("Nội Hoàng", "2014-01-02")
