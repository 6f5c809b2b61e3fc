"""Parties, round 3: where a party's name ends, how it is spelt, and which clauses assign nothing, on the real
sentences of commune and provincial Front plans and guidance (../shared/devset) and of the sample plans."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text
from pipeline.party_forms import normalize
from pipeline.party_names import mention_at, name_end
from pipeline.textfold import key_fold

from .conftest import SHARED
from .test_parties import DEVSET, near, parties

pytestmark = pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not here")


def test_one_body_is_spelt_one_way():
    # fresh_44 L431 `Trưởng ban công tác Mặt trận phối hợp với …` and L439 `Trưởng Ban công tác Mặt trận nêu …`;
    # L105 `Ủy ban bầu cử tỉnh` beside L577 `Ủy ban bầu cử Tỉnh`: one spelling each, the standard one.
    found = parties(DEVSET / "fresh_44.txt")
    names = {p.party for p in found}
    assert "Trưởng Ban Công tác Mặt trận" in names
    assert not {"Trưởng ban công tác Mặt trận", "Ban công tác Mặt trận", "Hội đồng bầu cử quốc gia"} & names
    spellings: dict[str, set[str]] = {}
    for name in names:
        spellings.setdefault(key_fold(name), set()).add(name)
    assert all(len(s) == 1 for s in spellings.values()), [s for s in spellings.values() if len(s) > 1]
    # fresh_37 L77 `nộp về Ủy ban Bầu cử xã` is the `Ủy ban bầu cử xã` of the keys
    assert normalize("Ủy ban Bầu cử xã") == "Ủy ban bầu cử xã"
    assert normalize("Ban công tác Mặt trận các thôn") == "Ban Công tác Mặt trận các thôn"


def test_a_body_named_by_its_charge_or_its_people():
    # fresh_40 L81 `… trao đổi, thống nhất với Ủy ban nhân dân cấp xã và các tổ chức phụ trách bầu cử ở địa
    # phương lựa chọn hình thức …`: the charge names the bodies (a predicate follows it)
    found = near(DEVSET / "fresh_40.txt", "Căn cứ quyết định của cấp có thẩm quyền và điều kiện", 500)
    assert ("Các tổ chức phụ trách bầu cử ở địa phương", "coordinate") in found
    assert ("Các tổ chức", "coordinate") not in found
    # fresh_37 L55 `- Các tổ chức phụ trách bầu cử ở xã (Ủy ban bầu cử xã, …)`: a list of what is inspected
    assert not near(DEVSET / "fresh_37.txt", "- Các tổ chức phụ trách bầu cử ở xã", 40)
    # fresh_44 L593 `… cấp xã trao đổi với cơ quan, tổ chức, đơn vị có người được giới thiệu ứng cử để tổ chức …`
    found = near(DEVSET / "fresh_44.txt", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã trao đổi với", 200)
    assert ("Cơ quan, tổ chức, đơn vị có người được giới thiệu ứng cử", "coordinate") in found
    # 004 L51 `Trưởng phòng phân công 01 phó trưởng phòng phụ trách theo dõi kịp thời, tham mưu …`: before a
    # comma the charge is the predicate, not part of the post's name
    found = near(SHARED / "corpus" / "004_755144333ea7a6dd.txt", "Trưởng phòng phân công 01 phó trưởng phòng", 120)
    assert ("Phó Trưởng phòng", "lead") in found


def test_a_person_named_by_what_they_do_takes_a_duty():
    # fresh_44 L187 (and L333) `Người chủ trì hội nghị tuyên bố lí do, … Người chủ trì có trách nhiệm sau đây:`
    found = near(DEVSET / "fresh_44.txt", "Người chủ trì hội nghị tuyên bố lí do", 200)
    assert ("Người chủ trì", "lead") in found
    # L203 (and L349) `Người ứng cử phát biểu.` describes the meeting's order: no duty
    assert not near(DEVSET / "fresh_44.txt", "Người ứng cử phát biểu.", 25)


def test_petitions_and_referrals_are_no_reports():
    # fresh_35 L141 `… để kiến nghị cấp có thẩm quyền xem xét, giải quyết.`: the authority is asked to decide
    found = near(DEVSET / "fresh_35.txt", "3.2. Tổng hợp, báo cáo kịp thời các khó khăn", 200)
    assert not [party for party, role in found if role == "report_to"]
    # fresh_40 L143 `… thì chuyển đến Ban Thường trực Ủy ban MTTQ Việt Nam cấp tổ chức hội nghị giải quyết.`
    assert not near(DEVSET / "fresh_40.txt", "- Khiếu nại, tố cáo, kiến nghị, phản ánh liên quan đến việc tổ chức", 250)
    # 003 L70 `… và báo cáo cấp có thẩm quyền đúng thời gian quy định.`: a report still goes to its receiver
    found = near(SHARED / "corpus" / "003_723b0c46fb5dfa44.txt", "Thường xuyên kiểm tra, đánh giá việc tổ chức", 250)
    assert ("Cấp có thẩm quyền", "report_to") in found


def test_a_capitalised_document_type_names_a_document():
    # fresh_40 L31 `Thực hiện Hướng dẫn Mặt trận Tổ quốc Việt Nam tham gia công tác bầu cử …`: a document's name,
    # not `hướng dẫn X <verb>`; the issuer acts later in the sentence (`…, Ban Thường trực … xã hướng dẫn …`)
    found = near(DEVSET / "fresh_40.txt", "Thực hiện Hướng dẫn Mặt trận Tổ quốc Việt Nam", 120)
    assert not found


def test_partners_of_a_body_asked_to_act():
    # src_congbot_46 L23 `Điều 2. Giao Sở Tài chính phối hợp với Sở Lao động - Thương binh và Xã hội và Ủy ban nhân
    # dân các quận, huyện lập thủ tục …`: the body given the task leads, its partners coordinate
    found = near(SHARED / "wild" / "src_congbot_46.txt", "Điều 2. Giao Sở Tài chính", 200)
    assert ("Sở Tài chính", "lead") in found
    assert ("Sở Lao động, Thương binh và Xã hội", "coordinate") in found


def test_same_level_is_the_level_its_clause_names():
    # fresh_44 (the province's guidance) L601 `Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã phối hợp với
    # Ủy ban nhân dân cùng cấp triệu tập …`: the communes' committees, not the province's (a province's guidance names
    # every commune's body by its tier, `cấp xã`, as devset fresh_08's keys write it)
    found = near(DEVSET / "fresh_44.txt", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã phối hợp với Ủy ban", 150)
    assert ("Ủy ban nhân dân cấp xã", "coordinate") in found
    assert ("Ủy ban nhân dân tỉnh", "coordinate") not in found
    # L107 `Biên bản hội nghị hiệp thương ở cấp xã được gửi ngay đến …, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và
    # Thường trực Hội đồng nhân dân, Ủy ban bầu cử cùng cấp …`: the level the clause is about, named first
    found = near(DEVSET / "fresh_44.txt", "Biên bản hội nghị hiệp thương ở cấp xã được gửi ngay đến", 300)
    assert ("Ủy ban bầu cử cấp xã", "report_to") in found
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "report_to") in found


def test_the_title_assigns_nothing():
    # The header of fresh_41 (a ward's Front) over a subject line that names who acts, as letters' `V/v` lines
    # and plans' titles do; the same words in the body assign the task.
    text = ("ỦY BAN MTTQ VIỆT NAM\nPHƯỜNG BẮC CAM RANH\nBAN THƯỜNG TRỰC\nSố: 15/KH-MTTQ-BTT\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Bắc Cam Ranh, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
            "Ban công tác Mặt trận các tổ dân phố tổ chức hội nghị cử tri\n\n"
            "I. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Ban công tác Mặt trận các tổ dân phố tổ chức hội nghị cử tri nơi cư trú theo hướng dẫn.\n")
    doc = parse_text(text)[0]
    assert doc.meta.title == "Ban công tác Mặt trận các tổ dân phố tổ chức hội nghị cử tri"
    rows = [(p.party, p.role) for p in doc.parties]
    assert rows == [("Ban Công tác Mặt trận các tổ dân phố", "lead")]
    assert doc.text.index("1. Ban công tác") < doc.parties[0].start


def test_a_duty_after_a_time_adverbial():
    # fresh_06 L278 `- Trong vòng 72 giờ kể từ ngày công bố kết quả, người thắng giải có trách` / `nhiệm gửi lại …`
    found = near(DEVSET / "fresh_06.txt", "- Trong vòng 72 giờ kể từ ngày công bố kết quả", 120)
    assert ("Người thắng giải", "lead") in found
    # src_tvplcrawl_63 `c) Trong thời hạn 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Nông nghiệp và Môi
    # trường tổ chức thẩm định …`: the body after the time limit's commas is the subject
    found = near(SHARED / "wild" / "src_tvplcrawl_63.txt", "c) Trong thời hạn 10 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ, Sở", 120)
    assert ("Sở Nông nghiệp và Môi trường", "lead") in found


def test_headings_that_wrap_or_name_a_person():
    # fresh_37 L183 writes its heading `3. Ban Công tác Mặt trận các` with the level lost by the PDF's conversion;
    # where a converter wraps such a heading, its next line completes the name. A heading under `Tổ chức thực
    # hiện` may name a person by what they do (`Người ứng cử`, who files the dossier of Luật Bầu cử 2015, Điều 35).
    text = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 23/KH-MTTQ-BTT\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Lương Minh, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\nKiểm tra, giám sát công tác bầu cử\n\n"
            "V. TỔ CHỨC THỰC HIỆN\n\n"
            "3. Ban Công tác Mặt trận các\nthôn\n\n"
            "- Căn cứ Kế hoạch này, chủ động giám sát các hoạt động bầu cử tại thôn: niêm yết danh sách cử tri.\n\n"
            "4. Người ứng cử\n\n"
            "- Nộp hồ sơ ứng cử đúng thời hạn.\n")
    rows = [(p.party, p.role) for p in parse_text(text)[0].parties]
    assert rows == [("Ban Công tác Mặt trận các thôn", "lead"), ("Người ứng cử", "lead")]


def test_the_members_of_the_front_and_one_spelling_of_an_area():
    # fresh_41 L293 `Đề nghị các tổ chức thành viên của Ủy ban MTTQ Việt Nam phường, Ban công tác Mặt trận các Tổ
    # Dân phố nghiêm túc thực hiện …` (L283 writes `Ban công tác Mặt trận các tổ dân phố`): the members belong to
    # the Front, not to its committee; the area is written in lower case, as L283 does
    found = near(DEVSET / "fresh_41.txt", "Trên đây là Kế hoạch kiểm tra, giám sát công tác bầu cử", 400)
    assert found == {("Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam phường", "other"),
                     ("Ban Công tác Mặt trận các tổ dân phố", "other")}
    # fresh_40 L217 `3. Đề nghị các tổ chức thành viên của Mặt trận phối hợp chặt chẽ với Ban Thường trực …`: the
    # commune's Front (a commune's guidance), and the body asked to act with a partner leads
    found = near(DEVSET / "fresh_40.txt", "3. Đề nghị các tổ chức thành viên của Mặt trận", 200)
    assert ("Các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam xã", "lead") in found


def test_a_labelled_list_names_posts_by_their_charge():
    # The labelled lists of fresh_35 (L215 `- Đơn vị chủ trì: …`, L217 `- Đơn vị phối hợp: …`) with the posts its
    # section III names by their charge (L317 `Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng …`) and the
    # bodies of fresh_37 L55 (`Các tổ chức phụ trách bầu cử ở xã`): each item is a whole name.
    text = ("ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 21/KH-MTTQ-BTT\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Lương Minh, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\nThực hiện công tác bầu cử\n\n"
            "II. NỘI DUNG\n\n6. Tổng hợp tình hình, báo cáo kết quả công tác bầu cử\n\n"
            "- Đơn vị chủ trì: Chuyên viên phụ trách tổng hợp.\n\n"
            "- Đơn vị phối hợp: Chuyên viên phụ trách hành chính cơ quan, các tổ chức phụ trách bầu cử ở xã, "
            "các tổ chức thành viên của Mặt trận Tổ quốc xã.\n")
    rows = {(p.party, p.role) for p in parse_text(text)[0].parties}
    assert rows == {("Chuyên viên phụ trách tổng hợp", "lead"),
                    ("Chuyên viên phụ trách hành chính cơ quan", "coordinate"),
                    ("Các tổ chức phụ trách bầu cử ở xã", "coordinate"),
                    ("Các tổ chức thành viên của Mặt trận Tổ quốc xã", "coordinate")}  # (not `Các`, cut at `tổ chức`)


def test_what_an_inspection_item_inspects_assigns_nothing():
    # fresh_37 L77 `- Kiểm tra việc hướng dẫn người ứng cử hoàn thiện hồ sơ và nộp về Ủy ban Bầu cử xã đúng thời
    # hạn.`: the filing is inspected, not assigned; L175 `… báo cáo: … gửi về Ban Thường trực Ủy ban MTTQ Việt Nam
    # tỉnh …` (the plan's own reporting duty) still is a report
    assert not near(DEVSET / "fresh_37.txt", "- Kiểm tra việc hướng dẫn người ứng cử hoàn thiện hồ sơ", 100)
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh", "report_to") in \
        {(p.party, p.role) for p in parties(DEVSET / "fresh_37.txt")}


def test_abbreviated_bodies_are_written_out():
    # src_congbot_2 (a ministry's guidance on martyrs' families) writes `cơ quan LĐTBXH` (L117, L293) and
    # `Bộ LĐTBXH` (L343 …): the party is the body's name, as the SPEC's `UBND` → `Ủy ban nhân dân`.
    found = parties(SHARED / "wild" / "src_congbot_2.txt")
    names = {p.party for p in found}
    assert "Bộ Lao động - Thương binh và Xã hội" in names
    assert "Cơ quan Lao động - Thương binh và Xã hội" in names
    assert not [n for n in names if "LĐTBXH" in n]
    # the bodies of social insurance and health, and the Youth Union, as letters addressed to them write them
    assert normalize("Cơ quan BHXH") == "Cơ quan Bảo hiểm xã hội"
    assert normalize("Thủ trưởng các cơ sở KCB") == "Thủ trưởng các cơ sở khám bệnh, chữa bệnh"
    assert normalize("Đoàn TNCS HCM") == "Đoàn Thanh niên Cộng sản Hồ Chí Minh"


def test_a_name_ends_at_a_column_gap_and_before_the_next_lines_opening_word():
    # fresh_30 L44: the regulation attached after the decision opens with its own header laid out in two
    # columns (`ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`): no party runs across the gap.
    # fresh_31 L116-117: `… gửi danh sách về Bộ Nội vụ` ⏎ `Sau khi hoàn thành …`: the name ends at the line.
    assert not [p for p in parties(DEVSET / "fresh_30.txt") if "CỘNG HÒA" in p.party.upper()]
    names = {p.party for p in parties(DEVSET / "fresh_31.txt")}
    assert "Bộ Nội vụ" in names and not [n for n in names if n.endswith(" Sau")]



def _name_from_start(text: str) -> str:
    low = text.lower()
    return text[:name_end(text, low, 0, mention_at(text, low, 0).end, len(text))]


def test_a_joint_office_reads_its_second_body_but_not_a_list_after_it():
    # fresh_44 L165: one office serves the National Assembly delegation and the provincial council.
    assert _name_from_start("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh thì việc lấy ý kiến cử tri") \
        == "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"
    # src_congbot_20 L70: an office already placed (`tỉnh`), then other bodies: two parties.
    assert _name_from_start("Văn phòng UBND tỉnh và các cơ quan có liên quan tham mưu với UBND tỉnh") == \
        "Văn phòng UBND tỉnh"
    assert _name_from_start("Văn phòng UBND tỉnh và Sở Nội vụ tham mưu") == "Văn phòng UBND tỉnh"


def test_lower_case_words_after_a_proper_name_are_its_only_before_another_party():
    # src_tvplcrawl_42 L17 (a closing list): the words before `, Cục trưởng …` end the department's name; in a
    # clause (src_tvplcrawl_42 L48, `… lãnh đạo Cục Thuế XNK duyệt ký chuyển thực hiện …`) the lower-case word after
    # the name is its predicate.
    assert _name_from_start("Cục trưởng Cục Thuế xuất nhập khẩu, Cục trưởng Cục Hải quan các tỉnh, thành phố") == \
        "Cục trưởng Cục Thuế xuất nhập khẩu"
    assert _name_from_start("Cục Thuế XNK duyệt ký chuyển thực hiện quy định tại Điều 5") == "Cục Thuế XNK"
