"""A plan with the full two-column header Word documents have, flattened the way a .txt export
writes it: issuer under the parent body, number, place and date opposite, school-year deadlines."""
from __future__ import annotations

from pipeline.api import parse_text

PLAN = """UBND HUYỆN CỦ CHI                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG TIỂU HỌC AN NHƠN TÂY                      Độc lập - Tự do - Hạnh phúc

Số: 12/KH-THANT                          Củ Chi, ngày 15 tháng 9 năm 2023

KẾ HOẠCH
Thực hiện Quy chế dân chủ ở cơ sở năm học 2023 - 2024

Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập;
Căn cứ Kế hoạch số 2345/KH-GDĐT ngày 05/9/2023 của Phòng Giáo dục và Đào tạo huyện Củ Chi,
Trường Tiểu học An Nhơn Tây xây dựng kế hoạch thực hiện quy chế dân chủ năm học 2023 - 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên.
II. NỘI DUNG
1. Hội nghị cán bộ, viên chức
Tổ chức Hội nghị cán bộ, viên chức trước ngày 30/9/2023.
2. Công khai
Hiệu trưởng công khai tài chính hằng quý; báo cáo Phòng Giáo dục và Đào tạo trước ngày 15/01 hằng năm.
III. TỔ CHỨC THỰC HIỆN
1. Hiệu trưởng chỉ đạo chung.
2. Chủ tịch Công đoàn phối hợp với Hiệu trưởng tổ chức Hội nghị.

Nơi nhận:                                                           HIỆU TRƯỞNG
- Phòng GD&ĐT (để b/c);
- Lưu: VT.

                                                                    Nguyễn Văn An
"""


def test_header_fields_from_a_two_column_header():
    meta = parse_text(PLAN)[0].meta
    assert meta.issuer == "Trường Tiểu học An Nhơn Tây"
    assert (meta.doc_number, meta.doc_type, meta.place, meta.issued_date) == ("12/KH-THANT", "Kế hoạch", "Củ Chi", "2023-09-15")
    assert meta.title == "Thực hiện Quy chế dân chủ ở cơ sở năm học 2023 - 2024"
    assert (meta.signer_title, meta.signer_name) == ("Hiệu trưởng", "Nguyễn Văn An")
    assert meta.recipients == "Phòng GD&ĐT (để b/c);Lưu: VT"


def test_school_year_deadline_with_recurrence_after_the_date():
    deadlines = {d.due_date: d for d in parse_text(PLAN)[0].deadlines}
    assert deadlines["2024-01-15"].recurrence == "hằng năm"   # January belongs to the school year's 2nd year
    assert deadlines["2024-01-15"].recipient == "Phòng Giáo dục và Đào tạo"
    assert deadlines["2023-09-30"].year_inferred is False


def test_roles_of_school_officers():
    roles = {(p.party, p.role) for p in parse_text(PLAN)[0].parties}
    # `X phối hợp với Y tổ chức …`: X does the task (lead), Y is its partner (devset NOTES, fresh_35 L119).
    assert ("Chủ tịch Công đoàn", "lead") in roles and ("Hiệu trưởng", "coordinate") in roles
    assert ("Hiệu trưởng", "lead") in roles
