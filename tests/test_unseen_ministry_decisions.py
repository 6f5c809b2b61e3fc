"""Shapes met on unseen ministry decisions and letters (a held-out set of health and social-insurance documents read
for its shapes; snippets written as the genre writes them, names and numbers invented): the closing article
addressed `Các Ông, Bà …`, a post held in each body of the kind it is named after, a state held by a date, and a
short name a bracket defines for the first of the addressees; names of laws applied in a field, written without their
comma, or counting the laws they amend; a council named after its act, a closing formula a page wraps, a subject's
verb wrapped, a law whose name goes on past a registered one, and a footnote's number glued to a law's name."""
from __future__ import annotations

from pipeline.api import parse_text

_DECISION = """BỘ Y TẾ
Số: 3412/QĐ-BYT
Hà Nội, ngày 29 tháng 10 năm 2024
QUYẾT ĐỊNH
Về việc sửa đổi, bổ sung Bảng chỉ tiêu dữ liệu
Điều 1. Sửa đổi, bổ sung các Bảng chỉ tiêu dữ liệu ban hành kèm theo Quyết định số 4750/QĐ-BYT.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký, ban hành.
Điều 3. Các Ông, Bà Chánh Văn phòng Bộ Y tế, Chánh Thanh tra Bộ, Vụ trưởng Vụ Bảo hiểm y tế và Vụ trưởng các Vụ, \
Cục trưởng các Cục thuộc Bộ Y tế, Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương và Thủ trưởng các cơ \
quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, BH.
"""


def test_the_closing_article_addressed_with_a_comma_between_ong_and_ba_names_its_posts():
    parties = {p.party for p in parse_text(_DECISION)[0].parties if p.section_id == "Điều 3"}
    assert {"Chánh Văn phòng Bộ Y tế", "Vụ trưởng Vụ Bảo hiểm y tế",
            "Giám đốc Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
            "Thủ trưởng các cơ quan, đơn vị có liên quan"} <= parties


def test_a_post_named_after_its_kind_of_body_is_held_in_each_of_them():
    parties = {p.party for p in parse_text(_DECISION)[0].parties if p.section_id == "Điều 3"}
    assert "Vụ trưởng các Vụ" in parties and "Vụ trưởng" not in parties
    assert "Cục trưởng các Cục thuộc Bộ Y tế" in parties


def test_a_state_held_by_a_date_is_no_deadline():
    letter = """BỘ Y TẾ
Số: 815/BYT-BH
Hà Nội, ngày 17 tháng 10 năm 2024
V/v hướng dẫn mức hưởng bảo hiểm y tế
1. Người bệnh tự đến khám bệnh ngoại trú tại cơ sở khám bệnh, chữa bệnh cấp cơ bản mà trước ngày 01/01/2025 đã được \
xác định là tuyến tỉnh thì được hưởng 100% chi phí theo phạm vi quyền lợi.
2. Các cơ sở khám bệnh, chữa bệnh báo cáo kết quả thực hiện về Bộ Y tế trước ngày 15/01/2025.
"""
    deadlines = parse_text(letter)[0].deadlines
    assert [d.due_date for d in deadlines] == ["2025-01-15"]


def test_a_short_name_for_the_first_addressee_is_read_back_as_it():
    letter = """BẢO HIỂM XÃ HỘI VIỆT NAM
Số: 412/BHXH-CSYT
V/v hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh
Hà Nội, ngày 02 tháng 02 năm 2021
Kính gửi:
- Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương;
- Bảo hiểm xã hội Bộ Quốc phòng;
- Bảo hiểm xã hội Công an nhân dân.
(Sau đây viết tắt là BHXH các tỉnh) Để thống nhất trong tổ chức thực hiện, Bảo hiểm xã hội Việt Nam hướng dẫn như sau:
1. BHXH các tỉnh có trách nhiệm rà soát việc kê thêm giường tại các cơ sở khám bệnh, chữa bệnh.
"""
    parties = {(p.party, p.section_id) for p in parse_text(letter)[0].parties}
    assert ("Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương", "1") in parties
    assert ("Bảo hiểm xã hội Công an nhân dân", "1") not in parties


def _laws(text: str) -> dict[str, str]:
    return {c.name: c.citation_key for c in parse_text(text)[0].citations if c.doc_type == "Luật"}


def test_a_laws_name_ends_before_the_field_it_is_applied_in():
    decision = """BỘ Y TẾ
Số: 3176/QĐ-BYT
Căn cứ Thông tư số 11/2019/TT-BYT ngày 17 tháng 6 năm 2019 quy định chi tiết thi hành Luật Đo lường thuộc lĩnh vực \
y tế;
"""
    assert list(_laws(decision)) == ["Luật Đo lường"]


def test_a_law_named_without_its_comma_is_the_registered_law():
    decision = """BỘ Y TẾ
Số: 3176/QĐ-BYT
Căn cứ Thông tư số 56/2017/TT-BYT ngày 29 tháng 12 năm 2017 quy định chi tiết thi hành Luật Bảo hiểm xã hội và Luật \
An toàn vệ sinh lao động thuộc lĩnh vực y tế;
"""
    assert _laws(decision)["Luật An toàn, vệ sinh lao động"] == "Luật 84/2015/QH13"


def test_an_amending_law_that_counts_the_laws_it_amends_is_known_by_its_whole_name():
    decision = """ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Số: 3745/QĐ-UBND
Tây Ninh, ngày 30 tháng 12 năm 2021
Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;
Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch ngày 20 tháng 11 năm 2018;
"""
    laws = _laws(decision)
    assert laws["Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"] == "Luật 35/2018/QH14"


def test_a_council_named_after_its_act_and_a_closing_formula_wrapped_by_the_page():
    decision = """BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
Số: 9/QĐ-BQLCKCN
Lào Cai, ngày 20 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc thành lập Hội đồng thẩm định quy hoạch chi tiết
        Điều 1. Thành lập Hội đồng thẩm định quy hoạch chi tiết các khu công nghiệp.
        Điều 2. Nhiệm vụ, quyền hạn của Hội đồng thẩm định:
        1. Hội đồng thẩm định làm việc theo chế độ tập thể.
        2. Chủ tịch Hội đồng thẩm định điều hành cuộc họp của Hội đồng thẩm định.
       Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
       Trưởng phòng Nghiệp vụ Ban Quản lý các khu công nghiệp; các cơ quan,
đơn vị có liên quan và các thành viên Hội đồng thẩm định tại Điều 1 chịu trách
nhiệm thi hành Quyết định này./.
"""
    parties = {(p.section_id, p.party) for p in parse_text(decision)[0].parties}
    assert {("Điều 2.1", "Hội đồng thẩm định"), ("Điều 2.2", "Chủ tịch Hội đồng thẩm định")} <= parties
    assert {("Điều 3", "Trưởng phòng Nghiệp vụ Ban Quản lý các khu công nghiệp"),
            ("Điều 3", "Các cơ quan, đơn vị có liên quan"), ("Điều 3", "Thành viên Hội đồng thẩm định")} <= parties


def test_a_subjects_verb_wrapped_by_the_page_and_a_law_longer_than_a_registered_one():
    decision = """BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
Số: 9/QĐ-BQLCKCN
Lào Cai, ngày 20 tháng 3 năm 2026
        Căn cứ Luật Quy hoạch đô thị và nông thôn ngày 26/11/2024;
    Căn cứ Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy
định về phân quyền, phân cấp trong lĩnh vực công nghiệp và thương mại;
        Căn cứ Luật Quy hoạch ngày 24/11/2017;
        Căn cứ Nghị định số 178/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy định chi tiết một số điều của Luật Quy hoạch
đô thị và nông thôn;
"""
    cited = parse_text(decision)[0].citations
    decree = next(c for c in cited if c.number_symbol == "146/2025/NĐ-CP")
    assert decree.subject == "phân quyền, phân cấp trong lĩnh vực công nghiệp và thương mại"
    laws = [(c.name, c.citation_key) for c in cited if c.doc_type == "Luật"]
    assert laws[0][0] == "Luật Quy hoạch đô thị và nông thôn"
    assert laws[1] == ("Luật Quy hoạch", "Luật 21/2017/QH14") and laws[0][1] != laws[1][1]  # two laws, two keys
    assert laws[2] == laws[0]  # named again in a subject, wrapped onto the next line: the same law


def test_a_footnotes_number_glued_to_a_laws_name_is_no_part_of_it():
    letter = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 6810/SNNMT-KS
Lào Cai, ngày 20 tháng 7 năm 2026
V/v thực hiện các quy định sau khi được cấp Giấy phép khai thác khoáng sản
- Thực hiện các quy định về bảo vệ môi trường trong khai thác khoáng sản tại Điều
79, 80 Luật Địa chất và khoáng sản4.
- Căn cứ Luật Địa chất và khoáng sản ngày 29/11/2024;
"""
    laws = {(c.name, c.citation_key) for c in parse_text(letter)[0].citations if c.doc_type == "Luật"}
    assert len(laws) == 1 and next(iter(laws))[0] == "Luật Địa chất và khoáng sản"
