"""Shapes met on unseen school plans and decisions, provincial letters and a ministry's guidance (held-out documents
read for their shapes; snippets written as the genre writes them, names and numbers invented where they are not
public): a circular named as a second basis after the laws a decree's description names; a plan's table of contents
under its title; a part numbered `I/` glued to its heading in capitals; a paragraph item whose first sentence ends on
a number (`… điểm 10. Gồm …`); numbers listed under one type word, the date and body written after the last; a law not
in the registry named before the sentence's verb; a body's heading that gives its role over the items below (`a) Vụ …
chủ trì, phối hợp với các đơn vị liên quan:`), and a task that stops where the next item's line starts; a
deadline whose case `riêng …` sets apart with its own receiver; a portal's post titled by a letter's subject, its
number and date in brackets; the part of a day before an event's date (`… sáng ngày 31/7/2026`); a letter run onto
one line; a subject ended by a body and a verb underthesea tags; a code named without `Bộ`; `Các chi bộ` as a
deadline's subject; a short name in brackets after a symbol (`(Thông tư 30)`); a body's name whose second half is
written short (`Phòng Nông nghiệp và PTNT`); a post's title `Báo cáo Tổng kết …`; a heading in capitals whose next
line, past a blank, opens with `VÀ`; a closing list's fields under `Giám đốc các Sở, ngành:`; a university's header;
a title ending on its verb over the document it carries out; an alias written `viết tắt là`; a symbol's dash before its
date; the last of numbers listed in a heading (`khối 1, 2, 3, 4, 5. Từ ngày …`) and the range after it; a reposted
letter that opens `Sở … nhận được công văn số …`; a thing's relative clause with `đã` before a date (`theo lịch đã bố
trí 16 giờ ngày …`)."""
from __future__ import annotations

from pipeline.api import parse_text


def _citations(text: str):
    return parse_text(text)[0].citations


def test_a_circular_coordinated_after_the_laws_a_decree_describes_is_a_basis_too():
    text = ("Căn cứ Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ về Quy định chi tiết và "
            "hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, "
            "khen thưởng và Thông tư số 02/2011/TT-BNV ngày 24/01/2011 của Bộ Nội vụ về hướng dẫn Nghị định số "
            "42/2010/NĐ-CP ngày 15/4/2010 của Chính phủ;\n")
    relations = {(c.number_symbol or c.name, c.relation) for c in _citations(text)}
    assert ("02/2011/TT-BNV", "can_cu") in relations
    # the laws the decree's description names stay inside it
    assert ("Luật Thi đua, khen thưởng", "can_cu") not in relations


_SCHOOL_PLAN = """PHÒNG GD&ĐT YÊN THÀNH        CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG MẦM NON HOA SEN                    Độc lập - Tự do - Hạnh phúc

Số: 47/KH-MNHS                                       Hoa Sen, ngày 9 tháng 9 năm 2024


KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024 - 2025


        MỤC LỤC
TT Nội dung Trang
I CĂN CỨ XÂY DỰNG KẾ HOẠCH 2
II ĐẶC ĐIỂM TÌNH HÌNH 2

I/MỤC ĐÍCH, YÊU CẦU
Thông qua các hội thi giúp cán bộ, giáo viên nâng cao chất lượng chăm sóc, giáo dục trẻ.
II/ NỘI DUNG THI ĐUA
1. Thi hoa điểm 10.  Gồm điểm kiểm tra miệng học chính khóa với điểm 9 đến điểm 10.
2. Thi đua học tốt giữa các lớp.
"""


def test_a_plans_title_stops_at_its_table_of_contents():
    assert parse_text(_SCHOOL_PLAN)[0].meta.title == "GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024 - 2025"


def test_a_part_numbered_with_a_slash_glued_to_its_heading_in_capitals():
    sections = {(s.section_id, s.marker, s.heading) for s in parse_text(_SCHOOL_PLAN)[0].sections}
    assert ("I", "I/", "MỤC ĐÍCH, YÊU CẦU") in sections
    assert ("II", "II/", "NỘI DUNG THI ĐUA") in sections


def test_a_paragraph_items_first_sentence_may_end_on_a_number():
    headings = {s.section_id: s.heading for s in parse_text(_SCHOOL_PLAN)[0].sections}
    assert headings["II.1"] == "Thi hoa điểm 10"
    # an article's number closed by its dot is no sentence's end
    decision = ("QUYẾT ĐỊNH:\nĐiều 1. Sửa đổi Điều 9. Giá đất cụ thể của Quy định ban hành kèm theo Quyết định "
                "số 12/2020/QĐ-UBND.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n")
    assert "Giá đất cụ thể" in {s.section_id: s.heading for s in parse_text(decision)[0].sections}["Điều 1"]


def test_numbers_listed_under_one_type_word_share_the_date_and_body_written_after_the_last():
    text = ("Sở Tài nguyên và Môi trường chủ trì thực hiện việc rà soát. Kết quả báo cáo Chủ tịch UBND tỉnh trước ngày "
            "15/4/2013.\n(Gửi kèm bản phô tô Công văn số 1017/BTNMT-TCMT, số 1016/BTNMT-TCMT ngày 22/3/2013 của Bộ "
            "Tài nguyên và Môi trường)./.\n")
    found = {c.number_symbol: (c.issued_date, c.issuer) for c in _citations(text)}
    assert found["1017/BTNMT-TCMT"] == ("2013-03-22", "Bộ Tài nguyên và Môi trường")
    assert found["1016/BTNMT-TCMT"] == ("2013-03-22", "Bộ Tài nguyên và Môi trường")


def test_documents_each_typed_in_full_keep_their_own_dates():
    text = ("Thực hiện các chế độ trợ cấp một lần theo Quyết định số 62/QĐ-TTg, Quyết định số 40/2011/QĐ-TTg "
            "ngày 27/7/2011 của Thủ tướng Chính phủ.\n"
            "Theo Quyết định số 12/2010/QĐ-TTg, số 40/2011/QĐ-TTg ngày 27/7/2011 của Thủ tướng Chính phủ.\n")
    dates = [(c.number_symbol, c.issued_date) for c in _citations(text)]
    assert ("62/QĐ-TTg", "") in dates  # its date is not written: the next one's may differ
    assert ("12/2010/QĐ-TTg", "") in dates  # its symbol's year is not the date's


def test_a_law_the_registry_does_not_hold_ends_before_the_sentences_verb():
    text = ("Yêu cầu các sở, ngành khẩn trương triển khai thi hành Luật Công nghiệp công nghệ số bảo đảm đồng bộ, "
            "kịp thời và hiệu quả.\n")
    assert [c.name for c in _citations(text)] == ["Luật Công nghiệp công nghệ số"]


_MINISTRY_GUIDANCE = """III. TỔ CHỨC THỰC HIỆN
1. Các đơn vị thuộc Bộ GDĐT
a) Vụ Giáo dục Phổ thông chủ trì, phối hợp với các đơn vị liên quan:
- Chỉ đạo, hướng dẫn và giám sát việc thực hiện Khung năng lực số cho học sinh phổ thông tại các địa phương.
- Xây dựng tài liệu hướng dẫn, tổ chức tập huấn cho cán bộ quản lý, giáo viên.
b) Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên chủ trì, phối hợp với các đơn vị liên quan:
- Chỉ đạo, hướng dẫn và giám sát việc thực hiện Khung năng lực số đối với các cơ sở GDTX.
2. Sở Giáo dục và Đào tạo có trách nhiệm:
a) Xây dựng kế hoạch triển khai trên địa bàn;
b) Báo cáo kết quả về Bộ Giáo dục và Đào tạo.
"""


def test_a_bodys_heading_that_gives_its_role_over_the_items_below_names_the_body_alone():
    parties = {(p.section_id, p.party, p.role) for p in parse_text(_MINISTRY_GUIDANCE)[0].parties}
    assert ("III.1.a", "Vụ Giáo dục Phổ thông", "lead") in parties
    assert ("III.1.a", "Các đơn vị liên quan", "coordinate") in parties
    # (a department whose name joins two halves with `và`, the second ending in `thường xuyên`: models/parties.tsv)
    assert ("III.1.b", "Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên", "lead") in parties
    assert not any("chủ trì" in party for _, party, _ in parties)


def test_a_headings_own_task_stops_where_the_next_items_line_starts():
    tasks = {p.party: p.task for p in parse_text(_MINISTRY_GUIDANCE)[0].parties if p.section_id == "III.2"}
    assert tasks["Sở Giáo dục và Đào tạo"] == "có trách nhiệm"


def test_a_case_set_apart_by_rieng_has_its_own_receiver():
    text = ("3. Hạn nộp hồ sơ đăng ký dự thi của các trường vào ngày 29/02/2012 (mẫu 1 và 2) tại Phòng Giáo dục "
            "chuyên nghiệp – Sở Giáo dục và Đào tạo, riêng hồ sơ giáo án của giáo viên dự thi nộp cho Ban tổ chức "
            "vào ngày 16/3/2012.\n")
    receivers = {d.due_date: d.recipient for d in parse_text(text)[0].deadlines}
    assert receivers["2012-02-29"] == "Phòng Giáo dục chuyên nghiệp – Sở Giáo dục và Đào tạo"
    assert receivers["2012-03-16"] == "Ban tổ chức"


def test_a_posts_title_giving_a_letters_subject_with_its_number_and_date_in_brackets():
    page = ("Về việc báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn (3585/VP-KTN, ngày "
            "23/10/2017).\n\nThực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của Văn phòng Chính phủ, Phó Chủ "
            "tịch UBND tỉnh có ý kiến như sau:\n\nGiao Sở Tài nguyên và Môi trường chủ trì thực hiện.\n\nVăn phòng "
            "UBND tỉnh thông báo để Sở Tài nguyên và Môi trường thực hiện./.\n")
    meta = parse_text(page)[0].meta
    assert (meta.doc_type, meta.doc_number, meta.issued_date) == ("Công văn", "3585/VP-KTN", "2017-10-23")
    assert meta.title == "báo cáo tình hình ô nhiễm môi trường do chất thải tại khu vực nông thôn"


def test_the_part_of_a_day_before_a_date_names_an_events_moment():
    text = ("THÔNG BÁO\nKết luận của Chủ tịch Hội đồng nhân dân Thành phố\n\n6. Giao Ban Đô thị\n- Chủ trì chuẩn bị "
            "nội dung làm việc và tổ chức khảo sát tình hình thực hiện Đề án di dời nhà trên và ven kênh rạch trên "
            "địa bàn sáng ngày 31/7/2026.\n")
    assert [(d.surface, d.due_date) for d in parse_text(text)[0].deadlines] == [("sáng ngày 31/7/2026", "2026-07-31")]


def test_a_letter_run_onto_one_line_ends_its_addressees_where_its_body_goes_on():
    # (a PDF's text layer that lost every line break: the addressees, then the body's `;`-joined items)
    text = ("UBND TỈNH HÀ TĨNH SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 288/SGDĐT-GDTX Hà Tĩnh, "
            "ngày 30 tháng 3 năm 2011 Độc lập - Tự do - Hạnh phúc V/v hướng dẫn tổ chức Hội thi Sáng tạo kỹ thuật cấp "
            "cơ sở Kính gửi: - Trưởng phòng GD-ĐT huyện, thành phố, thị xã; - Hiệu trưởng trường THPT; - Giám đốc "
            "Trung tâm GDTX, GDTX – HN, KTTH HN Thực hiện Công văn số 01/CV-BTCHT ngày 22 tháng 3 năm 2011 của Ban "
            "Tổ chức Hội thi Sáng tạo kỹ thuật toàn tỉnh lần thứ VI, Sở GD-ĐT lưu ý các đơn vị thực hiện tốt một số "
            "nội dung công việc sau: Thành lập Ban tổ chức Hội thi cấp cơ sở; Tổ chức tuyên truyền sâu rộng mục đích, "
            "ý nghĩa và thể lệ Hội thi; Phát động toàn thể cán bộ, giáo viên, học sinh hưởng ứng Hội thi. Sở Giáo "
            "dục và Đào tạo yêu cầu Trưởng phòng GD-ĐT, Hiệu trưởng các trường thực hiện nghiêm túc./.\n")
    parties = [p.party for p in parse_text(text)[0].parties]
    assert "Giám đốc Trung tâm Giáo dục thường xuyên" in parties
    assert all(len(party) < 80 for party in parties)
    assert not any(party.startswith(("Tổ chức tuyên truyền", "Phát động")) for party in parties)


def test_a_citations_subject_ends_where_a_body_and_a_verb_the_lists_do_not_know_open_the_main_clause():
    text = ("Sau khi nghiên cứu Công văn số 44-CV/KDV ngày 19 tháng 4 năm 2021 của Khối dân vận Đảng ủy xã Quảng Hải "
            "về việc đăng ký phong trào thi đua “Dân vận khéo” giai đoạn 2021-2025, Trường mầm non Quảng Hải xin "
            "đăng ký thực hiện mô hình “Dân vận khéo”.\n")
    assert _citations(text)[0].subject == "đăng ký phong trào thi đua “Dân vận khéo” giai đoạn 2021-2025"
    # (a bare head is named by the words after it: `…, Uỷ ban kiểm tra các cấp và …` goes on with the subject)
    listed = ("Thực hiện Hướng dẫn số 19-HD/UBKTTW ngày 25/8/2025 của Ủy ban Kiểm tra Trung ương về việc giải quyết "
              "tố cáo, khiếu nại về bầu cử của cấp ủy, tổ chức đảng, Uỷ ban kiểm tra các cấp và các văn bản có liên "
              "quan.\n")
    assert _citations(listed)[0].subject.endswith("Uỷ ban kiểm tra các cấp")


def test_a_code_named_without_bo_takes_its_whole_official_name():
    text = "Nhà trường thực hiện đúng quy định của Luật Lao động năm 2019 và luật lao động hiện hành.\n"
    assert {(c.doc_type, c.name) for c in _citations(text)} == {("Bộ luật", "Bộ luật Lao động")}


def test_a_kind_of_body_the_party_grammar_knows_is_a_deadlines_subject():
    text = ("KẾ HOẠCH\nthực hiện công tác dân vận năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n1. Các chi bộ căn cứ kế hoạch "
            "xây dựng chương trình thực hiện, báo cáo kết quả về Đảng ủy trước ngày 30/11/2025.\n")
    assert [(d.due_date, d.responsible) for d in parse_text(text)[0].deadlines] == [("2025-11-30", "Các chi bộ")]


def test_a_short_name_in_brackets_after_the_symbol_leaves_the_date_and_issuer_after_it():
    text = ("Căn cứ Thông tư số 30/2014/TT-BGDĐT (Thông tư 30) ngày 28/8/2014 của Bộ Giáo dục và Đào tạo ban hành Quy "
            "định đánh giá học sinh tiểu học;\nCác trường thực hiện đánh giá học sinh theo Thông tư 30.\n")
    first = _citations(text)[0]
    assert (first.issued_date, first.issuer) == ("2014-08-28", "Bộ Giáo dục và Đào tạo")
    assert {c.citation_key for c in _citations(text)} == {"Thông tư 30/2014/TT-BGDĐT"}


def test_a_bodys_name_whose_second_half_is_written_short_reads_on_over_it():
    text = ("Kính gửi: Ủy ban nhân dân các xã, thị trấn.\n\nChủ tịch Ủy ban nhân dân huyện có ý kiến như sau:\n\n"
            "1. Giao Phòng Nông nghiệp và PTNT (Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện) chủ "
            "trì phối hợp với ngành chức năng liên quan tham mưu UBND huyện xây dựng Kế hoạch ứng phó lũ lụt.\n")
    parties = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert ("Phòng Nông nghiệp và Phát triển nông thôn", "lead") in parties
    assert ("Phòng Nông nghiệp", "lead") not in parties


_COMMUNE_REPORT = """Báo cáo Tổng kết công tác phòng chống thiên tai và tìm kiếm cứu nạn năm 2019, phương án năm 2020
Ngày cập nhật 28/08/2020

PHẦN THỨ NHẤT

TỔNG KẾT CÔNG TÁC PHÒNG CHỐNG THIÊN TAI

VÀ TÌM KIẾM CỨU NẠN NĂM 2019

          I. Tình hình thiên tai

          Năm 2019 thời tiết diễn biến bất thường, nắng nóng kéo dài.
"""


def test_a_posts_title_whose_subject_opens_with_a_capital_names_a_report():
    meta = parse_text(_COMMUNE_REPORT)[0].meta
    assert (meta.doc_type, meta.title) == (
        "Báo cáo", "Tổng kết công tác phòng chống thiên tai và tìm kiếm cứu nạn năm 2019, phương án năm 2020")


def test_a_heading_in_capitals_goes_on_past_a_blank_line_that_opens_with_a_linking_word():
    headings = {s.section_id: s.heading for s in parse_text(_COMMUNE_REPORT)[0].sections}
    assert headings["Phần I"] == "TỔNG KẾT CÔNG TÁC PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2019"


def test_a_closing_lists_fields_under_a_post_join_a_field_whose_name_holds_a_comma():
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế phối hợp.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày "
            "ký.\nChánh Văn phòng UBND tỉnh, Giám đốc các Sở,\nngành: Tư pháp, Lao động, Thương binh và Xã hội, Y "
            "tế, Tài chính, Công an tỉnh và Thủ trưởng các cơ quan có\nliên quan chịu trách nhiệm thi hành Quyết định "
            "này.\n")
    parties = {p.party for p in parse_text(text)[0].parties}
    assert {"Giám đốc Sở Tư pháp", "Giám đốc Sở Lao động, Thương binh và Xã hội", "Giám đốc Sở Tài chính",
            "Thủ trưởng các cơ quan có liên quan"} <= parties
    assert not any("ngành" in party or party == "Giám đốc Sở Lao động" for party in parties)


def test_a_universitys_header_in_capitals_is_written_with_its_level_capitalised():
    page = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC VINH\nSố: 118/TB-ĐHV\nNghệ An, ngày 10 tháng 3 năm 2024\n"
            "THÔNG BÁO\nVề việc tổ chức thi chuẩn đầu ra ngoại ngữ\n")
    assert parse_text(page)[0].meta.issuer == "Trường Đại học Vinh"


_PARTY_PLAN = """ĐẢNG BỘ TỈNH NGHỆ AN

ĐẢNG UỶ TRƯỜNG ĐẠI HỌC VINH                           *

Số 05-KH/ĐU

Nghệ An, ngày 24 tháng 3 năm 2021

KẾ HOẠCH

nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện

Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng

-----

Thực hiện Chỉ thị số 01-CT/TW, ngày 09/3/2021 của Bộ Chính trị về nghiên cứu, học tập, quán triệt, tuyên truyền và \
triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng (sau đây viết tắt là Nghị quyết Đại \
hội XIII), Ban Thường vụ Đảng uỷ Trường ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Tổ chức thực hiện Nghị quyết Đại hội XIII trong toàn Đảng bộ.
"""


def test_a_title_whose_line_ends_on_its_verb_goes_on_past_a_blank_line_with_the_document_it_carries_out():
    assert parse_text(_PARTY_PLAN)[0].meta.title == ("nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực "
                                                     "hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")


def test_an_alias_written_viet_tat_la_names_the_document_written_last_before_its_bracket():
    later = [c for c in parse_text(_PARTY_PLAN)[0].citations if c.surface == "Nghị quyết Đại hội XIII"]
    assert later and {c.citation_key for c in later} == {"Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"}


def test_a_symbols_dash_left_before_its_date():
    text = ("- Căn cứ hướng dẫn số 496/PGDĐT-Ngày 30 tháng 8 năm 2021 của Phòng GD&ĐT v/v Hướng dẫn sinh hoạt cụm "
            "chuyên môn cấp Tiểu học năm học 2021 - 2022.\n")
    found = _citations(text)[0]
    assert (found.number_symbol, found.issued_date, found.issuer) == ("496/PGDĐT", "2021-08-30", "Phòng GD&ĐT")


def test_the_last_of_numbers_listed_in_a_heading_is_no_childs_number_and_a_range_after_it_times_the_heading():
    text = ("Kế hoạch kiểm tra cuối năm học 2016 – 2017\n\n1/ Tổ chức kiểm tra cuối học kỳ II cho học sinh khối 1, 2, "
            "3, 4, 5. Từ ngày 08/5/2017 – 16/5/2017; cụ thể như sau:\n1.1/ Kiểm tra phần đọc thành tiếng: từ ngày 08 – "
            "12/5/2017.\n")
    document = parse_text(text)[0]
    assert {s.section_id: s.heading for s in document.sections}["1"] == \
        "Tổ chức kiểm tra cuối học kỳ II cho học sinh khối 1, 2, 3, 4, 5"
    assert ("1", "2017-05-16") in {(d.section_id, d.due_date) for d in document.deadlines}


def test_a_reposted_letter_names_its_issuer_by_what_it_received_not_over_the_posts_title():
    page = ("Cuộc thi viết Kể chuyện về Mẹ Việt Nam anh hùng\n\nSở Giáo dục và Đào tạo nhận được công văn số "
            "949/SVHTTDL-BQLTĐ của Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam về việc hỗ trợ thông báo cuộc thi "
            "viết, đề nghị các Phòng GDĐT, các trường THPT triển khai đến toàn thể học sinh.\n")
    assert parse_text(page)[0].meta.issuer == "Sở Giáo dục và Đào tạo"


def test_a_things_relative_clause_with_da_is_no_past_statement_before_a_date():
    text = ("THÔNG BÁO\nKết luận của Chủ tịch Hội đồng nhân dân Thành phố\n\n6. Giao Ban Đô thị\n- Chủ trì chuẩn bị "
            "nội dung làm việc với Chủ tịch UBND Thành phố theo lịch đã bố trí 16 giờ ngày 30/7/2026.\n"
            "- Ban Đô thị đã hoàn thành khảo sát ngày 20/7/2026.\n")
    assert [d.due_date for d in parse_text(text)[0].deadlines] == ["2026-07-30"]
