"""The subject reader: the party or noun phrase that opens a clause, up to its verb (the verb lists first,
underthesea's POS tags where they cannot find the end), a body a clause assigns the task to (`Giao …`,
`đề nghị …`), a body the document calls by a short name it defined, and the patterns the party readers of
the deadline fields share.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .deadline_dates import RECURRENCE_LIST, vocabulary, word_regex, words_pattern
from .deadline_layout import BULLET, MARKER
from .deadline_recipients import before_verb_read_on, body_end, bodies_end, honorific as honorific_before
from .deadline_tasks import DIGIT, LEADING_MARKERS
from .lexicon import expand_abbreviations, load
from .nlp_models import phrase_tags, phrase_words
from .party_forms import FOOTNOTE_MARK
from .party_names import TRAILING_GLUE, levels_with_commas, mention_at, name_end, vocabulary as party_vocabulary
from .textfold import cap_first, fold, lowered, strip_markup

# lower-case words that qualify a generic head, perhaps closed by a proper name (`… chứng khoán Việt Nam`)
_GENERIC_TAIL = regex.compile(r"(?:[ \t]+\p{Ll}+){1,8}(?P<proper>(?:[ \t]+\p{Lu}\p{Ll}*){1,3})?[ \t]*")
_TRAILING_WORD = regex.compile(r"\s+(?:về|hoặc|với|cho)$")  # a joining word left without what it joins
SUBJECT_WORDS = 14  # a longer subject is prose, not a party's name
_QUALIFIED_WORDS = 5  # syllables of the shortest subject whose head's qualifier may run into a verb (`người khai hải quan khai`)
_LONG_SUBJECT_WORDS = 10  # syllables of a subject long enough to be read on past its name
SENTENCE_START = regex.compile(r"[.!?:]\s|\n[ \t]*\n|\n(?=[ \t]*(?:" + MARKER + r"))", regex.I | regex.REVERSE)
# Compiled at import (before the workers fork), not on first use in every worker.
_ASSIGNED_LEAD = regex.compile(r"(?i)^(?:giao\s+|đồng\s+chí\s+)")
# `Quỹ Khuyến học tỉnh Bình Thuận (gọi tắt là Quỹ)`, `… (sau đây gọi tắt là Trung tâm)`: a body's short name
# (not `gọi chung là`, a term for several bodies)
_SHORT_NAME = regex.compile(r"\(\s*(?i:sau\s+đây\s+)?(?i:gọi\s+(?:tắt\s+)?là)\s+(?P<short>\p{Lu}[\p{L} ]{0,30}?)\s*\)")
PUNCTUATION = regex.compile(r"[,;:.!?()\n]")
# between the members of a coordinated subject; a post's units after it (`Tổ trưởng các tổ chuyên môn`)
_MEMBER_JOIN = regex.compile(r"[ \t]*(?:,[ \t]*|và[ \t]+)|[ \t]+(?=(?:các|những|mỗi|từng)[ \t])")
_AND = regex.compile(r"[ \t]+và[ \t]+", regex.REVERSE)  # the last `và` of a list
_MEMBER_TAGS = frozenset({"N", "Nc", "L"})  # a noun, a classifier, a determiner (`các`) opens a member
_BEFORE_PREDICATE = regex.compile(r"[ \t]+(?:(?:sẽ|phải|cần)[ \t]+)?")
_TEAM = regex.compile(r"Tổ[ \t]+(?=\p{Lu}\p{Ll})")  # a school's subject team: `Tổ Toán - Tin`, `Tổ Ngữ văn`
_SYLLABLE = regex.compile(r"[\p{L}\d&]+|[,\-–]")
# a digit in what was read as a subject (a date, a count: prose, not a name), but not a share a body's name holds
# (`Doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ`) nor the number that ends a school's or a unit's name after
# its capitalised words (`Trường THCS An Bình 2`, `Trường THPT số 3 An Nhơn`)
_NOT_A_SHARE = regex.compile(r"(?<!\p{Lu}\p{L}*[ \t]+(?:số[ \t]+)?\d*)\d(?![\d.,]*[ \t]*%)|\d(?=\d*[/.,]\d)")


@lru_cache(maxsize=1)
def patterns() -> dict[str, regex.Pattern]:
    """The patterns the party readers of the deadline fields share (words from models/deadlines.json)."""
    v = vocabulary()
    labels = words_pattern(v["responsible_labels"])
    return {
        "duty": word_regex("duty_verbs"),
        "assign": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["assigning_verbs"]) + r")\s+(?=\S)"),
        # (not a body's name: `Ban Chỉ đạo`, `Tổ hướng dẫn`)
        "directing": regex.compile(r"(?<![\p{L}])(?<!ban\s)(?<!tổ\s)(?:" + words_pattern(v["directing_verbs"]) + r")\s"),
        "field": regex.compile(r"[ \t|]*(?:" + BULLET + r"[ \t]*)?(?:" + labels + r")[ \t]*:[ \t]*(?P<value>[^\n]*)"),
        "field_heading": regex.compile(r"(?:" + labels + r")\s*:?\s*$"),
        "time_heading": regex.compile(r"(?:" + words_pattern(v["time_labels"]) + r")(?![\p{L}])"),
        # (`Năm 2025, …` is a fronted time, not the recurrence `năm`)
        "lead": regex.compile(r"(?:(?:" + RECURRENCE_LIST.pattern + r")(?![ \t]*\d)|thường\s+xuyên|riêng\s+năm\s+\d{4})[\s,]*"),
        # a fronted adverbial or condition before the subject: `Đối với …,`, `Trường hợp … thì`
        # (a condition runs to its `thì` over commas: `Đối với lô hàng có số lượng lớn, nhiều chủng loại … thì`)
        "fronted": regex.compile(r"(?:(?:trường\s+hợp|nếu|khi|sau\s+khi|đối\s+với)\s[^;:\n]{0,160}?\sthì"
                                 r"|(?:đối\s+với|trong|về|riêng|ngoài|căn\s+cứ|theo|trên\s+cơ\s+sở)\s[^,;:\n]{0,80},"
                                 # a fronted time: `Năm 2025, Bộ Nội vụ dự kiến tổ chức …`, `Tháng 12/2025, …`
                                 r"|(?:năm|tháng|quý)\s+[\divx][^,;:\n]{0,12},"
                                 r"|(?:trường\s+hợp|nếu|khi|sau\s+khi)\s[^;:\n]{0,120}?,)[\s,]*"),  # (a stray `, ,`)
        "subject_stop": word_regex("subject_stops"),
        "lead_verb": word_regex("lead_verbs"),
        # a duty verb that is a kind of body too, and the predicate that makes it one (`Tổ chức tư vấn … phải ký …`)
        "verb_body": regex.compile(r"(?:" + words_pattern(v["verb_body_heads"]) + r")(?![\p{L}])"),
        "body_predicate": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["body_predicates"]) + r"|(?:"
                                        + words_pattern(v["delivery_verbs"]) + r")\s+(?:" + words_pattern(v["document_nouns"])
                                        + r"))(?![\p{L}])"),
        # a heading over a party's duties: `Trách nhiệm của …`, `Nhiệm vụ và quyền hạn của …`, `Giao Sở Nội vụ:`
        "duty_of": regex.compile(r"^(?:(?:trách\s+nhiệm|nhiệm\s+vụ)(?:\s+và\s+quyền\s+hạn)?\s+của|(?:"
                                 + words_pattern(v["heading_assigners"]) + r")(?:\s+cho)?)\s+", regex.I),
        # a label that opens a clause before its subject: `Giải pháp khắc phục: Sở Tư pháp tập trung …`, or
        # ends an item's heading line over its text (`1. Biên bản hội nghị (Bước 2):` ⏎ `Các cơ quan, … gửi …`)
        "label": regex.compile(r"[^,;:\n]{2,40}:(?:[ \t]+|[ \t]*\n[ \t]*)(?=\S)"),
        "determiner": regex.compile(r"(?:các|những|mỗi|từng)\s+"),
        # (and the posts the party reader knows, models/party_heads.tsv: `Kế toán phối hợp với thủ quỹ …` is one's
        # duty in both tables)
        "agent": regex.compile(r"(?:" + words_pattern(v["agent_heads"] + [t.lower() for t in load().signer_titles]
                                                      + _party_posts()) + r")(?![\p{L}])"),
        "named": regex.compile(r"(?:" + words_pattern(v["named_heads"]) + r")(?![\p{L}])"),
        # a kind of people opening a sentence with its capital (`Phụ huynh học sinh cho trẻ nghỉ học tại nhà từ ngày …`;
        # in lower case it may be the last words of a task wrapped onto the line, `… người ứng cử đại biểu Quốc hội,` ⏎
        # `đại biểu Hội đồng nhân dân(Thực hiện từ ngày …)`)
        "staff": regex.compile(r"(?:" + words_pattern(_party_posts("staff")) + r")(?![\p{L}])"),
        "generic": regex.compile(r"(?:" + words_pattern(v["agent_heads"]) + r")(?![\p{L}])"),
        "collective": regex.compile(r"(?:" + words_pattern(v["collective_heads"] + v["agent_heads"]) + r")(?![\p{L}])"),
        # a period counted from a moment a party receives or is handed something: `… là 30 ngày, kể từ ngày
        # đương sự nhận được quyết định …`, `… kể từ thời điểm người khai hải quan xuất trình … cho cơ quan hải quan`
        # (the `ngày` left out by a hasty drafter: `kể từ nhận được hồ sơ trình của …`)
        "counted_from": regex.compile(r"\s*,?\s*(?:(?:kể\s+|tính\s+)?từ\s+(?:ngày|thời\s+điểm|khi|lúc)\s+"
                                      r"|(?:kể|tính)\s+từ\s+(?=nhận|tiếp\s+nhận))"),
        # the moment a period runs from or up to, the party who acts written after it: `Chậm nhất 01 ngày làm
        # việc trước ngày phát hành trái phiếu, doanh nghiệp …`, `… sau khi kết thúc đợt kiểm tra, Đoàn …`
        "period_anchor": regex.compile(r"\s*,?\s*(?:(?:kể\s+|tính\s+)?từ|trước|sau)\s+(?:ngày|thời\s+điểm|khi|lúc)\s+"
                                       r"|\s*,?\s*(?:kể|tính)\s+từ\s+(?=nhận|tiếp\s+nhận)"),
        "receiving": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["receiving_verbs"]) + r")(?![\p{L}])"),
        "handing": regex.compile(r"(?<![\p{L}])(?:" + words_pattern(v["handing_verbs"]) + r")(?![\p{L}])"),
        "handed_to": regex.compile(r"(?<![\p{L}])(?:cho|đến|tới)\s+"),
    }


class SubjectReader:
    """Reads the subject of a clause and the body a clause assigns; the base of `deadline_fields.Fields`,
    whose constructor sets the text and the caches."""

    text: str
    low: str
    _by_item: dict[tuple, str]  # (what, where) -> party: the dates of one clause share its subject
    _short_names: dict[str, str] | None  # folded short name -> the body's full name

    def _assigned(self, start: int, before: int, end: int) -> str:
        """`Giao Văn phòng UBND tỉnh rà soát …`, `đề nghị các đơn vị gửi …`: the body between the verb that
        assigns and the duty verb."""
        pats = patterns()
        assign = self._last_assign(start, before)
        if assign is None:
            return ""
        if pats["directing"].match(self.low, assign.start()):
            # `Giao đồng chí Bí thư chi bộ chỉ đạo hoàn thiện hồ sơ …`: a directing verb that assigns nobody of its own
            # is the duty of the body an earlier verb assigned
            earlier = self._last_assign(start, assign.start())
            if earlier is not None and not is_agent(self.text, self.low, assign.end(), end):
                at = self._past_honorific(earlier.end(), assign.start())
                if is_agent(self.text, self.low, at, assign.start()):
                    return self._party_at(at, assign.start())
        verb = _duty_search(self.low, assign.end(), end)
        # (a directing verb before the duty is the assigned body's: `Giao Tổ chuyên môn hướng dẫn giáo viên thực hiện`)
        directing = pats["directing"].search(self.low, assign.end(), verb.start() if verb else end)
        verb = directing or verb
        if verb and self._directs_then_acts(start, assign, verb.end(), before):
            # the director: assigned by an earlier verb (`Bộ GDĐT yêu cầu các Sở GDĐT chỉ đạo …`), else the subject
            earlier = self._last_assign(start, assign.start())
            if earlier is None or not is_agent(self.text, self.low, earlier.end(), assign.start()):
                return ""
            return self._party_at(earlier.end(), assign.start())
        at = self._past_honorific(assign.end(), end)
        if verb is None and _GIVES.fullmatch(self.low, assign.start(), assign.end()) \
                and is_agent(self.text, self.low, at, end):
            # `Giao Văn phòng hoàn thiện hồ sơ …`: no duty verb the lists know, but `giao` names the doer whatever the
            # verb (not `phân công GVHD, phát tài liệu`, whose object may be the duty): the party read as a subject, up
            # to the first lower-case word underthesea tags a verb (`Ban Quản lý chương trình … hoàn thiện …`)
            subject = self._read_subject(at, end)
            verb_at = _first_verb(self.text, at, min(end, at + 100))
            shorter = subject and at < verb_at and len(self.text[at:verb_at]) < len(subject)
            return self._party_at(at, verb_at) if shorter else subject
        if verb and "-" in self.low[at:verb.start()]:
            # `Giao công chức Địa chính - Xây dựng phối hợp …`: a verb inside the name the party grammar reads is a field
            named = body_end(self.text, self.low, at, end)
            verb = _duty_search(self.low, named, end) if named > verb.start() else verb
        if verb and 0 < verb.start() - at <= 120 and is_agent(self.text, self.low, at, verb.start()):
            # the names end before a verb of their own (`yêu cầu các đơn vị …, Sở … nâng cao tinh thần trách
            # nhiệm, tập trung thực hiện …`): what follows them is the task, not the party
            # (looked for only where the party read up to the verb is more than a short name)
            party = self._party_at(at, verb.start())
            if len(party.split()) > SUBJECT_WORDS // 2:
                names_end = bodies_end(self.text, self.low, at, verb.start())
                if at < names_end < verb.start() and self.text[names_end:names_end + 1] == " " \
                        and noun_phrase(self.text[names_end + 1:names_end + 24])[0] == "V":
                    return party_name(self.text[at:names_end])
            return party
        return ""

    def _past_honorific(self, at: int, end: int) -> int:
        """Where the party after an assigning verb starts: past its honorific (`Giao đồng chí Bí thư chi bộ …`: the post
        is who acts)."""
        honorific = honorific_before().match(self.low, at, end)
        return honorific.end() if honorific and self.text[honorific.end():honorific.end() + 1].isupper() else at

    def _last_assign(self, start: int, before: int):
        """The last verb that assigns a duty (models/deadlines.json `assigning_verbs`) in [start, before), or None."""
        assign = None
        for assign in patterns()["assign"].finditer(self.low, start, before):
            pass
        return assign

    def assigning_start(self, start: int, before: int) -> int:
        """Where the verb that assigns the clause's duty to a body starts (`Thực hiện Công văn số …, Phòng GDĐT đề nghị
        Hiệu trưởng các trường thực hiện báo cáo …` → `đề nghị Hiệu trưởng …`), or -1: the task without its lead-in."""
        assign = self._last_assign(start, before)
        return assign.start() if assign is not None and is_agent(self.text, self.low, assign.end(), before) else -1

    def _directs_then_acts(self, start: int, assign, duty_end: int, before: int) -> bool:
        """`Phòng GDĐT các huyện chỉ đạo các trường trực thuộc triển khai thực hiện; tổng hợp kết quả báo cáo về Sở
        trước ngày …`: a body named before its directing verb (models/deadlines.json `directing_verbs`) keeps the
        duties after the `;` that follows the directed ones; those who are directed only carry out them."""
        low = self.low
        if low.find(";", duty_end, before) < 0 or not patterns()["directing"].match(low, assign.start()):
            return False
        head = LEADING_MARKERS.match(low, start, assign.start()).end()
        return head < assign.start() and is_agent(self.text, low, head, assign.start())

    def _party_at(self, start: int, end: int) -> str:
        """The party written in [start, end), without what follows its name (`chủ trì, phối hợp với …`,
        `khẩn trương`, `định kỳ hằng tuần …`)."""
        stop = patterns()["subject_stop"].search(self.low, start + 1, end)
        return party_name(self.text[start:stop.start() if stop else end])

    def _subject(self, c_start: int, c_end: int) -> str:
        """`_read_subject`, once per clause: the dates of one clause share its subject."""
        key = ("subject", c_start, c_end)
        if key not in self._by_item:
            self._by_item[key] = self._read_subject(c_start, c_end)
        return self._by_item[key]

    def _read_subject(self, c_start: int, c_end: int) -> str:
        """The party that opens a clause, up to its verb: `Chính phủ báo cáo …` → `Chính phủ`, `Định kỳ
        6 tháng, năm cơ quan, đơn vị báo cáo …` → `Cơ quan, đơn vị`. A clause that opens with its verb
        (an instruction) has none, nor one that opens with a thing (`Trường hợp …`, `Thời hạn …`); a
        fronted `Đối với …,` is passed over. Where no known verb ends the subject, underthesea's POS
        tags do."""
        text, low, pats = self.text, self.low, patterns()
        head = LEADING_MARKERS.match(low, c_start, c_end).end()
        lead = pats["lead"].match(low, head, c_end)
        if lead:
            head = lead.end()
        fronted = pats["fronted"].match(low, head, c_end)
        basis_end = _past_long_basis(text, low, head, c_end)
        if basis_end or fronted:
            head = basis_end or fronted.end()
        label = pats["label"].match(low, head, c_end)
        if label and not is_agent(text, low, head, label.end()):
            head = label.end()
        honorific = honorific_before().match(low, head, c_end)
        if honorific and text[honorific.end():honorific.end() + 1].isupper():
            head = honorific.end()  # `Đồng chí Phó Bí thư Chi bộ chịu trách nhiệm …`: the post is the subject
        limit = min(c_end, head + 160)
        if head >= limit:
            return ""
        if pats["duty"].match(low, head, limit):
            body_end_at = _verb_named_body_end(text, low, head, limit)
            return self._party_at(head, body_end_at) if body_end_at else ""
        if not is_agent(text, low, head, limit):
            return self._short_name_at(head, limit)
        first_end = body_end(text, low, head, limit)  # read once: the list's first name, and the fallback
        end = bodies_end(text, low, head, limit, first_end)  # a body, a post or a list of them: the names
        if len(text[head:end].split()) > SUBJECT_WORDS:
            end = first_end
        ends = [m.start() for m in (_duty_search(low, head + 1, limit),
                                    pats["subject_stop"].search(low, head + 1, limit)) if m]
        if end == first_end > head and (not ends or min(ends) > end + 1):
            end = before_verb_read_on(text, head, end, limit)  # no verb the lists know right after the name
        verb = min(ends) if ends else None
        if end == head:
            end = verb if verb is not None else head + noun_phrase(text[head:limit])[1]
            end = _kind_before_verb(text, low, head, end)
            if _may_run_on(low[head:end]):
                end = _before_predicate(text, head, head, end, known=False)
        elif verb is not None and verb > end and pats["generic"].match(low, head, end) \
                and (tail_words := _GENERIC_TAIL.fullmatch(text, end, verb)):
            # a generic name qualified by lower-case words: `Cơ quan đại diện chủ sở hữu có trách nhiệm …`, up to
            # a verb the lists do not know (`cơ quan đăng ký tàu biển trả lời chủ tàu …`)
            name, tail = low[head:end].split(), low[end:verb].split()
            # a name of three words or more, not one qualified by what it has (`cơ quan có chức năng quản lý …`);
            # a tail of a word or two qualifies it (`cơ quan quản lý hồ sơ`), the tagger is not asked
            known = len(name) >= 3 and _word_set("complement_qualifiers").isdisjoint(name)
            # a tail closed by a proper name is the name's (`Tổng công ty lưu ký và bù trừ chứng khoán Việt Nam`)
            end = verb if len(tail) < 3 or tail_words.group("proper") else _before_predicate(text, head, end, verb, known)
        else:
            end = _coordinated_end(text, low, head, end, limit)
        end = head + len(_TRAILING_WORD.sub("", TRAILING_GLUE.sub("", text[head:end].rstrip())))
        if not text[head:end].strip() or _NOT_A_SHARE.search(text, head, end) or \
                len(text[head:end].split()) > SUBJECT_WORDS and not _listed_parties(text, low, head, end):
            return ""
        return self._party_at(head, end)

    def _short_name_at(self, head: int, limit: int) -> str:
        """The full name of a body the document calls by a short name it defined, when that name opens the
        clause: `Quỹ phải báo cáo …` after `Quỹ Khuyến học tỉnh Bình Thuận (gọi tắt là Quỹ)`."""
        if self._short_names is None:
            self._short_names = self._read_short_names()
        for short, full in self._short_names.items():
            if self.low.startswith(short, head) and not self.low[head + len(short):head + len(short) + 1].isalpha() \
                    and head + len(short) <= limit:
                return full
        return ""

    def _read_short_names(self) -> dict[str, str]:
        """The short names the document defines for bodies, folded, with the full names."""
        text, low = self.text, self.low
        names: dict[str, str] = {}
        if "gọi" not in low:
            return names
        for m in _SHORT_NAME.finditer(text):
            short = text[m.start("short"):m.end("short")].strip()
            bracket = m.start()
            while bracket > 0 and text[bracket - 1].isspace():
                bracket -= 1
            full = self._name_before(bracket)
            if full and fold(full).lower() != fold(short).lower():
                names[low[m.start("short"):m.start("short") + len(short)]] = full
        return names

    def _name_before(self, bracket: int) -> str:
        """The name that opens the line or sentence and ends at `bracket`: a body's name the party grammar
        reads up to it (`1. Ủy ban nhân dân phường, xã, thị trấn`), or capitalised words without punctuation
        (`Quỹ Khuyến học tỉnh Bình Thuận`)."""
        text, low = self.text, self.low
        offset = max(0, bracket - 160)
        opening = SENTENCE_START.search(low, offset, bracket)
        line_start = low.rfind("\n", offset, bracket) + 1  # under a heading without a full stop
        start = LEADING_MARKERS.match(low, max(opening.end() if opening else offset, line_start), bracket).end()
        if start >= bracket or not text[start].isupper() or len(text[start:bracket].split()) > SUBJECT_WORDS:
            return ""
        if body_end(text, low, start, bracket) == bracket or not PUNCTUATION.search(text, start, bracket):
            return party_name(text[start:bracket])
        return ""


_BASIS = regex.compile(r"(?:căn\s+cứ|trên\s+cơ\s+sở|dựa\s+(?:vào|trên))(?![\p{L}])")
_BASIS_REACH = 300  # characters of a fronted basis (`Trên cơ sở kế hoạch thời gian năm học do …, Hiệu trưởng …`)
_BASIS_COMMA = regex.compile(r",[ \t]*")


def _past_long_basis(text: str, low: str, head: int, c_end: int) -> int:
    """Where the subject starts after a fronted basis that holds commas or runs long (`Căn cứ chỉ tiêu, yêu cầu và
    nhiệm vụ đào tạo, Hội Chữ thập đỏ cấp tỉnh quyết định …`, `Trên cơ sở kế hoạch thời gian năm học do Ủy ban nhân
    dân tỉnh … quyết định và hướng dẫn …, Hiệu trưởng tổ chức …`): after the first of its commas (brackets passed
    over) that a party follows; 0 when it opens no basis or no party follows one."""
    if not _BASIS.match(low, head, c_end):
        return 0
    stop = min(c_end, head + _BASIS_REACH)
    for comma in _BASIS_COMMA.finditer(low, head, stop):
        if low.rfind("(", head, comma.start()) > low.rfind(")", head, comma.start()):
            continue  # inside brackets: `(đã bao gồm các loại thuế, phí …)`
        if is_agent(text, low, comma.end(), c_end):
            # the party's name, then a verb the lists know (not `Hội đồng niêm yết thông tin …`, which the name
            # reader would run on into)
            name_end = bodies_end(text, low, comma.end(), c_end)
            verb_at = len(low[:name_end]) + len(low[name_end:c_end]) - len(low[name_end:c_end].lstrip())
            pats = patterns()
            if name_end > comma.end() and any(pats[kind].match(low, verb_at, c_end)
                                              for kind in ("duty", "subject_stop", "lead_verb")):
                return comma.end()
    return 0


_VERB_BODY_WORDS = 10  # syllables of the longest body named by a verb and its qualifier
_PREPOSITION = regex.compile(r"(?<![\p{L}])(?:cho|để|với|tại|về|trong|theo|của|nhằm|đến)(?![\p{L}])")


def _verb_named_body_end(text: str, low: str, head: int, limit: int) -> int:
    """Where a body named by a duty verb and its qualifier ends (`Tổ chức tư vấn hồ sơ chào bán trái phiếu phải ký
    …`, `Tổ chức phát hành gửi hồ sơ …`, after a fronted time `…, tổ chức thu phí phải gửi …`): the head of
    models/deadlines.json `verb_body_heads`, then a
    few words with no preposition (`Tổ chức tư vấn tuyển sinh cho học sinh …` is a task) up to a predicate
    (`body_predicates`, a verb of delivery with its document) that no comma or `và` joins on (`Tổ chức hội nghị sơ
    kết, gửi báo cáo …`); 0 when the verb opens a task."""
    pats = patterns()
    verb = pats["verb_body"].match(low, head, limit)
    if verb is None:
        return 0
    reach = verb.end()
    for _ in range(_VERB_BODY_WORDS):
        reach = low.find(" ", reach + 1, limit)
        if reach < 0:
            reach = limit
            break
    predicate = pats["body_predicate"].search(low, verb.end() + 1, limit)
    if predicate is None or predicate.start() > reach:
        return 0
    between = low[verb.end():predicate.start()]
    if not between.strip() or _PREPOSITION.search(between) or between.rstrip().endswith((",", " và")) \
            or PUNCTUATION.search(between.replace(",", "")):
        return 0
    name = low[head:predicate.start()].split(" ")
    while name and name[-1] in _word_set("predicate_adverbs") | {""}:
        name.pop()  # `… sử dụng lao động không phải …`: the negation is the predicate's
    return head + len(" ".join(name))


def _coordinated_end(text: str, low: str, head: int, end: int, limit: int) -> int:
    """A subject whose later members are written in lower case (`Các tổ chuyên môn và tổ văn phòng gửi …`,
    `Tổ trưởng chuyên môn, tổ trưởng văn phòng nộp …`): where the names read from `head` to `end` are joined by
    `và` / `,` to more bodies or posts, the last of them, when the predicate opens right after it (a verb the
    lists know or underthesea tags, after `sẽ` / `phải` …); else `end`."""
    if end <= head:
        return end
    members_end, pats = end, patterns()
    while True:
        join = _MEMBER_JOIN.match(low, members_end, limit)
        if join is None or not text[join.end():join.end() + 1].islower():
            break
        member_end = body_end(text, low, join.end(), limit)
        if member_end <= join.end():
            # a post or body the name reader does not hold (`các tổ trưởng`, `chi đoàn thanh niên`): a noun
            # phrase, up to its verb
            verbs = [m.start() for m in (pats["duty"].search(low, join.end(), limit),
                                         pats["subject_stop"].search(low, join.end(), limit)) if m]
            tag, length = noun_phrase(text[join.end():min(verbs, default=limit)])  # up to a verb the lists know
            member_end = join.end() + length if tag in _MEMBER_TAGS else join.end()
        if member_end <= join.end() or len(text[head:member_end].split()) > SUBJECT_WORDS:
            break
        members_end = member_end
    if members_end == end:
        return end
    verb = _BEFORE_PREDICATE.match(low, members_end, limit)
    if verb and (pats["duty"].match(low, verb.end(), limit) or pats["subject_stop"].match(low, verb.end(), limit)
                 or noun_phrase(text[verb.end():verb.end() + 24])[0] == "V"):
        return members_end
    return end


def _listed_parties(text: str, low: str, head: int, end: int) -> bool:
    """Whether a subject longer than a name is two groups of parties joined by `và`, each a collective or a body
    whose name the party grammar reads to its end: `các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc
    trung ương (báo cáo …)`."""
    joined = _AND.search(low, head, end)
    if joined is None or len(text[head:end].split()) > 2 * SUBJECT_WORDS:
        return False
    first = text[head:joined.start()]
    return len(first.split()) <= SUBJECT_WORDS // 2 and is_agent(text, low, head, joined.start()) \
        and body_end(text, low, joined.end(), end) == end


def _party_posts(kind: str = "title") -> list[str]:
    """The posts held by a person (kind `title`) or the kinds of people (`staff`) that the party reader knows
    (models/party_heads.tsv)."""
    return sorted(h for h, known in party_vocabulary().head_kind.items() if known == kind)


def block_party(phrase: str) -> str:
    """A lead-in that is a party's name with its qualifiers and no verb (`Các Ban công tác Mặt trận ở khu dân
    cư`, `Các cơ quan, đơn vị có liên quan`, `Sở Lao động - Thương binh và Xã hội có trách nhiệm`): the name,
    to its first subject stop; "" for anything else."""
    low = lowered(fold(phrase))
    if not phrase.strip() or not is_agent(phrase, low, 0, len(phrase)) or patterns()["duty"].search(low) \
            or DIGIT.search(phrase):
        return ""
    stop = patterns()["subject_stop"].search(low, 1)
    name = phrase[:stop.start()] if stop else phrase
    return party_name(name) if name.strip() and len(name.split()) <= SUBJECT_WORDS else ""


_SHORTENED = regex.compile(r"\p{Lu}[\p{Lu}&-]+(?![\p{L}])")  # a word in capitals: `GVCN`, `BGH`, `CB-GV-NV`


def is_agent(text: str, low: str, start: int, limit: int) -> bool:
    """Whether the phrase at `start` names who acts: a body (`Chính phủ`, `Sở Tài chính`, `Công an xã`, but not
    `Trường hợp`, whose head is followed by a common word), a role or a collective (`các đơn vị`,
    `người khai hải quan`, `Hiệu trưởng`)."""
    pats = patterns()
    determiner = pats["determiner"].match(low, start, limit)
    if determiner:  # `các bộ, tỉnh`, `các đơn vị`, but not `các văn bản`
        if pats["collective"].match(low, determiner.end(), limit):
            return True
        # (or a kind of body the party grammar knows: `Các chi bộ …`, models/party_heads.tsv)
        kind = mention_at(text, low, start)
        return kind is not None and kind.kind == "collective" and kind.end <= limit
    if pats["agent"].match(low, start, limit) or text[start:start + 1].isupper() and (
            pats["named"].match(low, start, limit) or pats["staff"].match(low, start, limit)) or _TEAM.match(text, start, limit):
        return True
    short = _SHORTENED.match(text, start, limit)
    if short and (written_out := load().abbreviations.get(short.group())):
        # `GVCN nộp …`, `BGH kiểm tra …`, `TTCM nộp …`: a post or body shortened (models/abbreviations.tsv), an agent
        # when its full name is one
        full = cap_first(written_out)
        return is_agent(full, lowered(fold(full)), 0, len(full))
    head = org_head().match(text, start, limit)
    if head is None or party_vocabulary().not_head.match(low, start, limit):
        return False  # (`Hội thi giáo viên dạy giỏi`, `Hội nghị …`: an event, named with a body's head)
    # `Trường hợp`, `Ban hành`, `Phòng chống`: the segmenter reads the head and the next syllable as
    # one common word; `Sở Tài chính`, `Chính phủ lãnh đạo`, `Ủy ban nhân dân` keep the head apart.
    nxt = _SYLLABLE.match(text, head.end() + 1, limit) if text[head.end():head.end() + 1] == " " else None
    if nxt is None or not nxt.group()[:1].islower() or " " in head.group():
        return True  # (a head of two syllables is a word already: `Hội đồng thi`, `Tổng cục Hải quan`)
    first = phrase_words(text[start:min(limit, start + 40)])[:1]
    return not first or len(first[0]) <= head.end() - start or not first[0][head.end() - start:].strip()[:1].islower()


_GIVES = regex.compile(r"giao\s+")  # the assigning verb whose object is always the doer


def _first_verb(text: str, start: int, end: int) -> int:
    """Where the first lower-case word after the first that underthesea tags a verb starts, or `start` (a capitalised
    one is a name's word: `Ban Quản lý …`)."""
    pos = start
    for i, (token, tag) in enumerate(phrase_tags(text[start:end])):
        found = text.find(token, pos, end)
        if found < 0:
            break
        if i and tag == "V" and token[:1].islower():
            return found
        pos = found + len(token)
    return start


def _duty_search(low: str, pos: int, limit: int):
    """The first duty verb from `pos`, not one whose syllable belongs to a word before it (`các trường mầm non ngoài
    công lập báo cáo …`: `lập` of `công lập`; `hồ sơ kết nạp`: `sơ` of `hồ sơ`; `chương trình`; models/deadlines.json
    `duty_verb_compounds`)."""
    duty, compounds = patterns()["duty"], _word_set("duty_verb_compounds")
    while (found := duty.search(low, pos, limit)) is not None:
        syllable = low.rfind(" ", 0, found.start() - 1) + 1
        if not (found.start() > syllable and low[syllable:found.end()] in compounds):
            return found
        pos = found.end()
    return None


def _kind_before_verb(text: str, low: str, head: int, end: int) -> int:
    """`Các trường nâng cao chất lượng giáo dục toàn diện, báo cáo về Sở …`, `Các đơn vị đăng ký số lượng thí sinh …,
    đồng thời gửi danh sách về Sở …`: a kind of body (`các trường`, `các đơn vị`) the party grammar reads, then a
    verb the lists do not know, which underthesea tags `V` in the words after the kind: the kind is the subject,
    not the words up to the first verb the lists know."""
    mention = mention_at(text, low, head)
    if mention is None or mention.kind != "collective" or mention.end >= end:
        return end
    kind_end = name_end(text, low, head, mention.end, end)
    if not head < kind_end < end or not text[kind_end:kind_end + 2].strip()[:1].islower():
        return end
    tagged = phrase_tags(text[kind_end:min(end, kind_end + 40)].strip())
    # (not a verb that qualifies the kind: `Các cơ quan, đơn vị, địa phương được giao nhiệm vụ …`)
    return kind_end if tagged and tagged[0][1] == "V" and tagged[0][0].islower() and \
        tagged[0][0] not in _word_set("complement_qualifiers") else end


def _may_run_on(subject: str) -> bool:
    """Whether a subject no name reader knows may run into its verb, asked before the tagger is (a few
    unknown subjects in a hundred do): a word of it again (`người khai hải quan khai`), a negation or modal
    (`… không nộp`), or the length of a head, its qualifier and more (`người khai hải quan xác định có sai
    sót trong việc`)."""
    words = subject.split()
    if len(words) < _QUALIFIED_WORDS:
        return False
    return len(words) >= _LONG_SUBJECT_WORDS or len(set(words)) < len(words) or \
        not _word_set("predicate_adverbs").isdisjoint(words)


def _before_predicate(text: str, head: int, name_end: int, stop: int, known: bool) -> int:
    """Where a subject read from `head` up to `stop` (a verb the lists know, or the noun phrase's end) ends when
    its predicate opens first with a verb they do not know, by underthesea's POS tags over the words past
    `name_end`. Right after a name the name reader knows with its qualifiers (`known`), a verb (`cơ quan đăng
    ký tàu biển trả lời chủ tàu …`). Past a head qualified by a verb and its object (`người khai hải quan`,
    `thành viên góp vốn`; each head of a list its own: `người xuất khẩu hoặc người nhập khẩu`), a verb right after
    the object's nouns (`người khai hải quan xác định có sai sót …`), that verb again
    (`người khai hải quan khai …`) or a negation or modal before a verb (`… không nộp`, models/deadlines.json
    `predicate_adverbs`); a head qualified by what it has or undergoes holds more verbs (`cơ quan có chức năng
    quản lý đất đai`, `người được nhà nước giao đất`: `complement_qualifiers`). Not in a subject that holds a
    condition (`Người khi hy sinh đang thuộc quân đội … thì Bộ Quốc phòng …`): what it reads is no party's name."""
    phrase = text[head:stop]
    tagged = phrase_tags(phrase)
    adverbs, conditions = _word_set("predicate_adverbs"), _word_set("condition_words")
    open_qualifiers = _word_set("complement_qualifiers")
    pos, qualifier, first_past, in_object, previous_was_qualifier = 0, "", True, False, False
    for i, (token, tag) in enumerate(tagged):
        found = phrase.find(token, pos)
        if found < 0:
            return stop
        pos = found + len(token)
        word = token.lower()
        verb = tag == "V" and token.islower()
        if head + found < name_end or i == 0:
            continue
        if word in conditions:
            return stop
        after_object = verb and in_object and qualifier not in open_qualifiers
        if known and verb and first_past or word == qualifier or after_object or (
                word in adverbs and i >= 2 and i + 1 < len(tagged) and tagged[i + 1][1] == "V"):
            return head + len(phrase[:found].rstrip())
        if tag == "C" or token == ",":
            qualifier, in_object = "", False  # the next head of a list, with its own qualifier
        elif verb and not qualifier:
            qualifier = word
        else:
            in_object = bool(qualifier) and tag.startswith("N") and (in_object or previous_was_qualifier)
        previous_was_qualifier = verb and qualifier == word
        first_past = False
    return stop


@lru_cache(maxsize=8)
def _word_set(key: str) -> frozenset[str]:
    """A word list of models/deadlines.json as a set."""
    return frozenset(vocabulary()[key])


@lru_cache(maxsize=2048)
def noun_phrase(phrase: str) -> tuple[str, int]:
    """underthesea's POS tag of the first word of `phrase`, and the length of the noun phrase it opens
    (a verb, an adverb, a preposition or punctuation other than a list comma ends it)."""
    pos = end = 0
    first = ""
    for i, (token, tag) in enumerate(phrase_tags(phrase[:100])):
        found = phrase.find(token, pos)
        if found < 0:
            break
        if i == 0:
            first = tag
        elif tag in ("V", "R", "E") or (tag == "CH" and token != ","):
            break
        pos = found + len(token)
        if tag != "CH":
            end = pos
    return first, end


def party_name(phrase: str) -> str:
    """A party as the tables write it: markup and bullets gone, abbreviations expanded, capitalised."""
    phrase = FOOTNOTE_MARK.sub("", strip_markup(phrase).strip(" ,;:.-–"))
    phrase = _ASSIGNED_LEAD.sub("", phrase)
    return cap_first(levels_with_commas(expand_abbreviations(fold(phrase)))) if phrase else ""


@lru_cache(maxsize=1)
def org_head() -> regex.Pattern:
    """The head of a body's name (models/org_heads.txt), as written."""
    return regex.compile(r"(?:" + words_pattern(load().org_heads) + r")(?![\p{L}])")

