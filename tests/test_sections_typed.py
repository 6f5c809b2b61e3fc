"""Section markers as plans typed by hand and crawled pages write them: `1/`, `1.1/`, `a/`, `I/`, `1-`; `CHƯƠNG I`
in capitals; page numbers a converter leaves between the lines (`2`, `- 3 -`, `Trang 4`); a whole plan run onto
a few long lines by a web page. The snippets are invented, written as such documents are."""
from __future__ import annotations

from pipeline.api import parse_text
from pipeline.sections import segment
from pipeline.split_flat import unflatten


def _sections(text: str) -> dict[str, tuple[str, str, str]]:
    """section_id → (parent_id, marker, heading) of the first document."""
    doc = parse_text(text, "plan.txt")[0]
    return {s.section_id: (s.parent_id, s.marker, s.heading) for s in doc.sections}


SLASH_PLAN = """PHÒNG GD&ĐT HUYỆN AN LẠC
TRƯỜNG THCS BÌNH MINH
Số: 15/KH-THCSBM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Lạc, ngày 5 tháng 9 năm 2024

KẾ HOẠCH
Thực hiện quy chế dân chủ năm học 2024-2025

I/ MỤC ĐÍCH, YÊU CẦU
1/ Mục đích
- Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên.
2/ Yêu cầu
- Thực hiện nghiêm túc, đúng quy định; hạn nộp báo cáo ngày 15/9/2024.
II/ NỘI DUNG
1/ Công khai tài chính
1.1/ Công khai dự toán
a/ Dự toán thu chi ngân sách
- Niêm yết tại bảng tin của trường.
b/ Quyết toán năm 2023
1.2/ Công khai quyết toán
2/ Hội nghị viên chức
III/ TỔ CHỨC THỰC HIỆN
Trên đây là kế hoạch thực hiện quy chế dân chủ của trường.
"""


def test_slash_markers_of_a_hand_typed_plan_make_the_tree():
    sections = _sections(SLASH_PLAN)
    assert list(sections) == ["I", "I.1", "I.2", "II", "II.1", "II.1.1", "II.1.1.a", "II.1.1.b", "II.1.2",
                              "II.2", "III"]
    assert sections["I"] == ("", "I/", "MỤC ĐÍCH, YÊU CẦU")
    assert sections["II.1.1"] == ("II.1", "1.1/", "Công khai dự toán")
    assert sections["II.1.1.a"] == ("II.1.1", "a/", "Dự toán thu chi ngân sách")


def test_lettered_parts_closed_by_a_slash_in_a_hand_typed_plan():
    """`PHẦN II. NHIỆM VỤ VÀ GIẢI PHÁP` ⏎ `A/ Nhiệm vụ` ⏎ `1/ …` ⏎ `a/ …` ⏎ `B/ Giải pháp` (a primary school's plan typed
    so): the capital letters closed by a slash are the part's sections, as `A.` is (they were left out, their items
    hung under the part); `B/c` and a school's short code after a bullet stay text."""
    plan = SLASH_PLAN.replace("II/ NỘI DUNG\n1/ Công khai tài chính", "II/ NỘI DUNG\nA/ Nhiệm vụ\n1/ Công khai tài chính")
    plan = plan.replace("2/ Hội nghị viên chức\n", "2/ Hội nghị viên chức\nB/ Giải pháp\n- B/c kết quả về Phòng GD&ĐT.\n")
    sections = _sections(plan)
    assert list(sections) == ["I", "I.1", "I.2", "II", "II.A", "II.A.1", "II.A.1.1", "II.A.1.1.a", "II.A.1.1.b",
                              "II.A.1.2", "II.A.2", "II.B", "III"]
    assert sections["II.B"] == ("II", "B/", "Giải pháp")


def test_a_marker_closed_by_a_slash_and_a_dot():
    """`1/. Tháng 01/2021:` ⏎ `07 giờ 30 ngày 07/01/2021 Chủ tịch UBND tỉnh;` ⏎ `2/. Tháng 02/2021:` (a province's
    citizen-reception roster): the slash and the dot close the number together (the months were no sections)."""
    text = ("Văn phòng thông báo lịch tiếp công dân năm 2021 như sau:\n1/. Tháng 01/2021:\n07 giờ 30 ngày 07/01/2021 Chủ "
            "tịch UBND tỉnh;\n2/. Tháng 02/2021:\n07 giờ 30 ngày 04/02/2021 Chủ tịch UBND tỉnh;\n")
    sections = _sections(text)
    assert list(sections) == ["1", "2"]
    assert sections["2"] == ("", "2/.", "Tháng 02/2021")


def test_a_letter_that_abbreviates_a_word_again_on_its_line_is_no_marker():
    """`B. Tổ chức, B. Giám khảo, Thư ký, Đại biểu` (a contest's programme, its `Người thực hiện` cells copied one a
    line): `B.` is `Ban`, written again after the comma, no lettered part (the lines were sections `B` and `C`); `A.
    Nhiệm vụ` stays one."""
    text = ("I. CHƯƠNG TRÌNH\nA. Nhiệm vụ\nĐón tiếp đại biểu.\nB. Tổ chức, B. Giám khảo, Thư ký, Đại biểu, phục vụ.\n"
            "Các giáo viên tham gia dự thi.\nB. Tổ chức, B. Giám khảo, GViên dự thi.\n")
    assert list(_sections(text)) == ["I", "I.A"]


def test_a_date_or_a_symbol_at_a_line_start_is_no_slash_marker():
    text = ("I. NỘI DUNG\n15/9/2024 Tổ chức hội nghị.\n12/KH-UBND ngày 3/4/2024 của Ủy ban nhân dân xã.\n"
            "3/ 4 số phiếu đồng ý.\n")
    assert list(_sections(text)) == ["I"]


def test_a_form_field_with_a_slash_number_is_no_heading():
    text = ("I. ĐỀ NGHỊ\nĐề nghị cấp thẻ cho các ông (bà) sau:\n1/ Họ và tên: ……………………… Sinh ngày: ………\n"
            "2/ Họ và tên: ……………………… Sinh ngày: ………\n")
    assert list(_sections(text)) == ["I"]


def test_arabic_marker_closed_by_a_dash():
    text = "PHẦN I. MỤC ĐÍCH\n1- Mục đích chung\nNâng cao nhận thức.\n2- Yêu cầu\nĐúng quy định.\n"
    sections = _sections(text)
    assert sections["Phần I.1"] == ("Phần I", "1-", "Mục đích chung")
    assert sections["Phần I.2"][2] == "Yêu cầu"
    # a range of numbers is no marker
    assert list(_sections("I. NỘI DUNG\n2 - 3 buổi mỗi tuần.\n")) == ["I"]


def test_chapters_in_capitals_are_keyed_as_chuong():
    text = ("QUY ĐỊNH\nVề thực hiện dân chủ ở cơ sở\n\nCHƯƠNG I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n"
            "Quy định này áp dụng cho các xã.\nCHƯƠNG II. NỘI DUNG THỰC HIỆN\nĐiều 2. Công khai\nCác nội dung.\n"
            "PHẦN THỨ HAI\nĐiều 3. Hiệu lực\n")
    sections = _sections(text)
    assert sections["Chương I"] == ("", "CHƯƠNG I", "QUY ĐỊNH CHUNG")
    assert sections["Chương I.Điều 1"][2] == "Phạm vi điều chỉnh"
    assert sections["Chương II"] == ("", "CHƯƠNG II.", "NỘI DUNG THỰC HIỆN")
    assert "Chương II.Điều 2" in sections
    assert "Phần II" in sections  # (`PHẦN THỨ HAI`: the Roman id, as devset/NOTES.md writes `PHẦN THỨ NHẤT`)


def test_page_numbers_between_lines_are_neither_headings_nor_breaks():
    text = ("KẾ HOẠCH\nTổ chức hội nghị\n\nII. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ THÔNG TIN\n- 2 -\nBÁO CÁO\n"
            "1. Phân công nhiệm vụ cho các tổ chuyên môn\nTrang 3\ntrong nhà trường\nNội dung phân công như sau.\n"
            "2. Kiểm tra, đánh giá\n4\nCuối học kỳ, nhà trường tổng hợp kết quả.\n")
    sections = _sections(text)
    assert list(sections) == ["II", "II.1", "II.2"]
    assert sections["II"][2] == "TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ THÔNG TIN BÁO CÁO"
    assert sections["II.1"][2] == "Phân công nhiệm vụ cho các tổ chuyên môn trong nhà trường"


def test_heading_in_capitals_wrapped_onto_a_second_line_is_whole():
    text = "I. MỤC ĐÍCH\nNội dung.\nII. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ THÔNG TIN\nBÁO CÁO\n1. Chế độ báo cáo\nĐịnh kỳ.\n"
    assert _sections(text)["II"][2] == "TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ THÔNG TIN BÁO CÁO"


FLAT_PAGE = ("PHÒNG GD&ĐT HUYỆN AN LẠC TRƯỜNG THCS BÌNH MINH Số: 15/KH-THCSBM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
             "Độc lập - Tự do - Hạnh phúc An Lạc, ngày 5 tháng 9 năm 2024 KẾ HOẠCH Thực hiện quy chế dân chủ năm học "
             "2024-2025 Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ; Trường THCS Bình Minh xây dựng "
             "kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU - Phát huy quyền làm chủ của viên chức. II. NỘI DUNG 1. Công khai "
             "tài chính theo quy định tại Điều 5. Thông tư số 36/2017/TT-BGDĐT. 2. Tổ chức hội nghị viên chức. III. TỔ "
             "CHỨC THỰC HIỆN Giao tổ văn phòng chủ trì. Trên đây là kế hoạch của trường.\n")


def test_a_plan_run_onto_one_line_is_broken_at_its_parts_keeping_every_offset():
    broken = unflatten(FLAT_PAGE)
    assert len(broken) == len(FLAT_PAGE)
    assert [a for a, b in zip(FLAT_PAGE, broken) if a != b] == [" "] * (broken.count("\n") - 1)
    lines = broken.split("\n")
    assert "Số: 15/KH-THCSBM" in lines and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "An Lạc, ngày 5 tháng 9 năm 2024" in lines and "KẾ HOẠCH" in lines


def test_sections_of_a_plan_run_onto_one_line():
    sections = _sections(FLAT_PAGE)
    assert list(sections) == ["I", "II", "II.1", "II.2", "III"]
    assert sections["I"][2] == "MỤC ĐÍCH, YÊU CẦU"
    assert sections["III"][2] == "TỔ CHỨC THỰC HIỆN"
    # `Điều 5.` inside the sentence opens no section
    assert not any(marker.startswith("Điều") for _, marker, _ in sections.values())


def test_an_ordinary_long_paragraph_is_not_broken():
    paragraph = ("Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022; nhà trường phổ biến đến viên chức. 2. Tổ chức "
                 "thực hiện theo kế hoạch. " * 4).strip()
    text = f"I. NỘI DUNG\n{paragraph}\n"
    assert unflatten(text) == text
    assert list(segment("x", text)) and [s.section_id for s in segment("x", text)] == ["I"]


def test_body_run_onto_one_line_under_a_header_on_lines_of_its_own():
    text = ("UBND XÃ TÂN PHÚ\nSố: 45/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Tân Phú, ngày 15 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n"
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện, Ủy ban nhân dân xã xây dựng "
            "kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Nâng cao chất lượng công tác dân vận của chính quyền. "
            "2. Yêu cầu Bám sát nhiệm vụ chính trị của địa phương; bảo đảm thiết thực, hiệu quả. II. NỘI DUNG 1. Tuyên "
            "truyền các chủ trương của Đảng và chính sách, pháp luật của Nhà nước. 2. Tổ chức đối thoại với nhân dân ít "
            "nhất hai lần trong năm. III. TỔ CHỨC THỰC HIỆN 1. Văn phòng Ủy ban nhân dân xã chủ trì thực hiện kế hoạch. "
            "2. Các ban, ngành, đoàn thể phối hợp thực hiện. Trên đây là Kế hoạch của Ủy ban nhân dân xã.\n")
    sections = _sections(text)
    assert list(sections) == ["I", "I.1", "I.2", "II", "II.1", "II.2", "III", "III.1", "III.2"]
    assert sections["II"][2] == "NỘI DUNG" and sections["III"][2] == "TỔ CHỨC THỰC HIỆN"
    assert sections["II.2"][2] == "Tổ chức đối thoại với nhân dân ít nhất hai lần trong năm"


def test_a_long_paragraph_naming_one_part_is_not_broken():
    # one Roman heading in a long line is a cited part (`mục I. NỘI DUNG của Kế hoạch`), not a flattened body
    line = ("Các đơn vị thực hiện theo mục I. NỘI DUNG của Kế hoạch số 12/KH-UBND; " + "báo cáo kết quả đúng hạn, " * 30)
    text = f"II. TỔ CHỨC\n{line}\n"
    assert unflatten(text) == text


def test_title_in_capitals_goes_on_past_a_blank_line_only_after_a_word_that_cannot_end_it():
    text = ("I. MỤC ĐÍCH\n\nNội dung.\n\nII. TỔ CHỨC THỰC HIỆN KẾ HOẠCH CỦA\n\nỦY BAN NHÂN DÂN XÃ\n\n1. Phân công\n\n"
            "A. ĐỐI VỚI VIỆC HIỆP THƯƠNG,\n\nGIỚI THIỆU NGƯỜI ỨNG CỬ\n\nNội dung.\n\nIII. KINH PHÍ\n\nBAN CHỈ ĐẠO\n")
    sections = _sections(text)
    assert sections["II"][2] == "TỔ CHỨC THỰC HIỆN KẾ HOẠCH CỦA ỦY BAN NHÂN DÂN XÃ"
    assert sections["II.1.A"][2] == "ĐỐI VỚI VIỆC HIỆP THƯƠNG, GIỚI THIỆU NGƯỜI ỨNG CỬ"
    assert sections["III"][2] == "KINH PHÍ"


def test_parts_lettered_in_a_report():
    text = ("BÁO CÁO\nKết quả thực hiện năm học 2023-2024\n\nPHẦN A: KẾT QUẢ ĐẠT ĐƯỢC\nI. CÔNG TÁC TUYÊN TRUYỀN\n"
            "Nội dung.\nPHẦN B. PHƯƠNG HƯỚNG NĂM HỌC 2024-2025\nI. NHIỆM VỤ\nPhần a các nội dung đã nêu.\n")
    sections = _sections(text)
    assert list(sections) == ["Phần A", "Phần A.I", "Phần B", "Phần B.I"]
    assert sections["Phần A"] == ("", "PHẦN A:", "KẾT QUẢ ĐẠT ĐƯỢC")


def test_a_form_field_whose_blanks_are_on_the_next_line_is_no_heading():
    text = ("I. ĐỀ NGHỊ\nĐề nghị cấp mã số cho ông (bà):\n1/ Họ và tên:\nSinh ngày: ………… Số CMND: ……………\n"
            "II/ HỒ SƠ GỬI KÈM\n1/ Mục đích: Bổ sung hồ sơ.\n")
    assert list(_sections(text)) == ["I", "II", "II.1"]


def test_word_numbering_saved_as_text_before_a_typed_letter_marker():
    text = SLASH_PLAN.split("I/ MỤC ĐÍCH")[0] + (
        "1. A.   NHIỆM VỤ TRỌNG TÂM\n- Nâng cao chất lượng dạy học.\n"
        "2. B.   CÁC NHIỆM VỤ CỤ THỂ\n1. Công tác chuyên môn\n- Thực hiện chương trình.\n"
        "2. Công tác bồi dưỡng\n- Bồi dưỡng giáo viên.\n")
    sections = _sections(text)
    assert sections["A"][1:] == ("A.", "NHIỆM VỤ TRỌNG TÂM")
    assert sections["B"][2] == "CÁC NHIỆM VỤ CỤ THỂ"
    assert sections["B.2"][0] == "B"


def test_short_heading_run_on_into_a_dash_item():
    head = SLASH_PLAN.split("I/ MỤC ĐÍCH")[0]
    sections = _sections(head + "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích - Phát huy quyền làm chủ của cán bộ, giáo viên.\n"
                         "2. Yêu cầu - Bảo đảm đúng quy định, thiết thực và hiệu quả.\nII. NỘI DUNG\n"
                         "1. Phối hợp với Phòng Lao động - Thương binh và Xã hội rà soát học sinh.\n"
                         "2. Văn hóa - Xã hội phát triển ổn định trên địa bàn xã\n"
                         "3. Mục đích - Yêu cầu\n- Thực hiện đầy đủ.\n"
                         "4. Ngày hội đọc sách - Ngày hội của tri thức và sáng tạo\n- Tổ chức tại thư viện.\n")
    assert sections["I.1"][2] == "Mục đích"
    assert sections["I.2"][2] == "Yêu cầu"
    assert sections["II.1"][2].startswith("Phối hợp với Phòng Lao động - Thương binh và Xã hội")
    assert sections["II.2"][2].startswith("Văn hóa - Xã hội")
    assert sections["II.3"][2] == "Mục đích - Yêu cầu"
    # a slogan's noun phrase after the dash is no list item (underthesea: no verb opens it)
    assert sections["II.4"][2] == "Ngày hội đọc sách - Ngày hội của tri thức và sáng tạo"


def test_running_header_under_a_caps_heading_at_a_page_break_is_not_its_wrap():
    head = SLASH_PLAN.split("I/ MỤC ĐÍCH")[0]
    sections = _sections(head + "I. MỤC ĐÍCH\n- Nâng cao chất lượng giáo dục.\nII. NỘI DUNG VÀ BIỆN PHÁP THỰC HIỆN\n"
                         "\fKẾ HOẠCH SỐ 15/KH-THCSBM\n\nTrang 2/3\n\n1. Hoạt động thể thao\n- Tổ chức giải bóng đá.\n"
                         "III. TỔ CHỨC THỰC HIỆN\n\fKẾ HOẠCH SỐ 15/KH-THCSBM\n1. Ban giám hiệu\n- Chỉ đạo chung.\n")
    assert sections["II"][2] == "NỘI DUNG VÀ BIỆN PHÁP THỰC HIỆN"
    assert sections["III"][2] == "TỔ CHỨC THỰC HIỆN"
    assert sections["II.1"][2] == "Hoạt động thể thao"
    # a heading's own wrapped line in capitals, printed once, still goes on
    sections = _sections(head + "I. TỔ CHỨC THỰC HIỆN CÔNG VĂN\nSỐ 1234/SGDĐT-GDTH CỦA SỞ\n- Nội dung.\n")
    assert sections["I"][2] == "TỔ CHỨC THỰC HIỆN CÔNG VĂN SỐ 1234/SGDĐT-GDTH CỦA SỞ"


def test_marker_glued_to_its_text_by_a_lost_space():
    head = SLASH_PLAN.split("I/ MỤC ĐÍCH")[0]
    sections = _sections(head + "I. NHIỆM VỤ CHUNG\n1Quán triệt tinh thần chỉ đạo của ngành đến toàn thể giáo viên.\n"
                         "2Tổ chức các hoạt động thiết thực, hiệu quả.\n3Đẩy mạnh ứng dụng công nghệ thông tin.\n"
                         "II. NHIỆM VỤ CỤ THỂ\n1. Công tác chuyên môn\n- Thực hiện chương trình.\n")
    assert sections["I.1"][1:] == ("1", "Quán triệt tinh thần chỉ đạo của ngành đến toàn thể giáo viên")
    assert sections["I.2"][2] == "Tổ chức các hoạt động thiết thực, hiệu quả"
    assert sections["I.3"][0] == "I" and sections["II.1"][2] == "Công tác chuyên môn"
    # a footnote's glued number alone (no `2…` after it) is no section
    sections = _sections(head + "I. NHIỆM VỤ CHUNG\n- Thực hiện theo hướng dẫn của Sở.\n"
                         "1Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 của Chính phủ.\nII. TỔ CHỨC THỰC HIỆN\n- Nội dung.\n")
    assert "I.1" not in sections and "II" in sections


def test_capitals_heading_run_on_into_a_dash_item_on_a_one_line_page():
    """A page that gives the plan on one line (a document preview: `I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg
    … ; - Quyết định số 942/QĐ-TTg …`): the heading is the title in capitals, not the title and its first basis."""
    head = SLASH_PLAN.split("I/ MỤC ĐÍCH")[0]
    sections = _sections(head + "I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính "
                         "phủ về phê duyệt Chương trình chuyển đổi số quốc gia; - Kế hoạch số 15/KH-UBND ngày 10/01/2022 "
                         "của UBND huyện về chuyển đổi số năm 2022. II. MỤC TIÊU, YÊU CẦU - Nâng cao nhận thức của cán "
                         "bộ, giáo viên về chuyển đổi số.\n")
    assert sections["I"][2] == "CĂN CỨ LẬP KẾ HOẠCH"


def test_part_numerals_whose_dot_a_pdf_lost_before_a_heading_in_capitals():
    # a school's plan saved from a PDF: the parts' dots lost (`I MỤC ĐÍCH – YÊU CẦU:`), hard-wrapped lines between
    text = ("TRƯỜNG THCS AN PHÚ\nKẾ HOẠCH\nTỔ CHỨC HỘI KHỎE PHÙ ĐỔNG CẤP TRƯỜNG\n"
            "I MỤC ĐÍCH – YÊU CẦU:\n– Tiếp tục duy trì và đẩy mạnh phong trào rèn luyện thân thể theo\n"
            "gương Bác Hồ vĩ đại.\nII NỘI DUNG HOẠT ĐỘNG:\n1. Tổ chức thi đấu các môn: bóng đá mini, cờ vua.\n"
            "III TỔ CHỨC THỰC HIỆN\n1. Giáo viên Thể dục lập danh sách vận động viên.\n")
    assert [(s.section_id, s.heading) for s in segment("t", text)] == [
        ("I", "MỤC ĐÍCH – YÊU CẦU"), ("II", "NỘI DUNG HOẠT ĐỘNG"), ("II.1", "Tổ chức thi đấu các môn: bóng đá mini, cờ vua"),
        ("III", "TỔ CHỨC THỰC HIỆN"), ("III.1", "Giáo viên Thể dục lập danh sách vận động viên")]


def test_a_numbered_item_whose_text_opens_with_a_dash():
    # a school's hand-typed plan: the first item's text opens with the dash of a bullet (`1. - Tiếp tục …`), its
    # siblings' without; the item is a section all the same, its heading as written
    text = ("TRƯỜNG TIỂU HỌC NGA LỘC\nKẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp trường năm học 2015 - 2016\n"
            "I. Mục đích yêu cầu:\n1. - Tiếp tục duy trì và đẩy mạnh cuộc vận động toàn dân rèn luyện thân thể.\n"
            "2. Nâng cao chất lượng công tác giáo dục thể chất trong trường học.\n")
    assert [(s.section_id, s.heading) for s in segment("t", text)] == [
        ("I", "Mục đích yêu cầu"), ("I.1", "- Tiếp tục duy trì và đẩy mạnh cuộc vận động toàn dân rèn luyện thân thể"),
        ("I.2", "Nâng cao chất lượng công tác giáo dục thể chất trong trường học")]


def test_part_numerals_whose_dot_a_web_page_lost_before_a_short_heading():
    # a trade union's plan copied from a web page: `I Mục đích yêu cầu:`, `II Nội dung` (no dot, the heading in
    # sentence case); a numeral that breaks the numbering is none (`V Tuấn …`, a name's initial in a list)
    text = ("CĐCS TRƯỜNG THPT NGUYỄN ĐÁNG\nKẾ HOẠCH\nThực hiện phong trào Dân vận khéo\n"
            "I Mục đích yêu cầu:\nDân vận khéo là dân vận sát dân.\nII Nội dung\n1. Mỗi tổ công đoàn đăng ký một mô hình.\n"
            "V Tuấn Anh làm thư ký.\n")
    assert [(s.section_id, s.heading) for s in segment("t", text)] == [
        ("I", "Mục đích yêu cầu"), ("II", "Nội dung"), ("II.1", "Mỗi tổ công đoàn đăng ký một mô hình")]


def test_numbers_whose_dot_a_web_page_lost_before_a_heading_in_capitals():
    # a Youth Pioneer plan copied from a document site: `I MỤC ĐÍCH - YÊU CẦU` over `1 MỤC ĐÍCH`, `2 YÊU CẦU` (main: no
    # sections under I, its heading ran on into `1 MỤC ĐÍCH`); a number that breaks the numbering is none (`32 CHI ĐỘI`,
    # a count opening a line in capitals)
    text = ("LIÊN ĐỘI TRƯỜNG TH TÔ VĨNH DIỆN\nKẾ HOẠCH\nPhát động phong trào xây dựng Công trình măng non\n"
            "I MỤC ĐÍCH - YÊU CẦU\n1 MỤC ĐÍCH\n- Giáo dục học sinh ý thức giữ gìn vệ sinh chung.\n2 YÊU CẦU\n"
            "- Tất cả các chi đội đều tham gia.\n32 CHI ĐỘI VÀ NHI ĐỒNG\nII HÌNH THỨC THỰC HIỆN\n- Trồng cây xanh.\n")
    assert [(s.section_id, s.heading) for s in segment("t", text)] == [
        ("I", "MỤC ĐÍCH - YÊU CẦU"), ("I.1", "MỤC ĐÍCH"), ("I.2", "YÊU CẦU"), ("II", "HÌNH THỨC THỰC HIỆN")]


def test_numbers_whose_dot_a_pdf_lost_before_a_heading_that_announces_its_list():
    # a school's sports plan saved from a PDF (held-out): `II NỘI DUNG HOẠT ĐỘNG:` ⏎ `1 Tổ chức thi đấu các môn gồm:` ⏎
    # `2 Tham gia thi đấu cấp quận:` over a timetable whose rows, flattened, open with numbers too (`12 Cờ tướng …`)
    text = ("TRƯỜNG THCS AN PHÚ\nKẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp trường\nI MỤC ĐÍCH – YÊU CẦU:\n"
            "– Duy trì phong trào rèn luyện thân thể.\nII NỘI DUNG HOẠT ĐỘNG:\n1 Tổ chức thi đấu các môn gồm:\n"
            "Bóng đá mini, bóng rổ, kéo co, cầu lông.\n2 Tham gia thi đấu cấp quận:\nStt Môn thể thao Ngày thi đấu\n"
            "1 Việt dã 31/10/2020\n12 Cờ tướng 14/11/2020\n")
    assert [(s.section_id, s.heading) for s in segment("t", text)] == [
        ("I", "MỤC ĐÍCH – YÊU CẦU"), ("II", "NỘI DUNG HOẠT ĐỘNG"), ("II.1", "Tổ chức thi đấu các môn gồm"),
        ("II.2", "Tham gia thi đấu cấp quận")]


def test_the_closing_mark_of_a_decisions_last_article_is_no_part_of_its_heading():
    # a school's decision (written as such decisions are): its last article closes the text with `./`, as the SPEC's
    # trailing `.` is none of a heading's words
    sections = _sections("TRƯỜNG MẦM NON TUỔI THƠ\nSố: 101/QĐ-MNTT\nQUYẾT ĐỊNH\nVề việc thành lập tổ chuyên môn\n\n"
                         "Điều 1. Thành lập tổ chuyên môn nhà trẻ.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
                         "Điều 3. Cán bộ, giáo viên, nhân viên trường mầm non Tuổi Thơ có trách nhiệm thi hành quyết định "
                         "này./\n")
    assert sections["Điều 3"][2] == ("Cán bộ, giáo viên, nhân viên trường mầm non Tuổi Thơ có trách nhiệm thi hành "
                                     "quyết định này")


def test_markers_closed_by_a_slash_and_a_dash():
    """`I/- YÊU CẦU CHUNG` ⏎ `1- Tổ chức tuyển sinh …` (a department's letter on enrolment, typed by hand): the Roman
    numeral closed by `/-` is a part, and the numbered items under it its children."""
    text = ("Sở Giáo dục và Đào tạo hướng dẫn các trường thực hiện những công việc tuyển sinh năm học 2016 – 2017 như sau:"
            "\n\n I/- YÊU CẦU  CHUNG\n\n1- Tổ chức tuyển sinh đúng Quy chế, đảm bảo công khai, nghiêm túc, công bằng.\n\n"
            "2- Chấp hành nghiêm lịch làm việc, chế độ báo cáo theo quy định của Bộ GD&ĐT.\n\n II/- NHIỆM VỤ CỤ THỂ\n\n"
            "1/- Thông báo tuyển sinh trước ngày 30/10/2016.\n")
    sections = _sections(text)
    assert list(sections) == ["I", "I.1", "I.2", "II", "II.1"]
    assert sections["I"] == ("", "I/-", "YÊU CẦU CHUNG")
    assert sections["II.1"][:2] == ("II", "1/-")


def test_a_points_letter_run_on_and_an_aside_glued_to_a_full_stop():
    # Two school plans typed by hand (held-out): `2. Nội dung thi đua: a. Về nề nếp:` (main: cut at `a`, as if `a.` closed a
    # sentence) and `1. Tổ chức giải bóng đá nam truyền thống.( có kế hoạch cụ thể …)` (main: the aside kept, its full
    # stop not read as one); a word of one letter closing a sentence still does (`… nhà ở. Đối với …`)
    sections = _sections(SLASH_PLAN.split("I/ MỤC ĐÍCH")[0] +
                         "I. NỘI DUNG THI ĐUA\n1. Chủ đề thi đua tháng 11.\n2. Nội dung thi đua: a. Về nề nếp:\n"
                         "- Đi học đúng giờ, xếp hàng ra vào lớp.\n3. Hình thức\n"
                         "II. CÁC HOẠT ĐỘNG\n1. Tổ chức giải bóng đá nam truyền thống.( có kế hoạch cụ thể và thể lệ thi "
                         "đấu kèm theo)\n2. Hỗ trợ các hộ xây dựng nhà ở. Đối với các hộ khó khăn thì nhà trường vận "
                         "động quyên góp.\n")
    assert sections["I.2"][2] == "Nội dung thi đua: a. Về nề nếp"
    assert sections["II.1"][2] == "Tổ chức giải bóng đá nam truyền thống"
    assert sections["II.2"][2] == "Hỗ trợ các hộ xây dựng nhà ở"


def test_a_browsers_list_number_before_the_documents_roman_marker():
    # A school Party cell's report copied from a web page (held-out): ` 1. I.Đặc điểm tình hình:` — the page drew a
    # list number before each part the document numbers with a Roman numeral (main: `1.`, the part's id `Phần I.1`)
    sections = _sections(SLASH_PLAN.split("I/ MỤC ĐÍCH")[0] +
                         "PHẦN THỨ NHẤT\nĐánh giá kết quả lãnh đạo của Chi bộ năm 2024\n 1. I.Đặc điểm tình hình:\n"
                         "– Tổng số đảng viên đến cuối năm là 29 đảng viên.\n 1. II. Kết quả lãnh đạo\n"
                         "1. Công tác chính trị tư tưởng\n")
    assert sections["Phần I.I"][1:] == ("I.", "Đặc điểm tình hình")
    assert sections["Phần I.II"][1:] == ("II.", "Kết quả lãnh đạo")
    assert "Phần I.II.1" in sections


def test_a_lettered_part_without_its_dot_or_with_a_dash_before_a_heading_in_capitals():
    # A Youth Union branch's report (held-out): `A ĐẶC ĐIỂM TÌNH HÌNH` over `I Thuận lợi` (main: no part A, `I` at the
    # top); an education office's report: `A- ĐÁNH GIÁ VIỆC THỰC HIỆN NHIỆM VỤ …`; a sentence opening with a one-letter
    # word stays text
    sections = _sections(SLASH_PLAN.split("I/ MỤC ĐÍCH")[0] +
                         "A ĐẶC ĐIỂM TÌNH HÌNH\n- Tổng số đoàn viên Chi đoàn đầu năm: 31\nI Thuận lợi\n"
                         "BCH chi đoàn luôn nhận được sự quan tâm.\nII Khó khăn\nB- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN\n"
                         "A Lưới là huyện miền núi của tỉnh.\n")
    assert {k: v[1:] for k, v in sections.items()} == {
        "A": ("A", "ĐẶC ĐIỂM TÌNH HÌNH"), "A.I": ("I", "Thuận lợi"), "A.II": ("II", "Khó khăn"),
        "B": ("B-", "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN")}


def test_a_sub_number_typed_with_a_space_before_its_dot_and_a_page_number_on_the_header():
    # a kindergarten's plan for công khai (held-out shape): the page's number `1` on the header's first line, and
    # `1 .1.` typed for `1.1.` (main: a section `1` of the header's words, `a)` … under `1.` with `1 .1.` lost)
    text = ("1 UBND QUẬN TÂN BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG MNTT THIÊN THẦN NHỎ Độc lập – Tự do – Hạnh "
            "phúc\nSố: 10 /KH-MNTTN Tân Bình, ngày 16 tháng 9 năm 2024\nKẾ HOẠCH\nTHỰC HIỆN QUY ĐỊNH CÔNG KHAI\n"
            "III. Nội dung\n1. Điều kiện bảo đảm chất lượng hoạt động giáo dục mầm non\n"
            "1 .1. Thông tin về đội ngũ giáo viên, cán bộ quản lý và nhân viên:\n"
            "a) Số lượng giáo viên, cán bộ quản lý và nhân viên chia theo vị trí việc làm;\n"
            "b) Số lượng, tỷ lệ giáo viên, cán bộ quản lý đạt chuẩn nghề nghiệp;\n"
            "1.2. Thông tin về cơ sở vật chất:\n")
    assert [s.section_id for s in parse_text(text)[0].sections] == [
        "III", "III.1", "III.1.1", "III.1.1.a", "III.1.1.b", "III.1.2"]


def test_a_header_line_that_lost_its_first_letter_is_no_lettered_part():
    # a provincial plan's page (held-out shape): the site lost the `Ủ` of `ỦY BAN NHÂN DÂN`, leaving `Y BAN NHÂN DÂN`, which
    # read as a part `Y` over the whole plan (`Y.I`, `Y.I.1` …); a letter without its dot heads a part from A to H only
    text = ("Y BAN NHÂN DÂN\nTỈNH KON TUM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 2516/KH-UBND\nKon Tum, ngày 03 tháng 10 năm 2014\nKẾ HOẠCH\nTriển khai thực hiện tiêu chuẩn xã, phường "
            "phù hợp với trẻ em\nI. Mục đích, yêu cầu\n1. Nhằm tạo môi trường sống an toàn, thân thiện với trẻ em.\n")
    assert [s.section_id for s in parse_text(text)[0].sections] == ["I", "I.1"]
