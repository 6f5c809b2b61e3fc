"""Shapes met on unseen kindergarten, provincial and ministry documents (held-out documents read for their shapes;
snippets written as the genre writes them, names and numbers invented): a school named for a person whose surname is
a body's head (`TRƯỜNG MẦM NON ĐOÀN THỊ LIÊN`, `TRƯỜNG TIỂU HỌC ĐOÀN KẾT`); a plan's title in capitals whose period's
last year a PDF's text wrapped onto a line of its own, its dash first (`… GIAI ĐOẠN 2021` ⏎ `- 2027”`); a cited
directive's subject followed by the words that announce the plan's contents, wrapped (`…, với` ⏎ `các nội dung như
sau:`); a department's field typed with a capital after `và` in an article's list of executors (`Giám đốc các sở: …,
Giáo dục và Đào Tạo`), which is no holder's name after a post; a legal portal's caption a crawler wrote before each
article (`Quyết định 3176/QĐ-BYT năm 2024. Điều 2. …`), the page's title line that gives it left out of the copy; a
letter's subject wrapped onto the day it is about (`Về cho học sinh nghỉ học` ⏎ `Ngày 26/11/2018`), no deadline; how
often a duty recurs, written with a count of months and of times (`định kỳ  01 tháng 01 lần`), no day of the year."""
from __future__ import annotations

from pipeline.api import parse_text
from pipeline.party_forms import normalize


def _header(issuer_lines: str) -> str:
    return (f"{issuer_lines}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 45/KH-MN\n\n"
            "Phú Lợi, ngày 12 tháng 10 năm 2021\n\nKẾ HOẠCH\nTổ chức các ngày hội, ngày lễ\nnăm học 2021-2022\n\n"
            "Căn cứ Kế hoạch năm học 2021-2022 của nhà trường;\n")


def test_a_school_named_for_a_person_whose_surname_is_a_bodys_head_is_one_body():
    meta = parse_text(_header("PHÒNG GD&ĐT TP. THỦ DẦU MỘT\nTRƯỜNG MẦM NON ĐOÀN THỊ NGỌC"))[0].meta
    assert (meta.issuer, meta.issuer_parent) == ("Trường Mầm non Đoàn Thị Ngọc", "Phòng GD&ĐT TP. Thủ Dầu Một")


def test_a_school_named_for_a_person_after_its_level_code_is_one_body():
    assert parse_text(_header("TRƯỜNG THCS ĐOÀN THỊ ĐIỂM"))[0].meta.issuer == "Trường THCS Đoàn Thị Điểm"


def test_a_schools_youth_union_under_its_central_union_is_still_the_lower_body():
    # (a head is read as the school's name only right after the school's level)
    meta = parse_text(_header("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TRƯỜNG THCS LÊ LỢI"))[0].meta
    assert (meta.issuer, meta.issuer_parent) == ("BCH Đoàn Trường THCS Lê Lợi", "Đoàn TNCS Hồ Chí Minh")


_WRAPPED_RANGE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 1402/KH-UBND
Quảng Nam, ngày 07 tháng 4 năm 2022

KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TĂNG CƯỜNG PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TẠI CƠ SỞ GIAI ĐOẠN 2021
- 2027”
Thực hiện Quyết định số 1739/QĐ-TTg ngày 18/10/2021 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch
triển khai như sau:
I. MỤC ĐÍCH, YÊU CẦU
"""


def test_a_titles_period_whose_last_year_wrapped_onto_its_own_line_stays_in_the_title():
    title = parse_text(_WRAPPED_RANGE)[0].meta.title
    assert title.endswith("GIAI ĐOẠN 2021 - 2027”")


def test_a_list_item_under_a_title_is_still_no_part_of_it():
    text = _WRAPPED_RANGE.replace("GIAI ĐOẠN 2021\n- 2027”", "NĂM 2022\n- Phổ biến Luật Phòng, chống tham nhũng")
    assert parse_text(text)[0].meta.title.endswith("TẠI CƠ SỞ NĂM 2022")


_ANNOUNCED_CONTENTS = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
Số: 68/KH-UBND
Sơn La, ngày 11 tháng 3 năm 2020

KẾ HOẠCH
Triển khai thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư

Thực hiện Kế hoạch số 185-KH/TU ngày 03/01/2020 của Ban Thường vụ Tỉnh ủy. UBND tỉnh ban hành Kế hoạch triển khai \
thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư về tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao \
động hài hòa, ổn định và tiến bộ trong tình hình mới, với
các nội dung như sau:
I. MỤC ĐÍCH, YÊU CẦU
"""


def test_a_subject_ends_where_the_plan_announces_its_contents_across_a_line_break():
    subjects = {c.subject for c in parse_text(_ANNOUNCED_CONTENTS)[0].citations if c.number_symbol == "37-CT/TW"}
    assert "tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình " \
           "mới" in subjects
    assert not any("nội dung" in s for s in subjects)


_EXECUTORS = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 728/QĐ-UBND
Lâm Đồng, ngày 14 tháng 4 năm 2014

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch hành động ứng phó với dịch cúm gia cầm

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động ứng phó với dịch cúm gia cầm trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Y tế, Tài chính, Giáo dục và Đào Tạo; Chủ tịch UBND các huyện \
căn cứ quyết định thi hành./.
"""


def test_a_field_typed_with_a_capital_after_and_is_no_holders_name():
    parties = {p.party for p in parse_text(_EXECUTORS)[0].parties}
    assert "Giám đốc Sở Giáo dục và Đào tạo" in parties
    assert not any(p.endswith(" và") for p in parties)


def test_a_post_with_its_holders_name_after_it_is_still_the_post():
    # (the guard reads the word before a name: a holder's name follows a post's last word, not `và`)
    assert normalize("Phó Hiệu trưởng Nguyễn Minh Trí") == "Phó Hiệu trưởng"
    assert normalize("Kế toán Lê Thị Hoa") == "Kế toán"


_CAPTIONED_ARTICLES = """BỘ Y TẾ
Số: 3176/QĐ-BYT
Hà Nội, ngày 29 tháng 10 năm 2024

QUYẾT ĐỊNH
Sửa đổi, bổ sung tạm thời Quyết định số 4750/QĐ-BYT

BỘ TRƯỞNG BỘ Y TẾ
Căn cứ Luật Khám bệnh, chữa bệnh ngày 09 tháng 01 năm 2023;
Theo đề nghị của Vụ trưởng Vụ Bảo hiểm y tế.
QUYẾT ĐỊNH:

Quyết định 3176/QĐ-BYT năm 2024. Điều 1.
Sửa đổi, bổ sung tạm thời các Bảng chỉ tiêu dữ liệu ban hành kèm theo Quyết định số 4750/QĐ-BYT.

Quyết định 3176/QĐ-BYT năm 2024. Điều 2. Tổ chức thực hiện
1. Bảo hiểm xã hội Việt Nam bảo đảm các điều kiện cần thiết để tiếp nhận dữ liệu.
2. Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các cơ sở khám bệnh, chữa bệnh triển khai.

Quyết định 3176/QĐ-BYT năm 2024. Điều 3.
Quyết định này có hiệu lực kể từ ngày ký, ban hành.
"""


def test_a_crawlers_caption_before_each_article_is_read_past_without_the_pages_title_line():
    # (thuvienphapluat pages saved by a crawler: the page's title opens every anchored part; here its first line,
    # which the same caption opened, was left out of the copy)
    sections = parse_text(_CAPTIONED_ARTICLES)[0].sections
    assert [s.section_id for s in sections] == ["Điều 1", "Điều 2", "Điều 2.1", "Điều 2.2", "Điều 3"]
    assert sections[1].heading == "Tổ chức thực hiện"


def test_a_caption_seen_once_is_left_as_written():
    text = _CAPTIONED_ARTICLES.replace("Quyết định 3176/QĐ-BYT năm 2024. Điều 2.", "Điều 2.")
    text = text.replace("Quyết định 3176/QĐ-BYT năm 2024. Điều 3.", "Điều 3.")
    assert [s.section_id for s in parse_text(text)[0].sections] == ["Điều 2", "Điều 2.1", "Điều 2.2", "Điều 3"]


_DAY_IN_SUBJECT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 4144/GDĐT-VP                       Thành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2018

Về cho học sinh nghỉ học
{day_line}

Kính gửi: Chủ tịch Ủy ban nhân dân các quận, huyện.

Căn cứ tình hình sau cơn bão số 9, Sở Giáo dục và Đào tạo đề nghị Chủ tịch Ủy ban nhân dân các quận, huyện chỉ đạo \
hiệu trưởng các trường thông báo cho học sinh nghỉ học ngày thứ hai, 26 tháng 11 năm 2018.
"""


def test_the_day_a_letters_subject_is_about_is_no_deadline_of_its_own():
    deadlines = parse_text(_DAY_IN_SUBJECT.format(day_line="Ngày 26/11/2018"))[0].deadlines
    assert [(d.due_date, d.surface) for d in deadlines] == [("2018-11-26", "ngày thứ hai, 26 tháng 11 năm 2018")]


def test_a_day_the_subject_sets_a_due_cue_before_is_still_due():
    text = _DAY_IN_SUBJECT.replace("Về cho học sinh nghỉ học\n{day_line}",
                                   "V/v nộp báo cáo thiệt hại trước\nngày 28/11/2018")
    assert "2018-11-28" in {d.due_date for d in parse_text(text)[0].deadlines}


_RECEPTION = """THÔNG BÁO
Lịch tiếp công dân năm 2024
của Giám đốc Sở Văn hóa, Thể thao và Du lịch
I. LỊCH TIẾP CÔNG DÂN
1. Lịch tiếp công dân định kỳ của Giám đốc Sở:
 Giám đốc Sở tiếp công dân định kỳ  01 tháng 01 lần, vào ngày 15 hàng tháng (Trường hợp lịch tiếp trùng vào ngày \
nghỉ, nghỉ lễ, Tết thì sẽ tổ chức tiếp vào ngày làm việc tiếp theo).
"""


def test_how_many_months_between_receptions_is_no_day_of_the_year():
    deadlines = parse_text(_RECEPTION)[0].deadlines
    assert not [d.due_date for d in deadlines if d.due_date]  # (not 1 January: `01 tháng 01 lần` is once a month)
    assert "hàng tháng" in {d.recurrence for d in deadlines}
