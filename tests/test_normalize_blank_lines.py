"""Blank lines a converter writes after every printed line (a Word plan saved as text, a web page's paragraphs):
where one parts a sentence's wrapped lines, it goes and the line break stays, so that a task, a name or a deadline
reads on over it; rows keep the line numbers of the file as written. Real lines of ../shared where they occur (file
and line in a comment), else lines written as such copies are."""
from __future__ import annotations

import pytest

from pipeline.api import parse_text
from pipeline.normalize import normalize, normalize_text

from .conftest import CORPUS


def test_a_blank_line_inside_a_wrapped_sentence_goes():
    # an education office's notice copied from its portal (held-out): every printed line followed by a blank one
    text = ("1. Lễ Giỗ Tổ Hùng Vương (Mùng 10 tháng 3 ÂL):\n\n"
            "- Các trường Mầm non, Tiểu học, Trung học cơ sở  trực thuộc  trong\n\n"
            "thành phố thống nhất treo cờ Tổ quốc từ chiều ngày 24 tháng 4 năm 2026 đến\n\n"
            "hết ngày 25 tháng 4 năm 2026;\n\n"
            "- Tất cả cán bộ quản lý, giáo viên, nhân viên và học sinh được nghỉ 01\n\n"
            "ngày (ngày 25/4/2026).\n\n"
            "a) Nội dung chuẩn bị.\n")
    out = normalize(text)
    assert "trong\nthành phố" in out and "đến\nhết ngày" in out and "nghỉ 01\nngày" in out
    assert "1. Lễ Giỗ Tổ Hùng Vương (Mùng 10 tháng 3 ÂL):\n\n-" in out  # (a colon, then a dash: no wrap)
    assert "(ngày 25/4/2026).\n\na)" in out  # (a sentence's end, then a list item)
    doc = parse_text(text, "notice.txt")[0]
    party = next(p for p in doc.parties if p.party.startswith("Các trường Mầm non"))
    assert party.line == 3 and party.task.startswith("thống nhất treo cờ Tổ quốc")
    flags = next(d for d in doc.deadlines if d.due_date == "2026-04-25" and d.line == 5)
    assert flags.responsible.startswith("Các trường Mầm non")


@pytest.mark.parametrize("text", [
    # a table's cells, one a line with a blank between them (a short cell before the lower-case one)
    "STT\n\nNội dung\n\nthời gian\n\n1\n\nHọp phụ huynh\n\ntháng 9\n",
    # a scan's stray fragment, indented far deeper than the line above it (devset fresh_13 L434–438)
    "       10. Tập trung triển khai thực hiện có hiệu quả Chương trình giáo dục phổ\n\n\n\n"
    "                                                     h\nthông năm 2018\n",
    # a page's number between the wrapped lines (devset fresh_31 L133–136)
    "Thời hạn các đối tượng trả lời phiếu\n\f                                                 4\n\n"
    "khảo sát chậm nhất là ngày 26 tháng 01 năm 2026\n",
])
def test_no_blank_line_goes_where_no_sentence_wraps_over_it(text):
    assert normalize(text) == text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_a_double_spaced_plan_reads_its_tasks_whole_on_its_own_lines():
    # corpus 000 L269–271: `Lãnh đạo nhà trường cùng với Ban Chấp hành Công đoàn cơ sở tăng cường kiểm tra,` ⏎⏎ `giám sát
    # thực hiện công tác dân vận …` (main: the task cut at the blank line, `… tăng cường kiểm tra`)
    path = CORPUS / "000_214afb9450e5b4dd.txt"
    raw = path.read_text(encoding="utf-8")
    normalized = normalize_text(raw)
    assert len(normalized.text) < len(raw)
    lead = next(p for p in parse_text(raw, str(path))[0].parties if p.party == "Lãnh đạo nhà trường")
    assert lead.line == 269 and raw.split("\n")[268].strip().startswith("Lãnh đạo nhà trường")
    assert lead.task.endswith("quy chế dân chủ ở cơ sở theo kế hoạch")
