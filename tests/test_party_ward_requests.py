"""Party shapes of a ward's or commune's request for comments on a draft (stop 42): the Front's standing board by its
initials (`TTUBMTTQ`, `TT HĐND`), the holders of posts addressed `các ông, bà …`, the Front's area board written in
lower case (`Ban Công tác mặt trận`), the staff not paid as officials (`… và bán chuyên trách`), and the villages
listed after a council (`HĐND xã và các thôn`: a thôn has no council). Snippets written as ward letters are written
(names, places and dates invented)."""
from __future__ import annotations

from pipeline.api import parse_text

_WARD_LETTER = ("ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                "Số: 112/UBND\nV/v lấy ý kiến dự thảo Quy chế thực hiện dân chủ ở cơ sở\n"
                "Bình Minh, ngày 12 tháng 6 năm 2023\n\n")


def leads(body: str) -> dict[str, str]:
    return {p.party: p.task for p in parse_text(_WARD_LETTER + body)[0].parties if p.role == "lead"}


def test_front_standing_board_by_initials_and_posts_addressed_as_holders():
    found = leads("Để triển khai các bước tiếp theo, UBND phường đề nghị TTUBMTTQ Việt Nam phường, các tổ chức hội, "
                  "đoàn thể phường; các ông, bà Bí thư chi bộ, Tổ trưởng tổ dân phố, Trưởng Ban Công tác mặt trận các "
                  "tổ dân phố nghiên cứu, đóng góp ý kiến vào dự thảo Quyết định.\n")
    # (before: no party — `TTUBMTTQ` unknown, `các ông, bà` no address, `mặt trận` in lower case ended the board)
    assert {"Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Bí thư Chi bộ", "Tổ trưởng tổ dân phố",
            "Trưởng Ban Công tác Mặt trận các tổ dân phố"} <= set(found)
    assert all(task.startswith("nghiên cứu, đóng góp ý kiến") for task in found.values())


def test_staff_not_paid_as_officials_and_villages_after_a_council():
    found = leads("UBND phường yêu cầu các đồng chí cán bộ, công chức và bán chuyên trách; Hiệu trưởng các nhà trường "
                  "tổ chức nghiên cứu dự thảo quy chế.\n"
                  "UBND phường đề nghị TT HĐND phường và các tổ dân phố tuyên truyền dự thảo đến Nhân dân.\n")
    # (before: `Cán bộ, công chức` with the task `và bán chuyên trách`; `Hội đồng nhân dân các tổ dân phố`)
    assert found["Cán bộ, công chức và bán chuyên trách"].startswith("tổ chức nghiên cứu")
    assert "Thường trực Hội đồng nhân dân phường" in found
    assert "Các tổ dân phố" in found and not any("nhân dân các tổ" in party for party in found)


def test_commune_civil_servants_by_their_shortened_fields():
    found = leads("3. Giao Công chức VH-XH xã tổ chức, hướng dẫn các thôn treo cờ, tuyên truyền trực quan.\n"
                  "4. Công chức TP-HT xã rà soát, cập nhật hồ sơ hộ tịch trước ngày 30/6/2023.\n")
    # (before: `Công chức VH-XH xã`, which no key writes: the decree's name of the post is `Văn hóa - Xã hội`)
    assert found["Công chức Văn hóa - Xã hội xã"].startswith("tổ chức, hướng dẫn")
    assert "Công chức Tư pháp - Hộ tịch xã" in found


_COMMUNE_NOTICE = ("UBND HUYỆN AN LẠC\nUBND XÃ AN PHÚ\nSố: 12/TB-UBND\nAn Phú, ngày 28 tháng 4 năm 2025\nTHÔNG BÁO\n"
                   "Về việc treo cờ Tổ quốc\n\nỦy ban nhân dân xã thông báo đến các cơ quan, đơn vị và toàn thể nhân dân "
                   "trên địa bàn xã thực hiện cụ thể như sau:\n")


def test_kinds_listed_each_with_its_determiner_though_the_lexicon_lacks_them():
    rows = parse_text(_COMMUNE_NOTICE + "1/ Tất cả các cơ quan, các thôn, các cơ sở di tích lịch sử văn hóa, các hộ gia "
                      "đình thực hiện treo cờ Tổ quốc tại trụ sở, nhà văn hóa thôn và tại các hộ gia đình.\n"
                      "2/ Thời gian treo cờ Tổ quốc: Từ ngày 30/4/2025 đến hết ngày 01/5/2025.\n")[0].parties
    leads = {p.party: p.task for p in rows if p.role == "lead"}
    # (before: none — `các cơ sở di tích …` and `các hộ gia đình` are no heads of the lexicon, and `Các cơ quan` alone
    # was taken for a name cut short)
    assert {"Các cơ quan", "Các thôn", "Các cơ sở di tích lịch sử văn hóa", "Các hộ gia đình"} <= set(leads)
    assert all(task.startswith("thực hiện treo cờ Tổ quốc") for task in leads.values())


def test_a_kind_named_by_its_remit_is_read_whole():
    rows = parse_text(_COMMUNE_NOTICE + "3/ Công an xã chủ trì, phối hợp với các cơ quan chức năng có liên quan kiểm tra, "
                      "xử lý các trường hợp vi phạm.\n")[0].parties
    assert ("Các cơ quan chức năng có liên quan", "coordinate") in {(p.party, p.role) for p in rows}


def test_a_body_head_in_lower_case_with_its_own_name_after_và_opens_another_party():
    letter = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH AN LẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 712/SGDĐT-KTKĐ\nAn Lạc, ngày 04 tháng 3 năm 2019\nV/v đăng ký đánh giá ngoài\n\n"
              "Kính gửi: Các phòng GDĐT; các trường THPT\n\n"
              "- Tháng 03/2019: Các phòng GDĐT và trường THPT nộp hồ sơ đăng ký đánh giá ngoài về Sở, trước ngày "
              "20/3/2019.\n- Sở Y tế và trường Cao đẳng Y tế tổ chức tập huấn công tác y tế trường học.\n")
    rows = {(p.party, p.role) for p in parse_text(letter)[0].parties}
    # (before: one party `Các phòng Giáo dục và Đào tạo và trường Trung học phổ thông`, and no party on the second line)
    assert {("Các phòng Giáo dục và Đào tạo", "lead"), ("Các trường Trung học phổ thông", "lead"), ("Sở Y tế", "lead"),
            ("Trường Cao đẳng Y tế", "lead")} <= rows


def test_a_centre_named_with_the_level_of_schooling_it_teaches_at():
    letter = ("UBND TỈNH AN LẠC\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 381/SGDĐT-VP\nAn Lạc, ngày 28 tháng 02 năm 2020\nV/v cho học sinh đi học trở lại\n\n"
              "- Các trường trung học phổ thông, trung tâm giáo dục thường xuyên cấp trung học phổ thông tổ chức hoạt "
              "động dạy và học trở lại vào ngày 02/3/2020.\n")
    found = {p.party: p.task for p in parse_text(letter)[0].parties}
    # (before: the task `cấp trung học phổ thông tổ chức …`)
    assert found["Trung tâm giáo dục thường xuyên cấp trung học phổ thông"].startswith("tổ chức hoạt động dạy và học")


def test_a_report_the_writer_names_as_its_purpose_gives_no_receiver():
    letter = ("UBND TỈNH AN LẠC\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 924/SNV-CCHC\nAn Lạc, ngày 07 tháng 9 năm 2015\nV/v báo cáo công tác CCHC quý III năm 2015\n\n"
              "Để đánh giá chính xác tình hình thực hiện nhiệm vụ công tác cải cách hành chính quý III năm 2015, kịp "
              "thời báo cáo Bộ Nội vụ, Tỉnh ủy, Hội đồng nhân dân và Uỷ ban nhân dân tỉnh. Sở Nội vụ đề nghị các sở, "
              "ban, ngành báo cáo tình hình thực hiện công tác CCHC quý III năm 2015.\n"
              "Để kịp thời tổng hợp, đề nghị các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 20/9/2015.\n")
    rows = {(p.party, p.role) for p in parse_text(letter)[0].parties}
    # (before: the four bodies the writer reports to were the addressees' receivers)
    assert not {party for party, role in rows if role == "report_to"} & {"Bộ Nội vụ", "Tỉnh ủy"}
    assert {("Các sở, ban, ngành", "lead"), ("Các đơn vị", "lead"), ("Sở Nội vụ", "report_to")} <= rows


def test_a_preparation_list_names_its_doers_after_each_task():
    plan = ("TRƯỜNG MẦM NON HOA SEN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "An Lạc, ngày 10 tháng 5 năm 2022\nKẾ HOẠCH\nTổ chức Tết thiếu nhi 1/6\nI. NỘI DUNG\n"
            "1. Thời gian\n- Tổng duyệt chương trình: 25/5/2022.\n2. Phân công chuẩn bị\n"
            "- Tổng duyệt, sắp xếp vị trí tổ chức: BGH, đội văn nghệ.\n- Trang trí, kê bàn, bóng bay: Bộ phận HC.\n")
    found = {p.party: p.task for p in parse_text(plan)[0].parties}
    # (before: `đội văn nghệ`, a body's head in lower case, was dropped, and `Bộ phận HC` kept its initials)
    assert found["Đội văn nghệ"] == found["Ban Giám hiệu"] == "Tổng duyệt, sắp xếp vị trí tổ chức"
    assert found["Bộ phận Hành chính"] == "Trang trí, kê bàn, bóng bay"


def test_a_steering_committee_named_after_the_peoples_health():
    letter = ("ỦY BAN NHÂN DÂN\nHUYỆN AN LẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 476/UBND\nAn Lạc, ngày 14 tháng 6 năm 2017\nV/v phòng chống dịch sốt xuất huyết\n\n"
              "2. Đề nghị thành viên Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện tham gia chỉ đạo thực hiện Kế hoạch "
              "theo địa bàn được phân công.\n")
    found = {p.party: p.task for p in parse_text(letter)[0].parties}
    # (before: `Thành viên Ban Chỉ đạo Chăm sóc`, the generic `nhân dân` taken for another party's head)
    assert found["Thành viên Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện"].startswith("tham gia chỉ đạo")


def test_a_field_pair_typed_without_blanks_and_a_return_home_is_no_report():
    rows = {(p.party, p.role) for p in parse_text(
        _WARD_LETTER + "1. Giao Công chức Văn hóa-Xã hội theo dõi, hướng dẫn, kiểm tra việc treo cờ Tổ quốc.\n"
        "2. Trưởng các khu phố nắm bắt thông tin người dân đến địa bàn. Báo cáo ngay cho UBND phường đối với các trường "
        "hợp trở về địa phương từ vùng có dịch.\n")[0].parties}
    # the dash of `Văn hóa - Xã hội` spaced as the keys write it; `trở về địa phương` is a person's way home
    assert ("Công chức Văn hóa - Xã hội", "lead") in rows
    assert ("Ủy ban nhân dân phường", "report_to") in rows
    assert not any(party == "Địa phương" for party, _ in rows)


def test_who_readies_what_under_an_events_preparation_and_the_parents_asked():
    # a school Young Pioneers' plan for its congress: under `3. Chuẩn bị`, each task then its doer, the teacher in charge
    # in brackets; a heading whose parties prepare something is no such part
    rows = {(p.party, p.task) for p in parse_text(
        "LIÊN ĐỘI TRƯỜNG THCS AN PHÚ\n\nKẾ HOẠCH\nĐại hội Liên đội năm học 2019 - 2020\n\nII. NỘI DUNG\n3. Chuẩn bị\n\n"
        "- Trang trí, thu dọn lễ đài:  Đoàn thanh niên. (Lường Văn Duy)\n\n- Kê, dọn bàn ghế: Chi đội 9A1. (GVCN cô "
        "Nguyễn Thị Hằng)\n\n- Tiếp nước: Đội Danh dự.\nIII. Thành phần tham dự\n")[0].parties}
    assert {("Đoàn Thanh niên", "Trang trí, thu dọn lễ đài"), ("Chi đội 9A1", "Kê, dọn bàn ghế"),
            ("Đội Danh dự", "Tiếp nước")} <= rows
    # a kindergarten's notice to parents: `phụ huynh`, `PHHS` are the people asked, as `cha mẹ học sinh` are
    found = {(p.party, p.role) for p in parse_text(
        "TRƯỜNG MẦM NON SƠN CA\n\nTHÔNG BÁO\nV/v cho trẻ nghỉ học\n\n1. Đề nghị phụ huynh theo dõi sức khỏe của trẻ hằng "
        "ngày.\n2. PHHS cài đặt Bluzone và thực hiện tốt thông điệp 5K.\n")[0].parties}
    assert {("Phụ huynh", "lead"), ("Phụ huynh học sinh", "lead")} <= found


def test_a_subject_groups_head_beside_the_team_head():
    found = {(p.party, p.role) for p in parse_text(
        "TRƯỜNG THPT BA GIA\n\nKẾ HOẠCH\nÔn tập và tổ chức thi học kỳ I\n\n2. Xây dựng đề cương ôn tập học kỳ I:\n"
        "- Tổ trưởng, nhóm trưởng phân công giáo viên xây dựng đề cương ôn tập học kỳ I.\n")[0].parties}
    assert {("Tổ trưởng", "lead"), ("Nhóm trưởng", "lead")} <= found


def test_doers_after_a_fronted_time_and_after_a_lists_ellipsis():
    # a commune's notice for the New Year holiday: `Trong thời gian nghỉ tết …, <doers> bố trí trực …`, and a sentence
    # that opens after the ellipsis closing a list (`…,… Các đơn vị: Công an, Quân sự, trạm Y tế phải …`)
    found = {(p.party, p.role) for p in parse_text(
        _WARD_LETTER + "2. Trong thời gian nghỉ tết Dương lịch, các Phòng ban chuyên môn và các cơ quan, đơn vị bố trí "
        "trực và sắp xếp các bộ phận làm việc hợp lý để giải quyết công việc liên tục, các nhiệm vụ cấp thiết khác,… Các "
        "đơn vị: Công an, Quân sự, trạm Y tế phải đảm bảo nhân lực và phương tiện cần thiết.\n")[0].parties}
    assert {("Các phòng, ban chuyên môn", "lead"), ("Các cơ quan, đơn vị", "lead"), ("Công an", "lead"),
            ("Quân sự", "lead"), ("Trạm Y tế", "lead")} <= found


def test_heads_of_the_communities_below_a_ward_by_their_southern_and_northern_names():
    # a ward's holiday notice in the Mekong provinces (`khóm`), a commune's letter in the north (`các ông xóm trưởng`):
    # the communities of Thông tư 04/2012/TT-BNV, Điều 2, as `Trưởng các thôn` reads
    found = {(p.party, p.role) for p in parse_text(
        _WARD_LETTER + "2. Trưởng các khóm hướng dẫn Nhân dân thuộc địa bàn quản lý treo cờ Tổ quốc đúng quy định.\n"
        "3. Trong quá trình thực hiện, có khó khăn vướng mắc, đề nghị các ông xóm trưởng báo cáo kịp thời về Ban chỉ đạo "
        "phường.\n")[0].parties}
    assert {("Trưởng các khóm", "lead"), ("Xóm trưởng", "lead")} <= found
