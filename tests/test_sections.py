"""Section tree: levels from the numbering, headings, ids."""
from __future__ import annotations

import regex
import pytest

from pipeline.api import parse_file
from pipeline.normalize import normalize
from pipeline.sections import segment
from pipeline.split import split_documents

from .conftest import CORPUS, wild_files


def test_levels_follow_the_numbering_of_a_plan():
    doc = parse_file(str(CORPUS / "000_214afb9450e5b4dd.txt"))[0]
    by_id = {s.section_id: s for s in doc.sections}
    assert by_id["II.1.3"].parent_id == "II.1" and by_id["II.1.3"].level == 3
    assert by_id["II.1.3"].marker == "1.3."
    assert by_id["II.2"].heading == "Nội dung thực hiện"  # `2.Nội dung` with no space
    assert by_id["IV"].level == 1
    assert doc.section_tree()[""] == ["I", "II", "III", "IV"]


def test_vietnamese_letter_order_and_f():
    doc = parse_file(str(CORPUS / "002_920707ccab616b09.txt"))[0]
    letters = [s.section_id.rsplit(".", 1)[-1] for s in doc.sections if s.parent_id == "II.1"]
    assert letters == ["a", "b", "c", "d", "đ", "e", "f"]


def test_heading_wrapped_over_two_lines_is_joined():
    path = CORPUS / "003_723b0c46fb5dfa44.txt"
    first = split_documents(str(path), normalize(path.read_text(encoding="utf-8")), "utf-8")[0]
    sections = {s.section_id: s for s in segment(first.doc_id, first.text)}
    assert sections["II.1"].heading == ("Nâng cao hiệu lực, hiệu quả quản lý Nhà nước trong công tác "
                                        "chỉ đạo điều hành và công tác dân vận")


def test_fragment_starting_mid_section_keeps_roman_numerals_on_top():
    path = CORPUS / "003_723b0c46fb5dfa44.txt"
    second = split_documents(str(path), normalize(path.read_text(encoding="utf-8")), "utf-8")[1]
    sections = segment(second.doc_id, second.text)
    assert [s.section_id for s in sections] == ["3", "4", "5", "6", "7", "8", "9", "10", "III"]
    assert all(s.level == 1 and s.parent_id == "" for s in sections)


def test_prose_starting_with_numbers_is_not_a_heading():
    text = ("I. TỔ CHỨC THỰC HIỆN\n1. Báo cáo định kỳ\n6 tháng/lần tổ chức đối thoại.\n"
            "2024 là năm bản lề.\n1048/CT-BGD&ĐT ngày 8/4/2020 của Bộ GD&ĐT.\n2. Kinh phí\n")
    ids = [s.section_id for s in segment("t", text)]
    assert ids == ["I", "I.1", "I.2"]


def test_spans_cover_heading_and_body_and_nest():
    doc = parse_file(str(CORPUS / "001_e0aee330aa8355da.txt"))[0]
    by_id = {s.section_id: s for s in doc.sections}
    parent, child = by_id["II"], by_id["II.1.a"]
    assert parent.start <= child.start < child.end <= parent.end
    assert doc.text[child.start:child.end].startswith("a) Tiếp tục quán triệt")
    assert len({s.section_id for s in doc.sections}) == len(doc.sections)


def test_legal_hierarchy_chuong_dieu_khoan_diem():
    text = ("Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định:\n"
            "a) Chế độ tiền lương;\nb) Thù lao.\n2. Đối tượng khác.\nĐiều 2. Đối tượng áp dụng\n"
            "Chương II\nĐIỀU KHOẢN THI HÀNH\nĐiều 3. Hiệu lực thi hành\n")
    sections = segment("t", text)
    ids = [s.section_id for s in sections]
    assert ids == ["Chương I", "Chương I.Điều 1", "Chương I.Điều 1.1", "Chương I.Điều 1.1.a",
                   "Chương I.Điều 1.1.b", "Chương I.Điều 1.2", "Chương I.Điều 2", "Chương II",
                   "Chương II.Điều 3"]
    assert [s.level for s in sections][:4] == [1, 2, 3, 4]


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_every_article_heading_in_the_wild_set_is_a_section():
    for path in wild_files():
        for doc in parse_file(str(path)):
            articles = len(regex.findall(r"(?m)^[ \t>*_#]*Điều\s+\d+[a-z]?\s*[.:]", doc.text))
            found = sum(1 for s in doc.sections if s.kind == "dieu")
            assert found == articles, path.name
            numbered = regex.search(r"(?m)^\s*(?:[IVX]+\.|\d{1,2}\.)\s+\p{Lu}", doc.text)
            assert doc.sections or not numbered, path.name


def test_spacy_sections_component():
    import spacy
    import pipeline.spacy_component  # noqa: F401 - registers the factories

    nlp = spacy.blank("xx")
    nlp.add_pipe("vnplan_sections")
    text = normalize((CORPUS / "004_755144333ea7a6dd.txt").read_text(encoding="utf-8"))
    doc = nlp(text)
    labels = [span.label_ for span in doc.spans["sections"]]
    assert labels[:3] == ["I", "I.1", "I.2"]
    assert doc.spans["sections"][0]._.heading == "MỤC ĐÍCH YÊU CẦU"
