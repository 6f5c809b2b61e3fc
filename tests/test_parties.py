"""Responsible parties on real plans, letters and decisions (../shared/devset, ../shared/wild), each test a
shape the genre assigns tasks in, checked on the documents' own words."""
from __future__ import annotations

from functools import lru_cache

import pytest

from pipeline import party_ocr
from pipeline.api import parse_file, parse_text
from pipeline.party_forms import normalize

from .conftest import SHARED, parsed_document

DEVSET = SHARED / "devset" / "texts"
pytestmark = pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not here")


@lru_cache(maxsize=None)
def parties(path: str) -> list:
    return [p for doc in parse_file(str(path)) for p in doc.parties]


def near(path, phrase: str, span: int = 400) -> set[tuple[str, str]]:
    """(party, role) of the rows within `span` characters after `phrase` in the document's text."""
    doc = parse_file(str(path))[0]
    at = doc.text.index(phrase)
    return {(p.party, p.role) for p in parties(path) if at <= p.start < at + span}


def test_subject_with_partners_and_the_level_of_a_commune_body():
    # `Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp chặt chẽ với Thường trực Hội đồng nhân dân, Ủy ban
    # nhân dân xã để thành lập …`: the subject leads, its partners coordinate, and a council named without
    # its level is the commune's (the document speaks from `XÃ LƯƠNG MINH`).
    found = near(DEVSET / "fresh_40.txt", "- Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp chặt chẽ", 250)
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in found
    assert ("Thường trực Hội đồng nhân dân xã", "coordinate") in found
    assert ("Ủy ban nhân dân xã", "coordinate") in found


def test_same_level_and_upper_level_bodies():
    found = {(p.party, p.role) for p in parties(DEVSET / "fresh_40.txt")}
    # `Ủy ban nhân dân cùng cấp` in a commune's guidance is the commune's; `cấp trên` names another level.
    assert ("Ủy ban nhân dân xã", "coordinate") in found
    assert not any("cùng cấp" in party for party, _ in found)
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp trên", "report_to") in found


def test_labelled_lists_with_posts_completed_and_a_misspelt_post():
    # `- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực …` /
    # `- Đơn vị phối hợp: Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã, các đồng chí Chuyên viên cơ quan MTTQ xã.`
    found = near(DEVSET / "fresh_35.txt", "- Đơn vị chủ trì: Đồng chí Phó chủ tịch Thường trực", 300)
    assert found == {
        ("Phó Chủ tịch Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead"),  # the post's body, named at L265
        ("Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã", "coordinate"),  # `chỉ tịch` read as `chủ tịch`
        ("Trưởng đoàn thể xã", "coordinate"),
        ("Chuyên viên cơ quan Mặt trận Tổ quốc xã", "coordinate"),
    }


def test_one_person_with_several_posts_takes_the_last():
    # `Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã lãnh đạo, chỉ đạo chung …`
    found = near(DEVSET / "fresh_35.txt", "- Đồng chí Ủy viên Ban Thường vụ Đảng ủy", 120)
    assert found == {("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead")}


def test_headings_of_the_implementation_section_name_parties():
    found = near(DEVSET / "fresh_06.txt", "IV. TỔ CHỨC THỰC HIỆN", 1700)
    assert ("Phòng Học sinh, sinh viên", "lead") in found
    # `- Thường trực, chủ trì, phối hợp với Sở Văn hóa và Thể thao, …`: partners of the heading's party
    assert ("Sở Văn hóa và Thể thao", "coordinate") in found
    # `2. Liên đoàn Vovinam Việt Nam` over `- Là đơn vị đồng phối hợp tổ chức chương trình.`
    assert ("Liên đoàn Vovinam Việt Nam", "coordinate") in found
    assert ("Các cơ sở giáo dục và đào tạo trên địa bàn Thành phố", "lead") in found
    # `1. Sở Giáo dục và Đào tạo` only groups `a) Phòng …` and `b) Các phòng thuộc Sở`
    assert ("Sở Giáo dục và Đào tạo", "lead") not in found


def test_posts_before_a_colon_in_the_assignment_section():
    found = near(DEVSET / "fresh_02.txt", "VII. PHÂN CÔNG TRÁCH NHIỆM", 1400)
    assert {("Hiệu trưởng", "lead"), ("Phó Hiệu trưởng", "lead"), ("Bí thư Đoàn trường", "lead"),
            ("Giáo viên chủ nhiệm", "lead"), ("Đoàn trường", "lead")} <= found


def test_directive_with_the_bodies_enumerated_after_a_colon():
    # `Giao các sở: Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Thông tin và Truyền thông,
    # Xây dựng đôn đốc, hướng dẫn …`
    found = near(DEVSET / "fresh_27.txt", "Giao các sở:", 200)
    assert found == {("Sở Giao thông vận tải", "lead"), ("Sở Nông nghiệp và Phát triển nông thôn", "lead"),
                     ("Sở Thông tin và Truyền thông", "lead"), ("Sở Xây dựng", "lead")}


def test_report_receivers_and_the_names_of_bodies_kept_whole():
    path = DEVSET / "fresh_19.txt"
    # `Định kỳ hằng tuần …, báo cáo cho lãnh đạo UBND tỉnh … (báo cáo đồng gửi cho Sở Nội vụ để theo dõi)`
    found = near(path, "c) Giao Văn phòng UBND tỉnh:", 1600)
    assert {("Văn phòng Ủy ban nhân dân tỉnh", "lead"), ("Lãnh đạo Ủy ban nhân dân tỉnh", "report_to"),
            ("Sở Nội vụ", "report_to")} <= found
    # A body's name with its sectors enumerated, and with only the first syllable of a word capitalised
    names = {p.party for p in parties(path)}
    assert "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh" in names
    assert not any(name.startswith("Trung tâm Xúc") and name.endswith(("Xúc", "tư")) for name in names)


def test_names_are_not_cut_short_over_the_wild_set():
    # The names the issue saw cut short (`Sở Lao động`, `Ủy`, `Ban Chỉ`), on the wild documents that use
    # them; and no party is a head alone or ends with a joining word.
    files = [f for f in sorted((SHARED / "wild").glob("*.txt"))
             if "Sở Lao động" in f.read_text(encoding="utf-8")][:6]
    assert files
    names = {p.party for f in files for p in parties(f)}
    assert "Sở Lao động, Thương binh và Xã hội" in names
    assert not names & {"Sở Lao động", "Ủy", "Ban Chỉ", "Cơ quan", "Hội đồng", "Ban", "Sở"}
    assert not [n for n in names if n.rsplit(" ", 1)[-1] in ("của", "và", "các", "thuộc")]


def test_a_decision_names_who_executes_it_across_semicolons():
    # `Giám đốc Sở Lao động - Thương binh và Xã hội; Thủ trưởng các cơ quan, đơn vị liên quan; Chủ tịch Ủy
    # ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.`
    found = near(SHARED / "wild" / "src_tvplcrawl_17.txt", "Giám đốc Sở Lao động - Thương binh và Xã hội; Thủ", 250)
    assert found == {("Giám đốc Sở Lao động, Thương binh và Xã hội", "lead"),
                     ("Thủ trưởng các cơ quan, đơn vị liên quan", "lead"),
                     ("Chủ tịch Ủy ban nhân dân các huyện, thành phố", "lead")}


def test_task_table_columns():
    # `| STT | | Tên văn bản | Đơn vị chủ trì soạn thảo | Đơn vị cho ý kiến | …` then
    # `| 1 | 37 | Luật Địa chất và Khoáng sản | - Cục Khoáng sản Việt Nam; - Cục Địa chất Việt Nam | Vụ Pháp chế | …`
    found = near(SHARED / "wild" / "src_tvplcrawl_47.txt", "Đơn vị chủ trì soạn thảo", 600)
    assert found == {("Cục Khoáng sản Việt Nam", "lead"), ("Cục Địa chất Việt Nam", "lead"),
                     ("Vụ Pháp chế", "coordinate"), ("Vụ Đất đai", "lead")}
    # each row's task is its `Tên văn bản` cell, not the row's numbers and names run together
    tasks = {(p.party, p.task) for p in parsed_document(str(SHARED / "wild" / "src_tvplcrawl_47.txt")).parties
             if p.line in (159, 160)}
    assert tasks == {("Cục Khoáng sản Việt Nam", "Luật Địa chất và Khoáng sản"),
                     ("Cục Địa chất Việt Nam", "Luật Địa chất và Khoáng sản"),
                     ("Vụ Pháp chế", "Luật Địa chất và Khoáng sản"),
                     ("Vụ Đất đai", "Nghị định quy định chi tiết thi hành Luật Đất đai"),
                     ("Vụ Pháp chế", "Nghị định quy định chi tiết thi hành Luật Đất đai")}


def test_letters_and_plans_close_differently():
    # A letter's `đề nghị X … thực hiện` is X's task; a plan's closing `Trên đây là Kế hoạch …; đề nghị …`
    # only asks for cooperation (`other`).
    letter = near(DEVSET / "fresh_08.txt", "đề nghị Ủy ban nhân dân phường, xã và đặc khu", 200)
    assert ("Ủy ban nhân dân phường, xã và đặc khu", "lead") in letter
    plan = near(DEVSET / "fresh_36.txt", "Trên đây là kế hoạch triển khai", 600)
    assert {("Thủ trưởng các cơ quan, đơn vị", "other"), ("Cá nhân có liên quan", "other")} <= plan


def test_addressees_of_a_letter_that_asks_them_to_act():
    assert ("Thủ trưởng các cơ sở giáo dục", "lead") in near(DEVSET / "fresh_10.txt", "Kính gửi", 80)


def test_quoted_provisions_assign_nothing():
    # `Khoản 3 Điều 15 Nghị định số 126/2024/NĐ-CP quy định: “Chủ tịch Ủy ban nhân dân cấp tỉnh có thẩm quyền …”`
    assert not near(DEVSET / "fresh_27.txt", "Khoản 3 Điều 15 Nghị định số 126/2024/NĐ-CP quy định", 1100)


def test_defined_short_names_and_the_issuer_in_full():
    # `Quỹ Khuyến học tỉnh Bình Thuận (gọi tắt là Quỹ)`: `Quỹ phải …` is the fund
    assert ("Quỹ Khuyến học tỉnh Bình Thuận", "lead") in {(p.party, p.role) for p in parties(DEVSET / "fresh_30.txt")}
    # The issuer named by its level (`Ban Thường trực Ủy ban MTTQ Việt Nam phường`) where the plan also writes
    # its full name; a guidance that never does keeps the level alone.
    plan = {p.party for p in parties(DEVSET / "fresh_41.txt")}
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Cam Ranh" in plan
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường" not in plan
    guidance = {p.party for p in parties(DEVSET / "fresh_40.txt")}
    assert "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã" in guidance


def test_scanned_lists_read_by_likeness():
    # OCR text: `a) Don 'vj chñ tn: S GDDT, S LDTBXH, UBND các qun, huyn, Dai …` /
    # `b) Don vj ph6i hcrp: S Thông tin và Truyn thông.`
    path = DEVSET / "fresh_13.txt"
    assert party_ocr.damaged(path.read_text(encoding="utf-8"))
    assert not party_ocr.damaged((DEVSET / "fresh_19.txt").read_text(encoding="utf-8"))
    found = near(path, "a) Don 'vj chñ tn:", 300)
    assert {("Sở Giáo dục và Đào tạo", "lead"), ("Sở Lao động, Thương binh và Xã hội", "lead"),
            ("Ủy ban nhân dân các quận, huyện", "lead"), ("Sở Thông tin và Truyền thông", "coordinate")} <= found


def test_what_is_not_a_task():
    text = ("KẾ HOẠCH\nTổ chức cuộc thi năm 2025\n"
            "1. Ban tổ chức có quyền thay đổi thể lệ cuộc thi.\n"
            "2. Ngày 01/10/2025, Sở Nội vụ đã ban hành Công văn số 1843/SNV-TCBC gửi Bộ Nội vụ.\n"
            "3. Thực hiện tốt công tác phối hợp với cơ quan chức năng trong giải quyết kiến nghị.\n"
            "4. Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Trung tâm Y tế huyện tổ chức tập huấn.\n")
    found = {(p.party, p.role) for p in parse_text(text)[0].parties}
    # a right (`có quyền`), a report already made (`đã … gửi`), coordination as a topic: no party;
    # the plan's real assignment is kept with its partner
    assert found == {("Phòng Giáo dục và Đào tạo", "lead"), ("Trung tâm Y tế huyện", "coordinate")}


def test_normalized_names():
    assert normalize("các đ/c Phó chỉ tịch") == "Phó Chủ tịch"
    assert normalize("22 GVCN") == "Giáo viên chủ nhiệm"
    assert normalize("Sở LĐTBXH") == "Sở Lao động, Thương binh và Xã hội"
    assert normalize("UBND các quận, huyện") == "Ủy ban nhân dân các quận, huyện"
    assert normalize("Uỷ ban MTTQ Việt Nam xã") == "Ủy ban Mặt trận Tổ quốc Việt Nam xã"


def test_bodies_named_in_a_cited_documents_description_are_not_assigned():
    # `Căn cứ Nghị quyết số … của Hội đồng nhân dân Thành phố quy định chi thu nhập tăng thêm …`: the council
    # acted in the cited resolution, not in this decision.
    assert "Hội đồng nhân dân Thành phố" not in {p.party for p in parties(DEVSET / "fresh_11.txt")}
    # `Thông tri số 04/TT-MTTW-BTT … về Hướng dẫn Uỷ ban MTTQ Việt Nam kiểm tra, giám sát …`: the subject's
    # `Hướng dẫn X kiểm tra` is the circular's title
    assert not near(DEVSET / "fresh_41.txt", "Căn cứ Thông tri số 04/TT-MTTW-BTT", 220)
    # … but a description ends where the text assigns a task of its own: `Công văn số 2769/UBND-NCKSTTHC về
    # việc tổ chức đại hội nhiệm kỳ của hội và giao Sở Nội vụ theo dõi, đôn đốc …`
    assert ("Sở Nội vụ", "lead") in near(DEVSET / "fresh_27.txt", "Ngày 24/7/2024, Chủ tịch", 400)


def test_a_statutes_articles_describe_kinds_of_body():
    # A circular's procedure (`Cơ quan hải quan tiến hành xác minh …`) describes what customs offices do; the
    # bodies it names are kept, and so is everyone its implementing article charges.
    circular = {p.party for p in parties(SHARED / "wild" / "src_tvplcrawl_51.txt")}
    assert "Cơ quan hải quan" not in circular and "Cá nhân" not in circular
    assert "Tổng cục Hải quan" in circular
    decree = parties(SHARED / "wild" / "src_tvplcrawl_62.txt")
    found = {(p.party, p.role) for p in decree}
    assert ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "lead") in found  # Trách nhiệm thi hành
    assert ("Bộ Tài chính", "lead") in found
    # `Chính phủ ban hành Nghị định …`: the enacting formula is no task
    assert not [p for p in decree if p.party == "Chính phủ" and p.task.startswith("ban hành Nghị định")]


def test_a_party_heading_takes_the_roles_of_its_items():
    # `2. Các tổ chức thành viên của Mặt trận Tổ quốc xã` over `- Phối hợp chặt chẽ với Ban Thường trực …` and
    # `- Chỉ đạo chi hội, chi đoàn ở thôn …`: it coordinates one task and leads the other.
    found = near(DEVSET / "fresh_37.txt", "2. Các tổ chức thành viên của Mặt trận Tổ quốc xã", 120)
    assert {("Các tổ chức thành viên của Mặt trận Tổ quốc xã", "coordinate"),
            ("Các tổ chức thành viên của Mặt trận Tổ quốc xã", "lead")} <= found
    # `- Là đơn vị đồng phối hợp tổ chức chương trình.` says what the body is: all its items are coordination
    vovinam = near(DEVSET / "fresh_06.txt", "2. Liên đoàn Vovinam Việt Nam", 60)
    assert vovinam == {("Liên đoàn Vovinam Việt Nam", "coordinate")}


def test_a_clause_under_a_numbered_heading_keeps_its_subject_apart():
    found = {(p.party, p.role) for p in parties(DEVSET / "fresh_30.txt")}
    # `2. Ban Kiểm soát Quỹ có trách nhiệm kiểm tra, giám sát …`, `4. Hội đồng quản lý Quỹ và Giám đốc Quỹ có
    # trách nhiệm công khai …`: the subjects, not the line
    assert {("Ban Kiểm soát Quỹ", "lead"), ("Hội đồng quản lý Quỹ", "lead"), ("Giám đốc Quỹ", "lead")} <= found
    # `Điều 10. Phó Chủ tịch Hội đồng quản lý Quỹ` over `Phó Chủ tịch Hội đồng quản lý Quỹ có nhiệm vụ …`
    assert ("Phó Chủ tịch Hội đồng quản lý Quỹ", "lead") in found
    assert not [party for party, _ in found if "trách nhiệm" in party or party.count("Phó Chủ tịch") > 1]


def test_sectors_and_a_shared_determiner_belong_to_the_names():
    # `Chỉ đạo các cơ quan truyền thông, báo chí thực hiện thông tin, tuyên truyền …`
    assert ("Các cơ quan truyền thông, báo chí", "lead") in near(DEVSET / "fresh_31.txt", "- Chỉ đạo các cơ quan truyền", 80)
    # `… phối hợp với Hội đồng nhân dân, Ủy ban nhân dân, các tổ chức thành viên, các cơ quan tuyên truyền,
    # báo chí trên địa bàn tổ chức thông tin …`
    found = near(DEVSET / "fresh_40.txt", "- Ủy ban MTTQ Việt Nam xã phối hợp với Hội đồng nhân dân", 250)
    assert ("Các cơ quan tuyên truyền, báo chí trên địa bàn", "coordinate") in found
    # `phối hợp với các sở, ban, ngành và địa phương có liên quan`: `các` counts both kinds of body
    assert {("Các sở, ban, ngành", "coordinate"), ("Các địa phương có liên quan", "coordinate")} <= \
        near(DEVSET / "fresh_19.txt", "sẽ chủ trì, phối hợp với các sở", 150)
    # `phối hợp với các tổ chức chính trị - xã hội, tổ chức thành viên của Mặt trận kiểm tra, giám sát …`: the
    # members of the ward's Front (a ward's plan)
    assert {("Các tổ chức chính trị - xã hội", "coordinate"),
            ("Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam phường", "coordinate")} \
        <= near(DEVSET / "fresh_41.txt", "tổ chức chủ trì, phối hợp với các tổ chức", 200)


def test_a_list_a_preposition_governs_has_no_subject():
    # `… đảng viên thuộc diện Bộ Chính trị, Ban Bí thư quản lý …`: managed by them, no task of theirs
    assert "Ban Bí thư" not in {p.party for p in parties(DEVSET / "fresh_40.txt")}


def test_the_issuing_level_from_a_copy_stamp_over_a_damaged_header():
    # The scan's header is OCR-damaged (`TIIANH PHO DA NANG`); its `SAO Y / Ủy ban nhân dân thành phố Đà Nẵng`
    # stamp gives the place, so the lists' `Dai hc Dà Nng` reads as the city's university.
    found = near(DEVSET / "fresh_13.txt", "a) Don 'vj chñ tn:", 300)
    assert ("Đại học Đà Nẵng", "lead") in found


def test_a_letters_addressees_act_only_when_asked_and_get_the_request_as_task():
    # A ministry's answer (`Bộ … có ý kiến như sau: …`) asks nothing of the province it is addressed to
    assert "Ủy ban nhân dân tỉnh Long An" not in {p.party for p in parties(SHARED / "wild" / "src_congbot_31.txt")}
    addressee = [p for p in parties(DEVSET / "fresh_10.txt") if p.party == "Thủ trưởng các cơ sở giáo dục"]
    assert addressee and addressee[0].task.startswith("kính mong Thủ trưởng các đơn vị triển khai")


def test_a_person_named_before_the_post():
    # `Và nộp đề án dự thi về cho Thầy Nguyễn Văn Thành PHT NGLL`: the post receives it, not the person
    found = near(DEVSET / "fresh_02.txt", "Và nộp đề án dự thi về cho", 120)
    assert [party for party, role in found if party.startswith("Phó Hiệu trưởng") and role == "report_to"]
    assert normalize("Đồng chí Nguyễn Văn An, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã") == \
        "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã"


def test_a_labelled_item_outside_the_implementation_section():
    # `- <party>: <task>` is an assignment wherever it stands, when a task in lower case follows the label;
    # a capitalised entry after a label is a list's item (`Trường MN An Hòa: Xây dựng 01 phòng …`).
    text = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 20/KH-MTTQ-BTT\n\nKẾ HOẠCH\n"
            "Tiếp nhận, xử lý đơn thư liên quan đến bầu cử\n\nI. NỘI DUNG\n\n"
            "- Bộ phận xử lý đơn thư: tiếp nhận, phân loại đơn thư khiếu nại, tố cáo của công dân.\n\n"
            "- Trưởng đoàn: Đại diện Ban Thường trực Ủy ban MTTQ Việt Nam xã.\n")
    found = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert found == {("Bộ phận xử lý đơn thư", "lead")}


def test_addressees_joined_on_one_line_are_one_party_each():
    # ../shared/wild/src_congbot_36.txt L5, a table cell a legal database joined: `| Kính gửi: | - Bộ Tài chính; - Bộ
    # Kế hoạch và Đầu tư |`, and the letter asks both to act, by name (L17: their rows are the body's) …
    found = {(p.party, p.role) for p in parties(SHARED / "wild" / "src_congbot_36.txt")}
    assert {("Bộ Tài chính", "lead"), ("Bộ Kế hoạch và Đầu tư", "lead")} <= found
    assert not [party for party, _ in found if ";" in party]
    # … or as `Quý Bộ` (the letter as ministries write it to their peers): the Kính gửi line names them, one each
    letter = parse_text("BỘ XÂY DỰNG\nSố: 2214/BXD-QLN\nV/v: Hỗ trợ người có công với cách mạng về nhà ở.\n"
                        "Hà Nội, ngày 23 tháng 10 năm 2013\n\n| Kính gửi: | - Bộ Tài chính; - Bộ Kế hoạch và Đầu tư |\n"
                        "|---|---|\n\nBộ Xây dựng đề nghị Quý Bộ xem xét, bố trí vốn hỗ trợ cho các địa phương.\n")[0]
    assert {(p.party, p.role) for p in letter.parties} == {("Bộ Tài chính", "lead"), ("Bộ Kế hoạch và Đầu tư", "lead")}


def test_addressee_on_the_date_line_ends_with_its_name():
    # ../shared/wild/src_tvplcrawl_9.txt L5: `Hà Nội, ngày 29 tháng 12 năm 2014 Kính gửi: Cục Hải quan các
    # tỉnh, thành phố.` then the guidance the Bộ asks them to carry out
    found = near(SHARED / "wild" / "src_tvplcrawl_9.txt", "Kính gửi", 60)
    assert found == {("Cục Hải quan các tỉnh, thành phố", "lead")}


def test_a_proposal_goes_to_the_body_that_decides_or_asks_it_to_act():
    # ../shared/devset/texts/fresh_27.txt L13-14: `… và tổng hợp báo cáo, đề xuất Chủ tịch Ủy ban nhân dân tỉnh
    # xem xét, có ý kiến`: the summary and proposal go to the Chủ tịch (report_to)
    found = near(DEVSET / "fresh_27.txt", "tổng hợp báo cáo, đề xuất Chủ tịch", 120)
    assert ("Chủ tịch Ủy ban nhân dân tỉnh", "report_to") in found
    # L126-127: `Sở Nội vụ đề xuất Chủ tịch Ủy ban nhân dân tỉnh thống nhất gia hạn …`: asked to act (lead)
    found = near(DEVSET / "fresh_27.txt", "Sở Nội vụ đề xuất Chủ tịch Ủy ban nhân dân tỉnh thống nhất", 80)
    assert ("Chủ tịch Ủy ban nhân dân tỉnh", "lead") in found
    # ../shared/wild/src_congbot_21.txt L347: `… đề xuất Bộ Quốc phòng, Ban Chỉ đạo quốc gia các chủ trương chính
    # sách …`: what is proposed follows the bodies, which receive it
    found = near(SHARED / "wild" / "src_congbot_21.txt", "đề xuất Bộ Quốc phòng", 80)
    assert {("Bộ Quốc phòng", "report_to"), ("Ban Chỉ đạo quốc gia", "report_to")} <= found
    # ../shared/corpus 002 L32: `… hoặc đề xuất cấp có thẩm quyền giải quyết …`: asked to decide, as after
    # `kiến nghị`: no party
    path = next((SHARED / "corpus").glob("002_*.txt"))
    assert not [p for p in near(path, "đề xuất cấp có thẩm quyền giải quyết", 60) if p[0] == "Cấp có thẩm quyền"]


def test_lead_then_partners_in_the_next_clause():
    # The assignment clause of provincial plans: `Giao X chủ trì, Y phối hợp …`, `X chủ trì, Y phối hợp …`
    # (no shared text writes it; the sentence is built as plans of UBND tỉnh write their Tổ chức thực hiện)
    head = ("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\nSố: 33/KH-UBND\n\nKẾ HOẠCH\nThực hiện công tác dân vận năm 2025\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n")
    for sentence in ("1. Giao Sở Giáo dục và Đào tạo chủ trì, Sở Tài chính và Sở Nội vụ phối hợp tổ chức thực hiện.",
                     "1. Sở Giáo dục và Đào tạo chủ trì, Sở Tài chính và Sở Nội vụ phối hợp triển khai kế hoạch."):
        found = {(p.party, p.role) for p in parse_text(head + sentence + "\n")[0].parties}
        assert found == {("Sở Giáo dục và Đào tạo", "lead"), ("Sở Tài chính", "coordinate"),
                         ("Sở Nội vụ", "coordinate")}, sentence
    # a clause that does not `phối hợp` names no partner
    found = {(p.party, p.role) for p in parse_text(
        head + "1. Sở Giáo dục và Đào tạo chủ trì, các trường học tổ chức thực hiện.\n")[0].parties}
    assert ("Các trường học", "coordinate") not in found


def test_short_names_the_document_defines_stand_for_the_bodies():
    # ../shared/devset/texts/fresh_31.txt L15-17: `… các bộ, cơ quan ngang bộ (gọi tắt là bộ) và Ủy ban nhân dân
    # các tỉnh, thành phố trực thuộc Trung ương (gọi tắt là tỉnh) …`; L20 `… các bộ, tỉnh triển khai công tác tự
    # đánh giá, chấm điểm …`: the short names are the defined bodies, one row each (`bộ` is two kinds of body the
    # law names: the ministries and the ministry-level agencies)
    found = near(DEVSET / "fresh_31.txt", "các bộ, tỉnh triển khai", 40)
    assert found == {("Các bộ", "lead"), ("Cơ quan ngang bộ", "lead"),
                     ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead")}
    assert "Các bộ, tỉnh" not in {p.party for p in parties(DEVSET / "fresh_31.txt")}


def test_a_post_and_the_abbreviated_field_it_has_in_charge():
    # ../shared/devset/texts/fresh_02.txt L81 `… trực tiếp về cho Thầy Nguyễn Văn Thành Phó hiệu trưởng NGLL.`
    # (NGLL: ngoài giờ lên lớp, the field): the post receives it
    found = near(DEVSET / "fresh_02.txt", "trực tiếp về cho Thầy Nguyễn Văn Thành", 80)
    assert ("Phó Hiệu trưởng", "report_to") in found
    assert not [party for party, _ in found if "NGLL" in party]
    # after the head of a body an abbreviation names the body (`Giám đốc TTYT`: Trung tâm Y tế)
    assert normalize("Giám đốc TTYT") == "Giám đốc TTYT"


def test_a_proposal_to_the_body_that_awards_or_appraises():
    # ../shared/devset/texts/fresh_40.txt L191: `… lựa chọn các tập thể, cá nhân tiêu biểu xuất sắc để đề nghị Ủy ban
    # MTTQ Việt Nam cấp trên, Chủ tịch Ủy ban nhân dân cùng cấp khen thưởng.`: the proposal goes to them
    found = near(DEVSET / "fresh_40.txt", "để đề nghị Ủy ban MTTQ Việt Nam cấp trên", 120)
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp trên", "report_to") in found
    # ../shared/wild/src_congbot_7.txt L807: `… có công văn kèm theo giấy tờ đề nghị Bộ Lao động - Thương binh và Xã
    # hội thẩm định.`
    found = near(SHARED / "wild" / "src_congbot_7.txt", "có công văn kèm theo giấy tờ đề nghị Bộ Lao động", 90)
    assert ("Bộ Lao động - Thương binh và Xã hội", "report_to") in found
    assert ("Bộ Lao động - Thương binh và Xã hội", "lead") not in found
    # asked to act, the body leads: fresh_10 L41-42 `kính mong Thủ trưởng các đơn vị triển khai …`
    assert ("Thủ trưởng các cơ sở giáo dục", "lead") in near(DEVSET / "fresh_10.txt", "Kính gửi", 80)


def test_levels_listed_without_their_comma():
    # ../shared/devset/texts/fresh_06.txt L359-360: `… phối hợp với Sở Văn hóa và Thể thao, Ủy ban nhân / dân các
    # phường xã, đặc khu, …`: the levels are listed as the genre writes them, with commas
    found = near(DEVSET / "fresh_06.txt", "Thường trực, chủ trì, phối hợp với Sở Văn hóa", 200)
    assert ("Ủy ban nhân dân các phường, xã, đặc khu", "coordinate") in found
    assert normalize("Ủy ban nhân dân các thị xã") == "Ủy ban nhân dân các thị xã"  # one level of two words


def test_an_addressee_wrapped_onto_the_next_line():
    # ../shared/devset/texts/fresh_08.txt L18-21: `Kính gửi:` / `- Chủ tịch Ủy ban nhân dân phường, xã và đặc khu;` /
    # `- Hiệu trưởng, Giám đốc các đơn vị sự nghiệp công` / `lập trực thuộc Sở.`
    found = near(DEVSET / "fresh_08.txt", "Kính gửi", 200)
    assert ("Hiệu trưởng, Giám đốc các đơn vị sự nghiệp công lập trực thuộc Sở", "lead") in found
    assert ("Chủ tịch Ủy ban nhân dân phường, xã và đặc khu", "lead") in found


def test_a_submission_names_its_addressee_where_it_asks_for_a_decision():
    # ../shared/devset/texts/fresh_27.txt, a Tờ trình: L9 `Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh` is whom it is
    # submitted to; L189 `Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, có ý kiến./.` asks the decision
    assert not near(DEVSET / "fresh_27.txt", "Kính gửi", 60)
    assert ("Chủ tịch Ủy ban nhân dân tỉnh", "lead") in near(DEVSET / "fresh_27.txt", "Kính trình Chủ tịch", 60)


def test_members_who_work_with_each_other_coordinate():
    # ../shared/devset/texts/fresh_36.txt L119: `5. Các thành viên khác trong tiểu ban căn cứ vào chức năng, nhiệm
    # vụ, chủ động phối hợp với các thành viên khác trong tiểu ban thông tin, tuyên truyền, …`
    found = near(DEVSET / "fresh_36.txt", "5. Các thành viên khác trong tiểu ban", 200)
    assert {role for party, role in found if party == "Thành viên khác trong tiểu ban"} == {"coordinate"}
    # a lead and its partners stay apart (fresh_40 L45: `Ban Thường trực … phối hợp chặt chẽ với Thường trực …`)
    found = near(DEVSET / "fresh_40.txt", "- Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp chặt chẽ", 250)
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in found


def test_the_law_s_kinds_of_body_listed_together_are_one_party_each():
    # ../shared/wild/src_tvplcrawl_46.txt L272: `3. Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân
    # dân cấp tỉnh, thành phố trực thuộc Trung ương và các tổ chức, cá nhân có liên quan có trách nhiệm …`: three
    # kinds of body the law names, each written as the law writes it; the province's list is one locative
    found = near(SHARED / "wild" / "src_tvplcrawl_46.txt", "3. Các Bộ, cơ quan ngang Bộ, cơ quan thuộc", 220)
    assert {"Các bộ", "Cơ quan ngang Bộ", "Cơ quan thuộc Chính phủ",
            "Ủy ban nhân dân cấp tỉnh, thành phố trực thuộc Trung ương"} <= {party for party, _ in found}
    assert not any("ngang Bộ," in party for party, _ in found)
    # ../shared/devset/texts/fresh_31.txt L9-10, the addressees `- Các bộ, cơ quan ngang bộ;` / `- Ủy ban nhân dân
    # tỉnh, thành phố trực thuộc Trung ương.`: the kinds read apart; the body gives `các bộ` their tasks by name (L52
    # `Các bộ, tỉnh tiến hành …`), so the Kính gửi line keeps only the province's row
    found = near(DEVSET / "fresh_31.txt", "Kính gửi", 120)
    assert found == {("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "lead")}
    assert {"Các bộ", "Cơ quan ngang bộ"} <= {p.party for p in parties(DEVSET / "fresh_31.txt")}


def test_a_responsibility_that_a_propaganda_item_explains_is_no_assignment():
    # ../shared/devset/texts/fresh_36.txt L55, inside `- Tuyên truyền quán triệt …`: `Nhấn mạnh làm rõ trách nhiệm
    # của cấp ủy đảng, chính quyền các cấp trong lãnh đạo, chỉ đạo công tác nhân sự, …`: what to explain
    assert not near(DEVSET / "fresh_36.txt", "Nhấn mạnh làm rõ trách nhiệm", 120)
    # while a task item that heightens a responsibility assigns it (../shared/corpus/000_214afb9450e5b4dd.txt L244:
    # `Tăng cường trách nhiệm của người đứng đầu cấp ủy trong thực hiện quy chế dân chủ …`)
    found = near(SHARED / "corpus" / "000_214afb9450e5b4dd.txt",
                 "Tăng cường trách nhiệm của người đứng đầu cấp ủy", 80)
    assert ("Người đứng đầu cấp ủy", "lead") in found


def test_a_norm_for_every_body_of_a_kind_is_no_assignment():
    # ../shared/devset/texts/fresh_19.txt L372-374, under `1. Nhiệm vụ, giải pháp chung`: `Mỗi cơ quan, đơn vị, địa
    # phương và từng cán bộ, công chức, viên chức phải tổ chức, xây dựng cơ sở dữ liệu …`
    assert not near(DEVSET / "fresh_19.txt", "Mỗi cơ quan, đơn vị, địa", 200)


def test_every_body_a_proposal_is_sent_to_receives_it():
    # ../shared/devset/texts/fresh_40.txt L191: `… lựa chọn các tập thể, cá nhân tiêu biểu xuất sắc để đề nghị Ủy ban
    # MTTQ Việt Nam cấp trên, Chủ tịch Ủy ban nhân dân cùng cấp khen thưởng.`: the second name after the comma is
    # one more object of `đề nghị … khen thưởng`, not the subject of a clause of its own
    found = near(DEVSET / "fresh_40.txt", "để đề nghị Ủy ban MTTQ Việt Nam cấp trên", 120)
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp trên", "report_to") in found
    assert ("Chủ tịch Ủy ban nhân dân xã", "report_to") in found
    assert ("Chủ tịch Ủy ban nhân dân xã", "lead") not in found


def test_a_scope_adverbial_after_a_heading_s_name_is_no_part_of_it():
    # ../shared/wild/src_tvplcrawl_56.txt L467: `3. Bộ Giao thông vận tải trong phạm vi nhiệm vụ, quyền hạn của mình
    # có trách nhiệm:` over the ministry's duties
    found = near(SHARED / "wild" / "src_tvplcrawl_56.txt", "3. Bộ Giao thông vận tải trong phạm vi", 120)
    assert ("Bộ Giao thông vận tải", "lead") in found
    assert not any("phạm vi" in party for party, _ in found)


def test_a_name_that_names_its_places_drops_the_document_s_own_area():
    # ../shared/devset/texts/fresh_35.txt L325, under `III. Tổ chức thực hiện`: `8. Ban công tác Mặt trận các thôn
    # trên địa bàn xã` (the commune the plan speaks for); a name without places keeps its area
    # (../shared/devset/texts/fresh_40.txt L77 `… phối hợp với các đoàn thể trên địa bàn …`)
    found = near(DEVSET / "fresh_35.txt", "8. Ban công tác Mặt trận các thôn", 60)
    assert ("Ban Công tác Mặt trận các thôn", "lead") in found
    assert normalize("Ủy ban nhân dân các xã, phường trên địa bàn tỉnh") == "Ủy ban nhân dân các xã, phường"
    assert normalize("các đoàn thể trên địa bàn") == "Các đoàn thể trên địa bàn"
    assert normalize("Các cơ sở giáo dục và đào tạo trên địa bàn Thành phố") == \
        "Các cơ sở giáo dục và đào tạo trên địa bàn Thành phố"


def test_a_complaint_handed_on_goes_to_the_body_that_handles_it_not_as_a_report():
    # ../shared/devset/texts/fresh_40.txt L139 `Khiếu nại, tố cáo, kiến nghị liên quan đến người ứng cử đại biểu Quốc
    # hội … thì chuyển đến Ban bầu cử đại biểu Quốc hội. …` and L145 `… thì chuyển đến cơ quan, tổ chức, đơn vị cấp
    # trên trực tiếp; … đồng thời chuyển đến Ủy ban Kiểm tra, cấp ủy các cấp tương ứng …`
    path = DEVSET / "fresh_40.txt"
    found = near(path, "- Khiếu nại, tố cáo, kiến nghị liên quan đến người ứng cử đại biểu Quốc hội", 600)
    assert not any(party.startswith(("Ban bầu cử", "Ủy ban bầu cử")) for party, _ in found)
    found = near(path, "- Đối với việc cử tri kiến nghị về người ứng cử", 1400)
    assert ("Ủy ban Kiểm tra", "report_to") not in found
    assert ("Cơ quan, tổ chức, đơn vị cấp trên", "report_to") not in found
    # minutes `chuyển đến` a body are sent to it (../shared/devset/texts/fresh_44.txt L261: `… biên bản hội nghị cử tri
    # nơi công tác … phải được chuyển đến Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh …`)
    found = near(DEVSET / "fresh_44.txt", "biên bản hội nghị ban lãnh đạo mở rộng của cơ quan, tổ chức, đơn vị ở", 400)
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh", "report_to") in found


def test_a_line_that_announces_the_tasks_below_names_only_its_subject():
    # ../shared/wild/src_congbot_7.txt L1225 `2. Ủy ban nhân dân cấp xã có trách nhiệm sau:` (a decree's article, its
    # duties listed below); ../shared/wild/src_teacher2_1.txt L88 `1. Hiệu trưởng tổ chức thực hiện một số nội dung
    # như sau:`; ../shared/wild/src_tvplcrawl_47.txt L141 `2. Thủ trưởng các đơn vị trực thuộc Bộ theo chức năng,
    # nhiệm vụ được giao chịu trách nhiệm thực hiện các nhiệm vụ sau:`
    wild = SHARED / "wild"
    assert near(wild / "src_congbot_7.txt", "2. Ủy ban nhân dân cấp xã có trách nhiệm sau:", 60) == \
        {("Ủy ban nhân dân xã", "lead")}
    assert near(wild / "src_teacher2_1.txt", "1. Hiệu trưởng tổ chức thực hiện một số nội dung", 60) == \
        {("Hiệu trưởng", "lead")}
    assert near(wild / "src_tvplcrawl_47.txt", "2. Thủ trưởng các đơn vị trực thuộc Bộ theo chức năng", 60) == \
        {("Thủ trưởng các đơn vị trực thuộc Bộ", "lead")}
    # a line that says what a body is made of assigns nothing (src_congbot_7.txt L3255 `Ban Quản lý Quỹ Đền ơn
    # đáp nghĩa cấp tỉnh gồm: Phó Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban, …`)
    assert not any(p.party.endswith(" gồm") for p in parties(wild / "src_congbot_7.txt"))
    # a time limit between the name and its duty is no part of the name (src_congbot_7.txt L2585 `1. Đơn vị giám định
    # ADN trong thời gian 06 tháng kể từ ngày tiếp nhận mẫu có trách nhiệm:`, L1255 `3. Ủy ban nhân dân cấp huyện trong
    # thời gian 60 ngày kể từ ngày nhận đủ giấy tờ … có trách nhiệm sau:`)
    assert near(wild / "src_congbot_7.txt", "1. Đơn vị giám định ADN trong thời gian 06 tháng", 80) == \
        {("Đơn vị giám định ADN", "lead")}
    assert ("Ủy ban nhân dân huyện", "lead") in \
        near(wild / "src_congbot_7.txt", "3. Ủy ban nhân dân cấp huyện trong thời gian 60 ngày", 80)


def test_the_plans_title_written_again_in_its_body_assigns_nothing():
    # a commune Front plan as such plans open and close: the title repeated after `ban hành kế hoạch` and in `Trên đây
    # là Kế hoạch … về …` names the plan; `hướng dẫn các thôn giới thiệu …` there gives the hamlets no task
    text = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 25/KH-MTTQ-BTT\nLương Minh, ngày 25 tháng 11 năm "
            "2025\n\nKẾ HOẠCH\nTổ chức các hội nghị hiệp thương và hướng dẫn các thôn giới thiệu người ứng cử đại biểu "
            "HĐND xã nhiệm kỳ 2026 - 2031\n\nBan Thường trực Ủy ban MTTQ Việt Nam xã ban hành kế hoạch tổ chức các hội "
            "nghị hiệp thương và hướng dẫn các thôn giới thiệu người ứng cử đại biểu HĐND xã nhiệm kỳ 2026 - 2031, cụ "
            "thể như sau:\n\nI. TỔ CHỨC THỰC HIỆN\n1. Ban Công tác Mặt trận các thôn chủ trì hội nghị cử tri ở thôn.\n\n"
            "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã về tổ chức các hội nghị hiệp thương và "
            "hướng dẫn các thôn giới thiệu người ứng cử đại biểu HĐND xã nhiệm kỳ 2026 - 2031./.\n")
    found = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert ("Ban Công tác Mặt trận các thôn", "lead") in found
    assert not [party for party, _ in found if party == "Các thôn"]


def test_an_addressee_wrapped_after_a_comma_of_its_list_of_levels_is_read_whole():
    # an education office's notice as pdftotext wraps its Kính gửi line: `Hiệu trưởng các trường Mầm non, Tiểu học,` ⏎
    # `THCS trên địa bàn thị xã.` (the next line opens with a capital: the comma says the list goes on)
    text = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 151/TB-PGDĐT\nĐồng Xoài, ngày 05 tháng 4 năm 2012\n\n"
            "Kính gửi: Hiệu trưởng các trường Mầm non, Tiểu học,\nTHCS trên địa bàn thị xã.\n\n"
            "Phòng Giáo dục và Đào tạo đề nghị các đơn vị thực hiện treo cờ Tổ quốc từ ngày 10/4/2012.\n")
    found = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert ("Hiệu trưởng các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn thị xã", "lead") in found


@pytest.mark.parametrize("stem", ["002_920707ccab616b09", "003_723b0c46fb5dfa44"])
def test_the_closing_mark_of_a_plans_last_sentence_is_no_part_of_its_task(stem):
    # `Đề nghị … các đồng chí cán bộ, viên chức và người lao động trong trường nghiêm túc thực hiện./.`: the closing
    # mark (Nghị định 30/2020/NĐ-CP, Phụ lục I: `./.` ends the text) is none of the task's words
    closing = [p for p in parties(SHARED / "corpus" / f"{stem}.txt") if "nghiêm túc" in p.task]
    assert closing and all(p.task[-1].isalpha() for p in closing), [p.task for p in closing]


def test_a_days_schedule_of_clock_times_is_no_scan():
    """A school's first-week schedule typed as a table, each row opening with its times (`7h00 - 7h15`, `8h15 - 8h45`,
    as such schedules write them): the digits beside `h` are clocks, not OCR's letters, so the text is not read as a
    scan (whose likeness reading made `Phòng Tư pháp` of `phương pháp học tập`); a real scan still is (devset fresh_13)."""
    rows = "".join(f"| {h}h00 - {h}h15 | Tập trung toàn trường | Chuyên đề {h}: Hướng dẫn phương pháp học tập | Tổ chuyên môn |\n"
                   for h in range(7, 17))
    text = ("TRƯỜNG THPT ĐỐC BINH KIỀU\nSố: 21/KH-THPT\nĐốc Binh Kiều, ngày 20 tháng 8 năm 2026\n\nKẾ HOẠCH\nTuần sinh hoạt "
            "công dân đầu năm học 2026 - 2027\n\nII. LỊCH\n| Thời gian | Hình thức | Nội dung | Phụ trách |\n|---|---|---|---|\n"
            + rows * 3)
    assert not party_ocr.damaged(text)
    assert "Phòng Tư pháp" not in {p.party for p in parse_text(text)[0].parties}
    assert party_ocr.damaged((DEVSET / "fresh_13.txt").read_text(encoding="utf-8"))


def test_a_markdown_schedules_bold_cells_and_merged_row_keep_the_responsible_column():
    """A school's schedule posted as Markdown (`| Thời gian | Hình thức | Nội dung | Đơn vị/ cá nhân phụ trách |`), a row
    merged across it (`| **Buổi sáng (từ 7h00 đến 9h00) – …** ||||`) and a bold name cell (`| **Phó Hiệu trưởng Nguyễn
    Minh Trí** |`): the bold marks go but the space the bar left stays, so the cells still read as the row's (the
    merged row ended the table, the bold cell was read as a paragraph: no row had its party)."""
    text = ("TRƯỜNG THPT ĐỐC BINH KIỀU\nSố: 21/KH-THPT\nĐốc Binh Kiều, ngày 20 tháng 8 năm 2026\n\nKẾ HOẠCH\nTuần sinh hoạt "
            "công dân\n\nII. LỊCH\n| Thời gian | Hình thức | Nội dung | Đơn vị/ cá nhân phụ trách |\n|---|---|---|---|\n"
            "| **Buổi sáng (từ 7h00 đến 9h00) – Tập trung toàn trường** ||||\n"
            "| 7h00 - 7h15 | Tập trung toàn trường | Ổn định tổ chức, giới thiệu chương trình | Ban Giám hiệu |\n"
            "| 7h15 - 7h45 | Tập trung toàn trường | Phổ biến nội quy | **Phó Hiệu trưởng Nguyễn Minh Trí** |\n")
    rows = {(p.party, p.role, p.task) for p in parse_text(text)[0].parties}
    assert rows == {("Ban Giám hiệu", "lead", "Ổn định tổ chức, giới thiệu chương trình"),
                    ("Phó Hiệu trưởng", "lead", "Phổ biến nội quy")}
