"""What every judge of a time expression shares: the grammar of cues around it (the words are data:
models/deadlines.json), the document's context, and `Found`, an expression judged a deadline before its
fields are read.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .deadline_dates import Resolver, TimeExpr, vocabulary, word_regex, words_pattern
from .deadline_layout import Place
from .records import DocumentMeta
from .textfold import squash

YEARLY = regex.compile(r"\s*(?:của\s+)?(?P<every>(?:hằng|hàng)\s+năm)")
LATER_CUE = regex.compile(r"(?<![\p{L}])(?:trước|chậm\s+nhất|hạn\s+chót)\s+(?:là\s+)?(?:\d|ngày|lúc)")


@dataclass(slots=True)
class Found:
    """A time expression judged a deadline, before its fields are read."""

    start: int  # the surface: cue and expression
    end: int
    due: str
    inferred: bool
    recurrence: str
    basis: str  # cue | extension | period | label | cell | event | range | relative | recurrence
    where: Place
    task_from: str = "clause"  # clause | row | item (the plan item's heading) | an activity label as written
    expr: TimeExpr | None = None


def ending(pattern: str) -> regex.Pattern:
    """A pattern that must end where the expression starts (`…$`), searched backwards from there: the
    engine then tries one position instead of every one of the window."""
    return regex.compile(pattern, regex.REVERSE)


@lru_cache(maxsize=1)
def grammar() -> dict[str, regex.Pattern]:
    v = vocabulary()
    w = words_pattern
    return {
        # what binds a date right before it (the expression may start with `ngày` or a clock)
        "due_cue": ending(r"(?<![\p{L}])(?:" + w(v["due_cues"]) + r")\s*(?:là\s*)?(?:vào\s*)?(?:ngày\s*)?$"),
        "until_day_cue": ending(r"(?<![\p{L}])(?:" + w(v["until_day_cues"]) + r")\s*$"),
        "until_end_cue": ending(r"(?<![\p{L}])(?:" + w(v["until_end_cues"]) + r")\s*$"),
        "window_word": word_regex("window_words"),  # in the clause before `đến hết ngày`: a window's end
        # (`trong các ngày 11, 12/3/2012`: days listed; or the part of the month before it, `trong tuần đầu tháng
        # 11/2024`, `cuối tháng 11/2024`; not `bắt đầu`, nor the part of a span, `trong 6 tháng cuối năm 2025`)
        "period_cue": ending(r"(?<![\p{L}])(?:(?P<cue>" + w(v["period_cues"]) + r")\s*(?:các\s+)?"
                             r"(?:ngày\s*|(?:hai|ba|bốn|năm|\d{1,2})\s+|(?P<part>" + w(list(v["period_parts"]))
                             + r")\s+(?:của\s+)?)?|(?<!bắt\s|(?:tháng|năm|quý|tuần|ngày)\s)(?P<part>"
                             + w(list(v["period_parts"])) + r")\s+(?:của\s+)?)$"),
        "strong_period_cue": regex.compile(r"(?:" + w(v["strong_period_cues"]) + r")"),
        "completion": word_regex("completion_verbs"),
        "extension_word": word_regex("extension_words"),
        "extension": regex.compile(r"(?<![\p{L}])(?:" + w(v["extension_words"]) + r")(?![\p{L}])[^.;]*đến\s*(?:ngày\s*)?$"),
        "time_label": word_regex("time_labels"),
        # a note's label with its colon (`Lưu ý: thời gian nhận hồ sơ từ …`): what follows is read as if it opened the clause
        "note_label": regex.compile(r"(?:" + w(v["note_labels"]) + r")[ \t]*:[ \t]*"),
        "timetable_heading": regex.compile(r"(?:" + w(v["timetable_headings"]) + r")(?![\p{L}])"),
        # a heading of two parts, the second a timetable: `NỘI DUNG, THỜI GIAN THỰC HIỆN`, `… VÀ THỜI GIAN`
        "timetable_part": regex.compile(r"(?:,|\svà)\s*(?:" + w(v["timetable_headings"]) + r")(?![\p{L}])"),
        "activity": word_regex("activity_verbs"),
        "held": regex.compile(r"(?:" + w(v["held_verbs"]) + r")$"),
        "halt": regex.compile(r"(?<![\p{L}])(?<!không\s)(?:" + w(v["halt_verbs"]) + r")(?![\p{L}])"),  # not `không ngừng`
        "label_reject": word_regex("label_rejects"),
        "event": ending(r"(?<![\p{L}])(?:" + w(v["event_verbs"]) + r")\s*(?:vào\s*)?(?:lúc\s*)?(?:ngày\s*)?$"),
        # the event named between its verb and its day (`tổ chức hội diễn văn nghệ ngày 20/12/2024`, `họp Ban Giám hiệu
        # ngày …`): a few words, no digit, mark or citation among them, then `ngày`
        # (`thi hành`, to enforce, is no `thi`, an exam; nor is a time preposition among the words)
        "event_object": ending(r"(?<![\p{L}])(?:" + w(v["event_verbs"]) + r")(?![ \t]+hành(?![\p{L}]))"
                               r"(?:,?[ \t]+(?!(?:đến|tới|sau|trước|từ|hết|kể|cho|của|trong|theo|tại)(?![\p{L}]))[\p{L}“”\"]+){1,8}[ \t]+"
                               r"(?:vào[ \t]+)?(?:lúc[ \t]+)?(?:ngày[ \t]*)?$"),
        # the moment a report's figures are counted at (`thời điểm báo cáo là ngày 30/9`): the data's date
        "snapshot": ending(r"(?<![\p{L}])(?:" + w(v["snapshot_labels"]) + r")\s*(?::\s*)?(?:là\s*)?(?:ngày\s*)?$"),
        # (`có hiệu lực trước ngày …`: when other texts take effect, a condition, not a time to act by)
        "not_due": ending(r"(?<![\p{L}])(?:" + w(v["not_due_before"]) + r")\s*(?:trước\s+|sau\s+)?"
                           r"(?:ngày\s*(?:\p{L}+\s+){0,3})?$"),
        "history": word_regex("history_markers"),
        "event_time": word_regex("event_time_cues"),
        "status": word_regex("status_markers"),
        "obligation": word_regex("obligation_markers"),
        # a duty whose object is a result or a budget: the period is what it covers (`báo cáo kết quả
        # thực hiện … trong năm 2014`, `bố trí dự toán … trong năm 2014`)
        "reported": regex.compile(r"(?<![\p{L}])(?:" + w(v["duty_verbs"]) + r")\s+(?:\p{L}+\s+){0,2}?(?:"
                                  + w(v["reported_period_nouns"]) + r")(?![\p{L}])"),
        "duty": word_regex("duty_verbs"),
        "relative_cue": ending(r"(?<![\p{L}])(?:" + w(v["relative_cues"]) + r")\s*$"),
        "relative_anchor": regex.compile(r"\s*,?\s*(?:" + w(v["relative_anchors"]) + r")(?![\p{L}])"),
        "relative_label": word_regex("relative_labels"),
        "duration": word_regex("duration_markers"),
        "budget": word_regex("budget_nouns"),
        "noun_head": ending(r"(?<![\p{L}])(?:" + w(v["recurrence_noun_heads"]) + r")\s*$"),
    }


@dataclass(slots=True)
class Context:
    text: str
    low: str
    resolver: Resolver
    meta: DocumentMeta
    g: dict

    def value(self, start: int, end: int) -> str:
        """A recurrence or period as written."""
        return squash(self.text[start:end])
