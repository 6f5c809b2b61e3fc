"""Citations of shapes seen failing on unseen documents, written as the genre writes them (names and numbers
invented): a number with its year and no code, `luật` in lower case before a name the registry knows, the rules a
document issued (`Điều lệ … ban hành kèm theo Thông tư …`), a line opened by its own cue after a basis, and uses of
a defined alias."""
from __future__ import annotations

from pipeline.api import parse_text
from pipeline.normalize import normalize

HEAD = ("UBND HUYỆN AN PHÚ\nTRƯỜNG THCS BÌNH MINH\nSố: 15/KH-THCS\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "An Phú, ngày 10 tháng 9 năm 2024\nKẾ HOẠCH\nThực hiện nhiệm vụ năm học 2024-2025\n")


def _cites(body: str):
    return parse_text(normalize(HEAD + body))[0].citations


def _by_surface(cites, surface):
    found = [c for c in cites if c.surface == surface]
    assert found, [(c.surface, c.citation_key) for c in cites]
    return found


def test_number_with_year_and_no_code_is_a_mention():
    cites = _cites("Theo Nghị định 47/2006 của Chính phủ và QĐ số 06/2001 của Bộ GD&ĐT, nhà trường tự chủ.\n"
                   "I. NỘI DUNG\n1. Thực hiện Thông tư 29/2009 của Bộ GD&ĐT về chế độ làm việc.\n")
    nd = _by_surface(cites, "Nghị định 47/2006")[0]
    # (a decree's key is its whole symbol, its codes fixed by its type and issuer: models/bare_number_suffixes.tsv)
    assert (nd.doc_type, nd.number_symbol, nd.citation_key, nd.relation, nd.issuer) == (
        "Nghị định", "47/2006", "Nghị định 47/2006/NĐ-CP", "other", "Chính phủ")
    qd = _by_surface(cites, "QĐ số 06/2001")[0]
    assert (qd.doc_type, qd.citation_key) == ("Quyết định", "Quyết định 06/2001")
    tt = _by_surface(cites, "Thông tư 29/2009")[0]
    assert (tt.citation_key, tt.relation) == ("Thông tư 29/2009", "thuc_hien")


def test_number_with_year_links_to_the_full_mention_only_when_issuer_agrees():
    cites = _cites("Căn cứ Quyết định số 17/2008/QĐ-BGDĐT ngày 04/5/2008 của Bộ GD&ĐT;\n"
                   "I. NỘI DUNG\n1. Thực hiện Quyết định số 17/2008 của Bộ GD&ĐT về chuẩn nghề nghiệp.\n"
                   "2. Thực hiện Quyết định số 17/2008 của UBND tỉnh về quy chế thi đua.\n")
    short = _by_surface(cites, "Quyết định số 17/2008")
    assert [c.citation_key for c in short] == ["Quyết định 17/2008/QĐ-BGDĐT", "Quyết định 17/2008"]


def test_dates_and_forms_are_no_number_with_year():
    cites = _cites("Trong tháng 9/2024 và ngày 15/9/2024, dùng mẫu số 03/2020 cho lớp 6/2024.\n")
    assert not [c for c in cites if c.resolution == "number_year"], [c.surface for c in cites]


def test_lower_case_law_names_known_to_the_registry():
    cites = _cites("I. NỘI DUNG\n1. Giáo viên làm việc theo luật lao động, luật cán bộ, công chức.\n"
                   "2. Xử lý kỷ luật cán bộ, công chức vi phạm; Vụ Pháp luật dân sự - kinh tế phối hợp.\n")
    surfaces = [c.surface for c in cites if c.doc_type in ("Luật", "Bộ luật")]
    assert surfaces == ["luật lao động", "luật cán bộ, công chức"]
    assert _by_surface(cites, "luật cán bộ, công chức")[0].name == "Luật Cán bộ, công chức"


def test_rules_issued_with_a_document_carried_out_take_the_sentence_cue():
    cites = _cites("I. NỘI DUNG\n1. Thực hiện đúng Điều lệ trường trung học ban hành kèm theo Thông tư số "
                   "32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ GDĐT.\n")
    tt = [c for c in cites if c.number_symbol == "32/2020/TT-BGDĐT"]
    assert len(tt) == 1 and tt[0].relation == "thuc_hien"
    assert not [c for c in cites if c.surface.startswith("Điều lệ")]


def test_a_line_with_its_own_cue_after_a_basis_is_no_basis():
    cites = _cites("Căn cứ Quyết định số 1234/QĐ-UBND ngày 05/3/2023 của UBND tỉnh về phê duyệt Đề án;\n"
                   "Trên cơ sở Kế hoạch số 45/KH-PGDĐT ngày 02/8/2024 của Phòng GDĐT; Công văn số 321/PGDĐT-GDTrH "
                   "ngày 20/8/2024 của Phòng GDĐT về hướng dẫn nhiệm vụ năm học;\n")
    rel = {c.number_symbol: c.relation for c in cites}
    assert rel == {"1234/QĐ-UBND": "can_cu", "45/KH-PGDĐT": "other", "321/PGDĐT-GDTrH": "other"}


def test_a_basis_list_going_on_after_a_line_break_stays_a_basis():
    cites = _cites("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\nNghị định số 84/2020/NĐ-CP ngày 17/7/2020 "
                   "của Chính phủ quy định chi tiết một số điều của Luật Giáo dục;\n")
    assert {c.citation_key: c.relation for c in cites}["Nghị định 84/2020/NĐ-CP"] == "can_cu"


def test_alias_use_takes_its_own_sentence_relation():
    cites = _cites("Căn cứ Quyết định số 1234/QĐ-UBND ngày 05/3/2023 của UBND tỉnh về phê duyệt Đề án phát triển "
                   "dữ liệu dân cư (sau đây gọi tắt là Đề án 06);\nI. NỘI DUNG\n1. Triển khai Đề án 06 trong nhà trường.\n"
                   "2. Báo cáo kết quả theo Đề án 06.\n")
    uses = [c for c in cites if c.resolution == "alias"]
    assert [(c.surface, c.relation) for c in uses] == [("Đề án 06", "thuc_hien"), ("Đề án 06", "other")]
    assert _by_surface(cites, "Quyết định số 1234/QĐ-UBND")[0].relation == "can_cu"


def test_a_subject_ends_at_its_table_cell():
    cites = _cites("I. NỘI DUNG\n| TT | Nội dung | Phụ trách | Thời gian |\n|---|---|---|---|\n"
                   "| 1 | Thực hiện Kế hoạch số 21/KH-UBND về tổ chức hội thi giáo viên giỏi | Tổ chuyên môn | Tháng 10 |\n"
                   "| 2 | Thực hiện Công văn số 86/PGDĐT về kiểm tra nội bộ | Hiệu trưởng | Tháng 11 |\n"
                   "3\tThực hiện Công văn số 87/PGDĐT về kiểm tra chuyên đề\tPhó Hiệu trưởng\tTháng 12\n")
    got = {c.number_symbol: (c.subject, c.relation) for c in cites}
    assert got == {"21/KH-UBND": ("tổ chức hội thi giáo viên giỏi", "thuc_hien"),
                   "86/PGDĐT": ("kiểm tra nội bộ", "thuc_hien"),
                   "87/PGDĐT": ("kiểm tra chuyên đề", "thuc_hien")}


def test_a_number_alone_that_its_date_or_issuer_identifies_is_a_mention():
    # As district letters cite a dispatch whose symbol they leave out, and a Party rule known by its number.
    cites = _cites("Thực hiện Công điện số 81 ngày 20/8/2024 của Thủ tướng Chính phủ về đảm bảo trật tự, an toàn "
                   "giao thông; theo Quy định 164 của Bộ Chính trị về bồi dưỡng kiến thức;\n"
                   "I. NỘI DUNG\n1. Quán triệt Kết luận số 01 và Chỉ thị số 36-CT/TW của Bộ Chính trị.\n")
    cd = _by_surface(cites, "Công điện số 81")[0]
    assert (cd.number_symbol, cd.issued_date, cd.issuer, cd.citation_key) == (
        "81", "2024-08-20", "Thủ tướng Chính phủ", "Công điện 81 (Thủ tướng Chính phủ, 2024)")
    assert _by_surface(cites, "Quy định 164")[0].citation_key == "Quy định 164 (Bộ Chính trị)"
    # (a list's body is the bare number's too: it has no code to name another)
    assert _by_surface(cites, "Kết luận số 01")[0].citation_key == "Kết luận 01 (Bộ Chính trị)"


def test_a_number_alone_is_no_mention_where_nothing_identifies_it():
    cites = _cites("1. Xây dựng kế hoạch 5 năm của nhà trường; thực hiện Chương trình 135 của Chính phủ cho các xã "
                   "đặc biệt khó khăn.\n2. Thực hiện chỉ thị số 17 về việc tăng cường kỷ cương; QĐ 20 và Thông tư "
                   "số 5/2000/TT-BXD ngày 27/6/2000 của Bộ Xây dựng.\n3. Đại hội Chi đoàn diễn ra trong 2 phiên, "
                   "thực hiện theo phương án 1 của Chương trình Đại hội.\n")
    surfaces = [c.surface for c in cites]
    assert surfaces == ["Thông tư số 5/2000/TT-BXD"], surfaces
