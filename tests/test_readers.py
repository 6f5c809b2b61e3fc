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


def test_docx_list_numbering_generated_by_word_is_kept(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def element(tag: str, *children, **attrs):
        node = OxmlElement(tag)
        for name, value in attrs.items():
            node.set(qn(f"w:{name}"), value)
        for child in children:
            node.append(child)
        return node

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    # A list as Word makes it: the numbers live in numbering.xml, not in the text.
    numbering = document.part.numbering_part.element
    numbering.insert(0, element("w:abstractNum", element(
        "w:lvl", element("w:start", val="1"), element("w:numFmt", val="upperRoman"), element("w:lvlText", val="%1."),
        ilvl="0"), abstractNumId="90"))
    numbering.append(element("w:num", element("w:abstractNumId", val="90"), numId="90"))
    for heading in ("MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"):
        paragraph = document.add_paragraph(heading)
        paragraph._p.get_or_add_pPr().append(
            element("w:numPr", element("w:ilvl", val="0"), element("w:numId", val="90")))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nơi nhận:"
    table.cell(0, 1).text = "HIỆU TRƯỞNG"
    path = tmp_path / "numbered.docx"
    document.save(path)
    text = read(path).text
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text
    assert "III. TỔ CHỨC THỰC HIỆN" in text
    assert text.index("III. TỔ CHỨC") < text.index("HIỆU TRƯỞNG")


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
