"""Which words name a party and the name the table gives it: abbreviations and initialisms expanded, spellings of one
body brought to its standard name, kinds of body and of person (health facilities, police forces, a company's organs,
staff named by their work), bare posts completed with the issuer's committee, and scans' damaged lists read as the
closest standard name. Real sentences of ../shared (file and line in a comment), or sentences written as the genre
writes them, put in a letter or a plan with a real header (said so in the comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text
from pipeline.party_forms import normalize

from .conftest import DEVSET, parsed_document, parties_on_line as on_line, WILD
from .test_party_names_extent import (
    FRONT_PLAN,
    in_decision,
    LETTER,
    plan_rows,
    planned,
    rows_of,
    rows_on_line,
    rows_on_lines,
    SO_TU_PHAP_IN_FORCE,
)

pytestmark = pytest.mark.skipif(not WILD.is_dir() or not DEVSET.is_dir(), reason="../shared is not here")


# The frame of a letter of Bảo hiểm xã hội Việt Nam to the provincial agencies (its symbol …/BHXH-CSYT, as the
# agency numbers its letters on health insurance; ../shared holds no such letter).
_LETTER = """BẢO HIỂM XÃ HỘI VIỆT NAM
Số: 1234/BHXH-CSYT
V/v thanh toán chi phí khám bệnh, chữa bệnh BHYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 10 tháng 4 năm 2025

Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc trung ương.

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, CSYT.
"""


def written(body: str) -> set[tuple[str, str]]:
    return {(p.party, p.role) for p in parse_text(_LETTER.format(body=body))[0].parties}


# A letter of Bảo hiểm xã hội Việt Nam to the provinces' offices, as such letters open.
BHXH_HEADER = """BẢO HIỂM XÃ HỘI VIỆT NAM

Số: 1234/BHXH-CSYT
V/v hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh BHYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 12 tháng 5 năm 2021

Kính gửi:"""


BHXH_LETTER = BHXH_HEADER + " Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương.\n\n"


# A letter of Bảo hiểm xã hội Việt Nam to the social-insurance offices, as such letters open and define their
# addressees (no shared text defines a collective after a list; the held-out letters do).
INSURANCE_LETTER = BHXH_HEADER + """
- Bảo hiểm xã hội Bộ Quốc phòng;
- Bảo hiểm xã hội Công an nhân dân;
- Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương.

Để bảo đảm quyền lợi của người tham gia bảo hiểm y tế, Bảo hiểm xã hội Việt Nam đề nghị Bảo hiểm xã hội Bộ Quốc \
phòng, Bảo hiểm xã hội Công an nhân dân, Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi \
chung là BHXH các tỉnh) thực hiện một số nội dung sau:
1. Phối hợp với Sở Y tế hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện thanh toán theo quy định.
2. Trong quá trình thực hiện, nếu có vướng mắc, BHXH các tỉnh có trách nhiệm tổng hợp, báo cáo về Bảo hiểm xã hội \
Việt Nam để được hướng dẫn.
"""


def test_joined_abbreviations_of_two_bodies():
    # written as commune plans name the office serving both councils, and the Front's standing board as its
    # letters abbreviate it (`BTT Ủy ban MTTQ Việt Nam tỉnh`, fresh_37 L199; `BTT UBMTTQVN tỉnh`, fresh_44 L745)
    found = planned("1. Văn phòng HĐND&UBND xã bố trí hội trường, âm thanh phục vụ hội nghị.\n"
                    "2. BTT UBMTTQ xã chủ trì, phối hợp với BCĐ xã kiểm tra việc tổ chức hội nghị cử tri.")
    assert {("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead"),
            ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead"), ("Ban Chỉ đạo xã", "coordinate")} <= found
    # a joined form the lexicon has whole is one body (`Phòng GD&ĐT`), and joined sectors stay joined, one office
    # (`Phòng TC-KH`: the district's office of finance and planning, models/party_bodies.tsv)
    assert normalize("Văn phòng HĐND-UBND huyện") == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"
    assert normalize("Phòng GD&ĐT huyện") == "Phòng Giáo dục và Đào tạo huyện"
    assert normalize("Phòng TC-KH huyện") == "Phòng Tài chính - Kế hoạch huyện"
    assert normalize("Văn phòng HĐND-UBND-UBMTTQ xã") == \
        "Văn phòng Hội đồng nhân dân, Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc xã"


def test_an_abbreviated_body_runs_over_the_places_it_is_named_for():
    # `BHXH` is a body's head as `Bảo hiểm xã hội` is: its name runs over `các tỉnh, thành phố trực thuộc trung
    # ương` (one party, the locative of one head), not cut at `thành phố`.
    parties = written("Đề nghị BHXH các tỉnh, thành phố trực thuộc trung ương phối hợp với Sở Y tế chỉ đạo các cơ sở "
                      "KCB trên địa bàn thực hiện thanh toán chi phí khám bệnh, chữa bệnh BHYT theo quy định.")
    assert ("Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương", "lead") in parties
    assert ("Bảo hiểm xã hội các tỉnh, thành phố", "lead") not in parties
    assert ("Sở Y tế", "coordinate") in parties


def test_the_other_initialism_of_health_care_facilities_is_expanded():
    # `Các cơ sở KBCB` is written beside `cơ sở KCB` for the facilities of khám bệnh, chữa bệnh.
    parties = written("Các cơ sở KBCB có trách nhiệm cập nhật đầy đủ dữ liệu lên Hệ thống thông tin giám định BHYT.")
    assert ("Các cơ sở khám bệnh, chữa bệnh", "lead") in parties


def test_kind_of_body_in_lower_case_after_chi_dao():
    # src_congbot_14 L153: `… có trách nhiệm chỉ đạo ngành Lao động - Thương binh và Xã hội tiếp nhận, quản lý …`
    assert ("Ngành Lao động - Thương binh và Xã hội", "lead") in rows_on_line(WILD / "src_congbot_14.txt", 153)
    # fresh_37 L181: `- Chỉ đạo chi hội, chi đoàn ở thôn nắm bắt tình hình dư luận nhân dân; …`
    assert ("Chi hội, chi đoàn ở thôn", "lead") in rows_on_line(DEVSET / "fresh_37.txt", 181)


def test_common_nouns_asked_to_act_in_a_letter():
    found = rows_of(LETTER + "Sở Giáo dục và Đào tạo đề nghị tổ dân phố, chính quyền địa phương và kêu gọi toàn thể "
                             "nhân dân tăng cường giám sát việc thực hiện cách ly y tế tại nhà.\n")
    assert {("Tổ dân phố", "lead"), ("Chính quyền địa phương", "lead")} <= found
    # a body's head in lower case, as the genre writes a kind of local body
    found = rows_of(LETTER + "Đề nghị trung tâm y tế quận, huyện phối hợp với nhà trường tổ chức khử khuẩn trường học.\n")
    assert {("Trung tâm y tế quận, huyện", "lead"), ("Nhà trường", "coordinate")} <= found


def test_bare_posts_and_the_issuer_named_alone_are_the_front_committees():
    found = rows_of(FRONT_PLAN +
                    "1. Đồng chí Chủ tịch chỉ đạo chung việc tổ chức các hội nghị hiệp thương.\n"
                    "2. Phân công đồng chí Phó Chủ tịch Thường trực trực tiếp phụ trách công tác hiệp thương.\n"
                    "3. Ban Thường trực tổng hợp danh sách người ứng cử, báo cáo Ban Thường trực Ủy ban MTTQ tỉnh.\n")
    # as the devset keys complete `Các đ/c Phó chỉ tịch` (fresh_35): the post in the committee at its level
    assert ("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in found
    assert ("Phó Chủ tịch Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in found
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in found
    assert not {party for party, _ in found} & {"Chủ tịch", "Phó Chủ tịch Thường trực", "Ban Thường trực"}


def test_school_posts_stay_as_written():
    # fresh_02 (a school plan): the devset keeps `Hiệu trưởng`, `Phó Hiệu trưởng` bare, the post being the party
    found = {party for party, _ in rows_on_line(DEVSET / "fresh_02.txt", 137)}
    assert "Phó Hiệu trưởng" in found


def test_the_issuers_head_alone_where_reports_go_is_the_issuer():
    # src_congbot_16 L87 (a letter of the Bộ Lao động - Thương binh và Xã hội): `… đề nghị phản ánh về Bộ (qua Vụ Kế
    # hoạch - Tài chính, …) để được hướng dẫn, giải đáp./.`
    assert ("Bộ Lao động - Thương binh và Xã hội", "report_to") in rows_on_line(WILD / "src_congbot_16.txt", 87)
    found = rows_of(LETTER + "Các đơn vị báo cáo kết quả thực hiện về Sở (qua Phòng Chính trị, tư tưởng) trước ngày "
                             "15/5/2021.\n")
    assert ("Sở Giáo dục và Đào tạo", "report_to") in found
    # fresh_36 L29: a name cut short before its lower-case words (`Tiểu ban thông tin, tuyên truyền, …`) is not
    # taken for the issuer
    assert not any(party.startswith("Tiểu ban") for party, _ in rows_on_line(DEVSET / "fresh_36.txt", 29))


def test_health_facilities_named_as_the_law_names_them():
    # `cơ sở khám bệnh, chữa bệnh` (Luật Khám bệnh, chữa bệnh 2023): the facilities are the party, not `các cơ sở`
    # followed by a verb
    found = rows_of(BHXH_LETTER + "Đề nghị Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh trên địa bàn thực hiện đúng "
                                  "quy định.\n")
    assert ("Các cơ sở khám bệnh, chữa bệnh trên địa bàn", "lead") in found


def test_the_front_board_of_the_level_that_holds_the_conference():
    # fresh_44 L85: `Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương triệu tập và chủ
    # trì hội nghị.` (Luật Bầu cử's term: the board of whichever level holds it, not the issuer's own province)
    assert rows_on_line(DEVSET / "fresh_44.txt", 85) == \
        {("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp tổ chức hội nghị hiệp thương", "lead")}


def test_a_collective_defined_after_a_list_names_the_defined_bodies_later():
    # `(sau đây gọi chung là BHXH các tỉnh)`: the short name, written with an abbreviation, is the defined name
    # where the letter uses it (the devset's convention for `(gọi tắt là …)`, fresh_31's `bộ`, `tỉnh`)
    rows = {(p.party, p.role) for doc in parse_text(INSURANCE_LETTER) for p in doc.parties if p.line == 18}
    assert ("Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương", "lead") in rows
    assert ("Bảo hiểm xã hội các tỉnh", "lead") not in rows


def test_spellings_of_one_body_take_its_standard_name():
    # src_congbot_18 L136, L140, L142: `Sở Lao động Thương binh và Xã hội` and `Sở Lao động thương binh xã hội` in
    # one document; src_tvplcrawl_20 L35 `Sở Lao động-Thương binh và Xã hội` (a dash against its words)
    rows = rows_on_lines(WILD / "src_congbot_18.txt", 136, 140, 142)
    assert {party for party, _ in rows if "Lao động" in party} == {"Sở Lao động, Thương binh và Xã hội"}
    assert ("Sở Lao động, Thương binh và Xã hội", "report_to") in rows_on_lines(WILD / "src_tvplcrawl_20.txt", 35)
    # a post over the body keeps its words (L25 `Giám đốc Sở Lao động Thương binh và Xã hội`)
    assert ("Giám đốc Sở Lao động, Thương binh và Xã hội", "lead") in rows_on_lines(WILD / "src_congbot_18.txt", 25)


def test_a_standard_name_is_written_standard_before_the_words_that_say_which_office():
    # src_congbot_7 L2477: `… gửi Sở Lao động - Thương binh và Xã hội nơi quản lý hồ sơ gốc …` (the bare name in the
    # same document is normalized to `Sở Lao động, Thương binh và Xã hội`)
    assert ("Sở Lao động, Thương binh và Xã hội nơi quản lý hồ sơ gốc", "report_to") in \
        rows_on_lines(WILD / "src_congbot_7.txt", 2477)
    # src_congbot_38 L11 `… đề nghị Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương …`
    # (the letter's addressee, L5, whose row is the body's)
    assert ("Sở Lao động, Thương binh và Xã hội các tỉnh, thành phố trực thuộc Trung ương", "lead") in \
        rows_on_lines(WILD / "src_congbot_38.txt", 11)
    # not across a dash: `Sở Tư pháp - cơ quan thường trực Hội đồng …` (fresh_26 L325, there a past request, round 16)
    # is the Sở and an apposition (round 13: the apposition is no part of the name), written as is
    assert "Sở Tư pháp" in {party for party, _ in plan_rows(SO_TU_PHAP_IN_FORCE)}


def test_a_commune_health_station_is_a_body():
    # A commune plan's `Tổ chức thực hiện` tasks its health station as it tasks its police (`Công an xã`):
    # `Trạm Y tế xã` (Thông tư 33/2015/TT-BYT) is a body's name, with or without a list around it.
    text = ("ỦY BAN NHÂN DÂN\nXÃ LẠC DƯƠNG\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai công tác dân vận năm 2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n"
            "1. Giao Phòng Văn hóa - Xã hội, Công an xã, Trạm Y tế xã tổ chức thực hiện.\n"
            "2. Trạm Y tế xã chủ trì, phối hợp với Bưu điện xã tuyên truyền đến Nhân dân.\n")
    found = {(p.party, p.role, p.line) for p in parse_text(text)[0].parties}
    assert ("Trạm Y tế xã", "lead", 8) in found and ("Trạm Y tế xã", "lead", 9) in found
    assert ("Bưu điện xã", "coordinate", 9) in found
    # src_congbot_25.txt L109–122: the stations named in a table of investment projects are no parties
    assert not [p for p in parsed_document(str(WILD / "src_congbot_25.txt")).parties if 105 <= p.line <= 125]


def test_staff_named_by_the_work_they_do():
    # src_teacher2_1.txt L304: `… Giáo viên làm công tác chủ nhiệm lớp lập kế hoạch giáo dục cho lớp học mình phụ
    # trách …`: `làm công tác chủ nhiệm lớp` says which teachers; the predicate is `lập kế hoạch`.
    assert ("Giáo viên làm công tác chủ nhiệm lớp", "lead") in on_line(WILD / "src_teacher2_1.txt", 304)
    # src_congbot_7.txt L2657 `Đội phục vụ làm nhiệm vụ di chuyển linh cữu …`: `làm nhiệm vụ` is the predicate there
    assert ("Đội phục vụ", "lead") in on_line(WILD / "src_congbot_7.txt", 2657)


def test_a_kind_named_by_what_it_does_keeps_its_description():
    # ../shared/devset's convention keeps a kind's defining qualifier (`Người phụ trách kế toán Quỹ`, fresh_30 L264;
    # `Cơ quan có thẩm quyền ra quyết định thành lập …`, fresh_40 L145): the party runs to the duty.
    # fresh_15.txt L22: `- Cán bộ, nhân viên được giao soạn thảo văn bản có trách nhiệm thực hiện đúng hướng dẫn …`
    assert ("Cán bộ, nhân viên được giao soạn thảo văn bản", "lead") in on_line(DEVSET / "fresh_15.txt", 22)
    # src_congbot_7.txt L1243: `7. Cơ quan, đơn vị cấp giấy chứng nhận hy sinh có trách nhiệm thực hiện …`
    assert ("Cơ quan, đơn vị cấp giấy chứng nhận hy sinh", "lead") in on_line(WILD / "src_congbot_7.txt", 1243)
    rows = in_decision("Điều 3. Trách nhiệm thi hành\n"
                       "1. Cơ quan, đơn vị tiếp nhận hồ sơ có trách nhiệm kiểm tra thành phần hồ sơ.\n"
                       "2. Đơn vị hoặc cá nhân được giao chủ trì thẩm định dự án có trách nhiệm lập báo cáo thẩm định.\n"
                       "3. Cán bộ được giao nhiệm vụ thẩm tra hồ sơ có trách nhiệm đối chiếu bản gốc.\n")
    assert rows[2] == {("Cơ quan, đơn vị tiếp nhận hồ sơ", "lead")}
    assert rows[3] == {("Đơn vị hoặc cá nhân được giao chủ trì thẩm định dự án", "lead")}
    assert rows[4] == {("Cán bộ được giao nhiệm vụ thẩm tra hồ sơ", "lead")}


def test_a_post_in_the_plural_is_every_holder_not_the_one_the_text_names():
    # src_congbot_14.txt L169: `3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, … chịu trách nhiệm thi hành Quyết định
    # này.` The text names `Bộ trưởng Bộ Quốc phòng` (L57); `Các Bộ trưởng` is every minister, not that one.
    found = on_line(WILD / "src_congbot_14.txt", 169)
    assert ("Bộ trưởng", "lead") in found
    assert ("Bộ trưởng Bộ Quốc phòng", "lead") not in found


def test_a_companys_organs_are_parties():
    # src_tvplcrawl_54.txt L331: `…; Hội đồng quản trị, Hội đồng thành viên, Tổng giám đốc, Giám đốc các doanh nghiệp
    # phát hành trái phiếu chịu trách nhiệm thi hành Nghị định này.`
    found = on_line(WILD / "src_tvplcrawl_54.txt", 331)
    assert {("Hội đồng quản trị", "lead"), ("Hội đồng thành viên", "lead")} <= found
    # src_tvplcrawl_53.txt L44: `… báo cáo Hội đồng thành viên, Hội đồng quản trị, Chủ tịch công ty phê duyệt …`
    assert {("Hội đồng quản trị", "lead"), ("Chủ tịch công ty", "lead")} <= on_line(WILD / "src_tvplcrawl_53.txt", 44)
    # src_tvplcrawl_53.txt L215: the article's heading names the State's capital holder.
    assert ("Người đại diện phần vốn nhà nước", "lead") in on_line(WILD / "src_tvplcrawl_53.txt", 215)


def test_a_damaged_list_is_read_as_the_closest_standard_name():
    # fresh_13.txt L264 (a scan): `b) Don vj phhi hcp: Cáo ban, ngành, doân th lien quail.` — no `sở` is written; the
    # longer standard name `Các sở, ban, ngành, đoàn thể liên quan` won on length alone.
    found = on_line(DEVSET / "fresh_13.txt", 264)
    assert found == {("Các ban, ngành, đoàn thể liên quan", "coordinate")}
    # L752: `cáo sa, ngành lien quan` (no `ban`).
    assert ("Các sở, ngành liên quan", "coordinate") in on_line(DEVSET / "fresh_13.txt", 752)
    # L262: the longer names still win where the text reads more of them (`UBND cáo qun, huyn`, whole).
    assert ("Ủy ban nhân dân các quận, huyện", "lead") in on_line(DEVSET / "fresh_13.txt", 262)


def test_the_police_forces_are_bodies():
    # src_tvplcrawl_40.txt L84–85: `3. Cảnh sát biển có trách nhiệm phối hợp, hỗ trợ cơ quan hải quan …`, `4. Cảnh sát
    # giao thông có trách nhiệm …` (L83 `Bộ đội biên phòng` was read already, by its head `Bộ`)
    assert ("Cảnh sát biển", "lead") in on_line(WILD / "src_tvplcrawl_40.txt", 84)
    assert ("Cảnh sát giao thông", "lead") in on_line(WILD / "src_tvplcrawl_40.txt", 85)


# An education office's plan, as district offices write the assignments of their schools (the header as fresh_10's
# office writes it; the level lists as devset/texts/fresh_06.txt:363 and fresh_10.txt:29 write them).
_OFFICE_PLAN = """ỦY BAN NHÂN DÂN HUYỆN CỦ CHI
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 95/KH-GDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Củ Chi, ngày 12 tháng 9 năm 2025

KẾ HOẠCH
Thực hiện quy chế dân chủ trong các cơ sở giáo dục năm học 2025 - 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên.

II. TỔ CHỨC THỰC HIỆN
{body}
"""


def office_parties(body: str) -> set[str]:
    return {p.party for p in parse_text(_OFFICE_PLAN.format(body=body))[0].parties}


def test_a_level_written_as_its_code_gives_the_party_the_name_of_the_level_written_out():
    """One key per party: the schools of a level written `THCS`, `MN - MG` or in full are one party; a school's own
    name keeps its code as the school writes it (the sample plan's `Trường THCS Trường Chinh`, as ../shared/gold)."""
    coded = office_parties("1. Hiệu trưởng các trường Mầm non, Tiểu học, THCS chịu trách nhiệm triển khai kế hoạch "
                           "tại đơn vị.\n2. Giáo viên các trường MN - MG phối hợp với Ban đại diện cha mẹ học sinh "
                           "tổ chức thực hiện.")
    full = office_parties("1. Hiệu trưởng các trường Mầm non, Tiểu học, Trung học cơ sở chịu trách nhiệm triển khai "
                          "kế hoạch tại đơn vị.\n2. Giáo viên các trường Mầm non - Mẫu giáo phối hợp với Ban đại diện "
                          "cha mẹ học sinh tổ chức thực hiện.")
    assert coded == full
    assert "Hiệu trưởng các trường Mầm non, Tiểu học, Trung học cơ sở" in coded
    assert "Giáo viên các trường Mầm non - Mẫu giáo" in coded
    named = office_parties("1. Trường THCS Trường Chinh chủ trì tổ chức hội nghị cán bộ, công chức, viên chức.\n"
                           "2. Trường THPT chuyên Lê Quý Đôn phối hợp thực hiện.")
    assert named == {"Trường THCS Trường Chinh", "Trường THPT chuyên Lê Quý Đôn"}


def test_the_spellings_of_a_ministry_or_a_district_office_are_one_name_across_documents():
    """One key per party across documents: a ministry or a district office written with another case, without its
    dash or abbreviated is named as the decree that sets it up names it (models/party_bodies.tsv); levels joined by
    a dash are a list (`quận - huyện` as `quận, huyện`)."""
    # src_congbot_39 L28 `phản ánh về Bộ Lao động - Thương binh và xã hội (Cục Người có công, …)`
    assert ("Bộ Lao động - Thương binh và Xã hội", "report_to") in on_line(WILD / "src_congbot_39.txt", 28)
    # src_congbot_44 L59 `gửi Phòng Lao động Thương binh và Xã hội chủ trì, phối hợp …`
    assert {p for p, _ in on_line(WILD / "src_congbot_44.txt", 59)} >= {"Phòng Lao động - Thương binh và Xã hội"}
    # src_congbot_1 L31: `Chủ tịch Ủy ban nhân dân quận - huyện, Trưởng Phòng Lao động - Thương binh và Xã hội
    # quận - huyện, …` (Điều 3 of a city's decision)
    assert {p for p, _ in on_line(WILD / "src_congbot_1.txt", 31)} >= {
        "Chủ tịch Ủy ban nhân dân quận, huyện", "Trưởng Phòng Lao động - Thương binh và Xã hội quận, huyện"}
    assert normalize("Bộ TN&MT") == normalize("Bộ Tài nguyên Môi trường") == "Bộ Tài nguyên và Môi trường"


def test_one_collective_or_body_is_one_name_however_its_document_capitalised_it():
    """One key per party across documents, capitals included: kinds of body after `các` are common nouns
    (`các bộ, ngành`, `các sở, ban, ngành`), bodies and phrases of the State keep the spelling of the laws that set
    them up (`Kho bạc Nhà nước`, `trực thuộc Trung ương`: models/party_spellings.txt); a kind that opens a name stays."""
    # src_congbot_49 L314 `Thủ trưởng các Sở, Ban, Ngành, đoàn thể tỉnh … chịu trách nhiệm thi hành`
    assert ("Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh", "lead") in on_line(WILD / "src_congbot_49.txt", 314)
    # src_congbot_21 L43 `Các Bộ, ngành liên quan`
    assert ("Các bộ, ngành liên quan", "lead") in on_line(WILD / "src_congbot_21.txt", 43)
    # src_congbot_12 L175 `… Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm …`
    assert ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "lead") in \
        on_line(WILD / "src_congbot_12.txt", 175)
    # src_congbot_44 L73 `Kho bạc nhà nước thực hiện kiểm soát thanh toán …`
    assert ("Kho bạc Nhà nước", "lead") in on_line(WILD / "src_congbot_44.txt", 73)
    assert normalize("các Ban Chỉ đạo") == "Các Ban Chỉ đạo"


def test_the_articles_that_say_whom_a_document_applies_to_give_no_task():
    # src_tvplcrawl_7 L17 (`Điều 2. Đối tượng áp dụng` ⏎ `2. Cơ quan có thẩm quyền giải quyết hồ sơ giảm tiền thuê
    # đất …`) and src_congbot_14 L29/L31 list whom the text applies to: no row (Nghị định 34/2016/NĐ-CP, Phụ lục I).
    # An article that charges a body keeps it: a province's rules (held-out shape) `2. Văn phòng Đăng ký đất đai
    # thuộc Sở Nông nghiệp và Môi trường có trách nhiệm lưu trữ …` (the name was cut at `Đăng ký`, no row).
    assert not on_line(WILD / "src_tvplcrawl_7.txt", 17)
    assert not on_line(WILD / "src_congbot_14.txt", 29) and not on_line(WILD / "src_congbot_14.txt", 31)
    rows = {(p.party, p.role) for p in parse_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nQUY CHẾ\nThu thập, quản lý dữ liệu tài nguyên và môi trường\n\n"
        "Điều 2. Đối tượng áp dụng\nQuy chế này áp dụng đối với Sở Nông nghiệp và Môi trường, Văn phòng Đăng ký đất đai "
        "và các cơ quan, tổ chức có liên quan thực hiện thu thập dữ liệu.\n"
        "Điều 12. Lưu trữ dữ liệu\n1. Việc lưu trữ phải tuân theo quy định của pháp luật về lưu trữ.\n"
        "2. Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường có trách nhiệm lưu trữ thông tin, dữ liệu.\n"
    )[0].parties}
    assert rows == {("Văn phòng Đăng ký đất đai thuộc Sở Nông nghiệp và Môi trường", "lead")}


def test_an_ampersand_between_a_names_words_is_its_va():
    # A district council's notice (held-out shape): `Trung tâm Văn hóa, thể thao & Truyền thông` is the centre's name
    # with its `và` (it was kept with `&`; `GD&ĐT`, unspaced, is an abbreviation, written out as before).
    assert normalize("Trung tâm Văn hóa, thể thao & Truyền thông") == "Trung tâm Văn hóa, thể thao và Truyền thông"
    assert normalize("Phòng GD&ĐT") == "Phòng Giáo dục và Đào tạo"


def test_a_preschools_parents_board_is_named_for_its_children():
    """A preschool plan's `Tổ chức thực hiện`, as such plans write it (Điều lệ trường mầm non, Thông tư
    52/2020/TT-BGDĐT, calls the parents `cha mẹ trẻ em`): `Ban đại diện cha mẹ trẻ` is the board's whole name (it was
    cut to `Ban đại diện`); the school board's own name stays `Ban đại diện cha mẹ học sinh`."""
    head = ("PHÒNG GD&ĐT HUYỆN ĐỨC HÒA\nTRƯỜNG MẦM NON HOA SEN\nSố: 27/KH-MNHS\nĐức Hòa, ngày 16 tháng 9 năm 2024\n\n"
            "KẾ HOẠCH\nThực hiện công tác phòng, chống tham nhũng năm học 2024 – 2025\n\nIII. TỔ CHỨC THỰC HIỆN\n")
    rows = {(p.party, p.role) for p in parse_text(head + (
        "1. Giáo viên chủ nhiệm các nhóm, lớp: phối hợp với Ban đại diện cha mẹ trẻ tuyên truyền đến phụ huynh.\n"
        "2. Nhân viên y tế phối hợp với Ban đại diện cha mẹ trẻ em kiểm tra bếp ăn.\n"
        "3. Tổng phụ trách Đội phối hợp với Ban đại diện cha mẹ học sinh tổ chức hoạt động ngoại khóa.\n"))[0].parties}
    assert {party for party, role in rows if role == "coordinate"} == {
        "Ban đại diện cha mẹ trẻ", "Ban đại diện cha mẹ trẻ em", "Ban đại diện cha mẹ học sinh"}


def test_the_head_of_a_check_team_is_named_with_its_team():
    """`Trong vòng 05 ngày làm việc kể từ ngày kết thúc kiểm tra, trưởng đoàn kiểm tra phải lập biên bản …` (a Sở's
    guidance on schools' internal checks, as such guidance writes it), `Trưởng đoàn thanh tra` (Luật Thanh tra 2022):
    the post is the team's head, named with it (it was cut to `Trưởng đoàn`), in the parties and as the deadline's doer."""
    head = ("UBND TỈNH ĐỒNG THÁP\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2010/HD-SGDĐT\nĐồng Tháp, ngày 15 tháng 9 năm 2024\n\n"
            "HƯỚNG DẪN\nCông tác kiểm tra nội bộ trường học năm học 2024-2025\n\n2. Thực hiện kiểm tra\n")
    doc = parse_text(head + "Trong vòng 05 ngày làm việc kể từ ngày kết thúc kiểm tra, trưởng đoàn kiểm tra phải lập biên "
                            "bản và thông báo kết quả đến đối tượng được kiểm tra.\n3. Trưởng đoàn thanh tra báo cáo Giám "
                            "đốc Sở kết quả thanh tra trước ngày 30/11/2024.\n")[0]
    assert {(p.party, p.role) for p in doc.parties} >= {("Trưởng đoàn kiểm tra", "lead"), ("Trưởng đoàn thanh tra", "lead")}
    assert [d.responsible for d in doc.deadlines] == ["Trưởng đoàn kiểm tra", "Trưởng đoàn thanh tra"]


def test_the_emulation_and_awards_bodies_keep_both_their_fields():
    """`… gửi về Ban Thi đua - Khen thưởng (Sở Nội vụ) trước ngày 30/6/2025` (a Sở Nội vụ's guidance to the education
    sector, as such letters write it; the fields of Luật Thi đua, khen thưởng 2022): the dash joins the body's two
    fields (it was cut to `Ban Thi đua`), as a party and as the deadline's recipient."""
    doc = parse_text(_LETTER.format(body="1. Hồ sơ đề nghị xét tặng danh hiệu của các đơn vị gửi về Ban Thi đua - Khen "
                                         "thưởng (Sở Nội vụ) trước ngày 30/6/2025.\n"))[0]
    assert ("Ban Thi đua - Khen thưởng", "report_to") in {(p.party, p.role) for p in doc.parties}
    assert [d.recipient for d in doc.deadlines] == ["Ban Thi đua - Khen thưởng"]


@pytest.mark.parametrize("written, party", [
    ("Phó Hiệu trưởng Nguyễn Minh Trí", "Phó Hiệu trưởng"),
    ("Kế toán Lê Thị Hoa", "Kế toán"),
    ("Bí thư Chi đoàn Lê Văn An", "Bí thư Chi đoàn"),
    # a body or a place named for a person keeps the name
    ("Hiệu trưởng Trường THCS Nguyễn Văn Trỗi", "Hiệu trưởng Trường THCS Nguyễn Văn Trỗi"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("Chủ tịch Ủy ban nhân dân phường Lê Lợi", "Chủ tịch Ủy ban nhân dân phường Lê Lợi"),
])
def test_a_post_written_with_its_holders_name_is_the_post(written, party):
    """`### 2. Phó Hiệu trưởng Nguyễn Minh Trí` over his duties (a school's plan), `Kế toán Lê Thị Hoa lập dự toán …`: the
    party is the post, the name stays in the surface (devset NOTES, fresh_02: `Phó Hiệu trưởng: Ông Nguyễn Văn Thành`
    is `Phó Hiệu trưởng`); a school, a Union or a ward named for a person keeps its name."""
    assert normalize(written) == party


def test_the_youth_federation_by_its_initials():
    """`3. Đoàn Thanh niên, Hội LHTN nhà trường giới thiệu …` (a school's plan, as schools name their youth bodies): `LHTN`
    is Liên hiệp Thanh niên (Hội Liên hiệp Thanh niên Việt Nam), expanded as `LHPN` is (it stayed in initials)."""
    assert ("Hội Liên hiệp Thanh niên nhà trường", "lead") in plan_rows(
        "3. Đoàn Thanh niên, Hội LHTN nhà trường giới thiệu các tổ chức Đoàn, Hội.\n")


@pytest.mark.parametrize("written, standard", [
    ("Các phòng Giáo dục-Đào tạo huyện, TX, TP", "Các Phòng Giáo dục và Đào tạo huyện, thị xã, thành phố"),
    ("Phòng GD-ĐT huyện, TX,TP", "Phòng Giáo dục và Đào tạo huyện, thị xã, thành phố"),
    ("Sở Giáo dục - Đào tạo", "Sở Giáo dục và Đào tạo"),
    ("Sở TP", "Sở Tư pháp"),  # (`TP` is a level only in a list of levels)
])
def test_an_education_office_written_with_a_dash_and_levels_abbreviated_in_its_list(written, standard):
    # a province's letter to its districts' offices (held-out shape): `Kính gửi: - Các phòng Giáo dục-Đào tạo huyện, TX,
    # TP;` (the dash of older letters for `và`, the levels abbreviated after the first)
    assert normalize(written) == standard


def test_the_whole_staff_of_a_school_abbreviated_or_written_out_is_the_staff():
    # a school's epidemic plan (held-out shape): `– Cán bộ y tế học đường và toàn thể CB-GV-CNV phải chấp hành …` (no
    # party: `toàn thể` before an abbreviation and `công nhân viên` were no words of a name), `– BGH nhà trường phải …`
    # (the board of the school itself, as `Hiệu trưởng nhà trường` is the head); `toàn thể`, `tất cả` (all of the
    # kind) name the kind, as `mỗi`, `từng` do (written as such plans are)
    head = ("PHÒNG GD&ĐT THỊ XÃ AN PHÚ\nTRƯỜNG THCS BÌNH MINH\nSố: 12/KH-THCS\nAn Phú, ngày 31 tháng 01 năm 2020\n\n"
            "KẾ HOẠCH\nV/v phòng chống dịch bệnh viêm đường hô hấp cấp\n\nI. MỤC ĐÍCH, YÊU CẦU\n2. Yêu cầu\n")
    rows = rows_of(head + "– BGH nhà trường phải theo dõi sát tình hình dịch bệnh.\n– Cán bộ y tế học đường và toàn "
                          "thể CB-GV-CNV phải chấp hành nghiêm túc kế hoạch.\n– Toàn thể CBGV phải tuyên truyền cho học "
                          "sinh.\n– Tất cả giáo viên chủ nhiệm phải báo cáo sĩ số hằng ngày.\n")
    assert rows == {("Ban Giám hiệu", "lead"), ("Cán bộ y tế học đường", "lead"),
                    ("Cán bộ, giáo viên, công nhân viên", "lead"), ("Cán bộ, giáo viên", "lead"),
                    ("Giáo viên chủ nhiệm", "lead")}


def test_a_holiday_notices_flag_duty_names_hospitals_armed_units_and_households():
    # a province's holiday notice (held-out shape): `2. Các cơ quan, đơn vị, trường học, bệnh viện, các đơn vị lực lượng
    # vũ trang và hộ nhân dân treo cờ Tổ quốc từ chiều ngày 24/4/2018 …` (no party: `bệnh viện`, `lực lượng vũ trang`,
    # `hộ nhân dân` were no words of a list); a law's `hộ gia đình, cá nhân` who are helped stay none
    head = ("ỦY BAN NHÂN DÂN\nTỈNH AN LẠC\nSố: 21/TB-UBND\nAn Lạc, ngày 20 tháng 4 năm 2018\n\nTHÔNG BÁO\nNghỉ lễ và treo "
            "cờ Tổ quốc nhân Ngày Giỗ Tổ Hùng Vương\n\n")
    rows = rows_of(head + "2. Các cơ quan, đơn vị, trường học, bệnh viện, các đơn vị lực lượng vũ trang và hộ nhân dân treo "
                          "cờ Tổ quốc từ chiều ngày 24/4/2018 đến hết ngày 25/4/2018.\n3. Hộ gia đình, cá nhân đang sử "
                          "dụng đất thì được hỗ trợ theo quy định.\n")
    assert rows == {("Các cơ quan, đơn vị, trường học, bệnh viện", "lead"),
                    ("Các đơn vị lực lượng vũ trang và hộ nhân dân", "lead")}
