"""Shapes met on unseen school Tờ trình, commune letters and Youth Union notices (held-out documents read for their
shapes; snippets written as the genre writes them, names and numbers invented): a document-sharing site's preview
whose first page's mark is glued to the text's very first line (`Trang 1UỶ BAN NHÂN DÂN`); a two-column header a web
copy read row by row onto one line, the left column's second line between the motto's two (`PHÒNG GD&ĐT TÁNH LINH
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG TH ĐỒNG KHO 1 Độc lập - Tự do - Hạnh phúc`); a letter's bases dashed under
its addressees as they were (`Kính gửi: …` ⏎ `- Căn cứ Điều lệ Đoàn …`); a subject's `về việc` typed twice; a
commune Party committee's bloc for mass mobilisation under the committee in a header (`KHỐI DÂN VẬN`); a number closed
by an en dash (`1 – Triển khai …`, `2 –Giáo viên …`) as an item's marker; a blank typed for the slash after `số`
(`công văn số 1168 PGD&ĐT-GDMN`, `kế hoạch số 104 KH-MN`); a place that closes a cited document's issuer, its trích
yếu in lower case after it, no `về` written (`… thành phố Bến Tre kế hoạch công tác …`); a page without its header
whose body speaks after the bases its first sentence opens with (`Căn cứ …, Ủy ban nhân dân huyện … thông báo …`)."""
from __future__ import annotations

from pipeline.api import parse_text

_PREVIEW = """Trang 1UỶ BAN NHÂN DÂN
THỊ TRẤN HƯƠNG SƠN
Số: 67 /TTr - UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hương Sơn, ngày 26 tháng 9 năm 2014
TỜ TRÌNH
Về việc đề nghị công nhận Thị trấn Hương Sơn đạt chuẩn Phổ cập giáo dục tiểu học
Kính gửi: Ủy ban nhân dân huyện Phú Bình
Căn cứ Luật Giáo dục năm 2005;
"""


def test_the_first_pages_preview_mark_glued_to_the_first_line_is_no_part_of_the_header():
    meta = parse_text(_PREVIEW)[0].meta
    assert (meta.issuer, meta.doc_number, meta.doc_type) == \
        ("Ủy ban nhân dân thị trấn Hương Sơn", "67/TTr-UBND", "Tờ trình")


def test_a_later_pages_mark_is_still_read_past():
    # (the rule that was there before: the mark of page 2 glued to that page's first line)
    text = _PREVIEW + "Trang 2Căn cứ Thông tư số 36/2009/TT-BGDĐT ngày 04/12/2009 của Bộ Giáo dục và Đào tạo;\n"
    assert "36/2009/TT-BGDĐT" in {c.number_symbol for c in parse_text(text)[0].citations}


_ROW_BY_ROW = """PHÒNG GD&ĐT TÁNH LINH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG TH ĐỒNG KHO 1 Độc lập - Tự do - \
Hạnh phúc
Số: 14/TTr-ĐK1 Đồng Kho, ngày 10 tháng 10 năm 2010
TỜ TRÌNH
Về việc công nhận trường đạt danh hiệu Trường học thân thiện – Học sinh tích cực
Kính gởi: Lãnh đạo phòng Giáo dục và Đào tạo huyện Tánh Linh
Căn cứ công văn số 4015/SGD&ĐT-GDTH ngày 06/10/2010 của Sở GD&ĐT
về việc về việc hướng dẫn đánh giá kết quả phong trào thi đua “Trường học thân thiện, học sinh tích cực” cấp tiểu học,
Trường Tiểu học Đồng Kho 1 đã tiến hành tự đánh giá các tiêu chuẩn của phong trào.
"""


def test_the_left_columns_second_line_between_the_mottos_two_is_the_lower_body():
    meta = parse_text(_ROW_BY_ROW)[0].meta
    assert (meta.issuer, meta.issuer_parent) == ("Trường TH Đồng Kho 1", "Phòng GD&ĐT Tánh Linh")


def test_a_header_whose_row_holds_no_second_line_keeps_its_one_body():
    text = _ROW_BY_ROW.replace(" TRƯỜNG TH ĐỒNG KHO 1 Độc lập", " Độc lập")
    assert parse_text(text)[0].meta.issuer == "Phòng GD&ĐT Tánh Linh"


def test_about_typed_twice_is_dropped_once_more():
    subjects = {c.subject for c in parse_text(_ROW_BY_ROW)[0].citations}
    assert "hướng dẫn đánh giá kết quả phong trào thi đua “Trường học thân thiện, học sinh tích cực” cấp tiểu học" \
        in subjects


_DASHED_BASES = """BCH ĐOÀN TRƯỜNG THPT LÊ LỢI
THÔNG BÁO Về việc duy trì sinh hoạt Đoàn hàng tháng
Kính gửi: Các Liên chi Đoàn và Đoàn trực thuộc
- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh và Hướng dẫn thực hiện Điều lệ Đoàn khóa X; - Căn cứ Chương trình công tác \
Đoàn năm học 2014 - 2015.
Ban chấp hành Đoàn trường đề nghị các Liên chi Đoàn, Chi Đoàn trực thuộc thực hiện tốt các nội dung sau: tổ chức \
sinh hoạt chi đoàn 1 lần/tháng và báo cáo về Đoàn trường trước ngày 25 hàng tháng.
"""


def test_a_basis_dashed_under_the_addressees_is_no_addressee():
    parties = {p.party for p in parse_text(_DASHED_BASES)[0].parties}
    assert "Các Liên chi Đoàn và Đoàn trực thuộc" in parties
    assert not [p for p in parties if p.lower().startswith("căn cứ")]


def test_a_commune_party_committees_bloc_for_mass_mobilisation_is_the_lower_body():
    text = ("ĐẢNG UỶ XÃ VINH HÀ\n\nKHỐI DÂN VẬN\n\n*\n\nSố: 07-BC/DV\n\nVinh Hà, ngày 25 tháng 11 năm 2022\n\n"
            "BÁO CÁO\nKết quả thực hiện công tác dân vận năm 2022\n")
    meta = parse_text(text)[0].meta
    assert (meta.issuer, meta.issuer_parent, meta.doc_type) == ("Khối dân vận", "Đảng ủy xã Vinh Hà", "Báo cáo")


_EN_DASHED = """TRƯỜNG MẦM NON TUỔI THẦN TIÊN
Số: 23/KH-TTT
KẾ HOẠCH
Phòng chống dịch bệnh Tay chân miệng năm 2020

Trường Mầm non Tuổi Thần Tiên xây dựng kế hoạch công tác phòng chống dịch Tay chân miệng trong trường như sau:

1 – Triển khai các hoạt động tuyên truyền để cán bộ, giáo viên, nhân viên và học sinh phòng, chống bệnh.

2 –Giáo viên các lớp tiếp tục duy trì thực hiện rửa tay cho trẻ nhiều lần bằng xà phòng.
"""


def test_a_number_closed_by_an_en_dash_opens_an_item():
    # (a word processor makes the dash typed between blanks an en dash; the typist may leave no blank after it)
    sections = parse_text(_EN_DASHED)[0].sections
    assert [(s.section_id, s.marker) for s in sections] == [("1", "1 –"), ("2", "2 –")]
    assert sections[1].heading.startswith("Giáo viên các lớp")


def test_a_symbols_number_glued_to_its_code_by_a_hyphen_opens_no_item():
    text = "CHÍNH PHỦ\nSố: 61-CP\n61-CP Hà Nội, ngày 05 tháng 7 năm 1994\nNGHỊ ĐỊNH\nVề mua bán nhà ở\n"
    assert not parse_text(text)[0].sections


_BASES_TYPED_LOOSELY = """TRƯỜNG MẦM NON BÌNH MINH
KẾ HOẠCH
Công tác kiểm tra giáo dục năm học 2018-2019
Căn cứ công văn số 1168 PGD&ĐT-GDMN ngày 11 tháng 9 năm 2018 của Phòng Giáo dục và Đào tạo thành phố Bến Tre về việc \
hướng dẫn thực hiện nhiệm vụ Giáo dục mầm non năm học 2018-2019;
Căn cứ vào kế hoạch số 1176 /KH-PGD&ĐT, ngày 11 tháng 9 năm 2018 của Phòng Giáo dục và Đào tạo thành phố Bến Tre kế \
hoạch công tác kiểm tra giáo dục năm học 2018-2019;
Căn cứ kế hoạch số 104 KH-MN ngày 12 tháng 9 năm 2018 của Trường mầm non Bình Minh về phương hướng nhiệm vụ năm học \
2018-2019;
Căn cứ Nghị quyết số 12/2019/NQ-HĐND ngày 10 tháng 7 năm 2019 của Hội đồng nhân dân tỉnh Quảng Nam khóa IX về chính \
sách hỗ trợ giáo dục;
"""


def test_a_blank_typed_for_the_slash_after_so_still_gives_the_symbol_and_its_fields():
    cited = {c.number_symbol: c for c in parse_text(_BASES_TYPED_LOOSELY)[0].citations}
    assert {"1168/PGD&ĐT-GDMN", "104/KH-MN"} <= set(cited)
    assert (cited["1168/PGD&ĐT-GDMN"].issued_date, cited["1168/PGD&ĐT-GDMN"].issuer) == \
        ("2018-09-11", "Phòng Giáo dục và Đào tạo thành phố Bến Tre")


def test_a_place_closes_the_issuers_name_but_for_its_term():
    cited = {c.number_symbol: c for c in parse_text(_BASES_TYPED_LOOSELY)[0].citations}
    assert cited["1176/KH-PGD&ĐT"].issuer == "Phòng Giáo dục và Đào tạo thành phố Bến Tre"
    assert cited["12/2019/NQ-HĐND"].issuer == "Hội đồng nhân dân tỉnh Quảng Nam khóa IX"


_HEADERLESS_NOTICE = """Thông báo lịch tiếp công dân của Chủ tịch UBND huyện năm 2021


          Căn cứ Luật Tổ chức chính quyền địa phương năm 2015, Luật Tiếp công dân năm 2013 và các văn bản hướng dẫn \
thi hành, Ủy ban nhân dân huyện Ngân Sơn thông báo Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân huyện năm 2021 như sau:

1. Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 và 25 hàng tháng.
2. Trường hợp Chủ tịch UBND huyện vắng mặt, Phó Chủ tịch UBND huyện sẽ tiếp và thông báo công khai cho công dân biết.
"""


def test_a_page_without_its_header_takes_the_body_that_speaks_after_its_bases():
    assert parse_text(_HEADERLESS_NOTICE)[0].meta.issuer == "Ủy ban nhân dân huyện Ngân Sơn"


def test_a_sentences_subject_after_a_comma_is_no_issuer():
    # (the clause after a comma names a body and nothing more before the verb, or it is no issuer's)
    text = _HEADERLESS_NOTICE.replace("Ủy ban nhân dân huyện Ngân Sơn thông báo", "thông báo")
    assert parse_text(text)[0].meta.issuer == ""
