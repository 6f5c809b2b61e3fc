"""Statements of what was or was not done: a time in one reports the past, it sets no deadline (`Nhà trường
đã tổ chức hội nghị … ngày 12/9/2025`, `Trong năm 2025, … đã công bố …`). A status word inside a label that names
a thing handed in (`Hồ sơ đã hoàn thiện: nộp về … trước ngày …`) describes the thing, as a participle: the
duty after the label's colon stands.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .deadline_dates import vocabulary, words_pattern
from .deadline_layout import MARKERS_ONLY
from .nlp_models import phrase_tags

_BRACKETS = regex.compile(r"\([^()]*\)")
_STATUS_WORDS = ("đã", "vừa")
_LABEL_WORDS = 12  # syllables of a label before its colon; a longer run is a sentence
_OBJECT_TAGS = {"N", "Np", "Nc", "Nu", "M", "P"}  # what would be the verb's object or a subject after it


@lru_cache(maxsize=1)
def _participle_label() -> regex.Pattern:
    """`Danh sách cử tri đã được rà soát:`: a document noun opening the line's label, a status word in it."""
    return regex.compile(r"(?:các\s+|những\s+)?(?:" + words_pattern(vocabulary()["document_nouns"]) + r")(?![\p{L}])"
                         r"[^:\n]{0,80}?(?<![\p{L}])(?:đã|vừa)(?![\p{L}])[^:\n]{0,40}:(?!\d)")


def participle_label_end(low: str, text: str, line_start: int, pos: int) -> int:
    """Where a label that describes the thing handed in by a participle ends (after its colon), when the line
    before `pos` opens with one (`- Biên bản đã ký: gửi về …`); -1 when not. The words after the status word
    are its verbs alone (by underthesea's tags): with an object, `Báo cáo đã gửi Sở:` reads as a clause."""
    head = MARKERS_ONLY.match(low, line_start, pos).end()
    label = _participle_label().match(low, head, pos)
    if label is None or len(low[head:label.end()].split()) > _LABEL_WORDS:
        return -1
    tagged = phrase_tags(text[head:label.end() - 1].strip())  # the whole label: a verb alone is tagged worse
    status = next((i for i, (word, _) in enumerate(tagged) if word.lower() in _STATUS_WORDS), len(tagged))
    after = tagged[status + 1:]
    if not after or any(tag in _OBJECT_TAGS for _, tag in after):
        return -1
    return label.end()


def told(after: str, g) -> bool:
    """Whether what follows a fronted period tells what was done in it (`Trong năm 2025, căn cứ các Quyết định
    công bố TTHC …, Chủ tịch Ủy ban nhân dân tỉnh đã công bố 68 Quyết định …`): a status marker before any
    word of obligation, though a duty verb stands earlier as a noun's modifier. Brackets are asides (`(theo
    mẫu đã hướng dẫn)`)."""
    after = _BRACKETS.sub(lambda m: " " * len(m.group(0)), after)
    status = g["status"].search(after)
    if status is None:
        return False
    obligation = g["obligation"].search(after, 0, status.start())
    return obligation is None


def stated(clause_before: str, g, after: bool = False) -> bool:
    """A statement of what was or was not done (`đã`, `chưa`, `đến nay`) just before the expression
    (or, `after`, just after it), unless an obligation (`phải`, `đề nghị`, `giao`) follows the marker.
    Brackets are asides (`(theo mẫu đã hướng dẫn tại …) gửi về Bộ trước ngày …`)."""
    window = _BRACKETS.sub(lambda m: " " * len(m.group(0)), clause_before[:120] if after else clause_before[-120:])
    last = None
    for last in g["status"].finditer(window):
        pass
    if last is not None and _DESCRIBES_PEOPLE.match(window, last.start()):
        return False  # `… phụ huynh có trẻ đang học tại trường được tiếp tục nghỉ học từ ngày …`: who the people are
    if last is not None and _ACCORDING_TO_THING.search(window, max(0, last.start() - 30), last.start()):
        return False  # `… làm việc … theo lịch đã bố trí 16 giờ ngày …`: how the thing followed was made, no past act
    return last is not None and not g["obligation"].search(window, last.end())


# `theo` and a thing, then its relative clause (`theo lịch đã bố trí`, `theo kế hoạch đã được phê duyệt`): the status
# word tells how the thing was made
_ACCORDING_TO_THING = regex.compile(r"(?<![\p{L}])theo\s+(?:\p{L}+\s+){1,2}$")
# `đang` in a clause that says who people are, where they study, work or live (`phụ huynh có con em đang học tại
# trường`, `cán bộ đang công tác tại …`): no statement of what is being done about the task
_DESCRIBES_PEOPLE = regex.compile(r"đang\s+(?:theo\s+)?(?:học|công\s+tác|làm\s+việc|sinh\s+sống|cư\s+trú)(?![\p{L}])")
