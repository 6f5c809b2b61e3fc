"""The in-process OpenDocument reader: a plan typed in Writer with what Writer users leave in it (automatic list
numbers, tracked changes, the header block in a frame, a footnote), saved by LibreOffice as .odt and as .docx, reads
as the DOCX reader reads LibreOffice's .docx of it and gives the plain plan's tables, without starting LibreOffice;
a password-protected .odt or .docx, or a .doc under a .docx name, gives a clear error."""
from __future__ import annotations

import html
import os
import subprocess

import pytest

from pipeline.readers import InputError, read

from .conftest import _soffice
from .test_readers_formats import _tables
from .test_readers_word import LINES, PLAN, _line

_NOTE = ("Công văn số 685/UBND-VX ngày 04 tháng 02 năm 2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh "
         "về thực hiện công tác dân vận chính quyền năm 2025.")
_ROOT = ('<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
         'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" '
         'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">')


def _flat_odt() -> str:
    """Corpus 001 as a flat ODF text (.fodt): the number and date lines in a frame anchored to the title's
    paragraph, the three part headings an upper-Roman list (numbers from the list style, not typed), a Công văn
    number replaced with change tracking on, a footnote on the line carrying out the Ủy ban's Công văn."""
    title, cited, noted = _line("KẾ HOẠCH"), _line("Thực hiện Công văn số 328"), _line("Triển khai thực hiện Công văn số 685")
    headings = {_line(h) for h in ("I. ", "II. ", "III. ")}
    body = []
    for i, line in enumerate(LINES):
        text = html.escape(line, quote=False)
        if i < title:
            continue
        if i == title:
            frame = "".join(f"<text:p>{html.escape(x, quote=False)}</text:p>" for x in LINES[:title])
            body.append('<text:p><draw:frame draw:name="Khung1" text:anchor-type="paragraph" svg:width="8cm" '
                        f'svg:height="2cm" svg:x="0cm" svg:y="0cm"><draw:text-box>{frame}</draw:text-box></draw:frame>'
                        f'{text}</text:p>')
        elif i in headings:
            continued = ' text:continue-numbering="true"' if body and any("L1" in b for b in body) else ""
            body.append(f'<text:list text:style-name="L1"{continued}><text:list-item>'
                        f'<text:p>{html.escape(line.split(". ", 1)[1], quote=False)}</text:p></text:list-item></text:list>')
        elif i == cited:
            start, end = line.index("Công văn"), line.index(" ngày")
            body.append(f'<text:p>{html.escape(line[:start])}<text:change text:change-id="ct1"/>'
                        f'<text:change-start text:change-id="ct2"/>{html.escape(line[start:end])}'
                        f'<text:change-end text:change-id="ct2"/>{html.escape(line[end:])}</text:p>')
        elif i == noted:
            body.append(f'<text:p>{text}<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
                        f'</text:note-citation><text:note-body><text:p>{html.escape(_NOTE)}</text:p></text:note-body>'
                        '</text:note></text:p>')
        else:
            body.append(f"<text:p>{text}</text:p>")
    changed = ('<text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Nguyễn Văn A'
               '</dc:creator><dc:date>2025-03-05T08:30:00</dc:date></office:change-info>'
               '<text:p>Công văn số 15/UBND-VX </text:p></text:deletion></text:changed-region>'
               '<text:changed-region text:id="ct2"><text:insertion><office:change-info><dc:creator>Nguyễn Văn A'
               '</dc:creator><dc:date>2025-03-05T08:31:00</dc:date></office:change-info></text:insertion>'
               '</text:changed-region>')
    styles = ('<office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
              'style:num-suffix="." style:num-format="I"/></text:list-style></office:automatic-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{_ROOT}{styles}<office:body><office:text>'
            f'<text:tracked-changes>{changed}</text:tracked-changes>{"".join(body)}</office:text></office:body>'
            '</office:document>')


def _soffice_run(home, *args) -> None:
    subprocess.run([_soffice(), "--headless", *args], check=True, capture_output=True, timeout=180,
                   env=dict(os.environ, HOME=str(home)))


@pytest.fixture(scope="module")
def writer_plan(tmp_path_factory):
    work = tmp_path_factory.mktemp("writer_plan")
    home = work / "home"
    home.mkdir()
    flat = work / "ke_hoach.fodt"
    flat.write_text(_flat_odt(), encoding="utf-8")
    for fmt in ("odt", "docx"):
        _soffice_run(home, "--convert-to", fmt, "--outdir", str(work), str(flat))
    return {"odt": work / "ke_hoach.odt", "docx": work / "ke_hoach.docx", "home": home, "work": work}


def test_writer_plan_reads_as_its_docx_and_gives_the_plain_plans_tables_without_libreoffice(writer_plan, monkeypatch):
    from pipeline import readers_office

    docx_text = read(writer_plan["docx"]).text
    monkeypatch.setattr(readers_office, "_soffice_command", lambda: pytest.fail("LibreOffice started"))
    raw = read(writer_plan["odt"])
    assert raw.text == docx_text
    assert "15/UBND-VX" not in raw.text and "I. MỤC ĐÍCH" in raw.text and "III. TỔ CHỨC" in raw.text
    assert raw.text.index(LINES[0]) < raw.text.index("KẾ HOẠCH")
    assert raw.text.rstrip().endswith("(1) " + _NOTE)
    expected, got = _tables(PLAN)[0], _tables(writer_plan["odt"])[0]
    key = next(k for k in expected["citations"] if "685" in k)
    assert got["citations"] == sorted(expected["citations"] + [key])
    assert (got["sections"], got["deadlines"], got["documents"]) == (expected["sections"], expected["deadlines"],
                                                                        expected["documents"])


_SAVE_WITH_PASSWORD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveWithPassword(source As String, target As String, filter As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  document = StarDesktop.loadComponentFromURL(ConvertToURL(source), &quot;_blank&quot;, 0, load())
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = filter
  store(1).Name = &quot;Password&quot;
  store(1).Value = &quot;matkhau&quot;
  document.storeToURL(ConvertToURL(target), store())
  document.close(True)
End Sub
</script:module>
"""


def test_password_protected_odt_is_a_clear_error(writer_plan):
    # Writer's "Save with password", done through the store argument `Password` of LibreOffice's API (a Basic macro
    # in the profile: the command line's --convert-to takes no password for ODF).
    module = writer_plan["home"] / ".config" / "libreoffice" / "4" / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.exists()  # the profile the conversions above made
    module.write_text(_SAVE_WITH_PASSWORD, encoding="utf-8")
    locked = writer_plan["work"] / "locked.odt"
    _soffice_run(writer_plan["home"],
                 f'macro:///Standard.Module1.SaveWithPassword("{writer_plan["odt"]}","{locked}","writer8")')
    with pytest.raises(InputError) as info:
        read(locked)
    assert info.value.message.startswith("password-protected: the .odt is encrypted")


def test_password_protected_docx_is_a_clear_error(writer_plan, tmp_path):
    # Word's "Encrypt with Password" (ECMA-376 agile encryption) done by msoffcrypto-tool, since LibreOffice 7.4 saves
    # a .docx in the clear whatever password it is given: the package becomes an OLE compound file.
    import io

    from msoffcrypto.format.ooxml import OOXMLFile

    locked = tmp_path / "locked.docx"
    with open(writer_plan["docx"], "rb") as plain, open(locked, "wb") as out:
        OOXMLFile(plain).encrypt("matkhau", out)
    with open(locked, "rb") as encrypted:  # a real encrypted package: the password opens it again
        opened = OOXMLFile(encrypted)
        opened.load_key(password="matkhau")
        decrypted = io.BytesIO()
        opened.decrypt(decrypted)
    assert decrypted.getvalue() == writer_plan["docx"].read_bytes()
    with pytest.raises(InputError) as info:
        read(locked)
    assert info.value.message.startswith("password-protected: the .docx is encrypted")


def test_word_97_document_under_a_docx_name_is_named_as_such(writer_plan, tmp_path):
    _soffice_run(writer_plan["home"], "--convert-to", "doc", "--outdir", str(tmp_path), str(writer_plan["odt"]))
    renamed = tmp_path / "ke_hoach.docx"
    (tmp_path / "ke_hoach.doc").rename(renamed)
    with pytest.raises(InputError) as info:
        read(renamed)
    assert "Word 97-2003 document (.doc)" in info.value.message and "rename it to .doc" in info.value.message


def _numbered_flat_odt() -> str:
    """Corpus 001 typed in Writer with its numbers automatic: `I.`–`III.` and `1.`, `2.` chapter numbering of
    headings (the outline style), the `a)`, `b)` items lists: restarted under each heading, continued across a
    paragraph that interrupts them. No number is typed."""
    import re

    body, list_open = [], False
    for line in LINES:
        roman, arabic, letter = (re.match(p, line) for p in (r"(I|II|III|IV|V)\. ", r"\d+\. ", r"[a-zđ]\) "))
        if roman or arabic:
            level = 1 if roman else 2
            text = line[(roman or arabic).end():]
            body.append(f'<text:h text:outline-level="{level}">{html.escape(text, quote=False)}</text:h>')
            list_open = False
        elif letter:  # each item a list of its own continuing the one before, as Writer saves a list split by a paragraph
            continued = ' text:continue-numbering="true"' if list_open else ""
            body.append(f'<text:list text:style-name="L1"{continued}><text:list-item><text:p>'
                        f'{html.escape(line[letter.end():], quote=False)}</text:p></text:list-item></text:list>')
            list_open = True
        else:
            body.append(f"<text:p>{html.escape(line, quote=False)}</text:p>")
    styles = ('<office:styles><text:outline-style style:name="Outline">'
              '<text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>'
              '<text:outline-level-style text:level="2" style:num-format="1" style:num-suffix="."/>'
              '</text:outline-style></office:styles><office:automatic-styles><text:list-style style:name="L1">'
              '<text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a"/>'
              '</text:list-style></office:automatic-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{_ROOT}{styles}<office:body><office:text>{"".join(body)}'
            '</office:text></office:body></office:document>')


def _multilevel_flat_odt() -> str:
    """Corpus 001 with its `1.`, `2.` and `a)`, `b)` items one two-level list under each part heading, as a Writer
    user numbers a plan: the `a)` items a list nested in their `1.` item, the paragraphs between items (a
    purpose's bullets, a sentence wrapped onto a second line) further paragraphs of the item above them."""
    import re

    kinds = ["roman" if re.match(r"(I|II|III|IV|V)\. ", line) else "arabic" if re.match(r"\d+\. ", line)
             else "letter" if re.match(r"[a-zđ]\) ", line) else "plain" for line in LINES]
    body, depth = [], 0  # depth: 0 outside a list, 1 in a `1.` item, 2 in an `a)` item

    def close(to: int) -> None:
        nonlocal depth
        while depth > to:
            body.append("</text:list-item></text:list>")
            depth -= 1

    for i, (line, kind) in enumerate(zip(LINES, kinds)):
        more_items = any(k in ("arabic", "letter") for k in kinds[i + 1:kinds.index("roman", i + 1)
                                                                    if "roman" in kinds[i + 1:] else len(kinds)])
        text = html.escape(line.split(" ", 1)[1] if kind != "plain" else line, quote=False)
        if kind == "roman":
            close(0)
            body.append(f'<text:h text:outline-level="1">{text}</text:h>')
        elif kind in ("arabic", "letter"):
            level = 1 if kind == "arabic" else 2
            close(level)
            if depth == level:
                body.append(f"</text:list-item><text:list-item><text:p>{text}</text:p>")
            else:
                body.append(('<text:list text:style-name="L2">' if level == 1 else "<text:list>")
                            + f"<text:list-item><text:p>{text}</text:p>")
                depth = level
        elif depth and more_items:
            body.append(f"<text:p>{text}</text:p>")
        else:
            close(0)
            body.append(f"<text:p>{text}</text:p>")
    close(0)
    styles = ('<office:styles><text:outline-style style:name="Outline">'
              '<text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>'
              '</text:outline-style></office:styles><office:automatic-styles><text:list-style style:name="L2">'
              '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>'
              '<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>'
              '</text:list-style></office:automatic-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{_ROOT}{styles}<office:body><office:text>{"".join(body)}'
            '</office:text></office:body></office:document>')


@pytest.mark.parametrize("numbering", ["outline and lists", "multilevel list"])
def test_automatic_heading_and_list_numbers_are_written_as_typed(writer_plan, tmp_path, monkeypatch, numbering):
    from pipeline import readers_office

    flat = tmp_path / "danh_so.fodt"
    flat.write_text(_numbered_flat_odt() if numbering == "outline and lists" else _multilevel_flat_odt(),
                    encoding="utf-8")
    for fmt in ("odt", "docx"):
        _soffice_run(writer_plan["home"], "--convert-to", fmt, "--outdir", str(tmp_path), str(flat))
    docx_text = read(tmp_path / "danh_so.docx").text
    monkeypatch.setattr(readers_office, "_soffice_command", lambda: pytest.fail("LibreOffice started"))
    text = read(tmp_path / "danh_so.odt").text
    assert text == docx_text
    assert text == "\n\n".join(LINES) + "\n"
    assert _tables(tmp_path / "danh_so.odt") == _tables(PLAN)


def test_a_valid_odt_the_in_process_reader_fails_on_goes_through_libreoffice(writer_plan, monkeypatch):
    from pipeline import readers_odt

    expected = read(writer_plan["odt"]).text

    def unknown_shape(*_):
        raise KeyError("a shape the reader does not know")

    monkeypatch.setattr(readers_odt._ContentReader, "blocks", unknown_shape)
    raw = read(writer_plan["odt"])
    assert raw.encoding == "odt (LibreOffice)"
    assert raw.warnings == ["read through LibreOffice: the in-process .odt reader failed "
                            "(KeyError: 'a shape the reader does not know')"]
    # LibreOffice's .docx adds nothing the reader would not read: the same text.
    assert raw.text == expected
