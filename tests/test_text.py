"""Normalization and document splitting on the corpus and wild documents."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.normalize import normalize
from pipeline.split import split_documents
from pipeline.textfold import fold, key_fold

from .conftest import CORPUS, WILD, corpus_files, wild_files


def test_nfd_corpus_file_becomes_nfc():
    raw = (CORPUS / "003_723b0c46fb5dfa44.txt").read_text(encoding="utf-8")
    assert raw != unicodedata.normalize("NFC", raw)  # the file really is partly NFD
    text = normalize(raw)
    assert text == unicodedata.normalize("NFC", text)
    assert "Trường Mầm non Đỗ Đình Thiện" in text


def test_tone_folding_keeps_length_and_offsets():
    text = "Uỷ ban nhân dân tỉnh Hoà Bình, huyện Lạc Thuỷ; hoàn thành, khoẻ"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "Ủy ban nhân dân tỉnh Hòa Bình, huyện Lạc Thủy; hoàn thành, khỏe"
    assert key_fold("Uỷ ban nhân dân tỉnh Hoà Bình") == key_fold("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH")


def test_markdown_residue_is_neutralized():
    text = normalize((CORPUS / "002_920707ccab616b09.txt").read_text(encoding="utf-8"))
    assert "**" not in text and "####" not in text
    assert "IV. TỔ CHỨC THỰC HIỆN" in text
    assert "3. Tăng cường công tác thông tin" in text


def test_symbol_broken_over_blank_lines_is_rejoined():
    text = normalize((CORPUS / "001_e0aee330aa8355da.txt").read_text(encoding="utf-8"))
    assert "Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8" in text


@pytest.mark.skipif(not (WILD / "src_congbot_16.txt").exists(), reason="needs ../shared/wild")
def test_spaced_out_header_letters_are_rejoined():
    text = normalize((WILD / "src_congbot_16.txt").read_text(encoding="utf-8"))
    assert "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" in text
    assert "B Ộ" not in text


def test_markdown_table_header_cells_become_lines():
    text = normalize("| ỦY BAN NHÂN DÂN TỈNH SƠN LA -------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                     "|---|---|\n| Số: 254/QĐ-UBND | Sơn La, ngày 17 tháng 02 năm 2023 |\n")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert "Số: 254/QĐ-UBND" in lines
    assert "Sơn La, ngày 17 tháng 02 năm 2023" in lines


def test_file_with_two_documents_is_split_at_the_closing_block():
    path = CORPUS / "003_723b0c46fb5dfa44.txt"
    docs = split_documents(str(path), normalize(path.read_text(encoding="utf-8")), "utf-8")
    assert [d.doc_id for d in docs] == ["003_723b0c46fb5dfa44", "003_723b0c46fb5dfa44#2"]
    assert docs[0].text.rstrip().endswith("Lưu  VT.")
    assert docs[1].text.strip().startswith("Tuyên truyền kỷ niệm")
    assert docs[1].text.rstrip().endswith("của trường mầm non Thanh Hà./.")
    assert docs[1].part == 2 and docs[1].file_start == docs[0].file_end


def test_single_documents_stay_whole():
    for path in corpus_files():
        if not path.name.startswith("003"):
            docs = split_documents(str(path), normalize(path.read_text(encoding="utf-8")), "utf-8")
            assert len(docs) == 1, path.name


@pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")
def test_annexes_and_forms_stay_with_their_document():
    # Decrees and circulars in the wild set carry forms (Mẫu số …) with their own header and
    # `Nơi nhận`; they are part of the document that issues them.
    for path in wild_files():
        docs = split_documents(str(path), normalize(path.read_text(encoding="utf-8")), "utf-8")
        assert len(docs) == 1, path.name


def test_a_portals_page_title_before_each_part_is_taken_out():
    # thuvienphapluat pages saved by a crawler write the page title before every anchored part
    # (wild src_tvplcrawl_42 L37 `Quyết định 2135/QĐ-TCHQ năm 2015. Mục 1. Quy trình …`): the
    # parts start their lines again and are sections, and the title on line 1 stays.
    from pipeline.api import parse_file
    path = WILD / "src_tvplcrawl_42.txt"
    raw = path.read_text(encoding="utf-8")
    prefixed = [n for n, line in enumerate(raw.splitlines(), 1) if line.startswith("Quyết định 2135/QĐ-TCHQ năm 2015. ")]
    assert len(prefixed) >= 3
    text = normalize(raw)
    assert text.startswith("Quyết định 2135/QĐ-TCHQ năm 2015\n")
    assert "\nMục 1. Quy trình ban hành Thông báo kết quả xác định trước" in text
    assert "\nQuyết định 2135/QĐ-TCHQ năm 2015. " not in text
    sections = {s.line: s for s in parse_file(str(path))[0].sections}
    assert all(n in sections for n in prefixed)
    assert sections[37].marker == "Mục 1." and sections[37].heading.startswith("Quy trình ban hành Thông báo")


def test_a_chapter_number_wrapped_onto_its_own_line_rejoins_its_marker():
    # Markdown from a converter that wraps lines at a fixed width cuts `**Chương I**` after the word.
    text = normalize("**Chương\nI**\n\n**QUY ĐỊNH CHUNG**\n\n**Điều\n1. Phạm vi điều chỉnh**\n\nQuy chế này quy định "
                     "việc tổ chức và hoạt động của Hội đồng trường.\n")
    assert text.splitlines()[:5] == ["Chương I", "", "QUY ĐỊNH CHUNG", "", "Điều 1. Phạm vi điều chỉnh"]


def test_a_digital_signatures_stamp_is_no_text_of_the_document():
    # A signed PDF's text layer carries the signing software's stamp (Nghị định 30/2020/NĐ-CP, Phụ lục I:
    # the signing body and the time of signing): on the first page beside the header, as devset
    # fresh_13 L3 (`Thời gian ký: 19/10/2023 10:56:22 +07:00`), or as a block between two paragraphs.
    from pipeline.api import parse_text
    plain = (CORPUS / "001_e0aee330aa8355da.txt").read_text(encoding="utf-8")
    stamp = ("Ký bởi: Trường Trung học cơ sở Trường Chinh\nEmail: thcstruongchinh.tanbinh@hcm.edu.vn\n"
             "Cơ quan: Ủy ban nhân dân quận Tân Bình\nNgày ký: 04.03.2025 16:42:06 +07:00\n")
    lines = plain.split("\n")
    at = lines.index("2. Yêu cầu")
    stamped = "\n".join([lines[0] + "     Thời gian ký: 04/03/2025 16:42:06 +07:00"] + lines[1:at] + stamp.split("\n")
                        + lines[at:])
    text = normalize(stamped)
    assert "Ký bởi" not in text and "16:42:06" not in text and text.count("\n") == normalize(plain).count("\n") + 5
    doc, signed = parse_text(plain)[0], parse_text(stamped)[0]

    def tables(d):
        return ({(s.section_id, s.heading) for s in d.sections}, {(c.citation_key, c.relation) for c in d.citations},
                {(p.section_id, p.party, p.role) for p in d.parties}, {(x.due_date, x.recurrence) for x in d.deadlines})
    assert tables(signed) == tables(doc)
    assert not any("Tân Bình" in p.party or "Email" in p.party for p in signed.parties)


@pytest.mark.skipif(not (WILD / "src_tvplcrawl_56.txt").exists(), reason="needs ../shared/wild")
def test_the_icelandic_eth_becomes_the_vietnamese_d_in_both_cases():
    # wild src_tvplcrawl_56 writes its own symbol with `Ð` (U+00D0) on line 1 and before every part;
    # a lower-case `ð` (U+00F0) is what the same keyboards type inside words. Same length: nothing moves.
    raw = (WILD / "src_tvplcrawl_56.txt").read_text(encoding="utf-8")
    assert "102/2017/NÐ-CP" in raw
    text = normalize(raw + "\nTrách nhiệm của ðơn vị chủ trì.\n")
    assert "Ð" not in text and "ð" not in text
    assert text.startswith("Nghị định 102/2017/NĐ-CP\n")
    assert text.endswith("\nTrách nhiệm của đơn vị chủ trì.\n")
