"""Deadlines, round 16: shapes read on documents no key covers."""
from __future__ import annotations

from .test_deadlines import WILD, _rows, needs_shared


@needs_shared
def test_a_period_before_a_moment_is_done_by_the_party_after_the_moment():
    """src_tvplcrawl_32 (a resolution on votes of confidence) L62 and src_tvplcrawl_54 (a decree on bonds) L207:
    `Chậm nhất là 20 ngày trước ngày khai mạc kỳ họp Quốc hội, Ủy ban Thường vụ Quốc hội gửi …`: the party who acts
    follows the moment the period runs up to, as it follows one a period counts from (`kể từ ngày …`)."""
    votes = [r for r in _rows(WILD, "src_tvplcrawl_32") if r.line == 62]
    assert [(r.recurrence, r.responsible) for r in votes] == [("20 ngày", "Ủy ban Thường vụ Quốc hội")]
    bonds = [r for r in _rows(WILD, "src_tvplcrawl_54") if r.line == 207]
    assert [(r.recurrence, r.responsible) for r in bonds] == [("01 ngày làm việc", "Doanh nghiệp")]
