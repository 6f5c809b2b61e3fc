"""Words that name bodies but give them no task: a request already made or a body's history in a report, the writer's
own acts, the issuers and subject of a cited document, a decision's preamble, a petition to an unnamed authority, a
meeting's attendees, a scope of levels, a heading or a form's field with no task under it, a relative clause after a
receiver, an object that is an act, and a signature block run into a line. Real sentences of ../shared (file and line
in a comment), or sentences written as the genre writes them (said so in the comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import DEVSET, parsed_document, parties_on_line as on_line, SHARED, WILD
from .test_parties import near
from .test_party_names_extent import LETTER, rows_on_line, rows_on_lines

pytestmark = pytest.mark.skipif(not WILD.is_dir() or not DEVSET.is_dir(), reason="../shared is not here")


needs_devset = pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not here")


def _parties_on(path, line: int) -> set[tuple[str, str]]:
    return {(p.party, p.role) for d in parse_file(str(path)) for p in d.parties if p.line == line}


def test_a_petition_to_an_unnamed_authority_assigns_nothing():
    # fresh_08 L144–145 `… người đứng đầu đơn vị sự nghiệp công lập quyết định theo thẩm quyền hoặc có văn bản đề
    # nghị cơ quan có thẩm quyền quản lý đơn vị …`: a recited procedure asks whichever authority decides (the keys
    # have no row); src_congbot_43 L174 `… hoặc đề nghị cơ quan có thẩm quyền xử lý các hành vi vi phạm …`
    assert ("Cấp có thẩm quyền", "lead") not in near(DEVSET / "fresh_08.txt", "định theo thẩm quyền hoặc có văn bản đề", 120)
    found = near(WILD / "src_congbot_43.txt", "- Tổ chức thanh tra, kiểm tra, xử lý theo thẩm quyền hoặc đề nghị", 200)
    assert not [party for party, _ in found if "thẩm quyền" in party]
    # a report still goes to its receiver (003 L70 `… và báo cáo cấp có thẩm quyền …`)
    found = near(SHARED / "corpus" / "003_723b0c46fb5dfa44.txt", "Thường xuyên kiểm tra, đánh giá việc tổ chức", 250)
    assert ("Cấp có thẩm quyền", "report_to") in found


@needs_devset
def test_the_proposal_a_decision_considers_assigns_nothing_to_its_author():
    # fresh_11 L37: `Xét đề nghị Sở Tài chính tại các Công văn số 10587/STC-HCSN …` in a decision's preamble (written
    # without `của`, as `Xét đề nghị của Giám đốc Sở …` is elsewhere): the department proposed; it is given no task.
    assert ("Sở Tài chính", "lead") not in _parties_on(DEVSET / "fresh_11.txt", 37)


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


def test_the_writer_receiving_and_answering_is_no_task():
    # src_congbot_31 L7 `Bộ Lao động - Thương binh và Xã hội nhận được Công văn số 1879/UBND-VX …` and L15 `… trả lời
    # để Ủy ban nhân dân tỉnh Long An được rõ./`
    assert not rows_on_line(WILD / "src_congbot_31.txt", 7)
    assert not rows_on_line(WILD / "src_congbot_31.txt", 15)


def test_the_issuers_of_a_joint_document_are_no_parties():
    # fresh_44 L31: `Căn cứ Nghị quyết liên tịch số 102/2025/NQLT/… ngày 26 tháng 9 năm 2025 giữa Ủy ban Thường vụ
    # Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn quy trình …;`
    assert rows_on_line(DEVSET / "fresh_44.txt", 31) == set()


def test_the_subject_of_a_cited_document_names_no_party():
    # fresh_40 L159: `… theo hướng dẫn tại Thông tri số 04/TT-MTTW-BTT ngày 04/11/2025 của Ban Thường trực Ủy ban
    # Trung ương MTTQ Việt Nam hướng dẫn Ủy ban MTTQ Việt Nam kiểm tra, giám sát công tác bầu cử …` (what the Thông
    # tri is about); the sentence's own parties stay (the devset keys them)
    rows = rows_on_line(DEVSET / "fresh_40.txt", 159)
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") not in rows
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead") in rows


def test_an_issuer_followed_by_the_document_s_description_in_brackets_stays_apart():
    # src_tvplcrawl_52 L23: `… Nghị định số 08/2015/NĐ-CP … của Chính phủ quy định chi tiết … (sau đây gọi là …), …
    # gửi hồ sơ … đến Tổng cục Hải quan …`: the cited subject ends at the alias's bracket
    assert ("Tổng cục Hải quan", "report_to") in rows_on_line(WILD / "src_tvplcrawl_52.txt", 23)


def test_a_heading_with_no_task_under_it_assigns_nothing():
    # src_teacher2_1 L182–196, a plan's template in the letter's annex: `### VI. Tổ chức thực hiện` over `1. Hiệu
    # trưởng`, `2. Phó Hiệu trưởng` … `7. Nhân viên`, each heading with nothing under it, then `### HIỆU TRƯỞNG`
    assert not rows_on_lines(WILD / "src_teacher2_1.txt", *range(182, 197))
    # src_tvplcrawl_42 L358, a form's numbered field: `1. Cán bộ tiếp nhận Đơn:` over `2. Số, ngày Đơn đề nghị:`
    assert not rows_on_lines(WILD / "src_tvplcrawl_42.txt", 358)
    # a heading with its tasks under it still assigns them (src_congbot_4 L176 `2. Bộ Quốc phòng` over `- Chủ trì, …`)
    assert ("Bộ Quốc phòng", "lead") in rows_on_lines(WILD / "src_congbot_4.txt", 176)


def test_a_range_of_levels_is_a_scope_not_where_a_report_goes():
    # fresh_26.txt L235–238: `… các báo cáo thẩm định, văn bản góp ý luôn chú trọng đến … tính thống nhất, đồng bộ
    # trong hệ thống văn bản QPPL từ trung ương đến địa` / `phương, …`: `từ trung ương đến địa phương` spans the
    # levels of the legal system; no report goes to `Địa phương`.
    doc = parsed_document(str(DEVSET / "fresh_26.txt"))
    assert not [p for p in doc.parties if p.party == "Địa phương"]
    # src_tvplcrawl_62.txt L77: `… kèm theo các chứng từ liên quan tới Chi cục trưởng Chi cục Hải quan …`: `chứng
    # từ` is a noun, no range; the receiver stays.
    assert ("Chi cục trưởng Chi cục Hải quan", "report_to") in on_line(WILD / "src_tvplcrawl_62.txt", 77)


def test_the_attendees_of_a_meeting_are_no_parties():
    # fresh_44.txt L137–147: `Thành phần dự họp:` over `Ban lãnh đạo tổ chức đối với tổ chức chính trị, …;` / `Ban
    # lãnh đạo cơ quan đối với cơ quan nhà nước.` …: who sits in the meeting, no task (`tổ chức` is the noun). The
    # paragraph after the list (L147 `… thì người đứng đầu cơ quan, tổ chức, đơn vị căn cứ vào … để xác định thành
    # phần ban lãnh đạo.`) assigns a task again.
    path = DEVSET / "fresh_44.txt"
    assert not on_line(path, 139) and not on_line(path, 143)
    assert ("Người đứng đầu cơ quan, tổ chức, đơn vị", "lead") in on_line(path, 147)
    # A committee's members, as school plans list them under `Thành phần Ban Chỉ đạo:`, are given their tasks there
    # (`Trưởng ban: phụ trách chung`): no attendees (guard: passes on main too).
    text = ("TRƯỜNG THCS NGUYỄN DU\nSố: 12/KH-THCS\nKẾ HOẠCH\nThực hiện quy chế dân chủ năm học 2025-2026\n\n"
            "III. TỔ CHỨC THỰC HIỆN\nThành phần Ban Chỉ đạo:\n- Hiệu trưởng - Trưởng ban: phụ trách chung;\n"
            "- Phó Hiệu trưởng - Phó Trưởng ban: phụ trách chuyên môn.\n")
    assert [(p.party, p.role) for p in parse_text(text)[0].parties] == [
        ("Hiệu trưởng - Trưởng ban", "lead"), ("Phó Hiệu trưởng - Phó Trưởng ban", "lead")]


def test_a_body_established_or_writing_a_numbered_letter_is_history_not_a_task():
    # fresh_26.txt L436 `Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng thành lập theo Quyết định số 199/QĐ-UBND …`
    # (how the centre came to be) and L712 `Sở Tài chính có Công văn số 4352/STC-GCS ngày 28/10/2025 hướng dẫn …` (a
    # letter it sent): a report's account, no task.
    path = DEVSET / "fresh_26.txt"
    assert not on_line(path, 436) and not on_line(path, 712)
    # the task form stays: src_teacher2_1.txt L59 `… Sở GDĐT ban hành văn bản chỉ đạo, hướng dẫn …`
    assert ("Sở Giáo dục và Đào tạo", "lead") in on_line(WILD / "src_teacher2_1.txt", 59)


def test_a_duty_after_a_receiver_is_a_relative_clause_not_a_subject():
    # fresh_40.txt L145: `… đồng thời chuyển đến Ủy ban Kiểm tra, cấp ủy các cấp tương ứng có trách nhiệm quản lý đảng
    # viên.`: the bodies receive the file; `có trách nhiệm quản lý đảng viên` says which ones.
    assert not [party for party, role in on_line(DEVSET / "fresh_40.txt", 145) if party.startswith("Cấp ủy")]


def test_a_request_already_made_is_history_not_a_task():
    # fresh_26.txt (a Báo cáo) L114-115: `… Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ban, ngành` ⏎ `liên quan nghiên
    # cứu, trả lời …`; L380-381: `… đã chỉ đạo các sở, ban, ngành, địa phương chủ động ban hành kế hoạch …`.
    assert not on_line(DEVSET / "fresh_26.txt", 115)
    assert not on_line(DEVSET / "fresh_26.txt", 381)
    # src_congbot_27.txt L7: `… Phó Thủ tướng … đã giao Bộ Lao động - Thương binh và Xã hội xây dựng …` (the reason
    # the circular was written, not a task it gives)
    assert not any(party.startswith("Bộ Lao động") for party, _ in on_line(WILD / "src_congbot_27.txt", 7))
    # in a report, `đã` anywhere earlier in the sentence: fresh_26.txt L146-148 `Sau kiểm tra, Đoàn kiểm tra đã ban hành
    # các thông báo kết quả kiểm tra, đề nghị các cơ quan, đơn vị, địa phương xây dựng kế hoạch …`
    assert not on_line(DEVSET / "fresh_26.txt", 148)
    # the report's own proposals keep their tasks: fresh_19.txt (a Báo cáo) L428 `đ) Giao Sở Tư pháp chủ trì, …`
    assert ("Sở Tư pháp", "lead") in on_line(DEVSET / "fresh_19.txt", 428)
    # the same request in force is a task: src_congbot_28.txt L16 `… chỉ đạo Phòng Lao động - Thương binh …`
    assert ("Phòng Lao động - Thương binh và Xã hội cấp huyện", "lead") in on_line(WILD / "src_congbot_28.txt", 16)


def test_a_signature_block_run_into_a_line_gives_no_party():
    # src_tvplcrawl_33.txt L218: `KT. BỘ TRƯỞNG BỘ CÔNG THƯƠNG THỨ TRƯỞNG Nguyễn Cẩm Tú KT. BỘ TRƯỞNG BỘ TÀI CHÍNH …`
    # (then `Nơi nhận:`); src_tvplcrawl_15.txt L23 `KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH …`
    assert not on_line(WILD / "src_tvplcrawl_33.txt", 218)
    assert not on_line(WILD / "src_tvplcrawl_15.txt", 23)


@needs_devset
def test_a_reports_issuer_reporting_in_its_preamble_is_its_own_act():
    # fresh_19 L19 `… Sở Nội vụ báo cáo tình hình thực hiện các chỉ số …, như sau:` (the answer key has no party there: the
    # report writing itself, as a plan's `xây dựng kế hoạch` is; models/party_own_acts.txt)
    assert not any(role == "lead" for _, role in _parties_on(DEVSET / "fresh_19.txt", 19))
