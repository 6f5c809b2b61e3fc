"""Document fields of school and commune pages as crawled or saved from Word: draft and urgency marks around the
type word, a title line that opens with its type word in sentence case, a portal's post title over the document,
a header run onto one line, Markdown headings and tables, a legal database's metadata block. The snippets are
invented, written as such pages are."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text


def _meta(text: str, name: str = "page.txt"):
    return parse_text(text, name)[0].meta


HEADER = """UBND HUYỆN AN LẠC
TRƯỜNG TIỂU HỌC HÒA BÌNH
Số: 21/KH-THHB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 10 tháng 10 năm 2024

"""


def test_draft_plan_is_a_ke_hoach_and_its_subject_the_title():
    body = ("DỰ THẢO KẾ HOẠCH\nTổ chức Hội nghị viên chức năm học 2024-2025\n\nI. MỤC ĐÍCH\nNội dung.\n"
            "II. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ THÔNG TIN\nBÁO CÁO\n")
    meta = _meta(HEADER + body)
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Tổ chức Hội nghị viên chức năm học 2024-2025")
    assert meta.doc_number == "21/KH-THHB"


def test_urgency_mark_after_the_type_word_is_not_in_the_title():
    meta = _meta(HEADER.replace("21/KH-THHB", "05/TB-THHB")
                 + "THÔNG BÁO KHẨN\nVề việc phòng chống dịch bệnh trong trường học\n\nNhà trường thông báo.\n")
    assert (meta.doc_type, meta.title) == ("Thông báo", "Về việc phòng chống dịch bệnh trong trường học")
    meta = _meta(HEADER + "CÔNG ĐIỆN HỎA TỐC\nVề việc ứng phó với bão số 3\n\nNội dung.\n")
    assert (meta.doc_type, meta.title) == ("Công điện", "Về việc ứng phó với bão số 3")


def test_title_line_opening_with_the_type_word_in_sentence_case():
    meta = _meta(HEADER + "Kế hoạch tổ chức Hội nghị viên chức năm học 2024-2025\n"
                 "Căn cứ Thông tư số 11/2020/TT-BGDĐT ngày 19/5/2020 của Bộ Giáo dục và Đào tạo;\n")
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Tổ chức Hội nghị viên chức năm học 2024-2025")
    assert meta.issuer == "Trường Tiểu học Hòa Bình"


def test_a_body_sentence_under_the_header_is_no_title():
    meta = _meta(HEADER.replace("21/KH-THHB", "21/THHB") + "Kế hoạch của nhà trường được triển khai như sau:\n"
                 "1. Tổ chức hội nghị.\n")
    assert meta.title == ""


def test_portal_post_title_over_the_document_is_neither_issuer_nor_title():
    page = ("Kế hoạch thực hiện quy chế dân chủ năm học 2023 - 2024\nNgày đăng: 12/09/2023 | Lượt xem: 120\n"
            "PHÒNG GD&ĐT HUYỆN AN LẠC\nTRƯỜNG MẦM NON HOA SEN\nSố: 08/KH-MNHS\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Lạc, ngày 8 tháng 9 năm 2023\n"
            "KẾ HOẠCH\nThực hiện quy chế dân chủ trong trường học năm học 2023 - 2024\nCăn cứ Nghị định số 04/2015/NĐ-CP;\n")
    meta = _meta(page)
    assert meta.issuer == "Trường Mầm non Hoa Sen"
    assert meta.title == "Thực hiện quy chế dân chủ trong trường học năm học 2023 - 2024"
    assert (meta.doc_number, meta.place, meta.issued_date) == ("08/KH-MNHS", "An Lạc", "2023-09-08")


def test_a_school_portals_menu_post_title_and_post_time_over_the_header_are_passed_over():
    """A school's web page as a reader copies it: the portal's menu in capitals (`DANH MỤC`, `THỐNG KÊ TRUY CẬP`), the
    post's title in capitals (`KẾ HOẠCH NĂM HỌC …`, a kind line) and its time (`Thứ năm - 14/04/2022 10:57 | Số lần
    đọc: 807`) above the header: the issuer is the header's (it was empty: the post time stopped the header, or the
    post title after the menu ended it)."""
    header = ("  PHÒNG GD&ĐT DIỄN CHÂU             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              " TRƯỜNG MẦM NON DIỄN LIÊN                     Độc lập - Tự do - Hạnh phúc\n \n"
              "  Số: 21/KH-TMN                         Diễn Liên, ngày 10 tháng 9 năm 2021\n \n"
              "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG\nNĂM HỌC 2021 - 2022\n I. Căn cứ xây dựng kế hoạch\n")
    post = "KẾ HOẠCH NĂM HỌC 2021- 2022\n\nThứ năm - 14/04/2022 10:57 | Số lần đọc: 807\n\nKẾ HOẠCH NĂM HỌC 2021- 2022\n"
    for page in (post + header, "DANH MỤC\n\nTHỐNG KÊ TRUY CẬP\n\nHôm nay : 209\n\n" + post + header):
        meta = _meta(page)
        assert (meta.issuer, meta.doc_number, meta.issued_date) == ("Trường Mầm non Diễn Liên", "21/KH-TMN", "2021-09-10")


def test_a_post_title_over_a_plan_without_its_header_gives_neither_issuer_nor_a_longer_title():
    """A school's plan posted without its header: the post's title (`KẾ HOẠCH  HỘI NGHỊ NHÀ GIÁO, CÁN BỘ QUẢN LÝ, …`),
    then the plan's own `KẾ HOẠCH` and subject: `HỘI NGHỊ` is an event, no body (models/party_heads.tsv `not`: the
    issuer was `Bộ Quản lý, người lao động …`, read from `CÁN BỘ QUẢN LÝ`), and the subject stops at the type line
    alone (it ended in `… KẾ HOẠCH`)."""
    page = ("KẾ HOẠCH  HỘI NGHỊ NHÀ GIÁO, CÁN BỘ QUẢN LÝ, NGƯỜI LAO ĐỘNG NĂM HỌC 2021- 2022\n\nKẾ HOẠCH\n\n"
            " HỘI NGHỊ NHÀ GIÁO, CÁN BỘ QUẢN LÝ, NGƯỜI LAO ĐỘNG\n\nNĂM HỌC 2021- 2022\n\n \n\n"
            "          Căn cứ công văn số 2562/SGD&ĐT - BCĐ ngày 13 tháng  9 năm 2021 của Ban chỉ đạo thực hiện Qui chế dân "
            "chủ cơ sở ngành Giáo dục Quảng Ninh;\n\n          Trường THPT Hoàng Quốc Việt  xây dựng kế hoạch tổ chức Hội "
            "nghị nhà giáo, cán bộ quản lý, người lao động năm học 2021 – 2022 cụ thể như sau:\n\nI. Nguyên tắc\n")
    meta = _meta(page)
    assert meta.title == "HỘI NGHỊ NHÀ GIÁO, CÁN BỘ QUẢN LÝ, NGƯỜI LAO ĐỘNG NĂM HỌC 2021- 2022"
    assert meta.issuer == "Trường THPT Hoàng Quốc Việt"  # (the body sentence that draws it up)


def test_a_page_without_its_header_takes_its_type_from_the_issuers_own_sentence():
    """Pages that give a document's body only (a school's, a Sở's, a Phòng's post): the sentence in which the issuer
    says what it writes before the parts it announces (`… xây dựng Kế hoạch tổ chức … như sau:`, `Sở thông báo danh sách
    … như sau:`, `Phòng Giáo dục và Đào tạo hướng dẫn qui trình … như sau:`) gives the type (it was empty); a document
    cited by its number (`ban hành Kế hoạch số …`) gives none."""
    pages = {
        "Kế hoạch": "Thực hiện Kế hoạch hoạt động năm học 2017 – 2018, Trường Cao đẳng nghề Hải Dương xây dựng Kế hoạch tổ "
                    "chức Lễ kỷ niệm ngày Nhà giáo Việt Nam 20/11 như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
        "Thông báo": "Thực hiện Kế hoạch số 1180/KH-SGDĐT-GDTrH ngày 03/10/2013 của Sở Giáo dục và Đào tạo, Sở thông báo danh "
                     "sách giáo viên được tham gia thi dạy và kế hoạch chi tiết tổ chức thi dạy như sau:\nI. Danh sách\n",
        "Hướng dẫn": "Căn cứ Thông tư số 21/2010/TT-BGDĐT ngày 20 tháng 7 năm 2010 của Bộ Giáo dục và Đào tạo, Phòng Giáo dục và "
                     "Đào tạo hướng dẫn qui trình và hồ sơ tổ chức Hội thi như sau:\nI. QUI TRÌNH:\n",
        "": "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 05/01/2024, các đơn vị thực hiện như sau:\n1. Rà soát\n",
    }
    for doc_type, page in pages.items():
        assert _meta(page).doc_type == doc_type
    # (a long subject with a `;` of its own before `như sau:`, a women's union's plan posted without its header)
    assert _meta("Thực hiện Chương trình công tác Hội năm 2024, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch hướng dẫn "
                 "cấp Hội thực hiện nhiệm vụ Xây dựng gia đình ấm no, hạnh phúc, tiến bộ, văn minh; xây dựng môi trường "
                 "an toàn cho phụ nữ, trẻ em năm 2024 cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n").doc_type == "Kế hoạch"


def test_a_subject_typed_in_quotes_with_its_vv_loses_its_closing_quote():
    """`“V/v Triển khai đồng loạt Ngày Chủ nhật xanh 22/7/2018”` (a district Youth Union's letter, its header's cells
    flattened one a line): the quote that closes the subject is none of its words (the title ended in `”`)."""
    page = ("TỈNH ĐOÀN THANH HOÁ\nBCH ĐOÀN HUYỆN THỌ XUÂN\n***\nSố: 74-CV/ĐTN\n“V/v Triển\nkhai đồng loạt\nNgày Chủ nhật\n"
            "xanh 22/7/2018”\nĐOÀN TNCS HỒ CHÍ MINH\nThọ Xuân, ngày 17 tháng 7 năm 2018\n\nKính gửi: Các chi đoàn trực "
            "thuộc\n")
    assert _meta(page).title == "Triển khai đồng loạt Ngày Chủ nhật xanh 22/7/2018"


def test_header_run_onto_one_line():
    page = ("PHÒNG GD&ĐT HUYỆN AN LẠC TRƯỜNG THCS BÌNH MINH Số: 15/KH-THCSBM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc An Lạc, ngày 5 tháng 9 năm 2024 KẾ HOẠCH Thực hiện quy chế dân chủ năm học "
            "2024-2025 Căn cứ Nghị định số 04/2015/NĐ-CP; Trường THCS Bình Minh xây dựng kế hoạch như sau: "
            "I. MỤC ĐÍCH, YÊU CẦU - Phát huy quyền làm chủ.\n")
    meta = _meta(page)
    assert meta.issuer == "Trường THCS Bình Minh"
    assert (meta.doc_number, meta.doc_type) == ("15/KH-THCSBM", "Kế hoạch")
    assert (meta.place, meta.issued_date) == ("An Lạc", "2024-09-05")
    assert meta.title == "Thực hiện quy chế dân chủ năm học 2024-2025"


def test_header_run_onto_one_line_without_a_number():
    page = ("UBND XÃ TÂN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Tân Phú, ngày 2 tháng 3 "
            "năm 2025 KẾ HOẠCH Tuyên truyền phòng chống dịch bệnh năm 2025 Thực hiện chỉ đạo của Ủy ban nhân dân "
            "huyện, Ủy ban nhân dân xã xây dựng kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU - Nâng cao nhận thức. "
            "II. NỘI DUNG 1. Tuyên truyền trên loa. III. TỔ CHỨC THỰC HIỆN Giao văn hóa xã chủ trì.\n")
    doc = parse_text(page, "page.txt")[0]
    assert (doc.meta.place, doc.meta.issued_date, doc.meta.doc_type) == ("Tân Phú", "2025-03-02", "Kế hoạch")
    assert doc.meta.title == "Tuyên truyền phòng chống dịch bệnh năm 2025"
    assert [(s.section_id, s.heading) for s in doc.sections] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"), ("II", "NỘI DUNG"), ("II.1", "Tuyên truyền trên loa"), ("III", "TỔ CHỨC THỰC HIỆN")]


def test_markdown_heading_naming_the_letter_by_number_leaves_the_subject_to_vv():
    page = ("# CÔNG VĂN SỐ 12/UBND-VP\n\nUBND XÃ TÂN PHÚ\nSố: 12/UBND-VP\nV/v tổ chức lấy ý kiến nhân dân\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Phú, ngày 1 tháng 4 năm 2025\n"
            "Kính gửi: Các thôn trên địa bàn xã\n")
    meta = _meta(page, "page.md")
    assert (meta.doc_type, meta.doc_number) == ("Công văn", "12/UBND-VP")
    assert meta.title == "tổ chức lấy ý kiến nhân dân"


def test_markdown_table_header_and_hash_type_line():
    page = ("| UBND XÃ TÂN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 45/KH-UBND | Độc lập - Tự do - Hạnh phúc |\n| | Tân Phú, ngày 15 tháng 3 năm 2025 |\n\n"
            "## KẾ HOẠCH\n\n**Thực hiện công tác dân vận năm 2025**\n\n### I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n")
    doc = parse_text(page, "page.md")[0]
    assert (doc.meta.issuer, doc.meta.doc_number) == ("UBND xã Tân Phú", "45/KH-UBND")
    assert (doc.meta.doc_type, doc.meta.title) == ("Kế hoạch", "Thực hiện công tác dân vận năm 2025")
    assert [s.section_id for s in doc.sections] == ["I", "I.1"]


def test_legal_database_metadata_block_before_the_header():
    page = ("Số hiệu: 35/KH-UBND\nLoại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Bắc Nam\nNgười ký: Trần Văn Minh\n"
            "Ngày ban hành: 10/03/2024\nNgày hiệu lực: Đã biết\nTình trạng: Đã biết\n\n"
            "ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "---------------\nSố: 35/KH-UBND\nBắc Nam, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
            "THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2024\n\nI. MỤC ĐÍCH\n")
    meta = _meta(page)
    assert meta.issuer == "Ủy ban nhân dân tỉnh Bắc Nam"
    assert (meta.doc_number, meta.doc_type, meta.issued_date) == ("35/KH-UBND", "Kế hoạch", "2024-03-10")
    assert meta.title == "THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2024"


def test_portal_post_title_in_capitals_above_the_header_gives_way_to_the_documents_own():
    page = ("KẾ HOẠCH THỰC HIỆN QUY CHẾ DÂN CHỦ NĂM HỌC 2023-2024\nPHÒNG GD&ĐT HUYỆN AN LẠC\nTRƯỜNG MẦM NON HOA SEN\n"
            "Số: 08/KH-MNHS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "An Lạc, ngày 8 tháng 9 năm 2023\nKẾ HOẠCH\nThực hiện quy chế dân chủ trong trường học năm học 2023 - 2024\n"
            "Căn cứ Nghị định số 04/2015/NĐ-CP;\n")
    meta = _meta(page)
    assert meta.issuer == "Trường Mầm non Hoa Sen"
    assert meta.title == "Thực hiện quy chế dân chủ trong trường học năm học 2023 - 2024"


def test_portal_post_date_line_does_not_end_the_header_before_its_issuer():
    page = ("THÔNG BÁO\nLịch tiếp công dân tháng 10 năm 2024\nĐăng ngày 01/10/2024\nỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\n"
            "Số: 88/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Tân Phú, ngày 1 tháng 10 năm 2024\nTHÔNG BÁO\n"
            "Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã tháng 10 năm 2024\n"
            "Ủy ban nhân dân xã thông báo lịch tiếp công dân như sau:\n")
    meta = _meta(page)
    assert (meta.issuer, meta.doc_number, meta.doc_type) == ("Ủy ban nhân dân xã Tân Phú", "88/TB-UBND", "Thông báo")
    assert meta.title == "Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã tháng 10 năm 2024"


def test_number_written_on_the_type_line_leaves_the_subject_to_the_next_lines():
    page = ("PHÒNG GD&ĐT HUYỆN AN LẠC\nTRƯỜNG THCS BÌNH MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nAn Lạc, ngày 5 tháng 9 năm 2024\nKẾ HOẠCH Số: 15/KH-THCSBM\n"
            "Thực hiện quy chế dân chủ\nnăm học 2024 - 2025\nI. MỤC ĐÍCH\n")
    meta = _meta(page)
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Thực hiện quy chế dân chủ năm học 2024 - 2025")


def test_page_without_a_header_titled_by_its_first_line():
    page = ("Kế hoạch tổ chức Hội nghị viên chức năm học 2024-2025\nCăn cứ Thông tư số 11/2020/TT-BGDĐT;\n"
            "Trường THCS Bình Minh xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    meta = _meta(page)
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Tổ chức Hội nghị viên chức năm học 2024-2025")
    # a sentence is no title
    meta = _meta("Kế hoạch này được phổ biến đến toàn thể viên chức.\nI. MỤC ĐÍCH\n")
    assert (meta.doc_type, meta.title) == ("", "")


def test_text_of_blank_lines_or_a_date_alone_ends():
    # the first-line title search walks blank lines to the text's end and stops there
    assert _meta("  \n\n \n").title == ""
    assert _meta("An Lạc, ngày 5 tháng 9 năm 2024").title == ""


# A school's rule posted as one line (an undated draft: no number, no place and date), its chapters and articles
# run on after the header; invented names, laid out as such pages are.
FLAT_RULE = (
    "PHÒNG GD&ĐT AN LẠC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG THCS HÒA BÌNH Độc lập – Tự do – Hạnh phúc "
    "QUY CHẾ THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA NHÀ TRƯỜNG Trường THCS Hòa Bình (Dự thảo trình hội nghị viên "
    "chức ngày 20 tháng 9 năm 2024) Chương I NHỮNG QUY ĐỊNH CHUNG Điều 1 . Phạm vi điều chỉnh 1.1 Quy chế này "
    "quy định việc thực hiện dân chủ trong hoạt động của nhà trường theo quy định tại Điều 5. Luật Thực hiện dân "
    "chủ ở cơ sở 1.2 Cán bộ, giáo viên, nhân viên thực hiện quy chế này Điều 2. Nguyên tắc thực hiện 2.1 Bảo "
    "đảm sự lãnh đạo của Chi bộ 2.2 Công khai, minh bạch Chương II TRÁCH NHIỆM CỦA HIỆU TRƯỞNG Điều 3 . "
    "Trách nhiệm của Hiệu trưởng 3.1 Hiệu trưởng chịu trách nhiệm tổ chức thực hiện quy chế\n")


def test_a_rule_posted_as_one_line_keeps_its_header_fields():
    meta = _meta(FLAT_RULE)
    assert (meta.issuer, meta.issuer_parent) == ("Trường THCS Hòa Bình", "Phòng GD&ĐT An Lạc")
    assert meta.doc_type == "Quy chế"


def test_a_rule_posted_as_one_line_has_its_chapters_articles_and_points():
    sections = parse_text(FLAT_RULE, "quy-che.txt")[0].sections
    ids = [s.section_id for s in sections]
    assert ids[:2] == ["Chương I", "Chương I.Điều 1"]
    assert "Chương II.Điều 3" in ids and "Chương I.Điều 2" in ids
    headings = {s.section_id: s.heading for s in sections}
    assert headings["Chương I.Điều 1"] == "Phạm vi điều chỉnh"
    assert headings["Chương II"] == "TRÁCH NHIỆM CỦA HIỆU TRƯỞNG"
    # `tại Điều 5.` inside a sentence opens no article
    assert not any(i.endswith("Điều 5") for i in ids)


def test_a_department_named_by_its_field_keeps_its_place_capitalised():
    from pipeline.frame_header import org_title_case
    assert org_title_case("PHÒNG GD&ĐT AN LẠC") == "Phòng GD&ĐT An Lạc"
    assert org_title_case("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO AN LẠC") == "Phòng Giáo dục và Đào tạo An Lạc"
    assert org_title_case("PHÒNG GD&ĐT HUYỆN AN LẠC") == "Phòng GD&ĐT huyện An Lạc"
    assert org_title_case("SỞ GIÁO DỤC VÀ ĐÀO TẠO") == "Sở Giáo dục và Đào tạo"


# A legal database's page copied from its two-column header table, each column wrapped narrow (`CỘNG` ⏎ `HÒA …`,
# `Hòa` ⏎ `Bình, ngày …`); invented names.
NARROW_COLUMNS = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 41/KH-UBND
|
Hòa
Bình, ngày 11 tháng 3
năm 2024
|
KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2024
Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;
"""


def test_a_motto_and_a_place_wrapped_in_narrow_columns():
    meta = _meta(NARROW_COLUMNS)
    assert meta.issuer == "Ủy ban nhân dân tỉnh Hòa Bình"
    assert (meta.place, meta.issued_date) == ("Hòa Bình", "2024-03-11")
    assert meta.title == "TRIỂN KHAI THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ NĂM 2024"


def test_an_attached_rules_note_wrapped_under_its_title_is_not_the_title():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\n"
            "QUY CHẾ LÀM\nVIỆC\nCỦA ỦY BAN NHÂN DÂN XÃ AN PHÚ NHIỆM KỲ 2021 - 2026\n(Ban hành\n"
            "kèm theo Quyết định số: 15/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã An Phú)\n"
            "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n")
    meta = _meta(text)
    assert meta.doc_type == "Quy chế"
    assert meta.title == "LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ AN PHÚ NHIỆM KỲ 2021 - 2026"


def test_a_school_label_and_a_name_run_onto_the_number_line():
    # `TRƯỜNG: THCS …` typed as a form's label; the school's name wrapped onto the line of its number, and the
    # title in capitals right under a date line that also holds the type (a page saved from a PDF viewer)
    meta = _meta("PHÒNG GD&ĐT AN LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTRƯỜNG: THCS HÒA BÌNH Độc lập- Tự do- Hạnh phúc\n\n"
                 "BÁO CÁO\nKết quả thực hiện công tác xây dựng trường học an toàn\nNăm học 2023-2024\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n")
    assert (meta.issuer, meta.issuer_parent) == ("Trường THCS Hòa Bình", "Phòng GD&ĐT An Lạc")
    meta = _meta("SỞ GD&ĐT AN GIANG TRƯỜNG THPT CHUYÊN\n\nTHỦ KHOA NGHĨA Số: …/KH-TKN\n\n"
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\n"
                 "Châu Đốc, ngày 15 tháng 9 năm 2024 DỰ THẢO KẾ HOẠCH\n\n"
                 "HOẠT ĐỘNG TRẢI NGHIỆM NĂM HỌC 2024 – 2025\n\nCăn cứ Điều lệ trường trung học;\n")
    assert (meta.issuer, meta.issuer_parent) == ("Trường THPT Chuyên Thủ Khoa Nghĩa", "Sở GD&ĐT An Giang")
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "HOẠT ĐỘNG TRẢI NGHIỆM NĂM HỌC 2024 – 2025")


def test_a_document_sites_preview_with_inline_html_tags():
    """A school plan as a document-sharing site previews it: the header's lines and the type and title wrapped in `<b>`
    and `<i>` (the site's text kept the tags). The tags are blanked in place: issuer, type and title are read as from
    the plain page, and the plan's headings are found; a table row's tags are left to the table."""
    text = ("PHÒNG GD&ĐT KRÔNG NÔ <b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>\n\n<b>TRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN</b> "
            "<b>Độc lập – Tự do – Hạnh phúc</b>\n\nSố: 12/KH-THTQT\n\n<i>Tân Thành, ngày 15 tháng 9 năm 2012</i>\n"
            "<b>KẾ HOẠCH</b>\n\n<b>Kiểm tra nội bộ trường học năm học 2012 – 2013</b>\n\n"
            "<b>I. CĂN CỨ XÂY DỰNG KẾ HOẠCH</b>\n- Căn cứ kế hoạch năm học của nhà trường.\n"
            "<b>II. NỘI DUNG KIỂM TRA</b>\n1. Kiểm tra hoạt động sư phạm của giáo viên.\n")
    doc = parse_text(text, "preview.txt")[0]
    assert (doc.meta.issuer, doc.meta.doc_type, doc.meta.title) == (
        "Trường Tiểu học Trần Quốc Toản", "Kế hoạch", "Kiểm tra nội bộ trường học năm học 2012 – 2013")
    assert [(s.section_id, s.heading) for s in doc.sections][:2] == [("I", "CĂN CỨ XÂY DỰNG KẾ HOẠCH"),
                                                                      ("II", "NỘI DUNG KIỂM TRA")]


def test_a_scrapers_literal_line_breaks_at_each_lines_start_are_blanked():
    """A university's notice as a scraper saved it: each line opens with the four characters `\\r\\n` (a JSON escape kept
    as text), which hid every list marker and the signer's name. Blanked, the items are sections again."""
    lines = ["Ban Giám hiệu thống nhất kế hoạch nghỉ Tết âm lịch Tân Mão 2011 như sau:", "",
             "1. Đối với giảng viên và sinh viên", "Nghỉ Tết từ ngày 31/01/2011 đến hết ngày 13/02/2011.", "",
             "2. Đối với cán bộ khối hành chính", "Nghỉ Tết từ ngày 31/01/2011 đến hết ngày 08/02/2011."]
    text = "\n".join("\\r\\n  " + line if line else "\\r\\n" for line in lines) + "\n"
    doc = parse_text(text, "thong_bao.txt")[0]
    assert [(s.section_id, s.heading) for s in doc.sections] == [("1", "Đối với giảng viên và sinh viên"),
                                                                  ("2", "Đối với cán bộ khối hành chính")]


def test_a_plans_type_line_and_title_win_over_a_vv_line_its_header_carries():
    """A school's plan whose header carries a letter's `V/v` line over its own `KẾ HOẠCH` and title (as some schools type
    the plan's form): the document is the plan, titled by the line under its type line, not by the shorter `V/v`."""
    text = ("PHÒNG GD&ĐT KRÔNG NÔ\nTRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN\nSố: 15/KH-THTQT\nV/v Kiểm tra nội bộ trường học\n"
            "Tân Thành, ngày 20 tháng 9 năm 2012\nKẾ HOẠCH\n"
            "Kiểm tra nội bộ trường tiểu học Trần Quốc Toản năm học 2012 – 2013\n"
            "- Căn cứ Kế hoạch năm học 2012 – 2013 của nhà trường.\nI. MỤC ĐÍCH, YÊU CẦU\n")
    meta = _meta(text)
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Kiểm tra nội bộ trường tiểu học Trần Quốc Toản năm học 2012 – 2013")


@pytest.mark.parametrize("line, place, date", [("Tân Thành, Ngày tháng năm 2012", "Tân Thành", ""),
                                               ("Tân Thành, Ngày 20 Tháng 9 Năm 2012", "Tân Thành", "2012-09-20")])
def test_the_place_date_line_typed_with_capitals(line, place, date):
    """`Tân Thành, Ngày tháng năm 2012` (the day and month left blank to be written in when signed) and `Ngày 20 Tháng 9
    Năm 2012`: a school types the date line's words in capitals; the place was lost."""
    meta = _meta("PHÒNG GD&ĐT KRÔNG NÔ\nTRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN\nSố: 15/KH-THTQT\n" + line +
                 "\nKẾ HOẠCH\nKiểm tra nội bộ năm học 2012 – 2013\n")
    assert (meta.place, meta.issued_date) == (place, date)


def test_a_date_line_read_far_from_its_header_is_the_documents_date():
    # fresh_10's letter scanned (the probe of scans): Tesseract read the header's columns as blocks, the right one's
    # date line landing after the body's first lines; main left place and date empty
    meta = _meta("TRUNG TÂM THÔNG TIN VÀ CHƯƠNG TRÌNH GIÁO DỤC\nSố: 79/TTTT-CTGD\n"
                 "V/v lịch bồi dưỡng các lớp STEM tháng 12/2025\nKính gửi: Thủ trưởng các cơ sở giáo dục\n"
                 "Thực hiện Kế hoạch số 1234/KH-SGDĐT ngày 15/8/2025 của Sở Giáo dục và Đào tạo về bồi dưỡng thường "
                 "xuyên cán bộ quản lý, giáo viên năm học 2025-2026; nhằm nâng cao năng lực tổ chức dạy học theo định "
                 "hướng giáo dục STEM cho giáo viên các cấp học, Trung tâm Thông tin và Chương trình giáo dục tổ chức "
                 "các lớp bồi dưỡng phương pháp dạy học STEM tháng 12/2025 như sau:\n"
                 "1. Thời lượng và thời gian tổ chức khóa bồi dưỡng\n"
                 "- Thời lượng: 02 ngày, học trực tuyến trên hệ thống của Trung tâm, giáo viên đăng ký theo đơn vị "
                 "công tác và nhận tài khoản học tập qua thư điện tử của nhà trường trước ngày khai giảng.\n"
                 "- Nội dung: phương pháp dạy học STEM, thiết kế bài học STEM, tổ chức hoạt động trải nghiệm STEM, "
                 "đánh giá năng lực học sinh trong giáo dục STEM ở trường phổ thông.\n"
                 "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025\n- Các lớp khai giảng ngày 13/12/2025.\n")
    assert (meta.place, meta.issued_date) == ("Thành phố Hồ Chí Minh", "2025-11-19")


def test_a_school_code_typed_apart_ends_the_number_line():
    # a high school's plan (held-out): `Số: 176 /KH - THPT HQV` — the school's code `THPTHQV` typed in two; main cut the
    # number at `THPT`. A place in capitals after a dash keeps its marks and is no code (`- HÀ NỘI`).
    meta = _meta("SỞ GD&ĐT HÀ NỘI\nTRƯỜNG THPT HOÀNG QUỐC VIỆT\nSố: 176 /KH - THPT HQV\nHà Nội, ngày 10 tháng 3 năm 2021\n"
                 "KẾ HOẠCH\nTổ chức kỳ thi khảo sát chất lượng đội tuyển\n")
    assert meta.doc_number == "176/KH-THPTHQV"
    assert _meta("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 12/KH-UBND - HÀ NỘI\nKẾ HOẠCH\nKhảo sát\n").doc_number == \
        "12/KH-UBND"
    # the same code before the date column of a header laid out in spaces (a Bạc Liêu school's plan, held-out): it
    # was cut at `THCS`
    meta = _meta("PHÒNG GD&ĐT PHƯỚC LONG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "TRƯỜNG THCS XÃ PHƯỚC LONG                     Độc lập - Tự do - Hạnh phúc\n"
                 " Số: 140 /KH-THCS PL                              Phước Long, ngày 26 tháng 9 năm 2020\n"
                 "KẾ HOẠCH\nTự kiểm tra nội bộ năm học 2020 - 2021\n")
    assert (meta.doc_number, meta.place) == ("140/KH-THCSPL", "Phước Long")


def test_a_plans_subject_naming_the_document_it_carries_out_is_its_title():
    # a commune's plan: `KẾ HOẠCH` ⏎ `Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023` ⏎ `của Ban Thường vụ Tỉnh ủy về
    # chuyển đổi số` — main read the subject as a preamble's basis (`Thực hiện … số`) and left the title empty; a
    # preamble's basis running on after its comma into the issuer's clause is still none
    meta = _meta(HEADER + "KẾ HOẠCH\nThực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023\ncủa Ban Thường vụ Tỉnh ủy về "
                 "chuyển đổi số đến năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nNội dung.\n")
    assert meta.title == "Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số đến năm 2025"
    meta = _meta(HEADER + "KẾ HOẠCH\nThực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND huyện, Trường Tiểu học "
                 "Hòa Bình xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\nNội dung.\n")
    assert not meta.title.startswith("Thực hiện Kế hoạch số 15")


def test_a_drafts_mark_in_the_header_is_no_part_of_the_issuer():
    # A high school's draft plan as posted (held-out shape): `TRƯỜNG THPT ĐÔNG MỸ` ⏎⏎ `DỰ THẢO` ⏎⏎ `KẾ HOẠCH` — the issuer
    # was `Trường THPT Đông Mỹ Dự Thảo`.
    meta = _meta("SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI\n\nTRƯỜNG THPT ĐÔNG MỸ\n\nDỰ THẢO\n\nKẾ HOẠCH\n"
                 "TỔ CHỨC TẾT TRUNG THU CHO HỌC SINH NĂM HỌC 2025 - 2026\n")
    assert (meta.issuer, meta.issuer_parent) == ("Trường THPT Đông Mỹ", "Sở Giáo dục và Đào tạo Hà Nội")


def test_a_youth_unions_executive_committee_heads_its_plan():
    # A school Youth Union's plan (held-out shape, Hà Giang 2014): `BCH HUYỆN ĐOÀN YÊN MINH` ⏎ `BCH TRƯỜNG THPT MẬU DUỆ`;
    # no issuer was read (`BCH` opened no body's name in a header).
    meta = _meta("BCH HUYỆN ĐOÀN YÊN MINH\nBCH TRƯỜNG THPT MẬU DUỆ\n***\nSố: 05/KHVN – ĐTN\n\nĐOÀN TNCS HỒ CHÍ MINH\n\n"
                 "Mậu Duệ, ngày 31 tháng 10 năm 2014\n\nKẾ HOẠCH\nTổ chức Hội thi văn nghệ chào mừng ngày Nhà giáo Việt Nam\n")
    assert (meta.issuer, meta.issuer_parent) == ("BCH Trường THPT Mậu Duệ", "BCH huyện Đoàn Yên Minh")


def test_a_departments_standard_name_after_its_province_on_one_line():
    # A Sở's letter copied as one line (held-out shape, Sơn La 2018): `UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ …`
    # — the segmenter reads `sơn la sở` as one word, so the Sở was no body of its own (issuer `UBND tỉnh Sơn La Sở …`).
    meta = _meta("UBND TỈNH SƠN LA SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 424/SGDĐT-TĐKT Sơn La, "
                 "ngày 05 tháng 5 năm 2018 Độc lập - Tự do - Hạnh phúc V/v hướng dẫn tổng kết công tác thi đua khen thưởng "
                 "năm học 2017-2018 Kính gửi: - Phòng giáo dục đào tạo huyện, thành phố;\n")
    assert (meta.issuer, meta.issuer_parent) == ("Sở Giáo dục và Đào tạo", "UBND tỉnh Sơn La")


@pytest.mark.parametrize("header_line, parent", [
    # a school portal's copy flattening the header's two cells onto one line, or gluing the school's head to its
    # neighbours (written as such pages show them)
    ("PHÒNG GDĐT BẮC TÂN UYÊN TRƯỜNG TIỂU HỌC TÂN LẬP", "Phòng GDĐT Bắc Tân Uyên"),
    ("PHÒNG GDĐT BẮC TÂN UYÊNTRƯỜNG TIỂU HỌC TÂN LẬP", "Phòng GDĐT Bắc Tân Uyên"),
    ("PHÒNG GD-ĐT CAM LÂM\n\n  TRƯỜNGTIỂU HỌC TÂN LẬP", "Phòng GD-ĐT Cam Lâm"),
])
def test_a_schools_head_flattened_or_glued_onto_its_parents_line_opens_the_issuer(header_line, parent):
    meta = _meta(header_line + "\n\nSố: 141/KH-THTL\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "Tân Lập, ngày 15 tháng 11 năm 2016\n\nKẾ HOẠCH\nTổ chức Hội thi Viết chữ đẹp cấp trường\n"
                 "I. MỤC ĐÍCH, YÊU CẦU\nRèn luyện chữ viết cho học sinh.\n")
    assert (meta.issuer, meta.issuer_parent) == ("Trường Tiểu học Tân Lập", parent)


def test_a_steering_committees_header_with_its_head_abbreviated_names_the_issuer():
    # a commune's steering committee types its head abbreviated, the Party's motto beside it flattened between its two
    # lines (written as such headers are; BCĐ = Ban Chỉ đạo)
    meta = _meta("BCĐ XÂY DỰNG NÔNG THÔN MỚI\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nXÃ NHÂN KHANG\nSố: 01 -KH/BCĐ\n"
                 "Nhân Khang, ngày 10 tháng 3 năm 2016\n\nKẾ HOẠCH\nXây dựng nông thôn mới giai đoạn 2016-2020\n"
                 "I. MỤC ĐÍCH, YÊU CẦU\nHuy động sức mạnh của cả hệ thống chính trị.\n")
    assert meta.issuer == "BCĐ xây dựng nông thôn mới xã Nhân Khang"


def test_a_header_table_flattened_with_its_ornaments_still_names_the_school():
    # a web copy of a Word header table: both cells on one line, each closed by the typist's `---o0o---` ornament
    page = ("UBND QUẬN AN LẠC TRƯỜNG MN HOA SEN ----------o0o----------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
            "Tự do - Hạnh phúc -------------o0o------------ |\nAn Lạc, ngày 10 tháng 8 năm 2023\nKẾ HOẠCH\n"
            "PHÒNG CHỐNG DỊCH SỐT XUẤT HUYẾT\nNĂM HỌC: 2023-2024\n")
    meta = _meta(page)
    # (before: no issuer, the ornament's `o0o` read as a word of the school's name)
    assert (meta.issuer, meta.issuer_parent) == ("Trường MN Hoa Sen", "UBND quận An Lạc")


def test_a_header_copied_as_one_line_names_the_body_between_the_mottos_lines():
    # a web copy of a two-column header as one line: left column's first line, the country's name, the left column's
    # second line glued to it, the motto's second line (written as such pages run; MG = mẫu giáo)
    page = ("PHÒNG GD- ĐT AN LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMTRƯỜNG MG HÒA BÌNH Độc lập – Tự do –Hạnh phúc\n"
            "Số: 456 /BC-MGHB Hòa Bình, ngày 12 tháng 12 năm 2022\nBÁO CÁO SƠ KẾT\n"
            "THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ HỌC KÌ I\nNĂM HỌC 2022- 2023\n"
            "Căn cứ vào tình hình thực tế Trường Mẫu giáo Hòa Bình báo cáo như sau:\n")
    meta = _meta(page)
    # (before: the office above the school, the school's line lost after the country's name)
    assert (meta.issuer, meta.issuer_parent) == ("Trường MG Hòa Bình", "Phòng GD- ĐT An Lạc")
    assert (meta.doc_type, meta.doc_number, meta.issued_date) == ("Báo cáo", "456/BC-MGHB", "2022-12-12")


def test_two_bodies_of_the_left_column_set_on_one_line_apart_are_the_issuer_under_its_parent():
    # a city education office's admission plan as its page gives it (held-out shape): the left column's two lines on
    # one, a wide gap between (before: the city's committee was the issuer, the office lost)
    meta = _meta("UBND THÀNH PHỐ AN LẠC    PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                 "Độc lập – Tự do – Hạnh phúc\n\nSố: 1106 /KH-GDĐT\n\nAn Lạc, ngày 23  tháng 6  năm 2023\n\nKẾ HOẠCH\n\n"
                 "Tuyển sinh mầm non năm học 2023 - 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert (meta.issuer, meta.issuer_parent) == ("Phòng Giáo dục và Đào tạo", "UBND thành phố An Lạc")


def test_a_subjects_school_year_wrapped_onto_a_line_of_its_own_stays_in_the_subject():
    # a city education department's letter (held-out shape): `V/v: Tuyển sinh vào lớp 6 năm học` ⏎ `2015 – 2016` (a line
    # of figures was read as one in capitals, which ends a subject in sentence case: the title lost its years)
    meta = _meta("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ AN LẠC\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 4840/SGD&ĐT-QLT\n\nV/v: Tuyển sinh "
                 "vào lớp 6 năm học\n2015 – 2016\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                 "An Lạc, ngày 17 tháng 4 năm 2015\n\nKính gửi: Phòng Giáo dục và Đào tạo các quận, huyện\n")
    assert (meta.doc_type, meta.title) == ("Công văn", "Tuyển sinh vào lớp 6 năm học 2015 – 2016")


def test_a_date_line_without_its_comma_after_a_number_left_blank():
    # a school's epidemic plan (held-out shape): `Số: …./KH-TVD      Ea Drông ngày 31 tháng 01 năm 2020` (the number's
    # blank made no number and symbol before the place: no place, no date)
    meta = _meta("PHÒNG GD&ĐT THỊ XÃ AN PHÚ             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THCS BÌNH MINH        "
                 "               Độc lập – Tự do – Hạnh phúc\n\nSố: …./KH-THCS                                    Ea Drông "
                 "ngày 31 tháng 01 năm 2020\n\nKẾ HOẠCH\nV/v phòng chống dịch bệnh viêm đường hô hấp cấp\n")
    assert (meta.place, meta.issued_date) == ("Ea Drông", "2020-01-31")


def test_a_decisions_subject_line_ending_on_the_issuers_name_is_no_enacting_line():
    # a ministry's decision (held-out shape): `VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI BỘ GIÁO DỤC VÀ ĐÀO TẠO` ⏎
    # `GIAI ĐOẠN 2021-2025` ⏎ `BỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO TẠO` (the subject's first line, ending on the issuer's
    # name, was read as the enacting line: no title)
    meta = _meta("BỘ\nGIÁO DỤC VÀ ĐÀO TẠO\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                 "|\nSố:\n3162/QĐ-BGDĐT\n|\nHà\nNội, ngày 22 tháng 10 năm 2020\n|\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ "
                 "HOẠCH PHÒNG, CHỐNG THIÊN TAI BỘ GIÁO DỤC VÀ ĐÀO TẠO\nGIAI ĐOẠN 2021-2025\nBỘ TRƯỞNG BỘ GIÁO DỤC VÀ ĐÀO "
                 "TẠO\nCăn cứ Luật phòng, chống thiên tai\nsố 33/2013/QH13 ngày 19/6/2013;\n")
    assert (meta.doc_type, meta.title) == (
        "Quyết định", "VỀ VIỆC BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI BỘ GIÁO DỤC VÀ ĐÀO TẠO GIAI ĐOẠN 2021-2025")


def test_a_notice_of_the_commune_typed_with_whose_it_is_and_a_header_without_the_level():
    # a commune's notice (held-out shape): `ỦY BAN NHÂN DÂN` ⏎⏎ `TÙNG CHÂU` (its level left out: the place was lowered,
    # `Ủy ban nhân dân tùng châu`) and `THÔNG BÁO CỦA UBND XÃ` ⏎ `Về việc …` (the title was `CỦA UBND XÃ`)
    meta = _meta("ỦY BAN NHÂN DÂN\n\nTÙNG CHÂU\n\n \n\n   Số: 06/TB -UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                 "Độc lập – Tự do – Hạnh phúc\n\nTùng Châu, ngày 21 tháng 02 năm 2022\n\nTHÔNG BÁO CỦA UBND XÃ\n\n"
                 "Về việc phòng chống đói rét cho đàn gia súc gia cầm\n\n Kính gửi: Toàn thể cán bộ và bà con nhân dân\n")
    assert (meta.issuer, meta.doc_type, meta.title) == (
        "Ủy ban nhân dân Tùng Châu", "Thông báo", "Về việc phòng chống đói rét cho đàn gia súc gia cầm")


def test_a_portal_line_of_the_number_and_its_date_without_a_place():
    page = ("Công văn số 550/SGDĐT-GDTX: V/v hướng dẫn tổ chức Ngày Sách Việt Nam lần thứ 4\n\nIn\n\n"
            "Thứ ba, 18 Tháng 4 2017 15:04\n\nGDTX\n\nSố: 550/SGDĐT-GDTX, ngày 14 tháng 4 năm 2017\n\nKính gửi:\n"
            "  - Phòng Giáo dục và Đào tạo các huyện, thành phố;\n  - Các đơn vị trực thuộc Sở.\n")
    meta = _meta(page)
    # (before: no date, the line having no place before its `ngày`)
    assert (meta.doc_number, meta.issued_date) == ("550/SGDĐT-GDTX", "2017-04-14")


def test_a_sharing_sites_preview_with_its_summary_above_and_page_marks_glued():
    # a document-sharing site's preview: its summary (the body's first paragraph) over the header, and the page's
    # number glued to the header's first line
    page = ("Thực hiện hướng dẫn số 576HDGDĐT ngày 14 tháng 9 năm 2017 của Phòng GDĐT An Lạc về việc Hướng dẫn thực "
            "hiện nhiệm vụ giáo dục trung học năm học 20172018 cụ thể như sau:\nTrang 1PHÒNG GD&ĐT AN LẠC\n"
            "TRƯỜNG THCS AN PHÚ\nSố: /KH-THCS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do- Hạnh phúc\n"
            "An Phú, ngày 26 tháng 9 năm 2017\nKẾ HOẠCH Bồi dưỡng học sinh giỏi năm học 2017-2018\n"
            "Thực hiện hướng dẫn số 576/HD-GD&ĐT ngày 14 tháng 9 năm 2017 của Phòng GD&ĐT An Lạc;\n")
    meta = _meta(page)
    # (before: no issuer and the type `Hướng dẫn`: the summary's `Thực hiện` was taken for the body's start)
    assert (meta.issuer, meta.issuer_parent, meta.doc_type) == ("Trường THCS An Phú", "Phòng GD&ĐT An Lạc", "Kế hoạch")


def test_a_post_that_tells_of_the_issuing_names_the_document_it_shows():
    page = ("image banner\nHướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật năm 2020\n"
            "Ngày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc hướng dẫn thực hiện công tác phổ "
            "biến, giáo dục pháp luật năm 2020, cụ thể như sau:\n\nThực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 "
            "của Bộ Tư pháp về việc hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật năm 2020, Sở Tư pháp "
            "hướng dẫn một số nội dung như sau:\n")
    document = parse_text(page, "page.txt")[0]
    meta = document.meta
    # (before: no number, date nor issuer, and the page's own letter cited by itself)
    assert (meta.doc_type, meta.doc_number, meta.issued_date, meta.issuer) == \
        ("Văn bản", "473/STP-PBGDPL", "2020-03-25", "Sở Tư pháp")
    assert [c.number_symbol for c in document.citations] == ["979/BTP-PBGDPL"]


@pytest.mark.parametrize("first_line, number, date", [
    ("Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo công tác CCHC quý III năm 2015.", "924/SNV-CCHC", "2015-09-07"),
    ("Công văn số 1238 ngày 8/11/2016 V/v báo cáo số liệu cải cách hành chính năm 2015-2016.", "1238", "2016-11-08"),
])
def test_a_posts_number_line_dated_in_figures_or_without_its_symbol(first_line, number, date):
    page = (f"{first_line}\n\nĐăng ngày: 08/11/2016 17:20:05\n\nKính gửi:\n– Thủ trưởng các Sở, Ban ngành,\n"
            "– Uỷ ban nhân dân các huyện, thành phố.\n\nĐể đánh giá chính xác tình hình thực hiện nhiệm vụ công tác cải "
            "cách hành chính, Sở Nội vụ đề nghị các sở, ban, ngành báo cáo về Sở Nội vụ trước ngày 20/11/2016.\n")
    meta = _meta(page)
    # (before: no date; the number without its symbol not read)
    assert (meta.doc_number, meta.issued_date) == (number, date)


def test_a_portals_menu_lines_then_the_issuing_told_with_its_addressees_and_its_date_again():
    # a town's portal: its menu and post title over the news of the issuing, which names the letter's addressees after
    # its subject (`… gửi Thủ trưởng các cơ quan …`); a ward's post writes the plan's date again after its number
    page = ("Skip Ribbon Commands\nSkip to main content\n\nTạm dừng tiếp công dân trên địa bàn thị xã Duy Tiên\n\n"
            "Thông tin cần biết  \nTạm dừng tiếp công dân trên địa bàn thị xã Duy Tiên\n"
            "Ngày 05/10/2021, UBND thị xã Duy Tiên ban hành Công văn số 1067/UBND-VP về việc tạm dừng tiếp công dân "
            "trên địa bàn thị xã Duy Tiên gửi Thủ trưởng các cơ quan, ban, ngành thuộc thị xã; Chủ tịch Ủy ban nhân dân "
            "các xã, phường.\n\nNội dung Công văn cụ thể như sau:\n\nThực hiện Văn bản số 1070/UBND-NC ngày 06 tháng 5 "
            "năm 2021 của Ủy ban nhân dân tỉnh Hà Nam về việc tạm dừng tiếp công dân trên địa bàn tỉnh Hà Nam.\n")
    document = parse_text(page, "page.txt")[0]
    meta = document.meta
    # (before: nothing read, five lines stood above the news; and the page's own letter cited by itself)
    assert (meta.doc_type, meta.doc_number, meta.issued_date, meta.issuer, meta.title) == \
        ("Công văn", "1067/UBND-VP", "2021-10-05", "UBND thị xã Duy Tiên",
         "tạm dừng tiếp công dân trên địa bàn thị xã Duy Tiên")
    assert [c.number_symbol for c in document.citations] == ["1070/UBND-NC"]
    ward = _meta("Tìm kiếm tin tức\nLiên kết website\nke hoach ra quân thực hiện ngày chủ nhật xanh\nNgày cập nhật "
                 "20/07/2020\n\nNgày 17/06/2020 UBND phường Hương An ban hành kế hoạch số 227/KH-UBND ngày 17/06/2020 về "
                 "việc tổ chức Ra quân thực hiện “Ngày Chủ nhật xanh”.\n\nỦy ban nhân dân phường phối hợp với Mặt trận "
                 "xây dựng Kế hoạch với các nội dung cụ thể như sau:\n")
    assert (ward.doc_type, ward.doc_number, ward.issued_date) == ("Kế hoạch", "227/KH-UBND", "2020-06-17")


def test_a_post_time_under_the_type_line_and_the_country_named_in_the_subject():
    # a ward's notice posted with its time in brackets under `Thông báo`; its subject names `Quốc khánh nước Cộng hòa xã
    # hội chủ nghĩa Việt Nam`, which is no motto (before: the post time was the title)
    meta = _meta("Thông báo\n(04/09/2022 09:49:30)\nVề việc nghỉ lễ và treo cờ Tổ quốc Kỷ niệm 77 năm Cách mạng tháng Tám "
                 "(19/8/1945 - 19/8/2022) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (02/9/1945 - 02/9/2022)\n"
                 "\nChủ tịch Ủy ban nhân dân phường thông báo như sau:\n\n  1. Cán bộ, công chức được nghỉ 04 ngày.\n")
    assert meta.doc_type == "Thông báo"
    assert meta.title.startswith("Về việc nghỉ lễ và treo cờ Tổ quốc") and meta.title.endswith("(02/9/1945 - 02/9/2022)")


def test_a_portals_post_title_in_title_case_and_a_motto_typed_with_two_blanks():
    # a kindergarten's post titled in title case, every word capitalised, over the body without a header
    meta = _meta("Kế Hoạch Tổ Chức “Bé Vui Hội Xuân” Năm 2024\n\nThứ năm - 11/01/2024 22:32\n\n       Căn cứ Công văn số "
                 "226/PGDĐT-MN ngày 18/9/2023 của Phòng Giáo dục và Đào tạo về hướng dẫn thực hiện nhiệm vụ giáo dục mầm "
                 "non năm học 2023-2024;\n       Trường Mầm non An Lập xây dựng kế hoạch tổ chức “Bé vui hội xuân” năm "
                 "2024 như sau:\n")
    assert (meta.doc_type, meta.title) == ("Kế hoạch", "Tổ Chức “Bé Vui Hội Xuân” Năm 2024")
    # a school's page: the post's title in capitals over the header whose motto has two blanks in it (`CỘNG  HÒA`): the
    # title is the one under the header's own type line (was the post's)
    meta = _meta("KẾ HOẠCH KIỂM TRA HỌC KÌ I NĂM HỌC 2021 – 2022\n\nPHÒNG GDĐT BẮC TÂN UYÊN\nTRƯỜNG TIỂU HỌC THƯỜNG TÂN\n"
                 "Số:       /KH-TH\n\nCỘNG  HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập – Tự do – Hạnh phúc\n\nThường Tân, "
                 "ngày       tháng 02 năm 2022\n\nKẾ HOẠCH\n\nTổ chức kiểm tra Học kì I năm học 2021 – 2022 \n\nCăn cứ công "
                 "văn số 911/PGDĐT-GDMNTH ngày 16 tháng 12 năm 2021 của Phòng Giáo dục và Đào tạo Bắc Tân Uyên;\n")
    assert (meta.issuer, meta.title) == ("Trường Tiểu học Thường Tân", "Tổ chức kiểm tra Học kì I năm học 2021 – 2022")


def test_a_header_run_onto_one_line_with_full_stops_and_a_bracketed_subject():
    """Two school documents a portal ran onto one line (held-out shapes): the motto's lines closed by full stops
    (`… VIỆT NAM. BAN ĐẠI DIỆN CMHS. Độc lập - Tự do - Hạnh phúc. BIÊN BẢN (V/v họp …) I/. Thời gian …`) and a date closed
    by two (`… năm 2012.. QUYẾT ĐỊNH (Ban hành Quy định …) Căn cứ …`): the type line stands before its subject in
    brackets, the part `I/.` ends the subject, and a date in the body (`Vào lúc … ngày 19 tháng 8 năm 2017`) is no
    header's (a Biên bản had read as a Công văn by its `V/v`, the decision had no title)."""
    record = _meta("TRƯỜNG THPT MONG THỌ. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. BAN ĐẠI DIỆN CMHS. Độc lập - Tự do - Hạnh "
                   "phúc. BIÊN BẢN (V/v họp cha mẹ học sinh lớp 10a2 đầu năm học 2017 – 2018 ) I/. Thời gian, địa điểm: "
                   "Vào lúc 7 giờ 30 phút, ngày 19 tháng 8 năm 2017, tại phòng học số 5 lớp 10a2 tiến hành họp cha mẹ học "
                   "sinh đầu năm học 2017 – 2018 để thành lập Ban đại diện cha mẹ học sinh. II/. Thành phần tham dự: 1/. "
                   "Giáo viên chủ nhiệm - Chủ tọa.\n")
    assert (record.doc_type, record.title) == ("Biên bản", "họp cha mẹ học sinh lớp 10a2 đầu năm học 2017 – 2018")
    assert (record.issuer, record.issuer_parent) == ("Ban Đại diện CMHS", "Trường THPT Mong Thọ")  # (no full stops)
    decision = _meta("PGD & ĐT XUYÊN MỘC TRƯỜNG TH KIM ĐỒNG Số: 02/QĐ-THKĐ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập- "
                     "Tự do- Hạnh phúc Hòa Hội, ngày 09 tháng 10 năm 2012.. QUYẾT ĐỊNH (Ban hành Quy định về công tác kiểm "
                     "tra định kì tại trường Tiểu học Kim Đồng) Căn cứ vào Thông tư số 41/2010/TT-BGDĐT ngày 30 tháng 12 "
                     "năm 2010 ban hành Điều lệ Trường Tiểu học; Căn cứ Công văn số 9832/BGD&ĐT-GDTH ngày 01/9/2006 của Bộ "
                     "Giáo dục và Đào tạo;\n")
    assert (decision.doc_type, decision.title, decision.issued_date) == (
        "Quyết định", "Ban hành Quy định về công tác kiểm tra định kì tại trường Tiểu học Kim Đồng", "2012-10-09")
