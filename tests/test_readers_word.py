"""The DOCX reader on what Word writes into a plan clerks edit and pass around: tracked changes, content controls,
text boxes (with the fallback copy Word adds), a header table nested in a layout table, fields, footnotes. Each file
is a corpus plan written with python-docx, the shape added as Word writes its XML; its text and tables must be those
of the same plan typed plainly."""
from __future__ import annotations

import pytest
from docx.oxml import parse_xml

from pipeline.readers import InputError, read

from .conftest import CORPUS
from .test_readers import _w
from .test_readers_formats import _tables

PLAN = CORPUS / "001_e0aee330aa8355da.txt"
LINES = [line for line in PLAN.read_text(encoding="utf-8").split("\n") if line.strip()]
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml"')
_REVISION = {"author": "Nguyễn Văn A", "date": "2025-03-05T08:30:00Z"}


def _line(start: str) -> int:
    return next(i for i, line in enumerate(LINES) if line.startswith(start))


def _r(text: str, tag: str = "w:t"):
    run = _w("w:r", _w(tag))
    run[0].text = text
    run[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def _p(*children, mark=None):
    """A paragraph of runs (and run wrappers); `mark` a tracked change of its paragraph mark (`w:del`, `w:moveFrom`)."""
    paragraph = _w("w:p", *children)
    if mark is not None:
        paragraph.insert(0, _w("w:pPr", _w("w:rPr", mark)))
    return paragraph


def _change(tag: str, *runs, number: int):
    return _w(tag, *runs, id=str(number), **_REVISION)


def _save(tmp_path, name: str, blocks) -> object:
    """A .docx whose body is `blocks` (w:p / w:tbl / w:sdt elements), made by python-docx."""
    import docx

    document = docx.Document()
    body = document.element.body
    for block in blocks:
        body.insert(len(body) - 1, block)  # before the section properties, where Word keeps them last
    path = tmp_path / name
    document.save(path)
    return path


def _plain(tmp_path):
    return _save(tmp_path, "plain.docx", [_p(_r(line)) for line in LINES])


def test_tracked_changes_are_read_as_accepted(tmp_path):
    # Inserted words read, deleted ones not, a moved paragraph once where it now stands, a paragraph whose mark was
    # deleted joined to the next, a deleted paragraph gone.
    cited, moved, joined = _line("Thực hiện Công văn số 328"), _line("Triển khai thực hiện Công văn số 685"), _line("Việc triển khai")
    blocks = []
    for i, line in enumerate(LINES):
        if i == cited:
            number_start = line.index("Công văn")
            number_end = line.index(" ngày")
            blocks.append(_p(_r(line[:number_start]),
                             _change("w:del", _r("Công văn số 15/UBND-VX", "w:delText"), number=1),
                             _change("w:ins", _r(line[number_start:number_end]), number=2),
                             _r(line[number_end:])))
            blocks.append(_p(_change("w:del", _r("Căn cứ Công văn số 27/UBND-VX ngày 10 tháng 01 năm 2025 của Ủy ban "
                                                  "nhân dân quận Tân Bình;", "w:delText"), number=3),
                             mark=_change("w:del", number=4)))
            blocks.append(_p(_change("w:moveFrom", _r(LINES[moved]), number=5), mark=_change("w:moveFrom", number=6)))
        elif i == moved:
            blocks.append(_p(_change("w:moveTo", _r(line), number=7), mark=_change("w:moveTo", number=8)))
        elif i == joined:
            cut = line.index(" đảm bảo")
            blocks.append(_p(_r(line[:cut]), mark=_change("w:del", number=9)))
            blocks.append(_p(_r(line[cut:])))
        else:
            blocks.append(_p(_r(line)))
    revised = _save(tmp_path, "revised.docx", blocks)
    text = read(revised).text
    assert text == read(_plain(tmp_path)).text
    assert "15/UBND-VX" not in text and "27/UBND-VX" not in text
    assert text.count(LINES[moved]) == 1
    assert _tables(revised) == _tables(PLAN)


def _sdt(*content, tag: str = "KhoiDau", placeholder: bool = False):
    properties = _w("w:sdtPr", _w("w:alias", val=tag), _w("w:tag", val=tag), _w("w:id", val="184736"))
    if placeholder:  # Word shows the control's prompt until something is typed in it
        properties.append(_w("w:showingPlcHdr"))
    return _w("w:sdt", properties, _w("w:sdtContent", *content))


def _signature_table(wrap_cells: bool):
    """`Nơi nhận:` and the signature side by side in a borderless two-column table, as plans are laid out."""
    recipients, signature = LINES[_line("Nơi nhận"):_line("HIỆU TRƯỞNG")], LINES[_line("HIỆU TRƯỞNG"):]
    cells = []
    for lines in (recipients, signature):
        paragraphs = [_p(_r(line)) for line in lines]
        cells.append(_w("w:tc", _w("w:tcPr", _w("w:tcW", w="4500", type="dxa")),
                        *([_sdt(*paragraphs, tag="Ky")] if wrap_cells else paragraphs)))
    return _w("w:tbl", _w("w:tblPr", _w("w:tblW", w="9000", type="dxa")),
              _w("w:tblGrid", _w("w:gridCol", w="4500"), _w("w:gridCol", w="4500")), _w("w:tr", *cells))


def test_content_controls_at_body_paragraph_and_cell_level_are_read(tmp_path):
    # An e-office template: the header block one content control, the number typed into an inline control, the
    # signature block's cells controls; a control left unfilled shows its prompt, which is not read.
    header_end, signature = _line("KẾ HOẠCH"), _line("Nơi nhận")

    def build(wrap: bool):
        blocks = []
        for i, line in enumerate(LINES[:signature]):
            if i == 0 and wrap:
                blocks.append(_p(_r("Số: "), _sdt(_r(line[len("Số: "):]), tag="SoKyHieu"),
                                 _sdt(_r("Nhập mã đơn vị"), tag="MaDonVi", placeholder=True)))
            else:
                blocks.append(_p(_r(line)))
        if wrap:
            blocks[:header_end] = [_sdt(*blocks[:header_end])]
        return blocks + [_signature_table(wrap)]

    templated = _save(tmp_path, "templated.docx", build(True))
    plain = _save(tmp_path, "laid_out.docx", build(False))
    assert read(templated).text == read(plain).text
    assert LINES[0] in read(templated).text and "Nhập mã" not in read(templated).text
    assert _tables(templated) == _tables(PLAN)


def _text_box(lines: list[str], down: int = 0):
    """A floating text box as Word 2010+ writes it: a DrawingML shape for current readers (mc:Choice) and a VML copy
    for older ones (mc:Fallback), each holding the same paragraphs; `down` its distance below its paragraph's top
    (EMU)."""
    paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines)
    return parse_xml(
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{down}</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2743200" cy="914400"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape id="Text Box 1" type="#_x0000_t202" style="width:216pt;height:72pt">'
        f'<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


def test_text_boxes_are_read_once_at_their_anchor(tmp_path):
    # The number and date lines in a text box at the top of the title's paragraph (read before it); the `Nơi nhận:`
    # block in one 1 cm below the top of the closing paragraph (read after it). Both shapes' runs stand last in their
    # paragraphs, as LibreOffice writes them: a floating shape's place is its position, not its run's.
    title, closing, signature = _line("KẾ HOẠCH"), _line("Trên đây là"), _line("HIỆU TRƯỞNG")
    blocks = []
    for i, line in enumerate(LINES):
        if i == title:
            blocks.append(_p(_r(line), _text_box(LINES[:title])))
        elif i == closing:
            blocks.append(_p(_r(line), _text_box(LINES[closing + 1:signature], down=360000)))
        elif i < title or closing < i < signature:
            continue
        else:
            blocks.append(_p(_r(line)))
    boxed = _save(tmp_path, "boxed.docx", blocks)
    text = read(boxed).text
    assert text == read(_plain(tmp_path)).text
    assert text.count("Nơi nhận") == 1
    assert _tables(boxed) == _tables(PLAN)


def _field(instruction: str, result: str) -> list:
    """A complex field as Word writes one: begin, the instruction, separate, the result shown, end."""
    return [_w("w:r", _w("w:fldChar", fldCharType="begin")), _r(f" {instruction} ", "w:instrText"),
            _w("w:r", _w("w:fldChar", fldCharType="separate")), _r(result), _w("w:r", _w("w:fldChar", fldCharType="end"))]


def test_nested_header_table_and_fields_read_their_shown_text(tmp_path):
    # The two-column header (number | place and date) a table inside a one-cell layout table; the number a mail-merge
    # field (fldSimple), the day a DATE field, a cited Công văn a HYPERLINK field to the portal's copy.
    number, dated, cited = LINES[0], LINES[1], _line("Triển khai thực hiện Công văn số 685")

    def header(fields: bool):
        if fields:
            day = dated.index("04")
            left = _p(_r("Số: "), _w("w:fldSimple", _r(number[len("Số: "):]), instr=" MERGEFIELD SoKyHieu "))
            right = _p(_r(dated[:day]), *_field('DATE \\@ "dd"', "04"), _r(dated[day + 2:]))
        else:
            left, right = _p(_r(number)), _p(_r(dated))
        grid = _w("w:tblGrid", _w("w:gridCol", w="4500"), _w("w:gridCol", w="4500"))
        return _w("w:tbl", _w("w:tblPr"), grid, _w("w:tr", _w("w:tc", left), _w("w:tc", right)))

    def cited_line(fields: bool):
        line = LINES[cited]
        start, end = line.index("Công văn"), line.index(" ngày")
        if not fields:
            return _p(_r(line))
        return _p(_r(line[:start]), *_field('HYPERLINK "https://vanban.hochiminhcity.gov.vn/van-ban/685-ubnd-vx"',
                                            line[start:end]), _r(line[end:]))

    def build(fields: bool, nested: bool):
        table = header(fields)
        if nested:
            table = _w("w:tbl", _w("w:tblPr"), _w("w:tblGrid", _w("w:gridCol", w="9000")),
                       _w("w:tr", _w("w:tc", table, _p())))
        return [table] + [cited_line(fields) if i == cited else _p(_r(line)) for i, line in enumerate(LINES) if i > 1]

    nested = _save(tmp_path, "nested.docx", build(fields=True, nested=True))
    flat = _save(tmp_path, "flat.docx", build(fields=False, nested=False))
    text = read(nested).text
    assert text == read(flat).text
    assert "MERGEFIELD" not in text and "HYPERLINK" not in text and "\\@" not in text
    assert _tables(nested) == _tables(flat)


def _with_footnotes(path, notes: dict[str, str]) -> None:
    """Adds a footnotes part (Word's separator notes and `notes` by id) to a saved .docx, as Word stores one."""
    import docx
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document(path)
    body = "".join(
        f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>' for note_id, text in notes.items())
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {_NS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f'</w:footnote>{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    document.save(path)


def test_footnotes_are_read_after_the_body_and_their_citations_counted(tmp_path):
    # The Công văn the plan carries out, cited again in a footnote on the line that carries it out.
    cited = _line("Triển khai thực hiện Công văn số 685")
    reference = _w("w:r", _w("w:rPr", _w("w:vertAlign", val="superscript")), _w("w:footnoteReference", id="1"))
    blocks = [_p(_r(line), reference) if i == cited else _p(_r(line)) for i, line in enumerate(LINES)]
    annotated = _save(tmp_path, "annotated.docx", blocks)
    note = ("Công văn số 685/UBND-VX ngày 04 tháng 02 năm 2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh "
            "về thực hiện công tác dân vận chính quyền năm 2025.")
    _with_footnotes(annotated, {"1": note})
    text = read(annotated).text
    assert text == read(_plain(tmp_path)).text + "\n(1) " + note + "\n"
    expected, got = _tables(PLAN)[0], _tables(annotated)[0]
    key = next(k for k in expected["citations"] if "685" in k)
    assert got["citations"] == sorted(expected["citations"] + [key])
    assert (got["sections"], got["deadlines"], got["documents"]) == (expected["sections"], expected["deadlines"],
                                                                        expected["documents"])


@pytest.mark.parametrize("shape", ["fldSimple", "ins"])
def test_a_citation_only_inside_a_field_or_insertion_is_found(tmp_path, shape):
    # A small check of each wrapper on its own: a Công văn number that python-docx's paragraph.text misses.
    cited = LINES[_line("Triển khai thực hiện Công văn số 685")]
    start, end = cited.index("Công văn"), cited.index(" ngày")
    inner = _r(cited[start:end])
    wrapper = (_w("w:fldSimple", inner, instr=" MERGEFIELD VanBan ") if shape == "fldSimple"
               else _change("w:ins", inner, number=1))
    path = _save(tmp_path, f"{shape}.docx", [_p(_r(cited[:start]), wrapper, _r(cited[end:]))])
    assert read(path).text == cited + "\n"


def test_a_damaged_table_is_a_clear_error_not_a_crash(tmp_path):
    # A cell whose span is not a number (a file damaged in transit or written by a broken exporter).
    cell = _w("w:tc", _w("w:tcPr", _w("w:gridSpan", val="hai")), _p(_r(LINES[0])))
    path = _save(tmp_path, "damaged.docx", [_w("w:tbl", _w("w:tblPr"), _w("w:tr", cell)), _p(_r(LINES[1]))])
    with pytest.raises(InputError) as info:
        read(path)
    assert info.value.message.startswith("corrupt DOCX (ValueError)")
