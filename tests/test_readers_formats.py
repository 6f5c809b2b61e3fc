"""Readers of OpenDocument (.odt), RTF and saved web pages (.html): files made by LibreOffice from real
plans, and a page framed as a portal frames a document, give the same tables as the plan's .txt / .docx."""
from __future__ import annotations

import html
import os
import subprocess

import pandas as pd
import pytest

from pipeline.api import parse_file
from pipeline.readers import InputError, read

from .conftest import SHARED, _soffice, devset_file, run_vnplan
from .test_readers import _windows_1258

PLAN = SHARED / "corpus" / "001_e0aee330aa8355da.txt"


def _tables(path) -> list[dict]:
    """What the tables hold for each document of a file: its metadata, section ids, citation keys, due dates."""
    out = []
    for document in parse_file(str(path)):
        meta = document.meta
        out.append({"documents": (meta.issuer, meta.doc_number, meta.doc_type, meta.title, meta.place,
                                  meta.issued_date, meta.signer_name, meta.signer_title),
                    "sections": [s.section_id for s in document.sections],
                    "citations": sorted(c.citation_key for c in document.citations),
                    "deadlines": sorted(d.due_date for d in document.deadlines)})
    return out


def _convert(source, fmt: str, outdir, home) -> None:
    subprocess.run([_soffice(), "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(source)],
                   check=True, capture_output=True, timeout=180, env=dict(os.environ, HOME=str(home)))


@pytest.fixture(scope="module")
def typed_in_writer(tmp_path_factory):
    """A corpus plan and a devset document opened in LibreOffice Writer (each line a paragraph), saved as
    .odt, and the .odt saved again as .rtf, .html and .docx, as an office exports them."""
    work = tmp_path_factory.mktemp("writer")
    home = work / "home"
    home.mkdir()
    made = {}
    for source in (PLAN, devset_file("fresh_02.txt")):
        text_copy = work / source.name
        text_copy.write_bytes(source.read_bytes())
        _convert(text_copy, "odt", work, home)
        for fmt in ("rtf", "html", "docx"):
            _convert(work / f"{source.stem}.odt", fmt, work, home)
        made[source.stem] = {"txt": source, **{fmt: work / f"{source.stem}.{fmt}" for fmt in ("odt", "rtf", "html", "docx")}}
    return made


@pytest.mark.parametrize("stem", ["001_e0aee330aa8355da", "fresh_02"])
def test_odt_rtf_and_html_give_the_tables_of_the_txt_and_docx(typed_in_writer, stem):
    files = typed_in_writer[stem]
    expected = _tables(files["txt"])
    assert expected[0]["citations"] and expected[0]["sections"]  # a plan with something to compare
    assert _tables(files["docx"]) == expected
    for fmt in ("odt", "rtf", "html"):
        raw = read(files[fmt])
        assert raw.encoding.startswith(fmt), raw.encoding
        assert _tables(files[fmt]) == expected, fmt


def _portal_page(charset: str = "utf-8") -> str:
    """fresh_06 (a Sở GD&ĐT plan) as a provincial portal publishes it: a site header with a menu and
    breadcrumbs, a search form, scripts and styles, the page's title and the document's attributes as the
    portal lists them, the document in a <div> of its own with its header
    block as a borderless two-column table, the title lines joined by <br>, a sidebar of related
    documents and a footer."""
    # The text's lines, spaces collapsed as a browser shows them (the text file lays its tables out in spaces).
    lines = [" ".join(line.split()) for line in devset_file("fresh_06.txt").read_text(encoding="utf-8").split("\n")]
    body = lines[lines.index("KẾ HOẠCH"):]
    paragraphs, current = [], []
    for line in body:  # the text's paragraphs: runs of lines between blank ones
        if line:
            current.append(html.escape(line))
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    document = "\n".join(f"<p>{'<br>'.join(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="{charset}">
<title>Kế hoạch 4644/KH-SGDĐT - Cổng thông tin điện tử Sở Giáo dục và Đào tạo</title>
<style>.vb-header td {{ text-align:center; }} #menu li {{ display:inline }}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head><body>
<div id="header"><img src="/logo.png" alt="Logo"><span>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>
<ul id="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo</a></li></ul>
<form action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; Kế hoạch</div>
<div class="row"><div class="col-md-9">
<h1 class="title">Kế hoạch số 4644/KH-SGDĐT ngày 14/11/2025 về tổ chức truyền thông và Cuộc thi Sáng tạo nội dung</h1>
<div class="thuoctinh">Cơ quan ban hành: Sở Giáo dục và Đào tạo | Ngày ban hành: 14/11/2025 | Lượt xem: 1.204</div>
<div class="noidung-vanban">
<table class="vb-header" border="0" width="100%">
<tr><td>ỦY BAN NHÂN DÂN<br>THÀNH PHỐ HỒ CHÍ MINH<br><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b></td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập &ndash; Tự do &ndash; Hạnh phúc</b></td></tr>
<tr><td>Số: 4644 /KH-SGDĐT</td><td><i>Thành phố Hồ Chí Minh, ngày 14 tháng 11 năm 2025</i></td></tr>
</table>
{document}
</div></div>
<div class="col-md-3 sidebar"><h3>Văn bản mới</h3><ul><li><a href="/vb/1">Công văn số 5512/BGDĐT-GDTrH</a></li>
<li><a href="/vb/2">Kế hoạch số 1234/KH-SGDĐT ngày 01/10/2025</a></li><li><a href="/vb/3">Thông báo số 99/TB-SGDĐT</a></li></ul></div></div>
<footer><p>Bản quyền thuộc Sở Giáo dục và Đào tạo. Địa chỉ: 66-68 Lê Thánh Tôn, Quận 1. Điện thoại: 028 3829 1875</p></footer>
<script src="/js/jquery.min.js"></script>
</body></html>"""


def _portal_docx(path) -> None:
    """The same document typed in Word: the header block a two-column table, one paragraph a <p>, the
    lines a <br> joins as line breaks."""
    import docx
    from lxml import html as lxml_html

    page = lxml_html.fromstring(_portal_page())
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(page.xpath("//table[@class='vb-header']/tr")):
        for c, cell in enumerate(row.xpath("./td")):
            table.cell(r, c).text = "\n".join(t.strip() for t in cell.xpath(".//text()") if t.strip())
    for p in page.xpath("//div[@class='noidung-vanban']/p"):
        document.add_paragraph("\n".join(p.xpath("./text()")))
    document.save(path)


def test_portal_page_gives_the_document_without_the_frame(tmp_path):
    page = tmp_path / "ke-hoach-4644.html"
    page.write_text(_portal_page(), encoding="utf-8")
    word = tmp_path / "ke-hoach-4644.docx"
    _portal_docx(word)
    text = read(page).text
    for frame in ("Trang chủ", "Tìm kiếm", "dataLayer", "Văn bản mới", "5512/BGDĐT", "Bản quyền thuộc", "Lê Thánh Tôn", "Cổng thông tin"):
        assert frame.lower() not in text.lower(), frame
    lines = text.split("\n")
    lines = lines[lines.index("ỦY BAN NHÂN DÂN"):]  # after the page's title and the document's attributes
    # Header cells one a line, as the DOCX reader writes a Word table; entities decoded.
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]
    assert "Độc lập – Tự do – Hạnh phúc" in lines
    tables = _tables(page)
    assert tables[0]["documents"][1].startswith("4644") and tables[0]["documents"][5] == "2025-11-14"
    assert tables == _tables(word)


def _cp1258_or_reference(ch: str) -> str:
    """A character Windows-1258 cannot hold (a Symbol-font bullet) saved as editors save it: `&#61623;`."""
    try:
        _windows_1258(ch)
        return ch
    except UnicodeEncodeError:
        return f"&#{ord(ch)};"


def test_windows_1258_page_reads_as_its_utf8_twin(tmp_path):
    utf8 = tmp_path / "utf8.html"
    utf8.write_text(_portal_page(), encoding="utf-8")
    legacy = tmp_path / "cp1258.htm"
    legacy.write_bytes(_windows_1258("".join(map(_cp1258_or_reference, _portal_page("windows-1258")))))
    raw = read(legacy)
    assert raw.encoding == "html (cp1258)"
    assert raw.text == read(utf8).text



def _bad_files(tmp_path) -> dict[str, tuple[bytes, str]]:
    """For each suffix an empty, a corrupt and a wrong-content file, and the words its message holds."""
    import io
    import zipfile

    def package(mimetype: bytes) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            zf.writestr("mimetype", mimetype)
            zf.writestr("content.xml", "<office:document-content/>")
        return buffer.getvalue()

    return {
        "empty.odt": (b"", "empty file"),
        "truncated.odt": (package(b"application/vnd.oasis.opendocument.text")[:60], "corrupt odt"),
        "sheet.odt": (package(b"application/vnd.oasis.opendocument.spreadsheet"), "not an opendocument text"),
        "empty.rtf": (b"  \n", "empty file"),
        "letter.rtf": ("Kính gửi: Phòng Giáo dục và Đào tạo".encode("utf-8"), "not an rtf"),
        "broken.rtf": (b"{\\rtf1\\ansi{\\fonttbl{\\f0 Times;}}\\pard\\par}", "holds no text"),
        "empty.html": (b"", "empty file"),
        "frame.html": (b"<html><head><title>x</title><script>var a=1;</script></head>"
                       b"<body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>", "holds no text"),
        "image.htm": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "binary"),
    }


@pytest.mark.parametrize("name", list(_bad_files(None)))
def test_bad_files_of_each_kind_raise_a_clear_error(tmp_path, name):
    data, fragment = _bad_files(tmp_path)[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read(path)
    assert fragment in info.value.message.lower(), info.value.message


def test_a_run_over_good_and_bad_files_of_each_kind_goes_on(typed_in_writer, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    files = typed_in_writer["001_e0aee330aa8355da"]
    for fmt in ("odt", "rtf", "html"):
        (folder / f"good.{fmt}").write_bytes(files[fmt].read_bytes())
    bad = _bad_files(tmp_path)
    for name in ("truncated.odt", "letter.rtf", "frame.html"):
        (folder / f"bad_{name}").write_bytes(bad[name][0])
    proc = run_vnplan("extract", folder, "--out", tmp_path / "out", "--no-progress", "--format", "csv")
    assert proc.returncode == 1  # some inputs failed
    errors = pd.read_csv(tmp_path / "out" / "errors.csv", encoding="utf-8-sig")
    assert sorted(os.path.basename(p) for p in errors["path"]) == ["bad_frame.html", "bad_letter.rtf", "bad_truncated.odt"]
    assert set(errors["stage"]) == {"read"}
    documents = pd.read_csv(tmp_path / "out" / "documents.csv", encoding="utf-8-sig")
    assert sorted(documents["doc_number"]) == ["95/KH-TC"] * 3


def test_word_save_as_web_page_keeps_its_list_numbers(tmp_path):
    """Word's "Save as Web Page" (.htm): Windows-1258 declared in the http-equiv Content-Type, the
    document's settings in an <xml> island of a conditional comment, list numbers written as text inside
    `<![if !supportLists]>` with no-break spaces after them, `<o:p>` empty elements."""
    page = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" \
xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1258"><meta name=ProgId content=Word.Document>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm; font-size:14.0pt; font-family:"Times New Roman"} --></style></head>
<body lang=EN-US style='tab-interval:36.0pt'><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI>KẾ HOẠCH<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI>Thực hiện dân chủ ở cơ sở năm 2025<o:p></o:p></span></b></p>
<p class=MsoNormal style='text-align:justify'><span lang=VI>Căn cứ Công văn số 328/UBND-NV ngày 19 tháng 02 năm 2025 \
của Ủy ban nhân dân quận Tân Bình về việc thực hiện công tác dân vận năm 2025;<o:p></o:p></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>\
<b><span lang=VI>I.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></b><![endif]>\
<b><span lang=VI>MỤC ĐÍCH, YÊU CẦU<o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=VI>Nâng cao nhận thức của cán bộ, giáo viên về dân chủ ở cơ sở.<o:p></o:p></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>\
<b><span lang=VI>II.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></b><![endif]>\
<b><span lang=VI>TỔ CHỨC THỰC HIỆN<o:p></o:p></span></b></p>
<p class=MsoNormal><span lang=VI>Báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/12/2025.<o:p></o:p></span></p>
</div></body></html>"""
    path = tmp_path / "ke-hoach.htm"
    path.write_bytes(_windows_1258(page))
    assert "WordDocument" not in read(path).text and "Print" not in read(path).text
    tables = _tables(path)
    assert tables[0]["sections"] == ["I", "II"]
    assert tables[0]["citations"] and tables[0]["deadlines"] == ["2025-12-15"]


def test_a_word_plan_saved_as_web_page_by_libreoffice_keeps_its_list_numbers(tmp_path):
    """A corpus plan typed in Word with automatic numbering (its parts `List Number`, their items `List Number 2`,
    their bullets `List Bullet`, the markers not typed), saved as a web page by LibreOffice: the numbers exist only
    as `<ol start="2">` around each heading. The page reads as the .docx does, headings numbered, bullets dashed."""
    import re

    import docx

    document = docx.Document()
    for line in PLAN.read_text(encoding="utf-8").split("\n"):
        part, item = re.match(r"(?:[IVX]+)\.\s+(.*)", line), re.match(r"\d+\.\s+(.*)", line)
        bulleted = re.match(r"-\s+(.*)", line)
        if part:
            document.add_paragraph(part.group(1), style="List Number")
        elif item:
            document.add_paragraph(item.group(1), style="List Number 2")
        elif bulleted:
            document.add_paragraph(bulleted.group(1), style="List Bullet")
        else:
            document.add_paragraph(line)
    typed = tmp_path / "ke-hoach.docx"
    document.save(typed)
    home = tmp_path / "home"
    home.mkdir()
    _convert(typed, "html", tmp_path, home)
    page = tmp_path / "ke-hoach.html"
    assert '<ol start="2">' in page.read_text(encoding="utf-8")  # (the numbers are the list's, not text)
    text = read(page).text
    assert "\n2. NỘI DUNG" in text and "\n- " in text, text[:2000]
    from_docx, from_page = _tables(typed), _tables(page)
    assert {"1", "2", "3"} <= set(from_docx[0]["sections"])
    assert from_page == from_docx


def test_a_portal_editor_list_reads_as_the_browser_shows_it(tmp_path):
    """A school portal's editor (TinyMCE, CKEditor) keeps a plan's parts as a list styled in Roman numerals, its
    points lettered by `type="a"`, and a list whose items type their own dash: the numbers the browser draws are
    written, a typed marker is not doubled."""
    page = tmp_path / "ke-hoach-dan-chu.html"
    page.write_text("""<html><head><meta charset="utf-8"></head><body><div class="news-content">
<p style="text-align: center;"><strong>KẾ HOẠCH</strong><br><strong>Thực hiện Quy chế dân chủ ở cơ sở năm học 2025-2026</strong></p>
<ol style="list-style-type: upper-roman;">
<li><strong>MỤC ĐÍCH, YÊU CẦU</strong>
<ol type="a"><li>Phát huy quyền làm chủ của cán bộ, giáo viên, nhân viên.</li>
<li>Thực hiện nghiêm Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ.</li></ol></li>
<li><strong>TỔ CHỨC THỰC HIỆN</strong>
<ul style="list-style-type: none;"><li>- Hiệu trưởng chỉ đạo chung; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/12/2025.</li></ul></li>
</ol></div></body></html>""", encoding="utf-8")
    text = read(page).text
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text and "\nb. Thực hiện nghiêm" in text and "II. TỔ CHỨC" in text, text
    assert "\n- Hiệu trưởng" in text and "- -" not in text
    tables = _tables(page)
    assert tables[0]["sections"][:2] == ["I", "I.a"] and "II" in tables[0]["sections"]
    assert tables[0]["citations"] and tables[0]["deadlines"] == ["2025-12-20"]


def test_odt_over_the_unpacked_size_limit_is_refused_before_libreoffice_runs(typed_in_writer, monkeypatch):
    from pipeline import readers_office
    from pipeline.records import RunOptions

    monkeypatch.setattr(readers_office, "_soffice_command", lambda: pytest.fail("LibreOffice started"))
    odt = typed_in_writer["001_e0aee330aa8355da"]["odt"]
    with pytest.raises(InputError) as info:
        read(odt, RunOptions(max_unzipped_bytes=odt.stat().st_size))  # Writer's XML packs several times
    assert info.value.message.startswith("ODT unpacks to") and "zip bomb" in info.value.message


def test_without_libreoffice_the_message_says_how_to_install_it_and_odt_is_still_read(typed_in_writer, monkeypatch):
    from pipeline import readers_office

    monkeypatch.setattr(readers_office.shutil, "which", lambda _: None)
    with pytest.raises(InputError) as info:
        read(typed_in_writer["fresh_02"]["rtf"])
    assert info.value.message.startswith("RTF needs LibreOffice")
    assert "apt-get install libreoffice-writer-nogui" in info.value.message
    assert read(typed_in_writer["fresh_02"]["odt"]).text == read(typed_in_writer["fresh_02"]["docx"]).text


def test_a_page_whose_whole_body_is_one_aspnet_form_is_read(tmp_path):
    # ASP.NET Web Forms (many provincial portals) wrap the whole body in one `<form id="form1">` with the page's hidden
    # state, the search box's controls inside it (HTML has no form in a form); a small form alone is a search box.
    page = _portal_page().replace('<form action="/tim-kiem">', '<div class="search">').replace(
        '</form>\n<div class="breadcrumb">', '</div>\n<div class="breadcrumb">')
    opening = page.index("<body>") + len("<body>")
    page = (page[:opening] + '<form method="post" action="./VanBan.aspx?ItemID=4644" id="form1"><div class="aspNetHidden">'
            '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk2"/></div>'
            + page[opening:].replace("</body>", "</form></body>"))
    wrapped, plain = tmp_path / "VanBan.aspx.html", tmp_path / "ke-hoach-4644.html"
    wrapped.write_text(page, encoding="utf-8")
    plain.write_text(_portal_page(), encoding="utf-8")
    text = read(wrapped).text
    assert "Tìm kiếm".lower() not in text.lower() and "Trang chủ".lower() not in text.lower()
    assert _tables(wrapped) == _tables(plain)
