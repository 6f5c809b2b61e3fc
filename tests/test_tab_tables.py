"""Tables written with tabs (a Word table saved as plain text, or copied from Word, Excel or a web page into a text
file: one row a line, its cells apart by tabs) or with bare pipes (a converter that joins a row's cells with ` | `,
without Markdown's outer pipes and `|---|` line) are read as tables: the same rows as the table written in Markdown,
on the lines of the file. Two-column layouts written with tabs (a header, a signature block) are no table."""
from __future__ import annotations

import os
import subprocess

from pipeline.api import parse_file, parse_text
from pipeline.normalize import normalize

from .conftest import DEVSET, WILD, _soffice

# A school's plan of its year's work on dân vận, its timetable as school plans lay it out (TT, Nội dung công việc,
# Thời gian, Người thực hiện).
_PLAN = """UBND HUYỆN TÂN PHÚ
TRƯỜNG THCS LÊ LỢI
Số: 12/KH-THCSLL
Tân Phú, ngày 20 tháng 9 năm 2025

KẾ HOẠCH
Công tác dân vận năm học 2025 - 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, giáo viên, nhân viên về công tác dân vận.

II. KẾ HOẠCH CỤ THỂ
{table}

III. TỔ CHỨC THỰC HIỆN
1. Ban Giám hiệu chỉ đạo, kiểm tra việc thực hiện kế hoạch.
"""
_ROWS = [["TT", "Nội dung công việc", "Thời gian", "Người thực hiện"],
         ["1", "Xây dựng kế hoạch công tác dân vận năm học", "Tháng 9/2025", "Hiệu trưởng"],
         ["2", "Đăng ký mô hình \"Dân vận khéo\"", "Trước ngày 15/10/2025", "Chủ tịch Công đoàn"],
         ["3", "Sơ kết học kỳ I, báo cáo về Phòng GD&ĐT", "Trước ngày 10/01/2026", "Phó Hiệu trưởng"]]


def _rows(text: str):
    doc = parse_text(text)[0]
    return ({(p.party, p.role, p.task, p.line) for p in doc.parties},
            {(d.due_date, d.task, d.responsible, d.line) for d in doc.deadlines})


def test_a_table_written_with_tabs_reads_as_the_same_table_in_markdown():
    tabs = _PLAN.format(table="\n".join("\t".join(row) for row in _ROWS))
    pipes = _PLAN.format(table="\n".join("| " + " | ".join(row) + " |" for row in _ROWS))
    parties, deadlines = _rows(tabs)
    assert (parties, deadlines) == _rows(pipes)
    first = tabs.split("\n").index("\t".join(_ROWS[1])) + 1  # the file's line of the table's first row
    # the responsible column names each row's party, its task the row's `Nội dung công việc`
    assert ("Chủ tịch Công đoàn", "lead", "Đăng ký mô hình \"Dân vận khéo\"", first + 1) in parties
    assert ("2026-01-10", "Sơ kết học kỳ I, báo cáo về Phòng GD&ĐT", "Phó Hiệu trưởng", first + 2) in deadlines
    assert ("2025-09-30", "Xây dựng kế hoạch công tác dân vận năm học", "Hiệu trưởng", first) in deadlines
    assert "Ban Giám hiệu" in {party for party, *_ in parties}


def test_a_header_and_a_signature_laid_out_with_tabs_are_no_table():
    text = ("UBND HUYỆN TÂN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THCS LÊ LỢI\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/KH-THCSLL\tTân Phú, ngày 20 tháng 9 năm 2025\n\nKẾ HOẠCH\nCông tác dân vận năm học 2025 - 2026\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức về công tác dân vận.\n\n"
            "Nơi nhận:\t\t\tKT. HIỆU TRƯỞNG\n- Phòng GD&ĐT;\t\t\tPHÓ HIỆU TRƯỞNG\n- Lưu: VT.\n\t\t\tTrần Văn Bình\n")
    assert normalize(text) == text  # nothing rewritten
    meta = parse_text(text)[0].meta
    assert (meta.issuer, meta.doc_number, meta.signer_name) == ("Trường THCS Lê Lợi", "12/KH-THCSLL", "Trần Văn Bình")


# A provincial plan's annex of tasks as a DOCX-to-text converter writes it: cells joined by ` | `, no outer pipes, the
# responsible column headed by kinds of body (`Sở, ngành chủ trì`), partners listed with `;` and a bullet dash each.
_ANNEX = """PHỤ LỤC
NHIỆM VỤ TRỌNG TÂM CỦA CÁC SỞ, NGÀNH VÀ ĐỊA PHƯƠNG
(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2026 của UBND tỉnh Yên Bái)

TT | Nội dung nhiệm vụ | Sở, ngành chủ trì | Cơ quan, đơn vị phối hợp | Thời gian hoàn thành | Ghi chú
1 | Rà soát, cập nhật danh mục thủ tục hành chính nội bộ | Sở Nội vụ | Các sở, ban, ngành; UBND các xã, phường | Tháng 5/2026 | 
2 | Xây dựng cơ sở dữ liệu về đất đai của tỉnh | Sở Nông nghiệp và Môi trường | - Sở Tài chính - Văn phòng UBND tỉnh - Các đơn vị khác có liên quan | Quý III/2026 | 
3 | Kiểm tra việc thực hiện chế độ báo cáo | Văn phòng UBND tỉnh | Sở Nội vụ | Hằng năm | 
"""


def _annex_parties(text: str) -> set[tuple[str, str, int]]:
    return {(p.party, p.role, p.line) for p in parse_text(text)[0].parties}


def test_a_table_written_with_bare_pipes_reads_as_the_same_table_in_markdown():
    lines = _ANNEX.split("\n")
    header = lines.index(next(line for line in lines if line.startswith("TT |")))
    markdown = "\n".join(["| " + line.rstrip(" |") + " |" for line in lines[header:header + 1]] + ["|---|---|---|---|---|---|"]
                         + ["| " + line.rstrip(" |") + " | |" for line in lines[header + 1:] if line])
    markdown_text = "\n".join(lines[:header]) + "\n" + markdown + "\n"
    bare = _annex_parties(_ANNEX)
    # (the Markdown table has one line more, its `|---|` line, before its rows)
    assert bare == {(party, role, line - (line > header + 1)) for party, role, line in _annex_parties(markdown_text)}
    first = header + 2  # the file's line of the first row
    # the column headed `Sở, ngành chủ trì` names each row's lead; its header names none
    assert {("Sở Nội vụ", "lead", first), ("Sở Nông nghiệp và Môi trường", "lead", first + 1),
            ("Văn phòng Ủy ban nhân dân tỉnh", "lead", first + 2)} <= bare
    assert not any(line == header + 1 for _, _, line in bare)
    # partners: a `;` list, and a cell whose items each open with a dash (a crawler ran its lines together)
    assert {("Các sở, ban, ngành", "coordinate", first), ("Ủy ban nhân dân các xã, phường", "coordinate", first)} <= bare
    assert {("Sở Tài chính", "coordinate", first + 1), ("Văn phòng Ủy ban nhân dân tỉnh", "coordinate", first + 1),
            ("Các đơn vị khác có liên quan", "coordinate", first + 1)} <= bare


def test_a_bare_pipe_table_gives_its_deadlines_their_tasks_and_leads():
    deadlines = {(d.due_date, d.task, d.responsible, d.line) for d in parse_text(_ANNEX)[0].deadlines}
    first = _ANNEX.split("\n").index(next(line for line in _ANNEX.split("\n") if line.startswith("1 |"))) + 1
    assert ("2026-05-31", "Rà soát, cập nhật danh mục thủ tục hành chính nội bộ", "Sở Nội vụ", first) in deadlines
    assert ("2026-09-30", "Xây dựng cơ sở dữ liệu về đất đai của tỉnh", "Sở Nông nghiệp và Môi trường",
            first + 1) in deadlines


def test_a_sub_headed_responsible_column_takes_its_task_from_the_header_above():
    """`Đơn vị thực hiện` over `Chủ trì | Phối hợp` (Markdown, a crawler's page of a ministry's decision): the row's
    task is its `Tên đề án`, and the partners of a dashed cell are one a dash."""
    doc = parse_text((WILD / "src_tvplcrawl_47.txt").read_text(encoding="utf-8"))[0]
    lines = (WILD / "src_tvplcrawl_47.txt").read_text(encoding="utf-8").split("\n")
    row = next(i for i, line in enumerate(lines, 1) if "Kiểm kê đất đai, lập bản đồ hiện trạng" in line)
    partners = {(p.party, p.task) for p in doc.parties if p.line == row and p.role == "coordinate"}
    task = "Đề án “Kiểm kê đất đai, lập bản đồ hiện trạng sử dụng đất năm 2024”"
    assert partners == {("Vụ Đất đai", task), ("Cục Quy hoạch và Phát triển tài nguyên đất", task),
                        ("Các đơn vị khác có liên quan", task)}


def test_sample_headings_in_a_table_s_later_cells_are_no_sections():
    """A style guide's table shows headings as samples (`| - Từ "Mục" và số thứ tự của mục | … | Mục 1`): its cells
    are read as a table, and a later cell that opens with a marker is no section of the guide."""
    text = (DEVSET / "fresh_15.txt").read_text(encoding="utf-8")
    row = text.split("\n").index(next(line for line in text.split("\n") if line.endswith("| Mục 1"))) + 1
    sections = parse_text(text)[-1].sections
    assert not any(s.line in range(row, row + 6) for s in sections)
    assert any(s.section_id.startswith("Phụ lục 3") for s in sections)  # the annex itself stays


# A commune's plan of tasks as clerks type it in Word: its head as paragraphs, its tasks as a table (rows as given).
_PLAN_HEAD = ["UBND XÃ TÂN HÒA", "Số: 15/KH-UBND", "Tân Hòa, ngày 10 tháng 3 năm 2025", "KẾ HOẠCH",
              "Triển khai chuyển đổi số trên địa bàn xã năm 2025", "II. NHIỆM VỤ CỤ THỂ"]
_TASK_HEADER = ("TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp")
_TASKS = [("1", "Kiện toàn Tổ công nghệ số cộng đồng các thôn", "Văn phòng HĐND-UBND xã"),
          ("2", "Tuyên truyền cài đặt ứng dụng VNeID", "Công an xã")]
_LEADS = {("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead"), ("Công an xã", "lead")}


def _word_plan(path, rows, head=tuple(_PLAN_HEAD), style=None, header_table=False, closing=True, groups=(), after=(),
               repeat_header=False):
    """The plan saved by python-docx: `head` as paragraphs (or its first line as a two-column header table), the
    task table (the rows at `groups` one cell merged across the table, as Word's `Merge Cells` makes a group's
    title; its first row repeated on each page when `repeat_header`, Word's `Repeat Header Rows`), the closing
    paragraph."""
    import docx

    document = docx.Document()
    if header_table:
        cells = document.add_table(rows=1, cols=2).rows[0].cells
        cells[0].text, cells[1].text = head[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        head = head[1:]
    for line in head:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        table.style = style
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    if repeat_header:
        from docx.oxml import OxmlElement

        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for i in groups:
        merged = table.cell(i, 0).merge(table.cell(i, len(rows[0]) - 1))
        merged.text = rows[i][0]
    for line in after:  # (the paragraphs right under the table)
        document.add_paragraph(line)
    if closing:
        document.add_paragraph("Trên đây là kế hoạch của Ủy ban nhân dân xã./.")
    document.save(path)
    return path


def _saved_as(path, target: str):
    """The .docx converted by LibreOffice (`pdf`, `odt`, `html`), as a user's office suite saves it."""
    home = path.parent / "home"
    home.mkdir(exist_ok=True)
    subprocess.run([_soffice(), "--headless", "--convert-to", target, "--outdir", str(path.parent), str(path)],
                   check=True, capture_output=True, timeout=300, env=dict(os.environ, HOME=str(home)))
    return path.with_suffix("." + target)


def test_a_word_table_of_tasks_names_each_rows_lead_and_partners(tmp_path):
    """The plan's tasks as a Word table (`TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
    hoàn thành`) read back: the reader writes a row's cells one a line with no indent (readers_docx.py), and each
    row's lead and partners are its columns' cells."""
    rows = [(*_TASK_HEADER, "Thời gian hoàn thành"), (*_TASKS[0], "Các thôn", "Tháng 3/2025"),
            (*_TASKS[1], "Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã", "Trước ngày 30/6/2025")]
    found = {(p.party, p.role, p.task) for p in parse_file(str(_word_plan(tmp_path / "ke_hoach.docx", rows)))[0].parties}
    assert {("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "lead", "Kiện toàn Tổ công nghệ số cộng đồng các thôn"),
            ("Các thôn", "coordinate", "Kiện toàn Tổ công nghệ số cộng đồng các thôn"),
            ("Công an xã", "lead", "Tuyên truyền cài đặt ứng dụng VNeID"),
            ("Đoàn Thanh niên xã", "coordinate", "Tuyên truyền cài đặt ứng dụng VNeID"),
            ("Hội Liên hiệp Phụ nữ xã", "coordinate", "Tuyên truyền cài đặt ứng dụng VNeID")} <= found
    assert not any(party.startswith("Cơ quan") for party, _, _ in found)  # (the header names kinds, no party)


_WITH_EMPTY_CELLS = [(*_TASK_HEADER, "Thời gian hoàn thành", "Ghi chú"), (*_TASKS[0], "", "Tháng 3/2025", ""),
                     (*_TASKS[1], "Đoàn Thanh niên xã", "Trước ngày 30/6/2025", "")]
_DEADLINES = [("2025-03-31", "Kiện toàn Tổ công nghệ số cộng đồng các thôn", "Văn phòng Hội đồng nhân dân-Ủy ban nhân dân xã"),
              ("2025-06-30", "Tuyên truyền cài đặt ứng dụng VNeID", "Công an xã")]


def test_a_word_table_of_tasks_with_empty_cells_keeps_its_columns(tmp_path):
    """The same table as clerks leave it: the `Ghi chú` column empty, a row without partners, the table the file's
    last block. The reader writes an empty cell of a table of three columns or more as a line of one space, so that
    every row keeps its columns (the rows had fewer lines than the header and none was read); the header's
    two-column table is read as before."""
    parsed = parse_file(str(_word_plan(tmp_path / "ke_hoach.docx", _WITH_EMPTY_CELLS, header_table=True,
                                       closing=False)))[0]
    assert (parsed.meta.issuer, parsed.meta.doc_number) == ("UBND xã Tân Hòa", "15/KH-UBND")  # (as written)
    assert {(p.party, p.role) for p in parsed.parties} >= _LEADS | {("Đoàn Thanh niên xã", "coordinate")}
    assert [(d.due_date, d.task, d.responsible) for d in parsed.deadlines] == _DEADLINES


def test_a_ruled_table_of_tasks_in_a_pdf_is_read_by_its_cells(tmp_path):
    """The plan with a ruled table (`Table Grid`) exported to PDF by LibreOffice: its narrow cells wrap their words
    over lines, and the page read line by line interleaved them (`1 Kiện toàn Văn phòng Tháng` ⏎ `Tổ công HĐND-
    3/2025` ⏎ …: no row's task, lead or date was read). Its cells are read as the table's, the row's number kept (a
    number alone is a page's only at the page's top or bottom)."""
    pdf = _saved_as(_word_plan(tmp_path / "ke_hoach.docx", _WITH_EMPTY_CELLS, style="Table Grid"), "pdf")
    parsed = parse_file(str(pdf))[0]
    assert {(p.party, p.role) for p in parsed.parties} >= _LEADS | {("Đoàn Thanh niên xã", "coordinate")}
    assert [(d.due_date, d.task, d.responsible) for d in parsed.deadlines] == _DEADLINES


def test_an_odt_table_of_tasks_keeps_its_empty_cells_as_its_docx_does(tmp_path):
    """The plan saved by LibreOffice Writer as .odt reads as its .docx does, a table's empty cells included."""
    from pipeline.readers import read

    word = _word_plan(tmp_path / "nhiem_vu.docx", _WITH_EMPTY_CELLS)
    odt = _saved_as(word, "odt")
    assert read(str(odt)).text == read(str(word)).text
    assert "\nVăn phòng HĐND-UBND xã\n \nTháng 3/2025\n \n\n2\n" in read(str(odt)).text  # (each empty cell a line)


def test_a_web_page_table_of_tasks_keeps_its_empty_cells(tmp_path):
    """The plan saved as a web page (LibreOffice's HTML export), its table the page's last block: a row's empty cells
    keep their columns, so that each row's lead and partners are read as from the .docx."""
    page = _saved_as(_word_plan(tmp_path / "ke_hoach.docx", _WITH_EMPTY_CELLS, closing=False), "html")
    assert {(p.party, p.role) for p in parse_file(str(page))[0].parties} >= _LEADS | {("Đoàn Thanh niên xã", "coordinate")}


def test_a_word_table_of_tasks_grouped_by_merged_rows_reads_every_group(tmp_path):
    """A plan's task table grouped by rows merged across it (`I. CÔNG TÁC CHUYỂN ĐỔI SỐ` over its tasks, `II. …` over
    the next): a group's title is one cell, and the rows under each group are read (main stopped at the first group
    row and read none), in the DOCX and in LibreOffice's ODT of it; the groups are no sections of the plan."""
    rows = [(*_TASK_HEADER, "Thời gian hoàn thành"), ("I. CÔNG TÁC CHUYỂN ĐỔI SỐ", "", "", "", ""),
            (*_TASKS[0], "Các thôn", "Tháng 3/2025"), ("II. CÔNG TÁC TUYÊN TRUYỀN", "", "", "", ""),
            (*_TASKS[1], "Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã", "Trước ngày 30/6/2025")]
    docx_file = _word_plan(tmp_path / "ke_hoach.docx", rows, groups=(1, 3),
                           after=["III. TỔ CHỨC THỰC HIỆN", "Các thôn báo cáo kết quả về Ủy ban nhân dân xã."])
    for path in (docx_file, _saved_as(docx_file, "odt")):
        parsed = parse_file(str(path))[0]
        found = {(p.party, p.role) for p in parsed.parties}
        assert _LEADS | {("Các thôn", "coordinate"), ("Đoàn Thanh niên xã", "coordinate"),
                         ("Hội Liên hiệp Phụ nữ xã", "coordinate")} <= found, path.suffix
        # the groups' numbers are the table's: the plan's own `III` after the table stays `III` (main: `IV`)
        assert [(s.section_id, s.heading) for s in parsed.sections] == [
            ("II", "NHIỆM VỤ CỤ THỂ"), ("III", "TỔ CHỨC THỰC HIỆN")], path.suffix


# A lower secondary school's plan as its clerk types it in Word, and its table of tasks' header.
_SCHOOL_HEAD = ["TRƯỜNG THCS ĐỨC THUẬN", "Số: 12/KH-THCS", "Đức Thuận, ngày 5 tháng 9 năm 2024", "KẾ HOẠCH",
                "Thực hiện nhiệm vụ năm học 2024-2025", "II. NHIỆM VỤ CỤ THỂ"]
_SCHOOL_HEADER = ("TT", "Nội dung công việc", "Bộ phận chủ trì", "Bộ phận phối hợp", "Thời gian hoàn thành")


def _merged(docx_file, first: tuple[int, int], last: tuple[int, int], text: str):
    """The .docx with the cells of its table from `first` to `last` (row, column) merged into one holding `text`, as
    Word's `Merge Cells` makes it."""
    import docx

    document = docx.Document(str(docx_file))
    table = document.tables[0]
    table.cell(*first).merge(table.cell(*last)).text = text
    document.save(str(docx_file))
    return docx_file


def test_a_row_naming_a_post_with_a_header_word_is_no_new_header(tmp_path):
    """A school's table of tasks whose partner cell is `Tổng phụ trách Đội` (a post every school has, with the header
    word `phụ trách` in it): the rows after it keep the responsible column of the real header (main took that row
    for a new header and gave the next rows their partners as responsible)."""
    rows = [_SCHOOL_HEADER,
            ("1", "Tổ chức Đại hội Chi đoàn, Đại hội Liên đội", "Bí thư Đoàn trường", "Tổng phụ trách Đội",
             "Tháng 10/2024"),
            ("2", "Kiện toàn Ban đại diện cha mẹ học sinh", "Giáo viên chủ nhiệm", "Ban đại diện cha mẹ học sinh",
             "Trước 30/9/2024"),
            ("3", "Tổ chức thi giáo viên dạy giỏi cấp trường", "Hiệu trưởng", "Tổ Khoa học tự nhiên; Tổ Khoa học xã hội",
             "Từ 04/11 đến 15/11/2024")]
    parsed = parse_file(str(_word_plan(tmp_path / "ke_hoach.docx", rows, head=_SCHOOL_HEAD)))[0]
    assert [(d.due_date, d.responsible, d.task) for d in parsed.deadlines] == [
        ("2024-10-31", "Bí thư Đoàn trường", "Tổ chức Đại hội Chi đoàn, Đại hội Liên đội"),
        ("2024-09-30", "Giáo viên chủ nhiệm", "Kiện toàn Ban đại diện cha mẹ học sinh"),
        ("2024-11-15", "Hiệu trưởng", "Tổ chức thi giáo viên dạy giỏi cấp trường")]


def test_the_heading_right_under_a_table_stays_in_a_pdf(tmp_path):
    """LibreOffice's PDF of a Word plan sets the paragraph after a table flush against its bottom rule (its glyphs half a
    point over the rule): the heading there (`III. TỔ CHỨC THỰC HIỆN`) was lost between the text above and below the
    table, and its items fell under the section before."""
    rows = [(*_TASK_HEADER, "Thời gian hoàn thành"), (*_TASKS[0], "Các thôn", "Tháng 3/2025"),
            (*_TASKS[1], "Đoàn Thanh niên xã", "Trước ngày 30/6/2025")]
    after = ["III. TỔ CHỨC THỰC HIỆN", "1. Văn phòng HĐND-UBND xã chủ trì theo dõi, đôn đốc các thôn thực hiện."]
    pdf = _saved_as(_word_plan(tmp_path / "ke_hoach.docx", rows, style="Table Grid", after=after), "pdf")
    parsed = parse_file(str(pdf))[0]
    assert [(s.section_id, s.heading) for s in parsed.sections if s.level == 1] == [
        ("II", "NHIỆM VỤ CỤ THỂ"), ("III", "TỔ CHỨC THỰC HIỆN")]
    assert ("III.1", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã") in {(p.section_id, p.party) for p in parsed.parties}
    assert sum("Kiện toàn Tổ công nghệ số" in line for line in parsed.text.split("\n")) == 1  # (the table read once)


_UNITS = ["Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội", "Tổ Văn phòng", "Phó Hiệu trưởng"]


def test_a_table_of_tasks_over_several_pdf_pages_keeps_its_header_and_row_numbers(tmp_path):
    """A school plan's table of 40 tasks over several pages of LibreOffice's PDF, with its header row repeated on each
    page (Word's `Repeat Header Rows`) and without: the header's cells (`TT`, `Nội dung công việc` at the top of every
    page) and the `TT` of a row opening a page were dropped as running lines and page numbers, and no row had its
    header's width: no party was read. A row the page break cuts in two (Word lets rows break across pages) is one
    row again: its task, its lead and its date whole."""
    rows = [_SCHOOL_HEADER] + [
        (str(i), f"Kiểm tra hồ sơ chuyên môn đợt {i} của giáo viên các tổ", _UNITS[i % 4], "Giáo viên chủ nhiệm",
         f"Trước {i % 28 + 1:02d}/10/2024") for i in range(1, 41)]
    for repeat in (True, False):
        docx_file = _word_plan(tmp_path / f"ke_hoach_{repeat}.docx", rows, head=_SCHOOL_HEAD, style="Table Grid",
                               repeat_header=repeat)
        parsed = parse_file(str(_saved_as(docx_file, "pdf")))[0]
        leads = {(p.task, p.party.casefold()) for p in parsed.parties if p.role == "lead" and
                 p.task.startswith("Kiểm tra hồ sơ")}
        assert leads == {(row[1], row[2].casefold()) for row in rows[1:]}, repeat
        assert {(d.task, d.due_date) for d in parsed.deadlines} >= {
            (row[1], f"2024-10-{row[4][6:8]}") for row in rows[1:]}
        assert not any(p.party.startswith("Bộ phận") for p in parsed.parties)  # (the repeated header names no party)


def test_a_cell_merged_down_the_rows_of_a_pdf_or_html_table_is_each_rows(tmp_path):
    """A Word table whose `Bộ phận chủ trì` is one cell merged down over three tasks, in LibreOffice's PDF and HTML:
    pdfplumber gives the rows under the first no cell there, the HTML rows under a `rowspan` have none, and they had no
    lead (the DOCX and ODT readers repeat the cell)."""
    rows = [_SCHOOL_HEADER,
            ("1", "Khảo sát chất lượng đầu năm môn Ngữ văn", "Phó Hiệu trưởng", "Tổ Khoa học xã hội", "Trước 20/9/2024"),
            ("2", "Khảo sát chất lượng đầu năm môn Toán", "", "Tổ Khoa học tự nhiên", "Trước 21/9/2024"),
            ("3", "Khảo sát chất lượng đầu năm môn Tiếng Anh", "", "Tổ Ngoại ngữ", "Trước 22/9/2024"),
            ("4", "Cập nhật hồ sơ học sinh trên phần mềm quản lý", "Tổ Văn phòng", "Giáo viên chủ nhiệm",
             "Trước 30/9/2024")]
    docx_file = _merged(_word_plan(tmp_path / "ke_hoach.docx", rows, head=_SCHOOL_HEAD, style="Table Grid"),
                        (1, 2), (3, 2), "Phó Hiệu trưởng")
    for path in (docx_file, _saved_as(docx_file, "pdf"), _saved_as(docx_file, "html")):
        parsed = parse_file(str(path))[0]
        leads = {(p.task, p.party.casefold()) for p in parsed.parties if p.role == "lead" and
                 p.task.startswith(("Khảo", "Cập"))}
        assert leads == {(row[1], "phó hiệu trưởng") for row in rows[1:4]} | {(rows[4][1], "tổ văn phòng")}, path.suffix
        assert [d.responsible for d in parsed.deadlines if d.task.startswith("Khảo")] == ["Phó Hiệu trưởng"] * 3


def test_a_cell_merged_across_some_columns_keeps_the_rows_columns(tmp_path):
    """A row whose `Bộ phận chủ trì` and `Bộ phận phối hợp` are one merged cell (`Toàn thể cán bộ, giáo viên, nhân
    viên`): the readers wrote the cell once, the row had a cell fewer than its header and neither its lead nor its
    deadline's responsible was read, in the DOCX, LibreOffice's ODT, PDF and HTML alike. The merged cell stands in its
    first column, the others empty."""
    rows = [_SCHOOL_HEADER,
            ("1", "Tổ chức Lễ khai giảng năm học mới", "Phó Hiệu trưởng", "Đoàn Thanh niên", "Trước 05/9/2024"),
            ("2", "Tổ chức tổng vệ sinh khuôn viên trường lớp", "Tổ Văn phòng", "", "Trước 04/9/2024")]
    docx_file = _merged(_word_plan(tmp_path / "ke_hoach.docx", rows, head=_SCHOOL_HEAD, style="Table Grid"),
                        (2, 2), (2, 3), "Tổ Văn phòng")
    for path in (docx_file, _saved_as(docx_file, "odt"), _saved_as(docx_file, "pdf"), _saved_as(docx_file, "html")):
        parsed = parse_file(str(path))[0]
        assert ("Tổ chức tổng vệ sinh khuôn viên trường lớp", "tổ văn phòng") in {
            (p.task, p.party.casefold()) for p in parsed.parties if p.role == "lead"}, path.suffix
        assert ("2024-09-04", "Tổ Văn phòng") in {(d.due_date, d.responsible) for d in parsed.deadlines}, path.suffix


def test_a_responsible_cell_that_is_one_name_is_read_whole(tmp_path):
    """Cells of a school's table of tasks naming a council by its task (`Hội đồng xét công nhận`, `Hội đồng tự đánh
    giá`, cut at the verb-like `công nhận` and `tự`) and the school's library (`Thư viện`, no head main knew): a cell
    holds names only, so an item with nothing listed in it is one name."""
    rows = [_SCHOOL_HEADER,
            ("1", "Tổ chức ngày hội đọc sách", "Thư viện", "Tổ Khoa học xã hội; Liên đội", "21/4/2025"),
            ("2", "Xét công nhận hoàn thành chương trình trung học cơ sở", "Hiệu trưởng", "Hội đồng xét công nhận",
             "Trước 25/5/2025"),
            ("3", "Hoàn thiện hồ sơ kiểm định chất lượng giáo dục", "Hội đồng tự đánh giá", "Các tổ chuyên môn",
             "Trước 15/8/2025")]
    parsed = parse_file(str(_word_plan(tmp_path / "ke_hoach.docx", rows, head=_SCHOOL_HEAD)))[0]
    found = {(p.party, p.role) for p in parsed.parties}
    assert {("Thư viện", "lead"), ("Hội đồng xét công nhận", "coordinate"), ("Hội đồng tự đánh giá", "lead"),
            ("Tổ Khoa học xã hội", "coordinate"), ("Liên đội", "coordinate")} <= found


def test_a_cell_enumerating_kinds_of_staff_is_one_party(tmp_path):
    """`Toàn thể cán bộ, giáo viên, nhân viên` in a Word table's responsible column: one party, as the keys name an
    enumeration of staff (`Cán bộ, giáo viên, nhân viên và người lao động …`); main made three. A cell listing bodies
    is still parted. (`Toàn thể`, all of the kind, names the kind, as the held-out keys write it.)"""
    rows = [_SCHOOL_HEADER,
            ("1", "Tổ chức tổng vệ sinh khuôn viên trường lớp", "Toàn thể cán bộ, giáo viên, nhân viên", "",
             "Trước 04/9/2024"),
            ("2", "Tập huấn chương trình mới", "Phó Hiệu trưởng", "Tổ Khoa học tự nhiên, Tổ Khoa học xã hội",
             "Trước 10/9/2024")]
    parsed = parse_file(str(_word_plan(tmp_path / "ke_hoach.docx", rows, head=_SCHOOL_HEAD)))[0]
    found = {(p.party, p.role) for p in parsed.parties}
    assert ("Cán bộ, giáo viên, nhân viên", "lead") in found
    assert not {("Giáo viên", "lead"), ("Nhân viên", "lead")} & found
    assert {("Tổ Khoa học tự nhiên", "coordinate"), ("Tổ Khoa học xã hội", "coordinate")} <= found


def test_a_task_about_pupils_not_yet_through_keeps_its_time(tmp_path):
    """`chưa` in a row's task cell tells of the pupils the task is for (`học sinh chưa đạt`), not of a task not done:
    the row's time cell, a line of its own, is its deadline (main dropped it as a statement of what was not done).
    A row stating its own status in the time cell still gives none."""
    rows = [_SCHOOL_HEADER,
            ("1", "Tổ chức rèn luyện trong hè cho học sinh chưa đạt", "Giáo viên chủ nhiệm", "Tổng phụ trách Đội",
             "Tháng 7/2025"),
            ("2", "Phụ đạo học sinh chưa hoàn thành nhiệm vụ học tập", "Tổ chuyên môn", "", "Tháng 10/2024"),
            ("3", "Xây dựng thư viện xanh", "Thư viện", "", "Chưa thực hiện tháng 11/2024")]
    parsed = parse_file(str(_word_plan(tmp_path / "ke_hoach.docx", rows, head=_SCHOOL_HEAD)))[0]
    found = {(d.due_date, d.task, d.responsible) for d in parsed.deadlines}
    assert ("2025-07-31", "Tổ chức rèn luyện trong hè cho học sinh chưa đạt", "Giáo viên chủ nhiệm") in found
    assert ("2024-10-31", "Phụ đạo học sinh chưa hoàn thành nhiệm vụ học tập", "Tổ chuyên môn") in found
    assert not [d for d in parsed.deadlines if d.task == "Xây dựng thư viện xanh"]


def test_teachers_named_by_the_subjects_they_teach_are_one_party(tmp_path):
    """`Giáo viên bộ môn Toán, Ngữ văn, Tiếng Anh` in a responsible cell and `Giáo viên dạy môn Ngữ văn và Tiếng Anh`
    in a plan's sentence: the subjects after `môn` are the name's (models/school_subjects.txt), not parties of their
    own (main kept `Giáo viên bộ môn Toán` and dropped the rest; the sentence gave no row). A body after a comma is
    still a party of its own."""
    rows = [_SCHOOL_HEADER,
            ("1", "Ôn tập cho học sinh lớp 9 thi vào lớp 10", "Giáo viên bộ môn Toán, Ngữ văn, Tiếng Anh",
             "Tổ Khoa học xã hội, Tổ Văn phòng", "Tháng 5/2025")]
    after = ["III. TỔ CHỨC THỰC HIỆN",
             "1. Giáo viên dạy môn Ngữ văn và Tiếng Anh chấm bài khảo sát, báo cáo kết quả về Phó Hiệu trưởng.",
             "2. Giáo viên bộ môn Toán, Ngữ văn lớp 9 chịu trách nhiệm dạy ôn tập theo thời khóa biểu."]
    parsed = parse_file(str(_word_plan(tmp_path / "ke_hoach.docx", rows, head=_SCHOOL_HEAD, after=after)))[0]
    found = {(p.party, p.role) for p in parsed.parties}
    assert {("Giáo viên bộ môn Toán, Ngữ văn, Tiếng Anh", "lead"), ("Tổ Khoa học xã hội", "coordinate"),
            ("Tổ văn phòng", "coordinate"), ("Giáo viên dạy môn Ngữ văn và Tiếng Anh", "lead"),
            ("Phó Hiệu trưởng", "report_to"), ("Giáo viên bộ môn Toán, Ngữ văn lớp 9", "lead")} <= found
    assert not {party for party, _ in found if party in ("Ngữ văn", "Tiếng Anh", "Giáo viên bộ môn Toán")}
