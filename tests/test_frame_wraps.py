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
