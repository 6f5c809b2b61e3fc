"""A work schedule (`Lịch làm việc của lãnh đạo …`, `Lịch công tác tuần`), as district and commune offices post it
each week: day headings over entries whose times carry no date. Written as those schedules are written (bodies,
names and dates invented)."""
from __future__ import annotations

from pipeline.api import parse_text

_WEEK = """LỊCH LÀM VIỆC CỦA LÃNH ĐẠO ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH
(Từ ngày 02/3 đến ngày 06/3/2020)

THỨ NĂM, NGÀY 05/3:

- Chủ tịch: 7 giờ 30’, dự họp tỉnh nghe báo cáo tình hình thực hiện việc lựa chọn nhà thầu qua mạng năm 2019, điểm tại phòng họp số 1 UBND tỉnh. 13 giờ 30’, họp Đảng ủy Quân sự huyện, điểm tại Hội trường Ban Chỉ huy Quân sự huyện.

- PCT. Thường trực: 7 giờ 30’, dự phiên họp trù bị đại hội đại biểu Đảng bộ xã Đông Phước A, điểm tại Hội trường UBND xã Đông Phước A.

THỨ SÁU, NGÀY 06/3:

2. Phó Chủ tịch Kinh tế Nguyễn Tấn Trung:
08 giờ 00’: Kiểm tra tiến độ thi công công trình đường giao thông nông thôn xã Phú Hữu.
"""


def test_each_time_under_a_day_heading_is_an_event_of_that_day_for_the_leader_its_entry_names():
    """`THỨ NĂM, NGÀY 05/3:` over `- Chủ tịch: 7 giờ 30’, dự họp …. 13 giờ 30’, họp …`: each time is a row of that day
    (its year the one whose 5 March is a Thursday: 2020, not the plan's guess), its task the words after it up to the
    entry's place, its responsible the leader the line's label names (`PCT.` written out), or the label line above
    (`2. Phó Chủ tịch Kinh tế Nguyễn Tấn Trung:` ⏎ `08 giờ 00’: …`). The schedule gave the day headings only."""
    rows = [(d.surface, d.due_date, d.responsible, d.task) for d in parse_text(_WEEK)[0].deadlines
            if "giờ" in d.surface]
    assert rows == [
        ("7 giờ 30’", "2020-03-05", "Chủ tịch",
         "Dự họp tỉnh nghe báo cáo tình hình thực hiện việc lựa chọn nhà thầu qua mạng năm 2019"),
        ("13 giờ 30’", "2020-03-05", "Chủ tịch", "Họp Đảng ủy Quân sự huyện"),
        ("7 giờ 30’", "2020-03-05", "Phó Chủ tịch Thường trực",
         "Dự phiên họp trù bị đại hội đại biểu Đảng bộ xã Đông Phước A"),
        ("08 giờ 00’", "2020-03-06", "Phó Chủ tịch Kinh tế Nguyễn Tấn Trung",
         "Kiểm tra tiến độ thi công công trình đường giao thông nông thôn xã Phú Hữu")]
    assert not [d for d in parse_text(_WEEK)[0].deadlines if d.surface.upper().startswith("THỨ")]


def test_a_schedule_entrys_leader_label_before_its_time_is_a_party():
    """`- Chủ tịch: 7 giờ 30’, dự họp …`: the label before the colon is who does the entry's task (the time before the
    task kept the line from reading as a labelled item, and `dự họp` is a predicate: models/party_cues.tsv)."""
    parties = [(p.party, p.role, p.line) for p in parse_text(_WEEK)[0].parties]
    assert ("Chủ tịch", "lead", 6) in parties


_RECEPTION = ("ỦY BAN NHÂN DÂN\nXÃ QUẢNG AN\nSố: 12/TB-UBND\nQuảng An, ngày 05 tháng 01 năm 2024\n\nTHÔNG BÁO\n"
              "Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã năm 2024\n\n")


def test_the_days_of_a_periodic_reception_recur():
    """A reception schedule's days (held-out shapes of a city's and a commune's notices): `Tiếp công dân định kỳ: vào
    ngày 05 và 20 hàng tháng` (a colon after `định kỳ`, two days) and `Lịch tiếp công dân định kỳ … được bố trí vào ngày
    thứ năm hàng tuần` (`định kỳ` earlier in the clause) recur whatever the verb (no row: the day had to follow
    `định kỳ` right after, one day)."""
    rows = parse_text(_RECEPTION + "1. Tiếp công dân định kỳ: vào ngày 05 và 20 hàng tháng, nếu trùng vào ngày nghỉ, ngày "
                                   "lễ thì tổ chức tiếp vào ngày gần nhất.\n2. Lịch tiếp công dân định kỳ tại Phòng tiếp "
                                   "công dân của Chủ tịch UBND xã được bố trí vào ngày thứ năm hàng tuần. Trong trường "
                                   "hợp trùng vào ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.\n")[0].deadlines
    assert [(r.surface.split(": ")[-1], r.recurrence, r.due_date) for r in rows] == [
        ("vào ngày 05 và 20 hàng tháng", "hàng tháng", ""), ("vào ngày thứ năm hàng tuần", "hàng tuần", "")]


def test_a_day_a_period_is_said_in_is_no_periodic_duty():
    """`Trong các ngày tiếp công dân định kỳ …` names the days, it sets none: a count of a month after it (`sau ngày 20
    trở đi`) stays unread."""
    rows = parse_text(_RECEPTION + "Trong các ngày tiếp công dân định kỳ của Chủ tịch UBND xã thì Lãnh đạo các ban "
                                   "ngành liên quan tham gia tiếp cùng khi có yêu cầu.\n")[0].deadlines
    assert rows == []


def test_a_schedules_table_flattened_one_row_a_line_gives_each_rows_time_its_days_date():
    """A district's weekly schedule posted as a table, one row a line (held-out shape; bodies and places invented): the
    day's cell opens its first row (`Thứ 2 (11/11/2019) | 10h00 | Giao ban …`), the rows after it open with their time;
    each row is an event of that day, its task the next cell. A time inside a task's cell is the task's (`Dự lễ … lúc
    17h00`). The schedule gave one row a day, the day's cell."""
    text = ("LỊCH CÔNG TÁC TỪ NGÀY 11/11/2019 ĐẾN NGÀY 17/11/2019\n\n"
            "Ngày | Thời gian | Nội dung | Lãnh đạo chủ trì/tham dự | Địa điểm | Thành phần\n\n"
            "Thứ 2 (11/11/2019) | 10h00 | Giao ban Thường trực HĐND | TT HĐND | HT tầng 2 | VP HĐND-UBND\n\n"
            "09h00 | Giao ban UBND | Tập thể lãnh đạo UBND | HT tầng 3 | Thành viên UBND\n\n"
            "13h30 | Tiếp công dân định kỳ | Đ/c Thanh - CT UBND | Phòng tiếp dân | Các thành phần có liên quan\n\n"
            "Thứ 3 (12/11/2019) | 08h00 | Dự lễ kỷ niệm Ngày Nhà giáo Việt Nam, khai mạc lúc 08h30 | Đ/c Thân - PCT UBND "
            "| Trường THCS Nguyễn Du\n")
    rows = [(d.line, d.surface, d.due_date, d.task) for d in parse_text(text)[0].deadlines if d.line > 1]
    assert rows == [(5, "10h00", "2019-11-11", "Giao ban Thường trực HĐND"),
                    (7, "09h00", "2019-11-11", "Giao ban UBND"),
                    (9, "13h30", "2019-11-11", "Tiếp công dân định kỳ"),
                    (11, "08h00", "2019-11-12", "Dự lễ kỷ niệm Ngày Nhà giáo Việt Nam, khai mạc lúc 08h30")]
