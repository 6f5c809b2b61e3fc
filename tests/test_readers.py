"""Readers: encodings, legacy Vietnamese font encodings, and PDF/DOCX/DOC made by real tools."""
from __future__ import annotations

import codecs

import pytest
from viparse.normalize.encodings import CHARMAPS

from pipeline.normalize import normalize
from pipeline.readers import InputError, read
from pipeline.textfold import squash

from .conftest import CORPUS, SHARED, WILD

TEXT = (CORPUS / "001_e0aee330aa8355da.txt").read_text(encoding="utf-8")


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _windows_1258(text: str) -> bytes:
    """Windows-1258 as Word wrote it: base letters precomposed (ê, ơ, ư), tones as combining marks."""
    import unicodedata
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def _legacy(text: str, encoding: str) -> str:
    """Encode Unicode text into a legacy font encoding by inverting viparse's conversion table."""
    pairs = sorted(((uni, legacy) for legacy, uni in CHARMAPS[encoding].pairs), key=lambda p: -len(p[0]))
    out, i = [], 0
    import unicodedata
    text = unicodedata.normalize("NFC", text)
    while i < len(text):
        for uni, legacy in pairs:
            if uni and text.startswith(uni, i):
                out.append(legacy)
                i += len(uni)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


@pytest.mark.parametrize("encoding,data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8-sig", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ("utf-16", TEXT.encode("utf-16")),
    ("utf-16-le", TEXT.encode("utf-16-le")),
    ("cp1258", None),
])
def test_unicode_encodings_are_detected(tmp_path, encoding, data):
    if data is None:
        data = _windows_1258(TEXT)
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    raw = read(path)
    assert raw.encoding == encoding
    assert squash(normalize(raw.text)) == squash(normalize(TEXT))


@pytest.mark.parametrize("legacy", ["tcvn3", "vni"])
def test_legacy_font_encodings_are_converted(tmp_path, legacy):
    body = "\n".join(TEXT.split("\n")[10:30])
    encoded = _legacy(body, legacy)
    assert "Kế hoạch" not in encoded  # really legacy bytes
    path = tmp_path / "legacy.txt"
    # Old office files saved legacy font text as single-byte ANSI.
    path.write_bytes(encoded.encode("cp1252", errors="ignore") if legacy == "tcvn3" else encoded.encode("utf-8"))
    raw = read(path)
    assert raw.encoding.startswith(legacy)
    assert "Công văn số 685/UBND-VX" in normalize(raw.text)


def test_pdf_made_by_libreoffice_reads_back(office_files):
    raw = read(office_files["001_e0aee330aa8355da.pdf"])
    text = normalize(raw.text)
    assert raw.encoding == "pdf"
    assert "(cid:" not in text
    for phrase in ("Số: 95 /KH-TC", "Nghị định số 59/2023/NĐ-CP", "Phạm Thị Trịnh", "III. TỔ CHỨC THỰC HIỆN"):
        assert phrase in squash(text)


def test_docx_made_by_libreoffice_keeps_paragraph_order(office_files):
    raw = read(office_files["001_e0aee330aa8355da.docx"])
    lines = [line for line in raw.text.split("\n") if line.strip()]
    assert lines[0].startswith("Số: 95")
    assert lines.index("I. MỤC ĐÍCH - YÊU CẦU") < lines.index("II. NỘI DUNG TRỌNG TÂM")


def test_doc_is_converted_through_libreoffice(office_files):
    raw = read(office_files["004_755144333ea7a6dd.doc"])
    assert raw.encoding.startswith("doc")
    assert "công căn số 2521-CV/TU" in raw.text


def _w(tag: str, *children, **attrs):
    """An element of Word's XML (`w:` names) with its attributes and children, to build what Word writes."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    node = OxmlElement(tag)
    for name, value in attrs.items():
        node.set(qn(f"w:{name}"), value)
    for child in children:
        node.append(child)
    return node


def test_docx_list_numbering_generated_by_word_is_kept(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    # A list as Word makes it: the numbers live in numbering.xml, not in the text.
    numbering = document.part.numbering_part.element
    numbering.insert(0, _w("w:abstractNum", _w(
        "w:lvl", _w("w:start", val="1"), _w("w:numFmt", val="upperRoman"), _w("w:lvlText", val="%1."),
        ilvl="0"), abstractNumId="90"))
    numbering.append(_w("w:num", _w("w:abstractNumId", val="90"), numId="90"))
    for heading in ("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"):
        paragraph = document.add_paragraph(heading)
        paragraph._p.get_or_add_pPr().append(
            _w("w:numPr", _w("w:ilvl", val="0"), _w("w:numId", val="90")))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nơi nhận:"
    table.cell(0, 1).text = "HIỆU TRƯỞNG"
    path = tmp_path / "numbered.docx"
    document.save(path)
    text = read(path).text
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text
    assert "III. TỔ CHỨC THỰC HIỆN" in text
    assert text.index("III. TỔ CHỨC") < text.index("HIỆU TRƯỞNG")


def test_docx_numbering_set_by_a_style_is_kept(tmp_path):
    """Word puts the numbers on the style, not on the paragraph, for its `List Number` / `List Bullet` styles
    and for headings linked to a multilevel list (`I.` on `Heading 1`, `1.` on `Heading 2`, the usual set-up
    of a plan's template): the numbers reach the text, bullets as the genre types them (`-`, `+` below), and
    the plan's sections are found on them."""
    import docx

    document = docx.Document()
    numbering = document.part.numbering_part.element
    # A multilevel list whose levels are linked to the heading styles, as Word's "List Library" makes it.
    numbering.insert(0, _w(
        "w:abstractNum",
        _w("w:lvl", _w("w:start", val="1"), _w("w:numFmt", val="upperRoman"),
                _w("w:pStyle", val="Heading1"), _w("w:lvlText", val="%1."), ilvl="0"),
        _w("w:lvl", _w("w:start", val="1"), _w("w:numFmt", val="decimal"),
                _w("w:pStyle", val="Heading2"), _w("w:lvlText", val="%2."), ilvl="1"),
        abstractNumId="91"))
    numbering.append(_w("w:num", _w("w:abstractNumId", val="91"), numId="91"))
    # A two-level bullet list: Symbol's private-use dot, then Courier's `o`.
    numbering.insert(0, _w(
        "w:abstractNum",
        _w("w:lvl", _w("w:numFmt", val="bullet"), _w("w:lvlText", val="\uf0b7"), ilvl="0"),
        _w("w:lvl", _w("w:numFmt", val="bullet"), _w("w:lvlText", val="o"), ilvl="1"),
        abstractNumId="92"))
    numbering.append(_w("w:num", _w("w:abstractNumId", val="92"), numId="92"))
    for name in ("Heading 1", "Heading 2"):
        document.styles[name].element.get_or_add_pPr().append(_w("w:numPr", _w("w:numId", val="91")))
    for style, text in [(None, "KẾ HOẠCH"), (None, "Tổ chức Hội khỏe Phù Đổng cấp trường năm học 2025-2026"),
                        ("Heading 1", "MỤC ĐÍCH, YÊU CẦU"), ("List Bullet", "Tạo sân chơi lành mạnh cho học sinh."),
                        ("Heading 1", "NỘI DUNG"), ("Heading 2", "Thời gian"), ("92/1", "Vòng loại: tháng 11/2025."),
                        ("Heading 2", "Địa điểm"), ("Heading 1", "TỔ CHỨC THỰC HIỆN"),
                        ("List Number", "Giáo viên chủ nhiệm phổ biến đến học sinh."),
                        ("List Number", "Đoàn trường chuẩn bị sân bãi."),
                        ("0", "Trên đây là kế hoạch của nhà trường.")]:
        if style == "92/1":  # the bullet list's second level, set on the paragraph itself
            paragraph = document.add_paragraph(text)
            paragraph._p.get_or_add_pPr().append(
                _w("w:numPr", _w("w:ilvl", val="1"), _w("w:numId", val="92")))
        elif style == "0":  # a `List Number` paragraph whose numbering is taken off (numId 0)
            paragraph = document.add_paragraph(text, style="List Number")
            paragraph._p.get_or_add_pPr().append(_w("w:numPr", _w("w:numId", val="0")))
        else:
            document.add_paragraph(text, style=style)
    path = tmp_path / "ke_hoach.docx"
    document.save(path)
    lines = [line for line in read(path).text.splitlines() if line]
    assert lines[2:] == ["I. MỤC ĐÍCH, YÊU CẦU", "- Tạo sân chơi lành mạnh cho học sinh.", "II. NỘI DUNG",
                         "1. Thời gian", "+ Vòng loại: tháng 11/2025.", "2. Địa điểm", "III. TỔ CHỨC THỰC HIỆN",
                         "1. Giáo viên chủ nhiệm phổ biến đến học sinh.", "2. Đoàn trường chuẩn bị sân bãi.",
                         "Trên đây là kế hoạch của nhà trường."]
    from pipeline.api import parse_file

    sections = {(s.section_id, s.heading) for s in parse_file(str(path))[0].sections}
    assert {("I", "MỤC ĐÍCH, YÊU CẦU"), ("II.1", "Thời gian"), ("II.2", "Địa điểm"), ("III", "TỔ CHỨC THỰC HIỆN"),
            ("III.1", "Giáo viên chủ nhiệm phổ biến đến học sinh"), ("III.2", "Đoàn trường chuẩn bị sân bãi")} <= sections


@pytest.mark.parametrize("name,data,fragment", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n\n", "empty file"),
    ("junk.txt", bytes(range(256)) * 40, "binary"),
    ("program.pdf", b"MZ\x90\x00" + b"\x00" * 200, "executable"),
    ("notes.xyz", b"hello", "unknown format"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF", "PDF"),
])
def test_unreadable_inputs_raise_clear_errors(tmp_path, name, data, fragment):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read(path)
    assert fragment.lower() in info.value.message.lower()


def test_the_legacy_font_test_stops_counting_as_soon_as_it_knows():
    # `_at_least` stands for `len(pattern.findall(sample)) >= n`; same answer on every shared text
    # (Unicode texts, and the legacy-font texts of ../shared/wild decoded as Latin-1).
    from pipeline.readers import _LEGACY_HINT, _VIET_LETTERS, _at_least

    texts = [p.read_bytes() for folder in (WILD, SHARED / "devset" / "texts") if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    if not texts:
        pytest.skip("needs ../shared")
    legacy = 0
    for data in texts:
        for sample in (data.decode("utf-8", errors="replace")[:20000], data.decode("latin-1")[:20000]):
            for pattern, n in ((_VIET_LETTERS, 21), (_LEGACY_HINT, 5)):
                assert _at_least(pattern, sample, n) == (len(pattern.findall(sample)) >= n)
            legacy += not _at_least(_VIET_LETTERS, sample, 21) and _at_least(_LEGACY_HINT, sample, 5)
    assert legacy > 5  # both outcomes are exercised


# --------------------------------------------------------------------------- signed PDFs

def _drafted_pdf(soffice: str, work, text: str):
    """The drafter's Word document (every line a paragraph, blanks kept) exported to PDF by LibreOffice."""
    import os
    import subprocess

    import docx
    from docx.shared import Cm, Pt

    document = docx.Document()
    document.sections[0].left_margin = document.sections[0].right_margin = Cm(1.5)
    style = document.styles["Normal"]
    style.font.name, style.font.size = "DejaVu Serif", Pt(9)
    style.paragraph_format.space_after = Pt(0)
    for line in text.replace("\f", "\n").split("\n"):  # a page break of the text: a new line here
        document.add_paragraph(line)
    src = work / "draft.docx"
    document.save(src)
    home = work / "home"
    home.mkdir(exist_ok=True)
    subprocess.run([soffice, "--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work), str(src)],
                   check=True, capture_output=True, timeout=180, env=dict(os.environ, HOME=str(home)))
    return work / "draft.pdf"


def _stamp(pdf, page_index: int, font, lines: list[str], x: float, baseline: float, size: float = 11) -> None:
    """A stamp annotation whose appearance draws `lines` from (x, baseline) down, as pdfium writes it."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    page = pdf[page_index]
    annot = pdfium_c.FPDFPage_CreateAnnot(page.raw, pdfium_c.FPDF_ANNOT_STAMP)
    width = max(len(line) for line in lines) * size * 0.6
    rect = pdfium_c.FS_RECTF(x - 1, baseline - size * (len(lines) - 1) - 4, x + width + 1, baseline + size + 1)
    pdfium_c.FPDFAnnot_SetRect(annot, rect)
    for k, line in enumerate(lines):
        obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, font, ctypes.c_float(size))
        encoded = (line + "\0").encode("utf-16-le")
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(encoded, len(encoded)),
                                                   ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, baseline - k * size * 1.2)
        assert pdfium_c.FPDFAnnot_AppendObject(annot, obj)
    pdfium_c.FPDFPage_CloseAnnot(annot)
    page.close()


def _signed_copy(draft, signed, fills: list[tuple[str, str, str]], signature_near: str, signature: list[str]) -> None:
    """What a signing system does to the draft: each (word before, word after, value) blank of the header
    filled by a stamp drawn between the two words, and a signature box over the signer's title."""
    import ctypes

    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with pdfplumber.open(draft) as plumbed:
        pages = [(p.height, p.extract_words()) for p in plumbed.pages]
    pdf = pdfium.PdfDocument(draft)
    font_data = open("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "rb").read()
    font_buffer = ctypes.create_string_buffer(font_data, len(font_data))
    font = pdfium_c.FPDFText_LoadFont(pdf.raw, ctypes.cast(font_buffer, ctypes.POINTER(ctypes.c_uint8)),
                                      len(font_data), pdfium_c.FPDF_FONT_TRUETYPE, True)
    height, words = pages[0]
    for before, after, value in fills:
        left = next(w for w in words if w["text"] == before)
        right = next(w for w in words if w["text"] == after and abs(w["top"] - left["top"]) < 2 and w["x0"] > left["x1"])
        assert right["x0"] - left["x1"] > 12, "the draft keeps a blank to fill"
        _stamp(pdf, 0, font, [value], left["x1"] + 3, height - left["bottom"] + 3)
    for index, (height, words) in enumerate(pages):
        near = [w for w in words if w["text"] == signature_near]
        if near:
            _stamp(pdf, index, font, signature, near[-1]["x0"] - 20, height - near[-1]["bottom"] + 2)
    pdf.save(signed)
    pdf.close()


def test_signed_pdf_number_and_date_stamped_over_the_blanks_are_read(tmp_path, monkeypatch):
    """A signing system (VNPT SmartCA, VGCA) stamps the number and the day and month into the blanks of
    `Số:     /KH-…` and `ngày    tháng    năm` as annotation appearances; the page content keeps the
    blanks. The stamps are read where they stand; the signature box's own text is not."""
    from pipeline.api import parse_file

    from .conftest import _soffice, devset_file

    text = devset_file("fresh_02.txt").read_text(encoding="utf-8")
    draft_text = text.replace("Số:230 /KH", "Số:          /KH").replace("ngày 14 tháng 11", "ngày        tháng        ")
    assert draft_text != text
    draft = _drafted_pdf(_soffice(), tmp_path, draft_text)
    signed = tmp_path / "signed.pdf"
    _signed_copy(draft, signed, [("Số:", "/KH-THPT.PB", "230"), ("ngày", "tháng", "14"), ("tháng", "năm", "11")],
                 "TRƯỞNG", ["Ký bởi: Trường THPT Phước Bửu", "Thời gian ký: 14.11.2025 16:38:51 +07:00"])

    unsigned = parse_file(draft)[0].meta
    assert unsigned.doc_number == "" and unsigned.issued_date == ""
    doc = parse_file(signed)[0].meta
    assert doc.doc_number == "230/KH-THPT.PB"
    assert doc.issued_date == "2025-11-14"
    assert doc.place == unsigned.place == "Thành Phố Hồ Chí Minh"
    assert (doc.issuer, doc.doc_type, doc.title) == (unsigned.issuer, unsigned.doc_type, unsigned.title)
    raw = read(signed).text
    assert "Ký bởi" not in raw and "16:38" not in raw
    assert read(draft).text.count("\n") == raw.count("\n")  # no line added or split

    # Annotations pdfium cannot flatten: the page content is still read, and the file says so.
    from pipeline import pdf as pdf_reader

    def unreadable(*args):
        raise ValueError("Failed to load page.")

    monkeypatch.setattr(pdf_reader, "stamped_chars", unreadable)
    fallback = read(signed)
    assert fallback.text == read(draft).text
    assert any("stamped in annotations not read" in w for w in fallback.warnings)


def test_docx_paragraph_lines_match_a_text_converted_from_it():
    """A commune plan's DOCX (devset files/fresh_file_05) and the text mammoth made of it (texts/fresh_35,
    whose key gives line numbers): each paragraph is followed by a blank line in both, so a paragraph
    stands on (nearly) the same line — the header table, a row's cells one a line, costs a few."""
    from .conftest import devset_file

    reference = devset_file("fresh_35.txt").read_text(encoding="utf-8").split("\n")
    lines = read(SHARED / "devset" / "files" / "fresh_file_05.docx").text.split("\n")
    where = {line: i for i, line in enumerate(reference) if reference.count(line) == 1 and len(line) > 30}
    shifts = [abs(i - where[line]) for i, line in enumerate(lines) if line in where and lines.count(line) == 1]
    assert len(shifts) > 100
    # The body's paragraphs within the header table's difference; the closing table's cells drift more.
    assert sorted(shifts)[int(0.9 * len(shifts))] <= 12, sorted(shifts)
