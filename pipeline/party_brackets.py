"""Doers named in brackets at the end of a task's line, as a school's schedule writes them: `- Thứ Hai 30/9: Chào cờ,
phát động tháng an toàn giao thông (Tổng phụ trách Đội).`, `- Ngày 10/10: Thi chọn học sinh giỏi cấp trường lớp 9 (Phó
Hiệu trưởng, Tổ trưởng chuyên môn).` The bracket holds the parties and nothing else, and closes a line that times its
task (a day, an hour); the words before it are the task. Not a bracket that qualifies a name (`gửi về Phòng GDĐT (bộ phận Tổ chức cán bộ)`, `Ủy ban MTTQ
(xã)`), nor one after a line that opens with a party (`- Các tổ chức phụ trách bầu cử ở xã (Ủy ban bầu cử xã, các Ban
bầu cử, Tổ bầu cử).`, the kinds it names). Read by the parties (rows) and the deadlines (a row's responsible)."""
from __future__ import annotations

import re

from .party_names import mention_at, name_end
from .party_persons import one_person_honorifics, persons_listed
from .party_shapes import MARKERS  # a line's bullet or marker, as the party shapes pass over them
from .party_text import Findings, PartyText

# a bracket that closes its line (a full stop or a `;` may follow it)
_LINE_CLOSED = re.compile(r"\)[ \t]*[.;]?[ \t]*(?:\n|$)")
_NAME_CLOSE = re.compile(r"[ \t,;.]*")
_TASK_WORD = re.compile(r"[^\W\d_]{2,}")
_REACH = 80  # how far before the bracket a name it would qualify may start
_TIMED = re.compile(r"\d{1,2}[/.]\d{1,2}|\d{1,2}[ \t]*(?:h|giờ)|\b(?:ngày|tuần|tháng)[ \t]+\d")  # a day, an hour


def bracketed_doers(text: PartyText, found: Findings) -> None:
    """Each bracket that closes a line after a task and lists only parties gives them the task (lead)."""
    low = text.low
    for close in _LINE_CLOSED.finditer(low, text.body_start):
        bracket = closing_bracket(text.text, low, close.start())
        if bracket is None:
            _persons_bracketed(text, found, close.start())
            continue
        if bracket[0] in found:
            continue
        listed = text.party_list(*bracket)
        if listed and _NAME_CLOSE.match(low, listed[-1][1], bracket[1]).end() >= bracket[1]:
            # (the task is the line before the bracket: the clause's end set before the names)
            line_start = low.rfind("\n", 0, bracket[0]) + 1
            found.take(listed, "lead", bracket[0] - 1, task_start=MARKERS.match(low, line_start).end())


def _persons_bracketed(text: PartyText, found: Findings, close: int) -> None:
    """A bracket of persons named by honorific that closes a line of a programme or a list of tasks (`- Ổn định tổ
    chức, đón học sinh lớp 6 từ 7h15’ – 7h30’ (Đ/c Hùng.)`, `- Đọc thư chúc mừng … (Đ/c Thanh)`): they do the line's
    task. Its words only persons, after the words of a task, and no party opening the line."""
    low = text.low
    bracket = _bracket_after_task(text.text, low, close, lambda first: low.startswith(one_person_honorifics(), first))
    if bracket is None or bracket[0] + 1 in found:
        return
    opening, head, _ = bracket
    persons = persons_listed(text.text, low, _first_word(low, opening + 1), close)
    if persons:
        found.take([(s, e) for s, e, _ in persons], "lead", opening, {i: p[2] for i, p in enumerate(persons)},
                   task_start=head, persons=True)


def stripped_end(low: str, end: int, chars: str = " \t") -> int:
    """Where `low[:end]` ends once `chars` are stripped off its end (no copy of the text before it)."""
    while end > 0 and low[end - 1] in chars:
        end -= 1
    return end


def doers_at_line_end(text: str, low: str, pos: int) -> tuple[int, int] | None:
    """The bracket of doers that closes the line holding `pos`, as the span of its words; None."""
    line_end = low.find("\n", pos)
    close = stripped_end(low, len(low) if line_end < 0 else line_end, " \t.;") - 1
    return closing_bracket(text, low, close) if close > pos and low[close] == ")" else None


def _bracket_after_task(text: str, low: str, close: int, opens) -> tuple[int, int, int] | None:
    """The bracket that closes at `close`: (its opening, where its line's task starts, where that task ends), when
    `opens` holds where its words start, the words of a task stand before it and no party opens its line; else None.
    (`opens` is asked first: most brackets open with no doer.)"""
    line_start = low.rfind("\n", 0, close) + 1
    opening = low.rfind("(", line_start, close)
    if opening < 0 or ")" in low[opening + 1:close] or not opens(_first_word(low, opening + 1)):
        return None
    before_end = stripped_end(low, opening, " \t\n")
    head = MARKERS.match(low, line_start).end()
    if before_end <= head or not _TASK_WORD.search(low, head, before_end) or mention_at(text, low, head):
        return None
    return opening, head, before_end


def _first_word(low: str, at: int) -> int:
    """Where the words start at or after `at`, past blanks."""
    while at < len(low) and low[at] in " \t":
        at += 1
    return at


def closing_bracket(text: str, low: str, close: int) -> tuple[int, int] | None:
    """The words [start, end) of the bracket that closes at `close`, when they open with a party after the words of a
    task, and neither qualify a name before them nor follow a line that opens with a party; None otherwise. (Whether
    they are only names is each caller's own reading.)"""
    bracket = _bracket_after_task(text, low, close, lambda first: mention_at(text, low, first) is not None)
    if bracket is None:
        return None
    opening, head, before_end = bracket
    if not _TIMED.search(low, head, before_end):
        return None  # (a schedule's line has its day or hour; elsewhere a closing bracket is an aside: `… nhiều người
        # được giới thiệu ứng cử (Quốc hội, HĐND tỉnh, xã).`)
    reach = max(head, before_end - _REACH)
    for word in re.finditer(r"(?<!\S)\S", low[reach:before_end]):
        at = reach + word.start()
        named = mention_at(text, low, at)
        if named and name_end(text, low, at, named.end, before_end) >= before_end:
            return None  # a name just before the bracket, which says which of its units
    return opening + 1, close
