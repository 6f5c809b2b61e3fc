"""Citations: canonical symbols under real-world noise, fields, relations, keys, and the wild set."""
from __future__ import annotations

import regex
import pytest

from pipeline.api import parse_file, parse_text
from pipeline.normalize import normalize

from .conftest import CORPUS, wild_files


def _cites(path: str):
    return [c for d in parse_file(str(CORPUS / path)) for c in d.citations]


@pytest.mark.parametrize("file,surface,symbol", [
    ("000_214afb9450e5b4dd.txt", "Kết luận số01-KL/TW", "01-KL/TW"),               # no space after số
    ("001_e0aee330aa8355da.txt", "Nghị định số 59/2023/NĐ-CP", "59/2023/NĐ-CP"),   # symbol split by blank lines
    ("003_723b0c46fb5dfa44.txt", "Thông tư số 36/2017/TTBGDĐT", "36/2017/TT-BGDĐT"),  # missing hyphen
    ("003_723b0c46fb5dfa44.txt", "Kế hoạch số 19/KH UBND", "19/KH-UBND"),          # space for hyphen
    ("003_723b0c46fb5dfa44.txt", "Quy chế số 09- QC/TU", "09-QC/TU"),              # stray space
    ("004_755144333ea7a6dd.txt", "Pháp lệnh 34-PL/UBTVQH 11", "34-PL/UBTVQH11"),   # term number apart
    ("004_755144333ea7a6dd.txt", "công căn số 2521-CV/TU", "2521-CV/TU"),          # OCR slip in the type word
])
def test_noisy_symbols_get_their_canonical_form(file, surface, symbol):
    found = {c.surface.replace("\n", " "): c for c in _cites(file)}
    assert surface in found, sorted(found)
    assert found[surface].number_symbol == symbol


def test_type_words_fixed_from_ocr_slips_and_symbol_codes():
    cites = {c.number_symbol: c for c in _cites("004_755144333ea7a6dd.txt")}
    assert cites["2521-CV/TU"].doc_type == "Công văn"
    cites = {c.number_symbol: c for c in _cites("000_214afb9450e5b4dd.txt")}
    assert cites["01-ĐA/HU"].doc_type == "Đề án"  # written `Đồ án`


def test_fields_of_a_full_first_mention():
    cites = {c.number_symbol: c for c in _cites("001_e0aee330aa8355da.txt")}
    law = cites["10/2022/QH15"]
    assert (law.doc_type, law.issued_date, law.issuer, law.subject, law.relation) == (
        "Luật", "2022-11-10", "Quốc hội khóa XV", "thực hiện dân chủ ở cơ sở", "thuc_hien")
    cv = cites["328/UBND-NV"]
    assert cv.issuer == "Ủy ban nhân dân quận Tân Bình" and cv.issued_date == "2025-02-19"


def test_relations_from_cue_words_and_nesting():
    cites = _cites("002_920707ccab616b09.txt")
    by_symbol = {c.number_symbol: c for c in cites}
    assert by_symbol["79/KH-UBND"].relation == "can_cu"
    assert by_symbol["21/NQ-HĐND"].relation == "other"  # nested in the Kế hoạch's subject
    cites = {c.number_symbol: c for c in _cites("003_723b0c46fb5dfa44.txt") if c.number_symbol}
    assert cites["2761/SGD&ĐT-TTr"].relation == "other"   # `theo hướng dẫn tại`
    assert cites["04/2021/TT-TTCP"].relation == "other"   # nested
    assert cites["10/CT-TTg"].relation == "thuc_hien"     # list governed by `Thực hiện nghiêm chỉnh`


def test_name_only_citations_and_generic_mentions():
    cites = _cites("003_723b0c46fb5dfa44.txt")
    names = [c.name for c in cites if c.name]
    assert {"Luật Tiếp công dân", "Luật Khiếu nại", "Luật Tố cáo", "Nghị quyết Trung ương 4, khóa XI"} <= set(names)
    assert not any("các cấp" in n for n in names)  # `Nghị quyết Đại hội Đảng các cấp` is generic
    assert not any(c.surface.startswith("Kế hoạch này") for c in cites)


def test_same_document_written_differently_gets_one_key():
    cites = _cites("003_723b0c46fb5dfa44.txt")
    keys = {c.citation_key for c in cites if c.number_symbol == "90/2020/NĐ-CP"}
    assert len(keys) == 1
    laws = {c.citation_key for c in cites if c.name and "dân chủ" in c.name}
    assert len(laws) == 1


def test_law_named_and_numbered_in_one_text_is_linked():
    docs = parse_file(str(CORPUS / "001_e0aee330aa8355da.txt"))
    keys = {c.citation_key for c in docs[0].citations if c.doc_type == "Luật"}
    assert keys == {"Luật 10/2022/QH15"}


def test_short_mention_and_alias_resolve_to_the_full_mention():
    text = normalize(
        "Căn cứ Quyết định số 1237/QĐ-TTg ngày 27 tháng 7 năm 2013 của Thủ tướng Chính phủ phê duyệt Đề án "
        "(sau đây gọi tắt là Đề án 1237);\nCác bộ triển khai Quyết định 1237 và báo cáo kết quả thực hiện Đề án 1237.")
    cites = parse_text(text)[0].citations
    keys = {c.citation_key for c in cites}
    assert keys == {"Quyết định 1237/QĐ-TTg (2013)"}  # a yearless symbol is keyed with its year
    assert len(cites) == 3


def test_own_number_is_not_a_citation():
    cites = _cites("001_e0aee330aa8355da.txt")
    assert not any(c.number_symbol == "95/KH-TC" for c in cites)


def test_pinpoint_provisions():
    text = "Căn cứ điểm b khoản 1 Điều 2 Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ;"
    cite = parse_text(text)[0].citations[0]
    assert cite.pinpoint == "điểm b khoản 1 Điều 2"
    assert cite.issuer_normalized == "Chính phủ"


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_every_can_cu_line_naming_a_numbered_document_yields_a_citation():
    # A real number (not a form placeholder such as `số....../2018/NĐ-CP`).
    symbol = regex.compile(r"(?<![\d./…])\d{1,5}\s?[/-]\s?(?:\d{4}/)?\p{Lu}")
    for path in wild_files():
        for doc in parse_file(str(path)):
            # The document's own number (read by the frame, or written `… số: N` in the header) repeated
            # in its forms is a self-reference, not a citation.
            header = "\n".join(doc.text.split("\n")[:4])
            own = {doc.meta.doc_number.replace(" ", "")} | set(regex.findall(r"số:\s*(\S+)", header))
            own.discard("")
            for line in regex.finditer(r"(?m)^[ \t\-]*Căn cứ[^\n]*", doc.text):
                if symbol.search(line.group(0)) and not any(o in line.group(0).replace(" ", "") for o in own):
                    inside = [c for c in doc.citations if line.start() <= c.start < line.end()]
                    assert inside, f"{path.name}: {line.group(0)[:120]}"


def test_spacy_component_sets_spans_with_fields_and_renders():
    import spacy
    from spacy import displacy
    import pipeline.spacy_component  # noqa: F401

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("vnplan_citations")
    doc = nlp(normalize((CORPUS / "001_e0aee330aa8355da.txt").read_text(encoding="utf-8")))
    spans = doc.spans["citations"]
    assert spans[0].text == "Công văn số 328/UBND-NV" and spans[0].label_ == "Công văn"
    assert spans[0]._.relation == "thuc_hien"
    html = displacy.render(doc, style="span", options={"spans_key": "citations"})
    assert "328/UBND-NV" in html and "Công văn" in html


def test_spacy_plan_component_carries_every_table_of_the_run(corpus_out):
    """`nlp.add_pipe("vnplan")` gives the spans and fields `vnplan extract` writes for the same plan."""
    import pandas as pd
    import spacy
    from spacy import displacy

    import pipeline.spacy_component  # noqa: F401

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("vnplan")
    doc = nlp(normalize((CORPUS / "004_755144333ea7a6dd.txt").read_text(encoding="utf-8")))
    assert doc._.vnplan_meta.doc_type == "Kế hoạch"
    tables = {name: pd.read_parquet(corpus_out / f"{name}.parquet") for name in ("deadlines", "parties")}
    mine = {name: t[t["doc_id"] == "004_755144333ea7a6dd"] for name, t in tables.items()}
    assert sorted(s._.due_date or "" for s in doc.spans["deadlines"]) == sorted(mine["deadlines"]["due_date"])
    assert sorted(s._.party for s in doc.spans["parties"]) == sorted(mine["parties"]["party"])
    assert {s.label_ for s in doc.spans["parties"]} <= {"lead", "coordinate", "report_to", "other"}
    # A span snapped to tokens may carry glued punctuation; its `surface` is the row's, as in the tables.
    cites = pd.read_parquet(corpus_out / "citations.parquet")
    written = sorted(cites[cites["doc_id"] == "004_755144333ea7a6dd"]["surface"])
    assert sorted(s._.surface for s in doc.spans["citations"]) == written
    assert any(s.text != s._.surface for s in doc.spans["citations"])
    html = displacy.render(doc, style="span", options={"spans_key": "deadlines"})
    assert doc.spans["deadlines"][0].label_ in html


# --------------------------------------------------------------------------- real documents of ../shared

from .conftest import SHARED  # noqa: E402

DEVSET = SHARED / "devset" / "texts"
WILD = SHARED / "wild"
needs_shared = pytest.mark.skipif(not (DEVSET.is_dir() and WILD.is_dir()), reason="needs ../shared/devset and ../shared/wild")


def _shared_cites(folder, stem: str):
    return [c for d in parse_file(str(folder / f"{stem}.txt")) for c in d.citations]


@needs_shared
def test_law_names_are_read_whole_and_not_one_word_more():
    full = "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"
    # Written in full, shortened (`Luật Bầu cử năm 2015`) and with a word left out: one name, one law.
    bau_cu = [c for c in _shared_cites(DEVSET, "fresh_41") if c.surface.lower().startswith("luật bầu cử")]
    assert len(bau_cu) >= 40
    assert {c.name for c in bau_cu} == {full}
    assert {c.citation_key for c in bau_cu} == {"Luật 85/2015/QH13"}
    assert {c.year for c in bau_cu if "2015" in c.surface} == {"2015"}  # the year written after the name
    # A name runs on into the sentence (`Luật Quy hoạch chậm nên phải …`) and stops at it.
    planning = [c for c in _shared_cites(WILD, "src_tvplcrawl_12") if c.name.startswith("Luật Quy hoạch")]
    assert len(planning) >= 25 and {c.name for c in planning} == {"Luật Quy hoạch"}
    # Internal commas are part of a name (`Luật Phòng, chống thiên tai`).
    assert "Luật Phòng, chống thiên tai" in {c.name for c in _shared_cites(WILD, "src_tvplcrawl_63")}


@needs_shared
def test_amending_law_is_a_document_and_the_laws_it_lists_are_mentions():
    cites = [c for c in _shared_cites(DEVSET, "fresh_11") if c.doc_type == "Luật" and not c.number_symbol]
    amending = [c for c in cites if c.name.startswith("Luật sửa đổi, bổ sung")]
    assert len(amending) == 1
    assert amending[0].name.endswith("Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính")
    assert amending[0].citation_key == "Luật 56/2024/QH15" and amending[0].issued_date == "2024-11-29"
    listed = [c for c in cites if amending[0].start < c.start < amending[0].end]
    assert [c.name for c in listed] == [
        "Luật Chứng khoán", "Luật Kế toán", "Luật Kiểm toán độc lập", "Luật Ngân sách nhà nước",
        "Luật Quản lý, sử dụng tài sản công", "Luật Quản lý thuế", "Luật Thuế thu nhập cá nhân",
        "Luật Dự trữ quốc gia", "Luật Xử lý vi phạm hành chính"]
    assert {c.relation for c in listed} == {"other"}


@needs_shared
def test_a_name_written_before_its_number_is_one_mention_of_that_law():
    line = next(c for c in _shared_cites(DEVSET, "fresh_35") if c.number_symbol == "85/2015/QH13")
    assert line.doc_type == "Luật"  # not `Công văn`: the name before `số` gives the type
    assert line.name == "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"
    assert line.surface.startswith("Luật Bầu cử") and line.issued_date == "2015-06-25"


@needs_shared
def test_look_alikes_are_not_laws():
    lawyers = _shared_cites(WILD, "src_congbot_3")
    assert {c.name for c in lawyers if c.name.startswith("Luật Luật")} == {"Luật Luật sư"}  # the Law on Lawyers
    assert not any(c.name.startswith("Luật sư") for c in lawyers)
    # `dự án Luật dân tộc`: a law still to be drafted is not cited.
    assert not any("dân tộc" in c.name.lower() for c in _shared_cites(WILD, "src_tvplcrawl_15"))
    # `(sau đây gọi là cấp tỉnh)` defines a term, not a name for a document.
    for stem in ("src_tvplcrawl_13", "src_congbot_9"):
        assert not any(c.surface.strip().lower() in ("cấp tỉnh", "cấp huyện") for c in _shared_cites(WILD, stem))
    # `mẫu số 03/KBS/GSQL`, `01/CT/XĐTXX/GSQL` in a list of forms: forms, not documents.
    assert not any("KBS" in c.number_symbol for c in _shared_cites(WILD, "src_tvplcrawl_27"))
    forms = _shared_cites(WILD, "src_tvplcrawl_52")
    assert not any("XĐTXX" in c.number_symbol or "ĐNTL" in c.number_symbol for c in forms)
    assert "6372/TCHQ-GSQL" in {c.number_symbol for c in _shared_cites(WILD, "src_tvplcrawl_51")}  # a letter of that office


@needs_shared
def test_symbol_shapes_of_real_documents():
    by_surface = {c.surface.replace("\n", " "): c for c in _shared_cites(DEVSET, "fresh_27")}
    assert by_surface["Văn bản số 16/CGC.BT"].number_symbol == "16/CGC.BT"  # a dotted sub-unit
    assert {c.number_symbol for c in _shared_cites(DEVSET, "fresh_19")} >= {"213/KH-UBND", "6709/UBND-NC"}  # lost hyphens
    notice = [c for c in _shared_cites(DEVSET, "fresh_41") if "MTTW" in c.number_symbol]
    assert {(c.doc_type, c.number_symbol) for c in notice} == {("Thông tri", "04/TT-MTTW-BTT")}  # `…-BTT-Ngày` trimmed
    joint = [c for c in _shared_cites(DEVSET, "fresh_40") if "NQLT" in c.number_symbol]
    assert joint and {c.doc_type for c in joint} == {"Nghị quyết liên tịch"}
    # `102/2025/NQLT/UBTVQH15-CP- ĐCTUBTWMTTQVN`: a slash written for the hyphen after the type code,
    # the chain of joint issuers kept whole: the same document, the same key as fresh_40's.
    slashed = [c for c in _shared_cites(DEVSET, "fresh_44") if c.number_symbol.startswith("102/2025/")]
    assert {c.number_symbol for c in slashed} == {"102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"}
    assert {c.citation_key for c in slashed} == {c.citation_key for c in joint if c.number_symbol.startswith("102/")}
    # `29-` at the end of a line, `NQ/TW` on the next one.
    assert any(c.number_symbol == "21-CT/TW" and "\n" in c.surface for c in _shared_cites(DEVSET, "fresh_13"))


@needs_shared
def test_unicode_hyphens_in_symbols():
    line = next(ln for ln in (DEVSET / "fresh_35.txt").read_text(encoding="utf-8").split("\n") if "46-CT/TW" in ln)
    for hyphen in ("\u2010", "\u2011", "\u2013"):  # as word processors write them
        cites = parse_text(normalize(line.replace("46-CT/TW", f"46{hyphen}CT/TW")))[0].citations
        assert "46-CT/TW" in {c.number_symbol for c in cites}


def test_a_symbols_parts_are_read_by_position():
    # canonical_symbol reads `groups()`: SYMBOL's capturing groups are its seven named parts, in this order.
    from pipeline.citations.symbols import SYMBOL, canonical_symbol

    assert SYMBOL.groups == 7
    assert sorted(SYMBOL.groupindex, key=SYMBOL.groupindex.get) == ["num", "year", "lsym", "ptype", "piss", "asym", "osym"]
    found = [canonical_symbol(m) for m in SYMBOL.finditer(
        "Căn cứ Nghị định số 04/2015/NĐ-CP, Chỉ thị số 05-CT/TW, Công văn số 328/UBND-NV và Quyết định số 169-CP")]
    assert found == ["04/2015/NĐ-CP", "05-CT/TW", "328/UBND-NV", "169-CP"]


def test_a_space_typed_inside_a_body_s_code_is_one_code_but_two_codes_stay_two():
    # as school plans cite the ministry's circulars and the department's letters, a space slipped into the code
    text = ("Căn cứ Thông tư số 32/2020/TT-BGD ĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Điều lệ "
            "trường trung học cơ sở, trường trung học phổ thông;\n"
            "Căn cứ Công văn số 1254/SGD ĐT-GDTrH ngày 12/8/2024 của Sở Giáo dục và Đào tạo về hướng dẫn nhiệm vụ năm học;\n"
            "Căn cứ Kế hoạch số 19/KH UBND ngày 10/01/2024 của Ủy ban nhân dân huyện về công tác phổ cập giáo dục;")
    cites = {c.number_symbol: c for c in parse_text(normalize(text))[0].citations}
    assert set(cites) == {"32/2020/TT-BGDĐT", "1254/SGDĐT-GDTrH", "19/KH-UBND"}
    circular = cites["32/2020/TT-BGDĐT"]
    # (the date and the body after the code are still read: the mention ends after the whole code)
    assert (circular.issued_date, circular.issuer) == ("2020-09-15", "Bộ trưởng Bộ Giáo dục và Đào tạo")
    assert circular.surface == "Thông tư số 32/2020/TT-BGD ĐT"


@needs_shared
def test_a_symbol_right_after_a_bracket_or_a_list_separator():
    # `các Nghị định số 181/2004/NĐ-CP;197/2004/NĐ-CP`, `(84/2007/NĐ-CP)`: a list that names the type once,
    # typed without the space after its separator, and a number in brackets. The symbol's left edge
    # excludes letters, digits, `/ . &` and hyphens only (its character class once ran from `&` to
    # U+2010 and excluded brackets and separators too).
    line = next(ln for ln in (WILD / "src_congbot_49.txt").read_text(encoding="utf-8").split("\n")
                if "181/2004/NĐ-CP; Nghị định số 197/2004/NĐ-CP" in ln)
    listed = line.replace("Nghị định số 181/2004/NĐ-CP; Nghị định số 197/2004/NĐ-CP",
                          "các Nghị định số 181/2004/NĐ-CP;197/2004/NĐ-CP")
    listed = listed.replace("Nghị định số 84/2007/NĐ-CP", "Nghị định của Chính phủ (84/2007/NĐ-CP)")
    assert listed != line and ";197/" in listed and "(84/" in listed
    cites = parse_text(normalize(listed))[0].citations
    assert {"181/2004/NĐ-CP", "197/2004/NĐ-CP", "84/2007/NĐ-CP", "69/2009/NĐ-CP"} <= {c.number_symbol for c in cites}
    # Still no symbol that starts inside a word, a number or a longer code.
    from pipeline.citations.symbols import SYMBOL

    for before in "(;,:“ ":
        assert SYMBOL.search(f"xem{before}84/2007/NĐ-CP").group() == "84/2007/NĐ-CP", before
    for before in "A1/.&-\u2013":
        found = SYMBOL.search(f"xem{before}84/2007/NĐ-CP")
        assert found is None or found.start() != 4, before


@needs_shared
def test_ocr_damage_read_by_the_clean_spelling_in_the_same_text():
    notices = [c for c in _shared_cites(DEVSET, "fresh_13") if c.number_symbol.startswith("496")]
    # `496-TB/TIJ`, `496-TB/T[J`, `496- lB/TV`, `496-'IBITIJ`, `496-TB/TU`: one notice
    assert len(notices) >= 6 and {c.number_symbol for c in notices} == {"496-TB/TU"}
    assert {c.doc_type for c in notices} == {"Thông báo"}


@needs_shared
def test_own_number_in_the_header_is_not_a_citation():
    assert not any(c.number_symbol == "96/2023/QH15" for c in _shared_cites(WILD, "src_tvplcrawl_32"))  # `Nghị quyết số: …`
    assert not any(c.number_symbol == "61/2022/QH15" for c in _shared_cites(WILD, "src_tvplcrawl_12"))  # crawler title line


@needs_shared
def test_every_basis_of_a_can_cu_clause_is_can_cu():
    line = [c for c in _shared_cites(DEVSET, "fresh_40") if c.start < 2000 and c.relation == "can_cu"]
    assert {c.number_symbol for c in line} >= {"85/2015/QH13", "83/2025/QH15", "75/2015/QH13", "97/2025/QH15",
                                                "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "101/2025/UBTVQH15",
                                                "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"}
    nested = [c for c in _shared_cites(DEVSET, "fresh_40") if c.start < 2000 and c.name in ("Luật Công đoàn", "Luật Thanh niên")]
    assert nested and {c.relation for c in nested} == {"other"}  # named inside the amending law's subject


@needs_shared
def test_replacements_stated_in_the_text():
    replaced = {c.number_symbol: c.replaced_by for c in _shared_cites(WILD, "src_tvplcrawl_51") if c.replaced_by}
    # `Thông tư này … thay thế các Thông tư sau đây: a) … d)`
    assert replaced == {s: "Thông tư 33/2023/TT-BTC" for s in
                        ("38/2018/TT-BTC", "62/2019/TT-BTC", "47/2020/TT-BTC", "07/2021/TT-BTC")}
    # `… sửa đổi, bổ sung A và thay thế B`: B is replaced by the document both belong to, not by A.
    assert not any(c.replaced_by for c in _shared_cites(WILD, "src_congbot_11"))
    # A consolidated text (`VBHN`) repeats replacement clauses; it replaces nothing itself.
    assert not any("VBHN" in c.replaced_by for c in _shared_cites(WILD, "src_congbot_6"))


@needs_shared
def test_lower_case_symbols_with_lost_slashes():
    # A real basis line as a lower-casing copy or an OCR without case gives it: `nghị định số 126 2024 nđ-cp`.
    line = next(ln for ln in (DEVSET / "fresh_27.txt").read_text(encoding="utf-8").split("\n")
                if "Nghị định số 126/2024/NĐ-CP" in ln)
    damaged = line.lower().replace("126/2024/nđ-cp", "126 2024 nđ-cp")
    cites = parse_text(normalize(damaged))[0].citations
    assert ("Nghị định", "126/2024/NĐ-CP") in {(c.doc_type, c.number_symbol) for c in cites}
    assert ("Quyết định", "2344/QĐ-BGDĐT") in {(c.doc_type, c.number_symbol) for c in parse_text(
        "thực hiện quyết dịnh số 2344 qđ-bgddt của bộ giáo dục và đào tạo")[0].citations}


@needs_shared
def test_short_and_abbreviated_law_names_are_written_as_the_official_name():
    found = {c.surface: c for stem in ("src_tvplcrawl_27", "src_tvplcrawl_2", "src_congbot_49")
             for c in _shared_cites(WILD, stem) if not c.number_symbol}
    assert (found["Luật HQ năm 2014"].name, found["Luật HQ năm 2014"].citation_key) == ("Luật Hải quan", "Luật 54/2014/QH13")
    assert (found["Luật DN 2014"].name, found["Luật DN 2014"].citation_key) == ("Luật Doanh nghiệp", "Luật 68/2014/QH13")
    assert found["Luật Ngân sách"].name == "Luật Ngân sách nhà nước"  # a letter of 2010
    assert found["Luật Ngân sách"].citation_key == "Luật 01/2002/QH11"
    # devset fresh_40 writes `Luật Bầu cử` once alone, after the full name and number in its Căn cứ.
    short = [c for c in _shared_cites(DEVSET, "fresh_40") if c.surface == "Luật Bầu cử"]
    assert short and {c.name for c in short} == {"Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"}


def test_acronyms_the_text_defines_or_writes_out():
    # As letters of the health ministry write them: the law in full in the basis, its initials after.
    cites = parse_text(normalize(
        "Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15 ngày 09 tháng 01 năm 2023;\n"
        "Để triển khai thi hành Luật KBCB, Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố trực thuộc trung ương "
        "rà soát, báo cáo.\n"))[0].citations
    short = next(c for c in cites if c.surface == "Luật KBCB")
    assert (short.name, short.citation_key) == ("Luật Khám bệnh, chữa bệnh", "Luật 15/2023/QH15")
    # Initials defined as the name's alias, for a law the registry does not know.
    cites = parse_text(normalize(
        "Căn cứ Luật Bảo vệ quyền lợi người tiêu dùng ngày 20 tháng 6 năm 2023 (sau đây gọi tắt là Luật BVQLNTD);\n\n"
        "Các cơ quan, tổ chức thực hiện đúng quy định tại Điều 5 Luật BVQLNTD.\n"))[0].citations
    assert {c.name for c in cites} == {"Luật Bảo vệ quyền lợi người tiêu dùng"}
    assert len({c.citation_key for c in cites}) == 1  # dated once, the same law where it is not
    # An acronym is a whole name: the clause after its comma is not part of it.
    cite = parse_text(normalize("Theo quy định tại khoản 1 Điều 22 Luật BHYT, mức hưởng bảo hiểm y tế được "
                                "xác định như sau:"))[0].citations[0]
    assert (cite.surface, cite.name) == ("Luật BHYT", "Luật Bảo hiểm y tế")


@needs_shared
def test_a_written_year_or_the_texts_own_dating_picks_the_version():
    land = {c.surface: c.citation_key for c in _shared_cites(WILD, "src_tvplcrawl_57") if not c.number_symbol}
    # The text cites `Luật Đất đai số 31/2024/QH15`; the years it writes after the name still decide.
    assert (land["Luật Đất đai năm 2013"], land["Luật Đất đai năm 2003"], land["Luật Đất đai"]) == (
        "Luật 45/2013/QH13", "Luật 13/2003/QH11", "Luật 31/2024/QH15")
    # A 2014 letter on `Luật hải quan 2014` that also quotes the law it replaced (`Luật Hải quan số
    # 29/2001/QH10`) and the amending law (`… của Luật Hải quan số 42/2005/QH11`): the bare name is the
    # law the text dates.
    customs = _shared_cites(WILD, "src_tvplcrawl_9")
    # (the one its amending law's name lists is the version that law amended)
    assert {c.citation_key for c in customs if c.name == "Luật Hải quan" and not c.number_symbol
            and c.resolution != "amended"} == {"Luật 54/2014/QH13"}
    assert {c.number_symbol for c in customs if c.number_symbol.endswith(("QH10", "QH11"))} == {"29/2001/QH10", "42/2005/QH11"}
    # A decision of 31/7/2024 based on `Luật Đất đai ngày 18 tháng 01 năm 2024`, which took effect on
    # 1/8/2024: its bare `Luật Đất đai` is that law, not the one still in force on its date.
    assert {c.citation_key for c in _shared_cites(WILD, "src_tvplcrawl_6") if c.name == "Luật Đất đai"} == {"Luật 31/2024/QH15"}
    # `Bộ luật Dân sự số 91/2015/QH13 … (sau đây gọi tắt là Bộ luật Dân sự)`: the number the text links
    # decides the bare name, however often it also writes `Bộ luật Dân sự năm 2005`.
    civil = [c for c in _shared_cites(WILD, "src_tvplcrawl_26") if c.name == "Bộ luật Dân sự"]
    assert {c.citation_key for c in civil if "2005" in c.surface} == {"Bộ luật 33/2005/QH11"}
    assert {c.citation_key for c in civil if "2005" not in c.surface} == {"Bộ luật 91/2015/QH13"}


@needs_shared
def test_a_number_written_without_its_leading_zero_is_the_same_document():
    circulars = {c.number_symbol: c.citation_key for c in _shared_cites(WILD, "src_congbot_42") if "TT-BXD" in c.number_symbol}
    assert circulars == {"5/2000/TT-BXD": "Thông tư 05/2000/TT-BXD", "05/2000/TT-BXD": "Thông tư 05/2000/TT-BXD"}


@needs_shared
def test_international_agreements_named_by_a_proper_name():
    customs = {c.doc_type: c for c in _shared_cites(WILD, "src_tvplcrawl_3") if c.doc_type in ("Hiệp định", "Công ước")}
    asean = customs["Hiệp định"]
    assert (asean.name, asean.issued_date, asean.relation) == ("Hiệp định Hải quan ASEAN", "2012-03-30", "can_cu")  # `ký ngày …`
    # `về` + a capital, `và`, `của` + a body: all inside the convention's name; its alias `(Công ước HS)` is not.
    assert customs["Công ước"].name == ("Công ước quốc tế về Hệ thống hài hòa mô tả và mã hóa hàng hóa "
                                        "của Tổ chức Hải quan thế giới")
    origin = _shared_cites(WILD, "src_tvplcrawl_51")
    treaties = {c.name for c in origin if c.doc_type == "Hiệp định"}
    assert {"Hiệp định EVFTA", "Hiệp định UKVFTA", "Hiệp định ATIGA", "Hiệp định CPTPP"} <= treaties
    # A kind of agreement is no citation: `các Hiệp định thương mại tự do mà Việt Nam là thành viên`.
    assert not any(n.lower().startswith("hiệp định thương mại tự do") and "Liên minh" not in n for n in treaties)
    assert not any("Bộ Công Thương" in c.name for c in _shared_cites(WILD, "src_tvplcrawl_52"))
    # `(sau đây gọi là Hiệp định CPTPP)`: the short name is the agreement's own.
    cptpp = {c.name for c in _shared_cites(WILD, "src_tvplcrawl_16") if c.doc_type == "Hiệp định"}
    assert cptpp == {"Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương"}
    # `ở lại miền Nam sau Hiệp định Giơnevơ năm 1954` dates an event.
    assert not any(c.doc_type == "Hiệp định" for c in _shared_cites(WILD, "src_congbot_2"))


@needs_shared
def test_older_and_irregular_symbol_shapes():
    # The old government series (`Nghị định 404-CP`, `Quyết định số 169-CP`), after its type word only.
    history = {c.surface: c for c in _shared_cites(WILD, "src_tvplcrawl_8")}
    assert (history["Nghị định 404-CP"].number_symbol, history["Nghị định 404-CP"].issued_date) == ("404-CP", "1979-11-09")
    assert history["Quyết định số 169-CP"].doc_type == "Quyết định"
    assert not any(regex.fullmatch(r"\d+-\p{Lu}+", c.number_symbol) and not c.surface[0].isalpha()
                   for c in history.values())
    # `… Nghị định 21-CP năm 1996`, `Thông tư 70-TC/TCT năm 1994`: a year written after a yearless number
    # keys it (not `năm ?`).
    notes = [c for c in _shared_cites(WILD, "src_tvplcrawl_19") if c.number_symbol in ("21-CP", "70-TC/TCT")]
    assert {(c.number_symbol, c.citation_key) for c in notes} == {
        ("21-CP", "Nghị định 21-CP (1996)"), ("70-TC/TCT", "Thông tư 70-TC/TCT (1994)")}
    # `102/2025 NQLT/UBTVQH15-…`: a space written for the slash after the year.
    later = [c for c in _shared_cites(DEVSET, "fresh_44") if c.number_symbol.startswith("102/2025")]
    assert len(later) == 3 and {c.number_symbol for c in later} == {"102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"}


@needs_shared
def test_issuer_named_before_the_mention_and_the_issuers_of_a_joint_document():
    # `Xét đề nghị của Giám đốc Sở … tại Tờ trình số …`: the office holder before `tại`.
    proposal = next(c for c in _shared_cites(WILD, "src_congbot_17") if c.number_symbol == "461/TTr-SLĐTBXH")
    assert proposal.issuer == "Giám đốc Sở Lao động - Thương binh và Xã hội"
    letters = {c.number_symbol: c.issuer for c in _shared_cites(DEVSET, "fresh_23")}
    # `ý kiến chỉ đạo của UBND tỉnh tại Công văn số …`: a body named before the mention is written out, as the key does
    assert letters["4377/UBND-NC"] == "Ủy ban nhân dân tỉnh"
    assert letters["8977/BNV-TCPCP"] == "Bộ Nội vụ"  # `Bộ Nội vụ ban hành Công văn số …`
    # Nothing of the sentence around the body: `… thay thế các nội dung … của Bộ Công Thương quy định tại …`
    assert not any(c.issuer.endswith("quy định") for c in _shared_cites(WILD, "src_tvplcrawl_33"))
    # A joint resolution's issuers are a list.
    joint = next(c for c in _shared_cites(DEVSET, "fresh_40") if c.number_symbol.startswith("102/2025/"))
    assert joint.issuer == ("Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận "
                            "Tổ quốc Việt Nam")


@needs_shared
def test_a_proposal_considered_is_no_legal_basis():
    # `Căn cứ …; Căn cứ …; Xét Tờ trình số …` run on one line: `Xét` opens a clause of its own.
    proposals = [c for c in _shared_cites(WILD, "src_congbot_46") if "/LS-" in c.number_symbol or "LĐTBXH-CS" in c.number_symbol]
    assert proposals and {c.relation for c in proposals} == {"other"}
    assert {c.relation for c in _shared_cites(WILD, "src_congbot_46") if c.number_symbol == "93/2001/NĐ-CP"} == {"can_cu"}


@needs_shared
def test_tai_names_where_the_directive_carried_out_is_written():
    """`Thực hiện ý kiến chỉ đạo của UBND tỉnh tại Công văn số 4377/UBND-NC` (fresh_23 L13, fresh_27 L15):
    the letter carries out the directive written in that Công văn; but `thực hiện các chính sách quy định
    tại Điều 2 của Nghị quyết số 23/2003/QH11` (src_tvplcrawl_21) names what the resolution stipulates, and
    `Nghị định số 115/2020/NĐ-CP được sửa đổi, bổ sung tại …` (fresh_08 L52) is amended there."""
    relation = {}
    for stem in ("fresh_23", "fresh_27", "fresh_08"):
        for doc in parse_file(str(DEVSET / f"{stem}.txt")):
            for c in doc.citations:
                relation[c.number_symbol, doc.text.count("\n", 0, c.start) + 1] = c.relation
    assert relation["4377/UBND-NC", 13] == "thuc_hien"
    assert relation["2769/UBND-NCKSTTHC", 15] == "thuc_hien"
    assert relation["115/2020/NĐ-CP", 52] == "other"
    policies = [c for c in _shared_cites(WILD, "src_tvplcrawl_21")
                if c.number_symbol == "23/2003/QH11" and c.relation != "can_cu"]  # (its Căn cứ line apart)
    assert len(policies) >= 2 and {c.relation for c in policies} == {"other"}


# --------------------------------------------------------------------------- citation fields, round 3

@needs_shared
def test_issuer_runs_through_a_bodys_field_its_level_and_the_place_name():
    # fresh_36 L27: `… ngày 05/12/2025 của Ủy ban bầu cử xã Phố Bảng Về việc thành lập Tiểu ban …`: a bare
    # head (`Ủy ban`) named by its field in lower case, then its level and the place; `Về việc` opens the subject.
    decision = next(c for c in _shared_cites(DEVSET, "fresh_36") if c.number_symbol == "03/QĐ-UBBC")
    assert decision.issuer == "Ủy ban bầu cử xã Phố Bảng"
    assert decision.subject.startswith("thành lập Tiểu ban thông tin, tuyên truyền, khánh tiết bầu cử")
    # A capitalised type word after the place name opens the next sentence (a signed plan's run-on line,
    # as the extractor sees a table cell or a lost line break).
    text = ("Căn cứ Kế hoạch số 12/KH-UBBC ngày 15/12/2025 của Ủy ban bầu cử xã Lương Minh Thông báo "
            "về việc niêm yết danh sách cử tri;")
    assert parse_text(text)[0].citations[0].issuer == "Ủy ban bầu cử xã Lương Minh"


@needs_shared
def test_issuer_of_a_council_ends_where_the_trich_yeu_or_a_clause_opens():
    # fresh_44 L33 and L251: `Nghị quyết … của Hội đồng Bầu cử quốc gia Quy định mẫu văn bản hồ sơ ứng cử …`.
    # Without `về`, the trích yếu is no subject (SPEC; devset NOTES on TT 04/2020), but it is the trích yếu.
    resolutions = [c for c in _shared_cites(DEVSET, "fresh_44") if c.number_symbol == "40/NQ-HĐBCQG" and c.issuer]
    assert [c.issuer.lower() for c in resolutions] == ["hội đồng bầu cử quốc gia"] * 2
    assert {c.subject for c in resolutions} == {""}
    assert all(c.trich_yeu.lower().startswith("quy định mẫu văn bản hồ sơ ứng cử") for c in resolutions)
    # src_tvplcrawl_26 L142: `… của Hội đồng Thẩm phán Tòa án nhân dân tối cao để giải quyết, …`
    judges = [c for c in _shared_cites(WILD, "src_tvplcrawl_26") if c.number_symbol == "03/2006/NQ-HĐTP" and c.issuer]
    assert judges and {c.issuer for c in judges} == {"Hội đồng Thẩm phán Tòa án nhân dân tối cao"}


@needs_shared
def test_issuer_keeps_a_two_word_field_of_its_name():
    # src_tvplcrawl_12 L31: `Báo cáo số 166/BC-ĐGS … của Đoàn giám sát`: `giám sát` is one word of the name (L9 and L12
    # write the body it belongs to after it: `… của Đoàn giám sát của Quốc hội về …`).
    reports = [c for c in _shared_cites(WILD, "src_tvplcrawl_12") if c.number_symbol == "166/BC-ĐGS"]
    assert reports and {c.issuer for c in reports} == {"Đoàn giám sát", "Đoàn giám sát của Quốc hội"}
    assert _fields_by_line(WILD, "src_tvplcrawl_12")["166/BC-ĐGS", 31][0] == "Đoàn giám sát"


def _fields_by_line(folder, stem: str) -> dict:
    fields = {}
    for doc in parse_file(str(folder / f"{stem}.txt")):
        for c in doc.citations:
            fields[c.number_symbol, c.line] = (c.issuer, c.subject)  # (the line of the file as written)
    return fields


@needs_shared
def test_subject_ends_where_the_citing_text_goes_on():
    fresh_23 = _fields_by_line(DEVSET, "fresh_23")
    # L13–14 `về việc xem xét đề nghị của Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng (kèm theo Công văn số …`
    assert fresh_23["4377/UBND-NC", 13][1] == "xem xét đề nghị của Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"
    # L28–29 `… Công văn số 8977/BNV-TCPCP về\nviệc trả lời đề nghị … (có văn bản kèm theo);`: `về việc` across a line break
    assert fresh_23["8977/BNV-TCPCP", 28][1] == "trả lời đề nghị của Sở Nội vụ tỉnh Lâm Đồng"
    # L15 `(kèm theo Công văn số 227/MTTQ-BTT … về đề nghị công nhận … giao nhiệm vụ)`: the bracket closes outside
    assert fresh_23["227/MTTQ-BTT", 15][1].endswith("do Đảng, Nhà nước giao nhiệm vụ")
    fresh_19 = _fields_by_line(DEVSET, "fresh_19")
    # L150 `… về cải cách hành chính nhà nước năm 2025 với chủ đề “Sắp xếp tổ chức bộ máy …”`
    assert fresh_19["213/KH-UBND", 150][1] == "cải cách hành chính nhà nước năm 2025"
    # L145 `… và thực hiện chế độ báo cáo định kỳ, để tổ chức thực hiện các nhiệm vụ …`
    assert fresh_19["4625/BNV-CCHC", 145][1] == "xây dựng kế hoạch cải cách hành chính và thực hiện chế độ báo cáo định kỳ"
    # fresh_27 L19–20 `… quy định về tổ chức, hoạt động và quản lý hội, có hiệu lực thi hành từ 26/11/2024, thay thế …`
    assert _fields_by_line(DEVSET, "fresh_27")["126/2024/NĐ-CP", 19][1] == "tổ chức, hoạt động và quản lý hội"
    fresh_40 = _fields_by_line(DEVSET, "fresh_40")
    # L145 `… về công tác kiểm tra, giám sát và kỷ luật của Đảng thì ngoài việc chuyển đến …`
    assert fresh_40["296-QĐ/TW", 145][1] == "công tác kiểm tra, giám sát và kỷ luật của Đảng"
    # L35 `… nhiệm kỳ 2026 – 2031 và các văn bản chỉ đạo triển khai hướng dẫn khác …`
    assert fresh_40["46-CT/TW", 35][1].endswith("Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031")
    # L215 `(Quyết định số 07/QĐ-MTTQ-BTT … về thành lập Ban chỉ đạo … của Ủy ban MTTQ Việt Nam xã Lương Minh)`
    issuer, subject = fresh_40["07/QĐ-MTTQ-BTT", 215]
    assert issuer == "Ủy ban MTTQ Việt Nam xã Lương Minh" and subject.endswith("nhiệm kỳ 2026 – 2031")


@needs_shared
def test_a_stop_word_in_title_case_is_a_word_of_the_name():
    # fresh_27 L144 `Công văn số 1862/STTTT-VP ngày 25/10/2024 của Sở Thông tin và Truyền thông;`: `truyền thông`
    # after a name is a verb, `Truyền thông` inside it is not; a trích yếu verb ends it in any case
    # (src_tvplcrawl_33 L9 `… của Chính phủ Sửa đổi, bổ sung một số Điều …`).
    assert _fields_by_line(DEVSET, "fresh_27")["1862/STTTT-VP", 144][0] == "Sở Thông tin và Truyền thông"
    assert _fields_by_line(WILD, "src_tvplcrawl_33")["106/2011/NĐ-CP", 9][0] == "Chính phủ"


@needs_shared
def test_issue_date_that_opens_the_sentence_of_the_mention():
    # fresh_23 L24–25 `Ngày 01/10/2025, Sở Nội vụ đã ban\nhành Công văn số 1843/SNV-TCBC gửi …`, L28 `Ngày
    # 06/10/2025, Bộ Nội vụ ban hành Công văn số 8977/BNV-TCPCP về …`; src_congbot_36 `Ngày 26/4/2013, Thủ tướng
    # Chính phủ đã ban hành Quyết định số 22/2013/QĐ-TTg về việc …`.
    dates = {c.number_symbol: c.issued_date for c in _shared_cites(DEVSET, "fresh_23")}
    assert dates["1843/SNV-TCBC"] == "2025-10-01" and dates["8977/BNV-TCPCP"] == "2025-10-06"
    decision = [c for c in _shared_cites(WILD, "src_congbot_36") if c.number_symbol == "22/2013/QĐ-TTg"]
    assert decision[0].issued_date == "2013-04-26"


@needs_shared
def test_subject_ends_where_a_body_opens_the_main_clause():
    # fresh_40 L31 `… về thực hiện công tác bầu cử … nhiệm kỳ 2026 - 2031, Ban Thường trực Ủy ban Mặt trận Tổ quốc
    # Việt Nam xã hướng dẫn …`; src_congbot_9 `… về chế độ đối với thanh niên xung phong …, Bộ trưởng Bộ Lao động -
    # Thương binh và Xã hội, Bộ trưởng Bộ Nội vụ, Bộ trưởng Bộ Tài chính ban hành Thông tư liên tịch …` (a list of bodies)
    assert _fields_by_line(DEVSET, "fresh_40")["33/KH-MTTQ-BTT", 31][1].endswith("các cấp nhiệm kỳ 2026 - 2031")
    youth = [c for c in _shared_cites(WILD, "src_congbot_9") if c.number_symbol == "40/2011/QĐ-TTg" and c.subject]
    assert youth and not any("Bộ trưởng" in c.subject for c in youth)
    # src_tvplcrawl_32 `… về việc lấy phiếu tín nhiệm … đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân bầu
    # hoặc phê chuẩn`: a body that governs another verb is part of the subject.
    trust = [c for c in _shared_cites(WILD, "src_tvplcrawl_32") if c.number_symbol == "85/2014/QH13" and c.subject]
    assert trust and all(c.subject.endswith("do Quốc hội, Hội đồng nhân dân bầu hoặc phê chuẩn") for c in trust)


@needs_shared
def test_issuer_before_the_last_tai_of_a_proposal():
    # fresh_30 L20–22 `Theo đề nghị của Hội Khuyến học tỉnh Bình Thuận tại Công văn số 06/KHBT ngày … và Giám đốc
    # Sở Nội vụ tại Công văn số 437/SNV-TCCC …`: each letter's issuer is the body before its own `tại`.
    issuers = {c.number_symbol: c.issuer for c in _shared_cites(DEVSET, "fresh_30")}
    assert issuers["06/KHBT"] == "Hội Khuyến học tỉnh Bình Thuận"
    assert issuers["437/SNV-TCCC"] == "Giám đốc Sở Nội vụ"


@needs_shared
def test_subject_after_the_addressees_of_a_letter():
    # fresh_23 L25–27 `Công văn số 1843/SNV-TCBC gửi Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và
    # Bộ Nội vụ về việc xin ý kiến hướng dẫn về công tác hội.`
    letter = next(c for c in _shared_cites(DEVSET, "fresh_23") if c.number_symbol == "1843/SNV-TCBC")
    assert letter.subject == "xin ý kiến hướng dẫn về công tác hội"


@needs_shared
def test_a_quoted_title_after_the_issuer_is_the_subject():
    # src_congbot_42 L15 `Thông tư số 32/TT-TC ngày 14/10/1960 của Ban Tổ chức Trung ương "Hướng dẫn thi hành chính
    # sách …" và Thông tư số 03/NV …`: the title closes the issuer and is the subject; the `thi hành` inside it
    # does not make the next mention one the text carries out.
    cites = {c.number_symbol: c for c in _shared_cites(WILD, "src_congbot_42")}
    assert cites["32/TT-TC"].issuer == "Ban Tổ chức Trung ương"
    assert cites["32/TT-TC"].subject == "Hướng dẫn thi hành chính sách đối với cán bộ, Đảng viên hoạt động lâu năm"
    assert cites["03/NV"].relation == "other"
    # src_tvplcrawl_17 `Chỉ thị số 37-CT/TW … của Ban Bí thư “về tăng cường sự lãnh đạo …”`: SPEC drops the `về`.
    directive = [c for c in _shared_cites(WILD, "src_tvplcrawl_17") if c.number_symbol == "37-CT/TW" and c.subject]
    assert directive and not any(c.subject.lower().startswith(("về", "“")) for c in directive)


@needs_shared
def test_issuer_the_state_name_and_a_capitalised_trich_yeu_verb():
    # src_tvplcrawl_3 L9 `… của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam về việc …`
    president = next(c for c in _shared_cites(WILD, "src_tvplcrawl_3") if c.number_symbol == "49/QĐ-CTN")
    assert president.issuer == "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"
    # src_tvplcrawl_2 L3 `Phúc đáp Công văn số 615/KVN-PC ngày 3 tháng 4 năm 2019 của Tổng công ty Khí Việt Nam…`
    company = next(c for c in _shared_cites(WILD, "src_tvplcrawl_2") if c.number_symbol == "615/KVN-PC")
    assert company.issuer.startswith("Tổng công ty Khí Việt Nam")
    # src_tvplcrawl_12 L44 `… của Ủy ban Thường vụ Quốc hội Giải thích một số điều của Luật Quy hoạch …`
    interpretation = next(c for c in _shared_cites(WILD, "src_tvplcrawl_12") if c.number_symbol == "751/2019/UBTVQH14")
    assert interpretation.issuer == "Ủy ban Thường vụ Quốc hội"


@needs_shared
def test_numbers_of_one_list_share_the_body_before_and_the_subject_after():
    # fresh_11 L37–38 `Xét đề nghị Sở Tài chính tại các Công văn số 10587/STC-HCSN ngày 25 tháng 10 năm 2025 và số
    # 11453/STC-HCSN ngày 31 tháng 10 năm 2025 về bổ sung dự toán …`
    letters = {c.number_symbol: c for c in _shared_cites(DEVSET, "fresh_11")}
    first, second = letters["10587/STC-HCSN"], letters["11453/STC-HCSN"]
    assert first.issuer == second.issuer == "Sở Tài chính"
    assert first.subject == second.subject and first.subject.startswith("bổ sung dự toán ngân sách Thành phố năm 2025")
    # src_congbot_2 `… số 40/2011/QĐ-TTg, số 49/2015/QĐ-TTg ngày 14 tháng 10 năm 2015 của Thủ tướng Chính phủ về …`:
    # without a body named before the list, the last number's description is its own.
    decisions = [c for c in _shared_cites(WILD, "src_congbot_2") if c.number_symbol == "40/2011/QĐ-TTg"]
    assert decisions and not any(c.subject.startswith("một số chế độ, chính sách đối với dân công") for c in decisions)


def test_a_field_named_like_a_type_word_stays_in_the_issuer():
    """`của Sở Kế hoạch và Đầu tư về việc …`, `của Phòng Kế hoạch - Tài chính huyện …`: `Kế hoạch` right
    after the head names the body's field; after a whole name it opens the subject (`của Phòng GD&ĐT huyện
    Lạc Thủy Kế hoạch thực hiện …`)."""
    text = ("UBND TỈNH HÒA BÌNH\nSỞ TÀI CHÍNH\nSố: 1520/STC-QLNS\nHòa Bình, ngày 22 tháng 7 năm 2025\n"
            "V/v lập dự toán năm 2026\nKính gửi: Các sở, ban, ngành tỉnh\n"
            "Thực hiện Công văn số 1234/SKHĐT-TH ngày 10/7/2025 của Sở Kế hoạch và Đầu tư về việc lập kế hoạch "
            "đầu tư công năm 2026, Sở Tài chính đề nghị các đơn vị thực hiện.\n"
            "Căn cứ Công văn số 88/KHTC ngày 10/7/2025 của Phòng Kế hoạch - Tài chính huyện Lạc Thủy về việc giao "
            "dự toán;\n"
            "Thực hiện Kế hoạch số 5/KH-PGDĐT ngày 10/7/2025 của Phòng GD&ĐT huyện Lạc Thủy Kế hoạch thực hiện "
            "nhiệm vụ năm học, các trường triển khai.\n")
    fields = {c.number_symbol: (c.issuer, c.subject) for c in parse_text(text)[0].citations}
    assert fields["1234/SKHĐT-TH"] == ("Sở Kế hoạch và Đầu tư", "lập kế hoạch đầu tư công năm 2026")
    assert fields["88/KHTC"] == ("Phòng Kế hoạch - Tài chính huyện Lạc Thủy", "giao dự toán")
    assert fields["5/KH-PGDĐT"][0] == "Phòng GD&ĐT huyện Lạc Thủy"  # as written


# --------------------------------------------------------------------------- trích yếu without `về`, issuers before brackets


@needs_shared
def test_a_trich_yeu_without_ve_is_read_after_the_date_or_the_issuer():
    """`… của Ủy ban Thường vụ Quốc hội quy định chi tiết, hướng dẫn …`: the trích yếu opens with the verb
    that names what the document does; it goes to `trich_yeu`, and `subject` stays the `về …` part."""
    fresh_40: dict = {}
    for c in _shared_cites(DEVSET, "fresh_40"):
        if c.issuer:
            fresh_40.setdefault(c.number_symbol, c)  # the first full mention
    # L29: the issuers of a joint resolution, then its trích yếu; NQ 101's trích yếu runs to the first `;`
    joint = fresh_40["403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"]
    assert joint.issuer.endswith("Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
    assert joint.trich_yeu == "quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam"
    nq101 = fresh_40["101/2025/UBTVQH15"]
    assert (nq101.issuer, nq101.subject) == ("Ủy ban Thường vụ Quốc hội", "")
    assert nq101.trich_yeu == "quy định chi tiết, hướng dẫn việc tổ chức hội nghị cử tri"
    # fresh_41 L287 `… quy định tại Thông tư số 87/2025/TT-BTC ngày 29/8/2025 của Bộ Tài chính hướng dẫn việc lập …`
    circular = next(c for c in _shared_cites(DEVSET, "fresh_41") if c.number_symbol == "87/2025/TT-BTC")
    assert circular.issuer == "Bộ Tài chính"
    assert circular.trich_yeu.startswith("hướng dẫn việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí bầu cử")
    assert circular.trich_yeu.endswith("nhiệm kỳ 2026 - 2031")  # not `và các quy định khác có liên quan`
    # src_congbot_17 L15: a date and no issuer: `Pháp lệnh số 35/2007/PL-UBTVQH11 ngày 21/6/2007 sửa đổi, bồ sung …`
    ordinance = [c for c in _shared_cites(WILD, "src_congbot_17") if c.number_symbol == "35/2007/PL-UBTVQH11"]
    assert ordinance and ordinance[0].trich_yeu.startswith("sửa đổi, bồ sung một số điều của Pháp lệnh")
    # fresh_30 L16-18: up to the nested numbered mention, as a `về` subject is (devset NOTES)
    tt04 = next(c for c in _shared_cites(DEVSET, "fresh_30") if c.number_symbol == "04/2020/TT-BNV")
    assert (tt04.subject, tt04.trich_yeu) == ("", "quy định chi tiết và hướng dẫn thi hành một số điều của")
    # A `về` subject is the trích yếu too.
    assert all(c.trich_yeu == c.subject for c in fresh_40.values() if c.subject)


@needs_shared
def test_what_follows_a_mention_without_a_title_is_no_trich_yeu():
    # fresh_27 L89 `… có Văn bản số 01/HLV ngày … báo cáo: “nhận thấy không có khả năng …”`: a verb of the sentence
    # that opens a quotation, not a title.
    letters = [c for c in _shared_cites(DEVSET, "fresh_27") if c.number_symbol == "01/HLV"]
    assert letters and {c.trich_yeu for c in letters} == {""}
    # 000 L155 `… Chỉ thị số 19-CT/TU … gắn với thực hiện …`: `gắn với` links the sentence's task to the directive.
    assert {c.trich_yeu for c in _cites("000_214afb9450e5b4dd.txt") if c.number_symbol == "19-CT/TU"} == {""}
    # src_congbot_15 L17 `… Báo cáo số 31/BC-CP … về việc …, QUYẾT NGHỊ:`: the operative heading after the colon
    report = next(c for c in _shared_cites(WILD, "src_congbot_15") if c.number_symbol == "31/BC-CP")
    assert report.subject.endswith("ưu đãi về người có công với cách mạng")
    # src_tvplcrawl_44 `… quy định xử phạt vi phạm hành chính trong lĩnh vực kế toán, kiểm toán độc lập như sau:`
    fines = [c for c in _shared_cites(WILD, "src_tvplcrawl_44") if c.number_symbol == "41/2018/NĐ-CP" and c.subject]
    assert fines and all(c.subject.endswith("kiểm toán độc lập") for c in fines)


@needs_shared
def test_subject_ends_at_a_bracket_around_the_mention_and_at_an_alias():
    # src_congbot_16 L83 `(theo mẫu tại Công văn số 2906/LĐTBXH-KHTC … về việc xây dựng dự toán … 2018-2020) gửi về Bộ …`
    letter = next(c for c in _shared_cites(WILD, "src_congbot_16") if c.number_symbol == "2906/LĐTBXH-KHTC")
    assert letter.subject.endswith("kế hoạch tài chính - NSNN 03 năm 2018-2020")
    # src_congbot_22 L13 `… về kiểm soát thủ tục hành chính (đã được sửa đổi, bổ sung bởi Nghị định số …)`
    decree = next(c for c in _shared_cites(WILD, "src_congbot_22") if c.number_symbol == "63/2010/NĐ-CP")
    assert decree.subject == "kiểm soát thủ tục hành chính"
    # src_congbot_36 L8 `… về việc hỗ trợ người có công với cách mạng về nhà ở (sau đây gọi tắt là QĐ22)`: the subject
    # stops before the alias, which then names the decision wherever it is written.
    housing = [c for c in _shared_cites(WILD, "src_congbot_36") if c.number_symbol == "22/2013/QĐ-TTg"]
    assert housing[0].subject == "hỗ trợ người có công với cách mạng về nhà ở"
    assert any(c.surface == "QĐ22" for c in housing)
    # src_congbot_7 `(sau đây gọi là Pháp lệnh)`: a type word alone is no alias (every `Pháp lệnh` would be a mention)
    assert not any(c.surface == "Pháp lệnh" and c.number_symbol for c in _shared_cites(WILD, "src_congbot_7"))


@needs_shared
def test_issuer_named_before_a_bracketed_letter_or_before_the_number():
    # src_congbot_41 L8 `Xét đề nghị của Ủy ban nhân dân tỉnh Nghệ An (Công văn số 5969/UBND-TM …), ý kiến của các Bộ:
    # …, Ban Thi đua - Khen thưởng Trung ương (Công văn số 2211/BTĐKT-VIII …)`
    letters = {c.number_symbol: c.issuer for c in _shared_cites(WILD, "src_congbot_41")}
    assert letters["5969/UBND-TM"] == "Ủy ban nhân dân tỉnh Nghệ An"
    assert letters["2211/BTĐKT-VIII"] == "Ban Thi đua - Khen thưởng Trung ương"
    # fresh_26 L497-498 `… thành lập Ban Quản lý các Khu công nghiệp tỉnh (Quyết định số 1668/QĐ-TTg …)`: the body
    # the decision set up, the object of a verb, did not issue it.
    assert {c.issuer for c in _shared_cites(DEVSET, "fresh_26") if c.number_symbol == "1668/QĐ-TTg"} == {""}
    # src_congbot_16 L31 `các Quyết định của Thủ tướng Chính phủ số 142/2008/QĐ-TTg ngày …, số 53/2010/QĐ-TTg ngày …`
    decisions = {c.number_symbol: c.issuer for c in _shared_cites(WILD, "src_congbot_16")}
    assert decisions["142/2008/QĐ-TTg"] == decisions["53/2010/QĐ-TTg"] == "Thủ tướng Chính phủ"
    # fresh_19 L182 `(tại Công văn số 6709/UBNDNC ngày 07/11/205 của Chủ tịch UBND tỉnh)`: a mistyped year; the office
    # holder written out
    letter = next(c for c in _shared_cites(DEVSET, "fresh_19") if c.number_symbol == "6709/UBND-NC")
    assert (letter.issuer, letter.issued_date) == ("Chủ tịch Ủy ban nhân dân tỉnh", "")


@needs_shared
def test_subject_keeps_a_body_it_is_about_and_ends_at_a_second_predicate():
    fresh_27 = {}
    for c in _shared_cites(DEVSET, "fresh_27"):
        if c.subject:
            fresh_27.setdefault(c.number_symbol, (c.issuer, c.subject))  # the first mention with a subject
    # L150-151 `Công văn số 3191/SXD-VP … về việc chuyển ý kiến đề xuất của Sở Nội vụ về báo cáo …`: the body is what
    # the letter forwards, not its issuer.
    assert fresh_27["3191/SXD-VP"] == ("", "chuyển ý kiến đề xuất của Sở Nội vụ về báo cáo kết quả thực hiện nhiệm vụ")
    # L11-12 `… về việc tổ chức đại hội nhiệm kỳ của hội và giao Sở Nội vụ theo dõi, đôn đốc …`
    assert fresh_27["2769/UBND-NCKSTTHC"][1] == "tổ chức đại hội nhiệm kỳ của hội"
    # L82 `… Văn bản số 16/CGC.BT ngày 19/8/2024 báo cáo về tổ chức đại hội nhiệm kỳ …`: `báo cáo về` as `quy định về`
    assert fresh_27["16/CGC.BT"][1].startswith("tổ chức đại hội nhiệm kỳ và kiến nghị kéo dài")
    # fresh_08 L31-32 `… của Ủy ban nhân dân Thành phố Hồ Chí Minh hướng dẫn một số nội dung về tuyển dụng, …`
    guide = next(c for c in _shared_cites(DEVSET, "fresh_08") if c.number_symbol == "1397/HD-UBND")
    assert guide.subject.startswith("tuyển dụng, sử dụng và quản lý viên chức")


@needs_shared
def test_subject_after_a_second_body_and_inside_a_quotation():
    # fresh_40 L197 `… Thông tri số 05/TT-MTTW-BTT, ngày 04/11/2025 của Ủy ban Trung ương MTTQ Việt Nam và của Ban Thường
    # trực Ủy ban MTTQ tỉnh về Hướng dẫn … nhiệm kỳ 2026 - 2031 và Hướng dẫn này, Ban Thường trực … xây dựng kế hoạch …`
    circular = next(c for c in _shared_cites(DEVSET, "fresh_40") if c.number_symbol == "05/TT-MTTW-BTT" and c.subject)
    assert circular.issuer == "Ủy ban Trung ương MTTQ Việt Nam"
    assert circular.subject.startswith("Hướng dẫn MTTQ Việt Nam tham gia công tác bầu cử")
    assert circular.subject.endswith("các cấp nhiệm kỳ 2026 - 2031")  # not the citing Hướng dẫn, not its main clause
    # fresh_08 L105-106 `“… khoản 13 Điều 1 Nghị định số 85/2023/NĐ-CP quy định về Chế độ, chính sách … tập sự” “1. …`:
    # the quotation that holds the mention closes, and the subject with it.
    quoted = [c.subject for c in _shared_cites(DEVSET, "fresh_08") if c.number_symbol == "85/2023/NĐ-CP" and c.subject]
    assert "Chế độ, chính sách đối với người tập sự và người hướng dẫn tập sự" in quoted


@needs_shared
def test_the_clause_after_a_subject_is_the_citing_bodys():
    # fresh_08 L31-33 `… Công văn số 1397/HD-UBND … hướng dẫn một số nội dung về tuyển dụng, … của Ủy ban nhân dân Thành
    # phố Hồ Chí Minh, Sở Giáo dục và Đào tạo hướng dẫn Ủy ban nhân dân phường, …`: the subject ends at the comma; the
    # main clause is the issuing Sở's own guidance (its preamble's enacting statement: no task row, the key's row there
    # is optional), and no body of the cited document's subject is a party.
    doc = parse_file(str(DEVSET / "fresh_08.txt"))[0]
    guide = next(c for c in doc.citations if c.number_symbol == "1397/HD-UBND")
    assert guide.subject.endswith("thuộc thẩm quyền của Ủy ban nhân dân Thành phố Hồ Chí Minh")
    clause = doc.text.index("Sở Giáo dục và Đào tạo hướng dẫn", guide.start)
    assert not any(guide.start <= p.start <= clause for p in doc.parties)


def test_subject_ends_before_the_manner_of_the_citing_verb():
    # 003 L40 `… học tập và làm theo … Chỉ thị số 05-CT/TW … về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong
    # cách Hồ Chí Minh một cách đồng bộ, toàn diện`: `một cách …` says how the plan's task is done.
    directive = [c for c in _cites("003_723b0c46fb5dfa44.txt") if c.number_symbol == "05-CT/TW" and c.subject]
    assert directive and all(c.subject.endswith("phong cách Hồ Chí Minh") for c in directive)


def test_no_pattern_of_the_stage_is_compiled_after_the_warm_up(monkeypatch):
    # The fork server's warm-up runs the stages over its sample plan, whose first `extract` calls
    # `prepare`: every pattern the stage makes from the lexicon is built then. A worker compiles only
    # the few made from a text's own words: the clean spelling of an OCR-damaged symbol
    # (ocr.repair_ocr) and a defined acronym (shortforms).
    import sys
    import traceback

    import regex._main

    from pipeline import textfold
    from pipeline.warmup import SAMPLE_PLAN

    from .conftest import SHARED

    parse = getattr(regex._main, "_parse_pattern", None)
    if parse is None:
        pytest.skip("this version of regex parses patterns elsewhere")
    # As in a fresh process, whatever ran before: the stage's built patterns and the pattern caches emptied.
    for name, module in list(sys.modules.items()):
        if name.startswith("pipeline.citations") and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
    textfold.rx.cache_clear()
    regex.purge()
    parse_text(SAMPLE_PLAN, name="warm-up.txt")
    compiled: list[tuple[str, str]] = []

    def noted(source, info):
        frames = [f for f in traceback.extract_stack() if "/pipeline/citations/" in f.filename]
        if frames:
            compiled.append((f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].name}", source.string))
        return parse(source, info)

    monkeypatch.setattr(regex._main, "_parse_pattern", noted)
    folders = [CORPUS, SHARED / "wild", SHARED / "devset" / "texts"]
    paths = [p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    mentions = 0
    for path in paths:
        for doc in parse_file(str(path)):
            mentions += len(doc.citations)
    assert mentions > 1_000
    per_text = {"ocr.py:repair_ocr", "shortforms.py:defined_acronyms"}
    assert [c for c in compiled if c[0] not in per_text] == []


# --------------------------------------------------------------------------- round 6: keys held apart


@needs_shared
def test_a_name_that_goes_on_past_a_registered_one_is_another_law():
    # src_tvplcrawl_41 L15 `… theo quy định tại Luật Doanh nghiệp nhà nước năm 1995, Luật Doanh nghiệp nhà nước năm
    # 2003 (sau đây gọi tắt là Luật Doanh nghiệp nhà nước) thành công ty … theo quy định tại Luật Doanh nghiệp.`
    doc = parse_file(str(WILD / "src_tvplcrawl_41.txt"))[0]
    line = doc.text.split("\n")[14]
    at = doc.text.index(line)
    on_line = [c for c in doc.citations if at <= c.start < at + len(line)]
    assert [(c.surface, c.name, c.citation_key) for c in on_line] == [
        ("Luật Doanh nghiệp nhà nước năm 1995", "Luật Doanh nghiệp nhà nước", "Luật Doanh nghiệp nhà nước (1995)"),
        ("Luật Doanh nghiệp nhà nước năm 2003", "Luật Doanh nghiệp nhà nước", "Luật 14/2003/QH11"),
        ("Luật Doanh nghiệp", "Luật Doanh nghiệp", "Luật 59/2020/QH14")]
    # (the law of 1995 is older than any version the registry knows: its own key.) L17 `… theo quy định tại Luật
    # Doanh nghiệp nhà nước chưa chuyển đổi …`: the state-enterprise law, not the enterprise law of 2020.
    later = [c for c in doc.citations if c.start > at + len(line) and c.name.startswith("Luật Doanh nghiệp")]
    assert later and all(c.citation_key == "Luật 14/2003/QH11" for c in later if "nhà nước" in c.surface)
    assert not any(c.citation_key == "Luật 59/2020/QH14" and doc.text[c.end:c.end + 9] == " nhà nước" for c in later)
    # A registered name the sentence goes on after is not made longer: fresh_41 L43 `Luật bầu cử đại biểu Quốc hội
    # và Hội đồng nhân dân các cấp nhiệm kỳ 2026 -2031` (a year follows, but `các cấp nhiệm kỳ` is no noun complement).
    election = [c for c in _shared_cites(DEVSET, "fresh_41") if c.surface.startswith("Luật bầu cử đại biểu Quốc hội và Hội")]
    assert election and {c.name for c in election} == {"Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"}


@needs_shared
def test_a_year_older_than_every_registered_version_keeps_its_own_key():
    # src_tvplcrawl_1 L7 (a letter of 2019) `Trong Luật Doanh nghiệp năm 2000, 2005, 2014, …`: the registry knows the
    # laws of 2014 and 2020 only; the law of 2000 is neither. The letter's undated mentions stay the law in force.
    cites = [c for c in _shared_cites(WILD, "src_tvplcrawl_1") if c.name == "Luật Doanh nghiệp"]
    assert {c.citation_key for c in cites if "2000" in c.surface} == {"Luật Doanh nghiệp (2000)"}
    assert {c.citation_key for c in cites if "2000" not in c.surface} == {"Luật 68/2014/QH13"}
    # A year between two versions may be a budget year: src_congbot_16 L83 `dự toán thực hiện Pháp lệnh ưu đãi NCC
    # với cách mạng năm 2018` makes no law of 2018, nor dates the text's other mentions of the ordinance.
    ordinance = [c for c in _shared_cites(WILD, "src_congbot_16") if c.name == "Pháp lệnh Ưu đãi người có công với cách mạng"]
    assert any("2018" in c.surface for c in ordinance)
    assert not any("2018" in c.citation_key for c in ordinance)
    assert {c.citation_key for c in ordinance if "20" not in c.surface} == {"Pháp lệnh 26/2005/PL-UBTVQH11"}


@needs_shared
def test_the_definition_of_a_short_name_is_no_mention_of_its_own():
    # src_tvplcrawl_26 L10 `… của Bộ luật Dân sự số 91/2015/QH13 ngày 24 tháng 11 năm 2015 (sau đây gọi tắt là Bộ luật
    # Dân sự).`: one mention.
    doc = parse_file(str(WILD / "src_tvplcrawl_26.txt"))[0]
    line = doc.text.split("\n")[9]
    at = doc.text.index(line)
    assert [c.surface for c in doc.citations if at <= c.start < at + len(line)] == ["Bộ luật Dân sự số 91/2015/QH13"]
    # src_tvplcrawl_16 L30 `… Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (sau đây gọi là Hiệp định
    # CPTPP)`; L31 `… để thực hiện Hiệp định CPTPP …` is a later use: a mention of the same agreement.
    cites = _shared_cites(WILD, "src_tvplcrawl_16")
    text = parse_file(str(WILD / "src_tvplcrawl_16.txt"))[0].text
    definition = text.index("(sau đây gọi là Hiệp định CPTPP)")
    assert not any(definition < c.start < definition + 35 for c in cites)
    uses = [c for c in cites if c.surface == "Hiệp định CPTPP"]
    assert uses and {c.citation_key for c in uses} == {"Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương"}
    # A definition that repeats the number is a mention (src_tvplcrawl_21 L12, NOTES-B).
    resolution = [c for c in _shared_cites(WILD, "src_tvplcrawl_21") if c.number_symbol == "23/2003/QH11"]
    assert len(resolution) >= 2


# A letter of the shape the held-out set has: the first sentence as written there, the rest as such letters go on.
_HEALTH_INSURANCE_LETTER = """BẢO HIỂM XÃ HỘI TỈNH
Số: 150/BHXH-TST
V/v thực hiện chế độ BHYT đối với học sinh
Kính gửi: Các cơ sở giáo dục trên địa bàn tỉnh.
Thực hiện quy định tại Điều 22 Luật bảo hiểm y tế số 25/2008/QH12 ngày 14/11/2008 của Quốc hội đã được sửa đổi, \
bổ sung một số điều theo Luật số 46/2014/QH13 ngày 13/6/2014 của Quốc hội (sau đây gọi là Luật BHYT), Bảo hiểm xã \
hội tỉnh hướng dẫn như sau:
1. Mức hưởng theo quy định tại Điều 22 Luật BHYT.
"""


def test_the_amending_law_is_carried_out_with_the_law_it_amends():
    cites = [c for d in parse_text(_HEALTH_INSURANCE_LETTER, name="bhxh.txt") for c in d.citations]
    assert [(c.surface, c.relation, c.citation_key) for c in cites] == [
        ("Luật bảo hiểm y tế số 25/2008/QH12", "thuc_hien", "Luật 25/2008/QH12"),
        ("Luật số 46/2014/QH13", "thuc_hien", "Luật 46/2014/QH13"),
        ("Luật BHYT", "other", "Luật 25/2008/QH12")]  # the alias defined in brackets: only its later use


# fresh_40 L29 cites the joint resolution in full; plans of the same kind then shorten it (`số 102/2025/NQLT`).
_ELECTION_PLAN = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN LẬP
Số: 12/KH-MTTQ-BTT
KẾ HOẠCH
Tổ chức hội nghị hiệp thương lần thứ nhất
Căn cứ Nghị quyết Liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025 của Ủy ban Thường vụ Quốc \
hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;
1. Việc tổ chức hội nghị cử tri thực hiện theo quy định tại Nghị quyết liên tịch số 102/2025/NQLT và Nghị quyết \
số 101/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội.
"""


def test_a_symbol_cut_short_is_the_full_symbol_of_the_text_it_begins():
    cites = [c for d in parse_text(_ELECTION_PLAN, name="hiep-thuong.txt") for c in d.citations]
    joint = [c for c in cites if c.doc_type == "Nghị quyết liên tịch"]
    assert [c.surface for c in joint] == ["Nghị quyết Liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
                                          "Nghị quyết liên tịch số 102/2025/NQLT"]
    assert {c.number_symbol for c in joint} == {"102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"}
    assert {c.citation_key for c in joint} == {"Nghị quyết liên tịch 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"}


@needs_shared
def test_a_noun_complement_after_a_registered_name_is_read_where_the_name_closes():
    # The same L15 of src_tvplcrawl_41 read with a registry that lacks `Luật Doanh nghiệp nhà nước`: the grammar, not
    # the registry, tells the longer name (its added words common nouns, a year after them); where the sentence goes
    # on after a registered name (devset fresh_41 L43 `… Hội đồng nhân dân các cấp nhiệm kỳ 2026 -2031`), it stops.
    from pipeline.citations import registry
    from pipeline.citations.names import read_name
    from pipeline.textfold import fold

    rows = [r for r in registry.read_rows(registry.REGISTRY_PATH) if r.name != "Luật Doanh nghiệp nhà nước"]
    without = registry.build(rows)
    for folder, stem, line_no, expected in [
            (WILD, "src_tvplcrawl_41", 15, ["Luật Doanh nghiệp nhà nước", "Luật Doanh nghiệp nhà nước", "Luật Doanh nghiệp"]),
            (DEVSET, "fresh_41", 43, ["Luật Bầu cử đại biểu Quốc hội và Hội đồng nhân dân"])]:
        line = (folder / f"{stem}.txt").read_text(encoding="utf-8").split("\n")[line_no - 1]
        folded = fold(line)
        names = []
        for m in regex.finditer(r"(?<!\p{L})Luật(?=\s)", line):
            if line[:m.start()].rstrip().endswith(" là"):
                continue  # the alias definition
            read = read_name(line, folded, m.start(), m.end(), "Luật", without)
            names.append(read.name)
        assert names == expected


@needs_shared
def test_can_cu_as_a_scans_ocr_leaves_it_still_governs():
    # devset fresh_13 (a scan) L73 `1. Cn cU các nOi dung có lien quan ti Thông báo s6 496- lB/TV ngày …`: `Căn cứ`
    # with its marks lost; the notice is the basis (devset NOTES).
    notice = [c for c in _shared_cites(DEVSET, "fresh_13") if c.surface.startswith("Thông báo s6 496")]
    assert [c.relation for c in notice] == ["can_cu"]


@needs_shared
def test_the_number_after_an_amending_laws_name_is_the_amending_laws():
    # src_tvplcrawl_9 L6 `Luật này thay thế Luật Hải quan số 29/2001/QH10 năm 2001 và Luật sửa đổi, bổ sung một số điều
    # của Luật Hải quan số 42/2005/QH11 năm 2005.`: 42/2005 is the amending law's number; the `Luật Hải quan` its name
    # lists is the law it amended (the registry's `amended_by`), 29/2001.
    cites = _shared_cites(WILD, "src_tvplcrawl_9")
    amending = [c for c in cites if c.number_symbol == "42/2005/QH11"]
    assert [(c.surface, c.name) for c in amending] == [
        ("Luật sửa đổi, bổ sung một số điều của Luật Hải quan số 42/2005/QH11",
         "Luật sửa đổi, bổ sung một số điều của Luật Hải quan")]
    listed = [c for c in cites if amending[0].start < c.start < amending[0].end]
    assert [(c.surface, c.citation_key, c.relation) for c in listed] == [("Luật Hải quan", "Luật 29/2001/QH10", "other")]
    # src_tvplcrawl_30 L7 `Căn cứ … Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp số 76/2025/QH15`: the basis is
    # the amending law, and no `Luật Doanh nghiệp` takes its number.
    cites = _shared_cites(WILD, "src_tvplcrawl_30")
    basis = [c for c in cites if c.number_symbol == "76/2025/QH15"]
    assert basis and basis[0].name == "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp"
    assert basis[0].relation == "can_cu"
    assert not any(c.name == "Luật Doanh nghiệp" and c.citation_key == "Luật 76/2025/QH15" for c in cites)


@needs_shared
def test_a_registered_name_that_quotes_a_title_is_read_through_the_quotes():
    # src_congbot_16 L31 `… hướng dẫn thi hành một số điều của Pháp lệnh quy định danh hiệu vinh dự Nhà nước “Bà mẹ Việt
    # Nam anh hùng”; …`
    honour = [c for c in _shared_cites(WILD, "src_congbot_16") if "Bà mẹ Việt Nam anh hùng" in c.surface]
    assert [c.surface for c in honour] == ["Pháp lệnh quy định danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”"]
    assert honour[0].citation_key == "Pháp lệnh quy định danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” (1994)"


@needs_shared
def test_a_document_named_after_an_effective_date_clause_is_not_carried_out():
    """`… trước ngày Nghị định này có hiệu lực thi hành thì áp dụng Nghị định số 125/2020/NĐ-CP …` and `Kể từ
    ngày Nghị định này có hiệu lực thi hành, Nghị định số 127/2013/NĐ-CP … hết hiệu lực`: `thi hành` there is
    the noun phrase `hiệu lực thi hành` (when the citing decree takes effect), not the citing text carrying the
    cited decree out (models/cues.json `thuc_hien_nominal`)."""
    transitional = [c for c in _shared_cites(WILD, "src_tvplcrawl_44") if c.line == 355]
    repealed = [c for c in _shared_cites(WILD, "src_tvplcrawl_62") if c.line == 606]
    assert [(c.number_symbol, c.relation) for c in transitional] == [("125/2020/NĐ-CP", "other")]
    assert ("127/2013/NĐ-CP", "other") in [(c.number_symbol, c.relation) for c in repealed]
    assert ("127/2013/NĐ-CP", "thuc_hien") not in [(c.number_symbol, c.relation) for c in repealed]


@needs_shared
def test_a_subject_ends_before_a_footnote_a_stray_mark_and_an_office_holders_clause():
    cites = _shared_cites(WILD, "src_tvplcrawl_17")
    # L7 `… Đảng “về tăng cường … trong tình hình mới “;`: the closing quote typed as an opening one
    # L29 `… trong tình hình mới (Kế hoạch số 119-KH/TU);`: the bracket of the nested mention that ends it
    directive = {c.line: c.subject for c in cites if c.number_symbol == "37-CT/TW" and c.line in (7, 29)}
    assert set(directive.values()) >= {"tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định"
                                        " và tiến bộ trong tình hình mới"}
    assert all(s.endswith("tình hình mới") for s in directive.values()), directive
    # L107 ends `… của các đơn vị sự nghiệp công lập/`, the next line opens the next footnote, `[2] Tại Kế hoạch số …`
    resolution = [c for c in cites if c.number_symbol == "19-NQ/TW" and c.line == 107]
    assert [c.subject for c in resolution] == ["tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng,"
                                                " hiệu quả hoạt động của các đơn vị sự nghiệp công lập"]
    # src_congbot_41 L8 `… (Công văn số 2211/BTĐKT-VIII …) về việc bổ sung kinh phí … trong hai cuộc kháng chiến, Phó
    # Thủ tướng Vũ Văn Ninh có ý kiến như sau:`: the office holder's clause is the citing sentence's own
    letter = [c for c in _shared_cites(WILD, "src_congbot_41") if c.number_symbol == "2211/BTĐKT-VIII"]
    assert letter and letter[0].subject.endswith("có thành tích trong hai cuộc kháng chiến")


def test_a_title_and_a_name_after_a_comma_end_the_subject_only_before_the_verb_they_govern():
    # devset fresh_19 L14: `… kết luận của đồng chí Nguyễn Ngọc Phúc - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh tại buổi
    # làm việc …`: a second title of the same person, in apposition, is more of the subject
    text = ("Căn cứ Thông báo số 493/TB-UBND ngày 15/4/2025 của UBND tỉnh về kết luận của đồng chí Nguyễn Ngọc Phúc - "
            "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh tại buổi làm việc nghe báo cáo đánh giá kết quả cải cách hành chính;\n")
    cite = parse_text(text)[0].citations[0]
    assert cite.subject.endswith("Phó Chủ tịch UBND tỉnh tại buổi làm việc nghe báo cáo đánh giá kết quả cải cách hành chính")


@needs_shared
def test_an_office_holder_as_issuer_is_written_out_and_a_joint_issuer_has_one_form():
    # src_congbot_20 L56 `Công văn số 4478/UBND-NC ngày 18/11/2022 của Chủ tịch UBND tỉnh`
    letters = [c for c in _shared_cites(WILD, "src_congbot_20") if c.number_symbol == "4478/UBND-NC"]
    assert {c.issuer for c in letters} == {"Chủ tịch Ủy ban nhân dân tỉnh"}
    # src_congbot_19 L15 `của Bộ trưởngBộ Giáo dục và Đào tạo`: the space lost between the title and the body
    decision = [c for c in _shared_cites(WILD, "src_congbot_19") if c.number_symbol == "2045/QĐ-BGDĐT"]
    assert decision[0].issuer == "Bộ trưởng Bộ Giáo dục và Đào tạo"
    # A body's own name stays as written (sample 003 L33 `của UBND tỉnh`)
    assert {c.issuer for c in _cites("003_723b0c46fb5dfa44.txt") if c.number_symbol == "42/KH-UBND"} == {"UBND tỉnh"}
    # src_congbot_11 L15 `của Liên Bộ: Lao động …, Tài chính, Y tế`, L27 `của Liên Bộ Lao động …, Tài chính, Y tế`,
    # and `của liên Bộ: Lao động … - Tài chính - Y tế`: one joint issuer each, written without the list's colon
    joint = {}
    for c in _shared_cites(WILD, "src_congbot_11"):
        joint.setdefault(c.number_symbol, set()).add(c.issuer)
    assert joint["25/2010/TTLT-BLĐTBXH-BTC-BYT"] == {"Liên Bộ Lao động Thương binh và Xã hội, Tài chính, Y tế"}
    assert joint["06/2007/TTLT-BLĐTBXH-BTC-BYT"] == {"liên Bộ Lao động Thương binh và Xã hội - Tài chính - Y tế"}


@needs_shared
def test_an_issuer_ends_before_the_next_provision_a_note_a_new_clause_and_an_adverb():
    def issuer(folder, stem, symbol, line):
        return {c.issuer for c in _shared_cites(folder, stem) if c.number_symbol == symbol and c.line == line}
    # fresh_44 L73 `… Nghị quyết số 101/2025/UBTVQH15 của Uỷ ban Thường vụ Quốc hội và Chương II của Nghị quyết liên tịch …`
    assert issuer(DEVSET, "fresh_44", "101/2025/UBTVQH15", 73) == {"Uỷ ban Thường vụ Quốc hội"}
    # src_congbot_5 L640 `… Nghị định số 75/2021/NĐ-CP … của Chính phủ và Phụ lục IV Nghị định số 55/2023/NĐ-CP …`
    assert issuer(WILD, "src_congbot_5", "75/2021/NĐ-CP", 640) == {"Chính phủ"}
    # src_tvplcrawl_49 L416 `… của Bộ Tài nguyên và Môi trường [Cụm từ này bị thay thế bởi …]`: the editor's note
    assert issuer(WILD, "src_tvplcrawl_49", "27/2018/TT-BTNMT", 416) == {"Bộ Tài nguyên và Môi trường"}
    # src_congbot_18 L17 `… của Bộ Tài chính Xét đề nghị của Cục Thuế …`: the next preamble clause, its `;` lost
    assert issuer(WILD, "src_congbot_18", "117/2004/TT-BTC", 17) == {"Bộ Tài chính"}
    # src_congbot_33 L9 `… Nghị định số 44/2008/NĐ-CP … của Chính phủ chỉ được thực hiện …`
    assert issuer(WILD, "src_congbot_33", "44/2008/NĐ-CP", 9) == {"Chính phủ"}
    # src_tvplcrawl_57 L382 `… Nghị định số 103/2024/NĐ-CP … của Chính phủ Mẫu số 04/LCHS …`: an annex's form
    assert issuer(WILD, "src_tvplcrawl_57", "103/2024/NĐ-CP", 382) == {"Chính phủ"}


@needs_shared
def test_a_subject_ends_before_the_amendment_note_and_a_condition_of_the_citing_text():
    def subjects(stem, symbol, line):
        return {c.subject for c in _shared_cites(WILD, stem) if c.number_symbol == symbol and c.line == line} - {""}
    # src_tvplcrawl_63 L68 `… Nghị định số 67/2014/NĐ-CP … về một số chính sách phát triển thủy sản, đã được sửa đổi, bổ
    # sung tại khoản 16 Điều 1 Nghị định số …`: the decree's later amendment is no part of its title
    assert subjects("src_tvplcrawl_63", "67/2014/NĐ-CP", 68) == {"một số chính sách phát triển thủy sản"}
    # src_tvplcrawl_44 L214 `… về xử phạt … kinh doanh xổ số đã được sửa đổi, bổ sung một số điều theo Nghị định số …`
    assert subjects("src_tvplcrawl_44", "98/2013/NĐ-CP", 214) == {
        "xử phạt vi phạm hành chính trong lĩnh vực kinh doanh bảo hiểm, kinh doanh xổ số"}
    # src_tvplcrawl_43 L156 `… về quản lý, sử dụng đất trồng lúa (được sửa đổi, bổ sung tại khoản 4 Điều 1 …`
    assert subjects("src_tvplcrawl_43", "35/2015/NĐ-CP", 156) == {"quản lý, sử dụng đất trồng lúa"}
    # src_tvplcrawl_53 L264 `… về chức năng, nhiệm vụ … vốn nhà nước, nếu có yếu tố khách quan …`: the citing rule's condition
    assert subjects("src_tvplcrawl_53", "151/2013/NĐ-CP", 264) == {
        "chức năng, nhiệm vụ và cơ chế hoạt động của Tổng công ty Đầu tư và Kinh doanh vốn nhà nước"}


@needs_shared
def test_a_range_of_years_cut_at_a_line_end_is_one_word_in_the_subject():
    # devset fresh_02 L18-19 `… của UBND TP.HCM về triển khai Đề án … giai đoạn 2021-` ⏎ `2025;`
    plan = [c for c in _shared_cites(DEVSET, "fresh_02") if c.number_symbol == "468/KH-UBND"]
    assert plan[0].subject.endswith("giai đoạn 2021-2025")
    # sample 003 L64 writes `giai đoạn 2021- 2025` on one line: kept as written
    assert [c.subject for c in _cites("003_723b0c46fb5dfa44.txt") if c.number_symbol == "69/KH-UBND"][0].endswith("2021- 2025")


@needs_shared
def test_a_title_in_capitals_ends_before_the_authority_line_of_the_decision_that_cites_it():
    def subject(stem, symbol, line):
        return next(c.subject for c in _shared_cites(WILD, stem) if c.number_symbol == symbol and c.line == line)
    # src_congbot_4 L7 `… VỀ TIẾP TỤC TĂNG CƯỜNG … VỚI CÁCH MẠNG` ⏎⏎ `THỦ TƯỚNG CHÍNH PHỦ`
    assert subject("src_congbot_4", "14-CT/TW", 7).endswith("NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG")
    # src_congbot_43 L7 `… VỀ NHÀ Ở TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH` ⏎⏎ `CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH`
    # (the city's scope is the citing plan's: the Prime Minister's decision covers the country, as the key writes it)
    assert subject("src_congbot_43", "22/2013/QĐ-TTg", 7).endswith("VỚI CÁCH MẠNG VỀ NHÀ Ở")
    # src_tvplcrawl_47 L6, one line: `… QUỐC GIA NĂM 2024 BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG`
    assert subject("src_tvplcrawl_47", "02/NQ-CP", 6).endswith("CẠNH TRANH QUỐC GIA NĂM 2024")


@needs_shared
def test_carrying_out_the_tasks_a_document_lays_down_is_thuc_hien():
    # src_congbot_21 L319 `… thực hiện các nội dung, nhiệm vụ quy định tại Quyết định số 1237/QĐ-TTg và kế hoạch này.`
    # (gold-wild `thuc_hien`; devset NOTES: the object of `thực hiện` is `thuc_hien`)
    tasks = [c for c in _shared_cites(WILD, "src_congbot_21") if c.number_symbol == "1237/QĐ-TTg" and c.line == 319]
    assert [c.relation for c in tasks] == ["thuc_hien"]
    # src_tvplcrawl_44 L355 `… thì áp dụng Nghị định số 125/2020/NĐ-CP`: not a directive carried out, still `other`
    assert [c.relation for c in _shared_cites(WILD, "src_tvplcrawl_44") if c.line == 355] == ["other"]


@needs_shared
def test_a_main_clause_between_two_mentions_ends_the_first_ones_description():
    # src_tvplcrawl_9 L8 `… trong khi chờ Nghị định, Thông tư quy định chi tiết Luật hải quan có hiệu lực thi hành, Bộ Tài
    # chính yêu cầu các đơn vị thực hiện các quy định của Luật hải quan năm 2014 …`: the second law is the object of the
    # sentence's own `thực hiện`, not part of the first one's description
    law = [c for c in _shared_cites(WILD, "src_tvplcrawl_9") if c.line == 8]
    assert [c.relation for c in law][:3] == ["thuc_hien", "other", "thuc_hien"]
    # src_tvplcrawl_33 L217 `… Thông tư liên tịch số 84/2013/TTLT-BTC-BCT-BGTVT … giữa Bộ Tài chính, Bộ Công Thương và Bộ
    # Giao thông vận tải hướng dẫn thực hiện Quyết định số 48/2011/QĐ-TTg …`: the joint issuers' list, then the circular's
    # trích yếu; the decision nested in it stays `other`
    nested = [c for c in _shared_cites(WILD, "src_tvplcrawl_33") if c.number_symbol == "48/2011/QĐ-TTg" and c.line == 217]
    assert [c.relation for c in nested] == ["other"]


@needs_shared
def test_a_subject_ends_before_the_caption_of_an_attached_text():
    # src_congbot_43 L34 `… VỀ NHÀ Ở TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH (Ban hành kèm theo Quyết định số 3210/QĐ-UBND …)`,
    # src_tvplcrawl_47 L25 `… CẠNH TRANH QUỐC GIA NĂM 2024 (Kèm theo Quyết định số …)`: the caption of the plan attached
    housing = [c for c in _shared_cites(WILD, "src_congbot_43") if c.number_symbol == "22/2013/QĐ-TTg" and c.line == 34]
    assert housing[0].subject.endswith("VỚI CÁCH MẠNG VỀ NHÀ Ở")  # (the city's scope the plan's, as the key writes it)
    business = [c for c in _shared_cites(WILD, "src_tvplcrawl_47") if c.number_symbol == "02/NQ-CP" and c.line == 25]
    assert business[0].subject.endswith("NÂNG CAO NĂNG LỰC CẠNH TRANH QUỐC GIA NĂM 2024")


def test_a_letter_cited_as_cv():
    # School plans shorten Công văn to `CV` before the number; a letter's symbol carries no type code,
    # so without the word the mention was lost (a devset fresh_27 L143-style letter of the Sở).
    text = ("Căn cứ CV số 3332/SGDĐT-TCCB-QLCLGD ngày 05/11/2024 của Sở Giáo dục và Đào tạo về việc báo cáo "
            "công tác tổ chức cán bộ;")
    cite = parse_text(text)[0].citations[0]
    assert (cite.doc_type, cite.number_symbol, cite.issued_date) == ("Công văn", "3332/SGDĐT-TCCB-QLCLGD", "2024-11-05")


def test_a_national_party_congress_resolution_has_one_key_however_it_is_written():
    # corpus 003 L26 writes `Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng`, 004 L27 `Nghị quyết Đại hội
    # toàn quốc lần thứ XIII của Đảng` (the answer keys give both one key)
    lines = [(CORPUS / name).read_text(encoding="utf-8").split("\n")[line - 1]
             for name, line in (("003_723b0c46fb5dfa44.txt", 26), ("004_755144333ea7a6dd.txt", 27))]
    keys = [{c.citation_key for c in parse_text(normalize(line))[0].citations if "Đại hội" in c.name} for line in lines]
    congress = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    assert keys[0] == {congress}
    assert keys[1] == {congress}
    # a province's or a district's congress is its own document (`Đảng bộ tỉnh lần thứ XX`: no `toàn quốc`, `của Đảng`)
    rest = parse_text(normalize("Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030."))[0].citations
    assert congress not in {c.citation_key for c in rest}


def test_a_national_congress_resolution_named_by_its_number_alone_is_cited():
    """`Nghị quyết Đại hội XIII của Đảng` (a Ban Dân vận letter's way, held-out shape): the congress's number right
    after `Đại hội` is its ordinal, `của Đảng` ends the name before the sentence goes on (`… vào cuộc sống`), and the
    mention has the congress's one key (it was no mention: no `lần thứ` named it); `các Nghị quyết Đại hội XIII` are
    resolutions of the congress, no one document."""
    text = ("Hướng tới kỷ niệm 91 năm Ngày truyền thống công tác Dân vận của Đảng, đồng thời để thiết thực đưa Nghị quyết "
            "Đại hội XIII của Đảng vào cuộc sống; Ban Dân vận Trung ương đề nghị Ban Dân vận các tỉnh ủy, thành ủy tham "
            "mưu cho cấp ủy triển khai thực hiện Nghị quyết Đại hội XIII của Đảng đáp ứng yêu cầu, tình hình mới.\n"
            "Năm 2022 có ý nghĩa quan trọng trong việc thực hiện thắng lợi các Nghị quyết Đại hội XIII của Đảng.\n")
    cites = parse_text(text)[0].citations
    assert [(c.line, c.citation_key, c.relation) for c in cites] == [
        (1, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "other"),
        (1, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "thuc_hien")]
    assert all(text[c.start:c.end] == "Nghị quyết Đại hội XIII của Đảng" for c in cites)


def test_a_short_form_written_before_its_full_mention_takes_its_key_whoever_of_one_body_issued_it():
    """A ministry's letter (held-out shape): its subject `V/v: báo cáo … Chỉ thị 71/2008 và Quyết định 60/2008 của Bộ
    Giáo dục và Đào tạo`, then a blank line and the place and date; the body names them in full, `… của Bộ trưởng Bộ Giáo
    dục và Đào tạo`. The issuer stops at the paragraph's end (it ran on into `Hà Nội`, the date line's date taken for
    the mention's), the minister's and the ministry's documents are one body's, and a later short form takes the full
    mention's key, not the earlier short one's (three keys had been two)."""
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2885/BGDĐT-CTHSSV\nV/v: báo cáo công tác thực hiện Chỉ thị 71/2008 và Quyết định "
            "60/2008 của Bộ Giáo dục và Đào tạo\n\nHà Nội, ngày 06 tháng 5 năm 2013\n\n"
            "Kính gửi: Các Sở Giáo dục và Đào tạo\n\n"
            "Để đánh giá hiệu quả qua 5 năm thực hiện Chỉ thị 71/2008/CT-BGDĐT ngày 23/12/2008 và Quyết định số "
            "60/2008/QĐ-BGDĐT ngày 5/11/2008 của Bộ trưởng Bộ Giáo dục và Đào tạo, Bộ Giáo dục và Đào tạo đề nghị các Sở "
            "báo cáo việc thực hiện Chỉ thị 71/2008 và Quyết định 60/2008 với các nội dung như sau:\n")
    cites = [c for c in parse_text(text)[0].citations if c.doc_type == "Quyết định"]
    assert [(c.line, c.citation_key, c.issued_date) for c in cites] == [
        (3, "Quyết định 60/2008/QĐ-BGDĐT", ""), (9, "Quyết định 60/2008/QĐ-BGDĐT", "2008-11-05"),
        (9, "Quyết định 60/2008/QĐ-BGDĐT", "")]
    assert cites[0].issuer == "Bộ Giáo dục và Đào tạo"
