"""Finding the subject of a duty and its role in the clause: what may stand between a subject and its duty (a scope,
a time limit, a field, an opening circumstance or adverbial wrapped at the page's width), bodies asked to coordinate
or to attend to a task, the agent after `do`, a numbered sentence or a wrapped capital that opens no heading or
clause, a label with its column not taken for a clause, and cues typed or scanned with a slip of their marks. Real
sentences of ../shared (file and line in a comment), or sentences written as the genre writes them (said so in the
comment)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text
from pipeline.textfold import key_fold

from .conftest import DEVSET, parties_on_line as on_line, WILD
from .test_parties import near
from .test_party_names_extent import LETTER, planned, rows_of, rows_on_line
from .test_party_past_and_signature import _parties_on, needs_devset

pytestmark = pytest.mark.skipif(not WILD.is_dir() or not DEVSET.is_dir(), reason="../shared is not here")


def test_bodies_asked_to_keep_coordinating_coordinate():
    # written as a commune Front plan closes its items (fresh_35 L139 `phối hợp với các tổ chức thành viên …`):
    # bodies whose predicate is `phối hợp` after an adverb of manner help; they lead nothing
    found = planned("1. Đề nghị Ủy ban nhân dân xã, Công an xã, Ban Chỉ huy Quân sự xã thường xuyên phối hợp, "
                    "trao đổi thông tin với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã.")
    assert {("Ủy ban nhân dân xã", "coordinate"), ("Công an xã", "coordinate"),
            ("Ban Chỉ huy Quân sự xã", "coordinate")} <= found
    assert not [party for party, role in found if role == "lead"]
    # fresh_40 L75 `Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp với Ủy ban nhân dân xã triệu tập và chủ trì
    # Hội nghị …`: the subject of `phối hợp với Y <verb>` does the task (the devset keys, 10 of 10), Y helps
    found = near(DEVSET / "fresh_40.txt", "Ban Thường trực Ủy ban MTTQ Việt Nam xã phối hợp với Ủy ban nhân dân xã triệu", 200)
    assert {("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", "lead"), ("Ủy ban nhân dân xã", "coordinate")} <= found


def test_posts_over_units_and_persons_filing_take_their_task():
    # written as commune election plans and exam plans assign the posts over their units (Luật Bầu cử 2015:
    # khu vực bỏ phiếu, tổ bầu cử; the exam rules: điểm thi, Trưởng điểm thi) and what a candidate must file
    found = planned("1. Trưởng các điểm thi có trách nhiệm bảo quản đề thi, bài thi theo quy định.\n"
                    "2. Tổ trưởng các tổ bầu cử chịu trách nhiệm tổ chức bỏ phiếu tại khu vực bỏ phiếu.\n"
                    "3. Người ứng cử nộp hồ sơ ứng cử tại Ủy ban bầu cử xã chậm nhất ngày 01/02/2026.")
    # (compared as the evaluation compares names: the lexicon writes the body `Tổ bầu cử`)
    assert {("trưởng các điểm thi", "lead"), ("tổ trưởng các tổ bầu cử", "lead"), ("người ứng cử", "lead")} <= \
        {(key_fold(party), role) for party, role in found}
    # fresh_44 L203 `Người ứng cử phát biểu.` describes the meeting's order: still no duty
    assert not near(DEVSET / "fresh_44.txt", "Người ứng cử phát biểu.", 25)


def test_a_numbered_sentence_that_wraps_is_no_heading():
    # written as an education office's plan wraps its numbered items (fresh_26's lines wrap at ~80 columns): the
    # item's first line is a sentence going on below, not a heading that names a party over the tasks under it
    found = planned("2. Phòng Giáo dục và Đào tạo yêu cầu Hiệu trưởng các trường trung học\n"
                    "cơ sở báo cáo kết quả về Phòng trước ngày 20/12/2025.")
    assert ("Hiệu trưởng các trường trung học cơ sở", "lead") in found
    assert not [party for party, _ in found if "yêu cầu" in party]


def test_a_capital_after_a_wrapped_line_opens_no_clause():
    # fresh_27 L101–102 `… gồm: Hội Thân nhân kiều bào,` / `Hiệp hội Nhà thầu xây dựng, Hiệp hội Thủy sản …`: the
    # line goes on with the list (pdftotext wraps at ~80 columns), its capital opens no subject of `xây dựng`
    assert not near(DEVSET / "fresh_27.txt", "Hiệp hội Nhà thầu xây dựng, Hiệp hội Thủy sản", 30)
    # fresh_26 L286–287 `… để các sở, ban, ngành và` / `Ủy ban nhân dân các xã, phường, đặc khu nghiên cứu …`:
    # a purpose, not a clause of its own (the keys have no row)
    assert not near(DEVSET / "fresh_26.txt", "Ủy ban nhân dân các xã, phường, đặc khu nghiên cứu", 30)


def test_a_body_asked_to_attend_to_a_task():
    # written as commune Front plans close their tasks (fresh_31 L142 writes `đề nghị các bộ, tỉnh quan tâm, chỉ đạo
    # …`): `quan tâm` is the predicate; its first syllable is no word of the name (main: `Ủy ban nhân dân xã quan`)
    found = planned("3. Đề nghị Đảng ủy, HĐND, UBND xã quan tâm lãnh đạo, chỉ đạo, tạo điều kiện để Mặt trận hoàn "
                    "thành nhiệm vụ.")
    assert {("Đảng ủy", "lead"), ("Ủy ban nhân dân xã", "lead")} <= found
    assert not [party for party, _ in found if party.endswith(" quan")]


def test_the_scope_between_a_subject_and_its_duty():
    # src_congbot_7 L3411 `12. Các bộ, ngành có liên quan trong phạm vi nhiệm vụ, quyền hạn có trách nhiệm thực hiện
    # quản lý nhà nước …`; src_tvplcrawl_63 L326 `2. Các Bộ, cơ quan ngang Bộ, cơ quan có liên quan theo chức năng,
    # nhiệm vụ, quyền hạn phối hợp với Bộ Nông nghiệp và Môi trường hướng dẫn …` (main found neither subject)
    assert ("Các bộ, ngành có liên quan", "lead") in near(WILD / "src_congbot_7.txt", "12. Các bộ, ngành có liên quan", 40)
    found = near(WILD / "src_tvplcrawl_63.txt", "2. Các Bộ, cơ quan ngang Bộ, cơ quan có liên quan theo chức năng", 200)
    assert {("Các cơ quan có liên quan", "lead"), ("Bộ Nông nghiệp và Môi trường", "coordinate")} <= found


@needs_devset
def test_the_subject_after_a_circumstance_opened_by_qua():
    # fresh_27 L128-129: `Qua thời gian này, các hội nêu trên không tổ chức đại hội, Sở Nội vụ sẽ báo cáo Chủ tịch
    # Ủy ban nhân dân tỉnh xem xét, xử lý …` — `Qua …` opens a circumstance; the department is the subject.
    assert ("Sở Nội vụ", "lead") in _parties_on(DEVSET / "fresh_27.txt", 129)
    # fresh_27 L156-157, the same shape after `Qua thời gian này, Hiệp hội Nhà thầu xây dựng không tổ chức đại hội,`
    assert ("Sở Nội vụ", "lead") in _parties_on(DEVSET / "fresh_27.txt", 157)


@needs_devset
def test_a_proper_name_does_not_join_a_body_of_a_kind_after_and():
    # fresh_27 L117-120: `Qua theo dõi, …, do đó, Sở Nội vụ và sở quản lý chuyên ngành chưa có ý kiến thống nhất …`
    # — two bodies, and no task (`chưa có`); not one party `Sở Nội vụ và sở`.
    assert not any(p.startswith("Sở Nội vụ và") for p, _ in _parties_on(DEVSET / "fresh_27.txt", 120))


@needs_devset
def test_a_cue_typed_with_a_slip_of_one_mark_is_read_as_the_cue():
    # fresh_44 L603: `Trưởng ban công tác Mặt trận phối họp với Trưởng thôn, Tổ trưởng tổ dân phố lập danh sách …`
    # (`họp` typed for `hợp`): the partners are read as after `phối hợp với`.
    parties = _parties_on(DEVSET / "fresh_44.txt", 603)
    assert ("Trưởng thôn", "coordinate") in parties
    assert ("Tổ trưởng tổ dân phố", "coordinate") in parties


def test_only_the_label_cues_are_read_through_their_marks():
    from pipeline.party_ocr import read_cue_slips
    # fresh_13 L415 (OCR of a scan): `a) Dan vj chü trI: So' Xây drng.`; the text keeps its length.
    line = "a) dan vj chü tri: so' xây drng."
    assert read_cue_slips(line) == "a) dan vj chủ trì: so' xây drng."
    # words that share no letters' skeleton with a cue are left alone (`phơi`, `hộp` in `phơi khô`, `hộp thư`)
    assert read_cue_slips("hộp thư điện tử; phơi khô") == "hộp thư điện tử; phơi khô"


def test_determiner_and_kind_before_their_task_are_not_a_column_label():
    # src_tvplcrawl_9 L8: `… Bộ Tài chính yêu cầu các đơn vị thực hiện các quy định của Luật hải quan …` (not the
    # label `Đơn vị thực hiện:`)
    assert ("Các đơn vị", "lead") in rows_on_line(WILD / "src_tvplcrawl_9.txt", 8)
    found = rows_of(LETTER + "Sở Giáo dục và Đào tạo yêu cầu các đơn vị thực hiện nghiêm túc các nội dung sau:\n"
                             "1. Tuyên truyền cho cán bộ, giáo viên về các biện pháp phòng, chống dịch.\n")
    assert ("Các đơn vị", "lead") in found
    # src_tvplcrawl_40 L69: `b) Các cơ quan phối hợp có trách nhiệm: …` stays as it was read (no party run on)
    assert not any("có trách nhiệm" in party for party, _ in rows_on_line(WILD / "src_tvplcrawl_40.txt", 69))


def test_a_points_adverbial_wrapped_at_the_page_width_reaches_its_subject():
    # fresh_30.txt L473–475: `2. Căn cứ quy định pháp luật về quỹ xã hội, quỹ từ thiện và Điều lệ` ⏎ `Quỹ đã được
    # công nhận, Hội đồng quản lý Quỹ Khuyến học tỉnh Bình Thuận` ⏎ `có trách nhiệm hướng dẫn …`: the point is a
    # section, and its first line was read as a heading, so the comma before the subject was never reached.
    assert ("Hội đồng quản lý Quỹ Khuyến học tỉnh Bình Thuận", "lead") in on_line(DEVSET / "fresh_30.txt", 474)
    # src_tvplcrawl_39.txt L94–95: `a) Khi phát hiện đại lý … quy định tại khoản 1` ⏎ `Điều 20 Luật Hải quan …, Cục
    # Hải quan tỉnh, thành phố báo cáo Tổng cục Hải quan …`
    assert ("Cục Hải quan tỉnh, thành phố", "lead") in on_line(WILD / "src_tvplcrawl_39.txt", 95)


def test_a_time_limit_between_a_body_and_its_duty():
    # src_congbot_7.txt (a decree's procedures) L995: `c) Phòng Lao động - Thương binh và Xã hội trong thời gian 07 ngày
    # làm việc kể từ ngày nhận đủ giấy tờ, có trách nhiệm kiểm tra, lập danh sách …`; L1209 two bodies before it.
    assert ("Phòng Lao động - Thương binh và Xã hội", "lead") in on_line(WILD / "src_congbot_7.txt", 995)
    assert {("Bộ Chỉ huy quân sự cấp tỉnh", "lead"), ("Công an cấp tỉnh", "lead")} <= \
        on_line(WILD / "src_congbot_7.txt", 1209)
    # src_congbot_6.txt L83: `b) Ủy ban nhân dân cấp xã trong thời gian 15 ngày kể từ ngày nhận đơn có trách nhiệm …`
    assert ("Ủy ban nhân dân xã", "lead") in on_line(WILD / "src_congbot_6.txt", 83)


def test_the_agent_after_do_who_works_with_a_partner_leads():
    # fresh_44.txt L591: `… do Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã phối hợp với Ủy ban nhân dân cùng
    # cấp triệu tập và chủ trì;` (the partner was read; the agent was not, as `phối hợp` is no passive predicate)
    # (a province's guidance: every commune's Front and committee, by their tier)
    found = on_line(DEVSET / "fresh_44.txt", 591)
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "lead") in found
    assert ("Ủy ban nhân dân cấp xã", "coordinate") in found
    # L171: `… do người đứng đầu đơn vị, tổ chức phối hợp với Ban chấp hành Công đoàn (nếu có) triệu tập …`
    assert ("Người đứng đầu đơn vị, tổ chức", "lead") in on_line(DEVSET / "fresh_44.txt", 171)


def test_a_field_or_a_description_then_a_time_limit_then_the_duty():
    # src_congbot_7.txt L565: `2. Sở Lao động - Thương binh và Xã hội nơi cá nhân thường trú trong thời gian 12 ngày kể từ
    # ngày nhận đủ giấy tờ, có trách nhiệm …` (the field `nơi …` and the time limit together)
    assert ("Sở Lao động, Thương binh và Xã hội nơi cá nhân thường trú", "lead") in \
        on_line(WILD / "src_congbot_7.txt", 565)
    # L1043: `5. Hội đồng giám định y khoa trong thời gian 60 ngày kể từ ngày nhận đủ giấy tờ, có trách nhiệm …`
    assert ("Hội đồng giám định y khoa", "lead") in on_line(WILD / "src_congbot_7.txt", 1043)


def test_a_clause_of_time_or_basis_between_a_party_and_its_predicate():
    # src_congbot_7 L2847 `b) Sở Lao động - Thương binh và Xã hội sau khi nhận được đơn và giấy tờ, có trách nhiệm
    # kiểm tra …`: the clause saying when the body acts stands between it and its predicate
    assert ("Sở Lao động, Thương binh và Xã hội", "lead") in on_line(WILD / "src_congbot_7.txt", 2847)
    # as commune plans write it (the provincial election plan's `UBND tỉnh sau khi thống nhất với …, … quyết định`)
    found = planned("1. Ủy ban nhân dân xã, sau khi có ý kiến của Thường trực Đảng ủy, tổ chức hội nghị cử tri ở "
                    "các thôn.\n2. UBND tỉnh sau khi thống nhất với Thường trực HĐND tỉnh, Ban Thường trực Ủy ban MTTQ "
                    "tỉnh quyết định thành lập Ủy ban bầu cử tỉnh.")
    assert {("Ủy ban nhân dân xã", "lead"), ("Ủy ban nhân dân tỉnh", "lead")} <= found


def test_a_noun_that_holds_a_report_verb_sends_nothing_to_the_body_after_it():
    # src_tvplcrawl_15.txt L124 `c) Chỉ đạo, hướng dẫn Sở Tư pháp thực hiện việc hỗ trợ tài liệu, cử báo cáo viên phục
    # vụ việc bồi dưỡng … cho cán bộ, công chức làm công tác dân tộc …`: a rapporteur is sent, no report goes to the staff
    found = on_line(WILD / "src_tvplcrawl_15.txt", 124)
    assert {("Sở Tư pháp", "lead"), ("Phòng Tư pháp", "lead")} <= found
    assert not [party for party, role in found if role == "report_to"]
    # src_tvplcrawl_17.txt L54 `Đẩy mạnh công tác xã hội hóa nhằm hỗ trợ xây dựng nhà ở cho người lao động, công trình
    # phúc lợi xã hội …`
    assert not on_line(WILD / "src_tvplcrawl_17.txt", 54)
    # as a school's plan writes its duties: a programme, a skill level, a conversion are things, not a report's verb
    found = planned("1. Ban Giám hiệu triển khai chương trình bồi dưỡng đến các tổ chuyên môn.\n"
                    "2. Tổ chuyên môn tổ chức bồi dưỡng nâng cao trình độ cho giáo viên trong tổ.\n"
                    "3. Tổ Văn phòng thực hiện chuyển đổi số cho các bộ phận của nhà trường.\n"
                    "4. Các tổ chuyên môn báo cáo kết quả cho Ban Giám hiệu trước ngày 20/5/2026.")
    assert [party for party, role in found if role == "report_to"] == ["Ban Giám hiệu"]
    assert {("Ban Giám hiệu", "lead"), ("Tổ chuyên môn", "lead")} <= found


def test_coordinating_cung_a_partner_then_a_verb_makes_the_subject_lead():
    # a ward's notice on the 30/4 holidays (`3. Giao công chức Văn hóa- xã hội phối hợp cùng các tổ dân phố tổ chức các
    # hoạt động văn hóa, văn nghệ …`): `phối hợp cùng Y <verb>` is `phối hợp với Y <verb>`, the subject does the task
    found = planned("1. Giao công chức Văn hóa- xã hội phối hợp cùng các tổ dân phố tổ chức các hoạt động văn hóa, văn "
                    "nghệ, thể thao ở các khu dân cư.\n"
                    "2. Đoàn Thanh niên phối hợp cùng với nhà trường tổ chức các hoạt động ngoại khóa.\n"
                    "3. Hội Cựu chiến binh phối hợp cùng thực hiện công tác tuyên truyền.")
    assert {("Công chức Văn hóa - xã hội", "lead"), ("Các tổ dân phố", "coordinate"), ("Đoàn Thanh niên", "lead"),
            ("Nhà trường", "coordinate"), ("Hội Cựu chiến binh", "coordinate")} <= found


def test_a_kind_of_bodies_does_not_run_over_a_dash_into_the_next_bodys_name():
    # a crawled table cell, its bullets joined on one line: `- Các Bộ, ngành, địa phương liên quan - Cục Đăng ký và Dữ
    # liệu thông tin đất đai - Cục Kiểm soát ô nhiễm môi trường - …`: a plural kind ends at the dash before a body's name
    rows = on_line(WILD / "src_tvplcrawl_47.txt", 210)
    assert not any(" - Cục" in party for party, _ in rows), rows


def test_files_handed_in_at_an_office_or_to_a_post_in_brackets_go_to_it():
    # a school Youth Union's plan (held-out shape): `nộp tại Văn phòng Đoàn trường`, and a receiver named last in the
    # bracket that closes a time line (`… (nộp tại đồng chí Nguyễn Đặng Phước Lâm – phó bí thư Đoàn trường)`): report_to,
    # its task the line's words (main: no receiver at `nộp tại`; a task `)` where the bracket closed after the name)
    rows = parse_text("ĐOÀN TNCS HỒ CHÍ MINH\nĐOÀN TRƯỜNG TRUNG HỌC GTVT HUẾ\nSố: 10-KH/ĐTN\nHuế, ngày 02 tháng 3 năm 2015\n\n"
                      "KẾ HOẠCH\nTổ chức lớp cảm tình Đoàn và kết nạp đoàn viên mới\n\nII. TỔ CHỨC THỰC HIỆN\n"
                      "- Các chi đoàn lập danh sách, nộp tại Văn phòng Đoàn trường trước ngày 10/3/2015.\n"
                      "- Thời gian đăng ký từ ngày 1 đến hết ngày 14/3/2015 (nộp tại đồng chí Nguyễn Đặng Phước Lâm – phó bí "
                      "thư Đoàn trường)\n")[0].parties
    receivers = [(p.party, p.task[:20]) for p in rows if p.role == "report_to"]
    assert receivers == [("Văn phòng Đoàn trường", "trước ngày 10/3/2015"), ("Phó bí thư Đoàn trường", "Thời gian đăng ký từ")]


def test_a_duty_to_coordinate_said_with_a_noun_names_the_partner():
    # fresh_40 L111: `Ban Thường trực … tổ chức Hội nghị tiếp xúc cử tri cần có sự thống nhất với Ủy ban bầu cử cùng cấp
    # …` (the answer key's partner; `sự thống nhất` was read as a topic, as `công tác phối hợp với …` is); a school's
    # epidemic plan (held-out shape, written as such plans are): `BGH nhà trường phải có sự kết hợp chặt chẽ với cơ quan
    # y tế xã …`; coordination as a topic stays none
    assert ("Ủy ban bầu cử xã", "coordinate") in on_line(DEVSET / "fresh_40.txt", 111)
    rows = planned("– BGH nhà trường phải có sự kết hợp chặt chẽ với cơ quan y tế xã trong việc phòng chống dịch bệnh."
                   "\n– Công tác phối hợp với Công an xã được duy trì thường xuyên.\n")
    assert rows == {("Ban Giám hiệu", "lead"), ("Cơ quan y tế xã", "coordinate")}
