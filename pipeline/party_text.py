"""A document's text as the party shapes read it: clauses, list items, quotations, lists of names, and
what has been found so far.

Clause and item boundaries are computed once per document (two scans) and looked up by bisection, so
every shape can ask "where does this clause start / end" in O(log n); a party's head at a position, a list of
names and the next predicate cue are worked out once and kept, since several shapes ask for the same ones.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

import regex

from .party_names import (COORDINATE, PREDICATE, PREDICATE_OR_COORDINATE, PREDICATE_OR_STOP, STOP, TIME_LIMIT, Mention,
                          apposition_at, cue_at, cue_pattern, glue_end, joint_body_after, key, list_heads, mention_at,
                          mention_of, name_end, phrase_at, place_words, qualifier_end, slashed_levels, subject_listed,
                          vocabulary)
from .party_forms import is_standard_name
from .party_ocr import read_cue_slips
from .point_marks import SLASH_IN_LINE
from .records import DocumentText
from .textfold import fold, lowered

# `[.;!?](?=\s)`, `:\s*\n` or a line break before a new item; written as one character class first, which the
# engine skips to (an alternation of three is tried at every position). A sub-item's number without its final dot
# (`3.1 Hiệu trưởng …`) is one marker, tried before `3.` alone.
# (an article, `Điều 3.`, opens an item of its own: its parties are assigned again)
_SENTENCE_END = re.compile(r"[.;!?:\n](?:(?<=[.;!?])(?=\s)|(?<=:)\s*\n|"
                           r"(?<=\n)[ \t]*(?:\n|[-+•*·–]|điều[ \t]+\d{1,3}[.:]|\d{1,2}(?:\.\d{1,2}){1,3}(?=[ \t])|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[ivx]+\.|(?:\d{1,2}|[a-zđ]|[ivx]+)" + SLASH_IN_LINE + r"))")
# an ellipsis that ends a list, then a capital: the next sentence (read on the text, which keeps the case)
_ELLIPSIS_THEN_SENTENCE = regex.compile(r"…(?=[ \t]+\p{Lu})")
_GOES_ON_LOWER = regex.compile(r"[ \t]+\p{Ll}")  # (after three dots typed for an ellipsis)
_HEADER_END = re.compile(r"(?m)^.*(?:độc lập\s*[-–]\s*tự do\s*[-–]\s*hạnh phúc|^[ \t]*số\s*:).*$")
# A quotation introduced by a colon (`… quy định: “…”`), as long as a provision.
_QUOTED = re.compile(r":\s*(?:“[^“”]{80,3000}”|\"[^\"“”]{80,3000}\")")
# (its items, and the lines a two-column page set among them: the signature's column far to the right, `PHÓ GIÁM ĐỐC`,
# and an item wrapped without its dash, `Tài chính, Thuế tỉnh;`)
_RECIPIENTS = re.compile(r"nơi nhận\s*:(?:[^\n]*\n)(?:(?:[ \t|]*(?:[-+•*·–][^\n]*)?|[ \t]{10,}[^\n]*|[^\n]*;[ \t]*)\n)*")
_OWN_TASK = r"\s(?:và|đồng thời)\s+(?:giao|đề nghị|yêu cầu|chỉ đạo)\b"  # (`Công văn số … về … và giao Sở …`)
_DESCRIPTION_END = re.compile(r"[ \t]\n|\n[ \t\n]|" + _OWN_TASK)
# What goes on describing a cited document where the citation's own description stops: the issuers of a joint
# document (`Nghị quyết liên tịch số … giữa Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch … hướng dẫn …`) and,
# after its issuer, a subject written as a verb (`Thông tri số … của Ban Thường trực … hướng dẫn Ủy ban MTTQ Việt Nam
# kiểm tra, giám sát …`): both to the clause's end or a bracket (an alias: `(sau đây gọi là …)`).
_JOINT_ISSUERS = re.compile(r"[ \t]+giữa[ \t]+")
_SUBJECT_VERB = re.compile(r"[ \t]+(?:hướng dẫn|quy định)\b")
# A document someone has or received (`… có Công văn số …`, `… đã nhận được văn bản số …`) that asks something of others.
_HAD_BEFORE = re.compile(r"\b(?:có|nhận được)\s+$")
_REQUEST_AFTER = re.compile(r"\s+(?:đề nghị|yêu cầu|giao)\b")
_CLAUSE_END = re.compile(r"[;\n(]|\.(?=\s)|" + _OWN_TASK)
DETERMINER = re.compile(r"(?:các|những|mỗi|từng)\s+")  # before a kind of body: `các sở`, `từng cấp`
_ONE_PERSON = re.compile(r"(?:đồng chí|đ/c|ông|bà)\s")
# Between two names of a list: a comma, `;` (with a bullet), `và`/`cùng`, after a bracketed note of the first.
SEPARATOR = re.compile(r"\s*(?:\([^()\n]{1,80}\))?\s*(?:,\s*(?:và\s+|cùng\s+)?|;\s*(?:[-+•–]\s+)?|\s+(?:và|cùng)\s+)(?=\S)")
_DASH_BETWEEN = re.compile(r"[ \t]+[-–][ \t]+(?=\S)")


def _joint_dash(text: str, low: str, start: int, end: int, limit: int) -> re.Match | None:
    """The dash between two local bodies acting together (`Ủy ban nhân dân xã - Công an xã tổ chức …`), where the name
    reader ended the first (party_names.joint_body_after): a separator of the list."""
    dash = _DASH_BETWEEN.match(low, end, limit)
    return dash if dash and joint_body_after(text, low, start, end + 1, dash.end()) else None


_LEVEL_AFTER = re.compile(r"(?:\s*,\s*|\s+(?:và|hoặc)\s+)?(?P<cap>cấp|các)\s+")
_LEVEL_LISTED = re.compile(r"\s*,\s*|[ \t]+[-–][ \t]+")  # (`các quận - huyện`: the levels parted by a dash too)
_LEVEL_CLOSED = re.compile(r"\s*(?:[,;:.()]|$)|\s+(?:và|hoặc)\s")
# before what a body is (`Sở Tư pháp - cơ quan …`, `…, cơ quan …`, `Sở Nội vụ là cơ quan thường trực …, có trách nhiệm …`)
_APPOSITION = re.compile(r"[ \t]+[-–][ \t]+|[ \t]*,[ \t]*|[ \t]+là[ \t]+")
_BEFORE_PREDICATE = re.compile(r"\s*(?:\([^()\n]{1,80}\))?\s*,?\s*")
# The scope a subject acts in, between its name and its predicate (`theo chức năng, nhiệm vụ được giao,`, `trong phạm
# vi nhiệm vụ, quyền hạn của mình`).
_SCOPE = re.compile(r"(?:theo|căn\s+cứ(?:\s+vào)?|trong\s+phạm\s+vi)\s+(?:chức\s+năng|nhiệm\s+vụ|quyền\s+hạn)"
                    r"(?:\s*,\s*(?:chức\s+năng|nhiệm\s+vụ|quyền\s+hạn))*(?:\s+(?:được\s+giao|của\s+mình))?\s*,?\s*")
# A clause of time or basis between a party and its predicate (`… sau khi thống nhất với …, … quyết định …`,
# `…, căn cứ kết quả …, đề xuất …`), within this many characters.
_CIRCUMSTANCE = re.compile(r"\s*,?\s*(?:sau\s+khi|căn\s+cứ(?:\s+vào)?|trên\s+cơ\s+sở)\s")
_CIRCUMSTANCE_REACH = 200
_SENTENCE_STOP = re.compile(r"[.;:!?\n]")
_WORD_START = re.compile(r"(?<=[\s,])\w")
# A verb right after a preposition is its object, inside the name (`Vụ Các vấn đề chung về xây dựng pháp luật`).
_GOVERNS_VERB = frozenset({"về", "của", "cho", "trong"})
_ITEM_END = re.compile(r"\s*(?:\([^()\n]{1,80}\)\s*)?(?:[,;.]|\s(?:và|cùng)\s|\n\s*\n)|\s(?=\w)")


_ARTICLE = re.compile(r"[ \t>*_#]*điều\s+\d+")


class PartyText:
    """The document's text, its folded lower-case twin (same length) and the boundaries shapes share."""

    def __init__(self, doc: DocumentText, plan: bool = True, cited=(), own_type: str = "", preamble_end: int = 0,
                 title: str = ""):
        self.text = doc.text
        # (`phối họp` typed for `phối hợp` is the cue; `các xã/phường` a list of levels, as `các xã, phường`)
        self.low = low = slashed_levels(read_cue_slips(lowered(doc.folded)))
        self.plan = plan  # a plan (its closing requests are not tasks) rather than a letter
        self.own_type = lowered(fold(own_type))
        self.preamble_end = preamble_end  # where the first section starts
        bounds = [m.span() for m in _SENTENCE_END.finditer(low)]
        if "…" in low:  # (`… các nhiệm vụ cấp thiết khác,… Các đơn vị: Công an, …`: an ellipsis, then a new sentence)
            bounds = sorted(bounds + [m.span() for m in _ELLIPSIS_THEN_SENTENCE.finditer(self.text)])
        if "..." in low:  # (`Báo cáo công tác chuẩn bị, kiểm tra, rà soát... về Sở …`: a list's `etc.`, no stop)
            bounds = [b for b in bounds if not (low.startswith("...", b[0] - 2) and
                                                _GOES_ON_LOWER.match(self.text, b[0] + 1))]
        # a new list item or paragraph is also the end of a sentence: one scan for both
        self.items = [0] + [s + 1 for s, _ in bounds if low[s] == "\n"]
        self.clause_ends = [s for s, _ in bounds]
        self.clause_starts = [0] + [e for _, e in bounds]
        self.body_start = _body_start(self.low)
        # Provisions quoted from another document (`quy định: “Chủ tịch … có thẩm quyền …”`) assign nothing here.
        self.quoted = [m.span() for m in _QUOTED.finditer(self.text)]
        self.quoted_starts = [s for s, _ in self.quoted]
        self._lists: dict[tuple[int, int, bool], list[tuple[int, int]]] = {}  # party_list's answers: shapes ask again
        # the head held over each body listed after `các Cục:` / `Giám đốc các Sở:` (by the body's start): `Cục`
        self.held_heads: dict[int, str] = {}
        self._mentions: dict[int, Mention | None] = {}  # mention_at's answers: a list opens where a shape found a head
        self._predicates = (0, -1)  # next_predicate's last search: (from, where the first predicate cue starts)
        # `Căn cứ Nghị quyết số … của Hội đồng nhân dân Thành phố quy định …`: the bodies that issued a cited
        # document or that its subject names act in that document, not in this one.
        self.in_citation = Spans(_described(self.text, self.low, m) for m in cited)
        # `Nơi nhận: - Như trên; - Các sở được phân công quản lý hội; - Lưu: VT`: recipients of copies
        self.in_recipients = Spans(m.span() for m in _RECIPIENTS.finditer(self.low))
        # The subject line under the type (`KẾ HOẠCH / Tổ chức hội nghị cử tri ở các thôn`) names what the
        # document is about; it assigns nothing.
        self.title = _title_span(self.low, lowered(fold(title)), preamble_end)
        # the title written again in the body (`… ban hành kế hoạch tổ chức … và hướng dẫn các thôn giới thiệu …`,
        # `Trên đây là Kế hoạch … về …`): it names the plan, its words assign nothing
        self.in_title_again = Spans(_title_repeats(self.low, lowered(fold(title)), self.title, self.own_type))

    @cached_property
    def first_article(self) -> int:
        """Where the first article (`Điều 1.`) opens a line, or the text's length: the points after it are a
        statute's. Found from the word (a `(?m)^` pattern would be tried at every position of the text)."""
        low = self.low
        at = low.find("điều")
        while at >= 0:
            line = low.rfind("\n", 0, at) + 1
            article = _ARTICLE.match(low, line)
            if article and article.end() > at:
                return line
            at = low.find("điều", at + 4)
        return len(low)

    def enacts_itself(self, pos: int) -> bool:
        """Whether `ban hành` ending at `pos` in the preamble names the document's own type (`Chính phủ ban
        hành Nghị định …`, `Bộ trưởng … ban hành Thông tư …`): the enacting formula, not a task."""
        if not self.own_type or pos >= self.preamble_end:
            return False
        at = pos
        while at < len(self.low) and self.low[at] in " \t\n":
            at += 1
        return self.low.startswith(self.own_type, at) and not self.low[at + len(self.own_type):][:1].isalnum()

    def mention_at(self, pos: int) -> Mention | None:
        """`party_names.mention_at` on this text, worked out once per position."""
        if pos in self._mentions:
            return self._mentions[pos]
        mention = self._mentions[pos] = mention_at(self.text, self.low, pos)
        return mention

    def _bodies_of_kind(self, start: int, end: int, limit: int) -> int:
        """Where the bodies a plural kind stands for start, listed after its colon, each named in full (`các cơ quan
        chức năng: Sở Y tế, …`; a few words of the kind's qualifier the name did not hold before the colon); -1."""
        colon = _KIND_COLON.match(self.low, end, limit)
        if not colon or not self.text[colon.end()].isupper() or not self.mention_at(colon.end()):
            return -1
        words = colon.group("words")
        if words and (not all(w.isalpha() and w.islower() for w in words.split()) or
                      cue_at(self.low, colon.start("words"), PREDICATE)):
            return -1  # (`các đơn vị thực hiện: …` labels what they do)
        return colon.end()

    def _own_head(self, start: int) -> bool:
        """Whether the item of a held list at `start` opens with a head of its own: a post, or a body after a `;`."""
        mention = self.mention_at(start)
        if not mention:
            return False
        return mention.kind == "title" or self.low[:start].rstrip().endswith(";")

    def mention_in(self, pos: int, m: re.Match) -> Mention | None:
        """`mention_at(pos)` from a clause opening's match (party_shapes._subject_opening), which holds the
        `mention` pattern's match at `pos` as its group `mention`: the name is not matched again. (An opening
        ends after a blank or a list marker, so the test of the character before that `mention_at` makes holds.)"""
        if pos not in self._mentions:
            self._mentions[pos] = None if m.group("mention") is None else \
                mention_of(self.text, self.low, pos, m, m.end("mention"))
        return self._mentions[pos]

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def item_start(self, pos: int) -> int:
        """Start of the paragraph or list item holding `pos`."""
        return self.items[bisect.bisect_right(self.items, pos) - 1]

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_left(self.clause_ends, pos)
        return self.clause_ends[i] if i < len(self.clause_ends) else len(self.low)

    def clause_start(self, pos: int) -> int:
        return self.clause_starts[bisect.bisect_right(self.clause_starts, pos) - 1]

    def list_limit(self, pos: int) -> int:
        """Where a list of names starting at `pos` may run to: its clause, and the clauses after a `;`
        that open with another name (`Giám đốc Sở …; Thủ trưởng các cơ quan …; Chủ tịch … chịu trách
        nhiệm thi hành …`)."""
        end = self.clause_end(pos)
        while end < len(self.low) and self.low[end] == ";" and end - pos < 600:
            after = end + 1
            while after < len(self.low) and self.low[after] in " \t\n":
                after += 1
            if not self.mention_at(after):
                break
            end = self.clause_end(after)
        return min(end, pos + 600)

    def department(self, pos: int) -> str:
        """The head of the name at `pos` when it is a kind of department a list carries over (`vụ`, `cục`:
        models/party_list_heads.txt), as a key; else ''."""
        head = self.mention_at(pos)
        kind = key(self.low[pos:head.end]) if head else ""
        return kind if kind in list_heads() else ""

    def sentence_start(self, pos: int) -> int:
        """The clause start, or the start of the line when it opens with a capital (a sentence whose
        predecessor lost its full stop)."""
        line = self.low.rfind("\n", 0, pos) + 1
        start = self.clause_start(pos)
        return line if line > start and self.text[line:line + 1].isupper() else start

    def party_list(self, start: int, limit: int, lenient: bool = False) -> list[tuple[int, int]]:
        """The names listed from `start`: `A, B và C`, each opening with a party head. When `lenient`
        (a labelled list), any item between separators is a name, except a qualifier of the one before
        (`Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực …`)."""
        asked = (start, limit, lenient)
        if asked not in self._lists:
            self._lists[asked] = self._party_list(start, limit, lenient)
        return list(self._lists[asked])

    def _party_list(self, start: int, limit: int, lenient: bool) -> list[tuple[int, int]]:
        text, low = self.text, self.low
        found: list[tuple[int, int]] = []
        pos = start
        while pos < limit:
            mention = self.mention_at(pos)
            if lenient:
                end = _item_end(text, low, pos, limit)
                if found and not mention and subject_listed(text, low, found[-1][0], found[-1][1], pos, limit):
                    found[-1] = (found[-1][0], end)  # `Giáo viên bộ môn Toán, Ngữ văn`: the name's subjects
                    sep = SEPARATOR.match(low, end, limit)
                    if not sep:
                        break
                    pos = sep.end()
                    continue
                if found and text[pos].islower() and not mention:
                    if _body_head_opens(low, pos) and not _DETERMINED_OPENS.match(low, found[-1][0]) and \
                            not phrase_at(low, pos, "level"):
                        # `BGH, đội văn nghệ`: a body of its own, its head in lower case (not a kind under the list's
                        # determiner nor a community, `Các thôn, tổ dân phố`)
                        found.append((pos, end))
                    elif not cue_at(low, pos, PREDICATE):
                        found[-1] = (found[-1][0], end)  # `Vụ Phổ biến, giáo dục pháp luật`: one name
                    sep = SEPARATOR.match(low, end, limit)  # else a qualifier, not a party
                    if not sep:
                        break
                    pos = sep.end()
                    continue
            elif found and low[pos - 2:pos] == ", " and text[pos].islower() and (said := apposition_at(low, pos)):
                # `Phòng Văn hóa - Xã hội, cơ quan thường trực Ban Chỉ đạo, chủ trì …`: what the body before is
                sep = SEPARATOR.match(low, name_end(text, low, pos, said, limit), limit)
                if not sep or sep.end() >= limit or not self.mention_at(sep.end()):
                    break
                pos = sep.end()
                continue
            elif mention:
                end = name_end(text, low, pos, mention.end, limit)
                if found and low[pos - 2:pos] == ", " and _DETERMINED_OPENS.match(low, found[-1][0]) and \
                        not SEPARATOR.match(low, end, limit) and not cue_at(low, end + 1, PREDICATE_OR_STOP):
                    end = max(end, _determined_kind(text, low, pos, limit))  # (`…, các cơ sở di tích …`)
            elif found and low.endswith(" và ", 0, pos) and (head_end := _lower_head_named(text, low, pos)):
                end = name_end(text, low, pos, head_end, limit)  # `Các phòng GDĐT và trường THPT nộp …`
            elif found and low[pos - 2:pos] == ", " and (kind_end := _kind_listed(text, low, pos, limit)):
                end = kind_end
            elif found and low[pos - 2:pos] == ", " and _DETERMINED_OPENS.match(low, found[-1][0]) and \
                    (kind_end := _determined_kind(text, low, pos, limit)):
                end = kind_end
            elif len(found) > 1 and text[pos].isupper() and not cue_at(low, pos, PREDICATE) and \
                    self.department(found[-1][0]) and self.department(found[-1][0]) == self.department(found[-2][0]):
                end = _item_end(text, low, pos, limit)  # `Vụ Pháp chế, Vụ Tổ chức cán bộ, Các vấn đề chung`: one more
            else:
                break
            if end <= pos:
                break
            if mention and (colon := _OVER_KIND.match(low, end, limit)) and (held := _held_head(
                    text, low, pos, end, mention.kind == "title" and not cue_at(low, colon.end(), PREDICATE_OR_STOP))):
                # `các Cục: Quản lý khám, chữa bệnh, Quản lý dược`: the kind, then each body by its field
                listed = _fields_joined(text, low, held, self._party_list(colon.end(), limit, lenient=True))
                # (the fields end where `cùng` joins the partners: `Sở: Tài chính, Y tế cùng các ngành, đơn vị …`)
                partners = next((listed[i][0] for i in range(1, len(listed))
                                 if low[listed[i - 1][1]:listed[i][0]].strip(" ,") == "cùng"), len(low))
                if held.endswith(place_words("level")):
                    listed = _place_names(text, listed)  # (`…, Bảo Thắng thực hiện …`: the place's capitalised words)
                for start, _ in listed:
                    # (`Giám đốc các Sở: Nội vụ, Tài chính và các sở, ban, ngành liên quan`, `…, Tài chính; Chủ tịch Ủy
                    # ban nhân dân các huyện`: an item that opens with its own kind, a plural of kinds or a post or body
                    # of its own is named in full: a post, or a body after a `;` (`Công an` after a comma is a field,
                    # `các Bộ: Quốc phòng, Công an`)
                    if start < partners and not low.startswith(key(held).rsplit(" ", 1)[-1] + " ", start) and \
                            not _PLURAL_OPENS.match(low, start) and not self._own_head(start):
                        self.held_heads[start] = held
                found += listed
                break
            if mention and mention.kind == "title" and end == mention.end and (colon := _OVER_KIND.match(low, end, limit)):
                # `Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Đài Phát thanh - …`:
                # the post in each body named in full after its colon
                listed = self._party_list(colon.end(), limit, lenient=False)
                if listed and all(getattr(self.mention_at(at), "kind", "") in ("org", "known") for at, _ in listed):
                    post = text[pos:end]
                    for at, _ in listed:
                        self.held_heads[at] = post
                    found += listed
                    break
            bodies_from = self._bodies_of_kind(pos, end, limit) if mention and _PLURAL_OPENS.match(low, pos) else -1
            if bodies_from >= 0:
                # `phối hợp với các cơ quan chức năng: Sở Y tế, Bộ Chỉ huy quân sự tỉnh, …`: the kind, then the bodies
                # it stands for, each named in full
                found += self._party_list(bodies_from, limit, lenient=True)
                break
            found.append((pos, end))
            sep = SEPARATOR.match(low, end, limit) or _joint_dash(text, low, pos, end, limit)
            if not sep or sep.end() >= limit:
                break
            pos = sep.end()
        if len(found) > 1 and _ONE_PERSON.match(low, start):
            # `Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ xã`: one person's posts,
            # the last one is the post the task goes with.
            found = [found[-1]]
        return found

    def next_predicate(self, pos: int) -> int:
        """Where the first phrase `predicate_after` can find (a predicate or a coordination cue) starts at or
        after `pos`, or the text's length. One search answers every later ask up to the place it found."""
        searched, first = self._predicates
        if not searched <= pos <= first:
            m = cue_pattern(PREDICATE_OR_COORDINATE).search(self.low, pos)
            first = m.start() if m else len(self.low)
            self._predicates = (pos, first)
        return first

    def levels_after(self, pos: int, limit: int) -> list[tuple[int, int]]:
        """The levels listed from `pos` after a name (`, cấp huyện và cấp xã`, `và các quận, huyện`, or `cấp tỉnh`
        right at `pos`): the span of each (`cấp huyện`, `các quận, huyện`). Not `cấp bản trích lục` (the verb and its
        object): a level ends its item."""
        levels, at = [], pos
        while (m := _LEVEL_AFTER.match(self.low, at, limit)) and (word := phrase_at(self.low, m.end(), "level")):
            if m.group("cap") == "các":  # `… thành phố và các quận, huyện`: the levels under one determiner
                while (comma := _LEVEL_LISTED.match(self.low, word, limit)) and \
                        (more := phrase_at(self.low, comma.end(), "level")):
                    word = more
            if not (_LEVEL_CLOSED.match(self.low, word) or cue_at(self.low, word + 1, PREDICATE_OR_COORDINATE)):
                break
            levels.append((m.start("cap"), word))
            at = word
        return levels

    def predicate_after(self, pos: int, limit: int) -> tuple[str, int] | None:
        """The predicate that follows a party list ending at `pos`: (phrase, end)."""
        m = _BEFORE_PREDICATE.match(self.low, pos, limit)
        at = m.end() if m else pos
        found = cue_at(self.low, at, PREDICATE) or cue_at(self.low, at, COORDINATE)
        apposed = None if found else _APPOSITION.match(self.low, pos, limit)
        if apposed and self.text[apposed.end():apposed.end() + 1].islower() and \
                (said := apposition_at(self.low, apposed.end()) if "," in apposed.group(0) or "là" in apposed.group(0) else
                 getattr(self.mention_at(apposed.end()), "end", 0)):
            # `Sở Tư pháp - cơ quan thường trực Hội đồng … phối hợp với …`, `Phòng Văn hóa - Xã hội, cơ quan thường
            # trực Ban Chỉ đạo, chủ trì …`: the predicate follows the apposition
            return self.predicate_after(name_end(self.text, self.low, apposed.end(), said, limit), limit)
        if (not found or found[0] == "cấp") and (levels := self.levels_after(at if found else pos, limit)):
            # `… (HĐND) cấp tỉnh:`, `… tỉnh, cấp huyện và cấp xã có trách nhiệm …`, `… tỉnh và cấp xã bố trí …`: the
            # names' levels, not the verb `cấp`; the predicate follows them
            m = _BEFORE_PREDICATE.match(self.low, levels[-1][1], limit)
            at = m.end() if m else levels[-1][1]
            found = cue_at(self.low, at, PREDICATE) or cue_at(self.low, at, COORDINATE)
        scope = None if found else _SCOPE.match(self.low, at, limit) or TIME_LIMIT.match(self.low, at, limit)
        if scope:  # `Các bộ, ngành có liên quan trong phạm vi nhiệm vụ, quyền hạn có trách nhiệm …`
            return cue_at(self.low, scope.end(), PREDICATE) or cue_at(self.low, scope.end(), COORDINATE)
        return found or self._after_circumstance(pos, limit)

    def _after_circumstance(self, pos: int, limit: int) -> tuple[str, int] | None:
        """`Ủy ban nhân dân tỉnh sau khi thống nhất với Thường trực HĐND tỉnh, Ban thường trực UBMTTQ tỉnh quyết định
        thành lập …`, `Ủy ban nhân dân xã, sau khi có ý kiến của Thường trực Đảng ủy, tổ chức …`: a clause saying when
        or on what the party acts stands between it and its predicate; the predicate is the first cue after the
        clause's first comma, in the same sentence."""
        opened = _CIRCUMSTANCE.match(self.low, pos, limit)
        if opened is None:
            return None
        comma = self.low.find(",", opened.end(), min(limit, opened.end() + _CIRCUMSTANCE_REACH))
        end = _SENTENCE_STOP.search(self.low, opened.end(), min(limit, opened.end() + _CIRCUMSTANCE_REACH))
        if comma < 0 or end and end.start() < comma:
            return None
        for word in _WORD_START.finditer(self.low, comma + 1, end.start() if end else
                                         min(limit, comma + _CIRCUMSTANCE_REACH)):
            found = cue_at(self.low, word.start(), PREDICATE) or cue_at(self.low, word.start(), COORDINATE)
            if found:
                return found
        return None


def _fields_joined(text: str, low: str, held: str, listed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a list held by `các Sở:` with the fields whose standard name holds a comma joined again: `Các Sở: Y
    tế, Lao động, Thương binh và Xã hội` lists two departments (`Sở Lao động, Thương binh và Xã hội`,
    models/party_bodies.tsv), not three."""
    kind = held.rsplit(" ", 1)[-1]
    out: list[tuple[int, int]] = []
    for start, end in listed:
        if out and low[out[-1][1]:start].strip() == "," and \
                is_standard_name(f"{kind} {text[out[-1][0]:end]}") and not is_standard_name(f"{kind} {text[start:end]}"):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_PLURAL_OPENS = re.compile(r"(?:các|những)\s")  # a list item naming bodies of a kind by itself
_OVER_KIND = re.compile(r"[ \t]*:[ \t]*(?=\S)")
# A kind's qualifier in lower case the name does not hold (`các cơ quan chức năng:`), then the colon before its bodies.
_KIND_COLON = re.compile(r"[ \t]*(?P<words>(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+)?[ \t]*:[ \t]*(?=\S)")
_PLURAL_HEAD = re.compile(r"(?P<post>.*?)[ \t]*\b(?:các|những)[ \t]+(?P<head>\S+(?:[ \t]\S+)?)$", re.S)
# (a post over a department's kind written once, without `các`: `Giao Giám đốc Sở: Tài chính, Y tế cùng các ngành …`)
_POST_OVER_HEAD = re.compile(r"(?P<post>\S.*?)[ \t]+(?P<head>\S+)$", re.S)


_BLANK_PARTED = re.compile(r"\S+")


def _place_names(text: str, listed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The listed places cut to their capitalised words (`Bảo Thắng` of `Bảo Thắng thực hiện …`); up to the first
    item that opens in lower case."""
    out = []
    for start, end in listed:
        stop = start
        for word in _BLANK_PARTED.finditer(text, start, end):
            if not word.group()[0].isupper() and not word.group()[0].isdigit():
                break
            stop = word.end()
        if stop == start:
            break
        out.append((start, stop))
    return out


def _held_head(text: str, low: str, start: int, end: int, post_first: bool = False) -> str:
    """`Giám đốc các Sở` → `Giám đốc Sở`, `Các Cục` → `Cục`: the head a colon's list holds over its bodies, when the
    name is a plural of a department's kind (models/party_list_heads.txt), or (`post_first`) a post over one kind
    written once (`Giám đốc Sở:`); else ''."""
    m = _PLURAL_HEAD.fullmatch(low, start, end) or (_POST_OVER_HEAD.fullmatch(low, start, end) if post_first else None)
    if not m:
        return ""
    head = text[m.start("head"):m.end("head")]
    if key(head) in place_words("level") and m.group("post").strip():
        # `Ủy ban nhân dân các xã: Gia Phú, Bảo Thắng` → `Ủy ban nhân dân xã Gia Phú`: a body at each level named after
        return f"{text[m.start('post'):m.end('post')]} {head.lower()}"
    if key(head) not in list_heads():
        return ""
    return f"{text[m.start('post'):m.end('post')]} {head[:1].upper()}{head[1:]}".strip()


def _title_span(low: str, title: str, before: int) -> tuple[int, int]:
    """Where the document's title is written before `before`: its words in order, wrapped over lines as they
    may be (compared word by word: a pattern per title would be compiled for every document)."""
    words = title.split()
    if not words:
        return (0, 0)
    limit = min(before, 6000)
    at = low.find(words[0], 0, limit)
    while at >= 0:
        pos, matched = _words_from(low, words, at, limit)
        if matched == len(words):
            return (at, pos)
        at = low.find(words[0], at + 1, limit)
    return (0, 0)


def _words_from(low: str, words: list[str], at: int, limit: int) -> tuple[int, int]:
    """Where `words` written in order from `at` (the first one there, any spaces between) stop matching `low`, and
    how many of them matched."""
    pos, matched = at + len(words[0]), 1
    for word in words[1:]:
        gap = pos
        while pos < limit and low[pos].isspace():
            pos += 1
        if pos == gap or not low.startswith(word, pos):
            return gap, matched
        pos += len(word)
        matched += 1
    return pos, matched


_TITLE_WORDS_AGAIN = 6  # title words written in order that make a repetition of it (all of a shorter title's)
_TITLE_NAMED_WITHIN = 100  # characters from the type word (`kế hoạch`) to the title it names


def _title_repeats(low: str, title: str, own: tuple[int, int], own_type: str) -> list[tuple[int, int]]:
    """Where the body writes the document's title again as the plan's name (`… ban hành kế hoạch <title>`, `Trên đây là
    Kế hoạch của … về <title>`: its type word shortly before, in the same sentence), outside its own place `own`: the
    title's words in order from the first, as many as the text repeats (at least `_TITLE_WORDS_AGAIN`), wrapped over
    lines as they may be. Not a body item that happens to say what the title says (`1. Ban công tác Mặt trận … tổ
    chức hội nghị cử tri …` under a plan of that title): that one assigns."""
    words = title.split()
    wanted = min(len(words), _TITLE_WORDS_AGAIN)
    if wanted < 3 or not own_type:
        return []
    spans = []
    at = low.find(words[0])
    while at >= 0:
        pos, matched = _words_from(low, words, at, len(low))
        if matched >= wanted and not own[0] <= at < own[1] and (at == 0 or not low[at - 1].isalnum()):
            named = low.rfind(own_type, max(0, at - _TITLE_NAMED_WITHIN), at)
            if named >= 0 and not _SENTENCE_STOP.search(low, named, at):
                spans.append((at, pos))
        at = low.find(words[0], max(at + 1, pos if matched >= wanted else at + 1))
    return spans


def _body_head_opens(low: str, pos: int) -> bool:
    """Whether a body's head (kind `org` of models/party_heads.tsv: `đội`, `tổ`, `bộ phận`) opens the words at `pos`
    and more words follow it (`đội văn nghệ`), whatever their case."""
    voc = vocabulary()
    if low[pos] not in voc.openers:
        return False
    m = voc.mention.match(low, pos)
    return bool(m) and m.start() == pos and m.group("head") is not None and m.group("honor") is None and \
        voc.head_kind.get(key(m.group("head"))) == "org" and low.startswith(" ", m.end())


def _lower_head_named(text: str, low: str, pos: int) -> int:
    """The end of a body's head written in lower case at `pos` when a name of its own follows it in capitals (`trường
    THPT`, `sở Y tế`), joined by `và` to another party: a body, though a lower-case head alone is a common noun (after
    a comma the list may be an audience's, `… đến các trường …, trung tâm Giáo dục thường xuyên`); else 0."""
    if text[pos].isupper() or low[pos] not in (voc := vocabulary()).openers:
        return 0
    m = voc.mention.match(low, pos)
    if not m or m.start() != pos or m.group("head") is None or m.group("honor") is not None or \
            voc.head_kind.get(key(m.group("head"))) != "org" or not low.startswith(" ", m.end()) or \
            not text[m.end() + 1:m.end() + 2].isupper():
        return 0
    return m.end()


_DETERMINED_OPENS = re.compile(r"(?:tất cả\s+)?(?:các|những)\s")
_DETERMINED_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
_DETERMINED_WORDS = 8  # syllables at most (`các cơ sở di tích lịch sử văn hóa`)


def _determined_kind(text: str, low: str, pos: int, limit: int) -> int:
    """The end of a kind the lexicon lacks, listed after a comma with its own determiner among kinds that have one
    (`Tất cả các cơ quan, các thôn, các cơ sở di tích lịch sử văn hóa, các hộ gia đình thực hiện treo cờ …`): its
    lower-case words up to the next separator or a predicate; 0 where it runs on past them."""
    opens = _PLURAL_OPENS.match(low, pos)
    if not opens:
        return 0
    end = at = opens.end()
    for words in range(_DETERMINED_WORDS + 1):
        if SEPARATOR.match(low, at, limit) or cue_at(low, at + 1 if low.startswith(" ", at) else at, PREDICATE_OR_STOP):
            break
        word = _DETERMINED_WORD.match(low, at, limit)
        if words == _DETERMINED_WORDS or not word or not text[word.start(1)].islower() or \
                low[at:word.start(1)].count(" ") > 1:
            return 0
        end = at = word.end()
    return end if end > opens.end() else 0


def _kind_listed(text: str, low: str, pos: int, limit: int) -> int:
    """The end of a kind of body listed after a comma without a determiner, with the complement that makes it
    a name (`…, tổ chức thành viên của Mặt trận`, `…, phòng Lao động - Thương binh và Xã hội cấp huyện`), or 0.
    The list's determiner counts it (parties._distributed)."""
    head = phrase_at(low, pos, "collective")
    if not head or (cue_at(low, pos, PREDICATE) and not phrase_at(low, head + 1, "party")):
        return 0  # `…, tổ chức thực hiện`: a predicate
    end = name_end(text, low, pos, head, limit)
    return end if end > head else 0


def _described(text: str, low: str, mention) -> tuple[int, int]:
    """A citation with its description (date, issuer, subject). The description ends at a table cell's or
    a paragraph's end, at `và giao …` (`Công văn số … về việc … và giao Sở Nội vụ theo dõi …`: a task of
    its own), and inside brackets at the closing bracket (`(theo mẫu tại Công văn số … ) gửi về Bộ …`)."""
    end = max(mention.tail_end, mention.end)
    stop = _DESCRIPTION_END.search(low, mention.end, end)
    start, end = mention.extent(text, stop.start() if stop else end)
    if stop or end < max(mention.tail_end, mention.end):
        return start, end  # (a task of its own follows, or the citation is inside brackets)
    if _JOINT_ISSUERS.match(low, end) or (" của " in low[mention.end:end] and _SUBJECT_VERB.match(low, end)):
        clause = _CLAUSE_END.search(low, end)
        return start, clause.start() if clause else len(low)
    if _REQUEST_AFTER.match(low, end) and _HAD_BEFORE.search(low, max(0, start - 16), start):
        # `Ngày 21/10/2024, Sở Nội vụ có Công văn số … đề nghị` ⏎ `các sở: …`: the bodies that letter asked, to the
        # sentence's end (over the lines it wraps), are asked by it, not by this document
        sentence = _SENTENCE_END.search(low, end)
        return start, sentence.start() if sentence else len(low)
    return start, end


def _item_end(text: str, low: str, pos: int, limit: int) -> int:
    """End of one item of a labelled list: up to the next `,` or `;`, a `và` that opens a party, or the
    lower-case predicate that follows the list (`…, Xây dựng đôn đốc, hướng dẫn …`); a charge that names a
    post is no predicate (`Đơn vị chủ trì: Chuyên viên phụ trách tổng hợp.`)."""
    at = pos
    while True:
        m = _ITEM_END.search(low, at, limit)
        if not m:
            return limit
        at = m.end()
        word = m.group(0).strip()
        if not word:
            # the lower-case predicate after the list, not the second syllable of a capitalised word
            # (`Cục Đăng ký`)
            previous = low.rfind(" ", pos, m.start()) + 1
            if m.end() < len(text) and text[m.end()].islower() and not text[max(previous, pos)].isupper() and \
                    low[max(previous, pos):m.start()] not in _GOVERNS_VERB and \
                    cue_at(low, m.end(), PREDICATE) and not cue_at(low, m.end(), STOP):
                glued = glue_end(text, low, m.end())
                if glued:  # `Các đơn vị khác có liên quan`: `có` joins a qualifier, no predicate
                    at = glued
                    continue
                determiner = DETERMINER.match(low, pos, m.end())
                if determiner and determiner.end() == m.end() and phrase_at(low, m.end(), "collective"):
                    continue  # `các tổ chức …`: a kind of body after its determiner, not a predicate
                charge = qualifier_end(low, m.end(), limit, listed=True)
                if not charge:
                    return _verb_in_item(text, low, m.end(), limit) or m.start()
                at = charge
            continue
        if word in ("và", "cùng") and not mention_at(text, low, m.end()):
            continue
        return m.start()


_WORD = re.compile(r"(?<!\w)\w")
_NAME_CLOSER = re.compile(r"[ \t](?:có[ \t]+)?liên[ \t]+quan[ \t]*$")
# Where an item may end before the next: a separator or a `và`, within the sentence's clause (no `.`, `:`, line end).
_ITEM_BOUNDARY = re.compile(r"[ \t]*(?:[,;]|[ \t]và(?=[ \t]))[ \t]*|(?P<stop>[.:\n])")


def _verb_in_item(text: str, low: str, verb: int, limit: int) -> int:
    """`Đơn vị phối hợp: Các đơn vị xây dựng pháp luật, Vụ Phổ biến, …` (a kind qualified by what its bodies do), `…,
    Cục trợ giúp pháp lý, Cục Kiểm tra …` (a name typed in lower case), `…, Cục Quản lý xử lý vi phạm hành chính và
    theo dõi thi hành pháp luật và các đơn vị khác …`: a verb-like word at `verb` inside a list's item, another party
    listed after the item: where the item ends (0 when the verb is the list's predicate, its object a party: `Ủy ban
    nhân dân các huyện chủ trì phối hợp với Ban quản lý …; Liên đoàn Lao động …`). The list's last item goes on over its
    verb only when a qualifier only a name takes closes it (`… và các đơn vị xây dựng pháp luật có liên quan.`)."""
    window = min(limit, verb + 100)
    end = window  # (where the list ends, no boundary found before the item's window does)
    for boundary in _ITEM_BOUNDARY.finditer(low, verb, window):
        if _names_between(text, low, verb, boundary.start()):
            return 0
        if boundary.group("stop"):
            end = boundary.start()
            break
        if boundary.end() < len(low) and mention_at(text, low, boundary.end()):
            return boundary.start()
    else:
        if window < limit or _names_between(text, low, verb, limit):
            return 0
    return end if _NAME_CLOSER.search(low, verb, end) else 0


def _names_between(text: str, low: str, start: int, end: int) -> bool:
    return any(mention_at(text, low, w.start()) for w in _WORD.finditer(low, start, end))


_HEADER_GAP = 400  # characters between the header's motto and number lines at most (its columns' other lines)


def _body_start(low: str) -> int:
    """Where the body starts: after the header's motto and `Số:` lines (the bodies named there issue the
    document; they are not assigned anything)."""
    end = 0
    for m in _HEADER_END.finditer(low, 0, min(len(low), 1500)):
        if end and m.start() - end > _HEADER_GAP:
            break  # (a short decision's text runs on into the header of the plan it approves: not its own header)
        end = m.end()
    return end


@dataclass
class Found:
    """One party name in one assignment, before normalization."""

    start: int
    end: int
    role: str
    clause_end: int  # where the task the party is given ends
    name: str = ""  # set when the name is not the surface (an OCR-damaged item, `Sở` + an enumerated name)
    task_start: int = 0  # where the task starts: after the last name of the list
    list_start: int = 0  # where the list of names starts
    addressee: bool = False  # named in a letter's `Kính gửi:` (its task the letter's request)
    person: bool = False  # a person named by honorific, no post (`Cô Hằng`): `name` is the party as addressed


class Findings:
    """The parties found so far: a shape does not take characters another one took."""

    def __init__(self, size: int):
        self.items: list[Found] = []
        self.covered = bytearray(size + 1)
        self.starts: list[int] = []

    def take(self, spans, role: str, clause_end: int, names: dict[int, str] | None = None,
             task_start: int = 0, addressee: bool = False, persons: bool = False) -> None:
        task_start = task_start or (spans[-1][1] if spans else 0)
        for i, (start, end) in enumerate(spans):
            self.covered[start:end] = b"\x01" * (end - start)
            bisect.insort(self.starts, start)
            self.items.append(Found(start, end, role, clause_end, (names or {}).get(i, ""), task_start, spans[0][0],
                                    addressee, persons))

    def drop_leads(self, starts) -> None:
        """Forget the `lead` items that open at `starts` (a later reading knows them as partners)."""
        starts = set(starts)
        self.items = [f for f in self.items if not (f.role == "lead" and f.start in starts)]

    def cover(self, start: int, end: int) -> None:
        """Characters a shape has read without a party in them (a post distributed over the bodies after
        its colon): no other shape takes them."""
        self.covered[start:end] = b"\x01" * (end - start)

    def __contains__(self, pos: int) -> bool:
        return bool(self.covered[pos])

    def any_between(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end


class Spans:
    """Whether a position lies in one of a set of (start, end) spans (merged where they overlap)."""

    def __init__(self, spans):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def __bool__(self) -> bool:
        """Whether there is any span (most documents have no inspection items, quotations …)."""
        return bool(self.starts)
