"""Shapes met on unseen provincial plans, Party, front and commune letters, a ministry's letter and school plans and
decisions (holdout sets read for their shapes): a heading that groups posts with semicolons, the tax office under its
2025 name (`Thuế tỉnh`), the office a report goes through (`báo cáo Ủy ban nhân dân tỉnh (qua Sở …)`) or the unit a
body works through (`Bộ GDĐT (Cục …)`), a department whose name lists its fields (`Ban Dân chủ, Giám sát và Phản biện
xã hội`), the issuer of a cited document on a wrapped line, a meeting's secretary, training institutions charged by
kind, the issuer's own act of writing the document, a post of the issuer's body named by its head alone, the level
after names joined by commas, addressee items listing several bodies or posts, a body named by what it manages, a school
committee named for an activity. Real lines of ../shared where they occur (file and line in a comment), else snippets
written as the genre writes them (names and numbers invented)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text

from .conftest import CORPUS, DEVSET, WILD, parties_on_line as on_line
from .test_party_names_extent import plan_rows

pytestmark = pytest.mark.skipif(not WILD.is_dir() or not DEVSET.is_dir(), reason="../shared is not here")

_PLAN = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÌNH
Số: 57/KH-UBND
Yên Bình, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Triển khai thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường quản lý khoáng sản
I. MỤC ĐÍCH, YÊU CẦU
Quán triệt đầy đủ các nội dung của Chỉ thị.
II. TỔ CHỨC THỰC HIỆN
{body}"""


def rows(body: str) -> dict[int, set[tuple[str, str]]]:
    """(party, role) of the plan's rows by line of `body` (1-based)."""
    first = _PLAN[:_PLAN.index("{body}")].count("\n")
    found: dict[int, set[tuple[str, str]]] = {}
    for p in parse_text(_PLAN.format(body=body))[0].parties:
        found.setdefault(p.line - first, set()).add((p.party, p.role))
    return found


def addressed(head: str, addressees: str, body: str) -> set[str]:
    """The parties on a letter's first addressee line (its `Kính gửi` item), the letter `head` + `addressees` +
    `body`."""
    line = head.count("\n") + 1
    return {p.party for p in parse_text(head + addressees + body)[0].parties if p.line == line}


def test_a_heading_that_groups_posts_with_semicolons_names_each_post():
    # `1. Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:` over its tasks:
    # main read it as a sentence (its `;`) and kept only the last group's post
    found = rows("1. Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường:\n"
                 "- Khẩn trương ổn định bộ máy, tổ chức thực hiện đầy đủ các nội dung của Kế hoạch này.\n")
    assert {party.lower() for party, role in found[1] if role == "lead"} == {
        "giám đốc các sở", "thủ trưởng các ban, ngành tỉnh", "chủ tịch ủy ban nhân dân các xã, phường"}


def test_the_tax_office_under_its_2025_name_is_a_party():
    # `3. Thuế tỉnh` over its tasks, and a partner of `phối hợp với Thuế tỉnh, Sở Công Thương, …` (main: none of the
    # three partners, the unknown head closing the list before it opened)
    found = rows("1. Sở Nông nghiệp và Môi trường\n"
                 "- Chủ trì, phối hợp với Thuế tỉnh, Sở Công Thương, Sở Xây dựng triển khai các biện pháp kiểm soát sản lượng.\n"
                 "2. Thuế tỉnh\n"
                 "- Tổ chức kiểm tra, đối chiếu khối lượng khoáng sản kê khai, nộp thuế.\n")
    assert {("Thuế tỉnh", "coordinate"), ("Sở Công Thương", "coordinate"), ("Sở Xây dựng", "coordinate")} <= found[2]
    assert ("Thuế tỉnh", "lead") in found[3]
    # the tax itself is no party (`Thuế tài nguyên` opens no name: only the office's level does)
    found = rows("1. Sở Tài chính\n- Thuế tài nguyên được thu đúng, thu đủ theo quy định.\n")
    assert all("thuế" not in party.lower() for party, _ in found.get(2, ()))


def test_the_office_a_report_goes_through_receives_it():
    # src_congbot_20 L92: `… phải báo cáo ngay về UBND tỉnh (qua Công an tỉnh) để kịp thời giải quyết.`
    assert ("Công an tỉnh", "report_to") in on_line(WILD / "src_congbot_20.txt", 92)
    # src_tvplcrawl_45 L170: `… phản ánh về Bộ Tài chính (qua Tổng cục Hải quan) để tổng hợp …`
    assert {("Bộ Tài chính", "report_to"), ("Tổng cục Hải quan", "report_to")} <= \
        on_line(WILD / "src_tvplcrawl_45.txt", 170)
    found = rows("1. Các Sở, ngành, địa phương định kỳ hằng năm (trước ngày 10/12) báo cáo Ủy ban nhân dân tỉnh (qua Sở "
                 "Nông nghiệp và Môi trường) về kết quả thực hiện Kế hoạch này.\n")
    assert {("Ủy ban nhân dân tỉnh", "report_to"), ("Sở Nông nghiệp và Môi trường", "report_to")} <= found[1]
    # `(qua địa chỉ email …)` names no office
    found = rows("1. Các đơn vị báo cáo Ủy ban nhân dân tỉnh (qua địa chỉ thư điện tử của Văn phòng) trước ngày 15/12.\n")
    assert {role for _, role in found[1]} <= {"lead", "report_to"} and \
        not any(party.startswith("Văn phòng") for party, _ in found[1])


def test_a_department_named_by_its_fields_keeps_them_all():
    # devset fresh_44 L727: `… liên hệ với Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh (qua Ban
    # Dân chủ, Giám sát và Phản biện xã hội, Email: …)`: main cut the name at `Ban Dân chủ` (`giám sát` is a verb)
    assert ("Ban Dân chủ, Giám sát và Phản biện xã hội", "report_to") in on_line(DEVSET / "fresh_44.txt", 727)
    found = rows("1. Giao Ban Dân chủ, Giám sát và Phản biện xã hội chủ trì, phối hợp với Ban Tuyên giáo tham mưu "
                 "triển khai Kế hoạch.\n")
    assert ("Ban Dân chủ, Giám sát và Phản biện xã hội", "lead") in found[1]


def test_the_issuer_of_a_document_the_basis_names_on_a_wrapped_line_is_no_subject():
    # A letter typed at a page's width: `Thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của` ⏎ `Tỉnh ủy
    # Lào Cai thực hiện Kết luận số 75-KL/TW …`: the line goes on with the programme's issuer and title (main: Tỉnh ủy
    # lead of `thực hiện Kết luận …`); the subject is after the basis's comma
    letter = ("ĐẢNG BỘ TỈNH YÊN BÌNH\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\nSố 2449-CV/ĐU\n"
              "Yên Bình, ngày 07 tháng 9 năm 2026\nV/v triển khai thực hiện Chương trình hành động\n"
              "Kính gửi: Các chi bộ, đảng bộ cơ sở.\n"
              "     Thực hiện Chương trình hành động số 104-CTr/TU ngày 30/8/2026 của\n"
              "   Tỉnh ủy Yên Bình thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban\n"
              "   Chấp hành Trung ương Đảng khóa XIV (có gửi kèm theo). Đảng ủy Ủy ban nhân dân tỉnh đề nghị các chi\n"
              "   bộ triển khai thực hiện một số nhiệm vụ trọng tâm.\n")
    found = {(p.party, p.role) for p in parse_text(letter)[0].parties}
    assert not any(party.startswith("Tỉnh ủy") for party, _ in found)
    assert ("Các chi bộ", "lead") in found
    # a basis that closes with its comma before the line break still leads to the subject on the next line
    letter = letter.replace("của\n   Tỉnh ủy Yên Bình thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban\n"
                            "   Chấp hành Trung ương Đảng khóa XIV (có gửi kèm theo). Đảng ủy Ủy ban nhân dân tỉnh đề nghị",
                            "của Tỉnh ủy,\n   Ban Tuyên giáo Tỉnh ủy hướng dẫn các chi bộ tổ chức học tập. Đảng ủy đề nghị")
    assert ("Ban Tuyên giáo Tỉnh ủy", "lead") in {(p.party, p.role) for p in parse_text(letter)[0].parties}


def test_the_secretary_of_a_meeting_is_named_with_the_meeting():
    # A commune front's plan for the voters' meetings: `phối hợp với Thư ký hội nghị hoàn thiện biên bản` (main: `Thư ký
    # hội`, the name cut at `nghị`, the head `Hội` of an association read in the meeting's name)
    assert ("Thư ký hội nghị", "coordinate") in plan_rows(
        "1. Trưởng thôn\n- Tham gia điều hành hội nghị; tổng hợp ý kiến của cử tri, phối hợp với Thư ký hội nghị hoàn "
        "thiện biên bản.\n")
    assert ("Thư ký hội nghị cử tri", "coordinate") in plan_rows(
        "1. Trưởng thôn\n- Phối hợp với Thư ký hội nghị cử tri hoàn thiện biên bản hội nghị.\n")


def test_the_unit_a_body_works_through_in_brackets_shares_its_role():
    # src_congbot_39 L28: `… đề nghị phản ánh về Bộ Lao động - Thương binh và xã hội (Cục Người có công, Vụ Kế hoạch -
    # Tài chính) để được hướng dẫn./.`
    assert {("Cục Người có công", "report_to"), ("Vụ Kế hoạch - Tài chính", "report_to")} <= \
        on_line(WILD / "src_congbot_39.txt", 28)
    # a ministry's letter: `phối hợp với Bộ GDĐT (Cục Khoa học, Công nghệ và Thông tin) để triển khai kết nối API`
    found = rows("1. Các cơ sở giáo dục đại học khẩn trương thực hiện, phối hợp với Bộ GDĐT (Cục Khoa học, Công nghệ và "
                 "Thông tin) để triển khai kết nối dữ liệu.\n")
    assert {("Bộ Giáo dục và Đào tạo", "coordinate"), ("Cục Khoa học, Công nghệ và Thông tin", "coordinate")} <= found[1]
    # a body's abbreviation in brackets is no second party
    found = rows("1. Sở Nội vụ phối hợp với Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh triển khai Kế hoạch.\n")
    assert not any(party == "Mặt trận Tổ quốc" for party, _ in found[1])


def test_training_institutions_charged_by_kind_after_an_adverbial():
    # A ministry's guidance on data links: `Sau mỗi đợt đồng bộ, cơ sở đào tạo thực hiện kiểm tra kết quả …` (main: no
    # row; `cơ sở đào tạo` named no party in lower case, and `Sau mỗi …,` was no adverbial opening)
    found = rows("1. Kiểm tra, đối soát sau đồng bộ\nSau mỗi đợt đồng bộ, cơ sở đào tạo thực hiện kiểm tra kết quả tiếp "
                 "nhận dữ liệu; kịp thời xử lý các bản ghi bị lỗi.\n")
    assert ("Cơ sở đào tạo", "lead") in found[2]


def test_the_issuers_own_act_of_writing_the_document_is_no_task():
    # The preamble's enacting statement: corpus 000 L16 `Trường Tiểu học Thới Thạnh xây dựng kế hoạch thực hiện quy chế
    # dân chủ ở cơ sở …` (the keys mark it optional), and a school's decision (held-out, `Trường mầm non Tuổi Thơ hướng
    # dẫn thực hiện Quy chế chuyên môn …` under its header `TRƯỜNG MN TUỔI THƠ`, the key leaving it out)
    assert not any(party == "Trường Tiểu học Thới Thạnh" for party, _ in on_line(CORPUS / "000_214afb9450e5b4dd.txt", 16))
    decision = ("PHÒNG GD&ĐT CƯ KUIN\nTRƯỜNG MN TUỔI THƠ\nSố: 101/QĐ-MNTT\nEa Tiêu, ngày 30 tháng 9 năm 2022\n"
                "QUYẾT ĐỊNH\nVề việc ban hành quy chế chuyên môn năm học 2022-2023\nHIỆU TRƯỞNG TRƯỜNG MẦM NON TUỔI THƠ\n"
                "Căn cứ Điều lệ trường mầm non;\n"
                "Trường mầm non Tuổi Thơ hướng dẫn thực hiện Quy chế chuyên môn năm học 2022-2023.\nQUYẾT ĐỊNH:\n"
                "Điều 1. Công bố quy chế chuyên môn.\n"
                "Điều 2. Tổ chuyên môn, giáo viên, nhân viên trường mầm non Tuổi Thơ có trách nhiệm thi hành Quyết định "
                "này.\n")
    parties = {(p.party, p.role) for p in parse_text(decision)[0].parties}
    assert not any(party.startswith("Trường mầm non Tuổi Thơ") for party, _ in parties)
    # the bodies its articles charge stay
    assert ("Tổ chuyên môn", "lead") in parties


def test_a_post_of_the_issuers_own_body_named_by_its_head_alone_is_the_issuers():
    # src_tvplcrawl_47 L17, a ministry's decision: `Chánh Văn phòng Bộ, … chịu trách nhiệm thi hành Quyết định này`:
    # the Bộ is the issuer (main: `Chánh Văn phòng Bộ`, which every ministry's decision writes alike)
    assert ("Chánh Văn phòng Bộ Tài nguyên và Môi trường", "lead") in on_line(WILD / "src_tvplcrawl_47.txt", 17)
    # a post named with the head itself stays as written (corpus 004 L51, the key's `Trưởng phòng`)
    assert ("Trưởng phòng", "lead") in on_line(CORPUS / "004_755144333ea7a6dd.txt", 51)


def test_the_level_after_names_joined_by_commas_is_each_ones():
    # A commune front's plan: `gửi Biên bản … đến Thường trực HĐND, UBND, Ủy ban MTTQ tỉnh và Thường trực HĐND, Ủy ban
    # Bầu cử xã chậm nhất ngày 04/02/2026` (held-out; main gave the first two the commune's level, and merged the two
    # Thường trực HĐND into one)
    letter = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 20/KH-MTTQ-BTT\n"
              "Lương Minh, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị hiệp thương lần thứ hai\n"
              "I. TỔ CHỨC THỰC HIỆN\n1. Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã\n"
              "- Ngay sau hội nghị, gửi Biên bản hội nghị đến Thường trực HĐND, UBND, Ủy ban MTTQ tỉnh và Thường trực "
              "HĐND, Ủy ban Bầu cử xã chậm nhất ngày 04/02/2026.\n"
              "- Gửi báo cáo đến Sở Nội vụ, Sở Tài chính tỉnh.\n")
    found = {(p.party, p.role) for p in parse_text(letter)[0].parties}
    assert {("Thường trực Hội đồng nhân dân tỉnh", "report_to"), ("Ủy ban nhân dân tỉnh", "report_to"),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "report_to"), ("Thường trực Hội đồng nhân dân xã", "report_to"),
            ("Ủy ban bầu cử xã", "report_to")} <= found
    assert ("Sở Nội vụ", "report_to") in found  # (a department of no level of government stays as written)


def test_an_addressee_item_listing_bodies_of_several_kinds_names_each():
    # A ministry's letter (held-out): `Kính gửi: - Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố và các
    # cơ quan, tổ chức quản lý trực tiếp cơ sở giáo dục đại học;` (main: `Các bộ` and one party of all the rest)
    found = addressed("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 6240/BGDĐT-KHCNTT\nHà Nội, ngày 15 tháng 9 năm 2026\n"
                      "V/v kết nối dữ liệu với HEMIS\nKính gửi:\n",
                      "- Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố và các cơ quan, tổ chức quản lý trực "
                      "tiếp cơ sở giáo dục đại học;\n- Các cơ sở giáo dục đại học.\n",
                      "Bộ Giáo dục và Đào tạo đề nghị các đơn vị triển khai kết nối dữ liệu với HEMIS như sau:\n")
    assert found == {"Các bộ", "Cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố",
                     "Các cơ quan, tổ chức quản lý trực tiếp cơ sở giáo dục đại học"}
    # the posts one body's heads hold stay one addressee (devset fresh_08 L20, the key's row)
    assert ("Hiệu trưởng, Giám đốc các đơn vị sự nghiệp công lập trực thuộc Sở", "lead") in \
        on_line(DEVSET / "fresh_08.txt", 20)


def test_an_addressee_listing_kinds_of_body_with_capitals_is_one_party():
    # A provincial department's letter: `Kính gửi: - Thủ trưởng các Sở, Ban ngành;` — the kinds of body a province has,
    # capitalised as letters often write them (main: `Thủ trưởng các sở` and `Ban ngành`, or `Ban, Ngành`, as two
    # addressees), named as `các sở, ban, ngành` written in lower case is
    head = ("UBND TỈNH QUẢNG NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1234/SGDĐT-VP\nQuảng Nam, ngày 10 tháng 11 năm 2024\n"
            "V/v báo cáo kết quả thực hiện quy chế dân chủ năm 2024\nKính gửi:\n")
    body = ("Sở Giáo dục và Đào tạo đề nghị các đơn vị báo cáo kết quả thực hiện quy chế dân chủ năm 2024 về Sở trước "
            "ngày 25/11/2024.\n")
    for written in ("Thủ trưởng các Sở, Ban ngành", "Thủ trưởng các Sở, Ban, Ngành", "Thủ trưởng các sở, ban, ngành"):
        assert addressed(head, f"- {written};\n- Trưởng phòng Giáo dục và Đào tạo các huyện.\n", body) == \
            {"Thủ trưởng các sở, ban, ngành"}, written
    # a body's own name after the comma still opens another addressee
    assert addressed(head, "- Sở Tài chính, Sở Nội vụ;\n- Trưởng phòng Giáo dục và Đào tạo các huyện.\n", body) == \
        {"Sở Tài chính", "Sở Nội vụ"}


def test_a_body_named_by_what_it_manages_directly_keeps_its_qualifier():
    # A ministry's letter and a commune front's plan (held-out): `Đề nghị các cơ quan quản lý trực tiếp cơ sở giáo dục
    # đại học phối hợp chỉ đạo …` (main: no row, `Các cơ quan` cut at `quản lý`), `… thì cơ quan, tổ chức, đơn vị trực
    # tiếp quản lý người ứng cử có trách nhiệm xác minh …` (main: `Cơ quan, tổ chức, đơn vị`)
    found = rows("1. Đề nghị các cơ quan quản lý trực tiếp cơ sở giáo dục đại học phối hợp chỉ đạo, kiểm tra các cơ sở "
                 "đào tạo triển khai kết nối.\n"
                 "2. Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử có trách "
                 "nhiệm xác minh và trả lời bằng văn bản.\n")
    assert ("Các cơ quan quản lý trực tiếp cơ sở giáo dục đại học", "coordinate") in found[1]
    assert ("Cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử", "lead") in found[2]


def test_a_school_committee_named_for_an_activity_of_the_curriculum():
    # A primary school's sports-day plan (held-out): `Trường tiểu học số 2 Quảng Phú hướng dẫn Ban hoạt động ngoài giờ lên
    # lớp chuẩn bị tốt các điều kiện …` (main: no row, `Ban` alone before the verb-like `hoạt động`)
    plan = ("PHÒNG GD&ĐT QUẢNG TRẠCH\nTRƯỜNG TIỂU HỌC SỐ 2 QUẢNG PHÚ\nSố: 45/KH-TH\n"
            "Quảng Phú, ngày 10 tháng 12 năm 2020\nKẾ HOẠCH\nTham gia Hội khỏe Phù Đổng cấp huyện\n"
            "Trường tiểu học số 2 Quảng Phú hướng dẫn Ban hoạt động ngoài giờ lên lớp chuẩn bị tốt các điều kiện và "
            "tham gia hội khoẻ Phù Đổng cấp huyện như sau:\nI. TỔ CHỨC THỰC HIỆN\n"
            "1. Ban hoạt động ngoài giờ lên lớp tuyển chọn vận động viên, tổ chức tập luyện.\n"
            "2. Tổ hoạt động trải nghiệm phối hợp với giáo viên chủ nhiệm chuẩn bị trang phục.\n")
    found = {(p.line, p.party, p.role) for p in parse_text(plan)[0].parties}
    assert {(7, "Ban hoạt động ngoài giờ lên lớp", "lead"), (9, "Ban hoạt động ngoài giờ lên lớp", "lead"),
            (10, "Tổ hoạt động trải nghiệm", "lead")} <= found


def test_an_addressee_item_of_posts_each_held_in_its_own_body():
    # A commune's letter (held-out): `Kính gửi: - Các ông (bà) Bí thư chi bộ, trưởng các thôn;` — two posts, each in its
    # own body (main: one party `Bí thư chi bộ, trưởng các thôn`)
    found = addressed("ỦY BAN NHÂN DÂN\nXÃ HOÀNG LƯU\nSố: 05/UBND-VP\nHoàng Lưu, ngày 14 tháng 01 năm 2021\n"
                      "V/v tổ chức tổng vệ sinh môi trường\nKính gửi: ",
                      "- Các ông (bà) Bí thư chi bộ, trưởng các thôn;\n- Trạm Y tế xã.\n",
                      "Ủy ban nhân dân xã đề nghị các đơn vị thực hiện tốt một số nội dung sau:\n"
                      "1. Tổ chức tuyên truyền vận động nhân dân làm tốt công tác vệ sinh môi trường.\n")
    assert found == {"Bí thư Chi bộ", "Trưởng các thôn"}


def test_the_items_a_letters_request_announces_assign_their_named_parties():
    # A commune's letter (held-out): `Ủy ban nhân dân xã đề nghị các đơn vị thực hiện tốt một số nội dung sau:` over
    # `1. Các trường học trên địa bàn xã:` ⏎ `- Tổ chức …`, `2. Trạm Y tế xã:` … — no `Tổ chức thực hiện` above them, and
    # main read no party from the headings
    letter = ("ỦY BAN NHÂN DÂN\nXÃ HOÀNG LƯU\nSố: 05/UBND-VP\nHoàng Lưu, ngày 14 tháng 01 năm 2021\n"
              "V/v tổ chức tổng vệ sinh môi trường\nKính gửi: Các đơn vị trên địa bàn xã.\n"
              "Ủy ban nhân dân xã đề nghị các đơn vị thực hiện tốt một số nội dung sau:\n"
              "1. Các trường học trên địa bàn xã:\n- Tổ chức cho học sinh làm vệ sinh trường lớp vào thứ Bảy hằng tuần.\n"
              "2. Trạm Y tế xã:\n- Phun thuốc khử trùng tại các khu vực công cộng.\n")
    found = {(p.line, p.party, p.role) for p in parse_text(letter)[0].parties}
    assert {(8, "Các trường học trên địa bàn xã", "lead"), (10, "Trạm Y tế xã", "lead")} <= found
    # src_tvplcrawl_27 L5–6: `… Tổng cục Hải quan yêu cầu Cục Hải quan các tỉnh, thành phố … thực hiện nội dung sau:` ⏎
    # `I. Các Chi cục Hải quan trên toàn quốc`
    assert ("Các Chi cục Hải quan trên toàn quốc", "lead") in on_line(WILD / "src_tvplcrawl_27.txt", 6)
    # a passive's participle announces no request (`công chức được phân công kiểm tra …, xử lý như sau:`)
    assert not [p for p in parse_text(letter.replace("Ủy ban nhân dân xã đề nghị các đơn vị thực hiện tốt một số nội "
                                                     "dung sau:", "Hồ sơ được giao kiểm tra, xử lý như sau:"))[0].parties
                if p.line in (8, 10)]


def test_the_bodies_a_partners_kind_stands_for_after_its_colon_are_each_a_partner():
    # src_congbot_37 L21: `… chỉ đạo Sở Lao động - Thương binh và Xã hội phối hợp với các cơ quan chức năng: Sở Y tế, Bộ
    # Chỉ huy quân sự tỉnh, Hội đồng giám định Y khoa, … thực hiện các nội dung sau:` (main: no partner at all, the
    # kind's qualifier `chức năng` ending the list before the colon)
    found = on_line(WILD / "src_congbot_37.txt", 21)
    assert {("Sở Y tế", "coordinate"), ("Bộ Chỉ huy quân sự tỉnh", "coordinate"),
            ("Hội đồng giám định Y khoa", "coordinate"), ("Hội Cựu chiến binh", "coordinate")} <= found
    # the bodies after the colon are partners of the one that leads, not leads of the verb after them; a clause that
    # opens with the leading body is no label of the line (main took `Sở … phối hợp với các đơn vị` as one name)
    found = rows("1. Sở Y tế chủ trì, phối hợp với các cơ quan liên quan: Sở Tài chính, Công an tỉnh tổ chức thực hiện.\n"
                 "2. Sở Giáo dục và Đào tạo phối hợp với các đơn vị: Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh triển khai "
                 "tuyên truyền trong trường học.\n")
    assert found[1] == {("Sở Y tế", "lead"), ("Sở Tài chính", "coordinate"), ("Công an tỉnh", "coordinate")}
    assert found[2] == {("Sở Giáo dục và Đào tạo", "lead"), ("Tỉnh đoàn", "coordinate"),
                        ("Hội Liên hiệp Phụ nữ tỉnh", "coordinate")}


def test_a_labelled_lists_items_hold_their_verb_like_words_when_another_party_follows():
    # src_tvplcrawl_15 L148: `- Đơn vị phối hợp: Các đơn vị xây dựng pháp luật, Vụ Phổ biến, giáo dục pháp luật, Cục trợ
    # giúp pháp lý, …, Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật và các đơn vị khác có liên
    # quan.`: main ended the list at the first verb-like word (`xây dựng`), one row `Các đơn vị`
    found = on_line(WILD / "src_tvplcrawl_15.txt", 148)
    assert {("Các đơn vị xây dựng pháp luật", "coordinate"), ("Vụ Phổ biến, giáo dục pháp luật", "coordinate"),
            ("Cục Trợ giúp pháp lý", "coordinate"), ("Cục Kiểm soát thủ tục hành chính", "coordinate"),
            ("Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật", "coordinate"),
            ("Các đơn vị khác có liên quan", "coordinate")} <= found
    # the list's last item, closed by a qualifier only a name takes (L53: `…, Cục Kiểm tra văn bản quy phạm pháp luật và
    # các đơn vị xây dựng pháp luật có liên quan.`)
    assert ("Các đơn vị xây dựng pháp luật có liên quan", "coordinate") in on_line(WILD / "src_tvplcrawl_15.txt", 53)
    # a verb whose object is a party is the item's predicate (src_tvplcrawl_17 L55: `Cơ quan thực hiện: Uỷ ban nhân dân
    # các huyện, thành phố chủ trì phối hợp với Ban quản lý Khu kinh tế tỉnh; …`)
    assert ("Ủy ban nhân dân các huyện, thành phố", "lead") in on_line(WILD / "src_tvplcrawl_17.txt", 55)


def test_a_letter_addressed_with_the_southern_spelling_kinh_goi_asks_its_addressees():
    # `Kính gởi:` (the southern spelling of `gửi`, frequent in letters of the southern provinces): main knew no address
    # line, so neither addressee was a party; `gởi về Sở` is a delivery as `gửi về Sở` is (the deadline's recipient)
    letter = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TRÀ VINH\nSố: 120/SGDĐT-GDTrH\nV/v hướng dẫn kiểm tra cuối học kỳ I\n"
              "Trà Vinh, ngày 10 tháng 12 năm 2020\nKính gởi:\n- Các Phòng Giáo dục và Đào tạo;\n- Các đơn vị trực thuộc.\n"
              "Sở Giáo dục và Đào tạo hướng dẫn các đơn vị tổ chức kiểm tra cuối học kỳ I như sau:\n"
              "1. Các đơn vị gởi kế hoạch kiểm tra về Sở (qua Phòng Giáo dục Trung học) trước ngày 20/12/2020.\n"
              "GIÁM ĐỐC\nNguyễn Văn Bình\n")
    doc = parse_text(letter)[0]
    assert {(p.party, p.line) for p in doc.parties if p.role == "lead"} >= {
        ("Các Phòng Giáo dục và Đào tạo", 6), ("Các đơn vị trực thuộc", 7)}
    assert [d.recipient for d in doc.deadlines] == ["Sở Giáo dục và Đào tạo Trà Vinh (qua Phòng Giáo dục Trung học)"]
    # the issuer named without its place (`Sở Giáo dục và Đào tạo hướng dẫn … như sau:`) writes its own letter: no row
    assert not [p for p in doc.parties if p.party == "Sở Giáo dục và Đào tạo"]


def test_the_issuer_named_without_its_place_drafting_its_plan_is_no_row():
    # corpus 004 L13: `Phòng Giáo dục và Đào tạo xây dựng Kế hoạch thực hiện Quy chế dân chủ …` in the plan of `Phòng
    # Giáo dục và Đào tạo Thủ Thừa` (its key marks the row optional: the issuer drafting its own plan)
    assert ("Phòng Giáo dục và Đào tạo", "lead") not in on_line(CORPUS / "004_755144333ea7a6dd.txt", 13)


def test_the_subject_after_a_fronted_doi_voi_phrase_is_a_party():
    # corpus 004 L59: `Đối với các trường học, phòng Giáo dục và Đào tạo có kế hoạch kiểm tra lồng ghép …` (the topic
    # fronted before the subject, as `Sau khi …,` is): main read no subject after it
    assert ("Phòng Giáo dục và Đào tạo", "lead") in on_line(CORPUS / "004_755144333ea7a6dd.txt", 59)
    found = rows("1. Đối với các dự án chậm tiến độ, Sở Tài chính chủ trì rà soát, báo cáo Ủy ban nhân dân tỉnh.\n")
    assert found[1] == {("Sở Tài chính", "lead"), ("Ủy ban nhân dân tỉnh", "report_to")}


def test_a_schools_managers_are_a_kind_of_staff_not_staff_who_manage():
    # fresh_10 L29 `Cán bộ quản lý, giáo viên Tiểu học, THCS, THPT của các cơ sở giáo dục …` (who may enrol): main read
    # `Cán bộ` leading `quản lý, giáo viên …`
    assert ("Cán bộ", "lead") not in on_line(DEVSET / "fresh_10.txt", 29)
    found = rows("1. Cán bộ quản lý các trường chịu trách nhiệm tổ chức bồi dưỡng cho giáo viên.\n")
    assert ("Cán bộ quản lý các trường", "lead") in found[1]


def test_the_beneficiary_of_what_a_proposal_gives_is_no_receiver():
    # fresh_19 L423-424: `- Kiểm tra, nắm tình hình và đề xuất bố trí bổ sung trang thiết bị phục vụ chuyển đổi số cho
    # UBND các xã, phường, đặc khu khi cần thiết` (main: the communes receive the proposal); a report `cho` a body still
    # has its receiver (L422 `báo cáo kết quả thực hiện cho UBND tỉnh`)
    assert not on_line(DEVSET / "fresh_19.txt", 424)
    assert ("Ủy ban nhân dân tỉnh", "report_to") in on_line(DEVSET / "fresh_19.txt", 422)


_PROVINCE_LETTER = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÌNH
Số: 5973/UBND-KT
V/v tăng cường công tác quản lý hoạt động khoáng sản
Yên Bình, ngày 11 tháng 6 năm 2026
Kính gửi:
- Các Sở, ban, ngành thuộc UBND tỉnh;
- Ủy ban nhân dân các xã, phường.
Để nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về khoáng sản, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:
1. Thanh tra tỉnh
- Chủ trì, phối hợp với các Sở, ban, ngành và địa phương xây dựng kế hoạch thanh tra hàng năm.
- Theo dõi, đôn đốc việc thực hiện các kết luận thanh tra.
2. Sở Công Thương
- Chủ trì, phối hợp với các cơ quan liên quan kiểm tra việc sử dụng vật liệu nổ công nghiệp.
3. Các Sở, ban, ngành thuộc tỉnh, Công an tỉnh,
Ủy ban nhân dân các xã, phường tổ chức quán triệt nội dung Văn bản này.
"""


def test_a_letters_request_ending_its_line_assigns_the_bodies_its_items_name():
    # `…, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:` over `1. Thanh tra tỉnh` ⏎ `- Chủ trì, …` (a provincial letter's items,
    # one a body, its tasks dash bullets): main gave the bodies no row (only `… thực hiện … sau:` announced items); an
    # item whose names wrap onto the sentence's next line is still read as a sentence
    found = {(p.party, p.role, p.line) for p in parse_text(_PROVINCE_LETTER)[0].parties}
    assert {("Thanh tra tỉnh", "lead", 10), ("Sở Công Thương", "lead", 13),
            ("Công an tỉnh", "lead", 15), ("Ủy ban nhân dân các xã, phường", "lead", 16)} <= found


def test_a_time_written_with_a_capital_after_a_receiver_is_no_part_of_its_name():
    # a school plan posted on its portal: `Nộp cho Phó Hiệu trưởng chuyên môn Chậm nhất sáng 25/01/2021` (main: the
    # receiver `Phó Hiệu trưởng chuyên môn Chậm`, in the party and the deadline's recipient)
    doc = parse_text(_PLAN.format(body="1. Giáo viên ra đề nộp cho Phó Hiệu trưởng chuyên môn Chậm nhất sáng 25/4/2026.\n"))[0]
    assert ("Phó Hiệu trưởng chuyên môn", "report_to") in {(p.party, p.role) for p in doc.parties}
    assert [d.recipient for d in doc.deadlines] == ["Phó Hiệu trưởng chuyên môn"]


def test_an_addressee_item_naming_its_kind_then_each_body_by_its_field_names_each_body():
    # a provincial letter's address (held-out): `- Các Sở: Nông nghiệp và Môi trường, Xây dựng,` ⏎ `Công Thương;` (main:
    # one party `Các sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương`)
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÌNH\nSố: 8129/UBND-KT\nV/v kiểm tra, xác minh hoạt động khoáng sản\n"
              "Yên Bình, ngày 10 tháng 8 năm 2026\nKính gửi:\n"
              "- Các Sở: Nông nghiệp và Môi trường, Xây dựng,\nCông Thương;\n- Ủy ban nhân dân xã Văn Chấn.\n"
              "Ủy ban nhân dân tỉnh đề nghị các đơn vị khẩn trương kiểm tra, xác minh và báo cáo kết quả.\n")
    found = {(p.party, p.line) for p in parse_text(letter)[0].parties if p.role == "lead"}
    assert {("Sở Nông nghiệp và Môi trường", 7), ("Sở Xây dựng", 7), ("Sở Công Thương", 8),
            ("Ủy ban nhân dân xã Văn Chấn", 9)} <= found


def test_a_body_named_by_a_verb_after_its_one_word_head_keeps_its_name():
    # `Sở Xây dựng tổ chức kiểm tra` (a provincial letter's item): the capitalised `Xây dựng` right after the head `Sở`
    # is its name, not a predicate written with a capital (main: `Sở`, the task `Xây dựng tổ chức kiểm tra`); a scope
    # opened by `căn cứ` stands between a subject and its predicate as `theo chức năng …` does
    found = rows("1. Sở Tài chính; Sở Xây dựng tổ chức kiểm tra việc quản lý tài sản kết cấu hạ tầng.\n"
                 "2. Các sở, ban, ngành, căn cứ chức năng, nhiệm vụ được giao khẩn trương tổ chức triển khai thực hiện.\n")
    assert found[1] == {("Sở Tài chính", "lead"), ("Sở Xây dựng", "lead")}
    assert found[2] == {("Các sở, ban, ngành", "lead")}


def test_a_kind_given_a_task_names_its_bodies_in_the_list_its_colon_opens():
    # a provincial letter (held-out): `Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh` ⏎ `vực
    # gồm:` over `- Sở Công Thương (đối với tài sản …);` … (main: one row `Các sở`, none of the bodies); a bracket's
    # scope, its `;` too, is no part of a name nor the item's end
    found = rows("2. Các sở quản lý nhà nước chuyên ngành về hạ tầng\n"
                 "Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh\nvực gồm:\n"
                 "- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);\n"
                 "- Sở Khoa học và Công nghệ (đối với tài sản kết cấu hạ tầng khu công nghệ cao; hạ\ntầng thông tin);\n"
                 "- Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị).\nCó trách nhiệm:\n"
                 "a) Chủ trì rà soát, thống kê, phân loại toàn bộ tài sản kết cấu hạ tầng thuộc phạm vi quản lý.\n")
    assert ("Sở Công Thương", "lead") in found[4]
    assert ("Sở Khoa học và Công nghệ", "lead") in found[5]
    assert ("Sở Xây dựng", "lead") in found[7]


def test_a_party_committees_advisory_organs_are_named_by_what_they_do():
    # a provincial Party committee's letter (held-out): `Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy chủ động …`
    # (main: `Các cơ quan chuyên trách`, the rest read as its task); `Sở Nội vụ tham mưu …` still advises
    found = rows("1. Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy chủ động tham mưu, hướng dẫn việc thực hiện.\n"
                 "2. Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh sơ kết việc thực hiện.\n")
    assert found[1] == {("Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy", "lead")}
    assert ("Sở Nội vụ", "lead") in found[2]


def test_an_addressee_name_wrapped_in_a_narrow_column_goes_on_with_its_item():
    # a provincial Party committee's letter as pdftotext lays it out (held-out): `- Các cơ quan chuyên trách tham mưu, giúp
    # việc` ⏎ `Đảng ủy Ủy ban nhân dân tỉnh,` ⏎ `- Các chi bộ, đảng bộ cơ sở.` (main: the name cut at `giúp việc`, the list
    # ended there and lost its last item)
    letter = ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\nSố: 2449-CV/ĐU\nV/v triển khai thực hiện Chương trình hành động số 104-CTr/TU\n"
              "Yên Bình, ngày 15 tháng 9 năm 2026\nKính gửi: - Ủy ban nhân dân tỉnh,\n"
              "- Các cơ quan chuyên trách tham mưu, giúp việc\nĐảng ủy Ủy ban nhân dân tỉnh,\n"
              "- Các chi bộ, đảng bộ cơ sở.\n"
              "Ban Thường vụ Đảng ủy đề nghị các tổ chức đảng trực thuộc triển khai thực hiện một số nhiệm vụ như sau:\n")
    found = {(p.party, p.line) for p in parse_text(letter)[0].parties}
    assert {("Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh", 6),
            ("Các chi bộ, đảng bộ cơ sở", 8)} <= found


# A kindergarten's programme copied from its Word table one cell a paragraph (a month a row: its tasks one a bullet in
# one cell, the responsible names one a bullet in the next), as schools post them (names and days invented).
_PROGRAMME = """LỊCH CHỈ ĐẠO VÀ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2025-2026

TRƯỜNG MẦM NON HOA SEN

THÁNG

NỘI DUNG CÔNG VIỆC

BỘ PHẬN T.HIỆN

8/2025

- Yêu cầu giáo viên trả phép đúng thời gian (04/8)

- Xây dựng kế hoạch dự trù các khoản thu năm học 2025 - 2026.

- Tổ chức cho học sinh tựu trường

( 18/8/2025)

- Nhà trường tổ chức họp phụ huynh đầu năm học. (Sáng 27/8)

- Viết bài tuyên truyền chuẩn bị năm học mới

- 100% CBGV

- BGH+KT

- Trường Mầm non

- Hiệu trưởng

- PHT

9/2025

- Nhà trường tổ chức khai giảng năm học mới (05/9)

- Nộp báo cáo khai giảng ( chiều 6/9 ).

- Hiệu trưởng

- CBGV,NV
"""


def test_a_months_responsible_bullets_take_the_task_bullets_of_their_rank():
    # Each name bullet of the responsible cell is the party of the task bullet of its rank (the day alone on its line
    # belongs to the bullet above it); `KT`, a code the abbreviations lack, is left out; kinds of staff listed are one.
    # Before: none of these rows (a bullet with no verb is no clause).
    rows = {(p.party, p.task) for p in parse_text(_PROGRAMME)[0].parties if p.line > 20}
    assert {("Cán bộ, giáo viên", "Yêu cầu giáo viên trả phép đúng thời gian (04/8)"),
            ("Ban Giám hiệu", "Xây dựng kế hoạch dự trù các khoản thu năm học 2025 - 2026"),
            ("Hiệu trưởng", "Nhà trường tổ chức họp phụ huynh đầu năm học. (Sáng 27/8)"),
            ("Phó Hiệu trưởng", "Viết bài tuyên truyền chuẩn bị năm học mới"),
            ("Hiệu trưởng", "Nhà trường tổ chức khai giảng năm học mới (05/9)"),
            ("Cán bộ, giáo viên, nhân viên", "Nộp báo cáo khai giảng ( chiều 6/9 )")} <= rows
    assert not [party for party, _ in rows if "KT" in party or party == "Nhân viên"]


# A Sở's letter to a mining company as Lào Cai's are laid out (held-out shape; names and numbers invented): the tasks
# are dash bullets of the addressee with no subject of their own.
_TO_A_COMPANY = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 7012/SNNMT-KS
V/v thực hiện các quy định của pháp luật sau khi được cấp Giấy phép khai thác khoáng sản

Kính gửi: Công ty Cổ phần Khoáng sản An Phú

Để hoạt động khai thác khoáng sản đảm bảo đúng quy định của pháp luật, Sở Nông nghiệp và Môi trường yêu cầu Công ty
Cổ phần Khoáng sản An Phú thực hiện đầy đủ các nội dung sau:
1. Trước khi đưa mỏ vào hoạt động khai thác
- Thực hiện cắm mốc khu vực khai thác theo đúng quy định.
- Chủ động phối hợp với Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng khẩn trương thực hiện công tác bồi thường, giải
phóng mặt bằng.
2. Phối hợp với các sở quản lý nhà nước chuyên ngành về hạ tầng rà soát hồ sơ.
"""


def test_a_letters_bullet_works_with_the_communes_its_colon_lists():
    # The addressee is the one the bullet's partners work with (a partner needed a party found in its own paragraph:
    # none was read); `các xã: Gia Phú, Bảo Thắng` names each commune's committee; a kind of Sở named by the sector
    # it governs keeps its words (`quản lý` is also a verb: the name was `Các sở`).
    rows = {(p.party, p.role) for p in parse_text(_TO_A_COMPANY)[0].parties}
    assert {("Ủy ban nhân dân xã Gia Phú", "coordinate"), ("Ủy ban nhân dân xã Bảo Thắng", "coordinate"),
            ("Các sở quản lý nhà nước chuyên ngành", "coordinate")} <= rows
    assert ("Ủy ban nhân dân các xã", "coordinate") not in rows and ("Các sở", "coordinate") not in rows


def test_a_post_over_the_bodies_its_colon_names_in_full():
    # src_tvplcrawl_29 L83 `1. Bộ trưởng: Bộ Quốc phòng, Bộ Công an quyết định công nhận …`, and a province's letter
    # (held-out shape) `Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông phối hợp …`: the
    # post in each body (the rows were a bare `Giám đốc` and the bodies themselves).
    assert {("Bộ trưởng Bộ Quốc phòng", "lead"), ("Bộ trưởng Bộ Công an", "lead")} <= on_line(WILD / "src_tvplcrawl_29.txt", 83)
    rows = {(p.party, p.role) for p in parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 512/UBND-NCTH\nV/v tuyên truyền bầu chọn\n\nKính gửi:\n"
        "- Sở Văn hóa, Thể thao và Du lịch;\n- Sở Thông tin và Truyền thông.\n\nGiao Giám đốc: Sở Văn hóa, Thể thao và Du "
        "lịch, Sở Thông tin và Truyền thông phối hợp với các sở, ban, ngành tiếp tục tuyên truyền./.\n")[0].parties}
    assert rows >= {("Giám đốc Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Giám đốc Sở Thông tin và Truyền thông", "lead")}
    assert ("Giám đốc", "lead") not in rows and ("Sở Thông tin và Truyền thông", "lead") not in rows


def test_the_districts_listed_as_huyen_thi_thanh_pho():
    # A province's letter (held-out shape: An Giang 2006) lists its districts' level as `huyện, thị, thành phố`, `thị`
    # for thị xã: the name was cut at `huyện` and the sentence under `… yêu cầu:` gave no row.
    rows = {(p.party, p.task) for p in parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 561/UBND-KT\nV/v treo cờ Tổ quốc\n\nKính gửi: UBND huyện, thị, thành phố\n\n"
        "Ủy ban nhân dân tỉnh yêu cầu:\n\nỦy ban nhân dân các huyện, thị, thành phố vận động nhân dân treo cờ Tổ quốc.\n"
        "Ủy ban nhân dân tỉnh yêu cầu UBND huyện, thị, thành phố khẩn trương tổ chức thực hiện.\n")[0].parties}
    assert {("Ủy ban nhân dân các huyện, thị, thành phố", "vận động nhân dân treo cờ Tổ quốc"),
            ("Ủy ban nhân dân huyện, thị, thành phố", "khẩn trương tổ chức thực hiện")} <= rows
    assert not [party for party, _ in rows if party == "Ủy ban nhân dân huyện"]


def test_a_class_teacher_and_the_pupils_parents_given_a_task_together():
    # A high school's plan for the Mid-Autumn festival (held-out shape): `GVCN và CMHS chủ động …` — the parents were no
    # party, and the list with them gave neither row.
    rows = {(p.party, p.line) for p in parse_text(
        "TRƯỜNG THPT ĐÔNG HÒA\nSố: 112/KH-THPT\n\nKẾ HOẠCH\nTổ chức vui Tết Trung thu năm 2025\n\nIII. HÌNH THỨC TỔ CHỨC\n"
        "- Tổ chức theo đơn vị lớp;\n- GVCN chủ trì;\nIV. NỘI DUNG CÁC HOẠT ĐỘNG\n4.1. Liên hoan phá cỗ\n"
        "GVCN và CMHS chủ động cho học sinh trong lớp liên hoan.\n")[0].parties}
    assert {("Giáo viên chủ nhiệm", 9), ("Giáo viên chủ nhiệm", 12), ("Cha mẹ học sinh", 12)} <= rows


def test_a_party_that_does_a_task_itself():
    # A high school's plan (held-out shape): `Các lớp tự tổ chức trò chơi …` — `tự` before the verb hid the predicate
    # (no row); src_tvplcrawl_49 L360 `b) Ủy ban nhân dân cấp xã tự kiểm tra và phê duyệt kết quả thống kê …`.
    rows = {(p.party, p.task) for p in parse_text(
        "TRƯỜNG THPT ĐÔNG HÒA\nSố: 112/KH-THPT\n\nKẾ HOẠCH\nTổ chức vui Tết Trung thu năm 2025\n\n"
        "IV. NỘI DUNG CÁC HOẠT ĐỘNG\n4.1. Trò chơi\nCác lớp tự tổ chức trò chơi theo các hình thức khác nhau.\n")[0].parties}
    assert ("Các lớp", "tự tổ chức trò chơi theo các hình thức khác nhau") in rows
    assert ("Ủy ban nhân dân xã", "lead") in on_line(WILD / "src_tvplcrawl_49.txt", 360)


def test_a_part_whose_headings_name_the_bodies_gives_each_its_tasks():
    # A city's plan (held-out shape, Cần Thơ 2025): `II. NỘI DUNG THỰC HIỆN` ⏎ `1. Sở Y tế` ⏎ `a) Chủ trì, …` ⏎ `2. Sở
    # Tài chính` … ⏎ `5. Đề nghị Ủy ban Mặt trận …` — outside `Tổ chức thực hiện` the bodies named as headings were given
    # nothing. A statute's articles titled by the bodies they describe stay without rows (devset fresh_30 Chương III).
    rows = {(p.party, p.role, p.line) for p in parse_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 165/KH-UBND\nCần Thơ, ngày 10 tháng 6 năm 2025\n\nKẾ HOẠCH\n"
        "Thực hiện công tác dân số trong tình hình mới\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng dân số.\n"
        "II. NỘI DUNG THỰC HIỆN\n1. Sở Y tế\na) Chủ trì, phối hợp với các sở, ngành tăng cường công tác truyền thông.\n"
        "b) Tổ chức sơ kết, tổng kết các chương trình về dân số.\n2. Sở Tài chính\n"
        "Căn cứ khả năng cân đối ngân sách, tham mưu bố trí kinh phí thực hiện công tác dân số.\n"
        "3. Sở Giáo dục và Đào tạo\nChỉ đạo các cơ sở giáo dục lồng ghép nội dung giáo dục dân số.\n"
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố tăng cường tuyên truyền, vận động.\n")[0].parties}
    assert {("Sở Y tế", "lead", 13), ("Sở Tài chính", "lead", 16), ("Sở Giáo dục và Đào tạo", "lead", 18)} <= rows
    assert not [row for row in on_line(DEVSET / "fresh_30.txt", 204) if row[0] == "Chủ tịch Hội đồng quản lý Quỹ"]


def test_a_bodys_heading_wrapped_onto_a_line_of_its_own():
    # A city's plan converted to markdown (held-out shape, Cần Thơ 2025): `**2. Sở Tài` ⏎ `chính**` ⏎⏎ `a) Phối hợp …` — the
    # heading's last word alone on the next line; the body was `Sở Tài`.
    rows = {(p.party, p.role) for p in parse_text(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 165/KH-UBND\n\nKẾ HOẠCH\nThực hiện công tác dân số\n\n"
        "**II. NỘI DUNG THỰC HIỆN**\n\n**1. Sở Y tế**\n\na) Chủ trì tổ chức sơ kết các chương trình về dân số.\n\n"
        "**2. Sở Tài\nchính**\n\na) Phối hợp với Sở Y tế tham mưu bố trí kinh phí thực hiện công tác dân số.\n\n"
        "**3. Sở Giáo dục và Đào tạo**\n\nChỉ đạo các trường lồng ghép nội dung giáo dục dân số.\n")[0].parties}
    assert ("Sở Tài chính", "coordinate") in rows or ("Sở Tài chính", "lead") in rows
    assert not [party for party, _ in rows if party == "Sở Tài"]
