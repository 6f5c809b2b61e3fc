"""Shapes met on unseen school and commune plans, parents' board guidance and exam plans (held-out sets read for their
shapes; snippets written as the genre writes them, names and numbers invented): a part numbered `I-` against its
heading, a post that opens with the body that announces (`UBND XÃ … THÔNG BÁO`), bases after a `;` named as the rules
a document issued, a heading of bases with no full stop, a list whose first item writes its cue, and a numbered
heading that announces the documents carried out without a colon."""
from __future__ import annotations

from pipeline.api import parse_text


def _relations(text: str) -> dict[str, str]:
    return {c.number_symbol: c.relation for c in parse_text(text)[0].citations}


def test_a_roman_part_whose_dash_touches_its_heading_opens_a_part():
    plan = """TRƯỜNG THPT TÂN AN
Số: 45/KH-THPTTA
KẾ HOẠCH
Kiểm tra cuối kì II năm học 2020-2021
Thực hiện công văn số 1332/SGDĐT-GDTrH ngày 15 tháng 10 năm 2020 của Sở GD-ĐT về việc hướng dẫn kiểm tra đánh giá \
học sinh năm học 2020-2021; Trường THPT Tân An thông báo kế hoạch kiểm tra cuối kì II như sau:
I-CÔNG TÁC CHUẨN BỊ
1. Qui định các môn kiểm tra tập trung :
-Khối 10, 11: Toán, Ngữ Văn, Tiếng Anh;
2. Phân công ra đề, hướng dẫn chấm các môn kiểm tra tập trung:
II-TỔ CHỨC KIỂM TRA
1. Lịch kiểm tra:
"""
    sections = {s.section_id: s.heading for s in parse_text(plan)[0].sections}
    assert sections["I"] == "CÔNG TÁC CHUẨN BỊ" and sections["II"] == "TỔ CHỨC KIỂM TRA"
    assert "I.2" in sections and "II.1" in sections  # the numbered items go under their parts


def test_the_type_after_the_announcing_body_is_not_part_of_its_name():
    notice = """THÔNG BÁO

UBND XÃ HẢI NINH THÔNG BÁO
“V/v triển khai phòng chống lụt bão, cơn bão số 3”

- Căn cứ chỉ thị của Ban phòng chống lụt bão tỉnh
Ban phòng chống lụt bão xã Hải Ninh thông báo cho các cơ quan, doanh nghiệp và toàn thể Nhân dân thực hiện tốt \
một số nội dung sau:
"""
    assert parse_text(notice)[0].meta.issuer == "UBND xã Hải Ninh"


def test_a_board_named_after_its_project_keeps_the_word():
    letter = """UBND HUYỆN ĐỨC HÒA
BAN QUẢN LÝ DỰ ÁN
Số: 12/BQLDA
Đức Hòa, ngày 3 tháng 4 năm 2023
V/v bàn giao mặt bằng
"""
    assert parse_text(letter)[0].meta.issuer.lower() == "ban quản lý dự án"


def test_rules_named_after_a_semicolon_go_on_with_the_bases():
    plan = """TRƯỜNG THCS QUYẾT TIẾN
Số: 30/KH-THCS
KẾ HOẠCH
Tuyển sinh lớp 6 năm học 2021 – 2022
Căn cứ Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học ban hành kèm \
theo Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020; Quy chế thực hiện công khai đối với cơ sở giáo dục và đào tạo \
thuộc hệ thống giáo dục quốc dân ban hành kèm theo Thông tư số 36/2017/TT-BGDĐT ngày 28/12/2017; Quy chế tuyển sinh \
trung học cơ sở ban hành kèm theo Văn bản hợp nhất số 03/VBHN-BGDĐT ngày 03/5/2019 của Bộ Giáo dục và Đào tạo;

Thực hiện Kế hoạch tuyển sinh các lớp đầu cấp năm học 2021 - 2022 được ban hành kèm theo Quyết định số 1107/QĐ-UBND \
ngày 19/5/2021 của Ủy ban nhân dân thành phố, Công văn số 705/SGDĐT-QLCL ngày 7/5/2021 của Sở GD&ĐT về việc hướng \
dẫn tuyển sinh, trường THCS Quyết Tiến xây dựng Kế hoạch tuyển sinh lớp 6 như sau:
"""
    relations = _relations(plan)
    assert relations["36/2017/TT-BGDĐT"] == relations["03/VBHN-BGDĐT"] == "can_cu"
    # (the plan carried out is named before the decision that issued it; the letter after them is carried out too)
    assert relations["1107/QĐ-UBND"] == relations["705/SGDĐT-QLCL"] == "thuc_hien"


def test_a_heading_of_bases_without_its_full_stop_announces_its_items():
    plan = """UỶ BAN NHÂN DÂN
XÃ HÒA LẠC
Số: 25/KH-UBND
KẾ HOẠCH
Thực hiện chuyển đổi số đến năm 2025, định hướng đến năm 2030
I. CĂN CỨ PHÁP LÝ
Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê
duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm
2030;
Kế hoạch số 59/KH-UBND ngày 01/3/2022 của Uỷ ban nhân dân tỉnh về thực hiện
chuyển đổi số toàn diện đến năm 2025.
II. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Phát triển chính quyền số, kinh tế số, xã hội số; thực hiện Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng \
Chính phủ đúng tiến độ.
"""
    relations = _relations(plan)
    assert relations["749/QĐ-TTg"] == relations["59/KH-UBND"] == "can_cu"
    assert relations["942/QĐ-TTg"] != "can_cu"  # a document named in a part of its own is no basis


def test_items_after_a_first_item_that_writes_its_cue_go_on_with_it():
    plan = """TRƯỜNG MẦM NON HƯƠNG SƠN
Số: 15/KH-MN
KẾ HOẠCH
Vận động tài trợ năm học 2021-2022

- Căn cứ Thông tư số 16/2018/TT-BGDĐT ngày 03/08/2018 của Bộ Giáo dục và Đào tạo quy định về tài trợ cho các cơ sở \
giáo dục thuộc hệ thống giáo dục quốc dân;

- Văn bản số 5207/UBND-VX ngày 31/7/2019 của UBND tỉnh về việc hướng dẫn vận động, tiếp nhận các khoản tài trợ;

- Văn bản số 1457/UBND-GDĐT ngày 26/08/2019 của UBND huyện về việc hướng dẫn tiếp nhận, quản lý các khoản tài trợ

Trường Mầm non Hương Sơn xây dựng kế hoạch vận động tài trợ như sau:
I. MỤC ĐÍCH
- Báo cáo kết quả vận động theo Văn bản số 1457/UBND-GDĐT.
"""
    citations = parse_text(plan)[0].citations
    assert [c.relation for c in citations[:3]] == ["can_cu"] * 3
    assert citations[3].relation != "can_cu"  # a task's line is no item of the list


def test_a_numbered_heading_without_colon_announces_the_documents_carried_out():
    letter = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 1528/SGDĐT-KHTC
V/v hướng dẫn công tác tài chính năm học 2019 – 2020
Kính gửi: Hiệu trưởng các trường trực thuộc
Sở Giáo dục và Đào tạo hướng dẫn thực hiện công tác tài chính năm học 2019 – 2020 với những nội dung sau:

I. Tiếp tục quán triệt, thực hiện các văn bản chỉ đạo

-  Thông tư  số 55/2011/TT-BGDĐT ngày 22 tháng 11 năm 2011 Ban hành Điều lệ Ban đại diện cha mẹ học sinh.

- Quyết định số 30/2012/QĐ-UBND ngày 09 tháng 10 năm 2012 của UBND tỉnh Ban hành Quy định về dạy thêm học thêm;

II. Các khoản thu
- Thu học phí theo Nghị quyết số 12/2019/NQ-HĐND của Hội đồng nhân dân tỉnh.
"""
    relations = _relations(letter)
    assert relations["55/2011/TT-BGDĐT"] == relations["30/2012/QĐ-UBND"] == "thuc_hien"
    assert relations["12/2019/NQ-HĐND"] != "thuc_hien"


def test_term_tests_held_to_a_schools_timetable_are_due_at_the_ranges_end():
    plan = """KẾ HOẠCH KIỂM TRA HỌC KỲ I – KHỐI CẤP 2 NĂM HỌC: 2019 – 2020

II/ Kế hoạch kiểm tra:
 • Các môn kiểm tra không tập trung:
Mỹ thuật (45’) ; Âm nhạc (45’) ; Thể dục ; Công nghệ (45’) ; Tin học (45’).

Tất cả các môn này được kiểm tra theo lịch của Trường từ ngày 09/12 đến 21/12/2019
"""
    assert [d.due_date for d in parse_text(plan)[0].deadlines] == ["2019-12-21"]


def test_an_addressee_line_run_on_into_the_letters_first_sentence_ends_before_its_cue():
    letter = """UBND THÀNH PHỐ ĐÔNG HÀ
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 1024/PGDĐT-CNTT
V/v hướng dẫn thực hiện nhiệm vụ CNTT năm học 2017-2018
Đông Hà, ngày 12 tháng 10 năm 2017
Kính gửi: Các trường Mầm non, Tiểu học, THCS trực thuộc Thực hiện Công văn số 2386/SGDĐT-KH&CNTT, ngày 02/10/2017 \
của Sở Giáo dục và Đào tạo tỉnh Quảng Trị về việc Hướng dẫn thực hiện nhiệm vụ CNTT năm học 2017-2018, Phòng GD&ĐT \
hướng dẫn các đơn vị thực hiện nhiệm vụ Công nghệ Thông tin (CNTT) năm học 2017-2018 như sau:
1. Tiếp tục triển khai ứng dụng CNTT trong quản lý và dạy học.
"""
    leads = [p.party for p in parse_text(letter)[0].parties if p.role == "lead"]
    assert "Các trường Mầm non, Tiểu học, Trung học cơ sở trực thuộc" in leads
    assert not any("Công văn" in party for party in leads)


def test_bodies_stationed_in_the_commune_and_its_hamlets_boards_are_each_a_party():
    letter = """UBND XÃ KỲ PHONG
Số: 12/UBND-VP
V/v chủ động ứng phó với cơn bão số 3
Kỳ Phong, ngày 18 tháng 7 năm 2018

Để chủ động đối phó với cơn bão UBND xã yêu cầu:

Ban chỉ huy PCTT-TKCN xã, thủ trưởng các đơn vị đóng trên địa bàn, Chi ủy, BCS các thôn thực hiện tốt một số nhiệm \
vụ như sau:

1. Chỉ đạo các thôn kiểm tra, gia cố nhà cửa.
"""
    leads = {p.party for p in parse_text(letter)[0].parties if p.role == "lead"}
    assert {"Thủ trưởng các đơn vị đóng trên địa bàn", "Ban cán sự các thôn"} <= leads


STEERING_PLAN = """KẾ HOẠCH
Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Krông A’Na năm 2023
Triển khai thực hiện Quyết định số 74/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh về ban hành Kế hoạch chuyển đổi \
số năm 2023, Ban Chỉ đạo chuyển đổi số huyện Krông A’Na (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch hoạt động \
của Ban Chỉ đạo huyện với các nội dung cụ thể như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng hoạt động của Ban Chỉ đạo. Các thành viên Ban Chỉ đạo tích cực, chủ động phối hợp chặt chẽ với các \
phòng, ban, ngành, đoàn thể; tổ chức chính trị - xã hội; UBND các xã, thị trấn; các cơ quan, đơn vị liên quan trong \
quá trình triển khai thực hiện nhiệm vụ.
"""


def test_a_headerless_plans_body_is_named_before_the_short_form_it_defines():
    assert parse_text(STEERING_PLAN)[0].meta.issuer == "Ban Chỉ đạo chuyển đổi số huyện Krông A’Na"


def test_partners_listed_with_semicolons_include_the_fronts_member_organisations():
    partners = [p.party for p in parse_text(STEERING_PLAN)[0].parties if p.role == "coordinate"]
    assert len(partners) == 4 and "chính trị - xã hội" in partners[1]
    assert partners[2] == "Ủy ban nhân dân các xã, thị trấn"


def test_a_rule_that_groups_its_articles_under_roman_parts_nests_them_there():
    rules = """QUY CHẾ
Phối hợp giữa Nhà trường và Ban đại diện cha mẹ học sinh
(Ban hành kèm theo Quyết định số 12/QĐ-THCS ngày 14/9/2019)
Căn cứ Điều lệ Ban đại diện cha mẹ học sinh ban hành kèm theo Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011;
I . NGUYÊN TẮC CHUNG
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Quy chế này quy định về tổ chức, hoạt động của Ban đại diện cha mẹ học sinh lớp, trường.
2. Quy chế này áp dụng đối với Trường THCS Bình An.
Điều 2. Nguyên tắc tổ chức
II. TRÁCH NHIỆM CỦA NHÀ TRƯỜNG
Điều 3. Trách nhiệm của Hiệu trưởng
"""
    ids = [s.section_id for s in parse_text(rules)[0].sections]
    assert ids == ["I", "I.Điều 1", "I.Điều 1.1", "I.Điều 1.2", "I.Điều 2", "II", "II.Điều 3"]


def test_a_decisions_articles_before_the_plans_roman_parts_keep_their_rank():
    decision = """ỦY BAN NHÂN DÂN HUYỆN AN LÃO
Số: 215/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số năm 2023
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2023.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn An
KẾ HOẠCH
Chuyển đổi số năm 2023
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
II. NHIỆM VỤ
"""
    sections = {s.section_id: s.parent_id for s in parse_text(decision)[0].sections}
    # (the plan's parts stand at top level after the closing block: no article groups under them)
    assert sections == {"Điều 1": "", "Điều 2": "", "I": "", "I.1": "I", "II": ""}


def test_the_board_that_writes_the_plan_for_its_school_is_no_party():
    plan = """TRƯỜNG MẦM NON TAM HƯNG B
KẾ HOẠCH
Hoạt động của Ban đại diện cha mẹ học sinh năm học 2023 - 2024
Căn cứ Điều lệ Ban đại diện cha mẹ học sinh ban hành kèm theo Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ \
trưởng Bộ Giáo dục và Đào tạo;
Căn cứ biên bản họp Ban đại diện cha mẹ học sinh các lớp năm học 2023 - 2024 của trường. Ban thường trực Hội cha mẹ \
học sinh trường MN Tam Hưng B xây dựng kế hoạch hoạt động trong năm học 2023 - 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Ban đại diện cha mẹ học sinh các lớp phối hợp với giáo viên chủ nhiệm tổ chức họp phụ huynh.
"""
    parties = [p.party for p in parse_text(plan)[0].parties]
    assert not any(party.startswith("Ban thường trực") or party.startswith("Ban Thường trực") for party in parties)
    assert any(party.startswith("Ban đại diện cha mẹ học sinh") for party in parties)


def test_those_a_letter_asks_to_carry_it_out_as_follows_are_parties():
    letter = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 298/SGDĐT-VP
V/v triển khai Cuộc thi Quyển sách tôi yêu năm 2021
Theo đó, Sở Giáo dục và Đào tạo đề nghị Trưởng phòng GDĐT các huyện, thị xã, thành phố; Thủ trưởng các đơn vị trực \
thuộc Sở triển khai, thực hiện một số nội dung của Cuộc thi cụ thể như sau:
1. Tổ chức phát động cuộc thi đến toàn thể học sinh.
"""
    leads = [p.party for p in parse_text(letter)[0].parties if p.role == "lead"]
    assert "Thủ trưởng các đơn vị trực thuộc Sở" in leads


def test_a_citys_bare_initials_after_a_body_are_written_out():
    from pipeline.party_forms import normalize

    assert normalize("Ủy ban nhân dân TP Thủ Đức") == "Ủy ban nhân dân thành phố Thủ Đức"
    assert normalize("Sở TP Hà Nội") != "Sở thành phố Hà Nội"  # (the Sở Tư pháp's initials)


def test_a_subject_ends_before_the_committee_that_issues_the_plan():
    plan = """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐOÀN TNCS HỒ CHÍ MINH
Số: 412-KH/TWĐTN-BTC
Hà Nội, ngày 25 tháng 8 năm 2021
Căn cứ Điều lệ Đoàn; căn cứ Chỉ thị số 08-CT/TW ngày 20/8/2021 của Ban Bí thư Trung ương Đảng về lãnh đạo đại hội đoàn \
các cấp, nhiệm kỳ 2022 - 2027, Ban Chấp hành Trung ương Đoàn ban hành Kế hoạch tổ chức đại hội đoàn các cấp như sau:
1. Mục đích
"""
    cite = next(c for c in parse_text(plan)[0].citations if c.number_symbol == "08-CT/TW")
    assert cite.subject == "lãnh đạo đại hội đoàn các cấp, nhiệm kỳ 2022 - 2027"


def test_the_enacting_statement_after_bases_on_its_line_is_no_party():
    plan = """UỶ BAN MTTQ VIỆT NAM
TỈNH LAI CHÂU
BAN THƯỜNG TRỰC
Số: 126/KH-MTTQ-BTT
Lai Châu, ngày 21 tháng 6 năm 2018
KẾ HOẠCH
Tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ XII
Thực hiện Chỉ thị số 35-CT/TU ngày 02 tháng 5 năm 2018 của Ban Thường vụ Tỉnh uỷ về lãnh đạo Đại hội Mặt trận Tổ quốc \
Việt Nam các cấp; Thông tri số 08/TT-MTTQ-BTT ngày 15/5/2018 của Ban Thường trực Ủy ban MTTQ tỉnh về hướng dẫn Đại hội \
MTTQ Việt Nam các cấp. Ban Thường trực Ủy ban MTTQ tỉnh xây dựng Kế hoạch tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh \
lần thứ XII với nội dung như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Các cấp Mặt trận tổ chức tuyên truyền về Đại hội.
"""
    assert not any(p.party.startswith("Ban Thường trực") for p in parse_text(plan)[0].parties)


def test_two_local_bodies_joined_by_a_dash_each_act():
    notice = """THÔNG BÁO
Tăng cường công tác phòng cháy chữa cháy dịp Tết Nguyên đán năm 2024

Ủy ban nhân dân Phường 5 – Công an Phường 5 triển khai Công văn số 1112/UBND ngày 14 tháng 12 năm 2023 đến các khu phố.

Ủy ban nhân dân xã - Công an xã tổ chức kiểm tra các hộ kinh doanh trên địa bàn.

Sở Lao động - Thương binh và Xã hội tỉnh tổ chức tập huấn cho cán bộ.
"""
    leads = [p.party for p in parse_text(notice)[0].parties if p.role == "lead"]
    assert {"Ủy ban nhân dân Phường 5", "Công an Phường 5", "Ủy ban nhân dân xã", "Công an xã"} <= set(leads)
    assert any(party.startswith("Sở Lao động") and party.endswith("Xã hội tỉnh") for party in leads)  # one body


def test_a_letter_sent_down_to_bodies_whose_task_follows_asks_them_to_act():
    notice = """THÔNG BÁO
Tăng cường công tác phòng cháy chữa cháy dịp Tết Nguyên đán năm 2024

Ủy ban nhân dân Phường 5 triển khai Công văn số 1112/UBND ngày 14 tháng 12 năm 2023, gửi đến các khu phố tăng cường \
công tác phòng cháy chữa cháy dịp Tết.

Các khu phố gửi báo cáo kết quả về Ủy ban nhân dân Phường 5 tổng hợp trước ngày 10/01/2024.
"""
    roles = {(p.party, p.role) for p in parse_text(notice)[0].parties}
    assert ("Các khu phố", "lead") in roles and ("Các khu phố", "report_to") not in roles
    assert ("Ủy ban nhân dân Phường 5", "report_to") in roles  # (a report sent up keeps its receiver)


def test_the_body_before_levels_parted_by_a_dash_is_theirs_too():
    letter = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 2257/SGDĐT-KHTC
V/v hướng dẫn thực hiện các khoản thu năm học 2021 - 2022
Kính gửi:
- Ủy ban nhân dân TP Thủ Đức và các quận - huyện;
- Hiệu trưởng các trường Trung học phổ thông công lập.
Sở Giáo dục và Đào tạo đề nghị chỉ đạo và quán triệt thực hiện các khoản thu trong lĩnh vực giáo dục như sau:
1. Thu học phí theo quy định.
"""
    leads = [p.party for p in parse_text(letter)[0].parties if p.role == "lead"]
    assert "Ủy ban nhân dân thành phố Thủ Đức" in leads and "Ủy ban nhân dân các quận, huyện" in leads


def test_a_law_amending_a_counted_number_of_laws_is_named_whole():
    plan = """KẾ HOẠCH
Tuyển chọn và gọi công dân nhập ngũ năm 2026
Căn cứ Luật Nghĩa vụ quân sự ngày 19/6/2015; Luật Sửa đổi, bổ sung một số điều của 11 Luật về quân sự, quốc phòng \
ngày 27/6/2025; Luật Công an nhân dân năm 2018;
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Giáo dục ngày 25/11/2009;
"""
    names = [c.name for c in parse_text(plan)[0].citations]
    assert "Luật Sửa đổi, bổ sung một số điều của 11 Luật về quân sự, quốc phòng" in names
    assert names.count("Luật sửa đổi, bổ sung một số điều của Luật Giáo dục") == 1  # (not given to the other law)


def test_a_number_whose_year_is_typed_twice_is_cited():
    letter = """TRƯỜNG TIỂU HỌC TÂN SƠN
Số: 15/TB-THTS
THÔNG BÁO
Về việc lựa chọn sách giáo khoa lớp 2 năm học 2021-2022
Căn cứ Thông tư số 32/2018/2018/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và đào tạo về việc ban hành chương trình giáo dục \
phổ thông;
"""
    cites = parse_text(letter)[0].citations
    assert [c.number_symbol for c in cites] == ["32/2018/TT-BGDĐT"] and cites[0].relation == "can_cu"


def test_a_posts_headline_titles_a_page_that_lost_the_documents_header():
    post = """Tăng cường công tác phòng cháy, chữa cháy tại khu dân cư
Ngày cập nhật 08/01/2019

        Thực hiện Chỉ thị số 32/CT-TTg ngày 05/12/2018 của Thủ tướng Chính phủ về tăng cường công tác phòng cháy, \
chữa cháy, Ủy ban nhân dân tỉnh đề nghị các sở, ngành thực hiện một số nội dung sau:

        1. Giao Công an tỉnh chủ trì kiểm tra an toàn phòng cháy, chữa cháy tại khu dân cư.
"""
    assert parse_text(post)[0].meta.title == "Tăng cường công tác phòng cháy, chữa cháy tại khu dân cư"


def test_a_pages_first_sentence_wrapped_onto_the_next_line_is_no_headline():
    letter = """Sở Giáo dục và Đào tạo nhận được Công văn số 391/SYT-NVY
ngày 03 tháng 2 năm 2020 của Sở Y tế về việc lắp đặt pano truyền thông phòng,
chống bệnh viêm phổi do chủng mới của vi rút Corona (nCoV). Sau khi nghiên
cứu, Sở Giáo dục và Đào tạo có ý kiến như sau:
1. Các đơn vị lắp đặt pano tại cổng trường.
"""
    assert parse_text(letter)[0].meta.title == ""

