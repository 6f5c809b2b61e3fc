"""Breaches that are no deadlines: a sanction decree describes a duty by its breach (`Phạt tiền từ … đến …
đối với hành vi không thực hiện chế độ báo cáo định kỳ …`, the points under `Phạt tiền … đối với một trong các
hành vi sau:`, `… nộp chậm quá 30 ngày`) and its remedy by the duty restored (`Buộc thực hiện chế độ báo cáo
định kỳ … đối với hành vi vi phạm quy định tại …`). The times in them describe a duty another text sets, broken;
the decree sets none. Decided by the shape of the penalty clause (models/deadlines.json `penalty_leads`,
`breach_markers`, `remedy_leads`), never by the document.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .deadline_dates import vocabulary, words_pattern
from .deadline_layout import BULLET, MARKERS_ONLY

# a point of a list under its lead-in: `a)`, `đ)`, a bullet (a numbered `1.` is a clause, a lead-in's own line)
_POINT = regex.compile(r"[ \t|*_]*(?:[a-zđ]\)|" + BULLET + r")(?=\s)")
_POINTS_BACK = 40  # lines from a point up to its lead-in


@lru_cache(maxsize=1)
def _grammar() -> dict[str, regex.Pattern]:
    v = vocabulary()
    return {
        "penalty": regex.compile(r"(?:" + words_pattern(v["penalty_leads"]) + r")(?![\p{L}])"),
        "remedy": regex.compile(r"(?:" + words_pattern(v["remedy_leads"]) + r")(?![\p{L}])"),
        "breach": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["breach_markers"]) + r")(?![\p{L}])"),
    }


def _line_start(low: str, pos: int) -> int:
    return low.rfind("\n", 0, pos) + 1


def _opening(low: str, start: int, end: int) -> int:
    """Where a line's words begin, after its markers."""
    return MARKERS_ONLY.match(low, start, end).end()


def in_breach(low: str, pos: int) -> bool:
    """Whether the time at `pos` (in the folded lower-case text) describes a breach: its line opens a penalty
    (`Phạt tiền …`) and names the breach before it (`… đối với hành vi …`), or it stands in a point under a
    penalty's lead-in (`Phạt tiền … đối với một trong các hành vi sau:` over `a) Không …`)."""
    g = _grammar()
    start = _line_start(low, pos)
    opening = _opening(low, start, pos)
    if g["penalty"].match(low, opening, pos):
        return bool(g["breach"].search(low, opening, pos))
    if not _POINT.match(low, start, pos):
        return False
    end = start - 1
    for _ in range(_POINTS_BACK):
        if end < 0:
            return False
        line = _line_start(low, end)
        if _POINT.match(low, line, end) or not low[line:end].strip():
            end = line - 1
            continue
        head = _opening(low, line, end)
        return bool(g["penalty"].match(low, head, end) and g["breach"].search(low, head, end)
                    and low[line:end].rstrip().endswith(":"))
    return False


def in_remedy(low: str, pos: int) -> bool:
    """Whether the time at `pos` stands in a remedy restoring a duty broken (`Buộc thực hiện chế độ báo cáo …
    định kỳ theo quy định đối với hành vi vi phạm quy định tại điểm a khoản 2 Điều này`): its line opens with
    `Buộc` and names the breach after it. A period the remedy itself sets (`Buộc tái xuất … trong thời hạn 30
    ngày kể từ …`) is a deadline all the same: the caller asks only of recurrences."""
    g = _grammar()
    start = _line_start(low, pos)
    opening = _opening(low, start, pos)
    if not g["remedy"].match(low, opening, pos):
        return False
    end = low.find("\n", pos)
    return bool(g["breach"].search(low, pos, end if end >= 0 else len(low)))
