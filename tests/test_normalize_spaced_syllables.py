"""Syllables a PDF extraction spaced apart, re-joined by normalize (real lines of ../shared texts)."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file
from pipeline.normalize import normalize

from .conftest import DEVSET, WILD

pytestmark = pytest.mark.skipif(not WILD.exists(), reason="needs ../shared/wild")


def _line(path, number: int) -> str:
    return path.read_text(encoding="utf-8").split("\n")[number - 1]


@pytest.mark.parametrize(("path", "number", "spaced", "joined"), [
    # a place whose onset was cut from its rhyme, a tone mark standing alone
    ("src_congbot_24.txt", 3, "Qu ả ng Ngãi, ngày 04", "Quảng Ngãi, ngày 04"),
    # a rhyme without its onset, its final consonants apart, inside a lower-case title
    ("src_congbot_16.txt", 3, "trung ươ n g thực hiện Pháp lệnh ưu đãi NCC", "trung ương thực hiện Pháp lệnh ưu đãi NCC"),
    # an issuer's header spelled out letter by letter, in capitals
    ("src_congbot_43.txt", 1, "ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH -------",
     "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH -------"),
    ("src_congbot_16.txt", 1, "B Ộ LAO ĐỘNG - THƯƠNG BINH V À X Ã HỘI -------", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI -------"),
    # the recipients' block: words cut in any place, lone consonants among them
    ("src_congbot_43.txt", 29, "- T hủ tướ ng C h í nh ph ủ ;", "- Thủ tướng Chính phủ ;"),
    ("src_congbot_31.txt", 17, "- Nh ư tr ê n; - Bộ tr ưở n g (để báo cáo)", "- Như trên; - Bộ trưởng (để báo cáo)"),
])
def test_spaced_syllables_are_joined(path, number, spaced, joined):
    assert spaced in _line(WILD / path, number)  # the shape really is in the shared text
    assert joined in normalize((WILD / path).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("path", "number", "kept"), [
    # a chapter's roman number before its title in capitals: `V` is no onset of `ĐIỀU`
    ("src_tvplcrawl_41.txt", 151, "Chương V ĐIỀU KHOẢN THI HÀNH"),
    # an acronym spelled out letter by letter (`T T U B`, UBND's standing committee) and `C T`, `P C T`
    ("src_congbot_43.txt", 29, "T T U B : C T ,"),
    # placeholder letters of a form
    ("src_congbot_7.txt", 955, "Giấy X Y Z."),
])
def test_letters_that_are_no_pieces_stay_apart(path, number, kept):
    assert kept in _line(WILD / path, number)
    assert kept in normalize((WILD / path).read_text(encoding="utf-8"))


def test_two_real_syllables_abbreviations_and_list_markers_stay_apart():
    # the shapes next to which a lone letter stands in typed documents
    text = ("a) Đơn vị chủ trì: Ủy ban nhân dân xã; b) an ninh trật tự; điểm b khoản 2 Điều 3;\n"
            "Q. CHÁNH VĂN PHÒNG\nTP. HCM, ngày 5 tháng 9 năm 2023\nĐẢNG BỘ CỤC QUẢN TRỊ T.78\n")
    assert normalize(text) == text


@pytest.mark.skipif(not DEVSET.exists(), reason="needs ../shared/devset")
def test_a_legacy_font_text_layer_is_no_spaced_text():
    # fresh_13 line 524: a text layer drawn through a legacy font's map; `D an` is kept as read
    raw = (DEVSET / "fresh_13.txt").read_text(encoding="utf-8")
    assert "qua D an d?y ngoi" in _line(DEVSET / "fresh_13.txt", 524)
    assert "qua D an d?y ngoi" in normalize(raw)


def test_rows_keep_the_lines_of_the_spaced_text():
    path = WILD / "src_congbot_43.txt"
    lines = [line.replace(" ", "") for line in path.read_text(encoding="utf-8").split("\n")]
    documents = parse_file(str(path))
    assert documents[0].meta.issuer.startswith("Ủy ban nhân dân thành phố Hồ Chí Minh")
    citations = [c for doc in documents for c in doc.citations]
    sections = [s for doc in documents for s in doc.sections]
    assert citations and sections
    for citation in citations:
        assert citation.surface.replace(" ", "")[:12] in lines[citation.line - 1], citation
    for section in sections:
        assert section.section_id.split(".")[-1].replace(" ", "") in lines[section.line - 1], section
