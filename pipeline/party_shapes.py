"""The shapes in which the genre assigns a task to a party (see parties.py), each a function that adds
what it finds to `Findings`.

Scans are cue-anchored: a shape first finds its cheap anchor (a clause start, a cue word, a colon, a
heading), and only there tries a party name (party_names.mention_at) and the costlier list parsing.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import party_fields as fields
from . import party_names as names
from .lexicon import load
from .nlp_models import phrase_words
from .party_names import cue_at, key, name_end
from .party_text import SEPARATOR as _SEPARATOR
from .party_text import DETERMINER, Findings, PartyText, Spans
from .point_marks import LETTER_CLOSE, NUMBER_CLOSE, SLASH_IN_LINE
from .records import Section
from .tab_tables import CELL_LINE
from .textfold import fold, lowered

# (`3.1 Hiệu trưởng …`: a sub-item's number written without its final dot is a marker too, tried first so that
# `3.` alone is not taken and `1` left on the subject.)
MARKERS = re.compile(r"[ \t\n>*_#]*(?:(?:[-+•*·–]|o(?=[ \t]{2})|\d{1,2}(?:\.\d{1,2}){1,3}(?=[ \t])|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[ivxlc]+\.|(?:\d{1,2}|[a-zđ]|[ivxlc]+)" + SLASH_IN_LINE + r")[ \t]*)*")
# A line's first character after its blanks, where it may be a capital: a letter, or one of the few symbols that
# `str.isupper` takes for capitals (circled and squared letters); the capitals are then told apart by `isupper`.
_CAPITAL_SYMBOLS = r"[\u24b6-\u24cf\U0001f130-\U0001f149\U0001f150-\U0001f169\U0001f170-\U0001f189]"
_LINE_START = re.compile(r"\n[ \t]*(?=[^\W\d_]|" + _CAPITAL_SYMBOLS + ")")
_COLON = re.compile(r":[ \t]+")
_WORD = re.compile(r"\b\w")
_GOVERNING = re.compile(r"\b(?:thuộc diện|thuộc thẩm quyền(?: của)?|đề nghị|yêu cầu|giao)\s+$")
# `\b(?:về|cho|lên|tới|đến|với)\b` with its opening `\b` tested afterwards (`_inside_word`): a pattern that opens
# with a `\b` is tried at every position, one that opens with letters is skipped to them.
_TOWARD_WORDS = "về|cho|lên|tới|đến|với|theo địa chỉ"  # models/party_cues.tsv `toward`
_TOWARD = re.compile(rf"(?:{_TOWARD_WORDS})\b")
_HANDED_IN_AT = re.compile(rf"(?:{_TOWARD_WORDS}|tại)\b")  # (after `nộp`: where a file is handed in)
# the blanks and a colon between a preposition and the receiver's name: `gửi về: Phòng GDĐT`, `theo địa chỉ: Vụ …`
_TOWARD_GAP = re.compile(r"[ \t]*:?\s")
# a person's way, not a report's: `Báo cáo ngay cho UBND xã các trường hợp trở về địa phương từ vùng có dịch`
_MOVED = re.compile(r"(?<![\w])(?:trở|quay|đi)\s+$")
# Cue words as character tries with no leading `\b` (the engine then skips to the characters that can
# open one); a match inside a word is dropped afterwards. `_CUE`, `_PERIODIC`, `_REPORT_WORDS` and `_INSPECTION` are
# the plain patterns of the one scan `_anchor_words` makes.
_CUE_WORDS = ("giao", "đề nghị", "yêu cầu", "chỉ đạo", "hướng dẫn", "phân công", "do", "phối hợp", "cùng", "thống nhất",
              "trao đổi", "kết hợp", "báo cáo", "gửi", "nộp", "kính trình", "kính mong", "thông qua", "phản ánh",
              "kiến nghị", "xin ý kiến", "đề xuất", "tạo điều kiện", "trách nhiệm", "thì", "đồng thời")
_CUE = re.compile(names.trie_pattern(_CUE_WORDS) + r"\b")
# A periodic adverbial before a subject: `Định kỳ 6 tháng, năm cơ quan, đơn vị báo cáo …`.
_PERIODIC = re.compile(r"(?:định kỳ|hằng|hàng)(?:[\s,]+(?:\d+|tháng|năm|quý|tuần|học kỳ|kỳ))+[\s,]+(?=\S)")
_PERIODIC_WORDS = ("định kỳ", "hằng", "hàng")
_REPORT_WORD_LIST = ("báo cáo", "gửi", "nộp", "trình", "phản ánh", "kiến nghị", "chuyển", "trả lời")
_REPORT_WORDS = re.compile(names.trie_pattern(_REPORT_WORD_LIST) + r"\b")
# What may open a clause before its subject: a circumstance ending in a comma.
_ADVERBIAL_WORDS = ("hằng", "hàng", "định kỳ", "cuối", "đầu", "mỗi", "kết thúc", "sau khi", "trước khi", "sau mỗi",
                    "sau đó", "trong quá trình", "trong vòng", "trong thời hạn", "trong thời gian", "trong dịp",
                    "nhân dịp", "căn cứ", "trên cơ sở", "khi", "trường hợp", "nếu", "ngoài ra", "bên cạnh đó", "theo đó",
                    "trong đó", "qua", "để", "đối với", "riêng đối với", "tùy", "tuỳ")
# (`Đối với các trường học, Phòng Giáo dục và Đào tạo có kế hoạch kiểm tra …`, `Trong thời gian nghỉ tết Dương lịch, các
# phòng ban chuyên môn … bố trí trực …`)
# `[\W\d]*(?:[a-zđ]\)\s*)?(?:hằng|hàng|…)\b`, written so that a failure costs little (it is tried at every
# clause start): the words as a trie, and the lead of symbols taken whole, as an atomic group does (the words
# open with a letter, so giving a symbol back never helps; the engine would try the words again at each).
_ADVERBIAL = re.compile(r"(?=(?P<lead>[\W\d]*))(?P=lead)(?:[a-zđ]\)\s*)?" +
                        names.trie_pattern(_ADVERBIAL_WORDS, space=" ") + r"\b")
RESPONSIBLE = re.compile(r"\s(?:có|chịu) trách nhiệm\b|\scó nhiệm vụ\b|\sphải\b")
WRAP_WORDS = (" các", " của", " thuộc", " trên địa bàn", " tại", " ở", " và")  # a heading going on
# (a row opened by `^` counts only where it opens the heading: `3. Chuẩn bị`, not `… các thôn chuẩn bị nội dung …`)
_ASSIGNMENT_ROWS = tuple(row[0] for row in names.table_rows("party_assignment_headings.txt"))
_ASSIGNMENT_PHRASES = tuple(p for p in _ASSIGNMENT_ROWS if not p.startswith("^"))
_ASSIGNMENT_OPENINGS = tuple(p[1:] for p in _ASSIGNMENT_ROWS if p.startswith("^"))
_ASSIGNMENT_HEADING = re.compile("|".join(_ASSIGNMENT_ROWS), re.I)
CLOSING = re.compile(r"trên đây là|nơi nhận")
_RESPONSIBILITY = re.compile(r"(?:\s*,\s*trách nhiệm)?\s+(?:\S+\s+){0,4}?của\s+(?:tập thể\s+)?|"
                             r"(?:\s+\S+){0,4}?,?\s+(?:nhất là|đặc biệt là|trước hết là)\s+")
_EXPLAINS = frozenset({"explain"})
# The end of a line that announces the tasks after its colon, and of one that says what a body is made of.
_ANNOUNCES = re.compile(r"\s(?:(?:như\s+)?sau(?:\s+đây)?|trong việc)[ \t*_]*$")
_COMPOSED = re.compile(r"\sgồm(?:\s+có)?[ \t*_]*$")
_EACH = re.compile(r"(?:mỗi|từng)\s")
_BLANK = re.compile(r"\s*")
_COUNT = re.compile(r"\d+\s+")
_NOMINAL = re.compile(r"\b(?:công tác|sự|việc|cơ chế|quy chế)\s+$")
_HAS_COORDINATION = re.compile(r"\bcó\s+sự\s+$")
_KIND_THEN_COLON = re.compile(r"(?:các|những)\s+(\w+)")
_COLON_AFTER = re.compile(r"\s*:\s*")
_KIND_QUALIFIED = re.compile(r"(?:các|những)\s+\w+(?:\s+\w+)*")  # (`các sở quản lý nhà nước chuyên ngành`)
_ISSUED = re.compile(r"\s+(?:\S+\s+){1,3}số\s*\d")
_BY_DOCUMENT = re.compile(r"\s+(?:theo|tại)\s")  # `thành lập theo Quyết định …`: established by a document
_WITH = re.compile(r"\s+(?:chặt chẽ\s+)?(?:với|cùng(?:\s+với)?)\b")


# A fronted clause of what was agreed or done with a partner before the subject acts: `Sau khi thống nhất ý kiến với Ban
# Thường trực Ủy ban MTTQ …, Thường trực HĐND các cấp dự kiến …` (the lead named after the partner, past the comma).
_FRONTED_AFTER = re.compile(r"[ \t*_]*(?:[-+•]\s*)?sau khi\s+(?:[^\W\d_]+[ \t,]+){0,4}?$")
_FRONTED_REACH = 160  # characters from the cue to the comma that closes the fronted clause


def _fronted_lead_comma(text: PartyText, pos: int) -> int:
    """Where the comma closes the fronted `Sau khi …` clause the cue at `pos` stands in, when a party follows it (the
    lead); -1 elsewhere. (The last such comma: `với Sở Tài chính, Sở Nội vụ trình …` lists no partner past it.)"""
    low = text.low
    based = low.rfind("căn cứ", low.rfind("\n", 0, pos) + 1, pos)
    if based >= 0 and ";" in low[based:pos]:
        # (a decision's bases: `Căn cứ …; Sau khi thống nhất ý kiến với Bộ Tài chính …` names whom it consulted; not
        # `Căn cứ số lượng đại biểu …, sau khi thống nhất ý kiến với …, Thường trực HĐND …`, a plan's own sentence)
        return -1
    opening = MARKERS.match(low, text.clause_start(pos), pos).end()
    # (or after a phrase the sentence opens with: `Căn cứ số lượng đại biểu …, sau khi thống nhất ý kiến với …, X …`)
    opening = max(opening, low.rfind(", sau khi", opening, pos) + 1)
    if not _FRONTED_AFTER.match(low, opening, pos):
        return -1  # (the cue a few words after `Sau khi`, no party before it: `Sau khi trao đổi, thống nhất ý kiến với`)
    reach = min(len(low), pos + _FRONTED_REACH, text.clause_end(pos))
    last = -1
    comma = low.find(",", pos, reach)
    while comma >= 0:
        after = _BLANK.match(low, comma + 1).end()
        if text.text[after:after + 1].isupper() and text.mention_at(after):
            last = comma
        comma = low.find(",", comma + 1, reach)
    return last


def _with_partner(low: str, end: int) -> bool:
    """Whether `phối hợp` at `end` goes on with its partner: `với Y`, `cùng Y`, `cùng với Y` (not `cùng thực hiện`, the
    adverb before a verb)."""
    m = _WITH.match(low, end)
    if not m or not m.group().endswith("cùng"):
        return bool(m)
    after = _BLANK.match(low, m.end()).end()
    return not cue_at(low, after, names.PREDICATE_OR_COORDINATE)
# What a subject is said to have done, to be, to be allowed, or not to do is not a task assigned to it.
# `có` + what a body produces or gives: `Sở Tài chính có văn bản hướng dẫn …`, `… có ý kiến`
_HAS_TASK = re.compile(r"\s+(?:văn bản|ý kiến|công văn|tờ trình|báo cáo|kế hoạch|phương án|biện pháp|giải pháp|hướng dẫn)\b")
# An authority the text leaves unnamed: whichever body has the power to decide.
_UNSPECIFIED = re.compile(r"(?:các\s+)?(?:cấp|cơ quan(?:,\s*(?:tổ chức|đơn vị))*(?:\s+nhà nước)?)"
                          r"\s+có\s+thẩm\s+quyền\b")
_AUXILIARY = re.compile(r"\s+(?:đã|đang|chưa|không)\b")  # tense and negation open a predicate
_GIVEN = re.compile(r"\s*,?\s*(được\s+(?:giao|phân công))\b")
_HISTORY = re.compile(r"\b(?:đã|đang)\b")
_NOT_ASSIGNED = re.compile(r"[\s,]*(?:đã|đang|chưa|không|bị|được(?!\s+(?:giao|phân công))|sẽ\s+không|có\s+quyền|có\s+thể|là|"
                           r"nhận\s+được)\b")  # (`Bộ … nhận được Công văn số …`: a letter received, history)
# A letter's closing formula, its writer telling the addressees what it says (in a plan, telling people is a
# task): `Văn phòng Chính phủ thông báo để Bộ Kế hoạch và Đầu tư biết, thực hiện./`, `Bộ … trả lời để Ủy ban nhân
# dân tỉnh … được rõ./` (the letter itself: no task for its writer).
_INFORMS = re.compile(r"(?:thông báo|trả lời|thông tin)(?:\s+(?:để|cho|tới|đến))?\s+(?P<to>[^.;:\n]{0,120}?)\s(?:được\s+)?"
                      r"(?:biết|rõ)(?=\s*(?:[,.;]|$))(?P<then>\s*,\s*)?")
# A subject that asks, proposes or assigns (`Sở … đề nghị Ủy ban nhân dân …`) gives the task to another.
_NOT_DOING = frozenset({"đề nghị", "kính đề nghị", "yêu cầu", "đề xuất", "giao", "kính trình", "trình"})
_PASSIVE_PREDICATES = frozenset({"chủ trì", "triệu tập", "phụ trách", "thực hiện", "tổ chức", "điều hành"})
# `báo cáo, đề xuất X …`, `tổng hợp, đề xuất X`: a proposal sent with a report or a summary goes to X.
_REPORTED_AND = re.compile(r"\b(?:báo cáo|tổng hợp)\s*(?:,|và|hoặc)?\s*$")
_NEXT_CLAUSE = re.compile(r"[ \t]*[,;][ \t]*")
# A verb of giving or equipping between a report word and its `cho`: the `cho` names who benefits, not the receiver.
_GIVES_FOR = re.compile(r"\b(?:bố trí|cấp phát|trang bị|phân bổ|hỗ trợ|tạo điều kiện)\b")
# `đề nghị` as the noun after a verb of considering (`Xét đề nghị Sở …`, `Theo đề nghị Giám đốc …`): X proposed.
_PROPOSAL_OF = re.compile(r"\b(?:xét|theo|trên cơ sở)\s+$")
# A complaint handed on (`chuyển đến X`) goes to the body that handles it: no report (minutes and files that are
# `chuyển đến` a body are sent to it).
_TRANSFERRED = re.compile(r"(?<!trung )\bchuyển\s+$")
_COMPLAINT = re.compile(r"\b(?:khiếu nại|tố cáo|kiến nghị|đơn thư)\b")
# A petition or a transfer, and what its addressee is asked to do with it (after the rest of its name:
# `chuyển đến Ban bầu cử đại biểu Hội đồng nhân dân ở cấp đó giải quyết`).
_REFERRAL = re.compile(r"\b(?:kiến nghị|xin ý kiến|chuyển)\b")
_ACT_ON = re.compile(r"(?:\s+[^\s,.;:()]+){0,6}?[\s,]*(?:\([^()\n]{1,80}\)\s*)?(?:để\s+)?"
                     r"(?:xem xét|giải quyết|xử lý|xác minh|khắc phục|chỉ đạo|quyết định|cho ý kiến)\b")
_TYPE_WORD = re.compile(r"\w+(?: \w+)?")  # a document type's words (`hướng dẫn`, `báo cáo`)
# `Người <what they do>` before a duty (`có trách nhiệm`, `chịu trách nhiệm`, `có nhiệm vụ`) or the filing a plan
# asks of them (`Người ứng cử nộp hồ sơ tại …`); not `phải`, which also states the conditions of a benefit
# (`Người bị thu hồi đất ở phải tháo dỡ …`). Its own words: not a copula (`là`), a negation or a head already
# known (`người đứng đầu`).
PERSON_WORD = r" (?!là\b|không\b|đứng đầu\b|có trách|chịu trách|có nhiệm|nộp\b)[^\W\d_]+"
_PERSON_DUTY = re.compile(rf"(?P<name>người(?:{PERSON_WORD}){{1,6}})\s+"
                          r"(?:có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|có\s+nhiệm\s+vụ|nộp\s+(?:hồ\s+sơ|đơn)\b)")
# An inspection item: `Kiểm tra việc …`, `Kiểm tra, giám sát việc …`, `Giám sát quy trình …: Việc …`.
_INSPECTION = re.compile(r"\b(?:kiểm tra|giám sát|theo dõi)(?:,\s*(?:kiểm tra|giám sát))?\s+việc\b")
_INSPECTION_WORDS = ("kiểm tra", "giám sát", "theo dõi")  # (scanned from these: the `\b` opening is tried everywhere)

# Every word cue_objects starts from, found in one scan (`_anchor_words`) instead of four: the cue words, the report
# words and the first words of periodic adverbials and inspection items. No word of one list opens inside a word of
# another, nor shares a first word with one, except a report word inside two cue words: `kính trình`, `xin ý kiến`
# (`… nghị`), read there again.
_ANCHOR_KINDS: dict[str, frozenset[str]] = {}
for _kind, _words in (("cue", _CUE_WORDS), ("report", _REPORT_WORD_LIST), ("periodic", _PERIODIC_WORDS),
                      ("inspection", _INSPECTION_WORDS)):
    for _word in _words:
        _ANCHOR_KINDS[_word] = _ANCHOR_KINDS.get(_word, frozenset()) | {_kind}
_ANCHOR_WORDS = re.compile(names.trie_pattern(_ANCHOR_KINDS) + r"\b")
_REPORT_INSIDE = {"kính trình": len("trình"), "xin ý kiến": len("kiến")}  # the report word's offset from the end
_BARE_COORDINATION = frozenset({"phối hợp", "cùng phối hợp", "đồng phối hợp", "cùng"})
# Adverbs of manner before a predicate: the verb after them says what the subject does.
_MANNER = frozenset({"thường xuyên", "chủ động", "tích cực", "kịp thời", "khẩn trương", "nghiêm túc", "tiếp tục",
                     "trực tiếp", "phải", "cần", "sẽ"})


def warm() -> None:
    """Compile the patterns built from the lexicons."""
    _subject_opening()
    _known_after_comma()
    names.cue_pattern(_EXPLAINS)
    _compounds()


def assignment_sections(sections: list[Section]) -> tuple[Spans, Spans]:
    """Sections titled `Tổ chức thực hiện`, `Phân công …`, `Trách nhiệm …` (with everything under them); and
    those of them whose heading is a title, not a numbered paragraph whose sentence says `… chịu trách nhiệm
    …` (its heading is the sentence)."""
    assigning = [s for s in sections if _assignment_heading(s.heading or "")]
    return (Spans((s.start, s.end) for s in assigning),
            Spans((s.start, s.end) for s in assigning if len((s.heading or "").split()) <= _TITLE_WORDS))


_TITLE_WORDS = 16  # a title is short: `Trách nhiệm của các sở, ban, ngành và Ủy ban nhân dân cấp huyện`


def _assignment_heading(heading: str) -> bool:
    """`_ASSIGNMENT_HEADING.search(heading)`, read on the heading in lower case (the engine's
    case-insensitive search is slower); where that finds none and the heading holds a dotted or dotless I,
    which only the engine's case rules take for `i`, by the pattern."""
    low = heading.lower()
    return any(phrase in low for phrase in _ASSIGNMENT_PHRASES) or low.lstrip().startswith(_ASSIGNMENT_OPENINGS) or \
        (("İ" in heading or "ı" in heading) and bool(_ASSIGNMENT_HEADING.search(heading)))


# --- subjects ---------------------------------------------------------------------------------------

def subjects(text: PartyText, found: Findings, in_assignment: Spans, sections: list[Section]) -> None:
    """`<party list> <predicate>` at the start of a clause."""
    headings = frozenset(text.low.rfind("\n", 0, s.start + 1) + 1 for s in sections)
    for pos, after_comma in _subject_anchors(text, headings):
        if pos not in found:
            _subject(text, found, pos, after_comma, in_assignment)


def _subject_anchors(text: PartyText, headings: frozenset[int]):
    """Where a clause's subject may open: (position, after a comma). Clause starts (after list markers),
    lines and colon-led phrases that open with a capital (`Giải pháp khắc phục: Sở Tư pháp …`) where a party's
    name opens, and the commas of an adverbial opening (`Hằng năm, Quỹ phải …`, `Trường hợp …, Sở Nội vụ sẽ báo
    cáo …`)."""
    low, raw = text.low, text.text
    # three sorted runs from the body's start, which the sort merges (a set would hash every start)
    starts = text.clause_starts[bisect.bisect_left(text.clause_starts, text.body_start):]
    starts += [m.end() for m in _LINE_START.finditer(raw, text.body_start) if raw[m.end()].isupper()]
    # (or, in lower case, a plural kind that the label's colon leads to: `3. Hồ sơ đăng ký: các trường gửi hồ sơ …`)
    starts += [m.end() for m in _COLON.finditer(low, text.body_start)
               if raw[m.end():m.end() + 1].isupper() or _PLURAL_AFTER_CONDITION.match(low, m.end())]
    starts.sort()
    opening = _subject_opening()
    opened = set()  # (`….\n- Sở …` is two clause starts, at the line break and after the dash: one subject)
    previous = -1
    for start in starts:
        if start == previous:
            continue  # (a line start that is also a clause start)
        previous = start
        m = opening.match(low, start)
        if not m:
            continue  # neither a party's name nor an adverbial after the markers: nothing to find there
        pos = m.end()
        if pos >= len(low) or not low[pos].isalnum() or pos in opened or _opens_wrapped_line(text, start):
            continue
        opened.add(pos)
        if text.mention_in(pos, m):
            yield pos, False  # (where no name opens, as after an adverbial, `_subject` finds nothing)
        if m.group("mention") is None or _ADVERBIAL.match(low, pos):  # (the opening tried the name first)
            end = text.clause_end(pos)
            newline = low.find("\n", pos, end)
            if newline > 0 and low.rfind("\n", 0, pos) + 1 in headings and newline - pos < _WRAPPED_HEADING:
                # a heading (`1. Căn cứ pháp lý`) is not the adverbial of the line after it; a point's sentence
                # wrapped at the page's width is (`2. Căn cứ quy định pháp luật về quỹ xã hội, quỹ từ thiện và Điều
                # lệ` ⏎ `Quỹ đã được công nhận, Hội đồng quản lý Quỹ … có trách nhiệm …`)
                end = newline
            comma = low.find(", ", pos, end)
            first = True
            while comma > 0:
                # (`Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo …`: a condition whose
                # words a comma lists ends before a plural subject)
                if first or raw[comma + 2:comma + 3].isupper() or _plural_after_condition(low, pos, comma):
                    yield comma + 2, True
                first = False
                comma = low.find(", ", comma + 2, end)


_PLURAL_AFTER_CONDITION = re.compile(r"(?:các|những)\s")
_CONDITION = re.compile(r"\b(?:nếu|khi|trường hợp)\s")
_GOVERNS = re.compile(r"\b(?:của|với|cho|thuộc|đối với|gồm|từ|tại|về)\s")


def _plural_after_condition(low: str, start: int, comma: int) -> bool:
    """Whether the plural name after `comma` (`các đơn vị`) is the subject the condition opened at or after `start`
    leads to: the condition's words (`nếu có khó khăn, vướng mắc`) govern no name, so a name listed after them is no
    object of theirs (`Sau khi có ý kiến của Sở Tài chính, các sở …`)."""
    if not _PLURAL_AFTER_CONDITION.match(low, comma + 2):
        return False
    condition = None
    for condition in _CONDITION.finditer(low, start, comma):
        pass
    return condition is not None and not _GOVERNS.search(low, condition.end(), comma) and \
        low.count("(", condition.end(), comma) == low.count(")", condition.end(), comma)  # (not inside a bracket)


_WRAPPED_HEADING = 56  # characters of a heading line after its markers: this many are a sentence wrapped, no title


def _opens_wrapped_line(text: PartyText, start: int) -> bool:
    """Whether `start` opens a line that a sentence wraps onto (`_wrapped_line`) and no clause starts there."""
    low = text.low
    newline = start - 1
    while newline >= 0 and low[newline] in " \t":
        newline -= 1
    if newline < 0 or low[newline] != "\n" or not _wrapped_line(low, newline):
        return False
    before = newline
    while before and low[before - 1] in " \t":
        before -= 1
    if low[before - 1:before] == "," and _BASIS.match(low, MARKERS.match(low, text.clause_start(newline)).end()):
        return False  # `Thực hiện Công văn số 1397/HD-UBND … của Ủy ban nhân dân Thành phố,` / `Sở … hướng dẫn …` (not
        # `… ngày 30/8/2026 của` / `Tỉnh ủy Lào Cai thực hiện Kết luận …`: the issuer of the document the basis names)
    i = bisect.bisect_left(text.clause_starts, start)
    return not (i < len(text.clause_starts) and text.clause_starts[i] == start)


def _tells_of_basis(text: PartyText, cue: int) -> bool:
    """Whether a report cue right after a document a `Căn cứ` line names, no comma between, tells of that document (`Căn
    cứ Luật … số 42/2013/QH13 thông qua Quốc hội …`, `Căn cứ Công văn số … gửi Phòng GDĐT …`): not the act of a task
    resting on it (`Căn cứ Quyết định số … tổ chức lập Đề án … và gửi về Bộ Xây dựng`, `Căn cứ kết quả kiểm tra, Phòng
    … báo cáo UBND huyện`)."""
    low = text.low
    last = cue
    while last and low[last - 1] in " \t":
        last -= 1
    if not last or not text.in_citation(last - 1):
        return False
    opening = max(text.clause_start(cue), low.rfind("\n", 0, cue) + 1)
    return low.startswith("căn cứ", MARKERS.match(low, opening).end()) and "," not in low[opening:cue]


# A sentence that opens with what the act rests on, whose comma closes that opening: the subject follows it.
_BASIS = re.compile(r"(?:thực hiện|căn cứ|theo|trên cơ sở)\b")


def _wrapped_line(low: str, newline: int) -> bool:
    """Whether the line break at `newline` wraps a sentence: the line before ends with a comma or a joining word
    (`… gồm: Hội Thân nhân kiều bào,` / `Hiệp hội Nhà thầu xây dựng, …`; `… nhiệm kỳ III của` / `Hiệp hội …`), so
    the next line's capital opens a name, not a clause."""
    end = newline
    while end and low[end - 1] in " \t":
        end -= 1
    if not end:
        return False
    return low[end - 1] == "," or (low[end - 1].isalpha() and low.endswith(WRAP_WORDS, max(0, end - 16), end))


@lru_cache(maxsize=1)
def _subject_opening() -> re.Pattern:
    """A clause's list markers (all of them, as `MARKERS` takes them) followed by what a subject may
    open with: a party's name (the pattern `mention_at` starts with, as group `mention`: the name found there is
    not matched again) or an adverbial. One test per clause start, where most open with neither."""
    # `(?=(?P<m>…))(?P=m)` takes the markers as `MARKERS.match` does, with no giving back (an atomic group)
    return re.compile(f"(?=(?P<markers>{MARKERS.pattern}))(?P=markers)"
                      f"(?=(?P<mention>{names.vocabulary().mention.pattern})|(?:{_ADVERBIAL.pattern}))")


# The national motto, which no party's name holds: its first words only (frame_header.MOTTO wants it whole, and a
# flattened header garbles the rest: `CỘNG HOÀ XÃ HĐộc lập - TỘựI CH - HỦ NGHạnh phúc ĨA VIỆT NAM`)
_MOTTO = re.compile(r"cộng\s+h(?:òa|oà|oa)\s+xã\s+h")


def _subject(text: PartyText, found: Findings, pos: int, after_comma: bool, in_assignment) -> bool:
    low = text.low
    mention = text.mention_at(pos)
    if not mention or (after_comma and _governed(text, pos - 2)):
        return False  # (the next of a list a preposition governs is no subject)
    limit = text.list_limit(pos)
    if text.next_predicate(pos) > limit and low.find("được", pos, limit) < 0 and \
            (after_comma or low.find(":", pos, min(limit + 1, pos + 120)) < 0) and \
            (after_comma or in_assignment(pos) or not _opens_point(text, pos)):
        return False  # no predicate, `được giao` or label's colon can follow the names: not worth reading them
    items = text.party_list(pos, limit)
    if items and _MOTTO.search(low, pos, items[-1][1]):
        return False  # a header run onto one line: `ỦY BAN NHÂN DÂN XÃ … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập …`
    if items and not after_comma and _labelled_item(text, found, pos, mention, items, limit, in_assignment(pos)):
        return True
    if not items or (not in_assignment(pos) and _for_each(text, pos, items)):
        return False
    end = items[-1][1]
    predicate = text.predicate_after(end, limit)
    if predicate and _next_cell(text.text, end, predicate[1] - len(predicate[0])):
        predicate = None  # `… | Chính phủ | Báo cáo |`: a table's row, one cell a line; the next cell is not its verb
    field = None
    if low[end:end + 1] == " " and not names.CLAUSE_PREDICATE.match(low, end + 1):  # (most subjects: asked once)
        # (a list's last kind may be the one described: `Thường trực Hội đồng nhân dân, Ủy ban nhân dân và các vị đại
        # biểu khách mời tham dự kỳ họp … có trách nhiệm …`)
        field = fields.field_end(text.text, low, items[-1][0], end) or (None if after_comma else (
            fields.described_end(text.text, low, items[0][0], end) or
            (fields.described_end(text.text, low, items[-1][0], end) if len(items) > 1 else None)))
    if field:  # `Trung tâm Công nghệ thông tin căn cứ …`, `Cơ quan, đơn vị tiếp nhận hồ sơ có trách nhiệm …`: the name
        # runs over its field, or over what a kind of body is named by, to its duty
        end, duty = field
        items[-1] = (items[-1][0], end)
        predicate = (duty.group(0), duty.end())
    if not predicate and not field and not after_comma and (in_assignment(pos) or _opens_point(text, pos)):
        predicate = fields.verb_after_kind(text, items, end, limit, numbered=_opens_point(text, pos))
    given = _GIVEN.match(low, end, limit)
    stated = None if given or not predicate else _NOT_ASSIGNED.match(low, end)
    if given:  # `các Chuyên viên cơ quan MTTQ xã được phân công phụ trách …`: assigned in the passive
        predicate = (given.group(1), given.end())
    elif not predicate or predicate[0] in _NOT_DOING or (stated and not _after_copula_apposition(low, stated, predicate)):
        return False
    elif not text.plan and (informs := _INFORMS.match(low, predicate[1] - len(predicate[0]))):
        _informed(text, found, informs)
        return False
    phrase, p_end = predicate
    if not given and _AUXILIARY.match(low, p_end):
        return False  # `Hiệp hội Nhà thầu xây dựng đã kết thúc …`: the tense follows the name's last words
    if phrase == "có" and (not _HAS_TASK.match(low, p_end) or _ISSUED.match(low, p_end)):
        return False  # `Quỹ có tư cách pháp nhân`: what a body has; `Sở Tài chính có Công văn số 4352/…`: a letter sent
    if phrase == "thông báo" and _ANNOUNCED.match(low, p_end):
        return False  # `Phòng … thông báo việc nghỉ Lễ … như sau:`, `Ủy ban nhân dân thị xã thông báo:`: the issuer speaks
    if phrase == "thành lập" and _BY_DOCUMENT.match(low, p_end):
        return False  # `Trung tâm … thành lập theo Quyết định số …`: how the body came to be, no task
    if phrase == "ban hành" and (_ISSUED.match(low, p_end) or text.enacts_itself(p_end)):
        return False  # `… ban hành Kế hoạch số 751/KH-UBND ngày …`: a document issued, history
    # `X phối hợp với Y …`: X does the task, Y helps; `X phối hợp thực hiện …`: X helps.
    role = "coordinate" if _coordinates(text, predicate, limit) else "lead"
    if stated:  # (the task is the duty, not what the body is)
        found.take(items, role, text.clause_end(p_end), task_start=p_end - len(phrase))
    else:
        found.take(items, role, text.clause_end(p_end))
    if phrase == "chủ trì":
        _partners_named_after(text, found, p_end)
    return True


_CELL_LINE = re.compile(CELL_LINE)  # a table's cell written as a line of its own


def _next_cell(raw: str, name_end: int, predicate_start: int) -> bool:
    """Whether a predicate in capitals opens the line after the name's, both lines a table cell's (`\n Chính phủ`
    ⏎ ` Báo cáo`): a row's next cell, not the name's verb."""
    gap = raw[name_end:predicate_start]
    if "\n" not in gap or not raw[predicate_start:predicate_start + 1].isupper():
        return False
    line_start = raw.rfind("\n", 0, name_end)
    return _CELL_LINE.match(raw, line_start) is not None and \
        _CELL_LINE.match(raw, name_end + gap.rfind("\n")) is not None


def _after_copula_apposition(low: str, stated: re.Match, predicate: tuple[str, int]) -> bool:
    """`Sở Nội vụ là cơ quan thường trực của Ban Chỉ đạo, có trách nhiệm …`: `là` says what the body is, and the
    predicate the reader found past it (`PartyText.predicate_after`) is the body's duty."""
    if stated.group(0).strip(" \t\n,") != "là":
        return False
    if predicate[0].startswith("là "):
        return True  # (`là đầu mối`: a cue of its own)
    # the duty set off by a comma (not `… là cơ quan thường trực giúp việc của Ban Chỉ đạo`: what the body is, said on)
    duty = predicate[1] - len(predicate[0])
    return duty > stated.end() and "," in low[stated.end():duty]


_ANNOUNCED = re.compile(r"[^.;:!?]{0,200}?:")  # what is announced follows a colon: the subject is the speaker
# (or a dash's: a letter's items, `- Văn phòng UBND tỉnh phát hành Thư mời …`, `- Sở Văn hóa, Thể thao và Du lịch chụp …`)
_POINT_OPENING = re.compile(r"[ \t]*(?:\d{1,2}" + NUMBER_CLOSE + r"|[-–+•])[ \t]*")


def _opens_point(text: PartyText, pos: int) -> bool:
    """Whether the name at `pos` opens a numbered point (`3. Phòng …`), the first words of its line, of a letter or
    notice: the points of a statute's articles describe bodies (`2. Quỹ … hoạt động nhằm mục đích …`)."""
    low = text.low
    line = low.rfind("\n", 0, pos) + 1
    m = _POINT_OPENING.match(low, line, pos)
    return bool(m) and m.end() == pos and text.own_type not in _statute_types() and pos < text.first_article


@lru_cache(maxsize=1)
def _statute_types() -> frozenset[str]:
    return frozenset(lowered(fold(t)) for t in names.statute_types())


def _informed(text: PartyText, found: Findings, informs: re.Match) -> None:
    """`… thông báo để các địa phương biết, quản lý và triển khai thực hiện …`, `… để Cục Thuế được biết, báo cáo …`:
    the addressees the closing formula names are asked to do what follows `biết,` (lead)."""
    if informs.group("then") is None:
        return
    low = text.low
    pos, task = informs.start("to"), informs.end()
    if pos in found or not text.mention_at(pos) or not names.cue_at(low, task, names.PREDICATE):
        return
    items = text.party_list(pos, informs.end("to"))
    if items and items[-1][1] == informs.end("to"):  # (the names are all that stands before `biết`)
        found.take(items, "lead", text.clause_end(task), task_start=task)


# A quota after the verb (`cử đại diện 1 học sinh`, `đăng ký ít nhất 02 tiết mục`, `nộp một bản`): not a count of
# time, and no modal before it (`phải có một …` is a norm).
_QUOTA = re.compile(r"(?:(?!phải|cần|được)[^.;:\n]){1,40}?(?<!\S)(?:\d{1,3}|một|hai|ba)\s+(?!giờ|ngày|tháng|năm|tuần|lần)\w")


def _for_each(text: PartyText, pos: int, items: list[tuple[int, int]]) -> bool:
    """`Mỗi cơ quan, đơn vị, địa phương và từng cán bộ, công chức, viên chức phải …`: a subject every body or
    person of a kind is (`mỗi`, `từng`) states a norm for all, not a task assigned to a party; one that gives each a
    quota (`Mỗi chi đoàn cử đại diện 1 học sinh dự thi`, `Mỗi đơn vị cử 02 cán bộ tham dự`) assigns it."""
    low = text.low
    opening = _BLANK.match(low, text.sentence_start(pos)).end()
    each = bool(_EACH.match(low, opening) and opening <= pos) or any(_EACH.match(low, start) for start, _ in items)
    return each and not _QUOTA.match(low, items[-1][1])


def _coordinates(text: PartyText, predicate: tuple[str, int], limit: int) -> bool:
    """Whether a subject's predicate is a bare `phối hợp` (the subject helps), also after adverbs of manner
    (`Đề nghị A, B thường xuyên phối hợp, trao đổi thông tin …`); not `phối hợp với Y …`, where the subject
    does the task with Y's help (the devset keys: 10 of 10 `X phối hợp với Y <verb>` make X lead)."""
    phrase, end = predicate
    while phrase in _MANNER:
        after = _BLANK.match(text.low, end).end()
        predicate = cue_at(text.low, after, names.PREDICATE_OR_COORDINATE) if after < limit else None
        if not predicate:
            return False
        phrase, end = predicate
    if phrase not in _BARE_COORDINATION or _with_partner(text.low, end):
        return False
    # `Giao Văn phòng … phối hợp Ủy ban MTTQ xã tham mưu …`: the partner named at once, its `với` left out, and the
    # work they do together; not `… phối hợp Cơ quan Ủy ban MTTQ xã trong công tác chuẩn bị …`, the partner's work
    after = _BLANK.match(text.low, end).end()
    if not (text.text[after:after + 1].isupper() and text.mention_at(after)):
        return True
    partners = text.party_list(after, limit)
    return not partners or bool(_PARTNERS_WORK.match(text.low, partners[-1][1]))


_PARTNERS_WORK = re.compile(r"[ \t]+(?:trong|về)\b")


def _partners_named_after(text: PartyText, found: Findings, pos: int) -> None:
    """`Sở Giáo dục và Đào tạo chủ trì, Sở Tài chính phối hợp tổ chức …`, `Giao X chủ trì, Y và Z phối hợp
    …`: after the lead's `chủ trì` (ending at `pos`), bodies that `phối hợp` in the next clause are its
    partners."""
    low = text.low
    comma = _NEXT_CLAUSE.match(low, pos)
    if not comma or comma.end() in found or not text.mention_at(comma.end()):
        return
    limit = text.list_limit(comma.end())
    items = text.party_list(comma.end(), limit)
    predicate = text.predicate_after(items[-1][1], limit) if items else None
    if predicate and predicate[0] in _BARE_COORDINATION:
        found.take(items, "coordinate", text.clause_end(predicate[1]))


_FORM_BLANK = re.compile(r"[ \t]*[.…_]{3}")  # the dots of a form's field to fill in


_LABEL_BREAK = re.compile(r"[\n,;.]")


def _label_broken(low: str, post: int, colon: int, items) -> bool:
    """Whether a break (a line end, `,`, `;`, `.`) stands between the post and the colon, outside the names read: a
    comma inside one name is no break (`1. Ủy ban nhân dân các xã, thị trấn: Chủ trì …`), nor one that only parts two
    names read (`3. Công đoàn, Chi đoàn thanh niên: Phối hợp …`)."""
    for m in _LABEL_BREAK.finditer(low, post, colon):
        if m.group(0) != "," or not any(start <= m.start() < end for start, end in items) and \
                not (_names_label(low, colon, items) and _between_names(low, m.start(), items)):
            return True
    return False


def _names_label(low: str, colon: int, items) -> bool:
    """Whether the label before a colon is a list of names and nothing else (`Công đoàn, Chi đoàn thanh niên:`)."""
    return len(items) > 1 and not low[items[-1][1]:colon].strip(" \t*_")


def _between_names(low: str, comma: int, items) -> bool:
    """Whether the comma at `comma` stands alone between two names of the list read."""
    return any(first[1] <= comma < second[0] and not low[first[1]:second[0]].strip(" \t,")
               for first, second in zip(items, items[1:]))


def _labelled_item(text: PartyText, found: Findings, pos: int, mention, items, limit: int, assigning: bool) -> bool:
    """`1. Hiệu trưởng: Ông Hoàng Hưng – Chỉ đạo …`, `1. Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban:
    Phụ trách chung …`, `- Đồng chí Nguyễn Văn An, Phó Chủ tịch …: …`: under `Tổ chức thực hiện` a line
    that opens with a post and a colon assigns that post. Elsewhere the label must be short and a task must
    follow it in lower case, as the rest of the sentence (`- Bộ phận xử lý đơn thư: tiếp nhận, phân loại …`;
    not `Trưởng đoàn: Đại diện …`)."""
    low = text.low
    colon = low.find(":", pos, min(limit + 1, pos + (120 if assigning else 60)))
    post = max(pos, mention.post)
    if colon < 0 or _label_broken(low, post, colon, items) or len(low[pos:colon].split()) > (24 if assigning else 8) \
            or _FORM_BLANK.match(low, colon + 1):
        return False  # (`Kính gửi: Tổng cục Hải quan Tên doanh nghiệp:………`: a form's blank, flattened after its addressee)
    if items[0][0] > colon:
        return False  # `Các Cục: Quản lý dược, …`: the colon opens the bodies of the kind it follows, no label
    named_end = items[-1][1]
    if named_end < colon:
        works_with = text.predicate_after(named_end, colon)
        partners = _partners_in_label(text, works_with, colon) if works_with else None
        if partners:
            # `Chi cục HQCK cảng SGKV 1 phối hợp Tổng Công ty Tân Cảng Sài Gòn: cung cấp danh sách …`: a label naming
            # the lead and its partner, the task after the colon
            task_end = text.clause_end(colon + 1)
            found.take(items, "lead", task_end, task_start=colon + 1)
            found.take(partners, "coordinate", task_end, task_start=colon + 1)
            return True
        if works_with and _works_with(low, works_with):
            return False  # `1. Sở Giáo dục và Đào tạo phối hợp với các đơn vị: Tỉnh đoàn, …`: a clause, its partners
            # listed after the colon (the cue's object), no label
        if _COMPOSED.search(low, named_end, colon):
            return True  # `Ban quản lý Quỹ … cấp tỉnh gồm: …`: who a body is made of, no task
        if (below := _LISTED_BELOW.match(low, named_end, colon)) and DETERMINER.match(low, pos):
            return _listed_below(text, found, below.end(), colon)
        duty = RESPONSIBLE.match(low, named_end, colon)
        if (duty and not low[duty.end():colon].strip(" \t*_")) or \
                (_ANNOUNCES.search(low, named_end, colon) and text.predicate_after(named_end, colon)):
            # `Ủy ban nhân dân cấp xã có trách nhiệm sau:`, `Hiệu trưởng tổ chức thực hiện một số nội dung như sau:`,
            # `a) Cơ quan hải quan có trách nhiệm: Bố trí …`: a clause whose tasks the colon announces; its subject is
            # the party, not the whole line
            found.take(items, "lead", text.clause_end(colon + 1))
            return True
    role = "lead"
    if not assigning:
        after = _COLON_AFTER.match(low, colon).end()
        after = _CLOCK_LEAD.match(low, after).end()  # a schedule's entry: `- Chủ tịch: 7 giờ 30’, dự họp …`
        task = cue_at(low, after, names.PREDICATE)
        if not task or not text.text[after:after + 1].islower() or _HISTORY.search(low, pos, colon):
            return False  # a capitalised item after a label is a list's entry (`Trường MN An Hòa: Xây dựng …`)
        if task[0] in _BARE_COORDINATION and not _with_partner(low, task[1]):
            role = "coordinate"
    found.take(items if _names_label(low, colon, items) else [(pos, colon)], role, text.clause_end(colon + 1))
    return True


_CLOCK_LEAD = re.compile(r"(?:\d{1,2}[ \t]*(?:giờ|h)(?:[ \t]*\d{2})?(?:[ \t]*(?:phút|’|'))?[ \t]*[,:][ \t]*)?")
_LISTED_BELOW = re.compile(r"[ \t]+sau(?:[ \t]+đây)?[ \t]+")  # `Các cơ quan sau đây có trách nhiệm …:`
_LIST_ITEM = re.compile(r"[ \t]*(?:\n[ \t]*)+(?:(?P<letter>[a-zđ]" + LETTER_CLOSE + r")|(?P<number>\d{1,2}" + NUMBER_CLOSE
                        + r")|(?P<dash>[-+•*·–]))[ \t]*")


def _listed_below(text: PartyText, found: Findings, after: int, colon: int) -> bool:
    """`1. Các cơ quan sau đây có trách nhiệm trao đổi thông tin …:` over `a) Cơ quan đăng ký …;` `b) …`: a
    kind of body announced by `sau đây` with its predicate is a label; the parties are the items of the list
    the colon opens (markers of one kind), each given the label's predicate as its task. No party when no
    item names one."""
    low = text.low
    predicate = cue_at(low, after, names.PREDICATE_OR_COORDINATE)
    if not predicate:
        return False
    role = "coordinate" if _coordinates(text, predicate, colon) else "lead"
    for start, end in _list_items(text, colon + 1):
        if start not in found and text.mention_at(start):
            found.take(_item_names(text, start, min(end, text.clause_end(start))), role, colon, task_start=after)
    found.cover(after, colon)
    return True


_ITEM_CLOSED = re.compile(r"[;.][ \t]*(?=\n|$)")


def _list_items(text: PartyText, pos: int):
    """(start, end) of each item of the list that opens at `pos` (markers of one kind, `a)`, `1.` or a dash), an item
    ending with the line its `;` or `.` closes (it may wrap: a `;` inside its bracket ends no line)."""
    low, kind = text.low, None
    while (item := _LIST_ITEM.match(low, pos)) and kind in (None, item.lastgroup):
        kind, start = item.lastgroup, item.end()
        closed = _ITEM_CLOSED.search(low, start)
        yield start, closed.start() if closed else len(low)
        if not closed:
            return
        pos = closed.end()


_ITEM_JOINT = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:và|cùng)[ \t]+")


def _item_names(text: PartyText, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a list item that holds only names (`c) Cơ quan thi hành án dân sự, Văn phòng thừa phát
    lại.`): one per piece between commas or `và` that opens a name; a lower-case piece goes on the name before
    it (`Cơ quan đăng ký quyền sở hữu, quyền sử dụng, …`). Verbs inside are the names' words (`đăng ký`)."""
    spans: list[tuple[int, int]] = []
    at = start
    for joint in [*_ITEM_JOINT.finditer(text.low, start, end), None]:
        piece_end = joint.start() if joint else end
        if spans and text.text[at:at + 1].islower() and not text.mention_at(at):
            spans[-1] = (spans[-1][0], piece_end)
        elif piece_end > at:
            spans.append((at, piece_end))
        at = joint.end() if joint else end
    return spans


def person_subjects(text: PartyText, found: Findings) -> None:
    """A person named by what they do, as the subject of a duty: `Người ứng cử có trách nhiệm nộp hồ sơ …`,
    `Người chủ trì có trách nhiệm sau đây:` (lead), at a clause's start or after its opening adverbial
    (`Trong vòng 72 giờ kể từ …, người thắng giải có trách nhiệm …`). Only before a predicate of duty: `Người
    ứng cử phát biểu` describes a meeting. (Scanned for the pattern, then its place checked: few clauses
    hold one.)"""
    low = text.low
    for m in _PERSON_DUTY.finditer(low, text.body_start):
        pos = m.start()
        if pos in found or found.any_between(pos, m.end("name")) or _inside_word(low, pos):
            continue
        opening = MARKERS.match(low, text.clause_start(pos)).end()
        if pos != opening:
            comma = low.find(", ", opening, pos) if _ADVERBIAL.match(low, opening) else -1
            if comma < 0 or comma + 2 != pos:
                continue
        found.take([(pos, m.end("name"))], "lead", text.clause_end(m.end()))


def listed_subjects(text: PartyText, found: Findings) -> None:
    """A body the lexicon knows (models/parties.tsv) as the subject of a clause joined to the one before
    by a comma (`Phòng Giáo dục và Đào tạo, các đơn vị trường học thực hiện …`): for a known body the
    weaker anchor is enough, unless the comma only enumerates kinds of body (`cơ quan, tổ chức, đơn vị`)."""
    voc = names.vocabulary()
    low = text.low
    for comma in _known_after_comma().finditer(low, text.body_start):
        start = comma.end()
        m = voc.known_pattern.match(low, start)
        if start in found or voc.known[key(m.group(0))].category not in ("body", "unit"):
            continue
        if not names.enumerating(low, max(0, start - 40), start - 2):  # a clause of its own, not `cơ quan, đơn vị`
            _subject(text, found, start, True, lambda _pos: False)


@lru_cache(maxsize=1)
def _known_after_comma() -> re.Pattern:
    """`, ` before a name of models/parties.tsv: one scan, where testing the names after each of the text's
    commas costs a call per comma."""
    return re.compile(", (?=" + names.vocabulary().known_pattern.pattern + ")")


def _governed(text: PartyText, comma: int) -> bool:
    """Whether the names listed up to `comma` are governed by `thuộc diện` (`đảng viên thuộc diện Bộ Chính trị,
    Ban Bí thư quản lý`) or are the objects of a directive (`đề nghị Ủy ban MTTQ Việt Nam cấp trên, Chủ tịch Ủy
    ban nhân dân cùng cấp khen thưởng`): the name after the comma is one more of them, not a subject. (After
    `của …,` a clause's subject often follows: `trên cơ sở … của các cấp có thẩm quyền, Hiệu trưởng tổ chức …`.)"""
    low = text.low
    window = max(0, comma - 300)
    if low.find("thuộc", window, comma) < 0 and low.find("đề nghị", window, comma) < 0 and \
            low.find("yêu cầu", window, comma) < 0 and low.find("giao", window, comma) < 0:
        return False
    at = comma
    for _ in range(6):
        start = _name_ending(text, at)
        if start < 0:
            return False
        before = low[max(0, start - 12):start]
        if _GOVERNING.search(before):
            return True
        if not before.endswith(", "):
            return False
        at = start - 2
    return False


def _name_ending(text: PartyText, at: int) -> int:
    """Where a party's name that ends at `at` starts (within the eight words before it), or -1."""
    low = text.low
    for w in list(_WORD.finditer(low, max(text.body_start, at - 80), at))[-8:]:
        mention = text.mention_at(w.start())
        if mention and name_end(text.text, low, w.start(), mention.end, at) == at:
            return w.start()
    return -1


# --- objects of cue words ---------------------------------------------------------------------------

_ADVERBS_BEFORE_CUE = 2  # (`Chủ động phối hợp với …`, `Tích cực phối hợp …`: the clause's own words before its cue)


def cue_objects(text: PartyText, found: Findings, sections: list[Section]) -> None:
    """The party after a cue word: `giao X`, `phối hợp với X`, `báo cáo … về X`, `do X chủ trì` …"""
    low = text.low
    starts = [s.start for s in sections]
    by_id = {s.section_id: s for s in sections}

    addressed = any(f.addressee for f in found.items)

    def has_lead(pos: int) -> bool:
        """A partner needs the one it works with: a party found before it in its paragraph, or in the
        innermost section around it (`a) Phòng Học sinh, sinh viên` over `- Chủ trì, phối hợp với …`,
        `- Đơn vị chủ trì: …` beside `- Phối hợp với …`), or in its parent's heading (`1. Sở Nội vụ` over `a) Chủ
        trì, phối hợp với …`); in a letter, its addressee, where the cue opens its clause (`Kính gửi: Công ty …` over
        `- Chủ động phối hợp với …`)."""
        if found.any_between(text.item_start(pos), pos):
            return True
        if _fronted_lead_comma(text, pos) >= 0:
            return True
        if addressed:
            opening = text.clause_start(pos)
            opening = MARKERS.match(low, opening, pos).end()
            if _ADVERBIAL.match(low, opening) and (comma := low.rfind(", ", opening, pos)) >= 0:
                opening = comma + 2  # (after a circumstance: `tùy điều kiện của trường, phối hợp với phụ huynh …`)
            if len(low[opening:pos].split()) <= _ADVERBS_BEFORE_CUE:
                return True
        i = bisect.bisect_right(starts, pos) - 1
        while i >= 0 and sections[i].end <= pos:
            i -= 1
        if i < 0:
            return False
        if found.any_between(sections[i].start, sections[i].end):
            return True
        parent = by_id.get(sections[i].parent_id)
        if not parent:
            return False
        heading_end = low.find("\n", parent.start, sections[i].start)
        return found.any_between(parent.start, heading_end if heading_end > 0 else sections[i].start)

    cues, reports, inspections = _anchor_words(low, text.body_start)
    inspected = _inspections(text, inspections)
    for m in cues:
        if not _inside_word(low, m.start()) and not (text.text[m.start()].isupper() and _document_named(text, m.start())) \
                and not (inspected and inspected(m.start())) and not _past_joined(text, m.start()):
            _cue_object(text, found, m, has_lead)
    for m in reports:
        if _inside_word(low, m.start()) or low.endswith("giải ", 0, m.start()) or in_compound(low, m.start(), m.end()) or \
                _addressed(low, m.start()) or \
                (text.text[m.start()].isupper() and _document_named(text, m.start())) or \
                (inspected and inspected(m.start())) or _past_joined(text, m.start()):
            continue  # `giải trình` is no report, `Kính gửi` an address; a past act is no task
        # `báo cáo kết quả … về Ủy ban nhân dân quận`: the receiver after a preposition of the clause; a file handed in
        # `tại` a body goes to it (`Người ứng cử nộp hồ sơ tại Ủy ban bầu cử cấp xã`; models/deadlines.json `venue_verbs`)
        toward_words = _HANDED_IN_AT if low.startswith("nộp", m.start()) else _TOWARD
        for toward in toward_words.finditer(low, m.end(), text.clause_end(m.end())):
            if toward.group(0) == "tại" and not (_handed_in_at(low, m.end(), toward.start()) and
                                                 found.any_between(text.clause_start(m.start()), m.start())):
                continue  # (not money paid in at a treasury, nor the seat of the body, `(trụ sở thường trực tại Sở Nội vụ
                # …)`; and one who hands it in named before: not a procedure's `Nộp hồ sơ … tại Bộ phận một cửa …`)
            gap = _TOWARD_GAP.match(low, toward.end())
            if not _inside_word(low, toward.start()) and gap and text.mention_at(gap.end()) and \
                    not _MOVED.search(low, max(0, toward.start() - 8), toward.start()):
                _cue_object(text, found, toward, has_lead)


# `Bộ … đã có Công văn số … gửi Tổng công ty … và đề nghị Tổng công ty …`, `các địa phương đã lập Đề án … và gửi về Bộ
# Xây dựng`: a verb joined by `và` to one in the past tense shares its tense (the background of a letter), no task.
_PAST_JOINED = re.compile(r"\bđã\s[^,;.:\n]*\svà\s+$")


def _past_joined(text: PartyText, pos: int) -> bool:
    low = text.low
    if not low[max(0, pos - 6):pos].rstrip().endswith(" và"):
        return False  # (most cues follow no `và`: the clause is not scanned)
    return bool(_PAST_JOINED.search(low, text.clause_start(pos), pos))


def _addressed(low: str, pos: int) -> bool:
    """`Kính gửi` at `pos - 5`: the address of a letter, not a report sent."""
    return low.startswith("gửi", pos) and low.endswith("kính ", 0, pos)


def _document_named(text: PartyText, pos: int) -> bool:
    """Whether a cue word written with a capital (the caller has seen it) inside a sentence names a document
    (`Thực hiện Hướng dẫn Mặt trận Tổ quốc Việt Nam tham gia công tác bầu cử …`, `theo Báo cáo …`), not an act."""
    before = text.text[max(0, pos - 30):pos].rstrip(" \t")
    if not before or not before[-1].islower():  # (`MTTQ Phối hợp với …`: a predicate after a name)
        return False
    word = _TYPE_WORD.match(text.low, pos)
    return bool(word) and word.group(0) in load().type_by_word


def _anchor_words(low: str, pos: int) -> tuple[list[re.Match], list[re.Match], list[re.Match]]:
    """From `pos`, what four scans find: the matches of `_CUE.finditer` and, merged by position, of `_PERIODIC`
    (the two never overlap); of `_REPORT_WORDS.finditer`; of `_INSPECTION.finditer`; each left to right and not
    overlapping. One scan of their words (`_ANCHOR_WORDS`); the longer patterns tried where their words are."""
    cues, reports, inspections = [], [], []
    periodic_end = inspection_end = 0
    for m in _ANCHOR_WORDS.finditer(low, pos):
        word = m.group(0)
        if word not in _ANCHOR_KINDS:
            word = " ".join(word.split())  # (its words wrap lines)
        kinds = _ANCHOR_KINDS[word]
        if "cue" in kinds:
            cues.append(m)
            inside = _REPORT_INSIDE.get(word)
            if inside:
                report = _REPORT_WORDS.match(low, m.end() - inside)
                if report:
                    reports.append(report)
        if "report" in kinds:
            reports.append(m)
        if "periodic" in kinds and m.start() >= periodic_end:
            periodic = _PERIODIC.match(low, m.start())
            if periodic:
                cues.append(periodic)
                periodic_end = periodic.end()
        if "inspection" in kinds and m.start() >= inspection_end:
            inspection = _INSPECTION.match(low, m.start())
            if inspection:
                inspections.append(inspection)
                inspection_end = inspection.end()
    return cues, reports, inspections


def _inspections(text: PartyText, matches: list[re.Match]) -> Spans:
    """The clauses of inspection items (`- Kiểm tra việc hướng dẫn người ứng cử hoàn thiện hồ sơ và nộp về Ủy ban
    Bầu cử xã đúng thời hạn.`, `- Giám sát việc …`): the acts they inspect are assigned by other documents, not
    by this one's item. `matches`: those of `_INSPECTION` in the body."""
    low = text.low
    spans = []
    for m in matches:
        start = text.clause_start(m.start())
        if MARKERS.match(low, start).end() == m.start():
            spans.append((m.start(), text.clause_end(m.end())))
    return Spans(spans)


def _inside_word(low: str, pos: int) -> bool:
    return pos > 0 and (low[pos - 1].isalnum() or low[pos - 1] == "_")


def _cue_object(text: PartyText, found: Findings, m: re.Match, has_lead) -> None:
    low, raw = text.low, text.text
    word = m.group(0)
    if word == "trách nhiệm":
        _responsibility(text, found, m)
        return
    if word in ("thì", "đồng thời") or word[-1].isspace():  # `…, thì X`, `Định kỳ 6 tháng, năm X …`
        pos = m.end() + (0 if word[-1].isspace() else 1)
        if pos < len(low) and pos not in found:
            _subject(text, found, pos, True, lambda _pos: False)
        return
    cue = cue_at(low, m.start(), names.OBJECT_CUES)
    if not cue or _addressed(low, m.start()):
        return
    phrase, pos = cue
    while pos < len(low) and low[pos] in " \t:":
        pos += 1
    if low[pos:pos + 1] == "\n" and "directive" in names.vocabulary().cues[phrase]:
        pos += 1  # `2. Giao` ⏎ `Văn phòng HĐND - UBND xã chủ trì …` (a line wrapped after the verb)
    # `phân công 01 phó trưởng phòng` (tried where a digit is: `str.isdigit` takes every character `\d` does)
    count = _COUNT.match(low, pos) if low[pos:pos + 1].isdigit() else None
    if count and text.mention_at(count.end()):
        pos = count.end()
    if pos in found:
        return
    common = None  # (the names of a request's object in lower case, read by their own test)
    if not text.mention_at(pos):
        common = _common_noun_object(text, m.start(), pos) if phrase in _REQUESTS else None
        if not common:
            return
    functions = names.vocabulary().cues[phrase]
    # What rules a cue out whatever its names are is asked before they are read.
    if "coordinate" in functions:
        if phrase == "cùng" and low[max(0, m.start() - 5):m.start()] in ("cuối ", "đồng "):
            return  # `cuối cùng` (finally)
        if _NOMINAL.search(low, max(0, m.start() - 12), m.start()) and \
                not _HAS_COORDINATION.search(low, max(0, m.start() - 8), m.start()):
            return  # `công tác phối hợp với …`: coordination as a topic, not a partner given a task (but `phải có sự
            # phối hợp chặt chẽ với …`: a duty to coordinate, said with a noun)
        if not has_lead(m.start()):
            return
    elif "report" in functions or "toward" in functions:
        clause_start = text.clause_start(m.start())
        if "report" not in functions and (not _reported(low, clause_start, m.start()) or
                                          re.search(r"(?:đối|phối hợp|thống nhất|trao đổi|cùng)\s*$",
                                                    low[max(0, m.start() - 15):m.start()])):
            return
        if re.search(r"\bđã\b", low[max(clause_start, m.start() - 60):m.start()]):
            return  # a report already made is history, not a duty
        if _DATED_FACT.match(low, text.sentence_start(m.start())):
            return  # `Ngày 17/6/2008, Bộ … có Công văn số … gửi các sở …`: what was sent on a day, the letter's background
        if _tells_of_basis(text, m.start()):
            return  # `Căn cứ Luật Tiếp công dân số 42/2013/QH13 thông qua Quốc hội ngày …`: the basis tells of the document
        if "report" in functions and _purpose_only(text, m.start()):
            return  # `Để đánh giá …, kịp thời báo cáo Bộ Nội vụ, Tỉnh ủy …`: the writer's own report, its purpose
        if phrase == "cho" and _GIVES_FOR.search(low, max(clause_start, m.start() - 80), m.start()):
            return  # `đề xuất bố trí bổ sung trang thiết bị … cho UBND các xã`: what is given goes to a beneficiary
        if phrase in ("đến", "tới") and _RANGE_FROM.search(low, max(clause_start, m.start() - 30), m.start()):
            return  # `từ trung ương đến địa phương`, `từ tỉnh tới cơ sở`: a range of levels (a scope), no receiver
        if _TRANSFERRED.search(low, max(0, m.start() - 14), m.start()) and \
                _COMPLAINT.search(low, text.item_start(m.start()), m.start()):
            return  # `Khiếu nại, tố cáo … thì chuyển đến Ủy ban Kiểm tra`: a complaint handed on to be handled
    limit = text.list_limit(pos)
    if "coordinate" in functions and (fronted := _fronted_lead_comma(text, m.start())) > pos:
        limit = min(limit, fronted)  # the partners end where the fronted clause does: its lead follows
    items = common or text.party_list(pos, limit)
    if not items:
        return
    end = items[-1][1]
    if "coordinate" in functions:
        # `Ban Giám hiệu phối hợp với Công đoàn, Chi đoàn thực hiện …`: the last partner, read first as the subject of
        # `Chi đoàn thực hiện`, is a partner of the list
        found.drop_leads(start for start, _ in items if start != pos)  # (and the bodies after a kind's colon)
        found.take(items, "coordinate", text.clause_end(end))
        _unit_in_brackets(text, found, end, "coordinate")
    elif "report" in functions or "toward" in functions:
        if _petitioned(low, m.start(), end, limit):
            return  # `kiến nghị cấp có thẩm quyền xem xét, giải quyết`: a body asked to act, no report
        if phrase in ("đến", "tới") and "report" not in functions and \
                (low.startswith("toàn thể", pos) or all(getattr(text.mention_at(s), "kind", "") == "staff" for s, _ in items)) \
                and not _SENT.search(low, text.clause_start(m.start()), m.start()):
            return  # `quán triệt, triển khai Chương trình … đến toàn thể cán bộ, đảng viên`: an audience, no receiver (not
            # `gửi báo cáo … đến đại biểu Quốc hội`)
        if phrase.startswith("gửi") and _sent_down(text, m.start(), end, limit):
            found.take(items, "lead", text.clause_end(end))
            return
        if (phrase.startswith("gửi") or low.endswith("gửi ", 0, m.start())) and \
                _sent_for_comment(text, m.start(), end, limit):
            found.take(items, "coordinate", text.clause_end(end))
            return
        found.take(_without_parent_address(text, items), "report_to", text.clause_end(end), task_start=end)
        _unit_in_brackets(text, found, end, "report_to")
        _unit_through(text, found, end)
    elif "directive" in functions:
        items, limit = _semicolon_objects(text, items, limit)
        _directive_object(text, found, m, phrase, items, limit)
    elif "passive" in functions:
        predicate = text.predicate_after(end, limit)
        if predicate and (predicate[0] in _PASSIVE_PREDICATES or _works_with(low, predicate)):
            # (`do Ban Công tác Mặt trận phối hợp với Chi hội Phụ nữ tổ chức`: the agent does it with Y's help, as
            # `X phối hợp với Y <verb>` makes X lead)
            found.take(items, "lead", text.clause_end(end))
    elif "enable" in functions:
        # `tạo điều kiện để các đoàn thể …`: only the bodies and staff the lexicon knows (most bodies
        # enabled to take part are beneficiaries, not parties)
        known = [(s, e) for s, e in items if key(raw[s:e]) in names.vocabulary().known]
        found.take(known, "other", text.clause_end(end))


# A unit, then the body it belongs to after a comma, as an address writes it (`gửi về theo địa chỉ: Vụ Giáo dục chuyên
# nghiệp, Bộ Giáo dục và Đào tạo, 49 Đại Cồ Việt …`; devset fresh_31 L165 keys the Vụ alone): the units of a ministry
# or a province's department (models/cues.json `unit_heads`), the bodies that hold them (models/party_list_heads.txt
# `Bộ`, `Sở`).
_PARENT_HEADS = ("bộ ", "sở ")
_ADDRESS_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _without_parent_address(text: PartyText, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The receivers of a report without the body a unit named just before it belongs to."""
    if len(items) < 2:
        return items
    low = text.low
    return [item for i, item in enumerate(items)
            if not (i and low.startswith(_PARENT_HEADS, item[0]) and low.startswith(_units(), items[i - 1][0]) and
                    _ADDRESS_COMMA.fullmatch(low, items[i - 1][1], item[0]))]


_PURPOSE_OPENS = re.compile(r"[ \t]*(?:[-–+•*][ \t]*)?(?:để|nhằm)\s")


def _purpose_only(text: PartyText, pos: int) -> bool:
    """Whether the cue at `pos` stands in a sentence opened by `Để` / `Nhằm` before any directive that would give
    it a doer (`Để đánh giá …, kịp thời báo cáo Bộ Nội vụ …. Sở Nội vụ đề nghị …`: the writer's own purpose)."""
    start = text.sentence_start(pos)
    if not _PURPOSE_OPENS.match(text.low, start):
        return False
    return not names.cue_within(text.low, start, pos, _DIRECTIVE)


_DIRECTIVE = frozenset({"directive"})


# A sentence that opens with the day something was done (`Ngày 17/6/2008, Bộ Giáo dục và Đào tạo có Công văn …`).
_DATED_FACT = re.compile(r"[ \t]*ngày[ \t]+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}[ \t]*,")


_SEMICOLON = re.compile(r"[ \t]*;[ \t]*")


def _semicolon_objects(text: PartyText, items: list[tuple[int, int]], limit: int) -> tuple[list[tuple[int, int]], int]:
    """A request's objects parted by semicolons, its verb after the last (`yêu cầu các tổ chức đoàn thể, …; Hiệu trưởng
    các nhà trường; Trưởng Công an phường; Trạm trưởng trạm y tế … tổ chức nghiên cứu …`): each group is asked, the
    list read on past each `;` that closes a group of names alone (the list stopped at the first)."""
    low = text.low
    while (sep := _SEMICOLON.match(low, items[-1][1])) and sep.end() >= limit and text.mention_at(sep.end()):
        limit_after = text.list_limit(sep.end())
        more = text.party_list(sep.end(), limit_after)
        if not more:
            break
        items, limit = items + more, limit_after
    return items, limit


def _partners_in_label(text: PartyText, predicate: tuple[str, int], colon: int) -> list[tuple[int, int]] | None:
    """The partners a label names after its lead's coordination cue, up to its colon, when the task after the colon is
    written in lower case (not `… phối hợp với các đơn vị: Tỉnh đoàn, …`, whose partners the colon lists)."""
    low = text.low
    if "coordinate" not in names.vocabulary().cues.get(predicate[0], ()):
        return None
    after = _COLON_AFTER.match(low, colon).end()
    if not text.text[after:after + 1].islower():
        return None
    with_ = _WITH.match(low, predicate[1])
    opens = _BLANK.match(low, with_.end() if with_ else predicate[1]).end()
    listed = text.party_list(opens, colon) if text.mention_at(opens) else []
    return listed if listed and not low[listed[-1][1]:colon].strip(" \t*_") else None


def _works_with(low: str, predicate: tuple[str, int]) -> bool:
    """Whether a predicate is `phối hợp với …` (a coordination cue with its partner after `với`, `cùng`)."""
    return "coordinate" in names.vocabulary().cues.get(predicate[0], ()) and _with_partner(low, predicate[1])


# what is sent to a receiver (not `Chương trình`, whose `trình` is a report word of its own)
_SENT = re.compile(r"\b(?:gửi|báo cáo|nộp|chuyển)\b")


def _handed_in_at(low: str, verb_end: int, at: int) -> bool:
    """Whether the `tại` at `at` names where a file is handed in: a file between the verb and it (`nộp hai (02) bộ hồ sơ
    ứng cử tại …`; models/cues.json `sent_up_things`), and no bracket opened before it."""
    return low.rfind("(", verb_end, at) <= low.rfind(")", verb_end, at) and \
        _words_of("sent_up_things").search(low, verb_end, at) is not None


@lru_cache(maxsize=2)
def _words_of(key: str) -> re.Pattern:
    """Any whole word or phrase of models/cues.json's list `key`."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in load().cues[key]) + r")\b")


def _sent_down(text: PartyText, cue: int, end: int, limit: int) -> bool:
    """`… triển khai Công văn số 1121/UBND …, gửi đến các khu phố tăng cường công tác phòng cháy …`: a directing
    document sent down to bodies whose task follows their names: they are asked to act, no receivers of a report (not
    `gửi báo cáo về Phòng GD&ĐT tổng hợp`; models/cues.json `sent_down_documents`, `sent_up_things`)."""
    before = text.low[text.clause_start(cue):cue]
    if not _words_of("sent_down_documents").search(before) or _words_of("sent_up_things").search(before):
        return False
    predicate = text.predicate_after(end, limit)
    # (not the sender's own ask after the receiver: `gửi … về Bộ … đề nghị giám định mẫu`)
    return predicate is not None and "directive" not in names.vocabulary().cues.get(predicate[0], ())


def _sent_for_comment(text: PartyText, cue: int, end: int, limit: int) -> bool:
    """`Phòng Nội vụ gửi đến các cơ quan, đơn vị, địa phương phối hợp góp ý dự thảo …`: a body sends (what, it says
    after) to bodies asked to work with it: partners, no receivers of a report. Only where nothing sent is named before
    the verb (not `gửi báo cáo về Sở … phối hợp …`)."""
    before = text.low[text.clause_start(cue):cue]
    before = before[before.rfind(",") + 1:]  # (the sender's own words after a fronted purpose: `Để thực hiện …, X gửi`)
    if _words_of("sent_up_things").search(before) or _words_of("sent_down_documents").search(before):
        return False
    predicate = cue_at(text.low, _BLANK.match(text.low, end).end(), names.PREDICATE_OR_COORDINATE)
    return predicate is not None and "coordinate" in names.vocabulary().cues.get(predicate[0], ())


# The office that acts for a body, in brackets after it: `báo cáo Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi
# trường)`, `phối hợp với Bộ GDĐT (Cục Khoa học, Công nghệ và Thông tin)`.
_VIA = re.compile(r"[ \t]*\((?P<via>qua[ \t]+)?")


def _unit_in_brackets(text: PartyText, found: Findings, end: int, role: str) -> None:
    """The office named in brackets after the body at `end` takes the body's role: the report goes through it, or it
    is the body's unit that does the work. Without `qua`, only a unit written as a word (`Cục …`, `Phòng …`), not the
    body's abbreviation (`Ủy ban Mặt trận Tổ quốc (MTTQ)`)."""
    low, raw = text.low, text.text
    via = _VIA.match(low, end)
    if not via or not text.mention_at(via.end()) or \
            not (via.group("via") or raw[via.end():via.end() + 2].istitle() and low.startswith(_units(), via.end())):
        return
    close = low.find(")", via.end()) % (len(low) + 1)
    units = text.party_list(via.end(), close)
    if units:
        found.take(units, role, text.clause_end(end), task_start=close + 1)




@lru_cache(maxsize=1)
def _units() -> tuple[str, ...]:
    """The heads of a body's units, each with the space after it (models/cues.json `unit_heads`)."""
    return tuple(head + " " for head in load().cues["unit_heads"])


_THROUGH = re.compile(r"[ \t]+qua[ \t]+")


def _unit_through(text: PartyText, found: Findings, end: int) -> None:
    """`gửi về Sở Giáo dục và Đào tạo qua Phòng Chính trị, tư tưởng …`: the office a report goes through, written
    without brackets, receives it too."""
    through = _THROUGH.match(text.low, end)
    if not through or not text.low.startswith(_units(), through.end()) or not text.mention_at(through.end()):
        return
    units = text.party_list(through.end(), text.list_limit(through.end()))
    if units:
        found.take(units, "report_to", text.clause_end(end), task_start=units[-1][1])


# `từ trung ương `, `từ cấp tỉnh `: the start of a range of levels right before `đến`/`tới` (not `chứng từ …`).
_RANGE_FROM = re.compile(rf"(?<!chứng )\btừ\s+(?:cấp\s+)?(?:trung ương|cơ sở|{names.LEVELS})\s+$")
# `đã` a few words before a directive (`đã chỉ đạo`, `đã kịp thời hướng dẫn`, `cũng đã thực hiện hướng dẫn`).
_DONE_BEFORE = re.compile(r"\bđã\s+(?:\S+\s+){0,3}$")
# `X chịu trách nhiệm phân bổ dự toán và hướng dẫn các đơn vị trực thuộc triển khai`: guiding its own units is one
# of the tasks X bears, not a task the document gives those units.
_BORNE_BEFORE = re.compile(r"\b(?:chịu|có)\s+trách\s+nhiệm\b[^.;:]*(?:\bvà|,)\s+$")
_REQUESTS = frozenset({"đề nghị", "kính đề nghị", "yêu cầu", "giao", "giao cho", "chỉ đạo"})  # a body asked to act
_AND_THEN = re.compile(r"[\s,]*(?:và\s+)?")


def _common_noun_object(text: PartyText, cue: int, pos: int) -> list[tuple[int, int]]:
    """`đề nghị tổ dân phố, chính quyền địa phương và kêu gọi …`, `chỉ đạo ngành Lao động - Thương binh và Xã hội
    tiếp nhận …`: the object of a request opening with a kind of body in lower case and no determiner (which
    `mention_at` leaves to prose) is a party when underthesea tags that word a noun, not a verb (`đề nghị tổ chức
    hội nghị`), nor reads it as one word with the cue (`buổi giao ban`), and the verb of a task follows the names
    (not `giao cho cơ sở nuôi dưỡng …`): the names, or []."""
    low, raw = text.low, text.text
    kind = raw[pos:pos + 1].islower() and (names.phrase_at(low, pos, "collective") or _lower_case_head(low, pos))
    if not kind:
        return []
    # the names and the word after them first (the lexicon's cheap tests), the tagger and the segmenter last
    limit = text.list_limit(pos)
    first = (pos, name_end(raw, low, pos, kind, limit))
    sep = _SEPARATOR.match(low, first[1], limit)
    items = [first] + (text.party_list(sep.end(), limit) if sep else [])
    verb = _AND_THEN.match(low, items[-1][1]).end()  # (`… và kêu gọi nhân dân …`: a second request joined)
    if not names.cue_at(low, verb, names.PREDICATE):
        return []
    words = names.words_tagged(raw, pos, min(text.clause_end(pos), verb + 20))
    (opening, opening_tag), verb_tag = words.get(pos, ("", "")), words.get(verb, ("", ""))[1]
    if opening_tag != "N" or key(opening) != low[pos:kind] or verb_tag != "V":
        return []
    space = low.rfind(" ", max(text.clause_start(cue), cue - 16), cue - 1)
    before = space + 1 if space >= 0 else cue  # (the word before the cue, its context, when the clause has one)
    return items if _word_starts(low[before:kind], pos - before) else []


def _lower_case_head(low: str, pos: int) -> int:
    """The end of a body's head written in lower case at `pos` (`trung tâm y tế`, `trạm y tế`), or 0."""
    voc = names.vocabulary()
    m = voc.mention.match(low, pos)
    head = m.group("head") if m and m.start() == pos else None
    return m.end() if head and voc.head_kind.get(key(head)) == "org" else 0


def _word_starts(phrase: str, at: int) -> bool:
    """Whether underthesea's segmentation of the phrase starts a word at offset `at`."""
    cursor = 0
    for word in phrase_words(phrase):
        cursor = phrase.find(word, cursor)
        if cursor < 0 or cursor >= at:
            return cursor == at
        cursor += len(word)
    return False


def _petitioned(low: str, cue: int, end: int, limit: int) -> bool:
    """Whether the bodies after a petition or a transfer (`kiến nghị`, `xin ý kiến`, `chuyển đến`) ending at
    `end` are asked to decide or act (`kiến nghị cấp có thẩm quyền xem xét, giải quyết`, `chuyển đến Ủy ban nhân
    dân cấp ra quyết định thành lập … giải quyết`): they handle the matter; they receive no report."""
    if not _REFERRAL.search(low, max(0, cue - 20), cue + 12):
        return False
    return bool(_ACT_ON.match(low, end, limit))


def _reported(low: str, start: int, end: int) -> bool:
    """Whether a report word opens a report between `start` and `end` (not `giải trình`, `chương trình`)."""
    for m in _REPORT_WORDS.finditer(low, start, end):
        if not _inside_word(low, m.start()) and not low.endswith("giải ", 0, m.start()) and \
                not in_compound(low, m.start(), m.end()):
            return True
    return False


@lru_cache(maxsize=1)
def _compounds() -> tuple[frozenset[str], frozenset[str]]:
    """The compounds of models/party_report_compounds.txt, split into (word before, verb) and (verb, word after)."""
    before, after = set(), set()
    verbs = sorted(_REPORT_WORD_LIST, key=len, reverse=True)
    for (compound,) in (row[:1] for row in names.table_rows("party_report_compounds.txt")):
        verb = next(v for v in verbs if compound.startswith(v + " ") or compound.endswith(" " + v))
        (after if compound.startswith(verb + " ") else before).add(compound)
    return frozenset(before), frozenset(after)


def in_compound(low: str, start: int, end: int) -> bool:
    """Whether the report verb at `start:end` is part of a noun (`báo cáo viên`, `chương trình`, `chuyển đổi`)."""
    before, after = _compounds()
    next_end = end + 1
    while next_end < len(low) and low[next_end].isalpha():
        next_end += 1
    if low[end:end + 1] == " " and low[start:next_end] in after:
        return True
    previous = start - 1
    while previous > 0 and low[previous - 1].isalpha():
        previous -= 1
    return low[start - 1:start] == " " and low[previous:end] in before


def _directive_object(text: PartyText, found: Findings, m: re.Match, phrase: str, items, limit: int) -> None:
    """`giao X`, `đề nghị X`, `yêu cầu X`, `chỉ đạo X <verb>`: X must act (lead; `other` in a plan's closing
    request, `coordinate` when asked to `phối hợp`)."""
    low = text.low
    if _DONE_BEFORE.search(low, max(text.clause_start(m.start()), m.start() - 40), m.start()):
        return  # `Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành …`: a report's account of a request made, history
    if text.own_type == "báo cáo" and _HISTORY.search(low, text.sentence_start(m.start()), m.start()):
        return  # a report's sentence told in the past (`Đoàn kiểm tra đã ban hành các thông báo …, đề nghị các cơ quan
        # …`): what was asked then, not a task the report gives (its tasks are in its own `đề xuất`, `nhiệm vụ` parts)
    enumerated = _enumerated_after_colon(text, items)
    names_ = None
    if enumerated:
        items, names_ = enumerated
        limit = max(limit, min(text.clause_end(items[-1][1]), items[-1][1] + 600))
    elif phrase in ("giao", "giao cho") and (listed := _kind_listed_below(text, items)):
        found.take(listed[0], "lead", listed[1], task_start=items[-1][1])
        return
    end = items[-1][1]
    predicate = text.predicate_after(end, limit)
    if phrase in ("chỉ đạo", "hướng dẫn", "phân công") and not predicate:
        return
    if phrase == "hướng dẫn" and _BORNE_BEFORE.search(low, text.clause_start(m.start()), m.start()):
        return
    if phrase == "phân công":  # `phân công lãnh đạo, viên chức theo dõi`: staff in general are not a party
        items = [(s, e) for s, e in items if getattr(text.mention_at(s), "kind", "") != "staff"]
        if not items:
            return
    if phrase == "đề xuất":
        if _REPORTED_AND.search(low, max(0, m.start() - 20), m.start()):
            role = "report_to"  # `tổng hợp báo cáo, đề xuất Chủ tịch Ủy ban nhân dân tỉnh xem xét`: it receives
        elif _ACT_ON.match(low, end, limit):
            return  # `đề xuất cấp có thẩm quyền giải quyết`: a body asked to decide, as after `kiến nghị`
        else:  # X asked to act (`đề xuất Chủ tịch … thống nhất gia hạn`), or to receive what is proposed
            role = "lead" if predicate else "report_to"  # (`đề xuất Bộ Quốc phòng các chủ trương, chính sách`)
        found.take(items, role, text.clause_end(end), names_)
        return
    if phrase in _NOT_DOING and all(_UNSPECIFIED.match(low, start) for start, _ in items):
        return  # `đề nghị cơ quan có thẩm quyền xử lý …`: a petition to whichever authority decides
    if phrase == "đề nghị" and _PROPOSAL_OF.search(low, max(0, m.start() - 14), m.start()):
        return  # `Xét đề nghị Sở Tài chính tại Công văn số …`: the proposal X made, a noun, not a request to X
    role = "lead"
    if text.plan and (CLOSING.search(low, text.item_start(m.start()), m.start()) or
                      CLOSING.search(low, text.clause_start(m.start()), m.start())):
        role = "other"  # a plan's closing `đề nghị … thực hiện` (a letter's request is the task itself)
    if predicate and _coordinates(text, predicate, limit):
        role = "coordinate"  # (`đề nghị X phối hợp với Y …`: X does the task, Y helps)
    elif predicate and phrase in ("đề nghị", "kính đề nghị") and "decide" in names.vocabulary().cues[predicate[0]]:
        role = "report_to"  # `để đề nghị Ủy ban MTTQ Việt Nam cấp trên … khen thưởng`: the proposal goes to X
    found.take(items, role, text.clause_end(end), names_)
    if predicate and predicate[0] == "chủ trì":
        _partners_named_after(text, found, predicate[1])


# The rest of a kind's clause up to its colon, which the bodies below it end: `… theo ngành, lĩnh vực gồm:`, `… sau đây:`
# (its words may wrap onto the next line, never past a blank line or a bullet)
_KIND_LISTED_BELOW = re.compile(r"(?:[^.;:\n]|\n(?![ \t]*(?:[-+•*·–]|\n))){0,160}?\s(?:gồm(?:\s+có)?|sau(?:\s+đây)?)"
                                r"[ \t*_]*:[ \t*_]*(?=\n)")
_ITEM_ASIDE = re.compile(r"[ \t]*\(")


def _kind_listed_below(text: PartyText, items) -> tuple[list[tuple[int, int]], int] | None:
    """`Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:` over `- Sở Công Thương (đối với
    …);` `- Sở Xây dựng (đối với …);`: a kind given a task, its bodies each an item of the list its colon opens (their
    names, a bracket's scope after them left out), and where the colon is; None when the kind has no such list."""
    low = text.low
    if len(items) != 1 or not _KIND_QUALIFIED.fullmatch(low, *items[0]):
        return None
    clause = _KIND_LISTED_BELOW.match(low, items[0][1])
    if not clause:
        return None
    listed = []
    for start, end in _list_items(text, clause.end()):
        aside = _ITEM_ASIDE.search(low, start, end)
        if text.mention_at(start):
            listed += text.party_list(start, aside.start() if aside else end)
    return (listed, clause.end()) if listed else None


def _enumerated_after_colon(text: PartyText, items):
    """`Giao các sở: Giao thông vận tải, Nông nghiệp và Phát triển nông thôn, Xây dựng đôn đốc …`: the
    bodies are enumerated after the colon, under the kind the cue named (`Sở Giao thông vận tải`)."""
    low, raw = text.low, text.text
    if len(items) != 1:
        return None
    start, end = items[0]
    kind = _KIND_THEN_COLON.fullmatch(low, start, end)
    colon = _COLON_AFTER.match(low, end)
    if not kind or not colon:
        return None
    listed = text.party_list(colon.end(), min(len(low), colon.end() + 600), lenient=True)
    if not listed:
        return None
    head = raw[start:end].split()[-1].capitalize()
    named = {i: (raw[s:e] if text.mention_at(s) else f"{head} {raw[s:e]}") for i, (s, e) in enumerate(listed)}
    return listed, named


def _responsibility(text: PartyText, found: Findings, m: re.Match) -> None:
    """`Tăng cường trách nhiệm của tập thể cấp ủy, ban lãnh đạo trong …`: near the start of a sentence,
    the bodies and heads the lexicon knows are assigned the task (deep inside a sentence the same words
    only describe)."""
    low = text.low
    after = _RESPONSIBILITY.match(low, m.end())
    if not after:
        return
    start = text.sentence_start(m.start())
    if len(low[start:m.start()].split()) > 10 or low[:start].rstrip().endswith(";") or \
            names.cue_pattern(_EXPLAINS).search(low, start, m.start()):
        return
    pos = after.end()
    mention = text.mention_at(pos)
    if not mention:
        return
    known = names.vocabulary().known.get(key(low[pos:mention.end]))
    if not known or known.category not in ("head", "body"):
        return
    items = text.party_list(pos, min(text.clause_end(pos), pos + 300))
    if items:
        found.take(items, "lead", text.clause_end(items[-1][1]))
