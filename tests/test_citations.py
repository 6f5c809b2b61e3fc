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
