"""Document fields of headers as users' files give them, made by real tools: a gazette (Công báo) page
exported by LibreOffice and saved as text by pdftotext, a two-column header table built with python-docx
and read as DOCX, as LibreOffice's text export and as pdftotext's layout; plus the shared documents
whose number is joined to its symbol by a dash."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from pipeline.api import parse_file
from pipeline.running_lines import running_line_edits

from .conftest import _soffice, devset_file, wild_file

_GAZETTE_HEADER = "CÔNG BÁO/Số 415 + 416/Ngày 19-7-2023"
_MERGER = ("Sắp xếp toàn bộ diện tích tự nhiên và quy mô dân số của các xã thuộc huyện theo phương án đã được "
           "lấy ý kiến cử tri, bảo đảm tiêu chuẩn quy định tại Điều 8 của Luật Tổ chức chính quyền địa phương và "
           "giữ ổn định tổ chức bộ máy, đời sống của Nhân dân trong thời gian thực hiện sắp xếp.")


def _page_number_field(paragraph) -> None:
    """A PAGE field, as Word puts the page number into a page header."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, instruction in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = instruction
        run._r.append(element)


def _document(font: str = "DejaVu Serif"):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = font, Pt(11)
    return document


def _gazette_docx(path, kind_line: str) -> None:
    """A gazette page: its running header (the issue, and the page number under it), its part title,
    then the resolution with its two-column header as a table."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = _document()
    header = document.sections[0].header
    header.paragraphs[0].add_run(_GAZETTE_HEADER)
    number = header.add_paragraph()
    number.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_number_field(number)
    document.add_paragraph("VĂN BẢN QUY PHẠM PHÁP LUẬT").alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ỦY BAN THƯỜNG VỤ QUỐC HỘI"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Nghị quyết số: 35/2023/UBTVQH15"
    table.cell(1, 1).text = "Hà Nội, ngày 12 tháng 7 năm 2023"
    for line in (kind_line, "Về việc sắp xếp đơn vị hành chính cấp xã của tỉnh Hà Nam",
                 "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
                 "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13;", "QUYẾT NGHỊ:"):
        document.add_paragraph(line)
    for article in range(1, 5):
        document.add_paragraph(f"Điều {article}. Sắp xếp đơn vị hành chính cấp xã")
        for _ in range(4):
            document.add_paragraph(" ".join([_MERGER] * 3))
    for line in ("Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 8 năm 2023.",
                 "TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI", "CHỦ TỊCH", "Vương Đình Huệ"):
        document.add_paragraph(line)
    document.save(path)


def _header_table_docx(path, left: str, staff_rows: int = 0) -> None:
    """A commune plan whose header is a two-column table (left: the body, right: the motto), as
    drafted in Word; `staff_rows`: a numbered table of staff in the body (STT one a cell)."""
    from docx.shared import Cm

    document = _document("Times New Roman")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = left
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 215/KH-UBND"
    table.cell(1, 1).text = "Hội An, ngày 12 tháng 3 năm 2025"
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Cm(4), Cm(7)
    for line in ("KẾ HOẠCH", "Thực hiện công tác dân vận chính quyền năm 2025",
                 "Căn cứ Kế hoạch số 12-KH/TU ngày 10 tháng 01 năm 2025 của Ban Thường vụ Thành ủy về công tác "
                 "dân vận năm 2025;",
                 "Ủy ban nhân dân thành phố xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 như sau:",
                 "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của cán bộ, công chức về công tác dân vận."):
        document.add_paragraph(line)
    if staff_rows:
        staff = document.add_table(rows=staff_rows, cols=3)
        for i in range(staff_rows):
            for j, value in enumerate((str(i + 1), f"Cán bộ số {i + 1}", "Công chức văn hóa - xã hội")):
                staff.cell(i, j).text = value
    for line in ("Trên đây là Kế hoạch thực hiện công tác dân vận chính quyền năm 2025 của Ủy ban nhân dân thành phố.",
                 "Nơi nhận:", "- Ban Dân vận Thành ủy;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Nguyễn Văn Sơn"):
        document.add_paragraph(line)
    document.save(path)


def _convert(work, sources, target: str) -> None:
    home = work / "home"
    home.mkdir(exist_ok=True)
    subprocess.run([_soffice(), "--headless", "--convert-to", target, "--outdir", str(work), *map(str, sources)],
                   check=True, capture_output=True, timeout=300, env=dict(os.environ, HOME=str(home)))


def _pdftotext(pdf, *options: str):
    tool = shutil.which("pdftotext")
    if not tool:
        pytest.fail("pdftotext (poppler-utils) is needed: `make system-deps` installs it")
    out = pdf.with_name(pdf.stem + ("-layout" if options else "") + ".txt")
    subprocess.run([tool, "-enc", "UTF-8", *options, str(pdf), str(out)], check=True, capture_output=True, timeout=60)
    return out


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """The files, each converted once: DOCX by python-docx, PDF and text by LibreOffice, text by pdftotext."""
    work = tmp_path_factory.mktemp("frame_files")
    _gazette_docx(work / "gazette.docx", "NGHỊ QUYẾT")
    _gazette_docx(work / "gazette_damaged.docx", "NGHI QUYFT")  # the kind line a bad scan left
    _header_table_docx(work / "wrapped.docx", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN")
    _header_table_docx(work / "staff.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỘI AN", staff_rows=12)
    _convert(work, [work / "gazette.docx", work / "gazette_damaged.docx", work / "wrapped.docx"], "pdf:writer_pdf_Export")
    _convert(work, [work / "wrapped.docx", work / "staff.docx"], "txt:Text (encoded):UTF8")
    return work


def _meta(path):
    return parse_file(str(path))[0].meta


def test_gazette_page_saved_as_text_gives_the_resolution_not_the_gazette(made):
    text_path = _pdftotext(made / "gazette.pdf")
    raw = text_path.read_text(encoding="utf-8")
    assert raw.startswith(_GAZETTE_HEADER) and raw.count(_GAZETTE_HEADER) >= 3  # the page the user saved
    doc = parse_file(str(text_path))[0]
    meta = doc.meta
    assert (meta.doc_type, meta.doc_number) == ("Nghị quyết", "35/2023/UBTVQH15")
    assert meta.title == "Về việc sắp xếp đơn vị hành chính cấp xã của tỉnh Hà Nam"
    assert (meta.issuer, meta.issuer_parent) == ("Ủy ban Thường vụ Quốc hội", "")
    assert (meta.place, meta.issued_date) == ("Hà Nội", "2023-07-12")
    # The running header and the page numbers under it are out of the text, on every page.
    assert "CÔNG BÁO" not in doc.text
    assert not any(line.strip().isdigit() for line in doc.text.split("\n"))
    # Taking them out keeps every later citation on its line of the saved file.
    lines = raw.split("\n")
    second_page = next(k for k, line in enumerate(lines) if k and _GAZETTE_HEADER in line)
    late = [c for c in doc.citations if c.line > second_page]
    assert late and all(c.surface.split()[0] in lines[c.line - 1] for c in late)
    # The PDF read directly gives the same fields (its reader strips running lines by the same rule).
    pdf = _meta(made / "gazette.pdf")
    assert (pdf.doc_type, pdf.title, pdf.issuer) == (meta.doc_type, meta.title, meta.issuer)


def test_number_line_names_the_type_when_the_kind_line_is_damaged(made):
    meta = _meta(_pdftotext(made / "gazette_damaged.pdf"))
    # No kind line, no type code in the symbol (`UBTVQH15`): `Nghị quyết số:` names it.
    assert (meta.doc_type, meta.doc_number) == ("Nghị quyết", "35/2023/UBTVQH15")


def test_header_table_whose_motto_wraps_beside_the_body(made, tmp_path):
    expected = ("Ủy ban nhân dân thành phố Hội An", "")
    # Through the DOCX reader and LibreOffice's text export: cells one a line.
    for path in (made / "wrapped.docx", made / "wrapped.txt"):
        meta = _meta(path)
        assert (meta.issuer, meta.issuer_parent) == expected, path.name
    # pdftotext's layout of the narrow cells: the left column's lines beside the motto's pieces.
    layout = _pdftotext(made / "wrapped.pdf", "-layout")
    assert "THÀNH PHỐ HỘI AN" not in layout.read_text(encoding="utf-8")  # the body's name wraps there
    meta = _meta(layout)
    assert (meta.issuer, meta.issuer_parent, meta.doc_type) == (*expected, "Kế hoạch")
    # A Word table converted to Markdown with its cells wrapped: the left column's lines interleaved
    # with the motto's.
    markdown = tmp_path / "plan.md"
    markdown.write_text(
        "| **ỦY BAN NHÂN\nDÂN** | **CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM** |\n"
        "| **THÀNH PHỐ HỘI AN** | **Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n"
        "| Số: 215/KH-UBND | Hội An, ngày 12 tháng 3 năm 2025 |\n\n**KẾ HOẠCH**\n\n"
        "**Thực hiện công tác dân vận chính quyền năm 2025**\n\n"
        "Căn cứ Kế hoạch số 12-KH/TU ngày 10 tháng 01 năm 2025 của Ban Thường vụ Thành ủy;\n", encoding="utf-8")
    meta = _meta(markdown)
    assert (meta.issuer, meta.issuer_parent) == expected
    assert meta.title == "Thực hiện công tác dân vận chính quyền năm 2025"


def test_a_numbered_table_is_no_running_header(made):
    # LibreOffice's text export puts each cell on its line: `1`, `Cán bộ số 1`, `Công chức …`, `2` … —
    # a repeated line beside increasing numbers, but no page between them.
    text = (made / "staff.txt").read_text(encoding="utf-8-sig")
    assert text.count("Công chức văn hóa - xã hội") == 12
    assert running_line_edits(text) == []
    doc = parse_file(str(made / "staff.txt"))[0]
    assert doc.text.count("Công chức văn hóa - xã hội") == 12
    assert (doc.meta.issuer, doc.meta.issuer_parent) == ("Ủy ban nhân dân thành phố Hội An", "")


def test_plan_title_in_capitals_wrapped_over_three_lines(tmp_path):
    document = _document("Times New Roman")
    for line in ("UBND HUYỆN THANH SƠN", "TRƯỜNG THCS TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Số: 45/KH-THCS", "Tân Lập, ngày 20 tháng 9 năm 2024", "KẾ HOẠCH",
                 "THỰC HIỆN CHỈ THỊ SỐ 31/CT-TTG NGÀY 04 THÁNG 9 NĂM 2024 CỦA",
                 "THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG DỊCH",
                 "BỆNH TRONG TRƯỜNG HỌC",
                 "Căn cứ Chỉ thị số 31/CT-TTg ngày 04 tháng 9 năm 2024 của Thủ tướng Chính phủ;",
                 "Trường THCS Tân Lập xây dựng kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU",
                 "Nâng cao nhận thức của học sinh về phòng, chống dịch bệnh."):
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    meta = _meta(path)
    assert meta.doc_type == "Kế hoạch"
    assert meta.title == ("THỰC HIỆN CHỈ THỊ SỐ 31/CT-TTG NGÀY 04 THÁNG 9 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ "
                          "TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH TRONG TRƯỜNG HỌC")
    assert (meta.issuer, meta.issuer_parent) == ("Trường THCS Tân Lập", "UBND huyện Thanh Sơn")


def test_crawler_title_glued_to_the_first_cell_of_a_header_table(tmp_path):
    # A legal portal's page saved as Markdown: its page title runs into the header's first cell.
    path = tmp_path / "page.md"
    path.write_text(
        "Quyết định 1480/QĐ-BHXH năm 2021 về Quy chế quản lý, sử dụng chữ ký số do Bảo hiểm xã hội Việt Nam "
        "ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc --------------- |\n|---|---|\n| Số: 1480/QĐ-BHXH | Hà Nội, ngày 18 tháng 5 năm 2021 |\n\n"
        "QUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ TRONG NGÀNH BẢO HIỂM XÃ HỘI\n\n"
        "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\n\n"
        "Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04 tháng 8 năm 2020 của Chính phủ;\n", encoding="utf-8")
    meta = _meta(path)
    assert (meta.issuer, meta.issuer_parent) == ("Bảo hiểm xã hội Việt Nam", "")
    assert meta.title == "BAN HÀNH QUY CHẾ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ TRONG NGÀNH BẢO HIỂM XÃ HỘI"


def test_number_joined_to_its_symbol_by_a_dash():
    # devset fresh_15.txt line 5: `Số: 36-HD/VPTW | Hà Nội, ngày 03 tháng 4 năm 2018` (a Party guide)
    party = _meta(devset_file("fresh_15.txt"))
    assert (party.doc_type, party.doc_number) == ("Hướng dẫn", "36-HD/VPTW")
    # wild src_tvplcrawl_19.txt lines 3-4: `Số:` ⏎ `61-CP Hà Nội, ngày 05 tháng 7 năm 1994` (a 1994 decree)
    decree = _meta(wild_file("src_tvplcrawl_19.txt"))
    assert (decree.doc_type, decree.doc_number, decree.issued_date) == ("Nghị định", "61-CP", "1994-07-05")


def test_party_cell_plan_typed_by_its_number_when_its_kind_line_is_damaged(tmp_path):
    # A school's Party cell writes its number with a dash (Quy định 66-QĐ/TW): `Số: 12-KH/CB`; a bad scan
    # left the kind line unreadable, and the plan closes without `Trên đây là kế hoạch`.
    document = _document("Times New Roman")
    for line in ("ĐẢNG BỘ XÃ TÂN LẬP", "CHI BỘ TRƯỜNG THCS TÂN LẬP", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 12-KH/CB",
                 "Tân Lập, ngày 05 tháng 10 năm 2024", "KÉ HOACH",
                 "Thực hiện công tác dân vận năm học 2024 - 2025",
                 "Căn cứ Quy chế công tác dân vận của hệ thống chính trị;", "I. MỤC ĐÍCH, YÊU CẦU",
                 "Nâng cao nhận thức của đảng viên về công tác dân vận.", "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Hà"):
        document.add_paragraph(line)
    path = tmp_path / "chibo.docx"
    document.save(path)
    meta = _meta(path)
    assert (meta.doc_type, meta.doc_number) == ("Kế hoạch", "12-KH/CB")
    # The Party's name, where a state header puts the motto, is no part of the cell's name.
    assert (meta.issuer.casefold(), meta.issuer_parent.casefold()) == ("chi bộ trường thcs tân lập", "đảng bộ xã tân lập")
