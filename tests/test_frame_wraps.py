"""Page shapes of school and office letters saved from Word or PDF: a `V/v` subject wrapped past a blank line with
its continuation capitalised. The snippets are invented, written as such pages are."""
from __future__ import annotations

from pipeline.api import parse_text


def _meta(text: str):
    return parse_text(text, "letter.txt")[0].meta


LETTER_HEADER = """UBND HUYỆN AN LẠC
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 512/PGDĐT-THCS

"""


def test_vv_subject_wrapped_past_a_blank_line_in_sentence_case():
    body = ("V/v Hướng dẫn thực hiện nhiệm vụ\n\nGiáo dục trung học năm học 2024-2025\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "An Lạc, ngày 12 tháng 9 năm 2024\n\nKính gửi: Hiệu trưởng các trường THCS.\n\n"
            "Căn cứ hướng dẫn của Sở Giáo dục và Đào tạo, Phòng hướng dẫn như sau:\n")
    meta = _meta(LETTER_HEADER + body)
    assert (meta.doc_type, meta.title) == (
        "Công văn", "Hướng dẫn thực hiện nhiệm vụ Giáo dục trung học năm học 2024-2025")
    # the continuation stops at `Kính gửi` as well
    meta = _meta(LETTER_HEADER + "V/v Tổ chức kiểm tra cuối kỳ\n\nHọc kỳ I năm học 2024-2025\n\n"
                 "Kính gửi: Các trường THCS.\n\nPhòng đề nghị các trường thực hiện.\n")
    assert meta.title == "Tổ chức kiểm tra cuối kỳ Học kỳ I năm học 2024-2025"


def test_vv_subject_not_continued_by_a_line_that_is_no_wrap():
    # a line past the blank that a stop does not follow is the body's, not the subject's
    meta = _meta(LETTER_HEADER + "V/v tổ chức ngày hội đọc sách\n\nPhòng Giáo dục và Đào tạo thông báo\n\n"
                 "Các trường chuẩn bị chu đáo các nội dung sau đây.\n")
    assert meta.title == "tổ chức ngày hội đọc sách" or meta.title == "Tổ chức ngày hội đọc sách"
    # a preamble's sentence past the blank stops the subject
    meta = _meta(LETTER_HEADER + "V/v báo cáo số liệu đầu năm\n\nThực hiện chỉ đạo của Sở\n\n"
                 "Kính gửi: Các trường.\n")
    assert meta.title.lower() == "báo cáo số liệu đầu năm"


PLAN_HEADER = """UBND XÃ TÂN PHÚ
ĐOÀN THANH NIÊN XÃ
Số: 05/KH-ĐTN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Phú, ngày 3 tháng 3 năm 2025

"""


def test_qualifier_alone_after_the_type_word_is_neither_type_nor_title():
    meta = _meta(PLAN_HEADER + "KẾ HOẠCH PHỐI HỢP\nTổ chức Ngày hội thanh niên năm 2025\n\nI. MỤC ĐÍCH\nNội dung.\n")
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Tổ chức Ngày hội thanh niên năm 2025")
    # past a blank line as well
    meta = _meta(PLAN_HEADER + "KẾ HOẠCH PHỐI HỢP\n\nTổ chức Ngày hội thanh niên năm 2025\n\nI. MỤC ĐÍCH\nNội dung.\n")
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Tổ chức Ngày hội thanh niên năm 2025")
    meta = _meta(PLAN_HEADER.replace("KH-ĐTN", "QC-ĐTN") + "QUY CHẾ PHỐI HỢP\nCông tác tuyên truyền năm 2025\n\n"
                 "Chương I\nQUY ĐỊNH CHUNG\n")
    assert (meta.doc_type, meta.title) == ("Quy chế", "Công tác tuyên truyền năm 2025")
    # `KẾ HOẠCH LIÊN TỊCH` is a type of its own (SPEC); its subject is the lines under it
    meta = _meta(PLAN_HEADER + "KẾ HOẠCH LIÊN TỊCH\nTổ chức Ngày hội thanh niên năm 2025\n\nI. MỤC ĐÍCH\nNội dung.\n")
    assert (meta.doc_type, meta.title) == ("Kế hoạch liên tịch", "Tổ chức Ngày hội thanh niên năm 2025")


def test_a_place_of_several_words_wrapped_in_the_date_column():
    """A provincial plan's header from a portal's table (held-out shape): `Bà Rịa - Vũng` ⏎ `Tàu, ngày 08 tháng 01 năm
    2023` (the place was read as `Tàu`)."""
    meta = _meta("ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
                 "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 08/KH-UBND\n|\nBà Rịa - Vũng\n"
                 "Tàu, ngày 08 tháng 01 năm 2023\n|\nKẾ HOẠCH\nTriển khai công tác truyền thông chính sách\n\n"
                 "Căn cứ Chỉ thị số 07/CT-TTg ngày 22/3/2023 của Thủ tướng Chính phủ;\n")
    assert (meta.place, meta.issued_date) == ("Bà Rịa - Vũng Tàu", "2023-01-08")


def test_a_one_line_header_whose_motto_lost_a_word_and_a_title_over_a_rule_glued_to_the_body():
    """Two document-site copies (held-out shapes): the header's columns on one line with the motto's `do` dropped
    (`… VIỆT NAM CĐ TRƯỜNG MN PHONG DỤ Độc lập - Tự - Hạnh phúc`: the issuer was the parent), and the rule under a
    title with the body's first words glued to it (`--------------Năm học 2016 - 2017 diễn ra …`: read into the title)."""
    meta = _meta("CĐ GIÁO DỤC HUYỆN TIÊN YÊN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM CĐ TRƯỜNG MN PHONG DỤ Độc lập - Tự - "
                 "Hạnh phúc\nsố: 17/BC- CĐ Phong Dụ, ngày 12 tháng 6 năm 2015\n\nBÁO CÁO\n\nSƠ KẾT GIỮA NHIỆM KỲ "
                 "2012-2017\n\nThực hiện Kế hoạch số 07/KH-LĐLĐ ngày 18/5/2015 của Ban Thường vụ Liên đoàn Lao động "
                 "huyện Tiên Yên, Công đoàn trường báo cáo như sau:\n")
    assert (meta.issuer, meta.doc_number) == ("CĐ Trường MN Phong Dụ", "17/BC-CĐ")
    meta = _meta("ĐOÀN PHƯỜNG MÂN THÁI\nCHI ĐOÀN TH QUANG TRUNG\n***\nĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH\n"
                 "Số:…./KH-ĐTN\nKẾ HOẠCH\nHoạt động của chi đoàn trường tiểu học Quang Trung\nNhiệm kỳ 2016 – 2017\n"
                 "--------------Năm học 2016 - 2017 diễn ra với nhiều sự kiện trọng đại của đất nước.\n")
    assert meta.title == "Hoạt động của chi đoàn trường tiểu học Quang Trung Nhiệm kỳ 2016 – 2017"


def test_a_peoples_committee_that_lost_its_level_and_place_is_named_from_its_body_and_date_line():
    """A province's directive copied from a portal's table (held-out shape): `ỦY BAN NHÂN DÂN | CỘNG HÒA …` ⏎ `Số:
    11/CT-UBND | An Giang, ngày …` (the header's second line lost, no enacting line): the body's `Chủ tịch Ủy ban nhân
    dân tỉnh yêu cầu …` gives the level, the date line the place. Not where the symbol names another issuer (a Sở's
    guidance under the committee's line: `681/HD-SGDĐT`)."""
    body = ("VỀ VIỆC THỰC HIỆN NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2023-2024\nĐể thực hiện thắng lợi nhiệm vụ năm học, Chủ tịch Ủy "
            "ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã, "
            "thành phố thực hiện tốt các nội dung sau:\n")
    meta = _meta("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 11/CT-UBND | An Giang, ngày 11 tháng 9 năm "
                 "2023 |\n" + body)
    assert meta.issuer == "Ủy ban nhân dân tỉnh An Giang"
    meta = _meta("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 681/HD-SGDĐT | Cần Thơ, ngày 18 tháng 04 năm "
                 "2013 |\nHƯỚNG DẪN\nTHỰC HIỆN QUY ĐỊNH QUẢN LÝ DẠY THÊM, HỌC THÊM\nCăn cứ Quyết định số 06/2013/QĐ-UBND "
                 "ngày 25 tháng 02 năm 2013 của Ủy ban nhân dân thành phố Cần Thơ ban hành Quy định quản lý dạy thêm;\n")
    assert meta.issuer == "Ủy ban nhân dân"


def test_a_councils_term_and_session_are_no_part_of_its_name():
    """People's Council resolutions from portals (held-out shapes): the enacting line `HỘI ĐỒNG NHÂN DÂN QUẬN TÂN PHÚ KHÓA
    I, KỲ HỌP LẦN THỨ 7` under a header that gives the council alone, and a header line `HỘI ĐỒNG NHÂN DÂN XÃ KHÓA XIX KỲ
    HỌP THỨ 8` (the term and session were read into the issuer)."""
    meta = _meta("HỘI ĐỒNG NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/2006/NQ-HĐND |\nTân Phú, ngày 23 "
                 "tháng 11 năm 2006 |\nNGHỊ QUYẾT\nVỀ ĐỀ ÁN PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH 11 PHƯỜNG QUẬN TÂN PHÚ\nHỘI ĐỒNG "
                 "NHÂN DÂN QUẬN TÂN PHÚ KHÓA I, KỲ HỌP LẦN THỨ 7\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân "
                 "dân ngày 26 tháng 11 năm 2003;\n")
    assert meta.issuer == "Hội đồng nhân dân quận Tân Phú"
    meta = _meta("Nghị quyết về điều chỉnh dự toán thu, chi ngân sách 6 tháng cuối năm 2019\n\nHỘI ĐỒNG NHÂN DÂN XÃ KHÓA "
                 "XIX KỲ HỌP THỨ 8\n\nCăn cứ Luật tổ chức chính quyền địa phương ngày 19/6/2015;\n")
    assert meta.issuer == "Hội đồng nhân dân xã"


def test_a_title_in_capitals_stops_at_a_lettered_part_under_it():
    """A school's plan (held-out shape): its type and subject on one line in capitals, a blank line, then its first part
    lettered `A. CĂN CỨ XÂY DỰNG KẾ HOẠCH`, also in capitals: a part's heading (section_markers read A–H as parts), no
    line of the subject (the title ran on over it)."""
    meta = _meta("PHÒNG GD&ĐT KỲ SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTRƯỜNG PTDTBT THCS NA NGOI\n\n"
                 "Độc lập - Tự do - Hạnh phúc\n\nSố: 15/KH-THCSNN\n\nNa Ngoi, ngày 15 tháng 8 năm 2022\n\n"
                 "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2022-2023\n\nA. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
                 "- Căn cứ Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ trưởng Bộ GD&ĐT;\n")
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2022-2023")


def test_a_schools_subject_team_issues_its_own_plan_under_the_schools_name():
    """A subject team's year plan (held-out shape, as schools head them): `TRƯỜNG THCS VĨNH THẠNH TRUNG` over `TỔ: NGOẠI
    NGỮ` (or without the colon) — the team is the issuer, the school its parent (it was one name, `Trường THCS … Tổ:
    Ngoại Ngữ`); and a school of two levels (`TRƯỜNG MN-TH …`) under an education office whose place the copy lost
    (`PHÒNG GD&ĐT THÀNH PHỐ`) is a body of its own, not the city's name."""
    for team in ("TỔ: NGOẠI NGỮ", "TỔ NGOẠI NGỮ"):
        meta = _meta(f"TRƯỜNG THCS VĨNH THẠNH TRUNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n{team} Độc lập – Tự do – "
                     "Hạnh phúc\n\nVĩnh Thạnh Trung, ngày 15 tháng 10 năm 2020\n\nKẾ HOẠCH GIÁO DỤC NĂM HỌC 2020 – 2021\n")
        assert (meta.issuer, meta.issuer_parent) == ("Tổ ngoại ngữ", "Trường THCS Vĩnh Thạnh Trung")
    meta = _meta("PHÒNG GD&ĐT THÀNH PHỐ\nTRƯỜNG MN-TH ANH VIET SCHOOL\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "Độc lập - Tự do - Hạnh phúc\nTP. Lạng Sơn, ngày 06 tháng 10 năm 2020\nBIÊN BẢN\n"
                 "Kiểm tra cơ sở vật chất, trang thiết bị dạy học tháng 9\n")
    assert (meta.issuer, meta.issuer_parent) == ("Trường MN-TH Anh Viet School", "Phòng GD&ĐT thành phố")


def test_a_drafts_symbol_parted_from_its_number_word_is_no_line_of_the_issuers_name():
    """A draft plan's header as a PDF's text lays it out (held-out shape): `Số` ⏎ `DỰ THẢO` ⏎ `/KH-THCSNN`, the number
    left blank and the draft's mark between: the symbol's rest is no wrapped line of the school's name above it (the
    issuer read `Trường PTDTBT THCS Na Ngoi /kh-thcsnn`)."""
    meta = _meta("PHÒNG GD&ĐT KỲ SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTRƯỜNG PTDTBT THCS NA NGOI\n\n"
                 "Độc lập - Tự do - Hạnh phúc\n\nSố\nDỰ THẢO\n\n/KH-THCSNN\n\nNa Ngoi, ngày 15 tháng 8 năm 2022\n\n"
                 "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2022-2023\n")
    assert (meta.issuer, meta.issuer_parent, meta.issued_date) == (
        "Trường PTDTBT THCS Na Ngoi", "Phòng GD&ĐT Kỳ Sơn", "2022-08-15")


def test_a_pioneers_unit_typed_in_sentence_case_under_its_council_past_a_blank_line():
    """A school's Young Pioneers plan (held-out shape, a Word file's paragraphs): `HỘI ĐỒNG ĐỘI HUYỆN QUẢNG TRẠCH` beside
    the union's motto, a blank line, `Liên đội trường TH Quảng  Thạch` in sentence case: the unit is the issuer under the
    council (the council was, the unit's line being no name: `đội` was no word of names, models/org_words.txt)."""
    meta = _meta("HỘI ĐỒNG ĐỘI HUYỆN QUẢNG TRẠCH                    ĐỘI TNTP HỒ CHÍ MINH   \n\n"
                 "Liên đội trường TH Quảng  Thạch\n\nKế hoạch\n\nCông tác Đội và phong trào thiếu nhi năm học 2017 – 2018\n")
    assert (meta.issuer, meta.issuer_parent) == ("Liên đội Trường TH Quảng Thạch", "Hội đồng đội huyện Quảng Trạch")
