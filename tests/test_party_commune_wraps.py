"""Party shapes of commune and provincial plans (stop 32): a `Giao` list that joins a body's fields with `&` and its
bodies with `;` (the commune's web portal among them), a `Giao` that ends its line with the body on the next, and a
letter another body *has* (`… có Công văn số … đề nghị` ⏎ `các sở: …`), whose addressees are asked by that letter,
not by the document telling of it. Snippets written as commune plans are written (names and numbers invented), and a
real provincial submission of ../shared/devset."""
from __future__ import annotations

from pipeline.api import parse_text
from tests.conftest import devset_file, parsed_document

_COMMUNE_PLAN = ("ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                 "Số: 45/KH-UBND\nTân Phú, ngày 10 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
                 "Thực hiện Quy chế dân chủ ở cơ sở năm 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n")


def plan_rows(body: str) -> list[tuple[str, str, str]]:
    return [(p.party, p.role, p.task) for p in parse_text(_COMMUNE_PLAN + body)[0].parties]


def test_giao_list_with_ampersand_and_semicolon():
    rows = plan_rows("1. Giao Trung tâm Văn hóa, Thể thao & Truyền thông; Cổng thông tin điện tử xã tăng cường tuyên "
                     "truyền nội dung Luật Thực hiện dân chủ ở cơ sở đến Nhân dân.\n")
    leads = {party: task for party, role, task in rows if role == "lead"}
    # (before: `Trung tâm Văn hóa` with the task `Thể thao & Truyền thông`, the portal not read; the `&` is the name's
    # `và`, as no key writes a party with `&`)
    assert set(leads) == {"Trung tâm Văn hóa, Thể thao và Truyền thông", "Cổng thông tin điện tử xã"}
    assert all(task.startswith("tăng cường tuyên truyền") for task in leads.values())


def test_giao_ending_its_line():
    rows = plan_rows("1. Giao\nVăn phòng HĐND - UBND xã chủ trì, phối hợp với các ngành liên quan theo dõi, đôn đốc "
                     "việc triển khai thực hiện Kế hoạch này.\n")
    # (before: the heading `Giao` took `Văn phòng` alone, then dropped it; no lead)
    assert ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead") in {(p, r) for p, r, _ in rows}
    assert ("Các ngành liên quan", "coordinate") in {(p, r) for p, r, _ in rows}


def test_bodies_asked_by_a_letter_another_body_has():
    # fresh_27 L103–106: `Ngày 21/10/2024, Sở Nội vụ có Công văn số 2903/SNV-TCCC đề nghị` ⏎ `các sở: Thông tin và
    # Truyền thông, …` — history told in a Tờ trình; its answer key assigns them nothing there
    document = parsed_document(str(devset_file("fresh_27.txt")))
    assert not [p for p in document.parties if 103 <= p.line <= 106]
    assert any(p.party == "Sở Xây dựng" and p.role == "lead" for p in document.parties if p.line == 180)


def test_bodies_asked_by_this_plan_after_a_wrapped_request():
    rows = plan_rows("2. Ủy ban nhân dân xã đề nghị\nBan Thường trực Ủy ban MTTQ Việt Nam xã phối hợp giám sát việc "
                     "thực hiện Kế hoạch.\n")
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "coordinate") in {(p, r) for p, r, _ in rows}


def test_commune_bodies_named_for_their_field_in_lower_case():
    # bodies every commune keeps under the laws of 2023–2024, in lower case, the plan hard-wrapped after the name
    rows = plan_rows("1. Ban Chỉ huy phòng thủ dân sự phường\ntổ chức trực ban 24/24 giờ, theo dõi chặt chẽ diễn biến "
                     "thời tiết.\n"
                     "2. Ban Chỉ đạo chuyển đổi số xã chỉ đạo các thôn triển khai nền tảng số.\n"
                     "3. Tổ công nghệ số cộng đồng thôn hướng dẫn Nhân dân cài đặt ứng dụng VNeID.\n"
                     "4. Đội phòng cháy, chữa cháy cơ sở kiểm tra các hộ kinh doanh.\n"
                     "5. Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã tổ chức sơ kết.\n")
    leads = {party for party, role, _ in rows if role == "lead"}
    # (before: `Ban Chỉ huy phòng thủ dân` and no row, `Ban Chỉ đạo`, `Tổ công nghệ`, `Đội phòng`, and the last one's
    # name ran on to `… xã tổ chức sơ kết`)
    assert {"Ban Chỉ huy phòng thủ dân sự phường", "Ban Chỉ đạo chuyển đổi số xã", "Tổ công nghệ số cộng đồng thôn",
            "Đội phòng cháy, chữa cháy cơ sở", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở xã"} <= leads



def test_a_body_ends_with_its_table_cell():
    # a commune's task table (Word, or markdown as portals post it): the report's receiver in the `Nội dung` cell does
    # not run on into the `Cơ quan chủ trì` cell after it
    rows = plan_rows("| TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
                     "|---|---|---|---|---|\n"
                     "| 1 | Tuyên truyền về cải cách hành chính | Đài Truyền thanh xã | Các thôn, tổ dân phố | Thường xuyên |\n"
                     "| 2 | Báo cáo kết quả CCHC năm 2025 gửi UBND huyện | Văn phòng HĐND-UBND xã | | Trước ngày "
                     "10/12/2025 |\n")
    found = {(party, role) for party, role, _ in rows}
    # (before: `Ủy ban nhân dân huyện Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã`, report_to)
    assert ("Ủy ban nhân dân huyện", "report_to") in found
    assert {("Đài Truyền thanh xã", "lead"), ("Các thôn, tổ dân phố", "coordinate"),
            ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead")} <= found


def test_a_communes_civil_service_title_with_a_verb_after_its_dash():
    # a commune's meeting conclusions (Thông báo kết luận), the titles of Luật Cán bộ, công chức 2008, Điều 61
    text = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nSố: 56/TB-UBND\nPhú Lộc, ngày 20 tháng 3 năm 2025\nTHÔNG BÁO\nKết luận của "
            "Chủ tịch UBND xã tại cuộc họp giao ban tháng 3/2025\n"
            "1. Giao công chức Địa chính - Xây dựng phối hợp với Trưởng thôn rà soát các trường hợp lấn chiếm đất công, "
            "báo cáo kết quả về UBND xã trước ngày 30/3/2025.\n"
            "2. Công chức Văn phòng - Thống kê tổng hợp báo cáo kinh tế - xã hội quý I trước ngày 05/4/2025.\n")
    document = parse_text(text)[0]
    leads = {p.party for p in document.parties if p.role == "lead"}
    # (before: `Công chức Địa chính`, the name cut at `Xây dựng`, a verb)
    assert {"Công chức Địa chính - Xây dựng", "Công chức Văn phòng - Thống kê"} <= leads
    assert [d.responsible for d in document.deadlines] == ["Công chức Địa chính - Xây dựng",
                                                            "Công chức Văn phòng - Thống kê"]


def test_the_audience_a_programme_is_carried_to_receives_no_report():
    # a Party committee's letter (holdout shape): `quán triệt, triển khai … đến toàn thể cán bộ, đảng viên …` names
    # who hears it, not a body reports go to; `gửi báo cáo … đến …` still does
    text = ("ĐẢNG ỦY CÁC CƠ QUAN TỈNH\nSố 244-CV/ĐU\nYên Bái, ngày 17 tháng 9 năm 2026\nvề việc triển khai Chương trình\n"
            "Kính gửi: Các chi bộ, đảng bộ cơ sở.\n1. Các chi bộ tổ chức quán triệt, triển khai Chương trình đến toàn thể "
            "cán bộ, đảng viên, công chức, viên chức, người lao động.\n"
            "2. Các chi bộ gửi báo cáo kết quả đến Văn phòng Đảng ủy trước ngày 15/12/2026.\n")
    rows = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert not any(role == "report_to" and "cán bộ" in party for party, role in rows)
    assert ("Văn phòng Đảng ủy", "report_to") in rows and ("Các chi bộ", "lead") in rows


def test_a_communes_letter_asks_the_holders_of_posts_by_their_honorific():
    # a commune's letter to the holders of posts, whoever they are (`Các ông (bà)`, the pair as typed, a space or none
    # before its bracket): the posts are the parties, the honorific no part of their names
    for honorific in ("Các ông (bà)", "Các ông( bà)", "Các ông ( bà )"):
        text = ("ỦY BAN NHÂN DÂN\nXÃ HOẰNG LƯU\nSố: 05/UBND-VHTT\nV/v tổ chức vệ sinh môi trường đón xuân\n\n"
                "Kính gửi: Các thôn trên địa bàn xã.\n\n"
                f"{honorific} Bí thư chi bộ, Trưởng thôn thực hiện tốt một số nội dung sau:\n"
                "1. Tổ chức tuyên truyền vận động nhân dân làm tốt công tác vệ sinh môi trường.\n")
        parties = {(p.party, p.role, p.line) for p in parse_text(text)[0].parties}
        assert {("Bí thư Chi bộ", "lead", 8), ("Trưởng thôn", "lead", 8)} <= parties, honorific


def test_the_communes_military_command_is_no_executive_committee():
    # `BCH` is a Party or union's executive committee (Ban Chấp hành), but a commune's military command is a Ban Chỉ huy
    text = ("ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nSố: 45/KH-UBND\nKẾ HOẠCH\nTuyển quân năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. BCH Quân sự xã rà soát lực lượng dân quân trước ngày 20/11/2025.\n"
            "2. Ban CHQS xã phối hợp với Công an xã tổ chức khám sơ tuyển.\n"
            "3. BCH Đoàn xã tuyên truyền Luật Nghĩa vụ quân sự trong đoàn viên.\n")
    document = parse_text(text)[0]
    parties = {(p.party, p.line) for p in document.parties}
    assert {("Ban Chỉ huy Quân sự xã", 7), ("Ban Chỉ huy Quân sự xã", 8), ("Ban Chấp hành Đoàn xã", 9)} <= parties
    assert [d.responsible for d in document.deadlines if d.line == 7] == ["Ban Chỉ huy Quân sự xã"]
