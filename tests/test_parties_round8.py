"""Parties, round 8: shapes that unseen letters and commune plans write and the parser missed or misread — a kind
of body in lower case as the object of a request, a list of kinds under one post, the `có người …` clause of a
name, a post written without its body, and the writer's own acts in a letter. Real sentences from ../shared where
it has them (file and line in a comment); otherwise sentences written as the genre writes them, put in a letter
or a plan with a real header."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import SHARED

WILD = SHARED / "wild"
DEVSET = SHARED / "devset" / "texts"
pytestmark = pytest.mark.skipif(not WILD.is_dir(), reason="../shared/wild is not here")

# A city education office's letter, as such letters open (the body under test is appended).
LETTER = """UBND THÀNH PHỐ HÀ NỘI
SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 1234/SGDĐT-CTTT
V/v tăng cường công tác phòng, chống dịch COVID-19

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 05 tháng 5 năm 2021

Kính gửi: Các phòng Giáo dục và Đào tạo quận, huyện, thị xã.

"""

# A commune Front's plan, headed as fresh_35 and fresh_37 are (the Ban Thường trực issues it).
FRONT_PLAN = """ỦY BAN MTTQ VIỆT NAM
XÃ TÂN HƯNG
BAN THƯỜNG TRỰC

Số: 20/KH-MTTQ-BTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân Hưng, ngày 05 tháng 12 năm 2025

KẾ HOẠCH
Tổ chức hội nghị hiệp thương giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã

I. MỤC ĐÍCH, YÊU CẦU
1. Tổ chức các hội nghị hiệp thương đúng quy định của pháp luật.

II. TỔ CHỨC THỰC HIỆN
"""


def rows_of(text: str) -> set[tuple[str, str]]:
    return {(p.party, p.role) for doc in parse_text(text) for p in doc.parties}


def rows_on_line(path, line: int) -> set[tuple[str, str]]:
    """(party, role) of the rows the extraction puts on the file's 1-based line."""
    return {(p.party, p.role) for doc in parse_file(str(path)) for p in doc.parties if p.line == line}


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


@pytest.mark.parametrize("sentence, object_", [
    ("Đề nghị tổ chức hội nghị trực tuyến với các đơn vị trước ngày 10/5/2021.", "tổ chức"),  # `tổ chức`, the verb
    ("Sau buổi giao ban, đơn vị báo cáo kết quả về Sở.", "ban"),  # `giao ban`, a meeting, not `giao` + `ban`
    ("Sở đề nghị ban hành quy định về đeo khẩu trang nơi công cộng.", "ban"),  # `ban hành`
])
def test_a_request_whose_object_is_an_act_names_no_party(sentence, object_):
    docs = parse_text(LETTER + sentence + "\n")
    surfaces = [p.surface for doc in docs for p in doc.parties if p.start >= len(LETTER)]
    assert not any(surface.lower().startswith(object_) for surface in surfaces)


def test_an_object_without_a_task_verb_after_it_is_no_party():
    # src_congbot_2 L199: `2. Các khoản chi giao cho cơ sở nuôi dưỡng, điều dưỡng người có công …` (the payee of
    # an expense, not a body asked to act: `nuôi dưỡng` is no task)
    assert ("Cơ sở", "lead") not in rows_on_line(WILD / "src_congbot_2.txt", 199)


def test_determiner_and_kind_before_their_task_are_not_a_column_label():
    # src_tvplcrawl_9 L8: `… Bộ Tài chính yêu cầu các đơn vị thực hiện các quy định của Luật hải quan …` (not the
    # label `Đơn vị thực hiện:`)
    assert ("Các đơn vị", "lead") in rows_on_line(WILD / "src_tvplcrawl_9.txt", 8)
    found = rows_of(LETTER + "Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện nghiêm túc các nội dung sau:\n"
                             "1. Tuyên truyền cho cán bộ, giáo viên về các biện pháp phòng, chống dịch.\n")
    assert ("Các đơn vị", "lead") in found
    # src_tvplcrawl_40 L69: `b) Các cơ quan phối hợp có trách nhiệm: …` stays as it was read (no party run on)
    assert not any("có trách nhiệm" in party for party, _ in rows_on_line(WILD / "src_tvplcrawl_40.txt", 69))


def test_a_post_over_a_list_of_kinds_one_of_them_two_syllables():
    found = rows_of(LETTER + "Thủ trưởng các đơn vị, trường học có trách nhiệm quán triệt, triển khai thực hiện nghiêm "
                             "túc nội dung Công văn này.\n")
    assert ("Thủ trưởng các đơn vị, trường học", "lead") in found


def test_the_co_nguoi_clause_ends_at_the_next_verb():
    found = rows_of(FRONT_PLAN + "1. Ban Thường trực trao đổi với cơ quan, tổ chức, đơn vị có người ứng cử thống nhất "
                                 "thời gian tổ chức hội nghị cử tri nơi công tác.\n")
    assert ("Cơ quan, tổ chức, đơn vị có người ứng cử", "coordinate") in found
    # fresh_44 L593: the passive relative clause keeps its verbs (`có người được giới thiệu ứng cử`)
    assert ("Cơ quan, tổ chức, đơn vị có người được giới thiệu ứng cử", "coordinate") in \
        rows_on_line(DEVSET / "fresh_44.txt", 593)


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


def test_the_writer_receiving_and_answering_is_no_task():
    # src_congbot_31 L7 `Bộ Lao động - Thương binh và Xã hội nhận được Công văn số 1879/UBND-VX …` and L15 `… trả lời
    # để Ủy ban nhân dân tỉnh Long An được rõ./`
    assert not rows_on_line(WILD / "src_congbot_31.txt", 7)
    assert not rows_on_line(WILD / "src_congbot_31.txt", 15)


def test_the_addressees_of_a_closing_formula_act():
    # src_congbot_33 L61: `Tổng cục Thuế thông báo để Cục Thuế được biết, báo cáo UBND tỉnh Hà Tĩnh chỉ đạo …`
    found = rows_on_line(WILD / "src_congbot_33.txt", 61)
    assert ("Cục Thuế", "lead") in found and ("Tổng cục Thuế", "lead") not in found
    # src_congbot_28 L22: `Bộ … thông báo để các địa phương biết, quản lý và triển khai thực hiện …`
    assert rows_on_line(WILD / "src_congbot_28.txt", 22) == {("Các địa phương", "lead")}


def test_kinds_of_body_written_without_their_comma():
    # src_congbot_40 L143: `… phối hợp với các ban ngành chức năng rà soát …`: `Các ban, ngành`, as the devset keys
    # write such lists (`Các sở, ban, ngành liên quan`)
    assert ("Các ban, ngành", "coordinate") in rows_on_line(WILD / "src_congbot_40.txt", 143)
    found = rows_of(LETTER + "Đề nghị Ủy ban nhân dân quận, huyện chỉ đạo Trung tâm Y tế và các sở, ban ngành liên quan "
                             "thực hiện nghiêm túc các biện pháp phòng, chống dịch.\n")
    assert ("Các sở, ban, ngành liên quan", "lead") in found


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


def test_a_post_in_charge_of_a_field_named_with_a_dash():
    # fresh_35 keys `Phó Chủ tịch phụ trách lĩnh vực Công tác Xã hội` (the post with its field, no body); a field
    # written as two joined by a dash is one field
    found = rows_of(FRONT_PLAN + "1. Đồng chí Phó Chủ tịch phụ trách công tác Dân chủ - Pháp luật chịu trách nhiệm tổng "
                                 "hợp kết quả hiệp thương.\n")
    assert ("Phó Chủ tịch phụ trách công tác Dân chủ - Pháp luật", "lead") in found


# A letter of Bảo hiểm xã hội Việt Nam to the provinces' offices, as such letters open.
BHXH_HEADER = """BẢO HIỂM XÃ HỘI VIỆT NAM

Số: 1234/BHXH-CSYT
V/v hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh BHYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 12 tháng 5 năm 2021

Kính gửi:"""
BHXH_LETTER = BHXH_HEADER + " Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương.\n\n"


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


def test_a_kind_word_that_is_a_word_of_names_stays_whole():
    # `xã hội` is one word (`chính trị - xã hội`), not the kinds `xã` and `hội` listed without their comma
    found = rows_of(LETTER + "Đề nghị các tổ chức chính trị, xã hội phối hợp tuyên truyền các biện pháp phòng, chống "
                             "dịch.\n")
    assert ("Các tổ chức chính trị, xã hội", "coordinate") in found
