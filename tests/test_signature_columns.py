"""A letter's closing laid out as Word lays it out: `Nơi nhận` and its list in the left cell of a borderless table,
the signature block (delegation, title, unit, `(đã ký)`, name) in the right. Saved as PDF, the two cells come out
one line each, a recipient and a piece of the signature run together on one line with one space between; the signer
and the list are read as from the Word file. A ministry's letter written as such letters are (names invented); and a
portal's copy that ran the name onto its title."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file, parse_text

from .conftest import _soffice
from .test_tab_tables import _saved_as

_LETTER_HEAD = ["BỘ NỘI VỤ", "Số: 12094/BNV-CCHC", "V/v hướng dẫn triển khai xác định Chỉ số cải cách hành chính",
                "Hà Nội, ngày 15 tháng 12 năm 2025", "Kính gửi: Các bộ, cơ quan ngang bộ.",
                "Bộ Nội vụ đề nghị các bộ, cơ quan ngang bộ tự đánh giá, chấm điểm kết quả cải cách hành chính năm "
                "2025 và gửi về Bộ Nội vụ trước ngày 23/01/2026."]
_RECIPIENTS = ["Nơi nhận:", "- Như trên;", "- Bộ trưởng (để b/c);", "- Thứ trưởng Nguyễn Văn Hồi (để b/c);",
               "- Các bộ, cơ quan: Tư pháp, Tài chính, Khoa học và Công nghệ, Văn phòng Chính phủ (để P/H);",
               "- Các Vụ: CCVC, TCBC (để T/H);", "- Lưu: VT, CCHC."]
_SIGNATURE = ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG", "VỤ CẢI CÁCH HÀNH CHÍNH", "", "(đã ký)", "", "", "Phạm Minh Hùng"]


def _letter(path):
    import docx

    document = docx.Document()
    for line in _LETTER_HEAD:
        document.add_paragraph(line)
    cells = document.add_table(rows=1, cols=2).rows[0].cells  # (python-docx's default table: no borders)
    for cell, lines in zip(cells, (_RECIPIENTS, _SIGNATURE)):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    document.save(path)
    return path


@pytest.mark.skipif(not _soffice(), reason="LibreOffice is needed to save the letter as PDF")
def test_a_signature_column_run_onto_the_recipients_lines_of_a_pdf_is_the_signers(tmp_path):
    word = _letter(tmp_path / "cong_van.docx")
    for path in (word, _saved_as(word, "pdf")):
        meta = parse_file(str(path))[0].meta
        assert (meta.signer_name, meta.signer_title) == ("Phạm Minh Hùng", "Vụ trưởng Vụ Cải cách hành chính"), path
        assert meta.recipients.split(";") == [
            "Như trên", "Bộ trưởng (để b/c)", "Thứ trưởng Nguyễn Văn Hồi (để b/c)",
            "Các bộ, cơ quan: Tư pháp, Tài chính, Khoa học và Công nghệ, Văn phòng Chính phủ (để P/H)",
            "Các Vụ: CCVC, TCBC (để T/H)", "Lưu: VT, CCHC"], path


def test_a_name_run_onto_its_title_by_a_web_page():
    # A province's letter copied from its portal (held-out shape, An Giang 2006): the name's paragraph ran onto the
    # title's, `CHÁNH VĂN PHÒNGThái Hữu Phép`; no signer was read.
    meta = parse_text("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 561/UBND-KT\nLong Xuyên, ngày 22 tháng 02 năm 2006\n"
                      "V/v treo cờ Tổ quốc\n\nKính gửi: UBND huyện, thị, thành phố\n\nỦy ban nhân dân tỉnh yêu cầu các "
                      "huyện treo cờ Tổ quốc.\n\nNơi nhận:\n- Như trên;\n- Lưu VP.\n\nTL. CHỦ TỊCH ỦY\nBAN NHÂN DÂN TỈNH\n"
                      "CHÁNH VĂN PHÒNGThái Hữu Phép\n")[0].meta
    assert (meta.signer_name, meta.signer_title) == ("Thái Hữu Phép", "Chánh văn phòng")


def test_a_deputy_signing_as_p_with_a_less_common_family_name():
    # a commune's notice as its page gives it (held-out shape): `TM. ỦY BAN NHÂN DÂN` ⏎ `P. CHỦ TỊCH` ⏎ … ⏎ `Đậu Thanh
    # Tịnh` (`P.` was read as a section's letter marker; `Đậu` was no family name of models/surnames.txt: no signer)
    page = ("UBND XÃ TÙNG CHÂU\nSố: 06/TB-UBND\nTùng Châu, ngày 21 tháng 02 năm 2022\nTHÔNG BÁO\nVề việc phòng chống đói "
            "rét cho đàn gia súc gia cầm\n\nKính gửi: Toàn thể cán bộ và bà con nhân dân\n\nVệ sinh chuồng trại khô ráo.\n\n"
            "                                             TM. ỦY BAN NHÂN DÂN\n\n"
            "                                                      P. CHỦ TỊCH\n\n \n\n"
            "                                                      Đậu Thanh Tịnh\n")
    document = parse_text(page)[0]
    assert (document.meta.signer_title, document.meta.signer_name) == ("Phó Chủ tịch", "Đậu Thanh Tịnh")
    assert document.sections == []
