"""Citations of shapes met on documents outside the answer keys. An amending law whose list numbers the
laws it amends, list items typed without their `;`, subjects that stop at the next item or at the citing
sentence's own clause, dashes around issuers, a year joined by a hyphen, yearless numbers dated apart, defined
short forms, names of law firms and sites on crawled pages, a page crawled as one long line. Real lines of the
shared texts where they exist (file and line in a comment, read from ../shared at test time), else sentences
written as the genre writes them (bodies, numbers and dates invented)."""
from __future__ import annotations

import time

import pytest

from pipeline.api import parse_file, parse_text
from pipeline.citations.index import derive_citation_index
from pipeline.normalize import normalize

from .conftest import SHARED, shared_lines as _lines

WILD = SHARED / "wild"
needs_shared = pytest.mark.skipif(not WILD.is_dir(), reason="needs ../shared/wild")

_HEAD = ("UBND HUYỆN AN PHÚ\nTRƯỜNG THCS BÌNH MINH\nSố: 45/KH-THCS\nAn Phú, ngày 10 tháng 9 năm 2024\n\n"
         "KẾ HOẠCH\nThực hiện quy chế dân chủ ở cơ sở năm học 2024-2025\n\n")


def _cites(body: str, head: str = _HEAD):
    return parse_text(normalize(head + body))[0].citations


@needs_shared
def test_an_amending_law_that_numbers_the_laws_it_amends_is_its_own_mention():
    # src_tvplcrawl_18 L6: `Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật sửa đổi, bổ sung một số điều của Luật Đất đai
    # số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín
    # dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024;`
    cites = parse_text(normalize(_lines(WILD, "src_tvplcrawl_18", 1, 8)))[0].citations
    amending = [c for c in cites if c.name.startswith("Luật sửa đổi")]
    assert len(amending) == 1
    law = amending[0]
    assert law.name == ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở, "
                        "Luật Kinh doanh bất động sản và Luật Các tổ chức tín dụng")
    assert law.citation_key == "Luật 43/2024/QH15" and law.number_symbol == ""
    assert law.issued_date == "2024-06-29" and law.relation == "can_cu"
    listed = {c.number_symbol: c for c in cites if c.number_symbol.endswith(("/QH15", "/QH14")) and c.start > law.start}
    assert set(listed) >= {"31/2024/QH15", "27/2023/QH15", "29/2023/QH15", "32/2024/QH15"}
    # the date after the list is the amending law's, not its last law's; the listed laws are nested (`other`)
    assert listed["32/2024/QH15"].issued_date == ""
    assert {listed[s].relation for s in ("31/2024/QH15", "32/2024/QH15")} == {"other"}


@needs_shared
def test_a_single_amended_law_leaves_the_number_after_it_to_the_amending_law():
    # src_tvplcrawl_9 L6: `… Luật sửa đổi, bổ sung một số điều của Luật Hải quan số 42/2005/QH11 …`: 42/2005/QH11 is the
    # amending law (the registry's row), as before
    cites = parse_text(normalize(_lines(WILD, "src_tvplcrawl_9", 1, 8)))[0].citations
    amending = [c for c in cites if c.name.startswith("Luật sửa đổi")]
    assert [c.number_symbol for c in amending] == ["42/2005/QH11"]


def test_items_after_one_cue_carry_its_relation_with_or_without_their_semicolon():
    cites = _cites("Thực hiện Công văn số 12/SGDĐT-VP ngày 05/8/2024 của Sở Giáo dục và Đào tạo về việc hướng dẫn nhiệm vụ "
                   "năm học 2024-2025 Công văn số 34/PGDĐT ngày 10/8/2024 của Phòng Giáo dục và Đào tạo về công tác dân vận; "
                   "Kế hoạch số 5/KH-UBND ngày 12/8/2024 của UBND huyện An Phú, cụ thể như sau:\n")
    assert [c.relation for c in cites] == ["thuc_hien"] * 3
    assert cites[0].subject == "hướng dẫn nhiệm vụ năm học 2024-2025"


def test_the_next_items_capitalised_cue_ends_a_subject_and_opens_the_item():
    cites = _cites("Căn cứ Kế hoạch số 5/KH-UBND ngày 12/8/2024 của UBND huyện An Phú về thực hiện quy chế dân chủ ở cơ sở "
                   "năm 2024 Thực hiện Công văn số 34/PGDĐT ngày 10/8/2024 của Phòng Giáo dục và Đào tạo về công tác dân vận;\n")
    assert cites[0].subject == "thực hiện quy chế dân chủ ở cơ sở năm 2024"
    assert [c.relation for c in cites] == ["can_cu", "thuc_hien"]


def test_a_law_named_after_a_verb_keeps_its_name_in_a_subject():
    cites = _cites("Căn cứ Luật số 97/2025/QH15 ngày 27/6/2025 về sửa đổi, bổ sung một số điều của Luật Công đoàn, "
                   "Luật Thực hiện dân chủ ở cơ sở;\n")
    assert cites[0].subject.endswith("Luật Thực hiện dân chủ ở cơ sở")


def test_a_doubled_cue_gives_its_first_verb_to_every_item():
    cites = _cites("Thực hiện và căn cứ Kế hoạch số 15/KH-PGDĐT ngày 03/9/2024 của Phòng Giáo dục và Đào tạo; "
                   "Công văn số 20/PGDĐT ngày 04/9/2024 của Phòng Giáo dục và Đào tạo;\nTrường xây dựng kế hoạch như sau:\n")
    assert [c.relation for c in cites] == ["thuc_hien", "thuc_hien"]


@pytest.mark.parametrize("tail,subject", [
    (", cụ thể như sau\n1. Mục đích\n", "thực hiện quy chế dân chủ ở cơ sở năm 2024"),
    (", nhà trường xây dựng kế hoạch thực hiện như sau:\n", "thực hiện quy chế dân chủ ở cơ sở năm 2024"),
    (", trường Tiểu học An Bình xây dựng kế hoạch như sau:\n", "thực hiện quy chế dân chủ ở cơ sở năm 2024"),
])
def test_a_subject_stops_where_the_citing_sentence_goes_on(tail, subject):
    cites = _cites("Thực hiện Kế hoạch số 5/KH-UBND ngày 12/8/2024 của UBND huyện An Phú về thực hiện quy chế dân chủ "
                   "ở cơ sở năm 2024" + tail)
    assert cites[0].subject == subject


def test_dashes_around_an_issuer():
    # a dash ending the line before the citing body
    cite = _cites("Thực hiện Kế hoạch số 5/KH-UBND ngày 12/8/2024 của UBND huyện An Phú -\n"
                  "Trường THCS Bình Minh xây dựng kế hoạch như sau:\n")[0]
    assert cite.issuer == "UBND huyện An Phú"
    # glued to the body's last word, before its subject
    cite = _cites("Thực hiện Kế hoạch số 5/KH-UBND ngày 12/8/2024 của UBND huyện An Phú- về thực hiện quy chế dân chủ.\n")[0]
    assert (cite.issuer, cite.subject) == ("UBND huyện An Phú", "thực hiện quy chế dân chủ")
    # before the date
    cite = _cites("Thực hiện Công văn số 34/PGDĐT-TH của Phòng Giáo dục và Đào tạo - ngày 10/8/2024 về công tác dân vận.\n")[0]
    assert (cite.issuer, cite.issued_date, cite.subject) == ("Phòng Giáo dục và Đào tạo", "2024-08-10", "công tác dân vận")
    # a ministry's name broken at its dash is still one name
    cite = _cites("Thực hiện Công văn số 1234/LĐTBXH-KHTC ngày 02/4/2024 của Bộ Lao động -\nThương binh và Xã hội.\n")[0]
    assert cite.issuer.startswith("Bộ Lao động") and "Thương binh" in cite.issuer


def test_a_year_joined_by_a_hyphen():
    cite = _cites("Căn cứ Thông tư số 09/2009-TT-BGDĐT ngày 07/5/2009 của Bộ Giáo dục và Đào tạo;\n")[0]
    assert (cite.number_symbol, cite.citation_key) == ("09/2009/TT-BGDĐT", "Thông tư 09/2009/TT-BGDĐT")


def test_one_yearless_number_dated_weeks_apart_in_one_text_is_two_documents():
    cites = _cites("Thực hiện Công văn số 12/PGDĐT ngày 05/8/2024 của Phòng Giáo dục và Đào tạo về công tác dân vận.\n"
                   "Tiếp tục thực hiện Công văn số 12/PGDĐT ngày 20/9/2024 của Phòng Giáo dục và Đào tạo về thi đua.\n"
                   "Báo cáo theo Công văn số 12/PGDĐT.\n")
    keys = [c.citation_key for c in cites]
    assert keys[0] != keys[1] and keys[2] == keys[1]
    # a date a few days off is the same document mistyped
    cites = _cites("Thực hiện Công văn số 12/PGDĐT ngày 05/8/2024 của Phòng Giáo dục và Đào tạo về công tác dân vận.\n"
                   "Tiếp tục thực hiện Công văn số 12/PGDĐT ngày 06/8/2024 của Phòng Giáo dục và Đào tạo.\n")
    assert cites[0].citation_key == cites[1].citation_key


def test_across_the_run_a_yearless_number_dated_weeks_apart_is_two_documents(tmp_path):
    import duckdb
    import pyarrow as pa
    con = duckdb.connect()
    rows = [("a", "05/KH-UBND", "2024-03-12"), ("b", "05/KH-UBND", "2024-09-20"), ("c", "05/KH-UBND", "2024-03-14"),
            ("d", "05/KH-UBND", ""), ("e", "12/2024/NĐ-CP", "2024-01-05"), ("f", "12/2024/NĐ-CP", "2024-06-05")]
    n = len(rows)
    con.register("c_rows", pa.table({
        "doc_id": [r[0] for r in rows], "number_symbol": [r[1] for r in rows], "issued_date": [r[2] for r in rows],
        "doc_type": ["Kế hoạch"] * 4 + ["Nghị định"] * 2, "name": [""] * n, "year": ["2024"] * n,
        "citation_key_local": ["Kế hoạch 05/KH-UBND (2024)"] * 4 + ["Nghị định 12/2024/NĐ-CP"] * 2,
        "citation_key": [""] * n, "issuer": [""] * n, "issuer_normalized": [""] * n, "subject": [""] * n,
        "surface": ["x"] * n, "replaced_by": [""] * n, "resolution": ["symbol"] * n}))
    con.execute("CREATE TABLE citations AS SELECT * FROM c_rows")
    con.execute("CREATE TABLE documents AS SELECT 'a' AS doc_id, '2024-10-01' AS issued_date, 2024 AS year, "
                "'' AS doc_number, '' AS issuer")
    derive_citation_index(con)
    keys = dict(con.execute("SELECT doc_id, citation_key FROM citations").fetchall())
    assert keys["a"] == keys["c"] == "Kế hoạch 05/KH-UBND (2024) — 2024-03-12"
    assert keys["b"] == "Kế hoạch 05/KH-UBND (2024) — 2024-09-20"
    assert keys["e"] == keys["f"] == "Nghị định 12/2024/NĐ-CP"  # a symbol with its year is one document whatever its dates


def test_a_defined_short_form_is_no_mention_of_its_own():
    cites = _cites("Thực hiện Đề án số 06/ĐA-UBND ngày 15/3/2024 của UBND huyện An Phú về chuyển đổi số (gọi tắt là Đề án 06), "
                   "nhà trường xây dựng kế hoạch.\nCác tổ triển khai Đề án 06 đến giáo viên.\n")
    assert [c.surface for c in cites] == ["Đề án số 06/ĐA-UBND", "Đề án 06"]
    assert cites[1].citation_key == cites[0].citation_key
    assert cites[1].start > _HEAD.__len__() + 150  # the later use, not the definition


def test_law_firms_and_site_names_on_a_crawled_page_are_no_citations():
    cites = _cites("Trang chủ Dân Luật Việt Nam Luật sư tư vấn Luật Việt Nam Thư viện pháp luật Luật Minh Khuê Tổng đài\n"
                   "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\n"
                   "Công ty Luật TNHH Minh Khuê. Văn phòng Luật Dân Việt.\n")
    assert [c.citation_key for c in cites] == ["Luật 43/2019/QH14"]


@needs_shared
def test_a_law_whose_field_is_a_proper_noun_is_registered():
    # src_tvplcrawl_28 L10: `Căn cứ Luật Biển Việt Nam ngày 21 tháng 6 năm 2012;`
    cite = parse_text(normalize(_lines(WILD, "src_tvplcrawl_28", 1, 10)))[0].citations[-1]
    assert (cite.name, cite.citation_key) == ("Luật Biển Việt Nam", "Luật 18/2012/QH13")


def test_a_page_crawled_as_one_long_line_keeps_every_mention_and_stays_linear():
    item = ("Thực hiện Công văn số {n}/PGDĐT ngày 05/8/2024 của Phòng Giáo dục và Đào tạo huyện An Phú về việc triển khai "
            "công tác dân vận năm học 2024-2025 theo Luật Giáo dục năm 2019, các trường tổ chức quán triệt; ")
    timings = []
    for count in (400, 1600):
        body = "".join(item.format(n=i + 1) for i in range(count))
        t0 = time.perf_counter()
        cites = _cites(body)
        timings.append(time.perf_counter() - t0)
        numbered = [c for c in cites if c.number_symbol]
        assert len(numbered) == count
        assert all(c.issued_date == "2024-08-05" and c.issuer == "Phòng Giáo dục và Đào tạo huyện An Phú" for c in numbered)
    # four times the mentions, not sixteen times the time (it was quadratic in OCR repair: 11 s at 4,000)
    assert timings[1] < timings[0] * 10


@needs_shared
def test_a_preamble_run_into_its_title_on_one_line_still_gives_its_bases():
    # src_tvplcrawl_48 L6: `NGHỊ ĐỊNH QUY ĐỊNH THI HÀNH BỘ LUẬT DÂN SỰ VỀ BẢO ĐẢM THỰC HIỆN NGHĨA VỤ Căn cứ Luật Tổ chức Chính
    # phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung …`
    cites = parse_text(normalize(_lines(WILD, "src_tvplcrawl_48", 1, 6)))[0].citations
    bases = [c for c in cites if c.citation_key in ("Luật 76/2015/QH13", "Luật 47/2019/QH14") and c.issued_date]
    assert len(bases) == 2 and {c.relation for c in bases} == {"can_cu"}


@needs_shared
def test_a_preamble_crawled_as_one_line_reads_as_its_lines_do():
    # src_tvplcrawl_56 L1–12 (`… NGHỊ ĐỊNH VỀ ĐĂNG KÝ BIỆN PHÁP BẢO ĐẢM ⏎ Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm
    # 2015 ⏎ Căn cứ Bộ luật dân sự ngày 24 tháng 11 năm 2015; ⏎ …`), its lines joined into one as a crawled page has them
    text = _lines(WILD, "src_tvplcrawl_56", 1, 12)
    as_lines = parse_text(normalize(text))[0].citations
    one_line = parse_text(normalize(" ".join(text.split("\n"))))[0].citations
    fields = lambda cites: [(c.citation_key, c.issued_date, c.issuer, c.relation) for c in cites]  # noqa: E731
    assert fields(one_line) == fields(as_lines)
    assert {c.relation for c in one_line if c.issued_date} == {"can_cu"}


def test_items_of_a_list_announced_by_a_cue_and_a_colon_carry_its_relation():
    cites = _cites("Căn cứ các văn bản sau:\n"
                   "- Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của "
                   "cơ quan hành chính nhà nước;\n"
                   "- Thông tư số 11/2020/TT-BGDĐT ngày 19/5/2020 của Bộ Giáo dục và Đào tạo;\n"
                   "Thực hiện các văn bản chỉ đạo sau:\n"
                   "1. Kế hoạch số 102/KH-PGDĐT ngày 20/9/2024 của Phòng GD&ĐT huyện Lạc Thủy;\n"
                   "2. Công văn số 88/PGDĐT ngày 25/9/2024 của Phòng GD&ĐT huyện Lạc Thủy.\n"
                   "Nhà trường xây dựng kế hoạch như sau:\n"
                   "Các tổ chuyên môn thực hiện các nội dung sau:\n"
                   "- Tuyên truyền Nghị định số 04/2015/NĐ-CP đến giáo viên.\n")
    assert [c.relation for c in cites] == ["can_cu", "can_cu", "thuc_hien", "thuc_hien", "other"]


@pytest.mark.parametrize("heading", ["Căn cứ:", "1. Căn cứ:", "a) Căn cứ:"])
def test_every_item_under_a_bare_can_cu_heading_is_a_basis(heading):
    # as school plans list their bases: items marked or not, an item's line wrapped where pdftotext breaks it
    cites = _cites(f"{heading}\n"
                   "- Luật Giáo dục ngày 14 tháng 6 năm 2019;\n"
                   "- Nghị định số 24/2021/NĐ-CP ngày 23/3/2021 của Chính phủ quy định việc quản lý trong cơ sở "
                   "giáo dục mầm non;\n"
                   "Luật Trẻ em năm 2016;\n"
                   "Quyết định số 2345/QĐ-UBND ngày 03/3/2024 của UBND tỉnh;\n"
                   "- Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ Giáo dục và Đào tạo ban hành Điều lệ trường mầm\n"
                   "non;\n"
                   "- Công văn số 1254/SGDĐT-GDMN ngày 12/8/2024 của Sở Giáo dục và Đào tạo về hướng dẫn nhiệm vụ năm học.\n"
                   "I. MỤC ĐÍCH, YÊU CẦU\n"
                   "- Kế hoạch số 12/KH-UBND ngày 03/3/2024 của UBND huyện đã đề ra mục tiêu phát triển giáo dục.\n")
    assert [(c.doc_type, c.relation) for c in cites] == [
        ("Luật", "can_cu"), ("Nghị định", "can_cu"), ("Luật", "can_cu"), ("Quyết định", "can_cu"),
        ("Thông tư", "can_cu"), ("Công văn", "can_cu"),
        ("Kế hoạch", "other")]  # (under the next heading: no item of the list)


@pytest.mark.parametrize("heading", ["Phần I\nCĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Căn cứ pháp lý\n", "I. CĂN CỨ",
                                     "A. CĂN CỨ XÂY DỰNG KẾ HOẠCH"])
def test_every_item_under_a_heading_of_bases_is_a_basis(heading):
    # a school's educational plan laid out as Thông tư 32/2020/TT-BGDĐT has it: its bases under a heading of their
    # own, no colon, the items numbered or marked, a blank line between them as Word saves them (a part lettered `A.`
    # in a held-out school plan)
    cites = _cites(f"{heading}\n"
                   "1. Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành "
                   "Chương trình giáo dục phổ thông;\n\n"
                   "2. Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;\n\n"
                   "- Hướng dẫn số 5775/SGDĐT-GDTrH ngày 20/8/2025 của Sở GD&ĐT về hướng dẫn thực hiện nhiệm vụ năm học "
                   "2025 - 2026.\n\n"
                   "II. MỤC TIÊU\n"
                   "- Thực hiện tốt Kế hoạch số 12/KH-UBND ngày 03/3/2025 của UBND huyện.\n")
    assert [(c.doc_type, c.relation) for c in cites] == [
        ("Thông tư", "can_cu"), ("Luật", "can_cu"), ("Hướng dẫn", "can_cu"), ("Kế hoạch", "thuc_hien")]


def test_a_basis_typed_with_the_number_fields_colon_is_a_citation():
    # `Căn cứ Thông tư số: 09/2009/TT-BGDĐT ngày 07-5-2009 …` (a school's decision, typed as teachers type the
    # header's `Số:`): the colon makes no header field of a basis; the document's own `Số:` line still is one
    cites = _cites("Căn cứ Thông tư số: 09/2009/TT-BGDĐT ngày 07-5-2009 của Bộ Giáo dục và Đào tạo ban hành Quy chế "
                   "thực hiện công khai đối với cơ sở giáo dục của hệ thống giáo dục quốc dân;\n"
                   "Thực hiện Công văn số:45/PGDĐT ngày 05/9/2010 của Phòng GD&ĐT về triển khai Thông tư số: "
                   "09/2009/TT-BGDĐT.\n")
    assert [(c.number_symbol, c.relation, c.issued_date) for c in cites][:2] == [
        ("09/2009/TT-BGDĐT", "can_cu", "2009-05-07"), ("45/PGDĐT", "thuc_hien", "2010-09-05")]
    assert all(c.number_symbol != "45/KH-THCS" for c in cites)  # the plan's own `Số: 45/KH-THCS`


def test_a_word_typed_twice_before_the_issuer_or_the_subject_is_read_once():
    # `… ngày 28/2/2023 của của Bộ trưởng …`, `… của Bộ GD&ĐT về về chức năng …`: slips a school's plan keeps
    cites = _cites("Căn cứ Thông tư số 05/2023/TT-BGDĐT ngày 28/2/2023 của của Bộ trưởng Bộ Giáo dục và Đào tạo về "
                   "Quy chế tổ chức và hoạt động của trường trung học phổ thông chuyên;\n"
                   "Căn cứ Thông tư số 41/2010/TT-BGDĐT ngày 30/12/2010 của Bộ GD&ĐT về về chức năng nhiệm vụ và "
                   "quyền hạn của Hiệu trưởng trường tiểu học;\n")
    assert [(c.issuer, c.subject) for c in cites] == [
        ("Bộ trưởng Bộ Giáo dục và Đào tạo", "Quy chế tổ chức và hoạt động của trường trung học phổ thông chuyên"),
        ("Bộ GD&ĐT", "chức năng nhiệm vụ và quyền hạn của Hiệu trưởng trường tiểu học")]


def test_a_subject_opened_with_v_v_after_the_issuer_ends_the_issuer():
    # a school's opening-ceremony plan (its portal's copy): `Công văn 201/PGDĐT-HCTH ngày 6 tháng 8 năm 2019 của PGD
    # huyện Mỹ Lộc V/v chuẩn bị cho năm học mới …` (main: issuer `PGD huyện Mỹ Lộc V/v`, no subject), as `về` does
    cite, = _cites("Căn cứ Công văn 201/PGDĐT-HCTH ngày 6 tháng 8 năm 2019 của PGD huyện Mỹ Lộc V/v chuẩn bị cho năm "
                   "học mới 2019-2020;\n")
    assert (cite.issuer, cite.subject) == ("PGD huyện Mỹ Lộc", "chuẩn bị cho năm học mới 2019-2020")


def test_a_plan_two_bodies_issue_together_names_both_after_giua():
    # a district office's notice (held-out): `Kế hoạch số 08/PGDĐT-HĐTN, ngày 20/02/2017 giữa Phòng Giáo dục & Đào tạo
    # và Huyện Đoàn Thanh niên huyện Trà Cú về việc tổ chức Hội thi …` (main: no issuer, no subject), as a joint
    # resolution's `giữa …` is read
    cite, = _cites("Thực hiện Kế hoạch số 08/PGDĐT-HĐTN, ngày 20/02/2017 giữa Phòng Giáo dục & Đào tạo và Huyện Đoàn "
                   "Thanh niên huyện Trà Cú về việc tổ chức Hội thi nghi thức Đội năm học 2016-2017;\n")
    assert (cite.issuer, cite.subject) == ("Phòng Giáo dục & Đào tạo và Huyện Đoàn Thanh niên huyện Trà Cú",
                                           "tổ chức Hội thi nghi thức Đội năm học 2016-2017")


def test_an_issuer_on_the_titles_wrapped_line_opened_by_a_capital_cua():
    # a commune's plan (held-out): its title wraps as `Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023` ⏎ `Của Ban
    # Thường vụ Tỉnh ủy khóa XX về chuyển đổi số …`, the wrapped line opening with a capital (main: no issuer, no subject)
    cite, = _cites("Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023\nCủa Ban Thường vụ Tỉnh ủy khóa XX về chuyển đổi số "
                   "tỉnh Quảng Ngãi đến năm 2025\n")
    assert (cite.issuer, cite.subject) == ("Ban Thường vụ Tỉnh ủy khóa XX", "chuyển đổi số tỉnh Quảng Ngãi đến năm 2025")


def test_bases_under_a_heading_with_its_full_stop_and_a_mistyped_ngay():
    # A primary school's plan as posted (held-out shape): `I. Căn cứ xây dựng kế hoạch.` over items with no mark and
    # no `Căn cứ` (relation was `other`), one item's `ngày` typed twice and another's with the wrong tone (date, and
    # the subject after it, were lost).
    body = ("I. Căn cứ xây dựng kế hoạch.\n"
            "Quyết định số 04/QĐ-TTg ngày 27/3/2015 của Thủ tướng Chính phủ về phê duyệt Đề án đổi mới chương trình;\n"
            "Thông tư 28/2020/TT-BGDĐT ngày ngày 04 tháng 9 năm 2020 về việc Ban hành điều lệ trường Tiểu học;\n"
            "Chỉ thị số 17/CT-TTg ngầy 16/5/2016 của Thủ tướng Chính phủ về việc tăng cường chỉ đạo phòng, chống đuối "
            "nước cho học sinh;\n"
            "II. Mục tiêu\n1. Nâng cao chất lượng giáo dục.\n")
    cited = {c.citation_key: c for c in _cites(body)}
    assert {key: c.relation for key, c in cited.items()} == {
        "Quyết định 04/QĐ-TTg (2015)": "can_cu", "Thông tư 28/2020/TT-BGDĐT": "can_cu", "Chỉ thị 17/CT-TTg (2016)": "can_cu"}
    assert (cited["Thông tư 28/2020/TT-BGDĐT"].issued_date, cited["Thông tư 28/2020/TT-BGDĐT"].subject) == \
        ("2020-09-04", "Ban hành điều lệ trường Tiểu học")
    assert (cited["Chỉ thị 17/CT-TTg (2016)"].issued_date, cited["Chỉ thị 17/CT-TTg (2016)"].issuer) == \
        ("2016-05-16", "Thủ tướng Chính phủ")


def test_a_laws_year_ending_its_sentence_is_read():
    # A year written after a law's name before a full stop was dropped (a notice's `… tại khoản 3, điều 18 trong Luật
    # Tiếp công dân năm 2013.`, held-out; src_tvplcrawl_28 L30 `… Điều 190 Luật Đất đai năm 2024.`), and the version in
    # force taken instead (`Bộ luật 91/2015/QH13` for a sentence on the 2005 code).
    cited = _cites("I. CĂN CỨ\nCăn cứ Luật Tiếp công dân năm 2013.\n"
                   "II. NỘI DUNG\n1. Hợp đồng xác lập trước ngày 01-01-2006 thì áp dụng Bộ luật Dân sự năm 2005.\n")
    assert [(c.citation_key, c.year) for c in cited] == [("Luật 42/2013/QH13", "2013"), ("Bộ luật 33/2005/QH11", "2005")]


def test_a_subject_ends_before_the_office_that_speaks_after_it():
    # A province's letter (held-out shape, Hậu Giang 2011): `… Công văn số 847/UBND-VX1 ngày … của UBND tỉnh Quảng Ninh
    # V/v tiếp tục phối hợp tuyên truyền …, Chủ tịch UBND tỉnh có ý kiến như sau:` — the subject ran on into the
    # chair's clause. devset fresh_19 L14 keeps `…, Phó Chủ tịch UBND tỉnh tại buổi làm việc nghe báo cáo …` whole.
    cited = _cites("Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011 của UBND tỉnh Quảng "
                   "Ninh V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế "
                   "giới, Chủ tịch UBND tỉnh có ý kiến như sau:\n")
    assert [c.subject for c in cited] == ["tiếp tục phối hợp tuyên truyền và tham gia bầu chọn Vịnh Hạ Long là kỳ quan "
                                          "thiên nhiên thế giới"]


def test_an_issuer_ends_before_its_trich_yeu_verb_broken_by_a_page():
    # A Sở's letter printed by pdftotext (held-out shape, Lào Cai 2026): `… của Bộ trưởng Bộ Công Thương quy` ⏎⏎ `định
    # về lập và phê duyệt kế hoạch …` — the page's break parts `quy định`; the issuer took `quy`.
    cited = _cites("I. CĂN CỨ\n- Căn cứ Thông tư số 24/2025/TT-BCT ngày 13/5/2025 của Bộ trưởng Bộ Công Thương quy\n\n"
                   "định về lập và phê duyệt kế hoạch quản lý rủi ro trong khai thác khoáng sản;\n")
    assert [c.issuer for c in cited] == ["Bộ trưởng Bộ Công Thương"]


def test_a_doubled_hyphen_and_the_word_after_a_spaced_code():
    # Schools' pages (held-out shapes): `Thông tư số 28/2020/TT--BGDĐT` (the symbol was cut to `28/2020/TT`, its date,
    # issuer and subject lost) and `Công văn … số 171 /PGDĐT Về việc tổ chức …` (the code took `Về`).
    cited = _cites("I. CĂN CỨ\n- Căn cứ Thông tư số 28/2020/TT--BGDĐT ngày 04/9/2020 của Bộ Giáo dục và Đào tạo về việc "
                   "ban hành Điều lệ trường tiểu học;\n- Căn cứ Công văn số 171 /PGDĐT Về việc tổ chức hội thi giáo viên "
                   "dạy giỏi;\n")
    assert [(c.number_symbol, c.issued_date, c.subject) for c in cited] == [
        ("28/2020/TT-BGDĐT", "2020-09-04", "ban hành Điều lệ trường tiểu học"),
        ("171/PGDĐT", "", "tổ chức hội thi giáo viên dạy giỏi")]


@needs_shared
def test_a_type_written_by_its_symbols_code_opens_the_mention():
    """A Party committee's plan lists what it carries out as such plans write it (`KH số 245-KH/HU`, `NQ 27-NQ/TW`: the
    type by its code, Nghị định 30/2020/NĐ-CP Phụ lục III): the code is the mention's type word, so the mention is
    written from it and takes the list's `Thực hiện` (the last, read without its type, was `other`); src_congbot_35 L4
    `QĐ số 22/2013/QĐ-TTg`, and a ministry's table cell `Theo NQ 01` (src_tvplcrawl_47, Nghị quyết 01/NQ-CP)."""
    head = ("ĐẢNG BỘ HUYỆN HÒA VANG\nĐẢNG ỦY XÃ HÒA PHONG\nSố: 112-KH/ĐU\nHòa Phong, ngày 12 tháng 3 năm 2025\n\n"
            "KẾ HOẠCH\ntuyên truyền kỷ niệm các ngày lễ lớn năm 2025\n\n")
    cites = _cites("Thực hiện Hướng dẫn số 141-HD/BTGTW, ngày 18/11/2024 của Ban Tuyên giáo Trung ương; KH số 245-KH/HU ngày "
                   "02/01/2025 của Huyện ủy Hòa Vang; NQ 27-NQ/TW ngày 9/11/2022 của Hội nghị lần thứ sáu Ban Chấp hành "
                   "Trung ương Đảng khóa XIII về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt "
                   "Nam trong giai đoạn mới, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:\n", head)
    assert [(c.surface, c.doc_type, c.relation) for c in cites] == [
        ("Hướng dẫn số 141-HD/BTGTW", "Hướng dẫn", "thuc_hien"), ("KH số 245-KH/HU", "Kế hoạch", "thuc_hien"),
        ("NQ 27-NQ/TW", "Nghị quyết", "thuc_hien")]
    decision = parse_text(normalize((WILD / "src_congbot_35.txt").read_text(encoding="utf-8")))[0].citations
    assert "QĐ số 22/2013/QĐ-TTg" in {c.surface for c in decision}
    programme = parse_text(normalize((WILD / "src_tvplcrawl_47.txt").read_text(encoding="utf-8")))[0].citations
    assert {c.number_symbol for c in programme if c.surface == "NQ 01"} == {"01/NQ-CP"}


@needs_shared
def test_a_number_alone_that_ends_its_sentence_or_clause_is_a_short_mention():
    """`Đánh giá đúng thực chất kết quả học tập theo Thông tư 22.` after `Thông tư 22/2021/TT-BGDĐT` in the bases (a
    school's assessment plan, as such plans write it), and src_tvplcrawl_47's table cells `Theo NQ 01, thời gian trình
    …`: the number before a full stop or a comma is the short mention of the document cited in full (it was passed
    over, only a digit after the mark makes it a decimal)."""
    cites = _cites("Căn cứ Thông tư 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GDĐT quy định về đánh giá học sinh trung học "
                   "cơ sở và học sinh trung học phổ thông;\nI. MỤC ĐÍCH\nĐánh giá đúng thực chất kết quả học tập theo "
                   "Thông tư 22.\nĐiểm trung bình môn đạt từ 6,5 trở lên theo Thông tư 22, tỷ lệ 22.5% học sinh.\n")
    assert [(c.surface, c.number_symbol) for c in cites] == [("Thông tư 22/2021/TT-BGDĐT", "22/2021/TT-BGDĐT"),
                                                            ("Thông tư 22", "22/2021/TT-BGDĐT"),
                                                            ("Thông tư 22", "22/2021/TT-BGDĐT")]
    programme = parse_text(normalize((WILD / "src_tvplcrawl_47.txt").read_text(encoding="utf-8")))[0].citations
    assert len([c for c in programme if c.surface == "NQ 01"]) >= 5


def test_a_date_written_out_without_its_year_still_leaves_the_issuer_and_subject():
    """`Căn cứ Công văn số 184/PGD&ĐT ngày 06 tháng 9 năm của ngành Giáo dục và Đào tạo thị xã Hương Thủy về việc Hướng
    dẫn thực hiện nhiệm vụ giáo dục mầm non …;` (a preschool's plan posted on its site, the year of the date left out):
    no date, but the issuer and the subject after it are read (the unfinished date stopped the reading)."""
    (cite,) = _cites("Căn cứ Công văn số 184/PGD&ĐT ngày 06 tháng 9 năm của ngành Giáo dục và Đào tạo thị xã Hương Thủy "
                     "về việc Hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2016 – 2017;\n")
    assert (cite.number_symbol, cite.issued_date) == ("184/PGD&ĐT", "")
    assert cite.issuer == "ngành Giáo dục và Đào tạo thị xã Hương Thủy"
    assert cite.subject == "Hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2016 – 2017"


def test_a_subject_closed_by_its_issuer_ends_before_the_citing_clause_after_its_comma():
    """`… Quyết định số 2071/QĐ-BGDĐT ngày 16/6/2017 về việc Ban hành Khung kế hoạch thời gian năm học … áp dụng từ năm
    học 2017- 2018 của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT), giáo dục trung học tiếp tục triển khai thực hiện …` (a
    ministry's letter on the year's tasks, its lines wrapped as a PDF's text wraps them): the issuer closes the
    description, the clause after the comma is the letter's own (the subject ran on to the end of the sentence)."""
    cites = _cites("Thực hiện Quyết định số 2071/QĐ-BGDĐT ngày\n16/6/2017 về việc Ban hành Khung kế hoạch thời gian năm học "
                   "đối với giáo dục mầm non,\ngiáo dục phổ thông và giáo dục thường xuyên áp dụng từ năm học 2017- 2018 "
                   "của Bộ\ntrưởng Bộ Giáo dục và Đào tạo (GDĐT), giáo dục trung học tiếp tục triển khai thực hiện\n09 nhóm "
                   "nhiệm vụ chủ yếu và 05 giải pháp cơ bản của toàn ngành, trong đó tập trung\nthực hiện các nhiệm vụ sau:\n")
    (cite,) = cites
    assert cite.subject == ("Ban hành Khung kế hoạch thời gian năm học đối với giáo dục mầm non, giáo dục phổ thông và giáo "
                            "dục thường xuyên áp dụng từ năm học 2017- 2018")
    assert cite.issuer == "Bộ trưởng Bộ Giáo dục và Đào tạo"


def test_a_basis_after_a_comma_with_its_capital_is_a_basis():
    """`Thực hiện Công văn số 480-CV/HU ngày 17/3/2022 của Ban Thường vụ Huyện ủy, Căn cứ hướng dẫn số 01-HD/BTCHU ngày
    18/3/2022 của Ban Tổ chức huyện ủy …` (a school Party cell's plan, its list's items joined by a comma): the capital
    `Căn cứ` opens the next item, whose document is a basis (it was `other`: the sentence opened with `Thực hiện`)."""
    head = ("ĐẢNG BỘ XÃ MỸ HƯNG\nCHI BỘ TRƯỜNG MẦM NON\nSố: 10-KH/CBMN\nMỹ Hưng, ngày 02 tháng 4 năm 2022\n\nKẾ HOẠCH\n"
            "Tổ chức Đại hội Chi bộ nhiệm kỳ 2022 - 2025\n\n")
    cites = _cites("Thực hiện Công văn số 480-CV/HU ngày 17/3/2022 của Ban Thường vụ Huyện ủy, Căn cứ hướng dẫn số "
                   "01-HD/BTCHU ngày 18/3/2022 của Ban Tổ chức huyện ủy hướng dẫn Đại hội Chi bộ trực thuộc Đảng bộ cơ sở "
                   "nhiệm kỳ 2022 - 2025.\n", head)
    assert [(c.number_symbol, c.relation) for c in cites] == [("480-CV/HU", "thuc_hien"), ("01-HD/BTCHU", "can_cu")]


def test_số_that_ends_a_laws_name_is_no_number_keyword():
    """`Pháp lệnh Dân số`, `Luật Chuyển đổi số`, `Luật Công nghiệp công nghệ số năm 2025` (a women's union plan lists
    laws by name): `số` not followed by a number is a word of the name (the names were cut to `Pháp lệnh Dân`);
    `Luật Đất đai số 31/2024/QH15` keeps its number."""
    cites = _cites("- Tiếp tục tuyên truyền Luật Trẻ em năm 2016; Pháp lệnh Dân số; Luật Chuyển đổi số, Luật Đất đai số "
                   "31/2024/QH15; Luật Công nghiệp công nghệ số năm 2025.\n")
    assert [(c.name, c.number_symbol) for c in cites] == [
        ("Luật Trẻ em", ""), ("Pháp lệnh Dân số", ""), ("Luật Chuyển đổi số", ""), ("Luật Đất đai", "31/2024/QH15"),
        ("Luật Công nghiệp công nghệ số", "")]


def test_pháp_luật_in_capitals_is_no_law_named():
    """A legal site's banner copied above the document (`… của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói
    cước.`): `Luật` after `Pháp` is the word `pháp luật`, no law (`Luật Vui lòng lựa chọn` was cited); `một số điều
    Luật Quản lý thuế` (src_tvplcrawl_18 L12, `của` left out) still cites the law."""
    cites = _cites("Để sử dụng toàn bộ tiện ích nâng cao của Hệ Thống Pháp Luật vui lòng lựa chọn và đăng ký gói cước.\n"
                   "Căn cứ Nghị định số 126/2020/NĐ-CP quy định chi tiết một số điều Luật Quản lý thuế;\n")
    assert [c.name or c.number_symbol for c in cites] == ["126/2020/NĐ-CP", "Luật Quản lý thuế"]


def test_a_basis_named_by_the_rules_a_document_issued_is_can_cu():
    """`Căn cứ Điều lệ Hội thi giáo viên dạy giỏi THCN ban hành theo Quyết định số 26/2003/QĐ–BGDĐT …` (a Sở's contest
    notice): the rules are no document of their own, the decision that issued them is the basis (it was `other`, the
    cue read `theo`), as `Thực hiện đúng Điều lệ … ban hành kèm theo Thông tư số …` is carried out."""
    head = "SỞ GIÁO DỤC VÀ ĐÀO TẠO BÌNH DƯƠNG\nSố: 143/TB-SGDĐT\n\nTHÔNG BÁO\nVề việc tổ chức Hội thi giáo viên dạy giỏi\n\n"
    cites = _cites("Căn cứ Điều lệ Hội thi giáo viên dạy giỏi THCN ban hành theo Quyết định số 26/2003/QĐ–BGDĐT ngày "
                   "16/6/2003, Sở Giáo dục và Đào tạo tổ chức Hội thi.\n"
                   "- Các trường thực hiện đúng Điều lệ trường trung học ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT.\n",
                   head)
    assert [(c.number_symbol, c.relation) for c in cites] == [("26/2003/QĐ-BGDĐT", "can_cu"),
                                                              ("32/2020/TT-BGDĐT", "thuc_hien")]


def test_a_law_and_an_ordinance_named_by_their_short_names_share_the_registrys_key():
    """`Luật Phòng chống HIV/AIDS`, `Luật Phòng, chống HIV/AIDS` (a women's union plan) and `Pháp lệnh Dân số`: the
    registry's rows (models/legal_registry.tsv, with sources) give each its numbered key, one key however the name is
    written (they were two keys by name, the ordinance none by number)."""
    cites = _cites("- Tiếp tục tuyên truyền Luật Phòng chống HIV/AIDS; Pháp lệnh Dân số; Luật Phòng, chống HIV/AIDS.\n")
    keys = [c.citation_key for c in cites]
    assert keys == ["Luật 64/2006/QH11", "Pháp lệnh 06/2003/PL-UBTVQH11", "Luật 64/2006/QH11"]


def test_a_blank_typed_for_the_hyphen_of_a_party_symbol_after_số():
    """`Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn`, `Hướng dẫn số 12 HD/TU` (a Youth
    Union decision posted as one line): the number and its type code parted by a blank are one symbol, written with
    its hyphen (neither was cited); `12 HS/lớp` is no symbol."""
    cites = _cites("Căn cứ Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn;\n"
                   "Căn cứ Hướng dẫn số 12 HD/TU ngày 05/01/2024 của Tỉnh ủy;\n- Mỗi lớp có 12 HS/lớp.\n")
    assert [(c.number_symbol, c.issued_date) for c in cites] == [("84-QĐ/TWĐTN", "2013-02-22"),
                                                                ("12-HD/TU", "2024-01-05")]


def test_a_named_law_whose_number_wraps_to_the_next_line_keeps_its_number():
    # A line wrapped after `số` (web copies and PDF text keep the page's line ends): the number on the next
    # line is the law's, with its date, as when written on one line.
    cites = _cites("Căn cứ Luật Hộ tịch số\n60/2014/QH13 ngày 20 tháng 11 năm 2014;\n"
                   "Căn cứ Luật Phổ biến, giáo dục pháp luật số\n14/2012/QH13 ngày 20 tháng 6 năm 2012;\n")
    laws = [(c.name, c.number_symbol, c.issued_date) for c in cites if c.doc_type == "Luật"]
    assert laws == [("Luật Hộ tịch", "60/2014/QH13", "2014-11-20"),
                    ("Luật Phổ biến, giáo dục pháp luật", "14/2012/QH13", "2012-06-20")]


def test_bases_under_a_heading_wrapped_in_capitals_are_bases_though_their_items_end_with_full_stops():
    # A provincial plan copied with its PDF's line ends (written as such plans are): the heading of bases wraps onto a
    # second line in capitals, each item wraps and ends with its full stop; every item is a basis.
    head = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 118/KH-UBND\nAn Giang, ngày 10 tháng 3 năm 2023\n\nKẾ HOẠCH\n"
            "THỰC HIỆN CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI\n")
    body = ("I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22\n"
            "tháng 8 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số\n"
            "trong xây dựng nông thôn mới giai đoạn 2021-2025.\n"
            "2. Nghị quyết số 05-NQ/TU ngày 17\ntháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh về lãnh đạo xây dựng nông thôn\n"
            "mới trên địa bàn tỉnh đến năm 2025.\n"
            "3. Kế hoạch số 370/KH-UBND ngày\n08/12/2021 của Ủy ban nhân dân tỉnh về chuyển đổi số.\n"
            "II. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận thức về chuyển đổi số.\n")
    assert [(c.number_symbol, c.relation) for c in _cites(body, head)] == [
        ("924/QĐ-TTg", "can_cu"), ("05-NQ/TU", "can_cu"), ("370/KH-UBND", "can_cu")]


def test_a_joint_rule_or_programme_of_two_bodies_is_cited_with_both_issuers():
    # `Quy chế phối hợp` / `Chương trình phối hợp` (coded QCPH, CTrPH) between a Party committee's board and the People's
    # Committee, paired with `với` or `và`, the line wrapped inside a name (written as a province's plan writes them).
    body = ("Thực hiện Quy chế phối hợp số 01-QCPH/UBND-BDVTU ngày 29/5/2015 giữa\n"
            "Ban Dân vận Tỉnh ủy với Ủy ban nhân dân tỉnh về thực hiện công tác dân vận; Chương trình phối hợp số\n"
            "161-CTr/BCSĐUBND-BDVTU ngày 28/12/2016 giữa Ban cán sự đảng\n"
            "Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy về công tác dân vận giai đoạn 2017-2021, Ủy ban nhân dân tỉnh "
            "ban hành Kế hoạch như sau:\n")
    cites = [(c.doc_type, c.number_symbol, c.issuer, c.relation) for c in _cites(body)]
    assert cites == [
        ("Quy chế", "01-QCPH/UBND-BDVTU", "Ban Dân vận Tỉnh ủy với Ủy ban nhân dân tỉnh", "thuc_hien"),
        ("Chương trình", "161-CTr/BCSĐUBND-BDVTU", "Ban cán sự đảng Ủy ban nhân dân tỉnh và Ban Dân vận Tỉnh ủy",
         "thuc_hien")]


def test_a_posts_title_naming_the_page_by_its_type_and_bare_number_is_no_citation():
    # a school's portal posts its Phương án under a title naming it by its type and number; the page shows no number of
    # its own, and cites the office's Phương án of the same number below (written as such pages are)
    page = ("PHƯƠNG ÁN SỐ 04 VỀ TỔ CHỨC CÁC HOẠT ĐỘNG DẠY VÀ HỌC THÍCH ỨNG TÌNH HÌNH MỚI\nLượt xem:\n"
            "PHÒNG GD&ĐT HUYỆN KON PLÔNG\nTRƯỜNG THCS MĂNG ĐEN\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập – Tự do – Hạnh phúc\nPHƯƠNG ÁN\nTỔ CHỨC CÁC HOẠT ĐỘNG DẠY VÀ HỌC THÍCH ỨNG TÌNH HÌNH MỚI\n"
            "Căn cứ Phương án số 04/PA-PGDĐT ngày 19/08/2021 của Phòng GD&ĐT huyện Kon Plông về tổ chức dạy và học;\n"
            "Trường THCS Măng Đen xây dựng phương án như sau:\nI. MỤC ĐÍCH\nBảo đảm an toàn.\n")
    cites = parse_text(page)[0].citations
    assert [(c.number_symbol, c.surface) for c in cites] == [("04/PA-PGDĐT", "Phương án số 04/PA-PGDĐT")]


def test_the_proposer_before_tai_wrapped_onto_the_next_line_issued_the_submission():
    # a city's decision as its database keeps it, the preamble's lines wrapped (written as such decisions are):
    # `Theo đề nghị của Cục trưởng Cục Thống kê thành phố` ⏎ `Hồ Chí Minh tại Tờ trình số …` (`kê` of `Thống kê` ended
    # the body's name, and the issuer was lost)
    cites = _cites("Theo đề nghị của Cục trưởng Cục Thống kê thành phố\nHồ Chí Minh tại Tờ trình số 382/CTK-PPCĐ ngày "
                   "08 tháng 8 năm 2006,\n")
    assert [(c.number_symbol, c.issuer) for c in cites] == [
        ("382/CTK-PPCĐ", "Cục trưởng Cục Thống kê thành phố Hồ Chí Minh")]


def test_a_heads_title_naming_its_bodys_kind_is_the_proposer_of_the_submission():
    # `Theo đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số …` (a district's decision, written as such decisions
    # are): the head's title holds the kind of the body it heads; the issuer was empty
    cites = _cites("Theo đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số 45/TTr-NV ngày 10/3/2024,\n")
    assert [(c.number_symbol, c.issuer) for c in cites] == [("45/TTr-NV", "Trưởng phòng Nội vụ huyện")]


def test_a_codes_short_name_in_lower_case_is_the_code_and_a_preposition_opens_no_law():
    # a school's rules listing its bases in lower case (written as such drafts are): `luật lao động` is the Bộ luật Lao
    # động (its type the code's, as its key); `thi hành Luật trên phạm vi toàn tỉnh` (the Luật named before) names none
    cites = _cites("1.2. Trên cơ sở điều lệ trường THCS và các bộ luật: Luật giáo dục, luật lao động, luật cán bộ công chức;\n"
                   "2. Tổ chức thi hành Luật trên phạm vi toàn tỉnh.\n")
    assert [(c.doc_type, c.citation_key) for c in cites if "lao động" in c.name.lower()] == [
        ("Bộ luật", "Bộ luật 45/2019/QH14")]
    assert not any(c.name.lower().startswith("luật trên") for c in cites)


def test_a_subject_whose_quote_was_opened_and_never_closed_loses_it():
    # a school's plan (written as such plans are): `về “Tổ chức … (20/11/1982 - 20/11/2022);` — the typist's quote opens
    # the subject and is never closed
    cites = _cites("Thực hiện Kế hoạch số 223/KH-UBND ngày 17/10/2022 của UBND Quận Hải An về “Tổ chức các hoạt động, sự "
                   "kiện kỷ niệm 40 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2022);\n")
    assert [c.subject for c in cites] == [
        "Tổ chức các hoạt động, sự kiện kỷ niệm 40 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2022)"]



def test_a_subject_after_ve_viec_and_its_colon_opens_after_them():
    # a ward's notice (written as such notices are): `… của Quận ủy Long Biên về việc: Phát động …`
    cites = _cites("Thực hiện Kế hoạch số: 211-KH/QU ngày 25/12/2019 của Quận ủy Long Biên về việc: Phát động toàn dân "
                   "tham gia giữ gìn vệ sinh môi trường năm 2020;\n")
    assert [c.subject for c in cites] == ["Phát động toàn dân tham gia giữ gìn vệ sinh môi trường năm 2020"]


def test_a_departments_name_holding_vat_chat_is_read_on():
    # a Sở's letter (written as such letters are): `… của Cục Cơ sở vật chất và Thiết bị trường học …` (`vật chất` ended
    # the name after `Cục Cơ sở`)
    cites = _cites("Căn cứ công văn số 5455/BGDĐT-CSVCTBTH ngày 17 tháng 8 năm 2011 của Cục Cơ sở vật chất và Thiết bị "
                   "trường học, đồ chơi trẻ em về việc báo cáo công tác chuẩn bị cơ sở vật chất đầu năm học;\n")
    assert [c.issuer for c in cites] == ["Cục Cơ sở vật chất và Thiết bị trường học"]


def test_a_fire_law_by_its_initials_and_its_amending_law_without_bổ_sung():
    mentions = parse_text(_HEAD + "Thực hiện Luật PCCC ngày 29/6/2001, Luật sửa đổi một số điều của Luật PCCC ngày "
                                  "22/11/2013, Nghị định số 79/2014/NĐ-CP ngày 31/7/2014 của Chính phủ;\n")[0].citations
    names = [(m.name, m.issued_date) for m in mentions if m.doc_type == "Luật"]
    # (before: `Luật PCCC` kept as written, and `Luật sửa đổi một` cut at `số`, the base law taking the 2013 date)
    assert names[0] == ("Luật Phòng cháy và chữa cháy", "2001-06-29")
    assert names[1][0].startswith("Luật sửa đổi một số điều của Luật") and names[1][1] == "2013-11-22"


def test_a_letter_that_guides_is_a_cong_van():
    # An education office's letter (held-out): `Thực hiện công văn hướng dẫn số 237/SGD&ĐT-GDMN ngày 01 tháng 3 năm 2012
    # của Sở Giáo dục và Đào tạo …` — a letter (its symbol the issuer's code and its office's, no `HD`) that guides
    # (main: typed `Hướng dẫn`)
    cites = _cites("Thực hiện công văn hướng dẫn số 237/SGD&ĐT-GDMN ngày 01 tháng 3 năm 2024 của Sở Giáo dục và Đào tạo "
                   "V/v tổ chức hội thi “Bé khoẻ - Bé ngoan”;\n"
                   "Căn cứ Công văn hướng dẫn số 12/HD-SGDĐT ngày 05/9/2024 của Sở Giáo dục và Đào tạo;\n"
                   "Thực hiện công văn hướng dẫn số 139/CV-PGD&ĐT, ngày 06/4/2024 của Phòng GD&ĐT thành phố Sầm Sơn;\n")
    assert [(c.doc_type, c.number_symbol) for c in cites] == [
        ("Công văn", "237/SGD&ĐT-GDMN"), ("Hướng dẫn", "12/HD-SGDĐT"), ("Công văn", "139/CV-PGD&ĐT")]
    assert cites[0].surface.startswith("công văn hướng dẫn số")


def test_a_short_form_defined_in_brackets_inside_an_issuers_name_is_no_end_of_it():
    # A primary school's plan (held-out): `Căn cứ Quyết định số 1664/QĐ-UBND ngày 08/8/2023 của Ủy ban nhân dân (UBND)
    # tỉnh Quảng Nam về việc ban hành Kế hoạch thời gian năm học …` (main: issuer `Ủy ban nhân dân`, no subject); the
    # bracket is the short form the text defines, no word of the name; a bracket of other words still ends it
    cites = _cites("Căn cứ Quyết định số 1664/QĐ-UBND ngày 08/8/2024 của Ủy ban nhân dân (UBND) tỉnh Quảng Nam về việc ban "
                   "hành Kế hoạch thời gian năm học 2024-2025;\n"
                   "Căn cứ Công văn số 1841/SGDĐT-GDTH ngày 15/8/2024 của Sở Giáo dục và Đào tạo (GDĐT) về việc hướng dẫn "
                   "thực hiện nhiệm vụ giáo dục tiểu học năm học 2024-2025;\n"
                   "Căn cứ Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường "
                   "công tác dân vận;\n")
    assert [(c.issuer, c.subject) for c in cites] == [
        ("Ủy ban nhân dân tỉnh Quảng Nam", "ban hành Kế hoạch thời gian năm học 2024-2025"),
        ("Sở Giáo dục và Đào tạo", "hướng dẫn thực hiện nhiệm vụ giáo dục tiểu học năm học 2024-2025"),
        ("Ban Chấp hành Trung ương Đảng (khóa XI)", "tăng cường công tác dân vận")]


def test_a_full_stop_typed_for_the_hyphen_after_a_type_code():
    # A lower-secondary school's plan (held-out): `Căn cứ kế hoạch` ⏎ `307/KH.BGD&ĐT ngày 22/7/2008 của Bộ trưởng Bộ GD-ĐT
    # …` (main: `307/KH.BGD&ĐT`, a key no other spelling of the plan shares); a full stop inside one code stays
    cites = _cites("Căn cứ kế hoạch\n307/KH.BGD&ĐT ngày 22/7/2008 của Bộ trưởng Bộ GD-ĐT về việc triển khai phong trào thi "
                   "đua “Xây dựng trường học thân thiện, học sinh tích cực”;\n"
                   "Căn cứ Công văn số 45/SGD.ĐT-VP ngày 22/7/2024 của Sở Giáo dục và Đào tạo về việc tổng kết năm học;\n")
    assert [(c.doc_type, c.number_symbol) for c in cites] == [("Kế hoạch", "307/KH-BGD&ĐT"), ("Công văn", "45/SGD.ĐT-VP")]


def test_the_quality_assurance_department_is_an_issuer_whole():
    # A provincial department's letter (held-out): `Theo văn bản số 906/KT-KĐ ngày 03.12.2007 của Bộ Giáo dục và Đào tạo –
    # Cục Khảo thí và Kiểm định chất lượng giáo dục đã dự thảo …` (main: cut at `chất lượng`)
    cites = _cites("Theo văn bản số 906/KT-KĐ ngày 03.12.2024 của Bộ Giáo dục và Đào tạo – Cục Khảo thí và Kiểm định chất "
                   "lượng giáo dục đã dự thảo Quy chế thi tốt nghiệp THPT.\n")
    assert [c.issuer for c in cites] == ["Bộ Giáo dục và Đào tạo – Cục Khảo thí và Kiểm định chất lượng giáo dục"]


def test_a_slash_typed_for_the_hyphen_between_type_and_issuer():
    # A school Party cell's report and a Youth Union plan (held-out): `Kế hoạch số 39/KH/HU …`, `Thông báo số 380/TB/TW`
    # (main: keys of their own, not `39-KH/HU`, `380-TB/TW`); devset fresh_26 L64 `Nghị quyết số 57/NQ/TW`; a state
    # body's `180/KH/UBND` (fresh_26 L269) is `180/KH-UBND`; a letter's `12/UBND/VP` (no type code) stays
    cites = _cites("Căn cứ Kế hoạch số 39/KH/HU ngày 12/3/2024 của Huyện ủy về thực hiện quy chế dân chủ;\n"
                   "Thực hiện Thông báo số 380/TB/TW ngày 12/3/2010 của Bộ Chính trị;\n"
                   "Căn cứ Kế hoạch số 180/KH/UBND ngày 15/01/2024 của Ủy ban nhân dân tỉnh;\n"
                   "Căn cứ Công văn số 12/UBND/VP ngày 12/3/2024 của UBND huyện;\n")
    assert [c.number_symbol for c in cites] == ["39-KH/HU", "380-TB/TW", "180/KH-UBND", "12/UBND/VP"]


def test_an_issuer_ends_before_and_the_next_documents_type_and_number():
    # A primary school's report (held-out): `Thực hiện Nghị định 71/1998/NĐ-CP ngày 08/9/1998 của Chính phủ và` ⏎ `chỉ thị
    # 38 của Thủ tướng Chính Phủ về “Xây dựng …”` (main: issuer `Chính phủ và chỉ thị 38 của Thủ tướng Chính Phủ`)
    cites = _cites("Thực hiện Nghị định 71/1998/NĐ-CP ngày 08/9/1998 của Chính phủ và\nchỉ thị 38 của Thủ tướng Chính Phủ "
                   "về “Xây dựng và thực hiện quy chế dân chủ ở cơ sở”;\n")
    assert cites[0].number_symbol == "71/1998/NĐ-CP" and cites[0].issuer == "Chính phủ"


def test_a_subject_ends_where_a_new_paragraph_opens_with_the_citing_bodys_clause():
    # A commune's notice (held-out): `Thực hiện … Thông báo sô 1481/TB-UBND ngày 23/12/2021 của UBND huyện Kim Động về việc
    # tạm dừng hoạt động tiếp công dân để phòng chống dịch Covid-19` ⏎⏎ `Ủy ban nhân dân xã Đức Hợp thông báo như sau:`
    # (main: the subject ran on to `… Covid-19 Ủy ban nhân dân xã Đức Hợp thông báo`)
    cites = _cites("Thực hiện Thông báo số 1481/TB-UBND ngày 23/12/2024 của UBND huyện Kim Động về việc tạm dừng hoạt động "
                   "tiếp công dân để phòng chống dịch Covid-19\n\nỦy ban nhân dân xã Đức Hợp thông báo như sau:\n"
                   "1. Tạm dừng hoạt động tiếp công dân tại Trụ sở UBND xã.\n")
    assert cites[0].subject == "tạm dừng hoạt động tiếp công dân để phòng chống dịch Covid-19"


def test_a_labour_ministry_letter_code_and_a_main_clause_verb_in_title_case():
    # A commune's holiday notice (held-out): `Thông báo số 5015/TBLĐTBXH ngày 22/11/2023 của Bộ Lao động - Thương binh và
    # Xã hội …` (main: `5015/TBLĐTBXH`; the ministry's letters write its code `LĐTBXH`, src_congbot_16 `2638/LĐTBXH-KHTC`)
    # and `… về nghỉ Tết Âm lịch năm 2024, UBND xã Hiệp Hoà Thông báo:` (main: the subject ran on to `… Thông báo`)
    cites = _cites("Căn cứ Thông báo số 5015/TBLĐTBXH ngày 22/11/2023 của Bộ Lao động - Thương binh và Xã hội về việc nghỉ "
                   "Tết Âm lịch năm 2024; Thông báo số 20/TB-UBND ngày 17/01/2024 của UBND huyện Hiệp Đức về nghỉ Tết Âm "
                   "lịch năm 2024, UBND xã Hiệp Hoà Thông báo:\n1. Cán bộ, công chức được nghỉ Tết.\n")
    assert [(c.number_symbol, c.subject) for c in cites] == [("5015/TB-LĐTBXH", "nghỉ Tết Âm lịch năm 2024"),
                                                             ("20/TB-UBND", "nghỉ Tết Âm lịch năm 2024")]


def test_the_body_a_rule_or_a_guidance_is_of_before_tai_issued_the_document():
    """A kindergarten's plan (held-out shape): `… theo đúng thời gian quy định Ủy ban nhân dân tỉnh Đồng Tháp tại Kế hoạch
    số 301/KH-UBND, … và hướng dẫn Phòng Giáo dục và Đào tạo tại Công văn số 1011/PGDĐT, …` (no `của`: no issuer)."""
    rows = _cites("1. Mục đích\n– Tổ chức khai giảng năm học 2022-2023 theo đúng thời gian quy định Ủy ban nhân dân tỉnh "
                  "Đồng Tháp tại Kế hoạch số 301/KH-UBND, ngày 25 tháng 8 năm 2022 và hướng dẫn Phòng Giáo dục và Đào tạo "
                  "tại Công văn số 1011/PGDĐT, ngày 27 tháng 8 năm 2022.\n")
    assert [(c.number_symbol, c.issuer) for c in rows] == [("301/KH-UBND", "Ủy ban nhân dân tỉnh Đồng Tháp"),
                                                           ("1011/PGDĐT", "Phòng Giáo dục và Đào tạo")]


def test_the_body_whose_documents_a_colon_lists_issued_the_first_of_them():
    """A province's admission decision (held-out shape): `Căn cứ các văn bản của Bộ Giáo dục và Đào tạo: Thông tư số
    32/2020/TT-BGDĐT ngày 15/9/2020 ban hành Điều lệ …` (no issuer: the body stood before the colon)."""
    rows = _cites("Căn cứ các văn bản của Bộ Giáo dục và Đào tạo: Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 ban hành "
                  "Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học;\n")
    assert [(c.number_symbol, c.issuer) for c in rows] == [("32/2020/TT-BGDĐT", "Bộ Giáo dục và Đào tạo")]


def test_a_plenums_number_glued_to_its_name_is_one_word_apart():
    """A Party cell's report (held-out shape): `… theo Nghị quyết TW4 khóa XII` (`TW` spelled out, its number glued:
    `Trung ương4`, a name of its own beside `Nghị quyết Trung ương 4 khóa XII`)."""
    rows = _cites("Thực hiện Nghị quyết TW4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng.\n")
    assert [c.name for c in rows] == ["Nghị quyết Trung ương 4 khóa XII"]


def test_a_decree_cited_by_number_and_year_alone_has_the_key_of_its_whole_symbol():
    """A school's rule (held-out shape): `… Nghị định 43/2006 của Chính phủ …` is the decree another plan cites as
    `Nghị định số 43/2006/NĐ-CP` (the key was `Nghị định 43/2006`, a second document for the index); a Ministry's
    decision so written keeps its number and year (its codes changed over the years: no suffix is guessed)."""
    short = _cites("Căn cứ Nghị định 43/2006 của Chính phủ về quyền tự chủ tài chính; Quy chế ban hành theo QĐ số "
                   "04/2000 của Bộ GD&ĐT.\n")
    whole = _cites("Căn cứ Nghị định số 43/2006/NĐ-CP ngày 25/4/2006 của Chính phủ quy định quyền tự chủ.\n")
    assert [c.citation_key for c in short] == ["Nghị định 43/2006/NĐ-CP", "Quyết định 04/2000"]
    assert [c.citation_key for c in whole] == ["Nghị định 43/2006/NĐ-CP"]


def test_an_amending_laws_list_ends_at_the_closing_mark_and_its_first_law_may_lack_its_type_word():
    """Fire-safety and disaster plans (held-out shapes): an amending law quoted inside a decree's title, `… của Luật
    PCCC”; Thông tư số …` (the name ran on over `”; Thông tư`), and a commune's `Luật sửa đổi, bổ sung một số điều của
    Phòng, chống thiên tai và Luật Đê điều` (`Luật` left out before the first law: the name was cut at `một`)."""
    quoted = _cites("Căn cứ Nghị định số 136/2020/NĐ-CP ngày 24/11/2020 của Chính phủ “Quy định chi tiết thi hành Luật "
                    "Phòng cháy và chữa cháy và Luật sửa đổi, bổ sung một số điều của Luật PCCC”; Thông tư số "
                    "149/2020/TT-BCA ngày 31/12/2020 của Bộ Công an;\n")
    assert [c.name or c.number_symbol for c in quoted] == [
        "136/2020/NĐ-CP", "Luật Phòng cháy và chữa cháy",
        "Luật sửa đổi, bổ sung một số điều của Luật Phòng cháy và chữa cháy", "Luật Phòng cháy và chữa cháy",
        "149/2020/TT-BCA"]
    # the registry's rows (models/legal_registry.tsv) give the laws their numbers
    assert [c.citation_key for c in quoted][1:3] == ["Luật 27/2001/QH10", "Luật 40/2013/QH13"]
    untyped = _cites("Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013; Luật sửa đổi, bổ sung một số điều của Phòng, "
                     "chống thiên tai và Luật Đê điều ngày 17/6/2020;\n")
    assert [(c.name, c.citation_key) for c in untyped] == [
        ("Luật Phòng, chống thiên tai", "Luật 33/2013/QH13"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều", "Luật 60/2020/QH14"),
        ("Luật Đê điều", "Luật 79/2006/QH11")]


def test_a_subject_ends_before_the_citing_schools_board_abbreviated_or_a_with_content_clause():
    """A school's epidemic plan and a city's admission letter (held-out shapes): the citing sentence goes on after the
    cited letter's subject in a new paragraph opened by the school's board abbreviated (`BGH trường THCS … xây dựng kế
    hoạch`), or after `, với nội dung yêu cầu Sở GD&ĐT chủ trì …` (both ran into the subject)."""
    board = _cites("Căn cứ Công văn số 15/PGDĐT-PC ngày 31/01/2020 của Phòng Giáo dục và Đào tạo thị xã An Phú về việc "
                   "phòng chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra,\n\nBGH trường "
                   "THCS Bình Minh xây dựng kế hoạch cụ thể như sau:\n")
    content = _cites("Thực hiện Công văn số 2497/UBND-VX ngày 17 tháng 4 năm 2015 của UBND Thành phố về việc tuyển sinh "
                     "các cấp học năm học 2015 – 2016, với nội dung yêu cầu Sở GD&ĐT chủ trì, phối hợp với UBND quận, "
                     "huyện, thị xã khẩn trương hướng dẫn các cơ sở giáo dục.\n")
    assert [c.subject for c in board + content] == [
        "phòng chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona gây ra",
        "tuyển sinh các cấp học năm học 2015 – 2016"]


@needs_shared
def test_a_national_documents_subject_does_not_end_on_the_citing_plans_provincial_scope():
    """src_congbot_43 L7 (the answer key's subject `VỀ HỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở`), and a province's plan
    title (held-out shape): `… THỰC HIỆN QUYẾT ĐỊNH SỐ 85/QĐ-TTG … GIAI ĐOẠN 2021 - 2025 TRÊN ĐỊA BÀN TỈNH LẠNG SƠN` — a
    Prime Minister's decision covers the country, the province is the citing plan's scope; a province's own decision
    keeps it."""
    decision = [c for c in parse_file(str(WILD / "src_congbot_43.txt"))[0].citations
                if c.number_symbol == "22/2013/QĐ-TTg" and c.line == 7]
    assert [c.subject for c in decision] == ["HỖ TRỢ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG VỀ NHÀ Ở"]
    title = _cites("Triển khai thực hiện Quyết định số 85/QĐ-TTg ngày 17/01/2022 của Thủ tướng Chính phủ về phê duyệt "
                   "Chương trình y tế trường học giai đoạn 2021 - 2025 trên địa bàn tỉnh Lạng Sơn.\nCăn cứ Quyết định số "
                   "12/2022/QĐ-UBND ngày 10/3/2022 của UBND tỉnh về quản lý chợ trên địa bàn tỉnh Lạng Sơn.\n")
    assert [c.subject for c in title] == ["phê duyệt Chương trình y tế trường học giai đoạn 2021 - 2025",
                                          "quản lý chợ trên địa bàn tỉnh Lạng Sơn"]


def test_a_bodys_documents_listed_after_a_colon_each_typed_again_and_a_telex_slip():
    """A ministry's guidance on pre-school tasks and a commune's disaster plan (held-out shapes): `… các Quyết định cảu
    Thủ tướng Chính phủ: Quyết định số 149/2006/QĐ-TTg …; Quyết định số 161/2002/QĐ-TTg …` (`cảu`, Telex's slip for
    `của`, models/typing_slips.tsv; each member typed again: no issuer), `… cảu Chỉnh Phủ`."""
    rows = _cites("Năm học 2007 – 2008, giáo dục mầm non tiếp tục triển khai các Quyết định cảu Thủ tướng Chính phủ: "
                  "Quyết định số 149/2006/QĐ-TTg phê duyệt đề án phát triển GDMN giai đoạn 2006-2015; Quyết định số "
                  "161/2002/QĐ-TTg ngày 15/11/2002 về một số chính sách phát triển GDMN.\nCăn cứ Nghị định số: "
                  "02/2019/NĐ-CP ngày 02/1/2019 cảu Chỉnh Phủ về phòng thủ dân sự;\n")
    assert [(c.number_symbol, c.issuer) for c in rows] == [
        ("149/2006/QĐ-TTg", "Thủ tướng Chính phủ"), ("161/2002/QĐ-TTg", "Thủ tướng Chính phủ"),
        ("02/2019/NĐ-CP", "Chính Phủ")]
    assert rows[2].subject == "phòng thủ dân sự"


def test_issuers_named_with_a_sector_union_or_the_youth_federation_and_a_standing_board_after_the_subject():
    """A district union's letter and the youth federation's guidance (held-out shapes): `của Công đoàn ngành Giáo dục
    tỉnh Bạc Liêu` (read as `Công đoàn`), `của Ủy ban Trung ương Hội Liên hiệp thanh niên Việt Nam về việc …, nhiệm kỳ
    2024 - 2029, Thường trực Đoàn Chủ tịch … hướng dẫn …` (the issuer cut at `thanh`, then the standing board's own
    clause ran into the subject)."""
    rows = _cites("Căn cứ Hướng dẫn số 117/HD-CĐN ngày 20/11/2015 của Công đoàn ngành Giáo dục tỉnh Bạc Liêu về hướng "
                  "dẫn xây dựng công đoàn cơ sở vững mạnh;\nCăn cứ Kế hoạch số 85-KH/TWH ngày 17/7/2023 của Ủy ban Trung "
                  "ương Hội Liên hiệp thanh niên Việt Nam về việc tổ chức Đại hội Hội Liên hiệp thanh niên Việt Nam các "
                  "cấp, nhiệm kỳ 2024 - 2029, Thường trực Đoàn Chủ tịch Ủy ban Trung ương Hội Liên hiệp thanh niên Việt "
                  "Nam hướng dẫn tổ chức Đại hội như sau:\n")
    assert [(c.issuer, c.subject) for c in rows] == [
        ("Công đoàn ngành Giáo dục tỉnh Bạc Liêu", "hướng dẫn xây dựng công đoàn cơ sở vững mạnh"),
        ("Ủy ban Trung ương Hội Liên hiệp thanh niên Việt Nam",
         "tổ chức Đại hội Hội Liên hiệp thanh niên Việt Nam các cấp, nhiệm kỳ 2024 - 2029")]


def test_a_ministry_named_with_commas_a_quoted_subjects_own_of_and_a_symbols_level_before_its_date():
    """A provincial plan, a union's report and a commune front's plan (held-out shapes): `của Bộ Lao động, Thương binh và
    Xã hội về việc …` (the ministry's dash written as a comma: the name was cut at it, the subject lost); `Nghị quyết số
    02-NQ/TW về “Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam …”` (the quoted title's `của` read as its issuer,
    `Công`); `Kế hoạch số 07/KH- HĐND xã ngày 02/11/2023 của …` (the level after the symbol hid the date and issuer);
    `… của Công đoàn ngành Giáo dục tỉnh` after a subject (read as `Công`)."""
    rows = _cites("Thực hiện Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội về "
                  "việc triển khai Quyết định 34/2014/QĐ-TTg của Thủ tướng Chính phủ.\n- Đã tổ chức tuyên truyền Kế "
                  "hoạch của LĐLĐ tỉnh về thực hiện Nghị quyết số 02-NQ/TW về “Đổi mới tổ chức và hoạt động của Công "
                  "đoàn Việt Nam trong tình hình mới”.\nCăn cứ Kế hoạch số 07/KH- HĐND xã ngày 02/11/2023 của thường "
                  "trực HĐND xã Nam Cao về việc tổ chức kỳ họp thứ VII HĐND xã Nam Cao nhiệm kỳ 2021-2026;\nCăn cứ Hướng "
                  "dẫn số 12/HD-CĐN về công tác thi đua năm học 2023-2024 của Công đoàn ngành Giáo dục tỉnh;\n")
    by_number = {c.number_symbol: c for c in rows}
    assert (by_number["2928/LĐTBXH-BVCSTE"].issuer, by_number["2928/LĐTBXH-BVCSTE"].subject) == (
        "Bộ Lao động, Thương binh và Xã hội", "triển khai")
    assert (by_number["02-NQ/TW"].issuer, by_number["02-NQ/TW"].subject) == (
        "", "Đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới")
    plan = by_number["07/KH-HĐND"]
    assert (plan.issued_date, plan.issuer) == ("2023-11-02", "thường trực HĐND xã Nam Cao")
    assert plan.subject.startswith("tổ chức kỳ họp thứ VII")
    # the issuer after the subject: `đoàn` is a word of a union's name (models/org_words.txt), not where it ends
    assert by_number["12/HD-CĐN"].issuer == "Công đoàn ngành Giáo dục tỉnh"


def test_a_council_named_after_its_task_stops_before_the_citing_body_after_a_comma():
    """`… của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch …` (a provincial
    plan, held-out shape): a council's name runs over commas (`Ban Chỉ đạo phòng, chống tội phạm, …` still does), not
    over the body that opens the main clause."""
    rows = _cites("Thực hiện Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, Ủy "
                  "ban nhân dân tỉnh Nghệ An ban hành Kế hoạch tổ chức thực hiện như sau:\nCăn cứ Quyết định số "
                  "12/QĐ-BCĐ ngày 31/8/2021 của Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong "
                  "trào toàn dân bảo vệ an ninh Tổ quốc tỉnh về việc ban hành quy chế hoạt động;\n")
    assert [c.issuer for c in rows] == [
        "Hội đồng Thi đua - Khen thưởng Trung ương",
        "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh"]


@needs_shared
def test_a_law_named_in_a_title_in_capitals_is_cited_where_the_registry_knows_it():
    """Titles in capitals name the law a decree details or a plan carries out (`QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT
    DOANH NGHIỆP`, src_tvplcrawl_46 L6; `QUY ĐỊNH THI HÀNH BỘ LUẬT DÂN SỰ …`, src_tvplcrawl_48 L6): the mention counts
    (gold-wild NOTES-A: a title's mentions are citations), named as the registry writes it. Capitals say nothing of where
    a name ends, so only a known one is read (and `PHÁP LUẬT` is no law)."""
    for stem, name in (("src_tvplcrawl_46", "Luật Doanh nghiệp"), ("src_tvplcrawl_48", "Bộ luật Dân sự")):
        cites = parse_text(normalize(_lines(WILD, stem, 1, 8)))[0].citations
        assert name in [c.name for c in cites if c.line == 6]
    rows = _cites("", head="UBND TỈNH SƠN LA\nSố: 22/KH-UBND\nSơn La, ngày 10 tháng 1 năm 2024\n\nKẾ HOẠCH\nPHỔ BIẾN, "
                  "GIÁO DỤC PHÁP LUẬT NĂM 2024 VÀ TRIỂN KHAI LUẬT THANH NIÊN TRÊN ĐỊA BÀN TỈNH\n\n")
    assert [(c.doc_type, c.name) for c in rows] == [("Luật", "Luật Thanh niên")]


def test_a_subject_ends_where_the_citing_body_deploys_the_plan():
    """A district union's plan (held-out shape): `… Kế hoạch số 31/KH-LĐLĐ, ngày 12/11/2021 của LĐLĐ huyện về việc tổ
    chức …, Ban Thường vụ LĐLĐ huyện triển khai kế hoạch …` (`triển khai`, the citing body's verb, models/cues.json
    `main_clause_verbs`: the subject ran on over the main clause)."""
    rows = _cites("Thực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021 của LĐLĐ tỉnh Thanh Hóa, trên cơ sở Kế hoạch số "
                  "31/KH-LĐLĐ, ngày 12/11/2021 của LĐLĐ huyện về việc tổ chức các hoạt động chăm lo cho đoàn viên, người "
                  "lao động nhân dịp Tết Nguyên đán Nhâm Dần – 2022, Ban Thường vụ LĐLĐ huyện triển khai kế hoạch tổ chức "
                  "“Tết Sum vầy – Xuân bình an” năm 2022 như sau:\n")
    assert rows[1].subject == ("tổ chức các hoạt động chăm lo cho đoàn viên, người lao động nhân dịp Tết Nguyên đán Nhâm "
                               "Dần – 2022")


def test_a_ministrys_whole_name_ends_the_issuer_before_another_body_typed_without_a_comma():
    """A town's submission (Tờ trình, held-out shape): `… tại Thông tư số 36/2009/TT-BGDĐT ngày 04 tháng 12 năm 2009 của
    Bộ trưởng Bộ Giáo dục và Đào tạo Ủy ban nhân dân thị trấn Hương Sơn, Ban chỉ đạo PCGD trình …` (the comma before the
    citing body left out: the issuer ran on over it); a place after a department's name stays its own."""
    rows = _cites("Đối chiếu với các tiêu chuẩn tại Thông tư số 36/2009/TT-BGDĐT ngày 04 tháng 12 năm 2009 của Bộ trưởng "
                  "Bộ Giáo dục và Đào tạo Ủy ban nhân dân thị trấn Hương Sơn, Ban chỉ đạo PCGD trình UBND huyện Phú Bình "
                  "xem xét.\nCăn cứ Công văn số 1520/SGDĐT-GDTH ngày 10/9/2024 của Sở Giáo dục và Đào tạo Hà Nội về việc "
                  "hướng dẫn nhiệm vụ năm học;\n")
    assert [c.issuer for c in rows] == ["Bộ trưởng Bộ Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo Hà Nội"]


def test_a_councils_verification_report_and_a_congress_resolution_in_lower_case():
    """People's Council resolutions (held-out shapes): `Báo cáo thẩm tra số 45/BCTT-KTNS ngày … của Ban Kinh tế - Ngân
    sách …` (the report its committee verifies a submission with: the type's qualifier before `số` hid the mention,
    models/doc_types.tsv), and `thực hiện nghị quyết Đại hội Đảng toàn quốc lần thứ XI, nghị quyết Đại hội Đảng bộ tỉnh
    lần` ⏎ `thứ XV` (the type in lower case, the congress capitalised after it)."""
    rows = _cites("Xét Tờ trình số 136/TTr-UBND ngày 02 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh về việc phê duyệt Đề "
                  "án; Báo cáo thẩm tra số 45/BCTT-KTNS ngày 05 tháng 12 năm 2019 của Ban Kinh tế - Ngân sách Hội đồng "
                  "nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tại kỳ họp.\nNăm 2011 là năm mở đầu "
                  "thực hiện\nnghị quyết Đại hội Đảng toàn quốc lần thứ XI, nghị quyết Đại hội Đảng bộ tỉnh lần\nthứ XV, "
                  "là năm tổ chức cuộc bầu cử đại biểu Quốc hội.\n")
    assert [(c.doc_type, c.number_symbol or c.name) for c in rows] == [
        ("Tờ trình", "136/TTr-UBND"), ("Báo cáo", "45/BCTT-KTNS"),
        ("Nghị quyết", "Nghị quyết Đại hội Đảng toàn quốc lần thứ XI"),
        ("Nghị quyết", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV")]
    assert rows[1].issuer == "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"


def test_an_issuer_ends_before_the_verb_that_announces_its_notice():
    """A province's traffic-safety letter (held-out shape): `Văn bản số 08/TB-UBND ngày 25-1-2019 của UBND tỉnh thông báo
    Kết luận của …` (`thông`, a word of `Giao thông`, `Thông tin`, kept the issuer going: `UBND tỉnh thông`;
    models/cues.json `issuer_stops`)."""
    rows = _cites("Thực hiện Văn bản số 08/TB-UBND ngày 25-1-2019 của UBND tỉnh thông báo Kết luận của đồng chí Phó Chủ "
                  "tịch Thường trực UBND tỉnh tại Hội nghị trực tuyến.\nCăn cứ Công văn số 12/SGTVT-QLVT ngày 10-1-2019 của "
                  "Sở Giao thông vận tải về việc bảo đảm an toàn giao thông;\n")
    assert [c.issuer for c in rows] == ["UBND tỉnh", "Sở Giao thông vận tải"]


@needs_shared
def test_a_clause_that_opens_with_the_issue_date_dates_the_document_it_issues():
    """`…, ngày 16/8/2018 Bộ Lao động - Thương binh và Xã hội đã có Công văn số 3395/LĐTBXH-KHTC gửi …` (src_congbot_28
    L8), and a province's letter (held-out shape) `…, ngày 19 tháng 4 năm 2019 Ủy ban nhân dân tỉnh … đã ban hành Chỉ thị
    số 08/CT-UBND …`: the date opens the mention's clause, not its sentence, and no comma follows it."""
    cites = parse_text(normalize(_lines(WILD, "src_congbot_28", 1, 9)))[0].citations
    assert [c.issued_date for c in cites if c.number_symbol == "3395/LĐTBXH-KHTC"] == ["2018-08-16"]
    rows = _cites("Để chủ động bảo vệ rừng, ngày 19 tháng 4 năm 2019 Ủy ban nhân dân tỉnh Thừa Thiên Huế đã ban hành Chỉ "
                  "thị số 08/CT-UBND về việc tăng cường các biện pháp quản lý bảo vệ rừng.\n")
    assert [(c.issued_date, c.issuer) for c in rows] == [("2019-04-19", "Ủy ban nhân dân tỉnh Thừa Thiên Huế")]


def test_a_council_named_after_its_task_ends_with_the_year_it_works_for():
    """A recruitment notice (held-out shape): `Theo Thông báo số 2334/TB-HĐTD ngày 30/10/2021 của Hội đồng tuyển dụng viên
    chức ngành GDĐT tỉnh Quảng Nam năm 2021, thí sinh dự thi vòng 2 … phải có …` (the council's name ran on over the
    candidates the notice binds)."""
    rows = _cites("Theo Thông báo số 2334/TB-HĐTD ngày 30/10/2021 của Hội đồng tuyển dụng viên chức ngành GDĐT tỉnh Quảng "
                  "Nam năm 2021, thí sinh dự thi vòng 2 phải có phiếu kết quả xét nghiệm âm tính, cụ thể như sau:\n")
    assert [c.issuer for c in rows] == ["Hội đồng tuyển dụng viên chức ngành GDĐT tỉnh Quảng Nam năm 2021"]


def test_a_plenums_resolution_keeps_its_bracketed_term():
    """A province's directive (held-out shape): `Nghị quyết Trung ương 4 (khóa XI) về “Một số vấn đề cấp bách về xây dựng
    Đảng hiện nay”` (the name stopped at the bracket, and the plenum was then taken for the latest term's, XII: two
    resolutions under one key)."""
    rows = _cites("Thực hiện Nghị quyết Trung ương 4 (khóa XI) về “Một số vấn đề cấp bách về xây dựng Đảng hiện nay”, Nghị "
                  "quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng.\n")
    assert [c.name for c in rows] == ["Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 khóa XII"]
    assert rows[0].subject == "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"


def test_a_bases_item_wrapped_before_a_line_that_opens_with_a_type_word_stays_in_its_list():
    """A school plan's bases (held-out shape, a PDF's line ends): `… của Bộ trưởng Bộ GD&ĐT về ban hành` ⏎ `Chương trình
    Giáo dục phổ thông;` — the line below opens with a type word, but the title's (`Chương trình`), and the line above it
    opens no item: it is the item's wrapped middle, and the items after it are still under `A. CĂN CỨ …` (they were
    `other`: the look back stopped there)."""
    cites = _cites("A. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
                   "- Căn cứ Quyết định số 16/2006/QĐ-BGDĐT ngày 05/5/2006, Thông tư số\n"
                   "32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ trưởng Bộ GD&ĐT về ban hành\n"
                   "Chương trình Giáo dục phổ thông;\n"
                   "- Công văn số 4612/BGDĐT-GDTrH ngày 03/10/2017 của Bộ GD&ĐT về\n"
                   "hướng dẫn thực hiện Chương trình giáo dục phổ thông hiện hành;\n"
                   "- Công văn số 2159/BGDĐT-GDTrH ngày 5/8/2022 của Bộ GD&ĐT về ban hành\n"
                   "khung kế hoạch thời gian năm học 2022-2023;\n")
    assert [(c.number_symbol, c.relation) for c in cites] == [
        ("16/2006/QĐ-BGDĐT", "can_cu"), ("32/2018/TT-BGDĐT", "can_cu"), ("4612/BGDĐT-GDTrH", "can_cu"),
        ("2159/BGDĐT-GDTrH", "can_cu")]
