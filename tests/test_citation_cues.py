"""Citations, round 8: the issuer named before a mention, `thực hiện theo` across the provisions cited, and
cues that are negated or only name a circumstance. Real lines of the shared texts where they exist (file and
line in a comment, read from ../shared at test time), else sentences written as the genre writes them."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text
from pipeline.normalize import normalize

from .conftest import SHARED, shared_lines as _lines

DEVSET = SHARED / "devset" / "texts"
WILD = SHARED / "wild"
needs_shared = pytest.mark.skipif(not (DEVSET.is_dir() and WILD.is_dir()), reason="needs ../shared/devset and ../shared/wild")


def _cites(text: str):
    return parse_text(normalize(text))[0].citations


def _shared_cites(folder, stem: str):
    return [c for d in parse_file(str(folder / f"{stem}.txt")) for c in d.citations]


def _one(text: str, symbol: str):
    found = [c for c in _cites(text) if c.number_symbol == symbol]
    assert len(found) == 1, [(c.surface, c.number_symbol) for c in _cites(text)]
    return found[0]


@needs_shared
@pytest.mark.parametrize("stem,first,last,symbol", [
    ("fresh_40", 61, 61, "101/2025/UBTVQH15"),       # thực hiện theo quy định tại Nghị quyết số …
    ("fresh_40", 61, 61, "05/TT-MTTW-BTT"),          # … and the later items of its list
    ("fresh_40", 71, 71, "101/2025/UBTVQH15"),       # thực hiện theo khoản 5, Điều 1 Nghị quyết số …
    ("fresh_41", 287, 287, "87/2025/TT-BTC"),        # Kinh phí … được thực hiện theo quy định tại Thông tư số …
    ("fresh_10", 40, 42, "36/2018/TT-BTC"),          # Nguồn kinh phí: các đơn vị thực hiện theo Thông tư …
])
def test_thuc_hien_theo_across_provisions_is_thuc_hien(stem, first, last, symbol):
    """The devset's convention (devset NOTES: `thực hiện theo` is `thuc_hien`), the provisions between the cue and
    the type word (`khoản 5, Điều 1`) notwithstanding."""
    assert _one(_lines(DEVSET, stem, first, last), symbol).relation == "thuc_hien"


def test_thuc_hien_theo_a_provision_of_a_numbered_document():
    # as a hospital's or a commune's plan writes it
    paid = "Việc thanh toán chi phí được thực hiện theo quy định tại khoản 16 Điều 6 Thông tư số 39/2018/TT-BYT ngày 30/11/2018 của Bộ Y tế."
    assert _one(paid, "39/2018/TT-BYT").relation == "thuc_hien"
    steps = "Trình tự tổ chức thực hiện theo Điều 2, 3, 4 Nghị quyết số 101/2025/UBTVQH15 ngày 26/9/2025 của Ủy ban Thường vụ Quốc hội."
    assert _one(steps, "101/2025/UBTVQH15").relation == "thuc_hien"
    directed = "Thực hiện theo chỉ đạo của Sở Giáo dục và Đào tạo tại Công văn số 1899/SGDĐT-CTTT ngày 12/9/2024 về việc triển khai nhiệm vụ năm học."
    letter = _one(directed, "1899/SGDĐT-CTTT")
    assert letter.relation == "thuc_hien" and letter.issuer == "Sở Giáo dục và Đào tạo"


@needs_shared
@pytest.mark.parametrize("folder,stem,line,symbol", [
    (WILD, "src_tvplcrawl_9", 15, "86/2013/TT-BTC"),        # 3.2. Về điều kiện …: thực hiện theo quy định tại Thông tư …
    (WILD, "src_tvplcrawl_21", 18, "23/2003/QH11"),         # … thì thực hiện theo quy định tại Điều 1 và Điều 2 của …
])
def test_the_rule_for_a_topic_or_a_case_is_other(folder, stem, line, symbol):
    """`<topic>: thực hiện theo …` and `… thì thực hiện theo …` state which rule applies, as the wild keys read them
    (gold-wild NOTES-A, src_congbot_11 l.27)."""
    assert _one(_lines(folder, stem, line), symbol).relation == "other"


def test_negated_cues_are_other():
    fails = "Đối với các cơ sở không thực hiện đúng Chỉ thị số 25/CT-BYT ngày 29/12/2016 của Bộ trưởng Bộ Y tế, Sở Y tế sẽ xử lý theo quy định."
    assert _one(fails, "25/CT-BYT").relation == "other"
    late = "Đến nay, một số đơn vị chưa triển khai Kế hoạch số 45/KH-UBND ngày 10/3/2024 của Ủy ban nhân dân huyện."
    assert _one(late, "45/KH-UBND").relation == "other"
    # the cue without its negation is still `thuc_hien`
    done = "Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2024 của Ủy ban nhân dân huyện, nhà trường xây dựng kế hoạch như sau:"
    assert _one(done, "45/KH-UBND").relation == "thuc_hien"


@needs_shared
def test_a_cue_after_khi_or_trong_is_other():
    # src_tvplcrawl_27 L100 and L129: `vướng mắc khi thực hiện Điều 41 Luật Hải quan`, `khi triển khai thực hiện Điều 41 …`
    for line in (100, 129):
        laws = [c for c in _cites(_lines(WILD, "src_tvplcrawl_27", line)) if c.name == "Luật Hải quan"]
        assert laws and {c.relation for c in laws} == {"other"}
    heading = "2. Một số lưu ý trong triển khai thực hiện quy định tại Điều 22 Luật Bảo hiểm y tế:"
    assert [c.relation for c in _cites(heading)] == ["other"]


@needs_shared
def test_issuer_named_before_the_mention():
    # fresh_19 L150: `Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch số 213/KHUBND …` (the keys write it out)
    assert _one(_lines(DEVSET, "fresh_19", 150), "213/KH-UBND").issuer == "Ủy ban nhân dân tỉnh"
    # fresh_19 L452–453: `… theo chỉ đạo của UBND tỉnh tại Thông báo số 493/TB-UBND …`
    assert _one(_lines(DEVSET, "fresh_19", 452, 453), "493/TB-UBND").issuer == "Ủy ban nhân dân tỉnh"
    # fresh_19 L240–241: `… các nhiệm vụ cải cách hành chính đã được UBND tỉnh đề ra theo Kế hoạch số 213/KH-UBND …`
    assert _one(_lines(DEVSET, "fresh_19", 240, 241), "213/KH-UBND").issuer == "Ủy ban nhân dân tỉnh"
    # the provisions cited stand between the body and the mention
    quoted = ("Các cơ sở khám bệnh, chữa bệnh thực hiện nghiêm như chỉ đạo của Bộ trưởng Bộ Y tế tại điểm c khoản 2 "
              "Chỉ thị số 25/CT-BYT ngày 29/12/2016 về tăng cường công tác khám bệnh, chữa bệnh.")
    assert _one(quoted, "25/CT-BYT").issuer == "Bộ trưởng Bộ Y tế"
    # a body that only forwards the letter is not its issuer: the `của` after it names the issuer
    forwarded = "Sở Y tế chuyển Công văn số 627/BYT-BH ngày 27/01/2021 của Bộ Y tế về việc hướng dẫn thanh toán chi phí."
    assert _one(forwarded, "627/BYT-BH").issuer == "Bộ Y tế"


@needs_shared
def test_a_body_named_before_a_list_of_one_type_issued_each():
    # src_tvplcrawl_17 L9: `Xét đề nghị của Giám đốc Sở … tại Tờ trình số 33/TTr-SLĐTBXH … và Tờ trình số 42/TTr-SLĐTBXH …`
    line = _lines(WILD, "src_tvplcrawl_17", 9)
    body = "Giám đốc Sở Lao động - Thương binh và Xã hội"
    assert _one(line, "33/TTr-SLĐTBXH").issuer == body
    assert _one(line, "42/TTr-SLĐTBXH").issuer == body


@needs_shared
def test_the_bodies_that_issued_a_joint_document_before_it():
    # src_congbot_32: `… Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội ban hành Thông
    # tư liên tịch số 29/2010/TTLT-BGDĐT-BTC-BLĐTBXH …`: the list, not its last body
    joint = next(c for c in _shared_cites(WILD, "src_congbot_32") if c.number_symbol.startswith("29/2010/TTLT"))
    assert joint.issuer == "Liên Bộ Giáo dục và Đào tạo, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội"
    # a letter after two bodies is one body's: `… Sở Tài chính, Sở Nội vụ ban hành Công văn số …` names the last
    assert _one("Sở Tài chính, Sở Nội vụ ban hành Công văn số 12/SNV-TCBC ngày 02/3/2024 về việc hướng dẫn.",
                "12/SNV-TCBC").issuer == "Sở Nội vụ"


@needs_shared
def test_issuer_ends_where_the_citation_does():
    # src_tvplcrawl_36 L187: `… Quyết định số 12/2004/QĐ-BTC ngày 09/01/2004 của Bộ trưởng Bộ Tài chính: 01 bản chính;`
    assert _one(_lines(WILD, "src_tvplcrawl_36", 187), "12/2004/QĐ-BTC").issuer == "Bộ trưởng Bộ Tài chính"
    # `… của Chính phủ:` (src_tvplcrawl_61), `… của Chính phủ...` (src_congbot_16), `(… Quyết định 1966/QĐ-TCHQ ngày
    # 10/7/2015 của TCHQ) khi triển khai …` (src_tvplcrawl_27): the colon, the ellipsis and the bracket end the name
    for stem, symbol, body in (("src_tvplcrawl_61", "86/2020/NĐ-CP", "Chính phủ"), ("src_congbot_16", "56/2013/NĐ-CP", "Chính phủ"),
                               ("src_tvplcrawl_27", "1966/QĐ-TCHQ", "TCHQ")):
        issuers = {c.issuer for c in _shared_cites(WILD, stem) if c.number_symbol == symbol}
        assert body in issuers and not [i for i in issuers if i.endswith((":", ".", ")")) or " khi" in i], (stem, issuers)
    # src_congbot_3: a table of procedures, one row per line, whose last cell lists the bases `- Nghị định số …
    # của Chính phủ - Thông tư số … của Bộ Tài chính`, and the next row's number after it
    cites = [c for d in parse_file(str(WILD / "src_congbot_3.txt")) for c in d.citations]
    issuers = {c.issuer for c in cites if c.issuer}
    assert {"Chính phủ", "Bộ Tài chính", "Hội đồng nhân dân tỉnh"} <= issuers
    assert not [i for i in issuers if i[-1:].isdigit() or i.endswith("-")]
    # src_congbot_7 L2729: `… vào dự toán kinh phí thực hiện Pháp lệnh Ưu đãi người có công với cách mạng của địa phương;`:
    # whose budget it is, not who issued the ordinance
    ordinance = [c for c in _cites(_lines(WILD, "src_congbot_7", 2729)) if c.name.startswith("Pháp lệnh Ưu đãi")]
    assert ordinance and {c.issuer for c in ordinance} == {""}


@needs_shared
def test_issuer_is_the_whole_name_of_a_body():
    # src_congbot_24 L17: `Thông tư số 02/2017/TT-VPCP … của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn về nghiệp vụ …`:
    # one office holder's two titles, the body after the second
    office = _one(_lines(WILD, "src_congbot_24", 17), "02/2017/TT-VPCP")
    assert office.issuer == "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"
    assert office.subject == "nghiệp vụ kiểm soát thủ tục hành chính"
    # src_congbot_42 L9: `Sau khi thống nhất ý kiến với Ban tổ chức Trung ương Đảng (Văn bản số 152/CV-TCTW …), Bộ Tài chính
    # (Văn bản số 4773/TC-CSTC …)`: the body before the bracket, its field in lower case
    letters = {c.number_symbol: c.issuer for c in _cites(_lines(WILD, "src_congbot_42", 9))}
    assert letters["152/CV-TCTW"] == "Ban tổ chức Trung ương Đảng" and letters["4773/TC-CSTC"] == "Bộ Tài chính"
    # src_tvplcrawl_12 L9: `Báo cáo số 166/BC-ĐGS ngày … của Đoàn giám sát của Quốc hội về kết quả giám sát …`: a body named
    # after the body it belongs to
    report = _one(_lines(WILD, "src_tvplcrawl_12", 9), "166/BC-ĐGS")
    assert report.issuer == "Đoàn giám sát của Quốc hội" and report.subject.startswith("kết quả giám sát")
    # src_congbot_11 L27: a joint issuer's list of ministries after `liên Bộ:` is part of it (the colon left out)
    joint = _one(_lines(WILD, "src_congbot_11", 27), "06/2007/TTLT-BLĐTBXH-BTC-BYT")
    assert joint.issuer == "liên Bộ Lao động Thương binh và Xã hội - Tài chính - Y tế"


@needs_shared
def test_cues_as_a_scans_ocr_leaves_them():
    # devset fresh_13 (a scanned copy): L8 `V/v thrc hin Thông báo sf3 496-TB/TIJ`, L31 `Tlurc hin Thông báo s
    # 496-TB/T[J …`, L141–142 `… thirc hin Nghj quyêt sO 29-NQ/TW, Két luân s 51-KL/TW …`
    doc = parse_file(str(DEVSET / "fresh_13.txt"))[0]
    by_line = {}
    for c in doc.citations:
        by_line.setdefault(doc.text.count("\n", 0, c.start) + 1, []).append(c)
    assert [c.relation for c in by_line[8]] == ["thuc_hien"]
    assert [c.relation for c in by_line[31]] == ["thuc_hien"]
    assert {c.number_symbol: c.relation for c in by_line[142]} == {"29-NQ/TW": "thuc_hien", "51-KL/TW": "thuc_hien"}


@needs_shared
def test_the_heading_can_cu_phap_ly_is_no_can_cu():
    # devset fresh_27 L18–19: `1. Căn cứ pháp lý liên quan` / `Ngày 08/10/2024, Chính phủ ban hành Nghị định số 126/2024/NĐ-CP`:
    # the heading names the section's topic; the decree is told of, not cited as this document's basis
    decree = _one(_lines(DEVSET, "fresh_27", 18, 19), "126/2024/NĐ-CP")
    assert decree.relation == "other"
    assert _one("Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;",
                "126/2024/NĐ-CP").relation == "can_cu"


@needs_shared
def test_a_basis_and_the_laws_that_amended_it_and_no_more():
    # src_tvplcrawl_31 L7: `Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số 43/2024/QH15,
    # số 47/2024/QH15, …, Luật số 71/2025/QH15, số 84/2025/QH15, … và số 95/2025/QH15;`: every amending law is a basis
    bases = _cites(_lines(WILD, "src_tvplcrawl_31", 7))
    assert len(bases) == 8 and {c.relation for c in bases} == {"can_cu"}
    # src_congbot_24 L19: `Căn cứ các Quyết định của Bộ trưởng Bộ Lao động - Thương binh và Xã hội: Số 1025/QĐ-LĐTBXH …; số
    # 547/QĐ-LĐTBXH …; số 108/QĐ-LĐTBXH …`: the type word first, then the numbers, each a basis
    listed = _cites(_lines(WILD, "src_congbot_24", 19))
    assert len(listed) >= 3 and {c.relation for c in listed} == {"can_cu"}
    # devset fresh_44 L251: `1. Căn cứ vào kết quả của hội nghị …, … theo quy định tại Điều 35 của Luật bầu cử … và Nghị quyết
    # số 40/NQ-HĐBCQG …`: `Căn cứ` governs the meeting's result; the documents after it are no basis
    cited = _cites(_lines(DEVSET, "fresh_44", 251))
    assert cited and {c.relation for c in cited} == {"other"}


@needs_shared
def test_the_patterns_read_backwards_match_where_their_forward_reading_does():
    # The `…$` patterns of this round are matched backwards from the end of the words before a mention (`(?r)`,
    # `.match`); here each is checked against its forward search on the words before every type word and number
    # of the shared texts.
    import regex

    from pipeline.citations import fields, relations

    forward = [(fields.PROVISIONS_BEFORE, regex.compile(fields.PROVISIONS_BEFORE.pattern.replace("(?ri)", "(?i)"))),
               (relations._FOLLOWS, regex.compile(relations._FOLLOWS.pattern.replace("(?r)", ""))),
               (relations._RULE_FOR_A_CASE, regex.compile(relations._RULE_FOR_A_CASE.pattern.replace("(?r)", ""))),
               (fields._LIST_SEPARATOR, regex.compile(fields._LIST_SEPARATOR.pattern.replace("(?r)", ""))),
               (relations._VERB_BEFORE_THEO, regex.compile(relations._VERB_BEFORE_THEO.pattern.replace("(?r)", ""))),
               (relations._BETWEEN_QUALIFIER_AND_VERB,
                regex.compile(relations._BETWEEN_QUALIFIER_AND_VERB.pattern.replace("(?r)", "")))]
    hits = [0] * len(forward)
    for path in sorted(DEVSET.glob("*.txt"))[::2] + sorted(WILD.glob("*.txt"))[::6]:
        text = path.read_text(encoding="utf-8").lower()
        for m in regex.finditer(r"\s(?:\d|số|nghị|thông|quyết|luật|kế|công|chỉ)", text):
            stretch = text[max(0, m.start() - 200):m.start() + 1]
            for i, (backwards, plain) in enumerate(forward):
                found, back = plain.search(stretch), backwards.match(stretch)
                assert (back and back.start()) == (found and found.start()), (path.name, m.start(), i)
                hits[i] += found is not None
    assert min(hits) >= 10, hits
