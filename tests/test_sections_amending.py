"""Section trees of amending documents and of crawled legal texts: quoted amended text, articles run on after a
quote's closing mark, headings wrapped after a word that cannot end them, one-line annex titles. Real lines of
../shared (file and line in each comment); each test reads the whole document, so the tree around the shape is
checked too."""
from __future__ import annotations

import pytest

from pipeline.api import parse_file
from pipeline.sections import segment

from .conftest import DEVSET, WILD, wild_files

pytestmark = pytest.mark.skipif(not wild_files(), reason="needs ../shared/wild")


def _rows(name: str, folder=WILD) -> dict[int, list[tuple[str, str, str]]]:
    """The file's first document's sections by their line in the file: (section id, marker, heading)."""
    doc = parse_file(str(folder / name))[0]
    rows: dict[int, list[tuple[str, str, str]]] = {}
    for s in doc.sections:
        rows.setdefault(s.line, []).append((s.section_id, s.marker, s.heading))
    return rows


def test_text_quoted_after_an_amending_item_has_no_sections_and_the_amending_list_resumes():
    rows = _rows("src_tvplcrawl_54.txt")
    # L38 `6. Sửa đổi Điều 8 như sau:` ⏎ L39 `"Điều 8. Nhà đầu tư mua trái phiếu` (a typewriter mark opens the
    # quote) ⏎ `1. Đối tượng mua trái phiếu` ⏎ `a) …` … L58 `4. … vi phạm.”`: the quoted khoản and điểm are
    # Điều 8's of the amended decree, the text of item 6
    assert rows[38] == [("Điều 1.6", "6.", "Sửa đổi Điều 8 như sau")]
    assert not any(39 <= line <= 58 for line in rows)
    # L176 ends the quoted Điều 15 with the database's note and no closing mark; L177 `13. Sửa đổi, bổ sung
    # Điều 16 như sau:` goes on with the amending list (12 → 13): the quote ends before it
    assert rows[177] == [("Điều 1.13", "13.", "Sửa đổi, bổ sung Điều 16 như sau")]
    # L226 `“2. Chậm nhất …” [Công bố thông tin …]`: a closing mark with the database's note after it closes
    assert rows[227][0][0] == "Điều 1.19"
    # L317 `Điều 3. Điều khoản chuyển tiếp` resumes the tree at the top; no id is met twice
    assert rows[317] == [("Điều 3", "Điều 3.", "Điều khoản chuyển tiếp")]
    ids = [row[0] for line in sorted(rows) for row in rows[line] if line < 332]  # the annex forms after L332
    assert len(ids) == len(set(ids)) and not any("_" in i for i in ids)


def test_an_article_a_crawler_ran_on_after_the_closing_mark_is_a_heading():
    rows = _rows("src_tvplcrawl_60.txt")
    # L640 `c) Tiến hành các biện pháp … quá cảnh."Điều 2. Hiệu lực thi hành`: the quoted `c)` is not this
    # decree's; its Điều 2 starts on that line, and its khoản follow under it (L641 `1. Nghị định này …`)
    assert rows[640] == [("Điều 2", "Điều 2.", "Hiệu lực thi hành")]
    assert rows[641][0][0] == "Điều 2.1" and rows[642][0][0] == "Điều 2.2"
    assert not any(636 <= line <= 639 for line in rows)  # L636–639: the quoted khoản 1 of Điều 106 and its a), b)
    rows = _rows("src_tvplcrawl_54.txt")
    # L315 `3. Quản lý, giám sát … về giá."Điều 2.` ⏎ L316 `Bãi bỏ khoản 7 Điều 4 …`: an article with no title
    assert rows[315] == [("Điều 2", "Điều 2.", "Bãi bỏ khoản 7 Điều 4 của Nghị định số 153/2020/NĐ-CP")]


def test_a_quote_closed_on_its_own_line_is_not_read_as_a_block():
    # src_tvplcrawl_24 L184 `c) Chỉ số chủng loại: Gồm 02 chữ số, trong đó: “91” là …` opens and closes its quote
    # on its line: the articles after it (L190 `Điều 14.`, the next article after Điều 13) stay this decree's
    rows = _rows("src_tvplcrawl_24.txt")
    assert rows[189] == [("Chương III", "Chương III", "ĐIỀU KHOẢN THI HÀNH")]
    assert rows[190][0][0] == "Chương III.Điều 14"
    # src_tvplcrawl_35 L69 `3. Tên gọi: “Quỹ phát triển đất” ghép với …`, then L70 `4. …`, L71 `Điều 6.`
    assert _rows("src_tvplcrawl_35.txt")[70][0][0] == "Chương II.Mục 2.Điều 5.4"


def test_a_heading_left_on_a_word_that_cannot_end_it_goes_on_with_the_reference_on_the_next_line():
    # src_tvplcrawl_54 L12 `Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số` ⏎ L13 `153/2020/NĐ-CP  như sau:`
    assert _rows("src_tvplcrawl_54.txt")[12] == [
        ("Điều 1", "Điều 1.", "Sửa đổi, bổ sung một số điều của Nghị định số 153/2020/NĐ-CP như sau")]
    # src_tvplcrawl_26 L11 `Điều 2. Về căn cứ … quy định tại` ⏎ L12 `Điều 584 của Bộ luật Dân sự` (no marker: no dot)
    assert _rows("src_tvplcrawl_26.txt")[11] == [
        ("Điều 2", "Điều 2.",
         "Về căn cứ phát sinh trách nhiệm bồi thường thiệt hại quy định tại Điều 584 của Bộ luật Dân sự")]


def test_a_wrapped_paragraphs_first_line_stays_its_heading():
    # devset fresh_30, a PDF's text wrapped at a fixed width: `d) Các nhiệm vụ và quyền hạn khác theo quy định của
    # Nghị định số` ⏎ `93/2019/NĐ-CP và Điều lệ Quỹ.` fills the width; the keys take the first line (NOTES: sections)
    rows = _rows("fresh_30.txt", DEVSET)
    headings = {row[0]: row[2] for line in rows for row in rows[line]}
    assert headings["Chương III.Điều 8.2.d"] == "Các nhiệm vụ và quyền hạn khác theo quy định của Nghị định số"


def test_an_annex_title_run_on_after_phu_luc_is_an_annex():
    rows = _rows("src_tvplcrawl_63.txt")
    # L352 `PHỤ LỤC I TRÌNH TỰ, THỦ TỤC … CHĂN NUÔI VÀ THÚ Y (Kèm theo Nghị định số 131/2025/NĐ-CP …)` after the
    # signature: the annex's `1.` and `a)` go under it, not under the decree's last article (Điều 49)
    assert rows[352] == [("Phụ lục I", "PHỤ LỤC I", "TRÌNH TỰ, THỦ TỤC THỰC HIỆN THỦ TỤC HÀNH CHÍNH ĐƯỢC PHÂN "
                                                   "ĐỊNH TRONG LĨNH VỰC CHĂN NUÔI VÀ THÚ Y")]
    assert rows[353][0][0] == "Phụ lục I.1" and rows[354][0][0] == "Phụ lục I.1.a"
    assert not any("_" in row[0] for line in rows for row in rows[line])
    # src_tvplcrawl_43 L200 `PHỤ LỤC I [Phụ lục này được sửa đổi bởi …] MẪU QUYẾT ĐỊNH …`: the note is no part of
    # the title; the form's own `Điều 1.` (L205) is the annex's
    rows = _rows("src_tvplcrawl_43.txt")
    assert rows[200][0][:2] == ("Phụ lục I", "PHỤ LỤC I")
    assert rows[200][0][2].startswith("MẪU QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI")
    assert rows[205][0][0] == "Phụ lục I.Điều 1"


def test_a_typewriter_quote_that_never_closes_is_no_block_and_ends_the_scan():
    """src_tvplcrawl_54 L12–13 and L38–41 (the article's lead-in, item 6 and the quote's first lines), cut where
    the file could end (a document split there, a truncated download): the `"` opens no block, and the scan goes
    on past it (it once stood on the same mark for ever)."""
    import signal

    text = ("Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số\n153/2020/NĐ-CP  như sau:\n"
            "6. Sửa đổi Điều 8 như sau:\n\"Điều 8. Nhà đầu tư mua trái phiếu\n1. Đối tượng mua trái phiếu\n"
            "a) Đối với trái phiếu không chuyển đổi không kèm chứng quyền: đối tượng mua trái phiếu là nhà đầu tư "
            "chứng khoán chuyên nghiệp theo quy định của pháp luật chứng khoán.\n")

    def stuck(*_):
        raise TimeoutError("the quote scan did not end")
    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(20)
    try:
        ids = [s.section_id for s in segment("t", text)]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    # with no closing mark and nothing after it that goes on with the amending list, the quote is not told apart
    assert ids[:2] == ["Điều 1", "Điều 1.6"]


def test_a_typewriter_quote_after_a_blank_line_below_its_lead_in_is_quoted_text():
    # src_congbot_33 L11–35: `… cải thiện nhà quy định:` ⏎ ⏎ `"1. Đối tượng được hỗ trợ …, bao gồm:` ⏎ ⏎ `a) Người
    # hoạt động cách mạng …` … `l) Người có công giúp đỡ cách mạng"` (a converter's blank line between paragraphs):
    # the quoted decision's points are not the letter's sections; the letter's own `2.` (L37) is
    sections = parse_file(str(WILD / "src_congbot_33.txt"))[0].sections
    assert not [s for s in sections if s.line <= 35]
    assert [(s.section_id, s.line) for s in sections][:1] == [("2", 37)]
