"""Citations, round 14: what the members of a list of documents share (the body written before the list or
after its last member, the `về …` after it), and the issuer of a party plenum's resolution. Real lines of
the shared texts where they exist (file and line in a comment, read from ../shared at test time), else
sentences written as the genre writes them."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text
from pipeline.normalize import normalize

from .conftest import SHARED, shared_lines as _lines

DEVSET = SHARED / "devset" / "texts"
WILD = SHARED / "wild"
needs_shared = pytest.mark.skipif(not (DEVSET.is_dir() and WILD.is_dir()), reason="needs ../shared/devset and ../shared/wild")


def _by_symbol(text: str) -> dict:
    return {c.number_symbol: c for c in parse_text(normalize(text))[0].citations if c.number_symbol}


@needs_shared
def test_two_letters_written_in_full_share_the_body_after_the_last():
    # src_congbot_20 L56: `… tại Công văn số 4216/UBND-NC ngày 02/12/2021 và Công văn số 4478/UBND-NC ngày 18/11/2022
    # của Chủ tịch UBND tỉnh để kịp thời …` (the answer key gives both the body)
    cited = _by_symbol(_lines(WILD, "src_congbot_20", 56))
    assert cited["4216/UBND-NC"].issuer == cited["4478/UBND-NC"].issuer == "Chủ tịch Ủy ban nhân dân tỉnh"


@needs_shared
def test_a_list_of_decisions_shares_the_body_and_the_subject_after_it():
    # src_congbot_3 L19: `Căn cứ Quyết định số 1217/QĐ-BT ngày 22/5/2020, Quyết định số 1183/QĐ-BTP ngày 20/5/2020, …,
    # Quyết định số 1566/QĐ-BTP ngày 13/7/2020 của Bộ Tư pháp về việc công bố thủ tục hành chính …`
    cited = _by_symbol(_lines(WILD, "src_congbot_3", 19))
    # (1217/QĐ-BT, its code typed short, names another body: it is left out)
    decisions = [c for symbol, c in cited.items() if symbol.endswith("/QĐ-BTP")]
    assert len(decisions) == 5
    assert {c.issuer for c in decisions} == {"Bộ Tư pháp"}
    assert {c.subject for c in decisions} == {cited["1566/QĐ-BTP"].subject}
    assert cited["1566/QĐ-BTP"].subject.startswith("công bố thủ tục hành chính được sửa đổi, bổ sung, bãi bỏ")


def test_a_body_before_a_list_issued_its_members_of_another_type_too():
    # as a Government decision's preamble writes it: the Báo cáo of the same list is the minister's too
    cited = _by_symbol("Xét đề nghị của Bộ trưởng Bộ Tài chính tại các Tờ trình số 115/TTr-BTC ngày 20 tháng 5 năm 2022, "
                       "số 120/TTr-BTC ngày 25 tháng 5 năm 2022 và Báo cáo số 40/BC-BTC ngày 30 tháng 5 năm 2022.")
    assert {c.issuer for c in cited.values()} == {"Bộ trưởng Bộ Tài chính"}
    assert set(cited) == {"115/TTr-BTC", "120/TTr-BTC", "40/BC-BTC"}


@needs_shared
def test_a_member_closed_by_a_semicolon_keeps_to_itself():
    # devset fresh_23 L37–38: `Kết luận số 174-KL/TW ngày 4/7/2025, Kết luận số 177-KL/TW, ngày 11/7/2025; Kết luận số
    # 178-KL/TW ngày 17/7/2025 của Bộ Chính trị về …`: the answer key gives the body to 178 only
    cited = _by_symbol(_lines(DEVSET, "fresh_23", 37, 38))
    assert cited["178-KL/TW"].issuer == "Bộ Chính trị"
    assert cited["174-KL/TW"].issuer == cited["177-KL/TW"].issuer == ""


def test_a_member_whose_symbol_names_another_body_keeps_to_itself():
    # a decree and a circular in one list: the ministry after the circular did not issue the decree
    cited = _by_symbol("Căn cứ Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 và Thông tư số 19/2023/TT-BGDĐT ngày "
                       "30/10/2023 của Bộ Giáo dục và Đào tạo về việc hướng dẫn về vị trí việc làm;")
    assert cited["19/2023/TT-BGDĐT"].issuer == "Bộ Giáo dục và Đào tạo"
    assert cited["24/2021/NĐ-CP"].issuer == ""


@needs_shared
def test_a_document_the_subject_names_is_no_member_of_a_list():
    # src_congbot_30 L8: `Xét đề nghị của Bộ Quốc phòng tại công văn số 5865/BQP-TC … về việc điều chỉnh … theo quy định
    # tại Quyết định số 142/2008/QĐ-TTg …, Thủ tướng Chính phủ có ý kiến`: the decision is not the ministry's
    cited = _by_symbol(_lines(WILD, "src_congbot_30", 8))
    assert cited["5865/BQP-TC"].issuer == "Bộ Quốc phòng"
    assert cited["142/2008/QĐ-TTg"].issuer == ""


@needs_shared
def test_a_plural_type_and_body_before_a_colon_issued_every_member_of_the_list():
    # src_tvplcrawl_47 L13–14: `… thực hiện các Nghị quyết của Chính phủ: số 01/NQ-CP ngày 05 tháng 01 năm 2024 về …
    # phát triển kinh tế` ⏎ `- xã hội …; số 02/NQ-CP ngày 05/01/2024 về …` (the line broken at a dash)
    cited = _by_symbol(_lines(WILD, "src_tvplcrawl_47", 13, 14))
    assert cited["01/NQ-CP"].issuer == cited["02/NQ-CP"].issuer == "Chính phủ"


def test_a_list_head_s_body_goes_to_members_that_write_their_type_again():
    # as provincial plans on digital transformation open: each member with its own date and trích yếu
    cited = _by_symbol("Căn cứ các Quyết định của Thủ tướng Chính phủ: số 749/QĐ-TTg ngày 03/6/2020 phê duyệt Chương "
                       "trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030; Quyết định số 411/QĐ-TTg "
                       "ngày 31/3/2022 phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, "
                       "định hướng đến năm 2030; Quyết định số 06/QĐ-BTTTT ngày 10/01/2023 ban hành Kế hoạch;\n"
                       "Căn cứ Quyết định số 22/QĐ-UBND ngày 03/3/2023 của Ủy ban nhân dân tỉnh về chuyển đổi số;")
    assert cited["749/QĐ-TTg"].issuer == cited["411/QĐ-TTg"].issuer == "Thủ tướng Chính phủ"
    # (a member whose symbol names another ministry ends the list; the next basis has its own body)
    assert cited["06/QĐ-BTTTT"].issuer == ""
    assert cited["22/QĐ-UBND"].issuer == "Ủy ban nhân dân tỉnh"


@pytest.mark.parametrize("plenum,term", [
    ("Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng", "khóa XI"),
    ("Hội nghị lần thứ mười hai Ban Chấp hành Trung ương", "khoá XI"),
    ("Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng", "(khóa XIII)"),
])
def test_a_party_plenum_with_its_ordinal_and_term_issued_the_resolution(plenum, term):
    # as school plans cite the Central Committee's resolutions (`Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Hội nghị
    # lần thứ tám Ban Chấp hành Trung ương Đảng khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo`)
    cited = _by_symbol(f"Thực hiện Nghị quyết số 29-NQ/TW ngày 04/11/2013 của {plenum} {term} về đổi mới căn bản, "
                       "toàn diện giáo dục và đào tạo, Trường Tiểu học xây dựng kế hoạch như sau:")
    resolution = cited["29-NQ/TW"]
    assert resolution.issuer == f"{plenum} {term}"
    assert resolution.subject == "đổi mới căn bản, toàn diện giáo dục và đào tạo"


def test_a_list_head_on_its_own_line_gives_its_body_and_its_cue_to_the_items_below():
    # the same preamble with one decision an item: the type word on the announcing line, each item its number
    text = ("Căn cứ các Quyết định của Thủ tướng Chính phủ:\n"
            "- Số 749/QĐ-TTg ngày 03/6/2020 phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025;\n"
            "- Số 411/QĐ-TTg ngày 31/3/2022 phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số;\n"
            "- Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 quy định về việc cung cấp thông tin và dịch vụ công trực tuyến;\n")
    cited = _by_symbol(text)
    assert {s: (c.issuer, c.relation) for s, c in cited.items()} == {
        "749/QĐ-TTg": ("Thủ tướng Chính phủ", "can_cu"), "411/QĐ-TTg": ("Thủ tướng Chính phủ", "can_cu"),
        "42/2022/NĐ-CP": ("", "can_cu")}  # (a decree under the decisions' head: a basis, of no body the text names)


@pytest.mark.parametrize("verb", ["đã đề ra", "đa đề ra", "đề ra", "xác định"])
@pytest.mark.parametrize("congress,term", [
    ("Đại hội Đảng bộ tỉnh lần thứ XXII", ""),
    ("Đại hội đại biểu Đảng bộ huyện lần thứ 22", " nhiệm kỳ 2020-2025"),
    ("Hội nghị lần thứ mười hai Ban Chấp hành Trung ương Đảng", " khóa XII"),
])
def test_a_congress_s_resolution_cited_by_name_ends_after_its_ordinal_and_term(verb, congress, term):
    # as a commune's or a school's plan opens its situation (`Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII đã đề ra …`),
    # the verb typed without its tone mark too (`đa`)
    text = f"Nghị quyết {congress}{term} {verb} mục tiêu phát triển giáo dục và đào tạo của địa phương."
    named = [c for c in parse_text(normalize(text))[0].citations if c.doc_type == "Nghị quyết"]
    assert [c.surface for c in named] == [f"Nghị quyết {congress}{term}"]
    assert named[0].name.startswith(f"Nghị quyết {congress}")


@needs_shared
def test_a_term_in_brackets_ends_the_plenum_s_name():
    # src_tvplcrawl_12 L13: `… Nghị quyết số 13-NQ/TW ngày 16 tháng 01 năm 2012 của Hội nghị lần thứ 4 Ban Chấp hành
    # Trung ương Đảng (khoá XI). Sau khi …`
    cited = _by_symbol(_lines(WILD, "src_tvplcrawl_12", 13))
    assert cited["13-NQ/TW"].issuer == "Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khoá XI)"


def _keys(text: str) -> list[tuple[str, str]]:
    return [(c.surface, c.citation_key) for c in parse_text(normalize(text))[0].citations]


def test_a_full_stop_typed_for_the_hyphen_after_a_type_code_is_one_key():
    # `QĐ.UBND`, `TT.BGDĐT`: plans typed without a hyphen key; the dotted unit of a body's code stays (`THPT.XM`)
    keys = dict(_keys("Căn cứ Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ GDĐT; Quyết định số 125/QĐ.UBND ngày "
                      "12/3/2024 của UBND huyện; Thực hiện Thông tư số 32/2020/TT.BGDĐT và Kế hoạch số 01/KH-THPT.XM "
                      "ngày 05/9/2024 của Trường THPT Xuân Mai."))
    assert keys["Thông tư số 32/2020/TT.BGDĐT"] == keys["Thông tư số 32/2020/TT-BGDĐT"] == "Thông tư 32/2020/TT-BGDĐT"
    assert keys["Quyết định số 125/QĐ.UBND"] == "Quyết định 125/QĐ-UBND (2024)"
    assert keys["Kế hoạch số 01/KH-THPT.XM"] == "Kế hoạch 01/KH-THPT.XM (2024)"


def test_a_number_with_its_year_only_is_the_document_cited_in_full():
    # `Nghị định 15/2020` after `Nghị định số 15/2020/NĐ-CP`: one key; `Nghị định 15/2021` is no short form of it
    # (a mention of its own since round 19: a number with its year identifies a document, under a key of its own: a
    # decree's, whose codes are fixed, under its whole symbol, models/bare_number_suffixes.tsv)
    cited = _keys("Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ quy định xử phạt vi phạm hành chính "
                  "trong lĩnh vực bưu chính, viễn thông; Theo Nghị định 15/2020 của Chính phủ, cán bộ, giáo viên không "
                  "đăng tải thông tin sai sự thật; Nghị định 15/2021 không áp dụng.")
    assert cited == [("Nghị định số 15/2020/NĐ-CP", "Nghị định 15/2020/NĐ-CP"), ("Nghị định 15/2020", "Nghị định 15/2020/NĐ-CP"),
                     ("Nghị định 15/2021", "Nghị định 15/2021/NĐ-CP")]


@needs_shared
@pytest.mark.parametrize("folder,stem,line,symbol,issuers", [
    # devset fresh_44 L31: `Nghị quyết liên tịch số 102/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN ngày 26 tháng 9 năm 2025 giữa
    # Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch … hướng dẫn quy trình hiệp thương …`
    (DEVSET, "fresh_44", 31, "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
     "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    # src_tvplcrawl_33 L217: `Thông tư liên tịch số 84/2013/TTLT-BTC-BCT-BGTVT ngày 25 tháng 6 năm 2013 giữa Bộ Tài chính,
    # Bộ Công Thương và Bộ Giao thông vận tải hướng dẫn thực hiện Quyết định số 48/2011/QĐ-TTg …`
    (WILD, "src_tvplcrawl_33", 217, "84/2013/TTLT-BTC-BCT-BGTVT", "Bộ Tài chính, Bộ Công Thương và Bộ Giao thông vận tải"),
])
def test_the_parties_to_a_joint_document_after_giua_issued_it(folder, stem, line, symbol, issuers):
    assert _by_symbol(_lines(folder, stem, line))[symbol].issuer == issuers


@needs_shared
def test_an_ellipsis_at_a_line_s_end_closes_the_subject():
    # devset fresh_26 L87–92: `… Kế hoạch số 129/KH-UBND ngày 28/02/2025 về triển khai, … trên địa bàn tỉnh,… ⏎ Sau sáp
    # nhập tỉnh: UBND tỉnh Lâm Đồng đã ban hành Kế hoạch số 213/KH-UBND …`
    subject = _by_symbol(_lines(DEVSET, "fresh_26", 87, 92))["129/KH-UBND"].subject
    assert subject.endswith("phục vụ chuyển đổi số quốc gia năm 2025 trên địa bàn tỉnh")


@needs_shared
def test_a_page_number_between_blank_lines_is_no_part_of_the_subject():
    # devset fresh_26 L307–314: `… Kế hoạch số 5756/KH-UBND ngày ⏎ 29/5/2025 về việc triển khai … ứng dụng công nghệ ⏎⏎ 7
    # ⏎ Công văn số 150/STP-QLTDPL …` (the page's number of the PDF the text was read from)
    subject = _by_symbol(_lines(DEVSET, "fresh_26", 307, 314))["5756/KH-UBND"].subject
    assert subject.endswith("thông qua ưu tiên ứng dụng công nghệ")


def test_a_law_written_with_its_type_word_in_lower_case_is_the_law():
    # `Căn cứ luật Giáo dục năm 2019`: typed in lower case, one key with `Luật Giáo dục`; `luật` before a name the
    # registry does not know (`luật Việt Nam`) and `pháp luật` are no mention
    cited = _keys("Căn cứ luật Giáo dục năm 2019; Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019; nhà trường thực hiện "
                  "đúng quy định của pháp luật Việt Nam và luật Việt Nam.")
    assert cited == [("luật Giáo dục năm 2019", "Luật 43/2019/QH14"), ("Luật Giáo dục", "Luật 43/2019/QH14")]


@needs_shared
def test_a_bare_number_going_on_with_a_list_of_laws_is_a_law():
    # src_tvplcrawl_31 L7: `… được sửa đổi, bổ sung một số điều bởi các Luật số 43/2024/QH15, số 47/2024/QH15, số
    # 58/2024/QH15, Luật số 71/2025/QH15, số 84/2025/QH15 …`: `QH15` alone does not say law or resolution
    cited = _by_symbol(_lines(WILD, "src_tvplcrawl_31", 7))
    assert {s: c.doc_type for s, c in cited.items() if s.endswith("/QH15")} == {
        s: "Luật" for s in ("31/2024/QH15", "43/2024/QH15", "47/2024/QH15", "58/2024/QH15", "71/2025/QH15",
                            "84/2025/QH15", "93/2025/QH15", "95/2025/QH15")}


def test_a_bare_number_of_other_codes_keeps_to_the_letter_type():
    # the member before is a plan (`KH-UBND`); `4216/UBND-NC` is a letter of the same body, not a plan
    cited = _by_symbol("Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 và số 4216/UBND-NC ngày 02/12/2024 của "
                       "Ủy ban nhân dân tỉnh về công tác cải cách hành chính.")
    assert cited["12/KH-UBND"].doc_type == "Kế hoạch"
    assert cited["4216/UBND-NC"].doc_type == "Công văn"


@needs_shared
def test_a_joint_circular_with_its_co_issuers_written_in_two_orders_is_one_document():
    # src_congbot_9 L9 writes `08/2012/TTLT-BLĐTBXH-BNV-BTC`, L400 `08/2012/TTLT-BLĐTBXH-BTC-BNV`
    text = _lines(WILD, "src_congbot_9", 9) + "\n" + _lines(WILD, "src_congbot_9", 400)
    keys = {c.citation_key for c in parse_text(normalize(text))[0].citations if c.number_symbol.startswith("08/2012/")}
    assert keys == {"Thông tư liên tịch 08/2012/TTLT-BLĐTBXH-BNV-BTC"}


@needs_shared
def test_an_ordinance_number_without_the_legislature_term_is_the_registry_s():
    # src_congbot_7 L29: `Pháp lệnh số 02/2020/UBTVQH ngày 09 tháng 12 năm 2020 …`, the term (14) left out
    cited = _by_symbol(_lines(WILD, "src_congbot_7", 29))
    assert cited["02/2020/UBTVQH"].citation_key == "Pháp lệnh 02/2020/UBTVQH14"


@needs_shared
def test_letters_in_brackets_after_a_list_of_ministries_are_each_ministry_s():
    # src_congbot_41 L8: `… ý kiến của các Bộ: Lao động - Thương binh và Xã hội (Công văn số 3418/LĐTBXH-NCC …), Tài chính
    # (Công văn số 13365/BTC-NSNN …), Ban Thi đua - Khen thưởng Trung ương (Công văn số 2211/BTĐKT-VIII …) …`
    cited = _by_symbol(_lines(WILD, "src_congbot_41", 8))
    assert cited["3418/LĐTBXH-NCC"].issuer == "Bộ Lao động - Thương binh và Xã hội"
    assert cited["13365/BTC-NSNN"].issuer == "Bộ Tài chính"
    assert cited["2211/BTĐKT-VIII"].issuer == "Ban Thi đua - Khen thưởng Trung ương"


def test_letters_in_brackets_after_a_list_of_departments_are_each_department_s():
    # as a provincial committee's letter writes the departments it consulted; the last member (no bracket) is none
    cited = _by_symbol("Theo ý kiến của các Sở: Tài chính (Văn bản số 1234/STC-NS ngày 02/3/2024), Kế hoạch và Đầu tư "
                       "(Văn bản số 567/SKHĐT-TH ngày 05/3/2024), Nội vụ (Văn bản số 89/SNV-TCBC ngày 06/3/2024), "
                       "Ủy ban nhân dân tỉnh thống nhất như sau:")
    assert [cited[s].issuer for s in ("1234/STC-NS", "567/SKHĐT-TH", "89/SNV-TCBC")] \
        == ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ"]


def test_a_games_rules_are_no_law():
    # a school's sports-day plan (Hội khỏe Phù Đổng): `Luật thi đấu` is the rules of the games; a law in lower case is
    # read where the registry knows it, or where its name is a phrase too long for a common noun's
    text = ("TRƯỜNG THCS AN PHÚ\nSố: 45/KH-THCSAP\nKẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp trường năm học 2024 - 2025\n\n"
            "I. MỤC ĐÍCH – YÊU CẦU\n- Chấp hành nghiêm chỉnh Luật thi đấu, Điều lệ giải và các quy định của Ban Tổ chức.\n"
            "- Thực hiện đúng Luật giáo dục năm 2019 và Luật Thi đua, khen thưởng.\n")
    names = [c.name or c.number_symbol for c in parse_text(text)[0].citations]
    assert "Luật Thi đấu" not in names
    assert {"Luật Giáo dục", "Luật Thi đua, khen thưởng"} <= set(names)


def test_an_issuer_named_after_the_subject():
    # the body written after what the document is about (`… quy định về … của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT)`,
    # with the short form the letter calls it by; a school typed in lower case, its name capitalised) is the issuer;
    # a kind of body in lower case with no name (`… nhiệm kỳ của hội`) stays in the subject
    text = ("TRƯỜNG THCS LÊ LỢI\nSố: 12/KH-THCS\nKẾ HOẠCH\nKiểm tra nội bộ năm học 2024-2025\n\n"
            "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 quy định về đánh giá học sinh trung học cơ sở và học "
            "sinh trung học phổ thông của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT);\n"
            "Căn cứ Kế hoạch số 45/KH-THCS ngày 05/9/2024 về thực hiện nhiệm vụ năm học 2024-2025 của trường trung học "
            "cơ sở Lê Lợi;\nThực hiện Công văn số 2769/UBND-NV ngày 10/9/2024 về tổ chức đại hội nhiệm kỳ của hội,\n"
            "Trường THCS Lê Lợi xây dựng kế hoạch như sau:\n")
    rows = {c.number_symbol: (c.issuer, c.subject) for c in parse_text(text)[0].citations}
    assert rows["22/2021/TT-BGDĐT"] == ("Bộ trưởng Bộ Giáo dục và Đào tạo", "đánh giá học sinh trung học cơ sở và học "
                                                                         "sinh trung học phổ thông")
    assert rows["45/KH-THCS"] == ("trường trung học cơ sở Lê Lợi", "thực hiện nhiệm vụ năm học 2024-2025")
    assert rows["2769/UBND-NV"] == ("", "tổ chức đại hội nhiệm kỳ của hội")


def test_items_under_a_bases_heading_that_name_the_rules_a_document_issued():
    """A province's admission plan (as such plans list their bases): `I. CĂN CỨ` ⏎ `1. Điều lệ trường trung học cơ sở
    …, ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT , ngày 15/9/2020 …;` ⏎ `2. Quy chế tuyển sinh … ban hành kèm
    theo Thông tư số 11/2014/TT-BGDĐT …`: each item's document is a basis (the `kèm theo` before it left it `other`)."""
    from pipeline.api import parse_text

    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 335/KH-UBND\nPhú Thọ, ngày 10 tháng 02 năm 2023\nKẾ HOẠCH\nTuyển sinh vào "
            "lớp 10 trung học phổ thông năm học 2023-2024\nI. CĂN CỨ\n1. Điều lệ trường trung học cơ sở (THCS), trường trung "
            "học phổ thông (THPT) và trường phổ thông có nhiều cấp học, ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT , "
            "ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo (GD&ĐT);\n2. Quy chế tuyển sinh THCS và tuyển sinh THPT "
            "ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT , ngày 18/4/2014 của Bộ trưởng Bộ GD&ĐT;\n"
            "II. TUYỂN SINH\nHội đồng tuyển sinh làm việc theo Thông tư số 11/2014/TT-BGDĐT.\n")
    cites = parse_text(text)[0].citations
    assert [(c.number_symbol, c.relation) for c in cites] == [
        ("32/2020/TT-BGDĐT", "can_cu"), ("11/2014/TT-BGDĐT", "can_cu"), ("11/2014/TT-BGDĐT", "other")]


_DEPARTMENT_LETTER = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2857/SGDĐT-VP\nKhánh Hòa, ngày 10 tháng 12 năm 2019\nV/v bảo đảm trật tự an "
                      "toàn giao thông\n\nSở Giáo dục và Đào tạo yêu cầu các cơ sở giáo dục trực thuộc Sở thực hiện:\n")


def test_a_list_announced_by_a_cue_carried_on_is_carried_out():
    # a department's letter: `2. Tiếp tục triển khai các văn bản chỉ đạo của Sở …:` then one letter an item
    cites = _by_symbol(_DEPARTMENT_LETTER + "1. Tiếp tục triển khai các biện pháp bảo đảm trật tự an toàn giao thông trường "
                       "học.\n2. Tiếp tục triển khai các văn bản chỉ đạo của Sở Giáo dục và Đào tạo:\n- Công văn số "
                       "2187/SGDĐT-VP ngày 03/10/2019 của Sở GDĐT về việc tăng cường công tác bảo đảm trật tự ATGT 03 "
                       "tháng cuối năm 2019.\n- Công văn số 2271/SGDĐT-VP ngày 14/10/2019 của Sở GDĐT về việc phòng chống "
                       "tai nạn thương tích.\n")
    assert [(s, c.relation) for s, c in cites.items()] == [("2187/SGDĐT-VP", "thuc_hien"), ("2271/SGDĐT-VP", "thuc_hien")]


def test_a_spaced_dash_then_a_word_of_the_text_is_no_part_of_the_symbol():
    # a school's page titled `… THEO CHỈ THỊ SỐ 22/CT-UBND - Trường THPT Hoàng Mai` (the site's name after the dash); a
    # typist's blanks around a code's dash are the symbol's, capitals or mixed (`QĐ - UBND`, `SGDĐT – GDTrH`, `QĐ - TTg`)
    cites = _by_symbol(_DEPARTMENT_LETTER + "1. Tiếp tục thực hiện Chỉ thị số 22/CT-UBND - Trường THPT Hoàng Mai.\n"
                       "2. Thực hiện Quyết định số 3210/QĐ - UBND ngày 02/3/2019, Công văn số 2189/SGDĐT – GDTrH ngày "
                       "10/9/2020 và Quyết định số 15/QĐ - TTg ngày 01/02/2019.\n")
    assert list(cites) == ["22/CT-UBND", "3210/QĐ-UBND", "2189/SGDĐT-GDTrH", "15/QĐ-TTg"]


def test_a_ministry_whose_name_holds_a_comma_is_read_whole():
    # a province's decision on tourism: `của Bộ Văn hóa, Thể thao và Du lịch` (was `Bộ Văn hóa`, cut at the comma), and
    # `Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số …` (was no issuer)
    cites = _by_symbol("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 06/2019/QĐ-UBND\nĐồng Nai, ngày 20 tháng 02 năm 2019\n\n"
                       "QUYẾT ĐỊNH\nBan hành Quy định quản lý hoạt động du lịch\n\n"
                       "Căn cứ Thông tư số 06/2017/TT-BVHTTDL ngày 15/12/2017 của Bộ Văn hóa, Thể thao và Du lịch quy định "
                       "chi tiết một số điều của Luật Du lịch;\n\nTheo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch "
                       "tại Tờ trình số 2848/TTr-SVHTTDL ngày 12 tháng 11 năm 2018.\n")
    assert cites["06/2017/TT-BVHTTDL"].issuer == "Bộ Văn hóa, Thể thao và Du lịch"
    assert cites["2848/TTr-SVHTTDL"].issuer == "Giám đốc Sở Văn hóa, Thể thao và Du lịch"
